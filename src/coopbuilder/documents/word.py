"""The draft agreement as a Word document, for legal departments that review with tracked changes.

No text is built twice: the content is the PDF's own, as the agreement builder of
:mod:`coopbuilder.documents.agreement` makes it before reportlab lays it out (the same clause
library, context and conditions), translated piece by piece into python-docx. The title and the
section and annex headings become Word headings (styles *Title*, *Heading 1*, *Heading 3*); the
numbers of the sections and of their clauses are Word's list numbering in the library's own form
("5." and "5.2", or "§ 5" and "(2)"), so a lawyer's edits keep the structure (a library whose
number templates Word cannot copy keeps them as text, see :func:`list_numbering`); a table becomes
a Word table (its heading row repeated on each page, group rows merged); a chart a picture (see
:mod:`coopbuilder.documents.picture`); the running header and
footer carry the version and "Page X of Y" as Word fields; a draft says DRAFT in its header. The
document's language is set on its styles, so Word checks German spelling in a German agreement.

The same agreement gives the same bytes: the document's dates are the version's own, and the
ZIP entries carry a fixed time.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from markupsafe import Markup, escape
from reportlab.graphics.shapes import Drawing
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.catalogue import Catalogue, catalogue_for
from coopbuilder.core.review import ReviewContext
from coopbuilder.documents.agreement import _Builder, keep_together
from coopbuilder.documents.clauses import AgreementText
from coopbuilder.documents.layout import SignatureBlock
from coopbuilder.documents.picture import drawing_png
from coopbuilder.documents.styles import Styles, document_styles
from coopbuilder.documents.templates import ClauseLibrary, clause_library

HEADINGS = {"title": 0, "section": 1, "annex": 1, "table_caption": 3}
"""The PDF's paragraph styles that become Word headings, with their level."""
CENTRED = {"subtitle", "title", "between", "party", "party_note", "meta"}
WORD_LANGUAGES = {"en": "en-GB", "de": "de-DE"}
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
FIXED_DATE = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
"""The document's date when the agreement has no effective date (the same input, the same
bytes)."""

MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
SUFFIX = ".docx"


_FIRST, _SECOND = "\ue001", "\ue002"
"""Markers rendered into the library's number templates to find where the numbers stand."""


@dataclass(frozen=True)
class ListNumbering:
    """Word's list numbering for the numbered sections (level 1) and their clauses (level 2),
    in the library's own form: "%1." and "%1.%2" (English), "§ %1" and "(%2)" (German)."""

    section_text: str
    clause_text: str
    section_prefix: Callable[[int], str]
    """What the heading of section N holds before its heading text ("5. ", "§ 5 ")."""


def list_numbering(made: AgreementText) -> ListNumbering | None:
    """The library's section and clause numbers as Word list levels, or ``None`` when its
    templates do not have the plain form Word can number (the numbers then stay text)."""
    library, context = made.library, made.context
    try:
        heading = library.plain("section_heading", context, number=_FIRST, heading=_SECOND)
        clause = library.plain("clause_number", context, section=_FIRST, number=_SECOND)
    except Exception:  # a library of one's own may render these otherwise: no list numbering
        return None
    prefix, _, rest = heading.partition(_SECOND)
    if rest or prefix.count(_FIRST) != 1 or _SECOND not in clause or "%" in prefix + clause:
        return None

    def section_prefix(number: int) -> str:
        return str(keep_together(Markup(escape(prefix.replace(_FIRST, str(number))))).unescape())

    return ListNumbering(
        section_text=prefix.rstrip().replace(_FIRST, "%1"),
        clause_text=clause.replace(_FIRST, "%1").replace(_SECOND, "%2"),
        section_prefix=section_prefix,
    )


def _walk(flowables: Sequence[Any], keep: bool = False) -> Iterator[tuple[Any, bool]]:
    """The flowables in order, each with whether it is kept on one page with what follows."""
    for flowable in flowables:
        if isinstance(flowable, KeepTogether):
            yield from _walk(flowable._content, keep=True)
        else:
            yield flowable, keep


