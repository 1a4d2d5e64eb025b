"""Round 29: the FAQ, the SEO meta and the short description after the blind raters' notes on
heldout31's kinds, on listings invented here. What a shopper or a merchant notices: a set whose
facts are on its items gets a FAQ about them, never an empty one; no allergen list, hazard or
licence term in the meta or the short description; no "a" before a plural or a material read
as a part; a name in two languages said once, in English; "How firm is it?", "What timber is
it?" and "What colour is the cap?" rather than "What is the firmness?"."""

from plugin.domain import DraftKind, FaqItem, Listing, seo_from_text
from plugin.generation.cautions import cautionary, contents_list
from plugin.generation.faq_by_word import asked_by_word
from plugin.generation.had_articles import articles_fixed
from plugin.generation.name_in_prose import prose_name
from plugin.generation.parts_faq import read_part
from plugin.generation.voice import voice_of
from plugin.generation.yes_no_said import answered_whole
from tests.unit.generation.planner_drafts import draft, faq, text_of


def _meta(listing: Listing) -> str:
    return seo_from_text(draft(listing, DraftKind.SEO)).description


def _short(listing: Listing) -> str:
    return text_of(draft(listing, DraftKind.SHORT_DESCRIPTION))


SEED_SET = Listing(
    external_id="r29-seeds",
    title="Windowsill Seed Set",
    product_type="Seed set",
    children=[
        "Basil Seeds, 2 g, price 2.10, Germination: 7–14 days",
        "Parsley Seeds, 3 g, price 1.90, Height: 30 cm",
        "Dill Seeds, 2 g, price 1.80, Harvest: 8 weeks after sowing",
    ],
)
DOUGH = Listing(
    external_id="r29-dough",
    title="Oat and Raisin Cookie Dough 500 g",
    product_type="Cookie dough",
    attributes={
        "Ingredients": ["Oats, butter, raisins, brown sugar, egg"],
        "Allergens": ["Milk, egg, gluten"],
        "Pets": ["Raisins are toxic to dogs"],
        "Makes": ["20 cookies"],
        "Texture": ["Chewy centre, crisp edge"],
    },
)
RICE_DRINK = Listing(
    external_id="r29-rice",
    title="Brown Rice Drink 1 L",
    product_type="Rice drink",
    attributes={
        "Ingredients": ["Water, brown rice 14%, sunflower oil, sea salt"],
        "Fat": ["1.2%"],
        "Added sugar": ["None"],
    },
    options={"Pack": ["6 x 1 L", "12 x 1 L"]},
)
BRIDGE = Listing(
    external_id="r29-bridge",
    title="Cello Bridge Blank",
    product_type="Bridge blank",
    attributes={"Feet": ["Unfitted"], "Wood": ["Flamed maple"], "Sizes": ["4/4, 3/4"]},
)
BRUSH = Listing(
    external_id="r29-brush",
    title="Pinceau de rasage en blaireau / Badger Shaving Brush",
    product_type="Shaving brush",
    attributes={"Handle": ["Turned walnut"], "Knot": ["24 mm, pure badger"], "Height": ["11 cm"]},
)
POST = Listing(
    external_id="r29-post",
    title="Garden Fence Post 1.8 m",
    product_type="Fence post",
    attributes={"Timber": ["Pressure-treated pine"], "Cap colour": ["Black"], "Firmness": ["Firm"]},
)


def test_a_set_whose_facts_are_on_its_items_asks_about_them() -> None:
    asked = faq(SEED_SET)
    assert len(asked) >= 3, asked
    assert any("the Basil Seeds" in q for q in asked), asked
    assert any("7–14 days" in a for a in asked.values()), asked
    # Without a first line to ask, what the set includes is asked too.
    bare = Listing(external_id="r29-bare", title="Seed Set", children=SEED_SET.children)
    assert "What does it include?" in faq(bare), faq(bare)
    assert read_part("Finishing Oil, 500 ml, price 16.50, Drying time: 6–8 hours") == (
        "Finishing Oil",
        "Finishing Oil, 500 ml",
        {"Drying time": ["6–8 hours"]},
    )


