"""Workspaces with agreements in them, for the main window's tests (and the screenshots)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coopbuilder.core import clock
from coopbuilder.core.demo import demo_agreement
from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.store.connection import open_workspace

STOCK = (
    # title, NGO, agency, status, next review in days from today
    ("Exit counselling in Nürnberg", "Brückenschlag e.V.", "LKA Musterland",
     AgreementStatus.DRAFT, 200),
    ("Family counselling in Fürth", "Ausweg e.V.", "Police Headquarters Fürth",
     AgreementStatus.SIGNED, -12),
    ("Prison leavers in Bamberg", "Neustart e.V.", "JVA Bamberg",
     AgreementStatus.READY_TO_SIGN, 20),
)  # fmt: skip


def stock_workspace(path: Path, today: dt.date | None = None) -> dict[str, str]:
    """A workspace file with the three STOCK agreements; their ids by title."""
    today = today or clock.today()
    ids = {}
    with open_workspace(path) as workspace:
        for title, ngo, agency, status, review_in in STOCK:
            agreement = demo_agreement("en", today=today - dt.timedelta(days=300))
            agreement.title = title
            agreement.partners[0].name, agreement.partners[0].short_name = ngo, ngo
            agreement.partners[1].name, agreement.partners[1].short_name = agency, agency
            agreement.next_review_date = today + dt.timedelta(days=review_in)
            agreement.status = status
            ids[title] = workspace.agreements.create(agreement).agreement_id
    return ids
