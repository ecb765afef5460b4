"""Cut the Japanese and Chinese fonts the report and charts carry with them.

The report must show real Japanese and Chinese glyphs even on a computer that has no
CJK font (issue 11). Noto Sans CJK (SIL Open Font License 1.1) has them; whole, each
weight is 20 MB, so this keeps the characters of JIS X 0208 (Japanese) and GB 2312
(Simplified Chinese), which cover everyday writing and names, plus Latin, punctuation and
full-width forms: about 4 MB per file. Regular and Bold, because headings are bold and a
faked bold draws each glyph twice, which doubles the text a PDF reader extracts.

Run from the repository root (needs Debian's fonts-noto-cjk and fontTools, which
matplotlib brings): `.venv/bin/python packaging/make_cjk_fonts.py`. The output is
committed in poems_tracker/resources/fonts/ with the licence text.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

SOURCE = Path("/usr/share/fonts/opentype/noto")
TARGET = Path(__file__).resolve().parent.parent / "poems_tracker" / "resources" / "fonts"
#: output name -> (face index in Debian's .ttc, legacy encoding whose characters to keep)
FACES = {"NotoSansCJKjp": (0, "iso2022_jp"), "NotoSansCJKsc": (2, "gb2312")}
WEIGHTS = ("Regular", "Bold")
ALWAYS = [
    *range(0x20, 0x7F),
    *range(0xA0, 0x250),
    *range(0x2000, 0x2070),
    *range(0x2100, 0x2200),
    *range(0x2190, 0x2200),
    *range(0x2460, 0x2500),
    *range(0x25A0, 0x2600),
    *range(0x2600, 0x2700),
    *range(0x3000, 0x3100),
    *range(0xFF00, 0xFFF0),
]


def characters(encoding: str) -> set[int]:
    """Every BMP character the legacy ENCODING can write, plus the ALWAYS ranges."""
    keep = set(ALWAYS)
    for code in range(0x20, 0x10000):
        try:
            chr(code).encode(encoding)
        except (UnicodeEncodeError, ValueError):
            continue
        keep.add(code)
    return keep


def main() -> int:
    TARGET.mkdir(parents=True, exist_ok=True)
    for weight in WEIGHTS:
        source = SOURCE / f"NotoSansCJK-{weight}.ttc"
        if not source.exists():
            sys.stderr.write(f"{source} is missing: apt-get install fonts-noto-cjk\n")
            return 1
        for name, (index, encoding) in FACES.items():
            font = TTCollection(str(source)).fonts[index]
            options = subset.Options()
            options.layout_features = ["*"]
            options.name_IDs = ["*"]
            options.name_languages = ["*"]
            options.notdef_outline = True
            subsetter = subset.Subsetter(options)
            subsetter.populate(unicodes=characters(encoding))
            subsetter.subset(font)
            font.save(str(TARGET / f"{name}-{weight}.otf"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
