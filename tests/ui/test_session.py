from __future__ import annotations

from pathlib import Path

import pytest

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.errors import UserError
from coopbuilder.core.vocabulary import PartnerKind
from coopbuilder.ui.session import FileSession, MemorySession, new_agreement


def test_a_memory_session_hands_out_copies(demo: Agreement) -> None:
    session = MemorySession(demo)
    copy = session.agreement
    copy.title = "Changed outside"
    assert session.agreement.title == demo.title
    session.autosave(copy)
    assert session.agreement.title == "Changed outside" and session.autosaves == 1


def test_a_file_session_writes_and_reads_the_exchange_file(demo: Agreement, tmp_path: Path) -> None:
    path = tmp_path / "agreement.json"
    session = FileSession(path, demo)
    assert not path.exists()
    session.save(demo)
    assert FileSession(path, new_agreement()).agreement == demo


def test_a_file_session_that_cannot_write_says_so(demo: Agreement, tmp_path: Path) -> None:
    session = FileSession(tmp_path / "missing" / "agreement.json", demo)
    with pytest.raises(UserError, match="does not exist"):
        session.autosave(demo)
    reported: list[Exception | None] = []
    session.save(demo, reported.append)
    assert isinstance(reported[0], UserError)


def test_a_new_agreement_is_between_an_ngo_and_the_police() -> None:
    agreement = new_agreement()
    assert [p.kind for p in agreement.partners] == [PartnerKind.NGO, PartnerKind.POLICE]
    assert agreement.title
