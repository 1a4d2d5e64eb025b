"""What the lines to quote must carry for the kind of question asked, in any language: a time
for "when", an inclusion for "is it included", the concept for "what colours", the care step
asked about for a care question; in English also a sale for a part bought on its own, an
accuracy for "how accurate", the cut for "does it run small". Lines close in meaning that lack
it answer something else ("when will it be back in stock?" against "backorders ship as soon as
they are back in stock"; "is a canister included?" against "Fuel: butane canister")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from plugin.domain import Listing
from plugin.questions.asked_attribute import states_asked_attribute
from plugin.questions.asked_detail import detail_unstated
from plugin.questions.choices import asked_concepts, listing_choices
from plugin.questions.countries import country_codes
from plugin.questions.lexicon import COLOURS, MATERIALS, STOPWORDS, fold, has_cue, words
from plugin.questions.material_kinds import names_material_kind
from plugin.questions.policy_topics import care_aspects, names_care_aspects
from plugin.questions.qualified_value import qualifier_unstated

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
INCLUDED = (
    "included",
    "include",
    "includes",
    "come with",
    "comes with",
    "in the box",
    "supplied",
    "enthalten",
    "dabei",
    "inclus",
    "fourni",
    "incluido",
    "incluida",
    "incluye",
    "incluso",
    "compreso",
    "inbegrepen",
    "meegeleverd",
    "incluido",
    "vem com",
    "ingar",
    "medfolger",
    "folger med",
    "inkluderet",
    "inkludert",
    "mukana",
    "sisaltyy",
    "w zestawie",
    "dolaczon",
)
_INCLUSION = re.compile(
    r"\b(?:includ\w*|comes? with|with|in the box|supplied|contents?|set of|pack of|pieces|kit|"
    r"downloads?|files?|"
    # or says it is not: "Stand sold separately", "batteries optional"
    r"separately|separate|optional|separat\w*|por separado|separement|a parte|afzonderlijk|"
    r"osobno)\b",
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
    r"godzin\w*|dni|timmar|timer|dagar|dage|dager|hodin\w*|dn[uů]|dnech)\b|\d\s*h\b|\d+-(?:minute|hour|day)\b|"
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

# "How many plasters are in the kit?" is answered by a line that counts that thing ("20
# plasters", "plasters: 20"), not by one that counts everything ("62 items: plasters, …").
_COUNT_ASKED = re.compile(r"\bhow many ([a-z]{4,})\b")
_COUNT_NOT_A_PART = frozenset(
    {"years", "months", "weeks", "days", "hours", "minutes", "times", "people", "persons",
     "cups", "mugs", "servings", "guests", "kids", "children", "adults", "players", "watts",
     "calories", "pages", "sizes", "colours", "colors", "variants", "options", "left",
     "litres", "liters", "grams", "kilos", "pounds", "ounces", "inches", "metres", "meters"}
)
_NUMBER_WORD = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|a hundred|a dozen|dozens|single|pair|a pair)"
)


def counts_part_asked(question: str, text: str) -> bool:
    """Whether ``text`` counts the thing an English ``question`` asks "how many" of (a number
    within three words of its name, either side); True when no part is asked."""
    match = _COUNT_ASKED.search(question)
    if not match or match.group(1) in _COUNT_NOT_A_PART:
        return True
    stem = match.group(1)[:5]
    said = fold(text)
    if stem not in said:
        return True  # the ranking found another name for it: left to the other checks
    near = (
        rf"\b{_NUMBER_WORD}[\s-]+(?:[\w-]+\s+){{0,3}}{re.escape(stem)}|"
        rf"\b{re.escape(stem)}\w*\s*(?:[:(x×]\s*)?{_NUMBER_WORD}\b"
    )
    return re.search(near, said) is not None


def counted_part(question: str) -> str:
    """The thing an English ``question`` asks "how many" of, in the singular ("tunes" →
    "tune", "keys" → "key"), empty when it asks none or a measure, time or people
    (``_COUNT_NOT_A_PART``)."""
    match = _COUNT_ASKED.search(question)
    if not match or match.group(1) in _COUNT_NOT_A_PART:
        return ""
    word = match.group(1)
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def counts(thing: str, text: str) -> bool:
    """Whether ``text`` states a number of ``thing`` (singular; the word itself or its plural,
    not a longer word: "nucs" is no "nucleus"): a number (or a number word) up to three words
    before it ("Sixty traditional dance tunes", "a 17-key thumb piano"), or the thing and a
    number after it ("plasters: 20")."""
    said = fold(text)
    word = rf"{re.escape(thing)}(?:s|es)?\b"
    near = (
        rf"\b{_NUMBER_WORD}[\s-]+(?:[\w-]+\s+){{0,3}}{word}|"
        rf"\b{word}\s*(?:[:(x×]\s*)?{_NUMBER_WORD}\b"
    )
    return re.search(near, said) is not None


# "How many cups" is answered by a line that counts cups, not by a volume ("1.5 L" says
# nothing of how many cups a kettle pours).
CUPS = (
    "how many cups",
    "hoeveel kopjes",
    "hoeveel koppen",
    "wie viele tassen",
    "combien de tasses",
    "cuantas tazas",
    "quante tazze",
    "quantas chavenas",
    "quantas xicaras",
    "hur manga koppar",
    "hvor mange kopper",
    "montako kupillista",
    "kuinka monta kupillista",
    "ile filizanek",
)
_CUPS_SAID = re.compile(r"\bcups?\b|\bmugs?\b|\bservings?\b|\bshots?\b", re.IGNORECASE)


# "When is it back in stock?" is answered by a line about its stock or restocking (a backorder,
# a restock date), not by the description that the ranking found closest.
RESTOCK = (
    "back in stock", "restock", "in stock again", "available again", "wieder auf lager",
    "wieder verfugbar", "wieder lieferbar", "wieder da", "de nouveau en stock",
    "de nouveau disponible", "a nouveau disponible", "reassort", "vuelve a estar",
    "vuelve a haber", "reposicion", "di nuovo disponibile", "torna disponibile",
    "torna in magazzino", "weer op voorraad", "terug op voorraad", "weer leverbaar",
    "novamente em estoque", "de novo em stock", "reposicao", "tillbaka i lager",
    "i lager igen", "tilbage pa lager", "pa lager igen", "tilbake pa lager",
    "takaisin varastoon", "ponownie dostepn", "znowu dostepn", "znovu skladem",
    "znovu k dispozici", "opet skladem",
    # "when is it home again?": the Nordic shops' own phrase for a restock
    "hjem igen", "hjem igjen", "hem igen", "inne igen", "inne igjen",
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
    r"[^?.!]{0,50}\bexpected(?: back| in)?\s*(?:[?.!]|$)"
)

# "How wide is the nut?", "how long is the tube?", "quelle longueur ?": a length asked is
# answered by a line that states one ("13 in", "40 x 30 cm") or, for "how long", a time ("45
# minutes"), not by the description's other facts ("a dial from 68 to 93 °F", "25 W").
_LENGTH_ASKED = re.compile(
    # "how high are the shipping costs?", "wie hoch sind die Versandkosten?" ask an amount,
    # not a height (round 28)
    r"(?:\bhow (?:wide|tall|thick|deep|high|long is|long are)\b|"
    r"\bwie (?:lang|breit|hoch|dick|tief) (?:ist|sind)\b)"
    r"(?![^.?!]{0,40}(?:\b(?:costs?|fees?|prices?|charges?|postage|rates?|preise?|porto)\b|"
    r"kosten\b|gebuhr))|"
    r"\b(?:length|width|height|depth|diameter|thickness)\b|"
    r"\b(?:longueur|largeur|hauteur|profondeur|lunghezza|larghezza|altezza|profondita|"
    r"longitud|anchura|altura|profundidad|lengte|breedte|hoogte|diepte|comprimento|largura|"
    r"dlugosc|szerokosc|wysokosc|glebokosc)\b"
)
_LENGTH_SAID = re.compile(
    r"\d\s*(?:in|cm|mm|m|ft|inch(?:es)?|yd|yards?|feet|foot|meters?|metres?|\"|”|'')(?![^\W_])|"
    r"\d\s*x\s*\d|\bdimensions?\b",
    re.IGNORECASE,
)


# The dimension a question asks by its word, and the words a line states it with ("how wide?"
# and "90 cm wide", "what's the width?" and "a width of 40 cm").
_DIMENSION_WORDS = {
    "width": re.compile(r"\b(?:wide|width)\b"),
    "length": re.compile(r"\b(?:long|length)\b"),
    "height": re.compile(r"\b(?:tall|high|height)\b"),
    "depth": re.compile(r"\b(?:deep|depth)\b"),
    "thickness": re.compile(r"\b(?:thick|thickness)\b"),
    "diameter": re.compile(r"\b(?:diameter|across)\b"),
}


# A round thing's width is its diameter ("8 cm across" answers "how wide?").
_SAME_DIMENSION = {"diameter": "width"}


def _other_dimension_only(asked: str, text: str) -> bool:
    """Whether the lines state lengths only of another dimension than the one the question
    names ("what is the height?" against "6.5 cm across"): no answer. A length of the whole
    ("40 x 30 cm") may hold any; "how long" may ask a time (round 26)."""
    names = {_SAME_DIMENSION.get(n, n) for n, p in _DIMENSION_WORDS.items() if p.search(asked)}
    if len(names) != 1 or not _LENGTH_SAID.search(text) or re.search(r"\d\s*x\s*\d", text):
        return False
    if "length" in names and _DURATION_ASKED.search(asked):
        return False
    said = fold(text)
    stated = {_SAME_DIMENSION.get(n, n) for n, p in _DIMENSION_WORDS.items() if p.search(said)}
    return bool(stated) and not stated & names


def _names_dimension(asked: str, said: str) -> bool:
    """Whether the lines name, by its noun, the dimension asked for: "how high should I hang
    it?" is answered by "at the horse's chest height", a place and no figure."""
    return any(
        pattern.search(asked) and re.search(rf"\b{name}\b", said)
        for name, pattern in _DIMENSION_WORDS.items()
    )


