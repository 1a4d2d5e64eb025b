"""Hand-written drafts for guardrails holdout v9: clean copy and copy with one planted error each.

In a faulty draft the one unsupported claim is marked [[like this]]; `build()` strips the marks and
records the span. SEO and FAQ drafts are written as Python objects and serialised with json.dumps, so
their spans are offsets into the JSON text. Short descriptions are HTML, like descriptions.
"""
import json

CLEAN = []
FAULTY = []
SD = "short_description"

NUM, PRICE, MAT, COL, CERT = ("accuracy.number", "accuracy.price", "accuracy.material", "accuracy.colour",
                              "accuracy.certification")
ORIG, SIZE, CAT, FEAT, CARE = ("accuracy.origin", "accuracy.size", "accuracy.category", "accuracy.feature",
                               "accuracy.care")
WARR, BRAND, COMPAT = "accuracy.warranty", "accuracy.brand", "accuracy.compatibility"
SHIP, HEALTH, ABS, ENV, SOCIAL = ("compliance.shipping", "compliance.health", "compliance.absolute",
                                  "compliance.environmental", "compliance.social_proof")


def C(listing, draft, kind="description"):
    CLEAN.append((listing, kind, draft))


def F(listing, draft, rule, severity, why, kind="description"):
    FAULTY.append((listing, kind, draft, rule, severity, why))


def qa(*pairs):
    """FAQ draft from (question, answer) pairs."""
    return [{"question": q, "answer": a} for q, a in pairs]


def seo(title, description):
    return {"title": title, "description": description}


def _serialise(kind, draft):
    if kind in ("description", SD):
        return draft
    return json.dumps(draft, ensure_ascii=False)


def _strip_marks(marked):
    assert marked.count("[[") == 1 and marked.count("]]") == 1, marked
    start = marked.index("[[")
    end = marked.index("]]", start)
    text = marked[:start] + marked[start + 2:end] + marked[end + 2:]
    return text, start, end - 2



# Z01 tile adhesive
C("Z01", "<p>A flexible cement-based adhesive for wall and floor tiles, inside or out, classed C2TE under EN "
         "12004. You get half an hour of open time and about four hours in the bucket once mixed.</p><p>Each 20 kg "
         "bag (about 44 lb) takes 5.2 litres of clean water. Made in Austria. Not for glass mosaic.</p>")
C("Z01", "<p>Grey C2TE tile adhesive from Austria, 20 kg, for indoor and outdoor tiling.</p>", SD)
C("Z01", seo("Flexkleber C2TE 20 kg | Baustoffe Kranzl",
             "Flexible C2TE tile adhesive to EN 12004 for walls and floors, indoors and out: 30 minutes open "
             "time, about 4 hours pot life."), "seo")
C("Z01", qa(("Can I use it for glass mosaic?", "No. It is not suitable for glass mosaic."),
            ("How much water does a bag need?", "5.2 litres of clean water for each 20 kg bag.")), "faq")
F("Z01", "<p>Mix each bag with [[7 litres]] of water.</p>", NUM, "block", "5.2 litres a 20 kg bag")
F("Z01", "<p>Ideal for [[glass mosaic]] tiles.</p>", FEAT, "block",
  "the listing says it is not suitable for glass mosaic")
F("Z01", "<p>C2TE adhesive, [[made in Germany]].</p>", ORIG, "block", "Herstellungsland: Österreich", SD)
F("Z01", "<p>Classed [[C2TE S1]] under EN 12004.</p>", CERT, "block", "C2TE only; no S1 deformability class")
F("Z01", "<p>A [[white]] flexible adhesive for wall tiles.</p>", COL, "block", "Farbe: Grau")

# Z02 car wax
C("Z02", "<p>Paste wax made with Brazilian carnauba, for clear coat and single-stage paint. There is no "
         "silicone in it and no abrasive either, so it will not take out swirl marks."
         "</p><p>Wipe a thin coat onto a cool panel in the shade, give it ten minutes to haze, then buff. An "
         "8 oz tin (about 225 g) does around eight cars, and the foam applicator is in the box. Made in "
         "Michigan.</p>")
C("Z02", "<p>Carnauba paste wax from Michigan with no silicone and no abrasives: roughly eight full cars from "
         "one tin.</p>", SD)
C("Z02", "<p>At $26.99 for about eight cars, that works out at under $3.50 a car.</p>", SD)
C("Z02", qa(("Will it remove swirl marks?", "No. It has no abrasives, so it does not correct swirls."),
            ("Can I wax in the sun?", "Apply it to a cool, shaded panel."),
            ("Is an applicator included?", "Yes, a foam applicator.")), "faq")
F("Z02", "<p>Let it haze for [[30 minutes]] before buffing.</p>", NUM, "block", "10 minutes")
F("Z02", "<p>A fine polish in the wax [[removes light swirl marks]] as you go.</p>", FEAT, "block",
  "no abrasives; the listing says it will not remove swirl marks")
F("Z02", "<p>Carnauba wax [[blended with silicone]].</p>", MAT, "block",
  "contains no silicone")
F("Z02", seo("Carnauba Paste Wax 8 oz | Lakeshore Detail Co.",
             "Made in Michigan with Brazilian carnauba. [[The best-selling paste wax in America.]]"),
  SOCIAL, "warn", "a sales claim the listing does not make", "seo")
F("Z02", "<p>Carnauba paste wax, [[safe on matte paint wraps]].</p>", COMPAT, "block",
  "the listing names clear coat and single-stage paint only", SD)

# Z03 cast-iron teapot
C("Z03", "<p>A cast-iron teapot from Iwate Prefecture with the hobnail arare pattern and an enamel lining "
         "inside. It holds 0.9 litres, about four cups, and comes with a stainless-steel infuser basket.</p><p>It "
         "is a brewing pot, not a kettle: keep it off the stove and away from open flame. Rinse it with warm "
         "water and dry it at once; no soap and no dishwasher. In black or rust brown.</p>")
C("Z03", "<p>A Japanese arare teapot in cast iron, 0.9 L (about 30 fl oz), with an enamelled inside.</p>", SD)
C("Z03", qa(("Can I boil water in it?", "No. Use it for brewing only, never on a stove or over a flame."),
            ("How big is it?", "0.9 litres, about four cups; 18 x 15 x 11 cm."),
            ("What colours are there?", "Black and Rust Brown.")), "faq")
C("Z03", seo("Cast Iron Teapot Arare 0.9 L | Morioka Tetsuki",
             "Hobnail cast-iron teapot from Iwate with an enamel interior and a steel infuser; holds about four "
             "cups. Black or rust brown."), "seo")
F("Z03", "<p>[[Safe to heat on a gas hob]] to keep tea warm.</p>", CARE, "block",
  "do not heat on a stove or an open flame")
F("Z03", "<p>Holds [[1.2 litres]] of tea.</p>", NUM, "block", "0.9 L")
F("Z03", "<p>Hobnail teapot with a [[bamboo]] infuser basket.</p>", MAT, "block", "stainless-steel infuser")
F("Z03", "<p>Choose black, rust brown or [[jade green]].</p>", COL, "block", "two colours: Black, Rust Brown")
F("Z03", "<p>An arare teapot, [[cast in Kyoto]].</p>", ORIG, "block", "made in Iwate Prefecture", SD)

