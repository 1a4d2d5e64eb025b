"""The question a fact answers and its answer's wording, from the question table
(``faq_table``), or a yes or no, or a part asked by its kind."""

from __future__ import annotations

import re

from plugin.generation.answer_frames import (
    VOLUME,
    dimension_answer,
    in_a_sentence,
    plain_materials,
    quantity_answer,
)
from plugin.generation.colour_labels import colour_name
from plugin.generation.faq_flags import flag_answer, flag_question, yes_or_no
from plugin.generation.faq_labels import VERB_LED, asked_label, names_it, plain_label
from plugin.generation.faq_table import ASKS, QUESTIONS
from plugin.generation.faq_values import AS_WRITTEN, SEVERAL, alternatives, lowered_list, options_of
from plugin.generation.had_articles import is_plural
from plugin.generation.material_frames import build_lead
from plugin.generation.number_words import COUNTS_OF_MANY
from plugin.generation.part_words import PARTS
from plugin.generation.phrasing import feature_lead
from plugin.generation.said_values import lower_first
from plugin.generation.two_languages import foreign_use
from plugin.generation.value_shapes import (
    article,
    is_adjective,
    is_quantity,
    names_part,
    noun_phrase,
    split_items,
)
from plugin.generation.voice import Voice

# "Outdoor-bred pork from UK farms": a thing and where it is from (no verb of its own).
_MADE_WITH = re.compile(r"(?P<thing>[A-Z]?[a-z-]+(?: [a-z-]+){0,2}) from (?P<place>.+)")
_MEASURE_WORD = re.compile(r"\b(across|deep|wide|long|high|tall|thick|from|up to)\b", re.IGNORECASE)
# Places said with "the": "made in the USA".
_THE_PLACES = re.compile(
    r"^(USA|US|UK|Netherlands|Philippines|United (States|Kingdom)|"
    r"Czech Republic|Dominican Republic)$"
)

_PEOPLE = re.compile(r"\b(person|persons|people|adults?|riders?|players?)\b", re.IGNORECASE)
_PERSON = re.compile(r"\b([2-9]|\d{2,}) persons?\b", re.IGNORECASE)


# A value that tells the shopper what to do ("apply thinly, wait, wipe off", "soak overnight").
_BIDDING = re.compile(
    r"(?i)^(apply|leave|rinse|wash|mix|add|soak|spray|rub|massage|wipe|shake|dilute|spread"
    r"|place|put|hang|fill|pour|stir|heat|warm|boil|cook|bake|use|take|wear|attach|fit|insert)\b"
)
_DURATION = re.compile(
    r"(?i)(about |around )?\d+(?:[.,]\d+)?(?:[-–]\d+)? ?(?:hours?|hrs?|minutes?|mins?|days?|weeks?)"
)
_COUNTED = re.compile(r"(?i)^(?P<n>\d+)\s*(?:pcs?\.?|pieces?)?$")
_NUMBER_WORDS = ("", "one", "two", "three", "four", "five", "six")


def _sets_answer(name: str, values: list[str], voice: Voice) -> tuple[int, str, str] | None:
    """An option named like contents said as the choice it is: "How many pieces does it come
    with? — It comes with 8 or 15 pieces."; "Which kit can I choose? — It comes in two kits:
    lamp only or lamp + charger.".
    """
    if len(values) < 2:
        return None
    rank = next(n for n, (key, _, _) in enumerate(QUESTIONS) if key == "includes")
    comes = f"{voice.subject} {voice.verb('comes')}"
    counts = [_COUNTED.match(v.strip()) for v in values]
    if all(counts):
        shown = alternatives([c["n"] for c in counts if c])
        does = "do" if voice.plural else "does"
        question = f"How many pieces {does} {voice.subject.lower()} come with?"
        return rank, question, f"{comes} with {shown} pieces."
    kind = name if name in ("kit", "set", "bundle") else "option"
    many = _NUMBER_WORDS[len(values)] if len(values) < len(_NUMBER_WORDS) else str(len(values))
    shown = alternatives([lower_first(v.strip()) for v in values])
    return rank, f"Which {kind} can I choose?", f"{comes} in {many} {kind}s: {shown}."


