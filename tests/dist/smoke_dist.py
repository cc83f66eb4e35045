"""The frozen program, as a user gets it: the built folder (``make dist``), not the source.

    make dist-test      # builds, then: .venv/bin/pytest -q tests/dist/smoke_dist.py

Not collected by ``make test`` (the file name is no ``test_*.py``): it needs the bundle, which
``make dist`` builds in dist/CoopBuilder (or the folder in ``COOPBUILDER_DIST``). Each command
runs in a new process of the bundle's own executables with ``COOPBUILDER_HOME`` in a temporary
folder: ``--version``, ``demo``, ``render``, ``check``, ``list`` on a new workspace (the
migrations), ``import`` and ``export``, and the desktop program started offscreen in English
and in German, on its own and on an exchange file. Nothing may appear on stderr. On Linux, the
per-user installation (install.sh) into a temporary home as well.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = Path(os.environ.get("COOPBUILDER_DIST", ROOT / "dist" / "CoopBuilder"))
WINDOWS = sys.platform == "win32"
EXE = ".exe" if WINDOWS else ""
CLI = BUNDLE / (f"coopbuilder-cli{EXE}" if WINDOWS or sys.platform == "darwin" else "coopbuilder")
GUI = BUNDLE / f"CoopBuilder{EXE}"
GUI_SECONDS = 6.0
"""How long the desktop program runs before it is ended (it must still be running then)."""


def offscreen_notes() -> list[str]:
    """What Qt's offscreen platform says for every window; not faults of the program (the same
    lines pytest-qt ignores in the test suite, pyproject.toml's qt_log_ignore)."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        options = tomllib.load(file)["tool"]["pytest"]["ini_options"]
    return list(options["qt_log_ignore"])


@pytest.fixture(scope="module")
def bundle() -> Path:
    assert CLI.is_file(), f"{CLI} is missing: run `make dist` first"
    assert GUI.is_file(), f"{GUI} is missing: run `make dist` first"
    return BUNDLE


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def environment(home: Path, **more: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("COOPBUILDER_", "PYTHON", "QT_"))
    }
    env.update(COOPBUILDER_HOME=str(home), QT_QPA_PLATFORM="offscreen", **more)
    return env


def run(home: Path, *args: str | Path) -> str:
    """Run the bundle's command line; its output (stderr must stay empty)."""
    done = subprocess.run(
        [str(CLI), *map(str, args)],
        env=environment(home),
        cwd=home,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stderr == "", done.stderr
    return done.stdout


def test_version_is_the_packaged_one(bundle: Path, home: Path) -> None:
    # pyproject.toml takes the version from coopbuilder/_version.py, as the built program does
    assert run(home, "--version").strip() == f"CoopBuilder {version('coopbuilder')}"


@pytest.mark.parametrize("language", ["en", "de"])
def test_demo_render_and_check(bundle: Path, home: Path, language: str) -> None:
    agreement = home / f"demo-{language}.coopagreement"
    run(home, "demo", "--lang", language, agreement)
    assert json.loads(agreement.read_text(encoding="utf-8"))["format"] == "coopbuilder.agreement"
    pdf = home / "demo.pdf"
    assert "Wrote the agreement" in run(home, "render", agreement, "-o", pdf)
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages[:2])
    heading = "Kooperationsvereinbarung" if language == "de" else "Cooperation agreement"
    assert heading.lower() in text.lower()
    assert "No problems found" in run(home, "check", agreement)


def test_list_import_and_export_on_a_new_workspace(bundle: Path, home: Path) -> None:
    assert run(home, "list").strip() == "No agreements match."
    assert (home / "workspace.sqlite").is_file()  # made and brought to the newest schema
    partner = home / "partner.coopagreement"
    run(home, "demo", partner)
    title = json.loads(partner.read_text(encoding="utf-8"))["agreement"]["title"]
    assert "Imported" in run(home, "import", partner)
    listing = run(home, "list")
    assert title in listing
    agreement_id = listing.splitlines()[2].split()[0]
    back = home / "back.coopagreement"
    run(home, "export", agreement_id, back)
    assert json.loads(back.read_text(encoding="utf-8"))["agreement"]["title"] == title


