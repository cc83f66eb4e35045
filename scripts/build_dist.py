"""Build the frozen program (``make dist``; on Windows, where there is no make, run it directly).

    .venv/bin/python scripts/build_dist.py        # Windows: .venv\\Scripts\\python ...

Run with the project's development venv (it builds the wheel with the locked build backend):

1. a venv of its own (``.venv-dist``) gets exactly requirements/app.lock plus the freezer's lines
   of requirements/dev.lock (PyInstaller and what it needs, see scripts/dist_requirements.py),
   with their hashes; it is made again when a lock file changes;
2. the wheel of this checkout is built and installed into it, as a user's installation would be;
3. PyInstaller freezes it with packaging/coopbuilder.spec into dist/CoopBuilder (macOS: also
   dist/CoopBuilder.app).

Prints how long each step took.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
import venv
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dist_requirements import APP_LOCK, DEV_LOCK, freezer_requirements

ROOT = Path(__file__).resolve().parents[1]
DIST_VENV = ROOT / ".venv-dist"
BUILD = ROOT / "build"
DIST = ROOT / "dist"
SPEC = ROOT / "packaging" / "coopbuilder.spec"
WINDOWS = sys.platform == "win32"
PIP = ["-m", "pip", "--disable-pip-version-check"]


def venv_python() -> Path:
    return DIST_VENV / ("Scripts/python.exe" if WINDOWS else "bin/python")


def run(*command: str | Path) -> None:
    subprocess.run([str(part) for part in command], check=True, cwd=ROOT)


def locks_digest() -> str:
    digest = hashlib.sha256()
    for lock in (APP_LOCK, DEV_LOCK):
        digest.update(lock.read_bytes())
    return digest.hexdigest()


def freezer_venv() -> None:
    """``.venv-dist`` with the locked program and freezer (made again when a lock changed)."""
    stamp = DIST_VENV / ".locks"
    wanted = locks_digest()
    if stamp.is_file() and stamp.read_text(encoding="utf-8") == wanted:
        return
    shutil.rmtree(DIST_VENV, ignore_errors=True)
    venv.EnvBuilder(with_pip=True).create(DIST_VENV)
    BUILD.mkdir(exist_ok=True)
    freezer = BUILD / "dist-requirements.txt"
    freezer.write_text(freezer_requirements(), encoding="utf-8")
    run(
        venv_python(), *PIP, "install", "--quiet", "--require-hashes", "-r", APP_LOCK, "-r", freezer
    )
    stamp.write_text(wanted, encoding="utf-8")


def install_wheel() -> None:
    wheels = BUILD / "wheel"
    shutil.rmtree(wheels, ignore_errors=True)
    run(
        sys.executable,
        *PIP,
        "wheel",
        "--quiet",
        "--no-deps",
        "--no-build-isolation",
        "-w",
        wheels,
        ".",
    )
    (wheel,) = wheels.glob("coopbuilder-*.whl")
    run(venv_python(), *PIP, "install", "--quiet", "--no-deps", "--force-reinstall", wheel)


def freeze() -> None:
    for old in (DIST / "CoopBuilder", DIST / "CoopBuilder.app"):
        shutil.rmtree(old, ignore_errors=True)
    env_python = venv_python()
    subprocess.run(
        [
            str(env_python),
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(DIST),
            "--workpath",
            str(BUILD / "pyinstaller"),
            str(SPEC),
        ],
        check=True,
        cwd=ROOT,
        # the build imports the program's libraries; their deprecation notices are not ours
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )


def main() -> int:
    for step in (freezer_venv, install_wheel, freeze):
        started = time.monotonic()
        step()
        print(f"{step.__name__}: {time.monotonic() - started:.0f} s", flush=True)
    print(f"Built {DIST / 'CoopBuilder'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
