"""User text is data, library text is markup: the one way text reaches a reportlab paragraph.

Two kinds of text are drawn. :class:`~markupsafe.Markup` is paragraph markup the program
trusts: what the clause library's templates render (their Jinja2 environment escapes every value
it inserts) and what is built from escaped parts (``Markup("<b>{}</b>").format(name)`` escapes
``name``). Any other ``str`` is data — a name, a note, a label, a date — and is escaped on its
way in, whoever wrote it. So a table, a heading or a caption that forgets to think about escaping
prints the text as it was typed: ``JVA <Abt. 3`` stays ``JVA <Abt. 3``, and ``<font size=80>``
is six words, not an instruction.

Every paragraph of every document is made by :func:`paragraph` (a test checks that no other
module calls reportlab's ``Paragraph``). Text drawn straight on the canvas or in a chart is never
parsed as markup; it takes :func:`plain` text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from markupsafe import Markup, escape

if TYPE_CHECKING:
    from reportlab.platypus import Paragraph

BREAK = Markup("<br/>")
_BREAK = re.compile(r"<br\s*/?>")
_LINE_END = re.compile("\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
"""Where Python's ``str.splitlines`` ends a line."""
_UNPRINTABLE = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]")
"""The control characters that are neither a line end nor a tab: they print nothing."""
_SURROGATE = re.compile("[\ud800-\udfff]")
"""Half of a character (a lone UTF-16 surrogate), which no PDF can hold."""
REPLACEMENT = "\ufffd"
PARSED_KEPT = 8192
"""How many parsed paragraphs are kept (a 57-page agreement has about 1,000)."""


def printable(text: str) -> str:
    """``text`` without the control characters that print nothing (a NUL, a bell, an escape,
    a delete ...), so that what the PDF's text layer, its search and its properties hold is
    what the page shows; a lone surrogate becomes U+FFFD (�), which the page shows as well.
    Line ends and tabs stay: the paragraph breaks or spaces them."""
    if text.isprintable():  # the usual case, at C speed
        return text
    return _SURROGATE.sub(REPLACEMENT, _UNPRINTABLE.sub("", text))


def markup(text: str) -> Markup:
    """``text`` as paragraph markup: :class:`Markup` as it is, any other text escaped, its line
    breaks kept as ``<br/>``."""
    if isinstance(text, Markup):
        return text
    text = str(text)
    if text.isprintable():  # the usual case: one line, nothing unprintable
        return escape(text)
    return BREAK.join(escape(line) for line in _LINE_END.split(printable(text)))


def plain(text: str) -> str:
    """``text`` as it reads: :class:`Markup` unescaped (its ``<br/>`` a line break), any other
    text as it is but for what prints nothing (:func:`printable`)."""
    if isinstance(text, Markup):
        return Markup(_BREAK.sub("\n", str(text))).unescape()
    return printable(str(text))


def one_line(text: str) -> str:
    """:func:`plain` text on one line (for a header, a footer, a chart label)."""
    return " ".join(plain(text).split())


def user_value(value: Any) -> Any:
    """A value a clause template inserts (the Jinja2 environment's ``finalize``): a text with
    line breaks is escaped here and its breaks become ``<br/>``, so that a blank line in a name
    or a note neither ends the clause's paragraph (inside ``<b>...</b>``) nor starts a bullet.
    What prints nothing is left out (:func:`printable`)."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return markup(value) if _LINE_END.search(value) else printable(value)
    return value


def paragraph(text: str, style: Any, bullet: str | None = None) -> Paragraph:
    """A reportlab paragraph of ``text`` (:func:`markup`) in ``style``, with ``bullet`` (also
    text or markup) in its margin."""
    from reportlab.platypus import Paragraph  # loaded by what draws, not by what only reads texts

    made = _parsed(str(markup(text)), style, None if bullet is None else str(markup(bullet)))
    bullet_text = made.bullet
    if isinstance(bullet_text, list):
        bullet_text = [_copy(fragment) for fragment in bullet_text]
    return Paragraph(
        made.text, made.style, bulletText=bullet_text, frags=list(map(_copy, made.frags))
    )


def _copy(fragment: Any) -> Any:
    """A copy of a piece of a parsed paragraph, as its ``clone()`` makes one (at a fifth of the
    cost: no keyword arguments on the way)."""
    made = object.__new__(type(fragment))
    made.__dict__.update(fragment.__dict__)
    return made


class _Parsed(NamedTuple):
    """A paragraph's markup as reportlab parsed it: the pieces of text with their fonts."""

    text: str
    style: Any
    frags: list[Any]
    bullet: Any


@lru_cache(maxsize=PARSED_KEPT)
def _parsed(text: str, style: Any, bullet: str | None) -> _Parsed:
    """Parse ``text`` once per style and bullet: most paragraphs of a document are the same
    from one rendering to the next (the preview after an edit, Save PDF after the preview), and
    parsing is a third of what the program adds to reportlab's layout. Every paragraph gets
    copies of the pieces (reportlab marks them as it lays them out)."""
    from reportlab.platypus import Paragraph

    made = Paragraph(text, style, bulletText=bullet)
    return _Parsed(made.text, made.style, [f.clone() for f in made.frags], made.bulletText)
