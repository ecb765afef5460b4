"""What a POEMS patient records: pure Python, no Qt, no SQL, no files."""
