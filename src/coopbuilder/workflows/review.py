"""The annual review, from the workspace to the screen and the page: which reviews are due,
the comparison of a version with the earlier ones, the version's PDF with its review annex, the
review report, the calendar of the next reviews, and the changes between any two versions.

The CLI and the GUI call these; they gather what the documents need from the workspace and pass
it in explicitly, so the documents never read the workspace themselves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from pathlib import Path

from markupsafe import Markup

from coopbuilder.core import clock
from coopbuilder.core.agreement import Agreement
from coopbuilder.core.base import Model
from coopbuilder.core.calendar import ReviewDate, write_review_calendar
from coopbuilder.core.catalogue import Catalogue, default_catalogue
from coopbuilder.core.changes import Change, structural_changes
from coopbuilder.core.errors import UserError
from coopbuilder.core.history import YearPoint, history
from coopbuilder.core.review import (
    DUE_SOON_DAYS,
    DueState,
    ReviewContext,
    action_outcomes,
    due_state,
)
from coopbuilder.core.vocabulary import Language
from coopbuilder.documents.agreement import render_agreement
from coopbuilder.documents.clause_diff import ClauseChange, clause_changes
from coopbuilder.documents.jinja import Text
from coopbuilder.documents.layout import RenderResult
from coopbuilder.documents.review_report import Comparison, render_review_report
from coopbuilder.documents.templates import ClauseLibraries
from coopbuilder.store.models import (
    EDITABLE,
    AgreementSummary,
    ListOrder,
    ListQuery,
    StoredVersion,
    VersionInfo,
)
from coopbuilder.store.reviews import StoredReview
from coopbuilder.store.workspace import Workspace

PAGE = 1000


# -- which reviews are due ---------------------------------------------------------------------


class AgreementReviews(Model):
    """One agreement in the Reviews view: its latest version, where it stands with its next
    review, and the reviews held so far (oldest first)."""

    summary: AgreementSummary
    state: DueState
    days_left: int | None
    """Days from today to the next review; negative when overdue."""
    held: list[StoredReview]
    in_progress: StoredReview | None
    """The review whose draft is the latest version, while that draft is not signed."""


def _in_force(workspace: Workspace) -> list[AgreementSummary]:
    """The latest version of every agreement in force (signed, and not since terminated),
    earliest next review first. A review starts from a signed version: an agreement that was
    never signed has no review due, whatever next review date its draft names."""
    rows: list[AgreementSummary] = []
    while True:
        page = workspace.listing.page(
            ListQuery(in_force=True, order=ListOrder.NEXT_REVIEW, limit=PAGE, offset=len(rows))
        )
        rows.extend(page.rows)
        if not page.rows or len(rows) >= page.total:
            return rows


def review_overview(
    workspace: Workspace, today: dt.date | None = None, within_days: int = DUE_SOON_DAYS
) -> list[AgreementReviews]:
    """Every agreement in force, earliest next review first."""
    today = today or clock.today()
    out = []
    for summary in _in_force(workspace):
        held = workspace.reviews.reviews(summary.agreement_id)
        in_progress = next(
            (r for r in held if r.new_version == summary.number and summary.status in EDITABLE),
            None,
        )
        day = summary.next_review_date
        out.append(
            AgreementReviews(
                summary=summary,
                state=due_state(day, today, within_days, in_progress is not None),
                days_left=(day - today).days if day else None,
                held=held,
                in_progress=in_progress,
            )
        )
    return out


# -- the calendar ------------------------------------------------------------------------------


def _calendar_texts(
    language: Language, libraries: ClauseLibraries | None = None
) -> Mapping[str, Text]:
    """The calendar's texts in ``language``, in English where that library has none yet."""
    libraries = libraries or ClauseLibraries()
    texts = libraries.for_language(language).review_report
    return texts or libraries.for_language(Language.EN).review_report


