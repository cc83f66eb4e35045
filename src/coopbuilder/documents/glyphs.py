"""Characters the document fonts lack (an emoji, a rare symbol) stay in the PDF's text.

reportlab draws a character its TrueType font has no glyph for with the font's first code, which
the text layer maps to nothing: copying, searching and screen readers lose it, and a name with an
emoji is printed without a trace of it. :func:`cover` gives each such character of a document a
code of its own in the font's subset, drawn with the font's ".notdef" glyph (an empty box), and
the subset's ToUnicode table maps that code to the character: the page shows a box where the
font has no picture, and the PDF's text still says what was typed.

reportlab 4-5 write a ToUnicode entry as four hex digits, which cannot say a character beyond
U+FFFF; :func:`_to_unicode_cmap` writes those as UTF-16 (two code units), as the PDF standard
asks. If a later reportlab has no such function, nothing changes.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from reportlab.pdfbase import pdfmetrics, ttfonts

NOTDEF = 0
"""The glyph a font draws for a character it has no picture of."""


def cover(fonts: Iterable[str], text: str) -> None:
    """Let every font in ``fonts`` print each character of ``text``: one it lacks is drawn as its
    ".notdef" box and keeps its place in the PDF's text. Control characters are left out (they
    print nothing)."""
    codes = set(map(ord, set(text)))
    for name in fonts:
        glyphs = pdfmetrics.getFont(name).face.charToGlyph
        for code in [code for code in codes if code not in glyphs]:  # most often none
            if unicodedata.category(chr(code)) not in ("Cc", "Cs"):
                glyphs[code] = NOTDEF


def _pair(code: int) -> str:
    return chr(code).encode("utf-16-be").hex().upper()


_REPORTLAB_CMAP = getattr(ttfonts, "makeToUnicodeCMap", None)


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap of a font subset, with characters beyond U+FFFF in UTF-16."""
    assert _REPORTLAB_CMAP is not None
    cmap: str = _REPORTLAB_CMAP(fontname, subset)
    for index, code in enumerate(subset):
        if code > 0xFFFF:
            cmap = cmap.replace(f"<{index:02X}> <{code:04X}>", f"<{index:02X}> <{_pair(code)}>")
    return cmap


if _REPORTLAB_CMAP is not None:
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
