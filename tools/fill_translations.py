"""Fill unfinished entries of a .ts file from a small table of Danish texts.

For developers: after ``make update-translations``, write the new Danish texts in a TSV file
(context<TAB>source<TAB>translation) and run ``python tools/fill_translations.py FILE.ts
TABLE.tsv``. Entries not in the table stay unfinished and are listed.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts_path: Path, table: dict[tuple[str, str], str]) -> list[tuple[str, str]]:
    """Translate the unfinished entries found in *table*; return those still missing."""
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            text = table.get((name, source))
            if text is None:
                missing.append((name, source))
                continue
            translation.text = text
            del translation.attrib["type"]
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                       encoding="utf-8")
    return missing


def main() -> int:
    """``fill_translations.py FILE.ts TABLE.tsv``"""
    ts_path, table_path = Path(sys.argv[1]), Path(sys.argv[2])
    table = {}
    for line in table_path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            context, source, text = line.split("\t")
            table[(context, source.replace("\\n", "\n"))] = text.replace("\\n", "\n")
    for context, source in fill(ts_path, table):
        print(f"unfinished: {context}: {source}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
