"""Forty-second round of issue 12 (holdout_v40 read after its blind score): values of one
property that exclude each other (whole or ground coffee, salted or not, page ruling, prism
type, a kite's lines, raw or pasteurised milk, the power source); "by hand" in more shop
languages; a department path or pair named as a range; sizes as a list of measures, size words
in a row and "size" in more shop languages; a paper size alone after "is"; "from" as a Finnish
or Estonian case ending and "in" after a Romanian or Icelandic participle. Listings and drafts
here are written for these tests; none is taken from an eval set. Each family: the true claim
passes, an invented one is still flagged."""

from __future__ import annotations

from tests.unit.guardrails.drafts import found, listing

CATEGORY = "accuracy.category"
FEATURE = "accuracy.feature"
SIZE = "accuracy.size"


def test_a_value_that_excludes_the_listings_own_is_a_feature_claim():
    coffee = listing(
        title="Sumatra Espresso Blend 1 kg",
        vendor="Kettlebird",
        description_html="<p>A dark espresso blend, sold as whole beans in a 1 kg bag.</p>",
    )
    assert found(coffee, "Whole bean espresso, dark and rich.", FEATURE) == []
    assert [t for t, _ in found(coffee, "Finely ground espresso for your moka pot.", FEATURE)]
    assert found(coffee, "Grind the beans just before brewing.", FEATURE) == []
    pecans = listing(
        title="Roasted Pecans 200 g",
        vendor="Orchard Row",
        description_html="<p>Pecans roasted and tossed with rock salt. 200 g.</p>",
        attributes={"Ingredients": ["Pecans, salt"], "Taste": ["Salted"]},
    )
    assert found(pecans, "Salted roasted pecans.", FEATURE) == []
    assert found(pecans, "Unsalted roasted pecans.", FEATURE) != []
    assert found(pecans, "Not unsalted: these pecans are seasoned.", FEATURE) == []


def test_page_ruling_and_a_kites_lines_are_read_only_beside_their_own_words():
    pad = listing(
        title="Field Sketch Pad",
        vendor="Graphite & Co",
        description_html="<p>A sketch pad of 60 blank pages, 120 gsm.</p>",
    )
    assert found(pad, "Sixty blank pages for drawing.", FEATURE) == []
    assert found(pad, "The pages are ruled in pale grey.", FEATURE) != []
    assert found(pad, "A cover lined with linen.", FEATURE) == []
    kite = listing(
        title="Breeze Single-Line Kite",
        vendor="Skyhook",
        description_html="<p>A single-line delta kite for light winds.</p>",
    )
    assert found(kite, "An easy single-line kite.", FEATURE) == []
    assert found(kite, "A four-line kite for tricks.", FEATURE) != []


def test_raw_milk_and_batteries_against_the_listing():
    cheese = listing(
        title="Alpine Tomme 300 g",
        vendor="Hochalm",
        description_html="<p>A mountain tomme made from pasteurised cow's milk.</p>",
    )
    assert found(cheese, "Made from pasteurised milk.", FEATURE) == []
    assert found(cheese, "Made from raw milk in summer.", FEATURE) != []
    torch = listing(
        title="Trail Head Torch",
        vendor="Nightjar",
        description_html="<p>A head torch that charges via USB in three hours.</p>",
    )
    assert found(torch, "It charges via USB.", FEATURE) == []
    assert found(torch, "It takes three AA batteries.", FEATURE) != []
    assert found(torch, "No AA batteries to buy.", FEATURE) == []
    assert found(torch, "A rechargeable torch; spare AA batteries are sold apart.", FEATURE) == []


def test_a_machine_method_contradicts_by_hand_in_more_shop_languages():
    mittens = listing(
        title="Villavantar",
        vendor="Ullarhús",
        description_html="<p>Vettlingar prjónaðir í höndunum úr ull.</p>",
    )
    assert found(mittens, "Machine-knitted wool mittens.", FEATURE) != []
    bowl = listing(
        title="Savikauss",
        vendor="Savikoda",
        description_html="<p>Käsitsi vormitud savikauss.</p>",
    )
    assert found(bowl, "A mass-produced clay bowl.", FEATURE) != []
    assert found(bowl, "A clay bowl.", FEATURE) == []


