"""How long two-party signing and verification take on a realistic agreement PDF, and what the
workspace flow adds.

Run: ``.venv/bin/python bench/sign.py``. It prints the figures and asserts nothing. Targets: both
signatures together within 1 s, verification of the twice-signed file within 200 ms.

Beside the file signature it times the police manager's signature made with a card: a SoftHSM2
token (Debian ``softhsm2``) set up in a temporary folder with the same kind of key (EC P-256),
signing through its PKCS#11 module as a real card does (finding the card, logging in with the
PIN, the card signing the hash). Without SoftHSM2 it says so and leaves that out.

The PDF has about a dozen A4 pages of agreement text and tables, with the two signature blocks
on the last page; each signature opens its PKCS#12 file (as a real signing does). The workspace
flow finalises the demo agreement stored in a fresh SQLite workspace and records the file after
each signature; recording renders the version again (the signed file must begin with it) and
verifies every signature.
"""

from __future__ import annotations

import io
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from coopbuilder.core.demo import demo_agreement
from coopbuilder.documents.boxes import SignatureBox
from coopbuilder.documents.certificates import load_signing_identity, make_trial_certificate
from coopbuilder.documents.signature_fields import add_signature_fields
from coopbuilder.documents.signing import sign
from coopbuilder.documents.tokens import TokenKey, sign_with_token, usual_modules
from coopbuilder.documents.verification import verify
from coopbuilder.store.connection import open_workspace
from coopbuilder.workflows.recheck import recheck
from coopbuilder.workflows.signing import finalise, record_signed_pdf

T = TypeVar("T")
RUNS = 5
SECTIONS = 14
CLAUSE = (
    "The partners share only what is needed for each case, and only with those who need it. "
    "The NGO keeps its professional and ethical boundaries on information sharing, except where "
    "there is a risk of harm to the client or to others; the legal and procedural framework of "
    "both partners is respected, and every disclosure is decided by two people and logged. "
)


def agreement_pdf() -> tuple[bytes, int, list[SignatureBox]]:
    styles = getSampleStyleSheet()
    story: list[object] = [Paragraph("Cooperation agreement", styles["Title"])]
    for section in range(1, SECTIONS + 1):
        story.append(Paragraph(f"{section}. Section {section}", styles["Heading2"]))
        story.extend(Paragraph(CLAUSE * 3, styles["BodyText"]) for _ in range(4))
        rows = [["Category", "From", "To", "When", "Basis"]] + [
            [f"Category {i}", "NGO", "Police", "on request, with consent", "GDPR Art. 6(1)(a)"]
            for i in range(8)
        ]
        table = Table(rows, repeatRows=1)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
        story += [table, Spacer(1, 6 * mm)]
    story += [PageBreak(), Paragraph("Signatures", styles["Heading2"])]
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4)
    doc.build(story)
    pages = doc.page
    boxes = [
        SignatureBox(representative_id=who, page_index=pages - 1, x=x, y=120, width=220, height=70)
        for who, x in (("ngo-director", 60), ("police-manager", 315))
    ]
    return out.getvalue(), pages, boxes


def timed(action: Callable[[], T]) -> tuple[float, T]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def main() -> None:
    pdf, pages, boxes = agreement_pdf()
    field_time, unsigned = timed(lambda: add_signature_fields(pdf, boxes))
    certs = [
        make_trial_certificate("Dana Director", "Brückenschlag e.V.", b"pw-ngo"),
        make_trial_certificate("Paul Manager", "LKA Musterland", b"pw-police"),
    ]
    signing, verifying = [], []
    for _ in range(RUNS):
        start = time.perf_counter()
        once = sign(unsigned, boxes[0].field_name, certs[0], b"pw-ngo", certify=True)
        twice = sign(once, boxes[1].field_name, certs[1], b"pw-police")
        signing.append(time.perf_counter() - start)
        seconds, report = timed(lambda: verify(twice))  # noqa: B023 - called at once
        verifying.append(seconds)
    print(
        f"agreement PDF: {pages} pages, {len(pdf) / 1024:.0f} KiB; signed twice: "
        f"{len(twice) / 1024:.0f} KiB; signature fields added in {field_time * 1000:.0f} ms"
    )
    print(
        f"both signatures:        median {statistics.median(signing):.3f} s, "
        f"best {min(signing):.3f} s over {RUNS} runs (target <= 1 s)"
    )
    print(
        f"verifying both:         median {statistics.median(verifying) * 1000:.0f} ms, "
        f"best {min(verifying) * 1000:.0f} ms (target <= 200 ms); verdict: {report.verdict.value}"
    )
    workspace_flow(certs)
    card_signature(unsigned, boxes, certs)


