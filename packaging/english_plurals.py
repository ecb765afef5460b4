"""Fill the English plural-only catalogue: "%n day(s)" becomes "%n day" / "%n days".

English needs a catalogue only for plurals (Qt's %n): without one a count of 1 reads
"1 day(s)". lupdate -pluralonly lists those messages; this writes their two forms from
the "(s)" in the source, and leaves any form already written by hand.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def forms(source: str) -> tuple[str, str]:
    return re.sub(r"\(s\)", "", source), re.sub(r"\(s\)", "s", source)


def fill(path: Path) -> int:
    tree = ET.parse(path)
    done = 0
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") != "unfinished" and translation.findall("numerusform"):
            continue
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for text in forms(message.findtext("source") or ""):
            ET.SubElement(translation, "numerusform").text = text
        translation.attrib.pop("type", None)
        done += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    return done


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(f"{name}: {fill(Path(name))} plural messages filled")  # noqa: T201
