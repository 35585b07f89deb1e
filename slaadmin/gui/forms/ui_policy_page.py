# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'policy_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PolicyPage(object):
    def setupUi(self, PolicyPage):
        if not PolicyPage.objectName():
            PolicyPage.setObjectName(u"PolicyPage")
        self.policy_layout = QVBoxLayout(PolicyPage)
        self.policy_layout.setObjectName(u"policy_layout")
        self.policy_intro_label = QLabel(PolicyPage)
        self.policy_intro_label.setObjectName(u"policy_intro_label")
        self.policy_intro_label.setWordWrap(True)

        self.policy_layout.addWidget(self.policy_intro_label)

        self.policy_form = QFormLayout()
        self.policy_form.setObjectName(u"policy_form")
        self.min_notice_label = QLabel(PolicyPage)
        self.min_notice_label.setObjectName(u"min_notice_label")

        self.policy_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.min_notice_label)

        self.min_notice_edit = QLineEdit(PolicyPage)
        self.min_notice_edit.setObjectName(u"min_notice_edit")

        self.policy_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.min_notice_edit)

        self.min_availability_label = QLabel(PolicyPage)
        self.min_availability_label.setObjectName(u"min_availability_label")

        self.policy_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.min_availability_label)

        self.min_availability_edit = QLineEdit(PolicyPage)
        self.min_availability_edit.setObjectName(u"min_availability_edit")

        self.policy_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.min_availability_edit)

        self.max_credit_label = QLabel(PolicyPage)
        self.max_credit_label.setObjectName(u"max_credit_label")

        self.policy_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.max_credit_label)

        self.max_credit_edit = QLineEdit(PolicyPage)
        self.max_credit_edit.setObjectName(u"max_credit_edit")

        self.policy_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.max_credit_edit)

        self.max_cap_label = QLabel(PolicyPage)
        self.max_cap_label.setObjectName(u"max_cap_label")

        self.policy_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.max_cap_label)

        self.max_cap_edit = QLineEdit(PolicyPage)
        self.max_cap_edit.setObjectName(u"max_cap_edit")

        self.policy_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.max_cap_edit)


        self.policy_layout.addLayout(self.policy_form)

        self.policy_problem_label = QLabel(PolicyPage)
        self.policy_problem_label.setObjectName(u"policy_problem_label")
        self.policy_problem_label.setWordWrap(True)
        self.policy_problem_label.setStyleSheet(u"color: #b00020;")
        self.policy_problem_label.setText(u"")

        self.policy_layout.addWidget(self.policy_problem_label)

        self.policy_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.policy_layout.addItem(self.policy_spacer)

#if QT_CONFIG(shortcut)
        self.min_notice_label.setBuddy(self.min_notice_edit)
        self.min_availability_label.setBuddy(self.min_availability_edit)
        self.max_credit_label.setBuddy(self.max_credit_edit)
        self.max_cap_label.setBuddy(self.max_cap_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PolicyPage)
    # setupUi

    def retranslateUi(self, PolicyPage):
        self.policy_intro_label.setText(QCoreApplication.translate("PolicyPage", u"The organisation's own minimums, kept in the library for everyone who opens it. Validation warns when a contract goes below them; leave a field empty for no minimum.", None))
        self.min_notice_label.setText(QCoreApplication.translate("PolicyPage", u"Minimum &notice (hours):", None))
        self.min_availability_label.setText(QCoreApplication.translate("PolicyPage", u"Minimum &availability offered (%):", None))
        self.max_credit_label.setText(QCoreApplication.translate("PolicyPage", u"Maximum &credit per band (%):", None))
        self.max_cap_label.setText(QCoreApplication.translate("PolicyPage", u"Maximum ca&p (%):", None))
        pass
    # retranslateUi

