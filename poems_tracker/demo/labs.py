"""A lab history every 3 months: VEGF high at diagnosis, falling after treatment starts.

The shapes follow POEMS courses (Dispenzieri 2021; D'Souza, Blood 2011): serum VEGF around
2000–3000 pg/mL before treatment, falling towards normal over the following year; a small
lambda M-protein that becomes undetectable; thyroid and testosterone slowly recovering.
"""

from __future__ import annotations

import random
from datetime import timedelta

from poems_tracker.demo.story import Story
from poems_tracker.domain.lab_catalog import MALE, default_range, find_test
from poems_tracker.domain.models import LabQualifier, LabResult
from poems_tracker.store.database import Database
from poems_tracker.store.labs import save_result

EVERY = timedelta(days=91)


def _num(
    day, label: str, value: float, digits: int = 1, qualifier: LabQualifier = LabQualifier.EXACT
) -> LabResult:
    test = find_test(label)
    assert test is not None, label
    low, high = default_range(test, MALE)
    return LabResult(
        day,
        test.label,
        round(value, digits),
        test.default_unit,
        qualifier,
        reference_low=low,
        reference_high=high,
    )


def generate(db: Database, story: Story, rng: random.Random) -> int:
    """Write the results through the repository; return how many."""
    count = 0
    day = story.diagnosis
    visit = 0
    while day <= story.today:
        r = story.recovery(day)
        gauss = rng.gauss
        vegf = max(40.0, rng.uniform(2200, 2900) * (1 - 0.965 * r) * (1 + gauss(0, 0.08)))
        results = [_num(day, "VEGF (serum)", vegf, 0)]
        if visit % 2 == 0:  # plasma VEGF only now and then, and much lower than serum
            results.append(_num(day, "VEGF (plasma)", max(20.0, vegf / 9 + gauss(0, 8)), 0))
        m_protein = 0.42 * (1 - r) + gauss(0, 0.02)
        results.append(
            _num(day, "M-protein (SPEP)", m_protein, 2)
            if m_protein >= 0.1
            else _num(day, "M-protein (SPEP)", 0.1, 1, LabQualifier.BELOW)
        )
        lam = max(8.0, 48 - 33 * r + gauss(0, 2))
        kappa = max(4.0, 13 + gauss(0, 1.5))
        results += [
            _num(day, "Free lambda light chains", lam),
            _num(day, "Free kappa light chains", kappa),
            _num(day, "Kappa/lambda FLC ratio", kappa / lam, 2),
            _num(day, "Platelets", 470 - 110 * r + gauss(0, 15), 0),
            _num(day, "TSH", 6.2 - 1.8 * r + gauss(0, 0.2), 2),
            _num(day, "Free T4", 10.5 + 2 * r + gauss(0, 0.5)),
            _num(day, "Testosterone (total)", 6.8 + 4.5 * r + gauss(0, 0.4)),
        ]
        text = "IgA lambda detected" if r < 0.85 else "No monoclonal protein detected"
        results.append(LabResult(day, "Immunofixation (serum)", None, "", text=text))
        for result in results:
            save_result(db, result)
            count += 1
        visit += 1
        day += EVERY + timedelta(days=rng.randint(-7, 7))
    return count
