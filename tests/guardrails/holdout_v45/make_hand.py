"""Hand-written drafts for guardrails holdout v45: clean and faulty, four kinds.

Claims in faulty sentences are marked [[...]]; the marks are removed and the claim located in the
serialised draft (markup for HTML, JSON text for SEO and FAQ).
"""

import html
import json
from typing import Any

import make_listings

GENERAL_Q = "What should I know about it?"
KINDS = {"d": "description", "s": "short_description", "o": "seo", "f": "faq"}
A, B, W = "accuracy.", "block", "warn"

# key -> pad (a true sentence), clean drafts, faulty sentences (kind, marked, rule, severity, why)
H: dict[str, dict[str, Any]] = {
    "T01": {
        "pad": "Empty the ash only once it has cooled.",
        "d": [
            "Hivewright's smoker has a stainless steel fire chamber about 4 inches across and 7 "
            "inches "
            "tall, inside a wire heat guard.",
            "The bellows are goatskin on pine boards, and it is made in Sheffield.",
        ],
        "s": "A stainless bee smoker with goatskin bellows, made in England, $42.",
        "o": "Stainless steel smoker with a heat guard and goatskin bellows. Burns pine "
        "needles, hessian "
        "or card.",
        "f": [
            (
                "What can I burn in it?",
                "Dry pine needles, hessian or cardboard. It weighs 650 g, about 1.4 lb.",
            )
        ],
        "x": [
            ("d", "The fire chamber is [[copper]].", A + "material", B, "stainless steel chamber"),
            ("s", "Hand-built in [[Birmingham]].", A + "origin", B, "made in Sheffield"),
            ("o", "Its [[25 cm]] chamber holds plenty of fuel.", A + "number", B, "18 cm tall"),
            ("f", "It comes with [[a two-year warranty]].", A + "warranty", B, "no warranty given"),
            (
                "s",
                "[[Loved by over 10,000 beekeepers]].",
                "compliance.social_proof",
                W,
                "unconfirmable social proof",
            ),
            ("f", "It sells for [[$48]].", A + "price", B, "$42"),
        ],
    },
    "T02": {
        "pad": "Wipe it with camellia oil after use.",
        "d": [
            "Larchmere's No. 4 has a ground ductile iron body about 9.6 inches long and a 45° bed.",
            "Its 50 mm (about 2 inch) A2 blade is 3 mm thick and arrives honed; it is made in "
            "British "
            "Columbia.",
        ],
        "s": "No. 4 smoothing plane with a ductile iron body and A2 blade, made in Canada, $185.",
        "o": "Cast iron No. 4 smoother with a honed 50 mm A2 steel blade. 1.9 kg, made in "
        "Kamloops.",
        "f": [("How heavy is it?", "1.9 kg, a little over 4 lb.")],
        "x": [
            ("d", "The blade is [[O1 tool steel]].", A + "material", B, "A2 tool steel"),
            ("s", "A [[jack plane]] with a 45° bed.", A + "category", B, "a No. 4 smoothing plane"),
            ("o", "It weighs [[2.6 kg]], so it rides steadily.", A + "number", B, "1.9 kg"),
            ("f", "It is made in [[Vermont, USA]].", A + "origin", B, "made in Canada"),
            (
                "d",
                "The blade [[never needs sharpening]].",
                A + "feature",
                B,
                "an invented property",
            ),
        ],
    },
    "T03": {
        "pad": "Wax it every few weeks.",
        "d": [
            "A 16-strand Flemish-twist string in B-50 Dacron, with nylon serving at the centre and "
            "loops.",
            "The 62 in string ($18) suits a 66 in recurve and the 64 in ($19.50) a 68 in one; no "
            "nocking point is fitted.",
        ],
        "s": "B-50 Dacron Flemish bowstring, 16 strands, from $18.",
        "o": "16-strand B-50 Dacron string for traditional recurves, in 62 or 64 inch lengths.",
        "f": [
            (
                "Which length do I need?",
                "One 4 inches shorter than your bow: 62 in for a 66 in bow, 64 in for a 68 in bow.",
            )
        ],
        "x": [
            ("s", "A bowstring spun from [[Kevlar]].", A + "material", B, "B-50 Dacron"),
            ("d", "It is laid up from [[18 strands]].", A + "number", B, "16 strands"),
            ("o", "Flemish string in a [[70 in]] length.", A + "size", B, "62 or 64 in only"),
            ("f", "A brass nocking point [[comes fitted]].", A + "feature", B, "none fitted"),
            ("s", "Also fits [[compound bows]].", A + "compatibility", B, "for recurves"),
            ("f", "The 64 in string costs [[$18]].", A + "price", B, "the 64 in is $19.50"),
        ],
    },
    "T04": {
        "pad": "Rinse them in fresh water and dry them away from direct heat.",
        "d": [
            "Spindrift Deck's gloves leave the thumb, index and middle fingertips bare for "
            "knots and "
            "shackles.",
            "The palm is synthetic suede with a reinforced patch, and the back is 2 mm neoprene.",
        ],
        "s": "Three-finger sailing gloves, sizes S to XL, €35.",
        "o": "Synthetic suede palm, 2 mm neoprene back and a hook-and-loop cuff. Sizes S-XL.",
        "f": [
            (
                "Are they waterproof?",
                "No, they are not waterproof; rinse them in fresh water after sailing.",
            )
        ],
        "x": [
            ("d", "The palm is [[goatskin leather]].", A + "material", B, "synthetic suede"),
            ("s", "Available in sizes [[XS to XL]].", A + "size", B, "S to XL"),
            (
                "o",
                "[[Fully waterproof]] gloves for wet days on the water.",
                A + "feature",
                B,
                "not waterproof",
            ),
            ("f", "The back is [[4 mm]] neoprene.", A + "number", B, "2 mm"),
            (
                "s",
                "[[Full-finger]] gloves for dinghy sailing.",
                A + "feature",
                B,
                "three fingertips cut off",
            ),
            ("f", "A pair costs [[€29]].", A + "price", B, "€35"),
        ],
    },
    "T05": {
        "pad": "Hand wash cold and dry flat.",
        "d": [
            "Heyggur spins this DK yarn in Tórshavn from 100% Faroese wool.",
            "Each 50 g skein runs about 115 m (roughly 125 yards), for 4 mm needles, in Fog, "
            "Moss or "
            "Heather.",
        ],
        "s": "Faroese wool DK yarn in 50 g skeins, three colours, DKK 68.",
        "o": "100% Faroese wool, DK weight, 115 m per 50 g skein. Spun in the Faroe Islands.",
        "f": [("What needles suit it?", "4 mm needles, which is US 6.")],
        "x": [
            (
                "d",
                "It is spun in [[Reykjavík, Iceland]].",
                A + "origin",
                B,
                "Tórshavn, Faroe Islands",
            ),
            (
                "s",
                "Faroese DK yarn in Fog, Moss, Heather and [[Rust]].",
                A + "colour",
                B,
                "Fog, Moss, Heather only",
            ),
            (
                "o",
                "A [[blend of wool and nylon]] for hard-wearing socks.",
                A + "material",
                B,
                "100% Faroese wool",
            ),
            ("f", "You can [[machine wash it at 40 °C]].", A + "care", B, "hand wash cold"),
            ("d", "Each skein is [[200 m]] long.", A + "number", B, "about 115 m"),
            ("f", "A skein costs [[DKK 58]].", A + "price", B, "DKK 68"),
        ],
    },
    "T06": {
        "pad": "Keep the cap closed between uses.",
        "d": [
            "Scrivenhall's iron gall ink goes on blue and dries to near black.",
            "It is water-resistant once dry and made for dip pens, not fountain pens; the glass "
            "bottle "
            "holds 50 ml (about 1.7 fl oz).",
        ],
        "s": "Blue-black iron gall ink for dip pens, 50 ml, $16.",
        "o": "Iron gall ink that darkens from blue to near black. For dip pens; 50 ml glass "
        "bottle.",
        "f": [("Can I use it in a fountain pen?", "No. It is for dip pens only.")],
        "x": [
            (
                "d",
                "It is [[safe for fountain pens]].",
                A + "compatibility",
                B,
                "not for fountain pens",
            ),
            ("s", "[[Sepia]] iron gall ink, 50 ml.", A + "colour", B, "blue-black"),
            ("o", "A [[100 ml]] bottle of iron gall ink for dip pens.", A + "number", B, "50 ml"),
            (
                "f",
                "It [[washes off with water once dry]].",
                A + "feature",
                B,
                "water-resistant once dry",
            ),
            (
                "s",
                "[[Non-toxic and safe for children]].",
                "compliance.health",
                B,
                "an unsupported safety claim",
            ),
            (
                "f",
                "[[The best calligraphy ink in the world]].",
                "compliance.absolute",
                W,
                "superlative",
            ),
            ("d", "It is made in [[Edinburgh]].", A + "origin", B, "no origin given"),
        ],
    },
    "T07": {
        "pad": "It has a fold-down rubber eyecup.",
        "d": [
            "Corvid's 25 mm eyepiece gives a 68° apparent field through six fully multi-coated "
            "elements in four groups.",
            "It fits any 1.25-inch focuser, takes standard 1.25-inch filters and weighs 190 g "
            "(about "
            "6.7 oz).",
        ],
        "s": "25 mm, 68° eyepiece for 1.25-inch focusers, $89.",
        "o": "Wide 68-degree field, 17 mm eye relief, fully multi-coated and threaded for filters.",
        "f": [("How much eye relief does it have?", "17 mm, and the rubber eyecup folds down.")],
        "x": [
            ("d", "It shows an [[82-degree]] apparent field.", A + "number", B, "68°"),
            ("s", "Fits [[2-inch]] focusers.", A + "compatibility", B, "1.25 in barrel"),
            (
                "o",
                "[[Nitrogen-purged and waterproof]] for dewy nights.",
                A + "feature",
                B,
                "not stated",
            ),
            ("f", "It comes with [[a lifetime warranty]].", A + "warranty", B, "no warranty given"),
            ("d", "It is made in [[Japan]].", A + "origin", B, "no origin given"),
            ("f", "It weighs [[290 g]].", A + "number", B, "190 g"),
        ],
    },
    "T08": {
        "pad": "Condition the leather twice a year.",
        "d": [
            "Tarnowski cuts this strap by hand in Kraków from vegetable-tanned full-grain leather.",
            "It is 110 cm long (about 43 inches) and 25 mm wide, with brass split rings for "
            "cameras "
            "with strap lugs, in Tan or Black.",
        ],
        "s": "Full-grain leather camera strap, Tan or Black, $54.",
        "o": "Vegetable-tanned leather strap, 110 cm by 25 mm, brass rings. Handmade in Poland.",
        "f": [
            (
                "Will it fit my camera?",
                "It fits cameras with strap lugs, using the brass split rings.",
            )
        ],
        "x": [
            ("d", "The split rings are [[stainless steel]].", A + "material", B, "brass"),
            (
                "s",
                "Leather camera strap in Tan, Black or [[Oxblood]].",
                A + "colour",
                B,
                "Tan or Black",
            ),
            ("o", "Handmade in [[Lviv, Ukraine]].", A + "origin", B, "Kraków, Poland"),
            ("f", "It is [[adjustable from 90 to 130 cm]].", A + "feature", B, "a fixed 110 cm"),
            ("s", "[[Chrome-tanned]] leather strap.", A + "material", B, "vegetable tanned"),
            (
                "f",
                "It ships [[free within 24 hours]].",
                "compliance.shipping",
                B,
                "no shipping terms",
            ),
        ],
    },
    "T09": {
        "pad": "Machine wash it at 30 °C and do not tumble dry.",
        "d": [
            "Paddock Row's pad is diamond-quilted, with a cotton drill top, a cotton underside and "
            "15 mm polyester wadding.",
            "Girth straps and a wither cut-out keep it in place; Cob in White is $65 and Full "
            "in Navy "
            "$69.",
        ],
        "s": "Quilted cotton saddle pad, Cob or Full, from $65.",
        "o": "Diamond-quilted cotton pad with 15 mm wadding, girth straps and a wither cut-out.",
        "f": [("How do I wash it?", "Machine wash at 30 °C (86 °F); do not tumble dry.")],
        "x": [
            ("d", "The filling is [[memory foam]].", A + "material", B, "polyester wadding"),
            ("s", "Available in [[Pony]], Cob and Full.", A + "size", B, "Cob and Full only"),
            ("o", "[[Sheepskin-lined]] quilted saddle pad.", A + "material", B, "cotton underside"),
            ("f", "The Full size in Navy is [[$65]].", A + "price", B, "$69"),
            ("d", "It [[prevents sore backs]].", "compliance.health", B, "a health claim"),
            ("f", "You can [[tumble dry it on low]].", A + "care", B, "do not tumble dry"),
        ],
    },
    "T10": {
        "pad": "Rinse them in cold fresh water after swimming.",
        "d": [
            "Lanewise goggles have polycarbonate lenses with an anti-fog coating and UV "
            "protection, "
            "in Clear or Smoke.",
            "The split silicone strap adjusts at the back, and small, medium and large nose "
            "bridges "
            "are in the box.",
        ],
        "s": "Anti-fog training goggles with three nose bridges, $24.",
        "o": "Polycarbonate anti-fog lenses with UV protection, split silicone strap, three nose "
        "bridges.",
        "f": [
            (
                "Can I wipe the lenses?",
                "Do not rub the inside of the lenses; rinse them in cold fresh water instead.",
            )
        ],
        "x": [
            ("d", "They come with [[corrective lenses]].", A + "feature", B, "not stated"),
            ("s", "Goggles with a [[Mirror Blue]] lens.", A + "colour", B, "Clear or Smoke"),
            ("o", "Comfortable [[latex]] strap.", A + "material", B, "silicone"),
            ("f", "[[Five]] nose bridges come in the box.", A + "number", B, "three"),
            (
                "s",
                "[[Recommended by Olympic coaches]].",
                "compliance.social_proof",
                W,
                "unconfirmable endorsement",
            ),
            ("f", "They are [[suitable for scuba diving]].", A + "feature", W, "an invented use"),
            ("s", "[[Speedo]] anti-fog goggles.", A + "brand", B, "the vendor is Lanewise"),
        ],
    },
    "T11": {
        "pad": "Clean them with a damp cloth.",
        "d": [
            "Vetes d'Olot's espadrilles have a cotton canvas upper, a jute sole and ribbons "
            "that tie "
            "at the ankle.",
            "They are sewn by hand in Olot, Catalonia, in sizes 37 to 42, in navy or red.",
        ],
        "s": "Espardenyes de vetes cosides a mà a Olot, talles 37 a 42, 39 €.",
        "o": "Lona de cotó i sola de jute, en blau marí o vermell.",
        "f": [("Can I machine wash them?", "No. Clean them with a damp cloth instead.")],
        "x": [
            ("d", "The sole is [[rubber]].", A + "material", B, "jute sole"),
            ("s", "Espardenyes cosides a mà a [[Mallorca]].", A + "origin", B, "Olot"),
            ("o", "Disponibles de la talla [[35]] a la 42.", A + "size", B, "37 to 42"),
            (
                "f",
                "You can [[put them in the washing machine]].",
                A + "care",
                B,
                "not machine washable",
            ),
            ("s", "Espardenyes de color [[groc]].", A + "colour", B, "navy or red"),
            ("d", "They are [[certified vegan]].", A + "certification", B, "no certification"),
        ],
    },
    "T12": {
        "pad": "Store it somewhere dry, out of direct sunlight.",
        "d": [
            "This Arjuna shadow puppet is chiselled and painted by hand in Yogyakarta from buffalo "
            "hide.",
            "It stands 50 cm (about 20 inches) without its handle, which is buffalo horn.",
        ],
        "s": "Wayang kulit Arjuna buatan tangan dari Yogyakarta, Rp 850.000.",
        "o": "Kulit kerbau dengan gagang tanduk kerbau, tinggi 50 cm, ditatah dan disungging "
        "tangan.",
        "f": [("What is it made of?", "Buffalo hide, with a buffalo horn handle.")],
        "x": [
            ("d", "It is cut from [[goat hide]].", A + "material", B, "buffalo hide"),
            ("s", "Wayang kulit buatan tangan dari [[Bali]].", A + "origin", B, "Yogyakarta"),
            ("o", "Wayang Arjuna setinggi [[75 cm]].", A + "number", B, "50 cm"),
            ("f", "The handle is [[bamboo]].", A + "material", B, "buffalo horn"),
            ("s", "Wayang Arjuna, [[Rp 650.000]].", A + "price", B, "Rp 850.000"),
            (
                "f",
                "It is [[a carved wooden wayang golek]].",
                A + "category",
                B,
                "a flat hide wayang kulit",
            ),
        ],
    },
    "T13": {
        "pad": "It comes in white or pink.",
        "d": [
            "This soapstone bowl is carved by hand in Tabaka, Kisii, Kenya, 15 cm across and 6 cm "
            "deep (about 6 by 2.4 inches).",
            "It is for decoration and dry things, not hot food.",
        ],
        "s": "Bakuli la mawe ya sabuni kutoka Kisii, KSh 2,400.",
        "o": "Limechongwa kwa mkono huko Tabaka, Kenya. Sentimita 15, rangi nyeupe au waridi.",
        "f": [("Can I serve hot food in it?", "No, it is for decoration and dry items only.")],
        "x": [
            ("d", "It is [[dishwasher safe]].", A + "care", B, "wipe with a dry cloth"),
            ("s", "Bakuli la [[mbao]] kutoka Kisii.", A + "material", B, "soapstone"),
            ("o", "Bakuli la mawe ya sabuni, rangi [[nyeusi]].", A + "colour", B, "white or pink"),
            ("f", "It is [[ideal for hot soups]].", A + "feature", B, "not for hot food"),
            ("s", "Bakuli kutoka [[Arusha, Tanzania]].", A + "origin", B, "Tabaka, Kenya"),
            (
                "f",
                "Each bowl is [[certified fair trade]].",
                A + "certification",
                B,
                "no certification",
            ),
        ],
    },
    "T14": {
        "pad": "The bulb is not included.",
        "d": [
            "Sinag Kapis makes this hanging lamp by hand in Bacolor, Pampanga, from capiz shell "
            "on a "
            "bamboo frame.",
            "It is 30 cm across and 35 cm tall (about 12 by 14 inches) and takes an E27 bulb of "
            "up to 40 W.",
        ],
        "s": "Lamparang kapis na gawa sa kamay sa Pampanga, ₱2,450.",
        "o": "Kapis at kawayan, 30 cm ang diyametro. E27, hindi kasama ang bumbilya.",
        "f": [("Is a bulb included?", "No. It takes an E27 bulb of up to 40 W, sold separately.")],
        "x": [
            ("d", "It takes bulbs [[up to 100 W]].", A + "number", B, "up to 40 W"),
            (
                "s",
                "Lamparang kapis, [[kasama ang bumbilya]].",
                A + "feature",
                B,
                "bulb not included",
            ),
            ("o", "Gawa sa kamay sa [[Cebu]].", A + "origin", B, "Bacolor, Pampanga"),
            ("f", "The frame is [[rattan]].", A + "material", B, "bamboo"),
            ("s", "Lampara na [[pangmesa]] na gawa sa kapis.", A + "category", B, "a hanging lamp"),
            ("f", "It [[plugs in and has an on/off switch]].", A + "feature", B, "not stated"),
        ],
    },
    "T15": {
        "pad": "Store it somewhere cool and away from light.",
        "d": [
            "Cold-pressed extra virgin olive oil from Kalinjot olives grown around Berat, Albania.",
            "It comes in a 500 ml (about 17 fl oz) dark glass bottle.",
        ],
        "s": "Vaj ulliri ekstra i virgjër nga Berati, 500 ml, 1200 lekë.",
        "o": "Ullinj Kalinjot, i shtrydhur në të ftohtë, në shishe qelqi të errët.",
        "f": [("Which olives are in it?", "Kalinjot olives from Berat.")],
        "x": [
            ("d", "It is [[certified organic]].", A + "certification", B, "no certification"),
            ("s", "Vaj ulliri ekstra i virgjër nga [[Kreta]].", A + "origin", B, "Berat, Albania"),
            ("o", "Vaj ulliri në shishe [[plastike]].", A + "material", B, "glass bottle"),
            ("f", "It [[lowers cholesterol]].", "compliance.health", B, "a health claim"),
            ("s", "Vaj ulliri në shishe [[1 litër]].", A + "size", B, "500 ml only"),
            ("f", "We ship [[free across Europe]].", "compliance.shipping", B, "no shipping terms"),
            ("f", "A bottle costs [[1,500 lek]].", A + "price", B, "1200 lek"),
        ],
    },
    "T16": {
        "pad": "Pencil or a brush pen suits the paper best.",
        "d": [
            "A thread-bound notebook of traditional hanji paper made in Jeonju, South Korea.",
            "It is A5, with 80 plain pages; fountain pen ink may bleed.",
        ],
        "s": "전주 한지로 만든 A5 실제본 노트, 18,000원.",
        "o": "전통 한지 80쪽, 무지, 실제본. 전주에서 만들었습니다.",
        "f": [
            (
                "Can I write in it with a fountain pen?",
                "Fountain pen ink may bleed, so pencil or a brush pen is better.",
            )
        ],
        "x": [
            ("d", "Its pages are [[lined]].", A + "feature", B, "plain pages"),
            ("s", "[[120쪽]] 한지 노트.", A + "number", B, "80 pages"),
            ("o", "[[A4]] 크기 한지 노트.", A + "size", B, "A5"),
            (
                "f",
                "It is [[perfect for fountain pens]].",
                A + "compatibility",
                B,
                "fountain pen ink may bleed",
            ),
            ("s", "[[안동]]에서 만든 한지 노트.", A + "origin", B, "Jeonju"),
            ("f", "The cover is [[leather]].", A + "material", B, "hanji"),
        ],
    },
    "T17": {
        "pad": "Keep it out of direct sun.",
        "d": [
            "Asana Grove's mat is natural tree rubber with a polyurethane top, 4 mm thick.",
            "It measures 183 x 61 cm (72 x 24 inches) and weighs 2.5 kg, in Sage or Charcoal.",
        ],
        "s": "4 mm natural rubber yoga mat, Sage or Charcoal, $78.",
        "o": "Grippy natural rubber with a PU top, 183 x 61 cm. Contains natural latex.",
        "f": [("Is it latex-free?", "No, it contains natural latex.")],
        "x": [
            (
                "d",
                "It is [[latex-free and safe for allergy sufferers]].",
                "compliance.health",
                B,
                "contains natural latex",
            ),
            ("s", "[[6 mm]] natural rubber yoga mat.", A + "number", B, "4 mm"),
            (
                "o",
                "A [[100% biodegradable]] mat.",
                "compliance.environmental",
                B,
                "unsupported; PU top",
            ),
            ("f", "It is [[machine washable]].", A + "care", B, "wipe with a damp cloth"),
            ("s", "Yoga mat in Sage, Charcoal or [[Plum]].", A + "colour", B, "Sage or Charcoal"),
            ("f", "The top layer is [[cork]].", A + "material", B, "polyurethane top"),
        ],
    },
    "T18": {
        "pad": "It holds about 1.2 ml of bottled ink.",
        "d": [
            "Nibwright's pen fills by piston through a clear acrylic body, so the ink shows.",
            "The stainless steel nib comes in Fine or Medium; no ink is included and it does "
            "not take "
            "cartridges.",
        ],
        "s": "Clear piston-fill fountain pen, Fine or Medium nib, $65.",
        "o": "Piston filler with a clear acrylic body and a steel nib. Bottled ink only.",
        "f": [
            (
                "Does it take cartridges?",
                "No. It fills from a bottle by its piston; ink is not included.",
            )
        ],
        "x": [
            ("d", "The nib is [[14k gold]].", A + "material", B, "stainless steel"),
            ("s", "Fine, Medium or [[Broad]] nib.", A + "size", B, "Fine or Medium"),
            (
                "o",
                "[[Takes standard international cartridges]].",
                A + "compatibility",
                B,
                "takes no cartridges",
            ),
            ("f", "A [[bottle of blue ink is included]].", A + "feature", B, "no ink included"),
            ("s", "A piston pen made by [[Pelikan]].", A + "brand", B, "the vendor is Nibwright"),
            ("f", "It holds [[2 ml]] of ink.", A + "number", B, "about 1.2 ml"),
        ],
    },
    "T19": {
        "pad": "Refrigerate it after opening.",
        "d": [
            "Cayo Fire makes this sauce in small batches in San Ignacio, Belize, from habanero, "
            "mango, carrot, onion, cane vinegar, lime juice and salt.",
            "It is very hot; keep it in the fridge once opened and use it within three months.",
        ],
        "s": "Very hot habanero and mango sauce from Belize, 150 ml, $11.",
        "o": "Small-batch habanero sauce with mango and lime, made in Belize. Vegan.",
        "f": [
            ("How long does it keep?", "Use it within three months of opening, kept in the fridge.")
        ],
        "x": [
            ("d", "It is [[mild enough for children]].", A + "feature", B, "very hot"),
            ("s", "Habanero sauce from [[Jamaica]].", A + "origin", B, "San Ignacio, Belize"),
            (
                "o",
                "Habanero and mango, [[sweetened with honey]].",
                A + "material",
                B,
                "not an ingredient; tagged vegan",
            ),
            ("f", "It keeps [[a year after opening]].", A + "care", B, "three months"),
            ("s", "It [[boosts your metabolism]].", "compliance.health", B, "a health claim"),
            ("f", "It rates [[350,000]] Scoville units.", A + "number", B, "no figure given"),
            (
                "o",
                "A habanero sauce by [[Marie Sharp's]].",
                A + "brand",
                B,
                "the vendor is Cayo Fire",
            ),
        ],
    },
    "T20": {
        "pad": "The glass jar holds 340 g (12 oz).",
        "d": [
            "Tor & Comb press this heather honey from the comb at their Dartmoor hives and jar it "
            "unheated.",
            "It sets to a soft jelly and is not for babies under one year.",
        ],
        "s": "Raw Dartmoor heather honey, 340 g jar, £12.50.",
        "o": "Unheated heather honey pressed from the comb on Dartmoor, Devon.",
        "f": [("Can I give it to my baby?", "Not to children under 12 months.")],
        "x": [
            ("d", "It [[stays runny]] in the jar.", A + "feature", B, "sets to a soft jelly"),
            ("s", "Heather honey from [[the Scottish Highlands]].", A + "origin", B, "Dartmoor"),
            (
                "o",
                "[[Soil Association certified organic]] heather honey.",
                A + "certification",
                B,
                "no certification",
            ),
            ("f", "It [[heals sore throats]].", "compliance.health", B, "a health claim"),
            ("s", "[[Britain's finest honey]].", "compliance.absolute", W, "superlative"),
            ("f", "It comes in a [[454 g]] jar.", A + "size", B, "340 g jar only"),
            ("d", "This is [[manuka honey]].", A + "category", B, "heather honey"),
        ],
    },
    "T21": {
        "pad": "Machine wash it cold on a gentle cycle.",
        "d": [
            "Little Burrow's carrier is sewn from a woven wrap of GOTS-certified organic "
            "cotton, in "
            "Oat or Slate.",
            "It carries babies from 3.5 to 20 kg (about 7.7 to 44 lb) on the front, facing in, "
            "or on "
            "the back.",
        ],
        "s": "Organic cotton baby carrier for 3.5-20 kg, $149.",
        "o": "GOTS organic cotton carrier for front facing in or back carries, 3.5-20 kg.",
        "f": [
            (
                "Can my baby face out?",
                "No, it does not carry facing out: front facing in, or on the back.",
            )
        ],
        "x": [
            ("d", "It [[also carries facing out]].", A + "feature", B, "not facing out"),
            ("s", "For babies [[up to 25 kg]].", A + "number", B, "up to 20 kg"),
            ("o", "Carrier of [[hemp]] and organic cotton.", A + "material", B, "organic cotton"),
            ("f", "It [[prevents hip dysplasia]].", "compliance.health", B, "a health claim"),
            ("s", "[[The safest carrier on the market]].", "compliance.absolute", W, "superlative"),
            (
                "f",
                "[[Thousands of parents rate it five stars]].",
                "compliance.social_proof",
                W,
                "unconfirmable social proof",
            ),
        ],
    },
    "T22": {
        "pad": "It comes with a sleeve.",
        "d": [
            "Galeward's umbrella has eight fibreglass ribs that flex in gusts rather than snap.",
            "The canopy is 104 cm (about 41 inches) across and opens at one button; you close "
            "it by "
            "hand.",
        ],
        "s": "Windproof auto-open umbrella in black, $39.",
        "o": "Eight flexible fibreglass ribs, a 104 cm canopy and one-button opening.",
        "f": [("Does it close automatically?", "No, it opens automatically and closes by hand.")],
        "x": [
            ("d", "It opens and [[closes automatically]].", A + "feature", B, "closes by hand"),
            ("s", "[[Ten]] fibreglass ribs.", A + "number", B, "eight"),
            ("o", "Windproof umbrella with [[steel]] ribs.", A + "material", B, "fibreglass"),
            ("f", "It is tested in winds of [[120 km/h]].", A + "number", B, "no figure given"),
            ("s", "Auto-open umbrella in [[navy]].", A + "colour", B, "black only"),
            (
                "f",
                "It has a [[lifetime replacement guarantee]].",
                A + "warranty",
                B,
                "no warranty given",
            ),
            ("s", "A windproof umbrella by [[Totes]].", A + "brand", B, "the vendor is Galeward"),
        ],
    },
    "T23": {
        "pad": "It fits wrists from 150 to 205 mm.",
        "d": [
            "Lugline's strap is FKM fluoro-rubber for lugs 20 mm apart, with quick-release spring "
            "bars for tool-free changes.",
            "The buckle is brushed stainless steel, and it comes in Black, Orange or Olive.",
        ],
        "s": "20 mm FKM rubber watch strap, three colours, $29.",
        "o": "Fluoro-rubber strap for 20 mm lugs, quick-release bars and a brushed steel buckle.",
        "f": [("Will it fit my wrist?", "It fits wrists of about 5.9 to 8.1 inches (150-205 mm).")],
        "x": [
            ("d", "It fits [[22 mm]] lugs.", A + "size", B, "20 mm lugs"),
            ("s", "Rubber strap for the [[Apple Watch]].", A + "compatibility", B, "20 mm lugs"),
            (
                "o",
                "[[Silicone]] watch strap with quick-release bars.",
                A + "material",
                B,
                "FKM rubber",
            ),
            ("f", "The buckle is [[titanium]].", A + "material", B, "stainless steel"),
            ("s", "[[Made in Switzerland]].", A + "origin", B, "no origin given"),
            (
                "f",
                "It ships in [[fully compostable packaging]].",
                "compliance.environmental",
                B,
                "unsupported",
            ),
        ],
    },
    "T24": {
        "pad": "It arrives assembled.",
        "d": [
            "Girios Dirbtuvė make this three-legged stool of solid oak in Anykščiai, Lithuania, "
            "and "
            "finish it with hardwax oil.",
            "The seat is 30 cm across and 45 cm (about 17.7 inches) from the floor.",
        ],
        "s": "Solid oak three-legged stool, 45 cm high, €120.",
        "o": "Three legs, a 30 cm seat and a hardwax oil finish. Made in Lithuania.",
        "f": [("Does it need assembly?", "No, it arrives assembled.")],
        "x": [
            ("d", "It stands on [[four legs]].", A + "number", B, "three legs"),
            ("s", "Solid [[ash]] stool.", A + "material", B, "solid oak"),
            ("o", "[[Flat-packed]] oak stool.", A + "feature", B, "arrives assembled"),
            ("f", "It holds [[up to 150 kg]].", A + "number", B, "no figure given"),
            ("s", "Made in [[Riga, Latvia]].", A + "origin", B, "Anykščiai, Lithuania"),
            ("f", "The oak is [[FSC-certified]].", A + "certification", B, "no certification"),
            ("s", "[[Black-stained]] oak stool.", A + "colour", W, "no colour given"),
        ],
    },
    "T25": {
        "pad": "Shake or brush it to clean.",
        "d": [
            "A natural coconut coir mat on a non-slip PVC backing, 60 x 40 cm (about 24 x 16 "
            "inches) and 1.5 cm deep.",
            "Use it under cover; a little shedding at first is normal.",
        ],
        "s": "Coir doormat, 60 x 40 cm, £22.",
        "o": "Natural coconut coir on a non-slip PVC backing, 1.5 cm deep, for covered doorways.",
        "f": [("Can it go outside in the rain?", "It is for use under cover.")],
        "x": [
            (
                "d",
                "It is [[fully weatherproof for open doorways]].",
                A + "feature",
                B,
                "for use under cover",
            ),
            ("s", "Coir doormat, [[90 x 60 cm]].", A + "size", B, "60 x 40 cm only"),
            ("o", "Coir on a [[natural rubber]] backing.", A + "material", B, "PVC backing"),
            ("f", "It [[never sheds]].", A + "feature", B, "some shedding at first"),
            ("s", "A [[plastic-free]] coir doormat.", "compliance.environmental", B, "PVC backing"),
            ("f", "You can [[hose it down or machine wash it]].", A + "care", B, "shake or brush"),
            ("f", "It is [[made in Kerala, India]].", A + "origin", B, "no origin given"),
        ],
    },
    "T26": {
        "pad": "Postage to us is yours to arrange.",
        "d": [
            "Bobbin & Cam clean and oil mechanical sewing machines, adjust the tension and timing, "
            "then test-sew them.",
            "The standard service is £65, or £80 with a new motor belt and bulb, and your machine "
            "comes back within 7 working days of arrival.",
        ],
        "s": "Mechanical sewing machine service by post, from £65.",
        "o": "Clean, oil, tension and timing for mechanical machines. Back within 7 working days.",
        "f": [
            (
                "Do you service overlockers?",
                "No, nor computerised machines; mechanical sewing machines only.",
            )
        ],
        "x": [
            ("d", "We also [[service overlockers]].", A + "compatibility", B, "no overlockers"),
            ("s", "Sewing machine service by post, [[£55]].", A + "price", B, "£65"),
            (
                "o",
                "Your machine is back [[within 48 hours]].",
                "compliance.shipping",
                B,
                "7 working days",
            ),
            (
                "f",
                "We offer [[free collection from your door]].",
                "compliance.shipping",
                B,
                "postage to us is yours",
            ),
            ("s", "Service with a new belt and bulb, [[£65]].", A + "price", B, "£80"),
            (
                "f",
                "Every repair is [[guaranteed for 12 months]].",
                A + "warranty",
                B,
                "no warranty given",
            ),
        ],
    },
    "T27": {
        "pad": "It costs $25.",
        "d": ["A ribbed beanie from Northhollow."],
        "s": "Northhollow ribbed beanie, $25.",
        "o": "Northhollow's ribbed beanie, $25.",
        "f": [("How much is it?", "$25.")],
        "x": [
            ("d", "It is knitted from [[merino wool]].", A + "material", B, "no material given"),
            ("s", "Ribbed beanie in [[charcoal grey]].", A + "colour", W, "no colour given"),
            ("o", "[[Made in Scotland]].", A + "origin", B, "no origin given"),
            ("f", "It is [[waterproof]].", A + "feature", B, "not stated"),
            ("s", "[[Our best-selling]] beanie.", "compliance.social_proof", W, "unconfirmable"),
            ("f", "[[Machine wash it at 30 °C]].", A + "care", B, "no care given"),
        ],
    },
    "T28": {
        "pad": "They are made of linen.",
        "d": ["Four linen napkins, €28 for the set."],
        "s": "Linen napkins, a set of four, €28.",
        "o": "A set of four linen napkins for €28.",
        "f": [("How many napkins are in the set?", "Four.")],
        "x": [
            ("d", "A set of [[six]] napkins.", A + "number", B, "set of 4"),
            ("s", "Linen napkins in [[dusty rose]].", A + "colour", W, "no colour given"),
            ("o", "[[Linen-cotton blend]] napkins.", A + "material", B, "linen"),
            ("f", "Each napkin is [[45 x 45 cm]].", A + "number", B, "no size given"),
            ("s", "[[OEKO-TEX certified]] napkins.", A + "certification", B, "no certification"),
            ("f", "[[Europe's favourite table linen]].", "compliance.absolute", W, "superlative"),
        ],
    },
    "T29": {
        "pad": "Each item is sold on its own.",
        "d": [
            "Kestrel Lane's starter kit groups 8x42 roof-prism binoculars ($119), a 192-page "
            "pocket "
            "field guide to garden birds ($24) and a 64-page A6 waterproof notebook ($9).",
            "Bought together, the three come to $152.",
        ],
        "s": "Birding starter kit: binoculars, field guide and notebook, $152 for all three.",
        "o": "8x42 waterproof binoculars, a garden-bird field guide and an A6 field notebook.",
        "f": [("Are the binoculars waterproof?", "Yes, they are waterproof and nitrogen filled.")],
        "x": [
            ("d", "The binoculars are [[10x42]].", A + "number", B, "8x42"),
            ("s", "The whole kit is [[$129]].", A + "price", B, "$152 together"),
            (
                "o",
                "With binoculars by [[Swarovski]].",
                A + "brand",
                B,
                "the vendor is Kestrel Lane",
            ),
            ("f", "The field guide is [[a hardback]].", A + "feature", B, "paperback"),
            ("s", "[[A tripod is included]].", A + "feature", B, "not in the kit"),
            ("f", "The notebook is [[A5]].", A + "size", B, "A6"),
        ],
    },
    "T30": {
        "pad": "Riverloop Outdoors sells and ships it and handles returns.",
        "d": [
            "A two-person inflatable kayak, 3.8 m long (about 12.5 ft) and 13 kg, that carries up "
            "to 200 kg.",
            "Two seats, a hand pump and a carry bag come with it, but paddles do not, and it "
            "arrives "
            "in 5-7 working days.",
        ],
        "s": "Two-person inflatable kayak from Riverloop Outdoors, $499.",
        "o": "3.8 m two-seat inflatable with a drop-stitch floor, pump and bag. Two-year warranty.",
        "f": [
            ("Are paddles included?", "No. Two seats, a hand pump and a carry bag are included.")
        ],
        "x": [
            ("d", "[[Two paddles are included]].", A + "feature", B, "paddles not included"),
            ("s", "[[Three-person]] inflatable kayak.", A + "number", B, "two-person"),
            ("o", "Backed by a [[five-year]] warranty.", A + "warranty", B, "two-year"),
            (
                "f",
                "It is delivered [[in 2-3 working days]].",
                "compliance.shipping",
                B,
                "5-7 working days",
            ),
            ("s", "It weighs only [[9 kg]].", A + "number", B, "13 kg"),
            (
                "f",
                "It is [[ready for an electric trolling motor]].",
                A + "compatibility",
                B,
                "not stated",
            ),
        ],
    },
}


