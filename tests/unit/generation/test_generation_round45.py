"""Round 45: a fact and its reason in several shapes, the title's claims and materials said,
one book said as one thing, labels and measures said as a buyer says them; on listings
invented here."""

from __future__ import annotations

from plugin.domain import DraftKind, Listing
from plugin.generation.material_frames import build_lead
from plugin.generation.measure_frames import measured
from plugin.generation.part_phrases import part_phrase
from plugin.generation.reason_frames import reshaped, varied_reasons
from plugin.generation.rule_match import rule_for
from plugin.generation.sentence import Role, Sentence
from plugin.generation.title_claims import title_claims
from plugin.generation.voice import Voice, voice_of
from tests.unit.generation.planner_drafts import draft, text_of

_IT, _THEY = Voice(plural=False), Voice(plural=True)


def _prose(listing: Listing) -> str:
    return text_of(draft(listing, DraftKind.DESCRIPTION).split("<ul>", 1)[0])


def test_a_fact_with_its_reason_takes_the_other_two_shapes() -> None:
    lead = "It has a cast sole plate, so it glides over heavy linen."
    assert reshaped(lead, _IT, 1) == "Its cast sole plate means it glides over heavy linen."
    assert reshaped(lead, _IT, 2) == "With a cast sole plate, it glides over heavy linen."
    plural = "They have a waxed lining, so the rain stays out."
    assert reshaped(plural, _THEY, 1) == "Their waxed lining means the rain stays out."
    # Fronted only where the reason's subject is the product itself.
    assert reshaped(plural, _THEY, 2) is None
    # A count or a list does not stand as the subject of "means".
    assert reshaped("It has 2 burners, so two pans cook at once.", _IT, 1) is None


def test_the_body_takes_turns_and_the_first_line_stays() -> None:
    first = Sentence(Role.FEATURE, "It has a copper base, so it heats evenly.")
    body = [
        Sentence(Role.FEATURE, "It has a glass lid, so you can watch the stew."),
        Sentence(Role.FEATURE, "It has riveted handles, so it lifts safely when full."),
        Sentence(Role.FEATURE, "It has a pouring lip, so sauces pour cleanly."),
    ]
    shapes = {
        tuple(s.lead.split()[0] for s in varied_reasons([first, *body], _IT, turn))
        for turn in range(3)
    }
    assert all(shape[0] == "It" for shape in shapes)
    assert len(shapes) == 3  # each rotation a different mix
    assert any("Its" in shape for shape in shapes) and any("With" in shape for shape in shapes)


def test_a_titled_work_with_counted_contents_is_one_thing() -> None:
    assert not voice_of("Weaving by Lamplight: 30 Rug Patterns").plural
    assert voice_of("Kitchen Knives: Set of 3").plural
    prose = _prose(
        Listing(
            external_id="r45-pattern-book",
            title="Weaving by Lamplight: 30 Rug Patterns",
            product_type="Craft book",
            attributes={"Pages": ["160"], "Published": ["2024"]},
        )
    )
    assert " have " not in f" {prose} " and "They " not in prose


def test_a_part_label_beside_its_option_is_not_glued_to_the_value() -> None:
    assert build_lead("Strap details", "bridle leather", 0, _IT) == (
        "It has a bridle leather strap"
    )


def test_a_part_s_one_size_and_an_amount_read_as_a_buyer_says_them() -> None:
    assert part_phrase("hood", "30 cm") == "a 30 cm hood"
    assert measured("hood", "30 cm", _IT, 0) == "It has a 30 cm hood"
    assert measured("torque", "60 Nm", _IT, 0) == "It has 60 Nm of torque"
    assert measured("water temperature", "8–12 °C", _IT, 0) == ("It is made for water of 8–12 °C")


def test_the_title_s_claims_are_said_in_the_prose() -> None:
    assert title_claims("Linen Apron, 100% Linen – No Dyes") == [
        ("100% linen", "linen"),
        ("free from dyes", "dyes"),
    ]
    assert title_claims("Beeswax Candle, Paraffin-Free") == [("paraffin-free", "paraffin")]
    prose = _prose(
        Listing(
            external_id="r45-soap",
            title="Goat Milk Soap Bar, No Palm Oil",
            product_type="Soap",
            attributes={"Weight": ["110 g"], "Made in": ["Wales"], "Scent": ["oatmeal"]},
        )
    )
    assert "free from palm oil" in prose
    # Said after the first line, never as it ("the …, No Palm Oil is free from palm oil").
    assert "free from" not in prose.split(". ")[0]


def test_the_material_the_title_names_is_said_of_its_part() -> None:
    prose = _prose(
        Listing(
            external_id="r45-pole",
            title="Graphite Trekking Pole, 130 cm",
            product_type="Trekking pole",
            tags=["cork grip"],
            attributes={"Shaft": ["graphite composite"], "Grip": ["cork"], "Weight": ["210 g"]},
        )
    )
    assert "graphite composite shaft" in prose


def test_a_heavy_base_reason_does_not_promise_it_never_tips() -> None:
    rule = rule_for("Base", "Weighted marble base")
    assert rule is not None
    assert all("will not tip" not in reason for reason in rule.reasons)
