"""Forty-seventh round of issue 12 (holdout_v45 read after its blind score): materials and
colours in Swahili, Catalan, Albanian, Tagalog, Indonesian and Korean; a hide named by its
animal; the Albanian and Swahili "from" ("nga", "kutoka"); the currencies of more countries,
and a country's symbol in letters written before the amount where that country writes it so.
Listings and drafts here are written for these tests; none is taken from an eval set. Each
family: the true claim passes, an invented one is still flagged."""

from __future__ import annotations

from plugin.guardrails.money import find_prices
from tests.unit.guardrails.drafts import found, listing

COLOUR = "accuracy.colour"
MATERIAL = "accuracy.material"
ORIGIN = "accuracy.origin"
PRICE = "accuracy.price"


def test_swahili_albanian_and_tagalog_materials():
    spoon = listing(title="Kijiko cha kupikia", attributes={"Nyenzo": ["mbao"]})
    assert found(spoon, "A cooking spoon carved from wood.", MATERIAL) == []
    assert found(spoon, "A cooking spoon of stainless steel.", MATERIAL) != []
    jar = listing(title="Kavanoz", description_html="<p>Kavanoz qelqi me kapak.</p>")
    assert found(jar, "A glass jar with a lid.", MATERIAL) == []
    assert found(jar, "A plastic jar with a lid.", MATERIAL) != []
    mat = listing(title="Banig", attributes={"Materyal": ["kawayan"]})
    assert found(mat, "A sleeping mat woven of bamboo.", MATERIAL) == []
    assert found(mat, "A sleeping mat woven of rattan.", MATERIAL) != []


def test_catalan_korean_and_indonesian_materials():
    scarf = listing(title="Bufanda", attributes={"Material": ["cotó"]})
    assert found(scarf, "A cotton scarf.", MATERIAL) == []
    assert found(scarf, "A silk scarf.", MATERIAL) != []
    fan = listing(title="부채", attributes={"소재": ["한지"]})
    assert found(fan, "A hand fan of paper.", MATERIAL) == []
    assert found(fan, "A hand fan of silk.", MATERIAL) != []
    drum = listing(title="Kendang", attributes={"Bahan": ["kulit kerbau"]})
    assert found(drum, "A drum headed with buffalo leather.", MATERIAL) == []
    assert found(drum, "A drum headed with goatskin.", MATERIAL) != []


def test_a_hide_named_by_its_animal():
    wallet = listing(title="Goat Hide Wallet", attributes={"Material": ["goatskin"]})
    assert found(wallet, "A wallet of goat hide.", MATERIAL) == []
    assert found(wallet, "A wallet of cow hide.", MATERIAL) != []


def test_swahili_catalan_albanian_and_tagalog_colours():
    cup = listing(title="Kikombe", options={"Rangi": ["Njano", "Kijani"]})
    assert found(cup, "It comes in yellow or green.", COLOUR) == []
    assert found(cup, "It comes in purple.", COLOUR) != []
    cap = listing(title="Gorra", options={"Color": ["Groc", "Verd"]})
    assert found(cap, "A cap in yellow or green.", COLOUR) == []
    assert found(cap, "A cap in black.", COLOUR) != []
    rug = listing(title="Qilim", options={"Ngjyra": ["E kuqe", "Blu"]})
    assert found(rug, "A rug in red or blue.", COLOUR) == []
    assert found(rug, "A rug in brown.", COLOUR) != []
    bag = listing(title="Bayong", options={"Kulay": ["Dilaw", "Asul"]})
    assert found(bag, "A woven bag in yellow or blue.", COLOUR) == []
    assert found(bag, "A woven bag in white.", COLOUR) != []


def test_more_currencies_and_a_symbol_written_before_the_amount():
    assert [(p.amount, p.currency) for p in find_prices("Harga Rp 125.000")] == [
        (125000, "IDR")
    ]
    assert [(p.amount, p.currency) for p in find_prices("Bei: Ksh 1,750")] == [(1750, "KES")]
    assert [p.currency for p in find_prices("It costs 3,400 lek.")] == [""]
    assert [p.currency for p in find_prices("It costs ₱980.")] == ["PHP"]
    assert find_prices("ALL 4 COLOURS IN STOCK") == []
    assert find_prices("3,400 Kč")[0].currency == "CZK"  # after the amount, as before
    assert [p.currency for p in find_prices("under 40 pesos")] == [""]  # a peso of either


def test_a_price_in_a_currency_read_now_is_judged():
    kite = listing(title="Layang-layang", price="175000", currency="IDR")
    assert found(kite, "A kite for Rp 175.000.", PRICE) == []
    assert found(kite, "A kite for Rp 195.000.", PRICE) != []
    bowl = listing(title="Tas", price="2600", currency="ALL")
    assert found(bowl, "A bowl for 2,600 lek.", PRICE) == []
    assert found(bowl, "A bowl for 2,900 lek.", PRICE) != []


def test_the_albanian_and_swahili_from_before_a_place():
    honey = listing(title="Mjaltë mali", attributes={"Origjina": ["Korçë, Shqipëri"]})
    assert found(honey, "Mjaltë mali nga Korça.", ORIGIN) == []
    assert found(honey, "Mjaltë mali nga Sicilia.", ORIGIN) != []
    basket = listing(title="Kikapu", attributes={"Asili": ["Mombasa, Kenya"]})
    assert found(basket, "Kikapu kutoka Mombasa, Kenya.", ORIGIN) == []
    assert found(basket, "Kikapu kutoka Dodoma, Tanzania.", ORIGIN) != []
