"""The annual review in the desktop program: the Reviews view (what is due, what was held,
start a review, export the calendar), the comparison of a version with the earlier years, and
the form for the review's record. Each is a standalone widget that a window hosts."""

from coopbuilder.ui.review.comparison import ComparisonView
from coopbuilder.ui.review.overview import ReviewsView
from coopbuilder.ui.review.record_form import ReviewRecordForm

__all__ = ["ComparisonView", "ReviewRecordForm", "ReviewsView"]
