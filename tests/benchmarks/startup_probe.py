"""Start the program (or a bare PySide6 window) and quit right after the first paint.

Used by bench_startup.py: `python startup_probe.py app DATA_DIR` or `python startup_probe.py bare`.
The app path is the one `poems-tracker` takes: import the CLI, open the database, build the
main window, show it; quitting once the window has been exposed and painted.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def bare() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("POEMS Tracker"))
    window.resize(1100, 760)
    window.show()
    QTimer.singleShot(0, app.quit)
    return app.exec()


def program(data_dir: str) -> int:
    from PySide6.QtCore import QTimer

    import poems_tracker.cli  # noqa: F401 - the console script imports it first
    from poems_tracker import paths
    from poems_tracker.store.database import Database
    from poems_tracker.ui.shell.app import application
    from poems_tracker.ui.shell.main_window import MainWindow

    paths.set_data_dir(data_dir)
    app = application(sys.argv[:1])
    db = Database.open()
    window = MainWindow(db)
    window.resize(1100, 760)
    window.show()
    QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(bare() if sys.argv[1] == "bare" else program(sys.argv[2]))
