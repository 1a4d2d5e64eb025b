"""The channels' hard limits (``plugin.campaign.LIMITS``): a draft over one is blocked, with
the count, at the span of the field that breaks it.

These are the platforms' own limits (an email client cuts a long subject, an ad platform
refuses a 31-character headline), so a merchant's edit over a limit is blocked too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plugin.campaign import LIMITS, Channel, hashtag_sources, squash, words_in
from plugin.domain import Finding, Listing
from plugin.guardrails.findings import BLOCK, finding

RULE = "quality.limit"
# A call to action: what the button says, or the same said in the body.
CALL_TO_ACTION = re.compile(
    r"\b(?:shop|buy|order|grab|claim|get|discover|explore|browse|view|see) "
    r"(?:it |them |yours |the (?:\w+ )?(?:collection|range|sale|set) )?(?:now|today|here)\b|"
    r"\b(?:shop|buy|order|grab|claim) (?:yours|the (?:\w+ )?(?:collection|range|sale|set))\b|"
    r"\bclick here\b|\blearn more\b|\bfind out more\b",
    re.IGNORECASE,
)
_HASHTAG = re.compile(r"#(\w+)")
_CAPS_WORD = re.compile(r"\b[A-Z][A-Z0-9'’-]*[A-Z]\b")


# A field's text and where it sits in the asset's text form (``plugin.guardrails.campaign``).
Span = tuple[str, str, int, int]


def _over(start: int, end: int, text: str, message: str, hint: str) -> Finding:
    return finding(RULE, BLOCK, start, end, _short(text), message, hint)


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:39] + "…"


def check_limits(
    channel: Channel, spans: Sequence[Span], listings: Sequence[Listing]
) -> list[Finding]:
    """Blocking findings for every limit the asset breaks. ``spans``: each field's name,
    text and span in the text form, as ``plugin.guardrails.campaign.text_form`` lays them out."""
    by_name: dict[str, list[tuple[str, int, int]]] = {}
    for name, text, start, end in spans:
        by_name.setdefault(name.split("[")[0], []).append((text, start, end))
    whole = (0, max((end for *_, end in spans), default=0) or 1)
    check = {
        Channel.EMAIL: _email,
        Channel.SOCIAL: _social,
        Channel.ADS: _ads,
        Channel.COLLECTION_INTRO: _intro,
    }[channel]
    return check(by_name, whole, listings)


Fields = dict[str, list[tuple[str, int, int]]]


def _chars(fields: Fields, name: str, label: str, limit: int) -> list[Finding]:
    out = []
    for text, start, end in fields.get(name, []):
        if len(text) > limit:
            out.append(
                _over(
                    start,
                    end,
                    text,
                    f"is {len(text)} characters; {label} takes at most {limit}.",
                    f"Shorten it by {len(text) - limit} characters.",
                )
            )
    return out


def _empty(fields: Fields, name: str, label: str, whole: tuple[int, int]) -> list[Finding]:
    if any(text.strip() for text, *_ in fields.get(name, [])):
        return []
    return [finding(RULE, BLOCK, *whole, label, "is missing.", f"Write {label}.")]


def _words(
    fields: Fields, name: str, label: str, bounds: tuple[int, int], whole: tuple[int, int]
) -> list[Finding]:
    entries = fields.get(name, [])
    text = " ".join(t for t, *_ in entries)
    count = words_in(text)
    low, high = bounds
    if low <= count <= high:
        return []
    start = entries[0][1] if entries else whole[0]
    end = entries[-1][2] if entries else whole[1]
    hint = f"Add {low - count} words." if count < low else f"Cut {count - high} words."
    return [_over(start, end or 1, text, f"is {count} words; {label} takes {low}–{high}.", hint)]


def _email(fields: Fields, whole: tuple[int, int], listings: Sequence[Listing]) -> list[Finding]:
    lim = LIMITS
    out = _empty(fields, "subject", "a subject line", whole)
    out += _chars(fields, "subject", "an email subject", lim.subject_chars)
    out += _chars(fields, "preheader", "a preheader", lim.preheader_chars)
    out += _words(fields, "body", "an email body", lim.email_words, whole)
    out += _empty(fields, "cta", "a call to action", whole)
    extra = [
        (m, start)
        for text, start, _ in fields.get("body", [])
        for m in CALL_TO_ACTION.finditer(text)
    ]
    if extra:
        count = len(extra) + (1 if fields.get("cta") else 0)
        for match, base in extra:
            out.append(
                _over(
                    base + match.start(),
                    base + match.end(),
                    match.group(),
                    f"makes {count} calls to action; an email takes one, on its button.",
                    "Leave the call to action to the button.",
                )
            )
    return out


def _social(fields: Fields, whole: tuple[int, int], listings: Sequence[Listing]) -> list[Finding]:
    lim = LIMITS
    out = _chars(fields, "post", "a social post (hashtags included)", lim.social_chars)
    allowed = hashtag_sources(listings)
    for text, start, _ in fields.get("post", []):
        tags = list(_HASHTAG.finditer(text))
        if len(tags) > lim.hashtags:
            first = tags[lim.hashtags]
            out.append(
                _over(
                    start + first.start(),
                    start + tags[-1].end(),
                    " ".join(t.group() for t in tags),
                    f"is {len(tags)} hashtags; a post takes at most {lim.hashtags}.",
                    f"Keep {lim.hashtags} hashtags.",
                )
            )
        for tag in tags:
            if squash(tag.group(1)) not in allowed:
                out.append(
                    finding(
                        RULE,
                        BLOCK,
                        start + tag.start(),
                        start + tag.end(),
                        tag.group(),
                        "is not one of the products' tags or categories.",
                        "Use hashtags made from the products' tags or categories.",
                    )
                )
    return out


def _count(
    fields: Fields, name: str, label: str, bounds: tuple[int, int], whole: tuple[int, int]
) -> list[Finding]:
    count = len([t for t, *_ in fields.get(name, []) if t.strip()])
    low, high = bounds
    if low <= count <= high:
        return []
    return [
        finding(
            RULE,
            BLOCK,
            *whole,
            f"{count} {label}",
            f"are too {'few' if count < low else 'many'}: an ad takes {low} to {high} {label}.",
            f"Write {low - count} more." if count < low else f"Remove {count - high}.",
        )
    ]


def _ads(fields: Fields, whole: tuple[int, int], listings: Sequence[Listing]) -> list[Finding]:
    lim = LIMITS
    out = _count(fields, "headlines", "headlines", lim.headlines, whole)
    out += _count(fields, "descriptions", "descriptions", lim.descriptions, whole)
    out += _chars(fields, "headlines", "a headline", lim.headline_chars)
    out += _chars(fields, "descriptions", "a description", lim.description_chars)
    seen: set[str] = set()
    for text, start, end in fields.get("headlines", []):
        key = " ".join(text.lower().split())
        if key in seen:
            out.append(_over(start, end, text, "repeats another headline.", "Replace it."))
        seen.add(key)
        if "!" in text:
            at = start + text.index("!")
            out.append(
                _over(
                    at,
                    at + 1,
                    text,
                    "has an exclamation mark; headlines take none.",
                    "Remove it.",
                )
            )
    known = _written_in_caps(listings)
    for text, start, _ in [*fields.get("headlines", []), *fields.get("descriptions", [])]:
        for match in _CAPS_WORD.finditer(text):
            if match.group() in known:
                continue
            out.append(
                _over(
                    start + match.start(),
                    start + match.end(),
                    match.group(),
                    "is an all-caps word; ads take none.",
                    "Write it in normal case.",
                )
            )
    return out


def _written_in_caps(listings: Sequence[Listing]) -> set[str]:
    """Capitals the products' own facts use ("USB-C", "BPA"): a name, not shouting."""
    texts = [item.title for item in listings]
    for item in listings:
        texts += [item.vendor, *item.tags]
        for name, values in [*item.attributes.items(), *item.options.items()]:
            texts += [name, *values]
    return {m.group() for text in texts for m in _CAPS_WORD.finditer(text)}


def _intro(fields: Fields, whole: tuple[int, int], listings: Sequence[Listing]) -> list[Finding]:
    out = _empty(fields, "title", "a collection name", whole)
    out += _words(fields, "body", "a collection intro", LIMITS.intro_words, whole)
    return out
