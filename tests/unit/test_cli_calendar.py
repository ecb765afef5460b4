"""`poems-tracker export ics --out FILE` as a terminal user sees it."""

from __future__ import annotations

from datetime import date, time

import icalendar
from click.testing import CliRunner

from poems_tracker.cli import calendar as cli_calendar
from poems_tracker.cli import main
from poems_tracker.domain.models import Appointment
from poems_tracker.store.appointments import save_appointment


def test_export_ics_is_on_the_real_command_line() -> None:
    """COMMAND_MODULES wires it in; registering again changes nothing."""
    before = dict(main.commands["export"].commands)  # type: ignore[attr-defined]
    cli_calendar.register(main)
    assert "ics" in before and main.commands["export"].commands == before  # type: ignore[attr-defined]


def test_export_writes_every_visit(db, tmp_path):
    for month in (3, 6):
        save_appointment(
            db,
            Appointment(
                date(2026, month, 9), time(10, 30), "Dr. A", "haematology", purpose="follow-up"
            ),
        )
    out = tmp_path / "visits.ics"
    result = CliRunner().invoke(
        main, ["export", "ics", "--out", str(out), "--tz", "Europe/Berlin"]
    )
    assert result.exit_code == 0, result.output
    assert result.output == f"2 appointments written to {out}.\n"
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert len(events) == 2
    assert {e["dtstart"].params["TZID"] for e in events} == {"Europe/Berlin"}


def test_export_uses_the_data_dir_option(tmp_path):
    from poems_tracker.store.database import Database

    Database.open(tmp_path / "other" / "tracker.db").close()
    out = tmp_path / "empty.ics"
    result = CliRunner().invoke(
        main, ["--data-dir", str(tmp_path / "other"), "export", "ics", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert result.output.startswith("0 appointments written")
    assert (tmp_path / "other" / "tracker.db").exists()


def test_unknown_zone_is_one_sentence(tmp_path):
    result = CliRunner().invoke(
        main, ["export", "ics", "--out", str(tmp_path / "x.ics"), "--tz", "Mars/Olympus"]
    )
    assert result.exit_code == 1
    assert result.output == (
        "Error: Unknown time zone Mars/Olympus; use a name like Europe/Paris.\n"
    )
    assert not (tmp_path / "x.ics").exists()


def test_missing_out_is_a_usage_error():
    result = CliRunner().invoke(main, ["export", "ics"])
    assert result.exit_code == 2
    assert "--out" in result.output


def test_help_has_an_example():
    result = CliRunner().invoke(main, ["export", "ics", "--help"])
    assert result.exit_code == 0
    assert "poems-tracker export ics --out visits.ics" in result.output
