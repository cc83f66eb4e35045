"""What the clause templates can read: the agreement turned into plain, readable values.

Every fixed choice is already its label in the agreement's language (``core.texts.label``),
every date is formatted with Babel for the library's locale, and the sharing rules are sorted
into the groups the clauses talk about. The templates only choose wording; they never compute.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from typing import Any

from babel.dates import format_date
from babel.numbers import format_decimal
from pydantic import BaseModel
from pydantic_core import PydanticSerializationError

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.assessment import Action
from coopbuilder.core.catalogue import Catalogue, catalogue_for
from coopbuilder.core.governance import DpiaRecord
from coopbuilder.core.legal import TRIGGER_LAW, open_questions
from coopbuilder.core.parties import EscalationContact, Partner
from coopbuilder.core.review import ReviewContext
from coopbuilder.core.scoring import AssessmentSummary, Finding, assess
from coopbuilder.core.sharing import SharingRule
from coopbuilder.core.texts import label
from coopbuilder.core.vocabulary import (
    AgreementStatus,
    FindingKind,
    GermanArticle,
    Sector,
    SharingWhen,
)
from coopbuilder.documents.layout import Metadata
from coopbuilder.documents.review_view import review_view
from coopbuilder.documents.styles import Styles
from coopbuilder.documents.templates import ClauseLibrary

View = dict[str, Any]

FINAL_STATUSES = frozenset({AgreementStatus.READY_TO_SIGN, AgreementStatus.SIGNED})
"""An agreement in one of these states carries no DRAFT watermark."""


@lru_cache(maxsize=4096)
def _long_date(day: dt.date, locale: str) -> str:
    """A day as the locale writes it in full (Babel's formatting is slow, and a document has
    the same few days many times)."""
    return str(format_date(day, format="long", locale=locale))


@lru_cache(maxsize=4096)
def _decimal(value: float, locale: str) -> str:
    """A number with two decimals, as the locale writes it."""
    return str(format_decimal(value, format="0.00", locale=locale))


class Formatter:
    """Dates, numbers and labels in the library's language."""

    def __init__(self, library: ClauseLibrary) -> None:
        self.library = library
        self.language = library.language
        self.locale = library.locale

    def date(self, day: dt.date | None) -> str:
        return "" if day is None else _long_date(day, self.locale)

    def number(self, value: float | None) -> str:
        return "" if value is None else _decimal(value, self.locale)

    def label(self, value: Any) -> str:
        return "" if value is None else label(value, self.language)

    def word(self, key: str, **params: Any) -> str:
        return self.library.word(key, **params)


_ARTICLES = {
    # nominative, genitive, dative, accusative; "von dem" and "bei dem" contract
    GermanArticle.DER: ("der", "des", "dem", "den"),
    GermanArticle.DIE: ("die", "der", "der", "die"),
    GermanArticle.DAS: ("das", "des", "dem", "das"),
}
_CONTRACTED = {"von dem": "vom", "bei dem": "beim"}
_CASES = ("nom", "gen", "dat", "acc", "von", "bei", "an", "fuer")


def _declined(partner: Partner) -> View:
    """The partner's short label in the cases German running text needs ("das LKA", "des LKA",
    "vom LKA", "beim LKA", "an das LKA", "für das LKA") and the full name after "Für" ("Für das
    Landeskriminalamt ..."). Without an article the label stands alone ("von Brückenschlag");
    in English every form is the label itself."""
    label = partner.label
    if partner.article is None:
        return {
            "nom": label,
            "gen": f"von {label}",
            "dat": label,
            "acc": label,
            "von": f"von {label}",
            "bei": f"bei {label}",
            "an": f"an {label}",
            "fuer": f"für {label}",
            "name_acc": partner.name,
        }
    nom, gen, dat, acc = _ARTICLES[partner.article]

    def with_dative(prep: str) -> str:
        joined = f"{prep} {dat}"
        return f"{_CONTRACTED.get(joined, joined)} {label}"

    return {
        "nom": f"{nom} {label}",
        "gen": f"{gen} {label}",
        "dat": f"{dat} {label}",
        "acc": f"{acc} {label}",
        "von": with_dative("von"),
        "bei": with_dative("bei"),
        "an": f"an {acc} {label}",
        "fuer": f"für {acc} {label}",
        "name_acc": f"{acc} {partner.name}",
    }


