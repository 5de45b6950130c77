"""Relationship Garden: the Qt-free core (domain, growth model, storage, services, CLI)."""

__version__ = "0.1.0"
APP_NAME = "relationship-garden"
