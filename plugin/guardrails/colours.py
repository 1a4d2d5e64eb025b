"""Colour claims: colour words, checked against the listing's colours (families: navy is blue),
and colour ranges ("available in a variety of colours"), checked against how many it offers.

A colour the listing does not give blocks when it has colours (a shopper would order it); on a
listing that names no colour it warns, saying that fact is missing. A range of colours on a
single-colour listing blocks; on a two-colour listing it is an exaggeration and warns.
"""

from __future__ import annotations

import re

from plugin.domain import Finding
from plugin.guardrails.claims import Claim
from plugin.guardrails.counts import count_phrase, thing
from plugin.guardrails.facts_record import memo
from plugin.guardrails.findings import BLOCK, WARN, finding
from plugin.guardrails.listing_facts import ListingFacts, normalise
from plugin.guardrails.material_finishes import finishes, metal_finishes
from plugin.guardrails.origin_verbs import named_as_place
from plugin.guardrails.quantities import find_quantities
from plugin.guardrails.vocabulary import (
    AMBIGUOUS_COLOURS,
    COLOUR_LABELS,
    COLOUR_SPELLINGS_ABROAD,
    COLOURS,
    MATERIALS,
    NOT_A_COLOUR_AFTER,
    compound_hue,
)

_CONTEXT_AFTER = re.compile(
    r"^[\s-]+(?:colou?r|colou?rway|finish|hue|shade|tone|glaze|and|or|/)\b|^\s*/", re.I
)
_CONTEXT_BEFORE = re.compile(r"\b(?:in|and|or|,|/)\s*$", re.I)
# A word of a colour's strength or depth before a word that also names a thing makes it the
# colour ("vivid coral", "deep plum", "pale mint"; round 52).
_SHADE_BEFORE = re.compile(r"\b(?:bright|deep|dark|pale|vivid|pastel)[ \t]+$", re.I)
# A colour's name of two capitalised words in a list of colours: "Mint or Signal Orange".
_NAMED_BEFORE = re.compile(r"(?:\b(?:in|and|or)|,|/)\s*[A-Z][a-z]+\s+$")
# A past participle after a word that names a thing as well as a colour: the thing it was made
# or worked with ("stone-ground", "slate-cut", "cherry-smoked"); not one that gives a colour
# ("stone-coloured", "rose-tinted").
_WORKED_WITH = re.compile(
    r"^(?:-|[ \t]+)(?!(?:colou?red|tinted|toned|hued|dyed|shaded|painted|glazed|finished)\b)"
    r"(?:[a-z]+ed|ground|cut|spun|sewn|woven|grown|built|made|blown|thrown|wrought)\b",
    re.IGNORECASE,
)
_RANGE = re.compile(
    r"\b(?:(?:a |an )?(?:wide |whole |broad |huge |full |great |fun )?"
    r"(?:variety|range|choice|selection|array|assortment|spectrum|rainbow|palette|host|mix) of "
    r"(?:\w+ )?|(?:many|multiple|several|various|numerous|lots of|different|assorted|all the|"
    r"a dozen|countless|endless|so many|rainbow|mixed) (?:\w+ )?)"
    r"(?:colou?rs|colou?rways|shades|hues|tones|finishes)\b"
    r"|\bevery colou?r\b|\bcolou?rs? to (?:suit|match) (?:every|any)\b"
    r"|\b(?:any|whatever|whichever) colou?rs? "
    r"(?:you (?:choose|like|want|pick|prefer)|of your choice)",
    re.IGNORECASE,
)


