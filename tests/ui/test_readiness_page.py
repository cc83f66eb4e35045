from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.assessment import Assessment, Rating
from coopbuilder.core.exchange import read_exchange_file, write_exchange_file
from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.ui.background import Background
from coopbuilder.ui.session import MemorySession
from coopbuilder.ui.widgets.rating import DONT_KNOW, RatingControl
from coopbuilder.ui.wizard.findings import FindingsPage
from coopbuilder.ui.wizard.readiness import ReadinessPage
from coopbuilder.ui.wizard.shell import Wizard

from .helpers import ScriptedDialogs, choose_precondition, find, shown


def page_on(
    qtbot: QtBot, agreement: Agreement, dialogs: ScriptedDialogs | None = None
) -> ReadinessPage:
    background = Background()
    page = ReadinessPage(background, dialogs or ScriptedDialogs())
    page.background = background  # type: ignore[attr-defined]
    return shown(qtbot, page, agreement)


def rating(page: ReadinessPage, partner: str, precondition: str, number: int) -> RatingControl:
    choose_precondition(page, precondition)
    name = f"{partner}, {precondition} statement {number}: rating"
    return find(page, name, RatingControl)


def test_load_then_save_keeps_every_rating_and_note(qtbot: QtBot, demo: Agreement) -> None:
    page = page_on(qtbot, demo)
    assert rating(page, "Brückenschlag", "Transparency", 6).value() == 2
    assert rating(page, "Brückenschlag", "Transparency", 3).value() == DONT_KNOW
    choose_precondition(page, "Continuity")
    note = find(page, "LKA Musterland, Continuity statement 1: note", QLineEdit)
    assert note.text() == "Officers rotate every two to three years."
    again = demo.model_copy(deep=True)
    again.assessment = Assessment()
    page.save(again)
    key = lambda r: (r.partner_id, r.statement_id)  # noqa: E731
    assert sorted(again.assessment.ratings, key=key) == sorted(demo.assessment.ratings, key=key)


def test_rating_by_keyboard(qtbot: QtBot, demo: Agreement) -> None:
    demo.assessment = Assessment()
    page = page_on(qtbot, demo)
    first = rating(page, "Brückenschlag", "Trust", 1)
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_4)
    assert first.value() == 4
    other = rating(page, "LKA Musterland", "Trust", 1)
    assert page.focusWidget() is other  # a rating moves on: the other partner's
    qtbot.keyClicks(other, "?")
    assert other.value() == DONT_KNOW
    assert page.focusWidget() is rating(page, "Brückenschlag", "Trust", 2)  # the next statement
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Right)
    second = rating(page, "LKA Musterland", "Trust", 2)
    assert page.focusWidget() is second
    qtbot.keyClick(second, Qt.Key.Key_5)
    qtbot.keyClick(second, Qt.Key.Key_Delete)
    assert second.value() is None
    qtbot.keyClick(second, Qt.Key.Key_0)
    assert second.value() == DONT_KNOW
    assert page.focusWidget() is rating(page, "Brückenschlag", "Trust", 3)
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Right)
    for _ in range(5):
        qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Down)
    # Down from the last statement of Trust goes on into Transparency.
    assert page.preconditions.currentRow() == 1
    assert page.focusWidget() is rating(page, "LKA Musterland", "Transparency", 1)
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)  # a click on the control, not a button
    page.save(demo)
    given = {(r.partner_id, r.statement_id): r.value for r in demo.assessment.ratings}
    assert given == {("ngo", "trust.1"): 4, ("lka", "trust.1"): None, ("lka", "trust.5"): None}


def test_the_last_rating_given_by_key_stays_where_it_is(qtbot: QtBot, demo: Agreement) -> None:
    demo.assessment = Assessment()
    page = page_on(qtbot, demo)
    last = page.rows[-1].ratings[1]
    page.preconditions.setCurrentRow(page.preconditions.count() - 1)
    last.setFocus()
    qtbot.keyClick(last, Qt.Key.Key_3)
    assert last.value() == 3 and page.focusWidget() is last


