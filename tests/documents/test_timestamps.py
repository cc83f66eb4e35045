"""An RFC 3161 timestamp from the organisation's time-stamping service (PAdES-B-T), against a
service run on loopback (tests/timestamp_fixtures.py): with a certificate file and with a card,
the signature carries a timestamp of the service's authority, which validates; a service that
cannot be reached or that refuses means nothing is signed. Off by default."""

from __future__ import annotations

import datetime as dt
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from coopbuilder.core import clock
from coopbuilder.core.errors import UserError
from coopbuilder.documents.signing import sign
from coopbuilder.documents.signing_settings import set_timestamp_url, timestamp_url
from coopbuilder.documents.timestamps import TimestampError, check_timestamp_url
from coopbuilder.documents.tokens import TokenKey, sign_with_token
from coopbuilder.documents.verification import TrustList, verify
from tests.signing_fixtures import FIELD_A, FIELD_B, TrialCerts, pdfsig
from tests.timestamp_fixtures import Tsa, timestamp_of
from tests.token_fixtures import CARD, PIN, SIGNING_LABEL, SoftHsm


def test_a_file_signature_with_a_timestamp(
    unsigned_pdf: bytes, trial_certs: TrialCerts, tsa: Tsa, tmp_path: Path
) -> None:
    anna = trial_certs.anna
    before = tsa.replies
    signed = sign(unsigned_pdf, FIELD_A, anna.p12, anna.passphrase, timestamp_url=tsa.url)
    assert tsa.replies > before  # the service was asked
    stamped = timestamp_of(signed, 0, tsa)
    assert stamped is not None and abs(stamped - clock.now()) < dt.timedelta(minutes=1)
    assert verify(signed, [anna.pem]).ok
    assert pdfsig(signed, tmp_path)[0]["Signature Validation"] == "Signature is Valid."


def test_without_a_service_there_is_no_timestamp(
    unsigned_pdf: bytes, trial_certs: TrialCerts, tsa: Tsa
) -> None:
    assert timestamp_url() is None  # off by default
    anna = trial_certs.anna
    before = len(tsa.requests)
    signed = sign(unsigned_pdf, FIELD_A, anna.p12, anna.passphrase)
    assert timestamp_of(signed, 0, tsa) is None
    assert len(tsa.requests) == before


def test_a_card_signature_with_a_timestamp(
    unsigned_pdf: bytes, trial_certs: TrialCerts, tsa: Tsa, softhsm: SoftHsm, tmp_path: Path
) -> None:
    anna = trial_certs.anna
    once = sign(unsigned_pdf, FIELD_A, anna.p12, anna.passphrase, certify=True)
    key = TokenKey(module=softhsm.module, token=CARD, cert_label=SIGNING_LABEL)
    twice = sign_with_token(once, FIELD_B, key, PIN, timestamp_url=tsa.url)
    assert timestamp_of(twice, 0, tsa) is None
    assert timestamp_of(twice, 1, tsa) is not None
    assert verify(twice, TrustList(people=(anna.pem,), authorities=(softhsm.ca_pem,))).ok
    found = pdfsig(twice, tmp_path)
    assert all(s["Signature Validation"] == "Signature is Valid." for s in found)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_service_that_does_not_answer_means_nothing_is_signed(
    unsigned_pdf: bytes, trial_certs: TrialCerts
) -> None:
    anna = trial_certs.anna
    url = f"http://127.0.0.1:{_closed_port()}/tsr"
    with pytest.raises(TimestampError) as caught:
        sign(unsigned_pdf, FIELD_A, anna.p12, anna.passphrase, timestamp_url=url)
    assert str(caught.value).startswith(f"The time-stamping service {url} gave no timestamp (")
    assert str(caught.value).endswith(
        "); nothing was signed. Try again later, or sign without a timestamp."
    )


def test_a_service_that_refuses_means_nothing_is_signed(
    unsigned_pdf: bytes, trial_certs: TrialCerts, tsa: Tsa
) -> None:
    anna = trial_certs.anna
    tsa.refuse = True
    try:
        with pytest.raises(TimestampError, match="gave no timestamp"):
            sign(unsigned_pdf, FIELD_A, anna.p12, anna.passphrase, timestamp_url=tsa.url)
    finally:
        tsa.refuse = False


def test_the_service_is_a_setting_of_the_workstation(tsa: Tsa) -> None:
    set_timestamp_url(f"  {tsa.url} ")
    assert timestamp_url() == tsa.url
    set_timestamp_url(None)
    assert timestamp_url() is None
    for bad in ("tsa.example.org", "ftp://tsa.example.org/", "https://"):
        with pytest.raises(UserError, match="is not the address of a time-stamping service"):
            check_timestamp_url(bad)


NO_HTTP = """
import sys
import coopbuilder.documents.verification, coopbuilder.documents.signing
from pyhanko.sign.timestamps import HTTPTimeStamper
from pyhanko_certvalidator.fetchers.aiohttp_fetchers import AIOHttpFetcherBackend
for client in (HTTPTimeStamper, AIOHttpFetcherBackend):
    try:
        client("https://tsa.example.org")
    except RuntimeError as exc:
        print(exc)
print("aiohttp" in sys.modules)
"""


def test_pyhankos_aiohttp_clients_are_not_loaded_and_say_so_when_made() -> None:
    """A new interpreter, as the program starts (this one has loaded them for the tests)."""
    done = subprocess.run([sys.executable, "-c", NO_HTTP], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    *refusals, loaded = done.stdout.splitlines()
    assert len(refusals) == 2
    assert all("UrlTimeStamper" in refusal for refusal in refusals)
    assert loaded == "False"
