"""The agreement's tables, built from the template context: the column headings come from the
clause library, the cells from the agreement. Long tables break across pages and repeat their
heading row."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import Any

from markupsafe import Markup
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from reportlab.platypus.tables import CellStyle

from coopbuilder.documents.context import View
from coopbuilder.documents.markup import paragraph, plain
from coopbuilder.documents.styles import Styles

Cell = Any  # a text or a reportlab flowable (reportlab is untyped)
Words = Callable[..., str]


def para(text: str, style: str, styles: Styles) -> Paragraph:
    """A paragraph of ``text`` in the named style: plain text is escaped, :class:`Markup`
    (from the clause library) is taken as it is (see :mod:`markup`)."""
    return paragraph(text, styles[style])


TALL_LINES = 30
"""A cell that may need more lines than this may make its row taller than a page."""


def cell_font(styles: Styles, name: str = "body") -> tuple[Any, ...]:
    """The table style command that sets every cell's font to the paragraph style ``name``'s.
    Every table needs one: a cell's font is otherwise reportlab's Helvetica, which then stands,
    unused and not embedded, in the PDF's fonts."""
    style = styles[name]
    return ("FONT", (0, 0), (-1, -1), style.fontName, style.fontSize, style.leading)


class Grid:
    """A table with a heading row, optional group rows, zebra stripes and fixed column widths
    (fractions of the frame width). Headings and cells are plain text or :class:`Markup`, as
    everywhere (:mod:`markup`): a partner's name as a heading is printed as it was typed."""

    def __init__(self, styles: Styles, headings: Sequence[str], widths: Sequence[float]) -> None:
        self.styles = styles
        self.widths = [w * styles.frame_width / sum(widths) for w in widths]
        self.rows: list[list[Cell]] = [[para(h, "table_head", styles) for h in headings]]
        self.groups: list[int] = []
        self.bold: list[tuple[int, int]] = []
        self.tall = False
        """Whether a row may be taller than a page (then it may break inside; laying out a
        table that may do so takes longer, so only such a table does)."""

    def add(self, cells: Sequence[Any], bold_first: bool = False) -> None:
        """Add a row. A text cell may hold several lines ("\n"); one that fits its column is
        drawn as it is, a longer one becomes a paragraph that wraps (much slower to lay out)."""
        row: list[Cell] = []
        index = len(self.rows)
        for column, cell in enumerate(cells):
            self.tall = self.tall or self._may_be_tall(cell, column)
            if isinstance(cell, Flowable):
                row.append(cell)
                continue
            if isinstance(cell, Markup):
                row.append(paragraph(cell, self.styles["table"]))
                continue
            text = str(cell)
            style = self.styles["table_bold" if bold_first and column == 0 else "table"]
            room = self.widths[column] - 2 * self.styles.data.tables.padding
            if all(
                stringWidth(line, style.fontName, style.fontSize) <= room
                for line in text.split("\n")
            ):
                row.append(text)
                if style.fontName != self.styles["table"].fontName:
                    self.bold.append((column, index))
            else:
                row.append(paragraph(text, style))
        self.rows.append(row + [""] * (len(self.widths) - len(row)))

    def _may_be_tall(self, cell: Any, column: int) -> bool:
        """Whether a cell might need more lines than fit a page (a generous guess: every
        character as wide as 0.6 of the font size)."""
        text: object = cell.getPlainText() if isinstance(cell, Paragraph) else cell
        if not isinstance(text, str):
            return False
        size = float(self.styles["table"].fontSize)
        return len(text) * 0.6 * size / self.widths[column] + text.count("\n") > TALL_LINES

    def group(self, text: str) -> None:
        self.groups.append(len(self.rows))
        self.rows.append([para(text, "table_bold", self.styles)] + [""] * (len(self.widths) - 1))

    def __len__(self) -> int:
        return len(self.rows) - 1

    def table(self) -> Table:
        styles = self.styles
        commands: list[tuple[Any, ...]] = [  # font, colour and padding: see _grid_cell
            ("BACKGROUND", (0, 0), (-1, 0), styles.colour("table_header")),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, styles.colour("accent")),
            ("LINEBELOW", (0, 1), (-1, -1), styles.data.tables.grid_width, styles.colour("grid")),
        ]
        bold = styles["table_bold"].fontName
        commands.extend(("FONTNAME", cell, cell, bold) for cell in self.bold)
        stripe = False
        for index in range(1, len(self.rows)):
            if index in self.groups:
                commands.append(("SPAN", (0, index), (-1, index)))
                commands.append(
                    ("BACKGROUND", (0, index), (-1, index), styles.colour("table_group"))
                )
                stripe = False
                continue
            if stripe:
                commands.append(
                    ("BACKGROUND", (0, index), (-1, index), styles.colour("table_stripe"))
                )
            stripe = not stripe
        cell = _grid_cell(styles)
        columns = range(len(self.widths))
        table = Table(
            self.rows,
            cellStyles=[[cell(repr((i, j))) for j in columns] for i in range(len(self.rows))],
            normalizedData=1,  # every cell is already a text or a flowable, never None
            colWidths=self.widths,
            repeatRows=1,
            splitInRow=1 if self.tall else 0,
            spaceBefore=styles.data.tables.space_before,
            spaceAfter=styles.data.tables.space_after,
            hAlign="LEFT",
        )
        table.setStyle(TableStyle(commands))
        return table


