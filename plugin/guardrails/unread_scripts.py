"""A listing written in a script none of the word tables reads (round 50): Arabic, Hebrew,
Georgian, or any other whose letters no ``data/*_abroad.json`` file holds.

The colour and feature checks read a listing through word tables: an
attribute's value ("Material: Leinen") is a material only when a table knows its spelling. A
listing written in a script no table holds says its materials, colours, packaging and parts in
lines the checks cannot read, so a colour or a part the listing seems "not to mention" may be
stated there: its silence is not known. Claims such a check finds *against* a line it read (a
contradiction, which cites the line) are kept. The scripts read are taken from the tables
themselves, not listed here, so a table that gains a script's words makes it read.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from functools import cache
from pathlib import Path

from plugin.domain import Finding

_DATA = Path(__file__).parent / "data"
# The rules whose silence is let go: a colour and a part or packaging ("a carry case", "boxed
# in tissue") are said in the listing's words. Numbers, prices and places are read in any
# script (digits, CLDR's currency and place names). A material and a care claim stay judged:
# copy in English of an unread listing naming a material or a care step no line gives is as
# often wrong as right, and one of them must be told from the other (round 50: kept).
WORD_TABLE_RULES = frozenset({"accuracy.colour", "accuracy.feature"})
# Lines that are not the merchant's prose about the product: a vendor's name may be in any
# script over an English listing.
_NOT_PROSE = ("Vendor:",)


def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    if name.startswith(("CJK", "IDEOGRAPHIC")):
        return "CJK"
    return name.split(" ")[0] if name else ""


@cache
def read_scripts() -> frozenset[str]:
    """The scripts the word tables hold words in (with Latin, the drafts' own)."""
    scripts = {"LATIN"}
    for path in _DATA.glob("*_abroad.json"):
        text = json.dumps(json.loads(path.read_text(encoding="utf-8")), ensure_ascii=False)
        scripts |= {_script(c) for c in text if c.isalpha()}
    return frozenset(scripts)


def _word_script(word: str) -> str:
    letters = Counter(_script(c) for c in word if c.isalpha())
    return letters.most_common(1)[0][0] if letters else ""


def unread_script(lines: list[str]) -> str:
    """The script most of the listing's words are written in, when no word table reads it
    ("ARABIC", "HEBREW"); "" when the listing is mostly in a script the tables read. A line's
    label ("Title: ") is the listing format's, not the merchant's, and is left out."""
    scripts: Counter[str] = Counter()
    for line in lines:
        if line.startswith(_NOT_PROSE):
            continue
        _, _, value = line.partition(": ")
        scripts.update(s for s in map(_word_script, (value or line).split()) if s)
    total = sum(scripts.values())
    if not total:
        return ""
    script, count = scripts.most_common(1)[0]
    if script in read_scripts() or count * 2 < total:
        return ""
    return script


def drop_unread_silence(findings: list[Finding], script: str) -> list[Finding]:
    """Without the findings that rest on the listing's silence (they cite no line of it) for a
    word-table rule, when the listing is written in ``script``, a script no table reads."""
    if not script:
        return findings
    return [f for f in findings if f.fact or f.rule not in WORD_TABLE_RULES]
