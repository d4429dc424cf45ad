"""The command line: ``demo``, ``list``, ``export``, ``check``, ``backup`` and ``restore``.

A contract others script against (IT smoke tests, batch printing, support): names, arguments,
output and exit codes are exactly those of the foundation issue. Every failure is one clear
line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from plf_desktop.domain.errors import QT_TRANSLATE_NOOP, PlfError, StorageError

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
LIST_KINDS = ("meetings", "agreements", "observations", "conversations", "cycles",
              "collaborations", "people", "teams")
EXPORT_KINDS = ("meeting", "observation", "conversation", "cycle", "collaboration")


class UsageError(Exception):
    """Arguments that do not fit the command line."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports a mistake as one line instead of usage text and exit 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


COMMANDS = ("demo", "list", "export", "check", "backup", "restore")


def parse_args(argv: list[str]) -> argparse.Namespace:
    """*argv* read by the command line below; UsageError when it does not fit.

    Starting the window (no command, the most common use) reads its three options without
    building every command's parser first (start-up time). Help (also abbreviated, ``--he``)
    and any mistake go to the whole parser, so what is printed is the same either way.
    """
    if any(word in COMMANDS or word == "-h" or (len(word) > 2 and "--help".startswith(word))
           for word in argv):
        return build_parser().parse_args(argv)
    try:
        return build_parser(commands=False).parse_args(argv)
    except UsageError:
        return build_parser().parse_args(argv)


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line (without *commands*: only the window's options)."""
    parser = _Parser(prog="plf-desktop", description="PLF Desktop")
    parser.add_argument("--database", metavar="PATH", help="the database file")
    parser.add_argument("--language", choices=("da", "en"), help="the window's language")
    parser.add_argument("--exit-after-startup", action="store_true",
                        help="open the database, build and paint the main window, exit 0")
    if not commands:
        parser.set_defaults(command=None)
        return parser
    subparsers = parser.add_subparsers(dest="command", parser_class=_Parser)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = subparsers.add_parser(name, help=help_text)
        sub.add_argument("--database", metavar="PATH", default=argparse.SUPPRESS)
        return sub

    demo = command("demo", "fill a NEW database with realistic Danish example data")
    demo.add_argument("--size", choices=("small", "large"), default="small")
    listing = command("list", "print meetings, agreements, observations, conversations,"
                      " action-learning cycles, co-teaching collaborations, people or teams")
    listing.add_argument("kind", choices=LIST_KINDS)
    listing.add_argument("--json", action="store_true")
    export = command("export", "write a PDF (for a cycle: its course report; for a"
                     " collaboration: its summary)")
    export.add_argument("what", choices=EXPORT_KINDS)
    export.add_argument("id")
    export.add_argument("--output", metavar="FILE.pdf", required=True)
    command("check", "integrity and schema version")
    backup = command("backup", "a consistent copy, also while the app is running")
    backup.add_argument("--output", metavar="FILE", required=True)
    restore = command("restore", "put a backup in the database's place; the current file is"
                      " set aside in backups/ first, so the restore can be undone")
    restore.add_argument("--from", dest="source", metavar="FILE", required=True)
    return parser


def _translator() -> Callable[[str, str], str]:
    """The Danish translation for messages, without loading QtWidgets."""
    from PySide6.QtCore import QCoreApplication

    from plf_desktop.i18n import install_translators

    if QCoreApplication.instance() is None:
        _translator.app = QCoreApplication([sys.argv[0]])  # type: ignore[attr-defined]
    install_translators("da")
    return QCoreApplication.translate


def one_line(text: str) -> str:
    """Messages that quote SQLite or the OS may hold line breaks; stderr gets one line."""
    return " ".join(text.split())


def fail(text: str) -> int:
    """Print one line on stderr and return the error exit code."""
    print(f"plf-desktop: {one_line(text)}", file=sys.stderr)
    return EXIT_ERROR


def run_command(args: argparse.Namespace) -> int:
    """Run a subcommand; errors become one line on stderr."""
    translate = _translator()
    try:
        return COMMANDS[args.command](args)
    except PlfError as error:
        from PySide6.QtCore import QCoreApplication

        from plf_desktop.storage.cipher import PasswordRequired

        text = error.render(translate)
        if isinstance(error, PasswordRequired):
            text += " " + QCoreApplication.translate(
                "Cli", "Set PLF_DESKTOP_PASSWORD to its password.")
        return fail(text)
    except BrokenPipeError:
        # `plf-desktop list meetings | head`: the reader has gone; say nothing more.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    except OSError as error:
        return fail(error.strerror or str(error))
    except Exception as error:  # the contract: one line on stderr, never a traceback
        return fail(f"{type(error).__name__}: {error}")


def _database(args: argparse.Namespace) -> Path:
    from plf_desktop.paths import resolve_database

    return resolve_database(args.database)


def _key() -> str | None:
    """The password of a protected database: the command line reads it from the
    environment (never from an argument, which other users could see in the process list)."""
    import os

    from plf_desktop.storage.cipher import PASSWORD_ENV

    return os.environ.get(PASSWORD_ENV) or None


def _demo(args: argparse.Namespace) -> int:
    from plf_desktop.services.demo_data import fill_demo
    from plf_desktop.services.registry import build_services
    from plf_desktop.storage.database import open_storage

    if not args.database:
        raise UsageError("demo needs --database PATH")
    storage = open_storage(Path(args.database))
    try:
        services = build_services(storage)
        counts = fill_demo(services, args.size)
    finally:
        storage.close()
    print(", ".join(f"{count} {name}" for name, count in counts.items()))
    return EXIT_OK


def _rows(services, kind: str) -> list[dict]:  # type: ignore[no-untyped-def]
    if kind == "meetings":
        return [{"id": m.id, "date": m.date.isoformat(), "title": m.title, "team": m.team_name,
                 "time": m.start_time.isoformat("minutes") if m.start_time else None,
                 "place": m.place, "agenda_items": m.item_count}
                for m in reversed(services.meetings.summaries())]
    if kind == "agreements":
        return [{"id": r.agreement.id, "date": r.agreement.due.isoformat() if r.agreement.due
                 else "", "title": r.agreement.what, "status": r.agreement.status.value,
                 "responsible": r.responsible_name, "team": r.team_name,
                 "source": r.source_title} for r in services.agreements.list()]
    if kind == "observations":
        from plf_desktop.domain.observations import observation_title

        return [{"id": o.id, "date": o.date.isoformat(),
                 "title": observation_title(o.class_label, o.subject, o.teachers),
                 "time": o.start_time.isoformat("minutes") if o.start_time else None,
                 "class": o.class_label, "subject": o.subject, "teachers": o.teachers,
                 "notes": o.note_count}
                for o in reversed(services.observations.summaries())]
    if kind == "conversations":
        return [{"id": c.id, "date": c.date.isoformat(), "title": c.title,
                 "time": c.start_time.isoformat("minutes") if c.start_time else None,
                 "model": c.template_name, "focus_person": c.focus_person, "team": c.team,
                 "phase": None if c.phase is None else c.phase + 1, "phases": c.phase_count,
                 "closed": c.finished}
                for c in reversed(services.conversations.summaries())]
    if kind == "cycles":
        return [{"id": c.id, "date": c.started.isoformat() if c.started else "",
                 "title": c.title, "team": c.team, "stage": c.stage.value, "rounds": c.rounds,
                 "model": c.model.value}
                for c in reversed(services.cycles.summaries())]
    if kind == "collaborations":
        return [{"id": c.id, "date": c.started.isoformat() if c.started else "",
                 "title": c.title, "teacher": c.teacher, "coach": c.coach,
                 "stage": c.stage.value, "lessons": c.lessons}
                for c in reversed(services.collaborations.summaries())]
    if kind == "people":
        return [{"id": p.id, "date": p.created_at[:10], "title": p.name,
                 "initials": p.initials, "role": p.role.value}
                for p in services.people.list_people()]
    return [{"id": t.id, "date": t.created_at[:10], "title": t.name, "kind": t.kind.value,
             "members": len(t.member_ids)} for t in services.people.list_teams()]


def _list(args: argparse.Namespace) -> int:
    from plf_desktop.services.registry import build_services
    from plf_desktop.storage.database import open_storage

    storage = open_storage(_database(args), read_only=True, key=_key())
    try:
        rows = _rows(build_services(storage), args.kind)
    finally:
        storage.close()
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for row in rows:
            title = " ".join(row["title"].split())  # one line per item, whatever was typed
            print(f"{row['id']}\t{row['date']}\t{title}")
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from plf_desktop.exports import (
        export_collaboration_pdf,
        export_conversation_pdf,
        export_cycle_pdf,
        export_meeting_pdf,
        export_observation_pdf,
    )
    from plf_desktop.services.registry import build_services
    from plf_desktop.storage.database import open_storage

    # The observer's private notes are never printed from the command line.
    export = {"meeting": export_meeting_pdf, "observation": export_observation_pdf,
              "conversation": export_conversation_pdf, "cycle": export_cycle_pdf,
              "collaboration": export_collaboration_pdf}[args.what]
    storage = open_storage(_database(args), read_only=True, key=_key())
    try:
        path = export(build_services(storage), args.id, Path(args.output))
    finally:
        storage.close()
    print(path)
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from plf_desktop.storage.database import inspect_file

    path = _database(args)
    report = inspect_file(path, full_check=True, key=_key())
    if not report.exists:
        raise StorageError(QT_TRANSLATE_NOOP("Errors", "There is no database at {path}."),
                           path=str(path))
    if report.problem:
        raise report.problem
    print("ok")
    return EXIT_OK


def _backup(args: argparse.Namespace) -> int:
    from plf_desktop.storage.database import backup_file

    print(backup_file(_database(args), Path(args.output), _key()))
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    from plf_desktop.services.backup_service import restore_backup

    database = _database(args)
    aside = restore_backup(database, Path(args.source), _key())
    print(database)
    if aside is not None:
        print(aside)
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": _demo, "list": _list, "export": _export, "check": _check, "backup": _backup,
    "restore": _restore,
}
