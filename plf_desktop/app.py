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
    """Create the Qt application, open and migrate the database, then show the window."""
    from plf_desktop.domain.errors import PlfError
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

    create_application()
    prefs = Prefs()
    install_translators(args.language or prefs.language)
    try:
        storage = open_storage(resolve_database(args.database), check_alongside=True)
    except PlfError as error:
        show_startup_error(message(error), quiet=args.exit_after_startup)
        return 1
    try:
        return run_main_window(build_services(storage), prefs,
                               exit_after_startup=args.exit_after_startup)
    finally:
        storage.close()
