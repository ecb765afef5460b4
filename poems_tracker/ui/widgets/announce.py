"""Say a sentence to a screen reader at once ("saved", "not saved: …").

A label's new text is exposed to AT-SPI (when the label has no fixed accessible name), but
a screen reader only reads it when the patient goes there. An announcement is spoken
as it happens; measured with PySide6 6.11 and AT-SPI (Orca's interface), it is the one
event that reliably reaches the patient for a status sentence.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel, QWidget


def announce(widget: QWidget, text: str, *, urgent: bool = False) -> None:
    """Have a screen reader speak TEXT on behalf of WIDGET (nothing when none is listening).

    URGENT interrupts what is being read (refusals and errors); otherwise it waits its turn.
    """
    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if urgent
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)


class SpokenLabel(QLabel):
    """A message line whose every new sentence is also spoken (a page's status message).

    It has no fixed accessible name, so AT-SPI exposes the sentence itself; give it an
    accessible description to say what the line is for.
    """

    def setText(self, text: str) -> None:
        changed = text != self.text()
        super().setText(text)
        if changed:
            announce(self, text, urgent="⚠" in text)
