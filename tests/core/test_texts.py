from __future__ import annotations

from enum import Enum

import pytest

from coopbuilder.core import vocabulary
from coopbuilder.core.checks import Severity
from coopbuilder.core.records import ReviewKind, SignatureMethod
from coopbuilder.core.scoring import Band
from coopbuilder.core.texts import check_codes, label, label_keys

CHOICES: list[type[Enum]] = [
    obj
    for obj in vars(vocabulary).values()
    if isinstance(obj, type) and issubclass(obj, Enum) and obj.__module__ == vocabulary.__name__
] + [Band, Severity, SignatureMethod, ReviewKind]


@pytest.mark.parametrize("choice", CHOICES, ids=lambda c: c.__name__)
def test_every_choice_has_an_english_label(choice: type[Enum]) -> None:
    for member in choice:
        assert label(member, "en").strip()
    assert label_keys("en")[choice.__name__] == {str(m.value) for m in choice}


def test_labels_read_like_the_brief() -> None:
    assert label(vocabulary.SharingWhen.ON_REQUEST_WITH_CONSENT) == (
        "On request, with the client's written consent"
    )
    assert label(vocabulary.Availability.ROUND_THE_CLOCK) == "24/7"
    assert label(vocabulary.ContactLevel.COORDINATOR) == "Level 2 - coordinator"


def test_every_check_code_in_the_code_has_a_text() -> None:
    import inspect
    import re

    from coopbuilder.core import checks

    used = set(re.findall(r'code="([a-z0-9_]+)"', inspect.getsource(checks)))
    assert used == check_codes("en")
