"""Does a quoted fact address the question? Similarity says a sentence is *about* the product's
topic; it does not say the sentence answers what was asked ("do the napkins need ironing?" is
close to "Material: 100% linen"). Two word tests between the question's focus and the facts:

- **Uncovered focus**: the lines to quote must share at least one topic word with the question;
  lines that share none answer something else.
- **Novel focus**: topic words of the question that no fact of the product or the shop uses at
  all ("septic", "wattage") say the listing does not talk about it; when they outnumber the
  words the lines share, decline. (One novel word alone is common in answerable questions:
  "is it a click pen or twist?", "micro usb?".)

And one test of scope: a policy sentence about a class of products ("Our stoneware cups are
dishwasher safe", "Wooden items (oak, beech): never soak them") applies to a product only when
the product's own facts name that class or material.

Words are folded and compared by stem (a shared prefix of five letters, or the whole of a short
word), so "washing" meets "wash" and "perforated" meets nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from plugin.domain import Listing
from plugin.option_names import NAME_SYNONYMS
from plugin.questions.countries import EU, country_codes
from plugin.questions.lexicon import (
    COLOURS,
    CUES,
    HOW_MUCH,
    MATERIALS,
    NEGATED,
    SIZES,
    STOPWORDS,
    TOPIC_CONCEPTS,
    asking_sentence,
    fold,
    us_spelling,
    words,
)
from plugin.questions.passages import Passage
from plugin.questions.places import places_named

# Question framing that carries no topic: verbs of asking, hedges, people, time words.
GENERIC = frozenset(
    fold(w)
    for w in """able actually ago anyone anything around away back bad big bit able come comes
    coming enough ever exactly fine fully go goes going gonna good great guy happen happens hate
    help hope hoping idea just keep last least less little lot lots make makes making maybe
    mean mind mine month months need needs nice normal okay people person plan planning
    possible pretty probably put rather real right say says see seem seems should sort soon
    sure take takes thanks think thought time times today tomorrow trying try usual usually use
    used using want wanted way week weeks well whole work works worth year years yes yet
    buy bought getting got give gets told ask asking also already always anyway else exist
    exists find found look looks looked mine myself thing thinking wife husband partner son
    daughter friend friends mum mom dad brother sister kids kid child children
    someone family gift present birthday christmas set phone email mail name address here hello
    order ordered tel mobile throw toss stick exactly different same kind sort type
    whats hows wheres whos whens dont doesnt isnt arent cant wont didnt im ive id youre
    theyre thats theres lets body text texts pls plz thx asap reply message call dm
    don isn doesn aren didn won wasn weren haven hasn couldn wouldn shouldn money expect
    expected expecting setting settings""".split()
)
_TOKEN = re.compile(r"[^\W\d_]{3,}")
# Materials and kinds of product a policy sentence may be scoped to.
SCOPE_WORDS = frozenset(
    """wool alpaca merino cashmere mohair cotton linen silk leather suede denim wood wooden oak
    beech walnut bamboo teak pine stoneware ceramic porcelain earthenware glass brass copper steel
    iron enamel aluminium aluminum silver gold plastic rubber candle candles soap soaps scarf
    scarves hat hats knitwear sweater sweaters cup cups mug mugs planter planters pot pots
    plate plates bowl bowls towel towels rug rugs shoe shoes boot boots book books ebook
    ebooks pattern patterns workshop workshops jewellery jewelry downloadable digital virtual
    external partner tea teas coffee brush brushes cosmetics perfume underwear swimwear food
    foods furniture mattress mattresses""".split()
)
_SCOPE_STEMS = {"wooden": "wood", "scarves": "scarf", "knitwear": "knit", "ebooks": "ebook"}
_INTENT_WORDS = frozenset(
    w
    for group in (
        *CUES.values(),
        HOW_MUCH,
        *(cues for concept, cues in NAME_SYNONYMS.items() if concept not in TOPIC_CONCEPTS),
    )
    for cue in group
    for w in _TOKEN.findall(fold(cue))
)


def tokens(text: str) -> set[str]:
    """Folded words of three letters or more; a hyphenated word also counts by its parts."""
    return set(_TOKEN.findall(fold(text)))


def _stem_meets(word: str, known: str) -> bool:
    if word == known:
        return True
    word, known = us_spelling(word), us_spelling(known)
    bare_word, bare_known = NEGATED.sub("", word), NEGATED.sub("", known)
    if (bare_word, bare_known) != (word, known) and _stem_meets(bare_word, bare_known):
        return True
    if len(word) >= 5 and len(known) >= 5:
        return word[:5] == known[:5]
    short, long_ = sorted((word, known), key=len)
    return long_.startswith(short) and len(long_) - len(short) <= 3


def covered(word: str, vocabulary: Iterable[str]) -> bool:
    return any(_stem_meets(word, known) for known in vocabulary)


def focus_words(question: str, title: str) -> set[str]:
    """The question's topic words: not framing, not the product's own name, not an intent word
    (price, size, colour … which the slots and ranking handle)."""
    named = tokens(title)
    return {
        w
        for w in tokens(question)
        if w not in STOPWORDS
        and w not in GENERIC
        and w not in _INTENT_WORDS
        and w not in MATERIALS
        and w not in COLOURS
        and w not in SIZES
        and not covered(w, named)
    }


def listing_vocabulary(listing: Listing, passages: Sequence[Passage]) -> set[str]:
    """Every word the product's facts and the shop's policies use."""
    texts = [p.text for p in passages]
    texts += [
        listing.title,
        listing.description_html,
        listing.short_description_html,
        *listing.tags,
        *listing.categories,
        *listing.children,
        *listing.downloads,
    ]
    for name, values in (*listing.options.items(), *listing.attributes.items()):
        texts += [name, *values]
    return set().union(*(tokens(t) for t in texts)) if texts else set()


def novel_focus(question: str, listing: Listing, passages: Sequence[Passage]) -> set[str]:
    """The question's topic words that nothing the product or the shop states uses."""
    vocabulary = listing_vocabulary(listing, passages)
    return {w for w in focus_words(question, listing.title) if not covered(w, vocabulary)}


