"""Campaign copy: planned from the facts, finished by (scripted) model endings, best of n and
verified, rendered inside every channel's limits; audiences change the angle, not the facts."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from plugin.campaign import Audience, Brief, Channel, Goal, field_items
from plugin.domain import Listing, Verdict, verdict_of
from plugin.generation.compose import Candidate, SentenceCheck, Slot, write_plans
from plugin.generation.plan import Plan
from plugin.generation.render import Written
from plugin.guardrails import GuardrailPolicy
from plugin.guardrails.campaign import check_asset
from plugin.services.campaigns import campaign_sentence_passes, checked_assets

GRINDER = Listing(
    external_id="g1",
    title="Hand Coffee Grinder",
    vendor="Fellside",
    categories=["Kitchen > Coffee"],
    tags=["coffee", "grinder", "manual"],
    attributes={
        "Burrs": ["Conical ceramic"],
        "Material": ["Stainless steel body"],
        "Capacity": ["30 g of beans"],
        "Grind settings": ["18"],
    },
)
MUG = Listing(
    external_id="m1",
    title="Enamel Camp Mug",
    categories=["Kitchen > Coffee"],
    tags=["camping", "mug"],
    attributes={"Capacity": ["350 ml"], "Material": ["Enamelled steel"]},
)
GIFTS = Audience("gift buyers", "shopping for someone else")
RUNNERS = Audience("early risers", "making coffee before work")
ALL = tuple(Channel)


class ScriptedWriter:
    """A model that answers every hook and reason slot with scripted endings in turn, through
    the real best-of-n composer (``compose.write_plans``)."""

    model_id = "scripted"

    def __init__(self, hooks: list[str], reasons: list[str]) -> None:
        self.hooks, self.reasons = hooks, reasons
        self.contexts: list[str] = []

    def complete(self, slots: Sequence[Slot], seeds: Sequence[int | None]) -> list[Candidate]:
        out = []
        for n, slot in enumerate(slots):
            bank = self.reasons if slot.prompt.endswith(",") else self.hooks
            out.append(Candidate(" " + bank[n % len(bank)], -2.0, 8))
        return out

    def write_plans(
        self,
        plans: Sequence[Plan],
        listings: Sequence[Listing],
        seeds: Sequence[int | None],
        *,
        check: SentenceCheck | None = None,
        contexts: Sequence[str] | None = None,
        angle_words: frozenset[str] = frozenset(),
        banned_words: Sequence[str] = (),
    ) -> list[Written]:
        self.contexts += list(contexts or [])
        return write_plans(
            plans,
            listings,
            seeds,
            self.complete,
            check,
            contexts=contexts,
            angle_words=angle_words,
        )


def brief(**changes: object) -> Brief:
    values: dict[str, object] = {"goal": Goal.LAUNCH, "channels": ALL, "audiences": ()}
    values.update(changes)
    return Brief(**values)  # type: ignore[arg-type]


def text_of(item) -> str:  # type: ignore[no-untyped-def]
    return " ".join(t for _, t in field_items(item.asset.channel, item.asset.content))


@pytest.mark.parametrize("goal", list(Goal))
def test_every_channel_is_written_within_its_limits(goal: Goal) -> None:
    offer = "20% off until Sunday" if goal is Goal.SALE else ""
    one = (Channel.EMAIL, Channel.SOCIAL, Channel.ADS)
    for products, channels in (([GRINDER], one), ([GRINDER, MUG], ALL)):
        items = checked_assets(
            brief(goal=goal, offer=offer, collection="Coffee", channels=channels),
            products,
            None,
            None,
            GuardrailPolicy(),
        )
        assert [i.asset.channel for i in items] == list(channels)
        for item in items:
            limits = [f for f in item.findings if f.rule == "quality.limit"]
            assert not limits, (item.asset.channel, limits, item.asset.content)
            assert item.first is not Verdict.BLOCK, item.findings


def test_an_intro_too_thin_for_its_minimum_is_blocked_with_the_count() -> None:
    """One product with four facts cannot fill 60 words without inventing: it says so."""
    [item] = checked_assets(
        brief(channels=(Channel.COLLECTION_INTRO,)), [GRINDER], None, None, GuardrailPolicy()
    )
    [limit] = [f for f in item.findings if f.rule == "quality.limit"]
    assert "words; a collection intro takes 60–150" in limit.message


def test_the_offer_appears_in_the_merchants_words_and_nothing_else_promises_one() -> None:
    items = checked_assets(
        brief(goal=Goal.SALE, offer="20% off until Sunday"),
        [GRINDER],
        None,
        None,
        GuardrailPolicy(),
    )
    email = items[0].asset.content
    assert "The offer: 20% off until Sunday." in email["body"]
    assert email["cta"] == "Shop the offer"
    assert not [f for i in items for f in i.findings if f.rule == "compliance.offer"]


def test_model_endings_are_verified_an_invented_discount_never_reaches_the_copy() -> None:
    writer = ScriptedWriter(
        hooks=[
            "a grinder that is 30% off this weekend only.",  # an offer term: dropped
            "a manual grinder for coffee beans.",
        ],
        reasons=[
            "so it is free shipping today.",  # an offer term: dropped
            "so every cup starts with freshly ground coffee.",
        ],
    )
    # A single product's collection intro falls short of 60 words without model reasons; the
    # channels here are the ones one product fills.
    channels = (Channel.EMAIL, Channel.SOCIAL, Channel.ADS)
    items = checked_assets(brief(channels=channels), [GRINDER], None, writer, GuardrailPolicy())
    written = " ".join(text_of(i) for i in items)
    assert "30% off" not in written and "free shipping" not in written
    assert "a manual grinder for coffee beans" in written
    assert all(verdict_of(i.findings) is not Verdict.BLOCK for i in items)


def test_the_sentence_check_refuses_offer_terms() -> None:
    assert campaign_sentence_passes(GRINDER, "It holds 30 g of beans, so it suits one pot.")
    assert not campaign_sentence_passes(GRINDER, "It holds 30 g of beans, at 20% off today.")


def test_audiences_change_the_angle_not_the_facts() -> None:
    writer = ScriptedWriter(
        hooks=["a thoughtful present for a coffee friend.", "a quiet start before work."],
        reasons=["so every cup starts with freshly ground coffee."],
    )
    both = brief(audiences=(GIFTS, RUNNERS))
    gifts = checked_assets(both, [GRINDER], GIFTS, writer, GuardrailPolicy())
    risers = checked_assets(both, [GRINDER], RUNNERS, writer, GuardrailPolicy())
    assert any("gift buyers" in c for c in writer.contexts)
    assert any("early risers" in c for c in writer.contexts)
    subject = gifts[0].asset.content["subject"], risers[0].asset.content["subject"]
    assert "gift buyers" in subject[0] and "early risers" in subject[1]
    # Each audience leads with its own share of the facts, and states no other.
    for a, b in zip(gifts, risers, strict=True):
        assert text_of(a) != text_of(b)
    lead = [x[0].asset.content["body"].split(". ")[1] for x in (gifts, risers)]
    assert lead[0] != lead[1]
    for item in [*gifts, *risers]:
        assert not [f for f in item.findings if f.category == "accuracy"], item.findings


def test_hashtags_come_from_the_products_tags_and_categories() -> None:
    items = checked_assets(
        brief(channels=(Channel.SOCIAL,)), [GRINDER], None, None, GuardrailPolicy()
    )
    tags = items[0].asset.content["hashtags"]
    assert 1 <= len(tags) <= 3
    assert set(tags) <= {"kitchen", "coffee", "grinder", "manual"}
    assert (
        verdict_of(check_asset([GRINDER], Channel.SOCIAL, items[0].asset.content))
        is not Verdict.BLOCK
    )
