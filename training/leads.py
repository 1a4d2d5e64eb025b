"""Print the planner's open sentences for listings: what a training example must finish.

Usage: ``python training/leads.py listings.json [--model-reasons]`` (a JSON array in the
listing JSON format). ``--model-reasons`` leaves open the reasons no rule covers, as the planner
does for a model asked for reasons.
Prints one JSON object per listing: its title, family, and each sentence the model finishes
(``ask`` is ``hook`` or ``reason``, ``lead`` the planner's written part).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from plugin.domain import Listing  # noqa: E402
from plugin.generation.plan import plan_description  # noqa: E402


def main(path: str, model_reasons: bool) -> None:
    for raw in json.loads(Path(path).read_text(encoding="utf-8")):
        listing = Listing.from_dict(raw)
        plan = plan_description(listing, model_reasons=model_reasons)
        print(
            json.dumps(
                {
                    "external_id": listing.external_id,
                    "title": listing.title,
                    "family": plan.family,
                    "open": [{"ask": s.ask, "lead": s.lead} for s in plan.sentences if s.ask],
                },
                ensure_ascii=False,
            )
        )


if __name__ == "__main__":
    main(sys.argv[1], "--model-reasons" in sys.argv[2:])
