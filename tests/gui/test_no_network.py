"""Privacy: a whole session in the window opens no network socket, and every file the
program writes is readable by the patient only."""

from __future__ import annotations

import os
import socket
import stat
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from poems_tracker import paths
from poems_tracker.store import backup
from poems_tracker.store.checkins import get_checkin
from poems_tracker.store.database import Database
from poems_tracker.ui.shell import clock, startup
from poems_tracker.ui.shell.app import protect_files
from poems_tracker.ui.shell.main_window import PAGES, MainWindow
from poems_tracker.ui.shell.single_instance import Claim, SingleInstance
from poems_tracker.ui.widgets import dialogs

TODAY = date(2026, 11, 25)
_INET = (socket.AF_INET, socket.AF_INET6)


def _inet_socket_inodes() -> set[str]:
    """Inodes of every IPv4/IPv6 socket on the system (to catch Qt's own C++ sockets too)."""
    inodes: set[str] = set()
    for table in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6"):
        try:
            lines = Path(f"/proc/net/{table}").read_text().splitlines()[1:]
        except OSError:
            continue
        inodes.update(line.split()[9] for line in lines if len(line.split()) > 9)
    return inodes


def _my_inet_sockets() -> set[str]:
    mine = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            mine.add(target[len("socket:[") : -1])
    return mine & _inet_socket_inodes()


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Fail on any attempt to make an internet socket from Python; record what was tried."""
    attempts: list[str] = []
    real_socket = socket.socket

    class GuardedSocket(real_socket):  # type: ignore[misc, valid-type]
        def __init__(self, family: int = -1, *args: object, **kwargs: object) -> None:
            if family in _INET or (family == -1 and not args and not kwargs):
                attempts.append(f"socket({family})")
                raise AssertionError("the program tried to open a network socket")
            super().__init__(family, *args, **kwargs)

    def refuse(*args: object, **_kwargs: object) -> None:
        attempts.append(f"connection to {args!r}")
        raise AssertionError("the program tried to connect to the network")

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_full_session_opens_no_network_socket_and_keeps_files_private(
    qtbot,
    no_network: list[str],
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    monkeypatch.setattr(dialogs, "inform", lambda *_a: None)
    assert _my_inet_sockets() == set()

    old_umask = protect_files()  # as app.run() does first
    request.addfinalizer(lambda: os.umask(old_umask))
    guard = SingleInstance(paths.data_dir())
    assert guard.claim() is Claim.FIRST  # a local socket: allowed
    assert startup.check_database()
    db = Database.open()
    window = MainWindow(db)
    qtbot.addWidget(window)
    guard.attach(window)
    window.show()

    for index in range(len(PAGES)):
        window.show_page(index)
        assert window.current_page().isVisible()
        qtbot.wait(20)
        assert _my_inet_sockets() == set(), PAGES[index].target

    window.show_page(0)
    page = window.page_by_class("CheckInPage")
    page.go_to(TODAY)
    qtbot.mouseClick(page.selectors["pain"].group.button(6), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.weight, "71.2")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert get_checkin(db, TODAY).values["pain"] == 6

    before = {i.path for i in backup.list_backups()}
    window.backup_actions.back_up_now()
    qtbot.waitUntil(lambda: {i.path for i in backup.list_backups()} != before, timeout=10000)
    qtbot.waitUntil(lambda: window.backup_actions.back_up.isEnabled(), timeout=10000)
    window.close()
    guard.release()
    db.close()

    assert no_network == []
    assert _my_inet_sockets() == set()
    assert _mode(data_dir) == 0o700
    assert _mode(data_dir / "backups") == 0o700
    written = [p for p in data_dir.rglob("*") if p.is_file()]
    assert any(p.name.startswith("backup-") for p in written)
    assert {p.name: oct(_mode(p)) for p in written} == {p.name: "0o600" for p in written}


def test_the_guard_really_catches_a_network_socket(no_network: list[str]) -> None:
    with pytest.raises(AssertionError, match="network socket"):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    assert no_network == [f"socket({socket.AF_INET})"]
    local = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)  # local sockets are fine
    local.close()
