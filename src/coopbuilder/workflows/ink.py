"""The ink route: the final PDF is printed and signed on paper, and the scan of the signed paper
(a PDF or an image) is stored with the version, with who signed it, when and where.

When every signing representative has signed, the version is marked signed in the same
transaction as the last record; the scan's SHA-256 is stored with the records.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict

from coopbuilder.core import clock
from coopbuilder.core.base import ShortText
from coopbuilder.core.catalogue import Catalogue
from coopbuilder.core.errors import UserError
from coopbuilder.core.records import SignatureMethod, SignatureRecord
from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.documents.final import ready_to_sign
from coopbuilder.store.workspace import Workspace
from coopbuilder.workflows.signing import (
    RecordedSignatures,
    refuse_signed,
    state_of,
    store_signatures,
)

SCAN_KINDS = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
)
"""The scans the ink route accepts, by their first bytes."""


class InkSignature(BaseModel):
    """One representative's signature on paper: when and where they signed."""

    model_config = ConfigDict(frozen=True)

    representative_id: str
    signed_on: dt.date
    place: ShortText = ""


def scan_kind(scan: bytes) -> str:
    """ "PDF", "PNG", "JPEG" or "TIFF"; anything else is a :class:`UserError`."""
    for magic, kind in SCAN_KINDS:
        if scan.startswith(magic):
            return kind
    raise UserError(
        "The scan is not a PDF, PNG, JPEG or TIFF file. Scan the signed pages to one of these."
    )


def record_ink_signatures(
    workspace: Workspace,
    agreement_id: str,
    number: int,
    scan: bytes,
    file_name: str,
    signatures: Sequence[InkSignature],
    *,
    catalogue: Catalogue | None = None,
    today: dt.date | None = None,
) -> RecordedSignatures:
    """Store the scan of the signed paper with a ready-to-sign version and record each
    representative's ink signature; mark the version signed once everyone has signed."""
    stored = workspace.agreements.load(agreement_id, number)
    refuse_signed(number, stored.title, stored.status)
    if stored.status is AgreementStatus.DRAFT:
        raise UserError(
            "Version {number} of '{title}' is a draft; make its final PDF first (which "
            "marks it ready to sign), print that and have it signed.",
            number=number,
            title=stored.title,
        )
    ready_to_sign(stored.agreement, catalogue)
    scan_kind(scan)
    if not signatures:
        raise UserError("Say who signed: tick at least one representative.")
    if len({s.representative_id for s in signatures}) != len(signatures):
        raise ValueError("a representative is named twice")
    today = today or clock.today()
    state = state_of(workspace, stored)
    by_id = {r.signing.representative.id: r for r in state.representatives}
    records = []
    for ink in signatures:
        rep = by_id.get(ink.representative_id)
        if rep is None:
            raise UserError(
                "Version {number} has no signing representative '{representative_id}'.",
                number=number,
                representative_id=ink.representative_id,
            )
        who = rep.signing.representative
        if rep.signed is not None:
            raise UserError("The signature of {name} is already recorded.", name=who.name)
        if ink.signed_on > today:
            raise UserError(
                "The date on which {name} signed ({date}) is in the future.",
                name=who.name,
                date=ink.signed_on.isoformat(),
            )
        records.append(
            SignatureRecord(
                partner_id=rep.signing.partner.id,
                signatory=who.name,
                role=who.role,
                signed_on=ink.signed_on,
                place=ink.place,
                method=SignatureMethod.HANDWRITTEN,
                file_name=file_name,
                note="Signed in ink on the printed final PDF; the scan is stored with the version.",
            )
        )
    return store_signatures(workspace, stored, state, records, scan)
