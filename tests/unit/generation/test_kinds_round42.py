"""Round 42: the kinds after heldout44's notes, on listings invented here. What a shopper
notices on a listing written in another language than English: a label or a value in the shop's
language is never set into an English sentence ("Its <label> is …", "lets you choose the
<label>: …", "It has a <shop words>.") in the short description, the meta or the FAQ; a choice
whose values read in English is said without its label and asked without it, and the first
sentence left still names the product."""

from __future__ import annotations

import json
import re

from plugin.domain import DraftKind, Listing
from tests.unit.generation.planner_drafts import draft, faq, text_of

# An invented Portuguese listing: labels and most values in the shop's language.
_BOARD = Listing(
    external_id="r42-board",
    title="Tábua de corte em nogueira",
    product_type="Tábuas",
    options={"Tamanho": ["30 cm", "40 cm", "50 cm"], "Acabamento": ["óleo mineral", "cera"]},
    attributes={
        "Madeira": ["nogueira maciça, colada"],
        "Cuidados": ["lavar à mão, secar logo"],
        "Origem": ["feito em Portugal"],
    },
)
# An invented Czech-like listing with nothing but its own words and one choice of weights.
_HONEY = Listing(
    external_id="r42-honey",
    title="Lesní med tmavý",
    product_type="Med",
    options={"Hmotnost": ["250 g", "500 g", "950 g"]},
    attributes={"Původ": ["vlastní včelín, Vysočina"], "Skladování": ["suché tmavé místo"]},
)
# An English listing: nothing changes.
_RACK = Listing(
    external_id="r42-rack",
    title="Oak Wall Coat Rack",
    product_type="Home",
    options={"Hooks": ["3 hooks", "5 hooks"]},
    attributes={"Material": ["solid oak, waxed"], "Fixings": ["screws and plugs included"]},
)

_SHOP_WORDS = re.compile(
    r"\b(?:tamanho|acabamento|madeira|cuidados|origem|óleo|cera|maciça|lavar|hmotnost|"
    r"původ|vlastní|skladování|suché)\b",
    re.IGNORECASE,
)


def _meta(listing: Listing) -> str:
    return str(json.loads(draft(listing, DraftKind.SEO))["description"])


def _without_name(text: str, listing: Listing) -> str:
    return text.replace(listing.title, "")


def test_short_description_sets_no_shop_words_into_english() -> None:
    for listing in (_BOARD, _HONEY):
        short = _without_name(text_of(draft(listing, DraftKind.SHORT_DESCRIPTION)), listing)
        assert not _SHOP_WORDS.search(short), short


def test_meta_sets_no_shop_words_into_english_and_names_the_product() -> None:
    for listing in (_BOARD, _HONEY):
        meta = _meta(listing)
        assert not _SHOP_WORDS.search(_without_name(meta, listing)), meta
        assert listing.title in meta.split(". ")[0], meta


def test_a_choice_of_english_values_is_said_without_its_label() -> None:
    meta = _meta(_HONEY)
    assert "250 g, 500 g or 950 g" in meta, meta
    short = text_of(draft(_HONEY, DraftKind.SHORT_DESCRIPTION))
    assert short.startswith(("The Lesní med tmavý", "This Lesní med tmavý", "Introducing")), short


def test_faq_asks_a_choice_without_the_shop_label() -> None:
    asked = faq(_HONEY)
    text = " ".join(f"{q} {a}" for q, a in asked.items())
    assert not _SHOP_WORDS.search(text), asked
    assert asked.get("Which sizes can I choose?", "").endswith("250 g, 500 g or 950 g."), asked


def test_an_english_listing_is_untouched() -> None:
    meta = _meta(_RACK)
    assert "oak" in meta.lower(), meta
    asked = faq(_RACK)
    assert asked and all("?" in q for q in asked), asked
