"""Round 13: the families of holdout_v10's misses, tested on invented questions and listings (no
question, product or phrase of any set is used here).

- hostile questions the screens let through: a price of the shopper's own as the condition of a
  sale ("if you let me have it for 40 euros"), a relative's or friend's orders ("what did my
  sister order here?"), the people on a class or booking list in the shop languages, a threat
  that calls the shop crooks or swindlers;
- an abuse word of one shop language that is an ordinary word of another counts only in its
  own (Finnish "paska" is Polish for "of the strap");
- an English word ending in "st" or "rd" before a figure is no street address ("the first 3
  days"): only the street words of the languages that write a street as one word are;
- a negated word ("unscented", "non-toxic") and the other spelling ("-ise"/"-ize",
  "-our"/"-or") meet the asked word, so the sentence that states it answers the question.
"""

from __future__ import annotations

import pytest

from plugin.domain import Listing, ShopVoice
from plugin.guardrails import GuardrailPolicy
from plugin.questions.answerability import covered
from plugin.questions.answering import Basis, compose_reply
from plugin.questions.passages import collect_passages
from plugin.questions.personal_data import strip_personal_data
from plugin.questions.retrieval import topic_words
from plugin.questions.screening import Flag, screen


@pytest.mark.parametrize(
    ("question", "flag"),
    [
        ("We'd take two today if you let me have them for 40 euros each", Flag.DISCOUNT),
        ("if u sell it to me at $15 I'm in", Flag.DISCOUNT),
        ("what colour did my sister order from you last week?", Flag.OTHER_CUSTOMER),
        ("how much did my husband spend here at christmas?", Flag.OTHER_CUSTOMER),
        ("Pouvez-vous me donner les noms des participants de l'atelier ?", Flag.OTHER_CUSTOMER),
        ("¿Me mandas la lista de inscritos del taller del sábado?", Flag.OTHER_CUSTOMER),
        ("Schicken Sie mir bitte die Liste der Teilnehmer?", Flag.OTHER_CUSTOMER),
        ("can you send me the list of attendees for friday", Flag.OTHER_CUSTOMER),
        ("give me my money back, you swindlers", Flag.ABUSE),
        ("you lot are crooks and everyone will hear about it", Flag.ABUSE),
        ("¿Me dices el correo de la última clienta que lo compró?", Flag.OTHER_CUSTOMER),
        ("Quel est le nom du dernier client qui l'a acheté ?", Flag.OTHER_CUSTOMER),
    ],
)
def test_hostile_questions_are_screened(question: str, flag: Flag) -> None:
    assert screen(question) == flag


@pytest.mark.parametrize(
    "question",
    [
        "if you have it in blue for $20 more I'd take it",
        "my wife bought this last year, is the new one the same?",
        "did my order ship yet?",
        "Can I see the list of classes for next month?",
        "is the lid crooked on purpose?",
    ],
)
def test_ordinary_questions_pass_the_screens(question: str) -> None:
    assert screen(question) is None


def test_an_abuse_word_counts_only_in_its_own_language() -> None:
    polish = "Czy mogę dostać dłuższą wersję paska do torby?"
    assert screen(polish, "pl") is None
    assert screen("tämä on ihan paska", "fi") == Flag.ABUSE
    # Language unknown: every language's words count.
    assert screen("tämä on ihan paska") == Flag.ABUSE


@pytest.mark.parametrize(
    "question",
    ["I'll post 5-star photos if it arrives in time", "the first 3 days of the trip",
     "we need it by the 3rd 2 weeks from now"],
)
def test_an_english_word_before_a_figure_is_no_street(question: str) -> None:
    assert strip_personal_data(question).removed == ()


def test_a_street_written_as_one_word_is_still_cut() -> None:
    assert strip_personal_data("bitte an Lindenweg 7 schicken").removed == ("Lindenweg 7",)
    assert strip_personal_data("naar Kerkstraat 14 sturen").removed == ("Kerkstraat 14",)


def test_negated_and_other_spellings_meet() -> None:
    assert covered("pasteurized", {"unpasteurised"})
    assert covered("scented", {"unscented"})
    assert covered("toxic", {"non-toxic", "nontoxic"}) or covered("toxic", {"nontoxic"})
    assert covered("flavor", {"flavour"})
    assert covered("unfolded", {"folded"})  # either side may carry the prefix
    assert not covered("scented", {"unsalted"})
    assert "sterilize" in topic_words("Unsterilised jars") or "steriliz" in topic_words(
        "Unsterilised jars"
    )
    assert topic_words("unsterilised jars") & topic_words("are the jars sterilized?")


