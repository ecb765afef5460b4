"""How long a verified backup of ten years of records takes, next to a plain file copy.

Run: .venv/bin/python tests/benchmarks/bench_backup.py [--years 10] [--runs 9]

Three numbers, each the median of RUNS: `make_backup` as the program runs it (SQLite online
backup API, fsync, then integrity_check and record counts on the copy), the bare online backup
without the check, and `shutil.copy` of the same closed file as the baseline.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from poems_tracker.demo import fill
from poems_tracker.store.backup import make_backup, online_backup
from poems_tracker.store.database import Database
from poems_tracker.store.records import record_counts

TODAY = date(2026, 11, 25)


def _median_ms(action: Callable[[int], object], runs: int) -> float:
    times = []
    for run in range(runs):
        start = time.perf_counter()
        action(run)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _copy_and_sync(source: Path, dest: Path) -> None:
    shutil.copy(source, dest)
    fd = os.open(dest, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = Database.open(folder / "tracker.db")
        start = time.perf_counter()
        made = fill(db, years=args.years, seed=1, today=TODAY)
        fill_s = time.perf_counter() - start
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the copy sees the whole file
        counts = record_counts(db)
        size = (folder / "tracker.db").stat().st_size
        sys.stdout.write(
            f"{args.years} years: {sum(counts.values())} records "
            f"({', '.join(f'{k} {v}' for k, v in made.items())}), "
            f"{size / 1e6:.2f} MB, filled in {fill_s:.1f} s\n"
        )

        verified = _median_ms(
            lambda n: make_backup(
                db, folder / "backups", "manual", out=folder / f"verified-{n}.db"
            ),
            args.runs,
        )
        bare = _median_ms(lambda n: online_backup(db.conn, folder / f"bare-{n}.db"), args.runs)
        db.close()
        copy = _median_ms(
            lambda n: shutil.copy(folder / "tracker.db", folder / f"copy-{n}.db"), args.runs
        )
        synced = _median_ms(
            lambda n: _copy_and_sync(folder / "tracker.db", folder / f"synced-{n}.db"), args.runs
        )
    sys.stdout.write(
        f"make_backup (backup API + fsync + integrity_check + counts): "
        f"{verified:8.1f} ms  ({verified / copy:5.1f}x copy)\n"
    )
    sys.stdout.write(
        f"online backup API alone:                                 "
        f"{bare:8.1f} ms  ({bare / copy:5.1f}x copy)\n"
    )
    sys.stdout.write(f"shutil.copy of the same file (baseline):                 {copy:8.1f} ms\n")
    sys.stdout.write(
        f"shutil.copy + fsync (a copy that survives a power cut):  "
        f"{synced:8.1f} ms  (make_backup is {verified / synced:.1f}x this)\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
