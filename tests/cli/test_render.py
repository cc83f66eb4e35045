"""The ``render`` command."""

from __future__ import annotations

import stat
import subprocess
import sys
from pathlib import Path

import pytest

from coopbuilder.cli import main
from tests.documents.pdfs import pdftotext

SCRIPT = Path(sys.executable).parent / "coopbuilder"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("render") / "demo.json"
    assert main(["demo", str(path)]) == 0
    return path


def test_render_writes_the_agreement_and_the_report_twice_the_same(
    demo_file: Path, tmp_path: Path
) -> None:
    outputs = []
    for run in ("a", "b"):
        agreement, report = tmp_path / f"{run}.pdf", tmp_path / f"{run}-report.pdf"
        done = subprocess.run(
            [str(SCRIPT), "render", str(demo_file), "-o", str(agreement), "--report", str(report)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert done.stderr == ""
        assert f"to {agreement}." in done.stdout and f"to {report}." in done.stdout
        # they name staff with phones and e-mails: their owner's until passed on
        assert {stat.S_IMODE(p.stat().st_mode) for p in (agreement, report)} == {0o600}
        outputs.append((agreement.read_bytes(), report.read_bytes()))
    assert outputs[0][0].startswith(b"%PDF-")
    assert outputs[0] == outputs[1]  # the same bytes from two processes


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not json", "is not valid JSON"),
        (b'{"format": "something else"}', "is not a CoopBuilder agreement file"),
    ],
)
def test_a_bad_file_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    code = main(["render", str(bad), "-o", str(tmp_path / "out.pdf")])
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith(f"coopbuilder: error: {bad} ")
    assert message in err
    assert not (tmp_path / "out.pdf").exists()


def test_a_broken_templates_folder_is_one_line_and_exit_2(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["render", str(demo_file), "-o", str(tmp_path / "o.pdf"), "--templates", "/nope"])
    _, err = capsys.readouterr()
    assert code == 2
    assert err == "coopbuilder: error: The templates folder /nope does not exist.\n"


def test_an_unwritable_target_is_one_line_and_exit_2(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["render", str(demo_file), "-o", str(tmp_path / "missing" / "a.pdf")])
    _, err = capsys.readouterr()
    assert code == 2
    assert "does not exist" in err and err.count("\n") == 1


