"""A writer really killed with SIGKILL, a disk really full: what was saved stays saved.

Each trial starts a separate Python process that writes through the program's own store
functions, kills it at a random moment, and then checks the database as the next start of
the program would: `check` passes and every transaction is either all there or not at all.
"""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from click.testing import CliRunner

from poems_tracker import paths
from poems_tracker.cli import main
from poems_tracker.demo import fill
from poems_tracker.domain.models import CheckIn
from poems_tracker.store.checkins import add_custom_symptom, get_checkin, save_checkin
from poems_tracker.store.database import Database, integrity_problems
from poems_tracker.store.records import record_counts

TRIALS = 30
TODAY = date(2026, 11, 25)
BASELINE_DAY = date(2001, 2, 3)
BASELINE = CheckIn(BASELINE_DAY, {"pain": 7, "numbness": 6}, 71.5, "saved long ago")

_PRELUDE = """
import json, os, signal, sys
from datetime import date, timedelta
from pathlib import Path
from poems_tracker.domain.models import CheckIn
from poems_tracker.store.database import Database
from poems_tracker.store.checkins import save_checkin
path = Path(sys.argv[1])
db = Database.open(path)
"""

_LARGE_IMPORT = (
    _PRELUDE
    + """
from poems_tracker.demo import fill
print("writing", flush=True)
fill(db, years=3, seed=11, today=date(2026, 11, 25))
print("committed", flush=True)
import time
time.sleep(120)  # stay alive, so every trial ends with a real SIGKILL
"""
)

_SAVES = (
    _PRELUDE
    + """
first = date(2026, 1, 1)
base = int(sys.argv[2])
print("ready", flush=True)
for i in range(base + 1, base + 100000):
    day = first + timedelta(days=i % 5)
    v = i % 11
    save_checkin(db, CheckIn(day, {"pain": v, "fatigue": v, "burning_feet": v}, None, str(i)))
    print(i, flush=True)
"""
)


def _prepare(path: Path) -> None:
    with Database.open(path) as db:
        add_custom_symptom(db, "Burning feet")
        save_checkin(db, BASELINE)


def _spawn(code: str, path: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, str(path), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _kill_after(proc: subprocess.Popen[str], first_line: str, delay: float) -> list[str]:
    """Wait for FIRST_LINE, let the writer run DELAY seconds, SIGKILL it; return its output."""
    line = proc.stdout.readline().strip()
    assert line == first_line, proc.stderr.read()
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    out, _err = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    return [first_line, *out.split()]


def _healthy(path: Path) -> Database:
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 0, result.stderr
    db = Database.open(path, create=False)
    assert integrity_problems(db) == []
    assert get_checkin(db, BASELINE_DAY) == BASELINE
    return db


def test_killing_a_large_import_leaves_all_or_nothing(
    data_dir: Path, record_property: Callable[[str, object], None]
) -> None:
    path = paths.db_path()
    _prepare(path)
    reference = Database.in_memory()
    add_custom_symptom(reference, "Burning feet")
    save_checkin(reference, BASELINE)
    fill(reference, years=3, seed=11, today=TODAY)
    everything = record_counts(reference)
    with Database.open(path) as db:
        nothing = record_counts(db)
    assert everything != nothing
    timing = _spawn(_LARGE_IMPORT, path)
    assert timing.stdout.readline().strip() == "writing"
    start = time.perf_counter()
    assert timing.stdout.readline().strip() == "committed"
    duration = time.perf_counter() - start
    timing.kill()
    timing.communicate(timeout=30)
    path.unlink()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)

    rng = random.Random(8)
    outcomes = {"nothing": 0, "all": 0}
    for _trial in range(TRIALS):
        _prepare(path)
        delay = rng.uniform(0, duration * 1.1)
        output = _kill_after(_spawn(_LARGE_IMPORT, path), "writing", delay)
        with _healthy(path) as db:
            counts = record_counts(db)
        assert counts in (nothing, everything)  # never a part of the import
        if "committed" in output:
            assert counts == everything  # what the program said was saved, is
        outcomes["all" if counts == everything else "nothing"] += 1
        for leftover in path.parent.glob("tracker.db*"):
            leftover.unlink()
    record_property("kill_outcomes", outcomes)
    assert sum(outcomes.values()) == TRIALS
    assert outcomes["nothing"] > 0  # the kills really landed inside the transaction


