"""How hard a passphrase is to guess, the least an exchange file is protected with, and a
passphrase made up for the person who has none in mind.

The estimate is zxcvbn's (Dropbox's estimator, in its maintained Python port): it finds words,
names, dates, keyboard patterns and common passwords in a passphrase and counts the guesses an
attacker who knows them would need. A protected file can be attacked offline for as long as the
attacker likes, so an exchange file's passphrase must need at least ten billion guesses.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from enum import IntEnum
from functools import cache

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.base import Model
from coopbuilder.core.errors import UserError

MIN_GUESSES_LOG10 = 10.0
"""An exchange file's passphrase needs at least 10**10 guesses (zxcvbn's best score)."""
ESTIMATED_LENGTH = 72
"""zxcvbn refuses longer input; a longer passphrase is judged by its first 72 characters (it is
at least that hard to guess)."""
GENERATED_WORDS = 6
GENERATED_FROM = 8192
"""A passphrase made up here is six words drawn from 8192 (78 bits)."""


class WeakPassphraseError(UserError):
    """A passphrase too easy to guess to protect an exchange file."""


class Strength(IntEnum):
    """How hard a passphrase is to guess, as a meter shows it (zxcvbn's score)."""

    VERY_WEAK = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


class Estimate(Model):
    """How hard a passphrase is to guess."""

    strength: Strength
    guesses_log10: float
    warning: str = ""
    """zxcvbn's warning, in English (the command line shows it)."""

    @property
    def enough(self) -> bool:
        """Strong enough to protect an exchange file."""
        return self.guesses_log10 >= MIN_GUESSES_LOG10


def estimate(passphrase: str, known: Sequence[str] = ()) -> Estimate:
    """How hard ``passphrase`` is to guess for someone who also knows the words ``known`` (the
    agreement's title, the partners' names)."""
    from zxcvbn import zxcvbn  # loads its word lists: only when a passphrase is judged

    if not passphrase:
        return Estimate(strength=Strength.VERY_WEAK, guesses_log10=0.0)
    result = zxcvbn(passphrase[:ESTIMATED_LENGTH], user_inputs=[k for k in known if k])
    return Estimate(
        strength=Strength(int(result["score"])),
        guesses_log10=float(result["guesses_log10"]),
        warning=str(result["feedback"].get("warning") or ""),
    )


def known_words(agreement: Agreement) -> list[str]:
    """What anyone who knows of the agreement knows: its title and the partners' names, which a
    passphrase should not be made of."""
    names = [n for p in agreement.partners for n in (str(p.name), str(p.short_name)) if n]
    return [agreement.title, *names]


def check_passphrase(passphrase: str, known: Sequence[str] = ()) -> None:
    """Refuse a passphrase too easy to guess to protect an exchange file."""
    if not estimate(passphrase, known).enough:
        raise WeakPassphraseError(
            "The passphrase is too easy to guess: a protected file can be attacked offline for "
            "as long as anyone likes. Choose a longer one, e.g. five or six words that do not "
            "belong together, or use the one CoopBuilder suggests."
        )


@cache
def _words() -> tuple[str, ...]:
    """The words a made-up passphrase is drawn from: zxcvbn's most frequent English words of
    four to eight letters."""
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    fitting = [w for w in FREQUENCY_LISTS["english_wikipedia"] if 4 <= len(w) <= 8 and w.isalpha()]
    return tuple(fitting[:GENERATED_FROM])


def made_up_passphrase() -> str:
    """Six random words, separated by hyphens: easy to type and to read out on the phone, and
    far beyond the minimum."""
    words = _words()
    return "-".join(secrets.choice(words) for _ in range(GENERATED_WORDS))