def colour_claims(text: str) -> list[Claim]:
    out = [Claim("colour_range", m.start(), m.end(), m.group()) for m in _RANGE.finditer(text)]
    for start, end in finishes(text):  # "rose gold stainless steel": a finish, so a colour
        out.append(Claim("colour", start, end, text[start:end], normalise(text[start:end])))
    woods = [(a, b) for a, b, t in MATERIALS.find(text) if t.kind != "metal"]
    for start, end, term in COLOURS.find(text):
        if any(a <= start < b for a, b in woods):
            continue  # "olive wood", "cherry wood": a material's name, not its colour
        claim = text[start:end]
        after = text[end : end + 24]
        next_word = after.split()[0].strip(".,;:!").lower() if after.split() else ""
        if next_word in NOT_A_COLOUR_AFTER:
            continue
        if claim.lower() in AMBIGUOUS_COLOURS and _WORKED_WITH.match(after):
            continue  # "stone-ground", "stone ground": what it was worked with, not its colour
        if claim[0].isupper() and named_as_place(text, start):
            continue  # "made in Orange", "Orange-grown": a place (round 29)
        if claim.lower() in AMBIGUOUS_COLOURS and not (
            _CONTEXT_AFTER.match(after)
            or _CONTEXT_BEFORE.search(text[max(0, start - 6) : start])
            or _SHADE_BEFORE.search(text[max(0, start - 8) : start])
            or (claim[0].isupper() and _NAMED_BEFORE.search(text[max(0, start - 24) : start]))
        ):
            continue
        out.append(Claim("colour", start, end, claim, term.name))
    return out + _plural_colours(text)


_PLURAL = re.compile(r"\b(?P<one>[a-z]{3,})s\b")
# A plural colour said as colours: in a list of colours, or after "in" ("in soft blues"), not as
# a thing ("egg whites", "salad greens").
_PLURAL_LIST = re.compile(r"^(?:,|\s+(?:and|or|&))\s+[a-z]+s\b")
_PLURAL_IN = re.compile(r"\bin\s+(?:[a-z]+\s+)?$")


def _plural_colours(text: str) -> list[Claim]:
    """Colours named in the plural ("pale blues and pinks"): a plural noun whose singular is a
    whole colour word, not one that also names a thing ("creams", "oranges")."""
    matches = [m for m in _PLURAL.finditer(text) if _plural_of_a_colour(m["one"])]
    said: dict[int, re.Match[str]] = {}
    for match, after in zip(matches, matches[1:], strict=False):
        if _PLURAL_LIST.match(text[match.end() : after.end()]):
            said |= {match.start(): match, after.start(): after}
    for match in matches:
        if _PLURAL_IN.search(text[max(0, match.start() - 20) : match.start()]):
            said[match.start()] = match
    return [
        Claim("colour", m.start(), m.end(), m.group(), COLOURS.find(m["one"])[0][2].name)
        for _, m in sorted(said.items())
    ]


def _plural_of_a_colour(one: str) -> bool:
    found = COLOURS.find(one)
    return len(found) == 1 and found[0][:2] == (0, len(one)) and one not in AMBIGUOUS_COLOURS


_COLOUR_NOUN = re.compile(r"\b(?:colou?r(?:way)?s?|shades|hues|tones|finishes)\b", re.IGNORECASE)


# The colour of the light a lamp gives, a colour temperature: "three light colours".
_OF_LIGHT = re.compile(r"\blight(?:ing)?\s+colou?rs?\b", re.IGNORECASE)


def colour_count_claims(text: str) -> list[Claim]:
    """ "Four colours", "five bright shades": a count of colours, spanning the number and noun."""
    out: list[Claim] = []
    if not _COLOUR_NOUN.search(text):
        return out
    for quantity in find_quantities(text):
        if count_phrase(text, quantity)[0] != "colour":
            continue
        noun = _COLOUR_NOUN.search(text, quantity.end, quantity.end + 40)
        end = noun.end() if noun else quantity.end
        out.append(Claim("colour_count", quantity.start, end, text[quantity.start : end],
                         quantity.value))  # fmt: skip
    return out


