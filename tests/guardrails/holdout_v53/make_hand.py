"""Hand-written drafts of guardrails holdout set v53: clean copy and copy with one planted claim.

Claims are marked [[...]] in the faulty sentences; `build()` strips the marks, serialises each
draft as the kind stores it and returns (clean, faulty) rows with exact label offsets.
"""

import html
import json
from typing import Any

import make_listings

HERE = make_listings.HERE
LISTINGS = make_listings.LISTINGS
KINDS = {"d": "description", "s": "short_description", "o": "seo", "q": "faq"}
GENERAL_Q = "Anything else worth knowing first?"
B = "block"
W = "warn"

# One true sentence a listing: in every clean and faulty description, and the general FAQ answer.
PAD = {
    "T01": "Scrape it clean while the wax is still warm, then wipe and dry it.",
    "T02": "Rub the beech with beeswax from time to time and keep it dry.",
    "T03": "It runs on a single CR2032 battery, which comes in the box.",
    "T04": "Hand wash it in cold water and hang it up to dry.",
    "T05": "Store it in its tube when it is not in use, since it is glass.",
    "T06": "It ships deflated, and a pump is not included.",
    "T07": "A hole in the handle lets you hang it on a hook.",
    "T08": "The set comes in a twin-zip carry bag.",
    "T09": "Three dice and a vinyl carry case come with the set.",
    "T10": "Patch test it first, and keep it away from your eyes.",
    "T11": "Rinse it with cold water after the sauna and let it dry.",
    "T12": "It must be dry-cleaned; do not machine wash it.",
    "T13": "Wash it at 40 °C and do not use bleach.",
    "T14": "Rinse it in clean water after each use and let it dry.",
    "T15": "Apply it in thin layers and cork in between each one.",
    "T16": "Wash it by hand; it does not go in the dishwasher.",
    "T17": "Bearings are not included.",
    "T18": "The rubbers are ITTF-approved, so you can play club matches with it.",
    "T19": "A heel lift bar flips up for climbs.",
    "T20": "It is safe for coated lenses and filters.",
    "T21": "Wash it in warm soapy water between sowings.",
    "T22": "Choose speed 76 for hot halls and speed 77 for mild ones.",
    "T23": "It makes one click sound at one volume.",
    "T24": "A poster of the picture comes in the box.",
    "T25": "It is USA Pickleball approved for tournament play.",
    "T26": "Return postage within the UK is £8.",
    "T27": "It is made of cotton twill.",
    "T28": "It is a brass fitting with a 1/2 in thread.",
    "T29": "Each of the three tools is sold on its own.",
    "T30": "Tundra Spas, our partner, sells and ships it; you check out on their site.",
}

