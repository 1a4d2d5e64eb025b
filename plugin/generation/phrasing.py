"""Sentences built from one fact: "It holds 750 ml", "They are made from 100% linen",
"Choose from oat or forest, in sizes S, M and L." — with plurals, yes/no values, values that
are already verb phrases, places and certifications read the way a person writes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plugin.generation.benefits import DENYING_NAME, benefit_for
from plugin.generation.fact_roles import (
    YES,
    SortedFacts,
    colour_name,
    join_values,
    lower_first,
    lower_values,
)
from plugin.generation.labels import shown_label
from plugin.generation.value_shapes import (
    MASS_NOUNS,
    PARTS,
    article,
    frame_fault,
    is_adjective,
    is_duration,
    is_measure,
    is_modifier,
    names_part,
    noun_phrase,
    opens_a_clause,
    split_items,
    with_article,
)


@dataclass(frozen=True)
class Voice:
    """``It is`` or ``They are``: a title naming several things ("Socks") takes the plural."""

    plural: bool

    @property
    def subject(self) -> str:
        return "They" if self.plural else "It"

    @property
    def possessive(self) -> str:
        return "Their" if self.plural else "Its"

    @property
    def be(self) -> str:
        return "are" if self.plural else "is"

    def verb(self, singular: str) -> str:
        """``holds`` → ``hold``, ``has`` → ``have`` for a plural subject."""
        if not self.plural or not singular.endswith("s"):
            return singular
        if singular in _IRREGULAR_VERBS:
            return _IRREGULAR_VERBS[singular]
        return singular[:-2] if singular.endswith(("ches", "shes", "sses")) else singular[:-1]


_IRREGULAR_VERBS = {"has": "have", "is": "are", "was": "were", "does": "do", "goes": "go"}
_IRREGULAR_PLURALS = {"mice", "geese", "feet", "teeth", "people", "children", "men", "women"}


# A title's last part that names one thing after a name ("Harbour Lights - Cooperative Tile
# Laying Game", "The Lanterns of Ardmore - 'Low Tide Radio' LP"): that thing is the noun.
_ONE_THING = frozenset("game lp ep album record book novel set kit print pack bundle".split())
# Nouns that end in "s" and name one thing: "Stretched Cotton Canvas", "Camera Lens".
_SINGULAR_S = {"canvas", "gas", "atlas", "lens", "series", "species", "chassis", "bias", "news"}
_PHRASE_END = re.compile(r"[,(–]|\s-\s|\s(?:with|for|in|of|from|by)\s")


def voice_of(title: str) -> Voice:
    # The head noun ends the first phrase: "Hammock with Tree Straps" is one hammock.
    # "Dry Fly Hooks Size 14 x25": a size after the noun is not the noun.
    head = re.sub(r"\bsize\s*#?\d+\b", " ", _PHRASE_END.split(title)[0], flags=re.I).split()
    parts = re.split(r"\s[-–]\s", title)
    if len(parts) > 1 and len(_PHRASE_END.split(parts[-1])) == 1:
        # Not "Swaddle Blankets - Set of 3": a set of blankets is still blankets.
        named = parts[-1].strip().split()
        if named and named[-1].lower() in _ONE_THING:
            head = named
    # "Steel Tip Darts 90% Tungsten": a share of a material after the noun is not the noun
    # (heldout20: "This … Darts 90% Tungsten – Set of 3 has" was marked a number clash).
    share = next((i for i, w in enumerate(head) if re.fullmatch(r"\d+(\.\d+)?%", w)), None)
    if share:
        head = head[:share]
    # "Cable clips 10pk", "Muslin squares x3": a pack count after the noun is not the noun.
    # "Cabinet Hinges 35mm", "Treats 100 g": a size after the noun is not the noun either.
    while len(head) > 1 and re.fullmatch(
        r"x?\d+(pk|pcs?|pack)?|\d+x|\(?pair\)?|\d+([.,]\d+)?(mm|cm|m|in|ml|l|g|kg|oz|w|v|\")?|"
        r"\d+/\d+|mm|cm|ml|g|kg|oz|lb|ft",
        head[-1].lower(),
    ):
        head = head[:-1]
    last = head[-1].lower() if head else ""
    plural = (
        last.endswith("s")
        and not last.endswith(("ss", "us", "is"))
        and len(last) > 3
        and last not in _SINGULAR_S
    )
    return Voice(plural=plural or last in _IRREGULAR_PLURALS)


_INGRESS = re.compile(r"IP[X\d]\d", re.IGNORECASE)
# Abbreviations whose full stop would end the sentence: "approx. 40 hours" reads "about 40
# hours" ("Its power reserve is approx." / "40 hours." was split there).
_ABBREVIATED = {"approx": "about", "ca": "about", "max": "up to", "min": "at least"}
_ABBREVIATION = re.compile(r"\b(approx|ca|max|min)\.\s*(?=\d)", re.IGNORECASE)


def spelled(value: str) -> str:
    """A value with its abbreviations before a number written out, so no full stop but the
    sentence's own ends it."""
    return _ABBREVIATION.sub(lambda m: _ABBREVIATED[m.group(1).lower()] + " ", value)


# "14+", "3-8 years", "12 months +", "5 years and up"; not "14+ collectors model".
_AGE = re.compile(
    r"\d+\s?(\+|[-–]\s?\d+)?\s?(years?|yrs|months?)?\s?(\+|and up|and over)?(\s?\([^)]*\))?",
    re.IGNORECASE,
)


def said_name(name: str) -> str:
    """An attribute's name inside a sentence: lower case, but its abbreviations as the shop
    wrote them ("IP rating" stays "IP rating", not "ip rating")."""
    words = name.strip().replace("_", " ").split()
    if len(words) > 0 and all(w.isupper() or not w.isalpha() for w in words):
        # A label the shop wrote all in capitals ("WIRES", "ORIGIN OF WHEAT") is said as the
        # list shows it, codes kept ("UV PROTECTION" → "UV protection"; heldout20: "Its WIRES").
        words = shown_label(" ".join(words)).split()
    return " ".join(w if len(w) > 1 and w.isupper() else w.lower() for w in words)


# A frame of a thing or a state and what fills it: "It has a <…>", "It is <…>", "Its <name> is
# <…>", "It smells of <…>", "It comes with <…>".
_FRAMED = re.compile(
    r"^(?:(?:It|They) (?:has|have|is|are|smells? of|comes? with|suits?)"
    r"|(?:Its|Their) (?P<name>.+?) (?:is|are)) (?:(?:an?|the|made for|made with) )?(?P<rest>.+)$"
)


# Words that end a frame on a bare answer: "It folds with warp on yes" (heldout22's raters).
_BARE_ANSWER = re.compile(r"\s(yes|no|n/a|true|false)$", re.IGNORECASE)
# The shop speaking to the buyer inside a value: "It has email us your measurements".
_SPOKEN = re.compile(r"^[a-z]+ (us|your|you)\b|\b(us|we|our)\b")
# An adjective before a spread word: "It has smooth both sides".
_SPREAD = re.compile(r"^[a-z-]+ (both|each|either|all|every) ")
# One word, a dash and what it means: "It is made for outdoor – pavements, paths and …".
_DASHED = re.compile(r"^(made for |for )?[a-z-]+ [–—-] ")
# A word said and its opposite: "It is printed plain, unprinted", "is inflated shipped deflated".
_OPPOSED = (("un", ""), ("in", "de"), ("dis", ""), ("non", ""))
_ENDINGS = re.compile(r"(ness|ing|ed|er|s|y)$")


def _stem(word: str) -> str:
    return _ENDINGS.sub("", word.lower())


def _opposed(words: list[str]) -> bool:
    """Whether a lead says a word and its opposite ("printed … unprinted")."""
    said = {w.lower() for w in words}
    for word in said:
        for first, second in _OPPOSED:
            base = word[len(first) :]
            if word.startswith(first) and len(base) >= 4 and second + base in said - {word}:
                return True
    return False


_LINKS = frozenset("with for in of to on at by from and or".split())


def _repeats_name(rest: str) -> str | None:
    """The describing words of "copper backed backing", "medium-firm firmness": a value whose
    last word shares the name's stem (heldout22's raters: "has a copper backed backing" is
    tautological); ``None`` where the value does not repeat its name."""
    words = rest.rstrip(".").split()
    if len(words) < 2:
        return None
    name = _stem(words[-1])
    if len(name) < 3:  # "lin": "a front lined lining" (heldout23) is "front lined"
        return None
    if len(words) > 4 or any(w.lower() in _LINKS for w in words):
        return None  # "a button closure with 6 coconut-shell buttons" names two things
    if any(_stem(part) == name for part in words[-2].split("-")):
        return " ".join(words[:-1])
    return None


_DETERMINERS = frozenset("a an the most all any every each one two both your my".split())


def _one_of_a_kind(said: str) -> str:
    """ "Fits: Female Harris hawk" reads "It fits a female Harris hawk" (heldout22's raters:
    "fits Female Harris hawk"): one kind of thing, named by a singular noun after its describing
    words, takes "a"; a count, a plural, a name alone or a determiner keeps the value as it is."""
    words = said.split()
    if len(words) < 2 or words[0].lower() in _DETERMINERS or re.search(r"[\d,;/&]", said):
        return said
    last = words[-1]
    if not re.fullmatch(r"[a-z]+", last) or last.endswith("s") or " and " in said:
        return said
    return f"{article(said)} {said}"


# A value's first word that a shop capitalises but a sentence does not: "Its wear time is Up to
# 12 hours" (heldout23's raters, round 21).
_LOWER_AFTER_VERB = re.compile(
    r"\b(is|are|of|for|lasts?|holds?|takes?|runs?) (Up to|About|Approx\.?|Approximately|Around|"
    r"Over|Under|Less than|More than|At least|Between|Roughly|Nearly|Almost|Max\.?|Min\.?)\b"
)
# Attribute names that are no thing the product has: "It has a rubia tinctorum root source",
# "It has a potassium aluminium sulphate chemical", "They have all positions", "Its time is
# 3–4 hours" (heldout23's raters). ``label_lead`` says the ones it can; the rest stay listed.
NOT_THINGS = frozenset(
    "source form chemical positions position time surface surfaces metal type kind".split()
)


def frame_holds(lead: str | None) -> str | None:
    """The lead, or ``None`` where its frame holds an instruction or a clause: "It has a write
    the digit", "Its replace every is 6–8 months", "Its notes are add dry leaves" (heldout21's
    raters). The fact stays in the list. A plural name takes "are" ("Its feet are …").

    Round 20: nor a bare answer ("It folds with warp on yes"), the shop's own voice ("It has
    email us your measurements"), an adjective spread over sides ("It has smooth both sides"),
    a word and its opposite ("It is printed plain, unprinted"); a value that repeats its name
    is said as a state ("It has a medium-firm firmness" → "It is medium-firm")."""
    if not lead:
        return lead
    lead = _LOWER_AFTER_VERB.sub(lambda m: f"{m.group(1)} {m.group(2).lower()}", lead)
    if frame_fault(lead):
        return None  # round 23: the value does not read as the frame's slot expects
    thing = re.match(r"^(?:It|They) (?:has|have) (?:an? )?(?P<rest>.+?)\.?$", lead)
    if thing and thing.group("rest").split()[-1].lower() in NOT_THINGS:
        return None
    if thing and thing.group("rest").lower().startswith(("all ", "each ", "every ")):
        return None  # "They have all positions"
    named = _FRAMED.match(lead)
    if named and named.group("name") and named.group("name").lower() in NOT_THINGS:
        return None
    if _BARE_ANSWER.search(lead.rstrip(".")):
        return None
    if _opposed(re.findall(r"[A-Za-z]+", lead)):
        return None
    framed = _FRAMED.match(lead)
    if framed and framed.group("name"):
        last = framed.group("name").split()[-1].lower()
        if len(last) >= 4 and last.endswith("ed") and not last.endswith("eed"):
            return None  # "Its aged is minimum 8 weeks" (heldout22)
    if framed:
        rest = framed.group("rest")
        lowered = rest.lower()
        if _SPOKEN.search(lowered) or _SPREAD.match(lowered) or _DASHED.match(lowered):
            return None
        has = re.match(r"^(It|They) (has|have) ", lead)
        if has and not framed.group("name"):
            state = _repeats_name(rest)
            if state:
                verb = "are" if has.group(1) == "They" else "is"
                return f"{has.group(1)} {verb} {state}."
    if framed and (
        opens_a_clause(framed.group("rest"))
        or (framed.group("name") and opens_a_clause(framed.group("name")))
    ):
        return None
    if framed and framed.group("name"):
        last = framed.group("name").split()[-1].lower()
        if last in _IRREGULAR_PLURALS:  # "Its feet are rubber"
            lead = re.sub(rf"^(\w+ {re.escape(framed.group('name'))}) is ", r"\1 are ", lead)
    return lead