def _html(sentences):
    return "<p>" + html.escape(" ".join(sentences), quote=False) + "</p>"


def _serialise(kind, sentences, key, question=GENERAL_Q):
    if kind in ("description", "short_description"):
        return _html(sentences)
    if kind == "seo":
        listing = make_listings.LISTINGS[key]
        title = listing["title"] + (f" | {listing['vendor']}" if listing["vendor"] else "")
        return json.dumps({"title": title, "description": " ".join(sentences)}, ensure_ascii=False)
    return json.dumps([{"question": question, "answer": " ".join(sentences)}], ensure_ascii=False)


def _strip_marks(marked):
    assert marked.count("[[") == 1 and marked.count("]]") == 1, marked
    start = marked.index("[[")
    end = marked.index("]]")
    claim = marked[start + 2 : end]
    return marked.replace("[[", "").replace("]]", ""), claim


def _locate(kind, text, claim):
    needle = claim if kind in ("seo", "faq") else html.escape(claim, quote=False)
    assert needle == claim, claim
    start = text.find(claim)
    assert start != -1 and text.find(claim, start + 1) == -1, (text, claim)
    return start, start + len(claim)


def build():
    rows, faulty = [], []
    for key, h in H.items():
        rows.append(
            {
                "listing": key,
                "kind": "description",
                "source": "clean",
                "text": _html(h["d"] + [h["pad"]]),
                "labels": [],
            }
        )
        rows.append(
            {
                "listing": key,
                "kind": "short_description",
                "source": "clean",
                "text": _html([h["s"]]),
                "labels": [],
            }
        )
        rows.append(
            {
                "listing": key,
                "kind": "seo",
                "source": "clean",
                "text": _serialise("seo", [h["o"]], key),
                "labels": [],
            }
        )
        for q, a in h["f"]:
            rows.append(
                {
                    "listing": key,
                    "kind": "faq",
                    "source": "clean",
                    "text": _serialise("faq", [a], key, q),
                    "labels": [],
                }
            )
        rows.append(
            {
                "listing": key,
                "kind": "faq",
                "source": "clean",
                "text": _serialise("faq", [h["pad"]], key),
                "labels": [],
            }
        )
        for short, marked, rule, severity, why in h["x"]:
            kind = KINDS[short]
            sentence, claim = _strip_marks(marked)
            parts = [sentence, h["pad"]] if kind == "description" else [sentence]
            text = _serialise(kind, parts, key)
            start, end = _locate(kind, text, claim)
            faulty.append(
                {
                    "listing": key,
                    "kind": kind,
                    "source": "faulty",
                    "text": text,
                    "labels": [
                        {
                            "rule": rule,
                            "start": start,
                            "end": end,
                            "claim": claim,
                            "severity": severity,
                            "why": why,
                        }
                    ],
                }
            )
    return rows, faulty


if __name__ == "__main__":
    clean, faulty = build()
    print(len(clean), "clean,", len(faulty), "faulty")
