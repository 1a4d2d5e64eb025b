"""Round 14: the families of holdout_v11's misses, tested on invented questions and listings (no
question, product or phrase of any set is used here).

- unanswerable questions that were answered: "stock up" read as a stock question, paying in
  instalments or paying whom read as a price, a restock asked as "back in" or "the next
  batch", a class list asked for in Polish, Czech and the Nordic languages, where a product is
  made answered by the shop's shipping address, a warranty's length by a line that names no
  length, a version named by its number that the facts never state.
"""

from __future__ import annotations

import pytest

from plugin.domain import Listing, ShopVoice, Variant
from plugin.guardrails import GuardrailPolicy
from plugin.questions.answering import Basis, ComposedReply, compose_reply
from plugin.questions.decision import names_known
from plugin.questions.passages import collect_passages
from plugin.questions.screening import Flag, screen
from plugin.questions.slots import find_slot
from plugin.questions.support_checks import still_answers

_POLICIES = {
    "shipping": "Parcels leave our workshop in Leeds, England, within two days.",
    "returns": "Unused items can be returned within 30 days. Faulty goods are covered by the "
    "maker's warranty where the listing names one.",
    "care": "",
}


def _ask(question: str, listing: Listing, embedder: object) -> ComposedReply:
    return compose_reply(
        question, listing, collect_passages(listing, [], _POLICIES),
        embedder=embedder,  # type: ignore[arg-type]
        voice=ShopVoice(), policy=GuardrailPolicy(), max_tries=1,
    )


@pytest.fixture
def kettle() -> Listing:
    """A camping kettle in two sizes, sold here."""
    def variant(size: str, price: str) -> Variant:
        return Variant(f"k-{size}", size, price=price, options={"Size": size}, in_stock=True)
    return Listing(
        external_id="kettle", title="Enamel Camp Kettle", kind="variable", price="30",
        options={"Size": ["1 L", "2 L"]}, variants=[variant("1 L", "30"), variant("2 L", "38")],
        in_stock=True,
        description_html="<p>A whistling kettle in enamelled steel.</p>"
        "<p>The handle folds flat for packing.</p>",
    )


@pytest.fixture
def tour() -> Listing:
    """A partner's boat trip, booked on the partner's site."""
    return Listing(
        external_id="boat", title="Harbour Seal Boat Trip", kind="external", price="45",
        external_url="https://seals.example/book", button_text="Book with Gull Rock Tours",
        description_html="<p>A two-hour trip round the harbour islands.</p>",
    )


def test_stocking_up_is_no_stock_question(kettle: Listing) -> None:
    answer = find_slot("how long does the enamel keep, i want to stock up", kettle)
    assert answer is None or answer.intent != "stock"
    assert find_slot("is the 2 L in stock?", kettle) is not None


def test_paying_in_instalments_is_no_price_question(kettle: Listing, embedder: object) -> None:
    for question in ("can I pay for the 2 L in instalments?", "can I pay by card for the 2 L?"):
        assert find_slot(question, kettle) is None
    assert _ask("can I pay for the 2 L in instalments?", kettle, embedder).basis == Basis.REFUSAL
    assert find_slot("how much do I pay for the 2 L?", kettle) is not None


def test_paying_whom_asks_who_sells_it(tour: Listing) -> None:
    for question in ("do I pay you for the trip or the boat company?", "who do i pay for it?"):
        answer = find_slot(question, tour)
        assert answer is not None and answer.intent == "external"
        assert "Gull Rock Tours" in " ".join(p.values.get("button", "") for p in answer.parts)


@pytest.mark.parametrize(
    "question", ["when r the kettles back in", "when is the next batch of kettles arriving?"]
)
def test_a_restock_asked_otherwise_needs_a_stock_line(question: str, kettle: Listing) -> None:
    assert not still_answers(question, kettle, ["A whistling kettle in enamelled steel."])
    assert still_answers(question, kettle, ["More kettles are back in stock on 12 May."])


@pytest.mark.parametrize(
    "question",
    ["Czy możesz mi wysłać listę osób zapisanych na warsztat?",
     "Pošlete mi seznam přihlášených na kurz?",
     "Kan I sende mig en liste over deltagere på kurset?",
     "Kan ni skicka en lista med anmälda?"],
)
def test_a_class_list_is_screened_in_more_languages(question: str) -> None:
    assert screen(question) == Flag.OTHER_CUSTOMER


@pytest.mark.parametrize("question", ["Czy lista składników jest długa?", "Is the list long?"])
def test_a_list_of_things_passes_the_screen(question: str) -> None:
    assert screen(question) is None


def test_where_it_is_made_is_not_the_shops_address(kettle: Listing, embedder: object) -> None:
    reply = _ask("is the kettle made in england?", kettle, embedder)
    assert reply.basis == Basis.REFUSAL
    assert "Leeds" not in reply.text


def test_a_warranty_length_needs_a_length(kettle: Listing) -> None:
    question = "how long is the warranty on the kettle?"
    named = ["Faulty goods are covered by the maker's warranty where the listing names one."]
    assert not still_answers(question, kettle, named)
    assert not still_answers(question, kettle, ["Overnight trips: the kettle boils in 4 min."])
    assert still_answers(question, kettle, ["The enamel has a 5-year warranty."])


def test_a_version_named_by_number_is_a_name_the_facts_must_know() -> None:
    lines = ["Free updates for every 2.x version."]
    assert not names_known("is version 3 a free update?", lines, codes_only=True)
    assert names_known("is version 2.1 a free update?", ["Version 2.1 adds a dark mode."],
                       codes_only=True)