def addresses(
    question: str,
    listing: Listing,
    support: Sequence[str],
    passages: Sequence[Passage] = (),
    *,
    strict: bool = False,
) -> bool:
    """Whether the lines to quote answer the question: they share a topic word with it, and the
    question has no more topic words the listing never uses than words the lines share
    ("is the knife serrated?" against "Pieces: Knife, fork" is one against one and passes;
    "safe for a septic system?" against "… dishwasher safe" is two against one and does not).
    A question without topic words ("how much is it?") is left to the ranking. ``strict``: the
    shared words must outnumber the novel ones."""
    focus = focus_words(question, listing.title)
    if not focus:
        return True
    said = set().union(*(tokens(s) for s in support)) if support else set()
    measured = measured_words(focus, support)
    hit = {w for w in focus if covered(w, said)}
    # Words of a remark after the question ("… on the lamp? my socket is far") weigh half:
    # they may be context, not what is asked.
    asking = asked_part(question)
    novel = novel_focus(asking, listing, passages) - measured if passages else set()
    remark = novel_focus(question, listing, passages) - novel - measured if passages else set()
    weight = len(novel) + len(remark) / 2
    if not hit and measured and not (focus - measured) and not strict:
        # Every topic word asks a measure the lines state ("how often should I oil it?"
        # against "once or twice a year"): the rest of the question names the product.
        return True
    return bool(hit) and (weight < len(hit) if strict else weight <= len(hit))


# A statement the shopper writes before the question, closed by a full stop, a colon or the
# like ("We are moving in June. Can the shelf be taken apart?", "One thing before I order:
# how wide is the rug?"): the setting of the question, whose words weigh half as a
# remark after it does, not what is asked (round 52). The question is the last sentence, opening
# with a question word and ending with the question mark; one with a full stop of its own
# inside ("2.5 m?") is left whole.
_LEAD_IN = re.compile(r"^(?P<lead>.*[.!:;])\s+(?P<asked>[^.!:;?]+\?)\s*$", re.DOTALL)
_ASKING_OPENERS = frozenset(
    "what which how does do did is are can could will would where when why who whats should "
    "has have may".split()
)


def asked_part(question: str) -> str:
    """The sentence that asks (``asking_sentence``), without a statement written before it."""
    asking = asking_sentence(question)
    found = _LEAD_IN.match(asking.strip())
    if found is None or "?" in found["lead"]:
        return asking
    opening = words(found["asked"])
    return found["asked"] if opening and opening[0] in _ASKING_OPENERS else asking


