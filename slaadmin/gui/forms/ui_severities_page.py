# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'severities_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QTableWidgetItem,
    QVBoxLayout, QWidget)

from slaadmin.gui.widgets.bitext_editor import BiTextEditor
from slaadmin.gui.widgets.bitext_list import BiTextList
from slaadmin.gui.widgets.bound_fields import (ChoiceCombo, FieldEdit)
from slaadmin.gui.widgets.severity_matrix import SeverityMatrix

class Ui_SeveritiesPage(object):
    def setupUi(self, SeveritiesPage):
        if not SeveritiesPage.objectName():
            SeveritiesPage.setObjectName(u"SeveritiesPage")
        self.page_layout = QVBoxLayout(SeveritiesPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(SeveritiesPage)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.NoFrame)
        self.scroll_contents = QWidget()
        self.scroll_contents.setObjectName(u"scroll_contents")
        self.contents_layout = QVBoxLayout(self.scroll_contents)
        self.contents_layout.setObjectName(u"contents_layout")
        self.matrix_group = QGroupBox(self.scroll_contents)
        self.matrix_group.setObjectName(u"matrix_group")
        self.matrix_layout = QVBoxLayout(self.matrix_group)
        self.matrix_layout.setObjectName(u"matrix_layout")
        self.severity_matrix = SeverityMatrix(self.matrix_group)
        self.severity_matrix.setObjectName(u"severity_matrix")
        self.severity_matrix.setProperty(u"pointer", u"/severities")

        self.matrix_layout.addWidget(self.severity_matrix)

        self.matrix_buttons_layout = QHBoxLayout()
        self.matrix_buttons_layout.setObjectName(u"matrix_buttons_layout")
        self.add_severity_button = QPushButton(self.matrix_group)
        self.add_severity_button.setObjectName(u"add_severity_button")

        self.matrix_buttons_layout.addWidget(self.add_severity_button)

        self.remove_severity_button = QPushButton(self.matrix_group)
        self.remove_severity_button.setObjectName(u"remove_severity_button")

        self.matrix_buttons_layout.addWidget(self.remove_severity_button)

        self.matrix_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.matrix_buttons_layout.addItem(self.matrix_buttons_spacer)


        self.matrix_layout.addLayout(self.matrix_buttons_layout)


        self.contents_layout.addWidget(self.matrix_group)

        self.severity_detail_group = QGroupBox(self.scroll_contents)
        self.severity_detail_group.setObjectName(u"severity_detail_group")
        self.severity_detail_group.setProperty(u"item_list", u"severity_matrix")
        self.severity_detail_form = QFormLayout(self.severity_detail_group)
        self.severity_detail_form.setObjectName(u"severity_detail_form")
        self.severity_detail_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.severity_detail_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.id_label = QLabel(self.severity_detail_group)
        self.id_label.setObjectName(u"id_label")

        self.severity_detail_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.id_label)

        self.id_edit = FieldEdit(self.severity_detail_group)
        self.id_edit.setObjectName(u"id_edit")
        self.id_edit.setProperty(u"pointer", u"id")

        self.severity_detail_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.id_edit)

        self.name_label = QLabel(self.severity_detail_group)
        self.name_label.setObjectName(u"name_label")
        self.name_label.setAlignment(Qt.AlignLeft|Qt.AlignTop)

        self.severity_detail_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_bitext = BiTextEditor(self.severity_detail_group)
        self.name_bitext.setObjectName(u"name_bitext")
        self.name_bitext.setProperty(u"pointer", u"name")
        self.name_bitext.setProperty(u"min_lines", 1)
        self.name_bitext.setProperty(u"max_lines", 3)

        self.severity_detail_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_bitext)

        self.definition_label = QLabel(self.severity_detail_group)
        self.definition_label.setObjectName(u"definition_label")
        self.definition_label.setAlignment(Qt.AlignLeft|Qt.AlignTop)

        self.severity_detail_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.definition_label)

        self.definition_bitext = BiTextEditor(self.severity_detail_group)
        self.definition_bitext.setObjectName(u"definition_bitext")
        self.definition_bitext.setProperty(u"pointer", u"definition")

        self.severity_detail_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.definition_bitext)

        self.workaround_label = QLabel(self.severity_detail_group)
        self.workaround_label.setObjectName(u"workaround_label")

        self.severity_detail_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.workaround_label)

        self.workaround_combo = ChoiceCombo(self.severity_detail_group)
        self.workaround_combo.setObjectName(u"workaround_combo")
        self.workaround_combo.setProperty(u"pointer", u"workaround")

        self.severity_detail_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.workaround_combo)

        self.examples_label = QLabel(self.severity_detail_group)
        self.examples_label.setObjectName(u"examples_label")
        self.examples_label.setAlignment(Qt.AlignLeft|Qt.AlignTop)

        self.severity_detail_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.examples_label)

        self.examples_texts = BiTextList(self.severity_detail_group)
        self.examples_texts.setObjectName(u"examples_texts")
        self.examples_texts.setProperty(u"pointer", u"examples")

        self.severity_detail_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.examples_texts)


        self.contents_layout.addWidget(self.severity_detail_group)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contents_layout.addItem(self.bottom_spacer)

        self.scroll_area.setWidget(self.scroll_contents)

        self.page_layout.addWidget(self.scroll_area)

#if QT_CONFIG(shortcut)
        self.id_label.setBuddy(self.id_edit)
        self.name_label.setBuddy(self.name_bitext)
        self.definition_label.setBuddy(self.definition_bitext)
        self.workaround_label.setBuddy(self.workaround_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SeveritiesPage)
    # setupUi

    def retranslateUi(self, SeveritiesPage):
        SeveritiesPage.setWindowTitle(QCoreApplication.translate("SeveritiesPage", u"Severities", None))
        self.matrix_group.setTitle(QCoreApplication.translate("SeveritiesPage", u"Severities and their targets", None))
        self.add_severity_button.setText(QCoreApplication.translate("SeveritiesPage", u"&Add severity", None))
        self.remove_severity_button.setText(QCoreApplication.translate("SeveritiesPage", u"&Remove severity", None))
        self.severity_detail_group.setTitle(QCoreApplication.translate("SeveritiesPage", u"Selected severity", None))
        self.id_label.setText(QCoreApplication.translate("SeveritiesPage", u"&Id:", None))
        self.name_label.setText(QCoreApplication.translate("SeveritiesPage", u"&Name:", None))
        self.definition_label.setText(QCoreApplication.translate("SeveritiesPage", u"&Definition:", None))
        self.workaround_label.setText(QCoreApplication.translate("SeveritiesPage", u"&Workaround:", None))
        self.examples_label.setText(QCoreApplication.translate("SeveritiesPage", u"Examples:", None))
    # retranslateUi

