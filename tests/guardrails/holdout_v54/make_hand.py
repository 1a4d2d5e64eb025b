"""Hand-written drafts for guardrails holdout v54: clean copy and copy with one planted claim.

Claims are marked [[...]] in the faulty sentences; build() strips the marks and records the span.
Kinds in FAULTY: d = description, s = short description, o = SEO pair, f = FAQ answer.
"""

import html
import json
from typing import Any

import make_listings

KINDS = {"d": "description", "s": "short_description", "o": "seo", "f": "faq"}
GENERAL_Q = "Is there anything I should know before I order?"
B, W = "block", "warn"

N, PR, MA, CO = "accuracy.number", "accuracy.price", "accuracy.material", "accuracy.colour"
CE, OR, SZ, CA = "accuracy.certification", "accuracy.origin", "accuracy.size", "accuracy.category"
FE, CR, WA, BR = "accuracy.feature", "accuracy.care", "accuracy.warranty", "accuracy.brand"
CM, SH, HE = "accuracy.compatibility", "compliance.shipping", "compliance.health"
AB, EN, SP = "compliance.absolute", "compliance.environmental", "compliance.social_proof"

# key -> (description sentences, short, SEO description, (question, answer)); pads are in PAD.
# A description is its sentences then the pad; the second clean FAQ answers GENERAL_Q with the pad.
CLEAN: dict[str, tuple[list[str], str, str, tuple[str, str]]] = {
    "T01": (
        [
            "This oblique holder is turned from walnut and fitted with a brass flange for "
            "copperplate and Spencerian work.",
            "At 7.5 in, about 19 cm, it sits lightly in a right-handed grip.",
        ],
        "A walnut oblique pen holder with a brass flange, turned by hand in Oregon.",
        "Walnut oblique pen holder with a brass flange for pointed-pen scripts. $28, nib not "
        "included.",
        (
            "Does it come with a nib?",
            "No. The flange fits most standard pointed nibs, which you add yourself.",
        ),
    ),
    "T02": (
        [
            "Slotted foam lines both sides of this slim box and holds up to 120 flies.",
            "It measures 15 x 10 x 2.5 cm, about 6 x 4 x 1 in, and shuts with a magnetic catch.",
        ],
        "A slim fly box in olive or slate grey with slotted foam on both sides.",
        "Slim foam fly box for 120 flies that floats and closes with a magnetic catch. £16.50.",
        ("What colours can I choose?", "Olive or slate grey, both at £16.50."),
    ),
    "T03": (
        [
            "This 1/2 in bowl gouge is ground from M2 high-speed steel with a parabolic flute.",
            "It arrives sharpened to a 40 degree bevel, on a 16 in ash handle, roughly 41 cm long.",
        ],
        "A 1/2 in M2 bowl gouge with a parabolic flute, made in Canada.",
        "1/2 in bowl gouge in M2 high-speed steel, sharpened to 40 degrees, with an ash handle. "
        "C$94.",
        ("Is it sharp out of the box?", "Yes. It ships sharpened to a 40 degree bevel."),
    ),
    "T04": (
        [
            "A 20 cm cast iron head turns on a ball bearing for banding, glazing and decorating.",
            "At 4.5 kg, just under 10 lb, it stays put on the bench.",
        ],
        "A 20 cm cast iron banding wheel on a ball bearing, turned by hand.",
        "Cast iron banding wheel, 20 cm, turning on a ball bearing; the head lifts off for "
        "cleaning. €79.",
        ("Can I take it apart to clean it?", "Yes, the head lifts off the base."),
    ),
    "T05": (
        [
            "Bamboo tips are joined by a smooth nylon cable, 80 cm from tip to tip, about 31 in.",
            "Sizes run from 3 mm to 6 mm, all at NZ$14.",
        ],
        "Fixed circular needles with bamboo tips on an 80 cm nylon cable.",
        "80 cm fixed circular knitting needles with bamboo tips, 3 to 6 mm. NZ$14.",
        ("Which sizes do you have?", "3 mm, 4 mm, 5 mm and 6 mm."),
    ),
    "T06": (
        [
            "This 1.5 litre saddle bag is made of waterproof TPU-coated nylon and closes with a "
            "roll top.",
            "Two straps fix it to the saddle rails, and a reflective strip runs across the back.",
        ],
        "A 1.5 L roll-top saddle bag in black or sand.",
        "Waterproof roll-top saddle bag, 1.5 L, fixing to the saddle rails. A$59.",
        (
            "Can I clip a rear light to it?",
            "There is no light loop, but a reflective strip runs across the back.",
        ),
    ),
    "T07": (
        [
            "An air-driven double sponge filter for tanks up to 20 gallons, about 75 litres.",
            "It suits shrimp and fry tanks, where a gentle flow matters.",
        ],
        "A double sponge filter for tanks up to 20 gallons, safe for shrimp.",
        "Double sponge filter for shrimp and fry tanks up to 20 gallons. $12.99, air pump not "
        "included.",
        ("How do I clean the sponges?", "Rinse them in tank water, never under the tap."),
    ),
    "T08": (
        [
            "Container soy wax in flakes for jar and tin candles, 2 kg in the bag, about 4.4 lb.",
            "It melts at 52 to 54 °C, roughly 126 to 129 °F.",
        ],
        "2 kg of vegan soy wax flakes for container candles.",
        "Soy wax flakes for jar and tin candles, 2 kg bag. Melts at 52 to 54 °C. £18.",
        ("Can I make pillar candles with it?", "No, it is a container wax for jars and tins."),
    ),
    "T09": (
        [
            "A pack of 100 square sheets, 15 cm a side, about 6 in.",
            "Ten washi patterns, ten sheets of each, printed on one side.",
        ],
        "100 sheets of 15 cm washi-print origami paper in ten patterns.",
        "Washi origami paper, 100 sheets of 15 cm square in ten patterns. S$12.",
        (
            "Is it printed on both sides?",
            "No, the pattern is on one side and the back is plain white.",
        ),
    ),
    "T10": (
        [
            "A concert ukulele with a laminated mahogany top, back and sides and 18 frets.",
            "The 15 in scale, about 38 cm, is strung with Aquila Nylgut strings.",
        ],
        "A laminated mahogany concert ukulele with a padded gig bag.",
        "Concert ukulele in laminated mahogany, 18 frets, with a padded gig bag. $149.",
        ("Can I plug it into an amp?", "No, there is no pickup fitted."),
    ),
    "T11": (
        [
            "A combination whetstone with a 1000 grit side for sharpening and a 6000 grit side "
            "for polishing.",
            "The stone measures 18 x 6 x 3 cm, about 7 x 2.4 x 1.2 in.",
        ],
        "Kombi-Schleifstein mit Körnung 1000 und 6000, im rutschfesten Gummihalter.",
        "Schleifstein 1000/6000 aus Korund, 18 x 6 x 3 cm, mit Gummihalter. 49 €.",
        ("Does it need oil?", "No, it is a water stone: soak it for 10 minutes."),
    ),
    "T12": (
        [
            "A felted merino beret, knitted and then fulled in Oloron in the Pyrenees.",
            "It has a satin lining and a leather inner band, in sizes 56 and 58.",
        ],
        "Béret en laine mérinos feutrée, noir, bleu marine ou rouge.",
        "Béret en laine mérinos feutrée, fabriqué à Oloron. Tailles 56 et 58. 39 €.",
        ("Which sizes are there?", "56 and 58."),
    ),
    "T13": (
        [
            "A cotton hammock woven by hand in Yucatán, in the matrimonial size.",
            "It holds up to 150 kg, about 330 lb.",
        ],
        "Hamaca matrimonial de algodón tejida a mano en Yucatán, en color natural o multicolor.",
        "Hamaca matrimonial de algodón hecha a mano en Yucatán. Desde 1,450 MXN.",
        ("How long is it?", "The cords measure 3.5 m from end to end, about 11.5 ft."),
    ),
    "T14": (
        [
            "A pysanka kit with three kistky, fine, medium and thick, a 30 g block of beeswax "
            "and six dyes.",
            "The kistky are made of brass and wood, and the kit is made in Kolomyia, Ukraine.",
        ],
        "Набір для писанок: три писачки, бджолиний віск і шість барвників.",
        "Набір для писанок з трьома писачками та шістьма барвниками. Зроблено в Коломиї. 690 грн.",
        ("Can we eat the eggs after dyeing?", "No, the dyes are not food-safe."),
    ),
    "T15": (
        [
            "A 15 cm lacquer bowl, about 6 in across, on a pressed bamboo core with a "
            "hand-painted lotus.",
            "Made by hand in Bình Dương, Vietnam, in vermilion or black.",
        ],
        "Bát sơn mài 15 cm vẽ tay họa tiết sen, màu đỏ son hoặc đen.",
        "Bát sơn mài cốt tre ép, vẽ tay, làm tại Bình Dương. 320.000 ₫.",
        ("Can it go in the dishwasher?", "No, and not in the microwave either."),
    ),
    "T16": (
        [
            "A sepak takraw ball woven by hand from rattan, with 12 holes and 20 crossings.",
            "It is 42 cm round and weighs about 170 g, roughly 6 oz.",
        ],
        "Bola sepak takraw rotan, dianyam tangan di Kedah.",
        "Bola sepak takraw rotan, lilitan 42 cm, dianyam di Alor Setar. RM45.",
        (
            "Can we use it in a tournament?",
            "It is made for practice and casual play, not for official competition.",
        ),
    ),
    "T17": (
        [
            "A single-line delta kite with a 150 cm wingspan, about 59 in.",
            "The sail is ripstop polyester on fibreglass spars.",
        ],
        "A 150 cm delta kite in rainbow or sunset orange.",
        "Delta kite with a 150 cm wingspan and a ripstop sail; flies in 8 to 30 km/h winds. $42.",
        ("How much wind does it need?", "Winds of 8 to 30 km/h, roughly 5 to 19 mph."),
    ),
    "T18": (
        [
            "A 205 mm concave branch cutter, about 8 in long, in carbon steel.",
            "The hollow cut it leaves heals flatter than a straight one.",
        ],
        "A 205 mm carbon steel concave cutter for bonsai.",
        "Concave branch cutter, 205 mm, carbon steel, for a hollow cut that heals flatter. £34.",
        ("Will it rust?", "Carbon steel rusts if left wet, so dry it and oil the joint."),
    ),
    "T19": (
        [
            "Five lengths of OO gauge flexible track, each 914 mm, about 36 in.",
            "The rail is code 100 nickel silver on wooden-style sleepers.",
        ],
        "Five 914 mm lengths of code 100 OO gauge flexible track.",
        "OO gauge flexible track, five 914 mm lengths, code 100 nickel silver rail. £32.50.",
        ("What rail is it?", "Code 100 nickel silver."),
    ),
    "T20": (
        [
            "Three 68 mm juggling balls with a six-panel faux-leather cover and a millet filling.",
            "Each weighs 120 g, about 4.2 oz.",
        ],
        "Three stitched juggling balls in mixed brights or black and white.",
        "Set of three 68 mm juggling balls, faux leather, millet filled, stitched in Adelaide. "
        "A$27.",
        ("Are they real leather?", "No, the cover is faux leather."),
    ),
    "T21": (
        [
            "Twenty-four half pans of student-grade watercolour in a white tin with a mixing lid.",
            "A size 6 synthetic round brush is included.",
        ],
        "A 24 half-pan student watercolour set with a size 6 brush.",
        "Student watercolour set: 24 half pans in a tin with a mixing lid, and a size 6 brush. "
        "R36.",
        ("Is a brush included?", "Yes, one size 6 synthetic round brush."),
    ),
    "T22": (
        [
            "A grade 3 English willow bat with a cane handle and a mid-to-low sweet spot.",
            "It weighs about 1.18 kg, roughly 2 lb 10 oz.",
        ],
        "A grade 3 English willow cricket bat in SH or Harrow size.",
        "Grade 3 English willow cricket bat: SH at ₹8,999, Harrow at ₹8,499.",
        (
            "Is it ready to play?",
            "It has been knocked in by machine; give it 4 more hours before a match.",
        ),
    ),
    "T23": (
        [
            "Racing-style goggles with mirrored polycarbonate lenses and an anti-fog coating.",
            "Silicone gaskets and a split silicone strap hold them in place.",
        ],
        "Mirrored racing goggles in silver or blue, with UV protection.",
        "Mirrored swim goggles with anti-fog polycarbonate lenses and a split strap. $24.",
        ("Do they come in my prescription?", "No, the lenses are not prescription."),
    ),
    "T24": (
        [
            "A wind-up pyramid metronome in a beech case, from 40 to 208 beats a minute.",
            "The bell can be set to 2, 3, 4 or 6 beats.",
        ],
        "A wind-up pyramid metronome in beech, 40 to 208 BPM.",
        "Mechanical pyramid metronome in beech, 40 to 208 BPM, with a bell. £65.",
        ("How big is it?", "11 x 11 x 22 cm, about 4.3 x 4.3 x 8.7 in."),
    ),
    "T25": (
        [
            "A 175 g disc for ultimate, 27 cm across, about 10.6 in.",
            "It is moulded from a soft polyethylene blend.",
        ],
        "A blank 175 g ultimate disc in white, yellow or glow.",
        "175 g ultimate disc, 27 cm, blank. $14, or $16 for glow.",
        ("How much is the glow one?", "$16; white and yellow are $14."),
    ),
    "T26": (
        [
            "We patch tears in the fly or inner, replace broken zip sliders and re-tape seams.",
            "Repairs start at £45, and we quote before any work begins.",
        ],
        "Tent repairs by post: patches, zip sliders and seam taping, from £45.",
        "Tent repair by post: tears patched, zip sliders replaced, seams re-taped. From £45.",
        ("Do you fix poles?", "No, we do not repair pole sections."),
    ),
    "T27": (
        ["A pack of 24 wooden clothes pegs."],
        "Wooden clothes pegs, 24 to a pack.",
        "Wooden clothes pegs, pack of 24, $7.",
        ("How many pegs are in a pack?", "24."),
    ),
    "T28": (
        ["An A-frame chalkboard sign, 60 x 90 cm, about 24 x 35 in."],
        "An A-frame chalkboard sign, 60 x 90 cm.",
        "A-frame chalkboard sign, 60 x 90 cm, €85.",
        ("What size is the board?", "60 x 90 cm."),
    ),
    "T29": (
        [
            "A trowel, a transplanter marked in inches and a three-prong cultivator, each with "
            "an ash handle.",
            "They are sold on their own: $19, $19 and $22.",
        ],
        "Stainless steel garden hand tools with ash handles, sold one by one.",
        "Trowel, transplanter and cultivator in stainless steel with ash handles, from $19.",
        (
            "Can I buy just the cultivator?",
            "Yes, each tool is sold on its own; the cultivator is $22.",
        ),
    ),
    "T30": (
        [
            "An air-resistance rowing machine whose monitor shows pace, distance and strokes a "
            "minute.",
            "It takes users up to 135 kg, about 298 lb.",
        ],
        "An air rowing machine from our partner Stroke Lab, C$1,299.",
        "Air rowing machine from Stroke Lab with a pace and distance monitor, for users up to "
        "135 kg. C$1,299.",
        ("How long does delivery take?", "The partner delivers in 7 to 14 business days."),
    ),
}

