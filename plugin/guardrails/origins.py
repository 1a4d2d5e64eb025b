"""Origin checks: each origin claim in a draft (``origin_claims``) against the listing, with the
maker's workplace, a step of the making placed elsewhere, an origin given only for a part or a
step, and "made entirely in" of a product the listing makes in several places."""

from __future__ import annotations

import re

from plugin.domain import Finding
from plugin.guardrails.claims import Claim
from plugin.guardrails.document import sentence_start
from plugin.guardrails.findings import BLOCK, finding
from plugin.guardrails.ingredients import ingredient_words
from plugin.guardrails.listing_facts import ListingFacts, normalise
from plugin.guardrails.material_origins import of_the_material
from plugin.guardrails.origin_claims import origin_claims
from plugin.guardrails.origin_support import origin_line, supported
from plugin.guardrails.places import Place, find_places
from plugin.guardrails.step_towns import town_only_for_a_step

# Where the maker works, named before the place's noun: "our Bristol workshop", "from our
# Aarhus bakery". A listing that names its own says where the product is made.
_WORKPLACE = re.compile(
    r"\b[Oo]ur\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?P<place>bakery|workshop|studio|"
    r"atelier|kitchen|farm|mill|factory|roastery|distillery|brewery|forge|pottery|dairy|apiary|"
    r"vineyard|winery|smokehouse|tannery|foundry|workroom)\b"
)


def _workplaces(text: str, facts: ListingFacts) -> list[Finding]:
    """ "from our Copenhagen bakery" when the listing says "from our Odense bakery": the maker's
    place named otherwise."""
    listed = {
        m["place"]: (m["name"], line) for line in facts.lines for m in _WORKPLACE.finditer(line)
    }
    out = []
    for match in _WORKPLACE.finditer(text):
        name, line = listed.get(match["place"], ("", ""))
        if not name or normalise(name) == normalise(match["name"]):
            continue
        if all(w in facts.words for w in normalise(match["name"]).split()):
            continue  # a name the listing uses: "our Harbour Street shop" of the vendor's street
        out.append(
            finding(
                "accuracy.origin",
                BLOCK,
                match.start("name"),
                match.end("name"),
                match["name"],
                f"is not where the listing says its {match['place']} is ({name}).",
                f"Say {name}, as the listing does, or leave the place out.",
                line,
            )
        )
    return out


def check_origins(text: str, facts: ListingFacts) -> list[Finding]:
    out = _workplaces(text, facts)
    for claim in origin_claims(text, facts.product_words | ingredient_words(facts)):
        if _in_a_listed_name(claim, text, facts):
            continue
        elsewhere = _step_elsewhere(claim, text, facts)
        if elsewhere:
            out.append(elsewhere)
            continue
        if (
            supported(claim, facts)
            and not _only_a_step(claim, facts)
            and not town_only_for_a_step(claim, facts)
        ):
            whole = _made_wholly_there(claim, facts)
            if whole:
                out.append(whole)
                continue
            if _a_region(claim):
                continue  # the listing names the region: which part it is from is its own line
            part = _part_origin(claim, text, facts)
            if part:
                out.append(part)
            continue
        line = origin_line(facts)
        out.append(
            finding(
                "accuracy.origin",
                BLOCK,
                claim.start,
                claim.end,
                claim.text,
                "is an origin claim the listing does not support"
                + (f" (it says: {line})." if line else " (it gives no origin)."),
                "State the origin exactly as the listing does, or leave it out.",
                line,
            )
        )
    return out


# A claim that the whole product was made in the one place: "made entirely in", "fabriqué
# entièrement en", "100% made in".
_WHOLLY = re.compile(
    r"\b(?:entirely|wholly|completely|fully|exclusively|solely|all|100\s?%|"
    r"entièrement|totalement|exclusivement|enteramente|totalmente|completamente|"
    r"interamente|integralmente|exclusivamente|komplett|vollständig|ganz|volledig|helemaal|"
    r"helt)(?!\w)",
    re.IGNORECASE,
)


def _made_wholly_there(claim: Claim, facts: ListingFacts) -> Finding | None:
    """ "Made entirely in Vermont" when the listing gives another country for a part or a step
    ("the pieces are carved in India; the board is made in Vermont"): blocks, naming it."""
    if not _WHOLLY.search(claim.text):
        return None
    countries = _countries_of(claim, facts)
    others = [code for code in facts.countries if countries and code not in countries]
    if not others:
        return None
    line = facts.countries[others[0]]
    return finding(
        "accuracy.origin", BLOCK, claim.start, claim.end, claim.text,
        f"says all of it is made there, but the listing gives another origin too ({line}).",
        "Say where each part is made, as the listing does.", line,
    )  # fmt: skip


