"""Writing files so that they are complete or not there: a temporary file beside the target that
replaces it only when the writer finished."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coopbuilder.core.errors import UserError
from coopbuilder.core.files import replaced_when_done


def test_the_file_is_replaced_only_when_the_writer_finished(tmp_path: Path) -> None:
    target = tmp_path / "printed.pdf"
    target.write_bytes(b"old")
    with replaced_when_done(target) as temporary:
        assert temporary.parent == tmp_path and temporary != target
        temporary.write_bytes(b"new")
        assert target.read_bytes() == b"old"
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["printed.pdf"]


def test_a_failed_writer_leaves_the_old_file_and_no_temporary_one(tmp_path: Path) -> None:
    target = tmp_path / "printed.pdf"
    target.write_bytes(b"old")
    with pytest.raises(KeyboardInterrupt), replaced_when_done(target) as temporary:
        temporary.write_bytes(b"half")
        raise KeyboardInterrupt
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["printed.pdf"]


def test_a_missing_folder_or_a_folder_is_one_clear_message(tmp_path: Path) -> None:
    missing = tmp_path / "gone" / "printed.pdf"
    with (
        pytest.raises(UserError, match=re.escape(f"The folder {missing.parent} does not exist.")),
        replaced_when_done(missing),
    ):
        pass
    with (
        pytest.raises(UserError, match=re.escape(f"{tmp_path} is a folder. Choose a file name.")),
        replaced_when_done(tmp_path),
    ):
        pass
