"""Printed documents, composed: load the report from the services, translate, write the PDF.

This is where the reports layer meets Qt's translations (QtCore only, so the CLI can use it
without a window). Every fixed word is an English source string in the ``Report`` context,
translated here and handed to the Qt-free report as plain text. Files are written beside the
target and renamed into place, so a crash or a full disk never leaves half a PDF behind.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from plf_desktop.domain.collaborations import STEP_TEXTS
from plf_desktop.domain.cycles import STEP_NAMES, Cycle, CycleModel, CycleStage, next_step
from plf_desktop.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, StorageError
from plf_desktop.domain.labels import (
    ActivityForm,
    AgreementStatus,
    CoTeachingModel,
    DataLevel,
    DataSource,
    ItemKind,
    NoteCategory,
    Role,
    label,
)
from plf_desktop.domain.observations import LOOK_FORS
from plf_desktop.domain.person_data import PART_LABELS, RecordKind, as_json
from plf_desktop.reports.collaboration_report import (
    CollaborationLabels,
    write_collaboration_report,
)
from plf_desktop.reports.conversation_referat import (
    ConversationLabels,
    write_conversation_referat,
)
from plf_desktop.reports.cycle_documents import (
    CycleLabels,
    find_round,
    write_action_plan,
    write_cycle_report,
)
from plf_desktop.reports.house_style import PageLabels
from plf_desktop.reports.meeting_referat import ReferatLabels, write_meeting_referat
from plf_desktop.reports.observation_notes import ObservationLabels, write_observation_notes
from plf_desktop.reports.person_report import PersonReportLabels, write_person_report
from plf_desktop.services.registry import Services


def export_meeting_pdf(services: Services, meeting_id: str, path: Path) -> Path:
    """Write the referat of a meeting to *path* (NotFoundError, StorageError) and return it."""
    report = services.meetings.report(meeting_id)
    labels = referat_labels()
    return write_atomically(Path(path), lambda temp: write_meeting_referat(report, labels, temp))


def export_observation_pdf(services: Services, observation_id: str, path: Path,
                           include_private: bool = False) -> Path:
    """Write the *Observationsnoter* of an observation to *path* (NotFoundError, StorageError)
    and return it. The observer's private notes are printed only with *include_private*."""
    report = services.observations.report(observation_id, include_private=include_private)
    labels = observation_labels()
    return write_atomically(Path(path),
                            lambda temp: write_observation_notes(report, labels, temp))


def export_conversation_pdf(services: Services, conversation_id: str, path: Path) -> Path:
    """Write the referat of a didactic conversation to *path* (NotFoundError, StorageError)
    and return it; like the meeting referat, never half a file on a crash or a full disk."""
    report = services.conversations.report(conversation_id)
    labels = conversation_labels()
    return write_atomically(Path(path),
                            lambda temp: write_conversation_referat(report, labels, temp))


def export_cycle_pdf(services: Services, cycle_id: str, path: Path) -> Path:
    """Write the *Forløbsrapport* of an action-learning course to *path* (NotFoundError,
    StorageError) and return it; never half a file on a crash or a full disk."""
    report = services.cycles.report(cycle_id)
    labels = cycle_labels()
    return write_atomically(Path(path), lambda temp: write_cycle_report(report, labels, temp))


def export_action_plan_pdf(services: Services, cycle_id: str, round_number: int,
                           path: Path) -> Path:
    """Write the *Aktionsplan og forberedelsesark* of a course's round *round_number* (1, 2 …)
    to *path* and return it. A round the course does not have is a NotFoundError that names
    it, so the user learns which number was wrong rather than getting an empty sheet."""
    report = services.cycles.report(cycle_id)
    if find_round(report, round_number) is None:
        raise NotFoundError(QT_TRANSLATE_NOOP(
            "Errors", "The course “{title}” has no round {number}."),
            title=report.cycle.title, number=round_number)
    labels = cycle_labels()
    return write_atomically(Path(path), lambda temp: write_action_plan(
        report, round_number, labels, temp))


