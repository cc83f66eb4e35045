"""``coopbuilder sign --token``: the police manager signs the demo's final PDF with a card
(SoftHSM2, tests/token_fixtures.py) after the NGO signed with a certificate file; ``verify`` and
poppler's ``pdfsig`` find both signatures valid. Each refusal of a card is one line on stderr,
exit code 2, and no output file."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from coopbuilder.documents.final import render_final, signing_representatives
from coopbuilder.documents.tokens import SETTINGS_FILE
from coopbuilder.paths import app_home
from tests.cli.helpers import run
from tests.cli.test_cli import SCRIPT
from tests.signing_fixtures import TrialCerts, pdfsig
from tests.token_fixtures import (
    CARD,
    ENCRYPTION_LABEL,
    EXPIRED_CARD,
    HOLDER,
    KEYLESS_CARD,
    LOCKED_CARD,
    PIN,
    SIGNING_LABEL,
    SoftHsm,
)


@pytest.fixture(scope="module")
def demo_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, str, str]:
    from coopbuilder.core.demo import demo_agreement
    from tests.conftest import DEMO_DAY

    agreement = demo_agreement("en", today=DEMO_DAY)
    ngo, police = (rep.field_name for rep in signing_representatives(agreement))
    return render_final(agreement).pdf, ngo, police


@pytest.fixture
def folder(
    tmp_path: Path,
    demo_files: tuple[bytes, str, str],
    trial_certs: TrialCerts,
    softhsm: SoftHsm,
    monkeypatch: pytest.MonkeyPatch,
) -> Path:
    (tmp_path / "final.pdf").write_bytes(demo_files[0])
    (tmp_path / "anna.p12").write_bytes(trial_certs.anna.p12)
    (tmp_path / "anna.pem").write_bytes(trial_certs.anna.pem)
    (tmp_path / "police-ca.pem").write_bytes(softhsm.ca_pem)
    monkeypatch.setenv("ANNA_PW", trial_certs.anna.passphrase.decode())
    monkeypatch.setenv("CARD_PIN", PIN)
    monkeypatch.setenv("WRONG_PIN", "000000")
    return tmp_path


def _card_args(softhsm: SoftHsm, source: Path, field: str, out: Path, *more: str) -> list[str]:
    return [
        "sign",
        str(source),
        "--field",
        field,
        "--pkcs11-module",
        str(softhsm.module),
        "--token",
        CARD,
        "--cert-label",
        SIGNING_LABEL,
        "--pin-env",
        "CARD_PIN",
        "-o",
        str(out),
        *more,
    ]


def test_the_ngo_signs_with_a_file_the_police_with_the_card(
    folder: Path,
    softhsm: SoftHsm,
    demo_files: tuple[bytes, str, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, ngo, police = demo_files
    once, twice = folder / "once.pdf", folder / "twice.pdf"
    code, _, err = run(
        capsys,
        "sign",
        str(folder / "final.pdf"),
        "--field",
        ngo,
        "--p12",
        str(folder / "anna.p12"),
        "--passphrase-env",
        "ANNA_PW",
        "--certify",
        "-o",
        str(once),
    )
    assert code == 0, err
    code, out, err = run(
        capsys, *_card_args(softhsm, once, police, twice, "--location", "Musterstadt")
    )
    assert code == 0, err
    assert f"Signed the field '{police}' as {HOLDER} (LKA Musterland) with the card '{CARD}'." in (
        out
    )
    assert PIN not in out + err

    code, out, _ = run(
        capsys,
        "verify",
        str(twice),
        "--trust",
        str(folder / "anna.pem"),
        "--trust-authority",  # the card's certificate was issued by the police's CA
        str(folder / "police-ca.pem"),
        "--no-workspace",
    )
    assert code == 0, out
    assert "Verdict: valid, every field signed, every signer trusted." in out
    found = pdfsig(twice.read_bytes(), folder)
    assert [s["Signer Certificate Common Name"] for s in found] == ["Anna Schmidt", HOLDER]
    assert all(s["Signature Validation"] == "Signature is Valid." for s in found)

    # The module is remembered on the workstation (not the PIN): the next signature needs only
    # the card's label.
    stored = (app_home() / SETTINGS_FILE).read_text()
    assert str(softhsm.module) in stored and PIN not in stored
    args = _card_args(softhsm, folder / "final.pdf", police, folder / "again.pdf")
    del args[4:6]  # no --pkcs11-module
    code, out, err = run(capsys, *args)
    assert code == 0, err
    assert (folder / "again.pdf").exists()


def _refused(capsys: pytest.CaptureFixture[str], args: list[str], out: Path) -> str:
    code, stdout, err = run(capsys, *args)
    assert code == 2 and stdout == ""
    assert not out.exists()  # nothing written
    return err


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            {"--pkcs11-module": "/nowhere/opensc-pkcs11.so"},
            "There is no PKCS#11 module at /nowhere/opensc-pkcs11.so.",
        ),
        ({"--token": "Signaturkarte"}, "No card or token named 'Signaturkarte' is inserted"),
        (
            {"--pin-env": "WRONG_PIN"},
            f"The PIN is wrong for the card '{CARD}'; nothing was signed. The card reports that "
            "few tries are left",
        ),
        (
            {"--token": LOCKED_CARD},
            f"The PIN of the card '{LOCKED_CARD}' is locked after too many wrong tries",
        ),
        (
            {"--token": KEYLESS_CARD},
            f"The card '{KEYLESS_CARD}' holds no private key for '{SIGNING_LABEL}'",
        ),
        ({"--token": EXPIRED_CARD}, "The certificate expired on "),
        ({"--cert-label": ENCRYPTION_LABEL}, "The certificate is not valid for signing"),
    ],
)
def test_each_refusal_of_a_card_is_one_plain_message(
    folder: Path,
    softhsm: SoftHsm,
    demo_files: tuple[bytes, str, str],
    capsys: pytest.CaptureFixture[str],
    change: dict[str, str],
    message: str,
) -> None:
    out = folder / "signed.pdf"
    args = _card_args(softhsm, folder / "final.pdf", demo_files[2], out)
    for option, value in change.items():
        args[args.index(option) + 1] = value
    err = _refused(capsys, args, out)
    assert message in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_card_options_need_a_card_and_a_module(
    folder: Path, demo_files: tuple[bytes, str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    out = folder / "signed.pdf"
    base = ["sign", str(folder / "final.pdf"), "--field", demo_files[2], "-o", str(out)]
    err = _refused(
        capsys, [*base, "--p12", str(folder / "anna.p12"), "--cert-label", SIGNING_LABEL], out
    )
    assert "--cert-label goes with --token (signing with a card)." in err
    err = _refused(capsys, [*base, "--token", CARD, "--pin-env", "CARD_PIN"], out)
    assert "Which PKCS#11 module drives the card? Give --pkcs11-module LIB.so" in err


def test_the_pin_is_asked_for_only_in_a_terminal(
    folder: Path, softhsm: SoftHsm, demo_files: tuple[bytes, str, str]
) -> None:
    out = folder / "signed.pdf"
    args = _card_args(softhsm, folder / "final.pdf", demo_files[2], out)
    del args[args.index("--pin-env") : args.index("--pin-env") + 2]
    done = subprocess.run(
        [str(SCRIPT), *args],
        capture_output=True,
        text=True,
        check=False,
        stdin=subprocess.DEVNULL,
        env={**os.environ},
    )
    assert done.returncode != 0
    assert "No PIN: give --pin-env VAR, or run the command in a terminal" in done.stderr
    assert not out.exists()


def test_no_card_inserted(
    folder: Path, softhsm: SoftHsm, demo_files: tuple[bytes, str, str], tmp_path: Path
) -> None:
    """SoftHSM2 with no token set up is a reader without a card (run in a process of its own,
    which loads the module with that configuration)."""
    empty = tmp_path / "no-cards"
    (empty / "tokens").mkdir(parents=True)
    conf = empty / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {empty / 'tokens'}\nobjectstore.backend = file\n")
    out = folder / "signed.pdf"
    done = subprocess.run(
        [str(SCRIPT), *_card_args(softhsm, folder / "final.pdf", demo_files[2], out)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "SOFTHSM2_CONF": str(conf), "CARD_PIN": PIN},
    )
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == (
        "coopbuilder: error: No card or token is inserted (the module "
        f"{softhsm.module} finds none). Insert the card, or plug in the token, and try again.\n"
    )
    assert not out.exists()
