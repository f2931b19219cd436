"""Turning outside files into evidence. No Qt."""
