"""What introduces something stays on its page: a heading, a caption or a clause's lead-in
sentence ("... the following indicators:") never stands alone at the foot of a page.

A flowable that keeps with the next (a heading style's ``keep_with_next``, or a clause's last
paragraph before its table) is not glued to the whole of what follows, as reportlab would do:
a long table would then jump to the next page whole and leave the page before half empty.
Instead the page breaks before the lead-in only when the lead-in and the *start* of what follows
do not fit: the first two lines of a paragraph, or a table's heading row and first two rows (a
short table stands whole). The rest of a long table follows on the next page under its repeated
heading row.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table
from reportlab.platypus.doctemplate import ActionFlowable, FrameBreak

MIN_LINES = 2
"""A paragraph may break after this many lines (and leave at least as many for the next page)."""
MIN_ROWS = 2
"""A table starts on a page with its heading row and at least this many rows."""
SHORT_TABLE = 3
"""A table of at most this many rows (below its heading row) stands whole with its lead-in: split,
its last row would stand alone on the next page."""


def _keeps(flowable: Flowable) -> bool:
    return bool(flowable.getKeepWithNext()) and not isinstance(flowable, ActionFlowable)


def _height(flowable: Flowable, width: float, height: float) -> float:
    return float(flowable.wrap(width, height)[1]) + float(flowable.getSpaceBefore())


def start_height(flowable: Flowable, width: float, height: float) -> float:
    """The height of the part of ``flowable`` that must stand with what introduces it."""
    full = _height(flowable, width, height)
    if isinstance(flowable, Table):
        repeated = flowable.repeatRows
        heading = repeated if isinstance(repeated, int) else len(repeated)
        if len(flowable._rowHeights) <= heading + SHORT_TABLE:  # measured by wrap
            return full
        rows = flowable._rowHeights[: heading + MIN_ROWS]
        return float(sum(rows)) + float(flowable.getSpaceBefore())
    if isinstance(flowable, Paragraph):
        lines = len(getattr(flowable.blPara, "lines", []))
        if lines >= 2 * MIN_LINES:
            return MIN_LINES * float(flowable.style.leading) + float(flowable.getSpaceBefore())
    return full


class StartTogether(CondPageBreak):  # type: ignore[misc]  # reportlab is untyped
    """A page break, taken only when ``lead`` and the start of ``follower`` do not fit in the
    rest of the page (and never at the top of a page, where nothing would be gained). It takes
    no room: the space after the flowable before it still merges with the space before the next
    one."""

    _ZEROSIZE = True
    _SPACETRANSFER = True

    def __init__(self, lead: Sequence[Flowable], follower: Flowable) -> None:
        super().__init__(0)
        self.lead = list(lead)
        self.follower = follower

    def __repr__(self) -> str:
        return f"StartTogether({len(self.lead)} lead-in(s), {type(self.follower).__name__})"

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        frame = self._doctemplateAttr("frame")
        if frame is None or getattr(frame, "_atTop", False) or available_height <= 0:
            return 0, 0  # at the top of a page, or the page is full (the next one starts anyway)
        need = sum(_height(f, available_width, available_height) for f in self.lead)
        need += sum(f.getSpaceAfter() for f in self.lead)
        need += start_height(self.follower, available_width, available_height)
        if available_height < need:
            frame.add_generated_content(FrameBreak)
        return 0, 0


def keep_lead_ins(flowables: Sequence[Flowable]) -> list[Flowable]:
    """``flowables`` with a :class:`StartTogether` before every run of lead-ins; the lead-ins
    no longer ask reportlab to keep them with the whole of what follows."""
    out: list[Flowable] = []
    run: list[Flowable] = []
    for flowable in flowables:
        if _keeps(flowable):
            run.append(flowable)
            continue
        if run and not isinstance(flowable, ActionFlowable):
            out.append(StartTogether(run, flowable))
            for lead in run:
                lead.keepWithNext = 0
        out.extend(run)
        run = []
        out.append(flowable)
    out.extend(run)
    return out