_COURTS = re.compile(
    r"\b(turf|courts?|pitch(es)?|grass|clay|floors?|ice|tracks?|sand|tarmac|carpets?|indoors?|"
    r"outdoors?)\b",
    re.IGNORECASE,
)


_SAID_FOR = {
    **dict.fromkeys(
        ("you get", "what you get", "you receive", "what you receive", "you will get"),
        # Not "You get …": the list's own "You get: …" line would read as the same sentence
        # (the guardrails block a repeated sentence).
        "{It} {gives} you {value}",
    ),
    **dict.fromkeys(
        (
            "serve with",
            "serving suggestion",
            "serving suggestions",
            "pairs with",
            "goes with",
            "try it with",
            "good with",
        ),
        "Serve {it} with {value}",
    ),
}


_DETERMINERS = frozenset(
    "a an the your one two three four five six seven eight nine ten each every all some".split()
)
# What a share of a food or drink is made of: "Salt: 11%", "Cocoa solids: 70%".
_SHARE_OF = frozenset(
    "salt sugar fat cocoa cocoa solids protein fibre fiber alcohol fruit juice milk butter "
    "honey oil moisture".split(" ")
) | {"cocoa solids"}
# Those sentences are read for as they are: they stay in the prose beside reasons.
READ_FOR = re.compile(r"^((It|They) gives? you|Serve (it|them) with) ")


def label_lead(name: str, value: str, voice: Voice) -> str | None:
    """A fact whose name is no thing the product has, said with a verb that fits the name
    (round 21, heldout23's "has a rubia tinctorum root source and a powdered extract form"):
    "Form: Powdered extract" → "It comes as a powdered extract"; "Source: Rubia tinctorum
    root" → "It is made from rubia tinctorum root"; "Chemical: Potassium aluminium sulphate"
    → "It is potassium aluminium sulphate"; "Positions: All positions" → "It can be used in
    all positions"; "Surface: Clay and hard courts" → "It is made for clay and hard courts";
    "Base metal: Mild steel" → "It is for use on mild steel"; "Wear time: Up to 12 hours" →
    "It can be worn for up to 12 hours". Only short values with no clause of their own."""
    lowered = name.lower().strip().replace("_", " ")
    shown = value.strip().rstrip(".")
    said_for = _SAID_FOR.get(lowered)
    if said_for and shown and not re.search(r"[;:()]|\b(not|no|none)\b", shown, re.I):
        # What a service gives ("You get: A written identification …") and what a food is
        # served with ("Serve with: Hard cheese, Cold meats") are said as the shop means them
        # (round 26: a service's first line was only "is a service", a chutney's "Introducing
        # the …").
        if len(shown.split()) <= 14 and not re.search(r"\d", shown.split()[0]):
            # A phrase's capital ("Cold meats", "A written …") is the list's; a name alone
            # ("Stilton") keeps it.
            said = re.sub(
                r"(^|, | and | or )([A-Z])(?=[a-z]* [a-z])",
                lambda m: m.group(1) + m.group(2).lower(),
                shown,
            )
            them = "them" if voice.plural else "it"
            first = said.split()[0]
            if said_for.startswith("{It}") and not (
                first.lower() in _DETERMINERS or first.endswith("s") or first[:1].isdigit()
            ):
                said = f"{article(first)} {said}"  # "It gives you a PDF report …"
            return said_for.format(it=them, It=voice.subject, gives=voice.verb("gives"), value=said)
    if (
        not shown
        or len(shown.split()) > 5
        or re.search(r"[;:()/,]|\b(not|no|none)\b", shown, re.IGNORECASE)
        or shown.lower() in ("yes", "no", "n/a")
    ):
        return None
    said = lower_values([shown])[0] if shown[:1].isupper() and not shown.isupper() else shown
    said = _LOWER_AFTER_VERB.sub(lambda m: f"{m.group(1)} {m.group(2).lower()}", f"is {said}")[3:]
    subject, be = voice.subject, voice.be
    if lowered in ("form", "format") and not re.search(r"\d", shown):
        return f"{subject} {voice.verb('comes')} as {article(said)} {said}"
    if lowered in ("source", "made from") and not re.search(r"\d", shown):
        return f"{subject} {be} made from {said}"
    if lowered in ("chemical", "chemical name") and not re.search(r"\d", shown):
        return f"{subject} {be} {said}"
    if lowered in ("positions", "position") and "position" in said.lower():
        return f"{subject} can be used in {said}"
    if lowered in ("surface", "surfaces", "for use on", "use on") and _COURTS.search(said):
        return f"{subject} {be} made for {said}"
    if lowered in ("base metal", "base material", "for metals", "metal") and not re.search(
        r"\d", shown
    ):
        return f"{subject} {be} for use on {said}"
    if lowered == "wear time" and re.search(r"\d", shown) and re.search(r"hours?|days?", said):
        return f"{subject} can be worn for {said}"
    return None


def feature_lead(
    name: str, value: str, voice: Voice, turn: int = 0, items: list[str] | None = None
) -> str | None:
    """A fact stated plainly, where its frame holds (``frame_holds``)."""
    labelled = label_lead(name, value, voice)
    if labelled:
        return labelled
    said = range_lead(name, value, voice) or frame_holds(
        _feature_lead(name, value, voice, turn, items)
    )
    sized = _SIZED_THING.fullmatch(value.strip())
    kind_word = name.strip().lower().split()[-1:] or [""]
    if (
        said is None
        and sized
        and is_measure(sized["size"])
        and kind_word[0] not in PROPERTIES | _KIND_WORDS
    ):
        # "Shock absorber: Bungee section, 60 cm": the thing in its frame, its size after it
        # ("It has a bungee section shock absorber (60 cm)", round 26: the fact and its known
        # reason had stayed in the list).
        thing = feature_lead(name, sized["thing"], voice, turn)
        said = f"{thing} ({sized['size']})" if thing and "(" not in thing else None
    told = _TOLD_WHY.fullmatch(value.strip())
    if said is None and told and not _NOT_A_WHY.match(told["why"]):
        said = _with_own_reason(feature_lead(name, told["fact"], voice, turn), told["why"], voice)
    return None if said and names_a_process(name, value) and _HAS.match(said) else said


# A value the shop gave with what it does after a dash: "Flexible – bends in the post without
# cracking", "Yes – stops ink backflow". The shop's own words are the reason (round 26).
_TOLD_WHY = re.compile(
    r"(?P<fact>[A-Za-z][^–—;:,()]{0,30}?)\s[–—-]\s"
    # A verb's "-s" form, then a particle, preposition or article: "bends in …", "combs out
    # …" ("countries in colour" is a noun: no "-ies" word is taken).
    r"(?P<why>[a-z]{3,}(?<![su]s)(?<!is)(?<!ie)s\s(?:in|on|out|up|off|down|away|back|into|"
    r"through|over|under|without|with|to|from|the|a|an|easily|quickly|cleanly|flat|smoothly)"
    r"\s[a-z][^;:()]{2,70})"
)
# Verbs after the dash that make a note, a need or a limit, not a reason to buy.
_NOT_A_WHY = re.compile(r"(needs|requires|contains|ships|arrives|varies|comes|goes|does|has)\b")
_WHY_OF_PART = re.compile(r"^(It|They) (has|have) ")
_WHY_OF_STATE = re.compile(r"^(It|They) (is|are) (?!not\b)")


def told_why(value: str) -> bool:
    """Whether the shop gave the value with what it does after a dash (``_TOLD_WHY``)."""
    told = _TOLD_WHY.fullmatch(value.strip())
    return told is not None and not _NOT_A_WHY.match(told["why"])


def _with_own_reason(lead: str | None, why: str, voice: Voice) -> str | None:
    """The fact's plain sentence with the shop's own reason: a part's "…, which stops …", a
    state's "…, so it bends …" (the verb agreeing with a plural product)."""
    if not lead or "," in lead:
        return None
    if _WHY_OF_PART.match(lead):
        return f"{lead}, which {why.rstrip('.')}"
    if not _WHY_OF_STATE.match(lead):
        return None
    verb, rest = why.split(" ", 1)
    if voice.plural:
        verb = (
            verb[:-3] + "y"
            if verb.endswith("ies")
            else verb[:-2]
            if verb.endswith(("shes", "ches", "xes", "sses", "zes"))
            else verb[:-1]
        )
    return f"{lead}, so {voice.subject.lower()} {verb} {rest.rstrip('.')}"


# Labels that name a kind or grade, not a part: "Grade: Brown rock salt, 6 mm" is no part.
_KIND_WORDS = frozenset("grade type kind class style variety cut quality model version".split())
# A thing and its size after a comma: "Bungee section, 60 cm".
_SIZED_THING = re.compile(r"(?P<thing>[A-Za-z][^,;()\d]*[a-z]),\s*(?P<size>\d[^,;()]*)")


# A label that names a process, not a part ("Sterilisation", "Treatment"): its value says how
# it was done, so "They have an EO gas", "It has a UV stabilised treatment" (heldout24's
# raters, round 21) are refused and the fact stays in the list.
_PROCESS = re.compile(r"(ation|isation|ization|treatment)$", re.IGNORECASE)
_HAS = re.compile(r"^(It|They) (has|have) ")


def names_a_process(name: str, value: str = "") -> bool:
    """Whether ``name`` is a process and ``value`` says how it is done, not that it is there
    ("Noise cancellation: Yes" names a feature)."""
    words = name.strip().split()
    if re.match(r"(yes|no|true|false|included)\b", value.strip(), re.IGNORECASE):
        return False
    return bool(words) and bool(_PROCESS.search(words[-1])) and words[-1].lower() != "insulation"


# A measured range and its unit: "3–12 mm", "7.5 ft to 10 ft", "200–450 °C".
_RANGE = re.compile(
    r"^(?P<range>\d[\d.,/]*\s?(?:[a-z°%\"]{1,3}\s?)?(?:–|-|to)\s?\d[\d.,/]*\s?(?:°\s?)?[A-Za-z%\"]{1,3})"
    r"(?P<tail>\s+in\s+\d[\d.,/]*\s?[a-z]{1,3}\s+steps)?(?:\s*[(,;–].*)?$"
)
# How a taken size is said after its value: "tiles 3–12 mm thick".
_TAKEN_AS = {"thickness": "thick", "width": "wide", "diameter": "across", "length": "long"}
# Names of what the product is itself made of or from, never what it takes.
_OWN_STUFF = frozenset(
    "wall material paper fabric shell coating plating foam layer sheet board frame glass".split()
)
_MAGNIFIED = re.compile(r"^\d+x(?:,\s*\d+x)*(?:\s*(?:,|and)\s*\d+x)?(?:\s*\(.*\))?$")


def range_lead(name: str, value: str, voice: Voice) -> str | None:
    """A range the product works over, said as what it does or takes (heldout22's raters: the
    lead should be "its range, magnification, height range", and "has a tile thickness of 3–12
    mm" misstates a spec the product takes): "Tile thickness: 3–12 mm" → "It takes tiles 3–12
    mm thick"; "Height range: 7.5 ft to 10 ft in 6 in steps (crank adjust)" → "It has a height
    range of 7.5 ft to 10 ft in 6 in steps"; "Temperature: 200–450 °C (392–842 °F)" → "It has a
    temperature range of 200–450 °C"; "Magnification: 40x, 100x, 400x, 1000x (…)" → "It
    magnifies 40x, 100x, 400x and 1000x". ``None`` for any other fact."""
    lowered = name.lower().strip().replace("_", " ")
    words = lowered.split()
    shown = value.strip()
    if lowered == "magnification" and _MAGNIFIED.match(shown):
        powers = re.findall(r"\d+x", shown.split("(")[0])
        if len(powers) < 2:
            return None  # "Its magnification is 10x" says one power well
        verb = "magnify" if voice.plural else "magnifies"
        return f"{voice.subject} {verb} {join_values(powers)}"
    ranged = _RANGE.match(shown)
    if not ranged or not words:
        return None
    said = ranged["range"] + (ranged["tail"] or "")
    if len(words) == 2 and words[1] in _TAKEN_AS and words[0] not in PARTS | _OWN_STUFF:
        thing = words[0] if words[0].endswith("s") else words[0] + "s"
        if not re.fullmatch(r"[a-z]{3,}", words[0]):
            return None
        return f"{voice.subject} {voice.verb('takes')} {thing} {said} {_TAKEN_AS[words[1]]}"
    if words[-1] == "range" and len(words) == 2 and words[0] in ("height", "temperature", "speed"):
        return f"{voice.subject} {voice.verb('has')} a {lowered} of {said}"
    if lowered in ("temperature", "temperature range"):
        return f"{voice.subject} {voice.verb('has')} a temperature range of {said}"
    return None


