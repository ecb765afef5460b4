"""The window and the command line start without the heavy libraries (architecture.md
rule 8: matplotlib alone made start-up 4.9 times slower in the prototype)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = (
    "matplotlib",
    "numpy",
    "sqlite_utils",
    "fhir",
    "icalendar",
    "pypdf",
    "poems_tracker.charts",
)


@pytest.mark.parametrize(
    "module",
    [
        "poems_tracker.ui.shell.main_window",
        "poems_tracker.cli",
        "poems_tracker.ui.trends.trends_page",
        "poems_tracker.ui.labs.labs_page",
    ],
)
def test_start_up_imports_stay_light(module: str) -> None:
    code = (
        f"import sys, json; import {module}; "
        f"print(json.dumps(sorted({{m.split('.')[0] if not m.startswith('poems_tracker') "
        f"else m for m in sys.modules}})))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    loaded = set(json.loads(result.stdout))
    assert not loaded.intersection(HEAVY), f"{module} imports {loaded.intersection(HEAVY)}"


def test_warm_up_loads_the_charts_without_touching_qt() -> None:
    code = (
        "import sys, threading; from poems_tracker.ui.trends.trends_page import warm_up; "
        "t = threading.Thread(target=warm_up); t.start(); t.join(); "
        "print('matplotlib.figure' in sys.modules, 'matplotlib.backends.backend_qtagg' "
        "in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.stdout.split() == ["True", "False"]


def test_every_record_is_still_reached_through_domain_models() -> None:
    """The records moved to `record_models` for speed are the same classes, reached by the
    same names, so no import anywhere changed; a misspelt name is still an error."""
    from poems_tracker.domain import models, record_models

    assert set(record_models.__all__) == models.ELSEWHERE
    for name in record_models.__all__:
        assert getattr(models, name) is getattr(record_models, name)
    from poems_tracker.domain.models import CheckIn, Medication

    assert Medication.__name__ == "Medication" and CheckIn.__module__ == models.__name__
    with pytest.raises(AttributeError):
        models.Medicine  # noqa: B018
    with pytest.raises(ImportError):
        exec("from poems_tracker.domain.models import Medicine")
