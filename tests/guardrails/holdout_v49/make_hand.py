"""Hand-written clean and faulty drafts for guardrails holdout v49.

Clean drafts: five a listing (description, short description, SEO pair, a listing-specific FAQ and
a general FAQ whose answer is the listing's pad sentence). Faulty drafts: one planted unsupported
claim each, marked [[...]] below, recast as the kind named by its letter (d description, s short
description, o SEO, q FAQ). On T11-T16 short-description and SEO sentences are in the shop's
language; descriptions and FAQ answers are English.
"""

import html
import json
from typing import Any

import make_listings

GENERAL_Q = "Anything else worth knowing before I order?"
KINDS = {"d": "description", "s": "short_description", "o": "seo", "q": "faq"}
LISTINGS = make_listings.build()
B, W = "block", "warn"

# key: (pad, [clean description sentences], clean short, clean SEO description, (question, answer))
H: dict[str, Any] = {
    "T01": (
        "Pine needles, burlap or cotton waste all burn well in it.",
        [
            "Linden Comb's bellows smoker sends cool smoke into the hive so the colony stays calm "
            "while you work.",
            "Its stainless fire chamber is 10 cm across, about 4 in, and a heat shield guards "
            "your fingers.",
        ],
        "A stainless bee smoker with goatskin bellows and a heat shield.",
        "Stainless steel bee smoker with a 10 cm chamber, goatskin bellows and a heat shield. $46.",
        ("Does it come with fuel?", "No, fuel is not included, so bring your own."),
    ),
    "T02": (
        "The string runs about 3 inches shorter than the AMO length you choose.",
        [
            "Fletchway's Flemish-twist string has fourteen strands of "
            "Dacron B50 and a nylon centre "
            "serving.",
            "It suits wooden and take-down recurve bows.",
        ],
        "A 14-strand Dacron B50 bowstring for recurve bows, in three AMO lengths.",
        "Flemish-twist recurve bowstring in Dacron B50, from £19; the 68 in length costs £21.",
        ("Will it fit my compound bow?", "No. It is made for recurve bows, not compound bows."),
    ),
    "T03": (
        "A canvas roll keeps the six tools together.",
        [
            "Kilnside's set has six loop and ribbon tools for trimming leather-hard pots on the "
            "wheel.",
            "The carbon steel blades sit in ash handles 17 cm long, about 6.7 in.",
        ],
        "Six loop and ribbon trimming tools with ash handles, in a canvas roll.",
        "Six carbon steel trimming tools in ash handles for leather-hard pots, 17 cm long.",
        ("Will the blades rust?", "They can, being carbon steel, so dry them after each use."),
    ),
    "T04": (
        "Because each folder is shaped by hand, the grain differs from piece to piece.",
        [
            "A polished cattle-bone folder from Quire & Cord for creasing and scoring paper.",
            "It is 20 cm long, a little less than 8 in, with one pointed and one rounded end.",
        ],
        "A hand-shaped cattle-bone folder for bookbinding, made in Lyon.",
        "Bone folder of polished cattle bone, 20 cm, shaped by hand in Lyon. €14.",
        ("How wide is it?", "It is 2.5 cm wide, about one inch."),
    ),
    "T05": (
        "Holder and ink are sold separately.",
        [
            "A pack of ten flexible pointed nibs from Inkwright for copperplate and Spencerian "
            "script.",
            "They are chrome-plated steel and fit standard straight and oblique holders.",
        ],
        "Ten flexible chrome-plated nibs for pointed-pen scripts.",
        "Ten flexible pointed nibs for copperplate, chrome-plated steel, $12.50 the pack.",
        ("How should I clean them?", "Rinse them in water after writing and dry them at once."),
    ),
    "T06": (
        "Pour it when the wax reaches about 70 °C.",
        [
            "Wickhouse container wax comes as soy flakes for jar and tin candles.",
            "The bag holds 2 kg, about 4.4 lb, and the wax melts between 49 and 54 °C.",
        ],
        "Paraffin-free soy wax flakes for container candles, 2 kg.",
        "Soy container wax flakes from US-grown soybeans, 2 kg bag, $24.",
        (
            "Can I make pillar candles with it?",
            "No, it is a container wax and is not meant for pillars.",
        ),
    ),
    "T07": (
        "It was assembled in Quebec.",
        [
            "Saddlecraft Row's awl lets you saddle-stitch leather by hand.",
            "The hollow maple handle stores two spare needles, and a 25 "
            "m bobbin of waxed polyester "
            "thread comes with it.",
        ],
        "A hand sewing awl for leather, with 25 m of waxed thread.",
        "Leather stitching awl with a maple handle, two spare needles and 25 m of waxed thread. "
        "C$29.",
        ("How thick can it sew?", "Leather up to 8 mm thick, about a third of an inch."),
    ),
    "T08": (
        "Wash it by hand.",
        [
            "A water-seal crock from Brine & Stone for sauerkraut, kimchi and pickles.",
            "It holds 5 litres, about 1.3 US gallons, and two weighting stones come with it.",
        ],
        "A 5-litre water-seal crock in brown glazed stoneware, stones included.",
        "Lead-free stoneware fermentation crock, 5 L, with water seal and two weighting stones.",
        ("Is the glaze safe?", "Yes, the glaze is lead-free."),
    ),
    "T09": (
        "Eye relief is 17 mm.",
        [
            "Meridian Optics' four-element Plössl gives a 52° apparent "
            "field at 25 mm focal length.",
            "The fully multi-coated glass sits in a barrel threaded for 1.25-inch filters.",
        ],
        "A 25 mm Plössl eyepiece with a 52° field, for 1.25-inch focusers.",
        "25 mm Plössl telescope eyepiece, 1.25 in barrel, 52° apparent field, fully multi-coated. "
        "$39.",
        ("Will it fit a 2-inch focuser?", "No, it fits 1.25-inch focusers only."),
    ),
    "T10": (
        "The birch tips are smooth and left unlacquered.",
        [
            "Loopwell's fixed circular needles have laminated birch tips on a nylon-coated steel "
            "cable.",
            "The cable is 80 cm long, about 31.5 in.",
        ],
        "Birch circular needles on an 80 cm cable, in 3, 4 or 5 mm.",
        "Birch fixed circular knitting needles, 80 cm cable, 3 mm to 5 mm, from £11.",
        ("What does the 5 mm pair cost?", "The 5 mm is £12; the 3 mm and 4 mm are £11."),
    ),
    "T11": (
        "Keep it in the fridge once it is open.",
        [
            "Skógarhögg slowly boils sap from birches in Fljótsdalshérað, gathered in spring, in "
            "small batches.",
            "It comes in a 250 ml glass bottle, about 8.5 fl oz.",
        ],
        "Birkisíróp úr vorsafa frá Fljótsdalshéraði, í 250 ml glerflösku.",
        "Birkisíróp frá Skógarhögg, soðið hægt í litlum skömmtum. 2900 kr.",
        ("Where does the sap come from?", "From birches in Fljótsdalshérað, tapped in spring."),
    ),
    "T12": (
        "No two vases are quite the same.",
        [
            "Ħġieġ tal-Port blows this vase by hand at Ta' Qali.",
            "It stands 20 cm tall, about 8 in, in blue or sea green.",
        ],
        "Vażun tal-ħġieġ minfuħ bl-idejn f'Ta' Qali, għoli 20 ċm.",
        "Vażun tal-ħġieġ minfuħ, blu jew aħdar tal-baħar, 20 ċm. €65.",
        ("Can it go in the dishwasher?", "No, wash it by hand only."),
    ),
    "T13": (
        "A cane reed and a case come with it.",
        [
            "Արարատ Փող makes this duduk from apricot wood in Yerevan.",
            "It is pitched in A and is 35 cm long, about 13.8 in.",
        ],
        "Ծիրանի փայտից դուդուկ՝ լա տոնայնությամբ, պատրաստված Երևանում։",
        "Ծիրանափայտե դուդուկ լա տոնայնությամբ, լեզվակով և պատյանով։ 78000 դրամ։",
        ("What key is it in?", "It is in A."),
    ),
    "T14": (
        "The handles are leather.",
        [
            "Vikapu vya Pwani's kiondo is woven by hand from sisal in Machakos.",
            "It is 35 cm across, in natural and red.",
        ],
        "Kiondo cha mkonge kilichofumwa kwa mkono Machakos, chenye vishikio vya ngozi.",
        "Kiondo kikubwa cha mkonge, upana wa sentimita 35. KSh 3,500.",
        ("How wide is the basket?", "It is 35 cm wide, about 13.8 in."),
    ),
    "T15": (
        "The jute sole has a thin rubber layer underneath.",
        [
            "Oinetxe Zubieta sews these espadrilles by hand in Mauleon, "
            "with cotton canvas uppers on "
            "jute soles.",
            "They come in sizes 38 to 44, in black or red.",
        ],
        "Espartina klasikoak, kotoia eta jutea, eskuz josiak Mauleon.",
        "Espartinak eskuz josiak, beltzak edo gorriak, 38tik 44ra. 42 €.",
        ("What sizes are there?", "Sizes 38 to 44."),
    ),
    "T16": (
        "Once opened, store it in the fridge.",
        [
            "Говь Жимс presses sea buckthorn picked in Uvs province into this juice.",
            "No sugar is added, and it comes in a 1 litre glass bottle.",
        ],
        "Увсын чацарганы шүүс, элсэн чихэргүй, 1 литр.",
        "Чацарганын шүүс 1 л, шилэн савтай, чихэр нэмээгүй. 18000₮.",
        ("Is sugar added?", "No, no sugar is added."),
    ),
    "T17": (
        "Wipe it clean with a damp cloth.",
        [
            "Asana Mill's block is firm natural cork for support in standing poses and seated "
            "stretches.",
            "It measures 23 x 15 x 7.5 cm, roughly 9 x 6 x 3 inches, with rounded edges.",
        ],
        "A firm natural cork yoga block with rounded edges.",
        "Natural cork yoga block, 23 x 15 x 7.5 cm, rounded edges. $22.",
        ("Can I wash it in water?", "Wipe it with a damp cloth, and do not soak it."),
    ),
    "T18": (
        "The mouth is adjustable.",
        [
            "Shaving Bench Tools' low-angle block plane handles end grain and chamfers.",
            "It has a ductile iron body, a 12° bed and an A2 blade 35 mm wide, about 1.4 in.",
        ],
        "A low-angle block plane with an A2 blade and adjustable mouth.",
        "No. 60½ low-angle block plane, ductile iron, 12° bed, 35 mm A2 blade. $118.",
        (
            "Can I use it straight away?",
            "It arrives flattened; hone the blade before first use.",
        ),
    ),
    "T19": (
        "It is 17 cm long.",
        [
            "Paddock Lane's hoof pick has a stiff nylon brush on the back for daily cleaning.",
            "The handle is polypropylene and the pick is steel.",
        ],
        "A hoof pick with a stiff brush, in navy, purple or green.",
        "Hoof pick with nylon brush and steel pick, 17 cm, in Navy, Purple or Green. £7.50.",
        ("What colours can I choose?", "Navy, Purple or Green."),
    ),
    "T20": (
        "Split rings come with it.",
        [
            "Halide Goods makes this neck strap from waxed cotton canvas with vegetable-tanned "
            "leather ends.",
            "It is 3.8 cm wide, about 1.5 in, and adjusts from 95 to 130 cm.",
        ],
        "A waxed canvas camera strap in olive or charcoal.",
        "Waxed canvas camera neck strap with leather ends, adjustable 95-130 cm. A$48.",
        (
            "Will it fit my camera?",
            "It fits cameras with split-ring lugs, and the rings are included.",
        ),
    ),
    "T21": (
        "A poster of the picture is in the box.",
        [
            "Tessera Press's 1000-piece jigsaw shows an illustrated harbour at dusk.",
            "Finished, it measures 68 x 49 cm, roughly 27 x 19 inches.",
        ],
        "A 1000-piece harbour jigsaw on recycled board, ages 12 and up.",
        "1000-piece jigsaw puzzle, Harbour at Dusk, 68 x 49 cm, recycled board. $27.",
        ("How thick are the pieces?", "They are cut from 2 mm recycled board."),
    ),
    "T22": (
        "Rinse them in fresh water after each swim.",
        [
            "Laneline's racing-style goggles have mirrored polycarbonate "
            "lenses with UV protection.",
            "Silicone gaskets and a split silicone strap hold them in place.",
        ],
        "Mirrored racing goggles with anti-fog lenses, in silver or blue.",
        "Mirrored swim goggles, anti-fog, UV protection, silicone strap. $26.",
        ("Can I get prescription lenses?", "No, they are not made for prescription lenses."),
    ),
    "T23": (
        "Rubber covers for the tips are included.",
        [
            "Ridgeback Gear's trekking poles telescope from 105 to 135 cm, about 41 to 53 in, with "
            "lever locks.",
            "They are 7075 aluminium with cork grips and carbide tips.",
        ],
        "A pair of 7075 aluminium trekking poles with cork grips.",
        "Adjustable aluminium trekking poles, 105-135 cm, cork grips, 510 g the pair. $79.",
        ("How much do they weigh?", "The pair weighs 510 g, about 18 oz."),
    ),
    "T24": (
        "The seeds are packed for 2027.",
        [
            "Furrow Seed Co packs about 30 seeds of Brandywine, a pink beefsteak tomato with "
            "potato-leaf foliage.",
            "The plants are indeterminate, so stake or cage them.",
        ],
        "About 30 open-pollinated Brandywine tomato seeds, untreated.",
        "Brandywine heirloom tomato seeds, pink beefsteak, about 30 seeds. $4.50.",
        ("How long until I pick tomatoes?", "About 90 days."),
    ),
    "T25": (
        "Each pair is matched by weight and pitch.",
        [
            "Rimshot Supply's 5A sticks are American hickory with a teardrop wood tip.",
            "They are 16 in long, about 40.6 cm, and 0.565 in across.",
        ],
        "One matched pair of 5A hickory drumsticks with wood tips.",
        "5A hickory drumsticks, teardrop wood tip, 16 in, one pair. $13.",
        ("Do they have nylon tips?", "No, the tips are wood."),
    ),
    "T26": (
        "We send it back by tracked post.",
        [
            "Tick & Tock Repairs fits a new battery in the quartz watch you post to us and checks "
            "its seals.",
            "It comes back within seven working days of arriving.",
        ],
        "Quartz watch battery replacement by post, £25, or £35 with a water test.",
        "Watch battery replacement by post for quartz watches, back in seven working days. "
        "From £25.",
        (
            "Do you service automatic watches?",
            "No, only quartz watches; mechanical and smart watches are not covered.",
        ),
    ),
    "T27": (
        "There are 24 pegs in the set.",
        ["A set of wooden clothes pegs for the washing line."],
        "Twenty-four wooden clothes pegs.",
        "24 wooden clothes pegs for £6.",
        ("How many pegs are there?", "There are 24 in the pack."),
    ),
    "T28": (
        "It is 15 cm across.",
        ["A terracotta plant pot from Potting Shed Ltd."],
        "A 15 cm terracotta plant pot.",
        "Terracotta plant pot, 15 cm across. €9.",
        ("What is it made of?", "Terracotta."),
    ),
    "T29": (
        "Each piece is sold on its own.",
        [
            "Meadowfold's picnic pieces match in a green and cream "
            "check: a wool blanket, a cutlery "
            "roll for four and a 12-litre cool bag.",
            "All three together come to $121.",
        ],
        "A matching picnic blanket, cutlery roll and cool bag, each sold on its own.",
        "Wool picnic blanket $58, cutlery roll for four $34, 12 L cool bag $29, in green and "
        "cream check.",
        ("How big is the blanket?", "It is 150 x 130 cm, about 59 x 51 inches."),
    ),
    "T30": (
        "Oarline sells and ships it from their own site.",
        [
            "Oarline's RW-400 combines air and magnetic resistance over 16 levels, with a monitor "
            "for time, distance, strokes and calories.",
            "It folds upright to 95 x 55 cm and takes users up to 135 kg, about 298 lb.",
        ],
        "A folding air and magnetic rower with 16 levels, sold by our partner Oarline.",
        "Folding rowing machine RW-400, 16 resistance levels, users up to 135 kg. $649 from "
        "Oarline.",
        ("Is there a warranty?", "Oarline gives a two-year warranty on the frame."),
    ),
}