# Z04 pillow
C("Z04", "<p>A contoured memory-foam pillow shaped for back and side sleepers. It measures 60 x 40 cm (about 24 x "
         "16 in) and rises to 12 cm at the high edge.</p><p>Unzip the bamboo-viscose blend cover and wash it at "
         "40 °C; the foam core itself is not washable. Medium or Firm.</p>")
C("Z04", "<p>Medium is £39 and Firm is £42.</p>", SD)
C("Z04", "<p>Contour pillow in memory foam for back and side sleepers, with a cover you can wash at 40 °C.</p>",
  SD)
C("Z04", qa(("Can I wash the pillow?", "Wash the zipped cover at 40 °C; do not wash the foam core."),
            ("What is the cover made of?", "70% bamboo viscose and 30% polyester.")), "faq")
F("Z04", "<p>The whole pillow, foam core included, [[goes in the washing machine at 40 °C]].</p>", CARE, "block",
  "the foam core must not be washed")
F("Z04", "<p>A contour pillow [[that relieves neck pain]] overnight.</p>", HEALTH, "block",
  "a medical claim the listing does not make")
F("Z04", "<p>Cover of [[100% bamboo viscose]].</p>", MAT, "block", "70% bamboo viscose, 30% polyester", SD)
F("Z04", "<p>Firm, [[£39]].</p>", PRICE, "block", "Firm is £42; Medium is £39", SD)
F("Z04", "<p>A memory-foam pillow for back, side and [[stomach]] sleepers.</p>", FEAT, "block",
  "back and side sleepers only")
F("Z04", "<p>Measures 60 x 40 cm and [[15 cm]] at the high edge.</p>", SIZE, "block", "12 cm at the high edge")

# Z05 vintage denim jacket
C("Z05", "<p>A 1980s trucker jacket in mid-wash cotton denim, one of a kind, with its made-in-USA label. Four "
         "metal buttons close the front, and both chest pockets have button flaps.</p><p>Laid flat it measures 22 "
         "in (about 56 cm) pit to pit and 24 in (about 61 cm) from the back of the collar, with 24.5 in sleeves. "
         "Light fading at the cuffs; a small repair on the left pocket.</p>")
C("Z05", "<p>One vintage 1980s denim trucker, size M, made in the USA, in very good condition.</p>", SD)
C("Z05", qa(("Is there any wear?", "Light fading at the cuffs and a small repaired spot on the left pocket."),
            ("What are the measurements?", "22 in pit to pit, 24 in long, sleeves 24.5 in, measured flat.")),
  "faq")
C("Z05", seo("Vintage 1980s Denim Trucker Jacket, Size M",
             "One-of-a-kind 1980s mid-wash denim trucker with a made-in-USA label, two flap chest pockets and "
             "light wear."), "seo")
F("Z05", "<p>A denim trucker from the [[1970s]].</p>", NUM, "block", "1980s", SD)
F("Z05", "<p>Made in the USA from [[selvedge denim]].</p>", MAT, "block", "100% cotton denim; no selvedge stated")
F("Z05", "<p>Measures [[24 in]] pit to pit.</p>", SIZE, "block", "22 in pit to pit")
F("Z05", "<p>[[In perfect condition, with no signs of wear.]]</p>", FEAT, "block",
  "light fading at the cuffs and a repaired spot")
F("Z05", "<p>Vintage trucker jacket [[by Levi's]].</p>", BRAND, "block",
  "the listing names no maker; sold by Second Stitch Vintage", SD)

# Z06 thumb grips
C("Z06", "<p>Eight silicone caps that slip over your thumbsticks for a surer grip: four raised ones, 4 mm tall, "
         "and four concave ones. They fit PS5 and Xbox Series X|S controllers, but not Nintendo Switch "
         "Joy-Con. In black or red.</p>")
C("Z06", "<p>A pack of eight silicone thumb grips for PS5 and Xbox Series controllers.</p>", SD)
C("Z06", qa(("Do they fit the Switch?", "No, they do not fit Nintendo Switch Joy-Con."),
            ("How many are in a pack?", "Eight: four raised and four concave.")), "faq")
C("Z06", "<p>At AU$12.95 for eight, each grip costs about AU$1.60.</p>", SD)
F("Z06", "<p>Fits PS5, Xbox Series X|S and [[Nintendo Switch Joy-Con]].</p>", COMPAT, "block",
  "they do not fit Joy-Con")
F("Z06", "<p>A [[12-pack]] of thumbstick grips.</p>", NUM, "block", "8 pack", SD)
F("Z06", "<p>Four raised grips, [[6 mm]] tall, and four concave.</p>", SIZE, "block", "raised grips are 4 mm")
F("Z06", "<p>Grips in black, red or [[glow-in-the-dark green]].</p>", COL, "block", "Black or Red only")
F("Z06", seo("Silicone Thumb Grips, 8 Pack | Pixelforge",
             "Eight silicone grips for PS5 and Xbox Series controllers. [[Rated 4.9 stars by 3,000 gamers.]]"),
  SOCIAL, "warn", "ratings the listing does not give", "seo")

# Z07 balloons
C("Z07", "<p>Fifty 12-inch latex balloons in five soft pastels, ten each of pink, mint, lilac, butter yellow and "
         "sky blue. With helium they float for about eight hours; blown up with air they keep for days.</p><p>"
         "Choking hazard: children under eight can choke on uninflated or broken balloons, so an adult should "
         "supervise.</p>")
C("Z07", "<p>Natural latex balloons, 12 in (about 30 cm), 50 in five pastel colours.</p>", SD)
C("Z07", "<p>At 149 pesos for fifty, each balloon costs under 3 pesos.</p>", SD)
C("Z07", qa(("How long do they float?", "About 8 hours filled with helium."),
            ("Are they safe for small children?",
             "Children under 8 can choke on uninflated or broken balloons; an adult must supervise.")), "faq")
F("Z07", "<p>Filled with helium they float for [[up to 24 hours]].</p>", NUM, "block", "about 8 hours")
F("Z07", "<p>Balloons [[safe for toddlers]] to play with.</p>", HEALTH, "block",
  "choking hazard for children under 8", SD)
F("Z07", "<p>[[100% biodegradable]] latex balloons.</p>", ENV, "warn",
  "an eco claim the listing does not make", SD)
F("Z07", "<p>Fifty balloons in pink, mint, lilac, butter yellow and [[peach]].</p>", COL, "block",
  "the fifth colour is sky blue")
F("Z07", "<p>Fifty [[foil]] balloons in pastel shades.</p>", MAT, "block", "natural latex")

# Z08 grouped geometry set
C("Z08", "<p>Three geometry tools for school, each sold on its own: a metal compass with a spare lead for 12,99 "
         "zł, a 180° protractor for 4,49 zł and a 30 cm ruler marked in millimetres for 5,99 zł. Made in "
         "Poland.</p>")
C("Z08", "<p>Buy all three pieces and you pay 23,47 zł in total.</p>", SD)
C("Z08", "<p>A Polish-made school geometry set: compass, protractor and a ruler of about 12 in, sold piece by "
         "piece.</p>", SD)
C("Z08", qa(("Can I buy just the ruler?", "Yes. Each piece is sold on its own; the ruler is 5,99 zł."),
            ("Does the compass come with a lead?", "Yes, a spare lead.")), "faq")
F("Z08", "<p>The whole set costs [[19,99 zł]].</p>", PRICE, "block",
  "no set price; the pieces cost 12,99, 4,49 and 5,99 zł", SD)
