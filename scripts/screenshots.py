"""Render the main window (a workspace with several agreements, one review overdue) and every
wizard page with the demo agreement open in it, at 1280x800, in normal and in projector mode,
and the review screens on the three-year demo history (the Reviews view, the comparison page,
the readiness page of a version a review started), into docs/screenshots/ (headless, on Qt's
offscreen platform).

    .venv/bin/python scripts/screenshots.py [OUT_FOLDER]
    .venv/bin/python scripts/screenshots.py --lang de               # German, both modes
    .venv/bin/python scripts/screenshots.py --lang de --pages 1,3   # these steps, normal mode only

With ``--lang de`` the program speaks German and shows the German demo agreement (and its
history, for the review screens); the files are named ``de-<step>-<title>.png``
(``de-<step>-<title>-projector.png`` in projector mode) and ``de-review-...png``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from offscreen import HEIGHT, WIDTH, offscreen_scratch

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMenu, QWidget

    from coopbuilder.ui.background import Background
    from coopbuilder.ui.main_window import MainWindow
    from coopbuilder.ui.projector import ProjectorMode

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


def fill_workspace(path: Path, language: str) -> str:
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
        demo = demo_agreement(language, today=DEMO_DAY)
        # Two open questions, so the checks show next to their rules.
        demo.sharing_rules[2].legal_basis.national_law = ""
        demo.sharing_rules[5].trigger = None
        return workspace.agreements.create(demo).agreement_id


REVIEW_DAY = dt.date(2028, 11, 20)
"""The day the review screens show: during the third year's review of the demo history."""


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="scripts/screenshots.py")
    parser.add_argument("out", nargs="?", type=Path, help="the folder (default docs/screenshots)")
    parser.add_argument("--lang", choices=["en", "de"], default="en", help="the program's language")
    parser.add_argument("--pages", help="only these steps, e.g. 1,4 (default: all)")
    args = parser.parse_args(argv)
    out = args.out or Path(__file__).resolve().parents[1] / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    pages = {int(p) for p in args.pages.split(",")} if args.pages else None
    scratch = offscreen_scratch("coopbuilder-screenshots-")

    from PySide6.QtCore import QEventLoop, QSettings

    from coopbuilder.core.vocabulary import Language
    from coopbuilder.ui.agreement_editor import AgreementEditor
    from coopbuilder.ui.app import application
    from coopbuilder.ui.background import Background
    from coopbuilder.ui.preview import PdfOutput
    from coopbuilder.ui.projector import ProjectorMode
    from coopbuilder.ui.wizard.findings import FindingsPage
    from coopbuilder.ui.wizard.sharing import SharingPage

    language = Language(args.lang)
    app = application(language)
    workspace_path = scratch / "workspace.sqlite"
    demo_id = fill_workspace(workspace_path, language.value)
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

    modes = ("normal", "projector") if language is Language.EN or pages is None else ("normal",)
    prefix = "" if language is Language.EN else f"{language.value}-"
    for mode in modes:
        projector.set_projector(mode == "projector")
        # English: "-normal" and "-projector"; German: no suffix for normal mode
        suffix = f"-{mode}" if language is Language.EN or mode == "projector" else ""
        window = open_window(settings, projector, background, workspace_path, DEMO_DAY)
        settle(lambda w=window: w.workspace is not None and w.agreements.model.rowCount() > 0)
        window.agreements.table.selectRow(0)
        save(window, f"{prefix}0-main-window{suffix}")
        if mode == "normal":
            save_with_menu(window, window.agreement_menu, out / f"{prefix}0-agreement-menu.png")

        window.commands.open(demo_id)
        settle(lambda w=window: bool(w.editors()))
        editor = window.editors()[0]
        assert isinstance(editor, AgreementEditor)
        wizard = editor.wizard
        for index, page in enumerate(wizard.pages):
            if pages is not None and index + 1 not in pages:
                continue
            wizard.go_to(index)
            if isinstance(page, FindingsPage):
                page.findings.setCurrentRow(1)
            output = getattr(page, "output", None)
            if isinstance(output, PdfOutput):
                settle(lambda o=output: o.pdf is not None)  # type: ignore[misc]
                settle(lambda: False, seconds=1.5)  # the view draws its pages in the background
            slug = prefix + slugify(f"{index + 1}-{page.title()}")
            save(window, f"{slug}{suffix}")
            if isinstance(page, SharingPage):
                page.table.select_rule(5)
                page.edit()
                assert page.editor is not None
                save(page.editor, f"{slug}-rule-dialog{suffix}")
                page.editor.reject()
        window.hide()  # not close(): nothing to ask, nothing to keep
        if window.workspace is not None:
            window.workspace.close()
        window.deleteLater()
        settle()
    projector.set_projector(False)
    if pages is None:
        from coopbuilder.core import clock

        # the program's clock too reads the day of the third year's review
        with clock.running_from(dt.datetime.combine(REVIEW_DAY, dt.time(12), dt.UTC)):
            review_screens(scratch, background, save, settle, language.value)
    background.wait()
    return 0


