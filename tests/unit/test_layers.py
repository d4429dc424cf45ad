"""The layer rules of design.md, checked on every import statement of the package."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "plf_desktop"

# layer → top-level modules it must not import
FORBIDDEN = {
    "domain": {"PySide6", "sqlite_utils", "sqlite3", "reportlab", "plf_desktop.storage",
               "plf_desktop.services", "plf_desktop.reports", "plf_desktop.ui"},
    "storage": {"PySide6", "reportlab", "plf_desktop.services", "plf_desktop.reports",
                "plf_desktop.ui"},
    "services": {"PySide6", "plf_desktop.ui"},
    "reports": {"PySide6", "sqlite_utils", "sqlite3", "plf_desktop.storage",
                "plf_desktop.services", "plf_desktop.ui"},
    "ui": {"sqlite_utils", "sqlite3", "plf_desktop.storage"},
}


def imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def violations(layer: str) -> list[str]:
    found = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in imports(path):
            for banned in FORBIDDEN[layer]:
                if name == banned or name.startswith(banned + "."):
                    found.append(f"{path.relative_to(PACKAGE)} imports {name}")
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_respect_design(layer: str) -> None:
    assert violations(layer) == []


def test_ui_holds_no_raw_sql() -> None:
    offenders = [str(p.relative_to(PACKAGE)) for p in (PACKAGE / "ui").rglob("*.py")
                 if any(word in p.read_text(encoding="utf-8")
                        for word in (".execute(", "SELECT ", "INSERT INTO", "UPDATE "))]
    assert offenders == []


def test_the_checker_catches_a_violation(tmp_path: Path, monkeypatch) -> None:
    """The rule test itself can fail: a Qt import in the domain is found."""
    fake = tmp_path / "plf_desktop"
    (fake / "domain").mkdir(parents=True)
    (fake / "domain" / "bad.py").write_text("from PySide6.QtCore import QObject\n")
    monkeypatch.setattr(__import__(__name__), "PACKAGE", fake)
    assert violations("domain") == ["domain/bad.py imports PySide6.QtCore"]
