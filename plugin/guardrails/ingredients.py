"""What a product is made of when it is a food, a cosmetic or a blend: its ingredients.

A listing that names its ingredients ("Ingredients: …", "INCI: …", "Base: …", "Composition: …")
has said what goes in. A draft names an ingredient

- after a verb of adding ("made with", "blended with", "sweetened with", "scented with" …), or
- beside the listing's own ingredients in one list ("mango with garlic, sea salt and chipotle":
  "garlic" and "sea salt" are listed, so the list is the ingredients, and "chipotle" is one).

An ingredient the listing does not list is an invented material and blocks, with the listing's
line as the fact (``accuracy.material``; tasting notes, "notes of blueberry", are
``accuracy.feature``). A scent or flavour added ("scented with lavender") on a listing that
lists no ingredients cannot be confirmed: it warns and says the listing names none.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from plugin.domain import Finding
from plugin.guardrails.facts_record import memo
from plugin.guardrails.findings import BLOCK, WARN, finding
from plugin.guardrails.listed_values import unlisted
from plugin.guardrails.listing_facts import ListingFacts, normalise
from plugin.guardrails.product_nouns import stem
from plugin.guardrails.quantities import NUMBER_WORDS
from plugin.guardrails.vocabulary import FREE_OF, MATERIALS

_HOLDS = re.compile(
    r"\b(?P<verb>made with|made from|blended with|infused with|scented with|flavou?red with|"
    r"sweetened with|enriched with|seasoned with|fortified with|spiced with|mixed with|"
    r"contains|containing|topped with|dusted with|coated (?:in|with)|glazed with|packed with|"
    r"loaded with|studded with|swirled with|drizzled with|sprinkled with|bound with|"
    r"with notes of|notes of|hints? of|scent of|tastes of)\s+(?P<items>[^.;:!?\n]{3,100})",
    re.IGNORECASE,
)
# Verbs that add something to what the product is: on a listing that says nothing is added
# ("Nothing added", "No additives"), what they add is invented.
_ADDING = re.compile(
    r"^(?:blended|mixed|sweetened|flavou?red|infused|enriched|fortified|spiced|scented|"
    r"seasoned|cut) with\b",
    re.IGNORECASE,
)
_NOTHING_ADDED_LINE = re.compile(
    r"\b(?:nothing (?:else )?(?:is )?added|no additives|nothing else (?:added|in it)|"
    r"with nothing added|no added ingredients)\b",
    re.IGNORECASE,
)


def _nothing_added(facts: ListingFacts) -> str:
    """The listing's line that says nothing is added to the product, or ""."""
    return memo(facts, "nothing added", lambda f: next(
        (ln for ln in f.lines if _NOTHING_ADDED_LINE.search(ln)), ""))  # fmt: skip


_NOTES = frozenset("with notes of|notes of|hints of|hint of|tastes of".split("|"))
# Verbs that add a scent or flavour: said on a listing with no ingredients, they still claim one.
_ADDED = re.compile(r"^(?:scented|flavou?red|infused|sweetened)\b", re.IGNORECASE)
# "Ingredients" and "composition" in the shop languages a listing's labels come in.
_HOLD_WORDS_ABROAD = (
    "zutaten|zusammensetzung|inhaltsstoffe|ingrédients|composition|ingredientes|composición|"
    "composição|ingredienti|composizione|ingrediënten|samenstelling|ingredienser|"
    "sammansättning|sammensætning|sammensetning|skład|składniki|ainesosat|koostumus|"
    # a scent or flavour: CLDR has no such words; these are the shop languages' own
    "duft|doft|parfum|geur|profumo|fragranza|perfume|zapach|tuoksu|geschmack|"
    "saveur|smaak|sabor|gusto|smak|maku"
)
_HOLD_LABEL = re.compile(
    r"^(?:pa_)?(?:key[\s_-]+|active[\s_-]+)?(?:ingredients?|inci|composition|base|recipe|"
    r"(?:tasting\s+)?notes|scents?|fragrance|flavou?rs?|botanicals|aroma|cup|profile|binders?|"
    + _HOLD_WORDS_ABROAD
    + r")(?:\s*\([^)\n]{0,24}\))?\s*:",  # "Ingredients (INCI):"
    re.IGNORECASE,
)
_ITEM = re.compile(r",\s*(?:and\s+|or\s+|plus\s+)?|\s+(?:and|or|&|with|plus)\s+", re.IGNORECASE)
_ITEM_END = re.compile(r"\s+(?:in|for|to|that|which|so|from|with|on|as|at|into)\b", re.I)
_LEAD = re.compile(
    r"^(?:(?:a|an|the|with|some|fresh|real|pure|natural|organic|lightly|just|only|little|touch of|"
    r"splash of|pinch of|dash of|hints? of|bit of|(?:few )?drops? of|dab of|spoonful of|"
    r"handful of|squeeze of|sprinkle of|swirl of|twist of|knob of|drizzle of)\s+)+",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"[^.;:!?\n()]+")
