"""Turn pydantic's validation errors into sentences that name the entry and the field.

Each problem is a :class:`~coopbuilder.core.errors.Phrase` ("<field path>: <what is wrong>"), so
that a user error quoting it is given in the user's language: what is wrong is a phrase of its
own, and so are the sentences of the models' own validators (they raise
``ValueError(Phrase(...))``). The field path of an agreement is given with the names the texts
give its fields (``resources/texts/<language>.yaml``, ``fields`` and ``paths``); a name the texts
do not have stays as it is in the file. ``str()`` of a problem is the English sentence.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from coopbuilder.core.errors import Phrase, Translatable

_DATE = Phrase("must be a date (YYYY-MM-DD)")
_WHOLE_NUMBER = Phrase("must be a whole number")
_TRUE_OR_FALSE = Phrase("must be true or false")
_OBJECT = Phrase("must be an object")
_NUMBER = Phrase("input should be a valid number")

_PLAIN: dict[str, Phrase] = {
    "missing": Phrase("is missing"),
    "extra_forbidden": Phrase("is not a known field"),
    "string_type": Phrase("must be text"),
    "int_type": _WHOLE_NUMBER,
    "int_parsing": _WHOLE_NUMBER,
    "bool_type": _TRUE_OR_FALSE,
    "bool_parsing": _TRUE_OR_FALSE,
    "date_type": _DATE,
    "date_parsing": _DATE,
    "date_from_datetime_parsing": _DATE,
    "list_type": Phrase("must be a list"),
    "model_type": _OBJECT,
    "dict_type": _OBJECT,
    "too_short": Phrase("has too few entries"),
    "too_long": Phrase("has too many entries"),
    "string_too_long": Phrase("is too long"),
    "string_pattern_mismatch": Phrase(
        "may use only letters, digits, '.', '-' and '_' (at most 64)"
    ),
    "float_type": _NUMBER,
    "float_parsing": Phrase("input should be a valid number, unable to parse string as a number"),
}

# The parts of an agreement whose entries have named fields in the texts (``fields``), by the
# list that holds them, and the objects whose fields are named "<object>.<field>" there.
_ENTRIES = {
    "partners": "partner",
    "representatives": "representative",
    "sharing_rules": "sharing_rule",
    "contacts": "contact",
    "meetings": "meeting",
    "further_actors": "further_actor",
    "success_indicators": "indicator",
}
_OBJECTS = ("dpia", "legal_basis")


class FieldPath(Translatable):
    """A readable path such as ``sharing_rules › 3 ('r-referral') › legal_basis``.

    Where ``data`` is given, list positions are shown from 1 and followed by the entry's
    ``id`` (or ``name``), so a person can find the entry in the file. ``part`` names the part
    of the texts' ``fields`` the path starts in ("agreement"); without it the path is given as
    it is in the file in every language.
    """

    def __init__(self, loc: tuple[int | str, ...], data: Any = None, part: str | None = None):
        self.part = part
        self.steps: list[tuple[int | str, str | None]] = []  # (key, the entry's id or name)
        node = data
        for key in loc:
            child: Any = None
            entry: str | None = None
            if isinstance(key, int):
                if isinstance(node, list) and 0 <= key < len(node):
                    child = node[key]
                    if isinstance(child, dict):
                        name = child.get("id") or child.get("name")
                        if isinstance(name, str | int):
                            entry = str(name)
            elif isinstance(node, dict):
                child = node.get(key)
            self.steps.append((key, entry))
            node = child

    def __str__(self) -> str:
        if not self.steps:
            return str(Phrase("(top level)"))
        return " › ".join(
            _position(key, entry, "'", "'") if isinstance(key, int) else key
            for key, entry in self.steps
        )

    def in_language(self, language: str) -> str:
        from coopbuilder.core.messages import message_in
        from coopbuilder.core.texts import path_names
        from coopbuilder.core.vocabulary import Language

        if not self.steps:
            return message_in(Phrase("(top level)"), language)
        if self.part is None or Language(language) is Language.EN:
            return str(self)
        fields, names = path_names(language)
        part, labels = self.part, []
        keys = [key for key, _ in self.steps]
        index = 0
        while index < len(self.steps):
            key, entry = self.steps[index]
            index += 1
            if isinstance(key, int):
                labels.append(_position(key, entry, "„", "“"))
                continue
            own = fields.get(part, {})
            if key in _OBJECTS and index < len(keys) and f"{key}.{keys[index]}" in own:
                labels.append(own[f"{key}.{keys[index]}"])
                index += 1
                continue
            labels.append(own.get(key) or names.get(key) or key)
            part = _ENTRIES.get(key, part)
        return " › ".join(labels)


def _position(key: int, entry: str | None, opening: str, closing: str) -> str:
    return f"{key + 1} ({opening}{entry}{closing})" if entry is not None else str(key + 1)


def _alternatives(expected: str) -> Phrase | str:
    """pydantic's "'a', 'b' or 'c'" as a phrase, so that the "or" is translated."""
    choices, found, last = expected.rpartition(" or ")
    if not found:
        return expected
    return Phrase("{choices} or {last}", choices=choices, last=last)


def _plain_message(error: Any) -> Phrase | str:
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    if kind == "value_error":
        cause = ctx.get("error")
        if isinstance(cause, ValueError) and cause.args and isinstance(cause.args[0], Phrase):
            return cause.args[0]
        message = str(error.get("msg", ""))
        return message.removeprefix("Value error, ")
    if kind in _PLAIN:
        return _PLAIN[kind]
    if kind == "enum":
        return Phrase("must be one of {expected}", expected=_alternatives(ctx.get("expected", "")))
    if kind == "literal_error":
        return Phrase("input should be {expected}", expected=_alternatives(ctx.get("expected", "")))
    if kind == "greater_than_equal":
        return Phrase("must be at least {bound}", bound=ctx.get("ge"))
    if kind == "less_than_equal":
        return Phrase("must be at most {bound}", bound=ctx.get("le"))
    if kind == "string_too_short" and ctx.get("min_length") == 1:
        return Phrase("string should have at least 1 character")
    if kind == "string_too_short":
        return Phrase(
            "string should have at least {min_length} characters", min_length=ctx.get("min_length")
        )
    return str(error.get("msg", "is not valid")).lower()


def validation_problems(
    error: ValidationError, data: Any = None, part: str | None = None
) -> list[Phrase]:
    """One phrase per problem: ``<field path>: <what is wrong>``; ``part`` as for
    :class:`FieldPath`."""
    problems = []
    for item in error.errors():
        loc = tuple(item.get("loc", ()))
        # pydantic puts the tagged type or validator name into the location sometimes
        loc = tuple(step for step in loc if not (isinstance(step, str) and "[" in step))
        problems.append(
            Phrase(
                "{place}: {problem}",
                place=FieldPath(loc, data, part),
                problem=_plain_message(item),
            )
        )
    return problems


def describe_validation_error(error: ValidationError, data: Any = None) -> list[str]:
    """One line per problem: ``<field path>: <what is wrong>``, in English."""
    return [str(problem) for problem in validation_problems(error, data)]