def states_dimension_asked(question: str, line: str) -> bool:
    """Whether ``line`` states the dimension an English ``question`` asks for ("how wide is
    it?") with a length and the same word ("90 cm wide"): a length of another part does not
    answer it."""
    asked = fold(question)
    if not _LENGTH_ASKED.search(asked) or not _LENGTH_SAID.search(line):
        return False
    said = fold(line)
    return any(p.search(asked) and p.search(said) for p in _DIMENSION_WORDS.values())


# "Is the wool certified?", "zertifiziert?", "certificate atossiche?": a certification asked is
# answered by a line that names one or a test passed, not by the material it is made of
# ("Fibre: 100% merino") or the description closest in meaning.
_CERTIFIED_ASKED = re.compile(
    r"\b(?:certifi\w*|zertifi\w*|certyfik\w*|gecertificeerd\w*|certificad\w*|certificat\w*)"
)
_CERTIFIED_SAID = re.compile(
    r"\b(?:certifi\w*|zertifi\w*|certyfik\w*|certificad\w*|certificat\w*|tested|approved|"
    r"compliant|complies|conforms?|standards?|label(?:led|ed)?|seal)\b",
    re.IGNORECASE,
)


# A part bought on its own ("replacement seals?", "can I buy the lid separately?") is answered by
# a line that says something is sold or spare, not by one that names the part ("dishwasher safe
# without the seals"); asked beside whether it is included, an inclusion answers.
_PART_BOUGHT = re.compile(
    r"\b(?:replacements?|spares?)\b|\bbuy\b[^?.!]{0,40}\b(?:on (?:its|their) own|separately)\b"
)
_SOLD_SAID = re.compile(
    r"\b(?:sold|sells?|selling|available|spares?|replacements?|order)\b", re.IGNORECASE
)
# How accurate it is is answered by a stated accuracy, not by its range ("reads 0 to 110 °C").
_ACCURACY_ASKED = re.compile(r"\b(?:accura\w*|precis\w*)")
_ACCURACY_SAID = re.compile(
    r"\b(?:accura\w*|precis\w*|tolerance|within \d)|±|\+/-", re.IGNORECASE
)
# Whether it runs big or small ("do they come up big?") is answered by a line on the cut, not by
# how to pick a size from a measure.
_FIT_ASKED = re.compile(
    r"\b(?:comes? up|runs?|fits?|sized) (?:big|small|large|true)\b"
)
_FIT_SAID = re.compile(
    r"\b(?:big|bigger|small|smaller|large|larger|true to size|roomy|generous|snug|tight|loose|"
    r"slim|oversized|relaxed)\b",
    re.IGNORECASE,
)


