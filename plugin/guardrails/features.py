"""Feature claims: what is in the box and what is built in, and assembly.

An inclusion ("comes with a hard case", "includes a strap", "hose included") must be one of
the things the listing says are included ("In the box: …", "Included: …", "screws included"),
or, on a listing that does not say what is in the box, a thing it names; otherwise it is an
invented fact and blocks. So does a built-in part the listing never names ("a built-in
kickstand"), an inclusion the listing says is not included ("batteries included" of
"batteries not included"), and assembly that contradicts it ("flat-packed" of "delivered fully
assembled"). Nouns are matched by their stem and by WordNet's hypernyms (a "bag" of a listed
"pouch"); nouns that name no kind ("accessories", "extras") and warranties pass.
"""

from __future__ import annotations

import re

from plugin.domain import Finding
from plugin.guardrails.findings import BLOCK, finding
from plugin.guardrails.listing_facts import ListingFacts, normalise
from plugin.guardrails.measures import singular
from plugin.guardrails.product_nouns import generic, is_kind_of_any, is_product_noun, stem
from plugin.guardrails.quantities import NUMBER_WORDS

_INCLUDED = re.compile(
    r"\b(?P<thing>(?:[A-Za-z0-9][\w-]*\s+){0,2}?[A-Za-z][\w-]*)\s+(?:(?:is|are)\s+)?"
    r"(?P<not>not\s+|n[o']t\s+)?included\b",
    re.IGNORECASE,
)
_WORD_STOP = frozenset("the a an and with its it they all everything also not no".split())
# Assembly: what the draft says against what the listing says.
_NEEDS_ASSEMBLY = re.compile(
    r"\b(?:flat[\s-]?pack(?:ed)?|self[\s-]assembly|(?:requires|needs|some|easy|simple|quick|"
    r"home)\s+assembly|assembly (?:is )?(?:required|needed)|assemble it yourself|easy to assemble|"
    r"needs (?:to be )?assembl(?:ing|ed)|must be assembled|"
    r"assembly:\s*(?:required|needed|yes))\b",
    re.IGNORECASE,
)
_ASSEMBLED = re.compile(
    r"\b(?:fully|ready|pre)[\s-]?assembled|no assembly(?: (?:is )?(?:required|needed))?|"
    r"arrives assembled|delivered assembled|assembly:\s*(?:none|no|not required)\b",
    re.IGNORECASE,
)


def check_features(text: str, facts: ListingFacts) -> list[Finding]:
    low = text.lower()
    out: list[Finding] = []
    if "included" in low:
        out += [f for m in _INCLUDED.finditer(text) if (f := _inclusion(m, facts))]
    out += _not_in_the_box(text, facts)
    out += _in_the_price(text, out)
    if "assembl" not in low and "flat" not in low:
        return out
    listing = "\n".join(facts.lines)
    for claim, against in ((_NEEDS_ASSEMBLY, _ASSEMBLED), (_ASSEMBLED, _NEEDS_ASSEMBLY)):
        said = against.search(listing)
        if not said or claim.search(listing):
            continue
        for match in claim.finditer(text):
            line = next((ln for ln in facts.lines if against.search(ln)), "")
            out.append(_finding(match.start(), match.end(), match.group(), line))
    return out


# What the listing charges for apart: "repairs are quoted separately", "sold separately".
_APART = r"(?:sold|charged|quoted|priced|billed|available) separately"


_SENTENCE = re.compile(r"[.;!?](?:\s|$)")
_NO_THING = re.compile(r"(?:no|without)\s", re.IGNORECASE)


def _inclusion(match: re.Match[str], facts: ListingFacts) -> Finding | None:
    """ "AA batteries included" against the listing's "AA batteries not included", and the
    other way round."""
    words = [w for w in normalise(match.group("thing")).split() if w not in _WORD_STOP]
    if not words:
        return None
    head = words[-1].removesuffix("s")
    # "No spacers included", "without batteries included": a denial, as "not included" is
    negated = bool(match.group("not")) or _NO_THING.match(match.group("thing")) is not None
    # the listing's line that names the thing ("2 x AA batteries (not included)") and says
    # the opposite in the same clause
    opposite = rf"\b{re.escape(head)}(?:s|es)?\b[^,;.]*?\b" + (
        r"(?<!not )included" if negated else rf"(?:not included|{_APART})"
    )
    line = next(
        (
            ln
            for ln in facts.lines
            if any(re.search(opposite, normalise(part)) for part in _SENTENCE.split(ln))
        ),
        "",
    )  # in one sentence: "postage is included. Chips are quoted separately" says two things
    if not line or _said_as_claimed(head, negated, facts):
        return None
    lead = re.match(r"(?:(?:the|a|an|its|all)\s+)*", match.group(), re.IGNORECASE)
    start = match.start() + (lead.end() if lead else 0)
    return _finding(start, match.end(), match.string[start : match.end()], line)