def desktop(home: Path, *args: Path, language: str) -> str:
    """Start the windowed program, let it run, end it; what it wrote to stderr (less the
    offscreen platform's notes)."""
    (home / "settings.ini").write_text(f"[view]\nlanguage={language}\n", encoding="utf-8")
    process = subprocess.Popen(
        [str(GUI), *map(str, args)],
        env=environment(home),
        cwd=home,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    time.sleep(GUI_SECONDS)
    still_running = process.poll() is None
    process.terminate()
    out, err = process.communicate(timeout=30)
    assert still_running, f"the program ended by itself ({process.returncode}): {out}{err}"
    notes = offscreen_notes()
    return "\n".join(
        line
        for line in err.splitlines()
        if line.strip() and not any(line.startswith(note) for note in notes)
    )


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_desktop_program_starts(bundle: Path, home: Path, language: str) -> None:
    assert desktop(home, language=language) == ""
    assert (home / "workspace.sqlite").is_file()


def test_the_desktop_program_imports_a_file_it_is_opened_with(bundle: Path, home: Path) -> None:
    partner = home / "partner.coopagreement"
    run(home, "demo", "--lang", "de", partner)
    title = json.loads(partner.read_text(encoding="utf-8"))["agreement"]["title"]
    assert desktop(home, partner, language="de") == ""
    assert title in run(home, "list")


def test_the_bundle_carries_what_the_program_reads(bundle: Path) -> None:
    names = {path.relative_to(bundle).as_posix() for path in bundle.rglob("*")}
    internal = "_internal/"
    for needed in (
        "LICENSE",
        "THIRD-PARTY-NOTICES.md",
        "coopbuilder/resources/translations/coopbuilder_de.qm",
        "coopbuilder/resources/fonts/LICENSE-DejaVu.txt",
        "coopbuilder/resources/help/de.md",
        "coopbuilder/resources/icons/coopbuilder-256.png",
        "coopbuilder/agreement_templates/de",
        "coopbuilder/store/migrations/env.py",
        "coopbuilder/store/migrations/versions/0001_first_schema.py",
    ):
        assert internal + needed in names, needed
    # Qt's own German (PySide6/Qt/ on Linux and macOS, PySide6/ on Windows)
    qt_german = {
        f"{internal}PySide6/Qt/translations/qtbase_de.qm",
        f"{internal}PySide6/translations/qtbase_de.qm",
    }
    assert qt_german & names
    # trimmed: only English and German locale data, no unused Qt plugins
    babel = [name for name in names if "/babel/locale-data/" in name]
    assert babel and all(
        name.rsplit("/", 1)[1].split("_")[0].removesuffix(".dat") in {"en", "de", "root"}
        for name in babel
    )
    assert not [name for name in names if "plugins/imageformats/" in name]
    assert not [name for name in names if name.endswith(".ts")]


@pytest.mark.skipif(sys.platform != "linux", reason="install.sh is the Linux installation")
def test_the_linux_installation_registers_the_program_and_its_file_type(
    bundle: Path, tmp_path: Path
) -> None:
    prefix = tmp_path / "local"
    env = {**os.environ, "PREFIX": str(prefix), "XDG_DATA_HOME": str(prefix / "share")}
    subprocess.run(["sh", str(bundle / "install.sh")], env=env, check=True, capture_output=True)
    share = prefix / "share"
    desktop_file = (share / "applications" / "org.coopbuilder.CoopBuilder.desktop").read_text(
        encoding="utf-8"
    )
    program = prefix / "opt" / "CoopBuilder" / "CoopBuilder"
    assert f'Exec="{program}" %f' in desktop_file
    assert "MimeType=application/vnd.coopbuilder.agreement+json;" in desktop_file
    mime = share / "mime" / "packages" / "org.coopbuilder.CoopBuilder.xml"
    assert 'pattern="*.coopagreement"' in mime.read_text(encoding="utf-8")
    icon = share / "icons" / "hicolor" / "256x256" / "apps" / "org.coopbuilder.CoopBuilder.png"
    assert icon.is_file()
    launcher = prefix / "bin" / "coopbuilder"
    version = subprocess.run(
        [str(launcher), "--version"], env=environment(tmp_path), capture_output=True, text=True
    )
    assert version.stdout.startswith("CoopBuilder ") and version.stderr == ""
    if shutil.which("desktop-file-validate"):  # Debian: desktop-file-utils
        entry = share / "applications" / "org.coopbuilder.CoopBuilder.desktop"
        checked = subprocess.run(
            ["desktop-file-validate", str(entry)], capture_output=True, text=True
        )
        assert checked.returncode == 0, checked.stdout + checked.stderr
    if shutil.which("update-mime-database"):
        # the shared MIME database now knows the extension
        globs = (share / "mime" / "globs2").read_text(encoding="utf-8")
        assert "application/vnd.coopbuilder.agreement+json:*.coopagreement" in globs
    subprocess.run(
        ["sh", str(bundle / "install.sh"), "--uninstall"], env=env, check=True, capture_output=True
    )
    assert not launcher.exists() and not program.exists()