_COLOUR_QUESTION = re.compile(
    r"\b(?:what|which)\s+colou?rs?\b[^?\n]*\?\s*(?P<answer>[^\n]+)", re.IGNORECASE
)
_ANSWER = re.compile(
    r"^(?:(?:it|they|this|the \w+(?: \w+)*?)\s+(?:is|are|comes? in|is available in|"
    r"are available in|is offered in)|(?:available|offered|comes?|only) in)\s+"
    r"(?:a |an |the )?(?P<named>[^.;!?]+)"
    r"|^(?P<bare>[A-Za-z][\w-]*(?:[ ,]+[A-Za-z][\w-]*){0,4})[.!]?\s*$",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.IGNORECASE)
# An answer that counts, points elsewhere or talks to the buyer names no colour itself.
_NOT_NAMED = re.compile(
    r"\d|\b(?:colou?rs?|one|two|three|four|five|many|several|any|all|pick|choose|select|see|"
    r"shown|photos?|pictures?|images?|we|you|your|our|there|please|check|depends)\b",
    re.IGNORECASE,
)


_A_COLOUR_WORD = re.compile(r"\s+(?:colou?r|shade|hue)\s*$", re.IGNORECASE)


def answered_colours(text: str) -> list[Claim]:
    """What a FAQ answer names as the colour ("What color is it?" "It comes in Natural."): the
    answer is a colour claim whatever its words, since the question asks for one."""
    out = []
    for question in _COLOUR_QUESTION.finditer(text):
        answer = _ANSWER.match(question.group("answer"))
        group = "named" if answer and answer.group("named") else "bare"
        # "It is a natural colour": the colour named before the word for one
        named = _A_COLOUR_WORD.sub("", answer.group(group)) if answer else ""
        if not answer or not named or _NOT_NAMED.search(named):
            continue
        base = question.start("answer") + answer.start(group)
        pos = 0
        for separator in [*_SEPARATOR.finditer(named), None]:
            stop = separator.start() if separator else len(named)
            words = named[pos:stop].strip()
            if words:
                start = base + pos + named[pos:stop].index(words)
                out.append(Claim("colour", start, start + len(words), words, ""))
            pos = separator.end() if separator else stop
    return out


_LABEL_WORDS = "|".join(sorted(COLOUR_LABELS, key=len, reverse=True))
# "12 färger", "Antal färger: 12": a count of colours in the shop's language
_COUNTED_ABROAD = re.compile(
    rf"\b(\d+)\s+(?:{_LABEL_WORDS})\b|^[^:\n]*\b(?:{_LABEL_WORDS})\b[^:\n]*:\s*(\d+)\s*$",
    re.IGNORECASE,
)


def _counted_abroad(facts: ListingFacts) -> set[float]:
    return {
        float(m.group(1) or m.group(2))
        for line in facts.lines
        for m in _COUNTED_ABROAD.finditer(line)
    }


def colour_count(facts: ListingFacts) -> int:
    """How many colours the listing offers: its colour option's values, else its colour words."""
    listed = facts.lists.get("colour")
    return max(listed) if listed else len(facts.colours)


def _another_form_said(said: str, facts: ListingFacts) -> bool:
    """A colour word whose adjective or participle the listing uses of a listing that names
    no colour ("smoke" of "a smoky sauce", "Smoked …"): the draft says what the listing
    says in another form."""
    word = said.lower()
    if " " in word or len(word) < 4:
        return False
    forms = {word + "y", word + "ed", word + "d", word[:-1] + "y" if word.endswith("e") else ""}
    return bool(forms & facts.words)


def _a_mix_offered(claim: Claim, facts: ListingFacts) -> bool:
    """ "in rainbow colours" of "Colour: Rainbow mix, Monochrome": the many colours are one of
    the values offered, named by the same word."""
    words = normalise(claim.text).split()
    line = facts.colour_line.split(":", 1)[-1] if facts.colour_line else ""
    return bool(words) and f" {words[0]} " in f" {normalise(line)} "


def _offered(named: str, option: str) -> bool:
    """Whether an answer's colour is one of the option line's values, or words of one."""
    said = f" {normalise(named)} "
    values = option.split(":", 1)[-1].split(",")
    if any(said in f" {normalise(v)} " for v in values):
        return True
    # a metal finish offered in the shop's language ("gold" of "Barva: Zlatá", "Farbe: Messing")
    metals = {t.name for _, _, t in MATERIALS.find(named) if t.kind == "metal"}
    return bool(metals) and any(t.name in metals for v in values for _, _, t in MATERIALS.find(v))


