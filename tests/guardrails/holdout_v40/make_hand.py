"""Hand-written drafts for guardrails holdout v40: clean copy, and faulty copy with one planted
claim each.

Each listing has a `pad` (one true English sentence added to every description), the clean texts
(`desc`: true sentences; `short`; `seo`; `gen`: answer to GENERAL_Q; `qa`: a listing-specific FAQ)
and `bad`: faulty sentences, the unsupported claim marked [[...]], with its rule, severity and why.
Faulty sentences are recast in the order of KIND_ORDER. On R12-R17 `short`, `seo` and the faulty
sentences in short-description and SEO slots are in the listing's language.
"""
import html
import json
from typing import Any

import make_listings

GENERAL_Q = "What should I know about it?"
KIND_ORDER = ("description", "short_description", "seo", "description", "faq", "short_description",
              "faq")
B, W = "block", "warn"
NUM, PRICE, MAT, COL = "accuracy.number", "accuracy.price", "accuracy.material", "accuracy.colour"
CERT, ORIG = "accuracy.certification", "accuracy.origin"
SIZE, CAT = "accuracy.size", "accuracy.category"
FEAT, CARE, WARR, BRAND = "accuracy.feature", "accuracy.care", "accuracy.warranty", "accuracy.brand"
COMPAT, SHIP, HEALTH = "accuracy.compatibility", "compliance.shipping", "compliance.health"
ABS, ENV, SOCIAL = "compliance.absolute", "compliance.environmental", "compliance.social_proof"

