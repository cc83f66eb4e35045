"""Errors a person can cause and understand.

Every error the program shows a user is a :class:`UserError`: one sentence that names the file or
field and, where it helps, says what to do. The CLI prints it on one line; the GUI shows it in a
message box. Programming errors stay ordinary exceptions.

An error keeps its English *template* and the *values* that fill it
(``UserError("{path} does not exist.", path=path)``): ``str(error)`` is the English sentence (the
CLI and the logs show it), and :func:`coopbuilder.core.messages.message_in` gives the same
sentence in another language, from the catalogue ``resources/texts/messages.<language>.yaml``.
A template is a literal ``str.format`` pattern, never an f-string, so that every one of them
can be looked up. This module holds only the kinds of error and their parts; it imports none of
the program's modules, so that every module may raise them.
"""

from __future__ import annotations

from typing import Any


def fill(template: str, values: dict[str, Any]) -> str:
    """``template`` with its placeholders filled; a template without values is used as it is."""
    return template.format(**values) if values else template


class UserError(Exception):
    """A problem with input or environment that the user can fix."""

    def __init__(self, template: str, /, **values: Any) -> None:
        message = fill(template, values)
        super().__init__(message)
        self.template = template
        self.values = values
        self.message = message

    def __str__(self) -> str:
        return self.message


class Phrase:
    """A part of a user error's message that is made apart from it (" (and 3 more)"): a
    template and its values like a :class:`UserError`'s, given as a value of one, so that it is
    translated with it. ``str()`` and formatting give the English text."""

    def __init__(self, template: str, /, **values: Any) -> None:
        self.template = template
        self.values = values

    def __str__(self) -> str:
        return fill(self.template, self.values)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


class Translatable:
    """A value of a user error's message that is given in another language by its own means
    (a list of phrases, a field path); ``str()`` gives the English text."""

    def in_language(self, language: str) -> str:
        """The value in ``language`` ("en", "de" or a ``Language``)."""
        raise NotImplementedError

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


class CatalogueError(UserError):
    """The precondition catalogue (a data file) is broken."""


class ExchangeFileError(UserError):
    """An exchange file cannot be read as an agreement."""
