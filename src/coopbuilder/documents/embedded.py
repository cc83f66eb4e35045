"""The agreement inside its final PDF: the exchange file (the same JSON as ``export`` writes) as a
PDF file attachment, added before the signature fields so that every signature covers it.

The attachment is named :data:`ATTACHMENT_NAME`, has the exchange file's media type, its size
and its MD5 checksum in ``/Params`` (``/Size``, ``/CheckSum``, as ISO 32000 7.11.4 has them),
and its SHA-256 in its description, where a person opening the attachments panel sees it. The
update that adds it depends only on its input (no clock, no random bytes): the same agreement
gives the same bytes.
"""

from __future__ import annotations

import hashlib
import io
import re

from pydantic import BaseModel, ConfigDict
from pyhanko.pdf_utils.embed import EmbeddedFileObject, EmbeddedFileParams, FileSpec, embed_file
from pyhanko.pdf_utils.reader import HistoricalResolver, PdfFileReader

from coopbuilder.core.exchange import FILE_SUFFIX, MEDIA_TYPE
from coopbuilder.documents.pdf_input import PdfFileError
from coopbuilder.documents.signature_fields import ReproducibleUpdate

ATTACHMENT_NAME = "agreement" + FILE_SUFFIX
DESCRIPTION = "The agreement as a CoopBuilder exchange file (SHA-256 {sha256})"
_SHA256_IN_DESCRIPTION = re.compile(r"SHA-256 ([0-9a-f]{64})")


class EmbeddedAgreement(BaseModel):
    """The exchange file attached to a PDF, and whether its checksums match its bytes."""

    model_config = ConfigDict(frozen=True)

    data: bytes
    md5_matches: bool
    """The ``/CheckSum`` of its ``/Params`` is the MD5 of ``data``."""
    sha256_matches: bool
    """The SHA-256 its description names is that of ``data``."""

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def intact(self) -> bool:
        return self.md5_matches and self.sha256_matches


def embed_agreement(pdf: bytes, exchange_file: bytes) -> bytes:
    """``pdf`` with ``exchange_file`` attached as :data:`ATTACHMENT_NAME`, in one incremental
    update that depends only on its input."""
    sha256 = hashlib.sha256(exchange_file).hexdigest()
    writer = ReproducibleUpdate(pdf, b"attachment " + sha256.encode())
    stream = EmbeddedFileObject.from_file_data(
        writer,
        exchange_file,
        compress=True,
        params=EmbeddedFileParams(embed_size=True, embed_checksum=True),
        mime_type=MEDIA_TYPE,
    )
    embed_file(
        writer,
        FileSpec(
            file_spec_string=ATTACHMENT_NAME,
            file_name=ATTACHMENT_NAME,
            embedded_data=stream,
            description=DESCRIPTION.format(sha256=sha256),
        ),
    )
    out = io.BytesIO()
    writer.write(out)  # type: ignore[no-untyped-call]
    return out.getvalue()


def read_embedded_agreement(
    reader: PdfFileReader | HistoricalResolver,
) -> EmbeddedAgreement | None:
    """The exchange file attached to the PDF (as of the revision ``reader`` reads), or ``None``
    when it has none. A damaged attachment is a :class:`PdfFileError`."""
    try:
        names = reader.root.get("/Names")
        tree = names.get_object().get("/EmbeddedFiles") if names is not None else None
        entries = tree.get_object().get("/Names") if tree is not None else None
        if entries is None:
            return None
        entries = entries.get_object()
        specs = [
            entries[index + 1].get_object()
            for index in range(0, len(entries) - 1, 2)
            if str(entries[index].get_object()) == ATTACHMENT_NAME
        ]
        if len(specs) > 1:
            raise PdfFileError("The PDF has more than one attached agreement.")
        for spec in specs:
            stream = spec["/EF"].get_object()["/F"].get_object()
            data = bytes(stream.data)
            params = stream.get("/Params")
            checksum = params.get_object().get("/CheckSum") if params is not None else None
            description = str(spec.get("/Desc", ""))
            named = _SHA256_IN_DESCRIPTION.search(description)
            return EmbeddedAgreement(
                data=data,
                md5_matches=checksum is not None
                and _raw(checksum.get_object()) == hashlib.md5(data).digest(),
                sha256_matches=named is not None
                and named.group(1) == hashlib.sha256(data).hexdigest(),
            )
    except PdfFileError:
        raise
    except Exception as exc:  # pyHanko raises many kinds on damaged input; all mean "damaged"
        raise PdfFileError(
            "The PDF's attached agreement is damaged and cannot be read ({exc}).", exc=exc
        ) from exc
    return None


def _raw(string: object) -> bytes | None:
    """The bytes of a PDF string as the file holds them: a reader takes a string that happens
    to decode as text (an MD5 digest often does) for a text string."""
    original = getattr(string, "original_bytes", None)
    return bytes(original) if isinstance(original, bytes) else None