# A unit or a measured quantity named in the question ("in centimetres", "what temperature",
# "how many minutes") is a conversion or the kind of number asked, not a topic the listing
# lacks: a line that states a measure of that kind ("15 in", "1186–1222 °C", "45-minute")
# does not leave it unanswered. It is not a shared word either (unless the line uses it): a
# line that only states a measure does not answer a question about something else ("the strap
# in inches?" against "Dimensions: 10 x 5 in").
_MEASURE_WORDS: dict[str, tuple[frozenset[str], re.Pattern[str]]] = {
    "length": (
        frozenset(
            """centimetre centimetres centimeter centimeters millimetre millimetres millimeter
            millimeters metre metres meter meters inch inches feet foot""".split()
        ),
        re.compile(r"\d\s*(?:cm|mm|m|in|inch(?:es)?|ft|feet|\"|′|″)(?![^\W\d_])", re.I),
    ),
    "temperature": (
        frozenset("temperature temperatures degree degrees celsius fahrenheit".split()),
        re.compile(r"\d\s*°\s*[cf]?\b|\d\s*(?:degrees|deg)\b|\bcone\s*\d", re.I),
    ),
    "time": (
        frozenset("minute minutes mins hour hours hrs duration".split()),
        re.compile(r"\d[\d.,]*[\s-]*(?:minutes?|mins?|hours?|hrs?)\b", re.I),
    ),
    "weight": (
        frozenset("gram grams kilo kilos kilogram kilograms pound pounds lbs ounce ounces".split()),
        re.compile(r"\d\s*(?:g|kg|lbs?|oz)\b", re.I),
    ),
    # "how often …": a line that states a frequency ("once or twice a year", "every week")
    # (round 22)
    "frequency": (
        frozenset("often frequently frequency".split()),
        re.compile(
            r"\b(?:once|twice|every|daily|weekly|monthly|yearly|annually|(?:a|per) "
            r"(?:day|week|month|year|season))\b",
            re.I,
        ),
    ),
    # "what time does it start?": a line that states a time of day ("at 18:00", "9 am")
    # (round 22)
    "clock": (
        frozenset(
            "start starts begin begins finish finishes end ends open opens close closes".split()
        ),
        re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s?(?:am|pm)\b", re.I),
    ),
    # "the highest temperature", "the longest timer": the end of a range the line states ("up
    # to 6 hours", "from 0 to 140 °C", "at most 8") (round 22)
    "bound": (
        frozenset(
            """highest lowest longest shortest largest biggest smallest hottest coldest
            heaviest lightest widest maximum minimum max min most least""".split()
        ),
        re.compile(
            r"\bup to \d|\bat (?:most|least) \d|\bmax(?:imum)?\.? \d|\bmin(?:imum)?\.? \d|"
            r"\bfrom -?\d[\d.,]*\s*\S{0,4} to \d|\d\s*(?:-|–|to)\s*\d",
            re.I,
        ),
    ),
}


def measured_words(focus: Iterable[str], support: Sequence[str]) -> set[str]:
    """The words of ``focus`` that name a unit or quantity of a measure the lines state."""
    text = " ".join(support)
    return {
        w
        for w in focus
        for words_, stated in _MEASURE_WORDS.values()
        if w in words_ and stated.search(text)
    }


def _scope_stem(word: str) -> str:
    word = _SCOPE_STEMS.get(word, word)
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


# A policy sentence opening with what it is about ("Rain jackets: machine wash cold …",
# "Linen (duvet covers): …"): the words before the colon are its scope.
_OPENING_SCOPE = re.compile(r"^([^:.;]{3,60}):\s")
_SCOPE_FILLER = frozenset(
    {"all", "any", "our", "items", "item", "products", "product", "goods", "the", "and", "with"}
)


# Words of a clause, not of a heading: "We do not do direct exchanges: return the item …" opens
# with a sentence, not with what it is about.
_CLAUSE_WORDS = frozenset(
    {
        "we",
        "you",
        "i",
        "do",
        "does",
        "don't",
        "not",
        "can",
        "cannot",
        "is",
        "are",
        "will",
        "must",
        "may",
        "should",
        "have",
        "has",
    }
)


_SCOPE_STEMS_SET = frozenset(_scope_stem(w) for w in SCOPE_WORDS)


# Words of a policy's own subject: an opening made only of them ("Shipping costs: …",
# "Delivery times: …", "Return postage: …") is a heading of the policy, which holds for every
# product, not a kind of product it is scoped to (round 28).
_POLICY_HEADING_WORDS = frozenset(
    """shipping delivery deliveries postage carriage dispatch handling parcel parcels returns
    return refunds
    refund exchanges exchange costs cost fees fee charges charge rates rate prices price times
    time customs duties taxes tax vat payment payments standard express international
    domestic""".split()
)


def _opening_scope(passage: Passage) -> set[str]:
    body = passage.text.partition(": ")[2]
    opening = _OPENING_SCOPE.match(body)
    if not opening or len(opening.group(1).split()) > 8:
        return set()
    if _CLAUSE_WORDS & set(opening.group(1).lower().split()):
        return set()
    if set(tokens(opening.group(1))) <= _POLICY_HEADING_WORDS:
        return set()
    if _names_places(opening.group(1)):
        return set()  # "Alaska, Hawaii and Canada: $22" is where it goes, not what it is
    return {w for w in tokens(opening.group(1)) if w not in _SCOPE_FILLER}


