"""Round 30 (heldout32's raters, description): the families they marked, on listings written
here. A reason or purpose about a thing the listing says the product is not for; a reason that
presupposes another product's stuff; a type's purpose where a short trade word before its name
makes it another tool; "a" before a value with its own determiner; a label naming a place said
as a part; and a run of negatives closing every draft."""

from __future__ import annotations

import html
import re

from plugin.domain import DraftKind, Listing, Verdict, verdict_of
from plugin.generation.agreement import agreed
from plugin.generation.benefits import reading_listing, unfounded
from plugin.generation.compose import choose
from plugin.generation.negatives import is_negative
from plugin.generation.plan import plan_description
from plugin.generation.render import render_description
from plugin.generation.ruled_out import ruled_out
from plugin.guardrails import check


def _listing(title: str, attributes: dict[str, str | list[str]], **extra: object) -> Listing:
    return Listing(
        external_id=str(extra.pop("external_id", "r30")),
        title=title,
        description_html="",
        attributes={k: [v] if isinstance(v, str) else v for k, v in attributes.items()},
        **extra,  # type: ignore[arg-type]
    )


def _draft(listing: Listing) -> str:
    plan = plan_description(listing)
    return render_description(plan, choose(plan, listing, {}, None))


def _prose(listing: Listing) -> str:
    text = re.sub(r"<ul>.*", "", _draft(listing), flags=re.DOTALL)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


def _list(listing: Listing) -> str:
    found = re.search(r"<ul>.*", _draft(listing), flags=re.DOTALL)
    return html.unescape(found.group()) if found else ""


def _passes(listing: Listing) -> bool:
    return verdict_of(check(listing, _draft(listing), DraftKind.DESCRIPTION)) is not Verdict.BLOCK


# 1. A listing's "not for" vetoes a reason or purpose about what it rules out.


def test_a_not_for_vetoes_a_purpose_about_the_thing_it_rules_out() -> None:
    oil: dict[str, str | list[str]] = {"Volume": "50 ml", "Flash point": "95 °C"}
    said = _prose(_listing("Fig Leaf Fragrance Oil", oil, product_type="Fragrance oil"))
    assert "candles" in said, said  # the entry's purpose, where nothing rules it out
    soap_only = _listing(
        "Fig Leaf Fragrance Oil", {**oil, "Not for": "Candles"}, product_type="Fragrance oil"
    )
    prose = _prose(soap_only)
    assert "scent candles" not in prose, prose
    assert "not for candles" in prose.lower(), prose
    assert _passes(soap_only)


def test_ruled_out_reads_two_language_labels_plurals_and_text() -> None:
    assert ruled_out("helps a kite fly higher", "szél / not for: sárkányok / kites")
    assert ruled_out("so it keeps the berries fresh", "not suitable for berries or cherries")
    assert not ruled_out("so it is ready to use", "not for: outdoor use")
    assert not ruled_out("so the edge stays sharp", "material: steel")


# 2. A reason about another product's stuff: "the beans" said of what has none.


def test_a_reason_about_beans_needs_a_listing_with_beans() -> None:
    with reading_listing("toasted pumpkin seeds . roasted: in small batches"):
        assert unfounded("so the beans reach you fresh")
    with reading_listing("house blend coffee . roasted: in small batches"):
        assert not unfounded("so the beans reach you fresh")


# 3. A short trade word before a tool's name: the type's purpose is not said.


def test_a_three_letter_trade_before_a_tool_name_keeps_its_purpose_off() -> None:
    hammer = _listing(
        "Tin Hammer, Planishing Face",
        {"Head": "Polished steel, 400 g", "Handle": "Hickory"},
        tags=["tinsmithing"],
        categories=["Tinsmithing > Hammers"],
    )
    prose = _prose(hammer)
    assert "drive nails" not in prose, prose
    nails = _listing(
        "Claw Hammer, 450 g", {"Head": "Forged steel", "Handle": "Hickory"}, tags=["joinery"]
    )
    assert "drive nails" in _prose(nails)


# 4. Frames: a value with its own determiner, and a label naming a place.


def test_no_article_before_a_value_with_its_own_determiner() -> None:
    assert agreed("It fits an any standard spool.") == "It fits any standard spool."
    assert agreed("It fits a every size of hook.") == "It fits every size of hook."
    assert agreed("It has a steel frame.") == "It has a steel frame."


def test_a_label_naming_a_place_is_not_said_as_a_part() -> None:
    pegs = _listing(
        "Titanium Tent Pegs",
        {"In the bag": "8 pegs", "Material": "Titanium", "Length": "18 cm"},
        product_type="Tent pegs",
    )
    prose = _prose(pegs)
    assert "Their in the bag" not in prose and "Its in the bag" not in prose, prose
    assert "8 pegs" in _list(pegs)


# 5. One negative in the prose; the rest stay in the list.


def test_only_the_first_negative_is_said_and_the_rest_stay_listed() -> None:
    lamp = _listing(
        "Brass Oil Lamp, Ship's Pattern",
        {
            "Fuel": "Paraffin lamp oil",
            "Burn time": "12 hours",
            "Not for": "Outdoor use in wind",
            "Wick": "Not included",
            "Chimney": "Sold separately",
        },
        product_type="Oil lamp",
    )
    prose = _prose(lamp)
    negatives = [s for s in re.split(r"(?<=\.) ", prose) if is_negative(s)]
    assert len(negatives) <= 1, prose
    listed = _list(lamp)
    assert "Wick: Not included" in listed and "Chimney: Sold separately" in listed, listed
    assert _passes(lamp)


def test_a_sentence_with_more_than_a_negative_is_not_a_negative() -> None:
    assert is_negative("It is not for use in wind.")
    assert is_negative("The wick and the chimney are not included.")
    assert not is_negative("It fits most lamps and is not for use in wind.")


def test_a_not_for_leaves_the_products_own_words_heads_and_age_limits_alone() -> None:
    text = "suede brush . material: brass bristles . not for: brass buckles or polished brass"
    assert not ruled_out("so it lifts the nap of suede", text)  # "suede" is the product's
    assert not ruled_out("so the brass bristles last", text)  # said of the product elsewhere
    assert ruled_out("so buckles come up bright", text)
    assert not ruled_out("so it clips to a lead", "not for: running on a lead")
    assert not ruled_out("lets children build towers", "not suitable for children under 3")


def test_no_article_is_dropped_before_a_compound_adjective() -> None:
    assert agreed("It has an all-weather cover.") == "It has an all-weather cover."
