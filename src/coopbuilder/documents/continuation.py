"""Whether a signed PDF is the document it was made from followed by nothing but signatures.

A signed agreement is its final PDF (the rendered text and the empty signature fields) followed by
one incremental update per signature. Each signature covers every byte before it, so an update
slipped in before the first signature (a line of text added to a page) would be covered by every
signature, and each of them would verify. :func:`check_continuation` refuses such a file: it must
begin with the document, byte for byte; the first update after it must be the first signature's;
an update with a signature may add no more than that signature (pyHanko's difference analysis:
at most "form filling", which is what filling in a signature field is); and an update without a
signature may only add validation data (pyHanko's "LTA updates").
"""

from __future__ import annotations

from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import (
    DEFAULT_DIFF_POLICY,
    CatalogModificationRule,
    FormUpdatingRule,
    ModificationLevel,
    StandardDiffPolicy,
    SuspiciousModification,
)
from pyhanko.sign.diff_analysis.constants import (
    ACROFORM_EXEMPT_STRICT_COMPARISON,
    ROOT_EXEMPT_STRICT_COMPARISON,
)
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature

from coopbuilder.core.errors import Phrase, UserError
from coopbuilder.documents.pdf_input import read_pdf
from coopbuilder.documents.signature_fields import signature_fields


def _signing_policy() -> StandardDiffPolicy:
    """pyHanko's default policy for the update a signature is made in. pyHanko analyses the
    updates after a signature, never the signature's own, and its default refuses two changes
    that signing itself makes: the document catalogue gains ``/Perms`` (a certifying signature
    names itself there) and the form's ``/SigFlags`` become "signatures exist, append only"."""
    form_rule = DEFAULT_DIFF_POLICY.form_rule
    assert form_rule is not None
    return StandardDiffPolicy(
        global_rules=[
            CatalogModificationRule(  # type: ignore[no-untyped-call]
                ROOT_EXEMPT_STRICT_COMPARISON | {"/Perms"}
            )
            if isinstance(rule, CatalogModificationRule)
            else rule
            for rule in DEFAULT_DIFF_POLICY.global_rules
        ],
        form_rule=FormUpdatingRule(
            form_rule.field_rules, ACROFORM_EXEMPT_STRICT_COMPARISON | {"/SigFlags"}
        ),
    )


class NotAContinuationError(UserError):
    """The signed PDF is not the document followed by nothing but signatures; the message says
    what else it holds (without naming the file: the caller does)."""


def check_continuation(pdf: bytes, document: bytes) -> None:
    """Raise :class:`NotAContinuationError` unless ``pdf`` is ``document`` (an unsigned PDF with
    signature fields, or a signed PDF) followed only by updates that each add one signature to
    one of its fields, or validation data. The signatures themselves are not checked here (see
    :func:`coopbuilder.documents.verification.verify`)."""
    if not pdf.startswith(document):
        raise NotAContinuationError("it does not begin with the document it should continue")
    if len(pdf) == len(document):
        return  # nothing added
    before = read_pdf(document)
    reader = read_pdf(pdf)
    first = before.total_revisions  # the index of the first update after the document
    last_before = first - 1
    if reader.total_revisions <= first or reader.xrefs.get_startxref_for_revision(
        last_before
    ) != before.xrefs.get_startxref_for_revision(last_before):
        raise NotAContinuationError("its updates do not follow on from the document")
    fields = signature_fields(reader)
    expected = sorted(name for name, _, _ in signature_fields(before))
    if sorted(name for name, _, _ in fields) != expected:
        raise NotAContinuationError("signature fields were added or removed")
    signed_in: dict[int, str] = {}
    for name, sig, field in fields:
        if sig is None:
            continue
        try:
            revision = int(EmbeddedPdfSignature(reader, field, name).signed_revision)
        except Exception as exc:  # a signature that cannot be read is not a plain signature
            raise NotAContinuationError(
                "the signature in '{name}' cannot be read", name=name
            ) from exc
        if revision in signed_in:
            raise NotAContinuationError(
                "the signatures in '{other}' and '{name}' were added in one update",
                other=signed_in[revision],
                name=name,
            )
        signed_in[revision] = name
    added = [revision for revision in signed_in if revision >= first]
    if not added or min(added) != first:
        raise NotAContinuationError(
            "an update that is not a signature was added to it before the first new signature, "
            "and every signature after it covers that update"
        )
    for revision in range(first, reader.total_revisions):
        signature = signed_in.get(revision)
        policy = _signing_policy() if signature else DEFAULT_DIFF_POLICY
        _check_update(reader, revision, signature, policy)


def _check_update(
    reader: PdfFileReader, revision: int, signature: str | None, policy: StandardDiffPolicy
) -> None:
    """Update ``revision`` adds no more than the signature in the field ``signature`` (or,
    without a signature, no more than validation data)."""
    what = (
        Phrase("the update with the signature in '{signature}'", signature=signature)
        if signature
        else Phrase("an update")
    )
    try:
        result = policy.apply(
            reader.get_historical_resolver(revision - 1),
            reader.get_historical_resolver(revision),
        )
    except SuspiciousModification as exc:  # pyHanko's words name objects; ours the effect
        raise NotAContinuationError(
            "{what} also changes the document's content", what=what
        ) from exc
    allowed = ModificationLevel.FORM_FILLING if signature else ModificationLevel.LTA_UPDATES
    if result.modification_level > allowed:
        raise NotAContinuationError(
            "{what} also changes the document ({level})",
            what=what,
            level=result.modification_level.name.lower(),
        )
