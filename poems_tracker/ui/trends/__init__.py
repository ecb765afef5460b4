"""Trends over time (charts, numbers, summaries, side-by-side compare) and symptoms by cycle day."""
