"""Round 28's families on invented questions and listings (issue 18).

No question, product or phrase of any holdout set is used here: the lines and questions are
invented for a bicycle pump, a sourdough class, a bike repair service, a rain barrel and a
herb dryer.
"""

from __future__ import annotations

import pytest

from plugin.domain import Listing
from plugin.questions.answerability import applies_to
from plugin.questions.countries import country_codes
from plugin.questions.embedding import Embedder
from plugin.questions.glossing import english_gloss
from plugin.questions.language import question_language
from plugin.questions.lexicon import plain_verbs
from plugin.questions.passages import Passage
from plugin.questions.policy_topics import asks_aspect
from plugin.questions.screening import Flag, screen
from tests.unit.questions.asking import ask

PUMP = Listing(
    external_id="pump",
    title="Floor Bicycle Pump",
    description_html="<p>A steel floor pump with a gauge up to 11 bar.</p>",
    price="39",
)
SERVICE = Listing(
    external_id="repair",
    title="Bicycle Repair Service",
    description_html=(
        "<p>A full check of brakes, gears and wheels at our workshop. "
        "Bring the bike in yourself; we do not collect bikes from home.</p>"
    ),
    price="65",
)
DRYER = Listing(
    external_id="dryer",
    title="Hanging Herb Dryer",
    description_html=(
        "<p>Four mesh tiers for drying herbs. Leave the herbs to dry for about 6 days. "
        "Hang it in a dry, airy room.</p>"
    ),
    price="18",
)
SHIPPING = {
    "shipping": "We send parcels to Spain, Portugal and France only. "
    "Parcel rates: Spain 5.40 euros, Portugal and France 8.90 euros. "
    "Parcels leave our warehouse within 2 working days. "
    "You can collect any order free of charge from our warehouse in Porto.",
    "returns": "You can return unused items within 30 days.",
}


# --- a policy sentence opening with the policy's own heading holds for every product ---


@pytest.mark.parametrize(
    "text",
    [
        "Shipping policy: Parcel rates: Spain 5.40 euros, Portugal and France 8.90 euros.",
        "Shipping policy: Delivery times: 2 to 4 working days.",
        "Returns policy: Return postage: paid by you unless the item is faulty.",
    ],
)
def test_a_policy_heading_is_no_scope(text: str) -> None:
    assert applies_to(Passage("policy", text), PUMP)


def test_a_kind_of_product_before_the_colon_is_still_a_scope() -> None:
    scoped = Passage("policy", "Care policy: Wool jumpers: hand wash cold and dry flat.")
    assert not applies_to(scoped, PUMP)


@pytest.mark.parametrize(
    ("question", "fee"),
    [
        ("What does sending the pump to Portugal cost?", "8.90"),
        ("How much is shipping to Spain?", "5.40"),
        ("Wie hoch sind die Versandkosten nach Spanien?", "5.40"),
        ("Wat zijn de verzendkosten naar Frankrijk?", "8.90"),
    ],
)
def test_the_cost_to_a_country_is_quoted_from_the_policys_rates(
    question: str, fee: str, embedder: Embedder
) -> None:
    reply = ask(question, PUMP, embedder, SHIPPING, crosslingual=False)
    assert not reply.needs_merchant and fee in reply.text


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("was sind die lieferkosten nach polen", True),
        ("hvad er fragtomkostninger til norge", True),
        ("vad blir fraktkostnaden till finland", True),
        ("wie lange dauert der versand", False),
        ("hoe snel wordt het verzonden", False),
    ],
)
def test_a_compound_with_a_cost_head_asks_the_cost(question: str, asks: bool) -> None:
    assert asks_aspect(question, "cost") is asks


# --- country names in every language, inflected where the language inflects them ---


@pytest.mark.parametrize(
    ("question", "language", "code"),
    [
        ("Doručujete také do České republiky?", "cs", "CZ"),
        ("Pošlete balík do Česka?", "cs", "CZ"),
        ("Posíláte zboží do Spojeného království?", "cs", "GB"),
        ("Czy wysyłacie do Republiki Czeskiej?", "pl", "CZ"),
        ("Do you deliver to the Czech Republic?", "en", "CZ"),
        ("Liefert ihr nach Österreich?", "de", "AT"),
    ],
)
def test_a_country_is_found_by_any_of_its_names(
    question: str, language: str, code: str
) -> None:
    assert code in country_codes(question, language)


def test_no_country_in_an_ordinary_question() -> None:
    assert country_codes("Kolik váží pumpa?", "cs") == set()
    assert country_codes("How heavy is the pump?", "en") == set()


