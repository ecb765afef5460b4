"""The README stays true: every command is documented and has help; the two commands exist."""

from __future__ import annotations

import re
from pathlib import Path

import click

from poems_tracker.cli import main

README = Path(__file__).resolve().parents[2] / "README.md"


def all_commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found = []
    for name, command in group.commands.items():
        found.append((prefix + name, command))
        if isinstance(command, click.Group):
            found += all_commands(command, prefix + name + " ")
    return found


def test_every_command_has_help_and_is_in_the_readme() -> None:
    text = README.read_text(encoding="utf-8")
    for name, command in all_commands(main):
        assert (command.help or "").strip(), f"{name} has no help text"
        if not isinstance(command, click.Group):
            assert f"poems-tracker {name}" in text, f"README does not mention {name}"


def test_readme_gives_the_two_fresh_machine_commands() -> None:
    text = README.read_text(encoding="utf-8")
    for marker in ("run-command", "test-command"):
        block = re.search(f"<!-- {marker} -->(.*?)<!-- /{marker} -->", text, re.S)
        assert block, marker
        assert "pip install" in block.group(1)
    assert "pytest" in re.search("<!-- test-command -->(.*?)<!--", text, re.S).group(1)
    ci = (README.parent / ".ci" / "run").read_text()
    assert "test-command" in ci  # .ci/run runs the README's command, read from the markers
