"""Guardrails: pure checks of a draft against its listing's facts, and the repair helpers.

No Flask, database or torch import here: every function is a plain function of its arguments.
"""

from plugin.guardrails.check import check
from plugin.guardrails.html import sanitize_html
from plugin.guardrails.policy import GuardrailPolicy
from plugin.guardrails.repair import feedback_for, remove_blocking_sentences

__all__ = [
    "GuardrailPolicy",
    "check",
    "feedback_for",
    "remove_blocking_sentences",
    "sanitize_html",
]
