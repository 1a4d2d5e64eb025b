"""``It is`` or ``They are``: the voice a product's title takes (``voice_of``: "Socks" are
plural, "Camera Lens" is not), and a written reason turned plural to agree with it
(``in_voice``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Voice:
    """``It is`` or ``They are``: a title naming several things ("Socks") takes the plural."""

    plural: bool

    @property
    def subject(self) -> str:
        return "They" if self.plural else "It"

    @property
    def possessive(self) -> str:
        return "Their" if self.plural else "Its"

    @property
    def be(self) -> str:
        return "are" if self.plural else "is"

    def verb(self, singular: str) -> str:
        """``holds`` → ``hold``, ``has`` → ``have`` for a plural subject."""
        if not self.plural or not singular.endswith("s"):
            return singular
        if singular in _IRREGULAR_VERBS:
            return _IRREGULAR_VERBS[singular]
        return singular[:-2] if singular.endswith(("ches", "shes", "sses")) else singular[:-1]


_IRREGULAR_VERBS = {"has": "have", "is": "are", "was": "were", "does": "do", "goes": "go"}
IRREGULAR_PLURALS = {"mice", "geese", "feet", "teeth", "people", "children", "men", "women"}


# A title's last part that names one thing after a name ("Harbour Lights - Cooperative Tile
# Laying Game", "The Lanterns of Ardmore - 'Low Tide Radio' LP"): that thing is the noun.
_ONE_THING = frozenset("game lp ep album record book novel set kit print pack bundle".split())
# Nouns that end in "s" and name one thing: "Stretched Cotton Canvas", "Camera Lens".
_SINGULAR_S = {"canvas", "gas", "atlas", "lens", "series", "species", "chassis", "bias", "news"}
# Round 45: a name and its subtitle ("Weaving by Lamplight: 30 Rug Patterns") is one work, named
# by the part before the colon; the counted things after it are its contents, not the product.
_PHRASE_END = re.compile(r"[,(–]|:\s|\s-\s|\s(?:with|for|in|of|from|by)\s")


def voice_of(title: str) -> Voice:
    # The head noun ends the first phrase: "Hammock with Tree Straps" is one hammock.
    # "Dry Fly Hooks Size 14 x25": a size after the noun is not the noun.
    head = re.sub(r"\bsize\s*#?\d+\b", " ", _PHRASE_END.split(title)[0], flags=re.I).split()
    parts = re.split(r"\s[-–]\s", title)
    if len(parts) > 1 and len(_PHRASE_END.split(parts[-1])) == 1:
        # Not "Swaddle Blankets - Set of 3": a set of blankets is still blankets.
        named = parts[-1].strip().split()
        if named and named[-1].lower() in _ONE_THING:
            head = named
    # "Steel Tip Darts 90% Tungsten": a share of a material after the noun is not the noun
    # (heldout20: "This … Darts 90% Tungsten – Set of 3 has" was marked a number clash).
    share = next((i for i, w in enumerate(head) if re.fullmatch(r"\d+(\.\d+)?%", w)), None)
    if share:
        head = head[:share]
    # "Cable clips 10pk", "Muslin squares x3": a pack count after the noun is not the noun.
    # "Cabinet Hinges 35mm", "Treats 100 g": a size after the noun is not the noun either.
    while len(head) > 1 and re.fullmatch(
        r"x?\d+(pk|pcs?|pack)?|\d+x|\(?pair\)?|\d+([.,]\d+)?(mm|cm|m|in|ml|l|g|kg|oz|w|v|\")?|"
        r"\d+/\d+|mm|cm|ml|g|kg|oz|lb|ft",
        head[-1].lower(),
    ):
        head = head[:-1]
    subtitle = re.search(r":\s+(?:A|An)\s+(?P<rest>[^,:;()]+)", title)
    if subtitle and subtitle["rest"].split():
        # Round 44: "Moths of the Fens: A Pocket Key" is one book, whatever its first phrase.
        head = subtitle["rest"].split()
    last = head[-1].lower() if head else ""
    plural = (
        last.endswith("s")
        and not last.endswith(("ss", "us", "is"))
        and len(last) > 3
        and last not in _SINGULAR_S
    )
    return Voice(plural=plural or last in IRREGULAR_PLURALS)


def in_voice(reason: str, voice: Voice) -> str:
    """A written reason for a plural product: "so it keeps going" → "so they keep going"."""
    if not voice.plural:
        return reason

    def plural(match: re.Match[str]) -> str:
        verb = match.group(2)
        if verb in _IRREGULAR_VERBS:
            verb = _IRREGULAR_VERBS[verb]
        elif verb.endswith("ies"):
            verb = verb[:-3] + "y"  # "carries" → "carry"
        elif verb.endswith("s") and not verb.endswith("ss"):
            verb = verb[:-2] if verb.endswith(("shes", "ches", "xes")) else verb[:-1]
        return f"{match.group(1)}they {verb}"

    said = re.sub(r"^(so )it ([a-z]+)", plural, reason)
    # "so it keeps warm and breathes" → "so they keep warm and breathe".
    said = re.sub(r" and ([a-z]+[^s])s$", r" and \1", said) if said != reason else said
    # The product later in the reason: the subject of a verb ("all it needs") is "they", any
    # other "it" is "them" ("making it easy to pack" → "making them easy to pack").
    said = re.sub(_LATER_SUBJECT, lambda m: plural(m).replace("them", "they"), said)
    return re.sub(r"\b(it|its|itself)\b", lambda m: _OBJECTS[m.group(1)], said)


_LATER_SUBJECT = re.compile(
    r"\b()it (is|was|has|does|can|could|may|might|will|would|should|must|[a-z]+[^s\W]s)\b"
)
_OBJECTS = {"it": "them", "its": "their", "itself": "themselves"}
