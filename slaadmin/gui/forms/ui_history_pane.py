# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'history_pane.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableWidget,
    QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget)

class Ui_HistoryPane(object):
    def setupUi(self, HistoryPane):
        if not HistoryPane.objectName():
            HistoryPane.setObjectName(u"HistoryPane")
        HistoryPane.resize(800, 600)
        self.main_layout = QVBoxLayout(HistoryPane)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(4, 4, 4, 4)
        self.main_splitter = QSplitter(HistoryPane)
        self.main_splitter.setObjectName(u"main_splitter")
        self.main_splitter.setOrientation(Qt.Vertical)
        self.revisions_box = QWidget(self.main_splitter)
        self.revisions_box.setObjectName(u"revisions_box")
        self.revisions_layout = QVBoxLayout(self.revisions_box)
        self.revisions_layout.setObjectName(u"revisions_layout")
        self.revisions_layout.setContentsMargins(0, 0, 0, 0)
        self.revisions_table = QTableWidget(self.revisions_box)
        self.revisions_table.setObjectName(u"revisions_table")
        self.revisions_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.revisions_table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.revisions_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.revisions_table.setAlternatingRowColors(True)
        self.revisions_table.setWordWrap(False)
        self.revisions_table.horizontalHeader().setStretchLastSection(False)
        self.revisions_table.verticalHeader().setVisible(False)

        self.revisions_layout.addWidget(self.revisions_table)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.since_signed_button = QPushButton(self.revisions_box)
        self.since_signed_button.setObjectName(u"since_signed_button")

        self.actions_layout.addWidget(self.since_signed_button)

        self.redline_lang_combo = QComboBox(self.revisions_box)
        self.redline_lang_combo.setObjectName(u"redline_lang_combo")

        self.actions_layout.addWidget(self.redline_lang_combo)

        self.export_button = QPushButton(self.revisions_box)
        self.export_button.setObjectName(u"export_button")

        self.actions_layout.addWidget(self.export_button)

        self.actions_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)


        self.revisions_layout.addLayout(self.actions_layout)

        self.workflow_layout = QHBoxLayout()
        self.workflow_layout.setObjectName(u"workflow_layout")
        self.comment_edit = QLineEdit(self.revisions_box)
        self.comment_edit.setObjectName(u"comment_edit")

        self.workflow_layout.addWidget(self.comment_edit)

        self.submit_button = QPushButton(self.revisions_box)
        self.submit_button.setObjectName(u"submit_button")

        self.workflow_layout.addWidget(self.submit_button)

        self.approve_button = QPushButton(self.revisions_box)
        self.approve_button.setObjectName(u"approve_button")

        self.workflow_layout.addWidget(self.approve_button)

        self.reject_button = QPushButton(self.revisions_box)
        self.reject_button.setObjectName(u"reject_button")

        self.workflow_layout.addWidget(self.reject_button)

        self.mark_signed_button = QPushButton(self.revisions_box)
        self.mark_signed_button.setObjectName(u"mark_signed_button")

        self.workflow_layout.addWidget(self.mark_signed_button)


        self.revisions_layout.addLayout(self.workflow_layout)

        self.compare_label = QLabel(self.revisions_box)
        self.compare_label.setObjectName(u"compare_label")
        self.compare_label.setWordWrap(True)

        self.revisions_layout.addWidget(self.compare_label)

        self.main_splitter.addWidget(self.revisions_box)
        self.changes_browser = QTextBrowser(self.main_splitter)
        self.changes_browser.setObjectName(u"changes_browser")
        self.changes_browser.setOpenLinks(False)
        self.main_splitter.addWidget(self.changes_browser)
        self.redline_splitter = QSplitter(self.main_splitter)
        self.redline_splitter.setObjectName(u"redline_splitter")
        self.redline_splitter.setOrientation(Qt.Horizontal)
        self.redline_es_browser = QTextBrowser(self.redline_splitter)
        self.redline_es_browser.setObjectName(u"redline_es_browser")
        self.redline_es_browser.setOpenLinks(False)
        self.redline_splitter.addWidget(self.redline_es_browser)
        self.redline_en_browser = QTextBrowser(self.redline_splitter)
        self.redline_en_browser.setObjectName(u"redline_en_browser")
        self.redline_en_browser.setOpenLinks(False)
        self.redline_splitter.addWidget(self.redline_en_browser)
        self.main_splitter.addWidget(self.redline_splitter)

        self.main_layout.addWidget(self.main_splitter)


        self.retranslateUi(HistoryPane)
    # setupUi

    def retranslateUi(self, HistoryPane):
        self.since_signed_button.setText(QCoreApplication.translate("HistoryPane", u"Changes since &signed", None))
        self.export_button.setText(QCoreApplication.translate("HistoryPane", u"E&xport redline\u2026", None))
        self.comment_edit.setPlaceholderText(QCoreApplication.translate("HistoryPane", u"Comment for the review step", None))
        self.submit_button.setText(QCoreApplication.translate("HistoryPane", u"Su&bmit for review", None))
        self.approve_button.setText(QCoreApplication.translate("HistoryPane", u"&Approve", None))
        self.reject_button.setText(QCoreApplication.translate("HistoryPane", u"Re&ject\u2026", None))
        self.mark_signed_button.setText(QCoreApplication.translate("HistoryPane", u"&Mark signed\u2026", None))
        pass
    # retranslateUi

