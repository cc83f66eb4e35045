"""Helpers for reading PDFs in tests: text as pdftotext sees it, characters with positions."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path
from typing import Any

import pdfplumber


def pdftotext(pdf: bytes, tmp_path: Path, layout: bool = False) -> str:
    source = tmp_path / "extract.pdf"
    source.write_bytes(pdf)
    args = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(source), "-"]
    done = subprocess.run(args, capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def qpdf_check(pdf: bytes, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """``qpdf --check`` run on ``pdf`` (its return code and what it printed)."""
    source = tmp_path / "check.pdf"
    source.write_bytes(pdf)
    return subprocess.run(["qpdf", "--check", str(source)], capture_output=True, text=True)


def flat(text: str) -> str:
    """Whitespace collapsed, so that a phrase wrapped over two lines is found."""
    return re.sub(r"\s+", " ", text)


def across_pages(body: str, title: str) -> str:
    """A flat agreement text without the running footer and header between its pages, so that
    a phrase that runs over a page break is found."""
    footer = r" Version \d+ [^.]*? (?:Page|Seite) \d+ (?:of|von) \d+ "
    return re.sub(footer + re.escape(title) + " ", " ", body)


def characters(pdf: bytes) -> list[tuple[int, float, float, dict[str, Any]]]:
    """Every character with its page number and the page's width and height."""
    out = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for number, page in enumerate(document.pages, start=1):
            for char in page.chars:
                out.append((number, float(page.width), float(page.height), char))
    return out


def page_texts(pdf: bytes, tmp_path: Path) -> list[str]:
    """The text of every page on its own (pdftotext -f N -l N), first page first."""
    source = tmp_path / "pages.pdf"
    source.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(source)], capture_output=True, check=True, text=True)
    count = int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))  # type: ignore[union-attr]
    out = []
    for page in range(1, count + 1):
        args = ["pdftotext", "-enc", "UTF-8", "-f", str(page), "-l", str(page), str(source), "-"]
        out.append(subprocess.run(args, capture_output=True, check=True).stdout.decode("utf-8"))
    return out


def pdf_fonts(pdf: bytes, tmp_path: Path) -> list[tuple[str, bool]]:
    """Each font poppler's ``pdffonts`` lists: its name (subset prefix removed) and whether it
    is embedded."""
    source = tmp_path / "fonts.pdf"
    source.write_bytes(pdf)
    done = subprocess.run(["pdffonts", str(source)], capture_output=True, text=True, check=True)
    fonts = []
    for row in done.stdout.splitlines()[2:]:
        # name, type (one or two words), encoding, then emb sub uni and the object's number
        words = row.split()
        fonts.append((words[0].split("+")[-1], words[-5] == "yes"))
    return fonts
