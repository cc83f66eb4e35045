"""What a person reads for the program's fixed choices and check messages, per language.

The texts are data in ``resources/texts/<language>.yaml``; a missing text is an error, never a
silent fallback, so an incomplete translation shows up in the tests.
"""

from __future__ import annotations

from enum import Enum
from functools import cache
from typing import Any

import yaml

from coopbuilder.core.errors import UserError
from coopbuilder.core.resources import resource_path
from coopbuilder.core.vocabulary import Language
from coopbuilder.core.yamlio import parse_yaml


@cache
def _texts(language: Language) -> dict[str, Any]:
    path = resource_path("texts", f"{language.value}.yaml")
    try:
        data = parse_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, UnicodeDecodeError) as exc:
        raise UserError("The text file {path} cannot be read: {exc}", path=path, exc=exc) from exc
    if not isinstance(data, dict) or "labels" not in data or "checks" not in data:
        raise UserError("The text file {path} has no 'labels' and 'checks' sections.", path=path)
    return data


def label(value: Enum, language: Language | str = Language.EN) -> str:
    """The readable name of a fixed choice, e.g. ``SharingWhen.NEVER`` -> "Never"."""
    labels = _texts(Language(language))["labels"].get(type(value).__name__, {})
    text = labels.get(str(value.value))
    if text is None:
        raise KeyError(f"no {language} text for {type(value).__name__}.{value.value}")
    return str(text)


def check_template(code: str, language: Language | str = Language.EN) -> str:
    """The sentence for an agreement check, with its placeholders ("{sender}") unfilled."""
    template = _texts(Language(language))["checks"].get(code)
    if template is None:
        raise KeyError(f"no {language} text for the check '{code}'")
    return str(template)


def check_message(code: str, language: Language | str = Language.EN, **params: str) -> str:
    """The sentence for an agreement check, with its placeholders filled in."""
    return check_template(code, language).format(**params)


def label_keys(language: Language | str) -> dict[str, set[str]]:
    """Every labelled choice, for completeness checks."""
    labels = _texts(Language(language))["labels"]
    return {name: {str(key) for key in values} for name, values in labels.items()}


def check_codes(language: Language | str) -> set[str]:
    return set(_texts(Language(language))["checks"])


def field_name(part: Enum, field: str, language: Language | str = Language.EN) -> str:
    """What the comparison of two versions calls a field of a part of the agreement."""
    names = _texts(Language(language)).get("fields", {}).get(str(part.value), {})
    text = names.get(field)
    if text is None:
        raise KeyError(f"no {language} name for the field {part.value}.{field}")
    return str(text)


def path_names(language: Language | str) -> tuple[dict[str, dict[str, str]], dict[str, str]]:
    """What a field path in a message calls the fields: the names of the fields of each part
    (``fields``) and those of the lists and objects that hold them (``paths``)."""
    texts = _texts(Language(language))
    fields = {
        str(part): {str(key): str(name) for key, name in names.items()}
        for part, names in (texts.get("fields") or {}).items()
    }
    paths = {str(key): str(name) for key, name in (texts.get("paths") or {}).items()}
    return fields, paths


def word(key: str, language: Language | str = Language.EN) -> str:
    """A short word of the texts' ``words`` section ("true" is "yes", "none" is "–")."""
    text = _texts(Language(language)).get("words", {}).get(key)
    if text is None:
        raise KeyError(f"no {language} word '{key}'")
    return str(text)