def _step_elsewhere(claim: Claim, text: str, facts: ListingFacts) -> Finding | None:
    """ "roasted in Colombia" when the listing says "Roasted in: Portland, Oregon": a step of
    the making the listing places in another country. ("Danish-designed and made in Poland"
    places the design before the verb.)"""
    countries = _countries_of(claim, facts)
    if not countries:
        return None
    said = claim.text[: max(claim.text.rfind(claim.about), 0)].lower()
    verbs = re.findall(r"[a-z]+ed\b", said)
    if text[max(0, claim.start - 1) : claim.start] == "-":
        verbs = verbs[1:]
    for verb in verbs:
        where = facts.step_places.get(verb)
        if where and not where & countries:
            line = facts.line_with(verb) or next(iter(facts.countries.values()), "")
            return finding(
                "accuracy.origin", BLOCK, claim.start, claim.end, claim.text,
                f"is not where the listing says it is {verb} ({line}).",
                f"Say where it is {verb} as the listing does, or leave it out.", line,
            )  # fmt: skip
    return None


def _countries_of(claim: Claim, facts: ListingFacts) -> frozenset[str]:
    """The countries of the place a claim names; for a town, those its listing line names
    beside it ("printed in Montréal" of "Designed in: Montréal, Canada" is in Canada)."""
    if isinstance(claim.value, Place):
        return claim.value.countries
    line = facts.line_with(claim.about)
    mentions = find_places(line, capitalised=False) if line else []
    return frozenset(c for m in mentions if m.place.level == "country" for c in m.place.countries)


def _a_region(claim: Claim) -> bool:
    """A region named after "from" ("beans from Huila"), with no verb of making."""
    place = claim.value
    return isinstance(place, Place) and place.level == "subdivision" and claim.text == claim.about


def _only_a_step(claim: Claim, facts: ListingFacts) -> bool:
    """ "Danish-made" when the listing says "Designed in Denmark": the country is given
    only for a step of the making, and the claim does not name that step."""
    codes = (
        claim.value.countries if isinstance(claim.value, Place) else _town_countries(claim, facts)
    )
    if not codes or not all(code in facts.origin_steps for code in codes):
        return False
    said = claim.text.lower()
    return not any(verb[:-2] in said for code in codes for verb in facts.origin_steps[code])


def _town_countries(claim: Claim, facts: ListingFacts) -> frozenset[str]:
    """The countries of the places on the listing's line that names a town no place table
    knows ("Designed in Leedsford, Kent" puts Leedsford in the United Kingdom)."""
    line = facts.line_with(claim.about) if claim.about else ""
    mentions = find_places(line, capitalised=False, subdivisions=True) if line else []
    return frozenset(c for m in mentions if m.place.level != "region" for c in m.place.countries)


_NEXT_NAME_WORD = re.compile(r"[ -]([A-Z][\w'’-]*)")


def _in_a_listed_name(claim: Claim, text: str, facts: ListingFacts) -> bool:
    """ "glazed in Kent Slate" when the listing's finish is "Kent Slate": the place
    is the first word of one of the listing's own names, not where the product comes from."""
    word = _NEXT_NAME_WORD.match(text, claim.end)
    if not word:
        return False
    name = normalise(f"{claim.about} {word.group(1)}")
    return bool(name.strip()) and f" {name} " in f" {facts.normal} "


def _part_origin(claim: Claim, text: str, facts: ListingFacts) -> Finding | None:
    """An origin the listing gives only for a part ("Coffee origin: Colombia" in a gift set
    whose ceramics are from Portugal), claimed for the whole product: its sentence names no
    such part."""
    place: Place | None = claim.value
    if place is None or place.level == "region":
        return None
    if claim.text != claim.about and facts.supports(claim.text):
        return None  # "New Zealand wool", "printed in Latvia": what the listing says of the part
    countries = place.countries
    said = claim.text[: max(claim.text.rfind(claim.about), 0)].lower()
    verbs = re.findall(r"[a-z]+ed\b", said)
    if any(countries & facts.step_places.get(verb, set()) for verb in verbs):
        return None  # "blended in Nelson" of "Blended and packed in Nelson": that step is there
    if countries & facts.whole_origins or not all(c in facts.origin_parts for c in countries):
        return None
    parts = set().union(*(facts.origin_parts[c] for c in countries))
    if of_the_material(claim, parts):
        return None  # "Danish linen" of "Materiale: dansk hør": the material's origin, as listed
    sentence = text[sentence_start(text, claim.start) : claim.end].lower()
    if any(re.search(rf"\b{re.escape(part)}", sentence) for part in parts):
        return None
    line = facts.countries[next(iter(countries))]
    return finding(
        "accuracy.origin",
        BLOCK,
        claim.start,
        claim.end,
        claim.text,
        f"is the origin the listing gives for the {', '.join(sorted(parts))} only ({line}).",
        f"Say it of the {', '.join(sorted(parts))}, as the listing does.",
        line,
    )
