"""The composition root: parse arguments, find the database, then start the GUI or a command."""

from __future__ import annotations

import sys

from plf_desktop.cli import EXIT_USAGE, UsageError, build_parser, run_command


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``plf-desktop``."""
    argv = sys.argv[1:] if argv is None else argv
    try:
        args = build_parser().parse_args(argv)
        if args.command:
            return run_command(args)
    except UsageError as error:
        print(f"plf-desktop: {error}", file=sys.stderr)
        return EXIT_USAGE
    from plf_desktop.ui.application import run_gui

    return run_gui(args)
