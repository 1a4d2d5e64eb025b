"""Round 31 (heldout33's raters, description): generic families on listings written here. The
product said by its English name where the shop wrote its title in two languages."""

from __future__ import annotations

import html
import re

from plugin.domain import DraftKind, Listing, Verdict, verdict_of
from plugin.generation.compose import choose
from plugin.generation.plan import plan_description
from plugin.generation.render import render_description
from plugin.guardrails import check


def _listing(title: str, attributes: dict[str, str | list[str]], **extra: object) -> Listing:
    return Listing(
        external_id=str(extra.pop("external_id", "r31")),
        title=title,
        description_html="",
        attributes={k: [v] if isinstance(v, str) else v for k, v in attributes.items()},
        **extra,  # type: ignore[arg-type]
    )


def _draft(listing: Listing) -> str:
    plan = plan_description(listing)
    return render_description(plan, choose(plan, listing, {}, None))


def _prose(listing: Listing) -> str:
    text = re.sub(r"<ul>.*", "", _draft(listing), flags=re.DOTALL)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


def _passes(listing: Listing) -> bool:
    return verdict_of(check(listing, _draft(listing), DraftKind.DESCRIPTION)) is not Verdict.BLOCK


# 1. A two-language title is said by its English half in the prose.


def test_a_two_language_title_is_said_by_its_english_half() -> None:
    facts: dict[str, str | list[str]] = {"Max load": "40 kg", "Wood": "Oak, waxed"}
    listing = _listing(
        "Vorratsregal aus Eiche / Oak Pantry Shelf", facts, product_type="Regal / Shelf"
    )
    said = _prose(listing)
    assert "Oak Pantry Shelf" in said, said
    assert "Vorratsregal" not in said, said
    assert "<strong>Oak Pantry Shelf</strong>" in _draft(listing)
    assert _passes(listing)


def test_a_title_in_one_language_is_said_whole() -> None:
    facts: dict[str, str | list[str]] = {"Max load": "40 kg", "Wood": "Oak, waxed"}
    said = _prose(_listing("Oak Pantry Shelf / Tall", facts, product_type="Shelf"))
    assert "Oak Pantry Shelf / Tall" in said, said


# 2. Named options said in one of three shapes, two short ones joined in one sentence.


def test_two_named_options_are_joined_and_their_shape_varies() -> None:
    from plugin.generation.choice_sentences import varied_choices
    from plugin.generation.sentence import Role, Sentence

    cut, wood = (
        Sentence(Role.CHOICE, "", facts=("Fine",)),
        Sentence(Role.CHOICE, "", facts=("Oak",)),
    )
    written = [(cut, "Choose the cut: fine or coarse."), (wood, "Choose the wood: oak or ash.")]
    said = [text for _, text in varied_choices(written, 0)]
    assert said == ["Choose the cut (fine or coarse) and the wood (oak or ash)."]
    shapes = {varied_choices(written[:1], turn)[0][1] for turn in range(3)}
    assert len(shapes) == 3, shapes
    dated = [(cut, "Choose the date: 1 May, 10:00 or 2 May, 18:00."), written[1]]
    assert len(varied_choices(dated, 0)) == 2  # values with commas keep their own sentences


# 3. Reasons and purposes held to the product they were written for.


def test_a_reason_naming_a_proper_thing_needs_the_listing_to_name_it() -> None:
    from plugin.generation.benefits import reading_listing, unfounded

    with reading_listing("Shelf beam. Fits: frames with 25 mm holes"):
        assert unfounded("so it suits Olympic bars and plates")
        assert not unfounded("so it suits most bars and plates")
    with reading_listing("Barbell collar. Fits: Olympic bars"):
        assert not unfounded("so it suits Olympic bars and plates")


def test_a_type_purpose_is_not_said_where_an_unknown_word_names_the_owner() -> None:
    from plugin.generation.purpose import purpose_of

    assert purpose_of(_listing("Zither Hammers, Beech", {})) is None
    assert purpose_of(_listing("Steel Claw Hammer", {})) is not None
    assert purpose_of(_listing("Zither Hammers, Beech", {}, product_type="Hammer")) is not None
    assert (
        purpose_of(_listing("Beechwood Dish Brush", {})) is not None
    )  # a word ending in a material
