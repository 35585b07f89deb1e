# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'parties_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QGroupBox,
    QLabel, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from slaadmin.gui.widgets.bitext_list import BiTextList
from slaadmin.gui.widgets.bound_fields import (CodeCombo, FieldEdit)

class Ui_PartiesPage(object):
    def setupUi(self, PartiesPage):
        if not PartiesPage.objectName():
            PartiesPage.setObjectName(u"PartiesPage")
        self.page_layout = QVBoxLayout(PartiesPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(PartiesPage)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.NoFrame)
        self.scroll_contents = QWidget()
        self.scroll_contents.setObjectName(u"scroll_contents")
        self.contents_layout = QVBoxLayout(self.scroll_contents)
        self.contents_layout.setObjectName(u"contents_layout")
        self.provider_group = QGroupBox(self.scroll_contents)
        self.provider_group.setObjectName(u"provider_group")
        self.provider_form = QFormLayout(self.provider_group)
        self.provider_form.setObjectName(u"provider_form")
        self.provider_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.provider_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.provider_name_label = QLabel(self.provider_group)
        self.provider_name_label.setObjectName(u"provider_name_label")

        self.provider_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.provider_name_label)

        self.provider_name_edit = FieldEdit(self.provider_group)
        self.provider_name_edit.setObjectName(u"provider_name_edit")
        self.provider_name_edit.setProperty(u"pointer", u"/meta/provider/name")

        self.provider_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.provider_name_edit)

        self.provider_tenant_id_label = QLabel(self.provider_group)
        self.provider_tenant_id_label.setObjectName(u"provider_tenant_id_label")

        self.provider_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.provider_tenant_id_label)

        self.provider_tenant_id_edit = FieldEdit(self.provider_group)
        self.provider_tenant_id_edit.setObjectName(u"provider_tenant_id_edit")
        self.provider_tenant_id_edit.setProperty(u"pointer", u"/meta/provider/tenant_id")

        self.provider_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.provider_tenant_id_edit)

        self.provider_country_label = QLabel(self.provider_group)
        self.provider_country_label.setObjectName(u"provider_country_label")

        self.provider_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.provider_country_label)

        self.provider_country_combo = CodeCombo(self.provider_group)
        self.provider_country_combo.setObjectName(u"provider_country_combo")
        self.provider_country_combo.setProperty(u"pointer", u"/meta/provider/country")
        self.provider_country_combo.setProperty(u"codes", u"country")

        self.provider_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.provider_country_combo)


        self.contents_layout.addWidget(self.provider_group)

        self.client_group = QGroupBox(self.scroll_contents)
        self.client_group.setObjectName(u"client_group")
        self.client_form = QFormLayout(self.client_group)
        self.client_form.setObjectName(u"client_form")
        self.client_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.client_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.client_name_label = QLabel(self.client_group)
        self.client_name_label.setObjectName(u"client_name_label")

        self.client_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.client_name_label)

        self.client_name_edit = FieldEdit(self.client_group)
        self.client_name_edit.setObjectName(u"client_name_edit")
        self.client_name_edit.setProperty(u"pointer", u"/meta/client/name")

        self.client_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.client_name_edit)

        self.client_tenant_id_label = QLabel(self.client_group)
        self.client_tenant_id_label.setObjectName(u"client_tenant_id_label")

        self.client_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.client_tenant_id_label)

        self.client_tenant_id_edit = FieldEdit(self.client_group)
        self.client_tenant_id_edit.setObjectName(u"client_tenant_id_edit")
        self.client_tenant_id_edit.setProperty(u"pointer", u"/meta/client/tenant_id")

        self.client_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.client_tenant_id_edit)

        self.client_country_label = QLabel(self.client_group)
        self.client_country_label.setObjectName(u"client_country_label")

        self.client_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.client_country_label)

        self.client_country_combo = CodeCombo(self.client_group)
        self.client_country_combo.setObjectName(u"client_country_combo")
        self.client_country_combo.setProperty(u"pointer", u"/meta/client/country")
        self.client_country_combo.setProperty(u"codes", u"country")

        self.client_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.client_country_combo)


        self.contents_layout.addWidget(self.client_group)

        self.responsibilities_group = QGroupBox(self.scroll_contents)
        self.responsibilities_group.setObjectName(u"responsibilities_group")
        self.responsibilities_form = QFormLayout(self.responsibilities_group)
        self.responsibilities_form.setObjectName(u"responsibilities_form")
        self.responsibilities_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.responsibilities_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.provider_label = QLabel(self.responsibilities_group)
        self.provider_label.setObjectName(u"provider_label")
        self.provider_label.setAlignment(Qt.AlignLeft|Qt.AlignTop)

        self.responsibilities_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.provider_label)

        self.provider_texts = BiTextList(self.responsibilities_group)
        self.provider_texts.setObjectName(u"provider_texts")
        self.provider_texts.setProperty(u"pointer", u"/responsibilities/provider")

        self.responsibilities_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.provider_texts)

        self.client_label = QLabel(self.responsibilities_group)
        self.client_label.setObjectName(u"client_label")
        self.client_label.setAlignment(Qt.AlignLeft|Qt.AlignTop)

        self.responsibilities_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.client_label)

        self.client_texts = BiTextList(self.responsibilities_group)
        self.client_texts.setObjectName(u"client_texts")
        self.client_texts.setProperty(u"pointer", u"/responsibilities/client")

        self.responsibilities_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.client_texts)

        self.incident_report_fields_label = QLabel(self.responsibilities_group)
        self.incident_report_fields_label.setObjectName(u"incident_report_fields_label")
        self.incident_report_fields_label.setAlignment(Qt.AlignLeft|Qt.AlignTop)

        self.responsibilities_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.incident_report_fields_label)

        self.incident_report_fields_texts = BiTextList(self.responsibilities_group)
        self.incident_report_fields_texts.setObjectName(u"incident_report_fields_texts")
        self.incident_report_fields_texts.setProperty(u"pointer", u"/responsibilities/incident_report_fields")

        self.responsibilities_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.incident_report_fields_texts)


        self.contents_layout.addWidget(self.responsibilities_group)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contents_layout.addItem(self.bottom_spacer)

        self.scroll_area.setWidget(self.scroll_contents)

        self.page_layout.addWidget(self.scroll_area)

