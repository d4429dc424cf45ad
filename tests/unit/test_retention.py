"""The retention rule: the Danish school year (1 August – 31 July) a record belongs to, plus
the months chosen in the settings; a chosen date for one record; a linked observation or
conversation is never deleted before its course."""

from __future__ import annotations

import datetime as dt

import pytest

from plf_desktop.domain.retention import (
    DEFAULT_MONTHS,
    RetentionFacts,
    default_deletion_date,
    deletion_date,
    due_before,
    is_due,
    school_year,
    school_year_end,
)

D = dt.date


@pytest.mark.parametrize(("day", "year"), [
    (D(2025, 7, 31), 2024), (D(2025, 8, 1), 2025), (D(2025, 12, 31), 2025),
    (D(2026, 1, 1), 2025), (D(2024, 2, 29), 2023)])
def test_the_school_year_turns_on_the_first_of_august(day: dt.date, year: int) -> None:
    assert school_year(day) == year
    assert school_year_end(day) == D(year + 1, 7, 31)


@pytest.mark.parametrize(("day", "months", "deleted"), [
    (D(2025, 7, 31), 12, D(2026, 7, 31)),   # the last day of 2024/25
    (D(2025, 8, 1), 12, D(2027, 7, 31)),    # the first day of 2025/26
    (D(2025, 8, 1), 0, D(2026, 7, 31)),     # 0: at the end of the school year itself
    (D(2025, 8, 1), 1, D(2026, 8, 31)),
    (D(2025, 8, 1), 2, D(2026, 9, 30)),     # the last day of the month, not the 31st
    (D(2025, 8, 1), 7, D(2027, 2, 28)),
    (D(2023, 3, 1), 7, D(2024, 2, 29)),     # a leap year
    (D(2025, 8, 1), 17, D(2027, 12, 31)),
    (D(2025, 8, 1), 120, D(2036, 7, 31)),
])
def test_the_default_is_the_end_of_the_school_year_plus_the_months(
        day: dt.date, months: int, deleted: dt.date) -> None:
    assert default_deletion_date(day, months) == deleted


def test_twelve_months_is_the_default() -> None:
    assert DEFAULT_MONTHS == 12
    assert default_deletion_date(D(2025, 3, 12)) == D(2026, 7, 31)


def test_a_chosen_date_wins_over_the_default_earlier_or_later() -> None:
    day = D(2025, 10, 1)
    assert deletion_date(day) == D(2027, 7, 31)
    assert deletion_date(day, override=D(2026, 1, 15)) == D(2026, 1, 15)
    assert deletion_date(day, override=D(2030, 7, 31)) == D(2030, 7, 31)


def test_a_linked_record_is_not_deleted_before_its_course() -> None:
    day = D(2024, 10, 1)  # the observation, school year 2024/25: 31.07.2026 on its own
    course_kept = D(2027, 7, 31)
    assert deletion_date(day, parents=[course_kept]) == course_kept
    # its own later date (or a later chosen one) still holds when the course goes first
    assert deletion_date(day, parents=[D(2025, 7, 31)]) == D(2026, 7, 31)
    assert deletion_date(day, override=D(2029, 1, 1), parents=[course_kept]) == D(2029, 1, 1)
    # choosing an earlier date does not take it away from its course
    assert deletion_date(day, override=D(2025, 1, 1), parents=[course_kept]) == course_kept


def test_the_facts_of_a_linked_record_give_the_latest_parent() -> None:
    facts = RetentionFacts("observation", "o1", "5.A dansk", D(2024, 10, 1),
                           parent_date=D(2025, 9, 1), parent_override=D(2026, 12, 31))
    retention = facts.retention(12)
    assert retention.default == D(2026, 7, 31)
    assert retention.parent == D(2027, 7, 31)  # the course dated 2025/26 outlasts the override
    assert retention.deletion == D(2027, 7, 31) and retention.follows_parent
    alone = RetentionFacts("observation", "o2", "", D(2024, 10, 1)).retention(12)
    assert alone.parent is None and not alone.follows_parent
    assert alone.deletion == D(2026, 7, 31)
    record = facts.due_record(12)
    assert (record.kind, record.date, record.deletion) == ("observation", D(2024, 10, 1),
                                                           D(2027, 7, 31))


def test_a_record_is_due_on_its_deletion_date() -> None:
    assert not is_due(D(2026, 7, 31), D(2026, 7, 30))
    assert is_due(D(2026, 7, 31), D(2026, 7, 31))
    assert is_due(D(2026, 7, 31), D(2026, 8, 1))


@pytest.mark.parametrize("months", [0, 1, 6, 12, 13, 24, 120])
def test_the_cutoff_says_the_same_as_the_rule_for_every_date(months: int) -> None:
    """The database asks "dated before the cutoff?"; that must be "due by default?"."""
    days = [D(2019, 1, 1) + dt.timedelta(days=n) for n in range(0, 365 * 8, 3)]
    for today in (D(2026, 7, 30), D(2026, 7, 31), D(2026, 8, 1), D(2026, 11, 22),
                  D(2027, 2, 28), D(2028, 2, 29)):
        cutoff = due_before(today, months)
        assert cutoff.month == 8 and cutoff.day == 1
        for day in days:
            assert (day < cutoff) == is_due(default_deletion_date(day, months), today), (
                today, day)


def test_negative_months_are_refused() -> None:
    with pytest.raises(ValueError):
        default_deletion_date(D(2025, 1, 1), -1)
