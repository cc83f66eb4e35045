"""The agreement and readiness-report PDFs, and signing. No Qt here.

pyHanko imports its HTTP clients on aiohttp (the time-stamping client, and the fetchers of
revocation data that AdES validation may use), about a fifth of a second at every start of
``sign`` and ``verify``; this program uses neither: it asks a time-stamping service with the
standard library (:mod:`.timestamps`) and fetches nothing else (:mod:`.verification`). Unless
something has imported them already, those two modules are stood in for by ones whose clients
say so when they are made; everything else of pyHanko is itself.
"""

import sys
import types


class NoHttpClient:
    """One of pyHanko's aiohttp clients, which this program does not load."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        raise RuntimeError(
            "CoopBuilder uses none of pyHanko's aiohttp clients: it asks a time-stamping "
            "service with its own (coopbuilder.documents.timestamps.UrlTimeStamper) and fetches "
            "nothing else"
        )


STOOD_IN = {
    "pyhanko.sign.timestamps.aiohttp_client": ("AIOHttpTimeStamper", "HTTPTimeStamper"),
    "pyhanko_certvalidator.fetchers.aiohttp_fetchers": ("AIOHttpFetcherBackend",),
}
"""The modules stood in for, with the names they give."""

for _module, _names in STOOD_IN.items():
    if _module not in sys.modules:
        _stand_in = types.ModuleType(_module, NoHttpClient.__doc__)
        for _name in _names:
            setattr(_stand_in, _name, NoHttpClient)
        _stand_in.__all__ = list(_names)  # type: ignore[attr-defined]
        sys.modules[_module] = _stand_in
