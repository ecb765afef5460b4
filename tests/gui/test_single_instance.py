"""A second start on the same data folder brings the first window forward instead of
opening a second writer; a crashed first start does not block the next one."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from poems_tracker.ui.shell.single_instance import LOCK_NAME, Claim, SingleInstance, server_name

_SECOND_START = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from poems_tracker.ui.shell.single_instance import SingleInstance
app = QCoreApplication([])
guard = SingleInstance(Path(sys.argv[1]))
print(guard.claim(wait_seconds=float(sys.argv[2])).value, flush=True)
if len(sys.argv) > 3:  # crash while holding the folder
    import os, signal
    os.kill(os.getpid(), signal.SIGKILL)
"""


def _start_second(folder: Path, *extra: str, wait: str = "3") -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", _SECOND_START, str(folder), wait, *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


@pytest.fixture
def first(qtbot, data_dir: Path):
    data_dir.mkdir(parents=True, exist_ok=True)
    guard = SingleInstance(data_dir)
    assert guard.claim() is Claim.FIRST
    yield guard
    guard.release()


def test_second_start_brings_the_first_window_forward_and_exits(
    qtbot, first: SingleInstance, data_dir: Path
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    window.setWindowState(Qt.WindowState.WindowMinimized)
    first.attach(window)

    with qtbot.waitSignal(first.activated, timeout=10000):
        second = _start_second(data_dir)
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=10000)
    out, err = second.communicate()
    assert second.returncode == 0, err
    assert out.strip() == Claim.FORWARDED.value
    assert not window.windowState() & Qt.WindowState.WindowMinimized
    assert window.isVisible()


def test_lock_file_is_private(first: SingleInstance, data_dir: Path) -> None:
    assert stat.S_IMODE((data_dir / LOCK_NAME).stat().st_mode) == 0o600


def test_another_data_folder_is_another_program(
    qtbot, first: SingleInstance, tmp_path: Path
) -> None:
    other = tmp_path / "other-data"
    other.mkdir()
    assert server_name(other) != first.name
    second = _start_second(other)
    out, err = second.communicate(timeout=20)
    assert out.strip() == Claim.FIRST.value, err


def test_a_crashed_first_start_leaves_nothing_that_blocks(qtbot, data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    crashed = _start_second(data_dir, "crash")
    out, _err = crashed.communicate(timeout=20)
    assert out.strip() == Claim.FIRST.value
    assert crashed.returncode == -signal.SIGKILL
    assert (data_dir / LOCK_NAME).exists()  # left behind by the crash

    guard = SingleInstance(data_dir)
    try:
        assert guard.claim(wait_seconds=1) is Claim.FIRST
        assert guard.server is not None and guard.server.isListening()
    finally:
        guard.release()


def test_an_owner_that_does_not_answer_is_explained_not_waited_for(
    qtbot, first: SingleInstance, data_dir: Path
) -> None:
    assert first.server is not None
    first.server.close()  # the first window is busy or hung: nobody answers the socket
    second = _start_second(data_dir, wait="0.5")
    out, err = second.communicate(timeout=20)
    assert out.strip() == Claim.UNREACHABLE.value, err
