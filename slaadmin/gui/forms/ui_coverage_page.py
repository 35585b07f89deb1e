# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'coverage_page.ui'
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
    QHBoxLayout, QLabel, QScrollArea, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from slaadmin.gui.widgets.bitext_editor import BiTextEditor
from slaadmin.gui.widgets.bound_fields import (ChoiceCombo, ChoiceSet, CodeCombo, FieldEdit)
from slaadmin.gui.widgets.item_list import ItemList
from slaadmin.gui.widgets.weekday_toggles import WeekdayToggles

class Ui_CoveragePage(object):
    def setupUi(self, CoveragePage):
        if not CoveragePage.objectName():
            CoveragePage.setObjectName(u"CoveragePage")
        self.page_layout = QVBoxLayout(CoveragePage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(CoveragePage)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.NoFrame)
        self.scroll_contents = QWidget()
        self.scroll_contents.setObjectName(u"scroll_contents")
        self.contents_layout = QVBoxLayout(self.scroll_contents)
        self.contents_layout.setObjectName(u"contents_layout")
        self.coverage_group = QGroupBox(self.scroll_contents)
        self.coverage_group.setObjectName(u"coverage_group")
        self.coverage_split = QHBoxLayout(self.coverage_group)
        self.coverage_split.setObjectName(u"coverage_split")
        self.coverage_items = ItemList(self.coverage_group)
        self.coverage_items.setObjectName(u"coverage_items")
        self.coverage_items.setProperty(u"pointer", u"/coverage")
        self.coverage_items.setMinimumSize(QSize(170, 0))
        self.coverage_items.setProperty(u"id_prefix", u"cov")

        self.coverage_split.addWidget(self.coverage_items)

        self.coverage_detail = QWidget(self.coverage_group)
        self.coverage_detail.setObjectName(u"coverage_detail")
        self.coverage_detail.setProperty(u"item_list", u"coverage_items")
        self.coverage_detail_form = QFormLayout(self.coverage_detail)
        self.coverage_detail_form.setObjectName(u"coverage_detail_form")
        self.coverage_detail_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.coverage_detail_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.coverage_detail_form.setContentsMargins(0, 0, 0, 0)
        self.name_label = QLabel(self.coverage_detail)
        self.name_label.setObjectName(u"name_label")
        self.name_label.setAlignment(Qt.AlignLeft|Qt.AlignTop)

        self.coverage_detail_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_bitext = BiTextEditor(self.coverage_detail)
        self.name_bitext.setObjectName(u"name_bitext")
        self.name_bitext.setProperty(u"pointer", u"name")
        self.name_bitext.setProperty(u"min_lines", 1)
        self.name_bitext.setProperty(u"max_lines", 3)

        self.coverage_detail_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_bitext)

        self.kind_label = QLabel(self.coverage_detail)
        self.kind_label.setObjectName(u"kind_label")

        self.coverage_detail_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = ChoiceCombo(self.coverage_detail)
        self.kind_combo.setObjectName(u"kind_combo")
        self.kind_combo.setProperty(u"pointer", u"kind")

        self.coverage_detail_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.days_days_label = QLabel(self.coverage_detail)
        self.days_days_label.setObjectName(u"days_days_label")

        self.coverage_detail_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.days_days_label)

        self.days_days_toggles = WeekdayToggles(self.coverage_detail)
        self.days_days_toggles.setObjectName(u"days_days_toggles")
        self.days_days_toggles.setProperty(u"pointer", u"days")

        self.coverage_detail_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.days_days_toggles)

        self.start_label = QLabel(self.coverage_detail)
        self.start_label.setObjectName(u"start_label")

        self.coverage_detail_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.start_label)

        self.start_edit = FieldEdit(self.coverage_detail)
        self.start_edit.setObjectName(u"start_edit")
        self.start_edit.setProperty(u"pointer", u"start")
        self.start_edit.setPlaceholderText(u"08:00")

        self.coverage_detail_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.start_edit)

        self.end_label = QLabel(self.coverage_detail)
        self.end_label.setObjectName(u"end_label")

        self.coverage_detail_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.end_label)

        self.end_edit = FieldEdit(self.coverage_detail)
        self.end_edit.setObjectName(u"end_edit")
        self.end_edit.setProperty(u"pointer", u"end")
        self.end_edit.setPlaceholderText(u"18:00")

        self.coverage_detail_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.end_edit)

        self.time_zone_label = QLabel(self.coverage_detail)
        self.time_zone_label.setObjectName(u"time_zone_label")

        self.coverage_detail_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.time_zone_label)

        self.time_zone_combo = CodeCombo(self.coverage_detail)
        self.time_zone_combo.setObjectName(u"time_zone_combo")
        self.time_zone_combo.setProperty(u"pointer", u"time_zone")
        self.time_zone_combo.setProperty(u"codes", u"zone")

        self.coverage_detail_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.time_zone_combo)

        self.holiday_country_label = QLabel(self.coverage_detail)
        self.holiday_country_label.setObjectName(u"holiday_country_label")

        self.coverage_detail_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.holiday_country_label)

        self.holiday_country_combo = CodeCombo(self.coverage_detail)
        self.holiday_country_combo.setObjectName(u"holiday_country_combo")
        self.holiday_country_combo.setProperty(u"pointer", u"holiday_country")
        self.holiday_country_combo.setProperty(u"codes", u"country")

        self.coverage_detail_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.holiday_country_combo)

        self.environments_label = QLabel(self.coverage_detail)
        self.environments_label.setObjectName(u"environments_label")

        self.coverage_detail_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.environments_label)

        self.environments_toggles = ChoiceSet(self.coverage_detail)
        self.environments_toggles.setObjectName(u"environments_toggles")
        self.environments_toggles.setProperty(u"pointer", u"environments")

        self.coverage_detail_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.environments_toggles)

        self.id_label = QLabel(self.coverage_detail)
        self.id_label.setObjectName(u"id_label")

        self.coverage_detail_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.id_label)

        self.id_edit = FieldEdit(self.coverage_detail)
        self.id_edit.setObjectName(u"id_edit")
        self.id_edit.setProperty(u"pointer", u"id")

        self.coverage_detail_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.id_edit)


        self.coverage_split.addWidget(self.coverage_detail)


        self.contents_layout.addWidget(self.coverage_group)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contents_layout.addItem(self.bottom_spacer)

        self.scroll_area.setWidget(self.scroll_contents)

        self.page_layout.addWidget(self.scroll_area)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_bitext)
        self.kind_label.setBuddy(self.kind_combo)
        self.days_days_label.setBuddy(self.days_days_toggles)
        self.start_label.setBuddy(self.start_edit)
        self.end_label.setBuddy(self.end_edit)
        self.time_zone_label.setBuddy(self.time_zone_combo)
        self.holiday_country_label.setBuddy(self.holiday_country_combo)
        self.id_label.setBuddy(self.id_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CoveragePage)
    # setupUi

    def retranslateUi(self, CoveragePage):
        CoveragePage.setWindowTitle(QCoreApplication.translate("CoveragePage", u"Coverage", None))
        self.coverage_group.setTitle(QCoreApplication.translate("CoveragePage", u"Support coverage", None))
        self.name_label.setText(QCoreApplication.translate("CoveragePage", u"&Name:", None))
        self.kind_label.setText(QCoreApplication.translate("CoveragePage", u"&Kind:", None))
        self.days_days_label.setText(QCoreApplication.translate("CoveragePage", u"&Days:", None))
        self.start_label.setText(QCoreApplication.translate("CoveragePage", u"&From:", None))
        self.end_label.setText(QCoreApplication.translate("CoveragePage", u"&Until:", None))
        self.time_zone_label.setText(QCoreApplication.translate("CoveragePage", u"Time &zone:", None))
        self.holiday_country_label.setText(QCoreApplication.translate("CoveragePage", u"&Holidays of:", None))
        self.environments_label.setText(QCoreApplication.translate("CoveragePage", u"Environments:", None))
        self.id_label.setText(QCoreApplication.translate("CoveragePage", u"I&d:", None))
    # retranslateUi

