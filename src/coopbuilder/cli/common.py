"""What every command shares: exit codes, plain-text tables, checked arguments, and reading an
agreement file that may be protected with a passphrase."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from coopbuilder.core.errors import UserError

if TYPE_CHECKING:
    from coopbuilder.core.agreement import Agreement

# The domain models (pydantic) are loaded by the commands that read an agreement, not by every
# command: ``verify`` and ``sign`` never do.

EXIT_OK = 0
EXIT_CHECKS_FAILED = 1
EXIT_USAGE = 2


def whole_number(what: str, low: int, high: int) -> Callable[[str], int]:
    """An argparse ``type`` for a whole number from ``low`` to ``high``: anything else is
    refused with one line saying what is wanted, before any work starts."""

    def parse(text: str) -> int:
        try:
            number = int(text)
        except ValueError:
            number = None
        if number is None or not low <= number <= high:
            raise argparse.ArgumentTypeError(
                f"'{text}' is not {what} (a whole number from {low} to {high})"
            )
        return number

    return parse


@cache
def _id_pattern() -> re.Pattern[str]:
    from coopbuilder.core.base import ID_PATTERN

    return re.compile(ID_PATTERN)


def agreement_id(text: str) -> str:
    """An agreement's id given on the command line (as ``coopbuilder list`` shows it)."""
    if not _id_pattern().fullmatch(text.strip()):
        shown = text if len(text) <= 70 else text[:60] + "..."
        raise argparse.ArgumentTypeError(
            f"'{shown}' is not an agreement id (at most 64 letters, digits, dots, dashes or "
            "underscores; 'coopbuilder list' shows the ids)"
        )
    return text.strip()


MAX_VERSION_NUMBER = 999_999
version_number = whole_number("a version number", 1, MAX_VERSION_NUMBER)
"""A version number given on the command line."""


def format_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Columns padded to their widest cell, a dashed line under the headers."""
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows, strict=True)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for row in rows:
        lines.append("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    return "\n".join(lines)


def passphrase_option(parser: argparse.ArgumentParser, purpose: str, *, reading: bool) -> None:
    """``--passphrase-env VAR`` (without it, a terminal asks); for a file read, also
    ``--accept-unprotected``."""
    parser.add_argument(
        "--passphrase-env",
        metavar="VAR",
        help=f"the environment variable that holds the passphrase {purpose} (default: ask for it "
        "in a terminal)",
    )
    if reading:
        parser.add_argument(
            "--accept-unprotected",
            action="store_true",
            help="read the file even though a passphrase was given and the file is not "
            "protected (a protected file may have been swapped for a plain one; check with the "
            "sender first)",
        )


def interactive() -> bool:
    """Whether a person at a terminal can be asked."""
    return sys.stdin is not None and sys.stdin.isatty()


def ask_passphrase(prompt: str, *, confirm: bool = False) -> str:
    """A passphrase typed at the terminal, not shown; with ``confirm`` typed twice."""
    try:
        value = getpass.getpass(prompt)
        if confirm and value and getpass.getpass("Repeat the passphrase: ") != value:
            raise UserError("The two passphrases differ; nothing was written.")
    except EOFError as exc:
        raise UserError("No passphrase was given.") from exc
    return value


def ask_yes(question: str) -> bool:
    print(f"{question} [y/N] ", end="", file=sys.stderr, flush=True)
    return sys.stdin.readline().strip().lower() in ("y", "yes")


def passphrase_for_reading(
    path: Path, variable: str | None, accept_unprotected: bool = False
) -> str | None:
    """The passphrase to read the exchange file at ``path`` with: from ``variable``, else asked
    at the terminal when the file is protected. When a passphrase was given but the file is not
    protected, someone may have swapped it for a plain one: the person is warned and asked, and
    without a terminal the file is refused unless ``accept_unprotected``."""
    from coopbuilder.core.exchange import is_protected_file

    passphrase = passphrase_from(variable)
    protected = is_protected_file(path)
    if protected and passphrase is None and interactive():
        return ask_passphrase(f"Passphrase of {path}: ") or None
    if protected or passphrase is None:
        return passphrase
    warning = (
        f"Warning: {path} is NOT protected with a passphrase, though one was given: anyone "
        "could have written or changed it."
    )
    if accept_unprotected:
        print(warning, file=sys.stderr)
    elif interactive():
        print(warning, file=sys.stderr)
        if not ask_yes("Read it all the same?"):
            raise UserError("{path} was not read.", path=path)
    else:
        raise UserError(
            "{path} is not protected with a passphrase, though one was given: a protected file "
            "may have been swapped for a plain one. Check with the sender; give "
            "--accept-unprotected to read it all the same.",
            path=path,
        )
    return None


def passphrase_from(variable: str | None) -> str | None:
    """The passphrase from the environment (never from the command line, where others could
    read it in the process list)."""
    if variable is None:
        return None
    value = os.environ.get(variable)
    if not value:
        raise UserError(
            "The environment variable {variable} is not set or empty; put the passphrase in it.",
            variable=variable,
        )
    return value


@contextlib.contextmanager
def naming_the_passphrase_option() -> Iterator[None]:
    """A protected file read without a passphrase says how to give one."""
    from coopbuilder.core.envelope import PassphraseRequiredError

    try:
        yield
    except PassphraseRequiredError as exc:
        raise UserError(
            "{exc} Name the environment variable that holds it with --passphrase-env VAR.",
            exc=exc,
        ) from exc


def read_agreement(
    path: Path, passphrase_variable: str | None, accept_unprotected: bool = False
) -> Agreement:
    """The agreement in an exchange file, protected or not (see :func:`passphrase_for_reading`)."""
    from coopbuilder.core.exchange import read_exchange_file

    passphrase = passphrase_for_reading(path, passphrase_variable, accept_unprotected)
    with naming_the_passphrase_option():
        return read_exchange_file(path, passphrase)
