"""Render the main window (a workspace with several agreements, one review overdue) and every
wizard page with the demo agreement open in it, at 1280x800, in normal and in projector mode,
into docs/screenshots/ (headless, on Qt's offscreen platform).

    .venv/bin/python scripts/screenshots.py [OUT_FOLDER]
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

WIDTH, HEIGHT = 1280, 800
DEMO_DAY = dt.date(2026, 11, 27)
WHO = "anna.schmidt"
LISTED = (
    # title, NGO, agency, status, next review in days from DEMO_DAY
    ("Exit counselling in Nürnberg", "Wegweiser e.V.", "Polizeipräsidium Mittelfranken",
     "draft", 240),
    ("Family counselling in Fürth", "Ausweg e.V.", "Kriminalpolizei Fürth", "signed", -12),
    ("Prison leavers in Bamberg", "Neustart e.V.", "JVA Bamberg", "ready_to_sign", 20),
    ("Youth work in Erlangen", "Kompass e.V.", "Jugendamt Erlangen", "signed", 150),
)  # fmt: skip


def fill_workspace(path: Path) -> str:
    """The demo agreement and the LISTED ones; returns the demo's id."""
    from coopbuilder.core.demo import demo_agreement
    from coopbuilder.core.vocabulary import AgreementStatus
    from coopbuilder.store.connection import open_workspace

    with open_workspace(path, who=WHO) as workspace:
        for title, ngo, agency, status, review_in in LISTED:
            agreement = demo_agreement("en", today=DEMO_DAY - dt.timedelta(days=300))
            agreement.title = title
            agreement.partners[0].name = agreement.partners[0].short_name = ngo
            agreement.partners[1].name = agreement.partners[1].short_name = agency
            agreement.next_review_date = DEMO_DAY + dt.timedelta(days=review_in)
            agreement.status = AgreementStatus(status)
            workspace.agreements.create(agreement)
        demo = demo_agreement("en", today=DEMO_DAY)
        # Two open questions, so the checks show next to their rules.
        demo.sharing_rules[2].legal_basis.national_law = ""
        demo.sharing_rules[5].trigger = None
        return workspace.agreements.create(demo).agreement_id


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

    from PySide6.QtCore import QEventLoop, QSettings
    from PySide6.QtWidgets import QWidget

    from coopbuilder.store.connection import open_workspace
    from coopbuilder.ui.agreement_editor import AgreementEditor
    from coopbuilder.ui.app import application
    from coopbuilder.ui.background import Background
    from coopbuilder.ui.dialogs import QtDialogs
    from coopbuilder.ui.main_window import MainWindow
    from coopbuilder.ui.preview import PdfOutput
    from coopbuilder.ui.projector import ProjectorMode
    from coopbuilder.ui.wizard.findings import FindingsPage
    from coopbuilder.ui.wizard.sharing import SharingPage

    app = application()
    workspace_path = scratch / "workspace.sqlite"
    demo_id = fill_workspace(workspace_path)
    settings = QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)
    projector = ProjectorMode(app, settings)
    background = Background()
    loop = QEventLoop()

    def settle(until: Callable[[], bool] = lambda: True, seconds: float = 30) -> None:
        """Run the event loop until ``until()`` holds and the background is idle."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            if until() and not background.busy:
                break
        for _ in range(5):
            loop.processEvents()

    def save(widget: QWidget, name: str) -> None:
        settle()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        print(path)

    for mode in ("normal", "projector"):
        projector.set_projector(mode == "projector")
        window = MainWindow(
            settings,
            projector,
            background=background,
            dialogs=QtDialogs(),
            open_workspace=lambda location: open_workspace(location, who=WHO),
            autosave_ms=0,
            today=lambda: DEMO_DAY,
        )
        window.resize(WIDTH, HEIGHT)
        window.show()
        window.opener.open_at_start(str(workspace_path))
        settle(lambda: window.workspace is not None and window.agreements.model.rowCount() > 0)
        window.agreements.table.selectRow(0)
        save(window, f"0-main-window-{mode}")

        window.commands.open(demo_id)
        settle(lambda: bool(window.editors()))
        editor = window.editors()[0]
        assert isinstance(editor, AgreementEditor)
        wizard = editor.wizard
        for index, page in enumerate(wizard.pages):
            wizard.go_to(index)
            if isinstance(page, FindingsPage):
                page.findings.setCurrentRow(1)
            output = getattr(page, "output", None)
            if isinstance(output, PdfOutput):
                settle(lambda o=output: o.pdf is not None)  # type: ignore[misc]
                settle(lambda: False, seconds=1.5)  # the view draws its pages in the background
            slug = page.title().lower().replace(" ", "-")
            save(window, f"{index + 1}-{slug}-{mode}")
            if isinstance(page, SharingPage):
                page.table.select_rule(5)
                page.edit()
                assert page.editor is not None
                save(page.editor, f"{index + 1}-{slug}-rule-dialog-{mode}")
                page.editor.reject()
        window.hide()  # not close(): nothing to ask, nothing to keep
        if window.workspace is not None:
            window.workspace.close()
        window.deleteLater()
        settle()
    background.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
