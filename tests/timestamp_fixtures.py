"""A time-stamping service on loopback for the tests: an HTTP server answering RFC 3161 requests
with pyHanko's test authority, whose certificate is valid at the program's clock and whose
timestamps say the program's time. ``tsa.replies`` counts what it answered; ``tsa.refuse`` makes
it answer as a broken service does (an HTML error page)."""

from __future__ import annotations

import datetime as dt
import io
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from asn1crypto import keys as asn1_keys
from asn1crypto import tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.timestamps import DummyTimeStamper
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from coopbuilder.core import clock

TSA_NAME = "Musterland Zeitstempeldienst"


@dataclass
class Tsa:
    url: str
    certificate_pem: bytes
    replies: int = 0
    refuse: bool = False
    requests: list[bytes] = field(default_factory=list)


def _authority() -> tuple[x509.Certificate, rsa.RSAPrivateKey]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, TSA_NAME)])
    now = clock.now()
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(key, hashes.SHA256())
    )
    return cert, key


def _asn1(pem: bytes) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(
        x509.load_pem_x509_certificate(pem).public_bytes(serialization.Encoding.DER)
    )


def timestamp_of(pdf: bytes, index: int, tsa: Tsa) -> dt.datetime | None:
    """When the service's timestamp on signature ``index`` says it was made (``None``: the
    signature has none), checked against the service's certificate."""
    signature = PdfFileReader(io.BytesIO(pdf)).embedded_signatures[index]
    roots = ValidationContext(trust_roots=[_asn1(tsa.certificate_pem)])
    status = validate_pdf_signature(
        signature, signer_validation_context=roots, ts_validation_context=roots
    )
    if status.timestamp_validity is None:
        return None
    assert status.timestamp_validity.intact and status.timestamp_validity.valid
    assert status.timestamp_validity.trusted
    return status.timestamp_validity.timestamp


@pytest.fixture(scope="session")
def tsa() -> Iterator[Tsa]:
    cert, key = _authority()
    key_der = key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    cert_asn1 = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    state: list[Tsa] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            served = state[0]
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            served.requests.append(body)
            if served.refuse:
                self.send_response(503)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                self.wfile.write(b"<html>Service unavailable</html>")
                return
            stamper = DummyTimeStamper(
                tsa_cert=cert_asn1,
                tsa_key=asn1_keys.PrivateKeyInfo.load(key_der),
                fixed_dt=clock.now(),
            )
            reply = stamper.request_tsa_response(tsp.TimeStampReq.load(body)).dump()
            served.replies += 1
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: the tests read what the service answered, not its log."""

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.append(
        Tsa(
            url=f"http://127.0.0.1:{server.server_address[1]}/tsr",
            certificate_pem=cert.public_bytes(serialization.Encoding.PEM),
        )
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state[0]
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
