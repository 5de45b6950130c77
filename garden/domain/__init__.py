"""Plain dataclasses and pure functions. Only the standard library lives here."""
