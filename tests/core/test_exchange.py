from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.errors import ExchangeFileError, UserError
from coopbuilder.core.exchange import (
    SCHEMA_VERSION,
    dumps,
    import_partner_ratings,
    loads,
    matching_partner,
    read_exchange_file,
    write_exchange_file,
)


def test_demo_round_trip_through_a_file(tmp_path: Path, demo: Agreement) -> None:
    path = tmp_path / "demo.json"
    write_exchange_file(path, demo)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["schema_version"] == SCHEMA_VERSION
    assert document["format"] == "coopbuilder.agreement"
    assert "Brückenschlag" in path.read_text(encoding="utf-8")  # readable UTF-8, not escaped
    again = read_exchange_file(path)
    assert again == demo
    assert dumps(again) == dumps(demo)


def test_newer_schema_is_refused(demo: Agreement) -> None:
    document = json.loads(dumps(demo))
    document["schema_version"] = SCHEMA_VERSION + 1
    with pytest.raises(ExchangeFileError, match="written by a newer CoopBuilder") as caught:
        loads(json.dumps(document), source="partner.json")
    assert str(caught.value).startswith("partner.json ")
    assert "Update CoopBuilder" in str(caught.value)


def test_older_schema_is_migrated_step_by_step(demo: Agreement) -> None:
    """A format-1 file read by a program at format 3: both steps run, in order."""
    body = demo.model_dump(mode="json")
    body["name"] = body.pop("title")  # pretend format 1 called it 'name'
    body["partners"][0]["label"] = "BS"  # ... and format 2 dropped 'label'
    steps: list[int] = []

    def one_to_two(agreement: dict[str, Any]) -> dict[str, Any]:
        steps.append(1)
        agreement["title"] = agreement.pop("name")
        return agreement

    def two_to_three(agreement: dict[str, Any]) -> dict[str, Any]:
        steps.append(2)
        agreement["partners"][0]["short_name"] = agreement["partners"][0].pop("label")
        return agreement

    old = json.dumps({"format": "coopbuilder.agreement", "schema_version": 1, "agreement": body})
    loaded = loads(old, migrations={1: one_to_two, 2: two_to_three}, current=3)
    assert steps == [1, 2]
    assert loaded.title == demo.title
    assert loaded.partners[0].short_name == "BS"


def test_an_older_schema_without_a_migration_is_a_clear_error(demo: Agreement) -> None:
    old = json.dumps(
        {
            "format": "coopbuilder.agreement",
            "schema_version": 1,
            "agreement": demo.model_dump(mode="json"),
        }
    )
    with pytest.raises(ExchangeFileError, match="file format 1, which this version cannot convert"):
        loads(old, migrations={}, current=2)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xff\xfe\x00garbage", "is not a text file"),
        (b"{not json", "is not valid JSON (line 1, column 2"),
        (b"[1, 2, 3]", "is not a CoopBuilder agreement file"),
        (b'{"format": "coopbuilder.agreement"}', "has no valid schema_version"),
        (b'{"format": "coopbuilder.agreement", "schema_version": true}', "no valid schema_version"),
        (b'{"format": "coopbuilder.agreement", "schema_version": 1}', "holds no agreement"),
        (
            b'{"format": "coopbuilder.agreement", "schema_version": 1, "agreement": {}}',
            "agreement › title: is missing (and 1 more problem)",
        ),
    ],
)
def test_bad_files_give_one_clear_line(data: bytes, message: str) -> None:
    with pytest.raises(ExchangeFileError) as caught:
        loads(data, source="x.json")
    text = str(caught.value)
    assert message in text
    assert text.startswith("x.json")
    assert "\n" not in text


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ExchangeFileError, match="does not exist"):
        read_exchange_file(tmp_path / "nothing.json")
    with pytest.raises(ExchangeFileError, match="is a folder"):
        read_exchange_file(tmp_path)


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (errno.ENOSPC, "The disk is full"),
        (errno.EROFS, "cannot be written here"),
        (errno.EACCES, "cannot be written here"),
    ],
)
def test_full_disk_or_read_only_folder_leaves_the_old_file_whole(
    tmp_path: Path, demo: Agreement, monkeypatch: pytest.MonkeyPatch, error: int, message: str
) -> None:
    path = tmp_path / "a.json"
    path.write_text("the old file", encoding="utf-8")

    def failing_fsync(fd: int) -> None:
        raise OSError(error, os.strerror(error))

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(UserError, match=message) as caught:
        write_exchange_file(path, demo)
    assert str(path) in str(caught.value)
    assert path.read_text(encoding="utf-8") == "the old file"
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, demo: Agreement) -> None:
    path = tmp_path / "a.json"
    write_exchange_file(path, demo)
    before = path.read_bytes()
    with pytest.raises(UserError, match="is a folder"):
        write_exchange_file(tmp_path, demo)
    target_in_missing_folder = tmp_path / "missing" / "a.json"
    with pytest.raises(UserError, match="does not exist"):
        write_exchange_file(target_in_missing_folder, demo)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json"]


