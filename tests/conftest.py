"""Shared fixtures: offscreen Qt by default, a fresh migrated database per test, factories."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from plf_desktop.domain.labels import Role, TeamKind
from plf_desktop.resources import translations_dir
from plf_desktop.services.registry import Services, build_services
from plf_desktop.storage.database import Storage, open_storage


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where the test's database lives."""
    return tmp_path / "plf.sqlite3"


@pytest.fixture
def storage(db_path: Path) -> Iterator[Storage]:
    """A fresh, migrated, locked database, closed after the test."""
    store = open_storage(db_path)
    yield store
    store.close()


@pytest.fixture
def services(storage: Storage) -> Services:
    """Every service over the test's database."""
    return build_services(storage)


@pytest.fixture
def team_with_people(services: Services) -> dict:
    """A school, three people and a class team: the start of most meeting tests."""
    services.school.save("Ærøskøbing Skole", "Ærø Kommune")
    ase = services.people.add_person("Åse Bækgård", "ÅB", Role.TEACHER)
    lukasz = services.people.add_person("Łukasz Ødegård", "", Role.PEDAGOGUE)
    ida = services.people.add_person("Ida Sørensen", "IS", Role.RESOURCE_PERSON)
    team = services.people.add_team("5.A klasseteam", TeamKind.CLASS,
                                    member_ids=(ase.id, lukasz.id, ida.id))
    return {"ase": ase, "lukasz": lukasz, "ida": ida, "team": team}


@pytest.fixture
def meeting(services: Services, team_with_people: dict):
    """A data-informed meeting of the class team on 3 November 2026."""
    return services.meetings.create(date=dt.date(2026, 11, 3), team_id=team_with_people["team"].id,
                                    template_key="data-informeret-60",
                                    start_time=dt.time(14, 0), place="Mødelokale 2")


@pytest.fixture
def danish(qapp):
    """Danish translations installed in this process, and removed again after the test."""
    from PySide6.QtCore import QLocale

    from plf_desktop.i18n import install_translators

    locale = QLocale()
    assert install_translators("da")
    yield
    install_translators("en")
    QLocale.setDefault(locale)


def _build_translations() -> None:
    """Compile any .ts newer than its .qm, so a bare ``pytest`` sees the Danish texts too."""
    import shutil
    import subprocess
    import sys

    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name(
        "pyside6-lrelease"))
    for ts in translations_dir().glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)


_build_translations()
