"""Smartcards for the tests: SoftHSM2, a real PKCS#11 token implementation, with tokens set up
once per session in a folder of their own (SOFTHSM2_CONF).

The police manager's card "Dienstausweis" holds a signing certificate (issued by a test CA,
valid at the program's clock) with its EC key, and an encryption certificate with its key; the
card "Abgelaufen" holds an expired certificate with its key; "Ohne Schluessel" a certificate
without a key; "Gesperrt" a card whose PIN is locked; "Signaturkarte RSA" an RSA key (as many
signature cards have) and its certificate. Without SoftHSM2 the tests that use these
are skipped, unless COOPBUILDER_REQUIRE_SOFTHSM is set (as `.ci/run` does): then they fail.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import struct
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pkcs11
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID
from pkcs11 import Attribute, CertificateType, ObjectClass

from coopbuilder.core import clock
from coopbuilder.documents.tokens import usual_modules

PIN = "123456"
SO_PIN = "87654321"
CARD = "Dienstausweis"
EXPIRED_CARD = "Abgelaufen"
KEYLESS_CARD = "Ohne Schluessel"
LOCKED_CARD = "Gesperrt"
RSA_CARD = "Signaturkarte RSA"
SIGNING_LABEL = "Signatur"
ENCRYPTION_LABEL = "Verschluesselung"
HOLDER = "Bernd Meier"
ORGANISATION = "LKA Musterland"
CA_NAME = "Polizei Musterland Test-CA"

_TOKEN_FLAGS = struct.pack(">QQ", 0x8000534B, 2)
"""How SoftHSM2's file store writes the token's flags (CKA_OS_TOKENFLAGS, a number): the
attribute's type and kind, followed by the value as 8 bytes."""
_USER_PIN_LOCKED = 0x00040000


@dataclass(frozen=True)
class SoftHsm:
    module: Path
    conf: Path
    ca_pem: bytes
    """The test CA's certificate: what a partner marks trusted to trust the card's holder."""
    signing_pem: bytes


def softhsm_module() -> Path | None:
    """SoftHSM2's PKCS#11 module, where Debian (or another system) installs it, if its tool
    softhsm2-util is there too."""
    if shutil.which("softhsm2-util") is None:
        return None
    for path in usual_modules("linux"):
        if "softhsm" in path.name and path.exists():
            return path
    return None


def _name(common: str, organisation: str = ORGANISATION) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
        ]
    )


def _usage(*, signing: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=signing,
        content_commitment=signing,
        key_encipherment=not signing,
        data_encipherment=False,
        key_agreement=not signing,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )


@dataclass(frozen=True)
class _Issued:
    key_pem: bytes
    cert_der: bytes


class _Ca:
    def __init__(self) -> None:
        self.key = ec.generate_private_key(ec.SECP256R1())
        now = clock.now()
        self.name = _name(CA_NAME)
        self.cert = (
            x509.CertificateBuilder()
            .subject_name(self.name)
            .issuer_name(self.name)
            .public_key(self.key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=800))
            .not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=False,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=True,
                    crl_sign=True,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .sign(self.key, hashes.SHA256())
        )

    def issue(
        self,
        common: str,
        *,
        signing: bool = True,
        valid: tuple[int, int] = (-1, 730),
        rsa_key: bool = False,
    ) -> _Issued:
        """A key (EC P-256, or RSA 2048) and its certificate, valid from ``valid[0]`` to
        ``valid[1]`` days from the program's clock."""
        key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey = (
            rsa.generate_private_key(public_exponent=65537, key_size=2048)
            if rsa_key
            else ec.generate_private_key(ec.SECP256R1())
        )
        now = clock.now()
        cert = (
            x509.CertificateBuilder()
            .subject_name(_name(common))
            .issuer_name(self.name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now + dt.timedelta(days=valid[0]))
            .not_valid_after(now + dt.timedelta(days=valid[1]))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(_usage(signing=signing), critical=True)
            .sign(self.key, hashes.SHA256())
        )
        key_pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        return _Issued(key_pem, cert.public_bytes(serialization.Encoding.DER))


def _util(*args: str) -> None:
    subprocess.run(["softhsm2-util", *args], check=True, capture_output=True, text=True)


def _import_key(folder: Path, card: str, label: str, key_id: str, issued: _Issued) -> None:
    key_file = folder / f"{card}-{label}.pem"
    key_file.write_bytes(issued.key_pem)
    _util(
        "--import", str(key_file), "--token", card, "--label", label, "--id", key_id,
        "--pin", PIN,
    )  # fmt: skip
    key_file.unlink()


