"""Step 2, Readiness: both partners rate every statement, side by side.

One precondition at a time (chosen in the list on the left, which shows how much each partner
has rated). Every statement has one rating control and one note per partner. With the keyboard:
digits rate, Up and Down go to the statement above or below (on into the next precondition),
Left and Right go to the other partner's rating.

The page shows the statements of the catalogue version the agreement is rated against (an
agreement rated last year against an earlier version keeps it, and the page says which of its
statements have been replaced since). In a version a review started, last time's answers show
beside the statements of the same meaning; a statement whose meaning changed says so instead.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.assessment import Assessment, Rating
from coopbuilder.core.carry_over import answers_against, replaced_statements, reworded
from coopbuilder.core.catalogue import (
    CURRENT_VERSION,
    Catalogue,
    Precondition,
    catalogue_for,
    default_catalogue,
)
from coopbuilder.core.parties import Partner
from coopbuilder.ui.background import Background
from coopbuilder.ui.dialogs import Dialogs
from coopbuilder.ui.widgets.fields import LineEdit, hint, line_edit
from coopbuilder.ui.widgets.rating import DONT_KNOW, NOT_APPLICABLE, RatingControl
from coopbuilder.ui.widgets.stack import put_in_place
from coopbuilder.ui.wizard.page import WizardPage
from coopbuilder.ui.wizard.rating_import import RatingImport


@dataclass
class StatementRow:
    statement_id: str
    precondition: Precondition
    number: int
    text: QLabel
    ratings: tuple[RatingControl, RatingControl]
    notes: tuple[LineEdit, LineEdit]
    last_time: tuple[QLabel, QLabel]
    """Last time's rating of each partner, shown faintly (in a version a review started)."""


def _shown_answer(found: Rating | None) -> tuple[int | None, str]:
    """What a rating control and its note show for a partner's rating (``None``: not
    rated)."""
    if found is None:
        return None, ""
    if found.not_applicable:
        return NOT_APPLICABLE, found.note
    return (DONT_KNOW if found.value is None else found.value), found.note