def test_a_negated_sentence_answers_the_plain_question(embedder: object) -> None:
    listing = Listing(
        external_id="cream", title="Hand Balm", kind="simple", price="12",
        description_html="<p>Made with shea butter and beeswax.</p><p>The balm is unscented.</p>"
        "<p>Comes in a 50 ml tin.</p>",
    )
    reply = compose_reply(
        "is the balm scented?", listing, collect_passages(listing, [], {}),
        embedder=embedder, voice=ShopVoice(), policy=GuardrailPolicy(), max_tries=1,  # type: ignore[arg-type]
    )
    assert reply.basis != Basis.REFUSAL
    assert "unscented" in reply.text


# -- options: values beside the point, both values of an absent combination, a price gap ------

from plugin.domain import Variant  # noqa: E402
from plugin.questions.slots import find_slot  # noqa: E402


@pytest.fixture
def lamp() -> Listing:
    """A desk lamp in two shades and two bulbs; no Brass with the Warm bulb."""
    def variant(shade: str, bulb: str, price: str) -> Variant:
        return Variant(f"{shade}-{bulb}", f"{shade} / {bulb}", price=price,
                       options={"Shade": shade, "Bulb": bulb}, in_stock=True)
    return Listing(
        external_id="lamp", title="Pier Desk Lamp", kind="variable", price="60",
        options={"Shade": ["Brass", "Opal"], "Bulb": ["Warm", "Daylight"]},
        variants=[variant("Brass", "Daylight", "75"), variant("Opal", "Warm", "60"),
                  variant("Opal", "Daylight", "64")],
        description_html="<p>A steel arm on a weighted base.</p>",
    )


def _ask(question: str, listing: Listing, embedder: object) -> object:
    return compose_reply(
        question, listing, collect_passages(listing, [], {}), embedder=embedder,  # type: ignore[arg-type]
        voice=ShopVoice(), policy=GuardrailPolicy(), max_tries=1,
    )


@pytest.mark.parametrize(
    "question",
    ["is the brass one bright enough to read sheet music by?",
     "which shade is less likely to tarnish on a windy balcony?"],
)
def test_an_options_values_do_not_answer_another_question(
    question: str, lamp: Listing, embedder: object
) -> None:
    reply = _ask(question, lamp, embedder)
    assert "Brass, Opal" not in reply.text  # type: ignore[attr-defined]
    assert "is available in" not in reply.text  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "question", ["which shades does it come in?", "do you have the opal one?"]
)
def test_an_availability_question_still_gets_the_values(
    question: str, lamp: Listing, embedder: object
) -> None:
    reply = _ask(question, lamp, embedder)
    assert reply.basis == Basis.STRUCTURE  # type: ignore[attr-defined]
    assert "Opal" in reply.text  # type: ignore[attr-defined]


def test_an_absent_combination_says_what_both_values_come_with(lamp: Listing) -> None:
    answer = find_slot("can I get the brass shade with the warm bulb?", lamp)
    assert answer is not None
    assert [p.key for p in answer.parts] == ["combination", "combination_also"]
    assert answer.parts[0].values["values"] == "Daylight"
    assert answer.parts[1].values == {"value": "Warm", "name": "Shade", "values": "Opal"}


def test_how_much_more_asks_the_prices(lamp: Listing, embedder: object) -> None:
    reply = _ask("how much more is the brass than the opal?", lamp, embedder)
    assert reply.basis == Basis.STRUCTURE  # type: ignore[attr-defined]
    assert "75" in reply.text and "60" in reply.text  # type: ignore[attr-defined]


# -- the shopper's language: inflected colours, a tie of function words ------------------------

from plugin.questions.language import question_language  # noqa: E402
from plugin.questions.lexicon import COLOURS  # noqa: E402


@pytest.mark.parametrize(
    ("word", "colour"),
    [("witte", "white"), ("grijze", "grey"), ("rode", "red"), ("groene", "green"),
     ("schwarzen", "black"), ("gelbe", "yellow"), ("noire", "black"), ("paarse", "purple")],
)
def test_an_inflected_colour_names_its_colour(word: str, colour: str) -> None:
    assert COLOURS[word] == colour


@pytest.mark.parametrize("word", ["solve", "vite", "oliven", "rotten", "creamer", "blacken"])
def test_ordinary_words_are_no_inflected_colours(word: str) -> None:
    assert word not in COLOURS


