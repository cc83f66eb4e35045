from __future__ import annotations

from enum import Enum

import pytest

from coopbuilder.core import vocabulary
from coopbuilder.core.agreement import Agreement
from coopbuilder.core.changes import ChangeKind, Part
from coopbuilder.core.checks import Severity, check_agreement
from coopbuilder.core.records import ReviewKind, SignatureMethod
from coopbuilder.core.review import DueState, Outcome
from coopbuilder.core.scoring import Band
from coopbuilder.core.sharing import LegalBasis
from coopbuilder.core.texts import check_codes, label, label_keys

CHOICES: list[type[Enum]] = [
    obj
    for obj in vars(vocabulary).values()
    if isinstance(obj, type) and issubclass(obj, Enum) and obj.__module__ == vocabulary.__name__
] + [Band, Severity, SignatureMethod, ReviewKind, DueState, Outcome, ChangeKind, Part]


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("choice", CHOICES, ids=lambda c: c.__name__)
def test_every_choice_has_a_label_in_each_language(choice: type[Enum], language: str) -> None:
    for member in choice:
        assert label(member, language).strip()
    assert label_keys(language)[choice.__name__] == {str(m.value) for m in choice}


def test_labels_read_like_the_brief() -> None:
    assert label(vocabulary.SharingWhen.ON_REQUEST_WITH_CONSENT) == (
        "On request, with the client's written consent"
    )
    assert label(vocabulary.Availability.ROUND_THE_CLOCK) == "24/7"
    assert label(vocabulary.ContactLevel.COORDINATOR) == "Level 2 – coordinator"


def test_every_check_code_in_the_code_has_a_text() -> None:
    import inspect
    import re

    from coopbuilder.core import checks

    source = inspect.getsource(checks)
    used = set(re.findall(r'code="([a-z0-9_]+)"', source))
    used |= set(re.findall(r'_finding\(\s*"([a-z0-9_]+)"', source))
    assert used == check_codes("en") == check_codes("de")


def test_a_check_speaks_the_language_it_is_asked_in(demo: Agreement) -> None:
    demo.actions = [a for a in demo.actions if a.id != "act-continuity-gap"]
    demo.sharing_rules[4].legal_basis = LegalBasis()  # risk assessment, from the police
    findings = {f.code: f for f in check_agreement(demo)}
    gap = findings["gap_without_action"]
    assert "'Gap' on 'Continuity'" in gap.message("en")
    assert "„Handlungsbedarf“ im Bereich „Kontinuität“" in gap.message("de")
    basis = findings["missing_national_basis"]
    assert "Law Enforcement Directive" in basis.message("en")
    assert "JI-Richtlinie" in basis.message("de")
