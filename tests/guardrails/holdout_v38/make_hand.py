"""Hand-written clean and faulty drafts of guardrails holdout v38, written for this set.

Each faulty sentence marks its one planted claim as [[...]]; make_hand.build() strips the marks,
builds the draft of the right kind and finds the claim's offsets in the stored text.
"""
import html
import json
from typing import Any

import make_listings

GENERAL_Q = "What should I know about it?"
FAULTY_KINDS = ("description", "short_description", "seo", "description", "faq",
                "short_description", "faq")
RULES = {
    "num": "accuracy.number", "price": "accuracy.price", "mat": "accuracy.material",
    "col": "accuracy.colour",
    "cert": "accuracy.certification", "orig": "accuracy.origin", "size": "accuracy.size",
    "cat": "accuracy.category", "feat": "accuracy.feature", "care": "accuracy.care",
    "warr": "accuracy.warranty",
    "brand": "accuracy.brand", "compat": "accuracy.compatibility", "ship": "compliance.shipping",
    "health": "compliance.health", "abs": "compliance.absolute", "env": "compliance.environmental",
    "soc": "compliance.social_proof",
}

# key -> pad (a true sentence added to faulty descriptions), desc (two true sentences, one on
# thin listings), short, seo (the SEO description), faq (answer to GENERAL_Q), q (a
# listing-specific question and answer), bad (faulty sentences in FAULTY_KINDS order: marked
# sentence, rule, severity, why).
H: dict[str, dict[str, Any]] = {
    "R01": dict(
        pad="A hook on the back lets it hang from the side of a hive box.",
        desc=["This stainless steel smoker has a 10 x 18 cm fire chamber, roughly 4 x 7 inches, "
              "behind a perforated steel shield that keeps your hands off the hot can.",
              "The bellows are two pine boards joined by oiled cotton canvas."],
        short="Estonian-made stainless bee smoker with a heat shield, $42.",
        seo="Stainless steel bee smoker, 10 x 18 cm chamber, heat shield and hive hook. Made in "
            "Estonia.",
        faq="It is a stainless steel smoker weighing 650 g, about 23 oz, made in Estonia; burn "
            "burlap, pine needles or wood shavings in it.",
        q=("What can I burn in it?", "Burlap, pine needles or wood shavings."),
        bad=[("The fire chamber is [[12 x 20 cm]].", "num", "block", "the chamber is 10 x 18 cm"),
             ("Bee smoker with a [[copper]] fire chamber and heat shield.", "mat", "block",
              "the smoker is stainless steel"),
             ("Stainless bee smoker [[made in Finland]], with a heat shield.", "orig", "block",
              "made in Estonia"),
             ("Its bellows are [[goatskin leather]] on pine boards.", "mat", "block",
              "the bellows are oiled cotton canvas"),
             ("It [[lights itself with a built-in igniter]].",
              "feat", "block", "no igniter in the listing"),
             ("The [[best smoker on the market]].", "abs", "warn", "unconfirmable superlative"),
             ("It comes with [[a lifetime warranty]].",
              "warr", "block", "no warranty in the listing")]),
    "R02": dict(
        pad="It switches between left- and right-hand retrieve without tools.",
        desc=["Machined in Taiwan from 6061 aluminium, this large-arbor reel takes 5- and 6-weight "
              "lines.",
              "A sealed carbon fibre drag keeps working smoothly when the weather turns wet."],
        short="Large-arbor 5/6 fly reel, 140 g (about 5 oz), in Graphite or Olive.",
        seo="Machined aluminium large-arbor fly reel for 5 and 6 weight lines, sealed drag, 90 mm. "
            "$149.",
        faq="It is a 90 mm reel, about 3.5 inches, for 5- and 6-weight lines; backing and line are "
            "sold separately.",
        q=("Can a left-handed angler use it?",
           "Yes. It converts to left-hand retrieve without any "
                                               "tools."),
        bad=[("It [[comes spooled with backing and a floating line]].", "feat", "block",
              "backing and line are not included"),
             ("Fly reel for [[7- and 8-weight]] lines.",
              "size", "block", "for 5- and 6-weight lines"),
             ("Machined fly reel in [[Graphite, Olive or Red]].",
              "col", "block", "Graphite or Olive only"),
             ("The drag is [[cork]].", "mat", "block", "the drag is carbon fibre"),
             ("It weighs [[210 g]].", "num", "block", "it weighs 140 g"),
             ("Fly reel [[machined in Japan]].", "orig", "block", "machined in Taiwan"),
             ("It is [[saltwater-rated]] for the flats.",
              "compat", "block", "no saltwater rating given")]),
    "R03": dict(
        pad="It has a grab handle on the back.",
        desc=["A front clip helps with training and a back clip makes everyday walks easy.",
              "The padded polyester webbing has reflective stitching and four points to adjust the "
              "fit."],
        short="Padded no-pull dog harness with front and back clips, $38 in every size.",
        seo="No-pull dog harness with front and back clips and reflective stitching, in Orange or "
            "Black, sizes S to L.",
        faq="Measure your dog's chest: S fits 40-55 cm, M 55-70 cm and L 70-90 cm, roughly 16 to "
            "35 inches across the range.",
        q=("How do I wash it?", "Machine wash it cold and let it air dry."),
        bad=[("Size L fits chests up to [[110 cm]].", "num", "block", "L fits 70-90 cm"),
             ("Dog harness in sizes [[XS to XL]].", "size", "block", "sizes S, M and L"),
             ("No-pull harness [[recommended by vets]].",
              "cert", "block", "no vet endorsement in "
                                                                           "the listing"),
             ("The webbing is [[nylon]].", "mat", "block", "polyester webbing"),
             ("It comes in [[orange, black and pink]].", "col", "block", "Orange or Black"),
             ("The [[most comfortable harness]] your dog will wear.", "abs", "warn",
              "unconfirmable superlative"),
             ("[[Thousands of dog owners]] swear by it.",
              "soc", "warn", "social proof not in the "
                                                                         "listing")]),
    "R04": dict(
        pad="The lid has a built-in thermometer.",
        desc=["This gooseneck kettle is 304 stainless steel with a matte black finish and a walnut "
              "handle.",
              "It holds 900 ml; fill it to 800 ml for pouring."],
        short="Stovetop gooseneck kettle, 900 ml, for gas, electric and induction hobs.",
        seo="Gooseneck pour-over kettle in matte black stainless steel with a thermometer in the "
            "lid, $54.",
        faq="It is a stovetop kettle, not an electric one, and it weighs 560 g, a little under "
            "1.25 lb.",
        q=("Can I put it in the dishwasher?", "Please wash it by hand."),
        bad=[("It [[plugs in]] to heat water.", "feat", "block", "a stovetop kettle, not electric"),
             ("Gooseneck kettle, [[1.2 L]].", "num", "block", "it holds 900 ml"),
             ("Pour-over kettle with a [[bamboo handle]].", "mat", "block", "the handle is walnut"),
             ("The body is [[copper-plated]] steel.", "mat", "block", "304 stainless steel"),
             ("It is [[dishwasher safe]].", "care", "block", "hand wash"),
             ("Gooseneck kettle [[with a whistle]].", "feat", "block", "no whistle in the listing"),
             ("The thermometer reads [[up to 120 °C]].", "num", "block", "it reads 0-100 °C")]),
    "R05": dict(
        pad="Oil the pivot screw now and then.",
        desc=["Hot-forged in Solingen, Germany, these 25 cm tailor's shears have a nickel-plated "
              "finish.",
              "The bent handle lets the lower blade rest flat on the table as you cut."],
        short="German-made 25 cm tailor's shears for right-handed sewers, $65.",
        seo="Forged steel tailor's shears, 25 cm, made in Solingen. Bent handle for cutting flat "
            "on the table.",
        faq="They are about 10 inches long and weigh 280 g; keep them for fabric, as paper dulls "
            "the edge.",
        q=("Are they left-handed?", "No, these are right-handed shears."),
        bad=[("They [[work for left- and right-handed]] sewers.",
              "compat", "block", "right-handed"),
             ("Tailor's shears with [[stainless steel]] blades.", "mat", "block",
              "hot-forged steel, nickel-plated"),
             ("[[30 cm]] tailor's shears from Solingen.", "num", "block", "25 cm"),
             ("They [[cut paper, card and fabric]] equally well.", "compat", "block",
              "the listing says keep them for fabric"),
             ("They carry [[a 25-year guarantee]].",
              "warr", "block", "no guarantee in the listing"),
             ("Tailor's shears [[made in Italy]].", "orig", "block", "made in Solingen, Germany"),
             ("They have [[soft-grip rubber handles]].", "mat", "block", "all forged steel")]),
    "R06": dict(
        pad="One USB-C cable comes in the box.",
        desc=["The front light puts out 400 lumens of white light in three modes, and the rear "
              "gives 40 lumens of red in four.",
              "Each charges over USB-C in about two hours and lasts around ten hours on flash."],
        short="Rechargeable front and rear bike lights, IPX5, 90 g for the pair.",
        seo="USB-C bike light set: 400 lm front, 40 lm rear, silicone straps for 22-35 mm bars. "
            "$45.",
        faq="Expect about an hour and a half on high and about 10 hours flashing from each light.",
        q=("Can I ride in the rain with them?", "Yes, they are rated IPX5 against rain."),
        bad=[("The front light gives [[800 lumens]].", "num", "block", "400 lumens"),
             ("Bike lights with [[five modes]] on the front.", "num", "block", "three front modes"),
             ("Bike light set, [[IPX7]] waterproof.", "feat", "block", "rated IPX5"),
             ("They run on [[AAA batteries]].", "feat", "block", "rechargeable over USB-C"),
             ("The rear light [[shows red or white]].", "col", "block", "the rear light is red"),
             ("[[StVZO-approved]] bike light set.", "cert", "block", "no approval in the listing"),
             ("A [[helmet light]] set for night rides.",
              "cat", "block", "bar and seat-post lights")]),
    "R07": dict(
        pad="It comes with two suction cups and a 1.8 m cable.",
        desc=["This 100 W heater suits tanks of 60 to 100 litres, roughly 16 to 26 US gallons, "
              "fresh water or salt.",
              "Turn the dial to any temperature from 20 to 32 °C."],
        short="Submersible 100 W aquarium heater with an adjustable dial, $29.",
        seo="100 W submersible aquarium heater for 60-100 litre tanks, 20-32 °C, auto shut-off.",
        faq="It switches itself off if it is lifted out of the water; still, unplug it before you "
            "reach into the tank.",
        q=("How long is it?", "The quartz glass tube is 23 cm long, about 9 inches."),
        bad=[("It suits tanks [[up to 200 litres]].", "num", "block", "60 to 100 litres"),
             ("Aquarium heater with a [[stainless steel]] tube.",
              "mat", "block", "quartz glass tube"),
             ("Aquarium heater with [[Wi-Fi app control]].", "feat", "block", "a dial, no app"),
             ("It [[warms reptile terrariums]] too.", "compat", "warn", "an invented use"),
             ("You can set it [[from 15 to 35 °C]].", "num", "block", "20 to 32 °C"),
             ("Heater for [[freshwater tanks only]].", "feat", "block", "fresh or salt water"),
             ("It is [[shatterproof]].", "feat", "block", "no such claim; a quartz glass tube")]),
    "R08": dict(
        pad="A loop holds a brush.",
        desc=["The Cordura nylon bag has a fleece lining that holds chalk on your fingers.",
              "It closes with a drawcord and comes with a 25 mm webbing belt, about an inch wide."],
        short="Cordura chalk bag with a fleece lining, in Mustard, Teal or Black.",
        seo="Climbing chalk bag in Cordura nylon with fleece lining, brush loop and belt. $24.",
        faq="It weighs 85 g, about 3 oz, and takes hands up to XL; the chalk itself is sold "
            "separately.",
        q=("Does it come with chalk?", "No, chalk is not included."),
        bad=[("It comes [[filled with chalk]].", "feat", "block", "chalk is not included"),
             ("Chalk bag with a [[faux fur]] lining.", "mat", "block", "fleece lining"),
             ("Chalk bag in [[Mustard, Teal, Black or Red]].",
              "col", "block", "three colours, no red"),
             ("The bag is [[recycled polyester]].", "mat", "block", "Cordura nylon"),
             ("It fits hands [[up to size M]].", "size", "block", "fits hands up to XL"),
             ("Chalk bag [[handmade in Nepal]].", "orig", "block", "no origin in the listing"),
             ("The lining [[prevents skin infections]].", "health", "block", "a health claim")]),
    "R09": dict(
        pad="It is 14 cm long with the cap on.",
        desc=["Hand-turned from ebonite in India, this pen has a black and orange ripple pattern.",
              "Its No. 6 steel nib writes a medium line."],
        short="Ebonite fountain pen with a medium steel nib and a converter, $75.",
        seo="Hand-turned ebonite fountain pen, No. 6 medium steel nib, eyedropper or converter "
            "filling.",
        faq="Fill it as an eyedropper or with the converter that comes with it; it weighs 22 g.",
        q=("Is there a fine nib?", "This pen comes with a medium nib."),
        bad=[("It has a [[14k gold]] nib.", "mat", "block", "a steel nib"),
             ("Fountain pen with a [[fine]] nib.", "size", "block", "a medium nib"),
             ("Ebonite fountain pen [[made in Germany]].", "orig", "block", "hand-turned in India"),
             ("It comes with [[a bottle of ink]].", "feat", "block", "ink is not included"),
             ("It [[takes standard cartridges]].", "compat", "block", "eyedropper or converter"),
             ("Fountain pen [[with gold trim]].", "feat", "block", "no trim in the listing"),
             ("It is [[16 cm]] long capped.", "num", "block", "14 cm capped")]),
    "R10": dict(
        pad="Wipe it clean with a damp cloth.",
        desc=["This firm block is natural Portuguese cork and measures 23 x 15 x 7.5 cm, about 9 x "
              "6 x 3 inches.",
              "At around 600 g it stays put under a hand or a hip."],
        short="Natural cork yoga block with rounded edges, sold singly, $22.",
        seo="Cork yoga block from Portugal, 23 x 15 x 7.5 cm, firm with rounded edges.",
        faq="It is one block, not a pair, and small marks in the cork are part of the natural "
            "material.",
        q=("How heavy is it?", "About 600 g, a little over a pound."),
        bad=[("Each order is [[a pair of blocks]].", "num", "block", "sold singly"),
             ("Cork yoga block with a [[foam core]].", "mat", "block", "natural cork"),
             ("Cork yoga block, [[FSC-certified]].",
              "cert", "block", "no certification in the "
                                                                      "listing"),
             ("It measures [[23 x 15 x 10 cm]].", "num", "block", "23 x 15 x 7.5 cm"),
             ("You can [[put it in the washing machine]].",
              "care", "block", "wipe with a damp cloth"),
             ("A yoga block that [[relieves back pain]].", "health", "block", "a health claim"),
             ("The cork is [[harvested in Sardinia]].", "orig", "block", "cork from Portugal")]),
    "R11": dict(
        pad="A strap, a soft case and lens caps come with them.",
        desc=["These 10x42 binoculars use BaK-4 roof prisms and fully multi-coated optics.",
              "They are waterproof and nitrogen-purged, so the lenses do not fog inside."],
        short="Waterproof 10x42 binoculars with a ten-year warranty, $219.",
        seo="10x42 roof prism binoculars, BaK-4, waterproof and fog-proof, close focus 2 m.",
        faq="They weigh 680 g, about 1.5 lb, and focus as close as 2 m, about 6.5 ft.",
        q=("Where are they made?", "They are assembled in the Philippines."),
        bad=[("They magnify [[12 times]].", "num", "block", "10x"),
             ("Binoculars with [[BaK-7]] prisms.", "mat", "block", "BaK-4 prisms"),
             ("10x42 binoculars [[with image stabilisation]].",
              "feat", "block", "no stabilisation"),
             ("They use [[Zeiss]] lenses.", "brand", "block", "no such maker named"),
             ("They come with [[a 25-year warranty]].", "warr", "block", "a ten-year warranty"),
             ("Binoculars [[in green or black]].", "col", "block", "green only")]),
    "R12": dict(
        pad="Best before 2030.",
        desc=["Whole sardines in extra virgin olive oil, caught off the Portuguese coast and "
              "tinned by hand in Matosinhos.",
              "Each 120 g tin holds 90 g of fish once drained, a little over 3 oz."],
        short="Sardinhas inteiras em azeite virgem extra, enlatadas à mão em Matosinhos.",
        seo="Lata de 120 g de sardinhas portuguesas em azeite virgem extra, por 3,40 €.",
        faq="The ingredients are sardines, extra virgin olive oil and salt; it contains fish.",
        q=("How much does a tin cost?", "€3.40 a tin."),
        bad=[("They are packed in [[sunflower oil]].", "mat", "block", "extra virgin olive oil"),
             ("Sardinhas [[sem espinhas]] em azeite.", "feat", "block", "whole sardines"),
             ("Sardinhas [[enlatadas em Peniche]].", "orig", "block", "tinned in Matosinhos"),
             ("Each tin weighs [[150 g]].", "num", "block", "a 120 g tin"),
             ("They are [[good for your heart]].", "health", "block", "a health claim"),
             ("Sardinhas [[biológicas certificadas]].", "cert", "block", "no certification")]),
    "R13": dict(
        pad="It stands 10 cm tall.",
        desc=["A stoneware mug, hand-stamped in Bolesławiec with the blue peacock-eye pattern on "
              "white.",
              "It holds 350 ml, nearly 12 fl oz."],
        short="Ręcznie stemplowany kubek z Bolesławca, 350 ml, za 69 zł.",
        seo="Kamionkowy kubek 350 ml ze wzorem pawiego oczka; można go myć w zmywarce.",
        faq="It weighs 380 g and is made of stoneware, stamped by hand in Bolesławiec.",
        q=("Can I microwave it?", "Yes, it can go in the microwave."),
        bad=[("The mug is [[porcelain]].", "mat", "block", "stoneware"),
             ("Kubek o pojemności [[500 ml]].", "num", "block", "350 ml"),
             ("Kubek [[wyprodukowany w Czechach]].", "orig", "block", "stamped in Bolesławiec"),
             ("It [[must not go in the microwave]].", "care", "block", "microwave safe"),
             ("The pattern is [[green on white]].", "col", "block", "blue on white"),
             ("Kubek [[z pokrywką]].", "feat", "block", "no lid in the listing")]),
    "R14": dict(
        pad="The neck opening is 8 cm across.",
        desc=["This clear glass vase was blown and cut by hand in Nový Bor.",
              "It stands 25 cm tall, just under 10 inches."],
        short="Ručně foukaná váza z čirého skla, 25 cm, z Nového Boru.",
        seo="Čirá váza bez olova, ručně broušená v Novém Boru, za 1290 Kč.",
        faq="The glass is lead-free; wash the vase by hand, as it does not go in the dishwasher.",
        q=("Is it coloured glass?", "No, it is clear glass."),
        bad=[("It is cut from [[lead crystal]].", "mat", "block", "lead-free glass"),
             ("Váza z [[modrého]] skla.", "col", "block", "clear glass"),
             ("Váza [[vyrobená strojově]].", "feat", "block", "hand-blown and hand-cut"),
             ("It is [[dishwasher safe]].", "care", "block", "not for the dishwasher"),
             ("It is [[35 cm]] tall.", "num", "block", "25 cm"),
             ("Váza [[z Murana]].", "orig", "block", "made in Nový Bor")]),
    "R15": dict(
        pad="Rinse it by hand in lukewarm water, without soap.",
        desc=["Each kuksa is carved by hand from birch burl in Rovaniemi, so no two are the same.",
              "It holds 150 ml, about 5 fl oz."],
        short="Käsin veistetty kuksa koivun pahkasta, 150 ml.",
        seo="Rovaniemellä käsin veistetty kuksa, 150 ml, hinta 59 €.",
        faq="Keep it out of the dishwasher and rinse it in lukewarm water with no detergent.",
        q=("How much does it weigh?", "About 110 g, just under 4 oz."),
        bad=[("It is carved from [[pine]].", "mat", "block", "birch burl"),
             ("Kuksa, tilavuus [[250 ml]].", "num", "block", "150 ml"),
             ("Kuksa [[Inarista]].", "orig", "block", "carved in Rovaniemi"),
             ("The birch [[keeps drinks free of bacteria]].", "health", "block", "a health claim"),
             ("It is [[dishwasher safe]].", "care", "block", "not for the dishwasher"),
             ("Kuksa, [[kaksi kappaletta]] pakkauksessa.", "num", "block", "one kuksa")]),
    "R16": dict(
        pad="It comes in a 450 g glass jar.",
        desc=["Thyme honey from hives in Sfakia, on Crete.",
              "It is raw and unpasteurised and may crystallise over time."],
        short="Ακατέργαστο θυμαρίσιο μέλι από τα Σφακιά, 450 g.",
        seo="Θυμαρίσιο μέλι Κρήτης σε γυάλινο βάζο 450 g, 14,50 €.",
        faq="It is raw honey, so do not give it to babies under one year old.",
        q=("Is it pasteurised?", "No, it is raw and unpasteurised."),
        bad=[("It is [[pine honey]].", "cat", "block", "thyme honey"),
             ("Μέλι [[βιολογικό πιστοποιημένο]].", "cert", "block", "no organic certification"),
             ("Θυμαρίσιο μέλι [[από τη Ρόδο]].", "orig", "block", "from Sfakia, Crete"),
             ("It is [[safe for babies from six months]].", "health", "block",
              "not for babies under one year"),
             ("It comes in a [[plastic squeeze bottle]].", "mat", "block", "a glass jar"),
             ("Θυμαρίσιο μέλι με [[δωρεάν αποστολή]].",
              "ship", "block", "no shipping terms in the "
                                                                         "listing")]),
    "R17": dict(
        pad="Wash it by hand.",
        desc=["A red clay plate, thrown on the wheel and painted by hand in Horezu, in Vâlcea "
              "county.",
              "The rooster motif is brown, green and white on a cream ground."],
        short="Farfurie de Horezu pictată manual, 24 cm, cu motivul cocoșului.",
        seo="Farfurie decorativă din lut roșu, lucrată la roată în Horezu, 95 lei.",
        faq="It is 24 cm across, about 9.5 inches, and meant for display: keep it out of the oven "
            "and the microwave.",
        q=("Can I heat food on it in the microwave?",
           "No. It is decorative and does not go in the "
                                                      "microwave."),
        bad=[("It is made of [[white stoneware]].", "mat", "block", "red clay"),
             ("Farfurie [[pictată la mașină]].", "feat", "block", "painted by hand"),
             ("Farfurie de Horezu, [[30 cm]].", "num", "block", "24 cm"),
             ("It is [[safe in the oven]].", "care", "block", "not for the oven"),
             ("The rooster is painted [[in blue and yellow]].",
              "col", "block", "brown, green and white"),
             ("Farfurie [[lucrată în Maramureș]].", "orig", "block", "made in Horezu, Vâlcea")]),
    "R18": dict(
        pad="They come in whole sizes from EU 36 to 46.",
        desc=["Sheepskin slippers made in Christchurch, New Zealand, with a sheepskin upper and "
              "lining.",
              "The rubber sole handles the house and a quick step outside."],
        short="New Zealand sheepskin slippers in Chestnut, NZ$129.",
        seo="Sheepskin slippers made in Christchurch, NZ, with rubber soles. Sizes EU 36-46.",
        faq="Spot clean them only; they come in one colour, Chestnut.",
        q=("Do they come in half sizes?", "No, whole EU sizes only, from 36 to 46."),
        bad=[("They [[can go in the washing machine]].", "care", "block", "spot clean only"),
             ("Sheepskin slippers [[made in Ireland]].",
              "orig", "block", "made in Christchurch, NZ"),
             ("Sheepskin slippers, [[EU 34 to 48]].", "size", "block", "EU 36 to 46"),
             ("The soles are [[suede]].", "mat", "block", "rubber soles"),
             ("They come in [[Chestnut and Grey]].", "col", "block", "Chestnut only"),
             ("Sheepskin slippers for [[NZ$99]].", "price", "block", "NZ$129")]),
    "R19": dict(
        pad="It turns itself off when the tank is empty.",
        desc=["This ultrasonic humidifier gives a cool mist from a 3 L tank, enough for up to 24 "
              "hours on low.",
              "It suits rooms up to 30 m², about 320 sq ft."],
        short="Cool-mist ultrasonic humidifier, 3 L, white, $59.",
        seo="3 L ultrasonic humidifier for rooms up to 30 m², about 28 dB on low, auto shut-off.",
        faq="There is no filter to replace; use distilled water to avoid white dust. It weighs 1.2 "
            "kg, about 2.6 lb.",
        q=("How much power does it use?", "It draws 25 W."),
        bad=[("It [[eases asthma and allergies]].", "health", "block", "a health claim"),
             ("Humidifier with [[warm and cool mist]].", "feat", "block", "cool mist only"),
             ("3 L humidifier for rooms up to [[60 m²]].", "num", "block", "rooms up to 30 m²"),
             ("It has a [[HEPA filter]].", "feat", "block", "no filter"),
             ("This [[air purifier]] also humidifies.", "cat", "block", "a humidifier"),
             ("Humidifier, [[whisper-quiet at 15 dB]].", "num", "block", "about 28 dB on low")]),
    "R20": dict(
        pad="Two pull-on handles help small hands.",
        desc=["These children's rain boots are natural rubber with a cotton lining.",
              "A reflective strip on the heel shows up at dusk."],
        short="Kids' natural rubber rain boots in Yellow or Navy, EU 24-33.",
        seo="Kids' rain boots with a cotton lining, pull-on handles and a reflective heel strip. "
            "$34.",
        faq="Rinse off the mud and let them dry away from heat.",
        q=("What sizes are there?", "EU sizes 24 to 33."),
        bad=[("They have a [[fleece lining]] for cold days.", "mat", "block", "a cotton lining"),
             ("Rain boots in [[EU 20 to 35]].", "size", "block", "EU 24 to 33"),
             ("Kids' rain boots [[made from recycled plastic bottles]].", "env", "block",
              "natural rubber; no recycled claim"),
             ("They [[light up with every step]].",
              "feat", "block", "a reflective strip, no "
                                                                     "lights"),
             ("They are [[insulated down to -20 °C]].", "feat", "block", "no insulation claim"),
             ("Rain boots with a [[PVC]] upper.", "mat", "block", "natural rubber")]),
    "R21": dict(
        pad="It has fringed ends.",
        desc=["This herringbone scarf is 100% lambswool, woven in Hawick, Scotland.",
              "It measures 180 x 30 cm, roughly 71 x 12 inches, in Heather Grey."],
        short="Scottish lambswool herringbone scarf in Heather Grey, £65.",
        seo="Lambswool herringbone scarf woven in Hawick, 180 x 30 cm, fringed ends.",
        faq="Dry clean it, or hand wash it cold and dry it flat.",
        q=("Is it cashmere?", "No, it is 100% lambswool."),
        bad=[("It is a [[cashmere blend]].", "mat", "block", "100% lambswool"),
             ("Herringbone scarf [[woven in Ireland]].",
              "orig", "block", "woven in Hawick, Scotland"),
             ("Lambswool scarf, [[200 x 40 cm]].", "num", "block", "180 x 30 cm"),
             ("It is [[machine washable]].", "care", "block", "dry clean or hand wash cold"),
             ("It [[will never pill or itch]].", "abs", "warn", "unconfirmable absolute"),
             ("Lambswool scarf for [[£45]].", "price", "block", "£65")]),
    "R22": dict(
        pad="A spare string is included.",
        desc=["This kendama is made in Japan from beech, with a red lacquered ball.",
              "It stands 18 cm tall, about 7 inches, on a 40 cm string."],
        short="Japanese beech kendama with a red ball and a spare string, $32.",
        seo="Beech kendama made in Japan, 18 cm, red lacquered ball, for ages 6 and up.",
        faq="It is meant for ages six and up and weighs 140 g, about 5 oz.",
        q=("What if the string breaks?", "A spare string comes in the box."),
        bad=[("It is turned from [[maple]].", "mat", "block", "beech"),
             ("Kendama for [[ages 3 and up]].", "compat", "block", "ages 6 and up"),
             ("Beech kendama [[made in Vietnam]].", "orig", "block", "made in Japan"),
             ("The ball is [[blue]] lacquer.", "col", "block", "a red ball"),
             ("It is the [[official kendama of the world championships]].", "cert", "block",
              "no endorsement in the listing"),
             ("A kendama that [[helps children with ADHD]].",
              "health", "block", "a health claim")]),
    "R23": dict(
        pad="The inside is left unpolished so spices do not slide.",
        desc=["This mortar and pestle are carved from solid dark grey granite in Thailand.",
              "The mortar is 15 cm across, about 6 inches, and holds around 500 ml."],
        short="Solid granite mortar and pestle, 15 cm, $48.",
        seo="Granite mortar and pestle carved in Thailand, 15 cm, about 500 ml, unpolished inside.",
        faq="Rinse it with plain water and no soap, and keep it out of the dishwasher.",
        q=("How heavy is it?", "The pair weighs 3.2 kg, about 7 lb."),
        bad=[("It is carved from [[marble]].", "mat", "block", "granite"),
             ("Granite mortar and pestle, [[20 cm]].", "num", "block", "15 cm"),
             ("Granite mortar, [[dishwasher safe]].", "care", "block", "not dishwasher safe"),
             ("It holds about [[1 litre]].", "num", "block", "about 500 ml"),
             ("It is carved [[in India]].", "orig", "block", "carved in Thailand"),
             ("Mortar and pestle, [[pre-seasoned]].",
              "feat", "block", "no seasoning in the listing")]),
    "R24": dict(
        pad="Brew 2 g per 200 ml at 90 °C for 3 minutes.",
        desc=["A first flush Darjeeling, picked in March 2026 on one estate near Kurseong.",
              "The loose leaf comes in a 100 g tin, about 3.5 oz."],
        short="2026 first flush Darjeeling, loose leaf, 100 g tin, $24.",
        seo="Single-estate first flush Darjeeling from Kurseong, picked March 2026. Loose leaf, "
            "100 g.",
        faq="It is a black tea and contains caffeine.",
        q=("How do I brew it?", "Use 2 g for 200 ml of water at 90 °C, about 194 °F, and steep for "
                                "3 minutes."),
        bad=[("It is [[caffeine-free]].", "feat", "block", "contains caffeine"),
             ("Darjeeling [[green tea]], loose leaf.", "cat", "block", "a black tea"),
             ("First flush Darjeeling, [[picked in April 2025]].",
              "num", "block", "picked in March 2026"),
             ("It [[boosts your immune system]].", "health", "block", "a health claim"),
             ("The tin is [[fully compostable]].", "env", "block", "no such claim"),
             ("Darjeeling, [[Fairtrade-certified]].", "cert", "block", "no certification")]),
    "R25": dict(
        pad="A padded gig bag is included.",
        desc=["A soprano ukulele with a laminated mahogany top, back and sides and a walnut "
              "fingerboard.",
              "It has 12 frets and comes strung with nylon strings, tuned GCEA."],
        short="Laminated mahogany soprano ukulele with a gig bag, $89.",
        seo="Soprano ukulele, laminated mahogany, walnut fingerboard, 12 frets. Made in Indonesia.",
        faq="It is 53 cm long, about 21 inches, and weighs 450 g, just under a pound.",
        q=("Is the top solid wood?", "No, the top, back and sides are laminated mahogany."),
        bad=[("It has a [[solid spruce top]].", "mat", "block", "laminated mahogany top"),
             ("[[Concert]] ukulele in mahogany.", "size", "block", "a soprano"),
             ("Soprano ukulele [[made in Hawaii]].", "orig", "block", "made in Indonesia"),
             ("It has [[18 frets]].", "num", "block", "12 frets"),
             ("It comes with [[a clip-on tuner]].", "feat", "block", "a gig bag only"),
             ("Ukulele fitted with [[Aquila]] strings.",
              "brand", "block", "no string maker named")]),
    "R26": dict(
        pad="Book at least two days ahead.",
        desc=["We clean carpets in your home by hot-water extraction, anywhere within 20 km of "
              "Cork city centre.",
              "Up to two rooms takes about two hours, and our detergent has no perfume."],
        short="At-home carpet cleaning around Cork: €95 for up to two rooms, €160 for up to four.",
        seo="Hot-water extraction carpet cleaning within 20 km of Cork. From €95.",
        faq="Carpets dry in 4 to 6 hours; we will work on stains but cannot promise to lift every "
            "one.",
        q=("How far do you travel?", "Up to 20 km from Cork city centre, about 12 miles."),
        bad=[("We [[remove every stain, guaranteed]].", "warr", "block",
              "the listing says it cannot promise that"),
             ("Carpet cleaning [[within 50 km]] of Cork.", "num", "block", "within 20 km"),
             ("Carpet cleaning in Cork with [[same-day bookings]].", "ship", "block",
              "book at least two days ahead"),
             ("Carpets are [[dry in one hour]].", "num", "block", "dry in 4 to 6 hours"),
             ("Our detergent is [[certified eco-friendly]].",
              "env", "block", "free of perfume only"),
             ("Two rooms cleaned for [[€75]].", "price", "block", "€95 for up to two rooms")]),
    "R27": dict(
        pad="It costs $14.",
        desc=["A linen tea towel from Flaxhouse."],
        short="Linen tea towel by Flaxhouse, $14.",
        seo="Linen tea towel from Flaxhouse.",
        faq="It is a linen tea towel, sold by Flaxhouse for $14.",
        q=("What is it made of?", "Linen."),
        bad=[("It is [[50 x 70 cm]].", "num", "block", "no size in the listing"),
             ("Linen tea towel, [[pack of three]].", "num", "block", "one tea towel"),
             ("Linen tea towel [[woven in Belarus]].", "orig", "block", "no origin in the listing"),
             ("It comes [[in sage and oatmeal]].", "col", "warn", "no colour in the listing"),
             ("[[Over 10,000 sold]].", "soc", "warn", "social proof not in the listing"),
             ("Linen tea towel, [[GOTS-certified]].", "cert", "block", "no certification")]),
    "R28": dict(
        pad="It is 30 cm long.",
        desc=["An olive wood spoon for $12."],
        short="Olive wood spoon, 30 cm, $12.",
        seo="Olive wood spoon, 30 cm long.",
        faq="It is an olive wood spoon, 30 cm long, about 12 inches.",
        q=("How long is it?", "30 cm, just under a foot."),
        bad=[("It is [[made in Tunisia]].", "orig", "block", "no origin in the listing"),
             ("Olive wood spoon [[by Oliveira Craft]].",
              "brand", "block", "the listing has no vendor"),
             ("Olive wood spoon, [[set of two]].", "num", "block", "one spoon"),
             ("It is [[dishwasher safe]].", "care", "block", "no care claim in the listing"),
             ("[[Our best-selling spoon]].", "soc", "warn", "social proof not in the listing"),
             ("Olive wood spoon, [[food-safe certified]].", "cert", "block", "no certification")]),
    "R29": dict(
        pad="Each item is also sold on its own.",
        desc=["The set brings together a 12 half-pan watercolour set, a No. 6 round brush, an A5 "
              "cold-press pad and a water brush pen.",
              "The pad has 20 sheets of 300 g/m² paper."],
        short="Watercolour starter set: 12 half pans, a brush, an A5 pad and a water brush.",
        seo="Watercolour starter set with 12 half pans, a synthetic No. 6 brush and a 300 g/m² A5 "
            "pad.",
        faq="Bought separately the four items cost $28, $9, $12 and $7, $56 in all.",
        q=("Is the brush natural hair?", "No, the No. 6 round brush is synthetic."),
        bad=[("The paint set has [[24 half pans]].", "num", "block", "12 half pans"),
             ("Starter set: [[all four items for $45]].", "price", "block", "the items total $56"),
             ("Watercolour set with a [[sable]] brush.", "mat", "block", "a synthetic brush"),
             ("The pad is [[A4]].", "size", "block", "an A5 pad"),
             ("The paints are [[certified non-toxic]].", "cert", "block", "no certification"),
             ("Watercolour set [[made in Korea]].", "orig", "block", "no origin in the listing")]),
    "R30": dict(
        pad="It weighs 38 kg.",
        desc=["This air rower has 10 damper levels and a steel and aluminium frame, and it folds "
              "upright for storage.",
              "It is sold and delivered by our partner Keelhaul Fitness, who also handle returns "
              "and the warranty."],
        short="Folding air rower with 10 damper levels, for users up to 150 kg, $899.",
        seo="Folding air rower, 10 damper levels, monitor with time, distance, stroke rate and "
            "watts.",
        faq="Keelhaul Fitness deliver it to the kerb; assembly takes about 30 minutes with the "
            "tools in the box.",
        q=("How much room does it need?", "About 240 x 55 cm in use, roughly 7.9 x 1.8 ft."),
        bad=[("It is [[delivered and set up by our own team]].", "ship", "block",
              "the partner delivers it, to the kerb"),
             ("Air rower for users [[up to 200 kg]].", "num", "block", "up to 150 kg"),
             ("Air rower with a [[heart-rate chest strap]] included.",
              "feat", "block", "no strap listed"),
             ("It carries [[our own five-year warranty]].", "warr", "block",
              "the partner's three-year frame warranty"),
             ("It uses [[magnetic resistance]].", "feat", "block", "air resistance"),
             ("Air rower with a [[Concept2]] monitor.", "brand", "block", "no such maker named")]),
}


