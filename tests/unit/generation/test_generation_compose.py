"""Best of n: the planner's sentences finished by scripted model endings, checked and scored."""

import re
from collections.abc import Sequence

from plugin.domain import (
    DraftKind,
    GenerationRequest,
    Listing,
    ShopVoice,
    faq_from_text,
    seo_from_text,
)
from plugin.engine import sentence_passes
from plugin.generation.compose import Candidate, Slot, compose
from plugin.generation.scoring import clean_ending, copies_example, grounding

MUG = Listing(
    external_id="m1",
    title="Enamel Camp Mug",
    categories=["Outdoor > Drinkware"],
    tags=["camping", "mug"],
    attributes={"Capacity": ["350 ml"], "Material": ["Enamelled steel"]},
    price="18.00",
    currency="USD",
)


class Script:
    """Answers each slot with the endings scripted for the end of its prompt, in order (the
    first is the greedy one), and a log-probability per ending."""

    def __init__(self, endings: dict[str, list[tuple[str, float]]]) -> None:
        self.endings = endings
        self.asked: list[tuple[Slot, int | None]] = []

    def __call__(self, slots: Sequence[Slot], seeds: Sequence[int | None]) -> list[Candidate]:
        out = []
        seen: dict[int, int] = {}
        for slot, seed in zip(slots, seeds, strict=True):
            self.asked.append((slot, seed))
            # A reason's prompt ends with its fact and a comma; a hook's with an opener.
            ending = "," if slot.prompt.endswith(",") else "hook"
            key = next((k for k in self.endings if k != "hook" and slot.prompt.endswith(k)), ending)
            n = seen.get(id(slot), 0)
            seen[id(slot)] = n + 1
            text, logprob = self.endings[key][n % len(self.endings[key])]
            out.append(Candidate(text=" " + text, logprob=logprob * 5, tokens=5))
        return out


def write(
    script: Script,
    listing: Listing = MUG,
    kind: DraftKind = DraftKind.DESCRIPTION,
    voice: ShopVoice | None = None,
) -> str:
    request = GenerationRequest(listing=listing, kind=kind, voice=voice or ShopVoice())
    return compose([request], script, sentence_passes)[0]


ENDINGS = {
    "hook": [("an enamel mug for camping.", -1.0)],
    "It holds 350 ml,": [
        ("so there is room for 500 ml of coffee.", -0.5),  # invents a number: blocked
        ("so it is the perfect gift for any camping lover.", -0.4),  # filler
        ("so one pour of coffee fills it to the brim.", -0.8),
        ("so it holds a drink.", -1.5),  # the model is unsure of it: below the fluency floor
    ],
    "enamelled steel,": [("so it stays tough on camping trips.", -1.0)],
}


def test_the_best_passing_ending_is_kept_and_inventions_and_filler_are_dropped() -> None:
    text = write(Script(ENDINGS))
    assert "500 ml" not in text and "lover" not in text
    assert "It holds 350 ml, so one pour of coffee fills it to the brim." in text
    # The material is told once: in the hook's opener or in its own sentence.
    prose = text.split("<ul>")[0]
    assert prose.lower().count("enamelled steel") == 1
    assert "<strong>Enamel Camp Mug</strong>" in text
    assert text.startswith("<p>") and "<ul><li>Capacity: 350 ml</li>" in text
    assert "18" not in text and "$" not in text


def test_a_sentence_with_no_passing_ending_keeps_its_fact_alone() -> None:
    endings = dict(ENDINGS)
    endings["It holds 350 ml,"] = [("so it fits 2 litres.", -0.1), ("and more!", -0.2)]
    text = write(Script(endings))
    assert "It holds 350 ml." in text


def test_a_hook_that_invents_what_the_product_is_falls_back_to_naming_it() -> None:
    endings = dict(ENDINGS)
    endings["hook"] = [("a silk scarf that doubles as a backpack.", -0.1)]
    text = write(Script(endings))
    assert "scarf" not in text and "backpack" not in text
    assert "<strong>Enamel Camp Mug</strong>" in text


def test_each_prompt_is_asked_greedy_then_seeded_and_a_listing_always_gets_the_same_text() -> None:
    first, second = Script(ENDINGS), Script(ENDINGS)
    assert write(first) == write(second)
    by_prompt: dict[str, list[int | None]] = {}
    for slot, seed in first.asked:
        by_prompt.setdefault(slot.prompt, []).append(seed)
    for seeds in by_prompt.values():
        assert seeds[0] is None
        assert all(s is not None for s in seeds[1:]) and len(set(seeds[1:])) == len(seeds) - 1
    assert max(len(seeds) for seeds in by_prompt.values()) >= 2
    assert first.asked == second.asked