def test_clicking_a_button_rates(qtbot: QtBot, demo: Agreement) -> None:
    page = page_on(qtbot, demo)
    control = rating(page, "Brückenschlag", "Trust", 3)
    button = find(control, "5, Strongly agree", QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert control.value() == 5 and page.focusWidget() is control
    assert "Rating: 5, Strongly agree." in control.accessibleDescription()


def test_a_note_on_an_unrated_statement_means_dont_know(qtbot: QtBot, demo: Agreement) -> None:
    demo.assessment = Assessment()
    page = page_on(qtbot, demo)
    qtbot.keyClicks(find(page, "Brückenschlag, Trust statement 2: note", QLineEdit), "Ask Hans")
    assert rating(page, "Brückenschlag", "Trust", 2).value() == DONT_KNOW
    page.save(demo)
    assert demo.assessment.ratings == [
        Rating(partner_id="ngo", statement_id="trust.5", value=None, note="Ask Hans")
    ]


def test_the_list_shows_how_much_each_partner_rated(qtbot: QtBot, demo: Agreement) -> None:
    demo.assessment = Assessment()
    page = page_on(qtbot, demo)
    assert page.preconditions.item(0).text() == (
        "Trust\nBrückenschlag: 0/7 rated\nLKA Musterland: 0/7 rated"
    )
    rating(page, "LKA Musterland", "Trust", 4).set_value(3)
    assert page.preconditions.item(0).text() == (
        "Trust\nBrückenschlag: 0/7 rated\nLKA Musterland: 1/7 rated"
    )


# -- loading a partner's ratings from an exchange file ---------------------------------------


def partner_file(tmp_path: Path, demo: Agreement, name: str | None = None) -> Path:
    """The file the NGO prepared at its office: only its own ratings, all of them 5."""
    prepared = demo.model_copy(deep=True)
    if name is not None:
        prepared.partners[0].name = name
        prepared.partners[0].short_name = ""
    prepared.assessment = Assessment(
        ratings=[
            Rating(partner_id="ngo", statement_id=r.statement_id, value=5)
            for r in demo.assessment.ratings
            if r.partner_id == "ngo"
        ]
    )
    path = tmp_path / "ngo-ratings.json"
    write_exchange_file(path, prepared)
    return path


def import_file(qtbot: QtBot, page: ReadinessPage) -> None:
    qtbot.mouseClick(
        find(page, "Load ratings from a partner's file...", QPushButton), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not page.background.busy)  # type: ignore[attr-defined]


def test_import_a_partners_file_by_its_name(qtbot: QtBot, demo: Agreement, tmp_path: Path) -> None:
    dialogs = ScriptedDialogs(files=[partner_file(tmp_path, demo)], confirms=[True])
    page = page_on(qtbot, demo, dialogs)
    import_file(qtbot, page)
    assert dialogs.errors == []
    assert dialogs.questions[-1].startswith("This replaces the ratings already given for Brück")
    assert rating(page, "Brückenschlag", "Transparency", 2).value() == 5
    assert rating(page, "LKA Musterland", "Continuity", 1).value() == 2  # untouched
    assert "Loaded the ratings of Brückenschlag" in page.status.text()
    page.save(demo)
    ngo = [r for r in demo.assessment.ratings if r.partner_id == "ngo"]
    assert ngo and all(r.value == 5 for r in ngo)


def test_import_asks_which_partner_when_the_names_differ(
    qtbot: QtBot, demo: Agreement, tmp_path: Path
) -> None:
    path = partner_file(tmp_path, demo, name="Brückenschlag Exit Counselling gGmbH")
    dialogs = ScriptedDialogs(files=[path], choices=[1], confirms=[True])
    page = page_on(qtbot, demo, dialogs)
    import_file(qtbot, page)
    assert "which is not a partner of this agreement" in dialogs.questions[1]
    assert rating(page, "LKA Musterland", "Trust", 1).value() == 5
    assert rating(page, "Brückenschlag", "Transparency", 6).value() == 2


def test_import_can_be_cancelled_without_changing_anything(
    qtbot: QtBot, demo: Agreement, tmp_path: Path
) -> None:
    dialogs = ScriptedDialogs(files=[partner_file(tmp_path, demo)], confirms=[False])
    page = page_on(qtbot, demo, dialogs)
    import_file(qtbot, page)
    assert rating(page, "Brückenschlag", "Transparency", 6).value() == 2
    assert page.status.isHidden()


def test_a_broken_file_is_explained(qtbot: QtBot, demo: Agreement, tmp_path: Path) -> None:
    broken = tmp_path / "ratings.json"
    broken.write_text("{not json", encoding="utf-8")
    empty = tmp_path / "empty.json"
    no_ratings = demo.model_copy(deep=True)
    no_ratings.assessment = Assessment()
    write_exchange_file(empty, no_ratings)
    dialogs = ScriptedDialogs(files=[broken, empty])
    page = page_on(qtbot, demo, dialogs)
    import_file(qtbot, page)
    import_file(qtbot, page)
    assert dialogs.errors[0].startswith(f"{broken} is not valid JSON")
    assert dialogs.errors[1] == (
        "empty.json holds no ratings. Choose the file the partner saved after rating."
    )


def test_a_protected_file_asks_for_its_passphrase_until_it_is_right(
    qtbot: QtBot, demo: Agreement, tmp_path: Path
) -> None:
    plain = partner_file(tmp_path, demo)
    protected = tmp_path / "ngo-ratings-protected.json"
    write_exchange_file(protected, read_exchange_file(plain), passphrase="bridge 2026")
    dialogs = ScriptedDialogs(files=[protected], texts=["wrong", "bridge 2026"], confirms=[True])
    page = page_on(qtbot, demo, dialogs)
    import_file(qtbot, page)
    qtbot.waitUntil(lambda: rating(page, "Brückenschlag", "Transparency", 2).value() == 5)
    assert dialogs.errors == []
    assert "ngo-ratings-protected.json is protected with a passphrase" in dialogs.questions[1]
    assert dialogs.questions[2].endswith("Type the passphrase again:")


def test_cancelling_the_passphrase_changes_nothing(
    qtbot: QtBot, demo: Agreement, tmp_path: Path
) -> None:
    protected = tmp_path / "protected.json"
    write_exchange_file(protected, demo, passphrase="bridge 2026")
    dialogs = ScriptedDialogs(files=[protected], texts=[None])
    page = page_on(qtbot, demo, dialogs)
    import_file(qtbot, page)
    assert dialogs.errors == [] and len(dialogs.questions) == 2
    assert rating(page, "Brückenschlag", "Transparency", 6).value() == 2


def test_next_says_how_many_statements_are_not_rated_yet(qtbot: QtBot, demo: Agreement) -> None:
    lka = demo.partners[1].id
    demo.assessment.ratings = [
        r
        for r in demo.assessment.ratings
        if not (r.statement_id.startswith("trust") and r.partner_id == lka)
    ]
    background = Background()
    pages = (ReadinessPage(background, ScriptedDialogs()), FindingsPage())
    wizard = Wizard(MemorySession(demo), pages, dialogs=ScriptedDialogs(), autosave_ms=0)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.next()
    total = len(pages[0].rows)
    assert wizard.problems.texts() == [
        f"Not rated yet: Brückenschlag 0 of {total}, LKA Musterland 7 of {total} statements. "
        "A precondition with too few ratings counts as not assessed; go back to Readiness to "
        "rate them."
    ]
    assert wizard.back() and wizard.problems.texts() == []


# -- panels made when first shown -----------------------------------------------------------


def test_a_preconditions_panel_is_made_when_it_is_first_shown(
    qtbot: QtBot, demo: Agreement
) -> None:
    page = page_on(qtbot, demo)
    count = page.preconditions.count()
    assert count > 2
    assert [p.precondition.name.get("en") for p in page.made_panels()] == ["Trust"]
    assert page.panels.count() == count  # a place for every precondition in the list
    choose_precondition(page, "Transparency")
    made = page.made_panels()
    assert [p.precondition.name.get("en") for p in made] == ["Trust", "Transparency"]
    assert page.panels.currentWidget() is made[1]
    assert rating(page, "Brückenschlag", "Transparency", 6).value() == 2  # the ratings shown
    choose_precondition(page, "Trust")
    assert page.made_panels() == made  # made once
    page.load(demo)  # entering the page again keeps the panels made
    assert page.made_panels() == made


def test_the_list_counts_the_ratings_of_panels_not_made_yet(qtbot: QtBot, demo: Agreement) -> None:
    lka = demo.partners[1].id
    demo.assessment.ratings = [
        r
        for r in demo.assessment.ratings
        if not (r.statement_id.startswith("transparency") and r.partner_id == lka)
    ]
    page = page_on(qtbot, demo)
    assert len(page.made_panels()) == 1
    assert page.preconditions.item(1).text().splitlines()[1:] == [
        "Brückenschlag: 6/6 rated",
        "LKA Musterland: 0/6 rated",
    ]


def test_down_from_the_last_statement_makes_the_next_panel(qtbot: QtBot, demo: Agreement) -> None:
    page = page_on(qtbot, demo)
    last_of_trust = page.row(6)
    assert last_of_trust.precondition.id == "trust" and len(page.made_panels()) == 1
    last_of_trust.ratings[0].setFocus()
    qtbot.keyClick(last_of_trust.ratings[0], Qt.Key.Key_Down)
    assert len(page.made_panels()) == 2 and page.preconditions.currentRow() == 1
    assert page.focusWidget() is rating(page, "Brückenschlag", "Transparency", 1)
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_3)  # rates and moves on, in the new panel
    assert page.focusWidget() is rating(page, "LKA Musterland", "Transparency", 1)