def _feature_lead(
    name: str, value: str, voice: Voice, turn: int = 0, items: list[str] | None = None
) -> str | None:
    """A fact stated plainly (``Capacity: 750 ml`` → ``It holds 750 ml``), or ``None`` when no
    frame fits the value's shape: then the fact is shown in the list only. ``items`` are the
    values as the shop gave them, when there were several."""
    lowered = name.lower().strip()
    does_not = re.fullmatch(r"(?:does not|doesn't) ([a-z]+(?: (?:to|on|with))?)", lowered)
    if does_not and does_not.group(1).split()[0] + "s" in _VERB_VALUES:
        # "Does not bond: Polyethylene, Polypropylene" reads "It does not bond polyethylene or
        # polypropylene" (round 24), a verb the value list already knows.
        kept = items if items and len(items) > 1 else split_items(value)
        if 0 < len(kept) <= 4 and not re.search(r"[;:()]", value):
            do = "do" if voice.plural else "does"
            said = join_values(lower_values(kept), "or")
            return f"{voice.subject} {do} not {does_not.group(1)} {said}"
        return None
    if lowered in _NOT_FOR_NAMES:
        # "Not for: Natural stone, Aquariums" reads "It is not for natural stone or aquariums"
        # (heldout26, round 24: raters asked for the product's limits in the prose).
        kept = items if items and len(items) > 1 else split_items(value)
        if 0 < len(kept) <= 4 and not re.search(r"[;:()]|\bnot\b", value, re.IGNORECASE):
            return f"{voice.subject} {voice.be} not for {join_values(lower_values(kept), 'or')}"
        return None
    share = re.fullmatch(r"(\d+(?:[.,]\d+)?\s?%)(?:\s*(?:abv|vol))?", value.strip(), re.I)
    if share and lowered in _SHARE_OF:
        # "Salt: 11%" is how much of it is salt: "It is 11% salt", not "Its salt is 11%"
        # (round 26, a miso).
        return f"{voice.subject} {voice.be} {share.group(1).replace(' ', '')} {lowered}"
    if DENYING_NAME.match(lowered):
        return None  # "Not accepted: serrated blades" is a list line, never "Its not accepted is"
    value = spelled(value.strip())
    items = [spelled(i) for i in items] if items and len(items) > 1 else split_items(value)
    words = value.split()
    first = words[0].lower() if words else ""
    it, be = voice.subject, voice.be
    if _INGRESS.fullmatch(value) and re.search(r"\b(ip|ingress)\b|rating", lowered):
        # "IP rating: IP54", "Water resistance: IPX6" read "It is rated IP54".
        return f"{it} {be} rated {value.upper()}"
    if first in _VERB_VALUES or first in _AUXILIARIES:
        # "Fits up to 16" laptops; padded, suspended" says its first clause; the list has all.
        said = " ".join(value.split(";")[0].split()[1:])
        verb = said.lower().split()[-1] if said.split() else ""
        if re.fullmatch(r"not [a-z]+", said.lower()) and verb in _WANTS_OBJECT:
            # "Diesel models: Does not fit" reads "It does not fit diesel models": the name is
            # what the verb needs (heldout27's raters: "It does not fit." stood alone).
            thing = shown_label(name)
            if not thing or DENYING_NAME.match(thing.lower()):
                return None
            said = f"{said.lower()} {lower_first(thing)}"
        return f"{it} {voice.verb(first)} {said}"
    if first == "never" and len(words) == 2:
        # "Expiry: Never expires" reads "It never expires".
        return f"{it} never {voice.verb(words[1].lower())}"
    if lowered in ("fits", "suits") and re.fullmatch(r"[^;:()]+\([^()]*\)", value.strip()):
        # "Fits: Mini glue guns, 7/16 in (11 mm)" reads "They fit mini glue guns, 7/16 in": the
        # bracket is the same size again (heldout27: "It has mini glue guns" was said instead).
        fitted = re.sub(r"\s*\([^()]*\)$", "", value.strip())
        if len(fitted.split()) <= 8:
            return f"{it} {voice.verb(lowered)} {lower_first(fitted)}"
    capacity = re.fullmatch(
        r"(?:about |approx\.? |up to )?\d[\d.,]* [a-z ]{2,30} of [a-z ]{2,20}",
        value.strip().lower(),
    )
    if lowered == "capacity" and capacity:
        # "Capacity: About 1 cubic metre of logs" reads "It holds about 1 cubic metre of logs".
        return f"{it} {voice.verb('holds')} {lower_first(value.strip())}"
    if lowered in _VERB_VALUES and len(words) <= 8 and not re.search(r"[;:()]", value):
        # "Holds: 4 brushes + toothpaste" reads "It holds 4 brushes + toothpaste".
        said = join_values(lower_values(items)) if len(items) > 1 else lower_first(value)
        if lowered in ("fits", "suits") and len(items) == 1:
            said = _one_of_a_kind(said)
        return f"{it} {voice.verb(lowered)} {said}"
    if (
        participle_name(lowered)
        and words
        and first.strip(",;–-") not in YES
        and not re.search(r"[;:()]", value)
    ):
        # "Roasted: Weekly in small batches" reads "It is roasted weekly in small batches"; a yes
        # with a note ("Assembled: Yes – ready to ride") reads "It is assembled (ready to ride)".
        return f"{it} {be} {lowered} {lower_first(value)}"
    if (
        lowered in _USES
        and len(items) > 1
        and all(is_modifier(i, 4) for i in items)
        and not _DOSE.match(value.lower())
    ):
        # "Uses: Weeding, planting bulbs" reads "It is made for weeding and planting bulbs".
        return f"{it} {be} made for {_listed(items)}"
    if lowered in _FOR_NAMES:
        said_for = _what_it_is_for(lowered, value)
        if said_for:
            return f"{it} {be} {said_for}"
    if _LOAD_NAME.fullmatch(lowered) and _LEADING_MEASURE.match(value):
        # "Max load: 4,000 kg per pair" reads "They take up to 4,000 kg per pair" (heldout20's
        # thin listing opened "Introducing the Levelling Ramps (Pair)").
        return f"{it} {voice.verb('takes')} up to {value}"
    if lowered in ("delivery", "delivered", "sent") and first in ("by", "via"):
        # "Delivery: By email within 1 hour of purchase" reads "It is delivered by email …".
        return f"{it} {be} delivered {lower_first(value)}"
    if lowered in ("valid for", "valid until", "valid", "redeemable") and len(words) <= 8:
        # "Valid for: 24 months from purchase" reads "It is valid for 24 months from purchase".
        return f"{it} {be} {lowered} {lower_first(value)}"
    name_words = lowered.split()
    if len(name_words) > 1 and name_words[-1] in _PREPOSITIONS | {"as", "over", "through"}:
        # "Smoked over: Oak chips" reads "They are smoked over oak chips" (heldout19's raters
        # marked "They have an oak chips smoked over" as broken English).
        return _half_sentence(name_words, value, voice)
    if (first in _PARTICIPLES or first.endswith("ed")) and len(words) > 1:
        second = words[1].lower()
        # "Delivered in a tube", "Delivered assembled", "Supplied fully assembled".
        then = second.endswith("ed") or second in ("fully", "flat", "ready", "part")
        if lowered.split()[-1] in _MARKS:
            # "Roast date: Printed on the bag" is about the date: "Its roast date is printed
            # on the bag", not "It is printed on the bag".
            return f"{voice.possessive} {said_name(name)} is {lower_first(value)}"
        if second in _PREPOSITIONS or (then and len(words) <= 4):
            return f"{it} {be} {lower_first(value)}"
    if value.lower() in YES:
        return _yes(name, voice)
    kind = re.fullmatch(r"(blade|bulb|batter(?:y|ie)|cartridge|refill|nib|needle)s? type", lowered)
    if kind and value.lower().split()[-1].startswith(kind.group(1)):
        # "Blade type: Standard double-edge blades" reads "It takes standard double-edge
        # blades", not "It has a standard double-edge blades blade type".
        return f"{it} {voice.verb('takes')} {lower_first(value)}"
    if re.fullmatch(
        # Round 23: only a tail that says why none is needed ("None – arrives assembled");
        # "Protein: None – feed insects as well" lacks it, and is no "No protein is needed".
        r"(none|not)(\s+(needed|required))?"
        r"(\s*[–—,;(-]\s*(arrives|comes|supplied|delivered|ready|pre-?\w+|already)\b.*)?",
        value.lower(),
    ):
        # "Assembly: None needed" and "None – arrives assembled" read "No assembly is needed",
        # not "It has a none needed assembly" or "Its assembly is none – arrives assembled".
        return f"No {lowered} is needed"
    needed = re.fullmatch(r"(.+?)\s+(needed|required)", lowered)
    if needed and value.lower() in ("no", "not needed", "not required", "none"):
        # "Pre-rinse needed: No" reads "No pre-rinse is needed", not "Its pre-rinse needed is no".
        return f"No {needed.group(1)} is {needed.group(2)}"
    if value.lower() in ("included", "supplied"):
        # "Misting bottle: Included" reads "It comes with a misting bottle".
        return f"{it} {voice.verb('comes')} with {noun_phrase(lower_first(name.strip()))}"
    with_part = re.fullmatch(
        r"(?!.*\b(not|no|sold|available|extra)\b)([a-z][a-z' -]{1,40}?)\s+(included|supplied)",
        value.lower(),
    )
    if (
        with_part
        and is_modifier(with_part.group(2), 5)
        and with_part.group(2).split()[-1] not in _UNNAMED
    ):
        # "Cover: Insulated lid included" reads "It comes with an insulated lid", not "Its cover
        # is insulated lid included" (heldout19's raters: "ungrammatical").
        return f"{it} {voice.verb('comes')} with {noun_phrase(with_part.group(2))}"
    level = _LEVELS.get(value.strip().lower())
    if level and re.fullmatch(r"(skill |experience |ability |user )?level|ability|suits", lowered):
        # "Skill level: Beginner" reads "It suits beginners", not "It has a beginner skill level".
        return f"{it} {voice.verb('suits')} {level}"
    if value.lower() == "available":
        # "Replacement blades: Available" reads "Replacement blades are available".
        return _yes(f"{name} {value.lower()}", voice)
    yes_and = re.match(r"(yes|true)\s*[,;:(–-]\s*(.+?)\)?$", value, re.IGNORECASE)
    if yes_and:
        # "Adjustable: Yes, telescopic" reads "It is adjustable (telescopic)".
        return _yes(name, voice, yes_and.group(2))
    if lowered == "warranty":
        return _warranty(value, voice)
    if lowered in ("assembly", "delivery", "delivered") and first.endswith("ed"):
        # "Assembly: Delivered fully assembled" reads "It is delivered fully assembled".
        return f"{it} {be} {lower_first(value)}"
    standard = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", name.strip())
    if standard and is_measure(value) and standard.group(1).lower().split()[-1] in PROPERTIES:
        # "Comfort temperature (ISO 23537): +3 °C" reads "Its comfort temperature is +3 °C
        # (ISO 23537)": the bracket is the standard it is measured by, said last.
        return f"{voice.possessive} {said_name(standard.group(1))} is {value} ({standard.group(2)})"
    if (
        len(items) > 1
        and items[0].strip().lower() in _HOW_FITTED
        and re.fullmatch(r"[a-z]{4,}", lowered)
        and lowered not in PROPERTIES
    ):
        # "Battery: Built-in, USB-C charge, about 12 h" reads "It has a built-in battery" (its
        # reason follows; heldout20: the detector's battery was left to the list while its
        # rain-resistant box opened the copy).
        fitted = items[0].strip().lower()
        return f"{it} {voice.verb('has')} {article(fitted)} {fitted} {lowered}"
    stated = _measured(lowered, value, voice, turn) or _named(lowered, value, items, voice)
    owned = f"{voice.possessive} {lowered} "
    if stated and stated.startswith(owned):
        stated = f"{voice.possessive} {said_name(name)} {stated[len(owned) :]}"
    return stated if stated and fits_possessive(stated, voice) else None


