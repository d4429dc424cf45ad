"""CPR numbers typed into notes are found (with or without the dash, real dates only) and
can be masked; ordinary numbers are left alone."""

from __future__ import annotations

import pytest

from plf_desktop.domain.privacy import MASK, find_cpr, mask_cpr


@pytest.mark.parametrize("text", [
    "Elev med cpr 010203-1234 var fraværende",
    "0102031234",
    "Født 311299-4321.",
    "(150660-0011)",
    "sidste: 290296-1000",  # 1996 was a leap year
])
def test_a_cpr_number_is_found(text: str) -> None:
    assert len(find_cpr(text)) == 1


@pytest.mark.parametrize("text", [
    "Ring på 12345678",                # a phone number: eight digits
    "Ordre 4000123456 er sendt",       # ten digits, but day 40 is no date
    "320101-1234",                     # day 32
    "011301-1234",                     # month 13
    "290297-1000",                     # 29 February 1997 did not exist
    "01020312345",                     # eleven digits
    "1-010203-1234",                   # part of a longer code
    "kl. 10.02.03 – 12.34",            # a date and a time
    "",
])
def test_other_numbers_are_not_taken_for_one(text: str) -> None:
    assert find_cpr(text) == []


def test_masking_replaces_every_number_and_keeps_the_rest() -> None:
    text = "A: 010203-1234, B: 0402051234 og tlf. 12345678"
    assert mask_cpr(text) == f"A: {MASK}, B: {MASK} og tlf. 12345678"
    assert find_cpr(mask_cpr(text)) == []
