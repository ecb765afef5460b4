"""Every test gets its own data folder; GUI tests are marked `gui` automatically."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data folder per test, via the environment; the user's real data is never read."""
    from poems_tracker import paths

    folder = tmp_path / "data"
    monkeypatch.setenv(paths.ENV_VAR, str(folder))
    paths.set_data_dir(None)
    yield folder
    paths.set_data_dir(None)


@pytest.fixture
def db(data_dir: Path) -> Iterator:
    """The database of this test's data folder, opened (and so created and migrated)."""
    from poems_tracker.store.database import Database

    database = Database.open()
    yield database
    database.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()) or "qapp" in getattr(
            item, "fixturenames", ()
        ):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def events():
    """The DataEvents a page listens to (the main window owns one)."""
    from poems_tracker.ui.shell.data_events import DataEvents

    return DataEvents()


@pytest.fixture
def open_page(qtbot, db, events):
    """Build a page class over this test's database, show it as the window would."""

    def _open(page_class, size: tuple[int, int] = (1100, 760)):
        widget = page_class(db, events)
        qtbot.addWidget(widget)
        widget.resize(*size)
        widget.show()
        widget.shown()
        return widget

    return _open


@pytest.fixture(autouse=True)
def english_like_the_program(request: pytest.FixtureRequest) -> None:
    """GUI tests see the window as the program starts it in English: with the English
    plural catalogue installed ("3 months", never "3 month(s)"), whatever ran before."""
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        return
    from PySide6.QtWidgets import QApplication

    from poems_tracker.ui.shell.i18n import install_translators

    app = QApplication.instance()
    if isinstance(app, QApplication):
        install_translators(app, "en_GB")
