"""What the first paint does not show is built right after it, and nothing is missing then.

Ordering, not timing (speed lives in tests/benchmarks/bench_startup.py): the File menu's
further actions, the Today panels, reminders and the welcome wait for the window's first
Paint event, and are all there, keys included, once the window has painted.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from poems_tracker.store.database import Database
from poems_tracker.ui.shell import first_paint
from poems_tracker.ui.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
PANELS = ("function_prompt", "markers_due", "doses_panel")


@pytest.fixture
def armed(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """Arm the deferral as app.run() does; undone after the test whatever happens."""
    monkeypatch.setattr(first_paint, "_pending", None)
    monkeypatch.setattr(first_paint, "painted", False)
    first_paint.arm()
    return []


def _file_texts(window: MainWindow) -> list[str]:
    return [a.text() for a in window.file_menu.actions() if not a.isSeparator()]


def test_the_first_paint_comes_before_the_deferred_work(qtbot, db: Database, armed) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    today = window.page(0)
    first_paint.later(lambda: armed.append(("mine", first_paint.painted)), "mine")
    # Built so far: what the first paint shows, and nothing more.
    assert [m.title() for m in (window.file_menu, window.go_menu, window.help_menu)] == [
        "&File",
        "&Go",
        "&Help",
    ]  # the menu bar's titles are painted; what the menus hold comes after
    assert _file_texts(window) == [] and window.go_menu.actions() == []
    assert not any(hasattr(today, name) for name in PANELS)
    assert armed == []
    first_paint.watch(window)
    window.show()
    qtbot.waitUntil(lambda: bool(armed), timeout=5000)
    assert armed == [("mine", True)]  # it ran, and only after the window had painted
    assert not first_paint.armed()  # from now on, later() runs at once


def test_everything_is_there_once_the_window_has_painted(qtbot, db: Database, armed) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    first_paint.watch(window)
    window.show()
    qtbot.waitUntil(lambda: not first_paint.armed(), timeout=5000)
    built = MainWindow(db, parent=None)  # the same window, built without waiting
    qtbot.addWidget(built)
    assert _file_texts(window) == _file_texts(built)
    for menu in ("go_menu", "help_menu"):
        assert [a.text() for a in getattr(window, menu).actions()] == [
            a.text() for a in getattr(built, menu).actions()
        ]
    assert window.file_menu.actions()[-1] is window.quit_action
    assert "&Preferences…" in _file_texts(window)
    today, same = window.page(0), built.page(0)
    box = today.content_box
    order = [box.itemAt(i).widget() for i in range(box.count())]
    assert order[:4] == [today.form, today.function_prompt, today.markers_due, None]
    assert today.extras.itemAt(0).widget() is today.doses_panel
    assert [type(getattr(today, n)).__name__ for n in PANELS] == [
        type(getattr(same, n)).__name__ for n in PANELS
    ]
    # the keyboard is still on the first score, and the Go keys answer
    first_score = next(iter(today.selectors.values()))
    assert window.focusWidget() is first_score
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == 1
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is today


def test_without_a_first_paint_to_wait_for_nothing_waits(qtbot, db: Database) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert "&Preferences…" in _file_texts(window)
    assert all(hasattr(window.page(0), name) for name in PANELS)


SCRIPT = """
import gc, json, sys
from poems_tracker.ui.shell import first_paint
from poems_tracker.launch import main

HEAVY = ("matplotlib", "numpy", "sqlite_utils", "fhir", "fhir_core", "icalendar", "pypdf",
         "pdfplumber", "sqlcipher3", "argon2")
seen = {}

def at_first_paint():
    seen["painted"] = first_paint.painted
    seen["collector_at_paint"] = gc.isenabled()
    seen["every_widget_class"] = "QWizard" in vars(sys.modules["PySide6.QtWidgets"])
    seen["heavy"] = sorted(m for m in sys.modules if m.split(".")[0] in HEAVY)
    seen["network"] = "PySide6.QtNetwork" in sys.modules
    seen["records"] = "poems_tracker.domain.record_models" in sys.modules
    seen["commands"] = sorted(
        m for m in sys.modules if m == "click" or m.startswith("poems_tracker.cli")
    )
    first_paint.later(when_done, "check")

def when_done():
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    w = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "MainWindow")
    seen["collector_after"] = gc.isenabled()
    seen["file"] = [a.text() for a in w.file_menu.actions() if not a.isSeparator()]
    seen["go"] = [a.shortcut().toString() for a in w.go_menu.actions()]
    seen["panels"] = [hasattr(w.page(0), n) for n in ("function_prompt", "markers_due",
                                                      "doses_panel")]
    seen["reminders"] = hasattr(w, "reminders")
    w.activateWindow()
    QTest.qWaitForWindowActive(w)
    QTest.keyClick(w, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    seen["after_ctrl_3"] = type(w.current_page()).__name__

armed = first_paint.arm
def arm():
    armed()
    first_paint.later(at_first_paint, "first")
first_paint.arm = arm
sys.argv = ["poems-tracker", "--data-dir", sys.argv[1]]
try:
    main()  # the console script's own entry point
finally:
    print(json.dumps(seen))
"""


def test_the_real_start_paints_light_then_builds_everything(tmp_path: Path) -> None:
    scratch = tmp_path / "t"
    scratch.mkdir(mode=0o700)
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "TMPDIR": str(scratch),
        "XDG_RUNTIME_DIR": str(scratch),
        "POEMS_TRACKER_TEST_QUIT_AFTER_MS": "2500",
    }
    env.pop("POEMS_TRACKER_DATA_DIR", None)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "journal")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=tmp_path,
    )
    assert "Traceback" not in done.stderr, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["painted"] is True
    # the cycle collector sleeps through the start and is back right after the paint
    assert seen["collector_at_paint"] is False and seen["collector_after"] is True
    # PySide6 creates its classes on first use. A call that hands back a widget Qt made
    # itself (a scroll area's viewport, `style()`) makes it create all 70 widget classes
    # to learn which one it is: 10 ms of the start. QWizard stands for them.
    assert seen["every_widget_class"] is False
    assert seen["heavy"] == []
    assert seen["network"] is False  # the single-instance socket listens after the paint
    assert seen["records"] is False  # only the check-in's dataclasses before the paint
    assert seen["commands"] == []  # a plain start opens the window without the command line
    assert "&Back up now…" in seen["file"] and seen["file"][-1] == "&Quit"
    assert seen["go"] == [f"Ctrl+{n}" for n in range(1, 10)]
    assert seen["panels"] == [True, True, True]
    assert seen["reminders"] is True
    assert seen["after_ctrl_3"] == "TrendsPage"


def test_the_single_instance_listens_after_the_paint_or_before_a_dialog(
    qtbot, tmp_path: Path, armed
) -> None:
    from poems_tracker.ui.shell.single_instance import Claim, SingleInstance

    guard = SingleInstance(tmp_path)
    try:
        assert guard.claim() is Claim.FIRST  # the folder is ours at once…
        assert guard.server is None  # …QtNetwork and the socket wait for the first paint
        first_paint.before_a_dialog()  # a passphrase or damage dialog comes first
        assert guard.server is not None and guard.server.isListening()
        assert first_paint.armed()  # the rest still waits for the paint
    finally:
        guard.release()
