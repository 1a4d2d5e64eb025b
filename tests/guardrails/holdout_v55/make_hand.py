"""Hand-written drafts for guardrails holdout v55: five clean drafts and six or seven faulty ones
a listing. Each faulty sentence marks its one unsupported claim with [[...]].

Kinds in FAULTS: d = description (the sentence, then the listing's true pad sentence),
s = short description (the sentence alone), e = SEO pair (the listing's title and vendor, the
sentence as its description), q = a one-answer FAQ to GENERAL_Q.
"""

import html
import json
from typing import Any

import make_listings

GENERAL_Q = "What should I check before buying?"
B, W = "block", "warn"
NUM, MAT, COL, CERT = (
    "accuracy.number",
    "accuracy.material",
    "accuracy.colour",
    "accuracy.certification",
)
ORI, SIZE, CAT, FEAT = "accuracy.origin", "accuracy.size", "accuracy.category", "accuracy.feature"
CARE, WAR, BRAND, COMPAT = (
    "accuracy.care",
    "accuracy.warranty",
    "accuracy.brand",
    "accuracy.compatibility",
)
PRICE, SHIP, HEALTH = "accuracy.price", "compliance.shipping", "compliance.health"
ABS, ENV, SOC = "compliance.absolute", "compliance.environmental", "compliance.social_proof"

