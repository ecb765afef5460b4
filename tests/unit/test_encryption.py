"""Encryption at rest as interfaces.md pins it: the keys, the commands, the round trip,
and that nothing plain is left in the data folder or its backups."""

from __future__ import annotations

import hashlib
import json
import re
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from poems_tracker.cli import main
from poems_tracker.store import cipher, encryption, keys
from poems_tracker.store.database import Database
from tests.unit.encryption_helpers import PASS1, PASS2, PLANTED, fill, plain_leaks, shape

RECOVERY_LINE = re.compile(
    r"^Recovery key: ((?:[0-9A-HJKMNP-TV-Z]{5}-){5}[0-9A-HJKMNP-TV-Z]{5})$", re.MULTILINE
)


@pytest.fixture(autouse=True)
def _forget_keys():
    yield
    cipher.set_key(None)
    cipher.set_unlocker(None)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def secrets_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "secrets"
    folder.mkdir()
    for name, text in (
        ("p1", PASS1),
        ("p2", PASS2),
        ("p3", "third passphrase!"),
        ("short", "abc"),
    ):
        (folder / name).write_text(text + "\n", encoding="utf-8")
    return folder


def _run(runner: CliRunner, *args: str):
    return runner.invoke(main, [str(a) for a in args])


def _encrypt(runner: CliRunner, secrets_dir: Path) -> str:
    result = _run(runner, "--passphrase-file", secrets_dir / "p1", "encrypt")
    assert result.exit_code == 0, result.output
    match = RECOVERY_LINE.search(result.stdout)
    assert match, result.stdout
    return match.group(1)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- keys ---------------------------------------------------------------------------------
def test_recovery_key_is_six_groups_with_a_check_character() -> None:
    key = keys.new_recovery_key()
    assert RECOVERY_LINE.match(f"Recovery key: {key}")
    assert keys.normalise_recovery_key(key.lower().replace("-", " ")) == key.replace("-", "")
    for at in range(0, len(key)):
        if key[at] == "-":
            continue
        other = "0" if key[at] != "0" else "1"
        typo = key[:at] + other + key[at + 1 :]
        with pytest.raises(keys.WrongSecret):
            keys.normalise_recovery_key(typo)


def test_keys_file_wraps_the_data_key_and_reveals_no_secret(tmp_path: Path) -> None:
    data_key, recovery, content = keys.new_keys(PASS1)
    path = tmp_path / "keys.json"
    keys.write(path, content)
    text = path.read_text()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert PASS1 not in text and recovery not in text and data_key.hex() not in text
    stored = json.loads(text)["passphrase"]
    assert (stored["kdf"], stored["time_cost"], stored["memory_kib"], stored["parallelism"]) == (
        "argon2id",
        3,
        65536,
        4,
    )
    assert keys.unlock(keys.read(path), keys.Secret(PASS1)) == data_key
    assert keys.unlock(keys.read(path), keys.Secret(recovery, is_recovery=True)) == data_key
    with pytest.raises(keys.WrongSecret, match=r"^The passphrase is not right\.$"):
        keys.unlock(keys.read(path), keys.Secret(PASS1 + "x"))


def test_sqlcipher_ships_inside_the_wheel() -> None:
    from sqlcipher3 import dbapi2

    conn = dbapi2.connect(":memory:")
    assert conn.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")


# -- the round trip -----------------------------------------------------------------------
def test_round_trip_on_the_command_line(
    runner: CliRunner, data_dir: Path, secrets_dir: Path, tmp_path: Path
) -> None:
    fill(data_dir)
    before = shape(data_dir / "tracker.db", None)
    recovery = _encrypt(runner, secrets_dir)

    assert plain_leaks(data_dir) == []
    assert stat.S_IMODE((data_dir / "keys.json").stat().st_mode) == 0o600
    assert PASS1 not in (data_dir / "keys.json").read_text()
    assert recovery.replace("-", "") not in (data_dir / "keys.json").read_text()

    p1 = ("--passphrase-file", secrets_dir / "p1")
    assert _run(runner, *p1, "check").exit_code == 0
    out = tmp_path / "csv"
    assert _run(runner, *p1, "export", "csv", "--out", out).exit_code == 0
    assert PLANTED in (out / "symptoms.csv").read_text(encoding="utf-8-sig")
    assert _run(runner, *p1, "backup").exit_code == 0
    assert plain_leaks(data_dir) == []

    # no secret, then a wrong one: one sentence, exit 1, keys.json untouched
    keys_before = _digest(data_dir / "keys.json")
    denied = _run(runner, "check")
    assert denied.exit_code == 1 and "encrypted" in denied.stderr
    wrong = _run(runner, "--passphrase-file", secrets_dir / "p2", "check")
    assert wrong.exit_code == 1
    assert wrong.stderr.strip() == "Error: The passphrase is not right."
    assert _digest(data_dir / "keys.json") == keys_before

    db_before = _digest(data_dir / "tracker.db")
    changed = _run(runner, *p1, "change-passphrase", "--new-passphrase-file", secrets_dir / "p2")
    assert changed.exit_code == 0, changed.output
    assert _digest(data_dir / "tracker.db") == db_before  # re-wrapped, never rewritten
    assert _run(runner, *p1, "check").exit_code == 1
    assert _run(runner, "--passphrase-file", secrets_dir / "p2", "check").exit_code == 0

    typed = recovery.lower().replace("-", " ")
    assert _run(runner, "--recovery-key", typed, "check").exit_code == 0
    bad = _run(runner, "--recovery-key", "0" * 30, "check")
    assert bad.exit_code == 1 and "recovery key is not right" in bad.stderr
    reset = _run(
        runner,
        "change-passphrase",
        "--recovery-key",
        recovery,
        "--new-passphrase-file",
        secrets_dir / "p3",
    )
    assert reset.exit_code == 0, reset.output

    done = _run(runner, "--passphrase-file", secrets_dir / "p3", "decrypt")
    assert done.exit_code == 0, done.output
    assert not (data_dir / "keys.json").exists()
    for path in encryption.database_files(data_dir):
        assert path.read_bytes()[:15] == b"SQLite format 3"
    after = shape(data_dir / "tracker.db", None)
    assert after[0] == before[0] and after[2][: len(before[2])] == before[2]
    assert after[1]["checkins"] == before[1]["checkins"]
    assert _run(runner, "check").exit_code == 0


