"""How a product is made: a machine method the draft gives ("machine-printed", "screen-printed",
"mass-produced") of a listing that says it is made by hand ("painted by hand", "handmålad",
"pintado à mão") contradicts it and blocks as a feature, unless the listing names that method
too (a hand-sewn bag with a screen-printed logo). The words of both sides, in the shop
languages, are data (``data/making_methods.json``); a draft's own denial ("not machine-made")
passes.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from plugin.domain import Finding
from plugin.guardrails.facts_record import memo
from plugin.guardrails.findings import BLOCK, finding
from plugin.guardrails.listing_facts import ListingFacts

_NEGATED = re.compile(r"\b(?:not|never|no|nor|rather than|instead of)\s+(?:[\w-]+\s+){0,2}$", re.I)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    table = json.loads((Path(__file__).parent / "data" / "making_methods.json").read_text("utf-8"))
    by_hand = re.compile(r"(?<!\w)(?:" + "|".join(table["by_hand"]) + r")", re.IGNORECASE)
    by_machine = re.compile(r"(?<![\w-])(?:" + "|".join(table["by_machine"]) + r")(?![\w-])",
                            re.IGNORECASE)  # fmt: skip
    return by_hand, by_machine


def _made_by_hand(facts: ListingFacts) -> str:
    """The listing's line that says it is made by hand, or ""."""
    by_hand, by_machine = _patterns()
    return next((ln for ln in facts.lines if by_hand.search(ln) and not by_machine.search(ln)), "")


def check_making(text: str, facts: ListingFacts) -> list[Finding]:
    _, by_machine = _patterns()
    claims = [m for m in by_machine.finditer(text)
              if not _NEGATED.search(text[max(0, m.start() - 30) : m.start()])
              and not facts.supports(m.group())]  # fmt: skip
    if not claims:
        return []
    line = memo(facts, "making.by_hand", _made_by_hand)
    if not line:
        return []
    return [
        finding(
            "accuracy.feature",
            BLOCK,
            m.start(),
            m.end(),
            m.group(),
            f"contradicts the listing, which says it is made by hand ({line}).",
            "Say how it is made as the listing does, or leave it out.",
            line,
        )  # fmt: skip
        for m in claims
    ]
