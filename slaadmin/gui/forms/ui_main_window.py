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
from PySide6.QtWidgets import (QApplication, QDockWidget, QMainWindow, QMenu,
    QMenuBar, QSizePolicy, QSplitter, QStatusBar,
    QTabWidget, QVBoxLayout, QWidget)

from slaadmin.gui.panes.editor_pane import EditorPane
from slaadmin.gui.panes.findings_panel import FindingsPanel
from slaadmin.gui.panes.library_pane import LibraryPane
from slaadmin.gui.panes.preview_pane import PreviewPane

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
        self.library_pane = LibraryPane(self.main_splitter)
        self.library_pane.setObjectName(u"library_pane")
        self.main_splitter.addWidget(self.library_pane)
        self.content_tabs = QTabWidget(self.main_splitter)
        self.content_tabs.setObjectName(u"content_tabs")
        self.editor_tab = EditorPane()
        self.editor_tab.setObjectName(u"editor_tab")
        self.content_tabs.addTab(self.editor_tab, "")
        self.preview_tab = PreviewPane()
        self.preview_tab.setObjectName(u"preview_tab")
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
        self.findings_panel = FindingsPanel()
        self.findings_panel.setObjectName(u"findings_panel")
        self.findings_dock.setWidget(self.findings_panel)
        MainWindow.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.findings_dock)

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
        self.content_tabs.setTabText(self.content_tabs.indexOf(self.editor_tab), QCoreApplication.translate("MainWindow", u"Editor", None))
        self.content_tabs.setTabText(self.content_tabs.indexOf(self.preview_tab), QCoreApplication.translate("MainWindow", u"Preview", None))
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.edit_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Edit", None))
        self.view_menu.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.language_menu.setTitle(QCoreApplication.translate("MainWindow", u"Interface &language", None))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        self.findings_dock.setWindowTitle(QCoreApplication.translate("MainWindow", u"Validation", None))
        pass
    # retranslateUi

