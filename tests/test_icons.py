"""The program's icon: one SVG source; the PNG sizes, .ico and .icns made from it are current."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PIL import Image
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]


def test_the_icon_files_are_made_from_the_svg(qapp: QApplication) -> None:
    spec = importlib.util.spec_from_file_location("icons", ROOT / "scripts" / "icons.py")
    assert spec is not None and spec.loader is not None
    icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(icons)
    assert icons.main(["--check"]) == 0, "run .venv/bin/python scripts/icons.py"
    with Image.open(ROOT / "packaging" / "icons" / "coopbuilder.ico") as ico:
        assert (256, 256) in ico.info["sizes"] and (16, 16) in ico.info["sizes"]
    with Image.open(ROOT / "packaging" / "icons" / "coopbuilder.icns") as icns:
        assert icns.size in {(512, 512), (1024, 1024)}  # 512 at twice the density
