"""Twenty-third round of issue 12 (holdout_v20 read after its one blind score; its misses and
its clean drafts' claim findings sorted into families and fixed by the mechanism that failed),
and the bench's count of a label found under another rule. Listings and drafts here are written
for these tests; none is taken from an eval set."""

from __future__ import annotations

from plugin.domain import Finding
from plugin.guardrails.evaluation import EvalDraft, Label, score
from plugin.guardrails.findings import BLOCK
from tests.unit.guardrails.drafts import found, listing

NUMBER = "accuracy.number"
COLOUR = "accuracy.colour"
MATERIAL = "accuracy.material"
ORIGIN = "accuracy.origin"
CARE = "accuracy.care"

# --- a colour or a metal's finish listed, in any case, beside the colours offered ---------------

KETTLE = listing(
    title="Enamel Kettle",
    description_html="<p>An enamel kettle for the hob, good for boiling green tea water.</p>",
    options={"Colour": ["Red", "Cream"]},
)
BOTTLE = listing(
    title="Trinkflasche",
    description_html="<p>Eine Trinkflasche aus Edelstahl.</p>",
    options={"Farbe": ["Blau kobalt", "Weiß"]},
)
VISOR = listing(title="Ski visor", options={"Lens colour": ["Clear", "Amber", "Grey"]})


def test_a_colour_in_a_lowercase_list_of_the_options_must_be_one_of_them():
    # "green" is a word of the listing ("green tea"), but not one of the colours offered
    assert found(KETTLE, "Pick red, cream or green for your hob.", COLOUR) != []
    assert found(KETTLE, "Pick red or cream for your hob.", COLOUR) == []


def test_a_metal_finish_listed_with_the_options_is_a_colour_offered():
    assert found(KETTLE, "Choose red, cream or brushed copper.", COLOUR) != []
    assert found(VISOR, "The lens comes in clear, amber, grey or mirrored silver.", COLOUR) != []


def test_options_given_in_the_shops_language_count_by_their_hue():
    assert found(BOTTLE, "In cobalt blue, white or peach.", COLOUR) != []
    assert found(BOTTLE, "In cobalt blue or white.", COLOUR) == []


def test_a_list_that_names_a_parts_colour_or_an_unread_value_is_left_alone():
    # the colour qualifies a part ("a walnut lid"), not an option
    assert found(KETTLE, "With a cherry knob, in red or cream.", COLOUR) == []
    # an option value no table reads may be the listed colour's translation
    pens = listing(
        title="Pens",
        description_html="<p>Three pens: red, blue and mint.</p>",
        options={"Colores": ["Rojo", "Azul", "Menta"]},
    )
    assert found(pens, "Choose red, blue or mint.", COLOUR) == []


# --- a compound colour value under a shop-language label ----------------------------------------

SHEET = listing(title="Lakan", options={"Färg": ["Snövit", "Grå"]})


def test_a_compound_value_abroad_may_end_in_a_colour_read_only_as_a_whole_value():
    assert found(SHEET, "A cotton sheet in snow white or grey.", COLOUR) == []
    assert found(SHEET, "A cotton sheet in black.", COLOUR) != []


def test_ochre_in_a_shops_language_is_a_colour():
    throw = listing(title="Plaid", options={"Kleur": ["Zwart", "Wit"]})
    assert found(throw, "In zwart, wit of oker.", COLOUR) != []


# --- Swedish linen; a Czech country's long name and a place in its case ------------------------

TOWEL = listing(title="Handduk", attributes={"Material": ["100 % linne"]})


def test_swedish_linne_is_linen():
    assert found(TOWEL, "A towel of washed linen.", MATERIAL) == []
    assert found(TOWEL, "A towel of washed cotton.", MATERIAL) != []


VASE = listing(
    title="Váza",
    description_html="<p>Ručně foukaná váza z dílny v Liberci.</p>",
    attributes={"Původ": ["Česká republika"]},
)


def test_the_long_name_of_a_country_abroad_is_the_country():
    assert found(VASE, "A Czech glass vase, blown by hand.", ORIGIN) == []
    assert found(VASE, "A vase blown by hand in Poland.", ORIGIN) != []


def test_a_place_named_in_a_case_of_the_listings_language_is_that_place():
    assert found(VASE, "A vase blown by hand in Liberec.", ORIGIN) == []
    assert found(VASE, "A vase blown by hand in Kutná Hora.", ORIGIN) != []


# --- "12 cm long, with …": an axis, not a part ------------------------------------------------


def test_a_figure_then_long_names_no_part_after_it():
    knife = listing(
        title="Paring knife 20 cm",
        description_html="<p>A long-bladed paring knife.</p>",
        attributes={"Blade length": ["9 cm"]},
    )
    assert found(knife, "Steel blade, 9 cm long, with a beech handle.", NUMBER) == []
    assert found(knife, "Steel blade, 12 cm long, with a beech handle.", NUMBER) != []


# --- tumble drying said in the shop's language --------------------------------------------------


def test_a_dryer_named_in_the_listings_language_backs_tumble_drying():
    cloth = listing(title="Duk", description_html="<p>Tvättas i 40 °C. Tål torktumling.</p>")
    assert found(cloth, "Wash at 40 °C; it can go in the tumble dryer.", CARE) == []
    denied = listing(title="Tuch", description_html="<p>Nicht in den Trockner geben.</p>")
    assert found(denied, "It can go in the tumble dryer.", CARE) != []


# --- the bench: a label found under another rule is counted apart -------------------------------


def test_a_label_blocked_by_another_rule_is_counted_apart_and_still_missed(monkeypatch):
    """A label its own rule misses but another rule's blocking claim finding overlaps stays a
    miss (recall unchanged) and is counted as found under that rule."""
    item = listing(title="Box", attributes={"Size": ["20 x 20 cm"]})
    text = "A box of 30 x 30 cm."
    start = text.index("30 x 30 cm")
    draft = EvalDraft(
        id="d1",
        listing="box",
        kind="description",
        source="faulty",
        text=text,
        labels=(Label("accuracy.size", start, start + 10, "30 x 30 cm"),),
    )
    blocked = Finding(NUMBER, "accuracy", BLOCK, start, start + 10, "no", "", "")
    monkeypatch.setattr("plugin.guardrails.evaluation.check", lambda *a, **k: [blocked])
    report = score({"box": item}, [draft])
    assert report.recall("accuracy.size") == 0.0
    assert report.found_elsewhere("accuracy.size") == 1
    assert report.elsewhere == {("accuracy.size", NUMBER): 1}
    assert report.grounding_recall() == report.grounding_recall_with_elsewhere() == 1.0


def test_a_parts_length_is_not_the_products_length():
    shears = listing(title="Garden shears 30 cm", attributes={"Blade length": ["8 cm"]})
    assert found(shears, "Garden shears, 30 cm long, with a spring.", NUMBER) == []
    assert found(shears, "Garden shears, 40 cm long, with a spring.", NUMBER) != []


def test_a_portuguese_plural_participle_of_making_is_an_origin_claim():
    mats = listing(title="Bases de copos", attributes={"Origem": ["Portugal"]})
    assert found(mats, "<p>Feitas em Itália, de cortiça.</p>", ORIGIN) != []
    assert found(mats, "<p>Feitas em Portugal, de cortiça.</p>", ORIGIN) == []


def test_a_plural_without_an_s_is_a_count_of_its_thing():
    marbles = listing(title="Game", description_html="<p>Five wooden dice and a board.</p>")
    assert found(marbles, "Five wooden dice and a board.", NUMBER) == []
    assert found(marbles, "Nine wooden dice and a board.", NUMBER) != []
