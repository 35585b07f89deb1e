# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'send_bundle_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_SendBundleDialog(object):
    def setupUi(self, SendBundleDialog):
        if not SendBundleDialog.objectName():
            SendBundleDialog.setObjectName(u"SendBundleDialog")
        SendBundleDialog.resize(600, 260)
        self.dialog_layout = QVBoxLayout(SendBundleDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(SendBundleDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.bundle_label = QLabel(SendBundleDialog)
        self.bundle_label.setObjectName(u"bundle_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.bundle_label)

        self.bundle_layout = QHBoxLayout()
        self.bundle_layout.setObjectName(u"bundle_layout")
        self.bundle_edit = QLineEdit(SendBundleDialog)
        self.bundle_edit.setObjectName(u"bundle_edit")

        self.bundle_layout.addWidget(self.bundle_edit)

        self.bundle_browse_button = QPushButton(SendBundleDialog)
        self.bundle_browse_button.setObjectName(u"bundle_browse_button")

        self.bundle_layout.addWidget(self.bundle_browse_button)


        self.fields_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.bundle_layout)

        self.sign_check_box = QCheckBox(SendBundleDialog)
        self.sign_check_box.setObjectName(u"sign_check_box")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.sign_check_box)

        self.key_label = QLabel(SendBundleDialog)
        self.key_label.setObjectName(u"key_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.key_label)

        self.key_layout = QHBoxLayout()
        self.key_layout.setObjectName(u"key_layout")
        self.key_edit = QLineEdit(SendBundleDialog)
        self.key_edit.setObjectName(u"key_edit")

        self.key_layout.addWidget(self.key_edit)

        self.key_browse_button = QPushButton(SendBundleDialog)
        self.key_browse_button.setObjectName(u"key_browse_button")

        self.key_layout.addWidget(self.key_browse_button)


        self.fields_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.key_layout)

        self.password_label = QLabel(SendBundleDialog)
        self.password_label.setObjectName(u"password_label")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(SendBundleDialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.password_edit)


        self.dialog_layout.addLayout(self.fields_layout)

        self.error_label = QLabel(SendBundleDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #c0392b;")
        self.error_label.setWordWrap(True)
        self.error_label.setText(u"")

        self.dialog_layout.addWidget(self.error_label)

        self.dialog_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.dialog_spacer)

        self.button_box = QDialogButtonBox(SendBundleDialog)
        self.button_box.setObjectName(u"button_box")

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.bundle_label.setBuddy(self.bundle_edit)
        self.key_label.setBuddy(self.key_edit)
        self.password_label.setBuddy(self.password_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.bundle_edit, self.bundle_browse_button)
        QWidget.setTabOrder(self.bundle_browse_button, self.sign_check_box)
        QWidget.setTabOrder(self.sign_check_box, self.key_edit)
        QWidget.setTabOrder(self.key_edit, self.key_browse_button)
        QWidget.setTabOrder(self.key_browse_button, self.password_edit)

        self.retranslateUi(SendBundleDialog)
    # setupUi

    def retranslateUi(self, SendBundleDialog):
        SendBundleDialog.setWindowTitle(QCoreApplication.translate("SendBundleDialog", u"Send contract", None))
        self.bundle_label.setText(QCoreApplication.translate("SendBundleDialog", u"&Bundle file:", None))
        self.bundle_browse_button.setText(QCoreApplication.translate("SendBundleDialog", u"Browse\u2026", None))
        self.sign_check_box.setText(QCoreApplication.translate("SendBundleDialog", u"&Sign the bundle with my key file", None))
        self.key_label.setText(QCoreApplication.translate("SendBundleDialog", u"&Key file (.p12):", None))
        self.key_browse_button.setText(QCoreApplication.translate("SendBundleDialog", u"Browse\u2026", None))
        self.password_label.setText(QCoreApplication.translate("SendBundleDialog", u"Pass&word:", None))
    # retranslateUi

