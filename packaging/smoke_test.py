"""Smoke-test a frozen PLF Desktop build: its contents, the command line and the window's start.

    python packaging/smoke_test.py dist/plf-desktop

Standard library only, so any Python >= 3.11 can run it beside the build. It runs the frozen
executable with QT_QPA_PLATFORM=offscreen and a throw-away HOME, prints one line per check and
exits 1 if any check failed. ``bash packaging/build.sh`` calls it after every build.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import sqlite3
import statistics
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 120
IS_WIN = sys.platform == "win32"


class Smoke:
    """Runs the frozen app and records every check, so one failure does not hide the next."""

    def __init__(self, dist: Path, work: Path) -> None:
        self.dist = dist
        self.work = work
        # Windows: the windowed plf-desktop.exe has no stdout; its console twin prints.
        self.exe = dist / ("plf-desktop-cli.exe" if IS_WIN else "plf-desktop")
        self.internal = dist / "_internal"
        self.failures: list[str] = []
        self.env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        home = work / "home"
        for name in ("HOME", "USERPROFILE", "XDG_CONFIG_HOME", "XDG_DATA_HOME",
                     "XDG_CACHE_HOME", "APPDATA", "LOCALAPPDATA"):
            self.env[name] = str(home / name.lower())  # prefs and default paths stay in here
        self.env.pop("PLF_DESKTOP_DATABASE", None)

    def check(self, name: str, ok: bool, detail: str = "") -> bool:
        print(f"  {'ok  ' if ok else 'FAIL'}  {name}{f'  ({detail})' if detail else ''}",
              flush=True)
        if not ok:
            self.failures.append(name)
        return ok

    def run(self, *args: str, prefix: tuple[str, ...] = (),
            env: dict[str, str] | None = None) -> tuple[subprocess.CompletedProcess[str], float]:
        started = time.perf_counter()
        try:
            done = subprocess.run([*prefix, str(self.exe), *args], capture_output=True,
                                  text=True, encoding="utf-8", errors="replace",
                                  env=env or self.env, timeout=TIMEOUT, check=False)
        except subprocess.TimeoutExpired as error:
            done = subprocess.CompletedProcess(error.cmd, -1, "", f"timed out after {TIMEOUT} s")
        return done, time.perf_counter() - started

    def expect_ok(self, name: str, *args: str,
                  prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
        done, seconds = self.run(*args, prefix=prefix)
        problems = [line for line in done.stderr.splitlines()
                    if "Traceback" in line or "Error" in line or "could not" in line.lower()]
        detail = f"rc {done.returncode}, {seconds:.2f} s"
        if done.returncode != 0 or problems:
            detail += f"; stderr: {done.stderr.strip()[-800:]}"
        self.check(name, done.returncode == 0 and not problems, detail)
        return done


# --- what is inside the folder ----------------------------------------------------------------

def check_contents(smoke: Smoke) -> None:
    internal = smoke.internal
    smoke.check("executable exists", smoke.exe.is_file(), str(smoke.exe))
    resources = internal / "resources"
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                 "DejaVuSans-BoldOblique.ttf", "LICENSE-DejaVu.txt", "Symbola-emoji.ttf",
                 "LICENSE-Symbola.txt"):
        smoke.check(f"font {name}", (resources / "fonts" / name).is_file())
    shipped = sorted(p.name for p in (ROOT / "resources/templates").rglob("*.toml"))
    bundled = sorted(p.name for p in (resources / "templates").rglob("*.toml"))
    smoke.check("every meeting template", bool(shipped) and shipped == bundled,
                ", ".join(bundled))
    ours = sorted(p.stem for p in (ROOT / "resources/translations").glob("*.ts"))
    qm = sorted(p.stem for p in (resources / "translations").glob("*.qm"))
    smoke.check("our .qm translations, no .ts", bool(qm) and qm == ours
                and not list((resources / "translations").glob("*.ts")), ", ".join(qm))
    qt_translations = sorted(p.name for p in internal.rglob("translations/q*.qm"))
    smoke.check("Qt's qtbase_da.qm and no other languages", "qtbase_da.qm" in qt_translations
                and all(name.rsplit("_", 1)[-1] in ("da.qm", "en.qm")
                        for name in qt_translations), ", ".join(qt_translations))
    plugins = next(internal.rglob("plugins"), None)
    printsupport = list((plugins / "printsupport").iterdir()) if plugins and (
        plugins / "printsupport").is_dir() else []
    smoke.check("Qt printsupport plugin", bool(printsupport),
                ", ".join(p.name for p in printsupport))
    names = [p.name for p in internal.rglob("*")]
    unwanted = sorted({name for name in names for bad in (
        "QtNetwork.", "QtQml", "QtQuick", "Qt6Qml", "Qt6Quick", "_ssl.", "libssl", "tkinter",
        "_tkinter", "libqgtk3", "qtvirtualkeyboard") if bad in name})
    smoke.check("no network, QML, Tk or SSL modules", not unwanted, ", ".join(unwanted))
    broken = sorted(p.name for p in internal.rglob("*") if p.is_symlink() and not p.exists())
    smoke.check("no dangling symlinks", not broken, ", ".join(broken))
    if sys.platform.startswith("linux") and shutil.which("ldd"):
        check_linux_libraries(smoke)


def check_modules(smoke: Smoke, pyz_toc: Path) -> None:
    """Every module of ours is in the archive: ui, reports, exports … are imported lazily, and
    collect_submodules() skips, with only a warning, a module that fails to import at build time.
    """
    entries = ast.literal_eval(pyz_toc.read_text(encoding="utf-8"))[1]
    frozen = {name for name, _, _ in entries}
    source = set()
    for path in (ROOT / "plf_desktop").rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        source.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    missing = sorted(source - frozen - {"plf_desktop.__main__"})
    smoke.check("every plf_desktop module is frozen", not missing,
                ", ".join(missing) or f"{len(source & frozen)} modules")


def check_linux_libraries(smoke: Smoke) -> None:
    """Every bundled ELF file finds all its libraries (the spec prunes plugins and orphans)."""
    search = os.pathsep.join(str(p) for p in {smoke.internal, *(
        lib.parent for lib in smoke.internal.rglob("libQt6Core.so*"))})
    env = dict(os.environ, LD_LIBRARY_PATH=search)
    missing = set()
    for path in [smoke.exe, *smoke.internal.rglob("*.so*")]:
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as file:
            if file.read(4) != b"\x7fELF":
                continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env,
                             check=False).stdout
        missing |= {f"{path.name}: {line.split()[0]}" for line in out.splitlines()
                    if "not found" in line}
    smoke.check("every bundled library resolves (ldd)", not missing,
                "; ".join(sorted(missing)[:10]))


# --- the command line and the window ----------------------------------------------------------

def tiny_png() -> bytes:
    """A 2×2 red PNG, written by hand so this script needs no image library."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))
    rows = b"".join(b"\x00" + b"\xff\x00\x00" * 2 for _ in range(2))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def check_commands(smoke: Smoke) -> None:
    work = smoke.work
    fresh = work / "smoke.sqlite3"
    smoke.expect_ok("--exit-after-startup on a new database", "--exit-after-startup",
                    "--database", str(fresh))
    smoke.check("the new database file was created", fresh.is_file())

    demo = work / "demo.sqlite3"
    done = smoke.expect_ok("demo", "demo", "--database", str(demo))
    print(f"        {done.stdout.strip()}")

    done = smoke.expect_ok("list meetings", "list", "meetings", "--database", str(demo))
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    smoke.check("list meetings printed meetings", bool(lines), f"{len(lines)} lines")
    done = smoke.expect_ok("list meetings --json", "list", "meetings", "--json",
                           "--database", str(demo))
    try:
        meetings = json.loads(done.stdout)
    except json.JSONDecodeError:
        meetings = []
    smoke.check("list meetings --json parses", bool(meetings), f"{len(meetings)} meetings")

    # A logo goes through Pillow inside reportlab, whose errors the report swallows on purpose
    # (no logo rather than no print): so look for the image in the PDF.
    with sqlite3.connect(demo) as db:
        changed = db.execute("UPDATE school SET logo_png = ?", (tiny_png(),)).rowcount
    smoke.check("logo added to the demo school", changed == 1)

    if meetings or lines:
        meeting = meetings[0] if meetings else {"id": lines[0].split("\t")[0], "title": ""}
        check_export(smoke, demo, meeting)

    done = smoke.expect_ok("check", "check", "--database", str(demo))
    smoke.check("check printed ok", done.stdout.strip() == "ok", done.stdout.strip())
    done, _ = smoke.run("check", "--database", str(work / "missing.sqlite3"))
    error = done.stderr.strip()
    smoke.check("check on a missing file: one line on stderr, exit 1",
                done.returncode == 1 and len(error.splitlines()) == 1
                and error.startswith("plf-desktop:") and "Traceback" not in error, error)

    smoke.expect_ok("--exit-after-startup with the demo school", "--exit-after-startup",
                    "--database", str(demo))
    smoke.expect_ok("--exit-after-startup --language en", "--exit-after-startup",
                    "--language", "en", "--database", str(demo))
    times = []
    for _ in range(5):
        done, seconds = smoke.run("--exit-after-startup", "--database", str(demo))
        if done.returncode == 0:
            times.append(seconds)
    smoke.check("5 timed starts", len(times) == 5)
    if times:
        print(f"        frozen start (--exit-after-startup, demo school): "
              f"min {min(times):.2f} s, median {statistics.median(times):.2f} s, "
              f"max {max(times):.2f} s", flush=True)

    if sys.platform.startswith("linux"):
        check_linux_extras(smoke, demo, meetings)


