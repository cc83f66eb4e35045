"""`coopbuilder assess` on files rated against the first and the current catalogue."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopbuilder.core.carry_over import answers_against
from coopbuilder.core.catalogue import default_catalogue
from coopbuilder.core.exchange import read_exchange_file, write_exchange_file
from tests.cli.helpers import run

OLD_FILE = Path(__file__).parents[1] / "core" / "data" / "rated-against-catalogue-1.coopagreement"


def test_a_first_catalogue_file_names_the_statements_replaced_since(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "assess", str(OLD_FILE))
    assert code == 0
    assert "Rated against precondition catalogue version 1 and scored as then" in out
    assert "legal_framework.4" in out and "trust.1, trust.3, transparency.1" in out
    assert "Knowledge gap" not in out
    transparency = next(line for line in out.splitlines() if line.startswith("Transparency"))
    assert "2.50 !Gap" in transparency  # as the program before the revision scored it


def test_a_current_file_shows_its_knowledge_gaps(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    agreement = answers_against(read_exchange_file(OLD_FILE), default_catalogue())
    agreement.assessment.set_rating("ngo", "legal_framework.2", None)
    path = tmp_path / "now.coopagreement"
    write_exchange_file(path, agreement)
    code, out, _ = run(capsys, "assess", str(path))
    assert code == 0
    assert "- Knowledge gap: Legal framework (Brückenschlag)" in out
    assert '"don\'t know": We know the limits that professional secrecy sets' in out
    assert "Legitimacy" in out and "Time and resources" in out
