"""Facts whose label is no thing the product has, said with a verb that fits the label
(``label_lead``): "Form: Powdered extract" → "It comes as a powdered extract", "You get: …" →
"It gives you …", "Serve with: …" → "Serve it with …".
"""

from __future__ import annotations

import re

from plugin.generation.agreement import plural_phrase
from plugin.generation.frame_check import LOWER_AFTER_VERB
from plugin.generation.said_values import lower_first, lower_values
from plugin.generation.value_shapes import article
from plugin.generation.voice import Voice

_COURTS = re.compile(
    r"\b(turf|courts?|pitch(es)?|grass|clay|floors?|ice|tracks?|sand|tarmac|carpets?|indoors?|"
    r"outdoors?)\b",
    re.IGNORECASE,
)


_SAID_FOR = {
    **dict.fromkeys(
        ("you get", "what you get", "you receive", "what you receive", "you will get"),
        # Not "You get …": the list's own "You get: …" line would read as the same sentence
        # (the guardrails block a repeated sentence).
        "{It} {gives} you {value}",
    ),
    **dict.fromkeys(
        (
            "serve with",
            "serving suggestion",
            "serving suggestions",
            "pairs with",
            "goes with",
            "try it with",
            "good with",
        ),
        "Serve {it} with {value}",
    ),
}


DETERMINERS = frozenset(
    "a an the your one two three four five six seven eight nine ten each every all some".split()
)


# Those sentences are read for as they are: they stay in the prose beside reasons.
READ_FOR = re.compile(r"^((It|They) gives? you|Serve (it|them) with) ")


# Round 50: a fit value that counts what it goes on ("most front seats", "all 2-inch hitches").
_FITS_WHAT = re.compile(
    r"(?i:most|all|nearly all|almost all|many|any)\s+[\w–-][\w\s–\-.\"″']{1,60}?s"
)


def label_lead(name: str, value: str, voice: Voice) -> str | None:
    """A fact whose name is no thing the product has, said with a verb that fits the name
    (round 21, heldout23's "has a rubia tinctorum root source and a powdered extract form"):
    "Form: Powdered extract" → "It comes as a powdered extract"; "Source: Rubia tinctorum
    root" → "It is made from rubia tinctorum root"; "Chemical: Potassium aluminium sulphate"
    → "It is potassium aluminium sulphate"; "Positions: All positions" → "It can be used in
    all positions"; "Surface: Clay and hard courts" → "It is made for clay and hard courts";
    "Base metal: Mild steel" → "It is for use on mild steel"; "Wear time: Up to 12 hours" →
    "It can be worn for up to 12 hours". Only short values with no clause of their own."""
    lowered = name.lower().strip().replace("_", " ")
    shown = value.strip().rstrip(".")
    fitted = _FITS_WHAT.fullmatch(shown)
    if lowered in ("fit", "fits") and fitted:
        # Round 50: a fit that lists what the product goes on ("Fit: Most 28-inch frames") is
        # what it fits, not a fit it has ("It has a most … fit", "Its fit is most …").
        return f"{voice.subject} {voice.verb('fits')} {lower_first(shown)}"
    said_for = _SAID_FOR.get(lowered)
    if said_for and shown and not re.search(r"[;:()]|\b(not|no|none)\b", shown, re.I):
        # What a service gives ("You get: A written identification …") and what a food is
        # served with ("Serve with: Hard cheese, Cold meats") are said as the shop means them
        # (round 26: a service's first line was only "is a service", a chutney's "Introducing
        # the …").
        if len(shown.split()) <= 14 and not re.search(r"\d", shown.split()[0]):
            # A phrase's capital ("Cold meats", "A written …") is the list's; a name alone
            # ("Stilton") keeps it.
            said = re.sub(
                r"(^|, | and | or )([A-Z])(?=[a-z]* [a-z])",
                lambda m: m.group(1) + m.group(2).lower(),
                shown,
            )
            them = "them" if voice.plural else "it"
            first = said.split()[0]
            if said_for.startswith("{It}") and not (
                first.lower() in DETERMINERS
                or first.endswith("s")
                or first[:1].isdigit()
                or plural_phrase(said)  # round 29: "It gives you TIFF and JPEG files …"
            ):
                said = f"{article(first)} {said}"  # "It gives you a PDF report …"
            return said_for.format(it=them, It=voice.subject, gives=voice.verb("gives"), value=said)
    if (
        not shown
        or len(shown.split()) > 5
        or re.search(r"[;:()/,]|\b(not|no|none)\b", shown, re.IGNORECASE)
        or shown.lower() in ("yes", "no", "n/a")
    ):
        return None
    said = lower_values([shown])[0] if shown[:1].isupper() and not shown.isupper() else shown
    said = LOWER_AFTER_VERB.sub(lambda m: f"{m.group(1)} {m.group(2).lower()}", f"is {said}")[3:]
    subject, be = voice.subject, voice.be
    if lowered == "file format" and re.fullmatch(r"[A-Za-z0-9]{2,5}", shown):
        # Round 51: "File format: PDF" reads "It comes in PDF format", one file or a pack of
        # them (a "… file format" it "has" read as a part; "as a" would count a pack as one).
        return f"{subject} {voice.verb('comes')} in {shown.upper()} format"
    if lowered in ("form", "format") and not re.search(r"\d", shown):
        return f"{subject} {voice.verb('comes')} as {article(said)} {said}"
    if lowered in ("source", "made from") and not re.search(r"\d", shown):
        return f"{subject} {be} made from {said}"
    if lowered in ("chemical", "chemical name") and not re.search(r"\d", shown):
        return f"{subject} {be} {said}"
    if lowered in ("positions", "position") and "position" in said.lower():
        return f"{subject} can be used in {said}"
    if lowered in ("surface", "surfaces", "for use on", "use on") and _COURTS.search(said):
        return f"{subject} {be} made for {said}"
    if lowered in ("base metal", "base material", "for metals") and not re.search(r"\d", shown):
        return f"{subject} {be} for use on {said}"
    # Round 49: a plain "Metal" is what the product is made of (a bangle's, a ring's), not
    # what it works on; a welding rod's is named "Base metal" or "For metals".
    if lowered == "metal" and not re.search(r"\d", shown):
        return f"{subject} {be} made of {said}"
    if lowered == "wear time" and re.search(r"\d", shown) and re.search(r"hours?|days?", said):
        return f"{subject} can be worn for {said}"
    return None
