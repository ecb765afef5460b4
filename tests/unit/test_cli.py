"""The command line of interfaces.md: exit statuses and messages are a contract."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from poems_tracker import __version__, paths
from poems_tracker.cli import main


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_version_and_help() -> None:
    result = run("--version")
    assert result.exit_code == 0 and result.output.strip() == f"poems-tracker {__version__}"
    help_text = run("--help").output
    for command in ("check", "demo-data", "export", "import"):
        assert command in help_text


def test_check_on_an_empty_folder_says_no_database(data_dir: Path) -> None:
    result = run("check")
    assert result.exit_code == 1
    assert "No database here" in result.output


def test_demo_data_then_check(data_dir: Path) -> None:
    result = run("demo-data", "--years", "1", "--seed", "3")
    assert result.exit_code == 0, result.output
    assert "check-ins" in result.output
    assert "Demo data for 1 year written" in result.output  # a count, never "year(s)"
    # the folder says its records are made up, so its window can say so too
    assert paths.is_demo_folder()
    result = run("check")
    assert result.exit_code == 0
    assert "schema version 1" in result.output
    assert "checkins: 3" in result.output  # hundreds of days


def test_counts_in_english_words() -> None:
    from poems_tracker.domain.text import counted

    assert [counted(n, "year") for n in (0, 1, 2)] == ["0 years", "1 year", "2 years"]
    assert counted(3, "check-in") == "3 check-ins"


def test_a_patients_folder_is_not_a_demo_folder(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    assert not paths.is_demo_folder()


def test_demo_data_refuses_a_folder_with_records(data_dir: Path) -> None:
    assert run("demo-data", "--years", "1").exit_code == 0
    result = run("demo-data", "--years", "1")
    assert result.exit_code == 1
    assert "already holds records" in result.output


def test_demo_data_ignores_settings_in_the_folder(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "settings.ini").write_text("[prefs]\npatient_name=A\n")
    assert run("demo-data", "--years", "1").exit_code == 0


def test_check_reports_a_damaged_file_with_exit_1(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "tracker.db").write_bytes(b"not sqlite at all" * 50)
    result = run("check")
    assert result.exit_code == 1
    assert "is not a database" in result.output
    assert "Traceback" not in result.output


def test_data_dir_option_wins_over_environment(tmp_path: Path, data_dir: Path) -> None:
    chosen = tmp_path / "chosen"
    assert run("--data-dir", str(chosen), "demo-data", "--years", "1").exit_code == 0
    assert (chosen / "tracker.db").exists()
    assert not (data_dir / "tracker.db").exists()
    paths.set_data_dir(None)


def test_usage_error_exits_2() -> None:
    assert run("--no-such-option").exit_code == 2


def test_python_dash_m_runs_the_same_cli(data_dir: Path) -> None:
    env = {**os.environ, "POEMS_TRACKER_DATA_DIR": str(data_dir)}
    done = subprocess.run(
        [sys.executable, "-m", "poems_tracker", "check"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stderr.strip() == f"Error: No database here ({data_dir})."
