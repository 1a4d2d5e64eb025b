"""The planner's sentences as the meta and the short description say them (``kinds_written``):
without another product's reason, and with a label's readout said plainly (``plainer``)."""

from __future__ import annotations

import re

from plugin.generation.list_facts import NOT_A_PART
from plugin.generation.noun_frames import label_read_as_noun, material_said
from plugin.generation.plan import Plan
from plugin.generation.sentence import Written
from plugin.generation.sentence_words import words_of
from plugin.generation.value_shapes import article

# Animals a reason or a purpose may name: one the listing never names is another product's
# ("Cats scratch the post" on a parrot toy, "gives a cat a place to go" on a ferret tray).
_ANIMALS = frozenset(
    """cat cats kitten kittens dog dogs puppy puppies horse horses pony ponies rabbit rabbits
    bird birds parrot parrots ferret ferrets hamster hamsters fish chicken chickens hen hens
    cattle cow cows calf calves sheep lamb lambs goat goats pig pigs""".split()
)
_REASON_SUBJECT = re.compile(
    r"(?P<head>.*?), (?:so|which means|meaning) the (?P<thing>[a-z]+) (?P<rest>[^,]*)\.$"
)


def _listing_words(plan: Plan) -> set[str]:
    text = " ".join([plan.listing_title, *(f"{k} {v}" for k, v in plan.fact_list)])
    return {w.rstrip("s") for w in words_of(text)} | words_of(text) | _OWN_ASPECTS


# What any product has, so a reason may speak of it unnamed: "…, so the finish resists chips".
_OWN_ASPECTS = frozenset(
    "finish surface colour color coating fabric material shape fit grip seal edge print "
    "pattern weight size".split()
)


def _own_product(text: str, plan: Plan) -> str | None:
    """A sentence without what belongs to a neighbouring product (round 27: heldout29's raters
    on "…, so the bar stays secure in chalked or sweaty hands" on a screwdriver's handles and
    "Cats scratch the post, not the furniture" on a parrot toy): a reason whose subject is a
    thing the listing never names is cut, and a sentence naming an animal the listing does not
    is left out (``None``) where the listing names another."""
    known = _listing_words(plan)
    named = {w for w in words_of(text) if w in _ANIMALS}
    if named - known and {w for w in known if w in _ANIMALS}:
        head = re.split(r"(?<=[a-z]): (?=the )", text, maxsplit=1)
        if len(head) == 2 and not {w for w in words_of(head[1]) if w in _ANIMALS} - known:
            tail = head[1]
            return tail[:1].upper() + tail[1:]  # "Cats scratch …: the Toy is …" → "The Toy is …"
        cut = re.split(r", (?:so|which|making|letting|keeping|meaning) ", text)[0]
        if cut != text and not {w for w in words_of(cut) if w in _ANIMALS} - known:
            return f"{cut.rstrip(',')}."
        return None
    reason = _REASON_SUBJECT.match(text)
    if reason and reason["thing"] not in known and reason["thing"].rstrip("s") not in known:
        return f"{reason['head'].rstrip(',')}."
    return text


# "Its absorbency is up to 2 litres." reads as a spec sheet (round 27's raters): said the way a
# shop says it where the label names what the product does.
_READOUT = re.compile(
    r"^(?P<whose>Its|Their) (?P<name>[a-z][a-z ]*?) (?:is|are) (?P<value>[^;:]+)\.$"
)
_DOES_VERBS = {
    "absorbency": "absorb",
    "absorption": "absorb",
    "run time": "run for",
    "runtime": "run for",
    "burn time": "burn for",
    "weight": "weigh",
}


def plainer(text: str) -> str:
    """ "Its absorbency is up to 2 litres." → "It absorbs up to 2 litres."; "Its range is 200 m
    in open space." → "It has a range of 200 m in open space."; "Its thread is 3/4 in BSP." →
    "It has a 3/4 in BSP thread."."""
    text = material_said(text)  # round 28: "It has a hardened tool steel." is what it is made of
    found = _READOUT.match(text)
    if not found:
        return text
    plural = found["whose"] == "Their"
    subject = "They" if plural else "It"
    name, value = found["name"], found["value"].strip()
    if name in _DOES_VERBS:
        verb, _, after = _DOES_VERBS[name].partition(" ")
        said = verb if plural else (verb + "es" if verb.endswith("sh") else verb + "s")
        return f"{subject} {said} {f'{after} ' if after else ''}{value}."
    has = "have" if plural else "has"
    if name.endswith("s") and not name.endswith("ss"):
        return text  # "Their sizes are …"
    if re.search(r",\s", value) or not re.match(r"(?i)(up to|about|under|over|at least|\d)", value):
        return text
    if len(name.split()) == 1 and re.fullmatch(r"[\d./]+ ?[a-zA-Z]{1,3}(?: [A-Z]{2,4})?", value):
        if not _AMOUNT_NOUN.search(name) and name not in NOT_A_PART:
            return f"{subject} {has} {article(value)} {value} {name}."  # "a 3/4 in BSP thread"
    if len(name.split()) <= 2 and _AMOUNT_NOUN.search(name):
        return f"{subject} {has} {article(name)} {name} of {value}."  # "a range of 200 m"
    return text


_AMOUNT_NOUN = re.compile(
    r"(range|length|height|width|depth|thickness|diameter|span|time|life|distance|reach|"
    r"capacity|drop)$"
)


def kinds_written(plan: Plan, written: Written) -> Written:
    """The planner's sentences as the meta and the short description say them: without another
    product's reason (``_own_product``) and with a label's readout said plainly (``plainer``)."""
    out = []
    for n, (sentence, text) in enumerate(written):
        own = _own_product(text, plan)
        if own is None and n:
            continue
        said = plainer(own or text)
        if n and label_read_as_noun(said.replace(plan.listing_title, "")):
            continue  # round 28: a label read as a noun is never a second sentence
        out.append((sentence, said))
    return out
