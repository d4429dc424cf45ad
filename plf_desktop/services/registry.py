"""Builds every service over one open database: the piece the composition root calls."""

from __future__ import annotations

from typing import NamedTuple

from plf_desktop.resources import templates_dir
from plf_desktop.services.agreement_service import AgreementService
from plf_desktop.services.backup_service import BackupService
from plf_desktop.services.collaboration_service import CollaborationService
from plf_desktop.services.conversation_service import ConversationService
from plf_desktop.services.cycle_service import CycleService
from plf_desktop.services.meeting_service import MeetingService
from plf_desktop.services.observation_service import ObservationService
from plf_desktop.services.overview_service import OverviewService
from plf_desktop.services.people_service import PeopleService
from plf_desktop.services.person_data_service import PersonDataService
from plf_desktop.services.retention_service import RetentionService
from plf_desktop.services.school_service import SchoolService
from plf_desktop.services.search_service import SearchService
from plf_desktop.services.template_service import TemplateService
from plf_desktop.services.trash_service import TrashService
from plf_desktop.storage.database import Storage


class Services(NamedTuple):
    """All use cases over one database, handed to the UI and the CLI (a named tuple: a fixed
    set of parts, made once per window and read only)."""

    storage: Storage
    school: SchoolService
    people: PeopleService
    templates: TemplateService
    meetings: MeetingService
    agreements: AgreementService
    observations: ObservationService
    conversations: ConversationService
    cycles: CycleService
    collaborations: CollaborationService
    search: SearchService
    overview: OverviewService
    trash: TrashService
    backups: BackupService
    person_data: PersonDataService
    retention: RetentionService


def build_services(storage: Storage) -> Services:
    """Wire the services to *storage*."""
    templates = TemplateService(templates_dir(), storage.db)
    observations = ObservationService(storage.db)
    conversations = ConversationService(storage.db)
    cycles = CycleService(storage.db, templates, observations, conversations)
    collaborations = CollaborationService(storage.db, templates, observations, conversations)
    return Services(storage, SchoolService(storage.db), PeopleService(storage.db), templates,
                    MeetingService(storage.db, templates), AgreementService(storage.db),
                    observations, conversations,
                    cycles, collaborations, SearchService(storage.db),
                    OverviewService(storage.db, cycles, collaborations), TrashService(storage.db),
                    BackupService(storage), person_data=PersonDataService(storage.db),
                    retention=RetentionService(storage.db))
