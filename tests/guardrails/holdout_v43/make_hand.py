"""Hand-written drafts for guardrails holdout v43: clean copy and faulty copy with one marked claim.

Each listing in `H` has a true `pad` sentence, five clean drafts and six or seven faulty
sentences whose one unsupported claim is marked `[[...]]`. `build()` returns (clean rows,
faulty rows) for assemble.py.
"""

import html
import json
from typing import Any

import make_listings

GENERAL_Q = "What should I know about it?"
FAULTY_KINDS = (
    "description",
    "short_description",
    "seo",
    "description",
    "faq",
    "short_description",
    "faq",
)

B, W = "block", "warn"
NUM, PRICE, MAT, COL = "accuracy.number", "accuracy.price", "accuracy.material", "accuracy.colour"
CERT, ORIG, SIZE, CAT = (
    "accuracy.certification",
    "accuracy.origin",
    "accuracy.size",
    "accuracy.category",
)
FEAT, CARE, WARR, BRAND = "accuracy.feature", "accuracy.care", "accuracy.warranty", "accuracy.brand"
COMPAT, SHIP, HEALTH = "accuracy.compatibility", "compliance.shipping", "compliance.health"
ABS, ENV, SOCIAL = "compliance.absolute", "compliance.environmental", "compliance.social_proof"

