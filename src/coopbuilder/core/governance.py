"""Meetings, further actors, success indicators and the data protection impact assessment."""

from __future__ import annotations

import datetime as dt

from coopbuilder.core.base import Entity, Id, Model, Name, ShortText, Text
from coopbuilder.core.vocabulary import Cadence, DpiaStatus, MeetingKind, PartnerKind


class MeetingFormat(Entity):
    """A recurring exchange format: case conference, steering meeting or non-formal exchange."""

    kind: MeetingKind
    cadence: Cadence
    participants: Text = ""
    minutes_without_client_identifiers: bool = True
    note: Text = ""


class FurtherActor(Entity):
    """An actor outside the two partners who joins a case when needed (prison, probation...),
    or who passes cases to the partners, as an advice centre's hotline refers callers to a
    counselling NGO on the ground: ``referral`` says who refers whom to whom, when and with
    what; ``contact`` is where the partners reach the actor."""

    kind: PartnerKind
    name: Name
    when_involved: Text = ""
    may_receive: Text = ""
    referral: Text = ""
    contact: ShortText = ""


class SuccessIndicator(Entity):
    """How the partners will measure whether the cooperation works."""

    name: Name
    measure: Text = ""
    target: ShortText = ""
    result: ShortText = ""
    """What the review that made this version found against the target ("4 of 4 steering
    meetings held"); a new review's draft starts without one."""


class DpiaRecord(Model):
    """The data protection impact assessment (GDPR Art. 35) for the sharing under the agreement.

    Sensitive data about vulnerable people usually meets two WP248 criteria, so a DPIA is
    required by default.
    """

    required: bool = True
    status: DpiaStatus = DpiaStatus.NOT_STARTED
    lead_partner_id: Id | None = None
    completed_on: dt.date | None = None
    reference: ShortText = ""
    note: Text = ""