def calendar_dates(
    workspace: Workspace,
    language: Language = Language.EN,
    libraries: ClauseLibraries | None = None,
) -> list[ReviewDate]:
    """One date per agreement in force with a next review (agreements never signed, and
    terminated ones, have none); the texts come from ``libraries`` (default: the shipped
    ones)."""
    texts = _calendar_texts(language, libraries)
    dates = []
    for summary in _in_force(workspace):
        if summary.next_review_date is None:
            continue
        values = {
            "title": summary.title,
            "version": summary.number,
            "partners": " / ".join(summary.partner_names),
        }
        dates.append(
            ReviewDate(
                agreement_id=summary.agreement_id,
                day=summary.next_review_date,
                summary=Markup(texts["calendar_summary"].render(values)).unescape(),
                description=Markup(texts["calendar_description"].render(values)).unescape(),
            )
        )
    return dates


def export_calendar(
    workspace: Workspace,
    path: Path,
    language: Language = Language.EN,
    stamp: dt.datetime | None = None,
    libraries: ClauseLibraries | None = None,
) -> int:
    """Write the next review dates to an .ics file (atomically); returns how many there are."""
    dates = calendar_dates(workspace, language, libraries)
    name = Markup(_calendar_texts(language, libraries)["calendar_name"].render({})).unescape()
    write_review_calendar(path, dates, name, stamp)
    return len(dates)


# -- one version compared with the earlier ones ------------------------------------------------


def starting_review(workspace: Workspace, agreement_id: str, number: int) -> StoredReview | None:
    """The review that started version ``number``, if a review did."""
    return next(
        (r for r in workspace.reviews.reviews(agreement_id) if r.new_version == number), None
    )


def reviewed_version(workspace: Workspace, agreement_id: str, number: int) -> Agreement | None:
    """The version a review started version ``number`` from (whose ratings the readiness page
    shows faintly beside the new ones), or ``None`` if no review started it."""
    review = starting_review(workspace, agreement_id, number)
    if review is None:
        return None
    return workspace.agreements.load(agreement_id, review.reviewed_version).agreement


def review_context(
    workspace: Workspace, agreement_id: str, number: int, agreement: Agreement | None = None
) -> ReviewContext | None:
    """What the review annex of version ``number`` shows (``None``: no review started it)."""
    review = starting_review(workspace, agreement_id, number)
    if review is None:
        return None
    reviewed = workspace.agreements.load(agreement_id, review.reviewed_version).agreement
    current = agreement or workspace.agreements.load(agreement_id, number).agreement
    return _context(review, reviewed, current)


def signed_base(workspace: Workspace, agreement_id: str, number: int) -> Agreement:
    """The signed version that version ``number`` was made from (the one its review started
    from, else the one it was edited from), to mark the draft's changes against."""
    review = starting_review(workspace, agreement_id, number)
    base = review.reviewed_version if review is not None else None
    if base is None:
        base = workspace.agreements.load(agreement_id, number).based_on
    if base is None:
        raise UserError(
            "Version {number} was not made from a signed version, so it has no changes to "
            "show; the changes are marked in a new version made at a review or from a signed "
            "version.",
            number=number,
        )
    return workspace.agreements.load(agreement_id, base).agreement


def _context(review: StoredReview, reviewed: Agreement, current: Agreement) -> ReviewContext:
    return ReviewContext(
        record=review.record,
        reviewed_version=review.reviewed_version,
        outcomes=action_outcomes(reviewed, current),
    )


def _points(
    workspace: Workspace, stored: StoredVersion, reviews: list[StoredReview]
) -> list[tuple[YearPoint, Agreement]]:
    """The assessed versions up to ``stored``: every version that was signed, and ``stored``
    itself; each dated by :func:`_version_date`."""
    number = stored.number
    started = {r.new_version: r.record.held_on for r in reviews if r.new_version is not None}
    chosen: list[VersionInfo] = [
        v
        for v in workspace.agreements.versions(stored.agreement_id)
        if v.number == number or (v.number < number and not v.is_editable)
    ]
    points = []
    for v in chosen:
        agreement = (
            stored.agreement
            if v.number == number
            else workspace.agreements.load(stored.agreement_id, v.number).agreement
        )
        signed = [
            s.record.signed_on for s in workspace.signing.signatures(v.agreement_id, v.number)
        ]
        on = _version_date(signed, started.get(v.number), agreement, v)
        points.append((YearPoint(number=v.number, status=v.status, on=on), agreement))
    return points


