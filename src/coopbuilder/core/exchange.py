"""Exchange files: an agreement with its assessment as a JSON document.

A partner can rate the statements at its own office, save the file and bring it to the joint
session. The file carries a ``schema_version``; a file from a newer program is refused with a
clear message, a file from an older one is migrated step by step. A file may be protected with
a passphrase (see :mod:`coopbuilder.core.envelope`); reading it then needs the passphrase.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError

import coopbuilder
from coopbuilder.core.agreement import Agreement
from coopbuilder.core.envelope import is_sealed, open_sealed, seal
from coopbuilder.core.errors import ExchangeFileError, Phrase
from coopbuilder.core.files import OWNER_ONLY, atomic_write_bytes, read_user_file
from coopbuilder.core.plurals import Counted
from coopbuilder.core.validation import validation_problems

FORMAT = "coopbuilder.agreement"
SCHEMA_VERSION = 3
"""2: an agreement's legal nature, a partner's article, a trigger's imminence and whether the
person can consent, the recipient's basis for collecting, actions due before signing, and the
choices "6(4)", "open" and "not done" (an older CoopBuilder says such a file is newer than it).
3: a success indicator's result at the review that made the version; the agreement's fields of
work (exit counselling, family counselling, returnees) and a further actor's referral rule and
contact (an advice centre's hotline that refers callers to the partners); an action owned by
both partners together (``both_partners``); the precondition catalogue version the assessment is
rated against, and "not applicable" ratings."""

FILE_SUFFIX = ".coopagreement"
"""The exchange file's own extension: the installers register it (and :data:`MEDIA_TYPE`) so
that a partner's file opens CoopBuilder with a double click. The content is the same JSON."""
MEDIA_TYPE = "application/vnd.coopbuilder.agreement+json"
OPENED_SUFFIXES = (FILE_SUFFIX, ".json")
"""What the program opens as an exchange file: its own extension, and plain ``.json`` (files
written before it had one)."""


def is_exchange_file_name(name: str) -> bool:
    """Whether ``name`` (a path as typed) ends like an exchange file."""
    return name.lower().endswith(OPENED_SUFFIXES)


Migration = Callable[[dict[str, Any]], dict[str, Any]]
"""Turns the ``agreement`` object of schema N into that of schema N + 1."""


def _added_with_defaults(agreement: dict[str, Any]) -> dict[str, Any]:
    """1 -> 2: every field schema 2 added has a default that says what a file of schema 1
    meant (a memorandum of understanding, nothing due before signing, ...)."""
    return agreement


def _schema_3(agreement: dict[str, Any]) -> dict[str, Any]:
    """2 -> 3: every file before schema 3 was rated against precondition catalogue version 1
    (said here, not left to a default) and had no "not applicable" ratings; it has no success
    indicator's result recorded, names no field of work (its clauses read as before), has no
    action owned by both partners, and its further actors refer no cases and have no contact of
    their own: the defaults of the fields schema 3 added."""
    return {**agreement, "catalogue_version": 1}


MIGRATIONS: Mapping[int, Migration] = {1: _added_with_defaults, 2: _schema_3}
"""Migration from each older schema version to the next. Add one per change of the format."""

MAX_BYTES = 50 * 1024 * 1024


def to_document(agreement: Agreement) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "written_by": f"CoopBuilder {coopbuilder.__version__}",
        "agreement": agreement.model_dump(mode="json"),
    }


def dumps(agreement: Agreement) -> str:
    """The exchange file's text: stable key order, UTF-8, readable."""
    return json.dumps(to_document(agreement), indent=2, ensure_ascii=False) + "\n"


