"""Re-checking a signed version when it is opened: every signed file stored with it must still
have the SHA-256 recorded with it, and a digitally signed PDF must still verify.

A signed agreement must be provably unchanged years later at the annual review; this is the
check that says so, or warns.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict

from coopbuilder.core import clock
from coopbuilder.core.errors import Phrase, UserError
from coopbuilder.core.messages import Joined
from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.documents.signing import sha256_of
from coopbuilder.documents.verification import VerificationReport
from coopbuilder.store.workspace import Workspace
from coopbuilder.workflows.signing import DIGITAL_METHODS
from coopbuilder.workflows.trust import verify_in_workspace


class StoredFileCheck(BaseModel):
    """One signed file stored with a version, checked again."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    signature_id: int
    file_name: str
    recorded_sha256: str
    sha256: str
    digital: bool
    report: VerificationReport | None = None
    error: str | None = None
    """Why a digitally signed file could not be verified at all."""
    cause: UserError | None = None
    """:attr:`error` as the user error it is (given in the user's language)."""

    @property
    def unchanged(self) -> bool:
        return self.sha256 == self.recorded_sha256

    @property
    def ok(self) -> bool:
        signatures_ok = not self.digital or (self.report is not None and self.report.ok)
        return self.unchanged and signatures_ok and self.error is None

    @property
    def problems(self) -> list[str]:
        """What is wrong, in sentences; empty when nothing is."""
        return [str(phrase) for phrase in self.problem_phrases]

    @property
    def problem_phrases(self) -> list[Phrase]:
        """:attr:`problems` as phrases, which :func:`~coopbuilder.core.messages.message_in` gives
        in another language."""
        name: str | Phrase = (
            f"'{self.file_name}'"
            if self.file_name
            else Phrase("of record {signature_id}", signature_id=self.signature_id)
        )
        out = []
        if not self.unchanged:
            out.append(
                Phrase(
                    "The stored signed file {name} has changed since it was recorded: its "
                    "SHA-256 is now {sha256}, but was {recorded}.",
                    name=name,
                    sha256=self.sha256,
                    recorded=self.recorded_sha256,
                )
            )
        if self.error is not None:
            out.append(
                Phrase(
                    "The stored signed file {name} can no longer be verified: {error}",
                    name=name,
                    error=self.cause if self.cause is not None else self.error,
                )
            )
        elif self.report is not None and not self.report.ok:
            reasons = Joined(
                [
                    Phrase(
                        "'{field}': {problems}",
                        field=c.field,
                        problems=Joined(c.problem_phrases, ", "),
                    )
                    for c in self.report.signatures
                    if not c.ok
                ],
                "; ",
            )
            out.append(
                Phrase(
                    "The signatures in the stored file {name} are no longer valid: {reasons}.",
                    name=name,
                    reasons=reasons,
                )
            )
        return out


class RecheckReport(BaseModel):
    """The re-check of one version."""

    model_config = ConfigDict(frozen=True)

    agreement_id: str
    number: int
    title: str
    status: AgreementStatus
    files: tuple[StoredFileCheck, ...]
    checked_at: dt.datetime

    @property
    def ok(self) -> bool:
        return all(f.ok for f in self.files)

    @property
    def problems(self) -> list[str]:
        return [problem for f in self.files for problem in f.problems]

    @property
    def problem_phrases(self) -> list[Phrase]:
        return [phrase for f in self.files for phrase in f.problem_phrases]

    @property
    def has_signed_file(self) -> bool:
        return bool(self.files)

    @property
    def summary(self) -> str:
        """One sentence for a status line or the CLI."""
        where = f"version {self.number} of '{self.title}'"
        if not self.files:
            return f"No signed file is stored with {where}; there is nothing to re-check."
        if self.ok and any(f.digital for f in self.files):
            return (
                f"The signed file(s) of {where} are unchanged since they were recorded, and "
                "their signatures are valid."
            )
        if self.ok:
            return f"The signed file(s) of {where} are unchanged since they were recorded."
        return f"Warning: the signed file(s) of {where} changed or no longer verify."


def recheck(
    workspace: Workspace, agreement_id: str, number: int, *, now: dt.datetime | None = None
) -> RecheckReport:
    """Re-check every signed file stored with a version (see the module's description).

    Meant for opening a version (signed or being signed); a version without stored files gives
    a report without files.
    """
    now = now or clock.now()
    info = workspace.agreements.load(agreement_id, number)
    files = []
    for stored in workspace.signing.signatures(agreement_id, number):
        if not stored.has_document:
            continue
        document = workspace.signing.signed_document(stored.id)
        digital = stored.record.method in DIGITAL_METHODS
        report, error, cause = None, None, None
        if digital:
            try:
                report = verify_in_workspace(workspace, document, now=now)
            except UserError as exc:
                error, cause = str(exc), exc
        files.append(
            StoredFileCheck(
                signature_id=stored.id,
                file_name=stored.record.file_name,
                recorded_sha256=stored.record.file_sha256,
                sha256=sha256_of(document),
                digital=digital,
                report=report,
                error=error,
                cause=cause,
            )
        )
    return RecheckReport(
        agreement_id=agreement_id,
        number=number,
        title=info.title,
        status=info.status,
        files=tuple(files),
        checked_at=now,
    )
