"""Hand-written drafts for guardrails holdout v32: clean drafts and faulty drafts with one planted claim each.

H: listing key -> {"pad": one true English sentence, "clean": (description, short, seo or None, faq answer),
"faulty": [(sentence, rule, severity, why)]}. The planted claim in a faulty sentence is marked [[...]]; a
sentence starting with "~" is in the listing's language. Faulty sentences are recast in turn as description,
short description, SEO, description, FAQ (four-sentence listings skip the second description).
"""
import html
import json
import re

import make_listings

BLK, WRN = "block", "warn"
N, PR, MA, CO, CE, OR, SZ, CA, FE, CR, WA, BR, CM = (
    "accuracy.number", "accuracy.price", "accuracy.material", "accuracy.colour", "accuracy.certification",
    "accuracy.origin", "accuracy.size", "accuracy.category", "accuracy.feature", "accuracy.care",
    "accuracy.warranty", "accuracy.brand", "accuracy.compatibility")
SH, HE, AB, EN, SP = ("compliance.shipping", "compliance.health", "compliance.absolute",
                      "compliance.environmental", "compliance.social_proof")

H = {
    "X01": {"pad": "The 4 mm size is also sold as US 6.",
            "clean": ("Purlwise circular needles pair smooth bamboo tips with a flexible nylon cable, 80 cm from tip to "
                      "tip, about 31½ inches.", "A 4 mm bamboo circular needle on an 80 cm nylon cable, $14.",
                      "Bamboo tips, a nylon cable and 80 cm overall, for knitting in the round or flat.",
                      "It is one 4 mm (US 6) circular needle with bamboo tips and an 80 cm nylon cable; knit in the "
                      "round or flat."),
            "faulty": [("The tips are [[rosewood]], polished to a gentle sheen.", MA, BLK, "tips are bamboo"),
                       ("[[Two needles]] in every pack.", N, BLK, "one needle per pack"),
                       ("Also available [[in 3.5 mm and 5 mm]].", SZ, BLK, "only 4 mm is offered"),
                       ("The cable is [[stainless steel wire]] for smooth stitches.", MA, BLK, "the cable is nylon"),
                       ("[[Knitters everywhere love them.]]", SP, WRN, "unverifiable social proof")]},
    "X02": {"pad": "The orange grip section is easy to find in the grass.",
            "clean": ("A 25 cm stainless steel hive tool, just under 10 inches, with a hooked end for lifting frames "
                      "and a flat end for scraping propolis.", "Stainless steel hive tool, 25 cm, £12.",
                      "A flat stainless steel hive tool with a frame-lifting hook and a scraper end.",
                      "It is a 25 cm stainless steel hive tool: the hooked end lifts frames and the flat end prises "
                      "supers apart and scrapes propolis."),
            "faulty": [("[[Forged in Sheffield]] from stainless steel.", OR, BLK, "no origin given"),
                       ("[[Approved by the British Beekeepers Association]].", CE, BLK, "no endorsement stated"),
                       ("A [[35 cm]] lever for stubborn supers.", N, BLK, "the tool is 25 cm"),
                       ("[[Dishwasher safe]], so it is easy to keep clean between hives.", CR, BLK,
                        "no care instruction supports it"),
                       ("Comes with a [[free smoker]].", FE, BLK, "only the tool is sold")]},
    "X03": {"pad": "Ink is sold separately.",
            "clean": ("A straight beechwood holder with six steel nibs: two pointed, two broad-edge at 2 mm and 3 mm, "
                      "and two for drawing.", "Beechwood dip pen with six steel nibs, $22.",
                      "A straight beechwood dip pen with pointed, broad-edge and drawing nibs, six in all.",
                      "Six steel nibs and a beechwood holder; bring your own ink, and wipe the nibs dry after use so "
                      "they do not rust."),
            "faulty": [("Each nib is [[gold-plated]] for a smooth stroke.", MA, BLK, "nibs are steel"),
                       ("[[A bottle of black ink is included]].", FE, BLK, "ink is not included"),
                       ("Ships with [[twelve nibs]] for every style.", N, BLK, "six nibs"),
                       ("[[Leave the nibs wet; they will not rust]].", CR, BLK, "wipe dry to stop rust"),
                       ("[[Used by professional sign writers across the country.]]", SP, WRN,
                        "unverifiable social proof")]},
    "X04": {"pad": "It floats if you drop it.",
            "clean": ("A slim, waterproof fly box in ABS plastic with slotted foam on both sides, 15 x 10 x 3.5 cm, "
                      "about 6 x 4 x 1⅜ inches.", "Waterproof 16-slot fly box in Clear or Olive, $19.",
                      "A floating, waterproof fly box with slotted foam on both sides and a silicone seal.",
                      "Flies are not included: the box comes empty, with slotted foam on both sides and a silicone "
                      "seal."),
            "faulty": [("Comes [[stocked with 24 dry flies]].", FE, BLK, "flies are not included"),
                       ("Made from [[recycled ocean plastic]].", EN, BLK, "ABS plastic, no recycled claim"),
                       ("Also in [[Blaze Orange]].", CO, BLK, "Clear or Olive only"),
                       ("[[Made in Montana]] by fly fishers.", OR, BLK, "no origin given"),
                       ("It holds [[up to 300 flies]].", N, BLK, "no capacity stated")]},
    "X05": {"pad": "Brass darkens with age, and a polish brings the shine back.",
            "clean": ("A solid brass bell with a 55 mm dome, about 2¼ inches across, and a strap clamp for 22.2 to "
                      "31.8 mm handlebars.", "A loud brass bicycle bell, $16.",
                      "A solid brass bicycle bell with a 55 mm dome and a strap clamp for 22.2-31.8 mm handlebars.",
                      "The strap clamp fits handlebars from 22.2 mm to 31.8 mm."),
            "faulty": [("A [[chrome-plated]] dome.", MA, BLK, "solid brass that darkens"),
                       ("[[Heard up to 100 metres away]].", N, BLK, "no range stated"),
                       ("Fits handlebars [[up to 35 mm]].", N, BLK, "22.2-31.8 mm"),
                       ("[[Designed by Brompton]].", BR, BLK, "a brand the listing does not name"),
                       ("[[The loudest bell on the road.]]", AB, WRN, "superlative")]},
    "X06": {"pad": "Wipe it clean with a damp cloth.",
            "clean": ("A dense natural cork block with rounded edges, 23 x 15 x 7.5 cm, roughly 9 x 6 x 3 inches, "
                      "that stays grippy even with sweaty hands.", "Natural cork yoga block, sold singly, $18.",
                      "A firm, grippy natural cork yoga block with rounded edges, 23 x 15 x 7.5 cm.",
                      "It is one block of dense natural cork, 23 x 15 x 7.5 cm; wipe it with a damp cloth to clean "
                      "it."),
            "faulty": [("Sold as [[a pair]].", N, BLK, "sold singly"),
                       ("Cork harvested [[in Portugal]].", OR, BLK, "no origin given"),
                       ("[[Machine washable]] at 30 °C.", CR, BLK, "wipe with a damp cloth"),
                       ("[[Relieves back pain]] in every pose.", HE, BLK, "health claim"),
                       ("[[Certified organic cork]].", CE, BLK, "no certification stated")]},
    "X07": {"pad": "A carry strap comes with it.",
            "clean": ("A three-legged folding stool with a polyester seat on a powder-coated steel frame; the seat "
                      "sits 45 cm high and it holds up to 100 kg, about 220 lb.",
                      "Folding camp stool, 900 g, in Forest Green or Black.",
                      "A light three-legged folding camp stool that holds 100 kg and folds to 50 cm.",
                      "It folds to 50 cm long, weighs 900 g and has a carry strap."),
            "faulty": [("An [[aluminium frame]] keeps it light.", MA, BLK, "powder-coated steel frame"),
                       ("Holds up to [[150 kg]].", N, BLK, "100 kg"),
                       ("[[Free next-day delivery]].", SH, BLK, "no shipping terms stated"),
                       ("Comes in [[Sand]] too.", CO, BLK, "Forest Green or Black"),
                       ("Includes a [[backrest]] for long evenings.", FE, BLK, "a three-legged stool, no backrest")]},
    "X08": {"pad": "Condition the leather now and then.",
            "clean": ("Hand-stitched from vegetable-tanned leather, this 120 cm lead, just under 4 feet, is 19 mm "
                      "wide and clips on with a solid brass trigger hook.",
                      "Leather dog lead, 120 cm, in Tan or Dark Brown, $45.",
                      "A hand-stitched vegetable-tanned leather lead with a solid brass trigger hook, for medium and "
                      "large dogs.",
                      "It is for medium and large dogs; condition the leather now and then, and do not put it in the "
                      "washing machine."),
            "faulty": [("Fitted with a [[stainless steel]] trigger hook.", MA, BLK, "solid brass hook"),
                       ("[[Suitable for puppies and toy breeds]].", CM, BLK, "for medium and large dogs"),
                       ("[[Hand-stitched in Walsall]].", OR, BLK, "no origin given"),
                       ("[[Machine washable]] when it gets muddy.", CR, BLK, "do not machine wash"),
                       ("Backed by a [[lifetime guarantee]].", WA, BLK, "no warranty stated")]},
    "X09": {"pad": "Store it somewhere cool and dry.",
            "clean": ("Hot smoked paprika, smoked with oak wood, made in Jaraíz de la Vera and packed in a 75 g "
                      "tin, about 2.6 oz.", "~Pimentón picante ahumado con roble, lata de 75 g, 4,80 €.",
                      "Hot pimentón de la Vera, oak-smoked and made in Jaraíz de la Vera, Cáceres. 75 g tin.",
                      "Its only ingredient is pepper, it is gluten-free, and it comes in a 75 g tin."),
            "faulty": [("~[[Pimentón dulce]], suave y ahumado.", FE, BLK, "the listing is picante (hot)"),
                       ("~[[Ahumado con leña de haya]].", MA, BLK, "smoked with oak, not beech"),
                       ("Grown and smoked [[in Murcia]].", OR, BLK, "Jaraíz de la Vera, Cáceres"),
                       ("~Lata de [[250 g]].", N, BLK, "75 g tin"),
                       ("[[Only €3.80]] a tin.", PR, BLK, "4.80 EUR")]},
    "X10": {"pad": "It is for indoor walls, not floors.",
            "clean": ("A hand-painted ceramic tile in cobalt blue on a white glaze, 15 x 15 cm, about 6 x 6 inches, "
                      "and 7 mm thick.", "~Azulejo pintado à mão em Aveiro, 15 x 15 cm, 18 €.",
                      "A hand-painted cobalt blue azulejo made in Aveiro, Portugal, 15 x 15 cm.",
                      "It is a 15 x 15 cm glazed ceramic tile for indoor walls; do not use it on a floor."),
            "faulty": [("~Pintado à mão [[em Lisboa]].", OR, BLK, "made in Aveiro"),
                       ("[[Suitable for floors and outdoor patios]].", CM, BLK, "indoor walls, not floors"),
                       ("Painted in [[cobalt blue and yellow]].", CO, BLK, "cobalt blue on white"),
                       ("Also sold [[in 20 x 20 cm]].", SZ, BLK, "15 x 15 cm only"),
                       ("[[Frost-proof]] for outdoor walls.", FE, BLK, "indoor wall tile")]},
    "X11": {"pad": "It can go in the dishwasher and the microwave.",
            "clean": ("A hand-stamped stoneware mug with the peacock eye pattern, made in Bolesławiec and holding "
                      "350 ml, about 12 fl oz.", "~Kubek z Bolesławca, 350 ml, 69 zł.",
                      "Hand-stamped Bolesławiec stoneware mug, 350 ml, dishwasher and microwave safe.",
                      "It holds 350 ml and can go in the dishwasher and the microwave."),
            "faulty": [("[[Porcelain]], thin and light.", MA, BLK, "stoneware"),
                       ("~Pojemność [[500 ml]].", N, BLK, "350 ml"),
                       ("Hand-stamped [[in Kraków]].", OR, BLK, "made in Bolesławiec"),
                       ("[[Lead-free and FDA certified]].", CE, BLK, "no certification stated"),
                       ("[[Oven safe up to 250 °C]].", CM, BLK, "only dishwasher and microwave are stated")]},
    "X12": {"pad": "Hand wash them in cold water.",
            "clean": ("Knitted mittens in 100 % Norwegian wool with the traditional Setesdal pattern in black and "
                      "white, made in Valle.", "~Setesdal-votter i norsk ull, 549 kr.",
                      "Knitted Setesdal mittens in pure Norwegian wool, black and white, sizes S/M and L/XL.",
                      "They come in S/M and L/XL and should be hand washed in cold water."),
            "faulty": [("~Strikket av [[alpakkaull]].", MA, BLK, "100 % Norwegian wool"),
                       ("Knitted [[in Bergen]].", OR, BLK, "knitted in Valle, Setesdal"),
                       ("Available [[in XS to XXL]].", SZ, BLK, "S/M and L/XL only"),
                       ("[[Tumble dry on low]].", CR, BLK, "hand wash cold"),
                       ("[[The warmest mittens you will ever own.]]", AB, WRN, "superlative")]},
    "X13": {"pad": "Let it dry after the sauna.",
            "clean": ("A sauna ladle with a bowl turned from curly birch and a 40 cm handle, about 16 inches, made in "
                      "Kuopio.", "~Visakoivuinen saunakauha, 40 cm, 39 €.",
                      "A curly birch sauna ladle with a 40 cm handle, made in Kuopio, Finland.",
                      "Dry it after each sauna and keep it out of the dishwasher."),
            "faulty": [("~Kauha on [[kuparia]].", MA, BLK, "curly birch"),
                       ("Made [[in Lapland]].", OR, BLK, "made in Kuopio"),
                       ("[[Dishwasher safe]].", CR, BLK, "no machine washing"),
                       ("A [[sauna bucket and ladle set]].", CA, BLK, "a ladle alone"),
                       ("[[Loved by thousands of Finnish sauna-goers.]]", SP, WRN, "unverifiable social proof")]},
    "X14": {"pad": "Wash it by hand on its own for the first few washes.",
            "clean": ("A 100 % cotton tenugui, hand-dyed by the chusen method with Mount Fuji, about 90 x 35 cm, "
                      "roughly 35 x 14 inches.", "~注染の富士山手ぬぐい、綿100%、1,650円。",
                      "A chusen-dyed cotton tenugui with Mount Fuji, dyed in Hamamatsu, about 90 x 35 cm.",
                      "The dye runs for the first few washes, so hand wash it on its own at first."),
            "faulty": [("~[[麻100%]]の手ぬぐい。", MA, BLK, "100 % cotton"),
                       ("Dyed [[in Kyoto]].", OR, BLK, "dyed in Hamamatsu"),
                       ("[[Colourfast from the first wash]].", CR, BLK, "the dye runs at first"),
                       ("~サイズ約[[100 x 40 cm]]。", N, BLK, "about 90 x 35 cm"),
                       ("Dyed with [[eco-friendly water-based inks]].", EN, BLK, "no environmental claim")]},
    "X15": {"pad": "It measures 40 x 120 cm.",
            "clean": ("A table runner hand-embroidered with the Kalocsa pattern on white cotton, about 16 x 47 "
                      "inches.", "~Kézzel hímzett kalocsai futó, 40 x 120 cm, 12 900 Ft.",
                      "A hand-embroidered Kalocsa table runner on white cotton, 40 x 120 cm.",
                      "It is white cotton, hand-embroidered in Kalocsa, and can be washed at 30 °C on a gentle "
                      "cycle."),
            "faulty": [("~[[Lenvászonra]] hímezve.", MA, BLK, "cotton, not linen"),
                       ("[[Machine-embroidered]] for a perfect finish.", FE, BLK, "hand-embroidered"),
                       ("Embroidered [[in Budapest]].", OR, BLK, "embroidered in Kalocsa"),
                       ("[[Boil wash at 90 °C]] to keep it white.", CR, BLK, "30 °C gentle"),
                       ("Also sold [[in 40 x 180 cm]].", SZ, BLK, "40 x 120 cm only")]},
    "X16": {"pad": "Keep it from long soaks in water.",
            "clean": ("A handmade conical hat of palm leaves on a bamboo frame, 40 cm across, about 16 inches, made in "
                      "Huế.", "~Nón lá Huế thủ công, 350.000 ₫.",
                      "A handmade palm leaf conical hat from Huế, 40 cm across.",
                      "It is palm leaf over bamboo, 40 cm across; do not leave it soaking in water."),
            "faulty": [("~Làm từ [[lá dừa]] và tre.", MA, BLK, "palm leaf (lá cọ), not coconut leaf"),
                       ("[[Fully waterproof]], even in a downpour.", FE, BLK, "avoid long soaks"),
                       ("Made [[in Hội An]].", OR, BLK, "made in Huế"),
                       ("Comes [[in a kids' size]] too.", SZ, BLK, "one 40 cm size"),
                       ("[[UPF 50+ certified]] sun protection.", CE, BLK, "no certification stated")]},
    "X17": {"pad": "The bag has a valve.",
            "clean": ("Whole-bean 100 % arabica from Sul de Minas, medium roasted, with notes of chocolate and nuts, "
                      "in a 500 g bag, about 1.1 lb.",
                      "~Café em grão do Sul de Minas, torra média, 500 g, R$ 49,90.",
                      "Medium-roast whole-bean arabica from Sul de Minas, 500 g.",
                      "These are whole beans, not ground, in a 500 g bag with a valve."),
            "faulty": [("~Café [[moído na hora]].", FE, BLK, "whole beans, not ground"),
                       ("~[[Torra escura]], intensa.", FE, BLK, "medium roast"),
                       ("Grown [[in Colombia]].", OR, BLK, "Sul de Minas, Brazil"),
                       ("[[Fair Trade certified]].", CE, BLK, "no certification stated"),
                       ("~Pacote de [[1 kg]].", N, BLK, "500 g")]},
    "X18": {"pad": "Wash it by hand and do not wring it.",
            "clean": ("A hand-drawn batik tulis on primisima cotton, drawn with a canting and wax in Pekalongan, "
                      "2 x 1.1 m, about 79 x 43 inches.", "~Batik tulis Pekalongan, 2 x 1,1 m, Rp450.000.",
                      "Hand-drawn batik tulis from Pekalongan on primisima cotton, in sogan or indigo blue.",
                      "Hand wash it with lerak soap and do not wring it; it measures 2 x 1.1 m."),
            "faulty": [("~Batik [[cap dengan stempel tembaga]].", FE, BLK, "batik tulis, drawn by hand"),
                       ("[[Silk]] batik with a soft drape.", MA, BLK, "primisima cotton"),
                       ("Made [[in Yogyakarta]].", OR, BLK, "made in Pekalongan"),
                       ("Also in [[Merah Marun]].", CO, BLK, "Sogan or Biru Indigo"),
                       ("~Ukuran [[2,5 x 1,1 m]].", N, BLK, "2 x 1.1 m")]},
    "X19": {"pad": "Refrigerate it once opened.",
            "clean": ("Pure grade A maple syrup, amber with a rich taste, from the Beauce region of Québec, in a "
                      "540 ml glass bottle, about 18 fl oz.", "~Sirop d'érable pur de Beauce, 540 ml, 14,95 $.",
                      "Pure amber maple syrup from Beauce, Québec, in a 540 ml glass bottle.",
                      "Keep it in the fridge after opening; it is pure maple syrup in a glass bottle."),
            "faulty": [("~Sirop [[foncé, goût robuste]].", FE, BLK, "amber, rich taste"),
                       ("Made [[in Vermont]].", OR, BLK, "Beauce, Québec"),
                       ("~Bouteille de [[1 litre]].", N, BLK, "540 ml"),
                       ("[[Certified organic]] by Ecocert.", CE, BLK, "no certification stated"),
                       ("A [[diabetic-friendly]] natural sweetener.", HE, BLK, "health claim")]},
    "X20": {"pad": "Dry clean only.",
            "clean": ("A double-weave tapestry blanket in pure new wool, woven in Dre-fach Felindre, Carmarthenshire, "
                      "and 150 x 200 cm, about 59 x 79 inches.", "Welsh tapestry blanket in Slate or Mustard, £185.",
                      "A double-weave Welsh tapestry blanket in pure new wool, 150 x 200 cm.",
                      "It is pure new wool, 150 x 200 cm, and should be dry cleaned only."),
            "faulty": [("A [[lambswool and cashmere]] blend.", MA, BLK, "100% pure new wool"),
                       ("Woven [[in the Scottish Borders]].", OR, BLK, "woven in Dre-fach Felindre, Wales"),
                       ("[[Machine wash at 40 °C]].", CR, BLK, "dry clean only"),
                       ("Also in [[a king size, 230 x 250 cm]].", SZ, BLK, "150 x 200 cm only"),
                       ("[[Free UK delivery]] on every blanket.", SH, BLK, "no shipping terms stated")]},
    "X21": {"pad": "The base twists off for cleaning.",
            "clean": ("A clear tube feeder with four perches and ports, a metal lid and base, and room for about a "
                      "litre of mixed seed; it stands 35 cm tall, about 14 inches.",
                      "Four-port hanging seed feeder, 35 cm, $24.",
                      "A clear hanging seed feeder with four ports that holds about 1 litre of mixed seed.",
                      "It holds about a litre of mixed seed, and the base twists off so you can clean it."),
            "faulty": [("A [[squirrel-proof]] metal cage.", FE, BLK, "no cage stated"),
                       ("[[Six feeding ports]].", N, BLK, "four ports"),
                       ("Tube made from [[recycled glass]].", MA, BLK, "polycarbonate tube"),
                       ("[[Approved by the RSPB]].", CE, BLK, "no endorsement stated"),
                       ("[[Birdwatchers give it five stars.]]", SP, WRN, "unverifiable social proof")]},
    "X22": {"pad": "Suction cups are included.",
            "clean": ("A 100 W glass heater for tanks of 60 to 100 litres, about 16 to 26 US gallons, with a dial "
                      "thermostat from 18 to 32 °C.", "100 W submersible aquarium heater, $27.",
                      "A fully submersible 100 W aquarium heater for 60-100 litre freshwater and marine tanks.",
                      "It suits freshwater and marine tanks of 60 to 100 litres; always unplug it before taking it out "
                      "of the water."),
            "faulty": [("For tanks up to [[200 litres]].", N, BLK, "60-100 litres"),
                       ("A [[shatterproof titanium]] tube.", MA, BLK, "glass heater"),
                       ("[[Freshwater only]].", CM, BLK, "freshwater and marine"),
                       ("[[Safe to lift out while plugged in]].", HE, BLK, "unplug before removing: a safety claim "
                        "against the warning"),
                       ("[[Two-year warranty]].", WA, BLK, "no warranty stated")]},
    "X23": {"pad": "A waist belt is included.",
            "clean": ("A cordura chalk bag with a fleece lining, a drawcord closure and a loop for your brush.",
                      "Chalk bag in Rust or Teal, $21.",
                      "A fleece-lined cordura chalk bag with a drawcord, brush loop and waist belt.",
                      "Chalk and a brush are not included; the bag comes with a waist belt."),
            "faulty": [("[[Comes filled with 100 g of chalk]].", FE, BLK, "chalk is not included"),
                       ("Lined with [[faux fur]].", MA, BLK, "fleece lining"),
                       ("[[Only $15]].", PR, BLK, "$21"),
                       ("In [[Rust, Teal or Black]].", CO, BLK, "Rust or Teal"),
                       ("[[Used by Olympic climbers.]]", SP, WRN, "unverifiable social proof")]},
    "X24": {"pad": "Keep the tube in a cool place.",
            "clean": ("Twelve goose feather shuttlecocks with cork bases, speed 77, for play at sea level in moderate "
                      "temperatures.", "Feather shuttlecocks, tube of 12, $28.",
                      "A tube of twelve goose feather shuttlecocks with cork bases, speed 77.",
                      "They are speed 77 shuttlecocks, made for sea level and moderate temperatures; keep the tube "
                      "somewhere cool."),
            "faulty": [("[[Duck feather]] shuttles.", MA, BLK, "goose feather"),
                       ("Same feathers as [[Yonex]] shuttles.", BR, BLK, "a brand the listing does not name"),
                       ("[[BWF approved]] for tournaments.", CE, BLK, "no certification stated"),
                       ("Speed [[79]].", N, BLK, "speed 77"),
                       ("[[They never break]], game after game.", AB, WRN, "absolute")]},
    "X25": {"pad": "They are standard 16 mm dice.",
            "clean": ("Seven polyhedral resin dice, d4 to d20 with two d10s, with gold numbers, in Galaxy Purple or "
                      "Ember Red.", "Seven resin dice, 16 mm, $15.",
                      "A seven-piece polyhedral resin dice set with gold numbers, standard 16 mm.",
                      "It is a full set of seven dice: d4, d6, d8, two d10s, d12 and d20. Small parts: not for "
                      "children under 3."),
            "faulty": [("[[Metal]] dice with real heft.", MA, BLK, "resin"),
                       ("A [[ten-piece]] set.", N, BLK, "seven dice"),
                       ("Comes in a [[velvet pouch]].", FE, BLK, "no pouch stated"),
                       ("[[Safe for toddlers]].", HE, BLK, "not for under 3: small parts"),
                       ("[[Official Dungeons & Dragons]] dice.", BR, BLK, "a brand the listing does not name")]},
    "X26": {"pad": "Silicone pads protect the neck.",
            "clean": ("A spring-loaded aluminium capo for six-string acoustic and electric guitars, in Black or "
                      "Silver.", "Guitar capo, $17.",
                      "A spring-loaded aluminium capo for six-string acoustic and electric guitars.",
                      "It fits six-string acoustic and electric guitars, but not classical guitars with flat, wide "
                      "necks."),
            "faulty": [("[[Fits classical guitars]] too.", CM, BLK, "not for classical guitars"),
                       ("Made of [[zinc alloy]].", MA, BLK, "aluminium"),
                       ("A [[Fender]]-approved design.", BR, BLK, "a brand the listing does not name"),
                       ("A [[ukulele capo]].", CA, BLK, "a guitar capo"),
                       ("[[Our best-selling capo.]]", SP, WRN, "unverifiable social proof")]},
    "X27": {"pad": "It needs no hub.",
            "clean": ("A smart plug for US outlets, rated 15 A at 120 V, with a schedule and a timer in the Homewise "
                      "app.", "Wi-Fi smart plug, 15 A, $13.",
                      "A 15 A Wi-Fi smart plug that works with Amazon Alexa and Google Assistant, no hub needed.",
                      "It connects over 2.4 GHz Wi-Fi only, needs no hub and is for indoor use."),
            "faulty": [("[[Works with Apple HomeKit]].", CM, BLK, "Alexa and Google Assistant only"),
                       ("Connects on [[5 GHz Wi-Fi]].", CM, BLK, "2.4 GHz only"),
                       ("[[Outdoor-rated]] for patio lights.", FE, BLK, "indoor use only"),
                       ("[[Three-year warranty]].", WA, BLK, "one-year warranty"),
                       ("[[Cuts your carbon footprint]].", EN, BLK, "no environmental claim")]},
    "X28": {"pad": "The knob is walnut.",
            "clean": ("A hand grinder with conical stainless steel burrs and 18 click settings, from espresso to "
                      "French press, in an aluminium body.", "Hand coffee grinder, 30 g hopper, $59.",
                      "A hand coffee grinder with conical steel burrs, 18 settings and a 30 g hopper.",
                      "Brush the burrs clean; do not wash them with water. The hopper takes 30 g of beans."),
            "faulty": [("[[Ceramic burrs]] stay sharp.", MA, BLK, "stainless steel burrs"),
                       ("[[40 click settings]].", N, BLK, "18 settings"),
                       ("[[Rinse the burrs under the tap]].", CR, BLK, "do not wash the burrs with water"),
                       ("An [[electric burr grinder]].", CA, BLK, "a hand grinder"),
                       ("The hopper holds [[50 g]].", N, BLK, "30 g")]},
    "X29": {"pad": "Dry the blades after use.",
            "clean": ("Five ribbon and loop trimming tools with hardened steel blades and birch handles, rolled up in "
                      "a canvas roll.", "Pottery trimming tools, set of 5, $26.",
                      "Five hardened steel ribbon and loop tools for trimming leather-hard clay, in a canvas roll.",
                      "They are for trimming leather-hard clay; dry the blades after use."),
            "faulty": [("[[Tungsten carbide]] blades.", MA, BLK, "hardened steel"),
                       ("[[Eight tools]] in a canvas roll.", N, BLK, "five tools"),
                       ("[[The sharpest trimming tools you can buy.]]", AB, WRN, "superlative"),
                       ("[[Carves bone-dry and fired clay]] too.", CM, BLK, "for leather-hard clay"),
                       ("[[Handmade in Stoke-on-Trent]].", OR, BLK, "no origin given")]},
    "X30": {"pad": "Book a drop-off slot at the York workshop.",
            "clean": ("A full service at the York workshop: gears and brakes adjusted, wheels trued, and the chain and "
                      "bearings checked and cleaned; parts are charged on top.", "Full bicycle service in York, £75.",
                      "A full bicycle service in York: gears, brakes, wheels, chain and bearings, usually ready in two "
                      "working days.",
                      "It costs £75, or £95 for an e-bike, with parts on top; e-bike motors are not serviced."),
            "faulty": [("[[Parts included in the price]].", PR, BLK, "parts are charged on top"),
                       ("[[Same-day turnaround]].", SH, BLK, "usually two working days"),
                       ("[[E-bike motors serviced]] too.", FE, BLK, "e-bike motors are not serviced"),
                       ("[[£75 for any bike, e-bikes included]].", PR, BLK, "£95 for an e-bike"),
                       ("[[Free collection and delivery]] across York.", SH, BLK, "drop-off slot")]},
    "X31": {"pad": "It is a magazine rack from Hallowmere.",
            "clean": ("A rattan magazine rack, $48.", "A rattan magazine rack from Hallowmere.", None,
                      "It is a rattan magazine rack, priced at $48."),
            "faulty": [("[[Handwoven in Indonesia]].", OR, BLK, "no origin given"),
                       ("Holds [[up to 30 magazines]].", N, BLK, "no capacity given"),
                       ("[[Sustainably harvested]] rattan.", EN, BLK, "no environmental claim"),
                       ("Finished in [[honey brown]].", CO, WRN, "a colour on a colourless listing")]},
    "X32": {"pad": "It is 3 cm wide.",
            "clean": ("An enamel pin from Pinfold, $9.", "Enamel pin, 3 cm wide.", "An enamel pin, 3 cm wide, $9.",
                      "It is an enamel pin, 3 cm wide."),
            "faulty": [("A [[gold-plated]] enamel pin.", MA, BLK, "no plating stated"),
                       ("It stands [[3 cm tall]].", N, BLK, "3 cm is the width"),
                       ("A [[set of three]] pins.", N, BLK, "one pin"),
                       ("In [[glow-in-the-dark green]].", CO, WRN, "a colour on a colourless listing")]},
    "X33": {"pad": "Each tool is sold on its own.",
            "clean": ("A 350 ml stainless steel milk jug for $16, a 58 mm tamper with a walnut handle for $24, a knock "
                      "box for $29 and a nylon cleaning brush for $6.", "Four espresso tools, $75 for all of them.",
                      None, "Four tools for home espresso, each sold separately: milk jug, tamper, knock box and "
                      "cleaning brush."),
            "faulty": [("A [[53 mm]] tamper.", N, BLK, "58 mm tamper"),
                       ("[[All four for $60]].", PR, BLK, "the items total $75"),
                       ("A [[copper]] milk jug.", MA, BLK, "stainless steel jug"),
                       ("The tamper fits [[every espresso machine]].", CM, BLK, "no fit stated")]},
    "X34": {"pad": "A three-piece paddle, hand pump, leash and backpack come with it.",
            "clean": ("A 10 ft 6 in inflatable paddle board, 81 cm wide and 15 cm thick, for riders up to 120 kg, "
                      "sold and shipped by our partner Tidewater Boards.",
                      "Inflatable paddle board, 10 ft 6 in, £429.", None,
                      "Tidewater Boards, our partner, sells and ships it and handles delivery, returns and the "
                      "warranty."),
            "faulty": [("[[We ship it within 48 hours]].", SH, BLK, "the partner ships it"),
                       ("Includes an [[electric pump]].", FE, BLK, "a hand pump"),
                       ("[[Our five-year warranty]] covers it.", WA, BLK, "the partner handles the warranty"),
                       ("For riders up to [[150 kg]].", N, BLK, "120 kg")]},
    "X35": {"pad": "It is wrapped in recycled paper.",
            "clean": ("A solid shampoo bar with rosemary essential oil and coconut-derived cleansers, 60 g, about "
                      "2 oz, for around 50 washes.", "Rosemary shampoo bar, 60 g, $11.", None,
                      "It contains coconut; keep it away from your eyes. A 60 g bar lasts about 50 washes."),
            "faulty": [("A [[coconut-free]] formula.", HE, BLK, "contains coconut"),
                       ("With [[lavender]] essential oil.", MA, BLK, "rosemary essential oil"),
                       ("[[Stops hair loss]].", HE, BLK, "health claim"),
                       ("Lasts [[100 washes]].", N, BLK, "about 50 washes")]},
    "X36": {"pad": "They wash off walls and skin with soap and water.",
            "clean": ("Twelve chunky crayons, non-toxic and for ages 3 and up.",
                      "Washable crayons, 12 colours, $9.50.", None,
                      "They are non-toxic, conform to ASTM D-4236 and suit children from 3."),
            "faulty": [("[[Safe for babies from 6 months]].", HE, BLK, "ages 3 and up"),
                       ("[[24 colours]] in a box.", N, BLK, "12 colours"),
                       ("Made from [[beeswax]].", MA, BLK, "no material stated"),
                       ("[[Washable markers]], 12 colours.", CA, BLK, "crayons, not markers")]},
    "X37": {"pad": "Wipe it with a damp cloth.",
            "clean": ("A moulded cowhide arm guard with three elastic straps and metal hooks, 24 cm long, about 9½ "
                      "inches.", "Leather arm guard, 24 cm, $32.", None,
                      "It is 24 cm long, fits either arm, and cleans with a damp cloth."),
            "faulty": [("[[Left arm only]].", FE, BLK, "fits either arm"),
                       ("A [[suede]] arm guard.", MA, BLK, "moulded cowhide leather"),
                       ("[[Handmade in England]].", OR, BLK, "no origin given"),
                       ("[[World Archery approved]].", CE, BLK, "no certification stated")]},
    "X38": {"pad": "It has a protective cap.",
            "clean": ("An anti-static brush with carbon fibre bristles and an aluminium handle, for dusting records "
                      "before play.", "Carbon fibre record brush, $15.",
                      "An anti-static carbon fibre brush for dusting vinyl records before play.",
                      "Use it dry; it is not for wet cleaning."),
            "faulty": [("[[Use it with cleaning fluid]] for a deep clean.", CM, BLK, "use dry; not for wet cleaning"),
                       ("[[Goat hair]] bristles.", MA, BLK, "carbon fibre bristles"),
                       ("[[Removes scratches]].", FE, BLK, "a dusting brush"),
                       ("[[Audiophiles swear by it.]]", SP, WRN, "unverifiable social proof")]},
    "X39": {"pad": "A cotton liner is included.",
            "clean": ("A round rattan banneton, 22 cm across, about 8½ inches, and 8.5 cm deep, for doughs of about "
                      "750 g to 1 kg.", "Round rattan banneton, 22 cm, $21.", None,
                      "Dust it with rice flour before use, then brush it out and let it air dry; never wash it with "
                      "soap."),
            "faulty": [("[[Wash with hot soapy water]].", CR, BLK, "never wash with soap"),
                       ("For doughs up to [[2 kg]].", N, BLK, "about 750 g to 1 kg"),
                       ("An [[oval]] basket.", FE, BLK, "round"),
                       ("[[Oven-safe]] for baking in.", CM, BLK, "a proofing basket; no oven use stated")]},
    "X40": {"pad": "A dial at the back fine-tunes the fit.",
            "clean": ("An in-mould ski helmet certified to EN 1077 Class B, with adjustable vents and removable ear "
                      "pads.", "Ski helmet, sizes S to L, $119.", None,
                      "It comes in S (52-55 cm), M (55-58 cm) and L (58-61 cm), and size M weighs 480 g."),
            "faulty": [("[[MIPS]] protection.", FE, BLK, "no such system stated"),
                       ("Size M weighs [[380 g]].", N, BLK, "480 g in size M"),
                       ("Also in [[XL (61-64 cm)]].", SZ, BLK, "S, M and L only"),
                       ("[[Built-in Bluetooth audio]].", FE, BLK, "no audio stated")]},
}