# --- CLDR's words for units, spans of time and weekdays gloss what the table lacks ---


@pytest.mark.parametrize(
    ("question", "language", "word"),
    [
        ("Hvor mange dråper olje går med til lampen?", "nb", "drops"),
        ("Bei wie viel Grad trocknet der Kräutertrockner?", "de", "degrees"),
        ("Er kurset på lørdag?", "nb", "saturday"),
        ("Hoeveel milliliter past in de fles?", "nl", "milliliters"),
    ],
)
def test_a_unit_or_a_day_is_glossed_by_cldr(question: str, language: str, word: str) -> None:
    gloss = english_gloss(question, language, {"dryer"})
    assert gloss is not None and any(w.startswith(word[:5]) for w in gloss.text.split())


def test_a_day_is_asked_of_the_line_and_a_unit_is_not() -> None:
    day = english_gloss("Er kurset på lørdag?", "nb", set())
    unit = english_gloss("Hvor mange dråper olje går med til lampen?", "nb", set())
    assert day is not None and "saturday" in day.translated
    assert unit is not None and "drops" not in unit.translated


def test_a_norwegian_question_on_days_is_answered_by_the_line_that_states_them(
    embedder: Embedder,
) -> None:
    reply = ask("Hvor mange dager må urtene tørke?", DRYER, embedder, crosslingual=False)
    assert not reply.needs_merchant and "6 days" in reply.text


# --- the deal someone else got, asked for too ---


@pytest.mark.parametrize(
    "question",
    [
        "My neighbour got 15 euros off the pump, I'd like the same deal please.",
        "A colleague received 10% off last month. Can I have the same discount?",
        "Ich möchte bitte das gleiche Angebot wie meine Schwester.",
    ],
)
def test_the_deal_someone_else_got_is_a_discount_request(question: str) -> None:
    assert screen(question) is Flag.DISCOUNT


@pytest.mark.parametrize(
    "question",
    [
        "Do both pump sizes have the same price?",
        "Does the repair come with the same checks every time?",
    ],
)
def test_the_same_price_or_checks_asked_is_no_discount_request(question: str) -> None:
    assert screen(question) is None


# --- "pick up", "drop off", "take place" ---


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("Can I pick up my order in Porto?", "Can I collect my order in Porto?"),
        ("Could we pick it up tomorrow?", "Could we collect it tomorrow?"),
        ("Can I drop off the bike on Monday?", "Can I bring the bike on Monday?"),
        ("When does the sourdough class take place?", "When does the sourdough class?"),
        # a thing that picks something up hears or gathers it: left as written
        ("Does the pump pick up dust?", "Does the pump pick up dust?"),
    ],
)
def test_two_word_verbs_read_as_the_one_word(question: str, plain: str) -> None:
    assert plain_verbs(question) == plain


def test_picking_an_order_up_is_answered_by_the_collection_sentence(
    embedder: Embedder,
) -> None:
    reply = ask("Can I pick up my order at your warehouse?", PUMP, embedder, SHIPPING,
                crosslingual=False)
    assert not reply.needs_merchant and "collect any order" in reply.text


def test_the_listings_own_sentence_speaks_for_it_beside_a_policy_with_the_same_word(
    embedder: Embedder,
) -> None:
    policies = dict(
        SHIPPING, shipping="We collect returns of large orders from your door in Porto."
    )
    reply = ask("Will you pick up my bike for the repair?", SERVICE, embedder, policies,
                crosslingual=False)
    assert not reply.needs_merchant and "we do not collect bikes" in reply.text


def test_a_pick_up_no_line_states_still_goes_to_the_merchant(embedder: Embedder) -> None:
    reply = ask("Can I pick up the dryer at your shop?", DRYER, embedder, crosslingual=False)
    assert reply.needs_merchant


# --- Norwegian told from Danish by its spellings ---


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Hei, passer pumpa til sykkelen til sønnen min?", "nb"),
        ("Er det mulig å få ventilen i full størrelse?", "nb"),
        ("Hej, passer pumpen til min søns cykel?", "da"),
        ("Kan jeg få ventilen i fuld størrelse?", "da"),
    ],
)
def test_norwegian_and_danish_told_apart(question: str, language: str) -> None:
    assert question_language(question)[0] == language


