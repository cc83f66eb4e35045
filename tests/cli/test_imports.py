"""Each command loads only what it needs: ``verify --no-workspace`` and ``sign`` start without the
database layer, the PDF renderer or Qt (each a noticeable part of a second to import).

Each command runs in a new interpreter, which then lists the modules it loaded."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.signing_fixtures import FIELD_A, TrialCerts

RUN = """
import datetime as dt, json, sys
from coopbuilder.__main__ import main
from coopbuilder.core import clock

with clock.running_from(dt.datetime(2026, 11, 27, 12, tzinfo=dt.UTC)):
    code = main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""

NEVER = (
    "PySide6",
    "sqlalchemy",
    "alembic",
    "coopbuilder.store",
    "coopbuilder.ui",
    "coopbuilder.workflows",
    "reportlab.platypus",
    "reportlab.graphics",
    "aiohttp",  # pyHanko's HTTP clients, which the program never uses (see documents/__init__)
)
"""Neither command loads any of these (nor a module inside one)."""


def loaded(*argv: str, env: dict[str, str] | None = None) -> tuple[int, set[str]]:
    """Run ``coopbuilder ARGV...`` in a new interpreter: its exit code and the modules loaded."""
    done = subprocess.run(
        [sys.executable, "-c", RUN, *argv], capture_output=True, text=True, check=False, env=env
    )
    assert done.stdout, done.stderr
    result = json.loads(done.stdout.splitlines()[-1])
    return result["code"], set(result["modules"])


def under(modules: set[str], package: str) -> list[str]:
    return sorted(m for m in modules if m == package or m.startswith(package + "."))


@pytest.fixture
def files(tmp_path: Path, unsigned_pdf: bytes, signed_once: bytes, trial_certs: TrialCerts) -> Path:
    (tmp_path / "unsigned.pdf").write_bytes(unsigned_pdf)
    (tmp_path / "signed.pdf").write_bytes(signed_once)
    (tmp_path / "anna.p12").write_bytes(trial_certs.anna.p12)
    (tmp_path / "anna.pem").write_bytes(trial_certs.anna.pem)
    return tmp_path


def test_verify_without_the_workspace_loads_no_database_nor_renderer(files: Path) -> None:
    code, modules = loaded(
        "verify", "--no-workspace", "--trust", str(files / "anna.pem"), str(files / "signed.pdf")
    )
    assert code == 0  # the file is valid (the second field is empty, which --require-complete
    # would refuse)
    assert "pyhanko.sign.validation" in modules  # it did verify
    for package in (*NEVER, "reportlab", "jinja2", "coopbuilder.documents.templates"):
        assert under(modules, package) == [], package
    # nor the agreement's models: a PDF is checked, no agreement file is read
    assert under(modules, "coopbuilder.core.agreement") == []


def test_sign_loads_no_database_nor_renderer(
    files: Path, trial_certs: TrialCerts, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANNA_PW", trial_certs.anna.passphrase.decode())
    out = files / "out.pdf"
    code, modules = loaded(
        "sign",
        str(files / "unsigned.pdf"),
        "--field",
        FIELD_A,
        "--p12",
        str(files / "anna.p12"),
        "--passphrase-env",
        "ANNA_PW",
        "--no-timestamp",
        "-o",
        str(out),
    )
    assert code == 0 and out.read_bytes().startswith(b"%PDF")
    assert "pyhanko.sign.signers" in modules  # it did sign
    for package in (*NEVER, "reportlab"):
        assert under(modules, package) == [], package


def test_verify_with_the_workspace_still_reads_its_trust_list(files: Path) -> None:
    """The counterpart: without --no-workspace, an existing workspace's trust list is read."""
    workspace = files / "workspace.sqlite"
    from coopbuilder.store.connection import open_workspace

    with open_workspace(workspace):
        pass
    code, modules = loaded(
        "--workspace", str(workspace), "verify", str(files / "signed.pdf"), "--no-workspace"
    )
    assert code == 0 and under(modules, "sqlalchemy") == []
    code, modules = loaded("--workspace", str(workspace), "verify", str(files / "signed.pdf"))
    assert code == 0 and "coopbuilder.store.connection" in modules
