"""Origin, certifications and care, stated plainly in short sentences: where it is made or
comes from and what it is certified or tested to (``detail_lead``), and its first care
instruction (``care_lead``).
"""

from __future__ import annotations

import re

from plugin.generation.benefits import benefit_for
from plugin.generation.fact_roles import SortedFacts
from plugin.generation.fact_words import PARTICIPLES
from plugin.generation.said_values import join_values, lower_first
from plugin.generation.value_shapes import article
from plugin.generation.voice import Voice

# A care line said in the prose must read as an instruction: "Shrinks about 5%" or "40 °C" is a
# fact for the list, and "To keep it at its best, shrinks about 5%" broke (round 26).
_CARE_INSTRUCTION = re.compile(
    r"(?:(?:cold|cool|warm|lukewarm|gentle|gently|regularly|only)\s+)?"
    r"(?:hand|machine|surface|sponge|wash|wipe|dry|store|keep|do not|don't|dont|never|avoid|"
    r"oil|season|clean|rinse|hose|brush|iron|air|tumble|spot|refrigerate|use|apply|wax|re-wax|polish|treat|"
    r"reproof|re-proof|hang|shake|remove|empty|descale|sharpen|reapply|dust|vacuum|soak|"
    r"condition|freeze|chill|dishwasher|reshape|lay|wring|steam|not)\b"
)


# A care line that opens with the product's state, then the instruction.
_CARE_STATE = re.compile(r"(machine |hand )?(washable|wipe[- ]clean|wipeable)\s[–—-]\s[a-z]")


_ARTICLE_PLACES = {
    "usa",
    "us",
    "uk",
    "united states",
    "united kingdom",
    "netherlands",
    "philippines",
    "czech republic",
    "uae",
}


# A participle with a word before it, one word or hyphened ("handmade", "hand-thrown",
# "homegrown"): the origin says how it is made, and the place once after it.
_MADE_COMPOUND = r"[a-z]+-?(?:made|grown|woven|sewn|spun|thrown|built|knit|blown|stitched)"
_DONE_WORD = re.compile(
    rf"({_MADE_COMPOUND}|grown|made|packed|roasted|blended|bottled|distilled|designed|printed|sewn|woven|knitted|"
    r"crafted|assembled|produced|harvested|milled|baked|brewed|dyed|finished"
    # Round 47: any other past participle ("Carved in …", "Fired in …", "Hand-tied by …") was
    # left a fragment of its own; it is said "It is carved in …" too.
    r"|[a-z]+(?:-[a-z]+)?ed)"
    r"(\s+and\s+[a-z]+ed)?\s+(in|by|at|on)\b",
    re.IGNORECASE,
)


def place_name(origin: str) -> str:
    """Where it is made, as it reads after "made in": "Made in Scotland" → "Scotland"."""
    origin = re.sub(r"^(made|produced|crafted) in\s+", "", origin.strip(), flags=re.IGNORECASE)
    if _PLACE_NOUN.match(origin):
        # "Single estate in Messinia, Greece" is a place of its own: "from a single estate in
        # Messinia" (heldout19's raters marked "comes from single estate" as ungrammatical).
        shown = lower_first(origin)
        return f"{article(shown)} {shown}"
    return f"the {origin}" if origin.lower() in _ARTICLE_PLACES else origin


_PLACE_NOUN = re.compile(
    r"^(single|small|family|one|local|organic|independent)?[- ]?(estate|farm|family farm|"
    r"co-?operative|cooperative|co-op|orchard|vineyard|garden|mill|smallholding|roastery|"
    r"workshop|apiary|distillery|brewery|dairy)(?=\s+(in|on|near|outside|of)\s)",
    re.IGNORECASE,
)


_STANDARD_CODE = re.compile(r"(EN|ISO|BS|ANSI|ASTM|DIN|IEC|AS/NZS)\s?(ISO\s?)?\d", re.IGNORECASE)