F("Z08", "<p>A [[360°]] protractor for full circles.</p>", NUM, "block", "180° protractor")
F("Z08", "<p>A [[plastic]] compass with a spare lead.</p>", MAT, "block", "metal compass")
F("Z08", "<p>Includes a [[20 cm]] ruler.</p>", SIZE, "block", "30 cm ruler", SD)
F("Z08", "<p>Compass, protractor and ruler, [[made in Germany]].</p>", ORIG, "block", "Kraj produkcji: Polska")

# Z09 shower mixer
C("Z09", "<p>An exposed thermostatic bar valve that keeps the shower at the temperature you set, with a safety "
         "stop at 38 °C (about 100 °F). The body is solid brass with a chrome finish, and the 1/2 in BSP inlets "
         "sit at 150 mm centres.</p><p>It needs at least 1 bar of pressure, so low-pressure gravity systems are "
         "out. WRAS approved, with a five-year guarantee on the valve.</p>")
C("Z09", "<p>Chrome-finished brass thermostatic bar valve, WRAS approved, 150 mm centres.</p>", SD)
C("Z09", qa(("Will it work on my gravity-fed system?",
             "Only if it gives at least 1 bar of pressure; below that it is not suitable."),
            ("What is the guarantee?", "Five years on the valve.")), "faq")
C("Z09", seo("Thermostatic Bar Shower Mixer | Calderbrook",
             "Brass bar valve in chrome with a 38 °C safety stop, 1/2 in BSP inlets at 150 mm centres, WRAS "
             "approved, 5-year guarantee."), "seo")
F("Z09", "<p>[[Works on any system, even gravity-fed ones at 0.1 bar]].</p>", FEAT, "block",
  "needs at least 1 bar; not for gravity systems below that")
F("Z09", "<p>Backed by a [[10-year]] guarantee.</p>", WARR, "block", "5-year guarantee on the valve", SD)
F("Z09", "<p>Inlets at [[200 mm]] centres.</p>", SIZE, "block", "150 mm centres", SD)
F("Z09", "<p>A [[stainless-steel]] bar valve with a chrome finish.</p>", MAT, "block", "solid brass body")
F("Z09", "<p>Thermostatic bar valve, [[KIWA approved]].</p>", CERT, "block", "WRAS approved; no KIWA")
F("Z09", "<p>Safety stop at [[43 °C]].</p>", NUM, "block", "38 °C")

# Z10 smoked paprika
C("Z10", "<p>Sweet smoked paprika from La Vera in Cáceres, dried slowly over oak smoke. The only ingredient is "
         "smoked sweet paprika: no salt, no additives. It carries the DOP Pimentón de la Vera protected "
         "designation.</p><p>Keep the tin shut and out of the light. 75 g net, about 2.6 oz.</p>")
C("Z10", "<p>Spanish smoked paprika, sweet and mild, with one ingredient and nothing added.</p>", SD)
C("Z10", qa(("Is it hot?", "No, this is the sweet (dulce), mild one."),
            ("Does it contain salt?", "No salt and no additives: just smoked sweet paprika.")), "faq")
C("Z10", seo("Pimentón de la Vera Dulce 75 g | Ahumados Jaraíz",
             "Oak-smoked sweet paprika from La Vera, Spain, DOP protected. One ingredient, no salt, no "
             "additives. 75 g tin."), "seo")
F("Z10", "<p>Smoked paprika, [[hot (picante)]].</p>", FEAT, "block",
  "Picante: Dulce (suave); it is the sweet, mild one", SD)
F("Z10", "<p>Dried slowly over [[beech]] smoke.</p>", MAT, "block", "oak smoke")
F("Z10", "<p>Paprika [[with a pinch of sea salt]] for seasoning.</p>", MAT, "block", "no salt, no additives")
F("Z10", "<p>Smoked paprika [[from Murcia]].</p>", ORIG, "block", "La Vera, Cáceres", SD)
F("Z10", "<p>[[Certified organic]] smoked paprika.</p>", CERT, "block", "DOP only; no organic certification")

# Z11 ras el hanout
C("Z11", "<p>A warm North African spice blend for tagines, roast vegetables and lamb. Nine spices go in: "
         "coriander, cumin, ginger, cinnamon, turmeric, black pepper, cardamom, cloves and rose petals, and no "
         "salt.</p><p>Blended and packed in Nelson, New Zealand, in a kitchen that also handles mustard and "
         "sesame.</p>")
C("Z11", "<p>Salt-free ras el hanout with rose petals, 50 g (about 1.8 oz).</p>", SD)
C("Z11", qa(("Is it safe with a sesame allergy?",
             "It is packed in a kitchen that also handles mustard and sesame, so traces cannot be ruled out."),
            ("Does it contain salt?", "No added salt.")), "faq")
C("Z11", seo("Ras el Hanout Spice Blend 50 g | Tasman Spice Room",
             "Nine-spice North African blend with cumin, cinnamon and rose petals, no added salt, packed in "
             "Nelson for tagines and lamb."), "seo")
F("Z11", "<p>A blend of coriander, cumin, ginger, cinnamon, [[saffron]], cardamom and rose petals.</p>", MAT,
  "block", "no saffron in the ingredients")
F("Z11", "<p>[[Sesame-free and mustard-free]], for allergy-friendly cooking.</p>", HEALTH, "block",
  "packed in a kitchen that also handles mustard and sesame", SD)
F("Z11", "<p>A blend of [[twelve]] spices for tagines.</p>", NUM, "block", "nine ingredients", SD)
F("Z11", "<p>[[Imported from Morocco]] for tagines and lamb.</p>", ORIG, "block",
  "blended and packed in Nelson, New Zealand")
F("Z11", qa(("How should I store it?", "[[Keep it in the fridge once opened.]]")), CARE, "block",
  "the listing gives no storage instruction", "faq")

# Z12 rug
C("Z12", "<p>A hand-knotted rug in 100% New Zealand wool, knotted in Kathmandu with 60 knots per square inch and "
         "a 12 mm pile (about half an inch). It is grey with an undyed cream border.</p><p>Lay it on a non-slip "
         "underlay, which you buy separately. Vacuum without the beater bar and leave deep cleaning to a "
         "professional.</p>")
C("Z12", "<p>160 x 230 cm for 6 995 kr, or 200 x 300 cm for 10 995 kr.</p>", SD)
C("Z12", "<p>The larger size, 200 x 300 cm, is roughly 6½ by 10 ft.</p>", SD)
C("Z12", qa(("Where is it made?", "It is knotted by hand in Nepal from New Zealand wool."),
            ("Is an underlay included?", "No. Use a non-slip underlay, sold separately."),
            ("Can I wash it?", "No. Vacuum without the beater bar and have it cleaned professionally.")), "faq")
F("Z12", "<p>Knotted by hand [[in Sweden]] from New Zealand wool.</p>", ORIG, "block", "knotted in Nepal")
F("Z12", "<p>A dense rug with [[100 knots]] per square inch.</p>", NUM, "block", "60 knots per square inch")
F("Z12", "<p>Wool rug, also available in [[250 x 350 cm]].</p>", SIZE, "block",
  "two sizes: 160 x 230 and 200 x 300 cm", SD)
F("Z12", "<p>[[Non-slip underlay included.]]</p>", FEAT, "block", "underlay not included", SD)
F("Z12", "<p>Spot stains? [[Just put it in a bath of warm soapy water.]]</p>", CARE, "block",
  "professional cleaning only")
F("Z12", "<p>The 200 x 300 cm rug is [[8 995 kr]].</p>", PRICE, "block", "10 995 kr", SD)