H: dict[str, dict[str, Any]] = {
    "R01": {
        "pad": "Retrieve switches between left and right hand.",
        "desc": ["The Clearwater is a large-arbor reel machined from one bar of 6061 aluminium in "
                 "Porto.",
                 "Its sealed carbon drag runs without grease, and it suits 5 and 6 weight lines."],
        "short": "A Portuguese-made large-arbor fly reel for 5 and 6 weight lines, 142 g (about 5 "
                 "oz).",
        "seo": "Large-arbor 6061 aluminium fly reel with a sealed carbon drag, made in Portugal. "
               "$129.",
        "gen": "It is a 9 cm large-arbor reel for 5 and 6 weight lines. Line and backing are sold "
               "separately, and it wants a rinse in fresh water after a day in salt water.",
        "qa": ("Can I wind it left-handed?", "Yes. The retrieve switches between left and right "
                                             "hand."),
        "bad": [
            ("The body is machined from [[titanium]].", MAT, B, "the listing gives 6061 aluminium"),
            ("A large-arbor reel [[forged in Spain]] for 5 and 6 weight lines.", ORIG, B,
             "machined in Porto, Portugal"),
            ("Fly reel for [[7 and 8 weight lines]] with a sealed carbon drag.", COMPAT, B,
             "the listing says 5/6 weight lines"),
            ("It weighs [[just 98 g]].", NUM, B, "the listing's weight is 142 g"),
            ("It comes [[loaded with a floating line and backing]].", FEAT, B,
             "line and backing are not included"),
            ("Available in [[Graphite, Olive, Silver and Gold]].", COL, B,
             "Graphite or Olive only"),
            ("The drag [[needs a drop of grease every season]].", CARE, B,
             "the sealed drag needs no grease"),
        ],
    },
    "R02": {
        "pad": "A side loop holds a brush.",
        "desc": ["Cragline's chalk bag is heavy cotton canvas outside and soft fleece inside, so "
                 "chalk stays "
                 "on your fingers.",
                 "A drawstring closes the top, and the webbing waist belt comes with it."],
        "short": "A 13 x 16 cm canvas chalk bag (roughly 5 x 6 inches) with a fleece lining, in "
                 "Rust or Teal.",
        "seo": "Cotton canvas chalk bag with fleece lining, drawstring top, brush loop and waist "
               "belt. $24.",
        "gen": "It holds chalk, but chalk is not included, so fill it with your own. Wash it by "
               "hand in "
               "cold water.",
        "qa": ("Does it come with a belt?", "Yes, a webbing waist belt is included."),
        "bad": [
            ("The outer is [[ripstop nylon]].", MAT, B, "the outer is cotton canvas"),
            ("A chalk bag that [[comes filled with 100 g of chalk]].", FEAT, B, "chalk is not "
                                                                                "included"),
            ("Chalk bag [[for kids and adults, in two sizes]].", SIZE, B, "one size, 13 x 16 cm"),
            ("It has [[a zipped pocket for your keys]].", FEAT, B, "no pocket in the listing"),
            ("You can [[put it in the washing machine at 40 °C]].", CARE, B, "hand wash cold"),
            ("Canvas chalk bag in [[Rust, Teal or Black]].", COL, B, "Rust or Teal only"),
            ("It measures [[20 x 25 cm]].", NUM, B, "the listing gives 13 x 16 cm"),
        ],
    },
    "R03": {
        "pad": "It comes with wrist straps and a carry bag.",
        "desc": ["The Swift is a two-line stunt kite with a ripstop nylon sail on a carbon fibre "
                 "frame.",
                 "Its wingspan is 180 cm, just under 6 feet, and it flies in winds of "
                 "8 to 35 km/h."],
        "short": "A dual-line stunt kite sewn in Da Nang, Vietnam, supplied with two 25 m lines "
                 "on winders.",
        "seo": "Dual-line stunt kite with a ripstop nylon sail and carbon fibre frame, for ages "
               "12 and up.",
        "gen": "It is a two-line kite for ages 12 and up. Lines, winders, wrist straps and a bag "
               "are in the "
               "box, so you can fly it on the first windy day.",
        "qa": ("What wind does it need?", "It flies in winds from 8 to 35 km/h."),
        "bad": [
            ("The frame is [[fibreglass]].", MAT, B, "carbon fibre frame"),
            ("A stunt kite [[made in China]] with a ripstop nylon sail.", ORIG, B, "sewn in Da "
                                                                                   "Nang, Vietnam"),
            ("Stunt kite with a [[240 cm wingspan]].", NUM, B, "wingspan 180 cm"),
            ("It [[flies in winds up to 60 km/h]].", NUM, B, "wind range 8-35 km/h"),
            ("It is [[suitable for children from age 5]].", COMPAT, B, "for ages 12 and up"),
            ("A [[quad-line]] stunt kite with a carbon fibre frame.", FEAT, B, "a dual-line kite"),
            ("Yes, it is [[the best stunt kite on the market]].", ABS, W, "an unprovable "
                                                                          "superlative"),
        ],
    },
    "R04": {
        "pad": "The base twists off for cleaning.",
        "desc": ["Made in Galway, this hanging feeder has a clear polycarbonate tube between a "
                 "powder-coated "
                 "steel lid and base.",
                 "Its four perched ports share 1.2 litres of seed."],
        "short": "A 34 cm hanging tube feeder (about 13 inches) with four ports, made in Ireland.",
        "seo": "Irish-made tube bird feeder with four perched ports and a 1.2 litre seed tube, in "
               "green.",
        "gen": "It holds 1.2 litres of seed across four ports. Squirrels can still get at it, so "
               "hang it "
               "where they cannot reach.",
        "qa": ("How do I clean it?", "Twist off the base and wash the tube."),
        "bad": [
            ("It is [[fully squirrel-proof]].", FEAT, B,
             "the listing says it is not squirrel-proof"),
            ("A tube feeder [[made in Wales]] with four ports.", ORIG, B,
             "made in Galway, Ireland"),
            ("Bird feeder with [[six feeding ports]].", NUM, B, "four feeding ports"),
            ("The tube is [[glass]].", MAT, B, "polycarbonate tube"),
            ("It holds [[2.5 litres of seed]].", NUM, B, "capacity 1.2 litres"),
            ("A tube feeder in [[red]].", COL, B, "the only colour is Green"),
            ("It is [[approved by the RSPB]].", CERT, B, "no approval in the listing"),
        ],
    },
    "R05": {
        "pad": "It has two pour spouts and a helper handle.",
        "desc": ["Ironvale's 26 cm skillet arrives pre-seasoned with vegetable oil, ready to cook "
                 "in.",
                 "It goes from a gas, electric or induction hob straight into the oven."],
        "short": "A 26 cm cast iron skillet, about 10 inches across, pre-seasoned and ready for "
                 "induction.",
        "seo": "Pre-seasoned 26 cm cast iron skillet for gas, electric and induction hobs and the "
               "oven. $55.",
        "gen": "It weighs 2.4 kg, a little over 5 lb, as cast iron does. Wash it by hand, dry it "
               "at once and "
               "wipe it with a little oil; it cannot go in the dishwasher.",
        "qa": ("Does it work on induction?", "Yes, on induction as well as gas and electric hobs, "
                                             "and in "
               "the oven."),
        "bad": [
            ("It is [[dishwasher safe]].", CARE, B, "the listing says not dishwasher safe"),
            ("A 26 cm skillet with a [[non-stick ceramic coating]].", MAT, B,
             "bare cast iron seasoned with vegetable oil"),
            ("Cast iron skillet [[made in the USA]].", ORIG, B, "the listing gives no origin"),
            ("It comes [[with a matching glass lid]].", FEAT, B, "no lid in the listing"),
            ("It weighs [[1.2 kg]].", NUM, B, "the listing's weight is 2.4 kg"),
            ("A cast iron skillet [[in 20, 26 and 30 cm sizes]].", SIZE, B, "one size, 26 cm"),
            ("Cooking in it [[adds iron to your diet and helps prevent anaemia]].", HEALTH, B,
             "a health claim the listing does not make"),
        ],
    },
    "R06": {
        "pad": "A cotton carry strap is included.",
        "desc": ["The Grounded mat pairs a natural tree rubber base with a polyurethane top that "
                 "keeps its "
                 "grip when your hands are damp.",
                 "Printed alignment lines help you place your hands and feet."],
        "short": "A 4 mm yoga mat, 183 x 68 cm (about 72 x 27 inches), in Clay, Moss or Slate.",
        "seo": "Natural rubber yoga mat with a polyurethane top and alignment lines, 4 mm thick. "
               "$98.",
        "gen": "It is 4 mm thick and weighs 2.5 kg. Clean it with a damp cloth and keep it out of "
               "direct sun.",
        "qa": ("What colours are there?", "Clay, Moss and Slate."),
        "bad": [
            ("The base is [[TPE foam]].", MAT, B, "natural tree rubber base"),
            ("A yoga mat [[6 mm thick]].", NUM, B, "thickness 4 mm"),
            ("Yoga mat in [[eight colours]].", COL, B, "three colours"),
            ("It is [[machine washable]].", CARE, B, "wipe with a damp cloth"),
            ("It [[relieves back pain and improves posture]].", HEALTH, B, "a health claim"),
            ("A [[fully biodegradable]] yoga mat.", ENV, B, "no environmental claim; the top is "
                                                            "polyurethane"),
            ("Over [[10,000 yogis already practise on it]].", SOCIAL, W,
             "unverifiable social proof"),
        ],
    },
    "R07": {
        "pad": "It is packed in a gift box.",
        "desc": ["The Meridian has a lacquered brass barrel and a polished steel nib, in Fine or "
                 "Medium.",
                 "It fills from cartridges or from the converter that comes with it."],
        "short": "A brass fountain pen, 13.5 cm capped (about 5.3 inches), in Navy or Burgundy.",
        "seo": "Lacquered brass fountain pen with a steel nib, converter and two blue cartridges. "
               "$65.",
        "gen": "It takes cartridges or the converter in the box, and two blue cartridges come "
               "with it. The "
               "nib is steel, in Fine or Medium.",
        "qa": ("How heavy is it?", "It weighs 28 g, about an ounce."),
        "bad": [
            ("The nib is [[14k gold]].", MAT, B, "a steel nib"),
            ("A brass fountain pen [[handmade in Japan]].", ORIG, B, "the listing gives no origin"),
            ("Fountain pen with [[Fine, Medium and Broad nibs]].", SIZE, B, "Fine or Medium only"),
            ("The box holds [[ten cartridges]] of blue ink.", NUM, B, "two cartridges"),
            ("It is made by [[Montblanc]].", BRAND, B, "the vendor is Inkwright"),
            ("A fountain pen in [[Navy, Burgundy and Forest Green]].", COL, B, "Navy or Burgundy "
                                                                               "only"),
            ("Yes, it [[comes with a lifetime warranty]].", WARR, B, "no warranty in the listing"),
        ],
    },
    "R08": {
        "pad": "It has reflective trim.",
        "desc": ["Pawpath's padded harness is nylon webbing with a breathable mesh lining.",
                 "A leash clips to the chest ring or the back ring, and plastic side-release "
                 "buckles make it "
                 "quick to put on."],
        "short": "A padded dog harness in three sizes, for chests from 40 to 90 cm (about 16 to "
                 "35 inches).",
        "seo": "Padded nylon dog harness with two leash rings and reflective trim, sizes S to L. "
               "$39.",
        "gen": "Measure your dog's chest: S fits 40-55 cm, M 55-70 cm and L 70-90 cm. It goes in "
               "the "
               "washing machine at 30 °C.",
        "qa": ("Can I wash it?", "Yes, in the machine at 30 °C."),
        "bad": [
            ("The buckles are [[aluminium]].", MAT, B, "plastic side-release buckles"),
            ("A padded harness in [[XS to XL]].", SIZE, B, "sizes S, M and L"),
            ("Dog harness with [[a built-in LED light]].", FEAT, B,
             "reflective trim only, no light"),
            ("It is [[vet-approved]].", CERT, B, "no approval in the listing"),
            ("The L size fits [[chests up to 110 cm]].", NUM, B, "L fits 70-90 cm"),
            ("A harness with [[waterproof neoprene padding]].", MAT, B, "nylon webbing with mesh "
                                                                        "lining"),
            ("It [[ships free the next day]].", SHIP, B, "no shipping terms in the listing"),
        ],
    },
    "R09": {
        "pad": "Silicone mounts fit handlebars and seat posts 22-32 mm across.",
        "desc": ["The Beacon set pairs a 400 lumen front light with a 50 lumen rear light.",
                 "Both charge by USB-C in about two hours."],
        "short": "Front and rear bike lights that run up to 10 hours on the lowest front mode.",
        "seo": "USB-C rechargeable bike light set, 400 lumen front and 50 lumen rear, IPX5. $45.",
        "gen": "The front light lasts about an hour and a half on high and up to ten hours on its "
               "lowest "
               "mode. Both are IPX5 splash resistant, so riding in the rain is fine.",
        "qa": ("Will it fit my seat post?", "Yes, if it is 22 to 32 mm across; the silicone "
                                            "mounts fit "
               "handlebars and seat posts."),
        "bad": [
            ("The front light gives [[1000 lumens]].", NUM, B, "400 lumens"),
            ("Bike lights [[fully waterproof to IPX8]].", FEAT, B, "IPX5 splash resistant"),
            ("Bike lights [[powered by AAA batteries]].", FEAT, B, "USB-C rechargeable"),
            ("They [[run for 20 hours on high]].", NUM, B, "1.5 hours on high"),
            ("They are [[StVZO approved for use in Germany]].", CERT, B, "no approval in the "
                                                                         "listing"),
            ("Bike lights [[designed by Shimano]].", BRAND, B, "the vendor is Spokeline"),
            ("They [[clip onto any helmet]].", COMPAT, B, "mounts for handlebars and seat posts"),
        ],
    },
    "R10": {
        "pad": "It comes with a neck strap, a case and lens caps.",
        "desc": ["The Kestrel is an 8x42 roof prism binocular with BaK-4 prisms and fully "
                 "multi-coated "
                 "lenses.",
                 "It is nitrogen-purged and waterproof, and focuses down to 2 m."],
        "short": "8x42 binoculars assembled in Greece, 650 g (about 1.4 lb), with a ten-year "
                 "warranty.",
        "seo": "Waterproof 8x42 roof prism binoculars with BaK-4 prisms and a 7.5 degree field of "
               "view. $189.",
        "gen": "They magnify eight times through 42 mm lenses, weigh 650 g and are waterproof. A "
               "ten-year "
               "warranty covers them.",
        "qa": ("How close can they focus?", "Down to 2 m, about 6.5 feet."),
        "bad": [
            ("The prisms are [[Porro prisms]].", FEAT, B, "roof prisms"),
            ("Binoculars [[assembled in Italy]].", ORIG, B, "assembled in Thessaloniki, Greece"),
            ("[[10x42]] binoculars with BaK-4 prisms.", NUM, B, "8x42"),
            ("The lenses are [[ED glass]].", MAT, B, "no ED glass in the listing"),
            ("They [[have a built-in rangefinder]].", FEAT, B, "no rangefinder"),
            ("Binoculars [[weighing only 450 g]].", NUM, B, "650 g"),
            ("They are [[covered by a 25-year warranty]].", WARR, B, "ten-year warranty"),
        ],
    },
    "R11": {
        "pad": "It turns on a 360° base.",
        "desc": ["The Tempo holds 1.7 litres and heats to five set temperatures between 40 and "
                 "100 °C.",
                 "It keeps water warm for 30 minutes and has boil-dry protection."],
        "short": "A 1.7 litre kettle, about 57 fl oz, with five temperature settings, in Stone or "
                 "Black.",
        "seo": "1.7 litre stainless steel kettle with five temperature settings and keep-warm, "
               "2200 W. $79.",
        "gen": "It is a 2200 W kettle with settings at 40, 70, 80, 90 and 100 °C. A two-year "
               "warranty "
               "covers it.",
        "qa": ("How long does it keep water warm?", "For 30 minutes."),
        "bad": [
            ("The body is [[borosilicate glass]].", MAT, B, "stainless steel body"),
            ("A kettle with [[seven temperature settings]].", NUM, B, "five settings"),
            ("Tempo kettle: [[the fastest-boiling kettle you can buy]].", ABS, W, "an unprovable "
                                                                                  "superlative"),
            ("It [[keeps water warm for two hours]].", NUM, B, "keep-warm 30 minutes"),
            ("You can [[control it from your phone over Wi-Fi]].", FEAT, B, "no app or Wi-Fi"),
            ("A 1.7 litre kettle in [[Stone, Black or Copper]].", COL, B, "Stone or Black only"),
        ],
    },
    "R12": {
        "pad": "It is packed in a paper box.",
        "desc": ["This bauble is hand-blown glass from Poniklá in the Krkonoše mountains.",
                 "White dots are painted by hand on the red glass."],
        "short": "Ručně foukaná ozdoba z Poniklé o průměru 8 cm s bílými tečkami.",
        "seo": "Ručně malovaná červená skleněná ozdoba z Krkonoš, průměr 8 cm, za 290 Kč.",
        "gen": "It is 8 cm across, about 3 inches, and made of thin blown glass, so it is fragile "
               "and not "
               "a toy.",
        "qa": ("Can children play with it?", "No. It is fragile glass and not a toy."),
        "bad": [
            ("It is made of [[shatterproof plastic]].", MAT, B, "hand-blown glass"),
            ("Ozdoba [[vyrobená v Jablonci nad Nisou]].", ORIG, B, "made in Poniklá"),
            ("Skleněná ozdoba [[o průměru 12 cm]].", NUM, B, "diameter 8 cm"),
            ("The glass is [[100% recycled]].", ENV, B, "no recycled content in the listing"),
            ("It is [[safe for children to play with]].", HEALTH, B, "the listing says fragile, "
                                                                     "not a toy"),
            ("Skleněná ozdoba [[v modré barvě]].", COL, B, "red with white dots"),
        ],
    },
    "R13": {
        "pad": "It measures 120 x 80 cm.",
        "desc": ["This scoarță is woven by hand in Maramureș from pure sheep's wool.",
                 "The wool is coloured with natural dyes."],
        "short": "Scoarță țesută manual din lână de oaie, în roșu și negru, 120 x 80 cm.",
        "seo": "Covor din Maramureș, lână 100% vopsită natural, 120 x 80 cm, 450 lei.",
        "gen": "It is a 120 x 80 cm wool rug, about 4 by 2.6 feet. Have it dry cleaned; do not "
               "wash it "
               "at home.",
        "qa": ("What colours is it?", "Red and black."),
        "bad": [
            ("It is woven from [[cotton and acrylic]].", MAT, B, "100% sheep's wool"),
            ("Covor [[țesut în Bucovina]].", ORIG, B, "woven in Maramureș"),
            ("Covor de lână [[200 x 140 cm]].", NUM, B, "120 x 80 cm"),
            ("You can [[wash it in the machine on a wool cycle]].", CARE, B, "dry clean only"),
            ("It is [[certified organic wool]].", CERT, B, "no certification in the listing"),
            ("Covor [[cu fir de mătase]].", MAT, B, "wool only, no silk"),
        ],
    },
    "R14": {
        "pad": "It is finished with linseed oil.",
        "desc": ["This butter knife is made by hand from Saaremaa juniper.",
                 "It is 18 cm long, about 7 inches."],
        "short": "Saaremaa kadakapuust käsitöö võinuga, pikkus 18 cm.",
        "seo": "Käsitsi valmistatud kadakapuust võinuga, õlitatud linaõliga, 14 €.",
        "gen": "It is juniper wood, so wash it by hand; it does not go in the dishwasher.",
        "qa": ("Where is it made?", "On the island of Saaremaa, in Estonia."),
        "bad": [
            ("It is carved from [[olive wood]].", MAT, B, "juniper wood"),
            ("Võinuga [[Hiiumaalt]].", ORIG, B, "from Saaremaa"),
            ("Kadakapuust võinuga, [[pikkus 25 cm]].", NUM, B, "length 18 cm"),
            ("It is [[a cheese slicer]] for hard cheeses.", CAT, B, "a butter knife"),
            ("Yes, [[it is dishwasher safe]].", CARE, B, "hand wash, not in the dishwasher"),
            ("Võinuga [[koos puidust alusega]].", FEAT, B, "no stand in the listing"),
        ],
    },
    "R15": {
        "pad": "Dry it after each sauna.",
        "desc": ["This sauna ladle is made by hand in Kuopio.",
                 "Its cup is copper and its handle birch."],
        "short": "Käsintehty saunakauha Kuopiosta: kuparikuppi ja koivuvarsi.",
        "seo": "Kuparinen saunakauha koivuvarrella, pituus 40 cm, 29 €.",
        "gen": "It is 40 cm long, about 16 inches. Let it dry after each use.",
        "qa": ("What is the handle made of?", "Birch."),
        "bad": [
            ("The cup is [[stainless steel]].", MAT, B, "copper cup"),
            ("Saunakauha [[Rovaniemeltä]].", ORIG, B, "made in Kuopio"),
            ("Saunakauha, [[pituus 60 cm]].", NUM, B, "length 40 cm"),
            ("This is [[a wooden sauna bucket]].", CAT, B, "a sauna ladle"),
            ("It is [[made by Iittala]].", BRAND, B, "the vendor is Löylypaja"),
            ("Saunakauha [[tammivarrella]].", MAT, B, "birch handle"),
        ],
    },
    "R16": {
        "pad": "Wash them by hand in cold water.",
        "desc": ["These socks are knitted by hand in Akureyri from pure Icelandic wool.",
                 "They come in grey, in sizes 38-40 and 41-43."],
        "short": "Handprjónaðir sokkar úr íslenskri ull frá Akureyri.",
        "seo": "Gráir ullarsokkar, handprjónaðir á Akureyri, í stærðum 38-40 og 41-43.",
        "gen": "They are 100% Icelandic wool, hand-knitted, in grey. Wash them by hand in cold "
               "water.",
        "qa": ("What sizes are there?", "38-40 and 41-43."),
        "bad": [
            ("They are knitted from [[merino and nylon]].", MAT, B, "100% Icelandic wool"),
            ("Sokkar [[prjónaðir í Reykjavík]].", ORIG, B, "knitted in Akureyri"),
            ("Ullarsokkar [[í stærðum 35-46]].", SIZE, B, "sizes 38-40 and 41-43"),
            ("They are [[machine-knitted]].", FEAT, B, "hand-knitted"),
            ("Yes, [[they can go in the washing machine at 60 °C]].", CARE, B, "hand wash cold"),
            ("Sokkar [[í rauðu og bláu]].", COL, B, "grey only"),
        ],
    },
    "R17": {
        "pad": "Keep it cold, at 8 °C or below.",
        "desc": ["This oštiepok is a smoked sheep's cheese made by hand in Liptov.",
                 "It contains only pasteurised sheep's milk, salt and rennet."],
        "short": "Ručne vyrobený údený ovčí syr z Liptova, 250 g.",
        "seo": "Údený oštiepok z pasterizovaného ovčieho mlieka, 250 g, 8,50 €.",
        "gen": "It weighs 250 g, about 9 oz, and must be kept in the fridge at 8 °C or less.",
        "qa": ("Is the milk pasteurised?", "Yes, it is made from pasteurised sheep's milk."),
        "bad": [
            ("It is made from [[cow's milk]].", MAT, B, "sheep's milk"),
            ("Údený syr [[z Oravy]].", ORIG, B, "from Liptov"),
            ("Oštiepok [[500 g]].", NUM, B, "250 g"),
            ("It is [[made from raw, unpasteurised milk]].", FEAT, B, "pasteurised milk"),
            ("It [[keeps at room temperature for a month]].", CARE, B, "store at 8 °C or below"),
            ("Oštiepok [[za 6,50 €]].", PRICE, B, "price 8,50 €"),
        ],
    },
    "R18": {
        "pad": "They come in a 250 g resealable pouch.",
        "desc": ["These macadamias are grown and dry roasted on one family farm in the Northern "
                 "Rivers of "
                 "New South Wales.",
                 "They are lightly salted with sea salt."],
        "short": "Australian-grown dry roasted macadamias, lightly salted, A$16 for 250 g.",
        "seo": "Macadamias grown and dry roasted in the Northern Rivers, NSW, lightly salted with "
               "sea salt.",
        "gen": "They are macadamias and sea salt, nothing else, in a 250 g pouch (about 9 oz) "
               "that reseals. "
               "They contain tree nuts.",
        "qa": ("Are they salted?", "Lightly, with sea salt."),
        "bad": [
            ("They are [[grown in Hawaii]].", ORIG, B, "grown in New South Wales, Australia"),
            ("[[Unsalted]] dry roasted macadamias.", FEAT, B, "lightly salted"),
            ("Macadamias [[roasted in coconut oil]].", MAT, B, "dry roasted; ingredients nuts and "
                                                               "salt"),
            ("A handful a day [[lowers your cholesterol]].", HEALTH, B, "a health claim"),
            ("Each pouch holds [[500 g]].", NUM, B, "250 g"),
            ("Macadamias for [[A$12]] a pouch.", PRICE, B, "price A$16"),
        ],
    },
    "R19": {
        "pad": "A USB-A port in the base charges a phone.",
        "desc": ["The Arc lamp has an aluminium arm that reaches 45 cm, about 18 inches.",
                 "Choose warm 2700 K, neutral 4000 K or cool 5000 K light, each dimmable in five "
                 "steps."],
        "short": "An 8 W LED desk lamp in Black or White with three light colours and five "
                 "brightness steps.",
        "seo": "LED desk lamp with an aluminium arm, three colour temperatures, dimming and a "
               "USB-A port. $59.",
        "gen": "It plugs into the mains and has no battery. The base has a USB-A port for "
               "charging a phone.",
        "qa": ("Does it have a battery?", "No, it runs from the mains plug."),
        "bad": [
            ("It [[runs for eight hours on its built-in battery]].", FEAT, B, "mains only, no "
                                                                              "battery"),
            ("A desk lamp with [[ten brightness steps]].", NUM, B, "five steps"),
            ("Desk lamp with [[wireless phone charging]].", FEAT, B, "a USB-A port, not wireless"),
            ("Its light [[prevents eye strain and headaches]].", HEALTH, B, "a health claim"),
            ("It is [[Energy Star certified]].", CERT, B, "no certification in the listing"),
            ("A desk lamp with a [[bamboo]] arm.", MAT, B, "aluminium arm"),
        ],
    },
    "R20": {
        "pad": "It has a rear foot brake.",
        "desc": ["The Hopper is a three-wheel scooter for children aged 3 to 5 that steers as "
                 "they lean.",
                 "The handlebar adjusts from 60 to 80 cm, about 24 to 31 inches, as they grow."],
        "short": "A lean-to-steer kids' scooter with an aluminium deck, in Pink or Mint.",
        "seo": "Three-wheel lean-to-steer scooter for ages 3 to 5, aluminium deck and foot brake. "
               "$65.",
        "gen": "It suits ages 3 to 5 and riders up to 50 kg. We recommend a helmet every time "
               "they ride.",
        "qa": ("How heavy is it?", "2.6 kg, under 6 lb, so it is easy to carry."),
        "bad": [
            ("Its wheels [[light up as they roll]].", FEAT, B, "no light-up wheels in the listing"),
            ("A scooter for [[ages 2 to 8]].", COMPAT, B, "ages 3-5"),
            ("Kids' scooter with a [[steel]] deck.", MAT, B, "aluminium deck"),
            ("[[Over 50,000 families have chosen it]].", SOCIAL, W, "unverifiable social proof"),
            ("It is [[CE and ASTM certified]].", CERT, B, "no certification in the listing"),
            ("A kids' scooter in [[Pink, Mint or Yellow]].", COL, B, "Pink or Mint only"),
        ],
    },
    "R21": {
        "pad": "The handle has grip tape fitted.",
        "desc": ["This hurley is hand-crafted from Irish ash in Kilkenny.",
                 "The bas is bound with a steel band."],
        "short": "A Kilkenny ash hurley in 30, 32 or 34 inch sizes, about 500 g.",
        "seo": "Hand-crafted Irish ash hurley from Kilkenny with a banded bas and grip tape, 65 €.",
        "gen": "Choose 30, 32 or 34 inches. Rub a little linseed oil into it now and then.",
        "qa": ("What is it made of?", "Irish ash."),
        "bad": [
            ("It is [[made in Cork]].", ORIG, B, "made in Kilkenny"),
            ("A hurley in [[24 to 36 inch sizes]].", SIZE, B, "sizes 30, 32 and 34 in"),
            ("Hurley made of [[bamboo and ash laminate]].", MAT, B, "Irish ash"),
            ("It weighs [[just 350 g]].", NUM, B, "about 500 g"),
            ("It is [[approved by the GAA]].", CERT, B, "no approval in the listing"),
            ("A hurley for [[55 €]].", PRICE, B, "price 65 €"),
        ],
    },
    "R22": {
        "pad": "Store it below 25 °C.",
        "desc": ["This unrefined shea butter is made by hand by a women's cooperative near "
                 "Tamale, in Ghana.",
                 "It has one ingredient, shea nut butter, and no added fragrance."],
        "short": "Raw, unrefined shea butter from Ghana for skin and hair, in a 200 g tin (about "
                 "7 oz).",
        "seo": "Unrefined shea butter, one ingredient, handmade near Tamale, Ghana. "
               "200 g tin, $22.",
        "gen": "It is for skin and hair, on the outside only. Keep the tin below 25 °C.",
        "qa": ("Is it scented?", "No, nothing is added, so it smells only of shea."),
        "bad": [
            ("It [[clears eczema and heals scars]].", HEALTH, B, "a health claim"),
            ("Shea butter [[from Burkina Faso]].", ORIG, B, "made near Tamale, Ghana"),
            ("Shea butter [[scented with lavender oil]].", MAT, B, "one ingredient, no fragrance"),
            ("It is [[certified organic by Ecocert]].", CERT, B, "no certification in the listing"),
            ("It is [[safe to eat and cook with]].", HEALTH, B, "external use only"),
            ("Shea butter in a [[glass jar]].", MAT, B, "aluminium tin"),
        ],
    },
    "R23": {
        "pad": "The cover is hand-printed.",
        "desc": ["The pages are handmade lokta bark paper from the Kathmandu Valley.",
                 "There are 96 unlined A5 pages, sewn with cotton thread."],
        "short": "An A5 lokta paper notebook, 14.8 x 21 cm (about 5.8 x 8.3 inches), in Indigo or "
                 "Saffron.",
        "seo": "Handmade Nepali lokta paper notebook, A5, 96 unlined pages, hand-printed cover. "
               "$18.",
        "gen": "Lokta paper is soft and a little uneven, so a fountain pen may feather on it. The "
               "96 pages "
               "are unlined.",
        "qa": ("Are the pages lined?", "No, all 96 pages are plain."),
        "bad": [
            ("The pages are [[dotted]].", FEAT, B, "unlined pages"),
            ("A lokta notebook [[made in Bhutan]].", ORIG, B, "Kathmandu Valley, Nepal"),
            ("Lokta notebook with [[200 pages]].", NUM, B, "96 pages"),
            ("It [[takes fountain pen ink without feathering]].", FEAT, B, "fountain pens may "
                                                                           "feather"),
            ("It is [[A4]].", SIZE, B, "A5"),
            ("A notebook with a [[leather]] cover.", MAT, B, "a hand-printed paper cover"),
        ],
    },
    "R24": {
        "pad": "The roast is medium-dark.",
        "desc": ["These robusta beans are grown in the Dak Lak highlands and roasted in Buon Ma "
                 "Thuot.",
                 "They come in a 500 g bag with a one-way valve."],
        "short": "Vietnamese robusta, medium-dark roast, sold as whole beans, 500 g for $19.",
        "seo": "Whole bean Dak Lak robusta coffee, medium-dark roast, roasted in Vietnam. 500 g.",
        "gen": "They are whole beans, so you will need a grinder. Drink them within three months "
               "of the "
               "roast date.",
        "qa": ("Is it ground?", "No, it comes as whole beans."),
        "bad": [
            ("They are [[100% arabica]].", CAT, B, "robusta"),
            ("Robusta [[from Brazil]].", ORIG, B, "Dak Lak, Vietnam"),
            ("[[Ground]] robusta coffee.", FEAT, B, "whole beans"),
            ("It [[boosts your metabolism and burns fat]].", HEALTH, B, "a health claim"),
            ("It is a [[light roast]].", FEAT, B, "medium-dark roast"),
            ("Robusta beans, [[1 kg]] bag.", NUM, B, "500 g"),
        ],
    },
    "R25": {
        "pad": "It has a brass handle.",
        "desc": ["This cezve is hammered by hand from copper in Gaziantep and lined with tin.",
                 "It holds 250 ml, enough for two small cups."],
        "short": "A hand-hammered copper cezve from Turkey, 250 ml (about 8.5 fl oz).",
        "seo": "Hand-hammered Turkish copper coffee pot, tin-lined, 250 ml, for gas and electric "
               "hobs. $34.",
        "gen": "It works on gas and electric hobs but not on induction. Wash it by hand.",
        "qa": ("Does it work on induction?", "No, use it on gas or electric hobs."),
        "bad": [
            ("It [[works on induction hobs]].", COMPAT, B, "not for induction"),
            ("A copper cezve [[made in Greece]].", ORIG, B, "made in Gaziantep, Turkey"),
            ("Cezve with a [[wooden handle]].", MAT, B, "brass handle"),
            ("It [[holds 500 ml, enough for four cups]].", NUM, B, "250 ml, two small cups"),
            ("Yes, [[it can go in the dishwasher]].", CARE, B, "hand wash only"),
            ("A copper cezve lined with [[stainless steel]].", MAT, B, "tin-lined"),
        ],
    },
    "R26": {
        "pad": "Minor repairs are quoted separately.",
        "desc": ["Taff Tuning tunes acoustic pianos in your home, anywhere within 20 km of "
                 "Cardiff city centre.",
                 "Each tuning takes about an hour and brings the piano to A440."],
        "short": "Home piano tuning around Cardiff: £85 for an upright, £110 for a grand.",
        "seo": "Piano tuning at home within 20 km of Cardiff, tuned to A440. Upright £85, grand "
               "£110.",
        "gen": "Book at least a week ahead. We tune acoustic pianos only, not digital ones.",
        "qa": ("How long does a tuning take?", "About an hour."),
        "bad": [
            ("We [[come the next day]].", SHIP, B, "book at least a week ahead"),
            ("Piano tuning [[within 50 km of Cardiff]].", NUM, B, "within 20 km"),
            ("Piano tuning, [[£65]] for an upright.", PRICE, B, "£85 for an upright"),
            ("We also [[tune and repair digital keyboards]].", FEAT, B, "no digital pianos"),
            ("We are [[the most trusted piano tuners in Wales]].", ABS, W, "an unprovable "
                                                                           "superlative"),
            ("Piano tuning [[with eco-friendly, zero-waste methods]].", ENV, B, "no environmental "
                                                                                "claim"),
        ],
    },
    "R27": {
        "pad": "It costs $18.",
        "desc": ["An enamel camp mug from Fernhill."],
        "short": "Fernhill enamel camp mug, $18.",
        "seo": "An enamel camp mug by Fernhill for $18.",
        "gen": "It is an enamel camp mug from Fernhill, priced at $18.",
        "qa": ("Who makes it?", "Fernhill."),
        "bad": [
            ("It [[holds 500 ml]].", NUM, B, "the listing gives no capacity"),
            ("An enamel mug, [[white with a blue rim]].", COL, W, "no colour in the listing"),
            ("Enamel camp mug, [[set of four]].", NUM, B, "one mug"),
            ("It is [[safe in the microwave]].", CARE, B, "no care terms in the listing"),
            ("[[Thousands of campers swear by it]].", SOCIAL, W, "unverifiable social proof"),
            ("An enamel mug [[made in Portugal]].", ORIG, B, "the listing gives no origin"),
        ],
    },
    "R28": {
        "pad": "It costs $38.",
        "desc": ["An oak serving tray, 40 x 28 cm."],
        "short": "Oak serving tray, 40 x 28 cm (about 16 x 11 inches), $38.",
        "seo": "An oak serving tray measuring 40 x 28 cm, $38.",
        "gen": "It is an oak tray, 40 x 28 cm, for $38.",
        "qa": ("How big is it?", "40 x 28 cm."),
        "bad": [
            ("It is [[made by Woodcraft Co]].", BRAND, B, "the listing has no vendor"),
            ("An oak tray [[with brass handles]].", MAT, B, "no handles in the listing"),
            ("Oak tray [[in small, medium and large]].", SIZE, B, "one size, 40 x 28 cm"),
            ("It is [[certified food safe]].", CERT, B, "no certification in the listing"),
            ("It is [[dishwasher safe]].", CARE, B, "no care terms in the listing"),
            ("Oak tray, [[5 cm deep]].", NUM, B, "no depth in the listing"),
        ],
    },
    "R29": {
        "pad": "Each tool is sold on its own.",
        "desc": ["The set gathers four stainless steel bar tools: a Boston shaker, a jigger, a "
                 "Hawthorne "
                 "strainer and a bar spoon.",
                 "The jigger measures 25 and 50 ml, and the bar spoon is 30 cm long."],
        "short": "Four bar tools, each sold on its own: shaker $24, jigger $9, strainer $12, bar "
                 "spoon $7.",
        "seo": "Boston shaker, 25/50 ml jigger, Hawthorne strainer and 30 cm bar spoon, $52 for "
               "all four.",
        "gen": "Each of the four tools is sold on its own: the shaker is $24, the jigger $9, the "
               "strainer "
               "$12 and the spoon $7.",
        "qa": ("How much are all four?", "$52 if you buy each of them."),
        "bad": [
            ("The shaker is [[copper-plated]].", MAT, B, "stainless steel"),
            ("All four tools [[for $45]].", PRICE, B, "the four come to $52"),
            ("Bar set with [[a muddler and an ice bucket]].", FEAT, B, "four tools, none of these"),
            ("The jigger measures [[30 and 60 ml]].", NUM, B, "25/50 ml"),
            ("It is made by [[Cocktail Kingdom]].", BRAND, B, "the vendor is Stirwell"),
            ("Bar tools [[in gold or copper]].", COL, W,
             "no colour in the listing; stainless steel"),
        ],
    },
    "R30": {
        "pad": "A rain sensor sends it back to its dock.",
        "desc": ["The Mowbot 600 mows lawns up to 600 m², with a cutting height from 20 to 60 mm.",
                 "150 m of boundary wire and pegs come in the box."],
        "short": "A robot mower for lawns up to 600 m², sold and shipped by our partner "
                 "Greenreach Garden.",
        "seo": "Robot lawn mower for lawns up to 600 m², app scheduling over Wi-Fi, rain sensor. "
               "$899.",
        "gen": "It is sold and shipped by our partner Greenreach Garden, who deliver in 3-5 "
               "working days "
               "and handle returns and the three-year warranty.",
        "qa": ("Who handles the warranty?", "Our partner Greenreach Garden, who give three years."),
        "bad": [
            ("It [[needs no boundary wire]], thanks to GPS.", FEAT, B, "150 m of boundary wire "
                                                                       "included"),
            ("A robot mower for lawns [[up to 1500 m²]].", NUM, B, "up to 600 m²"),
            ("Robot mower with [[a five-year warranty]].", WARR, B, "the partner's three-year "
                                                                    "warranty"),
            ("It [[arrives the next day]].", SHIP, B, "delivery in 3-5 working days"),
            ("It [[works with Alexa and Google Home]].", COMPAT, B, "app over Wi-Fi only"),
            ("A robot mower [[by Husqvarna]].", BRAND, B, "sold by Greenreach Garden"),
        ],
    },
}