def test_allergens_hazards_and_licences_are_not_what_a_meta_sells_with() -> None:
    for said in (_meta(DOUGH), _short(DOUGH)):
        assert "toxic" not in said and "gluten" not in said and "egg" not in said, said
        assert said, said
    assert "20 cookies" in _meta(DOUGH)
    assert cautionary("They contain wheat (gluten), soya and sesame.")
    assert cautionary("It contains fish.")
    assert cautionary("It may contain traces of nuts.")
    assert cautionary("The licence is for personal use.")
    assert not cautionary("It contains no added sugar.")
    assert not cautionary("It contains 100% wholegrain sesame.")
    assert not cautionary("It comes with a pump, a hose and a bag.")
    assert not cautionary("It is made with soy wax.")
    assert not cautionary("It is made from oak, steel and brass.")


def test_an_ingredient_list_never_opens_a_short_description() -> None:
    short = _short(RICE_DRINK)
    assert "sunflower oil" not in short.split(". ")[0], short
    assert contents_list("It contains water, rice 12%, sunflower oil and salt.")
    assert not contents_list("It comes with a pump, a hose and a bag.")


def test_no_article_before_a_plural_or_a_material_read_as_a_part() -> None:
    said = f"{_meta(BRIDGE)} {_short(BRIDGE)} {' '.join(faq(BRIDGE).values())}"
    assert "an unfitted feet" not in said and "unfitted feet" in said, said
    assert "a flamed maple wood" not in said, said
    assert articles_fixed("It has a European white oak timber.") == (
        "It is made of European white oak."
    )
    assert articles_fixed("It gives you a TIFF and JPEG files by email.") == (
        "It gives you TIFF and JPEG files by email."
    )
    assert articles_fixed("It fits a wiper channels of any length.") == (
        "It fits wiper channels of any length."
    )
    for kept in ("It has a foam core and 2 clips.", "It has a 5 mm lens.", "It has a glass lid."):
        assert articles_fixed(kept) == kept


def test_a_name_in_two_languages_is_said_once_in_english() -> None:
    meta, short = _meta(BRUSH), _short(BRUSH)
    assert meta.count("Badger Shaving Brush") == 1 and "Pinceau" not in meta, meta
    assert "Badger Shaving Brush" in short and "Pinceau" not in short, short
    assert seo_from_text(draft(BRUSH, DraftKind.SEO)).title == BRUSH.title
    assert prose_name("Garden Fence Post") == "Garden Fence Post"


def test_a_material_kind_a_quality_and_a_parts_colour_are_asked_by_their_word() -> None:
    asked = faq(POST)
    assert asked.get("What timber is it?") == "It is pressure-treated pine.", asked
    assert asked.get("What colour is the cap?") == "The cap is black.", asked
    voice = voice_of("Latex Pillow")
    item = asked_by_word(FaqItem("What is the firmness?", "The firmness is medium-firm."), voice)
    assert item == FaqItem("How firm is it?", "It is medium-firm.")
    kept = FaqItem("What is the finish like?", "The finish is oiled.")
    assert asked_by_word(kept, voice) == kept


def test_a_count_and_a_yes_or_no_note_are_said_as_sentences() -> None:
    kit = Listing(
        external_id="r29-kit",
        title="Castle Tower MDF Kit",
        product_type="Terrain kit",
        attributes={"Count": ["24 parts per sheet"], "Painted": ["No – supplied unpainted"]},
    )
    asked = faq(kit)
    assert asked.get("How many are in a pack?") == "There are 24 parts per sheet.", asked
    assert asked.get("Is it painted?") == "No, it is supplied unpainted.", asked
    voice = voice_of("Castle Tower MDF Kit")
    bracketed = FaqItem("Is glue included?", "No – (wood glue recommended).")
    assert answered_whole(bracketed, voice).answer == "No – wood glue recommended."
    # Only the product itself is the subject: "a case" is not "it".
    case = FaqItem("Is a case included?", "No – sold separately.")
    assert answered_whole(case, voice) == case
