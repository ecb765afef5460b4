"""Faults on the command line, through the real entry point (`python -m poems_tracker`):
each ends in one sentence on stderr and exit status 1, never a traceback, and no byte of the
database changes (issue 15, interfaces.md "Command line")."""

from __future__ import annotations

import contextlib
import hashlib
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from poems_tracker.demo import fill
from poems_tracker.domain.models import CheckIn
from poems_tracker.store.backup import make_backup
from poems_tracker.store.checkins import get_checkin, save_checkin
from poems_tracker.store.database import Database

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "data" / "one-year"
TODAY = date(2026, 11, 25)


def cli(*args: object, timeout: float = 120, **popen: object) -> subprocess.CompletedProcess[str]:
    """`python -m poems_tracker ARGS` in a fresh interpreter that imports this worktree."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.pop("POEMS_TRACKER_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "poems_tracker", *map(str, args)],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        **popen,  # type: ignore[arg-type]
    )


def one_sentence(done: subprocess.CompletedProcess[str], *words: str) -> str:
    """Exit 1 and a single `Error: …` line holding WORDS; no traceback, no Qt noise."""
    assert done.returncode == 1, (done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr[-3000:]
    assert lines[0].startswith("Error: ") and "Traceback" not in done.stderr
    for word in words:
        assert word in lines[0]
    return lines[0]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def filled(data_dir: Path) -> Path:
    """A closed one-year database (no -wal beside it)."""
    with Database.open() as db:
        fill(db, years=1, seed=4, today=TODAY)
        return db.path


# -- reading commands on a folder with no database ---------------------------------------------
READERS = {
    "check": ["check"],
    "export csv": ["export", "csv", "--out", "{out}"],
    "export fhir": ["export", "fhir", "--out", "{out}.json"],
    "export ics": ["export", "ics", "--out", "{out}.ics"],
    "report": ["report", "--out", "{out}.pdf"],
    "backup": ["backup"],
}


@pytest.mark.parametrize("command", list(READERS))
@pytest.mark.parametrize("where", ["before", "after"])
def test_a_reading_command_on_an_empty_place_creates_nothing(
    tmp_path: Path, command: str, where: str
) -> None:
    folder = tmp_path / "typo"
    args = [a.format(out=tmp_path / "out") for a in READERS[command]]
    option = ["--data-dir", str(folder)]
    done = cli(*(option + args if where == "before" else args + option))
    assert one_sentence(done) == f"Error: No database here ({folder})."
    assert list(tmp_path.iterdir()) == []  # no folder, no database, no output file


# -- the writing commands, each once through the real entry point -------------------------------
def test_every_command_through_the_real_entry_point(tmp_path: Path) -> None:
    home = tmp_path / "home"
    made = cli("demo-data", "--years", "1", "--seed", "2", "--data-dir", home)
    assert made.returncode == 0, made.stderr
    counts = dict(
        line.strip().split(": ") for line in made.stdout.splitlines() if line.startswith("  ")
    )
    assert list(counts) == [
        "check-ins",
        "medicines",
        "doses",
        "function checks",
        "lab results",
        "appointments",
    ]
    assert 0 < int(counts["medicines"]) < 20 < int(counts["doses"])  # courses, not doses
    assert cli("--data-dir", home, "check").returncode == 0

    out = tmp_path / "csv"
    assert cli("export", "csv", "--out", out, "--data-dir", home).returncode == 0
    other = tmp_path / "other"
    imported = cli("--data-dir", other, "import", "csv", out)
    assert imported.returncode == 0, imported.stderr
    assert f"doses.csv: {counts['doses']} new" in imported.stdout
    for kind in ("fhir", "ics"):
        done = cli("--data-dir", home, "export", kind, "--out", tmp_path / f"x.{kind}")
        assert done.returncode == 0, done.stderr

    copy = tmp_path / "copy.db"
    assert cli("--data-dir", home, "backup", "--out", copy).returncode == 0
    first = digest(copy)
    one_sentence(cli("--data-dir", home, "backup", "--out", copy), "--force")
    assert digest(copy) == first
    assert cli("--data-dir", home, "backup", "--out", copy, "--force").returncode == 0
    restored = cli("--data-dir", other, "restore", copy)
    assert restored.returncode == 0, restored.stderr
    assert "kept as" in restored.stdout

    pdf = tmp_path / "visit.pdf"
    assert cli("--data-dir", home, "report", "--out", pdf).returncode == 0
    written = pdf.read_bytes()
    one_sentence(cli("--data-dir", home, "report", "--out", pdf), "exists already", "--force")
    assert pdf.read_bytes() == written
    assert cli("--data-dir", home, "report", "--out", pdf, "--force").returncode == 0


def test_a_report_into_a_missing_folder_is_one_sentence(filled: Path, tmp_path: Path) -> None:
    done = cli("--data-dir", filled.parent, "report", "--out", tmp_path / "nowhere" / "v.pdf")
    one_sentence(done, "does not exist")
    assert "QPainter" not in done.stderr


def test_a_refused_import_makes_no_backup(filled: Path, tmp_path: Path) -> None:
    bad = tmp_path / "in" / "events.csv"
    bad.parent.mkdir()
    bad.write_text("start_date,end_date,kind,description\n2024-13-01,,diagnosis,x\n")
    before = digest(filled)
    done = cli("--data-dir", filled.parent, "import", "csv", bad.parent)
    assert done.returncode == 1 and "nothing was imported" in done.stderr
    assert not (filled.parent / "backups").exists()
    assert digest(filled) == before


def test_a_refused_import_into_a_new_folder_creates_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "events.csv"
    bad.write_text("start_date,end_date,kind,description\n2024-13-01,,diagnosis,x\n")
    folder = tmp_path / "new"
    done = cli("--data-dir", folder, "import", "csv", bad)
    assert done.returncode == 1 and "events.csv:2:" in done.stderr
    assert not folder.exists()


def test_an_accepted_import_backs_up_the_records_it_replaces(filled: Path, tmp_path: Path) -> None:
    new = tmp_path / "symptoms.csv"
    new.write_text(
        "date,pain,numbness,tingling,weakness,fatigue,swelling,weight_kg,note\n2001-01-01,3,,,,,,,\n"
    )
    done = cli("--data-dir", filled.parent, "import", "csv", new)
    assert done.returncode == 0, done.stderr
    (backup,) = (filled.parent / "backups").glob("backup-*-before-import.db")
    with Database.open(filled) as db:
        now = db.conn.execute("SELECT COUNT(*) FROM checkins").fetchone()[0]
    old = sqlite3.connect(backup).execute("SELECT COUNT(*) FROM checkins").fetchone()[0]
    assert old + 1 == now  # the copy holds the records as they were before the import


# -- links, foreign -wal, damage ----------------------------------------------------------------
@pytest.mark.parametrize("command", ["check", "export csv", "backup", "report"])
def test_a_database_that_is_a_link_is_never_followed(
    filled: Path, tmp_path: Path, command: str
) -> None:
    victim = tmp_path / "someone-elses.db"
    filled.rename(victim)
    victim.chmod(0o644)
    filled.symlink_to(victim)
    before = digest(victim)
    args = [a.format(out=tmp_path / "out") for a in READERS[command]]
    one_sentence(cli("--data-dir", filled.parent, *args), "symbolic link")
    assert victim.stat().st_mode & 0o777 == 0o644
    assert digest(victim) == before
    assert filled.is_symlink()


def test_a_dangling_backups_link_is_refused(filled: Path, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere"
    (filled.parent / "backups").symlink_to(target)
    one_sentence(cli("--data-dir", filled.parent, "backup"), "symbolic link")
    assert not target.exists()


def _foreign_wal(db_path: Path, tmp_path: Path) -> None:
    """Put the -wal of another database (with frames not yet checkpointed) beside DB_PATH."""
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE t (x)")
    conn.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 200)
    Path(f"{db_path}-wal").write_bytes(Path(f"{other}-wal").read_bytes())
    conn.close()


@pytest.mark.parametrize("command", ["check", "export csv", "report", "backup"])
def test_a_stale_foreign_wal_is_never_replayed(filled: Path, tmp_path: Path, command: str) -> None:
    _foreign_wal(filled, tmp_path)
    before = digest(filled)
    args = [a.format(out=tmp_path / "out") for a in READERS[command]]
    one_sentence(cli("--data-dir", filled.parent, *args), str(filled))
    assert digest(filled) == before
    assert not (tmp_path / "out").exists() and not (filled.parent / "backups").exists()


def test_export_of_a_damaged_database_is_one_sentence(filled: Path, tmp_path: Path) -> None:
    with filled.open("r+b") as handle:
        size = filled.stat().st_size
        handle.seek(size // 3)
        handle.write(bytes((i * 7919 + 13) % 256 for i in range(size // 3)))
    before = digest(filled)
    one_sentence(
        cli("--data-dir", filled.parent, "export", "csv", "--out", tmp_path / "o"), "damaged"
    )
    assert digest(filled) == before


# -- another program holds the database ---------------------------------------------------------
HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("holding", flush=True)
time.sleep(60)
"""