def _said_as_claimed(head: str, negated: bool, facts: ListingFacts) -> bool:
    """The listing also says what the draft does of a thing of that name: "with the clamp
    included; the larger clamp is sold separately" backs "clamp included" (two clamps)."""
    same = rf"\b{re.escape(head)}(?:s|es)?\b[^,;.]*?\b" + (
        rf"(?:not included|{_APART})" if negated else r"(?<!not )included"
    )
    return any(
        re.search(same, normalise(part)) for ln in facts.lines for part in _SENTENCE.split(ln)
    )


def _finding(start: int, end: int, claim: str, line: str) -> Finding:
    return finding(
        "accuracy.feature",
        BLOCK,
        start,
        end,
        claim,
        f"contradicts the listing (it says: {line}).",
        "Say what the listing says, or leave it out.",
        line,
    )


# What the draft says comes with the product, and what it says is built in.
# "comes filled with", "ships pre-loaded with" (round 29): what it is filled or fitted with
# comes with it.
_FILLED = (
    r"(?:(?:already|pre)[ \t-]?)?(?:filled|loaded|fitted|strung|spooled|packed|stocked|equipped)"
)
_WITH = re.compile(
    r"\b(?:(?:comes?|ships?|arrives?|supplied|delivered|sold)\s+(?:" + _FILLED + r"\s+)?with|"
    r"includes?|"
    r"(?P<built>built-in|integrated|in-built|"
    # a part the product is said to have: "It has a fold-out stand" (round 37)
    r"(?:it|they|each)[ \t]+(?:has|have|features?)(?=[ \t]+an?[ \t]))(?=\s))"
    r"\s+(?P<what>(?:[^.;:!?\n]|\.\d){2,80})|"
    r"\b(?P<thing>(?:[\w-]+[ \t]+){0,2}[\w-]+)[ \t]+(?:(?:is|are)[ \t]+)?included"
    r"(?=[ \t]*(?:[.,;!?)\n]|$|(?:and|in|with|as|to|for)\b))|"
    # "A pump comes with it", "Two brushes come in the box" (round 28): the thing before
    r"\b(?P<before>(?:[\w-]+[ \t]+){0,4}?[\w-]+)[ \t]+(?:comes?|is|are)[ \t]+(?:also[ \t]+)?"
    r"(?:with[ \t]+(?:it|them)|in[ \t]+the[ \t]+(?:box|pack|package|kit|set|parcel))\b|"
    # "The strings come already fitted", "a filter comes pre-installed" (round 29)
    r"\b(?P<fitted>(?:[\w-]+[ \t]+){0,4}?[\w-]+)[ \t]+(?:comes?|arrives?)[ \t]+"
    r"(?:already[ \t]+|pre-?)(?:fitted|spooled|installed|loaded|attached|mounted|strung|filled|"
    r"wound)\b",
    re.IGNORECASE,
)
_ANY_WITH = re.compile(
    r"\bwith\b|includ|built-in|integrated|in-built|in the|already|\bha(?:s|ve)\b|\bfeature|"
    r"\bpre-?(?:fitted|spooled|installed|loaded|attached|mounted|strung|filled|wound)",
    re.IGNORECASE,
)
# "…, and the lid locks …": a new clause with its own subject ends the list
_WHAT_END = re.compile(
    r"\s+(?:so|for|to|that|which|who|while|when|if|because|in|on|at|from|with)\b|\s+-\s"
    r"|,\s+(?:and|but)\s+(?:the|its|it|this|they|there|you)\b",
    re.IGNORECASE,
)
_ITEM = re.compile(r",|\s+(?:and|or|plus|&)\s+", re.IGNORECASE)
# A line whose label says what comes with it: "In the box:", "Kit includes:", "Pieces:".
_BOX_LABEL = re.compile(
    r"^[^:\n]{0,30}\b(?:in the box|included|includes|comes with|contents|pieces|parts|"
    r"package|supplied with|accessories)\b[^:\n]{0,20}:",
    re.IGNORECASE,
)
_NOT_INCLUDED = re.compile(r"(?:\bnot|\bnever|n't)[ \t]+(?:be[ \t]+)?included$", re.I)
_DENIED_THING = re.compile(r"\b(?:no|not|nor|without|never)\b", re.IGNORECASE)
_PRONOUN = re.compile(r"(?:it|this|that|they|these|everything|all|what|which)", re.IGNORECASE)
_SAID_INCLUDED = re.compile(
    r"(?<!not )\bincluded\b|\b(?:comes|ships|arrives|is supplied|is delivered) with\b|"
    r"\bincludes\b|\bcomes? with (?:it|them)\b|"
    r"\b(?:comes?|are|is) in the box\b",
    re.I,
)


