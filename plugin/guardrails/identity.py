"""What the draft says the product is, and what it says it can be used as.

A product type claim is the noun a draft calls the product by ("This hoodie …", "It is a
lightweight jacket", "A delicate green tea …"); it contradicts the listing when, by WordNet's
hypernyms (``product_nouns``), it can name none of the kinds the listing calls itself by (its
title's, type's and categories' own nouns, the most specific kept): a bundle called "a hoodie",
a sofa "a chair", black tea "green tea". That blocks. A range ("from our Cat Food range") whose
words are not the listing's, or whose noun cannot name the product, warns. A use claim
("doubles as a pizza stone", "can be worn as a scarf or a hat") that the listing does not
state warns: it cannot be confirmed from the listing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from plugin.domain import Finding
from plugin.guardrails.claims import Claim
from plugin.guardrails.counts import thing
from plugin.guardrails.findings import BLOCK, WARN, finding
from plugin.guardrails.listing_facts import ListingFacts, normalise
from plugin.guardrails.measures import singular
from plugin.guardrails.product_nouns import (
    adjective_first,
    can_name,
    generic,
    head_phrase,
    is_kind_of_any,
    is_product_noun,
    is_worn,
    name_kind,
    secondary,
    verb_first,
)
from plugin.guardrails.quantities import NUMBER_WORDS
from plugin.guardrails.subject_words import names_an_agent, verb_series_start
from plugin.guardrails.vocabulary import MATERIALS

_STOP = frozenset(
    "and or of with in for to the a an on at by from as is are that which who it its your our "
    "their this these has have will can".split()
)
# Where a draft names the product: "This hoodie …", "It is a …", "Meet the Harbour Mug, a …",
# a paragraph that starts "A …" ("A delicate green tea from Darjeeling."; a later sentence
# that starts so is as often a part: "A 150 W motor …"); "a pair of" is read through to what
# there is a pair of, and is a claim of its own ("a set of jigsaw puzzles" of one puzzle).
_SEVERAL_OF = r"(?:(?P<several>pair|set|pack|kit|bundle|collection|assortment|duo|trio) of\s+)?"
_OPENER = re.compile(
    r"(?:\b(?P<this>[Tt]his|[Tt]hese|Our|Your new)\s+|"
    r"\b(?:[Ii]t|[Tt]his|[Tt]hat)(?:'s|’s|\s+is)\s+(?:a|an)\s+|"
    r"\b(?:Meet|Introducing|Discover|Shop)\s+(?:the|our)\s+[^,.;:!?\n]{2,90}?,\s+(?:a|an)\s+|"
    r"(?:^|\n)[ \t]*(?P<a>A|An)\s+)" + _SEVERAL_OF
)
_WORD = re.compile(r"[A-Za-z0-9][\w'-]*")
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
# "a set of jigsaw puzzles" says there are several: a claim about what the listing sells.
_SEVERAL = frozenset("set pack kit bundle collection pair duo trio assortment".split())


_IS_A = re.compile(r"\s+is\s+(?:a|an)\s+" + _SEVERAL_OF)


def type_claims(text: str, name: str = "") -> list[Claim]:
    """The nouns a draft calls the product by, compounds whole ("green tea", "card game");
    ``name``, the product's title, may be the subject too ("<name> is a …")."""
    out = []
    openers: list[re.Match[str]] = list(_OPENER.finditer(text))
    if name:
        own = normalise(name)
        openers += [
            m
            for m in _IS_A.finditer(text)
            if normalise(text[max(0, m.start() - len(name) - 20) : m.start()]).endswith(own)
        ]
    for opener in openers:
        groups = opener.groupdict()
        if groups.get("this") and text[: opener.start()].rstrip().lower().endswith("from"):
            continue  # "from our Rain Gear range" names a range (``_ranges``)
        if groups.get("several"):
            start, end = opener.span("several")
            out.append(
                Claim(
                    "product_type", start, end, text[start:end], text[start:end].lower(), "several"
                )
            )
        words: list[str] = []  # up to the first stop word, which ``words`` ends with
        spans: list[tuple[int, int]] = []
        pos = opener.end()
        for _ in range(6):
            word = _WORD.match(text, pos)
            if not word:
                break
            words.append(word.group().lower())
            spans.append(word.span())
            pos = word.end()
            gap = re.match(r",?[ \t]+", text[pos:])  # "a cosy, warm pullover"
            if words[-1] in _STOP or not gap:
                break
            pos += gap.end()
        if names_an_agent(words):
            continue  # "Our partner Hillside Goods …": who, not what
        series = verb_series_start(text, words, spans, pos)
        if series is not None:  # "… sells, wraps and posts it": verbs, not nouns
            words, spans = words[:series], spans[:series]
        plural = (groups.get("this") or "").lower() in ("these", "our", "your new")
        closed = pos >= len(text) or text[pos] in ".!?\n"  # the phrase ends the sentence
        head = _head_index(words, plural, closed)
        if head is None:
            continue
        if _OF_AFTER.match(text, spans[head][1]):
            continue  # "a bottle of olive oil": its container, not another product
        phrase = head_phrase(words, head)
        if MATERIALS.knows(phrase.split()[0]) and " " in phrase:
            phrase = words[head]  # "beech wood blocks" are blocks of wood, not woodblocks
        start, end = spans[head - len(phrase.split()) + 1][0], spans[head][1]
        # "A …" may name a thing the listing holds ("A mug and a tin of coffee …"); "This
        # hoodie" of a bundle says the product is a hoodie
        about = "thing" if groups.get("a") else "product"
        out.append(Claim("product_type", start, end, text[start:end], phrase, about))
    return out