class PreconditionPanel(QWidget):
    """The statements of one precondition, with both partners' ratings and notes."""

    def __init__(self, precondition: Precondition, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.precondition = precondition
        self.name = QLabel(self)
        self.name.setTextFormat(Qt.TextFormat.RichText)
        self.about = hint("", self)
        self.partner_labels = (QLabel(self), QLabel(self))
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        for column, label in enumerate(self.partner_labels):
            label.setTextFormat(Qt.TextFormat.RichText)
            grid.addWidget(label, 0, column)
            grid.setColumnStretch(column, 1)
        self.rows: list[StatementRow] = []
        for number, statement in enumerate(precondition.statements, start=1):
            line = QFrame(self)
            line.setFrameShape(QFrame.Shape.HLine)
            line.setFrameShadow(QFrame.Shadow.Sunken)
            text = QLabel(self)
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            base = 1 + (number - 1) * 3
            grid.addWidget(line, base, 0, 1, 2)
            grid.addWidget(text, base + 1, 0, 1, 2)
            ratings, notes, last_time = [], [], []
            for column in (0, 1):
                rating = RatingControl(self)
                last = QLabel(self)
                last.setTextFormat(Qt.TextFormat.PlainText)
                last.setWordWrap(True)
                last.setForegroundRole(QPalette.ColorRole.PlaceholderText)
                last.hide()
                note = line_edit(self)
                note.setPlaceholderText(self.tr("Note (optional)"))
                note.setMinimumWidth(note.fontMetrics().averageCharWidth() * 16)
                # last time's rating under the buttons, not beside them: a long one ("don't
                # know", "statement reworded") squeezes nothing, in German and on a projector
                cell = QVBoxLayout()
                given = QHBoxLayout()
                given.addWidget(rating, 0)
                given.addStretch(1)
                cell.addLayout(given)
                cell.addWidget(last)
                cell.addWidget(note)
                grid.addLayout(cell, base + 2, column)
                ratings.append(rating)
                notes.append(note)
                last_time.append(last)
            self.rows.append(
                StatementRow(
                    statement.id,
                    precondition,
                    number,
                    text,
                    (ratings[0], ratings[1]),
                    (notes[0], notes[1]),
                    (last_time[0], last_time[1]),
                )
            )
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.about)
        layout.addLayout(grid)
        layout.addStretch(1)

    def show_last_time(
        self,
        previous: Agreement | None,
        partners: list[Partner],
        language: str,
        changed: dict[str, str] | None = None,
    ) -> None:
        """Last time's ratings faintly under the rating controls (hidden without them).
        ``previous`` reads against this page's catalogue; ``changed`` holds the statements that
        replace one of last time's with a changed meaning (their answer does not carry over)."""
        changed = changed or {}
        for row in self.rows:
            statement = next(s for s in self.precondition.statements if s.id == row.statement_id)
            for partner, rating, label in zip(partners, row.ratings, row.last_time, strict=True):
                if previous is None:
                    label.hide()
                    rating.describe(statement.text.get(language))
                    continue
                found = previous.assessment.rating(partner.id, row.statement_id)
                if row.statement_id in changed:
                    value = self.tr("new question")
                elif found is None:
                    value = self.tr("not rated")
                elif found.not_applicable:
                    value = self.tr("not applicable")
                else:
                    value = self.tr("don't know") if found.value is None else str(found.value)
                text = self.tr("Last time: {value}").format(value=value)
                label.setText(text)
                label.setToolTip(
                    self.tr("{partner}'s rating in version {number}: {value}").format(
                        partner=partner.label, number=previous.version, value=value
                    )
                )
                label.setAccessibleName(
                    self.tr("{partner}, {precondition} statement {number}: last time").format(
                        partner=partner.label,
                        precondition=self.precondition.name.get(language),
                        number=row.number,
                    )
                )
                rating.describe(
                    self.tr("{statement} Last time: {value}.").format(
                        statement=statement.text.get(language), value=value
                    )
                )
                label.show()

    def show_texts(
        self,
        language: str,
        partners: list[Partner],
        catalogue: Catalogue,
        replaced: set[str] | frozenset[str] = frozenset(),
    ) -> None:
        """The texts in the agreement's ``language``; a statement in ``replaced`` (of an
        earlier catalogue, replaced in the current one) is marked so."""
        scale = catalogue.scale
        points = [scale.label(value, language) for value in range(1, 6)]
        for row in self.rows:
            for rating in row.ratings:
                rating.set_labels(
                    points, scale.dont_know.get(language), scale.not_applicable.get(language)
                )
        self.name.setText(f"<h3>{html.escape(self.precondition.name.get(language))}</h3>")
        self.about.setText(self.precondition.summary.get(language))
        for label, partner in zip(self.partner_labels, partners, strict=True):
            label.setText(f"<b>{html.escape(partner.label)}</b>")
        for row in self.rows:
            statement = next(s for s in self.precondition.statements if s.id == row.statement_id)
            text = statement.text.get(language)
            shown = self.tr("{number}. {statement}").format(number=row.number, statement=text)
            if row.statement_id in replaced:
                shown = self.tr("{statement} ↻ (replaced since)").format(statement=shown)
            row.text.setText(shown)
            for partner, rating, note in zip(partners, row.ratings, row.notes, strict=True):
                where = self.tr("{partner}, {precondition} statement {number}").format(
                    partner=partner.label,
                    precondition=self.precondition.name.get(language),
                    number=row.number,
                )
                rating.setAccessibleName(self.tr("{where}: rating").format(where=where))
                rating.describe(text)
                note.setAccessibleName(self.tr("{where}: note").format(where=where))
                note.setAccessibleDescription(
                    self.tr(
                        "Optional: why the partner rates the statement so; printed in the "
                        "readiness report."
                    )
                )


