"""The shopper's language, and the language the reply is written in.

The question's language is told by py3langid (langid.py's maintained fork: a 4.6 MB wheel whose
only dependency is numpy; lingua-language-detector was the first choice, but its wheel is 96 MB
for 75 languages, and on our short shopper questions in these seven languages the two made the
same number of mistakes). The detector only chooses among the languages Copydesk has fixed
replies in; a question too short to tell, or not clearly in another language, keeps the shop's.
Norwegian is ``nb`` (Bokmål, the written standard most shops use; "no" and "nn" name it too).

The shop's setting ``reply_languages`` says which languages replies may be written in:

- ``"any"`` (the default): every language with fixed replies (``replies.TEMPLATES``);
- ``"shop"``: the shop's ``language`` only;
- a list of codes, e.g. ``["en", "de"]`` (the shop's language is always allowed).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from plugin.language_id import ALIASES as ALIASES
from plugin.language_id import base_code as base_code
from plugin.language_id import identifier
from plugin.shop_settings import ShopSettings

SUPPORTED = ("en", "de", "fr", "es", "it", "nl", "pt", "sv", "da", "nb", "fi", "pl", "cs")
# Codes that name one of ours (``ALIASES``, ``base_code``) and the identifier itself live in
# plugin/language_id.py, shared with the listing's language.
# A question of fewer words than this is too short to tell reliably ("Large?", "Price?").
MIN_WORDS = 3
# How sure the detector must be before a reply leaves the shop's language.
MIN_CONFIDENCE = 0.8
# Short questions: a detector leaning this far, backed by one function word of its language
# and none of another's ("Woher kommt der Filter?"), is sure enough.
LEANING = 0.45
# A detector leaning this far settles a tie between the function words of its language and
# another's (round 13).
CLEAR_LEANING = 0.7
# A question whose function words are all of one language that is not English, and that the
# detector gives at least this share, is in that language (round 20: read off the seen sets'
# questions the detector was unsure of; no question of another language is taken by it).
MARKED_SHARE = 0.2
# A question the detector leans to another language with (LEANING), that has no function
# word of another language and to which it gives English less than this share, is in the
# language it leans to (round 21: read off the seen sets' questions; the English questions
# of content words only, "xl hoodie price", "rubber bucket 15 l?", get 0.06 to 0.33).
FOREIGN_ENGLISH_SHARE = 0.05
# A question the detector leans to a language this far, with a word only that language's word
# table has (glossing.languages_knowing) and none only another's, is in that language (round
# 30: "consegnate in Irlanda?" it 0.59, with "consegnate" in the Italian table only).
VOCABULARY_LEANING = 0.3
_WORD = re.compile(r"[^\W\d_]+")


def allowed_languages(settings: ShopSettings) -> tuple[str, ...]:
    """The languages a shop lets replies be written in, its own language first."""
    shop = base_code(settings.language)
    wanted = settings.reply_languages
    if wanted == "shop":
        chosen: Iterable[str] = ()
    elif wanted == "any":
        chosen = SUPPORTED
    elif isinstance(wanted, str):
        chosen = (base_code(part) for part in wanted.split(","))
    else:
        chosen = (base_code(str(part)) for part in wanted)
    return tuple(dict.fromkeys([shop, *(c for c in chosen if c in SUPPORTED)]))


def validate_reply_languages(value: Any) -> str | list[str]:
    """The setting as stored; raises ``ValueError`` for anything else."""
    if value in ("any", "shop"):
        return str(value)
    if isinstance(value, str):
        value = [part for part in value.split(",") if part.strip()]
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        codes = [base_code(v) for v in value]
        unknown = [c for c in codes if c not in SUPPORTED]
        if unknown:
            raise ValueError(
                f"reply_languages: no fixed replies in {', '.join(unknown)} "
                f"(known: {', '.join(SUPPORTED)})"
            )
        return list(dict.fromkeys(codes))
    raise ValueError('reply_languages must be "any", "shop" or a list of language codes')


def _detector() -> Any:
    """The identifier restricted to the languages with fixed replies."""
    return identifier(SUPPORTED)


def detect(text: str, candidates: Iterable[str] = SUPPORTED) -> tuple[str, float]:
    """The most likely of ``candidates`` for ``text``, with its probability among them."""
    allowed = [c for c in candidates if c in SUPPORTED]
    if not allowed:
        return "en", 0.0
    ranked = [
        (lang, float(p))
        for code, p in _detector().rank(text)
        if (lang := ALIASES.get(code, code)) in allowed
    ]
    total = sum(p for _, p in ranked) or 1.0
    lang, probability = max(ranked, key=lambda item: item[1])
    return lang, probability / total


# Function words that belong to one language only (among ours): a short question the detector
# is unsure of ("Quanto custa o vaso médio?": pt 0.54) is settled when its own language's
# words outnumber every other's.
MARKERS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the does what which where how cost costs is are it this there much many",
        "de": "der die das ist sind kostet hat haben wie viel welche wo auch nicht eine gibt",
        "fr": "le les est sont coûte coute ont du des ce cette quel quelle combien où aussi une",
        "es": "el los las es son cuesta tiene tienen está están del qué cuál cuánto dónde",
        "it": "il gli è sono costa ha hanno della dei delle che quale dove anche",
        "nl": "het een zijn kost heeft hebben hoe welke waar ook niet er",
        "pt": "o os um uma não são custa tem têm você está estão pelo pela dos das ao qual onde",
        "sv": "och är hur vad finns jag inte också vilken vilka mycket många kostar går",
        "da": "hvad findes meget nogen noget mig dig gerne hvornår jer købe hjælp spørgsmål",
        "nb": "hva finnes mye noen noe meg deg gjerne dere kjøpe hjelp spørsmål",
        "fi": "onko mikä mitä kuinka paljon ei kanssa tämä miten missä maksaa",
        "pl": "jest czy jak ile nie się jaki jaka jakie dla mają kosztuje",
        "cs": "je jsou kolik stojí není také který která které jaký jaká jaké jakých mám "
        "máte budou bude lze",
    }.items()
}


# Swedish, Danish and Norwegian are close enough that the detector splits a short question
# between them ("Är … stål?": nb 0.43, sv 0.43): together they are sure, and the letters only
# Swedish writes (ä, ö) or only Danish and Norwegian write (æ, ø) tell which.
NORDIC = ("sv", "da", "nb")
_SWEDISH_LETTERS = re.compile(r"[äö]", re.IGNORECASE)
_DANO_NORWEGIAN_LETTERS = re.compile(r"[æø]", re.IGNORECASE)


# Danish "I" (you, plural) inside a sentence: Norwegian writes "dere", Swedish "ni".
_DANISH_YOU = re.compile(r"(?<=[^\W\d_] )I\b")


def _nordic(text: str) -> str | None:
    """The Nordic language of a question the detector is sure is one of the three but not
    which, or None."""
    shares = {lang: 0.0 for lang in NORDIC}
    ranked = [(ALIASES.get(code, code), float(p)) for code, p in _detector().rank(text)]
    total = sum(p for lang, p in ranked if lang in SUPPORTED) or 1.0
    for lang, p in ranked:
        if lang in shares:
            shares[lang] += p / total
    if sum(shares.values()) < MIN_CONFIDENCE:
        return None
    found = [w.lower() for w in _WORD.findall(text)]
    votes = sorted(((sum(w in MARKERS[c] for w in found), c) for c in NORDIC), reverse=True)
    if votes[0][0] > votes[1][0]:
        return votes[0][1]  # "vilken", "hvad", "hva"
    if {votes[0][1], votes[1][1]} == {"da", "nb"} and votes[0][0] > votes[2][0]:
        # "hvor" is Danish and Norwegian alike: their spellings tell which (round 35)
        return _danish_or_norwegian(text, max(("da", "nb"), key=lambda lang: shares[lang]))
    if _DANISH_YOU.search(text) and not _SWEDISH_LETTERS.search(text):
        return "da"  # "Har I den i rød?": Danish "I" (you); Norwegian writes "dere"
    if _SWEDISH_LETTERS.search(text) and not _DANO_NORWEGIAN_LETTERS.search(text):
        return "sv"
    if _DANO_NORWEGIAN_LETTERS.search(text) and not _SWEDISH_LETTERS.search(text):
        return max(("da", "nb"), key=lambda lang: shares[lang])
    return max(NORDIC, key=lambda lang: shares[lang])


def _share(text: str, lang: str) -> float:
    """The detector's probability of ``lang`` for ``text`` among the supported languages."""
    ranked = [(ALIASES.get(code, code), float(p)) for code, p in _detector().rank(text)]
    total = sum(p for code, p in ranked if code in SUPPORTED) or 1.0
    return sum(p for code, p in ranked if code == lang) / total


