"""The rules of the house (architecture.md), checked by the test command itself.

Layers, the pure domain, where Qt may be spoken and the independence of the window's
features are import-linter contracts in pyproject.toml; this file runs them, ruff's lint
and format checks, and looks for import cycles module by module (import-linter has no such
contract). Imports inside functions count too: a cycle hidden in a function is still one.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )


def test_import_contracts_are_kept() -> None:
    done = _run(str(BIN / "lint-imports"), "--no-cache")
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert "BROKEN" not in done.stdout and " KEPT" in done.stdout


def test_ruff_finds_nothing() -> None:
    done = _run(str(BIN / "ruff"), "check", "--no-cache", "poems_tracker", "tests", "packaging")
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


def test_code_is_formatted_by_ruff() -> None:
    done = _run(
        str(BIN / "ruff"), "format", "--check", "--no-cache", "poems_tracker", "tests", "packaging"
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


def module_cycles(graph: grimp.ImportGraph, package: str) -> list[list[str]]:
    """Every import cycle among the modules of PACKAGE, as a list of module names each.

    Tarjan's strongly connected components on the module graph: a component of more than
    one module, or a module importing itself, is a cycle.
    """
    modules = sorted(m for m in graph.modules if m == package or m.startswith(package + "."))
    inside = set(modules)
    edges = {m: sorted(graph.find_modules_directly_imported_by(m) & inside) for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in edges[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1 or node in edges[node]:
                cycles.append(sorted(component))

    for module in modules:
        if module not in index:
            visit(module)
    return cycles


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("poems_tracker", cache_dir=None)


@pytest.mark.parametrize(
    "package",
    [
        "poems_tracker.domain",
        "poems_tracker.store",
        "poems_tracker.exchange",
        "poems_tracker.charts",
        "poems_tracker.report",
        "poems_tracker.cli",
        "poems_tracker.ui",
        "poems_tracker",
    ],
)
def test_no_import_cycle(graph: grimp.ImportGraph, package: str) -> None:
    """No module imports, directly or through others, itself."""
    cycles = module_cycles(graph, "poems_tracker")
    assert [c for c in cycles if any(m.startswith(package) for m in c)] == []


def test_the_cycle_finder_finds_a_cycle(tmp_path: Path, monkeypatch) -> None:
    """The check above can fail: two modules that import each other are found."""
    package = tmp_path / "loop_pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("def f():\n    from loop_pkg import b\n")
    (package / "b.py").write_text("from loop_pkg import a\n")
    (package / "c.py").write_text("from loop_pkg import a\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    found = module_cycles(grimp.build_graph("loop_pkg", cache_dir=None), "loop_pkg")
    assert found == [["loop_pkg.a", "loop_pkg.b"]]
