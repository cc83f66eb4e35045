"""Signing with a smartcard or token: the key stays on the card, which signs through its
PKCS#11 module (a library the card's vendor or OpenSC installs), with pyHanko and python-pkcs11.

The signature is the one :func:`coopbuilder.documents.signing.sign` makes with a certificate
file: the same field, box, certification and signing time. The PIN is handed to the card once
and never kept; only the module's path is remembered on the workstation (in
:mod:`~coopbuilder.documents.signing_settings`). What a card can refuse (no module at the path,
no card, a wrong or locked PIN, no key, a certificate outside its validity or not for signing)
is each a :class:`TokenError` saying so, raised before anything is signed.
"""

from __future__ import annotations

import datetime as dt
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pkcs11
from cryptography import x509
from pkcs11 import Attribute, KeyType, ObjectClass, TokenFlag
from pkcs11 import exceptions as p11_errors
from pyhanko.sign.pkcs11 import PKCS11Signer

from coopbuilder.core.errors import Phrase, UserError
from coopbuilder.core.vocabulary import Language
from coopbuilder.documents.certificates import (
    CertificateInfo,
    describe_certificate,
    to_asn1,
)
from coopbuilder.documents.signing import (
    SignatureRequest,
    check_validity_period,
    sign_with,
    signing_time,
)
from coopbuilder.documents.signing_settings import (
    SETTINGS_FILE,
    remember_module,
    remembered_module,
)
from coopbuilder.documents.templates import LibraryChoice, LibraryTexts

__all__ = [
    "SETTINGS_FILE",
    "TokenCertificate",
    "TokenError",
    "TokenInfo",
    "TokenKey",
    "check_usable",
    "list_certificates",
    "list_tokens",
    "remember_module",
    "remembered_module",
    "sign_with_token",
    "usual_modules",
]

_USUAL_MODULES = {
    "linux": (
        "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so",
        "/usr/lib/aarch64-linux-gnu/opensc-pkcs11.so",
        "/usr/lib64/opensc-pkcs11.so",
        "/usr/lib/opensc-pkcs11.so",
        "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
        "/usr/lib/softhsm/libsofthsm2.so",
        "/usr/lib64/pkcs11/libsofthsm2.so",
        "/usr/local/lib/softhsm/libsofthsm2.so",
    ),
    "darwin": (
        "/Library/OpenSC/lib/opensc-pkcs11.so",
        "/opt/homebrew/lib/opensc-pkcs11.so",
        "/usr/local/lib/opensc-pkcs11.so",
        "/opt/homebrew/lib/softhsm/libsofthsm2.so",
        "/usr/local/lib/softhsm/libsofthsm2.so",
    ),
    "win32": (
        r"C:\Windows\System32\opensc-pkcs11.dll",
        r"C:\Program Files\OpenSC Project\OpenSC\pkcs11\opensc-pkcs11.dll",
        r"C:\SoftHSM2\lib\softhsm2-x64.dll",
    ),
}


_ONE_AT_A_TIME = threading.RLock()
"""The modules are loaded for use from one thread at a time (python-pkcs11 initialises them
without locking), while the desktop program looks for cards and signs on worker threads."""


class TokenError(UserError):
    """A smartcard or token cannot sign: no module, no card, wrong PIN, no key..."""


@dataclass(frozen=True)
class TokenInfo:
    """A card or token present in a reader (a slot of the module)."""

    label: str
    manufacturer: str
    model: str
    serial: str


@dataclass(frozen=True)
class TokenCertificate:
    """A certificate stored on a card: its label and ID on the card (the key that belongs to
    it has the same ID) and what it says."""

    label: str
    id: bytes
    certificate: x509.Certificate

    @property
    def info(self) -> CertificateInfo:
        """Holder, issuer, validity."""
        return describe_certificate(to_asn1(self.certificate))


@dataclass(frozen=True)
class TokenKey:
    """Which key signs: the module, the card (by its label), and the certificate's or the key's
    label on the card (neither: the card's only certificate)."""

    module: Path
    token: str
    key_label: str | None = None
    cert_label: str | None = None


def usual_modules(platform: str | None = None) -> list[Path]:
    """Where the PKCS#11 modules of OpenSC and SoftHSM are usually installed on this platform
    (``platform``: as ``sys.platform``), the ones that exist first."""
    paths = [Path(p) for p in _USUAL_MODULES.get(platform or sys.platform, ())]
    return sorted(paths, key=lambda path: not path.exists())


def _module(path: Path) -> Any:
    """The loaded PKCS#11 module at ``path`` (loaded once per process)."""
    path = Path(path)
    if not path.is_file():
        raise TokenError(
            "There is no PKCS#11 module at {path}. Give the path of the library your card's "
            "software installed (for OpenSC: opensc-pkcs11.so, on Windows opensc-pkcs11.dll).",
            path=path,
        )
    try:
        return pkcs11.lib(str(path))
    except (p11_errors.PKCS11Error, OSError) as exc:
        raise TokenError(
            "{path} is not a PKCS#11 module ({exc}). Give the path of the library your card's "
            "software installed.",
            path=path,
            exc=exc,
        ) from exc


