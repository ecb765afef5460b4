"""Text contrast of at least 4.5:1 (WCAG 2.x, level AA) in the colours the app itself uses.

Papilledema can blur sight, so the chosen score, the chosen answer and selected rows must
stay readable. They are drawn with the palette's Highlight and HighlightedText; Qt's
Fusion palette gives white on #308cc6, only 3.7:1. `ensure_readable_palette` darkens the
highlight (keeping its hue) until the pair reaches 4.5:1, and leaves a palette that
already reads well alone, so a desktop's own theme is respected whenever it is good enough.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

MINIMUM = 4.5
#: Text drawn on a background, as palette roles, for the active and inactive window.
PAIRS = (
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
    (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
    (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
    (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
)


def _channel(value: float) -> float:
    value /= 255
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """Relative luminance as WCAG defines it."""
    return (
        0.2126 * _channel(colour.red())
        + 0.7152 * _channel(colour.green())
        + 0.0722 * _channel(colour.blue())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """From 1 (same colour) to 21 (black on white)."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _readable_background(text: QColor, background: QColor) -> QColor:
    """BACKGROUND moved away from TEXT's lightness, one small step at a time, until readable."""
    colour = QColor(background)
    text_is_light = luminance(text) > 0.5
    for _ in range(40):
        if contrast_ratio(text, colour) >= MINIMUM:
            break
        colour = colour.darker(108) if text_is_light else colour.lighter(108)
    return colour


def ensure_readable_palette(app: QApplication) -> QPalette:
    """Give APP a palette whose text/background pairs all reach 4.5:1; return it."""
    palette = app.palette()
    changed = False
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for text_role, background_role in PAIRS:
            text = palette.color(group, text_role)
            background = palette.color(group, background_role)
            if contrast_ratio(text, background) < MINIMUM:
                palette.setColor(group, background_role, _readable_background(text, background))
                changed = True
    if changed:
        app.setPalette(palette)
    return palette


#: The system font's point size before any scaling, remembered once per process so that
#: changing the scale twice scales the system size, not the already scaled one.
_base_point_size: float | None = None


def apply_text_scale(app: QApplication, percent: int) -> None:
    """Scale the system font (papilledema can blur sight; some need twice the size)."""
    global _base_point_size
    base = QFont(app.font())
    if _base_point_size is None:
        _base_point_size = base.pointSizeF() or 10.0
    base.setPointSizeF(_base_point_size * max(50, min(300, percent)) / 100)
    app.setFont(base)


def text_factor() -> float:
    """How much larger the text is than the system's (1.0 at 100 %, 2.0 at 200 %): what
    the charts scale their own text and panels by, so they grow with the window's words."""
    app = QApplication.instance()
    if _base_point_size is None or app is None:
        return 1.0
    return max(0.5, min(3.0, QApplication.font().pointSizeF() / _base_point_size))


def forget_base_font() -> None:
    """Let the next `apply_text_scale` take the current font as the system's (tests)."""
    global _base_point_size
    _base_point_size = None
