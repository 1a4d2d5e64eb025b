"""Product description: short semantic HTML (``<p>``, ``<ul>/<li>``, ``<strong>``), facts only."""

from __future__ import annotations

from plugin.domain import DraftKind, GenerationRequest
from plugin.generation.prompts.common import (
    EXAMPLE_END,
    Prompt,
    chat_system,
    chat_user,
    fact_block,
    guidance_lines,
)

VERSION = "description-v1"
MAX_NEW_TOKENS = 160
STOP = (EXAMPLE_END, "\nFacts:", "\n\n\n")

# Short, very regular examples: a 270M base model copies their shape, and each sentence in them
# is built from the facts alone, so the shape it copies makes no claim the facts do not support.
_EXAMPLES = """\
Product descriptions for an online shop. Each description uses only the facts above it.

Facts:
- Product: Canvas Tote Bag
- Category: Bags > Totes
- Color: Natural
- Price: $18
- Dimensions: 16 x 14 x 4 in (L x W x H)
Tone: friendly
Description:
<p>Meet the <strong>Canvas Tote Bag</strong>, a natural tote from our Totes range. \
It is an easy choice for every day.</p>
<ul><li>Color: Natural</li><li>Size: 16 x 14 x 4 in</li><li>Price: $18</li></ul>
###

Facts:
- Product: Jazz Classics Vinyl
- Category: Music > Records
- Price: $25
Tone: friendly
Description:
<p>Meet the <strong>Jazz Classics Vinyl</strong>, a record from our Records range. \
It makes a fine gift for a music lover.</p>
<ul><li>Price: $25</li></ul>
###

Facts:
- Product: Wool Scarf
- Category: Clothing > Accessories
- Color: Grey, Green
- Price: $30
- Weight: 0.4 lbs
Tone: friendly
Description:
<p>Meet the <strong>Wool Scarf</strong>, a scarf from our Accessories range, in grey or green. \
It is a simple piece to wear all season.</p>
<ul><li>Colors: Grey, Green</li><li>Weight: 0.4 lbs</li><li>Price: $30</li></ul>
###

"""

_OUTPUT_RULES = (
    "Write 1 or 2 short paragraphs in <p> tags and, when there are several facts, a <ul> list of "
    "them with <li> items; <strong> may mark the product name. No other tags, no headings, "
    "no Markdown."
)


def build(request: GenerationRequest, facts: list[str]) -> Prompt:
    guidance = "\n".join(guidance_lines(request.voice, request.feedback))
    completion = f"{_EXAMPLES}Facts:\n{fact_block(facts)}\n{guidance}\nDescription:\n"
    messages = (
        {
            "role": "system",
            "content": chat_system("Write the product description.", _OUTPUT_RULES),
        },
        {"role": "user", "content": chat_user(request, facts)},
    )
    return Prompt(
        kind=DraftKind.DESCRIPTION,
        version=VERSION,
        completion=completion,
        messages=messages,
        stop=STOP,
        max_new_tokens=MAX_NEW_TOKENS,
    )