_WORD = re.compile(r"^[a-z][a-z'-]*$")
_DIGIT = re.compile(r"\d")
MAX_WORDS = 3


def ingredient_lines(facts: ListingFacts) -> list[str]:
    return [ln for ln in facts.lines if _HOLD_LABEL.match(ln)]


@cache
def _inci() -> tuple[re.Pattern[str], dict[str, str], frozenset[str]]:
    """INCI names with their everyday names (``data/inci.json``), one pattern that finds them,
    and the everyday names' distinctive words ("almond", "jojoba")."""
    names = json.loads((Path(__file__).parent / "data" / "inci.json").read_text())["names"]
    pattern = re.compile(
        r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b"
    )
    words = {w for common in names.values() for w in common.split() if len(w) > 3}
    return pattern, names, frozenset(words - _NOT_DISTINCTIVE)


_NOT_DISTINCTIVE = frozenset("vitamin sweet green tree white baking witch water".split())


def _held_words(line: str) -> set[str]:
    """The words of a listing's ingredient line, with the everyday names of its INCI names
    ("Butyrospermum Parkii Butter" gives "shea")."""
    value = line.split(":", 1)[1].lower()
    pattern, names, _ = _inci()
    words = set(re.findall(r"[a-z]+", value))
    for match in pattern.finditer(value):
        words.update(names[match.group()].split())
    abroad, english = _abroad()
    for match in abroad.finditer(value):  # "Zutaten: Zimt, Gewürznelken": cinnamon, cloves
        words.update(english[match.group()].split())
    for _, _, term in MATERIALS.find(value):  # "Notes: …, cèdre": cedar, as a material abroad
        words.update(term.name.split())
    return words


@cache
def ingredients_abroad() -> dict[str, Any]:
    """``data/ingredients_abroad.json``, read once: ``names`` (English name → its names in the
    shop languages) and ``contained_in``."""
    table: dict[str, Any] = json.loads(
        (Path(__file__).parent / "data" / "ingredients_abroad.json").read_text()
    )
    return table


@cache
def _abroad() -> tuple[re.Pattern[str], dict[str, str]]:
    """Ingredient names in the shop languages (``data/ingredients_abroad.json``) with their
    English names, and one pattern that finds them as whole words."""
    table = ingredients_abroad()
    english = {name: en for en, names in table["names"].items() for name in names}
    pattern = re.compile(
        r"(?<!\w)(?:"
        + "|".join(re.escape(n) for n in sorted(english, key=len, reverse=True))
        + r")(?!\w)"
    )
    return pattern, english


def _said_abroad(facts: ListingFacts) -> frozenset[str]:
    """The English stems of the ingredients the listing names anywhere in a shop's language
    ("Contiene glutine." in its description gives gluten), not only in its ingredient line."""
    abroad, english = _abroad()
    return frozenset(
        stem(w)
        for ln in facts.lines
        for match in abroad.finditer(ln.lower())
        for w in english[match.group()].split()
    )


