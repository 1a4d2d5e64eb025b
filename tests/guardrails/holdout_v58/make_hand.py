"""The hand-written drafts of guardrails holdout v58: five clean and six or seven faulty a listing.

Each faulty sentence marks its one planted claim as [[...]]; the kind code says which draft it
becomes (d description with the listing's pad, s short description, o SEO pair, f one-answer
FAQ), and the family code names the label's rule (a code ending in "!w", and every absolute and
social-proof claim, is a warn). Imported by assemble.py.
"""

import html
import json
import os
from typing import Any

import make_listings

HERE = os.path.dirname(os.path.abspath(__file__))

GENERAL_Q = "Is there anything I should know before ordering?"

R = {
    "num": "accuracy.number",
    "price": "accuracy.price",
    "mat": "accuracy.material",
    "col": "accuracy.colour",
    "cert": "accuracy.certification",
    "orig": "accuracy.origin",
    "size": "accuracy.size",
    "cat": "accuracy.category",
    "feat": "accuracy.feature",
    "care": "accuracy.care",
    "war": "accuracy.warranty",
    "brand": "accuracy.brand",
    "compat": "accuracy.compatibility",
    "ship": "compliance.shipping",
    "health": "compliance.health",
    "abs": "compliance.absolute",
    "env": "compliance.environmental",
    "soc": "compliance.social_proof",
}
KIND = {"d": "description", "s": "short_description", "o": "seo", "f": "faq"}
WARN = {"abs", "soc"}