_SIZE_VALUE = re.compile(
    r"^(approx\.?\s*)?\d[\d.,]*\s?[x×]\s?\d[\d.,]*(\s?[x×]\s?\d[\d.,]*)?\s?(mm|cm|m|in|\")$"
)


def size_lead(name: str, value: str, voice: Voice) -> str | None:
    """The product's own size for a thin listing's prose: "Height: 25cm" reads "They stand
    25cm tall", "Size: 70x70cm" reads "They measure 70 x 70 cm"."""
    lowered = name.strip().lower()
    shown = value.strip()
    it = voice.subject
    if lowered == "height" and is_measure(shown):
        return f"{it} {voice.verb('stands')} {shown} tall"
    if lowered in ("size", "dimensions", "finished size") and _SIZE_VALUE.match(shown):
        spaced = re.sub(r"\s?[x×]\s?", " x ", shown)
        spaced = re.sub(r"(\d)(mm|cm|m|in)$", r"\1 \2", spaced)
        return f"{it} {voice.verb('measures')} {spaced}"
    return None


def filled_lead(name: str, value: str, voice: Voice) -> str | None:
    """ "Filling: organic catnip + fibrefill" reads "It is filled with organic catnip and
    fibrefill"."""
    if name.strip().lower() not in ("filling", "fill", "stuffing") or len(value.split()) > 6:
        return None
    items = [i.strip() for i in re.split(r"\s*\+\s*|,\s*|\s+and\s+", value) if i.strip()]
    return f"{voice.subject} {voice.be} filled with {_listed(items)}" if items else None


def worth_a_reason(name: str, value: str) -> bool:
    """Whether a fact's sentence should say why it matters. A yes/no feature, a list of
    features, what it holds or how long it runs have a reason a buyer cares about; a spec
    ("Its square size is 57 mm", "It comes as a PDF") given a reason reads as filler."""
    lowered = name.lower().strip()
    first = value.split()[0].lower() if value.split() else ""
    return (
        bool(re.match(r"(yes|true)\b", value.strip(), re.IGNORECASE))
        or first in _VERB_VALUES
        or lowered in ("features", "feature", "details", "highlights")
        or lowered in _LOADS | _RUNTIMES | _DURATIONS
        or ("capacity" in lowered and is_measure(value))
    )


# Materials read without an article: "It has a full-grain leather" is not English.
_MATERIAL_WORDS = frozenset(
    """leather wood cotton wool linen silk steel paper flour glass hardware bamboo oak walnut
    beech ash pine cedar maple teak brass copper aluminium aluminum iron titanium plastic rubber
    silicone nylon polyester canvas denim suede felt cork clay ceramic porcelain stoneware
    marble granite slate stone concrete resin foam latex down fleece velvet satin jersey
    merino cashmere alpaca mohair hemp jute sisal rattan wicker""".split()
)
_DESCRIBING_ENDINGS = ("ed", "ing", "able", "ible", "al", "ic", "ive", "ous", "ful", "less")


def tells_cleanly(name: str, value: str, lead: str, voice: Voice) -> bool:
    """Whether a spec reads as a sentence in the shapes that never break: a part named in its
    value ("Clasp: Lobster clasp" → "It has a lobster clasp"), a short describing value before
    the part ("Crank: Folding" → "It has a folding crank"), or a measured property ("Its range
    is 40 km"). Other frames join a value and a name that do not fit together ("It has a cedar
    casing wood", "a dial selector change"): a spec told only with a model's reason must not
    read that way."""
    name_words = name.lower().split()
    words = re.sub(r"\(.*?\)", "", value).lower().split()
    if not name_words or not words or len(name_words) > 2:
        return False
    # The lead must be one of those shapes too, ending on the thing it names.
    shaped = lead.startswith((f"{voice.subject} {voice.verb('has')} ", f"{voice.possessive} "))
    if not shaped or lead.split()[-1].lower().endswith(_DESCRIBING_ENDINGS):
        return False
    head, last = name_words[-1], words[-1]
    if head in PROPERTIES and is_measure(value):
        return True
    if not is_modifier(value, 5) or last in _MATERIAL_WORDS:
        return False
    if last == head or (last in PARTS and len(words) > 1):
        return True
    describing = all(w.endswith(_DESCRIBING_ENDINGS) or "-" in w for w in words)
    return len(words) <= 2 and describing and (head in PARTS or not is_adjective(head))


def reads_as_sentence(name: str, value: str) -> bool:
    """Facts a buyer needs in the prose even without a reason: what it works with or suits,
    and values that already say what it does ("Does not expire", "Sent by email")."""
    words = name.lower().split()
    first = value.split()[0].lower() if value.split() else ""
    half = len(words) > 1 and words[-1] in _PREPOSITIONS and words[0] != "sold"
    said = first in _AUXILIARIES or (first in _PARTICIPLES and len(value.split()) > 1)
    told = (
        name.lower().strip() in SENSORY | _USES | _FOR_NAMES | _NOT_FOR_NAMES | _VERB_VALUES | _AGES
        or (participle_name(name))
    )
    # "Does not bond: Polyethylene" is what it does not do (round 24).
    refused = bool(re.match(r"(does not|doesn't) [a-z]+$", name.lower().strip()))
    return half or said or told or refused


def participle_name(name: str) -> bool:
    """ "Roasted", "Hand-dyed": a name that is a verb's participle, not "Speed" or "Feed"."""
    lowered = name.lower().strip()
    one_word = " " not in lowered and len(lowered) > 4
    return one_word and lowered.endswith("ed") and not lowered.endswith(("eed", "bed"))


_LOAD_NAME = re.compile(
    r"(max(imum)?\.? |safe |rated )?(load|working load|load capacity|weight capacity|"
    r"weight limit|load rating)"
)
_LEADING_MEASURE = re.compile(r"\d[\d,.]*\s?(kg|t|tonnes?|lbs?|kn)\b", re.IGNORECASE)
_HOW_FITTED = frozenset("built-in integrated removable replaceable rechargeable detachable".split())
_COUNT = re.compile(r"\d+|two|three|four|five|six|seven|eight|nine|ten|twelve")


def yes_lead(name: str, voice: Voice) -> str | None:
    """A feature said as a yes ("Safety Key" → "It has a safety key"), where its frame holds."""
    return frame_holds(_yes(name, voice))


def _yes(name: str, voice: Voice, detail: str = "") -> str | None:
    """ "Foldable: Yes" reads "It is foldable"; "Brush loop: Yes" reads "It has a brush loop";
    ``detail`` is what followed the yes ("Yes, telescopic")."""
    lowered = name.lower().strip()
    words = lowered.split()
    # "Yes (home compostable (EN 13432))" keeps both brackets closed.
    detail += ")" * (detail.count("(") - detail.count(")"))
    # "Corner ties: Yes, 4 inside ties": a note that names the thing again says nothing more.
    # A describing name keeps its note: "Dimmable: Yes, with dimmable bulb" is a condition.
    described = is_adjective(name) or lowered in _DESCRIBING
    repeats = bool(words) and words[-1] in detail.lower().split() and not described
    more = f" ({lower_first(detail)})" if detail and not repeats else ""
    if _COUNT.fullmatch(detail.strip().lower()) and lowered.endswith("s") and len(words) <= 2:
        # "Wheels: yes, two" reads "It has two wheels", not "It has wheels (two)" (heldout20).
        return f"{voice.subject} {voice.verb('has')} {detail.strip().lower()} {lowered}"
    if detail.lower().startswith(("available", "included", "supplied", "provided")) and (
        is_modifier(name) and not is_adjective(name) and len(words) <= 3
    ):
        # "Recording: Yes, available for 30 days" reads "A recording is available for 30 days".
        thing = noun_phrase(lowered)
        plural = not thing.startswith(("a ", "an "))
        said = f"{thing[:1].upper()}{thing[1:]} {'are' if plural else 'is'} {lower_first(detail)}"
        return said.rstrip(")") if said.count(")") > said.count("(") else said
    needed = noun_phrase(" ".join(words[:-1])) if len(words) > 1 else ""
    if words[-1:] in (["required"], ["needed"]) and needed.startswith(("a ", "an ")):
        # "Air pump required: Yes (not included)" reads "It needs an air pump (not included)",
        # not "Air pump is required" (no article); "Assembly is required" stays.
        if is_modifier(" ".join(words[:-1])):
            return f"{voice.subject} {voice.verb('needs')} {needed}{more}"
    if len(words) > 1 and words[-1] in ("required", "included", "needed", "supplied", "available"):
        # "Batteries included: Yes" reads "Batteries are included", not "It is …".
        thing = " ".join(words[:-1])
        be = "are" if thing.endswith("s") and not thing.endswith("ss") else "is"
        return f"{thing[:1].upper()}{thing[1:]} {be} {words[-1]}{more}"
    if words and words[0] in _AUXILIARIES:
        return f"{voice.subject} {' '.join(words)}{more}"
    if words and words[0] in _VERB_VALUES | _NAME_VERBS | {"folds"}:
        # "Folds flat: Yes" reads "It folds flat".
        return f"{voice.subject} {voice.verb(words[0])} {' '.join(words[1:])}{more}".rstrip()
    made = re.fullmatch(r"((?:hand)?made) in ([a-z ]+)", lowered)
    if made:
        # "Handmade in scotland" reads "It is handmade in Scotland".
        return f"{voice.subject} {voice.be} {made.group(1)} in {made.group(2).title()}"
    verb_led = verb_name(words)
    if verb_led:
        # "Converts to monopod: Yes" reads "It converts to a monopod"; "Zips together with a
        # second bag: Yes" reads "It zips together with a second bag".
        return f"{voice.subject} {voice.verb(words[0])} {verb_led}{more}"
    if len(words) > 2 and words[0] in _ADJECTIVE_HEADS and words[1] in _PREPOSITIONS:
        # "Safe on wax & sealants: Yes" reads "It is safe on wax and sealants".
        said = " ".join(words).replace(" & ", " and ")
        return f"{voice.subject} {voice.be} {said}{more}"
    if len(words) > 1 and participle_name(words[0]) and words[1] in _PREPOSITIONS:
        # "Roasted to order: Yes" reads "It is roasted to order".
        return f"{voice.subject} {voice.be} {lowered}{more}"
    if lowered in _ING_VERBS:
        # "Folding: Yes (table and chairs)" reads "It folds": a note between the verb and its
        # reason ("folds (table and chairs), so it stores away") reads as a stumble.
        return f"{voice.subject} {voice.verb(_ING_VERBS[lowered])}"
    if len(words) > 2 and words[1] in ("for", "with", "on", "in", "to"):
        return None  # "Hook for hive: Yes" is no sentence ("The hook is for hive"): the list
    if len(words) > 1 and words[0] in PARTS and is_adjective(name):
        # "Tray dishwasher safe: Yes" is about the tray: "The tray is dishwasher safe".
        be = "are" if words[0].endswith("s") else "is"
        return f"The {words[0]} {be} {' '.join(words[1:])}{more}"
    if lowered in ("beginner", "beginners", "beginner friendly", "beginner-friendly"):
        return f"{voice.subject} {voice.verb('suits')} beginners"
    if lowered in ("left-handed", "left handed", "left-hand friendly", "ambidextrous"):
        # "Left-handed: Yes" is about the user, not the product.
        return f"{voice.subject} {voice.verb('suits')} left-handed users too"
    compound = "-".join(words)
    if compound in COMPOUND_TAGS:
        # A tag written "Quick dry" or "Single origin" reads "It is quick-dry", "single-origin".
        return f"{voice.subject} {voice.be} {compound}{more}"
    if compound in _COMPOUND_VERBS:
        # "Lay-flat" reads "It lies flat", not "It is lay-flat".
        return f"{voice.subject} {voice.verb(_COMPOUND_VERBS[compound])}{more}"
    if len(words) == 2 and words[0] in ("non", "anti"):
        # A tag written "non slip" reads "It is non-slip".
        return f"{voice.subject} {voice.be} {words[0]}-{words[1]}{more}"
    if is_adjective(name) or lowered in _DESCRIBING:
        return f"{voice.subject} {voice.be} {lowered}{more}"
    if len(words) > 1 and words[-1] in MASS_NOUNS and is_modifier(name):
        # "Wireless charging: Yes" reads "It has wireless charging"; "UV protection: Yes - UPF
        # 50" reads "It has uv protection (UPF 50)".
        shown = " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in name.split())
        return f"{voice.subject} {voice.verb('has')} {shown}{more}"
    if len(words) > 1 and words[-1] in _MASS_ENDINGS and is_modifier(name):
        # "Active noise cancellation: Yes" reads "It has active noise cancellation".
        return f"{voice.subject} {voice.verb('has')} {said_name(name)}{more}"
    if not is_modifier(name) or words[-1] not in PARTS | _FEATURE_NOUNS:
        return None  # "Anti-collision: Yes" is not a thing it has: the list says it
    if is_modifier(detail, 2) and all(
        w.endswith(_DESCRIBING_ENDINGS) or "-" in w for w in detail.lower().split()
    ):
        # "Lid: Yes, hinged" reads "It has a hinged lid".
        return f"{voice.subject} {voice.verb('has')} {noun_phrase(f'{detail.lower()} {lowered}')}"
    if detail.lower().startswith(("for ", "with ")):
        # "Removable base: Yes, for cleaning" reads "It has a removable base for cleaning".
        return f"{voice.subject} {voice.verb('has')} {noun_phrase(lowered)} {lower_first(detail)}"
    if len(detail.split()) > 6 or "(" in detail:
        # A long note ("compatible with EN 14404 Type 2 pads (pads sold separately)") is the
        # list's: the sentence says the part and its reason.
        more = ""
    return f"{voice.subject} {voice.verb('has')} {noun_phrase(lowered)}{more}"