QUESTION = "What should I know about it?"
ROTATION_5 = ("description", "short_description", "seo", "description", "faq")
ROTATION_4 = ("description", "short_description", "seo", "faq")


def _html(sentences):
    return "<p>" + html.escape(" ".join(sentences), quote=False) + "</p>"


def _serialise(kind, sentences, key):
    lst = make_listings.LISTINGS[key]
    if kind in ("description", "short_description"):
        return _html(sentences)
    if kind == "seo":
        return json.dumps({"title": f"{lst['title']} | {lst['vendor']}", "description": " ".join(sentences)},
                          ensure_ascii=False)
    return json.dumps([{"question": QUESTION, "answer": " ".join(sentences)}], ensure_ascii=False)


def _strip_marks(marked):
    m = re.search(r"\[\[(.+?)\]\]", marked)
    assert m and marked.count("[[") == 1, marked
    return marked.replace("[[", "").replace("]]", ""), m.group(1)


def _locate(kind, text, claim):
    if kind in ("description", "short_description"):
        needle = html.escape(claim, quote=False)
    else:
        needle = json.dumps(claim, ensure_ascii=False)[1:-1]
    start = text.find(needle)
    assert start != -1, (text, needle)
    assert text.find(needle, start + 1) == -1, f"claim twice: {needle!r}"
    return start, start + len(needle), needle


def build():
    clean, faulty = [], []
    for key, h in H.items():
        desc, short, seo, faq = h["clean"]
        rows = [("description", [desc, h["pad"]]), ("short_description", [short.lstrip("~")])]
        if seo is not None:
            rows.append(("seo", [seo]))
        rows.append(("faq", [faq]))
        for kind, sentences in rows:
            clean.append({"listing": key, "kind": kind, "text": _serialise(kind, sentences, key), "labels": []})
        rotation = ROTATION_5 if len(h["faulty"]) == 5 else ROTATION_4
        assert len(h["faulty"]) == len(rotation), key
        for kind, (marked, rule, severity, why) in zip(rotation, h["faulty"], strict=True):
            sentence, claim = _strip_marks(marked.lstrip("~"))
            sentences = [sentence, h["pad"]] if kind == "description" else [sentence]
            text = _serialise(kind, sentences, key)
            start, end, needle = _locate(kind, text, claim)
            faulty.append({"listing": key, "kind": kind, "text": text,
                           "labels": [{"rule": rule, "start": start, "end": end, "claim": needle,
                                       "severity": severity, "why": why}]})
    return clean, faulty


if __name__ == "__main__":
    c, f = build()
    print(f"{len(c)} clean, {len(f)} faulty")