# Z13 smart plug
C("Z13", "<p>A Wi-Fi smart plug for Type F (Schuko) sockets, rated 16 A and up to 3680 W, that shows your "
         "energy use in the app. Use it with Amazon Alexa or Google Home; it does not work with Apple HomeKit. "
         "It joins 2.4 GHz networks only.</p><p>Indoors only. In white.</p>")
C("Z13", "<p>In the two-pack each plug works out at about 15 €.</p>", SD)
C("Z13", qa(("Does it work with HomeKit?", "No. It works with Amazon Alexa and Google Home."),
            ("Will it connect to 5 GHz Wi-Fi?", "No, only 2.4 GHz."),
            ("Can I use it outside?", "No, it is for indoor use only.")), "faq")
C("Z13", seo("Smart Plug mit Verbrauchsmessung | Steckwerk",
             "Schuko smart plug, 16 A / 3680 W, with energy monitoring for Alexa and Google Home. One for 17,99 "
             "€ or two for 29,99 €."), "seo")
F("Z13", "<p>Works with Alexa, Google Home and [[Apple HomeKit]].</p>", COMPAT, "block", "not with Apple HomeKit")
F("Z13", "<p>Rated for loads up to [[3000 W]].</p>", NUM, "block", "3680 W", SD)
F("Z13", "<p>Dual-band: connects on 2.4 GHz [[or 5 GHz]].</p>", FEAT, "block", "2.4 GHz Wi-Fi only")
F("Z13", "<p>A smart plug [[for the garden and the balcony]].</p>", FEAT, "block", "indoor use only", SD)
F("Z13", "<p>Two plugs for [[27,99 €]].</p>", PRICE, "block", "the two-pack is 29,99 €", SD)
F("Z13", "<p>Smart plug with energy monitoring, [[cuts your power bill by 30%]].</p>", ABS, "block",
  "a savings figure the listing does not give")

# Z14 perfume
C("Z14", "<p>A woody eau de parfum made in Grasse. Bergamot opens it, smoked cedar and vetiver carry the heart, "
         "and labdanum sits underneath.</p><p>Ingredients: alcohol denat., parfum, aqua, limonene, linalool, "
         "citral, coumarin. 50 ml, about 1.7 fl oz.</p>")
C("Z14", "<p>French eau de parfum with smoked cedar and vetiver over labdanum.</p>", SD)
C("Z14", qa(("What does it smell like?", "Bergamot first, then smoked cedar and vetiver, on labdanum."),
            ("Where is it made?", "In Grasse.")), "faq")
C("Z14", "<p>Seven ingredients in all: alcohol, fragrance, water and four fragrance "
         "components (limonene, linalool, citral and coumarin).</p>", SD)
F("Z14", "<p>A [[100 ml]] eau de parfum.</p>", NUM, "block", "50 ml", SD)
F("Z14", "<p>Bergamot, smoked cedar and [[oud]] on labdanum.</p>", MAT, "block", "notes: bergamot, smoked "
  "cedar, vetiver, labdanum; no oud")
F("Z14", "<p>An [[eau de toilette]] with smoked cedar.</p>", CAT, "block", "an eau de parfum", SD)
F("Z14", "<p>Made in Grasse [[with no alcohol]].</p>", MAT, "block", "Alcohol Denat. is the first ingredient")
F("Z14", seo("Eau de Parfum Cèdre Fumé 50 ml | Maison Ombrelle",
             "Smoked cedar and vetiver from Grasse. [[Lasts 24 hours on the skin.]]"), NUM, "block",
  "no wear time in the listing", "seo")
F("Z14", "<p>Woody eau de parfum [[by Maison Ombre]], made in Grasse.</p>", BRAND, "block",
  "the vendor is Maison Ombrelle")

# Z15 baby carrier
C("Z15", "<p>A soft structured carrier for babies from 3.5 to 15 kg (about 7.7 to 33 lb). Carry facing in on "
         "your front, on your hip, or on your back once your baby is 6 months old. Tested to EN "
         "13209-2:2015.</p><p>The body is GOTS-certified organic cotton, and the padded waist belt fits waists "
         "from 66 to 140 cm (about 26 to 55 in). Machine wash cold. Sand or navy.</p>")
C("Z15", "<p>Organic-cotton baby carrier with three carry positions, from 3.5 to 15 kg.</p>", SD)
C("Z15", qa(("When can I use the back carry?", "From 6 months only."),
            ("Is the cotton certified?", "Yes, it is 100% organic cotton, GOTS certified."),
            ("Can I wash it?", "Yes, machine wash cold.")), "faq")
C("Z15", seo("Ergonomic Baby Carrier | Kinfold",
             "Organic cotton carrier (GOTS) for 7.7-33 lb, with front, hip and back carry, tested to EN "
             "13209-2. Sand or navy."), "seo")
F("Z15", "<p>Back carry [[from birth]].</p>", HEALTH, "block", "back carry from 6 months only", SD)
F("Z15", "<p>Carries babies up to [[20 kg]].</p>", NUM, "block", "3.5-15 kg")
F("Z15", "<p>Front [[outward-facing]], hip and back carry.</p>", FEAT, "block",
  "front inward, hip and back positions; no outward facing")
F("Z15", "<p>Tested to [[ASTM F2236]].</p>", CERT, "block", "EN 13209-2:2015 only", SD)
F("Z15", "<p>[[Prevents hip dysplasia]].</p>", HEALTH, "block",
  "a medical claim the listing does not make")
F("Z15", "<p>Comes with a [[2-year warranty]].</p>", WARR, "block", "no warranty in the listing", SD)


# Z16 hiking poles
C("Z16", "<p>A pair of three-section carbon hiking poles. Flick locks set them anywhere from 100 to 135 cm "
         "(about 39 to 53 in), and they fold down to 62 cm for the pack. Each pole weighs 210 g, so the pair "
         "comes to 420 g.</p><p>Cork grips and tungsten carbide tips, with rubber feet and trekking baskets in "
         "the box.</p>")
C("Z16", "<p>Carbon trekking poles, sold as a pair, at about 7.4 oz a pole.</p>", SD)
C("Z16", qa(("Are they sold singly?", "No, as a pair."),
            ("How short do they pack?", "62 cm, about 24 in."),
            ("What tips do they have?", "Tungsten carbide, with rubber feet and trekking baskets included.")),
  "faq")
C("Z16", seo("Karbon turstaver, 3-delt (par) | Fjellgang",
             "Pair of carbon poles adjustable from 100 to 135 cm, 210 g each, with cork grips, carbide tips and "
             "flick locks."), "seo")
F("Z16", "<p>Carbon poles that weigh [[180 g]] each.</p>", NUM, "block", "210 g per pole", SD)
F("Z16", "<p>Adjust from 100 to [[145 cm]].</p>", SIZE, "block", "100-135 cm")
F("Z16", "<p>Soft [[foam]] grips and carbide tips.</p>", MAT, "block", "cork grips")
F("Z16", "<p>Light carbon poles with [[twist locks]].</p>", FEAT, "block", "flick locks", SD)
F("Z16", "<p>A pair of carbon poles, [[unbreakable]] on any trail.</p>", ABS, "block",
  "an absolute durability claim")
F("Z16", "<p>Each pole is sold separately at [[599 kr]].</p>", PRICE, "block",
  "sold as a pair for 1199.00 NOK; no single-pole price")

