"""Checks on the lines quoted for a question that asks a time: "when", how long it runs or
lasts, a warranty and its length, when it is back in stock. A line close in meaning that states
no time or stock answers something else ("when will it be back in stock?" against "backorders
ship as soon as they are back in stock")."""

from __future__ import annotations

import re

from plugin.questions.lexicon import fold, has_cue

WHEN = (
    "when",
    "how soon",
    "what date",
    "wann",
    "quand",
    "cuando",
    "quando",
    "wanneer",
    "nar",
    "hvornar",
    "milloin",
    "kiedy",
    "kdy",
)
# "When" is answered by a number (a date, "1 pm", "3 to 5 days") or a word of time.
_TIME = re.compile(
    r"\d|\b(?:today|tomorrow|same day|next day|business days?|days?|weeks?|months?|hours?|"
    r"morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"never|immediately|instantly|right after|right away|straight away)\b",
    re.IGNORECASE,
)
_WHEN_OPENS = re.compile(rf"\W*(?:{'|'.join(WHEN)})\b")
# A month named ("back in May") is a time; capitalised, so that "you may" is not one.
_MONTH = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b"
)
# A figure with a unit of length, weight, volume, heat or share ("38 °C", "30 x 20 cm", "1 to
# 1.5 cm", "80 g/m²", "15%") measures the product; it is no date or time, so it does not
# answer "when" (round 51). A bare number, a price or a year still may.
_MEASURED_FIGURE = re.compile(
    r"\d+(?:[.,]\d+)?(?:\s*(?:x|×|-|–|to)\s*\d+(?:[.,]\d+)?)*\s*"
    r"(?:%|°\s*[CF]?|(?:mm|cm|m|km|inch(?:es)?|ft|mg|g|kg|lbs?|oz|ml|cl|l|gsm)(?![^\W\d_]))",
    re.IGNORECASE,
)


# "How long does it run / last / take?" is answered by a length of time ("up to 6 hours",
# "two business days") or a line that says how long in its own terms ("lasts as long as …"),
# not by a neighbouring line of the same part ("Front output: 400 lm").
_DURATION_ASKED = re.compile(
    r"\bhow long (?:does|do|will|would|can|could|should|is it going to)\b[^?.!]{0,40}"
    r"\b(?:last|lasts|run|runs|take|takes|play|plays|burn|burns|stay on|keep going|go for)\b|"
    # how long a price or an offer holds: "how long will it stay at this price?" (round 27)
    r"\bhow long (?:does|do|will|would|is|are)\b[^?.!]{0,40}\b(?:stay|stays|remain|remains|be)\s+"
    r"(?:at|on|in)\b|"
    # how long something stays open to the shopper: a recording, a download, a voucher
    r"\bhow long (?:can|could|will|do|does|is|are)\b[^?.!]{0,40}\b(?:watch|view|stream|access|"
    r"download|available|accessible|valid|open)\b|"
    r"\bbattery life\b|\brun ?time\b|\bplay ?time\b|\bburn ?time\b|\bhow many hours\b|"
    r"\bwie lange\b|\bcombien de temps\b|\bcuanto (?:tiempo|dura)\b|\bquanto (?:tempo|dura)\b|"
    r"\bjak dlugo\b|\bhur lange\b|\bhvor lenge\b|\bhvor laenge\b|\bjak dlouho\b",
    re.IGNORECASE,
)
_DURATION = re.compile(
    r"\b(?:seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?|overnight|"
    r"all day|lifetime|stunden?|tagen?|heures?|jours?|horas?|dias?|ore|giorni|uur|dagen|"
    r"godzin\w*|dni|timmar|timer|dagar|dage|dager|hodin\w*|dn[uů]|dnech)\b|\d\s*h\b|"
    r"\d+-(?:minute|hour|day)\b|"
    # or by a comparison in the line's own terms ("one bar lasts as long as three bottles")
    r"\bas long as\b|\blasts?\b|\brun ?time\b",
    re.IGNORECASE,
)


# "How long is the warranty?" is answered by a warranty's length ("2 years", "lifetime"), not by
# a line that names the warranty without one, nor by "night" in a product's name.
_WARRANTY_LENGTH_ASKED = re.compile(
    r"\bhow (?:long|many (?:years|months))\b[^?.!]{0,30}\b(?:warrant\w*|guarantee\w*)|"
    r"\b(?:warranty|guarantee) (?:period|length|last\w*)\b|"
    # the length asked after the warranty ("the warranty on the frame, how many years?")
    r"\b(?:warrant\w*|guarantee\w*)\b[^?.!]{0,40}\bhow (?:long|many (?:years|months))\b"
)
_WARRANTY_LENGTH = re.compile(
    r"\d+\s*-?\s*(?:years?|months?|yrs?)\b|\b(?:one|two|three|five|ten) (?:years?|months?)\b|"
    r"\blifetime\b",
    re.IGNORECASE,
)


