"""Inclusions and built-in parts the listing does not give: "comes with a hard case", "includes
a strap", "a built-in kickstand", "a pump comes in the box", "It has a fold-out stand"; and a
thing said to come in the box that the listing says is not included."""

from __future__ import annotations

import re

from plugin.domain import Finding
from plugin.guardrails.box_contents import (
    box_lines,
    given,
    head_noun,
    in_a_box_line,
    not_included,
)
from plugin.guardrails.findings import BLOCK, finding
from plugin.guardrails.inclusion_denials import NO_THING
from plugin.guardrails.listing_facts import ListingFacts

# What the draft says comes with the product, and what it says is built in.
# "comes filled with", "ships pre-loaded with" (round 29): what it is filled or fitted with
# comes with it.
_FILLED = (
    r"(?:(?:already|pre)[ \t-]?)?(?:filled|loaded|fitted|strung|spooled|packed|stocked|equipped)"
)
_WITH = re.compile(
    r"\b(?:(?:comes?|ships?|arrives?|supplied|delivered|sold)\s+"
    r"(?P<filled>" + _FILLED + r"\s+)?with|"
    r"includes?|"
    r"(?P<built>built-in|integrated|in-built|"
    # a part the product is said to have: "It has a fold-out stand" (round 37)
    r"(?:it|they|each)[ \t]+(?:has|have|features?)(?=[ \t]+an?[ \t]))(?=\s))"
    r"\s+(?P<what>(?:[^.;:!?\n]|\.\d){2,80})|"
    r"\b(?P<thing>(?:[\w-]+[ \t]+){0,2}[\w-]+)[ \t]+(?:(?:is|are)[ \t]+)?included"
    r"(?=[ \t]*(?:[.,;!?)\n]|$|(?:and|in|with|as|to|for)\b))|"
    # "A pump comes with it", "Two brushes come in the box" (round 28): the thing before
    r"\b(?P<before>(?:[\w-]+[ \t]+){0,4}?[\w-]+)[ \t]+(?:comes?|is|are)[ \t]+(?:also[ \t]+)?"
    r"(?:with[ \t]+(?:it|them)|in[ \t]+the[ \t]+(?:box|pack|package|kit|set|parcel))\b|"
    # "The strings come already fitted", "a filter comes pre-installed" (round 29)
    r"\b(?P<fitted>(?:[\w-]+[ \t]+){0,4}?[\w-]+)[ \t]+(?:comes?|arrives?)[ \t]+"
    r"(?:already[ \t]+|pre-?)(?:fitted|spooled|installed|loaded|attached|mounted|strung|filled|"
    r"wound)\b",
    re.IGNORECASE,
)
_PARTS_FITTED = re.compile(r"fitted|strung|spooled|equipped", re.IGNORECASE)
_ANY_WITH = re.compile(
    r"\bwith\b|includ|built-in|integrated|in-built|in the|already|\bha(?:s|ve)\b|\bfeature|"
    r"\bpre-?(?:fitted|spooled|installed|loaded|attached|mounted|strung|filled|wound)",
    re.IGNORECASE,
)
# "…, and the lid locks …": a new clause with its own subject ends the list
_WHAT_END = re.compile(
    r"\s+(?:so|for|to|that|which|who|while|when|if|because|in|on|at|from|with)\b|\s+-\s"
    r"|,\s+(?:and|but)\s+(?:the|its|it|this|they|there|you)\b",
    re.IGNORECASE,
)
_ITEM = re.compile(r",|\s+(?:and|or|plus|&)\s+", re.IGNORECASE)
_NOT_INCLUDED = re.compile(r"(?:\bnot|\bnever|n't)[ \t]+(?:be[ \t]+)?included$", re.I)
_DENIED_THING = re.compile(r"\b(?:no|not|nor|without|never)\b", re.IGNORECASE)
_PRONOUN = re.compile(r"(?:it|this|that|they|these|everything|all|what|which)", re.IGNORECASE)


