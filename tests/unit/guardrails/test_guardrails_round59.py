"""Fifty-ninth round of issue 12: the bench checks each listing's drafts under the policy its
shop would have (the listing's copy language), which showed a family of ``quality.language``
false alarms in a French or Italian shop's own copy: a frequent word of the shop's language that
another language's list names ("de", "da") read as that language. Listings and drafts here are
written for these tests; none is taken from an eval set. Each family: the true copy passes, copy
in another language is still flagged."""

from __future__ import annotations

from plugin.domain import DraftKind, Listing
from plugin.guardrails import GuardrailPolicy, check
from plugin.guardrails.evaluation import listing_policy
from tests.unit.guardrails.drafts import listing

LANGUAGE = "quality.language"


def _language(item: Listing, text: str, language: str) -> list[str]:
    body = f"<p>{text}</p>"
    findings = check(item, body, DraftKind.DESCRIPTION, GuardrailPolicy(language=language))
    return [f.message for f in findings if f.rule == LANGUAGE]


def test_a_french_shops_copy_full_of_de_is_french():
    bag = listing(title="Sac de marché en jute")
    text = (
        "Sac de marché en toile de jute, cousu à Lyon, avec deux anses de coton. "
        "Poche intérieure de 20 cm, fond plat de 35 cm."
    )
    assert _language(bag, text, "fr") == []


def test_an_italian_shops_copy_with_da_e_o_is_italian():
    cup = listing(title="Tazza da caffè in ceramica")
    text = (
        "Tazza da caffè in ceramica smaltata, fatta a mano a Faenza, bianca o blu, "
        "da 80 ml e con piattino da 12 cm."
    )
    assert _language(cup, text, "it") == []


def test_other_languages_in_a_french_shop_are_still_flagged():
    bag = listing(title="Sac de marché en jute")
    english = (
        "A market bag of jute with two cotton handles and an inside pocket, made in Lyon "
        "for the weekly shop and the beach."
    )
    spanish = (
        "Una bolsa de yute para el mercado, con dos asas y un bolsillo para las llaves, "
        "cosida en Lyon por el taller."
    )
    assert _language(bag, english, "fr")
    assert _language(bag, spanish, "fr")


def test_the_bench_checks_a_listing_under_its_copy_language():
    german = listing(
        title="Handgenähte Tasche aus Leder",
        product_type="Tasche",
        tags=["Leder", "handgenäht", "Geschenk für Reisen"],
        attributes={"Material": ["Rindsleder"], "Farbe": ["Braun"], "Herkunft": ["Deutschland"]},
    )
    assert listing_policy(german).language == "de"
    assert listing_policy(listing(title="Oak Serving Board")).language == "en"
