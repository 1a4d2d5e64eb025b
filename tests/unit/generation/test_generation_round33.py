"""Round 33: the first line says what the product is and what it is for; verb values, labels
that end on a preposition, silent "h" and "Not for" values read as the sentence expects.
Invented listings only."""

from __future__ import annotations

from collections import Counter

from plugin.domain import Listing
from plugin.generation.frame_check import frame_holds
from plugin.generation.negatives import negations_kept
from plugin.generation.plan import plan_description
from plugin.generation.sentence import Role, Sentence
from plugin.generation.value_shapes import article
from plugin.generation.voice import Voice


def _first(listing: Listing, seed: int | None = None) -> str:
    return plan_description(listing, seed).sentences[0].lead


def _chain(n: int = 0) -> Listing:
    return Listing(
        external_id=f"rc{n}",
        title="Copper Rain Chain",
        product_type="Rain chain",
        categories=["Gardening > Rain chains"],
        attributes={"Length": ["2.4 m"], "Cups": ["Copper, 12 cups"], "Hanger": ["Gutter hook"]},
    )


# 1. A one-word kind the title already says gets what it is for, from the shop's shelf (a
# field since round 34: a room or a yard is no use).


def test_a_kind_the_title_says_is_said_with_the_field_it_is_for_where_the_shelf_names_one() -> None:
    for seed in range(8):
        first = _first(_chain(), seed)
        assert "gardening" in first.lower(), first
    # A shelf that names goods, or a place the product contradicts, says no use.
    box = Listing(
        external_id="mb",
        title="Walnut Music Box",
        product_type="Music box",
        categories=["Gifts > Music boxes"],
        attributes={"Tune": ["Swan Lake"]},
    )
    fern = Listing(
        external_id="fe",
        title="Boston Fern in Ceramic Pot",
        product_type="Fern",
        categories=["Garden > Indoor plants"],
        attributes={"Height": ["40 cm"], "Pot": ["Ceramic, 14 cm"]},
    )
    for seed in range(6):
        assert "for gifts" not in _first(box, seed).lower()
        assert "garden" not in _first(fern, seed).lower()


def test_a_two_language_type_is_read_on_its_english_half_with_its_field() -> None:
    bell = Listing(
        external_id="bb",
        title="Brass Bike Bell",
        product_type="Fahrradklingel / Bike bell",
        categories=["Radsport / Cycling > Klingeln / Bells"],
        attributes={"Dome": ["Brass, 55 mm"], "Fits": ["22.2 mm handlebars"]},
    )
    for seed in range(8):
        first = _first(bell, seed)
        assert "cycling" in first.lower() and "Fahrradklingel" not in first, first


def test_first_lines_of_one_shelf_vary_in_their_opening_words() -> None:
    # Twelve products of one shelf would otherwise all open "The … is a … for gardening."
    titles = [
        "Copper Rain Chain",
        "Zinc Rain Chain, Bells",
        "Steel Rain Chain, Tall",
        "Brass Rain Chain, Cups",
        "Aluminium Rain Chain, Links",
        "Bronze Rain Chain, Lotus",
        "Iron Rain Chain, Black",
        "Copper Rain Chain, Hammered",
        "Brass Rain Chain, Bells",
        "Steel Rain Chain, Short",
        "Zinc Rain Chain, Cups",
        "Copper Rain Chain, Fish",
    ]
    openings: Counter[str] = Counter()
    for n, title in enumerate(titles):
        listing = _chain(n)
        listing.title = title
        first = _first(listing)
        assert "garden" in first.lower(), first
        openings[" ".join(first.replace(title, "<t>").split()[:3])] += 1
    assert openings.most_common(1)[0][1] <= len(titles) // 2, openings


def test_a_kind_that_names_the_thing_by_another_noun_is_not_said_with_its_use() -> None:
    # A "Downspout cable" type on a "Copper Downspout Chain": the use, not "a downspout cable".
    spout = _chain()
    spout.title = "Copper Downspout Chain"
    spout.product_type = "Downspout cable"
    for seed in range(8):
        first = _first(spout, seed)
        assert "cable" not in first.lower() and "garden" in first.lower(), first


# 2. Values and labels that break the frame around them.


def test_a_silent_h_takes_an() -> None:
    assert article("hourglass") == "an" and article("honest review") == "an"
    assert article("horse rug") == "a"
    timer = Listing(
        external_id="hg",
        title="Walnut Sand Timer, 10 Minutes",
        product_type="Hourglass",
        attributes={"Use": ["Board games", "Study breaks"]},
    )
    assert "an hourglass" in " ".join(s.lead for s in plan_description(timer).sentences)


def test_a_verb_value_after_is_becomes_the_sentence_s_verb() -> None:
    assert frame_holds("It is arrives fully built.") == "It arrives fully built."
    assert frame_holds("They are ships flat-packed.") == "They ship flat-packed."
    assert frame_holds("It is glass.") == "It is glass."
    assert frame_holds("It is stainless steel.") == "It is stainless steel."


def test_a_label_that_ends_on_a_preposition_is_not_said_as_a_thing() -> None:
    assert frame_holds("Its best before is 6 weeks.") is None
    assert frame_holds("Its tested to is 200 kg.") is None
    assert frame_holds("Its shelf life is 2 years.") == "Its shelf life is 2 years."


# 3. A "Not for" value never reads as a use.


def test_a_not_for_value_told_alone_is_said_as_the_limit_it_is() -> None:
    sentences = (
        Sentence(Role.HOOK, "The Enamel Raclette Set is a raclette set."),
        Sentence(Role.DETAIL, "Open fires (camping).", facts=("Not for",), told=True),
        Sentence(Role.DETAIL, "It is not for hobs.", facts=("Not suitable for",), told=True),
    )
    kept = [s.lead for s in negations_kept(sentences, Voice(plural=False))]
    assert kept[1] == "It is not for open fires (camping)."
    assert kept[2] == "It is not for hobs."
    pans = [s.lead for s in negations_kept(sentences, Voice(plural=True))]
    assert pans[1] == "They are not for open fires (camping)."