def test_a_partner_brings_its_ratings(demo: Agreement) -> None:
    brought = demo.model_copy(deep=True)
    for rating in brought.assessment.ratings:
        if rating.partner_id == "lka":
            rating.value = 5
    session = demo.model_copy(deep=True)
    session.assessment.ratings = [r for r in session.assessment.ratings if r.partner_id == "ngo"]
    source_id = matching_partner(brought, "lka musterland")
    assert source_id == "lka"
    merged = import_partner_ratings(session, brought, source_id, "lka")
    lka = merged.assessment.by_partner("lka")
    assert len(lka) == 64 and {r.value for r in lka.values()} == {5}
    assert merged.assessment.by_partner("ngo") == demo.assessment.by_partner("ngo")
    assert session.assessment.by_partner("lka") == {}  # the original is untouched
    assert matching_partner(brought, "somebody else") is None


# -- nothing crashes the loader --------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=40,
)


def _clean_or_valid(data: bytes | str) -> None:
    try:
        agreement = loads(data)
    except ExchangeFileError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert isinstance(agreement, Agreement)


@given(st.binary(max_size=2000))
def test_arbitrary_bytes(data: bytes) -> None:
    _clean_or_valid(data)


@given(json_values)
def test_arbitrary_json(value: object) -> None:
    _clean_or_valid(json.dumps(value))


@given(json_values)
def test_arbitrary_json_as_an_agreement(value: object) -> None:
    _clean_or_valid(
        json.dumps({"format": "coopbuilder.agreement", "schema_version": 1, "agreement": value})
    )


@given(st.data())
def test_arbitrary_changes_to_a_real_agreement(data: st.DataObject) -> None:
    from coopbuilder.core.demo import demo_agreement

    body = demo_agreement().model_dump(mode="json")
    for _ in range(data.draw(st.integers(1, 4))):
        node: Any = body
        while isinstance(node, dict | list) and node:
            keys = list(node) if isinstance(node, dict) else list(range(len(node)))
            key = data.draw(st.sampled_from(keys))
            child = node[key]
            if not isinstance(child, dict | list) or not child or data.draw(st.booleans()):
                node[key] = data.draw(json_values)
                break
            node = child
    _clean_or_valid(
        json.dumps({"format": "coopbuilder.agreement", "schema_version": 1, "agreement": body})
    )


def test_a_file_of_schema_1_reads_as_it_meant(demo: Agreement) -> None:
    """Files written before schema 2 carry none of its fields; they read with the defaults
    (a memorandum, nothing due before signing) and score as before."""
    body = demo.model_dump(mode="json")
    body.pop("legal_nature", None)
    for action in body["actions"]:
        action.pop("before_signing", None)
    old = json.dumps({"format": "coopbuilder.agreement", "schema_version": 1, "agreement": body})
    loaded = loads(old)
    assert loaded.legal_nature == Agreement.model_fields["legal_nature"].default
    assert not any(action.before_signing for action in loaded.actions)
    assert loaded.assessment == demo.assessment


@pytest.mark.parametrize("version", [1, 2])
def test_a_file_of_an_older_format_reads_as_it_did(demo: Agreement, version: int) -> None:
    """Formats 1 and 2 knew no fields of work and no referrals: such a file reads as the same
    agreement, naming no field of work, its further actors referring no cases."""
    demo.catalogue_version = 1  # such a file was rated against the first catalogue
    body = demo.model_dump(mode="json")
    del body["catalogue_version"], body["fields_of_work"]
    for actor in body["further_actors"]:
        del actor["referral"], actor["contact"]
    old = json.dumps(
        {"format": "coopbuilder.agreement", "schema_version": version, "agreement": body}
    )
    loaded = loads(old)
    assert loaded == demo
    assert loaded.fields_of_work == []
    assert {(a.referral, a.contact) for a in loaded.further_actors} == {("", "")}


def test_fields_of_work_and_referrals_go_through_a_file(tmp_path: Path) -> None:
    from coopbuilder.core.demo import demo_agreement
    from coopbuilder.core.vocabulary import FieldOfWork

    family = demo_agreement("en", example="family")
    path = tmp_path / "family.coopagreement"
    write_exchange_file(path, family)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["schema_version"] == SCHEMA_VERSION == 3
    assert document["agreement"]["fields_of_work"] == ["family", "returnees"]
    again = read_exchange_file(path)
    assert again == family
    assert again.fields_of_work == [FieldOfWork.FAMILY, FieldOfWork.RETURNEES]
    assert again.further_actors[0].contact == "Hotline team, +49 911 555 0400 (office hours)"


def test_a_field_of_work_named_twice_is_kept_once_in_order(demo: Agreement) -> None:
    body = demo.model_dump(mode="json")
    body["fields_of_work"] = ["returnees", "family", "returnees"]
    document = {"format": "coopbuilder.agreement", "schema_version": 3, "agreement": body}
    assert [f.value for f in loads(json.dumps(document)).fields_of_work] == [
        "family",
        "returnees",
    ]
    body["fields_of_work"] = ["hotline"]
    with pytest.raises(ExchangeFileError, match="fields_of_work"):
        loads(json.dumps(document), source="x.json")
