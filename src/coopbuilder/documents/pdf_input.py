"""Opening a PDF given as bytes, with one clear message when it cannot be read."""

from __future__ import annotations

import io
import logging

from pyhanko.pdf_utils.reader import PdfFileReader

from coopbuilder.core.errors import UserError

# pyHanko logs expected outcomes (such as an untrusted self-signed certificate) as errors with
# tracebacks. The reports say what matters, so keep its records off the console unless the
# program configures logging (records still propagate to the root logger's handlers).
for _logger in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_logger).addHandler(logging.NullHandler())

PDF_HEADER_WINDOW = 1024  # readers accept the %PDF- header anywhere in the first kilobyte


class PdfFileError(UserError):
    """A PDF cannot be read or does not have what the operation needs."""


def document_language(pdf: bytes) -> str | None:
    """The language the PDF says it is in (its catalogue's /Lang, e.g. "de"), if it says."""
    value = read_pdf(pdf).root.get("/Lang")
    if value is None:
        return None
    return str(value).strip() or None


def read_pdf(pdf: bytes) -> PdfFileReader:
    """Open ``pdf`` for reading; a non-PDF, a damaged or an encrypted PDF is a
    :class:`PdfFileError`."""
    if b"%PDF-" not in pdf[:PDF_HEADER_WINDOW]:
        raise PdfFileError("This is not a PDF file (it does not start with %PDF-).")
    try:
        reader = PdfFileReader(io.BytesIO(pdf))
        reader.root  # noqa: B018 - reading the catalogue finds most damage at once
    except Exception as exc:  # pyHanko raises many kinds on damaged input; all mean "damaged"
        raise PdfFileError("The PDF is damaged and cannot be read ({exc}).", exc=exc) from exc
    if reader.encrypted:
        raise PdfFileError("The PDF is encrypted; CoopBuilder signs only unencrypted PDFs.")
    return reader
