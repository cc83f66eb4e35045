"""Verification: both signatures valid (by CoopBuilder and, independently, by poppler's pdfsig);
a changed byte, an appended page, an expired certificate and trust are all reported."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers
from pyhanko.sign.fields import SigSeedSubFilter
from pypdf import PdfWriter

from coopbuilder.core import clock
from coopbuilder.documents.certificates import CertificateFileError
from coopbuilder.documents.pdf_input import PdfFileError
from coopbuilder.documents.verification import (
    CertificatePeriod,
    ChangesAfter,
    SignatureCheck,
    TrustList,
    Verdict,
    VerificationReport,
    verify,
)
from tests.signing_fixtures import (
    FIELD_A,
    FIELD_B,
    SIGNED_WORD,
    TrialCert,
    TrialCerts,
    issued_cert,
    pdfsig,
    trial_cert,
    with_title,
)


def _flip(pdf: bytes, offset: int) -> bytes:
    changed = bytearray(pdf)
    changed[offset] ^= 0x01
    return bytes(changed)


def test_two_sequential_signatures_are_valid(signed_twice: bytes) -> None:
    report = verify(signed_twice)
    first, second = report.signatures
    assert (first.field, first.signer, first.organisation) == (
        FIELD_A,
        "Anna Schmidt",
        "Brückenschlag e.V.",
    )
    assert (second.field, second.signer, second.organisation) == (
        FIELD_B,
        "Bernd Meier",
        "LKA Musterland",
    )
    for check in report.signatures:
        assert check.ok and check.intact and check.valid and not check.problems
        assert check.certificate is CertificatePeriod.VALID
        assert check.trial_certificate
        assert check.signed_at is not None
        assert abs(check.signed_at - clock.now()) < dt.timedelta(minutes=10)
    assert first.certifies and not second.certifies
    # the second signature filled a field the certification allows; nothing came after it
    assert first.changes_after is ChangesAfter.ALLOWED
    assert second.changes_after is ChangesAfter.NONE
    assert report.unsigned_fields == ()
    assert report.ok and report.verdict is Verdict.VALID_UNTRUSTED


def test_pdfsig_independently_finds_both_signatures_valid(
    signed_twice: bytes, tmp_path: Path
) -> None:
    found = pdfsig(signed_twice, tmp_path)
    assert [s["Signature Field Name"] for s in found] == [FIELD_A, FIELD_B]
    assert [s["Signer Certificate Common Name"] for s in found] == ["Anna Schmidt", "Bernd Meier"]
    assert all(s["Signature Validation"] == "Signature is Valid." for s in found)
    assert all(s["Signature Type"] == "ETSI.CAdES.detached" for s in found)
    assert "Total document signed" in found[1]


def test_a_signature_covers_its_revision_and_the_next_signs_the_rest(
    signed_once: bytes, tmp_path: Path
) -> None:
    report = verify(signed_once)
    assert [c.field for c in report.signatures] == [FIELD_A]
    assert report.signatures[0].changes_after is ChangesAfter.NONE
    assert report.unsigned_fields == (FIELD_B,)
    assert report.ok and not report.complete and report.verdict is Verdict.INCOMPLETE
    assert pdfsig(signed_once, tmp_path)[0]["Signature Validation"] == "Signature is Valid."


def test_a_changed_byte_inside_the_signed_range_is_invalid(
    signed_twice: bytes, tmp_path: Path
) -> None:
    offset = signed_twice.index(SIGNED_WORD) + 3  # one letter of the agreement's text
    tampered = _flip(signed_twice, offset)
    report = verify(tampered)
    assert not report.ok and report.verdict is Verdict.INVALID
    for check in report.signatures:
        assert not check.intact and not check.ok
        assert not check.valid  # a signature over changed bytes is never shown as valid
        assert check.problems == [
            "the signed content was changed: it no longer matches the signature"
        ]
    found = pdfsig(tampered, tmp_path)
    assert [s["Signature Validation"] for s in found] == ["Digest Mismatch."] * 2


def test_a_check_that_is_not_intact_is_never_valid() -> None:
    check = SignatureCheck(field=FIELD_A, intact=False, valid=True)
    assert not check.valid and not check.ok
    assert SignatureCheck(field=FIELD_A, intact=True, valid=True).valid


def test_no_changed_byte_in_the_signed_ranges_leaves_the_file_valid(signed_twice: bytes) -> None:
    """Wherever one signed byte changes, the file cannot be read or a signature is invalid.

    The last signature covers the whole file except its own CMS container (/Contents); parts of
    that container are outside any signature by design (its version number, for one), so it is
    left out here.
    """
    ranges = re.findall(rb"/ByteRange \[(\d+) (\d+) (\d+) (\d+)\]", signed_twice)
    _, gap_start, gap_end, _ = (int(v) for v in ranges[-1])
    offsets = [*range(0, gap_start), *range(gap_end, len(signed_twice))]
    for offset in offsets[:: max(1, len(offsets) // 80)]:
        try:
            report = verify(_flip(signed_twice, offset))
        except PdfFileError:
            continue
        assert not report.ok, f"a changed byte at {offset} went unnoticed"


def _append_page(pdf: bytes) -> bytes:
    writer = PdfWriter(io.BytesIO(pdf), incremental=True)
    writer.add_blank_page(595, 842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_page_appended_after_signing_is_a_modification(
    signed_twice: bytes, tmp_path: Path
) -> None:
    appended = _append_page(signed_twice)
    assert appended.startswith(signed_twice)
    report = verify(appended)
    assert report.verdict is Verdict.INVALID
    for check in report.signatures:
        assert check.intact and check.valid  # the signed bytes are untouched ...
        assert check.changes_after is ChangesAfter.MODIFIED  # ... but the document is not
        assert any("changed after this signature" in p for p in check.problems)
    # pdfsig still finds the signed bytes intact, and says the last one no longer covers all
    found = pdfsig(appended, tmp_path)
    assert found[1]["Signature Validation"] == "Signature is Valid."
    assert "Not total document signed" in found[1]


def test_a_page_appended_between_the_signatures_breaks_the_first(
    signed_once: bytes, trial_certs: TrialCerts
) -> None:
    from coopbuilder.documents.signing import sign

    bernd = trial_certs.bernd
    signed = sign(_append_page(signed_once), FIELD_B, bernd.p12, bernd.passphrase)
    first, second = verify(signed).signatures
    assert first.changes_after is ChangesAfter.MODIFIED and not first.ok
    assert second.ok  # Bernd signed the document as he saw it, page included


def _sign_with_pyhanko(pdf: bytes, field: str, cert: TrialCert) -> bytes:
    """Sign as another program would, without CoopBuilder's refusal of an expired certificate."""
    signer = signers.SimpleSigner.load_pkcs12_data(cert.p12, [], passphrase=cert.passphrase)
    meta = signers.PdfSignatureMetadata(field_name=field, subfilter=SigSeedSubFilter.PADES)
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    return signers.PdfSigner(meta, signer=signer).sign_pdf(writer).getvalue()  # type: ignore[no-any-return]


