"""Every Alt letter does one thing: no two visible controls, page buttons or menus share one.

With two owners Qt only moves focus between them on each press, and a patient who
learnt "Alt+H is History" gets the Help menu instead. The walk opens every page (with a
year of demo records, so every list and tab is there) and, for each tab of a page,
collects the underlined letters that are live at that moment.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QTabBar,
    QTabWidget,
    QWidget,
)

from poems_tracker.ui.shell import clock
from poems_tracker.ui.shell.main_window import PAGES, MainWindow

PAGE_IDS = [spec.target.split(":")[1] for spec in PAGES]
_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str:
    """The letter after a single `&` in TEXT, lower case, or ""."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else ""


def live_letters(window: MainWindow) -> dict[str, list[str]]:
    """Alt letter -> the names of every visible owner in WINDOW right now."""
    owners: dict[str, list[str]] = {}

    def add(text: str, what: str) -> None:
        if letter := mnemonic(text):
            owners.setdefault(letter, []).append(f"{what} {text!r}")

    for action in window.menuBar().actions():
        add(action.text(), "menu")
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled():
            continue
        if isinstance(widget, QAbstractButton):
            add(widget.text(), type(widget).__name__)
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            if widget.buddy().isVisible():
                add(widget.text(), "label")
        elif isinstance(widget, QGroupBox):
            add(widget.title(), "group")
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.isTabVisible(i) and widget.isTabEnabled(i):
                    add(widget.tabText(i), "tab")
    return owners


def clashes(window: MainWindow) -> list[str]:
    return [
        f"Alt+{letter.upper()}: " + ", ".join(names)
        for letter, names in sorted(live_letters(window).items())
        if len(names) > 1
    ]


@pytest.fixture
def window(qtbot, db) -> MainWindow:
    from poems_tracker.demo import fill

    fill(db, years=1, seed=11, today=clock.today())
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_the_letter_finder_reads_qt_mnemonics() -> None:
    assert mnemonic("Tr&ends") == "e"
    assert mnemonic("Save && close") == ""
    assert mnemonic("&&Fish && &Chips") == "c"
    assert mnemonic("Plain") == ""


@pytest.mark.parametrize("index", range(len(PAGES)), ids=PAGE_IDS)
def test_every_alt_letter_has_one_owner(qtbot, window: MainWindow, index: int) -> None:
    window.show_page(index)
    page = window.page(index)
    qtbot.waitUntil(page.isVisible)
    problems: list[str] = []
    tabs = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
    for tab_widget in tabs or [None]:
        for tab in range(tab_widget.count()) if tab_widget is not None else [None]:
            if tab is not None:
                tab_widget.setCurrentIndex(tab)
            QApplication.processEvents()
            problems += [
                f"{PAGE_IDS[index]} (tab {tab}): {c}" for c in clashes(window) if c not in problems
            ]
    assert not problems, "Alt letters with two owners:\n" + "\n".join(dict.fromkeys(problems))
