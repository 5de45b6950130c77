"""The yearly snapshot: a PNG of the garden at the end of a year (PRODUCT.md §7).

* `render` draws it (the window's plant painter, beds, names, the year's numbers and a
  small picture of the year) and saves it as a PNG in one step;
* `cli` offers `garden snapshot`, registered by `ui.launch`;
* `dialog` is File → Export yearly snapshot… in the window, with a live preview.

Importing this package loads no Qt: the command line imports `cli` for every command.
"""

from __future__ import annotations

from typing import Any


def export_yearly_snapshot(window: Any) -> None:
    """File → Export yearly snapshot…: the dialog over `window`'s garden.

    The dialog's module loads here, on first use, so the window starts without it. A
    window whose garden is not open yet has nothing to export.
    """
    if not getattr(window, "attached", False):
        return
    from ui.snapshot.dialog import SnapshotDialog

    SnapshotDialog.ask(window.session.garden, window)
