"""Danish alphabetical order for lists: … x y z æ ø å, with foreign letters beside their base.

Qt's locale-aware sorting follows the operating system's collation, which is often "C" (so
Å lands before Æ, and Łukasz after everyone). A sort key computed here gives every list the
same Danish order on every machine, and costs one string per row instead of a collator call
per comparison.
"""

from __future__ import annotations

import unicodedata

# Æ, Ø, Å become private-use characters, which sort after z and survive the stripping of
# accents below; the German and Swedish forms sort with their Danish twins.
_DANISH = str.maketrans({"æ": "\ue001", "ä": "\ue001", "ø": "\ue002", "ö": "\ue002",
                         "å": "\ue003", "ł": "l", "ı": "i", "đ": "d", "ß": "ss"})


def danish_sort_key(text: str) -> str:
    """A key that sorts *text* as a Danish reader expects, case-insensitively."""
    folded = text.casefold().translate(_DANISH)
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(char for char in decomposed if not unicodedata.combining(char))