def _not_in_the_box(text: str, facts: ListingFacts) -> list[Finding]:
    """Inclusions and built-in parts the listing does not give."""
    out: list[Finding] = []
    if not _ANY_WITH.search(text):
        return out
    box = _box(facts)
    for match in _WITH.finditer(text):
        if match.group("thing") and (
            _NOT_INCLUDED.search(match.group()) or _NO_THING.match(match.group("thing"))
        ):
            continue  # "the frame is not included": a denial, which claims nothing comes with it
        lead = match.group("before") or match.group("fitted")
        if lead and (_DENIED_THING.search(lead) or _PRONOUN.fullmatch(lead)):
            continue  # "no batteries come in the box"; "everything comes with it"
        group = next(g for g in ("what", "thing", "before", "fitted") if match.group(g))
        what, start = match.group(group), match.start(group)
        if group in ("before", "fitted"):
            what, start = _the_thing_before(what, start)
        what = re.sub(r"\s+(?:is|are)$", "", _WHAT_END.split(what)[0], flags=re.IGNORECASE)
        # a part said to come fitted is given by any word of the listing, as a built-in part is
        fitted = group == "fitted"
        built_in = bool(match.group("built"))
        if built_in and _HAS.fullmatch(match.group("built")) and _a_list_or_figure(what):
            continue  # "It has an engine, two wagons and track", "It has a 700 mm lens"
        pos = 0
        for piece in _ITEM.split(what):
            offset = what.index(piece, pos) if piece else pos
            pos = offset + len(piece)
            head = _head(piece)
            # what the listing says is not included needs no product noun: "line and backing"
            word = head or (
                next(iter(re.findall(r"[a-z]{3,}", piece.lower())[::-1]), "") if fitted else ""
            )
            if word and group != "thing" and not built_in and _not_included(word, facts):
                out.append(_denied_inclusion(text, start + offset, piece, facts, word))
                continue
            if not head or _given(piece, head, facts, box, built_in or fitted):
                continue
            if group == "before" and (
                _in_a_box_line(head, box)
                or any(_INCLUDED_ABROAD.search(line) for line in facts.lines)
            ):
                continue  # "the converter that comes in the box" of "converter (included)"
            lead = re.match(r"\s*(?:(?:a|an|the|its|two|one|\d+)\s+)*", piece)
            begin = start + offset + (lead.end() if lead else 0)
            end = start + offset + len(piece.rstrip())
            line = box[0] if box and not built_in else ""
            said = f"the listing says: {line}" if line else "the listing does not give it"
            out.append(
                finding(
                    "accuracy.feature",
                    BLOCK,
                    begin,
                    end,
                    text[begin:end],
                    f"is not what the listing says comes with it ({said}).",
                    "Name only what the listing says is included or built in.",
                    line,
                )
            )
    return out


_IN_THE_PRICE = re.compile(r"\bincluded\s+in\s+the\s+(?:price|cost|fee)\b", re.IGNORECASE)


def _in_the_price(text: str, found: list[Finding]) -> list[Finding]:
    """ "Repairs are included in the price" of a thing the listing does not include, or says
    is charged apart: a claim about what the price pays for."""
    out = []
    for item in found:
        end = min((i for m in ".!?\n" if (i := text.find(m, item.end)) >= 0), default=len(text))
        said = _IN_THE_PRICE.search(text, item.start, end)
        if said:
            begin = said.start()
            out.append(
                finding(
                    "accuracy.price",
                    BLOCK,
                    begin,
                    said.end(),
                    text[begin : said.end()],
                    f"says the price pays for {text[item.start : item.end]!r}, which the listing "
                    "does not include.",
                    "Say only what the listing's price includes.",
                    item.fact,
                )
            )
    return out


