"""The question the signing dialogs ask beyond :class:`~coopbuilder.ui.dialogs.Dialogs`: a
passphrase, as bytes. The protocol and the real dialogs live in :mod:`coopbuilder.ui.dialogs`
(the main window asks for them at start, before anything of signing is loaded).

As with :class:`Dialogs`, the signing dialogs get an object with these methods instead of calling
QFileDialog, QInputDialog or QMessageBox, so a test can answer them from a script.
"""

from coopbuilder.ui.dialogs import QtSigningDialogs, SigningDialogs

__all__ = ["QtSigningDialogs", "SigningDialogs"]
