"""Observation schemes: how an observation is set up (interval prompt, participation kinds,
suggested focus points, look-fors), shipped as TOML under ``resources/templates/observations``.
"""

from __future__ import annotations

from plf_desktop.domain.observations import DEFAULT_PARTICIPATION_TYPES
from plf_desktop.domain.record_type import frozen_record
from plf_desktop.domain.template_files import (
    load_toml,
    text,
    text_list,
    toml_string,
    toml_strings,
    whole_number,
)


@frozen_record
class ObservationScheme:
    """A ready set-up for a kind of observation."""

    key: str
    name: str
    description: str
    interval_minutes: int = 0
    participation_types: tuple[str, ...] = DEFAULT_PARTICIPATION_TYPES
    focus_points: tuple[str, ...] = ()
    look_fors: bool = False
    guidance: str = ""
    built_in: bool = True


def parse_observation_scheme(data: bytes | str) -> ObservationScheme:
    """Parse and validate a scheme file, or raise ValidationError saying why."""
    table = load_toml(data)
    kinds = text_list(table, "participation_types", limit=40, items=9)
    return ObservationScheme(
        key=text(table, "key", required=True, limit=80),
        name=text(table, "name", required=True, limit=200),
        description=text(table, "description", required=False, limit=4000),
        interval_minutes=whole_number(table, "interval_minutes", 0, 0, 30),
        participation_types=kinds or DEFAULT_PARTICIPATION_TYPES,
        focus_points=text_list(table, "focus_points", limit=300, items=20),
        look_fors=bool(table.get("look_fors", False)),
        guidance=text(table, "guidance", required=False, limit=4000))


def dump_observation_scheme(scheme: ObservationScheme) -> str:
    """The scheme as a TOML file that :func:`parse_observation_scheme` reads back exactly."""
    return "\n".join([
        f"key = {toml_string(scheme.key)}",
        f"name = {toml_string(scheme.name)}",
        f"description = {toml_string(scheme.description)}",
        f"interval_minutes = {scheme.interval_minutes}",
        f"participation_types = {toml_strings(scheme.participation_types)}",
        f"focus_points = {toml_strings(scheme.focus_points)}",
        f"look_fors = {'true' if scheme.look_fors else 'false'}",
        f"guidance = {toml_string(scheme.guidance)}",
        "",
    ])
