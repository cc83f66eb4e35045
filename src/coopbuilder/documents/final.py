"""The final (ready-to-sign) agreement PDF: no DRAFT watermark, the agreement's exchange file
attached (see :mod:`coopbuilder.documents.embedded`), and one empty signature field per signing
representative on the printed signature block, added after the attachment and before any
signature, so that every signature covers the attached agreement.

Refused while the agreement checks find errors. The field names are readable (``signature-`` and
the representative's name), so a person can type them: ``coopbuilder sign --field NAME``.
"""

from __future__ import annotations

import re
import unicodedata

from pydantic import BaseModel, ConfigDict

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.catalogue import Catalogue, catalogue_for
from coopbuilder.core.checks import CheckFinding, blocking, check_agreement
from coopbuilder.core.errors import UserError
from coopbuilder.core.exchange import dumps
from coopbuilder.core.parties import Partner, Representative
from coopbuilder.core.plurals import Counted
from coopbuilder.core.review import ReviewContext
from coopbuilder.core.vocabulary import AgreementStatus, Language
from coopbuilder.documents.agreement import render_agreement
from coopbuilder.documents.boxes import FIELD_NAME_MAX, SignatureBox, signature_field_name
from coopbuilder.documents.embedded import embed_agreement
from coopbuilder.documents.layout import RenderResult
from coopbuilder.documents.signature_fields import add_signature_fields
from coopbuilder.documents.templates import ClauseLibrary

_SPELLED = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
_NOT_WORD = re.compile(r"[^a-z0-9]+")
PREFIX = "signature-"


class NotReadyToSignError(UserError):
    """The agreement checks find errors, so the agreement cannot be made final."""

    def __init__(self, title: str, findings: list[CheckFinding]) -> None:
        super().__init__(
            "'{title}' is not ready to sign: the agreement checks report {errors}. Fix them first.",
            title=title,
            errors=Counted(len(findings), "error"),
        )
        self.findings = findings

    def lines(self, language: Language | str = Language.EN) -> list[str]:
        """One line per blocking check: where, and what is wrong."""
        return [f"{f.field}: {f.message(language)}" for f in self.findings]


class SigningRepresentative(BaseModel):
    """A representative who signs, with their partner and the name of their signature field."""

    model_config = ConfigDict(frozen=True)

    field_name: str
    representative: Representative
    partner: Partner

    @property
    def label(self) -> str:
        """How a person recognises the field: "Name (Partner)"."""
        return f"{self.representative.name} ({self.partner.label})"


class FinalDocument(BaseModel):
    """The final PDF and where each representative signs."""

    model_config = ConfigDict(frozen=True)

    pdf: bytes
    pages: int
    boxes: tuple[SignatureBox, ...]
    content_length: int
    """How many of the first bytes of ``pdf`` are the rendered agreement (:func:`render_ready`);
    the update attaching the exchange file and the one with the signature fields follow them."""


def slug_of(text: str) -> str:
    """``text`` in lowercase ASCII letters and digits joined by dashes: "Dr. Hans Weiß" ->
    "dr-hans-weiss"."""
    spelled = "".join(_SPELLED.get(char, char) for char in text)
    ascii_text = unicodedata.normalize("NFKD", spelled).encode("ascii", "ignore").decode()
    return _NOT_WORD.sub("-", ascii_text.lower()).strip("-")


def signing_representatives(agreement: Agreement) -> list[SigningRepresentative]:
    """Every representative who signs, in the order of the printed signature blocks, with a
    readable field name: ``signature-`` and the name (``signature-dr-hans-weiss``); a second
    person of the same name gets ``-2``. The same agreement always gives the same names."""
    out: list[SigningRepresentative] = []
    taken: set[str] = set()
    for partner in agreement.partners:
        for rep in partner.signatories:
            slug = slug_of(rep.name)[: FIELD_NAME_MAX - len(PREFIX) - 4].strip("-")
            base = PREFIX + slug if slug else signature_field_name(rep.id)
            name, n = base, 1
            while name in taken:
                n += 1
                name = f"{base}-{n}"
            taken.add(name)
            out.append(SigningRepresentative(field_name=name, representative=rep, partner=partner))
    return out


def ready_to_sign(agreement: Agreement, catalogue: Catalogue | None = None) -> None:
    """Raise :class:`NotReadyToSignError` while the agreement checks find errors."""
    errors = blocking(check_agreement(agreement, catalogue))
    if errors:
        raise NotReadyToSignError(agreement.title, errors)


def render_ready(
    agreement: Agreement,
    catalogue: Catalogue | None = None,
    library: ClauseLibrary | None = None,
    review: ReviewContext | None = None,
) -> RenderResult:
    """The agreement rendered as ready to sign, before its signature fields are added: the
    first bytes of every final PDF of it. With ``review`` (the review that started this
    version), it has the review annex, as the draft has. Refused
    (:class:`NotReadyToSignError`) while the checks find errors."""
    catalogue = catalogue_for(agreement.catalogue_version, catalogue)
    ready_to_sign(agreement, catalogue)
    return render_agreement(final_content(agreement), catalogue, library, review)


def render_final(
    agreement: Agreement,
    catalogue: Catalogue | None = None,
    library: ClauseLibrary | None = None,
    review: ReviewContext | None = None,
) -> FinalDocument:
    """The agreement as it is signed: rendered as ready to sign (with the review annex when
    ``review`` is given), its exchange file attached (:func:`attached_exchange_file`), with one
    empty signature field per signing representative on their
    signature block, the same bytes every time. Refused (:class:`NotReadyToSignError`) while
    the checks find errors."""
    result = render_ready(agreement, catalogue, library, review)
    names = {s.representative.id: s.field_name for s in signing_representatives(agreement)}
    boxes = tuple(
        SignatureBox.model_validate(box.model_dump() | {"field_name": names[box.representative_id]})
        for box in result.signature_boxes
    )
    if not boxes:  # the checks require a signatory per partner, so this is a broken template
        raise UserError("The agreement's template printed no signature block; it cannot be signed.")
    return FinalDocument(
        pdf=add_signature_fields(
            embed_agreement(result.pdf, attached_exchange_file(agreement)), boxes
        ),
        pages=result.pages,
        boxes=boxes,
        content_length=len(result.pdf),
    )


def final_content(agreement: Agreement) -> Agreement:
    """The agreement as the final PDF shows it: ready to sign (its title page says so), whatever
    its status now, so that the same version always gives the same final PDF."""
    return agreement.model_copy(update={"status": AgreementStatus.READY_TO_SIGN})


def attached_exchange_file(agreement: Agreement) -> bytes:
    """The exchange file the final PDF carries: what ``export`` writes for the agreement as the
    final PDF shows it (:func:`final_content`), so that the same version always gives the same
    bytes, before and after it is marked ready to sign."""
    return dumps(final_content(agreement)).encode("utf-8")