# A scent the shop says is absent ("None", "None added", "No added scent", "Unscented").
_NO_SCENT = re.compile(r"(?i)(none\b|no added\b|unscented\b|fragrance[- ]free\b|scent[- ]free\b)")


_SCENT_WORD = re.compile(r"(?i)\s*\b(scent|scented|fragrance)$")


def _scent_choice(values: list[str]) -> str | None:
    """ "Unscented", "Cedar", "Citrus" → "unscented or scented with cedar or citrus";
    ``None`` when no value names a scent (all say there is none)."""
    plain = [v for v in values if _NO_SCENT.match(v.strip())]
    scented = [
        _SCENT_WORD.sub("", v.strip()).strip() for v in values if not _NO_SCENT.match(v.strip())
    ]
    scented = [v for v in scented if v]
    if not scented:
        return None
    first = "unscented" if plain else ""
    rest = f"scented with {alternatives(scented, lower=True)}"
    return f"{first} or {rest}" if first else rest


def _said(text: str, words: dict[str, str]) -> str:
    for word, said in words.items():
        text = text.replace(f"{{{word}}}", said)
    return text


# Round 38: the words before "material" that name the whole product's outside, not a part.
_WHOLE = frozenset("main primary outer exterior outside shell body upper fabric product".split())


def _material_part(name: str) -> str | None:
    """The part a material label names ("lining material", "sole_material"), or ``None``."""
    said = re.fullmatch(r"([a-z]+) materials?", re.sub(r"[\s_]+", " ", name).strip())
    if said and said[1] in PARTS and said[1] not in _WHOLE:
        return said[1]
    return None


_WATTS = re.compile(r"(up to )?\d+(\.\d+)? ?W", re.I)
_A_FORMAT = re.compile(r"[A-Za-z][a-z-]+(?: [a-z-]+){1,3}")