# Z17 wall paint
C("Z17", "<p>A water-based matt emulsion that dries to a flat, chalky finish on interior walls and ceilings. A "
         "litre covers about 12 m² a coat, so the 2.5 L tin does roughly 30 m² in one coat, or about 15 m² with "
         "two.</p><p>Touch dry in two hours, ready to recoat after four, and VOC content under 1 g/L. Brushes "
         "clean up with water. For indoor use only.</p>")
C("Z17", "<p>Chalky matt wall paint in Oat Milk, Slate Blue or Moss; 2.5 L, about two-thirds of a US "
         "gallon.</p>", SD)
C("Z17", qa(("Can I use it outside?", "No, it is for interior use only."),
            ("How long between coats?", "Recoat after 4 hours; it is touch dry in 2."),
            ("How far does a tin go?", "About 30 m² for one coat.")), "faq")
C("Z17", seo("Chalky Matt Wall Paint 2.5 L | Hollin & Pye",
             "Water-based chalky matt emulsion for walls and ceilings: about 12 m² per litre, recoat in 4 hours, "
             "VOC under 1 g/L."), "seo")
F("Z17", "<p>Tough enough for [[exterior render and fences]].</p>", FEAT, "block", "interior use only", SD)
F("Z17", "<p>Covers about [[16 m²]] per litre.</p>", NUM, "block", "12 m² per litre")
F("Z17", "<p>Available in Oat Milk, Slate Blue, Moss and [[Chalk White]].</p>", COL, "block",
  "three colours; no Chalk White")
F("Z17", "<p>A [[zero-VOC]] matt paint.</p>", ENV, "block", "VOC content below 1 g/L, not zero", SD)
F("Z17", "<p>A chalky paint [[with a soft satin sheen]].</p>", FEAT, "block", "matt, flat finish")
F("Z17", "<p>Chalky matt emulsion, [[the eco-friendly choice for your home]].</p>", ENV, "warn",
  "a vague eco claim", SD)

# Z18 stoneware mug
C("Z18", "<p>A stoneware mug thrown on the wheel in Stoke-on-Trent, so each one is a little different. It holds "
         "350 ml, about 12 fl oz, and goes in the dishwasher. Keep it out of the microwave: the speckled glazes "
         "contain iron.</p>")
C("Z18", "<p>Hand-thrown stoneware mug in Speckled Oat or Tenmoku Brown, dishwasher safe.</p>", SD)
C("Z18", qa(("Can it go in the microwave?", "No. The glazes contain iron."),
            ("Is it dishwasher safe?", "Yes.")), "faq")
C("Z18", seo("Hand-Thrown Stoneware Mug 350 ml | Fettle Pottery",
             "A 350 ml stoneware mug thrown by hand in Stoke-on-Trent, in two glazes. Dishwasher safe; "
             "not for the microwave."), "seo")
F("Z18", "<p>Dishwasher and [[microwave safe]].</p>", CARE, "block", "not for the microwave", SD)
F("Z18", "<p>A [[porcelain]] mug thrown by hand.</p>", MAT, "block", "stoneware")
F("Z18", "<p>Holds [[450 ml]] of tea.</p>", NUM, "block", "350 ml", SD)
F("Z18", "<p>[[Lead-free, food-safe certified]] glazes.</p>", CERT, "block", "no glaze certification given")
F("Z18", "<p>Thrown in our studio [[in Cornwall]].</p>", ORIG, "block", "Stoke-on-Trent studio")

# Z19 poultry drinker
C("Z19", "<p>A 10 litre drinker (2.6 US gallons) for chickens and ducks, with a screw-on base and a carry "
         "handle. It is moulded from BPA-free polypropylene and serves up to 20 birds.</p><p>It is not frost-"
         "proof, so bring it in or empty it when it freezes.</p>")
C("Z19", "<p>Red 10 L poultry drinker for up to 20 chickens or ducks.</p>", SD)
C("Z19", qa(("Can it stay out in winter?", "Not below freezing: bring it in or empty it."),
            ("How many birds does it serve?", "Up to 20.")), "faq")
C("Z19", "<p>A BPA-free polypropylene drinker holding about 2.2 imperial gallons.</p>", SD)
F("Z19", "<p>[[Frost-proof]], so it can stay out all winter.</p>", FEAT, "block", "not frost-proof", SD)
F("Z19", "<p>Serves up to [[40]] birds.</p>", NUM, "block", "up to 20 birds", SD)
F("Z19", "<p>A sturdy [[galvanised steel]] drinker for hens.</p>", MAT, "block", "polypropylene")
F("Z19", "<p>Drinker for chickens, ducks and [[goats]].</p>", COMPAT, "block", "for chickens and ducks")
F("Z19", "<p>A 10 L drinker in [[green]].</p>", COL, "block", "Colour: Red", SD)

# Z20 fence tape
C("Z20", "<p>White polyethylene fence tape, 12 mm wide (about half an inch), on a 200 m reel. Four 0,16 mm "
         "stainless-steel conductors run through it, for a resistance of 0,15 ohm per metre. Use it for "
         "temporary paddocks for horses and cattle with an energiser, which you buy separately.</p>")
C("Z20", "<p>At 0,15 ohm/m, the full 200 m reel comes to about 30 ohm.</p>", SD)
C("Z20", "<p>A 200 m reel, roughly 650 ft, of 12 mm tape for 21,95 €.</p>", SD)
C("Z20", qa(("Is an energiser included?", "No, it is sold separately."),
            ("How many conductors?", "Four stainless-steel conductors of 0,16 mm.")), "faq")
F("Z20", "<p>With [[six]] stainless-steel conductors.</p>", NUM, "block", "four conductors", SD)
F("Z20", "<p>Tape [[with a built-in solar energiser]].</p>", FEAT, "block", "energiser not included", SD)
F("Z20", "<p>Fence tape, [[20 mm]] wide.</p>", SIZE, "block", "12 mm wide")
F("Z20", "<p>Tape with four [[copper]] conductors.</p>", MAT, "block", "stainless-steel conductors")
F("Z20", "<p>For horses, cattle and [[sheep]].</p>", COMPAT, "block", "for horses and cattle", SD)
F("Z20", "<p>[[Free next-day delivery]] on every reel.</p>", SHIP, "block", "no delivery promise in the listing")

# Z21 printable invitations
C("Z21", "<p>Twelve editable party invitation designs, as a PDF and as a Canva template link, each in A5 and 5 x "
         "7 in (about 13 x 18 cm). Change the wording, then print at home or at a print shop.</p><p>It is an "
         "instant download and nothing is posted. Personal use only: not for resale or client work.</p>")
C("Z21", "<p>Twelve printable invitations for $9, about 75 cents a design.</p>", SD)
C("Z21", qa(("Will you post printed cards?", "No. It is a download; nothing is posted."),
            ("Can I use it for my clients?", "No, personal use only.")), "faq")
C("Z21", seo("Printable Party Invitation Templates (12 Designs)",
             "Twelve editable invitations as PDF and Canva templates, in A5 and 5 x 7 in. Instant download; print "
             "at home."), "seo")
F("Z21", "<p>[[Licensed for commercial use]], so you can sell the prints.</p>", FEAT, "block",
  "personal use only; not for resale")