# (key, kind letter, sentence with [[claim]], rule, severity, why)
F: list[tuple[str, str, str, str, str, str]] = [
    (
        "T01",
        "d",
        "The bellows are [[cowhide]] on pine boards.",
        "a.material",
        B,
        "the bellows are goatskin",
    ),
    (
        "T01",
        "s",
        "A bee smoker [[made in Slovenia]] with goatskin bellows.",
        "a.origin",
        B,
        "no origin is given",
    ),
    (
        "T01",
        "q",
        "The smoker stands [[32 cm]] tall with the lid shut.",
        "a.number",
        B,
        "it is 27 cm tall",
    ),
    (
        "T01",
        "o",
        "Stainless bee smoker with [[a starter pack of fuel]] in the box.",
        "a.feature",
        B,
        "fuel is not included",
    ),
    (
        "T01",
        "d",
        "Every smoker carries a [[five-year warranty]].",
        "a.warranty",
        B,
        "no warranty is given",
    ),
    (
        "T01",
        "s",
        "[[Loved by over 10,000 beekeepers]], this smoker keeps hives calm.",
        "c.social_proof",
        W,
        "an unverifiable crowd claim",
    ),
    (
        "T01",
        "q",
        "Its smoke [[soothes bee stings]] as you work.",
        "c.health",
        B,
        "a health claim the listing does not make",
    ),
    (
        "T02",
        "d",
        "It is woven from [[Fast Flight]] for a quicker arrow.",
        "a.material",
        B,
        "the string is Dacron B50",
    ),
    (
        "T02",
        "s",
        "A [[16-strand]] Dacron B50 string for recurve bows.",
        "a.number",
        B,
        "it has 14 strands",
    ),
    (
        "T02",
        "q",
        "The string also fits [[compound bows]] with split cables.",
        "a.compatibility",
        B,
        "the listing says not for compound bows",
    ),
    (
        "T02",
        "o",
        "Recurve bowstring in a [[70 in]] AMO length.",
        "a.size",
        B,
        "lengths offered are 62, 66 and 68 in",
    ),
    ("T02", "d", "The 68 in string costs [[£19]].", "a.price", B, "the 68 in length is £21"),
    (
        "T02",
        "s",
        "A bowstring [[approved by World Archery]] for competition.",
        "a.certification",
        B,
        "no approval is stated",
    ),
    (
        "T02",
        "q",
        "We [[ship it free the next day]] anywhere in the UK.",
        "c.shipping",
        B,
        "no delivery terms are given",
    ),
    (
        "T03",
        "d",
        "The blades are [[stainless steel]], set in ash handles.",
        "a.material",
        B,
        "the blades are carbon steel",
    ),
    (
        "T03",
        "s",
        "A set of [[eight]] trimming tools in a canvas roll.",
        "a.number",
        B,
        "the set has six tools",
    ),
    (
        "T03",
        "o",
        "Trimming tools by [[Kemper]] for the potter's wheel.",
        "a.brand",
        B,
        "the vendor is Kilnside",
    ),
    (
        "T03",
        "d",
        "Put the tools [[in the dishwasher]] after a session.",
        "a.care",
        B,
        "the listing says to dry the blades so they do not rust",
    ),
    (
        "T03",
        "s",
        "[[The sharpest trimming tools you can buy]], in a canvas roll.",
        "c.absolute",
        W,
        "an unprovable superlative",
    ),
    (
        "T03",
        "q",
        "The set [[also trims bone-dry and fired ware]].",
        "a.feature",
        B,
        "the tools are for leather-hard pots",
    ),
    (
        "T04",
        "d",
        "It is [[shaped by hand in Paris]].",
        "a.origin",
        B,
        "it is shaped by hand in Lyon",
    ),
    (
        "T04",
        "s",
        "A [[Teflon]] folder for creasing paper.",
        "a.material",
        B,
        "the folder is cattle bone",
    ),
    ("T04", "q", "It measures [[25 cm]] end to end.", "a.number", B, "it is 20 cm long"),
    (
        "T04",
        "o",
        "[[Vegan]] bone folder for bookbinding.",
        "a.feature",
        B,
        "it is cattle bone, an animal product",
    ),
    ("T04", "s", "A hand-shaped bone folder for [[€12]].", "a.price", B, "the price is €14"),
    (
        "T04",
        "q",
        "The bone is [[sustainably sourced from free-range farms]].",
        "c.environmental",
        B,
        "no sourcing claim is given",
    ),
    ("T05", "d", "Each pack holds [[twelve]] nibs.", "a.number", B, "the pack has ten nibs"),
    (
        "T05",
        "s",
        "Flexible nibs in [[solid gold]] for pointed-pen scripts.",
        "a.material",
        B,
        "the nibs are chrome-plated steel",
    ),
    (
        "T05",
        "q",
        "A [[straight holder is included]] in the pack.",
        "a.feature",
        B,
        "the holder is not included",
    ),
    (
        "T05",
        "o",
        "Pointed nibs that fit [[fountain pens]] and dip holders.",
        "a.compatibility",
        B,
        "they fit straight and oblique dip holders only",
    ),
    ("T05", "d", "The nibs are [[handmade in Birmingham]].", "a.origin", B, "no origin is given"),
    (
        "T05",
        "s",
        "Nibs [[used by every master penman]] for copperplate.",
        "c.social_proof",
        W,
        "an unverifiable endorsement",
    ),
    (
        "T05",
        "q",
        "Soak the nibs [[overnight in vinegar]] before first use.",
        "a.care",
        B,
        "the listing says clean with water and dry at once",
    ),
    (
        "T06",
        "d",
        "The flakes suit [[pillar candles]] and jars alike.",
        "a.compatibility",
        B,
        "the listing says not for pillar candles",
    ),
    (
        "T06",
        "s",
        "Paraffin-free soy wax flakes in a [[5 kg]] bag.",
        "a.number",
        B,
        "the bag holds 2 kg",
    ),
    (
        "T06",
        "q",
        "The soybeans are grown [[in Brazil]].",
        "a.origin",
        B,
        "the soybeans are US-grown",
    ),
    (
        "T06",
        "o",
        "Soy container wax flakes that [[melt at 60 °C]].",
        "a.number",
        B,
        "the wax melts at 49-54 °C",
    ),
    (
        "T06",
        "d",
        "Candles made with it [[purify the air in your home]].",
        "c.health",
        B,
        "a health claim the listing does not make",
    ),
    (
        "T06",
        "s",
        "Soy wax flakes in [[a fully compostable bag]].",
        "c.environmental",
        B,
        "no packaging claim is given",
    ),
    (
        "T06",
        "q",
        "Orders [[ship the same day]] if placed by noon.",
        "c.shipping",
        B,
        "no delivery terms are given",
    ),
    ("T07", "d", "The hollow handle is [[rosewood]].", "a.material", B, "the handle is maple"),
    (
        "T07",
        "s",
        "A stitching awl with [[50 m]] of waxed thread.",
        "a.number",
        B,
        "the bobbin holds 25 m",
    ),
    (
        "T07",
        "q",
        "It sews leather up to [[12 mm]] thick.",
        "a.number",
        B,
        "it sews leather up to 8 mm",
    ),
    (
        "T07",
        "s",
        "A leather awl [[assembled in Ontario]].",
        "a.origin",
        B,
        "it is assembled in Quebec",
    ),
    (
        "T07",
        "q",
        "It also stitches [[sheet aluminium]].",
        "a.compatibility",
        B,
        "it is for leather",
    ),
    ("T08", "d", "It holds [[10 litres]] of vegetables.", "a.number", B, "it holds 5 litres"),
    (
        "T08",
        "s",
        "A water-seal crock in [[cobalt blue]] stoneware.",
        "a.colour",
        B,
        "the only colour is brown",
    ),
    (
        "T08",
        "q",
        "The [[weighting stones are sold separately]].",
        "a.feature",
        B,
        "two weighting stones are included",
    ),
    ("T08", "o", "Fermentation crock, [[dishwasher safe]], 5 L.", "a.care", B, "hand wash only"),
    (
        "T08",
        "d",
        "Sauerkraut from this crock [[cures gut disorders]].",
        "c.health",
        B,
        "a health claim the listing does not make",
    ),
    (
        "T08",
        "s",
        "A crock [[thrown in Bavaria]] with a water seal.",
        "a.origin",
        B,
        "no origin is given",
    ),
    ("T09", "d", "It has a [[68°]] apparent field.", "a.number", B, "the apparent field is 52°"),
    ("T09", "s", "A 25 mm Plössl with a [[2-inch]] barrel.", "a.size", B, "the barrel is 1.25 in"),
    (
        "T09",
        "q",
        "It also fits [[0.965-inch focusers]].",
        "a.compatibility",
        B,
        "it fits 1.25-inch focusers only",
    ),
    (
        "T09",
        "o",
        "Plössl eyepiece with [[six elements]], 25 mm.",
        "a.number",
        B,
        "it has four elements",
    ),
    (
        "T09",
        "d",
        "Meridian Optics backs it with a [[lifetime warranty]].",
        "a.warranty",
        B,
        "no warranty is given",
    ),
    (
        "T09",
        "s",
        "An [[award-winning]] 25 mm Plössl eyepiece.",
        "c.social_proof",
        W,
        "an unverifiable award",
    ),
    ("T09", "q", "The lenses are [[made in Japan]].", "a.origin", B, "no origin is given"),
    (
        "T10",
        "s",
        "Circular needles with [[bamboo]] tips.",
        "a.material",
        B,
        "the tips are laminated birch",
    ),
    ("T10", "q", "You can choose a [[6 mm]] pair too.", "a.size", B, "sizes are 3, 4 and 5 mm"),
    (
        "T10",
        "o",
        "Circular knitting needles in [[lacquered]] birch, 80 cm.",
        "a.feature",
        B,
        "the tips are not lacquered",
    ),
    ("T10", "d", "The 3 mm pair costs [[£12]].", "a.price", B, "the 3 mm pair is £11"),
    ("T10", "q", "The cable is [[hot pink]].", "a.colour", W, "the listing names no colour"),
    (
        "T10",
        "o",
        "Circular knitting needles by [[KnitPro]].",
        "a.brand",
        B,
        "the vendor is Loopwell",
    ),
    (
        "T11",
        "d",
        "The sap is gathered [[in autumn]].",
        "a.feature",
        B,
        "the sap is gathered in spring",
    ),
    ("T11", "s", "Birkisíróp í [[500 ml]] flösku.", "a.number", B, "the bottle is 250 ml"),
    (
        "T11",
        "q",
        "It is [[certified organic by Tún]].",
        "a.certification",
        B,
        "no certification is given",
    ),
    (
        "T11",
        "o",
        "Birkisíróp [[frá Akureyri]].",
        "a.origin",
        B,
        "the sap comes from Fljótsdalshérað",
    ),
    ("T11", "d", "It comes in a [[plastic]] bottle.", "a.material", B, "the bottle is glass"),
    (
        "T11",
        "s",
        "Birkisíróp sem [[lækkar blóðsykur]].",
        "c.health",
        B,
        "a health claim (lowers blood sugar) the listing does not make",
    ),
    (
        "T11",
        "q",
        "It [[keeps for a year at room temperature]] once opened.",
        "a.care",
        B,
        "it must be kept in the fridge once opened",
    ),
    ("T12", "d", "It is [[mould-pressed]] glass.", "a.feature", B, "the vase is blown by hand"),
    ("T12", "s", "Vażun tal-ħġieġ [[aħmar]].", "a.colour", B, "colours are blue and sea green"),
    ("T12", "q", "It stands [[30 cm]] tall.", "a.number", B, "it is 20 cm tall"),
    (
        "T12",
        "o",
        "Vażun tal-ħġieġ, [[magħmul fil-Venezja]].",
        "a.origin",
        B,
        "it is blown at Ta' Qali",
    ),
    (
        "T12",
        "d",
        "Each vase is [[lead crystal]].",
        "a.material",
        B,
        "the listing says blown glass only",
    ),
    (
        "T12",
        "s",
        "Vażun b'[[kunsinna b'xejn]] għal Malta kollha.",
        "c.shipping",
        B,
        "no delivery terms are given (free delivery)",
    ),
    ("T12", "q", "Buy two and pay [[€110]].", "a.price", B, "the only price is €65 each"),
    ("T13", "d", "It is turned from [[walnut]].", "a.material", B, "the duduk is apricot wood"),
    ("T13", "s", "Դուդուկ՝ [[սի բեմոլ]] տոնայնությամբ։", "a.size", B, "the only key offered is A"),
    ("T13", "q", "It is [[made in Gyumri]].", "a.origin", B, "it is made in Yerevan"),
    ("T13", "o", "Ծիրանափայտե դուդուկ՝ [[առանց լեզվակի]]։", "a.feature", B, "the reed is included"),
    (
        "T13",
        "d",
        "This [[zurna]] is cut from apricot wood.",
        "a.category",
        B,
        "the instrument is a duduk",
    ),
    (
        "T13",
        "s",
        "[[Լավագույն դուդուկը աշխարհում]]։",
        "c.absolute",
        W,
        "an unprovable superlative (best in the world)",
    ),
    ("T14", "d", "It is woven from [[raffia]].", "a.material", B, "the basket is sisal"),
    ("T14", "q", "It is woven [[in Mombasa]].", "a.origin", B, "it is woven in Machakos"),
    (
        "T14",
        "o",
        "Kiondo cha mkonge, rangi ya [[bluu]].",
        "a.colour",
        B,
        "colours are natural and red",
    ),
    ("T14", "d", "The basket is [[waterproof]].", "a.feature", B, "no such claim is given"),
    (
        "T14",
        "s",
        "Kiondo [[kinachopendwa na wateja elfu tano]].",
        "c.social_proof",
        W,
        "an unverifiable crowd claim (five thousand customers)",
    ),
    (
        "T14",
        "q",
        "Every basket is [[Fair Trade certified]].",
        "a.certification",
        B,
        "no certification is given",
    ),
    ("T15", "d", "The uppers are [[suede]].", "a.material", B, "the uppers are cotton canvas"),
    ("T15", "s", "Espartinak, [[46]] neurrira arte.", "a.size", B, "sizes run 38 to 44"),
    ("T15", "q", "They are sewn [[in Bilbao]].", "a.origin", B, "they are sewn in Mauleon"),
    ("T15", "o", "Espartinak, kolore [[urdina]].", "a.colour", B, "colours are black and red"),
    (
        "T15",
        "d",
        "[[Machine-wash them at 60 °C]] when they get dirty.",
        "a.care",
        B,
        "no care instructions are given",
    ),
    (
        "T15",
        "s",
        "Espartinak, [[bidalketa doakoa]] Europa osora.",
        "c.shipping",
        B,
        "no delivery terms are given (free shipping)",
    ),
    (
        "T15",
        "q",
        "The soles are [[solid rubber]].",
        "a.material",
        B,
        "the soles are jute with a thin rubber layer",
    ),
    (
        "T16",
        "d",
        "The berries are picked [[in the Gobi]].",
        "a.origin",
        B,
        "the berries come from Uvs",
    ),
    ("T16", "q", "It is sweetened with [[honey]].", "a.feature", B, "nothing sweet is added"),
    (
        "T16",
        "o",
        "Чацарганын шүүс, [[хуванцар]] савтай.",
        "a.material",
        B,
        "the bottle is glass, not plastic",
    ),
    (
        "T16",
        "d",
        "A glass a day [[boosts your immune system]].",
        "c.health",
        B,
        "a health claim the listing does not make",
    ),
    (
        "T16",
        "s",
        "Чацарганын шүүс, [[органик гэрчилгээтэй]].",
        "a.certification",
        B,
        "no organic certification is given",
    ),
    (
        "T16",
        "q",
        "It [[keeps for six months unrefrigerated]] after opening.",
        "a.care",
        B,
        "it must be kept in the fridge after opening",
    ),
    ("T16", "o", "Чацарганын [[тос]], 1 л.", "a.category", B, "the product is juice, not oil"),
    ("T17", "d", "It is [[10 cm]] thick.", "a.number", B, "it is 7.5 cm thick"),
    (
        "T17",
        "s",
        "A [[foam]] yoga block with rounded edges.",
        "a.material",
        B,
        "the block is natural cork",
    ),
    (
        "T17",
        "q",
        "Soak it [[in warm soapy water]] to clean it.",
        "a.care",
        B,
        "the listing says do not soak",
    ),
    ("T17", "d", "The cork is [[harvested in Sardinia]].", "a.origin", B, "no origin is given"),
    ("T17", "s", "[[Rated 5 stars by 3,000 yogis]].", "c.social_proof", W, "unverifiable ratings"),
    (
        "T17",
        "q",
        "It [[eases back pain]] in every pose.",
        "c.health",
        B,
        "a health claim the listing does not make",
    ),
    (
        "T17",
        "o",
        "Cork yoga block with [[a zero carbon footprint]].",
        "c.environmental",
        B,
        "no environmental claim is given",
    ),
    ("T18", "d", "The blade is [[O1]] tool steel.", "a.material", B, "the blade is A2"),
    ("T18", "s", "A block plane with a [[20°]] bed.", "a.number", B, "the bed is 12°"),
    ("T18", "q", "The body is [[bronze]].", "a.material", B, "the body is ductile iron"),
    (
        "T18",
        "o",
        "Low-angle block plane by [[Lie-Nielsen]].",
        "a.brand",
        B,
        "the vendor is Shaving Bench Tools",
    ),
    (
        "T18",
        "d",
        "It arrives [[honed and ready to cut]].",
        "a.feature",
        B,
        "the blade must be honed before first use",
    ),
    (
        "T18",
        "q",
        "Stanley [[No. 4 blades]] fit it too.",
        "a.compatibility",
        B,
        "no other blades are named",
    ),
    ("T19", "d", "The brush is [[natural horsehair]].", "a.material", B, "the brush is nylon"),
    (
        "T19",
        "s",
        "A hoof pick in [[pink]] or navy.",
        "a.colour",
        B,
        "colours are Navy, Purple and Green",
    ),
    (
        "T19",
        "d",
        "Daily use [[prevents thrush]].",
        "c.health",
        B,
        "an animal health claim the listing does not make",
    ),
    ("T19", "s", "A hoof pick with brush, [[£5.50]].", "a.price", B, "the price is £7.50"),
    (
        "T19",
        "q",
        "[[The only hoof pick you will ever need]].",
        "c.absolute",
        W,
        "an unprovable absolute",
    ),
    (
        "T19",
        "d",
        "This [[hoof knife]] has a brush on the back.",
        "a.category",
        B,
        "it is a hoof pick, not a knife",
    ),
    (
        "T20",
        "d",
        "The ends are [[chrome-tanned]] leather.",
        "a.material",
        B,
        "the leather is vegetable-tanned",
    ),
    (
        "T20",
        "s",
        "A waxed canvas camera strap in olive or [[tan]].",
        "a.colour",
        B,
        "colours are Olive and Charcoal",
    ),
    ("T20", "q", "It adjusts up to [[150 cm]].", "a.number", B, "it adjusts up to 130 cm"),
    (
        "T20",
        "o",
        "Camera strap that fits [[Arca-Swiss plates]].",
        "a.compatibility",
        B,
        "it fits split-ring lugs",
    ),
    ("T20", "d", "Each strap is [[sewn in Melbourne]].", "a.origin", B, "no origin is given"),
    (
        "T20",
        "s",
        "A waxed canvas strap with a [[ten-year warranty]].",
        "a.warranty",
        B,
        "no warranty is given",
    ),
    (
        "T20",
        "q",
        "Orders [[ship free across Australia]].",
        "c.shipping",
        B,
        "no delivery terms are given",
    ),
    ("T21", "d", "The finished puzzle is [[90 x 60 cm]].", "a.number", B, "it is 68 x 49 cm"),
    ("T21", "s", "A [[1500-piece]] harbour jigsaw.", "a.number", B, "it has 1000 pieces"),
    ("T21", "q", "It is fine for [[kids aged 6 and over]].", "a.feature", B, "ages 12 and up"),
    (
        "T21",
        "o",
        "Harbour jigsaw with pieces cut from [[3 mm]] board.",
        "a.number",
        B,
        "the board is 2 mm",
    ),
    (
        "T21",
        "d",
        "The board is [[FSC certified]].",
        "a.certification",
        B,
        "no certification is given",
    ),
    (
        "T21",
        "s",
        "A jigsaw [[printed with vegetable inks]].",
        "c.environmental",
        B,
        "no ink claim is given",
    ),
    (
        "T22",
        "d",
        "The lenses are [[tempered glass]].",
        "a.material",
        B,
        "the lenses are polycarbonate",
    ),
    (
        "T22",
        "s",
        "Mirrored goggles with [[prescription lenses]] to order.",
        "a.feature",
        B,
        "not for prescription lenses",
    ),
    (
        "T22",
        "q",
        "The lens comes in silver, blue or [[gold]].",
        "a.colour",
        B,
        "lenses are Silver and Blue",
    ),
    ("T22", "o", "Mirrored swim goggles by [[Speedo]].", "a.brand", B, "the vendor is Laneline"),
    (
        "T22",
        "d",
        "They are [[rated for diving to 30 m]].",
        "a.feature",
        B,
        "no depth rating is given",
    ),
    (
        "T22",
        "s",
        "Mirrored goggles [[guaranteed never to fog]].",
        "c.absolute",
        W,
        "an absolute promise; the listing says anti-fog coated",
    ),
    (
        "T22",
        "q",
        "We ship them [[free within 24 hours]].",
        "c.shipping",
        B,
        "no delivery terms are given",
    ),
    (
        "T23",
        "d",
        "The shafts are [[carbon fibre]].",
        "a.material",
        B,
        "the shafts are 7075 aluminium",
    ),
    (
        "T23",
        "s",
        "Trekking poles that adjust from [[95]] to 135 cm.",
        "a.number",
        B,
        "the range starts at 105 cm",
    ),
    ("T23", "q", "They have [[twist locks]].", "a.feature", B, "they have lever locks"),
    ("T23", "q", "They carry a [[lifetime guarantee]].", "a.warranty", B, "no warranty is given"),
    (
        "T23",
        "o",
        "Aluminium trekking poles from [[Leki]].",
        "a.brand",
        B,
        "the vendor is Ridgeback Gear",
    ),
    (
        "T24",
        "d",
        "The plants are [[determinate]] and need no stakes.",
        "a.feature",
        B,
        "the plants are indeterminate",
    ),
    (
        "T24",
        "s",
        "About 30 Brandywine seeds, [[F1 hybrid]].",
        "a.feature",
        B,
        "the seeds are open-pollinated",
    ),
    ("T24", "q", "The fruit ripens [[yellow]].", "a.colour", B, "Brandywine here is pink"),
    (
        "T24",
        "o",
        "Brandywine tomato seeds, [[certified organic]].",
        "a.certification",
        B,
        "no certification is given",
    ),
    (
        "T24",
        "d",
        "You can pick fruit in about [[60 days]].",
        "a.number",
        B,
        "about 90 days to maturity",
    ),
    (
        "T24",
        "q",
        "It is a [[cherry]] tomato.",
        "a.category",
        B,
        "Brandywine here is a beefsteak tomato",
    ),
    ("T25", "s", "A pair of [[7A]] hickory drumsticks.", "a.size", B, "the sticks are 5A"),
    ("T25", "q", "Each stick has a [[nylon tip]].", "a.feature", B, "the tips are wood"),
    ("T25", "o", "5A hickory drumsticks, [[17.5 in]] long.", "a.number", B, "they are 16 in long"),
    ("T25", "q", "Buy them for [[$10]] a pair.", "a.price", B, "the price is $13"),
    (
        "T25",
        "o",
        "[[Vic Firth]] 5A hickory drumsticks.",
        "a.brand",
        B,
        "the vendor is Rimshot Supply",
    ),
    (
        "T26",
        "d",
        "The water-resistance test is [[free]].",
        "a.price",
        B,
        "the water test costs £10 more",
    ),
    (
        "T26",
        "s",
        "Battery replacement for [[smartwatches]] by post.",
        "a.compatibility",
        B,
        "not for smart watches",
    ),
    (
        "T26",
        "q",
        "Your watch comes back [[within 48 hours]].",
        "c.shipping",
        B,
        "the turnaround is seven working days",
    ),
    ("T26", "o", "Watch battery replacement by post, [[£20]].", "a.price", B, "the service is £25"),
    (
        "T26",
        "d",
        "Each battery is [[guaranteed for five years]].",
        "a.warranty",
        B,
        "no guarantee is given",
    ),
    (
        "T26",
        "s",
        "[[Trusted by 50,000 watch owners]].",
        "c.social_proof",
        W,
        "an unverifiable crowd claim",
    ),
    ("T27", "d", "The pegs are [[beech]] with steel springs.", "a.material", B, "no wood is named"),
    ("T27", "s", "[[Forty]] wooden clothes pegs.", "a.number", B, "the set has 24"),
    ("T27", "q", "They are [[made in Sweden]].", "a.origin", B, "no origin is given"),
    (
        "T27",
        "o",
        "Wooden clothes pegs painted in [[rainbow colours]].",
        "a.colour",
        W,
        "the listing names no colour",
    ),
    (
        "T27",
        "d",
        "The wood is [[PEFC certified]].",
        "a.certification",
        B,
        "no certification is given",
    ),
    (
        "T27",
        "s",
        "Wooden clothes pegs that [[never snap]].",
        "c.absolute",
        W,
        "an unprovable absolute",
    ),
    ("T28", "d", "It comes [[with a matching saucer]].", "a.feature", B, "no saucer is listed"),
    ("T28", "s", "A [[glazed]] terracotta pot.", "a.feature", B, "no glaze is stated"),
    ("T28", "q", "It is [[frost-proof]] in any winter.", "a.feature", B, "no frost claim is given"),
    ("T28", "o", "Terracotta plant pot, [[20 cm]] across.", "a.number", B, "it is 15 cm across"),
    ("T28", "d", "It is [[hand-thrown in Impruneta]].", "a.origin", B, "no origin is given"),
    ("T28", "s", "A 15 cm terracotta pot for [[€7]].", "a.price", B, "the price is €9"),
    (
        "T28",
        "q",
        "This terracotta [[hanging basket]] holds one plant.",
        "a.category",
        B,
        "it is a plant pot",
    ),
    ("T29", "d", "The cutlery roll holds [[six]] place settings.", "a.number", B, "it is for four"),
    (
        "T29",
        "s",
        "A picnic blanket in [[red and white]] check.",
        "a.colour",
        B,
        "the check is green and cream",
    ),
    (
        "T29",
        "q",
        "The blanket costs [[$34]].",
        "a.price",
        B,
        "the blanket is $58; $34 is the cutlery roll",
    ),
    (
        "T29",
        "o",
        "Picnic set with a [[cashmere]] blanket, cutlery roll and cool bag.",
        "a.material",
        B,
        "the blanket is wool",
    ),
    ("T29", "s", "The whole picnic set for [[$99]].", "a.price", B, "the three items total $121"),
    (
        "T29",
        "o",
        "Picnic cool bag [[made from recycled plastic bottles]].",
        "c.environmental",
        B,
        "no recycled content is given",
    ),
    ("T30", "d", "It has [[24]] resistance levels.", "a.number", B, "it has 16 levels"),
    (
        "T30",
        "s",
        "A folding rower [[with a heart-rate chest strap]].",
        "a.feature",
        B,
        "no chest strap is listed",
    ),
    (
        "T30",
        "q",
        "Oarline covers the frame for [[five years]].",
        "a.warranty",
        B,
        "the frame warranty is two years",
    ),
    (
        "T30",
        "o",
        "Folding [[water rower]] RW-400.",
        "a.category",
        B,
        "resistance is air and magnetic",
    ),
    (
        "T30",
        "s",
        "A rowing machine that [[burns 1,000 calories an hour]].",
        "c.health",
        B,
        "a health claim the listing does not make",
    ),
    (
        "T30",
        "q",
        "We [[ship it from our own warehouse]].",
        "c.shipping",
        B,
        "the partner sells and ships it",
    ),
]