def test_a_certificate_expired_when_signing_is_reported(
    unsigned_pdf: bytes, tmp_path: Path
) -> None:
    now = clock.now()
    old = trial_cert("Old Key", "Org", b"pw", valid_days=2, not_before=now - dt.timedelta(days=30))
    signed = _sign_with_pyhanko(unsigned_pdf, FIELD_A, old)
    check = verify(signed, [old.pem]).signatures[0]
    assert check.intact and check.valid
    assert check.certificate is CertificatePeriod.EXPIRED and not check.ok
    assert "the signer's certificate was expired when signed" in check.problems
    assert pdfsig(signed, tmp_path)[0]["Certificate Validation"] == "Certificate has Expired"


def test_a_certificate_that_expired_after_signing_is_noted_not_failed(
    signed_twice: bytes, trial_certs: TrialCerts
) -> None:
    later = clock.now() + dt.timedelta(days=800)
    report = verify(signed_twice, [trial_certs.anna.pem, trial_certs.bernd.pem], now=later)
    for check in report.signatures:
        assert check.certificate is CertificatePeriod.EXPIRED_SINCE
        assert check.ok and check.trusted
        assert any("expired on" in note and "after signing" in note for note in check.notes)
    assert report.verdict is Verdict.VALID_TRUSTED


def test_trust_comes_only_from_certificates_the_user_marked(
    signed_twice: bytes, trial_certs: TrialCerts
) -> None:
    def trusted(report: VerificationReport) -> list[bool]:
        return [c.trusted for c in report.signatures]

    assert trusted(verify(signed_twice)) == [False, False]
    assert trusted(verify(signed_twice, [trial_certs.anna.pem])) == [True, False]
    both = verify(signed_twice, [trial_certs.anna.pem, trial_certs.bernd.pem])
    assert trusted(both) == [True, True] and both.verdict is Verdict.VALID_TRUSTED
    stranger = trial_cert("Anna Schmidt", "Brückenschlag e.V.", b"pw")  # same name, other key
    assert trusted(verify(signed_twice, [stranger.pem])) == [False, False]
    for junk in (b"not a certificate", trial_certs.anna.pem[:200]):
        with pytest.raises(CertificateFileError, match="not a certificate file"):
            verify(signed_twice, [junk])


