"""How long does ``plf-desktop demo --size large`` take, end to end?

Each run fills a brand-new file in a temporary folder through the CLI (interpreter start,
migration, the whole fill in one transaction, the final checkpoint), so the number is what a
developer or the startup benchmark waits for.

    .venv/bin/python benchmarks/demo_fill.py [--runs 3] [--size large|small]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # _common.py sits beside the script

from _common import (
    HEADER,
    BenchmarkError,
    Summary,
    make_demo,
    qt_env,
)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The options: how many fills, and of which size."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="fills to time (default 3)")
    parser.add_argument("--size", choices=("small", "large"), default="large")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    """Fill, time and report; exit 1 with one line when a fill fails."""
    args = parse_args(argv)
    env = qt_env()
    times = []
    try:
        for index in range(args.runs):
            with tempfile.TemporaryDirectory(prefix="plf-demo-") as folder:
                path = Path(folder) / "demo.sqlite3"
                times.append(make_demo(path, args.size, env))
                size_mb = path.stat().st_size / 1e6
            print(f"  run {index + 1}/{args.runs}: {times[-1]:.2f} s ({size_mb:.1f} MB)",
                  flush=True)
    except BenchmarkError as error:
        print(f"demo benchmark: {error}", file=sys.stderr)
        return 1
    print()
    print(HEADER)
    print(Summary.of(times).row(f"demo --size {args.size}"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
