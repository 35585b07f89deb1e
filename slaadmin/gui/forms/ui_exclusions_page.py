# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exclusions_page.ui'
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
from slaadmin.gui.widgets.bound_fields import ChoiceCombo
from slaadmin.gui.widgets.item_list import ItemList

class Ui_ExclusionsPage(object):
    def setupUi(self, ExclusionsPage):
        if not ExclusionsPage.objectName():
            ExclusionsPage.setObjectName(u"ExclusionsPage")
        self.page_layout = QVBoxLayout(ExclusionsPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(ExclusionsPage)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.NoFrame)
        self.scroll_contents = QWidget()
        self.scroll_contents.setObjectName(u"scroll_contents")
        self.contents_layout = QVBoxLayout(self.scroll_contents)
        self.contents_layout.setObjectName(u"contents_layout")
        self.exclusions_group = QGroupBox(self.scroll_contents)
        self.exclusions_group.setObjectName(u"exclusions_group")
        self.exclusions_split = QHBoxLayout(self.exclusions_group)
        self.exclusions_split.setObjectName(u"exclusions_split")
        self.exclusions_items = ItemList(self.exclusions_group)
        self.exclusions_items.setObjectName(u"exclusions_items")
        self.exclusions_items.setProperty(u"pointer", u"/exclusions")
        self.exclusions_items.setMinimumSize(QSize(170, 0))

        self.exclusions_split.addWidget(self.exclusions_items)

        self.exclusions_detail = QWidget(self.exclusions_group)
        self.exclusions_detail.setObjectName(u"exclusions_detail")
        self.exclusions_detail.setProperty(u"item_list", u"exclusions_items")
        self.exclusions_detail_form = QFormLayout(self.exclusions_detail)
        self.exclusions_detail_form.setObjectName(u"exclusions_detail_form")
        self.exclusions_detail_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.exclusions_detail_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.exclusions_detail_form.setContentsMargins(0, 0, 0, 0)
        self.kind_label = QLabel(self.exclusions_detail)
        self.kind_label.setObjectName(u"kind_label")

        self.exclusions_detail_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = ChoiceCombo(self.exclusions_detail)
        self.kind_combo.setObjectName(u"kind_combo")
        self.kind_combo.setProperty(u"pointer", u"kind")

        self.exclusions_detail_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.name_label = QLabel(self.exclusions_detail)
        self.name_label.setObjectName(u"name_label")
        self.name_label.setAlignment(Qt.AlignLeft|Qt.AlignTop)

        self.exclusions_detail_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_bitext = BiTextEditor(self.exclusions_detail)
        self.name_bitext.setObjectName(u"name_bitext")
        self.name_bitext.setProperty(u"pointer", u"name")
        self.name_bitext.setProperty(u"min_lines", 2)
        self.name_bitext.setProperty(u"max_lines", 8)

        self.exclusions_detail_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_bitext)


        self.exclusions_split.addWidget(self.exclusions_detail)


        self.contents_layout.addWidget(self.exclusions_group)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contents_layout.addItem(self.bottom_spacer)

        self.scroll_area.setWidget(self.scroll_contents)

        self.page_layout.addWidget(self.scroll_area)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.name_label.setBuddy(self.name_bitext)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExclusionsPage)
    # setupUi

    def retranslateUi(self, ExclusionsPage):
        ExclusionsPage.setWindowTitle(QCoreApplication.translate("ExclusionsPage", u"Exclusions", None))
        self.exclusions_group.setTitle(QCoreApplication.translate("ExclusionsPage", u"What the service levels do not cover", None))
        self.kind_label.setText(QCoreApplication.translate("ExclusionsPage", u"&Why:", None))
        self.name_label.setText(QCoreApplication.translate("ExclusionsPage", u"&What:", None))
    # retranslateUi

