"""What a short description pitches first: the product's main use (round 31).

heldout33's raters read a short description as a pitch: what the product is for, then one or
two facts that decide it ("lead with the use", "say which machines it fits"); the one both
rated 4 said what the tool is for, then a fact with its reason. A sentence that says what the
product is for, fits, suits or works with leads, and the planner's or the FAQ's use is taken
where the hook says none.
"""

from __future__ import annotations

import re

from plugin.generation.faq import fact_answers
from plugin.generation.kinds_lead import as_pronoun, fit_for_meta
from plugin.generation.kinds_written import plainer
from plugin.generation.list_facts import plain_facts
from plugin.generation.plan import Plan
from plugin.generation.sentence import Written
from plugin.generation.statements import is_limit

_USE = re.compile(
    r"^(?:It|They) (?:(?:is|are) (?:made |designed |built )?for|(?:fits?|suits?) |works? "
    r"(?:with|on|in) |(?:is|are) suitable for )"
)
# A use the list states in words, no figure in it ("It is for keeping birds off."): a figure
# ("up to 6 kg") may hold for one size only.
_LISTED_USE = re.compile(r"^(?:It|They) (?:is|are) (?:made |designed )?for [^\d]+$")
_USE_QUESTION = re.compile(r"^What (?:is it|are they|does it|do they) (?:for|fit|suit)")


def says_use(text: str, plan: Plan) -> bool:
    """ "It is for trimming hedges.", "The … fits 22 mm pipe." (never a use "only": "It is for
    indoor use only." is a limit)."""
    said = as_pronoun(text, plan) or text
    return bool(_USE.match(said)) and not re.search(r"\bonly\b", said) and not is_limit(said)


def use_sentence(plan: Plan, written: Written) -> str | None:
    """The first of the planner's sentences after the hook, else of the FAQ's answers, else of
    the list's facts said plainly, that says what the product is for or fits, as the short
    description may say it (round 36: a use the FAQ says with a second clause, "It is for a;
    b.", is said from the list alone, "It is for a.")."""
    answers = [a for q, a in fact_answers(plan) if _USE_QUESTION.match(q)]
    answers += [t for t in (plainer(t) for _, t in plain_facts(plan)) if _LISTED_USE.match(t)]
    for text in [t for _, t in written[1:]] + answers:
        if says_use(text, plan) and fit_for_meta(text, plan):
            return text
    return None
