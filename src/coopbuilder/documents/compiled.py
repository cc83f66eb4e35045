"""The clause library's compiled texts, kept between runs and keyed by what they are made from.

Compiling the library's few hundred texts with Jinja2 is most of what loading it costs, and a
new process (``coopbuilder render``) loads it every time. The Python code Jinja2 makes of a text
depends only on the text, its name, the names it may read (checked while compiling), this
program's Jinja2 set-up, Jinja2 and Python. With a key made of all of them, a text compiled once
is taken from the cache file ever after, and a text that changed is checked and compiled anew.
A cache file that cannot be read or written is left aside: it never stops a library loading.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import marshal
import sys
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from types import CodeType
from typing import Any

import jinja2
import yaml

from coopbuilder.core.errors import UserError
from coopbuilder.core.files import atomic_write_bytes, remove_others
from coopbuilder.documents.yamlfile import Parsed
from coopbuilder.paths import cache_folder

CACHE_PREFIX = "clause-texts"
"""The cache files' names begin so: one file per library folder and set-up (:func:`cache_file`)."""
_SETUP = ("jinja.py", "names.py", "markup.py", "compiled.py", "yamlfile.py")
"""The modules whose code decides what a compiled text (or a parsed file) is: a change in any
makes a new key."""


@cache
def _setup_fingerprint() -> str:
    digest = hashlib.sha256(f"{sys.version}|{jinja2.__version__}|{yaml.__version__}".encode())
    for name in _SETUP:
        digest.update(_module_code(name))
    return digest.hexdigest()


def _module_code(file_name: str) -> bytes:
    """The source of one of :data:`_SETUP`; in a frozen program, which keeps no sources, its
    compiled code."""
    try:
        return (Path(__file__).parent / file_name).read_bytes()
    except OSError:
        spec = importlib.util.find_spec(f"{__package__}.{file_name.removesuffix('.py')}")
        get_code = getattr(spec.loader, "get_code", None) if spec is not None else None
        code = get_code(spec.name) if spec is not None and get_code is not None else None
        if not isinstance(code, CodeType):
            raise
        return marshal.dumps(code)


class CodeCache:
    """Compiled texts by key, read from ``path`` (``None``: kept in memory only); and the
    library's YAML files as :func:`~coopbuilder.documents.yamlfile.read_yaml` parsed them, by
    their text (what reading a library costs after compiling it)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.codes: dict[str, CodeType] = {}
        self.files: dict[str, Parsed] = {}
        self.changed = False
        self.used: set[str] = set()
        self._names: dict[int, tuple[Mapping[str, Any], str]] = {}
        if path is not None:
            with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
                loaded = marshal.loads(path.read_bytes())
                if isinstance(loaded, dict):
                    for k, v in loaded.items():
                        if isinstance(k, str) and isinstance(v, CodeType):
                            self.codes[k] = v
                        elif isinstance(k, str) and _is_parsed(v):
                            self.files[k] = v

    def key(self, name: str, text: str, names: Mapping[str, Any]) -> str:
        """The key of ``text`` compiled as ``name``, reading ``names``."""
        remembered = self._names.get(id(names))
        if remembered is None or remembered[0] is not names:
            remembered = (names, hashlib.sha256(repr(names).encode()).hexdigest())
            self._names[id(names)] = remembered
        parts = (_setup_fingerprint(), remembered[1], name, text)
        return hashlib.sha256("\0".join(parts).encode()).hexdigest()

    def get(self, key: str) -> CodeType | None:
        self.used.add(key)
        return self.codes.get(key)

    def put(self, key: str, code: CodeType) -> None:
        self.used.add(key)
        self.codes[key] = code
        self.changed = True

    def parsed(self, text: str) -> Parsed | None:
        """What the YAML ``text`` parsed into when it was read before."""
        key = self._file_key(text)
        self.used.add(key)
        return self.files.get(key)

    def keep_parsed(self, text: str, parsed: Parsed) -> None:
        """Keep what ``text`` parsed into; a value marshal cannot write (a date) is not kept."""
        try:
            marshal.dumps(parsed)
        except ValueError:
            return
        key = self._file_key(text)
        self.used.add(key)
        self.files[key] = parsed
        self.changed = True

    @staticmethod
    def _file_key(text: str) -> str:
        return hashlib.sha256(f"{_setup_fingerprint()}\0<yaml>\0{text}".encode()).hexdigest()

    def save(self) -> None:
        """Write the cache if a text was compiled anew (whole or not at all), with the texts
        used since it was read: loading a library uses every text of it, so the texts of its
        earlier versions are left out."""
        if self.path is None or not self.changed:
            return
        self.codes = {k: v for k, v in self.codes.items() if k in self.used}
        self.files = {k: v for k, v in self.files.items() if k in self.used}
        with contextlib.suppress(OSError, ValueError, UserError):
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            atomic_write_bytes(self.path, marshal.dumps({**self.codes, **self.files}))
            # the same library under an earlier set-up, and the one file of every library
            # that earlier versions of the program kept
            library = self.path.name.rsplit("-", 1)[0]
            for earlier in (f"{library}-*.marshal", f"{CACHE_PREFIX}.marshal"):
                remove_others(self.path.parent, earlier, {self.path})
        self.changed = False


def _is_parsed(value: object) -> bool:
    return (
        isinstance(value, tuple)
        and len(value) == 3
        and isinstance(value[1], dict)
        and isinstance(value[2], frozenset)
    )


def cache_file(library: Path) -> Path:
    """The cache file of the library in the folder ``library``: one for each library, so that
    a process reads the texts of the library it loads and no other, and one for each set-up
    (Python, Jinja2, this program's code), whose texts no other set-up can use."""
    folder = hashlib.sha256(str(library).encode()).hexdigest()[:16]
    return cache_folder() / f"{CACHE_PREFIX}-{folder}-{_setup_fingerprint()[:16]}.marshal"


def code_cache(library: Path) -> CodeCache:
    """The cache of this user (in the program's cache folder) for the library in the folder
    ``library``."""
    return CodeCache(cache_file(library))
