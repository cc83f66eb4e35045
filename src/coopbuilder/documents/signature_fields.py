"""Signature fields: placing one empty field per representative on the printed signature blocks,
and listing the fields of a PDF with who has signed them.

All fields are added before the first signature: adding them later would change what the
earlier signatures cover. The update that adds them depends only on its input (no clock, no
random bytes), so the same agreement always gives the same final PDF, byte for byte.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from collections import Counter
from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import SigFieldSpec, append_signature_field, enumerate_sig_fields
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature

from coopbuilder.documents.boxes import SignatureBox
from coopbuilder.documents.certificates import subject_names
from coopbuilder.documents.pdf_input import PdfFileError, read_pdf


class FieldInfo(BaseModel):
    """A signature field of a PDF: its name, and who signed it, when and where, once signed."""

    model_config = ConfigDict(frozen=True)

    name: str
    signed: bool
    signer: str | None = None
    organisation: str | None = None
    signed_at: dt.datetime | None = None
    location: str | None = None
    """Where the signer said they signed (the signature's /Location), if they did."""
    trial_certificate: bool = False


def signature_fields(
    reader: PdfFileReader,
) -> list[tuple[str, generic.DictionaryObject | None, generic.DictionaryObject]]:
    """Every signature field as (name, signature dictionary or None when empty, field)."""
    found = []
    try:
        for name, value, field_ref in enumerate_sig_fields(reader):
            sig = value.get_object() if value is not None else None
            if sig is not None and not isinstance(sig, generic.DictionaryObject):
                sig = None
            found.append((str(name), sig, field_ref.get_object()))
    except Exception as exc:  # as in read_pdf: any failure here means a damaged file
        raise PdfFileError(
            "The PDF is damaged: its form fields cannot be read ({exc}).", exc=exc
        ) from exc
    return found


def _field_info(
    reader: PdfFileReader,
    name: str,
    sig: generic.DictionaryObject,
    field: generic.DictionaryObject,
) -> FieldInfo:
    try:
        embedded = EmbeddedPdfSignature(reader, field, name)
        names = subject_names(embedded.signer_cert)
        signed_at = embedded.self_reported_timestamp
    except Exception:  # a damaged signature is still a signed field; `verify` says what is wrong
        return FieldInfo(name=name, signed=True)
    location = sig.get("/Location")
    return FieldInfo(
        name=name,
        signed=True,
        signer=names.name,
        organisation=names.organisation,
        signed_at=signed_at,
        location=str(location) if isinstance(location, generic.TextStringObject) else None,
        trial_certificate=names.trial,
    )


def list_fields(pdf: bytes) -> list[FieldInfo]:
    """The signature fields of ``pdf`` in document order, signed or not."""
    reader = read_pdf(pdf)
    return [
        _field_info(reader, name, sig, field)
        if sig is not None
        else FieldInfo(name=name, signed=False)
        for name, sig, field in signature_fields(reader)
    ]


def signer_certificate(pdf: bytes, field_name: str) -> bytes:
    """The certificate (DER) that signed the field ``field_name``: what a person marks trusted
    after checking it belongs to the signer."""
    reader = read_pdf(pdf)
    for name, sig, field in signature_fields(reader):
        if name != field_name:
            continue
        if sig is None:
            raise PdfFileError("The field '{field_name}' is not signed.", field_name=field_name)
        try:
            cert = EmbeddedPdfSignature(reader, field, name).signer_cert
            return bytes(cert.dump())
        except Exception as exc:  # as in _field_info: a damaged signature has no certificate
            raise PdfFileError(
                "The signature in the field '{field_name}' is damaged: its certificate "
                "cannot be read.",
                field_name=field_name,
            ) from exc
    raise PdfFileError(
        "The PDF has no signature field named '{field_name}'.", field_name=field_name
    )


def _page_count(reader: PdfFileReader) -> int:
    try:
        return int(reader.root["/Pages"]["/Count"])
    except (KeyError, TypeError, ValueError) as exc:
        raise PdfFileError("The PDF is damaged: its page tree cannot be read.") from exc


class ReproducibleUpdate(IncrementalPdfFileWriter):
    """An incremental update whose bytes depend only on the PDF it extends and ``salt``.

    pyHanko would write the current time into the document information (its ModDate) and random
    bytes into the second document ID. Here the document information stays as the renderer wrote
    it, and the second ID is derived from the content.
    """

    def __init__(self, pdf: bytes, salt: bytes) -> None:
        super().__init__(io.BytesIO(pdf))
        first = self._document_id[0]  # kept: it names the document (ISO 32000 14.4)
        second = hashlib.sha256(pdf + salt).digest()[:16]
        self._document_id = generic.ArrayObject([first, generic.ByteStringObject(second)])

    def _update_meta(self) -> None:
        """Leave the document information (and its dates) as they are."""


def add_signature_fields(pdf: bytes, boxes: Sequence[SignatureBox]) -> bytes:
    """Return ``pdf`` with an empty signature field on each box, added in one incremental update.

    Refused while any field is signed (fields come before the first signature) and when a field
    of that name exists. Boxes with the same field name or outside the document's pages are a
    programming error (``ValueError``).
    """
    if not boxes:
        raise ValueError("add_signature_fields needs at least one box")
    repeated = [name for name, n in Counter(b.field_name for b in boxes).items() if n > 1]
    if repeated:
        raise ValueError(f"two boxes share the field name {repeated[0]!r}")
    reader = read_pdf(pdf)
    pages = _page_count(reader)
    outside = [b for b in boxes if b.page_index >= pages]
    if outside:
        raise ValueError(
            f"box {outside[0].field_name!r} is on page index {outside[0].page_index}, "
            f"but the PDF has {pages} page(s)"
        )
    existing = {name: sig for name, sig, _ in signature_fields(reader)}
    if any(sig is not None for sig in existing.values()):
        raise PdfFileError(
            "The PDF is already signed. Signature fields are added before the first signature; "
            "adding them now would break the signatures already made."
        )
    clash = sorted(set(existing) & {b.field_name for b in boxes})
    if clash:
        raise PdfFileError(
            "The PDF already has a signature field named '{field_name}'.", field_name=clash[0]
        )
    salt = "\n".join(f"{b.field_name} {b.page_index} {b.rect}" for b in boxes).encode()
    writer = ReproducibleUpdate(pdf, salt)
    for box in boxes:
        left, bottom, right, top = (round(v) for v in box.rect)
        append_signature_field(
            writer,
            SigFieldSpec(box.field_name, on_page=box.page_index, box=(left, bottom, right, top)),
        )
    out = io.BytesIO()
    writer.write(out)  # type: ignore[no-untyped-call]
    return out.getvalue()
