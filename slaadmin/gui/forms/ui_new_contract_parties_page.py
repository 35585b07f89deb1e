# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_contract_parties_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget, QWizardPage)

class Ui_NewContractPartiesPage(object):
    def setupUi(self, NewContractPartiesPage):
        if not NewContractPartiesPage.objectName():
            NewContractPartiesPage.setObjectName(u"NewContractPartiesPage")
        self.page_layout = QVBoxLayout(NewContractPartiesPage)
        self.page_layout.setObjectName(u"page_layout")
        self.provider_group = QGroupBox(NewContractPartiesPage)
        self.provider_group.setObjectName(u"provider_group")
        self.provider_layout = QFormLayout(self.provider_group)
        self.provider_layout.setObjectName(u"provider_layout")
        self.provider_name_label = QLabel(self.provider_group)
        self.provider_name_label.setObjectName(u"provider_name_label")

        self.provider_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.provider_name_label)

        self.provider_name_edit = QLineEdit(self.provider_group)
        self.provider_name_edit.setObjectName(u"provider_name_edit")

        self.provider_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.provider_name_edit)

        self.provider_country_label = QLabel(self.provider_group)
        self.provider_country_label.setObjectName(u"provider_country_label")

        self.provider_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.provider_country_label)

        self.provider_country_combo = QComboBox(self.provider_group)
        self.provider_country_combo.setObjectName(u"provider_country_combo")
        self.provider_country_combo.setEditable(True)
        self.provider_country_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.provider_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.provider_country_combo)


        self.page_layout.addWidget(self.provider_group)

        self.client_group = QGroupBox(NewContractPartiesPage)
        self.client_group.setObjectName(u"client_group")
        self.client_layout = QFormLayout(self.client_group)
        self.client_layout.setObjectName(u"client_layout")
        self.client_name_label = QLabel(self.client_group)
        self.client_name_label.setObjectName(u"client_name_label")

        self.client_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.client_name_label)

        self.client_name_edit = QLineEdit(self.client_group)
        self.client_name_edit.setObjectName(u"client_name_edit")

        self.client_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.client_name_edit)

        self.client_country_label = QLabel(self.client_group)
        self.client_country_label.setObjectName(u"client_country_label")

        self.client_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.client_country_label)

        self.client_country_combo = QComboBox(self.client_group)
        self.client_country_combo.setObjectName(u"client_country_combo")
        self.client_country_combo.setEditable(True)
        self.client_country_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.client_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.client_country_combo)


        self.page_layout.addWidget(self.client_group)

        self.error_label = QLabel(NewContractPartiesPage)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #c0392b;")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.page_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.provider_name_label.setBuddy(self.provider_name_edit)
        self.provider_country_label.setBuddy(self.provider_country_combo)
        self.client_name_label.setBuddy(self.client_name_edit)
        self.client_country_label.setBuddy(self.client_country_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewContractPartiesPage)
    # setupUi

    def retranslateUi(self, NewContractPartiesPage):
        NewContractPartiesPage.setTitle(QCoreApplication.translate("NewContractPartiesPage", u"Provider and client", None))
        NewContractPartiesPage.setSubTitle(QCoreApplication.translate("NewContractPartiesPage", u"Who signs the agreement: legal or trade names as they appear in the contract.", None))
        self.provider_group.setTitle(QCoreApplication.translate("NewContractPartiesPage", u"Provider", None))
        self.provider_name_label.setText(QCoreApplication.translate("NewContractPartiesPage", u"&Name:", None))
        self.provider_country_label.setText(QCoreApplication.translate("NewContractPartiesPage", u"C&ountry:", None))
        self.client_group.setTitle(QCoreApplication.translate("NewContractPartiesPage", u"Client", None))
        self.client_name_label.setText(QCoreApplication.translate("NewContractPartiesPage", u"N&ame:", None))
        self.client_country_label.setText(QCoreApplication.translate("NewContractPartiesPage", u"Co&untry:", None))
    # retranslateUi