def _store_certificate(lib: object, card: str, label: str, key_id: str, der: bytes) -> None:
    token = lib.get_token(token_label=card)  # type: ignore[attr-defined]
    cert = x509.load_der_x509_certificate(der)
    with token.open(rw=True, user_pin=PIN) as session:
        session.create_object(
            {
                Attribute.CLASS: ObjectClass.CERTIFICATE,
                Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
                Attribute.TOKEN: True,
                Attribute.PRIVATE: False,
                Attribute.LABEL: label,
                Attribute.ID: bytes.fromhex(key_id),
                Attribute.SUBJECT: cert.subject.public_bytes(),
                Attribute.ISSUER: cert.issuer.public_bytes(),
                Attribute.VALUE: der,
            }
        )


def _lock_pin(tokens: Path, card: str) -> None:
    """Mark the card's user PIN locked in SoftHSM2's store, as a card does after too many
    wrong PINs (SoftHSM2 itself counts wrong PINs but never locks)."""
    label = card.encode().ljust(32)
    for store in tokens.glob("*/token.object"):
        data = bytearray(store.read_bytes())
        if label not in data:
            continue
        at = data.index(_TOKEN_FLAGS) + len(_TOKEN_FLAGS)
        (flags,) = struct.unpack(">Q", data[at : at + 8])
        data[at : at + 8] = struct.pack(">Q", flags | _USER_PIN_LOCKED)
        store.write_bytes(bytes(data))
        return
    raise AssertionError(f"no SoftHSM2 token named {card}")


@pytest.fixture(scope="session")
def softhsm(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SoftHsm]:
    module = softhsm_module()
    if module is None:
        message = "SoftHSM2 is not installed (Debian: softhsm2)"
        if os.environ.get("COOPBUILDER_REQUIRE_SOFTHSM"):
            pytest.fail(f"{message}, and COOPBUILDER_REQUIRE_SOFTHSM is set")
        pytest.skip(message)
    folder = tmp_path_factory.mktemp("softhsm")
    tokens = folder / "tokens"
    tokens.mkdir()
    conf = folder / "softhsm2.conf"
    conf.write_text(
        f"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\n"
    )
    with pytest.MonkeyPatch.context() as env:
        env.setenv("SOFTHSM2_CONF", str(conf))
        for card in (CARD, EXPIRED_CARD, KEYLESS_CARD, LOCKED_CARD, RSA_CARD):
            _util("--init-token", "--free", "--label", card, "--so-pin", SO_PIN, "--pin", PIN)
        ca = _Ca()
        signing = ca.issue(HOLDER)
        encryption = ca.issue(HOLDER, signing=False)
        expired = ca.issue(HOLDER, valid=(-400, -35))
        keyless = ca.issue(HOLDER)
        locked = ca.issue(HOLDER)
        with_rsa = ca.issue(HOLDER, rsa_key=True)
        _import_key(folder, CARD, SIGNING_LABEL, "01", signing)
        _import_key(folder, CARD, ENCRYPTION_LABEL, "02", encryption)
        _import_key(folder, EXPIRED_CARD, SIGNING_LABEL, "01", expired)
        _import_key(folder, LOCKED_CARD, SIGNING_LABEL, "01", locked)
        _import_key(folder, RSA_CARD, SIGNING_LABEL, "01", with_rsa)
        lib = pkcs11.lib(str(module))
        lib.reinitialize()  # sees the cards made above, whenever the module was loaded
        _store_certificate(lib, CARD, SIGNING_LABEL, "01", signing.cert_der)
        _store_certificate(lib, CARD, ENCRYPTION_LABEL, "02", encryption.cert_der)
        _store_certificate(lib, EXPIRED_CARD, SIGNING_LABEL, "01", expired.cert_der)
        _store_certificate(lib, KEYLESS_CARD, SIGNING_LABEL, "01", keyless.cert_der)
        _store_certificate(lib, LOCKED_CARD, SIGNING_LABEL, "01", locked.cert_der)
        _store_certificate(lib, RSA_CARD, SIGNING_LABEL, "01", with_rsa.cert_der)
        lib.finalize()
        _lock_pin(tokens, LOCKED_CARD)
        lib.initialize()
        yield SoftHsm(
            module=module,
            conf=conf,
            ca_pem=ca.cert.public_bytes(serialization.Encoding.PEM),
            signing_pem=x509.load_der_x509_certificate(signing.cert_der).public_bytes(
                serialization.Encoding.PEM
            ),
        )
