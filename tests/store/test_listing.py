"""The list of agreements: latest versions only, filters, search, pages."""

from __future__ import annotations

import datetime as dt

import pytest

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.errors import UserError
from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.store.models import ListOrder, ListQuery
from coopbuilder.store.workspace import Workspace

TODAY = dt.date(2026, 11, 27)


def _add(workspace: Workspace, demo: Agreement, title: str, partner: str, review_in: int) -> str:
    agreement = demo.model_copy(deep=True)
    agreement.id = title.lower().replace(" ", "-")
    agreement.title = title
    agreement.partners[1].name = partner
    agreement.partners[1].short_name = ""
    agreement.effective_date = TODAY - dt.timedelta(days=300)
    agreement.next_review_date = TODAY + dt.timedelta(days=review_in)
    return workspace.agreements.create(agreement).agreement_id


@pytest.fixture
def filled(workspace: Workspace, demo: Agreement) -> Workspace:
    _add(workspace, demo, "Exit work Nord", "Polizeipräsidium Nord", 400)
    _add(workspace, demo, "Prison cooperation", "JVA Straße", 20)
    overdue = _add(workspace, demo, "Probation pilot", "Bewährungshilfe Süd", -5)
    signed = _add(workspace, demo, "Family counselling", "Jugendamt Musterstadt", 60)
    workspace.signing.mark_signed(signed, 1, 1)
    workspace.agreements.new_version(overdue)  # version 2 is the one listed
    return workspace


def _titles(workspace: Workspace, **wanted: object) -> list[str]:
    return [row.title for row in workspace.listing.page(ListQuery(**wanted)).rows]


def test_the_list_shows_the_latest_version_of_each_agreement(filled: Workspace) -> None:
    page = filled.listing.page()
    assert page.total == 4
    assert page.rows[0].title == "Probation pilot" and page.rows[0].number == 2  # last saved
    assert page.rows[0].partner_names == ["Brückenschlag", "Bewährungshilfe Süd"]
    assert {row.agreement_id for row in page.rows} == {
        "exit-work-nord",
        "prison-cooperation",
        "probation-pilot",
        "family-counselling",
    }


def test_filter_by_status(filled: Workspace) -> None:
    assert _titles(filled, status=AgreementStatus.SIGNED) == ["Family counselling"]
    assert len(_titles(filled, status=AgreementStatus.DRAFT)) == 3


def test_review_due_within_days_includes_overdue_ones(filled: Workspace) -> None:
    due = _titles(filled, due_within_days=30, today=TODAY, order=ListOrder.NEXT_REVIEW)
    assert due == ["Probation pilot", "Prison cooperation"]
    assert _titles(filled, due_within_days=0, today=TODAY) == ["Probation pilot"]
    assert len(_titles(filled, due_within_days=365, today=TODAY)) == 3


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("prison", ["Prison cooperation"]),
        ("PRÄSIDIUM", ["Exit work Nord"]),  # partner names, any case, umlauts too
        ("strasse", ["Prison cooperation"]),  # ß folds to ss
        ("brückenschlag süd", ["Probation pilot"]),  # every word must match
        ("100%_", []),  # LIKE wildcards are plain characters
    ],
)
def test_search_titles_and_partner_names(
    filled: Workspace, search: str, expected: list[str]
) -> None:
    assert _titles(filled, search=search) == expected


def test_only_agreements_in_force(filled: Workspace) -> None:
    assert _titles(filled, in_force=True) == ["Family counselling"]
    filled.agreements.new_version("family-counselling")  # a draft after the signed version
    assert _titles(filled, in_force=True) == ["Family counselling"]
    assert _titles(filled, in_force=True, status=AgreementStatus.DRAFT) == ["Family counselling"]


def test_a_search_text_is_at_most_200_characters(filled: Workspace) -> None:
    words = "prison " * 28 + "prison"  # 202 characters
    with pytest.raises(UserError, match="The search text has 202 characters; search with at most"):
        ListQuery(search=words)
    assert _titles(filled, search=words[:200]) == ["Prison cooperation"]  # 29 words: all match


def test_pages(filled: Workspace) -> None:
    first = filled.listing.page(ListQuery(limit=3))
    second = filled.listing.page(ListQuery(limit=3, offset=3))
    assert (first.total, len(first.rows), len(second.rows)) == (4, 3, 1)
    assert {r.agreement_id for r in first.rows}.isdisjoint(r.agreement_id for r in second.rows)
