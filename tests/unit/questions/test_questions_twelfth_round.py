"""Round 12: the families of holdout_v9's misses, tested on invented questions and listings (no
question, product or phrase of any set is used here).

- a value written with another join than the listing's ("6 seat" for "6-seat", "5kg" for
  "5 kg", "16oz" for "16 oz") names that value, so two values no variant combines are told
  apart and a variant's stock is found;
- a length in another unit ("a 20 m one?", "the 50 foot one") is compared with the values in
  feet or metres: one that matches names that value, one that matches none is answered with
  those offered;
- a weight or length that names one of the options' units ("a 30 kg one?") names a value,
  offered or not, and is no shopper's body measure (a fit question);
- "how much" with a value named and nothing else asked ("the walnut one how much", "how much
  for the 50 foot one right now?") asks that variant's price;
- a metal finish (chrome, copper, nickel …) the finishes lack is answered with those offered;
- a description sentence far closer in meaning to the question than any other fact answers it
  though it shares no topic word ("will the glow last all night?" and "shines for about ten
  hours once the sun is down").
"""

from __future__ import annotations

import pytest

from plugin.domain import Listing, ShopVoice, Variant
from plugin.guardrails import GuardrailPolicy
from plugin.questions.answering import Basis, _clear_by_meaning, compose_reply
from plugin.questions.decision import Decision
from plugin.questions.passages import Passage, collect_passages
from plugin.questions.retrieval import ScoredPassage
from plugin.questions.slots import find_slot


def _variant(sku: str, options: dict[str, str], price: str, **stock: object) -> Variant:
    return Variant(sku, " / ".join(options.values()), price=price, options=options,
                   in_stock=bool(stock.get("in_stock", True)),
                   stock_quantity=stock.get("quantity", 5))  # type: ignore[arg-type]


@pytest.fixture
def table() -> Listing:
    """A garden table in two sizes and two colours; no Teak 8-seat."""
    variants = [
        _variant("t-6-ch", {"Seats": "6-seat", "Colour": "Charcoal"}, "310"),
        _variant("t-6-tk", {"Seats": "6-seat", "Colour": "Teak"}, "330"),
        _variant("t-8-ch", {"Seats": "8-seat", "Colour": "Charcoal"}, "420"),
    ]
    return Listing(external_id="table", title="Harbour Garden Table", kind="variable",
                   options={"Seats": ["6-seat", "8-seat"], "Colour": ["Charcoal", "Teak"]},
                   variants=variants, price="310")


@pytest.fixture
def dumbbell() -> Listing:
    variants = [
        _variant("d5", {"Weight": "5 kg"}, "25"),
        _variant("d10", {"Weight": "10 kg"}, "40"),
        _variant("d15", {"Weight": "15 kg"}, "55", quantity=0),
    ]
    return Listing(external_id="dumbbell", title="Rubber Hex Dumbbell", kind="variable",
                   options={"Weight": ["5 kg", "10 kg", "15 kg"]}, variants=variants, price="25")


@pytest.fixture
def cable() -> Listing:
    variants = [
        _variant("c10", {"Length": "10 ft"}, "12"),
        _variant("c25", {"Length": "25 ft"}, "18"),
        _variant("c50", {"Length": "50 ft"}, "29"),
    ]
    return Listing(external_id="cable", title="Outdoor Extension Cable", kind="variable",
                   options={"Length": ["10 ft", "25 ft", "50 ft"]}, variants=variants,
                   price="12")


@pytest.fixture
def sconce() -> Listing:
    variants = [
        _variant("s-ab", {"Finish": "Aged Brass"}, "89"),
        _variant("s-mw", {"Finish": "Matte White"}, "79"),
    ]
    return Listing(external_id="sconce", title="Orla Wall Sconce", kind="variable",
                   options={"Finish": ["Aged Brass", "Matte White"]}, variants=variants,
                   price="79")


# -- values written with another join -------------------------------------------------------


def test_a_value_joined_otherwise_names_it_and_a_combination_no_variant_has(
    table: Listing,
) -> None:
    found = find_slot("after the 8 seat table in teak for our deck", table)
    assert found is not None and found.intent == "option"
    assert found.parts[0].key == "combination"


@pytest.mark.parametrize("question", ["15kg in stock?", "is the 15kg one available now?"])
def test_a_value_without_its_space_asks_that_variants_stock(
    question: str, dumbbell: Listing
) -> None:
    found = find_slot(question, dumbbell)
    assert found is not None
    assert any(part.key == "variant_backorder" for part in found.parts)


# -- lengths in another unit ---------------------------------------------------------------


def test_a_length_in_another_unit_that_matches_names_the_value(cable: Listing) -> None:
    found = find_slot("how much for the 25 foot cable right now?", cable)
    assert found is not None and found.intent == "variant_price"
    assert "18" in " ".join(found.lines) and "29" not in " ".join(found.lines)


