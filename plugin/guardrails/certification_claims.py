"""Finding certification and standard claims in a draft: the lexicon's marks (GOTS,
OEKO-TEX, CE …), "-free" promises, IP ratings, and any mark or body the lexicon does not know,
read from how it is said: "<Name> certified/approved/accredited/compliant", "certified by/to
<body>", "meets/complies with <standard>", and standard codes ("EN 1888", "ISO 8124", "ASTM
F963"). ``plugin/guardrails/certifications.py`` judges them against the listing."""

from __future__ import annotations

import re

from plugin.guardrails.claims import Claim
from plugin.guardrails.quantities import NUMBER_WORDS
from plugin.guardrails.vocabulary import CERTIFICATIONS, FREE_OF

_ORGANIC_STYLE = re.compile(
    r"^\s+(?:shapes?|curves?|forms?|lines?|look|feel|textures?|design)", re.I
)
_FREE_CLAIM = re.compile(r"\b([A-Za-z]+)[\s-]free\b")
_IP_RATING = re.compile(r"\bIP[X\d]\d\b")
# A protection grade a product is rated or tested to: sun protection ("UPF 50+", "SPF 30") and
# a sunglass lens's filter category ("filter category 3", the ISO 12312-1 scale).
_GRADE = re.compile(
    r"\b(?:UPF|SPF)\s?\d{1,3}\+?(?![\w+])|\b(?i:filter|lens)\s+(?i:category|cat\.?)\s?[0-4]\b"
)
_NAME = r"[A-Z][\w+&./’'-]*(?:\s+(?:[A-Z0-9][\w+&./’'-]*|of|for|and|&)){0,4}"
_MARKS = r"certified|approved|accredited|compliant|endorsed|registered|verified|licensed"
_NAME_MARK = re.compile(rf"\b(?P<name>{_NAME})[\s-](?P<mark>{_MARKS}|listed|tested)\b")
# "organic certified", and with the body's initials before it: "EU organic certified".
_LOWER_MARK = re.compile(
    r"\b(?P<name>(?:[A-Z]{2,5}[\s-])?[a-z]{3,})[\s-](?P<mark>approved|certified|accredited)\b"
)
_MARK_BY = re.compile(
    rf"\b(?P<mark>(?i:{_MARKS}|tested|rated|recogni[sz]ed))\s+(?:by|to|under|as|according to|"
    r"against)\s+(?:the\s+)?"
    r"(?P<name>[\w&.+/’'-]+(?:[ \t]+(?!and\b|with\b|for\b|to\b)[\w&.+/’'-]+){0,4})"
)
# A seal from a named body, said with a verb that is no mark of its own: "accepted by the Guild
# of Clockmakers", "recommended by the National Sleep Council". Only a body (an association,
# society, council …), so that praise from people ("recommended by 500 cooks") stays apart.
_BODY_BY = re.compile(
    r"\b(?P<mark>(?i:accepted|recommended|backed|acknowledged|awarded|commended))\s+by\s+"
    rf"(?:the\s+)?(?P<name>{_NAME})"
)
# A profession's endorsement (round 43): "vet-recommended", "dentist approved", "recommended by
# physiotherapists": a seal of its own, though no body grants it.
_PROFESSIONS = (
    r"(?:vet(?:erinarian)?|dentist|doctor|dermatologist|pa?ediatrician|physio(?:therapist)?|"
    r"chiropractor|podiatrist|midwife|midwives|pharmacist|osteopath|optician|nutritionist)s?"
)
_EXPERT = re.compile(
    rf"\b{_PROFESSIONS}[\s-](?:recommended|endorsed|approved)\b|"
    rf"\b(?:recommended|endorsed|approved) by (?:(?:many|most|leading|top) )?{_PROFESSIONS}\b",
    re.IGNORECASE,
)
_BODY = re.compile(
    r"\b(?:Association|Society|Council|Foundation|Institute|Academy|Federation|Board|Guild|"
    r"College|Agency|Authority|Commission|Trust|League|Bureau)\b"
)
_MEETS = re.compile(
    r"\b(?:meets|meeting|complies with|complying with|conforms to|conforming to|compliant with|"
    rf"in line with|passes|passed|certified to|tested to)\s+(?:the\s+)?(?:strict\s+)?"
    rf"(?P<name>{_NAME})(?:\s+(?:standards?|norms?|requirements|regulations|rules))?"
)
_CODE = re.compile(
    r"\b(?:EN|ISO|ASTM|ANSI|BS|DIN|IEC|UN|NSF|AS/NZS|CSA|JIS)\s?[A-Z]?\d[\d.:/-]*(?:\s?[A-Z]?\d+)?"
    r"(?:\s+(?:Type|Class|Level|Category|Grade)\s+[A-Z0-9]{1,3}\b)?"
    r"|\b(?:TÜV|TUV|UKCA|CPSIA|CPSC|REACH|BIFMA|SGS|Intertek|LFGB|CCPSA|FSC|PEFC)\b"
)
# Capitalised words that start a sentence rather than name a body ("Fully certified").
# Words beside a mark that name no body: "Made of FSC-certified oak".
_MAKING_WORDS = frozenset("made from with using".split())
_NOT_NAMES = frozenset(
    "it its is this the a an our your each every all fully independently officially lab "
    "clinically dermatologically professionally proudly also and or not "
    # a subject or a verb before the mark ("we are certified by …"): the body comes after it
    "we they are was were be been being".split()
)