# After a noun that may also be a verb: "This watch has" (a noun), "These socks keep your" (a
# verb: an object follows).
_OBJECT = frozenset("you your it its them their the a an this these our his her".split())


def _head_index(words: list[str], plural: bool, closed: bool) -> int | None:
    """The last product noun before the phrase ends ("clip-on LED safety light" -> "light"):
    a stop word or a verb ends the phrase ("This keeps", "socks keep"); a material ("mulberry
    silk") describes, and so does a word that is more often an adjective, a non-product or a
    hyphened modifier ("compact", "light", "clip-on") unless it ends the sentence ("It is a
    clip-on.")."""
    head = None
    for i, word in enumerate(words):
        after = words[i + 1] if i + 1 < len(words) else ""
        if word in _STOP or ((word in verb_first() or word.endswith("s")) and after in _OBJECT):
            break  # "This keeps your", "Our partner ships it": a verb and its object
        if not plural and word.endswith("s") and not word.endswith(("ss", "us", "is", "as")):
            break  # "This measures", "It is a holds": a verb after a singular
        if len(word) < 3 or MATERIALS.knows(word) or word in generic():
            continue
        last = closed and i == len(words) - 1
        weak = word in adjective_first() or word in secondary() or "-" in word
        if is_product_noun(word) and (last or not weak):
            head = i
    return head


_USE = re.compile(
    r"\b(?:(?:can|could|will|may)\s+(?:also\s+|even\s+|easily\s+|then\s+)?(?:be\s+)?"
    r"(?:used|worn|turned|converted|transformed|repurposed|folded|styled)\s+(?:as|into|to)|"
    r"doubl(?:e|es|ing)\s+(?:up\s+)?as|(?:also\s+)?(?:works|serves|functions)\s+(?:well\s+)?as|"
    r"(?:converts|turns|transforms)\s+into)\s+(?P<use>[^.;:!?\n]{3,80})",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r",\s*(?:and|but|so|while)\b|\s+(?:but|so|while|because)\b")
_USE_STOP = frozenset("a an the your any some or and for of to with as on in".split())


def use_claims(text: str) -> list[Claim]:
    """Uses with the things named ("as a scarf, a hat or a bag" -> scarf, hat, bag); ``about``
    is "as" (it becomes those things) or "purpose" ("can be used to clean carpets")."""
    out = []
    for match in _USE.finditer(text):
        use = _CLAUSE_END.split(match.group("use"))[0]
        end = match.start("use") + len(use.rstrip(" ,"))
        items = [h for h in (_head(i) for i in re.split(r",|\bor\b|\band\b", use)) if h]
        verb = text[match.start() : match.start("use")].split()[-1].lower()
        about = "purpose" if verb == "to" else "as"
        out.append(Claim("use", match.start(), end, text[match.start() : end], items, about))
    return out


