"""Hand-written drafts for guardrails holdout v42: five clean drafts a listing and six or seven
faulty ones, each faulty sentence carrying one unsupported claim marked [[...]].

Imported by assemble.py; `build()` returns (clean, faulty) rows with listing, kind, text, labels.
"""

import html
import json
from typing import Any

import make_listings

GENERAL_Q = "What should I know about it?"

# The kind each faulty sentence is recast as, in order (six-sentence listings drop the last).
FAULTY_KINDS = (
    "description",
    "short_description",
    "seo",
    "description",
    "faq",
    "short_description",
    "faq",
)

# key -> desc (true sentences), pad (a true sentence added to faulty descriptions), short, seo
# (the SEO description), faq1 (answer to GENERAL_Q), faq2 (question, answer) and bad (marked
# sentence, rule, severity, why), in FAULTY_KINDS order.
H: dict[str, dict[str, Any]] = {
    "R01": {
        "desc": [
            "This chalk bag is sewn by hand in Kathmandu from hemp canvas, with a soft fleece "
            "lining.",
            "A drawcord keeps the chalk in, and the side loop holds a brush.",
        ],
        "pad": "Chalk and brush are not included.",
        "short": "A hemp chalk bag from Nepal in Natural or Moss, $28.",
        "seo": "Handmade hemp chalk bag with a fleece lining, a drawcord and a brush loop.",
        "faq1": "It weighs 140 g, about 5 oz, and comes in two colours.",
        "faq2": ("Does it come with chalk?", "No. Chalk and the brush are not included."),
        "bad": [
            (
                "It is sewn by hand in [[Bhutan]].",
                "accuracy.origin",
                "block",
                "the listing says Kathmandu, Nepal",
            ),
            (
                "A hemp chalk bag with a [[cotton]] lining.",
                "accuracy.material",
                "block",
                "the lining is fleece",
            ),
            (
                "Hemp chalk bag with a [[magnetic closure]] and a brush loop.",
                "accuracy.feature",
                "block",
                "it closes with a drawcord",
            ),
            (
                "The belt fits waists up to [[130 cm]].",
                "accuracy.number",
                "block",
                "the belt fits 60-110 cm",
            ),
            (
                "It [[comes with a chalk brush]] in the side loop.",
                "accuracy.feature",
                "block",
                "chalk and brush are not included",
            ),
            (
                "Hemp chalk bag in Natural, Moss [[or Red]].",
                "accuracy.colour",
                "block",
                "two colours: Natural and Moss",
            ),
            (
                "It is [[the most popular chalk bag among climbers]].",
                "compliance.social_proof",
                "warn",
                "an unverifiable popularity claim",
            ),
        ],
    },
    "R02": {
        "desc": [
            "This large arbor reel is machined from 6061 aluminium and has a sealed carbon "
            "disc drag.",
            "You can switch between left and right hand retrieve without tools.",
        ],
        "pad": "Line and backing are sold separately.",
        "short": "Large arbor fly reel for 5/6 line at $89 or 7/8 line at $99.",
        "seo": "Machined aluminium fly reel with a sealed carbon disc drag, in 5/6 and 7/8 line "
        "weights.",
        "faq1": "It weighs 156 g, about 5.5 oz, and the retrieve side changes without tools.",
        "faq2": ("Does it come with line?", "No, line and backing are sold separately."),
        "bad": [
            ("It is machined from [[titanium]].", "accuracy.material", "block", "6061 aluminium"),
            ("Fly reel for 5/6 line, [[$79]].", "accuracy.price", "block", "the 5/6 reel is $89"),
            (
                "Large arbor fly reel [[for 3/4 to 9/10 lines]].",
                "accuracy.size",
                "block",
                "only 5/6 and 7/8 line weights",
            ),
            (
                "The drag is [[fully waterproof to 10 metres]].",
                "accuracy.feature",
                "block",
                "the drag is sealed; no depth rating is given",
            ),
            (
                "It comes [[spooled with floating line and backing]].",
                "accuracy.feature",
                "block",
                "line and backing are sold separately",
            ),
            (
                "Large arbor fly reel [[by Hardy]].",
                "accuracy.brand",
                "block",
                "the vendor is Riffle & Reed",
            ),
            ("It weighs just [[120 g]].", "accuracy.number", "block", "it weighs 156 g"),
        ],
    },
    "R03": {
        "desc": [
            "This glove is made of cabretta leather with stretch mesh across the knuckles.",
            "It is stitched in Sialkot, Pakistan, and closes at the wrist with a Velcro tab.",
        ],
        "pad": "It is worn on the left hand by right-handed golfers.",
        "short": "Cabretta leather golf glove in sizes S to XL, $18.",
        "seo": "Left-hand cabretta leather golf glove for right-handed golfers, stitched in "
        "Pakistan.",
        "faq1": "Air dry it away from heat.",
        "faq2": ("What sizes does it come in?", "S, M, L and XL, all at $18."),
        "bad": [
            (
                "It is stitched in [[Bangladesh]].",
                "accuracy.origin",
                "block",
                "stitched in Sialkot, Pakistan",
            ),
            ("Golf glove in sizes [[XS to XXL]].", "accuracy.size", "block", "sizes S to XL only"),
            (
                "[[Machine washable]] cabretta golf glove.",
                "accuracy.care",
                "block",
                "the only care given is air dry away from heat",
            ),
            ("The palm is [[kangaroo leather]].", "accuracy.material", "block", "cabretta leather"),
            (
                "It is [[approved by the PGA]].",
                "accuracy.certification",
                "block",
                "no approval is given",
            ),
            (
                "[[Right-hand]] golf glove for left-handed golfers.",
                "accuracy.feature",
                "block",
                "a left-hand glove for right-handed golfers",
            ),
            (
                "It [[cures golfer's elbow]].",
                "compliance.health",
                "block",
                "a health claim the listing does not make",
            ),
        ],
    },
    "R04": {
        "desc": [
            "These bypass secateurs have an SK5 carbon steel blade with a non-stick coating.",
            "They cut live branches up to 20 mm thick.",
        ],
        "pad": "Wipe the blade dry and oil it after use.",
        "short": "20 cm bypass secateurs with aluminium handles, $32.",
        "seo": "Bypass pruning shears with an SK5 steel blade, rubber grips and a safety catch.",
        "faq1": "They are 20 cm long, about 8 inches, and weigh 240 g.",
        "faq2": ("How thick a branch will they cut?", "Live branches up to 20 mm, about 3/4 inch."),
        "bad": [
            ("They cut branches up to [[35 mm]] thick.", "accuracy.number", "block", "up to 20 mm"),
            (
                "[[Anvil]] secateurs with aluminium handles.",
                "accuracy.category",
                "block",
                "bypass secateurs",
            ),
            (
                "Pruning shears with a [[stainless steel]] blade.",
                "accuracy.material",
                "block",
                "SK5 carbon steel",
            ),
            (
                "The handles are [[solid beech]].",
                "accuracy.material",
                "block",
                "aluminium handles with rubber grips",
            ),
            (
                "They come with [[a lifetime warranty]].",
                "accuracy.warranty",
                "block",
                "no warranty is given",
            ),
            (
                "Secateurs that [[never need oiling]].",
                "accuracy.care",
                "block",
                "oil the blade after use",
            ),
            (
                "They are [[dishwasher safe]].",
                "accuracy.care",
                "block",
                "wipe dry and oil; no dishwasher",
            ),
        ],
    },
    "R05": {
        "desc": [
            "This single hammock is made of 20D ripstop nylon and holds up to 150 kg.",
            "Two tree straps and two aluminium carabiners are included.",
        ],
        "pad": "It packs into its own stuff sack.",
        "short": "A 420 g camping hammock in Forest or Slate, $59.",
        "seo": "Ultralight 270 x 140 cm ripstop nylon hammock with tree straps and carabiners.",
        "faq1": "It measures 270 x 140 cm, about 106 x 55 inches, and weighs 420 g, about 15 oz.",
        "faq2": ("Is a rain tarp included?", "No, the rain tarp is not included."),
        "bad": [
            ("It holds up to [[200 kg]].", "accuracy.number", "block", "up to 150 kg"),
            ("A [[double]] camping hammock.", "accuracy.size", "block", "a single hammock"),
            (
                "Camping hammock [[with rain tarp and bug net]].",
                "accuracy.feature",
                "block",
                "the tarp is not included; no net",
            ),
            (
                "It is made of [[parachute silk]].",
                "accuracy.material",
                "block",
                "20D ripstop nylon",
            ),
            ("It weighs only [[300 g]].", "accuracy.number", "block", "420 g"),
            (
                "Camping hammock in Forest, Slate [[and Sunset Orange]].",
                "accuracy.colour",
                "block",
                "Forest or Slate",
            ),
            (
                "It is [[the lightest hammock you can buy]].",
                "compliance.absolute",
                "warn",
                "an unprovable superlative",
            ),
        ],
    },
    "R06": {
        "desc": [
            "This yarn is pure Shetland wool, spun in Shetland into a 4-ply jumper weight.",
            "Each 25 g ball runs to about 115 m.",
        ],
        "pad": "Hand wash knitted pieces in cool water.",
        "short": "Shetland wool 4-ply in Moorit, Shaela or Fawn, £4.50 a ball.",
        "seo": "4-ply Shetland wool yarn spun in Scotland, 25 g balls of about 115 m.",
        "faq1": "Knit it on 3 to 3.5 mm needles; each ball is 25 g, just under 1 oz.",
        "faq2": ("How much yarn is in a ball?", "About 115 m, roughly 126 yards."),
        "bad": [
            (
                "It is spun in [[the Outer Hebrides]].",
                "accuracy.origin",
                "block",
                "spun in Shetland",
            ),
            ("Shetland 4-ply at [[£3.50]] a ball.", "accuracy.price", "block", "£4.50"),
            ("[[Chunky]] Shetland wool yarn.", "accuracy.size", "block", "a 4-ply jumper weight"),
            (
                "It is a [[blend of wool and nylon]].",
                "accuracy.material",
                "block",
                "100% Shetland wool",
            ),
            ("Each ball holds about [[200 m]].", "accuracy.number", "block", "about 115 m"),
            ("Shetland wool [[in twelve shades]].", "accuracy.number", "block", "three colours"),
            (
                "It is [[machine washable at 40 °C]].",
                "accuracy.care",
                "block",
                "hand wash in cool water",
            ),
        ],
    },
    "R07": {
        "desc": [
            "The folding board is made of walnut and maple, 40 cm square with 45 mm squares.",
            "All 32 pieces are weighted and have felt bases.",
        ],
        "pad": "The board folds into a box that holds the pieces.",
        "short": "Walnut and maple folding chess set, $79.",
        "seo": "Folding 40 cm walnut and maple chess set with weighted pieces and a 7.6 cm king.",
        "faq1": "The king stands 7.6 cm tall, about 3 inches, and the set weighs 2.1 kg.",
        "faq2": (
            "Do the pieces fit inside the board?",
            "Yes, the board folds into a box that holds all 32 pieces.",
        ),
        "bad": [
            ("The board is [[50 cm]] square.", "accuracy.number", "block", "40 cm square"),
            ("Walnut and [[ebony]] chess set.", "accuracy.material", "block", "walnut and maple"),
            (
                "Chess set with [[magnetic pieces]] for travel.",
                "accuracy.feature",
                "block",
                "weighted pieces with felt bases; nothing magnetic",
            ),
            ("The king stands [[9.5 cm]] tall.", "accuracy.number", "block", "7.6 cm"),
            (
                "It [[doubles as a backgammon board]].",
                "accuracy.feature",
                "block",
                "an invented use",
            ),
            ("Chess set, [[made in India]].", "accuracy.origin", "block", "no origin is given"),
            (
                "It is [[FSC certified]] wood.",
                "accuracy.certification",
                "block",
                "no certification is given",
            ),
        ],
    },
    "R08": {
        "desc": [
            "This 100 W submersible heater suits tanks of 60 to 100 litres.",
            "Set the temperature anywhere from 18 to 32 °C with the dial.",
        ],
        "pad": "Two suction cups hold it in place.",
        "short": "100 W aquarium heater with a quartz glass tube, $27.",
        "seo": "Adjustable 100 W aquarium heater for 60-100 litre tanks, 18-32 °C, with dry-run "
        "shut-off.",
        "faq1": "It switches itself off if it runs dry.",
        "faq2": ("How long is it?", "It is 25 cm long, about 10 inches."),
        "bad": [
            (
                "It suits tanks of up to [[200 litres]].",
                "accuracy.number",
                "block",
                "60-100 litres",
            ),
            ("[[300 W]] aquarium heater.", "accuracy.number", "block", "100 W"),
            (
                "Aquarium heater [[with a digital display and app control]].",
                "accuracy.feature",
                "block",
                "a dial; no display or app",
            ),
            ("The tube is made of [[plastic]].", "accuracy.material", "block", "quartz glass"),
            (
                "It is [[safe for saltwater reef tanks]].",
                "accuracy.compatibility",
                "block",
                "listed for freshwater; no saltwater use is given",
            ),
            (
                "Aquarium heater [[recommended by vets]].",
                "accuracy.certification",
                "block",
                "no endorsement is given",
            ),
            (
                "It [[ships free the next day]].",
                "compliance.shipping",
                "block",
                "no shipping terms are given",
            ),
        ],
    },
    "R09": {
        "desc": [
            "This 26 cm skillet is cast iron from Minas Gerais, Brazil, pre-seasoned with "
            "vegetable oil.",
            "Use it on gas, electric or induction hobs, in the oven or over a campfire.",
        ],
        "pad": "Hand wash it, dry it at once and wipe it with a little oil.",
        "short": "Pre-seasoned 26 cm cast iron skillet, $45.",
        "seo": "Brazilian cast iron skillet, 26 cm, pre-seasoned, for induction, oven and "
        "campfire.",
        "faq1": "It weighs 2.4 kg, about 5.3 lb.",
        "faq2": ("Can it go in the dishwasher?", "No, it is not dishwasher safe; wash it by hand."),
        "bad": [
            (
                "It is cast in [[Portugal]].",
                "accuracy.origin",
                "block",
                "cast in Minas Gerais, Brazil",
            ),
            ("Cast iron skillet, [[30 cm]] across.", "accuracy.number", "block", "26 cm"),
            (
                "[[Enamelled]] cast iron skillet.",
                "accuracy.material",
                "block",
                "bare pre-seasoned cast iron",
            ),
            ("It comes with [[a glass lid]].", "accuracy.feature", "block", "no lid is listed"),
            ("It is [[dishwasher safe]].", "accuracy.care", "block", "not dishwasher safe"),
            (
                "Cast iron skillet [[by Lodge]].",
                "accuracy.brand",
                "block",
                "the vendor is Forja Velha",
            ),
            (
                "Cooking in it [[cures iron deficiency]].",
                "compliance.health",
                "block",
                "a health claim",
            ),
        ],
    },
    "R10": {
        "desc": [
            "This 75% keyboard has 84 keys, hot-swappable switches and PBT keycaps.",
            "It connects by USB-C cable, Bluetooth 5.1 or a 2.4 GHz receiver.",
        ],
        "pad": "It works with Windows and macOS.",
        "short": "Wireless 75% mechanical keyboard: Brown switches $99, Red switches $109.",
        "seo": "Hot-swappable 75% keyboard with PBT keycaps, Bluetooth 5.1, 2.4 GHz and USB-C.",
        "faq1": "The 4000 mAh battery lasts up to 200 hours with the backlight off.",
        "faq2": ("How many devices can it pair with?", "Up to three devices over Bluetooth."),
        "bad": [
            (
                "It pairs with up to [[five]] devices over Bluetooth.",
                "accuracy.number",
                "block",
                "up to three devices",
            ),
            ("Keyboard with [[ABS]] keycaps.", "accuracy.material", "block", "PBT keycaps"),
            (
                "Mechanical keyboard [[compatible with iPad and Android]].",
                "accuracy.compatibility",
                "block",
                "Windows and macOS only are named",
            ),
            (
                "The battery lasts up to [[500 hours]].",
                "accuracy.number",
                "block",
                "up to 200 hours",
            ),
            (
                "It is [[the fastest wireless keyboard ever made]].",
                "compliance.absolute",
                "warn",
                "an unprovable superlative",
            ),
            (
                "[[Full-size]] mechanical keyboard.",
                "accuracy.size",
                "block",
                "a 75% layout with 84 keys",
            ),
            (
                "It comes with [[a two-year warranty]].",
                "accuracy.warranty",
                "block",
                "no warranty is given",
            ),
        ],
    },
    "R11": {
        "desc": [
            "This throw is woven in La Paz, Bolivia, from 100% baby alpaca.",
            "It measures 130 x 170 cm.",
        ],
        "pad": "Dry clean only.",
        "short": "Baby alpaca throw in Oatmeal or Charcoal, $189.",
        "seo": "Bolivian baby alpaca throw, 130 x 170 cm, woven in La Paz.",
        "faq1": "It measures about 51 x 67 inches and weighs 900 g.",
        "faq2": ("Can I wash it?", "It is dry clean only."),
        "bad": [
            ("It is woven in [[Oruro]].", "accuracy.origin", "block", "woven in La Paz"),
            ("Throw of [[alpaca and acrylic]].", "accuracy.material", "block", "100% baby alpaca"),
            ("Baby alpaca throw, [[150 x 200 cm]].", "accuracy.number", "block", "130 x 170 cm"),
            (
                "It is [[hypoallergenic and soothes eczema]].",
                "compliance.health",
                "block",
                "a health claim",
            ),
            (
                "It is [[machine washable on a wool cycle]].",
                "accuracy.care",
                "block",
                "dry clean only",
            ),
            (
                "Alpaca throw in Oatmeal, Charcoal [[or Rose]].",
                "accuracy.colour",
                "block",
                "Oatmeal or Charcoal",
            ),
        ],
    },
    "R12": {
        "desc": [
            "This butter knife is carved by hand in Dalarna from Swedish birch.",
            "It is 18 cm long, about 7 inches.",
        ],
        "pad": "Wash it by hand and oil it now and then with cooking oil.",
        "short": "Handtäljd smörkniv i björk från Dalarna, 149 kr.",
        "seo": "Smörkniv i svensk björk, täljd för hand i Dalarna, 18 cm.",
        "faq1": "It weighs 20 g and is made of birch.",
        "faq2": ("Can it go in the dishwasher?", "Wash it by hand, then oil it now and then."),
        "bad": [
            ("It is carved from [[juniper]].", "accuracy.material", "block", "birch"),
            ("Smörkniv i björk, [[99 kr]].", "accuracy.price", "block", "149 kr"),
            (
                "Smörkniv i björk, täljd i [[Småland]].",
                "accuracy.origin",
                "block",
                "carved in Dalarna",
            ),
            ("It is [[25 cm]] long.", "accuracy.number", "block", "18 cm"),
            ("It comes as [[a set of four]].", "accuracy.number", "block", "one knife"),
            (
                "Smörkniv i björk, [[tål diskmaskin]].",
                "accuracy.care",
                "block",
                "hand wash (diska för hand)",
            ),
        ],
    },
    "R13": {
        "desc": [
            "This cheese slicer is made in Lillehammer from stainless steel with an oak handle.",
            "The blade can go in the dishwasher; wash the handle by hand.",
        ],
        "pad": "It is 22 cm long, about 8.7 inches.",
        "short": "Ostehøvel i rustfritt stål med eikehåndtak, 249 kr.",
        "seo": "Ostehøvel laget i Lillehammer, 22 cm, med håndtak i eik.",
        "faq1": "It is made of stainless steel and oak and weighs 60 g.",
        "faq2": ("How long is it?", "22 cm."),
        "bad": [
            ("The handle is [[birch]].", "accuracy.material", "block", "an oak handle"),
            (
                "Ostehøvel laget i [[Sverige]].",
                "accuracy.origin",
                "block",
                "made in Lillehammer, Norway",
            ),
            ("Ostehøvel i rustfritt stål, [[30 cm]].", "accuracy.number", "block", "22 cm"),
            (
                "The whole slicer is [[dishwasher safe]].",
                "accuracy.care",
                "block",
                "the handle is washed by hand",
            ),
            (
                "It has [[a second blade for hard cheeses]].",
                "accuracy.feature",
                "block",
                "one blade",
            ),
            ("Ostehøvel med eikehåndtak, [[199 kr]].", "accuracy.price", "block", "249 kr"),
        ],
    },
    "R14": {
        "desc": [
            "This tile is painted by hand in Delft on earthenware, with a windmill motif.",
            "It measures 13 x 13 cm, about 5 x 5 inches.",
        ],
        "pad": "A hanging eye on the back makes it easy to put on the wall.",
        "short": "Handbeschilderde Delfts blauwe tegel met molen, 39 €.",
        "seo": "Delfts blauwe tegel van aardewerk, met de hand beschilderd in Delft, 13 x 13 cm.",
        "faq1": "It is not suitable for outdoor use.",
        "faq2": ("How is it hung?", "With the hanging eye on the back."),
        "bad": [
            ("It is made of [[porcelain]].", "accuracy.material", "block", "earthenware"),
            (
                "Handbeschilderde tegel in [[rood en groen]].",
                "accuracy.colour",
                "block",
                "Delft blue",
            ),
            (
                "Delfts blauwe tegel, beschilderd in [[Makkum]].",
                "accuracy.origin",
                "block",
                "painted in Delft",
            ),
            (
                "It is [[frost-proof and made for outdoor walls]].",
                "accuracy.feature",
                "block",
                "not suitable for outdoors",
            ),
            (
                "It is [[a trivet for hot pans]].",
                "accuracy.category",
                "block",
                "a decorative wall tile",
            ),
            ("Delfts blauwe tegel, [[20 x 20 cm]].", "accuracy.number", "block", "13 x 13 cm"),
        ],
    },
    "R15": {
        "desc": [
            "This wallet is made in Santa Maria da Feira, Portugal, of cork fabric lined "
            "with cotton.",
            "It measures 11 x 9 cm and has eight card slots.",
        ],
        "pad": "Wipe it clean with a damp cloth.",
        "short": "Carteira de cortiça em Natural ou Preto, 29 €.",
        "seo": "Carteira vegan de cortiça feita em Portugal, com 8 ranhuras para cartões.",
        "faq1": "It comes in two colours, Natural and Black, and weighs 45 g.",
        "faq2": ("Is it vegan?", "Yes, it is vegan: cork fabric with a cotton lining."),
        "bad": [
            ("It is lined with [[silk]].", "accuracy.material", "block", "a cotton lining"),
            (
                "Carteira de cortiça com [[12 ranhuras]] para cartões.",
                "accuracy.number",
                "block",
                "8 card slots",
            ),
            (
                "Carteira de cortiça [[com bloqueio RFID]].",
                "accuracy.feature",
                "block",
                "no RFID blocking is given",
            ),
            (
                "It comes in Natural, Black [[and Red]].",
                "accuracy.colour",
                "block",
                "Natural or Preto",
            ),
            (
                "It is [[made in Spain]].",
                "accuracy.origin",
                "block",
                "made in Santa Maria da Feira, Portugal",
            ),
            (
                "Carteira de cortiça, [[lavável na máquina]].",
                "accuracy.care",
                "block",
                "wipe with a damp cloth",
            ),
        ],
    },
    "R16": {
        "desc": [
            "These mittens are knitted by hand in Kuldīga, Latvia, from 100% sheep wool.",
            "They come in sizes M and L.",
        ],
        "pad": "Hand wash them at 30 °C and dry them flat.",
        "short": "Ar rokām adīti vilnas cimdi no Kuldīgas, 35 €.",
        "seo": "Adīti cimdi no 100% aitas vilnas, izmēri M un L.",
        "faq1": "They weigh 90 g, about 3 oz.",
        "faq2": ("How do I wash them?", "By hand in water at 30 °C, then dry them flat."),
        "bad": [
            (
                "They are knitted from [[merino and cashmere]].",
                "accuracy.material",
                "block",
                "100% sheep wool",
            ),
            ("Vilnas cimdi, izmēri [[S līdz XL]].", "accuracy.size", "block", "sizes M and L"),
            (
                "Ar rokām adīti cimdi [[no Rīgas]].",
                "accuracy.origin",
                "block",
                "knitted in Kuldīga",
            ),
            ("They are [[knitted by machine]].", "accuracy.feature", "block", "knitted by hand"),
            ("They are [[waterproof]].", "accuracy.feature", "block", "no such property is given"),
            ("Adīti vilnas cimdi, [[29 €]].", "accuracy.price", "block", "35 €"),
        ],
    },
    "R17": {
        "desc": [
            "These are natural mastic tears from southern Chios, a Protected Designation "
            "of Origin product.",
            "Each pack holds 50 g net, about 1.8 oz.",
        ],
        "pad": "Store it in a cool, dry place.",
        "short": "Φυσική μαστίχα Χίου ΠΟΠ σε δάκρυα, 50 g, 12 €.",
        "seo": "Μαστίχα Χίου ΠΟΠ σε δάκρυα από τη νότια Χίο, 50 g.",
        "faq1": "It is PDO mastic from Chios, sold as whole tears.",
        "faq2": ("How should I store it?", "Keep it somewhere cool and dry."),
        "bad": [
            ("It comes from [[Lesbos]].", "accuracy.origin", "block", "from southern Chios"),
            ("Μαστίχα Χίου, [[100 g]].", "accuracy.number", "block", "50 g"),
            (
                "Μαστίχα Χίου [[βιολογική]].",
                "accuracy.certification",
                "block",
                "PDO only; no organic certification",
            ),
            ("It is [[ground into a fine powder]].", "accuracy.feature", "block", "sold as tears"),
            ("It [[heals stomach ulcers]].", "compliance.health", "block", "a health claim"),
            ("Μαστίχα Χίου ΠΟΠ, [[9 €]].", "accuracy.price", "block", "12 €"),
        ],
    },
    "R18": {
        "desc": [
            "This merkén from Temuco, Chile, is smoked cacho de cabra chili ground with "
            "toasted coriander seed and salt.",
            "It contains nothing else.",
        ],
        "pad": "It comes in a resealable 100 g pouch.",
        "short": "Smoked Chilean chili blend, 100 g, CLP 5,990.",
        "seo": "Merkén smoked chili blend from Temuco, Chile: chili, coriander seed and salt, "
        "100 g.",
        "faq1": "There are three ingredients: smoked chili, toasted coriander seed and salt.",
        "faq2": ("How much is in the pouch?", "100 g, about 3.5 oz."),
        "bad": [
            (
                "It is made from [[smoked paprika]].",
                "accuracy.material",
                "block",
                "smoked cacho de cabra chili",
            ),
            (
                "Merkén from [[Mendoza, Argentina]].",
                "accuracy.origin",
                "block",
                "from Temuco, Chile",
            ),
            ("Merkén smoked chili, [[250 g]] pouch.", "accuracy.number", "block", "100 g"),
            (
                "It is [[blended with garlic and oregano]].",
                "accuracy.material",
                "block",
                "chili, coriander seed and salt only",
            ),
            (
                "It is [[certified organic]].",
                "accuracy.certification",
                "block",
                "no certification is given",
            ),
            ("Merkén smoked chili, [[CLP 4,990]].", "accuracy.price", "block", "CLP 5990"),
        ],
    },
    "R19": {
        "desc": [
            "This pocket SSD uses USB 3.2 Gen 2 and reads at up to 1050 MB/s.",
            "It comes with a USB-C to USB-C cable and a USB-C to USB-A cable.",
        ],
        "pad": "It is formatted exFAT for Windows and macOS.",
        "short": "Portable SSD: 1 TB for $109 or 2 TB for $179.",
        "seo": "Pocket USB-C SSD with an aluminium housing, up to 1050 MB/s, 1 TB or 2 TB.",
        "faq1": "It weighs 58 g, about 2 oz, and carries a three-year limited warranty.",
        "faq2": ("What cables come with it?", "Two: USB-C to USB-C and USB-C to USB-A."),
        "bad": [
            ("It reads at up to [[2000 MB/s]].", "accuracy.number", "block", "1050 MB/s"),
            ("Portable SSD in 1 TB, 2 TB [[and 4 TB]].", "accuracy.size", "block", "1 TB or 2 TB"),
            ("Portable SSD with [[Thunderbolt 4]].", "accuracy.feature", "block", "USB 3.2 Gen 2"),
            (
                "It carries a [[five-year]] warranty.",
                "accuracy.warranty",
                "block",
                "a three-year limited warranty",
            ),
            (
                "It has [[over 50,000 five-star reviews]].",
                "compliance.social_proof",
                "warn",
                "an unverifiable review claim",
            ),
            ("2 TB portable SSD for [[$149]].", "accuracy.price", "block", "2 TB is $179"),
        ],
    },
    "R20": {
        "desc": [
            "This helmet is certified to VG1 and ASTM F1163 and has an ABS shell.",
            "The liner comes out for washing, and a dial at the back adjusts the fit.",
        ],
        "pad": "Replace it after any fall.",
        "short": "Vented riding helmet in sizes S, M and L, $129.",
        "seo": "VG1 and ASTM F1163 riding helmet with a washable liner and dial fit.",
        "faq1": "It is made in China and weighs 520 g.",
        "faq2": ("What size should I choose?", "S fits 53-55 cm heads, M 56-58 cm and L 59-61 cm."),
        "bad": [
            (
                "It is certified to [[PAS 015]].",
                "accuracy.certification",
                "block",
                "VG1 and ASTM F1163",
            ),
            (
                "Riding helmet with a [[carbon fibre]] shell.",
                "accuracy.material",
                "block",
                "an ABS shell",
            ),
            ("Riding helmet, made in [[Italy]].", "accuracy.origin", "block", "made in China"),
            ("It fits heads from [[50 to 64 cm]].", "accuracy.size", "block", "53-61 cm"),
            (
                "It [[can be used again after a fall]].",
                "accuracy.feature",
                "block",
                "replace it after any fall",
            ),
            (
                "Riding helmet [[with MIPS]].",
                "accuracy.feature",
                "block",
                "no such system is listed",
            ),
        ],
    },
    "R21": {
        "desc": [
            "This najeon chilgi box is made by hand in Tongyeong, South Korea, from wood "
            "coated in natural lacquer and inlaid with mother-of-pearl.",
            "Its one compartment is lined with silk.",
        ],
        "pad": "Wipe it with a dry cloth.",
        "short": "Mother-of-pearl lacquer jewellery box, ₩89,000.",
        "seo": "Handmade Korean najeon jewellery box, 15 x 10 x 6 cm, with a silk-lined "
        "compartment.",
        "faq1": "It measures 15 x 10 x 6 cm, about 6 x 4 x 2.4 inches.",
        "faq2": ("How do I clean it?", "Wipe it with a dry cloth."),
        "bad": [
            ("It is made in [[Seoul]].", "accuracy.origin", "block", "made in Tongyeong"),
            (
                "Jewellery box [[with three drawers]].",
                "accuracy.number",
                "block",
                "one compartment",
            ),
            (
                "Najeon box with [[gold leaf]] inlay.",
                "accuracy.material",
                "block",
                "mother-of-pearl inlay",
            ),
            ("It has [[a lock and key]].", "accuracy.feature", "block", "no lock is listed"),
            (
                "It is [[plastic with a lacquer-look finish]].",
                "accuracy.material",
                "block",
                "wood in natural lacquer",
            ),
            ("Lacquer jewellery box, [[₩69,000]].", "accuracy.price", "block", "₩89,000"),
        ],
    },
    "R22": {
        "desc": [
            "This raw shea butter is made by a women's cooperative near Tamale, Ghana.",
            "It is unrefined and unscented, for skin and hair.",
        ],
        "pad": "Store it below 25 °C, as it softens in heat.",
        "short": "Raw unrefined shea butter, 250 g tin, $14.",
        "seo": "Unrefined, unscented shea butter from Ghana, 250 g, for skin and hair.",
        "faq1": "It is fair trade and comes in a 250 g tin, about 8.8 oz.",
        "faq2": ("Does it melt?", "It softens in heat, so keep it below 25 °C."),
        "bad": [
            (
                "It is [[scented with lavender oil]].",
                "accuracy.material",
                "block",
                "unscented; shea butter only",
            ),
            (
                "Shea butter from [[Burkina Faso]].",
                "accuracy.origin",
                "block",
                "from Tamale, Ghana",
            ),
            (
                "Shea butter that [[clears acne and eczema]].",
                "compliance.health",
                "block",
                "a health claim",
            ),
            ("It is [[refined and deodorised]].", "accuracy.feature", "block", "unrefined"),
            (
                "It is [[dermatologist tested]].",
                "accuracy.certification",
                "block",
                "no testing is given",
            ),
            (
                "Shea butter, [[100% zero-waste]].",
                "compliance.environmental",
                "block",
                "an environmental claim the listing does not make",
            ),
        ],
    },
    "R23": {
        "desc": [
            "This mochila is crocheted by hand by Wayuu weavers in La Guajira, Colombia, "
            "from acrylic yarn.",
            "It is about 25 cm across and 28 cm deep, with a 110 cm strap.",
        ],
        "pad": "Each pattern is one of a kind.",
        "short": "Hand-crocheted Wayuu mochila, $95.",
        "seo": "Wayuu mochila bag from La Guajira, Colombia, with a drawstring top and 110 cm "
        "strap.",
        "faq1": "Hand wash it in cold water.",
        "faq2": ("How big is it?", "About 25 cm across and 28 cm deep, roughly 10 x 11 inches."),
        "bad": [
            ("It is crocheted from [[100% cotton]].", "accuracy.material", "block", "acrylic yarn"),
            ("Wayuu mochila [[with a zip top]].", "accuracy.feature", "block", "a drawstring top"),
            (
                "Wayuu bag, [[machine made]] in Colombia.",
                "accuracy.feature",
                "block",
                "crocheted by hand",
            ),
            ("The strap is [[150 cm]] long.", "accuracy.number", "block", "110 cm"),
            ("It is made in [[Medellín]].", "accuracy.origin", "block", "La Guajira"),
            (
                "Wayuu mochila, [[loved by over 10,000 customers]].",
                "compliance.social_proof",
                "warn",
                "an unverifiable popularity claim",
            ),
        ],
    },
    "R24": {
        "desc": [
            "These Carabao mango slices come from Cebu, Philippines.",
            "The ingredients are mango, cane sugar and sodium metabisulphite.",
        ],
        "pad": "They contain sulphites.",
        "short": "Dried Carabao mango slices from Cebu, 100 g, $6.",
        "seo": "Dried mango slices from Cebu, Philippines: mango, cane sugar and sodium "
        "metabisulphite.",
        "faq1": "Each pack holds 100 g, about 3.5 oz.",
        "faq2": ("Is sugar added?", "Yes, cane sugar is one of the ingredients."),
        "bad": [
            (
                "They have [[no added sugar]].",
                "accuracy.feature",
                "block",
                "cane sugar is an ingredient",
            ),
            (
                "Dried mango from [[Thailand]].",
                "accuracy.origin",
                "block",
                "from Cebu, Philippines",
            ),
            (
                "Dried mango slices, [[sulphite-free]].",
                "compliance.health",
                "block",
                "contains sulphites",
            ),
            ("Each pack holds [[250 g]].", "accuracy.number", "block", "100 g"),
            (
                "They are [[certified organic]].",
                "accuracy.certification",
                "block",
                "no certification is given",
            ),
            ("Dried [[papaya]] slices from Cebu.", "accuracy.category", "block", "dried mango"),
        ],
    },
    "R25": {
        "desc": [
            "This harissa is made in Nabeul, Tunisia, from sun-dried red chili, garlic, "
            "caraway, coriander, salt and olive oil.",
            "It comes in a 200 g glass jar.",
        ],
        "pad": "Refrigerate it after opening and use it within four weeks.",
        "short": "Tunisian harissa paste, 200 g jar, $8.",
        "seo": "Harissa from Nabeul, Tunisia, in a 200 g glass jar. Vegan.",
        "faq1": "It is vegan, and the jar holds 200 g, about 7 oz.",
        "faq2": ("How long does it keep once opened?", "Up to four weeks in the fridge."),
        "bad": [
            (
                "It is made with [[tomato and lemon]].",
                "accuracy.material",
                "block",
                "the ingredients are listed",
            ),
            ("Harissa paste, [[400 g]] jar.", "accuracy.number", "block", "200 g"),
            (
                "Harissa in [[fully compostable packaging]].",
                "compliance.environmental",
                "block",
                "a glass jar; no such claim",
            ),
            ("It is made in [[Algeria]].", "accuracy.origin", "block", "made in Nabeul, Tunisia"),
            (
                "It [[keeps for a year after opening without refrigeration]].",
                "accuracy.care",
                "block",
                "refrigerate, use within four weeks",
            ),
            ("Tunisian harissa, [[$6]].", "accuracy.price", "block", "$8"),
        ],
    },
    "R26": {
        "desc": [
            "A tuner comes to your home within 15 km of the Brisbane CBD.",
            "Standard tuning takes about 90 minutes and costs A$180.",
        ],
        "pad": "Repairs are quoted separately.",
        "short": "Home piano tuning in Brisbane: standard A$180, pitch raise A$260.",
        "seo": "Piano tuning at home within 15 km of Brisbane CBD. Book at least three days ahead.",
        "faq1": "A pitch raise, for a piano not tuned in years, takes about two and a half "
        "hours and costs A$260.",
        "faq2": ("Do you tune digital pianos?", "No, digital pianos are not serviced."),
        "bad": [
            ("We travel up to [[40 km]] from the CBD.", "accuracy.number", "block", "within 15 km"),
            ("Standard piano tuning, [[A$150]].", "accuracy.price", "block", "A$180"),
            (
                "Piano tuning [[with same-day visits]].",
                "compliance.shipping",
                "block",
                "book at least three days ahead",
            ),
            (
                "We also [[service digital pianos and keyboards]].",
                "accuracy.feature",
                "block",
                "digital pianos are not serviced",
            ),
            (
                "[[Minor repairs are included]] in the price.",
                "accuracy.feature",
                "block",
                "repairs are quoted separately",
            ),
            (
                "Piano tuning [[with a 12-month guarantee]].",
                "accuracy.warranty",
                "block",
                "no guarantee is given",
            ),
        ],
    },
    "R27": {
        "desc": ["A canvas tote bag from Ledgerline."],
        "pad": "It costs $24.",
        "short": "Ledgerline canvas tote bag, $24.",
        "seo": "Canvas tote bag by Ledgerline, $24.",
        "faq1": "It is a canvas tote bag by Ledgerline, priced at $24.",
        "faq2": ("How much is it?", "$24."),
        "bad": [
            (
                "It is made of [[organic cotton]] canvas.",
                "accuracy.material",
                "block",
                "the listing says canvas only",
            ),
            ("Canvas tote [[in navy]].", "accuracy.colour", "warn", "no colour is given"),
            (
                "Canvas tote bag [[with an inner zip pocket]].",
                "accuracy.feature",
                "block",
                "no pockets are listed",
            ),
            ("It holds up to [[15 kg]].", "accuracy.number", "block", "no load is given"),
            ("It is [[made in Turkey]].", "accuracy.origin", "block", "no origin is given"),
            (
                "Canvas tote bag, [[carbon neutral]].",
                "compliance.environmental",
                "block",
                "an environmental claim the listing does not make",
            ),
        ],
    },
    "R28": {
        "desc": ["This glass tumbler holds 300 ml."],
        "pad": "It costs $12.",
        "short": "Glass tumbler, 300 ml, $12.",
        "seo": "Glass tumbler holding 300 ml, about 10 fl oz.",
        "faq1": "It holds 300 ml and costs $12.",
        "faq2": ("How much does it hold?", "300 ml, about 10 US fl oz."),
        "bad": [
            ("It is [[hand-blown]].", "accuracy.feature", "block", "no making is given"),
            ("Glass tumbler, [[set of six]].", "accuracy.number", "block", "one tumbler"),
            ("[[Crystal]] tumbler, 300 ml.", "accuracy.material", "block", "glass"),
            ("It holds [[450 ml]].", "accuracy.number", "block", "300 ml"),
            (
                "It is [[the best tumbler money can buy]].",
                "compliance.absolute",
                "warn",
                "an unprovable superlative",
            ),
            ("[[Smoked grey]] glass tumbler.", "accuracy.colour", "warn", "no colour is given"),
        ],
    },
    "R29": {
        "desc": [
            "The kit holds a trio of synthetic brushes in sizes 2, 6 and 10, twelve "
            "watercolour half pans, an A5 cold-press pad and a porcelain mixing palette.",
            "Each item is also sold on its own.",
        ],
        "pad": "The A5 pad has 12 sheets of 300 gsm paper.",
        "short": "Watercolour starter kit: all four items for $64.",
        "seo": "Watercolour starter kit by Riverstone Arts: brushes, 12 half pans, A5 pad and "
        "palette.",
        "faq1": "The items cost $15, $28, $14 and $7, or $64 for all four.",
        "faq2": ("How many wells does the palette have?", "Six."),
        "bad": [
            (
                "The brushes are [[kolinsky sable]].",
                "accuracy.material",
                "block",
                "synthetic brushes",
            ),
            ("Watercolour kit with [[24]] half pans.", "accuracy.number", "block", "12 half pans"),
            ("Watercolour starter kit with [[an A4]] pad.", "accuracy.size", "block", "an A5 pad"),
            ("The palette is [[plastic]].", "accuracy.material", "block", "porcelain"),
            (
                "All four items cost [[$55]] together.",
                "accuracy.price",
                "block",
                "$15 + $28 + $14 + $7 = $64",
            ),
            (
                "Watercolour kit [[by Winsor & Newton]].",
                "accuracy.brand",
                "block",
                "the vendor is Riverstone Arts",
            ),
        ],
    },
    "R30": {
        "desc": [
            "This 3 m sit-on-top kayak is rotomoulded polyethylene, for one adult and up "
            "to 130 kg.",
            "A two-piece aluminium paddle and a padded seat are included.",
        ],
        "pad": "It is sold and shipped by our partner Northshore Paddle.",
        "short": "Tasman 300 sit-on-top kayak, $549.",
        "seo": "3 m sit-on-top kayak with paddle and seat, sold and shipped by Northshore Paddle.",
        "faq1": "It weighs 22 kg, about 48.5 lb, and arrives at your door in 7-10 working days.",
        "faq2": (
            "Who handles the warranty?",
            "Northshore Paddle, which gives a three-year warranty on the hull.",
        ),
        "bad": [
            ("It seats [[two adults]].", "accuracy.number", "block", "one adult"),
            ("Tasman 300 sit-on-top kayak, [[$499]].", "accuracy.price", "block", "$549"),
            (
                "Sit-on-top kayak [[delivered within 48 hours]].",
                "compliance.shipping",
                "block",
                "door delivery in 7-10 working days",
            ),
            ("It carries up to [[180 kg]].", "accuracy.number", "block", "up to 130 kg"),
            (
                "It has a [[lifetime hull warranty]].",
                "accuracy.warranty",
                "block",
                "the partner gives three years on the hull",
            ),
            (
                "Sit-on-top kayak that [[fits a trolling motor]].",
                "accuracy.compatibility",
                "block",
                "no motor fitting is listed",
            ),
        ],
    },
}


