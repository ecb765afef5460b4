"""The Japanese and Chinese fonts the program carries, for computers that have none.

Labels in Japanese or Chinese need glyphs that DejaVu Sans (matplotlib's font, and the
usual Linux default) does not have; without a CJK font they print as empty boxes. The
files in resources/fonts are subsets of Noto Sans CJK (see OFL.txt and
packaging/make_cjk_fonts.py). matplotlib finds them through `charts.style.font_families`;
Qt through `register_qt_fonts`, which imports Qt only when called, so charts/ and the CLI
can import this module without Qt.
"""

from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger(__name__)

FONT_DIR = Path(__file__).resolve().parent / "resources" / "fonts"
JAPANESE = "Noto Sans CJK JP"
CHINESE = "Noto Sans CJK SC"
#: family -> its files (Regular, Bold)
FILES: dict[str, tuple[Path, ...]] = {
    JAPANESE: (FONT_DIR / "NotoSansCJKjp-Regular.otf", FONT_DIR / "NotoSansCJKjp-Bold.otf"),
    CHINESE: (FONT_DIR / "NotoSansCJKsc-Regular.otf", FONT_DIR / "NotoSansCJKsc-Bold.otf"),
}


def cjk_families(language: str) -> list[str]:
    """The CJK families in the order LANGUAGE prefers (Han characters differ by country)."""
    if language.lower().startswith("zh"):
        return [CHINESE, JAPANESE]
    return [JAPANESE, CHINESE]


_qt_families: list[str] | None = None


def register_qt_fonts() -> list[str]:
    """Make the bundled faces known to Qt once; return the families Qt now has from them.

    Qt falls back to another installed font for characters the chosen one lacks; on a
    computer without any CJK font nothing has them and a PDF shows empty boxes. Once the
    faces are registered, Qt's fallback finds them and QPdfWriter embeds them (the text
    stays extractable). Call it on the GUI thread before building a report; it costs a
    few milliseconds once, so it is not done at start-up.
    """
    global _qt_families
    if _qt_families is None:
        from PySide6.QtGui import QFontDatabase

        found: list[str] = []
        for paths in FILES.values():
            for path in paths:
                font_id = QFontDatabase.addApplicationFont(str(path))
                if font_id < 0:
                    log.warning("could not load the bundled font %s", path)
                    continue
                for family in QFontDatabase.applicationFontFamilies(font_id):
                    if family not in found:
                        found.append(family)
        _qt_families = found
    return list(_qt_families)
