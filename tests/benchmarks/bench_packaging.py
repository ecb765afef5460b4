"""The built app: its size on disk and its start-up next to the same program from the venv.

Run on demand: `.venv/bin/python tests/benchmarks/bench_packaging.py [DIST_FOLDER]`.
Builds with packaging/build.sh unless DIST_FOLDER (holding poems-tracker/) is given.
Start-up is launch to a visible (mapped) window named "POEMS Tracker" on a private Xvfb
display, found with xdotool; medians of paired runs over ten years of demo data, the
built app as a ratio to `python -m poems_tracker` from the venv. Needs Debian's xvfb and
xdotool. Goals (issue 11): ≤ 250 MB on disk; the ratio is reported, not judged.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 15
TIMEOUT_S = 60.0


def folder_size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def window_visible(env: dict[str, str]) -> bool:
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", "POEMS Tracker"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    return found.returncode == 0 and found.stdout.strip() != ""


def time_to_window(command: list[str], env: dict[str, str]) -> float:
    """Seconds from launch until the window is mapped; the program is then ended."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=errors)
        try:
            while not window_visible(env):
                if proc.poll() is not None:
                    errors.seek(0)
                    tail = errors.read().decode(errors="replace")[-2000:]
                    raise RuntimeError(
                        f"{command[0]} ended with status {proc.returncode}:\n{tail}"
                    )
                if time.perf_counter() - start > TIMEOUT_S:
                    raise RuntimeError(f"{command[0]} showed no window in {TIMEOUT_S:.0f} s")
                time.sleep(0.01)
            return time.perf_counter() - start
        finally:
            proc.terminate()
            proc.wait(timeout=30)


def main() -> int:
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            sys.stderr.write(f"{tool} is missing (apt-get install xvfb xdotool)\n")
            return 1
    if len(sys.argv) > 1:
        dist = Path(sys.argv[1])
    else:
        dist = Path(tempfile.mkdtemp(prefix="poems-dist-"))
        subprocess.run(["bash", str(ROOT / "packaging" / "build.sh"), str(dist)], check=True)
    app = dist / "poems-tracker"
    print(
        f"built app: {app}: {folder_size(app) / 1e6:.0f} MB on disk "
        f"({len(list(app.rglob('*')))} files)"
    )

    sys.path.insert(0, str(ROOT))
    from poems_tracker import paths
    from poems_tracker.demo import fill
    from poems_tracker.store.database import Database

    data = Path(tempfile.mkdtemp(prefix="poems-bench-data-"))
    paths.set_data_dir(data)
    with Database.open() as db:
        fill(db, years=10, seed=1, today=date.today())

    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write_fd),
            "-screen",
            "0",
            "1280x800x24",
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as ready:  # Xvfb writes its display number once it listens
            display = ":" + ready.readline().strip()
        home = tempfile.mkdtemp(prefix="poems-bench-home-")
        base = {
            "DISPLAY": display,
            "HOME": home,
            "POEMS_TRACKER_DATA_DIR": str(data),
            "LANG": "C.UTF-8",
        }
        built_env = {**base, "PATH": "/usr/bin:/bin"}
        venv_env = {**base, "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
        built = [str(app / "poems-tracker")]
        venv = [str(ROOT / ".venv" / "bin" / "python"), "-m", "poems_tracker"]
        time_to_window(built, built_env), time_to_window(venv, venv_env)  # warm the caches
        pairs = [
            (time_to_window(built, built_env), time_to_window(venv, venv_env)) for _ in range(RUNS)
        ]
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=30)
    built_s = statistics.median(b for b, _ in pairs)
    venv_s = statistics.median(v for _, v in pairs)
    ratios = [b / v for b, v in pairs]
    print(
        f"launch to visible window (10 years of data, {RUNS} pairs): built app "
        f"{built_s * 1000:.0f} ms, venv {venv_s * 1000:.0f} ms; ratio built/venv median "
        f"{statistics.median(ratios):.2f} (min {min(ratios):.2f}, max {max(ratios):.2f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