def _partner(fmt: Formatter, partner: Partner) -> View:
    if fmt.language == "de":
        declined = _declined(partner)
    else:
        declined = {**dict.fromkeys(_CASES, partner.label), "name_acc": partner.name}
    declined["nom_start"] = declined["nom"][:1].upper() + declined["nom"][1:]
    return {
        **declined,
        "law": fmt.word(f"law_{partner.kind.value}"),
        "duties": fmt.word(f"duties_{partner.kind.value}"),
        "id": partner.id,
        "name": partner.name,
        "short_name": partner.short_name,
        "label": partner.label,
        "kind": partner.kind.value,
        "kind_label": fmt.label(partner.kind),
        "sector": partner.sector.value,
        "is_security": partner.sector is Sector.SECURITY,
        "regime": partner.regime.value,
        "regime_label": fmt.label(partner.regime),
        "address": partner.address,
        "dpo": partner.data_protection_officer,
        "representatives": [
            {"id": r.id, "name": r.name, "role": r.role, "signs": r.signs}
            for r in partner.representatives
        ],
        "signatories": [{"id": r.id, "name": r.name, "role": r.role} for r in partner.signatories],
    }


def legal_basis_text(fmt: Formatter, rule: SharingRule) -> str:
    """The legal basis of a rule as one line: labels, Art. 10 authorisation, national law."""
    basis = rule.legal_basis
    parts = [fmt.label(basis.art6), fmt.label(basis.art9)]
    if basis.art10:
        parts.append(fmt.word("art10", text=basis.art10))
    national = basis.national_law
    if national and not any(char.isdigit() for char in national):
        national = fmt.word("unnamed_provision", text=national)  # no provision named: open
    parts.append(national)
    return "; ".join(p for p in parts if p)


def collection_text(fmt: Formatter, rule: SharingRule) -> str:
    """The second door: the recipient's basis for collecting personal data, or that it is an
    open question for the lawyers."""
    if not (rule.is_shared and rule.involves_personal_data):
        return ""
    if not rule.legal_basis.collection:
        return fmt.word("collection_open")
    collection = rule.legal_basis.collection
    if not any(char.isdigit() for char in collection):
        collection = fmt.word("unnamed_provision", text=collection)
    return fmt.word("collection", text=collection)


def _threshold_label(fmt: Formatter, rule: SharingRule) -> str:
    """The threshold as the rule states it: probability and imminence, or, for a statutory
    trigger, the condition the law sets."""
    if rule.trigger is not None and TRIGGER_LAW[rule.trigger].statutory:
        return fmt.word("statutory_threshold")
    if rule.threshold is None and rule.imminence is None:
        return ""
    return fmt.word(
        "threshold", threshold=fmt.label(rule.threshold), imminence=fmt.label(rule.imminence)
    )


def _rule(fmt: Formatter, number: int, rule: SharingRule, partners: dict[str, View]) -> View:
    safeguards = [
        fmt.word(key) for key, on in (("four_eyes", rule.four_eyes), ("logged", rule.logged)) if on
    ]
    law = TRIGGER_LAW.get(rule.trigger) if rule.trigger else None
    return {
        "id": rule.id,
        "number": number,
        "category": rule.category,
        "sender": partners[rule.from_partner_id],
        "recipient": partners[rule.to_partner_id],
        "when": rule.when.value,
        "when_label": fmt.label(rule.when),
        "trigger": rule.trigger.value if rule.trigger else "",
        "trigger_label": fmt.label(rule.trigger),
        "threshold": rule.threshold.value if rule.threshold else "",
        "threshold_label": _threshold_label(fmt, rule),
        "imminence": rule.imminence.value if rule.imminence else "",
        "imminence_label": fmt.label(rule.imminence),
        "statutory": law is not None and law.statutory,
        "personal_duty": law is not None and law.personal_duty,
        "channel_label": fmt.label(rule.channel),
        "basis": legal_basis_text(fmt, rule),
        "collection": collection_text(fmt, rule),
        "recipient_roles": list(rule.recipient_roles),
        "recipients": "; ".join(rule.recipient_roles),
        "retention": rule.retention,
        "safeguards": ", ".join(safeguards),
        "four_eyes": rule.four_eyes,
        "logged": rule.logged,
        "personal_data": rule.involves_personal_data,
        "sensitive": rule.is_sensitive,
        "special_category": rule.special_category,
        "criminal_offence_data": rule.criminal_offence_data,
        "counselling_content": rule.counselling_content,
        "note": rule.note or rule.legal_basis.note,
    }


