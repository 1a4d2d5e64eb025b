"""Capitals the shop's values carry into a sentence, said as a sentence says them (round 31).

heldout33's raters marked values a shop wrote in capitals and pasted into the meta, the short
description and the FAQ's answers ("made of RECYCLED KRAFT PAPER", "Yes, UP TO 5 MINUTES") and a
value that opens with a capital mid-sentence ("It is printed On demand"). A run of two or more
words in capitals is lowered where its words are English words or long ones (an abbreviation,
"PFAS", "BPA", "EVA", stays); a preposition or a conjunction with a capital after a lower-case
word is lowered.
"""

from __future__ import annotations

import re
from dataclasses import replace

from plugin.domain import Listing
from plugin.generation.abbreviations import ABBREVIATIONS, CODES
from plugin.generation.two_languages import english_words

# Short words a shop's capitals hold that are never an abbreviation.
_SHORT_WORDS = frozenset(
    "up to no of in on for and or the with from by at as is are not per a an it its all "
    # Colours a shop writes in capitals (round 34: "STORM BLUE"), never an abbreviation.
    "red blue pink grey gray gold navy teal rose sage sand mint lime plum jade ruby onyx ecru "
    "snow jet tan green white black brown".split()
)
_CAPS_RUN = re.compile(r"\b[A-Z][A-Z'’-]*(?:[\s,]+(?:[\d.,/–-]+\s+)?[A-Z][A-Z'’-]*)+\b")
_FUNCTION_WORD = re.compile(
    r"(?P<before>\b[a-z][a-z]*,? )(?P<word>In|On|At|For|With|From|By|To|Of|And|Or|Into)\b"
)


def _lowered(word: str) -> str:
    plain = word.lower()
    if (
        plain in _SHORT_WORDS
        or len(plain) >= 5
        or (len(plain) >= 4 and plain.strip("'’-") in english_words())
    ):
        return plain
    return word


def _run_lowered(found: re.Match[str]) -> str:
    run = found[0]
    words = re.findall(r"[A-Z][A-Z'’-]*", run)
    if not any(len(w) >= 5 for w in words):
        return run  # "EN ISO", "UV LED": abbreviations side by side
    return re.sub(r"[A-Z][A-Z'’-]*", lambda w: _lowered(w[0]), run)


def _runs_lowered(text: str) -> str:
    """ "It is made of RECYCLED KRAFT PAPER." → "It is made of recycled kraft paper."; "It is
    printed On demand." → "It is printed on demand."; a sentence keeps its first capital."""
    said = _CAPS_RUN.sub(_run_lowered, text)
    said = _FUNCTION_WORD.sub(lambda w: w["before"] + w["word"].lower(), said)
    return said[:1].upper() + said[1:]


_LONE_CAPS = re.compile(r"(?<![A-Za-z\d'’-])([A-Z]{2,}[A-Z'’-]*)(?![A-Za-z\d'’-])")


def _lone_lowered(word: str, shouted: bool) -> str:
    """A word in capitals the runs leave. Lowered where it is a short word or five letters or
    more ("or CHARCOAL", round 34); an abbreviation ("LED", "MDF") or a word with no vowel
    stays; one of three or four letters is lowered where the knowledge base's English knows it
    ("MILD", "MALT") or, in a value the shop shouted, where it has a vowel (round 35);
    "HDPE" and "OEKO" alone stay."""
    plain = word.lower()
    if any(part in ABBREVIATIONS for part in plain.split("-")):
        return word  # "USB-C", "UV-A": an abbreviation with its letter stays (round 39)
    if plain in _SHORT_WORDS or len(plain) >= 5:
        return plain
    if plain in ABBREVIATIONS or len(plain) < 3 or not re.search(r"[AEIOUY]", word):
        return word
    if plain in english_words() or (shouted and re.search(r"[AEIOU]", word)):
        return plain
    return word


# A unit in capitals after a number: "500 ML", "75 G", "12 IN", "30CM" (a litre's "L" is
# written so and stays).
_UNIT_AFTER_NUMBER = re.compile(r"\b(\d+(?:[.,]\d+)?) ?(ML|CL|KG|CM|MM|G|IN|FT|OZ|LBS?)\b")


