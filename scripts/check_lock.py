"""Check that requirements/dev.lock is the whole, consistent answer to pyproject.toml.

pip resolves CoopBuilder with its extras (and the build backend) afresh, in a dry run, with the
lock's versions as constraints; the lock holds if pip chooses exactly the locked version of every
package it needs on this machine, and needs no package the lock leaves out. Run by `.ci/run`
after `make test`; it prints what differs and exits 1 if anything does.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements" / "dev.lock"
EXTRAS = "test,postgres,lock"
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)")


def normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def locked() -> dict[str, str]:
    pins = {}
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        if match := PIN.match(line):
            pins[normalised(match[1])] = match[2]
    return pins


def resolved(constraints: Path) -> dict[str, str]:
    """What pip would install for the project, with the lock as constraints (nothing is
    installed)."""
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.json"
        command = [
            sys.executable,
            *("-m", "pip", "install", "--dry-run", "--ignore-installed", "--quiet"),
            *("--disable-pip-version-check", "--report", str(report)),
            *("-c", str(constraints), "-r", str(ROOT / "requirements" / "build.in")),
            f"{ROOT}[{EXTRAS}]",
        ]
        subprocess.run(command, check=True)
        data = json.loads(report.read_text(encoding="utf-8"))
    return {
        normalised(item["metadata"]["name"]): item["metadata"]["version"]
        for item in data["install"]
        if normalised(item["metadata"]["name"]) != "coopbuilder"
    }


def main() -> int:
    pins = locked()
    with tempfile.TemporaryDirectory() as folder:
        constraints = Path(folder) / "constraints.txt"
        constraints.write_text("".join(f"{n}=={v}\n" for n, v in pins.items()), encoding="utf-8")
        chosen = resolved(constraints)
    problems = [
        f"{name}: pip chose {version}, the lock has {pins.get(name, 'nothing')}"
        for name, version in sorted(chosen.items())
        if pins.get(name) != version
    ]
    for problem in problems:
        print(problem)
    if problems:
        print(f"{LOCK.relative_to(ROOT)} does not match pyproject.toml: run `make lock`.")
        return 1
    print(
        f"{LOCK.relative_to(ROOT)}: pip resolves the project to the {len(chosen)} locked versions."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
