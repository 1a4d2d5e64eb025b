"""The words Copydesk writes copy with in a language other than English: one data file per
language under ``data/languages/<code>.json`` (frames per fact role, questions, the label words
that tell a fact's role, "and"/"or"), read once. A shop's language code is taken at its base
("de-AT" → "de", "no"/"nn" → "nb"); a language with no file has no words (``None``)."""

from __future__ import annotations

import json
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any

from plugin.language_id import base_code

# The roles a fact may play in a sentence, in the order the prose says them.
ROLES = (
    "material",
    "ingredients",
    "includes",
    "compatibility",
    "capacity",
    "size",
    "origin",
    "certification",
    "care",
    "storage",
    "warranty",
    "options",
)


@dataclass(frozen=True)
class LanguageWords:
    """One language's words: ``frames`` (a role's sentence, ``{value}`` the listing's value,
    ``{label}`` the shop's label), ``questions`` (the FAQ's, ``other`` for a labelled fact),
    ``labels`` (a role's label words, matched at a word's start; ``skip``: never said;
    ``flags``: a shop platform's switch, never said or listed with only yes or no under it)."""

    code: str
    name: str
    conj_and: str
    conj_or: str
    colon: str
    first_line: dict[str, str]
    frames: dict[str, str]
    questions: dict[str, str]
    labels: dict[str, tuple[str, ...]]
    yes_no: frozenset[str]
    capital_kind: bool = False
    # Why a fact matters, by the keys of ``in_language_reasons.REASON_KEYS``: the sentence
    # (``say``) and how the fact is told (``words``); ``negations`` deny a fact ("nicht").
    reasons: dict[str, str] = field(default_factory=dict)
    reason_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Words that stop a material's match (``not``: "kunst" in "Kunstleder", "optik").
    reason_not: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Words read past beside a material's name (round 50: ``beside``, a tanning's words).
    reason_beside: dict[str, tuple[str, ...]] = field(default_factory=dict)
    negations: tuple[str, ...] = ()
    # What a product is for, by the English purpose's type (``in_language_reasons``): the
    # sentence, and the type's names in the language.
    purposes: dict[str, str] = field(default_factory=dict)
    purpose_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # More frames for a role, each as agreement-free as ``frames``' own (round 47): a listing
    # takes one of them by a stable hash of its title, so a catalogue does not read as one
    # template (``frame_for``).
    more_frames: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # A role's frame for a value that opens with an adjective, where the usual frame governs a
    # case the shop's nominative would break (German "aus" takes the dative).
    adjective_frames: dict[str, str] = field(default_factory=dict)
    # Round 50: the first line woven with the product's material and origin
    # (``in_language_woven``): ``material``, ``origin``, ``material_origin`` said before the
    # first line's ``end`` (default "."), which closes it again; ``woven_not``: words a frame
    # cannot take bare ("Schweiz" needs "der") or that repeat its own noun ("műanyag anyagból").
    woven: dict[str, str] = field(default_factory=dict)
    woven_not: tuple[str, ...] = ()

    def frame_for(self, role: str, seed: str = "", turn: int = 0) -> str:
        """The role's frame for a listing: ``frames[role]`` or one of ``more_frames[role]``,
        chosen by a stable hash of ``seed`` (the listing's title) and the role; the same
        listing always gets the same frame. ``turn``: how many facts of the role the draft
        said before, each taking the next frame ("Au choix : … . Déclinaisons : …")."""
        choices = (self.frames[role], *self.more_frames.get(role, ()))
        if len(choices) == 1 or not seed:
            return choices[turn % len(choices)]
        return choices[(zlib.crc32(f"{role}|{seed}".encode()) + turn) % len(choices)]


@cache
def languages_with_words() -> tuple[str, ...]:
    """The codes that have a data file."""
    root = files("plugin.generation").joinpath("data/languages")
    return tuple(sorted(p.name[:-5] for p in root.iterdir() if p.name.endswith(".json")))


def language_words_for(code: str) -> LanguageWords:
    """The words of a language known to have a file."""
    words = language_words(code)
    if words is None:
        raise KeyError(code)
    return words


@cache
def language_data(code: str) -> Mapping[str, Any] | None:
    """The parsed data file of a base code (``de``), or None where there is none: read once
    and shared by the words here, ``script_punctuation`` and ``script_variants`` (never to be
    changed by a reader)."""
    if not code.isalpha():
        return None
    path = files("plugin.generation").joinpath(f"data/languages/{code}.json")
    if not path.is_file():
        return None
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@cache
def language_words(code: str | None) -> LanguageWords | None:
    """The words for ``code``'s language, or None where no file holds them."""
    base = base_code(code)
    data = language_data(base)
    if data is None:
        return None
    return LanguageWords(
        code=base,
        name=data["name"],
        conj_and=data["conj"]["and"],
        conj_or=data["conj"]["or"],
        colon=data["colon"],
        first_line=dict(data["first_line"]),
        frames=dict(data["frames"]),
        questions=dict(data["questions"]),
        labels={role: tuple(words) for role, words in data["labels"].items()},
        yes_no=frozenset(data.get("yes_no", ())),
        capital_kind=bool(data.get("capital_kind", False)),
        reasons={key: entry["say"] for key, entry in data.get("reasons", {}).items()},
        reason_words={
            key: tuple(entry.get("words", ())) for key, entry in data.get("reasons", {}).items()
        },
        reason_not={
            key: tuple(entry["not"])
            for key, entry in data.get("reasons", {}).items()
            if entry.get("not")
        },
        reason_beside={
            key: tuple(entry["beside"])
            for key, entry in data.get("reasons", {}).items()
            if entry.get("beside")
        },
        negations=tuple(data.get("negations", ())),
        purposes={key: entry["say"] for key, entry in data.get("purposes", {}).items()},
        purpose_words={
            key: tuple(entry["words"]) for key, entry in data.get("purposes", {}).items()
        },
        adjective_frames=dict(data.get("adjective_frames", {})),
        more_frames={role: tuple(frames) for role, frames in data.get("more_frames", {}).items()},
        woven=dict(data.get("woven", {})),
        woven_not=tuple(data.get("woven_not", ())),
    )