def export_collaboration_pdf(services: Services, collaboration_id: str, path: Path) -> Path:
    """Write the summary of a co-teaching collaboration to *path* (NotFoundError,
    StorageError) and return it; never half a file on a crash or a full disk."""
    report = services.collaborations.report(collaboration_id)
    labels = collaboration_labels()
    return write_atomically(Path(path),
                            lambda temp: write_collaboration_report(report, labels, temp))


def page_labels() -> PageLabels:
    """The page frame's words, shared by every printed document."""
    return PageLabels(
        page=QCoreApplication.translate("Report", "Page {page} of {pages}"),
        printed=QCoreApplication.translate("Report", "Printed {date}"),
        confidentiality=QCoreApplication.translate(
            "Report", "Confidential – internal working document. Contains no student names or"
                      " CPR numbers."))


def enum_labels(*enums: Iterable[StrEnum]) -> dict[StrEnum, str]:
    """Translated labels of every value of *enums* (context ``Labels``, see domain.labels)."""
    return {value: QCoreApplication.translate("Labels", label(value))
            for enum in enums for value in enum}


def pdf_language() -> str:
    """The language tag of the installed translation, e.g. ``da-DK``, for screen readers.

    Danish, the app's default, when no language was chosen (Qt's "C" locale has no tag).
    """
    name = QLocale().name()
    return name.replace("_", "-") if "_" in name else "da-DK"


def referat_labels() -> ReferatLabels:
    """The meeting referat's words in the user's language."""
    return ReferatLabels(
        page=page_labels(),
        document_title=QCoreApplication.translate("Report", "Minutes"),
        team=QCoreApplication.translate("Report", "Team"),
        date=QCoreApplication.translate("Report", "Date"),
        time=QCoreApplication.translate("Report", "Time"),
        place=QCoreApplication.translate("Report", "Place"),
        chair=QCoreApplication.translate("Report", "Chair"),
        minute_taker=QCoreApplication.translate("Report", "Minute-taker"),
        timekeeper=QCoreApplication.translate("Report", "Time-keeper"),
        participants=QCoreApplication.translate("Report", "Participants"),
        absent=QCoreApplication.translate("Report", "Absent"),
        follow_up=QCoreApplication.translate("Report", "Follow-up on agreements"),
        from_meeting=QCoreApplication.translate("Report", "From meeting"),
        agenda=QCoreApplication.translate("Report", "Agenda"),
        minutes=QCoreApplication.translate("Report", "{minutes} min."),
        responsible=QCoreApplication.translate("Report", "Responsible"),
        decisions=QCoreApplication.translate("Report", "Decisions"),
        data=QCoreApplication.translate("Report", "Data we looked at"),
        period=QCoreApplication.translate("Report", "Period"),
        level=QCoreApplication.translate("Report", "Level"),
        confidential=QCoreApplication.translate("Report", "Confidential"),
        agreements=QCoreApplication.translate("Report", "Agreements"),
        what=QCoreApplication.translate("Report", "What"),
        due=QCoreApplication.translate("Report", "Due"),
        status=QCoreApplication.translate("Report", "Status"),
        none=QCoreApplication.translate("Report", "None"),
        next_meeting=QCoreApplication.translate("Report", "Next meeting"),
        not_set=QCoreApplication.translate("Report", "Not set yet"),
        note=QCoreApplication.translate("Report", "Note"),
        evaluation=QCoreApplication.translate("Report", "Evaluation of the meeting"),
        rating=QCoreApplication.translate("Report", "Rating"),
        enums=enum_labels(ItemKind, AgreementStatus, DataSource, DataLevel),
        lang=pdf_language())


