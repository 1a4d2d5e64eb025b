"""Hand-written clean and faulty drafts of guardrails holdout set v50.

Each listing has a true `pad` sentence, clean copy in four kinds and faulty sentences with one
planted claim marked [[...]]. Kinds: d description, s short description, e SEO, q FAQ.
Rules: short codes, expanded by R. Severity "w" warns, everything else blocks.
"""

import html
import json
from typing import Any

import make_listings

GENERAL_Q = "What should I know before I buy this?"
KINDS = {"d": "description", "s": "short_description", "e": "seo", "q": "faq"}
R = {
    "bra": "accuracy.brand",
    "car": "accuracy.care",
    "cat": "accuracy.category",
    "cer": "accuracy.certification",
    "col": "accuracy.colour",
    "com": "accuracy.compatibility",
    "fea": "accuracy.feature",
    "mat": "accuracy.material",
    "num": "accuracy.number",
    "ori": "accuracy.origin",
    "pri": "accuracy.price",
    "siz": "accuracy.size",
    "war": "accuracy.warranty",
    "abs": "compliance.absolute",
    "env": "compliance.environmental",
    "hea": "compliance.health",
    "shi": "compliance.shipping",
    "soc": "compliance.social_proof",
}
W = "w"
B = "b"

LISTINGS: dict[str, dict[str, Any]] = {
    "T01": dict(
        pad="After a day on salt water, give it a rinse in fresh water.",
        d=[
            "This click-and-pawl reel is machined from 6061 aluminium for 5 and 6 weight lines.",
            "At 8.5 cm across it is about 3.3 in wide, and it weighs 140 g.",
        ],
        s="A 140 g aluminium fly reel with a click-and-pawl drag for 5/6 lines.",
        e="Machined aluminium click-and-pawl fly reel for 5 and 6 weight lines, $89.",
        q=(
            "How much backing does it take?",
            "It holds a WF5 line with 75 m of backing, roughly 82 yards.",
        ),
        F=[
            ("d", "The spool is machined from [[titanium]].", "mat", B, "6061 aluminium"),
            ("s", "A fly reel [[made in Scotland]] for 5/6 lines.", "ori", B, "no origin given"),
            (
                "e",
                "Click-and-pawl fly reel with a [[sealed disc drag]].",
                "fea",
                B,
                "click-and-pawl, no disc drag",
            ),
            ("q", "It holds [[150 m of backing]] with a WF5 line.", "num", B, "75 m of backing"),
            ("d", "This is the [[7/8 weight]] version of the reel.", "siz", B, "5/6 only"),
            ("s", "The [[best fly reel]] you will ever cast with.", "abs", W, "superlative"),
            ("q", "[[Orvis]] machines this reel for us.", "bra", B, "vendor is Alderbank"),
        ],
    ),
    "T02": dict(
        pad="One spare blade comes in the box.",
        d=[
            "This 45 mm rotary cutter has a safety lock and a guard that swaps for either hand.",
            "A 45 mm blade is about 1.8 in across.",
        ],
        s="A 45 mm rotary cutter with a safety lock, for left- or right-handed quilters.",
        e="45 mm rotary cutter with a tungsten steel blade and a safety lock, £24.",
        q=("How many layers will it cut?", "Up to six layers of quilting cotton at once."),
        F=[
            (
                "d",
                "The blade is [[ceramic]].",
                "mat",
                B,
                "tungsten steel blade",
            ),
            (
                "s",
                "It slices through [[twelve layers]] of quilting cotton.",
                "num",
                B,
                "up to six layers",
            ),
            (
                "e",
                "Rotary cutter with [[three spare blades]] in the box.",
                "num",
                B,
                "one spare blade",
            ),
            (
                "e",
                "[[Over 10,000 quilters]] already use this cutter.",
                "soc",
                W,
                "unverifiable social proof",
            ),
            (
                "d",
                "The blade also fits [[Olfa 60 mm cutters]].",
                "com",
                B,
                "45 mm blade, no fit named",
            ),
            ("q", "[[Free next-day delivery]] on every order.", "shi", B, "no shipping terms"),
        ],
    ),
    "T03": dict(
        pad="The clamp fits handlebars from 22.2 to 25.4 mm.",
        d=[
            "A solid brass bell, 55 mm across, with one striker that rings for about four seconds.",
            "The matte black finish costs €18 and the polished one €16.",
        ],
        s="A 55 mm brass bicycle bell in polished or matte black.",
        e="Solid brass bicycle bell with a long ring, from €16.",
        q=("Will it fit my bars?", "It clamps onto bars from 22.2 to 25.4 mm across."),
        F=[
            (
                "d",
                "It comes in polished, matte black and [[copper red]].",
                "col",
                B,
                "two finishes only",
            ),
            ("s", "A brass bell that rings for [[ten seconds]].", "num", B, "about four seconds"),
            (
                "e",
                "Brass bicycle bell, matte black finish for [[€16]].",
                "pri",
                B,
                "matte black is €18",
            ),
            ("q", "The clamp also fits [[31.8 mm bars]].", "com", B, "22.2 to 25.4 mm"),
            ("s", "The bell is [[chrome-plated steel]].", "mat", B, "solid brass"),
            ("q", "[[The loudest bell on the market]], in solid brass.", "abs", W, "superlative"),
        ],
    ),
    "T04": dict(
        pad="Chalk is not included.",
        d=[
            "This chalk bag is 500D Cordura with a fleece lining and a drawcord closure.",
            "At 13 cm wide and 17 cm tall it is roughly 5 x 6.7 in.",
        ],
        s="A Cordura chalk bag with a brush loop, in sage or rust.",
        e="500D Cordura chalk bag with fleece lining and a brush loop, C$29.",
        q=("Does it come with a belt?", "Yes, a 25 mm webbing waist belt."),
        F=[
            ("d", "It is lined with [[merino wool]].", "mat", B, "fleece lining"),
            ("s", "It comes [[filled with 100 g of chalk]].", "fea", B, "chalk not included"),
            ("e", "Chalk bag in sage, rust and [[navy]].", "col", B, "sage or rust"),
            ("q", "It has a [[zipped phone pocket]] on the side.", "fea", B, "no pocket listed"),
            ("s", "Sewn by hand [[in Squamish]].", "ori", B, "no origin given"),
            ("q", "[[Climbers everywhere swear by it]].", "soc", W, "social proof"),
        ],
    ),
    "T05": dict(
        pad="It runs from an air pump, sold separately.",
        d=[
            "An air-driven twin sponge filter for freshwater tanks of up to 80 litres, about 21 US "
            "gallons.",
            "Its medium foam is safe for shrimp.",
        ],
        s="A twin sponge filter for freshwater tanks up to 80 L, shrimp safe.",
        e="Air-driven twin sponge filter for tanks up to 80 L, A$19.",
        q=("How do I clean it?", "Squeeze the sponges out in tank water, never tap water."),
        F=[
            ("d", "It works in [[saltwater reef tanks]] as well.", "com", B, "freshwater only"),
            ("s", "Filters tanks up to [[200 litres]].", "num", B, "up to 80 L"),
            (
                "e",
                "Twin sponge filter with [[a built-in air pump]].",
                "fea",
                B,
                "pump sold separately",
            ),
            ("q", "Rinse the sponges under [[the hot tap]].", "car", B, "tank water, never tap"),
            ("d", "The sponges are [[activated carbon]] foam.", "mat", B, "medium foam"),
            ("q", "It [[cures fin rot]] in your fish.", "hea", B, "health claim"),
            ("s", "[[Fluval]] makes this filter for us.", "bra", B, "vendor is Reefless"),
        ],
    ),
    "T06": dict(
        pad="Unmould the bars after 48 hours.",
        d=[
            "Six rectangular cavities of 100 ml each, about 3.4 fl oz.",
            "The food-grade silicone takes cold-process soap and withstands 230 °C.",
        ],
        s="A six-cavity silicone mould for cold-process soap bars.",
        e="Food-grade silicone soap mould with six 100 ml cavities, $14.",
        q=("How long before I unmould?", "Leave the soap for 48 hours first."),
        F=[
            ("d", "It has [[twelve cavities]] for a full batch.", "num", B, "six cavities"),
            ("s", "The cavities are [[heart-shaped]].", "fea", B, "rectangular cavities"),
            (
                "e",
                "Silicone soap mould, [[BPA-free and FDA approved]].",
                "cer",
                B,
                "no certification given",
            ),
            ("q", "It is made from [[recycled silicone]].", "env", B, "food-grade silicone only"),
            ("d", "It withstands [[300 °C]].", "num", B, "230 °C"),
            ("q", "Wash it in [[the dishwasher]] between batches.", "car", B, "no care given"),
            ("s", "Soap from this mould [[heals eczema]].", "hea", B, "health claim"),
        ],
    ),
    "T07": dict(
        pad="It is not a toy and is meant for ages 14 and up.",
        d=[
            "Six 20 ml jars of pigment powder in earth tones for weathering model railway stock.",
            "Brush it on dry and fix it with matt varnish.",
        ],
        s="Six earth-tone weathering powders for model railways.",
        e="Weathering powder set: six 20 ml jars in earth tones, £21.",
        q=("How do I fix the powder?", "Seal it with matt varnish once brushed on dry."),
        F=[
            ("d", "The set includes a [[neon yellow]] jar.", "col", B, "earth tones"),
            ("s", "Each jar holds [[50 ml]] of powder.", "num", B, "20 ml jars"),
            (
                "e",
                "Weathering powders [[safe for children of all ages]].",
                "fea",
                B,
                "ages 14 and up",
            ),
            ("q", "These are [[water-based acrylic paints]].", "cat", B, "pigment powders"),
            ("d", "It suits [[N gauge]] models only.", "siz", B, "tagged 00 gauge"),
            ("q", "[[Hornby]] recommends this set.", "bra", B, "vendor is Gauge Forty"),
            ("s", "Pigments [[mined in Cornwall]].", "ori", B, "no origin given"),
        ],
    ),
    "T08": dict(
        pad="Hand wash the hoop and oil the beech from time to time.",
        d=[
            "A screw press of oiled beech with a stainless steel hoop for 2 kg of curd, about 4.4 "
            "lb.",
            "Its spring gauge reads the pressure up to 25 kg.",
        ],
        s="A beech screw press with a 2 kg stainless hoop for hard cheese.",
        e="Beech cheese press with a stainless 2 kg hoop and pressure gauge, $119.",
        q=("How heavy is it?", "The press weighs 3.1 kg, about 6.8 lb."),
        F=[
            ("d", "The frame is [[solid teak]].", "mat", B, "beech frame"),
            ("s", "The gauge reads up to [[50 kg]].", "num", B, "up to 25 kg"),
            (
                "e",
                "Cheese press with a [[lifetime warranty]] on the screw.",
                "war",
                B,
                "no warranty given",
            ),
            ("q", "Put the hoop [[in the dishwasher]] after pressing.", "car", B, "hand wash"),
            ("d", "It comes with [[cheese cloth and rennet]].", "fea", B, "press only"),
            ("q", "The beech frame is [[certified organic]].", "cer", B, "no certification"),
            ("s", "[[Ships free worldwide]].", "shi", B, "no shipping terms"),
        ],
    ),
    "T09": dict(
        pad="The pieces store inside the folded board.",
        d=[
            "A folding board of walnut and maple, 45 cm square, with 5 cm squares.",
            "The weighted boxwood king is 8.5 cm tall, about 3.3 in.",
        ],
        s="A walnut and maple folding chess set with weighted boxwood pieces.",
        e="Folding walnut and maple chess set, 45 cm board, $149.",
        q=("How big is the board?", "It is 45 cm square, about 17.7 in."),
        F=[
            ("d", "The pieces are [[ebony and boxwood]].", "mat", B, "boxwood pieces"),
            ("s", "The king stands [[10 cm]] tall.", "num", B, "8.5 cm"),
            ("e", "Chess set with [[magnetic pieces]] for travel.", "fea", B, "weighted pieces"),
            ("q", "It is the [[official FIDE tournament set]].", "cer", B, "no approval given"),
            ("s", "The whole set costs [[$129]].", "pri", B, "$149"),
            ("q", "[[Thousands of players]] have picked this set.", "soc", W, "social proof"),
        ],
    ),
    "T10": dict(
        pad="The inner ring is sanded smooth.",
        d=[
            "A beech hoop with a brass screw that keeps fabric taut.",
            "The 20 cm size, about 8 in, costs £8.",
        ],
        s="A beech embroidery hoop in 15, 20 or 25 cm, from £7.",
        e="Beech embroidery hoop with a brass screw, 15 to 25 cm, from £7.",
        q=("What does the 25 cm hoop cost?", "The 25 cm hoop is £10."),
        F=[
            ("d", "It also comes in a [[30 cm]] size.", "siz", B, "15, 20 or 25 cm"),
            ("s", "The 25 cm hoop costs [[£8]].", "pri", B, "25 cm is £10"),
            ("e", "Beech hoop with a [[plastic screw]].", "mat", B, "brass screw"),
            ("q", "It fits [[quilting frames]] and floor stands.", "com", B, "no fit named"),
            ("d", "Each hoop is [[stained dark walnut]].", "col", W, "no colour given"),
            ("q", "[[Made in Germany]] from beech.", "ori", B, "no origin given"),
            ("s", "A set of [[three hoops]] for £7.", "num", B, "one hoop, by size"),
        ],
    ),
    "T11": dict(
        pad="Let it dry after each use.",
        d=[
            "An alder sauna bucket of 4 litres with a ladle, made by hand in Võru County.",
            "The bucket has a stainless steel insert.",
        ],
        s="Käsitsi tehtud lepast saunaämber ja kulp, 4 liitrit.",
        e="Lepast saunaämber roostevabast terasest sisuga, 58 €.",
        q=("How much water does it hold?", "Four litres, a little over one US gallon."),
        F=[
            ("d", "The bucket is carved from [[oak]].", "mat", B, "alder"),
            ("s", "Saunaämber mahuga [[10 liitrit]].", "num", B, "4 l"),
            ("e", "Saunaämber, valmistatud [[Tartus]].", "ori", B, "Võrumaa"),
            ("q", "Leave it [[full of water]] between saunas.", "car", B, "let it dry"),
            ("d", "The alder is [[sustainably harvested]].", "env", B, "no sourcing given"),
            ("s", "[[Tasuta kohaletoimetamine]] üle Eesti.", "shi", B, "no shipping terms"),
        ],
    ),
    "T12": dict(
        pad="No bulb is included; the socket is E27.",
        d=[
            "A round lamp of capiz shell and bamboo, woven by hand in Roxas, Capiz.",
            "It is 30 cm across, about 11.8 in.",
        ],
        s="Bilog na lamparang kapis at kawayan, gawang-kamay sa Capiz.",
        e="Lamparang kapis na 30 cm, ₱2,400.",
        q=("Does it come with a bulb?", "No, the bulb is not included; use an E27 bulb."),
        F=[
            ("d", "The panels are [[mother-of-pearl]].", "mat", B, "capiz shell"),
            ("s", "Lamparang kapis, [[gawa sa Cebu]].", "ori", B, "Roxas, Capiz"),
            ("e", "Lamparang kapis, [[kasama ang bombilya]].", "fea", B, "bulb not included"),
            ("q", "It is [[50 cm]] across.", "num", B, "30 cm"),
            ("d", "It takes a [[GU10]] bulb.", "com", B, "E27 socket"),
            ("q", "[[Each lamp is signed by the weaver]].", "fea", B, "not in the listing"),
        ],
    ),
    "T13": dict(
        pad="Wash it by hand in cold water.",
        d=[
            "A bobbin lace doily of linen thread, 20 cm across, made in Banská Bystrica.",
            "It comes in white or ecru.",
        ],
        s="Ručne paličkovaný ľanový obrúsok, priemer 20 cm.",
        e="Paličkovaný obrúsok z ľanu, biely alebo režný, 38 €.",
        q=("How wide is it?", "It is 20 cm across, about 7.9 in."),
        F=[
            ("d", "The thread is [[pure silk]].", "mat", B, "linen"),
            ("s", "Obrúsok s priemerom [[40 cm]].", "num", B, "20 cm"),
            ("e", "Čipkový obrúsok vyrobený [[v Bruseli]].", "ori", B, "Banská Bystrica"),
            (
                "q",
                "The lace is [[machine-made]] for an even pattern.",
                "fea",
                B,
                "bobbin lace by hand",
            ),
            ("d", "You can [[machine wash it at 40 °C]].", "car", B, "hand wash, cold"),
            ("s", "Obrúsok v [[červenej]] farbe.", "col", B, "white or ecru"),
            ("q", "Each doily arrives [[in a gift box]].", "fea", B, "no box listed"),
        ],
    ),
    "T14": dict(
        pad="It is made in Worcester.",
        d=[
            "A cast iron braai grid of 50 x 30 cm, roughly 20 x 12 inches, with two kiaat handles.",
            "It weighs 4.2 kg, about 9.3 lb.",
        ],
        s="'n Gietyster braairooster met kiaathandvatsels, 50 x 30 cm.",
        e="Gietyster braairooster van 50 x 30 cm, R650.",
        q=("Can it go in the dishwasher?", "No; oil it after every use instead."),
        F=[
            ("d", "The grid is [[stainless steel]].", "mat", B, "cast iron"),
            ("s", "Braairooster, gemaak in [[Kaapstad]].", "ori", B, "Worcester"),
            ("e", "Gietyster braairooster, [[vaatwasserveilig]].", "car", B, "not dishwasher"),
            ("q", "It weighs [[2 kg]].", "num", B, "4.2 kg"),
            ("d", "It fits [[Weber 57 cm kettles]].", "com", B, "no fit named"),
            ("q", "[[Free delivery anywhere in South Africa]].", "shi", B, "no shipping terms"),
        ],
    ),
    "T15": dict(
        pad="It contains nuts.",
        d=[
            "A hard almond and honey torró made in Agramunt, 200 g, about 7 oz.",
            "It is 60 % almond, with honey, sugar and wafer.",
        ],
        s="Torró dur d'ametlla i mel d'Agramunt, 200 g.",
        e="Torró d'Agramunt amb un 60 % d'ametlla, 9,50 €.",
        q=("Is it soft or hard?", "It is a hard torró."),
        F=[
            ("d", "It is sweetened with [[maple syrup]].", "mat", B, "honey and sugar"),
            ("s", "Torró d'ametlla [[sense sucre]].", "fea", B, "contains sugar"),
            ("e", "Torró d'Agramunt [[ecològic certificat]].", "cer", B, "no certification"),
            ("q", "It is [[80 % almond]].", "num", B, "60 %"),
            ("d", "It is made in [[Xixona]].", "ori", B, "Agramunt"),
            ("q", "The honey in it [[soothes a sore throat]].", "hea", B, "health claim"),
            ("s", "El [[millor torró del món]].", "abs", W, "superlative"),
        ],
    ),
    "T16": dict(
        pad="Do not wash the amber with soap.",
        d=[
            "A bracelet of polished Baltic amber on an elastic cord, made in Liepāja.",
            "It is 18 cm long, about 7 in, and weighs 12 g.",
        ],
        s="Medus krāsas Baltijas dzintara aproce, 18 cm.",
        e="Slīpēta dzintara aproce no Liepājas, 45 €.",
        q=("What colour is the amber?", "It is honey-coloured amber."),
        F=[
            ("d", "The beads are strung on [[silver wire]].", "mat", B, "elastic cord"),
            ("s", "Dzintara aproce [[zaļā]] krāsā.", "col", B, "honey colour"),
            (
                "e",
                "Dzintara aproce, kas [[atvieglo zobu nākšanu]].",
                "hea",
                B,
                "teething health claim",
            ),
            ("q", "It is [[22 cm]] long.", "num", B, "18 cm"),
            ("d", "Each bead is [[raw, unpolished]] amber.", "fea", B, "polished amber"),
            (
                "q",
                "The amber comes [[from the Dominican Republic]].",
                "ori",
                B,
                "Baltic amber, Liepāja",
            ),
        ],
    ),
    "T17": dict(
        pad="Bearings are not included.",
        d=[
            "Four urethane wheels, 54 mm across and 99A hard, for street and park.",
            "Their conical shape suits grinds.",
        ],
        s="A set of four 54 mm 99A street wheels in white or natural.",
        e="54 mm 99A conical skateboard wheels, set of four, $42.",
        q=("How hard are they?", "They are 99A, a hard wheel for street and park."),
        F=[
            ("d", "They are [[78A]] soft for cruising.", "siz", B, "99A"),
            ("s", "A set of [[eight]] wheels.", "num", B, "four wheels"),
            ("e", "54 mm wheels in white, natural and [[red]].", "col", B, "white or natural"),
            ("q", "They [[come with ABEC 7 bearings]].", "fea", B, "bearings not included"),
            ("s", "Poured from [[recycled urethane]].", "env", B, "no recycled content given"),
            ("q", "[[Pro skaters ride nothing else]].", "soc", W, "social proof"),
        ],
    ),
    "T18": dict(
        pad="Wipe off sap and oil the blade after use.",
        d=[
            "Bypass secateurs with an SK5 steel blade that cuts stems up to 20 mm thick.",
            "They are 20 cm long, about 8 in, and weigh 260 g.",
        ],
        s="Bypass secateurs with ash handles and an SK5 blade.",
        e="Bypass secateurs with an SK5 steel blade and ash handles, £36.",
        q=("Can I close them one-handed?", "Yes, the catch works with one hand."),
        F=[
            ("d", "The handles are [[fibreglass]].", "mat", B, "ash handles"),
            ("s", "They cut branches up to [[35 mm]] thick.", "num", B, "up to 20 mm"),
            ("e", "[[Anvil secateurs]] with ash handles.", "cat", B, "bypass secateurs"),
            (
                "q",
                "The blade is [[stainless steel]].",
                "mat",
                B,
                "SK5 carbon steel",
            ),
            ("d", "[[Felco]] forges the blade.", "bra", B, "vendor is Rowan & Rake"),
            ("q", "They carry a [[ten-year guarantee]].", "war", B, "no warranty given"),
            ("s", "[[Hand-forged in Sheffield]].", "ori", B, "no origin given"),
        ],
    ),
    "T19": dict(
        pad="The rope can be rewrapped.",
        d=[
            "A sisal-wrapped post 60 cm tall, about 23.6 in, on a 35 x 35 cm pine base.",
            "Assembly takes one bolt, which is included.",
        ],
        s="A 60 cm sisal scratching post on a pine base.",
        e="Sisal cat scratching post, 60 cm tall, $34.",
        q=("Is it hard to put together?", "No, it takes one bolt, and the bolt is included."),
        F=[
            ("d", "It is topped with [[a plush perch]].", "fea", B, "post and base only"),
            ("s", "A [[90 cm]] sisal post.", "num", B, "60 cm"),
            ("e", "Scratching post on a [[solid oak]] base.", "mat", B, "pine board"),
            ("q", "The rope is [[jute]].", "mat", B, "sisal"),
            ("s", "It [[calms anxious cats]].", "hea", B, "health claim"),
            ("s", "[[Cat owners rate it five stars]].", "soc", W, "social proof"),
        ],
    ),
    "T20": dict(
        pad="Brush it clean and keep water off the burr.",
        d=[
            "A hand grinder with a 38 mm stainless steel conical burr and 18 click settings.",
            "It weighs 490 g, a little over 1 lb.",
        ],
        s="A hand coffee grinder with a 38 mm conical burr.",
        e="Hand coffee grinder with a 38 mm conical burr and 18 settings, $68.",
        q=("How much does it grind at once?", "The hopper holds 25 g of beans, about 0.9 oz."),
        F=[
            ("d", "The burr is [[ceramic]].", "mat", B, "stainless steel burr"),
            ("s", "A grinder with [[40 click settings]].", "num", B, "18 settings"),
            (
                "e",
                "Conical burr grinder: [[rinse the burr under the tap]].",
                "car",
                B,
                "do not wash the burr",
            ),
            (
                "q",
                "It grinds [[fine enough for Turkish coffee]].",
                "fea",
                W,
                "unconfirmed grind range",
            ),
            ("d", "[[Rated 4.9 stars by our customers]].", "soc", W, "social proof"),
            ("q", "[[Comandante]] makes our burrs.", "bra", B, "vendor is Kettle Hill"),
            ("s", "[[Two-year warranty]] on the burr.", "war", B, "no warranty given"),
        ],
    ),
    "T21": dict(
        pad="They are not for children under three.",
        d=[
            "Seven resin dice: a d4, d6, d8, two d10s, a d12 and a d20.",
            "Each set is poured by hand, so the swirls differ from set to set.",
        ],
        s="A seven-piece resin dice set in Galaxy or Moss.",
        e="Hand-poured resin polyhedral dice, seven pieces, $18.",
        q=("Which dice are in the set?", "A d4, a d6, a d8, two d10s, a d12 and a d20."),
        F=[
            ("d", "The set has [[ten dice]].", "num", B, "seven dice"),
            ("s", "Dice cast in [[zinc alloy]].", "mat", B, "resin"),
            ("e", "Resin dice set in Galaxy, Moss and [[Ruby]].", "col", B, "Galaxy or Moss"),
            ("q", "The numbers are [[engraved and gold-filled]].", "fea", B, "inked numbers"),
            ("d", "[[Perfectly balanced]] for fair rolls.", "abs", W, "absolute claim"),
            ("e", "[[Every order ships the same day]].", "shi", B, "no shipping terms"),
        ],
    ),
    "T22": dict(
        pad="Store the tube somewhere cool and humid.",
        d=[
            "A tube of twelve goose-feather shuttlecocks with cork bases, speed 77.",
            "They are made for club and league play.",
        ],
        s="Twelve goose-feather shuttlecocks, speed 77.",
        e="Goose feather shuttlecocks with cork bases, tube of 12, £27.",
        q=("What speed are they?", "Speed 77."),
        F=[
            ("d", "They are [[speed 79]] for warm halls.", "siz", B, "speed 77"),
            ("s", "[[Duck]] feather shuttlecocks.", "mat", B, "goose feathers"),
            ("e", "Shuttlecocks [[BWF approved]] for tournaments.", "cer", B, "no approval given"),
            ("q", "Each tube holds [[six]] shuttles.", "num", B, "twelve"),
            ("s", "The bases are [[foam]].", "mat", B, "cork bases"),
            ("q", "[[Yonex]] supplies the feathers.", "bra", B, "vendor is Birdie Loft"),
        ],
    ),
    "T23": dict(
        pad="A 100 g gas canister nests inside.",
        d=[
            "A 750 ml pot of grade 1 titanium with a strainer lid and folding handles.",
            "It weighs 105 g, about 3.7 oz.",
        ],
        s="A 105 g titanium pot of 750 ml with a strainer lid.",
        e="Grade 1 titanium camping pot, 750 ml with lid, $45.",
        q=("Does a gas canister fit inside?", "Yes, a 100 g canister nests inside."),
        F=[
            ("s", "It holds [[1.1 litres]].", "num", B, "750 ml"),
            ("s", "A pot of [[hard-anodised aluminium]].", "mat", B, "grade 1 titanium"),
            ("e", "Titanium pot, [[stove included]].", "fea", B, "pot and lid only"),
            ("q", "It is [[non-stick coated]] inside.", "fea", B, "bare titanium"),
            ("d", "[[The lightest pot you can buy]].", "abs", W, "superlative"),
            ("q", "It fits [[a 450 g canister]] inside.", "com", B, "100 g canister"),
        ],
    ),
    "T24": dict(
        pad="They flower in May.",
        d=[
            "Ten bulbs of a late, deep maroon single tulip that grows to 60 cm.",
            "Plant them in autumn, 15 cm (about 6 in) deep.",
        ],
        s="Ten 'Queen of Night' tulip bulbs, size 12/+.",
        e="Deep maroon 'Queen of Night' tulip bulbs, pack of 10, $12.",
        q=("How tall do they grow?", "About 60 cm, close to 2 ft."),
        F=[
            ("d", "The flowers are [[bright orange]].", "col", B, "deep maroon"),
            ("s", "Plant them [[in spring]].", "fea", B, "plant in autumn"),
            ("e", "Tulip bulbs, [[pack of 25]].", "num", B, "pack of 10"),
            ("q", "The bulbs are [[size 10/11]].", "siz", B, "12/+"),
            ("d", "They are [[double, peony-flowered]] tulips.", "fea", B, "single tulip"),
            ("q", "Bulbs [[grown in Holland]].", "ori", B, "no origin given"),
            ("s", "[[Deer-proof]] tulip bulbs.", "fea", W, "invented trait"),
        ],
    ),
    "T25": dict(
        pad="It is not for classical guitars with flat fretboards.",
        d=[
            "A spring capo of aluminium alloy with silicone pads.",
            "It suits steel-string acoustic and electric guitars.",
        ],
        s="An aluminium spring capo for steel-string and electric guitars, in black or silver.",
        e="Spring guitar capo with silicone pads, black or silver, $15.",
        q=(
            "Will it fit my classical guitar?",
            "No, it is not made for the flat fretboard of a classical guitar.",
        ),
        F=[
            (
                "d",
                "It also fits [[12-string and ukulele]] necks.",
                "com",
                B,
                "steel-string and electric only",
            ),
            ("s", "A capo made of [[stainless steel]].", "mat", B, "aluminium alloy"),
            ("e", "Guitar capo in black, silver and [[rose gold]].", "col", B, "black or silver"),
            ("q", "It [[works on classical guitars]] too.", "com", B, "not for classical"),
            ("d", "It has [[a built-in tuner]].", "fea", B, "capo only"),
            ("q", "Backed by a [[lifetime guarantee]].", "war", B, "no warranty given"),
        ],
    ),
    "T26": dict(
        pad="Return postage is £6 per parcel.",
        d=[
            "Post us your knives and we sharpen each one on whetstones for £8.",
            "Serrated knives cost £10.",
        ],
        s="Whetstone knife sharpening by post, £8 a knife.",
        e="Knife sharpening by post on whetstones, from £8 a knife.",
        q=("How long does it take?", "Your knives come back within ten working days."),
        F=[
            ("d", "Serrated knives cost [[£8]] too.", "pri", B, "serrated is £10"),
            ("s", "[[Return postage is free]].", "shi", B, "£6 per parcel"),
            (
                "e",
                "Knife sharpening by post, [[back within two days]].",
                "shi",
                B,
                "ten working days",
            ),
            ("q", "We sharpen on [[a belt grinder]].", "fea", B, "whetstones"),
            ("d", "Every knife is [[guaranteed for a year]].", "war", B, "no warranty given"),
            ("q", "Each knife costs [[£5]].", "pri", B, "£8 or £10"),
            ("s", "We also sharpen [[scissors and axes]].", "cat", B, "knives only"),
        ],
    ),
    "T27": dict(
        pad="It costs $6.",
        d=["This is a cotton tea towel."],
        s="A cotton tea towel, $6.",
        e="A cotton tea towel for $6.",
        q=("What is it made of?", "Cotton."),
        F=[
            ("d", "It is a [[linen blend]].", "mat", B, "cotton"),
            ("s", "A [[striped blue]] cotton tea towel.", "col", W, "no colour given"),
            ("e", "Cotton tea towel, [[50 x 70 cm]].", "num", B, "no size given"),
            ("q", "Organic cotton, [[GOTS certified]].", "cer", B, "no certification"),
            ("d", "[[Woven in Portugal]].", "ori", B, "no origin given"),
            ("q", "Sold as [[a set of three]].", "num", B, "one towel"),
        ],
    ),
    "T28": dict(
        pad="It costs €9.",
        d=["A 1 litre glass storage jar from Pantryline."],
        s="A 1 L glass storage jar.",
        e="Glass storage jar, 1 litre, €9.",
        q=("How much does it hold?", "One litre, about 34 fl oz."),
        F=[
            ("d", "It has [[a bamboo lid]] with a seal.", "mat", B, "no lid material given"),
            ("s", "A [[2 L]] glass jar.", "num", B, "1 L"),
            ("e", "Glass storage jar, [[airtight and vacuum sealed]].", "fea", B, "no seal given"),
            ("q", "The glass is [[borosilicate]].", "mat", B, "glass type not given"),
            ("d", "This [[glass teapot]] holds 1 L.", "cat", B, "storage jar"),
            ("q", "Made from [[100 % recycled glass]].", "env", B, "no recycled content"),
        ],
    ),
    "T29": dict(
        pad="Bought together, the three come to $62.",
        d=[
            "Three tools for a home loaf, each sold separately: a 22 cm rattan proving basket, a "
            "900 g steel loaf tin and a flexible dough scraper.",
            "The basket is $24, the tin $26 and the scraper $12.",
        ],
        s="A rattan proving basket, a steel loaf tin and a dough scraper, each sold separately.",
        e="Bread baking set: proving basket, loaf tin and dough scraper, $62 in all.",
        q=("What is the loaf tin made of?", "Carbon steel."),
        F=[
            ("d", "The proving basket is [[30 cm]] across.", "num", B, "22 cm"),
            ("s", "The dough scraper costs [[$24]].", "pri", B, "scraper is $12"),
            ("e", "Baking set with a [[non-stick]] loaf tin.", "fea", B, "carbon steel tin"),
            ("q", "The scraper is [[stainless steel]].", "mat", B, "polypropylene"),
            ("d", "The set comes with [[a linen couche]].", "fea", B, "three items only"),
            ("q", "Buy all three for [[$50]].", "pri", B, "total $62, no bundle price"),
            ("s", "A [[bread maker]] and tools for a home loaf.", "cat", B, "hand tools only"),
        ],
    ),
    "T30": dict(
        pad="Our partner Paddlemark sells and ships it.",
        d=[
            "A two-person drop-stitch kayak, 3.8 m long, for lakes and slow rivers.",
            "It carries up to 200 kg, about 440 lb.",
        ],
        s="A two-person inflatable touring kayak, sold and shipped by Paddlemark.",
        e="Two-person inflatable touring kayak, 3.8 m, $899.",
        q=("Is there a warranty?", "Paddlemark covers the hull for two years."),
        F=[
            ("d", "It is rated for [[whitewater rapids]].", "fea", B, "lakes and slow rivers"),
            ("s", "A [[three-person]] touring kayak.", "num", B, "two-person"),
            ("e", "Inflatable kayak with a [[five-year hull warranty]].", "war", B, "two years"),
            ("q", "We [[dispatch it from our warehouse]].", "shi", B, "partner ships it"),
            ("d", "It weighs only [[9 kg]].", "num", B, "16 kg"),
            (
                "q",
                "The hull is [[PVC-free and fully biodegradable]].",
                "env",
                B,
                "no environmental claim",
            ),
            ("s", "A [[rigid fibreglass]] kayak.", "mat", B, "inflatable drop-stitch"),
        ],
    ),
}


