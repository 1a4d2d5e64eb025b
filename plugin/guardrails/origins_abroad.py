"""Origin claims written in a shop language: a participle of making and "in" before a place
("gemaakt in België", "valmistettu Suomessa"), or "from" before one ("aus München")."""

from __future__ import annotations

import re

from plugin.guardrails.claims import Claim
from plugin.guardrails.origin_places import COUNTRY_AFTER, is_not_a_place, leading, most_specific
from plugin.guardrails.place_suffixes import suffixed_origins
from plugin.guardrails.places import Place, country_in_case, find_places, place_named
from plugin.guardrails.towns import other_names, towns_in_case

# A participle of making in a shop language, then "in" there, before a place: "fabriqués en
# Italie", "hecho a mano en México", "gemaakt in België", "handgefertigt in Wien", "prodotto in
# Italia". Word classes (the participle endings of French, Spanish, Italian, Portuguese, German and
# Dutch), not a list of phrases; the verbs of selling and sending are left out.
_FOREIGN_PARTICIPLE = (
    r"[a-zà-ÿ]+(?:é|ée|és|ées|ado|ada|ados|adas|ido|ida|idos|idas|ato|ata|ati|ate|ito|ita|"
    r"iti|ite|eito|eita|eitos|eitas|echo|echa|echos|echas|atto|atta|atti|atte|otto|otta|otti|otte)"
    r"|(?:hand)?ge[a-zäöüß]+(?:t|d|en)|[a-zäöüß]+(?:gestellt|gefertigt|gemaakt|geproduceerd)"
    r"|vervaardigd|ontworpen|entworfen|conçue?s?|cousue?s?|faite?s?|produite?s?|prodott[oaie]"
    # a German verb in -ieren takes no "ge-": "montiert in", "produziert in"
    r"|[a-zäöü]{3,}iert"
    # Swedish, Danish and Norwegian: "tillverkad i", "syet i", "håndlaget i"
    r"|(?:till|til)verka?[dt]e?|tilvirket|(?:hånd|hand)?(?:lavet|laget|gjord|gjort|gjorde)"
    r"|sydd|syet|sydde|v[äæ]v(?:d|et|de)|produc?[se]r(?:ad|et|t)e?|framst[äæ]lld|fremstil(?:le)?t"
    r"|designa?[de]t?"
    # any Swedish weak participle of the first conjugation before "i" ("pressad i", "packad i")
    r"|[a-zåäö]{3,}ad(?=\s+i\s)"
    # any Danish or Norwegian participle in -et or -t before "i" ("spundet i", "strikket i",
    # "formt i")
    r"|[a-zæøå]{3,}t(?=\s+i\s)"
    # Czech, Slovak and Polish participles of making, before "v", "ve", "w" or "we" and a
    # place in the case that says "in" ("vyrobeno v Brně", "wykonane w Krakowie")
    r"|(?:ručně\s+)?vyroben[aáéoýy]?|ušit[aáéoý]?|upečen[aáéoý]?"
    r"|(?:wy)?produkowan[aeoy]|wykonan[aeoy]|zrobion[aeoy]|uszyt[aeoy]|upieczon[aeoy]"
    # Vietnamese "produced at", "made by hand at" ("sản xuất tại Huế", round 33)
    r"|sản\s+xuất|làm\s+thủ\s+công"
    # Romanian and Icelandic participles before "în" / "í" ("țesut în", "prjónaðir í"; round 42)
    r"|" + r"[a-zăâîșşțţ]{3,}(?:ut|at|it|us)[ăei]?(?=\s+în\s)"
    r"|[a-záðéíóúýþæö]{3,}(?:aðir|aðar|aður|að|ddir|ddur|dd|inn|ið)(?=\s+í\s)"
)
# A Finnish or Estonian participle of making ("valmistettu", "tehty", "ommeltu", "valmistatud")
# before a place in the case that says "in" or "from" ("Ruotsissa", "Eestis"): no preposition.
# A word of manner may come between ("ommeltu käsin", "tehty huolellisesti", "kudottu
# kotityönä": an adverb in -sti or -in, an essive in -na / -nä; round 39).
_CASE_VERB = re.compile(
    r"\b(?P<verb>[a-zäöõü]{3,}(?:t[uy]|tud))\s+(?:(?-i:[a-zäö]{3,}(?:sti|in|n[aä]))\s+)?"
    r"(?=[A-ZÄÖÕÜ])",
    re.IGNORECASE,
)
# A Lithuanian past passive participle of making, with its prefix ("išausta", "pasiūta",
# "nupintas"), up to two words between ("nupintas iš vytelių"), then a town in the locative,
# the case that says "in" ("Kaune", "Šiauliuose", "Klaipėdoje"): no preposition
# (round 53). Read only where GeoNames holds a town of that stem.
_LITHUANIAN_VERB = re.compile(
    r"\b(?P<verb>(?i:pa|iš|su|nu|ap|už|pri)[a-ząčęėįšųūž]{2,}t(?:as|a|i|os))"
    r"\s+(?:[a-ząčęėįšųūž]{2,}\s+){0,2}"
    r"(?=[A-ZĄČĘĖĮŠŲŪŽ][^\W\d_]{2,}(?:uose|yje|oje|ėje|je|e)\b)"
)
# Finnish inessive and elative ("Kuopiossa", "Kuopiosta"), adessive ("Rovaniemellä", the case
# some towns take for "in"), Estonian inessive ("Tartus")
_IN_CASE = re.compile(r"(?:ss|st|ll)[aä]$|[^s]st?$", re.IGNORECASE)
_CASE_WORD = re.compile(r"(?=[^\W\d_])[^\W\d_a-zà-ÿ][^\W\d_]{2,}")  # "Číně", "Japonii"
_CASE_PREPOSITION = re.compile(r"(?:^|\s)(?:v|ve|w|we|iz|iš)\s+$", re.IGNORECASE)
_NOT_MAKING_ABROAD = frozenset(
    "livré livrée livrés livrées expédié expédiée expédiés expédiées envoyé envoyée envoyés "
    "vendu vendue vendus vendues disponible situé située enviado enviada vendido vendida "
    "entregado entregada spedito spedita venduto venduta consegnato consegnata inviato "
    "geliefert versandt verschickt verkauft gesendet geleverd verzonden verstuurd verkocht "
    "gebruikt benutzt getestet getest geeignet gedacht".split()
)
_FOREIGN_VERB = re.compile(
    r"\b(?P<verb>" + _FOREIGN_PARTICIPLE + r")"
    # an adverb in -ment or -mente between ("fabriqué entièrement en", "hecho totalmente en")
    r"(?:\s+(?:à la main|a mano|[aà] mão|von hand|met de hand|[a-zà-ÿ]{3,}ment[e]?|"
    # a Czech adverb in -ě or a Polish one in -ie ("ušito pečlivě v", round 39)
    r"[^\W\d_]{3,}(?:ně|ie)))?"
    r"\s+(?:en|à|au|aux|in|im|a|em|no|na|nel|nella|te|i|på|v|ve|w|we|tại|ở|în|í)\s+"
    r"(?=[A-ZÀ-ÞČŠŽŘŁŚŻŹĐ])",
    re.IGNORECASE,
)
# "from" in a shop language, before a place or a town: "ein Brauset aus München", "koffie uit
# Ethiopië", "originaire de Lyon", "proveniente da Napoli".
# The Nordic "from" ("fra", "från", "frå") and the Balto-Slavic one ("iz", "iš"), whose place
# follows in a case (round 41). The Malay and Indonesian "from" ("dari"; round 46), lower case
# only: "Dari" is a language. The Albanian "nga" and the Swahili "kutoka" (round 47), lower
# case only too.
_FROM_ABROAD = re.compile(
    r"\b(?:aus|uit|originaires?\s+d[eu']|provenant\s+d[eu']|proveniente\s+d[ae]|"
    r"procedentes?\s+de|oriundos?\s+de|fra|från|frå|iz|iš|dari|nga|kutoka)\s*(?=[A-ZÀ-ÞČŠŽ])"
)
# Hungarian says "from" with a suffix on the place, its last vowel lengthened ("Győrből",
# "Pécsről", "Egerből"; round 41): a capitalised word in -ról / -ről / -ból / -ből, read only
# where GeoNames holds a town of that stem.
_FROM_SUFFIX = re.compile(
    r"\b[A-ZÁÉÍÓÖŐÚÜŰ][^\W\d_]{2,}(?:r[óő]l|b[óő]l)\b"
    # Finnish says it with the ablative or elative ("Oulusta" is left out: "-sta" ends English
    # words too), Estonian with the ablative: "Rovaniemeltä", "Tartult" (round 42)
    r"|\b[A-ZÄÖÕÜ][^\W\d_]{3,}(?:lt[aä]|stä|lt)\b"
)
# a town of up to three words, with small words between ("Stratford-upon-Avon", "San Pedro
# de la Sierra"): a name cut after its second word can be another town (round 44)
_TOWN_NAME = re.compile(
    r"[A-ZÀ-Þ][^\W\d_]{3,}(?:[ '’-](?:(?:de|du|des|la|le|les|sur|en|di|del|da|do|am|an|der|"
    r"upon|on)[ '’-]){0,2}[A-ZÀ-Þ][^\W\d_]+){0,2}"
)