#if QT_CONFIG(shortcut)
        self.provider_name_label.setBuddy(self.provider_name_edit)
        self.provider_tenant_id_label.setBuddy(self.provider_tenant_id_edit)
        self.provider_country_label.setBuddy(self.provider_country_combo)
        self.client_name_label.setBuddy(self.client_name_edit)
        self.client_tenant_id_label.setBuddy(self.client_tenant_id_edit)
        self.client_country_label.setBuddy(self.client_country_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PartiesPage)
    # setupUi

    def retranslateUi(self, PartiesPage):
        PartiesPage.setWindowTitle(QCoreApplication.translate("PartiesPage", u"Parties", None))
        self.provider_group.setTitle(QCoreApplication.translate("PartiesPage", u"Provider", None))
        self.provider_name_label.setText(QCoreApplication.translate("PartiesPage", u"&Name:", None))
        self.provider_tenant_id_label.setText(QCoreApplication.translate("PartiesPage", u"Tenant or account id:", None))
        self.provider_country_label.setText(QCoreApplication.translate("PartiesPage", u"Country:", None))
        self.client_group.setTitle(QCoreApplication.translate("PartiesPage", u"Client", None))
        self.client_name_label.setText(QCoreApplication.translate("PartiesPage", u"N&ame:", None))
        self.client_tenant_id_label.setText(QCoreApplication.translate("PartiesPage", u"Tenant or account id:", None))
        self.client_country_label.setText(QCoreApplication.translate("PartiesPage", u"Country:", None))
        self.responsibilities_group.setTitle(QCoreApplication.translate("PartiesPage", u"Responsibilities", None))
        self.provider_label.setText(QCoreApplication.translate("PartiesPage", u"The provider undertakes:", None))
        self.client_label.setText(QCoreApplication.translate("PartiesPage", u"The client undertakes:", None))
        self.incident_report_fields_label.setText(QCoreApplication.translate("PartiesPage", u"An incident report contains:", None))
    # retranslateUi

