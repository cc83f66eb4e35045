"""The box a digital signature shows on the signature page speaks the agreement's language: the
German final PDF signed says "Digital signiert von" and gives the time as 27.11.2026, 16:02 UTC;
the English one says "Digitally signed by". The time shown is the time the signature records."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coopbuilder.core.demo import demo_agreement
from coopbuilder.core.vocabulary import Language
from coopbuilder.documents.final import render_final, signing_representatives
from coopbuilder.documents.signing import sign, stamp_lines
from coopbuilder.documents.templates import clause_library
from coopbuilder.documents.verification import verify
from tests.documents.pdfs import pdftotext
from tests.signing_fixtures import TrialCerts, trial_cert

DAY = dt.date(2026, 3, 2)


def _signed_final(language: Language, certs: TrialCerts) -> tuple[bytes, bytes]:
    agreement = demo_agreement(language, today=DAY)
    final = render_final(agreement)
    field = signing_representatives(agreement)[0].field_name
    anna = certs.anna
    return final.pdf, sign(final.pdf, field, anna.p12, anna.passphrase, language=language)


def _signing_time(signed: bytes) -> dt.datetime:
    (check,) = verify(signed).signatures
    assert check.ok and check.signed_at is not None
    return check.signed_at.astimezone(dt.UTC)


def test_a_signed_german_agreement_has_a_german_stamp(
    trial_certs: TrialCerts, tmp_path: Path
) -> None:
    final, signed = _signed_final(Language.DE, trial_certs)
    assert "Digital signiert von" not in pdftotext(final, tmp_path)
    text = pdftotext(signed, tmp_path)
    when = _signing_time(signed)
    stamp = f"Digital signiert von Anna Schmidt\nBrückenschlag e.V.\n{when:%d.%m.%Y, %H:%M} UTC"
    assert stamp in text
    assert "Digitally signed by" not in text
    assert "UTC" in text and when.strftime("%Y-%m-%d") not in text  # no ISO date


def test_a_signed_english_agreement_has_an_english_stamp(
    trial_certs: TrialCerts, tmp_path: Path
) -> None:
    _, signed = _signed_final(Language.EN, trial_certs)
    text = pdftotext(signed, tmp_path)
    when = _signing_time(signed)
    stamp = (
        f"Digitally signed by Anna Schmidt\nBrückenschlag e.V.\n{when.day} {when:%b %Y, %H:%M} UTC"
    )
    assert stamp in text
    assert "Digital signiert von" not in text


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (Language.DE, ["Digital signiert von A. 100% Muster", "O & P", "05.01.2027, 09:07 UTC"]),
        (Language.EN, ["Digitally signed by A. 100% Muster", "O & P", "5 Jan 2027, 09:07 UTC"]),
    ],
)
def test_the_stamp_lines_come_from_the_library_in_utc(
    language: Language, expected: list[str]
) -> None:
    berlin = dt.timezone(dt.timedelta(hours=1))
    signed_at = dt.datetime(2027, 1, 5, 10, 7, 30, tzinfo=berlin)
    lines = stamp_lines(clause_library(language), "A. 100% Muster", "O & P", signed_at)
    assert lines == expected
    assert stamp_lines(clause_library(language), "X", None, signed_at, trial=True)[1:] == [
        expected[2],
        "TRIAL CERTIFICATE - NOT FOR REAL USE",
    ]


def test_a_percent_sign_in_the_certificate_is_printed_as_it_is(tmp_path: Path) -> None:
    agreement = demo_agreement(Language.EN, today=DAY)
    final = render_final(agreement)
    field = signing_representatives(agreement)[0].field_name
    cert = trial_cert("Anna Schmidt", "Verein 100% Ausstieg", b"pw")
    text = pdftotext(sign(final.pdf, field, cert.p12, b"pw"), tmp_path)
    assert "Digitally signed by Anna Schmidt\nVerein 100% Ausstieg\n" in text