def _html(sentences):
    return "<p>" + html.escape(" ".join(sentences), quote=False) + "</p>"


def _serialise(kind, sentences, key, question=GENERAL_Q):
    if kind in ("description", "short_description"):
        return _html(sentences)
    text = " ".join(sentences)
    if kind == "seo":
        listing = make_listings.LISTINGS[key]
        title = listing["title"] + (f" | {listing['vendor']}" if listing["vendor"] else "")
        return json.dumps({"title": title, "description": text}, ensure_ascii=False)
    return json.dumps([{"question": question, "answer": text}], ensure_ascii=False)


def _strip_marks(marked):
    start, end = marked.index("[["), marked.index("]]")
    return marked.replace("[[", "").replace("]]", ""), marked[start + 2:end]


def _locate(kind, text, claim):
    """Offsets of the claim as stored: HTML-escaped in markup, JSON-escaped in SEO and FAQ text."""
    stored = html.escape(claim, quote=False) if kind in ("description", "short_description") else (
        json.dumps(claim, ensure_ascii=False)[1:-1])
    start = text.find(stored)
    assert start != -1 and text.find(stored, start + 1) == -1, (kind, text, claim)
    return start, start + len(stored), stored


def build():
    clean, faulty = [], []
    for key, h in H.items():
        for kind, sentences, question in (
                ("description", h["desc"] + [h["pad"]], GENERAL_Q),
                ("short_description", [h["short"]], GENERAL_Q),
                ("seo", [h["seo"]], GENERAL_Q),
                ("faq", [h["faq"]], GENERAL_Q),
                ("faq", [h["q"][1]], h["q"][0])):
            text = _serialise(kind, sentences, key, question)
            clean.append({"listing": key, "kind": kind, "text": text, "labels": []})
        for kind, (marked, rule, severity, why) in zip(FAULTY_KINDS, h["bad"], strict=False):
            sentence, claim = _strip_marks(marked)
            sentences = [sentence, h["pad"]] if kind == "description" else [sentence]
            text = _serialise(kind, sentences, key)
            start, end, stored = _locate(kind, text, claim)
            faulty.append({"listing": key, "kind": kind, "text": text, "labels": [
                {"rule": RULES[rule], "start": start, "end": end, "claim": stored,
                 "severity": severity, "why": why}]})
    return clean, faulty