# key -> pad; clean: (desc sentences, short, seo description, general answer, (question, answer));
# faulty: (marked sentence, rule, severity, why) in FAULTY_KINDS order
H: dict[str, dict[str, Any]] = {
    "T01": {
        "pad": "One edge rips along the grain and the other crosscuts.",
        "clean": (
            [
                "The Ryoba Pull Saw from Kanna & Co is made in Miki, Japan.",
                "Its 240 mm blade, about 9.5 inches, is 0.5 mm thick and can be replaced.",
            ],
            "A double-edged pull saw with a replaceable 240 mm blade and a rattan-wrapped "
            "handle, $42.",
            "Japanese ryoba pull saw from Miki with a 240 mm high-carbon steel blade. $42.",
            "Wipe the blade with a little camellia oil and keep it dry.",
            ("How heavy is it?", "It weighs 210 g, about 7.4 oz."),
        ),
        "faulty": [
            ("The blade is [[300 mm]] long.", NUM, B, "the blade is 240 mm"),
            (
                "A pull saw with a [[stainless steel]] blade.",
                MAT,
                B,
                "the blade is high-carbon steel",
            ),
            ("Ryoba pull saw [[forged in Seki, Japan]].", ORIG, B, "made in Miki, Hyogo"),
            ("It comes with [[a spare blade]].", FEAT, B, "no spare blade is listed"),
            ("It is [[dishwasher safe]].", CARE, B, "keep the blade dry and oil it"),
            ("Ryoba saw, [[$38]].", PRICE, B, "the price is $42"),
            ("It is [[the sharpest saw on the market]].", ABS, W, "an unprovable superlative"),
        ],
    },
    "T02": {
        "pad": "It has five modes.",
        "clean": (
            [
                "The Beacon 800 from Spoke & Lantern is a front bike light that puts out up to "
                "800 lumens.",
                "It runs 1.5 hours on high and 20 hours on flash, and charges in about three "
                "hours.",
            ],
            "An 800 lumen USB-C front light rated IPX4, $39.",
            "Rechargeable 800 lumen bike light with five modes and a tool-free strap for 22-35 "
            "mm bars.",
            "The USB-C cable is included, but the wall charger is not.",
            (
                "Will it fit my handlebars?",
                "The strap fits bars from 22 to 35 mm across, no tools needed.",
            ),
        ),
        "faulty": [
            ("It runs [[6 hours]] on high.", NUM, B, "1.5 hours on high"),
            ("Bike light [[waterproof to 10 m]].", FEAT, B, "rated IPX4 against rain only"),
            (
                "Bike light that [[fits e-scooter stems and helmets]].",
                COMPAT,
                B,
                "fits handlebars 22-35 mm",
            ),
            ("It comes with [[a USB wall charger]].", FEAT, B, "the wall charger is not included"),
            ("It is [[StVZO approved]] for road use in Germany.", CERT, B, "no approval is listed"),
            ("Front light with [[a 3000 mAh battery]].", NUM, B, "the battery is 2000 mAh"),
            ("Orders [[ship free the next day]].", SHIP, B, "the listing gives no shipping terms"),
        ],
    },
    "T03": {
        "pad": "A padded carry bag is included.",
        "clean": (
            [
                "The Ridgeway from Northlight Optics is an aluminium travel tripod with five "
                "leg sections.",
                "It reaches 155 cm, about 61 inches, and folds to 42 cm.",
            ],
            "Travel tripod in Black or Titan Grey, 1.3 kg, holds up to 8 kg, $129.",
            "Aluminium travel tripod with a ball head and Arca-Swiss compatible plate, 155 cm "
            "tall.",
            "It weighs 1.3 kg, about 2.9 lb, and folds to 42 cm.",
            (
                "Which cameras fit?",
                "Any camera with a standard 1/4-20 screw fits the quick-release plate.",
            ),
        ),
        "faulty": [
            ("The legs are [[carbon fibre]].", MAT, B, "the tripod is aluminium alloy"),
            ("Tripod with [[four]] leg sections.", NUM, B, "five leg sections"),
            ("Travel tripod [[in Black, Silver and Red]].", COL, B, "Black or Titan Grey"),
            ("It holds cameras up to [[12 kg]].", NUM, B, "maximum load 8 kg"),
            (
                "It includes [[a smartphone clamp and a remote]].",
                FEAT,
                B,
                "only a carry bag is included",
            ),
            ("Travel tripod, [[$99]].", PRICE, B, "the price is $129"),
            ("It is [[backed by a ten-year warranty]].", WARR, B, "no warranty is listed"),
        ],
    },
    "T04": {
        "pad": "It closes with a front zip.",
        "clean": (
            [
                "The Hiveward jacket is a polyester and cotton blend with a fencing veil that "
                "zips off.",
                "It comes in M, L and XL, with elastic at the cuffs and waist.",
            ],
            "Beekeeping jacket with a detachable fencing veil, sizes M to XL, from $49.",
            "Beekeeping jacket with a zip-off fencing veil, two front pockets and elastic cuffs.",
            "Take the veil off before machine washing the jacket at 30 °C, and wash the veil by "
            "hand.",
            ("How much is the XL?", "The XL is $52; M and L are $49."),
        ),
        "faulty": [
            ("The jacket is [[100% cotton]].", MAT, B, "65% polyester, 35% cotton"),
            ("Beekeeping jacket in sizes [[S to XXL]].", SIZE, B, "sizes M, L and XL"),
            (
                "Beekeeping jacket that is [[100% sting-proof]].",
                ABS,
                W,
                "an absolute protection claim",
            ),
            (
                "The veil is [[stitched on, so it cannot come loose]].",
                FEAT,
                B,
                "the veil is detachable",
            ),
            (
                "You can [[machine wash the veil]] with the jacket.",
                CARE,
                B,
                "wash the veil by hand",
            ),
            ("Jacket with [[four]] front pockets.", NUM, B, "two front pockets"),
            ("The jacket is [[made in Kenya]].", ORIG, B, "no origin is given"),
        ],
    },
    "T05": {
        "pad": "Each blanket measures 120 x 120 cm.",
        "clean": (
            [
                "Nilegarden's set holds three muslin swaddle blankets woven in Mahalla, Egypt.",
                "The cotton is organic and GOTS certified.",
            ],
            "Three organic cotton muslin swaddles, about 47 x 47 inches each, $36 the set.",
            "GOTS-certified organic muslin swaddle blankets, set of 3, in Sage Leaves or Sand "
            "Dots.",
            "Machine wash them at 40 °C and tumble dry low; they get softer with every wash.",
            ("Where are they made?", "They are woven in Mahalla, Egypt."),
        ),
        "faulty": [
            ("The set comes in [[five]] patterns.", NUM, B, "two patterns"),
            ("Swaddles [[100 x 100 cm]] each.", NUM, B, "120 x 120 cm"),
            ("Organic muslin swaddles [[woven in Cairo]].", ORIG, B, "woven in Mahalla"),
            ("The muslin is [[bamboo and cotton]].", MAT, B, "100% organic cotton"),
            ("They are [[OEKO-TEX certified]].", CERT, B, "GOTS is the certification given"),
            (
                "Swaddles that [[prevent colic and help babies sleep through the night]].",
                HEALTH,
                B,
                "a health claim",
            ),
            ("Most parents [[rate them five stars]].", SOCIAL, W, "unverifiable social proof"),
        ],
    },
    "T06": {
        "pad": "It has a satin finish.",
        "clean": (
            [
                "The Coralwood concert ukulele has a solid mahogany top over laminated mahogany "
                "back and "
                "sides.",
                "It is made in Bali, Indonesia, and comes with nylon strings and a padded gig bag.",
            ],
            "Concert ukulele, 23 in long, 18 frets, $119.",
            "Concert ukulele with a solid mahogany top, nylon strings and a padded gig bag.",
            "Its scale length is 15 in, about 38 cm.",
            ("Is a case included?", "A padded gig bag is included."),
        ),
        "faulty": [
            ("It has a [[solid spruce]] top.", MAT, B, "solid mahogany top"),
            ("A [[soprano]] ukulele with 18 frets.", SIZE, B, "a concert ukulele"),
            ("Mahogany ukulele [[made in Hawaii]].", ORIG, B, "made in Bali, Indonesia"),
            (
                "It comes with [[a built-in tuner and pickup]].",
                FEAT,
                B,
                "no electronics are listed",
            ),
            ("It is [[a Kala ukulele]].", BRAND, B, "the vendor is Coralwood"),
            ("Ukulele with [[20 frets]].", NUM, B, "18 frets"),
            (
                "It is [[the best-sounding ukulele you can buy]].",
                ABS,
                W,
                "an unprovable superlative",
            ),
        ],
    },
    "T07": {
        "pad": "It comes in a resealable 100 g pouch.",
        "clean": (
            [
                "Hillcountry Leaf's black tea is grown above 1,800 m in Nuwara Eliya, Sri Lanka.",
                "It is an Orange Pekoe grade and carries the Rainforest Alliance seal.",
            ],
            "Loose-leaf Ceylon black tea from Nuwara Eliya, 100 g, £8.50.",
            "Bright, light Nuwara Eliya black tea, loose leaf, Rainforest Alliance certified.",
            "Brew 2 g per cup at 95 °C for three to four minutes.",
            ("Does it contain caffeine?", "Yes, it contains caffeine."),
        ),
        "faulty": [
            ("The leaves are [[hand-rolled green tea]].", CAT, B, "a black tea"),
            ("Ceylon black tea, [[250 g]] pouch.", NUM, B, "a 100 g pouch"),
            (
                "Loose-leaf black tea [[from Darjeeling]].",
                ORIG,
                B,
                "grown in Nuwara Eliya, Sri Lanka",
            ),
            ("It is [[caffeine-free]].", FEAT, B, "it contains caffeine"),
            ("It is [[certified organic]].", CERT, B, "only Rainforest Alliance is given"),
            ("Nuwara Eliya tea, [[£6.50]].", PRICE, B, "the price is £8.50"),
            ("A daily cup [[lowers blood pressure]].", HEALTH, B, "a health claim"),
        ],
    },
    "T08": {
        "pad": "It is 100% Arabica from heirloom varieties.",
        "clean": (
            [
                "Kettlebrook Roasters' Yirgacheffe is a washed, light-roast coffee from Ethiopian "
                "smallholders.",
                "Expect notes of jasmine, lemon and black tea.",
            ],
            "Yirgacheffe whole beans, 250 g for $16 or 1 kg for $52.",
            "Washed Ethiopian Yirgacheffe coffee, light roast, whole bean, roasted every Tuesday.",
            "It ships within two days of roasting.",
            ("Is it ground?", "No, it is sold as whole beans."),
        ),
        "faulty": [
            ("It is a [[dark roast]] for espresso.", FEAT, B, "a light roast"),
            ("Yirgacheffe beans in a [[500 g]] bag.", SIZE, B, "250 g or 1 kg bags"),
            ("Washed coffee from [[Sidamo]], Ethiopia.", ORIG, B, "from Yirgacheffe"),
            ("The beans are [[natural processed]].", FEAT, B, "washed process"),
            ("It is [[Fairtrade certified]].", CERT, B, "no certification is given"),
            ("Yirgacheffe, 1 kg for [[$48]].", PRICE, B, "1 kg is $52"),
            ("Each bag [[contains Robusta for extra body]].", MAT, B, "100% Arabica"),
        ],
    },
    "T09": {
        "pad": "The pods are vacuum-sealed.",
        "clean": (
            [
                "Sambava Spice House sells five grade A Bourbon vanilla pods, grown and cured "
                "in Sambava, "
                "Madagascar.",
                "Each pod is 14 to 16 cm long, about 6 inches.",
            ],
            "Five Madagascar Bourbon vanilla pods, grade A, $24.",
            "Grade A Bourbon vanilla beans from Sambava, Madagascar: five vacuum-sealed pods.",
            "Keep them in a cool, dark place and do not refrigerate them.",
            ("Which species is it?", "The pods are Vanilla planifolia."),
        ),
        "faulty": [
            ("The pack holds [[ten]] pods.", NUM, B, "five pods"),
            ("Vanilla pods [[20 cm]] long.", NUM, B, "14-16 cm"),
            ("Bourbon vanilla beans [[from Tahiti]].", ORIG, B, "from Sambava, Madagascar"),
            ("It is [[ground vanilla powder]].", CAT, B, "whole vanilla pods"),
            ("Store them [[in the fridge]] to keep them fresh.", CARE, B, "do not refrigerate"),
            ("Vanilla pods that [[ease anxiety]].", HEALTH, B, "a health claim"),
            (
                "The pods come in [[plastic-free, compostable packaging]].",
                ENV,
                B,
                "vacuum-sealed; no packaging claim",
            ),
        ],
    },
    "T10": {
        "pad": "It comes in Grey Herringbone or Peat Brown.",
        "clean": (
            [
                "Ardara Mill makes this flat cap in Donegal, Ireland, from 100% wool Donegal "
                "tweed.",
                "It has a quilted cotton lining.",
            ],
            "Donegal tweed flat cap, sizes S to XL, €59.",
            "Wool Donegal tweed flat cap made in Ireland, with a quilted cotton lining.",
            "Dry clean it only.",
            (
                "Which size should I pick?",
                "Measure your head: S is 56 cm, M 58 cm, L 60 cm and XL 62 cm.",
            ),
        ),
        "faulty": [
            ("The tweed is [[a wool and cashmere blend]].", MAT, B, "100% wool tweed"),
            ("Tweed flat cap, sizes [[XS to XXL]].", SIZE, B, "sizes S to XL"),
            ("Tweed flat cap [[woven in Harris, Scotland]].", ORIG, B, "made in Donegal, Ireland"),
            ("It has [[a satin lining]].", MAT, B, "quilted cotton lining"),
            ("It is [[machine washable]].", CARE, B, "dry clean only"),
            ("Tweed cap in [[navy]].", COL, B, "Grey Herringbone or Peat Brown"),
            ("It is [[fully waterproof]].", FEAT, B, "no waterproofing is listed"),
        ],
    },
    "T11": {
        "pad": "It is hand-painted.",
        "clean": (
            [
                "This nutcracker king from Drechslerei Seiffenblick is turned by hand in the "
                "Erzgebirge, "
                "Germany.",
                "It stands 30 cm tall, about 12 inches, and is made of beech and lime wood.",
            ],
            "Handbemalter Nussknacker aus dem Erzgebirge, 30 cm hoch, 69 €.",
            "Nussknacker König aus Buche und Linde, handgedrechselt im Erzgebirge.",
            "Wipe it with a dry cloth only.",
            ("Does it really crack nuts?", "Yes, it cracks hazelnuts and walnuts."),
        ),
        "faulty": [
            ("The figure is turned from [[solid oak]].", MAT, B, "beech and lime wood"),
            ("Nussknacker, [[45 cm]] hoch.", NUM, B, "30 cm tall"),
            ("Handbemalter Nussknacker [[aus dem Schwarzwald]].", ORIG, B, "from the Erzgebirge"),
            ("It [[plays a tune when you crack a nut]].", FEAT, B, "no music box is listed"),
            ("It comes with [[a five-year warranty]].", WARR, B, "no warranty is listed"),
            ("Nussknacker König, [[59 €]].", PRICE, B, "the price is 69 €"),
        ],
    },
    "T12": {
        "pad": "It has no added perfume and no colouring.",
        "clean": (
            [
                "Savonnerie du Vieux-Port cooks this soap in a cauldron in Marseille, France.",
                "It is made with 72% olive oil and weighs 300 g, about 10.6 oz.",
            ],
            "Cube de savon de Marseille à 72 % d'huile d'olive, 300 g, 7,50 €.",
            "Savon de Marseille sans parfum ni colorant, pour le linge et la toilette.",
            "Use it for laundry or for washing.",
            ("Is it vegan?", "Yes, it is vegan: its oil is olive oil."),
        ),
        "faulty": [
            ("It is made with [[goat's milk]].", MAT, B, "olive oil, soda, water, salt"),
            ("Savon de Marseille [[parfumé à la lavande]].", FEAT, B, "no added perfume"),
            ("Savon cuit au chaudron [[à Nyons]].", ORIG, B, "made in Marseille"),
            ("It contains [[98% olive oil]].", NUM, B, "72% olive oil"),
            ("It [[heals eczema and psoriasis]].", HEALTH, B, "a health claim"),
            ("Savon de Marseille [[certifié bio]].", CERT, B, "no certification is given"),
        ],
    },
    "T13": {
        "pad": "The buckle is solid brass.",
        "clean": (
            [
                "Pelletteria Arno cuts and stitches this vegetable-tanned leather belt by hand "
                "in Florence, "
                "Italy.",
                "It is 3.5 cm wide, about 1.4 inches, in Cuoio naturale or Testa di moro.",
            ],
            "Cintura in cuoio con fibbia in ottone, taglie 90, 100 e 110, 65 €.",
            "Cintura in cuoio conciato al vegetale, tagliata e cucita a mano a Firenze.",
            "Pick your size, 90, 100 or 110 cm, from the options.",
            ("What is the buckle made of?", "Solid brass."),
        ),
        "faulty": [
            ("It is [[4 cm]] wide.", NUM, B, "3.5 cm wide"),
            ("Cintura in [[pelle di vitello cromata]].", MAT, B, "vegetable-tanned leather"),
            ("Cintura cucita a mano [[a Milano]].", ORIG, B, "made in Florence"),
            ("It comes in [[black]] as well.", COL, B, "Cuoio naturale or Testa di moro"),
            ("It is [[our best-selling belt]].", SOCIAL, W, "unverifiable social proof"),
            ("Cintura in cuoio, taglie [[da 80 a 120]].", SIZE, B, "sizes 90, 100 and 110"),
        ],
    },
    "T14": {
        "pad": "The sole is jute with rubber.",
        "clean": (
            [
                "Alpargatería del Cidacos sews these espadrilles by hand in Cervera del Río "
                "Alhama, "
                "La Rioja, Spain.",
                "The upper is cotton canvas, in Azul marino or Crudo.",
            ],
            "Alpargatas de yute y lona, tallas 38 a 42, 35 €.",
            "Alpargatas cosidas a mano en La Rioja con suela de yute y lona de algodón.",
            "Clean them with a damp cloth; do not machine wash them.",
            ("What sizes are there?", "EU sizes 38 to 42."),
        ),
        "faulty": [
            ("The upper is [[suede]].", MAT, B, "cotton canvas"),
            ("Alpargatas de yute, tallas [[35 a 46]].", SIZE, B, "sizes 38 to 42"),
            ("Alpargatas de lona [[hechas en Portugal]].", ORIG, B, "made in La Rioja, Spain"),
            ("They are [[machine washable]].", CARE, B, "do not machine wash"),
            ("They come in [[six colours]].", NUM, B, "two colours"),
            ("Alpargatas [[impermeables]].", FEAT, B, "no waterproofing is listed"),
        ],
    },
    "T15": {
        "pad": "The back is cotton fabric.",
        "clean": (
            [
                "Uşak Tezgâhı's kilim cushion cover is woven on a hand loom in Uşak, Turkey.",
                "It measures 40 x 40 cm, about 16 x 16 inches, and closes with a zip.",
            ],
            "Yün kilim yastık kılıfı, 40 x 40 cm, 1.450 ₺.",
            "Uşak'ta el tezgâhında dokunmuş yün kilim yastık kılıfı, fermuarlı.",
            "The filling is not included, and dry cleaning is recommended.",
            ("What is it made of?", "A wool kilim front and a cotton back."),
        ),
        "faulty": [
            ("It [[comes with a feather insert]].", FEAT, B, "the filling is not included"),
            ("Kilim yastık kılıfı, [[50 x 50 cm]].", NUM, B, "40 x 40 cm"),
            ("[[İpek]] kilim yastık kılıfı, fermuarlı.", MAT, B, "a wool front"),
            ("It is [[made in Konya]].", ORIG, B, "woven in Uşak"),
            ("It is [[the finest kilim in Turkey]].", ABS, W, "an unprovable superlative"),
            ("El dokuması yastık kılıfı, [[990 ₺]].", PRICE, B, "the price is 1.450 ₺"),
        ],
    },
    "T16": {
        "pad": "It is made by hand in Odate, Akita, Japan.",
        "clean": (
            [
                "This magewappa bento box is made from Akita cedar and has a urethane finish.",
                "It holds 650 ml in one tier.",
            ],
            "秋田杉の曲げわっぱ弁当箱、650ml、8,800円。",
            "大館の職人が手作りした秋田杉の曲げわっぱ弁当箱、一段650ml。",
            "Do not put it in the dishwasher or the microwave.",
            ("How much does it hold?", "It holds 650 ml."),
        ),
        "faulty": [
            ("It has [[two tiers]].", NUM, B, "one tier"),
            ("曲げわっぱ弁当箱、[[ヒノキ]]製。", MAT, B, "Akita cedar"),
            ("[[電子レンジ対応]]の曲げわっぱ弁当箱。", CARE, B, "not for the microwave"),
            ("It is [[lacquered with natural urushi]].", MAT, B, "a urethane finish"),
            ("It is [[made in Kyoto]].", ORIG, B, "made in Odate, Akita"),
            ("曲げわっぱ弁当箱、[[6,800円]]。", PRICE, B, "the price is 8,800 yen"),
        ],
    },
    "T17": {
        "pad": "It charges by USB-C.",
        "clean": (
            [
                "The Trailspark 400 from Ember Ridge is a rechargeable headlamp with a 400 "
                "lumen white beam "
                "and a red light.",
                "It weighs 78 g, under 3 oz, with the strap.",
            ],
            "400 lumen rechargeable headlamp, IPX6, $35.",
            "Rechargeable USB-C headlamp with a 400 lumen beam, a red light mode and an IPX6 "
            "rating.",
            "It runs 4 hours on high and 40 hours on low.",
            ("What battery does it use?", "Its 1500 mAh battery, charged by USB-C."),
        ),
        "faulty": [
            ("It puts out [[1000 lumens]].", NUM, B, "400 lumens"),
            (
                "Headlamp that [[also runs on AAA batteries]].",
                COMPAT,
                B,
                "a built-in rechargeable battery",
            ),
            ("Rechargeable headlamp with [[a motion sensor]].", FEAT, B, "no sensor is listed"),
            ("It is [[rated IPX8 for diving]].", CERT, B, "rated IPX6"),
            ("It is [[the lightest headlamp you can buy]].", ABS, W, "an unprovable superlative"),
            ("Headlamp with a [[blue]] strap.", COL, W, "no colour is given"),
        ],
    },
    "T18": {
        "pad": "It has reflective stitching.",
        "clean": (
            [
                "Muddy Paws Supply's harness has a front clip and a back clip for the lead.",
                "It comes in Orange or Black, in sizes S, M and L.",
            ],
            "No-pull padded dog harness, S and M $32, L $36.",
            "Padded no-pull dog harness with front and back clips and reflective stitching.",
            "Machine wash it in a laundry bag.",
            (
                "Which size fits my dog?",
                "Measure the chest: S fits 40-55 cm, M 55-70 cm and L 70-90 cm.",
            ),
        ),
        "faulty": [
            ("It is [[recommended by vets]].", CERT, B, "no endorsement is given"),
            ("Dog harness in size L for [[$32]].", PRICE, B, "size L is $36"),
            ("No-pull harness that also fits [[cats and rabbits]].", COMPAT, B, "a dog harness"),
            ("The webbing is [[leather]].", MAT, B, "nylon webbing"),
            ("It [[stops all pulling on the first walk]].", ABS, W, "an absolute promise"),
            ("Dog harness, sizes [[XS to XL]].", SIZE, B, "sizes S, M and L"),
        ],
    },
    "T19": {
        "pad": "It fills by piston.",
        "clean": (
            [
                "The Lumen from Formosa Ink Works is made in Taichung, Taiwan, with a resin "
                "body and a "
                "stainless steel nib.",
                "It holds 1.2 ml of bottled ink.",
            ],
            "Piston fountain pen in Amber or Smoke, Fine or Medium nib, $59.",
            "Piston-filling fountain pen with a steel nib, made in Taiwan.",
            "Ink is not included.",
            ("Which nib sizes are there?", "Fine or Medium."),
        ),
        "faulty": [
            ("The nib is [[14k gold]].", MAT, B, "stainless steel nib"),
            ("Fountain pen with [[a Broad nib]].", SIZE, B, "Fine or Medium"),
            (
                "Fountain pen that [[takes standard international cartridges]].",
                COMPAT,
                B,
                "a piston filler for bottled ink",
            ),
            ("It is [[a rollerball pen]].", CAT, B, "a fountain pen"),
            ("It is [[made in Japan]].", ORIG, B, "made in Taichung, Taiwan"),
            ("Piston fountain pen, [[$49]].", PRICE, B, "the price is $59"),
        ],
    },
    "T20": {
        "pad": "It measures energy use in its app.",
        "clean": (
            [
                "Voltnest's smart plug fits type F (Schuko) sockets and works with Alexa and "
                "Google Home.",
                "It handles up to 16 A and 3680 W.",
            ],
            "Wi-Fi smart plug with energy monitoring, 2-pack €29 or 4-pack €49.",
            "Type F Wi-Fi smart plug with an energy monitor, for Alexa and Google Home.",
            "It needs 2.4 GHz Wi-Fi.",
            ("Can I use it outside?", "No, it is for indoor use only."),
        ),
        "faulty": [
            ("It [[works with Apple HomeKit]] too.", COMPAT, B, "Alexa and Google Home only"),
            ("Wi-Fi smart plug, [[6-pack]].", SIZE, B, "2-pack or 4-pack"),
            ("Energy-monitoring smart plug [[for UK sockets]].", COMPAT, B, "type F sockets"),
            ("It handles up to [[4000 W]].", NUM, B, "3680 W"),
            ("It is [[rated for outdoor use]].", FEAT, B, "indoor use only"),
            (
                "Smart plug that [[makes your home carbon neutral]].",
                ENV,
                B,
                "an environmental claim",
            ),
        ],
    },
    "T21": {
        "pad": "It comes in a resealable 200 g pouch.",
        "clean": (
            [
                "Andes Root Co's maca is raw yellow maca root grown in Junín, Peru, dried in "
                "the sun and "
                "milled fine.",
                "It is USDA Organic.",
            ],
            "Raw organic maca powder from Peru, 200 g, $18.",
            "USDA Organic raw yellow maca powder from Junín, Peru, in a 200 g resealable pouch.",
            "Stir a teaspoon into a smoothie or porridge.",
            ("What is in it?", "Only maca root."),
        ),
        "faulty": [
            ("It [[boosts fertility and balances hormones]].", HEALTH, B, "a health claim"),
            ("Maca powder, [[gelatinized]] for easy digestion.", FEAT, B, "raw maca"),
            ("[[Black]] maca powder from Junín, Peru.", COL, B, "yellow maca"),
            ("It is [[from Bolivia]].", ORIG, B, "grown in Junín, Peru"),
            ("It is [[mixed with cacao and cinnamon]].", MAT, B, "maca root only"),
            ("Organic maca powder, [[500 g]].", NUM, B, "200 g"),
        ],
    },
    "T22": {
        "pad": "It comes with its tejolote, the grinding stone.",
        "clean": (
            [
                "Casa Comonfort carves this molcajete by hand from volcanic basalt in "
                "Comonfort, Guanajuato, "
                "Mexico.",
                "It is 20 cm across, about 8 inches, and weighs 4.5 kg, nearly 10 lb.",
            ],
            "Hand-carved basalt molcajete and tejolote, 20 cm, $65.",
            "Volcanic basalt molcajete carved by hand in Mexico, 20 cm across.",
            "Season it before first use by grinding rice.",
            ("How do I clean it?", "Rinse it with water only; do not use soap."),
        ),
        "faulty": [
            ("It is carved from [[granite]].", MAT, B, "volcanic basalt"),
            ("Basalt molcajete, [[15 cm]] across.", NUM, B, "20 cm across"),
            ("Basalt molcajete [[made in Oaxaca]].", ORIG, B, "made in Comonfort, Guanajuato"),
            ("It is [[dishwasher safe]].", CARE, B, "hand wash with water only"),
            (
                "It is [[pre-seasoned]], so no preparation is needed.",
                FEAT,
                B,
                "season before first use",
            ),
            ("Basalt molcajete, [[$75]].", PRICE, B, "the price is $65"),
        ],
    },
    "T23": {
        "pad": "They are for indoor wear only.",
        "clean": (
            [
                "Dar Tannery's babouches are stitched by hand in Fes, Morocco, from sheepskin "
                "leather.",
                "They have a leather sole and come in Saffron, Natural or Red.",
            ],
            "Handmade leather babouche slippers, EU 38 to 45, $45.",
            "Sheepskin babouche slippers stitched by hand in Fes, in three colours.",
            "Wear them indoors only.",
            ("What sizes are there?", "EU sizes 38 to 45."),
        ),
        "faulty": [
            ("The sole is [[rubber]].", MAT, B, "a leather sole"),
            ("Leather babouches [[in Blue and Green]].", COL, B, "Saffron, Natural or Red"),
            ("Babouche slippers [[made in Marrakech]].", ORIG, B, "made in Fes"),
            ("They [[come in children's sizes]] too.", SIZE, B, "EU 38 to 45"),
            ("They are [[suitable for outdoor wear]].", FEAT, B, "indoor wear only"),
            ("Babouches in [[camel leather]].", MAT, B, "sheepskin leather"),
        ],
    },
    "T24": {
        "pad": "Each coaster has a felt backing.",
        "clean": (
            [
                "Tabaka Stoneworks carves these four coasters by hand from soapstone in Tabaka, "
                "Kisii, "
                "Kenya.",
                "Each is 10 cm across, about 4 inches.",
            ],
            "Set of four hand-carved Kisii soapstone coasters, $28.",
            "Hand-carved soapstone coasters from Kenya, set of 4, with felt backing.",
            "Wipe them with a damp cloth.",
            ("Are they all the same?", "No, each stone has its own veining."),
        ),
        "faulty": [
            ("The set has [[six]] coasters.", NUM, B, "four coasters"),
            ("Coasters carved [[from marble]].", MAT, B, "soapstone"),
            ("Hand-carved coasters [[made in Tanzania]].", ORIG, B, "carved in Tabaka, Kenya"),
            ("They are [[heat-proof up to 500 °C]].", FEAT, B, "no heat rating is listed"),
            ("They are [[dishwasher safe]].", CARE, B, "wipe with a damp cloth"),
            (
                "Soapstone coasters [[loved by 5,000 customers]].",
                SOCIAL,
                W,
                "unverifiable social proof",
            ),
        ],
    },
    "T25": {
        "pad": "It comes in a 250 ml glass jar.",
        "clean": (
            [
                "Fundy Shore Preserves makes this jam in small batches in Nova Scotia, Canada.",
                "It contains wild blueberries, cane sugar, lemon juice and fruit pectin.",
            ],
            "Small-batch wild blueberry jam from Nova Scotia, 250 ml, CA$11.",
            "Wild blueberry jam made in small batches in Nova Scotia with cane sugar and lemon.",
            "Refrigerate it after opening and use it within three weeks.",
            ("Is there added sugar?", "Yes, it contains cane sugar."),
        ),
        "faulty": [
            ("It is [[sweetened with maple syrup]].", MAT, B, "cane sugar"),
            ("Wild blueberry jam, [[500 ml]].", NUM, B, "250 ml"),
            ("Wild blueberry jam [[with no added sugar]].", FEAT, B, "contains cane sugar"),
            ("It is [[made in Maine]].", ORIG, B, "made in Nova Scotia, Canada"),
            (
                "It [[keeps for a year after opening]].",
                CARE,
                B,
                "use within three weeks of opening",
            ),
            ("Wild blueberry jam, [[CA$9]].", PRICE, B, "the price is CA$11"),
        ],
    },
    "T26": {
        "pad": "Knives are sharpened on a whetstone.",
        "clean": (
            [
                "Keen Edge Mobile sharpens kitchen knives at your door within 20 km of the "
                "Auckland CBD.",
                "Straight-edge knives are NZ$8 each and serrated knives NZ$12, with a minimum "
                "of five "
                "knives.",
            ],
            "Mobile whetstone knife sharpening in Auckland, from NZ$8 a knife.",
            "Knife sharpening at your door in Auckland: NZ$8 a straight edge, NZ$12 serrated.",
            "Book at least two days ahead; your knives are returned the same visit.",
            ("Do you sharpen ceramic knives?", "No, we do not sharpen ceramic knives."),
        ),
        "faulty": [
            ("We cover [[50 km]] around the Auckland CBD.", NUM, B, "within 20 km"),
            ("Serrated knives sharpened for [[NZ$8]] each.", PRICE, B, "serrated knives are NZ$12"),
            (
                "Knife sharpening in Auckland, [[same day with no booking needed]].",
                SHIP,
                B,
                "book at least two days ahead",
            ),
            ("We [[sharpen ceramic knives]] as well.", FEAT, B, "no ceramic knives"),
            ("There is [[no minimum]] number of knives.", FEAT, B, "five knives minimum"),
            (
                "Knife sharpening [[with a 12-month edge guarantee]].",
                WARR,
                B,
                "no guarantee is given",
            ),
        ],
    },
    "T27": {
        "pad": "It is sold by Oakhollow.",
        "clean": (
            ["This wooden spoon costs $9."],
            "Oakhollow wooden spoon, $9.",
            "A wooden spoon from Oakhollow for $9.",
            "It is a wooden spoon from Oakhollow, priced at $9.",
            ("How much is it?", "$9."),
        ),
        "faulty": [
            ("It is carved from [[olive wood]].", MAT, B, "no wood species is given"),
            ("Wooden spoon, [[30 cm]] long.", NUM, B, "no length is given"),
            ("Wooden spoon [[made in Italy]].", ORIG, B, "no origin is given"),
            ("It ships in [[100% recycled packaging]].", ENV, B, "no packaging claim is given"),
            ("It is [[FSC certified]].", CERT, B, "no certification is given"),
            ("Wooden spoons, [[set of three]].", NUM, B, "one spoon"),
        ],
    },
    "T28": {
        "pad": "It burns for about 40 hours.",
        "clean": (
            ["This scented candle costs $18."],
            "Scented candle, 40-hour burn time, $18.",
            "A scented candle with a 40-hour burn time.",
            "It has a burn time of 40 hours and costs $18.",
            ("How long does it burn?", "About 40 hours."),
        ),
        "faulty": [
            ("It is [[hand-poured soy wax]].", MAT, B, "no wax is given"),
            ("Scented candle, [[60-hour]] burn time.", NUM, B, "40 hours"),
            ("Candle [[scented with lavender and cedar]].", MAT, B, "no scent is given"),
            ("It is [[non-toxic and safe to breathe]].", HEALTH, B, "a health claim"),
            (
                "It is [[the longest-burning candle on the market]].",
                ABS,
                W,
                "an unprovable superlative",
            ),
            ("Scented candle in [[sage green]].", COL, W, "no colour is given"),
        ],
    },
    "T29": {
        "pad": "Each item is sold on its own.",
        "clean": (
            [
                "Threadwell's starter set gathers a 20 cm beech hoop, a 24-skein cotton thread "
                "pack, ten "
                "needles and 14-count Aida cloth.",
                "The hoop is $6, the threads $12, the needles $4 and the cloth $9, $31 for all "
                "four.",
            ],
            "Embroidery starter items from Threadwell, each sold on its own: $31 for all four.",
            "Embroidery starter set: beech hoop, 24 cotton skeins, needles and 14-count Aida "
            "cloth.",
            "Each item is sold on its own, so buy only what you need.",
            ("How big is the cloth?", "The Aida cloth is 50 x 50 cm, about 20 x 20 inches."),
        ),
        "faulty": [
            ("The thread pack has [[36]] skeins.", NUM, B, "24 skeins"),
            (
                "Embroidery starter set, [[$25]] for everything.",
                PRICE,
                B,
                "the four items total $31",
            ),
            ("Embroidery starter set [[by DMC]].", BRAND, B, "the vendor is Threadwell"),
            ("The hoop is [[bamboo]].", MAT, B, "a beech hoop"),
            ("The set [[includes a printed pattern]].", FEAT, B, "no pattern is listed"),
            ("Embroidery set with [[18-count]] Aida cloth.", SIZE, B, "14-count Aida"),
        ],
    },
    "T30": {
        "pad": "Its shell is powder-coated steel.",
        "clean": (
            [
                "The Emberline 16 is a gas-fired outdoor pizza oven for pizzas up to 16 in, "
                "sold and shipped "
                "by our partner Emberline Outdoor.",
                "It reaches 500 °C in about 20 minutes and bakes on a cordierite stone.",
            ],
            "Gas pizza oven for 16 in pizzas, 18 kg, $399.",
            "Propane outdoor pizza oven with a cordierite stone; reaches 500 °C in about 20 "
            "minutes.",
            "Emberline Outdoor handles delivery, returns and the two-year warranty; delivery "
            "takes 5-8 "
            "working days.",
            ("Can I use it indoors?", "No, it is for outdoor use only."),
        ),
        "faulty": [
            ("It [[also burns wood pellets]].", COMPAT, B, "propane only"),
            ("Gas pizza oven for [[20 in]] pizzas.", NUM, B, "pizzas up to 16 in"),
            (
                "Outdoor pizza oven [[delivered in 48 hours]].",
                SHIP,
                B,
                "delivery in 5-8 working days",
            ),
            (
                "It comes with [[a ten-year warranty]].",
                WARR,
                B,
                "a two-year warranty from the partner",
            ),
            ("It reaches [[700 °C]].", NUM, B, "500 °C"),
            ("Gas pizza oven [[by Ooni]].", BRAND, B, "sold by Emberline Outdoor"),
        ],
    },
}