# Spellings that tell Norwegian (Bokmål) from Danish, which the detector splits about evenly
# on a short question (round 28): Norwegian doubles a final consonant ("takk", "sønn", "full",
# "flagg" against "tak", "søn", "fuld", "flag"), writes "øy" and "ei" where Danish writes "øj"
# and "ej" ("høy", "hei", "nei" against "høj", "hej", "nej"), "-sjon" and "-het" for "-tion"
# and "-hed", "opp" for "op", "kj" for "k" ("kjøpe", "købe"), puts the possessive after a
# noun in its definite form ("datteren min"), and has its own small words ("meg", "av",
# "mye", "noe", "nå" against "mig", "af", "meget", "noget", "nu").
_NORWEGIAN = re.compile(
    r"(?<![^\W_])(?:hei|nei|meg|deg|seg|nå|av|mye|noe|noen|hva|dere|sånn|ikkje|"
    r"opp[^\W\d_]*|kj[^\W\d_]+|[^\W\d_]+(?:sjon|sjonen|sjoner|heten|het)|"
    # words Danish writes otherwise: "ganger" (gange), "laste ned" (downloade), "kveld"
    # (aften), "uke" (uge), "gjerne" (gerne), "bruke" (bruge), "trenger" (behøver) (round 36)
    r"ganger|last(?:e|er|et) ned|nedlast[^\W\d_]*|kveld[^\W\d_]*|uke(?:n|r|ne)?|gjerne|"
    r"bruk(?:e|er|te)|treng(?:e|er)|"
    # and "hansker" (handsker), "etter" (efter), "mellom" (mellem), "ut" (ud), "båt" (båd)
    # (round 37)
    r"hansk(?:e|en|er|ene)|etter|mellom|ut|båt(?:en|er|ene)?)(?![^\W_])|"
    # "there is" as "det er" ("hvor mange bøker er det i serien?", Danish "er der"), and an
    # adjective before a definite noun ("den røde jakken", Danish "den røde jakke") (round 41)
    r"(?<![^\W_])hvor (?:mange|mye) (?:[^\W\d_]+ )?er det(?![^\W_])|"
    r"(?<![^\W_])(?:den|det|de) [^\W\d_]+e [^\W\d_]+(?:en|et|ene)(?![^\W_])|"
    r"[^\W\d_](?:kk|nn|pp|gg|tt|ll|mm)(?![^\W_])|øy|"
    r"[^\W\d_]+(?:en|et|a) (?:min|mitt|mi|din|ditt|vår|vårt)(?![^\W_])",
    re.IGNORECASE,
)
_DANISH = re.compile(
    r"(?<![^\W_])(?:hej|nej|mig|dig|sig|nu|af|meget|noget|nogle|nogen|hvad|jer|jeres|sådan|"
    r"lige|søn|mand|båd|[^\W\d_]+(?:tion|tionen|tioner|heden|hed)|"
    # Danish soft spellings and words Norwegian writes otherwise: "maskine" (maskin), "åbne"
    # (åpne), "dyb" (dyp), "købe" (kjøpe), "gerne" (gjerne), "hvornår" (når), "uge" (uke)
    # (round 35)
    r"maskine[^\W\d_]*|åb(?:en|ne|ner|net|ent)|dyb[^\W\d_]*|køb[^\W\d_]*|gerne|hvornår|"
    r"uge(?:n|r|dag[^\W\d_]*)?)(?![^\W_])|"
    r"øj|[^\W\d_]ej(?![^\W_])",
    re.IGNORECASE,
)


