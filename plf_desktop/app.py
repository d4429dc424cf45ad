"""The composition root: parse arguments, find the database, then start the GUI or a command."""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from plf_desktop.cli import EXIT_USAGE, UsageError, one_line, parse_args, run_command

if TYPE_CHECKING:
    from plf_desktop.domain.errors import DamagedFileError


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``plf-desktop``."""
    argv = sys.argv[1:] if argv is None else argv
    try:
        args = parse_args(argv)
        if args.command:
            return run_command(args)
    except UsageError as error:
        print(f"plf-desktop: {one_line(str(error))}", file=sys.stderr)
        return EXIT_USAGE
    return run_gui(args)


def run_gui(args: argparse.Namespace) -> int:
    """Create the Qt application, open and migrate the database, then show the window.

    The window may end asking for the file to be replaced or rewritten: by a backup the user
    chose, by the newest good backup when the file turned out damaged, or with a new
    password. All need the file closed, so they happen here, between two windows.
    """
    # Start-up makes objects that live as long as the app: collecting garbage meanwhile finds
    # none. The window turns the collector back on after its first frame (settle_startup_heap).
    gc.disable()
    try:
        return _windows(args)
    finally:
        gc.enable()


def _windows(args: argparse.Namespace) -> int:
    """Open the file and run windows on it until one ends the app (see :func:`run_gui`)."""
    import os

    from plf_desktop.paths import resolve_database
    from plf_desktop.storage.cipher import PASSWORD_ENV
    from plf_desktop.storage.page_check import IntegrityCheck

    database = resolve_database(args.database)
    key = os.environ.get(PASSWORD_ENV) or None
    # An existing file's pages are checked from the start, in a thread, while the rest of
    # the app, Qt and the window load (before it is even opened: opening uses the check, or
    # cancels it when the file needs a full check first or cannot be opened).
    started = IntegrityCheck(database, key) if database.exists() else None

    # The services before anything that imports PySide6: its import hook reads the source of
    # every module imported after it (≈ 0.1 ms each, 55 fewer this way).
    from plf_desktop.domain.errors import DamagedFileError, PlfError
    from plf_desktop.services.registry import build_services
    from plf_desktop.storage.cipher import PasswordRequired, WrongPassword
    from plf_desktop.storage.database import Storage, damaged, open_storage

    quiet = args.exit_after_startup
    # The file is opened before Qt is imported; what opening raised waits for the
    # QApplication its dialogs need.
    early: Storage | PlfError | None = None
    if started is not None:
        try:
            early = open_storage(database, check_alongside=started, key=key)
        except PlfError as error:
            early = error

    try:
        from plf_desktop.i18n import install_translators, message
        from plf_desktop.ui.application import (
            create_application,
            run_main_window,
            settle_startup_heap,
            show_startup_error,
        )
        from plf_desktop.ui.prefs import Prefs

        create_application()
        if not isinstance(early, Storage):  # a question may come before the window: collect
            settle_startup_heap()
        prefs = Prefs()
        install_translators(args.language or prefs.language)
    except BaseException:
        if isinstance(early, Storage):  # Qt could not start: close the file as a window would
            early.close()
        raise
    notice: str | None = ""
    # The dialogs between two windows are imported only when needed (start-up time).
    if not quiet and early is None:
        from plf_desktop.ui.recovery import offer_missing

        notice = offer_missing(database)
    while True:
        try:
            if early is None:
                storage = open_storage(database, check_alongside=True, key=key)
            elif isinstance(early, PlfError):
                raise early
            else:
                storage = early
            early = None
        except (PasswordRequired, WrongPassword) as error:
            early = None
            if quiet:
                show_startup_error(message(error), quiet=True)
                return 1
            from plf_desktop.ui.recovery import damaged_not_wrong

            if isinstance(error, WrongPassword) and damaged_not_wrong(database, key):
                reason = "the password opens its backups, but not its first page"
                notice = _recover(database, damaged(database, reason), key)
                if notice is None:
                    return 1
                continue
            from plf_desktop.ui.password_dialog import ask_password

            key = ask_password(database, isinstance(error, WrongPassword))
            if key is None:
                show_startup_error(message(error), quiet=True)
                return 1
            continue
        except DamagedFileError as error:
            early = None
            notice = None if quiet else _recover(database, error, key)
            if notice is None:
                show_startup_error(message(error), quiet=True)
                return 1
            continue
        except PlfError as error:
            show_startup_error(message(error), quiet=quiet)
            return 1
        key = storage.key
        services = build_services(storage)
        try:
            outcome = run_main_window(services, prefs, exit_after_startup=quiet, notice=notice)
        finally:
            services.backups.wait()
            storage.close()
        notice = ""
        if outcome.restore_from is not None:
            from plf_desktop.ui.recovery import restore_chosen

            notice = restore_chosen(database, outcome.restore_from, key)
        elif outcome.password is not None:
            from plf_desktop.ui.password_dialog import apply_password

            new_key = outcome.password[0]
            notice = apply_password(database, key, new_key)
            if notice is not None:
                key = new_key
        elif outcome.damaged is not None and not quiet:
            notice = _recover(database, outcome.damaged, key)
            if notice is None:
                return 1
        else:
            return outcome.code


def _recover(database: Path, error: DamagedFileError, key: str | None) -> str | None:
    """Offer the newest good backup for a damaged file; the notice, or None to quit."""
    from plf_desktop.ui.recovery import offer_recovery

    return offer_recovery(database, error, key)
