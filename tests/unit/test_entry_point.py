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
