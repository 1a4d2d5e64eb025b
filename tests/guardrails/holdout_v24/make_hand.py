"""Hand-written drafts for guardrails holdout v24: clean drafts and faulty drafts with one planted claim each.

Planted claims are marked [[...]] in the faulty sentences; `build()` strips the marks, recasts each sentence
as a description, short description, SEO pair or one-answer FAQ, and records the claim's exact offsets in the
stored text. Original work written for this set (MIT).
"""
import html
import json
import re

import make_listings

CLEAN = []
FAULTY = []
KIND = {"d": "description", "s": "short_description", "seo": "seo", "faq": "faq"}
ORDER = ("d", "s", "seo", "d", "faq", "s", "seo")


def C(listing, draft, kind="d"):
    CLEAN.append((listing, kind, draft))


def F(listing, draft, rule, severity, why, kind=None, native=False, more=None):
    FAULTY.append({"listing": listing, "draft": draft, "rule": rule, "severity": severity, "why": why,
                   "kind": kind, "native": native, "more": more})


def qa(*pairs):
    return [{"question": q, "answer": a} for q, a in pairs]


def seo(title, description):
    return {"title": title, "description": description}


# A true sentence and an FAQ question for each listing, used around the recast faulty sentences.
PAD = {
    "X01": ("The blade is A2 tool steel, 35 mm wide.", "Is there a warranty?"),
    "X02": ("Each bearing has an 8 mm bore.", "How do I look after them?"),
    "X03": ("It has three scales, including Brix.", "Where is it made?"),
    "X04": ("They are bypass secateurs for live stems.", "Where are they made?"),
    "X05": ("These are soy wax flakes for container candles.", "Tell me about the wax."),
    "X06": ("It is a light-tight tank for roll film.", "How do I clean it?"),
    "X07": ("The post is wrapped in natural sisal rope.", "Does it wobble?"),
    "X08": ("These shears are 25 cm long and made for left-handed sewists.", "How long are they?"),
    "X09": ("The red LED dims with a dial.", "How is it powered?"),
    "X10": ("The set comes with a folding board.", "What comes in the set?"),
    "X11": ("The grinder has a ceramic conical burr.", "What should I know about the grinder?"),
    "X12": ("It is a 300 g cube of olive oil soap.", "What is the soap like?"),
    "X13": ("This is salty liquorice with salmiak.", "What is in the bag?"),
    "X14": ("Each horse is carved from pine and painted by hand.", "What is the horse like?"),
    "X15": ("The tile is painted by hand in cobalt blue.", "What is the tile like?"),
    "X16": ("The poles have cork grips and carbide tips.", "What are the poles like?"),
    "X17": ("The arrows are carbon and cut to 30 inches.", "What points are fitted?"),
    "X18": ("This is surf wax for cool water.", "Why choose this wax?"),
    "X19": ("We sharpen kitchen knives by hand on water stones.", "How does the service work?"),
    "X20": ("A linen tea towel from Weftly.", "What is it?"),
    "X21": ("A blank A6 greeting card.", "How is it sent?"),
    "X22": ("The kit has a jar, a dough scraper and a banneton.", "What is in the kit?"),
    "X23": ("It is a roof rack for one kayak, sold by our partner Northline Outdoors.", "Who makes it?"),
    "X24": ("This is extra virgin olive oil from Picual olives.", "What is this oil?"),
    "X25": ("The board is cut from one piece of olive wood.", "What is the board made of?"),
    "X26": ("A second flush Darjeeling, grade FTGFOP1.", "How do I brew it?"),
    "X27": ("Six phosphor bronze strings for steel-string acoustic guitars.", "What are these strings?"),
    "X28": ("It has a 20 W USB-C port and a 12 W USB-A port.", "Why this power bank?"),
    "X29": ("Thick-cut marmalade made with Seville oranges.", "How is it delivered?"),
    "X30": ("A one-piece cast iron kettlebell with a flat base.", "Where should I store it?"),
}
NPAD = {
    "X11": ("Der Behälter fasst 30 g Bohnen.", "Wo wird sie hergestellt?"),
    "X12": ("Un cube de 300 g à l'huile d'olive.", "Comment est ce savon ?"),
    "X13": ("Een zak zoute drop van 250 g.", "Wat moet ik weten over deze drop?"),
    "X14": ("Hästen är 10 cm hög.", "Passar den barn?"),
    "X15": ("Um azulejo de 14 x 14 cm.", "Como é o azulejo?"),
    "X16": ("Ein Paar Trekkingstöcke, verstellbar von 105 bis 135 cm.", "Wie sind die Stöcke?"),
    "X24": ("Aceite de oliva virgen extra en botella de 500 ml.", "¿Cómo es este aceite?"),
    "X25": ("Un tagliere in legno d'ulivo fatto a mano.", "Com'è il tagliere?"),
}

B, W = "block", "warn"

# ---------------------------------------------------------------- clean drafts (five a listing)
C("X01", ["A low-angle block plane for end grain and trimming, about 6½ inches long and close to 1.5 lb in the "
          "hand.", "The A2 blade is bedded at 12 degrees; give it a honing before the first cut. Made in "
          "Sheffield and covered for five years."])
C("X01", ["Ashgrove Toolworks makes this plane in Sheffield, England, from ductile iron with an A2 steel blade "
          "about 1⅜ inches wide.", "£89, with a five-year warranty against defects."])
C("X01", "A ductile iron block plane with a 35 mm A2 blade at a 12° bed, made in Sheffield.", "s")
C("X01", "Low-angle block plane, 165 mm and 680 g. Hone the blade before use. £89.", "s")
C("X01", seo("Low-Angle Block Plane | Ashgrove Toolworks",
             "Ductile iron block plane with an A2 blade at 12°, made in Sheffield. Five-year warranty."), "seo")
C("X02", ["Eight 608 bearings for one skateboard: 8 mm bore, 22 mm outside (just under 7/8 inch), 7 mm wide.",
          "Rubber shields are $19 and metal shields $22. Spacers are not included, and keep the WD-40 away."])
C("X02", ["ABEC 7 chrome steel bearings in nylon cages, from Gravel Kings.", "Clean them with bearing cleaner "
          "and finish with a drop of skate lube."])
