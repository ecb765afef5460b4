"""Ready-made yes/no groups switch on in one click and off without losing anything."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from poems_tracker.domain.models import CheckIn, SymptomKind
from poems_tracker.domain.yesno_groups import GROUPS, group, plan_switch_on
from poems_tracker.store import checkins as repo
from poems_tracker.ui.checkin.symptom_groups_dialog import SymptomGroupsDialog
from poems_tracker.ui.shell.data_events import DataEvents


def make_dialog(qtbot, db):
    events = DataEvents()
    dialog = SymptomGroupsDialog(db, events)
    dialog.events_keepalive = events
    qtbot.addWidget(dialog)
    return dialog, events


def visible_keys(db):
    return [s.key for s in repo.list_symptoms(db, include_hidden=False) if not s.builtin]


def test_one_click_adds_falls_and_nights_as_yes_no_symptoms(qtbot, db):
    dialog, events = make_dialog(qtbot, db)
    with qtbot.waitSignal(events.changed):
        qtbot.mouseClick(dialog.buttons["falls_nights"], Qt.MouseButton.LeftButton)
    assert visible_keys(db) == ["fall", "woken_by_pain", "dizzy_standing", "short_of_breath"]
    assert all(s.kind is SymptomKind.YESNO for s in repo.list_symptoms(db) if not s.builtin)
    assert "On" in dialog.buttons["falls_nights"].text()
    assert "Off" in dialog.buttons["skin_nails"].text()


def test_switching_off_hides_and_keeps_what_was_logged(qtbot, db):
    dialog, _ = make_dialog(qtbot, db)
    qtbot.mouseClick(dialog.buttons["skin_nails"], Qt.MouseButton.LeftButton)
    repo.save_checkin(db, CheckIn(date(2026, 3, 1), {"more_sweating": 1, "pain": 4}))
    qtbot.mouseClick(dialog.buttons["skin_nails"], Qt.MouseButton.LeftButton)
    assert visible_keys(db) == []
    assert repo.get_checkin(db, date(2026, 3, 1)).values["more_sweating"] == 1
    qtbot.mouseClick(dialog.buttons["skin_nails"], Qt.MouseButton.LeftButton)
    assert len(visible_keys(db)) == 5
    assert [s.key for s in repo.list_symptoms(db) if not s.builtin].count("more_sweating") == 1


def test_an_existing_score_symptom_with_the_same_key_is_left_alone(qtbot, db):
    repo.add_custom_symptom(db, "Swollen ankles score", SymptomKind.SCORE, key="swollen_ankles")
    plan = plan_switch_on(group("skin_nails"), repo.symptoms_by_key(db))
    assert plan.clashes == ("swollen_ankles",)
    dialog, _ = make_dialog(qtbot, db)
    qtbot.mouseClick(dialog.buttons["skin_nails"], Qt.MouseButton.LeftButton)
    assert repo.symptoms_by_key(db)["swollen_ankles"].kind is SymptomKind.SCORE
    assert "swollen_ankles" in dialog.notes["skin_nails"].text()


def test_groups_hold_the_items_domain_md_names():
    assert [g.key for g in GROUPS] == ["falls_nights", "skin_nails"]
    assert len(group("falls_nights").items) == 4
    assert len(group("skin_nails").items) == 5
