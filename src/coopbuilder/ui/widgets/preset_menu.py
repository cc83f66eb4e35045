"""The "Add from a preset" menu of a page: the presets that fit the agreement, each adding
itself when chosen; a presets file that cannot be read is one disabled entry saying why."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from PySide6.QtWidgets import QMenu

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.errors import UserError
from coopbuilder.ui.texts import error_text


class Preset(Protocol):
    @property
    def name(self) -> str: ...

    def fits(self, agreement: Agreement) -> bool: ...


P = TypeVar("P", bound=Preset)


def fill_preset_menu(
    menu: QMenu,
    presets: Callable[[], Sequence[P]],
    agreement: Agreement,
    add: Callable[[P], None],
) -> None:
    """``menu`` anew: an entry for each of ``presets()`` that fits ``agreement``, calling
    ``add`` with it."""
    menu.clear()
    try:
        every = presets()
    except UserError as exc:
        menu.addAction(error_text(exc)).setEnabled(False)
        return
    for preset in (p for p in every if p.fits(agreement)):
        action = menu.addAction(preset.name)
        action.triggered.connect(lambda _=False, p=preset: add(p))
