"""Sentence-level checks on the finished prose, whatever frame or model ending wrote it (round 34).

heldout36's raters marked sentences that no frame check saw, because each frame held and the
slip was in what a value made of it (the examples here are made up):

- a count whose noun was lost ("It comes with three.", "The kit holds 12 and a printed."):
  the sentence is not said (the list keeps the fact);
- a value in capitals pasted into the prose ("It comes in STORM BLUE or SLATE"): lowered,
  as ``letter_case.caps_in_sentence`` does, a lone long word too; the title keeps its own case;
- an article before a material or another mass noun ("has a walnut wood", "a 100 g wool
  yarn"): said without it ("cherry wood", "100 g of wool yarn");
- grammar a value's shape breaks: "leather or suede or sequinned" (said with a comma), "Its
  handles are two and riveted" ("It has two riveted handles"), "You will also need printer"
  ("a printer");
- an option, a variant's, a colour's or a morph's value read as a use (a morph named after an
  animal said to be "for" that animal), or the shop's room ("for the garden" on a "Garden > …"
  shelf): the "for …" is left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plugin.domain import Listing
from plugin.generation.letter_case import caps_in_sentence
from plugin.generation.sentence import Sentence
from plugin.generation.shop_words import reads_english, without_shop_words
from plugin.generation.title_reading import prose_title
from plugin.generation.value_shapes import without_plural_s
from plugin.generation.voice import voice_of

_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# A count that ends its sentence or its list item: "comes with two.", "includes 40 and".
_LOST_COUNT = re.compile(
    rf"\b(?:with|includes?|contains?|has|have|holds?|brings?)\s+{_NUMBER}"
    r"(?=\s*(?:[.;,!?]|\band\b|\bor\b|$))",
    re.IGNORECASE,
)
# An article with a participle and nothing after it: "and an engraved."
# Round 42: a hyphenated one too ("and a hand-stitched.").
_LOST_NOUN = re.compile(r"\b(?:an?|the)\s+(?:[a-z]+-)*[a-z]{4,}ed\s*(?:[.;!?]|$)", re.IGNORECASE)
# Round 42: the lost noun as a sentence's last conjunct ("comes with oats and a hand-rolled."):
# that conjunct is cut, and the rest of the sentence said.
_LOST_TAIL = re.compile(
    r",? and (?:an?|the)\s+(?:[a-z]+-)*[a-z]{4,}ed\s*(?P<end>[.!?]|$)", re.IGNORECASE
)
# Round 42: a value that is a statement set into "has a … <label>" ("It has a contains nuts
# warning."): the statement is said ("It contains nuts.").
_HAS_STATEMENT = re.compile(
    r"\b(?P<has>has|have) an? (?P<verb>contains|includes|contain|include) (?P<what>[^.;]+?)"
    r" [a-z]+(?=[.;]|$)"
)
# Nouns that take no "a": "a cherry wood", "a night vision".
_MASS = (
    "wood|wool|yarn|vision|leather|cotton|linen|silk|steel|brass|copper|bamboo|rattan|seagrass|"
    "foam|rubber|cork|felt|hemp|jute|stoneware|porcelain|flour|sugar|salt|honey|beeswax|"
    "lanolin|padding|insulation"
)
_MASS_ARTICLE = re.compile(
    r"\b(?P<article>an?) (?P<before>(?:[\w°%×.–-]+ ){0,4}?)(?P<noun>" + _MASS + r")\b"
    # Round 48: "from" too ("a full-grain leather from Italy"); never where the stuff opens a
    # blend, which is counted ("a wool and silk blend").
    r"(?=\s*(?:[.,;:()!?]|\b(?:and|or|so|which|with|for|in|that|from)\b|$))"
    r"(?!\s+and\s+(?:[\w-]+\s+){0,3}?(?:blend|mix|mixture)\b)",
    re.IGNORECASE,
)
# "It has cherry wood." is what it is made of: "It is made of cherry wood."
_HAS_MATERIAL = re.compile(
    r"^(?P<subject>.+?) (?P<has>has|have) (?P<stuff>(?:[a-z-]+ ){0,2}(?:"
    + _MASS.replace("|vision", "").replace("|padding|insulation", "")
    + r"))\.$"
)
_MEASURE_FIRST = re.compile(r"^(?P<measure>\d[\d.,]*\s?[a-zA-Z°%]{1,3}) (?P<rest>.+)$")
# Round 40: an article before a count or an estimate of one ("has a two 1.5 V cells", "comes
# with an about 120 beads"): the count is its own determiner, so the article goes.
_ARTICLE_COUNT = re.compile(
    r"\b(?:an?) (?=(?:one|two|three|four|five|six|about|around|approx\.|approximately|roughly|"
    r"up to|over|under|at least) \d)"
)
# "leather or suede or sequinned fabrics": a list is said with commas.
_OR_OR = re.compile(r"\b([\w-]+) or ([\w-]+) or\b")
# "Its handles are two and riveted": a count is said of the product ("It has two riveted
# handles").
_COUNT_IS = re.compile(
    # Never a whole number cut from its decimal or thousands part ("2.5 cm", "1,200").
    rf"^(?P<whose>Its|Their) (?P<noun>[a-z]+s) (?:is|are) (?P<n>{_NUMBER})(?![.,]\d)"
    r"(?: and (?P<adj>[a-z-]+))?(?P<rest>[,.;].*)$"
)
# What else the buyer needs: "You will also need printer, scissors and envelopes".
_NEED_LIST = re.compile(
    r"\b(?P<verb>(?:will (?:also )?|you (?:also )?)need) (?P<items>[^.;:()]+)(?=[.;]|$)"
)
_NOT_COUNTED = frozenset(
    (
        _MASS + "|glue|tape|water|paint|thread|string|ink|paper|soil|compost|access|space|time|"
        "electricity|power|internet|wifi|patience|sunlight|light|practice|help"
    ).split("|")
)
_DETERMINER = re.compile(r"^(?:an?|the|some|your|its|their|one|two|three|four|\d|no|any)\b")
_FOR = re.compile(r",? for (?P<what>(?:[A-Za-z][a-z-]* ){0,2}[A-Za-z][a-z-]*)(?=[.,;!?]|$)")
_WORD = re.compile(r"[a-z]+")
# A room a shop files goods under, said by the model as the product's use ("a wind chime for
# the garden"): no use (``what_for``), so the phrase is left out where the shelf names it.
_ROOM_USE = re.compile(
    r",? for the (?P<room>kitchen|garden|pantry|bathroom|bedroom|office|nursery|garage|"
    r"workshop|patio|yard|greenhouse|shed|home)\b(?=[.,;!?])"
)


def _words(text: str) -> set[str]:
    return {without_plural_s(w) for w in _WORD.findall(text.lower())}


def _mass_said(found: re.Match[str]) -> str:
    before = found["before"]
    measured = _MEASURE_FIRST.match(f"{before}{found['noun']}")
    if measured:
        return f"{measured['measure']} of {measured['rest']}"
    return f"{before}{found['noun']}"


def _counted(item: str) -> str:
    """ "printer" → "a printer"; "scissors", "glue", "a pen" and "2 AA batteries" as they are."""
    words = item.split()
    last = words[-1].lower() if words else ""
    if (
        not words
        or len(words) > 3
        or _DETERMINER.match(item.lower())
        or last.endswith(("s", "ing"))  # "scissors", "stuffing"
        or last in _NOT_COUNTED
        or not last.isalpha()
        or item != item.lower()
    ):
        return item
    return f"{'an' if item[0] in 'aeiou' else 'a'} {item}"


def _need_said(found: re.Match[str]) -> str:
    items = re.split(r"(, | and | or )", found["items"])
    said = "".join(part if i % 2 else _counted(part) for i, part in enumerate(items))
    return f"{found['verb']} {said}"


def _count_said(found: re.Match[str]) -> str:
    subject, has = ("It", "has") if found["whose"] == "Its" else ("They", "have")
    adjective = f"{found['adj']} " if found["adj"] else ""
    return f"{subject} {has} {found['n']} {adjective}{found['noun']}{found['rest']}"


def _named_not_used(listing: Listing) -> set[str]:
    """Words that name an option, a variant, a colour or a morph, never a use, less the words
    the shop files or types the product under or says it is for."""
    named: set[str] = set()
    for values in listing.options.values():
        named |= _words(" ".join(values))
    for variant in listing.variants:
        named |= _words(" ".join(variant.options.values()))
    for label, values in listing.attributes.items():
        if re.search(r"\b(colou?rs?|morph|pattern|finish|shade)\b", label, re.IGNORECASE):
            named |= _words(" ".join(values))
    used = _words(" ".join([listing.product_type, *listing.categories, *listing.tags]))
    for label, values in listing.attributes.items():
        if re.search(r"\b(use|uses|for|suits|suitable|ideal)\b", label, re.IGNORECASE):
            used |= _words(" ".join(values))
    return named - used


def _use_kept(found: re.Match[str], named: set[str]) -> str:
    words = _WORD.findall(found["what"].lower())
    if words and all(without_plural_s(w) in named for w in words if w not in ("the", "a")):
        return ""
    return found[0]


# Round 49: "each one" where the product's unit has a name ("so each skein has its own …",
# "each drum differs …"). A mass noun is sold by its unit; a plural or an unknown head keeps
# "each one".
_EACH_ONE = re.compile(r"\beach one\b")
_UNIT_OF = {"yarn": "skein", "wool": "skein", "thread": "spool", "soap": "bar"}
_NOT_A_UNIT = frozenset(
    "set kit pack bundle service session download pattern gift card item product accessory "
    "accessories tea coffee food".split()
)
# A singular part said after "has"/"have" with no article ("has toughened glass face").
_BARE_PART = re.compile(
    r"\b(?P<verb>has|have) (?!(?:a|an|the|its|their|one|two|no)\b)"
    r"(?P<what>(?:[a-z-]+ ){1,2}(?:lens|strap|handle|lid|buckle|clasp))\."
)


def _unit_noun(listing: Listing) -> str | None:
    """What one of the product is called: the product type's last word, else the first
    category's last step's, else the title head's ("Travel kettle" → "kettle", "Yarn" → "skein")."""
    from plugin.generation.purpose import _head  # noqa: PLC0415 (import cycle)

    for source in (listing.product_type, *listing.categories[:1], _head(listing.title)):
        words = re.findall(r"[A-Za-z]+", source.split(">")[-1])
        if not words:
            continue
        word = words[-1].lower()
        word = _UNIT_OF.get(word, word)
        if word in _NOT_A_UNIT or (word.endswith("s") and not word.endswith("ss")):
            return None
        return word if len(word) > 2 else None
    return None