_GLOSSED = re.compile(r"([\w'’-]+)\s*\([^()]*$")


def _a_gloss(text: str, claim: Claim, facts: ListingFacts) -> bool:
    """ "Hvit (white)": a colour in brackets straight after one of the listing's own values
    (an option's, in the shop's language), which the draft keeps and glosses, is that value in
    English, not another colour."""
    name = _GLOSSED.search(text, max(0, claim.start - 40), claim.start)
    close = text.find(")", claim.end)
    if not name or close == -1 or "(" in text[claim.end : close]:
        return False
    values = {normalise(v) for line in facts.lines for v in line.partition(":")[2].split(",")}
    return normalise(name.group(1)) in values


def _a_named_shade(claim: Claim, facts: ListingFacts) -> bool:
    """ "forest green" of "Colour: Forest, Charcoal": the listing's own shade name, which no
    vocabulary knows, said with the hue it names; the hue is the claim's last word."""
    option = facts.colour_line
    words = claim.text.split()
    if not option or len(words) < 2 or not COLOURS.find(words[-1]):
        return False
    names = {normalise(n) for n in option.split(":", 1)[-1].split(",") if n.strip()}
    shade = normalise(" ".join(words[:-1]))
    return shade in names and not COLOURS.find(shade)


def _a_shade_abroad(claim: Claim, facts: ListingFacts) -> bool:
    """ "forest green" of "Colore: Verde foresta" or "Farbe: Waldgrün": a named shade of a hue
    that the colour option gives in a shop's language with a word of its own beside the hue
    (a shade no table translates). The hue must be the shade's own: "navy" of "Verde
    foresta" is still another colour."""
    term = COLOURS.terms.get(claim.value)
    option = facts.colour_line
    if not term or not term.broader or not option:
        return False
    for value in option.split(":", 1)[-1].split(","):
        words = normalise(value).split()
        if len(words) == 1:
            hue = compound_hue(words[0])
        else:
            hues = [w for w in words if w in COLOUR_SPELLINGS_ABROAD]
            others = [w for w in words if not COLOURS.knows(w)]
            hue = COLOURS.name_of(hues[0]) if len(hues) == 1 and others else ""
        if hue and hue in term.broader:
            return True
    return False


def _an_options_count(claim: Claim, facts: ListingFacts) -> bool:
    """ "Four cover colours" of "Cover: Forest, Ink, Clay, Sand": the option the count names."""
    words = re.findall(r"[a-z]+", claim.text.lower())
    return any(claim.value in facts.lists.get(thing(w), ()) for w in words if w != "colour")


