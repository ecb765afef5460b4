"""The Today page's quiet line: which markers have not been measured for a while.

One line of words, no button and no colour: "VEGF (serum) and Platelets: not measured for
more than 3 months." Hidden when nothing is due. The interval is the patient's
(`prefs/marker_interval_months`, Preferences); never a nag and never advice.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from poems_tracker import settings
from poems_tracker.domain.marker_facts import due_series, marker_series
from poems_tracker.store.database import Database
from poems_tracker.ui.shell import clock
from poems_tracker.ui.shell.data_events import EVENTS, LABS, Changes, DataEvents


class MarkersDueLine(QWidget):
    """Visible only when a marker is due for a test."""

    def __init__(
        self, db: Database, events: DataEvents | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("markersDue")
        self.db = db
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        if events is not None:
            events.changed.connect(self._on_events_changed)
        self.refresh()

    def refresh(self) -> None:
        from PySide6.QtCore import QCoreApplication

        from poems_tracker.store.labs import list_results

        months = int(settings.get("prefs/marker_interval_months"))
        due = due_series(marker_series(list_results(self.db), [], [], clock.today(), months))
        if not due:
            self.label.clear()
            self.hide()
            return
        names = ", ".join(QCoreApplication.translate("labs", s.label) for s in due)
        text = self.tr("Markers not measured for more than %n month(s): {names}.", "", months)
        self.label.setText(text.format(names=names))
        self.label.setAccessibleName(self.label.text())
        self.show()

    def _on_events_changed(self, changes: Changes) -> None:
        if changes.touches(LABS, EVENTS):
            self.refresh()