def test_a_department_path_or_pair_named_as_a_range_passes():
    lamp = listing(
        title="Brass Reading Lamp",
        vendor="Lampwick",
        description_html="<p>A brass reading lamp with a linen shade.</p>",
    )
    assert found(lamp, "A reading lamp from our Home > Lamps range.", CATEGORY) == []
    assert found(lamp, "A reading lamp from our Garden > Tools range.", CATEGORY) != []
    assert found(lamp, "A reading lamp from our Lamps & Shades range.", CATEGORY) == []
    assert found(lamp, "A reading lamp from our Garden & Patio range.", CATEGORY) != []
    assert found(lamp, "A reading lamp from our Pet Bedding range.", CATEGORY) != []


def test_sizes_as_measures_counts_and_words_a_listing_does_not_offer():
    pot = listing(
        title="Enamel Stock Pot 24 cm",
        vendor="Hobside",
        description_html="<p>An enamel stock pot, 24 cm across, 7 litres.</p>",
    )
    assert found(pot, "A stock pot in 18, 24 and 28 cm sizes.", SIZE) != []
    assert found(pot, "A 24 cm stock pot.", SIZE) == []
    mat = listing(
        title="Jute Door Mat",
        vendor="Threshold",
        description_html="<p>A jute door mat.</p>",
        attributes={"Size": ["60 x 40 cm"]},
    )
    assert found(mat, "A jute mat in small, medium and large.", SIZE) != []
    assert found(mat, "A jute mat, 60 x 40 cm.", SIZE) == []
    collar = listing(
        title="Leather Dog Collar",
        vendor="Houndsworth",
        description_html="<p>A leather dog collar, 25 mm wide.</p>",
        options={"Size": ["S", "M", "L"]},
    )
    assert found(collar, "A leather collar in small, medium and large.", SIZE) == []
    boots = listing(
        title="Gummistiefel",
        vendor="Regenfest",
        description_html="<p>Gummistiefel aus Naturkautschuk.</p>",
        options={"Größe": ["38", "39", "40"]},
    )
    assert found(boots, "Gummistiefel in den Größen 38-40.", SIZE) == []
    assert found(boots, "Gummistiefel in den Größen 36-44.", SIZE) != []


def test_a_paper_size_alone_after_is_is_a_size_claim():
    planner = listing(
        title="Weekly Planner B6",
        vendor="Ledgerly",
        description_html="<p>A weekly planner, B6, 120 pages.</p>",
    )
    assert found(planner, "The planner is B6.", SIZE) == []
    assert found(planner, "The planner is A5.", SIZE) != []


ORIGIN = "accuracy.origin"


def test_from_as_a_finnish_case_ending_and_in_after_a_romanian_or_icelandic_participle():
    cheese = listing(
        title="Leipäjuusto 400 g",
        vendor="Meijeri Pohjola",
        description_html="<p>Leipäjuusto from Oulu, Finland. 400 g.</p>",
    )
    assert found(cheese, "Leipäjuusto Oulusta.", ORIGIN) == []
    assert [t for t, _ in found(cheese, "Leipäjuusto Tampereelta.", ORIGIN)] == ["Tampereelta"]
    basket = listing(
        title="Coș de răchită",
        vendor="Atelier Salcie",
        description_html="<p>A willow basket made in Cluj-Napoca, Romania.</p>",
    )
    assert found(basket, "Coș împletit în Sibiu.", ORIGIN) != []
    bowl = listing(
        title="Tréskál",
        vendor="Smiðjan",
        description_html="<p>A birch bowl made in Borgarnes, Iceland.</p>",
    )
    assert found(bowl, "Skál smíðað í Selfoss.", ORIGIN) != []


def test_beans_that_can_be_ground_at_home_are_still_whole():
    coffee = listing(
        title="Highland Arabica Whole Beans 250 g",
        vendor="Kettlebird",
        description_html="<p>Arabica coffee, sold as whole beans.</p>",
    )
    assert found(coffee, "Whole beans you can grind, or have ground at home.", FEATURE) == []
    assert (
        found(coffee, "Whole beans, best when they are ground just before brewing.", FEATURE) == []
    )


def test_silk_oak_and_icelandic_colours_in_their_cases_are_read_abroad():
    scarf = listing(
        title="Eșarfă de lână",
        vendor="Atelier Deal",
        description_html="<p>Eșarfă din lână merinos.</p>",
    )
    assert found(scarf, "Eșarfă din lână merinos.", "accuracy.material") == []
    assert found(scarf, "Eșarfă din mătase.", "accuracy.material") != []
    hat = listing(
        title="Húfa",
        vendor="Prjónastofan",
        description_html="<p>Húfa úr ull.</p>",
        options={"Litur": ["Svartur"]},
    )
    assert found(hat, "Húfa í svörtu.", "accuracy.colour") == []
    assert found(hat, "Húfa í grænu.", "accuracy.colour") != []
