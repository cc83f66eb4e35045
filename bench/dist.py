"""Benchmark of the frozen program (``make dist``): its size, and its start beside the source
install's. Prints figures, asserts nothing.

    .venv/bin/python bench/dist.py [--runs N] [--bundle dist/CoopBuilder]

Size: the folder on disk (blocks used, links counted once) and packed as .tar.gz (what the
Linux download is; the Windows installer and the macOS .dmg compress alike or better).
Targets: <= 300 MB on disk, <= 120 MB compressed.

Start: from process start to the main window mapped on screen, for the frozen program
(``CoopBuilder --workspace W``) and the source install (``.venv/bin/python -m coopbuilder
--workspace W``) taking turns, on a private Xvfb screen (the time until Qt maps the window
is measured from outside, the same way for both; xdotool looks for it every 10 ms). The
workspace is a temporary file with 200 agreements (bench/startup.py's). Target: frozen median
<= 1.2 x the source median. Needs Debian's xvfb and xdotool; says so when they are missing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from startup import make_workspace

ROOT = Path(__file__).resolve().parents[1]
TARGET_DISK_MB = 300
TARGET_PACKED_MB = 120
TARGET_RATIO = 1.2
MB = 1024 * 1024


def disk_bytes(folder: Path) -> int:
    """Bytes the folder takes on disk (blocks), each file once, links not followed."""
    seen: set[tuple[int, int]] = set()
    total = 0
    for path in [folder, *folder.rglob("*")]:
        info = path.lstat()
        if (info.st_dev, info.st_ino) in seen:
            continue
        seen.add((info.st_dev, info.st_ino))
        blocks = getattr(info, "st_blocks", None)  # none on Windows: the size, then
        total += blocks * 512 if blocks is not None else info.st_size
    return total


def packed_bytes(folder: Path, scratch: Path) -> int:
    archive = scratch / "bundle.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=9) as tar:
        tar.add(folder, arcname=folder.name)
    return archive.stat().st_size


class Screen:
    """A private Xvfb screen."""

    def __init__(self) -> None:
        self.display = f":{90 + os.getpid() % 100}"
        self.process = subprocess.Popen(
            ["Xvfb", self.display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp", "-noreset"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(1.0)

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def window_shown(display: str, pid: int) -> bool:
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--pid", str(pid), "--name", "CoopBuilder"],
        env=dict(os.environ, DISPLAY=display),
        capture_output=True,
        text=True,
        check=False,
    )
    return bool(found.stdout.strip())


def start_seconds(command: list[str], display: str, home: Path) -> float:
    """Seconds from starting ``command`` to its main window on screen."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("QT_")}
    env.update(DISPLAY=display, COOPBUILDER_HOME=str(home))
    started = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        while not window_shown(display, process.pid):
            if process.poll() is not None or time.monotonic() - started > 60:
                error = process.stderr.read().decode() if process.stderr else ""
                raise SystemExit(f"{command[0]} did not show its window:\n{error[-2000:]}")
            time.sleep(0.01)
        return time.monotonic() - started
    finally:
        process.terminate()
        process.communicate(timeout=30)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "CoopBuilder")
    args = parser.parse_args(argv)
    bundle: Path = args.bundle
    gui = bundle / ("CoopBuilder.exe" if sys.platform == "win32" else "CoopBuilder")
    if not gui.is_file():
        raise SystemExit(f"{gui} is missing: run `make dist` first.")
    with tempfile.TemporaryDirectory(prefix="coopbuilder-dist-") as scratch:
        folder = Path(scratch)
        disk = disk_bytes(bundle) / MB
        packed = packed_bytes(bundle, folder) / MB
        print(f"frozen program {bundle}")
        print(
            f"  on disk:     {disk:.0f} MB  target <= {TARGET_DISK_MB} MB: "
            f"{'met' if disk <= TARGET_DISK_MB else 'MISSED'}"
        )
        print(
            f"  .tar.gz:     {packed:.0f} MB  target <= {TARGET_PACKED_MB} MB: "
            f"{'met' if packed <= TARGET_PACKED_MB else 'MISSED'}"
        )
        missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
        if missing:
            print(f"  start: not measured ({', '.join(missing)} missing; Debian: xvfb, xdotool)")
            return 0
        workspace = make_workspace(folder)
        screen = Screen()
        try:
            frozen: list[float] = []
            source: list[float] = []
            for run in range(args.runs):
                home = folder / f"home{run}"
                frozen.append(
                    start_seconds([str(gui), "--workspace", workspace], screen.display, home)
                )
                source.append(
                    start_seconds(
                        [sys.executable, "-m", "coopbuilder", "--workspace", workspace],
                        screen.display,
                        home,
                    )
                )
        finally:
            screen.close()
    ratio = statistics.median(frozen) / statistics.median(source)
    print(f"start to main window, {args.runs} runs each, taking turns")
    for name, times in (("frozen", frozen), ("source", source)):
        print(
            f"  {name}:  median {statistics.median(times):.2f} s  "
            f"(min {min(times):.2f} s, max {max(times):.2f} s)"
        )
    print(
        f"  frozen / source: {ratio:.2f}  target <= {TARGET_RATIO}: "
        f"{'met' if ratio <= TARGET_RATIO else 'MISSED'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
