"""Random bytes and random rows thrown at CSV import: it never crashes, every refusal names
FILE:LINE, and a refused import changes nothing (compared by a full dump before and after)."""

from __future__ import annotations

import csv
import io
import re
import shutil
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from poems_tracker.domain.models import CheckIn
from poems_tracker.exchange.csv_format import FILES
from poems_tracker.exchange.csv_import import import_csv
from poems_tracker.store.checkins import add_custom_symptom, get_checkin, save_checkin
from poems_tracker.store.database import Database

TODAY = date(2026, 11, 25)
SAMPLES = Path(__file__).resolve().parents[1] / "data" / "one-year"
BASELINE = CheckIn(date(2001, 2, 3), {"pain": 7, "burning_feet": 4}, 70.5, "kept, whatever")
FUZZ = settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
_PROBLEM = re.compile(r"^.+:\d+: \S.*$", re.DOTALL)

CELLS = st.sampled_from(
    [
        "",
        "2026-01-05",
        "2026-11-25",
        "2026-02-30",
        "2030-01-01",
        "26-1-5",
        "0",
        "7",
        "10",
        "11",
        "-1",
        "72.5",
        "1e400",
        "nan",
        "inf",
        "08:00",
        "23:59",
        "24:00",
        "taken",
        "missed",
        "planned",
        "done",
        "yes",
        "no",
        "maybe",
        "score",
        "yesno",
        "daily",
        "daily at 08:00",
        "weekly on Mon,Thu",
        "cycle 1-21 of 28",
        "as needed, max 4 per day",
        "VEGF (serum)",
        "M-protein (SPEP)",
        "pg/mL",
        "g/dL",
        "µg/L",
        "<0.1",
        ">5000",
        "Lenalidomide",
        "mg",
        "diagnosis",
        "chemotherapy",
        "unaffected",
        "affected",
        "prevented",
        "'=1+1",
        "=cmd|x",
        "burning_feet",
        "Burning feet",
        "12345-6",
        "Dr. A",
        "\u00e9t\u00e9",
        "x" * 300,
    ]
) | st.text(max_size=12)


def _fresh() -> Database:
    db = Database.in_memory()
    add_custom_symptom(db, "Burning feet")
    save_checkin(db, BASELINE)
    return db


def _check(db: Database, path: Path) -> None:
    """The properties every import must keep, whatever the file holds."""
    before = list(db.conn.iterdump())
    result = import_csv(db, [path], today=TODAY)
    assert not db.conn.in_transaction
    if not result.committed:
        assert result.problems
        assert all(_PROBLEM.match(p.text()) and p.line >= 1 for p in result.problems)
        assert list(db.conn.iterdump()) == before  # nothing half-written
        return
    assert get_checkin(db, BASELINE.day) == BASELINE  # what was saved is still there
    after = list(db.conn.iterdump())
    again = import_csv(db, [path], today=TODAY)  # natural keys: a second import changes nothing
    assert again.committed
    assert list(db.conn.iterdump()) == after


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path


@FUZZ
@given(name=st.sampled_from(sorted(FILES)), header=st.booleans(), body=st.binary(max_size=1500))
def test_random_bytes_never_crash_nor_half_write(
    folder: Path, name: str, header: bool, body: bytes
) -> None:
    path = folder / name
    head = ("\ufeff" + ",".join(FILES[name]) + "\r\n").encode() if header else b""
    path.write_bytes(head + body)
    db = _fresh()
    try:
        _check(db, path)
    finally:
        db.close()


@FUZZ
@given(
    name=st.sampled_from(sorted(FILES)),
    rows=st.lists(st.lists(CELLS, min_size=0, max_size=12), min_size=1, max_size=8),
    quoting=st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, -1]),
    line_end=st.sampled_from(["\r\n", "\n"]),
)
def test_random_rows_never_crash_nor_half_write(
    folder: Path, name: str, rows: list[list[str]], quoting: int, line_end: str
) -> None:
    text = io.StringIO()
    if quoting == -1:  # raw: cells joined as they are, quotes and line breaks left broken
        text.write(line_end.join(",".join(r) for r in [list(FILES[name]), *rows]) + line_end)
    else:
        writer = csv.writer(text, quoting=quoting, lineterminator=line_end)
        writer.writerow(FILES[name])
        writer.writerows(rows)
    path = folder / name
    path.write_text(text.getvalue(), encoding="utf-8")
    db = _fresh()
    try:
        _check(db, path)
    finally:
        db.close()


@FUZZ
@given(
    offset=st.floats(0.05, 0.95),
    junk=st.binary(min_size=1, max_size=64),
    victim=st.sampled_from(sorted(p.name for p in SAMPLES.glob("*.csv"))),
)
def test_one_damaged_file_in_a_real_export_stores_nothing_at_all(
    folder: Path, offset: float, junk: bytes, victim: str
) -> None:
    target = folder / "export"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(SAMPLES, target)
    damaged = target / victim
    data = damaged.read_bytes()
    at = int(len(data) * offset)
    damaged.write_bytes(data[:at] + junk + data[at:])
    db = Database.in_memory()
    try:
        before = list(db.conn.iterdump())
        result = import_csv(db, [target], today=TODAY)
        if not result.committed:
            assert list(db.conn.iterdump()) == before
            assert result.problems  # (a damaged key may surface in a file that uses it)
    finally:
        db.close()


def test_the_real_sample_imports_whole() -> None:
    """The guard above is meaningful: the undamaged sample really is stored."""
    db = Database.in_memory()
    result = import_csv(db, [SAMPLES], today=TODAY)
    assert result.committed, [p.text() for p in result.problems][:3]
    assert db.conn.execute("SELECT COUNT(*) FROM checkins").fetchone()[0] > 300
    db.close()
