"""Places: country names, codes and demonyms from pycountry and babel's CLDR data, so that "UK",
"United Kingdom", "British" and "GB" are one country, "Portuguese-made" is Portugal and
"Österreich" (its name in its own language) is Austria.

Only the few names those libraries do not carry are written here: common aliases ("America",
"Holland", "the States"), demonyms that no rule derives ("British", "Swiss", "Kiwi") and a few
regions ("Europe", "Scandinavia"). Subdivisions (states, provinces, prefectures) come from
pycountry and count only where a draft says something was made there.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import pycountry
from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.languages import get_official_languages

from plugin.guardrails.product_nouns import senses
from plugin.guardrails.unaccented import unaccented_subdivisions


@dataclass(frozen=True)
class Place:
    name: str  # as the libraries spell it ("United Kingdom", "Vermont")
    countries: frozenset[str]  # ISO 3166 alpha-2 codes it lies in (several for a region)
    level: str  # "country", "region", "nation" (of the UK), "subdivision"


_ALIASES = {
    "US": "united states,usa,u.s.a.,u.s.,us,america,the states,stateside",
    "GB": "united kingdom,uk,u.k.,britain,great britain",
    "NL": "holland",
    "CZ": "czech republic",
    "KR": "korea,south korea",
    "TR": "turkey,türkiye",
    "VN": "vietnam",
    "RU": "russia",
    "TW": "taiwan",
    "CI": "ivory coast",
    "AE": "uae,u.a.e.",
}
_DEMONYMS = {
    "US": "american", "GB": "british", "CH": "swiss", "IR": "persian",
    "NL": "dutch", "IE": "irish", "NZ": "kiwi,new zealand", "PH": "filipino", "IL": "israeli",
    "PK": "pakistani", "BD": "bangladeshi", "AR": "argentine,argentinian", "NO": "norwegian",
    "CA": "canadian", "DK": "danish", "SE": "swedish", "FI": "finnish", "PL": "polish",
    "IS": "icelandic",
    "FR": "french", "ES": "spanish", "PT": "portuguese", "CN": "chinese", "JP": "japanese",
    "TH": "thai", "VN": "vietnamese", "LK": "sri lankan", "GR": "greek", "TR": "turkish",
    "AE": "emirati", "SA": "saudi", "IQ": "iraqi", "KW": "kuwaiti", "QA": "qatari",
    "YE": "yemeni", "OM": "omani", "NP": "nepali,nepalese", "AF": "afghan", "CZ": "czech",
    "SK": "slovak", "HU": "hungarian", "BE": "belgian", "DE": "german", "LU": "luxembourgish",
}  # fmt: skip
# The United Kingdom's nations: a country's part, like a subdivision ("Welsh honey" is not the
# listing's "English honey"), yet said as freely as a country ("Scottish wool").
_NATIONS = {
    "England": "england,english", "Scotland": "scotland,scottish,scots",
    "Wales": "wales,welsh", "Northern Ireland": "northern ireland,northern irish",
}  # fmt: skip
# Wales in Welsh, with the mutations a preposition gives it ("yng Nghymru", "o Gymru") and the
# adjective (round 46); words of no other language.
_NATIONS["Wales"] += ",cymru,gymru,nghymru,chymru,cymreig,gymreig"
_EUROPE = (
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE GB CH NO "
    "IS LI AL BA ME MK RS UA MD BY AD MC SM VA"
)
_EU = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE"
_REGIONS = {
    "europe,european,eu,e.u.,the eu": _EUROPE,
    "european union": _EU,
    "scandinavia,scandinavian,nordic,the nordics": "DK SE NO FI IS",
    "north america,north american": "US CA MX",
    "south america,south american,latin america,latin american":
        "AR BO BR CL CO EC GY PE PY SR UY VE",
    "asia,asian": "CN JP KR TW VN TH IN ID MY PH SG LK BD PK NP KH LA MM",
    "africa,african": "ZA KE NG ET GH MA EG TZ UG RW SN CI TN DZ",
    "the mediterranean,mediterranean": "ES FR IT GR TR CY MT HR MA TN EG IL LB",
    "the balkans,balkan": "AL BA BG HR ME MK RS SI XK",
}  # fmt: skip
# Words that are a place only with a capital letter, and even then not on their own in prose.
AMBIGUOUS = frozenset(
    "us turkey china chile jordan georgia chad jersey guernsey man niger panama polish english "
    "kiwi nice cuba japan india mali peru iran oman".split()
)
# A word with an apostrophe is one word ("Côte d'Ivoire"), but for a Turkish case ending after a
# name ("Ankara'da", "Bursa'dan": in, from): the name is a word of its own.
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W\d_]+(?:['’](?![dt][ae]n?\b)[^\W\d_]+)?")


@cache
def _index() -> dict[str, Place]:
    places: dict[str, Place] = {}

    def add(key: str, place: Place) -> None:
        key = key.lower().strip()
        # a hyphen parts the words a text is read in: "États-Unis" is found as "états unis"
        for spelling in (key, key.replace("-", " ")):
            if spelling and spelling not in places:
                places[spelling] = place

    english = Locale("en")
    countries = {}
    for country in pycountry.countries:
        code = country.alpha_2
        name = english.territories.get(code, country.name)
        place = Place(name, frozenset({code}), "country")
        countries[code] = place
        for spelling in (name, country.name, getattr(country, "common_name", ""),
                         getattr(country, "official_name", "")):  # fmt: skip
            if spelling and "," not in spelling:
                add(spelling, place)
        add(country.alpha_3, place)
    for name, words in _NATIONS.items():
        nation = Place(name, frozenset({"GB"}), "nation")
        for word in words.split(","):
            add(word, nation)
    for code, words in _ALIASES.items():
        for word in words.split(","):
            add(word, countries[code])
    for code, words in _DEMONYMS.items():
        for word in words.split(","):
            add(word, countries[code])
    for code, place in countries.items():
        for demonym in _derived_demonyms(place.name):
            add(demonym, place)
        for language in get_official_languages(code):
            add(_demonym_of_language(english, language, code), place)
            add(_endonym(language, code), place)
    for key, place in _names_abroad(countries).items():
        add(key, place)
    for key, place in _located_abroad(countries).items():
        add(key, place)
    for key, place in _adjectives_abroad(english, countries, places).items():
        add(key, place)
    for words, codes in _REGIONS.items():
        place = Place(words.split(",")[0], frozenset(codes.split()), "region")
        for word in words.split(","):
            add(word, place)
    return places


@cache
def _subdivisions() -> dict[str, Place]:
    out: dict[str, Place] = {}
    english = _english_subdivision_names()
    for sub in pycountry.subdivisions:
        place = Place(sub.name, frozenset({sub.country_code}), "subdivision")
        names = (sub.name, english(sub.name))  # "Bayern" and "Bavaria"
        for key in (n.lower() for name in names for n in (name, *_derived_demonyms(name))):
            for spelling in (key, key.replace("-", " ")):  # "Noord-Holland"
                if spelling in _index():  # "Alaskan", "Bavarian"
                    continue
                known = out.get(spelling)
                if known is None:
                    out[spelling] = place
                elif known.name == place.name and not place.countries <= known.countries:
                    # one name, regions of two countries ("Córdoba" of Spain and of
                    # Argentina, round 29): either country may be the one meant
                    out[spelling] = Place(
                        known.name, known.countries | place.countries, "subdivision"
                    )
    for bare, (name, code) in unaccented_subdivisions().items():  # "Da Nang" (round 33)
        out.setdefault(bare, Place(name, frozenset({code}), "subdivision"))
    for sub in pycountry.subdivisions:  # "Catalunya [Cataluña]", "Dalarnas län [SE-20]"
        place = Place(sub.name, frozenset({sub.country_code}), "subdivision")
        for name in _plain_names(sub.name):
            if name.lower() not in _index():
                out.setdefault(name.lower(), place)
    return out


_BRACKETED = re.compile(r"^(?P<name>.+?)\s*\[(?P<other>[^\]]+)\]$")
_ISO_CODE = re.compile(r"^[A-Z]{2}-\w+$")
_SWEDISH_COUNTY = re.compile(r"^(?P<name>.+?)s? län$")


def _plain_names(name: str) -> tuple[str, ...]:
    """The names a shopper writes for an ISO 3166-2 entry that pycountry writes with a second
    name or its code in brackets ("Catalunya [Cataluña]"), or as a Swedish county ("Dalarnas
    län [SE-20]" is Dalarna; a county's name takes a genitive s before "län")."""
    bracketed = _BRACKETED.match(name)
    if not bracketed:
        return ()
    names = [bracketed.group("name")]
    if not _ISO_CODE.match(bracketed.group("other")):
        names.append(bracketed.group("other"))
    county = _SWEDISH_COUNTY.match(names[0])
    if county:
        names.append(county.group("name"))
    return tuple(names)


def _english_subdivision_names() -> Callable[[str], str]:
    """pycountry's English catalogue of ISO 3166-2 names: the name an English text uses for a
    region its own language names otherwise ("Bayern" is "Bavaria")."""
    try:
        catalogue = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"])
    except OSError:
        return lambda name: name
    return catalogue.gettext


def subdivision_names(place: Place) -> tuple[str, ...]:
    """Every name the subdivision index gives ``place`` ("Bayern", "Bavaria", "Bavarian")."""
    return tuple(key for key, value in _subdivisions().items() if value == place)


def _derived_demonyms(name: str) -> list[str]:
    """English demonym endings: Colombia -> Colombian, Mexico -> Mexican, Brazil -> Brazilian,
    Italy -> Italian, Chile -> Chilean, Belgium -> Belgian, Peru -> Peruvian. A form no one
    writes ("Germanyian") is harmless: it never turns up in text. A name ending in "n" or "l"
    takes "-ese" too: Taiwan -> Taiwanese, Sudan -> Sudanese, Senegal -> Senegalese."""
    word = name.lower()
    if " " in word or len(word) < 4:
        return []
    if word.endswith("ia") or word.endswith("a"):
        return [word + "n"]
    if word.endswith("o"):
        return [word[:-1] + "an"]
    if word.endswith("y"):
        return [word[:-1] + "ian"]
    if word.endswith("e"):
        return [word + "an"]
    if word.endswith("um"):
        return [word[:-2] + "ian"]
    if word.endswith("u"):
        return [word + "vian"]
    if word[-1] in "nl":
        return [word + "ian", word + "i", word + "ese"]
    return [word + "ian", word + "i"]


def _demonym_of_language(english: Locale, language: str, territory: str) -> str:
    """ "Italian" for Italy: the English name of a language official there, when CLDR's likely
    territory for that language is this one (not "English" for Jamaica or "Spanish" for Chile)."""
    name = english.languages.get(language, "")
    likely = str(get_global("likely_subtags").get(language, "")).split("_")[-1]
    return name if likely == territory and " " not in name else ""


# The languages of the shops whose listings name countries in their own words ("Herkunft:
# Italien", "Opprinnelse: Etiopia"): CLDR's names for every country in each (babel).
SHOP_LANGUAGES = "de fr es it nl pt sv da nb nn fi pl cs sk hu ro hr sl et lv lt tr ca is".split()
# Names abroad that an English sentence may start with ("Indie labels …").
_ENGLISH_TOO = frozenset({"indie"})
# A country's long name abroad where CLDR gives only the short one ("Česko", "Tschechien"),
# as "czech republic" is kept beside "Czechia" in English.
_ALIASES_ABROAD = {
    "CZ": "česká republika,tschechische republik,république tchèque,república checa,"
    "repubblica ceca,tsjechische republiek,republika czeska,república tcheca,česká republica",
}


def _names_abroad(countries: dict[str, Place]) -> dict[str, Place]:
    """Each country's name in the shop languages, where it is not an English noun ("Island"
    is Iceland in Danish) and not the name of another country: read only with a capital."""
    out: dict[str, Place] = {}
    clashes: set[str] = set()
    for language in SHOP_LANGUAGES:
        names = Locale.parse(language).territories
        for code, place in countries.items():
            name = names.get(code, "")
            key = name.lower()
            if not name[:1].isupper() or "," in name or len(key) < 4 or senses(key):
                continue
            if key in _ENGLISH_TOO:
                continue
            if key in out and out[key] != place:
                clashes.add(key)
            out[key] = place
    for code, words in _ALIASES_ABROAD.items():
        for word in words.split(","):
            out.setdefault(word, countries[code])
    return {k: v for k, v in out.items() if k not in clashes}


def _located_abroad(countries: dict[str, Place]) -> dict[str, Place]:
    """A country's name in the cases Finnish and Estonian say "in" and "from" with, since
    they have no preposition for it ("valmistettu Ruotsissa", "Saksasta", "Eestis"): the
    inessive and elative endings on CLDR's name, with Finnish vowel harmony and the stem in
    -e of a name in -i."""
    out: dict[str, Place] = {}
    for code, place in countries.items():
        name = Locale.parse("fi").territories.get(code, "")
        if name[:1].isupper() and name.isalpha() and len(name) >= 4:
            back = bool(re.search(r"[aou]", name.lower()))
            a = "a" if back else "ä"
            stems = {name, name[:-1] + "e"} if name.endswith("i") else {name}
            for stem in stems:
                for ending in (f"ss{a}", f"st{a}"):
                    out.setdefault((stem + ending).lower(), place)
        name = Locale.parse("et").territories.get(code, "")
        if name[:1].isupper() and name.isalpha() and len(name) >= 4:
            for ending in ("s", "st"):
                out.setdefault((name + ending).lower(), place)
    return {key: place for key, place in out.items() if not senses(key)}


def _adjectives_abroad(
    english: Locale, countries: dict[str, Place], index: dict[str, Place]
) -> dict[str, Place]:
    """A country's adjective in the shop languages ("carvalho francês", "Italienisch"): CLDR's
    name there for the language whose English name is already the country's demonym, where it
    is no English noun."""
    out: dict[str, Place] = {}
    for code, place in countries.items():
        for language in get_official_languages(code):
            if index.get(english.languages.get(language, "").lower()) != place:
                continue  # "English" is no demonym of the US, nor "inglês"
            for shop in SHOP_LANGUAGES:
                key = Locale.parse(shop).languages.get(language, "").lower()
                if len(key) >= 4 and " " not in key and not senses(key):
                    out.setdefault(key, place)
    return out


@cache
def names_abroad() -> frozenset[str]:
    """The country names from ``_names_abroad`` that English does not also use."""
    english = Locale("en").territories
    ours = {n.lower() for n in english.values()}
    countries = {c.alpha_2: Place(english.get(c.alpha_2, c.name), frozenset({c.alpha_2}), "country")
                 for c in pycountry.countries}  # fmt: skip
    return frozenset(k for k in _names_abroad(countries) if k not in ours)


def _endonym(language: str, territory: str) -> str:
    """The country's name in one of its own languages ("Österreich", "Suomi", "España"): the
    name a listing in the shop's language gives it, "대한민국", "日本"). In an alphabet with
    capitals only a capitalised name; a script without case ("대한민국") is never English prose."""
    try:
        name = Locale.parse(f"{language}_{territory}").territories.get(territory, "")
    except (ValueError, UnknownLocaleError):
        return ""
    first = name[:1]
    return name if (first.isupper() or first.lower() == first.upper()) and "," not in name else ""


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    text: str
    place: Place


def find_places(
    text: str, *, capitalised: bool = True, subdivisions: bool = False
) -> list[PlaceMention]:
    """Places named in ``text``, longest name first at each word. With ``capitalised`` (draft
    prose) a name must start with a capital; an ambiguous word ("China", "Turkey") needs one
    always. ``subdivisions`` also reads states and provinces ("Vermont", "Kyoto")."""
    index = _index()
    subs = _subdivisions() if subdivisions else {}
    firsts = _first_words(subdivisions)
    tokens = list(_TOKEN.finditer(text))
    out: list[PlaceMention] = []
    i = 0
    while i < len(tokens):
        first = tokens[i]
        word = first.group()
        if word.lower() not in firsts or (capitalised and not word[0].isupper()):
            i += 1
            continue
        hit = None
        for n in range(min(4, len(tokens) - i), 0, -1):
            last = tokens[i + n - 1]
            key = " ".join(t.group().lower() for t in tokens[i : i + n])
            place = index.get(key) or subs.get(key)
            if place is None:
                continue
            span = text[first.start() : last.end()]
            if n > 1 and not _ONE_NAME.fullmatch(span):
                continue
            if (
                key in AMBIGUOUS or key in names_abroad() or key in unaccented_subdivisions()
            ) and not word[0].isupper():
                continue  # "island" is no Iceland, whatever Danish calls it
            if key in ("us", "u.s.") and word not in ("US", "U.S."):
                continue
            if key in _codes() and not span.isupper():
                continue  # "and", "can", "per" are not Andorra, Canada and Peru
            after = _country_after(text, tokens, i + n, index)
            if after and place.level == "subdivision" and not after.countries & place.countries:
                # "North Holland": a country's part named by a word that alone is another
                # country's subdivision (Cameroon's "North") is read as that country
                n, last, place = n + 1, tokens[i + n], after
                span = text[first.start() : last.end()]
            if place.level == "subdivision" and len(place.countries) > 1:
                named = _country_after(text, tokens, i + n, index, comma=True)
                if named and named.countries & place.countries:  # "Córdoba, Spain"
                    place = Place(place.name, named.countries & place.countries, place.level)
            hit = PlaceMention(first.start(), last.end(), span, place)
            i += n
            break
        if hit:
            out.append(hit)
        else:
            i += 1
    return out


@cache
def _codes() -> frozenset[str]:
    """Country codes and short abbreviations: places only when written in capitals (not a
    short name in a script without case, "日本")."""
    codes = {c.alpha_3.lower() for c in pycountry.countries}
    short = {k for k in _index() if len(k.replace(".", "")) <= 3 and k != k.upper()}
    return frozenset(codes | short)


def _country_after(
    text: str, tokens: list[re.Match[str]], i: int, index: dict[str, Place], comma: bool = False
) -> Place | None:
    """The country a capitalised word right after token ``i - 1`` names, past a space only (or
    a comma and a space, with ``comma``)."""
    if i >= len(tokens) or not tokens[i].group()[0].isupper():
        return None
    between = r",?[ \t]+" if comma else r"[ \t]+"
    if not re.fullmatch(between, text[tokens[i - 1].end() : tokens[i].start()]):
        return None
    place = index.get(tokens[i].group().lower())
    return place if place is not None and place.level == "country" else None


_ONE_NAME = re.compile(r"[^\W\d_]+(?:['’.]?[ \t]+[^\W\d_]+|-[^\W\d_]+)*\.?")


@cache
def _first_words(subdivisions: bool) -> frozenset[str]:
    keys = list(_index()) + (list(_subdivisions()) if subdivisions else [])
    return frozenset(k.split()[0] for k in keys)


def place_named(name: str) -> Place | None:
    """The place a phrase names exactly ("the UK", "Vermont"), or None."""
    key = re.sub(r"^the\s+", "", name.strip().lower()).rstrip(".") or name.lower()
    return _index().get(key) or _index().get(key + ".") or _subdivisions().get(key)


def names_of(place: Place) -> tuple[str, ...]:
    """Every name the index gives ``place`` ("Wales", "Welsh")."""
    return tuple(key for key, value in _index().items() if value == place)


def covers(listed: set[str], place: Place) -> bool:
    """Whether the listing's countries make ``place`` true: the same country, or a region that
    holds one of them ("Made in Europe" for a Portuguese product)."""
    if place.level == "region":
        return bool(listed & place.countries)
    return place.countries <= listed


@cache
def _country_stems() -> dict[str, Place]:
    """A country's one-word names in every language the index holds but their last letters
    (two of six letters or more, one of four or five), lower-cased → the country: where a
    case ending starts ("Japon|ii" of Japonia, "Čín|ě" of Čína)."""
    out: dict[str, Place] = {}
    for name, place in _index().items():
        if place.level == "country" and name.isalpha() and len(name) >= 4:
            out.setdefault(name[:-2] if len(name) >= 6 else name[:-1], place)
    return out


def country_in_case(word: str) -> Place | None:
    """The country a word names in a case of its own language ("w Japonii", "v Číně"): a name's
    stem, then an ending of up to five letters (two after a stem of three). Only read after a
    verb of making in a shop's language, where a capitalised word is a place."""
    folded = word.lower()
    stems = _country_stems()
    for cut in range(len(folded) - 1, 2, -1):
        place = stems.get(folded[:cut])
        if place and len(folded) - cut <= (5 if cut > 3 else 2):
            return place
    return None