# key -> (two clean description sentences (one on the thin T27/T28), clean short description,
#         clean SEO description, (clean question, answer), pad sentence, faulty claims)
# A faulty claim: (kind code, marked sentence, family code, why).
H: dict[str, tuple[Any, ...]] = {
    "T01": (
        (
            "Loopline's 4 mm circular needles have laminated birch tips on an 80 cm nylon cable, "
            "about 31.5 in from tip to tip.",
            "The cable swivels at each join, so your stitches stay untwisted.",
        ),
        "Birch circular needles, 4 mm (US 6), on a swivelling 80 cm cable. Made in Vermont, $14.",
        "4 mm birch circular needles on an 80 cm swivel cable, made in Vermont. $14 from Loopline "
        "Yarn Co.",
        ("What US size are these needles?", "They are 4 mm, which is a US 6."),
        "Wipe the birch tips with a dry cloth and never leave them to soak.",
        [
            (
                "d",
                "The tips are capped in [[nickel-plated brass]] for faster knitting.",
                "mat",
                "the tips are laminated birch; no metal tip is listed",
            ),
            (
                "s",
                "Birch circular needles on a [[100 cm]] cable.",
                "num",
                "the listing's total length is 80 cm",
            ),
            (
                "d",
                "These needles are [[made in Norway]] from local birch.",
                "orig",
                "the listing says made in Vermont",
            ),
            (
                "f",
                "[[Yes, you can soak them]] to relax a kink in the cable.",
                "care",
                "the listing says not to soak the wood",
            ),
            ("o", "Birch circular needles, 4 mm, [[now $11]].", "price", "the price is $14"),
            (
                "s",
                "[[Loved by over 20,000 knitters]] across the country.",
                "soc",
                "a crowd of buyers the listing never mentions",
            ),
            (
                "d",
                "The set [[comes with six interchangeable tip sizes]].",
                "feat",
                "one fixed 4 mm needle is sold; no interchangeable tips",
            ),
        ],
    ),
    "T02": (
        (
            "A fleece-lined chalk bag on a waist belt, with a loop that holds your bouldering "
            "brush.",
            "It comes in Slate, Ochre or Moss and weighs 110 g, just under 4 oz.",
        ),
        "Fleece-lined chalk bag in recycled polyester with a brush loop, £26.",
        "Chalk bag with a 14 cm opening (about 5.5 in), fleece lining and brush holder. £26.",
        (
            "Can I wash it?",
            "Yes, machine wash it at 30 °C (86 °F) once you have taken the belt off.",
        ),
        "Brush and chalk are not included.",
        [
            (
                "s",
                "Chalk bag with [[a block of chalk included]].",
                "feat",
                "the listing says chalk is not included",
            ),
            (
                "d",
                "Choose from Slate, Ochre, Moss or [[Coral]].",
                "col",
                "the colours on offer are Slate, Ochre and Moss",
            ),
            (
                "o",
                "Chalk bag [[endorsed by the British Mountaineering Council]].",
                "cert",
                "the listing names no endorsement",
            ),
            (
                "d",
                "The shell is [[waxed canvas]], tough on rough rock.",
                "mat",
                "the shell is 600D recycled polyester",
            ),
            (
                "f",
                "[[Ideal for deep-water soloing]] over the sea.",
                "compat!w",
                "the listing is silent on this use, for or against",
            ),
            ("s", "The [[lightest chalk bag ever made]].", "abs", "an unprovable superlative"),
            (
                "d",
                "[[Free next-day delivery]] on every chalk bag.",
                "ship",
                "the listing gives no delivery terms",
            ),
        ],
    ),
    "T03": (
        (
            "Six trimming tools for leather-hard pots: three round loops, two square loops and a "
            "teardrop ribbon.",
            "Each beech handle is 17 cm, roughly 6.7 in, long.",
        ),
        "Six hardened steel trimming tools in beech handles, for the wheel. C$38.",
        "Pottery trimming tool set, 6 pieces: round, square and teardrop loops in beech. C$38 at "
        "Kilnside Studio.",
        (
            "Which shapes are in the set?",
            "Three round loops, two square loops and one teardrop ribbon.",
        ),
        "Dry the steel loops after each session so they stay free of rust.",
        [
            (
                "d",
                "The set holds [[eight]] tools for every trimming job.",
                "num",
                "the set has 6 pieces",
            ),
            (
                "s",
                "Trimming tools with [[stainless steel]] loops.",
                "mat",
                "the loops are hardened steel, which the listing says can rust",
            ),
            (
                "o",
                "Trimming tools [[hand-forged in Mashiko, Japan]].",
                "orig",
                "the listing gives no origin",
            ),
            (
                "f",
                "Yes, [[they are dishwasher safe]].",
                "care",
                "the listing only says to dry the loops; no dishwasher is given",
            ),
            (
                "d",
                "[[Perfect for carving wood and linoleum]] too.",
                "compat!w",
                "the listing is silent on this use, for or against",
            ),
            (
                "s",
                "A trimming set [[from Shimpo]].",
                "brand",
                "the vendor is Kilnside Studio; no other maker is named",
            ),
            (
                "d",
                "[[Rated 4.9 stars by potters]] in our shop.",
                "soc",
                "ratings the listing never gives",
            ),
        ],
    ),
    "T04": (
        (
            "A 3/8 in bowl gouge in M2 high-speed steel with a parabolic flute and a 40-degree "
            "swept-back grind.",
            "It is 22 in overall, about 56 cm, on a 16 in ash handle.",
        ),
        "3/8 in M2 HSS bowl gouge on a 16 in ash handle, $89.",
        "3/8 in bowl gouge, M2 high-speed steel, 40-degree swept-back grind, weighs about 540 g. "
        "$89.",
        ("How heavy is it?", "It weighs 1.2 lb, roughly 545 g, handle included."),
        "It is made for the wood lathe and nothing else.",
        [
            (
                "s",
                "Bowl gouge in [[powdered cobalt steel]].",
                "mat",
                "the steel is M2 high-speed steel",
            ),
            (
                "d",
                "It is ground to a [[60-degree]] bevel straight from the box.",
                "num",
                "the listing gives a 40-degree grind",
            ),
            (
                "o",
                "3/8 in bowl gouge, [[also in 1/2 in and 5/8 in]].",
                "size",
                "only the 3/8 in gouge is sold",
            ),
            ("f", "[[No gouge holds an edge longer]].", "abs", "an unprovable absolute"),
            (
                "d",
                "Forged for us [[by Sheffield maker Hartwell Tools]].",
                "brand",
                "a maker absent from the listing",
            ),
            ("s", "[[Lifetime warranty]] on every gouge.", "war", "the listing gives no warranty"),
            (
                "f",
                "Yes, [[it works in a handheld power carver]] as well.",
                "compat",
                "the listing says for use on a wood lathe only",
            ),
        ],
    ),
    "T05": (
        (
            "A slim fly box with slotted foam on both sides, room for up to 180 dry flies or "
            "nymphs.",
            "At 16 x 10 x 2.5 cm it weighs 95 g, about 3.4 oz.",
        ),
        "Slim double-sided foam fly box for up to 180 flies. NZ$24.",
        "Slim fly box, slotted EVA foam both sides, clear polycarbonate lid, holds 180 flies. "
        "NZ$24.",
        ("Can I see the flies without opening it?", "Yes, the lid is clear polycarbonate."),
        "Flies are not included.",
        [
            (
                "d",
                "It holds up to [[300]] flies across both sides.",
                "num",
                "the capacity is 180 flies",
            ),
            (
                "s",
                "Fly box [[stocked with 24 hand-tied nymphs]].",
                "feat",
                "the listing says flies are not included",
            ),
            (
                "o",
                "Slim fly box that [[floats if dropped in the river]].",
                "feat",
                "the listing never says it floats",
            ),
            ("f", "The foam is [[natural cork]], kind to hooks.", "mat", "the foam is EVA"),
            (
                "d",
                "[[Made in New Zealand]] for our own rivers.",
                "orig",
                "the listing gives no origin",
            ),
            (
                "s",
                "Fly box in [[ocean-bound recycled plastic]].",
                "env",
                "no recycled content is listed",
            ),
            (
                "f",
                "[[Ships free anywhere in New Zealand]].",
                "ship",
                "the listing gives no shipping terms",
            ),
        ],
    ),
    "T06": (
        (
            "A brass bell with a clear ping that carries in traffic.",
            "It fits bars from 22.2 to 31.8 mm (about 0.87 to 1.25 in) with the shim that comes "
            "with it.",
        ),
        "Brass bike bell in polished brass (A$19) or black (A$21).",
        "Brass ping bike bell for 22.2-31.8 mm bars, 60 g (roughly 2.1 oz). From A$19.",
        ("Is a shim included?", "Yes, the shim is included; the hex key is not."),
        "You will need your own 3 mm hex key to fit it.",
        [
            ("s", "Brass bell, [[A$15]] in any finish.", "price", "the prices are A$19 and A$21"),
            ("d", "The clamp is [[titanium]], light and strong.", "mat", "the clamp is aluminium"),
            (
                "o",
                "Bike bell [[with a 3 mm hex key in the box]].",
                "feat",
                "the listing says the hex key is not included",
            ),
            (
                "f",
                "It is loud enough to be heard [[100 m away]].",
                "num",
                "the listing gives no range",
            ),
            (
                "d",
                "Finishes: polished brass, black or [[chrome]].",
                "col",
                "the finishes are polished brass and black",
            ),
            (
                "s",
                "Bell [[approved by Austroads]] for road use.",
                "cert",
                "the listing names no approval",
            ),
            (
                "d",
                "[[Ships within 24 hours]] of your order.",
                "ship",
                "the listing gives no dispatch time",
            ),
        ],
    ),
    "T07": (
        (
            "Container-grade soy wax flakes for candles in jars and tins.",
            "They melt at 52 to 54 °C, about 126 to 129 °F, and pour best near 70 °C (158 °F).",
        ),
        "1 kg (about 2.2 lb) of vegan soy wax flakes for container candles, £18.50.",
        "Soy wax flakes 1 kg, container grade, flaked in Leicester from US-grown soya. £18.50.",
        (
            "Where is the wax made?",
            "The soya is grown in the USA and the wax is flaked in Leicester.",
        ),
        "This wax is not meant for pillar candles.",
        [
            (
                "d",
                "The soya is [[grown in Brazil]] on family farms.",
                "orig",
                "the listing says the soya is grown in the USA",
            ),
            (
                "s",
                "Soy wax flakes, [[ideal for pillar candles]].",
                "compat",
                "the listing says not for pillar candles",
            ),
            (
                "o",
                "[[Ready-poured soy candles]], 1 kg.",
                "cat",
                "the product is loose wax flakes, not candles",
            ),
            (
                "f",
                "Soy candles [[are safe for people with asthma]].",
                "health",
                "a health claim the listing never makes",
            ),
            (
                "d",
                "Every bag is [[Soil Association certified organic]].",
                "cert",
                "the listing names no certification",
            ),
            (
                "s",
                "Wax [[blended with beeswax]] for a creamy finish.",
                "mat",
                "the wax is hydrogenated soy wax alone, and vegan",
            ),
            ("d", "It [[burns 100% soot-free]].", "abs", "an unprovable absolute"),
        ],
    ),
    "T08": (
        (
            "A fine nylon mesh net, 10 cm (about 4 in) wide, for small fish and shrimp.",
            "The stainless steel handle is 30 cm, roughly 12 in, long.",
        ),
        "Fine mesh aquarium net for fresh and marine tanks, €7.",
        "Fine mesh aquarium net 10 cm with a 30 cm steel handle. Gentle on fins. €7.",
        ("Can I use it in a reef tank?", "Yes, it is made for both freshwater and marine tanks."),
        "Rinse it in tank water when you are done.",
        [
            (
                "d",
                "Its [[telescopic handle]] reaches deep tanks.",
                "feat",
                "the handle is a fixed 30 cm",
            ),
            ("s", "Aquarium net in [[green mesh]].", "col!w", "the listing names no colour"),
            ("o", "Aquarium net, [[10 cm, 15 cm or 20 cm]].", "size", "only the 10 cm net is sold"),
            (
                "f",
                "[[It kills ich parasites]] as it catches.",
                "health",
                "a health claim the listing never makes",
            ),
            ("d", "The mesh is [[silk]], soft on delicate fins.", "mat", "the mesh is nylon"),
            ("s", "[[The gentlest net on the market]].", "abs", "an unprovable superlative"),
            (
                "f",
                "Yes, [[it is also great for skimming a garden pond]].",
                "compat!w",
                "the listing is silent on this use, for or against",
            ),
        ],
    ),
    "T09": (
        (
            "Weighted Staunton pieces in walnut and boxwood on felt bases, with a folding board of "
            "2 in squares.",
            "The king stands 3.75 in, about 9.5 cm, tall.",
        ),
        "Tournament chess set with 32 weighted pieces, two extra queens and a folding board. $129.",
        "Walnut and boxwood tournament chess set, 3.75 in king, 2 in squares, about 1.6 kg. $129.",
        ("Are there spare queens?", "Yes, two extra queens come with the 32 pieces."),
        "A chess clock is not part of the set.",
        [
            (
                "s",
                "Tournament chess set [[with a digital chess clock]].",
                "feat",
                "the listing says the clock is not included",
            ),
            (
                "d",
                "The dark pieces are [[ebony]], the light ones boxwood.",
                "mat",
                "the dark pieces are walnut",
            ),
            ("o", "Tournament chess set, king [[4.25 in]] tall.", "num", "the king is 3.75 in"),
            (
                "f",
                "[[Approved by FIDE]] for rated events.",
                "cert",
                "the listing names no approval",
            ),
            (
                "d",
                "Each piece is [[hand carved in Kerala, India]].",
                "orig",
                "the listing gives no origin",
            ),
            ("s", "Chess set, [[$99 this week]].", "price", "the price is $129"),
            ("f", "[[The finest chess set you can buy]].", "abs", "an unprovable superlative"),
        ],
    ),
    "T10": (
        (
            "Unbleached cotton cheese cloth in grade 90, fine enough for soft cheese, yogurt and "
            "nut "
            "milk.",
            "One piece measures 2 yd by 36 in, about 1.8 m by 91 cm.",
        ),
        "Grade 90 unbleached cotton cheese cloth, one 2 yd piece, $9.",
        "Grade 90 cheese cloth, unbleached cotton, 2 yd x 36 in. For soft cheese, yogurt and nut "
        "milk. $9.",
        ("How do I clean it?", "Wash it by hand and lay it flat to dry."),
        "Boil it once before its first use.",
        [
            ("d", "The pack holds [[four]] pieces of cloth.", "num", "one piece is sold"),
            (
                "s",
                "Cheese cloth in [[bleached white]] cotton.",
                "col",
                "the listing says unbleached",
            ),
            (
                "o",
                "Grade 90 cheese cloth, [[also in 5 yd rolls]].",
                "size",
                "only the 2 yd piece is sold",
            ),
            (
                "f",
                "[[Yes, put it in the dishwasher]] between batches.",
                "care",
                "the listing says wash by hand",
            ),
            (
                "d",
                "[[Straining through it removes lactose]] from your yogurt.",
                "health",
                "a health claim the listing never makes",
            ),
            (
                "s",
                "Cotton cheese cloth, [[GOTS certified]].",
                "cert",
                "the listing names no certification",
            ),
            (
                "f",
                "The cloth is [[made in Egypt]] from long-staple cotton.",
                "orig",
                "the listing gives no origin",
            ),
        ],
    ),
    "T11": (
        (
            "A natural cane reed for the chanter of a Galician gaita tuned in C.",
            "It is made by hand in Lalín and comes in its own box.",
        ),
        "Palleta de cana natural para punteiro en do, feita a man en Lalín. 28 €.",
        "Palleta de cana para gaita galega en do, con caixa. Obradoiro Fol, 28 €.",
        ("Which chanter does it fit?", "A Galician gaita chanter tuned in C (do)."),
        "Keep it in its box and away from radiators.",
        [
            (
                "d",
                "It is [[made in Santiago de Compostela]] by a master reed maker.",
                "orig",
                "the listing says made by hand in Lalín",
            ),
            (
                "s",
                "Palleta de [[plástico]] para punteiro en do.",
                "mat",
                "the reed is natural cane",
            ),
            (
                "f",
                "Yes, [[it also fits a Scottish Highland chanter]].",
                "compat",
                "the reed is made for a Galician chanter in C",
            ),
            (
                "o",
                "Palleta en do, [[tamén en si bemol e re]].",
                "size",
                "only the reed in C (do) is sold",
            ),
            (
                "d",
                "Each reed is tuned once and [[never needs adjusting]].",
                "abs",
                "an unprovable absolute",
            ),
            (
                "f",
                "[[Delivered free across Spain]].",
                "ship",
                "the listing gives no delivery terms",
            ),
        ],
    ),
    "T12": (
        (
            "A hurling sliotar with a cork core and a leather cover.",
            "It is stitched by hand in Kilkenny, in the adult size 5.",
        ),
        "Sliotar le croí corc, fuaite de láimh i gCill Chainnigh. €12.",
        "Sliotar méid 5 do dhaoine fásta, clúdach leathair agus croí corc. €12.",
        ("What does it weigh?", "110 g, just under 4 oz."),
        "Keep it dry between games.",
        [
            (
                "d",
                "It is [[approved by the GAA]] for championship games.",
                "cert",
                "the listing names no approval",
            ),
            ("s", "Sliotar le croí [[rubair]].", "mat", "the core is cork"),
            ("f", "Yes, [[it comes in sizes 4 and 5]].", "size", "only size 5 is sold"),
            (
                "d",
                "It is [[stitched in Galway]] by a family workshop.",
                "orig",
                "the listing says stitched in Kilkenny",
            ),
            ("o", "Sliotar méid 5, [[€9]] anois.", "price", "the price is €12"),
            (
                "f",
                "[[It is fine to leave it out in the rain]].",
                "care",
                "the listing says keep it dry",
            ),
        ],
    ),
    "T13": (
        (
            "Handmade filigree earrings in 925 silver, shaped like a leaf.",
            "They are 3 cm long, about 1.2 in, and made in Ohrid.",
        ),
        "Рачно изработени филигрански обетки од сребро 925, 2400 денари.",
        "Филигрански обетки во форма на лист, сребро 925, должина 3 см. Изработени во Охрид.",
        (
            "Do they come with a pouch?",
            "Yes, and keeping them in it stops the silver from tarnishing.",
        ),
        "Store them in their pouch so the silver does not tarnish.",
        [
            (
                "d",
                "These [[filigree rings]] are shaped like a leaf.",
                "cat",
                "the product is a pair of earrings",
            ),
            ("s", "Обетки од [[злато 14 карати]].", "mat", "the earrings are 925 silver"),
            (
                "f",
                "[[They are hypoallergenic]] and safe for sensitive ears.",
                "health",
                "a health claim the listing never makes",
            ),
            ("d", "Each earring is [[5 cm]] long.", "num", "the length is 3 cm"),
            ("o", "Обетки [[изработени во Скопје]].", "orig", "the listing says made in Ohrid"),
            (
                "f",
                "Each pair [[comes with a lifetime guarantee]].",
                "war",
                "the listing gives no guarantee",
            ),
        ],
    ),
    "T14": (
        (
            "A bronze singing bowl hammered by hand in Patan.",
            "It is 12 cm across, about 4.7 in, and comes with a wooden striker and a cloth "
            "cushion.",
        ),
        "पाटनमा हातले बनाइएको काँसको सिङ्गिङ बाउल, डण्डा र गद्दी सहित। रु ३५००।",
        "१२ सेमी काँसको सिङ्गिङ बाउल, पाटनमा हस्तनिर्मित। पाटन धातु कला।",
        ("What comes with the bowl?", "A wooden striker and a cloth cushion."),
        "Wipe it with a dry cloth.",
        [
            (
                "d",
                "[[Its sound lowers blood pressure]] in minutes.",
                "health",
                "a health claim the listing never makes",
            ),
            (
                "s",
                "[[सात धातु]]ले बनेको सिङ्गिङ बाउल।",
                "mat",
                "the bowl is bronze; seven metals are not listed",
            ),
            (
                "f",
                "It [[comes with a silk brocade case]] as well.",
                "feat",
                "only a striker and a cushion come with it",
            ),
            (
                "d",
                "It is [[made in Tibet]] by nomad smiths.",
                "orig",
                "the listing says made in Patan",
            ),
            ("o", "सिङ्गिङ बाउल, व्यास [[२० सेमी]]।", "num", "the diameter is 12 cm"),
            (
                "f",
                "[[Over 5,000 sold to yoga studios worldwide]].",
                "soc",
                "sales the listing never gives",
            ),
        ],
    ),
    "T15": (
        (
            "A shyrdak sewn by hand in Kochkor from sheep's wool felt, in red and black.",
            "It measures 100 x 150 cm, about 39 x 59 in.",
        ),
        "Кочкордо кол менен тигилген кызыл-кара шырдак, кой жүнүнөн. 9800 сом.",
        "Шырдак 100 x 150 см, кой жүнүнөн кийиз, кызыл жана кара түстө. Ала-Тоо Кийиз.",
        ("How heavy is it?", "It weighs 2.4 kg, roughly 5.3 lb."),
        "It should be dry cleaned only.",
        [
            (
                "d",
                "The felt is [[alpaca wool]] for extra softness.",
                "mat",
                "the felt is sheep's wool",
            ),
            ("s", "Шырдак, [[көк жана ак]] түстө.", "col", "the colours are red and black"),
            (
                "f",
                "[[Yes, machine wash it on a wool cycle]].",
                "care",
                "the listing says dry clean only",
            ),
            (
                "d",
                "It is [[made in Naryn]] by a women's cooperative.",
                "orig",
                "the listing says made in Kochkor",
            ),
            ("o", "Шырдак [[150 x 200 см]].", "size", "only 100 x 150 cm is sold"),
            (
                "f",
                "The dyes are [[plant-based and biodegradable]].",
                "env",
                "the listing says nothing of the dyes",
            ),
        ],
    ),
    "T16": (
        (
            "A glass bead bracelet made by hand in Msinga, KwaZulu-Natal, in white, blue and red.",
            "It is 18 cm long, about 7 in, strung on nylon thread.",
        ),
        "Isongo lobuhlalu bengilazi olwenziwe ngesandla eMsinga. R180.",
        "Isongo lobuhlalu obumhlophe, obuluhlaza okwesibhakabhaka nobubomvu, ubude buyi-18 cm.",
        ("How long is the bracelet?", "18 cm, which is about 7 in."),
        "Keep it dry.",
        [
            ("d", "The beads are [[hand-cut bone]].", "mat", "the beads are glass"),
            (
                "s",
                "Isongo lobuhlalu [[obuphuzi nobumnyama]].",
                "col",
                "the colours are white, blue and red",
            ),
            (
                "f",
                "[[The beads ease joint pain]].",
                "health",
                "a health claim the listing never makes",
            ),
            (
                "d",
                "Each bracelet is [[made in Soweto]].",
                "orig",
                "the listing says made in Msinga",
            ),
            ("o", "Isongo lobuhlalu, [[R120]] kuphela.", "price", "the price is R180"),
            ("f", "[[Yes, you can swim in it]].", "care", "the listing says keep it dry"),
        ],
    ),
    "T17": (
        (
            "A neoprene wrist support with a steel stay that keeps your wrist straight at release.",
            "The straps fit wrists from 14 to 19 cm, about 5.5 to 7.5 in, and it comes for the "
            "right "
            "or left hand.",
        ),
        "Adjustable bowling wrist support with a steel stay, right or left hand, $32.",
        "Bowling wrist support, steel stay, fits 14-19 cm wrists, right or left. $32 at Tenframe.",
        ("Which hand do I buy?", "The one you bowl with; it comes in right and left."),
        "Hand wash it in cold water and let it air dry.",
        [
            (
                "d",
                "[[It cures tendonitis]] after a few weeks of use.",
                "health",
                "a health claim the listing never makes",
            ),
            (
                "s",
                "Wrist support, [[one piece fits either hand]].",
                "feat",
                "it is sold as a right-hand or a left-hand support",
            ),
            (
                "o",
                "Bowling wrist support [[with a carbon fibre stay]].",
                "mat",
                "the stay is steel",
            ),
            (
                "f",
                "[[Approved by the USBC]] for league play.",
                "cert",
                "the listing names no approval",
            ),
            ("d", "[[Used by 9 of 10 pro bowlers]].", "soc", "a crowd the listing never gives"),
            (
                "f",
                "[[It also suits tennis and golf]].",
                "compat!w",
                "other sports the listing is silent on, for or against",
            ),
        ],
    ),
    "T18": (
        (
            "A powder-coated steel hay rack that hooks onto cage or hutch mesh.",
            "It is 25 cm wide, just under 10 in, and holds around two handfuls of hay.",
        ),
        "Hanging steel hay rack for hutches, keeps hay off the floor. £16.",
        "Hanging hay rack for rabbits and guinea pigs, 25 cm wide, powder-coated steel. £16.",
        ("Does it need screws?", "No, it hooks onto the mesh of a cage or hutch."),
        "It suits rabbits and guinea pigs.",
        [
            ("d", "It is [[made of untreated pine]].", "mat", "the rack is powder-coated steel"),
            (
                "s",
                "Hay rack [[with a salt lick holder]].",
                "feat",
                "the listing gives no salt lick holder",
            ),
            ("o", "Hanging hay rack, [[40 cm]] wide.", "num", "the rack is 25 cm wide"),
            (
                "f",
                "[[It is ideal for chickens too]].",
                "compat!w",
                "the listing is silent on this use, for or against",
            ),
            (
                "d",
                "[[Hay from the rack prevents dental disease]].",
                "health",
                "a health claim the listing never makes",
            ),
            ("f", "It comes in [[pink and lilac]].", "col!w", "the listing names no colour"),
        ],
    ),
    "T19": (
        (
            "A 1000-piece jigsaw of a harbour at dusk, cut from 2 mm recycled board.",
            "Finished, it measures 68 x 48 cm, roughly 26.8 x 18.9 in.",
        ),
        "1000-piece harbour jigsaw on recycled board, printed in England. £22.",
        "Harbour Lights 1000-piece jigsaw, 68 x 48 cm finished, recycled board. £22.",
        ("Is there a picture to work from?", "Yes, a poster of the picture is in the box."),
        "It is printed in England.",
        [
            ("s", "A [[500-piece]] harbour jigsaw.", "num", "the puzzle has 1000 pieces"),
            (
                "d",
                "The puzzle [[comes with a glue sheet]] for framing.",
                "feat",
                "only a poster comes with it",
            ),
            (
                "o",
                "Harbour jigsaw [[printed in Germany]].",
                "orig",
                "the listing says printed in England",
            ),
            (
                "f",
                "[[The box is plastic-free and fully recyclable]].",
                "env",
                "the listing says nothing of the box",
            ),
            ("d", "[[The best jigsaw of the year]].", "abs", "an unprovable superlative"),
            (
                "f",
                "[[Doing it slows memory loss]].",
                "health",
                "a health claim the listing never makes",
            ),
        ],
    ),
    "T20": (
        (
            "A shaving brush with a 24 mm knot of soft synthetic fibre and a 52 mm loft.",
            "The resin handle comes in ivory or tortoise.",
        ),
        "Vegan synthetic shaving brush, 24 mm knot, $34.",
        "Synthetic fibre shaving brush, 24 mm knot, resin handle in ivory or tortoise. $34.",
        ("Is any animal hair used?", "No, the knot is synthetic, so the brush is vegan."),
        "The drying stand is sold separately.",
        [
            (
                "d",
                "The knot is [[silvertip badger hair]].",
                "mat",
                "the knot is synthetic fibre; the listing says no animal hair",
            ),
            (
                "s",
                "Shaving brush [[with a chrome drip stand]].",
                "feat",
                "the listing says the stand is sold separately",
            ),
            (
                "o",
                "Shaving brush, handle in ivory, tortoise or [[jade]].",
                "col",
                "the handles are ivory and tortoise",
            ),
            (
                "f",
                "[[Store it knot up in a closed cupboard]].",
                "care",
                "the listing says hang it knot down to dry",
            ),
            (
                "d",
                "The brush is [[made by Semogue]].",
                "brand",
                "the vendor is Lather and Lane; no other maker is named",
            ),
            (
                "f",
                "[[Free shipping on orders over $25]].",
                "ship",
                "the listing gives no shipping terms",
            ),
        ],
    ),
    "T21": (
        (
            "Goose feather shuttlecocks with cork bases, made for club play.",
            "They are speed 77, which suits most halls near sea level.",
        ),
        "A tube of 12 goose feather shuttlecocks, speed 77. A$31.",
        "Feather shuttlecocks, cork base, speed 77, tube of 12. A$31 from Netcourt.",
        ("How many are in a tube?", "Twelve."),
        "Keep the tube closed and away from heat.",
        [
            ("s", "A tube of [[six]] feather shuttlecocks.", "num", "a tube holds 12"),
            ("d", "The skirts are [[duck feather]].", "mat", "the feathers are goose"),
            ("o", "Feather shuttlecocks, speed [[76, 77 or 78]].", "size", "only speed 77 is sold"),
            (
                "f",
                "[[BWF approved]] for international matches.",
                "cert",
                "the listing names no approval",
            ),
            ("d", "[[They never break]], even in hard smashes.", "abs", "an unprovable absolute"),
            (
                "f",
                "[[Yes, they are fine for outdoor play in wind]].",
                "compat!w",
                "the listing is silent on this use, for or against",
            ),
        ],
    ),
    "T22": (
        (
            "A USB-C rechargeable lantern with three modes and up to 300 lumens.",
            "On its low setting it runs for up to 40 hours.",
        ),
        "Rechargeable 300 lm camp lantern, up to 40 h on low. C$45.",
        "USB-C camp lantern, 300 lumens, 4000 mAh battery, IPX4, 260 g (about 9 oz). C$45.",
        ("How do I hang it?", "Use the hook or the fold-down handle."),
        "It is IPX4 splash resistant, so rain is fine but it must not go under water.",
        [
            (
                "d",
                "It [[runs for 100 hours]] on low.",
                "num",
                "the listing gives up to 40 hours on low",
            ),
            (
                "s",
                "Camp lantern, [[waterproof to 10 m]].",
                "feat",
                "the listing says IPX4, not for use under water",
            ),
            (
                "o",
                "[[Coleman]] rechargeable camp lantern, 300 lm.",
                "brand",
                "the vendor is Pinecamp; no other maker is named",
            ),
            ("f", "[[Backed by a 3-year warranty]].", "war", "the listing gives no warranty"),
            (
                "d",
                "Its battery is [[made from recycled lithium]].",
                "env",
                "no recycled content is listed",
            ),
            ("f", "[[Rated 5 stars by 2,000 campers]].", "soc", "ratings the listing never gives"),
        ],
    ),
    "T23": (
        (
            "A straw block already colonised with grey oyster mushroom: cut the film and mist it "
            "twice a day.",
            "The first flush is usually ready in 10 to 14 days.",
        ),
        "Grey oyster mushroom grow kit, 2.5 kg straw block grown in Oregon. $29.",
        "Oyster mushroom grow kit: mist twice daily, first flush in 10-14 days. $29.",
        ("How heavy is the block?", "2.5 kg, about 5.5 lb."),
        "Keep it indoors, out of direct sun, at 15 to 24 °C (59 to 75 °F).",
        [
            (
                "d",
                "The first flush is ready [[in 3 days]].",
                "num",
                "the listing gives about 10 to 14 days",
            ),
            (
                "s",
                "Grow kit for [[shiitake]] mushrooms.",
                "cat",
                "the kit grows grey oyster mushrooms",
            ),
            (
                "o",
                "Oyster mushroom kit, [[USDA certified organic]].",
                "cert",
                "the listing names no certification",
            ),
            (
                "f",
                "[[Yes, keep it outside in full sun]].",
                "care",
                "the listing says indoors, out of direct sun",
            ),
            (
                "d",
                "[[Oyster mushrooms cure high cholesterol]].",
                "health",
                "a health claim the listing never makes",
            ),
            ("f", "Each kit is [[carbon neutral]].", "env", "the listing makes no carbon claim"),
        ],
    ),
    "T24": (
        (
            "Twenty-four half pans of artist watercolour in a metal tin.",
            "The lid doubles as a mixing palette.",
        ),
        "24 half pans of artist watercolour in a metal tin, €48.",
        "Watercolour half pan set, 24 colours, gum arabic binder, lightfast pigments. €48.",
        ("Does it come with a brush?", "No, the water brush is not included."),
        "A water brush is not included.",
        [
            ("d", "The set holds [[36]] half pans.", "num", "the set holds 24 half pans"),
            (
                "s",
                "Watercolour set [[with a water brush]].",
                "feat",
                "the listing says the water brush is not included",
            ),
            (
                "o",
                "Watercolours [[made with honey and ox gall]].",
                "mat",
                "the binder given is gum arabic",
            ),
            (
                "f",
                "[[The paints are non-toxic and safe for toddlers]].",
                "health",
                "a safety claim the listing never makes",
            ),
            ("d", "[[Handmade in Florence]].", "orig", "the listing gives no origin"),
            ("f", "[[Only €36]] for the full set.", "price", "the price is €48"),
        ],
    ),
    "T25": (
        (
            "A light swaddle in 100% cotton muslin, 120 x 120 cm (about 47 x 47 in).",
            "It comes in Ferns, Stars or Plain oat, and softens with every wash.",
        ),
        "Cotton muslin swaddle, NZ$22 in Ferns or Stars, NZ$20 in Plain oat.",
        "Cotton muslin swaddle 120 x 120 cm. Machine wash warm. From NZ$20.",
        ("Can I tumble dry it?", "Yes, on low."),
        "Always lay your baby on their back to sleep.",
        [
            (
                "d",
                "It is a blend of [[bamboo]] and cotton muslin.",
                "mat",
                "the swaddle is 100% cotton muslin",
            ),
            (
                "s",
                "Muslin swaddle, [[certified organic]].",
                "cert",
                "the listing names no certification",
            ),
            (
                "o",
                "Muslin swaddle [[that prevents SIDS]].",
                "health",
                "a health claim the listing never makes",
            ),
            (
                "f",
                "[[Paediatricians recommend it]].",
                "soc",
                "an endorsement the listing never gives",
            ),
            (
                "d",
                "Pick Ferns, Stars or [[Rainbow]].",
                "col",
                "the patterns are Ferns, Stars and Plain oat",
            ),
            (
                "f",
                "[[Yes, wash it at 90 °C]] to sterilise it.",
                "care",
                "the listing says machine wash warm",
            ),
        ],
    ),
    "T26": (
        (
            "Post us a roll of 35 mm C-41 colour film and we develop it and scan every frame at "
            "3000 x 2000 px.",
            "Your scans arrive by email within 7 working days of the roll reaching us.",
        ),
        "35 mm colour film developed and scanned by post, £15 a roll.",
        "35 mm C-41 develop and scan by post, scans emailed within 7 working days. £15.",
        ("Do I get my negatives back?", "Yes, we post them back for £2.50 a roll."),
        "We do not process slide (E-6) or black-and-white film.",
        [
            (
                "d",
                "Scans reach you [[within 48 hours]].",
                "num",
                "the turnaround is 7 working days",
            ),
            (
                "s",
                "Develop and scan, [[black-and-white film welcome]].",
                "compat",
                "the listing says black-and-white film is not processed",
            ),
            (
                "o",
                "35 mm develop and scan, [[negatives returned free]].",
                "ship",
                "negatives come back for £2.50 a roll",
            ),
            (
                "f",
                "We [[insure every roll up to £100]] in the post.",
                "war",
                "the listing gives no insurance",
            ),
            (
                "d",
                "Every roll is [[developed in Kodak's own lab]].",
                "brand",
                "the vendor develops the film; no other lab is named",
            ),
            ("f", "[[The UK's top-rated film lab]].", "abs", "an unprovable superlative"),
        ],
    ),
    "T27": (
        ("A set of three tea towels.",),
        "Three tea towels in one set, $12.",
        "A set of 3 tea towels for $12.",
        ("How many towels are in the set?", "Three."),
        "The set weighs 210 g, about 7.4 oz.",
        [
            ("d", "The towels are [[linen]].", "mat", "the listing gives no material"),
            ("s", "Three tea towels in [[navy stripe]].", "col!w", "the listing names no colour"),
            ("o", "Tea towels, [[set of 5]].", "num", "the set has three towels"),
            ("f", "They are [[made in Ireland]].", "orig", "the listing gives no origin"),
            (
                "d",
                "[[The most absorbent towels you will own]].",
                "abs",
                "an unprovable superlative",
            ),
            ("f", "[[Ships free]] with any order.", "ship", "the listing gives no shipping terms"),
        ],
    ),
    "T28": (
        ("A coir doormat, 60 x 40 cm (roughly 23.6 x 15.7 in).",),
        "Coir doormat, 60 x 40 cm, €27.",
        "Coir doormat 60 x 40 cm by Thresholdly. €27.",
        ("What is it made of?", "Coir."),
        "It weighs 1.6 kg, about 3.5 lb.",
        [
            ("d", "This is [[a rubber mat]] with a coir look.", "cat", "the mat is coir"),
            ("s", "Coir doormat, [[75 x 45 cm]].", "size", "only 60 x 40 cm is sold"),
            (
                "o",
                "Coir doormat [[for outdoor use in all weathers]].",
                "compat!w",
                "the listing is silent on this use, for or against",
            ),
            ("f", "[[Yes, it is machine washable]].", "care", "the listing gives no care"),
            ("d", "[[Fair trade certified]] coir.", "cert", "the listing names no certification"),
            ("f", "It is [[dyed charcoal grey]].", "col!w", "the listing names no colour"),
        ],
    ),
    "T29": (
        (
            "Three stainless steel bar tools, each sold on its own: a 700 ml Boston shaker tin, a "
            "30/45 ml jigger and a Hawthorne strainer.",
            "The tin is $24, the jigger $11 and the strainer $14, or $49 for all three.",
        ),
        "Boston shaker tin, double jigger and Hawthorne strainer in stainless steel, from $11.",
        "Home bar trio: 700 ml shaker tin, 30/45 ml jigger, Hawthorne strainer. Each sold on its "
        "own.",
        ("How big is the shaker tin?", "It holds 700 ml, about 24 fl oz."),
        "All three go in the dishwasher.",
        [
            (
                "d",
                "The set is [[$39 for all three]].",
                "price",
                "the three tools cost $24, $11 and $14, $49 in all",
            ),
            (
                "s",
                "Shaker tin, jigger, strainer [[and a bar spoon]].",
                "cat",
                "the group has three tools; no bar spoon",
            ),
            ("o", "Home bar tools in [[copper]].", "mat", "the tools are stainless steel"),
            ("d", "The jigger measures [[25/50 ml]].", "num", "the jigger is 30/45 ml"),
            (
                "f",
                "[[Hand wash only]] to protect the finish.",
                "care",
                "the listing says dishwasher safe",
            ),
            (
                "f",
                "[[Every tool carries a 25-year guarantee]].",
                "war",
                "the listing gives no guarantee",
            ),
        ],
    ),
    "T30": (
        (
            "A 6 x 8 ft greenhouse (about 1.8 x 2.4 m) with 4 mm twin-wall polycarbonate panels on "
            "an aluminium frame.",
            "It has one roof vent and a sliding door, and Glasshaven backs the frame with a "
            "10-year "
            "warranty.",
        ),
        "6 x 8 ft polycarbonate greenhouse, $899 from our partner Glasshaven.",
        "Polycarbonate greenhouse 6 x 8 ft, aluminium frame, sliding door. $899 via Glasshaven.",
        ("Is the base included?", "No, the base is not included."),
        "It is sold, delivered and supported by our partner Glasshaven, flat-packed, in 2 to 4 "
        "weeks.",
        [
            (
                "s",
                "Greenhouse that [[arrives fully assembled]].",
                "feat",
                "the listing says flat-packed for self-assembly",
            ),
            (
                "d",
                "The panels are [[toughened glass]].",
                "mat",
                "the panels are twin-wall polycarbonate",
            ),
            (
                "o",
                "Greenhouse 6 x 8 ft, [[delivered next week]].",
                "ship",
                "delivery takes 2 to 4 weeks",
            ),
            (
                "f",
                "[[We ship it and handle all support ourselves]].",
                "ship",
                "the partner Glasshaven sells, delivers and supports it",
            ),
            (
                "d",
                "The frame has a [[25-year warranty]].",
                "war",
                "Glasshaven's frame warranty is 10 years",
            ),
            ("f", "It has [[two roof vents]].", "num", "the greenhouse has one roof vent"),
        ],
    ),
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
    listing = make_listings.build()[key]
    return f"{listing['title']} | {listing['vendor']}" if listing["vendor"] else listing["title"]


def _strip_marks(marked: str) -> tuple[str, str]:
    """The sentence without its [[...]] marks, and the claim the marks held."""
    assert marked.count("[[") == 1 and marked.count("]]") == 1, marked
    claim = marked[marked.index("[[") + 2 : marked.index("]]")]
    return marked.replace("[[", "").replace("]]", ""), claim


def _locate(kind: str, text: str, claim: str) -> int:
    """The claim's offset in the stored text; it must survive escaping and occur once."""
    assert html.escape(claim, quote=False) == claim, claim
    assert json.dumps(claim, ensure_ascii=False)[1:-1] == claim, claim
    assert text.count(claim) == 1, (kind, claim, text)
    return text.index(claim)


def build() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    clean: list[dict[str, Any]] = []
    faulty: list[dict[str, Any]] = []
    for key, (desc, short, seo, (question, answer), pad, claims) in H.items():
        for kind, text in (
            ("description", _serialise("description", [*desc, pad], key)),
            ("short_description", _serialise("short_description", [short], key)),
            ("seo", _serialise("seo", [seo], key)),
            ("faq", _serialise("faq", [answer], key, question)),
            ("faq", _serialise("faq", [pad], key)),
        ):
            clean.append({"listing": key, "kind": kind, "text": text, "labels": []})
        for code, marked, family, why in claims:
            kind = KIND[code]
            sentence, claim = _strip_marks(marked)
            parts = [sentence, pad] if kind == "description" else [sentence]
            text = _serialise(kind, parts, key)
            start = _locate(kind, text, claim)
            base = family.removesuffix("!w")
            severity = "warn" if family.endswith("!w") or base in WARN else "block"
            faulty.append(
                {
                    "listing": key,
                    "kind": kind,
                    "text": text,
                    "labels": [
                        {
                            "rule": R[base],
                            "start": start,
                            "end": start + len(claim),
                            "claim": claim,
                            "severity": severity,
                            "why": why,
                        }
                    ],
                }
            )
    return clean, faulty
