"""Render the signing dialogs with the demo agreement into docs/screenshots/ (headless, on Qt's
offscreen platform): Sign (after the first signature), Verify (one signer trusted), Record ink
signatures, Trial certificate and Trusted certificates.

    .venv/bin/python scripts/signing_screenshots.py [OUT_FOLDER]
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

from offscreen import offscreen_scratch

DEMO_DAY = dt.date(2026, 11, 27)


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path(__file__).resolve().parents[1] / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    scratch = offscreen_scratch("coopbuilder-signing-screenshots-")

    from PySide6.QtWidgets import QApplication, QWidget

    from coopbuilder.core.demo import demo_agreement
    from coopbuilder.documents.certificates import make_trial_certificate
    from coopbuilder.documents.signing import sign
    from coopbuilder.store.connection import open_workspace
    from coopbuilder.ui.app import application
    from coopbuilder.ui.background import Background
    from coopbuilder.ui.signing import (
        InkSignaturesDialog,
        QtSigningDialogs,
        SignDialog,
        TrialCertificateDialog,
        TrustedCertificatesDialog,
        VerifyDialog,
    )
    from coopbuilder.workflows.signing import finalise, record_signed_pdf
    from coopbuilder.workflows.trust import signer_certificate_info, trust

    app = application()
    background = Background()
    dialogs = QtSigningDialogs()

    def settle() -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            app.processEvents()
            if not background.busy:
                break
            time.sleep(0.02)
        app.processEvents()

    def grab(widget: QWidget, name: str) -> None:
        widget.show()
        settle()
        hint = widget.sizeHint()
        widget.resize(max(widget.width(), hint.width()), max(widget.height(), hint.height()))
        settle()
        widget.grab().save(str(out / name))
        print(out / name)
        widget.close()

    agreement = demo_agreement("en", today=DEMO_DAY)
    anna = make_trial_certificate("Dr. Hans Weiß", "Brückenschlag e.V.", b"anna")
    petra = make_trial_certificate("Petra Lindner", "LKA Musterland", b"petra")
    (scratch / "hans.p12").write_bytes(anna)
    with open_workspace(scratch / "workspace.sqlite") as workspace:
        workspace.agreements.create(agreement)
        final = finalise(workspace, agreement.id, 1)
        hans, lindner = (rep.field_name for rep in final.representatives)
        once = sign(final.pdf, hans, anna, b"anna", certify=True, location="Nürnberg")

        # the ink route, on a copy of the agreement that is still waiting for both signatures
        copy = workspace.agreements.duplicate(agreement.id)
        finalise(workspace, copy.agreement_id, 1)
        grab(
            InkSignaturesDialog(
                workspace, copy.agreement_id, 1, background=background, dialogs=dialogs
            ),
            "signing-ink-dialog.png",
        )

        sign_dialog = SignDialog(workspace, agreement.id, 1, background=background, dialogs=dialogs)
        sign_dialog.show()
        settle()
        sign_dialog._recorded((once, record_signed_pdf(workspace, agreement.id, 1, once)))
        sign_dialog.certificate.setText("~/Documents/petra-lindner.p12")
        sign_dialog.passphrase.setText("petra")
        grab(sign_dialog, "signing-sign-dialog.png")

        twice = sign(once, lindner, petra, b"petra", location="Musterstadt")
        trust(workspace, signer_certificate_info(twice, hans))
        grab(
            VerifyDialog(
                workspace,
                twice,
                "demo-agreement-version-1-signed.pdf",
                background=background,
                dialogs=dialogs,
            ),
            "signing-verify-dialog.png",
        )
        grab(
            TrustedCertificatesDialog(workspace, background=background, dialogs=dialogs),
            "signing-trusted-certificates.png",
        )
        trial = TrialCertificateDialog(background=background, dialogs=dialogs, workspace=workspace)
        trial.name.setText("Dr. Hans Weiß")
        trial.organisation.setText("Brückenschlag e.V.")
        grab(trial, "signing-trial-certificate.png")
    background.wait()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
