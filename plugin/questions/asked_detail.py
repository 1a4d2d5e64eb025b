"""Details a question asks that a close line does not state (round 35).

Each family below is a kind of answer: a year, dates or weekdays, how long a thing keeps, a
length asked in a Nordic language, Dutch or Finnish, whether it fits over something, what to do
about a stain or mould; since round 37 also a year the question names, insurance, a volume,
and how many years, months, weeks, days or hours; since round 38 how long a thing lasts before
it must be replaced, in the shop languages, whether a part is padded, who teaches or presents
it, and another format (an e-book, an audiobook); since round 40 money back and an arrival
date; since round 41 what a thing weighs. A line close in meaning that lacks that kind of
answer ("Runs in spring and autumn" for "which dates are free?", the summary naming the
sleeves for "what do I do about stains on the sleeves?") is no answer, so the question goes
to the merchant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plugin.questions.lexicon import fold

_I = re.IGNORECASE

# "what year was it made?", "welches Jahr", "hvilket år", "vilket år", "minä vuonna"
_YEAR_ASKED = re.compile(
    r"\b(?:what|which) year\b|\bwelche[sm]? jahr\w*\b|\bhvilket ar\b|\bvilket ar\b|"
    r"\bmina vuonna\b|\bquel(?:le)? ann[ée]e\b|\bqu[ée] a[nñ]o\b|\bwelk jaar\b",
    _I,
)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")

# "which dates are still free?", "welche Termine", "hvilke datoer / dage", "vilka datum"
_DATES_ASKED = re.compile(
    r"\b(?:which|what) (?:dates|days|evenings|sessions)\b|\bwelche (?:termine|daten|tage)\b|"
    r"\bhvilke (?:datoer|dage|dager|aftener|kvelder)\b|\bvilka (?:datum|dagar|kvallar)\b|"
    r"\bmitka (?:paivat|paivamaarat)\b|\bwelke (?:data|dagen)\b|\bquelles dates\b|"
    r"\bqu[eé] (?:fechas|d[ií]as)\b",
    _I,
)
_DATE_SAID = re.compile(
    r"\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\b(?:man|tirs|tors|fre|lor|son)dag",
    _I,
)

# "how long does it keep once opened?", "shelf life", "wie lange haltbar", "hvor lenge holder"
_KEEPING_ASKED = re.compile(
    r"\bhow long (?:does|do|will|would|can|could)\b[^?.!]{0,40}\b(?:keeps?(?=\s*(?:[?.!,]|$|"
    r"once|after|when|if|in|for|before|open|unopened|sealed))|stay fresh|stay good)|"
    r"\bshelf[- ]life\b|\bbest before\b|\bhaltbar\w*\b|\bholdbar\w*\b|"
    r"\bhallbar\w*\b|\bhoudbaar\w*\b|\bsailyy\w*\b|\bsailyvyys\w*\b",
    _I,
)
_KEEPING_SAID = re.compile(
    r"\b(?:keeps?|kept|shelf[- ]life|best before|use (?:it |them )?within|expir\w*|lasts?|"
    r"stor(?:e|ed|age))\b",
    _I,
)
_DURATION_SAID = re.compile(
    r"\b(?:hours?|days?|weeks?|months?|years?|indefinitely|for ever|forever)\b", _I
)
# how long a thing lasts before it must be replaced, in the shop languages ("how long before I
# need a new one?", "hvor lenge … før den må skiftes?", "wie lange, bevor man sie wechselt?"):
# only a line giving a span of use or wear answers it (round 38)
_LIFESPAN_ASKED = re.compile(
    r"\b(?:how long|hvor (?:lenge|laenge|lange)|hur lange|wie lange|kuinka kauan|jak dlugo|"
    r"jak dlouho|quanto tempo|cuanto tiempo|combien de temps|hoe lang|"
    # how many years or months of use, in the shop languages (round 39)
    r"how many (?:years|months|seasons)|hvor mange (?:[åa]r|m[åa]neder)|hur m[åa]nga "
    r"(?:[åa]r|m[åa]nader)|wie viele (?:jahre|monate)|combien d'(?:ann[ée]es|ans)|"
    r"cu[áa]ntos (?:a[ñn]os|meses)|hoeveel (?:jaar|maanden)|ile (?:lat|miesi[ęe]cy)|"
    r"kolik (?:let|m[ěe]s[íi]c[ůu])|quanti (?:anni|mesi)|quantos (?:anos|meses)|"
    r"kuinka monta (?:vuotta|kuukautta))\b[^?]{0,60}"
    r"\b(?:before|until|innan|innen|for|bevor|ennen|zanim|nez|antes|avant|voordat|voor|prima)\b"
    r"[^?]{0,40}(?:replac|chang|new|bytt|skift|erstat|bytas|ersatt|wechsel|tausch|ersetz|vaihd|"
    r"vaiht|wymien|vymen|substitu|cambi|troc|remplac|vervang)",
    _I,
)
_LIFESPAN_SAID = re.compile(
    r"\b(?:lasts?|lifespan|life|lifetime|replace\w*|renew\w*|wears?(?: out)?|worn)\b", _I
)

# whether a thing or a part of it is padded ("is the saddle cushioned?", "are the straps
# quilted?"): only a line on padding, cushioning or foam answers it, not one on the part's size
# (round 38)
_PADDING_ASKED = re.compile(
    r"^(?:is|are)\b[^?.!]{0,60}\b(?:padded|cushioned|upholstered|quilted)\b", _I
)
_PADDING_SAID = re.compile(
    r"\b(?:pad(?:s|ded|ding)?|cushion\w*|upholster\w*|foam\w*|quilt\w*)\b", _I
)


# a length asked in Danish, Norwegian, Swedish, Dutch or Finnish ("hoe lang is …")
_LENGTH_ASKED = re.compile(
    r"\bhoe (?:lang|breed|hoog|dik|diep) (?:is|zijn)\b|"
    r"\bhvor (?:lang|langt|bred|hoj|hoy|tyk|tykk|tykt|dyb|dyp|hoit|hojt) (?:er|gar)\b|"
    r"\bhur (?:lang|langt|bred|hog|tjock|djup) (?:ar|gar)\b|"
    r"\bkuinka (?:pitka|levea|korkea|paksu|syva)\b",
    _I,
)
_LENGTH_SAID = re.compile(
    r"\d\s*(?:mm|cm|m|in|inch(?:es)?|ft|\"|”)(?![^\W_])|\d\s*x\s*\d|\bdimensions?\b|"
    r"\b(?:minutes?|hours?|days?|weeks?)\b",
    _I,
)

# "does it fit over a thick coat?", "passer den over …", "passt sie über …", "past het over"
_FITS_OVER_ASKED = re.compile(
    r"\b(?:fits?|go|goes|pass(?:er|ar|t)?|mahtuu)\b[^?.!]{0,30}\b(?:over|uber|paalle|"
    r"ovenpa|ovanpa)\b",
    _I,
)
_FIT_SAID = re.compile(r"\b(?:fits?|fitted|roomy|loose|generous|room for|sized?|sizing|cut)\b", _I)

# "what do I do if it gets stains?", "how do I clean mould off …": a step of care
_STAIN_ASKED = re.compile(
    r"\b(?:what (?:should|do|can) (?:i|we) do|how (?:do|should|can) (?:i|we) (?:clean|get|"
    r"remove|treat))\b[^?.!]{0,60}\b(?:stain\w*|mou?ld\w*|mildew|spots?|marks?|dirt\w*|"
    r"sticky|grease|greasy)\b",
    _I,
)
_CARE_STEP = re.compile(
    r"\b(?:wash\w*|clean\w*|wip(?:e|ing)|brush\w*|soak\w*|rins\w*|scrap(?:e|ing)|scrub\w*|"
    r"remov\w*|dry|dried|rub|freez\w*|bleach\w*|vinegar|soap)\b",
    _I,
)

# a year the question names as an edition ("is the 2031 model out yet?") against lines that
# state another year and not this one: the listing's own year is no answer about a different
# one. Not a year after a name ("Excel 2013" against "Excel 2010 or later") or a decade.
_YEAR_NAMED = re.compile(r"\b(?:the|a|an|this|next|your) ((?:19|20)\d\d)\b(?!s\b)", _I)
_YEAR_STATED = re.compile(r"(?<![\d.,])((?:19|20)\d\d)(?![\d.,]\d)")

# insurance asked, in the shop languages: only a line about insurance answers it
_INSURANCE_ASKED = re.compile(
    r"\b(?:insur\w*|versicher\w*|assur(?:e|ee|ees|ance)s?\b|verzeker\w*|forsikr\w*|"
    r"forsakr\w*|asegur\w*|assicur\w*|segurad\w*|seguro\b|ubezpiecz\w*|pojist\w*|"
    r"vakuut\w*)",
    _I,
)
_INSURANCE_SAID = _INSURANCE_ASKED

# a volume asked ("how much volume does the pack hold?", "how many litres?")
_VOLUME_ASKED = re.compile(
    r"\b(?:how much|what|which) (?:volume|capacity in lit\w+)\b|\bhow many (?:litres|liters)\b|"
    r"\bvolume (?:of|in)\b[^?.!]{0,30}\?\s*$",
    _I,
)
_VOLUME_SAID = re.compile(
    r"\d\s*-?\s*(?:l|litres?|liters?|ml|cl|dl|gal(?:lons?)?|m3|m³|cu\.? ?(?:in|ft))(?![^\W_])|"
    r"\bvolume\b[^.]{0,20}\d",
    _I,
)

# "how many years / months / weeks / days / hours": a line without such a span is no answer
_SPAN_ASKED = re.compile(r"\bhow many (?:years|months|weeks|days|nights|hours|seasons)\b", _I)
_SPAN_SAID = re.compile(
    r"\b(?:hours?|days?|nights?|weeks?|months?|years?|seasons?|lifetime|indefinitely)\b|"
    r"\d\s*(?:h|hrs?|yrs?)\b",
    _I,
)

# who teaches, leads or presents it ("who runs the tasting?"): a line naming a role or a person
# giving it answers it, not one that only describes the lessons (round 38; a coach, trainer or
# lecturer, round 39)
_PERSON_ASKED = re.compile(
    r"^who (?:presents|teaches|leads|runs|hosts|narrates|guides|tutors|instructs|coaches|"
    r"trains|is the (?:teacher|instructor|tutor|presenter|host|guide|narrator|coach|trainer|"
    r"lecturer))\b",
    _I,
)
_PERSON_SAID = re.compile(
    r"(?i:\b(?:taught|led|presented|hosted|run|narrated|guided|given|coached|trained) by\b|"
    r"\b(?:teachers?|instructors?|tutors?|presenters?|hosts?|guides?|narrators?|coach(?:es)?|"
    r"chefs?|trainers?|lecturers?)\b)|"
    r"\b[Ww]ith [A-Z][a-z]+ [A-Z][a-z]+\b"
)

# another edition of a book or course asked ("is there an audiobook version?", "a kindle
# edition?"): only a line naming that format answers it (round 38)
_FORMAT_ASKED = re.compile(
    r"\b(?P<format>e-?book|audio ?book|kindle|epub|pdf|paperback|hardback|hardcover) "
    r"(?:version|edition)s?\b",
    _I,
)
_FORMAT_SAID = {
    "ebook": r"\be-?books?\b|\bepub\b|\bkindle\b",
    "kindle": r"\be-?books?\b|\bkindle\b",
    "epub": r"\be-?books?\b|\bepub\b",
    "audiobook": r"\baudio ?books?\b|\baudio\b",
    "pdf": r"\bpdf\b",
    "paperback": r"\bpaperback\b|\bsoft ?cover\b",
    "hardback": r"\bhardback\b|\bhard ?cover\b",
    "hardcover": r"\bhardback\b|\bhard ?cover\b",
}


# money back asked ("will I be refunded?", "can I have my money back?", "Geld zurück",
# "remboursé", "rimborso", "reembolso", "zwrot pieniędzy", "pengene tilbake"): only a line
# about refunds, returns or cancelling answers it, not one that only lets a date be moved
# (round 40)
_REFUND_ASKED = re.compile(
    r"\b(?:refund\w*|money back|reimburs\w*|geld zuruck\w*|erstatt\w*|rembours\w*|"
    r"rimbors\w*|reembols\w*|zwrot\w* (?:pieniedzy|kosztow)|pengene? tilbake|"
    r"pengarna tillbaka|geld terug|terugbetal\w*)",
    _I,
)
_REFUND_SAID = re.compile(
    r"\b(?:refund\w*|money back|reimburs\w*|return\w*|cancel\w*|credit(?:ed)?|"
    r"non-refundable|exchange\w*)\b",
    _I,
)

# an arrival date asked ("what date would it get here?", "when will it be delivered if I order
# now?"): only a line giving a delivery or dispatch time answers it, not one that only says the
# thing is made to order (round 40)
_ARRIVAL_ASKED = re.compile(
    r"\b(?:what|which) (?:date|day)\b[^?.!]{0,40}\b(?:arriv\w*|deliver\w*|get here|reach)|"
    r"\bwhen (?:will|would|does|do|could|can)\b[^?.!]{0,40}\b(?:arrive|be delivered|get here|"
    r"reach me)\b",
    _I,
)
_ARRIVAL_SAID = re.compile(
    r"\b(?:days?|weeks?|months?|working|business|dispatch\w*|ship(?:s|ped|ping)?|"
    r"deliver\w*|leaves?|arriv\w*|post(?:ed|age)?|courier|(?:mon|tues|wednes|thurs|fri|"
    r"satur|sun)days?)\b",
    _I,
)


# what a thing weighs ("what does it weigh?", "how heavy is the large one?", "wie schwer",
# "hoeveel weegt", "hvor mye veier", "quanto pesa"): only a line giving a mass answers it, not
# the length or a weight class ("a 6-weight") (round 41)
_HEAVY_ASKED = re.compile(
    r"\bweigh(?:s|ing)?\b|\bhow heavy\b|\bwhat(?:'s| is) (?:the|its) weight\b|"
    r"\bwie schwer\b|\bwiegt\b|\bweegt\b|\bhoe zwaar\b|\bvager\b|\bveier\b|\bvejer\b|"
    r"\bhvor tung\b|\bhur tung\b|\bquanto pesa\b|\bcuanto pesa\b|\bcombien pese\b|"
    r"\bpainaa\b|\bile wazy\b|\bkolik vazi\b",
    _I,
)
_HEAVY_SAID = re.compile(
    r"\d\s*(?:mg|g|kg|oz|lbs?|pounds?|grams?|grammes?|gramm|kilos?|kilograms?|kilo)\b", _I
)


# a measure of one part of the thing ("how long is the kayak's skeg?", "how wide is the blade
# of the paddle?"): only a line that gives the part itself a number answers it, not the
# whole thing's measures (round 41)
_PART_MEASURE_ASKED = re.compile(
    r"\bhow (?P<measure>long|wide|tall|high|deep|big|thick|heavy) (?:is|are) (?:the|its|their) "
    r"(?:(?:[\w-]+ ){0,2}[\w-]+'s? (?P<owned>[a-z]+)|(?P<part>[a-z]+) (?:of|on|in) (?:the|its) )",
    _I,
)


# A figure as digits, or as an English number word before a unit, as a line may write a measure
# ("a two-metre hose", "a four-hour class") (round 57); a number word before anything else is
# a count ("three fins"), and "one" is an article as often.
_FIGURE = (
    r"(?:\d[\d.,]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|sixty|ninety|hundred)[\s-]+(?=(?:minutes?|hours?|days?|"
    r"weeks?|months?|years?|millimet(?:re|er)s?|centimet(?:re|er)s?|met(?:re|er)s?|"
    r"inch(?:es)?|foot|feet|yards?|lit(?:re|er)s?|kilo(?:gram)?s?|grams?)\b))"
)


def _part_measure_unstated(question: str, support: Sequence[str]) -> bool:
    """Whether the question asks a part's measure and no line gives the part a number."""
    asked = _PART_MEASURE_ASKED.search(question)
    if asked is None:
        return False
    part = (asked["owned"] or asked["part"]).lower()
    stem = part[:-1] if part.endswith("s") and len(part) > 4 else part
    near = re.compile(
        # "a 60 cm skeg", "a 3-year warranty", "skeg: 30 cm", "the skeg is 30 cm"; the figure
        # may be written as a word ("a four-hour workshop", round 57)
        rf"{_FIGURE}[\s-]*(?:[a-z]+[\s-]+){{0,2}}{re.escape(stem)}|"
        rf"\b{re.escape(stem)}\w*(?:\s+(?:is|are|of|measures?|at))?\s*[:(]?\s*{_FIGURE}",
        _I,
    )
    if any(near.search(_unlabelled(line)) for line in support):
        return False
    # "a floor of ripstop nylon, 0.2 mm thick at the seams": a sentence that names the part
    # and gives a figure the measure asked follows, as its own adjective (round 49)
    measured = re.compile(
        rf"{_FIGURE}\s*(?:[a-z]+\s+)?{re.escape(asked['measure'].lower())}\b", _I
    )
    part_named = re.compile(rf"\b{re.escape(stem)}", _I)
    return not any(
        part_named.search(sentence) and measured.search(sentence)
        for line in support
        for sentence in _SENTENCES.split(_unlabelled(line))
    )