PIN = "123456"
CARD = "Dienstausweis"


def _softhsm_module() -> Path | None:
    found = [p for p in usual_modules("linux") if "softhsm" in p.name and p.exists()]
    return found[0] if found and shutil.which("softhsm2-util") else None


def _card_with(folder: Path, module: Path, p12: bytes, passphrase: bytes) -> None:
    """A SoftHSM2 token in ``folder`` holding the key and certificate of ``p12``."""
    import pkcs11
    from cryptography.hazmat.primitives import serialization
    from pkcs11 import Attribute, CertificateType, ObjectClass

    (folder / "tokens").mkdir()
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\n")
    os.environ["SOFTHSM2_CONF"] = str(conf)
    identity = load_signing_identity(p12, passphrase)
    key = folder / "key.pem"
    key.write_bytes(
        identity.key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    for args in (
        ["--init-token", "--free", "--label", CARD, "--so-pin", "87654321", "--pin", PIN],
        ["--import", str(key), "--token", CARD, "--label", "Signatur", "--id", "01", "--pin", PIN],
    ):
        subprocess.run(["softhsm2-util", *args], check=True, capture_output=True)
    key.unlink()
    token = pkcs11.lib(str(module)).get_token(token_label=CARD)
    cert = identity.certificate
    with token.open(rw=True, user_pin=PIN) as session:
        session.create_object(
            {
                Attribute.CLASS: ObjectClass.CERTIFICATE,
                Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
                Attribute.TOKEN: True,
                Attribute.PRIVATE: False,
                Attribute.LABEL: "Signatur",
                Attribute.ID: b"\x01",
                Attribute.SUBJECT: cert.subject.public_bytes(),
                Attribute.VALUE: cert.public_bytes(serialization.Encoding.DER),
            }
        )


def card_signature(unsigned: bytes, boxes: list[SignatureBox], certs: list[bytes]) -> None:
    """The police manager's signature with a file and with a card (SoftHSM2), the same key."""
    module = _softhsm_module()
    if module is None:
        print("card signature:         left out: SoftHSM2 is not installed (Debian: softhsm2)")
        return
    once = sign(unsigned, boxes[0].field_name, certs[0], b"pw-ngo", certify=True)
    field = boxes[1].field_name
    with tempfile.TemporaryDirectory() as folder:
        _card_with(Path(folder), module, certs[1], b"pw-police")
        key = TokenKey(module=module, token=CARD, cert_label="Signatur")
        with_file, with_card = [], []
        for _ in range(RUNS):
            with_file.append(timed(lambda: sign(once, field, certs[1], b"pw-police"))[0])
            seconds, twice = timed(lambda: sign_with_token(once, field, key, PIN))
            with_card.append(seconds)
        verdict = verify(twice).verdict.value
    print(
        f"second signature, file: median {statistics.median(with_file):.3f} s, "
        f"best {min(with_file):.3f} s over {RUNS} runs"
    )
    print(
        f"second signature, card: median {statistics.median(with_card):.3f} s, "
        f"best {min(with_card):.3f} s over {RUNS} runs (SoftHSM2 {module}); verdict: {verdict}"
    )


def workspace_flow(certs: list[bytes]) -> None:
    with tempfile.TemporaryDirectory() as folder, open_workspace(f"{folder}/w.sqlite") as ws:
        stored = ws.agreements.create(demo_agreement("en"))
        number = stored.number
        finalising, final = timed(lambda: finalise(ws, stored.agreement_id, number))
        first, second = (rep.field_name for rep in final.representatives)
        once = sign(final.pdf, first, certs[0], b"pw-ngo", certify=True)
        recording_once, _ = timed(
            lambda: record_signed_pdf(ws, stored.agreement_id, number, once, "once.pdf")
        )
        twice = sign(once, second, certs[1], b"pw-police")
        recording_twice, result = timed(
            lambda: record_signed_pdf(ws, stored.agreement_id, number, twice, "twice.pdf")
        )
        rechecking, report = timed(lambda: recheck(ws, stored.agreement_id, number))
    print(
        f"workspace flow (demo):  finalise {finalising:.3f} s; record after the first signature "
        f"{recording_once:.3f} s, after the second {recording_twice:.3f} s "
        f"(version signed: {result.version_signed}); re-check on open {rechecking * 1000:.0f} ms "
        f"({len(report.files)} stored files, ok: {report.ok})"
    )


if __name__ == "__main__":
    main()
