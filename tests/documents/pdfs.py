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


def flat(text: str) -> str:
    """Whitespace collapsed, so that a phrase wrapped over two lines is found."""
    return re.sub(r"\s+", " ", text)


def characters(pdf: bytes) -> list[tuple[int, float, float, dict[str, Any]]]:
    """Every character with its page number and the page's width and height."""
    out = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for number, page in enumerate(document.pages, start=1):
            for char in page.chars:
                out.append((number, float(page.width), float(page.height), char))
    return out