C("X02", "A set of eight ABEC 7 608 bearings with rubber or metal shields.", "s")
C("X02", "Chrome steel 608s, 8 to a set, from $19. No spacers included.", "s")
C("X02", qa(("Are spacers included?", "No, spacers and speed washers are sold separately."),
            ("How do I clean them?", "Use a bearing cleaner and a drop of skate lube, not WD-40.")), "faq")
C("X03", ["A glass triple-scale hydrometer reading specific gravity from 0.990 to 1.170, with potential alcohol "
          "and Brix alongside.", "It is about 10 inches long and calibrated at 20 °C (68 °F). You will need a "
          "test jar, which is not included."])
C("X03", ["Copperkettle's hydrometer for beer and wine makers, €12.", "Correct any reading taken away from "
          "20 °C, and keep the glass in its tube between brews."])
C("X03", "A 250 mm glass hydrometer, SG 0.990 to 1.170, calibrated at 20 °C.", "s")
C("X03", "Three scales on one glass hydrometer. Test jar sold separately. €12.", "s")
C("X03", seo("Triple-Scale Hydrometer | Copperkettle Homebrew",
             "Glass hydrometer with SG, potential alcohol and Brix scales, calibrated at 20 °C."), "seo")
C("X04", ["Bypass secateurs for live stems up to 20 mm (about 0.8 inch) across, forged in Solingen.",
          "The SK5 carbon steel blade is not stainless, so dry it after use and oil it from time to time."])
C("X04", ["Red powder-coated aluminium handles, shaped for the right hand only.", "A spare spring comes in the "
          "box. £34 from Hollin & Reed."])
C("X04", "Solingen-forged bypass secateurs with an SK5 blade, for right-handers.", "s")
C("X04", "Cuts live stems to 20 mm. Spare spring included. £34.", "s")
C("X04", qa(("Is the blade stainless?", "No. It is SK5 carbon steel, so wipe it dry and oil it now and then."),
            ("Can left-handers use them?", "They are made for right-handed use only.")), "faq")
C("X05", ["Soy wax flakes that melt at 52 °C (about 126 °F) and pour best at around 70 °C, or 158 °F.",
          "They hold up to 10 % fragrance. Use them in jars and tins: the wax is too soft for pillars."])
C("X05", ["A 1 kg bag is $16; the 5 kg box, about 11 lb of wax, is $62.", "Wicks and fragrance are not "
          "included."])
C("X05", "Soy container wax, melt point 52 °C, fragrance load up to 10 %.", "s")
C("X05", "Soy flakes for jars and tins, not pillars. 1 kg or 5 kg.", "s")
C("X05", seo("Soy Container Wax Flakes | Wickhaven",
             "Soy wax for container candles: 52 °C melt point, up to 10 % fragrance. 1 kg or 5 kg."), "seo")
C("X06", ["A light-tight tank that takes two 35mm reels or a single 120 reel, with both reels in the box.",
          "Allow 500 ml, about 17 fl oz, of chemistry for each 35mm reel."])
C("X06", ["The tank is polypropylene and the reels ABS.", "It is for roll film only, not sheet film. Wash "
          "it by hand. €39."])
C("X06", "Developing tank for two 35mm or one 120 reel, reels included.", "s")
C("X06", "Roll-film tank from Silverline Darkroom, €39. Hand wash only.", "s")
C("X06", qa(("How much chemistry do I need?", "500 ml for each 35mm reel."),
            ("Can I develop sheet film?", "No, the tank is for roll film only.")), "faq")
C("X07", ["An 80 cm sisal post, about 31 inches, on a 40 x 40 cm base: roughly 16 inches square.",
          "The base is carpeted in Grey or Oatmeal, and the post unscrews when it is time to replace it."])
C("X07", ["Tall enough for a full stretch. It goes together with two screws and no tools.", "A$69 in either "
          "colour."])
C("X07", "Sisal scratching post, 80 cm tall, with a replaceable post.", "s")
C("X07", "Grey or Oatmeal base, 40 x 40 cm. No tools to assemble. A$69.", "s")
C("X07", seo("Sisal Scratching Post | Purrloft",
             "An 80 cm sisal scratching post on a carpeted base, in Grey or Oatmeal. Replaceable post."), "seo")
C("X08", ["Left-handed dressmaking shears, 25 cm long (about 10 inches), with forged steel blades.", "The bent "
          "handle keeps fabric flat on the table. Made in Premana, Italy."])
C("X08", ["Keep them for fabric: paper dulls the edge.", "When they need it, take them to a professional "
          "sharpener rather than a kitchen sharpener. $48."])
C("X08", "Forged steel shears for left-handers, made in Premana.", "s")
C("X08", "25 cm fabric shears with a bent handle. Fabric only. $48.", "s")
C("X08", qa(("Can I cut paper with them?", "Please don't: paper will dull the blades."),
            ("Where are they made?", "In Premana, Italy.")), "faq")
C("X09", ["A red torch for star charts that keeps your night vision: the 630 nm LED dims with a dial.",
          "It takes two AAA batteries, sold separately."])
C("X09", ["An anodised aluminium body about 5½ inches long, rated IPX4 against splashes.", "C$26 from "
          "Nightjar Optics."])
C("X09", "630 nm red LED torch, dimmable, IPX4. Batteries not included.", "s")
C("X09", "Aluminium red torch for stargazing, 14 cm, runs on 2 x AAA.", "s")
C("X09", seo("Red Astronomy Torch | Nightjar Optics",
             "Dimmable 630 nm red torch in anodised aluminium, IPX4. Takes two AAA batteries."), "seo")
C("X10", ["Weighted Staunton pieces in sheesham and boxwood, felted in green, with a king about 3¾ inches "
          "tall.", "The folding board is 45 x 45 cm with 50 mm squares. Handmade in Amritsar."])
C("X10", ["Two extra queens come with the set, for promotions.", "£120 from Rankfile."])
C("X10", "Handmade sheesham and boxwood chess set with a 45 cm folding board.", "s")
C("X10", "95 mm king, 50 mm squares, two extra queens. £120.", "s")
C("X10", qa(("How tall is the king?", "95 mm."), ("Where is it made?", "By hand in Amritsar, India.")), "faq")
C("X11", ["A hand grinder with a ceramic conical burr in a stainless steel body.", "The hopper takes 30 g, "
          "just over an ounce, enough for two cups. Eighteen settings run from espresso to French press."])