def _tokens(lib: Any) -> list[Any]:
    tokens = []
    for slot in lib.get_slots(token_present=True):
        try:
            token = slot.get_token()
        except p11_errors.PKCS11Error:
            continue  # a reader whose card cannot be read (removed meanwhile)
        if TokenFlag.TOKEN_INITIALIZED in token.flags:
            tokens.append(token)
    return tokens


def list_tokens(module: Path) -> list[TokenInfo]:
    """The cards or tokens present for ``module`` (an empty list: no card inserted)."""
    with _ONE_AT_A_TIME:
        return _token_infos(module)


def _token_infos(module: Path) -> list[TokenInfo]:
    return [
        TokenInfo(
            label=token.label,
            manufacturer=token.manufacturer_id,
            model=token.model,
            serial=bytes(token.serial).decode("ascii", "replace").strip(),
        )
        for token in _tokens(_module(module))
    ]


def _token(module: Path, label: str) -> Any:
    tokens = _tokens(_module(module))
    if not tokens:
        raise TokenError(
            "No card or token is inserted (the module {module} finds none). Insert the card, "
            "or plug in the token, and try again.",
            module=module,
        )
    for token in tokens:
        if token.label == label:
            return token
    raise TokenError(
        "No card or token named '{label}' is inserted; inserted: {labels}.",
        label=label,
        labels=", ".join(f"'{t.label}'" for t in tokens),
    )


@contextmanager
def _session(token: Any, pin: str | None = None) -> Iterator[Any]:
    """A session on ``token``, logged in with ``pin`` when given."""
    if pin is not None and TokenFlag.USER_PIN_LOCKED in token.flags:
        raise _locked(token)
    try:
        session = token.open(user_pin=pin) if pin is not None else token.open()
    except p11_errors.PinIncorrect as exc:
        raise _wrong_pin(token) from exc
    except (p11_errors.PinLocked, p11_errors.PinExpired) as exc:
        raise _locked(token) from exc
    except p11_errors.PinLenRange as exc:
        raise TokenError(
            "The PIN has the wrong length for the card '{label}'; nothing was signed.",
            label=token.label,
        ) from exc
    except (p11_errors.TokenNotPresent, p11_errors.DeviceRemoved) as exc:
        raise TokenError(
            "The card '{label}' was removed. Insert it again and try again.", label=token.label
        ) from exc
    try:
        yield session
    finally:
        session.close()


def _wrong_pin(token: Any) -> TokenError:
    flags = token.slot.get_token().flags  # read again: the card has counted the try
    if TokenFlag.USER_PIN_LOCKED in flags:
        return _locked(token)
    left: Phrase | str = ""
    if TokenFlag.USER_PIN_FINAL_TRY in flags:
        left = Phrase(" The card allows one more try: a further wrong PIN locks it.")
    elif TokenFlag.USER_PIN_COUNT_LOW in flags:
        left = Phrase(" The card reports that few tries are left before it locks the PIN.")
    return TokenError(
        "The PIN is wrong for the card '{label}'; nothing was signed.{left}",
        label=token.label,
        left=left,
    )


def _locked(token: Any) -> TokenError:
    return TokenError(
        "The PIN of the card '{label}' is locked after too many wrong tries; nothing was signed. "
        "Unlock it with the PUK or ask whoever issued the card.",
        label=token.label,
    )


def _certificates(session: Any) -> list[TokenCertificate]:
    found = []
    for obj in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
        try:
            cert = x509.load_der_x509_certificate(bytes(obj[Attribute.VALUE]))
        except ValueError:
            continue  # not an X.509 certificate
        found.append(
            TokenCertificate(
                label=str(obj[Attribute.LABEL]),
                id=bytes(obj[Attribute.ID]),
                certificate=cert,
            )
        )
    return found


def list_certificates(module: Path, token_label: str) -> list[TokenCertificate]:
    """The certificates on the card ``token_label`` (readable without the PIN)."""
    with _ONE_AT_A_TIME:
        token = _token(module, token_label)
        with _session(token) as session:
            return _certificates(session)


def _labels(certificates: Sequence[TokenCertificate]) -> str:
    return ", ".join(f"'{c.label}'" for c in certificates)