# "It has a …": a part the product is said to have, judged only when it is one part with no
# figure (a list of parts is read against a listing in another language word for word; a
# measured part is the number rule's).
_HAS = re.compile(r"(?:it|they|each)\s+(?:has|have|features?)", re.IGNORECASE)


def _a_list_or_figure(what: str) -> bool:
    return len(_ITEM.split(what)) > 1 or bool(re.search(r"\d", what))


def _head(piece: str) -> str:
    """The thing an item names: its last product noun ("a spare set of strings" -> "string",
    "a 2-year warranty" -> "")."""
    words = re.findall(r"(?<![\w.])[a-z]{3,}(?![\w.])", piece.lower().rsplit(" of ", 1)[-1])
    for word in reversed(words):
        noun = word if is_product_noun(word) else singular(word)
        if is_product_noun(noun) and noun not in NUMBER_WORDS:
            return "" if noun in generic() or word in generic() else noun
    return ""


def _box(facts: ListingFacts) -> list[str]:
    """The listing's lines that say what comes with it."""
    return [line for line in facts.lines if _BOX_LABEL.match(line) or _SAID_INCLUDED.search(line)]


def _box_words(box: list[str]) -> set[str]:
    """The words of what the box holds: a labelled line's value ("In the box: Padded gig bag"),
    the words before "included" or after "comes with" elsewhere ("screws included"), and the
    label of a line that says its thing is included ("Strap: Elastic, included")."""
    words: set[str] = set()
    for line in box:
        label = _BOX_LABEL.match(line)
        said = [line[label.end() :]] if label else ["".join(t) for t in _THINGS_SAID.findall(line)]
        if not label and re.match(r"[^:]{1,40}:[^:]*\bincluded\b", line, re.IGNORECASE):
            said.append(line.split(":", 1)[0])  # "Strap: Elastic, included"
        if label and re.fullmatch(r"\s*(yes|true)\b.*", line[label.end() :], re.IGNORECASE):
            said.append(line[: label.end()])  # "Tap included: Yes" names the tap
        words.update(w for part in said for w in re.findall(r"[a-z]+", part.lower()))
    return words


# "… included" ("a hex key, included"), "comes with …", "includes …", and "the included …"
# before its things ("powered by the included USB-C cable and adapter"), not "included in the
# price".
_THINGS_SAID = re.compile(
    # "return postage inside the US is included": a place the thing is given for may follow it
    # a list of up to twelve words before it ("Two oars, a pump and a dry bag are included")
    r"((?:[\w-]+,?[ \t]+){0,12}(?:(?:inside|within|in|to|for)[ \t]+(?:the[ \t]+)?[\w-]+[ \t]+)?)"
    # "three AAA batteries (included)" (round 30): the word in brackets after its thing
    r"(?:(?:is|are)[ \t]+)?\(?(?<!not )included\b(?![ \t]+(?!in\b|with\b|"
    r"as\b|for\b|at\b|on\b|by\b|to\b|and\b|or\b)[a-z])|"
    r"\b(?:(?:comes|ships|arrives|is supplied|is delivered) with|includes|(?<=the )included)"
    r"\s+([^.;\n]+)|"
    # "A pump and a bag come with it", "two batteries come in the box" (round 28)
    r"((?:[\w-]+,?[ \t]+){1,6})(?:comes?|are|is)[ \t]+"
    r"(?:with[ \t]+(?:it|them)|in[ \t]+the[ \t]+box)\b",
    re.IGNORECASE,
)


_RELATIVE = re.compile(r"\s+(?:that|which)$", re.IGNORECASE)
_PLACE = re.compile(r"^.*\b(?:on|in|into|from|at|under|onto|to|by)\s+", re.IGNORECASE)
_PURPOSE = re.compile(r"(?:^|\s+)(?:for|of|with)\b.*$", re.IGNORECASE)
# "included" in the shop languages: a listing that says in its own language what comes with it
# cannot be read word for word against an English draft's "… comes with it".
_INCLUDED_ABROAD = re.compile(
    r"\b(?:inclu[íi]d[oa]s?|inclus[oae]?|inclu(?:se|ses)|enthalten|inbegriffen|mitgeliefert|"
    r"meegeleverd|inbegrepen|inkluderad|inkluderet|inkludert|medfølger|medföljer|w zestawie|"
    r"součástí|mukana)\b",
    re.IGNORECASE,
)