# A warranty asked, in any language ("is there a warranty on the frame?", "jaka jest
# gwarancja?"), is answered by a line that names a warranty or guarantee, not by the care
# policy or the description closest in meaning.
_WARRANTY = re.compile(
    r"\b(?:warrant\w*|guarantee\w*|garanti\w*|garanzi\w*|gwarancj\w*|zaruk\w*|takuu\w*|"
    r"takuun\w*)"
)


# "When is it back in stock?" is answered by a line about its stock or restocking (a backorder,
# a restock date), not by the description that the ranking found closest.
RESTOCK = (
    "back in stock",
    "restock",
    "in stock again",
    "available again",
    "wieder auf lager",
    "wieder verfugbar",
    "wieder lieferbar",
    "wieder da",
    "de nouveau en stock",
    "de nouveau disponible",
    "a nouveau disponible",
    "reassort",
    "vuelve a estar",
    "vuelve a haber",
    "reposicion",
    "di nuovo disponibile",
    "torna disponibile",
    "torna in magazzino",
    "weer op voorraad",
    "terug op voorraad",
    "weer leverbaar",
    "novamente em estoque",
    "de novo em stock",
    "reposicao",
    "tillbaka i lager",
    "i lager igen",
    "tilbage pa lager",
    "pa lager igen",
    "tilbake pa lager",
    "takaisin varastoon",
    "ponownie dostepn",
    "znowu dostepn",
    "znovu skladem",
    "znovu k dispozici",
    "opet skladem",
    # "when is it home again?": the Nordic shops' own phrase for a restock
    "hjem igen",
    "hjem igjen",
    "hem igen",
    "inne igen",
    "inne igjen",
)
_STOCK_SAID = re.compile(
    r"\b(?:stock|restock\w*|backorder\w*|back ?order\w*|sold out|pre-?order\w*|"
    r"availab\w*|lager\w*|voorraad|disponib\w*|skladem)\b",
    re.IGNORECASE,
)


# "When will you have it again?", "when is it coming back?", "when are they back in?", "when
# is the next batch due?": a restock asked without the usual words, answered only by a line
# about stock like the others.
_AGAIN_ASKED = re.compile(
    r"\bwhen\b[^?.!]{0,60}\b(?:again|coming back|be back|back in|next (?:batch|shipment|delivery|"
    r"lot|stock))\b|"
    # "back when?", "when is the large one expected?": asked of the product, not of a delivery
    r"\bback when\b|\bwhen (?:are|will|do) you (?:be )?(?:get|getting|have|having)\b[^?.!]{0,50}"
    r"\bback\b|\bwhen (?:is|are|will) (?!(?:my|our|the) (?:order|parcel|package|delivery)\b)"
    r"[^?.!]{0,50}\bexpected(?: back| in)?\s*(?:[?.!]|$)|"
    # "when are the blue ones back?", "when do you expect the large size back?": the product is
    # back, as in "be back" (round 52); "when can I have my deposit back?" is no restock
    r"\bwhen (?:is|are)\b[^?.!]{0,50}\bback\s*(?:[?.!]|$)|"
    r"\bwhen (?:do|does|will|would) (?:you|they|we) expect\b[^?.!]{0,50}\bback\b"
)


def asks_duration(folded: str) -> bool:
    """Whether a folded question asks how long something runs, lasts or holds."""
    return _DURATION_ASKED.search(folded) is not None


def states_duration(text: str) -> bool:
    """Whether ``text`` states a length of time, or how long in its own terms."""
    return _DURATION.search(fold(text)) is not None


def time_unstated(folded: str, text: str) -> bool:
    """Whether a folded question asks a time, a duration or a warranty (its length) that the
    lines ``text`` do not state."""
    # A measured figure is set aside only when the question opens with its "when": "what size
    # does the rug reach when unfolded?" asks a size, which the figure states.
    said = _MEASURED_FIGURE.sub(" ", text) if _WHEN_OPENS.match(folded) else text
    if has_cue(folded, WHEN) and not (_TIME.search(said) or _MONTH.search(text)):
        return True
    if _DURATION_ASKED.search(folded) and not _DURATION.search(fold(text)):
        return True
    if _WARRANTY_LENGTH_ASKED.search(folded) and not _WARRANTY_LENGTH.search(text):
        return True
    return bool(_WARRANTY.search(folded) and not _WARRANTY.search(fold(text)))


def stock_unstated(folded: str, text: str) -> bool:
    """Whether a folded question asks a restock and the lines say nothing of stock."""
    asked = has_cue(folded, RESTOCK) or _AGAIN_ASKED.search(folded)
    return bool(asked and not _STOCK_SAID.search(text))
