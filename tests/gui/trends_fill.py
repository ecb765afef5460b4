"""A made-up course of POEMS over N years, stored through the repositories (no SQL):
pain and VEGF fall after lenalidomide starts; weight falls as the swelling goes."""

from __future__ import annotations

import random
from datetime import date, time, timedelta

from poems_tracker.domain.models import (
    CheckIn,
    Dose,
    DoseStatus,
    EventKind,
    LabResult,
    Medication,
    TreatmentEvent,
)
from poems_tracker.store import checkins, labs, medications
from poems_tracker.store.database import Database

KEYS = ("pain", "numbness", "tingling", "weakness", "fatigue", "swelling")


def fill(db: Database, years: int, today: date, seed: int = 7) -> date:
    """Store the course; return the day lenalidomide started."""
    rng = random.Random(seed)
    first = today - timedelta(days=365 * years - 1)
    start = first + timedelta(days=min(120, 365 * years // 3))
    end = start + timedelta(days=9 * 28 - 1)

    def recovery(day: date) -> float:
        return min(1.0, max(0.0, (day - start).days / 365))

    with db.transaction():
        for n in range((today - first).days + 1):
            day = first + timedelta(days=n)
            if rng.random() < 0.12:
                continue
            r = recovery(day)
            values = {
                k: max(0, min(10, round(7 - 4 * r + rng.gauss(0, 1) - i * 0.3)))
                for i, k in enumerate(KEYS)
            }
            checkins.save_checkin(
                db, CheckIn(day, values, round(80 - 3 * r + rng.gauss(0, 0.3), 1))
            )
        for n in range(0, (today - first).days + 1, 45):
            day = first + timedelta(days=n)
            r = recovery(day)
            labs.save_result(
                db,
                LabResult(
                    day,
                    "VEGF (serum)",
                    round(2800 - 2700 * r),
                    "pg/mL",
                    reference_low=9,
                    reference_high=86,
                ),
            )
            labs.save_result(
                db,
                LabResult(
                    day,
                    "Platelets",
                    round(460 - 170 * r),
                    "10^9/L",
                    reference_low=150,
                    reference_high=410,
                ),
            )
            labs.save_result(
                db,
                LabResult(
                    day,
                    "TSH",
                    round(5.6 - 2.5 * r, 2),
                    "mIU/L",
                    reference_low=0.4,
                    reference_high=4.0,
                ),
            )
        lena = medications.save_medication(
            db, Medication("Lenalidomide", 25, "mg", "cycle 1-21 of 28", start, end)
        )
        aspirin = medications.save_medication(db, Medication("Aspirin", 100, "mg", "daily", start))
        medications.save_medication(
            db, Medication("Tramadol", 50, "mg", "as needed", first, start + timedelta(days=60))
        )
        doses = []
        for n in range((min(end, today) - start).days + 1):
            day = start + timedelta(days=n)
            if n % 28 < 21:
                status = DoseStatus.TAKEN if rng.random() < 0.9 else DoseStatus.MISSED
                doses.append(Dose(lena.id or 0, day, time(9), 25, "mg", status))
        for n in range(0, (today - start).days, 1):
            doses.append(
                Dose(
                    aspirin.id or 0,
                    start + timedelta(days=n),
                    time(9),
                    100,
                    "mg",
                    DoseStatus.TAKEN,
                )
            )
        medications.add_doses(db, doses)
        medications.save_event(
            db, TreatmentEvent(start - timedelta(days=14), EventKind.DIAGNOSIS, "POEMS confirmed")
        )
        medications.save_event(
            db, TreatmentEvent(start, EventKind.CHEMOTHERAPY, "Lenalidomide + dexamethasone", end)
        )
    return start