# key -> pad, clean description (two sentences), clean short, clean SEO description, clean FAQ
CLEAN: dict[str, dict[str, Any]] = {
    "T01": {
        "pad": "It is not meant as a crowbar for nailed boxes.",
        "desc": [
            "This J-hook hive tool lifts frames and scrapes propolis off boxes.",
            "It is 10 in long, about 25 cm, and forged from 420 stainless steel in North Carolina.",
        ],
        "short": "A 420 stainless J-hook hive tool, forged in Asheville, for $18.",
        "seo": "A 10 in J-hook hive tool in 420 stainless steel, forged in Asheville: a chisel "
        "edge for propolis and a hook that lifts frames.",
        "faq": ("How heavy is the hive tool?", "It weighs 140 g, just under 5 oz."),
    },
    "T02": {
        "pad": "The brush is not included.",
        "desc": [
            "This chalk bag has a drawstring top, a brush loop on the side and a waist belt.",
            "The outer is recycled polyester over a fleece lining, and it comes in Heather Grey "
            "or Moss.",
        ],
        "short": "A drawstring chalk bag sewn in Keswick, Cumbria, roomy enough for hands up to "
        "size XL.",
        "seo": "Drawstring chalk bag in recycled polyester with a fleece lining, a brush loop and "
        "a waist belt. Heather Grey or Moss, £22.",
        "faq": ("How much does the bag weigh?", "85 g, about 3 oz."),
    },
    "T03": {
        "pad": "The test jar is not included.",
        "desc": [
            "This glass hydrometer reads specific gravity from 0.990 to 1.170, with potential "
            "alcohol and Brix scales.",
            "It is calibrated at 20 °C, which is 68 °F, and is 28 cm long, roughly 11 in.",
        ],
        "short": "A triple-scale glass hydrometer for beer and wine, C$16.50, in a plastic "
        "storage tube.",
        "seo": "Triple-scale glass hydrometer: specific gravity 0.990 to 1.170, potential alcohol "
        "and Brix, calibrated at 20 °C. Stored in a plastic tube.",
        "faq": (
            "Can I read hot wort with it?",
            "Cool the sample to about 20 °C first; the hydrometer is calibrated at that "
            "temperature.",
        ),
    },
    "T04": {
        "pad": "Condition it with leather balm now and then, and keep it out of the washing "
        "machine.",
        "desc": [
            "This arm guard is cut from 3 mm vegetable-tanned cowhide and held on with three "
            "elastic straps.",
            "It fits either arm and is 18 cm long, about 7 in.",
        ],
        "short": "A tan leather arm guard, cut and stitched by hand in Kilkenny, in sizes S, M "
        "and L.",
        "seo": "Vegetable-tanned cowhide arm guard, handmade in Kilkenny, Ireland. Three elastic "
        "straps, fits either arm, sizes S to L, €29.",
        "faq": ("Will it fit a left-handed archer?", "Yes, it can be worn on either arm."),
    },
    "T05": {
        "pad": "Rinse them in fresh water after sailing and dry them away from direct heat.",
        "desc": [
            "These gloves have synthetic suede palms with doubled fingertips and a stretch-mesh "
            "back.",
            "The thumb, index and middle fingers are cut short so you can tie knots.",
        ],
        "short": "Black three-finger sailing gloves with a hook-and-loop wrist closure, in sizes "
        "S to XL, NZ$49.",
        "seo": "Three-finger sailing gloves: synthetic suede palms, doubled fingertips, "
        "stretch-mesh back and a hook-and-loop wrist. Sizes S to XL.",
        "faq": ("Will they float if I drop them overboard?", "No, they do not float."),
    },
    "T06": {
        "pad": "It is lightly scented with coconut.",
        "desc": [
            "This top coat is made for water between 14 and 19 °C, roughly 57 to 66 °F.",
            "It is poured in Byron Bay from beeswax, coconut oil and pine resin, with no "
            "petroleum.",
        ],
        "short": "One 85 g bar of cool-water surf wax, about 3 oz, A$4.50.",
        "seo": "Cool water surf wax for 14 to 19 °C, poured in Byron Bay from beeswax, coconut "
        "oil and pine resin. One 85 g bar.",
        "faq": ("What water temperature is it for?", "Between 14 and 19 °C."),
    },
    "T07": {
        "pad": "A neck strap, a soft case and lens caps come in the box.",
        "desc": [
            "These 8x42 binoculars use BaK-4 roof prisms and fully multi-coated glass.",
            "They weigh 690 g, about 1.5 lb, and are nitrogen-filled and waterproof to IPX7.",
        ],
        "short": "Olive 8x42 roof prism binoculars with a 5-year warranty against defects, $189.",
        "seo": "8x42 roof prism binoculars: BaK-4 prisms, fully multi-coated, 126 m field of view "
        "at 1000 m, close focus 2 m, waterproof to IPX7.",
        "faq": ("How close can they focus?", "Down to 2 m, about 6.5 ft."),
    },
    "T08": {
        "pad": "Patch test it before first use.",
        "desc": [
            "This beard oil blends jojoba and argan oils with cedarwood and bergamot essential "
            "oils.",
            "It comes in a 30 ml amber glass bottle, about 1 fl oz, with a dropper.",
        ],
        "short": "Vegan cedar and bergamot beard oil, blended in Kendal, £14 for 30 ml.",
        "seo": "Cedar and bergamot beard oil with jojoba and argan oils, blended in Kendal. 30 ml "
        "amber glass bottle with a dropper. Vegan.",
        "faq": (
            "Can I put it on the skin under my beard?",
            "Yes, it is for external use; patch test it before first use.",
        ),
    },
    "T09": {
        "pad": "Keep it for one kind of tea, such as oolong.",
        "desc": [
            "This teapot is thrown by hand from unglazed red clay in Yixing, Jiangsu.",
            "It holds 200 ml, about 7 fl oz, enough for two small cups.",
        ],
        "short": "A hand-thrown Yixing clay teapot for two small cups, S$68.",
        "seo": "Hand-thrown unglazed red clay teapot from Yixing, China. Holds 200 ml, enough for "
        "two small cups of oolong. Rinse with hot water only.",
        "faq": ("How do I clean it?", "Rinse it with hot water only; no soap and no dishwasher."),
    },
    "T10": {
        "pad": "A zip case comes with it.",
        "desc": [
            "This 10-hole diatonic harmonica has brass reeds, a sealed pearwood comb and "
            "stainless steel cover plates.",
            "It comes in the keys of C, G and A, all at $39.",
        ],
        "short": "A Richter-tuned 10-hole harmonica with a sealed pearwood comb, in C, G or A.",
        "seo": "10-hole diatonic harmonica in Richter tuning: brass reeds, sealed pearwood comb, "
        "stainless covers and a zip case. Keys C, G and A.",
        "faq": (
            "Can I replace a single reed?",
            "No; the reed plates are riveted, so reeds cannot be swapped.",
        ),
    },
    "T11": {
        "pad": "The burrs can be washed with water, but the body must not go in the dishwasher.",
        "desc": [
            "This hand grinder has ceramic burrs that adjust from a coarse to a fine grind.",
            "It grinds about 30 g of beans at a time, roughly 1 oz, and weighs 420 g.",
        ],
        "short": "新潟県燕市で組み立てた、セラミック刃の手挽きコーヒーミルです。",
        "seo": "セラミック臼刃で粗挽きから細挽きまで調整できる手挽きコーヒーミル。ステンレス本体、"
        "一度に約30g、価格5,800円。",
        "faq": (
            "Does the handle come off?",
            "Yes, the handle is removable, and the body is stainless steel.",
        ),
    },
    "T12": {
        "pad": "Do not wash it with water; brush it out and let it dry.",
        "desc": [
            "This round proofing basket is woven from rattan cane, with a cotton cover in the box.",
            "It is 22 cm across and 8 cm high, about 8.7 by 3.1 in, and holds about 750 g of "
            "dough.",
        ],
        "short": "인도네시아에서 손으로 엮은 지름 22cm 원형 등나무 발효바구니입니다.",
        "seo": "지름 22cm, 높이 8cm 원형 등나무 발효바구니. 반죽 약 750g용, 면 커버 포함. "
        "가격 18,000원.",
        "faq": ("How much dough does it take?", "About 750 g of dough."),
    },
    "T13": {
        "pad": "The board is sold separately.",
        "desc": [
            "This set holds 181 black and 180 white glass stones, 361 in all, each 22 mm across.",
            "Two bamboo bowls come with it, and the stones suit a 19 x 19 board.",
        ],
        "short": "台灣台中製造的玻璃圍棋子，黑白共361顆，附兩個竹製棋罐。",
        "seo": "雙面凸玻璃圍棋子，黑子181顆、白子180顆，直徑22毫米，附竹製棋罐，適用19路棋盤。"
        "售價NT$1,280。",
        "faq": (
            "Is a board included?",
            "No, the board is sold separately; the stones suit a 19 x 19 board.",
        ),
    },
    "T14": {
        "pad": "Hand wash them in cold water and keep them out of the tumble dryer.",
        "desc": [
            "These Muay Thai hand wraps are a stretchy cotton blend, 4.5 m long and 5 cm wide.",
            "Each has a thumb loop and a hook-and-loop tab, and they are sold as a pair.",
        ],
        "short": "ผ้าพันมือมวยไทยยาว 4.5 เมตร ผลิตที่นนทบุรี มีสีดำและสีแดง",
        "seo": "ผ้าพันมือมวยไทยผ้าฝ้ายผสมยางยืด ยาว 4.5 เมตร กว้าง 5 ซม. มีห่วงนิ้วโป้ง ขายเป็นคู่ ราคา 290 บาท",
        "faq": ("How long are the wraps?", "4.5 m each, about 177 in."),
    },
    "T15": {
        "pad": "Keep it out of the dishwasher; wash it, dry it and rub on a little oil.",
        "desc": [
            "This cast-iron tawa is 26 cm across, about 10 in, and weighs 2.1 kg, roughly 4.6 lb.",
            "It comes pre-seasoned with vegetable oil and works on gas, induction and in the oven.",
        ],
        "short": "राजकोट, गुजरात में बना 26 सेमी का कच्चे लोहे का तवा, ₹1,499 में।",
        "seo": "26 सेमी का ढलवाँ लोहे का तवा, वनस्पति तेल से पहले से सीज़न किया हुआ। गैस, इंडक्शन "
        "और ओवन पर चलता है।",
        "faq": (
            "Does it work on an induction hob?",
            "Yes, it works on gas, induction and in the oven.",
        ),
    },
    "T16": {
        "pad": "Once opened, use it within 6 months.",
        "desc": [
            "This rose water is distilled from Rosa damascena petals picked near Kazanlak.",
            "It has no added alcohol and no preservatives, and comes in a 200 ml bottle, about "
            "6.8 fl oz.",
        ],
        "short": "Чиста розова вода от Казанлък, 200 мл, за тоник на лицето.",
        "seo": "Розова вода, дестилирана от Rosa damascena край Казанлък. Без алкохол и без "
        "консерванти. 200 мл за 9,90 €.",
        "faq": (
            "Can I use it as a face toner?",
            "Yes, it suits use as a face toner; it is for external use only.",
        ),
    },
    "T17": {
        "pad": "A printed guide comes with it.",
        "desc": [
            "Turn the wheel to the date and hour to see which stars are up from latitudes 35° "
            "to 45° north.",
            "It is 11 in across, about 28 cm, and printed on water-resistant plastic.",
        ],
        "short": "A planisphere for 35° to 45° north, made in Tucson, Arizona, $24.",
        "seo": "Planisphere for 40° north: dial in the date and hour to find the stars. 11 in "
        "across, water-resistant plastic, made in Tucson.",
        "faq": ("Will it work in Australia?", "No, it is not for the Southern Hemisphere."),
    },
    "T18": {
        "pad": "It is for medium and long coats, not short smooth coats or hairless breeds.",
        "desc": [
            "This slicker brush has bent stainless steel pins with rounded tips and a "
            "rubber-grip handle.",
            "Press the button and the pins retract, so the loose hair wipes off.",
        ],
        "short": "A self-cleaning slicker brush, £14 in Medium or £16 in Large.",
        "seo": "Self-cleaning slicker brush with rounded stainless pins that retract at the press "
        "of a button. Medium £14, Large £16.",
        "faq": (
            "How do I clear the hair off the pins?",
            "Press the button; the pins retract and the hair wipes off.",
        ),
    },
    "T19": {
        "pad": "They come pre-lubricated with speed oil.",
        "desc": [
            "This set holds eight ABEC 7 bearings in the 608 size, 8 x 22 x 7 mm.",
            "They have chrome steel balls, built-in spacers and rubber shields that come off "
            "for cleaning.",
        ],
        "short": "Eight ABEC 7 skateboard bearings with built-in spacers, £19 for the set.",
        "seo": "Set of 8 ABEC 7 608 skateboard bearings: chrome steel balls, built-in spacers, "
        "removable rubber shields and speed oil.",
        "faq": (
            "Will they fit my longboard wheels?",
            "Yes, they fit standard skateboard and longboard wheels.",
        ),
    },
    "T20": {
        "pad": "It has a hanging loop at the end.",
        "desc": [
            "This hoof pick has a steel pick set in a plastic handle, with nylon bristles on the "
            "back.",
            "It is 16 cm long, about 6.3 in, and comes in Navy, Purple or Teal.",
        ],
        "short": "A hoof pick with a brush on the back, A$12 in three colours.",
        "seo": "Hoof pick with a steel pick, plastic handle and nylon brush for cleaning out the "
        "hoof. 16 cm long, in Navy, Purple or Teal.",
        "faq": ("What are the bristles made of?", "Nylon."),
    },
    "T21": {
        "pad": "It fits cameras with strap lugs, not those that only have a tripod thread.",
        "desc": [
            "This strap is 38 mm cotton webbing with leather ends and split rings.",
            "It adjusts from 95 to 135 cm, about 37 to 53 in, and comes in Sand or Charcoal.",
        ],
        "short": "A cotton webbing camera strap sewn in Cape Town, R450.",
        "seo": "38 mm cotton webbing camera strap with leather ends, adjustable from 95 to 135 cm, "
        "sewn in Cape Town. Sand or Charcoal.",
        "faq": (
            "Will it fit a camera with only a tripod socket?",
            "No; it needs strap lugs.",
        ),
    },
    "T22": {
        "pad": "It locks with a knurled thumbscrew.",
        "desc": [
            "This wheel marking gauge has a brass body on a 20 cm stainless steel beam marked "
            "in millimetres.",
            "The hardened wheel scores a fine line across or along the grain, and one spare "
            "wheel is included.",
        ],
        "short": "A brass and stainless wheel marking gauge with a spare wheel, ₹2,450.",
        "seo": "Wheel marking gauge: brass body, 20 cm stainless beam in millimetres, hardened "
        "cutting wheel, knurled lock and a spare wheel.",
        "faq": ("How long is the beam?", "20 cm, about 8 in, marked in millimetres."),
    },
    "T23": {
        "pad": "The lid is sold separately.",
        "desc": [
            "This single-wall titanium mug holds 450 ml, about 15 fl oz, with marks every 100 ml.",
            "It weighs 68 g, roughly 2.4 oz, and goes straight onto a stove or campfire.",
        ],
        "short": "An ultralight 450 ml titanium camp mug with folding handles, $34.",
        "seo": "Single-wall titanium camp mug, 450 ml, 68 g, with folding handles and 100 ml "
        "marks. Goes straight on a stove or campfire.",
        "faq": (
            "Does it keep coffee hot?",
            "No, it is single-wall and not insulated, so the rim gets hot.",
        ),
    },
    "T24": {
        "pad": "They are not for memory wire or steel wire.",
        "desc": [
            "These round nose pliers have carbon steel jaws on a box joint, with a return "
            "spring and cushioned grips.",
            "They are 130 mm long, about 5 in, and bend soft wire up to 1.2 mm.",
        ],
        "short": "Round nose pliers for loops and jump rings, £11.50.",
        "seo": "130 mm round nose pliers with carbon steel jaws, a box joint, return spring and "
        "cushioned grips, for soft wire up to 1.2 mm.",
        "faq": (
            "Can I use them on memory wire?",
            "No, they are not for memory wire or steel wire.",
        ),
    },
    "T25": {
        "pad": "Machine wash it warm and tumble dry low.",
        "desc": [
            "This golf towel is 100% cotton waffle weave, 40 x 60 cm, about 16 x 24 in.",
            "A metal carabiner clip holds it on the bag, and it comes in White, Navy or Forest.",
        ],
        "short": "A cotton waffle golf towel with a carabiner clip, $16.",
        "seo": "Waffle-weave cotton golf towel, 40 x 60 cm, with a metal carabiner clip. White, "
        "Navy or Forest, $16.",
        "faq": ("How do I wash it?", "Machine wash it warm and tumble dry low."),
    },
    "T26": {
        "pad": "Return postage by tracked, insured courier costs £12.",
        "desc": [
            "Post us your mechanical watch and we strip, clean, oil and regulate the movement.",
            "Each watch is tested for 48 hours before it goes back, and the work is guaranteed "
            "for 12 months.",
        ],
        "short": "A full service for mechanical watches by post, from £145, quoted before work "
        "starts.",
        "seo": "Mechanical watch service by post: strip, clean, oil and regulate, 48-hour test, "
        "12-month guarantee. From £145, quoted first.",
        "faq": (
            "Do you service quartz watches?",
            "No, we do not service quartz watches or smartwatches.",
        ),
    },
    "T27": {
        "pad": "It measures 40 x 60 cm, about 16 x 24 in.",
        "desc": ["This coir doormat costs $22."],
        "short": "A 40 x 60 cm coir doormat for $22.",
        "seo": "Coir doormat, 40 x 60 cm, about 16 x 24 in, for $22.",
        "faq": ("What is the mat made of?", "Coir."),
    },
    "T28": {
        "pad": "It is sized for A4.",
        "desc": ["This Hedgerow Frames picture frame is made of oak."],
        "short": "An oak picture frame for A4, €25.",
        "seo": "Oak picture frame for A4 prints and photos, from Hedgerow Frames, €25.",
        "faq": ("What size is it?", "It takes A4, 210 x 297 mm."),
    },
    "T29": {
        "pad": "You buy each tool separately.",
        "desc": [
            "The trio gathers a soft cheese knife at $14, a cheese plane at $18 and a cheese "
            "wire slicer at $24.",
            "Bought together, the three come to $56.",
        ],
        "short": "Three cheese tools, from $14 to $24 each.",
        "seo": "A soft cheese knife, a cheese plane with a beech handle and a wire slicer on a "
        "beech board, in stainless steel. Each sold separately.",
        "faq": ("What is the cheese plane made of?", "Stainless steel with a beech handle."),
    },
    "T30": {
        "pad": "Delivery takes 5 to 10 business days.",
        "desc": [
            "This frame lifts from 62 to 127 cm, about 24 to 50 in, on dual motors, with three "
            "memory presets.",
            "It takes up to 100 kg, roughly 220 lb, and the desktop is not included.",
        ],
        "short": "An electric standing desk frame, sold, shipped and supported by our partner "
        "LiftLine, C$599.",
        "seo": "Dual-motor standing desk frame from LiftLine: 62 to 127 cm, 100 kg load limit, "
        "three memory presets, two-year warranty.",
        "faq": ("Who handles the warranty?", "LiftLine gives a two-year warranty."),
    },
}

