"""Fifty-second round of issue 12 (holdout_v50 read after its blind score): a word that names a
thing as well as a colour ("orange", "plum") is read as the colour after a word of its strength
or depth ("bright", "deep", "pale"); Czech and Slovak colour adjectives are read in all their
cases and genders (the Slovak feminine "-ej"); Latvian colour adjectives are read in
their genders, cases and definite forms; non-stick is a feature, not care; an animal-proof,
airtight or magnetic product is a feature the listing must state; and organic in Catalan is a
certification. Listings and drafts here are written for these tests; none is taken from an eval
set. Each case: the true claim passes, an invented one is flagged."""

from __future__ import annotations

from tests.unit.guardrails.drafts import found, listing

COLOUR = "accuracy.colour"


def _scarf(colour: str):
    return listing(
        title="Knitted Scarf",
        product_type="Scarf",
        description_html="<p>A long scarf, knitted by hand.</p>",
        options={"Colour": [colour]},
    )


def test_an_ambiguous_colour_after_a_shade_word_is_a_colour_claim():
    assert found(_scarf("Navy"), "The scarf is a vivid orange.", COLOUR)
    assert found(_scarf("Navy"), "A scarf in deep plum wool.", COLOUR)


def test_the_listings_own_colour_after_a_shade_word_passes():
    assert found(_scarf("Orange"), "The scarf is a vivid orange.", COLOUR) == []


def test_an_ambiguous_word_without_a_shade_word_is_still_no_colour():
    assert found(_scarf("Navy"), "It smells faintly of orange.", COLOUR) == []


def _slovak_scarf():
    return listing(
        title="Pletený šál",
        product_type="Šál",
        description_html="<p>Dlhý šál pletený ručne.</p>",
        options={"Farba": ["Modrá"]},
    )


def test_a_slovak_colour_in_another_case_is_read():
    assert found(_slovak_scarf(), "Šál zo žltej vlny.", COLOUR)
    assert found(_slovak_scarf(), "Šál z modrej vlny.", COLOUR) == []


def _latvian_hat():
    return listing(
        title="Adīta cepure",
        product_type="Cepure",
        description_html="<p>Silta cepure, adīta ar rokām.</p>",
        options={"Krāsa": ["Zils"]},
    )


def test_a_latvian_colour_in_its_definite_and_locative_forms_is_read():
    assert found(_latvian_hat(), "Sarkanā cepure.", COLOUR)
    assert found(_latvian_hat(), "Cepure ar dzeltenajām svītrām.", COLOUR)
    assert found(_latvian_hat(), "Zilā cepure.", COLOUR) == []


FEATURE = "accuracy.feature"


def _pan(description: str):
    return listing(
        title="Carbon Steel Frying Pan 28 cm",
        product_type="Frying pan",
        description_html=f"<p>{description}</p>",
        attributes={"Material": ["Carbon steel"]},
    )


def test_a_non_stick_claim_is_a_feature_the_listing_must_give():
    assert found(_pan("A bare carbon steel pan to season."), "The pan is non-stick.", FEATURE)
    assert found(_pan("A pan with a non-stick coating."), "The pan is non-stick.", FEATURE) == []


def _planter(description: str):
    return listing(
        title="Raised Herb Planter",
        product_type="Planter",
        description_html=f"<p>{description}</p>",
        attributes={"Material": ["Larch"]},
    )


def test_an_animal_proof_claim_needs_the_listing():
    assert found(_planter("A larch planter on legs."), "A rabbit-proof herb planter.", FEATURE)
    described = _planter("A larch planter on legs, rabbit-proof behind its mesh.")
    assert found(described, "A rabbit-proof herb planter.", FEATURE) == []


def _tin(description: str):
    return listing(
        title="Tea Caddy",
        product_type="Caddy",
        description_html=f"<p>{description}</p>",
        attributes={"Material": ["Tinplate"]},
    )


def test_airtight_and_magnetic_are_features_the_listing_must_give():
    assert found(_tin("A printed tinplate caddy."), "An airtight caddy.", FEATURE)
    assert found(_tin("A printed tinplate caddy."), "A caddy with a magnetic lid.", FEATURE)
    sealed = _tin("A tinplate caddy with a silicone seal and a magnet in the lid.")
    assert found(sealed, "An airtight caddy with a magnetic lid.", FEATURE) == []


def test_a_magnetic_charging_standard_backs_a_magnetic_claim():
    phone_case = _tin("A slim phone case, compatible with MagSafe chargers.")
    assert found(phone_case, "A slim case that holds on magnetic chargers.", FEATURE) == []


CERTIFICATION = "accuracy.certification"


def test_organic_in_catalan_is_a_certification_claim():
    item = listing(
        title="Mel de romaní",
        product_type="Mel",
        description_html="<p>Mel crua de romaní, collida a l'estiu.</p>",
    )
    assert found(item, "Mel ecològica de romaní.", CERTIFICATION)
    assert found(item, "Mel crua de romaní.", CERTIFICATION) == []