F("Z21", "<p>[[Printed cards are posted within 3 days.]]</p>", SHIP, "block", "nothing is posted", SD)
F("Z21", "<p>Each design in A5, 5 x 7 in and [[A4]].</p>", SIZE, "block", "A5 and 5 x 7 in only")
F("Z21", "<p>[[Twenty]] invitation designs to edit.</p>", NUM, "block", "12 designs", SD)
F("Z21", "<p>Edit in Canva or [[Microsoft Word]].</p>", COMPAT, "block", "PDF and a Canva template only")
F("Z21", seo("Printable Party Invitation Templates",
             "Twelve editable designs. [[Loved by over 10,000 party hosts.]]"), SOCIAL, "warn",
  "social proof the listing does not give", "seo")

# Z22 colour matching service
C("Z22", "<p>Send us a sample of the colour you are after, at least 2 x 2 cm, on paper, fabric or as a paint "
         "chip. We match it and send you a colour code for any of our wall paints within five working days of "
         "it arriving.</p><p>Metallic and fluorescent colours cannot be matched, and the paint is ordered "
         "separately.</p>")
C("Z22", "<p>One sample is £8; three cost £20, which is under £7 each.</p>", SD)
C("Z22", qa(("Does the price include paint?", "No, the paint is ordered separately."),
            ("Can you match a gold paint?", "No. Metallic and fluorescent colours cannot be matched."),
            ("How big must the sample be?", "At least 2 x 2 cm.")), "faq")
C("Z22", "<p>A colour matching service by post: your sample in, a code back within a working week.</p>", SD)
F("Z22", "<p>Results within [[48 hours]] of receiving your sample.</p>", SHIP, "block",
  "within 5 working days", SD)
F("Z22", "<p>[[We match any colour, metallics included]].</p>", FEAT, "block",
  "metallic and fluorescent colours cannot be matched")
F("Z22", "<p>Matching [[includes a free 1 L tin]] of your colour.</p>", FEAT, "block",
  "paint is ordered separately")
F("Z22", "<p>Three samples for [[£24]].</p>", PRICE, "block", "£20 for three samples", SD)
F("Z22", "<p>[[100% accurate colour matches, every time]].</p>", ABS, "warn", "an absolute claim", SD)

# Z23 external gaming headset
C("Z23", "<p>A closed-back wired gaming headset with 50 mm drivers and a boom microphone you can take off. One "
         "3.5 mm four-pole plug connects it to a PC, a console or a phone, on a 2 m cable (about 6½ ft). It is "
         "not wireless.</p><p>Kestrel Audio sells and ships it from its own shop.</p>")
C("Z23", "<p>Wired closed-back headset by Kestrel Audio with roughly 2-inch drivers and a detachable mic.</p>",
  SD)
C("Z23", qa(("Is it Bluetooth?", "No, it is wired, with a 3.5 mm four-pole plug."),
            ("Who ships it?", "Kestrel Audio, from their own shop.")), "faq")
C("Z23", seo("Kestrel Wired Gaming Headset",
             "Closed-back wired headset with 50 mm drivers, a detachable boom mic and one 3.5 mm plug for PC, "
             "console and phone."), "seo")
F("Z23", "<p>[[Play cable-free over Bluetooth 5.3]].</p>", FEAT, "block", "not wireless", SD)
F("Z23", "<p>[[Ships from our warehouse in two days]].</p>", SHIP, "block",
  "sold and shipped by Kestrel Audio through their own shop", SD)
F("Z23", "<p>Big [[40 mm]] drivers.</p>", SIZE, "block", "50 mm drivers")
F("Z23", "<p>An [[open-back]] headset for gaming.</p>", FEAT, "block", "closed-back")
F("Z23", "<p>Headset with a [[3 m]] cable.</p>", SIZE, "block", "2 m cable", SD)
F("Z23", "<p>Covered by a [[two-year manufacturer warranty]].</p>", WARR, "block", "no warranty in the listing")

# Z24 oolong tasting evening
C("Z24", "<p>Two hours of gongfu-style tasting in our tea room in Wien-Neubau, from 7 to 9 pm: six oolongs from "
         "Taiwan and Fujian, brewed at the table, with small snacks. There are never more than ten guests, all "
         "aged 16 or over.</p><p>Choose one of three dates. You can move your ticket to another date up to two "
         "days before; there are no refunds.</p>")
C("Z24", "<p>Six oolongs in two hours, in Vienna, for 35 € a seat.</p>", SD)
C("Z24", qa(("Can I get a refund?", "No, but you can move your ticket to another date up to 48 hours before."),
            ("Which dates are there?", "14 January, 11 February and 11 March 2027."),
            ("Can teenagers come?", "Guests must be 16 or older.")), "faq")
C("Z24", "<p>An evening of six Taiwanese and Fujian oolongs for at most ten guests.</p>", SD)
F("Z24", "<p>Taste [[eight]] oolongs from Taiwan and Fujian.</p>", NUM, "block", "six oolongs", SD)
F("Z24", "<p>[[Full refund]] up to 48 hours before.</p>", PRICE, "block",
  "no refunds; tickets can only be moved", SD)
F("Z24", "<p>An evening for up to [[20]] guests.</p>", NUM, "block", "at most 10 guests")
F("Z24", "<p>Oolongs from Taiwan, Fujian and [[Darjeeling]].</p>", ORIG, "block", "Taiwan and Fujian only")
F("Z24", "<p>From [[18:00]] to 21:00 in our tea room.</p>", NUM, "block", "19:00 to 21:00")
F("Z24", "<p>Tasting with small snacks and [[a glass of sparkling wine]].</p>", FEAT, "block",
  "small snacks only")

# Z25 thin: door wedge
C("Z25", "<p>A rubber door wedge.</p>", SD)
C("Z25", "<p>A rubber wedge that keeps a door where you leave it.</p>")
C("Z25", seo("Rubber Door Wedge", "A rubber door wedge to hold a door open."), "seo")
C("Z25", "<p>Rubber door wedge, $4.50.</p>", SD)
F("Z25", "<p>A rubber door wedge, [[set of two]].</p>", NUM, "block", "one wedge; no count given", SD)
F("Z25", "<p>A rubber wedge [[in brown]].</p>", COL, "warn", "the listing gives no colour", SD)
F("Z25", "<p>A rubber door wedge [[that holds doors up to 40 kg]].</p>", NUM, "block",
  "no load figure in the listing")
F("Z25", "<p>A door wedge [[made from recycled tyres]].</p>", ENV, "block",
  "no recycled content in the listing")
F("Z25", "<p>A rubber door wedge, [[non-marking on all floors]].</p>", ABS, "warn",
  "an absolute claim the listing does not make", SD)

# Z26 thin: shoe horn
C("Z26", "<p>A long-handled shoe horn from Brogue &amp; Last, 42 cm long, so you can slip shoes on without "
         "bending down.</p>")
C("Z26", "<p>A 42 cm shoe horn, about 16½ in.</p>", SD)
C("Z26", qa(("How long is it?", "42 cm."),), "faq")
C("Z26", "<p>Brogue &amp; Last long-handled shoe horn.</p>", SD)
F("Z26", "<p>A [[60 cm]] shoe horn.</p>", SIZE, "block", "42 cm", SD)
F("Z26", "<p>A long shoe horn in [[polished horn]].</p>", MAT, "block", "no material in the listing")
F("Z26", "<p>[[Handmade in Northampton]] by Brogue &amp; Last.</p>", ORIG, "block", "no origin in the listing",
  SD)
F("Z26", "<p>Shoe horn [[by Church's]].</p>", BRAND, "block", "vendor is Brogue & Last", SD)
F("Z26", "<p>A long shoe horn [[recommended by physiotherapists for bad backs]].</p>", SOCIAL, "warn",
  "an endorsement the listing does not give")

