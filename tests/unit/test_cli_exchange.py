"""`export csv`, `export fhir`, `import csv` and `report` on the command line: exit statuses
and messages exactly as interfaces.md says."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from poems_tracker.cli import main
from poems_tracker.exchange.csv_format import FILES

#: A copy of the project's one-year sample folder (docs: samples/one-year).
SAMPLE = Path(__file__).parents[1] / "data" / "one-year"


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def _csv(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_commands_are_listed_in_help() -> None:
    assert "csv" in run("export", "--help").output
    assert "fhir" in run("export", "--help").output
    assert "csv" in run("import", "--help").output
    assert "report" in run("--help").output


def test_export_csv_writes_every_file(tmp_path: Path, db) -> None:
    out = tmp_path / "export"
    result = run("export", "csv", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert result.stdout == f"9 files written to {out}.\n"
    assert sorted(p.name for p in out.iterdir()) == sorted(FILES)


def test_import_then_export_round_trip(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    _csv(
        folder, "events.csv", "start_date,end_date,kind,description\n2024-01-01,,diagnosis,POEMS\n"
    )
    result = run("import", "csv", str(folder))
    assert result.exit_code == 0, result.output
    assert result.stdout == "events.csv: 1 new, 0 updated, 0 unchanged\n"
    again = run("import", "csv", str(folder / "events.csv"))
    assert again.stdout == "events.csv: 0 new, 0 updated, 1 unchanged\n"


def test_import_the_sample_folder(tmp_path: Path) -> None:
    result = run("import", "csv", str(SAMPLE))
    assert result.exit_code == 0, result.output
    assert "symptoms.csv: 308 new, 0 updated, 0 unchanged\n" in result.stdout
    assert result.stderr == ""


def test_rejected_import_prints_every_problem_then_the_count(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    _csv(
        tmp_path / "in",
        "symptoms.csv",
        "date,pain,numbness,tingling,weakness,fatigue,swelling,weight_kg,note\n"
        '2024-01-01,11,1,1,1,1,1,70,"two\nlines"\n'
        "2024-02-30,1,1,1,1,1,1,70,\n",
    )
    _csv(tmp_path / "in", "labs.csv", "")
    _csv(tmp_path / "in", "readme.txt", "hello")
    result = run("import", "csv", "in/")  # FILE is the path as the user gave it
    assert result.exit_code == 1
    assert result.stderr == (
        'in/symptoms.csv:2: pain must be a whole number from 0 to 10; it is "11".\n'
        'in/symptoms.csv:4: "2024-02-30" in date is not a real date; write it as '
        "YYYY-MM-DD.\n"
        "in/labs.csv:1: The file is empty; it needs at least its header line.\n"
        "Error: 3 problems found; nothing was imported.\n"
    )
    assert result.stdout == "Left alone (not a POEMS Tracker file): in/readme.txt\n"
    assert "Traceback" not in result.output
    assert not data_dir.exists()  # nothing stored: not even an empty database was made


def test_one_problem_is_said_in_the_singular(tmp_path: Path) -> None:
    path = _csv(tmp_path, "labs.csv", "date,test\n")
    result = run("import", "csv", str(path))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == "Error: 1 problem found; nothing was imported."


def test_import_a_missing_path_is_rejected_input(tmp_path: Path) -> None:
    result = run("import", "csv", str(tmp_path / "nowhere"))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        f"{tmp_path / 'nowhere'}:1: There is no such file or folder."
    )


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("import", "csv").exit_code == 2
    assert run("export", "csv").exit_code == 2
    assert run("export", "fhir").exit_code == 2
    assert run("report").exit_code == 2
    assert run("report", "--out", str(tmp_path / "r.pdf"), "--from", "2024-13-01").exit_code == 2


def test_report_period_backwards_is_refused(tmp_path: Path) -> None:
    result = run(
        "report", "--out", str(tmp_path / "r.pdf"), "--from", "2024-03-01", "--to", "2024-01-01"
    )
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: The period starts (2024-03-01) after it ends (2024-01-01); swap --from and --to.\n"
    )
    assert not (tmp_path / "r.pdf").exists()


def test_export_fhir_writes_a_bundle(tmp_path: Path, db) -> None:
    out = tmp_path / "poems.json"
    result = run("export", "fhir", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert result.stdout == f"1 resources written to {out}.\n"
    from fhir.resources.R4B.bundle import Bundle

    assert Bundle.model_validate_json(out.read_text("utf-8")).type == "collection"


def test_export_fhir_to_a_folder_is_refused(tmp_path: Path) -> None:
    result = run("export", "fhir", "--out", str(tmp_path))
    assert result.exit_code in (1, 2)
    assert "Traceback" not in result.output


def test_import_keeps_a_backup_of_what_was_there(tmp_path: Path, data_dir: Path) -> None:
    folder = tmp_path / "in"
    _csv(
        folder, "events.csv", "start_date,end_date,kind,description\n2024-01-01,,diagnosis,POEMS\n"
    )
    assert run("import", "csv", str(folder)).exit_code == 0
    assert run("import", "csv", str(folder)).exit_code == 0
    assert [p.name for p in (data_dir / "backups").iterdir() if "before-import" in p.name]


def test_report_writes_a_pdf_without_a_display(tmp_path: Path, data_dir: Path, db) -> None:
    """Run in a fresh interpreter with no QT_QPA_PLATFORM: the command picks offscreen."""
    import subprocess
    import sys

    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    env["POEMS_TRACKER_DATA_DIR"] = str(data_dir)
    out = tmp_path / "visit.pdf"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "poems_tracker",
            "report",
            "--out",
            str(out),
            "--from",
            "2024-01-01",
            "--to",
            "2024-03-31",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"Report for 2024-01-01 to 2024-03-31 written to {out}.\n"
    assert out.read_bytes().startswith(b"%PDF")


def test_the_window_and_cli_modules_stay_light_to_import() -> None:
    """Installing the menu or registering the commands loads no exchange, report, FHIR,
    matplotlib or sqlite-utils code (architecture.md rule 8): that waits for first use."""
    import subprocess
    import sys

    code = (
        "import sys; import poems_tracker.ui.data.exchange_actions; "
        "import poems_tracker.cli.exchange; "
        "print([m for m in sys.modules if m.split('.')[0] in ('matplotlib', 'sqlite_utils', "
        "'fhir', 'numpy') or m.startswith(('poems_tracker.exchange', "
        "'poems_tracker.report'))])"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == "[]"
