"""The one way to read the program's data files.

Works from a source checkout (``resources/`` and ``agreement_templates/`` beside ``src/``), from
an installed wheel (the same folders packaged inside ``coopbuilder/``) and from the frozen
program (PyInstaller: the same ``coopbuilder/`` folder inside the bundle, ``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from functools import cache
from importlib import resources as importlib_resources
from pathlib import Path

_FOLDERS = ("resources", "agreement_templates")

LEGAL_FILES = ("LICENSE", "THIRD-PARTY-NOTICES.md")
"""The program's licence and the notices of the libraries it ships with: at the top of a
checkout, in ``coopbuilder/resources/licences/`` of the wheel, and at the top of the frozen
program's folder."""


def frozen_folder() -> Path | None:
    """The folder a frozen program unpacked its files to, or ``None`` when not frozen."""
    if not getattr(sys, "frozen", False):
        return None
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle else Path(sys.executable).resolve().parent


def _package_folder() -> Path:
    frozen = frozen_folder()
    if frozen is not None:
        return frozen / "coopbuilder"
    return Path(str(importlib_resources.files("coopbuilder")))


@cache
def data_folder(name: str) -> Path:
    """Return the folder ``resources`` or ``agreement_templates`` as a real path."""
    if name not in _FOLDERS:
        raise ValueError(f"unknown data folder {name!r}")
    packaged = _package_folder() / name
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[3] / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(
        f"The program's data folder '{name}' is missing (looked in {packaged} and {checkout}); "
        "reinstall CoopBuilder."
    )


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/``."""
    return data_folder("resources").joinpath(*parts)


def template_path(*parts: str) -> Path:
    """Path of a file under ``agreement_templates/``."""
    return data_folder("agreement_templates").joinpath(*parts)


def legal_path(name: str) -> Path:
    """Path of the licence or the third-party notices (one of :data:`LEGAL_FILES`)."""
    if name not in LEGAL_FILES:
        raise ValueError(f"unknown legal file {name!r}")
    frozen = frozen_folder()
    candidates = [resource_path("licences", name), data_folder("resources").parent / name]
    if frozen is not None:
        candidates.insert(0, frozen / name)
    return next((path for path in candidates if path.is_file()), candidates[-1])
