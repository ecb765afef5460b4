"""What a screen reader hears from POEMS Tracker, through AT-SPI (the interface Orca uses).

Not a pytest test: it needs the system python3 with python3-pyatspi, an X server and a
D-Bus session. Start the program on a data folder, then this script, e.g.

    Xvfb :96 -screen 0 1280x800x24 &
    dbus-run-session -- bash -c 'export DISPLAY=:96 QT_QPA_PLATFORM=xcb \\
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1; python -m poems_tracker --data-dir /tmp/d & \\
        sleep 5; /usr/bin/python3 tests/benchmarks/atspi_probe.py \\
        "xdotool type 7; xdotool key Tab; xdotool type 6; xdotool key ctrl+s"'

It prints the page tabs (role, name, selected), the save message as exposed, then every
announcement and name change heard while the given shell command types into the window.
Measured 2026-12-04 (PySide6 6.11): nine "page tab" entries, "Today's check-in" selected;
after Ctrl+S an object:announcement "✔ Saved at 20:50." and the label's name changed too.
Measured again (issue 20's rest): every score, yes/no and dose answer is a "radio button"
(102 on the demo's Today page, no "check box" left), the chosen one checked; typing 7
raised one object:state-changed:checked on "Nerve pain: 4" (unchecked) and one on
"Nerve pain: 7" (checked).
"""

from __future__ import annotations

import subprocess
import sys
import time

import pyatspi  # type: ignore[import-not-found]  # Debian's python3-pyatspi
from gi.repository import GLib  # type: ignore[import-not-found]

heard: list[tuple[str, str, str]] = []
EVENTS = (
    "object:announcement",
    "object:property-change:accessible-name",
    "object:state-changed:selected",
    "object:state-changed:checked",
)


def on_event(event) -> None:
    try:
        role, name = event.source.getRoleName(), event.source.name
    except Exception:  # noqa: BLE001 - a vanished object must not stop the listener
        role, name = "?", "?"
    heard.append((event.type, role, str(event.any_data) or name))


def find_app():
    for _ in range(40):
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and "poems" in (app.name or "").lower():
                return app
        time.sleep(0.5)
    return None


def walk(node, out: list | None = None) -> list:
    out = [] if out is None else out
    try:
        state = node.getState()
        chosen = state.contains(pyatspi.STATE_SELECTED) or state.contains(pyatspi.STATE_CHECKED)
        out.append((node.getRoleName(), node.name, chosen))
        for child in node:
            if child is not None:
                walk(child, out)
    except Exception as exc:  # noqa: BLE001 - report and go on
        out.append(("error", str(exc), False))
    return out


def main() -> int:
    for kind in EVENTS:
        pyatspi.Registry.registerEventListener(on_event, kind)
    app = find_app()
    if app is None:
        sys.stdout.write("no POEMS Tracker on the accessibility bus\n")
        return 1
    for role, name, selected in walk(app):
        if role in ("page tab", "page tab list", "radio button", "check box"):
            sys.stdout.write(f"{role!r} {name!r} selected={selected}\n")
    action = sys.argv[1] if len(sys.argv) > 1 else ""

    def act() -> bool:
        if action:
            subprocess.Popen(["bash", "-c", action])
        return False

    GLib.timeout_add(500, act)
    GLib.timeout_add(6000, lambda: pyatspi.Registry.stop() or False)
    pyatspi.Registry.start()
    sys.stdout.write("--- heard\n")
    for kind, role, text in heard:
        sys.stdout.write(f"{kind} {role} {text!r}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