def observation_labels() -> ObservationLabels:
    """The observation notes' words in the user's language."""
    return ObservationLabels(
        page=page_labels(),
        document_title=QCoreApplication.translate("Report", "Observation notes"),
        date=QCoreApplication.translate("Report", "Date"),
        time=QCoreApplication.translate("Report", "Time"),
        duration=QCoreApplication.translate("Report", "Length"),
        class_label=QCoreApplication.translate("Report", "Class/year group"),
        subject=QCoreApplication.translate("Report", "Subject"),
        students=QCoreApplication.translate("Report", "Number of students"),
        adults=QCoreApplication.translate("Report", "Teachers"),
        observer=QCoreApplication.translate("Report", "Observer"),
        team=QCoreApplication.translate("Report", "Team"),
        purpose=QCoreApplication.translate("Report", "Why this lesson"),
        planned_models=QCoreApplication.translate("Report", "Planned models"),
        pre_meeting=QCoreApplication.translate("Report", "Pre-observation meeting"),
        observer_position=QCoreApplication.translate("Report", "Where the observer sits"),
        feedback_time=QCoreApplication.translate("Report", "Feedback"),
        focus=QCoreApplication.translate("Report", "Observation focus"),
        focus_number=QCoreApplication.translate("Report", "Focus {number}"),
        lesson=QCoreApplication.translate("Report", "How the lesson ran"),
        models=QCoreApplication.translate("Report", "Co-teaching models"),
        activities=QCoreApplication.translate("Report", "Activity forms"),
        not_logged=QCoreApplication.translate("Report", "Not logged"),
        noise=QCoreApplication.translate("Report", "Noise level (1–5)"),
        minutes=QCoreApplication.translate("Report", "{minutes} min."),
        notes=QCoreApplication.translate("Report", "Notes"),
        note_time=QCoreApplication.translate("Report", "Lesson time"),
        observation=QCoreApplication.translate("Report", "What was seen"),
        interpretation=QCoreApplication.translate("Report", "Interpretation / wondering"),
        no_notes=QCoreApplication.translate("Report", "No notes"),
        private=QCoreApplication.translate("Report", "Private"),
        seating=QCoreApplication.translate("Report", "Seating chart"),
        seating_help=QCoreApplication.translate(
            "Report", "The number in a seat is how many times the student took part."),
        never_heard=QCoreApplication.translate("Report", "Never heard"),
        participation=QCoreApplication.translate("Report", "Participation"),
        spread_title=QCoreApplication.translate("Report",
                                                "Students by number of contributions"),
        spread_axis=QCoreApplication.translate("Report", "Students"),
        spread_categories=(QCoreApplication.translate("Report", "0 times"),
                           QCoreApplication.translate("Report", "1 time"),
                           QCoreApplication.translate("Report", "2 times"),
                           QCoreApplication.translate("Report", "3+ times")),
        kind=QCoreApplication.translate("Report", "Kind"),
        count=QCoreApplication.translate("Report", "Number"),
        different_students=QCoreApplication.translate("Report", "Students"),
        look_fors=QCoreApplication.translate("Report", "Co-teaching look-fors"),
        looked_fors=QCoreApplication.translate("Report", "{seen} of {total} seen"),
        private_notes=QCoreApplication.translate("Report", "Private notes"),
        with_private=QCoreApplication.translate("Report", "With private notes"),
        private_warning=QCoreApplication.translate(
            "Report", "The observer's own notes – not for the observed teacher."),
        look_for_texts=tuple(QCoreApplication.translate("LookFors", text) for text in LOOK_FORS),
        enums=enum_labels(NoteCategory, CoTeachingModel, ActivityForm),
        lang=pdf_language())