def test_the_shops_banned_words_never_come_from_an_ending() -> None:
    endings = dict(ENDINGS)
    endings["It holds 350 ml,"] = [
        ("so it is handy for a cuppa.", -0.1),
        ("so one pour of coffee fills it to the brim.", -0.85),
    ]
    text = write(Script(endings), voice=ShopVoice(banned_words=("cuppa",)))
    assert "cuppa" not in text and "fills it to the brim" in text


def test_a_short_description_is_one_paragraph_of_at_most_two_sentences() -> None:
    text = write(Script(ENDINGS), kind=DraftKind.SHORT_DESCRIPTION)
    assert text.startswith("<p>") and text.endswith("</p>") and text.count("<p>") == 1
    assert text.count(". ") + 1 <= 2 and "<ul>" not in text


def test_grounding_and_example_copies() -> None:
    known = {"enamel", "camp", "mug", "camping", "drinkware"}
    assert grounding("a silk scarf that doubles as a backpack", known) == 0.0
    assert grounding("a camping mug for the campsite", known) == 2 / 3
    assert grounding("an enamel mug that stays clean at camp", known) == 1.0
    # A hook may not add a use or a place the listing never names: "stays clean" is a fair
    # reason, but "a mug for the kitchen at home" is an invented use.
    assert grounding("an enamel mug for camping", known, hook=True) == 1.0
    assert grounding("a camping mug for coffee at home", known, hook=True) == 0.5
    assert copies_example("so there is enough for everyone at the table")
    assert not copies_example("so one pour of coffee fills it to the brim")


def test_seo_leads_with_the_name_and_fits_the_limits_without_a_price() -> None:
    seo = seo_from_text(write(Script(ENDINGS), kind=DraftKind.SEO))
    assert seo.title.startswith("Enamel Camp Mug") and len(seo.title) <= 70
    assert len(seo.description) <= 160 and "$" not in seo.description
    assert seo.description.startswith(("This Enamel", "The Enamel", "Made of", "Here is"))


def test_the_faq_answers_shoppers_questions_with_the_listings_own_facts() -> None:
    items = faq_from_text(write(Script(ENDINGS), kind=DraftKind.FAQ))
    answers = dict((item.question, item.answer) for item in items)
    assert answers["How much does it hold?"] == "It holds 350 ml."
    # The first line says what it is made of, not what it is (round 21: heldout23's raters
    # failed "What is it? — It is made of …"), so it answers the material question instead.
    assert "What is the Enamel Camp Mug?" not in answers
    assert answers["What is it made of?"] == "It is made of enamelled steel."
    assert 2 <= len(items) <= 6 and "18" not in " ".join(answers.values())


def test_an_ending_in_title_case_is_a_heading_and_is_not_used() -> None:
    assert clean_ending("A Planisphere for Astronomy at Home. More", "hook") is None
    assert clean_ending("a planisphere for the night sky at home.", "hook") == (
        "a planisphere for the night sky at home"
    )
    assert clean_ending("a Bluetooth speaker for long evenings outdoors.", "hook")


def test_a_hook_with_no_passing_ending_names_the_product_with_a_fact_said_once() -> None:
    kit = Listing(
        external_id="k",
        title="Paring Knife Set",
        attributes={"Includes": ["3 paring knives, 3 sheaths"]},
    )
    text = write(Script({"hook": [("a knife set for the moon base.", -0.2)]}), listing=kit)
    prose = text.split("<ul>")[0]
    assert "moon" not in prose
    # "The" or "This" by the listing's turn (round 21: openings vary across a catalogue).
    assert re.match(
        r"<p>(The|This) <strong>Paring Knife Set</strong> includes 3 paring knives", prose
    )
    assert prose.count("3 paring knives") == 1


def test_an_ending_that_repeats_itself_is_not_a_clause() -> None:
    assert clean_ending(" a trowel for weeding, planting and weeding.", "hook") is None
    assert (
        clean_ending(" a trowel for weeding and planting.", "hook")
        == "a trowel for weeding and planting"
    )


