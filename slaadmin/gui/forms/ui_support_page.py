# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'support_page.ui'
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
    QHBoxLayout, QLabel, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from slaadmin.gui.widgets.bitext_editor import BiTextEditor
from slaadmin.gui.widgets.bound_fields import (ChoiceCombo, CodeCombo, FieldEdit)
from slaadmin.gui.widgets.item_list import ItemList
from slaadmin.gui.widgets.target_editor import TargetEditor

class Ui_SupportPage(object):
    def setupUi(self, SupportPage):
        if not SupportPage.objectName():
            SupportPage.setObjectName(u"SupportPage")
        self.page_layout = QVBoxLayout(SupportPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(SupportPage)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.NoFrame)
        self.scroll_contents = QWidget()
        self.scroll_contents.setObjectName(u"scroll_contents")
        self.contents_layout = QVBoxLayout(self.scroll_contents)
        self.contents_layout.setObjectName(u"contents_layout")
        self.process_group = QGroupBox(self.scroll_contents)
        self.process_group.setObjectName(u"process_group")
        self.process_split = QHBoxLayout(self.process_group)
        self.process_split.setObjectName(u"process_split")
        self.process_items = ItemList(self.process_group)
        self.process_items.setObjectName(u"process_items")
        self.process_items.setProperty(u"pointer", u"/support_process")
        self.process_items.setMinimumSize(QSize(170, 0))
        self.process_items.setProperty(u"ordered", True)

        self.process_split.addWidget(self.process_items)

        self.process_detail = QWidget(self.process_group)
        self.process_detail.setObjectName(u"process_detail")
        self.process_detail.setProperty(u"item_list", u"process_items")
        self.process_detail_form = QFormLayout(self.process_detail)
        self.process_detail_form.setObjectName(u"process_detail_form")
        self.process_detail_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.process_detail_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.process_detail_form.setContentsMargins(0, 0, 0, 0)
        self.name_label = QLabel(self.process_detail)
        self.name_label.setObjectName(u"name_label")
        self.name_label.setAlignment(Qt.AlignLeft|Qt.AlignTop)

        self.process_detail_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_bitext = BiTextEditor(self.process_detail)
        self.name_bitext.setObjectName(u"name_bitext")
        self.name_bitext.setProperty(u"pointer", u"name")
        self.name_bitext.setProperty(u"min_lines", 1)
        self.name_bitext.setProperty(u"max_lines", 3)

        self.process_detail_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_bitext)

        self.description_label = QLabel(self.process_detail)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setAlignment(Qt.AlignLeft|Qt.AlignTop)

        self.process_detail_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description_bitext = BiTextEditor(self.process_detail)
        self.description_bitext.setObjectName(u"description_bitext")
        self.description_bitext.setProperty(u"pointer", u"description")

        self.process_detail_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.description_bitext)


        self.process_split.addWidget(self.process_detail)


        self.contents_layout.addWidget(self.process_group)

        self.escalation_group = QGroupBox(self.scroll_contents)
        self.escalation_group.setObjectName(u"escalation_group")
        self.escalation_split = QHBoxLayout(self.escalation_group)
        self.escalation_split.setObjectName(u"escalation_split")
        self.escalation_items = ItemList(self.escalation_group)
        self.escalation_items.setObjectName(u"escalation_items")
        self.escalation_items.setProperty(u"pointer", u"/escalation")
        self.escalation_items.setMinimumSize(QSize(170, 0))
        self.escalation_items.setProperty(u"ordered", True)

        self.escalation_split.addWidget(self.escalation_items)

        self.escalation_detail = QWidget(self.escalation_group)
        self.escalation_detail.setObjectName(u"escalation_detail")
        self.escalation_detail.setProperty(u"item_list", u"escalation_items")
        self.escalation_detail_form = QFormLayout(self.escalation_detail)
        self.escalation_detail_form.setObjectName(u"escalation_detail_form")
        self.escalation_detail_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.escalation_detail_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.escalation_detail_form.setContentsMargins(0, 0, 0, 0)
        self.condition_label = QLabel(self.escalation_detail)
        self.condition_label.setObjectName(u"condition_label")
        self.condition_label.setAlignment(Qt.AlignLeft|Qt.AlignTop)

        self.escalation_detail_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.condition_label)

        self.condition_bitext = BiTextEditor(self.escalation_detail)
        self.condition_bitext.setObjectName(u"condition_bitext")
        self.condition_bitext.setProperty(u"pointer", u"condition")

        self.escalation_detail_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.condition_bitext)

        self.channel_label = QLabel(self.escalation_detail)
        self.channel_label.setObjectName(u"channel_label")

        self.escalation_detail_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.channel_label)

        self.channel_combo = ChoiceCombo(self.escalation_detail)
        self.channel_combo.setObjectName(u"channel_combo")
        self.channel_combo.setProperty(u"pointer", u"channel")

        self.escalation_detail_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.channel_combo)

        self.contact_label = QLabel(self.escalation_detail)
        self.contact_label.setObjectName(u"contact_label")

        self.escalation_detail_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contact_label)

        self.contact_combo = ChoiceCombo(self.escalation_detail)
        self.contact_combo.setObjectName(u"contact_combo")
        self.contact_combo.setProperty(u"pointer", u"contact")
        self.contact_combo.setProperty(u"source", u"/contacts")

        self.escalation_detail_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contact_combo)


        self.escalation_split.addWidget(self.escalation_detail)


        self.contents_layout.addWidget(self.escalation_group)

        self.contacts_group = QGroupBox(self.scroll_contents)
        self.contacts_group.setObjectName(u"contacts_group")
        self.contacts_split = QHBoxLayout(self.contacts_group)
        self.contacts_split.setObjectName(u"contacts_split")
        self.contacts_items = ItemList(self.contacts_group)
        self.contacts_items.setObjectName(u"contacts_items")
        self.contacts_items.setProperty(u"pointer", u"/contacts")
        self.contacts_items.setMinimumSize(QSize(170, 0))
        self.contacts_items.setProperty(u"id_prefix", u"contact")

        self.contacts_split.addWidget(self.contacts_items)

        self.contacts_detail = QWidget(self.contacts_group)
        self.contacts_detail.setObjectName(u"contacts_detail")
        self.contacts_detail.setProperty(u"item_list", u"contacts_items")
        self.contacts_detail_form = QFormLayout(self.contacts_detail)
        self.contacts_detail_form.setObjectName(u"contacts_detail_form")
        self.contacts_detail_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.contacts_detail_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.contacts_detail_form.setContentsMargins(0, 0, 0, 0)
        self.name_bitext_label = QLabel(self.contacts_detail)
        self.name_bitext_label.setObjectName(u"name_bitext_label")
        self.name_bitext_label.setAlignment(Qt.AlignLeft|Qt.AlignTop)

        self.contacts_detail_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_bitext_label)

        self.name_bitext_2 = BiTextEditor(self.contacts_detail)
        self.name_bitext_2.setObjectName(u"name_bitext_2")
        self.name_bitext_2.setProperty(u"pointer", u"name")
        self.name_bitext_2.setProperty(u"min_lines", 1)
        self.name_bitext_2.setProperty(u"max_lines", 3)

        self.contacts_detail_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_bitext_2)

        self.email_label = QLabel(self.contacts_detail)
        self.email_label.setObjectName(u"email_label")

        self.contacts_detail_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_edit = FieldEdit(self.contacts_detail)
        self.email_edit.setObjectName(u"email_edit")
        self.email_edit.setProperty(u"pointer", u"email")

        self.contacts_detail_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.email_edit)

        self.phone_label = QLabel(self.contacts_detail)
        self.phone_label.setObjectName(u"phone_label")

        self.contacts_detail_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = FieldEdit(self.contacts_detail)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setProperty(u"pointer", u"phone")

        self.contacts_detail_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.country_label = QLabel(self.contacts_detail)
        self.country_label.setObjectName(u"country_label")

        self.contacts_detail_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.country_label)

        self.country_combo = CodeCombo(self.contacts_detail)
        self.country_combo.setObjectName(u"country_combo")
        self.country_combo.setProperty(u"pointer", u"country")
        self.country_combo.setProperty(u"codes", u"country")

        self.contacts_detail_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.country_combo)

        self.id_label = QLabel(self.contacts_detail)
        self.id_label.setObjectName(u"id_label")

        self.contacts_detail_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.id_label)

        self.id_edit = FieldEdit(self.contacts_detail)
        self.id_edit.setObjectName(u"id_edit")
        self.id_edit.setProperty(u"pointer", u"id")

        self.contacts_detail_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.id_edit)


        self.contacts_split.addWidget(self.contacts_detail)


        self.contents_layout.addWidget(self.contacts_group)

        self.customer_response_absent_box = QWidget(self.scroll_contents)
        self.customer_response_absent_box.setObjectName(u"customer_response_absent_box")
        self.customer_response_absent_box.setProperty(u"absent_of", u"/customer_response")
        self.customer_response_absent_layout = QHBoxLayout(self.customer_response_absent_box)
        self.customer_response_absent_layout.setObjectName(u"customer_response_absent_layout")
        self.customer_response_absent_layout.setContentsMargins(0, 0, 0, 0)
        self.customer_response_absent_label = QLabel(self.customer_response_absent_box)
        self.customer_response_absent_label.setObjectName(u"customer_response_absent_label")
        self.customer_response_absent_label.setWordWrap(True)

        self.customer_response_absent_layout.addWidget(self.customer_response_absent_label)

        self.create_customer_response_button = QPushButton(self.customer_response_absent_box)
        self.create_customer_response_button.setObjectName(u"create_customer_response_button")
        self.create_customer_response_button.setProperty(u"create", u"/customer_response")

        self.customer_response_absent_layout.addWidget(self.create_customer_response_button)


        self.contents_layout.addWidget(self.customer_response_absent_box)

        self.customer_response_group = QGroupBox(self.scroll_contents)
        self.customer_response_group.setObjectName(u"customer_response_group")
        self.customer_response_group.setProperty(u"present_of", u"/customer_response")
        self.customer_response_form = QFormLayout(self.customer_response_group)
        self.customer_response_form.setObjectName(u"customer_response_form")
        self.customer_response_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.customer_response_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.reply_within_target_label = QLabel(self.customer_response_group)
        self.reply_within_target_label.setObjectName(u"reply_within_target_label")

        self.customer_response_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reply_within_target_label)

        self.reply_within_target_editor = TargetEditor(self.customer_response_group)
        self.reply_within_target_editor.setObjectName(u"reply_within_target_editor")
        self.reply_within_target_editor.setProperty(u"pointer", u"/customer_response/reply_within")

        self.customer_response_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reply_within_target_editor)

        self.close_after_target_label = QLabel(self.customer_response_group)
        self.close_after_target_label.setObjectName(u"close_after_target_label")

        self.customer_response_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.close_after_target_label)

        self.close_after_target_editor = TargetEditor(self.customer_response_group)
        self.close_after_target_editor.setObjectName(u"close_after_target_editor")
        self.close_after_target_editor.setProperty(u"pointer", u"/customer_response/close_after")

        self.customer_response_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.close_after_target_editor)

        self.description_bitext_label = QLabel(self.customer_response_group)
        self.description_bitext_label.setObjectName(u"description_bitext_label")
        self.description_bitext_label.setAlignment(Qt.AlignLeft|Qt.AlignTop)

        self.customer_response_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.description_bitext_label)

        self.description_bitext_2 = BiTextEditor(self.customer_response_group)
        self.description_bitext_2.setObjectName(u"description_bitext_2")
        self.description_bitext_2.setProperty(u"pointer", u"/customer_response/description")

        self.customer_response_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.description_bitext_2)


        self.contents_layout.addWidget(self.customer_response_group)

        self.reports_group = QGroupBox(self.scroll_contents)
        self.reports_group.setObjectName(u"reports_group")
        self.reports_split = QHBoxLayout(self.reports_group)
        self.reports_split.setObjectName(u"reports_split")
        self.reports_items = ItemList(self.reports_group)
        self.reports_items.setObjectName(u"reports_items")
        self.reports_items.setProperty(u"pointer", u"/reports")
        self.reports_items.setMinimumSize(QSize(170, 0))

        self.reports_split.addWidget(self.reports_items)

        self.reports_detail = QWidget(self.reports_group)
        self.reports_detail.setObjectName(u"reports_detail")
        self.reports_detail.setProperty(u"item_list", u"reports_items")
        self.reports_detail_form = QFormLayout(self.reports_detail)
        self.reports_detail_form.setObjectName(u"reports_detail_form")
        self.reports_detail_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.reports_detail_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.reports_detail_form.setContentsMargins(0, 0, 0, 0)
        self.name_bitext_label_2 = QLabel(self.reports_detail)
        self.name_bitext_label_2.setObjectName(u"name_bitext_label_2")
        self.name_bitext_label_2.setAlignment(Qt.AlignLeft|Qt.AlignTop)

        self.reports_detail_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_bitext_label_2)

        self.name_bitext_3 = BiTextEditor(self.reports_detail)
        self.name_bitext_3.setObjectName(u"name_bitext_3")
        self.name_bitext_3.setProperty(u"pointer", u"name")

        self.reports_detail_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_bitext_3)

        self.period_label = QLabel(self.reports_detail)
        self.period_label.setObjectName(u"period_label")

        self.reports_detail_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.period_label)

        self.period_combo = ChoiceCombo(self.reports_detail)
        self.period_combo.setObjectName(u"period_combo")
        self.period_combo.setProperty(u"pointer", u"period")
        self.period_combo.setProperty(u"labels", u"report_period")

        self.reports_detail_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.period_combo)


        self.reports_split.addWidget(self.reports_detail)


        self.contents_layout.addWidget(self.reports_group)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contents_layout.addItem(self.bottom_spacer)

        self.scroll_area.setWidget(self.scroll_contents)

        self.page_layout.addWidget(self.scroll_area)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_bitext)
        self.description_label.setBuddy(self.description_bitext)
        self.condition_label.setBuddy(self.condition_bitext)
        self.channel_label.setBuddy(self.channel_combo)
        self.contact_label.setBuddy(self.contact_combo)
        self.name_bitext_label.setBuddy(self.name_bitext_2)
        self.email_label.setBuddy(self.email_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.country_label.setBuddy(self.country_combo)
        self.id_label.setBuddy(self.id_edit)
        self.reply_within_target_label.setBuddy(self.reply_within_target_editor)
        self.close_after_target_label.setBuddy(self.close_after_target_editor)
        self.description_bitext_label.setBuddy(self.description_bitext_2)
        self.name_bitext_label_2.setBuddy(self.name_bitext_3)
        self.period_label.setBuddy(self.period_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SupportPage)
    # setupUi

    def retranslateUi(self, SupportPage):
        SupportPage.setWindowTitle(QCoreApplication.translate("SupportPage", u"Support and escalation", None))
        self.process_group.setTitle(QCoreApplication.translate("SupportPage", u"How an incident is handled", None))
        self.name_label.setText(QCoreApplication.translate("SupportPage", u"&Step:", None))
        self.description_label.setText(QCoreApplication.translate("SupportPage", u"&What happens:", None))
        self.escalation_group.setTitle(QCoreApplication.translate("SupportPage", u"Escalation", None))
        self.condition_label.setText(QCoreApplication.translate("SupportPage", u"&When:", None))
        self.channel_label.setText(QCoreApplication.translate("SupportPage", u"&By:", None))
        self.contact_label.setText(QCoreApplication.translate("SupportPage", u"&Contact:", None))
        self.contacts_group.setTitle(QCoreApplication.translate("SupportPage", u"Contacts", None))
        self.name_bitext_label.setText(QCoreApplication.translate("SupportPage", u"&Name or desk:", None))
        self.email_label.setText(QCoreApplication.translate("SupportPage", u"&E-mail:", None))
        self.phone_label.setText(QCoreApplication.translate("SupportPage", u"&Phone:", None))
        self.country_label.setText(QCoreApplication.translate("SupportPage", u"Co&untry:", None))
        self.id_label.setText(QCoreApplication.translate("SupportPage", u"I&d:", None))
        self.customer_response_absent_label.setText(QCoreApplication.translate("SupportPage", u"No policy for a client who stops answering.", None))
        self.create_customer_response_button.setText(QCoreApplication.translate("SupportPage", u"Add a &customer-response policy", None))
        self.customer_response_group.setTitle(QCoreApplication.translate("SupportPage", u"When the client stops answering", None))
        self.reply_within_target_label.setText(QCoreApplication.translate("SupportPage", u"The client &replies within:", None))
        self.close_after_target_label.setText(QCoreApplication.translate("SupportPage", u"A proposed solution &closes after:", None))
        self.description_bitext_label.setText(QCoreApplication.translate("SupportPage", u"The &policy in words:", None))
        self.reports_group.setTitle(QCoreApplication.translate("SupportPage", u"Reports", None))
        self.name_bitext_label_2.setText(QCoreApplication.translate("SupportPage", u"&Report:", None))
        self.period_label.setText(QCoreApplication.translate("SupportPage", u"&Issued:", None))
    # retranslateUi

