# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'maintenance_pane.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDateTimeEdit, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QTableWidget, QTableWidgetItem,
    QToolButton, QVBoxLayout, QWidget)

from slaadmin.gui.widgets.channel_list import ChannelList
from slaadmin.gui.widgets.credit_band_chart import CreditBandChart
from slaadmin.gui.widgets.week_grid import WeekGrid

class Ui_MaintenancePane(object):
    def setupUi(self, MaintenancePane):
        if not MaintenancePane.objectName():
            MaintenancePane.setObjectName(u"MaintenancePane")
        self.maintenance_layout = QVBoxLayout(MaintenancePane)
        self.maintenance_layout.setObjectName(u"maintenance_layout")
        self.maintenance_layout.setContentsMargins(4, 4, 4, 4)
        self.maintenance_splitter = QSplitter(MaintenancePane)
        self.maintenance_splitter.setObjectName(u"maintenance_splitter")
        self.maintenance_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.maintenance_splitter.setChildrenCollapsible(False)
        self.week_container = QWidget(self.maintenance_splitter)
        self.week_container.setObjectName(u"week_container")
        self.week_layout = QVBoxLayout(self.week_container)
        self.week_layout.setObjectName(u"week_layout")
        self.week_layout.setContentsMargins(0, 0, 0, 0)
        self.week_nav_layout = QHBoxLayout()
        self.week_nav_layout.setObjectName(u"week_nav_layout")
        self.previous_week_button = QToolButton(self.week_container)
        self.previous_week_button.setObjectName(u"previous_week_button")
        self.previous_week_button.setText(u"\u25c0")

        self.week_nav_layout.addWidget(self.previous_week_button)

        self.week_label = QLabel(self.week_container)
        self.week_label.setObjectName(u"week_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.week_label.sizePolicy().hasHeightForWidth())
        self.week_label.setSizePolicy(sizePolicy)
        self.week_label.setText(u"")

        self.week_nav_layout.addWidget(self.week_label)

        self.next_week_button = QToolButton(self.week_container)
        self.next_week_button.setObjectName(u"next_week_button")
        self.next_week_button.setText(u"\u25b6")

        self.week_nav_layout.addWidget(self.next_week_button)

        self.week_nav_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.week_nav_layout.addItem(self.week_nav_spacer)

        self.this_week_button = QPushButton(self.week_container)
        self.this_week_button.setObjectName(u"this_week_button")

        self.week_nav_layout.addWidget(self.this_week_button)


        self.week_layout.addLayout(self.week_nav_layout)

        self.week_grid = WeekGrid(self.week_container)
        self.week_grid.setObjectName(u"week_grid")
        self.week_grid.setMinimumSize(QSize(260, 300))

        self.week_layout.addWidget(self.week_grid)

        self.week_legend_label = QLabel(self.week_container)
        self.week_legend_label.setObjectName(u"week_legend_label")
        self.week_legend_label.setWordWrap(True)

        self.week_layout.addWidget(self.week_legend_label)

        self.maintenance_splitter.addWidget(self.week_container)
        self.maintenance_tabs = QTabWidget(self.maintenance_splitter)
        self.maintenance_tabs.setObjectName(u"maintenance_tabs")
        self.plan_page = QWidget()
        self.plan_page.setObjectName(u"plan_page")
        self.plan_layout = QVBoxLayout(self.plan_page)
        self.plan_layout.setObjectName(u"plan_layout")
        self.plan_form = QFormLayout()
        self.plan_form.setObjectName(u"plan_form")
        self.start_label = QLabel(self.plan_page)
        self.start_label.setObjectName(u"start_label")

        self.plan_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.start_label)

        self.start_edit = QDateTimeEdit(self.plan_page)
        self.start_edit.setObjectName(u"start_edit")
        self.start_edit.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.start_edit.setCalendarPopup(True)

        self.plan_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.start_edit)

        self.duration_label = QLabel(self.plan_page)
        self.duration_label.setObjectName(u"duration_label")

        self.plan_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.duration_label)

        self.duration_edit = QLineEdit(self.plan_page)
        self.duration_edit.setObjectName(u"duration_edit")
        self.duration_edit.setText(u"2h")

        self.plan_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.duration_edit)

        self.notice_label = QLabel(self.plan_page)
        self.notice_label.setObjectName(u"notice_label")

        self.plan_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.notice_label)

        self.notice_edit = QDateTimeEdit(self.plan_page)
        self.notice_edit.setObjectName(u"notice_edit")
        self.notice_edit.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.notice_edit.setCalendarPopup(True)

        self.plan_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.notice_edit)

        self.ack_check = QCheckBox(self.plan_page)
        self.ack_check.setObjectName(u"ack_check")

        self.plan_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.ack_check)

        self.ack_edit = QDateTimeEdit(self.plan_page)
        self.ack_edit.setObjectName(u"ack_edit")
        self.ack_edit.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.ack_edit.setCalendarPopup(True)

        self.plan_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.ack_edit)

        self.channels_label = QLabel(self.plan_page)
        self.channels_label.setObjectName(u"channels_label")

        self.plan_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.channels_label)

        self.channels_list = ChannelList(self.plan_page)
        self.channels_list.setObjectName(u"channels_list")

        self.plan_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.channels_list)

        self.emergency_check = QCheckBox(self.plan_page)
        self.emergency_check.setObjectName(u"emergency_check")

        self.plan_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.emergency_check)

        self.impact_es_label = QLabel(self.plan_page)
        self.impact_es_label.setObjectName(u"impact_es_label")

        self.plan_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.impact_es_label)

        self.impact_es_edit = QLineEdit(self.plan_page)
        self.impact_es_edit.setObjectName(u"impact_es_edit")

        self.plan_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.impact_es_edit)

        self.impact_en_label = QLabel(self.plan_page)
        self.impact_en_label.setObjectName(u"impact_en_label")

        self.plan_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.impact_en_label)

        self.impact_en_edit = QLineEdit(self.plan_page)
        self.impact_en_edit.setObjectName(u"impact_en_edit")

        self.plan_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.impact_en_edit)


        self.plan_layout.addLayout(self.plan_form)

        self.zone_label = QLabel(self.plan_page)
        self.zone_label.setObjectName(u"zone_label")
        self.zone_label.setWordWrap(True)
        self.zone_label.setText(u"")

        self.plan_layout.addWidget(self.zone_label)

        self.verdict_label = QLabel(self.plan_page)
        self.verdict_label.setObjectName(u"verdict_label")
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextFormat(Qt.TextFormat.RichText)
        self.verdict_label.setText(u"")

        self.plan_layout.addWidget(self.verdict_label)

        self.plan_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.plan_layout.addItem(self.plan_spacer)

        self.plan_buttons_layout = QHBoxLayout()
        self.plan_buttons_layout.setObjectName(u"plan_buttons_layout")
        self.next_slot_button = QPushButton(self.plan_page)
        self.next_slot_button.setObjectName(u"next_slot_button")

        self.plan_buttons_layout.addWidget(self.next_slot_button)

        self.plan_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.plan_buttons_layout.addItem(self.plan_buttons_spacer)

        self.plan_button = QPushButton(self.plan_page)
        self.plan_button.setObjectName(u"plan_button")

        self.plan_buttons_layout.addWidget(self.plan_button)


        self.plan_layout.addLayout(self.plan_buttons_layout)

        self.maintenance_tabs.addTab(self.plan_page, "")
        self.planned_page = QWidget()
        self.planned_page.setObjectName(u"planned_page")
        self.planned_layout = QVBoxLayout(self.planned_page)
        self.planned_layout.setObjectName(u"planned_layout")
        self.planned_table = QTableWidget(self.planned_page)
        self.planned_table.setObjectName(u"planned_table")
        self.planned_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.planned_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.planned_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.planned_table.horizontalHeader().setStretchLastSection(True)
        self.planned_table.verticalHeader().setVisible(False)

        self.planned_layout.addWidget(self.planned_table)

        self.steps_layout = QHBoxLayout()
        self.steps_layout.setObjectName(u"steps_layout")
        self.notified_button = QPushButton(self.planned_page)
        self.notified_button.setObjectName(u"notified_button")

        self.steps_layout.addWidget(self.notified_button)

        self.acknowledged_button = QPushButton(self.planned_page)
        self.acknowledged_button.setObjectName(u"acknowledged_button")

        self.steps_layout.addWidget(self.acknowledged_button)

        self.done_button = QPushButton(self.planned_page)
        self.done_button.setObjectName(u"done_button")

        self.steps_layout.addWidget(self.done_button)

        self.cancel_button = QPushButton(self.planned_page)
        self.cancel_button.setObjectName(u"cancel_button")

        self.steps_layout.addWidget(self.cancel_button)


        self.planned_layout.addLayout(self.steps_layout)

        self.letter_options_layout = QHBoxLayout()
        self.letter_options_layout.setObjectName(u"letter_options_layout")
        self.letter_label = QLabel(self.planned_page)
        self.letter_label.setObjectName(u"letter_label")

        self.letter_options_layout.addWidget(self.letter_label)

        self.letter_lang_combo = QComboBox(self.planned_page)
        self.letter_lang_combo.setObjectName(u"letter_lang_combo")

        self.letter_options_layout.addWidget(self.letter_lang_combo)

        self.letter_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.letter_options_layout.addItem(self.letter_spacer)

        self.copy_letter_button = QPushButton(self.planned_page)
        self.copy_letter_button.setObjectName(u"copy_letter_button")

        self.letter_options_layout.addWidget(self.copy_letter_button)


        self.planned_layout.addLayout(self.letter_options_layout)

        self.letter_edit = QPlainTextEdit(self.planned_page)
        self.letter_edit.setObjectName(u"letter_edit")
        self.letter_edit.setReadOnly(True)

        self.planned_layout.addWidget(self.letter_edit)

        self.maintenance_tabs.addTab(self.planned_page, "")
        self.month_page = QWidget()
        self.month_page.setObjectName(u"month_page")
        self.month_layout = QVBoxLayout(self.month_page)
        self.month_layout.setObjectName(u"month_layout")
        self.month_form = QFormLayout()
        self.month_form.setObjectName(u"month_form")
        self.month_label = QLabel(self.month_page)
        self.month_label.setObjectName(u"month_label")

        self.month_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.month_label)

        self.month_edit = QDateEdit(self.month_page)
        self.month_edit.setObjectName(u"month_edit")
        self.month_edit.setDisplayFormat(u"yyyy-MM")

        self.month_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.month_edit)

        self.incidents_label = QLabel(self.month_page)
        self.incidents_label.setObjectName(u"incidents_label")

        self.month_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.incidents_label)

        self.incidents_layout = QHBoxLayout()
        self.incidents_layout.setObjectName(u"incidents_layout")
        self.incidents_edit = QLineEdit(self.month_page)
        self.incidents_edit.setObjectName(u"incidents_edit")

        self.incidents_layout.addWidget(self.incidents_edit)

        self.browse_incidents_button = QPushButton(self.month_page)
        self.browse_incidents_button.setObjectName(u"browse_incidents_button")

        self.incidents_layout.addWidget(self.browse_incidents_button)


        self.month_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.incidents_layout)

        self.fee_label = QLabel(self.month_page)
        self.fee_label.setObjectName(u"fee_label")

        self.month_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fee_label)

        self.fee_edit = QLineEdit(self.month_page)
        self.fee_edit.setObjectName(u"fee_edit")

        self.month_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fee_edit)


        self.month_layout.addLayout(self.month_form)

        self.month_result_label = QLabel(self.month_page)
        self.month_result_label.setObjectName(u"month_result_label")
        self.month_result_label.setWordWrap(True)
        self.month_result_label.setTextFormat(Qt.TextFormat.RichText)
        self.month_result_label.setText(u"")

        self.month_layout.addWidget(self.month_result_label)

        self.band_chart = CreditBandChart(self.month_page)
        self.band_chart.setObjectName(u"band_chart")
        self.band_chart.setMinimumSize(QSize(300, 220))

        self.month_layout.addWidget(self.band_chart)

        self.month_incidents_table = QTableWidget(self.month_page)
        self.month_incidents_table.setObjectName(u"month_incidents_table")
        self.month_incidents_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.month_incidents_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.month_incidents_table.setMaximumSize(QSize(16777215, 150))
        self.month_incidents_table.horizontalHeader().setStretchLastSection(True)
        self.month_incidents_table.verticalHeader().setVisible(False)

        self.month_layout.addWidget(self.month_incidents_table)

        self.maintenance_tabs.addTab(self.month_page, "")
        self.maintenance_splitter.addWidget(self.maintenance_tabs)

        self.maintenance_layout.addWidget(self.maintenance_splitter)

