"""The document fonts are read from their files once and from the cache ever after, with the
same PDF as a result; a damaged cache is read past."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from reportlab.pdfbase.ttfonts import TTFont

from coopbuilder.core.resources import resource_path
from coopbuilder.documents.font_cache import FOLDER, font

SCRIPT = Path(sys.executable).parent / "coopbuilder"


def _same(kept: TTFont, read: TTFont) -> None:
    assert type(kept).__mro__[1] is TTFont
    assert vars(kept).keys() == vars(read).keys()
    for name, value in vars(read).items():
        if name not in ("face", "encoding", "state"):
            assert getattr(kept, name) == value, name
    assert vars(kept.encoding) == vars(read.encoding)
    assert kept.face.glyphToChar == read.face.glyphToChar  # read when first asked for
    assert vars(kept.face).keys() - {"_glyphs"} == vars(read.face).keys()
    for name, value in vars(read.face).items():
        if name != "_pdfScale":
            assert getattr(kept.face, name) == value, name
    assert [kept.face._pdfScale(x) for x in (1, 977, 2048)] == [
        read.face._pdfScale(x) for x in (1, 977, 2048)
    ]
    text = "Kooperationsvereinbarung § 203 StGB – Œuvre ₂"
    assert kept.stringWidth(text, 11) == read.stringWidth(text, 11)


def test_a_font_from_the_cache_is_the_font_read_from_its_file(tmp_path: Path) -> None:
    path = resource_path("fonts", "DejaVuSerif-Bold.ttf")
    first = font("Kept-Bold", path, tmp_path)  # read from the file, and kept
    assert sorted(p.suffix for p in tmp_path.iterdir()) == [".glyphs", ".pickle"]
    again = font("Kept-Bold", path, tmp_path)  # from the cache
    read = TTFont("Kept-Bold", str(path))
    _same(first, read)
    _same(again, read)


def test_a_damaged_cache_file_is_read_past_and_made_again(tmp_path: Path) -> None:
    path = resource_path("fonts", "DejaVuSansCondensed.ttf")
    font("Kept-Sans", path, tmp_path)
    (kept,) = tmp_path.glob("*.pickle")
    kept.write_bytes(b"\x80\x05 not a pickle")
    _same(font("Kept-Sans", path, tmp_path), TTFont("Kept-Sans", str(path)))
    assert kept.stat().st_size > 100_000  # written anew
    kept.with_suffix(".glyphs").write_bytes(b"\x80\x05 not a pickle either")
    _same(font("Kept-Sans", path, tmp_path), TTFont("Kept-Sans", str(path)))  # from the font
    kept.with_suffix(".glyphs").unlink()
    _same(font("Kept-Sans", path, tmp_path), TTFont("Kept-Sans", str(path)))
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder would be")
    _same(font("Kept-Sans", path, blocked), TTFont("Kept-Sans", str(path)))


def test_the_pdf_made_with_the_kept_fonts_is_the_pdf_made_with_the_files(tmp_path: Path) -> None:
    env = {**os.environ, "COOPBUILDER_HOME": str(tmp_path / "home")}
    env.pop("COOPBUILDER_DATABASE_URL", None)
    demo = tmp_path / "demo.json"
    subprocess.run([str(SCRIPT), "demo", str(demo)], check=True, env=env, capture_output=True)
    made = []
    for run in ("first", "second"):  # the first reads the files, the second the cache
        out = tmp_path / f"{run}.pdf"
        subprocess.run(
            [str(SCRIPT), "render", str(demo), "-o", str(out)],
            check=True,
            env=env,
            capture_output=True,
        )
        made.append(out.read_bytes())
        if run == "first":
            kept = sorted((tmp_path / "home" / "cache" / FOLDER).iterdir())
            assert len(kept) == 2 * 7  # serif and sans faces of the style file
    assert made[0] == made[1]


def test_the_files_of_an_earlier_set_up_are_removed_when_a_face_is_kept(tmp_path: Path) -> None:
    path = resource_path("fonts", "DejaVuSansCondensed.ttf")
    earlier = [
        tmp_path / f"DejaVuSansCondensed-{'0' * 32}{suffix}" for suffix in (".pickle", ".glyphs")
    ]
    other = tmp_path / f"DejaVuSansCondensed-Bold-{'0' * 32}.pickle"  # another face's
    for file in (*earlier, other):
        file.write_bytes(b"kept by an earlier version")
    font("Kept-Sans", path, tmp_path)
    assert not any(file.exists() for file in earlier) and other.exists()
    assert len(list(tmp_path.glob("DejaVuSansCondensed-*.glyphs"))) == 1
