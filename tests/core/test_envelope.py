"""Passphrase-protected files: AES-256-GCM with a key from scrypt."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.envelope import (
    SCRYPT_N,
    PassphraseRequiredError,
    WrongPassphraseError,
    open_sealed,
    seal,
)
from coopbuilder.core.errors import ExchangeFileError, UserError
from coopbuilder.core.exchange import read_exchange_file, write_exchange_file

FAST = 2**12  # a cheap key for the tests that are not about the default cost


def _open(data: bytes, passphrase: str | None) -> bytes:
    return open_sealed(json.loads(data), passphrase, "file.json")


def test_a_protected_exchange_file_needs_its_passphrase(tmp_path: Path, demo: Agreement) -> None:
    path = tmp_path / "for-the-lka.json"
    write_exchange_file(path, demo, passphrase="Tür zu, Fenster auf")
    text = path.read_text(encoding="utf-8")
    document = json.loads(text)
    assert document["format"] == "coopbuilder.protected"
    assert document["kdf"]["name"] == "scrypt" and document["kdf"]["n"] == SCRYPT_N
    assert document["cipher"]["name"] == "AES-256-GCM"
    for secret in ("Brückenschlag", "LKA Musterland", demo.title):  # "LKA" alone may be base64
        assert secret not in text
    assert read_exchange_file(path, passphrase="Tür zu, Fenster auf") == demo
    with pytest.raises(PassphraseRequiredError, match=r"for-the-lka\.json is protected"):
        read_exchange_file(path)
    with pytest.raises(WrongPassphraseError, match=r"for-the-lka\.json: the passphrase is wrong"):
        read_exchange_file(path, passphrase="Tür zu, Fenster zu")


def test_each_file_gets_its_own_salt_and_nonce() -> None:
    one, two = seal(b"same", "pass", n=FAST), seal(b"same", "pass", n=FAST)
    assert one != two
    assert _open(one, "pass") == _open(two, "pass") == b"same"


@pytest.mark.parametrize(
    "tamper",
    [
        lambda d: d.update(ciphertext=d["ciphertext"][:-4] + "AAA="),
        lambda d: d["kdf"].update(r=4),  # a changed header fails like a changed content
        lambda d: d["cipher"].update(nonce="AAAAAAAAAAAAAAAA"),
    ],
    ids=["content", "header", "nonce"],
)
def test_a_changed_file_is_refused(tamper: object) -> None:
    document = json.loads(seal(b"content", "pass", n=FAST))
    tamper(document)  # type: ignore[operator]
    with pytest.raises(WrongPassphraseError, match="or the file was changed"):
        open_sealed(document, "pass", "file.json")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"version": 2}, "protected by a newer CoopBuilder"),
        ({"kdf": {"name": "argon2"}}, "protection this CoopBuilder does not know"),
        ({"kdf": {"name": "scrypt", "salt": "AA==", "n": 2**30, "r": 8, "p": 1}}, "damaged"),
        ({"ciphertext": "not base64!"}, "damaged"),
    ],
)
def test_strange_envelopes_are_clear_errors(change: dict[str, object], message: str) -> None:
    document = json.loads(seal(b"content", "pass", n=FAST)) | change
    with pytest.raises(ExchangeFileError, match=message):
        open_sealed(document, "pass", "file.json")


def test_an_empty_passphrase_protects_nothing() -> None:
    with pytest.raises(UserError, match="passphrase is empty"):
        seal(b"content", "")
