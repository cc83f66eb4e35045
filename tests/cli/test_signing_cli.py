"""The signing commands: trial-cert, sign, fields and verify, with their exit codes."""

from __future__ import annotations

import io
import re
import stat
import subprocess
from pathlib import Path

import pytest

from coopbuilder.documents.certificates import TRIAL_MARK, load_signing_identity
from coopbuilder.store.connection import default_workspace_path, open_workspace
from coopbuilder.workflows.trust import certificates_in_file, trust, verify_in_workspace
from tests.cli.test_cli import SCRIPT, run
from tests.documents.pdfs import pdftotext
from tests.signing_fixtures import (
    FIELD_A,
    FIELD_B,
    SIGNED_WORD,
    TrialCerts,
    pdfsig,
    with_title,
)


@pytest.fixture
def files(tmp_path: Path, unsigned_pdf: bytes, trial_certs: TrialCerts) -> Path:
    (tmp_path / "agreement.pdf").write_bytes(unsigned_pdf)
    for who in ("anna", "bernd"):
        cert = getattr(trial_certs, who)
        (tmp_path / f"{who}.p12").write_bytes(cert.p12)
        (tmp_path / f"{who}.pem").write_bytes(cert.pem)
    return tmp_path


@pytest.fixture
def passphrases(monkeypatch: pytest.MonkeyPatch, trial_certs: TrialCerts) -> None:
    monkeypatch.setenv("ANNA_PW", trial_certs.anna.passphrase.decode())
    monkeypatch.setenv("BERND_PW", trial_certs.bernd.passphrase.decode())


def _sign_both(capsys: pytest.CaptureFixture[str], folder: Path) -> Path:
    code, out, err = run(
        capsys,
        "sign",
        str(folder / "agreement.pdf"),
        "--field",
        FIELD_A,
        "--p12",
        str(folder / "anna.p12"),
        "-o",
        str(folder / "signed1.pdf"),
        "--certify",
        "--passphrase-env",
        "ANNA_PW",
    )
    assert code == 0, err
    assert f"Signed the field '{FIELD_A}' as Anna Schmidt (Brückenschlag e.V.)" in out
    assert "certified the document" in out and TRIAL_MARK in out and "SHA-256 " in out
    code, out, err = run(
        capsys,
        "sign",
        str(folder / "signed1.pdf"),
        "--field",
        FIELD_B,
        "--p12",
        str(folder / "bernd.p12"),
        "-o",
        str(folder / "signed2.pdf"),
        "--passphrase-env",
        "BERND_PW",
    )
    assert code == 0, err
    return folder / "signed2.pdf"