# Z27 grouped gongfu set
C("Z27", "<p>A gongfu tea set in three pieces, each bought on its own: a 120 ml porcelain gaiwan for 390 Kč, a "
         "200 ml glass fair cup for 290 Kč and a 30 x 20 cm bamboo tray with a water drawer for 890 Kč.</p>")
C("Z27", "<p>All three pieces together come to 1 570 Kč.</p>", SD)
C("Z27", "<p>A porcelain gaiwan of about 4 fl oz, a glass pitcher and a bamboo tray of roughly 12 x 8 in.</p>",
  SD)
C("Z27", qa(("Can I buy only the gaiwan?", "Yes. Each piece is sold separately; the gaiwan is 390 Kč."),
            ("Does the tray catch water?", "Yes, it has a water drawer.")), "faq")
F("Z27", "<p>The complete set is [[1 290 Kč]].</p>", PRICE, "block",
  "no set price; the pieces cost 390, 290 and 890 Kč", SD)
F("Z27", "<p>A [[clay]] gaiwan of 120 ml.</p>", MAT, "block", "porcelain gaiwan")
F("Z27", "<p>A glass fair cup of [[300 ml]].</p>", NUM, "block", "200 ml", SD)
F("Z27", "<p>Bamboo tray, [[40 x 30 cm]], with a water drawer.</p>", SIZE, "block", "30 x 20 cm")
F("Z27", "<p>Gaiwan, fair cup and tray, [[handmade in Jingdezhen]].</p>", ORIG, "block",
  "no origin in the listing")

# Z28 school backpack
C("Z28", "<p>An 18 litre school backpack for children aged 6 to 10, big enough for A4 folders. The polyester "
         "fabric is made from 12 recycled plastic bottles.</p><p>Reflective strips on the front and back, a "
         "padded back panel and a chest strap; it weighs 480 g, just over a pound. Water-resistant rather "
         "than waterproof; wipe it clean.</p>")
C("Z28", "<p>Recycled-polyester school bag, 18 L, in teal, mustard or navy.</p>", SD)
C("Z28", qa(("Is it waterproof?", "It is water-resistant, not waterproof."),
            ("Will A4 folders fit?", "Yes."),
            ("What age is it for?", "Children aged 6 to 10.")), "faq")
C("Z28", seo("Kids' School Backpack 18 L | Little Trek",
             "An 18 L backpack for ages 6-10 made from 12 recycled bottles, with reflective strips and a chest "
             "strap. A4 fits."), "seo")
F("Z28", "<p>[[Fully waterproof]], so books stay dry in any storm.</p>", FEAT, "block",
  "water-resistant, not waterproof", SD)
F("Z28", "<p>Made from [[20]] recycled plastic bottles.</p>", NUM, "block", "12 bottles")
F("Z28", "<p>A backpack for ages 6 to [[14]].</p>", NUM, "block", "ages 6-10", SD)
F("Z28", "<p>Fits A4 folders and [[a 15-inch laptop]].</p>", COMPAT, "block", "the listing names A4 folders only")
F("Z28", "<p>An 18 L backpack [[that prevents back problems]].</p>", HEALTH, "block", "a health claim", SD)
F("Z28", "<p>Machine washable at [[30 °C]].</p>", CARE, "block", "wipe clean only")
F("Z28", "<p>School backpack in teal, mustard, navy or [[pink]].</p>", COL, "block", "three colours; no pink",
  SD)

# Z29 gaming mouse pad
C("Z29", "<p>A desk-sized cloth mouse pad, 900 x 400 mm (about 35 x 16 in) and 4 mm thick. The edges are "
         "stitched so they will not fray, and the natural rubber base keeps it in place. Made in Taiwan.</p><p>"
         "Hand wash it in lukewarm water and dry it flat.</p>")
C("Z29", "<p>Black XXL cloth mouse pad with stitched edges and a rubber base, made in Taiwan.</p>", SD)
C("Z29", qa(("Can I wash it?", "Yes, by hand in lukewarm water; let it dry flat."),
            ("How thick is it?", "4 mm.")), "faq")
C("Z29", seo("Tappetino da gioco XXL 900 x 400 mm | Scrivania Pro",
             "Taiwanese cloth mouse pad, 900 x 400 x 4 mm, with stitched edges and a natural rubber base that "
             "stays put."), "seo")
F("Z29", "<p>Pad, 900 x 400 mm and [[6 mm]] thick.</p>", SIZE, "block", "4 mm thick", SD)
F("Z29", "<p>[[Machine washable]] at 30 °C.</p>", CARE, "block", "hand wash in lukewarm water", SD)
F("Z29", "<p>Cloth top on a [[memory-foam]] base.</p>", MAT, "block", "natural rubber base")
F("Z29", "<p>XXL desk pad [[with RGB lighting around the edges]].</p>", FEAT, "block", "no lighting; stitched "
  "edges")
F("Z29", "<p>Stitched cloth pad, [[made in Italy]].</p>", ORIG, "block", "Prodotto in: Taiwan")
F("Z29", "<p>The mouse pad [[pro players use]].</p>", SOCIAL, "warn", "an endorsement the listing does not give",
  SD)

# Z30 weighted blanket
C("Z30", "<p>A 15 lb weighted blanket (about 6.8 kg), 48 x 72 in (about 122 x 183 cm). Glass microbeads are "
         "sewn into 5 in squares so the weight stays spread evenly. Choose about 10% of your body weight, so "
         "this one suits someone of around 150 lb.</p><p>The 100% cotton cover comes off and goes in the "
         "washing machine; spot clean the inner blanket. Not for children under 3 or anyone who cannot lift it "
         "off by themselves.</p>")
C("Z30", "<p>Weighted blanket, 15 lb, in charcoal or sage, with a washable cotton cover.</p>", SD)
C("Z30", qa(("Can my toddler use it?",
             "Not under 3, and not anyone who cannot lift it off on their own."),
            ("Can I wash it?", "Machine wash the cover; spot clean the inner blanket.")), "faq")
C("Z30", seo("Weighted Blanket 15 lb, 48 x 72 in | Stillnight",
             "Glass-bead weighted blanket, 15 lb, with even 5 in pockets and a removable cotton cover. Charcoal "
             "or sage."), "seo")
F("Z30", "<p>[[Clinically proven to relieve anxiety and insomnia]].</p>", HEALTH, "block",
  "a medical claim the listing does not make", SD)
F("Z30", "<p>Filled with [[plastic pellets]] in 5 in squares.</p>", MAT, "block", "glass microbeads")
F("Z30", "<p>Machine wash the [[whole blanket]].</p>", CARE, "block", "spot clean the inner blanket", SD)
F("Z30", "<p>A [[20 lb]] blanket, 48 x 72 in.</p>", NUM, "block", "15 lb")
F("Z30", "<p>Safe for children [[from 12 months]].</p>", HEALTH, "block", "not for children under 3", SD)
F("Z30", "<p>Comes in charcoal, sage and [[dusty rose]].</p>", COL, "block", "two colours")
F("Z30", "<p>Cover of [[bamboo lyocell]], removable.</p>", MAT, "block", "100% cotton cover")

# More clean drafts, one a listing, and product-type (category) faults.
C("Z01", "<p>Tile adhesive in 20 kg bags: half an hour of open time to place your tiles, and about four hours "
         "before a mixed batch goes off.</p>", SD)