def _html(sentences):
    return "<p>" + html.escape(" ".join(sentences), quote=False) + "</p>"


def _serialise(kind, sentences, key, question=GENERAL_Q):
    if kind in ("description", "short_description"):
        return _html(sentences)
    if kind == "seo":
        lst = make_listings.LISTINGS[key]
        title = f"{lst['title']} | {lst['vendor']}" if lst["vendor"] else lst["title"]
        return json.dumps({"title": title, "description": " ".join(sentences)}, ensure_ascii=False)
    assert kind == "faq", kind
    return json.dumps([{"question": question, "answer": " ".join(sentences)}], ensure_ascii=False)


def _strip_marks(marked):
    """The sentence without its [[...]] marks, and the marked claim."""
    assert marked.count("[[") == 1 and marked.count("]]") == 1, marked
    claim = marked[marked.index("[[") + 2 : marked.index("]]")]
    return marked.replace("[[", "").replace("]]", ""), claim


def _locate(kind, text, claim):
    """(start, end, claim as stored) of the claim's one occurrence in the serialised draft."""
    if kind in ("description", "short_description"):
        stored = html.escape(claim, quote=False)
    else:
        stored = json.dumps(claim, ensure_ascii=False)[1:-1]
    assert text.count(stored) == 1, (text, stored)
    start = text.index(stored)
    return start, start + len(stored), stored


