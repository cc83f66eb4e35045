"""Turn pydantic's validation errors into sentences that name the entry and the field."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

_PLAIN = {
    "missing": "is missing",
    "extra_forbidden": "is not a known field",
    "string_type": "must be text",
    "int_type": "must be a whole number",
    "int_parsing": "must be a whole number",
    "bool_type": "must be true or false",
    "bool_parsing": "must be true or false",
    "date_type": "must be a date (YYYY-MM-DD)",
    "date_parsing": "must be a date (YYYY-MM-DD)",
    "date_from_datetime_parsing": "must be a date (YYYY-MM-DD)",
    "list_type": "must be a list",
    "model_type": "must be an object",
    "dict_type": "must be an object",
    "too_short": "has too few entries",
    "too_long": "has too many entries",
}


def field_path(loc: tuple[int | str, ...], data: Any = None) -> str:
    """A readable path such as ``sharing_rules › 3 ('r-referral') › legal_basis``.

    Where ``data`` is given, list positions are shown from 1 and followed by the entry's
    ``id`` (or ``name``), so a person can find the entry in the file.
    """
    parts: list[str] = []
    node = data
    for key in loc:
        label = str(key)
        child: Any = None
        if isinstance(key, int):
            label = str(key + 1)
            if isinstance(node, list) and 0 <= key < len(node):
                child = node[key]
                if isinstance(child, dict):
                    name = child.get("id") or child.get("name")
                    if isinstance(name, str | int):
                        label = f"{label} ('{name}')"
        elif isinstance(node, dict):
            child = node.get(key)
        parts.append(label)
        node = child
    return " › ".join(parts) if parts else "(top level)"


def _plain_message(error: Any) -> str:
    kind = error.get("type", "")
    if kind == "value_error":
        message = str(error.get("msg", ""))
        return message.removeprefix("Value error, ")
    if kind in _PLAIN:
        return _PLAIN[kind]
    if kind == "enum":
        expected = error.get("ctx", {}).get("expected", "")
        return f"must be one of {expected}"
    if kind in ("greater_than_equal", "less_than_equal"):
        ctx = error.get("ctx", {})
        bound = ctx.get("ge", ctx.get("le"))
        word = "at least" if kind == "greater_than_equal" else "at most"
        return f"must be {word} {bound}"
    if kind == "string_pattern_mismatch":
        return "may use only letters, digits, '.', '-' and '_' (at most 64)"
    if kind == "string_too_long":
        return "is too long"
    return str(error.get("msg", "is not valid")).lower()


def describe_validation_error(error: ValidationError, data: Any = None) -> list[str]:
    """One line per problem: ``<field path>: <what is wrong>``."""
    lines = []
    for item in error.errors():
        loc = tuple(item.get("loc", ()))
        # pydantic puts the tagged type or validator name into the location sometimes
        loc = tuple(part for part in loc if not (isinstance(part, str) and "[" in part))
        lines.append(f"{field_path(loc, data)}: {_plain_message(item)}")
    return lines