# A figure asked for: an amount ("how much zinc", "what do spare bands cost?", "how big are
# they?"); lines with no number in them do not give it ("Contains zinc", "Spare bands are sold
# separately", "Three flexible stencils").
_FIGURE_ASKED = re.compile(
    r"\bhow much (?!(?:is|are|was|were|do|does|did|will|would|can|could|should|more|extra|less|"
    r"cheaper|for|to|of|time|it|they|this|that|i|we|you)\b)[a-z]{3,}|"
    r"\bhow much (?:do|does|did|will|would|is|are)\b[^?.!]{0,40}\bcost\b|"
    r"\bwhat (?:do|does|did|will|would)\b[^?.!]{0,40}\bcosts?\b|"
    r"\bwhat(?:'s| is| are) the (?:price|cost)s? (?:of|for)\b|"
    r"\bhow (?:big|large|small)\b"
)
_NUMBER = re.compile(r"\d")

# How heavy it is is answered by a weight ("1.2 kg", "350 g"), not by a line with no figure or
# another figure ("a 10 m line").
_WEIGHT_ASKED = re.compile(
    r"\bhow heavy\b|\b(?:what|how much) (?:does|do|did|will|would) [^?.!]{0,40}\bweigh\b|"
    r"\bweight of\b"
)
# A load it bears ("for up to 25 kg of clay", "takes up to 120 kg") is no weight of its own
# (round 36).
_WEIGHT_SAID = re.compile(
    r"(?<!up to )(?<!up to \d)(?<!up to \d\d)(?<!up to \d\d\d)"
    r"(?<![\d.,])\b\d+(?:[.,]\d+)?\s*"
    r"(?:kg|g|grams?|kilos?|kilograms?|lbs?|pounds?|oz|ounces?)(?![^\W_])|"
    r"\bweigh",
    re.IGNORECASE,
)
# A load of one kind ("the breaking load", "safe working load") is answered by a line naming
# that kind: a working load is not a breaking strength.
_LOAD_KIND_ASKED = re.compile(
    r"\b(breaking|working|tensile|proof)\s+(?:load|strength)s?\b"
)
# Who makes it ("who makes the blocks?", "which brand is it?") is answered by a line naming a
# maker or the listing's brand, not by what the product does.
_MAKER_ASKED = re.compile(
    r"\bwho (?:makes|made|manufactures|manufactured|produces|produced)\b|"
    r"\b(?:which|what) (?:brand|make|manufacturer)\b|\bmanufacturer\b"
)
_MAKER_SAID = re.compile(
    r"\b(?:made by|make[sr]?|brand\w*|manufactur\w*|produced by|vendor)\b", re.IGNORECASE
)
# A smell asked ("does it smell of anything?", "has it got a scent?") is answered by a line on
# its smell or scent ("unscented", "smells of pine"); a smell beside another question ("can I
# return it if I don't like the smell?") is not what is asked.
_SMELL_ASKED = re.compile(
    r"\b(?:smells?|smelling) (?:of|like)\b|\b(?:does|do|will) (?:it|they|the \w+) smell\b|"
    r"\b(?:have|has|got) (?:a|any) (?:smell|scent|odou?r|fragrance|perfume)\b|"
    r"\b(?:what|which) (?:scent|smell|fragrance)\b|\b(?:un)?scented\b"
)
_SMELL = re.compile(r"\b(?:smell\w*|scent\w*|unscented|odou?r\w*|fragran\w*|perfum\w*)\b")
# What it is made of, asked in so many words, is answered by a line naming a material.
_MADE_OF_ASKED = re.compile(
    r"\bmade (?:of|from|out of)\s*(?:[?.!]|$)|\bwhat (?:material|fabric)\b|"
    r"\bwhat(?:'s| is| are) (?:it|they|the \w+(?: \w+)?) made (?:of|from)\b"
)
_MADE_OF_SAID = re.compile(r"\bmade (?:of|from)\b|\bmaterial\b", re.IGNORECASE)
# A part's measure ("how long is the shank of …", "how wide is the mouth on …") is answered by a
# line naming that part, not by the product's other lengths.
# What a length of something comes as is no part of it: "how long is the roll of wire?" asks
# the wire's length (round 29).
_PART_MEASURED = re.compile(
    r"\bhow (?:long|wide|tall|thick|deep|high|heavy|big) (?:is|are) the "
    r"(?!(?:roll|spool|reel|coil)s? of\b)([a-z]{3,}) (?:of|on|in)\b"
)
# The same asked by the possessive: "how big is the scale's platform?" names the part last
# (round 27).
_PART_OF_OWNER = re.compile(
    r"\bhow (?:long|wide|tall|thick|deep|high|heavy|big|large) (?:is|are) (?:the |its |their )?"
    r"[a-z-]+'s? (?:[a-z-]+ ){0,2}?([a-z]{3,})\s*[?.!]*\s*$"
)
# Where it is made or grown is answered by a line that names a place or an origin, not by
# what it is made of (round 27).
_ORIGIN_ASKED = re.compile(
    r"\bwhere (?:is|are|was|were) (?:it|they|this|these|the [a-z -]{2,40}?) (?:made|manufactured|"
    r"produced|built|grown|sourced|from)\b|\bcountry of (?:origin|manufacture)\b|"
    r"\bmade in (?:which|what) country\b|\bwhich country\b"
)
_ORIGIN_SAID = re.compile(
    r"\b(?:made|manufactured|produced|built|grown|sourced|assembled|printed) in\b|\borigins?\b|"
    r"\bfrom (?:the )?[A-Z]"
)
# A weight asked in the shop languages ("hoe zwaar", "wie schwer", "quanto pesa") (round 27)
_WEIGHT_ASKED_ABROAD = re.compile(
    r"\b(?:hoe zwaar|wat weegt|wie schwer|was wiegt|quanto pesa|qual (?:e )?o peso|hur tung|"
    r"vad vager|hvor tung|hvad vejer|kolik vazi|jak tezk\w*|ile wazy|jak ciezk\w*|combien pese|"
    r"cuanto pesa|quanto pesano|kuinka painava)\b"
)
# How to pay ("can I pay with an invoice?", "do you take cards?") is answered by a line on
# paying, not by the price (round 27).
_PAYMENT_ASKED = re.compile(
    r"\bpay (?:for [^?.!]{1,40} )?(?:with|by|via|using|through|in (?:instal|install|cash))\w*|"
    r"\bpayment (?:methods?|options?)\b|\b(?:do|can) you (?:take|accept)\b[^?.!]{0,30}"
    r"\b(?:pay\w*|cards?|cash|invoices?|transfers?|cheques?)\b"
)
_PAYMENT_SAID = re.compile(
    r"\bpa(?:y|id|yment)\w*|\binvoic\w*|\bcards?\b|\btransfer\b|\binstal\w*|\bcash\b",
    re.IGNORECASE,
)
# A length asked in a unit in the other languages ("hoeveel centimeter", "wie viele Zentimeter")
_UNITS_ASKED = re.compile(
    r"\b(?:how many|hoeveel|wie vie\w*|combien de|cu[aá]nt[oa]s|quant[io]s?|hvor mange|"
    r"hur m[aå]nga|kuinka (?:monta|monen)|ile|kolik)\s+(?:cm|mm|centimet\w*|centymetr\w*|"
    r"zentimet\w*|millimet\w*|milimetr\w*|senttimet\w*|inch\w*|tommer|tum)\b"
)