def _contact(
    fmt: Formatter, contact: EscalationContact, agreement: Agreement, partners: dict[str, View]
) -> View:
    deputy = agreement.contact(contact.deputy_id) if contact.deputy_id else None
    return {
        "id": contact.id,
        "name": contact.name,
        "role": contact.role,
        "partner": partners[contact.partner_id],
        "level": int(contact.level),
        "level_label": fmt.label(contact.level),
        "availability": contact.availability.value,
        "availability_label": fmt.label(contact.availability),
        "round_the_clock": contact.availability.value == "24_7",
        "phone": contact.phone,
        "email": contact.secure_email,
        "deputy": deputy.name if deputy else "",
        "deputy_role": deputy.role if deputy else "",
    }


def _action(fmt: Formatter, action: Action, partners: dict[str, View]) -> View:
    owner = (
        fmt.word("both_partners")
        if action.both_partners
        else partners[action.owner_partner_id]["label"]
        if action.owner_partner_id
        else ""
    )
    return {
        "text": action.text,
        "owner": owner or fmt.word("none"),
        "due": fmt.date(action.due_date) or fmt.word("none"),
        "status": fmt.label(action.status),
        "finding": action.finding.value,
    }


def _finding(
    fmt: Formatter,
    agreement: Agreement,
    catalogue: Catalogue,
    summary: AssessmentSummary,
    finding: Finding,
    partners: dict[str, View],
) -> View:
    precondition = catalogue.precondition(finding.precondition_id)
    result = summary.result(finding.precondition_id)
    if finding.kind is FindingKind.PERCEPTION_GAP:
        details = []
        if result.means_differ:
            details.append(fmt.word("means_apart", difference=fmt.number(result.mean_difference)))
        apart = sum(1 for s in result.statements if s.perception_gap)
        if apart:
            details.append(fmt.word("statements_apart", count=apart))
        who = "; ".join(details)
    else:
        who = ", ".join(partners[pid]["label"] for pid in finding.partner_ids)
    actions = [
        _action(fmt, a, partners)
        for a in agreement.actions
        if a.precondition_id == finding.precondition_id and a.finding is finding.kind
    ]
    return {
        "precondition_id": precondition.id,
        "precondition": precondition.name.get(fmt.language),
        "clause": finding.clause,
        "kind": finding.kind.value,
        "kind_label": fmt.label(finding.kind),
        "partners": who,
        "needs_action": finding.needs_action,
        "actions": actions,
        "recommended": [r.get(fmt.language) for r in finding.recommended_actions],
    }


def _clause_findings(fmt: Formatter, findings: list[View]) -> dict[str, View]:
    """Per catalogue clause: what the assessment found, for a sentence in that clause."""
    by_clause: dict[str, View] = {}
    for item in findings:
        if not item["needs_action"]:
            continue
        entry = by_clause.setdefault(
            item["clause"], {"needs_action": True, "items": [], "actions": []}
        )
        entry["items"].append(item)
        entry["actions"].extend(item["actions"])
        entry["description"] = "; ".join(
            fmt.word(
                "finding",
                kind=i["kind_label"],
                precondition=i["precondition"],
                partners=i["partners"],
            )
            for i in entry["items"]
        )
    return by_clause


