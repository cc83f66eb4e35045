"""Signing with a smartcard: SoftHSM2 stands in for the card (tests/token_fixtures.py). The
demo's final PDF is signed by the NGO with a certificate file and by the police manager with
the card, in both orders; each refusal of a card is one plain message, and nothing is signed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from coopbuilder.core import clock
from coopbuilder.core.errors import UserError
from coopbuilder.documents.final import render_final, signing_representatives
from coopbuilder.documents.signature_fields import list_fields
from coopbuilder.documents.signing import sign
from coopbuilder.documents.tokens import (
    SETTINGS_FILE,
    TokenError,
    TokenKey,
    list_certificates,
    list_tokens,
    remember_module,
    remembered_module,
    sign_with_token,
    usual_modules,
)
from coopbuilder.documents.verification import TrustList, Verdict, verify
from tests.documents.pdfs import pdftotext
from tests.signing_fixtures import TrialCert, TrialCerts, pdfsig
from tests.token_fixtures import (
    CA_NAME,
    CARD,
    ENCRYPTION_LABEL,
    EXPIRED_CARD,
    HOLDER,
    KEYLESS_CARD,
    LOCKED_CARD,
    ORGANISATION,
    PIN,
    RSA_CARD,
    SIGNING_LABEL,
    SoftHsm,
)


@pytest.fixture(scope="module")
def demo_final() -> tuple[bytes, str, str]:
    """The demo agreement's final PDF and its two fields (the NGO's, the police's)."""
    from coopbuilder.core.demo import demo_agreement
    from tests.conftest import DEMO_DAY

    agreement = demo_agreement("en", today=DEMO_DAY)
    ngo, police = (rep.field_name for rep in signing_representatives(agreement))
    return render_final(agreement).pdf, ngo, police


def _card(softhsm: SoftHsm, token: str = CARD, **labels: str) -> TokenKey:
    return TokenKey(module=softhsm.module, token=token, **labels)


def test_lists_the_cards_and_the_certificates_with_holder_issuer_and_validity(
    softhsm: SoftHsm,
) -> None:
    cards = {t.label: t for t in list_tokens(softhsm.module)}
    assert set(cards) == {CARD, EXPIRED_CARD, KEYLESS_CARD, LOCKED_CARD, RSA_CARD}
    assert cards[CARD].manufacturer == "SoftHSM project"
    certs = {c.label: c.info for c in list_certificates(softhsm.module, CARD)}
    assert set(certs) == {SIGNING_LABEL, ENCRYPTION_LABEL}
    signing = certs[SIGNING_LABEL]
    assert (signing.name, signing.organisation) == (HOLDER, ORGANISATION)
    assert CA_NAME in signing.issuer
    assert signing.valid_from < clock.now() < signing.valid_until


def test_the_demo_signed_with_a_file_then_with_the_card(
    softhsm: SoftHsm, demo_final: tuple[bytes, str, str], trial_certs: TrialCerts, tmp_path: Path
) -> None:
    final, ngo, police = demo_final
    anna = trial_certs.anna
    once = sign(final, ngo, anna.p12, anna.passphrase, certify=True, location="Nürnberg")
    twice = sign_with_token(
        once, police, _card(softhsm, cert_label=SIGNING_LABEL), PIN, location="Musterstadt"
    )
    assert twice.startswith(once)  # an incremental update: the first signature stays intact
    fields = {f.name: f for f in list_fields(twice)}
    assert (fields[police].signer, fields[police].organisation) == (HOLDER, ORGANISATION)
    assert fields[police].location == "Musterstadt"
    signed_at = fields[police].signed_at
    assert signed_at is not None and dt.timedelta(0) <= clock.now() - signed_at < dt.timedelta(
        minutes=1
    )  # the program's clock (the tests start it on 27 November 2026), not the machine's

    report = verify(twice, _trusting(softhsm, anna))
    assert report.verdict is Verdict.VALID_TRUSTED
    assert [c.field for c in report.signatures] == [ngo, police]
    assert report.signatures[0].certifies and not report.signatures[1].certifies
    assert verify(twice).verdict is Verdict.VALID_UNTRUSTED  # the card's CA not trusted

    found = pdfsig(twice, tmp_path)
    assert [s["Signer Certificate Common Name"] for s in found] == ["Anna Schmidt", HOLDER]
    assert all(s["Signature Validation"] == "Signature is Valid." for s in found)
    assert all(s["Signature Type"] == "ETSI.CAdES.detached" for s in found)


