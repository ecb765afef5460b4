"""Moving records in and out: CSV/FHIR/PDF export and import, calendar export, backups."""
