"""Passphrase protection for files that travel by e-mail or USB stick.

A protected file is a small JSON envelope: the key is derived from the passphrase with scrypt
(a fresh random salt per file), the content is encrypted and authenticated with AES-256-GCM.
The envelope's header (format, key derivation, cipher) is authenticated too, so a changed
parameter is detected like a changed byte of the content. Whoever has the passphrase can read
the file; without it, nobody can, and a wrong passphrase is told apart from a good one by the
authentication tag alone (so it is indistinguishable from a changed file).
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from typing import Any

from coopbuilder.core.errors import ExchangeFileError, UserError

FORMAT = "coopbuilder.protected"
VERSION = 1
SCRYPT_N = 2**17
"""scrypt cost: 128 MiB of memory and about half a second per key on an ordinary laptop."""
SCRYPT_R = 8
SCRYPT_P = 1
MAX_SCRYPT_COST = 128 * SCRYPT_N * SCRYPT_R * SCRYPT_P
"""The most a file may ask of scrypt, 128 * n * r * p bytes: what CoopBuilder's own files ask
(128 MiB, half a second). A file asking more was not protected by CoopBuilder; deriving its key
could take gigabytes of memory or minutes, so it is refused before any key is derived."""
_KEY_BYTES = 32
_NONCE_BYTES = 12
_SALT_BYTES = 16


class PassphraseRequiredError(ExchangeFileError):
    """The file is protected and no passphrase was given."""


class WrongPassphraseError(ExchangeFileError):
    """The passphrase does not open the file (or the file was changed)."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, source: str) -> bytes:
    if not isinstance(text, str):
        raise ExchangeFileError("{source} is a damaged protected file.", source=source)
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ExchangeFileError("{source} is a damaged protected file.", source=source) from exc


def _key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt  # only for a protected file

    return Scrypt(salt=salt, length=_KEY_BYTES, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _header_bytes(header: dict[str, Any]) -> bytes:
    """The authenticated header: canonical JSON, so key order or spacing do not matter."""
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")


def seal(plaintext: bytes, passphrase: str, *, n: int = SCRYPT_N) -> bytes:
    """``plaintext`` protected with ``passphrase``, as the bytes of an envelope file."""
    if not passphrase:
        raise UserError("The passphrase is empty; choose one to protect the file with.")
    salt, nonce = os.urandom(_SALT_BYTES), os.urandom(_NONCE_BYTES)
    header = {
        "format": FORMAT,
        "version": VERSION,
        "kdf": {"name": "scrypt", "salt": _b64(salt), "n": n, "r": SCRYPT_R, "p": SCRYPT_P},
        "cipher": {"name": "AES-256-GCM", "nonce": _b64(nonce)},
    }
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    key = _key(passphrase, salt, n, SCRYPT_R, SCRYPT_P)
    ciphertext = AESGCM(key).encrypt(nonce, plaintext, _header_bytes(header))
    envelope = {**header, "ciphertext": _b64(ciphertext)}
    return (json.dumps(envelope, indent=2) + "\n").encode("utf-8")


def is_sealed(document: Any) -> bool:
    """Whether a parsed JSON document is a protected envelope."""
    return isinstance(document, dict) and document.get("format") == FORMAT


def open_sealed(document: dict[str, Any], passphrase: str | None, source: str) -> bytes:
    """The content of a parsed envelope. Every problem is an :class:`ExchangeFileError` that
    starts with ``source``."""
    version = document.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise ExchangeFileError(
            "{source} was protected by a newer CoopBuilder. Update CoopBuilder to open it.",
            source=source,
        )
    kdf, cipher = document.get("kdf"), document.get("cipher")
    if not isinstance(kdf, dict) or not isinstance(cipher, dict):
        raise ExchangeFileError("{source} is a damaged protected file.", source=source)
    n, r, p = kdf.get("n"), kdf.get("r"), kdf.get("p")
    if (
        kdf.get("name") != "scrypt"
        or cipher.get("name") != "AES-256-GCM"
        or not all(isinstance(v, int) and not isinstance(v, bool) for v in (n, r, p))
    ):
        raise ExchangeFileError(
            "{source} uses a protection this CoopBuilder does not know.", source=source
        )
    assert isinstance(n, int) and isinstance(r, int) and isinstance(p, int)
    if not (n >= 2 and n & (n - 1) == 0 and r >= 1 and p >= 1):
        raise ExchangeFileError("{source} is a damaged protected file.", source=source)
    if 128 * n * r * p > MAX_SCRYPT_COST:
        raise ExchangeFileError(
            "{source} asks for a far costlier key derivation than CoopBuilder's protected "
            "files (scrypt n={n}, r={r}, p={p}); it was not protected by CoopBuilder, and "
            "it is not opened. Ask the sender for a file exported by CoopBuilder.",
            source=source,
            n=n,
            r=r,
            p=p,
        )
    if not passphrase:
        raise PassphraseRequiredError(
            "{source} is protected with a passphrase. Give the passphrase to open it.",
            source=source,
        )
    salt, nonce = _unb64(kdf.get("salt"), source), _unb64(cipher.get("nonce"), source)
    ciphertext = _unb64(document.get("ciphertext"), source)
    header = {key: value for key, value in document.items() if key != "ciphertext"}
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        key = _key(passphrase, salt, n, r, p)
        return AESGCM(key).decrypt(nonce, ciphertext, _header_bytes(header))
    except InvalidTag as exc:
        raise WrongPassphraseError(
            "{source}: the passphrase is wrong, or the file was changed after it was "
            "protected. Check the passphrase with the sender.",
            source=source,
        ) from exc
    except ValueError as exc:  # a nonce of the wrong length, and the like
        raise ExchangeFileError("{source} is a damaged protected file.", source=source) from exc