def loads(
    data: bytes | str,
    *,
    source: str = "The file",
    migrations: Mapping[int, Migration] = MIGRATIONS,
    current: int = SCHEMA_VERSION,
    passphrase: str | None = None,
) -> Agreement:
    """Read an exchange document, protected or not. Every problem is an
    :class:`ExchangeFileError` that starts with ``source`` (e.g. the file name) and says what is
    wrong; a protected one without its passphrase, or with a wrong one, says so."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ExchangeFileError(
                "{source} is not a text file (not UTF-8).", source=source
            ) from exc
    try:
        document = json.loads(data)
    except json.JSONDecodeError as exc:
        raise ExchangeFileError(
            "{source} is not valid JSON (line {lineno}, column {colno}: {msg}).",
            source=source,
            lineno=exc.lineno,
            colno=exc.colno,
            msg=exc.msg,
        ) from exc
    except (ValueError, RecursionError) as exc:
        raise ExchangeFileError(
            "{source} is not valid JSON ({exc}).", source=source, exc=exc
        ) from exc
    if is_sealed(document):
        plain = open_sealed(document, passphrase, source)
        return loads(plain, source=source, migrations=migrations, current=current)
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ExchangeFileError("{source} is not a CoopBuilder agreement file.", source=source)
    version = document.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ExchangeFileError("{source} has no valid schema_version.", source=source)
    if version > current:
        raise ExchangeFileError(
            "{source} was written by a newer CoopBuilder (file format {version}; this "
            "version reads up to {current}). Update CoopBuilder to open it.",
            source=source,
            version=version,
            current=current,
        )
    body = document.get("agreement")
    if not isinstance(body, dict):
        raise ExchangeFileError("{source} holds no agreement.", source=source)
    while version < current:
        step = migrations.get(version)
        if step is None:
            raise ExchangeFileError(
                "{source} uses file format {version}, which this version cannot convert.",
                source=source,
                version=version,
            )
        body = step(body)
        version += 1
    try:
        return Agreement.model_validate(body)
    except ValidationError as exc:
        problems = validation_problems(exc, body, "agreement")
        more = (
            Phrase(" (and {problems})", problems=Counted(len(problems) - 1, "more problem"))
            if len(problems) > 1
            else ""
        )
        raise ExchangeFileError(
            "{source}: agreement › {problem}{more}.", source=source, problem=problems[0], more=more
        ) from exc
    except RecursionError as exc:
        raise ExchangeFileError(
            "{source} is nested too deeply to be an agreement.", source=source
        ) from exc


def read_exchange_file(path: Path, passphrase: str | None = None) -> Agreement:
    data = read_user_file(path, "an agreement file", max_bytes=MAX_BYTES, error=ExchangeFileError)
    return loads(data, source=str(path), passphrase=passphrase)


def write_exchange_file(path: Path, agreement: Agreement, passphrase: str | None = None) -> None:
    """Write atomically, readable only by its owner: the old file stays whole if anything goes
    wrong. With a passphrase, the file is protected with it."""
    data = dumps(agreement).encode("utf-8")
    sealed = seal(data, passphrase) if passphrase is not None else data
    atomic_write_bytes(Path(path), sealed, mode=OWNER_ONLY)


def is_protected_file(path: Path) -> bool:
    """Whether the exchange file at ``path`` is protected with a passphrase (a file that cannot
    be read as one says so when it is read)."""
    data = read_user_file(path, "an agreement file", max_bytes=MAX_BYTES, error=ExchangeFileError)
    try:
        document = json.loads(data)
    except ValueError:
        return False
    return is_sealed(document)


def import_partner_ratings(
    target: Agreement, source: Agreement, source_partner_id: str, target_partner_id: str
) -> Agreement:
    """A copy of ``target`` whose ratings for ``target_partner_id`` are replaced by the
    ratings ``source_partner_id`` gave in ``source`` (a file that partner prepared)."""
    target.partner(target_partner_id)  # raises KeyError for a wrong id
    source.partner(source_partner_id)
    kept = [r for r in target.assessment.ratings if r.partner_id != target_partner_id]
    brought = [
        r.model_copy(update={"partner_id": target_partner_id})
        for r in source.assessment.ratings
        if r.partner_id == source_partner_id
    ]
    result = target.model_copy(deep=True)
    result.assessment.ratings = kept + brought
    return result


def matching_partner(source: Agreement, name: str) -> str | None:
    """The id of the partner in ``source`` with this name (ignoring case), if any."""
    wanted = name.casefold()
    for partner in source.partners:
        if partner.name.casefold() == wanted or (
            partner.short_name and partner.short_name.casefold() == wanted
        ):
            return partner.id
    return None
