"""A combo box as wide as its longest choice: sized to its choices when first shown, and
following every later change of them from then on."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from coopbuilder.ui.widgets.fields import FittingCombo


def test_a_combo_box_follows_its_choices_once_shown(qtbot: QtBot) -> None:
    combo = FittingCombo()
    qtbot.addWidget(combo)
    combo.addItem("Police")
    # nothing made for following the choices before the combo box is shown (its popup)
    assert combo.sizeAdjustPolicy() == QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow
    combo.addItem("Bewährungshilfe Süd, Außenstelle Musterstadt")
    combo.show()
    first = combo.sizeHint().width()
    assert first > combo.fontMetrics().horizontalAdvance("Bewährungshilfe Süd")  # sized to it
    qtbot.waitUntil(lambda: combo.sizeAdjustPolicy() == QComboBox.SizeAdjustPolicy.AdjustToContents)
    assert combo.sizeHint().width() == first
    combo.addItem("Landeskriminalamt Musterland, Abteilung Prävention und Opferschutz")
    assert combo.sizeHint().width() > first  # a longer choice added later widens it
