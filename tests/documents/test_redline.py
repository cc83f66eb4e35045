"""The draft marked against the signed version: changed clauses word by word where they stand,
removed clauses struck through where they stood, and the contact list's changes in its annex."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.catalogue import default_catalogue
from coopbuilder.core.demo import demo_agreement
from coopbuilder.core.vocabulary import Language
from coopbuilder.documents.agreement import render_agreement
from coopbuilder.documents.clause_diff import Segment
from coopbuilder.documents.redline import lines, redline
from coopbuilder.documents.styles import document_styles
from coopbuilder.documents.templates import clause_library
from tests.documents.pdfs import characters, flat, pdftotext

TODAY = dt.date(2026, 3, 2)


def text(pdf: bytes, tmp_path: Path) -> str:
    return flat(pdftotext(pdf, tmp_path))


def coloured(pdf: bytes, name: str) -> str:
    """The words printed in the document colour ``name`` ("removed", "added")."""
    want = tuple(round(v, 2) for v in document_styles().colour(name).rgb())
    chars = [
        c["text"]
        for _, _, _, c in characters(pdf)
        if not c["text"].isspace()
        and tuple(round(float(v), 2) for v in (c.get("non_stroking_color") or ())) == want
    ]
    return "".join(chars)


def versions(language: Language = Language.EN) -> tuple[Agreement, Agreement]:
    """Version 1 as signed, and the draft of version 2: a contact handed over to someone new,
    the purpose reworded."""
    signed = demo_agreement(language, TODAY)
    contacts = [
        c.model_copy(
            update={
                "name": "Jana Roth",
                "secure_email": "jana.roth@lka.musterland.example",
            }
        )
        if c.id == "c-lka-brandt"
        else c
        for c in signed.contacts
    ]
    purpose = signed.purpose.replace("to protect them and others", "to protect the public")
    draft = signed.model_copy(update={"version": 2, "contacts": contacts, "purpose": purpose})
    return signed, draft


def test_a_changed_clause_reads_with_both_its_old_and_its_new_words(tmp_path: Path) -> None:
    signed, draft = versions()
    plain_draft = text(render_agreement(draft).pdf, tmp_path)
    marked = text(render_agreement(draft, against=signed).pdf, tmp_path)
    assert "Changes marked against version 1" in marked
    assert "Changes marked against version 1" not in plain_draft
    assert "them and others" not in plain_draft and "to protect the public" in plain_draft
    assert "to protect them and others, the public, by" in marked  # each word once, in its place
    pdf = render_agreement(draft, against=signed).pdf
    # the words taken out in red, those put in in green: here, and the version number
    assert coloured(pdf, "removed").startswith("themandothers,1")
    assert coloured(pdf, "added").startswith("thepublic,2")
    assert "themandothers" not in coloured(render_agreement(draft).pdf, "removed")


def test_the_contact_list_annex_shows_who_was_replaced_by_whom(tmp_path: Path) -> None:
    signed, draft = versions()
    marked = text(render_agreement(draft, against=signed).pdf, tmp_path)
    annex = marked[marked.index("Changes to this list since version 1") :]
    assert "Tobias Brandt" in annex and "Jana Roth" in annex
    assert "tobias.brandt@lka.musterland.example" in annex
    pdf = render_agreement(draft, against=signed).pdf
    assert coloured(pdf, "removed").endswith("TobiasBrandttobias.brandt@lka.musterland.example")
    assert coloured(pdf, "added").endswith("JanaRothjana.roth@lka.musterland.example")
    unchanged = text(render_agreement(draft).pdf, tmp_path)
    assert "Changes to this list" not in unchanged and "Tobias Brandt" not in unchanged


def test_without_changes_to_the_contacts_the_annex_has_no_change_list(tmp_path: Path) -> None:
    signed, _ = versions()
    draft = signed.model_copy(update={"version": 2})
    marked = text(render_agreement(draft, against=signed).pdf, tmp_path)
    assert "Changes marked against version 1" in marked
    assert "Changes to this list" not in marked


def test_the_german_draft_is_marked_in_german(tmp_path: Path) -> None:
    signed, draft = versions(Language.DE)
    marked = text(render_agreement(draft, against=signed).pdf, tmp_path)
    assert "Änderungen gegenüber Version 1" in marked
    assert "Änderungen dieser Liste seit Version 1" in marked and "Jana Roth" in marked


def test_a_removed_clause_stands_struck_through_where_it_stood(tmp_path: Path) -> None:
    signed, _ = versions()
    library = clause_library(signed.language)
    catalogue = default_catalogue()
    # without joint case conferences, the clause on their joint control no longer applies
    draft = signed.model_copy(update={"version": 2, "meetings": []})
    marks = redline(signed, draft, catalogue, library)
    assert marks.removed, "taking out the meetings takes out clauses"
    removed = marks.clauses[sorted(marks.removed)[0]]
    first_words = " ".join(removed.before.split()[:6])
    plain_draft = text(render_agreement(draft).pdf, tmp_path)
    marked = text(render_agreement(draft, against=signed).pdf, tmp_path)
    assert first_words not in plain_draft
    assert first_words in marked


@pytest.mark.parametrize(
    ("segments", "expected"),
    [
        (
            [Segment(op="same", text="One two\n– three"), Segment(op="added", text="four")],
            [("p", ["One two"]), ("bullet", ["three", "four"])],
        ),
        (
            [Segment(op="same", text="A"), Segment(op="removed", text="\n– gone")],
            [("p", ["A"]), ("bullet", ["gone"])],
        ),
        ([Segment(op="added", text="– new\nline")], [("bullet", ["new"]), ("p", ["line"])]),
    ],
)
def test_marked_words_are_cut_into_paragraphs_and_bullet_items(
    segments: list[Segment], expected: list[tuple[str, list[str]]]
) -> None:
    got = [(kind, [s.text for s in words]) for kind, words in lines(segments)]
    assert got == expected


def _bold_runs(pdf: bytes, start: str, length: int) -> list[tuple[str, bool]]:
    """The words of the text ``start`` begins (``length`` characters, spaces left out) as
    printed, each with whether its first letter is in a bold face."""
    chars = [c for _, _, _, c in characters(pdf) if not c["text"].isspace()]
    printed = "".join(c["text"] for c in chars)
    at = printed.index(start.replace(" ", ""))
    return [(c["text"], "Bold" in c["fontname"]) for c in chars[at : at + length]]


def test_a_changed_clause_keeps_its_bold_lead_in(tmp_path: Path) -> None:
    signed, draft = versions()
    plain = render_agreement(draft).pdf
    marked = render_agreement(draft, against=signed).pdf
    assert "them and others" in text(marked, tmp_path)  # the purpose is marked as changed
    for pdf in (plain, marked):  # as in the draft: "Purpose." bold, its text not
        letters = _bold_runs(pdf, "Purpose. To support", 15)
        assert [bold for _, bold in letters] == [True] * 8 + [False] * 7
    # a clause taken out keeps its lead-in too, struck through
    removed_from = signed.model_copy(update={"scope": "Only the city of Musterstadt."})
    without = draft.model_copy(update={"scope": ""})
    struck = render_agreement(without, against=removed_from).pdf
    assert [bold for _, bold in _bold_runs(struck, "Scope. Only", 10)] == [True] * 6 + [False] * 4


@pytest.mark.parametrize(
    "markup",
    [
        "<b>Purpose.</b> To support people.",
        "<para><b>Lead</b>-in &amp; <i>more</i> text</para>\n<bullet>– </bullet>one",
        "A<br/>B <b>C <b>D</b> E</b> F &lt;b&gt; G",
        "<b>Half</b>bold word, then<b> spaced </b> out",
        "",
    ],
)
def test_bold_words_follow_the_plain_text_word_for_word(markup: str) -> None:
    from coopbuilder.documents.clause_diff import bold_words, plain, words

    assert len(bold_words(markup)) == len(words(plain(markup)))


def test_typed_text_stays_text_in_the_marked_draft(tmp_path: Path) -> None:
    signed, draft = versions()
    hostile = 'Jana <b>Roth</b> & "Co" <font color="red">x</font>'
    contacts = [
        c.model_copy(update={"name": hostile}) if c.name == "Jana Roth" else c
        for c in draft.contacts
    ]
    purpose = draft.purpose + " <strike>not struck</strike> & more"
    marked_draft = draft.model_copy(update={"contacts": contacts, "purpose": purpose})
    marked = text(render_agreement(marked_draft, against=signed).pdf, tmp_path)
    assert hostile in marked
    assert "<strike>not struck</strike> & more" in marked
