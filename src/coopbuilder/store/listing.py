"""The list of agreements: filter by status and by review due, search titles and partner names.

It reads only the latest version row of each agreement, whose listing columns (partner names,
and a case-folded search text) are kept up to date on every save, and it is served by the
indexes on ``(is_latest, ...)``; no part table is read.
"""

from __future__ import annotations

import datetime as dt
from typing import TypeVarTuple

from sqlalchemy import Select, exists, func, nulls_last, select
from sqlalchemy.orm import aliased

from coopbuilder.core import clock
from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.store.database import Database
from coopbuilder.store.models import AgreementSummary, ListOrder, ListPage, ListQuery
from coopbuilder.store.repository import search_key
from coopbuilder.store.tables import VersionRow

_Columns = TypeVarTuple("_Columns")

_SUMMARY = (
    VersionRow.agreement_id,
    VersionRow.number,
    VersionRow.status,
    VersionRow.title,
    VersionRow.partner_names,
    VersionRow.next_review_date,
    VersionRow.saved_at,
    VersionRow.saved_by,
)


def _filtered(query: Select[*_Columns], wanted: ListQuery) -> Select[*_Columns]:
    query = query.where(VersionRow.is_latest)
    if wanted.status is not None:
        query = query.where(VersionRow.status == wanted.status.value)
    if wanted.due_within_days is not None:
        today = wanted.today or clock.today()
        query = query.where(
            VersionRow.next_review_date <= today + dt.timedelta(days=wanted.due_within_days),
            VersionRow.status != AgreementStatus.TERMINATED.value,
        )
    if wanted.in_force:
        signed = aliased(VersionRow)
        query = query.where(
            exists().where(
                signed.agreement_id == VersionRow.agreement_id,
                signed.status == AgreementStatus.SIGNED.value,
            ),
            VersionRow.status != AgreementStatus.TERMINATED.value,
        )
    for word in search_key(wanted.search).split():
        query = query.where(VersionRow.search_text.contains(word, autoescape=True))
    return query


class Listing:
    """The agreements of the workspace, a page at a time."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def page(self, wanted: ListQuery | None = None) -> ListPage:
        wanted = wanted or ListQuery()
        order = (
            (VersionRow.saved_at.desc(), VersionRow.agreement_id)
            if wanted.order is ListOrder.RECENT
            else (nulls_last(VersionRow.next_review_date.asc()), VersionRow.agreement_id)
        )
        rows_query = (
            _filtered(select(*_SUMMARY), wanted)
            .order_by(*order)
            .limit(wanted.limit)
            .offset(wanted.offset)
        )
        count_query = _filtered(select(func.count()).select_from(VersionRow), wanted)
        with self._db.transaction(write=False) as session:
            rows = [
                AgreementSummary.model_validate(dict(row))
                for row in session.execute(rows_query).mappings()
            ]
            total = session.scalar(count_query) or 0
        return ListPage(total=total, rows=rows)