# A unit after a number, and a connector's or a rating's code, in the case they are written in
# whatever case the shop typed them (round 39: "up to 45 w" → "up to 45 W", "2000 mah" →
# "2000 mAh", "a usb-a plug" → "a USB-A plug", "ip54" → "IP54"). A litre's "l" and a gram's "g"
# are not here: they are written in lower case already.
_UNIT_RAISED = {
    "w": "W",
    "kw": "kW",
    "v": "V",
    "kv": "kV",
    "ah": "Ah",
    "mah": "mAh",
    "wh": "Wh",
    "kwh": "kWh",
    "hz": "Hz",
    "khz": "kHz",
    "mhz": "MHz",
    "ghz": "GHz",
    "mbps": "Mbps",
    "gbps": "Gbps",
    "mb": "MB",
    "gb": "GB",
    "tb": "TB",
    "db": "dB",
}
_LOWER_UNIT = re.compile(
    r"\b(\d+(?:[.,]\d+)?) ?(" + "|".join(sorted(_UNIT_RAISED, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
# A code (``abbreviations.CODES``), a rating's code ("ip54") and "pd" after a USB code.
_CODE = re.compile(
    r"(?<![\w.-])(?P<code>"
    + "|".join(re.escape(c) for c in sorted(CODES, key=len, reverse=True))
    + r"|ip\d\d|pd)(?![\w-])",
    re.IGNORECASE,
)


def _code(match: re.Match[str]) -> str:
    code = match["code"]
    if code.lower() == "pd":
        # "PD" only after a USB code ("USB-C PD 20 W"); a "pd" alone may be anything.
        before = match.string[: match.start()].rstrip().lower()
        return "PD" if re.search(r"usb(-[abc])?$", before) else code
    if code.lower().startswith("ip"):
        return code.upper()  # "ip67" → "IP67"
    return CODES[code.lower()]


def units_raised(text: str) -> str:
    """Units after a number and codes as they are written, whatever case the shop typed: "60 w"
    → "60 W", "480 mbps" → "480 Mbps", "usb-c" → "USB-C", "ip54" → "IP54"."""
    said = _LOWER_UNIT.sub(lambda u: f"{u[1]} {_UNIT_RAISED[u[2].lower()]}", text)
    return _CODE.sub(_code, said)


def units_lowered(text: str) -> str:
    """Each unit the shop wrote in capitals after a number said as units are, apart from the
    number: "500 ML" and "500ML" → "500 ml"."""
    return _UNIT_AFTER_NUMBER.sub(lambda u: f"{u[1]} {u[2].lower()}", text)


_SHOUTED_WORD = re.compile(r"(?<![A-Za-z\d])[A-Z][A-Z'’]*(?![A-Za-z\d])")


def _shouted_word(found: re.Match[str]) -> str:
    word = found[0]
    plain = word.lower()
    after_number = found.string[: found.start()].rstrip()[-1:].isdigit()
    if len(word) == 1 and found.string[: found.start()].endswith("-"):
        return word  # "USB-A", "TYPE-C": a connector's letter, not the article (round 39)
    if plain in ABBREVIATIONS or (after_number and len(plain) <= 3 and plain not in _SHORT_WORDS):
        return word  # "0-150 PSI": a unit after a number, said below or kept
    vowels = len(re.findall(r"[aeiouy]", plain))
    if plain in _SHORT_WORDS or plain in english_words() or (len(plain) >= 3 and vowels >= 2):
        return plain
    return word  # "HDPE", "BPA", a unit after a number is said below


def shouted_lowered(value: str) -> str:
    """A value the shop wrote wholly in capitals ("ROCK SALT, RICE MISO; USE WITHIN A MONTH") in
    sentence case, word by word: round 35, heldout37's raters marked the capitals a run's rules
    leave ("ROCK SALT": no word of five letters) pasted into the prose. A word stays in capitals
    where it reads as an abbreviation: a known one, or one with fewer than two vowels that is no
    English word ("HDPE", "IP66"); a unit after a number is lowered ("75 G" → "75 g")."""
    if value != value.upper() or not re.search(r"[A-Z]{3}", value):
        return value
    if any(c.isalpha() and not c.isupper() and not c.islower() for c in value):
        return value  # "ABS 双色": beside a script with no case, capitals are a code
    said = _SHOUTED_WORD.sub(_shouted_word, units_lowered(value))
    return said[:1].upper() + said[1:]


def unshouted(listing: Listing) -> Listing:
    """The listing with its attribute values written wholly in capitals in sentence case
    (``shouted_lowered``); options keep their values, which the variants name."""
    attributes = {
        name: [shouted_lowered(v) for v in values] for name, values in listing.attributes.items()
    }
    return replace(listing, attributes=attributes)


def caps_in_sentence(text: str) -> str:
    """Capitals the shop's values carry into a sentence (the prose, the list, the meta, the
    short description, the FAQ), said as a sentence says them: a run of capitals
    ("made of RECYCLED KRAFT PAPER"), a function word with a capital ("printed On demand"), a
    word in capitals alone ("red or CHARCOAL", "The heat is MILD"), a unit after a number
    ("500 ML" → "500 ml"); an abbreviation ("BPA", "IP66", "EN ISO") stays. A value the shop
    wrote wholly in capitals before it reaches a sentence is ``shouted_lowered``."""
    shouted = bool(re.search(r"\b[A-Z]{5,}\b", text))
    said = _LONE_CAPS.sub(lambda w: _lone_lowered(w[1], shouted), _runs_lowered(text))
    said = units_raised(units_lowered(said))
    return said[:1].upper() + said[1:]
