"""Conversation templates: the guided models of a *didaktisk samtale*, phase by phase.

Shipped as TOML under ``resources/templates/conversations`` (KL's four phases, the
action-learning round's three parts, SMTTE, …) and shared between colleagues as the same
files. A conversation keeps the text of the template it was held with, so changing a template
later never rewrites an old conversation; ``version`` tells the versions apart.

A file looks like this::

    key = "kl-fire-faser"
    name = "Didaktisk samtale – KL's fire faser"
    version = 1
    description = "Når …"

    [[phases]]
    title = "Samtalens fundament"
    gloss = "The foundation of the conversation"
    purpose = "Fokuspersonens eget perspektiv bliver synligt."
    speaker = "Fokusperson"
    minutes = 10
    data = false            # true: the linked observations' notes are shown beside it
    questions = [
      { text = "Beskriv … fra dit perspektiv.", gloss = "Describe it from your perspective." },
      "A question without an English gloss is fine too.",
    ]
"""

from __future__ import annotations

from typing import Any

from plf_desktop.domain.errors import QT_TRANSLATE_NOOP
from plf_desktop.domain.record_type import frozen_record
from plf_desktop.domain.template_files import (
    invalid,
    load_toml,
    text,
    toml_string,
    whole_number,
)

MAX_PHASES = 12
MAX_QUESTIONS = 15
MAX_QUESTION = 400


@frozen_record
class GuidingQuestion:
    """A question the vejleder can ask, in Danish, with the English gloss for translation."""

    text: str
    gloss: str = ""


@frozen_record
class ConversationPhase:
    """One phase: what it is for, who speaks most, how long, and the questions to ask."""

    title: str
    purpose: str = ""
    speaker: str = ""
    minutes: int = 10
    questions: tuple[GuidingQuestion, ...] = ()
    gloss: str = ""
    shows_data: bool = False


@frozen_record
class ConversationTemplate:
    """A model for a conversation: its phases in order."""

    key: str
    name: str
    description: str
    phases: tuple[ConversationPhase, ...]
    version: int = 1
    built_in: bool = True

    @property
    def total_minutes(self) -> int:
        """The suggested length of the whole conversation."""
        return sum(phase.minutes for phase in self.phases)


def _question(value: Any) -> GuidingQuestion:
    if isinstance(value, str):
        table: dict[str, Any] = {"text": value}
    elif isinstance(value, dict):
        table = value
    else:
        raise invalid(QT_TRANSLATE_NOOP("Errors", "A guiding question must be text."))
    return GuidingQuestion(text(table, "text", required=True, limit=MAX_QUESTION),
                           text(table, "gloss", required=False, limit=MAX_QUESTION))


def _phase(table: Any) -> ConversationPhase:
    if not isinstance(table, dict):
        raise invalid(QT_TRANSLATE_NOOP("Errors", "Each phase must be a table ([[phases]])."))
    questions = table.get("questions", [])
    if not isinstance(questions, list) or len(questions) > MAX_QUESTIONS:
        raise invalid(QT_TRANSLATE_NOOP("Errors", "A phase has at most {count} questions."),
                      count=MAX_QUESTIONS)
    data = table.get("data", False)
    if not isinstance(data, bool):
        raise invalid(QT_TRANSLATE_NOOP("Errors", "The template's “{key}” must be true or "
                                        "false."), key="data")
    return ConversationPhase(
        title=text(table, "title", required=True, limit=200),
        purpose=text(table, "purpose", required=False, limit=2000),
        speaker=text(table, "speaker", required=False, limit=80),
        minutes=whole_number(table, "minutes", 10, 0, 180),
        questions=tuple(_question(q) for q in questions),
        gloss=text(table, "gloss", required=False, limit=200),
        shows_data=data)


def parse_conversation_template(data: bytes | str) -> ConversationTemplate:
    """Parse and validate a template file, or raise ValidationError saying why."""
    table = load_toml(data)
    phases = table.get("phases")
    if not isinstance(phases, list) or not 1 <= len(phases) <= MAX_PHASES:
        raise invalid(QT_TRANSLATE_NOOP(
            "Errors", "A conversation template needs 1 to {count} phases."), count=MAX_PHASES)
    key = text(table, "key", required=True, limit=80)
    if not all(c.isalnum() or c in "-_" for c in key):
        raise invalid(QT_TRANSLATE_NOOP(
            "Errors", "The template's key may hold only letters, digits, “-” and “_”."))
    return ConversationTemplate(
        key=key,
        name=text(table, "name", required=True, limit=200),
        description=text(table, "description", required=False, limit=4000),
        phases=tuple(_phase(p) for p in phases),
        version=whole_number(table, "version", 1, 1, 1_000_000))


def dump_conversation_template(template: ConversationTemplate) -> str:
    """The template as a TOML file that :func:`parse_conversation_template` reads back exactly."""
    lines = [f"key = {toml_string(template.key)}",
             f"name = {toml_string(template.name)}",
             f"version = {template.version}",
             f"description = {toml_string(template.description)}"]
    for phase in template.phases:
        lines += ["", "[[phases]]",
                  f"title = {toml_string(phase.title)}",
                  f"gloss = {toml_string(phase.gloss)}",
                  f"purpose = {toml_string(phase.purpose)}",
                  f"speaker = {toml_string(phase.speaker)}",
                  f"minutes = {phase.minutes}",
                  f"data = {'true' if phase.shows_data else 'false'}",
                  "questions = ["]
        lines += [f"  {{ text = {toml_string(q.text)}, gloss = {toml_string(q.gloss)} }},"
                  for q in phase.questions]
        lines.append("]")
    return "\n".join(lines) + "\n"
