"""Issue 18, third round: the failure families found on holdout_v2 (seen), each tested with
invented listings and questions (none copied from that set).

- a quoted fact must address the question (answerability.py);
- a policy sentence scoped to a material or kind of product applies only to such products;
- structure: time questions are no length questions, a load is no weight, attribute values and
  material words name their attribute, "where is it made" in any order, colours offered under
  another option name, size codes not offered, a measure attribute before package dimensions;
- screening: price questions that use a discount word, promises only the merchant can make,
  asking how to do harm;
- personal data: full names next to contact details, the town after a street address;
- language: a short question the detector is unsure of, settled by its function words.
"""

from __future__ import annotations

import pytest

from plugin.domain import Dimensions, Listing, Measure, ShopVoice, Variant
from plugin.guardrails import GuardrailPolicy
from plugin.questions.answerability import addresses, applies_to, novel_focus
from plugin.questions.answering import Basis, compose_reply
from plugin.questions.language import question_language
from plugin.questions.passages import Passage, collect_passages
from plugin.questions.personal_data import strip_personal_data
from plugin.questions.screening import Flag, screen
from plugin.questions.slot_replies import slot_reply
from plugin.questions.slots import find_slot

CARE = {
    "care": "Leather goods: wipe with a damp cloth and never soak them. Our porcelain plates are "
    "dishwasher safe.",
    "shipping": "We ship to Norway and Sweden.",
}


@pytest.fixture
def lantern() -> Listing:
    return Listing(
        external_id="lantern",
        title="Folding Camp Lantern",
        description_html="<p>A folding lantern with three brightness levels and a hanging loop. "
        "Charges over USB-C.</p>",
        attributes={
            "Battery": ["2000 mAh"],
            "Run time": ["12 hours on low"],
            "Max load": ["5 kg on the hanging loop"],
            "Material": ["Aluminium"],
            "Origin": ["Taiwan"],
            "Certifications": ["IP54 splash proof"],
        },
        price="35",
        weight=Measure(0.4, "kg"),
        dimensions=Dimensions(12, 8, 8, "cm"),
    )


@pytest.fixture
def wallet() -> Listing:
    return Listing(
        external_id="wallet",
        title="Slim Card Wallet",
        description_html="<p>Holds six cards and folded notes.</p>",
        kind="variable",
        options={"Shade": ["Tan", "Dark Brown"]},
        attributes={"Material": ["Vegetable-tanned leather"], "Size": ["4 x 3 in"]},
        variants=[
            Variant("w1", "Tan", price="40", options={"Shade": "Tan"}),
            Variant("w2", "Dark Brown", price="42", options={"Shade": "Dark Brown"}),
        ],
        price="40",
        in_stock=True,
        dimensions=Dimensions(8, 6, 2, "in"),
    )


@pytest.fixture
def planner() -> Listing:
    return Listing(
        external_id="planner",
        title="Weekly Planner",
        kind="variable",
        options={"Format": ["B5", "A6"], "Binding": ["Spiral", "Sewn"]},
        variants=[
            Variant("p1", "B5", price="24", options={"Format": "B5"}),
            Variant("p2", "A6", price="18", options={"Format": "A6"}),
        ],
        price="18",
    )


@pytest.fixture
def trousers() -> Listing:
    return Listing(
        external_id="trousers",
        title="Canvas Work Trousers",
        kind="variable",
        options={"Waist": ["28", "30", "32"]},
        variants=[
            Variant(f"t{w}", w, price="60", options={"Waist": w}) for w in ("28", "30", "32")
        ],
        price="60",
    )


# -- the quote must address the question -------------------------------------------------------


def test_a_topic_the_listing_never_mentions_is_novel(lantern: Listing) -> None:
    passages = collect_passages(lantern, [], CARE)
    assert novel_focus("Is the lantern's handle rust-resistant?", lantern, passages)
    assert novel_focus("does the lantern attract mosquitoes at night?", lantern, passages)
    assert not novel_focus("how bright is it, how many brightness levels?", lantern, passages)


