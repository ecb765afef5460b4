"""Ten years of doses: opening the Medicines page and adherence for every medicine.

Run on demand: `.venv/bin/python tests/benchmarks/bench_medications.py`.
Fills a temporary data folder with ten years of the demo regimen (about 14,000 dose rows),
then times, as medians of repeated runs:
  - baseline: a plain sqlite3 query reading every dose row (`SELECT ... FROM doses`);
  - adherence for all medicines over all time (store.dose_counts + domain.adherence);
  - building and showing the Medicines page (lists, schedules in words, adherence);
  - switching the page's period to "all the time" (a refresh).
Goal (issue 3): page + adherence ≤ 200 ms. Prints milliseconds and the ratio to the baseline.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 15


def median_ms(action: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from poems_tracker import paths
    from poems_tracker.demo import medications as demo
    from poems_tracker.demo.story import Story
    from poems_tracker.domain.adherence import adherence_for_all
    from poems_tracker.store import medications as store
    from poems_tracker.store.database import Database
    from poems_tracker.ui.medicines.medications_page import MedicationsPage
    from poems_tracker.ui.shell.data_events import DataEvents

    app = QApplication.instance() or QApplication([])
    paths.set_data_dir(Path(tempfile.mkdtemp(prefix="poems-bench-meds-")))
    today = date.today()
    db = Database.open()
    with db.transaction():
        rows = demo.generate(db, Story.for_span(10, today), random.Random(1))
    print(f"{rows} dose rows, {len(store.list_medications(db))} medicine courses")

    def baseline() -> list:
        return db.conn.execute(
            "SELECT medication_id, date, time, dose, unit, status, note FROM doses"
        ).fetchall()

    def adherence_all() -> dict:
        meds = store.list_medications(db)
        return adherence_for_all(meds, store.dose_counts(db), None, today, today)

    def open_page() -> None:
        page = MedicationsPage(db, DataEvents())
        page.resize(1100, 760)
        page.show()
        app.processEvents()
        page.close()
        page.deleteLater()
        app.processEvents()

    page = MedicationsPage(db, DataEvents())
    page.show()
    app.processEvents()

    def switch_to_all() -> None:
        page.period_box.setCurrentIndex(2 if page.period_box.currentIndex() != 2 else 0)

    base = median_ms(baseline)
    results = {
        "adherence, all medicines, all time": median_ms(adherence_all),
        "open the Medicines page (30 days)": median_ms(open_page),
        "change the period (refresh)": median_ms(switch_to_all),
    }
    print(f"baseline: plain sqlite3 query of all {rows} dose rows: {base:.1f} ms")
    for name, ms in results.items():
        print(f"{name}: {ms:.1f} ms ({ms / base:.1f}x the baseline)")
    total = (
        results["open the Medicines page (30 days)"]
        + results["adherence, all medicines, all time"]
    )
    print(
        f"page + adherence: {total:.1f} ms (goal ≤ 200 ms): {'met' if total <= 200 else 'NOT met'}"
    )
    db.close()
    return 0 if total <= 200 else 1


if __name__ == "__main__":
    sys.exit(main())
