"""How much slower than an empty PySide6 window does PLF Desktop start on a large database?

Side by side, alternating so both feel the same machine load and disk cache:

(a) a bare window: ``python -c`` creating a QApplication and an empty QMainWindow, showing it,
    processing events and exiting – the floor no Qt app can go below;
(b) ``python -m plf_desktop --exit-after-startup --database <large demo>`` – opens and checks the
    database, builds and paints the main window, exits 0.

Reports the median and p90 wall time of each and the ratio of the medians. The large demo
database is made once and reused (pass ``--fresh`` to rebuild it).

    .venv/bin/python benchmarks/startup.py [--runs 15] [--database PATH] [--fresh]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # _common.py sits beside the script

from _common import (
    DEFAULT_CACHE,
    HEADER,
    BenchmarkError,
    Summary,
    make_demo,
    plf_command,
    qt_env,
    run_timed,
)

BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.processEvents()
"""


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The options; the defaults are the ones the README's numbers were measured with."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="measurements of each (default 15)")
    parser.add_argument("--database", type=Path, default=DEFAULT_CACHE / "large.sqlite3",
                        help="the large demo database (made here if missing)")
    parser.add_argument("--fresh", action="store_true", help="rebuild the demo database first")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def ensure_database(path: Path, fresh: bool, env: dict[str, str]) -> None:
    """Make the large demo once; later runs reuse it so only start-up is measured."""
    if fresh:
        for leftover in path.parent.glob(path.name + "*"):
            leftover.unlink()
    if not path.exists():
        print(f"Making the large demo database at {path} …", flush=True)
        seconds = make_demo(path, "large", env)
        print(f"  done in {seconds:.1f} s", flush=True)


APP = "plf-desktop --exit-after-startup"
BARE = "the bare PySide6 window"


def compile_bytecode() -> None:
    """Write the package's ``.pyc`` files, as ``pip install`` and the frozen build do.

    Without them (``PYTHONDONTWRITEBYTECODE=1`` in some shells and CI images) every start
    compiles some 80 modules from source, about 60 ms no user ever waits for.
    """
    import compileall

    package = Path(__file__).resolve().parent.parent / "plf_desktop"
    if not compileall.compile_dir(str(package), quiet=1):
        raise BenchmarkError("compiling the package's bytecode failed")


def check_app_starts(database: Path, env: dict[str, str]) -> None:
    """One untimed start, so a missing or broken ``--exit-after-startup`` fails once with its
    own message instead of being timed fifteen times (it also warms the disk cache)."""
    run_timed(plf_command("--exit-after-startup", "--database", database), env, APP)


def measure(runs: int, database: Path, env: dict[str, str]) -> tuple[list[float], list[float]]:
    """Alternate bare window and app *runs* times; return both lists of wall times."""
    bare_cmd = [sys.executable, "-c", BARE_WINDOW]
    app_cmd = plf_command("--exit-after-startup", "--database", database)
    run_timed(bare_cmd, env, BARE)  # warm-up, not counted
    bare, app = [], []
    for index in range(runs):
        bare.append(run_timed(bare_cmd, env, BARE))
        app.append(run_timed(app_cmd, env, APP))
        print(f"  run {index + 1:>2}/{runs}: bare {bare[-1] * 1000:6.0f} ms, "
              f"app {app[-1] * 1000:6.0f} ms", flush=True)
    return bare, app


def report(bare: list[float], app: list[float], database: Path, env: dict[str, str]) -> None:
    """Print the table, with the interpreter, platform and file size that explain the numbers."""
    plain, full = Summary.of(bare), Summary.of(app)
    print()
    print(f"Python {sys.version.split()[0]}, QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']}, "
          f"database {database} ({database.stat().st_size / 1e6:.1f} MB)")
    print(HEADER)
    print(plain.row("bare PySide6 window"))
    print(full.row("plf-desktop (large demo)"))
    print(f"ratio of medians: {full.median / plain.median:.2f}× "
          f"(+{(full.median - plain.median) * 1000:.0f} ms)")


def main(argv: list[str] | None = None) -> int:
    """Prepare, check, measure, report; exit 1 with one line when a step fails."""
    args = parse_args(argv)
    env = qt_env()
    try:
        ensure_database(args.database, args.fresh, env)
        compile_bytecode()
        check_app_starts(args.database, env)
        bare, app = measure(args.runs, args.database, env)
    except BenchmarkError as error:
        print(f"startup benchmark: {error}", file=sys.stderr)
        return 1
    report(bare, app, args.database, env)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
