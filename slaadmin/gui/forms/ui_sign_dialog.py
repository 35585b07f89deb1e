# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_SignDialog(object):
    def setupUi(self, SignDialog):
        if not SignDialog.objectName():
            SignDialog.setObjectName(u"SignDialog")
        SignDialog.resize(620, 330)
        self.dialog_layout = QVBoxLayout(SignDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(SignDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.pdf_label = QLabel(SignDialog)
        self.pdf_label.setObjectName(u"pdf_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pdf_label)

        self.pdf_layout = QHBoxLayout()
        self.pdf_layout.setObjectName(u"pdf_layout")
        self.pdf_edit = QLineEdit(SignDialog)
        self.pdf_edit.setObjectName(u"pdf_edit")

        self.pdf_layout.addWidget(self.pdf_edit)

        self.pdf_browse_button = QPushButton(SignDialog)
        self.pdf_browse_button.setObjectName(u"pdf_browse_button")

        self.pdf_layout.addWidget(self.pdf_browse_button)


        self.fields_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.pdf_layout)

        self.key_label = QLabel(SignDialog)
        self.key_label.setObjectName(u"key_label")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.key_label)

        self.key_layout = QHBoxLayout()
        self.key_layout.setObjectName(u"key_layout")
        self.key_edit = QLineEdit(SignDialog)
        self.key_edit.setObjectName(u"key_edit")

        self.key_layout.addWidget(self.key_edit)

        self.key_browse_button = QPushButton(SignDialog)
        self.key_browse_button.setObjectName(u"key_browse_button")

        self.key_layout.addWidget(self.key_browse_button)


        self.fields_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.key_layout)

        self.password_label = QLabel(SignDialog)
        self.password_label.setObjectName(u"password_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(SignDialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.party_label = QLabel(SignDialog)
        self.party_label.setObjectName(u"party_label")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.party_label)

        self.party_combo = QComboBox(SignDialog)
        self.party_combo.setObjectName(u"party_combo")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.party_combo)

        self.output_label = QLabel(SignDialog)
        self.output_label.setObjectName(u"output_label")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.output_label)

        self.output_layout = QHBoxLayout()
        self.output_layout.setObjectName(u"output_layout")
        self.output_edit = QLineEdit(SignDialog)
        self.output_edit.setObjectName(u"output_edit")

        self.output_layout.addWidget(self.output_edit)

        self.output_browse_button = QPushButton(SignDialog)
        self.output_browse_button.setObjectName(u"output_browse_button")

        self.output_layout.addWidget(self.output_browse_button)


        self.fields_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.output_layout)

        self.tsa_label = QLabel(SignDialog)
        self.tsa_label.setObjectName(u"tsa_label")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.tsa_label)

        self.tsa_edit = QLineEdit(SignDialog)
        self.tsa_edit.setObjectName(u"tsa_edit")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.tsa_edit)


        self.dialog_layout.addLayout(self.fields_layout)

        self.error_label = QLabel(SignDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #c0392b;")
        self.error_label.setWordWrap(True)
        self.error_label.setText(u"")

        self.dialog_layout.addWidget(self.error_label)

        self.dialog_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.dialog_spacer)

        self.button_box = QDialogButtonBox(SignDialog)
        self.button_box.setObjectName(u"button_box")

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.pdf_label.setBuddy(self.pdf_edit)
        self.key_label.setBuddy(self.key_edit)
        self.password_label.setBuddy(self.password_edit)
        self.party_label.setBuddy(self.party_combo)
        self.output_label.setBuddy(self.output_edit)
        self.tsa_label.setBuddy(self.tsa_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pdf_edit, self.pdf_browse_button)
        QWidget.setTabOrder(self.pdf_browse_button, self.key_edit)
        QWidget.setTabOrder(self.key_edit, self.key_browse_button)
        QWidget.setTabOrder(self.key_browse_button, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.party_combo)
        QWidget.setTabOrder(self.party_combo, self.output_edit)
        QWidget.setTabOrder(self.output_edit, self.output_browse_button)
        QWidget.setTabOrder(self.output_browse_button, self.tsa_edit)

        self.retranslateUi(SignDialog)
    # setupUi

    def retranslateUi(self, SignDialog):
        SignDialog.setWindowTitle(QCoreApplication.translate("SignDialog", u"Sign PDF", None))
        self.intro_label.setText(QCoreApplication.translate("SignDialog", u"Sign one party's signature field of an annex PDF with a PKCS#12 key file. The signed copy is written as a new file; the password is used once and never stored.", None))
        self.pdf_label.setText(QCoreApplication.translate("SignDialog", u"Annex &PDF:", None))
        self.pdf_browse_button.setText(QCoreApplication.translate("SignDialog", u"Browse\u2026", None))
        self.key_label.setText(QCoreApplication.translate("SignDialog", u"&Key file (.p12):", None))
        self.key_browse_button.setText(QCoreApplication.translate("SignDialog", u"Browse\u2026", None))
        self.password_label.setText(QCoreApplication.translate("SignDialog", u"Pass&word:", None))
        self.party_label.setText(QCoreApplication.translate("SignDialog", u"Sign &as:", None))
        self.output_label.setText(QCoreApplication.translate("SignDialog", u"Signed &copy:", None))
        self.output_browse_button.setText(QCoreApplication.translate("SignDialog", u"Browse\u2026", None))
        self.tsa_label.setText(QCoreApplication.translate("SignDialog", u"&Timestamp server:", None))
        self.tsa_edit.setPlaceholderText(QCoreApplication.translate("SignDialog", u"optional: URL of an RFC 3161 server (PAdES B-T)", None))
    # retranslateUi

