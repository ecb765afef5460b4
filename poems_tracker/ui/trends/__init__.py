"""Trends over time (charts, numbers, summaries, compare) and symptoms by cycle day."""
