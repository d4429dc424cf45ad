"""*Gem som PDF*, *Åbn PDF* and *Udskriv…* for any document the app prints.

The PDF is always the one the command line writes (same export function); printing renders
its pages with QtPdf, so what comes out of the printer is what the PDF shows.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QSize, QStandardPaths, Qt
from PySide6.QtGui import QCursor, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget

from plf_desktop.domain.errors import PlfError
from plf_desktop.i18n import message
from plf_desktop.ui import prompts
from plf_desktop.ui.context import UiContext

Export = Callable[[Path], Path]
MAX_PRINT_DPI = 300


def safe_file_name(name: str) -> str:
    """A file name every operating system accepts, keeping Danish letters."""
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", name)
    return " ".join(cleaned.split())[:120].strip(" .") or "dokument"


def _documents_folder(ctx: UiContext) -> Path:
    last = ctx.prefs.last_folder
    if last and Path(last).is_dir():
        return Path(last)
    return Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())


def _run_export(ctx: UiContext, export: Export, path: Path) -> Path | None:
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        return export(path)
    except PlfError as error:
        ctx.show_error(message(error))
        return None
    finally:
        QApplication.restoreOverrideCursor()


def save_pdf(ctx: UiContext, parent: QWidget, export: Export, name: str) -> Path | None:
    """Ask where, write the PDF there, and say where it went."""
    ctx.autosaver.flush()
    suggested = _documents_folder(ctx) / f"{safe_file_name(name)}.pdf"
    title = QCoreApplication.translate("PdfActions", "Save as PDF")
    filters = QCoreApplication.translate("PdfActions", "PDF files (*.pdf)")
    target = prompts.save_file(parent, title, suggested, filters)
    if target is None:
        return None
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    written = _run_export(ctx, export, target)
    if written:
        ctx.prefs.last_folder = str(written.parent)
        saved = QCoreApplication.translate("PdfActions", "Saved: {path}")
        ctx.show_message(saved.format(path=written))
    return written


def _temporary_pdf(ctx: UiContext, export: Export, name: str) -> Path | None:
    folder = Path(tempfile.gettempdir()) / "PLF Desktop"
    folder.mkdir(parents=True, exist_ok=True)
    return _run_export(ctx, export, folder / f"{safe_file_name(name)}.pdf")


def open_pdf(ctx: UiContext, parent: QWidget, export: Export, name: str) -> Path | None:
    """Write the PDF to a temporary file and open it in the system's viewer."""
    ctx.autosaver.flush()
    path = _temporary_pdf(ctx, export, name)
    if path and not prompts.open_in_viewer(path):
        text = QCoreApplication.translate(
            "PdfActions", "No PDF viewer could be started. The PDF is here:\n{path}")
        prompts.info(parent, QCoreApplication.translate("PdfActions", "Open PDF"),
                     text.format(path=path))
    return path


def print_pdf(ctx: UiContext, parent: QWidget, export: Export, name: str) -> bool:
    """Choose a printer and print the PDF's pages; True when pages were sent."""
    ctx.autosaver.flush()
    path = _temporary_pdf(ctx, export, name)
    if not path:
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    # Qt's dialog offers the document name as the file name when printing to a file; a dot
    # in "22.11.2026" would be taken for the start of an extension.
    printer.setDocName(safe_file_name(name).replace(".", "-"))
    if not prompts.choose_printer(parent, printer):
        return False
    return print_file(path, printer, ctx.show_message)


def print_file(path: Path, printer: QPrinter,
               progress: Callable[[str], None] | None = None) -> bool:
    """Paint each page of the PDF at *path* onto *printer*, scaled to the printable area.

    Pages are rendered at most at 300 dpi on white: a printer's 1200 dpi would mean a
    500 MB image per page and a frozen window, for no difference on paper.
    """
    document = QPdfDocument()
    if document.load(str(path)) != QPdfDocument.Error.None_:
        return False
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        pages = document.pageCount()
        for page in range(pages):
            if progress:
                progress(QCoreApplication.translate("PdfActions", "Printing page {n} of {count}…")
                         .format(n=page + 1, count=pages))
                QApplication.processEvents()
            if page:
                printer.newPage()
            area = printer.pageLayout().paintRectPixels(printer.resolution())
            size = document.pagePointSize(page)
            scale = min(area.width() / size.width(), area.height() / size.height())
            target = QRect(0, 0, int(size.width() * scale), int(size.height() * scale))
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            image = document.render(page, QSize(int(size.width() * dpi / 72),
                                                int(size.height() * dpi / 72)))
            painter.fillRect(target, Qt.GlobalColor.white)
            painter.drawImage(target, image)
    finally:
        painter.end()
    return True

