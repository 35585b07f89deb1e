# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'library_pane.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLineEdit, QPushButton, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_LibraryPane(object):
    def setupUi(self, LibraryPane):
        if not LibraryPane.objectName():
            LibraryPane.setObjectName(u"LibraryPane")
        self.library_layout = QVBoxLayout(LibraryPane)
        self.library_layout.setObjectName(u"library_layout")
        self.library_layout.setContentsMargins(0, 0, 0, 0)
        self.search_edit = QLineEdit(LibraryPane)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.library_layout.addWidget(self.search_edit)

        self.contracts_table = QTableView(LibraryPane)
        self.contracts_table.setObjectName(u"contracts_table")
        self.contracts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contracts_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.contracts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contracts_table.setAlternatingRowColors(True)
        self.contracts_table.setSortingEnabled(True)

        self.library_layout.addWidget(self.contracts_table)

        self.library_buttons_layout = QHBoxLayout()
        self.library_buttons_layout.setObjectName(u"library_buttons_layout")
        self.new_button = QPushButton(LibraryPane)
        self.new_button.setObjectName(u"new_button")

        self.library_buttons_layout.addWidget(self.new_button)

        self.duplicate_button = QPushButton(LibraryPane)
        self.duplicate_button.setObjectName(u"duplicate_button")

        self.library_buttons_layout.addWidget(self.duplicate_button)

        self.delete_button = QPushButton(LibraryPane)
        self.delete_button.setObjectName(u"delete_button")

        self.library_buttons_layout.addWidget(self.delete_button)


        self.library_layout.addLayout(self.library_buttons_layout)


        self.retranslateUi(LibraryPane)
    # setupUi

    def retranslateUi(self, LibraryPane):
        self.search_edit.setPlaceholderText(QCoreApplication.translate("LibraryPane", u"Search by id, title or client\u2026", None))
        self.new_button.setText(QCoreApplication.translate("LibraryPane", u"New\u2026", None))
        self.duplicate_button.setText(QCoreApplication.translate("LibraryPane", u"Duplicate", None))
        self.delete_button.setText(QCoreApplication.translate("LibraryPane", u"Delete", None))
        pass
    # retranslateUi