#if QT_CONFIG(shortcut)
        self.start_label.setBuddy(self.start_edit)
        self.duration_label.setBuddy(self.duration_edit)
        self.notice_label.setBuddy(self.notice_edit)
        self.channels_label.setBuddy(self.channels_list)
        self.impact_es_label.setBuddy(self.impact_es_edit)
        self.impact_en_label.setBuddy(self.impact_en_edit)
        self.letter_label.setBuddy(self.letter_lang_combo)
        self.month_label.setBuddy(self.month_edit)
        self.incidents_label.setBuddy(self.incidents_edit)
        self.fee_label.setBuddy(self.fee_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MaintenancePane)
    # setupUi

    def retranslateUi(self, MaintenancePane):
#if QT_CONFIG(tooltip)
        self.previous_week_button.setToolTip(QCoreApplication.translate("MaintenancePane", u"Previous week (Alt+Left)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.next_week_button.setToolTip(QCoreApplication.translate("MaintenancePane", u"Next week (Alt+Right)", None))
#endif // QT_CONFIG(tooltip)
        self.this_week_button.setText(QCoreApplication.translate("MaintenancePane", u"This week", None))
        self.week_legend_label.setText(QCoreApplication.translate("MaintenancePane", u"Green: allowed windows. Blue: planned maintenance; dashed: the one in the form. Red line: last moment to send its notice.", None))
        self.start_label.setText(QCoreApplication.translate("MaintenancePane", u"&Start:", None))
        self.duration_label.setText(QCoreApplication.translate("MaintenancePane", u"&Duration:", None))
        self.duration_edit.setPlaceholderText(QCoreApplication.translate("MaintenancePane", u"2h, 90m, 1h30m", None))
        self.notice_label.setText(QCoreApplication.translate("MaintenancePane", u"&Notice sent:", None))
        self.ack_check.setText(QCoreApplication.translate("MaintenancePane", u"&Acknowledged:", None))
        self.channels_label.setText(QCoreApplication.translate("MaintenancePane", u"C&hannels used, in order:", None))
#if QT_CONFIG(tooltip)
        self.channels_list.setToolTip(QCoreApplication.translate("MaintenancePane", u"Check the channels in the order they were used.", None))
#endif // QT_CONFIG(tooltip)
        self.emergency_check.setText(QCoreApplication.translate("MaintenancePane", u"&Emergency maintenance", None))
        self.impact_es_label.setText(QCoreApplication.translate("MaintenancePane", u"Impact (Spanish):", None))
        self.impact_en_label.setText(QCoreApplication.translate("MaintenancePane", u"Impact (English):", None))
        self.next_slot_button.setText(QCoreApplication.translate("MaintenancePane", u"Ne&xt allowed slot", None))
        self.plan_button.setText(QCoreApplication.translate("MaintenancePane", u"&Plan it", None))
        self.maintenance_tabs.setTabText(self.maintenance_tabs.indexOf(self.plan_page), QCoreApplication.translate("MaintenancePane", u"Plan", None))
        self.notified_button.setText(QCoreApplication.translate("MaintenancePane", u"&Notified", None))
        self.acknowledged_button.setText(QCoreApplication.translate("MaintenancePane", u"A&cknowledged", None))
        self.done_button.setText(QCoreApplication.translate("MaintenancePane", u"&Done", None))
        self.cancel_button.setText(QCoreApplication.translate("MaintenancePane", u"Cance&l it", None))
        self.letter_label.setText(QCoreApplication.translate("MaintenancePane", u"Notice letter:", None))
        self.copy_letter_button.setText(QCoreApplication.translate("MaintenancePane", u"C&opy letter", None))
#if QT_CONFIG(tooltip)
        self.copy_letter_button.setToolTip(QCoreApplication.translate("MaintenancePane", u"Copy the letter to the clipboard (Ctrl+Shift+C)", None))
#endif // QT_CONFIG(tooltip)
        self.maintenance_tabs.setTabText(self.maintenance_tabs.indexOf(self.planned_page), QCoreApplication.translate("MaintenancePane", u"Planned", None))
        self.month_label.setText(QCoreApplication.translate("MaintenancePane", u"&Month:", None))
        self.incidents_label.setText(QCoreApplication.translate("MaintenancePane", u"&Incidents (CSV):", None))
        self.browse_incidents_button.setText(QCoreApplication.translate("MaintenancePane", u"&Browse\u2026", None))
        self.fee_label.setText(QCoreApplication.translate("MaintenancePane", u"Monthly &fee:", None))
        self.fee_edit.setPlaceholderText(QCoreApplication.translate("MaintenancePane", u"optional, e.g. 12500.00", None))
        self.maintenance_tabs.setTabText(self.maintenance_tabs.indexOf(self.month_page), QCoreApplication.translate("MaintenancePane", u"Month", None))
        pass
    # retranslateUi