def faq_answer(
    label: str, value: str, voice: Voice, chosen: bool = False, title: str = ""
) -> tuple[int, str, str] | None:
    """The question a fact answers, its answer, and how early shoppers ask it; ``None`` for a
    fact no shopper's question fits. ``chosen``: the label is an option a buyer picks one of, so
    its values are alternatives ("It comes in 2 kg or 5 kg."), never one product's members
    (round 21's raters: "It holds 20 L and 40 L" reads as one bin holding both)."""
    words = {"It": voice.subject, "it": voice.subject.lower(), "is": voice.be}
    words |= {"Is": voice.be.capitalize(), "them": "them" if voice.plural else "it"}
    words |= {
        verb: voice.verb(verb)
        for verb in (
            "comes",
            "holds",
            "includes",
            "does",
            "fits",
            "takes",
            "runs",
            "burns",
            "smells",
            "weighs",
            "meets",
            "contains",
            "keeps",
            "covers",
            "absorbs",
            "protects",
            "has",
        )
    }
    name = asked_label(label).lower()
    asked = [key for key, pattern in ASKS if pattern.search(name)]
    if "people" in asked:
        # "Capacity: 2 person" asks how many people; "Seats: Padded" asks nothing of them.
        dropped = ("capacity",) if _PEOPLE.search(value) else ("people",)
        asked = [key for key in asked if key not in dropped]
    if "needed" in asked:
        asked = ["needed"]  # "Fabric needed" is what else to buy, not what it is made of
    if "sizes" in asked and re.match(r"(?i)one size\b", value.strip()):
        asked = ["fit"]  # "One size, fits M–XL hands" says how it fits
    if "sizes" in asked and (
        len(options_of(value) if chosen else split_items(value)) < 2
        or ";" in value
        or any(len(i.split()) > 4 or _MEASURE_WORD.search(i) for i in split_items(value))
    ):
        # "Packed size: 18 x 6 in" is a measure, "Cavity size: 10 cm across, 8 mm deep" one
        # size in two measures: neither is a choice.
        asked.remove("sizes")
    if (
        "pack" in asked
        and chosen
        and all(re.fullmatch(r"\d+", v.strip()) for v in options_of(value))
    ):
        # Round 41: an option of bare counts ("Pack: 20, 50") is packs of each, never "They
        # come in 20 or 50.".
        counts = alternatives(options_of(value))
        rank = next(n for n, (key, _, _) in enumerate(QUESTIONS) if key == "pack")
        return (
            rank,
            "How many come in a pack?",
            f"{voice.subject} {voice.verb('comes')} in packs of {counts}.",
        )
    if "pack" in asked and not re.fullmatch(r"\d+", value.strip()):
        asked.remove("pack")  # round 38: "Pack: 10" is a count; "Pack: Tin" is no count
    if "includes" in asked and chosen:
        # Round 41: an option named like contents ("Pieces: 8 pcs, 15 pcs", "Kit: Lamp only,
        # Lamp + charger") is a choice between sets, never one set holding both ("It includes
        # 8 pcs and 15 pcs.").
        return _sets_answer(name, options_of(value), voice)
    if "how it works" in asked and name == "process" and 0 < len(value.split()) <= 2:
        # Round 41: "Process: orthodox" is how the product was processed, no service's steps
        # ("How does it work? — Orthodox.").
        done = value.strip().rstrip(".").lower()
        processed = (
            f"{voice.subject} {voice.be} {done}."
            if done.endswith("ed")
            else f"The process is {done}."
        )
        return len(QUESTIONS), f"How {voice.be} {words['it']} processed?", processed
    if "use" in asked and _BIDDING.match(value.strip()):
        # Round 41: "Use: apply a thin layer, rinse …" tells how to use it, not what it is
        # for ("It is for apply a thin layer …").
        asked = ["how to use"]
    if "includes" in asked and is_quantity(value):
        # Round 27: "Contents: 500 ml" is how much is in it, never "It includes a 500 ml."
        return quantity_answer(value, voice, title)
    if "includes" in asked and len(split_items(value)) < 2 and not re.search("[a-z]", value):
        return None  # "Pieces: 8" restates the title's count
    if asked and asked[0] in ("use", "battery", "burn", "weight", "load") and not value.strip():
        return None
    if "use" in asked and re.match(r"^\W*(about |up to )?\d", value.strip().lower()):
        return None  # "Uses: About 1000 loads" is a lifespan, not a use
    for rank, (key, question, answer) in enumerate(QUESTIONS):
        if key not in asked:
            continue
        of_part = _material_part(name) if key == "material" else None
        if of_part and value.strip() and not re.search(r"[;:]", value):
            # Round 38: "Lining material: Cotton flannel" is what the lining is made of, never
            # the whole product ("It is made of cotton flannel." said of a waxed jacket).
            be = "are" if is_plural(of_part) else "is"
            stuff = lower_first(value.strip().rstrip("."))
            return rank, f"What {be} the {of_part} made of?", f"The {of_part} {be} made of {stuff}."
        scents = options_of(value) if chosen else split_items(value)
        if key == "scent" and len(scents) > 1 and any(_NO_SCENT.match(i.strip()) for i in scents):
            # Round 43: "Scent: Unscented, Cedar" is a choice; "No, it is unscented." denied
            # the scented option. Every value is read, the unscented one said first.
            said = _scent_choice(scents)
            if said:
                comes = voice.verb("comes")
                return rank, _said("{Is} {it} scented?", words), f"{voice.subject} {comes} {said}."
        if key == "scent" and _NO_SCENT.match(value.strip()):
            # Round 39: "Scent: None" says there is none, never "It smells of none.".
            return (
                rank,
                _said("{Is} {it} scented?", words),
                _said("No, {it} {is} unscented.", words),
            )
        if key in ("needed", "valid", "delivery", "format") and yes_or_no(value):
            continue  # "Batteries required: Yes" is asked as a yes or no, below
        if key == "dimensions" and not chosen and _DURATION.fullmatch(value.strip()):
            # Round 41: "Length: 3 hours" on a workshop is how long it lasts ("How big is it?
            # — It is 3 hours long.").
            it, lasts = words["it"], voice.verb("lasts")
            return (
                rank,
                f"How long {words['does']} {it} last?",
                f"{voice.subject} {lasts} {value.strip()}.",
            )
        if key == "dimensions" and not chosen and is_quantity(value):
            # Round 44: "Size: 12 fl oz" is how much is in it, not how big it is ("How big is
            # it? — It measures 12 fl oz."): "How much is in it? — It holds 12 fl oz."
            return quantity_answer(value, voice, title)
        if key == "dimensions":
            said = dimension_answer(name, value, voice, chosen)
            return (rank, _said(question, words), said) if said else None
        if key == "weight" and not re.search(r"\d", value) and len(value.split()) <= 2:
            # Round 49: "Weight: Aran" is a class, no measure ("How much does it weigh? — It
            # weighs Aran."): "What weight is it? — It is Aran weight."
            question, answer = "What weight {is} {it}?", "{It} {is} {} weight."
            value = value.strip().rstrip(".")
        if key == "format" and _A_FORMAT.fullmatch(value.strip()):
            # Round 49: "Format: Group workshop" answered with the bare value was no sentence.
            answer = "{It} {comes} as " + article(value.strip().split()[0].lower()) + " {}."
            value = lower_first(value.strip())
        if key == "capacity" and re.search(r"\bdB\b", value) and not VOLUME.search(value):
            # "Volume: 4 levels, up to 85 dB" is how loud, not how much it holds (round 27).
            question, answer = "How loud {is} {it}?", "{It} {has} {}."
            value = re.sub(r"^(\d+) levels\b", r"\1 volume levels", value.strip())
        if key == "protection":
            value = re.sub(r"(?i)^(protects )?against ", "", value.strip())
            value = lower_first(value)  # "Thorns and brash; not cut-resistant" (round 27)
        if key == "absorbency":
            # "Moderate: up to 150 ml" → "They absorb up to 150 ml (moderate)." (round 27)
            graded = re.fullmatch(r"(?P<grade>[A-Za-z]+): (?P<rest>.+)", value.strip())
            value = f"{graded['rest']} ({graded['grade'].lower()})" if graded else value
            value = lower_first(value.strip())
        if key == "power" and _WATTS.fullmatch(value.strip()):
            # Round 49: "Power: 45 W" on a lead or a lamp is a rating, not what it runs on.
            question, answer = "What is the power rating?", "{It} {is} rated at {}."
        elif key == "power" and value.strip()[:1].isdigit() and not AS_WRITTEN.search(value):
            answer = "{It} {runs} on {}."  # "Power: 12 V, power supply included"
        if (
            key == "sizes"
            and chosen
            and all(re.fullmatch(r"\d+", i.strip()) for i in options_of(value))
        ):
            # Round 27: "It comes in 1, 2 or 3." told nothing; a pack of counts is how many.
            if re.search(r"\b(pack|bundle|box|bag)\b", name):
                question, answer = "How many come in a pack?", "{It} {comes} in packs of {}."
            else:
                answer = "{It} {comes} in sizes {}."
            value = alternatives(options_of(value))
            chosen = False
        if key == "origin" and (made := _MADE_WITH.fullmatch(value.strip())):
            # "Origin: Outdoor-bred pork from UK farms" says where an ingredient is from, not
            # where it is made ("Where is it made? It is outdoor-bred pork …", round 27).
            thing = made["thing"].split()[-1].lower()
            question = f"Where is the {thing} from?"
            answer, value = "{It} {is} made with {}.", lower_first(value.strip())
            key = "origin-of"
        if key == "colours" and not SEVERAL.search(value):
            # One colour is not a choice: "What colour is it?", not "Which colours can I choose?".
            question, answer = "What colour {is} {it}?", "{It} {is} {}."
        elif key == "colours" and not chosen:
            # Several colours outside the options are one product's ("12 glazes, mixed"): what
            # it comes in, not a pick.
            question = "What colours {does} {it} come in?"
        if chosen and key not in ("includes", "dimensions"):
            # Alternatives, whatever the question: "How much does it hold? It comes in 20 L or
            # 40 L."
            answer = "{It} {comes} in {}."
            value = alternatives(options_of(value), lower=key == "colours")
        if key == "use" and foreign_use(f"It is for {value.strip()}"):
            return None  # round 41: "It is for Wiesen, Böschungen." (the shop's language)
        if key == "use" and re.match(r"(?i)for ", value.strip()):
            value = value.strip()[4:]  # "Use: For climbing ropes" is not "for for climbing ropes"
        if key == "use" and re.match(r"(?i)not (?:for|suitable for|recommended for) ", value):
            # Round 32: "Use: Not for wet conditions" is a limit, not what it is for ("They are
            # for not for …"): "What should I not use them for? They are not for …".
            question, answer = "What should I not use {them} for?", "{It} {is} {}."
            value = lower_first(value.strip())
        if key == "use" and re.match(
            r"(?i)(online|in[- ]store|in (our|the) |at (our|the) )", value
        ):
            # "Use: Online and in our shop" says where, not what for ("It is for online …").
            question, answer = "Where can I use {them}?", "{It} can be used {}."
            value = lower_first(value)
        if key == "mounting" and re.match(r"(?i)by\b", value.strip()):
            # "Installation: By a qualified electrician" says who fits it, not how it attaches.
            question = "Who should install {them}?"
            answer = "{It} {is} installed {}."
        if key == "origin" and re.match(
            r"(?i)([\w-]*(?:grown|made|woven|sewn|spun|thrown|built|knit)"
            r"|milled|roasted|[\w-]+ed) ",
            value.strip(),
        ):
            # "Milled in Piedmont from local wheat": its own verb, not "made in Milled in …";
            # a compound too ("Hand-thrown in …", "Homemade in …"): the place is said once.
            answer, value = "{It} {is} {}.", lower_first(value)
        if key == "colours":
            value = colour_name(value)
        if key == "you get":
            value = re.sub(r"^(A|An|The) ", lambda m: f"{m[1].lower()} ", value.strip())
        if key in ("serve", "covers"):
            value = lowered_list(value)  # "Hard cheese, Cold meats" → "hard cheese and cold meats"
        if key == "origin" and _THE_PLACES.match(value.strip()):
            value = f"the {value.strip()}"
        if key in ("battery", "insulation"):
            said = feature_lead(label, value, voice)
            if said and VERB_LED.match(lower_first(said.split(" ", 1)[-1])):
                return rank, _said(question, words), f"{said.rstrip('.')}."
            if key == "insulation":
                return None
        if key in ("certification", "warranty"):
            flag = yes_or_no(value)
            if flag and flag[0] == "No":
                answer = "No."
            elif flag:
                answer = flag_answer(*flag)
        if key == "weight" and len(split_items(value)) > 1:
            question, answer = "Which weights are there?", "{It} {comes} in {}."
        if key == "load" and not re.match(r"(?i)up to\b", value.strip()):
            value = f"up to {value.strip()}"
        if answer == "{}." and not AS_WRITTEN.search(value):
            # Round 26: an answer in a sentence, not a fragment ("3+." → "It is for ages 3+.",
            # "Pears, Cider vinegar" → "It contains pears and cider vinegar."): heldout28's
            # raters asked for full sentences.
            answer, value = in_a_sentence(key, value)
        parts = build_lead("Material", value, 0, voice) if key == "material" else None
        if parts and " made " not in parts and " crafted " not in parts:
            # "Stainless steel body" names a part: "It has a stainless steel body.", not "It is
            # made of stainless steel body."
            answer = f"{parts}."
        elif AS_WRITTEN.search(value) and not answer.startswith("{}"):
            if key in ("fits", "compatible"):
                # "Fits: Check the part number: DK-1 and DK-2" still answers "What does it
                # fit?" (round 27: "What are the fits like?"), in the shop's words.
                return rank, _said(question, words), f"{value.strip().rstrip('.')}."
            if key == "not covered":
                value = lower_first(value.strip())
            elif key != "includes":
                return None  # a value of sentences answers in its own words, or not at all
            answer = answer.replace("{}", value.rstrip("."))
        else:
            # A place or a standard keeps its capital; "Linen", "Sage" read in a sentence.
            kept = answer.startswith(("{}", "Yes")) or key in ("origin", "water", "standard")
            items = split_items(value)
            if (
                key == "includes"
                and len(items) > 1
                and ";" not in value
                and all(_THING.fullmatch(i) or re.match(r"\s*\d+ [a-z]", i) for i in items)
            ):
                # "Soft case, Neck strap, Lens cloth": each thing with its article, in lower case
                # (round 21's raters: "They include Soft case, Neck strap …" has stray capitals);
                # round 34: a count or a measure among them ("2 clips") no longer leaves the
                # others bare ("It includes felt sheet, needle and 2 pins").
                things = [
                    noun_phrase(i.strip()) if _THING.fullmatch(i) else i.strip()
                    for i in options_of(value)
                ]
                value = f"{', '.join(things[:-1])} and {things[-1]}"
            elif len(items) > 1 and all(i.strip()[:1].isupper() for i in items[1:]):
                # "Age 5–6, Age 7–8" and "Small (40 mm), Medium (43 mm)": lowering the first
                # alone read "age 5–6, Age 7–8" (heldout23's raters).
                kept = True
            elif (
                key in ("suitable", "fits", "compatible", "use with", "serve", "covers", "material")
                and len(items) > 2 - (key == "material")
                and (key != "material" or plain_materials(value, items))
                and not re.search(r"\b(and|or)\b", value)
            ):
                # "Rabbits, guinea pigs, degus": the list's last item joined with "and".
                value = f"{', '.join(items[:-1])} and {items[-1]}"
            elif (
                key == "includes"
                and len(items) == 1
                and re.fullmatch(r"(about |around |approx\.? )?\d+", value.strip().lower())
            ):
                # "Pieces: About 16": "It includes about 16 pieces.", not "an about 16".
                value = f"{value.strip()} {name}"
            elif (
                key == "includes"
                and len(items) > 1
                and all(re.fullmatch(r"\d[\d,]*", i.strip()) for i in items)
                and re.fullmatch(r"[a-z]+s", name)
            ):
                # Round 45: "Tiles: 20, 40 and 60" counts tiles: "… 20, 40 and 60 tiles.",
                # never the counts alone (heldout47's raters: a number said with no noun).
                value = f"{value.strip()} {name}"
                question = f"How many {name} {{does}} {{it}} include?"
            elif key == "includes" and len(items) == 1:
                pieces = options_of(value)
                if len(pieces) > 1 and all(_THING.fullmatch(i) for i in pieces):
                    # "Case and Cleaning cloth" → "a case and a cleaning cloth" (round 27)
                    things = [noun_phrase(lower_first(i.strip())) for i in pieces]
                    value = f"{', '.join(things[:-1])} and {things[-1]}"
                else:
                    value = noun_phrase(value)
            elif key == "includes" or (
                key == "material" and len(items) > 2 and any(i[:1].islower() for i in items[1:])
            ):
                # "…, Foam pad and Printed instructions": a list's stray capitals lowered (round
                # 26: a material list too, "… paint finish and Reconstituted stone plinth").
                value = re.sub(r"(, | and )([A-Z][a-z]+)\b", lambda m: m[1] + m[2].lower(), value)
            shown = value if kept else lower_first(value)
            answer = answer.replace("{}", _PERSON.sub(r"\1 people", shown.rstrip(".")))
        return rank, _said(question, words), _said(answer, words)
    rank = len(QUESTIONS)
    missing = _NOT_INCLUDED.match(value.strip())
    if missing and plain_label(label) and not is_adjective(name) and not names_it(name):
        # "Tripod: Not included": "Is a tripod included? No, a tripod is not included."; what
        # the shop adds is said after ("No – a voucher is posted instead.").
        thing = noun_phrase(name)
        be = "Is" if thing.startswith(("a ", "an ")) or not thing.endswith("s") else "Are"
        rest = missing["rest"].strip(" –-,;:.")
        said = f"No – {lower_first(rest)}." if rest else f"No, {thing} {be.lower()} not included."
        return rank, f"{be} {thing} included?", said
    flag = yes_or_no(value)
    if not flag and plain_label(label) and names_part(name) and len(name.split()) <= 2:
        # "Burrs: Conical ceramic": "What kind of burrs does it have?" is asked of a part.
        said = feature_lead(label, value, voice)
        counted = value.lower().split()
        if counted and counted[0] in _COUNT_WORDS and counted[-1].endswith("s"):
            # "Handles: Three hand slots": "It has three hand slots.", never "… slots handles".
            said = f"{voice.subject} {voice.verb('has')} {lower_first(value.strip())}"
        things = value.strip().rstrip(".").split()
        if (
            len(things) >= 2
            # One plain noun phrase: no list, number or phrase after it ("walnut and maple, 21
            # staves", "micro-beads in quilted squares" say what the part is made of).
            and not re.search(r"[,;:()\d]|\b(?:in|of|with|on|for|and|or)\b", value)
            and re.fullmatch(r"[a-z-]+[^aiusy\W]s", things[-1].lower())
            and things[-1].lower() != name.split()[-1]
            and not (counted and counted[0] in _COUNT_WORDS)
        ):
            # Round 32: "Lids: Braille day letters" names what the lids have, not a kind of lid
            # ("It has braille day letters lids."): "The lids have braille day letters."
            has = "have" if is_plural(name.split()[-1]) else "has"
            return (
                rank,
                f"What kind of {name} {words['does']} {words['it']} have?",
                f"The {name} {has} {lower_first(' '.join(things))}.",
            )
        if said and said.startswith(f"{voice.subject} {voice.verb('has')} "):
            part = name.split()[-1]
            return (
                rank,
                f"What kind of {part} {words['does']} {words['it']} have?",
                f"{said.rstrip('.')}.",
            )
    if flag and plain_label(label):
        asks = flag_question(label, voice)
        return (rank, asks, flag_answer(*flag)) if asks else None
    return None


_COUNT_WORDS = frozenset(COUNTS_OF_MANY) | frozenset(COUNTS_OF_MANY.values())

# A thing an included list names in plain words ("Neck strap", "Lens cloth"), no code or count.
_THING = re.compile(
    r"\s*[A-Z]?[a-z]+(?:-[a-z]+)?(?: [a-z]+(?:-[a-z]+)?){0,3}"
    r"(?: and [A-Z]?[a-z]+(?:-[a-z]+)?(?: [a-z]+(?:-[a-z]+)?){0,3})?\s*"
)
_NOT_INCLUDED = re.compile(r"(?i)^(not included|sold separately)\b(?P<rest>.*)$", re.DOTALL)