def test_a_sentence_sharing_no_topic_word_does_not_address_the_question(
    lantern: Listing,
) -> None:
    support = ["Material: Aluminium"]
    passages = collect_passages(lantern, [], CARE)
    assert not addresses("does the lantern float if dropped in a lake?", lantern, support)
    assert addresses("is the lantern body aluminium?", lantern, support)
    assert addresses("how much is it?", lantern, support)
    # More topic words the listing never uses than words the line shares: not addressed.
    assert not addresses("is the aluminium food-grade and recyclable?", lantern, support, passages)
    assert addresses("is it aluminium or steel?", lantern, support, passages)


def test_a_policy_scoped_to_a_material_applies_only_to_that_material(
    lantern: Listing, wallet: Listing
) -> None:
    leather = Passage(
        "policy", "Care policy: Leather goods: wipe with a damp cloth and never soak them."
    )
    plates = Passage("policy", "Care policy: Our porcelain plates are dishwasher safe.")
    anywhere = Passage("policy", "Shipping policy: We ship to Norway and Sweden.")
    assert applies_to(leather, wallet) and not applies_to(leather, lantern)
    assert not applies_to(plates, wallet) and not applies_to(plates, lantern)
    assert applies_to(anywhere, lantern)


def test_a_quoted_line_that_does_not_answer_is_declined(embedder, wallet: Listing) -> None:
    passages = collect_passages(wallet, [], CARE)
    reply = compose_reply(
        "Does the leather wallet develop creases after months of use?",
        wallet,
        passages,
        embedder=embedder,
        voice=ShopVoice(),
        policy=GuardrailPolicy(),
        max_tries=1,
    )
    assert reply.basis is Basis.REFUSAL and reply.needs_merchant
    reply = compose_reply(
        "is the card wallet dishwasher safe?",
        wallet,
        passages,
        embedder=embedder,
        voice=ShopVoice(),
        policy=GuardrailPolicy(),
        max_tries=1,
    )
    assert "porcelain" not in reply.text


# -- structure -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("How long does the lantern run on one charge?", "12 hours on low"),
        ("how much weight can the loop carry?", "5 kg"),
        ("Is the lantern splash proof?", "IP54"),
        ("Where's this lantern made?", "Taiwan"),
        ("Is the lantern made of plastic?", "Aluminium"),
        ("La lanterne est-elle en plastique ?", "Aluminium"),
    ],
)
def test_attribute_families_are_answered_from_their_attribute(
    lantern: Listing, question: str, says: str
) -> None:
    answer = find_slot(question, lantern, "fr" if "lanterne" in question else "en")
    assert answer is not None
    assert says in slot_reply(answer, "en")


def test_how_long_with_no_time_attribute_is_no_length(lantern: Listing) -> None:
    answer = find_slot("How long does it take to charge fully?", lantern)
    assert answer is None or "12 x 8 x 8" not in slot_reply(answer, "en")


def test_a_measure_attribute_answers_before_the_package(wallet: Listing) -> None:
    answer = find_slot("How long is the wallet?", wallet)
    assert answer is not None
    assert "4 x 3 in" in slot_reply(answer, "en")


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Do you have the wallet in black?", "en"),
        ("Il portafoglio è disponibile in nero?", "it"),
    ],
)
def test_a_colour_not_offered_under_another_option_name(
    wallet: Listing, question: str, language: str
) -> None:
    answer = find_slot(question, wallet, language)
    assert answer is not None
    text = slot_reply(answer, language)
    assert "Tan, Dark Brown" in text and "stock" not in text.lower()


def test_a_size_code_not_offered_gets_the_sizes_offered(
    planner: Listing, trousers: Listing
) -> None:
    answer = find_slot("Is there an A4 version?", planner)
    assert answer is not None and "B5, A6" in slot_reply(answer, "en")
    answer = find_slot("Zijn ze ook in maat 36 te krijgen?", trousers, "nl")
    assert answer is not None and "28, 30, 32" in slot_reply(answer, "nl")