def test_the_wal_of_an_open_encrypted_database_holds_nothing_plain(
    data_dir: Path, runner: CliRunner, secrets_dir: Path
) -> None:
    from datetime import date

    from poems_tracker.domain.models import CheckIn
    from poems_tracker.store.checkins import save_checkin

    fill(data_dir, backups=1)
    _encrypt(runner, secrets_dir)
    cipher.set_key(encryption.unlock_folder(data_dir, keys.Secret(PASS1)))
    with Database.open() as db:
        save_checkin(db, CheckIn(date(2026, 6, 1), {"pain": 2}, note="WAL-planted-kiwi"))
        wal = data_dir / "tracker.db-wal"
        assert wal.exists() and wal.stat().st_size > 0
        assert plain_leaks(data_dir, "WAL-planted-kiwi") == []


def test_new_passphrase_must_be_long_enough(
    runner: CliRunner, data_dir: Path, secrets_dir: Path
) -> None:
    fill(data_dir, days=2, backups=0)
    before = _digest(data_dir / "tracker.db")
    result = _run(runner, "--passphrase-file", secrets_dir / "short", "encrypt")
    assert result.exit_code == 1
    assert "at least 8 characters" in result.stderr
    assert _digest(data_dir / "tracker.db") == before
    assert sorted(p.name for p in data_dir.iterdir()) == ["tracker.db"]


def test_encrypt_twice_and_decrypt_a_plain_folder_are_refused(
    runner: CliRunner, data_dir: Path, secrets_dir: Path
) -> None:
    fill(data_dir, days=2, backups=0)
    plain = _run(runner, "--passphrase-file", secrets_dir / "p1", "decrypt")
    assert plain.exit_code == 1 and "not encrypted" in plain.stderr
    _encrypt(runner, secrets_dir)
    again = _run(runner, "--passphrase-file", secrets_dir / "p1", "encrypt")
    assert again.exit_code == 1 and "already encrypted" in again.stderr


# -- backups that travel ------------------------------------------------------------------
def test_backup_out_writes_its_keys_and_restores_on_another_computer(
    runner: CliRunner, data_dir: Path, secrets_dir: Path, tmp_path: Path
) -> None:
    fill(data_dir, days=5, backups=0)
    _encrypt(runner, secrets_dir)
    out = tmp_path / "usb" / "copy.db"
    out.parent.mkdir()
    made = _run(runner, "--passphrase-file", secrets_dir / "p1", "backup", "--out", out)
    assert made.exit_code == 0, made.output
    assert Path(f"{out}.keys").exists() and plain_leaks(out.parent) == []

    other = tmp_path / "other"
    fill(other, days=1, backups=0)  # a plain folder on the other computer
    args = ("--data-dir", other, "--passphrase-file", secrets_dir / "p1")
    restored = _run(runner, *args, "restore", out)
    assert restored.exit_code == 0, restored.output
    assert shape(other / "tracker.db", None)[1]["checkins"] == 5


def test_a_plain_backup_is_encrypted_on_the_way_in(
    runner: CliRunner, data_dir: Path, secrets_dir: Path, tmp_path: Path
) -> None:
    fill(data_dir, days=5, backups=0)
    plain_copy = tmp_path / "plain.db"
    assert _run(runner, "backup", "--out", plain_copy).exit_code == 0
    _encrypt(runner, secrets_dir)
    result = _run(runner, "--passphrase-file", secrets_dir / "p1", "restore", plain_copy)
    assert result.exit_code == 0, result.output
    assert plain_leaks(data_dir) == []
    key = encryption.unlock_folder(data_dir, keys.Secret(PASS1))
    assert shape(data_dir / "tracker.db", key)[1]["checkins"] == 5


