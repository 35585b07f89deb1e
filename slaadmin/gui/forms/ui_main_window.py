# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDockWidget,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QMainWindow, QMenu,
    QMenuBar, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QStatusBar, QTabWidget, QTableView,
    QTextBrowser, QTreeView, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1200, 780)
        MainWindow.setWindowTitle(u"slaadmin")
        self.save_action = QAction(MainWindow)
        self.save_action.setObjectName(u"save_action")
#if QT_CONFIG(shortcut)
        self.save_action.setShortcut(u"Ctrl+S")
#endif // QT_CONFIG(shortcut)
        self.undo_action = QAction(MainWindow)
        self.undo_action.setObjectName(u"undo_action")
#if QT_CONFIG(shortcut)
        self.undo_action.setShortcut(u"Ctrl+Z")
#endif // QT_CONFIG(shortcut)
        self.redo_action = QAction(MainWindow)
        self.redo_action.setObjectName(u"redo_action")
#if QT_CONFIG(shortcut)
        self.redo_action.setShortcut(u"Ctrl+Shift+Z")
#endif // QT_CONFIG(shortcut)
        self.show_findings_action = QAction(MainWindow)
        self.show_findings_action.setObjectName(u"show_findings_action")
        self.show_findings_action.setCheckable(True)
        self.show_findings_action.setChecked(True)
#if QT_CONFIG(shortcut)
        self.show_findings_action.setShortcut(u"F8")
#endif // QT_CONFIG(shortcut)
        self.new_action = QAction(MainWindow)
        self.new_action.setObjectName(u"new_action")
#if QT_CONFIG(shortcut)
        self.new_action.setShortcut(u"Ctrl+N")
#endif // QT_CONFIG(shortcut)
        self.import_action = QAction(MainWindow)
        self.import_action.setObjectName(u"import_action")
#if QT_CONFIG(shortcut)
        self.import_action.setShortcut(u"Ctrl+O")
#endif // QT_CONFIG(shortcut)
        self.export_action = QAction(MainWindow)
        self.export_action.setObjectName(u"export_action")
#if QT_CONFIG(shortcut)
        self.export_action.setShortcut(u"Ctrl+E")
#endif // QT_CONFIG(shortcut)
        self.duplicate_action = QAction(MainWindow)
        self.duplicate_action.setObjectName(u"duplicate_action")
#if QT_CONFIG(shortcut)
        self.duplicate_action.setShortcut(u"Ctrl+D")
#endif // QT_CONFIG(shortcut)
        self.delete_action = QAction(MainWindow)
        self.delete_action.setObjectName(u"delete_action")
#if QT_CONFIG(shortcut)
        self.delete_action.setShortcut(u"Del")
#endif // QT_CONFIG(shortcut)
        self.verify_action = QAction(MainWindow)
        self.verify_action.setObjectName(u"verify_action")
        self.quit_action = QAction(MainWindow)
        self.quit_action.setObjectName(u"quit_action")
