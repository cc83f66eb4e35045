"""The freezer's part of requirements/dev.lock, for the build of the frozen program.

    python scripts/dist_requirements.py        # prints them

``make dist`` (scripts/build_dist.py) installs the program from requirements/app.lock and the
freezer (PyInstaller and what it needs, locked with the rest by ``make lock``) from these lines:
the entries of
dev.lock for the packages PyInstaller needs, with their hashes and platform markers, less those
app.lock has already. Nothing is resolved again: a build installs exactly the locked versions.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV_LOCK = ROOT / "requirements" / "dev.lock"
APP_LOCK = ROOT / "requirements" / "app.lock"
FREEZER = "pyinstaller"

_ENTRY = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==")
_VIA_ONE = re.compile(r"^\s*# via (\S.*)$")
_VIA_MORE = re.compile(r"^\s*#\s{3}(\S.*)$")


def entries(lock: str) -> dict[str, tuple[str, set[str]]]:
    """Each locked package: its lines (as written) and the packages that need it (uv's
    "# via" notes)."""
    found: dict[str, tuple[list[str], set[str]]] = {}
    current: str | None = None
    for line in lock.splitlines():
        start = _ENTRY.match(line)
        if start:
            current = start.group(1).lower()
            found[current] = ([line], set())
            continue
        if current is None or not line.startswith(" "):
            current = None
            continue
        lines, needed_by = found[current]
        via = _VIA_ONE.match(line) or _VIA_MORE.match(line)
        if via:
            needed_by.add(via.group(1).split(" ")[0].lower())
        elif not line.lstrip().startswith("#"):
            lines.append(line)
    return {name: ("\n".join(lines), needed_by) for name, (lines, needed_by) in found.items()}


def needed_by_freezer(locked: dict[str, tuple[str, set[str]]]) -> list[str]:
    """The freezer and, recursively, every locked package it needs."""
    if FREEZER not in locked:
        raise SystemExit(f"{DEV_LOCK} has no {FREEZER}: add the 'dist' extra to `make lock`.")
    wanted = {FREEZER}
    grown = True
    while grown:
        more = {name for name, (_, by) in locked.items() if by & wanted} - wanted
        wanted |= more
        grown = bool(more)
    return sorted(wanted)


def freezer_requirements() -> str:
    """The requirements file of the freezer: pinned, hashed, with the lock's markers."""
    locked = entries(DEV_LOCK.read_text(encoding="utf-8"))
    in_app = set(entries(APP_LOCK.read_text(encoding="utf-8")))
    names = [name for name in needed_by_freezer(locked) if name not in in_app]
    lines = [f"# The freezer, from {DEV_LOCK.relative_to(ROOT)} (scripts/dist_requirements.py)"]
    lines += [locked[name][0].rstrip(" \\") for name in names]
    return "\n".join(lines) + "\n"


def main() -> int:
    print(freezer_requirements(), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