# -- faults -------------------------------------------------------------------------------
def test_damaged_or_missing_keys_are_one_sentence(
    runner: CliRunner, data_dir: Path, secrets_dir: Path
) -> None:
    fill(data_dir, days=2, backups=0)
    _encrypt(runner, secrets_dir)
    db_before = _digest(data_dir / "tracker.db")
    (data_dir / "keys.json").write_text("{not json")
    damaged = _run(runner, "--passphrase-file", secrets_dir / "p1", "check")
    assert damaged.exit_code == 1 and "damaged" in damaged.stderr
    assert "Traceback" not in damaged.output
    (data_dir / "keys.json").unlink()
    missing = _run(runner, "--passphrase-file", secrets_dir / "p1", "check")
    assert missing.exit_code == 1 and len(missing.stderr.strip().splitlines()) == 1
    assert _digest(data_dir / "tracker.db") == db_before


def test_an_encrypted_database_from_another_folder_is_refused(
    runner: CliRunner, data_dir: Path, secrets_dir: Path, tmp_path: Path
) -> None:
    fill(data_dir, days=2, backups=0)
    _encrypt(runner, secrets_dir)
    other = tmp_path / "other"
    fill(other, days=1, backups=0)
    assert (
        _run(
            runner, "--data-dir", other, "--passphrase-file", secrets_dir / "p1", "encrypt"
        ).exit_code
        == 0
    )
    stranger = (data_dir / "tracker.db").read_bytes()
    (other / "tracker.db").write_bytes(stranger)
    result = _run(runner, "--data-dir", other, "--passphrase-file", secrets_dir / "p1", "check")
    assert result.exit_code == 1
    assert "another folder" in result.stderr
    assert (other / "tracker.db").read_bytes() == stranger


def test_a_stale_keys_file_beside_a_plain_database_is_removed(
    runner: CliRunner, data_dir: Path, secrets_dir: Path
) -> None:
    fill(data_dir, days=2, backups=0)
    _data_key, _recovery, content = keys.new_keys(PASS1)
    keys.write(data_dir / "keys.json", content)
    assert _run(runner, "check").exit_code == 0
    assert not (data_dir / "keys.json").exists()


def test_without_encryption_sqlcipher_is_never_imported(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys; from pathlib import Path; from poems_tracker.store.database import Database;"
        f"Database.open(Path(r'{tmp_path / 'd' / 'tracker.db'}')).close();"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sqlcipher3', 'argon2', 'cryptography')))"
    )
    (tmp_path / "d").mkdir()
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root
    )
    assert out.stdout.strip() == "[]"


def test_the_first_export_after_encrypting_says_once_that_it_is_plain(
    runner: CliRunner, data_dir: Path, secrets_dir: Path, tmp_path: Path
) -> None:
    fill(data_dir, days=2, backups=0)
    _encrypt(runner, secrets_dir)
    p1 = ("--passphrase-file", secrets_dir / "p1")
    first = _run(runner, *p1, "export", "csv", "--out", tmp_path / "one")
    second = _run(runner, *p1, "export", "ics", "--out", tmp_path / "two.ics")
    assert first.exit_code == 0 and second.exit_code == 0, first.output + second.output
    assert "not encrypted" in first.stderr
    assert "not encrypted" not in second.stderr


def test_a_full_disk_during_encryption_keeps_the_folder_plain(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from poems_tracker.errors import DatabaseError
    from poems_tracker.store.backup import storage_error

    fill(data_dir, days=3, backups=1)
    before = {p.name: _digest(p) for p in encryption.database_files(data_dir)}

    def full(source: Path, dest: Path, *_keys: object) -> None:
        dest.write_bytes(b"half a file")  # what a full disk leaves, then the sentence
        raise storage_error(sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(encryption, "rewrite", full)
    with pytest.raises(DatabaseError, match="disk is full"):
        encryption.encrypt(data_dir, PASS1)
    assert {p.name: _digest(p) for p in encryption.database_files(data_dir)} == before
    assert not (data_dir / "keys.json").exists()
    assert not (data_dir / encryption.MARKER).exists()
    assert not list(data_dir.rglob(f"*{encryption.PART}"))


def test_health_check_of_a_file_the_key_does_not_open_is_a_sentence(
    runner: CliRunner, data_dir: Path, secrets_dir: Path
) -> None:
    from poems_tracker.store.health import quick_check

    fill(data_dir, days=2, backups=0)
    _encrypt(runner, secrets_dir)
    cipher.set_key(b"\x00" * 32)
    problems = quick_check(data_dir / "tracker.db")
    assert len(problems) == 1 and "cannot be opened with the key" in problems[0]