def _html(sentences):
    return "<p>" + html.escape(" ".join(sentences), quote=False) + "</p>"


def _serialise(kind, sentences, key, question=GENERAL_Q):
    if kind in ("description", "short_description"):
        return _html(sentences)
    text = " ".join(sentences)
    if kind == "seo":
        lst = make_listings.LISTINGS[key]
        title = f"{lst['title']} | {lst['vendor']}" if lst["vendor"] else lst["title"]
        return json.dumps({"title": title, "description": text}, ensure_ascii=False)
    return json.dumps([{"question": question, "answer": text}], ensure_ascii=False)


def _strip_marks(marked):
    assert marked.count("[[") == 1 and marked.count("]]") == 1, marked
    before, rest = marked.split("[[")
    claim, after = rest.split("]]")
    return before + claim + after, claim


def _locate(kind, text, claim):
    """Offsets of the claim in the stored text, searched after the SEO title or FAQ question."""
    if kind in ("description", "short_description"):
        needle, start = html.escape(claim, quote=False), 0
    else:
        needle = json.dumps(claim, ensure_ascii=False)[1:-1]
        start = text.index('"description"' if kind == "seo" else '"answer"')
    pos = text.index(needle, start)
    return pos, pos + len(needle)


def build():
    clean, faulty = [], []
    for key, h in H.items():

        def row(kind, text, labels, key=key):
            return {"listing": key, "kind": kind, "text": text, "labels": labels}

        clean.append(row("description", _serialise("description", h["desc"] + [h["pad"]], key), []))
        clean.append(
            row("short_description", _serialise("short_description", [h["short"]], key), [])
        )
        clean.append(row("seo", _serialise("seo", [h["seo"]], key), []))
        clean.append(row("faq", _serialise("faq", [h["faq1"]], key), []))
        q, a = h["faq2"]
        clean.append(row("faq", _serialise("faq", [a], key, question=q), []))
        assert len(h["bad"]) == (7 if key <= "R10" else 6), key
        for kind, (marked, rule, severity, why) in zip(FAULTY_KINDS, h["bad"], strict=False):
            sentence, claim = _strip_marks(marked)
            parts = [sentence, h["pad"]] if kind == "description" else [sentence]
            text = _serialise(kind, parts, key)
            start, end = _locate(kind, text, claim)
            label = {
                "rule": rule,
                "start": start,
                "end": end,
                "claim": text[start:end],
                "severity": severity,
                "why": why,
            }
            faulty.append(row(kind, text, [label]))
    return clean, faulty
