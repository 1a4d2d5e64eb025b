"""How long a product lasts in use, whether it comes gift-boxed, how loud it is (round 56), how
high or far it flies (round 57).

"How soon do the bristles wear down with daily use?", "hoe lang blijft de schaar scherp?",
"is the candle trio packed in a gift box?", "how many decibels is the fan?": a line close in
meaning ("soft nylon brushes for watercolour", "hand-poured soy wax") describes the product but
does not say how long it lasts, how it is packed or how loud it is, and quoting it reads as an
answer. Each kind asked (in the shop's languages, on the folded question) needs a line that
names it (in English, on the folded lines); none, and the question goes to the merchant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A use repeated ("if I paint every day"); "when" and "with" name a mode a battery runs in
# ("when tracking", "with the light on"), which a running time answers.
_USE = r"(?:if|every|each|daily|a day|per day|a week|per week|in daily)"
_RUNS = r"(?![^.?!]{0,50}\b(?:batter\w*|charges?|charging)\b)"

# How high or how far the product flies, is thrown or bounces in use ("how high does the model
# rocket fly?", "wie weit fliegt der Bumerang?", "hoe ver vliegt de frisbee?"): a height or a
# distance it reaches, which its own dimensions do not give (round 57). "go" and "reach" are
# left out: "how high does the seat go?" asks the product's own height.
REACHED = re.compile(
    r"\b(?:how (?:high|far)|wie (?:hoch|weit)|hoe (?:hoog|ver)|hvor (?:hoyt|hoit|hojt|langt)|"
    r"hur (?:hogt|langt)|a quelle (?:hauteur|distance)|jusqu'a quelle hauteur|quanto (?:in )?"
    r"(?:alto|lontano)|que tan (?:alto|lejos)|hasta que altura|jak (?:wysoko|daleko)|"
    r"kuinka (?:korkealle|kauas)|jak (?:vysoko|daleko))\b[^.?!]{0,40}\b(?:fl(?:y|ies|ying|ew|own)|"
    r"soars?|bounces?|jumps?|throws?|thrown|launch(?:es|ed)?|shoots?|fliegt|fliegen|"
    r"springt|vliegt|vliegen|stuitert|flyr|flyger|flyver|vole|volent|rebondit|vuela|vuelan|"
    r"rebota|vola|volano|rimbalza|voa|voam|leci|leca|lata|lenta|lentaa|poskakuje)\b"
)


@dataclass(frozen=True)
class AskedKind:
    """A kind of fact: how a question asks it, and the words a line that states it has."""

    name: str
    asked: re.Pattern[str]
    stated: re.Pattern[str]


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(parts))


KINDS: tuple[AskedKind, ...] = (
    AskedKind(
        "wear",
        _rx(
            # English: worn out or blunted in use, how long it lasts under a given use
            r"\bwears?(?:ing)? (?:out|down|through|thin)\b|\bworn (?:out|down|through)\b",
            r"\b(?:stays?|keeps?|remains?) sharp\b|\bgo(?:es)? blunt\b|\bhow durable\b",
            r"\blife ?span\b",
            rf"\bhow long\b{_RUNS}[^.?!]{{0,50}}\blast\b[^.?!]{{0,40}}\b{_USE}\b",
            # the shop languages: stays sharp, wears out, lasts under a use
            r"\b(?:blijf\w*|bleib\w*|reste\w*|rimane|rimangono|sigue\w*|se mantiene\w*|"
            r"continua\w*|forblir|forbliver|pysyy|pysyvat|pozostaje\w*|zustane\w*|"
            r"haller sig)\b[^.?!]{0,30}\b(?:scherp|scharf|affute\w*|tranchant\w*|"
            r"affilat\w*|afilad\w*|skarp\w*|teravan\w*|terava\w*|ostr\w*)\b",
            r"\b(?:slijt\w*|verschlei\w*|nutz\w* sich\w* ab|s'use\w*|se desgast\w*|si consum\w*|"
            r"si usur\w*|se gast\w*|slites|kuluu|kuluvat|zuzywa\w*|"
            r"opotrebuj\w*|opotrebi\w*)\b",
            r"\bhoe lang\b[^.?!]{0,40}\bmee\b",
            r"\b(?:hvor lenge|hvor lange|hur lange|wie lange|combien de temps|cuanto tiempo|"
            r"quanto tempo|jak dlugo|jak dlouho|kuinka kauan)\b[^.?!]{0,50}\b(?:hvis|om|wenn|"
            r"si|se|jesli|kdyz|jos)\b[^.?!]{0,40}\b(?:hver|varje|jeden|jede\w*|chaque|cada|"
            r"ogni|iedere|elke|codziennie|kazdy|denne|joka|every|dag|dia|tag|jour|giorno)",
        ),
        re.compile(
            r"\b(?:lasts?|lasting|long-lasting|life|lifespan|lifetime|wears?|wearing|worn|"
            r"durable|durability|sharp|sharpen\w*|blunt\w*|replace\w*|hold up|holds up)\b"
        ),
    ),
    AskedKind(
        "gift packing",
        _rx(
            r"\bgift[- ]?(?:box\w*|wrap\w*|bag|packag\w*)\b|\bpresent box\b",
            r"\b(?:geschenkbox|geschenkverpackung|geschenkkarton|coffret cadeau|emballage cadeau|"
            r"caja de regalo|envoltorio de regalo|confezione regalo|scatola regalo|"
            r"cadeauverpakking|cadeaudoos|presentforpackning|presentask|gaveeske|gaveaeske|"
            r"gavepapir|lahjapakkau\w*|lahjarasia|pudelko prezentowe|opakowanie prezentowe|"
            r"darkove baleni|darkova krabice|caixa de presente|embrulho de presente)\b",
        ),
        re.compile(r"\b(?:gift\w*|box\w*|boxed|wrap\w*|packag\w*|packed|tin|case|pouch)\b"),
    ),
    AskedKind(
        "loudness",
        _rx(
            r"\bhow loud\b",
            r"\b(?:dezibel|decibel\w*|desibel\w*)\b",
            r"\b(?:wie laut|hoe luid|hur hogljud\w*|kuinka kovaa\w*|jak glosn\w*|jak hlasit\w*)\b",
        ),
        re.compile(r"\b(?:db|dba|db\(a\)|decibels?|loud\w*|quiet\w*|volume|noise\w*|silent\w*)\b"),
    ),
    # the height or distance it reaches in use: "70 cm tall" is its own (round 57)
    AskedKind(
        "height reached",
        REACHED,
        re.compile(r"\b(?:altitudes?|heights?|high|far|distances?|range|metres up|meters up)\b"),
    ),
)


def asked_kinds(folded_question: str) -> list[AskedKind]:
    """The kinds of fact the folded question asks, in the order of ``KINDS``."""
    return [kind for kind in KINDS if kind.asked.search(folded_question)]


def wear_unstated(folded_question: str, folded_text: str) -> bool:
    """Whether the folded question asks how long the product lasts in use, whether it comes
    gift-boxed or how loud it is, and the folded lines to quote (``folded_text``) do not name
    it: "how long do the pencils last if I draw daily?" against "Soft graphite, 12 grades."."""
    return any(not kind.stated.search(folded_text) for kind in asked_kinds(folded_question))
