"""What the benchmark scripts share: running the app as a subprocess and summarising timings.

Every measurement is a fresh process, started the way a user or IT starts it, so the numbers
include interpreter start, imports and Qt start-up – the wall time a person actually waits.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

DEFAULT_CACHE = Path(os.environ.get("TMPDIR", "/tmp")) / "plf-desktop-benchmarks"


class BenchmarkError(Exception):
    """A step the benchmark depends on failed; the message says which and why."""


def qt_env() -> dict[str, str]:
    """The environment for child processes: offscreen Qt unless the caller chose a platform."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PLF_DESKTOP_DATABASE", None)
    return env


def run_timed(args: list[str], env: dict[str, str], what: str) -> float:
    """Run *args* to completion and return its wall time in seconds.

    A non-zero exit raises BenchmarkError naming *what* failed and the child's last line of
    stderr, so a broken build is reported once instead of timed.
    """
    start = time.perf_counter()
    result = subprocess.run(args, capture_output=True, text=True, env=env, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["(no output)"])[-1]
        raise BenchmarkError(f"{what} failed (exit {result.returncode}): {last}")
    return elapsed


def plf_command(*args: str | Path) -> list[str]:
    """``python -m plf_desktop …`` with this interpreter."""
    return [sys.executable, "-m", "plf_desktop", *map(str, args)]


def make_demo(path: Path, size: str, env: dict[str, str]) -> float:
    """Fill a new demo database at *path* through the CLI and return how long it took."""
    path.parent.mkdir(parents=True, exist_ok=True)
    return run_timed(plf_command("demo", "--database", path, "--size", size), env,
                     f"plf-desktop demo --size {size}")


@dataclass(frozen=True)
class Summary:
    """Median and 90th percentile of a list of wall times, in seconds."""

    runs: int
    median: float
    p90: float
    best: float

    @classmethod
    def of(cls, times: list[float]) -> Summary:
        """Summarise *times*; the median and p90 resist the odd slow run a mean would not."""
        ordered = sorted(times)
        # Nearest-rank percentile: with 15 runs the p90 is the 14th fastest, a real run.
        rank = max(0, -(-len(ordered) * 9 // 10) - 1)
        return cls(len(ordered), statistics.median(ordered), ordered[rank], ordered[0])

    def row(self, label: str) -> str:
        """One line of the table under :data:`HEADER`, in milliseconds."""
        return (f"{label:<28} {self.runs:>4} {self.median * 1000:>10.0f} "
                f"{self.p90 * 1000:>10.0f} {self.best * 1000:>10.0f}")


HEADER = f"{'':<28} {'runs':>4} {'median ms':>10} {'p90 ms':>10} {'best ms':>10}"
