"""Make the program's icons from their one source, resources/icons/coopbuilder.svg.

    .venv/bin/python scripts/icons.py          # write them (all are committed)
    .venv/bin/python scripts/icons.py --check  # exit 1 if a file differs from what it would write

Writes the PNG sizes the window and the Linux desktop use (resources/icons/coopbuilder-N.png),
the Windows icon (packaging/icons/coopbuilder.ico) and the macOS one
(packaging/icons/coopbuilder.icns). Qt draws the SVG; Pillow writes .ico and .icns.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "coopbuilder.svg"
PNG_FOLDER = ROOT / "resources" / "icons"
PACKAGING = ROOT / "packaging" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def png_name(size: int) -> str:
    return f"coopbuilder-{size}.png"


def render(size: int) -> bytes:
    """The SVG drawn at ``size`` x ``size`` pixels, as PNG."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        render.app = QGuiApplication([])  # type: ignore[attr-defined]
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG file.")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def icon_files() -> dict[Path, bytes]:
    """Every generated file and its content."""
    from PIL import Image

    pngs = {size: render(size) for size in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES})}
    files = {PNG_FOLDER / png_name(size): pngs[size] for size in PNG_SIZES}
    largest = Image.open(io.BytesIO(pngs[max(ICO_SIZES)]))
    ico = io.BytesIO()
    largest.save(
        ico,
        format="ICO",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=[Image.open(io.BytesIO(pngs[size])) for size in ICO_SIZES],
    )
    files[PACKAGING / "coopbuilder.ico"] = ico.getvalue()
    icns = io.BytesIO()
    Image.open(io.BytesIO(pngs[max(ICNS_SIZES)])).save(
        icns,
        format="ICNS",
        append_images=[Image.open(io.BytesIO(pngs[size])) for size in ICNS_SIZES],
    )
    files[PACKAGING / "coopbuilder.icns"] = icns.getvalue()
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare, write nothing")
    args = parser.parse_args(argv)
    stale = []
    for path, content in icon_files().items():
        if path.is_file() and path.read_bytes() == content:
            continue
        stale.append(path)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
    for path in stale:
        verb = "differs" if args.check else "written"
        print(f"{path.relative_to(ROOT)}: {verb}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