# Yes/no names that are a feature it has, beside the parts: "Privacy flap: Yes".
_FEATURE_NOUNS = frozenset(
    "flap flaps closure indicator end breaker ferrule ferrules ties shut-off cut-off demister "
    "key entrance plate plaque".split()
)
# Names of a feature said without an article: "Energy monitoring", "noise cancellation".
_MASS_ENDINGS = frozenset("cancellation cancelling canceling monitoring flow packaging".split())
# Adjectives that head a yes/no name with its object: "Safe on wax & sealants".
_ADJECTIVE_HEADS = frozenset("safe suitable compatible ideal".split())
# Adjective compounds a tag writes with a space or a hyphen: "It is quick-dry".
COMPOUND_TAGS = frozenset(
    """quick-dry self-inflating soft-close single-origin loose-leaf open-ended all-season
    3-season 4-season high-visibility extra-virgin hand-woven leave-in anti-fog anti-glare
    anti-static cold-pressed hand-knitted hand-stitched""".split()
)
# Compounds said as what it does: "Lay-flat" reads "It lies flat".
_COMPOUND_VERBS = {"lay-flat": "lies flat", "lays-flat": "lies flat", "opens-flat": "opens flat"}
# Yes/no names said as what it does: "Folding: Yes" reads "It folds".
_ING_VERBS = {"folding": "folds", "locking": "locks", "nesting": "nests", "reclining": "reclines"}
# Second words that make a name starting with a verb ("Converts to", "Zips together").
_VERB_PARTICLES = frozenset("to into with together flat up down away onto over around".split())


def verb_name(words: list[str]) -> str | None:
    """What follows the verb of a yes/no name that is a verb phrase ("Converts to monopod" →
    "to a monopod"), or ``None`` when the name does not start with one."""
    if len(words) < 2 or len(words) > 7:
        return None
    first = words[0]
    third_person = first.endswith("s") and not first.endswith(("ss", "us", "is")) and len(first) > 3
    if not third_person or words[1] not in _VERB_PARTICLES:
        return None
    rest = words[1:]
    # A lone object takes its article: "to monopod" → "to a monopod".
    if len(rest) == 2 and rest[0] in _PREPOSITIONS | {"into", "onto"} and rest[1].isalpha():
        return f"{rest[0]} {noun_phrase(rest[1])}"
    if any(w in ("and", "or", "not", "&") for w in rest):
        return None
    return " ".join(rest)


def _measured(lowered: str, value: str, voice: Voice, turn: int) -> str | None:
    """Facts that are a quantity: what it holds, carries, lasts, counts."""
    it = voice.subject
    shown = lower_first(value)
    loads = lowered in _LOADS or "load" in lowered or "weight" in lowered or "lifting" in lowered
    people = re.fullmatch(r"(\d+)[\s-]*(person|persons|people)", value.strip(), re.IGNORECASE)
    if people and ("capacity" in lowered or lowered in ("sleeps", "seats")):
        # "Capacity: 2 person" reads "It is for 2 people".
        count = people.group(1)
        return f"{it} {voice.be} for {count} {'person' if count == '1' else 'people'}"
    if lowered in ("towing capacity", "towing weight", "max towing weight", "towing limit"):
        # "Towing capacity: 2,000 kg" is what it tows, not what it holds (round 24).
        if not is_measure(value):
            return None
        return f"{it} {voice.be} rated to tow up to {shown.removeprefix('up to ')}"
    if "capacity" in lowered and not loads:
        return f"{it} {voice.verb('holds')} {shown}" if is_measure(value) else None
    if loads and ("capacity" in lowered or lowered in _LOADS):
        if not is_measure(value):
            return None
        return f"{it} {voice.verb('takes')} up to {shown.removeprefix('up to ')}"
    if lowered in _RUNTIMES and is_duration(value):
        return f"{it} {voice.verb('runs')} for {shown}"
    if lowered in _DURATIONS and is_duration(value):
        return f"{it} {voice.verb('lasts')} {shown}"
    if lowered in _COUNTED and value.isdigit():
        return f"{it} {voice.verb('has')} {value} {lowered}"
    counted = re.fullmatch(r"(\d+)\s+([A-Za-z]+)", value)
    if counted and lowered in _COUNTED and counted.group(2).lower() not in lowered:
        # "Bulbs: 100 LED" reads "It has 100 LED bulbs".
        return f"{it} {voice.verb('has')} {value} {lowered}"
    if lowered in _PACKS and value[:1].isdigit():
        return f"{it} {voice.verb('comes')} as a pack of {value}"
    if lowered in _AGES and _AGE.fullmatch(value):
        # "10 years and up" reads "for ages 10 and up", not "for ages 10 years and up"
        # (heldout19); "3–5 years" keeps its unit.
        shown = re.sub(r"\s*years?\s*(?=\+)|\s*years?\s+(?=and (up|over))", " ", value)
        shown = shown.replace(" +", "+")
        return f"{it} {voice.be} for ages {shown}"
    if is_measure(value) and is_adjective(lowered):
        # "Heat resistant: Up to 230 °C" reads "It is heat resistant up to 230 °C".
        limit = shown if shown.startswith(("up to", "to ")) else f"to {shown}"
        return f"{it} {voice.be} {lowered} {limit}"
    if is_measure(value) and not lowered.endswith("s"):
        if turn % 2 and lowered.split()[-1] in PROPERTIES:
            return f"{it} {voice.verb('has')} {article(lowered)} {lowered} of {shown}"
        return f"{voice.possessive} {lowered} is {shown}"
    return None


# Names of a measured property: "It has a range of 0-150 PSI", not "It has a paper of 120gsm".
PROPERTIES = {
    "length",
    "width",
    "height",
    "depth",
    "diameter",
    "range",
    "capacity",
    "thickness",
    "output",
    "power",
    "speed",
    "volume",
    "size",
    "temperature",
    "reach",
    "span",
    "radius",
    "circumference",
    "weight",
    "load",
    "rating",
    "resistance",
    "pressure",
    "voltage",
    "frequency",
    "angle",
    "drop",
    "rise",
    "spacing",
    "pitch",
    "runtime",
    "life",
    "lifespan",
}


_WARRANTY = re.compile(
    r"^(?P<n>\d+)[\s-]*(?P<unit>years?|yrs?|months?)\b[\s,]*(?P<rest>[a-z ]*)$|"
    r"^(?P<life>lifetime)\b[\s,]*(?P<tail>[a-z ]*)$",
    re.IGNORECASE,
)


def _warranty(value: str, voice: Voice) -> str | None:
    """ "Warranty: 2 years limited" reads "It comes with a 2-year limited warranty";
    "Lifetime against manufacturing defects", "… a lifetime warranty against …"."""
    found = _WARRANTY.match(value.strip())
    if not found:
        return None
    comes = f"{voice.subject} {voice.verb('comes')} with"
    if found["life"]:
        tail = f" {found['tail'].strip()}" if found["tail"].strip() else ""
        return f"{comes} a lifetime warranty{tail}"
    unit = "year" if found["unit"].lower().startswith("y") else "month"
    # "2 year replacement warranty": the frame says "warranty" once.
    rest = re.sub(r"\s*\bwarranty$", "", found["rest"].strip(), flags=re.IGNORECASE)
    if rest.split()[:1] in (["handled"], ["provided"], ["through"], ["via"], ["from"], ["by"]):
        # "2 years, handled by Kelpline" is who honours it, not a kind of warranty: not "a
        # 2-year handled by Kelpline warranty" (the list gives the rest).
        rest = ""
    if rest and rest.split()[0] in ("against", "on", "for", "covering"):
        return f"{comes} a {found['n']}-{unit} warranty {rest}"
    return f"{comes} a {found['n']}-{unit} {rest + ' ' if rest else ''}warranty"


_UNIT_SYMBOL = re.compile(
    r"°\s?[CF]|psi|bar|kpa|mm|cm|inch(es)?|in|kg|lbs?|g|oz|ml|l", re.IGNORECASE
)


