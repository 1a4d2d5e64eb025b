"""Why a fact matters and what a product is for, said in the shop's language: the English
knowledge base's reason for the same fact (``data/reasons/``, ``benefits.benefit_for``),
carried in each language's file (``data/languages/<code>.json``: ``reasons``, keyed alike in
every language).

Each key names the role its fact plays, the English fact the knowledge base reads for it, and
how the fact is told in the shop's language: a figure under the role (a warranty), a mark
written alike in every language (OEKO-TEX, GOTS), or the language's own words for it
(``words``: "spülmaschine", "zmywar"), matched at a word's start in one value that no
``negations`` word denies ("nicht spülmaschinenfest"). A reason is said only where the English
knowledge base gives one for that English fact with no product named, so a rule kept to some
products is never said; the sentence names no product and takes no agreement from it.

What the product is for: the English purpose data (``data/purposes/``, ``purpose.purpose_of``)
for a type, said where the listing's product type (else its category's last part) is that
type's name in the language with at most a short ending ("Šroubováky", "Pfanne"), never a word
inside a longer name (a pan's lid is not a pan).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from plugin.domain import Listing
from plugin.generation.benefits import benefit_for
from plugin.generation.language_facts import ShopFact, own_side
from plugin.generation.languages import LanguageWords
from plugin.generation.purpose import purpose_of


@dataclass(frozen=True)
class ReasonKey:
    """One fact the English knowledge base gives a reason for."""

    role: str
    english: tuple[str, str]
    # Marks written alike in every language; empty: the language's ``words``, or (a figure
    # role) any value the role's frame took.
    marks: tuple[str, ...] = ()
    # A material: said only where the fact's one value is that material and nothing else
    # ("Edelstahl", "100% bambus"), as the English reads a value's main material.
    whole: bool = False


REASON_KEYS: dict[str, ReasonKey] = {
    "warranty": ReasonKey("warranty", ("Warranty", "2 years")),
    "dishwasher": ReasonKey("care", ("Care", "dishwasher safe")),
    "machine_wash": ReasonKey("care", ("Care", "machine washable")),
    "microwave": ReasonKey("care", ("Care", "microwave safe")),
    "oeko_tex": ReasonKey(
        "certification",
        ("Certification", "OEKO-TEX Standard 100"),
        ("oeko-tex", "öko-tex", "oekotex", "oeko tex"),
    ),
    "gots": ReasonKey("certification", ("Certification", "GOTS"), ("gots",)),
    "fsc": ReasonKey("certification", ("Certification", "FSC"), ("fsc",)),
    "fairtrade": ReasonKey(
        "certification", ("Certification", "Fairtrade"), ("fairtrade", "fair trade")
    ),
    "stainless": ReasonKey("material", ("Material", "stainless steel"), whole=True),
    "aluminium": ReasonKey("material", ("Material", "aluminium"), whole=True),
    "ceramic": ReasonKey("material", ("Material", "ceramic"), whole=True),
    "rattan": ReasonKey("material", ("Material", "rattan"), whole=True),
    "bamboo": ReasonKey("material", ("Material", "bamboo"), whole=True),
}
# Round 45's keys, which every language file gives; a key added later may be missing from a
# language (then nothing is said for it there), so keys are added language by language.
FIRST_KEYS = frozenset(REASON_KEYS)


def _material(english: str) -> ReasonKey:
    return ReasonKey("material", ("Material", english), whole=True)


# Round 49: the materials that recur in the shops' own-language listings and that the English
# knowledge base (``material_reasons.MATERIALS``) gives a reason for, and two care facts.
REASON_KEYS.update(
    {
        "leather": _material("leather"),
        "oak": _material("oak"),
        "walnut": _material("walnut"),
        "beech": _material("beech"),
        "pine": _material("pine"),
        "acacia": _material("acacia"),
        "ash": _material("ash"),
        "maple": _material("maple"),
        "mango_wood": _material("mango wood"),
        "teak": _material("teak"),
        "silicone": _material("silicone"),
        "porcelain": _material("porcelain"),
        "felt": _material("wool felt"),
        "jute": _material("jute"),
        "titanium": _material("titanium"),
        "sterling_silver": _material("sterling silver"),
        "hemp": _material("hemp"),
        "seagrass": _material("seagrass"),
        "enamelled_steel": _material("enamelled steel"),
        "neoprene": _material("neoprene"),
        "velvet": _material("velvet"),
        "polycarbonate": _material("polycarbonate"),
        "oven": ReasonKey("care", ("Care", "oven safe")),
        "freezer": ReasonKey("care", ("Care", "freezer safe")),
    }
)
# "100% ", "%100 ": a share that names the whole.
_WHOLE_SHARE = re.compile(r"^(100\s?%|%\s?100)\s*")
# Round 50: a steel's grade before or after its name ("18/0 …", "… AISI 316") names
# the same material, not a mix: read past it as past a "100 %".
_GRADE = re.compile(
    r"^(aisi\s?)?(18/\d{1,2}|3\d\dl?)\s+|\s+(aisi\s?)?(18/\d{1,2}|3\d\dl?)$", re.IGNORECASE
)


@cache
def english_reason_for(fact: tuple[str, str]) -> bool:
    """Whether the English knowledge base gives the fact (name, value) a reason, with no
    product and (a material) for a product not worn: the reasons of a fabric's feel are not
    said. A language file's reason is written only where the English one exists."""
    name, value = fact
    return benefit_for(name, value, 0, worn=False, product="") is not None


