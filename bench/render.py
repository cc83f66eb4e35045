"""How fast the agreement PDF is made, and what a user would otherwise do.

Prints, in one run: the in-process render time of the demo agreement and of a big agreement
(60 sharing rules, 40 contacts, 6 further actors), warm, median of several runs; beside each, the
floor: bare reportlab laying out the very same flowables on pages of the same size and margins
(no running header and footer, no page count, no watermark; the flowables are made before the
clock starts; the render and its floor are run in turns, so that other load slows both alike),
and how many times the floor the whole render takes, on the wall clock and in
CPU time: the median of the runs' own ratios, each render against the floor run right after it
(a burst of other load on the machine moves the two medians apart, but not the pair it falls
on; the ratio of the two medians is printed beside it); the time of the
whole ``coopbuilder render`` process (median, after one run that is not counted); and, side by
side, the demo agreement built as a DOCX with python-docx and converted by ``libreoffice
--headless --convert-to pdf``. The DOCX holds the same content as the PDF (bench/agreement_docx.py:
the program's own Word export, documents/word.py: every section and clause as the clause library
renders it, the tables, the annexes and the radar chart as a picture), and both page counts are
printed. LibreOffice is timed twice over: its first
run with a new profile folder (it creates the profile: "cold"), then the median of 3 runs with
that same profile ("warm"). Both times include building the DOCX.
Targets: a warm render <= 1.15x its floor, the whole process <= 0.6 s, >= 20x faster than
LibreOffice. The last line sums it up:
``render: demo N ms = R x floor; large N ms = R x floor; process N s``.

It installs nothing: without python-docx (``pip install -e '.[bench]'``) or LibreOffice
(Debian: ``libreoffice-writer-nogui``) it says what is missing and skips that comparison.
Run it with ``make bench``. It prints figures and asserts nothing.
"""

from __future__ import annotations

import datetime as dt
import gc
import importlib.util
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from pyhanko.pdf_utils.reader import PdfFileReader
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from agreement_docx import Counts, build_docx, builder, counts
from coopbuilder.core.agreement import Agreement
from coopbuilder.core.demo import demo_agreement, large_agreement
from coopbuilder.core.exchange import write_exchange_file
from coopbuilder.documents.agreement import render_agreement
from coopbuilder.documents.keeping import keep_lead_ins

DAY = dt.date(2026, 11, 27)
RUNS = 25
LARGE_RUNS = 15
OFFICE_RUNS = 3
TARGET_RATIO = 20


def line(what: str, ms: float, note: str = "") -> None:
    print(f"  {what:<58}{ms:8.1f} ms{'  ' + note if note else ''}")


@dataclass(frozen=True)
class Timing:
    """A median time in milliseconds: on the wall clock, and of the process's CPU (which a
    loaded machine inflates far less: the other processes' turns are not counted)."""

    wall: float
    cpu: float


@dataclass(frozen=True)
class AgainstFloor:
    """A render and its floor, and how many times the floor the render takes: the median of
    the runs' own ratios (each render against the floor run right after it, which the same
    passing load on the machine slowed alike), on the wall clock and in CPU time."""

    render: Timing
    floor: Timing
    ratio: float
    cpu_ratio: float


def _median(times: list[tuple[float, float]]) -> Timing:
    return Timing(
        statistics.median(t[0] for t in times) * 1000, statistics.median(t[1] for t in times) * 1000
    )


def _clocks() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def _since(start: tuple[float, float]) -> tuple[float, float]:
    wall, cpu = _clocks()
    return wall - start[0], cpu - start[1]


