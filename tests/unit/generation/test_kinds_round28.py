"""Round 28: the FAQ, the SEO meta and the short description after the blind raters' notes on
heldout30's kinds, on listings invented here. What a shopper or a merchant notices: no label
read as a noun ("Its thawing is up to 2 days", "It has skilled carvers", "It has a forged
spring steel"); FAQ questions a shopper would ask ("What is the blade made of?", "How many
pegs does it have?", "Is it dishwasher safe?", "Can I eat it raw?", "Is string included?")."""

from plugin.domain import DraftKind, FaqItem, Listing, seo_from_text
from plugin.generation.faq_said import asked_as_said
from plugin.generation.noun_frames import label_read_as_noun, material_said
from plugin.generation.voice import voice_of
from tests.unit.generation.planner_drafts import draft, faq, text_of


def _meta(listing: Listing) -> str:
    return seo_from_text(draft(listing, DraftKind.SEO)).description


def _short(listing: Listing) -> str:
    return text_of(draft(listing, DraftKind.SHORT_DESCRIPTION))


def _kinds(listing: Listing) -> str:
    return f"{_meta(listing)} {_short(listing)}"


CHEESE = Listing(
    external_id="r28-cheese",
    title="Smoked Ewe's Cheese 200 g",
    product_type="Cheese",
    attributes={
        "Ingredients": ["Ewe's milk", "Salt", "Rennet"],
        "Thawing": ["Up to 2 days in the fridge"],
        "Rind": ["Natural, oak-smoked"],
        "Wax": ["Not included"],
    },
)
CARVING_KIT = Listing(
    external_id="r28-kit",
    title="Spoon Carving Kit",
    product_type="Carving kit",
    attributes={
        "Skill level": ["Skilled carvers"],
        "Knife": ["Forged spring steel"],
        "Blank": ["Green birch, 25 cm"],
        "Pegs": ["4, turned beech"],
        "Players": ["1 or more"],
        "Yield": ["2 spoons"],
    },
)


def test_a_label_of_what_you_do_is_never_its_property() -> None:
    said = _kinds(CHEESE)
    assert "Its thawing" not in said and "The thawing" not in said, said
    assert label_read_as_noun("Its thawing is up to 2 days in the fridge.") == "action label"
    # A thing whose name ends in "-ing" is still a thing.
    assert label_read_as_noun("Its lining is brushed cotton.") is None
    assert label_read_as_noun("Its hire begins are the day of the event.") == "verb label"
    assert label_read_as_noun("Its manuals is printed booklet.") == "plural label"


def test_a_value_that_says_its_label_again_or_nothing_is_not_said() -> None:
    assert label_read_as_noun("Its finishing is unfinished.") is not None
    assert label_read_as_noun("Its coating is uncoated.") == "value repeats label"
    assert label_read_as_noun("Its settling is normal.") is not None
    assert label_read_as_noun("Its grain separation is normal.") == "empty value"
    assert label_read_as_noun("The hours on the water are about 2.") is None
    assert label_read_as_noun("Its time in the saddle is about 2 hours.") == "clause label"


def test_who_it_is_for_or_what_it_is_made_of_is_never_had() -> None:
    said = _kinds(CARVING_KIT)
    assert "has skilled carvers" not in said and "have skilled carvers" not in said, said
    assert "has a forged spring steel." not in said and "Its skill level" not in said, said
    assert label_read_as_noun("It has skilled carvers and a 25 cm blank.") == "people had"
    assert label_read_as_noun("It has a forged spring steel.") == "material had"
    assert label_read_as_noun("It has a forged spring steel blade.") is None
    assert material_said("It has a forged spring steel.") == "It is made of forged spring steel."
    assert material_said("They have a flax fibre.") == "They are made of flax fibre."
    assert material_said("It has a steel blade.") == "It has a steel blade."
    assert label_read_as_noun("It has B rig.") == "code had"
    assert label_read_as_noun("They have 6 weeks aged.") == "state had"
    assert label_read_as_noun("It has a flax fibre.") == "label had"
    assert label_read_as_noun("It is nitrate, Potassium and Texture (loam) certified.") is not None
    assert label_read_as_noun("It is FSC certified.") is None


def test_faq_parts_are_asked_what_they_are_made_of() -> None:
    answers = faq(CARVING_KIT)
    assert "What is the knife made of?" in answers or "What is the blank made of?" in answers, (
        answers
    )
    assert not any(q in answers for q in ("What is the knife?", "What is the blank?")), answers
    assert answers["Who is it for?"] == "It is for skilled carvers.", answers
    assert not any("made of made of" in q for q in answers), answers
    it = voice_of("Spoon Carving Kit")
    item = asked_as_said(FaqItem("What is the finish like?", "Raw wood; oil before use."), it)
    assert item.question == "What is the finish like?"


def test_faq_counts_yields_and_players_are_asked_as_shoppers_ask() -> None:
    it = voice_of("Spoon Carving Kit")
    pegs = asked_as_said(FaqItem("Which pegs does it have?", "4, turned beech."), it)
    assert pegs == FaqItem("How many pegs does it have?", "It has 4 pegs, turned beech.")
    made = asked_as_said(FaqItem("Which yield does it have?", "2 spoons."), it)
    assert made == FaqItem("How much does it make?", "It makes 2 spoons.")
    players = asked_as_said(FaqItem("Which players does it have?", "1 or more."), it)
    assert players == FaqItem("How many can play?", "1 or more players.")
    folds = asked_as_said(FaqItem("Which bellows does it have?", "8-fold."), it)
    assert folds == FaqItem("What kind of bellows does it have?", "It has 8-fold bellows.")
    monthly = asked_as_said(FaqItem("What is the every week?", "The every week is 2 loaves."), it)
    assert monthly == FaqItem("What comes every week?", "Every week brings 2 loaves.")
    said = " ".join(f"{q} {a}" for q, a in faq(CARVING_KIT).items())
    assert "Which pegs" not in said and "Which players" not in said, said


def test_faq_flags_and_mass_nouns_read_as_questions() -> None:
    it = voice_of("Bread Proving Basket")
    they = voice_of("Rye Crackers")
    assert asked_as_said(FaqItem("Does it have a microwave?", "No."), it).question == (
        "Is it microwave safe?"
    )
    assert asked_as_said(FaqItem("Do they have an eat raw?", "No."), they).question == (
        "Can I eat them raw?"
    )
    assert asked_as_said(FaqItem("Do they come with a string?", "No."), they).question == (
        "Do they come with string?"
    )
    wax = asked_as_said(FaqItem("Is a wax included?", "No, a wax is not included."), it)
    assert wax == FaqItem("Is wax included?", "No, wax is not included.")
    # A countable thing keeps its article.
    hook = FaqItem("Is a hook included?", "No, a hook is not included.")
    assert asked_as_said(hook, it) == hook
    sealed = asked_as_said(FaqItem("What is the seal like?", "The seal is unsealed."), it)
    assert sealed == FaqItem("Is it sealed?", "No, it is unsealed.")
    answers = faq(CHEESE)
    assert "Is a wax included?" not in answers, answers