def _version_date(
    signed: list[dt.date], review: dt.date | None, agreement: Agreement, version: VersionInfo
) -> dt.date:
    """The day a version stands for: the day its last signature was given (an agreement signed
    in ink years before it was entered is dated by its signing), else the day of the review that
    started it, else the day it takes effect, else the day it was entered."""
    if signed:
        return max(signed)
    if review is not None:
        return review
    if agreement.effective_date is not None:
        return agreement.effective_date
    return version.created_at.date()


def version_changes(
    old: Agreement,
    new: Agreement,
    catalogue: Catalogue | None = None,
    language: Language | None = None,
    dates: Callable[[dt.date], str] | None = None,
) -> tuple[list[Change], list[ClauseChange]]:
    """What changed from one version to another, in structure (in ``language``, dates as
    ``dates`` writes them; else as the newer version's documents have them) and in the text."""
    return structural_changes(old, new, language, dates), clause_changes(old, new, catalogue)


def compare_versions(
    workspace: Workspace, agreement_id: str, first: int, second: int
) -> tuple[list[Change], list[ClauseChange]]:
    """``coopbuilder diff``: the changes from version ``first`` to version ``second``."""
    old = workspace.agreements.load(agreement_id, first).agreement
    new = workspace.agreements.load(agreement_id, second).agreement
    return version_changes(old, new)


def comparison(
    workspace: Workspace,
    agreement_id: str,
    number: int | None = None,
    catalogue: Catalogue | None = None,
    language: Language | None = None,
    dates: Callable[[dt.date], str] | None = None,
) -> Comparison:
    """Version ``number`` (default: the latest) compared with the earlier ones: with the
    version its review started from (else the version before it), and over the years. The
    changes in structure are worded in ``language`` with dates as ``dates`` writes them (the
    desktop program's), else as the version's documents have them."""
    catalogue = catalogue or default_catalogue()
    stored = workspace.agreements.load(agreement_id, number)
    agreement = stored.agreement
    reviews = workspace.reviews.reviews(agreement_id)
    points = _points(workspace, stored, reviews)
    loaded = {point.number: version for point, version in points}

    def version(n: int) -> Agreement:
        if n not in loaded:
            loaded[n] = workspace.agreements.load(agreement_id, n).agreement
        return loaded[n]

    review = next((r for r in reviews if r.new_version == stored.number), None)
    context = _context(review, version(review.reviewed_version), agreement) if review else None
    earlier = context.reviewed_version if context else stored.based_on
    if earlier is None and stored.number > 1:
        earlier = stored.number - 1
    changes: tuple[Change, ...] = ()
    clauses: tuple[ClauseChange, ...] = ()
    if earlier is not None:
        old = version(earlier)
        found, found_clauses = version_changes(old, agreement, catalogue, language, dates)
        changes, clauses = tuple(found), tuple(found_clauses)
    return Comparison(
        agreement=agreement,
        earlier=earlier,
        review=context,
        history=history(points, catalogue),
        changes=changes,
        clause_changes=clauses,
    )


def render_version(
    workspace: Workspace, agreement_id: str, number: int | None = None
) -> RenderResult:
    """A stored version's agreement PDF, with its review annex if a review started it."""
    stored = workspace.agreements.load(agreement_id, number)
    review = review_context(workspace, agreement_id, stored.number, stored.agreement)
    return render_agreement(stored.agreement, review=review)


def review_report(workspace: Workspace, agreement_id: str, number: int | None = None) -> bytes:
    """The review report PDF of a version (default: the latest)."""
    return render_review_report(comparison(workspace, agreement_id, number))
