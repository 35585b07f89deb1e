# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'preview_pane.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QSizePolicy, QSpacerItem, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_PreviewPane(object):
    def setupUi(self, PreviewPane):
        if not PreviewPane.objectName():
            PreviewPane.setObjectName(u"PreviewPane")
        self.preview_layout = QVBoxLayout(PreviewPane)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_options_layout = QHBoxLayout()
        self.preview_options_layout.setObjectName(u"preview_options_layout")
        self.preview_lang_label = QLabel(PreviewPane)
        self.preview_lang_label.setObjectName(u"preview_lang_label")

        self.preview_options_layout.addWidget(self.preview_lang_label)

        self.preview_lang_combo = QComboBox(PreviewPane)
        self.preview_lang_combo.setObjectName(u"preview_lang_combo")

        self.preview_options_layout.addWidget(self.preview_lang_combo)

        self.preview_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.preview_options_layout.addItem(self.preview_spacer)


        self.preview_layout.addLayout(self.preview_options_layout)

        self.preview_browser = QTextBrowser(PreviewPane)
        self.preview_browser.setObjectName(u"preview_browser")

        self.preview_layout.addWidget(self.preview_browser)

#if QT_CONFIG(shortcut)
        self.preview_lang_label.setBuddy(self.preview_lang_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PreviewPane)
    # setupUi

    def retranslateUi(self, PreviewPane):
        self.preview_lang_label.setText(QCoreApplication.translate("PreviewPane", u"Show:", None))
        pass
    # retranslateUi

