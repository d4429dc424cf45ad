"""Enumerations shared by every layer, with their English source labels for translation.

Codes are stored in the database and never change; labels are what people read. The labels
are marked for ``pyside6-lupdate`` in the ``Labels`` context and translated at the edge.
"""

from __future__ import annotations

from enum import StrEnum

from plf_desktop.domain.errors import QT_TRANSLATE_NOOP


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
    """What an agreement came from; action-learning rounds come later."""

    MEETING = "meeting"
    OBSERVATION = "observation"
    CONVERSATION = "conversation"


class NoteCategory(StrEnum):
    """What an observation note is about; one keystroke each in live mode."""

    TEACHER = "laerer"
    STUDENTS = "elever"
    TRANSITION = "overgang"
    OTHER = "andet"


class CoTeachingModel(StrEnum):
    """Friend & Cook's six co-teaching models (domain.md §3.2)."""

    ONE_OBSERVES = "en_observerer"
    ONE_ASSISTS = "en_assisterer"
    STATIONS = "stationer"
    PARALLEL = "parallel"
    ALTERNATIVE = "alternativ"
    TEAM = "parundervisning"


class ActivityForm(StrEnum):
    """How the class is working at a moment of the lesson."""

    WHOLE_CLASS = "tavleundervisning"
    DISCUSSION = "klassesamtale"
    INDIVIDUAL = "individuelt"
    PAIRS = "pararbejde"
    GROUPS = "gruppearbejde"
    TRANSITION = "overgang"
    OTHER = "andet"


