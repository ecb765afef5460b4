"""Start-up through the real entry point, as a patient starts the program (issue 18).

Run on demand: `.venv/bin/python tests/benchmarks/bench_startup.py [--pairs 15] [--profile]`.

Launches `poems-tracker --data-dir D` (ten years of `demo-data`), a bare PySide6
`QMainWindow` with one label, and the floor (the first paint's widgets in plain PySide6,
`startup_probe.py floor`), interleaved, on a real X server (Xvfb, the xcb platform; one
is started when DISPLAY is not set). Each is timed from launch to the first paint of their
window (each writes the wall-clock time of that paint when POEMS_TRACKER_FIRST_PAINT_FILE is
set) and to the moment the window is mapped (polled with `xdotool search --onlyvisible`
every 20 ms); then the process is ended. Prints medians, spreads and the ratio for English
and for Japanese (another translator is loaded). `--profile` adds where the time goes:
`python -X importtime` (the slowest imports) and the program's own step log
(POEMS_TRACKER_STARTUP_LOG=1). Also Save, History and resident memory after every page.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROBE = Path(__file__).with_name("startup_probe.py")
BIN = Path(sys.executable).parent


def _x_server() -> subprocess.Popen[bytes] | None:
    if os.environ.get("DISPLAY"):
        return None
    display = ":87"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.environ["DISPLAY"] = display
    time.sleep(1.0)
    return server


def _env(paint_file: Path | None = None, log: bool = False) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    env.pop("POEMS_TRACKER_DATA_DIR", None)
    # A patient's install has byte code (pip compiles it); without it every start would
    # compile our modules again and measure the compiler, not the program.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if paint_file is not None:
        env["POEMS_TRACKER_FIRST_PAINT_FILE"] = str(paint_file)
    if log:
        env["POEMS_TRACKER_STARTUP_LOG"] = "1"
    return env


def _visible(title: str) -> bool:
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", title],
        capture_output=True,
        text=True,
        check=False,
    )
    return bool(found.stdout.strip())


def launch(command: list[str], title: str, work: Path) -> tuple[float, float]:
    """Seconds from launch to the first paint, and to the window being mapped."""
    paint = work / "paint"
    paint.unlink(missing_ok=True)
    start = time.time()
    process = subprocess.Popen(
        command, env=_env(paint), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    mapped = None
    try:
        while time.time() - start < 20:
            if mapped is None and _visible(title):
                mapped = time.time() - start
            if mapped is not None and paint.exists() and paint.read_text():
                break
            time.sleep(0.02)
        else:
            raise RuntimeError(f"no window {title!r} within 20 s: {command}")
        painted = float(paint.read_text()) - start
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    return painted, mapped


def _fill(folder: Path, language: str | None) -> None:
    subprocess.run(
        [str(BIN / "poems-tracker"), "--data-dir", str(folder), "demo-data", "--years", "10"],
        check=True,
        capture_output=True,
    )
    if language:
        (folder / "settings.ini").write_text(f"[prefs]\nlanguage={language}\n")
        os.chmod(folder / "settings.ini", 0o600)


def _summary(name: str, apps: list[float], bares: list[float], against: str = "bare") -> str:
    ratios = [a / b for a, b in zip(apps, bares, strict=True)]
    return (
        f"{name}: {statistics.median(apps) * 1000:.0f} ms "
        f"(min {min(apps) * 1000:.0f}, max {max(apps) * 1000:.0f}), {against} "
        f"{statistics.median(bares) * 1000:.0f} ms (min {min(bares) * 1000:.0f}, max "
        f"{max(bares) * 1000:.0f}); ratio median {statistics.median(ratios):.2f} "
        f"(min {min(ratios):.2f}, max {max(ratios):.2f}) over {len(ratios)} pairs"
    )


def compare(folder: Path, pairs: int, work: Path, label: str) -> None:
    """The app against the bare window (the issue's ratio), and both against the floor:
    the first paint's widgets in plain PySide6, which no start of this window can beat."""
    runs = {
        "bare": ([sys.executable, str(PROBE), "bare"], "^POEMS bare$"),
        "floor": ([sys.executable, str(PROBE), "floor"], "^POEMS floor$"),
        "app": ([str(BIN / "poems-tracker"), "--data-dir", str(folder)], "POEMS Tracker$"),
    }
    for command, title in runs.values():
        launch(command, title, work)  # warm caches
    painted: dict[str, list[float]] = {kind: [] for kind in runs}
    mapped: dict[str, list[float]] = {kind: [] for kind in runs}
    failed = 0
    while len(painted["app"]) < pairs:
        try:  # a round counts only whole: on a busy machine a launch may now and then stall
            round_ = {kind: launch(*run, work) for kind, run in runs.items()}
        except RuntimeError as exc:
            failed += 1
            print(f"  a round was dropped: {exc}")
            if failed > pairs:
                raise
            continue
        for kind, (p, m) in round_.items():
            painted[kind].append(p)
            mapped[kind].append(m)
    print(_summary(f"[{label}] launch to first paint: app", painted["app"], painted["bare"]))
    print(_summary(f"[{label}] launch to mapped window: app", mapped["app"], mapped["bare"]))
    print(_summary(f"[{label}] first paint: floor", painted["floor"], painted["bare"]))
    print(
        _summary(f"[{label}] first paint: app", painted["app"], painted["floor"], against="floor")
    )


def profile(folder: Path) -> None:
    """Where the time goes: the slowest imports, then the program's own steps."""
    done = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            "-c",
            "import poems_tracker.launch, poems_tracker.ui.shell.app, "
            "poems_tracker.ui.shell.main_window, "
            "poems_tracker.ui.checkin.checkin_page",
        ],
        env=_env(),
        capture_output=True,
        text=True,
        check=True,
    )
    rows = []
    for line in done.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
        if match:
            rows.append((int(match.group(2)), len(match.group(3)), match.group(4)))
    print("slowest imports on the start-up path (cumulative µs, top-level packages):")
    for cumulative, _indent, name in sorted(r for r in rows if r[1] <= 2)[-15:][::-1]:
        print(f"  {cumulative:>8}  {name}")
    paint = Path(tempfile.mkdtemp()) / "paint"
    env = {**_env(paint, log=True), "POEMS_TRACKER_LAUNCHED_AT": repr(time.time())}
    process = subprocess.Popen(
        [str(BIN / "poems-tracker"), "--data-dir", str(folder)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(6)  # past the first paint and the deferred work
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=10)
    print("the program's steps (POEMS_TRACKER_STARTUP_LOG=1):")
    for line in err.splitlines():
        if line.startswith("startup"):
            print("  " + line)


def memory(folder: Path) -> None:
    """Resident memory after start and after visiting every page (Ctrl+1 … Ctrl+9)."""

    def rss(pid: int) -> int:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) // 1024
        return 0

    results = {}
    visited: list[int] = []
    for name, command, title in (
        ("bare", [sys.executable, str(PROBE), "bare"], "^POEMS bare$"),
        ("app", [str(BIN / "poems-tracker"), "--data-dir", str(folder)], "POEMS Tracker$"),
    ):
        process = subprocess.Popen(
            command, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        for _ in range(500):
            if _visible(title):
                break
            time.sleep(0.02)
        time.sleep(2)
        after_start = rss(process.pid)
        if name == "app":
            window = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", title],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.split()[0]
            for page in range(1, 10):
                # Focus, then real (XTEST) keys: keys sent with `--window` are synthetic
                # events the window ignores, and no page would be visited.
                subprocess.run(
                    ["xdotool", "windowfocus", "--sync", window], check=False, capture_output=True
                )
                subprocess.run(["xdotool", "key", f"ctrl+{page}"], check=False)
                time.sleep(1.5)
                visited.append(rss(process.pid))
        results[name] = (after_start, rss(process.pid))
        process.send_signal(signal.SIGTERM)
        process.wait(10)
    print(
        f"resident memory: bare window {results['bare'][0]} MB; app after start "
        f"{results['app'][0]} MB, after visiting every page {results['app'][1]} MB "
        f"(goal < 250 MB); after each page: {', '.join(map(str, visited))} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=15)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--no-memory", action="store_true")
    args = parser.parse_args()
    server = _x_server()
    root = Path(__file__).resolve().parents[2]
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(root / "poems_tracker")],
        check=True,
        capture_output=True,
    )
    work = Path(tempfile.mkdtemp(prefix="poems-bench-"))
    try:
        english, japanese = work / "en", work / "ja"
        _fill(english, None)
        _fill(japanese, "ja")
        if args.profile:
            profile(english)
        compare(english, args.pairs, work, "English")
        compare(japanese, args.pairs, work, "Japanese")
        if not args.no_memory:
            memory(english)
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if server is not None:
            server.terminate()


if __name__ == "__main__":
    main()
