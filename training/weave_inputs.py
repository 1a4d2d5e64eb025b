"""Print what the weaving model reads for each training listing (``plugin.generation.weave``).

Run: ``.venv/bin/python training/weave_inputs.py training/data/listings2.json > inputs.jsonl``;
one JSON line per listing, ``{"external_id", "prompt"}``: a copywriter writes the prose for
each prompt into ``training/data/weave*.jsonl`` (``{"external_id", "set", "copy"}``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from plugin.domain import DraftKind, GenerationRequest, Listing  # noqa: E402
from plugin.generation.compose import plain_draft  # noqa: E402
from plugin.generation.weave import weave_prompt  # noqa: E402


def main() -> None:
    for raw in json.loads(Path(sys.argv[1]).read_text(encoding="utf-8")):
        listing = Listing.from_dict(raw)
        draft = plain_draft(GenerationRequest(listing=listing, kind=DraftKind.DESCRIPTION))
        row = {"external_id": listing.external_id, "prompt": weave_prompt(listing, draft)}
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
