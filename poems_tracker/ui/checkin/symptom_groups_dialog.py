"""Ready-made yes/no groups ("Falls and nights", "Skin and nails"), each on or off in one click.

Switching on adds the items as the patient's own yes/no symptoms (or shows them again);
switching off hides them. Nothing logged is ever deleted.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from poems_tracker.domain import yesno_groups as groups
from poems_tracker.domain.models import SymptomKind
from poems_tracker.store import checkins as repo
from poems_tracker.store.database import Database
from poems_tracker.ui.shell.data_events import SYMPTOMS, DataEvents
from poems_tracker.ui.shell.write_path import run_write
from poems_tracker.ui.widgets import TARGET


def _g(text: str) -> str:
    return QCoreApplication.translate("yesno_groups", text)


def switch_group(db: Database, grp: groups.YesNoGroup, on: bool) -> tuple[str, ...]:
    """Switch GRP on or off in one transaction; return the keys left alone because they clash."""
    symptoms = repo.symptoms_by_key(db)
    with db.transaction():
        if not on:
            for key in groups.keys_to_hide(grp, symptoms):
                repo.set_symptom_hidden(db, key, True)
            return ()
        plan = groups.plan_switch_on(grp, symptoms)
        for item in plan.add:
            # stored in the patient's language: from now on it is their own symptom
            repo.add_custom_symptom(db, _g(item.label), SymptomKind.YESNO, key=item.key)
        for key in plan.unhide:
            repo.set_symptom_hidden(db, key, False)
    return plan.clashes


class SymptomGroupsDialog(QDialog):
    """One large on/off button per group, saying in words whether it is on."""

    def __init__(self, db: Database, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.events = events
        self.setWindowTitle(self.tr("Ready-made yes/no questions"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Switch on a group to add its yes/no questions to your daily check-in. "
                "Switching it off hides them again; everything you logged is kept."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.buttons: dict[str, QPushButton] = {}
        self.notes: dict[str, QLabel] = {}
        for grp in groups.GROUPS:
            button = QPushButton()
            button.setCheckable(True)
            button.setMinimumHeight(TARGET + 8)
            button.clicked.connect(lambda on, g=grp: self.toggle(g, on))
            items = QLabel(", ".join(_g(item.label) for item in grp.items))
            items.setWordWrap(True)
            items.setIndent(12)
            self.buttons[grp.key] = button
            self.notes[grp.key] = items
            layout.addWidget(button)
            layout.addWidget(items)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setMinimumHeight(TARGET + 8)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        symptoms = repo.symptoms_by_key(self.db)
        for grp in groups.GROUPS:
            on = groups.is_on(grp, symptoms)
            button = self.buttons[grp.key]
            button.setChecked(on)
            state = self.tr("On") if on else self.tr("Off")
            text = self.tr("{group}: {state}").format(group=_g(grp.title), state=state)
            button.setText(("✔ " if on else "") + text)
            button.setAccessibleName(text)
            button.setToolTip(
                self.tr("Click to switch off") if on else self.tr("Click to switch on")
            )

    def toggle(self, grp: groups.YesNoGroup, on: bool) -> None:
        def done(clashes: tuple[str, ...]) -> None:
            if clashes:
                self.notes[grp.key].setText(
                    self.tr(
                        "Left alone, because you already have a 0–10 symptom with that name: "
                        "{keys}"
                    ).format(keys=", ".join(clashes))
                )

        run_write(
            self,
            lambda: switch_group(self.db, grp, on),
            {SYMPTOMS},
            where=self.notes[grp.key],
            on_done=done,
        )
        self.refresh()
