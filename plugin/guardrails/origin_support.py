"""Whether the listing supports the place an origin claim names: in so many words, by its
country, under another of its names, in another alphabet or in a case of its own language."""

from __future__ import annotations

import re

from plugin.guardrails.claims import Claim
from plugin.guardrails.facts_record import memo
from plugin.guardrails.listing_facts import ListingFacts, normalise
from plugin.guardrails.material_colour_facts import NAME_LINES
from plugin.guardrails.origin_claims import origin_claims
from plugin.guardrails.origins_abroad import origins_abroad
from plugin.guardrails.places import Place, covers, names_of, place_named, subdivision_names
from plugin.guardrails.quantities import UNSPACED
from plugin.guardrails.romanise import latin_letters, romanised
from plugin.guardrails.towns import (
    countries_of_towns,
    named_in_its_script,
    other_names,
    towns_in_case,
    towns_named,
)


def supported(claim: Claim, facts: ListingFacts) -> bool:
    """The listing names the place in so many words, or gives its country; a place named with
    its country ("Leicester, UK") needs each of the two. A town the listing names only in
    another sense ("Soie de Lyon") is no origin when it says the product is made in
    another town."""
    if facts.supports(claim.about):
        return not _made_in_another_town(claim, facts) and not _in_the_vendor_only(claim, facts)
    names = [n for n in re.split(r"\s*,\s*", claim.about) if n]
    if len(names) > 1:
        held = [n for n in names if _place_supported(place_named(n), n, facts)]
        towns = frozenset().union(*(towns_named(n) for n in held if _in_another_alphabet(n, facts)))
        # "Busan, South Korea" of a listing that names the town in its own script only
        return all(n in held or _holds(place_named(n), towns) for n in names)
    return _place_supported(claim.value, claim.about, facts)


def _holds(place: Place | None, towns: frozenset[int]) -> bool:
    """The place is the country (or a region holding the country) of one of ``towns``."""
    return (
        place is not None
        and place.level != "subdivision"
        and covers(set(countries_of_towns(towns)), place)
    )


def _in_the_vendor_only(claim: Claim, facts: ListingFacts) -> bool:
    """A place said with a verb of making ("poured in Fenland") that the listing names only in
    its vendor's name ("Fenland Soap Co."): the maker's name says nothing of where the product
    is made ("from Fenland Soap Co." names the maker)."""
    if not _VERB_FIRST.match(claim.text):
        return False
    said = f" {normalise(claim.about)} "
    lines = [line for line in facts.lines if said in f" {normalise(line)} "]
    return bool(lines) and all(line.startswith(NAME_LINES) for line in lines)


def _made_in_another_town(claim: Claim, facts: ListingFacts) -> bool:
    """A town no place table knows, said with a verb of making, where the listing's own origin
    claims name towns and this is none of them ("made in Lyon" of a silk scarf "de Lyon" that
    the listing says is woven in Annecy)."""
    if claim.value is not None or not _VERB_FIRST.match(claim.text):
        return False
    said = normalise(claim.about)
    towns = memo(facts, "origins.listed_towns", _listed_towns)
    lines = {*towns.values(), *(ln for ln in facts.countries.values() if _a_labelled_line(ln))}
    return (
        bool(towns)
        and not any(said in town or town in said for town in towns)
        and not any(f" {said} " in f" {normalise(line)} " for line in lines)
        and not _one_of_them_in_case(claim.about, towns)
    )


def _one_of_them_in_case(name: str, towns: dict[str, str]) -> bool:
    """The town is one the listing names in a case of its language ("made in Ostrowiec
    Świętokrzyski" of "wykonany w Ostrowcu Świętokrzyskim", round 39)."""
    ids = towns_named(name)
    return bool(ids) and any(ids & towns_in_case(town.split()[0]) for town in towns if town)


def origin_line(facts: ListingFacts) -> str:
    """The listing's line that says where it is made: a town's, else a country's."""
    towns = memo(facts, "origins.listed_towns", _listed_towns)
    return next(iter(towns.values()), "") or next(iter(facts.countries.values()), "")


_NAMED_TOWN = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?")
_VERB_FIRST = re.compile(r"[^\W\d_]+(?:\s+(?:and|&)\s+[^\W\d_]+)?\s+[^\W\d_]*\s*(?:à|a|en|in|em)\s")


def _a_labelled_line(line: str) -> bool:
    """An attribute's line ("Origin: …"), not the description's or an FAQ's prose."""
    return ":" in line and not line.startswith(("Description:", "FAQ:", "SEO:", "Title:"))


def _listed_towns(facts: ListingFacts) -> dict[str, str]:
    """The towns the listing says it is made in ("Fabriqué à Lyon"), each with its sentence:
    its origin claims' places that no place table knows."""
    towns: dict[str, str] = {}
    for line in facts.lines:
        for claim in origin_claims(line):
            if claim.value is None and claim.about:
                start = max(line.rfind(". ", 0, claim.start) + 1, 0)
                end = line.find(". ", claim.end)
                sentence = line[start : end if end >= 0 else len(line)].strip()
                towns.setdefault(normalise(claim.about), sentence)
    return towns


