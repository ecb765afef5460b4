"""The real dialogs of `ui/widgets/dialogs.py`, answered through a timer, every button.

Most tests replace these functions with fakes; here the real modal dialog opens and a
`QTimer` presses its buttons (or Escape, or Enter on the default) as a patient would, so
the mapping from buttons to answers is tested too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from poems_tracker.ui.widgets import dialogs
from poems_tracker.ui.widgets.dialogs import Answer

Button = QMessageBox.StandardButton


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def answer_with(act: Callable[[QWidget], None]) -> list[dict[str, object]]:
    """When the modal dialog is up, do ACT to it; what it showed is kept for checks
    (a static Qt dialog is deleted as soon as it returns)."""
    seen: list[dict[str, object]] = []

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, attempt)
            return
        seen.append(
            {
                "title": dialog.windowTitle(),
                "text": dialog.text() if isinstance(dialog, QMessageBox) else "",
                "label": dialog.labelText() if isinstance(dialog, QInputDialog) else "",
                "value": dialog.textValue() if isinstance(dialog, QInputDialog) else "",
                "default_no": isinstance(dialog, QMessageBox)
                and dialog.defaultButton() is dialog.button(Button.No),
                "yes_text": dialog.button(Button.Yes).text()
                if isinstance(dialog, QMessageBox) and dialog.button(Button.Yes)
                else "",
            }
        )
        act(dialog)
        seen[-1]["closed"] = True

    QTimer.singleShot(0, attempt)
    return seen


def press(button: Button) -> Callable[[QWidget], None]:
    return lambda box: box.button(button).click()  # type: ignore[attr-defined]


def key(k: Qt.Key) -> Callable[[QWidget], None]:
    return lambda dialog: QTest.keyClick(dialog.focusWidget() or dialog, k)


def click_text(text: str) -> Callable[[QWidget], None]:
    return lambda box: next(b for b in box.buttons() if b.text() == text).click()  # type: ignore[attr-defined]


# -- Save / Discard / Cancel -------------------------------------------------------------
@pytest.mark.parametrize(
    ("act", "expected"),
    [
        (press(Button.Save), Answer.SAVE),
        (press(Button.Discard), Answer.DISCARD),
        (press(Button.Cancel), Answer.CANCEL),
        (key(Qt.Key.Key_Escape), Answer.CANCEL),
        (key(Qt.Key.Key_Return), Answer.SAVE),  # Save is the default
    ],
    ids=["save", "discard", "cancel", "escape", "enter"],
)
def test_ask_save_changes(parent, act, expected) -> None:
    seen = answer_with(act)
    assert dialogs.ask_save_changes(parent, "Save the check-in?") is expected
    (box,) = seen
    assert (box["title"], box["text"]) == ("Unsaved changes", "Save the check-in?")


# -- Yes / No, No the default ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("act", "expected"),
    [
        (click_text("Delete"), True),
        (press(Button.No), False),
        (key(Qt.Key.Key_Escape), False),
        (key(Qt.Key.Key_Return), False),  # a stray Enter changes nothing
    ],
    ids=["yes", "no", "escape", "enter-is-no"],
)
def test_confirm(parent, act, expected) -> None:
    seen = answer_with(act)
    assert dialogs.confirm(parent, "Delete this day?", "Delete 2026-03-10?", "Delete") is expected
    (box,) = seen
    assert box["default_no"] and box["yes_text"] == "Delete"


# -- one of several, or cancel --------------------------------------------------------------
@pytest.mark.parametrize(
    ("act", "expected"),
    [
        (click_text("Stop it instead"), 0),
        (click_text("Delete it and its doses"), 1),
        (press(Button.Cancel), None),
        (key(Qt.Key.Key_Escape), None),
        (key(Qt.Key.Key_Return), None),  # Cancel is the default
    ],
    ids=["first", "second", "cancel", "escape", "enter"],
)
def test_choose(parent, act, expected) -> None:
    answer_with(act)
    options = ["Stop it instead", "Delete it and its doses"]
    assert dialogs.choose(parent, "Delete a medicine", "It has doses.", options) == expected


# -- messages -------------------------------------------------------------------------------
@pytest.mark.parametrize("show", [dialogs.inform, dialogs.warn], ids=["inform", "warn"])
@pytest.mark.parametrize("act", [press(Button.Ok), key(Qt.Key.Key_Escape)], ids=["ok", "esc"])
def test_messages_close_with_ok_or_escape(parent, show, act) -> None:
    seen = answer_with(act)
    show(parent, "Backup made", "All your records were copied.")
    (box,) = seen
    assert (box["title"], box["text"]) == ("Backup made", "All your records were copied.")
    assert box["closed"]


# -- the text prompt (renaming a symptom) ------------------------------------------------------
def _type_and(k: Qt.Key, text: str = "Icy feet") -> Callable[[QWidget], None]:
    def act(dialog: QWidget) -> None:
        line = dialog.findChild(QLineEdit)
        line.selectAll()
        QTest.keyClicks(line, text)
        QTest.keyClick(line, k)

    return act


def _press_ok(dialog: QWidget) -> None:
    assert isinstance(dialog, QInputDialog)
    dialog.setTextValue("  Burning hands ")
    dialog.accept()


@pytest.mark.parametrize(
    ("act", "expected"),
    [
        (_type_and(Qt.Key.Key_Return), "Icy feet"),
        (_press_ok, "  Burning hands "),
        (_type_and(Qt.Key.Key_Escape), None),
        (lambda d: d.reject(), None),
    ],
    ids=["enter", "ok", "escape", "cancel"],
)
def test_ask_text(parent, act, expected) -> None:
    seen = answer_with(act)
    assert dialogs.ask_text(parent, "Rename symptom", "New name:", "Cold feet") == expected
    (dialog,) = seen
    assert (dialog["title"], dialog["label"], dialog["value"]) == (
        "Rename symptom",
        "New name:",
        "Cold feet",
    )


# -- file pickers ---------------------------------------------------------------------------
def _pick(path: Path) -> Callable[[QWidget], None]:
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(path))
        dialog.accept()

    return act


@pytest.fixture
def qt_file_dialogs():
    """The platform's own picker cannot be driven by a timer; Qt's own one can."""
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    yield
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, False)


def test_save_path_chosen_and_cancelled(parent, tmp_path: Path, qt_file_dialogs) -> None:
    target = tmp_path / "report.pdf"
    answer_with(_pick(target))
    assert dialogs.save_path(parent, "Save report", str(tmp_path), "PDF (*.pdf)") == str(target)
    answer_with(key(Qt.Key.Key_Escape))
    assert dialogs.save_path(parent, "Save report", str(tmp_path), "PDF (*.pdf)") == ""


def test_open_path_chosen_and_cancelled(parent, tmp_path: Path, qt_file_dialogs) -> None:
    existing = tmp_path / "checkins.csv"
    existing.write_text("date\n")
    answer_with(_pick(existing))
    assert dialogs.open_path(parent, "File to import", str(tmp_path), "CSV (*.csv)") == str(
        existing
    )
    answer_with(key(Qt.Key.Key_Escape))
    assert dialogs.open_path(parent, "File to import", str(tmp_path), "CSV (*.csv)") == ""


def test_open_dir_chosen_and_cancelled(parent, tmp_path: Path, qt_file_dialogs) -> None:
    folder = tmp_path / "export"
    folder.mkdir()

    def choose_folder(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.setDirectory(str(folder))
        dialog.accept()

    answer_with(choose_folder)
    assert Path(dialogs.open_dir(parent, "Export into", str(tmp_path))) == folder
    answer_with(key(Qt.Key.Key_Escape))
    assert dialogs.open_dir(parent, "Export into", str(tmp_path)) == ""
