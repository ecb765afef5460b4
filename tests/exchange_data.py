"""A generated multi-year dataset with every kind of record and awkward text, for the CSV
round trip, FHIR, report tests and the exchange benchmark.

Written with the bulk upserts in one transaction, so ten years take well under a second.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from poems_tracker.store import bulk
from poems_tracker.store.database import Database

#: Text a spreadsheet would run, quotes, commas, line breaks, non-ASCII: all must survive.
AWKWARD = [
    "",
    "",
    "",
    "",
    "=1+1",
    '+1 extra tramadol, "bad night"',
    "-2 kg since Monday",
    "@SUM(A1:A2)",
    "'tis fine",
    "'=typed with an apostrophe",
    "line one\nline two",
    "line one\r\nline two",
    "douleur neuropathique, pieds",
    "\tstarts with a tab",
    "naïve µ 10^9/L — ok",
    " leading space",
]


def make_dataset(db: Database, years: int, today: date, seed: int = 7) -> None:
    rng = random.Random(seed)
    first = today - timedelta(days=365 * years)
    days = [first + timedelta(days=n) for n in range((today - first).days + 1)]
    with db.transaction() as conn:
        bulk.upsert_custom_symptom(conn, "burning_feet", "Burning feet", "score", False)
        bulk.upsert_custom_symptom(conn, "fall", "A fall", "yesno", False)
        bulk.upsert_custom_symptom(conn, "night_sweats", "Night sweats", "yesno", True)
        for n, day in enumerate(days):
            if rng.random() < 0.08:
                continue
            scores = [None if rng.random() < 0.05 else rng.randint(0, 10) for _ in range(6)]
            weight = None if rng.random() < 0.3 else round(rng.uniform(60, 90), 1)
            custom = {
                "burning_feet": rng.choice([None, rng.randint(0, 10)]),
                "fall": rng.choice([None, 0, 1]),
                "night_sweats": rng.choice([None, 0, 1]),
            }
            bulk.upsert_checkin(
                conn,
                day.isoformat(),
                scores,
                weight,
                rng.choice(AWKWARD) if n % 5 == 0 else "",
                custom,
            )
        start = first + timedelta(days=40)
        end = start + timedelta(days=9 * 28 - 1)
        meds = [
            ("Lenalidomide", 25, "mg", "cycle 1-21 of 28", start, end, "POEMS first-line"),
            ("Dexamethasone", 40, "mg", "weekly on Mon", start, end, "with lenalidomide"),
            ("Aspirin", 100, "mg", "daily", start, None, "thromboprophylaxis"),
            (
                "Pregabalin",
                75,
                "mg",
                "daily at 08:00,20:00",
                first + timedelta(days=10),
                None,
                "neuropathic pain",
            ),
            (
                "Tramadol",
                50,
                "mg",
                "as needed, max 4 per day",
                first,
                first + timedelta(days=90),
                "neuropathic pain",
            ),
            (
                "Tramadol",
                50,
                "mg",
                "as needed",
                first + timedelta(days=400),
                first + timedelta(days=500),
                "second course",
            ),
            ("my own drops", 0.5, "mL", "twice daily", first + timedelta(days=200), None, ""),
        ]
        for name, dose, unit, schedule, m_start, m_end, reason in meds:
            bulk.upsert_medication(
                conn,
                name,
                dose,
                unit,
                schedule,
                m_start.isoformat(),
                m_end.isoformat() if m_end else None,
                reason,
                rng.choice(AWKWARD),
            )
        ids = bulk.courses(conn)
        for day in days:
            iso = day.isoformat()
            for name, slots in (
                ("aspirin", ["08:05"]),
                ("pregabalin", ["08:00", "20:00"]),
                ("lenalidomide", ["08:00"]),
                ("tramadol", ["21:30"]),
            ):
                for med_id, c_start, c_end in ids[name]:
                    if c_start <= iso and (c_end is None or iso <= c_end):
                        if name == "lenalidomide" and (day - start).days % 28 >= 21:
                            continue  # days 22-28 of each cycle are off
                        for slot in slots:
                            if name == "tramadol" and rng.random() < 0.6:
                                continue
                            status = rng.choices(["taken", "missed", "skipped"], [90, 7, 3])[0]
                            bulk.upsert_dose(
                                conn,
                                med_id,
                                iso,
                                slot,
                                50 if name == "tramadol" else 100,
                                "mg",
                                status,
                                rng.choice(AWKWARD) if rng.random() < 0.05 else "",
                            )
        vegf = 2840.0
        for k, day in enumerate(days[::56]):
            iso = day.isoformat()
            vegf = max(40.0, vegf * rng.uniform(0.6, 0.95))
            rows = [
                ("VEGF (serum)", round(vegf), "", "", "pg/mL", 9, 86, "75628-8"),
                ("VEGF (plasma)", round(vegf / 8, 1), "", "", "pg/mL", None, 96.2, "75628-8"),
                (
                    "M-protein (SPEP)",
                    round(rng.uniform(0, 0.4), 2),
                    "",
                    "",
                    "g/dL",
                    None,
                    None,
                    "33358-3",
                ),
                ("TSH", round(rng.uniform(0.3, 7), 2), "", "", "mIU/L", 0.4, 4.0, "3016-3"),
                ("Platelets", rng.randint(150, 600), "", "", "10^9/L", 150, 410, "26515-7"),
                ("Free lambda light chains", 0.1, "<", "", "mg/L", 5.7, 26.3, "33944-0"),
                (
                    "Immunofixation (serum)",
                    None,
                    "",
                    rng.choice(["IgA lambda detected", "no monoclonal protein detected"]),
                    "",
                    None,
                    None,
                    "25700-6",
                ),
                ("Vitamin B12", rng.randint(150, 900), "", "", "ng/L", 200, 900, ""),
                ("Urine Bence Jones", None, "", "negative, =fine", "", None, None, ""),
            ]
            for test, value, qual, text, unit, low, high, loinc in rows:
                if test in ("Vitamin B12", "Urine Bence Jones"):
                    bulk.ensure_lab_test(conn, test, "text" if value is None else "numeric", unit)
                bulk.upsert_lab(
                    conn,
                    iso,
                    test,
                    value,
                    qual,
                    text,
                    unit,
                    low,
                    high,
                    loinc,
                    AWKWARD[k % len(AWKWARD)],
                )
        for k, day in enumerate(days[20::91]):
            status = "done" if day < today - timedelta(days=30) else "planned"
            iso = day.isoformat()
            bulk.upsert_appointment(
                conn,
                iso,
                "10:30",
                "11:00" if k % 2 else None,
                "Dr. A. Haematologist",
                "haematology",
                "City Hospital, clinic 4",
                "3-month follow-up",
                status,
                AWKWARD[k % len(AWKWARD)],
            )
            app = bulk.appointment_id(conn, iso, "10:30", "Dr. A. Haematologist")
            bulk.upsert_question(
                conn,
                (day - timedelta(days=10)).isoformat(),
                f"Question {k}: should I keep taking aspirin?",
                app,
                status == "done",
                "keep going" if status == "done" else "",
            )
        bulk.upsert_question(
            conn, today.isoformat(), "=Is numbness part of POEMS?", None, False, ""
        )
        bulk.upsert_event(
            conn,
            (first + timedelta(days=25)).isoformat(),
            None,
            "diagnosis",
            "POEMS syndrome confirmed",
        )
        bulk.upsert_event(
            conn,
            start.isoformat(),
            end.isoformat(),
            "chemotherapy",
            "Lenalidomide + dexamethasone, 9 cycles",
        )
        bulk.upsert_event(
            conn,
            (end + timedelta(days=20)).isoformat(),
            (end + timedelta(days=40)).isoformat(),
            "radiation",
            "line one\nline two",
        )
        answers = ["unaffected", "affected", "prevented"]
        for day in days[::7]:
            tasks = [rng.choice(answers[:2]) for _ in range(5)]
            symptoms = any(t != "unaffected" for t in tasks) or rng.random() < 0.5
            arms = 0 if not symptoms else (2 if "affected" in tasks else 1)
            bulk.upsert_function_check(
                conn,
                {
                    "date": day.isoformat(),
                    "arm_symptoms": int(symptoms),
                    **dict(
                        zip(
                            ("dress_upper", "wash_hair", "turn_key", "knife_fork", "buttons_zips"),
                            tasks,
                            strict=True,
                        )
                    ),
                    "arm_movement": None,
                    "legs": rng.randint(0, 3),
                    "arms": arms,
                    "note": rng.choice(AWKWARD),
                },
            )
