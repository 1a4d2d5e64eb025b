"""Hand-written drafts for guardrails holdout v59: clean copy, and faulty copy with one claim.

`H` holds each listing's true copy; `R` holds the faulty sentences, the claim marked `[[...]]`, with
the label's family (a code ending in `!w` is a warn) and the reason. `build()` serialises both.
"""

import html
import json
import os
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
GENERAL_Q = "What should I check before I buy?"
KIND = {"d": "description", "s": "short_description", "o": "seo", "f": "faq"}
COMPLIANCE = {"shipping", "health", "absolute", "environmental", "social_proof"}
WARN = {"absolute", "social_proof"}

# key -> (description sentences, pad, short, seo description, question, answer)
H: dict[str, tuple[list[str], str, str, str, str, str]] = {
    "T01": (
        [
            "The Combwright hive tool is a flat pry bar for lifting frames "
            "and scraping off propolis.",
            "It is 10 in (about 25 cm) long and forged from 420 stainless steel.",
        ],
        "Wipe it clean after every inspection.",
        "A 10 in stainless hive tool for prying frames apart, $18.",
        "Forged in Pennsylvania: a 420 stainless hive tool "
        "for lifting frames and scraping propolis.",
        "How long is it?",
        "It is 10 in long, roughly 25.4 cm.",
    ),
    "T02": (
        [
            "A top-whorl beech spindle for spinning fine to medium yarn.",
            "It weighs 32 g, a little over 1 oz, and has a brass hook.",
        ],
        "Fibre is not included.",
        "A 32 g top-whorl spindle turned in Cumbria, £24.",
        "Top-whorl beech drop spindle with a brass hook, "
        "turned in Cumbria for fine to medium yarn.",
        "Does it come with wool to spin?",
        "No, fibre is not included; the spindle comes on its own.",
    ),
    "T03": (
        [
            "The kit holds 500 g of rattan cane, a plywood base and an instruction booklet.",
            "It makes one round basket about 20 cm, or roughly 8 in, across.",
        ],
        "Scissors are not included.",
        "Weave a round basket about 20 cm across: cane, base and booklet, C$42.",
        "Rattan basket weaving kit with 500 g of cane, "
        "a plywood base and a booklet for one basket.",
        "Do I need to prepare the cane?",
        "Yes: soak it in warm water for 10 minutes before you weave.",
    ),
    "T04": (
        [
            "A red LED torch with three brightness levels that keeps your night vision.",
            "It runs about 40 hours on two AAA batteries, which are not included.",
        ],
        "The body is aluminium and 12 cm long.",
        "Red light for stargazing: three levels, about 40 hours on two AAA cells, $21.",
        "Red LED astronomy torch with three brightness levels and a 12 cm aluminium body.",
        "Are batteries included?",
        "No, it takes two AAA batteries, sold separately.",
    ),
    "T05": (
        [
            "Four stages of grit, coarse to polish, 300 g each and 1.2 kg in all.",
            "That is enough for about six loads in a 1.5 kg barrel.",
        ],
        "Never pour used grit down the sink.",
        "Coarse, medium, pre-polish and polish grit, 1.2 kg (about 2.6 lb), NZ$36.",
        "Four-stage silicon carbide and aluminium oxide tumbling grit, enough for about six loads.",
        "How many batches will it do?",
        "About six loads in a 1.5 kg barrel.",
    ),
    "T06": (
        [
            "A graphite face over a polypropylene honeycomb core.",
            "It weighs 230 g, about 8.1 oz, and comes in a small or medium grip.",
        ],
        "The cover is sold separately.",
        "Graphite pickleball paddle, small or medium grip, A$89.",
        "Graphite-face pickleball paddle with a honeycomb core, 230 g, in small or medium grip.",
        "How thick is the medium grip?",
        "The medium grip is 11.4 cm around, about 4.5 in.",
    ),
    "T07": (
        [
            "A goat milk melt and pour base: melt it, add scent and colour, and pour.",
            "It melts at about 60 °C (140 °F) and is palm-free.",
        ],
        "It is not for cold process soap.",
        "1 kg of palm-free goat milk soap base, made in Yorkshire, £14.50.",
        "Palm-free goat milk melt and pour soap base, 1 kg, made in Yorkshire.",
        "What temperature does it melt at?",
        "About 60 °C, roughly 140 °F.",
    ),
    "T08": (
        [
            "A resin hide cave in a sandstone colour for geckos and small lizards.",
            "It measures 22 x 15 x 9 cm, about 8.7 x 5.9 x 3.5 in.",
        ],
        "Rinse it with warm water and no soap.",
        "Sandstone resin cave for geckos, 22 x 15 x 9 cm, €19.",
        "Medium resin hide cave for geckos and small lizards, 22 x 15 x 9 cm, sandstone colour.",
        "Is it big enough for a water dragon?",
        "No, it is for geckos and small lizards, not water dragons or other large lizards.",
    ),
    "T09": (
        [
            "A folding walnut board with maple points, 15 in (about 38 cm) wide when closed.",
            "Inside are 30 checkers, two pairs of dice and a doubling cube.",
        ],
        "It is made in Ohio.",
        "Walnut and maple backgammon set, made in Ohio, $129.",
        "Folding walnut backgammon set with 30 checkers, two pairs of dice and a doubling cube.",
        "What comes in the box?",
        "The board, 30 checkers, two pairs of dice and a doubling cube.",
    ),
    "T10": (
        [
            "A wide-mouth glass jar with a plastic spigot and a cotton cover.",
            "It holds 1 gallon, about 3.8 litres.",
        ],
        "Wash it by hand only.",
        "A 1 gallon glass kombucha jar with a spigot, $34.",
        "Wide-mouth 1 gallon glass kombucha jar with a spigot and cotton cover.",
        "Does it come with a SCOBY?",
        "No, the SCOBY is not included.",
    ),
    "T11": (
        [
            "A copper džezva for Bosnian coffee, three cups or 300 ml.",
            "It is hand-forged in Sarajevo and tin-lined inside.",
        ],
        "Wash it by hand only.",
        "Bakarna džezva za tri šoljice bosanske kafe, ručno kovana u Sarajevu.",
        "Ručno kovana bakarna džezva od 300 ml, iznutra kalajisana, za tri šoljice kafe.",
        "How much coffee does it make?",
        "Three small cups, 300 ml in all.",
    ),
    "T12": (
        ["A 1 litre carafe for white wine, in crystal glass.", "It is mouth-blown in Wormeldange."],
        "Keep it out of the dishwasher.",
        "Eng mondgeblosen Karaff aus Kristallglas fir Wäisswäin, 45 €.",
        "Karaff fir Wäisswäin aus Kristallglas, 1 Liter, mondgeblosen zu Wormeldange.",
        "How much does it hold?",
        "One litre, about 34 fl oz.",
    ),
    "T13": (
        ["Three paper fighting kites on bamboo sticks.", "They are handmade in Ahmedabad."],
        "The kite string is not included.",
        "अहमदाबादमध्ये हाताने बनवलेले तीन कागदी पतंग, ₹४५०.",
        "बांबूच्या काड्यांचे तीन कागदी लढाईचे पतंग, हाताने बनवलेले.",
        "How many kites are in the pack?",
        "Three, each made of paper on bamboo sticks.",
    ),
    "T14": (
        ["Two yards of cotton adire cloth, dyed with indigo.", "It is made in Abeokuta."],
        "Wash it in cold water.",
        "Aṣọ àdìrẹ indigo, yards méjì, tí a ṣe ní Abẹ́òkúta.",
        "Aṣọ kọ́tìnnì àdìrẹ tí a fi indigo pa láró, yards méjì.",
        "How much cloth do I get?",
        "Two yards, about 1.8 m.",
    ),
    "T15": (
        ["Six ceramic piyola tea bowls, 150 ml each.", "They are made in Istaravshan."],
        "Keep them out of the dishwasher.",
        "Шаш пиёлаи сафолӣ аз Истаравшан, ҳар кадом 150 мл.",
        "Маҷмӯаи шаш пиёлаи сафолӣ барои чой, сохти Истаравшан.",
        "How much does each bowl hold?",
        "150 ml, about 5 fl oz.",
    ),
    "T16": (
        ["A light grey rug of Faroese sheepskin.", "It is tanned in Klaksvík."],
        "Shake it out outdoors and do not machine wash it.",
        "Ljósgráur gólvfeldur úr føroyskum seyðaskinni, 1200 kr.",
        "Gólvfeldur úr seyðaskinni, garvaður í Klaksvík.",
        "How do I clean it?",
        "Shake it out outdoors; never put it in a washing machine.",
    ),
    "T17": (
        [
            "Polycarbonate lenses with an anti-fog coating and a split silicone strap.",
            "Choose clear lenses for pools or smoke for bright days.",
        ],
        "Rinse them in fresh water after use.",
        "Anti-fog goggles, clear $16 or smoke $18.",
        "Anti-fog swim goggles with polycarbonate lenses and a split silicone strap.",
        "Which lens should I choose?",
        "Clear for pools, smoke for bright days; smoke costs $18 and clear $16.",
    ),
    "T18": (
        [
            "A solid running surface on a ball-bearing axle, 21 cm (about 8.3 in) across.",
            "It stands on its own or screws to a cage wall.",
        ],
        "It is for Syrian hamsters and too small for rats.",
        "A 21 cm wheel for Syrian hamsters, £22.",
        "Silent 21 cm hamster wheel with a ball-bearing axle for Syrian hamsters.",
        "Can my rats use it?",
        "No, at 21 cm it is too small for rats; it is made for Syrian hamsters.",
    ),
    "T19": (
        [
            "A blue-black iron gall ink that darkens as it dries.",
            "It comes in a 50 ml bottle, filled in Bath, England.",
        ],
        "Flush your pen every few weeks.",
        "50 ml of blue-black iron gall ink, £13.",
        "Blue-black iron gall fountain pen ink, 50 ml, bottled in Bath.",
        "Can I use it in my vintage pen?",
        "Not in vintage pens with steel nibs, and flush any pen you use it in every few weeks.",
    ),
    "T20": (
        [
            "A wide-tooth comb for detangling curly and thick hair.",
            "It is cut from pear wood, finished with linseed oil, and 7 in (about 18 cm) long.",
        ],
        "Keep it out of water for long.",
        "A 7 in pear wood detangling comb, $12.",
        "Wide-tooth pear wood comb for curly and thick hair, finished with linseed oil.",
        "Can I leave it in the shower?",
        "No, keep it out of water for long; it is oiled wood.",
    ),
    "T21": (
        [
            "Three double yellow dot balls with the slowest bounce.",
            "They are made for club and league play.",
        ],
        "Warm them up for a few minutes before a match.",
        "Three double yellow dot squash balls, A$15.",
        "Double yellow dot squash balls, three to a pack, for club and league play.",
        "How many balls are in a pack?",
        "Three.",
    ),
    "T22": (
        [
            "A ripstop nylon hammock, 290 x 140 cm (about 9.5 x 4.6 ft), with two tree straps.",
            "It holds up to 150 kg and packs into its own pouch.",
        ],
        "The rain tarp and bug net are sold separately.",
        "Ripstop hammock in Forest or Slate, 620 g with straps, C$59.",
        "Ripstop nylon camping hammock with tree straps, holds 150 kg, packs into its pouch.",
        "How much weight can it take?",
        "Up to 150 kg, about 330 lb.",
    ),
    "T23": (
        [
            "Fifty black slotted net pots, 3 in (about 7.6 cm) across the rim.",
            "Use them with clay pebbles or rockwool in deep water and NFT systems.",
        ],
        "They are reusable; rinse them between crops.",
        "50 black 3 in net pots for hydroponics, $14.",
        "Pack of 50 slotted polypropylene net pots, 3 in, for deep water and NFT systems.",
        "Can I reuse them?",
        "Yes, rinse them between crops and use them again.",
    ),
    "T24": (
        [
            "A soft rubber roller, 4 in (about 10 cm) wide, for block printing inks.",
            "It works with both water-based and oil-based inks.",
        ],
        "Clean it with soapy water or vegetable oil, never with solvents.",
        "4 in soft rubber brayer for block printing, €17.",
        "Soft rubber brayer, 4 in wide, for water-based and oil-based block printing inks.",
        "Which inks can I use?",
        "Both water-based and oil-based block printing inks.",
    ),
    "T25": (
        [
            "A sisal rope post on a 40 x 40 cm MDF base, 70 cm (about 27.5 in) tall.",
            "It is tall enough for most adult cats to stretch full length.",
        ],
        "It is made in Christchurch and needs some assembly.",
        "70 cm sisal scratching post, made in Christchurch, NZ$65.",
        "Sisal scratching post, 70 cm tall on a 40 x 40 cm base, made in Christchurch.",
        "Does it arrive ready to use?",
        "It needs some assembly first.",
    ),
    "T26": (
        [
            "Send us a ring, bangle or pendant and we hand engrave up to 20 letters.",
            "It comes back in 7 to 10 working days by tracked post.",
        ],
        "We engrave gold, silver and platinum only, never plated pieces.",
        "Hand engraving of up to 20 letters by post, £30 plus £4.50 return.",
        "Hand engraving by post for rings, bangles and pendants, back in 7 to 10 working days.",
        "What does return postage cost?",
        "£4.50 by tracked post.",
    ),
    "T27": (
        ["Cotton pillowcases, sold as a pair."],
        "The pair costs $25.",
        "A pair of cotton pillowcases for $25.",
        "Two cotton pillowcases, $25 the pair.",
        "How many pillowcases do I get?",
        "Two: they are sold as a pair.",
    ),
    "T28": (
        ["A glass plant mister from Fernhouse."],
        "It costs €11.",
        "Fernhouse glass plant mister, €11.",
        "A glass plant mister by Fernhouse.",
        "What is it made of?",
        "Glass.",
    ),
    "T29": (
        [
            "A bamboo rolling mat, a rice paddle and a 30 cm cedar cooling tub.",
            "Every item can also be bought separately: $9, $7 and $28, or $44 in total.",
        ],
        "Dry the mat fully after use.",
        "Sushi set: mat, paddle and cedar tub, from $7.",
        "Sushi making set with a bamboo rolling mat, a rice paddle and a 30 cm cedar rice tub.",
        "Can I buy just the mat?",
        "Yes, every item can be bought alone; the mat is $9.",
    ),
    "T30": (
        [
            "A western red cedar barrel sauna for four, sold by our partner Steamgrove.",
            "It is delivered flat-packed in 3 to 5 weeks.",
        ],
        "The heater is sold separately.",
        "Cedar barrel sauna for four from Steamgrove, $6,900.",
        "Western red cedar barrel sauna for four from our partner Steamgrove.",
        "What warranty does it have?",
        "Steamgrove gives a 5-year warranty on the shell.",
    ),
}

