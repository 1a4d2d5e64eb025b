"""Round 37: a shop's "Not …" note said as a sentence about the product, a name written all in
lower case or capitals said in title case, no "is a <kind>, so" under a title that names the
kind, and a choice of prints or fabrics said with its label, on listings invented here."""

from __future__ import annotations

from plugin.domain import DraftKind, Listing
from plugin.generation.after_lead import _with_subject
from plugin.generation.description_html import _joined
from plugin.generation.name_case import capitals_kept, name_cased
from plugin.generation.plan import _kind_reason, plan_description
from plugin.generation.sentence import Role, Sentence
from plugin.generation.voice import Voice
from tests.unit.generation.planner_drafts import draft, text_of


def _html(listing: Listing) -> str:
    return draft(listing, DraftKind.DESCRIPTION)


def _prose(listing: Listing) -> str:
    return text_of(_html(listing).split("<ul>")[0])


def test_a_not_note_is_said_with_the_product_as_its_subject() -> None:
    one, many = Voice(False), Voice(True)
    assert _with_subject("Not for use on glass hobs", one) == "It is not for use on glass hobs"
    assert _with_subject("Not for use on glass hobs", many) == "They are not for use on glass hobs"
    assert (
        _with_subject("Not a climbing toy; less stable on gravel", one)
        == "It is not a climbing toy, and it is less stable on gravel"
    )
    assert _with_subject("Not suitable under 5: loose beads", one) == (
        "It is not suitable under 5 (loose beads)"
    )
    # A second clause that is an order, not a state of the product, leaves the note as written.
    assert _with_subject("Not for hot drinks; rinse after use", one) == (
        "Not for hot drinks; rinse after use"
    )
    assert _with_subject("Never leave lit", one) == "Never leave lit"
    dish = Listing(
        external_id="r37-dish",
        title="Speckled Enamel Roasting Dish",
        product_type="Roasting dish",
        attributes={"Material": ["Enamelled steel"], "Note": ["Not for glass hobs"]},
    )
    prose = _prose(dish)
    assert "It is not for glass hobs." in prose
    assert "Not for glass hobs." not in prose


def test_a_name_in_lower_case_or_capitals_is_said_in_title_case() -> None:
    assert name_cased("ribbed cotton tote for market days") == "Ribbed Cotton Tote for Market Days"
    assert name_cased("USB RECHARGEABLE BIKE LIGHT, 20 MM") == "USB Rechargeable Bike Light, 20 mm"
    assert name_cased("Walnut Spoon Rest") == "Walnut Spoon Rest"
    tote = Listing(
        external_id="r37-tote",
        title="ribbed cotton tote",
        product_type="Tote bag",
        attributes={"Material": ["Organic cotton"], "Handles": ["Long, 60 cm drop"]},
    )
    html = _html(tote)
    assert "<strong>Ribbed Cotton Tote</strong>" in html
    assert "ribbed cotton tote" not in text_of(html.split("<ul>")[0])


def test_a_kind_reason_is_said_of_the_product_not_after_its_kind() -> None:
    one = Voice(False)
    made = _kind_reason(
        Sentence(Role.FEATURE, "It is a rain poncho, so the rain runs off over a pack."),
        True,
        one,
    )
    assert made.lead == "It is made so that the rain runs off over a pack."
    own = _kind_reason(
        Sentence(Role.FEATURE, "It is a hot water bottle, so it keeps a bed warm."), True, one
    )
    assert own.lead == "It keeps a bed warm."
    # A fact that is not the product's kind keeps its reason as it is.
    kept = Sentence(Role.FEATURE, "It is waterproof, so rain stays out.")
    assert _kind_reason(kept, False, one) == kept


def test_a_choice_of_prints_names_what_is_chosen() -> None:
    apron = Listing(
        external_id="r37-apron",
        title="Cross-Back Linen Apron",
        product_type="Apron",
        options={"Print": ["Lemons", "Stripes", "Dots"]},
        attributes={"Fabric": ["Washed linen"], "Pockets": ["2"]},
    )
    # Round 47: with prose enough, the description leaves the choice to the list; the plan
    # (which the other kinds choose from) still names what is chosen.
    leads = [s.lead for s in plan_description(apron).sentences if s.role is Role.CHOICE]
    assert any("three prints: lemons, stripes or dots" in lead for lead in leads), leads


def test_an_abbreviation_a_frame_lowered_is_said_in_capitals() -> None:
    assert capitals_kept("It is moulded from pvc. Body: Pvc") == (
        "It is moulded from PVC. Body: PVC"
    )
    # An English word is never taken for one: "led", "pet", "abs".
    assert capitals_kept("It led the pet to its abs.") == "It led the pet to its abs."
    hose = Listing(
        external_id="r37-hose",
        title="Coiled Garden Hose",
        product_type="Garden hose",
        attributes={"Material": ["pvc"], "Length": ["15 m"], "Fittings": ["Brass"]},
    )
    html = _html(hose)
    assert "Material: PVC" in html and "pvc" not in html and "Pvc" not in html


def test_two_comes_in_sentences_are_said_as_one() -> None:
    cushion = Listing(
        external_id="r37-cushion",
        title="Quilted Seat Cushion",
        product_type="Seat cushion",
        options={"Size": ["Small (40 cm)", "Large (50 cm)"], "Print": ["Waves", "Checks"]},
        attributes={"Filling": ["Recycled polyester"], "Cover": ["Cotton, zipped"]},
    )
    prose = _prose(cushion)
    # Round 47: one choice at most stays in the description; the two, where both are said,
    # are one sentence. Round 48: the one that stays is the prints, not the sizes.
    assert prose.count("comes in") == 1 and "waves or checks" in prose, prose
    assert "40 cm" not in prose, prose
    assert _joined(["It comes in sizes S and L.", "It comes in two prints: waves or checks."]) == [
        "It comes in sizes S and L, and in two prints: waves or checks."
    ]
