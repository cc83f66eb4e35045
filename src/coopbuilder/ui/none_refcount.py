"""A guard against a reference-counting fault of PySide6 6.12.0 that ends the program.

In PySide6 6.12.0, every call of a static Qt function that returns nothing
(``QCoreApplication.processEvents()``, ``QApplication.setOverrideCursor()``,
``QLocale.setDefault()``, ...) gives back one reference to Python's ``None`` more than it took.
Python 3.11 counts the references to ``None`` like any other object's; after a few thousand
such calls the count reaches zero and the interpreter stops with "Fatal Python error:
none_dealloc". A long session (a background job sets and restores the busy cursor) would end
that way, and so would a long test run.

:func:`keep_none_alive` finds out whether the PySide6 in use has the fault (by calling such a
function and counting) and, only then, adds a large number of references to ``None``, enough
for billions of calls. ``None`` is never freed in any case, so the added references change
nothing else. Python 3.12 and later keep ``None`` alive by themselves; nothing is done there.

The same PySide6 loses references to ``True`` too (about 30 each time the Contacts page loads an
agreement, a few thousand in a long session; "Fatal Python error: bool_dealloc"), in calls not
yet pinned down; where it has the fault with ``None``, ``True`` and ``False`` get the same reserve.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QCoreApplication

PROBE_CALLS = 16
"""How many harmless static calls the probe makes."""

RESERVE = 1 << 40
"""The references added to ``None`` when the fault is there."""


def _probe() -> int:
    """How many references to ``None`` the probe's static calls lost."""
    domain = QCoreApplication.organizationDomain()
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        QCoreApplication.setOrganizationDomain(domain)
    return before - sys.getrefcount(None)


def keep_none_alive() -> bool:
    """Protect the interpreter from the fault if this PySide6 has it; whether it had."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    if _probe() < PROBE_CALLS:
        return False
    for immortal in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(immortal))  # ob_refcnt, the object's first field
        count.value += RESERVE
    return True
