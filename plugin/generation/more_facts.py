"""More of the listing's facts in the prose, said in whole sentences (round 27).

Blind raters on heldout29 (median prose 14 words) asked, draft after draft, for "a short
paragraph" that says what the product is made of or contains and the facts a buyer decides on,
not one sentence over a pasted list: "write about a medium-heat wholegrain mustard with 42%
brown and yellow seeds", "explain the 0.5 L markings, the food-grade bottle and screw-on teat,
and hand-washing", "the grooved oak face and angled ash handle". Earlier rounds left such facts
to the list because no frame with a reason fitted them. Here, while the planned prose is short
of shared COPY.md's 50 words, the listing's facts it has not said yet are told plainly, each in
a frame its label and value fit, related facts grouped in one sentence:

- what it is made from: "Ingredients: …" reads "It is made from blood orange juice (55%),
  water, …"; "Fruit: Blood oranges from Sicily" reads "The blood oranges come from Sicily";
  "Matcha origin: Kyoto" reads "The matcha comes from Kyoto" (``phrasing.feature_lead``);
  "Allergens: Milk, egg" reads "It contains milk and egg";
- a part with its material, size and describing words, said of the part, never of the whole
  ("Face: Oak, 9 x 9 in, grooved" → "a grooved oak face (9 x 9 in)"; "Clip colour: Brass" →
  "a brass clip"), three parts to a sentence (round 29: any one-word label whose value is
  what the part is made of names a part, ``part_facts.part_named``);
- what it fits, suits, covers or is not for, and what the buyer will also need;
- how much there is ("Contents: 200 g" → "You get 200 g": never "comes with a 200 g"), and a
  capacity with its markings ("It holds 2.5 L, marked every 0.5 L");
- not an instruction the shop wrote as one (storage, care, a caution: "Refrigerate after
  opening; use within 8 weeks.", "Store it at -18 °C"): until round 36 these were told, and
  heldout37's raters marked them as orders pasted into the opening paragraph; the list keeps
  them.

Nothing is added that the listing does not say: each sentence is a value, or its items, in a
frame. A value in another language, a price, a size per variant ("Size 1: …, Size 2: …"), what
is not included (said last by ``hook_fallback.left_out``) and a value the title already says
are left to the list.

The frames are told in ``fact_frames`` (a fact by its label), ``fact_clauses`` (a value by its
first word) and ``part_phrases`` (a part with its material); ``with_verbs`` says a plain "Its X
is Y" of the planned prose with a verb.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from plugin.domain import Listing
from plugin.generation.after_lead import TITLE_CUT
from plugin.generation.fact_clauses import instruction
from plugin.generation.fact_frames import ALLERGENS, INGREDIENTS, LEFT_OUT, fact_sentence
from plugin.generation.fact_kinds import MONEY
from plugin.generation.fact_roles import SortedFacts
from plugin.generation.part_facts import adjustable, colour_of_whole, part_named
from plugin.generation.part_phrases import part_phrase
from plugin.generation.part_words import PARTS
from plugin.generation.sentence import Role, Sentence
from plugin.generation.title_reading import in_title
from plugin.generation.value_shapes import article
from plugin.generation.voice import Voice

# Prose this short or shorter is topped up (shared COPY.md: 50–120 words).
ENOUGH_WORDS = 55
# At most this many sentences are added.
MOST_ADDED = 5
# A sentence longer than this only repeats the list.
LONGEST = 24

# Values per variant ("Size 1: 50–52 cm, Size 2: …"): the list says them.
_PER_VARIANT = re.compile(r"(?:^|[,;] ?|\band )[A-Za-z0-9 ]{1,20}: .*[,;] ?[A-Za-z0-9 ]{1,20}: ")


def _listed_parts(parts: list[str]) -> str:
    """ "a maple neck", "a walnut fingerboard" and "fitted strings" as one list with "and"."""
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"


def _foreign(text: str) -> bool:
    return any(ord(c) > 0x17F and c.isalpha() for c in text) or any(
        c in "äöüßåøæçñ" for c in text.lower()
    )


def _covered(name: str, value: str, sentences: list[Sentence], text: str) -> bool:
    if any(name == f.lower() or value.lower() == f.lower() for s in sentences for f in s.facts):
        return True
    if value.lower() in text:
        return True
    first = re.split(r"[.;]\s", value.lower(), maxsplit=1)[0].strip()
    if len(first.split()) >= 2 and first in text:
        return True  # "Hand wash only. Dry …": the care line already said its first clause
    words = [w for w in re.findall(r"[a-z]{4,}", value.lower())]
    return bool(words) and sum(w in text for w in words) / len(words) >= 0.6


def _order(name: str, value: str, voice: Voice) -> bool:
    """Whether a value is the shop's instruction (care, storage, a caution: "Wipe dry; store
    flat"): round 36, heldout37's raters marked such lines pasted as sentences into the
    opening paragraph, an order among the reasons; the list keeps them as written."""
    parts = [p.strip() for p in value.strip().rstrip(".").split(";") if p.strip()]
    return any(instruction(name, p, voice) is not None for p in parts[:1])


def _only_the_title(value: str, title: str) -> bool:
    """Whether a value only says the title's words again ("Ingredients: Red split lentils" on
    "Red Split Lentils"): told, it reads "They are made from red split lentils"."""
    words = re.findall(r"[a-z]{3,}", value.lower())
    return bool(words) and all(w in title.lower() for w in words)


# Parts a title's material is said of besides ``part_words.PARTS`` (an English part name, so
# a label in the shop's own language is never glued to its value).
_TITLED_PARTS = frozenset("blank shaft shell upper sole body head face".split())


def _titled_part(name: str, value: str, listing: Listing) -> str | None:
    """Round 45: a one-word part whose value is the material the title sells the product by
    ("Shaft: Bamboo" under a "Bamboo Fly Rod"), said plainly ("a bamboo shaft") where no other
    frame knows the part: left out, the prose missed the product's point."""
    shown, _, extra = value.strip().lower().partition(" with ")
    # "Grip: Walnut with brass ferrule" → "a walnut grip with a brass ferrule".
    if extra and not re.fullmatch(r"[a-z]+( [a-z]+){0,2}", extra):
        return None
    if name not in PARTS | _TITLED_PARTS or not re.fullmatch(r"[a-z]+( [a-z]+){0,2}", shown):
        return None
    named = re.findall(r"[a-z]{4,}", TITLE_CUT.split(listing.title.lower())[0])[:-1]
    if shown.split()[0] not in named:
        return None
    said = f"{article(shown)} {shown} {name}"
    return f"{said} with {article(extra)} {extra}" if extra else said


