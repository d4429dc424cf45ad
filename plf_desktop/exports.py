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

from plf_desktop.domain.errors import QT_TRANSLATE_NOOP, StorageError
from plf_desktop.domain.labels import AgreementStatus, DataLevel, DataSource, ItemKind, label
from plf_desktop.reports.house_style import PageLabels
from plf_desktop.reports.meeting_referat import ReferatLabels, write_meeting_referat
from plf_desktop.services.registry import Services


def export_meeting_pdf(services: Services, meeting_id: str, path: Path) -> Path:
    """Write the referat of a meeting to *path* (NotFoundError, StorageError) and return it."""
    report = services.meetings.report(meeting_id)
    labels = referat_labels()
    return write_atomically(Path(path), lambda temp: write_meeting_referat(report, labels, temp))


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
