"""PLF meetings end to end: create from a template, edit field by field, follow up, report."""

from __future__ import annotations

import datetime as dt
from typing import Any

from plf_desktop.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from plf_desktop.domain.labels import (
    AgreementStatus,
    Attendance,
    DataLevel,
    DataSource,
    ItemKind,
    SourceKind,
)
from plf_desktop.domain.records import (
    AgendaItem,
    Agreement,
    AgreementRow,
    DataReference,
    Decision,
    FollowUp,
    Meeting,
    MeetingReport,
    MeetingSummary,
    Participant,
    School,
    new_id,
)
from plf_desktop.domain.validation import limit_text, require_text
from plf_desktop.services.agreement_service import AgreementService
from plf_desktop.services.base import Service
from plf_desktop.services.template_service import TemplateService
from plf_desktop.storage.agreement_repo import AgreementRepository
from plf_desktop.storage.connection import Database
from plf_desktop.storage.meeting_repo import MeetingRepository
from plf_desktop.storage.people_repo import PeopleRepository, TeamRepository
from plf_desktop.storage.school_repo import SchoolRepository
from plf_desktop.storage.trash_repo import TrashRepository

_TITLE = QT_TRANSLATE_NOOP("Errors", "The title")
_WHAT = QT_TRANSLATE_NOOP("Errors", "The agreement")
_TEXT_FIELDS = {"place", "next_place", "next_note", "evaluation_note", "description", "notes",
                "summary", "period", "note"}


def _check_minutes(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 < value <= 480:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The minutes must be a whole number from 1 to 480."),
            field="minutes")
    return value


def _clean(fields: dict[str, Any]) -> dict[str, Any]:
    """Validate the fields the editor saves, whichever record they belong to."""
    clean = dict(fields)
    for name, value in fields.items():
        if name in ("title", "what"):
            clean[name] = require_text(value, name, _TITLE if name == "title" else _WHAT)
        elif name in _TEXT_FIELDS:
            clean[name] = limit_text(value or "", name)
        elif name == "minutes":
            clean[name] = _check_minutes(value)
        elif name == "evaluation_rating" and value is not None and value not in range(1, 6):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The rating must be 1 to 5."),
                                  field=name)
        elif name in ("date", "next_date", "due") and value is not None and not isinstance(
                value, dt.date):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "That is not a date."), field=name)
    if "date" in fields and fields["date"] is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A meeting needs a date."), field="date")
    return clean


