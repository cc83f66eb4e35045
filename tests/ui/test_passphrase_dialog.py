"""The passphrase asked before an exchange file is written: a meter, a passphrase made up on
request, and the file written unprotected only on purpose."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from coopbuilder.ui.background import Background
from coopbuilder.ui.widgets.passphrase import PassphraseDialog

TIMEOUT = 10_000
STRONG = "Tür zu, Fenster auf, Kaffee kalt"


@pytest.fixture
def background(qapp: object) -> Iterator[Background]:
    work = Background()
    yield work
    work.wait()


@pytest.fixture
def dialog(qtbot: QtBot, background: Background) -> PassphraseDialog:
    made = PassphraseDialog("Export the agreement", ["Brückenschlag"], background=background)
    qtbot.addWidget(made)
    made.show()
    return made


def _judged(qtbot: QtBot, background: Background) -> None:
    """Wait until every estimate asked for has been shown (the last one is what counts)."""
    qtbot.waitUntil(lambda: not background.busy, timeout=TIMEOUT)


def _typed(
    qtbot: QtBot, background: Background, dialog: PassphraseDialog, first: str, second: str
) -> None:
    dialog.first.setText(first)
    dialog.second.setText(second)
    _judged(qtbot, background)


def test_a_weak_passphrase_cannot_protect_the_file(
    qtbot: QtBot, background: Background, dialog: PassphraseDialog
) -> None:
    _typed(qtbot, background, dialog, "Brückenschlag1", "Brückenschlag1")
    assert not dialog.ok_button().isEnabled()
    assert dialog.meter.value() <= dialog.meter.maximum() // 2
    assert dialog.verdict.text().startswith("Too easy to guess")


def test_a_strong_passphrase_typed_twice_protects_the_file(
    qtbot: QtBot, background: Background, dialog: PassphraseDialog
) -> None:
    _typed(
        qtbot,
        background,
        dialog,
        "Tür zu, Fenster auf, Kaffee kalt",
        "Tür zu, Fenster auf, Kaffee warm",
    )
    assert not dialog.ok_button().isEnabled()
    assert dialog.verdict.text() == "Strong enough, but the two entries differ."
    _typed(
        qtbot,
        background,
        dialog,
        "Tür zu, Fenster auf, Kaffee kalt",
        "Tür zu, Fenster auf, Kaffee kalt",
    )
    assert dialog.ok_button().isEnabled() and dialog.verdict.text() == "Strong enough."
    assert dialog.meter.value() == dialog.meter.maximum()
    assert dialog.passphrase() == STRONG


def test_a_made_up_passphrase_is_shown_to_be_written_down(
    qtbot: QtBot, background: Background, dialog: PassphraseDialog
) -> None:
    dialog.make_up.click()
    _judged(qtbot, background)
    assert dialog.ok_button().isEnabled()
    made = dialog.passphrase()
    assert len(made.split("-")) == 6 and dialog.second.text() == made
    assert dialog.first.echoMode() is dialog.first.EchoMode.Normal


def test_the_file_is_written_unprotected_only_on_purpose(
    qtbot: QtBot, background: Background, dialog: PassphraseDialog
) -> None:
    _judged(qtbot, background)
    assert not dialog.ok_button().isEnabled()  # nothing typed yet
    dialog.protect.setChecked(False)
    assert dialog.ok_button().isEnabled() and dialog.passphrase() == ""
    assert "will NOT be protected" in dialog.verdict.text()
    assert not dialog.first.isEnabled()