def _html(sentences):
    return "<p>" + html.escape(" ".join(sentences), quote=False) + "</p>"


def _serialise(kind, sentences, key, question=GENERAL_Q):
    listing = LISTINGS[key]
    if kind in ("description", "short_description"):
        return _html(sentences)
    if kind == "seo":
        title = listing["title"]
        if listing["vendor"]:
            title = f"{title} | {listing['vendor']}"
        return json.dumps({"title": title, "description": " ".join(sentences)}, ensure_ascii=False)
    assert kind == "faq"
    return json.dumps([{"question": question, "answer": " ".join(sentences)}], ensure_ascii=False)


def _strip_marks(marked):
    start = marked.index("[[")
    end = marked.index("]]")
    claim = marked[start + 2 : end]
    assert "[[" not in marked[end:]
    return marked[:start] + claim + marked[end + 2 :], claim


def _locate(kind, text, claim):
    assert html.escape(claim, quote=False) == claim, claim
    assert json.dumps(claim, ensure_ascii=False)[1:-1] == claim, claim
    assert text.count(claim) == 1, (claim, text)
    start = text.index(claim)
    return start, start + len(claim)


def build():
    clean: list[dict[str, Any]] = []
    for key, (pad, desc, short, seo, (q, a)) in H.items():
        texts = [
            ("description", _serialise("description", desc + [pad], key)),
            ("short_description", _serialise("short_description", [short], key)),
            ("seo", _serialise("seo", [seo], key)),
            ("faq", _serialise("faq", [a], key, q)),
            ("faq", _serialise("faq", [pad], key)),
        ]
        for kind, text in texts:
            clean.append(
                {
                    "id": f"gv49-c-{len(clean) + 1:03d}",
                    "listing": key,
                    "kind": kind,
                    "source": "clean",
                    "text": text,
                    "labels": [],
                }
            )
    faulty: list[dict[str, Any]] = []
    for key, letter, marked, rule, severity, why in F:
        kind = KINDS[letter]
        sentence, claim = _strip_marks(marked)
        sentences = [sentence, H[key][0]] if kind == "description" else [sentence]
        text = _serialise(kind, sentences, key)
        start, end = _locate(kind, text, claim)
        rule = {"a": "accuracy", "c": "compliance"}[rule[0]] + rule[1:]
        label = {
            "rule": rule,
            "start": start,
            "end": end,
            "claim": claim,
            "severity": severity,
            "why": why,
        }
        faulty.append(
            {
                "id": f"gv49-f-{len(faulty) + 1:03d}",
                "listing": key,
                "kind": kind,
                "source": "faulty",
                "text": text,
                "labels": [label],
            }
        )
    return clean, faulty


if __name__ == "__main__":
    print(*(len(part) for part in build()))