def check_export(smoke: Smoke, demo: Path, meeting: dict) -> None:
    pdf = smoke.work / "x.pdf"
    smoke.expect_ok("export meeting", "export", "meeting", meeting["id"],
                    "--output", str(pdf), "--database", str(demo))
    data = pdf.read_bytes() if pdf.is_file() else b""
    smoke.check("the PDF exists", data.startswith(b"%PDF") and len(data) > 1000,
                f"{len(data)} bytes")
    smoke.check("the school logo is in the PDF (Pillow works)", b"/Subtype /Image" in data)
    if shutil.which("pdftotext") and data:
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
                              capture_output=True, text=True, encoding="utf-8",
                              check=False).stdout
        flat = " ".join(text.split())
        title = " ".join(meeting.get("title", "").split())
        smoke.check("PDF text extracts, with the meeting's title",
                    bool(flat) and title in flat, title)
        smoke.check("PDF is in Danish ('Side 1 af', report_da.qm loaded)", "Side 1 af" in flat)
        smoke.check("PDF text has æ, ø or å", any(c in flat for c in "æøåÆØÅ"))
    else:
        print("        (pdftotext not found: PDF text not checked)")
    if shutil.which("pdffonts") and data:
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                               check=False).stdout.splitlines()[2:]
        bad = [line for line in fonts
               if not ("DejaVu" in line or "Symbola" in line) or " yes " not in line]
        smoke.check("every PDF font is embedded DejaVu (or Symbola)", bool(fonts) and not bad,
                    f"{len(fonts)} fonts" + (f"; {bad}" if bad else ""))