def render_and_floor(agreement: Agreement, runs: int = RUNS) -> AgainstFloor:
    """The median time of the whole render of ``agreement`` and of its floor: bare reportlab
    laying out the agreement's own flowables (made anew before each run, outside the clock:
    reportlab changes them as it lays them out). The two are run in turns, so that a machine
    busy with something else slows both alike, each after a collection of the garbage the other
    left; a first round of each warms up (fonts, templates and styles are loaded once per
    process), after which what is loaded is left out of the collector's rounds, as the
    program's render process does (documents/rendering.py)."""
    made = builder(agreement)
    styles = made.styles
    top, right, bottom, left = styles.margins
    width, height = styles.page_size

    def layout(flowables: list[object]) -> None:
        doc = BaseDocTemplate(
            io.BytesIO(),
            pagesize=styles.page_size,
            leftMargin=left,
            rightMargin=right,
            topMargin=top,
            bottomMargin=bottom,
            invariant=1,
        )
        frame = Frame(left, bottom, width - left - right, height - top - bottom, id="body")
        frame.leftPadding = frame.rightPadding = frame.topPadding = frame.bottomPadding = 0
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        doc.build(flowables)

    render_agreement(agreement)
    gc.freeze()  # what is loaded stays out of the collector's rounds, as in the render process
    renders, floors = [], []
    for run in range(runs + 1):
        gc.collect()  # neither pays for the other's garbage
        start = _clocks()
        render_agreement(agreement)
        took = _since(start)
        flowables = keep_lead_ins(builder(agreement).flowables())
        gc.collect()
        start = _clocks()
        layout(flowables)
        if run:  # the first round warms up
            renders.append(took)
            floors.append(_since(start))
    pairs = list(zip(renders, floors, strict=True))
    return AgainstFloor(
        _median(renders),
        _median(floors),
        statistics.median(r[0] / f[0] for r, f in pairs),
        statistics.median(r[1] / f[1] for r, f in pairs),
    )


def process_seconds(agreement_file: Path, out: Path, runs: int = 5) -> float:
    """The median time of ``coopbuilder render`` as a new process, after one run not counted
    (it fills the system's file cache, as LibreOffice's cold run does for LibreOffice)."""
    script = Path(sys.executable).parent / "coopbuilder"
    times = []
    for run in range(runs + 1):
        start = time.perf_counter()
        subprocess.run(
            [str(script), "render", str(agreement_file), "-o", str(out)],
            check=True,
            capture_output=True,
        )
        if run:
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def pdf_pages(path: Path) -> int:
    with path.open("rb") as stream:
        return int(PdfFileReader(stream).root["/Pages"]["/Count"])


