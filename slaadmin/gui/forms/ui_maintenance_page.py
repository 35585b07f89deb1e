# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'maintenance_page.ui'
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
from slaadmin.gui.widgets.bound_fields import (CheckField, ChoiceSet, FieldEdit)
from slaadmin.gui.widgets.item_list import ItemList
from slaadmin.gui.widgets.week_grid import WeekGrid
from slaadmin.gui.widgets.weekday_toggles import WeekdayToggles

class Ui_MaintenancePage(object):
    def setupUi(self, MaintenancePage):
        if not MaintenancePage.objectName():
            MaintenancePage.setObjectName(u"MaintenancePage")
        self.page_layout = QVBoxLayout(MaintenancePage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(MaintenancePage)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.NoFrame)
        self.scroll_contents = QWidget()
        self.scroll_contents.setObjectName(u"scroll_contents")
        self.contents_layout = QVBoxLayout(self.scroll_contents)
        self.contents_layout.setObjectName(u"contents_layout")
        self.maintenance_absent_box = QWidget(self.scroll_contents)
        self.maintenance_absent_box.setObjectName(u"maintenance_absent_box")
        self.maintenance_absent_box.setProperty(u"absent_of", u"/maintenance")
        self.maintenance_absent_layout = QHBoxLayout(self.maintenance_absent_box)
        self.maintenance_absent_layout.setObjectName(u"maintenance_absent_layout")
        self.maintenance_absent_layout.setContentsMargins(0, 0, 0, 0)
        self.maintenance_absent_label = QLabel(self.maintenance_absent_box)
        self.maintenance_absent_label.setObjectName(u"maintenance_absent_label")
        self.maintenance_absent_label.setWordWrap(True)

        self.maintenance_absent_layout.addWidget(self.maintenance_absent_label)

        self.create_maintenance_button = QPushButton(self.maintenance_absent_box)
        self.create_maintenance_button.setObjectName(u"create_maintenance_button")
        self.create_maintenance_button.setProperty(u"create", u"/maintenance")

        self.maintenance_absent_layout.addWidget(self.create_maintenance_button)


        self.contents_layout.addWidget(self.maintenance_absent_box)

        self.windows_group = QGroupBox(self.scroll_contents)
        self.windows_group.setObjectName(u"windows_group")
        self.windows_group.setProperty(u"present_of", u"/maintenance")
        self.windows_split = QHBoxLayout(self.windows_group)
        self.windows_split.setObjectName(u"windows_split")
        self.week_grid = WeekGrid(self.windows_group)
        self.week_grid.setObjectName(u"week_grid")
        self.week_grid.setProperty(u"pointer", u"/maintenance/windows")
        self.week_grid.setMinimumSize(QSize(330, 320))

        self.windows_split.addWidget(self.week_grid)

        self.window_list_layout = QVBoxLayout()
        self.window_list_layout.setObjectName(u"window_list_layout")
        self.windows_items = ItemList(self.windows_group)
        self.windows_items.setObjectName(u"windows_items")
        self.windows_items.setProperty(u"pointer", u"/maintenance/windows")
        self.windows_items.setMinimumSize(QSize(0, 90))

        self.window_list_layout.addWidget(self.windows_items)

        self.window_detail = QWidget(self.windows_group)
        self.window_detail.setObjectName(u"window_detail")
        self.window_detail.setProperty(u"item_list", u"windows_items")
        self.window_detail_form = QFormLayout(self.window_detail)
        self.window_detail_form.setObjectName(u"window_detail_form")
        self.window_detail_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.window_detail_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.window_detail_form.setContentsMargins(0, 0, 0, 0)
        self.days_days_label = QLabel(self.window_detail)
        self.days_days_label.setObjectName(u"days_days_label")

        self.window_detail_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.days_days_label)

        self.days_days_toggles = WeekdayToggles(self.window_detail)
        self.days_days_toggles.setObjectName(u"days_days_toggles")
        self.days_days_toggles.setProperty(u"pointer", u"days")
        self.days_days_toggles.setProperty(u"at_least_one", True)

        self.window_detail_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.days_days_toggles)

        self.start_label = QLabel(self.window_detail)
        self.start_label.setObjectName(u"start_label")

        self.window_detail_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.start_label)

        self.start_edit = FieldEdit(self.window_detail)
        self.start_edit.setObjectName(u"start_edit")
        self.start_edit.setProperty(u"pointer", u"start")
        self.start_edit.setPlaceholderText(u"21:00")

        self.window_detail_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.start_edit)

        self.end_label = QLabel(self.window_detail)
        self.end_label.setObjectName(u"end_label")

        self.window_detail_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.end_label)

        self.end_edit = FieldEdit(self.window_detail)
        self.end_edit.setObjectName(u"end_edit")
        self.end_edit.setProperty(u"pointer", u"end")
        self.end_edit.setPlaceholderText(u"01:00")

        self.window_detail_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.end_edit)


        self.window_list_layout.addWidget(self.window_detail)


        self.windows_split.addLayout(self.window_list_layout)


        self.contents_layout.addWidget(self.windows_group)

        self.notice_group = QGroupBox(self.scroll_contents)
        self.notice_group.setObjectName(u"notice_group")
        self.notice_group.setProperty(u"present_of", u"/maintenance")
        self.notice_form = QFormLayout(self.notice_group)
        self.notice_form.setObjectName(u"notice_form")
        self.notice_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.notice_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.notice_hours_label = QLabel(self.notice_group)
        self.notice_hours_label.setObjectName(u"notice_hours_label")

        self.notice_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.notice_hours_label)

        self.notice_hours_edit = FieldEdit(self.notice_group)
        self.notice_hours_edit.setObjectName(u"notice_hours_edit")
        self.notice_hours_edit.setProperty(u"pointer", u"/maintenance/notice_hours")

        self.notice_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.notice_hours_edit)

        self.notice_channels_label = QLabel(self.notice_group)
        self.notice_channels_label.setObjectName(u"notice_channels_label")

        self.notice_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.notice_channels_label)

        self.notice_channels_toggles = ChoiceSet(self.notice_group)
        self.notice_channels_toggles.setObjectName(u"notice_channels_toggles")
        self.notice_channels_toggles.setProperty(u"pointer", u"/maintenance/notice_channels")
        self.notice_channels_toggles.setProperty(u"ordered", True)

        self.notice_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.notice_channels_toggles)

        self.acknowledgement_required_check = CheckField(self.notice_group)
        self.acknowledgement_required_check.setObjectName(u"acknowledgement_required_check")
        self.acknowledgement_required_check.setProperty(u"pointer", u"/maintenance/acknowledgement_required")

        self.notice_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.acknowledgement_required_check)

        self.emergency_channels_label = QLabel(self.notice_group)
        self.emergency_channels_label.setObjectName(u"emergency_channels_label")

        self.notice_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.emergency_channels_label)

        self.emergency_channels_toggles = ChoiceSet(self.notice_group)
        self.emergency_channels_toggles.setObjectName(u"emergency_channels_toggles")
        self.emergency_channels_toggles.setProperty(u"pointer", u"/maintenance/emergency_channels")
        self.emergency_channels_toggles.setProperty(u"ordered", True)

        self.notice_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.emergency_channels_toggles)

        self.confirmation_after_check = CheckField(self.notice_group)
        self.confirmation_after_check.setObjectName(u"confirmation_after_check")
        self.confirmation_after_check.setProperty(u"pointer", u"/maintenance/confirmation_after")

        self.notice_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.confirmation_after_check)

        self.counts_as_downtime_check = CheckField(self.notice_group)
        self.counts_as_downtime_check.setObjectName(u"counts_as_downtime_check")
        self.counts_as_downtime_check.setProperty(u"pointer", u"/maintenance/counts_as_downtime")

        self.notice_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.counts_as_downtime_check)

        self.daily_minutes_label = QLabel(self.notice_group)
        self.daily_minutes_label.setObjectName(u"daily_minutes_label")

        self.notice_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.daily_minutes_label)

        self.daily_minutes_edit = FieldEdit(self.notice_group)
        self.daily_minutes_edit.setObjectName(u"daily_minutes_edit")
        self.daily_minutes_edit.setProperty(u"pointer", u"/maintenance/daily_minutes")

        self.notice_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.daily_minutes_edit)

        self.description_label = QLabel(self.notice_group)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setAlignment(Qt.AlignLeft|Qt.AlignTop)

        self.notice_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description_bitext = BiTextEditor(self.notice_group)
        self.description_bitext.setObjectName(u"description_bitext")
        self.description_bitext.setProperty(u"pointer", u"/maintenance/description")

        self.notice_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.description_bitext)


        self.contents_layout.addWidget(self.notice_group)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contents_layout.addItem(self.bottom_spacer)

        self.scroll_area.setWidget(self.scroll_contents)

        self.page_layout.addWidget(self.scroll_area)

