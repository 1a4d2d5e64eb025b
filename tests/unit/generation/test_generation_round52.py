"""Round 52: a reason from its own family only (a rule's words start a word; no goods rule on
a class or a service), hats told apart by name, a by-hand word is no use, and a bundle sold as
one simple product says what is in it. Every listing here is invented."""

from plugin.domain import Listing
from plugin.generation.compose import choose
from plugin.generation.contents_lead import grouped_lead
from plugin.generation.fact_roles import sort_facts
from plugin.generation.plan import plan_description
from plugin.generation.purpose import purpose_of
from plugin.generation.render import render_description
from plugin.generation.rule_match import rule_for
from plugin.generation.rule_scope import at_word_edge, is_service
from plugin.generation.scoring import use_words
from plugin.generation.voice import voice_of


def _prose(listing: Listing) -> str:
    plan = plan_description(listing)
    return render_description(plan, choose(plan, listing, {}, None)).split("<ul>")[0]


def test_a_rule_never_matches_inside_another_word() -> None:
    import re

    assert at_word_edge(re.compile(r"line class"), "type: online class") is None
    assert at_word_edge(re.compile(r"line class"), "tag: fly line class 5") is not None
    rule = rule_for("Type", "Online class", True, "evening pasta workshop online class")
    assert rule is None or "lure" not in " ".join(rule.reasons)


def test_no_goods_rule_speaks_of_a_class_or_a_service() -> None:
    assert is_service("knot tying lesson lesson")
    assert is_service("bicycle fitting service service")
    assert not is_service("reflective cycling vest class 3 cycling vest")
    rule = rule_for("Tag", "whetstone", True, "chisel honing service service")
    assert rule is None or rule.family in ("", "digital_services")
    goods = rule_for("Tag", "whetstone", True, "combination whetstone whetstone")
    assert goods is not None


def test_a_knitted_hat_is_not_said_to_shade() -> None:
    listing = Listing(
        external_id="t",
        title="Alpaca Bobble Hat",
        categories=["Accessories > Hats"],
        attributes={"Material": ["alpaca"]},
    )
    found = purpose_of(listing)
    assert found is not None and "warm" in found[0].does and "shade" not in found[0].does
    sun = Listing(external_id="s", title="Raffia Sun Hat", product_type="Sun hat")
    found = purpose_of(sun)
    assert found is not None and "sun" in found[0].does
    plain = Listing(external_id="p", title="Felt Homburg", categories=["Accessories > Hats"])
    assert purpose_of(plain) is None


def test_how_a_thing_was_made_by_hand_is_no_use() -> None:
    listing = Listing(
        external_id="t",
        title="Hand-Stitched Linen Table Runner",
        product_type="Table runner",
        tags=["hand embroidered", "kitchen table"],
        attributes={"Care": ["hand wash"]},
    )
    uses = use_words(listing)
    assert "hand" not in uses and "table" in uses


def test_a_simple_bundle_says_what_is_in_it() -> None:
    listing = Listing(
        external_id="t",
        title="Tea Ceremony Bundle",
        product_type="Bundle",
        children=[
            "Bamboo Whisk, price 18.00, Tines: 80",
            "Glazed Tea Bowl 400 ml, price 30.00",
            "Ladle Set of 2, price 9.00",
        ],
    )
    lead = grouped_lead(listing, sort_facts(listing), voice_of(listing.title))
    assert lead is not None
    said = lead.lead.lower()
    assert "bamboo whisk" in said and "glazed tea bowl 400 ml" in said and "ladle set of 2." in said
    assert "sold on its own" not in said
    assert "bamboo whisk" in _prose(listing).lower()
