# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'editor_pane.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QTreeView,
    QVBoxLayout, QWidget)

from slaadmin.gui.pages.section_pages import SectionPages

class Ui_EditorPane(object):
    def setupUi(self, EditorPane):
        if not EditorPane.objectName():
            EditorPane.setObjectName(u"EditorPane")
        self.editor_layout = QHBoxLayout(EditorPane)
        self.editor_layout.setObjectName(u"editor_layout")
        self.navigator_layout = QVBoxLayout()
        self.navigator_layout.setObjectName(u"navigator_layout")
        self.section_list = QListWidget(EditorPane)
        self.section_list.setObjectName(u"section_list")
        self.section_list.setMaximumSize(QSize(165, 16777215))

        self.navigator_layout.addWidget(self.section_list)

        self.advanced_check = QCheckBox(EditorPane)
        self.advanced_check.setObjectName(u"advanced_check")

        self.navigator_layout.addWidget(self.advanced_check)


        self.editor_layout.addLayout(self.navigator_layout)

        self.view_stack = QStackedWidget(EditorPane)
        self.view_stack.setObjectName(u"view_stack")
        self.section_pages = SectionPages()
        self.section_pages.setObjectName(u"section_pages")
        self.view_stack.addWidget(self.section_pages)
        self.advanced_page = QWidget()
        self.advanced_page.setObjectName(u"advanced_page")
        self.fields_layout = QVBoxLayout(self.advanced_page)
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setContentsMargins(0, 0, 0, 0)
        self.fields_tree = QTreeView(self.advanced_page)
        self.fields_tree.setObjectName(u"fields_tree")
        self.fields_tree.setAlternatingRowColors(True)
        self.fields_tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)
        self.fields_tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)

        self.fields_layout.addWidget(self.fields_tree)

        self.item_buttons_layout = QHBoxLayout()
        self.item_buttons_layout.setObjectName(u"item_buttons_layout")
        self.add_item_button = QPushButton(self.advanced_page)
        self.add_item_button.setObjectName(u"add_item_button")

        self.item_buttons_layout.addWidget(self.add_item_button)

        self.remove_item_button = QPushButton(self.advanced_page)
        self.remove_item_button.setObjectName(u"remove_item_button")

        self.item_buttons_layout.addWidget(self.remove_item_button)

        self.item_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.item_buttons_layout.addItem(self.item_buttons_spacer)


        self.fields_layout.addLayout(self.item_buttons_layout)

        self.view_stack.addWidget(self.advanced_page)

        self.editor_layout.addWidget(self.view_stack)


        self.retranslateUi(EditorPane)
    # setupUi

    def retranslateUi(self, EditorPane):
        self.advanced_check.setText(QCoreApplication.translate("EditorPane", u"&Table view", None))
#if QT_CONFIG(tooltip)
        self.advanced_check.setToolTip(QCoreApplication.translate("EditorPane", u"The advanced view: every field of the section in one tree, Field | Espa\u00f1ol | English", None))
#endif // QT_CONFIG(tooltip)
        self.add_item_button.setText(QCoreApplication.translate("EditorPane", u"Add item", None))
        self.remove_item_button.setText(QCoreApplication.translate("EditorPane", u"Remove item", None))
        pass
    # retranslateUi

