"""What the workstation remembers for signing, in ``signing.json`` in the program's data folder:
the PKCS#11 module of the card (so that it is chosen once) and the address of the organisation's
time-stamping service (none by default: no timestamp, no network). Never a PIN or passphrase.

The command line and the desktop program share the file, so a module chosen in one is offered
by the other.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from coopbuilder.core.files import atomic_write_bytes
from coopbuilder.paths import app_home

SETTINGS_FILE = "signing.json"


def _load() -> dict[str, Any]:
    try:
        data = json.loads((app_home() / SETTINGS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _store(**changes: str | None) -> None:
    data = {**_load(), **changes}
    data = {key: value for key, value in data.items() if value is not None}
    text = json.dumps(data, indent=2, sort_keys=True) + "\n"
    atomic_write_bytes(app_home() / SETTINGS_FILE, text.encode("utf-8"))


def _text(key: str) -> str | None:
    value = _load().get(key)
    return value if isinstance(value, str) and value else None


def remembered_module() -> Path | None:
    """The PKCS#11 module last used on this workstation, if any."""
    value = _text("pkcs11_module")
    return Path(value) if value else None


def remember_module(module: Path) -> None:
    """Remember ``module`` as this workstation's PKCS#11 module."""
    _store(pkcs11_module=str(Path(module).absolute()))


def timestamp_url() -> str | None:
    """The organisation's time-stamping service, if one is set (off by default)."""
    return _text("timestamp_url")


def set_timestamp_url(url: str | None) -> None:
    """Set the time-stamping service (``None``: no timestamps, no network)."""
    from coopbuilder.documents.timestamps import check_timestamp_url

    _store(timestamp_url=check_timestamp_url(url) if url else None)
