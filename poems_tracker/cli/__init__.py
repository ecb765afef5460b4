"""The command line: `poems-tracker` with no sub-command opens the window.

Each command is a thin face over a service in store/, exchange/ or report/; expected
problems become one clear sentence on stderr and exit status 1 at one boundary
(`shared.PoemsGroup`, interfaces.md). Commands of other topics live in this package's
modules and are added at the bottom.
"""

from __future__ import annotations

import importlib
import os
import sys
from datetime import date

import click

from poems_tracker import __version__, paths
from poems_tracker.cli.shared import PoemsGroup, add_global_options, data_dir_option, open_db
from poems_tracker.domain.text import counted


@click.group(
    cls=PoemsGroup,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(
    __version__, "--version", prog_name="poems-tracker", message="%(prog)s %(version)s"
)
@click.pass_context
def main(ctx: click.Context) -> None:
    """POEMS Tracker: log symptoms, medicines, labs and visits, privately, on this computer.

    With no command, opens the window. Example: poems-tracker --data-dir ~/poems check
    """
    os.umask(0o077)  # as the window does: whatever we write (a .part, a lock) is ours alone
    if ctx.invoked_subcommand is None:
        from poems_tracker.ui.shell.app import run

        sys.exit(run(sys.argv[:1]))


@main.command()
def check() -> None:
    """Check the database for damage and show its schema version.

    Example: poems-tracker check
    """
    from poems_tracker.store.database import integrity_problems
    from poems_tracker.store.records import record_counts

    with open_db() as db:
        problems = integrity_problems(db)
        if problems:
            for problem in problems:
                click.echo(problem, err=True)
            raise click.ClickException(
                f"The database is damaged: {counted(len(problems), 'problem')} found."
            )
        counts = record_counts(db)
        click.echo(f"OK: {db.path} (schema version {db.version})")
        for table, count in counts.items():
            click.echo(f"  {table}: {count}")


@main.command("demo-data")
@click.option(
    "--years",
    type=click.IntRange(1, 30),
    default=2,
    show_default=True,
    help="How many years of records to make, ending today.",
)
@click.option(
    "--seed",
    type=int,
    default=1,
    show_default=True,
    help="Random seed, so the same data can be made again.",
)
def demo_data(years: int, seed: int) -> None:
    """Fill an empty data folder with realistic made-up records to try the program.

    Example: poems-tracker --data-dir /tmp/poems-demo demo-data --years 10
    """
    from poems_tracker.demo import fill
    from poems_tracker.store.records import has_records, record_counts

    with open_db(create=True) as db:
        if has_records(db):
            raise click.ClickException(
                "This data folder already holds records; demo data goes only into an empty one."
            )
        fill(db, years=years, seed=seed, today=date.today())
        counts = record_counts(db)
    paths.mark_demo_folder()
    click.echo(f"Demo data for {counted(years, 'year')} written to {paths.data_dir()}:")
    for kind, table in DEMO_KINDS:
        click.echo(f"  {kind}: {counts[table]}")


#: What `demo-data` reports, each kind counted in its own table (medicines apart from doses).
DEMO_KINDS = (
    ("check-ins", "checkins"),
    ("medicines", "medications"),
    ("doses", "doses"),
    ("function checks", "function_checks"),
    ("lab results", "lab_results"),
    ("appointments", "appointments"),
)


@main.group("export")
def export_group() -> None:
    """Write records to files: csv, fhir, ics."""


@main.group("import")
def import_group() -> None:
    """Read records from files (all-or-nothing)."""


#: Modules that add their own commands with `register(main)` (sub-commands of `export` and
#: `import` go into `main.commands["export"]` / `["import"]`); each stays light to import.
COMMAND_MODULES: tuple[str, ...] = (
    "poems_tracker.cli.calendar",
    "poems_tracker.cli.exchange",
    "poems_tracker.cli.backup",
    "poems_tracker.cli.labs",
    "poems_tracker.cli.encryption",
)

for _name in COMMAND_MODULES:
    importlib.import_module(_name).register(main)


def _give_global_options(group: click.Group) -> None:
    """Every command takes every global option, those a module added late included."""
    for command in group.commands.values():
        add_global_options(command)
        if isinstance(command, click.Group):
            _give_global_options(command)


_give_global_options(main)
main.params.append(data_dir_option())  # before the sub-command too
