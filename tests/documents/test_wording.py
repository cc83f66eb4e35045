"""Details of the printed wording: an e-mail address does not stretch its line, no brackets
inside brackets, a German label stands where its capital is right."""

from __future__ import annotations

import io
import re
from itertools import pairwise
from pathlib import Path

import pdfplumber
import pytest

from coopbuilder.core.demo import demo_agreement
from coopbuilder.documents.agreement import render_agreement
from coopbuilder.documents.styles import document_styles
from tests.conftest import DEMO_DAY
from tests.documents.pdfs import flat, page_texts, pdftotext


@pytest.fixture(scope="module", params=["en", "de"])
def rendered(request: pytest.FixtureRequest) -> tuple[str, bytes]:
    return request.param, render_agreement(demo_agreement(request.param, today=DEMO_DAY)).pdf


def _widest_gaps(pdf: bytes, word: str) -> list[float]:
    """The widest space between two words on each line of the paragraph that holds ``word``
    (the lines from the one with the clause number to the one after ``word``)."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            words = page.extract_words(keep_blank_chars=False, use_text_flow=True)
            hits = [w for w in words if word in w["text"]]
            if not hits:
                continue
            top = hits[0]["top"]
            lines: dict[int, list[dict]] = {}
            for w in words:
                if top - 30 <= w["top"] <= top + 14 and w["x0"] > 80 and w["text"] != "–":
                    lines.setdefault(round(w["top"]), []).append(w)
            gaps = []
            for line in lines.values():
                line.sort(key=lambda w: w["x0"])
                gaps.append(max((b["x0"] - a["x1"] for a, b in pairwise(line)), default=0))
            return gaps
    raise AssertionError(word)


def test_an_e_mail_address_does_not_stretch_the_line_before_it(
    rendered: tuple[str, bytes], tmp_path: Path
) -> None:
    _, pdf = rendered
    gaps = _widest_gaps(pdf, "datenschutz@brueckenschlag.example")
    assert gaps and max(gaps) < 6, gaps  # a space, not a gap (about 3 points at 9.5 points)
    body = flat(pdftotext(pdf, tmp_path))
    for address in ("datenschutz@brueckenschlag.example", "dsb@lka.musterland.example"):
        assert address in body  # whole, as typed, nothing invisible in it


def test_justified_paragraphs_without_an_address_stay_justified() -> None:
    styles = document_styles()
    assert styles.ragged("clause").alignment == 0  # left
    assert styles["clause"].alignment == 4  # justified, unchanged
    assert styles.ragged("bullet") is styles["bullet"]  # already left


def test_no_brackets_inside_brackets(rendered: tuple[str, bytes], tmp_path: Path) -> None:
    language, pdf = rendered
    body = flat(pdftotext(pdf, tmp_path))
    assert "((" not in body and "))" not in body
    reference = {
        "en": "led by Brückenschlag, reference DPIA-2026-07 (NGO data protection officer).",
        "de": "federführend Brückenschlag, Aktenzeichen DSFA-2026-07 (Datenschutzbeauftragte der "
        "NGO).",
    }
    assert reference[language] in body


def test_the_german_regimes_stand_after_a_colon(tmp_path: Path) -> None:
    pdf = render_agreement(demo_agreement("de", today=DEMO_DAY)).pdf
    body = flat(pdftotext(pdf, tmp_path))
    assert (
        "Übermittlung nach dem Recht der übermittelnden Partei, Empfang und weitere Verarbeitung "
        "nach dem Recht der empfangenden Partei. Übermittelnde Partei: Verantwortlicher nach der "
        "DSGVO. Empfangende Partei: Zuständige Behörde nach der Richtlinie (EU) 2016/680 "
        "(JI-Richtlinie)."
    ) in body
    assert "(Zuständige Behörde" not in body and "(Verantwortlicher" not in body
    # the capitalised adjective follows a colon, a full stop or an opening quote
    for match in re.finditer(r"(\S+) Zuständige Behörde", body):
        assert match.group(1)[-1] in ":.„", match.group(0)
    assert page_texts(pdf, tmp_path)[0].count("Übermittelnde") >= 1


def test_a_long_german_word_in_quotes_is_hyphenated() -> None:
    from reportlab.platypus import Paragraph

    styles = document_styles("de_DE")
    paragraph = Paragraph("hat den Befund „Wahrnehmungsunterschied“ ergeben", styles["body"])
    paragraph.wrap(150, 500)
    lines = [" ".join(line[1]) for line in paragraph.blPara.lines]
    assert lines[0].endswith("„Wahrneh-"), lines  # as without the quotes, not pushed whole
    assert lines[1].startswith("mungsunterschied“"), lines


def test_the_german_texts_cite_a_letter_of_an_article_one_way() -> None:
    """ "Art. 6 Abs. 1 lit. e DSGVO" throughout: the German library and its notes do not mix in
    "Buchst." (the same citation written two ways reads as two different things)."""
    from coopbuilder.core.resources import template_path

    cited = {
        file.name: re.findall(r"\b(lit\.|Buchst\.|Buchstabe) [a-z]\b", file.read_text("utf-8"))
        for file in sorted(template_path("de").glob("*.yaml"))
    }
    styles = {style for found in cited.values() for style in found}
    assert styles == {"lit."}, {name: found for name, found in cited.items() if found}
