"""The annual review in the desktop program: the Reviews view (what is due, what was held,
start a review, export the calendar), the comparison of a version with the earlier years, and
the form for the review's record. Each is a standalone widget that a window hosts.

The views are imported when first asked for: the record's form (which a review's draft shows in
the wizard) comes without the comparison and the PDF library it renders with."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from coopbuilder.ui.review.comparison import ComparisonView
    from coopbuilder.ui.review.overview import ReviewsView
    from coopbuilder.ui.review.record_form import ReviewRecordForm

__all__ = ["ComparisonView", "ReviewRecordForm", "ReviewsView"]

_WHERE = {
    "ComparisonView": "comparison",
    "ReviewsView": "overview",
    "ReviewRecordForm": "record_form",
}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_WHERE[name]}"), name)
