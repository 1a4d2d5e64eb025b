"""Hand-written clean and faulty drafts for guardrails holdout v34.

Each listing has a `pad` (one true sentence added to every description), five clean pieces (description
sentences, a short description, an SEO description, a one-answer FAQ and a second question with its answer)
and faulty sentences, each with exactly one planted claim marked [[...]].
"""
import html
import json
import re
from typing import Any

import make_listings

NUM, PRI, MAT, COL = "accuracy.number", "accuracy.price", "accuracy.material", "accuracy.colour"
CER, ORI, SIZ, CAT = "accuracy.certification", "accuracy.origin", "accuracy.size", "accuracy.category"
FEA, CAR, WAR, BRA = "accuracy.feature", "accuracy.care", "accuracy.warranty", "accuracy.brand"
COM, SHI, HEA = "accuracy.compatibility", "compliance.shipping", "compliance.health"
ABS, ENV, SOC = "compliance.absolute", "compliance.environmental", "compliance.social_proof"
B, W = "block", "warn"

GENERAL_Q = "What should I know about it?"

# key -> {"pad", "desc", "short", "seo", "faq", "faq2", "faulty": [(rule, severity, why, marked sentence)]}
H: dict[str, dict[str, Any]] = {
    "K01": {
        "pad": "A drawcord closes the top between climbs.",
        "desc": ["A cylindrical chalk bag in ripstop polyester with a fleece lining that releases chalk evenly.",
                 "It has a stiffened 14 cm opening, a brush holder and a 2.5 cm (about 1 inch) waist belt with a "
                 "plastic buckle."],
        "short": "Fleece-lined chalk bag with a 14 cm opening, in teal or rust; chalk not included.",
        "seo": "Fleece-lined ripstop chalk bag with brush holder and waist belt. $24.",
        "faq": "Chalk is not included, and the bag comes in Teal or Rust.",
        "faq2": ("Does it hold a brush?", "Yes, there is a brush holder on the side."),
        "faulty": [
            (MAT, B, "the shell is ripstop polyester", "The shell is [[waxed canvas]] with a fleece lining."),
            (FEA, B, "chalk is not included", "Fleece-lined chalk bag, [[chalk included]]."),
            (COL, B, "Teal and Rust only", "Fleece-lined chalk bag in teal, rust or [[purple]]."),
            (NUM, B, "the opening is 14 cm", "The opening is [[18 cm]] wide."),
            (SOC, W, "unverifiable social proof", "[[Trusted by over 5,000 climbers]]."),
            (ENV, B, "no environmental claim in the listing", "A [[carbon-neutral]] chalk bag with a fleece lining."),
            (SHI, B, "no shipping promise in the listing", "It [[ships free within 24 hours]]."),
        ],
    },
    "K02": {
        "pad": "Wipe it with a damp cloth after practice and let it dry flat.",
        "desc": ["A 4 mm yoga mat with a natural cork top on a natural rubber base.",
                 "It measures 183 x 61 cm, about 72 x 24 inches, and the cork grips better as it gets damp."],
        "short": "Cork-topped yoga mat on natural rubber, 4 mm thick; contains natural rubber latex.",
        "seo": "Natural cork and rubber yoga mat, 183 x 61 cm, 4 mm. $68.",
        "faq": "It weighs 2.4 kg and contains natural rubber latex.",
        "faq2": ("Does it get slippery when I sweat?", "Cork grips better as it gets damp."),
        "faulty": [
            (HEA, B, "the listing says it contains natural rubber latex",
             "The mat is [[latex-free]]."),
            (NUM, B, "4 mm thick", "Cork yoga mat, [[6 mm]] thick, on natural rubber."),
            (SIZ, B, "one size, 183 x 61 cm", "Cork yoga mat, also in an [[extra-long 200 cm]] size."),
            (CAR, B, "wipe clean with a damp cloth only", "It is [[machine washable]] on a gentle cycle."),
            (ENV, B, "no environmental claim in the listing", "[[Every mat plants a tree]]."),
            (ABS, W, "superlative", "[[The grippiest yoga mat you will ever own]]."),
            (WAR, B, "no warranty in the listing", "It carries a [[five-year warranty]]."),
        ],
    },
    "K03": {
        "pad": "Reflective piping runs along the edges.",
        "desc": ["A back-clip dog harness with a padded air mesh chest plate and adjustment at the neck and girth.",
                 "The D-ring is aluminium alloy, and sizes run from S (chest 40-55 cm) to L (70-90 cm)."],
        "short": "Padded back-clip harness in S, M or L; machine wash cold and line dry.",
        "seo": "Padded back-clip dog harness with reflective piping. From $32.",
        "faq": "Measure your dog's chest: M fits a 55-70 cm girth and costs $36.",
        "faq2": ("Can I wash it?", "Yes, machine wash it cold and line dry it."),
        "faulty": [
            (FEA, B, "back clip only", "It has [[a front clip as well as a back clip]]."),
            (PRI, B, "S $32, M $36, L $40", "Padded harness, every size [[$30]]."),
            (SIZ, B, "S, M and L only", "Padded dog harness in S to L and [[XL]]."),
            (MAT, B, "the D-ring is aluminium alloy", "The D-ring is [[solid brass]]."),
            (HEA, B, "health claim", "The padding [[relieves joint pain in older dogs]]."),
            (COM, B, "a dog harness; nothing about cats", "Padded harness that [[also fits cats]]."),
            (SOC, W, "unverifiable rating", "[[Rated 4.9 stars by dog owners]]."),
        ],
    },
    "K04": {
        "pad": "Unplug it before you lift it out of the water.",
        "desc": ["A 100 W submersible heater for freshwater or marine tanks of 60 to 120 litres.",
                 "Set it between 20 and 32 °C on the dial; a light shows when it is heating."],
        "short": "100 W aquarium heater, 26 cm long, with a quartz glass tube and two suction cups.",
        "seo": "100 W submersible heater for 60-120 L fresh or marine tanks. $29.",
        "faq": "It suits tanks of about 16 to 32 US gallons.",
        "faq2": ("Can I use it in a saltwater tank?", "Yes, it works in freshwater and marine tanks."),
        "faulty": [
            (NUM, B, "tanks of 60 to 120 litres", "It heats tanks of up to [[200 litres]]."),
            (FEA, B, "set on the dial; no app", "100 W heater with [[an app to set the temperature]]."),
            (MAT, B, "the tube is quartz glass", "100 W heater with a [[titanium]] tube."),
            (COM, B, "made for tanks; nothing about ponds", "It also works in [[ponds and outdoor water butts]]."),
            (ABS, W, "superlative", "[[The most reliable heater on the market]]."),
            (WAR, B, "no guarantee in the listing", "100 W heater with a [[three-year guarantee]]."),
            (SHI, B, "no shipping promise in the listing", "[[Free next-day delivery]] on every order."),
        ],
    },
    "K05": {
        "pad": "The roof lifts for filling.",
        "desc": ["A hanging bird feeder of western red cedar with a clear acrylic hopper.",
                 "It holds about 1.5 kg of seed (a little over 3 lb), with perches on both sides."],
        "short": "Cedar hanging feeder with an acrylic hopper and a galvanised steel chain.",
        "seo": "Western red cedar bird feeder, holds 1.5 kg of seed. $45.",
        "faq": "The wood is untreated and will weather to silver-grey outdoors.",
        "faq2": ("How do I fill it?", "Lift the roof and pour the seed into the hopper."),
        "faulty": [
            (ORI, B, "the listing gives no origin", "Each one is [[built in Vermont]]."),
            (CAR, B, "no care beyond weathering; untreated wood", "Cedar feeder, [[dishwasher safe]]."),
            (FEA, B, "no cage in the listing", "Cedar feeder with a [[squirrel-proof cage]]."),
            (MAT, B, "the hopper is acrylic", "The hopper is [[glass]]."),
            (ENV, B, "no environmental claim in the listing", "The cedar is [[reclaimed from old barns]]."),
            (CER, B, "no endorsement in the listing", "[[Audubon-approved]] cedar feeder."),
            (NUM, B, "it weighs 1.1 kg", "It weighs [[700 g]] empty."),
        ],
    },
    "K06": {
        "pad": "It fits on the left or right of the bar.",
        "desc": ["A ping bell with a solid brass dome, 55 mm across, and a steel clamp for 22.2 mm handlebars.",
                 "One flick rings for about three seconds."],
        "short": "Solid brass ping bell for 22.2 mm bars, 60 g.",
        "seo": "Brass bike bell, 55 mm dome, clamp for 22.2 mm bars. $18.",
        "faq": "Brass darkens over time; polish it if you like it bright.",
        "faq2": ("Which side of the bar does it go on?", "Left or right, whichever you prefer."),
        "faulty": [
            (COM, B, "the clamp is for 22.2 mm bars", "The clamp fits [[any handlebar from 22 to 35 mm]]."),
            (MAT, B, "solid brass dome", "[[Chrome-plated]] bike bell with a steel clamp."),
            (NUM, B, "rings for about three seconds", "Brass bell that rings for [[ten seconds]]."),
            (CAR, B, "brass darkens; polish it", "It [[never needs polishing]]."),
            (BRA, B, "the vendor is Spokesmith", "It is made for us by [[Shimano]]."),
            (SHI, B, "no shipping promise in the listing", "Brass bell, [[ships same day]]."),
            (ABS, W, "superlative", "[[The loudest bell you can buy]]."),
        ],
    },
    "K07": {
        "pad": "Keep them in their bag, away from hard plastic lures.",
        "desc": ["Twenty-four paddle-tail soft plastic lures, each 7.5 cm (about 3 inches) long.",
                 "Four colours, six of each; rig them on jig heads or weedless hooks, which are not included."],
        "short": "24 salt-scented paddle-tail lures, 7.5 cm, in four colours.",
        "seo": "24 soft plastic paddle-tail lures, 7.5 cm, four colours. $15.",
        "faq": "Hooks and jig heads are not included.",
        "faq2": ("How many colours are there?", "Four colours, six lures of each."),
        "faulty": [
            (FEA, B, "hooks are not included", "Each lure comes [[pre-rigged on a weighted hook]]."),
            (NUM, B, "24 lures", "[[36]] paddle-tail lures in four colours."),
            (COM, B, "nothing about saltwater use", "Paddle-tail lures made for [[saltwater]] fishing."),
            (ENV, B, "soft PVC; no environmental claim", "The plastic is [[biodegradable]]."),
            (HEA, B, "safety claim the listing does not make", "They are [[non-toxic and safe for children]]."),
            (SOC, W, "unverifiable social proof", "[[The lure set anglers keep reordering]]."),
            (PRI, B, "one set is $15; no multi-buy", "[[Two sets for $25]]."),
        ],
    },
    "K08": {
        "pad": "Two spare queens are included.",
        "desc": ["A folding chess board of walnut and maple veneer, 38 x 38 cm open, with 4 cm squares.",
                 "It closes into a case with felt-lined compartments for the hand-finished beech pieces."],
        "short": "Folding walnut and maple chess set, king 7.5 cm tall, two spare queens.",
        "seo": "Folding wooden chess set, 38 x 38 cm board, 4 cm squares. $52.",
        "faq": "The board is about 15 inches square when open.",
        "faq2": ("What are the pieces made of?", "Beech, finished by hand."),
        "faulty": [
            (MAT, B, "walnut and maple veneer", "The board is [[solid walnut]] throughout."),
            (FEA, B, "no weighting in the listing", "Folding chess set with [[weighted pieces]]."),
            (SIZ, B, "one size, 38 x 38 cm", "Folding chess set, also in a [[50 cm tournament size]]."),
            (CER, B, "no approval in the listing", "The board is [[FIDE-approved]]."),
            (NUM, B, "the king is 7.5 cm", "The king stands [[9.5 cm]] tall."),
            (ORI, B, "the listing gives no origin", "Folding chess set [[carved in India]]."),
            (HEA, B, "health claim", "Playing it [[prevents dementia]]."),
        ],
    },
    "K09": {
        "pad": "It is tuned G-C-E-A.",
        "desc": ["A concert ukulele with a laminated mahogany top, back and sides and a walnut fingerboard.",
                 "It has 18 frets, geared tuners and Aquila nylgut strings over a 38 cm (about 15 inch) scale."],
        "short": "Laminated mahogany concert ukulele with Aquila strings and a padded gig bag.",
        "seo": "Concert ukulele in laminated mahogany, 18 frets, gig bag included. $89.",
        "faq": "It is a concert size with geared tuners, tuned G-C-E-A.",
        "faq2": ("Does it come with a case?", "It comes with a padded gig bag."),
        "faulty": [
            (MAT, B, "laminated mahogany top", "The top is [[solid spruce]]."),
            (SIZ, B, "concert size only", "A [[tenor]] ukulele in laminated mahogany."),
            (FEA, B, "no tuner or pickup in the listing", "Mahogany ukulele with [[a built-in tuner and pickup]]."),
            (NUM, B, "18 frets", "It has [[20 frets]]."),
            (BRA, B, "Aquila strings", "It is strung with [[D'Addario]] strings."),
            (ABS, W, "superlative", "[[The best-sounding ukulele you can buy]]."),
            (SHI, B, "no shipping promise in the listing", "[[Delivered free in two days]]."),
        ],
    },
    "K10": {
        "pad": "Soak it in lukewarm water before use.",
        "desc": ["A white bamboo matcha whisk (chasen) with about 100 tines, made in Takayama, Ikoma, Nara "
                 "Prefecture.",
                 "After use, rinse it with water and dry it in the shade on a whisk holder."],
        "short": "奈良県高山の白竹で作られた百本立の茶筅です。",
        "seo": "白竹の茶筅、穂先約100本。¥4,800。",
        "faq": "Rinse it with water after use; it cannot go in the dishwasher.",
        "faq2": ("How many tines does it have?", "About 100."),
        "faulty": [
            (ORI, B, "made in Takayama, Ikoma, Nara", "It is made in [[Kyoto]]."),
            (CAR, B, "食器洗い機は使えません (no dishwasher)", "白竹の茶筅、[[食器洗い機対応]]。"),
            (MAT, B, "白竹 (white bamboo)", "[[黒竹]]の茶筅、穂先約100本。"),
            (NUM, B, "about 100 tines", "It has about [[120 tines]]."),
            (CER, B, "no certification in the listing", "It carries the [[JAS organic]] mark."),
            (CAT, B, "a whisk, not a scoop", "白竹の[[茶杓]]です。"),
            (PRI, B, "¥4,800", "It costs [[¥3,800]]."),
        ],
    },
    "K11": {
        "pad": "Best before five years after it was made.",
        "desc": ["Whole sardines in extra virgin olive oil, caught off the Portuguese coast and canned by hand in "
                 "Matosinhos.",
                 "A 120 g tin, 90 g drained."],
        "short": "Sardinhas inteiras em azeite virgem extra, enlatadas à mão em Matosinhos.",
        "seo": "Sardinhas em azeite virgem extra, lata de 120 g. 4,20 €.",
        "faq": "Each tin holds 120 g, about 4¼ oz, and contains fish.",
        "faq2": ("What oil is used?", "Extra virgin olive oil."),
        "faulty": [
            (MAT, B, "extra virgin olive oil", "They are packed in [[sunflower oil]]."),
            (ORI, B, "canned in Matosinhos", "Sardinhas enlatadas em [[Peniche]]."),
            (FEA, B, "whole sardines", "Sardinhas [[sem espinhas]] em azeite."),
            (NUM, B, "a 120 g tin", "Each tin weighs [[200 g]]."),
            (HEA, B, "health claim", "They [[protect your heart]]."),
            (CER, B, "no certification in the listing", "Sardinhas [[com certificação MSC]]."),
        ],
    },
    "K12": {
        "pad": "It is dishwasher and microwave safe.",
        "desc": ["A stoneware mug hand-stamped with the peacock eye pattern, made in Bolesławiec, Poland.",
                 "It holds 350 ml, about 12 fl oz, in cobalt or green."],
        "short": "Kamionkowy kubek z Bolesławca, 350 ml, ręcznie stemplowany.",
        "seo": "Kubek z Bolesławca w pawie oczko, 350 ml. 69 zł.",
        "faq": "Do not use it on the stovetop.",
        "faq2": ("Can it go in the dishwasher?", "Yes, and in the microwave."),
        "faulty": [
            (MAT, B, "kamionka (stoneware)", "It is [[porcelain]]."),
            (COL, B, "Kobaltowy and Zielony only", "Kubek w kolorze [[czerwonym]]."),
            (COM, B, "nie nadaje się na płytę kuchenną (not for the stovetop)",
             "Kubek, [[można stawiać na płycie indukcyjnej]]."),
            (NUM, B, "350 ml", "It holds [[500 ml]]."),
            (ORI, B, "made in Bolesławiec", "It is made in [[Kraków]]."),
            (FEA, B, "stamped, not brush-painted", "Kubek [[malowany pędzlem]]."),
        ],
    },
    "K13": {
        "pad": "The heel and toe are reinforced.",
        "desc": ["Thick socks of 80 % Norwegian wool and 20 % nylon, knitted in Ålesund, Norway.",
                 "Wash them on a wool cycle at 30 °C and dry them flat."],
        "short": "Tykke ullsokker strikket i Ålesund, i størrelse 36-38, 39-41 og 42-44.",
        "seo": "Ullsokker i 80 % norsk ull, strikket i Ålesund. 229 kr.",
        "faq": "Three sizes: 36-38, 39-41 and 42-44.",
        "faq2": ("Can they go in the washing machine?", "Yes, on a wool cycle at 30 °C; dry them flat."),
        "faulty": [
            (MAT, B, "80 % Norwegian wool, 20 % nylon", "They are [[100 % merino]]."),
            (SIZ, B, "adult sizes 36-44 only", "Ullsokker, også i [[barnestørrelser]]."),
            (CAR, B, "dry flat", "Ullsokker som [[tåler tørketrommel]]."),
            (ORI, B, "knitted in Ålesund", "Knitted in [[Bergen]]."),
            (ABS, W, "superlative", "[[The warmest socks in Norway]]."),
            (ENV, B, "no environmental claim in the listing", "[[Klimanøytrale]] ullsokker."),
        ],
    },
    "K14": {
        "pad": "Infuse the threads in warm water for 15 minutes before adding them to rice.",
        "desc": ["Saffron threads with the Protected Designation of Origin Azafrán de La Mancha, harvested by hand "
                 "in Consuegra, Toledo.",
                 "A 1 g box."],
        "short": "Azafrán en hebras D.O.P. La Mancha, cosechado a mano en Consuegra.",
        "seo": "Azafrán D.O.P. La Mancha en hebras, caja de 1 g. 9,50 €.",
        "faq": "It comes from Consuegra, in the province of Toledo, Spain.",
        "faq2": ("How much is in the box?", "1 g of threads."),
        "faulty": [
            (CER, B, "D.O.P. only; no organic label", "It also carries the [[EU organic]] label."),
            (FEA, B, "threads, not powder", "Azafrán [[en polvo]], D.O.P. La Mancha."),
            (ORI, B, "Consuegra, Toledo", "Azafrán cosechado en [[Valencia]]."),
            (NUM, B, "a 1 g box", "Each box holds [[2 g]]."),
            (HEA, B, "health claim", "Saffron [[lifts your mood]]."),
            (SOC, W, "unverifiable social proof", "[[El azafrán favorito de los chefs]]."),
        ],
    },
    "K15": {
        "pad": "Keep it somewhere dry and out of long rain.",
        "desc": ["A conical hat (nón lá) made by hand in Tây Hồ village, Huế, from palm leaves and bamboo.",
                 "It is 40 cm across, about 16 inches, with a fabric strap."],
        "short": "Nón lá làm thủ công ở Huế, đường kính 40 cm.",
        "seo": "Nón lá Huế làm thủ công từ lá cọ và tre. 180.000 ₫.",
        "faq": "It is made of palm leaves and bamboo, with a fabric strap.",
        "faq2": ("Is it waterproof?", "Keep it dry; it should not stay out in long rain."),
        "faulty": [
            (ORI, B, "made in Tây Hồ, Huế", "It is made in [[Hội An]]."),
            (SIZ, B, "one size, 40 cm", "Nón lá, có cỡ [[trẻ em 30 cm]]."),
            (MAT, B, "lá cọ (palm leaves)", "Nón lá làm từ [[lá chuối]]."),
            (FEA, B, "keep it out of long rain", "It is [[fully waterproof]]."),
            (COL, W, "a colour on a colourless listing", "It comes in natural or [[red]]."),
            (CAT, B, "a hat, not a fan", "Chiếc [[quạt tay]] làm từ lá cọ."),
        ],
    },
    "K16": {
        "pad": "Store it cool and dry.",
        "desc": ["Milk chocolate with at least 32 % cocoa and whole roasted hazelnuts, made in Lucerne, "
                 "Switzerland.",
                 "A 100 g bar that contains milk and hazelnuts."],
        "short": "Milchschokolade mit ganzen Haselnüssen aus Luzern, 100 g.",
        "seo": "Alpenmilch-Schokolade mit ganzen Haselnüssen, 100 g. CHF 6.90.",
        "faq": "It contains milk and hazelnuts and may contain traces of soy.",
        "faq2": ("How big is the bar?", "100 g, about 3½ oz."),
        "faulty": [
            (HEA, B, "may contain traces of soy", "It is [[soy-free]]."),
            (NUM, B, "at least 32 % cocoa", "Milchschokolade mit [[45 %]] Kakao."),
            (ORI, B, "made in Luzern", "Schokolade aus [[Zürich]]."),
            (MAT, B, "no such ingredient in the listing", "It is sweetened with [[coconut sugar]]."),
            (CER, B, "no certification in the listing", "It is [[Fairtrade certified]]."),
            (BRA, B, "the vendor is Chocolaterie Rigi", "Schokolade von [[Lindt]]."),
        ],
    },
    "K17": {
        "pad": "Hand wash it cold with wool soap and dry it flat.",
        "desc": ["A scarf woven from 100 % baby alpaca in Arequipa, Peru.",
                 "It measures 180 x 30 cm, about 71 x 12 inches, with short fringes, in camel or charcoal."],
        "short": "Baby alpaca scarf from Arequipa, 180 x 30 cm, camel or charcoal.",
        "seo": "Baby alpaca scarf woven in Arequipa, Peru. S/ 320.",
        "faq": "Do not tumble dry it; dry it flat.",
        "faq2": ("What is it made of?", "100 % baby alpaca."),
        "faulty": [
            (MAT, B, "100 % baby alpaca", "It is [[blended with silk]] for sheen."),
            (ORI, B, "woven in Arequipa", "Baby alpaca scarf woven in [[Cusco]]."),
            (CAR, B, "hand wash cold", "Baby alpaca scarf, [[machine washable]]."),
            (HEA, B, "health claim", "Alpaca is [[hypoallergenic]]."),
            (COL, B, "Camel and Charcoal only", "Camel, charcoal or [[ivory]]."),
            (ENV, B, "no environmental claim in the listing", "A [[zero-waste]] baby alpaca scarf."),
        ],
    },
    "K18": {
        "pad": "Keep the bag well closed.",
        "desc": ["Whole arabica beans, medium roasted, grown in the Alta Mogiana region of São Paulo, Brazil.",
                 "A 250 g bag with a valve, with notes of chocolate and caramel."],
        "short": "Café arábica em grãos da Alta Mogiana, torra média, 250 g.",
        "seo": "Café arábica em grãos, torra média, Alta Mogiana. R$ 42,90.",
        "faq": "The beans are whole; the bag holds 250 g, about 8¾ oz.",
        "faq2": ("What does it taste like?", "Notes of chocolate and caramel."),
        "faulty": [
            (FEA, B, "whole beans", "The beans come [[ground for espresso]]."),
            (ORI, B, "Alta Mogiana, São Paulo", "Café do [[Sul de Minas]]."),
            (NUM, B, "a 250 g bag", "Café arábica, pacote de [[500 g]]."),
            (MAT, B, "arabica", "It is [[100 % robusta]]."),
            (CER, B, "no certification in the listing", "It is [[Rainforest Alliance certified]]."),
            (HEA, B, "health claim", "Café que [[acelera o metabolismo]]."),
        ],
    },
    "K19": {
        "pad": "The LEDs are built in and cannot be replaced.",
        "desc": ["An LED desk lamp that clamps to desks up to 5 cm thick, with two 40 cm arms that fold and turn.",
                 "Choose 3000, 4000 or 5000 K and dim it steplessly."],
        "short": "Clamp-on LED desk lamp with three colour temperatures, in white or graphite.",
        "seo": "Clamp LED desk lamp, stepless dimming, USB-C. $58.",
        "faq": "The USB-C cable and 12 W adapter are included.",
        "faq2": ("How thick a desk does it fit?", "Up to 5 cm, about 2 inches."),
        "faulty": [
            (FEA, B, "no charger in the listing", "It has [[a wireless phone charger]] in the base."),
            (COM, B, "no smart-home support in the listing", "LED lamp [[that works with Alexa]]."),
            (NUM, B, "three colour temperatures", "LED desk lamp with [[five]] colour temperatures."),
            (WAR, B, "no warranty in the listing", "It has a [[lifetime warranty]]."),
            (ENV, B, "no environmental claim in the listing", "It is [[made from recycled aluminium]]."),
            (COL, B, "White and Graphite only", "LED lamp in white, graphite or [[rose gold]]."),
        ],
    },
    "K20": {
        "pad": "Two brush heads are included.",
        "desc": ["A rechargeable sonic toothbrush with clean, sensitive and polish modes and a two-minute timer "
                 "that pauses every 30 seconds.",
                 "A full charge lasts about 30 days of brushing twice a day."],
        "short": "Sonic toothbrush with three modes, IPX7, in white or mint.",
        "seo": "Rechargeable sonic toothbrush, three modes, two heads. $49.",
        "faq": "It charges on the included USB-A stand; it is fine in the shower but not for a bath.",
        "faq2": ("How long does the battery last?", "About 30 days, brushing twice a day."),
        "faulty": [
            (HEA, B, "health claim", "It [[removes ten times more plaque]] than a manual brush."),
            (NUM, B, "three modes", "Sonic toothbrush with [[five]] modes."),
            (FEA, B, "no pressure sensor in the listing", "Sonic toothbrush with [[a pressure sensor]]."),
            (CER, B, "no seal in the listing", "It is [[accepted by the American Dental Association]]."),
            (COM, B, "nothing about other brands' handles", "Its heads [[fit Oral-B handles]]."),
            (SHI, B, "no shipping promise in the listing", "Sonic toothbrush, [[free delivery worldwide]]."),
        ],
    },
    "K21": {
        "pad": "It has a side mesh pocket and a chest strap.",
        "desc": ["A 22-litre roll-top backpack in TPU-coated polyester with welded seams.",
                 "A padded sleeve takes laptops up to 15 inches; it is water-resistant, not waterproof."],
        "short": "22 L roll-top backpack, black or moss, 850 g.",
        "seo": "22 L roll-top backpack with 15-inch laptop sleeve. $95.",
        "faq": "It weighs 850 g, about 30 oz.",
        "faq2": ("Can I take it swimming?", "No, it is water-resistant, not waterproof; do not submerge it."),
        "faulty": [
            (FEA, B, "water-resistant, not waterproof", "It is [[fully waterproof]]."),
            (COM, B, "laptops up to 15 inches", "Roll-top backpack for [[17-inch laptops]]."),
            (NUM, B, "22 L", "Roll-top backpack, [[30 L]]."),
            (WAR, B, "no warranty in the listing", "It has a [[ten-year warranty]]."),
            (SOC, W, "unverifiable social proof", "[[Over 20,000 commuters carry one]]."),
            (MAT, B, "TPU-coated polyester", "Roll-top backpack in [[waxed cotton]]."),
        ],
    },
    "K22": {
        "pad": "Open it to dry after use.",
        "desc": ["A folding umbrella that opens and closes with one button.",
                 "It has eight fibreglass ribs and a 98 cm canopy, and folds to 28 cm, about 11 inches."],
        "short": "One-button folding umbrella in navy, mustard or black, 330 g.",
        "seo": "Compact one-button umbrella, 98 cm canopy, 28 cm folded. $27.",
        "faq": "It comes with a sleeve and weighs 330 g.",
        "faq2": ("How many colours are there?", "Three: navy, mustard and black."),
        "faulty": [
            (NUM, B, "eight ribs", "It has [[twelve]] fibreglass ribs."),
            (FEA, B, "no UV rating in the listing", "Folding umbrella with [[UV 50+ protection]]."),
            (ABS, W, "absolute", "[[The only umbrella you will ever need]]."),
            (MAT, B, "fibreglass ribs", "The ribs are [[carbon fibre]]."),
            (WAR, B, "no warranty in the listing", "It is [[guaranteed against wind damage for life]]."),
            (PRI, B, "$27", "Folding umbrella, [[$22]]."),
        ],
    },
    "K23": {
        "pad": "A microfibre pouch is included.",
        "desc": ["Sunglasses with polarised lenses that block 100 % of UVA and UVB (UV400).",
                 "The frame is acetate, with 52 mm lenses and spring hinges, in tortoiseshell or black."],
        "short": "Polarised UV400 sunglasses in an acetate frame with spring hinges.",
        "seo": "Polarised UV400 sunglasses, acetate frame, 52 mm lenses. $75.",
        "faq": "The lenses are category 3, so do not wear them for driving at night.",
        "faq2": ("What comes with them?", "A microfibre pouch."),
        "faulty": [
            (COM, B, "nothing about prescription lenses", "The lenses [[can be made up to your prescription]]."),
            (CAT, B, "sunglasses, not goggles", "Polarised [[ski goggles]] with UV400 lenses."),
            (FEA, B, "category 3: not for driving at night", "Polarised sunglasses, [[safe for night driving]]."),
            (BRA, B, "the vendor is Brinewood; no lens maker named", "The lenses are made by [[Zeiss]]."),
            (HEA, B, "health claim", "They [[prevent cataracts]]."),
            (MAT, B, "acetate frame", "Polarised sunglasses with [[titanium]] frames."),
        ],
    },
    "K24": {
        "pad": "Three sizes of silicone tips are included.",
        "desc": ["Bluetooth 5.3 earbuds with 6 mm drivers.",
                 "They play for about 6 hours, or 24 hours with the USB-C charging case, and are IPX4 splash "
                 "resistant."],
        "short": "Bluetooth 5.3 earbuds, about 6 hours a charge, IPX4.",
        "seo": "Wireless Bluetooth 5.3 earbuds, 24 hours with the case. $79.",
        "faq": "They do not have noise cancelling.",
        "faq2": ("Can I wear them in the rain?", "They are IPX4 splash resistant."),
        "faulty": [
            (FEA, B, "no noise cancelling", "It has [[active noise cancelling]]."),
            (NUM, B, "24 hours with the case", "Earbuds with [[40 hours]] of battery in the case."),
            (COM, B, "nothing about consoles", "Earbuds [[made for PlayStation 5]]."),
            (CAR, B, "IPX4: splash resistant only", "[[Rinse them under the tap]] after a run."),
            (WAR, B, "no warranty in the listing", "They come with a [[two-year warranty]]."),
            (SOC, W, "unverifiable rating", "[[Five-star rated]] wireless earbuds."),
        ],
    },
    "K25": {
        "pad": "It works with Windows and macOS.",
        "desc": ["A 75 % keyboard with 84 keys, hot-swappable sockets and linear switches already fitted.",
                 "PBT keycaps, an aluminium top case and a 1.8 m USB-C cable; it is wired only."],
        "short": "75 % hot-swappable keyboard in US ANSI or UK ISO, two-year warranty.",
        "seo": "75 % mechanical keyboard, 84 keys, hot-swap, PBT caps. $119.",
        "faq": "It is wired only, over the 1.8 m USB-C cable.",
        "faq2": ("Can I change the switches?", "Yes, the sockets are hot-swappable."),
        "faulty": [
            (FEA, B, "wired only", "Connect it [[by Bluetooth]] to up to three devices."),
            (NUM, B, "84 keys", "75 % keyboard with [[100]] keys."),
            (SIZ, B, "75 % layout only", "Mechanical keyboard, also in a [[full-size layout]]."),
            (COM, B, "Windows and macOS only", "It also works with [[iPadOS and Android]]."),
            (MAT, B, "PBT keycaps", "The keycaps are [[ABS]]."),
            (ABS, W, "superlative", "[[The fastest keyboard for gaming]]."),
        ],
    },
    "K26": {
        "pad": "We use purified water and a reach-and-wash pole.",
        "desc": ["We clean outside windows, frames and sills for houses within 8 miles of Bristol city centre.",
                 "It is £35 for up to 10 windows or £55 for 11 to 20, and inside windows are £15 extra."],
        "short": "Outside window cleaning near Bristol from £35; inside windows £15 extra.",
        "seo": "Window cleaning within 8 miles of Bristol city centre. From £35.",
        "faq": "Conservatory roofs are quoted separately.",
        "faq2": ("Do you clean the inside too?", "Yes, for £15 extra."),
        "faulty": [
            (PRI, B, "inside windows are £15 extra", "[[Inside windows are included]] at no extra cost."),
            (FEA, B, "within 8 miles of Bristol city centre", "Window cleaning [[across all of Somerset]]."),
            (PRI, B, "£35 or £55 by number of windows", "Window cleaning, [[£30 for any house]]."),
            (FEA, B, "no gutter cleaning in the listing", "We [[clean gutters on the same visit]]."),
            (WAR, B, "no guarantee in the listing", "Every clean is [[guaranteed streak-free or we come back free]]."),
            (ENV, B, "no environmental claim in the listing", "Window cleaning by [[zero-emission]] electric van."),
        ],
    },
    "K27": {
        "pad": "It costs $12.",
        "desc": ["A linen napkin from Ashgrove."],
        "short": "A linen napkin, $12.",
        "seo": "A linen napkin from Ashgrove.",
        "faq": "It is a linen napkin, sold for $12.",
        "faq2": ("What is it made of?", "Linen."),
        "faulty": [
            (NUM, B, "no size in the listing", "It measures [[45 x 45 cm]]."),
            (COL, W, "a colour on a colourless listing", "Linen napkin in [[sage green]]."),
            (MAT, B, "linen", "A [[linen-cotton blend]] napkin."),
            (ORI, B, "the listing gives no origin", "It is woven in [[Lithuania]]."),
            (PRI, B, "one napkin, $12", "[[A set of six costs $60]]."),
            (CAR, B, "no care in the listing", "Linen napkin, [[no ironing needed]]."),
        ],
    },
    "K28": {
        "pad": "It costs $9.",
        "desc": ["A brass coat hook, 7 cm long."],
        "short": "Brass coat hook, 7 cm, $9.",
        "seo": "A 7 cm brass coat hook. $9.",
        "faq": "It is a brass hook, 7 cm long, about 2¾ inches.",
        "faq2": ("How long is it?", "7 cm."),
        "faulty": [
            (FEA, B, "no fixings in the listing", "[[Screws included]]."),
            (NUM, B, "no load in the listing", "Brass coat hook, holds [[up to 20 kg]]."),
            (COM, B, "no fitting claim in the listing", "Brass hook that [[fits any door without drilling]]."),
            (COL, W, "a finish colour on a colourless listing", "It has an [[antique bronze]] finish."),
            (ORI, B, "the listing gives no origin", "It is [[cast in Sheffield]]."),
            (BRA, B, "the listing names no vendor", "Brass coat hook by [[Ironmonger Row]]."),
        ],
    },
    "K29": {
        "pad": "Each item is also sold on its own.",
        "desc": ["A pointed-pen calligraphy set: an oblique pen holder in pear wood, five Nikko G nibs, 60 ml of "
                 "black sumi ink and an A4 practice pad of 50 sheets."],
        "short": "Pointed-pen starter set: holder, five nibs, sumi ink and practice pad.",
        "seo": "Calligraphy starter set: oblique holder, Nikko G nibs, sumi ink, pad. $46 in all.",
        "faq": "Bought separately, the holder is $18, the nibs $9, the ink $11 and the pad $8.",
        "faq2": ("What paper is the pad?", "50 A4 sheets of 90 gsm paper."),
        "faulty": [
            (NUM, B, "a pack of 5 nibs", "The set has [[ten nibs]]."),
            (PRI, B, "the items total $46", "Calligraphy set, [[all four for $39]]."),
            (MAT, B, "pear wood holder", "Calligraphy set with a [[rosewood]] holder."),
            (COM, B, "nothing about left-handed use", "The holder [[suits left-handed writers]]."),
            (COL, B, "black ink only", "The ink comes in black, [[blue and red]]."),
            (SIZ, B, "an A4 pad", "Starter set with an [[A3]] practice pad."),
        ],
    },
    "K30": {
        "pad": "Always wear a buoyancy aid.",
        "desc": ["A one-person inflatable kayak, 3.3 m long, with a drop-stitch floor and a load limit of 110 kg.",
                 "It is sold and shipped by our partner Riverlane Outfitters, who handle delivery, returns and the "
                 "warranty."],
        "short": "One-person inflatable kayak, 12 kg, with paddle, hand pump and carry bag.",
        "seo": "Inflatable touring kayak, 3.3 m, one person. £499.",
        "faq": "Riverlane Outfitters handle delivery, returns and the warranty.",
        "faq2": ("Is a paddle included?", "Yes: a paddle, a hand pump and a carry bag."),
        "faulty": [
            (SHI, B, "the partner ships it", "[[We ship it ourselves the next day]]."),
            (NUM, B, "one person", "Inflatable kayak for [[two people]]."),
            (WAR, B, "the partner handles the warranty", "Inflatable kayak with [[our own five-year warranty]]."),
            (FEA, B, "buoyancy aid not in the contents", "[[A buoyancy aid is included]]."),
            (CER, B, "no certification in the listing", "It is [[CE certified for sea use]]."),
            (HEA, B, "health claim", "Paddling [[heals back pain]]."),
        ],
    },
}