C("X11", ["Eine Handmühle aus Thüringen mit Keramik-Kegelmahlwerk und Edelstahlgehäuse.", "Bitte nicht in "
          "die Spülmaschine: nur trocken mit dem Pinsel reinigen. 59 €."])
C("X11", "Ceramic burr hand grinder, 30 g hopper, 18 grind settings. Made in Thuringia.", "s")
C("X11", "Handmühle mit 18 Mahlstufen, von Espresso bis French Press.", "s")
C("X11", seo("Handkaffeemühle mit Keramikmahlwerk | Mahlwerk Saalfeld",
             "Hand grinder with a ceramic burr and stainless body, 18 settings. Not for the dishwasher."), "seo")
C("X12", ["A 300 g cube, about two-thirds of a pound, of 72 % olive oil soap, cauldron-cooked and dried for "
          "six weeks in Salon-de-Provence.", "No perfume, no colouring and no palm oil."])
C("X12", ["Un savon de Salon-de-Provence, à 72 % d'huile d'olive, séché six semaines.", "Sans parfum ni "
          "huile de palme, pour le corps comme pour le linge délicat. 7,90 €."])
C("X12", "Unscented olive oil soap, 300 g, made in Salon-de-Provence. €7.90.", "s")
C("X12", "Savon sans parfum ni colorant, 72 % d'huile d'olive.", "s")
C("X12", qa(("Is it scented?", "No, it has no perfume and no colouring."),
            ("How do I keep it?", "Let it dry out of the water between uses.")), "faq")
C("X13", ["Firm salty liquorice with salmiak, made in Zeeland, in a 250 g bag.", "It contains beef gelatine, "
          "so it is not vegetarian, and it is not for children under six."])
C("X13", ["Stevige zoute drop uit Zeeland, 250 gram.", "Bevat gelatine van rund. Eet er niet te veel van als "
          "je een hoge bloeddruk hebt. € 3,95."])
C("X13", "Salty liquorice from Zeeland, 250 g. Not vegetarian.", "s")
C("X13", "Zoute drop met salmiak, niet voor kinderen onder de zes.", "s")
C("X13", qa(("Is it vegetarian?", "No, it contains beef gelatine."),
            ("Is it for children?", "Not for children under 6.")), "faq")
C("X14", ["A Dala horse carved from pine and painted by hand in Nusnäs, Dalarna, standing 10 cm (about 4 "
          "inches) tall.", "Choose red or blue. No two are quite alike."])
C("X14", ["En handmålad dalahäst i furu från Nusnäs.", "Finns i rött och blått. Inte för barn under tre år. "
          "349 kr."])
C("X14", "Hand-painted pine Dala horse from Nusnäs, 10 cm, red or blue.", "s")
C("X14", "Dalahäst, 10 cm, snidad i furu och målad för hand.", "s")
C("X14", seo("Dalahäst, handmålad | Nusnäs Hemslöjd",
             "A hand-painted pine Dala horse from Nusnäs, Dalarna, 10 cm tall, in red or blue."), "seo")
C("X15", ["A hand-painted faience tile, 14 x 14 cm (about 5½ inches square), in cobalt blue on white glaze.",
          "Made in Lisbon, for indoor use: it will not stand frost."])
C("X15", ["Um azulejo de Lisboa, pintado à mão a azul cobalto.", "Só para interior. Pendure-o com o suporte "
          "incluído ou assente-o com cimento-cola. 24 €."])
C("X15", "Lisbon-made faience tile, 14 x 14 cm, cobalt on white.", "s")
C("X15", "Azulejo pintado à mão, para interior.", "s")
C("X15", qa(("Can it go outside?", "No, it is not frost-resistant; keep it indoors."),
            ("How do I hang it?", "With the hanger that comes with it, or set it with tile adhesive.")), "faq")
C("X16", ["A pair of 7075 aluminium trekking poles that adjust from 105 to 135 cm, about 3½ to 4½ feet.",
          "Each pole weighs 230 g, around 8 oz, with cork grips and carbide tips."])
C("X16", ["Ein Paar Trekkingstöcke mit Korkgriffen, je 230 g.", "Zwei Trekkingteller und zwei Gummipuffer "
          "sind dabei. Nicht als Skistöcke gedacht. CHF 89."])
C("X16", "Cork-grip aluminium trekking poles, 105-135 cm. Not ski poles.", "s")
C("X16", "Trekkingstöcke aus Aluminium 7075, 230 g pro Stock.", "s")
C("X16", qa(("Can I use them for skiing?", "No, they are not meant as ski poles."),
            ("What is in the box?", "Two poles, two trekking baskets and two rubber tips.")), "faq")
C("X17", ["Six carbon arrows at spine 500, cut to 30 inches (about 76 cm), each with three 2-inch vanes.",
          "Nocks and 100-grain field points are fitted."])
C("X17", ["For recurve and compound bows, never crossbows.", "Check each arrow for cracks before you "
          "shoot. $54 for six."])
C("X17", "Spine 500 carbon arrows, 30 inches, pack of six.", "s")
C("X17", "Six arrows with 100-grain points for recurve or compound. $54.", "s")
C("X17", seo("Carbon Arrows Spine 500 (6 Pack) | Fletchmoor",
             "Six spine 500 carbon arrows, 30 in, 2-inch vanes, 100-grain points. Not for crossbows."), "seo")
C("X18", ["Cool-water surf wax for 14 to 20 °C, roughly 57 to 68 °F.", "An 85 g bar, about 3 oz, of beeswax and "
          "coconut oil, hand-poured in Jeffreys Bay."])
C("X18", ["Rub it on over a base coat.", "It goes soft above 20 °C, so keep it out of a hot car. R65."])
C("X18", "Beeswax and coconut surf wax for 14-20 °C water, 85 g.", "s")
C("X18", "Cool water wax from Jeffreys Bay. Use over a base coat.", "s")
C("X18", qa(("What water is it for?", "Cool water, 14 to 20 °C."),
            ("Do I need a base coat?", "Yes, apply it over a base coat.")), "faq")
C("X19", ["Post us your kitchen knives and we hand-sharpen them on water stones: $8 a knife, $12 if it is "
          "serrated.", "They come back within five working days of reaching us, return postage in the US "
          "included."])
