"""``render --final``: refused while the checks find errors; otherwise the ready-to-sign PDF with
an empty signature field on each signature block, named for ``sign --field``."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from coopbuilder.cli import main
from coopbuilder.documents.signature_fields import list_fields


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("final") / "demo.json"
    assert main(["demo", str(path)]) == 0
    return path


def test_the_final_pdf_has_the_signature_fields_and_no_draft_mark(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "final.pdf"
    assert main(["render", str(demo_file), "-o", str(out), "--final"]) == 0
    printed = capsys.readouterr().out
    assert f"Wrote the final agreement, ready to sign (18 pages) to {out}." in printed
    fields = ["signature-dr-hans-weiss", "signature-petra-lindner"]
    assert [(f.name, f.signed) for f in list_fields(out.read_bytes())] == [
        (name, False) for name in fields
    ]
    assert main(["fields", str(out)]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert [line.split() for line in listed[2:4]] == [[name, "empty"] for name in fields]
    assert listed[-1] == "0 of 2 fields signed."
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "DRAFT" not in text and "Draft for legal review" not in text
    assert "Version 1 · Ready to sign" in text


def test_final_is_refused_with_the_blocking_checks_while_errors_remain(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = json.loads(demo_file.read_text(encoding="utf-8"))
    document["agreement"]["next_review_date"] = None
    for rep in document["agreement"]["partners"][1]["representatives"]:
        rep["signs"] = False
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(document), encoding="utf-8")
    out = tmp_path / "final.pdf"
    assert main(["render", str(broken), "-o", str(out), "--final"]) == 1
    printed, errors = capsys.readouterr()
    assert printed == ""
    first, *checks = errors.splitlines()
    assert first == (
        f"coopbuilder: error: {broken}: 'Cooperation in exit and disengagement work' is not ready "
        "to sign: the agreement checks report 2 errors. Fix them first. Nothing was written."
    )
    assert checks == [
        "  next_review_date: The agreement has no next review date. Set one (usually a year "
        "after the effective date).",
        "  partners[1].representatives: State Criminal Police Office Musterland (LKA), State "
        "Protection Department has no representative who signs the agreement. Add a signatory.",
    ]
    assert not out.exists()
    # the draft is still rendered
    assert main(["render", str(broken), "-o", str(out)]) == 0
