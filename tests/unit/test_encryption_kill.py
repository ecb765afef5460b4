"""SIGKILL during `encrypt` and `decrypt`: every file is old or new, whole, and the next
open of the folder finishes (or rolls back) the rest, so nothing plain stays behind.

Each trial copies one prepared folder, starts the command in a child process, kills it at a
random moment inside the measured length of its work, checks every file, then opens the
folder as the next command would. 16 encrypt and 16 decrypt trials (about 30 s here).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from poems_tracker.store import cipher, encryption, keys
from poems_tracker.store.database import Database
from tests.unit.encryption_helpers import PASS1, fill, plain_leaks, shape

TRIALS = 16
ROOT = Path(__file__).resolve().parents[2]
CHILD = """
import sys, time
from pathlib import Path
from poems_tracker.store import encryption
folder, action, secret = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
print("ready", flush=True)
start = time.perf_counter()
if action == "encrypt":
    encryption.encrypt(folder, secret)
else:
    encryption.decrypt(folder, bytes.fromhex(secret))
print(time.perf_counter() - start, flush=True)
"""


@pytest.fixture(autouse=True)
def _forget_keys():
    yield
    cipher.set_key(None)
    cipher.set_unlocker(None)


def _start(folder: Path, action: str, secret: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(folder), action, secret],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    return child


def _work_time(pristine: Path, tmp_path: Path, action: str, secret: str) -> float:
    trial = tmp_path / "measure"
    shutil.copytree(pristine, trial)
    child = _start(trial, action, secret)
    out, err = child.communicate(timeout=60)
    assert child.returncode == 0, err
    shutil.rmtree(trial)
    return float(out.strip())


def _unlocker(keys_file: Path) -> bytes:
    return keys.unlock(keys.read(keys_file), keys.Secret(PASS1))


def _trials(pristine: Path, tmp_path: Path, action: str, secret: str) -> dict[str, int]:
    """Run the kill trials; returns how many files were found old and new."""
    expected = {
        p.name: shape(p, None if action == "encrypt" else _key(pristine))
        for p in encryption.database_files(pristine)
    }
    length = _work_time(pristine, tmp_path, action, secret)
    rng = random.Random(19)
    seen = {"old": 0, "new": 0, "finished": 0, "rolled back": 0}
    for number in range(TRIALS):
        trial = tmp_path / f"{action}-{number}"
        shutil.copytree(pristine, trial)
        child = _start(trial, action, secret)
        time.sleep(rng.uniform(0, length * 1.1))
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=30)
        key = _key(trial) if (trial / "keys.json").exists() else None
        for path in encryption.database_files(trial):
            new = cipher.is_encrypted(path) == (action == "encrypt")
            seen["new" if new else "old"] += 1
            found = shape(path, key if cipher.is_encrypted(path) else None)
            assert found == expected[path.name], f"trial {number}: {path.name} is torn"
        # the next command opens the folder
        cipher.set_key(None)
        cipher.set_unlocker(_unlocker)
        from poems_tracker import paths

        paths.set_data_dir(trial)
        with Database.open(trial / "tracker.db", create=False) as db:
            db.conn.execute("SELECT count(*) FROM checkins").fetchone()
        paths.set_data_dir(None)
        states = {cipher.is_encrypted(p) for p in encryption.database_files(trial)}
        assert len(states) == 1, f"trial {number}: a mixed folder after the next open"
        assert not (trial / encryption.MARKER).exists()
        assert not list(trial.rglob(f"*{encryption.PART}*"))
        if states == {True}:
            assert plain_leaks(trial) == []
            seen["finished" if action == "encrypt" else "rolled back"] += 1
        else:
            assert not (trial / "keys.json").exists()
            seen["rolled back" if action == "encrypt" else "finished"] += 1
        shutil.rmtree(trial)
    return seen


def _key(folder: Path) -> bytes:
    return _unlocker(folder / "keys.json")


def test_sigkill_during_encrypt_leaves_old_or_new_files(tmp_path: Path) -> None:
    pristine = tmp_path / "pristine"
    fill(pristine, days=120, backups=3)
    seen = _trials(pristine, tmp_path, "encrypt", PASS1)
    print("encrypt kill trials:", seen)  # noqa: T201 - the figures for the report
    assert seen["old"] + seen["new"] == TRIALS * 4


def test_sigkill_during_decrypt_leaves_old_or_new_files(tmp_path: Path) -> None:
    pristine = tmp_path / "pristine"
    fill(pristine, days=120, backups=3)
    encryption.encrypt(pristine, PASS1)
    cipher.set_key(None)
    seen = _trials(pristine, tmp_path, "decrypt", _key(pristine).hex())
    print("decrypt kill trials:", seen)  # noqa: T201 - the figures for the report
    assert seen["old"] + seen["new"] == TRIALS * 4