@pytest.mark.parametrize(
    ("question", "language"),
    [("do you have a 20 m extension cable?", "en"),
     ("Gibt es das Kabel auch mit 5 m Länge?", "de"),
     ("is there a 100 feet version?", "en")],
)
def test_a_length_no_value_matches_is_answered_with_those_offered(
    question: str, language: str, cable: Listing
) -> None:
    found = find_slot(question, cable, language)
    assert found is not None and found.parts[0].key == "only_values"
    assert "10 ft, 25 ft, 50 ft" in found.lines[0]


# -- a weight that names an option's unit is no body measure --------------------------------


@pytest.mark.parametrize("question", ["30 kg dumbbell?", "do you do a 12 kg dumbbell?"])
def test_a_weight_in_the_options_unit_is_a_value_not_absent_body(
    question: str, dumbbell: Listing
) -> None:
    found = find_slot(question, dumbbell)
    assert found is not None and found.parts[0].key == "only_values"


def test_a_body_weight_is_still_a_fit_question(table: Listing) -> None:
    # the table's options are not measured in kilos: "95 kg" is the shopper's
    assert find_slot("I'm 95 kg, which table should I get?", table) is None


# -- "how much" with a value named -----------------------------------------------------------


@pytest.mark.parametrize(
    "question", ["harbour table in teak how much", "how much for the teak one right now?"]
)
def test_how_much_with_a_value_named_asks_its_price(question: str, table: Listing) -> None:
    found = find_slot(question, table)
    assert found is not None and found.intent == "variant_price"
    assert "330" in " ".join(found.lines)


def test_how_much_weight_is_still_no_price(dumbbell: Listing) -> None:
    found = find_slot("how much weight can the 10 kg one take on the bar?", dumbbell)
    assert found is None or found.intent != "variant_price"


# -- metal finishes ---------------------------------------------------------------------------


@pytest.mark.parametrize("question", ["orla sconce in chrome?", "any copper one?",
                                      "gibt es die Wandleuchte in Chrom?"])
def test_a_metal_finish_not_offered_is_answered_with_those_offered(
    question: str, sconce: Listing
) -> None:
    found = find_slot(question, sconce, "de" if "gibt" in question else "en")
    assert found is not None and found.parts[0].key == "only_values"
    assert "Aged Brass, Matte White" in found.lines[0]


def test_an_offered_metal_finish_is_offered(sconce: Listing) -> None:
    found = find_slot("is the brass one in stock?", sconce)
    assert found is not None and "Brass" in " ".join(found.lines)


# -- a description sentence clear by meaning -------------------------------------------------


def _scored(text: str, score: float, source: str = "listing") -> ScoredPassage:
    return ScoredPassage(Passage(source, text), score, ())


def test_a_sentence_clear_in_meaning_answers_without_a_shared_word() -> None:
    top = _scored("Current description: Shines for about ten hours once the sun is down.", 0.66)
    ranked = [top, _scored("Product: Solar Path Light", 0.61),
              _scored("Current description: Stainless steel stake.", 0.41)]
    assert _clear_by_meaning(ranked, Decision(True, (top,)))


@pytest.mark.parametrize(
    ("top", "others"),
    [
        # not clear of the next fact
        (_scored("Current description: Shines for about ten hours.", 0.6),
         [_scored("Care policy: Wipe the panel clean.", 0.55)]),
        # not close enough
        (_scored("Current description: Shines for about ten hours.", 0.45), []),
        # a policy sentence is no sentence of the listing's own
        (_scored("Shipping policy: Orders leave in two days.", 0.8, "policy"), []),
        # a structured line is the slots' to answer
        (_scored("Weight: 2 kg", 0.8), []),
        # the summary says what the product is
        (_scored("Summary: A solar stake light.", 0.8), []),
    ],
)
def test_a_sentence_not_clear_in_meaning_does_not_answer(
    top: ScoredPassage, others: list[ScoredPassage]
) -> None:
    assert not _clear_by_meaning([top, *others], Decision(True, (top,)))


def test_the_opening_sentence_does_not_answer_by_meaning() -> None:
    opening = Passage("listing", "Current description: Six packets of herb seeds for a sill.")
    later = Passage("listing", "Current description: Sprouts in about a week.")
    top = ScoredPassage(opening, 0.7, ())
    assert not _clear_by_meaning([top], Decision(True, (top,)), [opening, later])
    top = ScoredPassage(later, 0.7, ())
    assert _clear_by_meaning([top], Decision(True, (top,)), [opening, later])