def conversation_labels() -> ConversationLabels:
    """The conversation referat's words in the user's language."""
    return ConversationLabels(
        page=page_labels(),
        document_title=QCoreApplication.translate("Report", "Minutes of didactic conversation"),
        date=QCoreApplication.translate("Report", "Date"),
        time=QCoreApplication.translate("Report", "Time"),
        model=QCoreApplication.translate("Report", "Model"),
        version=QCoreApplication.translate("Report", "version {version}"),
        focus_person=QCoreApplication.translate("Report", "Focus person"),
        participants=QCoreApplication.translate("Report", "Participants"),
        team=QCoreApplication.translate("Report", "Team"),
        contract=QCoreApplication.translate("Report", "Contract"),
        purpose=QCoreApplication.translate("Report", "Purpose"),
        content=QCoreApplication.translate("Report", "Content"),
        data_basis=QCoreApplication.translate("Report", "Data the conversation builds on"),
        observations=QCoreApplication.translate("Report", "Observations"),
        phases=QCoreApplication.translate("Report", "Phases"),
        speaks_most=QCoreApplication.translate("Report", "Speaks most"),
        minutes=QCoreApplication.translate("Report", "{minutes} min."),
        no_notes=QCoreApplication.translate("Report", "No notes"),
        other_notes=QCoreApplication.translate("Report", "Other notes"),
        summary=QCoreApplication.translate("Report", "Summary"),
        next_steps=QCoreApplication.translate("Report", "Next steps"),
        agreements=QCoreApplication.translate("Report", "Agreements"),
        what=QCoreApplication.translate("Report", "What"),
        responsible=QCoreApplication.translate("Report", "Responsible"),
        due=QCoreApplication.translate("Report", "Due"),
        status=QCoreApplication.translate("Report", "Status"),
        none=QCoreApplication.translate("Report", "None"),
        enums=enum_labels(AgreementStatus),
        lang=pdf_language())


def step_labels() -> dict[str, str]:
    """The course steps' names (context ``Cycles``, see domain.cycles) in the user's language,
    keyed by their English source, both phase models and "Closed"."""
    sources = [text for names in STEP_NAMES.values() for text in names.values()]
    # next_step's name for a closed course, read from the domain so the two cannot drift.
    sources.append(next_step(Cycle("", "", stage=CycleStage.CLOSED)).name)
    return {text: QCoreApplication.translate("Cycles", text) for text in sources}


def cycle_labels() -> CycleLabels:
    """The words of the action plan and the course report in the user's language."""
    return CycleLabels(
        page=page_labels(),
        action_plan_title=QCoreApplication.translate("Report",
                                                     "Action plan and preparation sheet"),
        report_title=QCoreApplication.translate("Report", "Course report"),
        round=QCoreApplication.translate("Report", "Round {number}"),
        team=QCoreApplication.translate("Report", "Team"),
        class_label=QCoreApplication.translate("Report", "Class/year group"),
        subject=QCoreApplication.translate("Report", "Subject"),
        date=QCoreApplication.translate("Report", "Date"),
        time=QCoreApplication.translate("Report", "Time"),
        teacher=QCoreApplication.translate("Report", "Teacher"),
        observers=QCoreApplication.translate("Report", "Observer(s)"),
        coach=QCoreApplication.translate("Report", "Coach"),
        participants=QCoreApplication.translate("Report", "Participants"),
        model=QCoreApplication.translate("Report", "Model"),
        started=QCoreApplication.translate("Report", "Started"),
        closed=QCoreApplication.translate("Report", "Closed"),
        status=QCoreApplication.translate("Report", "Status"),
        problem=QCoreApplication.translate("Report", "Problem statement"),
        wonder=QCoreApplication.translate("Report", "Wondering and background"),
        why=QCoreApplication.translate("Report", "Why it matters"),
        goals=QCoreApplication.translate("Report", "Goals"),
        signs=QCoreApplication.translate("Report", "Signs"),
        quick_writes=QCoreApplication.translate("Report", "Quick-write"),
        action_plan=QCoreApplication.translate("Report", "Action plan"),
        action=QCoreApplication.translate("Report", "Action"),
        reason=QCoreApplication.translate("Report", "Reason"),
        expectation=QCoreApplication.translate("Report", "Expectation"),
        lesson=QCoreApplication.translate("Report", "The lesson"),
        data_to_collect=QCoreApplication.translate("Report", "Data to collect"),
        focus_points=QCoreApplication.translate("Report", "Observation points"),
        preparation=QCoreApplication.translate("Report", "Preparation sheet"),
        sequence=QCoreApplication.translate("Report", "The lesson's sequence"),
        watch_for=QCoreApplication.translate("Report",
                                             "What the observer should especially watch"),
        focus_students=QCoreApplication.translate("Report", "Focus students or groups"),
        practicalities=QCoreApplication.translate("Report", "Practicalities"),
        notes=QCoreApplication.translate("Report", "Notes"),
        observation=QCoreApplication.translate("Report", "Observation"),
        summary=QCoreApplication.translate("Report", "From the conversation: summary"),
        next_steps=QCoreApplication.translate("Report", "Next steps"),
        next_time=QCoreApplication.translate("Report", "Next time"),
        teaches=QCoreApplication.translate("Report", "Teaches"),
        observes=QCoreApplication.translate("Report", "Observes"),
        writes_referat=QCoreApplication.translate("Report", "Writes the minutes"),
        learning=QCoreApplication.translate("Report", "Processing of experiences"),
        learned=QCoreApplication.translate("Report", "What have we learned"),
        sharing=QCoreApplication.translate("Report", "How do we share it"),
        not_filled=QCoreApplication.translate("Report", "Not filled in yet"),
        agreements=QCoreApplication.translate("Report", "Agreements"),
        what=QCoreApplication.translate("Report", "What"),
        responsible=QCoreApplication.translate("Report", "Responsible"),
        due=QCoreApplication.translate("Report", "Due"),
        none=QCoreApplication.translate("Report", "None"),
        models={CycleModel.EVA: QCoreApplication.translate("Report", "EVA's five phases"),
                CycleModel.EMU: QCoreApplication.translate("Report", "EMU's four phases")},
        steps=step_labels(),
        enums=enum_labels(AgreementStatus),
        lang=pdf_language())