@cache
def _grid_cell(styles: Styles) -> type[CellStyle]:
    """How every cell of a grid starts: the table font, its colour, top-aligned, the padding.
    Given as each cell's style rather than as commands for every cell, which reportlab would
    apply cell by cell (a tenth of the program's work on a document)."""
    pad = styles.data.tables.padding
    text = styles["table"]
    return type(
        "GridCell",
        (CellStyle,),
        {
            "fontname": text.fontName,
            "fontsize": text.fontSize,
            "leading": text.leading,
            "color": colors.toColor(text.textColor, colors.Color(0, 0, 0)),
            "valign": "TOP",
            "leftPadding": pad,
            "rightPadding": pad,
            "topPadding": pad - 0.5,
            "bottomPadding": pad + 0.5,
        },
    )


def lines(*parts: str) -> str:
    """Join the non-empty parts, one per line in the cell."""
    return "\n".join(p for p in parts if p)


def multiline(text: str, style: str, styles: Styles, bold_first: bool = False) -> Paragraph:
    """The lines of ``text`` in one paragraph, the first in bold with ``bold_first``."""
    rows = [Markup.escape(line) for line in text.split("\n") if line]
    if bold_first and rows:
        rows[0] = Markup("<b>{}</b>").format(rows[0])
    return paragraph(Markup("<br/>").join(rows), styles[style])


# -- the standard operating procedures -------------------------------------------------------


def _lowest_level(contacts: list[View]) -> list[View]:
    if not contacts:
        return []
    level = min(c["level"] for c in contacts)
    return [c for c in contacts if c["level"] == level]


def _people(contacts: list[View]) -> str:
    by_role: dict[str, list[str]] = {}
    for contact in contacts:
        by_role.setdefault(contact["role"], []).append(contact["name"])
    return "\n".join(f"{role}: {', '.join(names)}" for role, names in by_role.items())


def sop_parties(rule: View, contacts: list[View]) -> tuple[list[View], list[View]]:
    """Who informs and whom, for one sharing rule: the recipient's contacts in the roles the
    rule names, never anyone in their place (a role without a contact is a gap, see
    :func:`roles_without_contact`); where the rule names no role, the recipient's first level
    (on a trigger its 24/7 contacts). Then the sender's contacts on the same level (on a
    trigger, those reachable 24/7)."""
    trigger = rule["when"] == "on_trigger"
    sender = [c for c in contacts if c["partner"]["id"] == rule["sender"]["id"]]
    recipient = [c for c in contacts if c["partner"]["id"] == rule["recipient"]["id"]]
    roles = {r.strip().casefold() for r in rule["recipient_roles"] if r.strip()}
    if roles:
        whom = [c for c in recipient if c["role"].casefold() in roles]
    else:
        pool = [c for c in recipient if c["round_the_clock"]] if trigger else recipient
        whom = _lowest_level(pool or recipient)
    levels = {c["level"] for c in whom}
    pool = [c for c in sender if c["round_the_clock"]] if trigger else sender
    who = [c for c in pool if c["level"] in levels] or _lowest_level(pool or sender)
    return who, whom


def roles_without_contact(rule: View, contacts: list[View]) -> list[str]:
    """The recipient roles a rule names that no contact of the recipient holds."""
    held = {c["role"].casefold() for c in contacts if c["partner"]["id"] == rule["recipient"]["id"]}
    return [r for r in rule["recipient_roles"] if r.strip() and r.strip().casefold() not in held]


def sop_tables(
    context: Mapping[str, Any], columns: Mapping[str, str], styles: Styles, word: Words
) -> list[Flowable]:
    """One table per direction, under a heading that names the sender and the recipient; a
    recipient role without a contact is shown as a gap (the word ``no_contact``)."""
    out: list[Flowable] = []
    for flow in context["flows"]:
        grid = Grid(
            styles,
            [columns["who"], columns["whom"], columns["what"], columns["when"]],
            [1.2, 1.3, 1.3, 1.5],
        )
        for rule in flow["rules"]:
            who, whom = sop_parties(rule, context["contacts"])
            when = lines(
                rule["when_label"],
                ", ".join(p for p in (rule["trigger_label"], rule["threshold_label"]) if p),
                ", ".join(p for p in (rule["channel_label"], rule["safeguards"]) if p),
            )
            gaps = [
                word("no_contact", role=role)
                for role in roles_without_contact(rule, context["contacts"])
            ]
            # a duty the law puts on each person (§ 138 StGB) is not a coordinator's to discharge
            informs = word("each_person") if rule["personal_duty"] else _people(who)
            grid.add(
                [
                    informs,
                    lines(_people(whom), *gaps),
                    rule["category"],
                    when,
                ]
            )
        heading = f"{flow['sender']['name']} → {flow['recipient']['name']}"
        out.append(para(heading, "table_caption", styles))
        out.append(grid.table())
    return out