def _html(sentences):
    return "<p>" + html.escape(" ".join(sentences), quote=False) + "</p>"


def _serialise(kind, sentences, key, question=GENERAL_Q):
    if kind in ("description", "short_description"):
        return _html(sentences)
    if kind == "seo":
        lst = make_listings.R[key]
        title = f"{lst['title']} | {lst['vendor']}" if lst["vendor"] else lst["title"]
        return json.dumps({"title": title, "description": " ".join(sentences)}, ensure_ascii=False)
    return json.dumps([{"question": question, "answer": " ".join(sentences)}], ensure_ascii=False)


def _strip_marks(marked):
    """The sentence without [[ ]] and the marked claim."""
    start, end = marked.index("[["), marked.index("]]")
    return marked.replace("[[", "").replace("]]", ""), marked[start + 2:end]


def _locate(kind, text, claim):
    """Offsets of the claim as it is stored in the text (escaped like the text); it must occur "
      "once."""
    if kind in ("description", "short_description"):
        stored = html.escape(claim, quote=False)
    else:
        stored = json.dumps(claim, ensure_ascii=False)[1:-1]
    assert text.count(stored) == 1, (text, stored)
    start = text.index(stored)
    return start, start + len(stored), stored


def build():
    clean, faulty = [], []
    for key, h in H.items():
        def add(kind, sentences, question=GENERAL_Q, key=key):
            clean.append({"listing": key, "kind": kind, "labels": [],
                          "text": _serialise(kind, sentences, key, question)})
        add("description", h["desc"] + [h["pad"]])
        add("short_description", [h["short"]])
        add("seo", [h["seo"]])
        add("faq", [h["gen"]])
        add("faq", [h["qa"][1]], h["qa"][0])
        for n, (marked, rule, severity, why) in enumerate(h["bad"]):
            kind = KIND_ORDER[n]
            sentence, claim = _strip_marks(marked)
            sentences = [sentence, h["pad"]] if kind == "description" else [sentence]
            text = _serialise(kind, sentences, key)
            start, end, stored = _locate(kind, text, claim)
            faulty.append({"listing": key, "kind": kind, "text": text,
                           "labels": [{"rule": rule, "start": start, "end": end, "claim": stored,
                                       "severity": severity, "why": why}]})
    return clean, faulty