def _place_supported(place: Place | None, name: str, facts: ListingFacts) -> bool:
    if facts.supports(name) or _in_another_alphabet(name, facts):
        return True
    named_towns, town_countries = memo(facts, "origins.towns_in_case", _towns_in_case)
    if named_towns and towns_named(name) & named_towns:
        return True  # "baked in Kuopio" of "Leivottu Kuopiossa"
    if named_towns and name.split() and towns_in_case(name.split()[0]) & named_towns:
        return True  # a draft in the listing's language, the town in another case (round 53)
    if place is not None and place.level != "subdivision" and covers(set(town_countries), place):
        return True  # "Finnish rye" of a listing baked in a Finnish town
    if place is not None and place.level in ("nation", "subdivision"):
        if facts.supports(place.name):  # "Welsh" of "in Wales", "Tasmanian" of "Tasmania"
            return True
        if place.level == "subdivision" and any(
            facts.supports(other) for other in subdivision_names(place)
        ):  # "Bavarian" of "in Bavaria", which pycountry names "Bayern"
            return True
    if place is not None and place.level == "nation":
        return any(facts.supports(other) for other in names_of(place))
    if place is None and facts.countries and _NAMED_TOWN.fullmatch(name):
        # "made in Florence" of "Made in: Firenze, Italy": the town under another of its names
        if any(facts.supports(other) for other in other_names(name)):
            return True
        # "made in Thuringia" of "Hergestellt in Thüringen": the listing's own name but for its
        # ending, read in Latin letters (an English form of a region no catalogue translates)
        return _inflected(latin_letters(name), facts, romanise=True)
    if place is not None and place.level == "subdivision" and _inflected(name, facts):
        return place.countries <= set(facts.countries)
    if place is None or place.level == "subdivision":
        return False
    return covers(set(facts.countries), place)


def _towns_in_case(facts: ListingFacts) -> tuple[frozenset[int], frozenset[str]]:
    """The towns the listing says it was made in, in a case of its own language ("Leivottu
    Kuopiossa", "Vyrobeno v Jablonci nad Nisou"), and their countries."""
    ids: frozenset[int] = frozenset()
    for line in facts.lines:
        for claim in origins_abroad(line):
            if claim.value is None and claim.about:
                town = claim.about.partition(",")[0]
                found = towns_named(claim.about) or towns_named(town)
                found = found or towns_in_case(town.split()[0])
                # "hecho en Villa Nueva del Campo, España": the towns in the countries the
                # listing gives, not every town that shares the name's first word (round 44)
                inside = frozenset(
                    i for i in found if countries_of_towns(frozenset({i})) & set(facts.countries)
                )
                ids |= inside or found
    return ids, countries_of_towns(ids)


def _inflected(name: str, facts: ListingFacts, romanise: bool = False) -> bool:
    """The listing names the place in a case of its own language: each word of the name is a
    word of the listing but for an ending of up to three letters, the stem kept to all but the
    name's last two letters ("v Jablonci nad Nisou" of Jablonec nad Nisou, "w Krakowie" of
    Kraków); only of a place in the country the listing gives (checked by the caller)."""
    words = normalise(name).split()
    if romanise:
        listed = memo(facts, "romanised", _romanised_words).split()
    else:
        listed = normalise(" ".join(facts.lines)).split()
    if not words or len(words[0]) < 5:
        return False
    for start in range(len(listed) - len(words) + 1):
        if all(_same_stem(w, listed[start + i]) for i, w in enumerate(words)):
            return True
    return False


def _same_stem(word: str, other: str) -> bool:
    if word == other:
        return True
    stem = max(len(word) - 2, 4)
    return len(word) >= 4 and other[:stem] == word[:stem] and len(other) - stem <= 3


_LATIN_WORD = re.compile(r"[a-z]+")
_NON_LATIN = re.compile(r"[^\W\d_a-z\u00c0-\u024f]")
_UNSPACED = re.compile(f"[{UNSPACED}]")


def _romanised_words(facts: ListingFacts) -> str:
    return " ".join(["", *_LATIN_WORD.findall(romanised(facts.normal)), ""])


def _in_another_alphabet(name: str, facts: ListingFacts) -> bool:
    """ "Messinia" of a listing that writes "Μεσσηνία": the name in Latin letters is the
    listing's, romanised (``romanise``); or a town's name in the listing's script, as GeoNames
    gives it ("Chiang Mai" of "เชียงใหม่")."""
    latin = memo(facts, "romanised", _romanised_words)
    said = " ".join(_LATIN_WORD.findall(latin_letters(name)))
    if bool(said) and f" {said} " in latin:
        return True
    return _NON_LATIN.search(facts.normal) is not None and named_in_its_script(
        name, "\n".join(facts.lines), _UNSPACED
    )