PAD = {
    "T01": "Nibs are sold separately, so bring your own pointed nib.",
    "T02": "Drop it in the river and it floats.",
    "T03": "Each one is made in Hamilton, Ontario.",
    "T04": "It is turned by hand; there is no motor.",
    "T05": "The cable is fixed, so there is nothing to unscrew.",
    "T06": "It weighs 140 g, about 5 oz.",
    "T07": "You will need an air pump and airline tubing, sold separately.",
    "T08": "Pour at about 60 °C and add up to 10 % fragrance oil.",
    "T09": "The back of every sheet is plain white.",
    "T10": "A padded gig bag comes with it.",
    "T11": "Soak it in water for 10 minutes before use.",
    "T12": "Wash it by hand in cold water.",
    "T13": "Hanging hardware and ropes are not included.",
    "T14": "The dyes are not food-safe, so do not eat the eggs afterwards.",
    "T15": "Use it for dry things only; it is not for hot liquids.",
    "T16": "It is meant for practice and casual games, not official matches.",
    "T17": "30 m of line on a handle winder comes with it.",
    "T18": "Oil the joint after use.",
    "T19": "Rail joiners are not included.",
    "T20": "They land without bouncing or rolling away.",
    "T21": "These are student paints, not artist grade.",
    "T22": "Give it a further 4 hours of knocking in before a match.",
    "T23": "The lenses are not prescription.",
    "T24": "It needs no batteries.",
    "T25": "It comes blank, with no print.",
    "T26": "Return postage is £9.50.",
    "T27": "That is two dozen pegs for $7.",
    "T28": "It is €85 from Harbour Signs.",
    "T29": "All three come to $60.",
    "T30": "Our partner Stroke Lab sells, ships and supports it.",
}

