# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_contract_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget)

class Ui_NewContractDialog(object):
    def setupUi(self, NewContractDialog):
        if not NewContractDialog.objectName():
            NewContractDialog.setObjectName(u"NewContractDialog")
        NewContractDialog.resize(560, 380)
        self.dialog_layout = QVBoxLayout(NewContractDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.templates_label = QLabel(NewContractDialog)
        self.templates_label.setObjectName(u"templates_label")

        self.dialog_layout.addWidget(self.templates_label)

        self.templates_list = QListWidget(NewContractDialog)
        self.templates_list.setObjectName(u"templates_list")

        self.dialog_layout.addWidget(self.templates_list)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.id_label = QLabel(NewContractDialog)
        self.id_label.setObjectName(u"id_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.id_label)

        self.id_edit = QLineEdit(NewContractDialog)
        self.id_edit.setObjectName(u"id_edit")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.id_edit)

        self.client_label = QLabel(NewContractDialog)
        self.client_label.setObjectName(u"client_label")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.client_label)

        self.client_edit = QLineEdit(NewContractDialog)
        self.client_edit.setObjectName(u"client_edit")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.client_edit)


        self.dialog_layout.addLayout(self.fields_layout)

        self.error_label = QLabel(NewContractDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #c0392b;")
        self.error_label.setText(u"")

        self.dialog_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(NewContractDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.templates_label.setBuddy(self.templates_list)
        self.id_label.setBuddy(self.id_edit)
        self.client_label.setBuddy(self.client_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewContractDialog)
    # setupUi

    def retranslateUi(self, NewContractDialog):
        NewContractDialog.setWindowTitle(QCoreApplication.translate("NewContractDialog", u"New contract", None))
        self.templates_label.setText(QCoreApplication.translate("NewContractDialog", u"Start from a &template:", None))
        self.id_label.setText(QCoreApplication.translate("NewContractDialog", u"Contract &id:", None))
        self.client_label.setText(QCoreApplication.translate("NewContractDialog", u"&Client:", None))
    # retranslateUi

