"""Round 38: the kinds after heldout39's and heldout40's notes, on listings invented here. What
a shopper notices: a lining's material is said of the lining, never of the whole product; a
short description says a material once; a use, a place and a date or a time are read back
with the words English puts before them; a pack's count is asked as a count."""

import json

from plugin.domain import DraftKind, Listing
from plugin.generation.kinds_frames import frames_mended, said_once
from plugin.generation.kinds_polish import polished
from tests.unit.generation.planner_drafts import draft, faq, text_of


def _meta(listing: Listing) -> str:
    return str(json.loads(draft(listing, DraftKind.SEO))["description"])


def _short(listing: Listing) -> str:
    return text_of(draft(listing, DraftKind.SHORT_DESCRIPTION))


_HAT = Listing(
    external_id="r38-hat",
    title="Storm Bucket Hat",
    product_type="Hats",
    options={"Size": ["S", "M"]},
    attributes={
        "outer_material": ["waxed cotton"],
        "lining_material": ["acrylic pile"],
        "brim_width_cm": ["6"],
    },
)


def test_a_lining_material_is_the_linings() -> None:
    asked = faq(_HAT)
    assert asked.get("What is the lining made of?") == "The lining is made of acrylic pile."
    assert "It is made of acrylic pile." not in asked.values()
    short = _short(_HAT)
    assert "made of acrylic pile" not in short
    assert "lining material" not in short


def test_a_whole_products_material_is_still_asked_so() -> None:
    shell = Listing(
        external_id="r38-mitt",
        title="Fell Mitts",
        attributes={"shell_material": ["felted wool"], "cuff": ["Ribbed"]},
    )
    assert faq(shell).get("What are they made of?") == "They are made of felted wool."


def test_a_short_description_says_a_material_once() -> None:
    said = said_once(
        ["The Fjord Jumper is made of merino rib.", "It is made of merino rib, 300 g/m²."]
    )
    assert said == ["The Fjord Jumper is made of merino rib."]
    kept = said_once(["The Fjord Jumper is made of merino rib.", "It has a roll neck."])
    assert len(kept) == 2


def test_a_use_a_place_and_a_time_read_as_english() -> None:
    assert frames_mended("It is for on rice or in soup.") == "It is for use on rice or in soup."
    assert frames_mended("It is harvested alentejo, october 2026.") == (
        "It is harvested in Alentejo in October 2026."
    )
    assert frames_mended("It is matured 6 months.") == "It is matured for 6 months."
    assert frames_mended("It is cured to 3 years.") == "It is cured for 3 years."
    assert frames_mended("Chill after opening, 5 days.") == (
        "Chill after opening and use within 5 days."
    )
    # Already English: left as it is.
    assert frames_mended("It is grown in Kent.") == "It is grown in Kent."
    assert polished("The rim is made of ash bentwood.") == "The rim is made of ash bentwood."


def test_a_packs_count_is_asked_as_a_count() -> None:
    markers = Listing(
        external_id="r38-markers",
        title="Copper Row Markers",
        attributes={"Pack": ["12"], "Height": ["20 cm"]},
    )
    asked = faq(markers)
    assert asked.get("How many come in a pack?") == "They come in a pack of 12."
    assert "pack of 12" in _meta(markers)


def test_stuff_left_out_takes_no_article() -> None:
    kit = Listing(
        external_id="r38-kit",
        title="Lino Printing Kit",
        attributes={"Suitable for": ["beginners"], "Paper": ["Not included"]},
    )
    assert faq(kit).get("Is paper included?") == "No, paper is not included."
