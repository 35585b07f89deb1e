# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'preferences_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QTabWidget, QVBoxLayout, QWidget)

class Ui_PreferencesDialog(object):
    def setupUi(self, PreferencesDialog):
        if not PreferencesDialog.objectName():
            PreferencesDialog.setObjectName(u"PreferencesDialog")
        PreferencesDialog.resize(460, 260)
        self.main_layout = QVBoxLayout(PreferencesDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.pages_tabs = QTabWidget(PreferencesDialog)
        self.pages_tabs.setObjectName(u"pages_tabs")
        self.you_page = QWidget()
        self.you_page.setObjectName(u"you_page")
        self.you_layout = QFormLayout(self.you_page)
        self.you_layout.setObjectName(u"you_layout")
        self.intro_label = QLabel(self.you_page)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.you_layout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.intro_label)

        self.name_label = QLabel(self.you_page)
        self.name_label.setObjectName(u"name_label")

        self.you_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(self.you_page)
        self.name_edit.setObjectName(u"name_edit")

        self.you_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.email_label = QLabel(self.you_page)
        self.email_label.setObjectName(u"email_label")

        self.you_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_edit = QLineEdit(self.you_page)
        self.email_edit.setObjectName(u"email_edit")

        self.you_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.email_edit)

        self.preview_label = QLabel(self.you_page)
        self.preview_label.setObjectName(u"preview_label")
        self.preview_label.setWordWrap(True)

        self.you_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.preview_label)

        self.pages_tabs.addTab(self.you_page, "")

        self.main_layout.addWidget(self.pages_tabs)

        self.button_box = QDialogButtonBox(PreferencesDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.email_label.setBuddy(self.email_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PreferencesDialog)

        self.pages_tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, PreferencesDialog):
        PreferencesDialog.setWindowTitle(QCoreApplication.translate("PreferencesDialog", u"Preferences", None))
        self.intro_label.setText(QCoreApplication.translate("PreferencesDialog", u"Your name and e-mail are recorded with every revision you save and every review step you take.", None))
        self.name_label.setText(QCoreApplication.translate("PreferencesDialog", u"&Name:", None))
        self.email_label.setText(QCoreApplication.translate("PreferencesDialog", u"&E-mail:", None))
        self.pages_tabs.setTabText(self.pages_tabs.indexOf(self.you_page), QCoreApplication.translate("PreferencesDialog", u"You", None))
    # retranslateUi

