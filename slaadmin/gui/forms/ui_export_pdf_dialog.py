# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_pdf_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ExportPdfDialog(object):
    def setupUi(self, ExportPdfDialog):
        if not ExportPdfDialog.objectName():
            ExportPdfDialog.setObjectName(u"ExportPdfDialog")
        ExportPdfDialog.resize(620, 400)
        self.dialog_layout = QVBoxLayout(ExportPdfDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.contract_label = QLabel(ExportPdfDialog)
        self.contract_label.setObjectName(u"contract_label")
        self.contract_label.setText(u"")
        self.contract_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.contract_label)

        self.options_layout = QFormLayout()
        self.options_layout.setObjectName(u"options_layout")
        self.lang_label = QLabel(ExportPdfDialog)
        self.lang_label.setObjectName(u"lang_label")

        self.options_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lang_label)

        self.lang_combo = QComboBox(ExportPdfDialog)
        self.lang_combo.setObjectName(u"lang_combo")

        self.options_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.lang_combo)

        self.path_label = QLabel(ExportPdfDialog)
        self.path_label.setObjectName(u"path_label")

        self.options_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.path_label)

        self.path_layout = QHBoxLayout()
        self.path_layout.setObjectName(u"path_layout")
        self.path_edit = QLineEdit(ExportPdfDialog)
        self.path_edit.setObjectName(u"path_edit")

        self.path_layout.addWidget(self.path_edit)

        self.browse_button = QPushButton(ExportPdfDialog)
        self.browse_button.setObjectName(u"browse_button")

        self.path_layout.addWidget(self.browse_button)


        self.options_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.path_layout)

        self.draft_check = QCheckBox(ExportPdfDialog)
        self.draft_check.setObjectName(u"draft_check")

        self.options_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.draft_check)


        self.dialog_layout.addLayout(self.options_layout)

        self.findings_label = QLabel(ExportPdfDialog)
        self.findings_label.setObjectName(u"findings_label")

        self.dialog_layout.addWidget(self.findings_label)

        self.findings_list = QListWidget(ExportPdfDialog)
        self.findings_list.setObjectName(u"findings_list")

        self.dialog_layout.addWidget(self.findings_list)

        self.error_label = QLabel(ExportPdfDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #c0392b;")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(ExportPdfDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.lang_label.setBuddy(self.lang_combo)
        self.path_label.setBuddy(self.path_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportPdfDialog)
    # setupUi

    def retranslateUi(self, ExportPdfDialog):
        ExportPdfDialog.setWindowTitle(QCoreApplication.translate("ExportPdfDialog", u"Export PDF", None))
        self.lang_label.setText(QCoreApplication.translate("ExportPdfDialog", u"&Language:", None))
        self.path_label.setText(QCoreApplication.translate("ExportPdfDialog", u"&File:", None))
        self.browse_button.setText(QCoreApplication.translate("ExportPdfDialog", u"&Browse\u2026", None))
        self.draft_check.setText(QCoreApplication.translate("ExportPdfDialog", u"Include the &draft mark (BORRADOR / DRAFT) on every page", None))
        self.findings_label.setText(QCoreApplication.translate("ExportPdfDialog", u"Validation errors:", None))
    # retranslateUi

