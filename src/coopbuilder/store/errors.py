"""What can go wrong with a workspace, in words a user can act on. Each is a :class:`UserError`:
the CLI prints it on one line, the GUI shows it in a message box."""

from __future__ import annotations

from typing import Any

from coopbuilder.core.errors import UserError


class WorkspaceError(UserError):
    """The workspace cannot be opened, read or written."""


class NotAWorkspaceError(WorkspaceError):
    """The file or database is not a CoopBuilder workspace (its bytes were left unchanged)."""


class NewerWorkspaceError(WorkspaceError):
    """The workspace was written by a newer CoopBuilder (its bytes were left unchanged)."""


class DamagedWorkspaceError(WorkspaceError):
    """The workspace is a CoopBuilder workspace, but damaged."""


class WorkspaceBusyError(WorkspaceError):
    """Another program holds the workspace locked for longer than we wait."""


class WorkspaceUnavailableError(WorkspaceError):
    """The database server cannot be reached, or refuses us."""


class NotFoundError(WorkspaceError):
    """An agreement, a version or a recovery copy that is not (or no longer) in the workspace."""


class ProtectedVersionError(WorkspaceError):
    """A signed version cannot be changed or deleted."""


class ReviewInProgressError(WorkspaceError):
    """A review of the agreement is in progress: its draft is not signed yet. Another review
    continues that draft rather than starting a second one beside it; ``draft_number`` is the
    number of that draft."""

    def __init__(self, template: str, /, draft_number: int, **values: Any) -> None:
        super().__init__(template, **values)
        self.draft_number = draft_number


class DraftExistsError(WorkspaceError):
    """A newer draft of the agreement exists: a second one made beside it would leave its
    changes behind. ``draft_number`` is the number of that draft."""

    def __init__(self, template: str, /, draft_number: int, **values: Any) -> None:
        super().__init__(template, **values)
        self.draft_number = draft_number


class ConflictError(WorkspaceError):
    """Someone else saved the same version first. The losing change is not lost: it is kept as
    a conflict copy, whose id is ``copy_id`` (``None`` where nothing had to be kept)."""

    def __init__(self, template: str, /, copy_id: int | None = None, **values: Any) -> None:
        super().__init__(template, **values)
        self.copy_id = copy_id


class InvalidAgreementError(WorkspaceError):
    """An agreement that does not pass its own checks is never stored."""