def test_untrusted_signatures_are_still_checked_and_a_tampered_trusted_one_is_invalid(
    signed_twice: bytes, trial_certs: TrialCerts
) -> None:
    offset = signed_twice.index(SIGNED_WORD)
    report = verify(_flip(signed_twice, offset), [trial_certs.anna.pem, trial_certs.bernd.pem])
    assert report.verdict is Verdict.INVALID


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"hello", "not a PDF file"), (b"%PDF-1.4\n%%EOF\n", "damaged")],
)
def test_a_non_pdf_is_a_clear_error(data: bytes, message: str) -> None:
    with pytest.raises(PdfFileError, match=message):
        verify(data)


def test_a_pdf_without_signatures_is_a_clear_error(unsigned_pdf: bytes) -> None:
    with pytest.raises(PdfFileError, match="no signatures; it has 2 empty signature field"):
        verify(unsigned_pdf)


def test_a_trusted_person_cannot_issue_certificates_for_others(
    signed_by_forger: bytes, trial_certs: TrialCerts
) -> None:
    """Anna's trial certificate is trusted as hers; a certificate she made for "Dr. Hans Weiss"
    with her key is not: trust in a person covers that person's own certificate only."""
    report = verify(signed_by_forger, [trial_certs.anna.pem])
    anna, hans = report.signatures
    assert (hans.signer, hans.organisation) == ("Dr. Hans Weiss", "LKA Musterland")
    assert anna.trusted and anna.ok
    assert hans.ok and not hans.trusted  # intact and valid, but nobody vouched for it
    assert report.verdict is Verdict.VALID_UNTRUSTED


def test_a_trusted_person_certificate_covers_exactly_itself(
    signed_by_forger: bytes, forged_hans: TrialCert, trial_certs: TrialCerts
) -> None:
    """Trust by fingerprint needs no issuer: the certificate itself is what was checked."""
    _, hans = verify(signed_by_forger, [forged_hans.pem]).signatures
    assert hans.trusted
    # another certificate with the same names and issuer is not the one checked
    twin = issued_cert(trial_certs.anna, "Dr. Hans Weiss", "LKA Musterland")
    _, hans = verify(signed_by_forger, [twin.pem]).signatures
    assert not hans.trusted


def test_an_authority_vouches_for_what_it_issued_only_when_trusted_as_one(
    unsigned_pdf: bytes,
) -> None:
    from coopbuilder.documents.signing import sign

    authority = issued_cert(None, "Musterland Police CA", "Land Musterland")
    carla = issued_cert(authority, "Carla Roth", "LKA Musterland")
    signed = sign(unsigned_pdf, FIELD_A, carla.p12, carla.passphrase)
    as_authority = TrustList(authorities=(authority.pem,))
    check = verify(signed, as_authority).signatures[0]
    assert check.ok and check.trusted
    # the same certificate trusted as a person's covers that certificate, not Carla's
    check = verify(signed, TrustList(people=(authority.pem,))).signatures[0]
    assert check.ok and not check.trusted


def test_a_person_certificate_cannot_be_trusted_as_an_authority(
    signed_by_forger: bytes, trial_certs: TrialCerts
) -> None:
    with pytest.raises(CertificateFileError, match="not a certification authority's"):
        verify(signed_by_forger, TrustList(authorities=(trial_certs.anna.pem,)))


def test_a_changed_title_after_signing_makes_the_signatures_invalid(
    signed_twice: bytes, trial_certs: TrialCerts
) -> None:
    """pyHanko's comparison of revisions leaves the document information out; the title a PDF
    reader shows is still part of what was signed."""
    changed = with_title(signed_twice, "Agreement on something else")
    report = verify(changed, [trial_certs.anna.pem, trial_certs.bernd.pem])
    assert report.verdict is Verdict.INVALID
    for check in report.signatures:
        assert check.intact and check.valid and check.trusted and not check.ok
        assert check.changes_after is ChangesAfter.INFORMATION
        assert check.problems == [
            "the document's information (title, author, subject or keywords) was changed "
            "after this signature"
        ]
    # the same title written again is no change
    assert verify(with_title(signed_twice, "untitled")).ok
