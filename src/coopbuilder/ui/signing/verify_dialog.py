"""The Verify dialog: every signature of a PDF in a table (signer, organisation, time, result,
intact, key matches, certificate, trusted, changes after), an overall verdict in words with an
icon that names what is missing or changed, what was not checked, and "Mark this certificate
trusted..." for a signer the person has checked.

Trust is judged against the workspace's trust list, which the dialog names with who marked its
certificates trusted. Verification runs on
a worker thread (pyHanko runs its own asyncio loop there).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopbuilder.core.checks import Severity
from coopbuilder.documents.certificates import CertificateInfo
from coopbuilder.documents.verification import (
    CertificatePeriod,
    ChangesAfter,
    SignatureCheck,
    TrustList,
    Verdict,
    VerificationReport,
)
from coopbuilder.store.workspace import Workspace
from coopbuilder.ui.background import Background
from coopbuilder.ui.signing.common import (
    Outcome,
    OutcomeBanner,
    failure_text,
    footer,
    show_failure,
    show_fault,
)
from coopbuilder.ui.signing.dialogs import SigningDialogs
from coopbuilder.ui.signing.trusted_dialog import trust_question
from coopbuilder.ui.texts import counted, error_text, format_date
from coopbuilder.ui.widgets.messages import Message, MessageList
from coopbuilder.workflows.trust import signer_certificate_info, trust, verify_in_workspace

YES, NO, CAUTION = "✔", "✖", "⚠"


class VerifyDialog(QDialog):
    """The signatures of ``pdf`` (a file or the signed PDF stored with a version, named by
    ``source``), checked against the certificates ``workspace`` trusts. ``verified`` is emitted
    with each :class:`~coopbuilder.documents.verification.VerificationReport`."""

    verified = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        pdf: bytes,
        source: str,
        *,
        background: Background,
        dialogs: SigningDialogs,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._pdf = pdf
        self._background = background
        self._dialogs = dialogs
        self.report: VerificationReport | None = None
        self.setWindowTitle(self.tr("Verify the signatures"))
        self._build(source)
        self.verify()

    def _build(self, source: str) -> None:
        self.source = QLabel(
            self.tr("Signatures in {source}, in signing order.").format(source=source)
        )
        self.source.setWordWrap(True)
        self.source.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict = OutcomeBanner(self.tr("Verdict"), self)
        self.table = QTableWidget(0, len(self._headers()), self)
        self.table.setAccessibleName(self.tr("Signatures"))
        self.table.setAccessibleDescription(
            self.tr("Each signature in the document: who signed, when, and whether it is valid.")
        )
        self.table.setHorizontalHeaderLabels(self._headers())
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)
        self.details = MessageList(self.tr("About the chosen signature"), parent=self)
        self.certifies = QLabel(
            self.tr(
                "This signature certifies the document: afterwards only form filling and further "
                "signatures are allowed."
            ),
            self,
        )
        self.certifies.setWordWrap(True)
        self.certifies.setTextFormat(Qt.TextFormat.PlainText)
        self.certifies.hide()
        self.unsigned = QLabel(self)
        self.unsigned.setWordWrap(True)
        self.unsigned.setTextFormat(Qt.TextFormat.PlainText)
        self.unsigned.hide()
        self.trust_source = QLabel(self)
        self.trust_source.setWordWrap(True)
        self.trust_source.setTextFormat(Qt.TextFormat.PlainText)
        self.not_checked = QLabel(
            self.tr(
                "Not checked: whether a certificate was revoked (no revocation list or OCSP "
                "service is asked); signing times are those the signers' computers recorded (no "
                "trusted timestamp), and certificates are judged at those times."
            ),
            self,
        )
        self.not_checked.setWordWrap(True)
        self.not_checked.setTextFormat(Qt.TextFormat.PlainText)
        self.trust_button = QPushButton(self.tr("&Mark this certificate trusted..."), self)
        self.trust_button.setEnabled(False)
        self.trust_button.clicked.connect(self._trust)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.trust_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        layout.addWidget(self.verdict)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.unsigned)
        layout.addWidget(self.trust_source)
        layout.addWidget(self.not_checked)
        layout.addWidget(self.details)
        layout.addWidget(self.certifies)
        layout.addLayout(footer(self._background, buttons, self))
        metrics = self.fontMetrics()
        self.table.setMinimumHeight(metrics.height() * 6)
        self.resize(metrics.averageCharWidth() * 165, metrics.height() * 20)

    def _headers(self) -> list[str]:
        return [
            self.tr("Field"),
            self.tr("Signer"),
            self.tr("Organisation"),
            self.tr("Signed at"),
            self.tr("Result"),
            self.tr("Intact"),
            self.tr("Key matches"),
            self.tr("Certificate"),
            self.tr("Trusted"),
            self.tr("Changes after"),
        ]

    # -- verifying ------------------------------------------------------------------------

    def verify(self) -> None:
        """Check the signatures again (e.g. after a certificate was marked trusted)."""
        workspace, pdf = self._workspace, self._pdf
        self.trust_button.setEnabled(False)
        self._background.run(
            lambda: verify_in_workspace(workspace, pdf), self._show_report, self._failed, self
        )

    def _failed(self, error: Exception) -> None:
        self.report = None
        self.table.setRowCount(0)
        self.verdict.show_outcome(
            Outcome.PROBLEM,
            self.tr("The signatures cannot be checked: {problem}").format(
                problem=failure_text(error)
            ),
        )
        show_fault(self._dialogs, self, self.windowTitle(), error)

    def _show_report(self, report: VerificationReport) -> None:
        self.report = report
        self.table.setRowCount(len(report.signatures))
        for row, check in enumerate(report.signatures):
            for column, text in enumerate(self._cells(check)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        outcome, text = self._verdict(report)
        self.verdict.show_outcome(outcome, text)
        if report.unsigned_fields:
            self.unsigned.setText(
                self.tr("Not signed yet: {fields}.").format(
                    fields=", ".join(report.unsigned_fields)
                )
            )
        self.unsigned.setVisible(bool(report.unsigned_fields))
        self.trust_source.setText(self._trust_source(report.trust_list))
        if report.signatures:
            first_problem = next((i for i, c in enumerate(report.signatures) if not c.ok), 0)
            self.table.selectRow(first_problem)
        self._fit_width()
        self.verified.emit(report)

    def _fit_width(self) -> None:
        """Widen the dialog (up to the screen) until every column shows whole: some languages
        need longer words than the width the dialog starts with."""
        table, header = self.table, self.table.horizontalHeader()
        needed = sum(
            max(table.sizeHintForColumn(c), header.sectionSizeHint(c))
            for c in range(table.columnCount())
        )
        missing = needed - table.viewport().width()
        screen = self.screen().availableGeometry().width()
        if missing > 0:
            self.resize(min(self.width() + missing, screen), self.height())

    def _verdict(self, report: VerificationReport) -> tuple[Outcome, str]:
        """The verdict, naming the signatures not valid, the fields not signed and the signers
        not trusted."""
        verdict = report.verdict
        untrusted = [self._who(c) for c in report.signatures if not c.trusted and c.error is None]
        missing = []
        if report.unsigned_fields:
            missing.append(
                self.tr("Not signed yet: {fields}.").format(
                    fields=", ".join(report.unsigned_fields)
                )
            )
        if untrusted:
            missing.append(
                self.tr("Not marked trusted in this workspace: {signers}.").format(
                    signers=", ".join(untrusted)
                )
            )
        if verdict is Verdict.INVALID:
            invalid = ", ".join(self._who(c) for c in report.signatures if not c.ok)
            text = self.tr(
                "NOT valid: {signatures}. Do not rely on this file as the signed agreement. The "
                "chosen signature's problems are listed below the table."
            ).format(signatures=invalid)
            return Outcome.PROBLEM, " ".join(
                [text, *missing[:1]] if report.unsigned_fields else [text]
            )
        if verdict is Verdict.INCOMPLETE:
            text = self.tr(
                "Every signature so far is valid and the document was not changed after signing, "
                "but not every signature field is signed: this is not the agreement signed by "
                "everyone."
            )
            return Outcome.WARNING, " ".join([text, *missing])
        if verdict is Verdict.VALID_UNTRUSTED:
            text = self.tr(
                "Every field is signed, every signature is valid and the document was not "
                "changed after signing, but not every signer's certificate is marked trusted in "
                "this workspace. Check who signed before you rely on this file."
            )
            return Outcome.WARNING, " ".join([text, *missing])
        return Outcome.GOOD, self.tr(
            "Every field is signed, every signature is valid, the document was not changed "
            "after signing, and every signer's certificate is marked trusted in this workspace."
        )

    def _who(self, check: SignatureCheck) -> str:
        return self.tr("{field} ({signer})").format(
            field=check.field, signer=check.signer or self.tr("unknown")
        )

    def _trust_source(self, trust: TrustList) -> str:
        """Whose trust list was used: the workspace's, and who marked its certificates."""
        where = trust.workspace or self.tr("(none)")
        if not trust.workspace_count:
            return self.tr(
                "Trust list used: that of the workspace {workspace}, where no certificate is "
                "marked trusted."
            ).format(workspace=where)
        count = trust.workspace_count
        text = self.tr(
            "Trust list used: that of the workspace {workspace}, %n certificate(s) marked "
            "trusted; marked by: {names}.",
            "",
            count,
        )
        return counted(text, count).format(workspace=where, names=", ".join(trust.marked_by))

    def _cells(self, check: SignatureCheck) -> list[str]:
        who = [check.field, check.signer or self.tr("unknown"), check.organisation or ""]
        if check.error is not None:
            cannot = f"{NO} " + self.tr("cannot be checked")
            return [*who, "", cannot, cannot, cannot, "", "", ""]
        return [
            *who,
            _when(check.signed_at),
            f"{YES} " + self.tr("valid") if check.ok else f"{NO} " + self.tr("NOT VALID"),
            self._yes_no(check.intact),
            self._yes_no(check.valid),
            self._period(check.certificate),
            f"{YES} " + self.tr("yes") if check.trusted else f"{CAUTION} " + self.tr("no"),
            self._changes(check.changes_after),
        ]

    def _yes_no(self, flag: bool) -> str:
        return f"{YES} " + self.tr("yes") if flag else f"{NO} " + self.tr("no")

    def _period(self, period: CertificatePeriod | None) -> str:
        texts = {
            CertificatePeriod.VALID: f"{YES} " + self.tr("valid"),
            CertificatePeriod.EXPIRED_SINCE: f"{CAUTION} " + self.tr("expired since signing"),
            CertificatePeriod.EXPIRED: f"{NO} " + self.tr("expired when signed"),
            CertificatePeriod.NOT_YET_VALID: f"{NO} " + self.tr("not yet valid when signed"),
        }
        return texts[period] if period is not None else ""

    def _changes(self, changes: ChangesAfter) -> str:
        texts = {
            ChangesAfter.NONE: f"{YES} " + self.tr("none"),
            ChangesAfter.ALLOWED: f"{YES} " + self.tr("only signatures or form filling"),
            ChangesAfter.INFORMATION: f"{NO} " + self.tr("DOCUMENT INFORMATION CHANGED"),
            ChangesAfter.MODIFIED: f"{NO} " + self.tr("MODIFIED"),
        }
        return texts[changes]

    # -- the chosen signature -------------------------------------------------------------

    def chosen(self) -> SignatureCheck | None:
        rows = self.table.selectionModel().selectedRows()
        if self.report is None or not rows:
            return None
        return self.report.signatures[rows[0].row()]

    def _selected(self) -> None:
        check = self.chosen()
        if check is None:
            self.details.show_messages([])
            self.certifies.hide()
            self.trust_button.setEnabled(False)
            return
        messages = [Message(Severity.ERROR, text) for text in self._problems(check)]
        messages += [Message(Severity.WARNING, text) for text in self._notes(check)]
        self.details.show_messages(messages)
        self.certifies.setVisible(check.certifies)
        self.trust_button.setEnabled(check.error is None and not check.trusted)

    def _problems(self, check: SignatureCheck) -> list[str]:
        """Why the signature is not valid (as ``SignatureCheck.problems``, in the GUI's
        language; CoopBuilder's own reason why it cannot be checked in the words of the
        messages' catalogue, pyHanko's as it gives it)."""
        if check.error is not None:
            error = error_text(check.cause) if check.cause is not None else check.error
            return [self.tr("The signature cannot be checked: {error}").format(error=error)]
        out = []
        if not check.intact:
            out.append(
                self.tr("The signed content was changed: it no longer matches the signature.")
            )
        elif not check.valid:
            out.append(self.tr("The signature does not match the signer's certificate."))
        if check.certificate is CertificatePeriod.EXPIRED:
            out.append(
                self.tr("The signer's certificate had expired when the document was signed.")
            )
        elif check.certificate is CertificatePeriod.NOT_YET_VALID:
            out.append(
                self.tr("The signer's certificate was not yet valid when the document was signed.")
            )
        if check.changes_after is ChangesAfter.MODIFIED:
            out.append(
                self.tr(
                    "The document was changed after this signature in a way signing does not "
                    "allow (content or pages added, changed or removed)."
                )
            )
        elif check.changes_after is ChangesAfter.INFORMATION:
            out.append(
                self.tr(
                    "The document's information (title, author, subject or keywords) was changed "
                    "after this signature."
                )
            )
        return out

    def _notes(self, check: SignatureCheck) -> list[str]:
        """What to know about a signature that is not a fault of the file."""
        out = []
        if check.trial_certificate:
            out.append(
                self.tr(
                    "Signed with a TRIAL CERTIFICATE - NOT FOR REAL USE: it proves nothing about "
                    "who signed."
                )
            )
        if not check.trusted and check.error is None:
            out.append(self.tr("The signer's certificate is not marked trusted in this workspace."))
        if check.certificate is CertificatePeriod.EXPIRED_SINCE and check.certificate_valid_until:
            out.append(
                self.tr("The signer's certificate expired on {date}, after signing.").format(
                    date=format_date(check.certificate_valid_until.date())
                )
            )
        return out

    def _trust(self) -> None:
        check = self.chosen()
        if check is None:
            return
        pdf = self._pdf
        self._background.run(
            lambda: signer_certificate_info(pdf, check.field),
            self._ask_trust,
            lambda error: show_failure(
                self._dialogs, self, self.tr("Mark this certificate trusted"), error
            ),
            self,
        )

    def _ask_trust(self, info: CertificateInfo) -> None:
        title = self.tr("Mark this certificate trusted")
        if not self._dialogs.confirm(self, title, trust_question(info)):
            return
        workspace = self._workspace
        self._background.run(
            lambda: trust(workspace, info),
            lambda _: self.verify(),
            lambda error: show_failure(self._dialogs, self, title, error),
            self,
        )


def _when(moment: dt.datetime | None) -> str:
    """A moment in local time, as the GUI shows dates."""
    if moment is None:
        return ""
    local = moment.astimezone()
    return f"{format_date(local.date())} {local:%H:%M}"
