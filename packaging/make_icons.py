"""Render the SVG app icon to the PNG sizes desktops and installers ask for.

Run from the repository root: `.venv/bin/python packaging/make_icons.py`. Uses Qt's own
QSvgRenderer (in PySide6-Essentials), so no extra tool is needed; the PNGs are committed,
and the Flatpak manifest and PyInstaller spec pick them up from resources/icons/. The SVG
is also copied into the package (poems_tracker/resources/icons) for the window's icon.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
#: The window's own icon travels inside the package (pip install and the built app).
PACKAGE_ICON = ROOT / "poems_tracker" / "resources" / "icons" / "poems-tracker.svg"
SVG = ICONS / "poems-tracker.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
APP_ID = "io.github.poems_tracker.PoemsTracker"


def png_path(size: int) -> Path:
    """Where the PNG of SIZE pixels lives (hicolor layout, named by the app id)."""
    return ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(size: int, renderer: QSvgRenderer) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        sys.stderr.write(f"cannot read {SVG}\n")
        return 1
    PACKAGE_ICON.parent.mkdir(parents=True, exist_ok=True)
    PACKAGE_ICON.write_bytes(SVG.read_bytes())
    for size in SIZES:
        target = png_path(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(size, renderer).save(str(target), "PNG"):
            sys.stderr.write(f"cannot write {target}\n")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