def english_gives(key: str) -> bool:
    """Whether the English knowledge base gives the key's fact a reason (``english_reason_for``)."""
    return english_reason_for(REASON_KEYS[key].english)


def word_found(words: tuple[str, ...], text: str) -> bool:
    """Whether one of ``words`` starts a word of ``text`` (case-folded, Turkish dotted i too)."""
    lowered = text.lower().replace("i\u0307", "i")
    return any(re.search(rf"(?<![^\W\d_]){re.escape(w.lower())}", lowered) for w in words)


# A negation word this long is a whole form, not a particle, and may take an ending
# ("yıkamayın" → "yıkamayınız", "keine" → "keinen"): it denies at a word's start.
_FORM_LETTERS = 5


def word_denied(text: str, language: LanguageWords) -> bool:
    """Whether a negation word of ``language`` denies ``text`` ("not dishwasher safe")."""
    lowered = text.lower().replace("i\u0307", "i")
    for word in language.negations:
        w = word.lower()
        end = "" if len(w) >= _FORM_LETTERS else r"(?![^\W\d_])"
        if re.search(rf"(?<![^\W\d_]){re.escape(w)}{end}", lowered):
            return True
    return False


# Round 49: one word beside the material's ("massive Eiche", "cuir véritable") still names it
# as the main material; more words may name a part or a mix ("Stahl mit Eichengriff").
_BESIDE = 1
_ONE_WORD = re.compile(r"^[^\W\d_]+$")


def _main_material(
    value: str, words: tuple[str, ...], stops: tuple[str, ...], passed: tuple[str, ...] = ()
) -> bool:
    """Whether a material value is the material: its name (a "100 %" share or a steel's grade
    beside it), or its name and one word beside it (an adjective), on the shop's own side
    ("Juharfa / Maple"); no ``stops`` word in it ("Kunstleder", "Eichenoptik"). ``passed``:
    the language's words that only say how the material was made (a tanning), read past in
    any number (round 50)."""
    said = _WHOLE_SHARE.sub("", own_side(value).strip()).rstrip(".").strip()
    said = _GRADE.sub("", said).strip()
    if passed:
        kept = [w for w in said.split() if w.lower() not in {b.lower() for b in passed}]
        said = " ".join(kept) if kept else said
    if not said or (stops and word_found(stops, said)):
        return False
    if named_whole(said, words) or _named_last(said, words):
        return True
    parts = said.split()
    if len(parts) < 2:
        return False
    for split in (_BESIDE, len(parts) - _BESIDE):
        head, rest = " ".join(parts[:split]), " ".join(parts[split:])
        for named, beside in ((rest, head), (head, rest)):
            if _ONE_WORD.match(beside) and named_whole(named, words):
                return True
    return False


