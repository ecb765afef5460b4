"""The Medicines page: what the patient takes now and took before, and how much of it.

Mnemonics avoid the letters of the main window's page buttons (T H L A U Y M R).

Two lists (taking now; stopped, kept as history), each with adherence over a chosen period
in words and counts, never colour alone. Start, change, stop and delete act on the chosen
row; deleting a medicine with recorded doses asks first and offers to stop it instead.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from poems_tracker.domain.adherence import Adherence, adherence_for_all, period_start
from poems_tracker.domain.models import Medication
from poems_tracker.domain.text import N_
from poems_tracker.store import medications as store
from poems_tracker.store.database import Database
from poems_tracker.ui.medicines.medication_dialog import MedicationDialog
from poems_tracker.ui.shell import clock
from poems_tracker.ui.shell.data_events import DOSES, MEDICATIONS, Changes, DataEvents
from poems_tracker.ui.shell.page import Page
from poems_tracker.ui.shell.write_path import run_write
from poems_tracker.ui.widgets import TARGET, big_button, dialogs
from poems_tracker.ui.widgets.announce import SpokenLabel
from poems_tracker.wording import adherence_text, day_text, describe_schedule, dose_text

PERIODS: tuple[tuple[int | None, str], ...] = (
    (30, N_("MedicationsPage", "The last 30 days")),
    (90, N_("MedicationsPage", "The last 90 days")),
    (None, N_("MedicationsPage", "All the time")),
)


class MedicationsPage(Page):
    COLUMNS = (
        N_("MedicationsPage", "Medicine"),
        N_("MedicationsPage", "Dose"),
        N_("MedicationsPage", "How often"),
        N_("MedicationsPage", "Dates"),
        N_("MedicationsPage", "Taken"),
    )

    def __init__(self, db: Database, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(db, events, parent)
        self.setObjectName("MedicationsPage")
        self.dialog: MedicationDialog | None = None
        self._meds: dict[int, Medication] = {}
        title = QLabel(self.tr("Medicines"))
        title.setObjectName("PageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)

        self.start_button = big_button(
            self.tr("&Start a medicine…"), self.tr("Start a new medicine"), self.start_medicine
        )
        self.edit_button = big_button(
            self.tr("&Change…"), self.tr("Change the chosen medicine"), self.edit_selected
        )
        self.stop_button = big_button(
            self.tr("Sto&p"),
            self.tr("Stop the chosen medicine today; its history is kept"),
            self.stop_selected,
        )
        self.delete_button = big_button(
            self.tr("&Delete…"), self.tr("Delete the chosen medicine"), self.delete_selected
        )
        actions = QHBoxLayout()
        for button in (self.start_button, self.edit_button, self.stop_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.period_box = QComboBox()
        for days, label in PERIODS:
            self.period_box.addItem(QCoreApplication.translate("MedicationsPage", label), days)
        self.period_box.setMinimumHeight(TARGET)
        self.period_box.setAccessibleName(self.tr("Period for the Taken column"))
        period_label = QLabel(self.tr("Show what was taken &over:"))
        period_label.setBuddy(self.period_box)
        period_row = QHBoxLayout()
        period_row.addWidget(period_label)
        period_row.addWidget(self.period_box)
        period_row.addStretch(1)
        self.period_box.currentIndexChanged.connect(self.refresh)

        self.current_table = self._table(self.tr("Medicines you take now"))
        self.past_table = self._table(self.tr("Medicines you stopped, kept as history"))
        current_label = QLabel(self.tr("Taking &now"))
        current_label.setBuddy(self.current_table)
        past_label = QLabel(self.tr("Stopped, &kept as history"))
        past_label.setBuddy(self.past_table)
        self.status = SpokenLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleDescription(self.tr("Message"))

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(actions)
        layout.addLayout(period_row)
        self.empty_label = QLabel(
            self.tr(
                'No medicines yet. Press "Start a medicine…" to add the first one; its '
                "doses then appear on the Today page."
            )
        )
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        layout.addWidget(current_label)
        layout.addWidget(self.current_table, 3)
        layout.addWidget(past_label)
        layout.addWidget(self.past_table, 2)
        layout.addWidget(self.status)
        for table, other in (
            (self.current_table, self.past_table),
            (self.past_table, self.current_table),
        ):
            table.itemSelectionChanged.connect(
                lambda t=table, o=other: self._selection_moved(t, o)
            )
            table.itemSelectionChanged.connect(self._update_buttons)
        self.setTabOrder(self.start_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.stop_button)
        self.setTabOrder(self.stop_button, self.delete_button)
        self.setTabOrder(self.delete_button, self.period_box)
        self.setTabOrder(self.period_box, self.current_table)
        self.setTabOrder(self.current_table, self.past_table)
        self.events.changed.connect(self._data_changed)
        self.refresh()

    # -- building -----------------------------------------------------------------------
    def _table(self, accessible: str) -> QTableWidget:
        table = QTableWidget(0, len(self.COLUMNS))
        table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("MedicationsPage", c) for c in self.COLUMNS]
        )
        table.setAccessibleName(accessible)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(TARGET)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(self.COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        table.doubleClicked.connect(self.edit_selected)
        return table

    def _selection_moved(self, table: QTableWidget, other: QTableWidget) -> None:
        if table.selectedItems():
            other.blockSignals(True)
            other.clearSelection()
            other.blockSignals(False)

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches(MEDICATIONS, DOSES):
            self.refresh()

    def shown(self) -> None:
        self.refresh()

    def period_days(self) -> int | None:
        return self.period_box.currentData()

    def refresh(self) -> None:
        """Reload both lists with adherence for the chosen period; keep the chosen row."""
        chosen = self.selected_medication()
        today = clock.today()
        start = period_start(self.period_days(), today)
        meds = store.list_medications(self.db)
        self._meds = {m.id: m for m in meds if m.id is not None}
        results = adherence_for_all(
            meds, store.dose_counts(self.db, start, today), start, today, today
        )
        # stopped today = stopped: the patient said so, though today's dose still counts
        current = [m for m in meds if m.end_date is None or m.end_date > today]
        past = sorted(
            (m for m in meds if m.end_date is not None and m.end_date <= today),
            key=lambda m: m.end_date or today,
            reverse=True,
        )
        self._fill(self.current_table, current, results)
        self._fill(self.past_table, past, results)
        if chosen is not None:
            self.select(chosen.id)
        self.empty_label.setVisible(not meds)
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Change, Stop and Delete act on the chosen medicine: off until one is chosen."""
        chosen = self.selected_medication() is not None
        for button in (self.edit_button, self.stop_button, self.delete_button):
            button.setEnabled(chosen)

    def _fill(
        self, table: QTableWidget, meds: list[Medication], results: dict[int, Adherence]
    ) -> None:
        table.setRowCount(len(meds))
        for row, med in enumerate(meds):
            if med.end_date is None:
                dates = self.tr("since {start}").format(start=day_text(med.start_date))
            else:
                dates = self.tr("{start} to {end}").format(
                    start=day_text(med.start_date), end=day_text(med.end_date)
                )
            cells = (
                med.name,
                dose_text(med),
                describe_schedule(med.schedule),
                dates,
                adherence_text(results.get(med.id or -1, Adherence())),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, med.id)
                if column == 0 and med.reason:
                    item.setToolTip(med.reason)
                table.setItem(row, column, item)

    # -- the chosen medicine ------------------------------------------------------------
    def selected_medication(self) -> Medication | None:
        for table in (self.current_table, self.past_table):
            items = table.selectedItems()
            if items:
                return self._meds.get(items[0].data(Qt.ItemDataRole.UserRole))
        return None

    def select(self, medication_id: int | None) -> bool:
        for table in (self.current_table, self.past_table):
            for row in range(table.rowCount()):
                if table.item(row, 0).data(Qt.ItemDataRole.UserRole) == medication_id:
                    table.selectRow(row)
                    return True
        return False

    def _need_selection(self) -> Medication | None:
        med = self.selected_medication()
        if med is None:
            self.status.setText(self.tr("First choose a medicine in one of the lists."))
        return med

    # -- actions ------------------------------------------------------------------------
    def start_medicine(self) -> MedicationDialog:
        return self._open_dialog(None)

    def edit_selected(self) -> MedicationDialog | None:
        med = self._need_selection()
        return None if med is None else self._open_dialog(med)

    def _open_dialog(self, med: Medication | None) -> MedicationDialog:
        self.dialog = MedicationDialog(self.db, med, clock.today(), self)
        self.dialog.saved.connect(self._saved)
        self.dialog.open()
        return self.dialog

    def _saved(self, med: Medication) -> None:
        self.status.setText(self.tr("{name} is saved.").format(name=med.name))
        # the dialog's run_write announced MEDICATIONS, which refreshed this page
        self.select(med.id)

    def stop_selected(self) -> None:
        med = self._need_selection()
        if med is None:
            return
        today = clock.today()
        if med.end_date is not None and med.end_date <= today:
            self.status.setText(self.tr("{name} is already stopped.").format(name=med.name))
            return
        if not dialogs.confirm(
            self,
            self.tr("Stop a medicine"),
            self.tr(
                "Stop {name} today? Today counts as its last day; its doses and history are kept."
            ).format(name=med.name),
            self.tr("Stop it"),
        ):
            return
        self._stop(med, today)

    def _stop(self, med: Medication, day: date) -> None:
        def done(_result: object) -> None:
            self.status.setText(
                self.tr("{name} is stopped; its history is kept.").format(name=med.name)
            )

        run_write(
            self,
            lambda: store.stop_medication(self.db, med.id, day),  # type: ignore[arg-type]
            {MEDICATIONS},
            on_done=done,
        )

    def delete_selected(self) -> None:
        med = self._need_selection()
        if med is None or med.id is None:
            return
        doses = store.count_doses(self.db, med.id)
        title = self.tr("Delete a medicine")
        if doses:
            answer = dialogs.choose(
                self,
                title,
                self.tr(
                    "{name} has {count} recorded doses. Deleting it deletes them too. You "
                    "can stop it instead and keep its history."
                ).format(name=med.name, count=doses),
                [self.tr("Stop it instead"), self.tr("Delete it and its doses")],
            )
            if answer is None:
                return
            if answer == 0:
                self._stop(
                    med,
                    max(clock.today(), med.start_date) if med.end_date is None else med.end_date,
                )
                return
        elif not dialogs.confirm(
            self,
            title,
            self.tr("Delete {name}? This cannot be undone.").format(name=med.name),
            self.tr("Delete"),
        ):
            return
        med_id = med.id
        run_write(
            self,
            lambda: store.delete_medication(self.db, med_id, with_doses=bool(doses)),
            {MEDICATIONS, DOSES},
            where=self.status,
            on_done=lambda _r: self.status.setText(
                self.tr("{name} is deleted.").format(name=med.name)
            ),
        )
