"""``render FILE -o agreement.docx``: the draft as a Word document, chosen by the suffix; the
final agreement stays a PDF."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from coopbuilder.cli import main
from tests.cli.helpers import run


def test_a_docx_name_writes_the_draft_as_a_word_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "demo.json"
    assert main(["demo", str(source), "--lang", "de"]) == 0
    capsys.readouterr()
    out = tmp_path / "Vereinbarung.DOCX"
    code, printed, err = run(capsys, "render", str(source), "-o", str(out))
    assert (code, err) == (0, "")
    assert printed == f"Wrote the draft agreement as a Word document to {out}.\n"
    document = docx.Document(str(out))
    assert document.paragraphs[1].style.name == "Title"
    assert document.sections[0].header.paragraphs[0].text.startswith("ENTWURF")
    again = tmp_path / "again.docx"
    assert run(capsys, "render", str(source), "-o", str(again))[0] == 0
    assert again.read_bytes() == out.read_bytes()


def test_the_final_agreement_is_not_written_as_a_word_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "demo.json"
    assert main(["demo", str(source)]) == 0
    capsys.readouterr()
    out = tmp_path / "final.docx"
    code, printed, err = run(capsys, "render", str(source), "-o", str(out), "--final")
    assert (code, printed) == (2, "")
    assert "The final agreement is signed as a PDF; write it to a .pdf file" in err
    assert not out.exists()
