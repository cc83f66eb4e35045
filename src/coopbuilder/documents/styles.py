"""Document styles as data: ``resources/styles/documents.yaml`` -> reportlab styles and fonts.

The fonts are TrueType files shipped in ``resources/fonts/``; reportlab embeds the subset a
document uses, so umlauts and accented names print on any machine.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import paragraph as rl_paragraph

from coopbuilder.core.errors import UserError
from coopbuilder.core.resources import resource_path
from coopbuilder.core.validation import validation_problems
from coopbuilder.core.yamlio import parse_yaml
from coopbuilder.documents.font_cache import font
from coopbuilder.documents.glyphs import cover

STYLE_FILE = ("styles", "documents.yaml")
_ALIGN = {"left": TA_LEFT, "right": TA_RIGHT, "center": TA_CENTER, "justify": TA_JUSTIFY}
_PAGES = {"A4": A4, "letter": LETTER}


class _Data(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PageData(_Data):
    size: Literal["A4", "letter"] = "A4"
    margin_top_mm: float
    margin_bottom_mm: float
    margin_left_mm: float
    margin_right_mm: float
    header_offset_mm: float
    footer_offset_mm: float


class FontFaces(_Data):
    regular: str
    bold: str
    italic: str
    bold_italic: str


class WatermarkData(_Data):
    font: str
    size: float
    angle: float
    alpha: float = Field(ge=0, le=1)


class ParagraphData(_Data):
    font: str
    size: float
    leading: float
    bold: bool = False
    italic: bool = False
    colour: str = "text"
    alignment: Literal["left", "right", "center", "justify"] = "left"
    space_before: float = 0
    space_after: float = 0
    left_indent: float = 0
    bullet_indent: float = 0
    keep_with_next: bool = False


class TableData(_Data):
    padding: float
    grid_width: float
    space_before: float
    space_after: float


class ChartData(_Data):
    size_mm: float
    label_size: float
    legend_size: float
    line_width: float
    fill_alpha: float = Field(ge=0, le=1)


class SignatureData(_Data):
    width_mm: float
    field_height_mm: float


class StyleData(_Data):
    page: PageData
    fonts: dict[str, FontFaces]
    colours: dict[str, str]
    watermark: WatermarkData
    paragraphs: dict[str, ParagraphData]
    tables: TableData
    chart: ChartData
    signature: SignatureData


def _names(text: str) -> frozenset[str]:
    return frozenset(text.split())


PARAGRAPHS = _names(
    """
    title subtitle party party_note between meta notice section annex body clause bullet table
    table_bold table_head table_caption caption running signature signature_name report_finding
    report_bullet margin_note
    """
)
COLOURS = _names(
    """
    text accent muted rule table_header table_stripe table_group notice notice_border watermark
    partner_1 partner_2 gap_zone borderline_zone grid removed added margin_note margin_note_rule
    """
)


HYPHENATE_FROM = 11
"""Words of at least this many letters may be hyphenated (where the library asks for it)."""


UNHYPHENATED = frozenset({"title", "subtitle", "party", "section", "annex", "table_caption"})
"""Headings are never hyphenated."""


CLOSING_QUOTE = "\u201c"
"""The German closing quote (“), which is the English opening one."""


def _hyphenate_words_in_german_quotes() -> None:
    """Let reportlab hyphenate a word in German quotes („Wahrnehmungsunterschied“).

    Before it hyphenates, reportlab strips punctuation from both ends of a word; it knows „ as
    an opening mark but not “ as a closing one, so a long quoted German word was never
    hyphenated and its justified line stretched its spaces wide. (reportlab 4-5 keep this
    pattern as a module attribute; if a later version does not, nothing changes.)"""
    pattern = getattr(rl_paragraph, "_hy_sfx_pat", None)
    if not isinstance(pattern, re.Pattern) or not pattern.pattern.endswith("]+$"):
        return
    if CLOSING_QUOTE not in pattern.pattern:
        rl_paragraph._hy_sfx_pat = re.compile(pattern.pattern[:-3] + CLOSING_QUOTE + "]+$")


_hyphenate_words_in_german_quotes()


class Styles:
    """The reportlab objects made from the style data (fonts registered, styles built)."""

    def __init__(self, data: StyleData, hyphenation: str = "") -> None:
        self.data = data
        self.hyphenation = hyphenation
        self.page_size: tuple[float, float] = _PAGES[data.page.size]
        self.colours = {name: colors.HexColor(value) for name, value in data.colours.items()}
        self.fonts = {
            family: _register_family(family, faces) for family, faces in data.fonts.items()
        }
        self.paragraphs = {
            name: self._paragraph(name, spec) for name, spec in data.paragraphs.items()
        }

    def _paragraph(self, name: str, spec: ParagraphData) -> ParagraphStyle:
        faces = self.fonts[spec.font]
        face = faces[(spec.bold, spec.italic)]
        style = ParagraphStyle(
            name,
            fontName=face,
            fontSize=spec.size,
            leading=spec.leading,
            textColor=self.colours[spec.colour],
            alignment=_ALIGN[spec.alignment],
            spaceBefore=spec.space_before,
            spaceAfter=spec.space_after,
            leftIndent=spec.left_indent,
            bulletIndent=spec.bullet_indent,
            bulletFontName=faces[(spec.bold, False)],
            bulletFontSize=spec.size,
            keepWithNext=int(spec.keep_with_next),
            allowWidows=0,
            allowOrphans=0,
            hyphenationLang="" if name in UNHYPHENATED else self.hyphenation,
        )
        # Only long words are hyphenated ("Übermitt-lungsvorschrift", never "Da-ten").
        style.hyphenationMinWordLength = HYPHENATE_FROM
        return style

    def __getitem__(self, name: str) -> ParagraphStyle:
        return self.paragraphs[name]

    def ragged(self, name: str) -> ParagraphStyle:
        """The style ``name``, aligned left instead of justified (for a paragraph with a long
        word that cannot be broken, such as an e-mail address: justified, the line before it
        would stretch its spaces wide)."""
        style = self.paragraphs[name]
        if style.alignment != TA_JUSTIFY:
            return style
        key = f"{name}:ragged"
        if key not in self.paragraphs:
            self.paragraphs[key] = ParagraphStyle(key, parent=style, alignment=TA_LEFT)
        return self.paragraphs[key]

    def cover(self, text: str) -> None:
        """Let the fonts print every character of ``text``, one they lack as a box that keeps
        its place in the PDF's text (see :mod:`glyphs`)."""
        cover((name for faces in self.fonts.values() for name in faces.values()), text)

    def colour(self, name: str) -> colors.Color:
        return self.colours[name]

    def font(self, family: str, bold: bool = False, italic: bool = False) -> str:
        return self.fonts[family][(bold, italic)]

    @property
    def margins(self) -> tuple[float, float, float, float]:
        """Top, right, bottom, left, in points."""
        page = self.data.page
        return (
            page.margin_top_mm * mm,
            page.margin_right_mm * mm,
            page.margin_bottom_mm * mm,
            page.margin_left_mm * mm,
        )

    @property
    def frame_width(self) -> float:
        _, right, _, left = self.margins
        return self.page_size[0] - left - right


