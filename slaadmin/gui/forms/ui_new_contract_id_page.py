# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_contract_id_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGridLayout, QGroupBox, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget,
    QWizardPage)

class Ui_NewContractIdPage(object):
    def setupUi(self, NewContractIdPage):
        if not NewContractIdPage.objectName():
            NewContractIdPage.setObjectName(u"NewContractIdPage")
        self.page_layout = QVBoxLayout(NewContractIdPage)
        self.page_layout.setObjectName(u"page_layout")
        self.id_layout = QFormLayout()
        self.id_layout.setObjectName(u"id_layout")
        self.id_label = QLabel(NewContractIdPage)
        self.id_label.setObjectName(u"id_label")

        self.id_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.id_label)

        self.id_edit = QLineEdit(NewContractIdPage)
        self.id_edit.setObjectName(u"id_edit")

        self.id_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.id_edit)

        self.id_hint_label = QLabel(NewContractIdPage)
        self.id_hint_label.setObjectName(u"id_hint_label")
        self.id_hint_label.setText(u"")
        self.id_hint_label.setWordWrap(True)

        self.id_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.id_hint_label)


        self.page_layout.addLayout(self.id_layout)

        self.languages_group = QGroupBox(NewContractIdPage)
        self.languages_group.setObjectName(u"languages_group")
        self.languages_layout = QGridLayout(self.languages_group)
        self.languages_layout.setObjectName(u"languages_layout")
        self.es_check = QCheckBox(self.languages_group)
        self.es_check.setObjectName(u"es_check")
        self.es_check.setChecked(True)

        self.languages_layout.addWidget(self.es_check, 0, 0, 1, 1)

        self.es_locale_label = QLabel(self.languages_group)
        self.es_locale_label.setObjectName(u"es_locale_label")

        self.languages_layout.addWidget(self.es_locale_label, 0, 1, 1, 1)

        self.es_locale_combo = QComboBox(self.languages_group)
        self.es_locale_combo.setObjectName(u"es_locale_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.es_locale_combo.sizePolicy().hasHeightForWidth())
        self.es_locale_combo.setSizePolicy(sizePolicy)

        self.languages_layout.addWidget(self.es_locale_combo, 0, 2, 1, 1)

        self.en_check = QCheckBox(self.languages_group)
        self.en_check.setObjectName(u"en_check")
        self.en_check.setChecked(True)

        self.languages_layout.addWidget(self.en_check, 1, 0, 1, 1)

        self.en_locale_label = QLabel(self.languages_group)
        self.en_locale_label.setObjectName(u"en_locale_label")

        self.languages_layout.addWidget(self.en_locale_label, 1, 1, 1, 1)

        self.en_locale_combo = QComboBox(self.languages_group)
        self.en_locale_combo.setObjectName(u"en_locale_combo")
        sizePolicy.setHeightForWidth(self.en_locale_combo.sizePolicy().hasHeightForWidth())
        self.en_locale_combo.setSizePolicy(sizePolicy)

        self.languages_layout.addWidget(self.en_locale_combo, 1, 2, 1, 1)

        self.locale_example_label = QLabel(self.languages_group)
        self.locale_example_label.setObjectName(u"locale_example_label")
        self.locale_example_label.setText(u"")
        self.locale_example_label.setWordWrap(True)

        self.languages_layout.addWidget(self.locale_example_label, 2, 0, 1, 3)


        self.page_layout.addWidget(self.languages_group)

        self.error_label = QLabel(NewContractIdPage)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #c0392b;")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.page_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.id_label.setBuddy(self.id_edit)
        self.es_locale_label.setBuddy(self.es_locale_combo)
        self.en_locale_label.setBuddy(self.en_locale_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewContractIdPage)
    # setupUi

    def retranslateUi(self, NewContractIdPage):
        NewContractIdPage.setTitle(QCoreApplication.translate("NewContractIdPage", u"Id and languages", None))
        NewContractIdPage.setSubTitle(QCoreApplication.translate("NewContractIdPage", u"The id names the contract in the library; the languages are the annex's columns.", None))
        self.id_label.setText(QCoreApplication.translate("NewContractIdPage", u"Contract &id:", None))
        self.languages_group.setTitle(QCoreApplication.translate("NewContractIdPage", u"Languages of the annex", None))
        self.es_check.setText(QCoreApplication.translate("NewContractIdPage", u"&Spanish", None))
        self.es_locale_label.setText(QCoreApplication.translate("NewContractIdPage", u"Figures and dates &as in:", None))
        self.en_check.setText(QCoreApplication.translate("NewContractIdPage", u"&English", None))
        self.en_locale_label.setText(QCoreApplication.translate("NewContractIdPage", u"Figures and dates a&s in:", None))
    # retranslateUi

