# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signatures_panel.ui'
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
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_SignaturesPanel(object):
    def setupUi(self, SignaturesPanel):
        if not SignaturesPanel.objectName():
            SignaturesPanel.setObjectName(u"SignaturesPanel")
        self.signatures_layout = QVBoxLayout(SignaturesPanel)
        self.signatures_layout.setObjectName(u"signatures_layout")
        self.signatures_layout.setContentsMargins(4, 4, 4, 4)
        self.signatures_buttons_layout = QHBoxLayout()
        self.signatures_buttons_layout.setObjectName(u"signatures_buttons_layout")
        self.open_button = QPushButton(SignaturesPanel)
        self.open_button.setObjectName(u"open_button")

        self.signatures_buttons_layout.addWidget(self.open_button)

        self.trust_button = QPushButton(SignaturesPanel)
        self.trust_button.setObjectName(u"trust_button")

        self.signatures_buttons_layout.addWidget(self.trust_button)

        self.sign_button = QPushButton(SignaturesPanel)
        self.sign_button.setObjectName(u"sign_button")

        self.signatures_buttons_layout.addWidget(self.sign_button)

        self.path_label = QLabel(SignaturesPanel)
        self.path_label.setObjectName(u"path_label")
        self.path_label.setText(u"")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.signatures_buttons_layout.addWidget(self.path_label)

        self.signatures_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.signatures_buttons_layout.addItem(self.signatures_spacer)


        self.signatures_layout.addLayout(self.signatures_buttons_layout)

        self.signatures_table = QTableWidget(SignaturesPanel)
        self.signatures_table.setObjectName(u"signatures_table")
        self.signatures_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.signatures_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.signatures_table.setWordWrap(False)
        self.signatures_table.horizontalHeader().setStretchLastSection(True)
        self.signatures_table.verticalHeader().setVisible(False)

        self.signatures_layout.addWidget(self.signatures_table)

        self.details_label = QLabel(SignaturesPanel)
        self.details_label.setObjectName(u"details_label")
        self.details_label.setText(u"")
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.signatures_layout.addWidget(self.details_label)

        self.verdict_label = QLabel(SignaturesPanel)
        self.verdict_label.setObjectName(u"verdict_label")
        self.verdict_label.setText(u"")
        self.verdict_label.setWordWrap(True)

        self.signatures_layout.addWidget(self.verdict_label)


        self.retranslateUi(SignaturesPanel)
    # setupUi

    def retranslateUi(self, SignaturesPanel):
        self.open_button.setText(QCoreApplication.translate("SignaturesPanel", u"&Open PDF\u2026", None))
        self.trust_button.setText(QCoreApplication.translate("SignaturesPanel", u"&Trust certificate\u2026", None))
        self.sign_button.setText(QCoreApplication.translate("SignaturesPanel", u"&Sign this PDF\u2026", None))
        pass
    # retranslateUi

