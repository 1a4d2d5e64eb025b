"""Write ``plugin/guardrails/data/product_nouns.json`` from WordNet 3.0's noun hierarchy.

    apt-get install wordnet-base && python scripts/generate_product_nouns.py [WORDNET_DIR]

The product-type rule (``plugin/guardrails/identity.py``) asks whether the noun a draft calls
the product by can name what the listing sells: "a chair" for a sofa cannot (both are seats,
neither is the other), "a seat" or "furniture" can. WordNet's hypernyms answer that for every
thing a shop sells, so nobody lists product nouns by hand. WordNet is read here, offline, from
Debian's ``wordnet-base`` files (``/usr/share/wordnet``); the table is committed and WordNet is
not a runtime dependency.

Kept: every noun sense of an artifact or a food (WordNet's lexicographer files ``noun.artifact``
and ``noun.food``), of a game (the pastime and its kinds: a board game is sold) and of software
(a theme or a font is sold), each with its hypernyms up to the top, and whether the sense or
a hypernym is worn (WordNet's gloss says "worn": clothing, jewellery, a watch). Below: the few
shop nouns WordNet 3.0 does not have, each placed under the WordNet noun it is a kind of, and
the nouns that name no kind (a "piece", an "item").
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUT = (
    Path(__file__).resolve().parent.parent / "plugin" / "guardrails" / "data" / "product_nouns.json"
)
WORDNET = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")

LEX_ACT, LEX_ARTIFACT, LEX_BODY, LEX_FOOD = 4, 6, 8, 13
# A use is an activity (WordNet's noun.act, below its most general nouns: "racing", "camping",
# not "use" or "work") or a part of the body ("skin", "feet").
USE_DEPTH = 7
# Subtrees kept outside those two files: (lemma, gloss start) of their root.
EXTRA_ROOTS = [
    ("game", "an amusement or pastime"),
    ("game", "a contest with rules"),
    ("software", "(computer science) written programs"),
    ("font", "a specific size and style of type"),
]
# Shop nouns WordNet 3.0 lacks -> (the WordNet noun, its gloss start) they are a kind of.
ADDED = {
    "hoodie": ("sweatshirt", "cotton knit pullover"),
    "earbud": ("earphone", "electro-acoustic transducer for"),
    "powerbank": ("battery", "a device that produces electricity"),
    "power bank": ("battery", "a device that produces electricity"),
    "ebook": ("software", "(computer science) written programs"),
    "app": ("software", "(computer science) written programs"),
    "plugin": ("software", "(computer science) written programs"),
    "theme": ("software", "(computer science) written programs"),
    "template": ("software", "(computer science) written programs"),
    "joggers": ("trouser", "(usually in the plural) a garment"),
    "leggings": ("tights", "skintight knit hose"),
    "beanie": ("cap", "a tight-fitting headdress"),
    "snood": ("scarf", "a garment worn around the head or neck"),
    "gilet": ("vest", "a man's sleeveless garment"),
    "daypack": ("backpack", "a bag carried by a strap"),
    "serum": ("cosmetic", "a toiletry designed to beautify"),
    "moisturiser": ("cream", "toiletry consisting of any of various substances"),
    "moisturizer": ("cream", "toiletry consisting of any of various substances"),
    "cleanser": ("cosmetic", "a toiletry designed to beautify"),
}
# Nouns that say nothing about the kind of product: never a product-type claim.
GENERIC = (
    "accessory article attachment choice commodity design essential extra gift good goods item kit "
    "merchandise "
    "model must-have object option pack piece product range selection set staple thing unit "
    "version"
).split()
# What a person wears: a sense whose gloss says so, or one of these roots and their kinds.
_WORN = re.compile(
    r"\bworn\b|\bto wear\b|\bwearer\b|"
    r"\b(?:on|to) (?:the|your|a person's) (?:body|back|head|face|feet|wrist|neck)\b"
)
WORN_ROOTS = [
    ("jewelry", "an adornment (as a bracelet"),
    ("spectacles", "optical instrument consisting of a frame"),
]


def _definition(synset: dict) -> str:
    """The gloss without its quoted examples ("… small enough to be worn on your wrist")."""
    return synset["gloss"].split('; "')[0].split(' "')[0]


def tagged_first(folder: Path, kinds: tuple[str, ...]) -> set[str]:
    """Words WordNet's sense counts tag at least as often as ``kinds`` (2: verb; 3 and 5:
    adjective) as nouns: after "This", "keeps" is a verb, not a castle keep; in "It is a
    compact …", "compact" describes."""
    tags: dict[tuple[str, str], int] = {}
    for line in (folder / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, _, count = line.split()
        lemma, _, rest = key.partition("%")
        pos = "other" if rest.split(":")[0] in kinds else rest.split(":")[0]
        tags[lemma, pos] = tags.get((lemma, pos), 0) + int(count)
    return {
        lemma
        for (lemma, pos), n in tags.items()
        if pos == "other" and n >= tags.get((lemma, "1"), 0)
    }


def read_nouns(folder: Path) -> dict[str, dict]:
    synsets = {}
    for line in (folder / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue  # the licence header
        head, _, gloss = line.partition(" | ")
        fields = head.split()
        count = int(fields[3], 16)
        words = [re.sub(r"\(.*\)$", "", fields[4 + 2 * i]).lower() for i in range(count)]
        keys = [
            f"{w}%1:{int(fields[1]):02d}:{int(fields[5 + 2 * i], 16):02d}"
            for i, w in enumerate(words)
        ]
        at = 4 + 2 * count
        pointers = [fields[at + 1 + 4 * i : at + 5 + 4 * i] for i in range(int(fields[at]))]
        parents = [p[1] for p in pointers if p[0] in ("@", "@i") and p[2] == "n"]
        synsets[fields[0]] = {
            "lex": int(fields[1]),
            "words": [w.replace("_", " ").replace("-", " ") for w in words],
            "parents": parents,
            "gloss": gloss.strip(),
            "keys": keys,  # sense keys as cntlist.rev writes them, without the head word
        }
    return synsets


def top_senses(folder: Path, synsets: dict[str, dict]) -> dict[str, str]:
    """Each noun's most often tagged sense, by WordNet's sense counts."""
    by_key = {k.lower(): off for off, s in synsets.items() for k in s["keys"]}
    best: dict[str, tuple[int, str]] = {}
    for line in (folder / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, _, count = line.split()
        if "%1:" not in key:
            continue
        sense = by_key.get(key.rsplit(":", 2)[0].lower())
        lemma = key.partition("%")[0].replace("_", " ")
        if sense and int(count) > best.get(lemma, (0, ""))[0]:
            best[lemma] = (int(count), sense)
    return {lemma: sense for lemma, (_, sense) in best.items()}


def depth(synsets: dict[str, dict], key: str) -> int:
    steps = 0
    while synsets[key]["parents"]:
        key = synsets[key]["parents"][0]
        steps += 1
    return steps


def adverb_first(folder: Path) -> set[str]:
    """Words tagged at least as often as adverbs as adjectives ("on", "off", "fast")."""
    tags: dict[tuple[str, str], int] = {}
    for line in (folder / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, _, count = line.split()
        lemma, _, rest = key.partition("%")
        pos = {"3": "adj", "5": "adj", "4": "adv"}.get(rest.split(":")[0], "")
        tags[lemma, pos] = tags.get((lemma, pos), 0) + int(count)
    return {
        lemma
        for (lemma, pos), n in tags.items()
        if pos == "adv" and n >= tags.get((lemma, "adj"), 0)
    }


def antonyms(folder: Path) -> list[tuple[str, str]]:
    """Adjectives and their direct antonyms ("long"/"short", "high"/"low"); those more often
    adverbs ("on"/"off") are left out by the caller."""
    words: dict[str, list[str]] = {}
    pointers: list[tuple[str, int, str, int]] = []
    for line in (folder / "data.adj").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        fields = line.partition(" | ")[0].split()
        count = int(fields[3], 16)
        words[fields[0]] = [re.sub(r"\(.*\)$", "", fields[4 + 2 * i]).lower() for i in range(count)]
        at = 4 + 2 * count
        for i in range(int(fields[at])):
            symbol, target, pos, which = fields[at + 1 + 4 * i : at + 5 + 4 * i]
            if symbol == "!" and pos in ("a", "s"):
                pointers.append((fields[0], int(which[:2], 16), target, int(which[2:], 16)))
    pairs = {
        tuple(sorted((words[source][a - 1], words[target][b - 1])))
        for source, a, target, b in pointers
    }
    return sorted((a, b) for a, b in pairs if "_" not in a + b)


def find(synsets: dict[str, dict], lemma: str, gloss: str) -> str:
    return next(
        key for key, s in synsets.items() if lemma in s["words"] and s["gloss"].startswith(gloss)
    )


def main() -> None:
    synsets = read_nouns(WORDNET)
    children: dict[str, list[str]] = {}
    for key, s in synsets.items():
        for parent in s["parents"]:
            children.setdefault(parent, []).append(key)
    kept = {k for k, s in synsets.items() if s["lex"] in (LEX_ARTIFACT, LEX_FOOD)}
    for lemma, gloss in EXTRA_ROOTS:
        todo = [find(synsets, lemma, gloss)]
        while todo:
            key = todo.pop()
            if key not in kept:
                kept.add(key)
                todo += children.get(key, [])
    stored: dict[str, int] = {}
    order: list[str] = []

    def store(key: str) -> int:
        if key not in stored:
            stored[key] = len(order)
            order.append(key)
            for parent in synsets[key]["parents"]:
                store(parent)
        return stored[key]

    worn_roots = {find(synsets, lemma, gloss) for lemma, gloss in WORN_ROOTS}
    top = top_senses(WORDNET, synsets)
    by_word: dict[str, list[str]] = {}
    for key, synset in synsets.items():
        for word in synset["words"]:
            by_word.setdefault(word, []).append(key)

    def a_use(key: str) -> bool:
        synset = synsets[key]
        return synset["lex"] == LEX_BODY or (
            synset["lex"] == LEX_ACT and depth(synsets, key) >= USE_DEPTH
        )

    uses = {
        word: sorted(store(k) for k in keys if a_use(k))
        for word, keys in sorted(by_word.items())
        if re.fullmatch(r"[a-z][a-z' -]*", word)
        and (a_use(top[word]) if word in top else all(a_use(k) for k in keys))
    }
    senses: dict[str, list[int]] = {}
    for key in sorted(kept):
        for word in synsets[key]["words"]:
            if word not in GENERIC and re.fullmatch(r"[a-z][a-z' -]*", word):
                senses.setdefault(word, []).append(store(key))
    for word, (lemma, gloss) in ADDED.items():
        senses.setdefault(word, []).append(store(find(synsets, lemma, gloss)))
    table = {
        "uses": uses,
        "antonyms": [pair for pair in antonyms(WORDNET) if not set(pair) & adverb_first(WORDNET)],
        "about": (
            "Product nouns and their WordNet hypernyms, written by "
            "scripts/generate_product_nouns.py from WordNet 3.0 (do not edit by hand). "
            "nouns: noun -> its senses; parents[i]: the hypernyms of sense i; worn: the senses "
            "whose gloss says they are worn; uses: activities and body parts a product may be "
            "for; antonyms: adjective pairs; secondary: nouns most often not a product; "
            "verb_first, adjective_first: nouns more often verbs, adjectives; generic: nouns "
            "that name no kind of product."
        ),
        "licence": (
            "WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. "
            "Permission to use, copy, modify and distribute this software and database and its "
            "documentation for any purpose and without fee or royalty is hereby granted, "
            "provided that you agree to comply with the copyright notice and statements, "
            'including the disclaimer (THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND '
            "PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED), "
            "and that the same appear on ALL copies. The name of Princeton University may not "
            "be used in advertising or publicity pertaining to distribution."
        ),
        "generic": GENERIC,
        "nouns": {w: sorted(set(ids)) for w, ids in sorted(senses.items())},
        "parents": [[stored[p] for p in synsets[key]["parents"]] for key in order],
        "secondary": sorted(
            w for w in senses if w in top and top[w] not in kept and w not in ADDED
        ),
        "verb_first": sorted(w for w in tagged_first(WORDNET, ("2",)) if w in senses),
        "adjective_first": sorted(w for w in tagged_first(WORDNET, ("3", "5")) if w in senses),
        "worn": [
            i
            for i, key in enumerate(order)
            if _WORN.search(_definition(synsets[key])) or key in worn_roots
        ],
    }
    OUT.write_text(json.dumps(table, separators=(",", ":")) + "\n")
    print(f"{OUT}: {len(table['nouns'])} nouns, {len(order)} senses")


if __name__ == "__main__":
    main()
