"""How hard a passphrase is to guess, the minimum for an exchange file, and the passphrase made
up for someone who has none in mind."""

from __future__ import annotations

import pytest

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.passphrases import (
    MIN_GUESSES_LOG10,
    Strength,
    WeakPassphraseError,
    check_passphrase,
    estimate,
    known_words,
    made_up_passphrase,
)


@pytest.mark.parametrize(
    "weak", ["1", "", "password123", "correct horse", "Sommer2026!", "qwertz123"]
)
def test_a_passphrase_easy_to_guess_is_refused(weak: str) -> None:
    assert not estimate(weak).enough
    with pytest.raises(WeakPassphraseError, match="too easy to guess"):
        check_passphrase(weak)


def test_a_long_passphrase_of_unrelated_words_is_enough() -> None:
    judged = estimate("Tür zu, Fenster auf, Kaffee kalt")
    assert judged.enough and judged.strength is Strength.STRONG
    check_passphrase("Tür zu, Fenster auf, Kaffee kalt")


def test_the_agreement_s_own_names_make_a_passphrase_weaker(demo: Agreement) -> None:
    known = known_words(demo)
    assert demo.title in known
    passphrase = "".join(known[1:3])  # two partners' names, run together
    assert estimate(passphrase, known).guesses_log10 < estimate(passphrase).guesses_log10
    with pytest.raises(WeakPassphraseError):
        check_passphrase(passphrase, known)


def test_a_made_up_passphrase_is_six_words_well_beyond_the_minimum() -> None:
    made = {made_up_passphrase() for _ in range(20)}
    assert len(made) == 20  # drawn at random each time
    for passphrase in made:
        words = passphrase.split("-")
        assert len(words) == 6 and all(w.isalpha() and 4 <= len(w) <= 8 for w in words)
        assert estimate(passphrase).guesses_log10 >= MIN_GUESSES_LOG10 + 10
