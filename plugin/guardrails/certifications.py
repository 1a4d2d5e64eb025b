"""Certification and standard claims: the lexicon's marks (GOTS, OEKO-TEX, CE …), "-free"
promises, IP ratings, and any mark or body the lexicon does not know, read from how it is
said: "<Name> certified/approved/accredited/compliant", "certified by/to <body>", "meets/complies
with <standard>", and standard codes ("EN 1888", "ISO 8124", "ASTM F963").
"""

from __future__ import annotations

import re

from plugin.domain import Finding
from plugin.guardrails.claims import Claim
from plugin.guardrails.findings import BLOCK, finding
from plugin.guardrails.ingredients import names_abroad
from plugin.guardrails.listing_facts import ListingFacts, normalise
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
    "clinically dermatologically professionally proudly also and or not".split()
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
    for pattern in (_IP_RATING, _CODE, _GRADE):
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


# The rating within a standard: "EN 12477 Type A", "EN 14683 Type IIR", "ISO 20345 Class 2".
_RATING = re.compile(r"\s+(?P<rating>(?:Type|Class|Level|Category|Grade)\s+[A-Z0-9]{1,3})$")


def _supported(claim: Claim, facts: ListingFacts) -> bool:
    if claim.value in facts.certification_names:
        return True
    standard = claim.text if _CODE.fullmatch(claim.text) else claim.about  # "tested to EN 71-2"
    code = _CODE.fullmatch(standard)
    rating = _RATING.search(standard) if code else None
    if rating and not facts.supports(rating["rating"]):
        return False  # "EN 12477 Type B" of a listing rated "EN 12477 Type A"
    if code and any(c.isdigit() for c in standard):
        # a code's every number, in order, however spaced: "EN 71-2" is not "EN 71-1, EN 71-3";
        # "EN 71" is the family of both
        tokens = re.findall(r"[A-Za-z]+|\d+", standard.lower())
        pattern = r"(?<![a-z0-9])" + r"\W*".join(map(re.escape, tokens)) + r"(?![0-9])"
        return bool(re.search(pattern, "\n".join(facts.lines).lower()))
    if facts.supports(claim.text) or facts.supports(claim.about):
        return True
    # "OEKO-TEX certified" on a listing that says "Certified: OEKO-TEX Standard 100".
    found = [(s, e, t.name) for s, e, t in CERTIFICATIONS.find(claim.text) if t.name != "certified"]
    if found and all(name in facts.certification_names for _, _, name in found):
        # each word beside the known marks must be the listing's too: "USDA National Organic
        # Program" is not the listing's "organic"
        rest = claim.about
        for start, end, _ in found:
            rest = rest.replace(claim.text[start:end], " ")
        initials = {w.lower() for w in re.findall(r"\b[A-Z]{2,5}\b", rest)}  # "EU", "JAS"
        named = [
            w
            for w in normalise(rest).split()
            if (len(w) > 2 or w in initials) and w not in _NOT_NAMES
        ]
        if all(w in facts.words or w in _MAKING_WORDS for w in named):
            return True
    words = [w for w in normalise(claim.about).split() if len(w) > 1]
    return bool(words) and all(w in facts.words for w in words) and _marked(facts)


# The name right after a bare mark word: "certified ENplus A1", "approved DIN 4102".
_NAME_AFTER = re.compile(r"[ \t]+(?P<name>[A-Z][\w+-]*(?:[ \t]+[A-Z0-9][\w+-]*){0,2})")


def _names_the_listings_mark(text: str, claim: Claim, facts: ListingFacts) -> bool:
    """ "certified ENplus A1" when the listing gives "ENplus A1", whatever its label calls it
    ("Zertifikat: ENplus A1")."""
    after = _NAME_AFTER.match(text, claim.end)
    return after is not None and claim.text == claim.about and facts.supports(after["name"])


# A denial right before a claim's words in the listing: "it has not been crash-tested", "not
# certified", "never approved".
_NOT_BEFORE = re.compile(
    r"\b(?:not|never|no|isn't|aren't|hasn't|haven't|wasn't|without)(?:\s+(?:been|be|yet))?\s+$",
    re.IGNORECASE,
)


