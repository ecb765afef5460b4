"""Make the bundled Japanese and Chinese fonts known to Qt, so the report embeds them.

Qt falls back to another installed font for characters the chosen one lacks; on a
computer without any CJK font nothing has them and the PDF shows empty boxes. Once the
bundled faces are registered, Qt's fallback finds them and QPdfWriter embeds them (the
text stays extractable). Call `ensure_cjk_fonts()` on the GUI thread before building a
report; it costs some milliseconds once, so it is not done at start-up.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from poems_tracker.fonts import FILES

log = logging.getLogger(__name__)

_families: list[str] | None = None


def ensure_cjk_fonts() -> list[str]:
    """Register the bundled faces once; return the families Qt now knows from them."""
    global _families
    if _families is None:
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
        _families = found
    return list(_families)
