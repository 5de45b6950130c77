"""Files the app ships beside its code: the app icon and the window's compiled
translations (translations/garden_<lang>.qm, loaded by ui/i18n.py).

They live inside the `ui` package, so a checkout, an installed wheel and the PyInstaller
bundle all find them the same way, through importlib.resources. The icons are drawn in
packaging/icons/ and rendered here by packaging/make_icons.py.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

#: The app's id on the desktop: the .desktop file's name, the AppStream component id and
#: the icon's name, all in packaging/; Qt passes it to the desktop as the window's app id.
APP_ID = "io.github.relationship_garden.RelationshipGarden"

#: The sizes of the rendered app icon, in pixels.
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)

#: The sizes given to the window. 512 is left out: on X11 every size goes into the
#: window's _NET_WM_ICON property, and no window switcher shows one that large.
WINDOW_ICON_SIZES = tuple(size for size in ICON_SIZES if size <= 256)


def icon_png(size: int) -> Path:
    """The app icon rendered at `size` pixels."""
    if size not in ICON_SIZES:
        raise ValueError(f"no app icon of {size} px")
    resource = files(__name__) / "icons" / f"app-{size}.png"
    # Qt reads files by path. Every way the app is installed (checkout, wheel, PyInstaller
    # folder) keeps the package on disk; a zipped install would need extracting first.
    if not isinstance(resource, Path):
        raise RuntimeError(f"the app's resources are not on disk: {resource}")
    return resource


def app_icon() -> QIcon:
    """The window icon: the PNG sizes, named with their size so none is decoded until a
    desktop asks for it (so it costs start-up only a few file opens)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in WINDOW_ICON_SIZES:
        icon.addFile(str(icon_png(size)), QSize(size, size))
    return icon
