"""An audience's angle: which of a product's facts it hears first, how its copy opens, and
what its button says, worked out from the audience's name and one-line description alone.

The facts never change with the audience; their order, which of them a short field has room
for, and the shape of the sentences around them do. A fact is relevant to an audience when
its words meet a need the audience's line names ("shopping for someone else" is giving:
what comes in the box, the colour, where it is made; "a home around a baby" is family:
what it is free of, how it washes) or when it shares a word with that line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plugin.campaign import Audience
from plugin.generation.scoring import stemmed_words


@dataclass(frozen=True)
class Need:
    """What an audience may be after: ``cues`` are the stemmed words of an audience's line
    that show it, ``facts`` finds the facts that meet it in "label: value" and the sentence
    that tells it, and ``cta`` is the button such an audience is asked to press."""

    name: str
    cues: frozenset[str]
    facts: re.Pattern[str]
    cta: str


def _need(name: str, cues: str, facts: str, cta: str) -> Need:
    return Need(name, frozenset(cues.split()), re.compile(facts, re.IGNORECASE), cta)


NEEDS = (
    _need(
        "giving",
        "gift present giving give someone else friend partner birthday wedding host thank "
        "christma holiday anniversary",
        r"\b(includ|pieces|set of|gift|box|colou?r|scent|origin|made in|hand[- ]?made|finish|"
        r"pattern|lambswool|merino|linen|ceramic|stoneware|organic cotton|wool)",
        "Find a gift",
    ),
    _need(
        "family",
        "baby babie parent child children kid toddler newborn family nursery mum mom dad",
        r"\b(bpa|[a-z]+-free\b|non[- ]toxic|gots|oeko|organic|safe|wash|clean|care|soft|"
        r"insulat|keeps drinks|spill|leak|first aid|pieces|uses|loads|reusable)",
        "Shop for the family",
    ),
    _need(
        "outdoors",
        "runner running hiker hiking hike camp camping camper outdoor outdoors travel traveller "
        "trail commute commuter cyclist climber walker walking",
        r"\b(weigh|light|water|resist|ipx|battery|lumen|pack|fold|portable|load|capacity|"
        r"holds|insulat|keeps drinks|hours|merino|pouch|case|frame|aluminium)",
        "Get ready to go",
    ),
    _need(
        "home",
        "home cook cooking kitchen dinner host hosting baker baking coffee table house flat",
        r"\b(stoneware|cast iron|linen|bamboo|capacity|cups|diameter|oven|dishwasher|care|"
        r"wash|heat|seasoned|soy|wax|burn)",
        "Shop for the home",
    ),
    _need(
        "less waste",
        "eco green sustainable planet waste plastic zero conscious reuse",
        r"\b(organic|recycl|fsc|gots|bamboo|wool|beeswax|natural|compost|reusable|uses|loads|"
        r"plastic)",
        "",
    ),
)
_GERUND = re.compile(r"^[a-z]+ing\b", re.IGNORECASE)
# Words of an audience's line that say nothing about what it wants from a product.
_GENERIC = frozenset(
    "new buyer shopper shopping people person someone else setting around thing one who "
    "their them like love want need".split()
)


def _words(audience: Audience) -> frozenset[str]:
    return frozenset(stemmed_words(f"{audience.name} {audience.description}"))


def relevance(audience: Audience, text: str) -> int:
    """How much a fact ("Material: 18/8 stainless steel") matters to an audience: two for each
    of its needs the fact meets, one for each telling word of the audience's line it shares."""
    words = _words(audience)
    met = sum(2 for need in NEEDS if need.cues & words and need.facts.search(text))
    return met + len((words - _GENERIC) & stemmed_words(text))


@dataclass(frozen=True)
class Angle:
    """How one audience of a brief is spoken to. ``audiences`` are the brief's, and ``place``
    this one's index among them: it picks the sentence shapes, so two audiences of one brief
    never share them, and a fact's benefit is told to the audience it matters to most."""

    audience: Audience | None = None
    audiences: tuple[Audience, ...] = ()

    @property
    def place(self) -> int:
        return self.audiences.index(self.audience) if self.audience in self.audiences else 0

    @property
    def name(self) -> str:
        return self.audience.name.strip().lower() if self.audience else ""

    @property
    def words(self) -> frozenset[str]:
        """The audience line's own words, stemmed."""
        return _words(self.audience) if self.audience else frozenset()

    @property
    def grounds(self) -> frozenset[str]:
        """The words a model's hook ending may stand on besides the product's: the audience's
        name ("a present for gift buyers"), not its description, which tells the model the
        situation: "an enamel mug for the new baby" would say the mug suits a baby."""
        return frozenset(stemmed_words(self.audience.name)) if self.audience else frozenset()

    @property
    def needs(self) -> tuple[Need, ...]:
        return tuple(n for n in NEEDS if n.cues & self.words)

    @property
    def framed(self) -> bool:
        """Whether this audience's copy opens on its own situation (every other audience of a
        brief does, when its line reads as one)."""
        return self.place % 2 == 1 and bool(self.situation)

    @property
    def situation(self) -> str:
        """The audience's line as a question to the reader ("Shopping for someone else?"), when
        it reads as something they are doing; "" otherwise."""
        line = " ".join(self.audience.description.split()).rstrip(".?!") if self.audience else ""
        if not _GERUND.match(line):
            return ""
        return f"{line[:1].upper()}{line[1:]}?"

    def relevance(self, text: str) -> int:
        return relevance(self.audience, text) if self.audience else 0

    def owns(self, text: str, index: int) -> bool:
        """Whether this audience's copy tells the benefit of a fact (``text``, the ``index``-th
        of the product's): the fact matters to it at least as much as to any other audience
        of the brief; a tie goes to the audiences in turn, by the fact's index."""
        if len(self.audiences) < 2 or self.audience is None:
            return True
        scores = [relevance(a, text) for a in self.audiences]
        tied = [k for k, score in enumerate(scores) if score == max(scores)]
        return tied[index % len(tied)] == self.place

    def order(self, texts: list[str]) -> list[int]:
        """The indices of ``texts`` (facts), most relevant first. Ties keep a rotation of their
        order by the audience's place, so two audiences that care for the same things still
        lead with different ones."""
        start = self.place * len(texts) // max(len(self.audiences), 1)
        turn = [*range(start, len(texts)), *range(start)]
        return sorted(turn, key=lambda i: (-self.relevance(texts[i]), turn.index(i)))

    def ordered(self, texts: list[str]) -> list[str]:
        return [texts[i] for i in self.order(texts)]

    def cta(self, default: str) -> str:
        """The button: the first need's that has one, or the goal's (``default``)."""
        return next((n.cta for n in self.needs if n.cta), default)
