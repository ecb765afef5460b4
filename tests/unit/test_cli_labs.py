"""`import labs` on the command line: output lines, exit statuses and storing exactly as
interfaces.md says ("Lab reports")."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from poems_tracker.cli import main
from poems_tracker.cli.labs import register

DATA = Path(__file__).resolve().parents[1] / "data" / "lab-reports"
register(main)  # what COMMAND_MODULES does at import time; calling it twice is harmless


def run(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def samples(monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(DATA)  # FILE is printed as given
    return DATA


def _stored(data_dir: Path) -> list[tuple]:
    from poems_tracker.store.database import Database
    from poems_tracker.store.labs import list_results

    with Database.open(data_dir / "tracker.db", create=False) as db:
        return [(r.day.isoformat(), r.test, r.value, r.unit) for r in list_results(db)]


def test_without_apply_it_prints_results_and_unread_lines_and_stores_nothing(
    samples: Path, data_dir: Path
) -> None:
    result = run("import", "labs", "uk-portal.txt")
    assert result.exit_code == 0
    assert result.stdout == (
        "uk-portal.txt:7\t2025-03-14\tVEGF (serum)\t1230\tpg/mL\t9\t86\n"
        "uk-portal.txt:8\t2025-03-14\tM-protein (SPEP)\t4.2\tg/L\t\t\n"
        "uk-portal.txt:9\t2025-03-14\tFree kappa light chains\t18.2\tmg/L\t3.3\t19.4\n"
        "uk-portal.txt:10\t2025-03-14\tFree lambda light chains\t64\tmg/L\t5.7\t26.3\n"
        "uk-portal.txt:11\t2025-03-14\tKappa/lambda FLC ratio\t0.28\t\t0.26\t1.65\n"
        "uk-portal.txt:12\t2025-03-14\tPlatelets\t452\t10^9/L\t150\t410\n"
        "uk-portal.txt:13\t2025-03-14\tHaemoglobin\t128\tg/L\t130\t170\n"
        "uk-portal.txt:16\t2025-03-14\tTSH\t5.8\tmU/L\t0.27\t4.2\n"
        "uk-portal.txt:14: not read: Adjusted calcium is not a test of the program's list\n"
        "uk-portal.txt:15: not read: Sodium is not a test of the program's list\n"
    )
    assert result.stderr == ""
    assert not (data_dir / "tracker.db").exists()


def test_an_ambiguous_date_is_listed_as_not_read_and_exits_1(samples: Path) -> None:
    result = run("import", "labs", "ambiguous-date.txt")
    assert result.exit_code == 1
    reason = "the date 03/04/2025 could be 3 April or 4 March; give --date"
    assert result.stdout.splitlines() == [
        f"ambiguous-date.txt:{n}: not read: {reason}" for n in (3, 4, 5)
    ]
    assert result.stderr == "Error: No lab result was recognised; nothing was stored.\n"


def test_apply_stores_after_a_backup_and_says_new_updated_unchanged(
    samples: Path, data_dir: Path, tmp_path: Path
) -> None:
    first = run("import", "labs", "ambiguous-date.txt", "--date", "2025-04-03", "--apply")
    assert first.exit_code == 0
    assert first.stdout.splitlines()[-1] == "Lab results: 3 new, 0 updated, 0 unchanged"
    assert _stored(data_dir) == [
        ("2025-04-03", "Free kappa light chains", 21.0, "mg/L"),
        ("2025-04-03", "Free lambda light chains", 48.9, "mg/L"),
        ("2025-04-03", "Platelets", 388.0, "10^9/L"),
    ]
    changed = tmp_path / "corrected.txt"
    changed.write_text(
        "Collected: 2025-04-03\nPlatelets 391 x10^9/L 150 - 410\n"
        "Free kappa light chains 21.0 mg/L 3.3 - 19.4 H\n",
        encoding="utf-8",
    )
    second = run("import", "labs", str(changed), "--apply")
    assert second.exit_code == 0
    assert second.stdout.splitlines()[-1] == "Lab results: 0 new, 1 updated, 1 unchanged"
    assert ("2025-04-03", "Platelets", 391.0, "10^9/L") in _stored(data_dir)
    assert list((data_dir / "backups").glob("*before-import*"))


def test_without_apply_a_changed_value_is_not_stored(samples: Path, data_dir: Path) -> None:
    run("import", "labs", "ambiguous-date.txt", "--date", "2025-04-03", "--apply")
    result = run("import", "labs", "ambiguous-date.txt", "--date", "2025-04-04")
    assert result.exit_code == 0
    assert all(day == "2025-04-03" for day, *_ in _stored(data_dir))


def test_a_refused_file_stores_nothing_and_takes_no_backup(
    samples: Path, data_dir: Path, tmp_path: Path
) -> None:
    run("import", "labs", "ambiguous-date.txt", "--date", "2025-04-03", "--apply")
    backups = sorted((data_dir / "backups").glob("*"))
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"not a pdf at all")
    result = run("import", "labs", "uk-portal.txt", str(bad), "--apply")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        f"{bad}: This PDF cannot be read; it may be damaged.\n"
        "Error: Nothing was read or stored; see the problems named above.\n"
    )
    assert len(_stored(data_dir)) == 3
    assert sorted((data_dir / "backups").glob("*")) == backups


def test_a_folder_of_fhir_resources_names_each_file(samples: Path) -> None:
    result = run("import", "labs", "fhir-folder")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == (
        "fhir-folder/observation-haemoglobin.json:hb-2\t2025-08-12\tHaemoglobin\t13.9\tg/dL"
        "\t13.2\t16.6"
    )
    assert result.stdout.splitlines()[-1] == (
        "fhir-folder/patient.json:pat-2: not read: a Patient resource holds no lab result"
    )


def test_a_bad_date_option_is_a_usage_error(samples: Path) -> None:
    result = run("import", "labs", "uk-portal.txt", "--date", "14/03/2025")
    assert result.exit_code == 2
