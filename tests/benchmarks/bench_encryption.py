"""Encryption at rest (issue 19): the Argon2id unlock, and Save / History / the 10-year
report / start-up on an encrypted folder next to the same on a plain one (goal ≤ 1.3×).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_encryption.py

Two copies of the same ten years of demo records, one encrypted with `encrypt`; every
figure is the median of RUNS, plain and encrypted measured alternately so that a busy
machine slows both alike. Start-up is measured from the moment the passphrase is accepted
(the key known) to the main window painted.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

RUNS = 5
PASSPHRASE = "correct horse battery"
TODAY = date(2026, 11, 25)


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from poems_tracker import paths
    from poems_tracker.demo import fill
    from poems_tracker.report.document import build_report
    from poems_tracker.report.pdf import write_pdf
    from poems_tracker.store import cipher, encryption, keys
    from poems_tracker.store.database import Database
    from poems_tracker.ui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    root = Path(tempfile.mkdtemp(prefix="poems-bench-encryption-"))
    try:
        plain = root / "plain"
        plain.mkdir()
        with Database.open(plain / "tracker.db") as db:
            counts = fill(db, years=10, seed=1, today=TODAY)
        print(f"data (10 years): {counts}")
        secret = root / "enc"
        shutil.copytree(plain, secret)
        took = timed(lambda: encryption.encrypt(secret, PASSPHRASE))
        size = (secret / "tracker.db").stat().st_size / 1e6
        print(f"encrypt (database {size:.1f} MB, Argon2id included): {took:.2f} s")
        content = keys.read(secret / "keys.json")
        unlocks = [timed(lambda: keys.unlock(content, keys.Secret(PASSPHRASE))) for _ in range(5)]
        print(
            f"Argon2id unlock (t=3, 64 MiB, p=4): median {statistics.median(unlocks):.3f} s "
            f"(min {min(unlocks):.3f}, max {max(unlocks):.3f})"
        )
        data_key = keys.unlock(content, keys.Secret(PASSPHRASE))

        def use(folder: Path) -> None:
            paths.set_data_dir(folder)
            cipher.set_key(data_key if folder == secret else None)

        figures: dict[str, dict[str, list[float]]] = {
            name: {"start": [], "save": [], "history": [], "report": []}
            for name in ("plain", "encrypted")
        }
        for run in range(RUNS + 1):  # the first round warms caches and is not counted
            order = [("plain", plain), ("encrypted", secret)]
            for name, folder in order if run % 2 else order[::-1]:  # neither always first
                use(folder)
                box: dict[str, object] = {}

                def start(box: dict[str, object] = box, folder: Path = folder) -> None:
                    box["db"] = Database.open(folder / "tracker.db")
                    box["window"] = MainWindow(box["db"])  # type: ignore[arg-type]
                    box["window"].show()  # type: ignore[attr-defined]
                    app.processEvents()

                started = timed(start)
                window, db = box["window"], box["db"]
                page = window.current_page()  # type: ignore[attr-defined]
                saves = []
                for value in range(41):
                    page.selectors["pain"].set_value(value % 11)
                    page._dirty = True
                    saves.append(timed(lambda page=page: (page.save(), app.processEvents())))

                def history(window: object = window) -> None:
                    window.show_page(1)  # type: ignore[attr-defined]
                    app.processEvents()

                opened = timed(history)
                report = timed(
                    lambda db=db: write_pdf(
                        build_report(
                            db,  # type: ignore[arg-type]
                            TODAY - timedelta(days=3652),
                            TODAY,
                            "Jane Doe",
                            "A4",
                            today=TODAY,
                        ),
                        root / "report.pdf",
                    )
                )
                window.close()  # type: ignore[attr-defined]
                window.deleteLater()  # type: ignore[attr-defined]
                app.processEvents()
                db.close()  # type: ignore[attr-defined]
                if run:
                    figures[name]["start"].append(started)
                    figures[name]["save"].append(statistics.median(saves))
                    figures[name]["history"].append(opened)
                    figures[name]["report"].append(report)
        for what, label in (
            ("start", "start-up after the passphrase (open + first paint)"),
            ("save", "Save a check-in"),
            ("history", "open History (10 years)"),
            ("report", "10-year report PDF"),
        ):
            p = statistics.median(figures["plain"][what])
            e = statistics.median(figures["encrypted"][what])
            print(f"{label}: plain {p * 1000:.1f} ms, encrypted {e * 1000:.1f} ms = {e / p:.2f}×")
    finally:
        paths.set_data_dir(None)
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