def not_in_the_box(text: str, facts: ListingFacts) -> list[Finding]:
    """Inclusions and built-in parts the listing does not give."""
    out: list[Finding] = []
    if not _ANY_WITH.search(text):
        return out
    box = box_lines(facts)
    for match in _WITH.finditer(text):
        if match.group("thing") and (
            _NOT_INCLUDED.search(match.group()) or NO_THING.match(match.group("thing"))
        ):
            continue  # "the frame is not included": a denial, which claims nothing comes with it
        lead = match.group("before") or match.group("fitted")
        if lead and (_DENIED_THING.search(lead) or _PRONOUN.fullmatch(lead)):
            continue  # "no batteries come in the box"; "everything comes with it"
        group = next(g for g in ("what", "thing", "before", "fitted") if match.group(g))
        what, start = match.group(group), match.start(group)
        if group in ("before", "fitted"):
            what, start = _the_thing_before(what, start)
        what = re.sub(r"\s+(?:is|are)$", "", _WHAT_END.split(what)[0], flags=re.IGNORECASE)
        # a part said to come fitted is given by any word of the listing, as a built-in part is
        # and so is what it comes fitted or strung with: a part of it, not a thing in the box
        # ("arrives fitted with gut strings" of a listing that names them, round 39); what it
        # comes filled or packed with is its contents, which the box must give
        fitted = group == "fitted" or bool(_PARTS_FITTED.search(match.group("filled") or ""))
        built_in = bool(match.group("built"))
        if built_in and _HAS.fullmatch(match.group("built")) and _a_list_or_figure(what):
            continue  # "It has an engine, two wagons and track", "It has a 700 mm lens"
        pos = 0
        for piece in _ITEM.split(what):
            offset = what.index(piece, pos) if piece else pos
            pos = offset + len(piece)
            head = head_noun(piece)
            # what the listing says is not included needs no product noun: "line and backing"
            word = head or (
                next(iter(re.findall(r"[a-z]{3,}", piece.lower())[::-1]), "") if fitted else ""
            )
            if word and group != "thing" and not built_in and not_included(word, facts):
                out.append(denied_inclusion(text, start + offset, piece, facts, word))
                continue
            if not head or given(piece, head, facts, box, built_in or fitted):
                continue
            if group == "before" and (
                in_a_box_line(head, box)
                or any(_INCLUDED_ABROAD.search(line) for line in facts.lines)
            ):
                continue  # "the converter that comes in the box" of "converter (included)"
            lead = re.match(r"\s*(?:(?:a|an|the|its|two|one|\d+)\s+)*", piece)
            begin = start + offset + (lead.end() if lead else 0)
            end = start + offset + len(piece.rstrip())
            line = box[0] if box and not built_in else ""
            said = f"the listing says: {line}" if line else "the listing does not give it"
            out.append(
                finding(
                    "accuracy.feature",
                    BLOCK,
                    begin,
                    end,
                    text[begin:end],
                    f"is not what the listing says comes with it ({said}).",
                    "Name only what the listing says is included or built in.",
                    line,
                )
            )
    return out


# "It has a …": a part the product is said to have, judged only when it is one part with no
# figure (a list of parts is read against a listing in another language word for word; a
# measured part is the number rule's).
_HAS = re.compile(r"(?:it|they|each)\s+(?:has|have|features?)", re.IGNORECASE)


def _a_list_or_figure(what: str) -> bool:
    return len(_ITEM.split(what)) > 1 or bool(re.search(r"\d", what))


_RELATIVE = re.compile(r"\s+(?:that|which)$", re.IGNORECASE)
_PLACE = re.compile(r"^.*\b(?:on|in|into|from|at|under|onto|to|by)\s+", re.IGNORECASE)
_PURPOSE = re.compile(r"(?:^|\s+)(?:for|of|with)\b.*$", re.IGNORECASE)
# "included" in the shop languages: a listing that says in its own language what comes with it
# cannot be read word for word against an English draft's "… comes with it".
_INCLUDED_ABROAD = re.compile(
    r"\b(?:inclu[íi]d[oa]s?|inclus[oae]?|inclu(?:se|ses)|enthalten|inbegriffen|mitgeliefert|"
    r"meegeleverd|inbegrepen|inkluderad|inkluderet|inkludert|medfølger|medföljer|w zestawie|"
    r"součástí|mukana)\b",
    re.IGNORECASE,
)


def _the_thing_before(what: str, start: int) -> tuple[str, int]:
    """The thing of "… comes with it": "the tray" of "fuel tablets on the tray that comes with
    it", "a hex key" of "a hex key for fitting is in the box"."""
    what = _RELATIVE.sub("", what)
    place = _PLACE.match(what)
    if place and place.end() < len(what):
        what, start = what[place.end() :], start + place.end()
    purpose = _PURPOSE.search(what)
    if purpose and purpose.start() > 0:
        what = what[: purpose.start()]
    elif purpose:  # "With the hanger that comes with it": the thing after the lead word
        lead = re.match(r"\w+\s+", what)
        if lead:
            what, start = what[lead.end() :], start + lead.end()
    return what, start


def denied_inclusion(text: str, at: int, piece: str, facts: ListingFacts, head: str) -> Finding:
    """ "A chain tool comes in the box" of "a chain tool (not included)" (round 28)."""
    lead = re.match(
        r"\s*(?:(?:and|a|an|the|its|two|one|\d+(?!\s*[a-z]{1,3}\s+of\b))\s+)*", piece, re.I
    )
    begin = at + (lead.end() if lead else 0)
    end = at + len(piece.rstrip())
    line = next(
        (ln for ln in facts.lines if "not included" in ln.lower() and head in ln.lower()),
        next((ln for ln in box_lines(facts) if head in ln.lower()), ""),
    )
    return finding(
        "accuracy.feature",
        BLOCK,
        begin,
        end,
        text[begin:end],
        f"is something the listing says is not included (it says: {line}).",
        "Name only what the listing says is included.",
        line,
    )