def test_the_card_certifies_as_the_first_signer_in_the_agreement_language(
    softhsm: SoftHsm, demo_final: tuple[bytes, str, str], trial_certs: TrialCerts, tmp_path: Path
) -> None:
    final, ngo, police = demo_final
    once = sign_with_token(
        final, police, _card(softhsm, key_label=SIGNING_LABEL), PIN, certify=True, language="de"
    )
    bernd = trial_certs.bernd
    twice = sign(once, ngo, bernd.p12, bernd.passphrase)
    report = verify(twice, _trusting(softhsm, bernd))
    assert report.ok and report.signatures[0].certifies
    assert [c.signer for c in report.signatures] == [HOLDER, "Bernd Meier"]
    found = pdfsig(twice, tmp_path)
    assert all(s["Signature Validation"] == "Signature is Valid." for s in found)
    # The box on the page speaks the language asked for, as with a certificate file.
    when = report.signatures[0].signed_at
    assert when is not None
    stamp = f"Digital signiert von {HOLDER}\n{ORGANISATION}\n{when:%d.%m.%Y, %H:%M} UTC"
    assert stamp in pdftotext(once, tmp_path)


def test_an_rsa_card_signs_too(
    softhsm: SoftHsm, demo_final: tuple[bytes, str, str], tmp_path: Path
) -> None:
    final, _, police = demo_final
    signed = sign_with_token(final, police, _card(softhsm, token=RSA_CARD), PIN, certify=True)
    (check,) = verify(signed, TrustList(authorities=(softhsm.ca_pem,))).signatures
    assert check.ok and check.trusted and check.signer == HOLDER
    # pdfsig lists the NGO's empty field too
    found = next(s for s in pdfsig(signed, tmp_path) if s["Signature Field Name"] == police)
    assert found["Signature Validation"] == "Signature is Valid."
    (card_cert,) = list_certificates(softhsm.module, RSA_CARD)
    assert isinstance(card_cert.certificate.public_key(), rsa.RSAPublicKey)


def _refused(pdf: bytes, field: str, key: TokenKey, pin: str = PIN, **kwargs: object) -> str:
    with pytest.raises(UserError) as caught:
        sign_with_token(pdf, field, key, pin, **kwargs)  # type: ignore[arg-type]
    return str(caught.value)


def test_no_module_at_that_path(
    softhsm: SoftHsm, demo_final: tuple[bytes, str, str], tmp_path: Path
) -> None:
    final, _, police = demo_final
    missing = TokenKey(module=tmp_path / "nowhere" / "opensc-pkcs11.so", token=CARD)
    message = _refused(final, police, missing)
    assert message.startswith(f"There is no PKCS#11 module at {missing.module}.")
    not_a_module = tmp_path / "notes.so"
    not_a_module.write_bytes(b"not a library")
    message = _refused(final, police, TokenKey(module=not_a_module, token=CARD))
    assert f"{not_a_module} is not a PKCS#11 module" in message


def test_no_card_with_that_label(softhsm: SoftHsm, demo_final: tuple[bytes, str, str]) -> None:
    final, _, police = demo_final
    message = _refused(final, police, _card(softhsm, token="Signaturkarte"))
    assert message.startswith("No card or token named 'Signaturkarte' is inserted; inserted: ")
    assert f"'{CARD}'" in message