# key -> [(kind letter, sentence with the claim in [[...]], family, reason)]
R: dict[str, list[tuple[str, str, str, str]]] = {
    "T01": [
        (
            "d",
            "[[Forged in Sheffield]], it is built from 420 stainless steel.",
            "origin",
            "The listing says it is forged in Pennsylvania.",
        ),
        (
            "d",
            "It is forged from [[carbon steel]] for a firm bite.",
            "material",
            "The listing gives 420 stainless steel.",
        ),
        ("s", "A stainless pry bar for lifting frames, [[$15]].", "price", "The tool costs $18."),
        (
            "o",
            "A hive tool [[approved by the American Beekeeping Federation]] for lifting frames.",
            "certification",
            "No approval or body is named in the listing.",
        ),
        (
            "f",
            "The smooth handle [[eases arthritis in the hands]].",
            "health",
            "A health claim the listing never makes.",
        ),
        (
            "f",
            "It [[ships free within 24 hours]] of your order.",
            "shipping",
            "The listing gives no shipping terms.",
        ),
        (
            "d",
            "[[Thousands of beekeepers]] reach for it first.",
            "social_proof",
            "A crowd claim with nothing behind it in the listing.",
        ),
    ],
    "T02": [
        ("d", "It is turned from [[cherry wood]] in Cumbria.", "material", "The spindle is beech."),
        (
            "s",
            "A [[bottom-whorl]] spindle for fine yarn.",
            "feature",
            "The listing sells a top-whorl spindle.",
        ),
        (
            "o",
            "A [[red-stained]] beech spindle with a brass hook.",
            "colour!w",
            "The listing names no colour or stain.",
        ),
        (
            "f",
            "It comes [[with 50 g of merino roving]] to get you started.",
            "feature",
            "The listing says fibre is not included.",
        ),
        (
            "d",
            "It also suits [[spinning thick rug yarn]].",
            "compatibility",
            "The listing says fine to medium yarn.",
        ),
        (
            "f",
            "Each spindle [[is FSC certified]].",
            "certification",
            "No certification is given for the wood.",
        ),
        (
            "d",
            "It is [[the best spindle for beginners]].",
            "absolute",
            "A superlative that cannot be checked.",
        ),
    ],
    "T03": [
        ("d", "There is enough cane for [[three baskets]].", "number", "The kit makes one basket."),
        (
            "s",
            "Everything for one basket, [[scissors included]].",
            "feature",
            "The listing says scissors are not included.",
        ),
        (
            "o",
            "[[Square]] basket weaving kit with rattan cane and a plywood base.",
            "feature",
            "The kit weaves a round basket.",
        ),
        (
            "f",
            "Soak the cane [[overnight in hot water]] before you start.",
            "care",
            "The listing says 10 minutes in warm water.",
        ),
        (
            "d",
            "The cane [[comes from Borneo]].",
            "origin",
            "The listing gives no origin for the cane.",
        ),
        ("d", "The base is [[solid oak]].", "material", "The kit's base is plywood."),
        (
            "f",
            "Most people finish it in [[under an hour]].",
            "number",
            "The listing gives no time to finish.",
        ),
    ],
    "T04": [
        (
            "d",
            "It runs for [[about 100 hours]] on two AAA batteries.",
            "number",
            "The listing says about 40 hours.",
        ),
        ("s", "Red LED astronomy torch, [[$25]].", "price", "The torch costs $21."),
        (
            "o",
            "Red LED torch, [[batteries included]], for dark-adapted stargazing.",
            "feature",
            "The listing says the batteries are not included.",
        ),
        (
            "f",
            "It is [[waterproof to 30 m]].",
            "feature",
            "The listing makes no water resistance claim.",
        ),
        (
            "d",
            "It is [[built by Maglite]] for astronomers.",
            "brand",
            "Names another maker; the vendor is Nightlens.",
        ),
        (
            "f",
            "It comes with [[a lifetime warranty]].",
            "warranty",
            "The listing gives no warranty.",
        ),
        (
            "d",
            "It is [[made in Germany]].",
            "origin",
            "The listing gives no origin.",
        ),
    ],
    "T05": [
        (
            "d",
            "There are [[five stages]], from coarse grit to polish.",
            "number",
            "The set has four stages.",
        ),
        (
            "s",
            "[[A rock tumbler]] with four stages of grit.",
            "category",
            "The listing sells grit, not the tumbler.",
        ),
        (
            "o",
            "Four-stage grit that [[works in any vibratory or rotary tumbler]].",
            "compatibility!w",
            "The listing names only a 1.5 kg barrel; other tumblers are not named.",
        ),
        (
            "f",
            "Used grit [[can go down the sink]] with plenty of water.",
            "care",
            "The listing says never to pour used grit down the sink.",
        ),
        (
            "d",
            "The polish stage is [[cerium oxide]].",
            "material",
            "The grit is silicon carbide and aluminium oxide.",
        ),
        (
            "f",
            "[[Free shipping anywhere in New Zealand]].",
            "shipping",
            "The listing gives no shipping terms.",
        ),
        (
            "d",
            "It gives [[a mirror shine on every stone, guaranteed]].",
            "absolute",
            "An absolute promise with no support in the listing.",
        ),
    ],
    "T06": [
        (
            "d",
            "It comes in small, medium and [[large]] grips.",
            "size",
            "Only small and medium grips are sold.",
        ),
        ("s", "Graphite pickleball paddle, [[A$69]].", "price", "The paddle costs A$89."),
        (
            "o",
            "Graphite pickleball paddle [[approved by USA Pickleball]] for tournaments.",
            "certification",
            "No approval is named in the listing.",
        ),
        (
            "f",
            "It [[comes with a neoprene cover]].",
            "feature",
            "The listing says the cover is sold separately.",
        ),
        (
            "d",
            "The face is [[fibreglass]] over a honeycomb core.",
            "material",
            "The face is graphite.",
        ),
        (
            "f",
            "The grip [[reduces tennis elbow]].",
            "health",
            "A health claim the listing never makes.",
        ),
        (
            "d",
            "[[Top players in Australia]] use it in every match.",
            "social_proof",
            "An endorsement with no support in the listing.",
        ),
    ],
    "T07": [
        ("d", "It melts at [[about 40 °C]].", "number", "The listing says about 60 °C."),
        ("s", "Goat milk soap base, [[made in Devon]].", "origin", "It is made in Yorkshire."),
        (
            "o",
            "Goat milk [[soap bars, ready to use]], 1 kg.",
            "category",
            "The listing sells a base to melt and pour, not finished bars.",
        ),
        (
            "f",
            "It [[works for cold process soap too]].",
            "compatibility",
            "The listing says it is not for cold process soap.",
        ),
        ("d", "The base is [[certified organic]].", "certification", "No certification is given."),
        (
            "d",
            "It arrives [[in a compostable, plastic-free tub]].",
            "environmental",
            "The listing says nothing about packaging.",
        ),
        (
            "f",
            "[[Over 10,000 soap makers]] buy it every year.",
            "social_proof",
            "A crowd claim with nothing behind it in the listing.",
        ),
    ],
    "T08": [
        (
            "d",
            "It suits [[bearded dragons and other large lizards]].",
            "compatibility",
            "The listing says it is not for large lizards.",
        ),
        ("s", "A gecko cave of [[natural slate]].", "material", "The cave is resin."),
        (
            "o",
            "Medium hide cave in [[moss green]] for geckos, 22 x 15 x 9 cm.",
            "colour",
            "The listing gives a sandstone colour.",
        ),
        (
            "f",
            "[[Scrub it with dish soap]] once a week.",
            "care",
            "The listing says warm water and no soap.",
        ),
        ("d", "It stands [[15 cm tall]].", "number", "15 cm is its width; it is 9 cm tall."),
        ("f", "The cave [[has a built-in heat mat]].", "feature", "The listing names no heating."),
        (
            "d",
            "[[Hand-sculpted in Bali]], it looks like real stone.",
            "origin",
            "The listing gives no origin.",
        ),
    ],
    "T09": [
        (
            "d",
            "It comes with [[32 checkers]] and a doubling cube.",
            "number",
            "The set has 30 checkers.",
        ),
        ("s", "Walnut backgammon set, [[$99]].", "price", "The set costs $129."),
        (
            "o",
            "Folding backgammon board with [[rosewood]] points.",
            "material",
            "The points are walnut and maple.",
        ),
        (
            "f",
            "[[Dice cups and a travel bag are included]].",
            "feature",
            "The listing names neither.",
        ),
        (
            "d",
            "Closed, it stands [[15 in tall]].",
            "number",
            "15 in is its width when closed; it is 2.5 in high.",
        ),
        (
            "f",
            "It is [[approved by the World Backgammon Federation]] for tournaments.",
            "certification",
            "No approval is named in the listing.",
        ),
        (
            "d",
            "Each board comes with [[a 25-year warranty]].",
            "warranty",
            "The listing gives no warranty.",
        ),
    ],
    "T10": [
        ("d", "It has a [[stainless steel]] spigot.", "material", "The spigot is plastic."),
        ("s", "Glass kombucha jar, [[2 gallon]].", "size", "Only the 1 gallon jar is sold."),
        (
            "o",
            "1 gallon kombucha jar [[with a live SCOBY included]].",
            "feature",
            "The listing says the SCOBY is not included.",
        ),
        ("f", "It is fine [[in the dishwasher]].", "care", "The listing says hand wash only."),
        (
            "d",
            "[[Kombucha brewed in it lowers cholesterol]].",
            "health",
            "A health claim the listing never makes.",
        ),
        (
            "f",
            "It [[ships next day]] from our warehouse.",
            "shipping",
            "The listing gives no shipping terms.",
        ),
        (
            "d",
            "It is also [[perfect for fermenting hot sauce]].",
            "compatibility!w",
            "A use outside what the listing names.",
        ),
    ],
    "T11": [
        ("d", "It is [[hand-forged in Mostar]].", "origin", "The listing says Sarajevo."),
        ("s", "Bakarna džezva [[za šest šoljica]].", "number", "It makes three cups."),
        (
            "o",
            "Džezva od [[mesinga]], ručno kovana u Sarajevu.",
            "material",
            "The džezva is copper lined with tin, not brass.",
        ),
        ("f", "It [[can go in the dishwasher]].", "care", "The listing says hand wash only."),
        (
            "d",
            "It works [[on induction hobs]].",
            "compatibility!w",
            "A hob type not named in the listing.",
        ),
        (
            "f",
            "Each one is made by [[a UNESCO-listed master]].",
            "certification",
            "The listing names no such recognition.",
        ),
    ],
    "T12": [
        ("d", "It holds [[1.5 litres]].", "number", "The carafe holds 1 litre."),
        (
            "s",
            "Karaff aus [[Bläikristall]], 1 Liter.",
            "material",
            "The listing gives crystal glass, not lead crystal.",
        ),
        (
            "o",
            "Riesling-Karaff, [[gratis Liwwerung]] a ganz Lëtzebuerg.",
            "shipping",
            "The listing gives no delivery terms.",
        ),
        ("f", "It is [[blown in Murano]].", "origin", "It is mouth-blown in Wormeldange."),
        (
            "d",
            "[[Sommeliers across Europe]] pour from it.",
            "social_proof",
            "An endorsement with no support in the listing.",
        ),
        (
            "f",
            "It is [[made by Riedel]].",
            "brand",
            "Names another maker; the vendor is Musel Glas.",
        ),
    ],
    "T13": [
        ("d", "The pack holds [[five kites]].", "number", "The pack holds three kites."),
        (
            "s",
            "[[नायलॉनचे]] तीन पतंग, अहमदाबादमध्ये बनवलेले.",
            "material",
            "The kites are paper on bamboo.",
        ),
        (
            "o",
            "तीन लढाईचे पतंग, [[मांजासह]].",
            "feature",
            "The listing says the string (manja) is not included.",
        ),
        ("f", "They are [[made in Jaipur]].", "origin", "They are handmade in Ahmedabad."),
        (
            "d",
            "Each kite is [[tear-proof in any wind]].",
            "absolute",
            "An absolute with no support in the listing.",
        ),
        (
            "f",
            "This is [[a kite-making kit]] to put together at home.",
            "category",
            "The listing sells three finished kites.",
        ),
    ],
    "T14": [
        ("d", "It is [[silk]] dyed with indigo.", "material", "The cloth is cotton."),
        ("s", "Aṣọ àdìrẹ [[yards márùn-ún]].", "size", "Only a two-yard length is sold."),
        ("o", "Aṣọ àdìrẹ [[pupa]] láti Abẹ́òkúta.", "colour", "The cloth is indigo, not red."),
        ("f", "[[Wash it hot]] to set the colour.", "care", "The listing says cold water."),
        (
            "d",
            "It comes from [[a zero-waste dye workshop]].",
            "environmental",
            "The listing makes no environmental claim.",
        ),
        ("f", "It is [[woven and dyed in Ibadan]].", "origin", "It is made in Abeokuta."),
    ],
    "T15": [
        ("d", "The set has [[eight bowls]].", "number", "The set has six bowls."),
        (
            "s",
            "Шаш пиёлаи [[чинӣ]] барои чой.",
            "material",
            "The bowls are ceramic, not porcelain.",
        ),
        (
            "o",
            "Шаш пиёла, [[дар мошини зарфшӯӣ шустан мумкин аст]].",
            "care",
            "The listing rules out the dishwasher.",
        ),
        (
            "f",
            "They come [[with a matching teapot]].",
            "feature",
            "The listing sells the bowls alone.",
        ),
        ("d", "They are [[hand-painted in Samarkand]].", "origin", "They are made in Istaravshan."),
        (
            "f",
            "[[The glaze is safe for small children]].",
            "health",
            "A safety claim the listing never makes.",
        ),
    ],
    "T16": [
        ("d", "It is [[tanned in Tórshavn]].", "origin", "It is tanned in Klaksvík."),
        ("s", "[[Svartur]] gólvfeldur úr seyðaskinni.", "colour", "The rug is light grey."),
        (
            "o",
            "Gólvfeldur úr seyðaskinni, [[vaskast í maskinu]].",
            "care",
            "The listing says not to machine wash it.",
        ),
        ("f", "It measures [[180 x 120 cm]].", "number", "The listing gives no size."),
        (
            "d",
            "Sitting on sheepskin [[eases back pain]].",
            "health",
            "A health claim the listing never makes.",
        ),
        (
            "f",
            "It is [[the warmest rug in the Nordic countries]].",
            "absolute",
            "A superlative that cannot be checked.",
        ),
    ],
    "T17": [
        (
            "d",
            "They come with clear, smoke or [[mirrored blue]] lenses.",
            "colour",
            "Only clear and smoke lenses are sold.",
        ),
        ("s", "Anti-fog goggles, [[$12]].", "price", "They cost $16 (clear) or $18 (smoke)."),
        (
            "o",
            "Anti-fog swim goggles with [[prescription lenses]].",
            "feature",
            "The listing names no prescription lenses.",
        ),
        (
            "f",
            "[[Wipe the inside of the lenses]] with a cloth after each swim.",
            "care",
            "The listing says not to rub the inside of the lenses.",
        ),
        (
            "d",
            "They are [[made by Speedo]].",
            "brand",
            "Names another maker; the vendor is Laneline.",
        ),
        (
            "f",
            "They are [[recommended by Olympic swimmers]].",
            "social_proof",
            "An endorsement with no support in the listing.",
        ),
    ],
    "T18": [
        (
            "d",
            "Made of [[bamboo]], it turns on a ball-bearing axle.",
            "material",
            "The wheel is ABS plastic.",
        ),
        (
            "s",
            "A wheel for Syrian hamsters [[and rats]].",
            "compatibility",
            "The listing says it is too small for rats.",
        ),
        (
            "o",
            "Hamster wheel, [[28 cm]] across, with a ball-bearing axle.",
            "size",
            "Only the 21 cm wheel is sold.",
        ),
        (
            "f",
            "[[Free delivery on orders over £10]].",
            "shipping",
            "The listing gives no delivery terms.",
        ),
        (
            "d",
            "It [[prevents obesity and diabetes]] in hamsters.",
            "health",
            "A health claim the listing never makes.",
        ),
        ("f", "It comes in [[pink and mint]].", "colour!w", "The listing names no colour."),
    ],
    "T19": [
        (
            "d",
            "It is [[safe in every vintage pen]].",
            "compatibility",
            "The listing says it is not for vintage pens with steel nibs.",
        ),
        ("s", "Iron gall ink in a [[100 ml]] bottle.", "size", "Only the 50 ml bottle is sold."),
        (
            "o",
            "Blue-black iron gall ink, [[bottled in Edinburgh]].",
            "origin",
            "It is bottled in Bath, England.",
        ),
        (
            "f",
            "It [[never needs flushing]].",
            "care",
            "The listing says to flush the pen every few weeks.",
        ),
        (
            "d",
            "It comes in [[a bottle of 100% recycled glass]].",
            "environmental",
            "The listing makes no claim about the bottle.",
        ),
        (
            "f",
            "It is [[the most waterproof ink you can buy]].",
            "absolute",
            "A superlative that cannot be checked.",
        ),
    ],
    "T20": [
        ("d", "It is cut from [[sandalwood]].", "material", "The comb is pear wood."),
        ("s", "A [[9 in]] pear wood comb.", "number", "The comb is 7 in long."),
        (
            "o",
            "Pear wood comb that [[stops hair loss]].",
            "health",
            "A health claim the listing never makes.",
        ),
        (
            "f",
            "[[Soak it in water]] to clean it.",
            "care",
            "The listing says to keep it out of water for long.",
        ),
        ("d", "Each comb is [[hand-carved in Vermont]].", "origin", "The listing gives no origin."),
        (
            "f",
            "It is [[made by Kent of London]].",
            "brand",
            "Names another maker; the vendor is Grainline Goods.",
        ),
    ],
    "T21": [
        ("d", "Each pack holds [[six balls]].", "number", "A pack holds three."),
        (
            "s",
            "[[Single yellow dot]] squash balls, three a pack.",
            "feature",
            "The balls are double yellow dot.",
        ),
        (
            "o",
            "Double yellow dot balls [[approved by World Squash]].",
            "certification",
            "No approval is named in the listing.",
        ),
        (
            "f",
            "Each ball is [[guaranteed for 12 months]].",
            "warranty",
            "The listing gives no guarantee.",
        ),
        ("d", "They are [[made in Malaysia]].", "origin", "The listing gives no origin."),
        (
            "f",
            "[[Players at every club in Australia]] use them.",
            "social_proof",
            "A crowd claim with nothing behind it in the listing.",
        ),
    ],
    "T22": [
        ("d", "It holds up to [[200 kg]].", "number", "The limit is 150 kg."),
        (
            "s",
            "Hammock with straps [[and a bug net]], C$59.",
            "feature",
            "The listing says the bug net is sold separately.",
        ),
        (
            "o",
            "Camping hammock in Forest, Slate or [[Sunset Orange]].",
            "colour",
            "Only Forest and Slate are sold.",
        ),
        ("f", "It is [[140 cm long]].", "number", "140 cm is its width; it is 290 cm long."),
        ("d", "The fabric is [[parachute silk]].", "material", "The fabric is ripstop nylon."),
        (
            "f",
            "[[A 10-year warranty]] covers the straps.",
            "warranty",
            "The listing gives no warranty.",
        ),
    ],
    "T23": [
        ("d", "The pack holds [[100 pots]].", "number", "The pack holds 50."),
        ("s", "3 in net pots in [[white]], 50 a pack.", "colour", "The pots are black."),
        (
            "o",
            "Net pots made from [[recycled ocean plastic]].",
            "environmental",
            "The listing gives polypropylene and no recycled content.",
        ),
        ("f", "They are [[made in Canada]].", "origin", "The listing gives no origin."),
        (
            "d",
            "They [[fit any aquaponics tower]].",
            "compatibility!w",
            "A system not named in the listing.",
        ),
        (
            "f",
            "They are [[NSF certified]] for food crops.",
            "certification",
            "No certification is given.",
        ),
    ],
    "T24": [
        ("d", "The roller is [[hard acrylic]].", "material", "The roller is soft rubber."),
        ("s", "A [[6 in]] soft rubber brayer.", "size", "Only the 4 in brayer is sold."),
        (
            "o",
            "Soft rubber brayer [[for water-based inks only]].",
            "compatibility",
            "The listing says it works with water-based and oil-based inks.",
        ),
        ("f", "[[Clean it with white spirit]].", "care", "The listing says never to use solvents."),
        (
            "d",
            "It is [[made by Speedball]].",
            "brand",
            "Names another maker; the vendor is Inkroller.",
        ),
        (
            "f",
            "It [[comes with a set of lino cutters]].",
            "feature",
            "The listing sells the brayer alone.",
        ),
    ],
    "T25": [
        ("d", "The post stands [[90 cm]] tall.", "number", "It is 70 cm tall."),
        (
            "s",
            "Sisal post [[with a hanging toy and a top perch]].",
            "feature",
            "The listing names neither.",
        ),
        (
            "o",
            "70 cm scratching post [[made in Auckland]].",
            "origin",
            "It is made in Christchurch.",
        ),
        (
            "f",
            "It [[arrives fully assembled]].",
            "feature",
            "The listing says some assembly is needed.",
        ),
        ("d", "It is wrapped in [[jute]] rope.", "material", "The rope is sisal."),
        (
            "f",
            "[[Vets recommend it]] for every indoor cat.",
            "social_proof",
            "An endorsement with no support in the listing.",
        ),
    ],
    "T26": [
        ("d", "We engrave up to [[40 letters]].", "number", "The service covers up to 20 letters."),
        ("s", "Hand engraving by post, [[returned free]].", "shipping", "Return postage is £4.50."),
        (
            "o",
            "Engraving by post, [[back in 2 working days]].",
            "shipping",
            "The listing says 7 to 10 working days.",
        ),
        (
            "f",
            "We [[also engrave gold-plated pieces]].",
            "compatibility",
            "The listing says no plated pieces.",
        ),
        ("d", "Every piece is [[laser engraved]].", "feature", "The listing says hand engraved."),
        (
            "f",
            "[[Your piece is insured up to £5,000]] in the post.",
            "warranty",
            "The listing gives no insurance cover.",
        ),
    ],
    "T27": [
        (
            "d",
            "They are [[600 thread count]] cotton.",
            "number",
            "The listing gives no thread count.",
        ),
        (
            "s",
            "Cotton pillowcases in [[sage green]], a pair.",
            "colour!w",
            "The listing names no colour.",
        ),
        (
            "o",
            "A pair of [[organic]] cotton pillowcases.",
            "certification",
            "Organic appears nowhere in the listing.",
        ),
        ("f", "They are [[made in Portugal]].", "origin", "The listing gives no origin."),
        (
            "d",
            "They are a [[cotton and bamboo blend]].",
            "material",
            "The listing says cotton alone.",
        ),
        ("f", "They [[help stop acne]].", "health", "A health claim the listing never makes."),
    ],
    "T28": [
        ("d", "It holds [[300 ml]] of water.", "number", "The listing gives no capacity."),
        (
            "s",
            "Glass mister with a [[brass pump]].",
            "material",
            "The listing names no pump material.",
        ),
        ("o", "Glass plant mister in [[amber]].", "colour!w", "The listing names no colour."),
        (
            "f",
            "It is [[a battery-powered plant humidifier]].",
            "category",
            "The listing sells a hand mister.",
        ),
        ("d", "It is [[handblown in Bohemia]].", "origin", "The listing gives no origin."),
        (
            "f",
            "It gives [[the finest mist of any sprayer]].",
            "absolute",
            "A superlative that cannot be checked.",
        ),
    ],
    "T29": [
        (
            "d",
            "The set [[also includes a sushi knife]].",
            "category",
            "The group holds a mat, a paddle and a tub; no knife.",
        ),
        (
            "s",
            "Mat, paddle and tub, [[$35 for all three]].",
            "price",
            "The three items cost $44 together.",
        ),
        ("o", "Sushi set with a [[40 cm]] cedar rice tub.", "size", "The tub is 30 cm."),
        (
            "f",
            "The mat [[can go in the dishwasher]].",
            "care",
            "The listing gives no such care; it says to dry the mat fully.",
        ),
        ("d", "The tub is [[hinoki]] cypress.", "material", "The tub is cedar."),
        ("f", "Every piece is [[made in Japan]].", "origin", "The listing gives no origin."),
    ],
    "T30": [
        ("d", "It seats [[six people]].", "number", "The sauna seats four."),
        (
            "s",
            "Cedar sauna for four, [[heater included]].",
            "feature",
            "The listing says the heater is sold separately.",
        ),
        (
            "o",
            "Barrel sauna for four, [[delivered in one week]].",
            "shipping",
            "Delivery takes 3 to 5 weeks.",
        ),
        (
            "f",
            "Steamgrove gives [[a 15-year warranty]] on the shell.",
            "warranty",
            "The warranty is 5 years.",
        ),
        (
            "d",
            "Sauna sessions [[cure insomnia]].",
            "health",
            "A health claim the listing never makes.",
        ),
        (
            "f",
            "The cedar comes [[from carbon-neutral forests]].",
            "environmental",
            "The listing makes no environmental claim.",
        ),
    ],
}


