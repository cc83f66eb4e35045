"""The second demo (``demo --example family``): a family-counselling NGO that the advice
centre's hotline refers callers to, working with returnees, and a state criminal police office.
In both languages it passes every check, renders (draft, final and the lawyers' edition), and
its agreement says what family counselling, returnees and the referral chain change."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coopbuilder.cli import main
from coopbuilder.core.exchange import read_exchange_file
from coopbuilder.core.vocabulary import FieldOfWork
from coopbuilder.documents.signature_fields import list_fields
from tests.documents.pdfs import flat, pdftotext, qpdf_check

from .helpers import run

EXPECTED = {
    "en": [
        "Fields of work. The cooperation covers the following fields of work of Familienkompass: "
        "Family counselling (parents and relatives); Returnees from conflict zones and their "
        "families.",
        "Family counselling. In family counselling the person counselled is a parent or other "
        "relative",
        "the relative's consent covers the relative's own data only",
        "Confidentiality towards relatives.",
        "What relatives report can itself be a trigger",
        "Returnees. People who have returned from a conflict zone",
        "(§§ 53 and 97 StPO); returnees are told so before counselling starts",
        "the youth welfare office is involved: by Familienkompass as § 4 KKG provides",
        "by LKA Musterland under the law that applies to it",
        "Referral chain. The following further actors pass cases to the parties",
        "Advice centre on radicalisation (national hotline): Triages callers",
        "(contact: Hotline team, +49 911 555 0400 (office hours))",
        "the family member concerned is a person concerned too",
    ],
    "de": [
        "Arbeitsfelder. Die Zusammenarbeit umfasst die folgenden Arbeitsfelder von "
        "Familienkompass: Angehörigenberatung (Eltern und Familie); Rückkehrende aus "
        "Konfliktgebieten und ihre Familien.",
        "Angehörigenberatung. In der Angehörigenberatung ist die beratene Person ein Elternteil",
        "das nicht zu den betreuten Personen von Familienkompass gehört",
        "Vertraulichkeit gegenüber Angehörigen.",
        "Was Angehörige berichten, kann selbst ein Übermittlungsanlass sein",
        "Rückkehrende. Gegen Personen, die aus einem Konfliktgebiet zurückgekehrt sind",
        "soweit Familienkompass Leistungen der Kinder- und Jugendhilfe erbringt",
        "durch das LKA Musterland nach dem für das LKA Musterland geltenden Recht",
        "Vermittlungskette. Die folgenden weiteren beteiligten Stellen vermitteln Fälle",
        "Beratungsstelle Radikalisierung (bundesweite Hotline): Klärt das Anliegen",
        "(Ansprechperson: Hotline-Team, +49 911 555 0400 (Bürozeiten))",
        "auch das betroffene Familienmitglied betroffene Person",
    ],
}

OPEN_QUESTIONS = {
    "en": [
        "Family counselling: on which basis, if any, may data about the family member concerned",
        "Returnees: what may the parties share about children who returned with them",
        "Advice centre on radicalisation (national hotline) refers cases: on which basis",
        "National coordination network of counselling services refers cases",
        "Family counselling: when may the family member concerned be left uninformed",
    ],
    "de": [
        "Angehörigenberatung: Auf welcher Rechtsgrundlage dürfen Daten über das betroffene",
        "Rückkehrende: Was dürfen die Parteien über mit ihnen zurückgekehrte Kinder",
        "Beratungsstelle Radikalisierung (bundesweite Hotline) vermittelt Fälle",
        "Angehörigenberatung: Wann darf das betroffene Familienmitglied",
    ],
}


@pytest.fixture(scope="module", params=["en", "de"])
def family_file(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp(f"family-{request.param}") / "family.json"
    assert main(["demo", "--example", "family", "--lang", request.param, str(path)]) == 0
    return path


def test_the_family_demo_is_its_own_agreement(family_file: Path) -> None:
    agreement = read_exchange_file(family_file)
    assert agreement.id == "demo-family-agreement"
    assert agreement.fields_of_work == [FieldOfWork.FAMILY, FieldOfWork.RETURNEES]
    hotline = agreement.further_actors[0]
    assert hotline.referral and hotline.contact
    assert "famil" in json.dumps(json.loads(family_file.read_text(encoding="utf-8"))).lower()


def test_the_family_demo_passes_every_check(
    family_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "check", str(family_file))
    assert code == 0
    assert out.strip() == "No problems found: the agreement passes every check."


def test_the_family_demo_renders_what_the_field_changes(
    family_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    language = read_exchange_file(family_file).language.value
    out = tmp_path / "family.pdf"
    code, printed, err = run(capsys, "render", str(family_file), "-o", str(out))
    assert (code, err) == (0, "")
    assert f"to {out}." in printed
    pdf = out.read_bytes()
    assert qpdf_check(pdf, tmp_path).returncode == 0
    text = flat(pdftotext(pdf, tmp_path))
    for phrase in EXPECTED[language]:
        assert phrase in text
    assert not any(question in text for question in OPEN_QUESTIONS[language])


def test_the_lawyers_edition_asks_what_the_field_leaves_open(
    family_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    language = read_exchange_file(family_file).language.value
    out = tmp_path / "lawyers.pdf"
    assert run(capsys, "render", str(family_file), "-o", str(out), "--annotated")[0] == 0
    text = flat(pdftotext(out.read_bytes(), tmp_path))
    for question in OPEN_QUESTIONS[language]:
        assert question in text


def test_the_family_demo_renders_final_with_its_signature_fields(
    family_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "final.pdf"
    assert run(capsys, "render", str(family_file), "-o", str(out), "--final")[0] == 0
    fields = list_fields(out.read_bytes())
    assert [f.signed for f in fields] == [False, False]
    assert fields[0].name.startswith("signature-dr-selin-ayd")
    assert fields[1].name == "signature-petra-lindner"


def test_the_exit_demo_keeps_its_text_without_the_fields_of_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An agreement that names no field of work reads as before: none of the new clauses."""
    path, out = tmp_path / "exit.json", tmp_path / "exit.pdf"
    assert main(["demo", str(path)]) == 0
    assert run(capsys, "render", str(path), "-o", str(out))[0] == 0
    text = flat(pdftotext(out.read_bytes(), tmp_path))
    for phrase in ("Fields of work.", "Family counselling.", "Returnees.", "Referral chain."):
        assert phrase not in text
