"""Round 30: the FAQ, the SEO meta and the short description after the blind raters' notes on
heldout32's kinds, on listings invented here. What a shopper or a merchant notices: no spec row
pasted into "Its … is …" ("Its <part> is <kind>, <feature>"), no count of people said as a
property ("How many people does it carry?" in the FAQ), no label left unfinished ("… within")
in a meta, a short description or a question; "Is <service> included?" without "a"; "Is it
suitable for …?" rather than "Does it have suitable for …?"."""

from plugin.domain import DraftKind, Listing, seo_from_text
from plugin.generation.faq_flags import flag_question
from plugin.generation.pasted_specs import pasted_spec
from plugin.generation.voice import voice_of
from tests.unit.generation.planner_drafts import draft, faq, text_of

RAFT = Listing(
    external_id="r30-raft",
    title="Inflatable River Raft",
    product_type="Raft",
    attributes={
        "Carries": ["Up to 4 people"],
        "Material": ["1100 dtex PVC"],
        "Valves": ["Recessed, 3"],
        "Engraving": ["Not included"],
    },
)
HONEY = Listing(
    external_id="r30-honey",
    title="Raw Heather Honey 340 g",
    product_type="Honey",
    attributes={"Use within": ["24 months"], "Origin": ["Scottish Borders"], "Raw": ["Yes"]},
)


def _copy(listing: Listing) -> list[str]:
    return [
        seo_from_text(draft(listing, DraftKind.SEO)).description,
        text_of(draft(listing, DraftKind.SHORT_DESCRIPTION)),
    ]


def test_a_spec_row_or_a_count_of_people_is_not_pasted_into_a_frame() -> None:
    for text in _copy(RAFT):
        assert "Its carries" not in text and "carries are" not in text
        assert "recessed, 3" not in text
        assert "1100 dtex PVC" in text  # the facts that read stay
    assert pasted_spec("Its base is cast iron, tilting arm, push switch.") == "spec row"
    assert pasted_spec("Its parts are sealed, 4.") == "spec row"
    assert pasted_spec("Its pegs are 12 included.") == "count and state"
    assert pasted_spec("Its lid is glass, so you can see the soup.") is None
    assert pasted_spec("Its colours are red, blue and green.") is None
    assert pasted_spec("Its capacity is up to 6 people.") is None


def test_a_label_that_counts_people_is_asked_as_a_verb() -> None:
    questions = faq(RAFT)
    assert questions["How many people does it carry?"] == "It carries up to 4 people."
    assert not any("carries like" in question for question in questions)


def test_a_label_left_unfinished_is_neither_said_nor_asked() -> None:
    assert pasted_spec("Their use within is 24 months.") == "unfinished label"
    for text in _copy(HONEY):
        assert "use within is" not in text.lower()
    assert not any("within" in question for question in faq(HONEY))


def test_a_service_not_included_is_asked_without_an_article() -> None:
    questions = faq(RAFT)
    assert "Is engraving included?" in questions
    assert questions["Is engraving included?"] == "No, engraving is not included."


def test_a_flag_that_says_who_it_suits_is_asked_of_the_product() -> None:
    one, two = voice_of("Teething Ring"), voice_of("Wool Mittens")
    assert flag_question("Suitable for toddlers", one) == "Is it suitable for toddlers?"
    assert flag_question("Compatible with old hubs", two) == "Are they compatible with old hubs?"
    assert flag_question("Carry handle", one) == "Does it have a carry handle?"