def pdf_words(path: Path) -> int | None:
    """How many words ``pdftotext`` finds (None without poppler's pdftotext)."""
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        return None
    text = subprocess.run(
        [pdftotext, str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return len(text.split())


@dataclass(frozen=True)
class Office:
    """The DOCX + LibreOffice way, in seconds."""

    cold: float  # the first run, with a new profile folder that LibreOffice creates
    warm: float  # median of OFFICE_RUNS runs with that profile
    docx: float  # of the warm runs: median time of building the DOCX
    pdf: Path  # the PDF LibreOffice made of the DOCX
    counts: Counts


def office_run(
    office: str, agreement: Agreement, folder: Path, run: str
) -> tuple[float, float, Path]:
    """One run: build the DOCX, convert it; the whole time, the DOCX's time, the PDF."""
    profile = folder / "lo-profile"
    source = folder / f"agreement-{run}.docx"
    start = time.perf_counter()
    build_docx(agreement, source)
    built = time.perf_counter()
    subprocess.run(
        [
            office,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    end = time.perf_counter()
    pdf = source.with_suffix(".pdf")
    if not pdf.is_file():
        raise RuntimeError(f"LibreOffice made no PDF of {source}")
    return end - start, built - start, pdf


def libreoffice(agreement: Agreement, folder: Path) -> Office | None:
    missing = []
    if importlib.util.find_spec("docx") is None:
        missing.append("python-docx (pip install -e '.[bench]')")
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None:
        missing.append("LibreOffice (Debian: apt-get install libreoffice-writer-nogui)")
    if missing:
        print(f"  LibreOffice comparison skipped; missing: {'; '.join(missing)}")
        return None
    assert office is not None
    cold, _, _ = office_run(office, agreement, folder, "cold")
    runs = [office_run(office, agreement, folder, f"warm-{n}") for n in range(OFFICE_RUNS)]
    _, _, pdf = runs[-1]
    return Office(
        cold=cold,
        warm=statistics.median(r[0] for r in runs),
        docx=statistics.median(r[1] for r in runs),
        pdf=pdf,
        counts=counts(agreement, pdf.with_suffix(".docx")),
    )


def verdict(ratio: float) -> str:
    return "met" if ratio >= TARGET_RATIO else "not met"


def compare(
    office: Office, demo_pdf: Path, demo_pages: int, in_process_ms: float, process_s: float
) -> None:
    counts = office.counts
    chart = f"{counts.pictures} chart(s) as a PNG picture"
    print(
        f"  the DOCX: {counts.kinds.get('section', 0)} sections, {counts.kinds.get('annex', 0)} "
        f"annexes, {counts.kinds.get('clause', 0) + counts.kinds.get('body', 0)} clause "
        f"paragraphs, {counts.kinds.get('bullet', 0)} bullets, {counts.tables} tables, {chart} "
        "(the program's own Word export, documents/word.py)"
    )
    words = pdf_words(demo_pdf), pdf_words(office.pdf)
    said = f"; words (pdftotext): {words[0]} and {words[1]}" if None not in words else ""
    print(
        f"  pages: CoopBuilder's PDF {demo_pages}, LibreOffice's PDF of the DOCX "
        f"{pdf_pages(office.pdf)}{said}"
    )
    print("  not carried over: the DRAFT watermark and the empty signature fields")
    line("first run, new LibreOffice profile (cold)", office.cold * 1000)
    line(
        f"warm, same profile, median of {OFFICE_RUNS}",
        office.warm * 1000,
        f"(of which building the DOCX: {office.docx * 1000:.0f} ms)",
    )
    process_ms = process_s * 1000
    print("How many times faster CoopBuilder is (LibreOffice's time / CoopBuilder's time)")
    print(
        f"  {'target >= ' + str(TARGET_RATIO) + 'x':<16}{'than warm LibreOffice':>24}"
        f"{'than cold LibreOffice':>24}"
    )
    for name, ms in (("in process", in_process_ms), ("whole process", process_ms)):
        warm, cold = office.warm * 1000 / ms, office.cold * 1000 / ms
        cells = (f"{ratio:.1f}x {verdict(ratio)}" for ratio in (warm, cold))
        print(f"  {name:<16}" + "".join(f"{cell:>24}" for cell in cells))
    warm_in, warm_process = office.warm * 1000 / in_process_ms, office.warm * 1000 / process_ms
    print(
        f"  >= {TARGET_RATIO}x against warm LibreOffice (the fair comparison): in process "
        f"{verdict(warm_in).upper()} ({warm_in:.1f}x); whole process "
        f"{verdict(warm_process).upper()} ({warm_process:.1f}x)"
    )


def against_floor(what: str, runs: str, measured: AgainstFloor, pages: int) -> None:
    """The render's time and its floor's, on the wall clock and in CPU time, and their ratios."""
    render, floor = measured.render, measured.floor
    line(
        f"{what}, in process, warm, {runs}",
        render.wall,
        f"({pages} pages; CPU {render.cpu:.1f} ms)",
    )
    line(
        "  its floor: bare reportlab, the same flowables",
        floor.wall,
        f"(CPU {floor.cpu:.1f} ms; render = {measured.ratio:.2f}x the floor, "
        f"{measured.cpu_ratio:.2f}x in CPU time; target <= 1.15x)",
    )
    print(
        f"    (the median of the runs' ratios; the ratio of the two medians: "
        f"{render.wall / floor.wall:.2f}x)"
    )


def load() -> str:
    return f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"


def main() -> None:
    demo = demo_agreement("en", DAY)
    big = large_agreement(today=DAY)
    print(f"CoopBuilder agreement PDF (reportlab); the machine: {load()}")
    demo_measured = render_and_floor(demo)
    rendered = render_agreement(demo)
    against_floor("demo agreement", f"median of {RUNS}", demo_measured, rendered.pages)
    big_measured = render_and_floor(big, runs=LARGE_RUNS)
    pages = render_agreement(big).pages
    title = "big agreement (60 rules, 40 contacts, 6 actors)"
    against_floor(title, f"median of {LARGE_RUNS}", big_measured, pages)
    demo_ms, big_ms = demo_measured.render.wall, big_measured.render.wall
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        agreement_file = folder / "demo.json"
        write_exchange_file(agreement_file, demo)
        seconds = process_seconds(agreement_file, folder / "demo.pdf")
        line(
            "whole `coopbuilder render` process, median of 5",
            seconds * 1000,
            "(after 1 run not counted; target <= 600 ms)",
        )
        print(
            "What a user would otherwise do: the same content as a DOCX (python-docx), "
            "then LibreOffice headless to PDF"
        )
        office = libreoffice(demo, folder)
        if office is not None:
            demo_pdf = folder / "demo-in-process.pdf"
            demo_pdf.write_bytes(rendered.pdf)
            compare(office, demo_pdf, rendered.pages, demo_ms, seconds)
    print(f"At the end: {load()}")
    print(
        f"render: demo {demo_ms:.0f} ms = {demo_measured.ratio:.2f} x floor; "
        f"large {big_ms:.0f} ms = {big_measured.ratio:.2f} x floor; process {seconds:.2f} s"
    )


if __name__ == "__main__":
    main()