def test_a_hook_s_for_names_a_use_the_listing_gives_not_a_care_or_packaging_line() -> None:
    # "Wool" in the tags, not the title: a title's material is told with its reason instead.
    throw = Listing(
        external_id="wt",
        title="Chunky Throw",
        tags=["sofa", "wool"],
        attributes={"Care": ["Hand wash cold"], "Packaging": ["Paper sleeve"]},
    )
    invented = Script({"hook": [("a wool throw for the hand and the sleeve.", -0.1)]})
    assert "for the hand" not in write(invented, listing=throw)
    grounded = Script({"hook": [("a wool throw for the sofa.", -0.1)]})
    assert "a wool throw for the sofa" in write(grounded, listing=throw)


def test_a_hook_s_for_never_stands_on_how_the_product_is_washed_packed_or_sent() -> None:
    print_ = Listing(
        external_id="ap",
        title="Art Print",
        tags=["living room"],
        attributes={
            "Washing": ["Wipe the frame clean"],
            "Parcel size": ["Rolled in a tube"],
            "Delivery": ["Tracked post"],
        },
    )
    for ending in (
        "an art print for the frame.",
        "an art print for the tube.",
        "an art print for the post.",
    ):
        assert " for the " not in write(Script({"hook": [(ending, -0.1)]}), listing=print_), ending
    grounded = Script({"hook": [("an art print for the living room.", -0.1)]})
    assert "an art print for the living room" in write(grounded, listing=print_)


PLAIN = {"hook": [("a pair of boots.", -1.0)], ",": [("so it lasts.", -0.5)]}


def test_faq_questions_follow_the_product_s_number_and_warnings_are_quoted() -> None:
    boots = Listing(
        external_id="cb",
        title="Suede Chelsea Boots",
        options={"Size": ["7", "8", "9", "10"]},
        attributes={
            "Care": ["Brush with a suede brush"],
            "Made in": ["Portugal"],
            "Packed size": ["32 x 20 cm"],
            "Warnings": ["Not for use in snow"],
        },
    )
    answers = {
        i.question: i.answer for i in faq_from_text(write(Script(PLAIN), boots, DraftKind.FAQ))
    }
    # The first line tells the origin and the care, not what they are, so it is no answer to
    # "What are they?" (round 21): the care and the origin are asked in their own questions.
    assert "What are the Suede Chelsea Boots?" not in answers
    assert answers["How do I care for them?"] == "Brush with a suede brush."
    assert answers["Where are they made?"] == "They are made in Portugal."
    # Options are alternatives (round 22): "or", never one pair's members.
    assert answers["Which sizes are there?"] == "They come in sizes 7, 8, 9 or 10."
    # Round 33: a limit is said as a sentence ("They are not for …"), not a pasted fragment.
    assert answers["Is there anything I should know before using them?"] == (
        "They are not for use in snow."
    )
    assert not any("packed size" in question.lower() for question in answers)
    tent = Listing(external_id="tn", title="Trail Tent", attributes={"Capacity": ["2 person"]})
    answers = {
        i.question: i.answer for i in faq_from_text(write(Script(PLAIN), tent, DraftKind.FAQ))
    }
    # The first line says it is for 2 people: asked once, not again (round 22: as the shopper's
    # own question; "What is it?" is kept for a listing whose facts ask little else).
    assert answers == {"How many people is it for?": "It is for 2 people."}


GRINDER = Listing(
    external_id="cg",
    title="Hand Coffee Grinder",
    categories=["Kitchen > Coffee"],
    attributes={"Crank": ["Folding crank"]},
)


def test_a_spec_is_told_with_a_model_reason_or_left_to_the_list() -> None:
    # A model asked for reasons may tell a spec no rule covers, and tells it only with one.
    good = Script(
        {
            "hook": [("a hand grinder for coffee.", -0.5)],
            ",": [("so the grinder packs away small in a travel bag.", -0.4)],
        }
    )
    text = write(good, listing=GRINDER)
    assert "folding crank, so the grinder packs away small in a travel bag." in text
    # Every reason the model writes fails (filler): the spec is not said bare in the prose.
    filler = Script(
        {
            "hook": [("a hand grinder for coffee.", -0.5)],
            ",": [("so it is the perfect gift for any coffee lover.", -0.4)],
        }
    )
    text = write(filler, listing=GRINDER)
    prose = text.split("<ul>")[0]
    assert "folding crank" not in prose.lower() and "perfect gift" not in prose
    assert "Folding crank" in text  # still in the facts list


def test_a_count_the_listing_does_not_give_fails_an_ending() -> None:
    """ "A pair of dry flies" for an assortment of 24: one unsupported word in a long hook
    passed the grounding share."""
    known = {"dry", "flie", "fly", "box", "trout", "fishing", "assortment"}
    assert grounding("a pair of dry flies in a box for trout and fly fishing", known, True) == 0
    assert grounding("a pair of dry flies", known | {"pair"}, True) == 1.0