# Round 50: Chinese and Japanese name a kind of a material before the material's own word,
# which ends the compound ("毛竹", a bamboo): at most this many characters before it.
_CJK = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+$")
_KIND_BEFORE = 2


def _named_last(said: str, words: tuple[str, ...]) -> bool:
    """Whether a value written in Chinese or Japanese characters ends with the material's word
    after at most ``_KIND_BEFORE`` characters naming its kind."""
    if not _CJK.match(said):
        return False
    return any(
        _CJK.match(w) and said.endswith(w) and 0 < len(said) - len(w) <= _KIND_BEFORE for w in words
    )


# Round 51: material reasons that claim how the product is cleaned ("wipes clean"). Beside a
# care fact the language denies ("not dishwasher safe") the claim is not said, so a denied care
# fact never turns into a cleaning promise; the care fact stays in the list as written.
CARE_CLAIMS = frozenset({"ceramic", "enamelled_steel"})


def reason_key(
    fact: ShopFact, language: LanguageWords, others: tuple[ShopFact, ...] = ()
) -> str | None:
    """The key of the reason the fact gets in ``language``, or None; ``others``: the
    listing's facts, read for a denied care fact beside a cleaning claim (``CARE_CLAIMS``)."""
    cared = any(
        f.role == "care" and any(word_denied(v, language) for v in f.values) for f in others
    )
    for key, spec in REASON_KEYS.items():
        if spec.role != fact.role or key not in language.reasons:
            continue
        if cared and key in CARE_CLAIMS:
            continue
        words = spec.marks or language.reason_words.get(key, ())
        if spec.whole:
            if len(fact.values) != 1 or not _main_material(
                fact.values[0],
                words,
                language.reason_not.get(key, ()),
                language.reason_beside.get(key, ()),
            ):
                continue
        elif words:
            told = [v for v in fact.values if word_found(words, v)]
            if not told or any(word_denied(v, language) for v in told):
                continue
        elif not fact.values:
            continue
        if english_gives(key):
            return key
    return None


def fact_reason(fact: ShopFact, language: LanguageWords, others: tuple[ShopFact, ...] = ()) -> str:
    """The reason sentence for the fact ("" for none); ``others`` as ``reason_key`` reads it."""
    key = reason_key(fact, language, others)
    return language.reasons[key] if key else ""


# The English purpose data's types said in every language's file.
# Not "tent": a play tent, a dog's or a grow tent is one too, and none is for a night outdoors.
PURPOSE_TYPES = ("frying pan", "screwdriver", "spirit level", "hand saw", "backpack")
# A type's name with an ending ("šroubovák" → "šroubováky"): at most this many letters.
_ENDING = 3


@cache
def english_purpose(english_type: str) -> bool:
    """Whether the English purpose data says what a product of that type is for."""
    listing = Listing(external_id="", title=english_type.title(), product_type=english_type)
    return purpose_of(listing) is not None


def named_whole(kind: str, words: tuple[str, ...]) -> bool:
    """Whether ``kind`` is one of ``words`` alone, with at most a short ending."""
    lowered = kind.strip().lower()
    for word in words:
        rest = lowered[len(word) :] if lowered.startswith(word.lower()) else None
        if rest is not None and len(rest) <= _ENDING and (not rest or rest.isalpha()):
            return True
    return False


def purpose_sentence(listing: Listing, language: LanguageWords) -> str:
    """What the product is for, in ``language`` ("" where its type is not one the English
    purpose data knows, or the language has no words for it)."""
    categories = [c.split(">")[-1].strip() for c in listing.categories if c.strip()]
    kind = own_side((listing.product_type or (categories[0] if categories else "")).strip())
    if not kind:
        return ""
    for english_type in PURPOSE_TYPES:
        words = language.purpose_words.get(english_type, ())
        if words and named_whole(kind, words) and english_purpose(english_type):
            return language.purposes[english_type]
    return ""
