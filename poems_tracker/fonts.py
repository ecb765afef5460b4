"""The Japanese and Chinese fonts the program carries, for computers that have none.

Labels in Japanese or Chinese need glyphs that DejaVu Sans (matplotlib's font, and the
usual Linux default) does not have; without a CJK font they print as empty boxes. The
files in resources/fonts are subsets of Noto Sans CJK (see OFL.txt and
packaging/make_cjk_fonts.py). No Qt here, so charts/ may use it; the Qt side is
`poems_tracker.ui.cjk_fonts`.
"""

from __future__ import annotations

from pathlib import Path

FONT_DIR = Path(__file__).resolve().parent / "resources" / "fonts"
JAPANESE = "Noto Sans CJK JP"
CHINESE = "Noto Sans CJK SC"
#: family -> its files (Regular, Bold)
FILES: dict[str, tuple[Path, ...]] = {
    JAPANESE: (FONT_DIR / "NotoSansCJKjp-Regular.otf", FONT_DIR / "NotoSansCJKjp-Bold.otf"),
    CHINESE: (FONT_DIR / "NotoSansCJKsc-Regular.otf", FONT_DIR / "NotoSansCJKsc-Bold.otf"),
}
LATIN = "DejaVu Sans"

_matplotlib_done = False


def cjk_families(language: str) -> list[str]:
    """The CJK families in the order LANGUAGE prefers (Han characters differ by country)."""
    if language.lower().startswith("zh"):
        return [CHINESE, JAPANESE]
    return [JAPANESE, CHINESE]


def chart_families(language: str) -> list[str]:
    """A matplotlib font.family list: Latin first, then a CJK face for what it lacks.

    matplotlib (3.6 and later) takes each glyph from the first family that has it, so
    English charts look as before and Japanese labels get real glyphs.
    """
    register_matplotlib_fonts()
    return [LATIN, *cjk_families(language)]


def register_matplotlib_fonts() -> None:
    """Tell matplotlib about the bundled files once (imported here, not at start-up)."""
    global _matplotlib_done
    if _matplotlib_done:
        return
    from matplotlib import font_manager

    known = {entry.fname for entry in font_manager.fontManager.ttflist}
    for paths in FILES.values():
        for path in paths:
            if path.exists() and str(path) not in known:
                font_manager.fontManager.addfont(str(path))
    _matplotlib_done = True