@dataclass
class _Texts:
    """What the panels show beside the ratings, from the last load (for panels made later)."""

    language: str
    partners: list[Partner]
    catalogue: Catalogue
    replaced: set[str]
    previous: Agreement | None
    changed: dict[str, str]

    def show(self, panel: PreconditionPanel) -> None:
        panel.show_texts(self.language, self.partners, self.catalogue, self.replaced)
        panel.show_last_time(self.previous, self.partners, self.language, self.changed)


class ReadinessPage(WizardPage):
    fields = ("assessment",)

    def __init__(
        self,
        background: Background,
        dialogs: Dialogs,
        catalogue: Catalogue | None = None,
        previous: Agreement | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``previous`` is the version a review started this one from: its ratings show
        faintly beside each statement while the partners rate again."""
        super().__init__(parent)
        self._given = catalogue
        self._catalogue = catalogue or default_catalogue()
        self._previous = previous
        self._partner_ids: tuple[str, str] = ("", "")
        self._loading = False
        self.importer = RatingImport(self, background, dialogs, self.draft, self._show_imported)

        self.scale = hint("", self)
        self.scale.setAccessibleName(self.tr("Rating scale"))
        keys = hint(
            self.tr(
                "Keys: 1 to 5, 0 or ? (don't know), N (not applicable: no experience yet), "
                "Delete takes a rating back; the arrow keys move between statements and partners."
            ),
            self,
        )
        legend = QVBoxLayout()
        legend.addWidget(self.scale)
        legend.addWidget(keys)
        self.import_button = QPushButton(self.tr("&Load ratings from a partner's file..."), self)
        self.import_button.clicked.connect(self.importer.start)
        self.status = hint("", self)
        self.status.hide()
        self.earlier = hint("", self)
        self.earlier.setAccessibleName(self.tr("Statements replaced since"))
        self.earlier.hide()
        # the button under the legend, not beside it: beside it, its German label pushed the page
        # sideways on a projector
        legend.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        top = QHBoxLayout()
        top.addLayout(legend, 1)

        self.preconditions = QListWidget(self)
        self.preconditions.setAccessibleName(self.tr("Preconditions"))
        self.preconditions.setSpacing(3)
        self.preconditions.setWordWrap(True)
        self.preconditions.setTextElideMode(Qt.TextElideMode.ElideNone)  # wrapped, never cut
        self.preconditions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preconditions.setAccessibleDescription(
            self.tr("Choose a precondition to rate its statements; shows how many are rated.")
        )
        self.panels = QStackedWidget(self)
        self._made: list[PreconditionPanel | None] = []
        """Each precondition's panel, once made (a panel is made when first shown)."""
        self._order: list[tuple[int, str]] = []
        """(panel, statement id) of every statement, in the catalogue's order."""
        self._shown = Assessment()
        """The ratings shown: a panel not made yet answers from them."""
        self._texts: _Texts | None = None
        self._built: Catalogue | None = None  # the panels are made on loading, for its catalogue
        self.preconditions.currentRowChanged.connect(self._show_panel)

        body = QHBoxLayout()
        body.addWidget(self.preconditions)
        body.addWidget(self.panels, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.earlier)
        layout.addLayout(body, 1)
        self._size_list()

    def _build(self) -> None:
        """A place for each precondition's panel (replacing any there were); the panel itself
        is made when it is first shown (:meth:`panel`), the first one now."""
        self._texts, self._shown = None, Assessment()
        self.preconditions.blockSignals(True)
        self.preconditions.clear()
        while (old := self.panels.widget(0)) is not None:
            self.panels.removeWidget(old)
            old.setParent(None)  # gone from the page at once
            old.deleteLater()
        self._made = []
        self._order = []
        for index, precondition in enumerate(self._catalogue.preconditions):
            self.panels.addWidget(QWidget(self.panels))
            self._made.append(None)
            self.preconditions.addItem("")
            self._order.extend((index, statement.id) for statement in precondition.statements)
        self.preconditions.blockSignals(False)
        if self._made:
            self.preconditions.setCurrentRow(0)
            self._show_panel(0)
        if self._order:  # the cursor comes to the page on the first rating, ready for 1-5
            self.setFocusProxy(self.row(0).ratings[0])

    def panel(self, index: int) -> PreconditionPanel:
        """The panel of the ``index``-th precondition, made now if it was not yet: with the
        texts, last time's answers and the ratings shown."""
        made = self._made[index]
        if made is not None:
            return made
        panel = PreconditionPanel(self._catalogue.preconditions[index], self.panels)
        self._made[index] = panel
        first = next(n for n, (i, _) in enumerate(self._order) if i == index)
        for number, row in enumerate(panel.rows):
            self._wire(row, first + number)
        if self._texts is not None:
            self._texts.show(panel)
        loading, self._loading = self._loading, True
        given = [self._shown.by_partner(pid) for pid in self._partner_ids]
        for row in panel.rows:
            self._show_row(row, given)
        self._loading = loading
        put_in_place(self.panels, index, panel)
        return panel

    def made_panels(self) -> list[PreconditionPanel]:
        """The panels made so far (shown at least once)."""
        return [panel for panel in self._made if panel is not None]

    def _show_panel(self, index: int) -> None:
        if 0 <= index < len(self._made):
            self.panel(index)
            self.panels.setCurrentIndex(index)

    def row(self, index: int) -> StatementRow:
        """The ``index``-th statement of the catalogue (its panel made now if it was not)."""
        panel, statement_id = self._order[index]
        return next(r for r in self.panel(panel).rows if r.statement_id == statement_id)

    def statement_count(self) -> int:
        """How many statements the page shows, in every panel (made or not)."""
        return len(self._order)

    @property
    def rows(self) -> list[StatementRow]:
        """Every statement's row, in the catalogue's order (every panel made now)."""
        return [row for index in range(len(self._made)) for row in self.panel(index).rows]

    def _made_rows(self) -> dict[str, StatementRow]:
        return {row.statement_id: row for panel in self.made_panels() for row in panel.rows}

    def _answers(self) -> list[tuple[str, list[tuple[int | None, str]]]]:
        """Each statement's (rating, note) for each partner, in the catalogue's order: from
        its row if the panel was made, else from the ratings shown."""
        made = self._made_rows()
        given = [self._shown.by_partner(pid) for pid in self._partner_ids]
        answers = []
        for _, statement_id in self._order:
            row = made.get(statement_id)
            if row is not None:
                pairs = [
                    (rating.value(), note.text())
                    for rating, note in zip(row.ratings, row.notes, strict=True)
                ]
            else:
                pairs = [_shown_answer(found.get(statement_id)) for found in given]
            answers.append((statement_id, pairs))
        return answers

    def _size_list(self) -> None:
        """About 18 characters wide, leaving the rating buttons of both partners room beside
        it on a projector, and never narrower than the longest word of an entry (a partner's
        short name, a German precondition name), which a wrapped line cannot break."""
        metrics = self.preconditions.fontMetrics()
        words = [
            word
            for row in range(self.preconditions.count())
            for word in self.preconditions.item(row).text().split()
        ]
        longest = max((metrics.horizontalAdvance(word) for word in words), default=0)
        room = (
            self.preconditions.verticalScrollBar().sizeHint().width()
            + 2 * self.preconditions.frameWidth()
            + 2 * self.preconditions.spacing()
            + metrics.averageCharWidth() * 2
        )
        self.preconditions.setFixedWidth(max(metrics.averageCharWidth() * 18, longest + room))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_list()

    def set_previous(self, previous: Agreement | None) -> None:
        """Show the ratings of ``previous`` beside the statements from the next load on."""
        self._previous = previous

    def leaving_notice(self) -> str:
        answers = self._answers()
        unrated = [sum(1 for _, pairs in answers if pairs[c][0] is None) for c in (0, 1)]
        if not any(unrated) or self.loaded is None:
            return ""
        first, second = (p.label for p in self.loaded.partners)
        return self.tr(
            "Not rated yet: {first_partner} {first} of {total}, {second_partner} {second} of "
            "{total} statements. A precondition with too few ratings counts as not assessed; "
            "go back to Readiness to rate them."
        ).format(
            first_partner=first,
            first=unrated[0],
            second_partner=second,
            second=unrated[1],
            total=len(answers),
        )

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ReadinessPage", "Readiness")

    def summary(self) -> str:
        return self.tr(
            "Both partners rate the preconditions of cooperation, separately but side by side. "
            "Discuss where you disagree; do not average it away."
        )

    # -- wiring ---------------------------------------------------------------------------

    def _wire(self, row: StatementRow, index: int) -> None:
        for column, (rating, note) in enumerate(zip(row.ratings, row.notes, strict=True)):
            rating.changed.connect(self._changed)
            rating.step_requested.connect(
                lambda rows, columns, i=index, c=column: self._step(i, c, rows, columns)
            )
            rating.rated_by_key.connect(lambda i=index, c=column: self._advance(i, c))
            note.textChanged.connect(self._changed)
            note.textEdited.connect(lambda text, r=rating: self._note_edited(r, text))

    def _note_edited(self, rating: RatingControl, text: str) -> None:
        if text.strip() and rating.value() is None:
            rating.set_value(DONT_KNOW)

    def _changed(self) -> None:
        if not self._loading:
            self._update_progress()

    def _step(self, index: int, column: int, rows: int, columns: int) -> None:
        target = max(0, min(len(self._order) - 1, index + rows))
        row = self.row(target)
        self.preconditions.setCurrentRow(self._order[target][0])
        control = row.ratings[max(0, min(1, column + columns))]
        control.setFocus(Qt.FocusReason.OtherFocusReason)
        self._reveal(control)

    def _advance(self, index: int, column: int) -> None:
        """After a rating given with the keyboard, on to the next one, as the partners rate
        together: the other partner's rating of the same statement, then the next statement
        (into the next precondition; the last rating stays where it is)."""
        if column == 0:
            self._step(index, column, 0, 1)
        elif index + 1 < len(self._order):
            self._step(index, column, 1, -1)

    def _reveal(self, widget: QWidget) -> None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)

    def _update_progress(self) -> None:
        answers = dict(self._answers())
        for index, precondition in enumerate(self._catalogue.preconditions):
            rows = [answers[statement.id] for statement in precondition.statements]
            done = [sum(1 for pairs in rows if pairs[c][0] is not None) for c in (0, 1)]
            complete = all(d == len(rows) for d in done)
            item = self.preconditions.item(index)
            raters = (
                [p.label for p in self.loaded.partners]
                if self.loaded is not None
                else [self.tr("Partner 1"), self.tr("Partner 2")]
            )
            item.setText(
                self.tr(
                    "{mark}{name}\n{first_partner}: {first}/{total} rated\n"
                    "{second_partner}: {second}/{total} rated"
                ).format(
                    mark="✔ " if complete else "",
                    name=precondition.name.get(self._language()),
                    first_partner=raters[0],
                    first=done[0],
                    second_partner=raters[1],
                    second=done[1],
                    total=len(rows),
                )
            )
        self._size_list()

    def _language(self) -> str:
        return self.loaded.language.value if self.loaded else "en"

    # -- load, check, save ----------------------------------------------------------------

    def load(self, agreement: Agreement) -> None:
        self.loaded = agreement
        self._partner_ids = (agreement.partners[0].id, agreement.partners[1].id)
        catalogue = catalogue_for(agreement.catalogue_version, self._given)
        if catalogue is not self._built:
            self._catalogue = self._built = catalogue
            self._build()
        language = self._language()
        replaced = {c.old_id for c in replaced_statements(agreement, default_catalogue())}
        previous, changed = self._previous, {}
        if previous is not None and previous.catalogue_version != catalogue.catalogue_version:
            changed = reworded(previous.catalogue_version, catalogue)
            previous = answers_against(previous, catalogue)
        self._texts = _Texts(language, agreement.partners, catalogue, replaced, previous, changed)
        for panel in self.made_panels():
            self._texts.show(panel)
        scale = catalogue.scale
        self.scale.setText(
            self.tr("Rate what your own organisation knows and has experienced: {scale}").format(
                scale=" · ".join(
                    [f"{value} {scale.label(value, language)}" for value in range(1, 6)]
                    + [
                        f"? {scale.dont_know.get(language)}",
                        self.tr("n/a {label}").format(label=scale.not_applicable.get(language)),
                    ]
                )
            )
        )
        self._show_earlier(agreement)
        self._show_ratings(agreement.assessment)
        self.status.hide()

    def _show_earlier(self, agreement: Agreement) -> None:
        """Which statements an agreement rated against an earlier catalogue has that the
        current one replaced (hidden for one rated against the current catalogue)."""
        replaced = replaced_statements(agreement, default_catalogue())
        if agreement.catalogue_version >= CURRENT_VERSION or not replaced:
            self.earlier.hide()
            return
        self.earlier.setText(
            self.tr(
                "Rated on the statements of catalogue version {version}, scored as then. "
                "{count} of them (marked ↻) have been replaced since; the next review rates "
                "the current ones."
            ).format(version=agreement.catalogue_version, count=len(replaced))
        )
        self.earlier.setToolTip(
            self.tr(
                "A replaced statement asked two things at once, or asked one partner about "
                "both organisations."
            )
        )
        self.earlier.show()

    def _show_ratings(self, assessment: Assessment) -> None:
        self._loading = True
        self._shown = assessment
        given = [assessment.by_partner(pid) for pid in self._partner_ids]
        for panel in self.made_panels():
            for row in panel.rows:
                self._show_row(row, given)
        self._loading = False
        self._update_progress()

    @staticmethod
    def _show_row(row: StatementRow, given: list[dict[str, Rating]]) -> None:
        for column, (rating, note) in enumerate(zip(row.ratings, row.notes, strict=True)):
            value, text = _shown_answer(given[column].get(row.statement_id))
            rating.set_value(value)
            note.setText(text)

    def _show_imported(self, agreement: Agreement, partner: Partner) -> None:
        self._show_ratings(agreement.assessment)
        self.status.setText(
            self.tr("Loaded the ratings of {partner} from the file.").format(partner=partner.name)
        )
        self.status.show()

    def save(self, agreement: Agreement) -> None:
        """The page's ratings, in the order the agreement had them (new ones at the end), so
        that a visit that changes nothing leaves the agreement equal to what it was."""
        answers = self._answers()
        shown = {statement_id for statement_id, _ in answers}
        fresh: dict[tuple[str, str], Rating] = {}
        for statement_id, pairs in answers:
            for partner_id, (value, note) in zip(self._partner_ids, pairs, strict=True):
                text = note.strip()
                if value is None and not text:
                    continue
                fresh[(partner_id, statement_id)] = Rating(
                    partner_id=partner_id,
                    statement_id=statement_id,
                    value=None if value in (None, DONT_KNOW, NOT_APPLICABLE) else value,
                    not_applicable=value == NOT_APPLICABLE,
                    note=text,
                )
        ratings = []
        for old in agreement.assessment.ratings:
            if old.statement_id not in shown:
                ratings.append(old)
            elif (old.partner_id, old.statement_id) in fresh:
                ratings.append(fresh.pop((old.partner_id, old.statement_id)))
        ratings.extend(fresh.values())
        agreement.assessment = Assessment(ratings=ratings)
