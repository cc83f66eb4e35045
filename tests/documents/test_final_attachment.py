"""The final PDF carries its agreement: the exchange file, attached before the signature fields,
with its size, MD5 checksum and SHA-256, the same bytes every time."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pypdf

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.exchange import MEDIA_TYPE, dumps, loads
from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.documents.agreement import render_agreement
from coopbuilder.documents.embedded import (
    ATTACHMENT_NAME,
    embed_agreement,
    read_embedded_agreement,
)
from coopbuilder.documents.final import attached_exchange_file, render_final
from coopbuilder.documents.pdf_input import read_pdf
from coopbuilder.documents.signature_fields import signature_fields
from tests.documents.pdfs import qpdf_check


def test_the_final_pdf_carries_the_exchange_file_with_its_checksums(
    demo: Agreement, tmp_path: Path
) -> None:
    final = render_final(demo)
    exported = dumps(demo.model_copy(update={"status": AgreementStatus.READY_TO_SIGN}))
    assert attached_exchange_file(demo) == exported.encode("utf-8")

    reader = pypdf.PdfReader(io.BytesIO(final.pdf))
    assert list(reader.attachments) == [ATTACHMENT_NAME]
    (data,) = reader.attachments[ATTACHMENT_NAME]
    assert data == exported.encode("utf-8")
    assert loads(data).title == demo.title

    root = reader.trailer["/Root"]
    spec = root["/Names"]["/EmbeddedFiles"]["/Names"][1].get_object()
    stream = spec["/EF"]["/F"].get_object()
    assert stream["/Subtype"] == "/" + MEDIA_TYPE
    assert stream["/Params"]["/Size"] == len(data)
    checksum = stream["/Params"]["/CheckSum"]  # a digest may read as a text string
    assert checksum.original_bytes == hashlib.md5(data).digest()
    assert hashlib.sha256(data).hexdigest() in spec["/Desc"]

    done = qpdf_check(final.pdf, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_attachment_comes_before_the_signature_fields_and_the_bytes_repeat(
    demo: Agreement,
) -> None:
    final = render_final(demo)
    assert render_final(demo).pdf == final.pdf
    reader = read_pdf(final.pdf)
    # rendered agreement, the attachment, the signature fields: one revision each
    assert reader.total_revisions == 3
    with_attachment = reader.get_historical_resolver(1)
    embedded = read_embedded_agreement(with_attachment)
    assert embedded is not None and embedded.intact
    assert embedded.data == attached_exchange_file(demo)
    assert read_embedded_agreement(reader.get_historical_resolver(0)) is None
    assert [name for name, _, _ in signature_fields(reader)] == [
        "signature-dr-hans-weiss",
        "signature-petra-lindner",
    ]


def test_a_checksum_that_reads_as_text_still_matches(demo: Agreement) -> None:
    """A reader takes a string that happens to decode as text for a text string: an MD5
    digest that begins with a UTF-16 byte order mark is one. Its bytes still match."""
    exported = dumps(demo).encode("utf-8")
    data = next(
        candidate
        for n in range(1_000_000)
        if hashlib.md5(candidate := exported + b" " * (n % 7) + str(n).encode()).digest()[:2]
        == b"\xfe\xff"
    )
    pdf = embed_agreement(render_agreement(demo).pdf, data)
    found = read_embedded_agreement(read_pdf(pdf))
    assert found is not None and found.data == data
    assert found.md5_matches and found.sha256_matches
