"""The one way to read the program's data files.

Works from a source checkout (``resources/`` and ``agreement_templates/`` beside ``src/``) and from
an installed wheel (the same folders packaged inside ``coopbuilder/``).
"""

from __future__ import annotations

from functools import cache
from importlib import resources as importlib_resources
from pathlib import Path

_FOLDERS = ("resources", "agreement_templates")


@cache
def data_folder(name: str) -> Path:
    """Return the folder ``resources`` or ``agreement_templates`` as a real path."""
    if name not in _FOLDERS:
        raise ValueError(f"unknown data folder {name!r}")
    packaged = Path(str(importlib_resources.files("coopbuilder"))) / name
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
