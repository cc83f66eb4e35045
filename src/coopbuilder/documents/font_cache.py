"""The document fonts as reportlab read them, kept between runs and keyed by the font files.

reportlab reads a TrueType font's tables (which character is which glyph, how wide each glyph
is) every time a process registers it: for the seven faces of the documents, about a tenth of
a second of every ``coopbuilder render``. What it reads depends only on the font file and on
reportlab, so it is kept in the program's cache folder under a key made of the file's content,
reportlab's version and Python's, and read back from there ever after. A cache file that cannot
be read or written is left aside: the font is then read from its file, as without a cache.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import pickle
import sys
from fnmatch import fnmatch
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFont, TTFontFace

from coopbuilder.core.errors import UserError
from coopbuilder.core.files import atomic_write_bytes, remove_others
from coopbuilder.paths import cache_folder

FOLDER = "fonts"
_UNKEPT = ("_pdfScale", "_ttf_data", "filename")
"""What a face holds that is not kept: a function of its units per em, made again on reading,
and the file's name and content, which the key stands for."""


GLYPHS = "glyphToChar"
"""The characters of every glyph: read by reportlab's text shaping alone (with uharfbuzz), kept
in a file of its own and read when first asked for (a third of what reading a face costs)."""
_FORMAT = 2
"""What the cache files hold: 2, a face and its glyphs' characters each in a file."""


def _key(data: bytes) -> str:
    setup = f"{sys.version}|{reportlab.Version}|{pickle.HIGHEST_PROTOCOL}|{_FORMAT}\0"
    digest = hashlib.sha256(setup.encode())
    digest.update(data)  # not joined to the above first: that would copy the whole file
    return digest.hexdigest()[:32]


class _KeptFace(TTFontFace):  # type: ignore[misc]  # reportlab is untyped
    """A face read from the cache. Its glyphs' characters are read when first asked for: from
    their cache file, else from the font file."""

    _glyphs: Path

    def __getattr__(self, name: str) -> Any:
        if name != GLYPHS:
            raise AttributeError(name)
        glyphs: Any = None
        with contextlib.suppress(Exception):  # a damaged file, as with the face's own
            glyphs = pickle.loads(self._glyphs.read_bytes())
        if not isinstance(glyphs, dict):
            glyphs = TTFontFace(self.filename).glyphToChar
        setattr(self, GLYPHS, glyphs)
        return glyphs


def _scale(units_per_em: int) -> Any:
    """reportlab's scale from font units to a 1000-unit em (as ``TTFontFile`` makes it)."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def _face(path: Path, folder: Path | None) -> TTFontFace:
    """The face of the font file ``path``: from the cache in ``folder`` if it is there, else
    read from the file (and kept there)."""
    data = path.read_bytes()
    key = _key(data)
    kept = folder / f"{path.stem}-{key}.pickle" if folder is not None else None
    if kept is not None:
        # whatever a damaged file makes pickle raise; the folder is the user's own, as is the
        # cache of compiled clause texts beside it
        with contextlib.suppress(Exception):
            state = pickle.loads(kept.read_bytes())
            if isinstance(state, dict) and GLYPHS not in state:
                face: TTFontFace = _KeptFace.__new__(_KeptFace)
                face.__dict__.update(state)
                face._glyphs = kept.with_suffix(".glyphs")
                face._ttf_data = data
                face.filename = str(path)
                face._pdfScale = _scale(face.unitsPerEm)
                return face
    face = TTFontFace(str(path))
    if kept is not None:
        made = {k: v for k, v in face.__dict__.items() if k not in (*_UNKEPT, GLYPHS)}
        with contextlib.suppress(OSError, ValueError, UserError, pickle.PickleError, TypeError):
            kept.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            glyphs = pickle.dumps(face.glyphToChar, protocol=pickle.HIGHEST_PROTOCOL)
            atomic_write_bytes(kept.with_suffix(".glyphs"), glyphs)
            atomic_write_bytes(kept, pickle.dumps(made, protocol=pickle.HIGHEST_PROTOCOL))
            # this face's files of an earlier set-up (another key; not another face's files)
            earlier = f"{glob.escape(path.stem)}-{'[0-9a-f]' * 32}.*"
            remove_others(kept.parent, earlier, {kept, kept.with_suffix(".glyphs")})
    return face


class KeptFont(TTFont):  # type: ignore[misc]  # reportlab is untyped
    """A TrueType font made of a face already read: what reportlab's ``TTFont`` constructor
    makes of a file, but for reading the file (a test compares the two)."""

    def __init__(self, name: str, face: TTFontFace) -> None:
        self.fontName = name
        self.face = face
        self.encoding = TTEncoding()
        self.state: WeakKeyDictionary[Any, Any] = WeakKeyDictionary()
        self._asciiReadable = rl_config.ttfAsciiReadable
        self.shapable = not any(fnmatch(name, pattern) for pattern in rl_config.unShapedFontGlob)


def font(name: str, path: Path, folder: Path | None = None) -> TTFont:
    """The font ``name`` of the TrueType file ``path``, read through the cache of the program's
    cache folder (``folder`` to use another; reading and writing it never fails the font)."""
    return KeptFont(name, _face(path, cache_folder() / FOLDER if folder is None else folder))
