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
from functools import cache

from plugin.domain import Listing
from plugin.questions.answerability import applies_to, is_scoped
from plugin.questions.embedding import Embedder
from plugin.questions.lexicon import fold, has_cue
from plugin.questions.passages import Passage
from plugin.questions.retrieval import ScoredPassage, rank

# Cosine similarity of a policy sentence with the question's English gloss ("returns days")
# for it to answer the question.
POLICY_SCORE = 0.3

# Policy label (as in passages.POLICY_LABELS) → the words that ask about it.
POLICIES: dict[str, tuple[str, ...]] = {
    "Shipping policy": (
        "ship",
        "shipping",
        "shipped",
        "deliver",
        "delivery",
        "postage",
        "versand",
        "versend",
        "verschick",
        "liefer",
        "livraison",
        "livrez",
        "expedi",
        "envio",
        "envian",
        "enviais",
        "spedizione",
        "spedite",
        "spedire",
        "verzend",
        "bezorg",
        "enviam",
        "frakt",
        "leverans",
        "skickar",
        "skicka",
        "fragt",
        "levering",
        "sender",
        "toimitus",
        "toimitatte",
        "lahetatte",
        "wysylka",
        "wysylacie",
        "dostawa",
    ),
    "Returns policy": (
        "return",
        "returns",
        "refund",
        "exchange",
        "money back",
        "send it back",
        "send back",
        "ruckgabe",
        "zuruckgeben",
        "zuruckschicken",
        "zurucksenden",
        "umtausch",
        "erstattung",
        "retour",
        "retourner",
        "renvoyer",
        "rembours",
        "echange",
        "devolver",
        "devuelvo",
        "devolverme",
        "devolucion",
        "reembolso",
        "cambiar",
        "restituire",
        "restituirlo",
        "restituirla",
        "reso",
        "rimborso",
        "cambio",
        "terugsturen",
        "retourneren",
        "terugbetaling",
        "ruilen",
        "devolvo",
        "devolucao",
        "troca",
        "trocar",
        "returnera",
        "aterbetalning",
        "byta",
        "returnere",
        "refusion",
        "refusjon",
        "bytte",
        "palauttaa",
        "palautus",
        "hyvitys",
        "vaihtaa",
        "zwrot",
        "zwrocic",
        "oddac",
        "wymiana",
    ),
}

# What a question asks about a policy, each as the English word the policies use for it.
ASPECTS: dict[str, tuple[str, ...]] = {
    "days": (
        "how long",
        "how many days",
        "how soon",
        "wie lange",
        "wie viele tage",
        "tage",
        "jours",
        "combien de temps",
        "delai",
        "dias",
        "cuanto tiempo",
        "cuanto tardan",
        "tardan",
        "giorni",
        "quanto tempo",
        "dagen",
        "hoe lang",
        "prazo",
        "dagar",
        "hur lange",
        "dage",
        "hvor laenge",
        "dager",
        "hvor lenge",
        "paivaa",
        "kuinka kauan",
        "dni",
        "jak dlugo",
    ),
    "refund": (
        "money back",
        "refund",
        "geld zuruck",
        "rembours",
        "dinero",
        "reembols",
        "soldi",
        "rimbors",
        "geld terug",
        "terugbetal",
        "dinheiro",
        "pengarna",
        "aterbetal",
        "pengene",
        "refusion",
        "refusjon",
        "rahat",
        "hyvitys",
        "pieniadze",
        "zwrot pieniedzy",
    ),
    "cost": (
        "cost",
        "price",
        "fee",
        "charge",
        "free",
        "kostet",
        "kosten",
        "gratis",
        "coute",
        "frais",
        "gratuit",
        "cuesta",
        "costa",
        "kost",
        "custa",
        "kostar",
        "koster",
        "maksaa",
        "ilmainen",
        "kosztuje",
        "darmowa",
    ),
    "damaged": (
        "damaged",
        "broken",
        "cracked",
        "chipped",
        "smashed",
        "dented",
        "torn",
        "defective",
        "beschadigt",
        "beschaedigt",
        "kaputt",
        "casse",
        "endommage",
        "abime",
        "danado",
        "roto",
        "rotto",
        "danneggiato",
        "kapot",
        "danificado",
        "partido",
        "skadad",
        "trasig",
        "beskadiget",
        "odelagt",
        "skadet",
        "rikki",
        "vaurioitunut",
        "uszkodzony",
        "zepsuty",
        "pekniety",
    ),
    "unopened": (
        "opened",
        "open it",
        "used",
        "geoffnet",
        "benutzt",
        "ouvert",
        "utilise",
        "abierto",
        "usado",
        "aperto",
        "apro",
        "usato",
        "geopend",
        "gebruikt",
        "aberto",
        "oppnad",
        "anvand",
        "abnet",
        "brugt",
        "apnet",
        "brukt",
        "avattu",
        "kaytetty",
        "otwarty",
        "uzywany",
    ),
}

