"""Woven copy: the plain draft rewritten whole by scripted model candidates, checked and chosen."""

import json
from collections.abc import Sequence
from pathlib import Path

from plugin.domain import DraftKind, GenerationRequest, Listing
from plugin.engine import sentence_passes
from plugin.generation import weave
from plugin.generation.compose import Candidate, Slot, compose, plain_draft
from plugin.generation.model_store import ADAPTER_TASKS, adapter_tasks

KETTLE = Listing(
    external_id="k1",
    title="Gooseneck Pour-Over Kettle",
    vendor="Drip Theory",
    product_type="Kettles",
    tags=["coffee", "pour-over"],
    attributes={
        "Capacity": ["0.9 L"],
        "Spout": ["Narrow gooseneck"],
        "Material": ["Stainless steel"],
    },
    price="64.00",
    currency="GBP",
)

GOOD = (
    "Pour-over coffee needs a slow, steady pour, and the Gooseneck Pour-Over Kettle gives you "
    "one: its narrow gooseneck spout lets the water out gently, right where you aim it.\n"
    "It holds 0.9 L, enough for a full pot, and the stainless steel body will not rust."
)
INVENTED = GOOD.replace("0.9 L", "1.5 L")
FILLER = GOOD.replace("It holds", "The perfect gift, it holds")
UNFINISHED = "The Gooseneck Pour-Over Kettle has a narrow gooseneck spout, so the"


class Script:
    """Answers the weave prompts with the scripted texts in turn (the first greedy), each
    ended as the adapter was taught; any other slot (a hook) with nothing usable."""

    def __init__(self, texts: list[tuple[str, float]], ended: bool = True) -> None:
        self.texts = texts
        self.ended = ended
        self.asked: list[tuple[Slot, int | None]] = []

    def __call__(self, slots: Sequence[Slot], seeds: Sequence[int | None]) -> list[Candidate]:
        out = []
        n = 0
        for slot, seed in zip(slots, seeds, strict=True):
            self.asked.append((slot, seed))
            if slot.stop != weave.STOP:
                out.append(Candidate(" -", -5.0, 1))
                continue
            text, logprob = self.texts[n % len(self.texts)]
            n += 1
            end = f"\n{weave.END}" if self.ended else ""
            out.append(Candidate(text + end, logprob * 40, 40))
        return out


def write(script: Script, listing: Listing = KETTLE, woven: bool = True) -> str:
    request = GenerationRequest(listing=listing, kind=DraftKind.DESCRIPTION)
    return compose([request], script, sentence_passes, tuned=True, woven=woven)[0]


def test_the_prompt_holds_the_listings_facts_and_plan_but_no_price() -> None:
    request = GenerationRequest(listing=KETTLE, kind=DraftKind.DESCRIPTION)
    prompt = weave.weave_prompt(KETTLE, plain_draft(request))
    assert prompt.startswith("Product: Gooseneck Pour-Over Kettle\nType: Kettles\n")
    assert "- Capacity: 0.9 L" in prompt and "Tags: coffee, pour-over" in prompt
    assert "\nPlan: " in prompt and prompt.endswith(f"{weave.CUE}\n")
    assert "64" not in prompt and "£" not in prompt


def test_a_passing_rewrite_replaces_the_planners_prose_and_keeps_its_list() -> None:
    text = write(Script([(GOOD, -0.3)]))
    assert text.startswith("<p>Pour-over coffee needs a slow, steady pour, and the <strong>")
    assert "<strong>Gooseneck Pour-Over Kettle</strong>" in text
    assert text.count("<p>") == 2
    assert text.endswith("</ul>") and "<li>Capacity: 0.9 L</li>" in text


def test_an_invented_number_or_filler_is_never_chosen_however_likely() -> None:
    text = write(Script([(INVENTED, -0.1), (FILLER, -0.1), (GOOD, -0.9)]))
    assert "1.5 L" not in text and "perfect gift" not in text
    assert "lets the water out gently" in text


def test_with_no_passing_rewrite_the_planners_draft_stands() -> None:
    planned = write(Script([(GOOD, -0.3)]), woven=False)
    assert write(Script([(INVENTED, -0.1)])) == planned
    assert write(Script([(UNFINISHED, -0.1)], ended=False)) == planned
    renamed = GOOD.replace("Gooseneck Pour-Over Kettle", "Gooseneck Kettle")
    assert write(Script([(renamed, -0.1)])) == planned


def test_a_rewrite_shorter_than_the_plan_or_going_round_in_circles_is_dropped() -> None:
    planned = write(Script([(GOOD, -0.3)]), woven=False)
    short = "The Gooseneck Pour-Over Kettle holds 0.9 L."
    loop = GOOD + " It holds 0.9 L, enough for a full pot, and the stainless steel body."
    assert write(Script([(short, -0.1), (loop, -0.1)])) == planned


def test_the_first_candidate_is_greedy_and_the_others_seeded() -> None:
    script = Script([(GOOD, -0.3)])
    write(script)
    seeds = [seed for slot, seed in script.asked if slot.stop == weave.STOP]
    assert len(seeds) == weave.CANDIDATES
    assert seeds[0] is None and None not in seeds[1:] and len(set(seeds[1:])) == len(seeds) - 1


def test_a_batch_does_not_open_two_drafts_the_same_way_when_another_candidate_passes() -> None:
    other = Listing.from_dict({**KETTLE.to_dict(), "external_id": "k2"})
    alternative = (
        "Made of stainless steel, the Gooseneck Pour-Over Kettle will not rust, and its narrow "
        "gooseneck spout lets you pour slowly and exactly where you aim.\nIt holds 0.9 L."
    )
    requests = [
        GenerationRequest(listing=item, kind=DraftKind.DESCRIPTION) for item in (KETTLE, other)
    ]
    script = Script([(GOOD, -0.3), (alternative, -0.5)])
    texts = compose(requests, script, sentence_passes, tuned=True, woven=True)
    assert texts[0].split()[:3] != texts[1].split()[:3]


def test_only_an_adapter_that_lists_the_weave_task_weaves(tmp_path: Path) -> None:
    assert adapter_tasks(None) == set()
    assert adapter_tasks(tmp_path) == {"clauses"}
    (tmp_path / ADAPTER_TASKS).write_text(json.dumps(["clauses", "weave"]), encoding="utf-8")
    assert adapter_tasks(tmp_path) == {"clauses", "weave"}
