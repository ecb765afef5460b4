"""The only place that speaks SQL: open, migrate, and read/write domain objects."""