C("X19", ["Sharpen four plain knives and a bread knife for $44.", "We do not take ceramic knives or "
          "scissors."])
C("X19", "Hand sharpening by post: $8 a knife, $12 serrated.", "s")
C("X19", "Knives back in 5 working days, US return postage included.", "s")
C("X19", seo("Knife Sharpening by Post | Keenedge Workshop",
             "Kitchen knives sharpened by hand on water stones, $8 each, $12 serrated. No ceramic knives."), "seo")
C("X20", "A linen tea towel from Weftly, €14.", "s")
C("X20", "Weftly's linen tea towel.", "s")
C("X20", ["A linen tea towel for the kitchen.", "€14."])
C("X20", ["Linen Tea Towel by Weftly.", "Fourteen euros."])
C("X20", qa(("What is it?", "A linen tea towel."), ("How much is it?", "€14.")), "faq")
C("X21", "A blank A6 card from Paper Moth, £3.50.", "s")
C("X21", "Blank A6 greeting card, ready for your own words.", "s")
C("X21", ["A blank greeting card in A6.", "£3.50 from Paper Moth."])
C("X21", ["Paper Moth's blank card: nothing printed inside, so the message is yours.", "Size A6."])
C("X21", seo("Blank Greeting Card | Paper Moth", "A blank A6 greeting card for any message. £3.50."), "seo")
C("X22", ["The pieces for keeping a starter and baking a first loaf, each sold on its own.", "The 1 litre "
          "glass jar is $14, the dough scraper $5 and the 22 cm rattan banneton $18."])
C("X22", ["Buy all three and you spend $37.", "Or pick only the banneton, about 8½ inches across, for $18."])
C("X22", "Jar $14, scraper $5, banneton $18: sold separately.", "s")
C("X22", "A 1 L starter jar, a dough scraper and a 22 cm banneton.", "s")
C("X22", qa(("Can I buy just the jar?", "Yes, each piece is sold on its own; the jar is $14."),
            ("How big is the banneton?", "22 cm, in rattan.")), "faq")
C("X23", ["A foam-padded rack that carries one kayak, up to 36 kg (about 79 lb).", "It fits bare roofs and "
          "factory rails. Sold and shipped by our partner Northline Outdoors."])
C("X23", ["C$129.", "Northline Outdoors handles delivery, returns and the warranty."])
C("X23", "Kayak roof rack for one boat, max load 36 kg. Sold by Northline Outdoors.", "s")
C("X23", "Fits bare roofs or factory rails. C$129.", "s")
C("X23", seo("Kayak Roof Rack | Northline Outdoors",
             "Foam-padded rack for one kayak, 36 kg max, for bare roofs or factory rails."), "seo")
C("X24", ["Extra virgin olive oil from Picual olives of the 2026 harvest, cold-pressed in Jaén.", "A dark "
          "glass bottle of 500 ml, half a litre; acidity at most 0.2 %."])
C("X24", ["Aceite Picual de Jaén, cosecha 2026, prensado en frío.", "Guárdelo lejos de la luz y del calor y "
          "consúmalo en 18 meses. 14,50 €."])
C("X24", "Picual extra virgin olive oil from Jaén, 500 ml, acidity ≤ 0.2 %.", "s")
C("X24", "Virgen extra Picual, botella de vidrio oscuro de 500 ml.", "s")
C("X24", qa(("How should I store it?", "Away from light and heat; best used within 18 months."),
            ("Where is it from?", "Jaén, in Spain.")), "faq")
C("X25", ["A board cut from a single piece of olive wood, 40 x 20 cm (about 16 by 8 inches) and 2 cm thick.",
          "Made by hand in Puglia. Wash it by hand and dry it straight away."])
C("X25", ["Un tagliere in ulivo pugliese, fatto a mano.", "Niente lavastoviglie: lavarlo a mano e ogni tanto "
          "passare un filo di olio di vaselina. 35 €."])
C("X25", "Olive wood board, 40 x 20 x 2 cm, made by hand in Puglia.", "s")
C("X25", "Tagliere in legno d'ulivo, da lavare a mano.", "s")
C("X25", seo("Tagliere in legno d'ulivo | Bottega Salentina",
             "Handmade olive wood board from Puglia, 40 x 20 cm. Hand wash, oil now and then."), "seo")
C("X26", ["A second flush Darjeeling from the Kalimpong hills, graded FTGFOP1.", "The 100 g pouch makes about "
          "50 cups. It contains caffeine."])
C("X26", ["Brew 2.5 g in 200 ml, about 7 fl oz, of water at 90 °C (194 °F) for three minutes.", "₹650 a "
          "pouch."])
C("X26", "Second flush Darjeeling, FTGFOP1, 100 g loose.", "s")
C("X26", "Loose black tea from Kalimpong. Brew at 90 °C for 3 minutes.", "s")
C("X26", qa(("Does it have caffeine?", "Yes, it contains caffeine."),
            ("How do I brew it?", "2.5 g in 200 ml at 90 °C for 3 minutes.")), "faq")
C("X27", ["Six phosphor bronze strings for steel-string acoustics, gauged 12 to 53.", "The plain strings are "
          "tin-plated steel, and none of the set is coated."])
C("X27", ["Classical guitars need nylon, so these are not for them.", "Every string comes sealed in its own "
          "envelope. £11."])
C("X27", "Phosphor bronze acoustic set, 12-53, uncoated.", "s")
C("X27", "Six strings for steel-string guitars. Not for classical. £11.", "s")
C("X27", seo("Phosphor Bronze Acoustic Strings 12-53 | Brightfret",
             "Uncoated phosphor bronze strings, 12-53, for steel-string acoustic guitars."), "seo")
C("X28", ["A 10000 mAh power bank, 37 Wh, with 20 W USB-C Power Delivery and a 12 W USB-A port.", "It refills "
          "in about three and a half hours from a 20 W charger."])
C("X28", ["At 210 g, about 7.4 oz, it travels well, and at 37 Wh it is under the 100 Wh limit for hand "
          "luggage; never pack it in checked bags.", "Black or White, €35, with an 18-month warranty."])
C("X28", "10000 mAh USB-C PD power bank, 20 W, 210 g.", "s")
C("X28", "Two ports, hand-luggage friendly, 18-month warranty. Charger not included.", "s")
C("X28", qa(("Can I fly with it?", "Yes, in hand luggage: it is 37 Wh, under the 100 Wh limit."),
            ("Is a charger included?", "No.")), "faq")
