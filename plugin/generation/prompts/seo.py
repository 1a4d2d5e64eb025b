"""SEO title (at most 70 characters) and meta description (at most 160) from the facts."""

from __future__ import annotations

from plugin.domain import GenerationRequest
from plugin.generation.prompts.common import EXAMPLE_END, Prompt, facts_prompt

VERSION = "seo-v2"
MAX_NEW_TOKENS = 80
STOP = (EXAMPLE_END, "\nFacts:", "\n\n")
TITLE_MAX = 70
DESCRIPTION_MAX = 160

_EXAMPLES = """\
Search engine titles and meta descriptions for an online shop, using only the facts given.

Facts:
- Product: Canvas Tote Bag
- Category: Bags > Totes
- Color: Natural
- Price: $18
Tone: friendly
SEO title: Canvas Tote Bag in Natural | Totes
Meta description: Shop the Canvas Tote Bag, a natural tote for every day, for $18.
###

Facts:
- Product: Desk Lamp
- Category: Home > Lighting
- Price: $40
- Weight: 3 lbs
Tone: friendly
SEO title: Desk Lamp | Lighting
Meta description: Shop the Desk Lamp from our Lighting range for $40, an easy choice for any desk.
###

Facts:
- Product: Jazz Classics Vinyl
- Category: Music > Records
- Price: $25
Tone: friendly
SEO title: Jazz Classics Vinyl | Records
Meta description: Shop the Jazz Classics Vinyl record for $25, a fine gift for a music lover.
###

"""

_OUTPUT_RULES = (
    f"Answer with exactly two lines: 'SEO title: ...' (at most {TITLE_MAX} characters) and "
    f"'Meta description: ...' (at most {DESCRIPTION_MAX} characters)."
)


def build(request: GenerationRequest, facts: list[str]) -> Prompt:
    return facts_prompt(
        request,
        facts,
        examples=_EXAMPLES,
        cue="SEO title:",
        task="Write the SEO title and meta description.",
        output_rules=_OUTPUT_RULES,
        version=VERSION,
        stop=STOP,
        max_new_tokens=MAX_NEW_TOKENS,
    )
