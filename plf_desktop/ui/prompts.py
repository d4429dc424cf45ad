"""Every modal question the app asks goes through here, so tests can answer it.

Static Qt dialogs block a test run forever; tests replace these functions (monkeypatch) with
answers, and a forgotten one fails by pytest-timeout instead of hanging.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

if TYPE_CHECKING:  # QtPrintSupport loads only when the user prints (start-up time)
    from PySide6.QtPrintSupport import QPrinter


def error(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something failed and what to do."""
    QMessageBox.critical(parent, title, text)


def info(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something worth knowing."""
    QMessageBox.information(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask yes or no before something that cannot be undone; True for yes."""
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes
                                  | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def choose(parent: QWidget | None, title: str, text: str, accept: str, reject: str) -> bool:
    """Ask a question whose two answers are actions ("Gendan sikkerhedskopien" or
    "Afslut"); True for *accept*."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    yes = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(reject, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes)
    box.exec()
    return box.clickedButton() is yes


def password(parent: QWidget | None, title: str, label: str) -> str | None:
    """Ask for a password (typed hidden); None when the user cancels."""
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return text if ok else None


def save_file(parent: QWidget | None, title: str, suggested: Path, filters: str) -> Path | None:
    """Ask where to save; None when the user cancels."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    return Path(name) if name else None


def open_file(parent: QWidget | None, title: str, folder: Path, filters: str) -> Path | None:
    """Ask for a file to read; None when the user cancels."""
    name, _ = QFileDialog.getOpenFileName(parent, title, str(folder), filters)
    return Path(name) if name else None


def run(dialog: QDialog) -> bool:
    """Show one of our own dialogs modally; True when accepted. Tests fill and accept it."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def choose_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """Qt's print dialog for *printer* (kept alive by the caller); True to print."""
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def open_in_viewer(path: Path) -> bool:
    """Hand a file to the system's viewer; False when there is none."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
