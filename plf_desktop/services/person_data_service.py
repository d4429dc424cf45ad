"""A person's right of access and erasure (GDPR art. 15 and 17), as two use cases.

:meth:`PersonDataService.collect` gathers everything stored about one member of staff for the
PDF and JSON export; :meth:`PersonDataService.erase` replaces them with "Slettet person" in
every record, in one transaction, and keeps the records so a team's history stays whole.
"""

from __future__ import annotations

from plf_desktop.domain.errors import QT_TRANSLATE_NOOP, NotFoundError
from plf_desktop.domain.person_data import (
    ErasureResult,
    Part,
    PersonData,
    PersonRecord,
    RecordKind,
)
from plf_desktop.domain.records import Person, School
from plf_desktop.domain.validation import require_text
from plf_desktop.services.base import Service
from plf_desktop.storage.connection import Database
from plf_desktop.storage.people_repo import PeopleRepository
from plf_desktop.storage.person_data_repo import NameMatcher, PersonDataRepository
from plf_desktop.storage.school_repo import SchoolRepository


def _order(record: PersonRecord) -> tuple[bool, str, str]:
    """Oldest first, undated last, then by title: how a reader looks for a meeting."""
    return (record.date is None, record.date.isoformat() if record.date else "",
            record.title.casefold())


class PersonDataService(Service):
    """Access export (*indsigt*) and erasure (*sletning*) of one person."""

    def __init__(self, db: Database) -> None:
        super().__init__(db)
        self.repo = PersonDataRepository(db)
        self.people = PeopleRepository(db)
        self.school = SchoolRepository(db)

    def _person(self, person_id: str) -> Person:
        person = self.people.get(person_id, include_deleted=True)
        if person is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "That person no longer exists."))
        return person

    def collect(self, person_id: str, *, include_private: bool = False) -> PersonData:
        """Everything stored about the person: their own row, the records they take part in
        (teams, meetings, agreements, observations, conversations, courses, collaborations)
        with those records' text, and the records whose text names them in full.

        Records in the trash are included and marked: they are still stored. The observer's
        private notes are included only with *include_private*.
        """
        person = self._person(person_id)
        matcher = NameMatcher(person.name)
        parts = self.repo.parts(person_id)
        mentioned = self.repo.mentioned_in(matcher) - set(parts)
        mentioned.discard((RecordKind.PERSON, person_id))
        records: list[PersonRecord] = []
        for kind in RecordKind:
            ids = [i for k, i in parts if k is kind] + [i for k, i in mentioned if k is kind]
            heads = self.repo.heads(kind, ids)
            found = []
            for record_id, head in heads.items():
                texts = self.repo.texts(kind, record_id, person_id,
                                        include_private=include_private)
                roles = parts.get((kind, record_id))
                if roles is None:  # only named in the text: show the texts that name them
                    texts = [b for b in texts if matcher.found_in(b.heading)
                             or any(matcher.found_in(t) for _c, t in b.fields)]
                    if not texts and not matcher.found_in(head.title):
                        continue
                    roles = [Part.MENTIONED]
                found.append(PersonRecord(head.kind, head.id, head.title, head.date, head.team,
                                          head.status, tuple(roles), tuple(texts),
                                          head.in_trash))
            records += sorted(found, key=_order)
        return PersonData(self.school.get() or School(""), person,
                          self.repo.person_in_trash(person_id), tuple(records), include_private)

    def record_count(self, person_id: str) -> int:
        """How many records take part in or name the person: what erasure will change."""
        person = self._person(person_id)
        parts = set(self.repo.parts(person_id))
        mentioned = self.repo.mentioned_in(NameMatcher(person.name))
        mentioned.discard((RecordKind.PERSON, person_id))
        return len(parts | mentioned)

    def erase(self, person_id: str, label: str) -> ErasureResult:
        """Erase the person: *label* ("Slettet person", already translated) takes their name
        in every record, their full name typed in any text becomes *label* too, and their
        initials, note, role and team memberships are cleared. Nothing else is deleted:
        meetings, agreements and the rest keep their content and their link to the (now
        anonymous) person.

        One transaction: either all of it, or nothing. The person leaves every list and
        picker (the anonymous row is marked erased, not put in the trash, whose emptying
        would take it out of the records). Backups made before keep the old data
        until they rotate out.
        """
        label = require_text(" ".join(label.split()), "name",
                             QT_TRANSLATE_NOOP("Errors", "The name"))
        with self.transaction():
            person = self._person(person_id)
            kept = len(self.repo.parts(person_id))
            changed = 0
            if person.name.casefold() != label.casefold():
                changed = self.repo.replace_name(NameMatcher(person.name), label)
            self.repo.anonymise_person(person_id, label)
            self.repo.scrub_search_index()
        self.db.checkpoint()  # the old name must not linger in the write-ahead log
        return ErasureResult(kept, changed)