# The English a policy sentence would answer each with.
GLOSSES = {
    "Shipping policy": "do you ship",
    "Returns policy": "can I return it",
    "days": "within how many days",
    "refund": "refund money back",
    "cost": "cost",
    "damaged": "arrived damaged",
    "unopened": "opened or used",
}

# Care sub-topics: a care sentence that does not name the one asked does not answer it
# ("can it be ironed?" against "machine wash at 40 °C … tumble dry low").
CARE_ASPECTS: dict[str, tuple[str, ...]] = {
    "iron": (
        "iron",
        "ironed",
        "ironing",
        "bugeln",
        "repasser",
        "planchar",
        "stirare",
        "strijken",
        "passar a ferro",
        "engomar",
        "stryka",
        "stryge",
        "stryke",
        "silittaa",
        "prasowac",
    ),
    "dishwasher": (
        "dishwasher",
        "spulmaschine",
        "geschirrspuler",
        "lave-vaisselle",
        "lavavajillas",
        "lavastoviglie",
        "vaatwasser",
        "maquina de lavar loica",
        "diskmaskin",
        "opvaskemaskine",
        "oppvaskmaskin",
        "astianpesukone",
        "zmywarka",
        "zmywarce",
    ),
    "microwave": (
        "microwave",
        "mikrowelle",
        "micro-ondes",
        "microondas",
        "microonde",
        "magnetron",
        "mikrovagsugn",
        "mikrobolgeovn",
        "mikroaaltouuni",
        "mikrofal",
    ),
    "bleach": (
        "bleach",
        "bleichen",
        "javel",
        "lejia",
        "candeggina",
        "bleekmiddel",
        "lixivia",
        "blekmedel",
        "blegemiddel",
        "klorin",
        "valkaisu",
        "wybielacz",
    ),
    "dryer": (
        "tumble dry",
        "dryer",
        "trockner",
        "seche-linge",
        "secadora",
        "asciugatrice",
        "droger",
        "maquina de secar",
        "torktumlare",
        "torretumbler",
        "torketrommel",
        "kuivausrumpu",
        "suszarka",
    ),
}
CARE_WORDS = {
    "iron": ("iron",),
    "dishwasher": ("dishwasher",),
    "microwave": ("microwave",),
    "bleach": ("bleach",),
    "dryer": ("tumble", "dryer", "dry"),
}


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
    words += [GLOSSES[aspect] for aspect, cues in ASPECTS.items() if has_cue(folded, cues)]
    words += sorted(countries_named(question, language).values())
    return " ".join(words)


def care_aspects(question: str) -> set[str]:
    folded = fold(question)
    return {aspect for aspect, cues in CARE_ASPECTS.items() if has_cue(folded, cues)}


