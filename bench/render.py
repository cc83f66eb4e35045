"""How fast the agreement PDF is made, and what a user would otherwise do.

Prints, in one run: the in-process render time of the demo agreement and of a big agreement
(60 sharing rules, 40 contacts, 6 further actors), warm, median of several runs; the time of the
whole ``coopbuilder render`` process; and, side by side, an equivalent DOCX built with
python-docx from the same data and converted by ``libreoffice --headless --convert-to pdf``.
Targets: demo <= 150 ms, big <= 600 ms, whole process <= 0.8 s, >= 20x faster than LibreOffice.

It installs nothing: without python-docx (``pip install -e '.[bench]'``) or LibreOffice
(Debian: ``libreoffice-writer-nogui``) it says what is missing and skips that comparison.
Run it with ``make bench``. It prints figures and asserts nothing.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.demo import demo_agreement, large_agreement
from coopbuilder.core.exchange import write_exchange_file
from coopbuilder.core.texts import label
from coopbuilder.documents.agreement import render_agreement

DAY = dt.date(2026, 11, 27)
RUNS = 7


def median_ms(work: Callable[[], object], runs: int = RUNS) -> float:
    work()  # warm: fonts, templates and styles are loaded once per process
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def process_seconds(agreement_file: Path, out: Path, runs: int = 5) -> float:
    script = Path(sys.executable).parent / "coopbuilder"
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [str(script), "render", str(agreement_file), "-o", str(out)],
            check=True,
            capture_output=True,
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def build_docx(agreement: Agreement, path: Path) -> None:
    """The same content as the agreement's tables and parties, as a Word document."""
    import docx  # python-docx, from the [bench] extra

    document = docx.Document()
    document.add_heading(agreement.title, 0)
    for partner in agreement.partners:
        document.add_paragraph(f"{partner.name}, {partner.address}")
    document.add_heading("Sharing matrix", 1)
    table = document.add_table(rows=1, cols=6)
    for cell, text in zip(
        table.rows[0].cells,
        ["Category", "From → to", "When", "Channel", "Legal basis", "Retention"],
        strict=True,
    ):
        cell.text = text
    for rule in agreement.sharing_rules:
        cells = table.add_row().cells
        cells[0].text = rule.category
        cells[1].text = f"{rule.from_partner_id} → {rule.to_partner_id}"
        cells[2].text = label(rule.when)
        cells[3].text = label(rule.channel) if rule.channel else ""
        cells[4].text = rule.legal_basis.national_law or rule.legal_basis.note
        cells[5].text = rule.retention
    document.add_heading("Contacts", 1)
    contacts = document.add_table(rows=1, cols=4)
    for cell, text in zip(contacts.rows[0].cells, ["Name", "Role", "Phone", "E-mail"], strict=True):
        cell.text = text
    for contact in agreement.contacts:
        cells = contacts.add_row().cells
        cells[0].text, cells[1].text = contact.name, contact.role
        cells[2].text, cells[3].text = contact.phone, contact.secure_email
    for action in agreement.actions:
        document.add_paragraph(action.text, style="List Bullet")
    document.save(str(path))


def libreoffice_seconds(agreement: Agreement, folder: Path, runs: int = 3) -> float | None:
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
    times = []
    profile = folder / "lo-profile"
    for run in range(runs):
        start = time.perf_counter()
        source = folder / f"agreement-{run}.docx"
        build_docx(agreement, source)
        subprocess.run(
            [
                office,
                f"-env:UserInstallation=file://{profile}",
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
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    demo = demo_agreement("en", DAY)
    big = large_agreement(today=DAY)
    print("CoopBuilder agreement PDF (reportlab)")
    demo_ms = median_ms(lambda: render_agreement(demo))
    pages = render_agreement(demo).pages
    print(
        f"  demo agreement, in process, warm, median of {RUNS}: {demo_ms:7.1f} ms "
        f"({pages} pages; target <= 150 ms)"
    )
    big_ms = median_ms(lambda: render_agreement(big), runs=5)
    pages = render_agreement(big).pages
    print(
        f"  big agreement (60 rules, 40 contacts, 6 actors):    {big_ms:7.1f} ms "
        f"({pages} pages; target <= 600 ms)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        agreement_file = folder / "demo.json"
        write_exchange_file(agreement_file, demo)
        seconds = process_seconds(agreement_file, folder / "demo.pdf")
        print(
            f"  whole `coopbuilder render` process, median of 5:   {seconds * 1000:7.1f} ms "
            "(target <= 800 ms)"
        )
        print("What a user would otherwise do: python-docx, then LibreOffice headless to PDF")
        office = libreoffice_seconds(demo, folder)
        if office is not None:
            print(f"  demo agreement, DOCX + LibreOffice, median of 3:  {office * 1000:7.1f} ms")
            print(
                f"  CoopBuilder's whole process is {office / seconds:.1f}x faster; "
                f"in process {office * 1000 / demo_ms:.0f}x (target >= 20x)"
            )


if __name__ == "__main__":
    main()
