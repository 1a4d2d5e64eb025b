"""The first words of the short description and the meta, varied across a catalogue (round 32).

heldout34's raters tagged 78–80 of 80 short descriptions and metas repetitive with the others:
every one opened "The/This <name> …". Where a sentence says what a fact does for the buyer, that
is said first, in one of a few shapes the listing's rotation picks:

- "The … has a cork core, so it stays put." → "With its cork core, the … stays put." or
  "Thanks to its cork core, the … stays put.";
- "The … is made of oak, so it lasts." (or "…, which lasts") → "Made of oak, the … lasts.";
- "The … runs for 40 hours, so it keeps going." → "Because it runs for 40 hours, the … keeps
  going.";
- "The … has felt pads, so shelves stay unmarked." stays as it is (round 51: the fronted
  "Shelves stay unmarked: the … has felt pads." read as a template).

Where the first sentence gives no reason, a material, a place it is made in or what it is for
leads the next statement, as the description's own first line does ("Made of oak, the … comes in
3 sizes.", "For fine pruning, the … has a locking catch.").
"""

from __future__ import annotations

import re

from plugin.generation.voice import voice_of

# "<The|This> <name> <predicate>, so <consequence>."
_REASONED = r"^(?:The|This|These) {name} (?P<fact>[^;:]+?), so (?P<then>[^;:]+)\.$"
_WHICH = r"^(?:The|This|These) {name} (?P<fact>[^,;:]+?), which (?P<then>[^;:]+)\.$"
_PRONOUN_THEN = re.compile(r"^(?P<subject>it|they) (?P<rest>.+)$")
_PRONOUNS = re.compile(r"\b(it|its|they|them|their|itself|themselves)\b", re.IGNORECASE)
_HAD = re.compile(r"^(?:has|have|comes with|come with) (?:an? |the )?(?P<part>[^,;:()]+)$")
_MADE = re.compile(r"^(?:is|are) (?P<how>made of|made from|crafted from) (?P<stuff>[^,;:()]+)$")
_DONE = re.compile(r"^(?:is|are) (?P<done>[a-z]+ed (?:in|from|by) [^,;:()]+)$")
_FOR = re.compile(r"^(?:is|are) (?P<use>for (?!.*\bonly\b)[^,;:()]+)$")
_NEXT = re.compile(r"^(?:It|They) (?!(?:is|are|has|have) )(?P<rest>[^.!?]+[.!?])$")
_PLAIN = r"^(?:The|This|These) {name} (?P<fact>[^,;:]+)\.$"


def _opener(name: str, text: str) -> str | None:
    for opener in ("The ", "This ", "These "):
        if text.startswith(f"{opener}{name} "):
            return opener
    return None


def _reason_shapes(name: str, first: str) -> list[str]:
    """The first sentence said with what it does for the buyer first, in every shape it
    allows; none where it gives no reason."""
    reasoned = re.match(_REASONED.format(name=re.escape(name)), first)
    material = re.match(_WHICH.format(name=re.escape(name)), first)
    if material and not voice_of(name).plural and not _PRONOUNS.search(material["then"]):
        # "… is made of enamelled steel, which wipes clean" → "Made of enamelled steel, the …
        # wipes clean." (the verb agrees with one material, so a plural name keeps its line).
        made = _MADE.match(material["fact"])
        if made:
            return [f"{made['how'].capitalize()} {made['stuff']}, the {name} {material['then']}."]
    if not reasoned:
        return []
    fact, then = reasoned["fact"], reasoned["then"]
    own = "their" if voice_of(name).plural else "its"
    pronoun_led = _PRONOUN_THEN.match(then)
    if not pronoun_led:
        # Round 51: "Shelves stay unmarked: the … has felt pads." is no longer written: raters
        # of round 52's shorts read the consequence-first line as a template on every product
        # that had one (and as circular where the consequence says the fact again).
        return []
    rest = pronoun_led["rest"]
    if _PRONOUNS.search(rest):
        return []
    shapes = []
    had = _HAD.match(fact)
    made = _MADE.match(fact)
    if had and len(had["part"].split()) <= 6:
        shapes += [
            f"With {own} {had['part']}, the {name} {rest}.",
            f"Thanks to {own} {had['part']}, the {name} {rest}.",
        ]
    elif made:
        shapes.append(f"{made['how'].capitalize()} {made['stuff']}, the {name} {rest}.")
    if not re.match(r"(?:is|are)\b", fact):
        shapes.append(f"Because {pronoun_led['subject']} {fact}, the {name} {rest}.")
    return shapes


def _fronted(name: str, first: str, second: str) -> str | None:
    """ "The … is made of oak." and "It comes in 3 sizes." as "Made of oak, the … comes in 3
    sizes."; ``None`` where the first is no material, place or use, or the next no plain
    statement."""
    plain = re.match(_PLAIN.format(name=re.escape(name)), first)
    nxt = _NEXT.match(second)
    if not plain or not nxt or _PRONOUNS.search(nxt["rest"]):
        return None
    made = _MADE.match(plain["fact"])
    done = _DONE.match(plain["fact"]) or _FOR.match(plain["fact"])
    if made:
        front = f"{made['how'].capitalize()} {made['stuff']}"
    elif done:
        front = done[1][:1].upper() + done[1][1:]
    else:
        return None
    return f"{front}, the {name} {nxt['rest']}"


def _named(name: str, text: str) -> str:
    """ "It has …" as "The <name> has …"; any other sentence as it is."""
    said = re.match(r"^(?:It|They) (?P<rest>.+)$", text)
    return f"The {name} {said['rest']}" if said else text


def _as_pronoun(name: str, text: str) -> str:
    """ "The <name> has …" as "It has …" (or "They have …" where the name is plural)."""
    opener = _opener(name, text) or ""
    subject = "They" if voice_of(name).plural else "It"
    return f"{subject} {text[len(opener) + len(name) + 1 :]}" if opener else text


def varied_opening(texts: list[str], names: tuple[str, ...], turn: int, limit: int) -> list[str]:
    """``texts`` with what a fact does for the buyer said first, in the shape ``turn`` picks
    among those it allows (where it allows one, that and the line as written take turns);
    without a reason, a material, a place or a use fronts the next statement on every other
    turn. The whole stays within ``limit`` characters. ``names`` are
    the ways the sentences may say the product's name."""
    if not texts:
        return texts
    first = texts[0]
    name = next((n for n in names if _opener(n, first)), None)
    if name is None:
        return texts
    shapes = _reason_shapes(name, first)
    later = next((t for t in texts[1:] if _reason_shapes(name, _named(name, t))), None)
    if shapes:
        # What it does for the buyer always leads; the shapes it is said in vary.
        choices: list[list[str]] = [[shape, *texts[1:]] for shape in shapes]
    elif later is not None:
        # A reason said later leads, and the first line follows it said with "it" or "they".
        rest = [_as_pronoun(name, first), *(t for t in texts[1:] if t is not later)]
        choices = [[shape, *rest] for shape in _reason_shapes(name, _named(name, later))]
    elif len(texts) > 1 and (front := _fronted(name, first, texts[1])):
        choices = [[front, *texts[2:]]]
    else:
        return texts
    if len(choices) == 1:
        # One shape: the line as written is the other, so the meta (the next turn) does not
        # open as the short description does.
        choices.append(texts)
    chosen = choices[turn % len(choices)]
    return chosen if len(" ".join(chosen)) <= limit else texts
