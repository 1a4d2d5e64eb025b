"""Feature claims: what is in the box and what is built in, and assembly.

An inclusion ("comes with a hard case", "includes a strap", "hose included") must be one of
the things the listing says are included ("In the box: …", "Included: …", "screws included"),
or, on a listing that does not say what is in the box, a thing it names; otherwise it is an
invented fact and blocks. So does a built-in part the listing never names ("a built-in
kickstand"), an inclusion the listing says is not included ("batteries included" of
"batteries not included"), and assembly that contradicts it ("flat-packed" of "delivered fully
assembled"). Nouns are matched by their stem and by WordNet's hypernyms (a "bag" of a listed
"pouch"); nouns that name no kind ("accessories", "extras") and warranties pass.

Here: assembly and "included in the price"; the inclusions said against the listing are
``inclusion_denials``, those it does not give ``inclusion_claims``, and what the listing's box
holds ``box_contents``.
"""

from __future__ import annotations

import re

from plugin.domain import Finding
from plugin.guardrails.denied_parts import denied_parts
from plugin.guardrails.findings import BLOCK, finding
from plugin.guardrails.inclusion_claims import not_in_the_box
from plugin.guardrails.inclusion_denials import INCLUDED, contradiction, inclusion
from plugin.guardrails.listing_facts import ListingFacts

# Assembly: what the draft says against what the listing says.
_NEEDS_ASSEMBLY = re.compile(
    r"\b(?:flat[\s-]?pack(?:ed)?|self[\s-]assembly|(?:requires|needs|some|easy|simple|quick|"
    r"home)\s+assembly|assembly (?:is )?(?:required|needed)|assemble it yourself|easy to assemble|"
    r"needs (?:to be )?assembl(?:ing|ed)|must be assembled|assembly takes|"
    r"assembly:\s*(?:required|needed|yes))\b",
    re.IGNORECASE,
)
_ASSEMBLED = re.compile(
    r"\b(?:fully|ready|pre)[\s-]?assembled|no assembly(?: (?:is )?(?:required|needed))?|"
    r"arrives assembled|delivered assembled|assembly:\s*(?:none|no|not required)\b",
    re.IGNORECASE,
)


def check_features(text: str, facts: ListingFacts) -> list[Finding]:
    low = text.lower()
    out: list[Finding] = []
    if "included" in low:
        out += [f for m in INCLUDED.finditer(text) if (f := inclusion(m, facts))]
    out += not_in_the_box(text, facts)
    out += denied_parts(text, facts, out)
    out += _in_the_price(text, out)
    if "assembl" not in low and "flat" not in low:
        return out
    listing = "\n".join(facts.lines)
    for claim, against in ((_NEEDS_ASSEMBLY, _ASSEMBLED), (_ASSEMBLED, _NEEDS_ASSEMBLY)):
        said = against.search(listing)
        if not said or claim.search(listing):
            continue
        for match in claim.finditer(text):
            line = next((ln for ln in facts.lines if against.search(ln)), "")
            out.append(contradiction(match.start(), match.end(), match.group(), line))
    return out


_IN_THE_PRICE = re.compile(r"\bincluded\s+in\s+the\s+(?:price|cost|fee)\b", re.IGNORECASE)


def _in_the_price(text: str, found: list[Finding]) -> list[Finding]:
    """ "Repairs are included in the price" of a thing the listing does not include, or says
    is charged apart: a claim about what the price pays for."""
    out = []
    for item in found:
        end = min((i for m in ".!?\n" if (i := text.find(m, item.end)) >= 0), default=len(text))
        said = _IN_THE_PRICE.search(text, item.start, end)
        if said:
            begin = said.start()
            out.append(
                finding(
                    "accuracy.price",
                    BLOCK,
                    begin,
                    said.end(),
                    text[begin : said.end()],
                    f"says the price pays for {text[item.start : item.end]!r}, which the listing "
                    "does not include.",
                    "Say only what the listing's price includes.",
                    item.fact,
                )
            )
    return out
