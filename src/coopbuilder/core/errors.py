"""Errors a person can cause and understand.

Every error the program shows a user is a :class:`UserError`: one sentence that names the file or
field and, where it helps, says what to do. The CLI prints it on one line; the GUI shows it in a
message box. Programming errors stay ordinary exceptions.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem with input or environment that the user can fix."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class CatalogueError(UserError):
    """The precondition catalogue (a data file) is broken."""


class ExchangeFileError(UserError):
    """An exchange file cannot be read as an agreement."""
