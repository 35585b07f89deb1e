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
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QSizePolicy, QSpacerItem, QStackedWidget, QToolButton,
    QVBoxLayout, QWidget)

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

        self.preview_status_label = QLabel(PreviewPane)
        self.preview_status_label.setObjectName(u"preview_status_label")

        self.preview_options_layout.addWidget(self.preview_status_label)

        self.preview_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.preview_options_layout.addItem(self.preview_spacer)

        self.zoom_out_button = QToolButton(PreviewPane)
        self.zoom_out_button.setObjectName(u"zoom_out_button")
        self.zoom_out_button.setText(u"\u2212")

        self.preview_options_layout.addWidget(self.zoom_out_button)

        self.fit_width_button = QToolButton(PreviewPane)
        self.fit_width_button.setObjectName(u"fit_width_button")
        self.fit_width_button.setCheckable(True)
        self.fit_width_button.setChecked(True)

        self.preview_options_layout.addWidget(self.fit_width_button)

        self.zoom_in_button = QToolButton(PreviewPane)
        self.zoom_in_button.setObjectName(u"zoom_in_button")
        self.zoom_in_button.setText(u"+")

        self.preview_options_layout.addWidget(self.zoom_in_button)


        self.preview_layout.addLayout(self.preview_options_layout)

        self.preview_stack = QStackedWidget(PreviewPane)
        self.preview_stack.setObjectName(u"preview_stack")
        self.preview_message_label = QLabel()
        self.preview_message_label.setObjectName(u"preview_message_label")
        self.preview_message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_message_label.setWordWrap(True)
        self.preview_message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_stack.addWidget(self.preview_message_label)
        self.preview_pdf_view = QPdfView()
        self.preview_pdf_view.setObjectName(u"preview_pdf_view")
        self.preview_stack.addWidget(self.preview_pdf_view)

        self.preview_layout.addWidget(self.preview_stack)

#if QT_CONFIG(shortcut)
        self.preview_lang_label.setBuddy(self.preview_lang_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PreviewPane)
    # setupUi

    def retranslateUi(self, PreviewPane):
        self.preview_lang_label.setText(QCoreApplication.translate("PreviewPane", u"Show:", None))
        self.preview_status_label.setText("")
#if QT_CONFIG(tooltip)
        self.zoom_out_button.setToolTip(QCoreApplication.translate("PreviewPane", u"Zoom out", None))
#endif // QT_CONFIG(tooltip)
        self.fit_width_button.setText(QCoreApplication.translate("PreviewPane", u"Fit width", None))
#if QT_CONFIG(tooltip)
        self.zoom_in_button.setToolTip(QCoreApplication.translate("PreviewPane", u"Zoom in", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

