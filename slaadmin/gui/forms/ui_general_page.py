# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'general_page.ui'
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

from slaadmin.gui.widgets.bitext_editor import BiTextEditor
from slaadmin.gui.widgets.bound_fields import (ChoiceCombo, CodeCombo, FieldEdit)

class Ui_GeneralPage(object):
    def setupUi(self, GeneralPage):
        if not GeneralPage.objectName():
            GeneralPage.setObjectName(u"GeneralPage")
        self.page_layout = QVBoxLayout(GeneralPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(GeneralPage)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.NoFrame)
        self.scroll_contents = QWidget()
        self.scroll_contents.setObjectName(u"scroll_contents")
        self.contents_layout = QVBoxLayout(self.scroll_contents)
        self.contents_layout.setObjectName(u"contents_layout")
        self.contract_group = QGroupBox(self.scroll_contents)
        self.contract_group.setObjectName(u"contract_group")
        self.contract_form = QFormLayout(self.contract_group)
        self.contract_form.setObjectName(u"contract_form")
        self.contract_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.contract_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.title_label = QLabel(self.contract_group)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setAlignment(Qt.AlignLeft|Qt.AlignTop)

        self.contract_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_bitext = BiTextEditor(self.contract_group)
        self.title_bitext.setObjectName(u"title_bitext")
        self.title_bitext.setProperty(u"pointer", u"/meta/title")

        self.contract_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title_bitext)

        self.meta_id_label = QLabel(self.contract_group)
        self.meta_id_label.setObjectName(u"meta_id_label")

        self.contract_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.meta_id_label)

        self.meta_id_edit = FieldEdit(self.contract_group)
        self.meta_id_edit.setObjectName(u"meta_id_edit")
        self.meta_id_edit.setProperty(u"pointer", u"/meta/id")

        self.contract_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.meta_id_edit)

        self.status_label = QLabel(self.contract_group)
        self.status_label.setObjectName(u"status_label")

        self.contract_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_combo = ChoiceCombo(self.contract_group)
        self.status_combo.setObjectName(u"status_combo")
        self.status_combo.setProperty(u"pointer", u"/meta/status")

        self.contract_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.status_combo)

        self.effective_date_label = QLabel(self.contract_group)
        self.effective_date_label.setObjectName(u"effective_date_label")

        self.contract_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.effective_date_label)

        self.effective_date_edit = FieldEdit(self.contract_group)
        self.effective_date_edit.setObjectName(u"effective_date_edit")
        self.effective_date_edit.setProperty(u"pointer", u"/meta/effective_date")

        self.contract_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.effective_date_edit)


        self.contents_layout.addWidget(self.contract_group)

        self.figures_group = QGroupBox(self.scroll_contents)
        self.figures_group.setObjectName(u"figures_group")
        self.figures_form = QFormLayout(self.figures_group)
        self.figures_form.setObjectName(u"figures_form")
        self.figures_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.figures_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.time_zone_label = QLabel(self.figures_group)
        self.time_zone_label.setObjectName(u"time_zone_label")

        self.figures_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.time_zone_label)

        self.time_zone_combo = CodeCombo(self.figures_group)
        self.time_zone_combo.setObjectName(u"time_zone_combo")
        self.time_zone_combo.setProperty(u"pointer", u"/meta/time_zone")
        self.time_zone_combo.setProperty(u"codes", u"zone")

        self.figures_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.time_zone_combo)

        self.locales_es_label = QLabel(self.figures_group)
        self.locales_es_label.setObjectName(u"locales_es_label")

        self.figures_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.locales_es_label)

        self.locales_es_combo = CodeCombo(self.figures_group)
        self.locales_es_combo.setObjectName(u"locales_es_combo")
        self.locales_es_combo.setProperty(u"pointer", u"/meta/locales/es")
        self.locales_es_combo.setProperty(u"codes", u"locale_es")

        self.figures_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.locales_es_combo)

        self.locales_en_label = QLabel(self.figures_group)
        self.locales_en_label.setObjectName(u"locales_en_label")

        self.figures_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.locales_en_label)

        self.locales_en_combo = CodeCombo(self.figures_group)
        self.locales_en_combo.setObjectName(u"locales_en_combo")
        self.locales_en_combo.setProperty(u"pointer", u"/meta/locales/en")
        self.locales_en_combo.setProperty(u"codes", u"locale_en")

        self.figures_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.locales_en_combo)

        self.month_convention_label = QLabel(self.figures_group)
        self.month_convention_label.setObjectName(u"month_convention_label")

        self.figures_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.month_convention_label)

        self.month_convention_combo = ChoiceCombo(self.figures_group)
        self.month_convention_combo.setObjectName(u"month_convention_combo")
        self.month_convention_combo.setProperty(u"pointer", u"/meta/month_convention")

        self.figures_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.month_convention_combo)


        self.contents_layout.addWidget(self.figures_group)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contents_layout.addItem(self.bottom_spacer)

        self.scroll_area.setWidget(self.scroll_contents)

        self.page_layout.addWidget(self.scroll_area)

#if QT_CONFIG(shortcut)
        self.title_label.setBuddy(self.title_bitext)
        self.meta_id_label.setBuddy(self.meta_id_edit)
        self.status_label.setBuddy(self.status_combo)
        self.effective_date_label.setBuddy(self.effective_date_edit)
        self.time_zone_label.setBuddy(self.time_zone_combo)
        self.locales_es_label.setBuddy(self.locales_es_combo)
        self.locales_en_label.setBuddy(self.locales_en_combo)
        self.month_convention_label.setBuddy(self.month_convention_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GeneralPage)
    # setupUi

    def retranslateUi(self, GeneralPage):
        GeneralPage.setWindowTitle(QCoreApplication.translate("GeneralPage", u"General", None))
        self.contract_group.setTitle(QCoreApplication.translate("GeneralPage", u"Contract", None))
        self.title_label.setText(QCoreApplication.translate("GeneralPage", u"&Title:", None))
        self.meta_id_label.setText(QCoreApplication.translate("GeneralPage", u"Contract &id:", None))
        self.status_label.setText(QCoreApplication.translate("GeneralPage", u"&Status:", None))
        self.effective_date_label.setText(QCoreApplication.translate("GeneralPage", u"&Effective date:", None))
        self.effective_date_edit.setPlaceholderText(QCoreApplication.translate("GeneralPage", u"YYYY-MM-DD", None))
        self.figures_group.setTitle(QCoreApplication.translate("GeneralPage", u"Figures, dates and time", None))
        self.time_zone_label.setText(QCoreApplication.translate("GeneralPage", u"Time &zone:", None))
        self.locales_es_label.setText(QCoreApplication.translate("GeneralPage", u"Spanish &figures as in:", None))
        self.locales_en_label.setText(QCoreApplication.translate("GeneralPage", u"English figures &as in:", None))
        self.month_convention_label.setText(QCoreApplication.translate("GeneralPage", u"&Month length:", None))
    # retranslateUi

