"""Short description: one or two sentences shown beside the price (WooCommerce), facts only."""

from __future__ import annotations

from plugin.domain import GenerationRequest
from plugin.generation.prompts.common import EXAMPLE_END, Prompt, facts_prompt

VERSION = "short-description-v1"
MAX_NEW_TOKENS = 60
STOP = (EXAMPLE_END, "\nFacts:", "\n\n")
MAX_SENTENCES = 2
MAX_CHARS = 300

# One line each, built from the name, category, material and colours alone, so the shape the
# model copies is "say what it is, from the facts" and makes no claim of its own.
_EXAMPLES = """\
Short product descriptions for an online shop, shown beside the price. Each uses only the \
facts above it.

Facts:
- Product: Wool Scarf
- Category: Clothing > Scarves
- Material: 100% merino wool
- Color: Grey, Green
- Price: $30
Tone: friendly
Short description: The Wool Scarf in grey or green, made of 100% merino wool.
###

Facts:
- Product: Desk Lamp
- Category: Home > Lighting
- Material: Brushed steel
- Price: $40
- Weight: 3 lbs
Tone: friendly
Short description: The Desk Lamp, a brushed steel lamp from our Lighting range.
###

Facts:
- Product: Jazz Classics Vinyl
- Category: Music > Records
- Price: $25
Tone: friendly
Short description: The Jazz Classics Vinyl, a record from our Records range.
###

"""

_OUTPUT_RULES = (
    f"Write {MAX_SENTENCES} sentences at most (under {MAX_CHARS} characters) of plain text: "
    "no HTML, no Markdown, no list."
)


def build(request: GenerationRequest, facts: list[str]) -> Prompt:
    return facts_prompt(
        request,
        facts,
        examples=_EXAMPLES,
        cue="Short description:",
        task="Write the short product description shown beside the price.",
        output_rules=_OUTPUT_RULES,
        version=VERSION,
        stop=STOP,
        max_new_tokens=MAX_NEW_TOKENS,
    )