# Colour words that are also metals: "is the nib steel or gold?" asks a material.
_METAL_COLOURS = frozenset({"gold", "silver", "bronze", "copper", "brass", "chrome"})


# A colour the listing names by calling it one ("rust colour.", "a sand-coloured strap"), a name
# the colour list lacks; not a count of colours, a kind of paint, a colour left open or one
# described ("12 colours", "water colour", "any colour", "its warm colour"), nor "colour"
# before a noun ("colour chart") (round 31).
_CALLED_COLOUR = re.compile(r"(?<![\w-])([a-z]{3,})[- ](?:colou?r(?=\s*(?:[.,;:)]|$))|colou?red\b)")
# Words before "colour" that say what a colour is like, not which: "its warm colour".
_NOT_A_COLOUR = frozenset(
    """water any same other every each one single true full multi warm cool cold rich deep
    bright light dark vivid natural original even uniform named""".split()
)


def states_colour(text: str) -> bool:
    """Whether ``text`` names a colour: a word of the colour list, or a word it calls a
    colour."""
    if any(w in COLOURS for w in words(text)):
        return True
    return any(
        m not in STOPWORDS and m not in _NOT_A_COLOUR for m in _CALLED_COLOUR.findall(fold(text))
    )


def _colours_named(question: str, listing: Listing) -> set[str]:
    """The colours a question names that the listing's own words never do ("red" of a
    product called "Red Torch", "gold" of "Gold-Dot Plates" are its own), metals aside. A word
    is taken as written: a folded word that lost its accent is another word ("köper" is no
    "koper")."""
    own_text = " ".join(
        [listing.title, re.sub(r"<[^>]+>", " ", listing.description_html or ""),
         *(v for values in listing.attributes.values() for v in values)]
    )
    own = {COLOURS[w] for w in re.findall(r"[^\W\d_]+", fold(own_text)) if w in COLOURS}
    named = {
        COLOURS[fold(w)]
        for w in re.findall(r"[^\W\d_]+", question)
        if fold(w) == w.lower() and fold(w) in COLOURS
    }
    return named - own - _METAL_COLOURS


