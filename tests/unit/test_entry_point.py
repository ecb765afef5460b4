"""The program starts through its real entry point and paints its window.

`python -m poems_tracker --data-dir D` is what the console script and the desktop file run;
a broken import inside `run()` once stopped the window from opening while every page test
passed. Here the whole start path runs in a fresh process on the offscreen platform.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path


def test_the_window_opens_through_the_real_entry_point(tmp_path: Path) -> None:
    paint = tmp_path / "first-paint"
    data = tmp_path / "data"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "POEMS_TRACKER_FIRST_PAINT_FILE": str(paint),
        "POEMS_TRACKER_STARTUP_LOG": "1",
    }
    env.pop("POEMS_TRACKER_DATA_DIR", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "poems_tracker", "--data-dir", str(data)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not paint.exists() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert process.poll() is None, process.communicate()[1][-3000:]
        assert paint.exists(), "no first paint within 60 s"
    finally:
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=30)
    assert "Traceback" not in err, err[-3000:]
    assert "first paint" in err  # the step log saw the window painted
    assert (data / "tracker.db").exists()


def test_only_a_plain_start_skips_the_command_line() -> None:
    from poems_tracker.launch import window_folder

    assert window_folder([]) == (True, None)
    assert window_folder(["--data-dir", "/d/x"]) == (True, "/d/x")
    assert window_folder(["--data-dir=/d/x"]) == (True, "/d/x")
    # Everything else is click's to answer, with its own checks and words.
    for args in (
        ["check"],
        ["--data-dir", "/d/x", "check"],
        ["--help"],
        ["--version"],
        ["--data-dir"],
        ["--data-dir", ""],
        ["--data-dir="],
        ["--data-dir", "--help"],
        ["--passphrase-file", "f"],
        ["--data-dir", "a", "--data-dir", "b"],
        ["--dat-dir", "/d/x"],
    ):
        assert window_folder(args) == (False, None), args


def _launch(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    env.pop("POEMS_TRACKER_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "poems_tracker", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_commands_and_mistakes_still_reach_the_command_line(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    done = _launch("--data-dir", str(empty), "check", tmp_path=tmp_path)
    assert done.returncode == 1
    assert "no database here" in done.stderr.lower()
    assert not empty.exists()  # nothing created, as interfaces.md says
    misspelt = _launch("--dat-dir", str(empty), tmp_path=tmp_path)
    assert misspelt.returncode == 2  # a usage error, as click words it
    assert "No such option" in misspelt.stderr and "Traceback" not in misspelt.stderr
    version = _launch("--version", tmp_path=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("poems-tracker ")


def test_a_window_start_on_a_folder_it_cannot_make_is_one_sentence(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    done = _launch("--data-dir", str(blocker / "journal"), tmp_path=tmp_path)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("Error: ") and len(done.stderr.strip().splitlines()) == 1
