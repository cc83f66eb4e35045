"""A success indicator's result, found at the review that made a version: kept by the workspace
and the exchange file (schema 3; files of schema 1 and 2 read as before), started anew by each
review, listed in the review annex and compared between versions."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.changes import Part, structural_changes
from coopbuilder.core.exchange import SCHEMA_VERSION, dumps, loads
from coopbuilder.core.records import ReviewRecord
from coopbuilder.store.connection import open_workspace
from coopbuilder.workflows.review import render_version, review_report
from tests.documents.pdfs import flat, pdftotext

RESULT = "4 of 4 steering meetings held"


def test_a_result_is_kept_and_each_review_finds_its_own(tmp_path: Path, demo: Agreement) -> None:
    assert demo.success_indicators
    with open_workspace(tmp_path / "workspace.sqlite") as workspace:
        first = workspace.agreements.create(demo)
        workspace.signing.mark_signed(demo.id, 1, first.revision)
        _, draft = workspace.reviews.start_review(
            demo.id, ReviewRecord(held_on=dt.date(2027, 3, 2))
        )
        changed = draft.agreement.model_copy(deep=True)
        changed.success_indicators[0].result = RESULT
        workspace.agreements.save(changed, draft.revision)
        stored = workspace.agreements.load(demo.id, 2).agreement
        assert stored.success_indicators[0].result == RESULT
        assert workspace.agreements.load(demo.id, 1).agreement.success_indicators[0].result == ""

        # the comparison with the reviewed version names the result found
        [change] = [c for c in structural_changes(demo, stored) if c.part is Part.INDICATOR]
        assert [(f.name, f.before, f.after) for f in change.fields] == [("Result", "–", RESULT)]

        # the review annex lists it, with the target
        text = flat(pdftotext(render_version(workspace, demo.id, 2).pdf, tmp_path))
        indicator = stored.success_indicators[0]
        assert "Success indicators at this review." in text
        assert f"{indicator.name}: {RESULT} (target: {indicator.target})" in text

        # the review report lists every indicator with its target and this review's result
        report = flat(pdftotext(review_report(workspace, demo.id, 2), tmp_path))
        part = report[report.index("Success indicators at this review") :]
        assert f"{indicator.name} {indicator.target} {RESULT}" in part
        assert part.count("not recorded") == len(stored.success_indicators) - 1

        # signed, then reviewed again: the next draft starts without last year's result
        workspace.signing.mark_signed(demo.id, 2, workspace.agreements.load(demo.id, 2).revision)
        _, following = workspace.reviews.start_review(
            demo.id, ReviewRecord(held_on=dt.date(2028, 3, 2))
        )
        assert following.agreement.success_indicators[0].result == ""
        text = flat(pdftotext(render_version(workspace, demo.id, 3).pdf, tmp_path))
        assert "Success indicators at this review." not in text


def test_the_exchange_file_carries_the_result_and_older_files_read_as_before(
    demo: Agreement,
) -> None:
    assert SCHEMA_VERSION == 3
    with_result = demo.model_copy(deep=True)
    with_result.success_indicators[0].result = RESULT
    document = json.loads(dumps(with_result))
    assert document["schema_version"] == 3
    assert document["agreement"]["success_indicators"][0]["result"] == RESULT
    assert loads(dumps(with_result)) == with_result
    demo.catalogue_version = 1  # such a file was rated against the first catalogue
    for older in (1, 2):
        body = demo.model_dump(mode="json")
        del body["catalogue_version"]
        for indicator in body["success_indicators"]:
            del indicator["result"]
        document = {"format": "coopbuilder.agreement", "schema_version": older, "agreement": body}
        assert loads(json.dumps(document)) == demo