def test_render_loads_neither_qt_nor_the_database_nor_signing(
    demo_file: Path, tmp_path: Path
) -> None:
    """The render command stays quick: it loads only what a render needs (the cipher only
    for a protected file; pyHanko's stand-ins are not pyHanko, see documents/__init__)."""
    code = (
        "import sys\n"
        "from coopbuilder.cli import main\n"
        "from coopbuilder.documents import STOOD_IN\n"
        f"assert main(['render', {str(demo_file)!r}, '-o', {str(tmp_path / 'a.pdf')!r}]) == 0\n"
        "for heavy in ('PySide6', 'sqlalchemy', 'alembic', 'pyhanko', 'cryptography'):\n"
        "    loaded = [m for m in sys.modules if m.split('.')[0] == heavy and m not in STOOD_IN]\n"
        "    assert not loaded, f'{heavy} was imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_render_writes_a_german_agreement_in_german(tmp_path: Path) -> None:
    demo, out = tmp_path / "demo-de.json", tmp_path / "vereinbarung.pdf"
    assert main(["demo", "--lang", "de", str(demo)]) == 0
    assert main(["render", str(demo), "-o", str(out)]) == 0
    text = pdftotext(out.read_bytes(), tmp_path)
    assert "§ 5 Regeln für die Übermittlung von Informationen" in text
    assert "Anlage B" in text and "Seite 1 von" in text


def test_the_lawyers_edition_numbers_every_open_question(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "annotated.pdf"
    assert main(["render", str(demo_file), "-o", str(out), "--annotated"]) == 0
    assert "Wrote the lawyers' edition of the agreement" in capsys.readouterr().out
    text = " ".join(pdftotext(out.read_bytes(), tmp_path).split())
    assert "Annex E – Questions for the lawyers" in text
    assert "Q1 (section 14): Legal nature" in text
    # the Art. 9(2) condition the demo leaves open for both emergency rules
    assert text.count("which condition of Art. 9(2) GDPR") == 2
    assert "Q17 (section 12): The data protection impact assessment is not done" in text
    # the ordinary draft has no such annex, and a final PDF cannot be the lawyers' edition
    plain = tmp_path / "plain.pdf"
    assert main(["render", str(demo_file), "-o", str(plain)]) == 0
    assert "Questions for the lawyers" not in pdftotext(plain.read_bytes(), tmp_path)
    assert main(["render", str(demo_file), "-o", str(plain), "--annotated", "--final"]) == 2
    assert "cannot be --final" in capsys.readouterr().err


def test_the_german_lawyers_edition(tmp_path: Path) -> None:
    import datetime as dt

    from coopbuilder.core.demo import demo_agreement
    from coopbuilder.documents.agreement import render_agreement

    agreement = demo_agreement("de", today=dt.date(2026, 11, 27))
    pdf = render_agreement(agreement, annotated=True).pdf
    text = " ".join(pdftotext(pdf, tmp_path).split())
    assert "Fragen an die Rechtsberatung" in text
    assert "F1 (§ 14): Rechtsnatur" in text
    assert text.count("Welche Ausnahme nach Art. 9 Abs. 2 DSGVO") == 2


def _draft_of_version_2(signed_file: Path, tmp_path: Path) -> Path:
    """The next version's draft of the agreement in ``signed_file``, a contact replaced."""
    from coopbuilder.core.exchange import read_exchange_file, write_exchange_file

    signed = read_exchange_file(signed_file)
    contacts = [
        c.model_copy(update={"name": "Jana Roth"}) if c.name == "Tobias Brandt" else c
        for c in signed.contacts
    ]
    draft = tmp_path / "version-2.json"
    write_exchange_file(draft, signed.model_copy(update={"version": 2, "contacts": contacts}))
    return draft


@pytest.mark.parametrize("signed_as", ["exchange file", "final PDF"])
def test_redline_marks_the_draft_against_the_signed_version(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], signed_as: str
) -> None:
    signed = demo_file
    if signed_as == "final PDF":
        signed = tmp_path / "signed.pdf"
        assert main(["render", str(demo_file), "-o", str(signed), "--final"]) == 0
    draft, out = _draft_of_version_2(demo_file, tmp_path), tmp_path / "redline.pdf"
    capsys.readouterr()
    assert main(["render", str(draft), "-o", str(out), "--redline", str(signed)]) == 0
    printed = capsys.readouterr().out
    assert "agreement with its changes against version 1 (" in printed
    text = " ".join(pdftotext(out.read_bytes(), tmp_path).split())
    assert "Changes marked against version 1, the signed version" in text
    assert "Changes to this list since version 1" in text
    assert "Name: Tobias Brandt Jana Roth" in text
    assert "This is version 1 2 of the agreement" in text


def test_redline_is_refused_against_another_agreement_or_a_later_version(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft, out = _draft_of_version_2(demo_file, tmp_path), tmp_path / "redline.pdf"
    capsys.readouterr()
    # the draft is no earlier version of itself
    assert main(["render", str(draft), "-o", str(out), "--redline", str(draft)]) == 2
    err = capsys.readouterr().err
    assert "holds version 2 of the agreement, not one before the draft's version 2" in err
    from coopbuilder.core.exchange import read_exchange_file, write_exchange_file

    other = tmp_path / "other.json"
    agreement = read_exchange_file(demo_file)
    write_exchange_file(other, agreement.model_copy(update={"id": "another-agreement"}))
    assert main(["render", str(draft), "-o", str(out), "--redline", str(other)]) == 2
    assert "holds another agreement than" in capsys.readouterr().err
    plain = tmp_path / "plain.pdf"
    assert main(["render", str(demo_file), "-o", str(plain)]) == 0
    capsys.readouterr()
    assert main(["render", str(draft), "-o", str(out), "--redline", str(plain)]) == 2
    assert "has no agreement attached" in capsys.readouterr().err
    for extra in (["--final"], []):
        target = out if extra else tmp_path / "redline.docx"
        args = ["render", str(draft), "-o", str(target), "--redline", str(demo_file), *extra]
        assert main(args) == 2
        assert "cannot be --final or a Word document" in capsys.readouterr().err
    assert not out.exists()