def _readiness(
    fmt: Formatter,
    agreement: Agreement,
    catalogue: Catalogue,
    summary: AssessmentSummary,
    partners: dict[str, View],
) -> View:
    findings = [_finding(fmt, agreement, catalogue, summary, f, partners) for f in summary.findings]
    overall = [
        {
            "partner": partners[o.partner_id],
            "mean": fmt.number(o.mean) or fmt.word("not_assessed"),
            "band": fmt.label(o.band),
            "strengths": o.strengths,
            "borderline": o.borderline,
            "gaps": o.gaps,
            "not_assessed": o.not_assessed,
        }
        for o in summary.overall
    ]
    return {
        "assessed": any(r.value is not None for r in agreement.assessment.ratings),
        "preconditions": len(catalogue.preconditions),
        "catalogue_version": catalogue.catalogue_version,
        "overall": overall,
        "findings": findings,
        "needing_action": [f for f in findings if f["needs_action"]],
        "by_clause": _clause_findings(fmt, findings),
    }


def _dpia(fmt: Formatter, dpia: DpiaRecord, partners: dict[str, View]) -> View:
    return {
        "required": dpia.required,
        "status": dpia.status.value,
        "status_label": fmt.label(dpia.status),
        "lead": partners[dpia.lead_partner_id] if dpia.lead_partner_id else None,
        "completed_on": fmt.date(dpia.completed_on),
        "reference": dpia.reference,
        "note": dpia.note,
    }


def _open_questions(fmt: Formatter, agreement: Agreement) -> list[View]:
    """The open legal questions, numbered, each with the section it concerns."""
    out = []
    for number, question in enumerate(open_questions(agreement), start=1):
        params = dict(question.params)
        if "nature" in params:
            params["nature"] = fmt.label(agreement.legal_nature)
        out.append(
            {
                "number": number,
                "text": fmt.word(question.code, **params),
                "section": question.section,
            }
        )
    return out


def _ngo_and_agency(agreement: Agreement, partners: dict[str, View]) -> tuple[View, View]:
    first, second = agreement.partners
    if first.sector is Sector.SECURITY and second.sector is not Sector.SECURITY:
        first, second = second, first
    return partners[first.id], partners[second.id]


def _flows(rules: list[View], agreement: Agreement, partners: dict[str, View]) -> list[View]:
    flows = []
    for sender in agreement.partners:
        recipient = agreement.other_partner(sender.id)
        shared = [
            r for r in rules if r["sender"]["id"] == sender.id and r["when"] != SharingWhen.NEVER
        ]
        if shared:
            flows.append(
                {
                    "sender": partners[sender.id],
                    "recipient": partners[recipient.id],
                    "rules": shared,
                }
            )
    return flows


