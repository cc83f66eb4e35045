"""The workspace commands: list, import, export, and the global --workspace option."""

from __future__ import annotations

import stat
import subprocess
import sys
from pathlib import Path

import pytest

from coopbuilder.cli import main
from coopbuilder.core.agreement import Agreement
from coopbuilder.core.exchange import read_exchange_file, write_exchange_file
from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.store.connection import open_workspace
from tests.cli.helpers import run

SCRIPT = Path(sys.executable).parent / "coopbuilder"


def test_import_list_export_in_the_default_workspace(
    tmp_path: Path, demo: Agreement, capsys: pytest.CaptureFixture[str], _isolated_home: Path
) -> None:
    source = tmp_path / "demo.json"
    write_exchange_file(source, demo)
    code, out, _ = run(capsys, "import", str(source))
    assert code == 0
    assert f"as version 1 of '{demo.title}' (agreement {demo.id}, draft)" in out
    assert (_isolated_home / "workspace.sqlite").exists()
    code, out, _ = run(capsys, "import", str(source), "--as-new-version", demo.id)
    assert "as version 2" in out

    code, out, _ = run(capsys, "list")
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "Version", "Status", "Next", "review", "Title", "(partners)"]
    assert len(lines) == 3  # one agreement, its latest version
    assert lines[2].split()[:3] == [demo.id, "2", "Draft"]
    assert "Brückenschlag / LKA Musterland" in lines[2]
    assert run(capsys, "list", "--search", "nothing like this")[1] == "No agreements match.\n"
    assert demo.id in run(capsys, "list", "--status", "draft", "--due-within", "400")[1]
    assert "No agreements match" in run(capsys, "list", "--status", "signed")[1]

    out_file = tmp_path / "out.json"
    code, out, _ = run(capsys, "export", demo.id, str(out_file), "--number", "1")
    assert code == 0 and f"Wrote version 1 of '{demo.title}'" in out
    assert read_exchange_file(out_file) == demo