# key -> [(kind, marked sentence, rule, severity, why)]
FAULTS: dict[str, list[tuple[str, str, str, str, str]]] = {
    "T01": [
        (
            "d",
            "The tool is forged from [[high-carbon spring steel]] for extra bite.",
            MAT,
            B,
            "the listing gives 420 stainless steel",
        ),
        ("d", "Its [[12 in]] length gives plenty of leverage.", NUM, B, "the tool is 10 in long"),
        (
            "s",
            "A hive tool that [[comes with a leather belt holster]].",
            FEAT,
            B,
            "no holster is listed",
        ),
        (
            "s",
            "A J-hook hive tool [[forged in Pittsburgh, Pennsylvania]].",
            ORI,
            B,
            "the listing says forged in Asheville, North Carolina",
        ),
        (
            "e",
            "A J-hook hive tool strong enough [[to pry apart nailed boxes]].",
            COMPAT,
            B,
            "the listing says it is not meant as a crowbar for nailed boxes",
        ),
        (
            "q",
            "It is [[the strongest hive tool ever made]].",
            ABS,
            W,
            "a superlative nothing in the listing backs",
        ),
        (
            "q",
            "Every tool is [[backed by a lifetime guarantee]].",
            WAR,
            B,
            "the listing offers no guarantee",
        ),
    ],
    "T02": [
        (
            "d",
            "It comes in Heather Grey, Moss and [[Sunset Orange]].",
            COL,
            B,
            "only Heather Grey and Moss are offered",
        ),
        ("d", "The lining is [[merino wool]] for a soft feel.", MAT, B, "the lining is fleece"),
        (
            "s",
            "[[A boar-hair brush comes clipped to the loop]].",
            FEAT,
            B,
            "the listing says the brush is not included",
        ),
        (
            "s",
            "A chalk bag [[rated the best by 3,000 climbers]].",
            SOC,
            W,
            "a crowd endorsement the listing does not give",
        ),
        (
            "e",
            "Drawstring chalk bag with a brush loop, and [[free next-day delivery]] across the UK.",
            SHIP,
            B,
            "no delivery terms are listed",
        ),
        (
            "q",
            "The bag [[fits hands up to size XXL]].",
            SIZE,
            B,
            "the listing says hands up to size XL",
        ),
    ],
    "T03": [
        (
            "d",
            "It reads specific gravity [[from 0.980 to 1.200]].",
            NUM,
            B,
            "the scale runs from 0.990 to 1.170",
        ),
        (
            "d",
            "Alongside specific gravity it [[shows Plato and Baumé scales]].",
            FEAT,
            B,
            "the other scales are potential alcohol and Brix",
        ),
        (
            "s",
            "A triple-scale hydrometer, and [[a glass test jar is included]].",
            FEAT,
            B,
            "the listing says the test jar is not included",
        ),
        (
            "s",
            "A [[shatterproof polycarbonate]] hydrometer for beer and wine.",
            MAT,
            B,
            "the hydrometer is glass",
        ),
        (
            "e",
            "Triple-scale hydrometer [[certified to ASTM E100]] for lab-grade readings.",
            CERT,
            B,
            "no standard or certificate is listed",
        ),
        (
            "q",
            "It [[also measures maple syrup and honey]].",
            COMPAT,
            B,
            "the scale stops at 1.170, far below syrup and honey; the listing names beer and wine",
        ),
    ],
    "T04": [
        (
            "d",
            "It is cut from [[5 mm]] cowhide for extra stiffness.",
            NUM,
            B,
            "the cowhide is 3 mm thick",
        ),
        (
            "d",
            "The guard is [[dyed oxblood or black]] to match your quiver.",
            COL,
            B,
            "the only colour listed is tan",
        ),
        (
            "s",
            "A leather arm guard [[made in Portugal]].",
            ORI,
            B,
            "it is cut and stitched in Kilkenny, Ireland",
        ),
        (
            "s",
            "A [[machine-washable]] leather arm guard.",
            CARE,
            B,
            "the listing says never put it in the washing machine",
        ),
        ("e", "Vegetable-tanned arm guard in sizes [[XS to XL]].", SIZE, B, "sizes are S, M and L"),
        (
            "q",
            "It [[buckles on with two leather straps]].",
            FEAT,
            B,
            "it is held on with three elastic straps",
        ),
        (
            "q",
            "It is [[approved by World Archery]] for competition.",
            CERT,
            B,
            "no approval is listed",
        ),
    ],
    "T05": [
        (
            "d",
            "The palms are [[genuine goatskin]] for grip.",
            MAT,
            B,
            "the palms are synthetic suede",
        ),
        (
            "d",
            "[[Every finger is full length]] for complete cover.",
            FEAT,
            B,
            "three fingers are cut short",
        ),
        (
            "s",
            "Sailing gloves [[that float if you drop them]].",
            FEAT,
            B,
            "the listing's FAQ says they do not float",
        ),
        (
            "s",
            "[[UPF 50+ certified]] three-finger sailing gloves.",
            CERT,
            B,
            "no sun-protection rating is listed",
        ),
        ("e", "Three-finger sailing gloves in sizes [[XS to XXL]].", SIZE, B, "sizes are S to XL"),
        ("q", "They [[never wear through]].", ABS, W, "an absolute the listing cannot support"),
    ],
    "T06": [
        (
            "d",
            "It grips best in water [[from 20 to 26 °C]].",
            NUM,
            B,
            "it is for water between 14 and 19 °C",
        ),
        (
            "d",
            "The bar is [[blended with soy wax]] for a softer feel.",
            MAT,
            B,
            "the ingredients are beeswax, coconut oil and pine resin",
        ),
        (
            "s",
            "[[Reef-safe and fully biodegradable]] surf wax.",
            ENV,
            B,
            "no environmental claim is listed beyond petroleum-free",
        ),
        (
            "s",
            "Cool water surf wax [[poured in Margaret River]].",
            ORI,
            B,
            "it is poured in Byron Bay",
        ),
        (
            "e",
            "Cool water surf wax [[loved by over 10,000 surfers]].",
            SOC,
            W,
            "a following the listing does not give",
        ),
        (
            "q",
            "It [[also suits skimboards and bodyboards]].",
            COMPAT,
            W,
            "uses the listing does not name",
        ),
    ],
    "T07": [
        (
            "d",
            "They give [[10x magnification]] for distant birds.",
            NUM,
            B,
            "the binoculars are 8x",
        ),
        (
            "d",
            "The objectives are [[ED extra-low dispersion glass]].",
            MAT,
            B,
            "the listing says fully multi-coated glass, nothing about ED glass",
        ),
        ("s", "8x42 binoculars with [[a 10-year warranty]].", WAR, B, "the warranty is 5 years"),
        (
            "s",
            "8x42 binoculars, and [[a tripod adapter is in the box]].",
            FEAT,
            B,
            "the box holds a neck strap, a soft case and lens caps",
        ),
        (
            "e",
            "[[Night vision]] 8x42 binoculars for birdwatching at any hour.",
            CAT,
            B,
            "ordinary roof prism binoculars, not a night-vision device",
        ),
        (
            "q",
            "They are [[the sharpest binoculars at any price]].",
            ABS,
            W,
            "a superlative the listing does not support",
        ),
        ("q", "Order now for [[free two-day shipping]].", SHIP, B, "no shipping terms are listed"),
    ],
    "T08": [
        (
            "d",
            "It [[promotes beard growth and stops hair loss]].",
            HEALTH,
            B,
            "a medical claim the listing does not make",
        ),
        (
            "d",
            "The blend is [[enriched with sandalwood oil]].",
            MAT,
            B,
            "sandalwood is not among the ingredients",
        ),
        (
            "s",
            "[[Certified organic]] cedar and bergamot beard oil.",
            CERT,
            B,
            "no organic certification is listed",
        ),
        (
            "s",
            "A [[50 ml]] bottle of cedar and bergamot beard oil.",
            NUM,
            B,
            "the bottle holds 30 ml",
        ),
        (
            "e",
            "Cedar and bergamot beard oil [[blended in Edinburgh]].",
            ORI,
            B,
            "it is blended in Kendal",
        ),
        (
            "q",
            "It is [[safe to swallow]] if it gets near your lips.",
            HEALTH,
            B,
            "the listing says for external use only",
        ),
    ],
    "T09": [
        ("d", "It holds [[350 ml]], enough for a family pot.", NUM, B, "it holds 200 ml"),
        ("d", "The inside is [[glazed]] for easy cleaning.", MAT, B, "the clay is unglazed"),
        ("s", "A [[dishwasher-safe]] clay teapot.", CARE, B, "the listing says no dishwasher"),
        ("s", "A clay teapot [[thrown in Jingdezhen]].", ORI, B, "it is thrown in Yixing, Jiangsu"),
        (
            "e",
            "Yixing clay teapot for oolong: [[save 20% this week]].",
            PRICE,
            B,
            "no sale or compare-at price is listed",
        ),
        (
            "q",
            "Tea brewed in this clay [[lowers cholesterol]].",
            HEALTH,
            B,
            "a health claim the listing does not make",
        ),
        ("q", "It [[comes with four matching cups]].", FEAT, B, "no cups are listed"),
    ],
    "T10": [
        ("d", "The comb is [[bamboo]], sealed against moisture.", MAT, B, "the comb is pearwood"),
        (
            "d",
            "[[Swap any reed in minutes with the included tool]].",
            FEAT,
            B,
            "the reed plates are riveted, so reeds cannot be swapped",
        ),
        (
            "s",
            "A [[12-hole chromatic]] harmonica with a pearwood comb.",
            CAT,
            B,
            "it is a 10-hole diatonic harmonica",
        ),
        ("s", "A 10-hole harmonica [[made by Hohner]].", BRAND, B, "the maker is Porchlight Harps"),
        (
            "e",
            "10-hole diatonic harmonica [[in a wooden gift box]].",
            FEAT,
            B,
            "it comes with a zip case",
        ),
        (
            "q",
            "It is [[played by the world's top blues artists]].",
            SOC,
            W,
            "an endorsement the listing does not give",
        ),
    ],
    "T11": [
        (
            "d",
            "The burrs are [[hardened steel]] for a faster grind.",
            MAT,
            B,
            "the burrs are ceramic",
        ),
        (
            "d",
            "It holds about [[50 g]] of beans at a time.",
            NUM,
            B,
            "it grinds about 30 g at a time",
        ),
        (
            "s",
            "[[食洗機対応]]の手挽きコーヒーミルです。",
            CARE,
            B,
            "the listing says the body must not go in the dishwasher",
        ),
        (
            "s",
            "[[電動モーター付き]]のコーヒーミルです。",
            CAT,
            B,
            "a hand grinder with a crank, not an electric one",
        ),
        (
            "e",
            "[[イタリア製]]のセラミック刃を使った手挽きコーヒーミル。",
            ORI,
            B,
            "the listing names only assembly in Tsubame, Niigata",
        ),
        (
            "q",
            "It [[grinds fine enough for Turkish coffee]].",
            COMPAT,
            W,
            "the listing says coarse to fine, not the powder Turkish coffee needs",
        ),
        ("q", "It [[ships free anywhere in Japan]].", SHIP, B, "no shipping terms are listed"),
    ],
    "T12": [
        ("d", "It takes up to [[1.5 kg]] of dough.", NUM, B, "it suits about 750 g of dough"),
        (
            "d",
            "The basket is woven from [[bamboo]] for a finer spiral.",
            MAT,
            B,
            "it is woven from rattan",
        ),
        (
            "s",
            "[[식기세척기 사용 가능]]한 발효바구니입니다.",
            CARE,
            B,
            "the listing says do not wash it with water",
        ),
        (
            "s",
            "[[국내산 등나무로]] 만든 발효바구니입니다.",
            ORI,
            B,
            "it is woven by hand in Indonesia",
        ),
        (
            "e",
            "[[친환경 인증]]을 받은 원형 등나무 발효바구니.",
            CERT,
            B,
            "no eco certificate is listed",
        ),
        (
            "q",
            "It [[can go in the oven with the dough]].",
            COMPAT,
            W,
            "an oven use the listing does not give",
        ),
    ],
    "T13": [
        ("d", "The stones are cut from [[clamshell and slate]].", MAT, B, "the stones are glass"),
        ("d", "Each stone is [[25 mm]] across.", NUM, B, "the stones are 22 mm across"),
        (
            "s",
            "玻璃圍棋子一套，[[附摺疊式19路棋盤]]。",
            FEAT,
            B,
            "the listing says the board is sold separately",
        ),
        ("s", "[[日本製造]]的玻璃圍棋子。", ORI, B, "made in Taichung, Taiwan"),
        (
            "e",
            "[[全台最暢銷]]的雙面凸玻璃圍棋子，黑白共361顆。",
            SOC,
            W,
            "a best-seller claim the listing does not give",
        ),
        (
            "q",
            "The stones are [[sized for a 13 x 13 board]].",
            COMPAT,
            B,
            "they suit a 19 x 19 board",
        ),
        ("q", "[[Chipped stones are replaced free for life]].", WAR, B, "no warranty is listed"),
    ],
    "T14": [
        (
            "d",
            "Each wrap is [[3 m]] long, good for smaller hands.",
            NUM,
            B,
            "each wrap is 4.5 m long",
        ),
        (
            "d",
            "They come in black, red and [[royal blue]].",
            COL,
            B,
            "only black and red are offered",
        ),
        (
            "s",
            "ผ้าพันมือมวยไทยทำจาก[[ผ้าไหมไทยแท้]]",
            MAT,
            B,
            "the wraps are a cotton and elastic blend, not Thai silk",
        ),
        (
            "s",
            "ผ้าพันมือที่[[ซักเครื่องและอบแห้งได้]]",
            CARE,
            B,
            "the listing says hand wash cold and no tumble dryer",
        ),
        (
            "e",
            "ผ้าพันมือมวยไทยที่[[ป้องกันข้อมือหักได้]]",
            HEALTH,
            B,
            "an injury-prevention claim the listing does not make",
        ),
        (
            "q",
            "They [[come with a pair of bag gloves]].",
            FEAT,
            B,
            "only the pair of wraps is sold",
        ),
    ],
    "T15": [
        (
            "d",
            "It has a [[PTFE non-stick coating]].",
            MAT,
            B,
            "bare cast iron, pre-seasoned with vegetable oil",
        ),
        ("d", "It weighs just [[1.2 kg]].", NUM, B, "it weighs 2.1 kg"),
        (
            "s",
            "कच्चे लोहे का तवा जिसे [[डिशवॉशर में धो सकते हैं]]।",
            CARE,
            B,
            "the listing says keep it out of the dishwasher",
        ),
        ("s", "[[मुरादाबाद में बना]] कच्चे लोहे का तवा।", ORI, B, "made in Rajkot, Gujarat"),
        (
            "e",
            "कच्चे लोहे का तवा जो [[खून की कमी दूर करता है]]।",
            HEALTH,
            B,
            "a claim that it cures anaemia, which the listing does not make",
        ),
        (
            "q",
            "We offer [[delivery within 24 hours]] across India.",
            SHIP,
            B,
            "no delivery terms are listed",
        ),
    ],
    "T16": [
        (
            "d",
            "It [[clears acne and heals eczema]].",
            HEALTH,
            B,
            "a medical claim the listing does not make",
        ),
        (
            "d",
            "The water is [[distilled in Grasse, France]].",
            ORI,
            B,
            "the petals are picked near Kazanlak",
        ),
        (
            "s",
            "Розова вода [[с добавена хиалуронова киселина]].",
            MAT,
            B,
            "the listing gives pure rose water with nothing added",
        ),
        (
            "s",
            "[[Сертифицирана био]] розова вода, 200 мл.",
            CERT,
            B,
            "no organic certificate is listed",
        ),
        (
            "e",
            "Розова вода от Казанлък в бутилка от [[500 мл]].",
            NUM,
            B,
            "the bottle holds 200 ml",
        ),
        (
            "q",
            "It [[keeps for three years after opening]].",
            NUM,
            B,
            "the listing says use within 6 months of opening",
        ),
    ],
    "T17": [
        (
            "d",
            "It [[works anywhere on Earth]], north or south.",
            COMPAT,
            B,
            "it is for 35 to 45 degrees north, not the Southern Hemisphere",
        ),
        (
            "d",
            "The stars [[glow in the dark]] for use outside at night.",
            FEAT,
            B,
            "no glow is listed",
        ),
        (
            "s",
            "A planisphere [[printed on birch plywood]].",
            MAT,
            B,
            "it is printed on water-resistant plastic",
        ),
        ("s", "A planisphere [[endorsed by NASA]].", CERT, B, "no endorsement is listed"),
        (
            "e",
            "Planisphere for 40° north with [[free shipping on every order]].",
            SHIP,
            B,
            "no shipping terms are listed",
        ),
        (
            "q",
            "It is [[the best-selling planisphere in America]].",
            SOC,
            W,
            "a sales claim the listing does not give",
        ),
    ],
    "T18": [
        (
            "d",
            "The pins are [[copper-plated]] to cut static.",
            MAT,
            B,
            "the pins are stainless steel",
        ),
        (
            "d",
            "It also comes in [[Extra Small]] for puppies.",
            SIZE,
            B,
            "sizes are Medium and Large",
        ),
        (
            "s",
            "A slicker brush [[for every coat, short and smooth ones too]].",
            COMPAT,
            B,
            "the listing says not for short smooth coats",
        ),
        ("s", "The Large slicker brush is [[£12]].", PRICE, B, "the Large is £16"),
        (
            "e",
            "[[Vet-approved]] self-cleaning slicker brush for medium and long coats.",
            CERT,
            B,
            "no approval is listed",
        ),
        ("q", "It [[removes 95% of shedding]] in one session.", NUM, B, "an invented figure"),
    ],
    "T19": [
        ("d", "The balls are [[ceramic]] for less friction.", MAT, B, "the balls are chrome steel"),
        ("d", "They are rated [[ABEC 9]] for top speed.", NUM, B, "they are ABEC 7"),
        (
            "s",
            "[[Sixteen]] skateboard bearings, enough for two boards.",
            NUM,
            B,
            "the set holds eight",
        ),
        (
            "s",
            "Bearings that [[fit inline skates and scooter wheels]].",
            COMPAT,
            W,
            "the listing names skateboard and longboard wheels only",
        ),
        (
            "e",
            "[[Swiss-made]] ABEC 7 skateboard bearings, set of 8.",
            ORI,
            B,
            "no origin is listed",
        ),
        (
            "q",
            "They [[never need cleaning]].",
            ABS,
            W,
            "an absolute; the shields come off for cleaning",
        ),
        ("q", "These are [[Bones Reds]] bearings.", BRAND, B, "a brand that is not the vendor's"),
    ],
    "T20": [
        ("d", "The brush is [[natural horsehair]].", MAT, B, "the bristles are nylon"),
        (
            "d",
            "It comes in Navy, Purple, Teal and [[Hot Pink]].",
            COL,
            B,
            "only Navy, Purple and Teal are offered",
        ),
        ("s", "A [[22 cm]] hoof pick with a brush.", NUM, B, "it is 16 cm long"),
        ("s", "A hoof pick [[with a built-in sweat scraper]].", FEAT, B, "no scraper is listed"),
        (
            "e",
            "Hoof pick with brush, [[made from recycled ocean plastic]].",
            ENV,
            B,
            "no recycled material is listed",
        ),
        (
            "q",
            "Daily use [[prevents thrush and abscesses]].",
            HEALTH,
            B,
            "a veterinary claim the listing does not make",
        ),
    ],
    "T21": [
        ("d", "The ends are [[cork leather]], a vegan choice.", MAT, B, "the ends are leather"),
        ("d", "It adjusts from 95 to [[150 cm]].", NUM, B, "it adjusts from 95 to 135 cm"),
        (
            "s",
            "A camera strap that [[screws into any tripod thread]].",
            COMPAT,
            B,
            "the listing says not for cameras with only a tripod thread",
        ),
        ("s", "A cotton camera strap [[sewn in Durban]].", ORI, B, "it is sewn in Cape Town"),
        ("e", "Cotton webbing camera strap, [[now R350]].", PRICE, B, "the strap is R450"),
        ("q", "It [[has a quick-release buckle]].", FEAT, B, "no buckle is listed"),
        ("q", "It [[holds any camera and lens]].", ABS, W, "an absolute the listing cannot back"),
    ],
    "T22": [
        ("d", "The beam is marked [[in inches]].", FEAT, B, "it is marked in millimetres"),
        ("d", "[[Three spare wheels]] come in the box.", NUM, B, "one spare wheel is included"),
        ("s", "A marking gauge with a [[rosewood body]].", MAT, B, "the body is brass"),
        (
            "s",
            "A marking gauge [[cast from recycled brass fittings]].",
            ENV,
            B,
            "no recycled material is listed",
        ),
        ("e", "Wheel marking gauge with [[a 10-year warranty]].", WAR, B, "no warranty is listed"),
        (
            "q",
            "It [[also marks metal and plastic sheet]].",
            COMPAT,
            W,
            "the listing speaks of wood grain only",
        ),
    ],
    "T23": [
        (
            "d",
            "It is [[double-wall insulated]], so the rim stays cool.",
            FEAT,
            B,
            "single-wall and not insulated",
        ),
        ("d", "It holds [[600 ml]], enough for a meal.", NUM, B, "it holds 450 ml"),
        (
            "s",
            "A [[stainless steel]] camp mug with folding handles.",
            MAT,
            B,
            "the mug is titanium",
        ),
        ("s", "A camp mug [[with a titanium lid]].", FEAT, B, "the lid is sold separately"),
        (
            "e",
            "[[Snow Peak]] titanium camp mug, 450 ml.",
            BRAND,
            B,
            "the vendor is Ridgeline Ultralight",
        ),
        (
            "q",
            "It is [[made from carbon-neutral titanium]].",
            ENV,
            B,
            "no environmental claim is listed",
        ),
    ],
    "T24": [
        ("d", "These [[flat nose]] pliers grip wire firmly.", CAT, B, "they are round nose pliers"),
        ("d", "The jaws are [[stainless steel]].", MAT, B, "the jaws are carbon steel"),
        (
            "s",
            "Pliers that [[cut memory wire cleanly]].",
            COMPAT,
            B,
            "the listing says not for memory wire",
        ),
        ("s", "[[German-made]] round nose pliers.", ORI, B, "no origin is listed"),
        (
            "e",
            "Round nose pliers [[used by 5,000 jewellers]].",
            SOC,
            W,
            "a following the listing does not give",
        ),
        ("q", "They [[come with a flush cutter]].", FEAT, B, "no cutter is listed"),
    ],
    "T25": [
        ("d", "The towel is [[microfibre]] for quick drying.", MAT, B, "the towel is 100% cotton"),
        ("d", "It measures [[50 x 80 cm]].", NUM, B, "it measures 40 x 60 cm"),
        ("s", "A golf towel [[in Sky Blue]].", COL, B, "colours are White, Navy and Forest"),
        (
            "s",
            "A golf towel [[woven from recycled cotton]].",
            ENV,
            B,
            "no recycled fibre is listed",
        ),
        (
            "e",
            "[[Official PGA Tour]] waffle golf towel with clip.",
            BRAND,
            B,
            "no licence or brand beyond the vendor",
        ),
        (
            "q",
            "It [[dries clubs three times faster than any other towel]].",
            ABS,
            W,
            "a comparison the listing does not support",
        ),
    ],
    "T26": [
        (
            "d",
            "We [[also fit new quartz batteries]].",
            CAT,
            B,
            "the listing says no quartz watches",
        ),
        ("d", "Every service is [[a flat £99]].", PRICE, B, "from £145, quoted before work"),
        ("s", "[[Free return postage]] on every watch service.", SHIP, B, "return postage is £12"),
        ("s", "Work [[guaranteed for 3 years]].", WAR, B, "work is guaranteed for 12 months"),
        (
            "e",
            "[[Rolex-certified]] mechanical watch servicing by post.",
            CERT,
            B,
            "no certification is listed",
        ),
        (
            "q",
            "We [[test every watch for a full week]].",
            NUM,
            B,
            "watches are tested for 48 hours",
        ),
        (
            "q",
            "We are [[rated five stars by 2,000 customers]].",
            SOC,
            W,
            "reviews the listing does not give",
        ),
    ],
    "T27": [
        (
            "d",
            "It has a [[non-slip rubber backing]].",
            FEAT,
            B,
            "the listing gives only the title and price",
        ),
        ("d", "The fibres are [[dyed charcoal grey]].", COL, W, "the listing names no colour"),
        ("s", "A [[50 x 80 cm]] coir doormat.", NUM, B, "the mat is 40 x 60 cm"),
        ("s", "A coir doormat [[made in Kerala]].", ORI, B, "no origin is listed"),
        (
            "e",
            "Coir doormat [[from sustainably harvested coconut husk]].",
            ENV,
            B,
            "no sourcing claim is listed",
        ),
        (
            "q",
            "You [[can hose it down and leave it in the rain]].",
            CARE,
            B,
            "no care instructions are listed",
        ),
    ],
    "T28": [
        (
            "d",
            "It comes with [[museum-grade UV glass]].",
            FEAT,
            B,
            "the listing says nothing about glazing",
        ),
        ("d", "The frame is [[walnut]], finished by hand.", MAT, B, "the frame is oak"),
        ("s", "An [[A3]] oak picture frame.", SIZE, B, "the frame is A4"),
        ("s", "An oak frame [[from FSC-certified forests]].", CERT, B, "no certificate is listed"),
        ("e", "Oak picture frame, [[handmade in Donegal]].", ORI, B, "no origin is listed"),
        (
            "q",
            "It [[comes in a white-washed finish]].",
            COL,
            W,
            "the listing names no colour or finish",
        ),
    ],
    "T29": [
        ("d", "The wire slicer is [[$18]].", PRICE, B, "the wire slicer is $24; $18 is the plane"),
        ("d", "The plane has an [[olive wood handle]].", MAT, B, "the plane has a beech handle"),
        (
            "s",
            "[[All three in a gift box for $45]].",
            PRICE,
            B,
            "each tool is sold separately; the three come to $56",
        ),
        ("s", "[[Dishwasher-safe]] cheese tools.", CARE, B, "no care instructions are listed"),
        ("e", "Cheese tools [[forged in Thiers, France]].", ORI, B, "no origin is listed"),
        (
            "q",
            "The soft cheese knife [[cuts hard cheeses like Parmesan]].",
            COMPAT,
            W,
            "a use the listing does not give, for a knife named for soft cheese",
        ),
        ("q", "The wire [[never snaps]].", ABS, W, "an absolute the listing cannot back"),
    ],
    "T30": [
        ("d", "It lifts up to [[150 kg]].", NUM, B, "the load limit is 100 kg"),
        ("d", "[[A bamboo desktop comes with the frame]].", FEAT, B, "the desktop is not included"),
        (
            "s",
            "A standing desk frame [[we ship ourselves the next day]].",
            SHIP,
            B,
            "the partner ships it, in 5 to 10 business days",
        ),
        (
            "s",
            "A standing desk frame with [[a five-year warranty]].",
            WAR,
            B,
            "LiftLine gives two years",
        ),
        (
            "e",
            "Standing desk frame that [[relieves back pain]].",
            HEALTH,
            B,
            "a health claim the listing does not make",
        ),
        ("q", "It [[has a built-in USB charging port]].", FEAT, B, "no USB port is listed"),
        ("q", "It is [[made by Herman Miller]].", BRAND, B, "the maker is LiftLine"),
    ],
}


