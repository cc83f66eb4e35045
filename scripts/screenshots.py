"""Render every wizard page with the demo agreement at 1280x800, in normal and in projector mode,
into docs/screenshots/ (headless, on Qt's offscreen platform).

    .venv/bin/python scripts/screenshots.py [OUT_FOLDER]
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
from pathlib import Path

WIDTH, HEIGHT = 1280, 800
DEMO_DAY = dt.date(2026, 11, 27)


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path(__file__).resolve().parents[1] / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="coopbuilder-screenshots-"))
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

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from coopbuilder.core.demo import demo_agreement
    from coopbuilder.ui.agreement_window import AgreementWindow
    from coopbuilder.ui.app import application
    from coopbuilder.ui.background import Background
    from coopbuilder.ui.dialogs import QtDialogs
    from coopbuilder.ui.projector import ProjectorMode
    from coopbuilder.ui.session import MemorySession
    from coopbuilder.ui.wizard.findings import FindingsPage
    from coopbuilder.ui.wizard.sharing import SharingPage

    app = application()
    settings = QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)
    projector = ProjectorMode(app, settings)
    background = Background()

    def save(widget: QWidget, name: str) -> None:
        for _ in range(3):
            QApplication.processEvents()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        print(path)

    for mode in ("normal", "projector"):
        projector.set_projector(mode == "projector")
        agreement = demo_agreement("en", today=DEMO_DAY)
        # Two open questions, so the checks show next to their rules.
        agreement.sharing_rules[2].legal_basis.national_law = ""
        agreement.sharing_rules[5].trigger = None
        window = AgreementWindow(
            MemorySession(agreement),
            settings,
            projector,
            background=background,
            dialogs=QtDialogs(),
            autosave_ms=0,
        )
        window.resize(WIDTH, HEIGHT)
        window.show()
        wizard = window.wizard
        for index, page in enumerate(wizard.pages):
            wizard.go_to(index)
            if isinstance(page, FindingsPage):
                page.findings.setCurrentRow(1)
            slug = page.title().lower().replace(" ", "-")
            save(window, f"{index + 1}-{slug}-{mode}")
            if isinstance(page, SharingPage):
                page.table.select_rule(5)
                page.edit()
                assert page.editor is not None
                save(page.editor, f"{index + 1}-{slug}-rule-dialog-{mode}")
                page.editor.reject()
        window.close()
        window.deleteLater()
    background.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
