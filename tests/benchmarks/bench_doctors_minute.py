"""The doctor's minute (issue 16): the report and the markers page over ten years.

Run on demand: `.venv/bin/python tests/benchmarks/bench_doctors_minute.py`. Goals: the
10-year report PDF ≤ 3× the 3-month one; the markers page (the Labs page's "My markers"
tab, table and charts drawn) opens in ≤ 1.5× the time of the Labs page it grows from
("All tests" shown). Prints medians of RUNS runs and exits 1 if a goal is missed.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
RUNS = 5
TODAY = date(2026, 11, 25)


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from poems_tracker import demo
    from poems_tracker.report.document import build_report
    from poems_tracker.report.pdf import write_pdf
    from poems_tracker.store.database import Database
    from poems_tracker.ui.labs.labs_page import LabsPage
    from poems_tracker.ui.labs.markers_panel import MarkersPanel
    from poems_tracker.ui.shell import clock
    from poems_tracker.ui.shell.data_events import DataEvents

    app = QApplication.instance() or QApplication(sys.argv[:1])
    clock.today = lambda: TODAY
    root = Path(tempfile.mkdtemp(prefix="poems-bench-minute-"))
    os.environ["POEMS_TRACKER_DATA_DIR"] = str(root)
    try:
        db = Database.open(root / "tracker.db")
        demo.fill(db, years=10, seed=1, today=TODAY)

        def report(start: date) -> None:
            write_pdf(
                build_report(db, start, TODAY, "Jane Doe", "A4", today=TODAY), root / "r.pdf"
            )

        def labs_page() -> None:
            page = LabsPage(db, DataEvents())
            page.resize(1100, 800)
            page.show()
            app.processEvents()
            page.close()
            page.deleteLater()

        def markers_page(charts: bool = False) -> float:
            """Seconds until the table shows (the charts are drawn off the GUI thread when
            the tab is seen); with CHARTS, until the charts are there too."""
            from PySide6.QtCore import QThreadPool

            begin = time.perf_counter()
            panel = MarkersPanel(db, DataEvents())
            panel.resize(1100, 800)
            panel.show()
            app.processEvents()
            while charts and panel.chart.pixmap().isNull():
                app.processEvents()
            seconds = time.perf_counter() - begin
            QThreadPool.globalInstance().waitForDone()
            app.processEvents()
            panel.close()
            panel.deleteLater()
            return seconds

        report(TODAY - timedelta(days=90))  # warm up fonts and matplotlib once
        markers_page()
        labs_page()
        short = [timed(lambda: report(TODAY - timedelta(days=90))) for _ in range(RUNS)]
        long = [timed(lambda: report(TODAY - timedelta(days=3652))) for _ in range(RUNS)]
        labs = [timed(labs_page) for _ in range(RUNS)]
        markers = [markers_page() for _ in range(RUNS)]
        drawn = [markers_page(charts=True) for _ in range(RUNS)]
        db.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    s, lg = statistics.median(short), statistics.median(long)
    lb, mk = statistics.median(labs), statistics.median(markers)
    dr = statistics.median(drawn)
    print(f"report PDF, 3 months: {s:.2f} s")
    print(f"report PDF, 10 years: {lg:.2f} s = {lg / s:.2f}× the 3-month one (goal ≤ 3×)")
    print(f"Labs page (10 years): {lb:.3f} s")
    print(f"markers page open (10 years): {mk:.3f} s = {mk / lb:.2f}× the Labs page (goal ≤ 1.5×)")
    print(f"markers page until its charts are drawn: {dr:.2f} s (not a goal; off the GUI thread)")
    ok = lg <= 3 * s and mk <= 1.5 * lb
    print("all goals met" if ok else "A GOAL WAS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