def _chosen(
    token: Any, certificates: list[TokenCertificate], key: TokenKey
) -> TokenCertificate | None:
    """The certificate the signature names: by its label, by its key's label, or the card's
    only certificate. ``None``: a key label that names no certificate (the certificate is then
    the one with the key's ID, found once logged in)."""
    wanted = key.cert_label or key.key_label
    for cert in certificates:
        if cert.label == wanted:
            return cert
    if key.cert_label is not None:
        raise TokenError(
            "The card '{label}' holds no certificate labelled '{cert_label}'; it holds: {labels}.",
            label=token.label,
            cert_label=key.cert_label,
            labels=_labels(certificates) or Phrase("none"),
        )
    if key.key_label is not None:
        return None
    if not certificates:
        raise _no_certificate(token)
    if len(certificates) > 1:
        raise TokenError(
            "The card '{label}' holds several certificates ({labels}); say which one signs "
            "(its label).",
            label=token.label,
            labels=_labels(certificates),
        )
    return certificates[0]


def _no_certificate(token: Any) -> TokenError:
    return TokenError(
        "The card '{label}' holds no certificate for its key, so it cannot make a PDF "
        "signature. Use the card that holds your signing certificate.",
        label=token.label,
    )


def _no_key(token: Any, what: str) -> TokenError:
    return TokenError(
        "The card '{label}' holds no private key for '{what}', so it cannot sign with it. Use "
        "the card, or the certificate, your signatures are made with.",
        label=token.label,
        what=what,
    )


def _private_key(session: Any, query: dict[Attribute, Any]) -> Any | None:
    found = list(session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY, **query}))
    return found[0] if len(found) == 1 else None


def _key_and_certificate(
    session: Any,
    token: Any,
    chosen: TokenCertificate | None,
    certificates: list[TokenCertificate],
    key: TokenKey,
) -> tuple[Any, TokenCertificate]:
    """The private key that signs, and its certificate: the key with the certificate's ID (the
    usual pairing on a card), else the one with the label asked for."""
    if chosen is None:
        assert key.key_label is not None
        handle = _private_key(session, {Attribute.LABEL: key.key_label})
        if handle is None:
            raise _no_key(token, key.key_label)
        key_id = bytes(handle[Attribute.ID])
        paired = [c for c in certificates if key_id and c.id == key_id]
        if not paired:
            raise _no_certificate(token)
        return handle, paired[0]
    handle = _private_key(session, {Attribute.ID: chosen.id}) if chosen.id else None
    handle = handle or _private_key(session, {Attribute.LABEL: key.key_label or chosen.label})
    if handle is None:
        raise _no_key(token, chosen.label)
    return handle, chosen


def check_usable(certificate: x509.Certificate, now: dt.datetime) -> None:
    """Refuse a card's certificate that is outside its validity period at ``now`` or whose key
    usage does not allow signatures (a card often holds a certificate for encryption too)."""
    check_validity_period(certificate, now, TokenError)
    try:
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return
    if not (usage.digital_signature or usage.content_commitment):
        raise TokenError(
            "The certificate is not valid for signing (its key usage allows only other "
            "purposes, such as encryption). Choose the card's signing certificate."
        )


def sign_with_token(
    pdf: bytes,
    field_name: str,
    key: TokenKey,
    pin: str,
    *,
    certify: bool = False,
    reason: str | None = None,
    location: str | None = None,
    language: Language | str = Language.EN,
    library: LibraryChoice | LibraryTexts | None = None,
    timestamp_url: str | None = None,
) -> bytes:
    """Sign the empty field ``field_name`` of ``pdf`` with the key on a card (``key``),
    unlocked with ``pin``; return the signed PDF, as :func:`~coopbuilder.documents.signing.sign`
    does with a certificate file. Every refusal is a :class:`UserError` raised before the card
    signs."""
    request = SignatureRequest.of(
        pdf,
        field_name,
        certify=certify,
        reason=reason,
        location=location,
        language=language,
        library=library,
        timestamp_url=timestamp_url,
    )
    with _ONE_AT_A_TIME:
        return _sign_with_token(request, key, pin)


def _sign_with_token(request: SignatureRequest, key: TokenKey, pin: str) -> bytes:
    token = _token(key.module, key.token)
    now = signing_time()
    with _session(token) as session:
        certificates = _certificates(session)
    chosen = _chosen(token, certificates, key)
    if chosen is not None:
        check_usable(chosen.certificate, now)  # before the PIN: a wrong try counts on a card
    with _session(token, pin) as session:
        handle, chosen = _key_and_certificate(session, token, chosen, certificates, key)
        check_usable(chosen.certificate, now)
        signer = PKCS11Signer(
            session,
            signing_cert=to_asn1(chosen.certificate),
            key_id=bytes(handle[Attribute.ID]) or None,
            key_label=None if handle[Attribute.ID] else str(handle[Attribute.LABEL]),
            # ECDSA: the hash is made here and the card signs it (every EC card can; not every
            # card hashes for ECDSA itself).
            use_raw_mechanism=handle[Attribute.KEY_TYPE] == KeyType.EC,
        )
        try:
            return sign_with(request, signer, chosen.certificate, now)
        except p11_errors.PKCS11Error as exc:
            raise TokenError(
                "The card '{label}' did not sign ({exc}); nothing was signed.",
                label=token.label,
                exc=type(exc).__name__,
            ) from exc