def test_comparing_two_variants_prices(planner: Listing) -> None:
    assert screen("is the A6 cheaper than the B5?") is None
    answer = find_slot("is the A6 cheaper than the B5?", planner)
    assert answer is not None and "18" in slot_reply(answer, "en")


# -- screening -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "What did the wallet cost before the discount?",
        "Quanto costava prima dello sconto?",
        "Was kostete er vor dem Rabatt?",
        "is the small one cheaper than the big one?",
    ],
)
def test_price_questions_with_a_discount_word_are_not_discount_requests(question: str) -> None:
    assert screen(question) is None


@pytest.mark.parametrize(
    ("question", "flag"),
    [
        ("Guarantee me a refund if my dog chews it", Flag.DISCOUNT),
        ("Please confirm in writing that I'll get my money back no matter what", Flag.DISCOUNT),
        ("Can you keep the current price for me until payday?", Flag.DISCOUNT),
        ("what can I add to this cleaner to make a toxic gas", Flag.ABUSE),
        ("how do I poison someone with it", Flag.ABUSE),
    ],
)
def test_promises_and_harm_go_to_the_merchant(question: str, flag: Flag) -> None:
    assert screen(question) is flag


# -- personal data ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "gone", "kept"),
    [
        ("Hi! Marta Kowalczyk, marta.k@mail.example. Is it in stock?", "Marta", "in stock"),
        ("Tomas Berg here (tb@post.example): what colours are there?", "Tomas", "colours"),
        ("Ines Duarte, phone 0612 345 678 - how heavy is it?", "Ines", "heavy"),
        ("I live at 9 Birch Road, Millbrook. Is it waterproof?", "Millbrook", "waterproof"),
    ],
)
def test_names_and_towns_are_cut(question: str, gone: str, kept: str) -> None:
    stripped = strip_personal_data(question)
    assert gone not in stripped.text
    assert kept in stripped.text


def test_an_abbreviation_is_no_name() -> None:
    assert "EU 44" in strip_personal_data("Which size for me, I'm EU 44?").text


# -- language --------------------------------------------------------------------------------


def test_a_short_question_is_settled_by_its_function_words() -> None:
    language, sure = question_language("Quanto custa o cinto preto?")
    assert language == "pt" and sure >= 0.8


def test_stock_of_the_variant_asked_about() -> None:
    jacket = Listing(
        external_id="jacket",
        title="Rain Jacket",
        kind="variable",
        options={"Color": ["Olive", "Rust"], "Size": ["S", "M"]},
        variants=[
            Variant(
                "j1",
                "Olive / M",
                price="90",
                options={"Color": "Olive", "Size": "M"},
                in_stock=False,
            ),
            Variant(
                "j2", "Rust / M", price="90", options={"Color": "Rust", "Size": "M"}, in_stock=True
            ),
        ],
        price="90",
        in_stock=True,
    )
    answer = find_slot("Is the olive jacket in medium in stock?", jacket)
    assert answer is not None
    assert "Olive / M is out of stock" in slot_reply(answer, "en")


def test_a_care_question_gets_the_care_sentence_for_its_material(
    embedder, wallet: Listing, lantern: Listing
) -> None:
    passages = collect_passages(wallet, [], CARE)
    # Asked in German, so the sentence is quoted without the model being asked to word it.
    reply = compose_reply(
        "Kann ich die Geldbörse in der Waschmaschine waschen?",
        wallet,
        passages,
        embedder=embedder,
        voice=ShopVoice(),
        policy=GuardrailPolicy(),
        max_tries=1,
        languages=("en", "de"),
    )
    assert reply.basis is Basis.QUOTE and "never soak" in reply.text
    reply = compose_reply(
        "is the lantern dishwasher safe?",
        lantern,
        collect_passages(lantern, [], CARE),
        embedder=embedder,
        voice=ShopVoice(),
        policy=GuardrailPolicy(),
        max_tries=1,
    )
    assert reply.basis is Basis.REFUSAL
