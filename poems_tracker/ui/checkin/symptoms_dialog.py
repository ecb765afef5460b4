"""The patient's own symptoms: add, rename, hide or show again. Nothing stored is deleted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from poems_tracker.domain.models import SymptomKind
from poems_tracker.store import checkins as repo
from poems_tracker.store.database import Database
from poems_tracker.ui.shell.data_events import SYMPTOMS, DataEvents
from poems_tracker.ui.shell.write_path import run_write
from poems_tracker.ui.widgets import TARGET, dialogs, roomy_rows
from poems_tracker.ui.widgets.field_error import FieldError


class SymptomsDialog(QDialog):
    def __init__(self, db: Database, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.events = events
        self.setWindowTitle(self.tr("My symptoms"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Your own symptoms appear on the check-in after the built-in ones. Hiding one "
                "keeps everything you logged for it."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        roomy_rows(self.list)
        self.list.setAccessibleName(self.tr("Your own symptoms"))
        self.list.setMinimumHeight(160)
        layout.addWidget(self.list)

        add_row = QHBoxLayout()
        name_label = QLabel(self.tr("&New symptom:"))
        self.name = QLineEdit()
        self.name.setMinimumHeight(TARGET)
        self.name.setAccessibleName(self.tr("Name of the new symptom"))
        name_label.setBuddy(self.name)
        self.kind = QComboBox()
        self.kind.setMinimumHeight(TARGET)
        self.kind.setAccessibleName(self.tr("Kind of answer"))
        self.kind.addItem(self.tr("Score 0–10"), SymptomKind.SCORE)
        self.kind.addItem(self.tr("Yes / no"), SymptomKind.YESNO)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setMinimumHeight(TARGET)
        self.add_button.setAccessibleName(self.tr("Add this symptom"))
        self.add_button.clicked.connect(self.add)
        add_row.addWidget(name_label)
        add_row.addWidget(self.name, 1)
        add_row.addWidget(self.kind)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)
        self.error = FieldError()
        layout.addWidget(self.error)

        actions = QHBoxLayout()
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.hide_button = QPushButton(self.tr("&Hide / show"))
        for button, name in (
            (self.rename_button, self.tr("Rename the chosen symptom")),
            (self.hide_button, self.tr("Hide or show the chosen symptom")),
        ):
            button.setMinimumHeight(TARGET)
            button.setAccessibleName(name)
            actions.addWidget(button)
        self.groups_button = QPushButton(self.tr("Ready-made &yes/no questions…"))
        self.groups_button.setMinimumHeight(TARGET)
        self.groups_button.setAccessibleName(
            self.tr("Switch on ready-made yes/no questions such as falls or skin changes")
        )
        self.groups_button.clicked.connect(self.open_groups)
        layout.addLayout(actions)
        layout.addWidget(self.groups_button)  # its own row: long words at large text sizes
        self.rename_button.clicked.connect(self.rename)
        self.hide_button.clicked.connect(self.toggle_hidden)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setMinimumHeight(TARGET)
        layout.addWidget(close)
        self.refresh()

    def open_groups(self) -> None:
        from poems_tracker.ui.checkin.symptom_groups_dialog import SymptomGroupsDialog

        SymptomGroupsDialog(self.db, self.events, self).exec()
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for symptom in repo.list_symptoms(self.db):
            if symptom.builtin:
                continue
            kind = self.tr("yes/no") if symptom.kind is SymptomKind.YESNO else self.tr("0–10")
            text = f"{symptom.label}  ({kind})"
            if symptom.hidden:
                text += "  — " + self.tr("hidden")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, symptom.key)
            self.list.addItem(item)

    def _chosen_key(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def add(self) -> None:
        label = self.name.text().strip()
        existing = {s.label.casefold() for s in repo.list_symptoms(self.db)}
        if not label:
            self.error.show_message(self.tr("Type a name for the symptom first."))
            return
        if label.casefold() in existing:
            self.error.show_message(self.tr("You already have a symptom with that name."))
            return
        self.error.clear_message()
        kind = self.kind.currentData()
        if run_write(
            self,
            lambda: repo.add_custom_symptom(self.db, label, kind),
            {SYMPTOMS},
            where=self.error.show_message,
        ):
            self.name.clear()
            self.refresh()

    def rename(self) -> None:
        key = self._chosen_key()
        if key is None:
            self.error.show_message(self.tr("Choose a symptom in the list first."))
            return
        label = dialogs.ask_text(self, self.tr("Rename symptom"), self.tr("New name:"))
        if (
            label
            and label.strip()
            and run_write(
                self,
                lambda: repo.rename_custom_symptom(self.db, key, label),
                {SYMPTOMS},
                where=self.error.show_message,
            )
        ):
            self.refresh()

    def toggle_hidden(self) -> None:
        key = self._chosen_key()
        if key is None:
            self.error.show_message(self.tr("Choose a symptom in the list first."))
            return
        hidden = {s.key: s.hidden for s in repo.list_symptoms(self.db)}
        if run_write(
            self,
            lambda: repo.set_symptom_hidden(self.db, key, not hidden.get(key, False)),
            {SYMPTOMS},
            where=self.error.show_message,
        ):
            self.refresh()
