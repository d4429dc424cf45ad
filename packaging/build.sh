#!/usr/bin/env bash
# Build the one-folder PLF Desktop app with PyInstaller, pack it, and smoke-test the frozen build.
#
#     bash packaging/build.sh          (or: make package)
#
# Output: dist/plf-desktop/ (run dist/plf-desktop/plf-desktop) and
# dist/plf-desktop-<version>-<os>-<arch>.tar.gz. Build on the OS you ship for: PyInstaller does not
# cross-compile. Environment: PYTHON (default: the repo's .venv), SKIP_SMOKE=1 to only build.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

if [[ -z "${PYTHON:-}" ]]; then
    for candidate in .venv/bin/python .venv/Scripts/python.exe; do
        [[ -x "$candidate" ]] && PYTHON="$candidate" && break
    done
fi
: "${PYTHON:?no .venv found: run make setup, or set PYTHON to a Python with the app installed}"
BIN="$(dirname "$PYTHON")"
now() { "$PYTHON" -c 'import time; print(f"{time.time():.3f}")'; }

"$PYTHON" -c 'import PySide6, reportlab, sqlite_utils, plf_desktop' \
    || { echo "build.sh: $PYTHON lacks the app's dependencies (make setup)" >&2; exit 1; }
if ! "$PYTHON" -m PyInstaller --version >/dev/null 2>&1; then
    echo "== installing PyInstaller into $("$PYTHON" -c 'import sys; print(sys.prefix)')"
    "$PYTHON" -m pip install --quiet 'pyinstaller>=6'
fi

VERSION="$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
PLATFORM="$("$PYTHON" -c 'import platform, sys; print(f"{sys.platform.rstrip("0123456789")}-{platform.machine().lower()}")')"
TARBALL="dist/plf-desktop-$VERSION-$PLATFORM.tar.gz"

echo "== translations (.ts → .qm)"
for ts in resources/translations/*.ts; do
    qm="${ts%.ts}.qm"
    if [[ ! -f "$qm" || "$ts" -nt "$qm" ]]; then
        "$BIN/pyside6-lrelease" -silent "$ts" -qm "$qm"
        echo "   built $qm"
    fi
done

echo "== cleaning build/pyinstaller and dist/plf-desktop*"
rm -rf build/pyinstaller dist/plf-desktop "dist/PLF Desktop.app" dist/plf-desktop-*.tar.gz

echo "== PyInstaller $("$PYTHON" -m PyInstaller --version), plf-desktop $VERSION, $PLATFORM"
started="$(now)"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/plf_desktop.spec
built="$(now)"
BUILD_SECONDS="$("$PYTHON" -c "print(f'{$built - $started:.1f}')")"

echo "== packing $TARBALL"
if [[ -d "dist/PLF Desktop.app" ]]; then  # macOS: the .app is what users get
    tar -C dist -czf "$TARBALL" "PLF Desktop.app"
else
    tar -C dist -czf "$TARBALL" plf-desktop
fi

status=0
SMOKE_LOG="build/pyinstaller/smoke.log"
if [[ "${SKIP_SMOKE:-0}" != 1 ]]; then
    echo "== smoke test of the frozen app"
    "$PYTHON" packaging/smoke_test.py dist/plf-desktop \
        --pyz-toc build/pyinstaller/plf_desktop/PYZ-00.toc | tee "$SMOKE_LOG" || status=$?
fi

echo
echo "== summary"
echo "   build time:  $BUILD_SECONDS s (PyInstaller, clean)"
echo "   dist size:   $(du -sh dist/plf-desktop | cut -f1)  dist/plf-desktop ($(find dist/plf-desktop -type f | wc -l | tr -d ' ') files)"
echo "   tarball:     $(du -h "$TARBALL" | cut -f1)  $TARBALL"
if [[ -f "$SMOKE_LOG" ]]; then
    grep -h "frozen start" "$SMOKE_LOG" | sed 's/^ */   /' || true
    if [[ $status -eq 0 ]]; then echo "   smoke test:  passed"; else echo "   smoke test:  FAILED"; fi
fi
exit "$status"
