"""Where the program finds its data files: in a checkout, an installed wheel, a frozen bundle."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from coopbuilder.core import resources
from coopbuilder.core.resources import data_folder, legal_path, resource_path, template_path


@pytest.fixture
def fresh_lookup() -> Iterator[None]:
    data_folder.cache_clear()
    yield
    data_folder.cache_clear()


def test_the_checkout_or_the_wheel_holds_the_licence_and_the_notices(fresh_lookup: None) -> None:
    assert (
        legal_path("LICENSE")
        .read_text(encoding="utf-8")
        .lstrip()
        .startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    )
    assert "LGPL" in legal_path("THIRD-PARTY-NOTICES.md").read_text(encoding="utf-8")
    with pytest.raises(ValueError, match="unknown legal file"):
        legal_path("README.md")


def test_a_frozen_program_reads_from_its_bundle(
    fresh_lookup: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = tmp_path / "_internal"
    (bundle / "coopbuilder" / "resources" / "help").mkdir(parents=True)
    (bundle / "coopbuilder" / "agreement_templates").mkdir()
    (bundle / "coopbuilder" / "resources" / "help" / "en.md").write_text("frozen", "utf-8")
    shutil.copy(legal_path("LICENSE"), bundle / "LICENSE")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    data_folder.cache_clear()
    assert resources.frozen_folder() == bundle
    assert resource_path("help", "en.md").read_text(encoding="utf-8") == "frozen"
    assert template_path("en") == bundle / "coopbuilder" / "agreement_templates" / "en"
    assert legal_path("LICENSE") == bundle / "LICENSE"
