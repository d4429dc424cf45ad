"""Enumerations shared by every layer, with their English source labels for translation.

Codes are stored in the database and never change; labels are what people read. The labels
are marked for ``pyside6-lupdate`` in the ``Labels`` context and translated at the edge.
"""

from __future__ import annotations

from enum import StrEnum

from plf_desktop.domain.errors import QT_TRANSLATE_NOOP as _N


class Role(StrEnum):
    """What a person is at the school."""

    TEACHER = "laerer"
    PEDAGOGUE = "paedagog"
    COACH = "vejleder"
    RESOURCE_PERSON = "ressourceperson"
    LEADER = "leder"
    OTHER = "andet"


class TeamKind(StrEnum):
    """The kinds of teams Danish schools work in."""

    CLASS = "klasseteam"
    YEAR = "aargangsteam"
    DEPARTMENT = "afdelingsteam"
    SUBJECT = "fagteam"
    RESOURCE = "ressourceteam"
    OTHER = "andet"


class ItemKind(StrEnum):
    """The type of an agenda item."""

    INFORMATION = "orientering"
    DISCUSSION = "droeftelse"
    DECISION = "beslutning"


class AgreementStatus(StrEnum):
    """Where an agreement (*aftale*) stands."""

    OPEN = "aaben"
    IN_PROGRESS = "i_gang"
    DONE = "udfoert"
    DROPPED = "droppet"

    @property
    def is_open(self) -> bool:
        """Open and in-progress agreements are followed up at the next meeting."""
        return self in (AgreementStatus.OPEN, AgreementStatus.IN_PROGRESS)


class DataSource(StrEnum):
    """Where the data discussed at a meeting comes from (domain.md §8.1)."""

    SKILLS_TEST = "faerdighedstest"
    TRANSITION_TEST = "overgangstest"
    WELLBEING = "trivselsmaaling"
    LANGUAGE_ASSESSMENT = "sprogvurdering"
    READING_SCREENING = "laesescreening"
    DYSLEXIA_RISK = "ordblinderisiko"
    ABSENCE = "fravaer"
    GRADES = "karakterer"
    STUDENT_WORK = "elevprodukter"
    OBSERVATION = "observation"
    STUDENT_INTERVIEW = "elevinterview"
    OTHER = "andet"


class DataLevel(StrEnum):
    """Data is only ever discussed in aggregate: class, year group or school, never a student."""

    CLASS = "klasse"
    YEAR = "aargang"
    SCHOOL = "skole"


class Attendance(StrEnum):
    """Whether an invited participant came."""

    PRESENT = "deltager"
    ABSENT = "afbud"


class SourceKind(StrEnum):
    """What an agreement came from; later issues add observations, conversations and rounds."""

    MEETING = "meeting"


LABELS: dict[StrEnum, str] = {
    Role.TEACHER: _N("Labels", "Teacher"),
    Role.PEDAGOGUE: _N("Labels", "Pedagogue"),
    Role.COACH: _N("Labels", "Coach"),
    Role.RESOURCE_PERSON: _N("Labels", "Resource person"),
    Role.LEADER: _N("Labels", "Leader"),
    Role.OTHER: _N("Labels", "Other"),
    TeamKind.CLASS: _N("Labels", "Class team"),
    TeamKind.YEAR: _N("Labels", "Year team"),
    TeamKind.DEPARTMENT: _N("Labels", "Department team"),
    TeamKind.SUBJECT: _N("Labels", "Subject team"),
    TeamKind.RESOURCE: _N("Labels", "Resource team"),
    TeamKind.OTHER: _N("Labels", "Other team"),
    ItemKind.INFORMATION: _N("Labels", "Information"),
    ItemKind.DISCUSSION: _N("Labels", "Discussion"),
    ItemKind.DECISION: _N("Labels", "Decision"),
    AgreementStatus.OPEN: _N("Labels", "Open"),
    AgreementStatus.IN_PROGRESS: _N("Labels", "In progress"),
    AgreementStatus.DONE: _N("Labels", "Done"),
    AgreementStatus.DROPPED: _N("Labels", "Dropped"),
    DataSource.SKILLS_TEST: _N("Labels", "National skills test"),
    DataSource.TRANSITION_TEST: _N("Labels", "Transition test"),
    DataSource.WELLBEING: _N("Labels", "Well-being survey"),
    DataSource.LANGUAGE_ASSESSMENT: _N("Labels", "Language assessment"),
    DataSource.READING_SCREENING: _N("Labels", "Reading screening, grade 1"),
    DataSource.DYSLEXIA_RISK: _N("Labels", "Dyslexia risk test"),
    DataSource.ABSENCE: _N("Labels", "Absence"),
    DataSource.GRADES: _N("Labels", "Grades"),
    DataSource.STUDENT_WORK: _N("Labels", "Student work"),
    DataSource.OBSERVATION: _N("Labels", "Observation"),
    DataSource.STUDENT_INTERVIEW: _N("Labels", "Student interview"),
    DataSource.OTHER: _N("Labels", "Other source"),
    DataLevel.CLASS: _N("Labels", "Class"),
    DataLevel.YEAR: _N("Labels", "Year group"),
    DataLevel.SCHOOL: _N("Labels", "School"),
    Attendance.PRESENT: _N("Labels", "Present"),
    Attendance.ABSENT: _N("Labels", "Absent"),
    SourceKind.MEETING: _N("Labels", "PLF meeting"),
}


def label(value: StrEnum) -> str:
    """The English source label of an enum value (translate it in the ``Labels`` context)."""
    return LABELS[value]