@cache
def _contained_in() -> dict[str, frozenset[str]]:
    """What an ingredient brings with it (``contained_in`` of ``data/ingredients_abroad.json``):
    the stems of the listed ingredients that hold it ("gluten" of wheat, rye or semolina)."""
    table = ingredients_abroad()
    return {
        stem(name): frozenset(stem(w) for source in sources for w in source.split())
        for name, sources in table["contained_in"].items()
        if not name.startswith("_")
    }


def _brought_with(held: set[str]) -> set[str]:
    """ "Contains gluten" of a pasta whose listed semolina holds it."""
    return {name for name, sources in _contained_in().items() if held & sources}


def names_abroad(english: str) -> tuple[str, ...]:
    """An ingredient's names in the shop languages ("soja", "soia" of soy)."""
    return tuple(name for name, en in _abroad()[1].items() if en == english)


def ingredient_words(facts: ListingFacts) -> frozenset[str]:
    """The words of the listing's ingredients ("salmon" of "Ingredients: 100% salmon"): nouns
    that name what the product is made of, as its own nouns do ("Alaskan salmon")."""
    return frozenset(
        w
        for ln in ingredient_lines(facts)
        for w in re.findall(r"[a-z]+", ln.split(":", 1)[1].lower())
    )


def given_ingredients(facts: ListingFacts) -> frozenset[str]:
    """The stems of every ingredient the listing gives: its words, its ingredient lines' with
    their INCI names' everyday names, its names abroad, and what those bring with them."""
    held = {stem(w) for ln in ingredient_lines(facts) for w in _held_words(ln)}
    given = held | set(facts.stems) | memo(facts, "ingredients.said_abroad", _said_abroad)
    return frozenset(given | _brought_with(held))


def check_ingredients(text: str, facts: ListingFacts) -> list[Finding]:
    lines = ingredient_lines(facts)
    held = {stem(w) for ln in lines for w in _held_words(ln)}
    given = set(memo(facts, "ingredients.given", given_ingredients))
    out: list[Finding] = []
    taken: list[tuple[int, int]] = []
    pure = _nothing_added(facts)
    for match in _HOLDS.finditer(text):
        verb = match.group("verb").lower()
        taken.append((match.start(), match.end()))  # the verb and its list, read here
        if not lines and pure and _ADDING.match(verb):
            items = _ITEM_END.split(match.group("items"))[0]
            for start, end, words in _pieces(text, match.start("items"), items):
                if words and not all(stem(w) in given for w in words):
                    out.append(unlisted(start, end, text, pure, "accuracy.material"))
            continue  # "blended with cane sugar" of a syrup with "Nothing added"
        if not lines and not _ADDED.match(verb):
            made = memo(facts, "ingredients.made_with", _made_with_said)
            if made and _MADE.match(verb):
                out += _unlisted_made_with(text, match, given, facts, made)
            continue
        items = _ITEM_END.split(match.group("items"))[0]
        if _NONE.match(items):
            continue  # "contains nothing from animals", "contains no nuts"
        for start, end, words in _pieces(text, match.start("items"), items):
            if _FUNCTION_WORDS & set(words) or _A_CLAUSE.match(text, start, end):
                continue  # "bound with gum arabic, made in Asheville", "…, and it keeps": ended
            if _a_listed_material(text[start:end], facts):
                continue  # "made from soy fibre" of "Material: Fibra de soya"
            if words and not all(stem(w) in given for w in words):
                rule = "accuracy.feature" if verb in _NOTES else "accuracy.material"
                out.append(_finding(rule, start, end, text, lines[0] if lines else ""))
    if lines:
        out += _named_scents(text, given, taken, lines[0])
    if held:
        out += _beside_listed(text, held, given, taken, lines[0])
    out += _answered(text, given, taken, lines[0] if lines else "")
    out += _scent_of_the_unscented(text, facts)
    out += _denied_added(text, facts)
    out += _blend_of_the_pure(text, facts, given)
    if lines:
        out += _listed_denied(text, held, lines[0])
    return out


_MADE = re.compile(r"^(?:made with|made from|contains|containing|enriched with|blended with)")


