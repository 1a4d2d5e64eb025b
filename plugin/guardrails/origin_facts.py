"""Where a listing says its product, its parts and its steps of making are from."""

from __future__ import annotations

import re
from collections.abc import Callable

from plugin.guardrails.facts_record import ListingFacts
from plugin.guardrails.measures import parts_of_label
from plugin.guardrails.places import PlaceMention, find_places
from plugin.guardrails.product_nouns import is_kind_of_any, senses
from plugin.guardrails.vocabulary import MATERIAL_LABELS_ABROAD, MATERIALS


def read_origins(
    facts: ListingFacts,
    text: str,
    lines: list[str],
    labels: list[str],
    line_of: Callable[[int], int],
    named: set[str],
) -> None:
    """Where the product, its parts and its steps of making are from, by the places the lines
    name and the labels and verbs around them."""
    steps: dict[str, set[str]] = {}
    for mention in find_places(text, capitalised=False, subdivisions=True):
        index = line_of(mention.start)
        step = _STEP_IN.search(text, max(0, mention.start - 48), mention.start)
        labelled = _STEP_LABEL.match(labels[index])  # "Roasted in: Portland, Oregon"
        abroad = _step_abroad(labels[index])  # "Abgepackt in: Österreich": packed there
        verb_match = step or labelled
        # "blended and packed in Nelson": each step of the group was done there
        done = re.findall(r"[a-z]+ed", verb_match.group(1).lower()) if verb_match else [abroad]
        for country in mention.place.countries:
            # "Assembled in: Denmark" is a step's label as "assembled in Denmark" is a step
            steps.setdefault(country, set()).update(v if v in _STEP_VERBS else "" for v in done)
            for verb in done:
                if verb:
                    facts.step_places.setdefault(verb, set()).add(country)
        of_parts = (
            {abroad}
            if abroad
            else set()
            if _MAKING_LABEL.match(labels[index])
            else {
                p
                for p in parts_of_label(_MADE_COMPOUND.sub("", labels[index])) - _ORIGIN_LABEL_WORDS
                if not is_kind_of_any(p, "workplace")  # "Studio: Cork": where the maker works
                and (
                    p in named
                    or labelled
                    or senses(p)
                    or MATERIALS.pattern.fullmatch(p)
                    or _THING_AFTER.match(text, mention.end)
                )
            }
            if labels[index]
            else None
        )  # a label whose word is no English noun or material and is used nowhere else, over a
        # place that ends its clause ("Herkunft: Österreich"), names no part; a step's label
        # ("Packed in") keeps the step apart
        made = _MADE_IN.search(text, max(0, mention.start - 16), mention.start)
        if of_parts is None and not made and not step:
            of_parts = _demonym_of_material(text, mention) or None
        for country in mention.place.countries if mention.place.level != "region" else ():
            facts.countries.setdefault(country, lines[index])
            if of_parts:  # "Coffee origin: Colombia" gives the coffee's origin, not the set's
                facts.origin_parts.setdefault(country, set()).update(of_parts)
            elif (of_parts is not None and not _MATERIAL_LABEL.search(labels[index])) or made:
                facts.whole_origins.add(country)
    facts.origin_steps = {c: verbs for c, verbs in steps.items() if "" not in verbs}


def _demonym_of_material(text: str, mention: PlaceMention) -> set[str]:
    """ "Woven from Norwegian wool", "in Italian leather": a demonym right before a material, in
    prose, gives that material's origin, not the product's."""
    if mention.text.lower() == mention.place.name.lower() or not mention.text[:1].isupper():
        return set()
    after = (
        MATERIALS.pattern.match(text, mention.end + 1)
        if text[mention.end : mention.end + 1] == " "
        else None
    )
    return {MATERIALS.find(after.group())[0][2].name} if after else set()