def sound(text: str, title: str, listing: Listing | None = None, first: bool = False) -> str | None:
    """The sentence as a buyer should read it, or ``None`` where a count or a list in it lost
    its noun. ``title`` is masked, so the product's own name keeps its case and its words."""
    masked = text.replace(title, "\x00") if title else text
    masked = _LOST_TAIL.sub(lambda f: f["end"] or ".", masked)
    if _LOST_COUNT.search(masked) or _LOST_NOUN.search(masked):
        return None
    said = caps_in_sentence(masked)
    said = _HAS_STATEMENT.sub(
        lambda f: f"{f['verb'].rstrip('s') + ('s' if f['has'] == 'has' else '')} {f['what']}",
        said,
    )
    said = _MASS_ARTICLE.sub(_mass_said, said)
    said = _ARTICLE_COUNT.sub("", said)
    while _OR_OR.search(said):
        said = _OR_OR.sub(r"\1, \2 or", said, count=1)
    said = _COUNT_IS.sub(_count_said, said)
    said = _NEED_LIST.sub(_need_said, said)
    said = _BARE_PART.sub(
        lambda f: f"{f['verb']} {'an' if f['what'][0] in 'aeiou' else 'a'} {f['what']}.", said
    )
    if listing is not None and _EACH_ONE.search(said):
        unit = _unit_noun(listing)
        if unit:
            said = _EACH_ONE.sub(f"each {unit}", said)
    made = _HAS_MATERIAL.match(said)
    if made:
        be = "is" if made["has"] == "has" else "are"
        said = f"{made['subject']} {be} made of {made['stuff']}."
    if listing is not None:
        # Round 42: the shop's own words are not set into an English sentence.
        kept = without_shop_words(said, listing, first)
        if kept is None:
            return None
        said = kept
        named = _named_not_used(listing)
        said = _FOR.sub(lambda f: _use_kept(f, named), said)
        shelf = " ".join(listing.categories).lower()
        said = _ROOM_USE.sub(lambda r: "" if r["room"] in shelf else r[0], said)
    return said.replace("\x00", title) if title else said


def sound_written(
    written: Sequence[tuple[Sentence, str]], listing: Listing
) -> list[tuple[Sentence, str]]:
    """Every finished sentence checked by ``sound``; one that cannot be said is left out."""
    out: list[tuple[Sentence, str]] = []
    for n, (sentence, text) in enumerate(written):
        first = n == 0 and listing.title in text
        said = sound(text, listing.title, listing, first)
        if said is None and first:
            # Round 42: a first line left out for the shop's words leaves the product named
            # plainly, not a draft with no first line.
            said = _plain_first_line(listing)
        if said is not None:
            out.append((sentence, said))
    return out


def _plain_first_line(listing: Listing) -> str | None:
    """The product named plainly, where that says none of the shop's words."""
    from plugin.generation.hook_fallback import hook_fallback  # noqa: PLC0415 (import cycle)

    title = prose_title(listing)
    line = hook_fallback(listing, voice_of(title))
    masked = line.replace(title, "\x00")
    if without_shop_words(masked, listing) != masked or not reads_english(masked):
        line = f"Introducing the {title}."
    return line
