"""The ``render`` command: the agreement (and the readiness report) as PDF files; with
``--final``, the ready-to-sign agreement with its empty signature fields.

Imports nothing from Qt, so the command starts fast and runs on a server.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from coopbuilder.cli.common import (
    EXIT_CHECKS_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    passphrase_option,
    read_agreement,
)
from coopbuilder.cli.signing import format_fields
from coopbuilder.core.errors import UserError

if TYPE_CHECKING:
    from coopbuilder.core.agreement import Agreement


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    render = commands.add_parser(
        "render",
        help="write the draft agreement (and the readiness report) of a file as PDF",
        description=(
            "Write the cooperation agreement of FILE.json as a PDF, from the clause library in "
            "agreement_templates/ (or from --templates DIR, or the folder in the "
            "COOPBUILDER_TEMPLATES environment setting)."
        ),
    )
    render.add_argument("file", type=Path, metavar="FILE.json", help="the agreement file")
    render.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="AGREEMENT.pdf",
        help="the agreement PDF to write; a name ending in .docx writes the draft as a Word "
        "document instead (from the same clause library)",
    )
    render.add_argument(
        "--report", type=Path, metavar="REPORT.pdf", help="also write the readiness report"
    )
    render.add_argument(
        "--final",
        action="store_true",
        help="write the final agreement to sign: no DRAFT mark, and an empty signature field on "
        "each signatory's signature block; refused (exit code 1) while `check` finds errors",
    )
    render.add_argument(
        "--annotated",
        action="store_true",
        help="write the lawyers' edition: the draft with a note under every clause (the "
        "provisions it rests on, the partners' choice behind it) and an annex that numbers every "
        "open legal question the partners left for their lawyers",
    )
    render.add_argument(
        "--redline",
        type=Path,
        metavar="SIGNED",
        help="mark the draft's changes against the signed version, word by word in each clause "
        "(removed words struck through, added words underlined), and list the contact list's "
        "changes in its annex; SIGNED is that version's exchange file or its final PDF",
    )
    render.add_argument(
        "--templates",
        type=Path,
        metavar="DIR",
        help="a folder with the organisation's own clause library (DIR/en/... or DIR itself)",
    )
    passphrase_option(render, "of a protected file", reading=True)
    render.set_defaults(run=_render)


def _render(args: argparse.Namespace) -> int:
    # Only what the render needs: signing (pyHanko) is loaded for --final alone, to keep the
    # command quick.
    from coopbuilder.core.catalogue import catalogue_for
    from coopbuilder.core.vocabulary import Language
    from coopbuilder.documents.agreement import render_agreement, write_pdf
    from coopbuilder.documents.templates import clause_library

    agreement = read_agreement(args.file, args.passphrase_env, args.accept_unprotected)
    catalogue = catalogue_for(agreement.catalogue_version)
    library = clause_library(agreement.language, args.templates)
    if args.redline is not None and (args.final or args.output.suffix.lower() == ".docx"):
        print(
            "coopbuilder: error: --redline marks a draft's changes in a PDF; it cannot be "
            "--final or a Word document.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if args.final and args.annotated:
        print(
            "coopbuilder: error: --annotated is a draft for the lawyers; it cannot be --final.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if args.output.suffix.lower() == ".docx":
        from coopbuilder.documents.word import render_docx

        if args.final:
            raise UserError(
                "The final agreement is signed as a PDF; write it to a .pdf file ({output} is "
                "a Word document's name).",
                output=args.output,
            )
        write_pdf(args.output, render_docx(agreement, catalogue, library))
        print(f"Wrote the draft agreement as a Word document to {args.output}.")
        if args.report:
            from coopbuilder.documents.report import render_report

            write_pdf(args.report, render_report(agreement, catalogue, library))
            print(f"Wrote the readiness report to {args.report}.")
        return EXIT_OK
    against: Agreement | None = None
    if args.final:
        from coopbuilder.documents.final import NotReadyToSignError, render_final
        from coopbuilder.documents.signature_fields import list_fields

        try:
            final = render_final(agreement, catalogue, library)
        except NotReadyToSignError as exc:
            lines = [f"coopbuilder: error: {args.file}: {exc} Nothing was written."]
            lines += [f"  {line}" for line in exc.lines(Language.EN)]
            print("\n".join(lines), file=sys.stderr)
            return EXIT_CHECKS_FAILED
        pdf, pages = final.pdf, final.pages
    else:
        against = (
            _signed_version(args, agreement.id, agreement.version)
            if args.redline is not None
            else None
        )
        result = render_agreement(
            agreement, catalogue, library, annotated=args.annotated, against=against
        )
        pdf, pages = result.pdf, result.pages
    report = None
    if args.report:
        from coopbuilder.documents.report import render_report

        report = render_report(agreement, catalogue, library)
    write_pdf(args.output, pdf)
    kind = "final agreement, ready to sign" if args.final else "agreement"
    if args.annotated:
        kind = "lawyers' edition of the agreement"
    if against is not None:
        kind += f" with its changes against version {against.version}"
    print(f"Wrote the {kind} ({pages} pages) to {args.output}.")
    if args.final:
        print("Its signature fields, for `coopbuilder sign --field NAME`:")
        print(format_fields(list_fields(pdf)))
    if report is not None:
        write_pdf(args.report, report)
        print(f"Wrote the readiness report to {args.report}.")
    return EXIT_OK


def _signed_version(args: argparse.Namespace, agreement_id: str, version: int) -> Agreement:
    """The version ``--redline`` names: from its exchange file, or from the agreement attached
    to its final PDF; it must be an earlier version of the same agreement."""
    path: Path = args.redline
    if path.suffix.lower() == ".pdf":
        from coopbuilder.core.exchange import loads
        from coopbuilder.core.files import read_user_file
        from coopbuilder.documents.embedded import ATTACHMENT_NAME, read_embedded_agreement
        from coopbuilder.documents.pdf_input import read_pdf
        from coopbuilder.workflows.signed_import import MAX_PDF_BYTES

        pdf = read_user_file(path, "a PDF", max_bytes=MAX_PDF_BYTES)
        attached = read_embedded_agreement(read_pdf(pdf))
        if attached is None:
            raise UserError(
                "{name} has no agreement attached: it is not a final PDF made by CoopBuilder. "
                "Give the signed version's final PDF or its exchange file.",
                name=path,
            )
        signed = loads(attached.data, source=f"{path} ({ATTACHMENT_NAME})")
    else:
        signed = read_agreement(path, args.passphrase_env, args.accept_unprotected)
    if signed.id != agreement_id:
        raise UserError(
            "{name} holds another agreement than {file}; mark the draft against a version of "
            "the same agreement.",
            name=path,
            file=args.file,
        )
    if signed.version >= version:
        raise UserError(
            "{name} holds version {signed} of the agreement, not one before the draft's "
            "version {draft}; mark the draft against the version signed before it.",
            name=path,
            signed=signed.version,
            draft=version,
        )
    return signed
