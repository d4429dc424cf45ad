"""The three print actions every editor offers, in one place.

``pdf_actions`` (and with it QtPdf and QtPrintSupport) is imported only when the user prints,
so opening an editor costs nothing at start-up.
"""

from __future__ import annotations

from pathlib import Path

from plf_desktop.ui.context import UiContext


class PrintableEditor:
    """*Gem som PDF…*, *Åbn PDF* and *Udskriv…* for an editor that shows one record.

    The editor (a QWidget with ``ctx``) says whether a record is open, how to export it and
    what the document is called; what was typed is saved before anything is printed.
    """

    ctx: UiContext

    def has_record(self) -> bool:
        """Is a record open?"""
        raise NotImplementedError

    def export_to(self, path: Path) -> Path:
        """Write the record's PDF to *path* (the same export the command line uses)."""
        raise NotImplementedError

    def document_name(self) -> str:
        """The suggested file name, without ``.pdf``."""
        raise NotImplementedError

    def _ready(self) -> bool:
        return self.has_record() and self.ctx.autosaver.flush()

    def save_pdf(self) -> Path | None:
        """*Gem som PDF…*"""
        if not self._ready():
            return None
        from plf_desktop.ui import pdf_actions

        return pdf_actions.save_pdf(self.ctx, self, self.export_to, self.document_name())  # type: ignore[arg-type]

    def open_pdf(self) -> Path | None:
        """*Åbn PDF*"""
        if not self._ready():
            return None
        from plf_desktop.ui import pdf_actions

        return pdf_actions.open_pdf(self.ctx, self, self.export_to, self.document_name())  # type: ignore[arg-type]

    def print_pdf(self) -> bool:
        """*Udskriv…*"""
        if not self._ready():
            return False
        from plf_desktop.ui import pdf_actions

        return pdf_actions.print_pdf(self.ctx, self, self.export_to, self.document_name())  # type: ignore[arg-type]