def _family(font_name: str) -> str:
    """The system font family of a font the PDF embeds ("CB-DejaVuSerif-Bold.ttf")."""
    stem = font_name.removeprefix("CB-").removesuffix(".ttf").split("-")[0]
    return {
        "DejaVuSerif": "DejaVu Serif",
        "DejaVuSansCondensed": "DejaVu Sans Condensed",
        "DejaVuSans": "DejaVu Sans",
    }.get(stem, stem)


class _Writer:
    """python-docx, fed with the PDF builder's flowables."""

    def __init__(self, styles: Styles, language: str, numbering: ListNumbering | None) -> None:
        self.document = docx.Document()
        self.styles = styles
        self.numbering = numbering
        self.sections = 0
        self.num_id = self._list(numbering) if numbering is not None else None
        self.new_page = False
        self.keep = False
        self.last_was_table = False
        self._page_styles(language)
        names = self.document.styles
        self.heading_styles = {
            level: names["Title" if level == 0 else f"Heading {level}"]
            for level in set(HEADINGS.values())
        }
        self.bullet_style = names["List Bullet"]
        self.table_style = names["Table Grid"]

    # -- the page and the styles, after the PDF's style data --------------------------------

    def _page_styles(self, language: str) -> None:
        styles = self.styles
        section = self.document.sections[0]
        width, height = styles.page_size
        top, right, bottom, left = styles.margins
        section.page_width, section.page_height = Pt(width), Pt(height)
        section.top_margin, section.bottom_margin = Pt(top), Pt(bottom)
        section.left_margin, section.right_margin = Pt(left), Pt(right)
        accent = styles.colour("accent").hexval()[2:]
        for name, source, bold in (
            ("Normal", "body", False),
            ("Title", "title", True),
            ("Heading 1", "section", True),
            ("Heading 3", "table_caption", True),
            ("List Bullet", "bullet", False),
        ):
            spec = styles[source]
            word = self.document.styles[name]
            word.font.name = _family(spec.fontName)
            word.font.size = Pt(spec.fontSize)
            word.font.bold = bold
            word.font.italic = False
            if name.startswith(("Title", "Heading")):
                word.font.color.rgb = RGBColor.from_string(accent.upper())
            fmt = word.paragraph_format
            fmt.space_before = Pt(spec.spaceBefore)
            fmt.space_after = Pt(spec.spaceAfter)
            fmt.line_spacing = Pt(spec.leading)
        self.document.styles["Normal"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        bullet, spec = self.document.styles["List Bullet"].paragraph_format, styles["bullet"]
        bullet.alignment = WD_ALIGN_PARAGRAPH.LEFT
        bullet.left_indent = Pt(spec.leftIndent)
        bullet.first_line_indent = Pt(spec.bulletIndent - spec.leftIndent)
        spec = styles["table"]
        self.cell_style = self.document.styles.add_style("Table Text", WD_STYLE_TYPE.PARAGRAPH)
        self.cell_style.base_style = self.document.styles["Normal"]
        self.cell_style.font.name = _family(spec.fontName)
        self.cell_style.font.size = Pt(spec.fontSize)
        cell = self.cell_style.paragraph_format
        cell.alignment = WD_ALIGN_PARAGRAPH.LEFT
        cell.space_before, cell.space_after = Pt(0), Pt(0)
        cell.line_spacing = Pt(spec.leading)
        self._language(language)

    def _language(self, language: str) -> None:
        """The document's language on the defaults of every run and on the Normal style, so
        Word's spelling check uses it."""
        tag = WORD_LANGUAGES.get(language, language)
        styles_element = self.document.styles.element
        defaults = styles_element.find(qn("w:docDefaults"))
        targets = [self.document.styles["Normal"].element.get_or_add_rPr()]
        if defaults is not None:
            run_defaults = defaults.find(qn("w:rPrDefault"))
            if run_defaults is not None:
                properties = run_defaults.find(qn("w:rPr"))
                if properties is not None:
                    targets.append(properties)
        for properties in targets:
            for old in properties.findall(qn("w:lang")):
                properties.remove(old)
            lang = OxmlElement("w:lang")
            for attribute in ("w:val", "w:eastAsia", "w:bidi"):
                lang.set(qn(attribute), tag)
            properties.append(lang)

    def _list(self, numbering: ListNumbering) -> int:
        """Add the list of sections and clauses to the document's numbering; its id."""
        root = self.document.part.numbering_part.element
        abstract_id = 1 + max(
            (int(e.get(qn("w:abstractNumId"))) for e in root.findall(qn("w:abstractNum"))),
            default=0,
        )
        num_id = 1 + max((int(e.get(qn("w:numId"))) for e in root.findall(qn("w:num"))), default=0)
        clause = self.styles["clause"]
        left, hanging = (
            round(clause.leftIndent * 20),
            round((clause.leftIndent - clause.bulletIndent) * 20),
        )
        abstract = OxmlElement("w:abstractNum")
        abstract.set(qn("w:abstractNumId"), str(abstract_id))
        kind = OxmlElement("w:multiLevelType")
        kind.set(qn("w:val"), "multilevel")
        abstract.append(kind)
        for level, text, suffix, indent in (
            (0, numbering.section_text, "space", (0, 0)),
            (1, numbering.clause_text, "tab", (left, hanging)),
        ):
            lvl = OxmlElement("w:lvl")
            lvl.set(qn("w:ilvl"), str(level))
            for tag, value in (
                ("w:start", "1"),
                ("w:numFmt", "decimal"),
                ("w:lvlText", text),
                ("w:suff", suffix),
                ("w:lvlJc", "left"),
            ):
                element = OxmlElement(tag)
                element.set(qn("w:val"), value)
                lvl.append(element)
            properties = OxmlElement("w:pPr")
            if suffix == "tab":
                tabs, tab = OxmlElement("w:tabs"), OxmlElement("w:tab")
                tab.set(qn("w:val"), "num")
                tab.set(qn("w:pos"), str(indent[0]))
                tabs.append(tab)
                properties.append(tabs)
            ind = OxmlElement("w:ind")
            ind.set(qn("w:left"), str(indent[0]))
            ind.set(qn("w:hanging"), str(indent[1]))
            properties.append(ind)
            lvl.append(properties)
            abstract.append(lvl)
        existing = root.findall(qn("w:abstractNum"))
        if existing:
            existing[-1].addnext(abstract)
        else:
            root.insert(0, abstract)
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(num_id))
        reference = OxmlElement("w:abstractNumId")
        reference.set(qn("w:val"), str(abstract_id))
        num.append(reference)
        root.append(num)
        return num_id

    def _numbered(self, word: Any, level: int) -> None:
        assert self.num_id is not None
        numbers = word._p.get_or_add_pPr().get_or_add_numPr()
        numbers.get_or_add_ilvl().val = level
        numbers.get_or_add_numId().val = self.num_id

    # -- text --------------------------------------------------------------------------------

    def _runs(self, target: Any, paragraph: Paragraph, size: float | None = None) -> None:
        """The paragraph's text into a Word paragraph, with its bold and italic words."""
        plain = paragraph.style.name in HEADINGS
        for frag in paragraph.frags:
            if getattr(frag, "lineBreak", False):
                target.add_run().add_break()
                continue
            text = getattr(frag, "text", "")
            if not text:
                continue
            run = target.add_run(text)
            if not plain:
                run.bold = bool(frag.bold) or None
                run.italic = bool(frag.italic) or None
                run.font.name = _family(frag.fontName)
            if size is not None:
                run.font.size = Pt(size)

    def paragraph(self, paragraph: Paragraph) -> None:
        spec = paragraph.style
        name = spec.name
        level = HEADINGS.get(name)
        size = None
        if name == "section" and self.numbering is not None:
            self.sections += 1
            word = self.document.add_paragraph(style=self.heading_styles[1])
            text = "".join(getattr(frag, "text", "") for frag in paragraph.frags)
            prefix = self.numbering.section_prefix(self.sections)
            if text.startswith(prefix):  # the number is Word's, the heading text is the rest
                self._numbered(word, 0)
                word.add_run(text[len(prefix) :])
                self._finish(word, spec, name)
                return
            self._runs(word, paragraph)
            self._finish(word, spec, name)
            return
        if level is not None:
            word = self.document.add_paragraph(style=self.heading_styles[level])
        elif name == "bullet":
            word = self.document.add_paragraph(style=self.bullet_style)
        else:
            word = self.document.add_paragraph()
            word.paragraph_format.space_after = Pt(spec.spaceAfter)
            if name not in ("body", "clause"):  # the title block: its own sizes
                size = spec.fontSize
            if spec.leftIndent:
                word.paragraph_format.left_indent = Pt(spec.leftIndent)
            if paragraph.bulletText and self.num_id is not None:  # "5.2": Word's list number
                self._numbered(word, 1)
            elif paragraph.bulletText:  # a numbered clause: "5.2" in the margin
                indent = Pt(spec.leftIndent - spec.bulletIndent)
                word.paragraph_format.first_line_indent = -indent
                word.paragraph_format.tab_stops.add_tab_stop(Pt(spec.leftIndent))
                word.add_run(f"{paragraph.bulletText}\t")
        self._runs(word, paragraph, size)
        self._finish(word, spec, name)

    def _finish(self, word: Any, spec: Any, name: str) -> None:
        if name in CENTRED:
            word.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if spec.keepWithNext or self.keep:
            word.paragraph_format.keep_with_next = True
        if self.new_page:  # an annex starts on a new page, as in the PDF
            word.paragraph_format.page_break_before = True
            self.new_page = False
        self.last_was_table = False

    # -- pictures ----------------------------------------------------------------------------

    @staticmethod
    def _picture(run: Any, drawing: Drawing) -> None:
        run.add_picture(io.BytesIO(drawing_png(drawing)), width=Pt(drawing.width))

    def picture(self, drawing: Drawing) -> None:
        """A chart, as the picture of its own paragraph, as wide as in the PDF."""
        holder = self.document.add_paragraph()
        holder.alignment = WD_ALIGN_PARAGRAPH.CENTER
        holder.paragraph_format.line_spacing = 1.0  # not the body's exact leading: it would crop
        if self.keep:
            holder.paragraph_format.keep_with_next = True
        self._picture(holder.add_run(), drawing)
        self.last_was_table = False

    # -- tables ------------------------------------------------------------------------------

    def _cell(self, cell: Any, value: Any, bold: bool) -> None:
        targets = iter([cell.paragraphs[0]])

        def target() -> Any:
            paragraph = next(targets, None) or cell.add_paragraph()
            paragraph.style = self.cell_style
            return paragraph

        for item in value if isinstance(value, list | tuple) else [value]:
            if isinstance(item, Spacer) or item is None or item == "":
                continue
            if isinstance(item, Paragraph):
                self._runs(target(), item)
            elif isinstance(item, SignatureBlock):
                for head in item.heading:
                    self._runs(target(), head)
                for words in (item.place_date, item.signature):
                    line = target()
                    line.paragraph_format.space_before = Pt(18)
                    line.add_run("_" * 36).add_break()
                    line.add_run(words)
            elif isinstance(item, Drawing):
                self._picture(target().add_run(), item)
            else:
                para = target()
                lines = str(item).split("\n")
                for index, text in enumerate(lines):
                    run = para.add_run(text)
                    if index < len(lines) - 1:
                        run.add_break()
        if bold:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.bold = True

    def table(self, table: Table) -> None:
        values = table._cellvalues
        columns = len(values[0])
        if len(values) == 1 and columns == 1:  # the boxed notice under the title
            for item in values[0][0] if isinstance(values[0][0], list) else [values[0][0]]:
                if isinstance(item, Paragraph):
                    self.paragraph(item)
            return
        if self.last_was_table:  # Word joins two tables with nothing between them
            gap = self.document.add_paragraph().paragraph_format
            gap.space_after, gap.line_spacing = Pt(0), Pt(self.styles.data.tables.space_after)
        self.last_was_table = True
        word = self.document.add_table(rows=len(values), cols=columns)
        heading = bool(table.repeatRows)
        if heading:  # a grid; the signature blocks stand side by side without lines
            word.style = self.table_style
        word.autofit = False
        cells = word._cells  # python-docx's table.cell() walks the whole table on every call
        widths = [Pt(width) for width in table._colWidths]
        for r, row in enumerate(values):
            for c, value in enumerate(row):
                cell = cells[r * columns + c]
                cell.width = widths[c]
                self._cell(cell, value, bold=heading and r == 0)
        if heading:
            word.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        if self.keep:  # the signature blocks: not split across pages
            for row in word.rows:
                row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        rows = len(values)
        for _, start, end in table._spanCmds:  # the group rows (a partner's contacts)
            (c0, r0), (c1, r1) = start, end
            c0, c1 = c0 % columns, c1 % columns
            r0, r1 = r0 % rows, r1 % rows
            if (c0, r0) != (c1, r1):
                cells[r0 * columns + c0].merge(cells[r1 * columns + c1])

    # -- the running header and footer -------------------------------------------------------

    def running(self, header: str, mark: str | None, footer: str, page: str) -> None:
        """``page`` holds "\x01" and "\x02" where the page number and the page count go; a
        draft's ``mark`` ("DRAFT") stands in bold before the header."""
        section = self.document.sections[0]
        size = Pt(self.styles["running"].fontSize)
        head = section.header.paragraphs[0]
        if mark:
            run = head.add_run(f"{mark}\t")
            run.bold = True
            run.font.size = Pt(self.styles["running"].fontSize + 2)
            run.font.color.rgb = RGBColor(0xB0, 0x00, 0x00)
        head.add_run(header).font.size = size
        foot = section.footer.paragraphs[0]
        foot.add_run(f"{footer}\t").font.size = size
        text = page
        for marker, instruction in (("\x01", "PAGE"), ("\x02", "NUMPAGES")):
            before, _, text = text.partition(marker)
            foot.add_run(before).font.size = size
            simple = OxmlElement("w:fldSimple")
            simple.set(qn("w:instr"), instruction)
            run = OxmlElement("w:r")
            number = OxmlElement("w:t")
            number.text = "1"
            run.append(number)
            simple.append(run)
            foot._p.append(simple)
        foot.add_run(text).font.size = size


