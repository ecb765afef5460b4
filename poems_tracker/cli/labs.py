"""`import labs`: lab results read from PDF, text and FHIR lab reports (interfaces.md,
"Lab reports"); a thin face over exchange/lab_reports, which the window's review uses too."""

from __future__ import annotations

from datetime import datetime

import click

_DATE = click.DateTime(formats=["%Y-%m-%d"])


@click.command("labs")
@click.argument("sources", nargs=-1, required=True, metavar="FILE...")
@click.option(
    "--date",
    "given",
    type=_DATE,
    default=None,
    metavar="DATE",
    help="The date the sample was taken (YYYY-MM-DD), for every result of the files given.",
)
@click.option(
    "--apply",
    "apply",
    is_flag=True,
    help="Store the recognised results (after a backup); without it nothing is stored.",
)
def import_labs_command(sources: tuple[str, ...], given: datetime | None, apply: bool) -> None:
    """Read lab results from lab reports (.pdf, .txt, FHIR .json, or folders of them).

    Prints each recognised result and each line it could not read; stores nothing unless
    --apply is given. Example: poems-tracker import labs report.pdf --date 2025-03-14
    """
    from poems_tracker import settings
    from poems_tracker.cli import open_db
    from poems_tracker.exchange.lab_reports import read_reports, store_results

    sex = str(settings.get("prefs/sex_for_ranges") or "")
    reading = read_reports(sources, given=given.date() if given else None, sex=sex)
    for shown in reading.left_alone:
        click.echo(f"Left alone (not a lab report): {shown}")
    if reading.refused:
        for line in reading.refusals():
            click.echo(line, err=True)
        raise click.ClickException("Nothing was read or stored; see the problems named above.")
    for candidate in reading.dated:
        click.echo(candidate.line_out())
    for unread in reading.unread_with_dates():
        click.echo(unread.text())
    if not reading.dated:
        raise click.ClickException("No lab result was recognised; nothing was stored.")
    if not apply:
        return
    from poems_tracker.store.backup import make_backup
    from poems_tracker.store.records import has_records

    with open_db(create=True) as db:
        if has_records(db):
            make_backup(db, reason="before-import")
        counts = store_results(db, [c.result() for c in reading.dated])
    click.echo(
        f"Lab results: {counts['new']} new, {counts['updated']} updated, "
        f"{counts['unchanged']} unchanged"
    )


def register(main: click.Group) -> None:
    """Add `import labs`; calling twice is harmless."""
    imports = main.commands["import"]
    assert isinstance(imports, click.Group)
    if "labs" not in imports.commands:
        imports.add_command(import_labs_command, "labs")
