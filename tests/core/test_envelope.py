"""Passphrase-protected files: AES-256-GCM with a key from scrypt."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.envelope import (
    MAX_SCRYPT_COST,
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
    # long secrets only: a short one like "LKA" can turn up in random base64 by chance
    for secret in ("Brückenschlag", "Brueckenschlag", "Musterland", demo.title, "Lena Vogt"):
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
        ({"kdf": {"name": "scrypt", "salt": "AA==", "n": 3, "r": 8, "p": 1}}, "damaged"),
        ({"kdf": {"name": "scrypt", "salt": "AA==", "n": 2**30, "r": 8, "p": 1}}, "costlier"),
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


@pytest.mark.parametrize(
    ("n", "r", "p"),
    [(2**20, 32, 16), (2**18, 8, 1), (2**17, 8, 2), (2**17, 16, 1), (2**14, 8, 16)],
)
def test_a_file_asking_more_of_scrypt_than_coopbuilder_does_is_refused_at_once(
    n: int, r: int, p: int
) -> None:
    document = json.loads(seal(b"content", "pass", n=FAST))
    document["kdf"].update(n=n, r=r, p=p)
    started = time.monotonic()
    for passphrase in ("pass", None):  # refused before the passphrase is even asked for
        with pytest.raises(ExchangeFileError, match="far costlier key derivation") as caught:
            open_sealed(document, passphrase, "crafted.json")
        assert not isinstance(caught.value, PassphraseRequiredError | WrongPassphraseError)
        assert str(caught.value).startswith("crafted.json asks for")
    assert time.monotonic() - started < 0.5  # no key was derived


def test_the_programs_own_cost_is_the_most_a_file_may_ask() -> None:
    assert MAX_SCRYPT_COST == 128 * SCRYPT_N * 8 * 1 == 128 * 2**20  # 128 MiB
    document = json.loads(seal(b"content", "pass", n=FAST))
    document["kdf"].update(n=SCRYPT_N // 8, r=64)  # the same cost, shaped differently
    with pytest.raises(WrongPassphraseError):  # accepted; the changed header fails the tag
        open_sealed(document, "pass", "file.json")