@contextlib.contextmanager
def held(path: Path) -> Iterator[None]:
    """A second process holding the write lock of PATH for as long as the block runs."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        yield
    finally:
        holder.kill()
        holder.communicate(timeout=30)


def test_demo_data_and_import_say_another_program_holds_the_database(
    data_dir: Path, filled: Path
) -> None:
    empty = data_dir.parent / "empty"
    Database.open(empty / "tracker.db").close()
    before = digest(filled)
    with held(empty / "tracker.db"), held(filled):
        start = time.monotonic()
        one_sentence(cli("--data-dir", empty, "demo-data"), "in use by another program")
        one_sentence(
            cli("--data-dir", filled.parent, "import", "csv", SAMPLE), "in use by another program"
        )
        assert time.monotonic() - start < 40
    assert digest(filled) == before


def test_restore_gives_up_after_a_few_seconds_of_a_held_lock(filled: Path, tmp_path: Path) -> None:
    with Database.open(filled) as db:
        copy = make_backup(db, out=tmp_path / "copy.db")
        save_checkin(db, CheckIn(TODAY, {"pain": 9}, note="after the copy"))
    before = digest(filled)
    with held(filled):
        start = time.monotonic()
        done = cli("--data-dir", filled.parent, "restore", copy)
        waited = time.monotonic() - start
    one_sentence(done, "in use by another program")
    assert waited < 30  # the holder keeps it for 60 s; SQLite alone would wait for ever
    assert digest(filled) == before
    with Database.open(filled) as db:
        assert get_checkin(db, TODAY).note == "after the copy"  # type: ignore[union-attr]


# -- the disk and the folder --------------------------------------------------------------------
@contextlib.contextmanager
def small_disk(folder: Path, size_kb: int, limit_kb: int) -> Iterator[dict[str, object]]:
    """FOLDER on a full-able disk: a SIZE_KB tmpfs where root may mount one, else a file size
    limit of LIMIT_KB (RLIMIT_FSIZE) for the command. Yields extra arguments for `cli`.
    POEMS_TESTS_NO_MOUNT=1 tries the second way as root too."""
    folder.mkdir(parents=True)
    mounted = (
        os.geteuid() == 0
        and not os.environ.get("POEMS_TESTS_NO_MOUNT")
        and subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0700", "tmpfs", str(folder)],
            capture_output=True,
            check=False,
        ).returncode
        == 0
    )
    if mounted:
        try:
            yield {}
        finally:
            subprocess.run(["umount", "-l", str(folder)], check=False)
        return

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_kb * 1024, resource.RLIM_INFINITY))

    yield {"preexec_fn": limit}


FULL = "The disk is full or cannot be written"


def test_demo_data_on_a_full_disk_is_one_sentence(tmp_path: Path) -> None:
    folder = tmp_path / "small"
    with small_disk(folder, 512, 512) as extra:
        one_sentence(cli("--data-dir", folder, "demo-data", "--years", "10", **extra), FULL)
        # the database that was made is healthy and empty, not "damaged"
        done = cli("--data-dir", folder, "check", **extra)
        assert done.returncode == 0 and "damaged" not in done.stdout + done.stderr


def test_a_full_disk_is_never_called_damage(tmp_path: Path) -> None:
    folder = tmp_path / "small"
    with small_disk(folder, 1024, 16) as extra:
        data = folder / "data"
        with Database.open(data / "tracker.db") as db:
            fill(db, years=1, seed=4, today=TODAY)
        before = digest(data / "tracker.db")
        if not extra:  # the tmpfs: fill what is left of it
            with contextlib.suppress(OSError), (folder / "filler").open("wb") as handle:
                while True:
                    handle.write(b"\0" * 65536)
                    handle.flush()
        for args in (
            ["export", "csv", "--out", folder / "csv"],
            ["report", "--out", folder / "v.pdf"],
            ["backup"],
        ):
            done = cli("--data-dir", data, *args, **extra)
            line = one_sentence(done)
            assert "damaged" not in line and ("full" in line or "could not write" in line.lower())
        check = cli("--data-dir", data, "check", **extra)
        assert "damaged" not in check.stdout + check.stderr
        assert digest(data / "tracker.db") == before


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """FOLDER made read-only: a read-only remount as root, permissions otherwise."""
    if os.geteuid() == 0:
        subprocess.run(["mount", "--bind", str(folder), str(folder)], check=True)
        try:
            subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], check=True)
            yield
        finally:
            subprocess.run(["umount", "-l", str(folder)], check=False)
        return
    folder.chmod(0o555)
    try:
        yield
    finally:
        folder.chmod(0o700)


def test_a_read_only_folder_is_named(filled: Path, tmp_path: Path) -> None:
    before = digest(filled)
    with read_only(filled.parent):
        one_sentence(cli("--data-dir", filled.parent, "import", "csv", SAMPLE), "read-only")
    assert digest(filled) == before
    empty = tmp_path / "ro-empty"
    empty.mkdir()
    with read_only(empty):
        one_sentence(cli("--data-dir", empty, "demo-data"), "read-only")
    assert list(empty.iterdir()) == []


def test_a_data_folder_that_is_a_file_is_named(tmp_path: Path) -> None:
    file = tmp_path / "notes.txt"
    file.write_text("mine")
    one_sentence(cli("--data-dir", file, "demo-data"), "is not a folder")
    one_sentence(cli("check", "--data-dir", file), "is not a folder")
    assert file.read_text() == "mine"


# -- first starts, files written, limits --------------------------------------------------------
OPENER = """
import sys, time
from pathlib import Path
from poems_tracker.store.database import Database
go = Path(sys.argv[2])
while not go.exists():
    time.sleep(0.001)
