"""Telling which language a text is written in: one place for Copydesk's language identifier.

The identifier is py3langid (langid.py's maintained fork; see docs/questions.md for why): the
shoppers' questions (``plugin/questions/language.py``) ask it to choose among the languages
Copydesk has fixed replies in, and a listing's language (:func:`listing_language`) is chosen
among every language it knows. Codes are normalised here too (``"de-AT"`` → ``"de"``, py3langid's
``"no"`` → ``"nb"``), and named with Babel's CLDR data (:func:`language_name`).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Iterable
from typing import Any

# Codes that name one we use; py3langid calls Norwegian "no".
ALIASES = {"no": "nb", "nn": "nb", "nob": "nb", "english": "en"}
# Our codes that py3langid spells otherwise.
LANGID_CODES = {"nb": "no"}

_identifiers: dict[tuple[str, ...], Any] = {}
_lock = threading.Lock()


def base_code(code: str | None) -> str:
    """``"de-AT"`` → ``"de"``, ``"pt_BR"`` → ``"pt"``, ``"no"`` → ``"nb"``; empty → ``"en"``."""
    base = (code or "en").strip().lower().replace("_", "-").split("-")[0] or "en"
    return ALIASES.get(base, base)


def identifier(languages: Iterable[str] = ()) -> Any:
    """py3langid's identifier (probabilities normalised), loaded once per set of languages;
    ``languages`` (our codes) restricts it, none gives every language it knows."""
    key = tuple(languages)
    with _lock:
        found = _identifiers.get(key)
        if found is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            found = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
            if key:
                found.set_languages([LANGID_CODES.get(c, c) for c in key])
            _identifiers[key] = found
        return found


def language_name(code: str, locale: str = "en") -> str:
    """The language's name in ``locale`` from CLDR ("fi" → "Finnish", "pt-BR" → "Portuguese
    (Brazil)"), the code when CLDR has none."""
    from babel import Locale, UnknownLocaleError

    try:
        ui = Locale.parse(locale)
        name = ui.languages.get(base_code(code))
        parts = code.replace("_", "-").split("-")
        region = parts[1].upper() if len(parts) > 1 and len(parts[1]) == 2 else ""
        if name and ui.territories.get(region):
            name = f"{name} ({ui.territories[region]})"
    except (UnknownLocaleError, ValueError):
        name = None
    return name or code


# --- a listing's language --------------------------------------------------------------------

# A listing of fewer words than this (its units and codes left out) is too short to tell.
MIN_LISTING_WORDS = 4
# How sure the identifier must be of a listing in the Latin script (its close kin counted with it).
LISTING_CONFIDENCE = 0.75
# Share of a listing's letters another script than Latin must have to decide: a listing in two
# languages ("native / English") is taken to be in its native one, the first.
SCRIPT_SHARE = 0.25
# Languages py3langid tells apart that a listing's words cannot (a pidgin, a dialect): their
# probabilities count with the first's.
KIN = (
    ("en", "pcm"),
    ("zh", "yue", "wuu"),
    ("hr", "bs", "sr", "cnr"),
    ("id", "ms", "jv"),
    ("da", "nb"),
    ("lv", "ltg"),
    ("es", "an", "ext"),
)
# Kin a shop's listing is written in the first of, whatever the identifier leans to: a Nigerian
# Pidgin guess is English, a Cantonese or Wu one written Chinese, and a Javanese one Indonesian
# (shared craft words such as "anyaman" or "pandan" pull Indonesian listings towards Javanese).
WRITTEN_AS_FIRST = frozenset({"pcm", "yue", "wuu", "jv"})