def origins_abroad(text: str) -> list[Claim]:
    """Origin claims written in a shop language: a participle of making and "in" before a
    place ("gemaakt in België"), or "from" before one ("aus München"). The place is one the
    place tables know, or a town of GeoNames ("Annecy"), so a noun after "aus" ("aus Glas") is
    no place."""
    out = []
    for start, end, name in suffixed_origins(text):  # "Bursa'da dokundu": the place first
        places = find_places(name, subdivisions=True)
        if places or other_names(name):
            where = most_specific([p.place for p in places]) if places else None
            out.append(Claim("origin", start, end, text[start:end], where, name))
    for match in _FROM_SUFFIX.finditer(text):
        if towns_in_case(match.group()):
            out.append(
                Claim("origin", match.start(), match.end(), match.group(), None, match.group())
            )
    for pattern in (_FOREIGN_VERB, _FROM_ABROAD, _CASE_VERB, _LITHUANIAN_VERB):
        for match in pattern.finditer(text):
            verb = match.groupdict().get("verb")
            if verb and verb.lower() in _NOT_MAKING_ABROAD:
                continue
            window = text[match.end() : match.end() + 60]
            places = leading(find_places(window, subdivisions=True), window)
            # a language that names a place in a case: Finnish, Estonian, Czech, Polish
            in_case = pattern in (_CASE_VERB, _LITHUANIAN_VERB) or bool(
                _CASE_PREPOSITION.search(match.group())
            )
            if pattern is _CASE_VERB and not (places and _IN_CASE.search(places[0].text)):
                town = _TOWN_NAME.match(text, match.end())
                if not (town and _IN_CASE.search(town.group()) and towns_in_case(town.group())):
                    continue  # "valmistettu Norjassa": only a place in the case that says "in"
            if places:
                end = match.end() + places[-1].end
                value: Place | None = most_specific([p.place for p in places])
            elif (
                in_case
                and (word := _CASE_WORD.match(text, match.end()))
                and (named_country := country_in_case(word.group()))
            ):  # "wyprodukowane w Japonii": a country in a case of its language
                end, value = word.end(), named_country
            else:
                town = _TOWN_NAME.match(text, match.end())
                if not town or not (
                    other_names(town.group())
                    or (in_case and towns_in_case(town.group()))
                    or _a_small_town(verb, match.group(), town.group())
                ):
                    continue  # "Leivottu Kuopiossa": a town in a case of its language
                end, value = town.end(), None
                country = COUNTRY_AFTER.match(text, end)  # "in Annecy, France"
                if country and place_named(country.group(1)):
                    end = country.end()
            named = text[match.end() : end]
            out.append(Claim("origin", match.start(), end, text[match.start() : end], value, named))
    return out


