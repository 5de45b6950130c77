"""The one rule of the layout: dependencies point ui → garden, and garden never imports Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import garden

GARDEN = Path(garden.__file__).parent
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "ui", "matplotlib.backends.backend_qt")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def test_no_module_of_garden_imports_qt_or_ui():
    offenders = []
    files = sorted(GARDEN.rglob("*.py"))
    assert len(files) > 20
    for path in files:
        for name in _imports(path):
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN):
                offenders.append(f"{path.relative_to(GARDEN.parent)} imports {name}")
            if "backend_qt" in name or "backend_qtagg" in name:
                offenders.append(f"{path.relative_to(GARDEN.parent)} imports {name}")
    assert offenders == []


def test_importing_every_garden_module_loads_no_qt():
    code = (
        "import pkgutil, importlib, sys, garden\n"
        "for m in pkgutil.walk_packages(garden.__path__, 'garden.'):\n"
        "    if m.name != 'garden.__main__':\n"
        "        importlib.import_module(m.name)\n"
        "bad = [n for n in sys.modules if n.split('.')[0] in ('PySide6', 'shiboken6', 'ui')]\n"
        "print(bad)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "[]"
