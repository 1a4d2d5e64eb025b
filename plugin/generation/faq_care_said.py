"""Round 50: FAQ answers a shop's value left as a fragment, said as sentences.

Blind raters of round 49's FAQs marked answers pasted from the list as fragments: a care order
with no object ("How do I care for it? — Air dry, brush off."), a fit with no verb ("How does it
fit? — Most standard doors."), a file format alone ("What format is it in? — SVG."). A care
order takes the thing it acts on after its verb ("Air dry it and brush it off."), clause by
clause, only where every clause is a care verb the table knows (or a "not … safe" state); a fit
that counts what it goes on is what it fits; a format of codes is the file it comes as.
"""

from __future__ import annotations

import re

from plugin.generation.value_shapes import article
from plugin.generation.voice import Voice

# Care verbs of one or two words, and the particle a phrasal one takes after its object.
_CARE_VERBS = (
    r"hand[- ]wash|machine[- ]wash|spot[- ]clean|dry[- ]clean|air[- ]dry|line[- ]dry"
    r"|tumble[- ]dry|drip[- ]dry|wash|rinse|wipe|brush|dust|iron|vacuum|polish|oil|wax|reshape"
    r"|clean|dry|shake|steam|soak|sponge"
)
_CLAUSE = re.compile(
    rf"(?i)^(?P<no>do not |don't |never )?(?P<verb>{_CARE_VERBS})"
    r"(?: (?P<particle>out|down|off|over))?(?P<tail>(?: .+)?)$"
)
# What may follow the object: a manner or a temperature, never "only" (a label's word: "Hand
# wash only" is no order with "it") nor a phrase ("Wipe with a dry cloth" reads whole as it
# is, round 33).
_TAIL = re.compile(
    r"(?i)^(?:(?:cold|warm|hot|cool|gently|separately|inside out|flat|clean|dry|low)(?: |$))*"
    r"(?:(?:at )?\d+ ?°[CF])?$"
)
_STATE = re.compile(r"(?i)^(?P<not>not )?(?P<what>[a-z]+ (?:safe|washable|proof))$")
_FIT_COUNTS = re.compile(r"(?i)^(?:most|all|nearly all|almost all|many|any|standard) .+s$")
_CODE = r"[A-Z][A-Z0-9]{1,4}"
_CODES = re.compile(rf"^(?P<codes>{_CODE}(?:(?:, | and | or ){_CODE})*)\.?$")


def _care_clause(clause: str, them: str) -> str | None:
    """One care order with its object ("air dry" → "air dry it", "shake out" → "shake it
    out"), a state said of it ("not machine safe" → "it is not machine safe"); ``None`` for
    any other clause."""
    state = _STATE.match(clause)
    if state:
        subject = "they are" if them == "them" else "it is"
        return f"{subject} {'not ' if state['not'] else ''}{state['what'].lower()}"
    found = _CLAUSE.match(clause)
    if not found or not _TAIL.match(found["tail"].strip()):
        return None
    tail = found["tail"].strip()
    tail = re.sub(r"(?i)\b(?:cold|warm|hot|cool|gently|flat|low)\b", lambda m: m[0].lower(), tail)
    if re.match(r"\d", tail):
        tail = f"at {tail}"
    particle = f" {found['particle']}" if found["particle"] else ""
    order = f"{(found['no'] or '').lower()}{found['verb'].lower()} {them}{particle}"
    return f"{order} {tail}".strip()


def _care_said(answer: str, them: str) -> str | None:
    value = answer.strip().rstrip(".")
    clauses = [c.strip() for c in re.split(r", |; | and ", value) if c.strip()]
    if len(clauses) == 1 and " or " in value:
        # "Hand wash or dry clean": the object once, after the second verb.
        first, _, second = value.partition(" or ")
        bare = _CLAUSE.fullmatch(first)
        last = _care_clause(second, them)
        if not bare or bare["particle"] or bare["tail"] or bare["no"] or not last:
            return None
        return f"{first[:1].upper()}{first[1:].lower()} or {last}."
    said = [_care_clause(c, them) for c in clauses]
    if not said or any(s is None for s in said):
        return None
    orders = [s for s in said if s and not s.startswith(("it ", "they "))]
    states = [s for s in said if s and s.startswith(("it ", "they "))]
    joined = ", ".join(orders[:-1]) + f" and {orders[-1]}" if len(orders) > 1 else "".join(orders)
    whole = "; ".join(p for p in (joined, *states) if p)
    return f"{whole[:1].upper()}{whole[1:]}."


def said_whole(question: str, answer: str, voice: Voice) -> tuple[str, str]:
    """A care, fit or format answer left as a fragment, said as a sentence (and a fit asked
    "What does it fit?"); any other item as it is."""
    if re.match(r"^(?:It|They|Yes|No)\b", answer):
        return question, answer
    care = re.fullmatch(r"How do I care for (?P<them>it|them)\?", question)
    if care:
        said = _care_said(answer, care["them"])
        return question, said or answer
    it = voice.subject
    value = answer.strip().rstrip(".")
    if re.fullmatch(r"How (?:does|do) (?:it|they) fit\?", question) and _FIT_COUNTS.match(value):
        does = "do" if voice.plural else "does"
        fits = f"{it} {voice.verb('fits')} {value[:1].lower()}{value[1:]}."
        return f"What {does} {it.lower()} fit?", fits
    codes = _CODES.match(answer.strip())
    if re.fullmatch(r"What format (?:is it|are they) in\?", question) and codes:
        names = re.split(r", | and | or ", codes["codes"])
        if len(names) == 1:
            return question, f"{it} {voice.verb('comes')} as {article(names[0])} {names[0]} file."
        listed = ", ".join(names[:-1]) + f" and {names[-1]}"
        return question, f"{it} {voice.verb('comes')} as {listed} files."
    return question, answer