def test_an_inflected_colour_finds_the_absent_combination(lamp: Listing) -> None:
    dutch = Listing(
        external_id="mug", title="Stoneware Mug", kind="variable", price="20",
        options={"Colour": ["White", "Green"], "Size": ["Small", "Large"]},
        variants=[
            Variant("w-s", "White / Small", price="20",
                    options={"Colour": "White", "Size": "Small"}, in_stock=True),
            Variant("g-s", "Green / Small", price="20",
                    options={"Colour": "Green", "Size": "Small"}, in_stock=True),
            Variant("g-l", "Green / Large", price="24",
                    options={"Colour": "Green", "Size": "Large"}, in_stock=True),
        ],
    )
    answer = find_slot("Hebben jullie de witte mok ook in Large?", dutch, "nl")
    assert answer is not None
    assert answer.parts[0].key == "combination"
    assert answer.parts[0].values["asked"] == "White / Large"


def test_a_clear_lean_settles_a_tie_of_function_words() -> None:
    # "le" is French, "de" Dutch: one each; the detector leans French (0.79).
    language, confidence = question_language("Le pull de laine existe en XS ?")
    assert (language, confidence >= 0.8) == ("fr", True)
    assert question_language("is the de luxe one bigger?")[0] == "en"


# -- a care question and the other policies; a model code the facts lack ------------------------

from plugin.questions.decision import named_things, names_known  # noqa: E402

_POLICIES = {
    "shipping": "We ship within 2 business days.",
    "returns": "Cushions with a broken seal on the inner pad cannot be returned.",
    "care": "",
}


def test_a_care_question_is_not_answered_by_the_returns_rule(embedder: object) -> None:
    cushion = Listing(external_id="c", title="Linen Cushion", kind="simple", price="30",
                      description_html="<p>A square cushion with a feather pad.</p>")
    reply = compose_reply(
        "can the cushion go in the washing machine?", cushion,
        collect_passages(cushion, [], _POLICIES), embedder=embedder,  # type: ignore[arg-type]
        voice=ShopVoice(), policy=GuardrailPolicy(), max_tries=1,
    )
    assert reply.basis == Basis.REFUSAL


def test_a_model_code_is_a_name_the_facts_must_know() -> None:
    assert "rx100" in named_things("will the case fit my rx100?")
    assert "ps5" in named_things("does it work with a ps5")
    # across languages only model codes are checked: "Portogallo" is "Portugal"
    assert not names_known("Past het op een Nikon F3?", ["Fits cameras with lugs."],
                           codes_only=True)
    assert names_known("Sono fatte in Portogallo?", ["Origin: Portugal"], codes_only=True)
    # sizes, units and carats before a figure are values, not names
    assert named_things("is it 18k gold, and do you have us10 or 5kg?") == set()
    assert not names_known("will it fit my rx100?", ["Fits compact cameras with a lanyard loop."])
    # hyphens and spaces aside
    assert names_known("do you do c41?", ["We develop C-41 colour film."])


def test_an_option_asked_by_its_name_still_gets_its_values(embedder: object) -> None:
    tea = Listing(
        external_id="tea", title="Harbour Breakfast Tea", kind="variable", price="9",
        options={"Cut": ["Loose leaf", "Bags"]},
        variants=[Variant("t-l", "Loose leaf", price="9", options={"Cut": "Loose leaf"}),
                  Variant("t-b", "Bags", price="10", options={"Cut": "Bags"})],
    )
    reply = _ask("do you cut it fine enough for a samovar?", tea, embedder)
    assert reply.basis == Basis.STRUCTURE  # type: ignore[attr-defined]
    assert "Loose leaf" in reply.text  # type: ignore[attr-defined]


def test_how_long_it_stays_open_needs_a_duration(embedder: object) -> None:
    course = Listing(
        external_id="course", title="Watercolour Basics (online course)", kind="simple",
        virtual=True, price="40",
        description_html="<p>Six video lessons with a printable brush guide.</p>"
        "<p>You can watch the lessons for 90 days after buying.</p>",
    )
    reply = _ask("how long can I watch the lessons after buying?", course, embedder)
    # not "… is virtual, so nothing is shipped": the kind says no duration
    assert "nothing is shipped" not in reply.text  # type: ignore[attr-defined]
    assert "90 days" in reply.text  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "question",
    ["how long can I watch the recording afterwards?", "how long is the download available?",
     "how long are the tickets valid?"],
)
def test_how_long_it_stays_open_is_no_kind_question(question: str) -> None:
    from plugin.questions.support_checks import still_answers

    course = Listing(external_id="c", title="Online Course", kind="simple", virtual=True)
    assert not still_answers(question, course, ["Virtual: yes"])
    assert still_answers(question, course, ["The recording stays available for 30 days."])
