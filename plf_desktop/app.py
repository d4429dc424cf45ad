"""The composition root: parse arguments, find the database, then start the GUI or a command."""

from __future__ import annotations

import argparse
import sys

from plf_desktop.cli import EXIT_USAGE, UsageError, build_parser, one_line, run_command


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``plf-desktop``."""
    argv = sys.argv[1:] if argv is None else argv
    try:
        args = build_parser().parse_args(argv)
        if args.command:
            return run_command(args)
    except UsageError as error:
        print(f"plf-desktop: {one_line(str(error))}", file=sys.stderr)
        return EXIT_USAGE
    return run_gui(args)


def run_gui(args: argparse.Namespace) -> int:
    """Create the Qt application, open and migrate the database, then show the window.

    The window may end asking for the file to be replaced: by a backup the user chose, or by
    the newest good backup when the file turned out damaged. Both need the file closed, so
    they happen here, between two windows.
    """
    from plf_desktop.domain.errors import DamagedFileError, PlfError
    from plf_desktop.i18n import install_translators, message
    from plf_desktop.paths import resolve_database
    from plf_desktop.services.registry import build_services
    from plf_desktop.storage.database import open_storage
    from plf_desktop.ui.application import (
        create_application,
        run_main_window,
        show_startup_error,
    )
    from plf_desktop.ui.prefs import Prefs
    from plf_desktop.ui.recovery import offer_recovery, restore_chosen

    create_application()
    prefs = Prefs()
    install_translators(args.language or prefs.language)
    quiet = args.exit_after_startup
    database = resolve_database(args.database)
    notice: str | None = ""
    while True:
        try:
            storage = open_storage(database, check_alongside=True)
        except DamagedFileError as error:
            notice = None if quiet else offer_recovery(database, error)
            if notice is None:
                show_startup_error(message(error), quiet=True)
                return 1
            continue
        except PlfError as error:
            show_startup_error(message(error), quiet=quiet)
            return 1
        services = build_services(storage)
        try:
            outcome = run_main_window(services, prefs, exit_after_startup=quiet, notice=notice)
        finally:
            services.backups.wait()
            storage.close()
        notice = ""
        if outcome.restore_from is not None:
            notice = restore_chosen(database, outcome.restore_from)
        elif outcome.damaged is not None and not quiet:
            notice = offer_recovery(database, outcome.damaged)
            if notice is None:
                return 1
        else:
            return outcome.code