C("X29", ["Thick-cut Seville orange marmalade, made in small batches in Dundee.", "A 340 g jar, about 12 oz. "
          "Keep it in the fridge once open and finish it within six weeks."])
C("X29", ["Seville oranges, cane sugar, lemon juice and water, and nothing from animals: it is suitable for "
          "vegans.", "£5.50 a jar."])
C("X29", "Dundee-made Seville orange marmalade, 340 g, vegan.", "s")
C("X29", "Thick-cut marmalade. Refrigerate after opening.", "s")
C("X29", qa(("How long does it keep once open?", "Six weeks in the fridge."),
            ("Is it vegan?", "Yes.")), "faq")
C("X30", ["A one-piece cast iron kettlebell with a black powder coat and a flat base.", "The handle is "
          "35 mm across, about 1.4 inches."])
C("X30", ["8 kg is $38, 12 kg $52 and 16 kg, about 35 lb, $64.", "Keep it indoors, as rain chips the coat. "
          "Two-year warranty."])
C("X30", "Cast iron kettlebell in 8, 12 or 16 kg. Flat base.", "s")
C("X30", "Powder-coated kettlebell with a 35 mm handle, from $38.", "s")
C("X30", qa(("Can it live outside?", "Store it indoors; the coat chips in the rain."),
            ("What weights are there?", "8 kg, 12 kg and 16 kg.")), "faq")

# ---------------------------------------------------------------- faulty drafts (one planted claim each)
F("X01", "The body is [[manganese bronze]] and the blade A2 steel.", "accuracy.material", B,
  "The body is ductile iron.")
F("X01", "The A2 blade is [[50 mm]] wide.", "accuracy.number", B, "The blade is 35 mm wide.")
F("X01", "Each plane is [[ground and assembled in Birmingham]].", "accuracy.origin", B,
  "Made in Sheffield.")
F("X01", "The blade arrives [[honed and ready to cut straight from the box]].", "accuracy.feature", B,
  "The blade is not honed: hone before first use.")
F("X01", "It is backed by a [[lifetime guarantee]].", "accuracy.warranty", B, "Five-year warranty.")
F("X01", "The blade sits at [[a 20-degree bed]].", "accuracy.number", B, "Bedded at 12 degrees.")
F("X01", "[[Over 5,000 woodworkers]] already trim with one.", "compliance.social_proof", W,
  "Unverifiable social proof.")
F("X02", "[[Spacers and speed washers come in the box]].", "accuracy.feature", B,
  "Spacers and speed washers are not included.")
F("X02", "The balls are [[silicon nitride ceramic]].", "accuracy.material", B, "Chrome steel balls.")
F("X02", "Rated [[ABEC 9]] for speed.", "accuracy.certification", B, "Rated ABEC 7.")
F("X02", "Sold as a [[pack of four]].", "accuracy.number", B, "A set of eight.")
F("X02", "When they slow down, [[spray them with WD-40]].", "accuracy.care", B, "Do not use WD-40.")
F("X02", "Rubber or metal shields, [[both cost $19]].", "accuracy.price", B, "Metal shields are $22.")
F("X02", "Also made in [[627 size for longboard trucks]].", "accuracy.size", B, "Only 608 is offered.")
F("X03", "Made of [[shatterproof acrylic]].", "accuracy.material", B, "Glass.")
F("X03", "It reads specific gravity from [[0.980 to 1.200]].", "accuracy.number", B, "SG 0.990 to 1.170.")
F("X03", "[[A test jar is included]].", "accuracy.feature", B, "The test jar is not included.")
F("X03", "It is [[calibrated at 15 °C]].", "accuracy.number", B, "Calibrated at 20 °C.")
F("X03", "[[Blown in Belgium]].", "accuracy.origin", B, "No origin given.")
F("X03", "It also [[checks the strength of distilled spirits]].", "accuracy.compatibility", W,
  "An invented use: the scales are for wort, must and wine.")
F("X04", "The blade is [[stainless steel]], so it never needs drying.", "accuracy.material", B,
  "SK5 carbon steel, not stainless.")
F("X04", "They cut branches up to [[30 mm]] thick.", "accuracy.number", B, "Cutting capacity 20 mm.")
F("X04", "They [[work in either hand]].", "accuracy.compatibility", B, "Right-handed use only.")
F("X04", "The handles are powder-coated [[olive green]].", "accuracy.colour", B, "Red powder coat.")
F("X04", "[[Forged in Taiwan]].", "accuracy.origin", B, "Forged in Solingen, Germany.")
F("X04", "[[Two spare springs]] come in the box.", "accuracy.number", B, "One spare spring.")
F("X05", "The flakes melt at [[46 °C]].", "accuracy.number", B, "Melt point 52 °C.")
F("X05", "It sets [[firm enough for pillar candles]].", "accuracy.compatibility", B,
  "Too soft for pillar candles.")
F("X05", "The flakes come [[pre-scented with vanilla]].", "accuracy.feature", B, "Fragrance not included.")
F("X05", "It holds up to [[12 %]] fragrance oil.", "accuracy.number", B, "Fragrance load up to 10 %.")
F("X05", "The wax is [[certified organic]].", "accuracy.certification", B, "No certification given.")
F("X05", "Also sold in a [[10 kg sack]].", "accuracy.size", B, "Sizes are 1 kg and 5 kg.")
F("X06", "It holds [[three 35mm reels]] at once.", "accuracy.number", B, "Two 35mm reels or one 120.")
F("X06", "It takes [[4x5 sheet film]] as well.", "accuracy.compatibility", B, "Not for sheet film.")
F("X06", "[[Reels are sold separately]].", "accuracy.feature", B, "Both reels are included.")
F("X06", "The tank is [[stainless steel]].", "accuracy.material", B, "Polypropylene tank.")
F("X06", "It is [[dishwasher safe]].", "accuracy.care", B, "Hand wash only.")
F("X06", "Use [[300 ml]] of developer for each 35mm reel.", "accuracy.number", B, "500 ml a reel.")
F("X07", "The base is [[80 cm across]].", "accuracy.number", B, "80 cm is the height; the base is 40 x 40 cm.")
F("X07", "It is wrapped in [[jute rope]].", "accuracy.material", B, "Sisal rope.")
F("X07", "The base comes in Grey, Oatmeal or [[Charcoal]].", "accuracy.colour", B, "Grey or Oatmeal only.")
F("X07", "[[Vet-approved]] for healthy claws.", "accuracy.certification", B, "No approval given.")
F("X07", "The post is [[glued to the base]] so it never wobbles.", "accuracy.feature", B,
  "The post unscrews so it can be replaced.")