def check_colours(text: str, facts: ListingFacts) -> list[Finding]:
    out = []
    for claim in colour_count_claims(text):
        count = colour_count(facts)
        counted = facts.counts.get("colour", set())  # "a set of 12 colours"
        counted = counted | memo(facts, "colours.counted_abroad", _counted_abroad)
        if claim.value == count or claim.value in counted or facts.supports(claim.text):
            continue
        if _an_options_count(claim, facts):
            continue
        light = bool(_OF_LIGHT.search(claim.text) and facts.counts.get("temperature"))
        if light:
            # "three light colours" of a lamp's "three colour temperatures": not its finish
            if claim.value in facts.counts["temperature"]:
                continue
            counted = facts.counts["temperature"]
        # A count of the colours a shopper chooses from is a colour claim; of the colours the
        # product holds ("two dozen colours" of a 12-colour paint set), a figure.
        number = light or (bool(counted) and not facts.lists.get("colour"))
        shown = ", ".join(f"{n:g}" for n in sorted(counted)) if counted else count
        out.append(
            finding(
                "accuracy.number" if number else "accuracy.colour",
                BLOCK if count or counted else WARN,
                claim.start,
                claim.end,
                claim.text,
                f"is not how many colours the listing offers ({shown or 'it names none'}).",
                "Name the listing's colours instead of counting them.",
                facts.colour_line or facts.line_with("colours"),
            )  # fmt: skip
        )
    known = colour_claims(text)
    answered = [
        c
        for c in [*answered_colours(text), *metal_finishes(text, facts)]
        if not any(k.start < c.end and c.start < k.end for k in known)
    ]
    for claim in [*known, *answered]:
        if claim.kind == "colour_range":
            count = colour_count(facts)
            if count >= 3 or facts.supports(claim.text) or _a_mix_offered(claim, facts):
                continue
            line = facts.colour_line or next(iter(facts.colours.values()), "")
            out.append(
                finding(
                    "accuracy.colour",
                    BLOCK if count == 1 else WARN,
                    claim.start,
                    claim.end,
                    claim.text,
                    f"says there are many colours; the listing offers {count or 'no'} "
                    f"colour{'' if count == 1 else 's'}.",
                    "Name the listing's colours instead.",
                    line,
                )  # fmt: skip
            )
            continue
        option = facts.colour_line
        if claim in answered and option and facts.lists.get("colour"):
            # "What colour is it?" "Natural." on a Moss mat: the answer names one of the
            # colours offered, not any word of the listing ("natural rubber"); so does a metal
            # where the colours offered are metals ("chrome" of "Colour: Black, Brass")
            if _offered(claim.text, option):
                continue
        elif facts.supports(claim.text) or claim.value in facts.colour_names:
            continue
        elif option and _offered(claim.text, option):
            continue  # "gold" of "Barva: Červená, Zlatá": a metal's colour offered abroad
        if _a_gloss(text, claim, facts) or _a_named_shade(claim, facts):
            continue
        if _a_shade_abroad(claim, facts) or _the_unread_value(text, claim, facts):
            continue
        if facts.colours or (facts.lists.get("colour") and option):
            # the listing's own colour names, even those no vocabulary knows ("Fog", "Kelp")
            line = option or next(iter(facts.colours.values()))
            names = line.split(":", 1)[-1].strip() if option else ", ".join(facts.colours)
            out.append(
                finding(
                    "accuracy.colour",
                    BLOCK,
                    claim.start,
                    claim.end,
                    claim.text,
                    f"is not one of the listing's colours ({names}).",
                    f"Use the listing's colour names: {names}.",
                    line,
                )  # fmt: skip
            )
        elif _another_form_said(claim.text, facts):
            continue  # "and smoke" of a "smoky" sauce: a taste or a quality, not a colour
        else:
            out.append(
                finding(
                    "accuracy.colour",
                    WARN,
                    claim.start,
                    claim.end,
                    claim.text,
                    "is a colour the listing does not give: it names no colour to confirm it.",
                    "Remove the colour, or add it to the listing first.",
                )  # fmt: skip
            )
    out += _beside_the_options(text, facts, out)
    out += _listed_with_the_options(text, facts, out)
    return out


# A list of short items, any case: "black, silver or rose gold", "clear, smoke or mirrored gold".
_WORD = r"(?!(?:and|or)\b)[^\W\d_][\w'’-]*"
_ITEM = rf"{_WORD}(?:[ \t]+{_WORD}){{0,2}}"
_ITEM_JOIN = r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*/\s*"
_ITEM_RUN = re.compile(rf"{_ITEM}(?:(?:{_ITEM_JOIN}){_ITEM})+")


# Words after the last item of a list that go on with the sentence, not the item.
_RUNS_ON = frozenset(
    "for with to in on at from by so that which as if when you your to it they each all".split()
)


def _option_colours(option: str, facts: ListingFacts) -> tuple[set[str], set[str]]:
    """The colours the option's values name, with every broader one ("cobalt" and "blue" of
    "Azul cobalto"), and the metals they name ("Silver", "Zlatá")."""
    named = {name for name, line in facts.colours.items() if line == option}
    values = option.split(":", 1)[-1]
    named |= {t.name for _, _, t in COLOURS.find(values)}
    metals = {t.name for _, _, t in MATERIALS.find(values) if t.kind == "metal"}
    return COLOURS.closure(named), metals


