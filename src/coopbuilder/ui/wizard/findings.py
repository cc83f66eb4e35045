"""Step 3, Findings: both partners' means per precondition with their bands, the perception
gaps, a radar chart of the same figures, and for every finding the actions the partners agree.

The figures are :func:`coopbuilder.core.scoring.assess` of the ratings, as in the PDF.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListWidget,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.assessment import Action
from coopbuilder.core.catalogue import Catalogue, catalogue_for, default_catalogue
from coopbuilder.core.scoring import (
    AssessmentSummary,
    Finding,
    PartnerScore,
    PreconditionResult,
    assess,
)
from coopbuilder.core.vocabulary import ActionStatus, FindingKind
from coopbuilder.ui.texts import format_number
from coopbuilder.ui.widgets.columns import Columns
from coopbuilder.ui.widgets.fields import heading, hint
from coopbuilder.ui.widgets.marks import band_mark
from coopbuilder.ui.widgets.radar import RadarChart
from coopbuilder.ui.widgets.rows import chain_tab_order
from coopbuilder.ui.widgets.stack import put_in_place
from coopbuilder.ui.wizard.finding_panel import (
    FINDING_SYMBOLS,
    ActionRow,
    FindingPanel,
    finding_topic,
)
from coopbuilder.ui.wizard.page import WizardPage, bring_into_view


@dataclass
class _Slot:
    """A finding in the page's list (``None``: the actions whose finding no longer applies),
    the actions loaded for it, and its panel once made."""

    finding: Finding | None
    actions: list[Action]
    panel: FindingPanel | None = None


class FindingsPage(WizardPage):
    fields = ("actions",)

    def __init__(
        self,
        catalogue: Catalogue | None = None,
        parent: QWidget | None = None,
        previous: Agreement | None = None,
    ) -> None:
        """``previous``: the version a review started this one from; its means show beside
        this year's, in the table and on the radar."""
        super().__init__(parent)
        self._given = catalogue
        self._catalogue = catalogue or default_catalogue()
        self._previous = previous
        self._last: dict[tuple[str, str], float | None] = {}
        self.scores = QTableWidget(self)
        self.scores.setAccessibleName(self.tr("Means and bands per precondition"))
        self.scores.setAccessibleDescription(
            self.tr(
                "Each partner's mean rating and band for every precondition, and the "
                "perception gap between them; read only."
            )
        )
        self.scores.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.scores.setTabKeyNavigation(False)  # Tab leaves the read-only table (arrows move in it)
        self.scores.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.scores.setWordWrap(True)
        self.scores.verticalHeader().hide()
        self.scores.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.scores.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scores.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.overall = hint("", self)
        self.radar = RadarChart(self)
        table_side = QWidget(self)
        table_layout = QVBoxLayout(table_side)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.scores)
        table_layout.addWidget(self.overall)
        table_layout.addStretch(1)
        overview = Columns(self)
        overview.add(table_side, 3)
        overview.add(self.radar, 2)

        self.findings = QListWidget(self)
        self.findings.setAccessibleName(self.tr("Findings"))
        self.findings.setAccessibleDescription(
            self.tr("Choose a finding to see its recommended actions and agree actions.")
        )
        self.findings.setWordWrap(True)
        self.findings.setSpacing(3)
        self.findings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.panels = QStackedWidget(self)
        self._slots: list[_Slot] = []
        """Each finding in the list, with its panel once made (when first shown)."""
        self._summary: AssessmentSummary | None = None
        self.findings.currentRowChanged.connect(self._show_panel)
        self.nothing = hint(
            self.tr("No gaps, no borderline results and no perception gaps: nothing to act on."),
            self,
        )
        detail = Columns(self)
        detail.add(self.findings, 0)
        detail.add(self.panels, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(overview)
        layout.addWidget(heading(self.tr("Findings and agreed actions"), self))
        layout.addWidget(self.nothing)
        layout.addWidget(detail, 1)
        self._size_list()

    def _size_list(self) -> None:
        self.findings.setFixedWidth(self.fontMetrics().averageCharWidth() * 36)
        self.findings.setMinimumHeight(self.fontMetrics().height() * 14)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("FindingsPage", "Findings")

    def summary(self) -> str:
        return self.tr(
            "Where each partner is strong, where one is weak, and where the two see things "
            "differently. Every gap and perception gap needs an agreed action with an owner "
            "and a date."
        )

    # -- load -----------------------------------------------------------------------------

    def set_previous(self, previous: Agreement | None) -> None:
        """Show the means of ``previous`` beside this year's from the next load on."""
        self._previous = previous

    def load(self, agreement: Agreement) -> None:
        self.loaded = agreement
        self._catalogue = catalogue_for(agreement.catalogue_version, self._given)
        summary = assess(agreement, self._catalogue)
        self._last = {}
        if self._previous is not None:
            before = assess(self._previous, self._catalogue)
            for result in before.results:
                for partner_id, score in zip(before.partner_ids, result.scores, strict=True):
                    self._last[(result.precondition_id, partner_id)] = score.mean
        self._show_scores(agreement, summary)
        self._show_findings(agreement, summary)

    def _show_scores(self, agreement: Agreement, summary: AssessmentSummary) -> None:
        language = agreement.language
        first, second = (agreement.partner(pid).label for pid in summary.partner_ids)
        headers = [self.tr("Precondition"), first, second, self.tr("Perception gap")]
        self.scores.clear()
        self.scores.setColumnCount(len(headers))
        self.scores.setHorizontalHeaderLabels(headers)
        self.scores.setRowCount(len(summary.results))
        for row, result in enumerate(summary.results):
            name = self._catalogue.precondition(result.precondition_id).name.get(language)
            self.scores.setItem(row, 0, QTableWidgetItem(name))
            for column, score in enumerate(result.scores, start=1):
                last = self._last.get((result.precondition_id, summary.partner_ids[column - 1]))
                self.scores.setItem(row, column, self._score_item(score, last))
            self.scores.setItem(row, 3, QTableWidgetItem(self._perception(result)))
        header = self.scores.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)  # wraps; see _fit_scores
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._fit_scores()
        overall = [
            self.tr("{partner}: {mean} {band}").format(
                partner=agreement.partner(o.partner_id).label,
                mean=format_number(o.mean),
                band=band_mark(o.band).caption,
            )
            for o in summary.overall
        ]
        self.overall.setText(
            self.tr(
                "Overall: {first}; {second}. Bands: 4.00 to 5.00 strength, 3.00 to 3.99 "
                "borderline, below 3.00 gap."
            ).format(first=overall[0], second=overall[1])
        )
        self.radar.set_data(
            [
                self._catalogue.precondition(r.precondition_id).name.get(language)
                for r in summary.results
            ],
            [
                (agreement.partner(pid).label, [r.scores[i].mean for r in summary.results])
                for i, pid in enumerate(summary.partner_ids)
            ],
        )
        if self._previous is not None:
            self.radar.set_previous(
                self.tr("Last time (version {number}): dotted").format(
                    number=self._previous.version
                ),
                [
                    [self._last.get((r.precondition_id, pid)) for r in summary.results]
                    for pid in summary.partner_ids
                ],
            )
        else:
            self.radar.set_previous("", [])

    def _fit_scores(self) -> None:
        """Wide enough for the figures and a readable perception-gap column; rows as high as
        their wrapped text."""
        header = self.scores.horizontalHeader()
        # a long precondition's name wraps (German, projector mode) rather than widen the page
        names = min(
            max(self.scores.sizeHintForColumn(0), header.sectionSizeHint(0)),
            self.scores.fontMetrics().averageCharWidth() * 22,
        )
        header.resizeSection(0, names)
        fixed = names + sum(
            max(self.scores.sizeHintForColumn(column), header.sectionSizeHint(column))
            for column in (1, 2)
        )
        last = max(self.scores.fontMetrics().averageCharWidth() * 20, header.sectionSizeHint(3))
        self.scores.setMinimumWidth(fixed + last + 2 * self.scores.frameWidth())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_list()
            self._fit_scores()

    def _score_item(self, score: PartnerScore, last: float | None = None) -> QTableWidgetItem:
        mark = band_mark(score.band)
        if score.mean is None:
            text = self.tr("{band} ({rated} of {total} rated)").format(
                band=mark.caption, rated=score.rated, total=score.total
            )
        else:
            text = f"{format_number(score.mean)}  {mark.caption}"
        if last is not None:
            text += "\n" + self.tr("Last time: {mean}").format(mean=format_number(last))
        item = QTableWidgetItem(text)
        item.setForeground(mark.foreground)
        item.setBackground(mark.background)
        return item

    def _perception(self, result: PreconditionResult) -> str:
        if not result.perception_gap and any(score.mean is None for score in result.scores):
            return self.tr("? Cannot tell: not assessed by both partners")
        if not result.perception_gap:
            return self.tr("No")
        differing = sum(1 for s in result.statements if s.perception_gap)
        if result.means_differ and differing:
            return self.tr(
                "≠ Yes: means {difference} apart; statements rated 2 or more apart: {count}"
            ).format(difference=format_number(result.mean_difference), count=differing)
        if result.means_differ:
            return self.tr("≠ Yes: means {difference} apart").format(
                difference=format_number(result.mean_difference)
            )
        return self.tr("≠ Yes: statements rated 2 or more apart: {count}").format(count=differing)

    def _show_findings(self, agreement: Agreement, summary: AssessmentSummary) -> None:
        """A place in the list for every finding (and for the actions whose finding no longer
        applies); a finding's panel is made when it is first shown (:meth:`panel_at`)."""
        self.findings.blockSignals(True)
        while (old := self.panels.widget(0)) is not None:
            self.panels.removeWidget(old)
            old.setParent(None)  # gone from the page at once
            old.deleteLater()
        self.findings.clear()
        self._summary = summary
        self._slots = [_Slot(finding, []) for finding in summary.findings]
        slots = {
            (found.precondition_id, found.kind): slot
            for found, slot in zip(summary.findings, self._slots, strict=True)
        }
        earlier: _Slot | None = None
        for action in agreement.actions:
            slot = slots.get((action.precondition_id, action.finding))
            if slot is None:
                if earlier is None:
                    earlier = _Slot(None, [])
                    self._slots.append(earlier)
                slot = earlier
            slot.actions.append(action)
        for _ in self._slots:
            self.panels.addWidget(QWidget(self.panels))
            self.findings.addItem("")
        for index in range(len(self._slots)):
            self._update_item(index)
        self.findings.blockSignals(False)
        self.nothing.setVisible(not self._slots)
        self.findings.setVisible(bool(self._slots))
        if self._slots:
            self.findings.setCurrentRow(0)
            self._show_panel(0)
        self._chain()
        # the cursor comes to the page on the findings, one Tab before their actions
        self.setFocusProxy(self.findings if self._slots else None)  # type: ignore[arg-type]

    def panel_at(self, index: int) -> FindingPanel:
        """The panel of the ``index``-th finding in the list, made now if it was not yet."""
        slot = self._slots[index]
        if slot.panel is not None:
            return slot.panel
        assert self.loaded is not None and self._summary is not None
        panel = FindingPanel(self.loaded, self._catalogue, self._summary, slot.finding, self.panels)
        for action in slot.actions:
            panel.agreed.add_row().load(action)
        slot.panel = panel
        put_in_place(self.panels, index, panel)
        panel.agreed.changed.connect(lambda i=index: self._update_item(i))
        panel.update_adopt_buttons()
        self._update_item(index)
        self._chain()
        return panel

    def _show_panel(self, index: int) -> None:
        if 0 <= index < len(self._slots):
            self.panel_at(index)
            self.panels.setCurrentIndex(index)

    def _chain(self) -> None:
        chain_tab_order([self.findings, *(w for p in self.made_panels() for w in p.focus_order())])

    def _update_item(self, index: int) -> None:
        slot = self._slots[index]
        if slot.panel is not None:
            count = sum(1 for row in slot.panel.agreed.rows() if row.counts())
            topic = slot.panel.topic
        else:
            count = sum(
                1 for a in slot.actions if a.text.strip() and a.status is not ActionStatus.DROPPED
            )
            topic = finding_topic(slot.finding, self._catalogue, self._language())
        finding = slot.finding
        if finding is not None and finding.needs_action and count == 0:
            status = self.tr("✖ Needs an action")
        elif count == 0:
            status = self.tr("No agreed action")
        else:
            status = self.tr("✔ Agreed actions: {count}").format(count=count)
        symbol = FINDING_SYMBOLS[finding.kind] + " " if finding else ""
        self.findings.item(index).setText(
            self.tr("{symbol}{topic}\n{status}").format(symbol=symbol, topic=topic, status=status)
        )

    def _language(self) -> str:
        return self.loaded.language.value if self.loaded is not None else "en"

    def panel(self, precondition_id: str, kind: FindingKind) -> FindingPanel:
        """The panel of one finding (for tests and for going to a check finding)."""
        for index, slot in enumerate(self._slots):
            found = slot.finding
            if found is not None and (found.precondition_id, found.kind) == (precondition_id, kind):
                return self.panel_at(index)
        raise KeyError((precondition_id, kind))

    def show_field(self, field: str) -> None:
        """Select the finding a check names and focus where to act: for a gap without an
        action (``actions#trust/gap``) its first recommended action to adopt, for one action
        (``actions[2]``, ``actions[2].due_date``) that action's field."""
        gap = re.fullmatch(r"actions#([^/]+)/(\w+)", field)
        if gap:
            try:
                panel = self.panel(gap.group(1), FindingKind(gap.group(2)))
            except (KeyError, ValueError):
                return
            self._select(panel)
            stops = [w for w in panel.focus_order() if w.isEnabled()]
            if stops:
                bring_into_view(stops[0])
            return
        one = re.fullmatch(r"actions\[(\d+)\](?:\.(\w+))?", field)
        if one is None or self.loaded is None or int(one.group(1)) >= len(self.loaded.actions):
            return
        wanted = self.loaded.actions[int(one.group(1))].id
        for index, slot in enumerate(self._slots):
            if slot.panel is None and all(a.id != wanted for a in slot.actions):
                continue
            panel = self.panel_at(index)
            for row in panel.agreed.rows():
                if row.entity_id == wanted:
                    self._select(panel)
                    bring_into_view(self._field_of(row, one.group(2)))
                    return

    @staticmethod
    def _field_of(row: ActionRow, name: str | None) -> QWidget:
        if name == "due_date" or (name is None and row.owner.currentIndex() > 0):
            return row.due.edit if row.due.has_date.isChecked() else row.due.has_date
        if name is None and row.text.text().strip():
            return row.owner
        return row.text

    def _select(self, panel: FindingPanel) -> None:
        self.findings.setCurrentRow(self.panels.indexOf(panel))
        self.findings.scrollToItem(self.findings.currentItem())

    def problem_widget(self) -> QWidget | None:
        for panel in self.made_panels():  # one not made has its actions as they were loaded
            for row in panel.agreed.rows():
                if not row.is_blank() and not row.text.text().strip():
                    self._select(panel)
                    return row.text
        return None

    def finding_panels(self) -> list[FindingPanel]:
        """Every finding's panel, in the list's order (those not made yet are made now)."""
        return [self.panel_at(index) for index in range(len(self._slots))]

    def made_panels(self) -> list[FindingPanel]:
        """The panels made so far (shown at least once)."""
        return [slot.panel for slot in self._slots if slot.panel is not None]

    # -- check, save ----------------------------------------------------------------------

    def check(self) -> list[str]:
        problems = []
        for panel in self.made_panels():  # one not made has its actions as they were loaded
            for position, row in enumerate(panel.agreed.rows(), start=1):
                if not row.is_blank() and not row.text.text().strip():
                    problems.append(
                        self.tr(
                            "Action {number} of '{topic}' has no text: say what will be "
                            "done, or remove it."
                        ).format(number=position, topic=panel.topic)
                    )
        return problems

    def save(self, agreement: Agreement) -> None:
        """The agreed actions, in the order the agreement had them (new ones at the end)."""
        fresh: dict[str, Action] = {}
        for slot in self._slots:
            if slot.panel is None:  # not shown: its actions as they were loaded
                fresh.update((action.id, action) for action in slot.actions)
                continue
            for row in slot.panel.agreed.rows():
                action = row.action()
                if action:
                    fresh[action.id] = action
        actions = [fresh.pop(old.id) for old in agreement.actions if old.id in fresh]
        agreement.actions = actions + list(fresh.values())