F("X07", "[[Every cat stops scratching the sofa]].", "compliance.absolute", W, "An absolute promise.")
F("X08", "Shaped for [[right-handed]] sewists.", "accuracy.compatibility", B, "Left-handed shears.")
F("X08", "They [[cut paper and card]] just as cleanly.", "accuracy.compatibility", B, "For fabric only.")
F("X08", "The blades are [[titanium-coated]].", "accuracy.material", B, "Forged steel; no coating given.")
F("X08", "[[Hand-finished in Solingen]].", "accuracy.origin", B, "Made in Premana, Italy.")
F("X08", "They are [[30 cm]] long.", "accuracy.number", B, "25 cm long.")
F("X08", "Touch them up [[on any kitchen sharpener]].", "accuracy.care", B,
  "Do not use a kitchen sharpener.")
F("X09", "[[Batteries included]].", "accuracy.feature", B, "Batteries not included.")
F("X09", "Rated [[IPX7]], it can be dropped in a puddle.", "accuracy.certification", B, "Rated IPX4.")
F("X09", "The LED glows a deep [[660 nm]] red.", "accuracy.number", B, "630 nm.")
F("X09", "The body is [[anodised titanium]].", "accuracy.material", B, "Anodised aluminium.")
F("X09", "It recharges over [[USB-C]].", "accuracy.feature", B, "Runs on AAA batteries; no charging port.")
F("X09", "Made for us by [[Celestron]].", "accuracy.brand", B, "Vendor is Nightjar Optics.")
F("X10", "The pieces are turned from [[ebony]] and boxwood.", "accuracy.material", B, "Sheesham and boxwood.")
F("X10", "The king stands [[4 inches]] tall.", "accuracy.number", B, "95 mm is about 3.7 in, not 4.")
F("X10", "The board measures [[50 x 50 cm]].", "accuracy.number", B, "45 x 45 cm.")
F("X10", "[[Carved by hand in Jaipur]].", "accuracy.origin", B, "Handmade in Amritsar.")
F("X10", "It includes [[one extra queen]].", "accuracy.number", B, "Two extra queens.")
F("X10", "[[FIDE approved]] for tournament play.", "accuracy.certification", B, "No approval given.")
F("X11", "Das Mahlwerk ist aus [[gehärtetem Stahl]].", "accuracy.material", B, "Ceramic burr.", native=True)
F("X11", "The hopper holds [[40 g]] of beans.", "accuracy.number", B, "30 g.")
F("X11", "Alle Teile sind [[spülmaschinenfest]].", "accuracy.care", B, "Not dishwasher safe.", native=True)
F("X11", "Diese [[elektrische Kaffeemühle]] mahlt leise.", "accuracy.category", B,
  "A hand grinder, not electric.", native=True)
F("X11", "[[Gefertigt in Sachsen]].", "accuracy.origin", B, "Made in Thuringia.", native=True)
F("X11", "It grinds fine enough for [[Turkish coffee]].", "accuracy.compatibility", W,
  "Invented use: settings run from espresso to French press.")
F("X12", "Un savon [[parfumé à la lavande]].", "accuracy.feature", B, "Sans parfum.", native=True)
F("X12", "A [[400 g]] cube of soap.", "accuracy.number", B, "300 g.")
F("X12", "[[Fabriqué à Marseille]].", "accuracy.origin", B, "Made in Salon-de-Provence.", native=True)
F("X12", "Made with [[80 %]] olive oil.", "accuracy.number", B, "72 % olive oil.")
F("X12", "[[Certifié bio par Ecocert]].", "accuracy.certification", B, "No certification.", native=True)
F("X12", "The soap is [[zero waste and carbon neutral]].", "compliance.environmental", B,
  "Unsupported environmental claim.")
F("X13", "[[Geschikt voor vegetariërs]].", "accuracy.feature", B, "Contains beef gelatine.", native=True)
F("X13", "A [[500 g]] bag.", "accuracy.number", B, "250 g.")
F("X13", "Rechtstreeks [[uit Groningen]].", "accuracy.origin", B, "Made in Zeeland.", native=True)
F("X13", "[[Safe for children of all ages]].", "compliance.health", B, "Not for children under 6.")
F("X13", "Drop is [[goed voor de bloeddruk]].", "compliance.health", B,
  "The listing warns against eating much with high blood pressure.", native=True)
F("X13", "Sweetened with [[stevia]], no added sugar.", "accuracy.material", B, "Sugar and glucose syrup.")
F("X14", "Snidad i [[björk]].", "accuracy.material", B, "Carved from pine.", native=True)
F("X14", "It stands [[15 cm]] tall.", "accuracy.number", B, "10 cm.")
F("X14", "Finns även i [[grönt]].", "accuracy.colour", B, "Red or blue only.", native=True)
F("X14", "[[Carved in Småland]].", "accuracy.origin", B, "Nusnäs, Dalarna.")
F("X14", "[[En trygg leksak för småbarn]].", "compliance.health", B, "Not for children under 3.", native=True)
F("X14", "Every horse is [[machine-printed]] to match.", "accuracy.feature", B, "Painted by hand; each unique.")
F("X15", "[[Resistente ao gelo]], ideal para o jardim.", "accuracy.feature", B,
  "Indoor use; not frost-resistant.", native=True)
