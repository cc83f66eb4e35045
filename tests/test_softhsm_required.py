"""The smartcard tests are skipped only where SoftHSM2 is missing and nobody requires it: with
COOPBUILDER_REQUIRE_SOFTHSM set (as `.ci/run` sets it), a machine without SoftHSM2 fails them.
Checked by running one of them in a pytest of its own whose PATH has no softhsm2-util."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
ONE_CARD_TEST = (
    "tests/documents/test_tokens.py::"
    "test_lists_the_cards_and_the_certificates_with_holder_issuer_and_validity"
)


def _run_without_softhsm(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    bare = {k: v for k, v in os.environ.items() if k != "COOPBUILDER_REQUIRE_SOFTHSM"}
    bare["PATH"] = str(Path(sys.executable).parent)  # no softhsm2-util on it
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs", ONE_CARD_TEST],
        cwd=ROOT,
        env={**bare, **env, "COOPBUILDER_HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


@pytest.mark.parametrize(
    ("required", "outcome"),
    [({}, "1 skipped"), ({"COOPBUILDER_REQUIRE_SOFTHSM": "1"}, "1 error")],
    ids=["not-required-skips", "required-fails"],
)
def test_missing_softhsm(tmp_path: Path, required: dict[str, str], outcome: str) -> None:
    done = _run_without_softhsm(tmp_path, **required)
    assert outcome in done.stdout, done.stdout + done.stderr
    assert "SoftHSM2 is not installed (Debian: softhsm2)" in done.stdout
    assert (done.returncode == 0) is (not required)
