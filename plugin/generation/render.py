"""Finished sentences into each kind's stored form: description and short description HTML,
SEO JSON, FAQ JSON. The facts list, the FAQ's answers and the SEO title come from the plan,
so they say only what the listing says.

This module is the renderers' entry point (``RENDERERS``) and the names their callers use; the
work is in ``description_html``, ``short_description``, ``seo_meta`` and ``faq``, with the
sentences the short and the meta description choose from in ``kinds_written`` and
``list_facts``, their first line in ``kinds_lead``, and what a sentence states and says again
in ``statements`` and ``sentence_words``.
"""

from __future__ import annotations

from collections.abc import Callable

from plugin.domain import DraftKind
from plugin.generation.description_html import render_description
from plugin.generation.faq import render_faq
from plugin.generation.plan import Plan
from plugin.generation.sentence import Written
from plugin.generation.seo_meta import render_seo
from plugin.generation.short_description import render_short

__all__ = [
    "RENDERERS",
    "Written",
    "render_description",
    "render_faq",
    "render_seo",
    "render_short",
]


RENDERERS: dict[DraftKind, Callable[[Plan, Written], str]] = {
    DraftKind.DESCRIPTION: render_description,
    DraftKind.SHORT_DESCRIPTION: render_short,
    DraftKind.SEO: render_seo,
    DraftKind.FAQ: render_faq,
}