F("X15", "It measures [[15 x 15 cm]].", "accuracy.number", B, "14 x 14 cm.")
F("X15", "[[Feito no Porto]].", "accuracy.origin", B, "Made in Lisbon.", native=True)
F("X15", "Painted in [[green and yellow]].", "accuracy.colour", B, "Cobalt blue on white.")
F("X15", "Em [[porcelana]] vidrada.", "accuracy.material", B, "Faience.", native=True)
F("X15", "Each tile is [[screen-printed]].", "accuracy.feature", B, "Painted by hand.")
F("X16", "Stöcke aus [[Carbon]].", "accuracy.material", B, "Aluminium 7075.", native=True)
F("X16", "They adjust from [[100 to 145 cm]].", "accuracy.number", B, "105 to 135 cm.")
F("X16", "Jeder Stock wiegt nur [[180 g]].", "accuracy.number", B, "230 g a pole.", native=True)
F("X16", "They [[double as ski poles]] in winter.", "accuracy.compatibility", B, "Not suitable as ski poles.")
F("X16", "Griffe aus [[Schaumstoff]].", "accuracy.material", B, "Cork grips.", native=True)
F("X16", "[[Snow baskets]] are included.", "accuracy.feature", B, "Trekking baskets are included.")
F("X17", "[[Spine 400]], cut to 30 inches.", "accuracy.number", B, "Spine 500.")
F("X17", "[[Twelve]] arrows to a pack.", "accuracy.number", B, "Six arrows.")
F("X17", "Safe to shoot from [[a crossbow]].", "accuracy.compatibility", B, "Not for crossbows.")
F("X17", "The shafts are [[aluminium-core]] carbon.", "accuracy.material", B, "Carbon; no aluminium core.")
F("X17", "Each has a [[125-grain]] field point.", "accuracy.number", B, "100-grain points.")
F("X17", "[[Wrapped in Utah]].", "accuracy.origin", B, "No origin given.")
F("X17", "The shafts are [[unbreakable]].", "compliance.absolute", W, "An absolute claim.")
F("X18", "For water from [[20 to 26 °C]].", "accuracy.number", B, "14 to 20 °C.")
F("X18", "[[A 100 g bar]].", "accuracy.number", B, "85 g.")
F("X18", "Blended from beeswax and [[paraffin]].", "accuracy.material", B, "Beeswax and coconut oil.")
F("X18", "Poured [[in Durban]].", "accuracy.origin", B, "Jeffreys Bay.")
F("X18", "It is [[reef-safe and biodegradable]].", "compliance.environmental", B,
  "Unsupported environmental claim.")
F("X18", "[[Chosen by pros on the world tour]].", "compliance.social_proof", W, "Unverifiable endorsement.")
F("X19", "$8 a knife, [[serrated blades included]].", "accuracy.price", B, "Serrated knives are $12.")
F("X19", "Your knives are back [[within 48 hours]].", "accuracy.number", B, "Within 5 working days.")
F("X19", "We [[sharpen ceramic knives]] too.", "accuracy.compatibility", B, "No ceramic knives.")
F("X19", "[[Scissors are welcome]] in the same parcel.", "accuracy.compatibility", B, "No scissors.")
F("X19", "[[Free return postage worldwide]].", "compliance.shipping", B, "Return postage inside the US only.")
F("X19", "Each edge is [[guaranteed for a year]].", "accuracy.warranty", B, "No guarantee given.")
F("X19", "Sharpened on a [[belt grinder]].", "accuracy.feature", B, "By hand on water stones.")
F("X20", "[[Woven from Irish linen]].", "accuracy.origin", B, "No origin given.")
F("X20", "[[Machine washable at 60 °C]].", "accuracy.care", B, "No care given.")
F("X20", "It measures [[50 x 70 cm]].", "accuracy.number", B, "No size given.")
F("X20", "[[OEKO-TEX certified]].", "accuracy.certification", B, "No certification.")
F("X20", "A [[bath towel]] big enough to wrap up in.", "accuracy.category", B, "A tea towel.")
F("X20", "[[Loved in 10,000 kitchens]].", "compliance.social_proof", W, "Unverifiable social proof.")
F("X21", "An [[A5]] card.", "accuracy.number", B, "The card is A6.")
F("X21", "[[An envelope is included]].", "accuracy.feature", B, "No envelope mentioned.")
F("X21", "Printed on [[recycled card]].", "compliance.environmental", B, "Unsupported environmental claim.")
F("X21", "[[Free first-class delivery]].", "compliance.shipping", B, "No delivery terms given.")
F("X21", "[[Drawn by hand in Cornwall]].", "accuracy.origin", B, "No origin given.")
F("X21", "With [[gold foil]] lettering on the front.", "accuracy.feature", B, "A blank card; nothing given.")
F("X22", "The whole kit is [[$30]].", "accuracy.price", B, "Sold piece by piece: $14 + $5 + $18 = $37.")
F("X22", "The jar holds [[2 litres]].", "accuracy.number", B, "1 litre.")
F("X22", "A [[25 cm]] banneton.", "accuracy.number", B, "22 cm.")
F("X22", "It comes with [[a live starter]].", "accuracy.feature", B, "No starter in the kit.")
F("X22", "The scraper is [[stainless steel]].", "accuracy.material", B, "No material given.")
F("X22", "The banneton is [[dishwasher safe]].", "accuracy.care", B, "No care given; rattan.")
F("X23", "It carries [[two kayaks]].", "accuracy.number", B, "One kayak.")
F("X23", "Maximum load [[45 kg]].", "accuracy.number", B, "36 kg.")
F("X23", "[[Covered by our three-year warranty]].", "accuracy.warranty", B,
  "Warranty handled by the partner; no term given.")
F("X23", "[[Free next-day delivery]] from our warehouse.", "compliance.shipping", B,
  "Delivery is handled by the partner.")
F("X23", "[[Made by Thule]].", "accuracy.brand", B, "Vendor is Northline Outdoors.")
F("X23", "It also [[fits cars with rain gutters]].", "accuracy.compatibility", W,
  "Invented fit: bare roofs or factory rails.")
F("X24", "Un aceite de [[Arbequina]].", "accuracy.category", B, "Picual.", native=True)
F("X24", "A [[750 ml]] bottle.", "accuracy.number", B, "500 ml.")
F("X24", "[[Prensado en Córdoba]].", "accuracy.origin", B, "Pressed in Jaén.", native=True)
F("X24", "Acidity below [[0.1 %]].", "accuracy.number", B, "At most 0.2 %.")
F("X24", "[[Ecológico certificado]].", "accuracy.certification", B, "No certification.", native=True)
F("X24", "A spoonful a day [[lowers cholesterol]].", "compliance.health", B, "Unsupported health claim.")
F("X25", "[[Si lava in lavastoviglie]].", "accuracy.care", B, "Not for the dishwasher.", native=True)
F("X25", "It is [[20 cm thick]].", "accuracy.number", B, "2 cm thick; 20 cm is the width.")
F("X25", "In legno di [[castagno]].", "accuracy.material", B, "Olive wood.", native=True)
F("X25", "[[Carved in Tuscany]].", "accuracy.origin", B, "Made in Puglia.")
F("X25", "Ricavato da [[alberi abbattuti in modo sostenibile]].", "compliance.environmental", B,
  "Unsupported environmental claim.", native=True)
