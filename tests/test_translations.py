"""Everything the program says exists in German as well as English, and the check that says so
fails when a translation is missing (scripts/translations.py does the checking)."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest
import yaml
from scripts import translations as tx

ROOT = Path(__file__).resolve().parents[1]


def test_every_text_has_its_german_counterpart() -> None:
    """GUI strings (.ts complete and up to date, .qm built from it), clause library, catalogue,
    fixed-choice labels, check messages and presets."""
    assert tx.check_all() == []


# -- the check fails when something is missing ------------------------------------------------


@pytest.fixture
def ts_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "coopbuilder_de.ts"
    shutil.copy(tx.ts_file("de"), copy)
    return copy


def test_a_missing_gui_translation_is_found(ts_copy: Path) -> None:
    text = ts_copy.read_text(encoding="utf-8")
    assert "<translation>Partnerschaft</translation>" in text
    ts_copy.write_text(
        text.replace(
            "<translation>Partnerschaft</translation>",
            '<translation type="unfinished"></translation>',
        ),
        encoding="utf-8",
    )
    assert tx.check_ts(ts_copy) == [
        "coopbuilder_de.ts: PartnershipPage: 'Partnership' has no finished translation."
    ]


def test_a_gui_string_not_yet_in_the_ts_is_found(ts_copy: Path) -> None:
    text = ts_copy.read_text(encoding="utf-8")
    start = text.index("<source>Partnership</source>")
    start = text.rindex("<message>", 0, start)
    end = text.index("</message>", start) + len("</message>")
    ts_copy.write_text(text[:start] + text[end:], encoding="utf-8")
    assert tx.check_ts(ts_copy) == [
        "coopbuilder_de.ts: PartnershipPage: 'Partnership' is not in the .ts yet "
        "(run update, then translate)."
    ]


def test_a_translation_with_other_placeholders_is_found(ts_copy: Path) -> None:
    text = ts_copy.read_text(encoding="utf-8")
    good = "<translation>Schritt {number} von {count}</translation>"
    assert good in text
    ts_copy.write_text(text.replace(good, good.replace("{count}", "{total}")), "utf-8")
    problems = tx.check_ts(ts_copy)
    assert len(problems) == 1 and "other placeholders" in problems[0]


def test_a_stale_qm_is_found(ts_copy: Path) -> None:
    text = ts_copy.read_text(encoding="utf-8")
    ts_copy.write_text(text.replace(">Partnerschaft<", ">Zusammenarbeit<"), "utf-8")
    assert tx.check_qm(ts_copy, tx.qm_file("de")) == [
        "coopbuilder_de.qm does not match coopbuilder_de.ts (run release)."
    ]
    assert tx.check_qm(tx.ts_file("de"), tx.qm_file("de")) == []


@pytest.fixture
def libraries(tmp_path: Path) -> tuple[Path, Path]:
    shutil.copytree(tx.TEMPLATES / "en", tmp_path / "en")
    shutil.copytree(tx.TEMPLATES / "de", tmp_path / "de")
    return tmp_path / "en", tmp_path / "de"


def _edit_yaml(path: Path, change: object) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)  # type: ignore[operator]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")


def test_a_clause_missing_in_german_is_found(libraries: tuple[Path, Path]) -> None:
    english, german = libraries
    _edit_yaml(german / "05-sharing.yaml", lambda d: d["clauses"].pop(4))  # sharing.never
    problems = tx.check_clause_libraries(english, german, "de")
    assert problems
    assert all("05-sharing.yaml" in p and "sharing.never" in p for p in problems)
    assert "is in the English library but not in 'de'" in problems[0]


def test_a_german_clause_that_leaves_out_data_is_found(libraries: tuple[Path, Path]) -> None:
    english, german = libraries

    def drop_the_next_review(data: dict[str, list[dict[str, str]]]) -> None:
        clause = next(c for c in data["clauses"] if c["id"] == "review.annual")
        clause["text"] = "Die Parteien überprüfen diese Vereinbarung jährlich."

    _edit_yaml(german / "13-review.yaml", drop_the_next_review)
    problems = tx.check_clause_libraries(english, german, "de")
    assert len(problems) == 1
    assert "review.annual" in problems[0] and "agreement.next_review_date" in problems[0]


def test_a_catalogue_text_without_german_is_found(tmp_path: Path) -> None:
    copy = tmp_path / "catalogue.yaml"

    def drop(data: dict[str, list[dict[str, object]]]) -> None:
        statement = data["preconditions"][1]["statements"][0]
        statement["text"] = {"en": statement["text"]["en"]}  # type: ignore[index]

    shutil.copy(tx.RESOURCES / "catalogue.yaml", copy)
    _edit_yaml(copy, drop)
    assert tx.check_catalogue(copy) == [
        "catalogue.yaml: preconditions[transparency].statements[transparency.1].text has no "
        "'de' text."
    ]


def test_a_missing_label_or_check_message_is_found(tmp_path: Path) -> None:
    copy = tmp_path / "de.yaml"
    shutil.copy(tx.RESOURCES / "texts" / "de.yaml", copy)

    def drop(data: dict[str, dict[str, dict[str, str]]]) -> None:
        data["labels"]["Trigger"].pop("imminent_danger")
        data["checks"].pop("no_channel")

    _edit_yaml(copy, drop)
    assert tx.check_texts(tx.RESOURCES / "texts" / "en.yaml", copy) == [
        "de.yaml: labels.Trigger.imminent_danger is missing.",
        "de.yaml: checks.no_channel is missing.",
    ]


def test_presets_that_differ_in_more_than_wording_are_found(tmp_path: Path) -> None:
    copy = tmp_path / "de.yaml"
    shutil.copy(tx.RESOURCES / "presets" / "de.yaml", copy)
    _edit_yaml(copy, lambda d: d["presets"][5]["rule"].update(logged=False))
    assert tx.check_presets(tx.RESOURCES / "presets" / "en.yaml", copy) == [
        "de.yaml: preset 6: rule.logged differs from English."
    ]
    _edit_yaml(copy, lambda d: d["presets"].pop())
    assert tx.check_presets(tx.RESOURCES / "presets" / "en.yaml", copy) == [
        "de.yaml has 15 presets, en.yaml has 16."
    ]
    _edit_yaml(copy, lambda d: d["further_actors"][0]["actor"].update(kind="prison"))
    assert tx.check_presets(tx.RESOURCES / "presets" / "en.yaml", copy)[1:] == [
        "de.yaml: further-actor preset 1: actor.kind differs from English."
    ]


# -- a pitfall of PySide's tr() -----------------------------------------------------------------


def test_no_gui_class_with_tr_texts_is_subclassed() -> None:
    """PySide's ``self.tr()`` looks a text up under the class of the object, so a text in a base
    class would be looked up under the subclass's name, where lupdate did not put it. Such a
    base class translates with ``QCoreApplication.translate("ItsName", ...)`` (see RecordRow)."""
    uses_tr: dict[str, Path] = {}
    bases: dict[str, set[str]] = {}
    for path in tx.ui_sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            bases[node.name] = {ast.unparse(b).split("[")[0].split(".")[-1] for b in node.bases}
            if any(
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr == "tr"
                and ast.unparse(call.func.value) == "self"
                for call in ast.walk(node)
            ):
                uses_tr[node.name] = path
    subclassed = {
        base: sorted(name for name, of in bases.items() if base in of)
        for base in uses_tr
        if any(base in of for of in bases.values())
    }
    assert subclassed == {}
