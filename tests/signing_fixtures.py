"""Signed PDFs for the signing tests, made once per session: an agreement-like PDF with two
signature blocks, two trial certificates, the PDF signed once (certified) and twice, and a reader
of poppler's ``pdfsig`` as an independent check."""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.writer import BasePdfFileWriter
from pyhanko.sign import signers
from pyhanko.sign.fields import SigSeedSubFilter
from pyhanko.sign.signers.pdf_signer import PdfSigningSession
from pyhanko.sign.timestamps import DummyTimeStamper
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from coopbuilder.core import clock
from coopbuilder.documents.boxes import SignatureBox
from coopbuilder.documents.certificates import (
    certificate_pem,
    load_signing_identity,
    make_trial_certificate,
)
from coopbuilder.documents.signature_fields import add_signature_fields
from coopbuilder.documents.signing import sign

WIDTH, HEIGHT = A4
BOXES = (
    SignatureBox(representative_id="anna", page_index=1, x=72, y=120, width=200, height=60),
    SignatureBox(representative_id="bernd", page_index=1, x=323, y=120, width=200, height=60),
)
FIELD_A, FIELD_B = (box.field_name for box in BOXES)
SIGNED_WORD = b"Brueckenschlag"  # stands uncompressed in page 1's content stream


@dataclass(frozen=True)
class TrialCert:
    p12: bytes
    passphrase: bytes
    pem: bytes


@dataclass(frozen=True)
class TrialCerts:
    anna: TrialCert
    bernd: TrialCert


def trial_cert(
    name: str,
    organisation: str,
    passphrase: bytes,
    *,
    valid_days: int = 365,
    not_before: dt.datetime | None = None,
) -> TrialCert:
    p12 = make_trial_certificate(
        name, organisation, passphrase, valid_days=valid_days, not_before=not_before
    )
    return TrialCert(p12, passphrase, certificate_pem(load_signing_identity(p12, passphrase)))


def issued_cert(
    issuer: TrialCert | None,
    name: str,
    organisation: str,
    passphrase: bytes = b"issued-passphrase",
) -> TrialCert:
    """A certificate for ``name`` issued (signed) with the key of ``issuer``, with the issuer's
    certificate in its PKCS#12 file as the chain: what the holder of any private key can make.
    With a trial certificate as issuer it is a forgery. Without an issuer, it is a
    certification authority's own self-signed certificate (CA, may sign certificates)."""
    identity = load_signing_identity(issuer.p12, issuer.passphrase) if issuer else None
    ca = identity is None
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
        ]
    )
    now = clock.now()
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(identity.certificate.subject if identity else subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=not ca,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=ca,
                crl_sign=ca,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
    )
    certificate = builder.sign(identity.key if identity else key, hashes.SHA256())
    p12 = pkcs12.serialize_key_and_certificates(
        name=name.encode(),
        key=key,
        cert=certificate,
        cas=[identity.certificate] if identity else None,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    return TrialCert(p12, passphrase, certificate.public_bytes(serialization.Encoding.PEM))


def agreement_pdf(*, boxes: tuple[SignatureBox, ...] = BOXES) -> bytes:
    """Two A4 pages like an agreement; the second has a signature block per box. The page
    streams are not compressed, so a test can change one word of the text."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, pageCompression=0, invariant=True)
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(72, HEIGHT - 90, "Cooperation agreement")
    pdf.setFont("Helvetica", 11)
    lines = [
        "Between Brueckenschlag e.V. (exit counselling) and LKA Musterland.",
        "1. Purpose: a cooperation in exit and disengagement work.",
        "2. The NGO is not a security agency, and the police are not counsellors.",
        "3. Information is shared only as the sharing rules in Annex B say.",
    ]
    for i, line in enumerate(lines):
        pdf.drawString(72, HEIGHT - 130 - 18 * i, line)
    pdf.showPage()
    pdf.setFont("Helvetica", 11)
    pdf.drawString(72, HEIGHT - 90, "14. Signatures of the authorised representatives")
    for box in boxes:
        pdf.rect(box.x, box.y, box.width, box.height, stroke=1, fill=0)
        pdf.line(box.x, box.y - 4, box.x + box.width, box.y - 4)
        pdf.drawString(box.x, box.y - 18, f"Signature ({box.representative_id}), place, date")
    pdf.showPage()
    pdf.save()
    return out.getvalue()


@pytest.fixture(scope="session")
def trial_certs() -> TrialCerts:
    return TrialCerts(
        anna=trial_cert("Anna Schmidt", "Brückenschlag e.V.", b"anna-passphrase"),
        bernd=trial_cert("Bernd Meier", "LKA Musterland", b"bernd-passphrase"),
    )


@pytest.fixture(scope="session")
def unsigned_pdf() -> bytes:
    return add_signature_fields(agreement_pdf(), BOXES)


@pytest.fixture(scope="session")
def signed_once(unsigned_pdf: bytes, trial_certs: TrialCerts) -> bytes:
    anna = trial_certs.anna
    return sign(unsigned_pdf, FIELD_A, anna.p12, anna.passphrase, certify=True, location="Ulm")


@pytest.fixture(scope="session")
def forged_hans(trial_certs: TrialCerts) -> TrialCert:
    """A certificate naming Dr. Hans Weiss of LKA Musterland, issued with Anna's trial key."""
    return issued_cert(trial_certs.anna, "Dr. Hans Weiss", "LKA Musterland")


@pytest.fixture(scope="session")
def signed_by_forger(signed_once: bytes, forged_hans: TrialCert) -> bytes:
    """Anna's signature, then the second field signed with the forged certificate of Hans."""
    return sign(signed_once, FIELD_B, forged_hans.p12, forged_hans.passphrase)


@pytest.fixture(scope="session")
def signed_twice(signed_once: bytes, trial_certs: TrialCerts) -> bytes:
    bernd = trial_certs.bernd
    return sign(signed_once, FIELD_B, bernd.p12, bernd.passphrase, reason="Agreed")


def pdfsig(pdf: bytes, folder: Path) -> list[dict[str, str]]:
    """What poppler's ``pdfsig`` says about each signature: one dict per signature, its
    ``- Key: Value`` lines (a line without a colon is a key with an empty value)."""
    path = folder / "for-pdfsig.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(
        ["pdfsig", "-no-ocsp", str(path)], capture_output=True, text=True, check=False
    )
    signatures: list[dict[str, str]] = []
    for line in done.stdout.splitlines():
        if re.match(r"^Signature #\d+:", line):
            signatures.append({})
        elif (item := re.match(r"^\s+- ([^:]+?)(?::\s*(.*))?$", line)) and signatures:
            signatures[-1][item.group(1)] = (item.group(2) or "").strip()
    return signatures


