"""Windows bench_startup.py compares the program's start with.

`python startup_probe.py bare`: a QMainWindow with one label, the program's size, titled
"POEMS bare": the baseline of issue 18.

`python startup_probe.py floor`: the widgets of the program's first paint, and nothing
else, in plain PySide6: the menu bar, the nine page buttons, the Today page (day bar,
date field, 7 score rows of 11 buttons and 6 yes/no rows of 2, each named for screen
readers, the hidden error lines, weight, note, save bar) in the same scroll areas, titled
"POEMS floor". No database, no settings, no translations, none of our modules: what the
program can never start faster than while its first paint stays what it is.

Like the program, each writes the wall-clock time of its first paint to
POEMS_TRACKER_FIRST_PAINT_FILE when that is set, and then runs until it is ended.
"""

from __future__ import annotations

import os
import sys
import time


def _watch_first_paint(window: object) -> None:
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                path = os.environ.get("POEMS_TRACKER_FIRST_PAINT_FILE")
                if path:
                    with open(path, "w", encoding="utf-8") as out:
                        out.write(repr(time.time()))
            return False

    watcher = FirstPaint(window)  # type: ignore[arg-type]
    window.installEventFilter(watcher)  # type: ignore[attr-defined]


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("POEMS bare")
    window.setCentralWidget(QLabel("POEMS Tracker"))
    window.resize(1100, 760)
    _watch_first_paint(window)
    window.show()
    return app.exec()


SCORES = ("Nerve pain", "Numbness", "Tingling", "Weakness", "Tiredness", "Swelling", "Burning")
YES_NO = ("A fall", "Darker skin", "More hair", "Nail changes", "More sweating", "Ankles")
PAGES = ("Today", "History", "Trends", "Medicines", "Treatments", "Labs", "Appointments")
PAGES += ("Function check", "Cycle days")


def floor() -> int:
    from PySide6.QtCore import QDate, Qt
    from PySide6.QtWidgets import (
        QApplication,
        QButtonGroup,
        QDateEdit,
        QFrame,
        QGridLayout,
        QHBoxLayout,
        QLabel,
        QLineEdit,
        QMainWindow,
        QPlainTextEdit,
        QPushButton,
        QScrollArea,
        QStackedWidget,
        QVBoxLayout,
        QWidget,
    )

    def button(text: str, name: str) -> QPushButton:
        made = QPushButton(text)
        made.setMinimumSize(48, 48)
        made.setAccessibleName(name)
        return made

    def row(name: str, values: list[str]) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setAccessibleName(name)
        frame.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        line = QHBoxLayout(frame)
        group = QButtonGroup(frame)
        for value in values:
            made = button(value, f"{name} {value}")
            made.setCheckable(True)
            made.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            group.addButton(made)
            line.addWidget(made)
        if len(values) < 11:
            line.addStretch(1)
        return frame

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("POEMS floor")
    for title in ("&File", "&Go", "&Help"):
        window.menuBar().addMenu(title)
    central = QWidget()
    layout = QHBoxLayout(central)
    column = QWidget()
    pages = QVBoxLayout(column)
    tabs = QButtonGroup(window)
    stack = QStackedWidget()
    for title in PAGES:
        tab = button(title, title)
        tab.setCheckable(True)
        tab.setMinimumSize(140, 52)
        tabs.addButton(tab)
        pages.addWidget(tab)
        stack.addWidget(QWidget())
    pages.addStretch(1)
    layout.addWidget(column)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(stack)
    layout.addWidget(area, 1)
    window.setCentralWidget(central)

    today = QWidget()
    outer = QVBoxLayout(today)
    bar = QHBoxLayout()
    title = QLabel("Today, Saturday, 5 December 2026")
    title.setAlignment(Qt.AlignmentFlag.AlignCenter)
    title.setWordWrap(True)
    date = QDateEdit(QDate.currentDate())
    date.setCalendarPopup(True)
    date.setAccessibleName("Date of the check-in")
    for made in (button("◀ Previous day", "Previous day"), title, date):
        bar.addWidget(made)
    bar.addWidget(button("Today", "Go to today"))
    bar.addWidget(button("Next day ▶", "Next day"))
    outer.addLayout(bar)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    content = QWidget()
    box = QVBoxLayout(content)
    form = QWidget()
    grid = QGridLayout(form)
    scale = QLabel("Scores: 0 = none, 10 = worst imaginable. Click a number, or press Tab.")
    scale.setWordWrap(True)
    grid.addWidget(scale, 0, 0, 1, 2)
    rows = [(n, [str(v) for v in range(11)]) for n in SCORES]
    rows += [(n, ["Yes", "No"]) for n in YES_NO]
    for number, (name, values) in enumerate(rows):
        label = QLabel(name)
        label.setWordWrap(True)
        grid.addWidget(label, 2 * number + 1, 0)
        grid.addWidget(row(name, values), 2 * number + 1, 1)
        error = QLabel()
        error.hide()
        grid.addWidget(error, 2 * number + 2, 1)
    weight = QLineEdit()
    weight.setAccessibleName("Weight in kilograms")
    grid.addWidget(QLabel("Weight (kg)"), 40, 0)
    grid.addWidget(weight, 40, 1, Qt.AlignmentFlag.AlignLeft)
    note = QPlainTextEdit()
    note.setAccessibleName("Note for the day")
    grid.addWidget(QLabel("Note"), 42, 0, Qt.AlignmentFlag.AlignTop)
    grid.addWidget(note, 42, 1)
    box.addWidget(form)
    box.addStretch(1)
    scroll.setWidget(content)
    outer.addWidget(scroll, 1)
    save = QHBoxLayout()
    save.addWidget(button("My symptoms…", "My symptoms"))
    save.addWidget(QLabel("Not logged yet."), 1)
    save.addWidget(button("Save (Ctrl+S)", "Save"))
    outer.addLayout(save)
    stack.removeWidget(stack.widget(0))
    stack.insertWidget(0, today)
    stack.setCurrentIndex(0)
    tabs.buttons()[0].setChecked(True)
    window.resize(1100, 760)
    _watch_first_paint(window)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit({"bare": bare, "floor": floor}[sys.argv[1]]())
