"""What ``assess`` and ``check`` print: the readiness findings and the agreement checks as text.

The command line speaks English (``CLI_LANGUAGE``); what the partners typed stays as typed.
"""

from __future__ import annotations

import textwrap

from coopbuilder.cli.common import (
    format_table,
)
from coopbuilder.core.agreement import Agreement
from coopbuilder.core.carry_over import replaced_statements
from coopbuilder.core.catalogue import Catalogue, default_catalogue
from coopbuilder.core.checks import CheckFinding, blocking
from coopbuilder.core.plurals import counted
from coopbuilder.core.scoring import AssessmentSummary, Band, Finding, PartnerScore
from coopbuilder.core.texts import label
from coopbuilder.core.vocabulary import FindingKind, Language

CLI_LANGUAGE = Language.EN


def _score_cell(score: PartnerScore, language: Language) -> str:
    band = label(score.band, language)
    if score.mean is None:
        return f"-     {band} ({score.rated} of {score.total} rated)"
    marker = "!" if score.band is Band.GAP else " "
    return f"{score.mean:4.2f} {marker}{band}"


def _catalogue_note(agreement: Agreement, catalogue: Catalogue) -> list[str]:
    """What the catalogue version means for the scores: "don't know" on a knowledge statement
    (current catalogue), or which statements have been replaced since (an earlier one)."""
    current = default_catalogue()
    if catalogue.catalogue_version == current.catalogue_version:
        return [
            '"Don\'t know" on a statement about what a partner knows is a knowledge gap '
            '(counted as 1); "not applicable" is left out.'
        ]
    replaced = replaced_statements(agreement, current)
    return [
        _wrap(
            f"Rated against precondition catalogue version {catalogue.catalogue_version} and "
            "scored as then; replaced since (the next review rates the current statements):",
            indent=0,
        ),
        _wrap(", ".join(c.old_id for c in replaced)),
    ]


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
                parts.append(counted(differing, "statement", lang))
            gap = "yes: " + ", ".join(parts)
        rows.append(
            [name, _score_cell(result.scores[0], lang), _score_cell(result.scores[1], lang), gap]
        )
    overall = [
        f"{o.mean:4.2f}  {label(o.band, lang)}" if o.mean is not None else "-"
        for o in summary.overall
    ]
    gaps = counted(summary.perception_gaps, "perception gap", lang)
    rows.append(["Overall", overall[0], overall[1], gaps])
    out = [
        f"Readiness assessment: {agreement.title}",
        "",
        format_table(["Precondition", first.label, second.label, "Perception gap"], rows),
        "",
        "Bands: 4.00-5.00 strength, 3.00-3.99 borderline (discuss), below 3.00 gap (!).",
        "A perception gap: means 1.50 or more apart, or one statement rated 2 or more apart.",
        *_catalogue_note(agreement, catalogue),
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
        if finding.kind is FindingKind.KNOWLEDGE_GAP:
            lines.extend(
                _wrap(f'"don\'t know": {catalogue.statement(sid).text.get(lang)}')
                for sid in finding.statement_ids
            )
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
            "    to discuss; "
            + counted(len(finding.recommended_actions), "recommended action", lang)
            + " in the catalogue"
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
    counts = f"{counted(errors, 'error', 'en')}, {counted(warnings, 'warning', 'en')}"
    out.append(f"{counts}. {verdict}")
    return "\n".join(out)
