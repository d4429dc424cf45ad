"""*Adgangskode*: protect the database with a password, change it, or remove it; and the
question for the password when a protected file is opened.

A password protects the notes on a laptop that is lost or shared: without it the file and
its backups are unreadable (SQLCipher). It is never stored, so a forgotten password cannot
be recovered by anyone; the dialog says so before anything happens. The file is rewritten
between two windows (see :func:`plf_desktop.app.run_gui`); the dialog only chooses.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QRadioButton, QWidget

from plf_desktop.domain.errors import QT_TRANSLATE_NOOP, PlfError, ValidationError
from plf_desktop.i18n import message
from plf_desktop.services import password_service
from plf_desktop.ui import prompts
from plf_desktop.ui.context import UiContext
from plf_desktop.ui.form_dialog import FormDialog

translate = QCoreApplication.translate
MISMATCH = QT_TRANSLATE_NOOP("Errors", "The two new passwords are not the same.")
WRONG_CURRENT = QT_TRANSLATE_NOOP("Errors", "The current password is wrong.")


def _password_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class PasswordDialog(FormDialog):
    """Set a password, or change or remove the one the file has."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        self.current_key: str | None = ctx.services.storage.key
        protected = self.current_key is not None
        super().__init__(translate("PasswordDialog", "Password"), parent, width=560,
                         ok_text=translate("PasswordDialog", "Save") if protected
                         else translate("PasswordDialog", "Protect"))
        self.new_password: str | None = None
        """What the file's password becomes (None: no password), once accepted."""
        intro = QLabel(self)
        intro.setWordWrap(True)
        intro.setText(self.tr(
            "With a password the database and its backups are encrypted: without the "
            "password they cannot be read, also not on a lost laptop or a USB stick. PLF "
            "Desktop asks for it at every start. Keep the computer's disk encryption "
            "(BitLocker, FileVault) on as well: an earlier, unencrypted copy may remain in "
            "the disk's free space.\n\nThe password is not stored anywhere. If it is "
            "forgotten, no one (also not IT support) can open the data again. Keep it "
            "somewhere safe."))
        self.change = QRadioButton(self.tr("&Change the password"), self)
        self.remove = QRadioButton(self.tr("&Remove the password"), self)
        self.change.setChecked(True)
        self.current = _password_field(self)
        self.first = _password_field(self)
        self.second = _password_field(self)
        form = QFormLayout()
        if protected:
            form.addRow(self.change)
            form.addRow(self.remove)
            form.addRow(self.tr("C&urrent password"), self.current)
        else:  # nothing to change or remove yet
            for widget in (self.change, self.remove, self.current):
                widget.hide()
        form.addRow(self.tr("&New password"), self.first)
        form.addRow(self.tr("Re&peat the new password"), self.second)
        hint = QLabel(self.tr("At least {count} characters.").format(
            count=password_service.MIN_PASSWORD), self)
        hint.setObjectName("hint")
        form.addRow("", hint)
        if not password_service.available():
            intro.setText(self.tr(
                "This installation of PLF Desktop cannot encrypt the database (SQLCipher "
                "is missing). Use the computer's disk encryption (BitLocker, FileVault) "
                "instead."))
            for widget in (self.first, self.second, self.buttons):
                widget.setEnabled(False)
        self.remove.toggled.connect(self._removing)
        self.arrange(intro, form)
        (self.current if protected else self.first).setFocus()

    def _removing(self, removing: bool) -> None:
        self.first.setEnabled(not removing)
        self.second.setEnabled(not removing)

    def accept(self) -> None:
        """Check what was typed; close with :attr:`new_password` set."""
        self.accept_if(self._check)

    def _check(self) -> None:
        if self.current_key is not None and self.current.text() != self.current_key:
            raise ValidationError(WRONG_CURRENT, field="current")
        if self.current_key is not None and self.remove.isChecked():
            self.new_password = None
            return
        password_service.check_new_password(self.first.text())
        if self.first.text() != self.second.text():
            raise ValidationError(MISMATCH, field="second")
        self.new_password = self.first.text()


def ask_password(database: Path, wrong: bool) -> str | None:
    """The question at start for a protected file; None when the user gives up."""
    text = (translate("PasswordDialog", "The password was wrong. Try again.\n\n{path}") if wrong
            else translate("PasswordDialog", "The database is protected by a password.\n\n"
                           "{path}")).format(path=database)
    return prompts.password(None, translate("PasswordDialog", "Open PLF Desktop"), text)


def apply_password(database: Path, old: str | None, new: str | None) -> str | None:
    """Rewrite the closed file with its new password; the notice for the next window, or
    None when it failed (the file is then as it was)."""
    try:
        left = password_service.change_password(database, old, new)
    except PlfError as error:
        prompts.error(None, translate("PasswordDialog", "The password was not changed"),
                      message(error))
        return None
    done = (translate("PasswordDialog", "The database and its backups are now protected by "
                      "the password.") if new is not None and old is None
            else translate("PasswordDialog", "The password is changed, also for the backups.")
            if new is not None
            else translate("PasswordDialog", "The password is removed; the database and its "
                           "backups are no longer encrypted."))
    if left:
        done += " " + translate(
            "PasswordDialog", "{count} backups could not be rewritten and are as they were "
            "(open them with the old password, or none); delete them in the backups folder "
            "if they must not be read: {names}").format(
                count=len(left), names=", ".join(path.name for path in left))
    return done
