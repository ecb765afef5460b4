"""Encryption's loose ends: files set aside as damaged are rewritten too (or refused in one
sentence), and the global options work after the command through the real entry point."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from poems_tracker.cli import main
from poems_tracker.store import cipher, encryption, keys
from poems_tracker.store.health import set_aside_damaged
from tests.unit.encryption_helpers import PASS1, PLANTED, fill, plain_leaks, shape

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _forget_keys():
    yield
    cipher.set_key(None)
    cipher.set_unlocker(None)


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "secrets" / "p1"
    path.parent.mkdir()
    path.write_text(PASS1 + "\n", encoding="utf-8")
    return path


def _run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


def _digests(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _set_aside_copy(folder: Path) -> Path:
    """A readable plain copy of the records set aside as damaged, as the health check does."""
    spare = folder / "spare.db"
    shutil.copyfile(folder / "tracker.db", spare)
    return set_aside_damaged(spare).rename(folder / "tracker.damaged-2026-01-02_030405.db")


def test_a_file_set_aside_as_damaged_is_encrypted_too(data_dir: Path, passphrase_file) -> None:
    fill(data_dir, days=5, backups=1)
    aside = _set_aside_copy(data_dir)
    before = shape(aside, None)
    result = _run("--passphrase-file", passphrase_file, "encrypt")
    assert result.exit_code == 0, result.output
    assert plain_leaks(data_dir) == []  # neither the header nor a note, anywhere
    key = encryption.unlock_folder(data_dir, keys.Secret(PASS1))
    assert shape(aside, key) == before  # every record still there, under the key
    # and decrypt brings it back plain, records equal
    assert _run("--passphrase-file", passphrase_file, "decrypt").exit_code == 0
    assert shape(aside, None) == before


def test_a_set_aside_file_beyond_reading_is_refused_with_what_to_do(
    data_dir: Path, passphrase_file
) -> None:
    fill(data_dir, days=5, backups=0)
    aside = data_dir / "tracker.damaged-2026-01-02_030405.db"
    data = bytearray((data_dir / "tracker.db").read_bytes())
    data[100 : 4096 * 2] = os.urandom(4096 * 2 - 100)  # the schema page is noise
    aside.write_bytes(bytes(data))
    before = _digests(data_dir)
    result = _run("--passphrase-file", passphrase_file, "encrypt")
    assert result.exit_code == 1
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1 and "Traceback" not in result.output
    assert aside.name in message and "move it out of" in message and "delete it" in message
    assert _digests(data_dir) == before  # nothing changed, no keys.json, no marker
    # once the patient moves it away, encrypt works
    aside.rename(data_dir.parent / aside.name)
    assert _run("--passphrase-file", passphrase_file, "encrypt").exit_code == 0
    assert plain_leaks(data_dir) == []


def test_a_database_set_aside_after_encryption_stays_encrypted(
    data_dir: Path, passphrase_file
) -> None:
    fill(data_dir, days=5, backups=0)
    assert _run("--passphrase-file", passphrase_file, "encrypt").exit_code == 0
    aside = set_aside_damaged(data_dir / "tracker.db")
    assert aside.name.startswith("tracker.damaged-")
    assert plain_leaks(data_dir) == []
    key = encryption.unlock_folder(data_dir, keys.Secret(PASS1))
    assert shape(aside, key)[2] == [PLANTED] * 5


def test_check_takes_the_passphrase_file_after_the_command(
    data_dir: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    """The installed program's own entry point, in a fresh process, options after `check`."""
    fill(data_dir, days=3, backups=0)
    assert _run("--passphrase-file", passphrase_file, "encrypt").exit_code == 0
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "poems_tracker", "--data-dir", str(data_dir), "check"]
    done = subprocess.run(
        [*command, "--passphrase-file", str(passphrase_file)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    assert re.search(r"^OK: .*tracker\.db", done.stdout, re.MULTILINE)
    assert "checkins: 3" in done.stdout
    wrong = tmp_path / "wrong"
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    refused = subprocess.run(
        [*command, "--passphrase-file", str(wrong)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert refused.returncode == 1
    assert len(refused.stderr.strip().splitlines()) == 1 and "Traceback" not in refused.stderr