FQ = "f"
FAULTY: dict[str, list[tuple[str, str, str, str, str]]] = {
    "T01": [
        (
            "d",
            "The flange is [[gold-plated brass]] and holds the nib at a steady angle.",
            MA,
            B,
            "the flange is plain brass; no plating is given",
        ),
        (
            "d",
            "Each holder is [[turned by hand in Seattle]].",
            OR,
            B,
            "the holder is turned in Portland, Oregon",
        ),
        (
            "s",
            "A walnut oblique holder [[made for left-handed writers]].",
            CM,
            B,
            "the FAQ says it is for right-handed writers only",
        ),
        (
            "s",
            "[[Three interchangeable flanges]] come with the holder.",
            FE,
            B,
            "one brass flange is listed",
        ),
        (
            "o",
            "Oblique holder in walnut, [[now $22, down from $28]].",
            PR,
            B,
            "the holder is $28 with no sale price",
        ),
        (
            FQ,
            "Yes, it is [[safe to soak in warm water]] after a long session.",
            CR,
            B,
            "the care line says do not soak",
        ),
    ],
    "T02": [
        ("d", "It holds [[up to 200 flies]] in slotted foam.", N, B, "the box holds up to 120"),
        (
            "d",
            "The shell is [[anodised aluminium]], light enough for a chest pack.",
            MA,
            B,
            "the shell is ABS plastic",
        ),
        (
            "s",
            "Choose olive, slate grey or [[burnt orange]].",
            CO,
            B,
            "only olive and slate grey are offered",
        ),
        (
            "s",
            "A slim fly box that [[closes with a spring-loaded latch]].",
            FE,
            B,
            "it closes with a magnetic catch",
        ),
        (
            "o",
            "Slim fly box that floats, [[the choice of guides across Scotland]].",
            SP,
            W,
            "an endorsement the listing does not give",
        ),
        (FQ, "Each box is [[guaranteed for life]] against cracks.", WA, B, "no guarantee is given"),
        (
            FQ,
            "We offer [[free next-day delivery across the UK]].",
            SH,
            B,
            "no delivery terms are given",
        ),
    ],
    "T03": [
        (
            "d",
            "The flute is ground from [[powder-metal V10 steel]] for longer edge life.",
            MA,
            B,
            "the steel is M2 high-speed steel",
        ),
        (
            "d",
            "It ships with a [[60 degree bevel]] for deep bowls.",
            N,
            B,
            "it is sharpened to 40 degrees",
        ),
        ("s", "The [[maple handle]] is fitted with a steel ferrule.", MA, B, "the handle is ash"),
        (
            "s",
            "A bowl gouge [[that also cuts aluminium on a metal lathe]].",
            CM,
            B,
            "a woodturning tool; metal turning is not named",
        ),
        (
            "o",
            "1/2 in bowl gouge with [[the sharpest edge you can buy]].",
            AB,
            W,
            "an unprovable superlative",
        ),
        (
            FQ,
            "It is [[forged in Sheffield]] to our pattern.",
            OR,
            B,
            "it is made in Hamilton, Ontario",
        ),
    ],
    "T04": [
        ("d", "The cast iron head is [[30 cm across]].", N, B, "the head is 20 cm"),
        ("d", "It [[ships free anywhere in Ireland]].", SH, B, "no shipping terms are given"),
        (
            "s",
            "A banding wheel with a [[variable-speed foot pedal]].",
            FE,
            B,
            "the wheel is turned by hand, not powered",
        ),
        (
            "s",
            "The wheel head is [[powder-coated steel]] on a ball bearing.",
            MA,
            B,
            "the head is cast iron",
        ),
        ("o", "Banding wheel, 20 cm, that [[weighs just 2 kg]].", N, B, "it weighs 4.5 kg"),
        (FQ, "The bearing is [[covered by a ten-year warranty]].", WA, B, "no warranty is given"),
        (
            FQ,
            "The wheel is [[CE certified for electrical safety]].",
            CE,
            B,
            "no certification, and the wheel has no electrics",
        ),
    ],
    "T05": [
        (
            "d",
            "The tips are [[nickel-plated brass]] for fast knitting.",
            MA,
            B,
            "the tips are bamboo",
        ),
        ("d", "Sizes run [[from 2 mm to 10 mm]].", SZ, B, "sizes are 3 to 6 mm"),
        (
            "s",
            "The [[tips unscrew so you can swap cables]].",
            FE,
            B,
            "the cable is fixed and the tips do not unscrew",
        ),
        ("s", "Bamboo circular needles on a [[100 cm cable]].", N, B, "the needles are 80 cm"),
        (
            "o",
            "Bamboo circular needles [[loved by over 10,000 knitters]].",
            SP,
            W,
            "a sales figure the listing does not give",
        ),
        (
            FQ,
            "The bamboo is [[grown without pesticides and fully compostable]].",
            EN,
            B,
            "no environmental claim is made",
        ),
    ],
    "T06": [
        (
            "d",
            "A [[light loop at the back takes a rear light]].",
            FE,
            B,
            "the listing says there is no light loop",
        ),
        ("d", "It holds [[3 litres]] of spares and snacks.", N, B, "the bag holds 1.5 L"),
        (
            "s",
            "A roll-top saddle bag in black, sand or [[fluoro yellow]].",
            CO,
            B,
            "black and sand only",
        ),
        (
            "s",
            "A roll-top bag [[made from recycled fishing nets]].",
            EN,
            B,
            "the fabric is TPU-coated nylon; nothing is said of recycling",
        ),
        (
            "o",
            "Roll-top saddle bag that [[fits every bike on the market]].",
            AB,
            W,
            "an absolute fit claim",
        ),
        (FQ, "Every bag is [[sewn in Brisbane]].", OR, B, "no origin is given"),
        (
            FQ,
            "It [[includes a seatpost strap]] for extra hold.",
            FE,
            B,
            "the listing says there is no seatpost strap",
        ),
    ],
    "T07": [
        (
            "d",
            "This [[canister filter]] keeps the water moving gently.",
            CA,
            B,
            "it is a sponge filter",
        ),
        (
            "d",
            "It is [[safe for saltwater reef tanks]] too.",
            CM,
            B,
            "the listing names freshwater tanks only",
        ),
        (
            "s",
            "A double sponge filter that [[comes with an air pump]].",
            FE,
            B,
            "the pump is sold separately",
        ),
        (
            "s",
            "A sponge filter that [[cures fin rot and ich]] by keeping water clean.",
            HE,
            B,
            "a health claim for fish the listing does not make",
        ),
        (
            "o",
            "Double sponge filter, [[dishwasher safe]] for easy cleaning.",
            CR,
            B,
            "rinse in tank water is the only care given",
        ),
        (FQ, "It is [[made in Germany]].", OR, B, "no origin is given"),
        (FQ, "It is [[made by Eheim]] for us.", BR, B, "the brand is Reefline Aquatics"),
    ],
    "T08": [
        (
            "d",
            "Its melt point of [[about 70 °C]] suits warm rooms.",
            N,
            B,
            "it melts at 52 to 54 °C",
        ),
        (
            "d",
            "It is [[ideal for pillar candles]] as well as jars.",
            CM,
            B,
            "the listing says not for pillar candles",
        ),
        ("s", "A soy wax blend [[with 20 % coconut wax]].", MA, B, "the wax is soy wax only"),
        ("s", "Soy wax flakes [[from British-grown soybeans]].", OR, B, "no origin is given"),
        (
            "o",
            "Soy wax flakes, 2 kg, [[Soil Association certified organic]].",
            CE,
            B,
            "no certification is given",
        ),
        (FQ, "You can [[add up to 15 % fragrance]] oil.", N, B, "the limit is 10 %"),
        (
            FQ,
            "Soy candles [[purify the air and ease headaches]].",
            HE,
            B,
            "a health claim the listing does not make",
        ),
    ],
    "T09": [
        ("d", "Each pack has [[20 patterns]] to fold.", N, B, "there are ten patterns"),
        (
            "d",
            "The sheets are [[handmade mulberry paper]].",
            MA,
            B,
            "the listing says paper; nothing handmade or mulberry",
        ),
        ("s", "Origami paper [[printed on both sides]].", FE, B, "the back is plain white"),
        ("s", "Washi-print paper [[made in Kyoto]].", OR, B, "no origin is given"),
        (
            "o",
            "Washi origami paper, [[certified acid-free to ISO 9706]].",
            CE,
            B,
            "no certification is given",
        ),
        (FQ, "Orders [[ship free across Singapore]].", SH, B, "no shipping terms are given"),
    ],
    "T10": [
        (
            "d",
            "The top is [[solid spruce]] for a bright tone.",
            MA,
            B,
            "the top is laminated mahogany",
        ),
        (
            "d",
            "A [[built-in tuner and pickup]] let you play through an amp.",
            FE,
            B,
            "no pickup is fitted",
        ),
        ("s", "A concert ukulele with [[20 frets]].", N, B, "it has 18 frets"),
        ("s", "A [[tenor ukulele]] in laminated mahogany.", CA, B, "it is a concert ukulele"),
        ("o", "Concert ukulele [[made by Kamaka]].", BR, B, "the brand is Kailua Strings"),
        (FQ, "It comes with a [[hard case]].", FE, B, "it comes with a padded gig bag"),
        (FQ, "It is [[made in Hawaii]].", OR, B, "no origin is given"),
    ],
    "T11": [
        ("d", "The 6000 side is [[natural Belgian coticule]].", MA, B, "both sides are corundum"),
        ("d", "One side is [[400 grit]] for repairing chips.", N, B, "the grits are 1000 and 6000"),
        (
            "s",
            "Kombi-Schleifstein mit [[Halter aus Bambus]].",
            MA,
            B,
            "the holder is rubber (Gummi)",
        ),
        (
            "s",
            "Kombi-Schleifstein 1000/6000, [[der kein Wasser braucht]].",
            FE,
            B,
            "the stone is soaked in water for 10 minutes",
        ),
        (
            "o",
            "Kombi-Schleifstein 1000/6000, [[hergestellt in Japan]].",
            OR,
            B,
            "no origin is given",
        ),
        (FQ, "It [[works on ceramic and serrated knives too]].", CM, B, "no such knives are named"),
        (FQ, "It is [[the best whetstone in Germany]].", AB, W, "an unprovable superlative"),
    ],
    "T12": [
        (
            "d",
            "Each beret is [[knitted and fulled in Lyon]].",
            OR,
            B,
            "it is knitted and fulled in Oloron",
        ),
        ("d", "A felted merino beret with a [[pure silk lining]].", MA, B, "the lining is satin"),
        (
            "s",
            "Béret en laine mérinos, aussi en [[vert olive]].",
            CO,
            B,
            "black, navy and red only",
        ),
        ("s", "Béret [[lavable en machine à 40 °C]].", CR, B, "hand wash in cold water only"),
        (
            "o",
            "Béret en laine mérinos feutrée, [[taille unique]].",
            SZ,
            B,
            "sizes 56 and 58 are offered",
        ),
        (FQ, "Sizes run [[from 54 to 62]].", SZ, B, "sizes 56 and 58 only"),
        (FQ, "Every beret is [[Woolmark certified]].", CE, B, "no certification is given"),
    ],
    "T13": [
        ("d", "It holds [[up to 250 kg]] of loungers.", N, B, "the limit is 150 kg"),
        ("d", "It is woven from [[weatherproof nylon]].", MA, B, "the hammock is cotton"),
        (
            "s",
            "Hamaca [[con soportes de acero incluidos]].",
            FE,
            B,
            "no hardware or ropes are included",
        ),
        ("s", "Hamaca matrimonial [[tejida en Chiapas]].", OR, B, "it is woven in Yucatán"),
        (
            "o",
            "Hamaca matrimonial de algodón, [[envío gratis a todo México]].",
            SH,
            B,
            "no shipping terms are given",
        ),
        (
            FQ,
            "The multicolour hammock is [[MXN 1,450]].",
            PR,
            B,
            "the multicolour one is 1,550 MXN",
        ),
    ],
    "T14": [
        ("d", "It has [[twelve dyes]] for bright colours.", N, B, "six dyes are included"),
        (
            "d",
            "The [[electric kistky]] heat the wax for you.",
            FE,
            B,
            "the kistky are brass and wood, not electric",
        ),
        (
            "s",
            "Набір для писанок, барвники [[харчові й безпечні]].",
            HE,
            B,
            "the dyes are not food-safe",
        ),
        ("s", "Набір для писанок, [[зроблено у Львові]].", OR, B, "it is made in Kolomyia"),
        ("o", "Набір для писанок, [[віск парафіновий]].", MA, B, "the wax is beeswax"),
        (FQ, "The kit [[includes six blank eggs]].", FE, B, "no eggs are listed"),
        (
            FQ,
            "It is [[the kit every Ukrainian family trusts]].",
            SP,
            W,
            "a popularity claim the listing does not give",
        ),
    ],
    "T15": [
        ("d", "The core is [[solid teak]].", MA, B, "the core is pressed bamboo"),
        ("d", "It is [[microwave safe]].", CR, B, "the listing says no microwave"),
        ("s", "Bát sơn mài [[màu xanh ngọc]].", CO, B, "vermilion and black only"),
        (
            "s",
            "Bát sơn mài [[dùng được cho canh nóng]].",
            FE,
            B,
            "for dry things only, no hot liquids",
        ),
        ("o", "Bát sơn mài [[dát vàng 24K]].", MA, B, "no gold leaf is listed"),
        (FQ, "It is [[made in Hanoi]].", OR, B, "it is made in Bình Dương"),
        (FQ, "Each bowl [[carries a five-year guarantee]].", WA, B, "no guarantee is given"),
    ],
    "T16": [
        (
            "d",
            "It is [[approved by ISTAF for competition]].",
            CE,
            B,
            "the listing says it is not for official competition",
        ),
        ("d", "The weave is [[synthetic plastic strip]].", MA, B, "the ball is rattan"),
        ("s", "Bola sepak takraw [[dianyam di Pattani]].", OR, B, "it is woven in Alor Setar"),
        ("s", "Bola sepak takraw dengan [[lilitan 45 cm]].", N, B, "the circumference is 42 cm"),
        (
            "o",
            "Bola sepak takraw rotan [[paling tahan lama di dunia]].",
            AB,
            W,
            "an unprovable superlative",
        ),
        (
            FQ,
            "[[Most of our buyers are national players]].",
            SP,
            W,
            "a claim about buyers the listing does not give",
        ),
    ],
    "T17": [
        ("d", "The spars are [[carbon fibre]].", MA, B, "the spars are fibreglass"),
        ("d", "It flies in winds [[up to 50 km/h]].", N, B, "winds of 8 to 30 km/h"),
        ("s", "A [[dual-line stunt kite]] with a 150 cm span.", CA, B, "a single-line delta kite"),
        (
            "s",
            "Delta kite in rainbow, sunset orange or [[neon green]].",
            CO,
            B,
            "rainbow and sunset orange only",
        ),
        (
            "o",
            "Delta kite, [[the easiest kite ever to launch]].",
            AB,
            W,
            "an unprovable superlative",
        ),
        (FQ, "It carries [[a two-year warranty]].", WA, B, "no warranty is given"),
        (FQ, "It [[ships free to every US state]].", SH, B, "no shipping terms are given"),
    ],
    "T18": [
        (
            "d",
            "It is [[stainless steel, so it never rusts]].",
            MA,
            B,
            "carbon steel, which the listing says will rust",
        ),
        ("d", "Each cutter is [[hand-forged in Sanjo]].", OR, B, "no origin is given"),
        ("s", "A [[180 mm]] concave cutter for bonsai.", N, B, "the cutter is 205 mm"),
        (
            "s",
            "A concave cutter that [[also cuts wire]].",
            CM,
            B,
            "a branch cutter; wire is not named",
        ),
        (
            "o",
            "Concave branch cutter with a [[lifetime guarantee]].",
            WA,
            B,
            "no guarantee is given",
        ),
        (
            FQ,
            "[[Rinse it under the tap and leave it to air dry]].",
            CR,
            B,
            "the listing says oil the joint and keep dry",
        ),
    ],
    "T19": [
        ("d", "The rail is [[code 75]] nickel silver.", N, B, "the rail is code 100"),
        ("d", "It also [[suits HO and N gauge layouts]].", CM, B, "the track is OO gauge"),
        ("s", "A pack of [[ten lengths]] of OO gauge track.", N, B, "the pack has five"),
        (
            "s",
            "Flexible track [[with rail joiners included]].",
            FE,
            B,
            "rail joiners are not included",
        ),
        ("o", "OO gauge flexible track with [[brass rail]].", MA, B, "the rail is nickel silver"),
        (FQ, "It is [[Peco Streamline]] track.", BR, B, "the brand is Sidings & Signals"),
    ],
    "T20": [
        ("d", "The covers are [[genuine leather]].", MA, B, "the covers are faux leather"),
        ("d", "Each ball weighs [[150 g]].", N, B, "each ball is 120 g"),
        ("s", "Juggling balls [[in 62 mm and 75 mm sizes]].", SZ, B, "68 mm only"),
        ("s", "Juggling balls [[filled with plastic pellets]].", MA, B, "the filling is millet"),
        (
            "o",
            "Juggling balls that [[bounce back to your hand]].",
            FE,
            B,
            "the listing says they land without bouncing",
        ),
        (FQ, "They are [[stitched in Bali]].", OR, B, "they are stitched in Adelaide"),
    ],
    "T21": [
        ("d", "It comes with a [[sable brush]].", MA, B, "the brush is synthetic"),
        ("d", "The tin holds [[36 half pans]].", N, B, "it holds 24"),
        (
            "s",
            "[[Artist-grade]] watercolour in 24 half pans.",
            FE,
            B,
            "the paints are student grade",
        ),
        (
            "s",
            "A watercolour set [[certified non-toxic by the ACMI]].",
            CE,
            B,
            "no certification is given",
        ),
        (
            "o",
            "Student watercolour set with [[free delivery nationwide]].",
            SH,
            B,
            "no delivery terms are given",
        ),
        (FQ, "It costs [[R29 this week only]].", PR, B, "the set is R36, no sale"),
    ],
    "T22": [
        ("d", "It is a [[grade 1]] English willow bat.", N, B, "the bat is grade 3"),
        ("d", "[[Kashmir willow]] gives it a big middle.", MA, B, "the willow is English"),
        (
            "s",
            "A cricket bat [[ready to play with no knocking in]].",
            FE,
            B,
            "it needs 4 more hours of knocking in",
        ),
        ("s", "English willow bat in SH, Harrow and [[Youth]] sizes.", SZ, B, "SH and Harrow only"),
        (
            "o",
            "English willow bat, Harrow size at [[₹8,999]].",
            PR,
            B,
            "Harrow is ₹8,499; ₹8,999 is the SH price",
        ),
        (
            FQ,
            "It is [[used by state team players]].",
            SP,
            W,
            "an endorsement the listing does not give",
        ),
    ],
    "T23": [
        ("d", "The lenses are [[polarised]] against glare.", FE, B, "no polarisation is given"),
        ("d", "They are [[FINA approved for racing]].", CE, B, "no approval is given"),
        ("s", "Mirrored goggles with [[latex gaskets]].", MA, B, "the gaskets are silicone"),
        (
            "s",
            "Mirrored goggles [[sized for kids aged 6 to 12]].",
            CM,
            B,
            "the listing tags them adult",
        ),
        (
            "o",
            "Mirrored swim goggles, [[Speedo quality at half the price]].",
            BR,
            B,
            "names a brand the listing does not",
        ),
        (
            FQ,
            "They [[protect against eye infections]].",
            HE,
            B,
            "a health claim the listing does not make",
        ),
    ],
    "T24": [
        ("d", "It runs [[from 30 to 250 beats]] a minute.", N, B, "the range is 40 to 208"),
        (
            "d",
            "This [[electronic metronome]] sits in a beech case.",
            CA,
            B,
            "a mechanical wind-up metronome",
        ),
        ("s", "A pyramid metronome in a [[mahogany case]].", MA, B, "the case is beech"),
        ("s", "A pyramid metronome [[made by Wittner]].", BR, B, "the brand is Allegretto Music"),
        ("o", "Wind-up metronome [[made in the Black Forest]].", OR, B, "no origin is given"),
        (FQ, "It carries [[a three-year guarantee]].", WA, B, "no guarantee is given"),
    ],
    "T25": [
        ("d", "It is [[approved by USA Ultimate]].", CE, B, "no approval is given"),
        ("d", "It weighs [[165 g]] for long throws.", N, B, "the disc is 175 g"),
        (
            "s",
            "An ultimate disc [[printed with a full-colour design]].",
            FE,
            B,
            "the disc is sold blank",
        ),
        ("s", "The glow disc is [[$14]].", PR, B, "glow is $16"),
        (
            "o",
            "175 g ultimate disc [[made from recycled plastic]].",
            EN,
            B,
            "nothing is said of recycled material",
        ),
        (
            FQ,
            "It is [[the disc every championship team throws]].",
            SP,
            W,
            "a popularity claim the listing does not give",
        ),
    ],
    "T26": [
        (
            "d",
            "We [[also straighten and splint bent poles]].",
            FE,
            B,
            "the listing says poles are not repaired",
        ),
        ("d", "Turnaround is [[three working days]].", N, B, "about two weeks"),
        ("s", "Tent repairs with [[free return postage]].", SH, B, "return postage is £9.50"),
        ("s", "Every repair is [[guaranteed for five years]].", WA, B, "no guarantee is given"),
        ("o", "Tent repair by post for a [[flat fee of £30]].", PR, B, "from £45, quoted per job"),
        (
            FQ,
            "We [[also repair sleeping bags and rucksacks]].",
            CA,
            B,
            "the service is for tents only",
        ),
    ],
    "T27": [
        ("d", "The pegs are [[beech]] with a steel spring.", MA, B, "no wood is named"),
        (
            "d",
            "The wood comes [[from sustainably managed forests]].",
            EN,
            B,
            "no environmental claim is made",
        ),
        (
            "s",
            "Wooden clothes pegs in natural and [[pastel blue]].",
            CO,
            W,
            "no colour appears anywhere in the listing",
        ),
        ("s", "A pack of [[50 wooden pegs]].", N, B, "the pack has 24"),
        ("o", "Wooden clothes pegs, [[made in Maine]].", OR, B, "no origin is given"),
        (FQ, "They [[never snap, even in a freezing wind]].", AB, W, "an absolute claim"),
    ],
    "T28": [
        ("d", "The frame is [[weatherproof oak]].", MA, B, "no material is given"),
        (
            "d",
            "The board is [[made from reclaimed timber]].",
            EN,
            B,
            "no environmental claim is made",
        ),
        (
            "s",
            "A chalkboard sign with a [[forest green]] frame.",
            CO,
            W,
            "no colour appears anywhere in the listing",
        ),
        (
            "s",
            "A sign [[that takes liquid chalk markers]].",
            CM,
            W,
            "markers are not named; chalk is implied only",
        ),
        (
            "o",
            "A-frame chalkboard, [[dispatched the same day]].",
            SH,
            B,
            "no dispatch terms are given",
        ),
        (FQ, "It [[comes with chalk and an eraser]].", FE, B, "no extras are listed"),
    ],
    "T29": [
        ("d", "The cultivator has [[five prongs]].", N, B, "it has three prongs"),
        ("d", "The trowel costs [[$22]].", PR, B, "the trowel is $19; $22 is the cultivator"),
        ("s", "Garden hand tools with [[oak handles]].", MA, B, "the handles are ash"),
        (
            "s",
            "Three hand tools [[sold together in a gift box]].",
            FE,
            B,
            "each tool is sold on its own",
        ),
        ("o", "Stainless steel hand tools that [[never rust, ever]].", AB, W, "an absolute claim"),
        (FQ, "The transplanter is [[marked in centimetres]].", FE, B, "it is marked in inches"),
    ],
    "T30": [
        (
            "d",
            "The monitor [[tracks heart rate over Bluetooth]].",
            FE,
            B,
            "the monitor shows pace, distance and strokes a minute",
        ),
        ("d", "It takes users up to [[150 kg]].", N, B, "the limit is 135 kg"),
        (
            "s",
            "A [[magnetic-resistance]] rowing machine from Stroke Lab.",
            FE,
            B,
            "the resistance is air",
        ),
        (
            "s",
            "Air rower that [[we ship ourselves within 3 days]].",
            SH,
            B,
            "the partner delivers in 7 to 14 business days",
        ),
        (
            "o",
            "Air rowing machine with a [[ten-year warranty]].",
            WA,
            B,
            "the partner gives two years",
        ),
        (
            FQ,
            "It [[lowers blood pressure in four weeks]].",
            HE,
            B,
            "a health claim the listing does not make",
        ),
    ],
}


