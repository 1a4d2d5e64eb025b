"""A claim the title makes beside the product's name ("…, 100% Merino", "… – No Dyes",
"Fragrance-Free"), said in the prose when no sentence says it (round 45).

The raters read such a title's claim left to the title alone as the prose missing the
product's selling point. Nothing is added that the title does not say: each claim is said in
the title's own words ("It is 100% merino and free from dyes."; "has no dyes" reads to the
frame check as a denied part, so "no" is said "free from").
"""

from __future__ import annotations

import re

from plugin.generation.sentence import Role, Sentence
from plugin.generation.voice import Voice

_PIECES = re.compile(r",|\s[-–|/]\s|[()]")
_SHARE = re.compile(r"100\s?% (?P<what>[a-z][a-z -]{2,30})")
_NONE = re.compile(r"no (?P<what>[a-z][a-z -]{2,30})")
_FREE = re.compile(r"(?P<what>[a-z]{3,}(?:[ -][a-z]+)?)[ -]free")


def title_claims(title: str) -> list[tuple[str, str]]:
    """The title's claims after its first phrase, each as (what is said, what shows it said):
    ("100% merino", "merino"), ("free from dyes", "dyes"), ("fragrance-free",
    "fragrance")."""
    claims: list[tuple[str, str]] = []
    for piece in _PIECES.split(title)[1:]:
        shown = (piece or "").strip().lower()
        share, none, free = _SHARE.fullmatch(shown), _NONE.fullmatch(shown), _FREE.fullmatch(shown)
        if share:
            claims.append((f"100% {share['what'].strip()}", share["what"].strip()))
        elif none:
            claims.append((f"free from {none['what'].strip()}", none["what"].strip()))
        elif free:
            claims.append((f"{free['what'].replace(' ', '-')}-free", free["what"]))
    return claims


def with_title_claims(sentences: list[Sentence], title: str, voice: Voice) -> list[Sentence]:
    """``sentences`` with one sentence for the title's claims that none of them says, after
    them (said first, it would follow the name that says it: "the …, No Dyes has no dyes")."""
    text = " ".join(f"{s.lead} {s.fallback or ''}" for s in sentences).lower()
    text = text.replace(title.lower(), " ")
    unsaid = [said for said, shown in title_claims(title) if shown not in text]
    if not unsaid:
        return sentences
    lead = f"{voice.subject} {voice.be} {' and '.join(unsaid)}."
    claim = Sentence(Role.DETAIL, lead, facts=(), told=True, added=True)
    return [*sentences, claim]
