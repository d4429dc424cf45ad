"""Observations: the record, the clock across a crash, notes, switches, taps and seats."""

from __future__ import annotations

import datetime as dt

import pytest

from plf_desktop.domain.errors import ValidationError
from plf_desktop.domain.labels import ActivityForm, CoTeachingModel, NoteCategory
from plf_desktop.domain.observations import (
    Adult,
    LessonClock,
    Seat,
    contribution_counts,
    contribution_spread,
    time_per_value,
)
from plf_desktop.services.observation_service import ObservationService

T0 = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)


class FakeTime:
    """A wall clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


@pytest.fixture
def wall() -> FakeTime:
    return FakeTime()


@pytest.fixture
def observations(storage, wall) -> ObservationService:  # type: ignore[no-untyped-def]
    return ObservationService(storage.db, now=wall)


@pytest.fixture
def lesson(observations, team_with_people):  # type: ignore[no-untyped-def]
    people = team_with_people
    return observations.create(
        date=dt.date(2026, 11, 24), class_label="5.A", subject="Dansk",
        adults=(Adult(people["ase"].id, "underviser"), Adult(people["ida"].id, "assisterer")),
        observer_id=people["lukasz"].id, focus_points=("Elevernes spørgsmål", "Overgange"))


def test_the_clock_runs_pauses_and_resumes_after_a_crash(storage, observations, lesson, wall):
    observations.start_clock(lesson.id)
    wall.advance(600)
    observations.pause_clock(lesson.id)
    wall.advance(120)  # the pause does not count
    # The app dies; a new process reads the clock from the file and resumes it.
    again = ObservationService(storage.db, now=wall)
    resumed = again.start_clock(lesson.id)
    wall.advance(30)
    assert again.lesson_seconds(again.get(lesson.id)) == pytest.approx(630)
    assert resumed.clock.running
    stopped = again.stop_clock(lesson.id)
    wall.advance(999)
    assert again.lesson_seconds(stopped) == pytest.approx(630)


def test_clock_rules_without_storage():
    clock = LessonClock().start(T0)
    assert clock.elapsed(T0 + dt.timedelta(seconds=5)) == 5
    paused = clock.pause(T0 + dt.timedelta(seconds=5))
    assert paused.elapsed(T0 + dt.timedelta(seconds=50)) == 5
    assert paused.stop(T0 + dt.timedelta(seconds=60)).elapsed(T0 + dt.timedelta(hours=1)) == 5


def test_notes_keep_description_apart_from_interpretation(observations, lesson):
    observations.add_note(lesson.id, "Læreren stiller et åbent spørgsmål <b>&</b>",
                          interpretation="Undrer mig: hvem svarer?", at_seconds=75,
                          category=NoteCategory.TEACHER, focus_index=0)
    observations.add_note(lesson.id, "Gruppe 2 går i gang", at_seconds=20,
                          category=NoteCategory.STUDENTS, private=True)
    notes = observations.notes(lesson.id)
    assert [n.at_seconds for n in notes] == [20, 75]
    assert notes[1].description == "Læreren stiller et åbent spørgsmål <b>&</b>"
    assert notes[1].interpretation == "Undrer mig: hvem svarer?"
    assert notes[0].private and notes[1].focus_index == 0
    observations.update_note(notes[0].id, description="Gruppe 2 går hurtigt i gang",
                             category=NoteCategory.TRANSITION)
    assert observations.notes(lesson.id)[0].category is NoteCategory.TRANSITION
    with pytest.raises(ValidationError):
        observations.add_note(lesson.id, "   ", at_seconds=80)


def test_time_per_model_and_activity(observations, lesson):
    observations.switch_model(lesson.id, CoTeachingModel.ONE_ASSISTS, 0)
    observations.switch_activity(lesson.id, ActivityForm.WHOLE_CLASS, 0)
    observations.switch_model(lesson.id, CoTeachingModel.STATIONS, 900)
    observations.switch_activity(lesson.id, ActivityForm.GROUPS, 600)
    events = observations.events(lesson.id)
    assert time_per_value(events, "model", 2700) == {"en_assisterer": 900, "stationer": 1800}
    assert time_per_value(events, "activity", 2700) == {"tavleundervisning": 600,
                                                         "gruppearbejde": 2100}


def test_seats_taps_and_undo(observations, lesson):
    seats = (Seat("A1", 0, 0, "Bord 1"), Seat("A2", 1, 0, "Bord 1"), Seat("B1", 0, 2))
    observations.set_seats(lesson.id, seats)
    observations.tap(lesson.id, "A1", "Spontant indlæg", 30)
    observations.tap(lesson.id, "A1", "Svar på spørgsmål", 60)
    observations.tap(lesson.id, "A2", "Stiller spørgsmål", 90)
    undone = observations.undo_last_tap(lesson.id)
    assert undone.seat_label == "A2"
    counts = contribution_counts(observations.get(lesson.id).seats,
                                 observations.taps(lesson.id))
    assert counts == {"A1": 2, "A2": 0, "B1": 0}
    assert contribution_spread(counts) == {"0": 2, "1": 0, "2": 1, "3+": 0}
    # The layout is reused for the next observation of the same class.
    later = observations.create(date=dt.date(2026, 12, 1), class_label="5.A")
    assert later.seats == seats


@pytest.mark.parametrize("seats", [
    (Seat("A1", 0, 0), Seat("A1", 1, 0)),
    (Seat("", 0, 0),),
    (Seat("Anders Andersen", 0, 0),),
])
def test_bad_seats_are_refused(observations, lesson, seats):
    with pytest.raises(ValidationError):
        observations.set_seats(lesson.id, seats)
    assert observations.get(lesson.id).seats == ()


def test_look_fors_with_evidence(observations, lesson):
    observations.set_look_for(lesson.id, 2, True, "Skiftet til grupper tog 40 sek.")
    observations.set_look_for(lesson.id, 0, True)
    observations.set_look_for(lesson.id, 0, False)
    marks = observations.get(lesson.id).look_fors
    assert [(m.index, m.evidence) for m in marks] == [(2, "Skiftet til grupper tog 40 sek.")]


def test_record_fields_and_trash(observations, lesson):
    observations.update(lesson.id, purpose="Afprøvning af stationer",
                        planned_models=[CoTeachingModel.STATIONS], student_count=24,
                        observer_position="Bagerst ved vinduet", feedback_time="Fredag kl. 12")
    stored = observations.get(lesson.id)
    assert stored.planned_models == (CoTeachingModel.STATIONS,)
    assert stored.student_count == 24 and stored.focus_points == ("Elevernes spørgsmål",
                                                                  "Overgange")
    assert [s.teachers for s in observations.summaries()] == ["Åse Bækgård, Ida Sørensen"]
    observations.delete(lesson.id)
    assert observations.summaries() == []
    observations.restore(lesson.id)
    assert len(observations.summaries()) == 1
