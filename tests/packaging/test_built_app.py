"""The installable app builds, starts with no Python on PATH, and stays within its size.

Slow (a PyInstaller build, about a minute), so marked `packaging`: CI runs it, a developer
can leave it out with `pytest -m "not packaging"`. PyInstaller comes from the test extra.
"""

from __future__ import annotations

import importlib.util
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from poems_tracker import __version__

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "poems-tracker.spec"
# 250 MB before encryption at rest (SQLCipher's own SQLite, 21 MB; cryptography's AES-GCM)
# and the lab-report reader (pypdf) came in: 276 MB measured with them.
SIZE_GOAL_MB = 290
BARE_ENV = {"PATH": "/usr/bin:/bin"}


@pytest.fixture(scope="session")
def built_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build once per test run into a temporary folder; return the app's folder."""
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail("PyInstaller is missing: install the test extra (pip install -e '.[test]')")
    base = tmp_path_factory.mktemp("build")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(base / "dist"),
            "--workpath",
            str(base / "work"),
            str(SPEC),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    app = base / "dist" / "poems-tracker"
    assert (app / "poems-tracker").is_file()
    return app


def _folder_size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def test_version_answers_without_python_on_path(built_app: Path) -> None:
    result = subprocess.run(
        [str(built_app / "poems-tracker"), "--version"],
        env=BARE_ENV,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"poems-tracker {__version__}"


def test_command_line_and_report_work_in_the_built_app(built_app: Path, tmp_path: Path) -> None:
    """Demo data, then the PDF report with its chart: numpy, matplotlib, Pillow and Qt's PDF
    writer all work inside the folder (a broken library would drop the chart)."""
    from pypdf import PdfReader

    data = tmp_path / "demo"
    app = str(built_app / "poems-tracker")
    for args in (["demo-data", "--years", "1"], ["report", "--out", str(tmp_path / "r.pdf")]):
        result = subprocess.run(
            [app, "--data-dir", str(data), *args],
            env={**BARE_ENV, "HOME": str(tmp_path), "LANG": "C.UTF-8"},
            capture_output=True,
            text=True,
            check=False,
            timeout=300,
        )
        assert result.returncode == 0, result.stderr
    reader = PdfReader(tmp_path / "r.pdf")
    assert "report for the doctor" in " ".join(reader.pages[0].extract_text().split())
    images = [
        name
        for page in reader.pages
        for name, obj in page["/Resources"].get("/XObject", {}).items()
        if obj.get_object()["/Subtype"] == "/Image"
    ]
    assert images, "the report has no chart"


def test_encryption_and_lab_reports_work_in_the_built_app(built_app: Path, tmp_path: Path) -> None:
    """SQLCipher, Argon2id and AES-GCM (imported only when a folder is encrypted) and the PDF
    reader (only when a report is read) are inside the folder: encrypt, check, read a PDF."""
    data = tmp_path / "demo"
    secret = tmp_path / "secret"
    secret.write_text("a long enough passphrase\n")
    app = str(built_app / "poems-tracker")
    sample = ROOT / "tests" / "data" / "lab-reports" / "two-column.pdf"
    env = {**BARE_ENV, "HOME": str(tmp_path), "LANG": "C.UTF-8"}
    for args in (
        ["demo-data", "--years", "1"],
        ["--passphrase-file", str(secret), "encrypt"],
        ["check", "--passphrase-file", str(secret)],
        ["import", "labs", str(sample), "--passphrase-file", str(secret)],
    ):
        result = subprocess.run(
            [app, "--data-dir", str(data), *args],
            env=env,
            capture_output=True,
            text=True,
            check=False,
            timeout=300,
        )
        assert result.returncode == 0, (args, result.stderr)
    assert not (data / "tracker.db").read_bytes().startswith(b"SQLite format 3")
    assert "Platelets\t398" in result.stdout


def test_window_opens_and_keeps_running(built_app: Path, tmp_path: Path) -> None:
    """The window comes up (database created) and nothing crashes within a few seconds."""
    data = tmp_path / "data"
    env = {
        **BARE_ENV,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "POEMS_TRACKER_DATA_DIR": str(data),
        "LANG": "ja_JP.UTF-8",
    }
    proc = subprocess.Popen(
        [str(built_app / "poems-tracker")],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (data / "tracker.db").exists():
            assert proc.poll() is None, proc.communicate()[1]
            time.sleep(0.2)
        time.sleep(3)
        assert proc.poll() is None, proc.communicate()[1]
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    assert (data / "tracker.db").is_file()
    assert "Traceback" not in err, err


def test_size_and_contents(built_app: Path) -> None:
    size_mb = _folder_size(built_app) / 1e6
    assert size_mb <= SIZE_GOAL_MB, f"{size_mb:.0f} MB"
    internal = built_app / "_internal"
    translations = internal / "poems_tracker" / "resources" / "translations"
    assert translations.is_dir()
    assert sorted(p.name for p in translations.glob("*.qm")) == [
        "poems_tracker_en.qm",  # English plurals: "1 day", "2 days"
        "poems_tracker_fr.qm",
        "poems_tracker_ja.qm",
        "poems_tracker_zh_CN.qm",
    ]
    names = {p.name for p in internal.rglob("*")}
    for unused in (
        "QtQml.abi3.so",
        "QtQuick.abi3.so",
        "libQt6Qml.so.6",
        "QtSql.abi3.so",
        "QtTest.abi3.so",
    ):
        assert unused not in names, unused
    assert "QtPrintSupport.abi3.so" in names or os.name == "nt"