def test_faq_answers_read_as_sentences_in_the_products_own_words() -> None:
    # Seen on the demo's FAQ: "The insulation is Keeps drinks cold …", "It is made of stainless
    # steel body.", "Which colours can I choose? It comes in natural." for one colour.
    grinder = Listing(
        external_id="fg",
        title="Hand Coffee Grinder",
        attributes={
            "Material": ["Stainless steel body"],
            "Burrs": ["Conical ceramic"],
            "Insulation": ["Keeps drinks cold 24 hours"],
            "Colour": ["Speckled White"],
        },
    )
    answers = {
        i.question: i.answer for i in faq_from_text(write(Script(PLAIN), grinder, DraftKind.FAQ))
    }
    # One colour is not a choice; the body, which the first line says in place of what the
    # grinder is, answers what it is made of (round 21).
    assert answers["What colour is it?"] == "It is speckled white."
    assert "Which colours can I choose?" not in answers
    assert "What is the Hand Coffee Grinder?" not in answers
    assert answers["What is it made of?"] == "It has a stainless steel body."
    assert answers["What kind of burrs does it have?"] == "It has conical ceramic burrs."
    assert answers["How well is it insulated?"] == "It keeps drinks cold 24 hours."


def test_yes_or_no_facts_are_asked_as_shoppers_ask_them() -> None:
    # Seen on heldout17's FAQ: "What is its dishwasher safe? The dishwasher safe is no." and
    # "What is its works on induction hobs?".
    pot = Listing(
        external_id="ep",
        title="Stovetop Espresso Maker",
        attributes={
            "Dishwasher Safe": ["No – rinse with hot water only"],
            "Works on induction hobs": ["No"],
            "Spare gasket included": ["Yes"],
            "Air pump required": ["Yes (not included)"],
            "Flat base": ["Y"],
            "Fits people up to": ["185 cm"],
        },
    )
    answers = {
        i.question: i.answer for i in faq_from_text(write(Script(PLAIN), pot, DraftKind.FAQ))
    }
    assert answers["Is it dishwasher safe?"] == "No – rinse with hot water only."
    # Round 33: a bare yes or no is said with its question's verb.
    assert answers["Does it work on induction hobs?"] == "No, it does not work on induction hobs."
    assert answers["Does it come with a spare gasket?"] == "Yes, it comes with a spare gasket."
    assert answers["Does it need an air pump?"] == "Yes (not included)."
    assert answers["Does it have a flat base?"] == "Yes, it has a flat base."
    # A label that is half a sentence asks nothing a shopper would.
    assert not any("fits people" in question.lower() for question in answers)


def test_a_short_meta_description_is_filled_with_the_lists_facts_in_sentences() -> None:
    # heldout17 (seen): a third of meta descriptions fell short of 120 characters; round 20:
    # filling them with "Mounting: Top hooks …" pasted the list's labels into a search result.
    pannier = Listing(
        external_id="pn",
        # No known type: a pannier's purpose sentence (round 17b) would fill the meta alone.
        title="Commuter Rack Bag 20L - Grey",
        attributes={
            "Waterproof": ["Yes"],
            "Volume": ["20 L"],
            "Colour": ["Grey"],
            "Mounting": ["Top hooks fit rack tubes 8–16 mm"],
        },
    )
    seo = seo_from_text(write(Script(PLAIN), pannier, DraftKind.SEO))
    assert len(seo.description) <= 160, seo.description
    assert "It has a volume of 20 L." in seo.description
    assert "Mounting:" not in seo.description and "Volume:" not in seo.description
    napkins = Listing(
        external_id="ln",
        title="Linen Napkins, Set of 4",
        attributes={
            "Material": ["100% linen"],
            "Size": ["18 x 18 in"],
            "Origin": ["Lithuania"],
            "Care": ["Machine wash warm"],
        },
    )
    seo = seo_from_text(write(Script(PLAIN), napkins, DraftKind.SEO))
    # Round 47: the care order no longer fills it (raters: no reason to click), so this thin
    # listing's meta stays short of 120 rather than padded with "Machine wash warm.".
    assert 90 <= len(seo.description) <= 160, seo.description
    assert "wash" not in seo.description, seo.description
    assert ": " not in seo.description.split(". ", 1)[-1], seo.description
    # The title's own colour is not added to it again.
    assert "| Grey" not in seo.title