def _certified(certifications: list[str], voice: Voice) -> str:
    """``GOTS`` → "GOTS certified"; a "-free" claim reads as itself ("BPA-free")."""
    free = [c for c in certifications if c.lower().endswith("free")]
    marks = [c for c in certifications if c not in free]
    parts = [join_values(free)] if free else []
    if marks:
        named = join_values(marks)
        # Round 47: "Guild licensed" is a mark already: not "… licensed certified" (raters).
        certified = re.search(
            r"\b(certified|listed|approved|compliant|licensed|accredited|registered|endorsed)\b",
            named,
            re.IGNORECASE,
        )
        # "Tested to EN 1335" or "Meets ANSI/BIFMA X5.1" says what it is; "certified" after it
        # would claim more than the listing does.
        tested = re.match(r"(tested|meets|complies|conforms|compliant)\b", named, re.IGNORECASE)
        # A standard's code ("EN ISO 20471, class 2", "EN 352-1:2020") is met, not a mark the
        # product is certified with: "certified" claims more than the listing (heldout21: the
        # guardrails blocked a hi-vis vest and ear defenders for it).
        standard = all(_STANDARD_CODE.match(m.strip()) for m in marks) and not free
        if standard and not certified and not tested:
            parts.append(f"meets {named}")
        else:
            parts.append(
                lower_first(named) if tested else named if certified else f"{named} certified"
            )
    return " and ".join(parts)


_STANDARD_VERBS = ("meets", "complies", "conforms", "exceeds", "passes", "satisfies")


def _certified_clause(certifications: list[str], voice: Voice) -> str:
    """The certifications as a predicate: "is GOTS certified", "meets ASTM F404", "has a GOTS
    certified cover"."""
    said = _certified(certifications, voice)
    first, _, rest = said.partition(" ")
    if first.lower() in _STANDARD_VERBS:
        return f"{voice.verb(first.lower())} {rest}"
    if re.search(r"\bcertified [a-z]+$", said) and " and " not in said:
        return f"{voice.verb('has')} {article(said)} {said}"
    return f"{voice.be} {said}"


def _is_phrase(origin: str) -> bool:
    """An origin written as a phrase ("Designed in Oslo, made in Portugal") rather than a place."""
    first = origin.strip().split()[0].lower() if origin.strip() else ""
    # "United Kingdom", "United States" are places, though "United" ends like a participle.
    placed = re.search(r"\b(in|by|at|from)\b", origin.lower())
    participle = first in PARTICIPLES or re.fullmatch(_MADE_COMPOUND, first) is not None
    return (first.endswith("ed") or participle) and first != "made" and bool(placed)


_SOURCED = re.compile(r"^(?P<what>[A-Za-z][a-z-]+(?: [a-z]+)?) from (?P<where>[^,;]+)$")


_SOURCED_PHRASE = re.compile(
    r"^(?P<what>[A-Za-z][\w-]*(?: [a-z][\w-]*){0,2}) from (?P<where>[^,;]+)$"
)


def _sourced(origin: str, voice: Voice) -> str | None:
    """ "Origin: Beef from UK farms" names what comes from where: "Its beef comes from UK
    farms", not "It comes from Beef from UK farms" (heldout26's raters, round 24)."""
    found = _SOURCED.match(origin.strip().rstrip("."))
    if not found or found["what"].split()[0].lower() in PARTICIPLES:
        return None
    what = found["what"].lower()
    verb = "come" if what.endswith("s") and not what.endswith("ss") else "comes"
    return f"{voice.possessive} {what} {verb} from {found['where'].strip()}."


