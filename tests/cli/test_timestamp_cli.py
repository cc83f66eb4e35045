"""``coopbuilder timestamp-service``: the organisation's time-stamping service, off by default;
once set, ``sign`` (with a file or a card) adds its timestamp, ``--no-timestamp`` skips it once,
``--off`` turns it off. The service runs on loopback (tests/timestamp_fixtures.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.helpers import run
from tests.signing_fixtures import FIELD_A, FIELD_B, TrialCerts
from tests.timestamp_fixtures import Tsa, timestamp_of
from tests.token_fixtures import CARD, PIN, SIGNING_LABEL, SoftHsm


@pytest.fixture
def folder(
    tmp_path: Path, unsigned_pdf: bytes, trial_certs: TrialCerts, monkeypatch: pytest.MonkeyPatch
) -> Path:
    (tmp_path / "agreement.pdf").write_bytes(unsigned_pdf)
    (tmp_path / "anna.p12").write_bytes(trial_certs.anna.p12)
    monkeypatch.setenv("ANNA_PW", trial_certs.anna.passphrase.decode())
    monkeypatch.setenv("CARD_PIN", PIN)
    return tmp_path


def _sign_with_file(capsys: pytest.CaptureFixture[str], folder: Path, *more: str) -> str:
    code, out, err = run(
        capsys,
        "sign",
        str(folder / "agreement.pdf"),
        "--field",
        FIELD_A,
        "--p12",
        str(folder / "anna.p12"),
        "--passphrase-env",
        "ANNA_PW",
        "-o",
        str(folder / "signed.pdf"),
        *more,
    )
    assert code == 0, err
    return out


def test_off_by_default_then_set_used_skipped_and_turned_off(
    folder: Path, tsa: Tsa, softhsm: SoftHsm, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "timestamp-service")
    assert code == 0 and out.startswith("No time-stamping service: signatures get no timestamp")
    asked = len(tsa.requests)
    assert "timestamp" not in _sign_with_file(capsys, folder)
    assert len(tsa.requests) == asked  # nothing went over the network

    code, out, _ = run(capsys, "timestamp-service", tsa.url)
    assert code == 0 and out.startswith(f"Time-stamping service: {tsa.url}\n")
    out = _sign_with_file(capsys, folder)
    assert f"With a timestamp from {tsa.url}." in out
    once = (folder / "signed.pdf").read_bytes()
    assert timestamp_of(once, 0, tsa) is not None

    (folder / "once.pdf").write_bytes(once)
    code, out, err = run(
        capsys,
        "sign",
        str(folder / "once.pdf"),
        "--field",
        FIELD_B,
        "--pkcs11-module",
        str(softhsm.module),
        "--token",
        CARD,
        "--cert-label",
        SIGNING_LABEL,
        "--pin-env",
        "CARD_PIN",
        "-o",
        str(folder / "twice.pdf"),
    )
    assert code == 0, err
    assert f"with the card '{CARD}'" in out and f"With a timestamp from {tsa.url}." in out
    assert timestamp_of((folder / "twice.pdf").read_bytes(), 1, tsa) is not None

    asked = len(tsa.requests)
    assert "timestamp" not in _sign_with_file(capsys, folder, "--no-timestamp")
    assert len(tsa.requests) == asked
    assert timestamp_of((folder / "signed.pdf").read_bytes(), 0, tsa) is None

    code, out, _ = run(capsys, "timestamp-service", "--off")
    assert code == 0 and out.startswith("No time-stamping service")


def test_a_bad_address_and_a_service_that_fails(
    folder: Path, tsa: Tsa, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "timestamp-service", "tsa.example.org")
    assert code == 2
    assert "'tsa.example.org' is not the address of a time-stamping service" in err
    run(capsys, "timestamp-service", tsa.url)
    tsa.refuse = True
    try:
        code, out, err = run(
            capsys,
            "sign",
            str(folder / "agreement.pdf"),
            "--field",
            FIELD_A,
            "--p12",
            str(folder / "anna.p12"),
            "--passphrase-env",
            "ANNA_PW",
            "-o",
            str(folder / "signed.pdf"),
        )
    finally:
        tsa.refuse = False
    assert code == 2 and out == ""
    assert f"The time-stamping service {tsa.url} gave no timestamp" in err
    assert not (folder / "signed.pdf").exists()