def _html(sentences: list[str]) -> str:
    return "<p>" + html.escape(" ".join(sentences), quote=False) + "</p>"


def _serialise(kind: str, sentences: list[str], key: str, question: str = GENERAL_Q) -> str:
    if kind in ("description", "short_description"):
        return _html(sentences)
    if kind == "seo":
        return json.dumps(
            {"title": _seo_title(key), "description": " ".join(sentences)}, ensure_ascii=False
        )
    return json.dumps([{"question": question, "answer": " ".join(sentences)}], ensure_ascii=False)


def _seo_title(key: str) -> str:
    with open(os.path.join(HERE, "listings.json"), encoding="utf-8") as f:
        lst = json.load(f)[key]
    return f"{lst['title']} | {lst['vendor']}" if lst.get("vendor") else lst["title"]


def _strip_marks(marked: str) -> tuple[str, str]:
    """The sentence without its marks, and the marked claim."""
    start, end = marked.index("[["), marked.index("]]")
    return marked.replace("[[", "").replace("]]", ""), marked[start + 2 : end]


def _locate(kind: str, text: str, claim: str) -> int:
    """Offset of the claim in the stored text; it must survive escaping and occur once."""
    assert html.escape(claim, quote=False) == claim, claim
    assert json.dumps(claim, ensure_ascii=False) == f'"{claim}"', claim
    assert text.count(claim) == 1, (kind, claim, text)
    return text.index(claim)


