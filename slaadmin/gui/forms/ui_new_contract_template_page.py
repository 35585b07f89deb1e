# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_contract_template_page.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QListWidget, QListWidgetItem,
    QSizePolicy, QVBoxLayout, QWidget, QWizardPage)

class Ui_NewContractTemplatePage(object):
    def setupUi(self, NewContractTemplatePage):
        if not NewContractTemplatePage.objectName():
            NewContractTemplatePage.setObjectName(u"NewContractTemplatePage")
        self.page_layout = QVBoxLayout(NewContractTemplatePage)
        self.page_layout.setObjectName(u"page_layout")
        self.templates_label = QLabel(NewContractTemplatePage)
        self.templates_label.setObjectName(u"templates_label")

        self.page_layout.addWidget(self.templates_label)

        self.templates_list = QListWidget(NewContractTemplatePage)
        self.templates_list.setObjectName(u"templates_list")
        self.templates_list.setWordWrap(True)

        self.page_layout.addWidget(self.templates_list)

        self.description_label = QLabel(NewContractTemplatePage)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setText(u"")
        self.description_label.setWordWrap(True)
        self.description_label.setMinimumSize(QSize(0, 48))
        self.description_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.page_layout.addWidget(self.description_label)

#if QT_CONFIG(shortcut)
        self.templates_label.setBuddy(self.templates_list)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewContractTemplatePage)
    # setupUi

    def retranslateUi(self, NewContractTemplatePage):
        NewContractTemplatePage.setTitle(QCoreApplication.translate("NewContractTemplatePage", u"Template", None))
        NewContractTemplatePage.setSubTitle(QCoreApplication.translate("NewContractTemplatePage", u"Choose the contract to start from; everything can be changed afterwards.", None))
        self.templates_label.setText(QCoreApplication.translate("NewContractTemplatePage", u"&Templates:", None))
    # retranslateUi

