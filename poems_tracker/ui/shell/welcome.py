"""A welcome on the first start: three first steps, each one click away, and a safe demo.

A newcomer faces an empty window and does not know where to begin. The welcome offers
the three things that make the journal useful (today's check-in, the medicines, the
latest lab results) and "try it with made-up data", which fills a *separate* new folder
in a second process and opens a second window on it: the patient's own folder is never
read or written by the demo. Shown once; Help ▸ Welcome brings it back.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QProcess, Qt, Signal
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QVBoxLayout, QWidget

from poems_tracker import settings
from poems_tracker.store.database import Database
from poems_tracker.store.records import has_records
from poems_tracker.ui.widgets import big_button

#: Remembered window state: the welcome was shown once in this data folder.
WELCOMED_KEY = "state/welcomed"
DEMO_YEARS = 2


def should_welcome(db: Database) -> bool:
    """First start: never welcomed here and nothing recorded yet."""
    return not settings.get(WELCOMED_KEY) and not has_records(db)


def program() -> list[str]:
    """How to start this program again (a built app is its own executable)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "poems_tracker"]


def new_demo_folder() -> Path:
    """A new, empty, private folder for the demo (never the patient's data folder)."""
    return Path(tempfile.mkdtemp(prefix="poems-tracker-demo-"))


def demo_commands(folder: Path) -> tuple[list[str], list[str]]:
    """Fill FOLDER with made-up records, then open a window on it."""
    base = [*program(), "--data-dir", str(folder)]
    return [*base, "demo-data", "--years", str(DEMO_YEARS)], base


class DemoLauncher(QProcess):
    """Runs `demo-data` into a new folder, then starts a second window there, detached.

    `finished_launch(ok, folder)` says how it went; the caller shows one sentence.
    """

    finished_launch = Signal(bool, str)

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.fill_command, self.open_command = demo_commands(folder)
        self.window_pid = 0  # the second window's process, once started
        self.finished.connect(self._filled)
        self.errorOccurred.connect(self._failed)

    def launch(self) -> None:
        self.start(self.fill_command[0], self.fill_command[1:])

    def _filled(self, code: int, status: QProcess.ExitStatus) -> None:
        if code != 0 or status != QProcess.ExitStatus.NormalExit:
            self.finished_launch.emit(False, str(self.folder))
            return
        ok, self.window_pid = QProcess.startDetached(self.open_command[0], self.open_command[1:])
        self.finished_launch.emit(bool(ok), str(self.folder))

    def _failed(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.finished_launch.emit(False, str(self.folder))


class WelcomeDialog(QDialog):
    """Three first steps and a demo; `step_chosen` names the step ("today", "medicines",
    "labs") for the window to open."""

    step_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to POEMS Tracker"))
        self.launcher: DemoLauncher | None = None
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Welcome. Where would you like to start?"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        intro = QLabel(
            self.tr(
                "Your records stay on this computer. Each step takes a minute, and you can "
                "come back to the others at any time from the buttons on the left."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        steps = QGridLayout()  # two columns: the whole welcome fits a small screen at 200 %
        layout.addLayout(steps)
        self.today_button = self._step(
            steps,
            self.tr("1. Log how &today feels"),
            self.tr("Open today's check-in"),
            "today",
        )
        self.medicines_button = self._step(
            steps,
            self.tr("2. Add your &medicines"),
            self.tr("Add the medicines you take"),
            "medicines",
        )
        self.labs_button = self._step(
            steps,
            self.tr("3. Enter your &lab results"),
            self.tr("Enter the results of your latest lab report"),
            "labs",
        )
        self.demo_button = big_button(
            self.tr("Try it with made-up &data…"),
            self.tr("Open a second window with made-up records, in a separate folder"),
            self.try_demo,
        )
        steps.addWidget(self.demo_button, 1, 1)
        demo_note = QLabel(
            self.tr(
                "The made-up records go into a new folder of their own and open in a second "
                "window; your own records are not touched."
            )
        )
        demo_note.setWordWrap(True)
        layout.addWidget(demo_note)
        self.status = QLabel()  # no fixed name: a screen reader hears the changing text
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.close_button = big_button(
            self.tr("&Close"), self.tr("Close the welcome"), self.reject
        )
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.today_button.setDefault(True)
        self.today_button.setFocus()
        # wide enough for the sentences at any text size, so none is squeezed or cut
        self.setMinimumWidth(min(1100, 60 * self.fontMetrics().averageCharWidth()))

    def _step(self, grid: QGridLayout, text: str, accessible: str, step: str):
        button = big_button(text, accessible, lambda: self._choose(step))
        grid.addWidget(button, grid.count() // 2, grid.count() % 2)
        return button

    def _choose(self, step: str) -> None:
        self.accept()
        self.step_chosen.emit(step)

    def try_demo(self, folder: Path | None = None) -> DemoLauncher:
        """Fill a new folder with made-up records and open a second window on it."""
        self.demo_button.setEnabled(False)
        self.status.setText(self.tr("Making up two years of records…"))
        self.launcher = DemoLauncher(folder or new_demo_folder(), self)
        self.launcher.finished_launch.connect(self._demo_done)
        self.launcher.launch()
        return self.launcher

    def _demo_done(self, ok: bool, folder: str) -> None:
        from poems_tracker.ui.widgets.announce import announce

        self.demo_button.setEnabled(True)
        if ok:
            text = self.tr(
                "The demo opens in a second window (its records are in {folder})."
            ).format(folder=folder)
        else:
            text = self.tr("The demo could not be started. Your own records are unchanged.")
        self.status.setText(text)
        announce(self.status, text)


def mark_welcomed() -> None:
    settings.put(WELCOMED_KEY, True)


def open_step(window: object, step: str) -> None:
    """Show the page of STEP in WINDOW and start its action (add a medicine, enter labs)."""
    pages = {
        "today": ("CheckInPage", None),
        "medicines": ("MedicationsPage", "start_medicine"),
        "labs": ("LabsPage", "enter_results"),
    }
    class_name, action = pages[step]
    index = window.index_of(class_name)  # type: ignore[attr-defined]
    window.show_page(index)  # type: ignore[attr-defined]
    page = window.page(index)  # type: ignore[attr-defined]
    if action is not None and window.current_page() is page:  # type: ignore[attr-defined]
        getattr(page, action)()


def show_welcome(window: QWidget, on_step: Callable[[str], None] | None = None) -> WelcomeDialog:
    """Open the welcome over WINDOW (window-modal) and remember it was shown."""
    dialog = WelcomeDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.step_chosen.connect(on_step or (lambda step: open_step(window, step)))
    mark_welcomed()
    dialog.open()
    return dialog


def maybe_welcome(window: QWidget, db: Database) -> WelcomeDialog | None:
    """The welcome on a first start, else nothing."""
    return show_welcome(window) if should_welcome(db) else None
