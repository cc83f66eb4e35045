"""What is kept from one rendering to the next (parsed paragraphs, the watermark's outline)
changes nothing in the PDF, and no rendering changes what the next one reuses."""

from __future__ import annotations

from coopbuilder.core.agreement import Agreement
from coopbuilder.documents import markup, watermark
from coopbuilder.documents.agreement import render_agreement
from coopbuilder.documents.markup import paragraph
from coopbuilder.documents.styles import document_styles


def test_a_pdf_made_with_everything_kept_is_the_pdf_made_afresh(demo: Agreement) -> None:
    markup._parsed.cache_clear()
    watermark.outlined_path.cache_clear()
    afresh = render_agreement(demo).pdf
    assert markup._parsed.cache_info().misses > 100  # every paragraph was parsed once
    parsed = markup._parsed.cache_info().misses
    again = render_agreement(demo).pdf
    assert markup._parsed.cache_info().misses == parsed  # ... and not again
    assert again == afresh
    demo.title = "Another title"  # an edit: what it does not touch is reused, the rest is new
    edited = render_agreement(demo).pdf
    assert edited != afresh
    assert markup._parsed.cache_info().misses > parsed


def test_laying_out_a_paragraph_leaves_the_next_one_of_the_same_text_as_it_was() -> None:
    style = document_styles()["body"]
    text = "A clause long enough to break into several lines when it is laid out. " * 12
    first = paragraph(text, style)
    before = [dict(vars(f)) for f in paragraph(text, style).frags]
    first.wrap(200, 1000)
    parts = first.split(200, 60)  # across a page: reportlab rewrites the pieces it splits
    assert len(parts) == 2
    second = paragraph(text, style)
    assert second.frags is not first.frags
    assert [dict(vars(f)) for f in second.frags] == before
    assert second.wrap(200, 1000) == paragraph(text, style).wrap(200, 1000)


def test_a_word_made_once_is_the_same_word_for_the_same_values_only() -> None:
    from markupsafe import Markup

    from coopbuilder.documents.templates import clause_library

    library = clause_library("en")
    owner = "Anna <Leitung> & Co"
    first = library.word("owner_due", owner=owner, date="1 March 2027")
    assert first == library.word("owner_due", owner=owner, date="1 March 2027")
    assert owner in first  # plain text, as typed
    other = library.word("owner_due", owner="Ben", date="1 March 2027")
    assert "Ben" in other and owner not in other
    # markup is not the same value as the text it reads as
    marked = library.word("owner_due", owner=Markup("<b>Ben</b>"), date="1 March 2027")
    assert marked != other
    # a value that cannot be kept (a list) is made every time
    assert library.word("owner_due", owner=["Ben"], date="x") == library.word(
        "owner_due", owner=["Ben"], date="x"
    )
