"""Which of the shop's policies a question asks about, in every language we answer in, and the
English words that stand for what it asks.

The sentence-embedding model is English, so a question in another language is far from the
policy sentence that answers it ("Combien de jours pour retourner la serviette ?" against
"You can return unused items … within 30 days"). The policy is told by its words in each
language, and that policy's sentences are ranked against an English gloss of the question:
the policy's own word and what is asked about it ("return days"), with the countries it names
in English (Babel's territory names: "Deutschland" → "Germany").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from plugin.domain import Listing
from plugin.questions.answerability import applies_to, is_scoped, names_product, scoped_to_kind
from plugin.questions.countries import (
    EU,
    EU_MEMBERS,
    countries_named,
    country_codes,
    english_names,
    outside_europe,
)
from plugin.questions.embedding import Embedder
from plugin.questions.lexicon import fold, has_cue
from plugin.questions.passages import Passage, is_free_text
from plugin.questions.places import places_named
from plugin.questions.retrieval import ScoredPassage, rank

# Cosine similarity of a policy sentence with the question's English gloss ("returns days")
# for it to answer the question.
POLICY_SCORE = 0.3

# Policy label (as in passages.POLICY_LABELS) → the words that ask about it.
POLICIES: dict[str, tuple[str, ...]] = {
    "Shipping policy": (
        "ship", "shipping", "shipped", "deliver", "delivery", "postage", "versand", "versend",
        "verschick", "liefer", "livraison", "livrez", "expedi", "envio", "envian", "enviais",
        "spedizione", "spedite", "spedire", "verzend", "bezorg", "enviam", "frakt", "leverans",
        "skickar", "skicka", "fragt", "levering", "sender", "toimitus", "toimitatte",
        "lahetatte", "wysylka", "wysylacie", "dostawa", "customs", "import duties",
        # sending somewhere, in the shop languages ("nach Österreich schicken", "pošlete na
        # Slovensko", "sende til Danmark"); sending back is the returns policy's
        "schick", "sende", "sendes", "poslete", "posilate", "poslat", "enviar",
        "zasilate", "doruc", "wyslac", "wyslecie", "mandate", "spedisc",
        "import tax", "express", "expedited", "overnight", "next day delivery",
        # the word for postage itself ("frais de port", "poštovné", "postikulut") (round 42)
        "frais de port", "postovne", "postikulu",
    ),
    "Returns policy": (
        "return", "returns", "refund", "exchange", "money back", "send it back", "send back",
        "ruckgabe", "zuruckgeben", "zuruckschicken", "zurucksenden", "umtausch", "erstattung",
        "zuruckzugeben", "zuruckzuschicken", "zuruckzusenden", "umzutauschen",
        "retour", "retourner", "renvoyer", "rembours", "echange", "devolver", "devuelvo",
        "devolverme", "devolucion", "reembolso", "cambiar", "restituire", "restituirlo",
        "restituirla", "reso", "rimborso", "cambio", "terugsturen", "retourneren",
        "terugbetaling", "ruilen", "devolvo", "devolucao", "troca", "trocar", "returnera",
        "aterbetalning", "byta", "returnere", "refusion", "refusjon", "bytte", "palauttaa",
        "palautus", "hyvitys", "vaihtaa", "zwrot", "zwrocic", "oddac", "wymiana",
        "swap", "swapped", "terug te sturen", "terug te geven", "om te ruilen", "wymienic",
        "vaihto", "sende tilbage", "sende den tilbage", "sende det tilbage", "sende tilbake",
        "sende den tilbake", "sende det tilbake", "skicka tillbaka", "poslat zpet",
        "poslat zpatky", "poslete zpet", "vratit",
    ),
}

# What a question asks about a policy, each as the English word the policies use for it.
ASPECTS: dict[str, tuple[str, ...]] = {
    "days": (
        "how long", "how many days", "how soon", "wie lange", "wie viele tage", "tage", "jours",
        "combien de temps", "delai", "dias", "cuanto tiempo", "cuanto tardan", "tardan",
        "giorni", "quanto tempo", "dagen", "hoe lang", "prazo", "dagar", "hur lange", "dage",
        "hvor laenge", "dager", "hvor lenge", "paivaa", "kuinka kauan", "dni", "jak dlugo",
        "ile trwa", "weeks", "wochen", "semaines", "semanas", "settimane", "weken",
    ),
    "refund": (
        "money back", "refund", "geld zuruck", "rembours", "dinero", "reembols", "soldi",
        "rimbors", "geld terug", "terugbetal", "dinheiro", "pengarna", "aterbetal", "pengene",
        "refusion", "refusjon", "rahat", "hyvitys", "pieniadze", "zwrot pieniedzy",
    ),
    "cost": (
        "cost", "price", "fee", "charge", "free", "kostet", "kosten", "gratis", "coute",
        "frais", "gratuit", "cuesta", "costa", "kost", "custa", "kostar", "koster", "maksaa",
        "ilmainen", "kosztuje", "darmowa",
    ),
    "damaged": (
        "damaged", "broken", "cracked", "chipped", "smashed", "dented", "torn", "defective",
        "beschadigt",
        "beschaedigt", "kaputt", "casse", "endommage", "abime", "danado", "roto", "rotto",
        "danneggiato", "kapot", "danificado", "partido", "skadad", "trasig", "beskadiget",
        "odelagt", "skadet", "rikki", "vaurioitunut", "uszkodzony", "zepsuty", "pekniety",
    ),
    "exchange": (
        "exchange", "swap", "another size", "other size", "other colour", "other color",
        "umtausch", "umtauschen", "umzutauschen", "echange", "echanger", "cambio", "cambiar",
        "ruilen", "om te ruilen", "troca", "trocar", "byta", "bytte", "vaihtaa", "vaihto",
        "wymiana", "wymienic",
    ),
    "unopened": (
        "opened", "open it", "used", "geoffnet", "benutzt", "ouvert", "utilise", "abierto",
        "usado", "aperto", "apro", "usato", "geopend", "gebruikt", "aberto", "oppnad",
        "anvand", "abnet", "brugt", "apnet", "brukt", "avattu", "kaytetty", "otwarty",
        "uzywany",
    ),
}

# A compound whose head is a word of cost, in the languages that write compounds as one word
# ("Versandkosten", "verzendkosten", "fraktkostnad", "portokosten"): it asks the cost as the
# word alone does (round 28).
_COMPOUND_ASPECT = {
    "cost": re.compile(r"(?<![^\W_])[^\W_]{3,}(?:kosten|kostnad(?:er|en)?|kost(?:en|er)?|"
                       r"omkostninger|afgift|gebuhr(?:en)?|tarief)(?![^\W_])"),
}


def asks_aspect(folded: str, aspect: str) -> bool:
    """Whether folded question text asks ``aspect`` of a policy: by one of its words, or by a
    compound whose head is one."""
    compound = _COMPOUND_ASPECT.get(aspect)
    return bool(has_cue(folded, ASPECTS[aspect]) or (compound and compound.search(folded)))


# The English a policy sentence would answer each with.
GLOSSES = {
    "Shipping policy": "do you ship", "Returns policy": "can I return it",
    "days": "within how many days", "refund": "refund money back", "cost": "cost",
    "damaged": "arrived damaged", "unopened": "opened or used",
    "exchange": "exchange for a different size or colour",
}

# Care sub-topics: a care sentence that does not name the one asked does not answer it
# ("can it be ironed?" against "machine wash at 40 °C … tumble dry low").
CARE_ASPECTS: dict[str, tuple[str, ...]] = {
    "iron": (
        "iron", "ironed", "ironing", "bugeln", "repasser", "planchar", "stirare", "strijken",
        "passar a ferro", "engomar", "stryka", "stryge", "stryke", "silittaa", "prasowac",
    ),
    "dishwasher": (
        "dishwasher", "spulmaschine", "geschirrspuler", "lave-vaisselle", "lavavajillas",
        "lavastoviglie", "vaatwasser", "maquina de lavar loica", "diskmaskin",
        "opvaskemaskine", "oppvaskmaskin", "astianpesukone", "zmywarka", "zmywarce",
    ),
    "microwave": ("microwave", "mikrowelle", "micro-ondes", "microondas", "microonde",
                  "magnetron", "mikrovagsugn", "mikrobolgeovn", "mikroaaltouuni", "mikrofal"),
    "bleach": ("bleach", "bleichen", "javel", "lejia", "candeggina", "bleekmiddel", "lixivia",
               "blekmedel", "blegemiddel", "klorin", "valkaisu", "wybielacz"),
    "dryer": ("tumble dry", "dryer", "trockner", "seche-linge", "secadora", "asciugatrice",
              "droger", "maquina de secar", "torktumlare", "torretumbler", "torketrommel",
              "kuivausrumpu", "suszarka", "secar na maquina", "secar a maquina",
              "na maquina de secar"),
    # the washing machine (round 33): a line that names no washing does not answer it
    "washing machine": ("washing machine", "machine wash", "machine-wash", "machine washable",
                        "waschmaschine", "lave-linge", "lavadora", "lavatrice", "wasmachine",
                        "maquina de lavar roupa", "tvattmaskin", "vaskemaskine", "vaskemaskin",
                        "pesukone", "pralka", "pralce", "pracka"),
}
# What answers each care aspect: its own word, or the step that rules it out ("hand wash"
# answers "dishwasher ok?").
CARE_WORDS = {"iron": ("iron",), "dishwasher": ("dishwasher", "hand wash", "hand-wash",
                                                "handwash"), "microwave": ("microwave",),
              "bleach": ("bleach",),
              # the drying method, not any "dry": a line that only says to let a thing dry says
              # nothing of a dryer (round 37)
              "dryer": ("tumble", "dryer", "dry flat", "line dry", "line-dry", "drip dry",
                        "drip-dry", "hang to dry", "hang dry", "air dry", "air-dry", "dry clean",
                        "lay flat", "dried flat", "dry naturally"),
              "washing machine": ("machine", "wash", "wipe", "spot clean", "dry clean")}


def policy_asked(question: str) -> str:
    """The policy label a question asks about ("" for none); sending a return back is a
    returns question ("who pays the return postage?")."""
    folded = fold(question)
    found = [label for label, cues in POLICIES.items() if has_cue(folded, cues)]
    return "Returns policy" if "Returns policy" in found else (found[0] if found else "")


def english_gloss(question: str, language: str, label: str) -> str:
    """English words for what the question asks about the policy ``label``."""
    folded = fold(question)
    words = [GLOSSES[label]]
    words += [GLOSSES[aspect] for aspect in ASPECTS if asks_aspect(folded, aspect)]
    words += sorted(countries_named(question, language).values())
    return " ".join(words)


def care_aspects(question: str) -> set[str]:
    folded = fold(question)
    return {aspect for aspect, cues in CARE_ASPECTS.items() if has_cue(folded, cues)}


def names_care_aspects(text: str, aspects: set[str]) -> bool:
    """Whether a care sentence names every care sub-topic asked ("iron" for an iron question)."""
    folded = fold(text)
    return all(
        any(re.search(rf"(?<![^\W_]){w}", folded) for w in CARE_WORDS[a]) for a in aspects
    )


# Short names a policy writes for a country ("the UK", "within the contiguous US").
_SHORT_NAMES = {"GB": re.compile(r"\bUK\b|\bBritain\b"), "US": re.compile(r"\bUS\b|\bUSA\b")}


def _names_country(text: str, code: str) -> bool:
    """Whether a policy sentence names the country (or its short name)."""
    name = english_names().get(code, "")
    short = _SHORT_NAMES.get(code)
    return bool(name and name in text) or bool(short and short.search(text))


def _covers(text: str, code: str) -> bool:
    """Whether a policy sentence names the country (or its short name), or the EU for a member
    of it."""
    return _names_country(text, code) or (code in EU_MEMBERS and EU.search(text) is not None)


# "The rest of the EU", "other EU countries": the members the policy does not name by
# themselves, so not a country it does (round 30).
_REST_OF_EU = re.compile(
    r"\b(?:rest of|other|remaining|all other) (?:the )?(?:EU|European Union)\b|"
    r"\bother (?:EU|European Union) (?:countries|member states)\b",
    re.IGNORECASE,
)


# Damage on arrival is a returns question even without a word for returning.
_DAMAGED_ON_ARRIVAL = re.compile(
    r"\b(?:arrived|came|delivered|showed up|turned up)\b[^.?!]{0,25}\b(?:damaged|broken|cracked|"
    r"chipped|smashed|dented|torn|defective)\b|\bangekommen\b[^.?!]{0,25}\bkaputt|"
    r"\barriv[ée]e?\b[^.?!]{0,25}\b(?:cass[ée]e?|endommag[ée]e?|ab[iî]m[ée]e?)\b|"
    r"\bllegó\b[^.?!]{0,25}\b(?:roto|rota|dañad[oa])\b|\barrivat[oa]\b[^.?!]{0,25}\brott[oa]\b"
)


_SEND_BACK = re.compile(r"\b(?:send|ship|post|bring|take|give)\b(?:\s+[\w']+){0,3}\s+back\b")
# Sending or ordering it to a place: "send the kit to my sister in Lyon", "order it to my house
# in Galway", Scandinavian "sende den til Bergen", "skicka den till Malmö".
_SEND_TO = re.compile(
    r"\b(?:send|post|mail|order|skick)\w*\b(?:\s+[\w']+){0,3}\s+(?:to|til|till)\b"
)


def policy_label(question: str) -> str:
    """The policy a question asks about: by its words, sending it back, or a damage on
    arrival (returns); sending or ordering it to a country or a town (shipping)."""
    label = policy_asked(question)
    lowered = question.lower()
    if not label and (_DAMAGED_ON_ARRIVAL.search(lowered) or _SEND_BACK.search(lowered)):
        return "Returns policy"
    if not label and _SEND_TO.search(lowered) and (
        country_codes(question, "en") or places_named(question)
    ):
        return "Shipping policy"
    return label


# What a sentence must carry for each aspect asked about: a span of time for "how long", an
# amount for "how much"; and a condition the question names ("bought in the sale").
_EVIDENCE = {
    "days": re.compile(r"\d+\s*(?:[-–]\s*\d+\s*)?(?:working |business )?(?:days?|weeks?|months?|"
                       r"hours?)\b", re.IGNORECASE),
    "cost": re.compile(r"\d+[.,]\d{2}\b|\bfree\b|[$€£]\s?\d", re.IGNORECASE),
}


@cache
def _evidence(aspect: str) -> re.Pattern[str]:
    """What a sentence must carry for ``aspect``; for a cost, a whole amount before an ISO 4217
    code ("95 DKK", "35 CHF", Babel's codes) too, as much as "€4.90" (round 30)."""
    if aspect != "cost":
        return _EVIDENCE[aspect]
    from babel.numbers import list_currencies

    codes = "|".join(sorted(list_currencies()))
    return re.compile(rf"{_EVIDENCE['cost'].pattern}|\d\s?(?-i:{codes})\b", re.IGNORECASE)


_SALE_ASKED = re.compile(
    r"\b(?:in the sale|on sale|sale price|discounted|reduced|marked down|im angebot|reduziert|"
    r"en solde|en soldes|en oferta|rebajad[oa]|in offerta|in saldo|scontat[oa]|in de uitverkoop|"
    r"afgeprijsd|em promo[cç][aã]o|pa rea|på rea|alennuksessa|w promocji|przecenion\w*)\b",
    re.IGNORECASE,
)
_EXCHANGE_SAID = re.compile(r"\bexchang\w*|\bswap\w*", re.IGNORECASE)
_SALE_SAID = re.compile(r"\bsale\b|\bdiscounted\b|\breduced\b", re.IGNORECASE)


def _preferred(question: str, ranked: list[ScoredPassage]) -> tuple[list[ScoredPassage], bool]:
    """The ranking with the sentences that carry what the question asks for first (a time span
    for "how long", an amount for "how much", the sale it was bought in), and whether any did."""
    folded = fold(question)
    tests = [_evidence(a) for a in ("days", "cost") if asks_aspect(folded, a)]
    if _SALE_ASKED.search(question):
        tests.append(_SALE_SAID)
    moved = False
    for test in reversed(tests):
        having = [item for item in ranked if test.search(item.passage.text)]
        if having and having != ranked[: len(having)]:
            moved = True
        if having:
            ranked = having + [item for item in ranked if item not in having]
    return ranked, moved


@dataclass(frozen=True)
class PolicyAnswer:
    """The policy sentences that answer a question; ``precise`` when they were chosen for the
    country named or for what the question asks about it (a time span, an amount, a sale),
    so they replace a sentence of the same policy that the ranking merely found close."""

    support: list[ScoredPassage]
    precise: bool = False
    # Chosen because they name the country asked about (or the EU it belongs to), or as the
    # policy's rule for this product's kind (a partner's, a download): they answer it even when
    # the question's other words are not theirs ("customs", "Spain", "send it back to you?").
    settled: bool = False


# At most this many sentences are quoted for a country ("rest of the EU", "express within the
# EU", "free within the EU over 75"): together they answer "what does shipping to Spain cost?".
MAX_COUNTRY_SENTENCES = 3


# A shipping sentence that closes its list of destinations: "we ship only to …", "we only
# deliver within …", "we do not ship anywhere else" (round 29); "not outside Europe" names no
# list, so a country in Europe is not answered by it, while "not outside the EU" names the
# EU's members (round 30: a country that is none of them, nor named beside them, is left out).
_ONLY_TO = re.compile(
    r"\b(?:ship|deliver|send|post)(?:s|ping)? (?:only|exclusively) (?:to|within|in)\b|"
    r"\bonly (?:ship|deliver|send|post)(?:s)? (?:to|within|in)\b|"
    r"\b(?:do not|don't|cannot|can't) (?:ship|deliver|send|post) (?:anywhere |to anywhere )"
    r"else\b|"
    r"\b(?:do not|don't|cannot|can't) (?:ship|deliver|send|post) outside (?:the )?"
    r"(?:EU|European Union)\b",
    re.IGNORECASE,
)
# "We don't send parcels outside Europe": the answer for a country outside it (round 54).
_NOT_OUTSIDE_EUROPE = re.compile(
    r"\b(?:do not|don't|cannot|can't|does not|doesn't) (?:ship|deliver|send|post)"
    r"(?: (?:anything|orders|parcels|goods))? (?:outside|beyond) (?:of )?Europe\b",
    re.IGNORECASE,
)
# The listing's own sentence on where it is sent: "sent … within Denmark only", "in Denmark and
# Sweden only" (round 30). In a policy such a sentence is the rule for some goods ("anything
# over 20 kg … within X only"), not a closed list for every product.
_SENT = re.compile(r"\b(?:sent|shipped|delivered|posted|ships|dispatched)\b", re.IGNORECASE)
_ONLY_WITHIN = re.compile(
    r"\b(?:with)?in (?:the )?[A-Z][\w-]+(?: (?:and|or) [A-Z][\w-]+)? only\b"
)
# A destination named in English: "to" and a capitalised name ("to Madeira", "to the Azores").
_DESTINATION = re.compile(r"\b(?:to|into)\s+(?:the\s+)?[A-Z][\w-]+")


def policy_support(
    question: str,
    language: str,
    passages: Sequence[Passage],
    listing: Listing,
    embedder: Embedder,
) -> PolicyAnswer:
    """The sentence of the policy a question asks about that answers it: the one scoped to this
    product (its material, its kind, what the sentence opens with) rather than the general
    rule, ranked against the question (in English) or its English gloss (in another language:
    empty when the gloss carries nothing but the policy's name); empty too when the policy has
    no sentence for it."""
    label = policy_label(question)
    destination = _DESTINATION.search(question)
    if not label and destination and _SEND_TO.search(question.lower()):
        # Sending it somewhere the shipping policy itself names ("to Madeira", which is no
        # country and no town of the lists): a shipping question (round 27).
        place = destination.group(0).split()[-1]
        if any(p.source == "policy" and p.text.startswith("Shipping policy:")
               and re.search(rf"\b{re.escape(place)}\b", p.text) for p in passages):
            label = "Shipping policy"
    if not label:
        return PolicyAnswer([])
    gloss = question if language == "en" else english_gloss(question, language, label)
    pool = [p for p in passages if p.source == "policy" and p.text.startswith(f"{label}:")]
    if not pool:
        return PolicyAnswer([])
    # A gloss of nothing but the policy's name ("can I return it?") is answered only by the
    # policy's rule for this product's kind ("Products sold by our partners are returned to
    # the partner"), not by one for a material or category it shares.
    bare = gloss == GLOSSES[label]
    codes = country_codes(question, language)
    places = places_named(question, language) if label == "Shipping policy" else []
    regions = [place.region for place in places if place.region]
    if label == "Shipping policy" and not codes:
        # A town ("to Leeds?") or a US state: the country it is in.
        codes = {place.country for place in places}
    if codes and label == "Shipping policy":
        # The listing's own sentence that closes where this product goes ("shipped … within
        # Denmark only", a partner's live animals) answers before the shop's rates (round 30).
        closing = [p for p in passages if p.source == "listing" and is_free_text(p)
                   and _SENT.search(p.text)
                   and (_ONLY_TO.search(p.text) or _ONLY_WITHIN.search(p.text))]
        if closing:
            return PolicyAnswer(rank(gloss, closing, embedder, len(closing))[:1], precise=True,
                                settled=True)
        # "ship to Germany?" is answered by the sentences that name Germany, or the EU; a US
        # town or state by those that name its state ("Alaska and Hawaii: …") when there are.
        covering = [p for p in pool if any(region in p.text for region in regions)] or [
            p for p in pool if any(_covers(p.text, code) for code in codes)
        ]
        if any(_names_country(p.text, code) for p in covering for code in codes):
            # Sweden's own rate, not "the rest of the EU: …" beside it
            covering = [p for p in covering if not _REST_OF_EU.search(p.text)
                        or any(_names_country(p.text, code) for code in codes)]
        # The policy's rule for this very product ("the kombucha kit goes to Irish addresses
        # only", "crocks go by courier") comes first: it may overrule the country's rate.
        for_product = [p for p in pool if names_product(p, listing) and p not in covering]
        if covering or for_product:
            ranked, _ = _preferred(question, rank(gloss, covering, embedder, len(covering)))
            top = {item.passage for item in ranked[:MAX_COUNTRY_SENTENCES]}
            # In the policy's own order, which reads as it was written.
            in_order = sorted((item for item in ranked if item.passage in top),
                              key=lambda item: pool.index(item.passage))
            first = rank(gloss, for_product, embedder, len(for_product)) if for_product else []
            return PolicyAnswer([*first, *in_order], precise=True, settled=True)
        # None names it and the policy closes its list ("We ship only to Spain, Portugal and
        # France"): that sentence answers for every other country, a town's included (round 29).
        closed = [p for p in pool if _ONLY_TO.search(p.text)]
        if closed:
            return PolicyAnswer(rank(gloss, closed, embedder, len(closed))[:1], precise=True,
                                settled=True)
        # The policy ships nowhere outside Europe and every country asked lies outside it
        # beyond doubt ("can it go to Mexico?"): that sentence answers (round 54).
        refused = [p for p in pool if _NOT_OUTSIDE_EUROPE.search(p.text)]
        if refused and all(outside_europe(code) for code in codes):
            return PolicyAnswer(rank(gloss, refused, embedder, len(refused))[:1], precise=True,
                                settled=True)
        known = set(english_names().values())
        pool = [p for p in pool if any(c in p.text for c in known)] or pool
    if label == "Shipping policy" and not codes and destination:
        # Somewhere no country or town list knows ("to Madeira?", an island, a region): the
        # policy's rule for this very product ("the kiln ships only within Ireland") still says
        # where it goes (round 27).
        for_product = [p for p in pool if names_product(p, listing)]
        if for_product:
            return PolicyAnswer(
                rank(gloss, for_product, embedder, len(for_product))[:1], precise=True,
                settled=True,
            )
    ranked, moved = _preferred(question, rank(gloss, pool, embedder, len(pool)))
    if label == "Returns policy" and has_cue(fold(question), ASPECTS["exchange"]):
        # "can I swap it for the other colour?": the policy's sentence on exchanges
        swaps = [item for item in ranked if _EXCHANGE_SAID.search(item.passage.text)]
        if swaps:
            return PolicyAnswer(swaps[:1], True, settled=True)
    own = [item for item in ranked if names_product(item.passage, listing)]
    if own and label == "Returns policy":
        # "Knives can only be returned unused" for a chef's knife, "used garden gloves cannot
        # be returned" for garden gloves: the rule for this very kind of product.
        return PolicyAnswer(own[:1], moved, settled=True)
    scoped = [item for item in ranked if is_scoped(item.passage) and applies_to(item.passage,
                                                                                listing)]
    # The sentence for this product overrides the general rule ("Downloadable products cannot
    # be returned" against "You can return unused items within 30 days").
    if bare:
        scoped = [item for item in scoped if scoped_to_kind(item.passage, listing)]
    chosen = scoped[:1] or ([] if bare else ranked[:1])
    settled = any(scoped_to_kind(item.passage, listing) for item in chosen)
    if language == "en":
        # the caller checks that they address the question, unless it is this kind's rule
        return PolicyAnswer(chosen, moved, settled)
    kept = [item for item in chosen if item.score >= POLICY_SCORE or item in scoped or moved]
    return PolicyAnswer(kept, moved, settled)
