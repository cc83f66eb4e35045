"""Answers across catalogue versions: what last year's ratings say against this year's
statements.

An agreement keeps the catalogue version it was rated against (and scores as it did). When a
review starts a new draft, the draft is rated against the current catalogue; last year's answer
to a statement whose meaning is the same (``same_as`` in the catalogue) is shown beside the new
statement, and a statement that replaces an old one with a changed meaning (``split_from``) says
so instead of showing an answer to a different question.
"""

from __future__ import annotations

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.assessment import Assessment
from coopbuilder.core.catalogue import (
    Catalogue,
    StatementChange,
    shipped_catalogue,
    statement_changes,
)


def replaced_statements(agreement: Agreement, current: Catalogue) -> list[StatementChange]:
    """The statements ``agreement`` was rated on that ``current`` replaced with a changed
    meaning (none when it is rated against ``current`` itself)."""
    if agreement.catalogue_version == current.catalogue_version:
        return []
    old = shipped_catalogue(agreement.catalogue_version)
    return [c for c in statement_changes(old, current) if c.replaced]


def answers_against(agreement: Agreement, current: Catalogue) -> Agreement:
    """A copy of ``agreement`` whose ratings read against ``current``: a rating of a statement
    with the same meaning there is kept under that statement's id; a rating of a statement whose
    meaning changed is left out (see :func:`reworded`). ``agreement`` is left as it is."""
    if agreement.catalogue_version == current.catalogue_version:
        return agreement
    carried = {
        c.old_id: c.carried_to
        for c in statement_changes(shipped_catalogue(agreement.catalogue_version), current)
    }
    ratings = [
        rating.model_copy(update={"statement_id": carried[rating.statement_id]})
        for rating in agreement.assessment.ratings
        if carried.get(rating.statement_id) is not None
    ]
    copy = agreement.model_copy(deep=True)
    copy.catalogue_version = current.catalogue_version
    copy.assessment = Assessment(ratings=ratings)
    return copy


def reworded(earlier_version: int, current: Catalogue) -> dict[str, str]:
    """The statements of ``current`` that replace a statement of ``earlier_version`` with a
    changed meaning, each with the earlier statement's id (empty for the same version)."""
    if earlier_version == current.catalogue_version:
        return {}
    return {
        s.id: s.split_from
        for p in current.preconditions
        for s in p.statements
        if s.split_from is not None
    }
