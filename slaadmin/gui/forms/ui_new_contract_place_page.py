# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_contract_place_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QFormLayout, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget, QWizardPage)

class Ui_NewContractPlacePage(object):
    def setupUi(self, NewContractPlacePage):
        if not NewContractPlacePage.objectName():
            NewContractPlacePage.setObjectName(u"NewContractPlacePage")
        self.page_layout = QVBoxLayout(NewContractPlacePage)
        self.page_layout.setObjectName(u"page_layout")
        self.place_layout = QFormLayout()
        self.place_layout.setObjectName(u"place_layout")
        self.time_zone_label = QLabel(NewContractPlacePage)
        self.time_zone_label.setObjectName(u"time_zone_label")

        self.place_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.time_zone_label)

        self.time_zone_combo = QComboBox(NewContractPlacePage)
        self.time_zone_combo.setObjectName(u"time_zone_combo")
        self.time_zone_combo.setEditable(True)
        self.time_zone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.time_zone_combo.sizePolicy().hasHeightForWidth())
        self.time_zone_combo.setSizePolicy(sizePolicy)

        self.place_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.time_zone_combo)

        self.time_zone_hint_label = QLabel(NewContractPlacePage)
        self.time_zone_hint_label.setObjectName(u"time_zone_hint_label")
        self.time_zone_hint_label.setWordWrap(True)

        self.place_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.time_zone_hint_label)

        self.effective_date_check = QCheckBox(NewContractPlacePage)
        self.effective_date_check.setObjectName(u"effective_date_check")
        self.effective_date_check.setChecked(True)

        self.place_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.effective_date_check)

        self.effective_date_edit = QDateEdit(NewContractPlacePage)
        self.effective_date_edit.setObjectName(u"effective_date_edit")
        self.effective_date_edit.setCalendarPopup(True)

        self.place_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.effective_date_edit)


        self.page_layout.addLayout(self.place_layout)

        self.error_label = QLabel(NewContractPlacePage)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #c0392b;")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.page_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.time_zone_label.setBuddy(self.time_zone_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewContractPlacePage)
    # setupUi

    def retranslateUi(self, NewContractPlacePage):
        NewContractPlacePage.setTitle(QCoreApplication.translate("NewContractPlacePage", u"Time zone and date", None))
        NewContractPlacePage.setSubTitle(QCoreApplication.translate("NewContractPlacePage", u"Hours in the annex (coverage, maintenance windows) are read in this time zone.", None))
        self.time_zone_label.setText(QCoreApplication.translate("NewContractPlacePage", u"&Time zone:", None))
        self.time_zone_hint_label.setText(QCoreApplication.translate("NewContractPlacePage", u"Type part of a city, country or zone name to search.", None))
        self.effective_date_check.setText(QCoreApplication.translate("NewContractPlacePage", u"&Effective from:", None))
    # retranslateUi

