"""One window per data folder: a second start brings the first window forward and exits.

Two programs writing one journal would each think their view is the truth. A lock file in
the data folder (QLockFile: a crashed holder's lock is noticed as stale by its dead process
id) says who is first; the first also listens on a local socket (never a network socket)
named after the folder, so a second start can ask it to come forward. A socket left behind
by a crash is removed before listening (QLocalServer.removeServer), and only by the holder
of the lock, so two starts at the same moment cannot take it from each other.
"""

from __future__ import annotations

import functools
import logging
import os
import time
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from poems_tracker import paths
from poems_tracker.instance_lock import LOCK_NAME, folder_lock
from poems_tracker.ui.shell import first_paint

if TYPE_CHECKING:  # QtNetwork costs ~20 ms to load: imported where it is used
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

_SHOW = b"show\n"
_DONE = b"shown\n"


class Claim(Enum):
    FIRST = "first"  # this process owns the folder: open the window
    FORWARDED = "forwarded"  # the first window was asked to come forward: exit quietly
    UNREACHABLE = "unreachable"  # another process holds the folder but did not answer


def server_name(folder: Path) -> str:
    """A local socket name for FOLDER, the same for every start on it, private to the user."""
    import hashlib  # here: a usual start needs the name only after its first paint

    key = f"{os.getuid() if hasattr(os, 'getuid') else ''}:{folder.resolve()}"
    return "poems-tracker-" + hashlib.sha256(key.encode()).hexdigest()[:20]


class SingleInstance(QObject):
    """Claim a data folder for this process, or hand the start over to the one that has it."""

    activated = Signal()  # another start asked this window to come forward

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.lock = folder_lock(folder)
        self.server: QLocalServer | None = None

    @functools.cached_property
    def name(self) -> str:
        """The folder's socket name, reckoned when first needed (never before the paint
        on a usual start)."""
        return server_name(self.folder)

    def claim(self, wait_seconds: float = 3.0) -> Claim:
        """FIRST if this process now owns the folder; otherwise ask the owner to show itself."""
        deadline = time.monotonic() + wait_seconds
        while True:
            if self.lock.tryLock(0):
                paths.make_private_file(self.folder / LOCK_NAME)
                # Listening needs QtNetwork: after the first paint when the window starts
                # (a second start meanwhile holds on, asking again, until it is answered).
                first_paint.later(self._listen, "single-instance listen")
                return Claim.FIRST
            if self._ask_owner_to_show():
                return Claim.FORWARDED
            if time.monotonic() >= deadline:  # the owner may be starting; then give up
                log.warning("another instance holds %s but does not answer", self.folder)
                return Claim.UNREACHABLE
            time.sleep(0.1)

    def _listen(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        if not self.lock.isLocked():  # released before the window painted
            return
        QLocalServer.removeServer(self.name)  # a socket file left behind by a crash
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.warning("cannot listen for a second start: %s", server.errorString())
            return
        server.newConnection.connect(self._on_server_new_connection)
        self.server = server

    def _on_server_new_connection(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.setParent(self)
            socket.readyRead.connect(lambda s=socket: self._on_socket_ready_read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._on_socket_ready_read(socket)

    def _on_socket_ready_read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(_SHOW.strip()):
            socket.write(_DONE)
            socket.flush()
            self.activated.emit()

    def _ask_owner_to_show(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(1000):
            return False
        socket.write(_SHOW)
        socket.waitForBytesWritten(1000)
        answered = socket.waitForReadyRead(3000) and bytes(socket.readAll().data()) == _DONE
        socket.disconnectFromServer()
        return answered

    def attach(self, window: QWidget) -> None:
        """Bring WINDOW forward whenever a second start asks."""
        self.activated.connect(lambda: bring_forward(window))

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.lock.isLocked():
            self.lock.unlock()


def bring_forward(window: QWidget) -> None:
    """Un-minimise, raise and focus WINDOW (the window manager may only flash it)."""
    if window.windowState() & Qt.WindowState.WindowMinimized:
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
