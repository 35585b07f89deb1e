# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'findings_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_FindingsPanel(object):
    def setupUi(self, FindingsPanel):
        if not FindingsPanel.objectName():
            FindingsPanel.setObjectName(u"FindingsPanel")
        self.findings_layout = QVBoxLayout(FindingsPanel)
        self.findings_layout.setObjectName(u"findings_layout")
        self.findings_layout.setContentsMargins(2, 2, 2, 2)
        self.findings_tree = QTreeWidget(FindingsPanel)
        __qtreewidgetitem = QTreeWidgetItem()
        __qtreewidgetitem.setText(0, u"1")
        self.findings_tree.setHeaderItem(__qtreewidgetitem)
        self.findings_tree.setObjectName(u"findings_tree")
        self.findings_tree.setRootIsDecorated(True)
        self.findings_tree.setUniformRowHeights(False)
        self.findings_tree.setWordWrap(True)
        self.findings_tree.setHeaderHidden(True)

        self.findings_layout.addWidget(self.findings_tree)

        self.fix_preview_label = QLabel(FindingsPanel)
        self.fix_preview_label.setObjectName(u"fix_preview_label")
        self.fix_preview_label.setText(u"")
        self.fix_preview_label.setWordWrap(True)
        self.fix_preview_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.findings_layout.addWidget(self.fix_preview_label)

        self.findings_buttons_layout = QHBoxLayout()
        self.findings_buttons_layout.setObjectName(u"findings_buttons_layout")
        self.findings_summary_label = QLabel(FindingsPanel)
        self.findings_summary_label.setObjectName(u"findings_summary_label")
        self.findings_summary_label.setText(u"")

        self.findings_buttons_layout.addWidget(self.findings_summary_label)

        self.findings_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.findings_buttons_layout.addItem(self.findings_spacer)

        self.apply_fix_button = QPushButton(FindingsPanel)
        self.apply_fix_button.setObjectName(u"apply_fix_button")

        self.findings_buttons_layout.addWidget(self.apply_fix_button)


        self.findings_layout.addLayout(self.findings_buttons_layout)


        self.retranslateUi(FindingsPanel)
    # setupUi

    def retranslateUi(self, FindingsPanel):
        self.apply_fix_button.setText(QCoreApplication.translate("FindingsPanel", u"Apply quick fix", None))
        pass
    # retranslateUi

