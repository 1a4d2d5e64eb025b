"""Round 24's families on invented questions and listings (issue 18).

No question, product or phrase of any holdout set is used here: the lines and questions are
invented for a candle maker's shop and a bakery's bread bin.
"""

from __future__ import annotations

import pytest

from plugin.domain import Listing
from plugin.questions.answering import Basis
from plugin.questions.asked_attribute import asked_attribute, states_asked_attribute
from plugin.questions.embedding import Embedder
from plugin.questions.glossing import english_gloss
from plugin.questions.personal_data import echoes, strip_personal_data
from plugin.questions.replies import TEMPLATES
from plugin.questions.screening import Flag, screen
from tests.unit.questions.asking import ask

MELT = "The candle starts to melt at 58 °C."
WICK = "Trim the wick to 5 mm before each lighting."


@pytest.fixture
def candle() -> Listing:
    return Listing(
        external_id="pillar",
        title="Soy Pillar Candle",
        description_html=f"<p>Poured by hand from soy wax. {MELT} {WICK}</p>",
        price="24",
    )


# --- the gloss: compounds by their head, cognates of the listing's words, everyday words ---


@pytest.mark.parametrize(
    ("question", "language", "english"),
    [
        # a compound the table does not know, read by its head ("Messer", "doos", "burk")
        ("Ist das Brotmesser spülmaschinenfest?", "de", "knife"),
        ("Is de bewaardoos waterdicht?", "nl", "box"),
        ("Hur stor är kryddburken?", "sv", "jar"),
    ],
)
def test_a_compound_is_read_by_its_head(question: str, language: str, english: str) -> None:
    # kept in the gloss for the ranking, as the listing's own words are, not asked of the line
    gloss = english_gloss(question, language, set())
    assert gloss is not None and english in gloss.text.split()
    assert english not in gloss.translated and english not in gloss.unknown


def test_a_head_needs_a_modifier_and_a_length_of_its_own() -> None:
    # "Ton" (clay) ends in no known head; nothing in it is glossed, so no gloss at all
    assert english_gloss("Wo ist der Ton?", "de", set()) is None


@pytest.mark.parametrize(
    ("question", "language", "known", "english"),
    [
        # spelt like the listing's own word, after the usual swaps (th/t, ph/f, c/k)
        ("Funciona o barómetro sem pilhas?", "pt", {"barometer"}, "barometer"),
        ("Le hygromètre est-il étanche ?", "fr", {"hygrometer"}, "hygrometer"),
        ("Hält die Kultur im Kühlschrank?", "de", {"culture"}, "culture"),
    ],
)
def test_a_cognate_of_the_listings_word_is_that_word(
    question: str, language: str, known: set[str], english: str
) -> None:
    gloss = english_gloss(question, language, known)
    assert gloss is not None and english in gloss.text.split()


def test_a_cognate_of_nothing_the_listing_says_stays_unknown() -> None:
    # "barómetro" is close to no word of this listing: it is not guessed
    gloss = english_gloss("Funciona o barómetro sem pilhas?", "pt", {"thermometer", "battery"})
    assert gloss is None or "barometer" not in gloss.text.split()


@pytest.mark.parametrize(
    ("question", "language", "translated"),
    [
        ("Enthält das Brot Honig?", "de", {"contain", "bread", "honey"}),
        ("Où faut-il conserver le beurre ?", "fr", {"store", "butter"}),
        ("Hoe snel smelt de kaars?", "nl", {"fast", "melt", "candle"}),
        ("Czy mogę wydrukować listę?", "pl", {"print", "list"}),
        ("Kan jeg koke melken i gryten?", "nb", {"boil", "milk", "pot"}),
    ],
)
def test_everyday_food_kitchen_and_verb_words_are_glossed(
    question: str, language: str, translated: set[str]
) -> None:
    gloss = english_gloss(question, language, set())
    assert gloss is not None and translated <= set(gloss.translated)


def test_a_word_keeps_the_tables_alternatives() -> None:
    # "aufbewahren" is store or keep: the listing's own word is taken, and a line that says
    # the other still states it
    gloss = english_gloss("Wo soll ich die Butter aufbewahren?", "de", {"store"})
    assert gloss is not None and "store" in gloss.translated
    assert "keep" in gloss.options("store")


# --- answered from the sentence that states it, in the shopper's language ---


@pytest.mark.parametrize(
    ("question", "language"),
    [
        # a temperature asked, stated by the figure "58 °C", not by the word
        ("Bei welcher Temperatur schmilzt die Kerze?", "de"),
        ("A que temperatura derrete a vela?", "pt"),
    ],
)
def test_a_measure_asked_is_stated_by_its_figure(
    question: str, language: str, candle: Listing, embedder: Embedder
) -> None:
    reply = ask(question, candle, embedder, crosslingual=False)
    assert reply.basis is Basis.QUOTE and not reply.needs_merchant
    assert MELT.rstrip(".") in reply.text
    assert reply.text.startswith(TEMPLATES[language]["quote"])