def _made_with_said(facts: ListingFacts) -> str:
    """The listing's own line that says in prose what the product is made with ("made with
    12% oat milk"): an ingredient it names (or a share of one) after a verb of holding. ""
    when it has none."""
    for line in facts.lines:
        for match in _HOLDS.finditer(line):
            if not _MADE.match(match.group("verb").lower()):
                continue
            words = set(normalise(match.group("items")).split())
            if "%" in match.group("items") or words & _ingredient_names():
                return line
    return ""


def _unlisted_made_with(
    text: str, match: re.Match[str], given: set[str], facts: ListingFacts, line: str
) -> list[Finding]:
    """Of a listing that says what it is made with in prose only: an ingredient the draft says
    it is made with that the listing names nowhere ("made with honey and oat milk" of one made
    with oat milk). Only a word that names an ingredient counts: "made with care" claims none."""
    out = []
    items = _ITEM_END.split(match.group("items"))[0]
    for start, end, words in _pieces(text, match.start("items"), items):
        if not words or _FUNCTION_WORDS & set(words) or _a_listed_material(text[start:end], facts):
            continue
        if set(words) & _ingredient_names() and not all(stem(w) in given for w in words):
            out.append(_finding("accuracy.material", start, end, text, line))
    return out


# "a lavender scent", "its vanilla aroma": the scent named before the word for it.
_SCENT_WORD = re.compile(r"[a-z]+", re.IGNORECASE)
_SCENT_NAMED = re.compile(
    r"\b(?P<item>[a-z]+(?:[ -][a-z]+)?)[ -](?:scent|fragrance|aroma|flavou?r)s?\b", re.IGNORECASE
)


def _named_scents(
    text: str, given: set[str], taken: list[tuple[int, int]], line: str
) -> list[Finding]:
    """A scent or flavour named before its noun on a listing that lists its scents or
    ingredients: each of its words an ingredient's name, it must be one the listing gives."""
    out = []
    names = _ingredient_names()
    for match in _SCENT_NAMED.finditer(text):
        start, end = match.span("item")
        if any(s <= start < e for s, e in taken):
            continue
        # Each word with its own start, so a leading word that names no scent ("a soft
        # lavender scent", "a citrus-fresh scent") is dropped from the span too.
        item = match["item"]
        spans = [(normalise(w.group()), start + w.start()) for w in _SCENT_WORD.finditer(item)]
        while spans and spans[0][0] not in names:
            spans = spans[1:]
        words = [w for w, _ in spans]
        if words and all(w in names for w in words) and not all(stem(w) in given for w in words):
            out.append(_finding("accuracy.material", spans[0][1], end, text, line))
    return out


def _a_listed_material(item: str, facts: ListingFacts) -> bool:
    """The item is a material the listing gives, in whatever language it names it."""
    named = MATERIALS.find(normalise(item))
    return bool(named) and all(term.name in facts.materials for _, _, term in named)


def _listed_denied(text: str, held: set[str], line: str) -> list[Finding]:
    """An ingredient the listing's own ingredient line gives, said by the draft to be left out
    ("with no alcohol", "without alcohol" of "Ingredients: Alcohol Denat., …"): it blocks."""
    out = []
    for match in _DENIES.finditer(text):
        if match.group("b"):
            continue  # "alcohol-free": ``certifications`` reads the "…-free" claims
        word = (match.group("a") or match.group("c")).lower()
        if word in _NOT_DENIED or len(word) < 3 or stem(word.split()[0]) not in held:
            continue
        if word not in _ingredient_names():
            continue  # "no assembly", "tool-free": not what goes in
        out.append(
            finding(
                "accuracy.material",
                BLOCK,
                match.start(),
                match.end(),
                match.group(),
                "says the product is without an ingredient the listing gives.",
                "Leave it out, or say what the listing says goes in.",
                line,
            )
        )
    return out