def _words(sentences: list[Sentence]) -> int:
    count = 0
    for s in sentences:
        if s.ask == "hook":
            count += max(len((s.fallback or s.lead).split()), 10)
        else:
            count += len(s.lead.split())
    return count


def more_facts(
    sentences: list[Sentence],
    listing: Listing,
    facts: SortedFacts,
    voice: Voice,
    later: Sequence[Sentence] = (),
) -> list[Sentence]:
    """``sentences`` with the listing's unsaid facts told plainly after them while the prose is
    short (``ENOUGH_WORDS``), up to three parts or one fact to a sentence."""
    words = _words(sentences)
    if words >= ENOUGH_WORDS:
        return sentences
    # A hook's stand-in line is not counted as said: the planner may give it up for one of
    # the sentences added here.
    # ``later``: sentences the planner adds after these (the shop's own notes), said once.
    text = " ".join(
        s.lead if s.ask else f"{s.lead} {s.fallback}" for s in [*sentences, *later]
    ).lower()
    # The title's words say nothing of its facts: "Pork and Leek Sausages" has not said that
    # they are made from pork (80%), leek and salt.
    text = text.replace(listing.title.lower(), " ")
    chosen = {o.strip().lower() for o, vs in listing.options.items() if len(vs) > 1}
    parts: list[tuple[str, str]] = []
    said: list[tuple[str, str]] = []
    for name, value in facts.listed:
        low = re.sub(r"\s+", " ", name.strip().lower().replace("_", " "))
        if (
            low in chosen
            or not value.strip()
            or not name.isascii()
            or _foreign(value)
            or MONEY.search(value)
            or (LEFT_OUT.search(value) and ";" not in value)
            or _PER_VARIANT.search(value)
            # "Milk. Made in a facility …": sentences of the shop's own, which the list shows
            # as they are (the prose would repeat them word for word).
            or re.search(r"[.!?]\s+[A-Z]", value)
            or in_title(value, listing.title)
            or _covered(low, value, sentences, text)
            or _only_the_title(value, listing.title)
        ):
            continue
        values = facts.values_of.get(name) or []
        whole = INGREDIENTS.match(low) or ALLERGENS.match(low)
        if len(values) > 1 and (whole or not any("," in v for v in values)):
            value = ", ".join(values)  # each value an item: "salt, cloves", not "Salt and Cloves"
        own_colour = colour_of_whole(low, value, listing.title, voice)
        if own_colour:
            said.append((name, own_colour))
            continue
        part = (
            part_phrase(low, value) or part_named(low, value) or _titled_part(low, value, listing)
        )
        if part:
            parts.append((name, part))
            continue
        if _order(low, value, voice):
            continue
        told = fact_sentence(low, value, voice, listing) or adjustable(low, value, voice)
        if told and len(told.split()) <= LONGEST:
            said.append((name, told))
    added: list[Sentence] = []
    # Round 29: three parts to a sentence, so a rich listing's parts read as one description of
    # how it is built, not "It has … It has …" (heldout31's raters: one template).
    for index in range(0, min(len(parts), 6), 3):
        pair = parts[index : index + 3]
        joined = _listed_parts([p for _, p in pair])
        lead = f"{voice.subject} {voice.verb('has')} {joined}."
        added.append(
            Sentence(Role.DETAIL, lead, facts=tuple(n for n, _ in pair), told=True, added=True)
        )
    # What it may contain is said after the rest: never the sentence a first line runs into.
    said.sort(key=lambda pair: bool(ALLERGENS.match(pair[0].strip().lower())))
    added += [
        Sentence(Role.DETAIL, lead, facts=(name,), told=True, added=True) for name, lead in said
    ]
    kept: list[Sentence] = []
    for sentence in added:
        if words >= ENOUGH_WORDS or len(kept) >= MOST_ADDED:
            break
        kept.append(sentence)
        words += len(sentence.lead.split())
    return [*sentences, *kept]


_MADE = re.compile(r"\bmade (?:from|with) (?P<what>[^.]+)\.?$")


def fallback_tells(sentences: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
    """A hook whose stand-in line says what the product is made from, as an added sentence says
    it too, replaces that sentence when it is used (round 27: "They are made from organic
    chickpeas. They are made with organic chickpeas." where no model ending passed)."""
    if not sentences or not sentences[0].ask or sentences[0].replaces >= 0:
        return sentences
    hook = sentences[0]
    said = _MADE.search(hook.fallback or "")
    if not said:
        return sentences
    for index, sentence in enumerate(sentences[1:], 1):
        again = _MADE.search(sentence.lead)
        if sentence.added and again and again["what"].lower() == said["what"].lower():
            return (replace(hook, replaces=index), *sentences[1:])
    return sentences
