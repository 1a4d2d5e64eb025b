"""Origin claims: where the draft says the product (or its material) comes from, with the verb.

Read as origins: any production verb before "in"/"from" a place ("cast in", "upholstered in",
"designed and assembled in", "made by hand in"); a place before "-made" or "-crafted"; a country
or demonym before a material, a craft noun or the product's own noun ("Italian leather",
"German engineering", "Colombian coffee"); "from <country>"; "<country> origin". Places are
countries, codes, demonyms, regions and subdivisions (``places``), so "UK" is the listing's
"United Kingdom" and "US-made" its "USA".
"""

from __future__ import annotations

import re

from plugin.guardrails.claims import Claim
from plugin.guardrails.origin_answers import answered_origins
from plugin.guardrails.origin_places import (
    COUNTRY_AFTER,
    TIME_THEN,
    is_not_a_place,
    leading,
    most_specific,
)
from plugin.guardrails.origin_verbs import MAKING, NAME_MADE, NOT_ORIGIN_VERBS, VERB
from plugin.guardrails.origins_abroad import origins_abroad
from plugin.guardrails.places import Place, find_places, place_named
from plugin.guardrails.product_nouns import is_product_noun
from plugin.guardrails.towns import towns_named
from plugin.guardrails.vocabulary import MATERIALS

