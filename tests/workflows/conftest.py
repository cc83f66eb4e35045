"""Workspaces for the workflow tests (a real SQLite file each); the three-year history (v1
signed; review -> v2 signed; review -> v3 draft), built once per module through the services;
and the demo agreement's final PDF signed once and twice with trial certificates, made once per
session."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from coopbuilder.core.agreement import Agreement
from coopbuilder.documents.final import render_final, signing_representatives
from coopbuilder.documents.signing import sign
from coopbuilder.store.connection import open_workspace
from coopbuilder.store.models import StoredVersion
from coopbuilder.store.workspace import Workspace
from coopbuilder.workflows.demo_history import demo_history
from tests.signing_fixtures import TrialCerts

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


@dataclass(frozen=True)
class SignedDemo:
    """The demo agreement's final PDF, signed by the NGO's representative (certifying) and then
    by the police's, with Anna's and Bernd's trial certificates."""

    fields: tuple[str, str]
    final: bytes
    once: bytes
    twice: bytes


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    with open_workspace(tmp_path / "workspace.sqlite", who="anna") as opened:
        yield opened


@pytest.fixture(scope="session")
def signed_demo(trial_certs: TrialCerts) -> SignedDemo:
    from coopbuilder.core.demo import demo_agreement
    from tests.conftest import DEMO_DAY

    agreement = demo_agreement("en", today=DEMO_DAY)
    ngo, police = (rep.field_name for rep in signing_representatives(agreement))
    final = render_final(agreement).pdf
    anna, bernd = trial_certs.anna, trial_certs.bernd
    once = sign(final, ngo, anna.p12, anna.passphrase, certify=True, location="Nürnberg")
    twice = sign(once, police, bernd.p12, bernd.passphrase, location="Musterstadt")
    return SignedDemo(fields=(ngo, police), final=final, once=once, twice=twice)


def stored_ready(workspace: Workspace, demo: Agreement) -> int:
    """Store the demo as version 1 and mark it ready to sign (as finalising does); its
    revision."""
    from coopbuilder.core.vocabulary import AgreementStatus

    first = workspace.agreements.create(demo)
    ready = demo.model_copy(update={"status": AgreementStatus.READY_TO_SIGN})
    return workspace.agreements.save(ready, first.revision).revision