# key -> d: sentences before the pad and after it; s: short; o: SEO description; q: (question,
# answer). All true.
CLEAN: dict[str, dict[str, Any]] = {
    "T01": {
        "d": (
            [
                "This hive tool is 10 inches long, about 25 cm, with a J-hook at one end.",
                "The flat blade pries boxes apart and scrapes off burr comb and propolis.",
            ],
            ["It is forged from carbon steel in Asheville, NC."],
        ),
        "s": "A carbon steel hive tool that weighs 6 oz, roughly 170 g, for $18.",
        "o": "A J-hook hive tool from North Carolina: lift frames one by one and scrape propolis.",
        "q": (
            "Is the handle easy to find if I drop it?",
            "Yes. The handle section is painted red so it stands out in the grass.",
        ),
    },
    "T02": {
        "d": (
            [
                "The stitching pony holds leather in its jaws while you sew with two needles.",
                "Its 20 cm jaws, about 7.9 in, are lined with cork so the leather stays unmarked.",
            ],
            ["It was made in Walsall, in the West Midlands of England."],
        ),
        "s": "A beech stitching pony, 60 cm tall and 1.8 kg (about 4 lb), for £46.",
        "o": "Beech stitching pony with cork-lined jaws and a brass wing nut, made in England.",
        "q": (
            "Can I fix it to my workbench?",
            "No. There is no table clamp; you sit with it held between your knees.",
        ),
    },
    "T03": {
        "d": (
            [
                "This finder puts a red dot on a clear window so you can aim your telescope.",
                "It fits a Vixen-style finder shoe and weighs 65 g, about 2.3 oz.",
            ],
            ["There are seven brightness settings."],
        ),
        "s": "A red dot finder with seven brightness steps, C$39, battery included.",
        "o": "Red dot finder for Vixen-style shoes; no magnification, just a dot to aim by.",
        "q": ("Is the battery extra?", "No. One CR2032 cell is included."),
    },
    "T04": {
        "d": (
            [
                "A cylinder chalk bag with a soft fleece lining and a drawcord to close it.",
                "The 2 cm belt fits waists from 70 to 110 cm, roughly 28 to 43 in.",
            ],
            ["It was sewn in Galway, Ireland."],
        ),
        "s": "Chalk bag in Moss or Slate, €24, with a 14 cm opening.",
        "o": "Climbing chalk bag with belt and brush loop, sewn in Galway. Two colours.",
        "q": (
            "Is a brush included?",
            "No. There is a loop for one, but the brush is sold separately.",
        ),
    },
    "T05": {
        "d": (
            [
                "This hydrometer reads specific gravity from 0.990 to 1.170.",
                "It is calibrated at 20 °C, which is 68 °F.",
            ],
            ["The tube doubles as a trial jar."],
        ),
        "s": "A 25 cm glass hydrometer with SG, potential alcohol and Brix scales, NZ$22.",
        "o": "Triple scale hydrometer for beer and wine: SG, alcohol and Brix in one.",
        "q": ("Does it read Brix?", "Yes, from 0 to 35 on its own scale."),
    },
    "T06": {
        "d": (
            [
                "A hand-stitched ball with a pimpled synthetic rubber cover for a sure grip.",
                "Size 5 suits players from 15 upward; size 4 is for ages 10 to 14.",
            ],
            ["A four-ply lining of polyester and cotton sits under the four panels."],
        ),
        "s": "Rugby ball from R499 (size 4) to R549 (size 5).",
        "o": "Hand-stitched rugby ball in sizes 4 and 5, with a latex bladder.",
        "q": ("How heavy is the size 5 ball?", "About 440 g, a little under a pound."),
    },
    "T07": {
        "d": (
            [
                "This hoof pick has a stiff nylon brush on the back of its handle.",
                "The pick is nickel-plated steel, and the whole tool is 17 cm long, about 6.7 in.",
            ],
            ["Choose navy, burgundy or teal."],
        ),
        "s": "Hoof pick and brush in one, £7.50, in three colours.",
        "o": "Hoof pick with a nylon brush and a polypropylene handle, in navy, burgundy or teal.",
        "q": ("Does the brush come off?", "No. The brush is fixed to the handle."),
    },
    "T08": {
        "d": (
            [
                "Four composition bowls with a medium bias and a dimple grip.",
                "Sizes 3 to 5 run from 12.5 to 13 cm across, roughly 4.9 to 5.1 in.",
            ],
            ["They carry a World Bowls stamp valid to 2036."],
        ),
        "s": "A set of four bowls, A$399 in sizes 3 and 4, A$419 in size 5.",
        "o": "Lawn bowls, set of four, medium bias, in black or brown.",
        "q": (
            "Are they legal for competition?",
            "They are stamped by World Bowls, and the stamp runs until 2036.",
        ),
    },
    "T09": {
        "d": (
            [
                "A Singapore-style set with 148 tiles, four of them animal tiles.",
                "Each tile measures 38 x 28 x 20 mm, about 1.5 x 1.1 x 0.8 in.",
            ],
            ["The tiles are melamine."],
        ),
        "s": "Singapore mahjong, 148 melamine tiles, S$128.",
        "o": "Singapore-style mahjong set, 148 tiles with animal tiles, dice and case.",
        "q": ("How heavy is it?", "The set weighs 3.2 kg, about 7 lb."),
    },
    "T10": {
        "d": (
            [
                "This beard oil blends jojoba and argan oils.",
                "Cedarwood and bergamot essential oils scent it, and a few drops a day soften "
                "the beard.",
            ],
            ["It is vegan and cruelty-free."],
        ),
        "s": "Cedar and bergamot beard oil, 30 ml (about 1 fl oz), KSh 1,800.",
        "o": "Vegan beard oil with jojoba and argan, in an amber glass dropper bottle.",
        "q": ("Is it tested on animals?", "No. It is not tested on animals, and it is vegan."),
    },
    "T11": {
        "d": (
            [
                "A pine sauna bucket with a plastic liner that holds 4 litres.",
                "The ladle is 40 cm long, close to 16 in.",
            ],
            ["It is made in Dalarna, Sweden."],
        ),
        "s": "Bastuhink i furu, 4 liter, med skopa – 695 kr.",
        "o": "Bastuhink med plastinsats och en 40 cm lång skopa, tillverkad i Dalarna.",
        "q": (
            "Can I pour boiling water into it?",
            "No. Do not pour boiling water into the bucket.",
        ),
    },
    "T12": {
        "d": (
            [
                "This rug is woven by hand on a loom from pure sheep's wool.",
                "It measures 120 x 180 cm, about 3 ft 11 in by 5 ft 11 in.",
            ],
            ["It was woven in Maramureș, in northern Romania."],
        ),
        "s": "Covor din lână 100 %, țesut la război, 890 lei.",
        "o": "Covor țesut manual în Maramureș, roșu cu negru sau natural, 120 x 180 cm.",
        "q": ("Which colours are there?", "Two: red with black, and natural."),
    },
    "T13": {
        "d": (
            [
                "A fringed peshtemal towel woven on a hand loom from 100 % cotton.",
                "It measures 90 x 180 cm, close to 35 x 71 in.",
            ],
            ["It is woven in Denizli, Türkiye."],
        ),
        "s": "%100 pamuk peştamal, 90 x 180 cm, 349 TL.",
        "o": "Denizli'de el tezgâhında dokunmuş peştamal; lacivert, hardal ve gri.",
        "q": ("How heavy is it?", "About 300 g, a little over 10 oz."),
    },
    "T14": {
        "d": (
            [
                "A natural bath sponge from Kalymnos, cleaned by hand.",
                "The small size is 10 to 12 cm across, about 4 to 4.7 in.",
            ],
            ["It has not been bleached."],
        ),
        "s": "Φυσικό σφουγγάρι από την Κάλυμνο, από 18 €.",
        "o": "Σφουγγάρι Καλύμνου σε δύο μεγέθη, μικρό και μεσαίο, χωρίς λεύκανση.",
        "q": ("How much is the medium size?", "€24 for the medium, 13 to 15 cm."),
    },
    "T15": {
        "d": (
            [
                "Blue grip wax for classic cross-country skiing.",
                "It works on snow from -2 to -10 °C, roughly 28 to 14 °F.",
            ],
            ["It is fluorine-free and made in Lillehammer, Norway."],
        ),
        "s": "Blå festevoks, 45 g, fluorfri – 129 kr.",
        "o": "Festevoks for klassisk langrenn, -2 til -10 °C, laget i Lillehammer.",
        "q": ("How much wax is in the tin?", "45 g, about 1.6 oz."),
    },
    "T16": {
        "d": (
            [
                "A ravioli stamp with a brass blade and a beech handle.",
                "It cuts and seals 5 cm ravioli, about 2 in, in one press.",
            ],
            ["It is made by hand in Bologna, Italy."],
        ),
        "s": "Timbro per ravioli da 5 cm, quadrato o tondo, € 16,50.",
        "o": "Timbro per ravioli in ottone e faggio, fatto a mano a Bologna.",
        "q": ("What shapes can I get?", "Square or round."),
    },
    "T17": {
        "d": (
            [
                "A set of four 53 mm urethane wheels, just over 2 in across.",
                "At 99A they are hard wheels, made for street and park.",
            ],
            ["They are poured in California."],
        ),
        "s": "Four 53 mm 99A wheels in white or black, $38 the set.",
        "o": "53 mm 99A street skateboard wheels, set of 4, poured in the USA.",
        "q": ("Do they come with bearings?", "No, bearings are not included."),
    },
    "T18": {
        "d": (
            [
                "A five-ply wooden blade with pimples-in rubber on both faces.",
                "The sponge is 1.8 mm thick, with red rubber on one side and black on the other.",
            ],
            ["It has a flared handle."],
        ),
        "s": "All-round bat, £29, weighing 170 g (about 6 oz).",
        "o": "All-round table tennis bat with ITTF-approved rubbers and a flared handle.",
        "q": ("Are both sides the same colour?", "No. One side is red and the other black."),
    },
    "T19": {
        "d": (
            [
                "Aluminium-frame snowshoes with plastic decking and steel crampons.",
                "The 25 in size takes up to 200 lb, about 90 kg.",
            ],
            ["Ratchet bindings hold your boots."],
        ),
        "s": "Trail snowshoes from C$159 for 21 in to C$199 for 30 in.",
        "o": "Trail snowshoes in 21, 25 and 30 in, with ratchet bindings and a heel lift.",
        "q": ("Which size for 240 lb?", "The 30 in size, which takes loads up to 250 lb."),
    },
    "T20": {
        "d": (
            [
                "A rubber blower, a lens pen and five microfibre cloths in one kit.",
                "The 30 ml bottle of fluid, about 1 fl oz, is alcohol-free.",
            ],
            ["Do not use it on camera sensors."],
        ),
        "s": "Lens cleaning kit, £19: blower, lens pen, fluid and five cloths.",
        "o": "Lens cleaning kit with alcohol-free fluid, for coated lenses and filters.",
        "q": ("Does it contain alcohol?", "No. The cleaning fluid is alcohol-free."),
    },
    "T21": {
        "d": (
            [
                "A 24-cell seed tray with a clear vented dome and a drip base.",
                "Each cell is 5 cm deep, about 2 in.",
            ],
            ["It is made in Melbourne from recycled polypropylene."],
        ),
        "s": "Seed raising tray, 24 cells, A$14.95, reusable.",
        "o": "24-cell seed tray with a vented dome, made in Australia from recycled plastic.",
        "q": ("How big is it?", "37 x 22 x 14 cm, roughly 14.6 x 8.7 x 5.5 in."),
    },
    "T22": {
        "d": (
            [
                "Duck feather shuttlecocks with cork bases.",
                "A tube holds a dozen.",
            ],
            ["They are assembled in Jalandhar, Punjab."],
        ),
        "s": "Feather shuttles, tube of 12, Rs 1,250.",
        "o": "Duck feather shuttlecocks with cork base, speed 76 or 77, from Punjab.",
        "q": ("Which speed for a hot hall?", "Speed 76."),
    },
    "T23": {
        "d": (
            [
                "A box clicker with a raised button and an elastic wrist coil.",
                "It is 6 x 3.5 cm, about 2.4 x 1.4 in.",
            ],
            ["Pick red, blue, green or black."],
        ),
        "s": "Dog training clicker, $6, in four colours.",
        "o": "Box clicker for dog training with an aluminium sounding plate and wrist coil.",
        "q": ("How much does it weigh?", "About 20 g, well under an ounce."),
    },
    "T24": {
        "d": (
            [
                "A 1000-piece jigsaw of a harbour at dusk.",
                "Finished, it measures 68 x 48 cm, about 27 x 19 in.",
            ],
            ["It is made in the UK on recycled board."],
        ),
        "s": "A 1000-piece jigsaw for ages 12 and up, £21.",
        "o": "Harbour at Dusk jigsaw, 1000 random-cut pieces, made in Britain.",
        "q": ("How are the pieces cut?", "In random shapes."),
    },
    "T25": {
        "d": (
            [
                "A paddle with a raw carbon fibre face over a honeycomb core.",
                "The core is 16 mm thick, about 0.6 in.",
            ],
            ["It weighs about 8 oz, roughly 227 g."],
        ),
        "s": "Carbon face paddle, $89, with a black or orange edge guard.",
        "o": "Carbon face pickleball paddle with a 16 mm polypropylene core.",
        "q": ("How thick is the grip?", "It is 4.25 in around, about 10.8 cm."),
    },
    "T26": {
        "d": (
            [
                "Post us your Goodyear-welted shoes for new oak-bark tanned leather soles.",
                "We turn them round in three weeks from the day they reach us.",
            ],
            ["Our work is guaranteed for six months."],
        ),
        "s": "Resoling by post from £80 with a rubber top piece, £85 with a leather heel.",
        "o": "Leather resoling by post for Goodyear-welted shoes, three-week turnaround.",
        "q": (
            "Can you resole my Blake-stitched loafers?",
            "No. We do not resole glued or Blake-stitched shoes.",
        ),
    },
    "T27": {
        "d": (["A cotton apron."], ["It sells for $22."]),
        "s": "Cotton twill apron, $22.",
        "o": "Cotton twill apron.",
        "q": ("What is it made of?", "Cotton twill."),
    },
    "T28": {
        "d": (["A hose connector from Hosewell."], ["It costs €6.50."]),
        "s": "Brass hose connector, 1/2 in, €6.50.",
        "o": "Brass 1/2 in hose connector by Hosewell.",
        "q": ("What thread does it have?", "1/2 in."),
    },
    "T29": {
        "d": (
            [
                "A Boston shaker, a double jigger and a Hawthorne strainer, all stainless steel.",
                "The shaker holds 28 oz, about 830 ml.",
            ],
            ["Bought together, the three come to $60."],
        ),
        "s": "Shaker $34, jigger $12, strainer $14.",
        "o": "Cocktail bar tools: Boston shaker, double jigger and Hawthorne strainer.",
        "q": ("What does the jigger measure?", "1 oz on one side and 2 oz on the other."),
    },
    "T30": {
        "d": (
            [
                "An inflatable hot tub that seats up to four.",
                "It holds 800 litres, about 211 US gallons, and heats to 40 °C (104 °F).",
            ],
            ["A cover and a pump are included."],
        ),
        "s": "Inflatable hot tub for four, C$899, from our partner Tundra Spas.",
        "o": "Four-person inflatable hot tub, 800 L, heats to 40 °C; sold by Tundra Spas.",
        "q": ("How long is delivery?", "Tundra Spas delivers in 5 to 10 business days."),
    },
}