def check_linux_extras(smoke: Smoke, demo: Path, meetings: list[dict]) -> None:
    """The X11 plugin under Xvfb, and no IP socket at all (strace), where those tools exist."""
    if shutil.which("xvfb-run"):
        env = dict(smoke.env, QT_QPA_PLATFORM="xcb")
        done, seconds = smoke.run("--exit-after-startup", "--database", str(demo),
                                  prefix=("xvfb-run", "-a"), env=env)
        smoke.check("--exit-after-startup on X11 (xvfb-run, platform xcb)",
                    done.returncode == 0, f"rc {done.returncode}, {seconds:.2f} s"
                    + (f"; {done.stderr.strip()[-500:]}" if done.returncode else ""))
    else:
        print("        (xvfb-run not found: the xcb platform plugin was not started)")
    if not shutil.which("strace"):
        print("        (strace not found: network use and translation loading not checked)")
        return
    runs: list[tuple[str, tuple[str, ...]]] = [
        ("window start", ("--exit-after-startup", "--database", str(demo)))]
    if meetings:
        runs.append(("export", ("export", "meeting", meetings[0]["id"], "--output",
                                str(smoke.work / "strace.pdf"), "--database", str(demo))))
    for name, args in runs:
        log = smoke.work / "strace.log"
        done, _ = smoke.run(*args, prefix=("strace", "-f", "-qq", "-e",
                                           "trace=socket,connect,openat", "-o", str(log)))
        trace = log.read_text(errors="replace").splitlines() if log.is_file() else []
        sockets = [line for line in trace if "socket(" in line or "connect(" in line]
        inet = [line for line in sockets if "AF_INET" in line]
        smoke.check(f"no IP socket during {name} (strace)", done.returncode == 0 and not inet,
                    "; ".join(inet[:3]) or f"{len(sockets)} socket calls, none for IP")
        if name == "window start":
            # Loaded, not just bundled: ours from resources/, Qt's from QLibraryInfo's path.
            wanted = [*(p.name for p in (smoke.internal / "resources/translations").glob(
                "*_da.qm")), "qtbase_da.qm"]
            opened = {Path(match[1]).name for line in trace
                      if (match := re.search(r'openat\(.*"([^"]+\.qm)".*\) = \d+$', line))}
            missing = [name for name in wanted if name not in opened]
            smoke.check("the window loaded every Danish .qm, Qt's too (strace)", not missing,
                        f"missing {missing}" if missing else ", ".join(sorted(opened)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dist", type=Path, help="the one-folder build, e.g. dist/plf-desktop")
    parser.add_argument("--pyz-toc", type=Path, help="PyInstaller's PYZ-00.toc of that build,"
                        " to check that every module of ours went in")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="plf-smoke-"))
    smoke = Smoke(args.dist.resolve(), work)
    steps: list[tuple[str, Callable[[Smoke], object]]] = [("contents", check_contents)]
    if args.pyz_toc:
        steps.append(("modules", lambda smoke: check_modules(smoke, args.pyz_toc)))
    steps.append(("command line and window", check_commands))
    try:
        for title, step in steps:
            print(f"smoke test: {title}", flush=True)
            step(smoke)
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    if smoke.failures:
        print(f"smoke test FAILED: {len(smoke.failures)} check(s): {'; '.join(smoke.failures)}")
        return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
