from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from coopbuilder.core.catalogue import default_catalogue, parse_catalogue
from coopbuilder.core.errors import CatalogueError
from coopbuilder.core.resources import resource_path

PRECONDITIONS = [
    "trust",
    "transparency",
    "openness",
    "equality",
    "shared_responsibility",
    "continuity",
    "strategy",
    "legal_framework",
]


def test_the_eight_preconditions_of_the_paper() -> None:
    catalogue = default_catalogue()
    assert [p.id for p in catalogue.preconditions] == PRECONDITIONS
    for precondition in catalogue.preconditions:
        assert 3 <= len(precondition.statements) <= 5
        assert precondition.actions
        assert precondition.source
        for statement in precondition.statements:
            assert statement.id.startswith(precondition.id + ".")
            assert statement.text.en != statement.text.de
    assert catalogue.statement("trust.2").text.get("de")
    assert catalogue.precondition_of("legal_framework.4").id == "legal_framework"


def _broken_copy(tmp_path: Path, change: object) -> Path:
    data = yaml.safe_load(resource_path("catalogue.yaml").read_text(encoding="utf-8"))
    change(data)  # type: ignore[operator]
    path = tmp_path / "catalogue.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_a_missing_translation_names_the_file_and_the_entry(tmp_path: Path) -> None:
    def drop_german(data: dict) -> None:  # type: ignore[type-arg]
        del data["preconditions"][3]["statements"][1]["text"]["de"]

    path = _broken_copy(tmp_path, drop_german)
    with pytest.raises(CatalogueError) as caught:
        parse_catalogue(path)
    message = str(caught.value)
    assert str(path) in message
    assert "preconditions › 4 ('equality') › statements › 2 ('equality.2') › text › de" in message
    assert "is missing" in message


def test_too_few_statements(tmp_path: Path) -> None:
    path = _broken_copy(tmp_path, lambda d: d["preconditions"][0].update(statements=[]))
    with pytest.raises(CatalogueError, match=r"1 \('trust'\) › statements: has too few entries"):
        parse_catalogue(path)


def test_a_duplicate_statement_id(tmp_path: Path) -> None:
    def duplicate(data: dict) -> None:  # type: ignore[type-arg]
        data["preconditions"][1]["statements"][0]["id"] = "trust.1"

    with pytest.raises(CatalogueError, match=r"'trust\.1' is used twice"):
        parse_catalogue(_broken_copy(tmp_path, duplicate))


def test_not_yaml_at_all(tmp_path: Path) -> None:
    path = tmp_path / "catalogue.yaml"
    path.write_text("preconditions: [unclosed", encoding="utf-8")
    with pytest.raises(CatalogueError, match="is not valid YAML"):
        parse_catalogue(path)


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError, match="cannot be read"):
        parse_catalogue(tmp_path / "nope.yaml")