@pytest.mark.usefixtures("passphrases")
def test_sign_twice_then_list_and_verify(
    files: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    signed = _sign_both(capsys, files)
    code, out, _ = run(capsys, "fields", str(signed))
    assert code == 0
    assert f"{FIELD_A}   signed  Anna Schmidt  Brückenschlag e.V." in out
    assert "2 of 2 fields signed." in out

    code, out, err = run(capsys, "verify", str(signed))
    assert (code, err) == (0, "")
    header = next(line for line in out.splitlines() if line.startswith("Field"))
    for column in ("Signer", "Organisation", "Result", "Intact", "Key matches", "Certificate"):
        assert column in header
    row_a = next(line for line in out.splitlines() if line.startswith(FIELD_A))
    assert "Anna Schmidt" in row_a and "only signatures or form filling" in row_a
    assert "Verdict: valid, every field signed, but not every signer is trusted." in out
    assert f"note: signed with a {TRIAL_MARK}" in out

    trust = ["--trust", str(files / "anna.pem"), "--trust", str(files / "bernd.pem")]
    code, out, _ = run(capsys, "verify", str(signed), *trust)
    assert code == 0 and "Verdict: valid, every field signed, every signer trusted." in out


@pytest.mark.usefixtures("passphrases")
def test_verify_exits_1_on_a_tampered_file(
    files: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    signed = _sign_both(capsys, files)
    data = bytearray(signed.read_bytes())
    data[data.index(SIGNED_WORD) + 3] ^= 0x01  # one bit of one letter of the signed text
    signed.write_bytes(bytes(data))
    code, out, _ = run(capsys, "verify", str(signed))
    assert code == 1
    assert "INVALID: the signed content was changed" in out
    assert "Verdict: INVALID." in out
    lines = out.splitlines()
    header = next(line for line in lines if line.startswith("Field"))
    result, intact, valid = (header.index(c) for c in ("Result", "Intact", "Key matches"))
    for field in (FIELD_A, FIELD_B):
        row = next(line for line in lines if line.startswith(field))
        assert row[result:intact].split() == ["INVALID"]
        assert row[intact:valid].split() == ["NO"]  # neither intact ...
        assert row[valid:].split()[0] == "NO"  # ... nor shown as valid
        assert "yes" not in row
    found = pdfsig(bytes(data), tmp_path)
    assert [s["Signature Validation"] for s in found] == ["Digest Mismatch."] * 2


def test_a_wrong_passphrase_writes_nothing(
    files: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PW", "wrong horse battery")
    out_file = files / "signed.pdf"
    code, out, err = run(
        capsys,
        "sign",
        str(files / "agreement.pdf"),
        "--field",
        FIELD_A,
        "--p12",
        str(files / "anna.p12"),
        "-o",
        str(out_file),
        "--passphrase-env",
        "PW",
    )
    assert (code, out) == (2, "")
    assert err == f"coopbuilder: error: {files / 'anna.p12'}: The passphrase is wrong " + (
        "(or the file is damaged): the certificate file could not be opened with it.\n"
    )
    assert not out_file.exists()
    assert sorted(p.name for p in files.iterdir()) == [
        "agreement.pdf",
        "anna.p12",
        "anna.pem",
        "bernd.p12",
        "bernd.pem",
    ]


@pytest.mark.usefixtures("passphrases")
@pytest.mark.parametrize(
    ("argv", "message"),
    [
        # an unknown field is reported before a passphrase is asked for
        (["--field", "nope"], "agreement.pdf: The PDF has no signature field named 'nope'"),
        (["--field", FIELD_A, "--passphrase-env", "UNSET_VAR"], "UNSET_VAR is not set"),
        (["--field", FIELD_A], "No passphrase: give --passphrase-env VAR"),
    ],
)
def test_sign_errors_are_one_line(
    files: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    message: str,
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal: no prompt
    base = ["sign", str(files / "agreement.pdf"), "--p12", str(files / "anna.p12")]
    code, out, err = run(capsys, *base, "-o", str(files / "out.pdf"), *argv)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and message in err
    assert not (files / "out.pdf").exists()


def test_verify_and_fields_errors(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (files / "notes.pdf").write_text("just text", encoding="utf-8")
    cases = [
        (["verify", str(files / "notes.pdf")], f"{files / 'notes.pdf'}: This is not a PDF file"),
        (["fields", str(files / "notes.pdf")], "This is not a PDF file"),
        (["verify", str(files / "agreement.pdf")], "The PDF has no signatures"),
        (["verify", str(files / "missing.pdf")], "missing.pdf does not exist."),
        (
            ["verify", str(files / "agreement.pdf"), "--trust", str(files / "anna.p12")],
            f"{files / 'anna.p12'}: This is not a certificate file",
        ),
    ]
    for argv, message in cases:
        code, out, err = run(capsys, *argv)
        assert (code, out) == (2, ""), argv
        assert err.count("\n") == 1 and message in err, err


def test_fields_of_a_pdf_without_any(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.signing_fixtures import agreement_pdf

    (tmp_path / "plain.pdf").write_bytes(agreement_pdf())
    code, out, _ = run(capsys, "fields", str(tmp_path / "plain.pdf"))
    assert code == 0 and "has no signature fields" in out


def test_trial_cert_says_loudly_what_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEW_PW", "s3cret")
    p12 = tmp_path / "anna.p12"
    argv = ["trial-cert", "--name", "Anna Schmidt", "--organisation", "Brückenschlag e.V."]
    code, out, err = run(capsys, *argv, "-o", str(p12), "--passphrase-env", "NEW_PW")
    assert (code, err) == (0, "")
    assert out.count(f"*** {TRIAL_MARK} ***") == 2
    assert "proves nothing about" in out and "s3cret" not in out
    assert stat.S_IMODE(p12.stat().st_mode) == 0o600
    identity = load_signing_identity(p12.read_bytes(), b"s3cret")
    assert (tmp_path / "anna.pem").read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")
    assert "Anna Schmidt" in identity.certificate.subject.rfc4514_string()

    code, out, err = run(capsys, *argv, "-o", str(p12), "--passphrase-env", "NEW_PW")
    assert code == 2 and "already exists" in err
    assert load_signing_identity(p12.read_bytes(), b"s3cret").certificate == identity.certificate


@pytest.mark.usefixtures("passphrases")
def test_the_installed_command_verifies_quietly(
    files: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    signed = _sign_both(capsys, files)
    done = subprocess.run(
        [str(SCRIPT), "verify", str(signed)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert done.stderr == ""  # pyHanko's log records about untrusted certificates stay quiet
    assert "Verdict: valid" in done.stdout


def test_the_installed_commands_print_only_their_own_words(
    tmp_path: Path, unsigned_pdf: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    """trial-cert, sign and verify as a user runs them: nothing on stderr that CoopBuilder did
    not write (no library's deprecation warning, no library's log record)."""
    monkeypatch.setenv("NEW_PW", "a long trial passphrase")
    (tmp_path / "agreement.pdf").write_bytes(unsigned_pdf)
    p12, signed = tmp_path / "anna.p12", tmp_path / "signed.pdf"
    commands = {
        "trial-cert": ["--name", "Anna Schmidt", "-o", str(p12), "--passphrase-env", "NEW_PW"],
        "sign": [
            str(tmp_path / "agreement.pdf"),
            *("--field", FIELD_A, "--p12", str(p12), "-o", str(signed)),
            *("--passphrase-env", "NEW_PW"),
        ],
        "verify": [str(signed), "--no-workspace"],
    }
    for command, argv in commands.items():
        done = subprocess.run(
            [str(SCRIPT), command, *argv], capture_output=True, text=True, check=False
        )
        assert done.stderr == "", command
        assert done.returncode == 0, (command, done.stdout)
    assert signed.is_file()


@pytest.mark.parametrize(
    ("lang", "stamp", "other"),
    [
        ("de", "Digital signiert von Anna Schmidt", "Digitally signed by"),
        ("en", "Digitally signed by Anna Schmidt", "Digital signiert von"),
    ],
)
def test_sign_speaks_the_agreements_language_in_the_signature_box(
    files: Path,
    capsys: pytest.CaptureFixture[str],
    passphrases: None,
    lang: str,
    stamp: str,
    other: str,
) -> None:
    agreement, final = files / "agreement.json", files / "final.pdf"
    assert run(capsys, "demo", str(agreement), "--lang", lang)[0] == 0
    assert run(capsys, "render", str(agreement), "-o", str(final), "--final")[0] == 0
    field = "signature-dr-hans-weiss"
    signed = files / "signed.pdf"
    code, _, err = run(
        capsys,
        "sign",
        str(final),
        "--field",
        field,
        "--p12",
        str(files / "anna.p12"),
        "-o",
        str(signed),
        "--passphrase-env",
        "ANNA_PW",
    )  # no --lang: the PDF names its language
    assert code == 0, err
    text = pdftotext(signed.read_bytes(), files)
    assert f"{stamp}\nBrückenschlag e.V.\n" in text
    assert other not in text


UNTRUSTED = "note: the signer's certificate is not marked as trusted"


def _workspace_trusting_anna(path: Path, anna_pem: bytes) -> None:
    with open_workspace(path) as workspace:
        trust(workspace, certificates_in_file(anna_pem)[0])


@pytest.mark.usefixtures("passphrases")
def test_verify_trusts_the_certificates_marked_trusted_in_the_workspace(
    files: Path, capsys: pytest.CaptureFixture[str], trial_certs: TrialCerts
) -> None:
    signed = _sign_both(capsys, files)
    workspace = files / "shared.sqlite"
    _workspace_trusting_anna(workspace, trial_certs.anna.pem)

    code, out, err = run(capsys, "--workspace", str(workspace), "verify", str(signed))
    assert (code, err) == (0, "")
    assert out.count(UNTRUSTED) == 1  # Anna is trusted in the workspace, Bernd is not
    assert f"{FIELD_B} (Bernd Meier)\n  note: signed with a {TRIAL_MARK}\n  {UNTRUSTED}" in out
    with open_workspace(workspace, create=False) as opened:
        (marked,) = opened.certificates.trusted()
    assert (
        f"Trusted: the trust list of the workspace {workspace}, 1 certificate marked trusted "
        f"under the user name(s) {marked.added_by}." in out
    )
    assert "Verdict: valid, every field signed, but not every signer is trusted." in out
    with open_workspace(workspace, create=False) as opened:  # as the Verify dialog sees it
        assert verify_in_workspace(opened, signed.read_bytes()).verdict.value in out

    bernd = ["--trust", str(files / "bernd.pem")]
    code, out, _ = run(capsys, "--workspace", str(workspace), "verify", str(signed), *bernd)
    assert code == 0 and UNTRUSTED not in out
    assert f"the workspace {workspace}, 1 certificate" in out
    assert "; and 1 certificate given with --trust or --trust-authority." in out
    assert "Verdict: valid, every field signed, every signer trusted." in out

    code, out, _ = run(
        capsys, "--workspace", str(workspace), "verify", str(signed), "--no-workspace"
    )
    assert code == 0 and out.count(UNTRUSTED) == 2
    assert "no certificate given with --trust; no workspace's trust list was used" in out


@pytest.mark.usefixtures("passphrases")
def test_verify_uses_the_default_workspace_only_if_it_exists(
    files: Path, capsys: pytest.CaptureFixture[str], trial_certs: TrialCerts
) -> None:
    signed = _sign_both(capsys, files)
    default = default_workspace_path()
    code, out, err = run(capsys, "verify", str(signed))
    assert (code, err) == (0, "")
    assert out.count(UNTRUSTED) == 2 and "no workspace's trust list was used" in out
    assert not default.exists()  # verifying a file makes no workspace

    _workspace_trusting_anna(default, trial_certs.anna.pem)
    code, out, _ = run(capsys, "verify", str(signed))
    assert code == 0 and out.count(UNTRUSTED) == 1
    assert f"the trust list of the workspace {default}, 1 certificate" in out


@pytest.mark.usefixtures("passphrases")
def test_verify_refuses_a_named_workspace_that_does_not_exist(
    files: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    signed = _sign_both(capsys, files)
    missing = files / "typo.sqlite"
    code, out, err = run(capsys, "--workspace", str(missing), "verify", str(signed))
    assert (code, out) == (2, "")
    assert f"The workspace {missing} does not exist." in err
    assert not missing.exists()


def test_verify_does_not_let_a_trusted_person_forge_anothers_signature(
    tmp_path: Path,
    signed_by_forger: bytes,
    trial_certs: TrialCerts,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Anna's trial certificate is trusted; "Dr. Hans Weiss" signed with a certificate Anna
    issued with her key. His signature is intact, but nobody vouched for it."""
    signed, anna = tmp_path / "signed.pdf", tmp_path / "anna.pem"
    signed.write_bytes(signed_by_forger)
    anna.write_bytes(trial_certs.anna.pem)
    code, out, err = run(capsys, "verify", str(signed), "--trust", str(anna), "--no-workspace")
    assert err == ""
    cells = [re.split(r"\s{2,}", line.strip()) for line in out.splitlines()]
    rows = {row[0]: row for row in cells if len(row) == 10}
    assert rows[FIELD_B][1] == "Dr. Hans Weiss"
    assert (rows[FIELD_A][8], rows[FIELD_B][8]) == ("yes", "no")  # the Trusted column
    assert f"{FIELD_B} (Dr. Hans Weiss)\n  {UNTRUSTED}" in out
    assert "every signer trusted" not in out
    assert "Verdict: valid, every field signed, but not every signer is trusted." in out
    assert f"- not trusted: {FIELD_B} (Dr. Hans Weiss)\n" in out
    assert "Trusted: 1 certificate given with --trust or --trust-authority; no work" in out

    # Anna's certificate as an authority is refused: it may not issue certificates
    code, out, err = run(
        capsys, "verify", str(signed), "--trust-authority", str(anna), "--no-workspace"
    )
    assert (code, out) == (2, "")
    assert f"{anna}: The certificate of" in err and "not a certification authority's" in err


def _columns(out: str, field: str) -> dict[str, str]:
    """The row of ``field`` in the table ``verify`` printed, by column."""
    cells = [re.split(r"\s{2,}", line.strip()) for line in out.splitlines()]
    header = next(row for row in cells if row[0] == "Field")
    return dict(zip(header, next(row for row in cells if row[0] == field), strict=True))


def test_verify_says_what_it_did_not_check_and_can_require_trust(
    tmp_path: Path, signed_twice: bytes, trial_certs: TrialCerts, capsys: pytest.CaptureFixture[str]
) -> None:
    signed, anna = tmp_path / "signed.pdf", tmp_path / "anna.pem"
    signed.write_bytes(signed_twice)
    anna.write_bytes(trial_certs.anna.pem)
    code, out, _ = run(capsys, "verify", str(signed), "--no-workspace")
    assert code == 0
    assert (
        "Not checked:\n"
        "- whether a signer's certificate was revoked: no revocation list or OCSP service is "
        "asked\n"
        "- when a signature was made: the signing time is the one the signer's computer "
        "recorded (there is no trusted timestamp), and certificates are judged at that time\n"
    ) in out
    code, out, _ = run(capsys, "verify", str(signed), "--no-workspace", "--require-trusted")
    assert code == 1 and "- not trusted: " in out
    bernd = tmp_path / "bernd.pem"
    bernd.write_bytes(trial_certs.bernd.pem)
    both = ["--trust", str(anna), "--trust", str(bernd), "--no-workspace", "--require-trusted"]
    code, out, _ = run(capsys, "verify", str(signed), *both)
    assert code == 0 and "Verdict: valid, every field signed, every signer trusted." in out


def test_a_modified_signature_row_agrees_with_the_verdict(
    tmp_path: Path, signed_twice: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter(io.BytesIO(signed_twice), incremental=True)
    writer.add_blank_page(595, 842)
    appended = io.BytesIO()
    writer.write(appended)
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(appended.getvalue())
    code, out, _ = run(capsys, "verify", str(signed), "--no-workspace")
    assert code == 1
    row = _columns(out, FIELD_A)
    # the signed bytes are untouched and the key matches, but the signature is not valid
    assert (row["Intact"], row["Key matches"]) == ("yes", "yes")
    assert (row["Result"], row["Changed after"]) == ("INVALID", "MODIFIED")
    assert "Signature valid" not in out
    assert (
        f"Verdict: INVALID.\n- {FIELD_A} (Anna Schmidt) is not valid:\n"
        "    the document was changed after this signature in a way signing does not allow "
        "(content or pages added, changed or removed)\n"
    ) in out


def test_a_changed_document_title_is_reported_as_a_change(
    tmp_path: Path, signed_twice: bytes, trial_certs: TrialCerts, capsys: pytest.CaptureFixture[str]
) -> None:
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(with_title(signed_twice, "Agreement on something else"))
    trust = ["--trust", str(tmp_path / "a.pem"), "--trust", str(tmp_path / "b.pem")]
    (tmp_path / "a.pem").write_bytes(trial_certs.anna.pem)
    (tmp_path / "b.pem").write_bytes(trial_certs.bernd.pem)
    code, out, _ = run(capsys, "verify", str(signed), *trust, "--no-workspace")
    assert code == 1
    for field in (FIELD_A, FIELD_B):
        row = _columns(out, field)
        assert (row["Result"], row["Changed after"]) == ("INVALID", "DOCUMENT INFORMATION CHANGED")
    assert "only signatures or form filling" not in out and "every signer trusted" not in out
    assert "Verdict: INVALID." in out
    assert (
        "the document's information (title, author, subject or keywords) was changed after "
        "this signature"
    ) in out


def test_a_file_cut_back_to_the_first_signature_is_not_called_complete(
    tmp_path: Path,
    signed_once: bytes,
    signed_twice: bytes,
    trial_certs: TrialCerts,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert signed_twice.startswith(signed_once)  # the first revision of the signed file
    signed, anna = tmp_path / "cut.pdf", tmp_path / "anna.pem"
    signed.write_bytes(signed_once)
    anna.write_bytes(trial_certs.anna.pem)
    trust = ["--trust", str(anna), "--no-workspace"]
    code, out, _ = run(capsys, "verify", str(signed), *trust)
    assert code == 0
    assert _columns(out, FIELD_A)["Result"] == "valid"
    assert "every field signed" not in out
    assert (
        "Verdict: valid so far, but not every field is signed.\n"
        f"- not signed yet: {FIELD_B}\n"
        "This file is not the agreement signed by everyone: fields are still empty."
    ) in out
    code, _, _ = run(capsys, "verify", str(signed), *trust, "--require-complete")
    assert code == 1
