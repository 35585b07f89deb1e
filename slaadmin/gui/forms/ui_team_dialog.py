# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'team_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_TeamDialog(object):
    def setupUi(self, TeamDialog):
        if not TeamDialog.objectName():
            TeamDialog.setObjectName(u"TeamDialog")
        TeamDialog.resize(580, 220)
        self.dialog_layout = QVBoxLayout(TeamDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(TeamDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.url_label = QLabel(TeamDialog)
        self.url_label.setObjectName(u"url_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.url_label)

        self.url_edit = QLineEdit(TeamDialog)
        self.url_edit.setObjectName(u"url_edit")
        self.url_edit.setPlaceholderText(u"postgresql://ana@host/slaadmin")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.url_edit)


        self.dialog_layout.addLayout(self.fields_layout)

        self.error_label = QLabel(TeamDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #c0392b;")
        self.error_label.setWordWrap(True)
        self.error_label.setText(u"")

        self.dialog_layout.addWidget(self.error_label)

        self.dialog_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.dialog_spacer)

        self.button_box = QDialogButtonBox(TeamDialog)
        self.button_box.setObjectName(u"button_box")

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.url_label.setBuddy(self.url_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TeamDialog)
    # setupUi

    def retranslateUi(self, TeamDialog):
        TeamDialog.setWindowTitle(QCoreApplication.translate("TeamDialog", u"Team server", None))
        self.intro_label.setText(QCoreApplication.translate("TeamDialog", u"This library syncs its revisions, review steps and planned maintenances with the team's PostgreSQL server. Give the address without a password: slaadmin never stores one, libpq reads it from ~/.pgpass or a service file.", None))
        self.url_label.setText(QCoreApplication.translate("TeamDialog", u"&Server:", None))
    # retranslateUi

