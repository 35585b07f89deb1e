# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'clauses_page.ui'
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
from slaadmin.gui.widgets.bound_fields import FieldEdit
from slaadmin.gui.widgets.item_list import ItemList

class Ui_ClausesPage(object):
    def setupUi(self, ClausesPage):
        if not ClausesPage.objectName():
            ClausesPage.setObjectName(u"ClausesPage")
        self.page_layout = QVBoxLayout(ClausesPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(ClausesPage)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.NoFrame)
        self.scroll_contents = QWidget()
        self.scroll_contents.setObjectName(u"scroll_contents")
        self.contents_layout = QVBoxLayout(self.scroll_contents)
        self.contents_layout.setObjectName(u"contents_layout")
        self.clauses_group = QGroupBox(self.scroll_contents)
        self.clauses_group.setObjectName(u"clauses_group")
        self.clauses_split = QHBoxLayout(self.clauses_group)
        self.clauses_split.setObjectName(u"clauses_split")
        self.clauses_items = ItemList(self.clauses_group)
        self.clauses_items.setObjectName(u"clauses_items")
        self.clauses_items.setProperty(u"pointer", u"/clauses")
        self.clauses_items.setMinimumSize(QSize(170, 0))
        self.clauses_items.setProperty(u"id_prefix", u"clause")

        self.clauses_split.addWidget(self.clauses_items)

        self.clauses_detail = QWidget(self.clauses_group)
        self.clauses_detail.setObjectName(u"clauses_detail")
        self.clauses_detail.setProperty(u"item_list", u"clauses_items")
        self.clauses_detail_form = QFormLayout(self.clauses_detail)
        self.clauses_detail_form.setObjectName(u"clauses_detail_form")
        self.clauses_detail_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.clauses_detail_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.clauses_detail_form.setContentsMargins(0, 0, 0, 0)
        self.heading_label = QLabel(self.clauses_detail)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setAlignment(Qt.AlignLeft|Qt.AlignTop)

        self.clauses_detail_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.heading_label)

        self.heading_bitext = BiTextEditor(self.clauses_detail)
        self.heading_bitext.setObjectName(u"heading_bitext")
        self.heading_bitext.setProperty(u"pointer", u"heading")
        self.heading_bitext.setProperty(u"min_lines", 1)
        self.heading_bitext.setProperty(u"max_lines", 3)

        self.clauses_detail_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.heading_bitext)

        self.body_label = QLabel(self.clauses_detail)
        self.body_label.setObjectName(u"body_label")
        self.body_label.setAlignment(Qt.AlignLeft|Qt.AlignTop)

        self.clauses_detail_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.body_label)

        self.body_bitext = BiTextEditor(self.clauses_detail)
        self.body_bitext.setObjectName(u"body_bitext")
        self.body_bitext.setProperty(u"pointer", u"body")
        self.body_bitext.setProperty(u"min_lines", 6)
        self.body_bitext.setProperty(u"max_lines", 30)

        self.clauses_detail_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.body_bitext)

        self.id_label = QLabel(self.clauses_detail)
        self.id_label.setObjectName(u"id_label")

        self.clauses_detail_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.id_label)

        self.id_edit = FieldEdit(self.clauses_detail)
        self.id_edit.setObjectName(u"id_edit")
        self.id_edit.setProperty(u"pointer", u"id")

        self.clauses_detail_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.id_edit)


        self.clauses_split.addWidget(self.clauses_detail)


        self.contents_layout.addWidget(self.clauses_group)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contents_layout.addItem(self.bottom_spacer)

        self.scroll_area.setWidget(self.scroll_contents)

        self.page_layout.addWidget(self.scroll_area)

#if QT_CONFIG(shortcut)
        self.heading_label.setBuddy(self.heading_bitext)
        self.body_label.setBuddy(self.body_bitext)
        self.id_label.setBuddy(self.id_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ClausesPage)
    # setupUi

    def retranslateUi(self, ClausesPage):
        ClausesPage.setWindowTitle(QCoreApplication.translate("ClausesPage", u"Clauses", None))
        self.clauses_group.setTitle(QCoreApplication.translate("ClausesPage", u"Clauses", None))
        self.heading_label.setText(QCoreApplication.translate("ClausesPage", u"&Heading:", None))
        self.body_label.setText(QCoreApplication.translate("ClausesPage", u"&Wording:", None))
        self.id_label.setText(QCoreApplication.translate("ClausesPage", u"&Id:", None))
    # retranslateUi

