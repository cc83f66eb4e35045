"""Commands on an agreement file: ``demo``, ``assess`` and ``check``.

The command line speaks English (``CLI_LANGUAGE``); what the partners typed stays as typed.
"""

from __future__ import annotations

import argparse
import textwrap
from pathlib import Path

from coopbuilder.cli.common import (
    EXIT_CHECKS_FAILED,
    EXIT_OK,
    format_table,
    passphrase_option,
    read_agreement,
)
from coopbuilder.core.agreement import Agreement
from coopbuilder.core.catalogue import Catalogue, default_catalogue
from coopbuilder.core.checks import CheckFinding, blocking, check_agreement
from coopbuilder.core.exchange import write_exchange_file
from coopbuilder.core.scoring import AssessmentSummary, Band, Finding, PartnerScore, assess
from coopbuilder.core.texts import label
from coopbuilder.core.vocabulary import FindingKind, Language

CLI_LANGUAGE = Language.EN


def _score_cell(score: PartnerScore, language: Language) -> str:
    band = label(score.band, language)
    if score.mean is None:
        return f"-     {band} ({score.rated} of {score.total} rated)"
    marker = "!" if score.band is Band.GAP else " "
    return f"{score.mean:4.2f} {marker}{band}"


def format_assessment(
    agreement: Agreement, summary: AssessmentSummary, catalogue: Catalogue
) -> str:
    lang = CLI_LANGUAGE
    first, second = (agreement.partner(pid) for pid in summary.partner_ids)
    rows = []
    for result in summary.results:
        name = catalogue.precondition(result.precondition_id).name.get(lang)
        differing = sum(1 for s in result.statements if s.perception_gap)
        gap = ""
        if result.perception_gap:
            parts = [f"means {result.mean_difference:.2f} apart"] if result.means_differ else []
            if differing:
                parts.append(f"{differing} statement(s)")
            gap = "yes: " + ", ".join(parts)
        rows.append(
            [name, _score_cell(result.scores[0], lang), _score_cell(result.scores[1], lang), gap]
        )
    overall = [
        f"{o.mean:4.2f}  {label(o.band, lang)}" if o.mean is not None else "-"
        for o in summary.overall
    ]
    rows.append(["Overall", overall[0], overall[1], f"{summary.perception_gaps} perception gap(s)"])
    out = [
        f"Readiness assessment: {agreement.title}",
        "",
        format_table(["Precondition", first.label, second.label, "Perception gap"], rows),
        "",
        "Bands: 4.00-5.00 strength, 3.00-3.99 borderline (discuss), below 3.00 gap (!).",
        "A perception gap: means 1.50 or more apart, or one statement rated 2 or more apart.",
        "",
        "Findings",
    ]
    if not summary.findings:
        out.append("  None: no gaps, no borderline results, no perception gaps.")
    for finding in summary.findings:
        out.extend(_format_finding(agreement, summary, catalogue, finding))
    return "\n".join(out)


def _format_finding(
    agreement: Agreement, summary: AssessmentSummary, catalogue: Catalogue, finding: Finding
) -> list[str]:
    lang = CLI_LANGUAGE
    name = catalogue.precondition(finding.precondition_id).name.get(lang)
    result = summary.result(finding.precondition_id)
    if finding.kind is FindingKind.PERCEPTION_GAP:
        labels = [agreement.partner(pid).label for pid in summary.partner_ids]
        details = [
            f"{s.statement_id} ({s.values[0]} vs {s.values[1]})"
            for s in result.statements
            if s.perception_gap
        ]
        who = "the partners see it differently"
        if result.means_differ:
            means = [
                f"{lbl} {score.mean:.2f}" for lbl, score in zip(labels, result.scores, strict=True)
            ]
            who += ": " + ", ".join(means)
        lines = [f"- {label(finding.kind, lang)}: {name} ({who})"]
        if details:
            lines.append(_wrap("statements rated 2 or more apart: " + ", ".join(details)))
    else:
        who = ", ".join(agreement.partner(pid).label for pid in finding.partner_ids)
        lines = [f"- {label(finding.kind, lang)}: {name} ({who})"]
    agreed = [
        a
        for a in agreement.actions
        if a.precondition_id == finding.precondition_id and a.finding is finding.kind
    ]
    for action in agreed:
        owner = (
            "both partners"
            if action.both_partners
            else agreement.partner(action.owner_partner_id).label
            if action.owner_partner_id
            else "no owner"
        )
        due = action.due_date.isoformat() if action.due_date else "no date"
        lines.append(
            _wrap(
                f"agreed action: {action.text} [{owner}, due {due}, "
                f"{label(action.status, lang).lower()}]"
            )
        )
    if not agreed and finding.needs_action:
        lines.append("    no action agreed yet; recommended:")
        lines.extend(_wrap(f"* {r.get(lang)}", indent=6) for r in finding.recommended_actions)
    elif not agreed:
        lines.append(
            f"    to discuss; {len(finding.recommended_actions)} recommended action(s) "
            "in the catalogue"
        )
    return lines


def _wrap(text: str, indent: int = 4) -> str:
    return textwrap.fill(
        text, width=100, initial_indent=" " * indent, subsequent_indent=" " * (indent + 2)
    )


def format_checks(findings: list[CheckFinding], language: Language) -> str:
    if not findings:
        return "No problems found: the agreement passes every check."
    out = []
    for finding in findings:
        head = f"{label(finding.severity, language).upper():8}{finding.field}"
        out.append(head)
        out.append(_wrap(finding.message(language)))
    errors = len(blocking(findings))
    warnings = len(findings) - errors
    verdict = (
        "These errors keep the agreement from being ready to sign."
        if errors
        else "No errors: the agreement can be marked ready to sign."
    )
    out.append("")
    out.append(f"{errors} error(s), {warnings} warning(s). {verdict}")
    return "\n".join(out)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = commands.add_parser("demo", help="write a realistic example agreement file")
    demo.add_argument("out", type=Path, metavar="OUT.json", help="the file to write")
    demo.add_argument(
        "--lang",
        choices=[lang.value for lang in Language],
        default="en",
        help="language of the agreement (default: en)",
    )
    demo.set_defaults(run=_demo)

    assess_cmd = commands.add_parser("assess", help="print the readiness findings of a file")
    assess_cmd.add_argument("file", type=Path, metavar="FILE.json")
    passphrase_option(assess_cmd, "of a protected file", reading=True)
    assess_cmd.set_defaults(run=_assess)

    check = commands.add_parser(
        "check", help="print the agreement checks of a file; exit code 1 if any is an error"
    )
    check.add_argument("file", type=Path, metavar="FILE.json")
    passphrase_option(check, "of a protected file", reading=True)
    check.set_defaults(run=_check)


def _demo(args: argparse.Namespace) -> int:
    from coopbuilder.core.demo import demo_agreement

    write_exchange_file(args.out, demo_agreement(args.lang))
    print(f"Wrote the demo agreement to {args.out}.")
    return EXIT_OK


def _assess(args: argparse.Namespace) -> int:
    catalogue = default_catalogue()
    agreement = read_agreement(args.file, args.passphrase_env, args.accept_unprotected)
    print(format_assessment(agreement, assess(agreement, catalogue), catalogue))
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    catalogue = default_catalogue()
    agreement = read_agreement(args.file, args.passphrase_env, args.accept_unprotected)
    findings = check_agreement(agreement, catalogue)
    print(format_checks(findings, CLI_LANGUAGE))
    return EXIT_CHECKS_FAILED if blocking(findings) else EXIT_OK