# What a listing says is not in the product: "no sugar added", "no added salt", "sugar-free",
# "without preservatives", "free from palm oil".
_DENIES = re.compile(
    r"\b(?:no|without)\s+(?:added\s+)?(?P<a>[a-z]+(?:\s+oil)?)(?:\s+added)?\b"
    r"|\b(?P<b>[a-z]+)[\s-]free\b"
    r"|\bfree\s+(?:from|of)\s+(?:added\s+)?(?P<c>[a-z]+(?:\s+oil)?)\b",
    re.IGNORECASE,
)
# Words after "no" that name no ingredient: "no need", "no more than", "nothing".
_NOT_DENIED = frozenset(
    "need more less longer other one time problem matter doubt fuss mess waste added "
    "artificial hidden".split()
)
# A draft that puts it in: a verb of adding or "with", up to two words before the ingredient
# ("with cane sugar", "sweetened with a little honey").
_PUT_IN = r"(?:with|and|plus|contains|containing|added|sweetened with|made with|mixed with)"


def _denied(facts: ListingFacts) -> dict[str, str]:
    """Each ingredient the listing says the product is without, with the line that says so."""
    out: dict[str, str] = {}
    for line in facts.lines:
        if line.startswith(("Title:", "Tag:", "Category:", "Vendor:", "Type:")):
            continue
        for match in _DENIES.finditer(line):
            word = (match.group("a") or match.group("b") or match.group("c")).lower()
            if word in _NOT_DENIED or len(word) < 3:
                continue
            if "added" in match.group().lower() or word in _ingredient_names():
                out.setdefault(stem(word.split()[0]), line)  # not "no assembly", "tool-free"
    return out


@cache
def _ingredient_names() -> frozenset[str]:
    """Words that name an ingredient or additive: what "no …" or "…-free" can keep out."""
    english = {w for name in _abroad()[1].values() for w in (name, *name.split())}
    return frozenset(english | set(_inci()[2]) | FREE_OF | _ADDITIVES)


_ADDITIVES = frozenset(
    "preservatives preservative additives additive colourings colorings flavourings flavorings "
    "sweeteners sweetener caffeine meat eggs nuts wheat yeast oil sugars".split()
)


def _denied_added(text: str, facts: ListingFacts) -> list[Finding]:
    """An ingredient the listing says is not in the product, said to be in it ("with cane
    sugar" of "no sugar added"); the draft's own denials ("no sugar", "sugar-free") pass."""
    denied = memo(facts, "denied ingredients", _denied)
    if not denied:
        return []
    out = []
    for stem_word, line in denied.items():
        pattern = re.compile(
            rf"\b{_PUT_IN}\s+(?:(?:a|an|some|little|bit|of|touch|real|natural|raw|pure)\s+)*"
            rf"(?:[a-z]+\s+of\s+)?"  # "with a pinch of sea salt", "with a spoonful of honey"
            rf"(?P<what>(?:[a-z]+\s+)?(?P<word>{re.escape(stem_word)}[a-z]*))\b(?![\s-]free)",
            re.IGNORECASE,
        )
        for match in pattern.finditer(text):
            start = match.start("word")
            head = text[match.start() : start]
            if re.search(r"\b(?:no|without|nor|not)\b", head, re.IGNORECASE):
                continue
            if re.search(
                r"\b(?:no|without|nor|never)\s+$",
                text[max(0, match.start() - 12) : match.start()],
                re.I,
            ):
                continue
            begin = match.start("what")
            out.append(
                finding(
                    "accuracy.material",
                    BLOCK,
                    begin,
                    match.end("word"),
                    text[begin : match.end("word")],
                    "is an ingredient the listing says the product is without.",
                    "Leave it out, as the listing does.",
                    line,
                )
            )
    return out


# A listing line of one material or ingredient at 100 % ("Contents: 100 % arabica"), and a
# draft that calls the product a blend or mix of it and something else.
_PURE = re.compile(r":\s*100\s*%\s*(?P<what>[^\d,;/+]+?)\s*\.?$")
_BLEND_OF = re.compile(
    r"\b(?:blend|mix|mixture|combination)\s+of\s+(?P<items>[^.;:!?\n]{3,80})", re.IGNORECASE
)


