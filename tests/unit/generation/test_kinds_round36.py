"""Round 36: the kinds after round 35's leftovers from heldout37's notes, on listings invented
here. What a shopper notices: a short description leads with what the product is for, or what
its maker left out, before a bare measure; a quality is said as what the product is, not read
back in its label's frame; a tag's diet is asked; a value's word in another language gives way
to its gloss; "a" or "an" is chosen one way everywhere."""

import json

from plugin.domain import DraftKind, FaqItem, Listing
from plugin.generation.answer_fit import fitted
from plugin.generation.kinds_polish import polished
from tests.unit.generation.planner_drafts import draft, faq, text_of


def _meta(listing: Listing) -> str:
    return str(json.loads(draft(listing, DraftKind.SEO))["description"])


def _short(listing: Listing) -> str:
    return text_of(draft(listing, DraftKind.SHORT_DESCRIPTION))


def test_a_listed_use_leads_the_short_description() -> None:
    hood = Listing(
        external_id="r36-hood",
        title="Wire Plant Hood",
        product_type="Plant cover",
        attributes={
            "Material": ["Galvanised wire"],
            "Top": ["Looped wire ring"],
            "Use": ["Keeping birds off young brassicas; lifts off for weeding"],
        },
    )
    short = _short(hood)
    assert "is for keeping birds off young brassicas." in short and "weeding" not in short


def test_a_bare_measure_follows_and_nothing_added_leads() -> None:
    syrup = Listing(
        external_id="r36-syrup",
        title="Blackcurrant Cordial",
        product_type="Cordial",
        attributes={
            "Volume": ["500 ml"],
            "Ingredients": ["Blackcurrant juice 60%, cane sugar, water"],
            "Sweetener": ["No added sweeteners"],
        },
    )
    short = _short(syrup)
    assert "has no added sweeteners." in short and "500 ml" not in short
    mat = Listing(
        external_id="r36-mat",
        title="Rubber Boot Tray",
        attributes={"Thickness": ["6 mm"], "Material": ["Recycled rubber, raised lip"]},
    )
    first = _short(mat).split(". ")[0]
    assert "6 mm" not in first


def test_a_quality_is_what_the_product_is() -> None:
    said = fitted(FaqItem("What is the spice like?", "The spice is fiery."))
    assert said == FaqItem("What is the spice like?", "It is fiery.")
    said = fitted(FaqItem("What is the roast like?", "The roast is dark."))
    assert said == FaqItem("What is the roast like?", "It has a dark roast.")
    # A part's state is no quality of the whole: it stays the part's.
    said = fitted(FaqItem("What is the rim like?", "The rim is rolled."))
    assert said.answer == "The rim is rolled."
    assert polished("The Chutney has a fiery spice.") == "The Chutney is fiery."
    assert polished("The Beans have a light roast.") == "The Beans have a light roast."


def test_a_tags_diet_is_asked_and_fills_a_thin_meta() -> None:
    dip = Listing(
        external_id="r36-dip",
        title="Smoked Aubergine Dip",
        product_type="Dip",
        tags=["vegan", "dairy free", "party"],
        attributes={"Ingredients": ["Aubergine, tahini, lemon, garlic"], "Jar": ["180 g"]},
    )
    answers = faq(dip)
    assert answers.get("Is it suitable for vegans?") == "Yes, it is suitable for vegans."
    assert answers.get("Is it dairy-free?") == "Yes, it is dairy-free."
    assert "It is suitable for vegans." in _meta(dip) or "dairy-free" in _meta(dip)
    # A diet the listing states itself is not asked again from a tag.
    stated = Listing(
        external_id="r36-stated",
        title="Smoked Aubergine Dip",
        tags=["vegan"],
        attributes={"Vegan": ["Yes"], "Jar": ["180 g"]},
    )
    assert sum("vegan" in q.lower() for q in faq(stated)) <= 1


def test_a_foreign_word_gives_way_to_its_gloss() -> None:
    game = Listing(
        external_id="r36-game",
        title="Juego de bolos / Skittles Set",
        product_type="Game",
        options={"Tamaño / Size": ["Chico (6 bolos / 6 pins)", "Grande (9 bolos / 9 pins)"]},
        attributes={"Material / Material": ["Haya / Beech"]},
    )
    said = " ".join([_short(game), _meta(game), *faq(game).values()])
    assert "chico" not in said.lower() and "grande" not in said.lower()
    assert "6 pins" in said


def test_a_or_an_by_how_the_word_sounds() -> None:
    assert polished("It has an sturdy frame.") == "It has a sturdy frame."
    assert polished("It takes a hour to set.") == "It takes an hour to set."
    assert polished("It has a 8 mm bead.") == "It has an 8 mm bead."
    assert polished("It is a A4 sheet with a USB cable.") == "It is an A4 sheet with a USB cable."
    # A capital letter inside a sentence names a size or a side, not an article.
    assert polished("Choose size A or B.") == "Choose size A or B."
    assert polished("A one-piece body and a oak lid.") == "A one-piece body and an oak lid."


def test_a_thin_listings_material_tag_leads_its_one_measure() -> None:
    spoon = Listing(
        external_id="r36-spoon",
        title="Carved Jam Spoon",
        tags=["beech wood", "kitchen"],
        attributes={"Length": ["18 cm"]},
    )
    assert _short(spoon) == "The Carved Jam Spoon is made of beech wood. It is 18 cm long."


def test_a_list_of_sizes_follows_a_reason() -> None:
    coat = Listing(
        external_id="r36-coat",
        title="Dog Float Coat with Handle",
        product_type="Dog float coat",
        options={"Size": ["XS", "S", "M", "L"]},
        attributes={
            "Visibility": ["Hi-vis"],
            "Back length": ["XS 25 cm, S 32 cm, M 39 cm, L 46 cm"],
            "Care": ["Hand wash cold"],
        },
    )
    short = _short(coat)
    assert "easy to see" in short.split(". ")[0]
    assert short.endswith("It comes in XS, S, M or L.")
