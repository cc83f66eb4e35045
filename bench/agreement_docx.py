"""The agreement as a Word document with the same content as the PDF, for bench/render.py.

The content comes from the program's own agreement builder, as it is before reportlab lays it
out: the title block, every section and clause that applies with its number and its text as the
clause library renders it, the tables (sharing matrix, contacts and escalation, who informs
whom, meetings, indicators, readiness scores and actions, the disclosure-log form), the annexes
and the signature blocks. Each piece is translated into python-docx: the title and the section
and annex headings become Word headings, a table a Word table (heading row repeated on each
page, group rows merged), the radar chart a PNG picture, and the running header and footer
("Page X of Y" with Word fields) the section's header and footer. Page size, margins and fonts
follow the PDF's style data, so the page counts can be compared. Not carried over: the DRAFT
watermark and the signature fields (the signature blocks are there, as text).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.catalogue import default_catalogue
from coopbuilder.documents.agreement import _Builder  # the PDF's own content, before layout
from coopbuilder.documents.layout import SignatureBlock
from coopbuilder.documents.styles import Styles, document_styles
from coopbuilder.documents.templates import clause_library

HEADINGS = {"title": 0, "section": 1, "annex": 1, "table_caption": 3}
"""The PDF's paragraph styles that become Word headings, with their level."""
CENTRED = {"subtitle", "title", "between", "party", "party_note", "meta"}
PICTURE_DPI = 200


@dataclass
class Counts:
    """What the Word document holds, to print beside the timing."""

    headings: int = 0
    paragraphs: int = 0
    tables: int = 0
    pictures: int = 0
    charts_left_out: int = 0
    kinds: dict[str, int] = field(default_factory=dict)


def builder(agreement: Agreement) -> _Builder:
    """The program's agreement builder, as render_agreement makes it."""
    library = clause_library(agreement.language)
    catalogue = default_catalogue()
    library.require_clauses(catalogue)
    return _Builder(agreement, catalogue, library, document_styles(library.hyphenation), None)


def _walk(flowables: Sequence[Any], keep: bool = False) -> Iterator[tuple[Any, bool]]:
    """The flowables in order, each with whether it is kept on one page with what follows."""
    for flowable in flowables:
        if isinstance(flowable, KeepTogether):
            yield from _walk(flowable._content, keep=True)
        else:
            yield flowable, keep