def _opening_heads(passage: Passage) -> set[str]:
    """The head noun of each item a policy sentence's opening names, and what its brackets
    list ("Linen sheets" → sheets; "Knives and forks" → knives, forks; "Wooden items (oak,
    beech)" → wooden, oak, beech)."""
    opening = _OPENING_SCOPE.match(passage.text.partition(": ")[2])
    if not opening:
        return set()
    plain = re.sub(r"\([^)]*\)?", " ", opening.group(1))
    # what the brackets list are examples of the scope: "Wooden items (oak, beech)"
    heads = {
        w
        for inside in re.findall(r"\(([^)]*)", opening.group(1))
        for w in _TOKEN.findall(fold(inside))
        if w not in _SCOPE_FILLER
    }
    for item in re.split(r",|&|/|\band\b|\bor\b", plain):
        found = [w for w in _TOKEN.findall(fold(item)) if w not in _SCOPE_FILLER]
        if found:
            heads.add(found[-1])
    return heads


@cache
def _names_places(opening: str) -> bool:
    """Whether a sentence's opening names countries, US states, towns or the EU
    (destinations: "Rest of the EU: 12 EUR" is where it goes, round 30)."""
    return bool(country_codes(opening, "en") or places_named(opening) or EU.search(opening))


def _kind_words(listing: Listing) -> set[str]:
    """Words a policy uses for the product's kind: a download, a virtual or a partner's product."""
    kinds = set()
    if listing.downloadable:
        kinds |= {"downloadable", "download", "downloads", "digital"}
    if listing.virtual:
        kinds.add("virtual")
    if listing.kind == "external":
        kinds |= {"external", "partner"}
    return kinds


def _scope_words(text: str) -> set[str]:
    """The scope words of a text, by stem ("partners" is "partner")."""
    return {stem for w in tokens(text) if (stem := _scope_stem(w)) in _SCOPE_STEMS_SET}


def scoped_to_kind(passage: Passage, listing: Listing) -> bool:
    """Whether a policy sentence is the rule for this product's kind (a partner's product, a
    download, a virtual one), not for a material or a category it shares with others."""
    kinds = {_scope_stem(w) for w in _kind_words(listing)}
    return passage.source == "policy" and bool(_scope_words(passage.text) & kinds)


def is_scoped(passage: Passage) -> bool:
    """Whether a policy sentence is about some products only."""
    return passage.source == "policy" and bool(
        _opening_scope(passage) or _scope_words(passage.text)
    )


# Words a product's name ends with that say how it is sold, not what it is.
_NAME_FILLER = frozenset("set sets pack kit box bundle pair pairs piece pieces".split())


def _singulars(word: str) -> set[str]:
    forms = {word}
    if word.endswith("ves"):
        forms |= {word[:-3] + "fe", word[:-3] + "f"}  # knives, loaves
    if word.endswith("es"):
        forms.add(word[:-2])
    if word.endswith("s"):
        forms.add(word[:-1])
    return forms


def head_noun(title: str) -> str:
    """What the product is, as its name ends before a comma or a dash ("Goatskin Garden
    Gloves" → "gloves", "Bottled Fountain Pen Ink, Harbour Blue" → "ink")."""
    main = re.split(r",|\s[-–—(]\s?|\(", title)[0]
    found = [w for w in re.findall(r"[^\W\d_]{3,}", fold(main)) if w not in _NAME_FILLER]
    return found[-1] if found else ""


def names_product(passage: Passage, listing: Listing) -> bool:
    """Whether a policy sentence names what the product is ("Knives …" for a chef's knife,
    "used garden gloves" for garden gloves)."""
    head = head_noun(listing.title)
    if passage.source != "policy" or not head:
        return False
    wanted = _singulars(head)
    return any(_singulars(w) & wanted for w in tokens(passage.text.partition(": ")[2]))


def applies_to(passage: Passage, listing: Listing) -> bool:
    """A policy sentence scoped to materials or kinds of product ("Wooden items (oak, beech)",
    "Downloadable products", "Rain jackets: …") applies only to a product whose own facts name
    one of them; an unscoped one always does."""
    if passage.source != "policy":
        return True
    if names_product(passage, listing):
        return True
    kinds = _kind_words(listing)
    opening = _opening_scope(passage)
    own = listing_vocabulary(listing, []) | kinds
    if opening:
        heads = _opening_heads(passage)
        if heads:
            # "Linen sheets: …" is about sheets, not about whatever else is linen (a basket
            # with a linen liner)
            return any(covered(w, own) for w in heads)
        return any(covered(w, own) for w in opening)
    scope = _scope_words(passage.text)
    if not scope:
        return True
    return any(_scope_stem(w) in scope for w in own)


def scoped_care(passages: Sequence[Passage], listing: Listing) -> list[Passage]:
    """The shop's care sentences scoped to this product's material or kind ("Wooden items (oak,
    beech): … never … dishwasher" for an oak tray): when a care question is asked, these are
    the shop's answer for this product, however far its wording is from the question's."""
    return [
        p
        for p in passages
        if p.source == "policy"
        and p.text.startswith("Care policy:")
        and is_scoped(p)
        and applies_to(p, listing)
    ]