def _head(item: str) -> str:
    words = [w.lower() for w in _WORD.findall(item) if w.lower() not in _USE_STOP]
    return singular(words[-1]) if words else ""


def names_the_product(noun: str, facts: ListingFacts, own_words: bool = False) -> bool:
    """Whether ``noun`` can name what the listing sells: its title, type or category says it,
    the listing gives no kind, or the noun is one of its kinds, a kind of them or a broader
    name for them ("seat" for a sofa; not "chair"); with ``own_words``, also a thing the
    listing names anywhere (the mug of a gift set)."""
    if own_words and facts.supports(noun):
        return True
    if noun in _described_as(tuple(line for line in facts.lines if line.startswith("Desc"))):
        return True  # the listing's own description calls it so ("A purple-red beefsteak …")
    if is_kind_of_any(noun, "container") and not any(
        is_kind_of_any(kind, "container") or is_kind_of_any(kind, "instrumentality")
        for kind in facts.kinds
    ):
        return True  # "a bottle" of olive oil, "a tin" of tea: what holds the product (not "a
        # boat", a gravy boat to WordNet, of a jigsaw puzzle: a device is not sold in one)
    if all(singular(w) in facts.product_words or w in facts.product_words for w in noun.split()):
        return True  # its title's, type's or category's own words ("the drill" of a drill kit)
    if _a_catalogue_phrase(noun, facts):
        return True  # "a kitchen knife" of "Kitchen > Knives": the category path, read as a noun
    return not facts.kinds or any(can_name(noun, kind) for kind in facts.kinds)


def _a_catalogue_phrase(noun: str, facts: ListingFacts) -> bool:
    """The noun is one of the listing's catalogue groups word for word, each in the singular:
    its type, a tag, or a category path read as one phrase ("Kitchen > Knives")."""
    said = [singular(w) for w in noun.lower().split()]
    return len(said) > 1 and any(
        [singular(w) for w in group.split()] == said for group in facts.catalogue.split("  ")
    )


@lru_cache(maxsize=64)
def _described_as(descriptions: tuple[str, ...]) -> frozenset[str]:
    """The nouns a listing's own description calls the product by, read as a draft's are."""
    return frozenset(
        claim.value
        for line in descriptions
        for claim in type_claims("\n" + line.split(":", 1)[-1].strip())
        if claim.about != "several"
    )


_WORDS_BEFORE = re.compile(r"(?:[\w&'’-]+\s+){1,2}$")


def _a_listed_name(text: str, claim: Claim, facts: ListingFacts) -> bool:
    """A noun that ends a phrase the listing uses names what the listing names: "our partner
    Riverbend Outfitters" of "Sold by: Riverbend Outfitters", "a treat dispenser" of a ball
    tagged "treat dispenser"."""
    before = _WORDS_BEFORE.search(text[max(0, claim.start - 40) : claim.start])
    if not before:
        return False
    words = before.group().split()
    return any(facts.supports(" ".join([*words[i:], claim.text])) for i in range(len(words)))


def _in_the_vendor_name(text: str, claim: Claim, facts: ListingFacts) -> bool:
    """A noun that opens the vendor's name as the draft writes it ("This Larkspur Mills
    blanket" of the vendor "Larkspur Mills", round 57): the maker, not what it is."""
    vendor = facts.vendor.strip()
    if len(vendor) < 3 or not claim.text[:1].isupper():
        return False
    return text[claim.start : claim.start + len(vendor)].lower() == vendor.lower()


def _sold_as_several(facts: ListingFacts) -> bool:
    """A set, pack or pair in its own name, or a title that names its product in the plural
    ("Aluminium Roof Bars")."""
    kind = name_kind(facts.title)
    return bool(facts.product_words & _SEVERAL) or (kind.endswith("s") and singular(kind) != kind)


