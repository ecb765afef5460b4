"""`poems-tracker export ics --out FILE`: every appointment into the patient's calendar."""

from __future__ import annotations

from pathlib import Path

import click

from poems_tracker.cli.shared import check_out, open_db, out_option
from poems_tracker.domain.text import counted


@click.command("ics")
@out_option(help="The .ics file to write (replaced if it exists).")
@click.option(
    "--tz",
    "tz_name",
    default=None,
    metavar="ZONE",
    help="IANA time zone of the visit times, e.g. Europe/Paris (default: this computer's).",
)
def export_ics_command(out: Path, tz_name: str | None) -> None:
    """Write all appointments as an iCalendar file that calendar programs import.

    Importing it again later updates the same events instead of doubling them.
    Example: poems-tracker export ics --out visits.ics
    """
    from zoneinfo import ZoneInfo

    from poems_tracker.exchange.ical import export_ics

    if tz_name is not None:
        try:
            ZoneInfo(tz_name)
        except (ValueError, KeyError) as exc:  # ZoneInfoNotFoundError is a KeyError
            raise click.ClickException(
                f"Unknown time zone {tz_name}; use a name like Europe/Paris."
            ) from exc
    out = check_out(out, True, "visits.ics")
    with open_db() as db:
        try:
            count = export_ics(db, out, tz_name)
        except OSError as exc:
            raise click.ClickException(f"Could not write {out}: {exc.strerror or exc}.") from exc
    click.echo(f"{counted(count, 'appointment')} written to {out}.")


def register(main: click.Group) -> None:
    """Add `export ics`; calling it twice changes nothing."""
    export = main.commands["export"]
    assert isinstance(export, click.Group)
    if "ics" not in export.commands:
        export.add_command(export_ics_command, "ics")