def collaboration_labels() -> CollaborationLabels:
    """The words of the co-teaching collaboration's summary in the user's language.

    The step names come from the domain (context ``Collaborations``), the model names from the
    labels (context ``Labels``) and the look-fors from the observation scheme (context
    ``LookFors``), so the summary says what the window and the observation notes say.
    """
    return CollaborationLabels(
        page=page_labels(),
        report_title=QCoreApplication.translate("Report", "Co-teaching collaboration"),
        lesson=QCoreApplication.translate("Report", "Lesson {number}"),
        teacher=QCoreApplication.translate("Report", "Teacher",
                                           "the class's own teacher in co-teaching"),
        coach=QCoreApplication.translate("Report", "Coach"),
        team=QCoreApplication.translate("Report", "Team"),
        class_label=QCoreApplication.translate("Report", "Class/year group"),
        subject=QCoreApplication.translate("Report", "Subject"),
        started=QCoreApplication.translate("Report", "Started"),
        pre_meeting=QCoreApplication.translate("Report", "Pre-meeting"),
        status=QCoreApplication.translate("Report", "Status"),
        closed=QCoreApplication.translate("Report", "Closed"),
        lessons=QCoreApplication.translate("Report", "Lessons"),
        contract=QCoreApplication.translate("Report", "Collaboration contract"),
        goals=QCoreApplication.translate("Report", "Goals"),
        roles=QCoreApplication.translate("Report", "Roles"),
        duration=QCoreApplication.translate("Report", "Duration"),
        planning_time=QCoreApplication.translate("Report", "Time for planning together"),
        evaluation_form=QCoreApplication.translate("Report", "How we evaluate"),
        date=QCoreApplication.translate("Report", "Date"),
        time=QCoreApplication.translate("Report", "Time"),
        goal=QCoreApplication.translate("Report", "Goal"),
        signs=QCoreApplication.translate("Report", "Signs"),
        phases=QCoreApplication.translate("Report", "The lesson's phases"),
        phase=QCoreApplication.translate("Report", "Phase"),
        model=QCoreApplication.translate("Report", "Model"),
        differentiation=QCoreApplication.translate("Report", "Differentiation"),
        materials=QCoreApplication.translate("Report", "Materials"),
        observation=QCoreApplication.translate("Report", "Observation"),
        reflection_summary=QCoreApplication.translate("Report",
                                                      "Reflection conversation: summary"),
        next_steps=QCoreApplication.translate("Report", "Next steps"),
        agreements=QCoreApplication.translate("Report", "Agreements"),
        what=QCoreApplication.translate("Report", "What"),
        responsible=QCoreApplication.translate("Report", "Responsible"),
        due=QCoreApplication.translate("Report", "Due"),
        none=QCoreApplication.translate("Report", "None"),
        evaluation=QCoreApplication.translate("Report", "Evaluation"),
        planned=QCoreApplication.translate("Report", "Planned in lessons"),
        used=QCoreApplication.translate("Report", "Used in lessons"),
        minutes=QCoreApplication.translate("Report", "Minutes",
                                           "a length of time, a column of numbers"),
        look_for=QCoreApplication.translate("Report", "Look-for"),
        seen=QCoreApplication.translate("Report", "Seen in {seen} of {observed} observed lessons"),
        no_observed=QCoreApplication.translate("Report", "No lesson has been observed yet."),
        overall=QCoreApplication.translate("Report", "Overall assessment"),
        adjustments=QCoreApplication.translate("Report", "Adjustment"),
        not_filled=QCoreApplication.translate("Report", "Not filled in yet"),
        look_for_texts=tuple(QCoreApplication.translate("LookFors", text) for text in LOOK_FORS),
        steps={name: QCoreApplication.translate("Collaborations", name)
               for name, _todo in STEP_TEXTS.values()},
        enums=enum_labels(CoTeachingModel, AgreementStatus),
        lang=pdf_language())



