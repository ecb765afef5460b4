"""Reusable widgets built for numb hands: large targets, full keyboard."""