# The brand asked in so many words, in the shop languages ("which brand", "jaka marka", "wer
# stellt … her"), or who is asked of: only such a question is answered by the listing's
# "Brand:" line alone.
_BRAND_ASKED = re.compile(
    r"\b(?:brand|make|maker|manufacturer|marka|marki|producent\w*|marke|hersteller\w*|"
    r"marque|fabricant\w*|marca|fabricante|produttore|merk|fabrikant|maerke|marke|merke|"
    r"tillverkare|valmistaja\w*|znack\w*|vyrobce|producer)\b|"
    # who is asked of ("whom do I pay, you or the workshop?"): the brand line names who
    r"\b(?:who|whom|komu|kogo|wem|wen|quien|kuka|kenelle|kdo)\b|"
    r"\b(?:who|wer|qui|quien|chi|wie|kto|vem|hvem|kdo) (?:makes|made|produces|stellt|fabrique|"
    r"fabrica|produce|maakt|produkuje|robi|tillverkar|laver|lager|vyrabi)\b"
)
# "A or B?" of the thing asked about ("plastic or wood", "pre-folded or flat"): lines that name
# neither alternative do not settle the choice, whatever else they say of the product.
_CHOICE_ASKED = re.compile(
    r"\b([a-z][a-z-]{2,}|\d{2,}) or ([a-z][a-z-]{2,}|\d{2,})\s*\??\s*$"
)
_CHOICE_FILLER = frozenset(
    {"not", "what", "less", "more", "both", "either", "else", "other", "something", "anything",
     "them", "this", "that", "these", "those", "there", "here", "now", "later", "never", "ever",
     "today", "tomorrow", "yes", "one", "ones", "two", "all", "any", "none", "nothing",
     "the", "and", "was", "are", "can", "you", "extra", "separately", "separate", "optional",
     "included", "free", "paid", "cost", "costs", "charge", "standard", "sold"}
)


