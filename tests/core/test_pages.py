from __future__ import annotations

import pytest

from coopbuilder.core.errors import UserError
from coopbuilder.core.messages import message_in
from coopbuilder.core.pages import describe_pages, parse_pages


@pytest.mark.parametrize(
    ("text", "pages"),
    [
        ("1-3, 5", (1, 2, 3, 5)),
        ("5,1-3", (1, 2, 3, 5)),
        (" 2 – 4 ; 3 ", (2, 3, 4)),
        ("17-30", (17, 18)),  # a range past the end stops at the last page
        ("", tuple(range(1, 19))),
    ],
)
def test_pages_are_read_as_people_write_them(text: str, pages: tuple[int, ...]) -> None:
    assert parse_pages(text, 18) == pages


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("1-3, x", "'x' is not a page or a range of pages: write them like 1-3, 5."),
        ("3-1", "The pages '3-1' are not in the document, which has 18 pages."),
        ("0", "The pages '0' are not in the document, which has 18 pages."),
        ("20", "The pages '20' are not in the document, which has 18 pages."),
    ],
)
def test_what_is_not_a_page_of_the_document_is_named(text: str, says: str) -> None:
    with pytest.raises(UserError) as raised:
        parse_pages(text, 18)
    assert str(raised.value) == says
    assert "Seite" in message_in(raised.value, "de")


def test_pages_are_said_as_ranges() -> None:
    assert describe_pages([5, 1, 2, 3, 3]) == "1-3, 5"
    assert describe_pages([7]) == "7"
    assert describe_pages(range(3, 17)) == "3-16"
    assert describe_pages([]) == ""
