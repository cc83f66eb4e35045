"""The annual review in German: the German three-year history (resources/demo/history-de.yaml),
the review annex (Anlage E), the review report, the comparison and the calendar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from icalendar import Calendar

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.changes import ChangeKind
from coopbuilder.core.vocabulary import Language
from coopbuilder.documents.styles import document_styles
from coopbuilder.documents.trend_chart import _title_lines
from coopbuilder.store.connection import open_workspace
from coopbuilder.workflows import review
from coopbuilder.workflows.demo_history import demo_history
from tests.documents.pdfs import flat, pdftotext

from .conftest import START, History


@pytest.fixture(scope="module")
def german_years(tmp_path_factory: pytest.TempPathFactory) -> Iterator[History]:
    path = tmp_path_factory.mktemp("history-de") / "workspace.sqlite"
    with open_workspace(path, who="anna") as workspace:
        yield History(workspace, demo_history(workspace, START, Language.DE))


def _values(agreement: Agreement) -> set[tuple[str, str, int | None]]:
    return {(r.partner_id, r.statement_id, r.value) for r in agreement.assessment.ratings}


def test_the_german_history_has_the_english_figures(
    german_years: History, three_years: History
) -> None:
    german = [v.agreement for v in german_years.versions]
    english = [v.agreement for v in three_years.versions]
    assert [a.language for a in german] == [Language.DE] * 3
    assert [a.version for a in german] == [a.version for a in english]
    for de, en in zip(german, english, strict=True):
        assert _values(de) == _values(en)
        assert [(x.id, x.status) for x in de.actions] == [(x.id, x.status) for x in en.actions]
        assert [c.id for c in de.contacts] == [c.id for c in en.contacts]
        assert [r.id for r in de.sharing_rules] == [r.id for r in en.sharing_rules]


def test_the_german_review_annex(german_years: History, tmp_path: Path) -> None:
    result = review.render_version(german_years.workspace, german_years.agreement_id, 2)
    text = flat(pdftotext(result.pdf, tmp_path))
    assert "Anlage E – Protokoll der Überprüfung" in text
    assert (
        "Jährliche Überprüfung. Die Parteien haben Version 1 dieser Vereinbarung am "
        "18. November 2027 überprüft" in text
    )
    assert "Was misslungen ist. Im März kannte die Nachtschicht des Lagezentrums" in text
    assert "Personalwechsel und Übergaben. Sabine Kühn hat die Abteilung Staatsschutz" in text
    assert "Vor dieser Überprüfung vereinbarte Maßnahmen und ihr Ergebnis." in text
    assert "Nicht erledigt" in text and "Verworfen" in text and "Erledigt" in text
    for english in ("Annex", "Record of the review", "What failed", "Not done", "Dropped"):
        assert english not in text


def test_the_german_review_report(german_years: History, tmp_path: Path) -> None:
    pdf = review.review_report(german_years.workspace, german_years.agreement_id)
    text = flat(pdftotext(pdf, tmp_path))
    assert "BERICHT ZUR ÜBERPRÜFUNG" in text
    assert (
        "Version 3 (Entwurf) im Vergleich zu Version 2 · Jährliche Überprüfung am "
        "9. November 2028" in text
    )
    assert "Was misslungen ist Eine Vermittlung im Februar wartete drei Wochen" in text
    assert "Die Kooperationsvoraussetzungen im Verlauf der Jahre" in text
    assert "Version 1 27. November 2026" in text
    assert "LKA Musterland 2,57" in text and "LKA Musterland 3,43" in text
    assert "Gleichberechtigte Partnerschaft" in text  # the chart's titles are not shortened
    assert "Liste in jedem Quartal übergeben." in text
    assert "Nächste Überprüfung: 18.11.2028 → 09.11.2029" in text  # German dates
    assert "Änderungen im Wortlaut der Vereinbarung" in text
    assert "§ 13 Abs. 2 Geändert" in text  # a clause cited as in German law
    for english in ("Review report", "Readiness over the years", "Changed", "Removed"):
        assert english not in text
    assert pdf == review.review_report(german_years.workspace, german_years.agreement_id)


def test_clauses_are_cited_in_the_librarys_own_way(
    german_years: History, three_years: History
) -> None:
    _, german = review.compare_versions(german_years.workspace, german_years.agreement_id, 1, 2)
    _, english = review.compare_versions(three_years.workspace, three_years.agreement_id, 1, 2)
    de, en = {c.id: c for c in german}["review.annual"], {c.id: c for c in english}["review.annual"]
    assert de.kind is ChangeKind.CHANGED and (de.number, de.ref) == ("(2)", "§ 13 Abs. 2")
    assert (en.number, en.ref) == ("13.2", "13.2")


def test_the_german_calendar(german_years: History, tmp_path: Path) -> None:
    path = tmp_path / "reviews.ics"
    stamp = dt.datetime(2028, 11, 20, 9, 0, tzinfo=dt.UTC)
    assert review.export_calendar(german_years.workspace, path, Language.DE, stamp) == 1
    (event,) = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert str(event["summary"]) == (
        "Überprüfung der Kooperationsvereinbarung "
        "„Kooperation in der Ausstiegs- und Distanzierungsarbeit“"
    )
    assert "(Brückenschlag / LKA Musterland)" in str(event["description"])


def test_long_chart_titles_go_on_two_lines_rather_than_being_cut() -> None:
    styles = document_styles()
    bold = styles.font("sans", bold=True)
    room = styles.frame_width / 4 - 4
    assert _title_lines("Vertrauen", bold, room) == [("Vertrauen", 7.5)]
    lines = _title_lines("Offenheit in der Zusammenarbeit", bold, room)
    assert [line for line, _ in lines] == ["Offenheit in der", "Zusammenarbeit"]
