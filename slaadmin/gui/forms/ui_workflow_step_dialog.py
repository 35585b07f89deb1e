# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workflow_step_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_WorkflowStepDialog(object):
    def setupUi(self, WorkflowStepDialog):
        if not WorkflowStepDialog.objectName():
            WorkflowStepDialog.setObjectName(u"WorkflowStepDialog")
        WorkflowStepDialog.resize(480, 240)
        self.main_layout = QVBoxLayout(WorkflowStepDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.question_label = QLabel(WorkflowStepDialog)
        self.question_label.setObjectName(u"question_label")
        self.question_label.setWordWrap(True)

        self.main_layout.addWidget(self.question_label)

        self.comment_label = QLabel(WorkflowStepDialog)
        self.comment_label.setObjectName(u"comment_label")

        self.main_layout.addWidget(self.comment_label)

        self.comment_edit = QPlainTextEdit(WorkflowStepDialog)
        self.comment_edit.setObjectName(u"comment_edit")
        self.comment_edit.setTabChangesFocus(True)

        self.main_layout.addWidget(self.comment_edit)

        self.error_label = QLabel(WorkflowStepDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"color: #b00020;")

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(WorkflowStepDialog)
        self.button_box.setObjectName(u"button_box")

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.comment_label.setBuddy(self.comment_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WorkflowStepDialog)
    # setupUi

    def retranslateUi(self, WorkflowStepDialog):
        pass
    # retranslateUi

