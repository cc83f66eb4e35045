"""The result of each success indicator is typed beside its target, and kept."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from coopbuilder.core.agreement import Agreement
from coopbuilder.ui.wizard.governance import GovernancePage

from .helpers import shown


def test_an_indicators_result_is_typed_and_kept(qtbot: QtBot, demo: Agreement) -> None:
    page = shown(qtbot, GovernancePage(), demo)
    result = page.indicators.rows()[0].result
    assert result.accessibleName() == "Success indicator 1: Result"
    assert result.text() == "" and "each review records its own" in result.accessibleDescription()
    qtbot.keyClicks(result, "4 of 4 steering meetings held ")
    saved = demo.model_copy(deep=True)
    page.save(saved)
    assert saved.success_indicators[0].result == "4 of 4 steering meetings held"
    assert [i.result for i in saved.success_indicators[1:]] == [""] * (
        len(demo.success_indicators) - 1
    )
    page.load(saved)
    assert page.indicators.rows()[0].result.text() == "4 of 4 steering meetings held"