Database.open(Path(sys.argv[1])).close()
print("opened", flush=True)
"""


def test_two_first_starts_at_once_both_open_the_new_database(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for trial in range(6):
        path = tmp_path / f"t{trial}" / "tracker.db"
        path.parent.mkdir()
        go = tmp_path / f"go{trial}"
        starts = [
            subprocess.Popen(
                [sys.executable, "-c", OPENER, str(path), str(go)],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        time.sleep(0.5)
        go.touch()
        for start in starts:
            out, err = start.communicate(timeout=60)
            assert start.returncode == 0 and out.strip() == "opened", err
        assert cli("--data-dir", path.parent, "check").returncode == 0


def test_files_written_in_the_data_folder_are_private_whatever_the_umask(
    filled: Path,
) -> None:
    old = os.umask(0o022)
    try:
        done = cli("--data-dir", filled.parent, "export", "csv", "--out", filled.parent / "csv")
        assert done.returncode == 0, done.stderr
        done = cli("--data-dir", filled.parent, "backup")
        assert done.returncode == 0, done.stderr
    finally:
        os.umask(old)
    written = [p for p in filled.parent.rglob("*") if p.is_file()]
    assert len(written) > 10
    assert {p.name: p.stat().st_mode & 0o777 for p in written} == {p.name: 0o600 for p in written}


def test_a_long_note_round_trips_and_a_longer_one_is_refused(
    data_dir: Path, tmp_path: Path
) -> None:
    from poems_tracker.domain.validation import NOTE_MAX_CHARS

    note = ("Numb fingers; " * (NOTE_MAX_CHARS // 14 + 1))[:NOTE_MAX_CHARS]
    with Database.open() as db:
        save_checkin(db, CheckIn(TODAY, {"pain": 3}, note=note))
    out = tmp_path / "csv"
    assert cli("--data-dir", data_dir, "export", "csv", "--out", out).returncode == 0
    other = tmp_path / "other"
    done = cli("--data-dir", other, "import", "csv", out)
    assert done.returncode == 0, done.stderr
    with Database.open(other / "tracker.db") as db:
        assert get_checkin(db, TODAY).note == note  # type: ignore[union-attr]

    symptoms = out / "symptoms.csv"
    text = symptoms.read_text("utf-8-sig")
    symptoms.write_text(text.replace(note, note + "!"), "utf-8")
    refused = cli("--data-dir", tmp_path / "third", "import", "csv", symptoms)
    assert refused.returncode == 1
    assert f"symptoms.csv:2: A note can hold up to {NOTE_MAX_CHARS} characters" in refused.stderr


def test_a_huge_patient_name_is_cut_and_the_report_still_written(
    filled: Path, tmp_path: Path
) -> None:
    (filled.parent / "settings.ini").write_text(
        "[prefs]\npatient_name=" + "A" * 5_000_000 + "\ntext_scale=1e308\n"
    )
    start = time.monotonic()
    done = cli("--data-dir", filled.parent, "report", "--out", tmp_path / "v.pdf", timeout=120)
    assert done.returncode == 0, done.stderr
    assert time.monotonic() - start < 60
