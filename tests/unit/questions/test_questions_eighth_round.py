"""Issue 18, eighth round: the failure families read on holdout_v6 (seen since holdout_v7 was
being written), each tested on invented listings and questions (none copied from any set).

- a quoted listing sentence that the guardrails read as contradicting another line of the same
  listing is a warning, not a block: the reply repeats the listing word for word;
- a grouped product's children: a question that names one child (by a word of its own title,
  or by one of its tags) is answered from that child's listing (its price, stock, attributes);
  a question about the set as a whole still gets what the set holds;
- towns and US states as shipping destinations: the sentence for the country (by its short
  name too: "the UK", "the contiguous US") or the state they are in; a policy sentence that
  opens with destinations ("Alaska and Hawaii: …") is not scoped to a kind of product;
- screens: one's own price offered ("I'll pay 60", "would you take 45?", one variant at
  another's price, "for 12 each, deal?"), the product free in exchange for a post, the names
  of everyone on a booking, another person's e-mail, "who bought it" as a relative clause.
"""

from __future__ import annotations

import pytest

from plugin.domain import Listing, Measure, ShopVoice, Verdict
from plugin.guardrails import GuardrailPolicy
from plugin.questions.answering import Basis, ComposedReply, compose_reply
from plugin.questions.language import SUPPORTED
from plugin.questions.children import named_child
from plugin.questions.passages import collect_passages
from plugin.questions.places import places_named
from plugin.questions.screening import Flag, screen

POLICIES = {
    "shipping": "Parcels leave our Bergen studio within 3 business days. Delivery within Norway "
    "costs 89 NOK.",
    "returns": "Unused items can be returned within 21 days of delivery for a refund.",
    "care": "",
}


def ask(question: str, listing: Listing, embedder, policies: dict[str, str] = POLICIES
        ) -> ComposedReply:
    return compose_reply(question, listing, collect_passages(listing, [], policies),
                         embedder=embedder, voice=ShopVoice(), policy=GuardrailPolicy(),
                         max_tries=1, languages=SUPPORTED)


@pytest.fixture
def towels() -> Listing:
    return Listing(
        external_id="towels", title="Waffle Towel Bundle", kind="variable",
        description_html="<p>Each bundle has two bath towels and three hand towels (the guest "
        "bundle has one bath towel).</p>",
        options={"Size": ["Guest", "Family"]},
        price="48",
    )


def test_a_quoted_listing_sentence_is_never_blocked_for_its_own_words(
    towels: Listing, embedder
) -> None:
    reply = ask("how many hand towels does each bundle have", towels, embedder)
    assert reply.basis == Basis.QUOTE
    assert "three hand towels" in reply.text
    assert reply.verdict != Verdict.BLOCK


@pytest.fixture
def garden_set() -> tuple[Listing, list[Listing]]:
    trowel = Listing(external_id="trowel", title="Ash Handle Trowel", price="19",
                     attributes={"Blade": ["Carbon steel"]}, in_stock=True, stock_quantity=7,
                     tags=["garden", "digging"])
    kneeler = Listing(external_id="kneeler", title="Foam Garden Kneeler", price="15",
                      compare_at_price="18", in_stock=False, stock_quantity=0,
                      tags=["garden", "pad"], weight=Measure(0.4, "lbs"))
    twine = Listing(external_id="twine", title="Jute Twine Tin", price="9",
                    attributes={"Length": ["150 m"]}, in_stock=True, tags=["string"],
                    description_html="<p>Three-ply natural jute on a refillable spool.</p>")
    parent = Listing(external_id="gset", title="Weekend Gardener Gift Set", kind="grouped",
                     children=[trowel.title, kneeler.title, twine.title], tags=["garden"])
    return parent, [trowel, kneeler, twine]


@pytest.mark.parametrize(
    ("question", "child"),
    [
        ("how long is the twine in the gardener set?", "Jute Twine Tin"),
        ("is the kneeler from the gift set in stock", "Foam Garden Kneeler"),
        ("what is the trowel blade made of", "Ash Handle Trowel"),
        ("the pad in that set, is it thick?", "Foam Garden Kneeler"),  # by its tag
    ],
)
def test_a_question_names_a_child_by_its_own_words_or_tags(
    garden_set: tuple[Listing, list[Listing]], question: str, child: str
) -> None:
    parent, children = garden_set
    found = named_child(question, parent, children)
    assert found is not None and found.title == child


@pytest.mark.parametrize(
    "question", ["what comes in the weekend gardener set?", "is this a good gift for my dad?"]
)
def test_a_question_about_the_set_names_no_child(
    garden_set: tuple[Listing, list[Listing]], question: str
) -> None:
    parent, children = garden_set
    assert named_child(question, parent, children) is None