# A line's sentences and clauses: a figure in the next sentence is another thing's.
_SENTENCES = re.compile(r"(?<=[.;!?])\s+")


# the name a line is quoted under ("Returns policy: …", "Current description: …")
_LINE_LABEL = re.compile(r"^[A-Z][\w ]{0,30}: ")


def _unlabelled(line: str) -> str:
    """The line without the name it is quoted under, which is no statement of its own."""
    return _LINE_LABEL.sub("", line, count=1)


def _format_unstated(question: str, said: str) -> bool:
    """Whether the question asks another format of the thing and the lines never name it."""
    asked = _FORMAT_ASKED.search(question)
    if asked is None:
        return False
    key = re.sub(r"[- ]", "", asked["format"].lower())
    return not re.search(_FORMAT_SAID[key], said, _I)


def _other_year_only(question: str, said: str) -> bool:
    """Whether the question names a year that the lines lack while they state another."""
    named = set(_YEAR_NAMED.findall(question))
    stated = set(_YEAR_STATED.findall(said))
    return bool(named) and bool(stated) and not named & stated


def detail_unstated(question: str, support: Sequence[str]) -> bool:
    """Whether the question asks one of the details above and the lines do not state it."""
    asked = fold(question)
    said = " ".join(support)
    checks = (
        (_YEAR_ASKED, lambda: bool(_YEAR.search(said))),
        (_DATES_ASKED, lambda: bool(_DATE_SAID.search(said))),
        (
            _KEEPING_ASKED,
            lambda: any(
                _KEEPING_SAID.search(line) and _DURATION_SAID.search(line) for line in support
            ),
        ),
        (
            _LIFESPAN_ASKED,
            lambda: any(
                _LIFESPAN_SAID.search(line) and _DURATION_SAID.search(line) for line in support
            ),
        ),
        (_PADDING_ASKED, lambda: bool(_PADDING_SAID.search(said))),
        (_PERSON_ASKED, lambda: bool(_PERSON_SAID.search(said))),
        (_LENGTH_ASKED, lambda: bool(_LENGTH_SAID.search(said))),
        (_FITS_OVER_ASKED, lambda: bool(_FIT_SAID.search(said))),
        (_STAIN_ASKED, lambda: bool(_CARE_STEP.search(said))),
        (_INSURANCE_ASKED, lambda: bool(_INSURANCE_SAID.search(fold(said)))),
        (_VOLUME_ASKED, lambda: bool(_VOLUME_SAID.search(said))),
        (_SPAN_ASKED, lambda: bool(_SPAN_SAID.search(said))),
        (_REFUND_ASKED, lambda: any(_REFUND_SAID.search(_unlabelled(line)) for line in support)),
        (_ARRIVAL_ASKED, lambda: bool(_ARRIVAL_SAID.search(said))),
        (_HEAVY_ASKED, lambda: bool(_HEAVY_SAID.search(said))),
    )
    if _other_year_only(question, said) or _format_unstated(question, said):
        return True
    if _part_measure_unstated(question, support):
        return True
    return any(asked_rx.search(asked) and not stated() for asked_rx, stated in checks)
