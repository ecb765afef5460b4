"""The files that make the app show up in a desktop's menu and software centre are valid.

The validators come from Debian's desktop-file-utils and appstream, which .ci/run installs;
on a developer machine without them those two checks are skipped, in CI they must run.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from poems_tracker import APP_NAME, __version__

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "io.github.poems_tracker.PoemsTracker"
DESKTOP = ROOT / "resources" / f"{APP_ID}.desktop"
METAINFO = ROOT / "resources" / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is missing; .ci/run must install it")
        pytest.skip(f"{name} is not installed here (CI installs it)")
    return path


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment, method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_passes_desktop_file_validate() -> None:
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


def test_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_menu_entry_starts_the_installed_command_with_our_icon() -> None:
    entry = _desktop_entry()
    assert entry["Name"] == APP_NAME
    assert entry["Exec"].split()[0] == "poems-tracker"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    for size in (16, 32, 48, 64, 128, 256, 512):
        png = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png.read_bytes().startswith(b"\x89PNG"), png
    svg = (ICONS / "poems-tracker.svg").read_bytes()
    assert svg.lstrip().startswith(b"<?xml")
    packaged = ROOT / "poems_tracker" / "resources" / "icons" / "poems-tracker.svg"
    assert packaged.read_bytes() == svg, "run packaging/make_icons.py"


def test_menu_entry_is_described_in_all_four_languages() -> None:
    entry = _desktop_entry()
    for lang in ("ja", "fr", "zh_CN"):
        assert entry[f"Comment[{lang}]"].strip()
        assert entry[f"GenericName[{lang}]"].strip()
    assert "しびれ" in entry["Keywords[ja]"]


def test_metainfo_matches_the_program() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == APP_NAME
    assert root.find("launchable").text == DESKTOP.name
    assert root.find("provides/binary").text == "poems-tracker"
    releases = [r.get("version") for r in root.iterfind("releases/release")]
    assert __version__ in releases, "add the current version to <releases>"
    assert root.find("content_rating").get("type") == "oars-1.1"
    assert root.findall("screenshots/screenshot/image")
    assert len(root.findall("description/p")) >= 2
    summaries = {
        s.get("{http://www.w3.org/XML/1998/namespace}lang") for s in root.iterfind("summary")
    }
    assert {None, "ja", "fr", "zh_CN"} <= summaries