# order of kinds for a listing's faulty sentences
FAULTY_KINDS = ("description", "short_description", "seo", "description", "faq", "short_description", "faq")


def _html(sentences):
    return "<p>" + html.escape(" ".join(sentences), quote=False) + "</p>"


def _serialise(kind, sentences, key):
    lst = LISTINGS[key]
    if kind in ("description", "short_description"):
        return _html(sentences)
    if kind == "seo":
        title = f"{lst['title']} | {lst['vendor']}" if lst.get("vendor") else lst["title"]
        return json.dumps({"title": title, "description": " ".join(sentences)}, ensure_ascii=False)
    if kind == "faq":
        return json.dumps([{"question": GENERAL_Q, "answer": " ".join(sentences)}], ensure_ascii=False)
    raise ValueError(kind)


def _strip_marks(marked):
    found = re.findall(r"\[\[(.+?)\]\]", marked)
    assert len(found) == 1, marked
    return marked.replace("[[", "").replace("]]", ""), found[0]


def _locate(kind, text, claim):
    if kind in ("description", "short_description"):
        needle = html.escape(claim, quote=False)
    else:
        needle = json.dumps(claim, ensure_ascii=False)[1:-1]
    start = text.find(needle)
    assert start != -1 and text.find(needle, start + 1) == -1, (kind, claim, text)
    return start, start + len(needle), needle


