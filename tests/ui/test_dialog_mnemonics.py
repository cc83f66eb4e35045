"""In every dialog, in English and in German, each Alt+ letter is used once: Alt+letter goes to
the one button or field it underlines (a letter used twice only cycles between them)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from coopbuilder.core.agreement import Agreement

from .test_mnemonics import shown_letters
from .views import DIALOGS, Kit, show, states


def clashes(dialog: QDialog) -> list[str]:
    """The letters two or more shown buttons or labelled fields use, in each state."""
    found = []
    for state in states(dialog):
        users: dict[str, list[str]] = defaultdict(list)
        for letter, text in shown_letters(dialog):
            users[letter].append(text)
        found += [
            f"{state}: Alt+{letter} for {', '.join(repr(t) for t in texts)}"
            for letter, texts in sorted(users.items())
            if len(texts) > 1
        ]
    return found


@pytest.mark.parametrize("make", [pytest.param(m, id=n) for n, m in DIALOGS.items()])
@pytest.mark.parametrize("language", ["en", "de"])
def test_no_dialog_uses_an_alt_letter_twice(
    qtbot: QtBot,
    tmp_path: Path,
    demo: Agreement,
    request: pytest.FixtureRequest,
    language: str,
    make: Callable[[Kit], QDialog],
) -> None:
    if language == "de":
        request.getfixturevalue("german")
    kit = Kit(qtbot, tmp_path, demo)
    try:
        dialog = show(kit, make)
        assert clashes(dialog) == []
    finally:
        kit.close()