def review_screens(
    scratch: Path,
    background: object,
    save: Callable[[QWidget, str], None],
    wait: Callable[..., None],
    language: str = "en",
) -> None:
    """The review screens in the main window, on a workspace with the three-year demo history,
    seen on a day in the third year's review, with two more agreements: one overdue, one due
    soon. The Reviews tab, the comparison in a tab of its own, and the draft the review started:
    last time's ratings beside the statements, and the review annex in the preview."""
    from PySide6.QtCore import QPointF, QSettings

    from coopbuilder.core.demo import demo_agreement
    from coopbuilder.core.vocabulary import PartnerKind
    from coopbuilder.store.connection import open_workspace
    from coopbuilder.ui.agreement_editor import AgreementEditor
    from coopbuilder.ui.background import Background
    from coopbuilder.ui.preview import PdfOutput
    from coopbuilder.ui.projector import ProjectorMode
    from coopbuilder.ui.review import ComparisonView
    from coopbuilder.ui.wizard.findings import FindingsPage
    from coopbuilder.workflows.demo_history import demo_history

    assert isinstance(background, Background)
    prefix = "" if language == "en" else f"{language}-"
    today = REVIEW_DAY
    path = scratch / "reviews.sqlite"
    with open_workspace(path, who=WHO) as workspace:
        demo_history(workspace, DEMO_DAY, language)
        others = (
            ("prison-release", "Exit work before and after release from prison", 400),
            ("youth-referrals", "Referrals of young people at risk", 340),
        )
        if language == "de":
            others = (
                ("prison-release", "Ausstiegsarbeit vor und nach der Haftentlassung", 400),
                ("youth-referrals", "Vermittlung gefährdeter junger Menschen", 340),
            )
        for agreement_id, title, days_ago in others:
            agreement = demo_agreement(language, today=today - dt.timedelta(days=days_ago))
            agreement.id, agreement.title = agreement_id, title
            if agreement_id == "prison-release":
                agreement.partners[1].name = (
                    "Justizvollzug Musterland (JVA Musterstadt)"
                    if language == "de"
                    else "Prison service of Musterland (JVA Musterstadt)"
                )
                agreement.partners[1].short_name = "JVA Musterstadt"
                agreement.partners[1].kind = PartnerKind.PRISON
            stored = workspace.agreements.create(agreement)
            workspace.signing.mark_signed(agreement_id, 1, stored.revision)

    from PySide6.QtWidgets import QApplication

    from coopbuilder.ui.wizard.readiness import ReadinessPage

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings = QSettings(str(scratch / "reviews-settings.ini"), QSettings.Format.IniFormat)
    window = open_window(settings, ProjectorMode(app, settings), background, path, today)
    wait(lambda: window.workspace is not None)
    window.reviews.show()
    save(window, prefix + "review-1-reviews-view")

    window.reviews.compare("demo-agreement", 3)
    (comparison,) = window.pages()
    assert isinstance(comparison, ComparisonView)
    wait(lambda: comparison.shown is not None)
    for index, slug in enumerate(
        ("readiness-over-the-years", "actions", "changes", "text", "record")
    ):
        comparison.tabs.setCurrentIndex(index)
        save(window, f"{prefix}review-{index + 2}-comparison-{slug}")
    window.close_page(comparison)

    window.commands.open("demo-agreement", 3)
    wait(lambda: bool(window.editors()))
    editor = window.editors()[0]
    assert isinstance(editor, AgreementEditor)
    wizard = editor.wizard
    wizard.go_to(0)  # a review's draft opens at its record
    save(window, prefix + "review-6b-record-step")
    wizard.go_to(next(i for i, p in enumerate(wizard.pages) if isinstance(p, ReadinessPage)))
    save(window, prefix + "review-7-readiness-with-last-time")
    wizard.go_to(next(i for i, p in enumerate(wizard.pages) if isinstance(p, FindingsPage)))
    save(window, prefix + "review-7b-findings-with-last-time")
    editor.wizard.go_to(len(editor.wizard.pages) - 1)
    output = editor.findChild(PdfOutput)
    assert output is not None
    wait(lambda: output.pdf is not None)
    output.view.pageNavigator().jump(output.document.pageCount() - 1, QPointF(0, 0))
    wait(lambda: False, 1.5)  # the view draws its pages in the background
    save(window, prefix + "review-8-review-annex-in-the-preview")
    output.changes_box.setChecked(True)  # Show changes: against the signed version 2
    wait(lambda: output.pdf is not None and not output.rendering)
    output.view.pageNavigator().jump(1, QPointF(0, 0))
    wait(lambda: False, 1.5)
    save(window, prefix + "review-9-changes-marked-in-the-preview")
    window.hide()
    if window.workspace is not None:
        window.workspace.close()
    window.deleteLater()


def open_window(
    settings: QSettings,
    projector: ProjectorMode,
    background: Background,
    path: Path,
    today: dt.date,
) -> MainWindow:
    """The main window at 1280x800, opening the workspace ``path`` as on a day ``today``."""
    from coopbuilder.store.connection import open_workspace
    from coopbuilder.ui.main_window import MainWindow
    from coopbuilder.ui.signing import QtSigningDialogs

    window = MainWindow(
        settings,
        projector,
        background=background,
        dialogs=QtSigningDialogs(),
        open_workspace=lambda location: open_workspace(location, who=WHO),
        autosave_ms=0,
        today=lambda: today,
    )
    window.resize(WIDTH, HEIGHT)
    window.show()
    window.opener.open_at_start(str(path))
    return window


def save_with_menu(window: QWidget, menu: QMenu, path: Path) -> None:
    """The window with ``menu`` open under its title in the menu bar."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication, QMainWindow

    assert isinstance(window, QMainWindow)
    bar = window.menuBar()
    where = bar.actionGeometry(menu.menuAction()).bottomLeft()
    menu.popup(bar.mapToGlobal(where))
    for _ in range(10):
        QApplication.processEvents()
    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(window.mapFromGlobal(menu.mapToGlobal(QPoint(0, 0))), menu.grab())
    painter.end()
    menu.hide()
    picture.save(str(path))
    print(path)


def slugify(text: str) -> str:
    """A file name from a page title: lower case ASCII, words joined by "-"."""
    for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.lower().replace(umlaut, plain)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
