"""Commands on signed agreements: ``sign``, ``fields``, ``verify`` and ``trial-cert``.

Passphrases (and a card's PIN) come from an environment variable named with
``--passphrase-env`` (``--pin-env``) or from a prompt that does not echo; they are never
printed, stored or written to a log. The PKCS#11 module of a smartcard is remembered on the
workstation, so that ``--pkcs11-module`` is needed once.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from coopbuilder.cli.common import EXIT_CHECKS_FAILED, EXIT_OK, format_table, whole_number
from coopbuilder.core.errors import UserError
from coopbuilder.core.files import OWNER_ONLY, atomic_write_bytes, read_user_file
from coopbuilder.core.plurals import counted
from coopbuilder.core.vocabulary import Language

TRIAL_MAX_DAYS = 3650  # as documents.certificates.TRIAL_MAX_DAYS, without loading cryptography

if TYPE_CHECKING:
    from coopbuilder.documents.signature_fields import FieldInfo
    from coopbuilder.documents.templates import LibraryTexts
    from coopbuilder.documents.verification import SignatureCheck, TrustList, VerificationReport

# The documents modules load pyHanko and cryptography, which take a noticeable part of a second:
# each command imports what it needs, so that the other commands start quickly.

MAX_INPUT_BYTES = 200 * 1024 * 1024


def _language_of(pdf: bytes) -> str:
    """The language of the signature box: the one the PDF names (CoopBuilder's PDFs do), when
    CoopBuilder has a clause library in it; else English."""
    from coopbuilder.documents.pdf_input import document_language

    named = (document_language(pdf) or "").split("-")[0].lower()
    return named if named in {lang.value for lang in Language} else Language.EN.value


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sign_cmd = commands.add_parser(
        "sign",
        help="sign a signature field of a PDF with a PKCS#12 certificate (.p12 / .pfx) or with "
        "a smartcard or token (PKCS#11)",
    )
    sign_cmd.add_argument("file", type=Path, metavar="FILE.pdf")
    sign_cmd.add_argument("--field", required=True, metavar="NAME", help="the field to sign")
    key_source = sign_cmd.add_mutually_exclusive_group(required=True)
    key_source.add_argument(
        "--p12", type=Path, metavar="CERT.p12", help="the certificate file that signs"
    )
    key_source.add_argument(
        "--token",
        metavar="LABEL",
        help="sign with the smartcard or token of this label (see --pkcs11-module)",
    )
    sign_cmd.add_argument(
        "--pkcs11-module",
        type=Path,
        metavar="LIB.so",
        help="the card's PKCS#11 module, e.g. /usr/lib/x86_64-linux-gnu/opensc-pkcs11.so; "
        "remembered on this workstation (default: the one used last)",
    )
    card_key = sign_cmd.add_mutually_exclusive_group()
    card_key.add_argument(
        "--cert-label",
        metavar="L",
        help="the label of the certificate on the card that signs (needed when the card "
        "holds several)",
    )
    card_key.add_argument(
        "--key-label", metavar="L", help="the label of the key on the card that signs"
    )
    sign_cmd.add_argument(
        "--no-timestamp",
        action="store_true",
        help="this once, no timestamp from the time-stamping service set with timestamp-service",
    )
    sign_cmd.add_argument(
        "--pin-env",
        metavar="VAR",
        help="read the card's PIN from this environment variable (default: ask for it)",
    )
    sign_cmd.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.pdf")
    sign_cmd.add_argument(
        "--certify",
        action="store_true",
        help="certify the document (first signature only): afterwards only form filling and "
        "further signatures are allowed",
    )
    sign_cmd.add_argument("--reason", help="the reason for signing, stored in the signature")
    sign_cmd.add_argument("--location", help="where the signature is made")
    sign_cmd.add_argument(
        "--lang",
        choices=[lang.value for lang in Language],
        help="the agreement's language, which the signature's box on the page speaks (default: "
        "the language the PDF says it is in, else en)",
    )
    sign_cmd.add_argument(
        "--templates",
        type=Path,
        metavar="DIR",
        help="the organisation's own clause library the agreement was rendered with "
        "(DIR/en/... or DIR itself)",
    )
    _passphrase_option(sign_cmd)
    sign_cmd.set_defaults(run=_sign)

    fields = commands.add_parser("fields", help="list the signature fields of a PDF")
    fields.add_argument("file", type=Path, metavar="FILE.pdf")
    fields.set_defaults(run=_fields)

    verify_cmd = commands.add_parser(
        "verify",
        help="check every signature of a PDF; exit code 1 if any is invalid or the file was "
        "changed after signing (and with --require-trusted / --require-complete also if a "
        "signer is not trusted / a field is not signed)",
    )
    verify_cmd.add_argument("file", type=Path, metavar="FILE.pdf")
    verify_cmd.add_argument(
        "--trust",
        type=Path,
        action="append",
        default=[],
        metavar="CERT.pem",
        help="a person's certificate (PEM or DER) you checked is theirs: their signatures "
        "made with exactly this certificate count as trusted, nothing it may have issued; may "
        "be given several times (the certificates marked trusted in the workspace are trusted "
        "as well)",
    )
    verify_cmd.add_argument(
        "--trust-authority",
        type=Path,
        action="append",
        default=[],
        metavar="CA.pem",
        help="a certification authority's certificate (it must be a CA, allowed to sign "
        "certificates): the certificates it issued count as trusted; may be given several times",
    )
    verify_cmd.add_argument(
        "--no-workspace",
        action="store_true",
        help="trust only the certificates given with --trust, not those marked trusted in the "
        "workspace",
    )
    verify_cmd.add_argument(
        "--require-trusted",
        action="store_true",
        help="exit code 1 also when a signature is valid but its signer is not trusted",
    )
    verify_cmd.add_argument(
        "--require-complete",
        action="store_true",
        help="exit code 1 also when a signature field is not signed yet",
    )
    verify_cmd.set_defaults(run=_verify)

    trial = commands.add_parser(
        "trial-cert",
        help="make a self-signed certificate to try signing (a trial certificate, not for real "
        "use)",
    )
    trial.add_argument("--name", required=True, help="the person's name")
    trial.add_argument("--organisation", help="the person's organisation")
    trial.add_argument("-o", "--output", required=True, type=Path, metavar="CERT.p12")
    trial.add_argument(
        "--valid-days",
        type=whole_number("a number of days", 1, TRIAL_MAX_DAYS),
        default=365,
        metavar="DAYS",
        help=f"how long the certificate is valid (default 365, at most {TRIAL_MAX_DAYS})",
    )
    _passphrase_option(trial)
    trial.set_defaults(run=_trial_cert)


def _passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-env",
        metavar="VAR",
        help="read the passphrase from this environment variable (default: ask for it)",
    )


def _passphrase(args: argparse.Namespace, prompt: str, *, confirm: bool = False) -> bytes:
    if args.passphrase_env:
        value = os.environ.get(args.passphrase_env)
        if value is None:
            raise UserError(
                "The environment variable {passphrase_env} is not set; it should hold the "
                "passphrase.",
                passphrase_env=args.passphrase_env,
            )
        return value.encode()
    if not sys.stdin.isatty():
        raise UserError(
            "No passphrase: give --passphrase-env VAR, or run the command in a terminal "
            "to be asked for it."
        )
    try:
        value = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat the passphrase: ") != value:
            raise UserError("The two passphrases differ; nothing was written.")
    except EOFError as exc:
        raise UserError("No passphrase was given.") from exc
    return value.encode()


def _read(path: Path, what: str) -> bytes:
    return read_user_file(path, what, max_bytes=MAX_INPUT_BYTES)


@contextmanager
def _about(path: Path, kind: type[UserError]) -> Iterator[None]:
    """Name the file in an error about it."""
    try:
        yield
    except kind as exc:
        raise UserError("{path}: {exc}", path=path, exc=exc) from exc


def _when(moment: dt.datetime | None) -> str:
    return f"{moment.astimezone(dt.UTC):%Y-%m-%d %H:%M}" if moment else "-"


def _sign(args: argparse.Namespace) -> int:
    from coopbuilder.documents.certificates import TRIAL_MARK, CertificateFileError
    from coopbuilder.documents.pdf_input import PdfFileError
    from coopbuilder.documents.signature_fields import list_fields
    from coopbuilder.documents.signing import check_signable, sha256_of, sign
    from coopbuilder.documents.signing_settings import timestamp_url
    from coopbuilder.documents.templates import library_texts

    if args.token is None:
        for option, value in (
            ("--pkcs11-module", args.pkcs11_module),
            ("--cert-label", args.cert_label),
            ("--key-label", args.key_label),
            ("--pin-env", args.pin_env),
        ):
            if value is not None:
                raise UserError("{option} goes with --token (signing with a card).", option=option)
    pdf = _read(args.file, "a PDF")
    p12 = _read(args.p12, "a certificate file") if args.p12 is not None else b""
    with _about(args.file, PdfFileError):
        check_signable(pdf, args.field, certify=args.certify)
    library = library_texts(args.lang or _language_of(pdf), args.templates)
    stamping = None if args.no_timestamp else timestamp_url()
    if args.token is not None:
        signed = _sign_with_card(args, pdf, library, stamping)
    else:
        passphrase = _passphrase(args, f"Passphrase for {args.p12}: ")
        with _about(args.file, PdfFileError), _about(args.p12, CertificateFileError):
            signed = sign(
                pdf,
                args.field,
                p12,
                passphrase,
                certify=args.certify,
                reason=args.reason,
                location=args.location,
                library=library,
                timestamp_url=stamping,
            )
    atomic_write_bytes(args.output, signed, mode=OWNER_ONLY)
    field = next(f for f in list_fields(signed) if f.name == args.field)
    who = field.signer or "the certificate's holder"
    if field.organisation:
        who += f" ({field.organisation})"
    certified = " and certified the document" if args.certify else ""
    card = f" with the card '{args.token}'" if args.token is not None else ""
    print(f"Signed the field '{args.field}' as {who}{card}{certified}.")
    if stamping:
        print(f"With a timestamp from {stamping}.")
    if field.trial_certificate:
        print(f"The certificate is a {TRIAL_MARK}.")
    print(f"Wrote {args.output} (SHA-256 {sha256_of(signed)}).")
    return EXIT_OK


def _sign_with_card(
    args: argparse.Namespace, pdf: bytes, library: LibraryTexts, stamping: str | None
) -> bytes:
    """Sign with the smartcard named by ``--token``; the module used is remembered once the
    card has signed."""
    from coopbuilder.documents.pdf_input import PdfFileError
    from coopbuilder.documents.tokens import (
        TokenKey,
        remember_module,
        remembered_module,
        sign_with_token,
    )

    module = args.pkcs11_module or remembered_module()
    if module is None:
        raise UserError(
            "Which PKCS#11 module drives the card? Give --pkcs11-module LIB.so (for OpenSC: "
            "opensc-pkcs11.so); it is remembered on this workstation."
        )
    key = TokenKey(
        module=module, token=args.token, key_label=args.key_label, cert_label=args.cert_label
    )
    pin = _pin(args)
    with _about(args.file, PdfFileError):
        signed = sign_with_token(
            pdf,
            args.field,
            key,
            pin,
            certify=args.certify,
            reason=args.reason,
            location=args.location,
            library=library,
            timestamp_url=stamping,
        )
    remember_module(module)
    return signed


def _pin(args: argparse.Namespace) -> str:
    """The card's PIN: from ``--pin-env``, else asked for without echo."""
    if args.pin_env:
        value = os.environ.get(args.pin_env)
        if value is None:
            raise UserError(
                "The environment variable {pin_env} is not set; it should hold the card's PIN.",
                pin_env=args.pin_env,
            )
        return value
    if not sys.stdin.isatty():
        raise UserError(
            "No PIN: give --pin-env VAR, or run the command in a terminal to be asked for it."
        )
    try:
        return getpass.getpass(f"PIN of the card '{args.token}': ")
    except EOFError as exc:
        raise UserError("No PIN was given.") from exc


def format_fields(fields: Sequence[FieldInfo]) -> str:
    """The signature fields as a table, and how many are signed."""
    rows = [
        [
            f.name,
            "signed" if f.signed else "empty",
            (f.signer or "(unreadable)") if f.signed else "",
            f.organisation or "",
            _when(f.signed_at) if f.signed else "",
        ]
        for f in fields
    ]
    table = format_table(["Field", "Status", "Signer", "Organisation", "Signed (UTC)"], rows)
    signed = sum(f.signed for f in fields)
    return f"{table}\n\n{signed} of {counted(len(fields), 'field', 'en')} signed."


def _fields(args: argparse.Namespace) -> int:
    from coopbuilder.documents.pdf_input import PdfFileError
    from coopbuilder.documents.signature_fields import list_fields

    with _about(args.file, PdfFileError):
        fields = list_fields(_read(args.file, "a PDF"))
    if not fields:
        print(f"{args.file} has no signature fields.")
        return EXIT_OK
    print(format_fields(fields))
    return EXIT_OK


def _yes(flag: bool) -> str:
    return "yes" if flag else "NO"


def _row(check: SignatureCheck) -> list[str]:
    from coopbuilder.documents.verification import ChangesAfter

    who = [check.field, check.signer or "?", check.organisation or ""]
    if check.error is not None:
        return [*who, "-", "CANNOT BE CHECKED", *["?"] * 5]
    allowed = (ChangesAfter.NONE, ChangesAfter.ALLOWED)
    return [
        *who,
        _when(check.signed_at),
        "valid" if check.ok else "INVALID",
        _yes(check.intact),
        _yes(check.valid),
        check.certificate.value if check.certificate else "?",
        "yes" if check.trusted else "no",
        check.changes_after.value
        if check.changes_after in allowed
        else check.changes_after.value.upper(),
    ]


def _verdict_lines(report: VerificationReport) -> list[str]:
    """The verdict, and everything that keeps the file from being a valid agreement signed by
    everyone trusted: the signatures not valid, the fields not signed, the signers not trusted."""
    from coopbuilder.documents.verification import Verdict

    verdict = report.verdict
    out = [f"Verdict: {verdict.value}."]
    invalid = [c for c in report.signatures if not c.ok]
    for check in invalid:
        out.append(f"- {check.field} ({check.signer or 'unknown signer'}) is not valid:")
        out += [f"    {problem}" for problem in check.problems]
    if report.unsigned_fields:
        out.append("- not signed yet: " + ", ".join(report.unsigned_fields))
    untrusted = [c for c in report.signatures if not c.trusted and c.error is None]
    if untrusted:
        names = ", ".join(f"{c.field} ({c.signer or 'unknown signer'})" for c in untrusted)
        out.append(f"- not trusted: {names}")
    if verdict is Verdict.INVALID:
        out.append("Do not rely on this file as the signed agreement.")
    elif verdict is Verdict.INCOMPLETE:
        out.append("This file is not the agreement signed by everyone: fields are still empty.")
    if untrusted and verdict is not Verdict.INVALID:
        out.append("To check who signed, give --trust CERT.pem with the certificates you know")
        out.append("belong to the signers, or mark them trusted in the workspace (Tools > Trusted")
        out.append("certificates... in the desktop program).")
    return out


def format_report(path: Path, report: VerificationReport) -> str:
    """The report as a table with the problems and notes of each signature, whose trust list was
    used, what was not checked, and the verdict with everything it misses."""
    from coopbuilder.documents.verification import NOT_CHECKED

    headers = [
        "Field",
        "Signer",
        "Organisation",
        "Signed (UTC)",
        "Result",
        "Intact",
        "Key matches",
        "Certificate",
        "Trusted",
        "Changed after",
    ]
    out = [
        f"Signatures in {path}, in signing order",
        "",
        format_table(headers, [_row(c) for c in report.signatures]),
    ]
    for check in report.signatures:
        lines = [f"  INVALID: {p}" for p in check.problems] + [f"  note: {n}" for n in check.notes]
        if check.certifies:
            lines.insert(0, "  certifies the document: later only form filling and signatures")
        if lines:
            out += ["", f"{check.field} ({check.signer or 'unknown signer'})", *lines]
    if report.unsigned_fields:
        out += ["", "Not signed yet: " + ", ".join(report.unsigned_fields)]
    out += ["", f"Trusted: {trusting(report.trust_list)}."]
    out += ["", "Not checked:", *(f"- {phrase}" for phrase in NOT_CHECKED)]
    out += ["", *_verdict_lines(report)]
    return "\n".join(out)


def _verified(
    pdf: bytes,
    people: list[bytes],
    authorities: list[bytes],
    location: str | None,
    use_workspace: bool,
) -> VerificationReport:
    """The verification of ``pdf`` trusting the certificate files' certificates and those marked
    trusted in the workspace (as the desktop program's Verify dialog does).

    Without a workspace named (``--workspace``, ``COOPBUILDER_DATABASE_URL``) the default one is
    used if it exists: verifying a file never makes a workspace. A named workspace that does not
    exist is refused, as by every command."""
    from coopbuilder.documents.verification import TrustList, verify

    given = TrustList(
        people=tuple(people), authorities=tuple(authorities), given=len(people) + len(authorities)
    )
    if not use_workspace:  # without loading the database layer at all
        return verify(pdf, given)
    from coopbuilder.cli.workspace import is_named
    from coopbuilder.store.connection import default_workspace_path, open_workspace
    from coopbuilder.workflows.trust import workspace_trust_list

    if not is_named(location) and not default_workspace_path().exists():
        return verify(pdf, given)
    with open_workspace(location, create=False) as workspace:
        trust = workspace_trust_list(workspace, people=people, authorities=authorities)
    return verify(pdf, trust)


def trusting(trust: TrustList) -> str:
    """Whose trust list a verification used and what it held, for the line under the table."""
    given = (
        f"{counted(trust.given, 'certificate', 'en')} given with --trust or --trust-authority"
        if trust.given
        else ""
    )
    if trust.workspace is None:
        return f"{given or 'no certificate given with --trust'}; no workspace's trust list was used"
    marked = (
        f"the trust list of the workspace {trust.workspace}, "
        f"{counted(trust.workspace_count, 'certificate', 'en')}"
    )
    if trust.marked_by:
        marked += " marked trusted under the user name(s) " + ", ".join(trust.marked_by)
    return f"{marked}; and {given}" if given else marked


def _verify(args: argparse.Namespace) -> int:
    from coopbuilder.documents.certificates import (
        CertificateFileError,
        is_authority,
        load_certificates,
    )
    from coopbuilder.documents.pdf_input import PdfFileError

    def certificates(paths: list[Path], authority: bool) -> list[bytes]:
        out = []
        for path in paths:
            data = _read(path, "a certificate file")
            with _about(path, CertificateFileError):
                for cert in load_certificates(data):
                    if authority and not is_authority(cert):
                        raise CertificateFileError(
                            "The certificate of {subject} is not a certification authority's "
                            "(it may not issue certificates), so it cannot be trusted as an "
                            "authority; give it with --trust if it is a person's.",
                            subject=cert.subject.human_friendly,
                        )
            out.append(data)
        return out

    people = certificates(args.trust, authority=False)
    authorities = certificates(args.trust_authority, authority=True)
    pdf = _read(args.file, "a PDF")
    with _about(args.file, PdfFileError):
        report = _verified(pdf, people, authorities, args.workspace, not args.no_workspace)
    print(format_report(args.file, report))
    failed = (
        not report.ok
        or (args.require_trusted and not report.all_trusted)
        or (args.require_complete and not report.complete)
    )
    return EXIT_CHECKS_FAILED if failed else EXIT_OK


def _trial_cert(args: argparse.Namespace) -> int:
    from coopbuilder.documents.certificates import (
        TRIAL_MARK,
        trial_certificate_paths,
        write_trial_certificate,
    )

    trial_certificate_paths(args.output)  # refuse before asking for a passphrase
    passphrase = _passphrase(args, "Passphrase to protect the new key: ", confirm=True)
    files = write_trial_certificate(
        args.output, args.name, args.organisation, passphrase, valid_days=args.valid_days
    )
    who = args.name.strip() + (f" ({args.organisation.strip()})" if args.organisation else "")
    banner = f"*** {TRIAL_MARK} ***"
    print(
        "\n".join(
            [
                banner,
                f"Wrote a self-signed trial certificate for {who} to {files.p12}, valid until "
                f"{files.valid_until:%Y-%m-%d},",
                f"and its public certificate to {files.pem} (for `verify --trust`).",
                "Anyone can make such a certificate: a signature made with it proves nothing about",
                "who signed. Use it only to try signing; sign a real agreement with a certificate",
                "from your organisation or a trust service provider.",
                banner,
            ]
        )
    )
    return EXIT_OK
