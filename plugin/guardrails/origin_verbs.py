"""English verbs of making before "in"/"from" a place ("cast in", "designed and assembled in",
"made by hand in"), "<Name>-made", and whether a capitalised word after them is where the
product is made rather than a colour ("made in Orange", not "painted in Orange")."""

from __future__ import annotations

import re

from plugin.guardrails.origin_answers import ORIGIN_QUESTION

# Verbs that say where a thing was made even before a place no library knows ("Made in Huila").
MAKING = (
    r"made|crafted|handcrafted|hand[\s-]?made|hand[\s-]?crafted|manufactured|produced|"
    r"assembled|built|sewn|woven|knit(?:ted)?|cast|forged|blown|thrown|fired|milled|roasted|"
    r"grown|harvested|bottled|brewed|distilled|printed|engineered|designed|upholstered|tanned|"
    r"carved|turned|finished|poured|packed|packaged|sourced|imported|stitched|tailored|spun|dyed|"
    r"bound|ground|blended|mixed|baked|cured|aged|smoked|pressed|dried|picked|fermented|moulded|"
    r"molded|welded|machined|glazed|painted|wound|hewn|hand[\s-]?[a-z]+ed|"
    # kitchen and drawing-board steps of making: "cooked in Leeds", "drawn by hand in Cornwall"
    r"cooked|boiled|simmered|steeped|drawn|illustrated|sketched|embroidered|engraved|etched|"
    # a catch and its preserving: "landed in Cornwall", "jarred in Umbria"
    r"caught|landed|canned|tinned|jarred|preserved|"
    # a rope's, a basket's or a rug's making: "braided in Leeds" (round 46)
    r"braided|plaited|"
    r"hand[\s-]?(?:made|woven|sewn|spun|thrown|blown|knit|cut|drawn|built|bound)"
)
# Any past participle reads as an origin verb before a known place, except these.
NOT_ORIGIN_VERBS = frozenset(
    "sold available used loved popular shipped delivered stocked found featured seen known "
    "trusted offered priced included presented dressed housed set inspired named "
    "rated ranked listed sized styled based worn enjoyed tested approved certified "
    "registered".split()
)
VERB = re.compile(
    r"\b(?P<verb>(?i:(?:hand[\s-]?)?[a-z]+ed|" + MAKING + r"))"
    r"(?P<more>(?:,?\s+(?:and|&)\s+(?i:[a-z]+ed|" + MAKING + r"))?)"
    r"(?:\s+(?i:by hand|locally|proudly|responsibly|ethically|entirely|exclusively|lovingly|"
    r"carefully|sustainably|in small batches))?"
    r"(?:\s+(?i:in|at|on)\s+(?:(?:a|an|our|the|their|its|small|little)\s+)*[a-z]+(?:\s+[a-z]+)?"
    r"(?:\s+(?i:in|from|at)|(?<!style|pirit|ition|anner|shion|e way)\s+of)"
    r"|\s+(?i:in|from|at))\s+(?:(?i:the)\s+)?(?=[A-Z])"
)  # "turned by hand in a small workshop in Florence", "grown on our farm in Oregon", "grown in
# the hills of Assam" (not "made in the style of Denmark")
NAME_MADE = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][a-z]{2,})-(?:made|crafted|built|grown|sewn|woven|forged|cast|"
    r"milled|knit|brewed|distilled|roasted)\b"
)


# Steps of making that also give a colour ("painted in Navy", "upholstered in Orange").
_COLOURING = frozenset(
    "painted dyed glazed finished upholstered printed embroidered tinted coated stained "
    "lacquered enamelled enameled bound".split()
)


def named_as_place(text: str, start: int) -> bool:
    """Whether the capitalised word at ``start`` is where the product is made, not a colour
    (round 29): after a verb of making and "in" or "from" ("made in Orange", not "painted in
    Orange"), before "-grown" or "-made" ("Orange-grown apples"), or in the answer to a
    question about where it comes from."""
    if NAME_MADE.match(text, start):
        return True
    for match in VERB.finditer(text, max(0, start - 80), start + 1):
        if match.end() == start:
            verbs = re.findall(r"[a-z]+", (match.group("verb") + match.group("more")).lower())
            return not (set(verbs) & _COLOURING) and verbs[0] not in NOT_ORIGIN_VERBS
    return any(
        q.start(g) <= start < q.end(g)
        for q in ORIGIN_QUESTION.finditer(text)
        for g in ("answer", "origin")
        if q.group(g)
    )
