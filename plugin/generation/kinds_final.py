"""The short description's and the meta's last pass over whole sentences (round 47).

Blind raters of the round 45 and 46 kinds marked, in both kinds, sentences that give a shopper
no reason to read on or that say the name back: a care or storage instruction set among the
selling lines, the same statement twice (once with the name, once with "it"), a kind said to be
"for" what its own name says, a handmade word the name already says "explained" by its
definition, a past participle standing alone as a sentence, and an aside that names the kind
the name already names. Each is found by its shape and the listing's own name, never by a
listing's phrase. A sentence is only ever left out while another remains.
"""

from __future__ import annotations

import re

from plugin.generation.kinds_part_measures import measured_part
from plugin.generation.name_in_prose import short_name
from plugin.generation.sentence_breaks import SENTENCE_END
from plugin.generation.singular import singular
from plugin.generation.statements import INSTRUCTION
from plugin.generation.voice import voice_of

# Care and storage said as an order ("Hand wash cold.", "Refrigerate once thawed."):
# the FAQ and the list say it; a short description or a meta gives reasons to buy.
_CARE_ORDER = re.compile(
    r"^(?:Hand[- ]wash|Machine[- ]wash|Dry[- ]clean|Wipe|Spot[- ]clean|Tumble|Line[- ]dry|Iron"
    r"|Refrigerate|Freeze|Dust|Air[- ]dry|Oil|Reshape|Rinse)\b"
)
_SUBJECT = re.compile(r"^(?:It|They)\b")
# "… is a garden planter for gardens.", "… is a tea caddy that keeps tea …".
_KIND_FOR = re.compile(
    r"\b(?:is|are) an? (?P<kind>[a-z][a-z -]{2,40}?) (?:for|that [a-z]+) (?P<rest>[^.;:]+)"
)
# "They are hand-glazed, so …", "… : the <name> is hand-woven."
_MADE_WORD = re.compile(r"\b(?:is|are) (?P<word>hand[- ]?[a-z]+)(?=[.,;]|$)")
# "Woven in Kaunas, Lithuania." — a participle with no subject or verb.
_PARTICIPLE = re.compile(
    r"^(?P<p>[A-Z][a-z]+(?:ed|en|wn|de|lt)) (?P<rest>(?:in|on|at|by|from) [^;:]+\.)$"
)
_VERB = re.compile(r"\b(?:is|are|was|were|has|have|comes?|keeps?|makes?|gives?)\b")


def _words(text: str) -> set[str]:
    return {singular(w) for w in re.findall(r"[a-z]+", text.lower())}


def _kin(one: str, two: str) -> bool:
    """Two words of one stem: "pot"/"pots", "garden"/"gardening"."""
    short, long = sorted((singular(one), singular(two)), key=len)
    return (len(short) >= 3 and short == long) or (len(short) >= 4 and long.startswith(short))


def _kind_for_itself(sentence: str) -> bool:
    """ "It is a garden planter for gardens.": the use says the kind's own word again."""
    found = _KIND_FOR.search(sentence)
    if not found:
        return False
    kind = re.findall(r"[a-z]+", found["kind"])
    rest = re.findall(r"[a-z]+", found["rest"].lower())
    return any(_kin(k, r) for k in kind for r in rest)


def _flat(word: str) -> str:
    return re.sub(r"[^a-z]", "", word.lower())


def _made_word_again(sentence: str, title: str) -> bool:
    """ "The Hand-Woven Throw is hand-woven, so each one is woven …": a handmade word
    the name says, said as the sentence's statement (before its reason, or after a colon)."""
    named = {_flat(w) for w in re.findall(r"[\w'’-]+", title)}
    for part in re.split(r", (?:so|which|and so) |: ", sentence):
        found = _MADE_WORD.search(part)
        if found and _flat(found["word"]) in named and part.rstrip(".").endswith(found[0]):
            return True
    return False


def _same_statement(one: str, two: str, names: tuple[str, ...]) -> bool:
    def bare(text: str) -> str:
        text = re.sub(r" \([^()]*\)", "", text)  # round 50: "3 cm (1.2 in)" is "3 cm"
        for name in names:
            text = re.sub(rf"^(?:The|This) {re.escape(name)}\b", "It", text)
        text = re.sub(
            r"^They (are|have)\b", lambda m: f"It {'is' if m[1] == 'are' else 'has'}", text
        )
        return " ".join(re.findall(r"[a-z0-9]+", text.lower()))

    return bare(one) == bare(two)


def _head(name: str) -> str:
    """The noun a name is about: the last word of its first phrase ("Folding Desk Lamp, LED"
    → "lamp")."""
    first = re.split(r",| with | for | in | of | [-–] |\(", name)[0]
    words = re.findall(r"[a-z]+", first.lower())
    return words[-1] if words else ""


