"""Turning the store into files and files into the store: CSV, FHIR R4 JSON. No Qt here.

Import the submodules you need (`exchange.csv_export`, `exchange.csv_import`, `exchange.fhir`);
this package stays empty so importing it costs nothing.
"""
