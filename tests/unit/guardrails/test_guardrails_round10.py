"""Tenth round of issue 12 (false alarms on clean copy found on the seen holdout_v8 set): an
origin value written as "made in" in the shop's language, organic materials named abroad, a
warranty's own sentence, fruit words before a part of the fruit, and counts the listing fixes
without saying them (pairs, a figure per item, a count per option). Listings and drafts here
are written for these tests; none is taken from an eval set."""

from __future__ import annotations

from plugin.domain import Variant, Verdict
from tests.unit.guardrails.drafts import found, listing

# --- an origin value that says "made in" in the shop's language ----------------------------------

SOAP = listing(
    title="Goat Milk Soap Bar",
    description_html="<p>A mild bar for hands and face.</p>",
    attributes={"Herkunft": ["Hergestellt in Österreich"]},
    price="6.00",
    currency="EUR",
)


def test_an_origin_value_with_made_in_abroad_is_the_whole_products_origin():
    assert found(SOAP, "A mild goat milk soap, made in Austria.", "accuracy.origin") == []
    assert found(SOAP, "A mild goat milk soap, made in Germany.", "accuracy.origin")


def test_made_in_abroad_in_other_languages():
    for value, country in (("Fabricado en España", "Spain"), ("Prodotto in Italia", "Italy")):
        item = listing(title="Olive Wood Spoon", attributes={"Origen": [value]})
        assert found(item, f"An olive wood spoon made in {country}.", "accuracy.origin") == []
        assert found(item, "An olive wood spoon made in Greece.", "accuracy.origin")


# --- organic materials named in the shop's language ---------------------------------------------


def test_organic_cotton_named_abroad_supports_organic_cotton():
    for value in ("100 % coton biologique", "Algodón ecológico", "Bawełna organiczna"):
        item = listing(title="Tea Towel", attributes={"Composition": [value]})
        assert found(item, "A tea towel of organic cotton.", "accuracy.material") == [], value
        assert found(item, "A tea towel of linen.", "accuracy.material"), value


# --- a warranty's length is read in its own sentence ---------------------------------------------

LAMP = listing(
    title="Desk Lamp",
    description_html=(
        "<p>An LED desk lamp whose light lasts about ten years. Three-year warranty.</p>"
    ),
    price="89.00",
    currency="EUR",
)


def test_a_warranty_length_is_the_one_in_the_warranty_sentence():
    assert found(LAMP, "A desk lamp with a three-year warranty.", "accuracy.warranty") == []
    assert found(LAMP, "A desk lamp with a ten-year warranty.", "accuracy.warranty") == [
        ("ten-year warranty", Verdict.BLOCK)
    ]


# --- a fruit word before a part of the fruit is no colour ----------------------------------------


def test_a_fruit_word_before_its_peel_or_juice_is_no_colour():
    tea = listing(
        title="Winter Tea",
        description_html="<p>Black tea with spices.</p>",
        attributes={"Zutaten": ["Schwarztee, Zitronenschale, Zimt"]},
    )
    assert found(tea, "Black tea, orange peel and cinnamon.", "accuracy.colour") == []
    assert found(tea, "Black tea, lime zest and cloves.", "accuracy.colour") == []
    assert found(tea, "A tin of tea in orange and green.", "accuracy.colour")


# --- counts the listing fixes without saying them -----------------------------------------------


def test_pairs_count_twice_as_many_things():
    socks = listing(
        title="Hiking Socks",
        description_html="<p>Three pairs of merino hiking socks in a cotton bag.</p>",
        attributes={"Socks": ["Merino wool"]},
    )
    assert found(socks, "Six merino socks, three pairs, in a cotton bag.", "accuracy.number") == []
    assert found(socks, "Eight merino socks in a cotton bag.", "accuracy.number")


def test_a_figure_per_item_times_the_items():
    torch = listing(
        title="Head Torch",
        description_html="<p>Two batteries come in the box.</p>",
        attributes={"Run time": ["6 hours per battery"], "Batteries": ["2"]},
    )
    assert found(torch, "Up to 12 hours of light on the two batteries.", "accuracy.number") == []
    assert found(torch, "Up to 20 hours of light on the two batteries.", "accuracy.number")


def test_a_count_per_option_value_is_not_a_count_of_those_values():
    print_ = listing(
        title="Linocut Print",
        description_html="<p>Hand-pulled, signed and numbered.</p>",
        options={"Size": ["Small", "Large"]},
        attributes={"Edition": ["30 per size"]},
        variants=[
            Variant(sku="s", title="Small", price="40.00", options={"Size": "Small"}),
            Variant(sku="l", title="Large", price="70.00", options={"Size": "Large"}),
        ],
    )
    text = "Thirty prints in each of two sizes: only 60 will ever exist."
    assert found(print_, text, "accuracy.number") == []
    assert found(print_, "Only 90 will ever exist, in two sizes.", "accuracy.number")