def _the_thing_before(what: str, start: int) -> tuple[str, int]:
    """The thing of "… comes with it": "the tray" of "fuel tablets on the tray that comes with
    it", "a hex key" of "a hex key for fitting is in the box"."""
    what = _RELATIVE.sub("", what)
    place = _PLACE.match(what)
    if place and place.end() < len(what):
        what, start = what[place.end() :], start + place.end()
    purpose = _PURPOSE.search(what)
    if purpose and purpose.start() > 0:
        what = what[: purpose.start()]
    elif purpose:  # "With the hanger that comes with it": the thing after the lead word
        lead = re.match(r"\w+\s+", what)
        if lead:
            what, start = what[lead.end() :], start + lead.end()
    return what, start


def _in_a_box_line(head: str, box: list[str]) -> bool:
    return any(stem(head) == stem(w) for line in box for w in re.findall(r"[a-z]+", line.lower()))


def _not_included(head: str, facts: ListingFacts) -> bool:
    """A line of the listing says, in one clause, that the thing is not included ("a chain tool
    (not included)")."""
    said = re.compile(rf"\b{re.escape(head)}\w*\b[^,;.:!?]*\bnot included", re.IGNORECASE)
    # a line of what comes with it that says "no …" of the thing: "Strap and case included; no
    # phone mount" (round 29)
    denied = re.compile(rf"\b(?:no|without)\s+(?:[\w-]+\s+){{0,2}}{re.escape(head)}", re.I)
    return any(said.search(line) for line in facts.lines) or any(
        denied.search(line) for line in _box(facts)
    )


def _denied_inclusion(text: str, at: int, piece: str, facts: ListingFacts, head: str) -> Finding:
    """ "A chain tool comes in the box" of "a chain tool (not included)" (round 28)."""
    lead = re.match(
        r"\s*(?:(?:and|a|an|the|its|two|one|\d+(?!\s*[a-z]{1,3}\s+of\b))\s+)*", piece, re.I
    )
    begin = at + (lead.end() if lead else 0)
    end = at + len(piece.rstrip())
    line = next(
        (ln for ln in facts.lines if "not included" in ln.lower() and head in ln.lower()),
        next((ln for ln in _box(facts) if head in ln.lower()), ""),
    )
    return finding(
        "accuracy.feature",
        BLOCK,
        begin,
        end,
        text[begin:end],
        f"is something the listing says is not included (it says: {line}).",
        "Name only what the listing says is included.",
        line,
    )


def _another_kind(qualifiers: set[str], head: str, box: list[str], facts: ListingFacts) -> bool:
    """ "hard maple sticks" of a box with "soft rubber sticks": the listing qualifies the
    thing in its box, and the draft qualifies it with words the listing never uses."""
    given = {
        w
        for line in box
        for m in re.finditer(rf"((?:[a-z]+ ){{1,2}}){re.escape(head)}", line.lower())
        for w in m.group(1).split()
    } - _WORD_STOP
    return bool(given and qualifiers) and not qualifiers & given and not qualifiers <= facts.words


def _given(piece: str, head: str, facts: ListingFacts, box: list[str], built_in: bool) -> bool:
    """An inclusion is given when the box holds its thing (by stem), or a kind of it and the
    item says nothing more ("a bag" of a listed "pouch"; not "a hard case" of a "gig bag")."""
    if re.search(rf"\b{re.escape(head)}\w*\b[^,;.]*\bnot included", facts.normal):
        return True  # the listing says it is not included: ``_inclusion`` reports that
    if any(stem(head) == stem(kind.split()[-1]) for kind in facts.kinds):
        return True  # the product itself: "the set includes 24 half pans" of a half-pan set
    words = _box_words(box) if box and not built_in else facts.words
    if stem(head) in {stem(w) for w in words}:
        qualifiers = {w for w in re.findall(r"[a-z0-9]+", piece.lower()) if w.isalpha()}
        return not _another_kind(qualifiers - _WORD_STOP - {head}, head, box, facts)
    said = {w for w in re.findall(r"[a-z]+", piece.lower()) if w not in _WORD_STOP}
    return said - {head} <= facts.words and any(
        is_kind_of_any(w, head) for w in words if is_product_noun(w)
    )
