"""Drafts of any listings file from the embedded model, for writing labelled evaluation sets.

Usage: ``.venv/bin/python bench/model_drafts.py LISTINGS.json OUT.json [--path planned|plain]
[--kind description|short_description|seo|faq]``. LISTINGS is a JSON list in the format of
docs/listing-json.md; OUT gets ``[{"external_id", "kind", "copy_language", "draft"}]`` in the
same order (``copy_language``: ``{"code", "name"}``, the language the shop writes copy in: by
default the listing's own, ``--copy-language en`` for English throughout). ``planned``
is what the pipeline runs (the content plan, the adapter when there is one, each sentence checked);
``plain`` is the embedded model alone with one few-shot prompt a listing (no plan, no adapter), the
path a set uses for drafts nobody here shaped. A listing the plain path fails gets an empty draft.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.copy_quality import copy_language_field, copy_languages  # noqa: E402
from plugin.domain import (  # noqa: E402
    DraftKind,
    GenerationRequest,
    GenerationResult,
    Listing,
    ShopVoice,
)
from plugin.engine import sentence_passes  # noqa: E402
from plugin.generation import EngineSettings, PartialGenerationError, build_engine  # noqa: E402
from plugin.generation.engine import PromptedEngine  # noqa: E402
from plugin.guardrails.listing_input import listing_from_json  # noqa: E402


def drafts(
    listings: list[Listing], kind: DraftKind, planned: bool, languages: list[str] | None = None
) -> list[str]:
    settings = EngineSettings(
        engine="transformers", model_cache_dir=REPO / "instance" / "models", device="cpu"
    )
    engine = build_engine(settings if planned else replace(settings, adapter="off"))
    assert isinstance(engine, PromptedEngine)
    engine.sentence_check = sentence_passes
    engine.planned = planned
    languages = languages or ["en"] * len(listings)
    requests = [
        GenerationRequest(listing=item, kind=kind, voice=ShopVoice(language=lang))
        for item, lang in zip(listings, languages, strict=True)
    ]
    try:
        results = list(engine.generate(requests))
    except PartialGenerationError as exc:
        results = [r or GenerationResult("", 0, 0, 0.0, "", "") for r in exc.results]
    return [r.text for r in results]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("listings")
    parser.add_argument("out")
    parser.add_argument("--path", choices=("planned", "plain"), default="planned")
    parser.add_argument("--kind", choices=[k.value for k in DraftKind], default="description")
    parser.add_argument(
        "--copy-language",
        choices=("listing", "en"),
        default="listing",
        help="listing: each listing drafted in its own language (English when unsure); en: all "
        "in English",
    )
    args = parser.parse_args()
    raw = json.loads(Path(args.listings).read_text(encoding="utf-8"))
    listings = [listing_from_json(item) for item in raw]
    languages = copy_languages(listings, args.copy_language)
    texts = drafts(listings, DraftKind(args.kind), args.path == "planned", languages)
    rows = [
        {
            "external_id": item.external_id,
            "kind": args.kind,
            "copy_language": copy_language_field(lang),
            "draft": text,
        }
        for item, lang, text in zip(listings, languages, texts, strict=True)
    ]
    Path(args.out).write_text(json.dumps(rows, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"{len(rows)} drafts in {args.out}")


if __name__ == "__main__":
    main()
