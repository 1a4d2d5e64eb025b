"""Hand-written drafts for guardrails holdout v39: five clean drafts a listing and the faulty ones.

Each faulty sentence carries exactly one unsupported claim, marked [[...]]; build() strips the
marks and records the claim's offsets in the stored text.
"""
import html
import json
from typing import Any

import make_listings

GENERAL_Q = "What should I know about it?"
NUM, MAT, FEA, ORI = "accuracy.number", "accuracy.material", "accuracy.feature", "accuracy.origin"
COL, CAR, CER, PRI = "accuracy.colour", "accuracy.care", "accuracy.certification", "accuracy.price"
SIZ, CAT, WAR = "accuracy.size", "accuracy.category", "accuracy.warranty"
COM = "accuracy.compatibility"
BRA, ABS, ENV = "accuracy.brand", "compliance.absolute", "compliance.environmental"
HEA, SHI, SOC = "compliance.health", "compliance.shipping", "compliance.social_proof"
WARN_RULES = {ABS, SOC}
# Faulty sentences are recast in this order of kinds (R11-R30 use the first six).
FAULTY_KINDS = ("description", "short_description", "seo", "description", "faq",
                "short_description", "faq")

# key -> pad (a true sentence), d (clean description sentences), s (short), seo (SEO description),
# a (answer to GENERAL_Q), q (a listing-specific question and answer), f (faulty: sentence, rule,
# why[, severity]).
H: dict[str, dict[str, Any]] = {
    "R01": {
        "pad": "It is held on by three elastic straps with brass hooks.",
        "d": ["Hand-stitched in Fez from vegetable-tanned cowhide, this guard keeps the string off "
              "your forearm.",
              "At 18 cm long, about 7 inches, and 70 g, it sits light on the arm."],
        "s": "A hand-stitched Moroccan leather arm guard in brown or black, $28.",
        "seo": "Vegetable-tanned cowhide arm guard, stitched by hand in Morocco. Fits forearms 20 "
               "to 30 cm around.",
        "a": "It fits forearms from about 8 to 12 inches around, and it should only be wiped with "
             "a dry cloth, never soaked.",
        "q": ("Can I wash it?", "No. Wipe it with a dry cloth and keep it out of water; soaking "
                                "would harm the leather."),
        "f": [("The guard is cut from [[goat leather]].", MAT, "vegetable-tanned cowhide"),
              ("A leather arm guard, [[made in Spain]].", ORI, "stitched in Fez, Morocco"),
              ("Leather arm guard [[24 cm]] long for full forearm cover.", NUM, "18 cm long"),
              ("The leather is [[waterproof]].", FEA, "the listing says not to soak it"),
              ("It comes in [[Brown, Black or Red]].", COL, "Brown or Black only"),
              ("The [[official arm guard of the World Archery federation]].", CER,
               "no endorsement in the listing"),
              ("It fits forearms [[up to 36 cm]] around.", NUM, "fits 20 to 30 cm")],
    },
    "R02": {
        "pad": "The split strap adjusts with two buckles.",
        "d": ["One wide tempered glass lens gives a clear view, and the silicone skirt seals "
              "softly against the face.",
              "The snorkel is not in the box, so pair it with one you already own."],
        "s": "Single-lens snorkel mask with a soft silicone skirt in clear or black, $39.",
        "seo": "A tempered glass snorkel mask for adults, with a silicone skirt and a split strap "
               "that adjusts with two buckles.",
        "a": "It is sized for adults, and a quick rinse in fresh water after each swim keeps it in "
             "good order; store it out of the sun.",
        "q": ("Does it come with a snorkel?",
              "No, the snorkel is sold separately; the box holds the mask alone."),
        "f": [("The lens is [[polycarbonate]].", MAT, "tempered glass lens"),
              ("Snorkel mask with a [[built-in dry snorkel]].", FEA,
               "the snorkel is sold separately"),
              ("Tempered glass snorkel mask, [[available in kids' and adult sizes]].", SIZ,
               "adult size only"),
              ("The lens has an [[anti-fog coating]].", FEA, "no coating in the listing"),
              ("It [[works with prescription lenses]].", COM, "nothing about prescription lenses"),
              ("The [[best snorkel mask on the market]], $39.", ABS, "unverifiable superlative"),
              ("The mask is [[dishwasher safe]].", CAR, "rinse in fresh water only")],
    },
    "R03": {
        "pad": "The pieces are felted underneath.",
        "d": ["Walnut and maple squares make up a board that folds in half and holds the pieces "
              "inside.",
              "Open, it measures 40 cm square, roughly 16 inches a side."],
        "s": "Austrian-made folding chess set in walnut and maple, $120.",
        "seo": "Folding walnut and maple chess board with weighted beech pieces; the king is 8 cm "
               "tall.",
        "a": "The whole set weighs 2.1 kg, a little over 4.5 lb, and folds to 40 x 20 x 6 cm for "
             "the shelf.",
        "q": ("What are the pieces made of?",
              "Turned beech, weighted and felted, with a king about 3 inches tall."),
        "f": [("The pieces are carved from [[boxwood and ebony]].", MAT, "turned beech pieces"),
              ("A folding chess set [[handmade in Germany]].", ORI, "made in Austria"),
              ("Folding chess set with a [[10 cm]] king.", NUM, "the king is 8 cm"),
              ("The board opens to [[50 x 50 cm]].", NUM, "40 x 40 cm open"),
              ("Yes, the board is [[dishwasher safe]].", CAR, "a wooden board; no such care"),
              ("[[FIDE-approved]] walnut and maple chess set.", CER, "no approval in the listing"),
              ("It comes in [[three sizes: 30, 40 and 50 cm]].", SIZ, "one 40 cm board")],
    },
    "R04": {
        "pad": "Hanging rope is not included.",
        "d": ["Woven by hand in Yucatán from cotton thread, it has a close weave that spreads your "
              "weight.",
              "With no spreader bars, the bed wraps around you like a cocoon."],
        "s": "Hand-woven Mexican cotton hammock in Natural or Terracotta, $85.",
        "seo": "A cotton hammock hand-woven in Yucatán, 200 x 150 cm, holding up to 150 kg.",
        "a": "The bed is about 6.5 by 5 feet and holds up to 150 kg, about 330 lb; bring your own "
             "rope to hang it.",
        "q": ("How do I clean it?", "Wash it by hand in cold water and let it dry in the shade."),
        "f": [("It is woven from [[nylon]] thread.", MAT, "cotton"),
              ("Cotton hammock with [[hardwood spreader bars]].", FEA, "it has no spreader bars"),
              ("Hand-woven hammock [[from Guatemala]], 200 x 150 cm.", ORI, "Yucatán, Mexico"),
              ("It holds [[up to 250 kg]].", NUM, "maximum load 150 kg"),
              ("Yes, it can go in the [[washing machine]] on a warm cycle.", CAR,
               "hand wash in cold water"),
              ("Yucatán cotton hammock [[in six colours]].", COL, "Natural or Terracotta"),
              ("It ships [[free within two days]].", SHI, "no shipping terms in the listing")],
    },
    "R05": {
        "pad": "It packs into the plastic case that comes with it.",
        "d": ["This folding burner screws onto a standard EN417 threaded gas canister and gets a "
              "litre of water boiling in roughly three and a half minutes.",
              "The piezo igniter lights it without matches, and the wire valve turns easily with "
              "gloves on."],
        "s": "An 85 g canister stove, about 3 oz, with a piezo igniter, $45.",
        "seo": "Folding backpacking stove for EN417 screw-thread canisters, 2800 W, with a piezo "
               "igniter. Gas sold separately.",
        "a": "It runs on threaded EN417 canisters, which you buy separately, and it is made of "
             "stainless steel and aluminium.",
        "q": ("Is the gas included?",
              "No. The stove comes with its plastic case, but the canister is not in the box."),
        "f": [("It puts out [[3500 W]].", NUM, "2800 W"),
              ("A stove that [[runs on butane, propane or white gas]].", COM,
               "EN417 threaded canisters only"),
              ("Canister stove, [[titanium]] body, 85 g.", MAT, "stainless steel and aluminium"),
              ("It boils a litre [[in under two minutes]].", NUM, "about 3.5 minutes"),
              ("Yes, the box includes [[a 230 g gas canister]].", FEA,
               "the canister is not included"),
              ("Canister stove, ultralight at [[55 g]].", NUM, "85 g"),
              ("It carries a [[lifetime warranty]].", WAR, "no warranty in the listing")],
    },
    "R06": {
        "pad": "It arrives assembled and ready to ride.",
        "d": ["A seven-ply maple deck, eight inches wide, sits on aluminium trucks and 54 mm "
              "wheels.",
              "The hard 99A urethane wheels turn on ABEC-7 bearings."],
        "s": "Complete 8.0 skateboard with 54 mm wheels, $79.",
        "seo": "Complete street skateboard: 8.0 x 31.5 inch seven-ply maple deck, 54 mm 99A wheels "
               "and ABEC-7 bearings.",
        "a": "It comes fully assembled with black griptape; keep the bearings out of the wet.",
        "q": ("How big is the deck?", "8 inches wide and 31.5 inches long, about 20 by 80 cm."),
        "f": [("The deck is [[bamboo]].", MAT, "7-ply maple"),
              ("Skateboard with [[60 mm]] wheels.", NUM, "54 mm wheels"),
              ("Complete skateboard with [[ABEC-9]] bearings.", FEA, "ABEC-7 bearings"),
              ("The trucks are [[steel]].", MAT, "aluminium trucks"),
              ("It comes in [[8.0, 8.25 and 8.5 inch widths]].", SIZ, "8.0 in only"),
              ("Skateboard [[with LED light-up wheels]].", FEA, "no lights in the listing"),
              ("[[Thousands of skaters]] ride this board every day.", SOC,
               "unverifiable social proof")],
    },
    "R07": {
        "pad": "It comes with a matching saucer.",
        "d": ["A reactive glaze gives each stoneware pot its own finish, and a hole in the base "
              "lets extra water drain.",
              "At about 6 inches across, it suits a small houseplant."],
        "s": "Glazed stoneware plant pot with saucer, in Sage or Sand, $26.",
        "seo": "Indoor stoneware plant pot with drainage hole and saucer, 15 cm across and 14 cm "
               "tall.",
        "a": "Keep it indoors, because frost can crack the glaze, and wipe it clean with a damp "
             "cloth.",
        "q": ("Does it have a drainage hole?",
              "Yes, there is one in the base, and the saucer catches the water."),
        "f": [("It is [[frost-proof]].", FEA,
               "indoor use only: frost can crack the glaze"),
              ("Glazed [[terracotta]] plant pot with saucer.", MAT, "glazed stoneware"),
              ("Stoneware plant pot, [[20 cm]] across, with saucer.", NUM, "15 cm across"),
              ("It is [[self-watering]], with a hidden reservoir.", FEA, "a plain pot"),
              ("It comes in [[Sage, Sand, Cobalt and White]].", COL, "Sage or Sand"),
              ("[[Made in England]], a glazed pot for houseplants.", ORI, "no origin given"),
              ("It is [[certified lead-free and food safe]].", CER, "no certification given")],
    },
    "R08": {
        "pad": "It packs into the compression sack included.",
        "d": ["Filled with 650 fill power duck down, this mummy bag is rated comfortable to 2 °C, "
              "about 36 °F.",
              "A draught collar and a left-side zip keep the warmth in."],
        "s": "Duck down mummy bag, comfort 2 °C, 950 g, $219.",
        "seo": "650 fill power down sleeping bag with a 2 °C comfort and -4 °C limit rating, 20D "
               "ripstop shell.",
        "a": "It weighs 950 g, a little over 2 lb, and measures 220 by 80 cm; air it out after "
             "each trip.",
        "q": ("Which side is the zip on?", "The left side."),
        "f": [("It is filled with [[goose down]].", MAT, "duck down"),
              ("Down sleeping bag rated to [[-10 °C]].", NUM, "comfort 2 °C, limit -4 °C"),
              ("Down mummy bag with [[two-way zips on both sides]].", FEA, "one left-side zip"),
              ("The shell is [[Gore-Tex]].", MAT, "20D ripstop nylon"),
              ("It weighs [[750 g]].", NUM, "950 g"),
              ("Down sleeping bag, [[RDS certified]].", CER, "no certification given"),
              ("Yes, it is [[machine washable at 40 °C]].", CAR, "no washing in the listing")],
    },
    "R09": {
        "pad": "Quick-release spring bars let you change it without tools.",
        "d": ["Cut from full-grain calf leather, this 20 mm strap closes with a brushed stainless "
              "steel buckle.",
              "It fits wrists from roughly 6.3 to 7.9 inches, and the leather darkens as you wear "
              "it."],
        "s": "A 20 mm calf leather watch strap in Tan or Black, $35.",
        "seo": "Quick-release 20 mm leather watch strap with a stainless steel buckle, fits wrists "
               "16-20 cm.",
        "a": "Keep it away from water, since it is leather, and expect the colour to deepen with "
             "wear.",
        "q": ("Do I need tools to fit it?",
              "No. The spring bars release by hand, so it swaps without tools."),
        "f": [("The buckle is [[solid titanium]].", MAT, "brushed stainless steel buckle"),
              ("[[22 mm]] leather watch strap, quick release.", SIZ, "20 mm only"),
              ("Leather watch strap [[handmade in France]], 20 mm.", ORI, "no origin given"),
              ("It is [[water-resistant and fine for swimming]].", FEA, "keep away from water"),
              ("It [[fits Apple Watch]] straight out of the box.", COM,
               "a 20 mm spring-bar strap; no such fit stated"),
              ("Watch strap in [[vegan leather]].", MAT, "full-grain calf leather"),
              ("It fits wrists [[from 14 to 23 cm]].", NUM, "16-20 cm")],
    },
    "R10": {
        "pad": "The box holds a poster of the picture.",
        "d": ["A thousand pieces make up a harbour scene at dusk, cut from thick recycled board.",
              "Finished, it covers 68 x 49 cm, about 27 x 19 inches."],
        "s": "1000-piece harbour jigsaw, printed in Belgium, $24.",
        "seo": "Harbour at dusk jigsaw puzzle, 1000 pieces, 68 x 49 cm finished, with a poster in "
               "the box.",
        "a": "It is meant for ages 12 and up, and it was printed and cut in Belgium.",
        "q": ("How big is it when done?", "68 by 49 cm, so clear a table a bit bigger than that."),
        "f": [("It has [[1500 pieces]].", NUM, "1000 pieces"),
              ("A 1000-piece jigsaw [[made in the Netherlands]].", ORI,
               "printed and cut in Belgium"),
              ("1000 piece jigsaw, [[suitable for ages 6 and up]].", COM, "ages 12 and up"),
              ("Every piece is cut from [[wood]].", MAT, "recycled board"),
              ("Yes, it [[comes with a glue sheet and frame]].", FEA, "only a poster is included"),
              ("[[Certified carbon-neutral]] 1000-piece jigsaw puzzle.", ENV,
               "no environmental certification given"),
              ("It [[helps prevent memory loss]].", HEA, "a health claim the listing cannot back")],
    },
    "R11": {
        "pad": "It connects with Bluetooth 5.3.",
        "d": ["Twenty watts of sound and up to 12 hours of play come from one USB-C charge of "
              "about three hours.",
              "Rated IP67, it is sealed against dust and water."],
        "s": "IP67 Bluetooth speaker, 20 W, up to 12 hours, $79.",
        "seo": "Portable 20 W Bluetooth 5.3 speaker, IP67 rated, 12 hours a charge, in Black or "
               "Sand.",
        "a": "It weighs 540 g, about 1.2 lb, and it is covered by a two-year warranty.",
        "q": ("How does it charge?", "Over USB-C; a full charge takes around three hours."),
        "f": [("It plays for [[up to 24 hours]].", NUM, "up to 12 hours"),
              ("Bluetooth speaker [[in Black, Sand or Teal]].", COL, "Black or Sand"),
              ("Portable speaker [[with built-in Alexa]].", FEA, "no voice assistant listed"),
              ("It is [[fully waterproof to 10 metres]].", FEA, "rated IP67, not 10 m"),
              ("It has a [[five-year warranty]].", WAR, "two-year warranty"),
              ("Speaker [[by JBL]], 20 W.", BRA, "the vendor is Soundkeel")],
    },
    "R12": {
        "pad": "It comes in a resealable paper pouch.",
        "d": ["Ground sweet paprika from Szeged, made from peppers local growers dry in the sun.",
              "Kept cool and dark, it holds its quality until December 2027."],
        "s": "Édes, őrölt szegedi paprika, 100 g, 1490 Ft.",
        "seo": "Napon szárított paprikából őrölt édes fűszerpaprika Szegedről, visszazárható 100 "
               "g-os tasakban.",
        "a": "It weighs 100 g, about 3.5 oz, and it is sweet rather than hot.",
        "q": ("Is it hot?", "No, this is the sweet kind."),
        "f": [("It is [[smoked over oak]] before grinding.", FEA, "sun-dried; no smoking"),
              ("[[Csípős]] szegedi fűszerpaprika, 100 g.", FEA, "sweet (édes), not hot"),
              ("Őrölt fűszerpaprika [[Kalocsáról]], 100 g.", ORI, "from Szeged"),
              ("Each pouch holds [[250 g]].", NUM, "100 g"),
              ("It is [[certified organic]].", CER, "no certification given"),
              ("Szegedi édes paprika, [[1190 Ft]].", PRI, "1490 Ft")],
    },
    "R13": {
        "pad": "Each horse is one of a kind.",
        "d": ["Carved by hand from pine and painted in Nusnäs, this red Dala horse carries the "
              "traditional kurbits pattern.",
              "It stands 10 cm tall, about 4 inches."],
        "s": "Handtäljd röd dalahäst från Nusnäs, 10 cm, 349 kr.",
        "seo": "Röd dalahäst i furu, täljd och målad för hand i Dalarna, 10 cm hög.",
        "a": "It is a decoration, not a toy for children under three, and no two are painted "
             "exactly alike.",
        "q": ("What wood is it?", "Pine, carved by hand."),
        "f": [("It is carved from [[birch]].", MAT, "pine (furu)"),
              ("Dalahäst [[i blått]], 10 cm.", COL, "red"),
              ("Dalahäst [[från Rättvik]], 10 cm.", ORI, "made in Nusnäs"),
              ("It stands [[25 cm]] tall.", NUM, "10 cm"),
              ("It is [[a safe first toy for babies]].", HEA, "not for children under three"),
              ("Dalahäst, [[maskintillverkad]] i furu.", FEA, "carved by hand")],
    },
    "R14": {
        "pad": "Each candle has a cotton wick.",
        "d": ["A pair of hand-poured candles of pure beeswax from the maker's own hives on Funen, "
              "Denmark.",
              "Each stands 25 cm, close to 10 inches, and burns for about eight hours."],
        "s": "To bivokslys fra Fyn, 25 cm, 129 kr.",
        "seo": "Håndstøbte lys af ren bivoks med bomuldsvæge, to stk. á 25 cm.",
        "a": "Each candle burns around eight hours; never leave one lit without watching it.",
        "q": ("How many candles are in the pack?", "Two."),
        "f": [("They are made from [[soy and beeswax]].", MAT, "100 % beeswax"),
              ("[[Fire]] bivokslys, 25 cm.", NUM, "two candles (to stk.)"),
              ("Bivokslys [[fra Bornholm]], 25 cm.", ORI, "from Fyn"),
              ("Each one burns for [[about 20 hours]].", NUM, "about 8 hours"),
              ("They [[purify the air and ease allergies]].", HEA, "a health claim"),
              ("Bivokslys med [[træfitil]].", MAT, "cotton wick")],
    },
    "R15": {
        "pad": "It comes in a dark glass bottle with a dropper.",
        "d": ["Pure lavender oil, steam-distilled from flowers picked on the island of Hvar.",
              "Use it in a diffuser or diluted; it should not go on the skin neat."],
        "s": "Eterično ulje lavande s otoka Hvara, 10 ml, 12 €.",
        "seo": "Čisto ulje lavande destilirano parom, s Hvara, u tamnoj bočici s kapaljkom od 10 "
               "ml.",
        "a": "It is for external use and diffusers only: dilute it before it touches skin, and "
             "keep it away from children.",
        "q": ("How much is in the bottle?", "10 ml, about a third of a fluid ounce."),
        "f": [("It is [[safe to take by mouth]].", HEA, "external use only"),
              ("Ulje lavande s [[Korčule]], 10 ml.", ORI, "from Hvar"),
              ("Ulje lavande, [[30 ml]].", NUM, "10 ml"),
              ("It [[cures insomnia and anxiety]].", HEA, "a medical claim"),
              ("The oil is sold in a [[clear plastic]] bottle.", MAT, "dark glass"),
              ("[[Certificirano ekološko]] ulje lavande.", CER, "no certification given")],
    },
    "R16": {
        "pad": "The beads are strung on elastic thread.",
        "d": ["Polished Baltic amber beads in a cognac shade, strung by hand in Palanga, "
              "Lithuania.",
              "It is 19 cm around, roughly 7.5 inches."],
        "s": "Konjako spalvos gintaro apyrankė iš Palangos, 35 €.",
        "seo": "Rankomis suverta poliruoto Baltijos gintaro apyrankė, 19 cm ilgio.",
        "a": "It is jewellery for adults; keep it away from perfume and hot water.",
        "q": ("Is it suitable for a baby?", "No. It is made as jewellery for adults."),
        "f": [("It [[eases teething pain]].", HEA, "a health claim; jewellery for adults"),
              ("[[Žalio]] gintaro apyrankė.", COL, "cognac colour"),
              ("Gintaro apyrankė [[iš Klaipėdos]].", ORI, "made in Palanga"),
              ("You can [[wear it in the shower]].", CAR, "keep it from hot water"),
              ("The beads sit on a [[sterling silver chain]].", MAT, "elastic thread"),
              ("[[Sertifikuotas]] Baltijos gintaras, 19 cm.", CER, "no certificate given")],
    },
    "R17": {
        "pad": "Store it somewhere dry.",
        "d": ["Salt flower raked by hand from the surface of the Sečovlje saltpans near Piran.",
              "It is unrefined, with nothing added to stop it clumping, and comes in a ceramic pot "
              "with a cork stopper."],
        "s": "Ročno pobran solni cvet iz Sečoveljskih solin, 125 g, 6,90 €.",
        "seo": "Nepredelan solni cvet s Piranskih solin, brez dodatkov, v keramični posodici s "
               "plutovinastim zamaškom.",
        "a": "The pot holds 125 g, about 4.4 oz; keep it dry.",
        "q": ("Is anything added?", "No. It is unrefined salt with no anti-caking agent."),
        "f": [("It is [[iodised]].", FEA, "unrefined, nothing added"),
              ("Solni cvet v [[stekleni]] posodici.", MAT, "a ceramic pot"),
              ("Solni cvet iz [[Strunjanskih solin]], 125 g.", ORI, "Sečovlje saltpans"),
              ("The pot holds [[250 g]].", NUM, "125 g"),
              ("It is [[lower in sodium than table salt and good for blood pressure]].", HEA,
               "a health claim"),
              ("Solni cvet, 125 g, [[4,90 €]].", PRI, "6,90 €")],
    },
    "R18": {
        "pad": "Refrigerate it once it is open.",
        "d": ["Grade A amber syrup from the maker's own sugar bush in Quebec's Eastern Townships, "
              "boiled down over a wood fire.",
              "It is pure maple sap and nothing else, in a 500 ml glass bottle (about 17 fl oz)."],
        "s": "Pure Quebec maple syrup, Grade A Amber, 500 ml, CA$18.",
        "seo": "Wood-fired Grade A amber maple syrup from the Eastern Townships, Quebec, 500 ml "
               "glass bottle.",
        "a": "Nothing is added to it, and once open it belongs in the fridge.",
        "q": ("What grade is it?", "Grade A, Amber."),
        "f": [("It is blended with [[cane sugar]].", MAT, "100% maple sap"),
              ("Maple syrup [[from Vermont]], 500 ml.", ORI, "Eastern Townships, Quebec"),
              ("Maple syrup, [[1 litre]] glass bottle.", NUM, "500 ml"),
              ("It is [[certified organic]].", CER, "no certification given"),
              ("It costs [[CA$14]].", PRI, "18.00 CAD"),
              ("[[Maple-flavoured pancake syrup]], 500 ml.", CAT, "pure maple syrup")],
    },
    "R19": {
        "pad": "It draws 120 W.",
        "d": ["A soft polyester fleece throw, 150 x 130 cm (about 59 x 51 inches), with nine heat "
              "settings.",
              "It turns itself off after three hours."],
        "s": "Heated fleece throw in Oatmeal, nine settings, $69.",
        "seo": "Electric fleece throw with 9 heat settings and a 3-hour auto-off, 150 x 130 cm.",
        "a": "Once the control is unplugged it can be machine washed at 30 °C; it is not for "
             "children under three.",
        "q": ("Does it switch off by itself?", "Yes, after three hours."),
        "f": [("It has [[12 heat settings]].", NUM, "nine settings"),
              ("Heated throw [[in Oatmeal, Grey or Navy]].", COL, "Oatmeal only"),
              ("Heated fleece throw; it can be [[tumble dried on high]].", CAR,
               "machine wash at 30 °C; no drying stated"),
              ("It is [[safe for babies and toddlers]].", HEA, "not for children under three"),
              ("It [[relieves arthritis pain]].", HEA, "a medical claim"),
              ("Heated [[electric underblanket]], 150 x 130 cm.", CAT,
               "a throw, not an underblanket")],
    },
    "R20": {
        "pad": "Always wear a helmet when riding.",
        "d": ["A first bike without pedals, with a birch plywood frame and 12-inch wheels on EVA "
              "tyres that cannot puncture.",
              "The saddle moves between 30 and 37 cm, about 12 to 14.5 inches, for riders aged 2 "
              "to 4."],
        "s": "Birch balance bike for ages 2 to 4, in red or blue, $95.",
        "seo": "Pedal-free birch plywood balance bike with puncture-proof 12-inch wheels, for ages "
               "2-4.",
        "a": "It weighs 3.2 kg, about 7 lb, and riders should always wear a helmet.",
        "q": ("Does it have pedals?", "No, it is a balance bike with no pedals."),
        "f": [("The tyres are [[air-filled rubber]].", MAT, "EVA tyres, puncture-proof"),
              ("Balance bike [[for ages 18 months to 6 years]].", COM, "ages 2 to 4"),
              ("Birch balance bike with [[a hand brake]].", FEA, "no brake listed"),
              ("It weighs [[just 2 kg]].", NUM, "3.2 kg"),
              ("It comes with [[16-inch]] wheels.", SIZ, "12-inch wheels"),
              ("Birch balance bike, [[EN 71 certified]].", CER, "no certification given")],
    },
    "R21": {
        "pad": "It needs knocking in before you play with it.",
        "d": ["A Grade 2 English willow bat with seven to nine straight grains, made in Yorkshire.",
              "It weighs between 2 lb 8 oz and 2 lb 10 oz, roughly 1.13 to 1.19 kg."],
        "s": "Short Handle English willow bat, Grade 2, £149.",
        "seo": "Grade 2 English willow cricket bat, Short Handle, made in Yorkshire, with a cane "
               "handle and rubber grip.",
        "a": "It comes with the face oiled and a toe guard fitted, but still needs knocking in "
             "before use.",
        "q": ("What size is it?", "Short Handle."),
        "f": [("It is made from [[Kashmir willow]].", MAT, "Grade 2 English willow"),
              ("English willow bat in [[Harrow, Short Handle and Long Handle]].", SIZ,
               "Short Handle only"),
              ("English willow cricket bat [[made in India]].", ORI, "made in Yorkshire, England"),
              ("It weighs [[2 lb 14 oz]].", NUM, "2 lb 8 oz to 2 lb 10 oz"),
              ("It is [[ready to play with no knocking in]].", FEA, "it needs knocking in"),
              ("English willow bat, [[£119]].", PRI, "£149")],
    },
    "R22": {
        "pad": "It has two leather handles.",
        "d": ["Woven by hand from sisal by a women's group near Machakos, Kenya, in natural fibre "
              "with black bands.",
              "It is about 12 inches across and 11 inches tall."],
        "s": "Kenyan hand-woven sisal basket with leather handles, $48.",
        "seo": "Round sisal basket hand-woven in Kenya, 30 cm across, natural with black bands.",
        "a": "Brush the dust off it and keep it dry; it should not get wet.",
        "q": ("Where is it made?", "By a women's group near Machakos, in Kenya."),
        "f": [("It is woven from [[seagrass]].", MAT, "sisal"),
              ("Sisal basket [[from Uganda]].", ORI, "Machakos, Kenya"),
              ("Sisal basket in [[red, orange and black]].", COL, "natural with black bands"),
              ("It comes [[with a fitted lid]].", FEA, "no lid listed"),
              ("It is [[washable, so just rinse it under the tap]].", CAR, "do not wet it"),
              ("[[Fair Trade certified]] sisal basket.", CER, "no certification given")],
    },
    "R23": {
        "pad": "It has a fold-up cuff.",
        "d": ["A rib-knit beanie of pure baby alpaca, knitted in Arequipa, Peru.",
              "It comes in one size, in charcoal or cream."],
        "s": "Peruvian baby alpaca beanie, one size, $45.",
        "seo": "Rib-knit 100% baby alpaca beanie with a fold-up cuff, knitted in Arequipa, Peru.",
        "a": "Wash it by hand in cold water and lay it flat to dry.",
        "q": ("Does it come in sizes?", "No, it is one size."),
        "f": [("It is a [[blend of alpaca and merino]].", MAT, "100% baby alpaca"),
              ("Baby alpaca beanie [[in S, M and L]].", SIZ, "one size"),
              ("Alpaca beanie [[knitted in Cusco]].", ORI, "knitted in Arequipa"),
              ("It has a [[fleece lining]].", MAT, "no lining listed"),
              ("It is [[the warmest hat you will ever own]].", ABS, "unverifiable superlative"),
              ("[[Over 10,000 sold]]: our baby alpaca beanie.", SOC, "unverifiable social proof")],
    },
    "R24": {
        "pad": "Store it dry and away from light.",
        "d": ["True cinnamon, Cinnamomum verum, rolled by hand in Sri Lanka from the tree's inner "
              "bark.",
              "The Alba grade quills are slimmer than a pencil and cut to about 3 inches."],
        "s": "Ceylon cinnamon sticks, Alba grade, 50 g, $14.",
        "seo": "Alba grade Ceylon cinnamon quills from Sri Lanka, 50 g resealable pouch.",
        "a": "The pouch holds 50 g, under 2 oz, and reseals.",
        "q": ("Is this cassia?", "No. It is true cinnamon, Cinnamomum verum."),
        "f": [("These are [[cassia]] sticks.", CAT, "true cinnamon, not cassia"),
              ("Cinnamon sticks, [[100 g]].", NUM, "50 g"),
              ("Cinnamon sticks [[from Madagascar]].", ORI, "Sri Lanka"),
              ("It [[lowers blood sugar]].", HEA, "a medical claim"),
              ("It comes in a [[glass jar]].", MAT, "a kraft pouch"),
              ("Ceylon cinnamon, [[ground]], 50 g.", FEA, "whole quills")],
    },
    "R25": {
        "pad": "A hex key for the snares is included.",
        "d": ["A Chilean-made cajón with a birch plywood body and a beech front plate.",
              "It stands 48 cm high, about 19 inches, and weighs 5 kg."],
        "s": "Cajón with adjustable snares, made in Chile, $139.",
        "seo": "Birch plywood cajón with a beech front and two adjustable snare wires, 48 x 30 x "
               "30 cm.",
        "a": "The padded bag is sold separately; the hex key for the snares comes in the box.",
        "q": ("Can I adjust the snare?",
              "Yes, the two snare wires adjust with the hex key included."),
        "f": [("The body is [[solid mahogany]].", MAT, "birch plywood"),
              ("Cajón [[with a padded gig bag]].", FEA, "the bag is sold separately"),
              ("Cajón with [[four snare wires]].", NUM, "two snare wires"),
              ("The front plate is [[painted black]].", COL, "no colour given",
               "warn"),
              ("It is [[made by Meinl]].", BRA, "the vendor is Valpo Percusión"),
              ("Cajón, [[made in Peru]].", ORI, "made in Chile")],
    },
    "R26": {
        "pad": "Outside we use a pure-water pole system.",
        "d": ["We clean windows inside and out for homes within 15 km of Leeds city centre.",
              "Up to ten windows takes around an hour and a half."],
        "s": "Window cleaning inside and out in Leeds, from £60.",
        "seo": "Inside and outside window cleaning within 15 km of Leeds: £60 for up to 10 "
               "windows, £95 for up to 20.",
        "a": "Please book at least three days ahead; we cannot reach windows above the second "
             "floor.",
        "q": ("How long does it take?", "About 90 minutes for up to ten windows."),
        "f": [("We also [[clean gutters and conservatory roofs]].", FEA,
               "windows only"),
              ("Window cleaning in Leeds, [[£45]] for up to 10 windows.", PRI, "£60"),
              ("Window cleaning [[within 40 km]] of Leeds.", NUM, "within 15 km"),
              ("We can [[come the same day]].", SHI, "book at least three days ahead"),
              ("We are [[the most thorough window cleaners in Yorkshire]].", ABS,
               "unverifiable superlative"),
              ("Window cleaning [[with eco-friendly biodegradable detergent]].", ENV,
               "pure water outside; no detergent claim")],
    },
    "R27": {
        "pad": "It costs $32.",
        "d": ["A cotton canvas apron from Loomwell."],
        "s": "Loomwell cotton canvas apron, $32.",
        "seo": "A cotton canvas apron by Loomwell.",
        "a": "It is a cotton canvas apron, priced at $32.",
        "q": ("What is it made of?", "Cotton canvas."),
        "f": [("It has [[three front pockets]].", NUM, "the listing gives no pockets"),
              ("Cotton canvas apron [[with leather straps]].", MAT, "no straps listed"),
              ("Cotton canvas apron [[in olive and rust]].", COL, "no colour given", "warn"),
              ("It is [[one size, adjustable from XS to XXL]].", SIZ, "no sizes given"),
              ("It [[comes in a pack of two]].", NUM, "one apron"),
              ("Loomwell apron, [[made in Japan]].", ORI, "no origin given")],
    },
    "R28": {
        "pad": "It measures 35 x 25 cm.",
        "d": ["A bamboo cutting board for the kitchen counter."],
        "s": "Bamboo cutting board, 35 x 25 cm, $22.",
        "seo": "Bamboo cutting board, about 14 x 10 inches.",
        "a": "It is a bamboo board, 35 by 25 cm, for $22.",
        "q": ("How big is it?", "35 x 25 cm, roughly 14 by 10 inches."),
        "f": [("It is [[2 cm]] thick.", NUM, "no thickness given"),
              ("Bamboo cutting board [[by Woodora]].", BRA, "the listing has no vendor"),
              ("Bamboo cutting board, [[dishwasher safe]].", CAR, "no care given"),
              ("It is [[antibacterial and keeps germs off your food]].", HEA, "a health claim"),
              ("It [[comes with a juice groove and rubber feet]].", FEA, "no features listed"),
              ("[[Zero-waste, fully biodegradable]] bamboo board.", ENV,
               "no environmental claim given")],
    },
    "R29": {
        "pad": "Each part is sold on its own.",
        "d": ["A starter set of four embroidery supplies: a 15 cm bamboo hoop, twelve skeins of "
              "cotton floss, ten needles and a 40 cm square of linen-cotton fabric.",
              "Together the four parts come to $29."],
        "s": "Beginner embroidery set: hoop $6, floss $11, needles $4, fabric $8.",
        "seo": "Embroidery supplies for beginners: bamboo hoop, 12 skeins of cotton floss, 10 "
               "needles and linen-cotton fabric.",
        "a": "Each piece is sold separately; the hoop is about 6 inches across.",
        "q": ("How many skeins of floss are there?", "Twelve skeins of cotton floss, for $11."),
        "f": [("The hoop is made of [[plastic]].", MAT, "a bamboo hoop"),
              ("Embroidery set, [[all four for $24]].", PRI, "the four parts total $29"),
              ("Embroidery set with [[24 skeins]] of floss.", NUM, "12 skeins"),
              ("It includes [[a pattern booklet with 20 designs]].", FEA, "no booklet listed"),
              ("The fabric is [[50 x 50 cm]].", NUM, "40 x 40 cm"),
              ("Embroidery set [[from DMC]].", BRA, "the vendor is Threadwell")],
    },
    "R30": {
        "pad": "It comes with a hand pump, a leash and a backpack.",
        "d": ["Brightwater Boards sell and ship this 10'6 inflatable board, and they look after "
              "returns and the warranty.",
              "It is 320 cm long, about 10.5 feet, weighs 9.5 kg and carries riders up to 130 kg."],
        "s": "Inflatable 10'6 paddleboard from Brightwater Boards, $649.",
        "seo": "10'6 inflatable stand-up paddleboard with pump, three-piece aluminium paddle, "
               "leash and backpack, sold by Brightwater Boards.",
        "a": "It arrives at your door in 5 to 7 working days, and Brightwater Boards give a "
             "two-year warranty on the board.",
        "q": ("What kind of paddle comes with it?", "A three-piece aluminium paddle."),
        "f": [("The paddle is [[carbon fibre]].", MAT, "three-piece aluminium paddle"),
              ("Paddleboard [[backed by a three-year store guarantee]].", WAR,
               "the partner gives two years"),
              ("Inflatable paddleboard, [[delivered next day]].", SHI, "5 to 7 working days"),
              ("It carries riders [[up to 180 kg]].", NUM, "up to 130 kg"),
              ("It is [[made by Red Paddle Co]].", BRA, "sold by Brightwater Boards"),
              ("[[Our most popular board, loved by thousands]].", SOC,
               "unverifiable social proof")],
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
        return json.dumps({"title": title, "description": " ".join(sentences)},
                          ensure_ascii=False)
    return json.dumps([{"question": question, "answer": " ".join(sentences)}],
                      ensure_ascii=False)


def _strip_marks(marked):
    """The sentence without its [[...]] marks, and the marked claim."""
    claim = marked[marked.index("[[") + 2:marked.index("]]")]
    return marked.replace("[[", "").replace("]]", ""), claim


def _locate(kind, text, claim):
    """Offsets of the claim in the stored text; it must occur exactly once."""
    needle = html.escape(claim, quote=False) if kind in ("description",
                                                         "short_description") else claim
    start = text.find(needle)
    assert start != -1 and text.find(needle, start + 1) == -1, (kind, text, claim)
    return start, start + len(needle), needle


def build():
    clean, faulty = [], []
    for key, h in H.items():
        for kind, sentences, question in (
                ("description", h["d"] + [h["pad"]], GENERAL_Q),
                ("short_description", [h["s"]], GENERAL_Q),
                ("seo", [h["seo"]], GENERAL_Q),
                ("faq", [h["a"]], GENERAL_Q),
                ("faq", [h["q"][1]], h["q"][0])):
            clean.append({"listing": key, "kind": kind, "labels": [],
                          "text": _serialise(kind, sentences, key, question)})
        for kind, item in zip(FAULTY_KINDS, h["f"], strict=False):
            marked, rule, why = item[:3]
            severity = item[3] if len(item) > 3 else ("warn" if rule in WARN_RULES else "block")
            sentence, claim = _strip_marks(marked)
            sentences = [sentence, h["pad"]] if kind == "description" else [sentence]
            text = _serialise(kind, sentences, key)
            start, end, found = _locate(kind, text, claim)
            faulty.append({"listing": key, "kind": kind, "text": text,
                           "labels": [{"rule": rule, "start": start, "end": end, "claim": found,
                                       "severity": severity, "why": why}]})
    return clean, faulty