def export_person_data(services: Services, person_id: str, path: Path,
                       include_private: bool = False) -> tuple[Path, Path]:
    """Write everything stored about a person (*indsigt*) as a PDF at *path* and the same
    data as JSON beside it (same name, ``.json``); return both paths.

    The observer's private notes are in both files only with *include_private*. Each file is
    written atomically; NotFoundError for an unknown person, StorageError for a bad folder.
    """
    data = services.person_data.collect(person_id, include_private=include_private)
    pdf = Path(path)
    target = pdf.with_name(pdf.stem + ".json")
    labels = person_report_labels()
    write_atomically(pdf, lambda temp: write_person_report(data, labels, temp))
    write_atomically(target, lambda temp: temp.write_text(as_json(data), encoding="utf-8"))
    return pdf, target


def person_report_labels() -> PersonReportLabels:
    """The words of the access report in the user's language."""
    translate = QCoreApplication.translate
    return PersonReportLabels(
        page=page_labels(),
        document_title=translate("Report", "Personal data"),
        intro=translate(
            "Report", "This report shows everything PLF Desktop on this computer stores about "
                      "the person: their own details, the teams they belong to, and every "
                      "record they take part in, with that record's text. Records that only "
                      "name the person in their text come last. Records in the trash are "
                      "included and marked, because they are still stored. The same data is in "
                      "the JSON file beside this PDF."),
        intro_private=translate(
            "Report", "The observer's private notes are included and marked “Private”."),
        intro_no_private=translate("Report", "The observer's private notes are not included."),
        name=translate("Report", "Name"),
        initials=translate("Report", "Initials"),
        role=translate("Report", "Role"),
        note=translate("Report", "Note"),
        registered=translate("Report", "Registered"),
        in_trash=translate("Report", "In the trash"),
        private_notes=translate("Report", "Private notes"),
        included=translate("Report", "Included"),
        not_included=translate("Report", "Not included"),
        yes=translate("Report", "Yes"),
        overview=translate("Report", "Overview"),
        kind=translate("Report", "Kind"),
        count=translate("Report", "Number"),
        private=translate("Report", "Private"),
        with_private=translate("Report", "With private notes"),
        mentioned=translate("Report", "Named in the text of other records"),
        roles={role.value: translate("Labels", label(role)) for role in Role},
        sections={kind: translate("Report", text) for kind, text in _PERSON_SECTIONS.items()},
        parts={part: translate("PersonData", text) for part, text in PART_LABELS.items()},
        fields={key: translate("Report", text) for key, text in _PERSON_FIELDS.items()},
        numbered={"cycle_rounds": translate("Report", "Round {number}"),
                  "collaboration_lessons": translate("Report", "Lesson {number}")},
        groups={"agreements": translate("Report", "Agreements"),
                "data_references": translate("Report", "Data we looked at")},
        statuses={status.value: translate("Labels", label(status))
                  for status in AgreementStatus},
        lang=pdf_language())