def chart_pictures(agreement: Agreement) -> list[bytes] | None:
    """Every chart of the agreement as a PNG, in document order, made once before any timing:
    reportlab draws the chart as a one-page PDF and poppler's ``pdftoppm`` turns it into a PNG
    (reportlab's own bitmap renderer needs rlPyCairo, which the program does not install).
    ``None`` without pdftoppm: the charts are then left out of the Word document."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        return None
    pictures = []
    with tempfile.TemporaryDirectory() as tmp:
        for index, (flowable, _) in enumerate(_walk(builder(agreement).flowables())):
            if not isinstance(flowable, Drawing):
                continue
            source = Path(tmp) / f"chart-{index}.pdf"
            source.write_bytes(renderPDF.drawToString(flowable))
            prefix = Path(tmp) / f"chart-{index}"
            subprocess.run(
                [pdftoppm, "-png", "-r", str(PICTURE_DPI), "-singlefile", source, prefix],
                check=True,
                capture_output=True,
            )
            pictures.append(prefix.with_suffix(".png").read_bytes())
    return pictures


class _Writer:
    def __init__(self, styles: Styles, pictures: Sequence[bytes] | None) -> None:
        import docx  # python-docx, from the [bench] extra

        self.document = docx.Document()
        self.styles = styles
        self.pictures = list(pictures) if pictures is not None else None
        self.counts = Counts()
        self.new_page = False
        self.keep = False
        self._page_styles()
        # styles by object: python-docx looks a style up by name on every use
        names = self.document.styles
        self.heading_styles = {
            level: names["Title" if level == 0 else f"Heading {level}"]
            for level in set(HEADINGS.values())
        }
        self.bullet_style = names["List Bullet"]
        self.table_style = names["Table Grid"]
        self.last_was_table = False

    # -- the page and the styles, after the PDF's style data --------------------------------

    def _page_styles(self) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt, RGBColor

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
            word.font.name = self._family(spec.fontName)
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
        from docx.enum.style import WD_STYLE_TYPE

        spec = styles["table"]
        self.cell_style = self.document.styles.add_style("Table Text", WD_STYLE_TYPE.PARAGRAPH)
        self.cell_style.base_style = self.document.styles["Normal"]
        self.cell_style.font.name = self._family(spec.fontName)
        self.cell_style.font.size = Pt(spec.fontSize)
        cell = self.cell_style.paragraph_format
        cell.alignment = WD_ALIGN_PARAGRAPH.LEFT
        cell.space_before, cell.space_after = Pt(0), Pt(0)
        cell.line_spacing = Pt(spec.leading)

    @staticmethod
    def _family(font_name: str) -> str:
        """The system font family of a font the PDF embeds ("CB-DejaVuSerif-Bold.ttf")."""
        stem = font_name.removeprefix("CB-").removesuffix(".ttf").split("-")[0]
        return {
            "DejaVuSerif": "DejaVu Serif",
            "DejaVuSansCondensed": "DejaVu Sans Condensed",
            "DejaVuSans": "DejaVu Sans",
        }.get(stem, stem)

    # -- text --------------------------------------------------------------------------------

    def _runs(self, target: Any, paragraph: Paragraph, size: float | None = None) -> None:
        """The paragraph's text into a Word paragraph, with its bold and italic words."""
        from docx.shared import Pt

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
                run.font.name = self._family(frag.fontName)
            if size is not None:
                run.font.size = Pt(size)

    def paragraph(self, paragraph: Paragraph) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        spec = paragraph.style
        name = spec.name
        self.counts.kinds[name] = self.counts.kinds.get(name, 0) + 1
        level = HEADINGS.get(name)
        size = None
        if level is not None:
            self.counts.headings += 1
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
            if paragraph.bulletText:  # a numbered clause: "5.2" in the margin
                indent = Pt(spec.leftIndent - spec.bulletIndent)
                word.paragraph_format.first_line_indent = -indent
                word.paragraph_format.tab_stops.add_tab_stop(Pt(spec.leftIndent))
                word.add_run(f"{paragraph.bulletText}\t")
        if name in CENTRED:
            word.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if spec.keepWithNext or self.keep:
            word.paragraph_format.keep_with_next = True
        if self.new_page:  # an annex starts on a new page, as in the PDF
            word.paragraph_format.page_break_before = True
            self.new_page = False
        self._runs(word, paragraph, size)
        self.counts.paragraphs += 1
        self.last_was_table = False

    # -- tables ------------------------------------------------------------------------------

    def _cell(self, cell: Any, value: Any, bold: bool) -> None:
        from docx.shared import Pt

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
        from docx.oxml import OxmlElement
        from docx.shared import Pt

        values = table._cellvalues
        columns = len(values[0])
        if len(values) == 1 and columns == 1:  # the boxed notice under the title
            for item in values[0][0] if isinstance(values[0][0], list) else [values[0][0]]:
                if isinstance(item, Paragraph):
                    self.paragraph(item)
            return
        self.counts.tables += 1
        if self.last_was_table:  # Word joins two tables with nothing between them
            gap = self.document.add_paragraph().paragraph_format
            gap.space_after, gap.line_spacing = Pt(0), Pt(self.styles.data.tables.space_after)
        self.last_was_table = True
        word = self.document.add_table(rows=len(values), cols=columns)
        heading = bool(table.repeatRows)
        if heading:  # a grid; the signature blocks stand side by side without lines
            word.style = self.table_style
        word.autofit = False
        # python-docx's table.cell() walks the whole table on every call: take the cells once
        cells = word._cells
        widths = [Pt(width) for width in table._colWidths]
        for r, row in enumerate(values):
            for c, value in enumerate(row):
                cell = cells[r * columns + c]
                cell.width = widths[c]
                self._cell(cell, value, bold=heading and r == 0)
        if heading:
            header = word.rows[0]._tr.get_or_add_trPr()
            header.append(OxmlElement("w:tblHeader"))
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

    def picture(self, drawing: Drawing) -> None:
        import io

        from docx.shared import Pt

        if self.pictures is None or not self.pictures:
            self.counts.charts_left_out += 1
            return
        self.counts.pictures += 1
        self.last_was_table = False
        holder = self.document.add_paragraph()
        holder.paragraph_format.line_spacing = 1.0  # not the body's exact leading: it would crop
        holder.add_run().add_picture(io.BytesIO(self.pictures.pop(0)), width=Pt(drawing.width))

    # -- the running header and footer -------------------------------------------------------

    def running(self, header: str, footer: str, page: str) -> None:
        """``page`` holds "\x01" and "\x02" where the page number and the page count go."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import Pt

        section = self.document.sections[0]
        size = Pt(self.styles["running"].fontSize)
        head = section.header.paragraphs[0]
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

    def save(self, path: Path) -> None:
        self.document.save(str(path))


def build_docx(agreement: Agreement, path: Path, pictures: Sequence[bytes] | None = None) -> Counts:
    """Write the agreement as a Word document to ``path`` (see the module's text);
    ``pictures`` are the charts as PNG (:func:`chart_pictures`), ``None`` leaves them out."""
    made = builder(agreement)
    writer = _Writer(made.styles, pictures)
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
    writer.running(running.header, footer, running.page("\x01", "\x02"))  # type: ignore[arg-type]
    metadata = made.metadata()
    properties = writer.document.core_properties
    properties.title, properties.subject = metadata.title, metadata.subject
    properties.author, properties.keywords = metadata.author, metadata.keywords
    writer.save(path)
    return writer.counts
