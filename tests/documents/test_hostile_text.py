"""No text a user can type breaks a document: every text field of an agreement filled with
hostile strings (markup, template syntax, "<" and "&", right-to-left marks, combining characters,
emoji the fonts lack, line breaks, words of up to 5,000 characters) still gives an agreement
and a readiness report, in both languages, that qpdf finds sound, that hold every string as it
was typed, and that draw no character outside the page.

Each example renders two documents and reads them back, so the test runs two examples per
language only, the same ones on every run (``derandomize``): one made up here, one drawn."""

from __future__ import annotations

import io
import subprocess
import unicodedata
from pathlib import Path

import pdfplumber
import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel
from pydantic.types import StringConstraints
from pypdf import PdfReader

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.demo import demo_agreement
from coopbuilder.documents.agreement import render_agreement
from coopbuilder.documents.report import render_report
from coopbuilder.documents.styles import document_styles
from tests.conftest import DEMO_DAY
from tests.documents.pdfs import qpdf_check

PIECES = (
    "{{ 7*7 }}",
    "{% if x %}y{% endif %}",
    "{# note #}",
    "<b>Bold</b>",
    "<font size=80>X</font>",
    "JVA </para>",
    "<para>",
    "<br/>",
    "JVA Nürnberg <Abt. 3",
    "&amp;",
    "A & B",
    "<",
    ">",
    "&#x41;",
    '"quoted"',
    "it's",
    "\\",
    "%(signer)s",
    "\u200fRTL mark\u200f",
    "\u202eoverride\u202c",
    "e\u0301\u0302",
    "Z\u0351\u0352\u0353",
    "🦜",
    "👩\u200d👩\u200d👧",
    "§ 203 StGB",
    "line\nbreak",
    "a\n\n- b",
)
"""What each hostile string is made of."""

NOT_ALWAYS_PRINTED = {
    ("LegalBasis", "art10"),  # only for a rule with personal data of that kind
    ("LegalBasis", "national_law"),
    ("LegalBasis", "note"),  # only when the rule has no note of its own
    ("Action", "outcome_note"),  # only in the review report
}

HOSTILE = settings(
    max_examples=1,
    derandomize=True,
    phases=(Phase.explicit, Phase.generate),  # no shrinking: each example costs seconds
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

Field = tuple[BaseModel, str, int]


def text_fields(model: BaseModel) -> list[Field]:
    """Every free-text field of ``model`` and the models in it: (model, field, most characters).
    A field with a pattern (an id) is not free text."""
    out: list[Field] = []
    for name, info in type(model).model_fields.items():
        value = getattr(model, name)
        items = value if isinstance(value, list) else [value]
        if items and all(isinstance(item, BaseModel) for item in items):
            for item in items:
                out.extend(text_fields(item))
            continue
        limits = [m for m in info.metadata if isinstance(m, StringConstraints)]
        if isinstance(value, str) and limits and limits[0].pattern is None:
            out.append((model, name, limits[0].max_length or 300))
        elif name == "recipient_roles":
            out.append((model, name, 300))
    return out


FIELDS = len(text_fields(demo_agreement("en", today=DEMO_DAY)))

PARTNER_NAMES = {
    index
    for index, (model, name, _) in enumerate(text_fields(demo_agreement("en", today=DEMO_DAY)))
    if type(model).__name__ == "Partner" and name == "name"
}
EVERY_PIECE = [
    f"{PIECES[i % len(PIECES)]} {PIECES[(5 * i + 1) % len(PIECES)]}" for i in range(FIELDS)
]
"""An example with every piece in many fields, and both partners' names one long word (they
head tables and the charts' legends)."""

phrases = st.lists(st.sampled_from(PIECES), min_size=1, max_size=3).map(" ".join)


def fill(agreement: Agreement, values: list[str], long: set[int]) -> list[tuple[str, str]]:
    """Put ``values`` into the agreement's text fields, a word as long as the field allows
    after the value in the fields ``long``; what each field got, to look for."""
    wanted = []
    for index, (model, name, limit) in enumerate(text_fields(agreement)):
        value = values[index % len(values)]
        if index in long:
            value = f"{value} {'W' * limit}"[:limit]
        setattr(model, name, [value] if name == "recipient_roles" else value)
        if (type(model).__name__, name) not in NOT_ALWAYS_PRINTED:
            wanted.append((f"{type(model).__name__}.{name}", value[:200]))
    return wanted


def comparable(text: str) -> str:
    """Text without spaces, line breaks and invisible format characters (which pdftotext moves
    around right-to-left marks)."""
    return "".join(c for c in "".join(text.split()) if unicodedata.category(c) != "Cf")


def body_text(pdf: bytes, tmp_path: Path) -> str:
    """The text of the pages' body frame in drawing order, without the running header and
    footer (so that a long word carries on from one page to the next)."""
    styles = document_styles()
    top, right, bottom, left = styles.margins
    width, height = styles.page_size
    source = tmp_path / "body.pdf"
    source.write_bytes(pdf)
    crop = [int(left) - 2, int(top) - 2, int(width - left - right) + 4, int(height - top - bottom)]
    args = ["-x", "-y", "-W", "-H"]
    command = ["pdftotext", "-raw", "-enc", "UTF-8"]
    command += [str(v) for pair in zip(args, crop, strict=True) for v in pair]
    done = subprocess.run([*command, str(source), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def outside_the_page(pdf: bytes) -> list[str]:
    out = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for number, page in enumerate(document.pages, start=1):
            for c in page.chars:
                if c["x0"] < 0 or c["x1"] > page.width or c["top"] < 0 or c["bottom"] > page.height:
                    out.append(f"page {number}: {c['text']!r} at x {c['x0']:.0f}-{c['x1']:.0f}")
    return out


@pytest.mark.parametrize("language", ["en", "de"])
@HOSTILE
@given(
    values=st.lists(phrases, min_size=FIELDS, max_size=FIELDS),
    long=st.sets(st.integers(0, FIELDS - 1), min_size=1, max_size=3),
)
@example(values=EVERY_PIECE, long=PARTNER_NAMES)
def test_hostile_text_in_every_field_prints_as_typed_and_inside_the_page(
    language: str, values: list[str], long: set[int], tmp_path_factory: pytest.TempPathFactory
) -> None:
    tmp_path = tmp_path_factory.mktemp("hostile")
    agreement = demo_agreement(language, today=DEMO_DAY)
    wanted = fill(agreement, values, long)
    agreement_pdf = render_agreement(agreement).pdf
    report_pdf = render_report(agreement)
    text = ""
    for pdf in (agreement_pdf, report_pdf):
        check = qpdf_check(pdf, tmp_path)
        assert check.returncode == 0, check.stdout + check.stderr
        assert outside_the_page(pdf) == []
        text += comparable(body_text(pdf, tmp_path))
    missing = [(field, value) for field, value in wanted if comparable(value) not in text]
    assert missing == []
    meta = PdfReader(io.BytesIO(agreement_pdf)).metadata
    assert meta is not None and meta.title == agreement.title
    assert meta.author == " / ".join(p.name for p in agreement.partners)
