"""Say a sentence to a screen reader at once ("saved", "not saved: …").

A label's new text is exposed to AT-SPI (when the label has no fixed accessible name), but
a screen reader only reads it when the patient goes there. An announcement is spoken
as it happens; measured with PySide6 6.11 and AT-SPI (Orca's interface), it is the one
event that reliably reaches the patient for a status sentence.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


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
