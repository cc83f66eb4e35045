"""What the command-line tests share."""

from __future__ import annotations

import pytest

from coopbuilder.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run ``coopbuilder ARGV...``: its exit code, and what it printed to stdout and stderr."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err