def _html(sentences):
    return "<p>" + html.escape(" ".join(sentences), quote=False) + "</p>"


def _serialise(kind, sentences, key, question=GENERAL_Q):
    if kind in ("description", "short_description"):
        return _html(sentences)
    item = make_listings.build()[key]
    if kind == "seo":
        title = f"{item['title']} | {item['vendor']}" if item["vendor"] else item["title"]
        return json.dumps({"title": title, "description": " ".join(sentences)}, ensure_ascii=False)
    return json.dumps([{"question": question, "answer": " ".join(sentences)}], ensure_ascii=False)


def _strip_marks(marked):
    start = marked.index("[[")
    end = marked.index("]]")
    claim = marked[start + 2 : end]
    return marked[:start] + claim + marked[end + 2 :], claim


def _locate(kind, text, claim):
    assert html.escape(claim, quote=False) == claim, claim
    assert json.dumps(claim, ensure_ascii=False)[1:-1] == claim, claim
    assert text.count(claim) == 1, (kind, claim, text)
    start = text.index(claim)
    return start, start + len(claim)


def build():
    clean: list[dict[str, Any]] = []
    faulty: list[dict[str, Any]] = []
    for key, spec in LISTINGS.items():
        pad = spec["pad"]
        for code, sentences, question in (
            ("d", spec["d"] + [pad], GENERAL_Q),
            ("s", [spec["s"]], GENERAL_Q),
            ("e", [spec["e"]], GENERAL_Q),
            ("q", [spec["q"][1]], spec["q"][0]),
            ("q", [pad], GENERAL_Q),
        ):
            kind = KINDS[code]
            text = _serialise(kind, sentences, key, question)
            clean.append(
                {
                    "id": f"gv50-c-{len(clean) + 1:03d}",
                    "listing": key,
                    "kind": kind,
                    "source": "clean",
                    "text": text,
                    "labels": [],
                }
            )
        for code, marked, rule, sev, why in spec["F"]:
            kind = KINDS[code]
            sentence, claim = _strip_marks(marked)
            sentences = [sentence, pad] if code == "d" else [sentence]
            text = _serialise(kind, sentences, key)
            start, end = _locate(kind, text, claim)
            label = {
                "rule": R[rule],
                "start": start,
                "end": end,
                "claim": claim,
                "severity": "warn" if sev == W else "block",
                "why": why,
            }
            faulty.append(
                {
                    "id": f"gv50-f-{len(faulty) + 1:03d}",
                    "listing": key,
                    "kind": kind,
                    "source": "faulty",
                    "text": text,
                    "labels": [label],
                }
            )
    return clean, faulty


if __name__ == "__main__":
    c, f = build()
    print(len(c), len(f))
