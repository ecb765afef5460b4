"""The Japanese and Chinese fonts the program carries, for computers that have none.

Labels in Japanese or Chinese need glyphs that DejaVu Sans (matplotlib's font, and the
usual Linux default) does not have; without a CJK font they print as empty boxes. The
files in resources/fonts are subsets of Noto Sans CJK (see OFL.txt and
packaging/make_cjk_fonts.py). No Qt here; Qt registers them through
`poems_tracker.ui.cjk_fonts`, matplotlib through `charts.style.font_families`.
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


def cjk_families(language: str) -> list[str]:
    """The CJK families in the order LANGUAGE prefers (Han characters differ by country)."""
    if language.lower().startswith("zh"):
        return [CHINESE, JAPANESE]
    return [JAPANESE, CHINESE]
