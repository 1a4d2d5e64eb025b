"""Checks on the lines quoted for a question about where a product comes from: who makes it,
its brand, where it is made, what it is made of, whether it is certified. The material is no
certification ("Fibre: 100% merino" for "is the wool certified?")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from plugin.domain import Listing
from plugin.questions.countries import country_codes
from plugin.questions.lexicon import MATERIALS, fold, words
from plugin.questions.material_kinds import names_material_kind

# "Is the wool certified?", "zertifiziert?", "certificate atossiche?": a certification asked is
# answered by a line that names one or a test passed, not by the material it is made of
# ("Fibre: 100% merino") or the description closest in meaning.
_CERTIFIED_ASKED = re.compile(
    r"\b(?:certifi\w*|zertifi\w*|certyfik\w*|gecertificeerd\w*|certificad\w*|certificat\w*)"
)
_CERTIFIED_SAID = re.compile(
    r"\b(?:certifi\w*|zertifi\w*|certyfik\w*|certificad\w*|certificat\w*|tested|approved|"
    r"compliant|complies|conforms?|standards?|label(?:led|ed)?|seal)\b",
    re.IGNORECASE,
)


# Who makes it ("who makes the blocks?", "which brand is it?") is answered by a line naming a
# maker or the listing's brand, not by what the product does.
_MAKER_ASKED = re.compile(
    r"\bwho (?:makes|made|manufactures|manufactured|produces|produced)\b|"
    r"\b(?:which|what) (?:brand|make|manufacturer)\b|\bmanufacturer\b"
)
_MAKER_SAID = re.compile(
    r"\b(?:made by|make[sr]?|brand\w*|manufactur\w*|produced by|vendor)\b", re.IGNORECASE
)


# What it is made of, asked in so many words, is answered by a line naming a material.
_MADE_OF_ASKED = re.compile(
    r"\bmade (?:of|from|out of)\s*(?:[?.!]|$)|\bwhat (?:material|fabric)\b|"
    r"\bwhat(?:'s| is| are) (?:it|they|the \w+(?: \w+)?) made (?:of|from)\b"
)
_MADE_OF_SAID = re.compile(r"\bmade (?:of|from)\b|\bmaterial\b", re.IGNORECASE)


# Where it is made or grown is answered by a line that names a place or an origin, not by
# what it is made of (round 27).
_ORIGIN_ASKED = re.compile(
    r"\bwhere (?:is|are|was|were) (?:it|they|this|these|the [a-z -]{2,40}?) (?:made|manufactured|"
    r"produced|built|grown|sourced|from)\b|\bcountry of (?:origin|manufacture)\b|"
    r"\bmade in (?:which|what) country\b|\bwhich country\b"
)
_ORIGIN_SAID = re.compile(
    r"\b(?:made|manufactured|produced|built|grown|sourced|assembled|printed) in\b|\borigins?\b|"
    r"\bfrom (?:the )?[A-Z]"
)


# The brand asked in so many words, in the shop languages ("which brand", "jaka marka", "wer
# stellt … her"), or who is asked of: only such a question is answered by the listing's
# "Brand:" line alone.
_BRAND_ASKED = re.compile(
    r"\b(?:brand|make|maker|manufacturer|marka|marki|producent\w*|marke|hersteller\w*|"
    r"marque|fabricant\w*|marca|fabricante|produttore|merk|fabrikant|maerke|marke|merke|"
    r"tillverkare|valmistaja\w*|znack\w*|vyrobce|producer)\b|"
    # who is asked of ("whom do I pay, you or the workshop?"): the brand line names who
    r"\b(?:who|whom|komu|kogo|wem|wen|quien|kuka|kenelle|kdo)\b|"
    r"\b(?:who|wer|qui|quien|chi|wie|kto|vem|hvem|kdo) (?:makes|made|produces|stellt|fabrique|"
    r"fabrica|produce|maakt|produkuje|robi|tillverkar|laver|lager|vyrabi)\b"
)


def brand_line_only(folded: str, listing: Listing, support: Sequence[str]) -> bool:
    """Whether the only line to quote is the listing's "Brand:" line for a question that does
    not ask the brand ("can the workshop remove toning?" names the workshop; the line naming it
    says nothing of toning)."""
    if not support or not all(line.strip().lower().startswith("brand:") for line in support):
        return False
    if _BRAND_ASKED.search(folded) or _MAKER_ASKED.search(folded):
        return False
    vendor = fold(listing.vendor or "")
    return not (
        vendor
        and re.search(
            rf"\b(?:by|from|von|de|od|di|van|fra|fran|z|ze|of)\s+{re.escape(vendor.split()[0])}",
            folded,
        )
    )


def provenance_unstated(question: str, folded: str, listing: Listing, text: str) -> bool:
    """Whether ``question`` (``folded``: folded, the product's name left out) asks its origin,
    maker, material or a certification that the lines ``text`` do not state."""
    if _ORIGIN_ASKED.search(fold(question)) and not (
        _ORIGIN_SAID.search(text) or country_codes(text, "en")
    ):
        return True
    if (
        _MAKER_ASKED.search(folded)
        and not _MAKER_SAID.search(text)
        and not (listing.vendor and fold(listing.vendor) in fold(text))
    ):
        return True
    if (
        _MADE_OF_ASKED.search(folded)
        and not _MADE_OF_SAID.search(text)
        and not any(w in MATERIALS for w in words(fold(text)))
        and not names_material_kind(question, text)
    ):
        return True
    return bool(_CERTIFIED_ASKED.search(folded) and not _CERTIFIED_SAID.search(text))
