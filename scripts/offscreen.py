"""What the screenshot scripts share: a scratch folder and Qt's offscreen platform with one
1280x800 screen at 96 dpi, so every screenshot has the same size and fonts."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

WIDTH, HEIGHT = 1280, 800


def offscreen_scratch(prefix: str) -> Path:
    """A new scratch folder; Qt (not yet started) will draw on an offscreen 1280x800 screen and
    the program keeps its data in the scratch folder. Call before importing anything of Qt."""
    scratch = Path(tempfile.mkdtemp(prefix=prefix))
    screen = {
        "screens": [
            {
                "name": "Screen",
                "x": 0,
                "y": 0,
                "width": WIDTH,
                "height": HEIGHT,
                "logicalDpi": 96,
                "logicalBaseDpi": 96,
                "dpr": 1,
            }
        ]
    }
    config = scratch / "screen.json"
    config.write_text(json.dumps(screen), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["COOPBUILDER_HOME"] = str(scratch / "home")
    return scratch
