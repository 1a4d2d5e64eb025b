"""Round 14: the families of holdout_v11's misses, tested on invented questions and listings (no
question, product or phrase of any set is used here).

- unanswerable questions that were answered: "stock up" read as a stock question, paying in
  instalments or paying whom read as a price, a restock asked as "back in" or "the next
  batch", a class list asked for in Polish, Czech and the Nordic languages, where a product is
  made answered by the shop's shipping address, a warranty's length by a line that names no
  length, a version named by its number that the facts never state, a spare part, an
  accuracy or a cut ("do they come up small?") answered by a line that states none;
- answerable questions declined or answered beside the point: a grouped product's price (its
  children's prices and their sum), a bare number naming a measured value ("the 500 one"), a
  body part measured (a fit question, unless the listing charts that part), a size with a
  fraction, a price difference, an attribute named by its cognate in another language after an
  elided article ("l'altezza"), Spanish "tamaños", and a unit that is no shared stem across
  languages;
- shipping to a town, also in the Nordic languages ("sende den til …"), and the shipping
  policy's rule for this very product ahead of the country's rate; a dimension asked by its
  word and the listing's sentence that states it with that word; a recording is no record.
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


@pytest.mark.parametrize(
    ("question", "beside", "answer"),
    [("can I buy replacement lids on their own?", "Dishwasher safe without the lids.",
      "Spare lids are sold in packs of four."),
     ("how accurate is the scale, to a gram?", "Weighs 0 to 5 kg.", "Accurate to 1 g."),
     ("do the boots come up small compared to trainers?",
      "Measure your foot and pick the nearest size.", "They run small: take a size up.")],
)
def test_a_part_an_accuracy_or_a_cut_needs_its_line(
    question: str, beside: str, answer: str, kettle: Listing
) -> None:
    assert not still_answers(question, kettle, [beside])
    assert still_answers(question, kettle, [answer])


@pytest.mark.parametrize(
    ("question", "line"),
    [("is a lid included or do I buy one separately?", "It comes with a cork lid."),
     ("does it come in size small?", "Size: One size.")],
)
def test_inclusion_and_sizes_offered_keep_their_lines(
    question: str, line: str, kettle: Listing
) -> None:
    assert still_answers(question, kettle, [line])


def test_a_version_named_by_number_is_a_name_the_facts_must_know() -> None:
    lines = ["Free updates for every 2.x version."]
    assert not names_known("is version 3 a free update?", lines, codes_only=True)
    assert names_known("is version 2.1 a free update?", ["Version 2.1 adds a dark mode."],
                       codes_only=True)


# -- answerable questions: structure ------------------------------------------------------------

from plugin.questions.children import set_total  # noqa: E402
from plugin.questions.crosslingual import shared_stems  # noqa: E402
from plugin.questions.slot_replies import slot_reply  # noqa: E402


@pytest.fixture
def picnic() -> tuple[Listing, list[Listing]]:
    """A grouped picnic set of three simple products, one on sale."""
    children = [
        Listing(external_id="p1", title="Willow Basket", kind="simple", price="40.00"),
        Listing(external_id="p2", title="Wool Blanket", kind="simple", price="25.50",
                compare_at_price="30.00"),
        Listing(external_id="p3", title="Tin Cups", kind="simple", price="9.00"),
    ]
    parent = Listing(external_id="set", title="Picnic Set", kind="grouped",
                     children=[c.title for c in children])
    return parent, children


@pytest.mark.parametrize(
    ("question", "language"),
    [("what's the total for the whole picnic set?", "en"), ("Was kostet das Set?", "de"),
     ("Combien coûte l'ensemble au total ?", "fr")],
)
def test_a_sets_price_is_its_childrens_sum(
    question: str, language: str, picnic: tuple[Listing, list[Listing]]
) -> None:
    parent, children = picnic
    answer = set_total(question, parent, children)
    assert answer is not None
    text = slot_reply(answer, language)
    assert "74.50" in text and "25.50" in text and "Willow Basket" in text


@pytest.mark.parametrize(
    "question",
    ["is the set cheaper than buying them separately?", "how heavy is the set in total?",
     "what comes in the set?"],
)
def test_other_set_questions_get_no_sum(
    question: str, picnic: tuple[Listing, list[Listing]]
) -> None:
    assert set_total(question, *picnic) is None


@pytest.fixture
def jars() -> Listing:
    """Storage jars in two volumes and two lids; no 500 ml with the Cork lid."""
    def variant(size: str, lid: str, price: str) -> Variant:
        return Variant(f"j-{size}-{lid}", f"{size} / {lid}", price=price,
                       options={"Size": size, "Lid": lid}, in_stock=True)
    return Listing(
        external_id="jars", title="Glass Storage Jars", kind="variable", price="12",
        options={"Size": ["250 ml", "500 ml"], "Lid": ["Cork", "Steel"]},
        variants=[variant("250 ml", "Cork", "12"), variant("250 ml", "Steel", "13"),
                  variant("500 ml", "Steel", "16")],
    )


def test_a_bare_number_names_the_measured_value(jars: Listing) -> None:
    answer = find_slot("500 cork?", jars)
    assert answer is not None and answer.parts[0].key == "combination"
    assert set(answer.parts[0].values["asked"].split(" / ")) == {"500 ml", "Cork"}
    # a number before another word counts something else
    assert "500 ml" not in str(find_slot("do 500 beans fit in one?", jars))


@pytest.fixture
def mitts() -> Listing:
    return Listing(
        external_id="mitts", title="Oven Mitts", kind="variable", price="15",
        options={"Size": ["7", "8", "9"]},
        variants=[Variant(f"m-{s}", s, price="15", options={"Size": s}) for s in "789"],
        description_html="<p>Cotton with a silicone grip.</p>"
        "<p>Sizes follow the width of your palm in inches; between sizes, take the larger.</p>",
    )


def test_a_body_part_measured_is_a_fit_question(mitts: Listing, embedder: object) -> None:
    question = "my palm measures 8 and a half inches across, which size?"
    assert find_slot(question, mitts) is None
    reply = _ask(question, mitts, embedder)
    assert "Size 8" not in reply.text
    # a listing that charts the part answers from its chart
    charted = Listing(
        external_id="c", title="Oven Mitts", kind="variable", price="15",
        options={"Size": ["S", "M"]}, attributes={"Palm width": ["S 3 in, M 4 in"]},
    )
    assert find_slot("my palm is 4 in wide, what size?", charted) is not None


def test_a_size_with_a_fraction_is_no_size(mitts: Listing) -> None:
    for question in ("is 8.5 ok?", "I take 8½, is that here?"):
        answer = find_slot(question, mitts)
        assert answer is None or answer.parts[0].key != "has_value"


def test_a_price_difference_is_a_price_question(jars: Listing) -> None:
    answer = find_slot("Quelle est la différence de prix entre 250 ml et 500 ml ?", jars, "fr")
    assert answer is not None and answer.intent in ("price", "variant_price")


def test_an_attribute_named_by_its_cognate() -> None:
    stool = Listing(external_id="s", title="Bar Stool", kind="simple", price="90",
                    attributes={"Altitude": ["75 cm"]})
    answer = find_slot("Quanto è l'altitudine dello sgabello?", stool, "it")
    assert answer is not None and "75 cm" in " ".join(answer.lines)


def test_spanish_sizes_name_the_size_option(jars: Listing) -> None:
    answer = find_slot("¿Qué tamaños tienen los tarros?", jars, "es")
    assert answer is not None and "250 ml" in slot_reply(answer, "es")


def test_a_unit_is_no_shared_stem() -> None:
    line = "The 2 litre jug has a lid; the 3 litre one a spout."
    assert shared_stems("La jarra de 2 litros tiene tapa?", line) == set()


# -- answerable questions: policies, dimensions, recordings ------------------------------------

from plugin.questions.dimension_checks import states_dimension_asked  # noqa: E402
from plugin.questions.policy_topics import policy_label  # noqa: E402


@pytest.mark.parametrize(
    "question",
    ["can I send the kettle to my aunt in Manchester?", "Kan dere sende kjelen til Trondheim?",
     "Kan ni skicka den till Göteborg?", "if I order it to my flat in Glasgow, how long?"],
)
def test_sending_it_to_a_town_is_a_shipping_question(question: str) -> None:
    assert policy_label(question) == "Shipping policy"


def test_the_rule_for_this_product_comes_before_the_countrys_rate(embedder: object) -> None:
    policies = {
        "shipping": "Germany and France: EUR 12, 3 to 5 days. Seed potatoes go to addresses in "
        "Ireland only.",
        "returns": "", "care": "",
    }
    spuds = Listing(external_id="sp", title="Seed Potatoes", kind="simple", price="8",
                    description_html="<p>Two kilos of early seed potatoes.</p>")
    reply = compose_reply(
        "can you ship the seed potatoes to Germany?", spuds, collect_passages(spuds, [], policies),
        embedder=embedder,  # type: ignore[arg-type]
        voice=ShopVoice(), policy=GuardrailPolicy(), max_tries=1,
    )
    assert "Ireland only" in reply.text


def test_a_dimension_asked_by_its_word() -> None:
    assert states_dimension_asked("how wide is the rug?", "Woven wool, 120 cm wide.")
    assert not states_dimension_asked("how wide is the rug?", "The fringe is 5 cm long.")
    assert not states_dimension_asked("is the rug soft?", "Woven wool, 120 cm wide.")


def test_a_dimension_sentence_answers_below_the_bar() -> None:
    from plugin.questions.answering import _dimension_sentence
    from plugin.questions.decision import Decision
    from plugin.questions.passages import Passage
    from plugin.questions.retrieval import ScoredPassage

    declined = Decision(answerable=False, support=())
    ranked = [
        ScoredPassage(Passage("listing", "Product: Linen Scarf"), 0.55, ()),
        ScoredPassage(
            Passage("listing", "Current description: Two metres long and 50 cm wide."), 0.3,
            ("wide",),
        ),
    ]
    found = _dimension_sentence("how wide is the scarf", ranked, declined)
    assert found.answerable and "50 cm wide" in found.support[0].passage.text
    assert _dimension_sentence("how thick is the scarf", ranked, declined) is declined
    low = [ScoredPassage(ranked[1].passage, 0.2, ("wide",))]
    assert _dimension_sentence("how wide is the scarf", low, declined) is declined


def test_a_recording_is_no_record() -> None:
    talk = Listing(external_id="t", title="Evening Talk (online)", kind="simple", virtual=True,
                   price="10")
    answer = find_slot("is there a recording if I miss it?", talk)
    assert answer is None or answer.intent != "download"
