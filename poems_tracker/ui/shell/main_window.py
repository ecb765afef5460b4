"""The main window: a column of large page buttons beside the current page.

Only the first page is built at start-up; the others are imported and built on first
visit, so the window appears fast even over ten years of data (architecture.md rule 8).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QCoreApplication, QSize
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from poems_tracker import APP_NAME, __version__, paths, settings
from poems_tracker.store.database import Database
from poems_tracker.ui.shell import first_paint
from poems_tracker.ui.shell.data_events import DataEvents
from poems_tracker.ui.shell.nav import NavButton, NavColumn, install_accessibility
from poems_tracker.ui.shell.page import Page
from poems_tracker.ui.shell.page_area import PageArea
from poems_tracker.ui.shell.registry import FILE_MENU_ACTIONS, PAGES, PageSpec, load
from poems_tracker.ui.shell.startup_timing import mark
from poems_tracker.ui.shell.workers import JobRunner

__all__ = ["PAGES", "MainWindow", "PageSpec"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def window_title() -> str:
    """The program's name (never translated), and in a demo folder that it is made up, so
    a patient never takes the demo's records for their own. The name comes last: Qt adds
    it to any title that does not end with it."""
    if paths.is_demo_folder():
        return _tr("Made-up data — {app}").format(app=APP_NAME)
    return APP_NAME


class MainWindow(QMainWindow):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.events = DataEvents(self)
        self.jobs = JobRunner(self.events, self)  # the one runner: one job at a time
        self.setWindowTitle(window_title())
        self.setObjectName("MainWindow")
        self._pages: dict[int, Page] = {}
        self._current = -1

        self.stack = QStackedWidget()
        self.nav = QButtonGroup(self)
        self.nav.setExclusive(True)
        install_accessibility()  # the page buttons are announced as page tabs
        self.nav_column = NavColumn()
        nav_box = QVBoxLayout(self.nav_column)
        nav_box.setContentsMargins(0, 0, 0, 0)
        nav_box.setSpacing(6)
        for index, spec in enumerate(PAGES):
            button = NavButton(_tr(spec.title))
            button.setAccessibleName(_tr(spec.accessible))
            button.setToolTip(_tr(spec.accessible) + f" (Ctrl+{index + 1})")
            self.nav.addButton(button, index)
            nav_box.addWidget(button)
            self.stack.addWidget(QWidget())  # placeholder until first visit
        nav_box.addStretch(1)
        self.nav.idClicked.connect(self.show_page)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav_column)
        # The page scrolls when the screen is smaller than it needs (an 800×600 screen, or
        # twice the text size): the window never grows past the screen's bottom edge.
        self.page_area = PageArea(self.stack)
        layout.addWidget(self.page_area, 1)
        self.setCentralWidget(central)
        self._build_menus()
        mark("navigation and menus")
        # The further File actions are not in the first paint: they come right after it.
        first_paint.later(self._install_file_actions, "File menu actions")
        self.show_page(0)

    def _install_file_actions(self) -> None:
        for installer in FILE_MENU_ACTIONS:
            load(installer)(self)

    # -- pages --------------------------------------------------------------------------
    def page(self, index: int) -> Page:
        """The page at INDEX, imported and built on first use."""
        if index not in self._pages:
            cls: Callable[..., Page] = load(PAGES[index].target)
            mark(f"page {index + 1} imported")
            page = cls(self.db, self.events)
            mark(f"page {index + 1} built")
            self.stack.removeWidget(placeholder := self.stack.widget(index))
            placeholder.deleteLater()
            self.stack.insertWidget(index, page)
            self._pages[index] = page
            if hasattr(page, "day_requested"):
                page.day_requested.connect(self.open_day)
            # The Today panels may come after the first paint; so may their wiring.
            first_paint.later(lambda: self._wire_panels(page), "Today panels wired")
        return self._pages[index]

    def _wire_panels(self, page: Page) -> None:
        if hasattr(page, "function_prompt"):
            page.function_prompt.open_requested.connect(
                lambda: self.show_page(self.index_of("FunctionCheckPage"))
            )

    def open_day(self, day: object) -> None:
        """Show the check-in of DAY (asked for from History and other pages)."""
        checkin = self.page_by_class("CheckInPage")
        self.show_page(self.index_of("CheckInPage"))
        if self.current_page() is checkin:
            checkin.go_to(day)  # type: ignore[attr-defined]

    def index_of(self, class_name: str) -> int:
        return next(i for i, spec in enumerate(PAGES) if spec.target.endswith(":" + class_name))

    def page_by_class(self, class_name: str) -> Page:
        return self.page(self.index_of(class_name))

    def show_page(self, index: int) -> None:
        if index == self._current:
            return
        if self._current >= 0 and not self.page(self._current).may_leave():
            self.nav.button(self._current).setChecked(True)
            return
        page = self.page(index)
        self.stack.setCurrentIndex(index)
        self.nav.button(index).setChecked(True)
        self._current = index
        page.shown()

    def current_page(self) -> Page:
        return self.page(self._current)

    # -- menus --------------------------------------------------------------------------
    def _build_menus(self) -> None:
        """The menu bar's titles; what the menus hold is not in the first paint, and comes
        right after it (issue 18)."""
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        first_paint.later(self._fill_menus, "Go, Help and Quit actions")

    def _fill_menus(self) -> None:
        for index, spec in enumerate(PAGES):
            action = QAction(_tr(spec.accessible), self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, i=index: self.show_page(i))
            self.go_menu.addAction(action)
        self.file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.file_menu.addAction(quit_action)
        self.quit_action = quit_action

        shortcuts = QAction(self.tr("&Keyboard shortcuts"), self)
        shortcuts.setShortcut(QKeySequence.StandardKey.HelpContents)
        shortcuts.triggered.connect(self.show_shortcuts)
        self.help_menu.addAction(shortcuts)
        welcome = QAction(self.tr("&Welcome and first steps…"), self)
        welcome.triggered.connect(self.show_welcome)
        self.help_menu.addAction(welcome)
        about = QAction(self.tr("&About POEMS Tracker"), self)
        about.triggered.connect(self.show_about)
        self.help_menu.addAction(about)

    def shortcut_lines(self) -> list[str]:
        """Every key a menu action answers to (read from the menus, so none is forgotten),
        then the keys of the check-in page."""
        lines: list[str] = []
        menus = [a.menu() for a in self.menuBar().actions() if a.menu()]
        for menu in menus:
            for action in menu.actions():
                if action.menu():
                    menus.append(action.menu())
                keys = [
                    k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
                ]
                if keys:
                    lines.append(
                        "{keys}: {what}".format(
                            keys=" / ".join(keys), what=action.text().replace("&", "")
                        )
                    )
        lines += [
            self.tr("Ctrl+S: save the day's check-in"),
            self.tr("Alt+Left / Alt+Right: previous / next day"),
            self.tr("Ctrl+D: the check-in's date"),
            self.tr("0–9 on a score: set it; 1 then 0 quickly: 10; Delete: clear it"),
            self.tr("Tab / Shift+Tab: next / previous field"),
            self.tr("Alt + an underlined letter: that button or field"),
        ]
        return lines

    def show_shortcuts(self) -> None:
        QMessageBox.information(
            self, self.tr("Keyboard shortcuts"), "\n".join(self.shortcut_lines())
        )

    def about_text(self) -> str:
        return self.tr(
            "<h3>POEMS Tracker {version}</h3>"
            "<p>A private journal for people living with POEMS syndrome. Your records stay on "
            "this computer; the program never uses the network.</p>"
            "<p><b>This program informs and organises. It is not medical advice and does not "
            "diagnose or recommend treatment.</b> Talk to your doctors about any change.</p>"
            "<p>This material contains content from LOINC (http://loinc.org). LOINC is "
            "copyright © Regenstrief Institute, Inc. and the LOINC Committee and is available "
            "at no cost under the license at http://loinc.org/license.</p>"
        ).format(version=__version__)

    def show_welcome(self) -> None:
        from poems_tracker.ui.shell.welcome import show_welcome

        show_welcome(self)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About POEMS Tracker"), self.about_text())

    # -- window state -------------------------------------------------------------------
    def restore_state(self) -> None:
        saved = settings.settings().value(settings.geometry_key("main"))
        if isinstance(saved, QByteArray) and self.restoreGeometry(saved):
            screen = self.screen().availableGeometry() if self.screen() else None
            if screen is not None and not screen.intersects(self.frameGeometry()):
                self.move(screen.topLeft())
        else:  # the first start: a roomy window, never larger than the screen
            room = self.screen().availableGeometry().size() if self.screen() else None
            self.resize(QSize(1100, 760).boundedTo(room) if room else QSize(1100, 760))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._current >= 0 and not self.current_page().may_leave():
            event.ignore()
            return
        store = settings.settings()
        store.setValue(settings.geometry_key("main"), self.saveGeometry())
        store.sync()
        event.accept()
