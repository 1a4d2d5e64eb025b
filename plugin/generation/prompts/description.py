"""Product description: short semantic HTML (``<p>``, ``<ul>/<li>``, ``<strong>``), facts only.

A small base model copies the shape of its examples, including their numbers: asked for a list
of facts, it writes the last example's weight under the next product. So on the few-shot path
the model writes only the prose, and the list of key facts is built from the listing itself
(``completion_suffix``). Chat models are trusted with the whole HTML.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace

from plugin.domain import GenerationRequest
from plugin.generation.prompts.common import EXAMPLE_END, Prompt, facts_prompt

VERSION = "description-v2"
# A chat model's prompt with the content plan in it (``with_plan``).
PLAN_VERSION = "description-v3-plan"
MAX_NEW_TOKENS = 120
STOP = (EXAMPLE_END, "\nFacts:", "\n\n\n")

# Fact labels that make no sense as a shopper-facing bullet.
_NOT_LISTED = {
    "product",
    "category",
    "tags",
    "type",
    "sku",
    "variant",
    "variants",
    "summary",
    "current description",
}
_LABEL = re.compile(r"^([^:]{1,40}):\s*(.+)$")

# Short, very regular examples. Each sentence is built from the facts alone (name, category,
# colour), plus one harmless closing line, so the shape the model copies makes no new claim.
_EXAMPLES = """\
Product descriptions for an online shop. Each description uses only the facts above it.

Facts:
- Product: Wool Scarf
- Category: Clothing > Accessories
- Color: Grey, Green
- Price: $30
Tone: friendly
Description:
<p>Meet the <strong>Wool Scarf</strong>, a scarf from our Accessories range, in grey or green. \
It is a simple piece to wear all season.</p>
###

Facts:
- Product: Desk Lamp
- Category: Home > Lighting
- Price: $40
- Weight: 3 lbs
Tone: friendly
Description:
<p>Meet the <strong>Desk Lamp</strong>, a lamp from our Lighting range. \
It is an easy choice for any desk.</p>
###

Facts:
- Product: Jazz Classics Vinyl
- Category: Music > Records
- Price: $25
Tone: friendly
Description:
<p>Meet the <strong>Jazz Classics Vinyl</strong>, a record from our Records range. \
It makes a fine gift for a music lover.</p>
###

"""

_OUTPUT_RULES = (
    "Write 1 or 2 short paragraphs in <p> tags and, when there are several facts, a <ul> list of "
    "them with <li> items; <strong> may mark the product name. No other tags, no headings, "
    "no Markdown."
)


def fact_list_html(facts: list[str]) -> str:
    """The shopper-facing facts (options, weight, dimensions, price, ...) as a ``<ul>``."""
    items = []
    for fact in facts:
        match = _LABEL.match(fact)
        if not match or match.group(1).strip().lower() in _NOT_LISTED:
            continue
        label = match.group(1).strip()
        value = match.group(2).strip().replace(" (L x W x H)", "")
        items.append(f"<li>{html.escape(label)}: {html.escape(value)}</li>")
    return f"<ul>{''.join(items)}</ul>" if items else ""


def build(request: GenerationRequest, facts: list[str]) -> Prompt:
    return facts_prompt(
        request,
        facts,
        examples=_EXAMPLES,
        cue="Description:\n",
        task="Write the product description.",
        output_rules=_OUTPUT_RULES,
        version=VERSION,
        stop=STOP,
        max_new_tokens=MAX_NEW_TOKENS,
        completion_suffix=fact_list_html(facts),
    )


def with_plan(prompt: Prompt, draft: str) -> Prompt:
    """A chat model gets the whole content plan in one prompt: the planner's plain draft, whose
    every claim is the listing's, to rewrite as copy a merchant would publish. Its answer is
    checked by the guardrails like any draft. The few-shot text for base models is unchanged."""
    plan = (
        "\n\nA plain draft made from these facts by rules; every claim in it is in the facts:\n"
        f"{draft}\n\nRewrite it as the description: 50 to 120 words of prose in short "
        "paragraphs that say what the product is, then why its key facts matter to a buyer "
        "(only what a fact itself implies), then the draft's list as it is. Keep every fact "
        "exactly as written; add no fact, number, material, colour, use or claim of your own; "
        "no price, stock or shipping."
    )
    system, user = prompt.messages
    return replace(
        prompt,
        version=PLAN_VERSION,
        messages=(system, {**user, "content": user["content"] + plan}),
    )