def _html(sentences):
    return "<p>" + html.escape(" ".join(sentences), quote=False) + "</p>"


def _serialise(kind, sentences, key, question=GENERAL_Q):
    if kind in ("description", "short_description"):
        return _html(sentences)
    if kind == "seo":
        return json.dumps(
            {"title": _seo_title(key), "description": " ".join(sentences)}, ensure_ascii=False
        )
    return json.dumps([{"question": question, "answer": " ".join(sentences)}], ensure_ascii=False)


def _seo_title(key):
    lst = LISTINGS[key]
    return f"{lst['title']} | {lst['vendor']}" if lst["vendor"] else lst["title"]


def _strip_marks(marked):
    start = marked.index("[[")
    end = marked.index("]]")
    claim = marked[start + 2 : end]
    plain = marked[:start] + claim + marked[end + 2 :]
    assert "[[" not in plain and "]]" not in plain, marked
    return plain, claim


def _locate(kind, text, claim):
    escaped = html.escape(claim, quote=False)
    dumped = json.dumps(claim, ensure_ascii=False)[1:-1]
    assert escaped == claim and dumped == claim, f"claim changes when stored: {claim!r}"
    assert text.count(claim) == 1, f"claim not once in its {kind}: {claim!r}"
    start = text.index(claim)
    return start, start + len(claim)


LISTINGS = make_listings.build()
KIND = {"d": "description", "s": "short_description", "e": "seo", "q": "faq"}


def build():
    clean: list[dict[str, Any]] = []
    faulty: list[dict[str, Any]] = []
    for key in sorted(CLEAN):
        c = CLEAN[key]
        q, a = c["faq"]
        for kind, text in (
            ("description", _serialise("description", c["desc"] + [c["pad"]], key)),
            ("short_description", _serialise("short_description", [c["short"]], key)),
            ("seo", _serialise("seo", [c["seo"]], key)),
            ("faq", _serialise("faq", [a], key, question=q)),
            ("faq", _serialise("faq", [c["pad"]], key)),
        ):
            clean.append({"listing": key, "kind": kind, "text": text, "labels": []})
        for code, marked, rule, severity, why in FAULTS[key]:
            kind = KIND[code]
            plain, claim = _strip_marks(marked)
            sentences = [plain, c["pad"]] if code == "d" else [plain]
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


if __name__ == "__main__":
    cl, fa = build()
    print(f"{len(cl)} clean, {len(fa)} faulty")