def _danish_or_norwegian(text: str, lang: str) -> str:
    """``lang`` (Danish or Norwegian) unless the other's spellings outnumber its own; a
    Norwegian noun with its feminine definite "-a" ("kokeboka") counts as a Norwegian spelling."""
    from plugin.questions.glossing import norwegian_definite
    from plugin.questions.lexicon import fold

    norwegian = len(_NORWEGIAN.findall(text)) + sum(
        norwegian_definite(fold(w)) for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text)
    )
    danish = len(_DANISH.findall(text))
    if lang == "da" and norwegian > danish:
        return "nb"
    if lang == "nb" and danish > norwegian:
        return "da"
    return lang


def question_language(text: str) -> tuple[str, float]:
    """The question's language among every supported one, and how sure the detector is; an
    unsure guess that the question's function words clearly back counts as sure. Danish and
    Norwegian are told apart by their spellings when they differ (round 28)."""
    lang, probability = _question_language(text)
    if lang in ("da", "nb"):
        return _danish_or_norwegian(text, lang), probability
    return lang, probability


def _question_language(text: str) -> tuple[str, float]:
    lang, probability = detect(text, SUPPORTED)
    if probability >= MIN_CONFIDENCE:
        return lang, probability
    nordic = _nordic(text)
    if nordic is not None:
        return nordic, MIN_CONFIDENCE
    found = [w.lower() for w in _WORD.findall(text)]
    votes = sorted(((sum(w in MARKERS[c] for w in found), c) for c in SUPPORTED), reverse=True)
    (best, winner), (second, _) = votes[0], votes[1]
    backed = best >= 2 or (best == 1 and probability >= LEANING)
    if winner == lang and backed and best > second:
        return lang, MIN_CONFIDENCE
    if best and not second and winner != "en" and _share(text, winner) >= MARKED_SHARE:
        # Only its own function words, and the detector gives it a fair share though it
        # leans elsewhere or nowhere: "Hva koster 3/4-fiolinen?" (Norwegian "hva", nb 0.38
        # beside fi 0.25), "Quanto custa o …?" (Portuguese "custa", it 0.59, pt 0.24).
        return winner, MIN_CONFIDENCE
    own = sum(w in MARKERS[lang] for w in found)
    if (
        lang != "en"
        and probability >= LEANING
        and own == best
        and (best == 0 or second == 0)
        and _share(text, "en") < FOREIGN_ENGLISH_SHARE
    ):
        # No function word of any other language, English's included, the detector leans
        # to this one and gives English next to nothing: a short question of content words
        # (a verb and the product's nouns) is in the language the detector leans to, not in
        # the shop's by default (round 21).
        return lang, MIN_CONFIDENCE
    if own and own == best and probability >= CLEAR_LEANING:
        # Its words tie with another language's ("Le short … existe en XXL ?": "le" is
        # French, "de" Dutch) and the detector clearly leans to it: the lean settles the tie.
        return lang, MIN_CONFIDENCE
    if lang != "en" and probability >= VOCABULARY_LEANING and _own_vocabulary(found) == {lang}:
        # The detector leans to it, and a word of the question is in its word table and in no
        # other language's (a verb of delivering, "faut"): that word tells (round 30).
        return lang, MIN_CONFIDENCE
    return lang, probability