_PLACE_MADE = re.compile(  # on the place's own line ("Designed in: Australia", then "Made in")
    r"^[ \t\u00a0-]+(?P<verb>made|crafted|built|designed|grown|sourced|roasted|engineered|"
    r"assembled|produced|manufactured|sewn|woven|knit|printed|milled|forged|cast|based)\b",
    re.IGNORECASE,
)
_CRAFT_NOUNS = re.compile(
    r"^[\s-]+(?:craftsmanship|engineering|artisans?|craftsmen|craftspeople|makers?|workshops?|"
    r"mills?|tanneries|tannery|factory|factories|foundry|pottery|potters?|weavers?|origin|"
    r"handwork|handiwork|handicraft|workmanship|weaving|woodwork|leatherwork|needlework|"
    r"know-how|tradition|heritage|design|artistry|manufacture|production)\b",
    re.IGNORECASE,
)
_NOT_ORIGIN_AFTER = re.compile(
    r"^[\s-]*(?:style|styled|inspired|influenced|themed|cut|fit)\b", re.I
)
# Words before "-made" that name how it is made, not where.
_NOT_PLACES_MADE = frozenset(
    "hand home custom factory ready tailor machine self well mass man purpose team locally "
    "specially bespoke small farm house".split()
)
# A country named for a system of measures or a standard, not a place of making: "US and
# metric units", "UK sizes", "EU plug".
_SYSTEM_AFTER = re.compile(
    r"[\s-]*(?:(?:and|or|&|/)\s*[\w-]+\s+)?(?:[a-z]+\s+)?(?:units?|sizes?|sizing|measures?|measurements?|"
    r"marks?|markings?|plugs?|sockets?|standards?|specs?|spelling|layout|keyboard|gallons?|"
    r"pints?|quarts?|cups?|tablespoons?|teaspoons?)\b",
    re.IGNORECASE,
)
_FROM = re.compile(r"\b(?:from|of)\s+(?:the\s+)?$", re.IGNORECASE)
# "from Oregon", and "From Oregon." opening a sentence (round 29)
_FROM_REGION = re.compile(r"(?<![Ss]hips )(?<![Ss]hipped )(?<![Ss]ent )\b[Ff]rom\s+$")
# A named estate, farm or garden a product is said to come from: "from the Kiambu Hill Estate",
# "from Glenbrook Farm". The name must be the listing's.
_NAMED_SITE = re.compile(
    r"\bfrom\s+(?:the\s+)?(?P<name>(?:[A-Z][\w'’-]+\s+){1,3}(?:Tea\s+|Coffee\s+)?"
    r"(?:Gardens?|Estates?|Farms?|Plantations?|Vineyards?|Orchards?|Ranch|Apiary|Dairy|Creamery))\b"
)
# "from the hills of Tuscany", "from the Cherokee Nation of Oklahoma": a part of a region.
# "From Kalamata, …" opening a sentence: the town a product is from, when GeoNames knows it
# and "from Kalamata." ending a clause inside one, not after a verb of sending (round 45)
_FROM_TOWN = re.compile(
    r"(?:(?:^|(?<=[.!?]\s)|(?<=>)|(?<=\"))From|(?<=\s)(?<![Ss]hips\s)(?<![Ss]hipped\s)"
    r"(?<![Ss]ent\s)(?<![Dd]ispatched\s)(?<![Dd]elivered\s)(?<![Pp]osted\s)from)"
    r"\s+(?P<name>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?)"
    r"(?=[,.;:!?<\"]|\s*$)"
)
_FROM_THE_PART_OF = re.compile(
    r"(?<![Ss]hips )(?<![Ss]hipped )\bfrom\s+the\s+(?:[A-Za-z'’-]+\s+){1,3}of\s+(?:the\s+)?$"
)
_ORIGIN_AFTER = re.compile(r"^\s+origins?\b", re.IGNORECASE)
_POSSESSIVE = re.compile(r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['’]s\s+[A-Z]")
_UNKNOWN_PLACE = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}")
_FIXED_PHRASES = re.compile(
    r"french (?:press|doors?|toast|fries|seams?|terry|cuffs?|knots?|braids?|roast)|swiss army|"
    r"english (?:muffins?|breakfast|mustard)|greek (?:yogh?urt|key)|italian seasoning|"
    r"turkish delight|danish pastry|irish coffee|dutch oven|belgian waffles?|"
    r"scandinavian design|japanese-style|mexican-style|swedish massage|chinese new year",
    re.IGNORECASE,
)
# A noun right after the place: the place says where that is from ("from Chiapas cacao").
_OF_A_NOUN = re.compile(
    r"[\s-]+(?!(?:and|or|in|by|to|for|with|since|at|on|under|using|the|a|an|but)\b)[a-z]{3,}\b"
)


def origin_claims(text: str, product_words: frozenset[str] = frozenset()) -> list[Claim]:
    """Every origin claim in ``text``; ``product_words`` are the listing's own nouns ("coffee"),
    which a demonym before them makes an origin ("Colombian coffee")."""
    claims: list[Claim] = []
    taken: list[tuple[int, int]] = []
    for match in VERB.finditer(text):
        verbs = [match.group("verb").lower()] + re.findall(r"[a-z]+", match.group("more").lower())
        verbs = [v for v in verbs if v not in ("and",)]
        if any(v in NOT_ORIGIN_VERBS for v in verbs[:1]):
            continue
        base = match.end()
        time = TIME_THEN.match(text, base)
        if time:  # "harvested in August in Messinia": the place after the time
            base = time.end()
        window = text[base : base + 60]
        places = leading(find_places(window, subdivisions=True), window)
        if places and _SYSTEM_AFTER.match(window, places[0].end):
            continue  # "stamped in US and metric units", "printed in UK sizes"
        if (
            places
            and _OF_A_NOUN.match(window, places[-1].end)
            and re.search(r"\bfrom\s+(?:the\s+)?$", match.group(), re.IGNORECASE)
        ):
            continue  # "made from Chiapas cacao": what it is made of, and that noun's origin
        if places:
            end = base + places[-1].end
            value: Place | None = most_specific([p.place for p in places])
            named = text[base:end]
        elif re.fullmatch(MAKING, verbs[0], re.IGNORECASE):
            unknown = _UNKNOWN_PLACE.match(text, base)
            if not unknown or is_not_a_place(unknown.group()):
                continue
            end, value = unknown.end(), None
            owner = _POSSESSIVE.match(unknown.group())
            if owner and (known := place_named(owner.group(1))):
                # "in Nepal's Kathmandu Valley": a part of the country, so the country
                claims.append(Claim("origin", match.start(), end, text[match.start() : end],
                                    known, owner.group(1)))  # fmt: skip
                taken.append((match.start(), end))
                continue
            country = COUNTRY_AFTER.match(text, end)  # "in Kelso, UK": the town's country
            if country and place_named(country.group(1)):
                end = country.end()
            named = text[base:end]
        else:
            continue
        claims.append(Claim("origin", match.start(), end, text[match.start() : end], value, named))
        taken.append((match.start(), end))
    for claim in origins_abroad(text):
        if not any(s < claim.end and claim.start < e for s, e in taken):
            claims.append(claim)
            taken.append((claim.start, claim.end))
    for match in NAME_MADE.finditer(text):  # "Leedsford-made": a town no library knows
        if match.group("name").lower() in _NOT_PLACES_MADE or place_named(match.group("name")):
            continue  # "Hand-made"; a known place is read below ("Swiss-made")
        if is_product_noun(match.group("name").lower()):
            continue  # "Thread-sewn", "Wheel-thrown": the thing it is made with, not a town
        if not any(s < match.end() and match.start() < e for s, e in taken):
            claims.append(Claim("origin", match.start(), match.end(), match.group(), None,
                                match.group("name")))  # fmt: skip
            taken.append((match.start(), match.end()))
    for match in _NAMED_SITE.finditer(text):  # "from the Kiambu Hill Estate": a named place
        if not any(s < match.end() and match.start() < e for s, e in taken):
            claims.append(Claim("origin", match.start(), match.end(), match.group(), None,
                                match.group("name")))  # fmt: skip
            taken.append((match.start(), match.end()))
    for match in _FROM_TOWN.finditer(text):  # "From Kalamata." opening a sentence (round 36)
        name = match.group("name")
        if towns_named(name) and not place_named(name):
            if not any(s < match.end() and match.start() < e for s, e in taken):
                claims.append(Claim("origin", match.start(), match.end(), match.group(), None,
                                    name))  # fmt: skip
                taken.append((match.start(), match.end()))
    for claim in answered_origins(text):
        if not any(s < claim.end and claim.start < e for s, e in taken):
            claims.append(claim)
            taken.append((claim.start, claim.end))
    for mention in find_places(text, subdivisions=True):
        if any(s <= mention.start < e for s, e in taken):
            continue
        bare_region = mention.text.lower() == mention.place.name.lower()
        if (
            mention.place.level == "subdivision"
            and bare_region
            and not _FROM_REGION.search(text[max(0, mention.start - 12) : mention.start])
            and not _FROM_THE_PART_OF.search(text[max(0, mention.start - 48) : mention.start])
            and not _PLACE_MADE.match(text[mention.end : mention.end + 20])
        ):
            continue  # a region's name is an origin only after "from" or before "-made": "a
            # syrup from Vermont", "Sheffield-made";
            # its demonym before the material or product is one ("Alaskan salmon")
        after = text[mention.end : mention.end + 40]
        if _NAME_BEFORE.search(text, max(0, mention.start - 30), mention.start):
            continue  # "a Halvard-Danish clamp": a standard's or maker's name ends in a demonym
        if (
            _FIXED_PHRASES.match(text, mention.start)
            or _NOT_ORIGIN_AFTER.match(after)
            or _SYSTEM_AFTER.match(after)
        ):
            continue
        stop = _origin_end(text, mention.end, after, product_words)
        if stop is None and _FROM.search(text[max(0, mention.start - 12) : mention.start]):
            stop = mention.end
        origin_word = _ORIGIN_AFTER.match(after)
        if stop is None and origin_word:
            stop = mention.end + origin_word.end()
        if stop is None:
            continue
        start = mention.start
        claims.append(Claim("origin", start, stop, text[start:stop], mention.place, mention.text))
    return sorted(claims, key=lambda c: c.start)


# A capitalised word joined to the place by a hyphen: the place ends a name (round 39); not a
# combining form in -o ("Franco-", "Anglo-"), which names places too.
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]*[a-np-z]-$")


def _origin_end(text: str, end: int, after: str, product_words: frozenset[str]) -> int | None:
    made = _PLACE_MADE.match(after)
    if made:
        return end + made.end()
    craft = _CRAFT_NOUNS.match(after)
    if craft:
        return end + craft.end()
    material = MATERIALS.pattern.match(after.lstrip(" -"))
    if material:
        return end + len(after) - len(after.lstrip(" -")) + material.end()
    noun = re.match(r"[\s-]+([a-z]+)", after)
    if noun and noun.group(1) in product_words:
        return end + noun.end()
    return None
