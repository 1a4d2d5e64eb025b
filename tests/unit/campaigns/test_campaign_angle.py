"""An audience's angle from its name and line alone: the needs it names, how much a fact
matters to it, whose benefit a fact is, how its copy opens and what its button says."""

from __future__ import annotations

from plugin.campaign import Audience
from plugin.generation.campaign_angle import Angle

GIFTS = Audience("gift buyers", "shopping for someone else")
PARENTS = Audience("new parents", "setting up a home around a baby")
REGULARS = Audience("regulars", "our longest customers")
BRIEF = (GIFTS, PARENTS)


def test_the_needs_an_audience_names_decide_what_matters_to_it() -> None:
    gifts, parents = Angle(GIFTS, BRIEF), Angle(PARENTS, BRIEF)
    assert [n.name for n in gifts.needs] == ["giving"]
    assert [n.name for n in parents.needs] == ["family", "home"]
    assert gifts.relevance("Color: Sage") > parents.relevance("Color: Sage")
    assert parents.relevance("Certifications: BPA-free") > gifts.relevance(
        "Certifications: BPA-free"
    )
    # Most relevant first; the rest keep their order.
    facts = ["Capacity: 750 ml", "Certifications: BPA-free", "Color: Sage"]
    assert gifts.ordered(facts)[0] == "Color: Sage"
    assert parents.ordered(facts)[0] == "Certifications: BPA-free"


def test_a_facts_benefit_belongs_to_the_audience_it_matters_to_most() -> None:
    gifts, parents = Angle(GIFTS, BRIEF), Angle(PARENTS, BRIEF)
    assert gifts.owns("Color: Sage", 0) and not parents.owns("Color: Sage", 0)
    assert parents.owns("Dishwasher safe: Yes", 0) and not gifts.owns("Dishwasher safe: Yes", 0)
    # A fact that matters to neither goes to each in turn.
    assert [gifts.owns("Grind settings: 18", i) for i in range(4)] == [True, False, True, False]
    assert [parents.owns("Grind settings: 18", i) for i in range(4)] == [False, True, False, True]
    # Alone in its brief, an audience hears every benefit.
    assert Angle(GIFTS, (GIFTS,)).owns("Grind settings: 18", 1)


def test_the_second_audience_opens_on_its_situation_when_its_line_reads_as_one() -> None:
    assert not Angle(GIFTS, BRIEF).framed
    parents = Angle(PARENTS, BRIEF)
    assert parents.framed and parents.situation == "Setting up a home around a baby?"
    # "our longest customers" is not something they are doing: no question is made of it.
    regulars = Angle(REGULARS, (GIFTS, REGULARS))
    assert regulars.situation == "" and not regulars.framed


def test_the_button_is_the_audiences_need_or_the_goals() -> None:
    assert Angle(GIFTS, BRIEF).cta("See what's new") == "Find a gift"
    assert Angle(PARENTS, BRIEF).cta("See what's new") == "Shop for the family"
    assert Angle(REGULARS, (REGULARS,)).cta("See what's new") == "See what's new"
    assert Angle().cta("Shop the offer") == "Shop the offer"