def _own_vocabulary(found: list[str]) -> set[str]:
    """The languages of which ``found`` has a word that only that language's word table has
    (``glossing.languages_knowing``)."""
    from plugin.questions.glossing import languages_knowing
    from plugin.questions.lexicon import fold

    owners = (languages_knowing(fold(w)) for w in found if w not in MARKERS["en"])
    return {next(iter(langs)) for langs in owners if len(langs) == 1}


# A question of two words is too short for the detector unless it is all but certain and
# gives English next to nothing (round 29: "Toimitatteko Ruotsiin?" fi 0.998; over the seen
# sets' questions of one or two words, every other one stays under 0.9 or gives English 0.02
# or more).
SHORT_CERTAIN = 0.95
SHORT_ENGLISH_SHARE = 0.01


def _all_but_certain(question: str) -> str | None:
    """The language of a question of two words when the detector is all but certain of it."""
    if len(_WORD.findall(question)) < 2:
        return None
    lang, probability = detect(question, SUPPORTED)
    if probability >= SHORT_CERTAIN and _share(question, "en") < SHORT_ENGLISH_SHARE:
        return lang
    return None


def reply_language(question: str, allowed: Sequence[str]) -> str:
    """The language to answer ``question`` in, among ``allowed`` (the shop's own first, as
    :func:`allowed_languages` gives them): the shopper's when it is allowed and the detector is
    sure, else the shop's own."""
    shop = allowed[0]
    if len(allowed) == 1:
        return shop
    if len(_WORD.findall(question)) < MIN_WORDS:
        lang = _all_but_certain(question)
        return lang if lang is not None and lang != shop and lang in allowed else shop
    lang, confidence = question_language(question)
    if lang != shop and lang in allowed and confidence >= MIN_CONFIDENCE:
        return lang
    return shop