def _colour_hits(item: str) -> list[tuple[int, int, set[str], str]]:
    """The colours an item names (each with its broader ones) and the metals it names."""
    hits = [(a, b, {t.name, *t.broader}, "") for a, b, t in COLOURS.find(item)]
    hits += [
        (a, b, set(), t.name)
        for a, b, t in MATERIALS.find(item)
        if t.kind == "metal" and not any(x < b and a < y for x, y, _, _ in hits)
    ]  # fmt: skip
    return sorted(hits, key=lambda hit: hit[0])


def _an_unread_value(option: str, items: list[str]) -> bool:
    """An option's value that no table reads as a colour or a metal and no item of the list
    names ("menta" of "Colores: Rosa, menta, …"): a colour the list names may be its
    translation, so none is flagged."""
    names = {normalise(item) for item in items}
    for value in option.split(":", 1)[-1].split(","):
        said = normalise(value)
        metal = any(t.kind == "metal" for _, _, t in MATERIALS.find(value))
        if not said or metal or COLOURS.find(value):
            continue
        if compound_hue(value) or any(n == said or n.endswith(f" {said}") for n in names):
            continue
        return True
    return False


def _the_unread_value(text: str, claim: Claim, facts: ListingFacts) -> bool:
    """A colour named in a list that names as many colours as the colour option offers, whose
    other items are the option's colours read, while one value of the option is in no table
    ("teal or blue" of an option of two values in the shop's language, only the second read as
    blue): it is that value, by elimination, in any shop language (round 49). A list of another
    length, or an item beside it that is no colour offered, leaves it flagged."""
    # the option's line, or the one line the colours read are on (a label no table reads)
    lines = {facts.colour_line} if facts.colour_line else set(facts.colours.values())
    option = next(iter(lines)) if len(lines) == 1 else ""
    if ":" not in option:
        return False
    label, listed = option.split(":", 1)
    values = [v for v in listed.split(",") if v.strip()]
    variants = " ".join(normalise(ln) for ln in facts.lines if ln.startswith("Variant:"))
    if not all(f" {normalise(label)} {normalise(v)} " in f" {variants} " for v in values):
        return False  # an option the variants offer, not a sentence that names colours
    colours, metals = _option_colours(option, facts)
    for run in _ITEM_RUN.finditer(text):
        if not run.start() <= claim.start < run.end():
            continue
        items = [part for part in re.split(_ITEM_JOIN, run.group()) if part.strip()]
        if len(items) != len(values):
            return False
        others = [part for part in items if claim.text.lower() not in part.lower()]
        if len(others) != len(items) - 1:
            return False
        read = [
            any(named & colours or metal in metals for _, _, named, metal in _colour_hits(part))
            for part in others
        ]
        return all(read) and _an_unread_value(option, items)
    return False


