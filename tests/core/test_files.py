"""Files the program writes: complete or not at all, with the permissions any other program's
file would get, and never in place of a link, a device or a pipe."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import coopbuilder.core.files as files
from coopbuilder.core.agreement import Agreement
from coopbuilder.core.errors import UserError
from coopbuilder.core.exchange import write_exchange_file
from coopbuilder.core.files import atomic_write_bytes, current_umask, replaced_when_done


@pytest.fixture
def umask() -> Iterator[Callable[[int], None]]:
    """Set the process umask for one test and put the old one back."""
    old = os.umask(0o022)

    def set_to(value: int) -> None:
        os.umask(value)

    yield set_to
    os.umask(old)


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)])
def test_a_new_file_gets_the_permissions_the_umask_allows(
    tmp_path: Path, umask: Callable[[int], None], mask: int, expected: int
) -> None:
    umask(mask)
    assert current_umask() == mask
    target = tmp_path / "agreement.pdf"
    atomic_write_bytes(target, b"%PDF-1.7")
    assert target.read_bytes() == b"%PDF-1.7"
    assert mode_of(target) == expected


@pytest.mark.parametrize("existing", [0o644, 0o640, 0o664])
def test_a_replaced_file_keeps_its_permissions(
    tmp_path: Path, umask: Callable[[int], None], existing: int
) -> None:
    umask(0o077)
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    target.chmod(existing)
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert mode_of(target) == existing


def test_a_mode_asked_for_wins(tmp_path: Path, umask: Callable[[int], None]) -> None:
    umask(0o022)
    key = tmp_path / "key.p12"
    key.write_bytes(b"old")
    key.chmod(0o644)
    atomic_write_bytes(key, b"secret", mode=0o600)
    assert mode_of(key) == 0o600
    fresh = tmp_path / "fresh.p12"
    atomic_write_bytes(fresh, b"secret", mode=0o600)
    assert mode_of(fresh) == 0o600


def test_an_exchange_file_is_readable_only_by_its_owner_under_umask_022(
    demo: Agreement, tmp_path: Path
) -> None:
    """In a fresh process with the usual umask, as the program runs for a user: the file names
    staff with phones and e-mails, so it is the owner's until they pass it on; a file it
    replaces that others could read becomes the owner's alone too."""
    target = tmp_path / "agreement.coop"
    script = (
        "import os, sys\n"
        "os.umask(0o022)\n"
        "from coopbuilder.core.demo import demo_agreement\n"
        "from coopbuilder.core.exchange import write_exchange_file\n"
        "write_exchange_file(sys.argv[1], demo_agreement('en'))\n"
    )
    subprocess.run([sys.executable, "-c", script, str(target)], check=True)
    assert mode_of(target) == 0o600
    target.chmod(0o644)
    write_exchange_file(target, demo)
    assert mode_of(target) == 0o600


def test_the_umask_falls_back_to_022_without_proc(
    tmp_path: Path, umask: Callable[[int], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    umask(0o077)
    monkeypatch.setattr(files, "PROCESS_STATUS", tmp_path / "no-such-status")
    assert current_umask() == 0o022
    status = tmp_path / "status"
    status.write_text("Name:\tpython\nUmask:\tgarbage\n")
    monkeypatch.setattr(files, "PROCESS_STATUS", status)
    assert current_umask() == 0o022


def test_a_symlink_is_refused_and_left_alone(tmp_path: Path) -> None:
    real = tmp_path / "real.pdf"
    real.write_bytes(b"precious")
    link = tmp_path / "link.pdf"
    link.symlink_to(real)
    with pytest.raises(UserError, match=r"link\.pdf is not a regular file"):
        atomic_write_bytes(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"precious"
    dangling = tmp_path / "dangling.pdf"
    dangling.symlink_to(tmp_path / "nowhere.pdf")
    with pytest.raises(UserError, match="is not a regular file"):
        atomic_write_bytes(dangling, b"new")
    assert dangling.is_symlink() and not (tmp_path / "nowhere.pdf").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dangling.pdf", "link.pdf", "real.pdf"]


def test_a_pipe_is_refused_and_left_alone(tmp_path: Path) -> None:
    pipe = tmp_path / "agreement.pdf"
    os.mkfifo(pipe)
    with pytest.raises(UserError) as raised:
        atomic_write_bytes(pipe, b"new")
    assert str(raised.value).startswith(f"{pipe} is not a regular file")
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["agreement.pdf"]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_a_device_is_refused() -> None:
    with pytest.raises(UserError, match="/dev/full is not a regular file"):
        atomic_write_bytes(Path("/dev/full"), b"new")
    assert stat.S_ISCHR(Path("/dev/full").stat().st_mode)


# -- a writer that opens the file itself (a printer) ---------------------------------------


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


def test_a_file_a_writer_made_gets_the_usual_permissions(
    tmp_path: Path, umask: Callable[[int], None]
) -> None:
    umask(0o022)
    target = tmp_path / "printed.pdf"
    with replaced_when_done(target) as temporary:
        temporary.write_bytes(b"%PDF-1.7")
    assert mode_of(target) == 0o644
    target.chmod(0o640)
    with replaced_when_done(target) as temporary:
        temporary.write_bytes(b"%PDF-1.7 again")
    assert mode_of(target) == 0o640


def test_a_writer_never_replaces_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real.pdf"
    real.write_bytes(b"kept")
    link = tmp_path / "link.pdf"
    link.symlink_to(real)
    with pytest.raises(UserError, match="is not a regular file"), replaced_when_done(link):
        pass
    assert link.is_symlink() and real.read_bytes() == b"kept"


def test_a_device_or_a_pipe_is_not_read_as_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """/dev/zero would be read until memory runs out, a pipe would wait for a writer forever:
    both are refused before anything is read, naming the path."""
    from coopbuilder.core.exchange import read_exchange_file
    from tests.cli.helpers import run

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    for path in (Path("/dev/zero"), pipe):
        with pytest.raises(UserError, match="not a regular file") as caught:
            files.read_user_file(path, "an agreement file", max_bytes=1000)
        assert str(path) in str(caught.value)
        with pytest.raises(UserError, match="not a regular file"):
            read_exchange_file(path)
    code, _, err = run(capsys, "assess", "/dev/zero")
    assert code == 2  # a user error, said in one line
    assert "/dev/zero is not a regular file" in err and "Traceback" not in err


def test_a_regular_file_is_read_whole_and_a_large_one_refused(tmp_path: Path) -> None:
    path = tmp_path / "data.bin"
    path.write_bytes(b"x" * 1000)
    assert files.read_user_file(path, "a file", max_bytes=1000) == b"x" * 1000
    with pytest.raises(UserError, match="too large"):
        files.read_user_file(path, "a file", max_bytes=999)
