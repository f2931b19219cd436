"""Plain dataclasses and rules. No Qt, no SQL, no I/O."""