def _blend_of_the_pure(text: str, facts: ListingFacts, given: set[str]) -> list[Finding]:
    pure = memo(facts, "pure line", lambda f: next((ln for ln in f.lines if _PURE.search(ln)), ""))
    if not pure:
        return []
    out = []
    for match in _BLEND_OF.finditer(text):
        items = _ITEM_END.split(match.group("items"))[0]
        pieces = _pieces(text, match.start("items"), items)
        if len(pieces) < 2:
            continue
        for start, end, words in pieces:
            if words and not all(stem(w) in given for w in words):
                out.append(unlisted(start, end, text, pure, "accuracy.material"))
    return out


# A listing that says the product has no scent, and a draft that gives it one.
_UNSCENTED = re.compile(
    r"\b(?:unscented|fragrance[\s-]free|scent[\s-]free|perfume[\s-]free|"
    r"no (?:added )?(?:scent|fragrance|perfume))\b",
    re.IGNORECASE,
)
_SCENTED = re.compile(
    r"(?<![\w-])(?:(?!(?:not|never|non|nor|no)\b)[a-z]+[\s-]scented|scented(?:\s+with\s+[a-z]+)?|"
    r"fragranced|perfumed)\b",
    re.IGNORECASE,
)


_NEGATED = re.compile(r"\b(?:not|never|no|nor|isn't|aren't)\s+$", re.IGNORECASE)


# A FAQ question about what goes in ("What is in it?", "Is anything added?", "Does it contain
# …?"), whose answer is the next line.
_WHAT_GOES_IN = re.compile(
    r"\b(?:ingredients?|added|additives?|what(?:'s|\s+is)\s+in(?:side)?\s+it|contains?)\b",
    re.IGNORECASE,
)
_ADDED_ASKED = re.compile(r"ingredients?|added|additives?", re.IGNORECASE)
_QUESTION_LINE = re.compile(r"[^\n]*\?[ \t]*\n+(?P<answer>[^\n]+)")
_ANSWER_LEAD = re.compile(r"^\s*(?:yes|yep|just|only|mostly|mainly)\b[\s,:-]*", re.IGNORECASE)
_NONE = re.compile(r"^\s*(?:no|none|nothing|not|never)\b", re.IGNORECASE)


def _answered(text: str, given: set[str], taken: list[tuple[int, int]], line: str) -> list[Finding]:
    """What an answer to a question about what goes in names ("Is anything added?" "A little
    beeswax."): each short item the listing never names is an ingredient it does not give."""
    out: list[Finding] = []
    if "?" not in text:
        return out
    for question in _QUESTION_LINE.finditer(text):
        asked = _WHAT_GOES_IN.search(text, question.start(), question.start("answer"))
        if not asked or not (line or _ADDED_ASKED.match(asked.group())):
            continue  # "What's in it?" of a kit asks for its parts, not its ingredients
        answer = question.group("answer")
        if _NONE.match(answer):
            continue  # "No, nothing is added."
        lead = _ANSWER_LEAD.match(answer)
        at = question.start("answer") + (lead.end() if lead else 0)
        clause = _CLAUSE.match(text, at)
        if not clause:
            continue
        for run in _runs(text, at, clause.group()):
            for start, end, words in run:
                if any(s <= start < e for s, e in taken) or all(stem(w) in given for w in words):
                    continue
                lead_words = _LEAD.match(text[start:end])  # "a pinch of iodine": "iodine"
                start += lead_words.end() if lead_words else 0
                out.append(_finding("accuracy.material", start, end, text, line))
            break  # the list the answer opens with; what follows says what it does
    return out


def _scent_of_the_unscented(text: str, facts: ListingFacts) -> list[Finding]:
    line = next((ln for ln in facts.lines if _UNSCENTED.search(ln)), "")
    if not line:
        return []
    return [
        finding(
            "accuracy.material",
            BLOCK,
            m.start(),
            m.end(),
            m.group(),
            "gives it a scent; the listing says it has none.",
            "Say it is unscented, as the listing does.",
            line,
        )  # fmt: skip
        for m in _SCENTED.finditer(text)
        if not _NEGATED.search(text, max(0, m.start() - 12), m.start())
    ]


