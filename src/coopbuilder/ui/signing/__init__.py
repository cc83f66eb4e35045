"""The signing dialogs the main window opens, each on what it needs, with the shared
:class:`~coopbuilder.ui.background.Background` and a
:class:`~coopbuilder.ui.signing.dialogs.SigningDialogs` (``QtSigningDialogs()`` in the program):

- ``SignDialog(workspace, agreement_id, number, background=, dialogs=)``: sign a version;
- ``VerifyDialog(workspace, pdf, source, background=, dialogs=)``: check a PDF's signatures;
  ``workflows.signing.latest_signed_pdf(workspace, agreement_id, number)`` gives a version's;
- ``InkSignaturesDialog(workspace, agreement_id, number, background=, dialogs=)``: the ink route;
- ``TrialCertificateDialog(background=, dialogs=, workspace=None)``: a trial certificate;
- ``TrustedCertificatesDialog(workspace, background=, dialogs=)``: the trusted certificates;
- ``RecheckBanner(workspace, background=)`` and ``.start(agreement_id, number)``: the re-check
  of a signed version when it is opened.
"""

from coopbuilder.ui.signing.dialogs import QtSigningDialogs, SigningDialogs
from coopbuilder.ui.signing.ink_dialog import InkSignaturesDialog
from coopbuilder.ui.signing.recheck_banner import RecheckBanner
from coopbuilder.ui.signing.sign_dialog import SignDialog
from coopbuilder.ui.signing.trial_dialog import TrialCertificateDialog
from coopbuilder.ui.signing.trusted_dialog import TrustedCertificatesDialog
from coopbuilder.ui.signing.verify_dialog import VerifyDialog

__all__ = [
    "InkSignaturesDialog",
    "QtSigningDialogs",
    "RecheckBanner",
    "SignDialog",
    "SigningDialogs",
    "TrialCertificateDialog",
    "TrustedCertificatesDialog",
    "VerifyDialog",
]