def _denied(claim: Claim, facts: ListingFacts) -> str:
    """The listing line that says the product is not what the claim says ("it has not been
    crash-tested"), where every mention of the claim's words in the listing denies it."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(claim.text)}(?![\w-])", re.IGNORECASE)
    found = [(line, m) for line in facts.lines for m in pattern.finditer(line)]
    if not found or not all(_NOT_BEFORE.search(line, 0, m.start()) for line, m in found):
        return ""
    return found[0][0]


def _marked(facts: ListingFacts) -> bool:
    """Whether the listing makes any certification claim at all (so its words carry one)."""
    return bool(facts.certifications) or any(
        w in facts.words for w in ("certified", "approved", "standard", "compliant", "tested")
    )


def check_certifications(text: str, facts: ListingFacts) -> list[Finding]:
    out = []
    for claim in certification_claims(text):
        free = _FREE_CLAIM.fullmatch(claim.text)
        if free and free.group(1).lower() in FREE_OF:
            if "?" in re.split(r"[.!\n]", text[claim.end :], maxsplit=1)[0]:
                continue  # "Is it nut-free?": asked, and its answer says
            said = _free_of(claim, free.group(1), facts)
            if said is True:
                continue  # "Free from: parabens, sulfates"
            if said:
                out.append(said)
                continue
        standard = _only_a_standard(text, claim, facts)
        if standard:
            out.append(
                finding(
                    "accuracy.certification",
                    BLOCK,
                    claim.start,
                    claim.end,
                    claim.text,
                    "is a standard the listing says the product supports, not a certification.",
                    "Say it supports the standard, as the listing does.",
                    standard,
                )
            )
            continue
        denied = _denied(claim, facts)
        if denied and _NOT_BEFORE.search(text, max(0, claim.start - 30), claim.start):
            continue  # "the paints are not vegan", as the listing says
        if denied:
            out.append(
                finding("accuracy.certification", BLOCK, claim.start, claim.end, claim.text,
                        "is what the listing says the product is not.",
                        "Leave it out: the listing denies it.", denied)  # fmt: skip
            )
            continue
        if _supported(claim, facts) or _names_the_listings_mark(text, claim, facts):
            continue
        line = next(iter(facts.certifications.values()), "")
        out.append(
            finding(
                "accuracy.certification",
                BLOCK,
                claim.start,
                claim.end,
                claim.text,
                "is a certification, standard or safety claim the listing does not make.",
                "Remove it unless the product is certified; then add it to the listing.",
                line,
            )
        )
    return out + _free_of_a_contained_ingredient(text, facts)


def _free_of_a_contained_ingredient(text: str, facts: ListingFacts) -> list[Finding]:
    """ "<X>-free" of any food or substance with names abroad (``ingredients_abroad.json``),
    not only ``FREE_OF``'s, where the listing names X as contained ("Contains sulphites" or its
    words for them): a health claim against the listing (round 36)."""
    out = []
    for match in _FREE_CLAIM.finditer(text):
        substance = match.group(1).lower()
        if substance in FREE_OF or not (names_abroad(substance) or names_abroad(f"{substance}s")):
            continue
        claim = _claim(text, match.start(), match.end(), match.group())
        said = _free_of(claim, substance, facts, f"{substance}s", _HEALTH)
        if isinstance(said, Finding):
            out.append(said)
    return out


# Labels of what a product supports or works with, not what it is certified to.
_STANDARD_LABEL = re.compile(
    r"^(?:standards?|supports?|supported standards?|protocols?|compatib\w*|charging(?: standards?)?"
    r"|fast charging|connectivity)\s*:",
    re.IGNORECASE,
)
# A standard's code in capitals with its number ("UIAA 101", "EN 12275"): a norm a product is
# tested and certified to, not a protocol it supports.
_SAFETY_CODE = re.compile(r"[A-Z]{2,6}[\s-]?\d")
_CERTIFIED_AFTER = re.compile(r"[^.;:!?\n]{0,80}?\b(?:certified|approved|accredited)\b", re.I)


def _only_a_standard(text: str, claim: Claim, facts: ListingFacts) -> str:
    """The listing's line that gives a name called certified in the draft only as a standard
    it supports ("Standards: USB Power Delivery 3.0"), when no certification line names it."""
    own_mark = re.search(rf"[\s-](?:{_MARKS}|listed|tested)$", claim.text, re.I)
    if own_mark and not re.search(r"certified|approved|accredited", own_mark.group(), re.I):
        return ""  # "ISO 11154 tested and TÜV certified": tested is its own claim
    if not own_mark and not _CERTIFIED_AFTER.match(text, claim.end):
        return ""
    bare = re.sub(r"[\s-]*(?:certified|approved|accredited)$", "", claim.about, flags=re.I)
    if _CODE.match(bare) or _SAFETY_CODE.match(bare):
        return ""  # "EN 892 certified" of "Standards: EN 892": a code is what gear is certified to
    name = normalise(bare)
    if not name:
        return ""
    lines = [ln for ln in facts.lines if f" {name} " in f" {normalise(ln)} "]
    if lines and all(_STANDARD_LABEL.match(ln) for ln in lines):
        return lines[0]
    return ""


_HEALTH = "compliance.health"
_DIETARY = frozenset("gluten nut caffeine lactose dairy soy sugar allergen".split())


def _free_of(
    claim: Claim, substance: str, facts: ListingFacts, plural: str = "", rule: str = ""
) -> Finding | bool:
    """Whether the listing says the product is free of ``substance`` (True), names it as
    contained ("Contains natural latex", a sulfate among the ingredients: a contradiction of what
    it is made of, so a material finding), or neither (False). Of a food a shopper's diet or
    health keeps out (gluten, nuts, caffeine: ``_DIETARY``) the contradiction is a health
    claim."""
    stem = re.escape(substance.lower().rstrip("s"))
    # named as contained in the listing's language too ("Contiene glutine", round 29)
    named = {*names_abroad(substance.lower().rstrip("s")), *names_abroad(plural)}
    abroad = "".join(f"|{re.escape(n)}" for n in sorted(named))
    present = re.compile(rf"\b(?:{stem}s?{abroad})\b(?! free\b)")
    absent = re.compile(rf"\b(?:free|without|no|non|zero)\b[a-z ]{{0,40}}\b{stem}|\b{stem}s? free")
    lines = [(line, normalise(line)) for line in facts.lines]
    if any(absent.search(n) for _, n in lines) or _free_of_abroad(substance, facts.lines):
        return True
    line = next((line for line, n in lines if present.search(n)), "")
    if not line:
        return False
    return finding(
        rule or (_HEALTH if substance.lower().rstrip("s") in _DIETARY else "accuracy.material"),
        BLOCK, claim.start, claim.end, claim.text,
        f"contradicts the listing, which names {substance.lower()} ({line}).",
        "Remove it: the listing says the product contains it.", line,
    )  # fmt: skip


# "Without" and "-free" in the shop languages: "sans soja", "glutenfrei", "sockerfri".
_WITHOUT_ABROAD = (
    "ohne|frei von|sans|sin|libre de|senza|zonder|vrij van|utan|fri från|uten|uden|bez|ilman|sem"
)
_FREE_ABROAD = "frei|fri|vrij|frie|vapaa|wolny|wolna"


def _free_of_abroad(substance: str, lines: list[str]) -> bool:
    """Whether a listing line says in a shop language that the product is free of
    ``substance``, named in that language (``data/ingredients_abroad.json``) or as in English."""
    names = {substance.lower(), *names_abroad(substance.lower().rstrip("s"))}
    names |= set(names_abroad(substance.lower()))
    said = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    pattern = re.compile(
        rf"(?<!\w)(?:(?:{_WITHOUT_ABROAD})\s+(?:{said})|(?:{said})-?(?:{_FREE_ABROAD}))(?!\w)", re.I
    )
    return any(pattern.search(line) for line in lines)
