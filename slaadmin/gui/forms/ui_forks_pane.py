# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'forks_pane.ui'
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
    QPushButton, QSizePolicy, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ForksPane(object):
    def setupUi(self, ForksPane):
        if not ForksPane.objectName():
            ForksPane.setObjectName(u"ForksPane")
        ForksPane.resize(800, 300)
        self.pane_layout = QVBoxLayout(ForksPane)
        self.pane_layout.setObjectName(u"pane_layout")
        self.top_layout = QHBoxLayout()
        self.top_layout.setObjectName(u"top_layout")
        self.summary_label = QLabel(ForksPane)
        self.summary_label.setObjectName(u"summary_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.summary_label.sizePolicy().hasHeightForWidth())
        self.summary_label.setSizePolicy(sizePolicy)
        self.summary_label.setWordWrap(True)
        self.summary_label.setText(u"")

        self.top_layout.addWidget(self.summary_label)

        self.resolve_button = QPushButton(ForksPane)
        self.resolve_button.setObjectName(u"resolve_button")

        self.top_layout.addWidget(self.resolve_button)


        self.pane_layout.addLayout(self.top_layout)

        self.branches_tree = QTreeWidget(ForksPane)
        self.branches_tree.setObjectName(u"branches_tree")
        self.branches_tree.setRootIsDecorated(False)

        self.pane_layout.addWidget(self.branches_tree)


        self.retranslateUi(ForksPane)
    # setupUi

    def retranslateUi(self, ForksPane):
        self.resolve_button.setText(QCoreApplication.translate("ForksPane", u"Resolve fork\u2026", None))
        ___qtreewidgetitem = self.branches_tree.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("ForksPane", u"Client", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("ForksPane", u"Message", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ForksPane", u"Date", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ForksPane", u"Author", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ForksPane", u"Revision", None))
        pass
    # retranslateUi

