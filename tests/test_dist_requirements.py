"""The freezer's lines of requirements/dev.lock that `make dist` installs beside app.lock."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_freezer_is_installed_from_the_lock_with_hashes_and_nothing_twice() -> None:
    spec = importlib.util.spec_from_file_location(
        "dist_requirements", ROOT / "scripts" / "dist_requirements.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    lines = module.freezer_requirements().splitlines()
    pinned = {m.group(1): line for line in lines if (m := re.match(r"^([a-z0-9._-]+)==", line))}
    assert {"pyinstaller", "pyinstaller-hooks-contrib", "altgraph"} <= set(pinned)
    # PyInstaller's Windows and macOS helpers keep the lock's markers
    assert "sys_platform == 'win32'" in pinned["pefile"]
    assert "sys_platform == 'darwin'" in pinned["macholib"]
    # every entry is hashed, and what app.lock holds already is not repeated
    assert sum(line.strip().startswith("--hash=sha256:") for line in lines) >= len(pinned)
    app_lock = (ROOT / "requirements" / "app.lock").read_text(encoding="utf-8")
    in_app = set(re.findall(r"^([a-z0-9._-]+)==", app_lock, flags=re.MULTILINE))
    assert not set(pinned) & in_app