def test_a_file_that_says_signed_is_imported_as_a_draft(
    tmp_path: Path, demo: Agreement, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "edited.json"
    write_exchange_file(source, demo.model_copy(update={"status": AgreementStatus.SIGNED}))
    code, out, _ = run(capsys, "--workspace", str(tmp_path / "w.sqlite"), "import", str(source))
    assert code == 0 and f"(agreement {demo.id}, draft)" in out


def test_protected_files_take_the_passphrase_from_the_environment(
    tmp_path: Path,
    demo: Agreement,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    workspace = str(tmp_path / "team.sqlite")
    source, protected = tmp_path / "demo.json", tmp_path / "protected.json"
    write_exchange_file(source, demo)
    run(capsys, "--workspace", workspace, "import", str(source))
    monkeypatch.setenv("COOP_PASS", "a long passphrase")
    code, out, _ = run(
        capsys,
        "--workspace",
        workspace,
        "export",
        demo.id,
        str(protected),
        "--passphrase-env",
        "COOP_PASS",
    )
    assert code == 0 and "protected with the passphrase" in out

    code, _, err = run(capsys, "--workspace", workspace, "import", str(protected))
    assert code == 2
    assert err.startswith(f"coopbuilder: error: {protected} is protected with a passphrase")
    assert "--passphrase-env VAR" in err and len(err.splitlines()) == 1
    monkeypatch.setenv("WRONG", "another passphrase")
    code, _, err = run(
        capsys, "--workspace", workspace, "import", str(protected), "--passphrase-env", "WRONG"
    )
    assert code == 2 and "the passphrase is wrong" in err
    code, _, err = run(
        capsys, "--workspace", workspace, "import", str(protected), "--passphrase-env", "UNSET"
    )
    assert code == 2 and "UNSET is not set" in err
    code, out, _ = run(
        capsys, "--workspace", workspace, "import", str(protected), "--passphrase-env", "COOP_PASS"
    )
    assert code == 0 and "Imported" in out


def test_workspace_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    not_a_workspace = tmp_path / "notes.txt"
    not_a_workspace.write_text("shopping list", encoding="utf-8")
    code, _, err = run(capsys, "--workspace", str(not_a_workspace), "list")
    assert code == 2
    assert (
        err == f"coopbuilder: error: {not_a_workspace} is not a CoopBuilder workspace "
        "(it is not a database file at all).\n"
    )
    code, _, err = run(capsys, "export", "nope", str(tmp_path / "x.json"))
    assert code == 2 and "There is no agreement 'nope'" in err


def test_a_named_workspace_that_does_not_exist_is_not_made_by_a_command_that_reads(
    tmp_path: Path,
    demo: Agreement,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    typo = tmp_path / "shared" / "teem.sqlite"
    for command in (
        ["list"],
        ["export", demo.id, str(tmp_path / "out.json")],
        ["reviews"],
        ["diff", demo.id, "1", "2"],
        ["calendar", str(tmp_path / "reviews.ics")],
    ):
        code, out, err = run(capsys, "--workspace", str(typo), *command)
        assert (code, out) == (2, ""), command
        assert err == (
            f"coopbuilder: error: The workspace {typo} does not exist. Check the name and the "
            "folder.\n"
        )
        assert not typo.exists() and not typo.parent.exists()
    monkeypatch.setenv("COOPBUILDER_DATABASE_URL", f"sqlite:///{typo}")  # named there, too
    assert run(capsys, "list")[0] == 2 and not typo.exists()
    monkeypatch.delenv("COOPBUILDER_DATABASE_URL")
    # import makes the workspace it is told to add to; then the others read it
    source = tmp_path / "demo.json"
    write_exchange_file(source, demo)
    assert run(capsys, "--workspace", str(typo), "import", str(source))[0] == 0
    code, out, _ = run(capsys, "--workspace", str(typo), "list")
    assert code == 0 and demo.id in out


def test_the_installed_command_lists_a_workspace(tmp_path: Path) -> None:
    open_workspace(tmp_path / "w.sqlite").close()
    done = subprocess.run(
        [str(SCRIPT), "--workspace", str(tmp_path / "w.sqlite"), "list"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "No agreements match.\n", "")


def refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """What the command line says when it refuses ``argv`` before any work (exit code 2)."""
    with pytest.raises(SystemExit) as caught:
        main(list(argv))
    out, err = capsys.readouterr()
    assert (caught.value.code, out) == (2, "")
    assert "Traceback" not in err
    return err.splitlines()[-1]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["list", "--due-within", "40000"], "argument --due-within: '40000' is not a number of"),
        (["list", "--due-within", "-1"], "'-1' is not a number of days (a whole number from 0"),
        (["reviews", "--due-within", "1e9"], "'1e9' is not a number of days"),
        (
            ["export", "x", "o.json", "--number", "99999999999999999999"],
            "'99999999999999999999' is not a version number (a whole number from 1 to 999999)",
        ),
        (["export", "x", "o.json", "--number", "0"], "'0' is not a version number"),
        (["diff", "x", "1", "99999999999999999999"], "is not a version number"),
        (["diff", "x", "-3", "2"], "'-3' is not a version number"),
        (
            ["trial-cert", "--name", "A", "-o", "c.p12", "--valid-days", "99999999999"],
            "'99999999999' is not a number of days (a whole number from 1 to 3650)",
        ),
        (["trial-cert", "--name", "A", "-o", "c.p12", "--valid-days", "0"], "from 1 to 3650"),
        (
            ["export", "x" * 100_000, "o.json"],
            f"argument ID: '{'x' * 60}...' is not an agreement id (at most 64 letters, digits,",
        ),
        (["diff", "a b", "1", "2"], "'a b' is not an agreement id"),
        (["import", "d.json", "--as-new-version", "x" * 65], "is not an agreement id"),
    ],
)
def test_numbers_out_of_range_are_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    workspace = tmp_path / "w.sqlite"
    assert message in refused(capsys, "--workspace", str(workspace), *argv)
    assert not workspace.exists() and not (tmp_path / "c.p12").exists()


def test_the_largest_numbers_allowed_work(
    tmp_path: Path, demo: Agreement, capsys: pytest.CaptureFixture[str]
) -> None:
    from coopbuilder.cli import signing
    from coopbuilder.documents import certificates

    assert signing.TRIAL_MAX_DAYS == certificates.TRIAL_MAX_DAYS
    workspace = str(tmp_path / "w.sqlite")
    source = tmp_path / "demo.json"
    write_exchange_file(source, demo)
    assert run(capsys, "--workspace", workspace, "import", str(source))[0] == 0
    code, out, _ = run(capsys, "--workspace", workspace, "list", "--due-within", "36500")
    assert code == 0 and demo.id in out
    code, out, _ = run(capsys, "--workspace", workspace, "reviews", "--due-within", "36500")
    assert code == 0
    code, _, err = run(
        capsys, "--workspace", workspace, "export", demo.id, "o.json", "--number", "999999"
    )
    assert code == 2 and err.count("\n") == 1 and "999999" in err


def test_a_search_text_that_is_too_long_is_one_line(
    tmp_path: Path, demo: Agreement, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = str(tmp_path / "w.sqlite")
    source = tmp_path / "demo.json"
    write_exchange_file(source, demo)
    assert run(capsys, "--workspace", workspace, "import", str(source))[0] == 0
    code, out, err = run(capsys, "--workspace", workspace, "list", "--search", "x" * 100_000)
    assert (code, out) == (2, "")
    assert err == (
        "coopbuilder: error: The search text has 100000 characters; search with at most 200 "
        "(a few words of the title or a partner's name).\n"
    )
    code, out, _ = run(capsys, "--workspace", workspace, "list", "--search", "Brückenschlag" * 15)
    assert code == 0 and out == "No agreements match.\n"  # 195 characters: searched


class Terminal:
    """Standard input as a person at a terminal: answers typed lines; passphrases are typed
    through getpass (patched alongside), the way the program asks for them."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines

    def isatty(self) -> bool:
        return True

    def readline(self) -> str:
        return self.lines.pop(0) + "\n"


def _typing(monkeypatch: pytest.MonkeyPatch, passphrases: list[str], lines: list[str]) -> list[str]:
    """Make standard input a terminal where ``passphrases`` are typed when asked for, then
    ``lines``; what the program asked is returned as it asks."""
    asked: list[str] = []

    def getpass(prompt: str = "") -> str:
        asked.append(prompt)
        return passphrases.pop(0)

    monkeypatch.setattr("getpass.getpass", getpass)
    monkeypatch.setattr(sys, "stdin", Terminal(lines))
    return asked


def test_at_a_terminal_the_passphrases_are_asked_for(
    tmp_path: Path,
    demo: Agreement,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    workspace = str(tmp_path / "team.sqlite")
    source, protected = tmp_path / "demo.json", tmp_path / "protected.json"
    write_exchange_file(source, demo)
    run(capsys, "--workspace", workspace, "import", str(source))

    # a weak passphrase is refused, and one is made up instead
    _typing(monkeypatch, ["Sommer2026!", "Sommer2026!"], [])
    code, _, err = run(capsys, "--workspace", workspace, "export", demo.id, str(protected))
    assert code == 2 and "too easy to guess" in err
    made_up = err.split("A passphrase made up for you: ")[1].split()[0]
    assert len(made_up.split("-")) == 6 and not protected.exists()

    asked = _typing(monkeypatch, [made_up, made_up], [])
    code, out, _ = run(capsys, "--workspace", workspace, "export", demo.id, str(protected))
    assert code == 0 and "protected with the passphrase" in out
    assert asked == [
        f"Passphrase to protect {protected} (Enter alone: not protected): ",
        "Repeat the passphrase: ",
    ]
    assert stat.S_IMODE(protected.stat().st_mode) == 0o600

    asked = _typing(monkeypatch, [made_up], [])
    code, out, _ = run(capsys, "--workspace", workspace, "import", str(protected))
    assert code == 0 and "Imported" in out
    assert asked == [f"Passphrase of {protected}: "]

    # Enter alone: the file is written unprotected, and the program says what that means
    plain = tmp_path / "plain.json"
    _typing(monkeypatch, [""], [])
    code, out, _ = run(capsys, "--workspace", workspace, "export", demo.id, str(plain))
    assert code == 0 and "The file is not protected" in out
    assert read_exchange_file(plain) == demo


def test_a_plain_file_read_with_a_passphrase_is_a_warning_and_a_question(
    tmp_path: Path,
    demo: Agreement,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A protected file swapped for a forged plain one is noticed, not read silently."""
    workspace = str(tmp_path / "team.sqlite")
    swapped = tmp_path / "from-the-partner.json"
    write_exchange_file(swapped, demo)
    monkeypatch.setenv("COOP_PASS", "a long passphrase of ours")
    given = ["--passphrase-env", "COOP_PASS"]

    code, out, err = run(capsys, "--workspace", workspace, "import", str(swapped), *given)
    assert (code, out) == (2, "")
    assert f"{swapped} is not protected with a passphrase, though one was given" in err
    assert "--accept-unprotected" in err

    code, out, err = run(capsys, "check", str(swapped), *given)
    assert code == 2 and "is not protected with a passphrase" in err

    _typing(monkeypatch, [], ["n"])
    code, out, err = run(capsys, "--workspace", workspace, "import", str(swapped), *given)
    assert code == 2 and f"Warning: {swapped} is NOT protected" in err
    assert "Read it all the same? [y/N]" in err and f"{swapped} was not read." in err

    _typing(monkeypatch, [], ["y"])
    code, out, err = run(capsys, "--workspace", workspace, "import", str(swapped), *given)
    assert code == 0 and "Imported" in out and "Warning" in err

    monkeypatch.setattr(sys, "stdin", None)
    code, out, err = run(
        capsys,
        "--workspace",
        workspace,
        "import",
        str(swapped),
        *given,
        "--accept-unprotected",
    )
    assert code == 0 and "Imported" in out and f"Warning: {swapped} is NOT protected" in err


def test_audit_verify_finds_an_entry_changed_behind_the_programs_back(
    tmp_path: Path, demo: Agreement, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    workspace = tmp_path / "team.sqlite"
    source = tmp_path / "demo.json"
    write_exchange_file(source, demo)
    for _ in range(3):
        run(capsys, "--workspace", str(workspace), "import", str(source))
    code, out, _ = run(capsys, "--workspace", str(workspace), "audit", "verify")
    assert code == 0
    assert out.startswith(f"The audit trail of {workspace} is whole: 3 entries")

    # as anyone with the file could, with any SQLite tool
    connection = sqlite3.connect(workspace)
    with connection:
        connection.execute(
            "UPDATE audit_log SET who = 'Kriminaldirektor.Mueller', at = '2020-01-01 00:00:00' "
            "WHERE id = 2"
        )
    connection.close()
    code, out, _ = run(capsys, "--workspace", str(workspace), "audit", "verify")
    assert code == 1
    assert f"The audit trail of {workspace} was changed behind the program's back." in out
    assert (
        "First broken entry: #2 (2020-01-01 00:00:00 UTC, imported, user name "
        "Kriminaldirektor.Mueller): was changed after it was written" in out
    )
