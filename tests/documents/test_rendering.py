"""The rendering service: PDFs made with the clause libraries it is given, one at a time."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.resources import template_path
from coopbuilder.documents.rendering import Renderer, one_at_a_time
from coopbuilder.documents.templates import ClauseLibraries
from tests.documents.pdfs import flat, pdftotext


def own_library(tmp_path: Path) -> Path:
    """An organisation's copy of the English library, with a heading of its own."""
    folder = tmp_path / "own" / "en"
    shutil.copytree(template_path("en"), folder)
    file = folder / "02-purpose.yaml"
    text = file.read_text(encoding="utf-8")
    file.write_text(text.replace('heading: "Purpose and scope"', 'heading: "Our own purpose"'))
    return folder.parent


def test_each_renderer_uses_the_libraries_it_was_given(tmp_path: Path, demo: Agreement) -> None:
    chosen = Renderer(ClauseLibraries(own_library(tmp_path)))
    shipped = Renderer()
    assert "2. Our own purpose" in flat(pdftotext(chosen.agreement(demo), tmp_path))
    assert "2. Purpose and scope" in flat(pdftotext(shipped.agreement(demo), tmp_path))

    chosen.libraries.chosen = None  # the choice changed: the next PDF follows it
    assert "2. Purpose and scope" in flat(pdftotext(chosen.agreement(demo), tmp_path))


def test_a_pdf_waits_while_another_is_made(demo: Agreement) -> None:
    renderer = Renderer()
    made: list[bytes] = []
    with one_at_a_time():
        worker = threading.Thread(target=lambda: made.append(renderer.report(demo)))
        worker.start()
        worker.join(timeout=1.0)
        assert worker.is_alive() and made == []  # held back by the PDF being made here
    worker.join(timeout=60)
    assert not worker.is_alive()
    [report] = made
    assert report.startswith(b"%PDF-")
