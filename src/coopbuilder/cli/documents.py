"""The ``render`` command: the agreement (and the readiness report) as PDF files.

Imports nothing from Qt, so the command starts fast and runs on a server.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from coopbuilder.cli.common import EXIT_OK
from coopbuilder.core.catalogue import default_catalogue
from coopbuilder.core.exchange import read_exchange_file


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
        help="the agreement PDF to write",
    )
    render.add_argument(
        "--report", type=Path, metavar="REPORT.pdf", help="also write the readiness report"
    )
    render.add_argument(
        "--templates",
        type=Path,
        metavar="DIR",
        help="a folder with the organisation's own clause library (DIR/en/... or DIR itself)",
    )
    render.set_defaults(run=_render)


def _render(args: argparse.Namespace) -> int:
    from coopbuilder.documents.agreement import render_agreement, write_pdf
    from coopbuilder.documents.report import render_report
    from coopbuilder.documents.templates import clause_library

    agreement = read_exchange_file(args.file)
    catalogue = default_catalogue()
    library = clause_library(agreement.language, args.templates)
    result = render_agreement(agreement, catalogue, library)
    report = render_report(agreement, catalogue, library) if args.report else None
    write_pdf(args.output, result.pdf)
    print(f"Wrote the agreement ({result.pages} pages) to {args.output}.")
    if report is not None:
        write_pdf(args.report, report)
        print(f"Wrote the readiness report to {args.report}.")
    return EXIT_OK
