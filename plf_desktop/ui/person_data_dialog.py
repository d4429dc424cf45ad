"""*Eksportér persondata…* and *Slet person (GDPR)…*: a person's right of access and erasure.

The export asks one question first (include the observer's private notes? – no, unless the
user ticks it), then where to save; it writes a PDF and a JSON file side by side and says where
they went. Erasure names the person, says what happens and that it cannot be undone, and asks.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QWidget

from plf_desktop import exports
from plf_desktop.domain.errors import PlfError
from plf_desktop.domain.person_data import ERASED_LABEL
from plf_desktop.domain.records import Person
from plf_desktop.i18n import message
from plf_desktop.ui import prompts
from plf_desktop.ui.context import UiContext
from plf_desktop.ui.form_dialog import FormDialog
from plf_desktop.ui.pdf_actions import _documents_folder, safe_file_name

T = TypeVar("T")


class PersonExportDialog(FormDialog):
    """What the export holds, and the one choice: the observer's private notes too?"""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Export personal data"), parent,
                         ok_text=self.tr("Choose where to save…"))
        intro = QLabel(self.tr(
            "Everything PLF Desktop stores about {name} is written to a PDF to read and a JSON "
            "file with the same data: the person's details, teams, meetings, agreements, "
            "observations, conversations, courses and collaborations, with their text, and "
            "the records whose text names them.").format(name=name), self)
        intro.setWordWrap(True)
        self.include_private = QCheckBox(self.tr("Include &private notes"), self)
        self.include_private.setAccessibleName(self.tr("Include the observer's private notes"))
        hint = QLabel(self.tr(
            "The observer's private notes are the coach's own working notes and normally never "
            "leave this computer. Tick only if they must be handed over too."), self)
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        layout = self.arrange(intro, self.include_private, hint)
        layout.insertSpacing(1, 8)


def _busy(ctx: UiContext, work: Callable[[], T]) -> T | None:
    """Run *work* under the wait cursor (a large database takes a second); a refusal is
    shown and gives None."""
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        return work()
    except PlfError as error:
        ctx.show_error(message(error))
        return None
    finally:
        QApplication.restoreOverrideCursor()


def export_person(ctx: UiContext, parent: QWidget, person: Person) -> tuple[Path, Path] | None:
    """Ask, write the PDF and JSON, and say where they are; None when the user cancels."""
    ctx.autosaver.flush()
    dialog = PersonExportDialog(person.name, parent)
    if not prompts.run(dialog):
        return None
    include_private = dialog.include_private.isChecked()
    translate = QCoreApplication.translate
    name = translate("PersonData", "Personal data – {name}").format(name=person.name)
    suggested = _documents_folder(ctx) / f"{safe_file_name(name)}.pdf"
    target = prompts.save_file(parent, translate("PersonData", "Export personal data"),
                               suggested, translate("PersonData", "PDF files (*.pdf)"))
    if target is None:
        return None
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    written = _busy(ctx, lambda: exports.export_person_data(ctx.services, person.id, target,
                                                             include_private))
    if written is None:
        return None
    ctx.prefs.last_folder = str(written[0].parent)
    ctx.show_message(translate("PersonData", "Saved: {path}").format(path=written[0]))
    prompts.info(parent, translate("PersonData", "Personal data exported"), translate(
        "PersonData", "The personal data of {name} is saved in two files:\n\n{pdf}\n{json}\n\n"
                      "The PDF is for reading; the JSON file holds the same data for other "
                      "programs.").format(name=person.name, pdf=written[0], json=written[1]))
    return written


def erase_person(ctx: UiContext, parent: QWidget, person: Person) -> bool:
    """Confirm, then erase the person for good; True when it was done."""
    translate = QCoreApplication.translate
    label = translate("PersonData", ERASED_LABEL)
    ctx.autosaver.flush()
    count = _busy(ctx, lambda: ctx.services.person_data.record_count(person.id))
    if count is None:
        return False
    text = translate(
        "PersonData",
        "Erase {name} for good?\n\n"
        "The name is replaced by “{label}” in the {count} records that involve or name the "
        "person, and the initials, role and note are removed. The records themselves are "
        "kept, so the teams do not lose their history. Where the full name is written in a "
        "text, it is replaced too; a first name on its own is not found, so check those "
        "texts yourself.\n\n"
        "This cannot be undone. Export the personal data first if the person asked for it. "
        "Backups made before keep the old data until they rotate out.").format(
            name=person.name, label=label, count=count)
    if not prompts.confirm(parent, translate("PersonData", "Erase person (GDPR)"), text):
        return False
    result = _busy(ctx, lambda: ctx.services.person_data.erase(person.id, label))
    if result is None:
        return False
    ctx.show_message(translate(
        "PersonData", "The person is erased: {records} records now say “{label}”, and the "
                      "name was replaced in {texts} texts.").format(
        records=result.records_kept, label=label, texts=result.texts_changed))
    return True