def _aside_dropped(sentence: str, title: str) -> str:
    """ "The Knife Sharpening at the Stall, a knife sharpening, takes …": an aside whose words the
    name says already is left out; round 50: so is one that only puts another word before the
    name's own noun ("The Oak Serving Board, a kitchen board, …": raters of round 49 called
    it stilted and redundant)."""
    for name in (title, short_name(title)):
        head = f"{name}, "
        at = sentence.find(head)
        if at < 0:
            continue
        aside = re.match(r"an? (?P<kind>[a-z][a-z -]{1,40}), ", sentence[at + len(head) :])
        if aside and (
            # Round 51: "The Clay Lamp Set of 3, an oil lamp, …" calls several things one.
            _MANY.search(title)
            or _words(aside["kind"]) <= _words(name)
            or _kin(aside["kind"].split()[-1], _head(name) or "-")
        ):
            return sentence[: at + len(name)] + " " + sentence[at + len(head) + aside.end() :]
    return sentence


# A name that counts several things: "Set of 4", "Pack of 10", "Pair of …".
_MANY = re.compile(r"(?i)\b(?:set|pack|pair|box|bundle|trio) of\b")
# Round 51: "It has 2 sleeps." pasted from a label that is a verb counting people.
_PEOPLE_COUNTED = re.compile(r"\b(?P<has>has|have) (?P<n>\d+) (?P<verb>sleep|seat|feed)s\b")

_FUEL_HAD = re.compile(r"\b(?P<has>has|have) an? (?P<v>[a-z][a-z ]{1,30}?) fuel\b")
_FUEL_IS = re.compile(r"^(?P<own>Its|Their) fuel (?:is|are) ")


def _pasted_verbs(sentence: str) -> str:
    """ "The … has 2 sleeps." → "The … sleeps 2 people." (one: "one person"); a fuel had or
    named is a fuel used."""

    def said(found: re.Match[str]) -> str:
        verb = found["verb"] + ("s" if found["has"] == "has" else "")
        return f"{verb} {'one person' if found['n'] == '1' else found['n'] + ' people'}"

    sentence = _PEOPLE_COUNTED.sub(said, sentence)
    # "It has a sesame oil fuel." / "Its fuel is sesame oil." → "It uses sesame oil."
    sentence = _FUEL_HAD.sub(
        lambda f: f"{'uses' if f['has'] == 'has' else 'use'} {f['v']}", sentence
    )
    return _FUEL_IS.sub(lambda f: f"{'It uses' if f['own'] == 'Its' else 'They use'} ", sentence)


# "It is a tea caddy for loose tea." after a name that says "Tea Caddy".
_KIND_THEN_USE = re.compile(
    r"\b(?P<be>is|are) an? (?P<kind>[a-z][a-z -]{2,40}?) for (?P<rest>[^.;:]+)"
)


def _kind_said_again(sentence: str, names: tuple[str, ...]) -> str | None:
    """Round 50: "It is a <kind> for <use>." where the name says every word of the kind: the
    sentence is "It is for <use>." (the kind said again is what raters of round 49 called
    restating the title); ``None`` where the use says a word of the name too (the sentence then
    says nothing the name does not)."""
    found = _KIND_THEN_USE.search(sentence)
    if not found or not any(_words(found["kind"]) <= _words(n) for n in names):
        return sentence
    named = {w for n in names for w in re.findall(r"[a-z]+", n.lower()) if len(w) > 2}
    if any(_kin(w, r) for w in named for r in re.findall(r"[a-z]+", found["rest"].lower())):
        return None
    return (
        sentence[: found.start()] + f"{found['be']} for {found['rest']}" + sentence[found.end() :]
    )


def finished(text: str, title: str) -> str:
    """``text`` (a short description's or a meta's plain sentences) without the shapes above."""
    voice = voice_of(title)
    names = tuple(dict.fromkeys((title, short_name(title))))
    sentences = [
        _pasted_verbs(measured_part(_aside_dropped(s, title), title))
        for s in SENTENCE_END.split(text.strip())
        if s
    ]
    kept: list[str] = []
    dropped_named = False
    for index, sentence in enumerate(sentences):
        participle = _PARTICIPLE.match(sentence)
        if index and participle and not _VERB.search(participle["rest"]):
            sentence = f"{voice.subject} {voice.be} {participle['p'].lower()} {participle['rest']}"
        others = len(sentences) - index - 1 + len(kept)
        again = _kind_said_again(sentence, names)
        sentence = again or sentence
        drop = others > 0 and (
            again is None
            or bool(_CARE_ORDER.match(sentence) or INSTRUCTION.match(sentence))
            or _kind_for_itself(sentence)
            or _made_word_again(sentence, title)
            or any(_same_statement(sentence, said, names) for said in kept)
        )
        if drop:
            dropped_named = dropped_named or (not kept and any(n in sentence for n in names))
            continue
        if (dropped_named or not index) and not kept and _SUBJECT.match(sentence):
            # The first line says what the product is called, never "It has …" alone.
            sentence = _SUBJECT.sub(f"The {names[-1]}", sentence, count=1)
        kept.append(sentence)
    return " ".join(kept)