def build() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    clean: list[dict[str, Any]] = []
    faulty: list[dict[str, Any]] = []
    for key, (desc, pad, short, seo, question, answer) in H.items():
        for kind, text in (
            ("description", _serialise("description", desc + [pad], key)),
            ("short_description", _serialise("short_description", [short], key)),
            ("seo", _serialise("seo", [seo], key)),
            ("faq", _serialise("faq", [answer], key, question)),
            ("faq", _serialise("faq", [pad], key)),
        ):
            clean.append({"listing": key, "kind": kind, "text": text, "labels": []})
    for key, rows in R.items():
        pad = H[key][1]
        for letter, marked, family, why in rows:
            kind = KIND[letter]
            sentence, claim = _strip_marks(marked)
            sentences = [sentence, pad] if kind == "description" else [sentence]
            text = _serialise(kind, sentences, key)
            start = _locate(kind, text, claim)
            name = family.removesuffix("!w")
            warn = family.endswith("!w") or name in WARN
            rule = ("compliance." if name in COMPLIANCE else "accuracy.") + name
            label = {
                "rule": rule,
                "start": start,
                "end": start + len(claim),
                "claim": claim,
                "severity": "warn" if warn else "block",
                "why": why,
            }
            faulty.append({"listing": key, "kind": kind, "text": text, "labels": [label]})
    return clean, faulty