def build_context(
    agreement: Agreement,
    catalogue: Catalogue,
    summary: AssessmentSummary,
    library: ClauseLibrary,
    review: ReviewContext | None = None,
) -> View:
    """Everything the clause templates can read (see agreement_templates/README.md)."""
    fmt = Formatter(library)
    partners = {p.id: _partner(fmt, p) for p in agreement.partners}
    rules = [_rule(fmt, i, r, partners) for i, r in enumerate(agreement.sharing_rules, start=1)]
    contacts = [_contact(fmt, c, agreement, partners) for c in agreement.contacts]
    ngo, agency = _ngo_and_agency(agreement, partners)

    def group(when: SharingWhen) -> list[View]:
        return [r for r in rules if r["when"] == when.value]

    trigger_rules = group(SharingWhen.ON_TRIGGER)
    return {
        "agreement": {
            "title": agreement.title,
            "purpose": agreement.purpose,
            "scope": agreement.scope,
            "out_of_scope": agreement.out_of_scope,
            "version": agreement.version,
            "status": agreement.status.value,
            "status_label": fmt.label(agreement.status),
            "is_final": agreement.status in FINAL_STATUSES,
            "effective_date": fmt.date(agreement.effective_date),
            "term_months": agreement.term_months,
            "review_interval_months": agreement.review_interval_months,
            "next_review_date": fmt.date(agreement.next_review_date),
            "before_signing": sum(1 for a in agreement.actions if a.before_signing),
            "legal_nature": agreement.legal_nature.value,
            "legal_nature_label": fmt.label(agreement.legal_nature),
        },
        "fields_of_work": [field.value for field in agreement.fields_of_work],
        "fields_of_work_labels": [fmt.label(field) for field in agreement.fields_of_work],
        "partners": [partners[p.id] for p in agreement.partners],
        "ngo": ngo,
        "agency": agency,
        "rules": rules,
        "shared_rules": [r for r in rules if r["when"] != SharingWhen.NEVER.value],
        "routine_rules": group(SharingWhen.ROUTINE),
        "consent_rules": group(SharingWhen.ON_REQUEST_WITH_CONSENT),
        "trigger_rules": trigger_rules,
        "never_rules": group(SharingWhen.NEVER),
        "triggers": sorted({r["trigger"] for r in trigger_rules if r["trigger"]}),
        "flows": _flows(rules, agreement, partners),
        "contacts": contacts,
        "round_the_clock": [c for c in contacts if c["round_the_clock"]],
        "meetings": [
            {
                "kind_label": fmt.label(m.kind),
                "cadence_label": fmt.label(m.cadence),
                "participants": m.participants,
                "minutes_without_client_identifiers": m.minutes_without_client_identifiers,
                "note": m.note,
            }
            for m in agreement.meetings
        ],
        "further_actors": [
            {
                "name": f.name,
                "kind_label": fmt.label(f.kind),
                "when_involved": f.when_involved,
                "may_receive": f.may_receive,
                "referral": f.referral,
                "contact": f.contact,
            }
            for f in agreement.further_actors
        ],
        "referring_actors": [
            {"name": f.name, "referral": f.referral, "contact": f.contact}
            for f in agreement.further_actors
            if f.referral
        ],
        "indicators": [
            {"name": s.name, "measure": s.measure, "target": s.target, "result": s.result}
            for s in agreement.success_indicators
        ],
        "dpia": _dpia(fmt, agreement.dpia, partners),
        "readiness": _readiness(fmt, agreement, catalogue, summary, partners),
        "review": None if review is None else review_view(fmt, review, partners),
        "annotated": False,  # the lawyers' edition sets it: the annex of open questions
        "redline": None,  # the draft marked against the signed version sets it
        "open_questions": _open_questions(fmt, agreement),
    }


def _all_text(model: BaseModel) -> str:
    """Every text of ``model`` in one string (for the fonts to cover its characters). A lone
    surrogate, which only a model changed without validation can hold, does not stop it: the
    documents print it as U+FFFD (see :func:`markup.printable`)."""
    try:
        return model.model_dump_json()
    except PydanticSerializationError:
        return json.dumps(model.model_dump(mode="json"), ensure_ascii=False)


class Rendering:
    """What every document is made from: the agreement and its assessment, the catalogue, the
    clause library, the styles, and the template context built from them."""

    def __init__(
        self,
        agreement: Agreement,
        catalogue: Catalogue,
        library: ClauseLibrary,
        styles: Styles,
        review: ReviewContext | None = None,
    ) -> None:
        self.agreement = agreement
        catalogue = catalogue_for(agreement.catalogue_version, catalogue)  # the one it is rated on
        self.catalogue = catalogue
        self.summary = assess(agreement, catalogue)
        self.library = library
        self.styles = styles
        self.fmt = Formatter(library)
        styles.cover(_all_text(agreement) + (_all_text(review) if review else ""))
        self.context = build_context(agreement, catalogue, self.summary, library, review)

    def pdf_metadata(self, title: str, subject: str) -> Metadata:
        """The PDF's document information: ``title`` and ``subject``, the partners as its
        author, the library's keywords, the agreement's language, and the version's own date
        as the creation date (the day it takes effect)."""
        return Metadata(
            created=self.agreement.effective_date,
            title=title,
            subject=subject,
            author=" / ".join(p.name for p in self.agreement.partners),
            keywords=self.library.plain("keywords", self.context),
            language=self.agreement.language.value,
        )
