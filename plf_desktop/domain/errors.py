"""Errors the user can act on, carrying an English source text that the UI and CLI translate.

The domain never translates (it must not import Qt). Every message is marked with
``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` collects it into the ``Errors`` context; the
composition root translates it with ``QCoreApplication.translate("Errors", text)`` and then
fills in the named parameters.
"""

from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark *text* for translation in *context* without translating it here."""
    del context
    return text


class PlfError(Exception):
    """Base for every error that should reach the user as one clear sentence."""

    def __init__(self, text: str, /, **params: Any) -> None:
        super().__init__(text.format(**params) if params else text)
        self.text = text
        self.params = params

    def render(self, translate: Any = None) -> str:
        """Return the message, translated by *translate(context, text)* when given."""
        if translate is None:
            return self.text.format(**self.params)
        text = translate("Errors", self.text)
        # The ``what`` parameter names a field ("The title", marked for translation too);
        # every other parameter is the user's own text or a number and stays as it is.
        params = {
            key: translate("Errors", value) if key == "what" else value
            for key, value in self.params.items()
        }
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return self.text.format(**self.params)


class ValidationError(PlfError):
    """Input that breaks a rule: an empty title, a date in the wrong format, …"""

    def __init__(self, text: str, /, field: str = "", **params: Any) -> None:
        super().__init__(text, **params)
        self.field = field


class NotFoundError(PlfError):
    """A record that does not exist (or lies in the trash)."""


class StorageError(PlfError):
    """The database file cannot be used: corrupt, foreign, too new, locked, read-only, full."""


class DamagedFileError(StorageError):
    """The file's pages are broken: it is never written to, and a good backup is offered."""