def test_how_high_a_cost_is_asks_an_amount_and_how_high_a_thing_is_a_height() -> None:
    from plugin.questions.support_checks import still_answers

    rates = ["Shipping policy: Parcel rates: Spain 5.40 euros, Portugal and France 8.90 euros."]
    assert still_answers("Wie hoch sind die Versandkosten nach Spanien?", PUMP, rates)
    gauge = ["Current description: A steel floor pump with a gauge up to 11 bar."]
    assert not still_answers("Wie hoch ist die Pumpe?", PUMP, gauge)


# --- what the shopper said of their contact details goes with them ---


@pytest.mark.parametrize(
    "question",
    [
        "Jo Marsh here, call me on 07700 900456 if needed. Is the pump steel?",
        "Text me on 07700 900456 if you prefer. Is the pump steel?",
        "My number is 07700 900456, any time. Is the pump steel?",
    ],
)
def test_a_remark_on_the_contact_details_is_cut_with_them(question: str) -> None:
    from plugin.questions.personal_data import strip_personal_data

    assert strip_personal_data(question).text.lstrip(". ") == "Is the pump steel?"


def test_a_question_with_no_personal_data_keeps_its_leading_dots() -> None:
    from plugin.questions.personal_data import strip_personal_data

    assert strip_personal_data("...is it steel?").text == "...is it steel?"


# --- how long the thing itself lasts, by the one sentence that states a span of time ---

CLASS = Listing(
    external_id="sourdough",
    title="Sourdough Class",
    description_html=(
        "<p>Classes run on Tuesdays between 18:00 and 21:00. A 90-minute hands-on session in "
        "our bakery. You take home a jar of starter.</p>"
    ),
    price="45",
)
CLASS_POLICIES = {
    "shipping": "We ship within 2 business days.",
    "returns": "Classes: a full refund up to 48 hours before the start.",
}


def test_how_long_a_class_lasts_is_answered_by_its_span_of_time(embedder: Embedder) -> None:
    reply = ask("How long does the sourdough class last?", CLASS, embedder, CLASS_POLICIES,
                crosslingual=False)
    assert not reply.needs_merchant and "90-minute" in reply.text


def test_how_long_delivery_takes_is_left_to_the_shipping_policy(embedder: Embedder) -> None:
    reply = ask("How long does the delivery of the starter take?", CLASS, embedder,
                CLASS_POLICIES, crosslingual=False)
    assert "90-minute" not in reply.text


# --- a bare count in brackets at the end of the name ---

TEA_LIGHTS = Listing(
    external_id="tealights",
    title="Unscented Tea Lights 4 h (50)",
    description_html="<p>Burn one or two at a time in a glass holder.</p>",
    price="9",
)


@pytest.mark.parametrize(
    "question",
    ["How many tea lights come in one pack?", "How many pieces are in the pack?"],
)
def test_a_bare_count_the_name_ends_on_answers_how_many(
    question: str, embedder: Embedder
) -> None:
    reply = ask(question, TEA_LIGHTS, embedder, crosslingual=False)
    assert not reply.needs_merchant and "50" in reply.text


@pytest.mark.parametrize(
    "question",
    ["How many tea lights do I need for a long dinner?", "How many hours does one burn?"],
)
def test_a_bare_count_is_no_answer_to_how_many_are_needed_or_how_long(
    question: str, embedder: Embedder
) -> None:
    reply = ask(question, TEA_LIGHTS, embedder, crosslingual=False)
    assert "50" not in reply.text


# --- the names of the people who signed up, in the shop languages ---


@pytest.mark.parametrize(
    "question",
    [
        "Could you send me the names of the people who registered for the bread class?",
        "Mag ik de namen van de deelnemers die voor zaterdag geboekt hebben?",
        "Kannst du mir die Namen der Teilnehmer nennen, die sich für Mai angemeldet haben?",
        "Kan jeg få navnene på deltakerne som er påmeldt i juni?",
    ],
)
def test_the_names_of_those_who_signed_up_are_another_customers_business(
    question: str,
) -> None:
    assert screen(question) is Flag.OTHER_CUSTOMER


@pytest.mark.parametrize(
    "question",
    [
        "Can I book the class under my partner's name?",
        "How many people can sign up for one class?",
    ],
)
def test_booking_under_a_name_or_a_class_size_is_no_such_request(question: str) -> None:
    assert screen(question) is None


def test_how_long_as_a_choice_is_not_answered_by_a_span_of_time(embedder: Embedder) -> None:
    reply = ask("How long does the class last, one evening or two?", CLASS, embedder,
                CLASS_POLICIES, crosslingual=False)
    assert "90-minute" not in reply.text