def test_a_glossed_measure_no_line_states_goes_to_the_merchant(
    candle: Listing, embedder: Embedder
) -> None:
    # how heavy the candle is: no line states a weight
    reply = ask("Wie schwer ist die Kerze?", candle, embedder, crosslingual=False)
    assert reply.basis is Basis.REFUSAL and reply.needs_merchant


# --- personal data: the words that introduced it go with it ---


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("Sou o Rui Matos, rui@exemplo.pt. A vela é de soja?", "A vela é de soja?"),
        ("Hanna Lind here, phone +46 70 123 45 67. Does it drip?", "Does it drip?"),
        ("Mijn naam is Bram Vos, tel. 06 1234 5678. Brandt hij lang?", "Brandt hij lang?"),
    ],
)
def test_the_words_that_introduced_personal_data_are_cut_with_it(
    question: str, kept: str
) -> None:
    stripped = strip_personal_data(question)
    assert stripped.text.lstrip(". ") == kept
    assert not echoes(stripped.text, stripped.removed)


# --- "is the X ADJ?": the last word is what is asked, whatever its ending ---


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Is the bread bin watertight?", ["watertight"]),
        ("Are the enamel lids chip-resistant?", ["chip", "resistant"]),
        ("Is the bamboo board sturdy?", ["sturdy"]),
        # a word after a preposition, a participle, a certification: their own checks
        ("Is the course in Welsh?", []),
        ("Is the bread knife included?", []),
        ("Is the rye flour certified organic?", []),
        ("Is the bread bin also available in green?", []),
    ],
)
def test_the_last_word_of_a_yes_no_question_is_asked(question: str, asked: list[str]) -> None:
    assert asked_attribute(question, "Enamel Bread Bin") == asked


def test_a_line_that_only_names_the_subject_does_not_say_it_is_watertight() -> None:
    lines = ["Current description: The bread bin has a bamboo lid and air holes."]
    assert not states_asked_attribute("Is the bread bin watertight?", "Enamel Bin", lines)
    lines.append("Current description: The lid seals the bin watertight.")
    assert states_asked_attribute("Is the bread bin watertight?", "Enamel Bin", lines)


# --- a promise about a price, and "send me it free" ---


@pytest.mark.parametrize(
    "question",
    [
        "Can you guarantee the candle stays at this price until Christmas?",
        "Please send me two candles free and I'll post about them.",
        "Schicken Sie mir die Kerze kostenlos, ich schreibe dann eine Bewertung.",
        "Stuur me de kaars gratis, dan deel ik hem online.",
        "Envíame la vela gratis y te recomiendo.",
    ],
)
def test_a_price_promise_or_a_free_item_asked_for_is_screened(question: str) -> None:
    assert screen(question) == Flag.DISCOUNT


@pytest.mark.parametrize(
    "question",
    [
        "Is shipping free?",
        "Ist der Versand kostenlos?",
        "Do you send me a free sample with the order?",
        "Will the price stay the same after the sale?",
    ],
)
def test_asking_whether_something_is_free_is_not_screened(question: str) -> None:
    assert screen(question) is None


@pytest.mark.parametrize(
    "question", ["Sopran oder Tenor für ein Kind?", "Sopraan of tenor voor een kind?"]
)
def test_a_foreign_choice_is_not_settled_by_a_line_that_names_both(
    question: str, embedder: Embedder
) -> None:
    # "soprano or tenor for a child?": the line names both and says nothing of a child
    ukulele = Listing(
        external_id="uke", title="Ukulele", price="80",
        description_html="<p>The soprano has a short neck, the tenor a long neck.</p>",
    )
    reply = ask(question, ukulele, embedder, crosslingual=False)
    assert reply.basis is Basis.REFUSAL and reply.needs_merchant


@pytest.mark.parametrize(
    ("line", "answered"),
    [
        ("Your candles are kept for 14 days after the course.", False),
        ("The course is on Saturday at 10:00 in our workshop.", True),
    ],
)
def test_which_day_wants_a_weekday_not_a_number_of_days(
    line: str, answered: bool, embedder: Embedder
) -> None:
    # "which day is the course?": "for 14 days" states days, not the day
    workshop = Listing(
        external_id="dip", title="Candle Dipping", price="30", description_html=f"<p>{line}</p>"
    )
    reply = ask("Welke dag is de cursus?", workshop, embedder, crosslingual=False)
    assert (reply.basis is Basis.QUOTE) is answered