def test_a_rating_on_a_panel_made_later_is_saved_and_undone(qtbot: QtBot, demo: Agreement) -> None:
    """A rating given on a panel made after the page was entered is saved like any other; the
    ratings of panels never shown are kept as they were; and "Undo my changes" on a version
    ready to sign takes it back."""
    demo.status = AgreementStatus.READY_TO_SIGN
    session = MemorySession(demo)
    asked = ScriptedDialogs()
    page = ReadinessPage(Background(), asked)
    wizard = Wizard(session, (page, FindingsPage()), dialogs=asked, autosave_ms=0)
    qtbot.addWidget(wizard)
    wizard.show()
    control = rating(page, "LKA Musterland", "Continuity", 1)
    before = control.value()
    assert before != 1 and len(page.made_panels()) == 2
    control.set_value(1)
    asked.answers.append(1)  # "Undo my changes"
    assert wizard.next()
    assert session.agreement == demo
    assert wizard.back()
    assert rating(page, "LKA Musterland", "Continuity", 1).value() == before

    rating(page, "LKA Musterland", "Continuity", 1).set_value(1)
    asked.answers.append(0)  # "Make it a draft"
    wizard.save()
    saved = session.agreement
    assert saved.status is AgreementStatus.DRAFT
    lka = demo.partners[1].id
    changed = [
        (old, new)
        for old, new in zip(demo.assessment.ratings, saved.assessment.ratings, strict=True)
        if old != new
    ]
    assert [(new.partner_id, new.value) for _, new in changed] == [(lka, 1)]
    assert len(page.made_panels()) == 2  # the others were never made, their ratings kept


def test_the_chosen_rating_is_dark_with_white_text(qtbot: QtBot) -> None:
    """Painted by the button itself (a style sheet on every control made a panel slow)."""
    control = RatingControl()
    qtbot.addWidget(control)
    control.set_value(4)
    control.show()
    qtbot.waitExposed(control)
    assert control.styleSheet() == ""
    image = control.grab().toImage()
    chosen = colours_of(control, image, 4)
    assert "#143f7a" in chosen and "#ffffff" in chosen  # the fill and the bold digit
    assert "#143f7a" not in colours_of(control, image, 5)


def colours_of(control: RatingControl, image: QImage, value: int) -> set[str]:
    """The colours inside the button of ``value`` (its edge left out) on ``image``."""
    button = next(b for b in control.findChildren(QPushButton) if b.text() == str(value))
    box = button.geometry()
    return {
        image.pixelColor(x, y).name()
        for x in range(box.left() + 4, box.right() - 3)
        for y in range(box.top() + 4, box.bottom() - 3)
    }