def _reproducible(data: bytes) -> bytes:
    """The ZIP package again, its entries in the same order with a fixed time."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def render_docx(
    agreement: Agreement,
    catalogue: Catalogue | None = None,
    library: ClauseLibrary | None = None,
    review: ReviewContext | None = None,
) -> bytes:
    """The agreement as a Word document (the bytes of a ``.docx`` file), from the same clause
    library, context and conditions as :func:`~coopbuilder.documents.agreement.render_agreement`.
    ``library`` defaults to the shipped clause library of the agreement's language; with
    ``review``, it has the review annex. The same input gives the same bytes."""
    catalogue = catalogue_for(agreement.catalogue_version, catalogue)
    library = library or clause_library(agreement.language)
    library.require_clauses(catalogue)
    styles = document_styles(library.hyphenation)
    made = _Builder(agreement, catalogue, library, styles, review)
    writer = _Writer(styles, agreement.language.value, list_numbering(made))
    for flowable, keep in _walk(made.flowables()):
        writer.keep = keep
        if isinstance(flowable, Paragraph):
            writer.paragraph(flowable)
        elif isinstance(flowable, Table):
            writer.table(flowable)
        elif isinstance(flowable, Drawing):
            writer.picture(flowable)
        elif isinstance(flowable, PageBreak):
            writer.new_page = True
    running = made.running()
    footer = " · ".join(p for p in (running.footer_left, running.footer_centre) if p)
    writer.running(running.header, running.watermark, footer, running.page("\x01", "\x02"))  # type: ignore[arg-type]
    metadata = made.metadata()
    properties = writer.document.core_properties
    properties.title, properties.subject = metadata.title, metadata.subject
    properties.author, properties.keywords = metadata.author, metadata.keywords
    properties.language = WORD_LANGUAGES.get(metadata.language, metadata.language)
    properties.last_modified_by = "CoopBuilder"
    properties.revision = 1
    created = (
        dt.datetime.combine(metadata.created, dt.time(), dt.UTC) if metadata.created else FIXED_DATE
    )
    properties.created = properties.modified = created
    properties.last_printed = created
    out = io.BytesIO()
    writer.document.save(out)
    return _reproducible(out.getvalue())