#if QT_CONFIG(shortcut)
        self.quit_action.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.lang_es_action = QAction(MainWindow)
        self.lang_es_action.setObjectName(u"lang_es_action")
        self.lang_es_action.setCheckable(True)
        self.lang_es_action.setText(u"Espa\u00f1ol")
        self.lang_en_action = QAction(MainWindow)
        self.lang_en_action.setObjectName(u"lang_en_action")
        self.lang_en_action.setCheckable(True)
        self.lang_en_action.setText(u"English")
        self.about_action = QAction(MainWindow)
        self.about_action.setObjectName(u"about_action")
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QVBoxLayout(self.central_widget)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(4, 4, 4, 4)
        self.main_splitter = QSplitter(self.central_widget)
        self.main_splitter.setObjectName(u"main_splitter")
        self.main_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.library_panel = QWidget(self.main_splitter)
        self.library_panel.setObjectName(u"library_panel")
        self.library_layout = QVBoxLayout(self.library_panel)
        self.library_layout.setObjectName(u"library_layout")
        self.library_layout.setContentsMargins(0, 0, 0, 0)
        self.search_edit = QLineEdit(self.library_panel)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.library_layout.addWidget(self.search_edit)

        self.contracts_table = QTableView(self.library_panel)
        self.contracts_table.setObjectName(u"contracts_table")
        self.contracts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contracts_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contracts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contracts_table.setAlternatingRowColors(True)
        self.contracts_table.setSortingEnabled(True)

        self.library_layout.addWidget(self.contracts_table)

        self.library_buttons_layout = QHBoxLayout()
        self.library_buttons_layout.setObjectName(u"library_buttons_layout")
        self.new_button = QPushButton(self.library_panel)
        self.new_button.setObjectName(u"new_button")

        self.library_buttons_layout.addWidget(self.new_button)

        self.duplicate_button = QPushButton(self.library_panel)
        self.duplicate_button.setObjectName(u"duplicate_button")

        self.library_buttons_layout.addWidget(self.duplicate_button)

        self.delete_button = QPushButton(self.library_panel)
        self.delete_button.setObjectName(u"delete_button")

        self.library_buttons_layout.addWidget(self.delete_button)


        self.library_layout.addLayout(self.library_buttons_layout)

        self.main_splitter.addWidget(self.library_panel)
        self.content_tabs = QTabWidget(self.main_splitter)
        self.content_tabs.setObjectName(u"content_tabs")
        self.editor_tab = QWidget()
        self.editor_tab.setObjectName(u"editor_tab")
        self.editor_layout = QHBoxLayout(self.editor_tab)
        self.editor_layout.setObjectName(u"editor_layout")
        self.section_list = QListWidget(self.editor_tab)
        self.section_list.setObjectName(u"section_list")
        self.section_list.setMaximumSize(QSize(190, 16777215))

        self.editor_layout.addWidget(self.section_list)

        self.fields_layout = QVBoxLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_tree = QTreeView(self.editor_tab)
        self.fields_tree.setObjectName(u"fields_tree")
        self.fields_tree.setAlternatingRowColors(True)
        self.fields_tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)
        self.fields_tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)

        self.fields_layout.addWidget(self.fields_tree)

        self.item_buttons_layout = QHBoxLayout()
        self.item_buttons_layout.setObjectName(u"item_buttons_layout")
        self.add_item_button = QPushButton(self.editor_tab)
        self.add_item_button.setObjectName(u"add_item_button")

        self.item_buttons_layout.addWidget(self.add_item_button)

        self.remove_item_button = QPushButton(self.editor_tab)
        self.remove_item_button.setObjectName(u"remove_item_button")

        self.item_buttons_layout.addWidget(self.remove_item_button)

        self.item_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.item_buttons_layout.addItem(self.item_buttons_spacer)


        self.fields_layout.addLayout(self.item_buttons_layout)


        self.editor_layout.addLayout(self.fields_layout)

        self.content_tabs.addTab(self.editor_tab, "")
        self.preview_tab = QWidget()
        self.preview_tab.setObjectName(u"preview_tab")
        self.preview_layout = QVBoxLayout(self.preview_tab)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_options_layout = QHBoxLayout()
        self.preview_options_layout.setObjectName(u"preview_options_layout")
        self.preview_lang_label = QLabel(self.preview_tab)
        self.preview_lang_label.setObjectName(u"preview_lang_label")

        self.preview_options_layout.addWidget(self.preview_lang_label)

        self.preview_lang_combo = QComboBox(self.preview_tab)
        self.preview_lang_combo.setObjectName(u"preview_lang_combo")

        self.preview_options_layout.addWidget(self.preview_lang_combo)

        self.preview_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.preview_options_layout.addItem(self.preview_spacer)


        self.preview_layout.addLayout(self.preview_options_layout)

        self.preview_browser = QTextBrowser(self.preview_tab)
        self.preview_browser.setObjectName(u"preview_browser")

        self.preview_layout.addWidget(self.preview_browser)

        self.content_tabs.addTab(self.preview_tab, "")
        self.main_splitter.addWidget(self.content_tabs)

        self.central_layout.addWidget(self.main_splitter)

        MainWindow.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(MainWindow)
        self.menu_bar.setObjectName(u"menu_bar")
        self.file_menu = QMenu(self.menu_bar)
        self.file_menu.setObjectName(u"file_menu")
        self.edit_menu = QMenu(self.menu_bar)
        self.edit_menu.setObjectName(u"edit_menu")
        self.view_menu = QMenu(self.menu_bar)
        self.view_menu.setObjectName(u"view_menu")
        self.language_menu = QMenu(self.view_menu)
        self.language_menu.setObjectName(u"language_menu")
        self.help_menu = QMenu(self.menu_bar)
        self.help_menu.setObjectName(u"help_menu")
        MainWindow.setMenuBar(self.menu_bar)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)
        self.findings_dock = QDockWidget(MainWindow)
        self.findings_dock.setObjectName(u"findings_dock")
        self.findings_contents = QWidget()
        self.findings_contents.setObjectName(u"findings_contents")
        self.findings_layout = QVBoxLayout(self.findings_contents)
        self.findings_layout.setObjectName(u"findings_layout")
        self.findings_layout.setContentsMargins(2, 2, 2, 2)
        self.findings_tree = QTreeWidget(self.findings_contents)
        __qtreewidgetitem = QTreeWidgetItem()
        __qtreewidgetitem.setText(0, u"1")
        self.findings_tree.setHeaderItem(__qtreewidgetitem)
        self.findings_tree.setObjectName(u"findings_tree")
        self.findings_tree.setRootIsDecorated(True)
        self.findings_tree.setUniformRowHeights(True)
        self.findings_tree.setHeaderHidden(True)

        self.findings_layout.addWidget(self.findings_tree)

        self.findings_buttons_layout = QHBoxLayout()
        self.findings_buttons_layout.setObjectName(u"findings_buttons_layout")
        self.findings_summary_label = QLabel(self.findings_contents)
        self.findings_summary_label.setObjectName(u"findings_summary_label")
        self.findings_summary_label.setText(u"")

        self.findings_buttons_layout.addWidget(self.findings_summary_label)

        self.findings_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.findings_buttons_layout.addItem(self.findings_spacer)

        self.apply_fix_button = QPushButton(self.findings_contents)
        self.apply_fix_button.setObjectName(u"apply_fix_button")

        self.findings_buttons_layout.addWidget(self.apply_fix_button)


        self.findings_layout.addLayout(self.findings_buttons_layout)

        self.findings_dock.setWidget(self.findings_contents)
        MainWindow.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.findings_dock)