@cache
def _register_font(name: str, file: str) -> str:
    path = resource_path("fonts", file)
    try:
        pdfmetrics.registerFont(font(name, path))  # read once, then from the cache
    except Exception as exc:  # reportlab raises bare TTFError/IOError variants
        raise UserError(
            "The font {path} cannot be loaded ({exc}); reinstall CoopBuilder.", path=path, exc=exc
        ) from exc
    return name


def _register_family(family: str, faces: FontFaces) -> dict[tuple[bool, bool], str]:
    names = {
        (False, False): _register_font(f"CB-{faces.regular}", faces.regular),
        (True, False): _register_font(f"CB-{faces.bold}", faces.bold),
        (False, True): _register_font(f"CB-{faces.italic}", faces.italic),
        (True, True): _register_font(f"CB-{faces.bold_italic}", faces.bold_italic),
    }
    pdfmetrics.registerFontFamily(
        f"CB-{family}",
        normal=names[(False, False)],
        bold=names[(True, False)],
        italic=names[(False, True)],
        boldItalic=names[(True, True)],
    )
    return names


def parse_styles(text: str, source: str) -> StyleData:
    try:
        raw = parse_yaml(text)
        data = StyleData.model_validate(raw)
    except yaml.YAMLError as exc:
        raise UserError(
            "The style file {source} is not valid YAML: {exc}", source=source, exc=exc
        ) from exc
    except ValidationError as exc:
        problem = validation_problems(exc, raw)[0]
        raise UserError(
            "The style file {source} is broken at {problem}.", source=source, problem=problem
        ) from exc
    missing = sorted(PARAGRAPHS - set(data.paragraphs)) + sorted(COLOURS - set(data.colours))
    if missing:
        raise UserError(
            "The style file {source} lacks the style(s) {styles}.",
            source=source,
            styles=", ".join(missing),
        )
    for name, spec in data.paragraphs.items():
        if spec.font not in data.fonts or spec.colour not in data.colours:
            raise UserError(
                "The style file {source} names an unknown font or colour in paragraphs › {name}.",
                source=source,
                name=name,
            )
    return data


@cache
def document_styles(hyphenation: str = "") -> Styles:
    """The styles shipped with the program (read once per process and language).

    ``hyphenation`` is a language for pyphen (``de_DE``): long words that do not fit their line
    or table column are hyphenated instead of being cut anywhere. Empty: no hyphenation."""
    path = resource_path(*STYLE_FILE)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise UserError(
            "The style file {path} cannot be read; reinstall CoopBuilder.", path=path
        ) from exc
    return Styles(parse_styles(text, str(path)), hyphenation)
