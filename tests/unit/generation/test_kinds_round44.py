"""Round 44: the kinds after heldout46's notes on English listings, on listings invented here.
A FAQ asks a label as a shopper asks it: a count a participle label gives by its verb, a
measured "-ing" noun and a noun ending "-eed", which edition it is, what language it is in,
what terms rule out, a range of sizes, "in each" container; a FAQ of one or two questions also
asks what the title says. An amount given as a size is how much is in it; a thin listing whose
one fact is an amount or a count per pack says it plainly. A subtitle "…: A …" is one thing; a
seller's note in brackets is not in the SEO title, the meta or the short description."""

from __future__ import annotations

import json

from plugin.domain import DraftKind, Listing
from plugin.generation.kinds_lead import _PARTICIPLE_LABEL
from plugin.generation.name_in_prose import without_seller_note
from plugin.generation.voice import voice_of
from tests.unit.generation.planner_drafts import draft, faq, text_of

# An invented cookbook: a count by a participle label, a language, an edition, terms.
_COOKBOOK = Listing(
    external_id="r44-cookbook",
    title="Soups of the Hebrides: A Kitchen Notebook",
    product_type="Cookbook",
    options={"Binding": ["Paperback", "Hardback"]},
    attributes={
        "Recipes included": ["64"],
        "Language": ["Scottish Gaelic"],
        "Edition": ["3rd edition, 2024"],
    },
)


def test_a_count_by_its_verb_a_language_and_one_thing() -> None:
    answers = faq(_COOKBOOK)
    assert answers.get("How many recipes does it include?") == "It includes 64 recipes.", answers
    assert answers.get("What language is it in?") == "It is in Scottish Gaelic.", answers
    assert not any(q.startswith(("What is the language", "What is the edition")) for q in answers)
    assert not voice_of(_COOKBOOK.title).plural
    assert voice_of("Hand Trowels with Ash Handles").plural


def test_which_edition_and_what_terms_rule_out() -> None:
    thin = Listing(
        external_id="r44-atlas",
        title="Tide Atlas of the Solent",
        product_type="Atlas",
        attributes={"Edition": ["2nd edition, 2025"], "Terms": ["No resale of the charts"]},
    )
    answers = faq(thin)
    assert answers.get("Which edition is it?") == "It is the 2nd edition, 2025.", answers
    assert answers.get("What do the terms rule out?") == "The terms allow no resale of the charts."


# An invented door knocker: the size and the material in its name, a measured "-ing" noun.
_KNOCKER = Listing(
    external_id="r44-knocker",
    title="Brass Door Knocker 6 in",
    product_type="Door knocker",
    attributes={
        "Height": ["6 in"],
        "Hole spacing": ["3.5 in"],
        "Material": ["brass"],
        "Fixing": ["through-bolted, bolts not included"],
    },
)


def test_a_thin_faq_asks_a_measured_noun_and_what_the_title_says() -> None:
    answers = faq(_KNOCKER)
    assert "The hole spacing is 3.5 in." in answers.values(), answers
    assert answers.get("How tall is it?") == "It is 6 in high.", answers  # round 49: its own
    assert len(answers) >= 3


def test_a_noun_ending_eed_and_a_range_of_sizes() -> None:
    mower = Listing(
        external_id="r44-mower",
        title="Ride-On Lawn Mower",
        product_type="Mower",
        attributes={"Top speed": ["8 km/h"], "Cutting widths": ["76–102 cm"]},
    )
    answers = faq(mower)
    assert "The top speed is 8 km/h." in answers.values(), answers
    needles = Listing(
        external_id="r44-needles",
        title="Bamboo Knitting Needle Set, 9 Pairs",
        product_type="Knitting needles",
        attributes={"Diameters": ["2–6 mm"], "Pouch": ["cotton roll"]},
    )
    said = faq(needles)
    assert "It has diameters from 2 to 6 mm." in said.values(), said
    assert not any(a.startswith("It has a 2") for a in said.values())


def test_an_amount_size_is_how_much_is_in_it() -> None:
    balm = Listing(
        external_id="r44-balm",
        title="Seaweed Bath Soak",
        product_type="",
        attributes={"Size": ["6 oz"]},
    )
    assert faq(balm) == {"How much is in it?": "It contains 6 oz."}
    short = text_of(draft(balm, DraftKind.SHORT_DESCRIPTION))
    assert short.endswith("Seaweed Bath Soak comes in a 6 oz size."), short
    assert "measures 6 oz" not in json.loads(draft(balm, DraftKind.SEO))["description"]


def test_a_count_per_pack_is_said_plainly() -> None:
    seeds = Listing(
        external_id="r44-seeds",
        title="Dwarf French Bean Seeds",
        product_type="",
        attributes={"Seeds per packet": ["40"]},
    )
    assert faq(seeds) == {"How many seeds are in each packet?": "Each packet has 40 seeds."}
    for kind in (DraftKind.SHORT_DESCRIPTION, DraftKind.SEO):
        said = draft(seeds, kind)
        said = text_of(said) if kind is DraftKind.SHORT_DESCRIPTION else said
        assert "Introducing the" not in said and "packets of 40" in said, said


def test_a_choice_of_a_plural_label_is_asked_in_the_singular() -> None:
    rug = Listing(
        external_id="r44-rug",
        title="Braided Jute Rug",
        product_type="Rug",
        options={"Borders": ["Plain", "Fringed"], "Shapes": ["Round", "Oval"]},
        attributes={"Pile": ["flat weave"]},
    )
    questions = list(faq(rug))
    assert not any(" options are there" in q and "s options" in q for q in questions), questions


def test_a_sellers_note_is_left_out_of_the_short_kinds() -> None:
    kayak = Listing(
        external_id="r44-kayak",
        title="Sit-On-Top Kayak (shipped by our partner)",
        product_type="Kayak",
        attributes={"Length": ["3.1 m"], "Seats": ["2"], "Weight limit": ["up to 180 kg"]},
    )
    seo = json.loads(draft(kayak, DraftKind.SEO))
    assert seo["title"] == "Sit-On-Top Kayak", seo
    assert "partner" not in seo["description"], seo
    assert "partner" not in draft(kayak, DraftKind.SHORT_DESCRIPTION)
    assert without_seller_note("Oak Bench (seats two)") == "Oak Bench (seats two)"
    assert _PARTICIPLE_LABEL.search("It has a Welsh languages supported.")
    assert not _PARTICIPLE_LABEL.search("It has a steel frame and two seats.")


def test_an_ordinal_had_is_not_said_in_a_meta() -> None:
    from plugin.generation.kinds_lead import _HAS_ORDINAL

    assert _HAS_ORDINAL.search("It has 3rd edition.")
    assert not _HAS_ORDINAL.search("It has 2nd-hand parts of 1st grade steel.")
    assert not _HAS_ORDINAL.search("It has 12 pockets.")
