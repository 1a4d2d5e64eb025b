"""Round 43: the kinds after heldout45's notes, on listings invented here. A yes or no answer
is checked against every value of the option it reads: where one option says there is no scent
and another names one, the FAQ never answers "No, it is unscented." but says the choice. A
value that is a degree of its label's own word ("Noise: Low noise") is one adjective, never "It
has a low noise"."""

from __future__ import annotations

from plugin.domain import DraftKind, Listing
from plugin.generation.faq_answers import faq_answer
from plugin.generation.phrasing import feature_lead
from plugin.generation.voice import voice_of
from tests.unit.generation.planner_drafts import draft, faq, text_of

# An invented listing: one scent option says there is none, the others name a scent.
_CANDLES = Listing(
    external_id="r43-candles",
    title="Soy Wax Tea Lights",
    product_type="Candles",
    options={"Scent": ["Fragrance-free", "Fig", "Cedar scent"], "Pack": ["12", "24"]},
    attributes={"Wax": ["Soy wax, cotton wick"], "Burn time": ["About 4 hours each"]},
)
# The same with one value: no scent at all, said as before.
_PLAIN = Listing(
    external_id="r43-plain",
    title="Soy Wax Tea Lights",
    product_type="Candles",
    options={"Pack": ["12", "24"]},
    attributes={"Scent": ["Unscented"], "Burn time": ["About 4 hours each"]},
)


def test_a_scent_choice_is_never_denied() -> None:
    answers = faq(_CANDLES)
    assert not any(a.startswith("No") for a in answers.values()), answers
    said = answers.get("Are they scented?", "")
    assert said == "They come unscented or scented with fig or cedar.", answers
    for kind in (DraftKind.SHORT_DESCRIPTION, DraftKind.SEO):
        assert "No, they are unscented" not in text_of(draft(_CANDLES, kind))


def test_one_unscented_value_is_still_a_no() -> None:
    assert faq(_PLAIN).get("Are they scented?") == "No, they are unscented."


def test_every_value_of_a_choice_is_read() -> None:
    found = faq_answer("Scent", "Unscented and Pine", voice_of("Pine Pellet Bedding"), True)
    assert found and found[2] == "It comes unscented or scented with pine."
    found = faq_answer("Scent", "Vanilla", voice_of("Pillar Candle"), False)
    assert found and not found[2].startswith("No")


# An invented listing whose value is a degree of its label's own word.
_FAN = Listing(
    external_id="r43-fan",
    title="Oscillating Desk Fan",
    product_type="Fans",
    attributes={"Noise": ["Low noise"], "Blades": ["5, clear plastic"]},
)


def test_a_degree_of_the_label_is_one_adjective() -> None:
    meta = draft(_FAN, DraftKind.SEO)
    assert "has a low noise" not in meta and "It is low-noise." in meta, meta
    assert feature_lead("Noise", "Low noise", voice_of("Tower Fan")) == "It is low-noise"
    assert feature_lead("Finish", "High gloss", voice_of("Floor Paint")) != "It is high-gloss"