#if QT_CONFIG(shortcut)
        self.days_days_label.setBuddy(self.days_days_toggles)
        self.start_label.setBuddy(self.start_edit)
        self.end_label.setBuddy(self.end_edit)
        self.notice_hours_label.setBuddy(self.notice_hours_edit)
        self.daily_minutes_label.setBuddy(self.daily_minutes_edit)
        self.description_label.setBuddy(self.description_bitext)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MaintenancePage)
    # setupUi

    def retranslateUi(self, MaintenancePage):
        MaintenancePage.setWindowTitle(QCoreApplication.translate("MaintenancePage", u"Maintenance", None))
        self.maintenance_absent_label.setText(QCoreApplication.translate("MaintenancePage", u"This contract sets no maintenance rules.", None))
        self.create_maintenance_button.setText(QCoreApplication.translate("MaintenancePage", u"&Add maintenance rules", None))
        self.windows_group.setTitle(QCoreApplication.translate("MaintenancePage", u"Weekly maintenance windows", None))
        self.days_days_label.setText(QCoreApplication.translate("MaintenancePage", u"&Starts on:", None))
        self.start_label.setText(QCoreApplication.translate("MaintenancePage", u"&From:", None))
        self.end_label.setText(QCoreApplication.translate("MaintenancePage", u"&Until:", None))
        self.notice_group.setTitle(QCoreApplication.translate("MaintenancePage", u"Notice and confirmation", None))
        self.notice_hours_label.setText(QCoreApplication.translate("MaintenancePage", u"&Notice (hours before):", None))
        self.notice_channels_label.setText(QCoreApplication.translate("MaintenancePage", u"Notice by:", None))
        self.acknowledgement_required_check.setText(QCoreApplication.translate("MaintenancePage", u"The client acknowledges the notice", None))
        self.emergency_channels_label.setText(QCoreApplication.translate("MaintenancePage", u"Emergencies announced by:", None))
        self.confirmation_after_check.setText(QCoreApplication.translate("MaintenancePage", u"Restoration is confirmed to the client afterwards", None))
        self.counts_as_downtime_check.setText(QCoreApplication.translate("MaintenancePage", u"Scheduled maintenance counts as downtime", None))
        self.daily_minutes_label.setText(QCoreApplication.translate("MaintenancePage", u"&Daily window (minutes):", None))
        self.description_label.setText(QCoreApplication.translate("MaintenancePage", u"&Purpose and rules:", None))
    # retranslateUi