def _pieces(text: str, at: int, items: str) -> list[tuple[int, int, list[str]]]:
    """Each item of a list with its span and its words, leading articles and amounts dropped."""
    out = []
    pos = at
    for piece in _ITEM.split(items):
        start = text.index(piece, pos) if piece else pos
        pos = start + len(piece)
        if _DIGIT.search(piece) or NUMBER_WORDS.keys() & set(piece.lower().split()):
            continue  # "25 cm tall", "seven ingredients": a figure, not an item of the list
        words = [w for w in normalise(_LEAD.sub("", piece.strip())).split() if len(w) > 2]
        out.append((start, start + len(piece.rstrip()), words))
    return out


def _beside_listed(
    text: str, held: set[str], given: set[str], taken: list[tuple[int, int]], line: str
) -> list[Finding]:
    """Items of a list that holds one of the listing's ingredients and so lists ingredients:
    a run of short items, each ending in a noun ("soft and comfortable", "baked in small
    batches" end no such run)."""
    out = []
    for clause in _CLAUSE.finditer(text):
        for run in _runs(text, clause.start(), clause.group()):
            if len(run) < 2 or not any(all(stem(w) in held for w in p[2]) for p in run):
                continue
            for start, end, words in run:
                if any(s <= start < e for s, e in taken):
                    continue
                known = _inci()[2]  # "almond oil" beside a list whose only oil is rapeseed
                if not any(stem(w) in given for w in words) or any(
                    w in known and stem(w) not in given for w in words
                ):
                    out.append(_finding("accuracy.material", start, end, text, line))
    return out


def _runs(text: str, at: int, clause: str) -> list[list[tuple[int, int, list[str]]]]:
    runs: list[list[tuple[int, int, list[str]]]] = [[]]
    for start, end, _ in _pieces(text, at, clause):
        cut = _ITEM_END.search(text, start, end)
        end = cut.start() if cut else end
        raw = normalise(_LEAD.sub("", text[start:end].strip())).split()
        words = [w for w in raw if len(w) > 2]
        if (
            words
            and len(words) <= MAX_WORDS
            and all(map(_WORD.match, words))
            and _noun_end(words)
            and not _FUNCTION_WORDS & set(raw)
            and not _ARTICLE_AND_ONE_WORD.match(text, start, end)
        ):
            runs[-1].append((start, end, words))
        if cut or not runs[-1] or runs[-1][-1][0] != start:
            runs.append([])  # "a wool blend for stretch and wear": the list ended at "for"
    return runs


# "A gentle, soap-free bar": one word after an article, before a comma, is an adjective.
_ARTICLE_AND_ONE_WORD = re.compile(r"\s*(?:a|an)\s+[a-z]+\s*$", re.IGNORECASE)


def _noun_end(words: list[str]) -> bool:
    return not words[-1].endswith(_NOT_NOUN_ENDINGS) and words[-1] not in _PARTICLES


# The endings of adjectives, participles and adverbs: an item so ended names no ingredient.
_NOT_NOUN_ENDINGS = ("ed", "ing", "ly", "ful", "able", "ible", "ous", "ive", "less")
# Words no name of an ingredient holds: "is a rich source of …", "which keeps …", and the
# steps of making something ("you melt, add colour and pour" lists steps, not ingredients).
_FUNCTION_WORDS = frozenset(
    "is are was were which that who it its has have of to be can will yes no made "
    "add melt pour stir".split()
)
# An item that opens a clause of its own ("…, and it keeps best cold"): the list has ended.
_A_CLAUSE = re.compile(r"\s*(?:it|they|this|these|we|you)\s", re.IGNORECASE)
_PARTICLES = frozenset("down up out off over away back through together".split())


def _finding(rule: str, start: int, end: int, text: str, line: str) -> Finding:
    if not line:
        return finding(
            rule,
            WARN,
            start,
            end,
            text[start:end],
            "is an ingredient the listing does not give (it names no ingredients or scent).",
            "Add it to the listing if it is true, or leave it out.",
        )
    return unlisted(start, end, text, line, rule)
