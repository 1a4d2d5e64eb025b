"""FAQ questions asked from a label that read the label as a noun, said as a shopper asks them
(round 28: heldout30's raters marked "awkward grammar" on 51 of 160 FAQ ratings).

The families, each by a label's or a value's words, never by a listing's phrase:

- a part whose answer is a material: "What is the head?" → "What is the head made of?";
- a label that is a time, not a thing ("Each month: 3 blocks …"): "What comes each month?";
- "Which <label> does it have?" with a bare answer: a count "How many hooks does it have? — It
  has 3 hooks, geared together.", a yield "How much does it make?", players "How many can play?";
- a yes/no flag whose label is an appliance or a verb: "Is it dishwasher safe?", "Can I eat it
  raw?", never "Does it have a dishwasher?" / "Does it have an eat raw?";
- a mass noun never takes "a": "Is chalk included? — No, chalk is not included.";
- a value that negates its label: "What is the treatment like? — The treatment is untreated." →
  "Is it treated? — No, it is untreated.".
"""

from __future__ import annotations

import re

from plugin.domain import FaqItem
from plugin.generation.uncounted import uncounted
from plugin.generation.voice import Voice

_MATERIALS = frozenset(
    """wood leather steel brass alloy rubber plastic cotton fleece felt nylon polyester goatskin
    cowhide oak ash beech birch walnut mahogany maple cherry aluminium aluminum iron copper
    silicone glass ceramic bamboo wool linen hemp canvas cork polypropylene polyethylene acrylic
    resin stone marble slate cardboard foam latex silk suede denim jute sisal willow hazel pine
    teak titanium zinc chrome enamel horn bone porcelain stoneware earthenware basswood plywood
    twigs straw rattan wicker bronze pewter""".split()
)
# Heads of nouns that take no "a": "Is chalk included?".
_MASS = frozenset(
    """chalk gear postage food feed twine string wax glue oil paint thread tape fuel water
    hardware software equipment bedding packaging shipping insurance firewood charcoal compost
    soil sand grit gravel salt sugar flour seed seeds bait clothing luggage furniture cabling
    wiring tubing padding stuffing filling batting wadding fabric cloth timber lumber paper ink
    yarn""".split()
)
# A part's label that names how it looks or is treated, not a part made of something: "What is
# the finish like? — Raw wood; oil before use." stays as it is.
_NOT_MADE = frozenset(
    "finish colour color pattern texture style look feel shape edge taste flavour flavor".split()
)
# A level of skill is who it is for: "Who is it for? — It is for skilled carvers.".
_LEVELS = frozenset({"skill level", "experience level", "ability", "skill"})
_APPLIANCES = frozenset("dishwasher microwave oven freezer dryer fridge".split())
_BARE_VERBS = frozenset(
    "eat drink cook freeze refreeze wash reuse recycle compost refill reheat serve bake".split()
)

_WHAT_PART = re.compile(r"^What (?P<be>is|are) the (?P<part>[a-z][a-z ]*?)(?: like)?\?$")
_WHICH_HAS = re.compile(r"^Which (?P<name>[a-z][a-z ]*?) (?:does|do) (?:it|they) have\?$")
_HAS_FLAG = re.compile(r"^(?:Does|Do) (?P<it>it|they) have an? (?P<thing>[a-z][a-z ]*)\?$")
_COME_WITH = re.compile(r"^(?P<head>(?:Does|Do) (?:it|they) come with) an? (?P<thing>[a-z ]+)\?$")
_INCLUDED = re.compile(r"^(?:Is|Are) an? (?P<thing>[a-z][a-z ]*) included\?$")
_LIKE = re.compile(r"^What (?:is|are) the (?P<part>[a-z][a-z ]*?) like\?$")
_THE_PART = re.compile(r"^The (?P<part>[a-z][a-z ]*?) (?P<be>is|are) (?P<rest>.+?)\.?$")


def _sentence(text: str) -> str:
    text = text.strip().rstrip(".")
    return f"{text[:1].upper()}{text[1:]}."


def _lower_first(text: str) -> str:
    if text[:2].isupper():
        return text  # "MP4 …", "UK …"
    return text[:1].lower() + text[1:]


def _made_of(value: str) -> bool:
    first = re.split(r"[;,]| with ", value)[0].lower()
    if re.search(r"\b(from|of|in|by)\b", first) or first[:1].isdigit():
        return False
    return bool(set(re.findall(r"[a-z]+", first)) & _MATERIALS)


