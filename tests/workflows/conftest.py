"""The three-year history (v1 signed; review -> v2 signed; review -> v3 draft), built once per
module through the services on a real SQLite workspace."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from coopbuilder.store.connection import open_workspace
from coopbuilder.store.models import StoredVersion
from coopbuilder.store.workspace import Workspace
from coopbuilder.workflows.demo_history import demo_history

START = dt.date(2026, 11, 27)


@dataclass(frozen=True)
class History:
    workspace: Workspace
    versions: list[StoredVersion]

    @property
    def agreement_id(self) -> str:
        return self.versions[0].agreement_id


@pytest.fixture(scope="module")
def three_years(tmp_path_factory: pytest.TempPathFactory) -> Iterator[History]:
    path = tmp_path_factory.mktemp("history") / "workspace.sqlite"
    with open_workspace(path, who="anna") as workspace:
        yield History(workspace, demo_history(workspace, START))