class MeetingService(Service):
    """Use cases of the *PLF-møder* area and the meeting editor."""

    def __init__(self, db: Database, templates: TemplateService) -> None:
        super().__init__(db)
        self.templates = templates
        self.meetings = MeetingRepository(db)
        self.agreement_repo = AgreementRepository(db)
        self.agreement_service = AgreementService(db)
        self.people = PeopleRepository(db)
        self.teams = TeamRepository(db)
        self.trash = TrashRepository(db)

    # -- the list ----------------------------------------------------------------------------
    def summaries(self) -> list[MeetingSummary]:
        """Every meeting for the list, newest first."""
        return self.meetings.summaries()

    def get(self, meeting_id: str) -> Meeting:
        """A whole meeting, or NotFoundError."""
        meeting = self.meetings.get(meeting_id)
        if meeting is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "There is no meeting with id {id}."),
                                id=meeting_id)
        return meeting

    def create(self, *, date: dt.date, team_id: str | None = None, template_key: str = "",
               title: str = "", start_time: dt.time | None = None, place: str = "") -> Meeting:
        """A new meeting with the template's agenda and the team's members invited.

        The team's open agreements from earlier meetings show up at once under *Opfølgning på
        aftaler* (see :meth:`follow_ups`).
        """
        template = self.templates.agenda_template(template_key) if template_key else None
        team = self.teams.get(team_id) if team_id else None
        if team_id and team is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "That team no longer exists."))
        if not title.strip():
            title = f"PLF-møde – {team.name}" if team else (template.name if template else "")
        agenda = tuple(
            AgendaItem(new_id(), item.title, item.kind, item.minutes, None, item.description)
            for item in (template.items if template else ()))
        meeting = Meeting(
            id=new_id(), title=require_text(title, "title", _TITLE), date=date,
            start_time=start_time, place=limit_text(place, "place"), team_id=team_id,
            template_key=template_key, agenda=agenda,
            participants=tuple(Participant(pid) for pid in (team.member_ids if team else ())))
        with self.transaction():
            self.meetings.insert(meeting)
        return meeting

    def update(self, meeting_id: str, **fields: Any) -> None:
        """Save some header fields (title, date, roles, næste møde, evaluation, …)."""
        fields = _clean(fields)
        with self.transaction():
            self.meetings.update_fields(meeting_id, fields)
            if "team_id" in fields:
                self.agreement_service.move_to_team(SourceKind.MEETING, meeting_id,
                                                    fields["team_id"])

    def set_participants(self, meeting_id: str, participants: list[Participant]) -> None:
        """Who is invited, and who sent *afbud*."""
        with self.transaction():
            self.meetings.set_participants(meeting_id, tuple(participants))

    def set_attendance(self, meeting_id: str, person_id: str, attendance: Attendance) -> None:
        """Mark one participant present or absent."""
        meeting = self.get(meeting_id)
        self.set_participants(meeting_id, [
            Participant(p.person_id, attendance if p.person_id == person_id else p.attendance)
            for p in meeting.participants])

    def delete(self, meeting_id: str) -> None:
        """Move a meeting to the trash (its agreements leave the Aftaler view with it)."""
        with self.transaction():
            self.trash.trash("meetings", meeting_id)

    def restore(self, meeting_id: str) -> None:
        """Undo :meth:`delete`."""
        with self.transaction():
            self.trash.restore("meetings", meeting_id)

    # -- agenda ------------------------------------------------------------------------------
    def add_item(self, meeting_id: str, title: str, kind: ItemKind = ItemKind.DISCUSSION,
                 minutes: int = 10) -> AgendaItem:
        """Append an agenda item."""
        item = AgendaItem(new_id(), require_text(title, "title", _TITLE), ItemKind(kind),
                          _check_minutes(minutes))
        with self.transaction():
            position = self.meetings.next_position("agenda_items", "meeting_id", meeting_id)
            self.meetings.insert_item(meeting_id, item, position)
        return item

    def update_item(self, item_id: str, **fields: Any) -> None:
        """Save some fields of an agenda item (title, type, minutes, ansvarlig, referat)."""
        fields = _clean(fields)
        if "kind" in fields:
            fields["kind"] = ItemKind(fields["kind"])
        with self.transaction():
            self.meetings.update_item(item_id, fields)

    def delete_item(self, item_id: str) -> None:
        """Remove an agenda item and its decisions."""
        with self.transaction():
            self.meetings.delete_item(item_id)

    def move_item(self, meeting_id: str, item_id: str, offset: int) -> None:
        """Move an agenda item up (-1) or down (+1)."""
        ids = [item.id for item in self.get(meeting_id).agenda]
        index = ids.index(item_id)
        target = max(0, min(len(ids) - 1, index + offset))
        ids.insert(target, ids.pop(index))
        with self.transaction():
            self.meetings.reorder_items(meeting_id, ids)

    def add_decision(self, item_id: str, text: str) -> Decision:
        """Record a decision under an agenda item."""
        decision = Decision(new_id(), require_text(text, "text",
                                                   QT_TRANSLATE_NOOP("Errors", "The decision")))
        with self.transaction():
            position = self.meetings.next_position("decisions", "agenda_item_id", item_id)
            self.meetings.insert_decision(item_id, decision, position)
        return decision

    def update_decision(self, decision_id: str, text: str) -> None:
        """Reword a decision."""
        text = require_text(text, "text", QT_TRANSLATE_NOOP("Errors", "The decision"))
        with self.transaction():
            self.meetings.update_decision(decision_id, text)

    def delete_decision(self, decision_id: str) -> None:
        """Remove a decision."""
        with self.transaction():
            self.meetings.delete_decision(decision_id)

    # -- data --------------------------------------------------------------------------------
    def add_data(self, meeting_id: str, source: DataSource = DataSource.OTHER, period: str = "",
                 level: DataLevel = DataLevel.CLASS, summary: str = "",
                 confidential: bool = False) -> DataReference:
        """Record data the team looked at (class, year group or school level only)."""
        ref = DataReference(new_id(), DataSource(source), limit_text(period, "period"),
                            DataLevel(level), limit_text(summary, "summary"), confidential)
        with self.transaction():
            position = self.meetings.next_position("data_references", "meeting_id", meeting_id)
            self.meetings.insert_data(meeting_id, ref, position)
        return ref

    def update_data(self, ref_id: str, **fields: Any) -> None:
        """Save some fields of a data reference."""
        fields = _clean(fields)
        if "source" in fields:
            fields["source"] = DataSource(fields["source"])
        if "level" in fields:
            fields["level"] = DataLevel(fields["level"])
        with self.transaction():
            self.meetings.update_data(ref_id, fields)

    def delete_data(self, ref_id: str) -> None:
        """Remove a data reference."""
        with self.transaction():
            self.meetings.delete_data(ref_id)

    # -- agreements --------------------------------------------------------------------------
    def agreements(self, meeting_id: str) -> list[AgreementRow]:
        """The agreements this meeting made."""
        return self.agreement_service.from_source(SourceKind.MEETING, meeting_id)

    def add_agreement(self, meeting_id: str, what: str, responsible_id: str | None = None,
                      due: dt.date | None = None) -> Agreement:
        """Make an agreement at this meeting; it belongs to the meeting's team."""
        return self.agreement_service.add(SourceKind.MEETING, meeting_id,
                                          self.get(meeting_id).team_id, what, responsible_id, due)

    def follow_ups(self, meeting_id: str) -> list[FollowUp]:
        """*Opfølgning på aftaler*: the team's open agreements from its earlier meetings."""
        meeting = self.get(meeting_id)
        if not meeting.team_id:
            return []
        return self.agreement_repo.follow_ups(meeting_id, meeting.team_id, meeting.date)

    def review_agreement(self, meeting_id: str, agreement_id: str,
                         status: AgreementStatus) -> None:
        """Update an agreement's status during this meeting's follow-up, and remember it."""
        with self.transaction():
            self.agreement_repo.update_fields(agreement_id, {"status": AgreementStatus(status)})
            self.agreement_repo.record_review(agreement_id, meeting_id, AgreementStatus(status))

    # -- the printed referat -----------------------------------------------------------------
    def report(self, meeting_id: str) -> MeetingReport:
        """Everything the PDF needs, with names resolved."""
        meeting = self.get(meeting_id)
        school = SchoolRepository(self.db).get() or School("")
        team_name = self.teams.names().get(meeting.team_id or "", "")
        return MeetingReport(school, meeting, team_name, self.people.names(),
                             tuple(self.follow_ups(meeting_id)),
                             tuple(self.agreements(meeting_id)))
