from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coopbuilder import __version__
from coopbuilder.cli import main
from coopbuilder.core.demo import demo_agreement
from coopbuilder.core.errors import UserError
from coopbuilder.core.exchange import write_exchange_file
from tests.cli.helpers import run
from tests.documents.pdfs import pdftotext

SCRIPT = Path(sys.executable).parent / "coopbuilder"


def test_demo_assess_check_with_the_installed_command(tmp_path: Path) -> None:
    demo = tmp_path / "x.json"
    for argv in (["demo", str(demo)], ["assess", str(demo)], ["check", str(demo)]):
        done = subprocess.run([str(SCRIPT), *argv], capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr
        assert done.stderr == ""
    assert "No problems found" in done.stdout


def test_demo_writes_a_loadable_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "demo.json"
    code, out, _ = run(capsys, "demo", str(out_file))
    assert code == 0
    assert str(out_file) in out
    document = json.loads(out_file.read_text(encoding="utf-8"))
    agreement = document["agreement"]
    assert len(agreement["sharing_rules"]) >= 11
    assert len(agreement["contacts"]) == 8


def test_assess_prints_the_findings_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo = tmp_path / "demo.json"
    run(capsys, "demo", str(demo))
    code, out, _ = run(capsys, "assess", str(demo))
    assert code == 0
    header = next(line for line in out.splitlines() if line.startswith("Precondition"))
    assert "Brückenschlag" in header and "LKA Musterland" in header
    transparency = next(line for line in out.splitlines() if line.startswith("Transparency"))
    assert "2.50 !Gap" in transparency and "4.17  Strength" in transparency
    assert "yes: means 1.67 apart" in transparency
    assert "- Knowledge gap: Transparency (Brückenschlag)" in out
    assert "replaced since" not in out  # the demo is rated against the current catalogue
    assert "- Gap: Continuity (LKA Musterland)" in out
    assert "agreed action: Name a deputy for every LKA contact" in out


def test_check_exits_1_on_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    demo = tmp_path / "demo.json"
    run(capsys, "demo", str(demo))
    document = json.loads(demo.read_text(encoding="utf-8"))
    document["agreement"]["next_review_date"] = None
    document["agreement"]["contacts"][0]["deputy_id"] = None
    demo.write_text(json.dumps(document), encoding="utf-8")
    code, out, _ = run(capsys, "check", str(demo))
    assert code == 1
    assert "ERROR   next_review_date" in out
    assert "WARNING contacts[0].deputy_id" in out
    assert "1 error, 1 warning" in out


def test_check_and_render_final_refuse_a_dangerous_agreement(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo = tmp_path / "demo.json"
    run(capsys, "demo", str(demo))
    document = json.loads(demo.read_text(encoding="utf-8"))
    rules = {r["id"]: r for r in document["agreement"]["sharing_rules"]}
    rules["r-imminent-danger"]["threshold"] = "possible"  # below "likely"
    rules["r-planned-offence"]["four_eyes"] = True  # a personal duty put to a vote
    rules["r-confirmation"]["logged"] = False  # NGO to police, unlogged
    demo.write_text(json.dumps(document), encoding="utf-8")
    code, out, _ = run(capsys, "check", str(demo))
    assert code == 1
    assert "ERROR   sharing_rules[6].threshold" in out
    assert "ERROR   sharing_rules[5].four_eyes" in out
    assert "ERROR   sharing_rules[3].logged" in out
    code, _, err = run(capsys, "render", str(demo), "-o", str(tmp_path / "f.pdf"), "--final")
    assert code == 1 and "Nothing was written" in err
    assert not (tmp_path / "f.pdf").exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "is not a text file"),
        (b'{"format": "something else"}', "is not a CoopBuilder agreement file"),
        (
            b'{"format": "coopbuilder.agreement", "schema_version": 99, "agreement": {}}',
            "written by a newer CoopBuilder",
        ),
    ],
)
@pytest.mark.parametrize("command", ["assess", "check"])
def test_a_bad_file_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, content: bytes, message: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    code, out, err = run(capsys, command, str(bad))
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith(f"coopbuilder: error: {bad} ")
    assert message in err


def test_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "check", str(tmp_path / "none.json"))
    assert code == 2
    assert "does not exist" in err