# (key, kind, sentence with the claim in [[...]], rule, severity, why)
FAULTY = [
    # T01 hive tool
    (
        "T01",
        "d",
        "The [[12-inch]] tool lifts frames out one at a time.",
        "accuracy.number",
        B,
        "the tool is 10 in long",
    ),
    (
        "T01",
        "d",
        "Made of [[stainless steel]], it scrapes propolis from frames.",
        "accuracy.material",
        B,
        "carbon steel",
    ),
    (
        "T01",
        "s",
        "[[Hand-forged in Vermont]], this hive tool has a J-hook for lifting frames.",
        "accuracy.origin",
        B,
        "made in Asheville, North Carolina",
    ),
    (
        "T01",
        "s",
        "The J-hook tool [[fits Langstroth and top-bar hives alike]].",
        "accuracy.compatibility",
        B,
        "no hive type is named",
    ),
    (
        "T01",
        "o",
        "Hive tool with J-hook. [[Dishwasher safe]] for easy cleaning.",
        "accuracy.care",
        B,
        "the FAQ says no dishwasher",
    ),
    (
        "T01",
        "q",
        "It comes with a [[lifetime warranty against bending]].",
        "accuracy.warranty",
        B,
        "no warranty is given",
    ),
    (
        "T01",
        "q",
        "The red handle has a [[built-in bottle opener]].",
        "accuracy.feature",
        B,
        "no such feature",
    ),
    # T02 stitching pony
    (
        "T02",
        "d",
        "The jaws are lined with [[suede]] to protect the leather.",
        "accuracy.material",
        B,
        "the jaws are lined with cork",
    ),
    (
        "T02",
        "d",
        "The pony stands [[75 cm]] tall on the chair.",
        "accuracy.number",
        B,
        "height 60 cm",
    ),
    (
        "T02",
        "s",
        "A stitching pony with a [[table clamp]] that frees both hands.",
        "accuracy.feature",
        B,
        "the FAQ says it has no table clamp",
    ),
    (
        "T02",
        "s",
        "A beech stitching pony [[built in Leicester]].",
        "accuracy.origin",
        B,
        "made in Walsall",
    ),
    (
        "T02",
        "o",
        "Stitching pony, [[£39]], in beech and cork.",
        "accuracy.price",
        B,
        "the price is £46",
    ),
    (
        "T02",
        "q",
        "[[Trusted by over 5,000 saddlers across Britain]].",
        "compliance.social_proof",
        W,
        "unconfirmable popularity",
    ),
    (
        "T02",
        "q",
        "It is [[the sturdiest stitching pony ever made]].",
        "compliance.absolute",
        W,
        "superlative",
    ),
    # T03 red dot finder
    (
        "T03",
        "d",
        "It gives [[6x magnification for finding faint galaxies]].",
        "accuracy.feature",
        B,
        "the listing says it does not magnify",
    ),
    ("T03", "d", "The housing is [[machined aluminium]].", "accuracy.material", B, "ABS plastic"),
    (
        "T03",
        "s",
        "A red dot finder with [[eleven]] brightness steps.",
        "accuracy.number",
        B,
        "seven brightness settings",
    ),
    (
        "T03",
        "s",
        "A red dot finder that [[fits Synta-style dovetail bases]].",
        "accuracy.compatibility",
        B,
        "fits a Vixen-style finder shoe only",
    ),
    (
        "T03",
        "o",
        "Red dot finder for telescopes. [[Ships free across Canada]].",
        "compliance.shipping",
        B,
        "no shipping terms given",
    ),
    (
        "T03",
        "q",
        "The finder is [[waterproof to IPX7]].",
        "accuracy.certification",
        B,
        "no rating given",
    ),
    # T04 chalk bag
    (
        "T04",
        "d",
        "It [[comes with a boar-bristle brush]] in the side loop.",
        "accuracy.feature",
        B,
        "the brush is sold separately",
    ),
    (
        "T04",
        "d",
        "The bag is made of [[waxed canvas]] with a fleece lining.",
        "accuracy.material",
        B,
        "polyester ripstop outer",
    ),
    (
        "T04",
        "s",
        "A chalk bag in Moss, Slate or [[Ember Red]].",
        "accuracy.colour",
        B,
        "Moss and Slate only",
    ),
    (
        "T04",
        "s",
        "The belt fits waists [[up to 130 cm]].",
        "accuracy.number",
        B,
        "waists 70 to 110 cm",
    ),
    (
        "T04",
        "o",
        "Climbing chalk bag, [[machine washable at 40 °C]].",
        "accuracy.care",
        B,
        "hand wash cold",
    ),
    (
        "T04",
        "q",
        "It is sewn in Galway from [[recycled ocean plastic]].",
        "compliance.environmental",
        B,
        "no recycled material is stated",
    ),
    # T05 hydrometer
    ("T05", "d", "It is made of [[shatterproof polycarbonate]].", "accuracy.material", B, "glass"),
    (
        "T05",
        "d",
        "The potential alcohol scale reads up to [[25 %]].",
        "accuracy.number",
        B,
        "0 to 20 %",
    ),
    (
        "T05",
        "s",
        "A [[digital refractometer]] with SG, alcohol and Brix scales.",
        "accuracy.category",
        B,
        "a glass hydrometer",
    ),
    (
        "T05",
        "s",
        "A triple-scale hydrometer [[with a built-in thermometer]].",
        "accuracy.feature",
        B,
        "no thermometer",
    ),
    (
        "T05",
        "o",
        "Hydrometer [[approved by the NZ Brewers Guild]].",
        "accuracy.certification",
        B,
        "no approval stated",
    ),
    (
        "T05",
        "q",
        "It is [[the best hydrometer money can buy]].",
        "compliance.absolute",
        W,
        "superlative",
    ),
    (
        "T05",
        "q",
        "Use it to [[test the sugar in maple syrup]] as well.",
        "accuracy.compatibility",
        B,
        "the Brix scale stops at 35; syrup is far above",
    ),
    # T06 rugby ball
    (
        "T06",
        "d",
        "The ball has [[a butyl bladder]] for better air retention.",
        "accuracy.material",
        B,
        "latex bladder",
    ),
    (
        "T06",
        "d",
        "It is [[World Rugby approved]] for match play.",
        "accuracy.certification",
        B,
        "no approval stated",
    ),
    (
        "T06",
        "s",
        "A rugby ball [[with a free pump]].",
        "accuracy.feature",
        B,
        "the pump is not included",
    ),
    (
        "T06",
        "s",
        "The size 4 ball is for [[ages 6 to 9]].",
        "accuracy.number",
        B,
        "size 4 is for ages 10 to 14",
    ),
    ("T06", "o", "Rugby ball in [[size 3]], 4 and 5.", "accuracy.size", B, "sizes 4 and 5 only"),
    ("T06", "q", "Each ball is [[stitched in Pakistan]].", "accuracy.origin", B, "no origin given"),
    (
        "T06",
        "q",
        "It is [[the grippiest ball on any pitch]].",
        "compliance.absolute",
        W,
        "superlative",
    ),
    # T07 hoof pick
    (
        "T07",
        "d",
        "The bristles are [[natural horsehair]].",
        "accuracy.material",
        B,
        "nylon bristles",
    ),
    (
        "T07",
        "d",
        "The handle is [[rubber-coated]] for grip.",
        "accuracy.material",
        B,
        "moulded polypropylene",
    ),
    (
        "T07",
        "s",
        "A hoof pick with brush in navy, teal or [[pink]].",
        "accuracy.colour",
        B,
        "navy, burgundy or teal",
    ),
    ("T07", "s", "A [[set of two]] hoof picks with brushes.", "accuracy.number", B, "one pick"),
    (
        "T07",
        "o",
        "Hoof pick with a [[replaceable brush head]].",
        "accuracy.feature",
        B,
        "the brush is fixed to the handle",
    ),
    (
        "T07",
        "q",
        "It is [[vet recommended for preventing thrush]].",
        "compliance.health",
        B,
        "health claim",
    ),
    # T08 lawn bowls
    (
        "T08",
        "d",
        "Each bowl has a [[narrow bias]] for crowded greens.",
        "accuracy.feature",
        B,
        "medium bias",
    ),
    (
        "T08",
        "d",
        "The World Bowls stamp is valid until [[2031]].",
        "accuracy.number",
        B,
        "valid until 2036",
    ),
    (
        "T08",
        "s",
        "A set of four lawn bowls in [[sizes 0 to 5]].",
        "accuracy.size",
        B,
        "sizes 3 to 5",
    ),
    ("T08", "s", "A set of [[six]] composition bowls.", "accuracy.number", B, "four bowls"),
    (
        "T08",
        "o",
        "Lawn bowls in black, brown or [[maroon]].",
        "accuracy.colour",
        B,
        "black or brown",
    ),
    (
        "T08",
        "q",
        "Each bowl is [[hand-turned from lignum vitae]].",
        "accuracy.material",
        B,
        "composition resin",
    ),
    (
        "T08",
        "q",
        "[[Free delivery anywhere in Australia]].",
        "compliance.shipping",
        B,
        "no shipping terms given",
    ),
    # T09 mahjong
    ("T09", "d", "The tiles are [[backed with real bone]].", "accuracy.material", B, "melamine"),
    (
        "T09",
        "d",
        "It [[includes four tile racks with pushers]].",
        "accuracy.feature",
        B,
        "dice and a case only",
    ),
    (
        "T09",
        "s",
        "A mahjong set with [[eight]] animal tiles.",
        "accuracy.number",
        B,
        "four animal tiles",
    ),
    (
        "T09",
        "s",
        "A mahjong set [[for Hong Kong and Riichi rules]].",
        "accuracy.compatibility",
        B,
        "a Singapore-style set of 148 tiles",
    ),
    ("T09", "o", "Singapore mahjong set, [[now S$98]].", "accuracy.price", B, "S$128, no sale"),
    (
        "T09",
        "q",
        "Every set is [[hand-engraved in Guangzhou]].",
        "accuracy.origin",
        B,
        "no origin given",
    ),
    # T10 beard oil
    ("T10", "d", "It [[stops beard hair loss]].", "compliance.health", B, "health claim"),
    (
        "T10",
        "d",
        "The blend includes [[sandalwood oil]].",
        "accuracy.material",
        B,
        "jojoba, argan, cedarwood and bergamot only",
    ),
    ("T10", "s", "Beard oil in a [[50 ml]] bottle.", "accuracy.number", B, "30 ml"),
    (
        "T10",
        "s",
        "[[Certified organic]] beard oil.",
        "accuracy.certification",
        B,
        "no certification",
    ),
    (
        "T10",
        "o",
        "Cedar and bergamot beard oil in a [[clear glass]] bottle.",
        "accuracy.colour",
        B,
        "amber glass",
    ),
    ("T10", "q", "This [[beard balm]] softens the beard.", "accuracy.category", B, "a beard oil"),
    # T11 sauna bucket
    ("T11", "d", "The bucket is made of [[cedar]].", "accuracy.material", B, "pine (furu)"),
    ("T11", "d", "It holds [[6 litres]] of water.", "accuracy.number", B, "4 litres"),
    ("T11", "s", "Bastuhink [[tillverkad i Finland]].", "accuracy.origin", B, "made in Dalarna"),
    (
        "T11",
        "s",
        "En bastuhink som [[tål diskmaskin]].",
        "accuracy.care",
        B,
        "rinse with cold water; the FAQ says no dishwasher",
    ),
    (
        "T11",
        "o",
        "Bastuhink med skopa, [[fri frakt inom Sverige]].",
        "compliance.shipping",
        B,
        "no shipping terms given",
    ),
    (
        "T11",
        "q",
        "It [[comes with a sauna thermometer]].",
        "accuracy.feature",
        B,
        "bucket and ladle only",
    ),
    (
        "T11",
        "q",
        "It is [[Sweden's best-selling sauna bucket]].",
        "compliance.social_proof",
        W,
        "unconfirmable popularity",
    ),
    # T12 rug
    ("T12", "d", "The rug is woven from [[wool and silk]].", "accuracy.material", B, "100 % wool"),
    ("T12", "d", "It measures [[150 x 200 cm]].", "accuracy.number", B, "120 x 180 cm"),
    ("T12", "s", "Covor [[țesut în Bucovina]].", "accuracy.origin", B, "woven in Maramureș"),
    (
        "T12",
        "s",
        "Covor din lână, în roșu cu negru, natural sau [[albastru]].",
        "accuracy.colour",
        B,
        "red with black, or natural",
    ),
    (
        "T12",
        "o",
        "Covor din lână care [[se spală în mașină la 30 °C]].",
        "accuracy.care",
        B,
        "dry-clean only, no machine wash",
    ),
    (
        "T12",
        "q",
        "It is [[certified to Oeko-Tex Standard 100]].",
        "accuracy.certification",
        B,
        "no certification",
    ),
    # T13 peshtemal
    ("T13", "d", "It is woven from [[linen and cotton]].", "accuracy.material", B, "100 % cotton"),
    (
        "T13",
        "d",
        "It is [[safe to tumble dry on high]].",
        "accuracy.care",
        B,
        "care given is a 40 °C wash and no bleach",
    ),
    ("T13", "s", "Peştamal, [[100 x 200 cm]].", "accuracy.number", B, "90 x 180 cm"),
    ("T13", "s", "[[Bursa'da dokunmuş]] peştamal.", "accuracy.origin", B, "woven in Denizli"),
    (
        "T13",
        "o",
        "Peştamal: lacivert, hardal, gri ve [[kırmızı]].",
        "accuracy.colour",
        B,
        "navy, mustard and grey",
    ),
    (
        "T13",
        "q",
        "This [[bathrobe]] is woven from cotton.",
        "accuracy.category",
        B,
        "a peshtemal towel",
    ),
    (
        "T13",
        "q",
        "[[We ship the same day]] you order.",
        "compliance.shipping",
        B,
        "no shipping terms given",
    ),
    # T14 sea sponge
    ("T14", "d", "Each sponge is [[harvested off Crete]].", "accuracy.origin", B, "from Kalymnos"),
    ("T14", "d", "It is [[bleached to a pale gold]].", "accuracy.feature", B, "not bleached"),
    ("T14", "s", "Σφουγγάρι σε [[τρία μεγέθη]].", "accuracy.number", B, "two sizes"),
    (
        "T14",
        "s",
        "Σφουγγάρι Καλύμνου, [[ιδανικό για μωρά με έκζεμα]].",
        "compliance.health",
        B,
        "health claim",
    ),
    (
        "T14",
        "o",
        "Σφουγγάρι Καλύμνου, μεσαίο μέγεθος [[20 €]].",
        "accuracy.price",
        B,
        "the medium size is 24 €",
    ),
    (
        "T14",
        "q",
        "It is [[the softest sponge in the world]].",
        "compliance.absolute",
        W,
        "superlative",
    ),
    # T15 grip wax
    ("T15", "d", "It grips on snow [[down to -20 °C]].", "accuracy.number", B, "-2 to -10 °C"),
    (
        "T15",
        "d",
        "It [[works for skate skiing too]].",
        "accuracy.compatibility",
        B,
        "grip wax for classic skiing",
    ),
    ("T15", "s", "Festevoks [[med høyt fluorinnhold]].", "accuracy.material", B, "fluorine-free"),
    ("T15", "s", "Festevoks i [[boks på 100 g]].", "accuracy.number", B, "45 g"),
    (
        "T15",
        "o",
        "Blå festevoks [[produsert i Sverige]].",
        "accuracy.origin",
        B,
        "made in Lillehammer",
    ),
    (
        "T15",
        "q",
        "It is [[approved by the FIS for World Cup racing]].",
        "accuracy.certification",
        B,
        "no approval stated",
    ),
    ("T15", "q", "The wax also comes in [[red and violet]].", "accuracy.colour", B, "blue only"),
    # T16 ravioli stamp
    ("T16", "d", "The blade is [[cast aluminium]].", "accuracy.material", B, "brass"),
    ("T16", "d", "It makes [[8 cm]] ravioli.", "accuracy.size", B, "5 cm only"),
    (
        "T16",
        "s",
        "Timbro con [[manico in legno certificato FSC]].",
        "compliance.environmental",
        B,
        "no certified wood stated",
    ),
    (
        "T16",
        "s",
        "Timbro per ravioli [[fatto a mano a Napoli]].",
        "accuracy.origin",
        B,
        "made by hand in Bologna",
    ),
    (
        "T16",
        "o",
        "Timbro per ravioli [[adatto alla lavastoviglie]].",
        "accuracy.care",
        B,
        "hand wash, no dishwasher",
    ),
    (
        "T16",
        "q",
        "[[Every Italian nonna swears by it]].",
        "compliance.social_proof",
        W,
        "unconfirmable popularity",
    ),
    # T17 skateboard wheels
    (
        "T17",
        "d",
        "A set of four [[scooter wheels]] in urethane.",
        "accuracy.category",
        B,
        "skateboard wheels",
    ),
    ("T17", "d", "The [[soft 78A]] urethane rolls over cracks.", "accuracy.number", B, "99A"),
    (
        "T17",
        "s",
        "Four wheels [[with ABEC-7 bearings fitted]].",
        "accuracy.feature",
        B,
        "bearings are not included",
    ),
    (
        "T17",
        "s",
        "Skate wheels in white, black or [[glow-in-the-dark green]].",
        "accuracy.colour",
        B,
        "white or black",
    ),
    (
        "T17",
        "o",
        "53 mm street wheels, [[poured in Mexico]].",
        "accuracy.origin",
        B,
        "poured in California",
    ),
    (
        "T17",
        "q",
        "They are [[made for longboard cruising]].",
        "accuracy.compatibility",
        W,
        "invented use; street and park are stated",
    ),
    (
        "T17",
        "q",
        "They are [[the fastest wheels on the market]].",
        "compliance.absolute",
        W,
        "superlative",
    ),
    # T18 table tennis bat
    ("T18", "d", "The blade is [[seven-ply]] wood.", "accuracy.number", B, "five-ply"),
    ("T18", "d", "It has a [[straight handle]].", "accuracy.feature", B, "flared handle"),
    (
        "T18",
        "s",
        "A table tennis bat [[with a carbon layer]] in the blade.",
        "accuracy.material",
        B,
        "five-ply wood",
    ),
    (
        "T18",
        "s",
        "[[Butterfly]] rubbers on a five-ply blade.",
        "accuracy.brand",
        B,
        "no rubber brand is named",
    ),
    (
        "T18",
        "o",
        "All-round bat [[used by Olympic players]].",
        "compliance.social_proof",
        W,
        "unconfirmable endorsement",
    ),
    (
        "T18",
        "q",
        "It is [[the perfect bat for every player]].",
        "compliance.absolute",
        W,
        "absolute",
    ),
    # T19 snowshoes
    ("T19", "d", "The crampons are [[titanium]].", "accuracy.material", B, "steel crampons"),
    (
        "T19",
        "d",
        "The 25 in size carries [[up to 250 lb]].",
        "accuracy.number",
        B,
        "200 lb for 25 in",
    ),
    (
        "T19",
        "s",
        "Snowshoes in [[19 in]], 21 in, 25 in and 30 in.",
        "accuracy.size",
        B,
        "21, 25 and 30 in",
    ),
    (
        "T19",
        "s",
        "Trail snowshoes with a [[2-year warranty]].",
        "accuracy.warranty",
        B,
        "no warranty given",
    ),
    (
        "T19",
        "o",
        "Trail snowshoes with [[BOA dial bindings]].",
        "accuracy.feature",
        B,
        "ratchet bindings",
    ),
    ("T19", "q", "Every pair [[comes with poles]].", "accuracy.feature", B, "no poles"),
    ("T19", "q", "They are [[made in Quebec]].", "accuracy.origin", B, "no origin given"),
    # T20 lens kit
    (
        "T20",
        "d",
        "Use it to [[clean your camera sensor]] too.",
        "accuracy.compatibility",
        B,
        "not for camera sensors",
    ),
    (
        "T20",
        "d",
        "The kit includes [[ten]] microfibre cloths.",
        "accuracy.number",
        B,
        "five cloths",
    ),
    ("T20", "s", "A lens kit with [[100 ml]] of fluid.", "accuracy.number", B, "30 ml"),
    ("T20", "s", "A lens kit [[in a hard zip case]].", "accuracy.feature", B, "no case"),
    (
        "T20",
        "o",
        "Lens cleaning kit [[by Zeiss]].",
        "accuracy.brand",
        B,
        "the vendor is Clearframe",
    ),
    (
        "T20",
        "q",
        "The cloths [[are made from recycled bottles]].",
        "compliance.environmental",
        B,
        "no recycled material stated",
    ),
    # T21 seed tray
    ("T21", "d", "Each tray has [[36 cells]].", "accuracy.number", B, "24 cells"),
    (
        "T21",
        "d",
        "The dome [[has a built-in grow light]].",
        "accuracy.feature",
        B,
        "a clear vented dome",
    ),
    (
        "T21",
        "s",
        "A seed tray [[made in China]] from recycled plastic.",
        "accuracy.origin",
        B,
        "made in Melbourne",
    ),
    (
        "T21",
        "s",
        "A seed tray [[of biodegradable bamboo fibre]].",
        "accuracy.material",
        B,
        "recycled polypropylene",
    ),
    (
        "T21",
        "o",
        "Seed tray, [[BPA-free and food safe]].",
        "accuracy.certification",
        B,
        "no such claim",
    ),
    (
        "T21",
        "q",
        "It is [[dishwasher safe on the top rack]].",
        "accuracy.care",
        B,
        "wash in warm soapy water",
    ),
    (
        "T21",
        "q",
        "It is a [[plastic-free]] way to raise seedlings.",
        "compliance.environmental",
        B,
        "polypropylene",
    ),
    # T22 shuttlecocks
    ("T22", "d", "They are made of [[goose feather]].", "accuracy.material", B, "duck feather"),
    ("T22", "d", "A tube holds [[six]] shuttles.", "accuracy.number", B, "12"),
    (
        "T22",
        "s",
        "Shuttlecocks in [[speed 78]] for cold halls.",
        "accuracy.size",
        B,
        "speeds 76 and 77",
    ),
    (
        "T22",
        "s",
        "Feather shuttles, [[BWF approved]].",
        "accuracy.certification",
        B,
        "no approval stated",
    ),
    ("T22", "o", "Shuttlecocks, tube of 12, [[₹999]].", "accuracy.price", B, "₹1,250"),
    (
        "T22",
        "q",
        "They [[last twice as long as nylon shuttles]].",
        "accuracy.feature",
        B,
        "invented comparison",
    ),
    # T23 clicker
    ("T23", "d", "The body is [[stainless steel]].", "accuracy.material", B, "ABS plastic"),
    ("T23", "d", "It [[comes with a training whistle]].", "accuracy.feature", B, "clicker only"),
    (
        "T23",
        "s",
        "A clicker with [[adjustable volume]].",
        "accuracy.feature",
        B,
        "one sound at one volume",
    ),
    (
        "T23",
        "s",
        "A clicker in red, blue, green, black or [[purple]].",
        "accuracy.colour",
        B,
        "four colours, no purple",
    ),
    (
        "T23",
        "o",
        "Dog training [[whistle]] with an aluminium plate.",
        "accuracy.category",
        B,
        "a box clicker",
    ),
    (
        "T23",
        "q",
        "It [[also works for cats and horses]].",
        "accuracy.compatibility",
        W,
        "invented use",
    ),
    (
        "T23",
        "q",
        "It is [[recommended by vets to reduce anxiety]].",
        "compliance.health",
        B,
        "health claim",
    ),
    # T24 jigsaw
    (
        "T24",
        "d",
        "The pieces are [[cut from 2 mm birch plywood]].",
        "accuracy.material",
        B,
        "recycled board",
    ),
    ("T24", "d", "Finished, it measures [[70 x 50 cm]].", "accuracy.number", B, "68 x 48 cm"),
    ("T24", "s", "A [[1500-piece]] jigsaw.", "accuracy.number", B, "1000 pieces"),
    (
        "T24",
        "s",
        "A 1000-piece [[3D puzzle]] for ages 12 and up.",
        "accuracy.category",
        B,
        "a flat jigsaw",
    ),
    (
        "T24",
        "o",
        "Harbour at Dusk jigsaw, [[carbon neutral from print to post]].",
        "compliance.environmental",
        B,
        "no such claim",
    ),
    (
        "T24",
        "q",
        "[[Royal Mail next-day delivery is included]].",
        "compliance.shipping",
        B,
        "no shipping terms given",
    ),
    # T25 pickleball paddle
    (
        "T25",
        "d",
        "The core is [[aramid honeycomb]].",
        "accuracy.material",
        B,
        "polypropylene honeycomb",
    ),
    ("T25", "d", "It weighs [[about 7 oz]].", "accuracy.number", B, "about 8 oz"),
    ("T25", "s", "A paddle with a [[20 mm]] core.", "accuracy.number", B, "16 mm"),
    (
        "T25",
        "s",
        "A carbon paddle [[approved for padel and tennis]].",
        "accuracy.compatibility",
        B,
        "a pickleball paddle",
    ),
    (
        "T25",
        "o",
        "Carbon face pickleball paddle by [[Selkirk]].",
        "accuracy.brand",
        B,
        "the vendor is Kitchen Line Sports",
    ),
    (
        "T25",
        "q",
        "It is [[rated 5 stars by 2,000 players]].",
        "compliance.social_proof",
        W,
        "unconfirmable reviews",
    ),
    (
        "T25",
        "q",
        "It comes with a [[one-year warranty]].",
        "accuracy.warranty",
        B,
        "no warranty given",
    ),
    # T26 resoling service
    (
        "T26",
        "d",
        "We [[also resole Blake-stitched shoes]].",
        "accuracy.compatibility",
        B,
        "not for Blake-stitched soles",
    ),
    ("T26", "d", "Turnaround is [[ten working days]].", "accuracy.number", B, "three weeks"),
    (
        "T26",
        "s",
        "Resoling with [[Vibram]] rubber soles.",
        "accuracy.brand",
        B,
        "oak-bark leather soles, no brand",
    ),
    (
        "T26",
        "s",
        "Resoling by post, [[guaranteed for two years]].",
        "accuracy.warranty",
        B,
        "6 months",
    ),
    (
        "T26",
        "o",
        "Shoe resoling by post with [[free return postage]].",
        "compliance.shipping",
        B,
        "return postage is £8",
    ),
    (
        "T26",
        "q",
        "[[We fit new insoles as well at no charge]].",
        "accuracy.feature",
        B,
        "soles and heels only",
    ),
    # T27 apron (thin)
    ("T27", "d", "A [[sage green]] cotton apron.", "accuracy.colour", W, "no colour named"),
    ("T27", "d", "It has [[two front pockets]].", "accuracy.feature", B, "no pockets named"),
    (
        "T27",
        "s",
        "An apron [[with adjustable leather straps]].",
        "accuracy.material",
        B,
        "cotton twill only",
    ),
    (
        "T27",
        "s",
        "[[Fair Trade certified]] cotton apron.",
        "accuracy.certification",
        B,
        "no certification",
    ),
    (
        "T27",
        "o",
        "Cotton apron, [[one size fits all up to XXL]].",
        "accuracy.size",
        B,
        "no size given",
    ),
    (
        "T27",
        "q",
        "It is [[stain resistant and waterproof]].",
        "accuracy.feature",
        B,
        "no finish given",
    ),
    # T28 hose connector (placeholder description)
    ("T28", "d", "It [[fits 3/4 in taps]].", "accuracy.compatibility", B, "1/2 in thread"),
    ("T28", "d", "The connector is [[chrome-plated zinc]].", "accuracy.material", B, "brass"),
    (
        "T28",
        "s",
        "A hose connector [[with an auto shut-off valve]].",
        "accuracy.feature",
        B,
        "no valve",
    ),
    ("T28", "s", "Brass hose connector, [[€4.99]].", "accuracy.price", B, "€6.50"),
    (
        "T28",
        "o",
        "Hose connector with a [[lifetime guarantee]].",
        "accuracy.warranty",
        B,
        "no guarantee given",
    ),
    (
        "T28",
        "q",
        "It is [[the most durable connector you can buy]].",
        "compliance.absolute",
        W,
        "superlative",
    ),
    # T29 bar tools (grouped)
    ("T29", "d", "The shaker holds [[32 oz]].", "accuracy.number", B, "28 oz"),
    ("T29", "d", "The strainer is [[copper-plated]].", "accuracy.material", B, "stainless steel"),
    ("T29", "s", "All three tools [[for $50]].", "accuracy.price", B, "the three total $60"),
    (
        "T29",
        "s",
        "Shaker, jigger and strainer [[by Cocktail Kingdom]].",
        "accuracy.brand",
        B,
        "the vendor is Barcart & Co.",
    ),
    ("T29", "o", "Bar tools that are [[dishwasher safe]].", "accuracy.care", B, "no care given"),
    (
        "T29",
        "q",
        "The jigger [[costs $14]].",
        "accuracy.price",
        B,
        "the jigger is $12; $14 is the strainer",
    ),
    # T30 hot tub (external)
    ("T30", "d", "It seats [[up to six]].", "accuracy.number", B, "up to four"),
    ("T30", "d", "It heats to [[42 °C]].", "accuracy.number", B, "40 °C"),
    (
        "T30",
        "s",
        "Hot tub: [[we ship it ourselves within a week]].",
        "compliance.shipping",
        B,
        "the partner delivers in 5 to 10 business days",
    ),
    (
        "T30",
        "s",
        "An inflatable hot tub with [[a three-year warranty]].",
        "accuracy.warranty",
        B,
        "the partner's one-year warranty",
    ),
    (
        "T30",
        "o",
        "Inflatable hot tub [[with built-in LED lights]].",
        "accuracy.feature",
        B,
        "no lights",
    ),
    ("T30", "q", "It [[eases arthritis pain]].", "compliance.health", B, "health claim"),
    (
        "T30",
        "q",
        "The pump is [[Energy Star certified]].",
        "accuracy.certification",
        B,
        "no certification",
    ),
]