# -- contacts, meetings, further actors, indicators ------------------------------------------


def escalation_table(
    context: Mapping[str, Any], columns: Mapping[str, str], styles: Styles
) -> Table:
    grid = Grid(
        styles,
        [columns["level"], columns["contact"], columns["availability"], columns["deputy"]],
        [1.2, 2.0, 0.8, 1.6],
    )
    for partner in context["partners"]:
        contacts = sorted(
            (c for c in context["contacts"] if c["partner"]["id"] == partner["id"]),
            key=lambda c: c["level"],
        )
        if not contacts:
            continue
        grid.group(partner["name"])
        for c in contacts:
            grid.add(
                [
                    c["level_label"],
                    multiline(lines(c["name"], c["role"]), "table", styles, True),
                    c["availability_label"],
                    lines(c["deputy"], c["deputy_role"]),
                ]
            )
    return grid.table()


def contact_list_table(
    context: Mapping[str, Any], columns: Mapping[str, str], styles: Styles
) -> Table:
    keys = ("level", "role", "name", "reach", "availability", "deputy")
    grid = Grid(styles, [columns[k] for k in keys], [0.45, 1.1, 1.1, 2.25, 0.75, 0.95])
    for partner in context["partners"]:
        contacts = sorted(
            (c for c in context["contacts"] if c["partner"]["id"] == partner["id"]),
            key=lambda c: c["level"],
        )
        if contacts:
            grid.group(partner["name"])
        for c in contacts:
            grid.add(
                [
                    str(c["level"]),
                    c["role"],
                    c["name"],
                    lines(c["phone"], c["email"]),
                    c["availability_label"],
                    c["deputy"],
                ],
            )
    return grid.table()


def meetings_table(context: Mapping[str, Any], columns: Mapping[str, str], styles: Styles) -> Table:
    keys = ("format", "cadence", "participants", "note")
    grid = Grid(styles, [columns[k] for k in keys], [1.0, 0.75, 2.0, 1.75])
    for m in context["meetings"]:
        grid.add([m["kind_label"], m["cadence_label"], m["participants"], m["note"]], True)
    return grid.table()


def further_actors_table(
    context: Mapping[str, Any], columns: Mapping[str, str], styles: Styles
) -> Table:
    grid = Grid(
        styles, [columns["actor"], columns["when"], columns["may_receive"]], [1.6, 1.7, 1.7]
    )
    for actor in context["further_actors"]:
        grid.add(
            [
                multiline(
                    lines(actor["name"], actor["kind_label"], actor["contact"]),
                    "table",
                    styles,
                    True,
                ),
                actor["when_involved"],
                actor["may_receive"],
            ]
        )
    return grid.table()


def indicators_table(
    context: Mapping[str, Any], columns: Mapping[str, str], styles: Styles
) -> Table:
    grid = Grid(
        styles, [columns["indicator"], columns["measure"], columns["target"]], [1.5, 2.8, 0.9]
    )
    for item in context["indicators"]:
        grid.add([item["name"], item["measure"], item["target"]], True)
    return grid.table()


# -- the sharing matrix and the disclosure log -----------------------------------------------


def sharing_matrix_table(
    context: Mapping[str, Any], columns: Mapping[str, str], styles: Styles, words: Words
) -> Table:
    keys = ("number", "category", "direction", "when", "basis", "retention")
    grid = Grid(styles, [columns[k] for k in keys], [0.3, 1.45, 1.2, 1.25, 1.75, 1.15])
    for rule in context["rules"]:
        when = lines(
            rule["when_label"],
            ", ".join(p for p in (rule["trigger_label"], rule["threshold_label"]) if p),
            rule["channel_label"],
        )
        if not rule["personal_data"]:
            basis = words("no_personal_data")
        elif rule["when"] == "never":
            basis = rule["basis"]
        else:
            basis = rule["basis"] or plain(columns["open"])
        recipients = plain(columns["recipients"])
        recipients = f"{recipients}: {rule['recipients']}" if rule["recipients"] else ""
        grid.add(
            [
                str(rule["number"]),
                lines(rule["category"], words("sensitive") if rule["sensitive"] else ""),
                lines(f"{rule['sender']['label']} → {rule['recipient']['label']}", recipients),
                when,
                lines(basis, rule["collection"], rule["note"]),
                lines(rule["retention"], rule["safeguards"]),
            ]
        )
    return grid.table()


def disclosure_log_table(columns: Mapping[str, str], rows: Sequence[str], styles: Styles) -> Table:
    grid = Grid(styles, [columns["field"], columns["entry"]], [2.0, 3.0])
    for row in rows:
        grid.add([para(row, "table", styles), ""])
    table = grid.table()
    table.setStyle(
        TableStyle(
            [
                ("BOTTOMPADDING", (0, 1), (-1, -1), 14),
                ("LINEAFTER", (0, 0), (0, -1), 0.4, styles.colour("grid")),
                ("BOX", (0, 0), (-1, -1), 0.6, styles.colour("rule")),
            ]
        )
    )
    return table
