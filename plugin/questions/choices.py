"""A listing's options and attributes as choices a shopper can ask about, and which of their
values (or which colour or size the listing does not offer) a question names."""

from __future__ import annotations

import re
from dataclasses import dataclass

from plugin.domain import Listing, Variant
from plugin.option_names import NAME_SYNONYMS
from plugin.questions.answerability import covered, focus_words, tokens
from plugin.questions.lexicon import (
    COLOURS,
    COUNT,
    HOW_BIG,
    MATERIALS,
    NAME_MEMBERS,
    ORIGIN_PATTERN,
    SIZE_LETTERS,
    SIZES,
    STOPWORDS,
    fold,
    has_cue,
    words,
)


@dataclass(frozen=True)
class Choice:
    """An option (variants differ by it) or an attribute, with its values as the listing has
    them, and the concept its name belongs to (``color``, ``size``, ``material`` …) if any."""

    name: str
    values: tuple[str, ...]
    is_option: bool
    concept: str = ""

    @property
    def line(self) -> str:
        return f"{self.name}: {', '.join(self.values)}"


@dataclass(frozen=True)
class Mention:
    """A value of ``choice`` that the question names."""

    choice: Choice
    value: str


# Size codes written as such: paper sizes (A4, B5), "2XL"/"3XL", and a number after a size word
# ("size 38", "maat 38", "in a 10").
_SIZE_CODE = re.compile(r"(?<![\w-])([AB]\d|\dX{1,2}L|X{2,3}L|X{1,2}S)(?![\w-])", re.IGNORECASE)
_SIZE_NUMBER = re.compile(
    r"\b(?:size|sizes|maat|taille|talla|taglia|tamanho|grosse|waist|in an?|storlek|storrelse|"
    r"koko|rozmiar)\s+(\d{1,3})s?\b"
)
# A quantity with its unit, as shoppers and listings write it ("45W", "750 ml", "1 L").
_QUANTITY = re.compile(
    r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s?-?\s?(litres?|liters?|lumens?|lm|w|kw|ml|cl|l|oz|g|kg|mah|v|"
    r"gb|tb|cm|mm|metres?|meters?|metr\w+|metros|kilos?|kilo[an]|m|ft|foot|feet|inch|inches)"
    r"(?![\w])",
    re.IGNORECASE,
)


# Units in one base unit each, so that "1 L" is not among "350 ml, 600 ml".
_BASE_UNITS = {"l": ("ml", 1000), "cl": ("ml", 10), "kg": ("g", 1000), "kw": ("w", 1000),
               "cm": ("mm", 10), "tb": ("gb", 1000), "litre": ("ml", 1000),
               "litres": ("ml", 1000), "liter": ("ml", 1000), "liters": ("ml", 1000),
               "lumen": ("lm", 1), "lumens": ("lm", 1),
               # lengths in millimetres whatever the system: "a 30 m one?" against 25 ft to
               # 75 ft is none of them, "the 75 foot hose" is the 75 ft one
               "m": ("mm", 1000), "metre": ("mm", 1000), "metres": ("mm", 1000),
               "meter": ("mm", 1000), "meters": ("mm", 1000), "ft": ("mm", 304.8),
               "foot": ("mm", 304.8), "feet": ("mm", 304.8), "inch": ("mm", 25.4),
               "inches": ("mm", 25.4)}
# A size written as a range of numbers ("EU 36-37", "44-45"): the range alone names it.
_SIZE_RANGE = re.compile(r"(?<![\w.,-])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\w-]|[.,]\d)")


def _ranges(text: str) -> set[tuple[str, str]]:
    return set(_SIZE_RANGE.findall(text))


def quantities(text: str) -> set[tuple[float, str]]:
    """The quantities a text names, as (number, unit), in base units (1 L → 1000 ml)."""
    found = set()
    for number, unit in _QUANTITY.findall(text):
        unit = unit.lower()
        if unit.startswith("metr"):
            unit = "m"  # "25 metrin", "25 metrów", "25 metrů", "25 metros": 25 m
        elif unit.startswith("kilo"):
            unit = "kg"  # "4 kilon", "4 kilos"
        base, factor = _BASE_UNITS.get(unit, (unit, 1))
        found.add((round(float(number.replace(",", ".")) * factor, 6), base))
    return found


def _number_in(number: str, value: str) -> bool:
    """Whether a value carries this number as a whole ("US 10" has 10; "US 10.5" does not)."""
    return re.search(rf"(?<![\d.,]){re.escape(number)}(?![\d]|[.,]\d)", value) is not None


# A member of three letters or fewer is a whole word (with a plural): "cor" (colour in
# Portuguese) is not the start of "Cord length".
_SHORT_END = r"(?:e?s)?(?![^\W_])"


def concept_of(name: str, values: tuple[str, ...] = ()) -> str:
    """The concept an option's name belongs to; a name of none ("Finish", "Cover") whose
    values name colours ("Matte Black", "Navy") is a colour, one whose values are all size codes
    or size words ("A5, A6", "XS, XL") a size."""
    folded = fold(name)
    # The longest member named wins: "Group size" is a group's size, not a size.
    found = [
        (len(m), concept)
        for concept, members in NAME_MEMBERS.items()
        for m in members
        if re.search(rf"(?<![^\W_]){re.escape(m)}" + _SHORT_END * (len(m) <= 3), folded)
    ]
    if found:
        return max(found)[1]
    if values and any(w in COLOURS for v in values for w in words(v)):
        return "color"
    if values and all(_SIZE_CODE.fullmatch(v.strip()) or fold(v.strip()) in SIZES for v in values):
        return "size"
    return ""


def listing_choices(listing: Listing) -> list[Choice]:
    """Options first (their values are what variants are made of), then attributes."""
    found: list[Choice] = []
    seen: set[str] = set()
    for source, is_option in ((listing.options, True), (listing.attributes, False)):
        for name, values in source.items():
            kept = tuple(v for v in values if v.strip())
            if not name.strip() or not kept or name in seen:
                continue
            seen.add(name)
            concept = concept_of(name, kept if is_option else ())
            if not concept and _NOISE_VALUES.search(" ".join(kept)):
                concept = "noise"  # "Movement: Silent quartz sweep" says how loud it is
            found.append(Choice(name, kept, is_option, concept))
    return found


_NOISE_VALUES = re.compile(r"\b(?:silent|quiet|noiseless|whisper\w*|\d+\s?db)\b", re.IGNORECASE)


def _canonical(text: str) -> set[str]:
    """The colour and size names a value or a question word stands for."""
    names = set()
    for word in words(text):
        if word in COLOURS:
            names.add(COLOURS[word])
        if word in SIZES:
            names.add(SIZES[word])
    letters = re.match(r"^\s*(XXS|XS|S|M|L|XL|XXL|XXXL)\b", text)
    if letters:
        names.add(SIZE_LETTERS.get(letters.group(1), SIZES.get(letters.group(1).lower(), "")))
    return names - {""}


def _phrase_in(phrase: str, folded_question: str) -> bool:
    """Whether the question names the phrase as words, however they are joined: "4 person"
    names "4-person", "24kg" names "24 kg", "t shirt" names "T-Shirt"."""
    folded = fold(phrase).strip()
    if not folded:
        return False
    parts = [re.escape(part) for part in _JOINS.split(folded) if part]
    if not parts:
        return False
    pattern = _JOIN.join(parts)
    return re.search(rf"(?<![^\W_]){pattern}(?![^\W_])", folded_question) is not None


# Between a value's words, a question may put a space, a hyphen or nothing ("4 person",
# "4-person"; "24kg", "24 kg").
_JOINS = re.compile(r"[\s\-\u2010-\u2013]+")
_JOIN = r"[\s\-\u2010-\u2013]{0,3}"


# A number with a fraction ("8 and a half", "8.5", "8½") names no value "8".
_FRACTION = re.compile(r"\d+(?:\s*(?:and a half|½|1/2)|[.,]\d+)")
# A number written bare, with no unit, alone or before another value's word or "one" ("750
# clear?", "the 32 one"): it names the measured value that carries it ("750 ml").
_BARE = re.compile(r"(?<![\w.,])(\d{2,})(?![\d.,])(?:\s+([^\W\d_]+))?")


def _bare_numbers(folded: str, choices: list[Choice], title: str = "") -> set[str]:
    # "the 750 one", "140 girth" (a word of the product's name after the number)
    value_words = {w for c in choices for v in c.values for w in words(v)} | {"one", "ones"}
    value_words |= {w for w in words(fold(title)) if len(w) >= 3}
    return {n for n, after in _BARE.findall(folded) if not after or after in value_words}


# A count value ("30 sheets", "6 jars") and the number it counts by.
_COUNT_VALUE = re.compile(r"^\s*(\d+)\s+([^\W\d_]{3,})\s*$")
# A number joined to a word in the question: "30-sheet", "30-pakning", "30 sheet".
_NUMBER_WORD = re.compile(r"(?<![\w.,])(\d+)(\s|[\-\u2010-\u2013])([^\W\d_]{2,})")


def _counted(value: str, choice: Choice, folded: str) -> bool:
    """Whether the question names a count value ("30 sheets") by its number joined to the
    counted thing in another form: "the 30-sheet pack", "i 30-pakning", "a 30 sheet one".
    Only an option whose values all count the same way by distinct numbers: the number is the
    value's alone. A hyphen joins a number to what it counts in any language; with a space,
    the word must be the value's own in another form (its first four letters)."""
    counts = [_COUNT_VALUE.match(fold(v)) for v in choice.values]
    if len(counts) < 2 or not all(counts):
        return False
    numbers = [m.group(1) for m in counts if m]
    if len(set(numbers)) != len(numbers):
        return False
    own = _COUNT_VALUE.match(fold(value))
    if own is None:
        return False
    number, noun = own.groups()
    for found, join, word in _NUMBER_WORD.findall(folded):
        if found != number or word in _NOT_COUNTED:
            continue
        if join.strip() or word[:4] == noun[:4]:
            return True
    return False


# Words after a number that measure rather than count what the option counts.
_NOT_COUNTED = frozenset(
    "mm cm m in ml l g kg lb lbs oz w kw v h min cl dl km year years day days hour hours".split()
)


def value_mentions(question: str, choices: list[Choice], title: str = "") -> list[Mention]:
    """The listing's values the question names, literally or as a colour or size word in any
    of our languages ("rot" names "Red"; "M" written alone names "M (EU 40-43)"), or by the
    bare number of a measured value ("750" names "750 ml", "140 girth" names "140 cm" of the
    product ``title``)."""
    folded = fold(question)
    asked = _asked_names(question)
    numbers = set(_SIZE_NUMBER.findall(folded))
    amounts = quantities(question)
    bare = _bare_numbers(folded, choices, title)
    # "I'm tiny" names no size M
    plain = _FRACTION.sub(" ", re.sub(r"[^\W_]+['’][^\W_]+", " ", folded))
    found = []
    for choice in choices:
        for value in choice.values:
            text = plain if len(value.strip()) <= 2 else folded
            literal = (_phrase_in(value, text) or _phrase_in(_head(value), text)) and (
                fold(value) not in STOPWORDS
            )
            named = choice.concept in ("color", "size") and _canonical(value) & asked
            # "size 10" names "US 10"; "45W" or "750 ml" names a value of that amount.
            sized = choice.concept == "size" and (
                any(_number_in(n, value) for n in numbers)
                or bool(_ranges(value) & _ranges(question))
            )
            amount = bool(amounts & quantities(value)) or (
                bool(bare) and all(quantities(v) for v in choice.values)
                and any(_number_in(n, value) for n in bare)
            )
            counted = not literal and _counted(value, choice, folded)
            if literal or named or sized or amount or counted:
                found.append(Mention(choice, value))
    # "super king" names Super King, not also King
    return [
        m for m in found
        if not any(
            o.choice is m.choice and o.value != m.value
            and re.search(rf"(?<![^\W_]){re.escape(fold(m.value))}(?![^\W_])", fold(o.value))
            and _phrase_in(o.value, folded)
            for o in found
        )
    ]


def _size_words(question: str) -> list[str]:
    """The question's words, without those of asking how big ("wie groß", "how large"): their
    size word names no size."""
    folded = fold(question)
    for phrase in HOW_BIG:
        folded = re.sub(rf"(?<![^\W_]){re.escape(phrase)}(?![^\W_])", " ", folded)
    return words(folded)


def _asked_names(question: str) -> set[str]:
    names = {COLOURS.get(w, "") for w in words(question)} | {
        SIZES.get(w, "") for w in _size_words(question)
    }
    for letter in re.findall(r"(?<![\w-])(XXS|XS|S|M|L|XL|XXL|XXXL)(?![\w-])", question):
        names.add(SIZE_LETTERS.get(letter, SIZES.get(letter.lower(), "")))
    return names - {""}


def _size_codes(text: str, numbers: bool) -> set[str]:
    folded = fold(text)
    codes = {c.upper() for c in _SIZE_CODE.findall(text)}
    codes = {("XXL" if c == "2XL" else "XXXL" if c == "3XL" else c) for c in codes}
    if numbers:
        codes |= set(_SIZE_NUMBER.findall(folded))
    return codes


def absent_mentions(question: str, choices: list[Choice]) -> list[Choice]:
    """Colour or size choices of the listing for which the question names a colour or size
    that is none of their values ("in black?" when it comes in Green; "A4?" when it comes in
    A5 and A6; "maat 38" when the waist sizes are 30 to 36)."""
    asked_colours = {COLOURS[w] for w in words(question) if w in COLOURS}
    asked_sizes = {SIZES[w] for w in _size_words(question) if w in SIZES} | {
        SIZE_LETTERS[x] for x in re.findall(r"(?<![\w-])([SML])(?![\w-])", question)
    }
    asked_codes = _size_codes(question, numbers=True)
    amounts = quantities(question)
    absent = []
    for choice in choices:
        offered_amounts = set().union(*(quantities(v) for v in choice.values))
        asked_amounts = {a for a in amounts if a[1] in {unit for _, unit in offered_amounts}}
        if (
            (choice.is_option or choice.concept == "size")
            and asked_amounts
            and not asked_amounts & offered_amounts
        ):
            # "a 45W version?" when it comes in 30 W, 65 W and 100 W
            absent.append(choice)
            continue
        asked = {"color": asked_colours, "size": asked_sizes}.get(choice.concept, set())
        offered = set().union(*(_canonical(v) for v in choice.values)) if choice.values else set()
        if asked and not asked & offered:
            absent.append(choice)
            continue
        offered_ranges = set().union(*(_ranges(v) for v in choice.values))
        if choice.concept == "size" and offered_ranges and _ranges(question) - offered_ranges:
            # "in 46-47?" when the sizes are EU 36-37 to EU 44-45
            absent.append(choice)
            continue
        if choice.concept == "size" and asked_codes:
            offered_codes = {w.upper() for v in choice.values for w in re.findall(r"\w+", v)}
            if not asked_codes & offered_codes:
                absent.append(choice)
    return absent


# Size and colour words that end a compound in Dutch, German and the Nordic languages
# ("baritonmaat", "Schuhgröße", "Wunschfarbe"): the compound asks for that choice.
_COMPOUND_ENDS = {
    "size": ("maat", "groesse", "storlek", "storrelse"),
    "color": ("farbe", "kleur", "farg", "farve", "farge"),
}


def _compound_concepts(question: str) -> set[str]:
    return {
        concept
        for word in words(question)
        for concept, ends in _COMPOUND_ENDS.items()
        if any(word.endswith(end) and len(word) - len(end) >= 3 for end in ends)
    }


# An elided article or preposition before a word ("l'apertura", "dell'", "d'origine").
_ELISION = re.compile(r"^[^\W\d_]{1,4}['’](?=[^\W\d_]{3})")


def named_choices(question: str, choices: list[Choice], title: str = "") -> list[Choice]:
    """Choices the question names: a word of the choice's name ("burn time", "battery") or its
    cognate in another language ("apertura" for Aperture), or a word shoppers use for its
    concept ("colours" for Color, "made of" for Material), also as the end of a compound
    ("baritonmaat" for Size)."""
    # The product's own name names no attribute ("light" in "the light set" is not "Rear light").
    own = set(words(title))
    question_words = {
        _singular(_ELISION.sub("", w))
        for w in words(question)
        if w not in STOPWORDS and w not in own
    }
    concepts = asked_concepts(question, title) | _compound_concepts(question)
    # "what sizes does it come in?" of a product whose sizes are amounts (500 ml, 1 L)
    amounts_are_sizes = "size" in concepts and not any(c.concept == "size" for c in choices)
    found = []
    for choice in choices:
        name_words = {_singular(w) for w in words(choice.name) if w not in STOPWORDS}
        shared = {
            n for n in name_words for q in question_words
            if n == q or (min(len(n), len(q)) >= 4 and (n.startswith(q) or q.startswith(n)))
            # the name's word in another language, with the same stem ("apertura", "Aperture")
            or (min(len(n), len(q)) >= 6 and n[:6] == q[:6])
        }
        if (
            (shared and len(max(name_words, key=len)) >= 3)
            or (choice.concept and choice.concept in concepts)
            or (amounts_are_sizes and choice.is_option and _all_measured(choice))
        ):
            found.append(choice)
    return found


def value_word_choices(question: str, choices: list[Choice], title: str = "") -> list[Choice]:
    """Attributes named only by a word of their value ("vegan?" for Certifications: Vegan,
    "bristles" for Material: … tampico fibre bristles), or by a material word ("is it plastic?"
    for Material): weaker evidence than a name, checked by the caller (``SlotAnswer.weak``)."""
    focus = {w for w in focus_words(question, title) if len(w) >= 4}
    materials = material_words(question, title)
    found = []
    for choice in choices:
        if choice.is_option:
            continue
        said = tokens(" ".join(choice.values))
        # A material named in any language that an attribute's value states ("van wol?" for
        # Upper: Boiled wool), whatever the attribute is called.
        if (choice.concept == "material" and materials) or materials & said or (
            focus and any(covered(w, said) for w in focus)
        ):
            found.append(choice)
    return found


def material_words(question: str, title: str = "") -> set[str]:
    """Material words the question uses that are not the product's own name ("wool throw")."""
    own = set(words(title))
    return {MATERIALS[w] for w in words(question) if w in MATERIALS and w not in own}


def asked_concepts(question: str, title: str = "") -> set[str]:
    """The concepts a question asks for by their words; words of the product's own name do
    not count ("Organic Cotton Tee" asks for no certification, "Rattan Shade" for no colour)."""
    folded = fold(question)
    for word in sorted(set(words(title)), key=len, reverse=True):
        folded = re.sub(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", " ", folded)
    found = {c for c, cues in NAME_SYNONYMS.items() if has_cue(folded, cues)}
    if ORIGIN_PATTERN.search(folded):
        found.add("origin")
    if "people" in found and not has_cue(folded, COUNT):
        found.discard("people")  # "a gift for a person who …" asks no count
    return found


def _head(value: str) -> str:
    """A value's name before what it details: "Queen (90 x 92 in)" → "Queen"."""
    head = value.split(" (")[0].strip()
    return head if head != value and len(head) >= 3 else ""


def _all_measured(choice: Choice) -> bool:
    return all(quantities(v) for v in choice.values)


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def matching_variants(variants: list[Variant], mentions: list[Mention]) -> list[Variant]:
    """The variants carrying every option value the question names (one per option)."""
    wanted: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.choice.is_option:
            wanted.setdefault(mention.choice.name, set()).add(mention.value)
    if not wanted:
        return []
    return [
        v
        for v in variants
        if all(v.options.get(name) in values for name, values in wanted.items())
    ]