def _named(lowered: str, value: str, items: list[str], voice: Voice) -> str | None:
    """Facts that name something: a closure, a scent, the features, who it suits."""
    it = voice.subject
    name_words = lowered.split()
    if lowered == "warranty":
        return _warranty(value, voice)
    if lowered in ("units", "display units", "measuring units", "scale", "scales"):
        # "Units: PSI / BAR / kPa" reads "It reads in PSI, BAR or kPa"; a thermometer's "Scale:
        # °C and °F" shows both: "It reads in °C and °F".
        units = [
            u.strip() for u in re.split(r"\s+/\s+|,\s*|\s+or\s+|\s+and\s+", value) if u.strip()
        ]
        scale = lowered.startswith("scale")
        if 1 < len(units) <= 5 and all(
            len(u) <= 8 and (not scale or _UNIT_SYMBOL.fullmatch(u)) for u in units
        ):
            both = scale and re.search(r"\band\b|&", value)
            return f"{it} {voice.verb('reads')} in {join_values(units, 'and' if both else 'or')}"
    if (
        name_words
        and name_words[-1] in ("levels", "settings", "modes", "speeds")
        and len(items) > 2
    ):
        # "Resistance levels: Extra light (2-4 kg), …, Extra heavy (16-23 kg)" reads "They
        # come in 5 resistance levels, from extra light (2-4 kg) to extra heavy (16-23 kg)".
        return (
            f"{it} {voice.verb('has')} {len(items)} {lowered}, from "
            f"{lower_first(items[0])} to {lower_first(items[-1])}"
        )
    if lowered in ("scent", "scents", "fragrance", "notes", "fragrance notes", "scent notes"):
        if re.search(r"\b(unscented|none|fragrance[- ]free)\b", value, re.IGNORECASE):
            return None  # not "The scent brings together unscented"
        if len(items) == 1:
            return f"{it} {voice.verb('smells')} of {lower_first(items[0])}"
        return f"The scent brings together {_listed(items)}"
    if lowered in ("features", "feature", "details", "highlights"):
        return _has_items(items, voice)
    if lowered in _SUITS:
        return f"{it} {voice.verb('suits')} {lower_first(value)}" if is_modifier(value, 4) else None
    if lowered in _FOR:
        return f"{it} {voice.be} made for {lower_first(value)}" if is_modifier(value, 4) else None
    if lowered in ("diet", "dietary") and is_modifier(value, 3):
        # "Diet: Vegan" reads "It is vegan", not "It has a vegan diet".
        return f"{it} {voice.be} {lower_first(value)}"
    if lowered in _BY:
        return f"{it} {voice.be} {_BY[lowered]} {value}" if is_modifier(value, 4) else None
    opening = value.split()[0].lower() if value.split() else ""
    wipe_clean = re.match(r"wipe[- ]clean\b", value, re.IGNORECASE)
    if opening in _IMPERATIVES and is_modifier(value, 6) and not wipe_clean:
        # "Preparation: Rinse before use" is an instruction; it reads as one.
        return value[:1].upper() + value[1:]
    if lowered == "language" and is_modifier(value, 3):
        return f"{it} {voice.be} written in {value[:1].upper()}{value[1:]}"
    if lowered == "format" and is_modifier(value, 3):
        return f"{it} {voice.verb('comes')} as {noun_phrase(value)}"
    if lowered == "packaging" and is_modifier(value, 4):
        shown = lower_first(value)
        return f"{it} {voice.verb('comes')} in {noun_phrase(shown)}"
    plural_name = lowered.endswith("s") and not lowered.endswith(("ss", "ness"))
    if (
        plural_name
        and len(items) > 1
        and all(is_modifier(i, 4) or re.fullmatch(r"[A-Z]+\d+", i) for i in items)
    ):
        # "Key ingredients: Shea butter, Glycerin" reads "Its key ingredients are shea butter
        # and glycerin".
        return f"{voice.possessive} {lowered} are {_listed(items)}"
    described = _described(lowered, items)
    if described:
        return f"{voice.possessive} {said_name(lowered)} {described}"
    if len(name_words) > 2 or not is_modifier(value):
        return None
    if value.lower() in _GRADES:
        # "Lightfastness: Excellent" reads "Its lightfastness is excellent".
        return f"{voice.possessive} {lowered} is {value.lower()}"
    shown = lower_first(value)
    head = name_words[-1]
    last = shown.lower().split()[-1]
    # "Hardiness: Fully hardy", "Insulation: Vacuum insulated": the value is the name's state.
    root = last[:-1] if last.endswith("y") else last[:-2] if last.endswith("ed") else ""
    stem = last != head and len(root) >= 4 and head.startswith(root)
    # "Wire: Underwired" reads "It is underwired", not "It has an underwired" (heldout27).
    stem = stem or (len(shown.split()) == 1 and last.endswith("ed") and head in last)
    if plural_name and len(shown.split()) == 1 and last.endswith(_STATES):
        # "Straps: Adjustable" reads "It has adjustable straps": the straps are adjustable, not
        # the slip (heldout27's raters).
        return f"{it} {voice.verb('has')} {shown} {lowered}"
    if last.endswith(_STATES) or stem:
        # "Lining: Fully lined" reads "It is fully lined"; "Caffeine: Caffeine-free" reads
        # "It is caffeine-free"; "Insulation: Vacuum insulated" reads "It is vacuum insulated".
        return f"{it} {voice.be} {shown}"
    if lowered in _MADE_WITH and shown.lower().endswith(lowered):
        # "Wax: Soy wax" reads "It is made with soy wax", not "It has soy wax".
        return f"{it} {voice.be} made with {shown}"
    if head in shown.lower() or (len(last) > 2 and head.startswith(last)):
        # "Clasp: Lobster clasp" reads "It has a lobster clasp"; "Neckline: Crew neck" reads
        # "It has a crew neck".
        return f"{it} {voice.verb('has')} {noun_phrase(shown)}"
    if lowered in _ABSTRACT or head == "type":
        # "Cutting type: Bypass" is not "It has a bypass cutting type": a reason's frame says
        # "Its cutting type is bypass".
        return None
    if len(shown.split()) > 1 and (last in PARTS or last.removesuffix("s") in PARTS):
        # "Plugs: Sliding plug pins" reads "It has sliding plug pins", not "… pins plugs".
        return f"{it} {voice.verb('has')} {noun_phrase(shown)}"
    if plural_name:
        return f"{it} {voice.verb('has')} {shown} {lowered}"
    if len(shown.split()) > 1 and _plural_word(last):
        # "Frame: Fibreglass rods" is not "a fibreglass rods frame": a plural thing before a
        # name has no frame of its own; the list says it.
        return None
    # "Closure: Concealed zip" reads "It has a concealed zip closure".
    return f"{it} {voice.verb('has')} {article(shown)} {shown} {lowered}"


# What comes with it but says too little alone: "Mounting: Hardware included" is not "It comes
# with a hardware"; the list says it.
_UNNAMED = frozenset("hardware fixings fittings accessories parts everything all".split())
# How a skill level reads after "suits".
_LEVELS = {
    "beginner": "beginners",
    "beginners": "beginners",
    "novice": "beginners",
    "all levels": "all levels",
    "all abilities": "all abilities",
    "beginner to intermediate": "beginners and improvers",
    "intermediate": "improvers",
    "advanced": "experienced users",
}
_NOT_PLURAL = frozenset("canvas lens gas glass brass chassis bus plus atlas".split())


def _plural_word(word: str) -> bool:
    """ "rods", "chips"; not "canvas", "lens", "glass" or "bus"."""
    return bool(re.fullmatch(r"[a-z]{2,}[^su]s", word)) and word not in _NOT_PLURAL


def _described(lowered: str, items: list[str]) -> str | None:
    """A part's value that is two or three words describing it ("Binding: Thread-sewn,
    lay-flat", "Wick: Cotton, lead-free") reads "is thread-sewn and lay-flat"; a value with a
    part or a number in it ("Stainless steel mesh, removable") stays for another frame."""
    name_words = lowered.split()
    if not 1 <= len(name_words) <= 2 or not 2 <= len(items) <= 3:
        return None
    for item in items:
        words = item.lower().split()
        if not is_modifier(item, 2) or (item[:1].isupper() and item.lower() != lower_first(item)):
            return None
        if not all(
            w in _MATERIAL_WORDS or "-" in w or is_adjective(w) or w.endswith(_DESCRIBING_ENDINGS)
            for w in words
        ):
            return None
        if words[-1] in PARTS or words[-1] in _MASS_NOUNS_OF_STATE:
            return None
    plural = lowered.endswith("s") and not lowered.endswith(("ss", "ness"))
    return f"{'are' if plural else 'is'} {_listed(items)}"


# Words that name a thing though they end like a description: "Padding", "Lining".
_MASS_NOUNS_OF_STATE = frozenset("padding lining filling coating finish".split())


# What a product is made with rather than a part it has.
_MADE_WITH = {"wax", "oil", "oils", "ink", "inks", "fill", "filling", "stuffing", "glaze"}
_GRADES = {"excellent", "very good", "good", "high", "very high", "medium", "moderate", "low"}


# Names of a mark on the product or its pack: a value that says where it is ("Printed on the
# bag") is the mark's, not the product's.
_MARKS = frozenset("date code number label labels logo name instructions batch".split())
# Names that are instructions to the buyer, not a property of the product.
_INSTRUCTIONS = frozenset("use keep store avoid do wash remove install fit apply".split())


# Plural names whose values are rightly a list of things: "Its top notes are fig leaf and
# bergamot", "Its hob types are gas, induction and open fire".
_LISTED_NAMES = re.compile(
    r"(notes|flavou?rs|ingredients|botanicals|scents|accords|aromas|types|surfaces|fuels|modes|"
    r"settings|programmes|programs)$"
)
_NUMBER_NOUN = re.compile(r"\d[\d/.,-]*\s+[a-z]+")
_OWN_KINDS = frozenset("edition version release series generation issue printing model".split())
_LINKING = re.compile(r"\s(with|over|under|on|in|for|of|from|to|into|onto|per)\s")


def fits_possessive(lead: str, voice: Voice) -> bool:
    """Whether an "Its <name> is <value>" sentence reads whole: the value must be a measure,
    a code or a few describing words. A noun phrase of another kind ("Its weather is rain cover
    over the keyway", "Its map date is 2026 edition"), a list of things ("Its paper size is A4
    and US Letter versions", "Their touchscreen fingertips are index finger and thumb") or a
    describing word beside a thing ("Its wires are staple-free and thin blade spider") does not
    fit the frame (heldout20's raters); the fact stays in the list."""
    owned = re.match(rf"{voice.possessive} ([^,]+?) (is|are) (.+)$", lead)
    if not owned:
        return True
    value = re.sub(r"\s*\([^()]*\)", "", owned.group(3)).strip().rstrip(".")
    lowered = value.lower()
    if _NUMBER_NOUN.fullmatch(lowered) and lowered.split()[-1] in _OWN_KINDS:
        return False  # "2026 edition" names its own kind: a map date is not an edition
    if is_measure(value):
        return True
    if _LINKING.search(f" {lowered} "):
        return False
    parts = [p.strip() for p in re.split(r"\s+(?:and|or|&)\s+|,\s*", lowered) if p.strip()]
    if len(parts) > 1 and all(is_measure(p) for p in parts):
        return True  # "150 L or 4 weeks"
    if len(parts) > 1 and not _LISTED_NAMES.search(owned.group(1).lower()):
        # One-word describing items ("soft and breathable") or things each led by a describing
        # word ("PVC-free polypropylene and acid-free interleaves") fit.
        return all(len(p.split()) == 1 for p in parts) or all(
            len(p.split()) <= 3
            and re.fullmatch(r"[a-z0-9]+-[a-z]+|[a-z]+(ed|able|ible)", p.split()[0])
            for p in parts
        )
    return True


def stated_lead(name: str, value: str, voice: Voice) -> str | None:
    """``_stated_lead`` where its frame holds (``frame_holds``)."""
    return range_lead(name, value, voice) or frame_holds(_stated_lead(name, value, voice))


def _stated_lead(name: str, value: str, voice: Voice) -> str | None:
    """A short fact no other frame fits, said as what it is: "Sun protection: UPF 50+" →
    "Its sun protection is UPF 50+". Only for facts with a known reason to follow."""
    value = spelled(value)
    if len(value.split()) > 5 or any(c in value for c in ";:(),") or len(name.split()) > 3:
        return None
    if "/" in name:
        return None  # "Doors / vestibules: 2 / 2" is a table row, for the list
    lowered = name.strip().lower()
    if lowered.split()[0] in _INSTRUCTIONS:
        return None  # "Use with thermostat: Always" is an instruction, not "Its use … is always"
    if lowered == "type":
        # "Type: Water-based dye ink" reads "It is a water-based dye ink"; "Type:
        # Open-pollinated" reads "It is open-pollinated".
        said = lower_first(value.strip()) if is_adjective(value) else noun_phrase(value.strip())
        return f"{voice.subject} {voice.be} {said}"
    if value.strip().lower() in YES:
        # "Reflective details: Yes" reads "It has reflective details".
        plural = lowered.endswith("s") and not lowered.endswith("ss")
        return f"{voice.subject} {voice.verb('has')} {lowered}" if plural else None
    shown = lower_first(value.strip())
    head = lowered.split()[-1]
    if shown.split()[-1].lower() == head or (names_part(shown) and is_modifier(shown, 5)):
        # "Filter: Reusable mesh filter" reads "It has a reusable mesh filter", "Grind settings:
        # 18 click settings" reads "It has 18 click settings".
        return f"{voice.subject} {voice.verb('has')} {noun_phrase(shown)}"
    if head in shown.lower().split() and not head.endswith("s"):
        # "Guarantee: Lifetime guarantee against defects" reads "It has a lifetime guarantee
        # against defects", not "Its guarantee is lifetime guarantee …".
        return f"{voice.subject} {voice.verb('has')} {article(shown)} {shown}"
    if shown.isdigit() and lowered.endswith("s"):
        # "Temperature settings: 5" reads "It has 5 temperature settings".
        return f"{voice.subject} {voice.verb('has')} {shown} {lowered}"
    said_yes = re.match(r"(yes|true)\s*[-–,:(]\s*(.+?)\)?$", value.strip(), re.IGNORECASE)
    if said_yes:
        # "UV protection: Yes - UPF 50" reads "It has UV protection (UPF 50)", not "Its uv
        # protection is yes - UPF 50".
        return _yes(name, voice, said_yes.group(2))
    if re.search(r"(proof|resistant|safe|free|able|ible)$", lowered):
        # "Waterproof: IPX6" reads "It is waterproof (IPX6)", not "Its waterproof is IPX6";
        # "Washable: Machine wash 30°" reads "It is washable (machine wash 30°)".
        return f"{voice.subject} {voice.be} {lowered} ({shown})"
    plural = lowered.endswith("s") and not lowered.endswith(("ss", "ness"))
    parts = re.split(r"\s+and\s+|\s*&\s*", shown)
    if (
        len(parts) == 2
        and all(is_modifier(p, 4) for p in parts)
        and any(names_part(p) or names_part(re.sub(r"s$", "", p)) for p in parts)
    ):
        # "Interior: Zip divider and compression straps" reads "Its interior has a zip divider
        # and compression straps", not "Its interior is zip divider and …" (heldout18's raters).
        things = join_values([noun_phrase(p) for p in parts])
        verb = "are" if plural else "has"
        return f"{voice.possessive} {said_name(name)} {verb} {things}"
    be = "are" if plural or lowered.split()[-1] in _IRREGULAR_PLURALS else "is"
    # "CRI: Ra > 95" keeps its capitals: "Its CRI is Ra > 95".
    said = f"{voice.possessive} {said_name(name)} {be} {shown}"
    return said if fits_possessive(said, voice) else None


