"""CSV export/import and the report PDF over ten years of every kind of record (issue 7).

Run on demand: `.venv/bin/python tests/benchmarks/bench_exchange.py`. Goals: export and
import each ≤ 2 s; the 3-month report PDF ≤ 3 s; the 10-year one ≤ 3× the 3-month one.
Prints medians of RUNS runs and exits 1 if a goal is missed.
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

    from poems_tracker.exchange.csv_export import export_csv
    from poems_tracker.exchange.csv_import import import_csv
    from poems_tracker.report.document import build_report
    from poems_tracker.report.pdf import write_pdf
    from poems_tracker.store.database import Database
    from poems_tracker.store.records import record_counts
    from tests.exchange_data import make_dataset

    app = QApplication.instance() or QApplication(sys.argv[:1])
    root = Path(tempfile.mkdtemp(prefix="poems-bench-exchange-"))
    try:
        (root / "source").mkdir()
        source = Database.open(root / "source" / "tracker.db")
        make_dataset(source, years=10, today=TODAY)
        print(f"data (10 years): {record_counts(source)}")

        exports = [timed(lambda: export_csv(source, root / "csv")) for _ in range(RUNS)]
        size = sum(p.stat().st_size for p in (root / "csv").iterdir())
        imports = []
        for n in range(RUNS):
            (root / f"fresh{n}").mkdir()
            fresh = Database.open(root / f"fresh{n}" / "tracker.db")
            imports.append(timed(lambda db=fresh: import_csv(db, [root / "csv"], today=TODAY)))
            fresh.close()

        def report(start: date) -> None:
            write_pdf(
                build_report(source, start, TODAY, "Jane Doe", "A4", today=TODAY),
                root / "report.pdf",
            )

        report(TODAY - timedelta(days=90))  # warm up fonts and matplotlib once
        short = [timed(lambda: report(TODAY - timedelta(days=90))) for _ in range(RUNS)]
        long = [timed(lambda: report(TODAY - timedelta(days=3652))) for _ in range(RUNS)]
        source.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    del app

    e, i = statistics.median(exports), statistics.median(imports)
    s, lg = statistics.median(short), statistics.median(long)
    print(f"CSV export: {e:.2f} s for {size / 1e6:.1f} MB (goal ≤ 2 s)")
    print(f"CSV import into an empty data folder: {i:.2f} s (goal ≤ 2 s)")
    print(f"report PDF, 3 months: {s:.2f} s (goal ≤ 3 s)")
    print(f"report PDF, 10 years: {lg:.2f} s = {lg / s:.2f}× the 3-month one (goal ≤ 3×)")
    ok = e <= 2 and i <= 2 and s <= 3 and lg <= 3 * s
    print("all goals met" if ok else "A GOAL WAS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
