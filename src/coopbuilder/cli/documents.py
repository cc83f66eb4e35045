"""The ``render`` command: the agreement (and the readiness report) as PDF files; with
``--final``, the ready-to-sign agreement with its empty signature fields.

Imports nothing from Qt, so the command starts fast and runs on a server.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from coopbuilder.cli.common import (
    EXIT_CHECKS_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    passphrase_option,
    read_agreement,
)
from coopbuilder.cli.signing import format_fields
from coopbuilder.core.catalogue import catalogue_for
from coopbuilder.core.errors import UserError


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
        help="write the lawyers' edition: the draft with an annex that numbers every open legal "
        "question the partners left for their lawyers",
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
    from coopbuilder.core.vocabulary import Language
    from coopbuilder.documents.agreement import render_agreement, write_pdf
    from coopbuilder.documents.report import render_report
    from coopbuilder.documents.templates import clause_library

    agreement = read_agreement(args.file, args.passphrase_env, args.accept_unprotected)
    catalogue = catalogue_for(agreement.catalogue_version)
    library = clause_library(agreement.language, args.templates)
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
            write_pdf(args.report, render_report(agreement, catalogue, library))
            print(f"Wrote the readiness report to {args.report}.")
        return EXIT_OK
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
        result = render_agreement(agreement, catalogue, library, annotated=args.annotated)
        pdf, pages = result.pdf, result.pages
    report = render_report(agreement, catalogue, library) if args.report else None
    write_pdf(args.output, pdf)
    kind = "final agreement, ready to sign" if args.final else "agreement"
    if args.annotated:
        kind = "lawyers' edition of the agreement"
    print(f"Wrote the {kind} ({pages} pages) to {args.output}.")
    if args.final:
        print("Its signature fields, for `coopbuilder sign --field NAME`:")
        print(format_fields(list_fields(pdf)))
    if report is not None:
        write_pdf(args.report, report)
        print(f"Wrote the readiness report to {args.report}.")
    return EXIT_OK