def in_voice(reason: str, voice: Voice) -> str:
    """A written reason for a plural product: "so it keeps going" → "so they keep going"."""
    if not voice.plural:
        return reason

    def plural(match: re.Match[str]) -> str:
        verb = match.group(2)
        if verb in _IRREGULAR_VERBS:
            verb = _IRREGULAR_VERBS[verb]
        elif verb.endswith("ies"):
            verb = verb[:-3] + "y"  # "carries" → "carry"
        elif verb.endswith("s") and not verb.endswith("ss"):
            verb = verb[:-2] if verb.endswith(("shes", "ches", "xes")) else verb[:-1]
        return f"{match.group(1)}they {verb}"

    said = re.sub(r"^(so )it ([a-z]+)", plural, reason)
    # "so it keeps warm and breathes" → "so they keep warm and breathe".
    said = re.sub(r" and ([a-z]+[^s])s$", r" and \1", said) if said != reason else said
    # The product later in the reason: the subject of a verb ("all it needs") is "they", any
    # other "it" is "them" ("making it easy to pack" → "making them easy to pack").
    said = re.sub(_LATER_SUBJECT, lambda m: plural(m).replace("them", "they"), said)
    return re.sub(r"\b(it|its|itself)\b", lambda m: _OBJECTS[m.group(1)], said)


_LATER_SUBJECT = re.compile(
    r"\b()it (is|was|has|does|can|could|may|might|will|would|should|must|[a-z]+[^s\W]s)\b"
)
_OBJECTS = {"it": "them", "its": "their", "itself": "themselves"}


def _half_sentence(name_words: list[str], value: str, voice: Voice) -> str | None:
    """A name that is half a sentence: "Sold as: One pair" reads "It is sold as one pair",
    "Works with: Most bikes" reads "It works with most bikes"."""
    head, rest = name_words[0], " ".join(name_words[1:])
    if not is_modifier(value, 5) and not re.match(r"^[\w\s'’.,-]+$", value):
        return None
    # A name or a place keeps its case: "Dyed in: Cornwall, UK", "Designed by: Ana Ruiz";
    # "Works in: Cold and warm washes, HE machines" is no place.
    placed = name_words[-1] in ("by", "in", "from") and head not in _VERB_VALUES | _NAME_VERBS
    shown = value if placed else join_values(lower_values(split_items(value)))
    if head in _VERB_VALUES | _NAME_VERBS:
        return f"{voice.subject} {voice.verb(head)} {rest} {shown}"
    if head in _PARTICIPLES | {"suitable", "designed", "ideal"} or head.endswith("ed"):
        if head == "sold" and len(shown.split()) == 1:
            return None  # "sold as pair": the list says it better
        return f"{voice.subject} {voice.be} {' '.join(name_words)} {shown}"
    return None


def _has_items(items: list[str], voice: Voice) -> str | None:
    """ "Features: Pull-out drawer, Phone slot" reads "It has a pull-out drawer and a phone
    slot"; a list with a verb in it ("Packs into its pocket") stays in the list."""
    if any(i.split()[0].lower() in _VERB_VALUES | _NAME_VERBS for i in items if i.split()):
        return None
    if any(len(i.split()) > 6 for i in items):
        return None
    return f"{voice.subject} {voice.verb('has')} {join_values([noun_phrase(i) for i in items])}"


def _listed(items: list[str]) -> str:
    return join_values(lower_values(items))


# Endings of a value that says what state it is in rather than naming a part.
_STATES = ("able", "ible", "proof", "free", "less", "resistant", "safe", "lined")
# First words of a value that is an instruction.
_IMPERATIVES = {"rinse", "wash", "store", "wipe", "keep", "avoid", "remove", "apply", "shake"}
# Yes/no names that describe without an adjective's ending: "Vegan: Yes" reads "It is vegan".
_DESCRIBING = {
    "quiet",
    "silent",
    "vegan",
    "vegetarian",
    "organic",
    "kosher",
    "halal",
    "gluten-free",
    "waterproof",
    "handmade",
    "low-flow",
    "water-saving",
}
_DURATIONS = {"duration", "length of class", "running time", "burn time"}
_PACKS = {"quantity", "pack size", "count", "pack of", "units"}
_AGES = {"age", "ages", "age range", "recommended age", "suitable age", "age group"}
_FOR = {"life stage", "for", "intended for", "audience"}
_BY = {"author": "written by", "illustrator": "illustrated by", "designer": "designed by"}


# Values that are already a verb phrase: "Validity: Does not expire" reads "It does not
# expire"; "Delivery: Sent by email" reads "It is sent by email".
# Attribute names that start with a verb: "Works with", "Fits", "Attaches to".
_NAME_VERBS = {"works", "fits", "suits", "pairs", "connects", "attaches", "mounts", "clips"}
_AUXILIARIES = {"does", "can", "will", "must", "should"}
# Verbs that need what they act on: "Diesel models: Does not fit" is "does not fit diesel
# models"; "Validity: Does not expire" needs nothing.
_WANTS_OBJECT = {"fit", "suit", "bond", "include", "cover", "contain", "take", "hold", "stick"}
_PREPOSITIONS = {"by", "in", "with", "from", "to", "for", "on", "at", "after", "under"}
_PARTICIPLES = {
    "sent",
    "made",
    "built",
    "sold",
    "worn",
    "grown",
    "written",
    "woven",
    "sewn",
    "hand-made",
    "handmade",
    "shipped",
    "knit",
    "hand-knit",
    "spun",
    "cast",
    "blown",
    "hand-sewn",
    "hand-built",
}
# Attribute names that count things: "Pieces: 42" reads "It has 42 pieces".
_COUNTED = {
    "pieces",
    "bulbs",
    "players",
    "tiles",
    "colours",
    "colors",
    "strings",
    "sheets",
    "ports",
    "pockets",
    "tracks",
    "pages",
    "compartments",
    "slots",
    "wheels",
    "settings",
    "speeds",
    "modes",
    "recipes",
    "hooks",
    "shelves",
    "drawers",
    "blades",
    "cards",
    "outlets",
}
_LOADS = {
    "max load",
    "maximum load",
    "load capacity",
    "weight capacity",
    "max weight",
    "max user weight",
    "lifting capacity",
}
_RUNTIMES = {"battery life", "runtime", "run time", "playtime", "play time"}
_SUITS = {"skin type", "skin types", "hair type", "hair types", "suits"}
_USES = {"uses", "use", "good for", "ideal for", "use for", "applications"}
# Names whose one value says what the product is for (round 24: heldout26's drafts left it to
# the list): "Use: Behind radiators on outside walls", "Best for: Fine to medium yarns".
_FOR_NAMES = {"use", "uses", "for", "best for", "good for", "ideal for", "suitable for"}
_NOT_FOR_NAMES = {"not for", "not suitable for", "unsuitable for", "not recommended for"}
_DOSE = re.compile(r"(\d|(one|two|three|a|about|approx|up|around|once|twice)\b)")
_PLACES = frozenset("behind under over on in inside outside around between beside above".split())
_LIMIT = re.compile(r"^(?P<main>[^;]+);\s*(?P<limit>not (?:for |on |in )?[^;]+)$", re.IGNORECASE)


def _what_it_is_for(lowered: str, value: str) -> str | None:
    """ "for hand caning through drilled holes", "for use behind radiators", "best for fine to
    medium yarns", "for limestone and sandstone, not granite"; ``None`` for a step of use, a
    label or more than a short phrase."""
    limited = _LIMIT.match(value.strip())
    main = limited.group("main").strip() if limited else value.strip()
    tail = f", {lower_first(limited.group('limit').strip())}" if limited else ""
    words = re.findall(r"[a-z'-]+", main.lower())
    if not words or len(main.split()) > 12 or re.search(r"[;:()]|https?:", main):
        return None
    if opens_a_clause(main) or words[0] in ("yes", "no", "none", "all", "any", "sprinkle"):
        return None
    if _DOSE.match(main.lower()):
        # "Use: One drop on foil, 2–3 times a week" is a dose, "Use: About 1000 loads" a
        # count: neither is what it is for.
        return None
    items = split_items(main)
    said = join_values(lower_values(items)) if len(items) > 1 else lower_first(main)
    if words[0] in _PLACES:
        return f"for use {said}{tail}" if lowered in ("use", "uses") else None
    head = lowered if lowered.endswith(" for") else "for"
    return f"{head} {said}{tail}"


# What a food, drink or scent is like: the facts its buyer reads the prose for.
SENSORY = {"tasting notes", "flavour", "flavor", "flavours", "flavors", "aroma", "taste", "notes"}
# Names too abstract for "It has a … power": the list says them better.
_ABSTRACT = {"power", "speed", "level", "output", "input", "voltage", "connectivity", "type"}


_VERB_VALUES = {
    "contains",
    "keeps",
    "holds",
    "fits",
    "lasts",
    "works",
    "charges",
    "folds",
    "packs",
    "stays",
    "makes",
    "brews",
    "runs",
    "covers",
    "measures",
    "detects",
    "monitors",
    # Round 24 (heldout26): "Pins: Takes standard blocking pins" read "has takes …", and
    # "Bonds: Metal, Wood" "Its bonds are metal …": a verb the value or name opens with.
    "takes",
    "bonds",
    "accepts",
    "grips",
    "sticks",
}


def item_name(name: str) -> str:
    """An item of a set as it reads in a sentence: "Drawstring bag" → "a drawstring bag",
    "20 spare pins" stays; a link in it is left out (the list has it)."""
    shown = re.sub(r"\s*\([^)]*https?://[^)]*\)", "", name.strip())
    return noun_phrase(shown)


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


def build_lead(
    name: str, value: str, turn: int, voice: Voice, items: list[str] | None = None
) -> str | None:
    """``_build_lead`` where its frame holds (``frame_holds``): round 21, "It has a front
    lined lining" (heldout23) is "It is front lined"."""
    said = _build_lead(name, value, turn, voice, items)
    if not said:
        return said
    held = frame_holds(f"{said.rstrip('.')}.")
    # The frame's own full stop, or none, as ``_build_lead`` gave it.
    return held.rstrip(".") if held and not said.endswith(".") else held