_COUNT_AFTER = re.compile(
    r"\s+of\s+(?P<n>\d[\d,]*|[a-z]+)(?P<noun>(?:[\s-]+[a-z]+){1,3})", re.IGNORECASE
)


def _as_many_as_listed(text: str, claim: Claim, facts: ListingFacts) -> bool:
    """ "a pack of 50 labels" of a listing that counts 50 labels ("Labels: 50"): a pack of as
    many of a thing as it counts is how it is sold, whatever its title calls it; not "a set of
    4 tools" of four things sold one by one, which it never counts as tools."""
    after = _COUNT_AFTER.match(text, claim.end)
    if not after:
        return False
    said = after.group("n").replace(",", "").lower()
    value = float(said) if said.isdigit() else NUMBER_WORDS.get(said)
    if value is None or value <= 1:
        return False
    nouns = re.findall(r"[a-z]+", after.group("noun").lower())
    return any(value in facts.counts.get(thing(noun), ()) for noun in nouns)


def _article(noun: str) -> str:
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


_RANGE = re.compile(
    r"\b(?:from|part of) (?:our|its|the(?: (?:shop|store)['’]s)?) (?P<name>[\w&'’ >-]{2,60}?) "
    r"(?:range|collection|line|series|family)\b",
    re.IGNORECASE,
)


# "Home > Decor", "Bath & Body": a shop's department path or pair of departments
_DEPARTMENTS = re.compile(r"\s*(?:>|&gt;|&amp;|&)\s*")

# American and British spellings of a catalogue word ("Jewelry" of "Jewellery", "Color" of
# "Colour", "Center" of "Centre"): either names the listing's own department (round 43)
_SPELLINGS = (("ellery", "elry"), ("our", "or"), ("tre", "ter"), ("ise", "ize"))


def _spelt(word: str, naming: set[str]) -> bool:
    if word in naming or singular(word) in naming:
        return True
    for british, american in _SPELLINGS:
        for have, other in ((british, american), (american, british)):
            if word.endswith(have) and word[: -len(have)] + other in naming:
                return True
    return False


def _ranges(text: str, facts: ListingFacts) -> list[Finding]:
    """ "from our Kitchen range" names a catalogue group: it passes when its words are the
    listing's title, vendor, type, category or tag words ("from our Road Tyre range" for a
    road tyre), or words of the listing whose noun can name the product; it warns otherwise
    ("from our Cat Food range" for a water fountain, "from our Energy Saving range").
    A pair of departments ("from our Bath & Body range") or a path ("Home > Decor") passes
    when one of its departments is all the listing's words: it says where a shop files many
    kinds of goods, this one among them (round 42). A word in its other spelling ("Color" of
    "Colour") is the listing's word, and a path may come HTML-escaped ("Home &gt; Decor",
    round 43)."""
    out = []
    for match in _RANGE.finditer(text):
        words = normalise(match.group("name")).split()
        naming = set(facts.catalogue.split()) | set(normalise(facts.title).split())
        naming |= {singular(w) for w in naming}  # "Tent Peg" of a title's "Tent Pegs"
        departments = [normalise(d).split() for d in _DEPARTMENTS.split(match.group("name"))]
        departments = [[w for w in d if w not in ("gt", "amp")] for d in departments]
        if len(departments) > 1 and any(
            d and all(_spelt(w, naming) for w in d) for d in departments
        ):
            continue
        if all(_spelt(w, naming) for w in words):
            continue  # the listing's own title, vendor, type, category or tag words
        known = all(w in facts.words or singular(w) in facts.words for w in words)
        noun = head_phrase(words, len(words) - 1) if words and len(words[-1]) > 2 else ""
        if known and (not noun or names_the_product(noun, facts)):
            continue
        start = _named_with_it(text, match.start())
        out.append(
            finding(
                "accuracy.category",
                WARN,
                start,
                match.end(),
                text[start : match.end()],
                "names a range or collection the listing is not in.",
                "Name the listing's own type, category or brand, or leave it out.",
                next((line for line in facts.lines if line.startswith(("Type:", "Category:"))), ""),
            )
        )
    return out


