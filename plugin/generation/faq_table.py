"""The question table: shoppers' questions about a fact, by a word of its label, with how the
fact answers each, in the order shoppers ask them."""

from __future__ import annotations

import re

# Shoppers' questions about a fact, by a word of its label, with how the fact answers it
# ("{it}" and "{is}" follow the product's number), in the order shoppers ask them: fit and size
# first, then what it is made of, what comes with it, what it works with, its upkeep. A label
# no question here fits is not asked in its own words ("What is its length? — Its length is 19
# cm." restates the list, and "What is its farge?" puts a foreign label in an English question).
# "{}" is the value as the shop wrote it, read as a sentence.
QUESTIONS = (
    ("fit", "How {does} {it} fit?", "{}."),
    ("sizes", "Which sizes are there?", "{It} {comes} in {}."),
    # Round 41: "Size guide: measure your foot …" tells which size to buy, never a part asked
    # what it is made of.
    ("size guide", "Which size do I need?", "{}."),
    ("dimensions", "How big {is} {it}?", ""),
    ("material", "What {is} {it} made of?", "{It} {is} made of {}."),
    ("colours", "Which colours can I choose?", "{It} {comes} in {}."),
    ("includes", "What is included?", "{It} {includes} {}."),
    # Round 38: "Pack: 12" is how many come in a pack, never "What is the pack? — The pack is 12."
    ("pack", "How many come in a pack?", "{It} {comes} in a pack of {}."),
    ("fits", "What {does} {it} fit?", "{It} {fits} {}."),
    # Round 50: the water a product is made for, never a temperature of its own ("What is the
    # water temperature? — The water temperature is below 14 °C." on a board wax).
    ("water temperature", "What water {is} {it} made for?", "Water {}."),
    ("compatible", "What {is} {it} compatible with?", "{It} {is} compatible with {}."),
    ("use with", "What can I use {them} with?", "Use {them} with {}."),
    ("serve", "What {does} {it} go with?", "Serve {them} with {}."),
    ("suitable", "What {is} {it} suitable for?", "{It} {is} suitable for {}."),
    ("use", "What {is} {it} for?", "{It} {is} for {}."),
    ("how to use", "How do I use {them}?", "{}."),
    ("people", "How many people {is} {it} for?", "{It} {is} for {}."),
    ("load", "How much weight can {it} take?", "{It} {takes} {}."),
    ("capacity", "How much {does} {it} hold?", "{It} {holds} {}."),
    ("battery", "How long does the battery last?", "{It} {runs} for {}."),
    ("burn", "How long {does} {it} burn?", "{It} {burns} for {}."),
    ("insulation", "How well {is} {it} insulated?", "{}."),
    ("scent", "What {does} {it} smell like?", "{It} {smells} of {}."),
    ("water", "How water-resistant {is} {it}?", "{It} {is} rated {}."),
    ("weight", "How much {does} {it} weigh?", "{It} {weighs} {}."),
    ("care", "How do I care for {them}?", "{}."),
    ("mounting", "How {does} {it} attach?", "{}."),
    ("assembly", "How much assembly {does} {it} need?", "{}."),
    ("origin", "Where {is} {it} made?", "{It} {is} made in {}."),
    ("certification", "{Is} {it} certified?", "Yes: {}."),
    ("standard", "Which standard {does} {it} meet?", "{It} {meets} {}."),
    ("warranty", "Is there a warranty?", "Yes: {}."),
    ("warning", "Is there anything I should know before using {them}?", "{}."),
    ("ingredients", "What is in {them}?", "{}."),
    ("allergens", "Which allergens {does} {it} contain?", "{}."),
    ("storage", "How should I store {them}?", "{}."),
    ("shelf life", "How long {does} {it} keep?", "{}."),
    ("age", "What age {is} {it} for?", "{}."),
    ("format", "What format {is} {it} in?", "{}."),
    ("delivery", "How {is} {it} delivered?", "{}."),
    ("needed", "What else do I need?", "{}."),
    ("valid", "How long {is} {it} valid?", "{}."),
    # Round 26: a service's own questions (heldout28's raters: "misses how it works and what
    # you get").
    ("how it works", "How does it work?", "{}."),
    ("you get", "What do I get?", "You get {}."),
    # Round 27: heldout29's raters on "What are the covers like?", "What kind of does not cover
    # does it have?", "What is the sold by like?", "What is the kit like?".
    ("absorbency", "How much {does} {it} absorb?", "{It} {absorbs} {}."),
    ("protection", "What {does} {it} protect against?", "{It} {protects} against {}."),
    ("power", "How {is} {it} powered?", "{}."),
    ("covers", "What {does} {it} cover?", "{It} {covers} {}."),
    ("not covered", "What {does} {it} not cover?", "{It} {does} not cover {}."),
    ("seller", "Who sells {them}?", "{It} {is} sold by {}."),
)
# The question a label asks, when its words say it: "Size" and "Sizes" are a choice, "Packed
# size" is a measure; "Capacity: 2 person" asks how many people.
HOLDS_RANK = next(n for n, (key, _, _) in enumerate(QUESTIONS) if key == "capacity")
ASKS = (
    ("material", re.compile(r"\b(material|materials|fabric)\b|^(metal|fibre|fiber)$")),  # round 49
    ("sizes", re.compile(r"^([a-z]+ )?sizes?$")),
    (
        "dimensions",
        re.compile(
            r"^(size|dimensions|measurements|length|width|height|depth|"
            r"diameter|thickness)$"
        ),
    ),
    ("colours", re.compile(r"^colou?rs?$")),
    ("pack", re.compile(r"^(pack|pack of|pack size|per pack|pieces per pack)$")),
    ("people", re.compile(r"\b(capacity|sleeps|seats|persons|people)\b")),
    (
        "load",
        re.compile(
            r"^(load capacity|max(imum)? load|weight capacity|max(imum)? weight|"
            r"max(imum)? user weight|weight limit)$"
        ),
    ),
    ("capacity", re.compile(r"^(capacity|volume)$")),
    ("care", re.compile(r"\b(care|cleaning|washing)\b")),
    (
        "includes",
        re.compile(
            r"^(includes?|included|in the box|contents|kit contents|"
            r"what'?s included|set includes|pieces|kit|in the kit|pack contents)$"
        ),
    ),
    ("fits", re.compile(r"^(fits|fit for)$")),
    ("compatible", re.compile(r"^(compatible with|compatibility|works with)$")),
    ("use with", re.compile(r"^(use with|for use with)$")),
    ("serve", re.compile(r"^(serve with|serving suggestions?|goes with|pairs with|pair with)$")),
    ("suitable", re.compile(r"^(suitable for|ideal for|recommended for|suits)$")),
    ("use", re.compile(r"^(use|uses|intended use|application)$")),
    ("how to use", re.compile(r"^(how to use|directions|instructions|usage|directions for use)$")),
    ("fit", re.compile(r"^fit$")),
    ("water temperature", re.compile(r"^(water temperature|water temp)$")),
    ("size guide", re.compile(r"^(size guide|sizing guide|sizing|size advice|how to measure)$")),
    ("battery", re.compile(r"^(battery life|run ?time)$")),
    ("burn", re.compile(r"^burn time$")),
    ("insulation", re.compile(r"^insulation$")),
    ("scent", re.compile(r"^(scent|fragrance|scent notes)$")),
    ("water", re.compile(r"^(water resistance|waterproof rating|water rating|ip rating)$")),
    ("weight", re.compile(r"^(weight|net weight|item weight)$")),
    ("assembly", re.compile(r"^(assembly|setup|set-up)$")),
    ("origin", re.compile(r"^(origin|made in|country of origin)$")),
    ("certification", re.compile(r"\bcertifi")),
    ("standard", re.compile(r"^(standard|standards|safety standard|meets|complies with)$")),
    ("warranty", re.compile(r"^(warranty|guarantee)$")),
    ("mounting", re.compile(r"^(mounting|mount|attachment|fixing|installation)$")),
    ("warning", re.compile(r"^(warnings?|caution|attention|safety|safety notes?|hazards?)$")),
    # A download's or a service's own questions: what it comes as, how it reaches the shopper,
    # what else it takes (heldout23's pattern PDF was asked none of them).
    ("ingredients", re.compile(r"^ingredients\b")),
    ("allergens", re.compile(r"^(allergens|allergy advice|allergy information|contains)$")),
    ("storage", re.compile(r"^(storage|storing|store|keep)$")),
    ("shelf life", re.compile(r"^(shelf life|best before|keeps for)$")),
    ("age", re.compile(r"^(age|ages|age range|recommended age|suitable age)$")),
    ("format", re.compile(r"^(format|file format|file type|formats)$")),
    ("delivery", re.compile(r"^(delivery|delivered|delivery method|how delivered)$")),
    (
        "needed",
        re.compile(
            r"^(.+ )?(needed|required)$|^(you will need|you'll need|requires|needs|you need|"
            r"what you need)$"
        ),
    ),
    ("valid", re.compile(r"^(valid|validity|valid for|expiry|expires)$")),
    ("how it works", re.compile(r"^(how it works|how does it work|process)$")),
    ("you get", re.compile(r"^(you get|you receive|what you get|you will get|you'll get)$")),
    ("absorbency", re.compile(r"^(absorbency|absorption|absorbs)$")),
    ("protection", re.compile(r"^(protection|protects against|protection against|protects)$")),
    ("power", re.compile(r"^(power|power supply|power source|powered by)$")),
    ("covers", re.compile(r"^(covers|covered|what it covers|helps with|topics)$")),
    (
        "not covered",
        re.compile(r"^(does not cover|doesn't cover|not covered|excludes|exclusions)$"),
    ),
    ("seller", re.compile(r"^(sold by|seller|supplied by|sold through)$")),
)
