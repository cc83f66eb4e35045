"""The tables of a review: what became of the actions, and what changed between two versions
(sharing rules, contacts and the rest, and the clauses of the agreement's text)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from markupsafe import Markup
from reportlab.platypus import Table

from coopbuilder.core.changes import Change
from coopbuilder.documents.clause_diff import ClauseChange, Segment
from coopbuilder.documents.markup import markup, paragraph
from coopbuilder.documents.review_view import View
from coopbuilder.documents.styles import Styles
from coopbuilder.documents.tables import Grid, lines, multiline


def outcomes_table(actions: Sequence[View], columns: Mapping[str, str], styles: Styles) -> Table:
    """Each action with owner and due date, its outcome (done, not done, dropped, or not
    decided yet: then with its status) and note."""
    grid = Grid(
        styles,
        [columns["action"], columns["owner"], columns["outcome"], columns["note"]],
        [2.5, 1.0, 0.8, 2.0],
    )
    for action in actions:
        outcome = action["outcome_label"]
        if action["outcome"] == "open" and action["status"] != outcome:
            outcome = lines(outcome, f"({action['status']})")
        grid.add(
            [
                action["text"],
                lines(action["owner"], action["due"]),
                multiline(outcome, "table", styles, bold_first=True),
                action["note"],
            ]
        )
    return grid.table()


def changes_table(
    changes: Sequence[Change], columns: Mapping[str, str], kinds: Mapping[str, str], styles: Styles
) -> Table:
    """One row per entry added, removed or changed, with the fields that changed."""
    grid = Grid(
        styles,
        [columns["part"], columns["entry"], columns["change"]],
        [1.3, 1.8, 3.2],
    )
    for change in changes:
        if change.kind.value == "changed":
            detail = "\n".join(f"{f.name}: {f.before} → {f.after}" for f in change.fields)
        else:
            detail = kinds[change.kind.value]
        grid.add([kinds[change.part.value], change.label, detail], bold_first=True)
    return grid.table()


def marked(segments: Sequence[Segment], styles: Styles) -> Markup:
    """Paragraph markup of a word-level change: removed words struck through in red, added
    words underlined in green, bold words in bold."""
    removed = styles.colour("removed").hexval()[2:]
    added = styles.colour("added").hexval()[2:]
    out = []
    for segment in segments:
        text = markup(segment.text)
        if segment.bold:
            text = Markup("<b>{}</b>").format(text)
        if segment.op == "removed":
            out.append(Markup('<font color="#{}"><strike>{}</strike></font>').format(removed, text))
        elif segment.op == "added":
            out.append(Markup('<font color="#{}"><u>{}</u></font>').format(added, text))
        else:
            out.append(text)
    return Markup(" ").join(out)


def contact_changes_table(
    changes: Sequence[Change], columns: Mapping[str, str], kinds: Mapping[str, str], styles: Styles
) -> Table:
    """The contacts added, removed or changed, each field with its old value struck through
    and its new one underlined (for the draft marked against the signed version)."""
    grid = Grid(styles, [columns["contact"], columns["change"]], [1.8, 4.5])
    for change in changes:
        rows = []
        for field in change.fields:
            segments = []
            if change.kind.value != "added":
                segments.append(Segment(op="removed", text=field.before))
            if change.kind.value != "removed":
                segments.append(Segment(op="added", text=field.after))
            rows.append(Markup("{}: {}").format(field.name, marked(segments, styles)))
        grid.add(
            [
                multiline(lines(change.label, kinds[change.kind.value]), "table", styles, True),
                paragraph(Markup("<br/>").join(rows), styles["table"]),
            ]
        )
    return grid.table()


def clause_changes_table(
    changes: Sequence[ClauseChange],
    columns: Mapping[str, str],
    kinds: Mapping[str, str],
    styles: Styles,
) -> Table:
    """One row per clause added, removed or changed, with its text marked word by word."""
    grid = Grid(styles, [columns["clause"], columns["text"]], [1.6, 4.7])
    for change in changes:
        where = lines(change.ref or change.number or change.heading, kinds[change.kind.value])
        grid.add(
            [
                multiline(where, "table", styles, bold_first=True),
                paragraph(marked(change.segments, styles), styles["table"]),
            ]
        )
    return grid.table()
