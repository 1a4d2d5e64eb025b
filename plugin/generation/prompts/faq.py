"""Three to six question-and-answer pairs a shopper might ask, answered from the facts only."""

from __future__ import annotations

from plugin.domain import GenerationRequest
from plugin.generation.prompts.common import EXAMPLE_END, Prompt, facts_prompt

VERSION = "faq-v2"
MAX_NEW_TOKENS = 200
STOP = (EXAMPLE_END, "\nFacts:", "\n\n")
MIN_ITEMS = 3
MAX_ITEMS = 6

# Base models write Q:/A: lines more reliably than JSON; the parser turns either into JSON.
_EXAMPLES = """\
Frequently asked questions for an online shop, answered only from the facts given.

Facts:
- Product: Canvas Tote Bag
- Category: Bags > Totes
- Color: Natural
- Price: $18
- Dimensions: 16 x 14 x 4 in (L x W x H)
Tone: friendly
FAQ:
Q: How much does the Canvas Tote Bag cost?
A: It costs $18.
Q: What color is the Canvas Tote Bag?
A: It comes in Natural.
Q: How big is the Canvas Tote Bag?
A: It measures 16 x 14 x 4 in.
Q: What kind of product is the Canvas Tote Bag?
A: It is a tote from our Bags range.
###

Facts:
- Product: Desk Lamp
- Category: Home > Lighting
- Price: $40
- Weight: 3 lbs
Tone: friendly
FAQ:
Q: How much does the Desk Lamp cost?
A: It costs $40.
Q: How much does the Desk Lamp weigh?
A: It weighs 3 lbs.
Q: What kind of product is the Desk Lamp?
A: It is a lamp from our Lighting range.
###

"""

_OUTPUT_RULES = (
    f"Answer with a JSON array of {MIN_ITEMS} to {MAX_ITEMS} objects with the keys "
    '"question" and "answer", and nothing else. Every answer must follow from the facts.'
)


def build(request: GenerationRequest, facts: list[str]) -> Prompt:
    return facts_prompt(
        request,
        facts,
        examples=_EXAMPLES,
        cue="FAQ:\nQ:",
        task="Write a short FAQ for the product.",
        output_rules=_OUTPUT_RULES,
        version=VERSION,
        stop=STOP,
        max_new_tokens=MAX_NEW_TOKENS,
    )