F("X25", "[[The best board money can buy]].", "compliance.absolute", W, "A superlative.")
F("X26", "A [[first flush]] Darjeeling.", "accuracy.category", B, "Second flush.")
F("X26", "It is [[caffeine-free]].", "compliance.health", B, "Contains caffeine.")
F("X26", "A [[250 g]] pouch.", "accuracy.number", B, "100 g.")
F("X26", "Grown [[in the hills of Assam]].", "accuracy.origin", B, "Kalimpong, West Bengal.")
F("X26", "Brew it at [[100 °C]].", "accuracy.number", B, "90 °C.")
F("X26", "[[Rainforest Alliance certified]].", "accuracy.certification", B, "No certification.")
F("X27", "Also in [[light 11-52]] gauges.", "accuracy.size", B, "Only 12-53 is offered.")
F("X27", "The wound strings are [[nickel]].", "accuracy.material", B, "Phosphor bronze.")
F("X27", "Great on [[classical guitars]] too.", "accuracy.compatibility", B, "Not for classical guitars.")
F("X27", "[[Coated]] to last three times longer.", "accuracy.feature", B, "Uncoated.")
F("X27", "A set of [[seven]] strings.", "accuracy.number", B, "Six strings.")
F("X27", "[[Made by Martin]].", "accuracy.brand", B, "Vendor is Brightfret.")
F("X28", "It holds [[20000 mAh]].", "accuracy.number", B, "10000 mAh.")
F("X28", "A [[65 W]] USB-C port.", "accuracy.number", B, "20 W.")
F("X28", "[[Wireless charging]] pad on top.", "accuracy.feature", B, "No wireless charging given.")
F("X28", "[[Over 50,000 sold]].", "compliance.social_proof", W, "Unverifiable social proof.")
F("X28", "It has a [[two-year warranty]].", "accuracy.warranty", B, "18-month warranty.")
F("X28", "Black, White or [[Rose Gold]].", "accuracy.colour", B, "Black or White only.")
F("X28", "It [[weighs 180 g]].", "accuracy.number", B, "210 g.")
F("X29", "It [[keeps for months in the cupboard once open]].", "accuracy.care", B,
  "Refrigerate after opening; six weeks.")
F("X29", "Made with [[Valencia oranges]].", "accuracy.material", B, "Seville oranges.")
F("X29", "[[Cooked in Edinburgh]].", "accuracy.origin", B, "Made in Dundee.")
F("X29", "[[Low in sugar]].", "compliance.health", B, "Cane sugar is the first ingredient.")
F("X29", "[[Free UK delivery on every jar]].", "compliance.shipping", B, "No delivery terms given.")
F("X29", "Sweetened with [[heather honey]].", "accuracy.material", B, "Cane sugar; vegan.")
F("X30", "Choose 8, 12, 16 or [[24 kg]].", "accuracy.size", B, "8, 12 or 16 kg only.")
F("X30", "[[Vinyl-coated]] for a softer landing.", "accuracy.material", B, "Black powder coat.")
F("X30", "The handle is [[38 mm]] across.", "accuracy.number", B, "35 mm.")
F("X30", "It is [[fine to keep outside]] in all weathers.", "accuracy.care", B, "Store indoors.")
F("X30", "[[Lifetime warranty]].", "accuracy.warranty", B, "Two-year warranty.")
F("X30", "The 16 kg bell is [[$52]].", "accuracy.price", B, "16 kg is $64.")
F("X30", "[[Results guaranteed in two weeks]].", "compliance.absolute", W, "An absolute promise.")


def _html(paragraphs):
    return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)


def _serialise(kind, draft):
    if kind in ("d", "s"):
        return _html([draft] if isinstance(draft, str) else draft)
    return json.dumps(draft, ensure_ascii=False)


def _strip_marks(marked):
    m = re.search(r"\[\[(.+?)\]\]", marked)
    assert m and marked.count("[[") == 1, marked
    return marked.replace("[[", "").replace("]]", ""), m.group(1)


def _locate(kind, text, sentence, claim):
    if kind in ("d", "s"):
        sent, cl = html.escape(sentence, quote=False), html.escape(claim, quote=False)
    else:
        sent, cl = json.dumps(sentence, ensure_ascii=False)[1:-1], json.dumps(claim, ensure_ascii=False)[1:-1]
    at = text.find(sent)
    assert at != -1, (text, sent)
    start = text.find(cl, at)
    assert start != -1 and start + len(cl) <= at + len(sent), (text, cl)
    return start, start + len(cl), cl


def _recast():
    listings = make_listings.build()
    seen = {}
    out = []
    for row in FAULTY:
        key = row["listing"]
        n = seen.get(key, 0)
        seen[key] = n + 1
        kind = row["kind"] or ORDER[n % len(ORDER)]
        sentence, claim = _strip_marks(row["draft"])
        pad, question = (NPAD if row["native"] else PAD)[key]
        if kind == "d":
            draft = [sentence, pad] if n % 2 else [pad, sentence]
        elif kind == "s":
            draft = sentence
        elif kind == "seo":
            lst = listings[key]
            draft = seo(f"{lst['title']} | {lst['vendor']}", sentence)
        else:
            draft = qa((question, sentence))
        text = _serialise(kind, draft)
        start, end, cl = _locate(kind, text, sentence, claim)
        out.append({"listing": key, "kind": KIND[kind], "text": text,
                    "labels": [{"rule": row["rule"], "start": start, "end": end, "claim": cl,
                                "severity": row["severity"], "why": row["why"]}]})
    return out


def build():
    clean = [{"listing": key, "kind": KIND[kind], "text": _serialise(kind, draft), "labels": []}
             for key, kind, draft in CLEAN]
    return clean, _recast()


if __name__ == "__main__":
    c, f = build()
    print(len(c), "clean", len(f), "faulty")
