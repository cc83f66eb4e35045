"""Where the program proposes to save files, and what it calls them."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths


def file_name(text: str) -> str:
    """``text`` as a file name that every system accepts."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", text).strip(" .-")
    return cleaned[:120] or "agreement"


def documents_folder() -> Path:
    """The person's documents folder (their home folder where there is none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()
