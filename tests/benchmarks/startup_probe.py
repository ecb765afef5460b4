"""A bare PySide6 window, the baseline bench_startup.py compares the program's start with.

`python startup_probe.py bare`: a QMainWindow with one label, the program's size, titled
"POEMS bare"; like the program it writes the wall-clock time of its first paint to
POEMS_TRACKER_FIRST_PAINT_FILE when that is set, and then runs until it is ended.
"""

from __future__ import annotations

import os
import sys
import time


def bare() -> int:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                path = os.environ.get("POEMS_TRACKER_FIRST_PAINT_FILE")
                if path:
                    with open(path, "w", encoding="utf-8") as out:
                        out.write(repr(time.time()))
            return False

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("POEMS bare")
    window.setCentralWidget(QLabel("POEMS Tracker"))
    window.resize(1100, 760)
    watcher = FirstPaint(window)
    window.installEventFilter(watcher)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(bare())
