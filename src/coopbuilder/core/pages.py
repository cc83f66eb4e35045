"""Page ranges as people write them: "1-3, 5" (a print dialog's ranges, a confirmation of what
was printed)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from coopbuilder.core.errors import UserError

_PART = re.compile(r"^\s*(\d+)\s*(?:[-–]\s*(\d+)\s*)?$")


def parse_pages(text: str, count: int) -> tuple[int, ...]:
    """The 1-based pages of a document of ``count`` pages that ``text`` names ("1-3, 5"; an
    empty text: every page), in order and each once. A part that is not a page or a range, or
    names no page of the document, is a :class:`UserError`."""
    if not text.strip():
        return tuple(range(1, count + 1))
    pages: set[int] = set()
    for part in re.split(r"[,;]", text):
        if not part.strip():
            continue
        found = _PART.match(part)
        if found is None:
            raise UserError(
                "'{part}' is not a page or a range of pages: write them like 1-3, 5.",
                part=part.strip(),
            )
        first = int(found.group(1))
        last = int(found.group(2) or first)
        if first < 1 or last < first or first > count:
            raise UserError(
                "The pages '{part}' are not in the document, which has {count} pages.",
                part=part.strip(),
                count=count,
            )
        pages.update(range(first, min(last, count) + 1))
    return tuple(sorted(pages))


def describe_pages(pages: Iterable[int]) -> str:
    """Pages as a person writes them: (1, 2, 3, 5) -> "1-3, 5"."""
    ordered = sorted(set(pages))
    parts: list[str] = []
    start = previous = None
    for page in [*ordered, None]:
        if page is not None and previous is not None and page == previous + 1:
            previous = page
            continue
        if start is not None and previous is not None:
            parts.append(str(start) if start == previous else f"{start}-{previous}")
        start = previous = page
    return ", ".join(parts)