def _ask_set(question: str, garden_set: tuple[Listing, list[Listing]], embedder
             ) -> ComposedReply:
    parent, children = garden_set
    return compose_reply(
        question, parent, collect_passages(parent, [], POLICIES), embedder=embedder,
        voice=ShopVoice(), policy=GuardrailPolicy(), max_tries=1, languages=SUPPORTED,
        children=[(c, collect_passages(c, [], POLICIES)) for c in children],
    )


def test_a_child_is_answered_from_its_own_listing(
    garden_set: tuple[Listing, list[Listing]], embedder
) -> None:
    price = _ask_set("how much is the kneeler on its own?", garden_set, embedder)
    assert price.basis == Basis.STRUCTURE and "15" in price.text and "18" in price.text
    stock = _ask_set("is the kneeler in the gardener set in stock?", garden_set, embedder)
    assert "out of stock" in stock.text
    length = _ask_set("how long is the twine in the set?", garden_set, embedder)
    assert "150 m" in length.text


def test_the_set_as_a_whole_still_lists_its_children(
    garden_set: tuple[Listing, list[Listing]], embedder
) -> None:
    reply = _ask_set("what's included in the weekend gardener set?", garden_set, embedder)
    assert reply.basis == Basis.STRUCTURE
    assert all(name in reply.text for name in ("Trowel", "Kneeler", "Twine"))


SHIPPING = {
    "shipping": "We ship from Vermont within 2 business days. Delivery within the contiguous "
    "US costs 6.00. Alaska and Hawaii: 25.00, 7 to 12 business days. Canada: 30.00. We do not "
    "ship to the UK at the moment.",
    "returns": "",
    "care": "",
}


@pytest.mark.parametrize(
    ("question", "country", "region"),
    [
        ("can you ship it to Leeds?", "GB", ""),
        ("shipping to Tucson, Arizona please", "US", "Arizona"),
        ("delivery to Vancouver?", "CA", ""),
        ("do you ship to Oregon", "US", "Oregon"),
    ],
)
def test_towns_and_states_are_placed_in_their_country(
    question: str, country: str, region: str
) -> None:
    place = places_named(question)[0]
    assert (place.country, place.region) == (country, region)


def test_words_without_a_capital_name_no_town() -> None:
    assert places_named("is this nice for reading in bed?") == []


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("could you ship the lantern to Honolulu? what does it cost", "Alaska and Hawaii: 25.00"),
        ("do you deliver the lantern to Winnipeg", "Canada: 30.00"),
        ("can you ship the lantern to Manchester?", "do not ship to the UK"),
        ("what's shipping to Chicago for the lantern", "contiguous US costs 6.00"),
    ],
)
def test_a_town_is_answered_with_its_countrys_shipping_sentence(
    question: str, expected: str, embedder
) -> None:
    lantern = Listing(external_id="lantern", title="Tin Camp Lantern", price="38")
    reply = ask(question, lantern, embedder, SHIPPING)
    assert reply.basis == Basis.QUOTE
    assert expected in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "that's steep for a stool, I'll pay 60 cash and we're done",
        "we would offer you 250 for the pair",
        "would you take 45 for the blue one?",
        "can you do the large tray at the small price?",
        "I'd take five of them if you sell them for 12 each, deal?",
        "could you send me the scarf in exchange for a review on my blog?",
        "Pourriez-vous m'offrir le bol gratuitement ?",
    ],
)
def test_naming_ones_own_price_or_asking_for_it_free_is_screened(question: str) -> None:
    assert screen(question) == Flag.DISCOUNT


@pytest.mark.parametrize(
    "question",
    [
        "send me the e-mails of everyone on the Sunday pottery class",
        "who is everyone booked on the tasting evening?",
        "my colleague booked the workshop, which e-mail did she use?",
        "Kan du säga vem som beställde lampan förra veckan?",
        "Hvem der købte den røde kande i går?",
    ],
)
def test_asking_about_the_others_on_a_booking_is_screened(question: str) -> None:
    assert screen(question) == Flag.OTHER_CUSTOMER


@pytest.mark.parametrize(
    "question",
    [
        "how much is the large tray?",
        "is the small tray cheaper than the large?",
        "my sister bought one last year, does it still come in grey?",
        "can I pay with PayPal?",
        "what does everyone use it for?",
    ],
)
def test_ordinary_price_and_purchase_questions_are_not_screened(question: str) -> None:
    assert screen(question) is None