def _html(sentences):
    return "<p>" + html.escape(" ".join(sentences), quote=False) + "</p>"


def _serialise(kind, sentences, key, question=GENERAL_Q):
    lst = make_listings.build()[key]
    if kind in ("description", "short_description"):
        return _html(sentences)
    if kind == "seo":
        title = f"{lst['title']} | {lst['vendor']}" if lst["vendor"] else lst["title"]
        return json.dumps({"title": title, "description": " ".join(sentences)}, ensure_ascii=False)
    return json.dumps([{"question": question, "answer": " ".join(sentences)}], ensure_ascii=False)


def _strip_marks(marked):
    start = marked.index("[[")
    end = marked.index("]]")
    claim = marked[start + 2 : end]
    return marked.replace("[[", "").replace("]]", ""), claim


def _locate(kind, text, claim):
    assert html.escape(claim, quote=False) == claim, claim
    assert json.dumps(claim, ensure_ascii=False) == f'"{claim}"', claim
    assert text.count(claim) == 1, (kind, claim, text)
    start = text.index(claim)
    return start, start + len(claim)


def build():
    clean: list[dict[str, Any]] = []
    faulty: list[dict[str, Any]] = []
    for key, (desc, short, seo, (q, a)) in CLEAN.items():
        pad = PAD[key]
        for kind, text in (
            ("description", _serialise("description", [*desc, pad], key)),
            ("short_description", _serialise("short_description", [short], key)),
            ("seo", _serialise("seo", [seo], key)),
            ("faq", _serialise("faq", [a], key, q)),
            ("faq", _serialise("faq", [pad], key)),
        ):
            clean.append({"listing": key, "kind": kind, "text": text, "labels": []})
    for key, rows in FAULTY.items():
        for code, marked, rule, severity, why in rows:
            sentence, claim = _strip_marks(marked)
            kind = KINDS[code]
            sentences = [sentence, PAD[key]] if kind == "description" else [sentence]
            text = _serialise(kind, sentences, key)
            start, end = _locate(kind, text, claim)
            label = {
                "rule": rule,
                "start": start,
                "end": end,
                "claim": claim,
                "severity": severity,
                "why": why,
            }
            faulty.append({"listing": key, "kind": kind, "text": text, "labels": [label]})
    return clean, faulty