def build():
    clean: list[dict[str, Any]] = []
    faulty: list[dict[str, Any]] = []
    for key, entry in H.items():
        desc, short, seo, general, (question, answer) = entry["clean"]
        for kind, sentences, q in (
            ("description", [*desc, entry["pad"]], GENERAL_Q),
            ("short_description", [short], GENERAL_Q),
            ("seo", [seo], GENERAL_Q),
            ("faq", [general], GENERAL_Q),
            ("faq", [answer], question),
        ):
            clean.append(
                {
                    "listing": key,
                    "kind": kind,
                    "text": _serialise(kind, sentences, key, q),
                    "labels": [],
                }
            )
        for kind, (marked, rule, severity, why) in zip(FAULTY_KINDS, entry["faulty"], strict=False):
            sentence, claim = _strip_marks(marked)
            sentences = [sentence, entry["pad"]] if kind == "description" else [sentence]
            text = _serialise(kind, sentences, key)
            start, end, stored = _locate(kind, text, claim)
            faulty.append(
                {
                    "listing": key,
                    "kind": kind,
                    "text": text,
                    "labels": [
                        {
                            "rule": rule,
                            "start": start,
                            "end": end,
                            "claim": stored,
                            "severity": severity,
                            "why": why,
                        }
                    ],
                }
            )
    return clean, faulty
