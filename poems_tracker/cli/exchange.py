"""`export csv`, `export fhir`, `import csv` and `report`: the exchange commands of
interfaces.md, thin faces over exchange/ and report/ (the window uses the same functions)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import click

from poems_tracker.cli.shared import check_out, open_db, out_option

_DATE = click.DateTime(formats=["%Y-%m-%d"])


def _patient_name() -> str:
    """The name set in Preferences ("" when none); read through the window's settings."""
    from poems_tracker import settings

    return str(settings.get("prefs/patient_name") or "")


@click.command("csv")
@out_option(help="Folder to write the CSV files into (created if missing).", folder=True)
def export_csv_command(out: Path) -> None:
    """Write every record as CSV files (UTF-8, one file per kind of record).

    Example: poems-tracker export csv --out ~/poems-export
    """
    from poems_tracker.exchange.csv_export import export_csv

    with open_db() as db:
        try:
            written = export_csv(db, out)
        except OSError as exc:
            raise click.ClickException(
                f"Could not write to {out}: {exc.strerror or exc}."
            ) from exc
    click.echo(f"{len(written)} files written to {out}.")


@click.command("fhir")
@out_option(help="The JSON file to write (replaced if it exists).")
def export_fhir_command(out: Path) -> None:
    """Write one FHIR R4 Bundle (JSON) for clinical systems.

    Example: poems-tracker export fhir --out poems-fhir.json
    """
    from poems_tracker.exchange.fhir import export_fhir

    out = check_out(out, True, "poems.json")
    with open_db() as db:
        name = _patient_name()
        try:
            count = export_fhir(db, out, patient_name=name)
        except OSError as exc:
            raise click.ClickException(f"Could not write {out}: {exc.strerror or exc}.") from exc
    click.echo(f"{count} resources written to {out}.")


@click.command("csv")
@click.argument("sources", nargs=-1, required=True, metavar="FILE_OR_DIR...")
def import_csv_command(sources: tuple[str, ...]) -> None:
    """Read CSV files (or folders of them) in the export format; all or nothing.

    A row with the same key as a stored record updates it, so importing twice never
    doubles anything. Example: poems-tracker import csv ~/poems-export
    """
    from poems_tracker import paths
    from poems_tracker.exchange.csv_import import import_csv
    from poems_tracker.store.backup import make_backup
    from poems_tracker.store.database import Database
    from poems_tracker.store.records import has_records

    result = None
    if not paths.db_path(create=False).exists():  # try it first where it leaves no trace
        with Database.in_memory() as scratch:
            result = import_csv(scratch, sources, dry_run=True)
    if result is None or not result.problems:
        with open_db(create=True) as db:
            path = db.path
            keep = has_records(db) and path is not None

            def backup_first() -> None:
                """Only once every row passed: a refused import writes nothing, not even this."""
                if keep:
                    make_backup(path, reason="before-import")  # its own read of the records

            result = import_csv(db, sources, before_commit=backup_first)
    for shown in result.unknown_files:
        click.echo(f"Left alone (not a POEMS Tracker file): {shown}")
    if result.problems:
        for problem in result.problems:
            click.echo(problem.text(), err=True)
        count = len(result.problems)
        raise click.ClickException(
            f"{count} problem{'s' if count != 1 else ''} found; nothing was imported."
        )
    for name, counts in result.counts.items():
        click.echo(
            f"{name}: {counts.new} new, {counts.updated} updated, {counts.unchanged} unchanged"
        )


@click.command("report")
@out_option(help="The PDF file to write.", force=True)
@click.option(
    "--from",
    "start",
    type=_DATE,
    default=None,
    metavar="DATE",
    help="First day of the period (YYYY-MM-DD); default: the last visit marked done, "
    "else 3 months before --to.",
)
@click.option(
    "--to",
    "end",
    type=_DATE,
    default=None,
    metavar="DATE",
    help="Last day of the period (YYYY-MM-DD); default: today.",
)
def report_command(out: Path, force: bool, start: datetime | None, end: datetime | None) -> None:
    """Write the doctor-visit report as a PDF (the same document the window prints).

    Example: poems-tracker report --out visit.pdf --from 2024-01-01 --to 2024-03-31
    """
    from poems_tracker.report.period import report_period

    today = datetime.now().astimezone().date()
    last = end.date() if end else today
    first = start.date() if start else None
    if first is None:
        with open_db() as db:
            first = report_period(db, last)[0]
    if first > last:
        raise click.ClickException(
            f"The period starts ({first}) after it ends ({last}); swap --from and --to."
        )
    out = check_out(out, force, "visit.pdf")
    from poems_tracker.report.document import build_report, default_page_size
    from poems_tracker.report.pdf import headless_application, qt_messages_silenced, write_pdf

    with open_db() as db, qt_messages_silenced():
        app = headless_application()  # noqa: F841 - kept alive while the report is laid out
        name = _patient_name()
        document = build_report(db, first, last, name, default_page_size(), today=today)
        try:
            write_pdf(document, out)
        except OSError as exc:
            raise click.ClickException(f"Could not write {out}: {exc.strerror or exc}.") from exc
    click.echo(f"Report for {first} to {last} written to {out}.")


def register(main: click.Group) -> None:
    """Add `export csv`, `export fhir`, `import csv` and `report`; calling twice is harmless."""
    export = main.commands["export"]
    imports = main.commands["import"]
    assert isinstance(export, click.Group)
    assert isinstance(imports, click.Group)
    if "csv" not in export.commands:
        export.add_command(export_csv_command, "csv")
    if "fhir" not in export.commands:
        export.add_command(export_fhir_command, "fhir")
    if "csv" not in imports.commands:
        imports.add_command(import_csv_command, "csv")
    if "report" not in main.commands:
        main.add_command(report_command, "report")
