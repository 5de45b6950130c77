"""The Qt application. Importing this package imports no Qt; `ui.app` does."""
