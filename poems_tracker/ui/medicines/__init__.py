"""Medicines and their schedules, today's doses, and the treatments timeline."""
