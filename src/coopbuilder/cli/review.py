"""Commands of the annual review: ``reviews`` (due, overdue and held), ``diff`` (what changed
between two versions, in structure and in text) and ``calendar`` (the next review dates as an
.ics file). They use the workspace named by the global ``--workspace`` option."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from coopbuilder.cli.common import EXIT_OK, agreement_id, format_table, version_number
from coopbuilder.cli.workspace import days, label, open_workspace
from coopbuilder.core.vocabulary import DUE_SOON_DAYS

if TYPE_CHECKING:
    from coopbuilder.core.changes import Change
    from coopbuilder.core.review import DueState

# The review's models load when a command runs, not when the command line is built.


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    reviews = commands.add_parser(
        "reviews", help="list the reviews due (and overdue), and the reviews held"
    )
    reviews.add_argument(
        "--due-within",
        type=days,
        default=DUE_SOON_DAYS,
        metavar="DAYS",
        help=f"reviews due within DAYS days (default {DUE_SOON_DAYS}); overdue ones too",
    )
    reviews.set_defaults(run=_reviews)

    diff = commands.add_parser(
        "diff",
        help="show what changed between two versions of an agreement",
        description="Show what changed from VERSION_A to VERSION_B of agreement ID: partners, "
        "sharing rules, contacts and the rest, field by field, and the agreement's text, "
        "clause by clause, with removed words in [-...-] and added words in {+...+}.",
    )
    diff.add_argument(
        "id", type=agreement_id, metavar="ID", help="the agreement (see 'coopbuilder list')"
    )
    diff.add_argument("first", type=version_number, metavar="VERSION_A")
    diff.add_argument("second", type=version_number, metavar="VERSION_B")
    diff.set_defaults(run=_diff)

    calendar = commands.add_parser(
        "calendar", help="write the next review dates to an iCalendar (.ics) file"
    )
    calendar.add_argument("out", type=Path, metavar="OUT.ics", help="the file to write")
    calendar.set_defaults(run=_calendar)


def _when(state: DueState, days: int | None) -> str:
    from coopbuilder.core.review import DueState

    if days is None:
        return label(state)
    if state is DueState.OVERDUE:
        return f"overdue by {-days} day{'s' if days != -1 else ''}"
    if state is DueState.IN_PROGRESS:
        return label(state)
    return "today" if days == 0 else f"in {days} day{'s' if days != 1 else ''}"


def _reviews(args: argparse.Namespace) -> int:
    from coopbuilder.core import clock
    from coopbuilder.core.review import DueState
    from coopbuilder.workflows.review import review_overview

    with open_workspace(args.workspace) as workspace:
        overview = review_overview(workspace, clock.today(), args.due_within)
    soon = (DueState.OVERDUE, DueState.DUE, DueState.IN_PROGRESS)
    due = [a for a in overview if a.state in soon]
    print(f"Reviews due within {args.due_within} days, overdue or in progress:")
    if due:
        rows = [
            [
                a.summary.agreement_id,
                str(a.summary.number),
                a.summary.next_review_date.isoformat() if a.summary.next_review_date else "-",
                _when(a.state, a.days_left),
                f"{a.summary.title} ({' / '.join(a.summary.partner_names)})",
            ]
            for a in due
        ]
        print(format_table(["ID", "Version", "Next review", "Due", "Title (partners)"], rows))
    else:
        print("None.")
    held = [(a, r) for a in overview for r in a.held]
    held.sort(key=lambda pair: pair[1].record.held_on, reverse=True)
    print("\nReviews held:")
    if held:
        rows = [
            [
                a.summary.agreement_id,
                r.record.held_on.isoformat(),
                label(r.record.kind),
                f"{r.reviewed_version} -> {r.new_version or '-'}",
                a.summary.title,
            ]
            for a, r in held
        ]
        print(format_table(["ID", "Held on", "Kind", "Versions", "Title"], rows))
    else:
        print("None.")
    return EXIT_OK


def format_changes(changes: Sequence[Change]) -> list[str]:
    from coopbuilder.core.changes import ChangeKind

    out = []
    for change in changes:
        out.append(f"{label(change.kind)}: {label(change.part)} '{change.label}'")
        if change.kind is ChangeKind.CHANGED:
            out.extend(f"    {f.name}: {f.before} -> {f.after}" for f in change.fields)
    return out


def _diff(args: argparse.Namespace) -> int:
    from coopbuilder.workflows.review import compare_versions

    with open_workspace(args.workspace) as workspace:
        changes, clauses = compare_versions(workspace, args.id, args.first, args.second)
    print(f"Changes from version {args.first} to version {args.second}")
    print("\nStructure:")
    print("\n".join(format_changes(changes)) if changes else "No changes.")
    print("\nText of the agreement:")
    if not clauses:
        print("No changes.")
    for clause in clauses:
        where = f"{clause.number} " if clause.number else ""
        print(f"{label(clause.kind)}: {where}{clause.id} ({clause.heading})")
        marked = []
        for segment in clause.segments:
            if segment.op == "removed":
                marked.append(f"[-{segment.text}-]")
            elif segment.op == "added":
                marked.append(f"{{+{segment.text}+}}")
            else:
                marked.append(segment.text)
        for line in " ".join(marked).splitlines():
            print(f"    {line.strip()}")
    return EXIT_OK


def _calendar(args: argparse.Namespace) -> int:
    from coopbuilder.workflows.review import export_calendar

    with open_workspace(args.workspace) as workspace:
        count = export_calendar(workspace, args.out)
    print(f"Wrote {count} review date{'s' if count != 1 else ''} to {args.out}.")
    return EXIT_OK