def test_wrong_pin_says_the_tries_the_card_reports(
    softhsm: SoftHsm, demo_final: tuple[bytes, str, str]
) -> None:
    final, _, police = demo_final
    message = _refused(final, police, _card(softhsm, cert_label=SIGNING_LABEL), pin="000000")
    assert message == (
        f"The PIN is wrong for the card '{CARD}'; nothing was signed. The card reports that "
        "few tries are left before it locks the PIN."
    )
    # The right PIN afterwards signs (and the card forgets the wrong try).
    sign_with_token(final, police, _card(softhsm, cert_label=SIGNING_LABEL), PIN)


def test_a_locked_pin(softhsm: SoftHsm, demo_final: tuple[bytes, str, str]) -> None:
    final, _, police = demo_final
    message = _refused(final, police, _card(softhsm, token=LOCKED_CARD))
    assert message.startswith(
        f"The PIN of the card '{LOCKED_CARD}' is locked after too many wrong tries"
    )


def test_no_signing_key(softhsm: SoftHsm, demo_final: tuple[bytes, str, str]) -> None:
    final, _, police = demo_final
    message = _refused(final, police, _card(softhsm, token=KEYLESS_CARD))
    assert message.startswith(
        f"The card '{KEYLESS_CARD}' holds no private key for '{SIGNING_LABEL}'"
    )
    message = _refused(final, police, _card(softhsm, key_label="Anmeldung"))
    assert "holds no private key for 'Anmeldung'" in message


def test_an_expired_certificate(softhsm: SoftHsm, demo_final: tuple[bytes, str, str]) -> None:
    final, _, police = demo_final
    message = _refused(final, police, _card(softhsm, token=EXPIRED_CARD), pin="000000")
    # Refused before the PIN is tried: the wrong PIN above is not what is said.
    assert message.startswith("The certificate expired on ")
    assert "a signature made with it would not be valid" in message


def test_a_certificate_not_for_signing(
    softhsm: SoftHsm, demo_final: tuple[bytes, str, str]
) -> None:
    final, _, police = demo_final
    message = _refused(final, police, _card(softhsm, cert_label=ENCRYPTION_LABEL))
    assert message.startswith("The certificate is not valid for signing")


def test_several_certificates_need_a_label(
    softhsm: SoftHsm, demo_final: tuple[bytes, str, str]
) -> None:
    final, _, police = demo_final
    message = _refused(final, police, _card(softhsm))
    assert message.startswith(f"The card '{CARD}' holds several certificates (")
    message = _refused(final, police, _card(softhsm, cert_label="Signature"))
    assert "holds no certificate labelled 'Signature'" in message


def test_the_field_is_checked_before_the_card(
    softhsm: SoftHsm, demo_final: tuple[bytes, str, str]
) -> None:
    final, _, _ = demo_final
    message = _refused(final, "nonexistent", _card(softhsm, token=LOCKED_CARD))
    assert message.startswith("The PDF has no signature field named 'nonexistent'.")


def test_errors_are_token_errors(softhsm: SoftHsm, demo_final: tuple[bytes, str, str]) -> None:
    final, _, police = demo_final
    with pytest.raises(TokenError):
        sign_with_token(final, police, _card(softhsm, token=LOCKED_CARD), PIN)


def test_the_module_is_remembered_not_the_pin(softhsm: SoftHsm, tmp_path: Path) -> None:
    assert remembered_module() is None
    remember_module(softhsm.module)
    assert remembered_module() == softhsm.module
    from coopbuilder.paths import app_home

    stored = (app_home() / SETTINGS_FILE).read_text()
    assert str(softhsm.module) in stored and PIN not in stored


def test_usual_modules_per_platform() -> None:
    assert any(str(p).endswith(r"System32\opensc-pkcs11.dll") for p in usual_modules("win32"))
    assert any(str(p).endswith("/opensc-pkcs11.so") for p in usual_modules("darwin"))
    linux = usual_modules("linux")
    existing = [p for p in linux if p.exists()]
    assert linux[: len(existing)] == existing  # the installed ones come first


def _trusting(softhsm: SoftHsm, person: TrialCert) -> TrustList:
    """The card's holder is trusted through the police's CA, the other signer as a person."""
    return TrustList(people=(person.pem,), authorities=(softhsm.ca_pem,))
