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

from babel import Locale

from plugin.domain import Finding
from plugin.guardrails.claims import Claim
from plugin.guardrails.document import sentence_start
from plugin.guardrails.facts_record import memo
from plugin.guardrails.findings import BLOCK, finding
from plugin.guardrails.ingredients import ingredient_words
from plugin.guardrails.listing_facts import ListingFacts, normalise
from plugin.guardrails.material_colour_facts import NAME_LINES
from plugin.guardrails.material_origins import of_the_material
from plugin.guardrails.place_suffixes import suffixed_origins
from plugin.guardrails.places import (
    Place,
    PlaceMention,
    country_in_case,
    covers,
    find_places,
    names_of,
    place_named,
    subdivision_names,
)
from plugin.guardrails.product_nouns import is_product_noun
from plugin.guardrails.quantities import UNSPACED
from plugin.guardrails.romanise import latin_letters, romanised
from plugin.guardrails.step_towns import town_only_for_a_step
from plugin.guardrails.towns import (
    countries_of_towns,
    named_in_its_script,
    other_names,
    towns_in_case,
    towns_named,
)
from plugin.guardrails.vocabulary import MATERIALS

# Verbs that say where a thing was made even before a place no library knows ("Made in Huila").
_MAKING = (
    r"made|crafted|handcrafted|hand[\s-]?made|hand[\s-]?crafted|manufactured|produced|"
    r"assembled|built|sewn|woven|knit(?:ted)?|cast|forged|blown|thrown|fired|milled|roasted|"
    r"grown|harvested|bottled|brewed|distilled|printed|engineered|designed|upholstered|tanned|"
    r"carved|turned|finished|poured|packed|packaged|sourced|imported|stitched|tailored|spun|dyed|"
    r"bound|ground|blended|mixed|baked|cured|aged|smoked|pressed|dried|picked|fermented|moulded|"
    r"molded|welded|machined|glazed|painted|wound|hewn|hand[\s-]?[a-z]+ed|"
    # kitchen and drawing-board steps of making: "cooked in Leeds", "drawn by hand in Cornwall"
    r"cooked|boiled|simmered|steeped|drawn|illustrated|sketched|embroidered|engraved|etched|"
    # a catch and its preserving: "landed in Cornwall", "jarred in Umbria"
    r"caught|landed|canned|tinned|jarred|preserved|"
    r"hand[\s-]?(?:made|woven|sewn|spun|thrown|blown|knit|cut|drawn|built|bound)"
)
# Any past participle reads as an origin verb before a known place, except these.
_NOT_ORIGIN_VERBS = frozenset(
    "sold available used loved popular shipped delivered stocked found featured seen known "
    "trusted offered priced included presented dressed housed set inspired named "
    "rated ranked listed sized styled based worn enjoyed tested approved certified "
    "registered".split()
)
_VERB = re.compile(
    r"\b(?P<verb>(?i:(?:hand[\s-]?)?[a-z]+ed|" + _MAKING + r"))"
    r"(?P<more>(?:,?\s+(?:and|&)\s+(?i:[a-z]+ed|" + _MAKING + r"))?)"
    r"(?:\s+(?i:by hand|locally|proudly|responsibly|ethically|entirely|exclusively|lovingly|"
    r"carefully|sustainably|in small batches))?"
    r"(?:\s+(?i:in|at|on)\s+(?:(?:a|an|our|the|their|its|small|little)\s+)*[a-z]+(?:\s+[a-z]+)?"
    r"(?:\s+(?i:in|from|at)|(?<!style|pirit|ition|anner|shion|e way)\s+of)"
    r"|\s+(?i:in|from|at))\s+(?:(?i:the)\s+)?(?=[A-Z])"
)  # "turned by hand in a small workshop in Florence", "grown on our farm in Oregon", "grown in
# the hills of Assam" (not "made in the style of Denmark")
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
)
# A Finnish or Estonian participle of making ("valmistettu", "tehty", "ommeltu", "valmistatud")
# before a place in the case that says "in" or "from" ("Ruotsissa", "Eestis"): no preposition.
_CASE_VERB = re.compile(r"\b(?P<verb>[a-zäöõü]{3,}(?:t[uy]|tud))\s+(?=[A-ZÄÖÕÜ])", re.IGNORECASE)
# Finnish inessive and elative ("Kuopiossa", "Kuopiosta"), adessive ("Rovaniemellä", the case
# some towns take for "in"), Estonian inessive ("Tartus")
_IN_CASE = re.compile(r"(?:ss|st|ll)[aä]$|[^s]st?$", re.IGNORECASE)
_CASE_WORD = re.compile(r"(?=[^\W\d_])[^\W\d_a-zà-ÿ][^\W\d_]{2,}")  # "Číně", "Japonii"
_CASE_PREPOSITION = re.compile(r"\s(?:v|ve|w|we)\s+$", re.IGNORECASE)
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
    r"(?:\s+(?:à la main|a mano|[aà] mão|von hand|met de hand|[a-zà-ÿ]{3,}ment[e]?))?"
    r"\s+(?:en|à|au|aux|in|im|a|em|no|na|nel|nella|te|i|på|v|ve|w|we|tại|ở)\s+"
    r"(?=[A-ZÀ-ÞČŠŽŘŁŚŻŹĐ])",
    re.IGNORECASE,
)
# "from" in a shop language, before a place or a town: "ein Brauset aus München", "koffie uit
# Ethiopië", "originaire de Lyon", "proveniente da Napoli".
_FROM_ABROAD = re.compile(
    r"\b(?:aus|uit|originaires?\s+d[eu']|provenant\s+d[eu']|proveniente\s+d[ae]|"
    r"procedentes?\s+de|oriundos?\s+de)\s*(?=[A-ZÀ-Þ])"
)
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
_NAME_MADE = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][a-z]{2,})-(?:made|crafted|built|grown|sewn|woven|forged|cast|"
    r"milled|knit|brewed|distilled|roasted)\b"
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
_FROM_TOWN = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=>)|(?<=\"))From\s+(?P<name>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?)"
    r"(?=[,.;:!?<\"]|\s*$)"
)
_FROM_THE_PART_OF = re.compile(
    r"(?<![Ss]hips )(?<![Ss]hipped )\bfrom\s+the\s+(?:[A-Za-z'’-]+\s+){1,3}of\s+(?:the\s+)?$"
)
_ORIGIN_AFTER = re.compile(r"^\s+origins?\b", re.IGNORECASE)
_NAMED_TOWN = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?")
_POSSESSIVE = re.compile(r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['’]s\s+[A-Z]")
_UNKNOWN_PLACE = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}")
_FIXED_PHRASES = re.compile(
    r"french (?:press|doors?|toast|fries|seams?|terry|cuffs?|knots?|braids?|roast)|swiss army|"
    r"english (?:muffins?|breakfast|mustard)|greek (?:yogh?urt|key)|italian seasoning|"
    r"turkish delight|danish pastry|irish coffee|dutch oven|belgian waffles?|"
    r"scandinavian design|japanese-style|mexican-style|swedish massage|chinese new year",
    re.IGNORECASE,
)


def origin_claims(text: str, product_words: frozenset[str] = frozenset()) -> list[Claim]:
    """Every origin claim in ``text``; ``product_words`` are the listing's own nouns ("coffee"),
    which a demonym before them makes an origin ("Colombian coffee")."""
    claims: list[Claim] = []
    taken: list[tuple[int, int]] = []
    for match in _VERB.finditer(text):
        verbs = [match.group("verb").lower()] + re.findall(r"[a-z]+", match.group("more").lower())
        verbs = [v for v in verbs if v not in ("and",)]
        if any(v in _NOT_ORIGIN_VERBS for v in verbs[:1]):
            continue
        base = match.end()
        time = _TIME_THEN.match(text, base)
        if time:  # "harvested in August in Messinia": the place after the time
            base = time.end()
        window = text[base : base + 60]
        places = _leading(find_places(window, subdivisions=True), window)
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
            value: Place | None = _most_specific([p.place for p in places])
            named = text[base : end]
        elif re.fullmatch(_MAKING, verbs[0], re.IGNORECASE):
            unknown = _UNKNOWN_PLACE.match(text, base)
            if not unknown or _is_not_a_place(unknown.group()):
                continue
            end, value = unknown.end(), None
            owner = _POSSESSIVE.match(unknown.group())
            if owner and (known := place_named(owner.group(1))):
                # "in Nepal's Kathmandu Valley": a part of the country, so the country
                claims.append(Claim("origin", match.start(), end, text[match.start() : end],
                                    known, owner.group(1)))  # fmt: skip
                taken.append((match.start(), end))
                continue
            country = _COUNTRY_AFTER.match(text, end)  # "in Kelso, UK": the town's country
            if country and place_named(country.group(1)):
                end = country.end()
            named = text[base : end]
        else:
            continue
        claims.append(Claim("origin", match.start(), end, text[match.start() : end], value, named))
        taken.append((match.start(), end))
    for claim in _origins_abroad(text):
        if not any(s < claim.end and claim.start < e for s, e in taken):
            claims.append(claim)
            taken.append((claim.start, claim.end))
    for match in _NAME_MADE.finditer(text):  # "Leedsford-made": a town no library knows
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
    for claim in _answered_origins(text):
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


def _origins_abroad(text: str) -> list[Claim]:
    """Origin claims written in a shop language: a participle of making and "in" before a
    place ("gemaakt in België"), or "from" before one ("aus München"). The place is one the
    place tables know, or a town of GeoNames ("Annecy"), so a noun after "aus" ("aus Glas") is
    no place."""
    out = []
    for start, end, name in suffixed_origins(text):  # "Bursa'da dokundu": the place first
        places = find_places(name, subdivisions=True)
        if places or other_names(name):
            where = _most_specific([p.place for p in places]) if places else None
            out.append(Claim("origin", start, end, text[start:end], where, name))
    for pattern in (_FOREIGN_VERB, _FROM_ABROAD, _CASE_VERB):
        for match in pattern.finditer(text):
            verb = match.groupdict().get("verb")
            if verb and verb.lower() in _NOT_MAKING_ABROAD:
                continue
            window = text[match.end() : match.end() + 60]
            places = _leading(find_places(window, subdivisions=True), window)
            # a language that names a place in a case: Finnish, Estonian, Czech, Polish
            in_case = pattern is _CASE_VERB or bool(_CASE_PREPOSITION.search(match.group()))
            if pattern is _CASE_VERB and not (places and _IN_CASE.search(places[0].text)):
                town = _TOWN_NAME.match(text, match.end())
                if not (town and _IN_CASE.search(town.group()) and towns_in_case(town.group())):
                    continue  # "valmistettu Norjassa": only a place in the case that says "in"
            if places:
                end = match.end() + places[-1].end
                value: Place | None = _most_specific([p.place for p in places])
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
                country = _COUNTRY_AFTER.match(text, end)  # "in Annecy, France"
                if country and place_named(country.group(1)):
                    end = country.end()
            named = text[match.end() : end]
            out.append(Claim("origin", match.start(), end, text[match.start() : end], value, named))
    return out


# A Romance participle of making and its "in" ("tecido em", "tallado en", "cucito a"): what
# follows is a place even where GeoNames knows no town of that name (under 15,000 people), as
# after "made in" in English.
_ROMANCE_MAKING = re.compile(
    r"[a-zà-ÿ]{3,}(?:ado|ada|ados|adas|ido|ida|idos|idas|ato|ata|ati|ate|ito|ita|iti|ite)"
    r"(?:\s+\S+)?\s+(?:en|em|a|nel|nella)\s+$",
    re.IGNORECASE,
)


def _a_small_town(verb: str | None, said: str, name: str) -> bool:
    """A town too small for GeoNames' table, named after a Romance participle of making."""
    return bool(verb and _ROMANCE_MAKING.fullmatch(said)) and not _is_not_a_place(name)


# A noun right after the place: the place says where that is from ("from Chiapas cacao").
_OF_A_NOUN = re.compile(
    r"[\s-]+(?!(?:and|or|in|by|to|for|with|since|at|on|under|using|the|a|an|but)\b)[a-z]{3,}\b"
)
# a town of two words, or of several with small words between ("Stratford-upon-Avon")
_TOWN_NAME = re.compile(
    r"[A-ZÀ-Þ][^\W\d_]{3,}(?:[ '’-](?:(?:de|du|des|la|le|les|sur|en|di|del|da|do|am|an|der|"
    r"upon|on)[ '’-]){0,2}[A-ZÀ-Þ][^\W\d_]+){0,1}"
)
_ORIGIN_QUESTION = re.compile(
    r"\bwhere\b(?![^?\n]*\b(?:ship|deliver|dispatch|post|send|sent|return|buy|store|keep)\w*\b)"
    r"[^?\n]*\b(?:made|from|come from|comes from|produced|grown|sourced|"
    r"manufactured|built|roasted|sewn|printed|based|located|workshop|studio|factory|atelier|"
    r"bakery|roastery|kitchen|workroom|brewery|distillery|forge|pottery)\b[^?\n]*\?\s*(?P<answer>[^\n]+)"
    r"|\b(?:what|which) is (?:its|the \w+'s|the) (?:origin|country of origin)\b[^?\n]*\?\s*"
    r"(?P<origin>[^\n]+)",
    re.IGNORECASE,
)
_ANSWER_TOWN = re.compile(
    r"\s*(?:(?:[Ii]n|[Aa]t|[Ff]rom|[Nn]ear)\s+)?"
    r"(?P<town>[A-ZÀ-Þ][^\W\d_]{3,}(?: [A-ZÀ-Þ][^\W\d_]+)?)\s*(?:[.,;!]|$)"
)
_COUNTRY_AFTER = re.compile(r",\s*((?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})")
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w'’-]+\s*,\s*)+$")


# Steps of making that also give a colour ("painted in Navy", "upholstered in Orange").
_COLOURING = frozenset(
    "painted dyed glazed finished upholstered printed embroidered tinted coated stained "
    "lacquered enamelled enameled bound".split()
)


def named_as_place(text: str, start: int) -> bool:
    """Whether the capitalised word at ``start`` is where the product is made, not a colour
    (round 29): after a verb of making and "in" or "from" ("made in Orange", not "painted in
    Orange"), before "-grown" or "-made" ("Orange-grown apples"), or in the answer to a
    question about where it comes from."""
    if _NAME_MADE.match(text, start):
        return True
    for match in _VERB.finditer(text, max(0, start - 80), start + 1):
        if match.end() == start:
            verbs = re.findall(r"[a-z]+", (match.group("verb") + match.group("more")).lower())
            return not (set(verbs) & _COLOURING) and verbs[0] not in _NOT_ORIGIN_VERBS
    return any(
        q.start(g) <= start < q.end(g)
        for q in _ORIGIN_QUESTION.finditer(text)
        for g in ("answer", "origin")
        if q.group(g)
    )


def _answered_origins(text: str) -> list[Claim]:
    """The places a FAQ answer gives to a question about where the product comes from ("Where
    does the tea come from?" "Assam, India."): each is an origin claim, with the unknown place
    named before a known one ("Sidamo, Ethiopia")."""
    out = []
    for question in _ORIGIN_QUESTION.finditer(text):
        group = "answer" if question.group("answer") else "origin"
        base, answer = question.start(group), question.group(group)
        mentions = _runs(find_places(answer, subdivisions=True), answer)
        town = _ANSWER_TOWN.match(answer)
        if not mentions and town and other_names(town.group("town")):
            start, end = base + town.start("town"), base + town.end("town")  # "In Glasgow."
            out.append(Claim("origin", start, end, text[start:end], None, text[start:end]))
        for mention in mentions:
            before = _NAME_BEFORE.search(answer[: mention.start])
            start = base + (before.start() if before else mention.start)
            end = base + mention.end
            out.append(Claim("origin", start, end, text[start:end], mention.place,
                             text[start:end]))  # fmt: skip
    return out


def _runs(mentions: list[PlaceMention], text: str) -> list[PlaceMention]:
    """Places written one after another ("Kyoto, Japan") as one mention of the most specific."""
    out: list[PlaceMention] = []
    for mention in mentions:
        if out and re.fullmatch(r",?\s*", text[out[-1].end : mention.start]):
            last = out.pop()
            place = _most_specific([last.place, mention.place])
            mention = PlaceMention(last.start, mention.end, text[last.start : mention.end], place)
        out.append(mention)
    return out


def _leading(mentions: list[PlaceMention], text: str) -> list[PlaceMention]:
    """The place right at the start of ``text``, and a country after it ("Huila, Colombia")."""
    out: list[PlaceMention] = []
    for mention in mentions:
        if not out and mention.start != 0:
            break
        if out and not re.fullmatch(r",?\s*", text[out[-1].end : mention.start]):
            break
        out.append(mention)
    return out


def _most_specific(places: list[Place]) -> Place:
    for place in places:
        if place.level == "subdivision":
            return place
    return places[0]


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


def _is_not_a_place(name: str) -> bool:
    """A material, an article, or a time ("harvested in November", "picked in Spring 2026")."""
    first = name.split()[0]
    return (
        bool(MATERIALS.pattern.fullmatch(name))
        or first in ("A", "An", "The", "Our")
        or first.lower() in _TIMES
    )


def _time_words() -> frozenset[str]:
    """English months and weekdays (CLDR, through babel) and the seasons."""
    english = Locale("en")
    names = [*english.months["format"]["wide"].values(), *english.days["format"]["wide"].values()]
    return frozenset([*(n.lower() for n in names), "spring", "summer", "autumn", "fall", "winter"])


_TIMES = _time_words()
_TIME_THEN = re.compile(
    r"(?i:(?:early |late |mid-?)?(?:" + "|".join(sorted(_TIMES)) + r"))(?:\s+\d{4})?"
    r"(?:\s*,)?\s+(?:in|at|on|near|from)\s+(?:the\s+)?"
)


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
            _supported(claim, facts)
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
        line = _origin_line(facts)
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


def _supported(claim: Claim, facts: ListingFacts) -> bool:
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
    )


def _origin_line(facts: ListingFacts) -> str:
    """The listing's line that says where it is made: a town's, else a country's."""
    towns = memo(facts, "origins.listed_towns", _listed_towns)
    return next(iter(towns.values()), "") or next(iter(facts.countries.values()), "")


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
        for claim in _origins_abroad(line):
            if claim.value is None and claim.about:
                ids |= towns_named(claim.about) or towns_in_case(claim.about.split()[0])
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
