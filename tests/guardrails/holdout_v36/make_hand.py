"""Hand-written drafts for guardrails holdout v36: clean drafts and faulty drafts with one planted claim each.

Each listing in `H` has a true `pad` sentence, six clean items (two description sentences, a short
description, an SEO description, an answer to the general question, and a listing-specific question and
answer) and its faulty sentences, each with one wrong claim marked `[[...]]`, its rule, severity and why.
"""
import html
import json
import re
from typing import Any

import make_listings

GENERAL_Q = "What should I know about it?"
FAULTY_KINDS = ("description", "short_description", "seo", "description", "faq", "short_description", "faq")
B, W = "block", "warn"

H: dict[str, dict[str, Any]] = {
    "M01": {
        "pad": "It weighs 42 g.",
        "clean": [
            "This rear light gives up to 80 lumens of red light and runs for about 20 hours on flash.",
            "The strap fits round seatposts from roughly 1 to 1.4 inches across, but not aero seatposts.",
            "A USB-C rear light, cable in the box, wall plug not included, $29.",
            "Red 80-lumen rear bike light, IPX6, four hours on high, charges by USB-C in about two hours.",
            "It is rated IPX6, so rain is fine, but it should not be submerged.",
            ("What battery does it use?", "A 650 mAh lithium-ion battery that you charge over USB-C."),
        ],
        "faulty": [
            ("It puts out [[150 lumens]] of red light on its brightest mode.", "accuracy.number", B,
             "the brightest mode is 80 lumens"),
            ("A rear light with a [[red and white]] LED, 80 lumens at most.", "accuracy.colour", B,
             "the LED is red only"),
            ("Rear bike light that [[fits aero seatposts]] as well as round posts of 25 to 35 mm.",
             "accuracy.compatibility", B, "the listing says it does not fit aero seatposts"),
            ("The housing is [[machined aluminium]].", "accuracy.material", B,
             "the housing is black polycarbonate"),
            ("It is [[waterproof to a depth of 1 m]].", "accuracy.feature", B,
             "IPX6, and the listing says not to submerge it"),
            ("Charges over USB-C in about 2 hours, [[wall plug included]].", "accuracy.feature", B,
             "the listing says a wall plug is not included"),
            ("It [[ships free the same day]] if you order before noon.", "compliance.shipping", B,
             "the listing says nothing about shipping"),
        ],
    },
    "M02": {
        "pad": "A dial thermometer sits in the lid.",
        "clean": [
            "The kettle holds one litre, of which about 0.8 litre is for pouring.",
            "It is made in Taiwan from 304 stainless steel and works on induction as well as gas and "
            "electric hobs.",
            "A 1.0 L gooseneck kettle in matte white with a beech knob, $48.",
            "Stovetop gooseneck kettle for pour-over, 1 litre, thermometer reading 0-110 °C, induction-ready.",
            "Wash it by hand; it is not for the dishwasher.",
            ("How much does it hold?", "About 34 fl oz (1.0 L), with roughly 27 fl oz for pouring."),
        ],
        "faulty": [
            ("The body is [[copper]] with a matte white finish.", "accuracy.material", B,
             "the body is 304 stainless steel"),
            ("Gooseneck kettle, 1.0 L, [[dishwasher safe]].", "accuracy.care", B, "hand wash only"),
            ("Pour-over kettle in [[white, black or sage]], 1.0 litre, for gas, electric and induction.",
             "accuracy.colour", B, "one colour only, matte white"),
            ("It holds [[1.5 litres]] of water.", "accuracy.number", B, "it holds 1.0 litre"),
            ("It is an [[electric kettle with its own base]], so no hob is needed.", "accuracy.category", B,
             "a stovetop kettle for gas, electric and induction hobs"),
            ("A 1.0 L gooseneck kettle, [[made in Italy]].", "accuracy.origin", B,
             "manufactured in Taiwan"),
            ("The lid knob is [[walnut]].", "accuracy.material", B, "the lid knob is beech wood"),
        ],
    },
    "M03": {
        "pad": "The handle swaps between left and right.",
        "clean": [
            "A 2500-size reel with seven bearings in all: six ball bearings and one roller bearing.",
            "Maximum drag is 7 kg, a little over 15 lb.",
            "Spinning reel, 5.2:1, 260 g, for freshwater, $59.",
            "Size 2500 freshwater spinning reel with an aluminium spool and graphite body, 7 kg drag.",
            "It is built for freshwater and is not sealed for saltwater, so rinse it in fresh water after "
            "brackish trips.",
            ("How much line does the spool hold?",
             "About 150 m of 0.25 mm monofilament, roughly 164 yards."),
        ],
        "faulty": [
            ("It is [[fully sealed for saltwater]] surf fishing.", "accuracy.feature", B,
             "the listing says it is not sealed for saltwater"),
            ("Spinning reel, [[6.2:1]] gear ratio, 260 g.", "accuracy.number", B, "the gear ratio is 5.2:1"),
            ("Size 2500 spinning reel with a [[carbon fibre body]] and aluminium spool.",
             "accuracy.material", B, "the body is graphite"),
            ("It holds [[300 m]] of 0.25 mm monofilament.", "accuracy.number", B,
             "line capacity is 150 m of 0.25 mm"),
            ("It comes with a [[lifetime warranty]].", "accuracy.warranty", B,
             "the listing gives no warranty"),
            ("A size [[4000]] spinning reel with a 7 kg drag.", "accuracy.size", B,
             "the reel is size 2500 only"),
            ("It [[balances every rod on the market]].", "accuracy.compatibility", B,
             "an unconfirmable compatibility claim the listing does not make"),
        ],
    },
    "M04": {
        "pad": "It closes with a drawcord.",
        "clean": [
            "The outer is 500D Cordura and the inside is lined with fleece.",
            "It comes in two colours, Slate and Rust, with a 25 mm belt in the box.",
            "Chalk bag sewn by hand in Boulder, CO, USA, $24.",
            "Cordura chalk bag with fleece lining, brush holder, zipped pocket and a 25 mm webbing belt.",
            "The opening takes hands up to glove size XL, and chalk is not included.",
            ("Where is it made?", "It is hand-sewn in Boulder, Colorado."),
        ],
        "faulty": [
            ("The bag comes [[filled with 100 g of chalk]], ready to climb.", "accuracy.feature", B,
             "chalk is not included"),
            ("Chalk bag in [[six colours]], 500D Cordura.", "accuracy.colour", B,
             "two colours: Slate and Rust"),
            ("Chalk bag [[made in Vietnam]] of 500D Cordura with a fleece lining.", "accuracy.origin", B,
             "sewn by hand in Boulder, Colorado"),
            ("The lining is [[merino wool]].", "accuracy.material", B, "the lining is polyester fleece"),
            ("The belt is [[sold separately]].", "accuracy.feature", B, "the 25 mm belt is included"),
            ("Chalk bag with a [[38 mm]] webbing belt.", "accuracy.number", B, "the belt is 25 mm"),
            ("It is [[trusted by over 10,000 climbers]].", "compliance.social_proof", W,
             "social proof the listing does not give"),
        ],
    },
    "M05": {
        "pad": "A hard case comes in the box.",
        "clean": [
            "The lenses are polycarbonate with a smoke tint, an anti-fog coating and UV protection.",
            "Three nose bridges, small, medium and large, let you fit them to your face.",
            "Smoke-tint pool goggles with a silicone strap, £16.",
            "Anti-fog pool goggles with UV protection, smoke polycarbonate lenses and three nose bridges.",
            "They are not made for prescription lenses.",
            ("How do I look after them?",
             "Rinse them in cold fresh water after a swim and dry them out of direct sun."),
        ],
        "faulty": [
            ("They take [[prescription lens inserts]].", "accuracy.compatibility", B,
             "the listing says they are not for prescription lenses"),
            ("Pool goggles with [[mirrored]] smoke lenses, £16.", "accuracy.feature", B,
             "smoke tint only; no mirror coating is given"),
            ("Smoke-tint goggles with [[tempered glass]] lenses and a silicone strap.",
             "accuracy.material", B, "the lenses are polycarbonate"),
            ("The strap is [[latex]].", "accuracy.material", B, "the strap is silicone"),
            ("They [[prevent eye infections from pool water]].", "compliance.health", B,
             "a health claim the listing does not make"),
            ("Smoke-tint goggles, [[£12]].", "accuracy.price", B, "the price is £16"),
            ("Pop them in the [[dishwasher]] to clean them.", "accuracy.care", B,
             "rinse in cold fresh water and dry out of the sun"),
        ],
    },
    "M06": {
        "pad": "A cotton carry strap is included.",
        "clean": [
            "At 183 by 61 cm it is about 72 by 24 inches, and 4 mm thick.",
            "It weighs 2.5 kg, about 5.5 lb.",
            "A 4 mm yoga mat in Moss, natural rubber with a PU top, $78.",
            "4 mm yoga mat, natural tree rubber base and polyurethane top, 183 x 61 cm, in Moss.",
            "It contains natural latex, so it is not for anyone with a latex allergy.",
            ("How do I clean it?",
             "Wipe it with a damp cloth; keep it out of the washing machine and out of direct sun."),
        ],
        "faulty": [
            ("The mat is [[6 mm]] thick.", "accuracy.number", B, "it is 4 mm thick"),
            ("A [[latex-free]] yoga mat, 4 mm.", "compliance.health", B,
             "it contains natural latex and is not for people with a latex allergy"),
            ("Yoga mat [[61 cm long]] and 4 mm thick, natural rubber.", "accuracy.number", B,
             "61 cm is the width; it is 183 cm long"),
            ("Toss it in the [[washing machine]] on a cool cycle.", "accuracy.care", B,
             "wipe clean only; do not machine wash"),
            ("The top layer is [[cork]].", "accuracy.material", B, "the top layer is polyurethane"),
            ("Yoga mat in [[Moss, Sand and Clay]].", "accuracy.colour", B, "Moss only"),
            ("The rubber is [[fully biodegradable and compostable]].", "compliance.environmental", B,
             "an environmental claim the listing does not make"),
        ],
    },
    "M07": {
        "pad": "It has reflective stitching.",
        "clean": [
            "Two lead rings, one on the chest and one on the back, let you choose where to clip on.",
            "Size M fits chests of 55 to 75 cm, roughly 22 to 30 inches.",
            "A padded dog harness in Orange or Navy, $34 in every size.",
            "Padded nylon dog harness with neoprene lining, front and back rings, sizes S to L.",
            "You can machine wash it at 30 °C in a laundry bag, then let it air dry.",
            ("Which size do I need?", "Measure the chest: S is 45-60 cm, M 55-75 cm and L 70-95 cm."),
        ],
        "faulty": [
            ("It comes in sizes [[XS]] to L.", "accuracy.size", B, "sizes S, M and L only"),
            ("Dog harness with [[three]] lead rings, $34.", "accuracy.number", B, "two lead rings"),
            ("Padded dog harness with [[LED lights]] and two lead rings.", "accuracy.feature", B,
             "reflective stitching, no lights"),
            ("The padding is [[memory foam]].", "accuracy.material", B, "the padding is neoprene"),
            ("Size L costs [[$39]]; S and M are $34.", "accuracy.price", B, "every size is $34"),
            ("Harness in Orange and Navy, [[tested by the Kennel Club]].", "accuracy.certification", B,
             "no testing or approval is given"),
            ("It [[relieves neck and joint pain]] in dogs that pull.", "compliance.health", B,
             "a health claim the listing does not make"),
        ],
    },
    "M08": {
        "pad": "The cable is 1.8 m long.",
        "clean": [
            "It suits tanks from 60 to 100 litres, roughly 16 to 26 US gallons.",
            "It works in freshwater and marine tanks and can be fully submerged.",
            "100 W submersible aquarium heater, 18-32 °C, $32.",
            "100 W quartz glass aquarium heater for 60-100 L tanks, adjustable 18-32 °C.",
            "It switches itself off if it is lifted out of the water, and it carries a two-year warranty.",
            ("What temperatures can it hold?", "Anything from 18 to 32 °C, about 64 to 90 °F."),
        ],
        "faulty": [
            ("It suits tanks of up to [[200 litres]].", "accuracy.number", B, "tanks of 60 to 100 litres"),
            ("100 W heater with a [[titanium]] tube.", "accuracy.material", B, "the tube is quartz glass"),
            ("Aquarium heater with [[Wi-Fi app control]], 100 W.", "accuracy.feature", B,
             "set by a dial on top; no app"),
            ("It carries a [[five-year]] warranty.", "accuracy.warranty", B, "a two-year warranty"),
            ("It is for [[freshwater tanks only]].", "accuracy.compatibility", B,
             "freshwater or marine"),
            ("100 W aquarium heater, [[UL listed]].", "accuracy.certification", B,
             "no listing or certification is given"),
            ("Set it anywhere from 18 to [[35 °C]] on the dial.", "accuracy.number", B,
             "the range is 18 to 32 °C"),
        ],
    },
    "M09": {
        "pad": "A padded case and neck strap are included.",
        "clean": [
            "Eight times magnification through 42 mm objectives, with BaK-4 roof prisms.",
            "The field of view is 131 m at 1,000 m, about 393 ft at 1,000 yards.",
            "8x42 birding binoculars, 650 g, $189.",
            "Waterproof 8x42 roof-prism binoculars, fully multi-coated, close focus 2 m.",
            "They are waterproof and nitrogen-purged so they do not fog inside, and they carry a ten-year "
            "warranty.",
            ("How close can they focus?", "Down to 2 m, a little over 6.5 ft."),
        ],
        "faulty": [
            ("They magnify [[10x]] through 42 mm objectives.", "accuracy.number", B,
             "magnification is 8x"),
            ("8x42 binoculars with [[Porro prisms]].", "accuracy.feature", B, "BaK-4 roof prisms"),
            ("8x42 binoculars, [[the sharpest in their class]].", "compliance.absolute", W,
             "a superlative the listing does not support"),
            ("They weigh [[450 g]].", "accuracy.number", B, "they weigh 650 g"),
            ("The lenses are [[Zeiss]] glass.", "accuracy.brand", B,
             "the listing names no glass maker; the vendor is Fieldnote Optics"),
            ("8x42 binoculars, [[free next-day delivery]].", "compliance.shipping", B,
             "the listing says nothing about delivery"),
            ("They come with a [[tripod]].", "accuracy.feature", B,
             "strap, lens caps and case only"),
        ],
    },
    "M10": {
        "pad": "It is 14 cm long with the cap on.",
        "clean": [
            "The body is brass in black lacquer, and the nib is steel in Fine.",
            "It takes standard international cartridges, two in the box, or the converter that comes with it.",
            "Fine steel-nib fountain pen, brass body, 32 g, $45.",
            "Brass fountain pen, black lacquer, Fine steel nib, cartridge or converter filling.",
            "It is assembled in Japan, and the nib is German-made.",
            ("How long is it?", "About 5.5 inches capped (14 cm)."),
        ],
        "faulty": [
            ("The nib is [[14k gold]].", "accuracy.material", B, "the nib is steel"),
            ("Fountain pen with a [[Medium]] steel nib.", "accuracy.size", B, "Fine only"),
            ("Brass fountain pen [[made in Germany]], Fine steel nib.", "accuracy.origin", B,
             "assembled in Japan; only the nib is made in Germany"),
            ("It fills by a [[built-in piston]].", "accuracy.feature", B,
             "cartridges or the included converter"),
            ("It comes in [[black, burgundy and navy]] lacquer.", "accuracy.colour", B,
             "black lacquer only"),
            ("Fine fountain pen weighing [[45 g]].", "accuracy.number", B, "it weighs 32 g"),
            ("Every pen is [[hand-tuned by a nibmeister]] before it ships.", "accuracy.feature", B,
             "a process the listing does not describe"),
        ],
    },
    "M11": {
        "pad": "The headband folds for carrying.",
        "clean": [
            "These wired, closed-back headphones use 40 mm drivers at 32 ohms.",
            "The 1.5 m cable, about 5 ft, detaches and has a 3.5 mm plug, with a 6.35 mm adapter in the box.",
            "Wired closed-back headphones in black, 280 g, $89.",
            "Closed-back over-ear headphones, 40 mm drivers, detachable cable, protein leather pads.",
            "They are wired only, with no Bluetooth and no microphone.",
            ("What are the ear pads made of?", "Protein leather."),
        ],
        "faulty": [
            ("They connect over [[Bluetooth 5.3]] as well as by cable.", "accuracy.feature", B,
             "wired only, no Bluetooth"),
            ("Wired headphones with [[active noise cancelling]].", "accuracy.feature", B,
             "no noise cancelling is given"),
            ("[[In-ear monitors]] with 40 mm drivers and a detachable cable.", "accuracy.category", B,
             "over-ear headphones"),
            ("The ear pads are [[genuine lambskin]].", "accuracy.material", B,
             "the pads are protein leather"),
            ("Impedance is [[80 ohm]].", "accuracy.number", B, "32 ohm"),
            ("Closed-back headphones, [[carbon-neutral]] from factory to door.",
             "compliance.environmental", B, "an environmental claim the listing does not make"),
        ],
    },
    "M12": {
        "pad": "It comes in a 500 ml tin.",
        "clean": [
            "An extra virgin olive oil from Cobrançosa and Madural olives, cold-extracted.",
            "Acidity is at most 0.3 %, from the 2025/2026 harvest.",
            "Azeite virgem extra DOP, lata de 500 ml, 14,50 €.",
            "Azeite de Trás-os-Montes DOP, Cobrançosa e Madural, produzido em Mirandela.",
            "It is produced and bottled in Mirandela, PT; keep it away from light and heat.",
            ("Is it a protected origin oil?", "Yes, it carries the Trás-os-Montes PDO (DOP)."),
        ],
        "faulty": [
            ("It is pressed from [[Galega]] olives.", "accuracy.material", B,
             "Cobrançosa and Madural olives"),
            ("Azeite virgem extra, acidez máxima [[0,8 %]].", "accuracy.number", B,
             "maximum acidity is 0,3 %"),
            ("Azeite DOP [[produzido no Alentejo]], lata de 500 ml.", "accuracy.origin", B,
             "produced in Mirandela, Trás-os-Montes"),
            ("It is [[certified organic]].", "accuracy.certification", B,
             "only the DOP is given"),
            ("It [[lowers cholesterol]] with a spoonful a day.", "compliance.health", B,
             "a health claim the listing does not make"),
            ("Azeite virgem extra em [[garrafa de vidro]] de 500 ml.", "accuracy.material", B,
             "it comes in a tin (lata)"),
        ],
    },
    "M13": {
        "pad": "It should not go on a hob.",
        "clean": [
            "A 350 ml stoneware mug from Bolesławiec with the Peacock (Paw) pattern.",
            "It is blue on white and safe in the dishwasher and the microwave.",
            "Kubek z kamionki, 350 ml, wzór Paw, 59 zł.",
            "Kubek ceramiczny z Bolesławca, 350 ml, ręcznie stemplowany, do zmywarki i mikrofalówki.",
            "Do not put it on a hob; the dishwasher and the microwave are fine.",
            ("How much does it hold?", "350 ml, just under 12 US fl oz."),
        ],
        "faulty": [
            ("It holds [[500 ml]].", "accuracy.number", B, "it holds 350 ml"),
            ("Kubek z [[porcelany]], 350 ml, wzór Paw.", "accuracy.material", B,
             "stoneware (kamionka), not porcelain"),
            ("Kubek ceramiczny, wzór Paw, [[można stawiać na płycie grzejnej]].", "accuracy.care", B,
             "the listing says not to put it on a hob"),
            ("The pattern is [[printed by machine]].", "accuracy.feature", B,
             "the pattern is stamped by hand"),
            ("It is [[FDA certified]].", "accuracy.certification", B,
             "no certification is given"),
            ("Kubek 350 ml, [[wyprodukowany w Chinach]].", "accuracy.origin", B,
             "made in Bolesławiec, Poland"),
        ],
    },
    "M14": {
        "pad": "They are knitted in Ålesund.",
        "clean": [
            "Thick socks of 80 % wool and 20 % nylon, four parts wool to one part nylon.",
            "They come in sizes 36-40 and 41-45, both at 249 kr, in grey.",
            "Tykke ullsokker i grått, 249 kr.",
            "Ullsokker strikket i Ålesund, 80 % ull, størrelse 36-40 og 41-45.",
            "Wash them on a wool programme at 40 °C and keep them out of the tumble dryer.",
            ("Where are they made?", "They are Norwegian-made, knitted in Ålesund."),
        ],
        "faulty": [
            ("They are knitted from [[100 % merino]].", "accuracy.material", B,
             "80 % wool and 20 % nylon"),
            ("Ullsokker, [[kan tørkes i tørketrommel]].", "accuracy.care", B,
             "the listing says no tumble dryer"),
            ("Ullsokker i [[grått, rødt og blått]], strikket i Ålesund.", "accuracy.colour", B,
             "grey only"),
            ("They come in sizes 36-40, 41-45 and [[46-48]].", "accuracy.size", B,
             "sizes 36-40 and 41-45 only"),
            ("They [[keep feet warm down to -40 °C]].", "accuracy.feature", B,
             "a performance figure the listing does not give"),
            ("Ullsokker, [[strikket i Bergen]].", "accuracy.origin", B, "knitted in Ålesund"),
        ],
    },
    "M15": {
        "pad": "Each glass is 9.5 cm tall.",
        "clean": [
            "Six hand-blown tumblers of lead-free crystal, 300 ml each.",
            "They are Czech-made, blown by hand in Nový Bor.",
            "Sada šesti sklenic, 300 ml, 1 290 Kč.",
            "Ručně foukané sklenice z bezolovnatého křišťálu, 300 ml, sada 6 ks.",
            "We recommend washing them by hand.",
            ("How much does each glass hold?", "300 ml, about 10 US fl oz."),
        ],
        "faulty": [
            ("The set has [[eight]] tumblers.", "accuracy.number", B, "a set of six"),
            ("Sklenice z [[olovnatého křišťálu]], 300 ml.", "accuracy.material", B,
             "lead-free crystal"),
            ("Sklenice 300 ml, [[vhodné do myčky]].", "accuracy.care", B,
             "hand washing is recommended"),
            ("Each tumbler holds [[250 ml]].", "accuracy.number", B, "300 ml each"),
            ("Each glass is [[engraved with your initials]] at no charge.", "accuracy.feature", B,
             "no engraving is offered"),
            ("Sada 6 sklenic, [[1 090 Kč]].", "accuracy.price", B, "the price is 1 290 Kč"),
        ],
    },
    "M16": {
        "pad": "A 40 cm ladle comes with it.",
        "clean": [
            "A four-litre sauna bucket of thermally modified aspen with a plastic inner liner.",
            "It is handmade in Kuopio, Finland.",
            "Saunakiulu 4 l ja kauha, 49,00 €.",
            "Käsityönä Kuopiossa valmistettu saunakiulu lämpökäsitellystä haavasta, 4 l.",
            "Empty the bucket and let it dry after each sauna.",
            ("How long is the ladle?", "40 cm, just under 16 inches."),
        ],
        "faulty": [
            ("The staves are [[birch]].", "accuracy.material", B, "thermally modified aspen"),
            ("Saunakiulu 4 l ja kauha, [[39,00 €]].", "accuracy.price", B, "the price is 49,00 €"),
            ("Saunakiulu 4 l, [[kestää astianpesukoneen]].", "accuracy.care", B,
             "the listing gives no dishwasher care; it says to empty and dry the bucket"),
            ("It has [[no plastic parts]].", "accuracy.material", B, "the inner liner is plastic"),
            ("The bucket is [[FSC certified]].", "accuracy.certification", B,
             "no certification is given"),
            ("Saunakiulu, [[valmistettu Virossa]].", "accuracy.origin", B, "handmade in Kuopio, Finland"),
        ],
    },
    "M17": {
        "pad": "It comes in a 450 g glass jar.",
        "clean": [
            "Raw thyme honey from Sfakia in Crete, never heated.",
            "It crystallises naturally with time.",
            "Ωμό θυμαρίσιο μέλι Κρήτης, 450 g, 12,90 €.",
            "Θυμαρίσιο μέλι από τα Σφακιά, ωμό, σε γυάλινο βάζο 450 g.",
            "It is not suitable for babies under 12 months.",
            ("How much is in the jar?", "450 g, just under 1 lb."),
        ],
        "faulty": [
            ("It is [[pasteurised]] for a smooth texture.", "accuracy.feature", B,
             "raw and never heated"),
            ("Θυμαρίσιο μέλι [[από τη Θάσο]], 450 g.", "accuracy.origin", B, "from Sfakia, Crete"),
            ("Ωμό μέλι, [[κατάλληλο για βρέφη]].", "compliance.health", B,
             "not suitable for babies under 12 months"),
            ("It is [[pine honey]] from Crete.", "accuracy.category", B, "thyme honey"),
            ("It [[boosts the immune system]].", "compliance.health", B,
             "a health claim the listing does not make"),
            ("Μέλι θυμαριού, [[βιολογικό πιστοποιημένο]].", "accuracy.certification", B,
             "no organic certification is given"),
        ],
    },
    "M18": {
        "pad": "It is for external use only.",
        "clean": [
            "A rich hand cream with 10 % shea butter and glycerin, with no fragrance.",
            "It is Swiss-made, in Appenzell, and comes in a 75 ml aluminium tube.",
            "Fragrance-free vegan hand cream, 75 ml, CHF 18.50.",
            "Vegan hand cream from Appenzell, CH, with shea butter, fragrance-free.",
            "It is vegan and fragrance-free.",
            ("How big is the tube?", "75 ml, about 2.5 US fl oz."),
        ],
        "faulty": [
            ("It is lightly [[scented with alpine rose]].", "accuracy.feature", B, "fragrance-free"),
            ("Hand cream with [[25 %]] shea butter.", "accuracy.number", B, "10 % shea butter"),
            ("Hand cream [[made in Zürich]] with shea butter.", "accuracy.origin", B,
             "made in Appenzell"),
            ("It [[heals eczema]] and cracked skin.", "compliance.health", B,
             "a health claim the listing does not make"),
            ("It is [[Leaping Bunny certified]].", "accuracy.certification", B,
             "vegan is stated; no certification is given"),
            ("Hand cream, 75 ml, in a [[glass jar]].", "accuracy.material", B,
             "an aluminium tube"),
        ],
    },
    "M19": {
        "pad": "Its base has a USB-A port for charging a phone.",
        "clean": [
            "A 10 W LED lamp with three colour temperatures, from a warm 2700 K to a cool 6500 K, and five "
            "brightness levels.",
            "At full power it draws about 0.08 kWh over an eight-hour day.",
            "White LED desk lamp, 45 cm aluminium arm, $54.",
            "10 W LED desk lamp with three colour temperatures, five brightness levels and USB-A charging.",
            "It comes with a two-year warranty.",
            ("How long is the arm?", "45 cm, roughly 18 inches."),
        ],
        "faulty": [
            ("It offers [[ten]] brightness levels.", "accuracy.number", B, "five brightness levels"),
            ("LED desk lamp with [[wireless phone charging]].", "accuracy.feature", B,
             "a USB-A port, no wireless charging"),
            ("10 W LED desk lamp, [[Energy Star certified]].", "accuracy.certification", B,
             "no certification is given"),
            ("The arm is [[bamboo]].", "accuracy.material", B, "the arm is aluminium"),
            ("It [[prevents eye strain and headaches]].", "compliance.health", B,
             "a health claim the listing does not make"),
            ("LED desk lamp using [[0.8 kWh]] in an eight-hour day.", "accuracy.number", B,
             "about 0.08 kWh in an eight-hour day"),
        ],
    },
    "M20": {
        "pad": "It weighs 1.1 kg.",
        "clean": [
            "A 28-litre daypack of 600D polyester recycled from PET bottles.",
            "It has a water-resistant coating, but it is not waterproof.",
            "28 L backpack in Charcoal or Olive, $95.",
            "28-litre recycled polyester daypack, 48 x 30 x 18 cm, 16-inch laptop sleeve.",
            "It is backed by a lifetime repair guarantee.",
            ("How big is it?", "About 19 x 12 x 7 inches (48 x 30 x 18 cm), and it weighs 1.1 kg."),
        ],
        "faulty": [
            ("It is [[fully waterproof]], even in heavy rain.", "accuracy.feature", B,
             "water-resistant, not waterproof"),
            ("[[35 L]] backpack, recycled polyester.", "accuracy.number", B, "28 litres"),
            ("28 L backpack with a [[lifetime replacement warranty]].", "accuracy.warranty", B,
             "a lifetime repair guarantee, not replacement"),
            ("The sleeve takes laptops up to [[17 inches]].", "accuracy.number", B, "up to 16 inches"),
            ("The fabric is [[100 % recycled ocean plastic]].", "compliance.environmental", B,
             "recycled from PET bottles; no ocean plastic is claimed"),
            ("28 L daypack, [[48 cm wide]].", "accuracy.number", B,
             "48 cm is the height; it is 30 cm wide"),
        ],
    },
    "M21": {
        "pad": "The cover is 100 % cotton percale.",
        "clean": [
            "A duvet filled with 400 gsm of 100 % British wool.",
            "The Double measures 200 x 200 cm, about 79 inches square, and costs £189.",
            "British wool duvet, Single £149 or Double £189.",
            "Wool duvet made in Cumbria, UK, 400 gsm British wool filling, cotton percale cover.",
            "Spot clean it or have it professionally cleaned; it is not for the washing machine.",
            ("What sizes are there?", "Two: Single, 135 x 200 cm, and Double, 200 x 200 cm."),
        ],
        "faulty": [
            ("It is filled with [[duck down]] and wool.", "accuracy.material", B,
             "100 % British wool filling"),
            ("Wool duvet in Single, Double and [[King]].", "accuracy.size", B, "Single and Double only"),
            ("Wool duvet, [[machine washable at 40 °C]].", "accuracy.care", B,
             "spot clean or professional clean; do not machine wash"),
            ("It is [[made in New Zealand]].", "accuracy.origin", B, "made in Cumbria"),
            ("The Single costs [[£129]].", "accuracy.price", B, "the Single is £149"),
            ("Wool duvet, [[hypoallergenic and dust-mite proof]].", "compliance.health", B,
             "a health claim the listing does not make"),
        ],
    },
    "M22": {
        "pad": "The pieces store inside the folding board.",
        "clean": [
            "The board is walnut and maple, 40 x 40 cm with 45 mm squares.",
            "Thirty-two weighted Staunton pieces come with two extra queens, thirty-four in all.",
            "Walnut and maple chess set, king 7.6 cm, $129.",
            "Folding walnut and maple chess board with weighted boxwood Staunton pieces, 40 x 40 cm.",
            "The pieces are Indian-made, carved by hand in Amritsar.",
            ("How tall is the king?", "7.6 cm, about 3 inches."),
        ],
        "faulty": [
            ("The king stands [[9.5 cm]] tall.", "accuracy.number", B, "the king is 7.6 cm"),
            ("Chess set with [[rosewood]] pieces.", "accuracy.material", B,
             "boxwood and ebonised boxwood"),
            ("Walnut chess set, [[hand-carved in Jaipur]].", "accuracy.origin", B,
             "hand-carved in Amritsar"),
            ("The board is [[magnetic]] for play on the move.", "accuracy.feature", B,
             "no magnets are given"),
            ("It is [[the finest chess set you can buy]].", "compliance.absolute", W,
             "a superlative the listing does not support"),
            ("Chess set, [[a gift loved by thousands of players]].", "compliance.social_proof", W,
             "social proof the listing does not give"),
        ],
    },
    "M23": {
        "pad": "Dry it straight away after washing.",
        "clean": [
            "A 26 cm cast iron skillet, 10.25 inches across, weighing 2.4 kg.",
            "It goes on gas, electric and induction hobs, into the oven or over a campfire.",
            "Cast iron skillet, 26 cm, cast in Tennessee, USA, $45.",
            "Pre-seasoned 26 cm cast iron skillet for induction, oven and campfire, cast in Tennessee.",
            "Wash it by hand, dry it straight away and wipe it with a little oil; keep it out of the "
            "dishwasher.",
            ("How heavy is it?", "2.4 kg, about 5.3 lb."),
        ],
        "faulty": [
            ("It is [[enamelled]] inside and out.", "accuracy.material", B,
             "bare cast iron, pre-seasoned with vegetable oil"),
            ("Cast iron skillet, [[30 cm]].", "accuracy.number", B, "26 cm"),
            ("Cast iron skillet, [[dishwasher safe]], 26 cm.", "accuracy.care", B,
             "not for the dishwasher"),
            ("It is [[cast in Pennsylvania]].", "accuracy.origin", B, "cast in Tennessee"),
            ("Cooking in it [[boosts your iron levels]].", "compliance.health", B,
             "a health claim the listing does not make"),
            ("Cast iron skillet with a [[lifetime warranty]].", "accuracy.warranty", B,
             "no warranty is given"),
        ],
    },
    "M24": {
        "pad": "It comes in a 100 g tin.",
        "clean": [
            "A malty second-flush black tea from a single garden in Assam.",
            "Brew a teaspoon per 250 ml cup at 95-100 °C for three to four minutes.",
            "Organic Assam black tea, 100 g tin, $16.",
            "Second flush Assam black tea, EU organic, grown in India and packed in Hamburg.",
            "It is certified organic under the EU organic scheme.",
            ("How much tea per cup?", "One teaspoon for each 250 ml cup, about 8.5 fl oz."),
        ],
        "faulty": [
            ("Brew [[one tablespoon]] per 250 ml cup.", "accuracy.number", B,
             "one teaspoon per 250 ml cup"),
            ("[[Green tea]] from Assam, 100 g tin.", "accuracy.category", B, "a black tea"),
            ("Assam black tea, [[Fairtrade certified]], 100 g.", "accuracy.certification", B,
             "EU organic only"),
            ("It is [[grown and packed in Darjeeling]].", "accuracy.origin", B,
             "grown in Assam and packed in Hamburg"),
            ("It comes [[in 50 pyramid tea bags]].", "accuracy.category", B,
             "loose-leaf tea in a tin"),
            ("Assam tea, [[plastic-free packaging]].", "compliance.environmental", B,
             "an environmental claim the listing does not make"),
        ],
    },
    "M25": {
        "pad": "A padded gig bag is included.",
        "clean": [
            "A concert ukulele with a solid mahogany top over laminated mahogany back and sides.",
            "It has eighteen frets on a walnut fingerboard and Aquila strings tuned GCEA.",
            "Concert ukulele in mahogany with a gig bag, $99.",
            "Concert ukulele, solid mahogany top, walnut fingerboard, 18 frets, Aquila strings.",
            "It comes strung with Aquila strings in standard GCEA tuning.",
            ("Is the top solid wood?", "Yes, the top is solid mahogany; the back and sides are laminated."),
        ],
        "faulty": [
            ("It is a [[tenor]] ukulele.", "accuracy.size", B, "a concert ukulele"),
            ("Ukulele with an [[all-solid]] mahogany body.", "accuracy.material", B,
             "solid top only; back and sides are laminated"),
            ("Concert ukulele with a [[built-in tuner and pickup]].", "accuracy.feature", B,
             "no electronics are given"),
            ("It has [[20]] frets.", "accuracy.number", B, "18 frets"),
            ("It is [[the best ukulele for beginners]].", "compliance.absolute", W,
             "a superlative the listing does not support"),
            ("Concert ukulele, [[Martin]] strings.", "accuracy.brand", B, "Aquila strings"),
        ],
    },
    "M26": {
        "pad": "A sweeping certificate is given after every visit.",
        "clean": [
            "We sweep chimneys within 12 miles of Norwich city centre, about 19 km.",
            "A standard sweep is £65, and a sweep with a smoke test is £85, £20 more.",
            "Chimney sweeping around Norwich, UK, from £65.",
            "Chimney sweep within 12 miles of Norwich: standard sweep £65, with smoke test £85.",
            "We do not sweep gas flues.",
            ("How far ahead should I book?", "At least five days ahead."),
        ],
        "faulty": [
            ("We come out to homes within [[12 km]] of Norwich city centre.", "accuracy.number", B,
             "12 miles (19 km)"),
            ("Chimney sweep, [[£55]] a visit.", "accuracy.price", B, "£65 or £85"),
            ("Chimney sweep in Norwich, [[HETAS registered]].", "accuracy.certification", B,
             "no registration is given"),
            ("We also [[sweep gas flues]].", "accuracy.feature", B, "gas flues are not swept"),
            ("Every sweep is [[guaranteed for 12 months]].", "accuracy.warranty", B,
             "no guarantee is given"),
            ("Chimney sweep, [[rated five stars by 500 Norwich homes]].", "compliance.social_proof", W,
             "social proof the listing does not give"),
        ],
    },
    "M27": {
        "pad": "It costs $12.",
        "clean": [
            "A linen tea towel from Fernhill.",
            None,
            "A Fernhill linen tea towel, $12.",
            "Linen tea towel by Fernhill.",
            "It is a linen tea towel, priced at $12.",
            ("Who makes it?", "Fernhill."),
        ],
        "faulty": [
            ("It is [[woven in Ireland]].", "accuracy.origin", B, "no origin is given"),
            ("Linen tea towel, [[50 x 70 cm]].", "accuracy.number", B, "no size is given"),
            ("Linen tea towel in [[blue and white stripes]].", "accuracy.colour", W,
             "the listing names no colour"),
            ("It is [[100 % organic linen]].", "accuracy.material", B,
             "linen is given, organic is not"),
            ("It comes [[in a set of three]].", "accuracy.number", B, "one tea towel"),
            ("Linen tea towel, [[$10]].", "accuracy.price", B, "the price is $12"),
        ],
    },
    "M28": {
        "pad": "It is 12 cm long.",
        "clean": [
            "A brass bottle opener.",
            None,
            "Brass bottle opener, 12 cm, $15.",
            "A 12 cm brass bottle opener for $15.",
            "It is a brass bottle opener about 4.7 inches long.",
            ("How long is it?", "12 cm."),
        ],
        "faulty": [
            ("It is [[solid copper]].", "accuracy.material", B, "brass"),
            ("Brass bottle opener, [[18 cm]].", "accuracy.number", B, "12 cm long"),
            ("Brass bottle opener [[by Copperhaus]].", "accuracy.brand", B, "the listing has no vendor"),
            ("It has a [[built-in corkscrew]].", "accuracy.feature", B, "a bottle opener only"),
            ("It is [[the strongest opener on the market]].", "compliance.absolute", W,
             "a superlative the listing does not support"),
            ("Brass bottle opener, [[ships free worldwide]].", "compliance.shipping", B,
             "the listing says nothing about shipping"),
        ],
    },
    "M29": {
        "pad": "Each item is sold on its own.",
        "clean": [
            "A 2 L glass cloche jar, 1 kg of drainage gravel, 50 g of preserved cushion moss and a "
            "three-piece tool set.",
            "Bought together, the four items come to $48.",
            "Terrarium kit items: jar $22, gravel $6, moss $9, tools $11.",
            "Terrarium starter kit: 2 L cloche jar, drainage gravel, preserved moss and a stainless steel "
            "tool set.",
            "The moss is preserved, so it needs no watering.",
            ("What is in the tool set?", "Three stainless steel tools: tweezers, a rake and a spatula."),
        ],
        "faulty": [
            ("The jar holds [[5 L]].", "accuracy.number", B, "the jar is 2 L"),
            ("Terrarium kit, [[all four items for $40]].", "accuracy.price", B,
             "the items are sold on their own and come to $48"),
            ("Terrarium starter kit with [[live moss]] and a 2 L jar.", "accuracy.feature", B,
             "the moss is preserved"),
            ("The tools are [[bamboo]].", "accuracy.material", B, "stainless steel"),
            ("The jar is [[suitable for tropical frogs]].", "accuracy.compatibility", W,
             "an invented use that contradicts nothing"),
            ("Terrarium kit, [[purifies the air in your home]].", "compliance.health", B,
             "a health claim the listing does not make"),
        ],
    },
    "M30": {
        "pad": "It comes with two seats and a hand pump.",
        "clean": [
            "A two-person inflatable kayak, 3.6 m long and 0.9 m wide when inflated.",
            "It is sold and delivered by our partner Riverline Outdoors, who handle returns and the two-year "
            "warranty.",
            "Two-person inflatable kayak, 14 kg, £449.",
            "Two-person inflatable kayak, max load 180 kg, drop-stitch floor, sold by Riverline Outdoors.",
            "Paddles are not included, and it is for calm water only.",
            ("How much weight can it carry?", "Up to 180 kg, about 397 lb."),
        ],
        "faulty": [
            ("It is [[rated for white water]] up to grade 3.", "accuracy.compatibility", B,
             "for calm water only"),
            ("Inflatable kayak, [[paddles included]].", "accuracy.feature", B, "paddles are not included"),
            ("Inflatable kayak [[for three people]].", "accuracy.number", B, "a two-person kayak"),
            ("We [[deliver it ourselves]].", "compliance.shipping", B,
             "the partner Riverline Outdoors delivers it"),
            ("It carries [[our own five-year warranty]].", "accuracy.warranty", B,
             "the partner's two-year warranty"),
            ("Inflatable kayak, [[12 kg]].", "accuracy.number", B, "it weighs 14 kg"),
        ],
    },
}