def _mass(thing: str) -> bool:
    return thing.split()[-1] in _MASS or uncounted(thing.split()[-1])


def asked_as_said(item: FaqItem, voice: Voice) -> FaqItem:
    """The question (and its answer where the question changes what it must say) as a shopper
    asks it; the item as it is where no family applies."""
    question, answer = item.question, item.answer
    it, does = voice.subject.lower(), ("do" if voice.plural else "does")
    part = _WHAT_PART.match(question)
    if part and part["part"].split()[0] in ("each", "every", "per"):
        said = _THE_PART.match(answer)
        rest = said["rest"] if said and said["part"] == part["part"] else answer
        when = part["part"][:1].upper() + part["part"][1:]
        return FaqItem(f"What comes {part['part']}?", f"{when} brings {_lower_first(rest)}.")
    if part and part["part"] in _LEVELS:
        said = _THE_PART.match(answer)
        value = _lower_first(said["rest"] if said and said["part"] == part["part"] else answer)
        value = value.rstrip(".")
        if re.fullmatch(r"[a-z]+(?:[ -][a-z]+)?", value) and not value.endswith("s"):
            # Round 33: "Improver" is a level, not who: "It is for improvers.", and "Intermediate"
            # "It is for the intermediate level." (never "It is for improver.").
            value = f"{value}s" if value.endswith(("er", "ist")) else f"the {value} level"
        return FaqItem(f"Who {voice.be} {it} for?", f"{voice.subject} {voice.be} for {value}.")
    if part and part["part"].split()[-1] not in _NOT_MADE and " made" not in part["part"]:
        said = _THE_PART.match(answer)
        value = said["rest"] if said and said["part"] == part["part"] else answer
        if _made_of(value):
            return FaqItem(f"What {part['be']} the {part['part']} made of?", answer)
    which = _WHICH_HAS.match(question)
    if which and not answer.startswith(("It ", "They ", "Yes", "No")):
        name, value = which["name"], answer.strip().rstrip(".")
        if name in ("makes", "yield", "yields", "output"):
            return FaqItem(
                f"How much {does} {it} make?",
                f"{voice.subject} {voice.verb('makes')} {_lower_first(value)}.",
            )
        if name == "players":
            return FaqItem("How many can play?", _sentence(f"{value} players"))
        count = re.fullmatch(r"(?P<n>\d+)(?:, (?P<rest>.+))?", value)
        if count and name.endswith("s") and count["n"] != "1":  # never "They have 1 pairs."
            rest = f", {count['rest']}" if count["rest"] else ""
            return FaqItem(
                f"How many {name} {does} {it} have?",
                f"{voice.subject} {voice.verb('has')} {count['n']} {name}{rest}.",
            )
        if len(value.split()) == 1 and re.search(r"[a-z]", value):
            return FaqItem(
                f"What kind of {name} {does} {it} have?",
                f"{voice.subject} {voice.verb('has')} {value} {name}.",
            )
    flag = _HAS_FLAG.match(question)
    if flag:
        words = flag["thing"].split()
        if flag["thing"] in _APPLIANCES:
            return FaqItem(f"{voice.be.capitalize()} {it} {flag['thing']} safe?", answer)
        if words[0] in _BARE_VERBS:
            them = "them" if voice.plural else "it"
            return FaqItem(f"Can I {' '.join([words[0], them, *words[1:]])}?", answer)
        if _mass(flag["thing"]):
            return FaqItem(f"{does.capitalize()} {it} have {flag['thing']}?", answer)
    come = _COME_WITH.match(question)
    if come and _mass(come["thing"]):
        return FaqItem(f"{come['head']} {come['thing']}?", answer)
    included = _INCLUDED.match(question)
    if included and _mass(included["thing"]):
        thing = included["thing"]
        return FaqItem(
            f"Is {thing} included?",
            re.sub(rf"\b(?:a|an|A|An) {re.escape(thing)}\b", thing, answer),
        )
    like = _LIKE.match(question)
    said = _THE_PART.match(answer)
    if like and said and said["part"] == like["part"]:
        value = said["rest"].strip()
        label = like["part"].split()[-1]
        negated = re.fullmatch(r"un(?P<state>[a-z]+ed)", value.lower())
        if negated and negated["state"][:4] == label[:4]:
            return FaqItem(
                f"{voice.be.capitalize()} {it} {negated['state']}?",
                f"No, {it} {voice.be} {value.lower()}.",
            )
    return item