def with_text_on_page_one(pdf: bytes, text: bytes) -> IncrementalPdfFileWriter:
    """An incremental update (not yet written) of ``pdf`` that draws ``text`` on page 1: what
    someone slips into an agreement before it is signed."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    added = writer.add_object(
        generic.StreamObject(stream_data=b"BT /F1 24 Tf 60 400 Td (" + text + b") Tj ET")
    )
    contents = page["/Contents"]
    old = list(contents) if isinstance(contents, generic.ArrayObject) else [contents]
    page["/Contents"] = generic.ArrayObject([*old, added])
    writer.update_container(page)
    return writer


def with_title(pdf: bytes, title: str) -> bytes:
    """``pdf`` with an incremental update that gives its document information another title
    (what a PDF reader shows in its title bar), and changes nothing else."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    reference = writer.trailer.raw_get("/Info")
    info = reference.get_object()
    info[generic.NameObject("/Title")] = generic.TextStringObject(title)
    writer.mark_update(reference)
    return written(writer)


def written(writer: IncrementalPdfFileWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def sign_update(
    writer: IncrementalPdfFileWriter, field_name: str, cert: TrialCert, *, certify: bool = False
) -> bytes:
    """Sign ``field_name`` in the same update as the changes ``writer`` holds."""
    signer = signers.SimpleSigner.load_pkcs12_data(cert.p12, [], cert.passphrase)
    metadata = signers.PdfSignatureMetadata(
        field_name=field_name,
        md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,
        certify=certify,
    )
    out = io.BytesIO()
    _ClockedSigner(metadata, signer=signer).sign_pdf(writer, existing_fields_only=True, output=out)
    return out.getvalue()


class _ClockedSigner(signers.PdfSigner):
    """pyHanko's signer, signing at the time of the program's clock (as the program does)."""

    def init_signing_session(
        self, pdf_out: BasePdfFileWriter, existing_fields_only: bool = False
    ) -> PdfSigningSession:
        session = super().init_signing_session(pdf_out, existing_fields_only)
        session.system_time = clock.now()
        return session


def document_timestamped(pdf: bytes) -> bytes:
    """``pdf`` with a document timestamp (a signature of type /DocTimeStamp) of a test time
    stamping authority made on the spot (RSA, as pyHanko's test authority needs)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test time stamping authority")])
    now = clock.now()
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(key, hashes.SHA256())
    )
    stamper = DummyTimeStamper(
        tsa_cert=asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER)),
        tsa_key=asn1_keys.PrivateKeyInfo.load(
            key.private_bytes(
                serialization.Encoding.DER,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        ),
    )
    out = signers.PdfTimeStamper(stamper).timestamp_pdf(
        IncrementalPdfFileWriter(io.BytesIO(pdf)), "sha256"
    )
    return out.getvalue()
