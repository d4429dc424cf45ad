"""Installing the app's and Qt's own translations (Danish by default, English on request).

Qt-core only, so the CLI can print the same Danish messages as the window without loading
QtWidgets.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from plf_desktop.domain.errors import PlfError
from plf_desktop.resources import translations_dir

LANGUAGES = ("da", "en")
DEFAULT_LANGUAGE = "da"
_installed: list[QTranslator] = []


def install_translators(language: str = DEFAULT_LANGUAGE) -> bool:
    """Install every ``*_<lang>.qm`` of ours and Qt's ``qtbase_<lang>.qm``; English needs none.

    Returns False when the app's Danish translation could not be loaded (a build without
    ``make translations``), so the caller can warn instead of silently showing English.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QCoreApplication first")
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Denmark))
        return True
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    loaded = False
    # One .qm per area (domain, report, ui …), so each area's owner keeps its own .ts file.
    for path in sorted(translations_dir().glob(f"*_{language}.qm")):
        ours = QTranslator(app)
        if ours.load(str(path)):
            app.installTranslator(ours)
            _installed.append(ours)
            loaded = True
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return loaded


def message(error: PlfError) -> str:
    """The translated, filled-in message of a domain error."""
    return error.render(QCoreApplication.translate)