def _html(sentences):
    return "<p>" + html.escape(" ".join(s for s in sentences if s), quote=False) + "</p>"


def _serialise(kind, sentences, key, question=GENERAL_Q):
    if kind in ("description", "short_description"):
        return _html(sentences)
    lst = make_listings.LISTINGS[key]
    if kind == "seo":
        title = f"{lst['title']} | {lst['vendor']}" if lst.get("vendor") else lst["title"]
        return json.dumps({"title": title, "description": " ".join(sentences)}, ensure_ascii=False)
    return json.dumps([{"question": question, "answer": " ".join(sentences)}], ensure_ascii=False)


def _strip_marks(marked):
    found = re.search(r"\[\[(.+?)\]\]", marked)
    assert found, marked
    claim = found.group(1)
    return marked.replace("[[", "").replace("]]", ""), claim


def _locate(kind, text, claim):
    needle = claim if kind in ("seo", "faq") else html.escape(claim, quote=False)
    start = text.find(needle)
    assert start != -1 and text.find(needle, start + 1) == -1, (claim, text)
    return start, start + len(needle), needle


def build():
    clean, faulty = [], []
    for key, item in H.items():
        d1, d2, short, seo, general, (question, answer) = item["clean"]
        pad = item["pad"]
        for kind, sentences, q in (("description", [d1, d2, pad], GENERAL_Q),
                                   ("short_description", [short], GENERAL_Q),
                                   ("seo", [seo], GENERAL_Q),
                                   ("faq", [general], GENERAL_Q),
                                   ("faq", [answer], question)):
            clean.append({"listing": key, "kind": kind, "text": _serialise(kind, sentences, key, q),
                          "labels": []})
        for kind, (marked, rule, severity, why) in zip(FAULTY_KINDS, item["faulty"], strict=False):
            sentence, claim = _strip_marks(marked)
            sentences = [sentence, pad] if kind == "description" else [sentence]
            text = _serialise(kind, sentences, key)
            start, end, found = _locate(kind, text, claim)
            faulty.append({"listing": key, "kind": kind, "text": text, "labels": [
                {"rule": rule, "start": start, "end": end, "claim": found, "severity": severity,
                 "why": why}]})
    return clean, faulty
