"""The judges of one material claim against the listing: each returns a finding's parts
(severity, message, suggestion, the listing's line) or None."""

from __future__ import annotations

import re

from plugin.guardrails.claims import Claim
from plugin.guardrails.facts_record import ListingFacts
from plugin.guardrails.findings import BLOCK, WARN
from plugin.guardrails.material_finishes import PLATED
from plugin.guardrails.material_parts import MATERIAL_LABELS
from plugin.guardrails.material_words import denied_material
from plugin.guardrails.normal_text import normalise
from plugin.guardrails.vocabulary import AMBIGUOUS_COLOURS, COLOURS, MATERIALS


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


def only_a_part(claim: Claim, text: str, facts: ListingFacts):  # noqa: ANN202 - a finding's parts
    """ "It is made of carbon fibre" of a paddle whose shaft is carbon fibre and whose blades
    are nylon: a material the listing gives for some parts, claimed for the whole."""
    if claim.about or not _WHOLE_MADE.search(text[max(0, claim.start - 40) : claim.start]):
        return None
    if PLATED.search(claim.text):
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
    if label.strip().lower() in MATERIAL_LABELS and "," not in value and " or " not in value:
        return None  # "Material: Natural rubber" (one, not a choice): the product's material
    if _with_the_others(claim, text, facts):
        return None
    listed = f"{', '.join(sorted(having))}"
    line = (facts.line_with(others[0]) if others else facts.materials[whole[0]]) or (
        facts.materials.get(claim.value, "")
    )
    return (BLOCK, f"is the listing's material for the {listed} only, not the whole product.",
            f"Say it of the {listed}, as the listing does.", line)  # fmt: skip


# A list of materials going on after the claim: "made of ash, brass and linen thread".
_LIST_ON = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?|\s(?:and|&)\s+)", re.IGNORECASE)


def _with_the_others(claim: Claim, text: str, facts: ListingFacts) -> bool:
    """Whether the claim opens a list of the listing's materials: "made of ash, brass and linen
    thread" of a mallet whose head is brass gives the product's materials together, as its
    "Material: ash, brass, linen thread" line does, not the whole of it in ash (round 51)."""
    tail = re.split(r"[.;:!?<]", text[claim.end : claim.end + 160], maxsplit=1)[0]
    joined = _LIST_ON.match(tail)
    if not joined:
        return False
    given = MATERIALS.closure(set(facts.materials))
    rest = tail[joined.end() :]
    if any(
        start == 0 and term.name in given and term.name not in MATERIALS.closure({claim.value})
        for start, _, term in MATERIALS.find(rest)
    ):
        return True
    # the next item as the claim's own line gives it ("Material: carbon steel, ash"), a word
    # the material table does not hold
    label, _, value = facts.materials.get(claim.value, "").partition(":")
    items = {normalise(item).strip() for item in re.split(r",|\band\b|/", value.lower())}
    nxt = re.match(r"[^\W\d_]+(?:[\s-][^\W\d_]+)?", rest)
    return bool(
        label.strip().lower() in MATERIAL_LABELS and nxt
        and (normalise(nxt.group().lower()) in items
             or normalise(nxt.group().split()[0].lower()) in items)
    )  # fmt: skip


_ALL_BEFORE = re.compile(r"\b(?:all|entirely|wholly|fully)[\s-]+$", re.IGNORECASE)
# A share of the whole: "100% cotton", "pure cotton"; a share of a blend: "75 %".
_SHARE = re.compile(r"\d\s?%")
_WHOLE_SHARE = re.compile(r"(?:(?<![\d.])100\s?(?:%|percent|per cent)|\bpure)[\s-]+$", re.I)


def all_of(claim: Claim, text: str, facts: ListingFacts):  # noqa: ANN202 - a finding's parts
    """ "an all-metal stapler" when the listing gives "metal with ABS cover": the listing names
    another material, which is no kind of the claimed one. "100% cotton" or "pure cotton" when
    the listing's line for cotton gives a blend ("60% cotton, 40% polyester"): another material of
    that line."""
    window = text[max(0, claim.start - 12) : claim.start]
    share = _WHOLE_SHARE.search(window)
    if claim.about or not (_ALL_BEFORE.search(window) or share):
        return None
    # a class the claim belongs to is no other material ("all walnut" of "Wood: walnut", round 53)
    broader = MATERIALS.closure({claim.value})
    others = [n for n in facts.materials if claim.value not in MATERIALS.closure({n})
              and n not in broader]  # fmt: skip
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


def solid_claim(claim: Claim, text: str, facts: ListingFacts):  # noqa: ANN202 - a finding's parts
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


def recycled(claim: Claim, text: str, facts: ListingFacts):  # noqa: ANN202 - a finding's parts
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


_WORD_BEFORE = re.compile(r"\b([^\W\d_]+)[\s-]+$")


def _a_plain_colour(word: str) -> bool:
    hits = COLOURS.find(word)
    whole = bool(hits) and hits[0][0] == 0 and hits[0][1] == len(word)
    return whole and word not in AMBIGUOUS_COLOURS


def colour_kind(claim: Claim, text: str, facts: ListingFacts):  # noqa: ANN202 - a finding's parts
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


def _said_of_the_part(claim: Claim, facts: ListingFacts) -> bool:
    """ "chromed" of legs whose listing line says they are "tubular steel, chromed and capped"
    (round 41): a participle the listing gives on a line that names the part, a finish or a
    lining beside the part's material. A material's own name ("brass")
    on that line may be another part's, so only the participle passes."""
    if not re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)?ed", claim.text):
        return False
    said = f" {normalise(claim.text)} "
    part = re.compile(rf" {re.escape(normalise(claim.about or ''))}(?:s|es)? ")
    padded = (f" {normalise(line)} " for line in facts.lines)
    return bool(claim.about) and any(said in line and part.search(line) for line in padded)


# The listing format's own lines, not an attribute's values.
_NOT_VALUES = frozenset({"title", "vendor", "type", "tag", "category", "variant", "price"})


def _fold(word: str) -> str:
    return normalise(word.lower()).replace("c", "k").replace("y", "i").replace("z", "s")


def _a_loanword(claim: Claim, facts: ListingFacts) -> bool:
    """Whether an attribute of the listing gives, in Latin letters no table reads, the claim's
    material under a name borrowed from it: "Koostis: viskoza, lanolina" of "viscose", the
    English name (four letters at least) less a final vowel beginning the word, with c and k, s
    and z, y and i taken alike (round 51). No word of any language is listed: only values the
    tables do not read are compared, so a word a table reads as another material never passes,
    and only values of one or two words, not prose."""
    name = _fold(claim.value)
    stem = name[:-1] if name[-1:] in "aeiou" else name
    if len(name) < 4 or not name.isalpha():
        return False
    for line in facts.lines:
        label, _, value = line.partition(": ")
        if not value or label.strip().lower() in _NOT_VALUES:
            continue
        for item in re.split(r"[,;/]", value):
            words = re.findall(r"[^\W\d_]+", item)
            if len(words) > 2 or MATERIALS.find(item) or not all(w.isascii() for w in words):
                continue  # a value of a word or two ("jutea"), not prose
            if any(_fold(w).startswith(stem) for w in words):
                return True
    return False


def judge_claim(claim: Claim, kind: str, facts: ListingFacts):  # noqa: ANN202 - a finding's parts
    listed = facts.material_names
    if claim.about:
        given = MATERIALS.closure(facts.material_parts[claim.about])
        if claim.value in given or _said_of_the_part(claim, facts):
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
    if _a_loanword(claim, facts):
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
