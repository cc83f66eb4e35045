"""How long the quick commands take as whole processes, beside their targets, and how many
modules each loads.

Prints, for ``coopbuilder --version``, ``verify --no-workspace`` (of an agreement signed once),
``sign`` (with a trial certificate, no timestamp) and ``render`` (the demo agreement): the
median wall-clock time of several runs after one run not counted, the CPU time of the same
runs (user + system, which the machine's load inflates less), and the number of modules the
command loads (``python -X importtime``, which does not depend on the load). The machine's load
average is printed at the start and at the end: a busy machine makes every figure larger.

Targets: ``--version`` <= 0.1 s, ``verify --no-workspace`` <= 0.5 s, ``sign`` <= 0.6 s,
``render`` <= 0.6 s. Everything runs in a temporary folder (``COOPBUILDER_HOME`` too), from the
program's own commands: the demo agreement, its final PDF, a trial certificate.

Run it with ``.venv/bin/python bench/commands.py``. It prints figures and asserts nothing.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

RUNS = 5
PASSPHRASE_ENV = "BENCH"
SCRIPT = Path(sys.executable).parent / "coopbuilder"


def load() -> str:
    return f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"


def run(argv: Sequence[str], env: dict[str, str]) -> tuple[float, float]:
    """One run of ``coopbuilder ARGV``: its wall-clock and CPU seconds (children's user +
    system time)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([str(SCRIPT), *argv], check=True, capture_output=True, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def modules(argv: Sequence[str], env: dict[str, str]) -> int:
    """How many modules ``coopbuilder ARGV`` imports."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "coopbuilder", *argv],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    return sum(line.startswith("import time:") for line in done.stderr.splitlines()) - 1


def measure(name: str, argv: Sequence[str], target: float, env: dict[str, str]) -> None:
    run(argv, env)  # fills the system's file cache and the program's caches
    times = [run(argv, env) for _ in range(RUNS)]
    wall = statistics.median(t[0] for t in times)
    cpu = statistics.median(t[1] for t in times)
    verdict = "met" if wall <= target else "NOT met"
    print(
        f"  {name:<24}{wall * 1000:7.0f} ms wall {cpu * 1000:7.0f} ms CPU"
        f"{modules(argv, env):6d} modules   target <= {target * 1000:.0f} ms: {verdict}"
    )


def main() -> None:
    print(f"CoopBuilder commands as whole processes, median of {RUNS}; the machine: {load()}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = {
            **os.environ,
            "COOPBUILDER_HOME": str(folder / "home"),
            PASSPHRASE_ENV: "a passphrase for the bench only",
        }
        env.pop("COOPBUILDER_DATABASE_URL", None)
        demo, final, p12 = folder / "demo.json", folder / "final.pdf", folder / "bench.p12"
        for argv in (
            ["demo", str(demo)],
            ["render", str(demo), "--final", "-o", str(final)],
            ["trial-cert", "--name", "Bench Signer", "-o", str(p12), "--passphrase-env", "BENCH"],
        ):
            subprocess.run([str(SCRIPT), *argv], check=True, capture_output=True, env=env)
        fields = subprocess.run(
            [str(SCRIPT), "fields", str(final)], check=True, capture_output=True, text=True
        ).stdout
        field = next(line.split()[0] for line in fields.splitlines() if " empty" in line)
        sign = ["sign", str(final), "--field", field, "--p12", str(p12), "--no-timestamp"]
        sign += ["--passphrase-env", PASSPHRASE_ENV, "-o", str(folder / "signed.pdf")]
        subprocess.run([str(SCRIPT), *sign], check=True, capture_output=True, env=env)
        pem = p12.with_suffix(".pem")
        verify = ["verify", "--no-workspace", "--trust", str(pem), str(folder / "signed.pdf")]
        measure("--version", ["--version"], 0.1, env)
        measure("verify --no-workspace", verify, 0.5, env)
        measure("sign", sign, 0.6, env)
        measure("render (demo)", ["render", str(demo), "-o", str(folder / "d.pdf")], 0.6, env)
    print(f"At the end: {load()}")


if __name__ == "__main__":
    main()