def test_killing_during_check_in_saves_loses_nothing_confirmed(
    data_dir: Path, record_property: Callable[[str, object], None]
) -> None:
    path = paths.db_path()
    _prepare(path)
    rng = random.Random(9)
    total_saves = 0
    for trial in range(TRIALS):
        base = trial * 1_000_000  # save numbers never repeat between trials
        output = _kill_after(_spawn(_SAVES, path, str(base)), "ready", rng.uniform(0.0, 0.4))
        confirmed = [int(x) for x in output[1:]]
        total_saves += len(confirmed)
        last_confirmed = max(confirmed, default=base)
        with _healthy(path) as db:
            for offset in range(5):
                day = date(2026, 1, 1 + offset)
                entry = get_checkin(db, day)
                mine = [i for i in confirmed if i % 5 == offset]
                if entry is None:
                    assert not mine  # a confirmed save is never missing
                    continue
                n = int(entry.note)
                v = n % 11
                # the whole save, never half of it: every value from the same save
                assert entry.values == {"pain": v, "fatigue": v, "burning_feet": v}
                assert n <= last_confirmed + 1  # at most the save in flight
                if mine:
                    assert n >= max(mine)  # never an older version than confirmed
    record_property("confirmed_saves", total_saves)
    assert total_saves > TRIALS * 5  # the writer really was saving when it was killed


_RESTORE = (
    _PRELUDE
    + """
from poems_tracker.store.restore import restore
db.close()
print("restoring", flush=True)
restore(Path(sys.argv[2]), path, path.parent / "backups")
print("restored", flush=True)
import time
time.sleep(120)
"""
)


def test_killing_a_restore_leaves_the_old_or_the_new_records(
    data_dir: Path, record_property: Callable[[str, object], None]
) -> None:
    from poems_tracker.store.backup import inspect, make_backup

    path = paths.db_path()
    _prepare(path)
    with Database.open(path) as db:
        small = make_backup(db, out=data_dir.parent / "small.db")  # the baseline alone
        fill(db, years=3, seed=12, today=TODAY)
        large = record_counts(db)
    small_counts = inspect(small)[0]
    timing = _spawn(_RESTORE, path, str(small))
    assert timing.stdout.readline().strip() == "restoring"
    start = time.perf_counter()
    assert timing.stdout.readline().strip() == "restored"
    duration = time.perf_counter() - start
    timing.kill()
    timing.communicate(timeout=30)

    rng = random.Random(10)
    outcomes = {"old": 0, "new": 0}
    for _trial in range(TRIALS):
        for leftover in path.parent.glob("tracker.db*"):
            leftover.unlink()
        _prepare(path)
        with Database.open(path) as db:
            fill(db, years=3, seed=12, today=TODAY)
        output = _kill_after(
            _spawn(_RESTORE, path, str(small)), "restoring", rng.uniform(0, duration * 1.1)
        )
        with _healthy(path) as db:
            counts = record_counts(db)
        assert counts in (large, small_counts)  # never a mixture of the two
        if "restored" in output:
            assert counts == small_counts
        outcomes["new" if counts == small_counts else "old"] += 1
    record_property("restore_kill_outcomes", outcomes)
    assert outcomes["old"] > 0


_FULL_DISK = (
    _PRELUDE
    + """
import resource, sqlite3
from poems_tracker.demo import fill
from poems_tracker.errors import PoemsError
from poems_tracker.store.backup import backup_and_rotate
from poems_tracker.store.sqlite_files import storage_error
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024 + path.stat().st_size, hard))
report = {}
def attempt(name, action):
    try:
        action()
        report[name] = "saved"
    except PoemsError as exc:
        report[name] = exc.message
    except sqlite3.Error as exc:
        report[name] = storage_error(exc).message
attempt("import", lambda: fill(db, years=10, seed=2, today=date(2026, 11, 25)))
attempt("save", lambda: save_checkin(db, CheckIn(date(2026, 11, 24), {"pain": 2}, None,
                                                 "x" * 200000)))
resource.setrlimit(resource.RLIMIT_FSIZE, (4096, hard))  # not even room for a backup
attempt("backup", lambda: backup_and_rotate(db))
resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))  # space freed again
attempt("after", lambda: save_checkin(db, CheckIn(date(2026, 11, 25), {"pain": 1})))
print(json.dumps(report), flush=True)
"""
)


def test_a_full_disk_says_so_plainly_and_loses_nothing(data_dir: Path) -> None:
    path = paths.db_path()
    _prepare(path)
    with Database.open(path) as db:
        from poems_tracker.store.backup import make_backup

        old_backup = make_backup(db, data_dir / "backups")
    old_bytes = old_backup.read_bytes()

    proc = subprocess.run(
        [sys.executable, "-c", _FULL_DISK, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)

    full = (
        "The disk is full or cannot be written; nothing of this was saved, and what was "
        "saved before is safe. Free some space and try again."
    )
    assert report["import"] == full
    assert report["save"] == full
    assert (
        report["backup"].startswith("The disk is full")
        or "could not be written" in report["backup"]
    )
    assert report["after"] == "saved"
    with _healthy(path) as db:
        assert get_checkin(db, date(2026, 11, 24)) is None
        assert get_checkin(db, date(2026, 11, 25)).values == {"pain": 1}
        assert record_counts(db)["checkins"] == 2
    assert old_backup.read_bytes() == old_bytes  # the failed backup pruned nothing
    assert not list((data_dir / "backups").glob("*.part"))
    assert sorted(p.name for p in (data_dir / "backups").iterdir()) == [old_backup.name]
