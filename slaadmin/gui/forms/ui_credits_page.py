# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'credits_page.ui'
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
from slaadmin.gui.widgets.bound_fields import FieldEdit
from slaadmin.gui.widgets.credit_bands_table import CreditBandsTable

class Ui_CreditsPage(object):
    def setupUi(self, CreditsPage):
        if not CreditsPage.objectName():
            CreditsPage.setObjectName(u"CreditsPage")
        self.page_layout = QVBoxLayout(CreditsPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(CreditsPage)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.NoFrame)
        self.scroll_contents = QWidget()
        self.scroll_contents.setObjectName(u"scroll_contents")
        self.contents_layout = QVBoxLayout(self.scroll_contents)
        self.contents_layout.setObjectName(u"contents_layout")
        self.credits_absent_box = QWidget(self.scroll_contents)
        self.credits_absent_box.setObjectName(u"credits_absent_box")
        self.credits_absent_box.setProperty(u"absent_of", u"/credits")
        self.credits_absent_layout = QHBoxLayout(self.credits_absent_box)
        self.credits_absent_layout.setObjectName(u"credits_absent_layout")
        self.credits_absent_layout.setContentsMargins(0, 0, 0, 0)
        self.credits_absent_label = QLabel(self.credits_absent_box)
        self.credits_absent_label.setObjectName(u"credits_absent_label")
        self.credits_absent_label.setWordWrap(True)

        self.credits_absent_layout.addWidget(self.credits_absent_label)

        self.create_credits_button = QPushButton(self.credits_absent_box)
        self.create_credits_button.setObjectName(u"create_credits_button")
        self.create_credits_button.setProperty(u"create", u"/credits")

        self.credits_absent_layout.addWidget(self.create_credits_button)


        self.contents_layout.addWidget(self.credits_absent_box)

        self.bands_group = QGroupBox(self.scroll_contents)
        self.bands_group.setObjectName(u"bands_group")
        self.bands_group.setProperty(u"present_of", u"/credits")
        self.bands_layout = QVBoxLayout(self.bands_group)
        self.bands_layout.setObjectName(u"bands_layout")
        self.credit_bands_table = CreditBandsTable(self.bands_group)
        self.credit_bands_table.setObjectName(u"credit_bands_table")
        self.credit_bands_table.setProperty(u"pointer", u"/credits/tiers")

        self.bands_layout.addWidget(self.credit_bands_table)

        self.band_detail = QWidget(self.bands_group)
        self.band_detail.setObjectName(u"band_detail")
        self.band_detail.setProperty(u"item_list", u"credit_bands_table")
        self.band_detail_form = QFormLayout(self.band_detail)
        self.band_detail_form.setObjectName(u"band_detail_form")
        self.band_detail_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.band_detail_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.band_detail_form.setContentsMargins(0, 0, 0, 0)
        self.note_label = QLabel(self.band_detail)
        self.note_label.setObjectName(u"note_label")
        self.note_label.setAlignment(Qt.AlignLeft|Qt.AlignTop)

        self.band_detail_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_bitext = BiTextEditor(self.band_detail)
        self.note_bitext.setObjectName(u"note_bitext")
        self.note_bitext.setProperty(u"pointer", u"note")
        self.note_bitext.setProperty(u"min_lines", 1)
        self.note_bitext.setProperty(u"max_lines", 3)

        self.band_detail_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.note_bitext)


        self.bands_layout.addWidget(self.band_detail)


        self.contents_layout.addWidget(self.bands_group)

        self.credit_rules_group = QGroupBox(self.scroll_contents)
        self.credit_rules_group.setObjectName(u"credit_rules_group")
        self.credit_rules_group.setProperty(u"present_of", u"/credits")
        self.credit_rules_form = QFormLayout(self.credit_rules_group)
        self.credit_rules_form.setObjectName(u"credit_rules_form")
        self.credit_rules_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.credit_rules_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.basis_label = QLabel(self.credit_rules_group)
        self.basis_label.setObjectName(u"basis_label")
        self.basis_label.setAlignment(Qt.AlignLeft|Qt.AlignTop)

        self.credit_rules_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.basis_label)

        self.basis_bitext = BiTextEditor(self.credit_rules_group)
        self.basis_bitext.setObjectName(u"basis_bitext")
        self.basis_bitext.setProperty(u"pointer", u"/credits/basis")
        self.basis_bitext.setProperty(u"min_lines", 1)
        self.basis_bitext.setProperty(u"max_lines", 3)

        self.credit_rules_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.basis_bitext)

        self.claim_window_days_label = QLabel(self.credit_rules_group)
        self.claim_window_days_label.setObjectName(u"claim_window_days_label")

        self.credit_rules_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.claim_window_days_label)

        self.claim_window_days_edit = FieldEdit(self.credit_rules_group)
        self.claim_window_days_edit.setObjectName(u"claim_window_days_edit")
        self.claim_window_days_edit.setProperty(u"pointer", u"/credits/claim_window_days")

        self.credit_rules_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.claim_window_days_edit)

        self.cap_percent_label = QLabel(self.credit_rules_group)
        self.cap_percent_label.setObjectName(u"cap_percent_label")

        self.credit_rules_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.cap_percent_label)

        self.cap_percent_edit = FieldEdit(self.credit_rules_group)
        self.cap_percent_edit.setObjectName(u"cap_percent_edit")
        self.cap_percent_edit.setProperty(u"pointer", u"/credits/cap_percent")

        self.credit_rules_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.cap_percent_edit)

        self.description_label = QLabel(self.credit_rules_group)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setAlignment(Qt.AlignLeft|Qt.AlignTop)

        self.credit_rules_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description_bitext = BiTextEditor(self.credit_rules_group)
        self.description_bitext.setObjectName(u"description_bitext")
        self.description_bitext.setProperty(u"pointer", u"/credits/description")

        self.credit_rules_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.description_bitext)


        self.contents_layout.addWidget(self.credit_rules_group)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contents_layout.addItem(self.bottom_spacer)

        self.scroll_area.setWidget(self.scroll_contents)

        self.page_layout.addWidget(self.scroll_area)

#if QT_CONFIG(shortcut)
        self.note_label.setBuddy(self.note_bitext)
        self.basis_label.setBuddy(self.basis_bitext)
        self.claim_window_days_label.setBuddy(self.claim_window_days_edit)
        self.cap_percent_label.setBuddy(self.cap_percent_edit)
        self.description_label.setBuddy(self.description_bitext)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CreditsPage)
    # setupUi

    def retranslateUi(self, CreditsPage):
        CreditsPage.setWindowTitle(QCoreApplication.translate("CreditsPage", u"Credits", None))
        self.credits_absent_label.setText(QCoreApplication.translate("CreditsPage", u"This contract grants no service credits.", None))
        self.create_credits_button.setText(QCoreApplication.translate("CreditsPage", u"&Add service credits", None))
        self.bands_group.setTitle(QCoreApplication.translate("CreditsPage", u"Credit bands", None))
        self.note_label.setText(QCoreApplication.translate("CreditsPage", u"Wording beside the &band:", None))
        self.credit_rules_group.setTitle(QCoreApplication.translate("CreditsPage", u"How credits work", None))
        self.basis_label.setText(QCoreApplication.translate("CreditsPage", u"Credit &applies to:", None))
        self.claim_window_days_label.setText(QCoreApplication.translate("CreditsPage", u"&Claim within (days):", None))
        self.cap_percent_label.setText(QCoreApplication.translate("CreditsPage", u"Most credit in a &month (%):", None))
        self.description_label.setText(QCoreApplication.translate("CreditsPage", u"&Description:", None))
    # retranslateUi