LISTINGS = make_listings.build()


def build():
    clean, faulty = [], []
    for key, h in H.items():
        clean.append({"listing": key, "kind": "description", "text": _html(h["desc"] + [h["pad"]]), "labels": []})
        clean.append({"listing": key, "kind": "short_description", "text": _html([h["short"]]), "labels": []})
        clean.append({"listing": key, "kind": "seo", "text": _serialise("seo", [h["seo"]], key), "labels": []})
        q2, a2 = h["faq2"]
        clean.append({"listing": key, "kind": "faq", "text": _serialise("faq", [h["faq"]], key), "labels": []})
        faq2 = json.dumps([{"question": q2, "answer": a2}], ensure_ascii=False)
        clean.append({"listing": key, "kind": "faq", "text": faq2, "labels": []})
        for n, (rule, severity, why, marked) in enumerate(h["faulty"]):
            kind = FAULTY_KINDS[n]
            sentence, claim = _strip_marks(marked)
            sentences = [sentence, h["pad"]] if kind == "description" else [sentence]
            text = _serialise(kind, sentences, key)
            start, end, needle = _locate(kind, text, claim)
            faulty.append({"listing": key, "kind": kind, "text": text, "labels": [
                {"rule": rule, "start": start, "end": end, "claim": needle, "severity": severity, "why": why}]})
    return clean, faulty


if __name__ == "__main__":
    c, f = build()
    print(len(c), "clean", len(f), "faulty")
