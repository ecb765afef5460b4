"""The window: thin widgets over domain/ and store/ (architecture.md rule 6)."""