#if QT_CONFIG(shortcut)
        self.preview_lang_label.setBuddy(self.preview_lang_combo)
#endif // QT_CONFIG(shortcut)

        self.menu_bar.addAction(self.file_menu.menuAction())
        self.menu_bar.addAction(self.edit_menu.menuAction())
        self.menu_bar.addAction(self.view_menu.menuAction())
        self.menu_bar.addAction(self.help_menu.menuAction())
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.export_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.duplicate_action)
        self.file_menu.addAction(self.delete_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.verify_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu.addAction(self.save_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.view_menu.addAction(self.language_menu.menuAction())
        self.view_menu.addAction(self.show_findings_action)
        self.language_menu.addAction(self.lang_es_action)
        self.language_menu.addAction(self.lang_en_action)
        self.help_menu.addAction(self.about_action)

        self.retranslateUi(MainWindow)

        self.content_tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, MainWindow):
        self.save_action.setText(QCoreApplication.translate("MainWindow", u"&Save revision\u2026", None))
        self.undo_action.setText(QCoreApplication.translate("MainWindow", u"&Undo", None))
        self.redo_action.setText(QCoreApplication.translate("MainWindow", u"&Redo", None))
        self.show_findings_action.setText(QCoreApplication.translate("MainWindow", u"&Validation panel", None))
        self.new_action.setText(QCoreApplication.translate("MainWindow", u"&New from template\u2026", None))
        self.import_action.setText(QCoreApplication.translate("MainWindow", u"&Import .sla.json\u2026", None))
        self.export_action.setText(QCoreApplication.translate("MainWindow", u"&Export .sla.json\u2026", None))
        self.duplicate_action.setText(QCoreApplication.translate("MainWindow", u"D&uplicate contract", None))
        self.delete_action.setText(QCoreApplication.translate("MainWindow", u"&Delete contract\u2026", None))
        self.verify_action.setText(QCoreApplication.translate("MainWindow", u"&Verify library", None))
        self.quit_action.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.about_action.setText(QCoreApplication.translate("MainWindow", u"&About slaadmin", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Search by id, title or client\u2026", None))
        self.new_button.setText(QCoreApplication.translate("MainWindow", u"New\u2026", None))
        self.duplicate_button.setText(QCoreApplication.translate("MainWindow", u"Duplicate", None))
        self.delete_button.setText(QCoreApplication.translate("MainWindow", u"Delete", None))
        self.add_item_button.setText(QCoreApplication.translate("MainWindow", u"Add item", None))
        self.remove_item_button.setText(QCoreApplication.translate("MainWindow", u"Remove item", None))
        self.content_tabs.setTabText(self.content_tabs.indexOf(self.editor_tab), QCoreApplication.translate("MainWindow", u"Editor", None))
        self.preview_lang_label.setText(QCoreApplication.translate("MainWindow", u"Show:", None))
        self.content_tabs.setTabText(self.content_tabs.indexOf(self.preview_tab), QCoreApplication.translate("MainWindow", u"Preview", None))
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.edit_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Edit", None))
        self.view_menu.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.language_menu.setTitle(QCoreApplication.translate("MainWindow", u"Interface &language", None))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        self.findings_dock.setWindowTitle(QCoreApplication.translate("MainWindow", u"Validation", None))
        self.apply_fix_button.setText(QCoreApplication.translate("MainWindow", u"Apply quick fix", None))
        pass
    # retranslateUi