def names_care_aspects(text: str, aspects: set[str]) -> bool:
    """Whether a care sentence names every care sub-topic asked ("iron" for an iron question)."""
    folded = fold(text)
    return all(any(re.search(rf"(?<![^\W_]){w}", folded) for w in CARE_WORDS[a]) for a in aspects)


@cache
def _territories(language: str) -> dict[str, str]:
    """Folded country names in ``language`` (and English) → the English name."""
    from babel import Locale, UnknownLocaleError

    english = Locale.parse("en").territories
    names: dict[str, str] = {}
    for code in {language, "en"}:
        try:
            local = Locale.parse(code).territories
        except (UnknownLocaleError, ValueError):
            continue
        for key, name in local.items():
            if key.isalpha() and key in english and len(name) >= 4:
                names[fold(name)] = english[key]
    return names


def countries_named(question: str, language: str) -> dict[str, str]:
    """The countries a question names, in its language or in English: folded name → English."""
    folded = fold(question)
    return {
        name: english
        for name, english in _territories(language or "en").items()
        if re.search(rf"(?<![^\W_]){re.escape(name)}(?![^\W_])", folded)
    }


# Damage on arrival is a returns question even without a word for returning.
_DAMAGED_ON_ARRIVAL = re.compile(
    r"\b(?:arrived|came|delivered|showed up|turned up)\b[^.?!]{0,25}\b(?:damaged|broken|cracked|"
    r"chipped|smashed|dented|torn|defective)\b|\bangekommen\b[^.?!]{0,25}\bkaputt|"
    r"\barriv[ée]e?\b[^.?!]{0,25}\b(?:cass[ée]e?|endommag[ée]e?|ab[iî]m[ée]e?)\b|"
    r"\bllegó\b[^.?!]{0,25}\b(?:roto|rota|dañad[oa])\b|\barrivat[oa]\b[^.?!]{0,25}\brott[oa]\b"
)


_SEND_BACK = re.compile(r"\b(?:send|ship|post|bring|take|give)\b(?:\s+[\w']+){0,3}\s+back\b")


def policy_label(question: str) -> str:
    """The policy a question asks about: by its words, sending it back, or a damage on
    arrival (returns)."""
    label = policy_asked(question)
    lowered = question.lower()
    if not label and (_DAMAGED_ON_ARRIVAL.search(lowered) or _SEND_BACK.search(lowered)):
        return "Returns policy"
    return label


def policy_support(
    question: str,
    language: str,
    passages: Sequence[Passage],
    listing: Listing,
    embedder: Embedder,
) -> list[ScoredPassage]:
    """The sentence of the policy a question asks about that answers it: the one scoped to this
    product (its material, its kind, what the sentence opens with) rather than the general
    rule, ranked against the question (in English) or its English gloss (in another language:
    empty when the gloss carries nothing but the policy's name); empty too when the policy has
    no sentence for it."""
    label = policy_label(question)
    if not label:
        return []
    gloss = question if language == "en" else english_gloss(question, language, label)
    pool = [p for p in passages if p.source == "policy" and p.text.startswith(f"{label}:")]
    if gloss == GLOSSES[label] or not pool:
        return []
    countries = countries_named(question, language)
    if countries and label == "Shipping policy":
        # "ship to Germany?" is answered by the sentence that lists where the shop ships.
        known = set(_territories("en").values())
        listing_places = [p for p in pool if any(c in p.text for c in known)]
        pool = listing_places or pool
    ranked = rank(gloss, pool, embedder, len(pool))
    scoped = [
        item for item in ranked if is_scoped(item.passage) and applies_to(item.passage, listing)
    ]
    # The sentence for this product overrides the general rule ("Downloadable products cannot
    # be returned" against "You can return unused items within 30 days").
    chosen = scoped[:1] or ranked[:1]
    if language == "en":
        return chosen  # the caller checks that the sentences address the question
    return [item for item in chosen if item.score >= POLICY_SCORE or item in scoped]
