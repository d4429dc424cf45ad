"""The colours of the co-teaching models and activity forms, shared by screen and paper.

Calm colours that differ in lightness too; the printed notes add patterns and numbers so the
bars also read in black-and-white.
"""

from __future__ import annotations

from plf_desktop.domain.labels import ActivityForm, CoTeachingModel

MODEL_COLOURS: dict[str, str] = {
    CoTeachingModel.ONE_OBSERVES: "#4e79a7", CoTeachingModel.ONE_ASSISTS: "#a0cbe8",
    CoTeachingModel.STATIONS: "#f28e2b", CoTeachingModel.PARALLEL: "#ffbe7d",
    CoTeachingModel.ALTERNATIVE: "#59a14f", CoTeachingModel.TEAM: "#8cd17d",
}
ACTIVITY_COLOURS: dict[str, str] = {
    ActivityForm.WHOLE_CLASS: "#6b5b95", ActivityForm.DISCUSSION: "#b8a9c9",
    ActivityForm.INDIVIDUAL: "#d64161", ActivityForm.PAIRS: "#feb236",
    ActivityForm.GROUPS: "#88b04b", ActivityForm.TRANSITION: "#c0c0c0",
    ActivityForm.OTHER: "#e0e0e0",
}
UNKNOWN_COLOUR = "#9aa3ad"