# Scripts that one language writes (among those py3langid knows).
_SCRIPT_LANGUAGE = {
    "GREEK": "el",
    "HEBREW": "he",
    "GEORGIAN": "ka",
    "ARMENIAN": "hy",
    "THAI": "th",
    "HANGUL": "ko",
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
    "LAO": "lo",
    "KHMER": "km",
    "SINHALA": "si",
    "TAMIL": "ta",
    "BENGALI": "bn",
    "ETHIOPIC": "am",
    "GUJARATI": "gu",
    "GURMUKHI": "pa",
    "KANNADA": "kn",
    "MALAYALAM": "ml",
    "TELUGU": "te",
    "ORIYA": "or",
    "TIBETAN": "dz",
    "MYANMAR": "my",
}
# Scripts several languages write: the identifier chooses among these.
_SCRIPT_LANGUAGES = {
    "CYRILLIC": ("ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "mn", "tg"),
    "ARABIC": ("ar", "fa", "ur", "ps", "ku", "ug"),
    "DEVANAGARI": ("hi", "mr", "ne"),
    "CJK": ("zh", "ja"),
}
# Units, sizes and codes that say nothing of the language ("cm", "xl", "ml").
_UNITS = frozenset(
    "mm cm m km g kg mg ml cl dl l oz lb lbs in ft yd mph kmh w kw v mah h min s xs xl xxl "
    "xxxl pcs pc pk qty sku ean upc usb led lcd hd uv ph".split()
)
_LISTING_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    if name.startswith("CJK") or name.startswith("IDEOGRAPHIC"):
        return "CJK"
    return name.split(" ")[0] if name else ""


def listing_words(listing: Any) -> list[str]:
    """The words a listing is written in: its title, product type, categories, tags, and its
    attributes' and options' names and values; not its SKUs, vendor, numbers or units."""
    parts: list[str] = [listing.title, listing.product_type, *listing.categories, *listing.tags]
    for table in (listing.attributes, listing.options):
        for name, values in table.items():
            parts.append(name.replace("_", " "))
            parts.extend(str(v) for v in values)
    skus = {listing.sku.lower(), *(v.sku.lower() for v in listing.variants)} - {""}
    words = []
    for part in parts:
        for word in _LISTING_WORD.findall(part or ""):
            folded = word.lower()
            if folded in _UNITS or folded in skus or (len(word) == 1 and word.isascii()):
                continue
            words.append(word)
    return words


def text_language(words: list[str]) -> str | None:
    """The language ``words`` are written in over every language py3langid knows, or None when
    unsure (too few words, two languages mixed, a script no language of ours writes)."""
    letters = Counter(_script(c) for w in words for c in w if c.isalpha())
    # each word counts once, in its script (a syllable of Hangul is as much a word as "pine")
    scripts = Counter(
        Counter(_script(c) for c in w if c.isalpha()).most_common(1)[0][0]
        for w in words
        if any(c.isalpha() for c in w)
    )
    total = sum(scripts.values())
    if not total:
        return None
    others = [(s, n) for s, n in scripts.most_common() if s != "LATIN"]
    script, count = scripts.most_common(1)[0]
    if others and others[0][1] / total >= SCRIPT_SHARE:
        script, count = others[0]
    if script != "LATIN" and count / total >= SCRIPT_SHARE:
        if script == "CJK" and (letters["HIRAGANA"] + letters["KATAKANA"]):
            return "ja"
        if script in _SCRIPT_LANGUAGE:
            return _SCRIPT_LANGUAGE[script]
        if script == "CJK" and letters["HANGUL"]:
            return "ko"
        candidates = _SCRIPT_LANGUAGES.get(script)
        if candidates is None:
            return None
        text = " ".join(w for w in words if any(_script(c) == script for c in w))
        ranked = _ranked(text, candidates)
        return ranked[0][0] if ranked and ranked[0][1] >= 0.5 else None
    if script != "LATIN" or len(words) < MIN_LISTING_WORDS:
        return None
    latin = [w for w in words if all(_script(c) == "LATIN" for c in w if c.isalpha())]
    ranked = _ranked(" ".join(latin), ())
    if not ranked:
        return None
    best = ranked[0][0]
    kin = next((group for group in KIN if best in group), (best,))
    if sum(p for lang, p in ranked if lang in kin) < LISTING_CONFIDENCE:
        return None
    return kin[0] if best in WRITTEN_AS_FIRST else best


def _ranked(text: str, candidates: Iterable[str]) -> list[tuple[str, float]]:
    """(code, probability) best first, our codes, over ``candidates`` (none: every language)."""
    merged: dict[str, float] = {}
    for code, p in identifier(tuple(candidates)).rank(text):
        lang = ALIASES.get(code, code)
        merged[lang] = merged.get(lang, 0.0) + float(p)
    return sorted(merged.items(), key=lambda item: -item[1])


def listing_language(listing: Any) -> str | None:
    """The language a listing is written in (a code such as ``"fi"``), or None when its words
    are too few or mixed to tell."""
    return text_language(listing_words(listing))


def language_notice(listing: Any, copy_language: str, ui_locale: str = "en") -> str:
    """The note a draft carries when its listing is written in another language than the one
    the shop writes copy in (``""`` when it is not, or when the listing's language is unsure).
    Not a guardrails finding: it changes no verdict."""
    found = listing_language(listing)
    shop = base_code(copy_language)
    if found is None or found == shop:
        return ""
    listing_name = language_name(found, ui_locale)
    shop_name = language_name(shop, ui_locale)
    return (
        f"This listing is written in {listing_name}; the shop writes copy in {shop_name}. "
        f"Set the copy language in Settings to write in {listing_name}."
    )