C("Z02", seo("Carnauba Paste Wax 8 oz | Lakeshore Detail Co.",
             "Silicone-free carnauba paste wax for clear coat and single-stage paint, about eight cars a tin, "
             "with a foam applicator."), "seo")
C("Z03", "<p>Rinse, dry at once, and never put it on the stove: this cast-iron pot is for brewing, with an "
         "enamel lining and a steel infuser.</p>", SD)
C("Z04", seo("Contour Memory Foam Pillow | Hushwell",
             "Contoured memory-foam pillow, 60 x 40 cm, for back and side sleepers; Medium or Firm, with a "
             "washable bamboo-blend cover."), "seo")
C("Z05", "<p>Size M vintage trucker in cotton denim, with four metal front buttons and two flap pockets; "
         "lightly worn, one small repair.</p>", SD)
C("Z06", seo("Silicone Thumb Grips, 8 Pack | Pixelforge",
             "Four raised and four concave silicone thumb grips for PS5 and Xbox Series X|S controllers, in "
             "black or red. Not for Joy-Con."), "seo")
C("Z07", seo("Globos de látex pastel, 50 piezas | Fiesta Nube",
             "Fifty 12 in pastel latex balloons, ten in each of five colours, floating about 8 hours on helium. "
             "Adult supervision under 8."), "seo")
C("Z08", seo("Zestaw geometryczny do szkoły | Szkolny Kąt",
             "Metal compass, 180° protractor and 30 cm ruler for school, made in Poland and sold one by one "
             "from 4,49 zł."), "seo")
C("Z09", "<p>Set the temperature once and the valve holds it; a safety stop sits at 38 °C. It needs "
         "a minimum of about 14.5 psi (1 bar).</p>", SD)
C("Z10", "<p>A 75 g tin of oak-smoked sweet pimentón, with nothing in it but paprika.</p>", SD)
C("Z11", "<p>Rub it over lamb or stir it into a tagine: a salt-free blend of nine spices, rose petals among "
         "them, blended in Nelson.</p>", SD)
C("Z12", seo("Handknuten ullmatta Fjällgrå | Nordmatta",
             "Hand-knotted grey rug in New Zealand wool with a cream border, knotted in Nepal, 12 mm pile, in "
             "160 x 230 or 200 x 300 cm."), "seo")
C("Z13", "<p>Switch whatever is plugged in from your phone or by voice with Alexa or Google Home, and see what each "
         "one uses: a white Schuko smart plug for up to 3680 W.</p>", SD)
C("Z14", seo("Eau de Parfum Cèdre Fumé 50 ml | Maison Ombrelle",
             "A woody eau de parfum made in Grasse: bergamot, smoked cedar and vetiver over labdanum, in a 50 ml "
             "bottle."), "seo")
C("Z15", "<p>Carry your baby on your front, your hip or, from six months, on your back.</p>", SD)
C("Z16", "<p>Three-section carbon poles with cork grips that adjust from 100 to 135 cm and fold to 62 cm.</p>",
  SD)
C("Z17", "<p>A flat, chalky matt for walls and ceilings indoors, in three colours, dry to the touch in two "
         "hours.</p>", SD)
C("Z18", "<p>Made by hand in Stoke-on-Trent: a 350 ml stoneware mug for the dishwasher, but not the "
         "microwave.</p>", SD)
C("Z19", seo("Poultry Drinker 10 L | Prairie Coop Supply",
             "A 10 litre BPA-free drinker with a screw-on base and handle, for up to 20 chickens or ducks. Not "
             "frost-proof."), "seo")
C("Z20", seo("Schrikdraadlint 12 mm x 200 m | Weidewacht",
             "White 12 mm fence tape, 200 m reel, four stainless-steel conductors, 0,15 ohm/m, for temporary "
             "horse and cattle paddocks."), "seo")
C("Z21", "<p>Twelve invitation designs to edit in Canva or print from the PDF, in two sizes.</p>", SD)
C("Z22", seo("Paint Colour Matching Service | Hollin & Pye",
             "Post us a 2 x 2 cm sample and get a matched colour code for our wall paints within 5 working days. "
             "From £8."), "seo")
C("Z23", "<p>Sold and shipped by Kestrel Audio: a wired headset with a single four-pole plug and a 2 m "
         "cable.</p>", SD)
C("Z24", seo("Oolong Tasting Evening, Vienna | Teestube Lindengasse",
             "Six oolongs from Taiwan and Fujian, brewed gongfu-style, 19:00-21:00 in Wien-Neubau. Ten guests at "
             "most, ages 16+."), "seo")
C("Z26", seo("Long-Handled Shoe Horn | Brogue & Last", "A 42 cm shoe horn with a long handle."), "seo")
C("Z27", seo("Sada pro gongfu čaj | Čajovna U Kamene",
             "Gaiwan of 120 ml, 200 ml glass fair cup and a bamboo tray with a water drawer, each sold on its "
             "own."), "seo")
C("Z28", "<p>Reflective strips, a chest strap and room for A4: an 18 L backpack for school, ages 6 to 10.</p>",
  SD)
C("Z29", "<p>Big enough for keyboard and mouse at about 35 x 16 in, with edges that will not fray.</p>", SD)
C("Z30", "<p>A 15 lb (about 6.8 kg) blanket with glass beads spread through 5 in squares, under a cotton cover you can take off and "
         "wash.</p>", SD)
F("Z16", "<p>A [[single trekking pole]] in carbon.</p>", CAT, "block", "sold as a pair", SD)
F("Z20", "<p>[[Polywire]] with four stainless-steel conductors.</p>", CAT, "block",
  "12 mm fence tape, not polywire", SD)
F("Z22", "<p>A [[tin of custom-mixed paint]] in any colour you post us.</p>", CAT, "block",
  "a matching service that sends a colour code; paint is ordered separately")
F("Z25", seo("Rubber Door Wedge", "A [[magnetic door holder]] in rubber."), CAT, "block",
  "a door wedge, not a magnetic holder", "seo")
F("Z21", "<p>A [[boxed set of printed invitation cards]].</p>", CAT, "block", "a digital download", SD)
F("Z10", qa(("What is it?", "A [[smoked chilli flake]] from La Vera.")), CAT, "block",
  "ground smoked paprika, not chilli flakes", "faq")
F("Z19", qa(("Is it a feeder?", "[[Yes, it works as a feeder for grain too.]]")), FEAT, "block",
  "a drinker; the listing names no feeding use", "faq")
F("Z05", qa(("What size is it?", "[[Size L.]]")), SIZE, "block", "Size M", "faq")
F("Z27", qa(("Is it dishwasher safe?", "[[Yes, all three pieces.]]")), CARE, "block",
  "the listing gives no care instructions", "faq")
F("Z13", seo("Smart Plug | Steckwerk", "Schuko smart plug, 16 A. [[TÜV certified.]]"), CERT, "block",
  "no certification in the listing", "seo")
def build():
    clean = [{"listing": lst, "kind": kind, "text": _serialise(kind, d), "labels": []} for lst, kind, d in CLEAN]
    faulty = []
    for lst, kind, marked, rule, severity, why in FAULTY:
        text, start, end = _strip_marks(_serialise(kind, marked))
        faulty.append({"listing": lst, "kind": kind, "text": text, "labels": [
            {"rule": rule, "start": start, "end": end, "claim": text[start:end], "severity": severity, "why": why}]})
    return clean, faulty