# A word right after a place in a listing's value: the place qualifies it ("Finish: Kent Slate"),
# so the label names what is from there. A place that ends its clause ("Herkunft: Österreich",
# "Ursprung: Gewebt in Litauen, genäht in Polen") says where the product itself is from.
_THING_AFTER = re.compile(
    r"[ \t-]+(?!(?:and|or|in|by|to|for|with|since|at|on|under|using|the|a|an|but)\b)"
    r"[^\W\d_]{3,}",
    re.IGNORECASE,
)

# Words of an origin attribute's name that name no part: "Country of origin", "Made in".
_ORIGIN_LABEL_WORDS = frozenset(
    "country origin origins made where produced manufactured material materials fabric "
    "composition main region".split()
    # "made" or "produced" in the shop languages, a label of one participle ("Produceret: Kina")
    + "hergestellt produziert gefertigt fabriqué fabrique fabriquée produit fabricado fabricada "
    "producido prodotto fabbricato prodotta gemaakt geproduceerd vervaardigd produzido "
    "tillverkad producerad produceret fremstillet produsert laget wyprodukowano wyprodukowane "
    "vyrobeno vyrobeny".split()
)


# A compound of "made" in an origin label ("Handmade in", "Hand-made in") is "made".
_MADE_COMPOUND = re.compile(r"\b[a-z]+-?(?=made\b)", re.IGNORECASE)
_MATERIAL_LABEL = re.compile(  # "Material", or its word abroad ("Materiale", "Chất liệu")
    r"\b(?:materials?|fabrics?|composition|"
    + "|".join(re.escape(w) for w in sorted(MATERIAL_LABELS_ABROAD, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
# "bottled in Portugal", "bottled in Lisbon, Portugal": a step before the country, a town between.
_STEP_IN = re.compile(
    r"\b((?:[a-z]+ed\s*(?:,|and|&)\s*)?[a-z]+ed)\s+in\s+(?:the\s+)?"
    r"(?:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?,\s*)?$",
    re.IGNORECASE,
)
_STEP_LABEL = re.compile(r"^\s*([a-z]+ed)\s+(?:in|at)\s*$", re.IGNORECASE)
# Steps of the making that do not make a country the product's origin.
_STEP_VERBS = frozenset(
    "assembled designed engineered developed combed finished packed packaged imported "
    "distributed blended bottled tested".split()
)
STEP_VERBS = _STEP_VERBS  # for step_towns
_MADE_IN = re.compile(r"\bmade in (?:the )?$", re.IGNORECASE)
# A label of one word and a preposition of place, in any shop language ("Feito em",
# "Gewebt in", "Cosido a"): a participle of the making, not a part, so the place is the
# product's origin (a step's own words, "Abgepackt in", are read by _step_abroad first).
_MAKING_LABEL = re.compile(
    r"^\s*[^\W\d_]+\s+(?:in|em|en|i|à|a|aus|im|w|na|no|nel|nella|op)\s*$", re.IGNORECASE
)
# A step of the making named in a label in the shop's language, as the English verb.
_STEPS_ABROAD = {
    "packed": "abgepackt verpackt emballé emballe conditionné conditionne confezionato envasado "
    "empaquetado embalado verpakt pakket packat pakowane",
    "bottled": "abgefüllt abgefuellt embouteillé embouteille imbottigliato embotellado "
    "engarrafado gebotteld",
    "designed": "entworfen gestaltet conçu concu dessiné dessine progettato disegnato diseñado "
    "ontworpen designet designad design",
    "assembled": "montiert assemblé assemble assemblato ensamblado montado geassembleerd",
    "imported": "importiert importé importe importato importado geïmporteerd",
}
_STEP_WORDS_ABROAD = {w: verb for verb, words in _STEPS_ABROAD.items() for w in words.split()}


def _step_abroad(label: str) -> str:
    """The English verb of a step label in the shop's language ("Abgepackt in" is packed)."""
    words = label.lower().split()
    return _STEP_WORDS_ABROAD.get(words[0], "") if words else ""