def certification_claims(text: str) -> list[Claim]:
    claims = [
        Claim("certification", start, end, text[start:end], term.name, term.name)
        for start, end, term in CERTIFICATIONS.find(text)
        if not (term.name == "organic" and _ORGANIC_STYLE.match(text[end : end + 16]))
    ]
    for match in _FREE_CLAIM.finditer(text):
        if match.group(1).lower() in FREE_OF:
            claims.append(_claim(text, match.start(), match.end(), match.group()))
    for pattern in (_IP_RATING, _CODE, _GRADE, _EXPERT):
        for match in pattern.finditer(text):
            claims.append(_claim(text, match.start(), match.end(), match.group()))
    for pattern in (_NAME_MARK, _LOWER_MARK, _MARK_BY, _BODY_BY, _MEETS):
        for match in pattern.finditer(text):
            if pattern is _BODY_BY and not _BODY.search(match.group("name")):
                continue
            name = _trim(match.group("name"))
            whole = _SENTENCE_END.split(name)[0]  # "certified to EN 1078. It is a …"
            if not name or name.lower() in _NOT_NAMES or _is_figure(name):
                continue  # "rated to 3000 mm", "tested to 2 m drops": a figure, not a standard
            if name.split()[-1].lower() in _JOINERS:
                continue  # "woven in Peru and certified to …": the mark's name comes after it
            end = match.start() + len(match.group().rstrip(".,;:"))
            if whole != name:
                name = whole.rstrip(".")
                end = text.index(name, match.start("name")) + len(name)
            claims += _each_named(text, match.start(), end, match.start("name"), name)
            if pattern is _NAME_MARK and _AND.search(name):
                claims += _listed_before(text, match.start("name"))  # "A, B and C certified"
    return _outermost(claims)


_LISTED_BEFORE = re.compile(rf"(?:(?<![\w-]){_NAME}\s*,\s*)+$")


def _listed_before(text: str, at: int) -> list[Claim]:
    """The names listed before a marked one ("USB PD 3.0, Quick Charge 3.0, UKCA and CE
    certified"): the mark is said of each."""
    before = _LISTED_BEFORE.search(text[max(0, at - 160) : at])
    if not before:
        return []
    base = max(0, at - 160)
    out = []
    for item in re.finditer(r"[^,]+", before.group()):
        name = item.group().strip()
        if not name or name.lower() in _NOT_NAMES or _is_figure(name):
            continue
        start = (
            base + before.start() + item.start() + (len(item.group()) - len(item.group().lstrip()))
        )
        out.append(_claim(text, start, start + len(name), name))
    return out


_JOINERS = frozenset({"and", "or", "&", "of", "for"})
_SENTENCE_END = re.compile(r"(?<=\.)\s+(?=[A-Z])")


def _is_figure(name: str) -> bool:
    """ "3000 mm", "two metres", "about 330 lb": a figure, hedged or not."""
    name = _FIGURE_HEDGE.sub("", name)
    return bool(name) and (name[0].isdigit() or name.split()[0].lower() in NUMBER_WORDS)


_FIGURE_HEDGE = re.compile(
    r"^(?:about|around|approximately|roughly|over|under|at least|up to|more than|nearly)\s+",
    re.IGNORECASE,
)


def _each_named(text: str, start: int, end: int, name_start: int, name: str) -> list[Claim]:
    """ "EU Organic and PDO certified" is two claims, "EU Organic" and "PDO certified": each
    mark is judged on its own, so a known one does not carry an unknown one."""
    parts = list(_AND.finditer(name))
    if not parts or name_start < start:
        return [_claim(text, start, end, name)]
    offset = text.index(name, name_start)
    out, pos = [], 0
    for separator in parts:
        piece_start = offset + pos
        piece = name[pos : separator.start()]
        out.append(_claim(text, piece_start, piece_start + len(piece), piece))
        pos = separator.end()
    out.append(_claim(text, offset + pos, end, name[pos:]))
    return out


_AND = re.compile(r"\s*,\s*|\s+(?:and|&)\s+")


def _claim(text: str, start: int, end: int, name: str) -> Claim:
    return Claim("certification", start, end, text[start:end], name, name)


def _trim(name: str) -> str:
    """The name without the leading words that name no body, cut from the text as it stands
    (its spacing and line breaks kept) so that it can be found again in the draft."""
    start = 0
    for word in re.finditer(r"\S+", name):
        if word.group().lower() not in _NOT_NAMES:
            break
        start = word.end()
    return name[start:].strip().rstrip(".,;:")


def _outermost(claims: list[Claim]) -> list[Claim]:
    """One claim per place: "GOTS certified" once, not "GOTS" and "GOTS certified" both."""
    out: list[Claim] = []
    for claim in sorted(claims, key=lambda c: (c.start, -c.end)):
        if out and claim.start < out[-1].end:
            continue
        out.append(claim)
    return out
