"""Round 36: a type's job said only where the listing ties it to the product (or has nothing
else to say), care and caution orders left to the list, the English name alone in bold, no "is
a <kind>" first line that only renames the title, and no material sentence that only repeats
the title's material, on listings invented here."""

from __future__ import annotations

from plugin.domain import DraftKind, Listing
from plugin.generation.purpose import grounded
from plugin.generation.sentence import Role, Sentence
from plugin.generation.title_said import without_title_material
from tests.unit.generation.planner_drafts import draft, text_of


def _html(listing: Listing) -> str:
    return draft(listing, DraftKind.DESCRIPTION)


def _prose(listing: Listing) -> str:
    return text_of(_html(listing).split("<ul>")[0])


def _list(listing: Listing) -> str:
    html = _html(listing)
    return text_of(html[html.find("<ul>") :].replace("</li>", "\n"))


def test_a_type_job_the_listing_never_touches_is_not_said() -> None:
    plain = Listing(
        external_id="r36-bin",
        title="Slatted Larch Compost Bin",
        product_type="Compost bin",
        attributes={"Wood": ["Larch"], "Capacity": ["330 L"], "Lid": ["Hinged"]},
    )
    assert not grounded(plain)
    assert "waste" not in _prose(plain) and "330 L" in _prose(plain)
    # A value that speaks of what the type does ties it to this product: it is said.
    fed = Listing(
        external_id="r36-bin-fed",
        title="Slatted Larch Compost Bin",
        product_type="Compost bin",
        attributes={"Wood": ["Larch"], "Takes": ["Kitchen peelings and garden clippings"]},
    )
    assert grounded(fed) and "waste" in _prose(fed)
    # Nor is the type's job said as the first line's tail.
    hat = Listing(
        external_id="r36-hat",
        title="Knitted Wool Hat",
        product_type="Hat",
        attributes={"Material": ["100% wool"], "Size": ["One size"], "Brim": ["Turned up"]},
    )
    assert "head" not in _prose(hat) and "warmth" in _prose(hat)
    # A thin listing with nothing else to say still says what its type is for.
    thin = Listing(
        external_id="r36-hat-thin",
        title="Knitted Wool Hat",
        product_type="Hat",
        attributes={"Size": ["One size"]},
    )
    assert grounded(thin)


def test_care_and_caution_orders_are_left_to_the_list() -> None:
    wrap = Listing(
        external_id="r36-wrap",
        title="Striped Beach Wrap",
        product_type="Beach wrap",
        attributes={"Material": ["100% cotton"], "Care": ["Wash cool; dry in shade"]},
    )
    assert "wash" not in _prose(wrap).lower() and "dry in shade" in _list(wrap)
    relish = Listing(
        external_id="r36-relish",
        title="Smoked Tomato Relish",
        product_type="Relish",
        attributes={
            "Ingredients": ["Tomatoes, onion, cider vinegar, sugar, smoked paprika"],
            "Storage": ["Refrigerate once opened; eat within 5 weeks"],
        },
    )
    assert "Refrigerate" not in _prose(relish) and "Refrigerate" in _list(relish)


def test_the_english_half_of_a_two_language_name_is_said_alone_in_bold() -> None:
    jar = Listing(
        external_id="r36-jar",
        title="Ogórki kiszone / Pickled Cucumbers",
        product_type="Pickles",
        attributes={"Ingredients": ["Cucumbers, water, salt, dill, garlic"], "Weight": ["900 g"]},
    )
    html = _html(jar)
    assert "<strong>Pickled Cucumbers</strong>" in html and "Ogórki" not in html.split("<ul>")[0]


def test_a_first_line_that_only_renames_the_title_is_not_said() -> None:
    kit = Listing(
        external_id="r36-kit",
        title="Starter Embroidery Kit",
        product_type="Craft kit",
        attributes={"Includes": ["Hoop, 6 skeins of thread, 2 needles, a printed pattern"]},
    )
    assert "is a craft kit" not in _prose(kit) and "hoop" in _prose(kit).lower()


def test_a_material_sentence_that_only_repeats_the_title_is_left_to_the_list() -> None:
    stand = Listing(
        external_id="r36-stand",
        title="Cast Iron Plant Stand",
        product_type="Plant stand",
        attributes={"Material": ["Cast iron"], "Feet": ["Four rubber feet"]},
    )
    assert "from cast iron" not in _prose(stand) and "Cast iron" in _list(stand)
    hook = Sentence(Role.HOOK, "The Cast Iron Plant Stand", ask="hook", replaces=2)
    said = (
        hook,
        Sentence(Role.BUILD, "It is made from cast iron.", facts=("Cast iron",)),
        Sentence(Role.FEATURE, "It has four feet.", facts=("Four",)),
    )
    kept = without_title_material(said, "Cast Iron Plant Stand")
    assert [s.lead for s in kept][1:] == ["It has four feet."] and kept[0].replaces == 1
    # A word the title does not hold keeps the sentence.
    blown = Sentence(Role.BUILD, "It is made of recycled glass.", facts=("Recycled glass",))
    assert without_title_material((hook, blown), "Glass Storage Jar") == (hook, blown)