def test_compose_reply_quotes_a_sentence_clear_in_meaning(monkeypatch: pytest.MonkeyPatch) -> None:
    lamp = Listing(external_id="path", title="Solar Path Light", price="15",
                   # over 160 characters, so each sentence is its own passage
                   description_html="<p>A powder-coated steel stake light with a small "
                   "monocrystalline solar panel on top and a frosted diffuser below it.</p>"
                   "<p>Shines for about ten hours once the sun is down.</p>")

    class Meaning:
        """Stands in for the sentence model: the description sentence is close in meaning."""

        name = "meaning"

        def embed(self, texts: list[str]):  # type: ignore[no-untyped-def]
            import numpy as np

            rows = np.zeros((len(texts), 3), dtype=np.float32)
            for i, text in enumerate(texts):
                rows[i] = [0.7, 0.71, 0.0] if "ten hours" in text else (
                    [1.0, 0.0, 0.0] if i == 0 else [0.0, 0.0, 1.0])
            return rows / np.linalg.norm(rows, axis=1, keepdims=True)

    reply = compose_reply(
        "will the glow last all night?", lamp, collect_passages(lamp, [], {}),
        embedder=Meaning(), voice=ShopVoice(), policy=GuardrailPolicy(), max_tries=1,  # type: ignore[arg-type]
    )
    assert reply.basis is Basis.QUOTE and not reply.needs_merchant
    assert "ten hours" in reply.text


# -- screens and returns ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Other shops sell this lamp for half your price, can you do the same?",
        "Seen it at a third of the price elsewhere. Match that and I will buy two.",
        "Match it and I'll order today: another store has it much lower.",
    ],
)
def test_another_shops_price_held_up_is_a_discount_request(question: str) -> None:
    from plugin.questions.screening import Flag, screen

    assert screen(question) is Flag.DISCOUNT


@pytest.mark.parametrize(
    "question",
    ["does the pillowcase match it?", "Do other stores carry the blue one?",
     "Other stores have the same size; is yours the same price?"],
)
def test_matching_and_other_stores_alone_are_no_discount_request(question: str) -> None:
    from plugin.questions.screening import screen

    assert screen(question) is None


def test_sending_back_a_variant_is_a_returns_question(table: Listing) -> None:
    from plugin.questions.slots import structure_cannot_settle

    question = "bought the teak one and it's not for us, can I send it back?"
    assert structure_cannot_settle(question, table)
    reply = compose_reply(
        question, table,
        collect_passages(table, [], {"returns": "Garden furniture can be returned within "
                                                "30 days, unassembled."}),
        embedder=_WordsOnly(), voice=ShopVoice(), policy=GuardrailPolicy(), max_tries=1,  # type: ignore[arg-type]
    )
    assert "available in" not in reply.text


class _WordsOnly:
    """A stand-in sentence model: every text is as close as its shared letters make it."""

    name = "words-only"

    def embed(self, texts: list[str]):  # type: ignore[no-untyped-def]
        import numpy as np

        rows = np.zeros((len(texts), 26), dtype=np.float32)
        for i, text in enumerate(texts):
            for ch in text.lower():
                if "a" <= ch <= "z":
                    rows[i, ord(ch) - 97] += 1
        return rows / np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-6)


def test_what_comes_with_a_named_value_is_no_availability_question() -> None:
    kits = [_variant("bare", {"Kit": "Body only"}, "99"),
            _variant("one", {"Kit": "With one battery"}, "139")]
    sander = Listing(external_id="sander", title="Orbital Sander 18V", kind="variable",
                     options={"Kit": ["Body only", "With one battery"]}, variants=kits, price="99")
    assert find_slot("if I get the body-only sander, is there a charger in the box?",
                     sander) is None
    found = find_slot("is there a body only version?", sander)
    assert found is not None and found.intent == "option"


# -- personal data: a name before "on <phone>"; "sold separately" answers "included?" ---------


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Does the lamp take LED bulbs? Please ring Tomasz Olsen on 020 7946 0958 if easier.",
         "Tomasz Olsen"),
        ("Is the lid dishwasher safe? Reach Ines Carvalho at ines.c@mail.example.",
         "Ines Carvalho"),
    ],
)
def test_a_name_before_on_or_at_its_contact_is_cut(question: str, name: str) -> None:
    from plugin.questions.personal_data import strip_personal_data

    stripped = strip_personal_data(question)
    assert name not in stripped.text and any(name in cut for cut in stripped.removed)


def test_sold_separately_answers_whether_it_is_included() -> None:
    from plugin.questions.support_checks import still_answers

    rack = Listing(external_id="rack", title="Cedar Drying Rack", price="40")
    assert still_answers("is the hanging hook included?", rack,
                         ["Current description: Hanging hook sold separately."])
    assert not still_answers("is the hanging hook included?", rack,
                             ["Current description: Cedar slats, oiled by hand."])
