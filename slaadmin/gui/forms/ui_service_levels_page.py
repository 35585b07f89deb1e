# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'service_levels_page.ui'
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
    QHBoxLayout, QLabel, QScrollArea, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from slaadmin.gui.widgets.bitext_editor import BiTextEditor
from slaadmin.gui.widgets.bound_fields import (ChoiceCombo, FieldEdit)
from slaadmin.gui.widgets.item_list import ItemList
from slaadmin.gui.widgets.target_editor import TargetEditor

class Ui_ServiceLevelsPage(object):
    def setupUi(self, ServiceLevelsPage):
        if not ServiceLevelsPage.objectName():
            ServiceLevelsPage.setObjectName(u"ServiceLevelsPage")
        self.page_layout = QVBoxLayout(ServiceLevelsPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(ServiceLevelsPage)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.NoFrame)
        self.scroll_contents = QWidget()
        self.scroll_contents.setObjectName(u"scroll_contents")
        self.contents_layout = QVBoxLayout(self.scroll_contents)
        self.contents_layout.setObjectName(u"contents_layout")
        self.service_levels_group = QGroupBox(self.scroll_contents)
        self.service_levels_group.setObjectName(u"service_levels_group")
        self.service_levels_split = QHBoxLayout(self.service_levels_group)
        self.service_levels_split.setObjectName(u"service_levels_split")
        self.service_levels_items = ItemList(self.service_levels_group)
        self.service_levels_items.setObjectName(u"service_levels_items")
        self.service_levels_items.setProperty(u"pointer", u"/service_levels")
        self.service_levels_items.setMinimumSize(QSize(170, 0))
        self.service_levels_items.setProperty(u"id_prefix", u"sl")

        self.service_levels_split.addWidget(self.service_levels_items)

        self.service_levels_detail = QWidget(self.service_levels_group)
        self.service_levels_detail.setObjectName(u"service_levels_detail")
        self.service_levels_detail.setProperty(u"item_list", u"service_levels_items")
        self.service_levels_detail_form = QFormLayout(self.service_levels_detail)
        self.service_levels_detail_form.setObjectName(u"service_levels_detail_form")
        self.service_levels_detail_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.service_levels_detail_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.service_levels_detail_form.setContentsMargins(0, 0, 0, 0)
        self.name_label = QLabel(self.service_levels_detail)
        self.name_label.setObjectName(u"name_label")
        self.name_label.setAlignment(Qt.AlignLeft|Qt.AlignTop)

        self.service_levels_detail_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_bitext = BiTextEditor(self.service_levels_detail)
        self.name_bitext.setObjectName(u"name_bitext")
        self.name_bitext.setProperty(u"pointer", u"name")
        self.name_bitext.setProperty(u"min_lines", 1)
        self.name_bitext.setProperty(u"max_lines", 4)

        self.service_levels_detail_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_bitext)

        self.kind_label = QLabel(self.service_levels_detail)
        self.kind_label.setObjectName(u"kind_label")

        self.service_levels_detail_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = ChoiceCombo(self.service_levels_detail)
        self.kind_combo.setObjectName(u"kind_combo")
        self.kind_combo.setProperty(u"pointer", u"kind")

        self.service_levels_detail_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.target_target_label = QLabel(self.service_levels_detail)
        self.target_target_label.setObjectName(u"target_target_label")

        self.service_levels_detail_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.target_target_label)

        self.target_target_editor = TargetEditor(self.service_levels_detail)
        self.target_target_editor.setObjectName(u"target_target_editor")
        self.target_target_editor.setProperty(u"pointer", u"target")

        self.service_levels_detail_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.target_target_editor)

        self.severity_label = QLabel(self.service_levels_detail)
        self.severity_label.setObjectName(u"severity_label")

        self.service_levels_detail_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.severity_label)

        self.severity_combo = ChoiceCombo(self.service_levels_detail)
        self.severity_combo.setObjectName(u"severity_combo")
        self.severity_combo.setProperty(u"pointer", u"severity")
        self.severity_combo.setProperty(u"source", u"/severities")

        self.service_levels_detail_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.severity_combo)

        self.coverage_label = QLabel(self.service_levels_detail)
        self.coverage_label.setObjectName(u"coverage_label")

        self.service_levels_detail_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.coverage_label)

        self.coverage_combo = ChoiceCombo(self.service_levels_detail)
        self.coverage_combo.setObjectName(u"coverage_combo")
        self.coverage_combo.setProperty(u"pointer", u"coverage")
        self.coverage_combo.setProperty(u"source", u"/coverage")

        self.service_levels_detail_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.coverage_combo)

        self.formula_label = QLabel(self.service_levels_detail)
        self.formula_label.setObjectName(u"formula_label")

        self.service_levels_detail_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.formula_label)

        self.formula_combo = ChoiceCombo(self.service_levels_detail)
        self.formula_combo.setObjectName(u"formula_combo")
        self.formula_combo.setProperty(u"pointer", u"formula")

        self.service_levels_detail_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.formula_combo)

        self.method_label = QLabel(self.service_levels_detail)
        self.method_label.setObjectName(u"method_label")
        self.method_label.setAlignment(Qt.AlignLeft|Qt.AlignTop)

        self.service_levels_detail_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.method_label)

        self.method_bitext = BiTextEditor(self.service_levels_detail)
        self.method_bitext.setObjectName(u"method_bitext")
        self.method_bitext.setProperty(u"pointer", u"method")

        self.service_levels_detail_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.method_bitext)

        self.condition_label = QLabel(self.service_levels_detail)
        self.condition_label.setObjectName(u"condition_label")
        self.condition_label.setAlignment(Qt.AlignLeft|Qt.AlignTop)

        self.service_levels_detail_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.condition_label)

        self.condition_bitext = BiTextEditor(self.service_levels_detail)
        self.condition_bitext.setObjectName(u"condition_bitext")
        self.condition_bitext.setProperty(u"pointer", u"condition")

        self.service_levels_detail_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.condition_bitext)

        self.id_label = QLabel(self.service_levels_detail)
        self.id_label.setObjectName(u"id_label")

        self.service_levels_detail_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.id_label)

        self.id_edit = FieldEdit(self.service_levels_detail)
        self.id_edit.setObjectName(u"id_edit")
        self.id_edit.setProperty(u"pointer", u"id")

        self.service_levels_detail_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.id_edit)


        self.service_levels_split.addWidget(self.service_levels_detail)


        self.contents_layout.addWidget(self.service_levels_group)

        self.platform_targets_group = QGroupBox(self.scroll_contents)
        self.platform_targets_group.setObjectName(u"platform_targets_group")
        self.platform_targets_split = QHBoxLayout(self.platform_targets_group)
        self.platform_targets_split.setObjectName(u"platform_targets_split")
        self.platform_targets_items = ItemList(self.platform_targets_group)
        self.platform_targets_items.setObjectName(u"platform_targets_items")
        self.platform_targets_items.setProperty(u"pointer", u"/platform_targets")
        self.platform_targets_items.setMinimumSize(QSize(170, 0))
        self.platform_targets_items.setProperty(u"id_prefix", u"pt")

        self.platform_targets_split.addWidget(self.platform_targets_items)

        self.platform_targets_detail = QWidget(self.platform_targets_group)
        self.platform_targets_detail.setObjectName(u"platform_targets_detail")
        self.platform_targets_detail.setProperty(u"item_list", u"platform_targets_items")
        self.platform_targets_detail_form = QFormLayout(self.platform_targets_detail)
        self.platform_targets_detail_form.setObjectName(u"platform_targets_detail_form")
        self.platform_targets_detail_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.platform_targets_detail_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.platform_targets_detail_form.setContentsMargins(0, 0, 0, 0)
        self.description_label = QLabel(self.platform_targets_detail)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setAlignment(Qt.AlignLeft|Qt.AlignTop)

        self.platform_targets_detail_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description_bitext = BiTextEditor(self.platform_targets_detail)
        self.description_bitext.setObjectName(u"description_bitext")
        self.description_bitext.setProperty(u"pointer", u"description")

        self.platform_targets_detail_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.description_bitext)

        self.target_target_editor_label = QLabel(self.platform_targets_detail)
        self.target_target_editor_label.setObjectName(u"target_target_editor_label")

        self.platform_targets_detail_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.target_target_editor_label)

        self.target_target_editor_2 = TargetEditor(self.platform_targets_detail)
        self.target_target_editor_2.setObjectName(u"target_target_editor_2")
        self.target_target_editor_2.setProperty(u"pointer", u"target")

        self.platform_targets_detail_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.target_target_editor_2)

        self.id_edit_label = QLabel(self.platform_targets_detail)
        self.id_edit_label.setObjectName(u"id_edit_label")

        self.platform_targets_detail_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.id_edit_label)

        self.id_edit_2 = FieldEdit(self.platform_targets_detail)
        self.id_edit_2.setObjectName(u"id_edit_2")
        self.id_edit_2.setProperty(u"pointer", u"id")

        self.platform_targets_detail_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.id_edit_2)


        self.platform_targets_split.addWidget(self.platform_targets_detail)


        self.contents_layout.addWidget(self.platform_targets_group)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contents_layout.addItem(self.bottom_spacer)

        self.scroll_area.setWidget(self.scroll_contents)

        self.page_layout.addWidget(self.scroll_area)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_bitext)
        self.kind_label.setBuddy(self.kind_combo)
        self.target_target_label.setBuddy(self.target_target_editor)
        self.severity_label.setBuddy(self.severity_combo)
        self.coverage_label.setBuddy(self.coverage_combo)
        self.formula_label.setBuddy(self.formula_combo)
        self.method_label.setBuddy(self.method_bitext)
        self.condition_label.setBuddy(self.condition_bitext)
        self.id_label.setBuddy(self.id_edit)
        self.description_label.setBuddy(self.description_bitext)
        self.target_target_editor_label.setBuddy(self.target_target_editor_2)
        self.id_edit_label.setBuddy(self.id_edit_2)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ServiceLevelsPage)
    # setupUi

    def retranslateUi(self, ServiceLevelsPage):
        ServiceLevelsPage.setWindowTitle(QCoreApplication.translate("ServiceLevelsPage", u"Service levels", None))
        self.service_levels_group.setTitle(QCoreApplication.translate("ServiceLevelsPage", u"Service levels", None))
        self.name_label.setText(QCoreApplication.translate("ServiceLevelsPage", u"&Name:", None))
        self.kind_label.setText(QCoreApplication.translate("ServiceLevelsPage", u"&Measures:", None))
        self.target_target_label.setText(QCoreApplication.translate("ServiceLevelsPage", u"&Target:", None))
        self.severity_label.setText(QCoreApplication.translate("ServiceLevelsPage", u"For &severity:", None))
        self.coverage_label.setText(QCoreApplication.translate("ServiceLevelsPage", u"Business time &follows:", None))
        self.formula_label.setText(QCoreApplication.translate("ServiceLevelsPage", u"&Formula:", None))
        self.method_label.setText(QCoreApplication.translate("ServiceLevelsPage", u"How it is &measured:", None))
        self.condition_label.setText(QCoreApplication.translate("ServiceLevelsPage", u"When the clock &starts:", None))
        self.id_label.setText(QCoreApplication.translate("ServiceLevelsPage", u"&Id:", None))
        self.platform_targets_group.setTitle(QCoreApplication.translate("ServiceLevelsPage", u"Targets for platform incidents", None))
        self.description_label.setText(QCoreApplication.translate("ServiceLevelsPage", u"&Incident:", None))
        self.target_target_editor_label.setText(QCoreApplication.translate("ServiceLevelsPage", u"Resolved &within:", None))
        self.id_edit_label.setText(QCoreApplication.translate("ServiceLevelsPage", u"I&d:", None))
    # retranslateUi