# "a <noun> from our … range": the kind of product the range is said to be (round 39)
_KIND_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+$", re.IGNORECASE)


def _named_with_it(text: str, start: int) -> int:
    """Where a range's claim starts: at the product type said just before it ("It is a kettle
    from our Garden range" says what it is with the range), else at the range."""
    before = text[max(0, start - 50) : start]
    kind = _KIND_BEFORE.search(before)
    if not kind or re.search(r"\b(?:and|or|with|of|for|to|in)\b", kind.group(), re.IGNORECASE):
        return start
    return start - len(before) + kind.start()


# Apparel wording: the draft says the product is worn ("a simple piece to wear all season").
_WEAR = re.compile(
    r"\b(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:piece|layer|item|staple)\s+)?"
    r"(?:to wear|wear (?:it|them|one|this)|be worn|(?:for|when) wearing|wearable)\b",
    re.IGNORECASE,
)
_WEAR_WORDS = frozenset("wear worn wearing wearable wearer".split())


def _worn_claims(text: str, facts: ListingFacts) -> list[Finding]:
    """Wearing a product that is not worn (a roof rack, a duvet cover) warns: WordNet says
    which kinds are worn (clothing, jewellery, a watch, a backpack, a harness)."""
    if not facts.kinds or facts.words & _WEAR_WORDS:
        return []
    if any(is_worn(w) for w in (*facts.kinds, *facts.product_words)):
        return []
    return [
        finding(
            "accuracy.category",
            WARN,
            match.start(),
            match.end(),
            match.group(),
            f"says the product is worn; the listing sells {_article(facts.kinds[0])}.",
            f"Describe it as what it is ({facts.kinds[0]}), or leave it out.",
            f"Title: {facts.title}",
        )
        for match in _WEAR.finditer(text)
    ]


def _the_one_who_does_it(noun: str, facts: ListingFacts) -> bool:
    """On a service's listing, the person who does the service ("a piano tuner comes to you"
    of "Piano Tuning"): a noun of the doer whose stem is the listing's word for the work."""
    if "service" not in normalise(facts.catalogue).split() and "service" not in facts.kinds:
        return False
    word = noun.split()[-1].lower() if noun.split() else ""
    for ending in ("er", "or", "r"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            base = word[: -len(ending)]
            if f"{base}ing" in facts.words or f"{base}y" in facts.words:
                return True
    return False


def check_identity(text: str, facts: ListingFacts) -> list[Finding]:
    out = _ranges(text, facts)
    out += [
        finding(
            "accuracy.category",
            BLOCK,
            claim.start,
            claim.end,
            claim.text,
            f"is not what the listing sells (it is {_article(facts.kinds[0])}).",
            f"Call the product what the listing calls it: {facts.title}.",
            f"Title: {facts.title}",
        )
        for claim in type_claims(text, facts.title)
        if not names_the_product(claim.value, facts, own_words=claim.about == "thing")
        and not (claim.about == "several" and _sold_as_several(facts))
        and not (claim.about == "several" and _as_many_as_listed(text, claim, facts))
        and not _a_listed_name(text, claim, facts)
        and not _in_the_vendor_name(text, claim, facts)
        and not _the_one_who_does_it(str(claim.value), facts)
    ]
    out += _worn_claims(text, facts)
    for claim in use_claims(text):
        known = [w for w in claim.value if w in facts.words or f"{w}s" in facts.words]
        # "doubles as a scarf or a hat": every use must be the listing's; "can be used to clean
        # carpets": what it is for must be a thing the listing names.
        if claim.about == "as":
            enough = len(known) == len(claim.value)
        else:
            said = claim.text.rsplit(" to ", 1)[-1]
            words = {singular(w.lower()) for w in _WORD.findall(said)}
            enough = bool(words & {singular(w) for w in facts.words} - _USE_STOP)
        if enough or facts.supports(claim.text):
            continue
        out.append(
            finding(
                "accuracy.feature",
                WARN,
                claim.start,
                claim.end,
                claim.text,
                "is a use the listing does not state, so it cannot be confirmed.",
                "Keep to the uses the listing gives, or add this one to the listing first.",
            )
        )
    return out
