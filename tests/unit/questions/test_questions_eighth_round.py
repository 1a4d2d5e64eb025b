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
- materials: asked as a choice between materials ("wool or acrylic?") or by a part's name
  ("what is the frame made of?"), answered by the line that states it; not when the question
  names only the material the line states (it asks about something else: a finish);
- the smallest or largest size ("how much is in the smallest bag?", "het grootste pak") is
  answered with the sizes offered, smallest to largest as listed; a price asked of it is a
  price;
- a remark after the question asks nothing: a price word in it ("ink is expensive") is no
  price question, and its words are not topics the listing must know; a load ("weight
  limit", "max load") is never the product's own weight; "on offer" asks the sale price;
  measures in the plural ("which lengths?") ask the sizes offered; the formats of a download
  are its files; "how much?" and the product's name alone ask the price; "you or someone
  else?" asks who sells it, not for another customer's data;
- brightness asked in any language ("how bright", "wie hell", "kuinka kirkas") is the
  light's lumen line; Finnish colour words in their cases ("missä väreissä"); an attribute
  named with a short concept word inside a longer one ("Cord length" is no colour, "cor");
- policies: the returns sentence that names what the product is ("Lamps can only be returned
  boxed" for a lamp, also among other scopes) is its rule; exchanges and swaps get the
  policy's sentence on exchanges; "express" asks about shipping; "EE. UU." is the US; drying in
  the machine is a care question; a care sentence opening with a kind of product ("Linen
  sheets: …") applies to that kind, not to anything else made of the material;
- a choice between materials of a part the listing does not describe ("is the handle plastic
  or wood?") is not answered with the product's own Material line;
- values named: a value inside a longer one named ("super king" is not also "king") and a
  size letter inside a contraction ("I'm" is no size M) do not count, so two values no
  variant combines are answered with what the other value comes in;
- shares asked in percent ("hoeveel procent merino?") are the one line in percent; cups
  asked in any language ("hoeveel kopjes") ask the capacity;
- care: a hand-wash line answers "dishwasher ok?" (it rules the dishwasher out);
- unanswerable questions a neighbouring fact stood in for: "how long to steep" is time, not
  a length; "colourfast?" is not a question about the colours;
- personal data: a surname with a lower-case particle ("Jan van Dijk", "Ana dos Santos"), a
  name after the Dutch "met" of a phone call, and a name written in lower case after "it's"
  just before the phone number it came with are cut;
- the one description sentence that uses a topic word of the question no other fact uses
  ("serrated") is ranked first, ahead of sentences merely closer to the whole question;
- the measure of a part the product's name does not name ("strap length") is not the
  product's dimensions; an attribute with several values asked while naming one of them
  ("smells of cedar? what else?") is answered with all of them;
- Swedish, Danish and Norwegian: a short question the detector splits between them is theirs
  (the three together are sure), told apart by their own function words and letters;
- screens: one's own price offered ("I'll pay 60", "would you take 45?", one variant at
  another's price, "for 12 each, deal?"), the product free in exchange for a post, the names
  of everyone on a booking, another person's e-mail, "who bought it" as a relative clause.
"""

from __future__ import annotations

import pytest

from plugin.domain import Listing, Measure, ShopVoice, Variant, Verdict
from plugin.guardrails import GuardrailPolicy
from plugin.questions.answering import Basis, ComposedReply, compose_reply
from plugin.questions.children import named_child
from plugin.questions.language import MIN_CONFIDENCE, SUPPORTED, question_language, reply_language
from plugin.questions.passages import collect_passages
from plugin.questions.personal_data import strip_personal_data
from plugin.questions.places import places_named
from plugin.questions.screening import Flag, screen
from plugin.questions.slots import find_slot

POLICIES = {
    "shipping": "Parcels leave our Bergen studio within 3 business days. Delivery within Norway "
    "costs 89 NOK.",
    "returns": "Unused items can be returned within 21 days of delivery for a refund.",
    "care": "",
}


def ask(
    question: str, listing: Listing, embedder, policies: dict[str, str] = POLICIES
) -> ComposedReply:
    return compose_reply(
        question,
        listing,
        collect_passages(listing, [], policies),
        embedder=embedder,
        voice=ShopVoice(),
        policy=GuardrailPolicy(),
        max_tries=1,
        languages=SUPPORTED,
    )


@pytest.fixture
def towels() -> Listing:
    return Listing(
        external_id="towels",
        title="Waffle Towel Bundle",
        kind="variable",
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
    trowel = Listing(
        external_id="trowel",
        title="Ash Handle Trowel",
        price="19",
        attributes={"Blade": ["Carbon steel"]},
        in_stock=True,
        stock_quantity=7,
        tags=["garden", "digging"],
    )
    kneeler = Listing(
        external_id="kneeler",
        title="Foam Garden Kneeler",
        price="15",
        compare_at_price="18",
        in_stock=False,
        stock_quantity=0,
        tags=["garden", "pad"],
        weight=Measure(0.4, "lbs"),
    )
    twine = Listing(
        external_id="twine",
        title="Jute Twine Tin",
        price="9",
        attributes={"Length": ["150 m"]},
        in_stock=True,
        tags=["string"],
        description_html="<p>Three-ply natural jute on a refillable spool.</p>",
    )
    parent = Listing(
        external_id="gset",
        title="Weekend Gardener Gift Set",
        kind="grouped",
        children=[trowel.title, kneeler.title, twine.title],
        tags=["garden"],
    )
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


def _ask_set(question: str, garden_set: tuple[Listing, list[Listing]], embedder) -> ComposedReply:
    parent, children = garden_set
    return compose_reply(
        question,
        parent,
        collect_passages(parent, [], POLICIES),
        embedder=embedder,
        voice=ShopVoice(),
        policy=GuardrailPolicy(),
        max_tries=1,
        languages=SUPPORTED,
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


@pytest.fixture
def chair() -> Listing:
    return Listing(
        external_id="chair",
        title="Director's Camp Chair",
        attributes={
            "Frame": ["Powder-coated steel"],
            "Seat": ["Waxed canvas"],
            "Armrests": ["Solid beech"],
        },
        price="89",
    )


@pytest.fixture
def throw() -> Listing:
    return Listing(
        external_id="throw",
        title="Herringbone Sofa Throw",
        attributes={"Material": ["80% lambswool, 20% nylon"], "Size": ["130 x 170 cm"]},
        price="95",
    )


@pytest.mark.parametrize(
    ("question", "line"),
    [
        ("what's the chair frame made of? it'll live on a boat", "Frame: Powder-coated steel"),
        ("are the armrests wood or plastic", "Armrests: Solid beech"),
        ("seat — cotton or polyester?", "Seat: Waxed canvas"),
    ],
)
def test_a_parts_material_is_answered_by_its_line(chair: Listing, question: str, line: str) -> None:
    answer = find_slot(question, chair)
    assert answer is not None and answer.lines == (line,)


def test_a_choice_between_materials_is_answered_by_the_material(throw: Listing, embedder) -> None:
    reply = ask("is the throw pure wool or mixed with acrylic? I itch easily", throw, embedder)
    assert reply.basis == Basis.STRUCTURE
    assert "80% lambswool, 20% nylon" in reply.text


def test_the_material_the_line_states_asks_something_else(chair: Listing) -> None:
    answer = find_slot("are the beech armrests oiled or varnished?", chair)
    assert answer is None or answer.lines != ("Armrests: Solid beech",) or answer.weak


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Vilken bredd har bandet?", "sv"),
        ("Hvor er koppen lavet?", "da"),
        ("Är bordet av ek?", "sv"),
    ],
)
def test_a_short_nordic_question_is_answered_in_its_language(question: str, language: str) -> None:
    found, sure = question_language(question)
    assert (found, sure >= MIN_CONFIDENCE) == (language, True)
    assert reply_language(question, SUPPORTED) == language


def test_a_short_english_question_stays_english() -> None:
    assert reply_language("Is it vegan?", SUPPORTED) == "en"


@pytest.fixture
def coffee() -> Listing:
    sizes = ["250 g bag", "500 g bag", "1 kg bag"]
    return Listing(
        external_id="coffee",
        title="Hill Farm Espresso Beans",
        kind="variable",
        options={"Size": sizes},
        variants=[
            Variant(s, s, price=p, options={"Size": s})
            for s, p in zip(sizes, ("9", "16", "29"), strict=True)
        ],
        price="9",
    )


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("how many grams does the smallest bag hold?", "en"),
        ("Wie viel ist in der größten Packung?", "de"),
        ("Hoeveel koffie zit er in de grootste zak?", "nl"),
        ("Quanto caffè c'è nella confezione più piccola?", "it"),
    ],
)
def test_the_smallest_or_largest_size_is_answered_with_the_sizes(
    coffee: Listing, question: str, language: str
) -> None:
    answer = find_slot(question, coffee, language)
    assert answer is not None
    assert answer.lines == ("Size: 250 g bag, 500 g bag, 1 kg bag",)


def test_the_price_of_the_largest_is_a_price(coffee: Listing) -> None:
    answer = find_slot("how much does the largest cost?", coffee)
    assert answer is not None and answer.intent != "option"


@pytest.fixture
def guide() -> Listing:
    return Listing(
        external_id="guide",
        title="Alpine Flora Field Guide",
        kind="simple",
        downloadable=True,
        virtual=True,
        downloads=["Field Guide (PDF)", "Field Guide (MOBI)"],
        attributes={"Pages": ["212"], "Illustrations": ["340 watercolours"]},
        price="14",
    )


def test_a_price_word_in_a_remark_asks_no_price(guide: Listing, embedder) -> None:
    reply = ask("how many pages is the guide? paper is expensive these days", guide, embedder)
    assert reply.basis == Basis.STRUCTURE and "212" in reply.text and "14" not in reply.text


def test_a_downloads_formats_are_its_files(guide: Listing, embedder) -> None:
    reply = ask("what formats does the field guide come in? my reader is old", guide, embedder)
    assert "PDF" in reply.text and "MOBI" in reply.text


def test_how_much_and_the_name_alone_ask_the_price(guide: Listing) -> None:
    answer = find_slot("alpine flora field guide — how much?", guide)
    assert answer is not None and answer.intent == "price"
    assert find_slot("how much detail do the watercolours have?", guide) is None or (
        find_slot("how much detail do the watercolours have?", guide).intent != "price"
    )


@pytest.fixture
def swing() -> Listing:
    return Listing(
        external_id="swing",
        title="Oak Tree Swing",
        kind="variable",
        description_html="<p>Oak seat on braided rope. The small seat takes up to 110 lbs, the "
        "large up to 260 lbs.</p>",
        options={"Seat": ["Small", "Large"]},
        price="65",
        weight=Measure(6.5, "lbs"),
        attributes={"Rope length": ["2.5 m"]},
    )


def test_a_load_is_never_the_products_own_weight(swing: Listing, embedder) -> None:
    reply = ask("weight limit on the large swing? two kids at once", swing, embedder)
    assert "6.5 lbs" not in reply.text


def test_a_remark_after_the_question_brings_no_novel_topic(swing: Listing, embedder) -> None:
    reply = ask("rope length on the swing? our branch is quite high", swing, embedder)
    assert not reply.needs_merchant and "2.5 m" in reply.text


def test_on_offer_asks_the_sale_price() -> None:
    sizes = ["6 in", "8 in"]
    knife = Listing(
        external_id="k",
        title="Carbon Paring Knife",
        kind="variable",
        options={"Blade": sizes},
        price="40",
        variants=[
            Variant("a", "6 in", price="40", options={"Blade": "6 in"}),
            Variant("b", "8 in", price="45", compare_at_price="55", options={"Blade": "8 in"}),
        ],
    )
    answer = find_slot("is the paring knife on offer?", knife)
    assert answer is not None and "55" in " ".join(answer.lines)


def test_measures_in_the_plural_ask_the_sizes_offered() -> None:
    rods = Listing(
        external_id="r",
        title="Curtain Rod",
        kind="variable",
        options={"Size": ["120 cm", "160 cm", "200 cm"]},
        price="30",
        dimensions=None,
    )
    answer = find_slot("which lengths can I get the curtain rod in", rods)
    assert answer is not None and answer.lines == ("Size: 120 cm, 160 cm, 200 cm",)


def test_you_or_someone_else_asks_who_sells_it() -> None:
    assert screen("do I buy the tour from you or someone else?") is None
    assert screen("can you look up someone else's order for me?") == Flag.OTHER_CUSTOMER


@pytest.fixture
def torch() -> Listing:
    return Listing(
        external_id="torch",
        title="Pocket Torch",
        kind="variable",
        options={"Colour": ["Sand", "Slate"]},
        attributes={"Light output": ["250 lumens"], "Cord length": ["1 m"]},
        price="29",
    )


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("how bright is the pocket torch?", "en"),
        ("Wie hell ist die Taschenlampe?", "de"),
        ("Kuinka kirkas taskulamppu on?", "fi"),
    ],
)
def test_brightness_is_the_lumen_line(torch: Listing, question: str, language: str) -> None:
    answer = find_slot(question, torch, language)
    assert answer is not None and answer.lines == ("Light output: 250 lumens",)


def test_finnish_colour_cases_ask_the_colours(torch: Listing) -> None:
    answer = find_slot("Missä väreissä taskulamppua saa?", torch, "fi")
    assert answer is not None and answer.lines == ("Colour: Sand, Slate",)


RETURNS = {
    "shipping": "We ship within the contiguous US for 6.00 in 3 to 5 business days. Express "
    "(next business day) costs 24.00.",
    "returns": "You can return unused items within 30 days for a refund. Lamps can only be "
    "returned in their original box. Used brushes, opened candles and gift cards cannot be "
    "returned. Exchanges for another size or colour are free.",
    "care": "Linen towels: wash at 40°C and tumble dry low. Candles: trim the wick before "
    "each burn.",
}


@pytest.fixture
def lamp() -> Listing:
    return Listing(
        external_id="lamp",
        title="Opal Glass Table Lamp",
        kind="variable",
        options={"Colour": ["Opal", "Smoke"]},
        price="120",
    )


@pytest.fixture
def brush() -> Listing:
    return Listing(
        external_id="brush",
        title="Beechwood Dish Brush",
        attributes={"Bristles": ["Tampico fibre"]},
        price="9",
    )


def test_the_returns_sentence_naming_the_product_is_its_rule(
    lamp: Listing, brush: Listing, embedder
) -> None:
    reply = ask("I don't like the lamp, can I send it back?", lamp, embedder, RETURNS)
    assert "Lamps can only be returned in their original box" in reply.text
    reply = ask("used the brush once and it's too hard, can I return it?", brush, embedder, RETURNS)
    assert "Used brushes" in reply.text


def test_swapping_gets_the_exchange_sentence(lamp: Listing, embedder) -> None:
    reply = ask(
        "the lamp is fine but I'd prefer the other colour, can I swap?", lamp, embedder, RETURNS
    )
    assert "Exchanges for another size or colour are free" in reply.text


def test_express_asks_about_shipping(lamp: Listing, embedder) -> None:
    reply = ask("need the lamp by monday, do you do express?", lamp, embedder, RETURNS)
    assert "Express (next business day) costs 24.00" in reply.text


def test_a_care_sentence_for_a_kind_of_product_is_not_for_others_of_its_material(
    embedder,
) -> None:
    basket = Listing(
        external_id="b",
        title="Willow Bread Basket",
        attributes={"Includes": ["Linen cloth"]},
        price="30",
    )
    reply = ask("how do I clean the bread basket?", basket, embedder, RETURNS)
    assert "Linen towels" not in reply.text


def test_a_part_the_listing_does_not_describe_gets_no_material_line() -> None:
    mug = Listing(
        external_id="m", title="Camp Mug", attributes={"Material": ["Enamelled steel"]}, price="12"
    )
    answer = find_slot("is the lid plastic or wood?", mug)
    assert answer is None or answer.weak


@pytest.fixture
def duvet() -> Listing:
    combos = [
        ("Sage", "Double"),
        ("Sage", "King"),
        ("Sage", "Super King"),
        ("Rust", "Double"),
        ("Rust", "King"),
    ]
    return Listing(
        external_id="duvet",
        title="Waffle Duvet Cover",
        kind="variable",
        options={"Colour": ["Sage", "Rust"], "Size": ["Double", "King", "Super King"]},
        variants=[
            Variant(
                f"{c}-{z}",
                f"{c} / {z}",
                price="80",
                options={"Colour": c, "Size": z},
                in_stock=True,
            )
            for c, z in combos
        ],
        price="80",
    )


def test_a_value_inside_a_longer_one_named_is_not_named(duvet: Listing) -> None:
    answer = find_slot("duvet cover in rust super king?", duvet)
    assert answer is not None
    # Round 13: and what the Super King comes in.
    assert [p.key for p in answer.parts] == ["combination", "combination_also"]
    assert "Double, King" in answer.parts[0].values["values"]
    assert answer.parts[1].values["value"] == "Super King"


def test_a_contraction_names_no_size_letter() -> None:
    sizes = ["XS", "S", "M"]
    vest = Listing(
        external_id="v",
        title="Fleece Vest",
        kind="variable",
        options={"Colour": ["Moss", "Clay"], "Size": sizes},
        variants=[
            Variant(f"Moss-{z}", f"Moss / {z}", price="50", options={"Colour": "Moss", "Size": z})
            for z in sizes
        ]
        + [Variant("Clay-M", "Clay / M", price="50", options={"Colour": "Clay", "Size": "M"})],
        price="50",
    )
    answer = find_slot("fleece vest in clay XS? i'm small", vest)
    # Round 13: and what the XS comes in (Moss).
    assert answer is not None
    assert [p.key for p in answer.parts] == ["combination", "combination_also"]


def test_a_hand_wash_line_answers_the_dishwasher(embedder) -> None:
    board = Listing(
        external_id="bd",
        title="Olivewood Serving Board",
        attributes={"Care": ["Hand wash only, oil now and then"]},
        price="35",
    )
    reply = ask("serving board — dishwasher ok? how should I look after it", board, embedder)
    assert reply.basis == Basis.STRUCTURE and "Hand wash only" in reply.text


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("what percentage alpaca is in the scarf?", "en"),
        ("Hoeveel procent alpaca zit er in de sjaal?", "nl"),
        ("Wie viel Prozent Alpaka hat der Schal?", "de"),
    ],
)
def test_a_share_in_percent_is_the_line_in_percent(question: str, language: str) -> None:
    scarf = Listing(
        external_id="s",
        title="Ribbed Scarf",
        price="60",
        attributes={"Fibre": ["60% alpaca, 40% merino"], "Length": ["180 cm"]},
    )
    answer = find_slot(question, scarf, language)
    assert answer is not None and answer.lines == ("Fibre: 60% alpaca, 40% merino",)


def test_cups_in_another_language_ask_the_capacity() -> None:
    pot = Listing(
        external_id="p", title="Glass Teapot", price="30", attributes={"Capacity": ["2 to 3 cups"]}
    )
    answer = find_slot("Hoeveel kopjes thee kan ik zetten met de theepot?", pot, "nl")
    assert answer is not None and answer.lines == ("Capacity: 2 to 3 cups",)


def test_made_of_with_a_remark_naming_a_material_is_the_material(throw: Listing) -> None:
    answer = find_slot("what's the throw made of? I'm trying to avoid nylon", throw)
    assert answer is not None and answer.lines == ("Material: 80% lambswool, 20% nylon",)
    assert not answer.weak


def test_a_care_sentence_scoped_by_examples_in_brackets_applies_to_them(embedder) -> None:
    care = {
        "shipping": "",
        "returns": "",
        "care": "Wooden items (walnut, cherry): wipe clean and oil now and then; never put "
        "them in the dishwasher.",
    }
    bowl = Listing(
        external_id="w",
        title="Turned Salad Bowl",
        attributes={"Material": ["Solid walnut"]},
        price="75",
    )
    reply = ask("can the salad bowl go in the dishwasher?", bowl, embedder, care)
    assert "Wooden items (walnut, cherry)" in reply.text


def test_the_sets_name_does_not_turn_a_childs_question_into_another(embedder) -> None:
    # "collection" in the set's name would read as a question about the category
    cap = Listing(external_id="cap", title="Canvas Cap", price="22", compare_at_price="25")
    scarf = Listing(external_id="scarf", title="Knit Scarf", price="30")
    parent = Listing(
        external_id="c",
        title="Winter Collection",
        kind="grouped",
        children=[cap.title, scarf.title],
    )
    reply = compose_reply(
        "what does the cap in the winter collection cost?",
        parent,
        collect_passages(parent, [], POLICIES),
        embedder=embedder,
        voice=ShopVoice(),
        policy=GuardrailPolicy(),
        max_tries=1,
        languages=SUPPORTED,
        children=[(c, collect_passages(c, [], POLICIES)) for c in (cap, scarf)],
    )
    assert reply.basis == Basis.STRUCTURE and "22" in reply.text and "25" in reply.text


def test_cups_are_not_answered_by_a_volume(embedder) -> None:
    kettle = Listing(
        external_id="kt", title="Whistling Kettle", price="45", attributes={"Capacity": ["1.7 L"]}
    )
    reply = ask("Hoeveel kopjes thee haal ik uit een volle waterkoker?", kettle, embedder)
    assert reply.needs_merchant


@pytest.mark.parametrize(
    "question",
    [
        "how long should I steep the tea and how hot",
        "is the tea towel colourfast? will it bleed",
    ],
)
def test_neighbouring_facts_do_not_stand_in_for_an_answer(question: str) -> None:
    tin = Listing(
        external_id="t",
        title="Breakfast Tea Tin",
        kind="variable",
        price="9",
        options={"Colour": ["Red", "Green"]},
        dimensions=None,
        weight=Measure(0.3, "lbs"),
    )
    assert find_slot(question, tin) is None


def test_the_sentence_naming_the_topic_comes_first(embedder) -> None:
    lesson = Listing(
        external_id="l",
        title="Pottery Taster Lesson",
        kind="simple",
        virtual=True,
        description_html="<p>Two hours at the wheel in our Leith studio with a potter. "
        "Clay and glazes are provided. Firing takes three weeks after the lesson.</p>",
        price="65",
    )
    reply = ask("are glazes provided at the pottery lesson or do I bring my own?", lesson, embedder)
    assert reply.basis == Basis.QUOTE and "Clay and glazes are provided" in reply.text


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Hoi, met Jan van Dijk (jan.vd@voorbeeld.example). Is de jas waterdicht?", "Jan van Dijk"),
        ("Hello, Ana dos Santos here, is the rug washable?", "Ana dos Santos"),
        ("hey its robin marsh 555-0199 is the rug washable?", "robin marsh"),
    ],
)
def test_names_with_particles_or_in_lower_case_are_cut(question: str, name: str) -> None:
    stripped = strip_personal_data(question)
    assert name in stripped.removed
    assert name.split()[-1] not in stripped.text


def test_a_parts_measure_is_not_the_products_dimensions() -> None:
    from plugin.domain import Dimensions

    bag = Listing(
        external_id="b",
        title="Canvas Messenger Bag",
        price="70",
        dimensions=Dimensions(15, 11, 4, "in"),
    )
    assert find_slot("what's the strap length on the messenger bag?", bag) is None
    answer = find_slot("how big is the messenger bag?", bag)
    assert answer is not None and answer.intent == "dimensions"


def test_an_attribute_with_several_values_is_answered_with_all() -> None:
    candle = Listing(
        external_id="c",
        title="Forest Walk Candle",
        price="28",
        attributes={"Scent": ["Pine", "moss", "amber"]},
    )
    answer = find_slot("what does the candle smell like, is there pine?", candle)
    assert answer is not None and answer.lines == ("Scent: Pine, moss, amber",)
    assert [p.key for p in answer.parts] == ["attribute"]