# Labels per enum: codes repeat across enums ("andet" is a role, a team kind, a source …)
# and StrEnum members equal their codes, so one flat dict would mix them up.
LABELS: dict[type[StrEnum], dict[str, str]] = {
    Role: {
        Role.TEACHER: QT_TRANSLATE_NOOP("Labels", "Teacher"),
        Role.PEDAGOGUE: QT_TRANSLATE_NOOP("Labels", "Pedagogue"),
        Role.COACH: QT_TRANSLATE_NOOP("Labels", "Coach"),
        Role.RESOURCE_PERSON: QT_TRANSLATE_NOOP("Labels", "Resource person"),
        Role.LEADER: QT_TRANSLATE_NOOP("Labels", "Leader"),
        Role.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    TeamKind: {
        TeamKind.CLASS: QT_TRANSLATE_NOOP("Labels", "Class team"),
        TeamKind.YEAR: QT_TRANSLATE_NOOP("Labels", "Year team"),
        TeamKind.DEPARTMENT: QT_TRANSLATE_NOOP("Labels", "Department team"),
        TeamKind.SUBJECT: QT_TRANSLATE_NOOP("Labels", "Subject team"),
        TeamKind.RESOURCE: QT_TRANSLATE_NOOP("Labels", "Resource team"),
        TeamKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other team"),
    },
    ItemKind: {
        ItemKind.INFORMATION: QT_TRANSLATE_NOOP("Labels", "Information"),
        ItemKind.DISCUSSION: QT_TRANSLATE_NOOP("Labels", "Discussion"),
        ItemKind.DECISION: QT_TRANSLATE_NOOP("Labels", "Decision"),
    },
    AgreementStatus: {
        AgreementStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Open"),
        AgreementStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "In progress"),
        AgreementStatus.DONE: QT_TRANSLATE_NOOP("Labels", "Done"),
        AgreementStatus.DROPPED: QT_TRANSLATE_NOOP("Labels", "Dropped"),
    },
    DataSource: {
        DataSource.SKILLS_TEST: QT_TRANSLATE_NOOP("Labels", "National skills test"),
        DataSource.TRANSITION_TEST: QT_TRANSLATE_NOOP("Labels", "Transition test"),
        DataSource.WELLBEING: QT_TRANSLATE_NOOP("Labels", "Well-being survey"),
        DataSource.LANGUAGE_ASSESSMENT: QT_TRANSLATE_NOOP("Labels", "Language assessment"),
        DataSource.READING_SCREENING: QT_TRANSLATE_NOOP("Labels", "Reading screening, grade 1"),
        DataSource.DYSLEXIA_RISK: QT_TRANSLATE_NOOP("Labels", "Dyslexia risk test"),
        DataSource.ABSENCE: QT_TRANSLATE_NOOP("Labels", "Absence"),
        DataSource.GRADES: QT_TRANSLATE_NOOP("Labels", "Grades"),
        DataSource.STUDENT_WORK: QT_TRANSLATE_NOOP("Labels", "Student work"),
        DataSource.OBSERVATION: QT_TRANSLATE_NOOP("Labels", "Observation"),
        DataSource.STUDENT_INTERVIEW: QT_TRANSLATE_NOOP("Labels", "Student interview"),
        DataSource.OTHER: QT_TRANSLATE_NOOP("Labels", "Other source"),
    },
    DataLevel: {
        DataLevel.CLASS: QT_TRANSLATE_NOOP("Labels", "Class"),
        DataLevel.YEAR: QT_TRANSLATE_NOOP("Labels", "Year group"),
        DataLevel.SCHOOL: QT_TRANSLATE_NOOP("Labels", "School"),
    },
    Attendance: {
        Attendance.PRESENT: QT_TRANSLATE_NOOP("Labels", "Present"),
        Attendance.ABSENT: QT_TRANSLATE_NOOP("Labels", "Absent"),
    },
    SourceKind: {
        SourceKind.MEETING: QT_TRANSLATE_NOOP("Labels", "PLF meeting"),
        SourceKind.OBSERVATION: QT_TRANSLATE_NOOP("Labels", "Observation"),
        SourceKind.CONVERSATION: QT_TRANSLATE_NOOP("Labels", "Didactic conversation"),
    },
    NoteCategory: {
        NoteCategory.TEACHER: QT_TRANSLATE_NOOP("Labels", "Teacher"),
        NoteCategory.STUDENTS: QT_TRANSLATE_NOOP("Labels", "Students"),
        NoteCategory.TRANSITION: QT_TRANSLATE_NOOP("Labels", "Transition"),
        NoteCategory.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    CoTeachingModel: {
        CoTeachingModel.ONE_OBSERVES: QT_TRANSLATE_NOOP("Labels", "One teaches, one observes"),
        CoTeachingModel.ONE_ASSISTS: QT_TRANSLATE_NOOP("Labels", "One teaches, one assists"),
        CoTeachingModel.STATIONS: QT_TRANSLATE_NOOP("Labels", "Station teaching"),
        CoTeachingModel.PARALLEL: QT_TRANSLATE_NOOP("Labels", "Parallel teaching"),
        CoTeachingModel.ALTERNATIVE: QT_TRANSLATE_NOOP("Labels", "Alternative teaching"),
        CoTeachingModel.TEAM: QT_TRANSLATE_NOOP("Labels", "Team teaching"),
    },
    ActivityForm: {
        ActivityForm.WHOLE_CLASS: QT_TRANSLATE_NOOP("Labels", "Whole-class teaching"),
        ActivityForm.DISCUSSION: QT_TRANSLATE_NOOP("Labels", "Class discussion"),
        ActivityForm.INDIVIDUAL: QT_TRANSLATE_NOOP("Labels", "Individual work"),
        ActivityForm.PAIRS: QT_TRANSLATE_NOOP("Labels", "Pair work"),
        ActivityForm.GROUPS: QT_TRANSLATE_NOOP("Labels", "Group work"),
        ActivityForm.TRANSITION: QT_TRANSLATE_NOOP("Labels", "Transition"),
        ActivityForm.OTHER: QT_TRANSLATE_NOOP("Labels", "Other activity"),
    },
}


def label(value: StrEnum) -> str:
    """The English source label of an enum value (translate it in the ``Labels`` context)."""
    return LABELS[type(value)][value]