def _listed_with_the_options(text: str, facts: ListingFacts, found: list[Finding]) -> list[Finding]:
    """A colour or a metal's finish named in a list, in any case, with two or more of the
    colours offered is offered as one more of them ("in black, silver or rose gold" of "Color:
    Black, Silver"): it must be one of the options, whatever else the listing calls green (a
    saw "for green wood"). Only a colour no option falls under is flagged: "rust" of an
    "Orange" passes here (a capitalised name beside the options is held to the names)."""
    option = facts.colour_option
    if not option:
        return []
    names = {normalise(n) for n in option.split(":", 1)[-1].split(",") if n.strip()}
    colours, metals = _option_colours(option, facts)
    out: list[Finding] = []
    for run in _ITEM_RUN.finditer(text):
        items: list[tuple[int, str, list[tuple[int, int, set[str], str]]]] = []
        pos = run.start()
        for part in re.split(_ITEM_JOIN, run.group()):
            start = text.index(part, pos)
            pos = start + len(part)
            items.append((start, part, _colour_hits(part)))
        offered = [
            _an_option(part, names)
            or any(named & colours or metal in metals for _, _, named, metal in hits)
            for _, part, hits in items
        ]
        if sum(offered) < 2 or _an_unread_value(option, [part for _, part, _ in items]):
            continue
        for number, ((start, part, hits), is_option) in enumerate(zip(items, offered, strict=True)):
            # a metal the listing gives as a material is what it is made of ("or steel")
            hits = [hit for hit in hits if not hit[3] or hit[3] not in facts.materials]
            if is_option or not hits:
                continue
            # the item must end in its colour ("a chestnut crook" names a part's colour); the
            # list's last item may run on into the sentence ("or green for your hob")
            rest = part[hits[-1][1] :].split()
            if rest and not (number == len(items) - 1 and rest[0].lower() in _RUNS_ON):
                continue
            begin, end = start + hits[0][0], start + hits[-1][1]
            if any(f.start < end and begin < f.end and f.rule == "accuracy.colour"
                   for f in found + out):  # fmt: skip
                continue
            out.append(_not_an_option(option, begin, end, text[begin:end]))
    return out


# A run of capitalised names joined as a list: "Moss, Rust, Slate or Sunset Orange".
_NAME = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?"
_NAME_RUN = re.compile(_NAME + r"(?:(?:\s*,\s*(?:and |or )?|\s+(?:and|or|&)\s+)" + _NAME + r")+")
_NAME_JOIN = re.compile(r"\s*,\s*(?:and |or )?|\s+(?:and|or|&)\s+")


def _beside_the_options(text: str, facts: ListingFacts, found: list[Finding]) -> list[Finding]:
    """A colour named in a list beside two or more of the listing's colour options is offered
    as one more option: it must be one of them ("Moss, Rust, Slate or Sunset Orange" of "Color:
    Moss, Rust, Slate"), not just a colour the options fall under (rust is an orange)."""
    option = facts.colour_option
    if not option:
        return []
    names = {normalise(n) for n in option.split(":", 1)[-1].split(",") if n.strip()}
    out: list[Finding] = []
    for run in _NAME_RUN.finditer(text):
        items: list[tuple[int, int, str]] = []
        pos = run.start()
        for part in _NAME_JOIN.split(run.group()):
            start = text.index(part, pos)
            items.append((start, start + len(part), part))
            pos = start + len(part)
        if sum(_an_option(item, names) for _, _, item in items) < 2:
            continue
        for start, end, item in items:
            if _an_option(item, names) or not (COLOURS.find(item) or _a_new_name(item, facts)):
                continue
            if any(f.start < end and start < f.end for f in found + out):
                continue
            out.append(_not_an_option(option, start, end, item))
    return out


def _not_an_option(option: str, start: int, end: int, said: str) -> Finding:
    """A colour said as offered that the listing's colour option ("Color: Moss, Rust") lacks."""
    shown = option.split(":", 1)[-1].strip()
    return finding(
        "accuracy.colour",
        BLOCK,
        start,
        end,
        said,
        f"is not one of the listing's colours ({shown}).",
        f"Use the listing's colour names: {shown}.",
        option,
    )


def _a_new_name(item: str, facts: ListingFacts) -> bool:
    """A name no colour vocabulary knows ("Lagoon") listed among the options is offered as one
    more colourway when the listing uses none of its words anywhere."""
    words = normalise(item).split()
    named = bool(words) and all(len(w) >= 3 and w.isalpha() for w in words)  # not "C" of "C$44"
    return named and not any(w in facts.words for w in words)


def _an_option(item: str, names: set[str]) -> bool:
    """The item is an option's name, ends in one after a word of the sentence ("Choose
    Plum"), or is one's last words ("matte Black" of "Matte Black")."""
    words = normalise(item).split()
    said = " ".join(words)
    return any(" ".join(words[i:]) in names for i in range(len(words))) or any(
        name.endswith(f" {said}") for name in names
    )
