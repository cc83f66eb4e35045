"""Signing a field with a PKCS#12 file, and trial certificates."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import logging

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtensionOID, NameOID
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import MDPPerm
from pyhanko.sign.validation.pdf_embedded import read_certification_data

from coopbuilder.core import clock
from coopbuilder.core.errors import UserError
from coopbuilder.documents.certificates import (
    TRIAL_MARK,
    CertificateFileError,
    load_signing_identity,
    make_trial_certificate,
)
from coopbuilder.documents.pdf_input import PdfFileError
from coopbuilder.documents.signing import sha256_of, sign
from tests.signing_fixtures import FIELD_A, FIELD_B, TrialCerts, trial_cert


def test_each_signature_is_an_incremental_update(
    unsigned_pdf: bytes, signed_once: bytes, signed_twice: bytes
) -> None:
    assert signed_once.startswith(unsigned_pdf)
    assert signed_twice.startswith(signed_once)


def test_the_first_signature_certifies_allowing_form_filling_only(signed_once: bytes) -> None:
    certification = read_certification_data(PdfFileReader(io.BytesIO(signed_once)))
    assert certification is not None
    assert certification.permission is MDPPerm.FILL_FORMS


def test_only_the_first_signature_may_certify(signed_once: bytes, trial_certs: TrialCerts) -> None:
    bernd = trial_certs.bernd
    with pytest.raises(UserError, match="Only the first signature can certify"):
        sign(signed_once, FIELD_B, bernd.p12, bernd.passphrase, certify=True)


def test_a_wrong_passphrase_is_a_clear_error(
    unsigned_pdf: bytes, trial_certs: TrialCerts, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with pytest.raises(CertificateFileError, match="passphrase is wrong") as raised:
        sign(unsigned_pdf, FIELD_A, trial_certs.anna.p12, b"not-the-passphrase")
    assert "not-the-passphrase" not in str(raised.value) + caplog.text


def test_a_certificate_file_without_a_private_key_cannot_sign(
    unsigned_pdf: bytes, trial_certs: TrialCerts
) -> None:
    cert = load_signing_identity(trial_certs.anna.p12, trial_certs.anna.passphrase).certificate
    no_key = pkcs12.serialize_key_and_certificates(
        b"public only", None, cert, None, serialization.BestAvailableEncryption(b"pw")
    )
    with pytest.raises(CertificateFileError, match="holds no private key"):
        sign(unsigned_pdf, FIELD_A, no_key, b"pw")


def test_a_file_that_is_not_pkcs12_is_named_as_such(unsigned_pdf: bytes) -> None:
    with pytest.raises(CertificateFileError, match="not a PKCS#12 certificate file"):
        sign(unsigned_pdf, FIELD_A, b"-----BEGIN CERTIFICATE-----\n", b"pw")


def test_unknown_and_signed_fields_are_refused(
    unsigned_pdf: bytes, signed_once: bytes, trial_certs: TrialCerts
) -> None:
    anna = trial_certs.anna
    with pytest.raises(PdfFileError, match=f"no signature field named 'nope'.*'{FIELD_A}'"):
        sign(unsigned_pdf, "nope", anna.p12, anna.passphrase)
    with pytest.raises(PdfFileError, match=f"'{FIELD_A}' is already signed by Anna Schmidt"):
        sign(signed_once, FIELD_A, anna.p12, anna.passphrase)


def test_a_certificate_outside_its_validity_period_does_not_sign(unsigned_pdf: bytes) -> None:
    now = clock.now()
    expired = trial_cert("Old", "Org", b"pw", valid_days=1, not_before=now - dt.timedelta(days=9))
    with pytest.raises(CertificateFileError, match="expired on"):
        sign(unsigned_pdf, FIELD_A, expired.p12, expired.passphrase)
    early = trial_cert("Early", "Org", b"pw", not_before=now + dt.timedelta(days=2))
    with pytest.raises(CertificateFileError, match="not valid before"):
        sign(unsigned_pdf, FIELD_A, early.p12, early.passphrase)


def test_sha256_of() -> None:
    assert sha256_of(b"agreement") == hashlib.sha256(b"agreement").hexdigest()


def test_a_trial_certificate_is_marked_not_for_real_use() -> None:
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    p12 = make_trial_certificate("Anna Schmidt", "Brückenschlag e.V.", b"pw", not_before=start)
    cert = load_signing_identity(p12, b"pw").certificate
    assert cert.subject.get_attributes_for_oid(NameOID.ORGANIZATIONAL_UNIT_NAME)[0].value == (
        TRIAL_MARK
    )
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "Anna Schmidt"
    assert cert.issuer == cert.subject
    usage = cert.extensions.get_extension_for_oid(ExtensionOID.KEY_USAGE).value
    assert isinstance(usage, x509.KeyUsage)
    assert usage.digital_signature and usage.content_commitment and not usage.key_cert_sign
    assert cert.not_valid_before_utc == start
    assert cert.not_valid_after_utc == start + dt.timedelta(days=365)
    with pytest.raises(CertificateFileError, match="passphrase is wrong"):
        load_signing_identity(p12, b"other")


@pytest.mark.parametrize(
    ("name", "organisation", "passphrase", "message"),
    [
        ("  ", None, b"pw", "name of a trial certificate must not be empty"),
        ("x" * 65, None, b"pw", "at most 64 characters"),
        ("Anna", None, b"", "needs a passphrase"),
    ],
)
def test_a_trial_certificate_needs_a_name_and_a_passphrase(
    name: str, organisation: str | None, passphrase: bytes, message: str
) -> None:
    with pytest.raises(UserError, match=message):
        make_trial_certificate(name, organisation, passphrase)


@pytest.mark.parametrize("days", [0, 3651, 10**11])
def test_a_trial_certificate_is_valid_for_one_day_to_ten_years(days: int) -> None:
    with pytest.raises(UserError, match=f"valid for 1 to 3650 days, not {days}"):
        make_trial_certificate("Anna", None, b"pw", valid_days=days)
