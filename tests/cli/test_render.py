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
    """The render command stays quick: it loads only what a render needs."""
    code = (
        "import sys\n"
        "from coopbuilder.cli import main\n"
        f"assert main(['render', {str(demo_file)!r}, '-o', {str(tmp_path / 'a.pdf')!r}]) == 0\n"
        "for heavy in ('PySide6', 'sqlalchemy', 'alembic', 'pyhanko'):\n"
        "    loaded = [m for m in sys.modules if m.split('.')[0] == heavy]\n"
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