def _brand_line_only(folded: str, listing: Listing, support: Sequence[str]) -> bool:
    """Whether the only line to quote is the listing's "Brand:" line for a question that does
    not ask the brand ("can the workshop remove toning?" names the workshop; the line naming it
    says nothing of toning)."""
    if not support or not all(line.strip().lower().startswith("brand:") for line in support):
        return False
    if _BRAND_ASKED.search(folded) or _MAKER_ASKED.search(folded):
        return False
    vendor = fold(listing.vendor or "")
    return not (
        vendor
        and re.search(
            rf"\b(?:by|from|von|de|od|di|van|fra|fran|z|ze|of)\s+{re.escape(vendor.split()[0])}",
            folded,
        )
    )


def _choice_unsettled(folded: str, text: str) -> bool:
    """Whether the question ends on "A or B?" and the lines name neither A nor B (each by its
    first five letters, so "folded" settles "pre-folded")."""
    found = _CHOICE_ASKED.search(folded)
    if not found:
        return False
    options = [found.group(1), found.group(2)]
    if any(option in _CHOICE_FILLER or option in COLOURS for option in options):
        # a colour is an option's value: "do you do it in red or green?" is answered by the
        # colours offered
        return False
    said = fold(text)
    for option in options:
        if option.isdigit():
            # a figure is stated by itself, whole ("304 or 316?", round 27)
            if re.search(rf"(?<![\d.,]){option}(?![\d])", said):
                return False
            continue
        stem = option.split("-")[-1][:5]
        if re.search(rf"(?<![^\W_]){re.escape(stem)}", said):
            return False
    return True


