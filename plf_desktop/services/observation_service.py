"""Observations: plan the lesson, run the clock, write notes, log switches and seat taps.

Every live action is one small transaction: a note is on disk before the next keystroke, and
the lesson clock is stored as moments in time so it resumes after a crash.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from plf_desktop.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from plf_desktop.domain.labels import ActivityForm, CoTeachingModel, NoteCategory
from plf_desktop.domain.observation_schemes import ObservationScheme
from plf_desktop.domain.observations import (
    DEFAULT_PARTICIPATION_TYPES,
    LOOK_FORS,
    Adult,
    LessonEvent,
    LookForMark,
    Observation,
    ObservationNote,
    ObservationReport,
    ObservationSummary,
    Participation,
    Seat,
)
from plf_desktop.domain.records import School, new_id
from plf_desktop.domain.validation import limit_text
from plf_desktop.services.base import Service
from plf_desktop.storage.connection import Database
from plf_desktop.storage.observation_repo import ObservationRepository
from plf_desktop.storage.people_repo import PeopleRepository, TeamRepository
from plf_desktop.storage.school_repo import SchoolRepository
from plf_desktop.storage.trash_repo import TrashRepository

Clock = Callable[[], dt.datetime]
MAX_SEATS = 60
MAX_SEAT_LABEL = 12


def utc_now() -> dt.datetime:
    """The wall clock the lesson clock is measured against."""
    return dt.datetime.now(dt.UTC)


def _check_seats(seats: tuple[Seat, ...]) -> tuple[Seat, ...]:
    if len(seats) > MAX_SEATS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A room has at most {limit} seats."),
                              field="seats", limit=MAX_SEATS)
    labels = [seat.label.strip() for seat in seats]
    if any(not label or len(label) > MAX_SEAT_LABEL for label in labels):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A seat label is a short code such as A7 (1 to {limit} characters)."),
            field="seats", limit=MAX_SEAT_LABEL)
    if len(set(labels)) != len(labels):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Two seats have the same label."),
                              field="seats")
    return tuple(Seat(seat.label.strip(), seat.column, seat.row, seat.group.strip())
                 for seat in seats)


class ObservationService(Service):
    """Use cases of the *Observationer* area and its live mode."""

    def __init__(self, db: Database, now: Clock = utc_now) -> None:
        super().__init__(db)
        self.repo = ObservationRepository(db)
        self.trash = TrashRepository(db)
        self.now = now

    # -- the record --------------------------------------------------------------------------
    def summaries(self) -> list[ObservationSummary]:
        """Every observation for the list, newest first."""
        return self.repo.summaries()

    def get(self, observation_id: str) -> Observation:
        """One observation, or NotFoundError."""
        observation = self.repo.get(observation_id)
        if observation is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors",
                                                  "There is no observation with id {id}."),
                                id=observation_id)
        return observation

    def create(self, *, date: dt.date, class_label: str = "", subject: str = "",
               adults: tuple[Adult, ...] = (), observer_id: str | None = None,
               team_id: str | None = None, focus_points: tuple[str, ...] = (),
               start_time: dt.time | None = None) -> Observation:
        """A new observation; the class's saved seating layout is laid out again."""
        observation = Observation(
            id=new_id(), date=date, start_time=start_time,
            class_label=limit_text(class_label.strip(), "class_label"),
            subject=limit_text(subject.strip(), "subject"), adults=adults,
            observer_id=observer_id, team_id=team_id,
            focus_points=tuple(p.strip() for p in focus_points if p.strip()),
            participation_types=DEFAULT_PARTICIPATION_TYPES,
            seats=self.repo.layout(class_label.strip()) if class_label.strip() else ())
        with self.transaction():
            self.repo.insert(observation)
        return observation

    def update(self, observation_id: str, **fields: Any) -> None:
        """Save some fields of the record (the planning form's autosave)."""
        if "date" in fields and not isinstance(fields["date"], dt.date):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "An observation needs a date."),
                                  field="date")
        for name in ("class_label", "subject", "purpose", "observer_position", "feedback_time",
                     "private_notes"):
            if name in fields:
                fields[name] = limit_text(fields[name], name)
        if "focus_points" in fields:
            fields["focus_points"] = tuple(p.strip() for p in fields["focus_points"] if p.strip())
        if "planned_models" in fields:
            fields["planned_models"] = tuple(CoTeachingModel(m) for m in fields["planned_models"])
        if "participation_types" in fields:
            kinds = tuple(dict.fromkeys(k.strip() for k in fields["participation_types"]
                                        if k.strip()))
            if not kinds:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Keep at least one kind of participation."), field="kinds")
            fields["participation_types"] = kinds
        if "student_count" in fields and fields["student_count"] is not None and not (
                0 <= fields["student_count"] <= 200):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The number of students must be "
                                                    "0 to 200."), field="student_count")
        with self.transaction():
            self.repo.update_fields(observation_id, fields)

    def apply_scheme(self, observation_id: str, scheme: ObservationScheme) -> Observation:
        """Set the observation up from *scheme*; focus points already written are kept."""
        observation = self.get(observation_id)
        fields: dict[str, Any] = {"scheme_key": scheme.key,
                                  "interval_minutes": scheme.interval_minutes,
                                  "participation_types": scheme.participation_types}
        if not observation.focus_points and scheme.focus_points:
            fields["focus_points"] = scheme.focus_points
        self.update(observation_id, **fields)
        return self.get(observation_id)

    def set_adults(self, observation_id: str, adults: list[Adult]) -> None:
        """The observed teacher(s) and, for co-teaching, both adults with their roles."""
        with self.transaction():
            self.repo.set_adults(observation_id, tuple(adults))

    def delete(self, observation_id: str) -> None:
        """Move an observation to the trash."""
        with self.transaction():
            self.trash.trash("observations", observation_id)

    def restore(self, observation_id: str) -> None:
        """Undo :meth:`delete`."""
        with self.transaction():
            self.trash.restore("observations", observation_id)

    # -- the lesson clock --------------------------------------------------------------------
    def start_clock(self, observation_id: str) -> Observation:
        """Start (or resume) the lesson clock."""
        return self._clock(observation_id, "start")

    def pause_clock(self, observation_id: str) -> Observation:
        """Let the lesson clock stand still."""
        return self._clock(observation_id, "pause")

    def stop_clock(self, observation_id: str) -> Observation:
        """End the lesson."""
        return self._clock(observation_id, "stop")

    def _clock(self, observation_id: str, action: str) -> Observation:
        with self.transaction():
            observation = self.get(observation_id)
            clock = getattr(observation.clock, action)(self.now())
            self.repo.update_fields(observation_id, {"clock": clock})
        return self.get(observation_id)

    def lesson_seconds(self, observation: Observation) -> float:
        """The lesson clock now."""
        return observation.clock.elapsed(self.now())

    # -- notes -------------------------------------------------------------------------------
    def add_note(self, observation_id: str, description: str, *, at_seconds: float,
                 interpretation: str = "", category: NoteCategory = NoteCategory.OTHER,
                 focus_index: int | None = None, private: bool = False) -> ObservationNote:
        """Save a note at once (Enter in live mode)."""
        if not description.strip() and not interpretation.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{what} cannot be empty."),
                                  field="description", what=QT_TRANSLATE_NOOP("Errors", "The note"))
        note = ObservationNote(
            new_id(), max(0.0, at_seconds), limit_text(description.strip(), "description"),
            limit_text(interpretation.strip(), "interpretation"), NoteCategory(category),
            focus_index, private)
        with self.transaction():
            self.repo.insert_note(observation_id, note)
        return note

    def notes(self, observation_id: str) -> list[ObservationNote]:
        """The notes in lesson order."""
        return self.repo.notes(observation_id)

    def update_note(self, note_id: str, **fields: Any) -> None:
        """Edit a note afterwards (description, interpretation, category, focus, private)."""
        for name in ("description", "interpretation"):
            if name in fields:
                fields[name] = limit_text(fields[name], name)
        if "category" in fields:
            fields["category"] = NoteCategory(fields["category"])
        with self.transaction():
            self.repo.update_note(note_id, fields)

    def delete_note(self, note_id: str) -> None:
        """Remove a note."""
        with self.transaction():
            self.repo.delete_note(note_id)

    # -- switches ----------------------------------------------------------------------------
    def switch_model(self, observation_id: str, model: CoTeachingModel,
                     at_seconds: float) -> LessonEvent:
        """Log that the adults now teach in *model*."""
        return self._event(observation_id, "model", CoTeachingModel(model).value, at_seconds)

    def switch_activity(self, observation_id: str, activity: ActivityForm,
                        at_seconds: float) -> LessonEvent:
        """Log that the class now works in *activity*."""
        return self._event(observation_id, "activity", ActivityForm(activity).value, at_seconds)

    def record_noise(self, observation_id: str, level: int, at_seconds: float) -> LessonEvent:
        """Log a noise level 1–5 (the interval prompt)."""
        if level not in range(1, 6):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The noise level is 1 to 5."),
                                  field="noise")
        return self._event(observation_id, "noise", str(level), at_seconds)

    def _event(self, observation_id: str, kind: str, value: str,
               at_seconds: float) -> LessonEvent:
        event = LessonEvent(new_id(), max(0.0, at_seconds), kind, value)
        with self.transaction():
            self.repo.insert_event(observation_id, event)
        return event

    def events(self, observation_id: str) -> list[LessonEvent]:
        """Every switch and noise level in lesson order."""
        return self.repo.events(observation_id)

    # -- look-fors ---------------------------------------------------------------------------
    def set_look_for(self, observation_id: str, index: int, ticked: bool,
                     evidence: str = "") -> None:
        """Tick (or untick) a co-teaching look-for, with an optional evidence note."""
        if not 0 <= index < len(LOOK_FORS):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no such look-for."),
                                  field="look_fors")
        with self.transaction():
            marks = {m.index: m for m in self.get(observation_id).look_fors}
            if ticked:
                marks[index] = LookForMark(index, limit_text(evidence.strip(), "evidence"))
            else:
                marks.pop(index, None)
            self.repo.update_fields(observation_id,
                                    {"look_fors": tuple(marks[i] for i in sorted(marks))})

    # -- the seating chart -------------------------------------------------------------------
    def set_seats(self, observation_id: str, seats: tuple[Seat, ...]) -> None:
        """Lay out the room; the layout is kept for the next observation of the class."""
        seats = _check_seats(seats)
        with self.transaction():
            observation = self.get(observation_id)
            self.repo.update_fields(observation_id, {"seats": seats})
            if observation.class_label:
                self.repo.save_layout(observation.class_label, seats)

    def tap(self, observation_id: str, seat_label: str, kind: str,
            at_seconds: float) -> Participation:
        """Log that the student in *seat_label* took part in the way *kind*."""
        tap = Participation(new_id(), seat_label, kind, max(0.0, at_seconds))
        with self.transaction():
            self.repo.insert_tap(observation_id, tap)
        return tap

    def undo_last_tap(self, observation_id: str) -> Participation | None:
        """Take back the most recent tap; returns it, or None when there was none."""
        with self.transaction():
            last = self.repo.last_tap(observation_id)
            if last:
                self.repo.delete_tap(last.id)
        return last

    def taps(self, observation_id: str) -> list[Participation]:
        """Every tap in lesson order."""
        return self.repo.taps(observation_id)

    # -- the printed notes -------------------------------------------------------------------
    def lesson_end(self, observation: Observation) -> float:
        """The lesson's length in seconds: the clock when it stopped (or now, while it runs),
        and never before the last note, switch or tap (a lesson logged without the clock)."""
        return self._length(observation, [item.at_seconds for item in (
            *self.notes(observation.id), *self.events(observation.id),
            *self.taps(observation.id))])

    def _length(self, observation: Observation, logged: list[float]) -> float:
        end = max(logged, default=0.0)
        if observation.clock.started_at is not None:
            end = max(end, observation.clock.elapsed(self.now()))
        return end

    def report(self, observation_id: str, include_private: bool = False) -> ObservationReport:
        """Everything the *Observationsnoter* PDF needs, with names resolved.

        Private notes and the observer's private notes are left out unless *include_private*:
        what is handed to the observed teacher never holds them by accident.
        """
        observation = self.get(observation_id)
        all_notes = self.notes(observation_id)
        events = tuple(self.events(observation_id))
        taps = tuple(self.taps(observation_id))
        end = self._length(observation, [item.at_seconds for item in (*all_notes, *events, *taps)])
        if not include_private:
            observation = replace(observation, private_notes="")
        notes = tuple(n for n in all_notes if include_private or not n.private)
        school = SchoolRepository(self.db).get() or School("")
        team_name = TeamRepository(self.db).names().get(observation.team_id or "", "")
        return ObservationReport(school, observation, team_name, PeopleRepository(self.db).names(),
                                 notes, events, taps, include_private, end)