# --- a single size, an age limit abroad, "and a half" ---------------------------------------------


def test_one_size_of_a_listing_with_a_single_measured_size():
    bag = listing(title="Duffel Bag 40 L", attributes={"Size": ["50 x 30 x 28 cm"]})
    assert found(bag, "One size: 50 cm long, for a weekend away.", "accuracy.size") == []
    sized = listing(title="Rain Jacket", options={"Size": ["S", "M", "L"]})
    assert found(sized, "One size fits everyone.", "accuracy.size")


def test_an_age_limit_given_in_the_shops_language():
    game = listing(
        title="Card Game",
        description_html="<p>A quick card game. Not for children under 3: small parts.</p>",
        attributes={"Alter": ["ab 8 Jahren"]},
    )
    assert found(game, "A quick card game for ages 8 and up.", "accuracy.number") == []
    assert found(game, "A quick card game for ages 12 and up.", "accuracy.number")
    french = listing(title="Jeu de cartes", attributes={"Âge": ["à partir de 6 ans"]})
    assert found(french, "A card game for ages 6 and up.", "accuracy.number") == []


def test_a_number_and_a_half_before_its_unit():
    class_ = listing(
        title="Pasta Class", description_html="<p>Three and a half hours of cooking.</p>"
    )
    assert found(class_, "A 3.5-hour class: make and eat fresh pasta.", "accuracy.number") == []
    assert found(class_, "A 4.5-hour class: make and eat fresh pasta.", "accuracy.number")
    assert found(class_, "Two and a half hours to make and eat fresh pasta.", "accuracy.number")


def test_a_range_set_in_steps_gives_every_setting():
    dumbbell = listing(
        title="Adjustable Dumbbell",
        description_html="<p>One dumbbell that goes from 2 to 10 kg in 2 kg steps.</p>",
        attributes={"Adjusts": ["2-10 kg"]},
    )
    text = "Five weights in one dumbbell: 2, 4, 6, 8 and 10 kg."
    assert found(dumbbell, text, "accuracy.number") == []
    assert found(dumbbell, "Set it to 2, 4, 5 or 10 kg.", "accuracy.number") == [
        ("5", Verdict.BLOCK)
    ]


def test_a_colour_word_inside_a_materials_name_lists_no_colour():
    knife = listing(
        title="Cheese Knife",
        description_html="<p>A cheese knife.</p>",
        attributes={"Materiale": ["Acciaio inox, legno d'ulivo"]},
    )
    assert found(knife, "Stainless steel and olive wood, made by hand.", "accuracy.colour") == []
    assert found(knife, "Stainless steel, in olive and red.", "accuracy.colour")


def test_a_share_said_to_be_under_a_rounded_price():
    mugs = listing(
        title="Enamel Mugs, Set of 4",
        description_html="<p>Four enamel mugs. 27,50 € the set.</p>",
        price="27.50",
        currency="EUR",
    )
    text = "Each mug works out at under 7 € when you buy the set of four."
    assert found(mugs, text, "accuracy.price") == []
    assert found(mugs, "Each mug works out at under 4 € in the set of four.", "accuracy.price")


def test_a_step_label_in_the_shops_language_places_only_that_step():
    tea = listing(
        title="Mountain Herb Tea",
        description_html="<p>Loose herbs for tea.</p>",
        attributes={"Abgepackt in": ["Schweiz"]},
    )
    assert found(tea, "Mountain herbs, packed in Switzerland.", "accuracy.origin") == []
    assert found(tea, "Mountain herbs grown in Switzerland.", "accuracy.origin")
    assert found(tea, "Mountain herbs, packed in Austria.", "accuracy.origin")


def test_an_ingredient_label_with_an_aside_before_its_colon():
    balm = listing(
        title="Lip Balm",
        description_html="<p>A balm for dry lips.</p>",
        attributes={
            "Ingredients (INCI)": ["Butyrospermum Parkii Butter, Simmondsia Chinensis Oil"]
        },
    )
    assert found(balm, "A lip balm with shea butter and jojoba oil.", "accuracy.material") == []
    assert found(balm, "A lip balm with shea butter and coconut oil.", "accuracy.material") == [
        ("coconut oil", Verdict.BLOCK)
    ]