def _build_lead(
    name: str, value: str, turn: int, voice: Voice, items: list[str] | None = None
) -> str | None:
    """What it is made of: ``Material: Linen`` → ``It is made of linen``; parts with their
    materials (``Material: Steel head, ash handle``) → ``It has a steel head and an ash
    handle``; a material with parts (``Glass, Bamboo lid``) → ``It is made of glass with a
    bamboo lid``; ``None`` when the value is more than that."""
    lowered = name.lower().strip()
    labelled = label_lead(name, value, voice)
    if labelled:
        return labelled  # "Base metal: Mild steel" is what it works on, not what it is made of
    items = items if items and len(items) > 1 else split_items(value)
    it, has = voice.subject, voice.verb("has")
    if value.strip().lower() in ("included", "supplied") and is_modifier(name, 3):
        # "Case: Included" reads "It comes with a case" (heldout19: a thin listing's only fact,
        # left unsaid, so its first line was "Introducing the …").
        return f"{it} {voice.verb('comes')} with {noun_phrase(lower_first(name.strip()))}"
    if re.match(r"(yes|no|true|false)\b", value.strip(), re.IGNORECASE):
        return None
    sized = [i for i in items if not is_measure(i)]
    if len(sized) == 1 < len(items) and lowered not in _MATERIAL_NAMES:
        # "Blade: Polished stainless steel, 15 cm": the part's size is for the list.
        items, value = sized, sized[0]
    words, last = lowered.split(), value.strip().lower().split()[-1:]
    if len(words) > 1 and words[-1:] == last and words[0] in PARTS and len(items) == 1:
        # "Blade steel: Chrome-vanadium steel" reads "Its blade is chrome-vanadium steel".
        be = "are" if words[0].endswith("s") else "is"
        return f"{voice.possessive} {words[0]} {be} {lower_first(value.strip())}"
    share = re.fullmatch(r"(\d+(?:\.\d+)?\s?%)\s+([a-z][a-z -]+)", value.strip().lower())
    if lowered.endswith(" material") and share and len(words) == 2:
        # "Barrel material: 90% tungsten" reads "They have 90% tungsten barrels" (heldout20:
        # the title's "90% Tungsten" went unsaid).
        part = words[0] + ("s" if voice.plural and not words[0].endswith("s") else "")
        return f"{it} {has} {share.group(1).replace(' ', '')} {share.group(2)} {part}"
    if lowered.endswith(" material") and is_modifier(value, 4):
        # "Blade material: Steel" reads "It has a steel blade".
        return f"{it} {has} {noun_phrase(lower_first(value) + ' ' + lowered[:-9])}"
    if lowered in _MATERIAL_NAMES:
        # "Mild steel, black oxide; rusts if left wet": what follows a ";" is a note for the
        # list, not one more material ("made of mild steel, black oxide and rusts if left wet",
        # round 26). An item opening with an article is the material's description ("Cattle
        # horn, a by-product of the meat trade"), said after it, never as a second material.
        if ";" in value:
            value = value.split(";")[0].strip()
            items = split_items(value)
        # Several values, one with parts of its own ("Steel rings, verdigris paint finish" and
        # "Reconstituted stone plinth"), are read item by item.
        items = [part for i in items for part in (split_items(i) if len(items) > 1 else [i])]
        described = [i for i in items[1:] if re.match(r"(a|an|the)\s", i.strip().lower())]
        if described:
            kept = [i for i in items if i not in described]
            if len(kept) != 1 or len(described) != 1 or names_part(kept[0]):
                return None
            frame = ("made of", "crafted from", "made from")[turn % 3]
            return f"{it} {voice.be} {frame} {lower_first(kept[0].strip())}, {described[0].strip()}"
        # A fabric's weight ("180 g/m²") is a spec for the list, not a material.
        items = [i for i in items if not is_measure(i)]
        first = items[0].split()[0].lower().strip(":") if items and items[0].split() else ""
        if not items or ":" in value or first in PARTS | {"outer", "inner"}:
            # "Outer: recycled webbing. Lining: air mesh" labels its parts: the list says it.
            return None
        if any(_NO_STUFF.search(i.strip().lower()) for i in items):
            # "Body: Angled 45°, rubber armoured" names a shape and a finish, not a material:
            # "is made of angled 45° and rubber armoured" (heldout24's raters, round 21).
            return None
        frame = ("made of", "crafted from", "made from")[turn % 3]
        describing = [i for i in items if _DESCRIBES_MATERIAL.fullmatch(i.strip().lower())]
        if describing and len(items) - len(describing) == 1:
            # "Powder-coated steel, white" reads "made of white powder-coated steel", not
            # "made of powder-coated steel and white" (heldout20's raters: "broken"); "food-safe
            # LDPE, BPA-free" reads "made of BPA-free, food-safe LDPE".
            stuff = next(i for i in items if i not in describing)
            said = ", ".join(lower_first(d.strip()) for d in describing)
            return f"{it} {voice.be} {frame} {said} {lower_first(stuff.strip())}"
        finishes = [i for i in items[1:] if _FINISH_ITEM.search(i.strip().lower())]
        kept = [i for i in items if i not in finishes and not _SIDE_ITEM.search(i.lower())]
        if finishes and len(kept) > 1:
            # "Steel rings, verdigris paint finish, Reconstituted stone plinth": whose finish it
            # is the frame cannot tell ("crafted from steel rings, verdigris paint finish and
            # reconstituted stone plinth", round 26); the list says it.
            return None
        if len(kept) == 1 < len(items) and kept[0] == items[0] and not names_part(kept[0]):
            # "Solid brass, brushed finish" reads "made of solid brass with a brushed finish",
            # and "Rattan cane, glossy side out" "made of rattan cane": not "made of solid brass
            # and brushed finish" (heldout26, round 24: marked as awkward grammar).
            finishes = [f if _FINISH_WORD.search(f.lower()) else f"{f} finish" for f in finishes]
            tail = f" with {join_values([noun_phrase(f) for f in finishes])}" if finishes else ""
            return f"{it} {voice.be} {frame} {lower_first(kept[0].strip())}{tail}"
        parts = [names_part(i) for i in items]
        if all(parts):
            return f"{it} {has} {join_values([with_article(i) for i in items])}"
        if not any(parts):
            return f"{it} {voice.be} {frame} {_listed(items)}"
        if parts[0] or " with " in items[0]:
            return None
        rest = [with_article(i) for i in items[1:]]
        return f"{it} {voice.be} {frame} {lower_first(items[0])} with {join_values(rest)}"
    if len(items) > 1 or not is_modifier(value, 4):
        return None
    plain = lower_first(value)
    if lowered in _MADE_WITH and plain.lower().endswith(lowered):
        # "Wax: Soy wax" reads "It is made with soy wax", not "It has soy wax".
        return f"{it} {voice.be} made with {plain}"
    if re.fullmatch(r"un[a-z]+ed", plain) and lowered[:3] in plain:
        # "Lining: Unlined" reads "It is unlined", not "It has an unlined lining".
        return f"{it} {voice.be} {plain}"
    if lowered in plain.lower():
        return f"{it} {has} {with_article(plain) if names_part(plain) else plain}"
    if lowered.endswith("s") and not lowered.endswith("ss"):
        return f"{it} {has} {plain} {lowered}"
    final = plain.lower().split()[-1]
    if len(plain.split()) > 1 and _plural_word(final):
        # "Frame: Fibreglass rods" reads "It has a frame of fibreglass rods", not "a fibreglass
        # rods frame" (heldout19's raters: "clumsy").
        return f"{it} {has} {article(lowered)} {lowered} of {plain}"
    return f"{it} {has} {article(plain)} {plain} {lowered}"


_MATERIAL_NAMES = {"material", "materials", "fabric", "body", "metal", "composition"}
# An item beside a material that is its finish ("brushed finish") or which way it faces
# ("glossy side out"), not a second material.
_FINISH_ITEM = re.compile(
    r"\b(finish|coating|glaze|polish|patina)$|^(black|blued|brown) oxide$|^(powder[- ]coated"
    r"|anodi[sz]ed|galvani[sz]ed|lacquered|varnished|oiled|waxed|painted|enamelled"
    r"|chrome[- ]plated)$"
)
_FINISH_WORD = re.compile(r"\b(finish|coating|glaze|polish|patina)$")
_SIDE_ITEM = re.compile(r"\bside (out|in|up|down|outwards?|inwards?)$")
# A word beside a material that describes it rather than naming another one: a colour, a
# "-free" or "-safe" mark.
_DESCRIBES_MATERIAL = re.compile(
    r"(white|black|grey|gray|silver|gold|red|blue|green|yellow|orange|brown|natural|clear)"
    r"|[a-z0-9]+-(free|safe)"
    # One participle beside the material describes it: "Aluminium, powder-coated".
    r"|[a-z-]+[^e]ed"
)
# An item that is no stuff: an angle or a count, or words that end in a participle ("rubber
# armoured"): a material frame on it reads "made of angled 45°".
_NO_STUFF = re.compile(r"\d\s?°|^\d+$|^[a-z-]+ [a-z-]*[^e\s]ed$")


# Named sizes smallest first, each with the names a shop gives it; the first name is its letters.
_SIZE_NAMES = (
    ("xxs",),
    ("xs", "extra small"),
    ("s", "small"),
    ("m", "medium"),
    ("l", "large"),
    ("xl", "extra large"),
    ("xxl",),
    ("xxxl",),
)
_LETTER_SIZES = tuple(names[0] for names in _SIZE_NAMES)
_SIZE_ORDER = {size: rank for rank, names in enumerate(_SIZE_NAMES) for size in names}


def size_range(sizes: list[str]) -> str | None:
    """Four or more sizes with none left out, as a range: "7 to 11", "XS to XL" (a shopper
    reads a range at a glance; "7, 8, 9, 10 and 11" reads as a spec sheet)."""
    if len(sizes) < 4:
        return None
    if all(re.fullmatch(r"\d+", s) for s in sizes):
        numbers = [int(s) for s in sizes]
        if numbers == list(range(numbers[0], numbers[0] + len(numbers))):
            return f"{sizes[0]} to {sizes[-1]}"
        return None
    lowered = [s.strip().lower() for s in sizes]
    if all(s in _LETTER_SIZES for s in lowered):
        start = _LETTER_SIZES.index(lowered[0])
        if list(_LETTER_SIZES[start : start + len(lowered)]) == lowered:
            return f"{sizes[0].strip()} to {sizes[-1].strip()}"
    return None


def in_size_order(sizes: list[str]) -> list[str]:
    """Named sizes smallest first ("Large, Medium, Small" → "Small, Medium, Large"), as a
    shopper reads a size chart; other sizes as the shop listed them."""
    if all(s.strip().lower() in _SIZE_ORDER for s in sizes):
        return sorted(sizes, key=lambda s: _SIZE_ORDER[s.strip().lower()])
    return sizes


def choice_lead(colours: list[str], sizes: list[str], turn: int, voice: Voice) -> str:
    sizes = in_size_order(sizes)
    if len(sizes) > 1 and any(re.match(r"size\s+\S", s, re.IGNORECASE) for s in sizes):
        # "Size 5, Size 6, Harrow" reads "sizes 5, 6, Harrow", not "sizes Size 5, Size 6"
        # (heldout20's raters).
        sizes = [re.sub(r"^size\s+", "", s, flags=re.IGNORECASE) for s in sizes]
        # The word "sizes" is then said once before them: "Choose from 4 (62–64 cm) or 5
        # (65–67 cm)" dropped what the numbers are (heldout23's raters, round 21).
        named_sizes = True
    else:
        named_sizes = False
    parts = []
    if colours:
        shown = join_values([colour_name(c) for c in colours], "or")
        parts.append(shown)
    if any(":" in size for size in sizes):
        sizes = []  # "50 W: up to 60 L" is a table row, for the list
    if sizes:
        if size_range(sizes):
            parts.append(f"sizes {size_range(sizes)}")
        elif len(sizes) > 1 and all(re.fullmatch(r"\d+(\.\d+)?", size) for size in sizes):
            # "7, 8, 9, 10 or 11" alone does not say they are sizes.
            parts.append(f"sizes {join_values(sizes)}")
        elif len(sizes) > 1 and named_sizes:
            parts.append(f"sizes {join_values(sizes, 'or')}")
        elif len(sizes) > 1 and all(size[:1].isdigit() for size in sizes):
            # "200 g or 400 g", "12 colours or 24 colours": the values say what they are.
            parts.append(join_values(sizes, "or"))
        elif len(sizes) > 1:
            parts.append(f"sizes {join_values(sizes)}")
        else:
            parts.append(sizes[0].lower() if "size" in sizes[0].lower() else f"size {sizes[0]}")
    if len(colours) > 1 or len(sizes) > 1:
        frames = (
            "Choose from {}",
            "Pick from {}",
            f"{voice.subject} {voice.verb('comes')} in {{}}",
        )
        return frames[turn % len(frames)].format(
            " in ".join(parts) if len(parts) == 2 and not colours else ", in ".join(parts)
        )
    return f"{voice.subject} {voice.verb('comes')} in {parts[0]}" if parts else ""


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


_DONE_WORD = re.compile(
    r"(grown|made|packed|roasted|blended|bottled|distilled|designed|printed|sewn|woven|knitted|"
    r"crafted|assembled|produced|harvested|milled|baked|brewed|dyed|finished)"
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
        certified = re.search(r"\b(certified|listed|approved|compliant)\b", named, re.IGNORECASE)
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
    return (first.endswith("ed") or first in _PARTICIPLES) and first != "made" and bool(placed)


_SOURCED = re.compile(r"^(?P<what>[A-Za-z][a-z]+(?: [a-z]+)?) from (?P<where>[^,;]+)$")


def _sourced(origin: str, voice: Voice) -> str | None:
    """ "Origin: Beef from UK farms" names what comes from where: "Its beef comes from UK
    farms", not "It comes from Beef from UK farms" (heldout26's raters, round 24)."""
    found = _SOURCED.match(origin.strip().rstrip("."))
    if not found or found["what"].split()[0].lower() in _PARTICIPLES:
        return None
    what = found["what"].lower()
    verb = "come" if what.endswith("s") and not what.endswith("ss") else "comes"
    return f"{voice.possessive} {what} {verb} from {found['where'].strip()}."


def detail_lead(facts: SortedFacts, turn: int, voice: Voice) -> str:
    """Origin, certifications and care, stated plainly in one or two short sentences: these
    are facts a buyer checks, not ones to dress up."""
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
