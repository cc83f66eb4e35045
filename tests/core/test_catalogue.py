from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from coopbuilder.core.catalogue import (
    CURRENT_VERSION,
    catalogue_for,
    default_catalogue,
    parse_catalogue,
    shipped_catalogue,
    statement_changes,
)
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
ADDED = ["added_value", "resources", "legitimacy"]  # named in the paper, rated by Wilder/Nuffield

AND_JOINS_ONE_CLAIM = {
    "equality.2": "a list of what flows both ways; the claim is that the cooperation is two-way",
    "strategy.2": "the paper's question for a procedure: 'who informs whom about what and when'",
}
"""Statements whose " and " does not join two claims, with the reason."""


def test_the_preconditions_of_the_paper_and_of_the_validated_instruments() -> None:
    catalogue = default_catalogue()
    assert catalogue.catalogue_version == CURRENT_VERSION == 2
    assert [p.id for p in catalogue.preconditions] == PRECONDITIONS + ADDED
    for precondition in catalogue.preconditions:
        assert 3 <= len(precondition.statements) <= 8
        assert precondition.actions
        assert precondition.source
        for statement in precondition.statements:
            assert statement.id.startswith(precondition.id + ".")
            assert statement.text.en != statement.text.de
    assert catalogue.statement("trust.2").text.get("de")
    assert catalogue.precondition_of("legal_framework.4").id == "legal_framework"


def test_the_first_catalogue_is_kept_as_it_was() -> None:
    old = shipped_catalogue(1)
    assert old.catalogue_version == 1
    assert [p.id for p in old.preconditions] == PRECONDITIONS
    assert old.statement("legal_framework.4").text.en == (
        "Our data protection officers have been involved in shaping the cooperation."
    )
    assert not any(s.knowledge for p in old.preconditions for s in p.statements)
    assert catalogue_for(1, default_catalogue()) is old
    assert catalogue_for(2, default_catalogue()) is default_catalogue()
    with pytest.raises(CatalogueError, match=r"catalogue version 9.*Update CoopBuilder"):
        shipped_catalogue(9)


def test_one_idea_per_statement() -> None:
    joined = {
        s.id
        for p in default_catalogue().preconditions
        for s in p.statements
        if " and " in s.text.en
    }
    assert joined == set(AND_JOINS_ONE_CLAIM)


def test_each_partner_rates_its_own_organisation_or_experience() -> None:
    for precondition in default_catalogue().preconditions:
        for statement in precondition.statements:
            text = statement.text.en.casefold()
            assert "both organisations" not in text, statement.id
            assert "each contact person" not in text, statement.id
            assert "beide organisationen" not in statement.text.de.casefold(), statement.id
    officer = default_catalogue().statement("legal_framework.4").text
    assert officer.en.startswith("Our organisation's data protection officer ")
    assert "unserer Organisation" in officer.de


def test_knowledge_statements_are_about_what_the_rater_knows() -> None:
    knowledge = [s for p in default_catalogue().preconditions for s in p.statements if s.knowledge]
    assert {s.id for s in knowledge} >= {"legal_framework.2", "transparency.2"}
    for statement in knowledge:
        assert statement.text.en.startswith(
            ("We know", "We understand", "Our staff know", "For every")
        ), statement.id


def test_every_scale_point_is_labelled() -> None:
    for catalogue in (shipped_catalogue(1), default_catalogue()):
        scale = catalogue.scale
        labels = [scale.label(v, "en") for v in range(1, 6)]
        assert labels[0] == "Strongly disagree"
        assert labels[-1] == "Strongly agree"
        assert len(set(labels)) == 5
        assert len({scale.label(v, "de") for v in range(1, 6)}) == 5
        assert scale.not_applicable.en != scale.dont_know.en
        assert scale.not_applicable.de == "Nicht anwendbar"


def test_every_statement_of_the_first_catalogue_is_carried_or_replaced() -> None:
    old, new = shipped_catalogue(1), default_catalogue()
    changes = {c.old_id: c for c in statement_changes(old, new)}
    assert list(changes) == old.statement_ids
    for change in changes.values():
        assert (change.carried_to is None) != (not change.replaced_by), change
    assert changes["trust.2"].carried_to == "trust.2"
    assert changes["trust.1"].replaced
    assert changes["trust.1"].replaced_by == ("trust.1", "trust.5")
    assert changes["legal_framework.4"].replaced  # a different referent: our own officer
    for statement in (s for p in new.preconditions for s in p.statements):
        for old_id in (statement.same_as, statement.split_from):
            if old_id is not None:
                old.statement(old_id)  # refers to a statement that existed


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
