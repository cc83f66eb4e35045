"""The rendering service: PDFs made with the clause libraries it is given, one at a time."""

from __future__ import annotations

import gc
import io
import logging
import multiprocessing.spawn
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from multiprocessing import resource_tracker
from pathlib import Path

import docx
import pytest

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.resources import template_path
from coopbuilder.documents.final import NotReadyToSignError
from coopbuilder.documents.rendering import Renderer, RenderProcess, one_at_a_time
from coopbuilder.documents.templates import ClauseLibraries
from coopbuilder.store.connection import open_workspace
from coopbuilder.workflows.review import comparison
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


def test_the_render_process_makes_the_pdf_in_a_process_of_its_own(
    tmp_path: Path, demo: Agreement
) -> None:
    process = RenderProcess()
    try:
        process.start()
        renderer = Renderer(ClauseLibraries(own_library(tmp_path)), process)
        pid = process.pid()
        assert pid != os.getpid()
        pdf = renderer.agreement(demo)
        assert pdf == Renderer(renderer.libraries).agreement(demo)  # as made here, byte for byte
        assert "2. Our own purpose" in flat(pdftotext(pdf, tmp_path))

        os.kill(pid, signal.SIGKILL)  # the process ended: the next PDF starts another one
        assert "2. Our own purpose" in flat(pdftotext(renderer.agreement(demo), tmp_path))
        assert process.pid() != pid
    finally:
        process.close()


def test_what_the_render_process_loaded_stays_out_of_the_collectors_rounds() -> None:
    process = RenderProcess()
    try:
        process.start()
        assert process.pid() != os.getpid()  # warmed up: the fonts and the PDF library loaded
        assert process.call(gc.get_freeze_count) > 10_000
    finally:
        process.close()


def test_the_reports_and_the_final_pdf_are_made_in_the_render_process(
    tmp_path: Path, demo: Agreement
) -> None:
    """Made there while this process holds its own rendering lock: nothing renders here."""
    with open_workspace(tmp_path / "workspace.sqlite", who="anna") as workspace:
        workspace.agreements.create(demo)
        compared = comparison(workspace, demo.id)
    process = RenderProcess()
    renderer = Renderer(ClauseLibraries(own_library(tmp_path)), process)
    made: dict[str, bytes] = {}

    def render() -> None:
        made["report"] = renderer.report(demo)
        made["review report"] = renderer.review_report(compared)
        made["final"] = renderer.final(demo).pdf

    try:
        with one_at_a_time():
            worker = threading.Thread(target=render)
            worker.start()
            worker.join(timeout=240)
            assert not worker.is_alive(), "a PDF waited for this process's rendering lock"
        here = Renderer(renderer.libraries)
        assert made["report"] == here.report(demo)  # as made here, byte for byte
        assert made["review report"] == here.review_report(compared)
        assert made["final"] == here.final(demo).pdf
        assert "REVIEW REPORT" in flat(pdftotext(made["review report"], tmp_path))
        assert "2. Our own purpose" in flat(pdftotext(made["final"], tmp_path))
        assert "DRAFT" not in flat(pdftotext(made["final"], tmp_path))
    finally:
        process.close()


def test_the_lawyers_edition_and_the_word_document_are_made_in_the_render_process(
    tmp_path: Path, demo: Agreement
) -> None:
    """Made there while this process holds its own rendering lock: nothing renders here."""
    process = RenderProcess()
    renderer = Renderer(ClauseLibraries(own_library(tmp_path)), process)
    made: dict[str, bytes] = {}

    def render() -> None:
        made["legal"] = renderer.for_legal_review(demo)
        made["word"] = renderer.word(demo)

    try:
        with one_at_a_time():
            worker = threading.Thread(target=render)
            worker.start()
            worker.join(timeout=240)
            assert not worker.is_alive(), "a document waited for this process's rendering lock"
        assert process.started and process.pid() != os.getpid()
        here = Renderer(renderer.libraries)
        assert made["legal"] == here.for_legal_review(demo)  # as made here, byte for byte
        assert made["word"] == here.word(demo)
        legal = flat(pdftotext(made["legal"], tmp_path))
        assert "Questions for the lawyers" in legal and "2. Our own purpose" in legal
        headings = [p.text for p in docx.Document(io.BytesIO(made["word"])).paragraphs]
        assert any("Our own purpose" in heading for heading in headings)  # the chosen library
    finally:
        process.close()


def test_a_render_process_that_cannot_start_leaves_the_rendering_here(
    tmp_path: Path,
    demo: Agreement,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A process that ends as soon as it starts (here: a program that is not Python): every
    document is still made, in this process, and the log says why."""
    resource_tracker.ensure_running()  # started as usual: only the render process fails
    false = shutil.which("false")
    assert false is not None
    monkeypatch.setattr(multiprocessing.spawn, "_python_exe", os.fsencode(false))
    process = RenderProcess()
    renderer = Renderer(ClauseLibraries(own_library(tmp_path)), process)
    try:
        with caplog.at_level(logging.WARNING, logger="coopbuilder.documents.rendering"):
            legal = renderer.for_legal_review(demo)
            word = renderer.word(demo)
            pdf = renderer.agreement(demo)
        here = Renderer(renderer.libraries)
        assert legal == here.for_legal_review(demo)
        assert word == here.word(demo)
        assert pdf == here.agreement(demo)
        failed = [r for r in caplog.records if "the render process failed" in r.getMessage()]
        assert len(failed) == 3
    finally:
        process.close()


def test_an_agreement_not_ready_to_sign_is_refused_before_the_render_process(
    demo: Agreement,
) -> None:
    """The refusal, with the checks' findings, is made here: it needs no rendering."""
    broken = demo.model_copy(update={"next_review_date": None})
    process = RenderProcess()
    try:
        with pytest.raises(NotReadyToSignError) as refused:
            Renderer(process=process).final(broken)
        assert refused.value.findings
        assert not process.started
    finally:
        process.close()


PROGRAM = """
import os, sys
from coopbuilder.documents.rendering import RenderProcess
process = RenderProcess()
print(process.pid(), flush=True)
os.kill(os.getpid(), 9)  # the program is killed: nothing closes the render process
"""


def test_the_render_process_ends_with_a_program_that_was_killed() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == -signal.SIGKILL
    pid = int(done.stdout.strip())
    deadline = time.monotonic() + 30
    while _running(pid):
        assert time.monotonic() < deadline, "the render process outlived the program"
        time.sleep(0.1)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    waited = subprocess.run(["ps", "-o", "stat=", "-p", str(pid)], capture_output=True, text=True)
    return not waited.stdout.strip().startswith("Z")  # a zombie has ended