def test_demo_into_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "demo", str(tmp_path / "no" / "demo.json"))
    assert code == 2
    assert "does not exist" in err and "Traceback" not in err


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"CoopBuilder {__version__}"
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in ("demo", "assess", "check"):
        assert command in out


def test_the_commands_do_not_load_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from coopbuilder.cli import main\n"
        f"main(['demo', {str(tmp_path / 'd.json')!r}])\n"
        f"main(['check', {str(tmp_path / 'd.json')!r}])\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_german_demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    demo = tmp_path / "de.json"
    assert run(capsys, "demo", "--lang", "de", str(demo))[0] == 0
    document = json.loads(demo.read_text(encoding="utf-8"))["agreement"]
    assert document["language"] == "de"
    assert document["title"] == "Kooperation in der Ausstiegs- und Distanzierungsarbeit"
    code, out, _ = run(capsys, "check", str(demo))
    assert code == 0, out
    code, out, _ = run(capsys, "assess", str(demo))
    assert "Transparency" in out and "2.50 !Gap" in out  # the command line speaks English


def test_assess_check_and_render_read_a_protected_file_with_its_passphrase(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    protected = tmp_path / "protected.json"
    write_exchange_file(protected, demo_agreement("en"), "a long passphrase")
    pdf = tmp_path / "agreement.pdf"
    commands = {
        "assess": ["assess", str(protected)],
        "check": ["check", str(protected)],
        "render": ["render", str(protected), "-o", str(pdf)],
    }
    monkeypatch.setenv("COOP_PASS", "a long passphrase")
    monkeypatch.setenv("WRONG", "another passphrase")
    for name, argv in commands.items():
        code, out, err = run(capsys, *argv)
        assert (code, out) == (2, ""), name
        assert err.startswith(f"coopbuilder: error: {protected} is protected with a passphrase")
        assert err.endswith("holds it with --passphrase-env VAR.\n"), name
        assert len(err.splitlines()) == 1
        code, out, err = run(capsys, *argv, "--passphrase-env", "WRONG")
        assert (code, out) == (2, "") and "the passphrase is wrong" in err, name
        code, out, err = run(capsys, *argv, "--passphrase-env", "UNSET")
        assert (code, out) == (2, "") and "UNSET is not set" in err, name
        assert not pdf.exists()
    code, out, _ = run(capsys, *commands["assess"], "--passphrase-env", "COOP_PASS")
    assert code == 0 and "- Gap: Continuity (LKA Musterland)" in out
    code, out, _ = run(capsys, *commands["check"], "--passphrase-env", "COOP_PASS")
    assert code == 0 and "No problems found" in out
    code, out, _ = run(capsys, *commands["render"], "--passphrase-env", "COOP_PASS")
    assert code == 0 and f"to {pdf}." in out
    assert "Brückenschlag" in pdftotext(pdf.read_bytes(), tmp_path)


def test_errors_are_english_on_a_german_system(tmp_path: Path) -> None:
    """The command line speaks English, even where the GUI would speak German."""
    from coopbuilder.core.exchange import read_exchange_file
    from coopbuilder.core.messages import message_in

    broken = tmp_path / "kaputt.json"
    broken.write_text("{not json", encoding="utf-8")
    german = {"LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8", "LANGUAGE": "de"}
    done = subprocess.run(
        [str(SCRIPT), "check", str(broken)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **german},
    )
    assert done.returncode == 2
    assert done.stderr.startswith(f"coopbuilder: error: {broken} is not valid JSON (line 1,")
    with pytest.raises(UserError) as caught:
        read_exchange_file(broken)
    assert message_in(caught.value, "de").startswith(f"{broken} ist kein gültiges JSON (Zeile 1,")


def test_the_version_is_told_without_loading_the_commands() -> None:
    code = (
        "import sys\n"
        "from coopbuilder.__main__ import main\n"
        "assert main(['--version']) == 0\n"
        "print(sorted(m for m in sys.modules if m.startswith(('coopbuilder.', 'pydantic'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    first, loaded = done.stdout.splitlines()
    assert first == f"CoopBuilder {__version__}"
    assert loaded == "['coopbuilder.__main__', 'coopbuilder._version']"


def test_the_installed_package_carries_the_programs_version() -> None:
    """pyproject.toml takes the version from coopbuilder/_version.py: the package's metadata
    (which the built program and its installers read) says the same."""
    from importlib.metadata import version

    assert version("coopbuilder") == __version__
