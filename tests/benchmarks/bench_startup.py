"""Start-up, Save and History with ten years of daily check-ins (issue 2's speed goals).

Run on demand: `.venv/bin/python tests/benchmarks/bench_startup.py`. Prints medians of
paired runs: the program's launch to first paint as a ratio to a bare PySide6 window started
the same way (goal ≤ 1.5×), one Save of a check-in (goal ≤ 20 ms) and opening History
(goal ≤ 200 ms).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PROBE = Path(__file__).with_name("startup_probe.py")
RUNS = 15


def launch(*args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, str(PROBE), *args], check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    from poems_tracker import paths
    from poems_tracker.demo import fill
    from poems_tracker.store.database import Database

    folder = tempfile.mkdtemp(prefix="poems-bench-")
    paths.set_data_dir(folder)
    with Database.open() as db:
        counts = fill(db, years=10, seed=1, today=date.today())
    print(f"data: {counts}")

    launch("bare"), launch("app", folder)  # warm the file cache
    ratios, apps, bares = [], [], []
    for _ in range(RUNS):
        b, a = launch("bare"), launch("app", folder)
        bares.append(b)
        apps.append(a)
        ratios.append(a / b)
    print(
        f"launch to first paint: app {statistics.median(apps) * 1000:.0f} ms, bare window "
        f"{statistics.median(bares) * 1000:.0f} ms, ratio median {statistics.median(ratios):.2f}"
        f" (min {min(ratios):.2f}, max {max(ratios):.2f}) over {RUNS} pairs"
    )

    from PySide6.QtWidgets import QApplication

    from poems_tracker.ui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = Database.open()
    window = MainWindow(db)
    window.show()
    page = window.current_page()
    saves = []
    for value in range(11):
        page.selectors["pain"].set_value(value)
        page._dirty = True
        start = time.perf_counter()
        page.save()
        app.processEvents()
        saves.append(time.perf_counter() - start)
    print(
        f"save a check-in (whole click): median {statistics.median(saves) * 1000:.1f} ms, "
        f"max {max(saves) * 1000:.1f} ms"
    )
    start = time.perf_counter()
    window.show_page(1)
    app.processEvents()
    history = time.perf_counter() - start
    rows = window.current_page().model.rowCount()
    print(f"open History ({rows} days): {history * 1000:.0f} ms")
    db.close()


if __name__ == "__main__":
    main()