# A Romance participle of making and its "in" ("tecido em", "tallado en", "cucito a"), or a
# Scandinavian one and "i" ("snickrad i", "strikket i"; those languages write no common noun
# with a capital), a Romanian one and "în", an Icelandic one and "í" (round 42): what follows
# is a place even where GeoNames knows no town of that name (under 15,000 people), as after
# "made in" in English.
_SMALL_TOWN_MAKING = re.compile(
    r"[a-zà-ÿ]{3,}(?:ado|ada|ados|adas|ido|ida|idos|idas|ato|ata|ati|ate|ito|ita|iti|ite)"
    r"(?:\s+\S+)?\s+(?:en|em|a|nel|nella)\s+$"
    r"|[a-zåäöæø]{3,}(?:ad|at|et)\s+i\s+$"
    r"|[a-zăâîșşțţ]{3,}(?:ut|at|it|us)[ăei]?\s+în\s+$"
    r"|[a-záðéíóúýþæö]{3,}(?:aðir|aðar|aður|að|ddir|ddur|dd|inn|ið)\s+í\s+$",
    re.IGNORECASE,
)


def _a_small_town(verb: str | None, said: str, name: str) -> bool:
    """A town too small for GeoNames' table, named after a Romance or Scandinavian participle
    of making."""
    return bool(verb and _SMALL_TOWN_MAKING.fullmatch(said)) and not is_not_a_place(name)
