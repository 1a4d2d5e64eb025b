"""The question the description's first line answers ("What is it for?", "What is it?"), and
whether a first line says what the product is."""

from __future__ import annotations

import re

from plugin.generation.faq_values import content_of
from plugin.generation.voice import Voice

# A first line that says what the product is: "This … is a composite stick for …", "The … are
# wool tops for …"; not one spec ("… comes in white", "… has acid dyes").
_IS_A = re.compile(r"^(The|This|These) X (is|are) (an? )?(?P<what>[a-z][^,;:]*)")


def says_what_it_is(line: str, title: str) -> bool:
    """Whether a first line answers "What is it?" with what the product is (a noun and what it
    is for or made of, three words or more), not one spec or a bare "is a service"."""
    found = _IS_A.match(line.replace(title, "X"))
    if not found:
        return False
    what = found["what"].split()
    bare = not found.group(3)  # "is handmade in …", "is fsc certified": a state, not a thing
    return (
        len(what) >= 3
        and what[0] not in _NOT_WHAT
        and not (bare and what[0].endswith(("ed", "ly")))
    )


_NOT_WHAT = frozenset(
    "made crafted available suitable ideal designed built sold not grown sewn woven spun "
    "cut hand-made handmade".split()
)


_REASON_AFTER = re.compile(r", (?:so|which|making|letting|keeping|meaning) ")
_MADE_OF = re.compile(r"^(?:is|are) (?:made of|made from|crafted from) ")
_FOR = re.compile(r"^(?:is|are) (?:made |designed |built |meant )?for ")
_TOGETHER = re.compile(r"^brings? together ")


def first_line_question(first: str, title: str, voice: Voice) -> tuple[str, str] | None:
    """The question the description's first line answers, asked as a shopper asks it, and the
    line said with "it" and without the reason after its fact: "What is it for? It is made for
    tree climbing.", "What does it include? It brings together …", "What is it? It is a dog
    harness for canicross." Round 26: never "What is the <name>?" (heldout28's raters: a
    circular question whose answer repeats it), and nothing for "Introducing the …" or a line
    that only names the kind ("is a line", "is a boat rigging tool")."""
    statement = _REASON_AFTER.split(first.strip())[0].rstrip(" .,") + "."
    rest = next(
        (
            statement[len(f"{opener} {title} ") :]
            for opener in ("The", "This", "These")
            if statement.startswith(f"{opener} {title} ")
        ),
        None,
    )
    if rest is None or not content_of(rest) - content_of(title):
        return None
    it, does = voice.subject.lower(), "do" if voice.plural else "does"
    said = f"{voice.subject} {rest}"
    if _FOR.match(rest):
        return f"What {voice.be} {it} for?", said
    if _TOGETHER.match(rest):
        return f"What {does} {it} include?", said
    if _MADE_OF.match(rest):
        return f"What {voice.be} {it} made of?", said
    what = _IS_A.match(statement.replace(title, "X"))
    if (
        what
        and what.group(3)  # round 27: "It is easy to keep clean." is no answer to "What is it?"
        and says_what_it_is(statement, title)
        and re.search(r"\b(for|with|from|in|of|that|which|to)\b", what["what"])
    ):
        return f"What {voice.be} {it}?", said
    return None
