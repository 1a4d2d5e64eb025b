"""The copy benches draft each listing in the language a shop selling it writes copy in, record
that language in their rows and blind files, and count prose words in any script."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bench import blind_rating, model_drafts
from bench.copy_quality import copy_language_field, copy_languages, generate, prose_words, signals
from plugin.domain import GenerationResult, Listing
from plugin.generation.scoring import masked_words

FINNISH = Listing(
    external_id="fi-1",
    title="Käsin neulotut villasukat lampaanvillasta",
    product_type="Sukat",
    categories=["Vaatteet > Sukat"],
    tags=["käsityö", "villa", "lämmin talveen"],
    attributes={"Materiaali": ["lampaanvilla"], "Hoito": ["pestään käsin viileässä"]},
)
ENGLISH = Listing(
    external_id="en-1",
    title="Hand-knitted wool socks",
    product_type="Socks",
    categories=["Clothing > Socks"],
    tags=["hand knitted", "wool", "warm for winter"],
    attributes={"Material": ["sheep's wool"], "Care": ["hand wash cool"]},
)
UNSURE = Listing(external_id="u-1", title="Kit 40 cm")


def test_each_listing_gets_its_own_language_or_english() -> None:
    listings = [FINNISH, ENGLISH, UNSURE]
    assert copy_languages(listings, "listing") == ["fi", "en", "en"]
    assert copy_languages(listings, "en") == ["en", "en", "en"]
    assert model_drafts.copy_languages(listings, "listing") == ["fi", "en", "en"]
    assert copy_language_field("fi") == {"code": "fi", "name": "Finnish"}


class _Engine:
    planned = False

    def __init__(self) -> None:
        self.requests: list[Any] = []

    def generate(self, requests: list[Any]) -> list[GenerationResult]:
        self.requests = list(requests)
        return [GenerationResult("<p>x</p>", 0, 0, 0.0, "m", "p") for _ in requests]


def test_the_bench_drafts_in_each_listings_copy_language() -> None:
    engine = _Engine()
    generate(engine, [FINNISH, ENGLISH], planned=True, languages=["fi", "en"])  # type: ignore[arg-type]
    assert [r.voice.language for r in engine.requests] == ["fi", "en"]
    generate(engine, [FINNISH], planned=True)  # type: ignore[arg-type]
    assert engine.requests[0].voice.language == "en"  # as before the copy language


def test_english_word_counts_are_what_they_were() -> None:
    prose = (
        "<p>Warm socks for the cabin, knitted by hand; try them with a crème brûlée.</p>"
        "<ul><li>Wool</li></ul><p>Hand-knitted wool socks keep cold toes happy.</p>"
    )
    title = ENGLISH.title
    assert prose_words(prose, title) == masked_words(
        "Warm socks for the cabin, knitted by hand; try them with a crème brûlée.  "
        "Hand-knitted wool socks keep cold toes happy.",
        title,
    )
    assert prose_words(prose, title, "en") == prose_words(prose, title)
    assert signals([ENGLISH], [prose]) == signals([ENGLISH], [prose], ["en"])


def test_words_are_counted_in_any_script() -> None:
    greek = "<p>Ζεστές κάλτσες από μαλλί προβάτου, πλεγμένες στο χέρι.</p>"
    thai = "<p>ถุงเท้าขนแกะถักมือ ใส่สบายในฤดูหนาว</p>"
    finnish = "<p>Lämpimät villasukat pitävät varpaat lämpiminä koko talven.</p>"
    assert prose_words(greek, "", "en") == []  # the English count: no ASCII words
    assert len(prose_words(greek, "", "el")) == 8
    assert len(prose_words(thai, "", "th")) > 5
    assert len(prose_words(finnish, "", "fi")) == 7
    hindi = "<p>हाथ से बुने ऊनी मोज़े सर्दियों में गर्म रखते हैं।</p>"
    assert len(prose_words(hindi, "", "hi")) == 10  # a vowel sign does not cut a word
    assert "lämpimät" in prose_words(finnish, "", "fi")


def _rows(path: Path, rows: list[dict[str, Any]]) -> str:
    path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_blind_files_carry_the_copy_language(tmp_path: Path) -> None:
    finnish = {"code": "fi", "name": "Finnish"}
    english = {"code": "en", "name": "English"}
    a = [{"set": "s", "listing": FINNISH.to_dict(), "copy_language": finnish, "draft": "A"}]
    b = [{"set": "s", "listing": FINNISH.to_dict(), "copy_language": english, "draft": "B"}]
    blind_rating.pair(
        _rows(tmp_path / "a.json", a),
        _rows(tmp_path / "b.json", b),
        str(tmp_path / "p"),
        ("x", "y"),
    )
    blind = json.loads((tmp_path / "p_blind.json").read_text(encoding="utf-8"))
    by_draft = {row["draft"]: row["copy_language"] for row in blind}
    assert by_draft == {"A": finnish, "B": english}

    listings = _rows(tmp_path / "k_listings.json", [FINNISH.to_dict()])
    drafts = [{"external_id": "fi-1", "kind": "seo", "copy_language": finnish, "draft": "C"}]
    blind_rating.kinds(listings, str(tmp_path / "k"), [_rows(tmp_path / "d.json", drafts)])
    blind = json.loads((tmp_path / "k_blind.json").read_text(encoding="utf-8"))
    assert blind[0]["copy_language"] == finnish
    assert list(blind[0]) == ["id", "kind", "listing", "copy_language", "draft"]


def test_a_draft_without_its_copy_language_is_refused(tmp_path: Path) -> None:
    """A row with no copy language is not taken for English: a listing in another language
    labelled English would be rated as wrong-language copy."""
    listings = _rows(tmp_path / "k_listings.json", [FINNISH.to_dict()])
    drafts = [{"external_id": "fi-1", "kind": "description", "draft": "<p>Kuvaus</p>"}]
    with pytest.raises(SystemExit, match="no copy_language"):
        blind_rating.kinds(listings, str(tmp_path / "k"), [_rows(tmp_path / "d.json", drafts)])
    assert not (tmp_path / "k_blind.json").exists()
