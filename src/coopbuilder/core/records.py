"""What happens to an agreement after drafting: signatures on a version, and its reviews."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import Field

from coopbuilder.core.base import Id, Model, Name, ShortText, Text


class SignatureMethod(StrEnum):
    HANDWRITTEN = "handwritten"  # signed on paper; a scan may be kept
    QUALIFIED_ELECTRONIC = "qualified_electronic"  # eIDAS qualified electronic signature
    ADVANCED_ELECTRONIC = "advanced_electronic"
    OTHER = "other"


class SignatureRecord(Model):
    """One signatory's signature on one version of an agreement: who, when, where, how, and
    the SHA-256 of the signed document (a PDF), which may be stored with the record."""

    partner_id: Id
    signatory: Name
    role: ShortText = ""
    signed_on: dt.date
    place: ShortText = ""
    method: SignatureMethod = SignatureMethod.HANDWRITTEN
    file_name: ShortText = ""
    file_sha256: str = Field(default="", pattern=r"^([0-9a-f]{64})?$")
    note: Text = ""


class ReviewKind(StrEnum):
    ANNUAL = "annual"
    AFTER_INCIDENT = "after_incident"
    STAFF_CHANGE = "staff_change"
    LAW_CHANGE = "law_change"


class ReviewRecord(Model):
    """A review of a signed version: what worked, what failed, what was learned."""

    kind: ReviewKind = ReviewKind.ANNUAL
    held_on: dt.date
    participants: Text = ""
    reason: Text = ""  # why an extraordinary review was held
    what_worked: Text = ""
    what_failed: Text = ""
    lessons_learned: Text = ""
    staff_changes: Text = ""  # continuity: who left, who joined, how contacts were handed over
    incidents: Text = ""
    decisions: Text = ""
    note: Text = ""
