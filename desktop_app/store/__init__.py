"""SQLite through sqlite-utils, the evidence vault, the store's lock. No Qt."""
