"""The workspace keeps the catalogue version an assessment is rated against, and "not
applicable"; versions stored before either existed read as rated against version 1."""

from __future__ import annotations

import shutil
from pathlib import Path

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.catalogue import CURRENT_VERSION
from coopbuilder.core.scoring import assess
from coopbuilder.store.connection import open_workspace
from coopbuilder.store.workspace import Workspace

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_current_assessment_with_not_applicable_is_kept(
    workspace: Workspace, demo: Agreement
) -> None:
    agreement = demo.model_copy(update={"catalogue_version": CURRENT_VERSION})
    ngo = agreement.partners[0].id
    agreement.assessment.ratings = []
    agreement.assessment.set_rating(ngo, "trust.7", None, not_applicable=True)
    agreement.assessment.set_rating(ngo, "legal_framework.2", None)
    workspace.agreements.create(agreement)
    stored = workspace.agreements.load(agreement.id).agreement
    assert stored.catalogue_version == CURRENT_VERSION
    assert stored.assessment == agreement.assessment
    assert stored.assessment.rating(ngo, "trust.7").not_applicable  # type: ignore[union-attr]
    assert assess(stored).result("legal_framework").scores[0].knowledge_gaps == (
        "legal_framework.2",
    )


def test_versions_stored_before_are_rated_against_the_first_catalogue(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "first_schema.sqlite", path)
    with open_workspace(path, who="carla") as workspace:
        for number in (1, 2):
            stored = workspace.agreements.load("demo-agreement", number).agreement
            assert stored.catalogue_version == 1
            assert not any(r.not_applicable for r in stored.assessment.ratings)
