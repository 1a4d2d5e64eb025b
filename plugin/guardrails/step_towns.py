"""A town the listing names only for a step of the making ("Designed in Harbourton"), said as
where the product is made ("Made in Harbourton"): where no country is on the listing's line,
the step is read off the verb right before the town (round 33; a town with its country was
already read through the country's steps)."""

from __future__ import annotations

import re

from plugin.guardrails.claims import Claim
from plugin.guardrails.listing_facts import ListingFacts
from plugin.guardrails.origin_facts import STEP_VERBS

_VERBS_BEFORE = re.compile(r"\b[a-z]+ed\s+(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
# Verbs of making in the clause before the town: "designed and made in", "handmade and finished in"
_MADE = re.compile(r"[a-z]*(?:ed|made|built|sewn|woven|thrown|grown|spun|knit)\b")


def town_only_for_a_step(claim: Claim, facts: ListingFacts) -> bool:
    """Every listing line that names the claim's town names it after a verb of a step
    ("designed", "assembled") that the claim does not say."""
    town = claim.about
    if claim.value is not None or not town or claim.text == town:
        return False
    steps: set[str] = set()
    seen = False
    for line in facts.lines:
        for match in re.finditer(rf"\b{re.escape(town)}\b", line):
            seen = True
            clause = re.split(r"[.;:!?,]", line[: match.start()])[-1].lower()
            said = _MADE.findall(clause) if _VERBS_BEFORE.search(clause) else []
            if not said or not all(verb in STEP_VERBS for verb in said):
                return False
            steps.update(said)
    claimed = claim.text.lower()
    return seen and not any(step in claimed for step in steps)
