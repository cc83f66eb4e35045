"""The preview's "Show changes": a version made from a signed one shows its changes against it,
word by word and in the contact list; the first version has nothing to compare with."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.records import ReviewRecord
from coopbuilder.documents.rendering import Renderer
from coopbuilder.store.connection import open_workspace
from coopbuilder.store.workspace import Workspace
from coopbuilder.ui.background import Background
from coopbuilder.ui.preview import PdfOutput, version_renderer

from ..documents.pdfs import flat, pdftotext
from .helpers import ScriptedDialogs, find

TIMEOUT = 30_000


@pytest.fixture
def reviewed(tmp_path: Path, demo: Agreement) -> Iterator[Workspace]:
    """A workspace with the demo signed, and the draft of its review with a contact replaced."""
    with open_workspace(tmp_path / "workspace.sqlite") as workspace:
        first = workspace.agreements.create(demo)
        workspace.signing.mark_signed(demo.id, 1, first.revision)
        _, draft = workspace.reviews.start_review(
            demo.id, ReviewRecord(held_on=dt.date(2027, 3, 2))
        )
        changed = draft.agreement.model_copy(deep=True)
        brandt = next(c for c in changed.contacts if c.name == "Tobias Brandt")
        brandt.name = "Jana Roth"
        workspace.agreements.save(changed, draft.revision)
        yield workspace


def output_for(qtbot: QtBot, workspace: Workspace) -> PdfOutput:
    renderer = Renderer()
    output = PdfOutput(
        background=Background(),
        dialogs=ScriptedDialogs(),
        renderer=renderer,
        render=version_renderer(workspace, renderer),
        changes=version_renderer(workspace, renderer, changes=True),
    )
    qtbot.addWidget(output)
    output.resize(600, 800)
    output.show()
    return output


def test_show_changes_marks_the_draft_against_the_signed_version(
    qtbot: QtBot, reviewed: Workspace, demo: Agreement, tmp_path: Path
) -> None:
    output = output_for(qtbot, reviewed)
    switch = find(output, "Show the changes against the signed version", QCheckBox)
    assert switch.isVisible() and not switch.isChecked()
    output.show_agreement(reviewed.agreements.load(demo.id, 2).agreement)
    qtbot.waitUntil(lambda: output.pdf is not None, timeout=TIMEOUT)
    assert switch.isEnabled()
    assert output.pdf is not None
    plain = flat(pdftotext(output.pdf, tmp_path))
    assert "Changes marked against version 1" not in plain and "Tobias Brandt" not in plain

    switch.click()  # the keyboard's Space does the same: it is a check box
    assert output.rendering
    qtbot.waitUntil(lambda: output.pdf is not None, timeout=TIMEOUT)
    assert output.pdf is not None
    marked = flat(pdftotext(output.pdf, tmp_path))
    assert "Changes marked against version 1, the signed version" in marked
    assert "Name: Tobias Brandt Jana Roth" in marked
    assert output.state.text().endswith("Changes against the signed version are marked.")

    switch.click()  # and back to the draft as it will print
    qtbot.waitUntil(lambda: output.pdf is not None and not output.rendering, timeout=TIMEOUT)
    assert output.pdf is not None
    assert "Changes marked against" not in flat(pdftotext(output.pdf, tmp_path))


def test_the_first_version_has_no_changes_to_show(
    qtbot: QtBot, reviewed: Workspace, demo: Agreement
) -> None:
    output = output_for(qtbot, reviewed)
    output.show_agreement(reviewed.agreements.load(demo.id, 1).agreement)
    qtbot.waitUntil(lambda: output.pdf is not None, timeout=TIMEOUT)
    assert not find(output, "Show the changes against the signed version", QCheckBox).isEnabled()


def test_without_a_way_to_mark_changes_there_is_no_switch(qtbot: QtBot) -> None:
    output = PdfOutput(background=Background(), dialogs=ScriptedDialogs(), renderer=Renderer())
    qtbot.addWidget(output)
    output.show()
    assert not find(output, "Show the changes against the signed version", QCheckBox).isVisible()


def test_a_version_made_from_no_signed_version_has_no_changes_to_show(
    reviewed: Workspace, demo: Agreement
) -> None:
    from coopbuilder.core.errors import UserError
    from coopbuilder.workflows.review import signed_base

    assert signed_base(reviewed, demo.id, 2).version == 1
    with pytest.raises(UserError, match="Version 1 was not made from a signed version"):
        signed_base(reviewed, demo.id, 1)