_PERSON_SECTIONS = {
    RecordKind.TEAM: QT_TRANSLATE_NOOP("Report", "Teams"),
    RecordKind.MEETING: QT_TRANSLATE_NOOP("Report", "PLF meetings"),
    RecordKind.AGREEMENT: QT_TRANSLATE_NOOP("Report", "Agreements"),
    RecordKind.OBSERVATION: QT_TRANSLATE_NOOP("Report", "Observations"),
    RecordKind.CONVERSATION: QT_TRANSLATE_NOOP("Report", "Didactic conversations"),
    RecordKind.CYCLE: QT_TRANSLATE_NOOP("Report", "Action-learning courses"),
    RecordKind.COLLABORATION: QT_TRANSLATE_NOOP("Report", "Co-teaching collaborations"),
    RecordKind.PERSON: QT_TRANSLATE_NOOP("Report", "Other people's notes"),
}

# The label of every text the access report prints, by ``table.column``: the other documents'
# own words, so a text is called the same wherever it is printed.
_PERSON_FIELDS = {
    "teams.description": QT_TRANSLATE_NOOP("Report", "Description"),
    "meetings.place": QT_TRANSLATE_NOOP("Report", "Place"),
    "meetings.next_place": QT_TRANSLATE_NOOP("Report", "Place of the next meeting"),
    "meetings.next_note": QT_TRANSLATE_NOOP("Report", "Next meeting"),
    "meetings.evaluation_note": QT_TRANSLATE_NOOP("Report", "Evaluation of the meeting"),
    "agenda_items.description": QT_TRANSLATE_NOOP("Report", "Description"),
    "agenda_items.notes": QT_TRANSLATE_NOOP("Report", "Minutes"),
    "decisions.text": QT_TRANSLATE_NOOP("Report", "Decision"),
    "data_references.period": QT_TRANSLATE_NOOP("Report", "Period"),
    "data_references.summary": QT_TRANSLATE_NOOP("Report", "Data we looked at"),
    "agreements.what": QT_TRANSLATE_NOOP("Report", "Agreement"),
    "agreements.note": QT_TRANSLATE_NOOP("Report", "Note"),
    "observations.purpose": QT_TRANSLATE_NOOP("Report", "Why this lesson"),
    "observations.focus_points": QT_TRANSLATE_NOOP("Report", "Observation focus"),
    "observations.observer_position": QT_TRANSLATE_NOOP("Report", "Where the observer sits"),
    "observations.feedback_time": QT_TRANSLATE_NOOP("Report", "Feedback"),
    "observations.look_fors": QT_TRANSLATE_NOOP("Report", "Co-teaching look-fors"),
    "observations.private_notes": QT_TRANSLATE_NOOP("Report", "Private notes"),
    "observation_adults.role": QT_TRANSLATE_NOOP("Report", "Role in the lesson"),
    "observation_notes.description": QT_TRANSLATE_NOOP("Report", "What was seen"),
    "observation_notes.interpretation": QT_TRANSLATE_NOOP("Report", "Interpretation / wondering"),
    "conversations.purpose": QT_TRANSLATE_NOOP("Report", "Purpose"),
    "conversations.content": QT_TRANSLATE_NOOP("Report", "Content"),
    "conversations.data_basis": QT_TRANSLATE_NOOP("Report", "Data the conversation builds on"),
    "conversations.summary": QT_TRANSLATE_NOOP("Report", "Summary"),
    "conversations.next_steps": QT_TRANSLATE_NOOP("Report", "Next steps"),
    "conversation_notes.text": QT_TRANSLATE_NOOP("Report", "Notes"),
    "cycles.wonder": QT_TRANSLATE_NOOP("Report", "Wondering and background"),
    "cycles.problem": QT_TRANSLATE_NOOP("Report", "Problem statement"),
    "cycles.why": QT_TRANSLATE_NOOP("Report", "Why it matters"),
    "cycles.goals": QT_TRANSLATE_NOOP("Report", "Goals"),
    "cycles.signs": QT_TRANSLATE_NOOP("Report", "Signs"),
    "cycles.learned": QT_TRANSLATE_NOOP("Report", "What have we learned"),
    "cycles.sharing": QT_TRANSLATE_NOOP("Report", "How do we share it"),
    "cycle_quick_writes.text": QT_TRANSLATE_NOOP("Report", "Quick-write"),
    "cycle_rounds.action": QT_TRANSLATE_NOOP("Report", "Action"),
    "cycle_rounds.reason": QT_TRANSLATE_NOOP("Report", "Reason"),
    "cycle_rounds.expectation": QT_TRANSLATE_NOOP("Report", "Expectation"),
    "cycle_rounds.lesson": QT_TRANSLATE_NOOP("Report", "The lesson"),
    "cycle_rounds.focus_points": QT_TRANSLATE_NOOP("Report", "Observation points"),
    "cycle_rounds.data_to_collect": QT_TRANSLATE_NOOP("Report", "Data to collect"),
    "cycle_rounds.lesson_sequence": QT_TRANSLATE_NOOP("Report", "The lesson's sequence"),
    "cycle_rounds.watch_for": QT_TRANSLATE_NOOP("Report",
                                                "What the observer should especially watch"),
    "cycle_rounds.focus_students": QT_TRANSLATE_NOOP("Report", "Focus students or groups"),
    "cycle_rounds.practicalities": QT_TRANSLATE_NOOP("Report", "Practicalities"),
    "collaborations.goals": QT_TRANSLATE_NOOP("Report", "Goals"),
    "collaborations.roles": QT_TRANSLATE_NOOP("Report", "Roles"),
    "collaborations.duration": QT_TRANSLATE_NOOP("Report", "Duration"),
    "collaborations.planning_time": QT_TRANSLATE_NOOP("Report", "Time for planning together"),
    "collaborations.evaluation_form": QT_TRANSLATE_NOOP("Report", "How we evaluate"),
    "collaborations.evaluation": QT_TRANSLATE_NOOP("Report", "Evaluation"),
    "collaborations.adjustments": QT_TRANSLATE_NOOP("Report", "Adjustment"),
    "collaboration_lessons.goal": QT_TRANSLATE_NOOP("Report", "Goal"),
    "collaboration_lessons.signs": QT_TRANSLATE_NOOP("Report", "Signs"),
    "collaboration_lessons.phases": QT_TRANSLATE_NOOP("Report", "The lesson's phases"),
    "collaboration_lessons.differentiation": QT_TRANSLATE_NOOP("Report", "Differentiation"),
    "collaboration_lessons.materials": QT_TRANSLATE_NOOP("Report", "Materials"),
    "people.note": QT_TRANSLATE_NOOP("Report", "Note"),
}


def write_atomically(path: Path, write: Callable[[Path], object]) -> Path:
    """Let *write* fill a temporary file beside *path*, then rename it onto *path*.

    Either the whole new file is there or the old one (if any) is untouched. A path that cannot
    be written raises StorageError with a message the user can act on.
    """
    folder = path.parent
    if path.is_dir():
        raise StorageError(QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a file name."),
                           path=str(path))
    if not folder.is_dir():
        raise StorageError(QT_TRANSLATE_NOOP(
            "Errors", "Cannot save {path}: the folder {folder} does not exist."),
            path=path.name, folder=str(folder))
    temp = folder / f".{path.name}.{uuid.uuid4().hex[:8]}.tmp"
    try:
        write(temp)
        temp.replace(path)
    except OSError as error:
        raise StorageError(QT_TRANSLATE_NOOP(
            "Errors", "Cannot save {path}: {reason}. Choose another folder."),
            path=str(path), reason=error.strerror or str(error)) from error
    finally:
        temp.unlink(missing_ok=True)
    return path