def detail_lead(facts: SortedFacts, turn: int, voice: Voice) -> str:
    """Origin and certifications, stated plainly in one or two short sentences: these are
    facts a buyer checks, not ones to dress up. The care or storage instruction is a sentence of
    its own (``care_lead``), which the plan says after these (round 47: so the description can
    leave it to the list, which the raters of heldout48 and heldout49 read as the list said
    again, while the short description and the meta still say it)."""
    out = []
    it, be = voice.subject, voice.be
    if facts.free_from:
        nothing = " and ".join(f"no {f}" for f in dict.fromkeys(facts.free_from[:3]))
        out.append(f"{it} {voice.verb('contains')} {nothing}.")
    made = facts.origin and _is_phrase(facts.origin[0])
    if made:
        # "Origin: Blended and packed in Germany" is already a sentence of its own.
        origin = facts.origin[0].rstrip(".")
        if _DONE_WORD.match(origin):
            # "Grown in Bulgaria, packed in the UK" is a fragment alone (heldout18's raters):
            # "They are grown in Bulgaria and packed in the UK".
            said = re.sub(
                r",\s*(?=[a-z]+ed\b|made\b|grown\b|sewn\b|woven\b)", " and ", lower_first(origin)
            )
            out.append(f"{it} {be} {said}.")
        elif phrase := _SOURCED_PHRASE.match(origin):
            # "Outdoor-bred pork from UK farms" is a fragment alone (round 27): "The
            # outdoor-bred pork comes from UK farms."
            what = lower_first(phrase["what"])
            verb = "come" if what.endswith("s") and not what.endswith("ss") else "comes"
            out.append(f"The {what} {verb} from {phrase['where']}.")
        else:
            out.append(f"{origin[:1].upper()}{origin[1:]}.")
    meaning = next(
        (m for c in facts.certification if (m := benefit_for("certification", c, turn))), ""
    )
    meaning = f", {meaning}" if meaning else ""
    certified = _certified_clause(facts.certification, voice) if facts.certification else ""
    # "Origin: Anxi, Fujian, China" is where a tea comes from; raters read "made in" as the
    # wrong verb for it. Only an attribute named "Made in" says where it is made.
    made_in = f"{be} made in" if facts.origin_made else f"{voice.verb('comes')} from"
    if made and facts.certification:
        out.append(f"{it} {certified}{meaning}.")
    elif made:
        pass
    elif facts.origin and facts.certification and meaning:
        out.append(f"{it} {made_in} {place_name(facts.origin[0])}.")
        out.append(f"{it} {certified}{meaning}.")
    elif facts.origin and facts.certification:
        origin = place_name(facts.origin[0])
        both = certified.removeprefix(be + " ") if facts.origin_made else certified
        out.append(f"{it} {made_in} {origin} and {both}.")
    elif facts.origin and (sourced := _sourced(facts.origin[0], voice)):
        out.append(sourced)
    elif facts.origin:
        origin = place_name(facts.origin[0])
        # Not "Made in X.": under an attribute named "Made in" it would repeat the list's line.
        # "Small batches in Austin" is a phrase around a place and reads in lower case.
        place = lower_first(origin) if " in " in origin else origin
        out.append(f"{it} {made_in} {place}.")
    elif facts.certification:
        out.append(f"{it} {certified}{meaning}.")
    return " ".join(o for o in out if o)


def care_lead(facts: SortedFacts, turn: int, voice: Voice) -> str:
    """The first care instruction as a sentence of its own, or "" (see ``detail_lead``)."""
    out = []
    care = re.split(r"(?<=[.!])\s+", facts.care[0].strip())[0].rstrip(".") if facts.care else ""
    if care and not re.search(r"[,;:]", care) and _CARE_INSTRUCTION.match(care.lower()):
        # The first instruction only, and only one that reads as one clause: the list gives
        # them all, and raters marked "Wash at 40, do not use fabric softener" in the prose as
        # a pasted comma splice.
        them, their = ("them", "their") if voice.plural else ("it", "its")
        care_frames = (
            f"{care[:1].upper()}{care[1:]}.",
            f"To keep {them} at {their} best, {lower_first(care)}.",
        )
        out.append(care_frames[turn % len(care_frames)])
    elif care and not re.search(r"[,;:]", care) and _CARE_STATE.match(care.lower()):
        # "Washable – wipe with a damp sponge" reads as it is, never after "To keep it …".
        out.append(f"{care[:1].upper()}{care[1:]}.")
    return " ".join(out)
