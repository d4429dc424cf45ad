"""Every shipped template loads; broken, hostile and huge template files are refused."""

from __future__ import annotations

import pytest

from plf_desktop.domain.agenda_templates import parse_agenda_template
from plf_desktop.domain.errors import ValidationError
from plf_desktop.domain.observation_schemes import parse_observation_scheme
from plf_desktop.resources import templates_dir
from plf_desktop.services.template_service import TemplateService


def test_every_shipped_template_loads() -> None:
    service = TemplateService(templates_dir())
    assert [t.key for t in service.agenda_templates()] == ["data-informeret-60",
                                                           "klassisk-dagsorden"]
    schemes = service.observation_schemes()
    assert [s.key for s in schemes] == ["haendelsesbaseret", "co-teaching-kendetegn",
                                        "fem-minutters-interval"]
    assert service.observation_scheme("fem-minutters-interval").interval_minutes == 5
    assert service.observation_scheme("co-teaching-kendetegn").look_fors


GOOD_SCHEME = 'key = "x"\nname = "Skema"\n'


@pytest.mark.parametrize("text", [
    "this is = not toml [",
    'name = "no key"',
    'key = "x"\nname = ""',
    GOOD_SCHEME + "interval_minutes = 99",
    GOOD_SCHEME + "interval_minutes = true",
    GOOD_SCHEME + 'participation_types = "one"',
    GOOD_SCHEME + "participation_types = [1, 2]",
    GOOD_SCHEME + "participation_types = [" + ", ".join(['"k"'] * 10) + "]",
    GOOD_SCHEME + 'focus_points = ["' + "x" * 400 + '"]',
    'key = "x"\nname = "' + "x" * 300 + '"',
    "x = 1\n" * 60_000,  # a huge file
    'key = "x"\nname = "<script>"\ninterval_minutes = -1',
])
def test_broken_and_hostile_scheme_files_are_refused(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_observation_scheme(text)


def test_non_utf8_bytes_are_refused() -> None:
    with pytest.raises(ValidationError):
        parse_observation_scheme(b"key = \"\xff\xfe\"\nname = \"x\"")
    with pytest.raises(ValidationError):
        parse_agenda_template(b"\xff\xfe")


def test_a_scheme_sets_up_an_observation_but_keeps_written_focus(services) -> None:
    import datetime as dt

    schemes = services.templates
    observation = services.observations.create(date=dt.date(2026, 11, 24),
                                               focus_points=("Elevernes spørgsmål",))
    applied = services.observations.apply_scheme(
        observation.id, schemes.observation_scheme("fem-minutters-interval"))
    assert applied.interval_minutes == 5 and applied.scheme_key == "fem-minutters-interval"
    assert applied.focus_points == ("Elevernes spørgsmål",)
    empty = services.observations.create(date=dt.date(2026, 11, 24))
    coteaching = services.observations.apply_scheme(
        empty.id, schemes.observation_scheme("co-teaching-kendetegn"))
    assert coteaching.focus_points == ("Begge voksnes roller", "Differentiering",
                                       "Overgange mellem modeller")
    assert "Får hjælp af voksen" in coteaching.participation_types


def test_a_copy_of_a_scheme_can_be_changed_while_the_original_stays(services) -> None:
    templates = services.templates
    copy = templates.duplicate_scheme("fem-minutters-interval", "Vores 5-minutters skema")
    assert copy.key == "fem-minutters-interval-kopi" and not copy.built_in
    second = templates.duplicate_scheme("fem-minutters-interval", "Endnu en")
    assert second.key == "fem-minutters-interval-kopi-2"
    from dataclasses import replace

    changed = templates.save_scheme(replace(copy, interval_minutes=10,
                                            participation_types=("Rækker hånden", "Svarer")))
    assert templates.observation_scheme(copy.key).interval_minutes == 10
    assert templates.observation_scheme("fem-minutters-interval").interval_minutes == 5
    assert changed.participation_types == ("Rækker hånden", "Svarer")
    with pytest.raises(ValidationError):  # shipped schemes stay as shipped
        templates.save_scheme(templates.observation_scheme("fem-minutters-interval"))
    with pytest.raises(ValidationError):
        templates.save_scheme(replace(copy, interval_minutes=99))
    assert templates.observation_scheme(copy.key).interval_minutes == 10
    templates.delete_scheme(second.key)
    assert [s.key for s in templates.observation_schemes() if not s.built_in] == [copy.key]
    templates.restore_scheme(second.key)
    assert len([s for s in templates.observation_schemes() if not s.built_in]) == 2


@pytest.mark.parametrize("text", ['Quote " and \\\\ backslash', "line\nbreak\ttab",
                                  "æøå ÆØÅ Łukasz 😀", "<b>&amp;</b> ]] [[x]]", "\x01\x1f\x7f"])
def test_a_scheme_file_round_trips_any_text(text: str) -> None:
    from plf_desktop.domain.observation_schemes import ObservationScheme, dump_observation_scheme

    scheme = ObservationScheme("k", text.strip() or "x", text, 3, (text.strip() or "y",),
                               (text.strip() or "z",), True, text)
    assert parse_observation_scheme(dump_observation_scheme(scheme)) == scheme