def still_answers(question: str, listing: Listing, support: Sequence[str]) -> bool:
    """Whether the lines to quote carry what this kind of question needs. The product's own
    name asks nothing ("Wool Dryer Balls" is no question about a dryer)."""
    folded = fold(question)
    for word in sorted(set(words(listing.title)), key=len, reverse=True):
        folded = re.sub(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", " ", folded)
    text = " ".join(support)
    if _brand_line_only(fold(question), listing, support) or _choice_unsettled(folded, text):
        return False
    if not states_asked_attribute(question, listing.title, support):
        return False
    if qualifier_unstated(question, support):  # "is the cork sealed?" (round 34)
        return False
    if detail_unstated(question, support):  # a year, dates, keeping, "hoe lang" (round 35)
        return False
    if has_cue(folded, WHEN) and not _TIME.search(text):
        return False
    if _DURATION_ASKED.search(folded) and not _DURATION.search(fold(text)):
        return False
    if _WARRANTY_LENGTH_ASKED.search(folded) and not _WARRANTY_LENGTH.search(text):
        return False
    if _WARRANTY.search(folded) and not _WARRANTY.search(fold(text)):
        return False
    if _FIGURE_ASKED.search(folded) and not _NUMBER.search(text):
        return False
    if (
        _WEIGHT_ASKED.search(folded) or _WEIGHT_ASKED_ABROAD.search(folded)
    ) and not _WEIGHT_SAID.search(text):
        return False
    owner_part = _PART_OF_OWNER.search(fold(question).replace("\u2019", "'"))
    if owner_part and not re.search(rf"\b{re.escape(owner_part.group(1)[:5])}", fold(text)):
        return False
    if _ORIGIN_ASKED.search(fold(question)) and not (
        _ORIGIN_SAID.search(text) or country_codes(text, "en")
    ):
        return False
    if _PAYMENT_ASKED.search(folded) and not _PAYMENT_SAID.search(text):
        return False
    load = _LOAD_KIND_ASKED.search(folded)
    if load and not re.search(rf"\b{load.group(1)}\b", fold(text)):
        return False
    if (
        _MAKER_ASKED.search(folded)
        and not _MAKER_SAID.search(text)
        and not (listing.vendor and fold(listing.vendor) in fold(text))
    ):
        return False
    if _SMELL_ASKED.search(folded) and not _SMELL.search(fold(text)):
        return False
    if (
        _MADE_OF_ASKED.search(folded)
        and not _MADE_OF_SAID.search(text)
        and not any(w in MATERIALS for w in words(fold(text)))
        and not names_material_kind(question, text)
    ):
        return False
    part = _PART_MEASURED.search(folded)
    if part and not re.search(rf"\b{re.escape(part.group(1)[:5])}", fold(text)):
        return False
    if _UNITS_ASKED.search(folded) and not _LENGTH_SAID.search(text):
        return False
    if not counts_part_asked(folded, text):
        return False
    if has_cue(folded, INCLUDED) and not _INCLUSION.search(text):
        return False
    if has_cue(folded, CUPS) and not _CUPS_SAID.search(text):
        return False
    if (has_cue(folded, RESTOCK) or _AGAIN_ASKED.search(folded)) and not _STOCK_SAID.search(text):
        return False
    if _CERTIFIED_ASKED.search(folded) and not _CERTIFIED_SAID.search(text):
        return False
    if (
        _PART_BOUGHT.search(folded)
        and not has_cue(folded, INCLUDED)
        and not _SOLD_SAID.search(text)
    ):
        return False
    if _ACCURACY_ASKED.search(folded) and not _ACCURACY_SAID.search(text):
        return False
    if _FIT_ASKED.search(folded) and not _FIT_SAID.search(text):
        return False
    if (
        _LENGTH_ASKED.search(folded)
        and not _LENGTH_SAID.search(text)
        and not _DURATION.search(fold(text))
        and not _names_dimension(folded, fold(text))
    ):
        return False
    if _other_dimension_only(folded, text):
        return False
    present = {c.concept for c in listing_choices(listing)}
    asked = asked_concepts(question, listing.title)
    if "color" in asked and "color" not in present and not states_colour(text):
        return False
    if (
        "color" not in present
        and _colours_named(question, listing)
        and not any(w in COLOURS for w in words(fold(text)))
    ):
        # A colour named for a product offered in none ("does it come in pink?", "saatavilla
        # mustana?"): lines that name no colour do not answer it, stock lines included.
        return False
    aspects = care_aspects(folded)
    return not aspects or names_care_aspects(text, aspects)
