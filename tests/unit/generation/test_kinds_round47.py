"""Round 47: the short description's, the meta's and the FAQ's last passes after the round 45
and 46 notes on English listings, on listings and sentences invented here. A care order, a
statement said twice, a kind said to be for its own word and a handmade word the name says
are left out of the short description and the meta (never the last sentence); a participle
alone gets its subject; an aside naming the name's own kind is dropped; one counted thing is
one; measures and sizes that are alternatives are joined with "or"; a stuff and a part of
another stuff are said as "made of … with …"."""

from __future__ import annotations

from plugin.domain import DraftKind, Listing
from plugin.generation.kinds_final import finished
from plugin.generation.kinds_polish import polished
from tests.unit.generation.planner_drafts import draft, faq, text_of

_TITLE = "Hand-Woven Linen Throw"


def test_a_care_order_is_no_selling_line() -> None:
    said = finished(f"The {_TITLE} is woven in Kaunas. Hand wash cold. It is 130 cm wide.", _TITLE)
    assert said == f"The {_TITLE} is woven in Kaunas. It is 130 cm wide."
    # Alone, it stays: something is said rather than nothing.
    assert finished("Keep it dry.", _TITLE) == "Keep it dry."


def test_one_statement_is_said_once() -> None:
    said = finished(f"The {_TITLE} is woven in Kaunas. It is woven in Kaunas.", _TITLE)
    assert said == f"The {_TITLE} is woven in Kaunas."


def test_a_kind_for_its_own_word_is_left_out() -> None:
    said = finished(
        "The Clay Ocarina is fired twice, so it rings clear. It is a clay toy for toys.",
        "Clay Ocarina",
    )
    assert said == "The Clay Ocarina is fired twice, so it rings clear."
    said = finished(
        "The Rush Tote is made in Hue. Made of rush, it is a rush bag for bags.", "Rush Tote"
    )
    assert said == "The Rush Tote is made in Hue."
    kept = "The Clay Ocarina is fired twice. It is a wind instrument for beginners."
    assert finished(kept, "Clay Ocarina") == kept


def test_a_handmade_word_the_name_says_is_not_explained() -> None:
    said = finished(
        f"Each is woven one at a time: the {_TITLE} is hand-woven. It is 130 cm wide.", _TITLE
    )
    assert said == f"The {_TITLE} is 130 cm wide."
    said = finished(f"The {_TITLE} is hand-woven, so each is woven slowly. It is linen.", _TITLE)
    assert said == f"The {_TITLE} is linen."
    kept = "The Linen Throw is hand-woven, so each one differs. It is 130 cm wide."
    assert finished(kept, "Linen Throw") == kept  # the name does not say it


def test_a_participle_alone_gets_its_subject() -> None:
    said = finished(f"The {_TITLE} is linen. Woven in Kaunas, Lithuania.", _TITLE)
    assert said == f"The {_TITLE} is linen. It is woven in Kaunas, Lithuania."


def test_an_aside_naming_the_kind_again_is_dropped() -> None:
    title = "Bike Tune-Up at the Harbour Shop"
    said = finished(f"The {title}, a bike tune-up, takes one day.", title)
    assert said == f"The {title} takes one day."
    kept = f"The {title}, a repair visit, takes one day."
    assert finished(kept, title) == kept
    kept = f"The {title}, a cycle tune-up, takes one day."  # "cycle" is not in the name
    assert finished(kept, title) == kept


def test_one_counted_thing_is_one() -> None:
    assert polished("It has 1 pen loops, so pens stay put.") == (
        "It has a pen loop, so pens stay put."
    )
    assert polished("It has 1 inner pockets.") == "It has an inner pocket."
    assert polished("It has 12 pen loops.") == "It has 12 pen loops."


def test_alternatives_are_joined_with_or() -> None:
    assert polished("It measures 40 × 40 cm and 60 × 60 cm.") == (
        "It comes in 40 × 40 cm or 60 × 60 cm."
    )
    assert polished("Choose from sizes Petite and Grande.") == "Choose from sizes Petite or Grande."
    assert polished("It comes in sizes 1, 2 and 3.") == "It comes in sizes 1, 2 or 3."
    assert polished("It measures 40 × 40 × 10 cm.") == "It measures 40 × 40 × 10 cm."
    assert polished("Its canvas are primed.") == "Its canvas is primed."


def test_a_stuff_and_a_part_of_another_stuff() -> None:
    assert polished("It has a Cornish granite and felt base.") == (
        "It is made of Cornish granite with a felt base."
    )
    assert polished("They have a waxed canvas and leather straps.") == (
        "They are made of waxed canvas with leather straps."
    )
    # A colour or a state is no stuff; two parts stay two parts.
    assert polished("It has a bright red and blue strap.") == "It has a bright red and blue strap."
    assert polished("It has a padded seat and a steel frame.") == (
        "It has a padded seat and a steel frame."
    )
    assert polished("It has a woven jute and Leather strap.") == (
        "It is made of woven jute with a leather strap."
    )
    assert polished("It has olive wood and brass handles.") == (
        "It is made of olive wood with brass handles."
    )
    assert polished("It has UV protection and a mesh lining.") == (
        "It has UV protection and a mesh lining."
    )
    assert polished("Store it in a store in a dry place.") == "Store it in a dry place."


# An invented listing: a care note, a handmade word in the name, a material and a part.
_TRAY = Listing(
    external_id="r47-tray",
    title="Hand-Carved Olive Wood Tray",
    product_type="Serving tray",
    attributes={
        "Material": ["olive wood and brass handles"],
        "Care": ["Hand wash only"],
        "Made in": ["Sfax, Tunisia"],
        "Dimensions": ["40 × 25 cm"],
    },
)


def test_the_tray_reads_as_english_in_every_kind() -> None:
    short = text_of(draft(_TRAY, DraftKind.SHORT_DESCRIPTION))
    meta = draft(_TRAY, DraftKind.SEO)
    for said in (short, meta):
        assert "Hand wash" not in said, said
        assert "is hand-carved, so" not in said, said
    assert "made of olive wood with brass handles" in " ".join(faq(_TRAY).values())
    assert "has olive wood and" not in short + meta
