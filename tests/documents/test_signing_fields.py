"""Signature boxes and fields: one empty field per representative, placed on the signature block,
all before the first signature."""

from __future__ import annotations

import io

import pytest
from pydantic import ValidationError
from pypdf import PdfReader

from coopbuilder.documents.boxes import SignatureBox, signature_field_name
from coopbuilder.documents.pdf_input import PdfFileError
from coopbuilder.documents.signature_fields import add_signature_fields, list_fields
from tests.signing_fixtures import BOXES, FIELD_A, FIELD_B, agreement_pdf


def test_a_box_has_exactly_the_agreed_fields_and_is_frozen() -> None:
    box = SignatureBox(representative_id="r.1", page_index=0, x=1, y=2, width=3, height=4)
    assert set(SignatureBox.model_fields) == {
        "representative_id",
        "field_name",
        "page_index",
        "x",
        "y",
        "width",
        "height",
    }
    assert box.field_name == signature_field_name("r.1") == "signature-r_1"
    assert box.rect == (1, 2, 4, 6)
    with pytest.raises(ValidationError):
        box.x = 5  # type: ignore[misc]
    named = SignatureBox(
        representative_id="r1", field_name="Anna", page_index=0, x=0, y=0, width=1, height=1
    )
    assert named.field_name == "Anna"


@pytest.mark.parametrize(
    "change",
    [{"field_name": "a.b"}, {"width": 0}, {"page_index": -1}, {"representative_id": ""}],
)
def test_a_box_refuses_what_cannot_be_a_field(change: dict[str, object]) -> None:
    values: dict[str, object] = {
        "representative_id": "r1",
        "page_index": 0,
        "x": 0,
        "y": 0,
        "width": 10,
        "height": 10,
    }
    with pytest.raises(ValidationError):
        SignatureBox.model_validate(values | change)


def test_fields_are_placed_on_the_signature_blocks(unsigned_pdf: bytes) -> None:
    assert [(f.name, f.signed, f.signer) for f in list_fields(unsigned_pdf)] == [
        (FIELD_A, False, None),
        (FIELD_B, False, None),
    ]
    page = PdfReader(io.BytesIO(unsigned_pdf)).pages[1]
    rects = {
        str(a.get_object()["/T"]): [float(v) for v in a.get_object()["/Rect"]]
        for a in page["/Annots"]
    }
    assert rects == {box.field_name: list(box.rect) for box in BOXES}
    # the original bytes are kept: the fields are one incremental update
    assert unsigned_pdf.startswith(agreement_pdf())


def test_fields_are_refused_once_the_pdf_is_signed(signed_once: bytes) -> None:
    extra = SignatureBox(representative_id="c", page_index=0, x=0, y=0, width=10, height=10)
    with pytest.raises(PdfFileError, match="before the first signature"):
        add_signature_fields(signed_once, [extra])


def test_a_field_name_that_exists_is_refused(unsigned_pdf: bytes) -> None:
    with pytest.raises(PdfFileError, match=f"already has a signature field named '{FIELD_A}'"):
        add_signature_fields(unsigned_pdf, [BOXES[0]])


def test_boxes_that_cannot_be_placed_are_a_programming_error() -> None:
    pdf = agreement_pdf()
    with pytest.raises(ValueError, match="share the field name"):
        add_signature_fields(pdf, [BOXES[0], BOXES[0]])
    far = BOXES[0].model_copy(update={"page_index": 2})
    with pytest.raises(ValueError, match="has 2 page"):
        add_signature_fields(pdf, [far])
    with pytest.raises(ValueError, match="at least one box"):
        add_signature_fields(pdf, [])


def test_listing_a_signed_pdf_names_the_signers(signed_twice: bytes) -> None:
    fields = list_fields(signed_twice)
    assert [(f.name, f.signed, f.signer, f.organisation) for f in fields] == [
        (FIELD_A, True, "Anna Schmidt", "Brückenschlag e.V."),
        (FIELD_B, True, "Bernd Meier", "LKA Musterland"),
    ]
    assert all(f.trial_certificate and f.signed_at is not None for f in fields)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"PK\x03\x04 a zip file", "not a PDF file"),
        (b"%PDF-1.7\n garbage without a cross-reference table", "damaged"),
    ],
)
def test_what_is_not_a_pdf_is_a_clear_error(data: bytes, message: str) -> None:
    with pytest.raises(PdfFileError, match=message):
        list_fields(data)