def _html(sentences):
    return "<p>" + html.escape(" ".join(sentences), quote=False) + "</p>"


def _serialise(kind, sentences, key, question=GENERAL_Q):
    listing = _LISTINGS[key]
    if kind in ("d", "s"):
        return _html(sentences)
    if kind == "o":
        title = listing["title"]
        if listing["vendor"]:
            title = f"{title} | {listing['vendor']}"
        return json.dumps({"title": title, "description": " ".join(sentences)}, ensure_ascii=False)
    answer = " ".join(sentences)
    return json.dumps([{"question": question, "answer": answer}], ensure_ascii=False)


def _strip_marks(marked):
    assert marked.count("[[") == 1 and marked.count("]]") == 1, marked
    before, rest = marked.split("[[")
    claim, after = rest.split("]]")
    return before + claim + after, claim


def _locate(kind, text, claim):
    assert html.escape(claim, quote=False) == claim, claim
    assert json.dumps(claim, ensure_ascii=False)[1:-1] == claim, claim
    assert text.count(claim) == 1, (claim, text)
    start = text.index(claim)
    return start, start + len(claim)


with open(LISTINGS, encoding="utf-8") as _f:
    _LISTINGS = json.load(_f)


def build():
    clean: list[dict[str, Any]] = []
    faulty: list[dict[str, Any]] = []
    for key in sorted(CLEAN):
        c = CLEAN[key]
        before, after = c["d"]
        question, answer = c["q"]
        texts = [
            ("description", _serialise("d", before + [PAD[key]] + after, key)),
            ("short_description", _serialise("s", [c["s"]], key)),
            ("seo", _serialise("o", [c["o"]], key)),
            ("faq", _serialise("q", [answer], key, question)),
            ("faq", _serialise("q", [PAD[key]], key)),
        ]
        for kind, text in texts:
            clean.append({"listing": key, "kind": kind, "text": text, "labels": []})
    for key, k, marked, rule, severity, why in FAULTY:
        sentence, claim = _strip_marks(marked)
        sentences = [sentence, PAD[key]] if k == "d" else [sentence]
        text = _serialise(k, sentences, key)
        start, end = _locate(k, text, claim)
        label = {
            "rule": rule,
            "start": start,
            "end": end,
            "claim": claim,
            "severity": severity,
            "why": why,
        }
        faulty.append({"listing": key, "kind": KINDS[k], "text": text, "labels": [label]})
    return clean, faulty
