"""Material claims, with the part they are stated for ("a walnut handle", "the strap is nylon").

A material the listing gives passes (with its broader names: merino is wool). A material for a
named part passes only if the listing gives that material for that part, or gives no material
for the part at all and names the material elsewhere. A generic word ("fabric", "metal") passes
when the listing has a material of that class. Any other material is invented: it blocks when
the listing states materials, and warns (naming the missing fact) when it states none.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from plugin.domain import Finding
from plugin.guardrails.claims import Claim
from plugin.guardrails.facts_record import ListingFacts
from plugin.guardrails.findings import BLOCK, WARN, finding
from plugin.guardrails.material_heads import qualifies_the_next_noun, said_as_listed, worked_on
from plugin.guardrails.measures import parts_of_label, singular
from plugin.guardrails.normal_text import normalise
from plugin.guardrails.product_nouns import senses, verb_first
from plugin.guardrails.vocabulary import (
    AMBIGUOUS_COLOURS,
    COLOURS,
    MATERIAL_LABELS_ABROAD,
    MATERIALS,
    NOT_COMPOUND_TAILS,
    Term,
)

# "never cardboard or plastic" (round 30): a material ruled out, as after "not"
_NEGATED_BEFORE = re.compile(
    r"(?:\bno|\bwithout|\bnon|\bzero|\bany|\bnot|\bnever|\bnor|n't)[\s-]*$", re.I
)
_FREE_AFTER = re.compile(r"^[\s-]*free\b", re.I)
# In a listing's line, only a denial next to the word: "Dishwasher safe: No – glass" is no
# denial of glass.
# "Carbon steel is not stainless": a material the listing says it is not.
_DENIED_BEFORE = re.compile(r"(?:\b(?:no|without|non|zero|not)|n't)[ -]*$", re.I)
# A use the product is not for, up to the material in the same clause or in a relative clause
# on what it is not for ("not for classical guitars, which take nylon strings").
# What the product is not used on, and a warning of traces: no material it is made of.
_NOT_ON = re.compile(
    r"(?:\b(?:not|never|no)\s+(?:on|onto|with)\b|\bmay\s+contain\b|\btraces?\s+of\b)"
    r"[^.;:!?()]*$",
    re.I,
)
_NOT_FOR = re.compile(
    r"\b(?:(?:not|never|isn't|aren't)\s+(?:\w+\s+)?for|unsuitable for)\b[^.;:!?,()]*"
    r"(?:,\s*(?:which|that|as|where)\b[^.;:!?,()]*)?$",
    re.I,
)
# Words after a material word that make it something else ("fabric softener", "paper towel").
_NOT_A_MATERIAL_AFTER = frozenset(
    "softener softeners conditioner shaver care cleaner polish detector broth dry neutral "
    "footprint offset offsets emissions negative dioxide monoxide coloured colored toned tone "
    "effect look print blue tanned proof".split()
)
_PART_AFTER = re.compile(r"^[\s-]+(?P<first>[a-z]{3,})\b(?:[\s-]+(?P<part>[a-z]{3,})\b)?")
_PART_BEFORE = re.compile(
    r"\b(?:the|its|a|an|with)\s+(?P<part>[a-z]{3,})\s+(?:(?:is|are)\s+(?:made\s+)?"
    r"(?:(?:of|from|in)\s+)?|(?:made\s+)?(?:of|from|in)\s+)"
    r"(?:solid\s+|pure\s+|genuine\s+|real\s+)?$",
    re.I,
)  # "the strap is made of nylon", "the strap is nylon", "a strap of nylon"
# Labels that name the material itself, not a part: "Material", "Fabric", "Main material".
_MATERIAL_LABELS = (
    frozenset(
        "material materials fabric fabrics main composition fibre fibres fiber fibers yarn".split()
    )
    | MATERIAL_LABELS_ABROAD  # "Materiale", "Matériau" (round 33)
)
# Labels of what comes in the box: each item's material is its own ("Bundle contents: 12 pans in
# a metal tin, an A5 cotton pad" gives the tin's and the pad's).
_CONTAINER_LABELS = frozenset("bundle content contents box kit set include included pack".split())


def finishes(text: str) -> list[tuple[int, int]]:
    """Metal words that name a finish, not a material: a metal right before another material
    ("rose gold stainless steel spoons", "a silver aluminium case"), with the colour word
    before it ("rose", "white")."""
    found = MATERIALS.find(text)
    out = _listed_with_colours(text, found)
    for (start, end, term), (after_start, _, after) in zip(found, found[1:], strict=False):
        if term.kind != "metal" or after.kind == "metal" and after.name in term.broader:
            continue
        if _PLATED.search(text, start, end):
            continue  # "chrome-plated brass": a layer of metal over metal, a material
        if not re.fullmatch(r"[\s-]*", text[end:after_start]):
            continue
        shade = _SHADE_BEFORE.search(text[max(0, start - 12) : start])
        out.append((start - (len(shade.group()) if shade else 0), end))
    for start, end, term in found:  # "finished in antique copper", "a brushed brass finish"
        if term.kind != "metal" or _PLATED.search(text, start, end):
            continue
        shade = _SHADE_BEFORE.search(text[max(0, start - 12) : start])
        first = start - (len(shade.group()) if shade else 0)
        before = _FINISHED_IN.search(text[max(0, first - 20) : first])
        if before or _FINISH_AFTER.match(text, end):
            out.append((first, end))
    return sorted(set(out))


# A metal named as the finish: "finished in bronze", "a brass finish".
_FINISHED_IN = re.compile(r"\bfinish(?:ed)?\s+(?:in|with)\s+(?:an?\s+)?$", re.IGNORECASE)
_FINISH_AFTER = re.compile(r"[\s-]+finish\b", re.IGNORECASE)
_PLATED = re.compile(r"plated|plating|chromed", re.IGNORECASE)
# What joins the items of a list: "ivory or copper", "red, navy and silver".
JOIN = r"\s*(?:,\s*(?:(?:and|or)\s+)?|\s+(?:or|and|&)\s+)"


def _listed_with_colours(text: str, found: list[tuple[int, int, Term]]) -> list[tuple[int, int]]:
    """A metal listed beside a colour ("ivory or rose gold", "red, navy and silver") names a
    finish: the list is of colours."""
    # a colour word inside a material's name is no colour: "steel and olive wood"
    colours = [(s, e) for s, e, _ in COLOURS.find(text) if not any(a <= s < b for a, b, _ in found)]
    out = []
    for start, end, term in found:
        if term.kind != "metal":
            continue
        shade = _SHADE_BEFORE.search(text[max(0, start - 12) : start])
        first = start - (len(shade.group()) if shade else 0)
        before = any(re.fullmatch(JOIN, text[e:first]) for _, e in colours if e <= first)
        after = any(re.fullmatch(JOIN, text[end:s]) for s, _ in colours if s >= end)
        if before or after:
            out.append((first, end))
    return out


_SHADE_BEFORE = re.compile(r"\b(?:rose|white|yellow|red|pink|antique|brushed|matte?|satin)[\s-]+$",
                           re.I)  # fmt: skip


# A verb of care or work whose object is the material the product is used on ("cleans and
# conditions leather", "seals wood", "sharpens steel"; "safe for glass"), up to that material;
# finite or after "to" ("painted bamboo" is the product's bamboo).
_TREAT_VERBS = (
    r"clean|nourish|condition|protect|polish|treat|seal|restore|revive|feed|"
    r"soften|shine|buff|moisturi[sz]e|care\s+for|sharpen|hone|cut|drill|sand|glue|bond|mend|"
    r"repair|stain|dye|paint|degrease|descale|strip|dissolve|lift|remove"
)
# The verbs of working a material in their forms ("cutting and shaping wood", "carves oak").
_WORKING = (
    rf"(?:{_TREAT_VERBS})(?:s|es|ing)|cutting|shap(?:es|ing)|carv(?:es|ing)|plan(?:es|ing)|"
    r"trimming|trims|smooth(?:s|ing)|joins|joining|engrav(?:es|ing)|splits|splitting|whittl(?:es|ing)"
)
_TREATED_BEFORE = re.compile(
    rf"\b(?:{_WORKING}|to\s+(?:{_TREAT_VERBS}|shape|carve|plane|trim|smooth|join|engrave)|"
    r"(?:safe|suitable|ideal|works|use\s+it)\s+(?:for|on))"
    rf"(?:\s+(?:and|or|&)\s+(?:{_WORKING}|{_TREAT_VERBS}))?"
    r"(?:\s+\w+(?:,|\s+(?:and|or|&))){0,3}"  # the items before it: "protects wood and leather"
    r"\s+(?:(?:your|the|all|any|most|natural|smooth|fine|every)\s+)*$",
    re.IGNORECASE,
)
# "a fleece", "a damp cloth" at a phrase's end: a thing, not what the product is made of (unless
# after "of", "from" or "in": "made of a soft cotton").
# Words between the article and the material may be joined ("a dry or barely damp cloth"), none a
# preposition that makes the material the product's ("a tote in soft cotton").
_A_BEFORE = re.compile(
    r"(?<!\bof )(?<!\bfrom )(?<!\bin )\b(?:a|an)\s+"
    r"(?:(?!(?:of|from|in|with|made)\b)[a-z]+\s+){0,4}$",
    re.I,
)
_ENDS_PHRASE = re.compile(
    r"\s*(?:[.,;:!?)]|$|(?:and|or|with|for|to|in|on|that|which|rather|than|but|so|if|when|while|"
    r"before|after|until|unless|because|only)\b)"
)
# "and" or "or" and another material: the first of a list of materials, not a thing alone.
_ANOTHER_MATERIAL = re.compile(rf"\s*(?:and|or|&)\s+(?:{MATERIALS.pattern.pattern})", re.I)
# A hyphen between words: "cotton-linen", "full-carbon blades" read as words of their own.
_JOINED = re.compile(r"(?<=[A-Za-z])-(?=[A-Za-z])")


def material_claims(
    text: str, parts: set[str], heads: frozenset[str] = frozenset()
) -> list[Claim]:
    """Every material word in ``text``, with the part it is given for when that part is one
    the listing names a material for (``parts``); a metal that names a finish is a colour.
    ``heads``: the nouns the listing calls itself by, which a part word before them only
    qualifies ("sweater yarn", "casting slip": the product, not a sweater or a casting)."""
    out = []
    finish_ends = {end for _, end in finishes(text)}
    for start, end, term in MATERIALS.find(_JOINED.sub(" ", text)):  # "cotton-linen", "full-carbon"
        if end in finish_ends:
            continue
        after = text[end : end + 24]
        next_word = after.split()[0].strip(".,;:!-").lower() if after.split() else ""
        if next_word in _NOT_A_MATERIAL_AFTER:
            continue
        if _NEGATED_BEFORE.search(text[max(0, start - 10) : start]) or _FREE_AFTER.match(after):
            continue
        if ruled_out_use(text, start):
            continue  # "not for nylon-string guitars", "not on suede or velvet" (round 29)
        if _TREATED_BEFORE.search(text[max(0, start - 40) : start]):
            continue  # "cleans and conditions leather": what it works on, not what it is of
        if (
            _A_BEFORE.search(text[max(0, start - 24) : start])
            and _ENDS_PHRASE.match(after)
            and not _ANOTHER_MATERIAL.match(after)
        ):
            continue  # "room for a fleece", "wipe with a damp cloth": a thing, not a material;
            # "a bamboo and cotton blend" names two (round 36)
        part = _part(text, start, end, parts.__contains__, heads, named_parts=True)
        out.append(Claim("material", start, end, text[start:end], term.name, part))
    return out


# Words that join a material to what follows it, not a noun it qualifies.
_LINKS = frozenset(
    "for and or with the to in on of from that which by at as so but is are was its".split()
)
# A word in -s after a material, then a word that goes on the clause: a verb and its object.
_A_VERB = re.compile(r"[\s-]+[a-z]{3,}s\s+(?!and\b|or\b|with\b|in\b|of\b)[a-z]")


def _part(
    text: str,
    start: int,
    end: int,
    is_part: Callable[[str], bool],
    heads: frozenset[str] = frozenset(),
    named_parts: bool = False,
) -> str:
    """The part a material is given for: the noun right after it or the one after that ("nylon
    webbing", "a walnut chef's handle"), or the subject before it ("the strap is nylon"). A
    word before one of the product's own nouns (``heads``) only qualifies the product ("nylon
    sweater yarn"), and a word after a preposition is no noun of the material's ("clay for
    casting")."""
    after = _PART_AFTER.match(text[end : end + 30])
    first = after.group("first").lower() if after else ""
    second = (after.group("part") or "").lower() if after else ""
    words = [first] if after and first not in _LINKS else []
    if words and second and singular(second) in heads and not (
        named_parts and is_part(first) and is_part(singular(second))
    ):  # in a draft, a part the listing gives a material for in both words ("Test jar: …")
        words = []  # "sweater yarn", "casting slip": a kind of the product itself
    if words and not MATERIALS.knows(first) and second not in _LINKS:
        words.append(second)  # "cotton-linen twill": a blend
    before = _PART_BEFORE.search(text[max(0, start - 40) : start])
    if after and _A_VERB.match(text, end) and singular(after.group("first")) in verb_first():
        words = words[:0]  # "merino keeps feet warm", "steel handles the heat": a verb
    words += [before.group("part")] if before else []
    for word in filter(None, words):
        if word.lower().endswith("ed"):
            continue  # "PU-coated", "silicone-treated": how it is made, not a part
        if is_part(singular(word.lower())):
            return singular(word.lower())
    return ""


_HYPHENED = re.compile(r"\b([A-Za-z]+)-(?=[A-Za-z])")


def blends_spaced(text: str) -> str:
    """The text with a blend's hyphen read as a space ("bamboo-viscose", "cotton-linen"), so
    both materials are the listing's; same length, so offsets hold. Only after a material:
    "non-leather" stays one word."""
    return _HYPHENED.sub(lambda m: m.group(1) + (" " if MATERIALS.knows(m.group(1)) else "-"), text)


def _only_denied(word: str, facts: ListingFacts) -> bool:
    """Whether every line of the listing that names ``word`` names it to deny it ("plastic
    free", "no plastic"): round 20b, kraft boxes tagged "plastic free" passed as "plastic
    mailers"."""
    found = [
        (line, hit)
        for line in facts.lines
        for hit in re.finditer(rf"\b{re.escape(word.lower())}s?\b", line.lower())
    ]
    return bool(found) and all(
        denied_material(line.lower(), hit.start(), hit.end()) for line, hit in found
    )


def ruled_out_use(text: str, start: int, reach: int = 48) -> bool:
    """Whether a material word names what the product is not for or not used on ("not for
    nylon-string guitars", "not on suede", "may contain traces of nuts"), not what it is of; a
    bracketed gloss stays in its clause ("Not for classical (gut-string) harps", round 30)."""
    before = text[max(0, start - reach) : start].replace("(", " ")
    return bool(_NOT_FOR.search(before) or _NOT_ON.search(before))


def denied_material(text: str, start: int, end: int) -> bool:
    """Whether a material word is said only to deny it: "no plastic", "plastic-free"."""
    return bool(
        _DENIED_BEFORE.search(text[max(0, start - 10) : start]) or _FREE_AFTER.match(text[end:])
    )


def listed_materials(text: str) -> list[tuple[int, int, Term]]:
    """The materials a listing's text names: as a draft's are read, blends apart, and each
    material a compound ends in, as listings in Dutch, German or the Nordic languages write
    them ("bamboeviscose", "Eichenholz"), with its first part when that is a material too."""
    found = MATERIALS.find(blends_spaced(text))
    taken = {start for start, _, _ in found}
    for word in _LONG_WORD.finditer(text):
        if word.start() in taken:
            continue
        for start, end, term in _compound(word.group().lower()) or _inflected(word.group()):
            found.append((word.start() + start, word.start() + end, term))
    return sorted(found, key=lambda hit: hit[0])


def _inflected(word: str) -> list[tuple[int, int, Term]]:
    """A material of five letters or more with an ending of one to three letters, as Czech,
    Slovak or Polish inflect it into an adjective ("polyesterové vlákno")."""
    for cut in range(len(word) - 1, len(word) - 4, -1):
        head = MATERIALS.find(word[:cut].lower())
        if cut >= 5 and head and head[0][1] == cut and head[0][0] == 0:
            return [(0, len(word), head[0][2])]
    return []


_LONG_WORD = re.compile(r"(?<![\w-])[^\W\d_]{7,}(?![\w-])")


def _compound(word: str) -> list[tuple[int, int, Term]]:
    """A compound's last material (of four letters or more after a stem of three or more) and,
    when what comes before it is a material as well, that one: "bamboe" and "viscose". With no
    material at its end, a material the compound starts with in a shop's language, its final
    "e" dropped as German drops it ("Baumwollsäckchen": a cotton bag; "Lederband")."""
    for cut in range(3, len(word) - 3):
        tail = MATERIALS.find(word[cut:])
        if tail and tail[0][1] == len(word) - cut and word[cut:] not in NOT_COMPOUND_TAILS:
            head = MATERIALS.find(word[:cut])
            first = [(0, cut, head[0][2])] if head and head[0][1] == cut else []
            return [*first, (cut, len(word), tail[0][2])]
    for cut in range(len(word) - 4, 3, -1):
        for stem in (word[:cut], word[:cut] + "e"):
            name = MATERIALS.name_of(stem)
            if name and name not in (stem, word[:cut]) and stem.isalpha():  # not an English name
                return [(0, cut, MATERIALS.terms[name])]
    return []


def parts_given(
    label: str, line: str, heads: frozenset[str] = frozenset()
) -> dict[str, set[str]]:
    """part -> materials a listing line gives for it: "Handle: Walnut", "Strap material:
    nylon", "… with a walnut handle" (not "sweater yarn" of a yarn: ``heads``, the listing's own
    nouns)."""
    out: dict[str, set[str]] = {}
    label_parts = {
        part
        for part in (parts_of_label(label) if label else ())
        if part not in _MATERIAL_LABELS | _CONTAINER_LABELS and not MATERIALS.knows(part)
    }  # "Wax: Soy wax" names the material twice, not a part
    line = line[len(label) + 1 :] if label else line  # "Paper weight: 300 gsm" names no paper
    for start, end, term in listed_materials(line):
        if denied_material(line, start, end) or ruled_out_use(line, start, 60):
            continue  # "not for classical guitars, which take nylon strings": no part of its own
        for part in label_parts or {_part(line, start, end, _a_part, heads)} - {""}:
            out.setdefault(part, set()).add(term.name)
    return out


_NOT_PARTS = frozenset(
    "and with for the that this blend finish construction fabric material body".split()
)


def _a_part(word: str) -> bool:
    """In a listing, the noun after a material names its part ("a walnut handle") unless it is
    a word like "blend" or a material itself."""
    return word not in _NOT_PARTS and not MATERIALS.pattern.fullmatch(word)


def offers_a_metal(facts: ListingFacts) -> bool:
    """Whether the listing's colour option offers a metal finish ("Colour: Black, Brass")."""
    values = facts.colour_option.split(":", 1)[-1] if facts.colour_option else ""
    return any(term.kind == "metal" for _, _, term in MATERIALS.find(values))


def metal_finishes(text: str, facts: ListingFacts) -> list[Claim]:
    """A metal listed with the finishes a listing offers, where those include a metal
    ("Colour: Matte Black, Brass"; "choose chrome or brass"): a finish, so a colour claim. A
    metal said otherwise ("a steel arm") stays a material."""
    if not offers_a_metal(facts):
        return []
    values = [v.strip() for v in facts.colour_option.split(":", 1)[-1].split(",") if v.strip()]
    offered = [(m.start(), m.end()) for v in values for m in re.finditer(re.escape(v), text, re.I)]
    return [
        Claim("colour", start, end, text[start:end], "")
        for start, end, term in MATERIALS.find(text)
        if term.kind == "metal"
        and any(
            re.fullmatch(JOIN, text[e:start]) or re.fullmatch(JOIN, text[end:s]) for s, e in offered
        )
    ]


def check_materials(text: str, facts: ListingFacts) -> list[Finding]:
    out = []
    finish_spans = {(c.start, c.end) for c in metal_finishes(text, facts)}
    for claim in material_claims(text, set(facts.material_parts), facts.product_words):
        term = MATERIALS.terms[claim.value]
        if (claim.start, claim.end) in finish_spans:
            continue  # a finish, judged as a colour (``colours.metal_finishes``)
        if claim.about and (
            _a_compounds_head(claim, text, facts)
            or qualifies_the_next_noun(claim, text, facts)
            or worked_on(claim, facts)
            or said_as_listed(claim, text, facts)
        ):
            continue  # "a cork point guard" of "a cork guard covers the point"; rounds 30, 36
        problem = (
            _judge(claim, term.kind, facts)
            or _solid(claim, text, facts)
            or _only_a_part(claim, text, facts)
            or _all_of(claim, text, facts)
            or _colour_kind(claim, text, facts)
            or _recycled(claim, text, facts)
        )
        if problem is None:
            continue
        severity, message, suggestion, line = problem
        out.append(
            finding(
                "accuracy.material",
                severity,
                claim.start,
                claim.end,
                claim.text,
                message,
                suggestion,
                line,
            )  # fmt: skip
        )
    return out + _named_after_the_product(text, facts) + _hair_of(text, facts) + _vegan(text, facts)


# "badger hair", "pony bristles": the animal names the hair of a brush or a fur.
_HAIR = re.compile(r"\b(?P<animal>[a-z]{3,})[\s-](?:hairs?|bristles?|fur)\b", re.IGNORECASE)
_HAIR_WORDS = frozenset(
    "natural soft fine real genuine pure long short stiff firm springy thick thin dense animal "
    "the its of with and or any all some human pet body facial".split()
)


def _compared(word: str) -> set[str]:
    """The adjectives ``word`` may compare: "finer" fine, "softest" soft; "badger" none known."""
    for ending in ("est", "er"):
        if word.endswith(ending):
            stem = word[: -len(ending)]
            return {stem, stem + "e", stem[:-1]}  # "soft", "fine", "thick" of "thickker"
    return set()


def _hair_of(text: str, facts: ListingFacts) -> list[Finding]:
    """An animal's hair the listing does not give, where it gives the hair ("Hair: Squirrel"): the
    words a hair is named by are open (any animal), so they are read by their place, not from
    a list."""
    hairs = sorted(n for n in facts.materials if MATERIALS.terms[n].kind == "hair")
    if not hairs:
        return []
    out = []
    for match in _HAIR.finditer(text):
        animal = match.group("animal").lower()
        if animal.endswith(("ed", "ly")) or {animal, *_compared(animal)} & _HAIR_WORDS:
            continue  # "soft hair", "finer hair": a quality, not an animal
        if MATERIALS.knows(animal) or MATERIALS.knows(match.group().lower()):
            continue  # "nylon bristles", "squirrel hair": judged as the materials they are
        if facts.supports(animal) or facts.supports(match.group()):
            continue
        line = facts.materials[hairs[0]]
        out.append(
            finding("accuracy.material", BLOCK, match.start(), match.end(), match.group(),
                    f"is not the hair the listing gives ({', '.join(hairs)}).",
                    f"Say {hairs[0]}, as the listing does.", line)  # fmt: skip
        )
    return out


# "vegan" of the product, not of a material named after it ("vegan leather" is faux leather).
_VEGAN = re.compile(r"(?<![\w-])vegan(?![\w-])(?![\s-]+(?:leather|suede|fur|silk|wool))", re.I)
_NOT_BEFORE = re.compile(r"\b(?:not|non|never|isn't|aren't)[\s-]*$", re.IGNORECASE)
# Materials from animals: what a product that has one of them is not.
_FROM_ANIMALS = frozenset({"leather", "wool", "silk", "beeswax", "down fill", "horn", "bone",
                           "antler", "mother of pearl", "lanolin", "honey"})  # fmt: skip
_ANIMAL_KINDS = frozenset({"leather", "hair"})


def _vegan(text: str, facts: ListingFacts) -> list[Finding]:
    """ "Vegan" of a product the listing makes with an animal's material (beeswax, wool,
    leather): a contradiction of its materials."""
    animal = sorted(
        n for n in facts.materials
        if n != "faux leather" and (MATERIALS.closure({n}) & _FROM_ANIMALS
                                    or MATERIALS.terms[n].kind in _ANIMAL_KINDS)
    )  # fmt: skip
    if not animal or facts.supports("vegan"):
        return []  # the listing's own "vegan" is its word to give
    line = facts.materials[animal[0]]
    return [
        finding("accuracy.material", BLOCK, m.start(), m.end(), m.group(),
                f"contradicts the listing's materials: it gives {', '.join(animal)}.",
                "Leave it out: the product has a material from an animal.", line)  # fmt: skip
        for m in _VEGAN.finditer(text)
        if not _NOT_BEFORE.search(text[max(0, m.start() - 8) : m.start()])
    ]


# A material named with the product's own name: "a sweater pattern in Fjellside yarn" of a
# pattern called "Fjellside Sweater" names a yarn the listing never gives.
_NAMED_MATERIAL = re.compile(
    r"\b(?P<name>[A-Z][a-z]{3,})\s+(?P<noun>yarns?|wool|threads?|fabrics?|leather|cloth|twine|"
    r"cords?|clay|glaze|ink|paper|wood|timber|steel)\b"
)


def _named_after_the_product(text: str, facts: ListingFacts) -> list[Finding]:
    title = set(re.findall(r"[a-z]+", facts.title.lower()))
    vendor = set(re.findall(r"[a-z]+", facts.vendor.lower()))
    out = []
    for match in _NAMED_MATERIAL.finditer(text):
        name = match.group("name")
        if name.lower() not in title or name.lower() in vendor:
            continue  # the maker's own name ("Ridgewell steel") is the vendor's to give
        if MATERIALS.pattern.fullmatch(name.lower()) or COLOURS.pattern.fullmatch(name.lower()):
            continue  # "Merino Wool Socks": a material or colour word, not a name
        if facts.supports(match.group()) or senses(name):
            continue
        if singular(match.group("noun").lower()) in facts.product_words:
            continue  # "an Aran yarn" of "Aran Wool Yarn": the product itself, by its name
        out.append(
            finding(
                "accuracy.material",
                WARN,
                match.start(),
                match.end(),
                match.group(),
                f"names the {match.group('noun').lower()} after the product ({name}); "
                "the listing gives no such material.",
                "Name only the materials the listing gives.",
            )
        )
    return out


# Parts that are most of the product: their material is fairly the whole product's.
_MAIN_PARTS = frozenset(
    "body frame shell case casing housing construction exterior outer main upper".split()
)
# The product as a whole said to be made of a material: "It is made of carbon fibre".
_WHOLE_MADE = re.compile(
    r"\b(?:is|are|it's)\s+(?:entirely\s+|wholly\s+|fully\s+)?(?:made|crafted|built)\s+"
    r"(?:entirely\s+|wholly\s+)?(?:of|from)\s+(?:\d+\s?%\s+|solid\s+|pure\s+)?$",
    re.IGNORECASE,
)


def _only_a_part(claim: Claim, text: str, facts: ListingFacts):  # noqa: ANN202 - a finding's parts
    """ "It is made of carbon fibre" of a paddle whose shaft is carbon fibre and whose blades
    are nylon: a material the listing gives for some parts, claimed for the whole."""
    if claim.about or not _WHOLE_MADE.search(text[max(0, claim.start - 40) : claim.start]):
        return None
    if _PLATED.search(claim.text):
        return None  # "made of chrome-plated brass": a layer covers the whole
    if claim.value in MATERIALS.closure({t.name for _, _, t in MATERIALS.find(facts.title)}):
        return None  # "Silicone Loaf Mould with Wooden Box": the title's material is the product's
    parts = facts.material_parts
    having = [p for p, names in parts.items() if claim.value in MATERIALS.closure(names)]
    others = [p for p in parts if p not in having]
    whole = [  # the product's own material, given for no part ("a stainless steel bird feeder")
        n for n in facts.materials
        if not any(n in names for names in parts.values()) and MATERIALS.terms[n].kind != n
        and claim.value not in MATERIALS.closure({n}) and n not in MATERIALS.closure({claim.value})
    ]  # fmt: skip
    if not having or not (others or whole) or set(having) & _MAIN_PARTS:
        return None  # "Body: Cellulose acetate", "Frame: Oak": the product's own material
    title = re.findall(r"[a-z]+", facts.title.lower())
    heads = {kind.split()[-1] for kind in facts.kinds if kind.split()}
    if any(w in having and nxt in heads for w, nxt in zip(title, title[1:], strict=False)):
        return None  # "a stainless steel bee smoker" of "Bee Smoker": the word before the
        # product's own noun in its name is the product, not a part of it
    label, _, value = facts.materials.get(claim.value, "").partition(":")
    if label.strip().lower() in _MATERIAL_LABELS and "," not in value and " or " not in value:
        return None  # "Material: Natural rubber" (one, not a choice): the product's material
    listed = f"{', '.join(sorted(having))}"
    line = (facts.line_with(others[0]) if others else facts.materials[whole[0]]) or (
        facts.materials.get(claim.value, "")
    )
    return (BLOCK, f"is the listing's material for the {listed} only, not the whole product.",
            f"Say it of the {listed}, as the listing does.", line)  # fmt: skip


_ALL_BEFORE = re.compile(r"\b(?:all|entirely|wholly|fully)[\s-]+$", re.IGNORECASE)
# A share of the whole: "100% cotton", "pure cotton"; a share of a blend: "75 %".
_SHARE = re.compile(r"\d\s?%")
_WHOLE_SHARE = re.compile(r"(?:(?<![\d.])100\s?(?:%|percent|per cent)|\bpure)[\s-]+$", re.I)


def _all_of(claim: Claim, text: str, facts: ListingFacts):  # noqa: ANN202 - a finding's parts
    """ "an all-metal stapler" when the listing gives "metal with ABS cover": the listing names
    another material, which is no kind of the claimed one. "100% cotton" or "pure cotton" when
    the listing's line for cotton gives a blend ("60% cotton, 40% polyester"): another material of
    that line."""
    window = text[max(0, claim.start - 12) : claim.start]
    share = _WHOLE_SHARE.search(window)
    if claim.about or not (_ALL_BEFORE.search(window) or share):
        return None
    others = [n for n in facts.materials if claim.value not in MATERIALS.closure({n})]
    if share:  # a blend: the claim's line gives shares of two materials or more
        lines = {v for n, v in facts.materials.items() if claim.value in MATERIALS.closure({n})}
        blends = {line for line in lines if len(_SHARE.findall(line)) > 1}
        others = [n for n in others if facts.materials[n] in blends
                  and n not in MATERIALS.closure({claim.value})]  # fmt: skip
    if not others:
        return None
    line = facts.materials[others[0]]
    return (BLOCK, f"is not all the product is made of: the listing also gives {others[0]}.",
            f"Name each material as the listing does ({line}).", line)  # fmt: skip


# Words that claim the material itself, through and through: "solid oak", "pure linen".
_SOLID_BEFORE = re.compile(r"\b(?:all[\s-])?(?P<word>solid|pure|real|genuine)[\s-]+$", re.I)
# Listing words that say a material is only a layer over something else.
_LAYERED = r"laminated|laminate|veneered|veneer|plated|coated|engineered|faux|imitation"
# after the material: "brass plating", "oak effect", "copper finish", "gold tone"
_A_SURFACE = r"plating|coating|effect|look|finish|tone"


def _solid(claim: Claim, text: str, facts: ListingFacts):  # noqa: ANN202 - a finding's parts
    """ "solid oak" when the listing says "oak veneer", "pure linen" of "linen-look": the same
    material, but the listing says it is a layer or a look."""
    solid = _SOLID_BEFORE.search(text[max(0, claim.start - 14) : claim.start])
    if not solid or facts.supports(f"{solid.group('word')} {claim.text}"):
        return None  # "real walnut" of "real walnut veneer": as the listing says it
    name = re.escape(claim.value)
    before = re.compile(rf"\b({_LAYERED})[\s-]+(?:\w+[\s-]+)?{name}", re.I)
    after = re.compile(rf"\b{name}[\s-]+({_LAYERED}|{_A_SURFACE})\b", re.I)
    layered, line = None, ""
    for line in facts.lines:  # any line: "Finish: Natural Oak" may come before "oak veneer"
        layered = before.search(line) or after.search(line)
        if layered:
            break
    if not layered:
        return None
    said = solid.group("word").lower()
    return (BLOCK, f"is {layered.group().lower()} in the listing, not {said}.",
            f"Say {layered.group().lower()}, as the listing does.", line)  # fmt: skip


_RECYCLED_BEFORE = re.compile(r"\b(?:recycled|reclaimed|upcycled)[\s-]+$", re.IGNORECASE)
# What "recycled" is in the shop languages (German, French, Spanish, Portuguese, Italian, Dutch,
# Swedish, Danish, Norwegian, Polish, Czech), normalised: a word that begins so.
_RECYCLED_SAID = re.compile(
    r"(?<!\S)(?:recycl|reclaim|upcycl|recycel|reciclad|riciclat|gerecycl|återvun|genanvend|"
    r"genbrug|resirkuler|z recyklingu|recyklovan)\w*"
)


def _recycled(claim: Claim, text: str, facts: ListingFacts):  # noqa: ANN202 - a finding's parts
    """ "recycled rubber" of a listing that gives rubber and never says recycled (in any of its
    languages): the material as the listing has it, but not from where the draft says."""
    if not _RECYCLED_BEFORE.search(text[max(0, claim.start - 12) : claim.start]):
        return None
    if claim.value not in facts.material_names or _RECYCLED_SAID.search(facts.normal):
        return None  # a material the listing lacks is judged as such; "recycled" as said
    line = facts.materials.get(claim.value) or next(iter(facts.materials.values()), "")
    return (BLOCK, "is not said to be recycled in the listing.",
            "Name the material as the listing does, without \"recycled\".", line)  # fmt: skip


def _qualified(claim: Claim, facts: ListingFacts) -> bool:
    """ "full-grain leather" of "full-grain vegetable-tanned leather": a narrower kind whose
    qualifier the listing gives before its material, another qualifier between."""
    broader = MATERIALS.terms[claim.value].broader if claim.value in MATERIALS.terms else ()
    words = normalise(claim.text).split()
    if len(words) < 2 or words[-1] not in broader:
        return False
    qualifier = re.escape(" ".join(words[:-1]))
    return bool(re.search(rf"\b{qualifier} (?:\w+ ){{1,2}}{words[-1]}\b", facts.normal))


_TWO_WORDS_AFTER = re.compile(r"[\s-]+([^\W\d_]+)[\s-]+([^\W\d_]+)")


def _a_compounds_head(claim: Claim, text: str, facts: ListingFacts) -> bool:
    """The part word after a material only qualifies the noun after it ("a cork point guard"),
    which the listing names with that material ("a cork guard covers the point")."""
    after = _TWO_WORDS_AFTER.match(text, claim.end)
    if after is None or singular(after.group(1).lower()) != claim.about:
        return False
    return facts.supports(f"{claim.text} {after.group(2)}")


_WORD_BEFORE = re.compile(r"\b([^\W\d_]+)[\s-]+$")


def _a_plain_colour(word: str) -> bool:
    hits = COLOURS.find(word)
    whole = bool(hits) and hits[0][0] == 0 and hits[0][1] == len(word)
    return whole and word not in AMBIGUOUS_COLOURS


def _colour_kind(claim: Claim, text: str, facts: ListingFacts):  # noqa: ANN202 - a finding's parts
    """ "black bamboo" of "white bamboo", "red oak" of "white oak": a kind of a material named
    by a colour; another colour before the same material is another kind of it."""
    before = _WORD_BEFORE.search(text[max(0, claim.start - 20) : claim.start])
    said = before.group(1).lower() if before else ""
    if not said or not _a_plain_colour(said) or facts.supports(f"{said} {claim.text}"):
        return None
    kinds = re.compile(rf"\b([^\W\d_]+)[\s-]+{re.escape(claim.text.lower())}\b")
    for line in facts.lines:
        for kind in kinds.finditer(line.lower()):
            if kind.group(1) != said and _a_plain_colour(kind.group(1)):
                return (BLOCK, f"is {kind.group()} in the listing, not {said} {claim.text}.",
                        f"Say {kind.group()}, as the listing does.", line)  # fmt: skip
    return None


def _judge(claim: Claim, kind: str, facts: ListingFacts):  # noqa: ANN202 - a finding's parts
    listed = facts.material_names
    if claim.about:
        given = MATERIALS.closure(facts.material_parts[claim.about])
        if claim.value in given:
            return None
        if claim.value in listed and facts.material_parts[claim.about] & MATERIALS.closure(
            {claim.value}
        ):
            return None  # "pine pellets" of "Wood pellets" made "of spruce and pine sawdust"
        names = ", ".join(sorted(facts.material_parts[claim.about]))
        line = facts.line_with(claim.about) or next(iter(facts.materials.values()), "")
        return (BLOCK, f"is not the {claim.about}'s material; the listing says {names}.",
                f"Say {names} for the {claim.about}, as the listing does.", line)  # fmt: skip
    if claim.value in listed or _qualified(claim, facts):
        return None
    if facts.supports(claim.text) and not _only_denied(claim.text, facts):
        return None
    if claim.value == kind and any(MATERIALS.terms[n].kind == kind for n in facts.materials):
        return None  # "fabric" for a cotton shirt
    if facts.materials:
        rivals = [n for n in facts.materials if MATERIALS.terms[n].kind == kind]
        named = rivals or list(facts.materials)
        line = facts.materials[named[0]]
        verb = "contradicts the listing, which says" if rivals else "is not a material the listing"
        message = (f"{verb} {', '.join(named)}." if rivals
                   else f"{verb} gives (it says {', '.join(named)}).")  # fmt: skip
        return BLOCK, message, f"Say {named[0]}, as the listing does, or leave it out.", line
    return (WARN, "is a material the listing does not give: it names no material to confirm it.",
            "Remove it, or add the material to the listing first.", "")  # fmt: skip
