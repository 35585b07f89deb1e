# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'resolve_fork_dialog.ui'
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
    QFormLayout, QGroupBox, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ResolveForkDialog(object):
    def setupUi(self, ResolveForkDialog):
        if not ResolveForkDialog.objectName():
            ResolveForkDialog.setObjectName(u"ResolveForkDialog")
        ResolveForkDialog.resize(640, 280)
        self.dialog_layout = QVBoxLayout(ResolveForkDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(ResolveForkDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.branches_group_box = QGroupBox(ResolveForkDialog)
        self.branches_group_box.setObjectName(u"branches_group_box")
        self.branches_layout = QVBoxLayout(self.branches_group_box)
        self.branches_layout.setObjectName(u"branches_layout")

        self.dialog_layout.addWidget(self.branches_group_box)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.message_label = QLabel(ResolveForkDialog)
        self.message_label.setObjectName(u"message_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.message_label)

        self.message_edit = QLineEdit(ResolveForkDialog)
        self.message_edit.setObjectName(u"message_edit")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.message_edit)


        self.dialog_layout.addLayout(self.fields_layout)

        self.error_label = QLabel(ResolveForkDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #c0392b;")
        self.error_label.setWordWrap(True)
        self.error_label.setText(u"")

        self.dialog_layout.addWidget(self.error_label)

        self.dialog_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.dialog_spacer)

        self.button_box = QDialogButtonBox(ResolveForkDialog)
        self.button_box.setObjectName(u"button_box")

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.message_label.setBuddy(self.message_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ResolveForkDialog)
    # setupUi

    def retranslateUi(self, ResolveForkDialog):
        ResolveForkDialog.setWindowTitle(QCoreApplication.translate("ResolveForkDialog", u"Resolve fork", None))
        self.branches_group_box.setTitle(QCoreApplication.translate("ResolveForkDialog", u"Version to keep", None))
        self.message_label.setText(QCoreApplication.translate("ResolveForkDialog", u"&Why:", None))
        self.message_edit.setPlaceholderText(QCoreApplication.translate("ResolveForkDialog", u"Why this version (saved with the merge)", None))
    # retranslateUi

