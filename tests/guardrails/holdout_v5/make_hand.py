"""Hand-written drafts for guardrails holdout v5: clean copy and copy with one planted error each.

In a faulty draft the one unsupported claim is marked [[like this]]; `build()` strips the marks and
records the span. SEO and FAQ drafts are written as Python objects and serialised with json.dumps, so
their spans are offsets into the JSON text. Short descriptions are HTML, like descriptions.
"""
import json

CLEAN = []
FAULTY = []
SD = "short_description"


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


def build():
    """Return (clean rows, faulty rows) without ids; each row has listing, kind, text, labels."""
    clean = []
    for listing, kind, draft in CLEAN:
        text = _serialise(kind, draft)
        assert "[[" not in text and "]]" not in text, text
        clean.append({"listing": listing, "kind": kind, "text": text, "labels": []})
    faulty = []
    for listing, kind, draft, rule, severity, why in FAULTY:
        text, start, end = _strip_marks(_serialise(kind, draft))
        faulty.append({"listing": listing, "kind": kind, "text": text, "labels": [
            {"rule": rule, "start": start, "end": end, "claim": text[start:end], "severity": severity,
             "why": why}]})
    return clean, faulty


# V01 block plane: 12 deg bevel-up, ductile iron, adjustable mouth, A2 1-5/8 x 1/8 in Rc 60-62, 6-3/4 in long,
# canvas tool roll, machined in Ontario, lifetime warranty (defects), 1.4 lb, CAD 189
C("V01", "<p>A low-angle block plane for the small jobs that decide how a piece looks: trimming end grain, easing "
         "an edge with a chamfer, fitting a drawer. The A2 blade sits bevel-up on a 12&deg; bed, so you raise "
         "the cutting angle simply by honing a steeper bevel.</p><p>The ductile cast iron body is machined flat "
         "and square, and the adjustable mouth closes right down for fine shavings in figured wood.</p>"
         "<ul><li>Blade: A2 tool steel, 1-5/8 in wide, 1/8 in thick, Rc 60-62</li><li>Length: 6-3/4 in</li>"
         "<li>Machined in Ontario, Canada</li><li>In the box: a canvas tool roll</li></ul>")
C("V01", "<p>At 1.4 lb (about 635 g) and roughly 17 cm long, it sits in one hand for chamfers and end grain. "
         "Kestrel Toolworks backs it with a lifetime warranty against manufacturing defects.</p>")
C("V01", "<p>A Canadian-machined low-angle block plane with a bevel-up A2 blade on a 12&deg; bed and an "
         "adjustable mouth. CA$189.</p>", SD)
C("V01", seo("Low-Angle Block Plane, A2 Blade | Kestrel Toolworks",
             "Bevel-up block plane with a 12° bed, a ductile cast iron body and an adjustable mouth for fine "
             "end-grain shavings. Machined in Ontario."), "seo")
C("V01", qa(("How hard is the blade?", "The A2 tool steel blade is hardened to Rc 60-62."),
            ("Can I change the cutting angle?",
             "Yes. The blade sits bevel-up on a 12° bed, so honing a different bevel changes the angle.")), "faq")
C("V01", "<p>The blade is about 41 mm wide and just over 3 mm thick, in A2 tool steel.</p>", SD)
F("V01", "<p>The blade is bedded at [[20&deg;]] bevel-up, for end grain and chamfers.</p>",
  "accuracy.number", "block", "the bed angle is 12°")
F("V01", "<p>A block plane with a [[bronze body]] and an A2 blade, machined flat and square.</p>",
  "accuracy.material", "block", "the body is ductile cast iron")
F("V01", "<p>[[Made in the USA]] and machined flat and square, with a 12&deg; bed and an A2 blade.</p>",
  "accuracy.origin", "block", "machined in Ontario, Canada")
F("V01", "<p>Kestrel Toolworks backs this plane with a [[25-year warranty]].</p>",
  "accuracy.warranty", "block", "the warranty is lifetime, against manufacturing defects")
F("V01", "<p>A low-angle block plane with an A2 blade, [[supplied in a fitted wooden box]].</p>",
  "accuracy.feature", "block", "it comes with a canvas tool roll", SD)
F("V01", "<p>The A2 blade is 1/8 in thick and hardened to [[Rc 62-64]].</p>",
  "accuracy.number", "block", "hardness is Rc 60-62")

# V02 rosehip oil: only rosehip seed oil, cold-pressed, wild Patagonian rosehips, bottled in Lisbon, amber glass +
# glass dropper, 6 months after opening, COSMOS Organic, dry/normal skin, vegan, fragrance-free, 30 ml, EUR 26
C("V02", "<p>One ingredient, nothing added: rosehip seed oil cold-pressed from wild-harvested rosehips gathered in "
         "Patagonia. Press a few drops into damp skin after cleansing, in the morning or at night.</p>"
         "<p>It suits dry and normal skin, carries COSMOS Organic certification and is fragrance-free and vegan. "
         "The amber glass bottle and glass dropper keep the light out; use it within 6 months of opening.</p>"
         "<ul><li>INCI: Rosa Canina Seed Oil</li><li>30 ml</li><li>Bottled in Lisbon, Portugal</li></ul>")
C("V02", "<p>Cold-pressed rosehip seed oil from Chilean Patagonia, bottled in Portugal. 30 ml, 26,00 &euro;.</p>",
  SD)
C("V02", seo("Cold-Pressed Rosehip Seed Oil 30 ml | Marisol Apothecary",
             "Pure, COSMOS Organic rosehip seed oil from wild Patagonian rosehips, for dry and normal skin. "
             "Fragrance-free and vegan, in amber glass."), "seo")
C("V02", qa(("What is in it?", "Only rosehip seed oil (Rosa Canina Seed Oil). Nothing is added."),
            ("How long does it keep once opened?", "Use it within 6 months of opening.")), "faq")
C("V02", "<p>About 1 fl oz of pure rosehip seed oil with no fragrance. A few drops on damp skin after cleansing "
         "are all it takes.</p>")
F("V02", "<p>Rosehip seed oil [[blended with vitamin E]], cold-pressed from wild Patagonian rosehips.</p>",
  "accuracy.material", "block", "nothing is added to the rosehip seed oil")
F("V02", "<p>Pure rosehip seed oil for dry and normal skin. A few drops each night [[fade scars and stretch "
         "marks]].</p>",
  "compliance.health", "block", "medical claim the listing does not make")
F("V02", "<p>Pure rosehip seed oil, [[pressed and bottled in Chile]]. 30 ml.</p>",
  "accuracy.origin", "block", "the rosehips come from Chile; the oil is bottled in Lisbon, Portugal", SD)
F("V02", seo("Rosehip Seed Oil 30 ml | Marisol Apothecary",
             "Cold-pressed rosehip oil, [[USDA Organic]] certified, for dry and normal skin."),
  "accuracy.certification", "block", "the certification is COSMOS Organic", "seo")
F("V02", "<p>Cold-pressed rosehip oil in a [[frosted blue]] glass bottle with a glass dropper.</p>",
  "accuracy.colour", "block", "the bottle is amber glass")
F("V02", qa(("Is it suitable for oily skin?", "[[Yes, it suits oily skin too]]."),
            ("What is in it?", "Only cold-pressed rosehip seed oil.")),
  "accuracy.feature", "warn", "the listing names dry and normal skin only", "faq")
F("V02", "<p>Pure cold-pressed rosehip seed oil, [[a best-seller with over 5,000 five-star reviews]].</p>",
  "compliance.social_proof", "warn", "popularity and review claim with no support", SD)
F("V02", "<p>Fragrance-free? Not quite: the oil is [[lightly scented with rose]], with nothing else added.</p>",
  "accuracy.material", "block", "the listing says fragrance-free and nothing added")

# V03 hot sauce: mango + habanero fermented 6 weeks with garlic & sea salt, apple cider vinegar, fruity then slow
# heat, fridge after opening, 3 months, habanero 28%, heat 7/10, 150 ml, Hobart Tasmania, vegan, GF, no added sugar
C("V03", "<p>Ripe mango up front, then a habanero heat that builds slowly. Pepperwick &amp; Daughters ferment the "
         "peppers and mango for six weeks with garlic and sea salt before blending in a splash of apple cider "
         "vinegar.</p><p>Made in small batches in Hobart, Tasmania, with no added sugar. Keep it in the fridge "
         "once opened and finish it within three months.</p><ul><li>Heat: 7 out of 10</li>"
         "<li>Habanero peppers: 28%</li><li>150 ml, vegan and gluten-free</li></ul>")
C("V03", "<p>A fermented mango and habanero sauce from Tasmania, 7 out of 10 on the heat scale. A$14.50 for "
         "150 ml.</p>", SD)
C("V03", qa(("Does it need to go in the fridge?", "Yes, once it is opened. Use it within 3 months."),
            ("Is it vegan?", "Yes. It is vegan and gluten-free.")), "faq")
C("V03", seo("Mango Habanero Fermented Hot Sauce 150 ml | Pepperwick",
             "Six-week fermented habanero and mango hot sauce, made in small batches in Hobart. Fruity, then a "
             "slow-building heat. No added sugar."), "seo")
C("V03", "<p>About 5 fl oz of Tasmanian-made hot sauce, and more than a quarter of it is habanero.</p>")
F("V03", "<p>Mango and habanero, fermented for [[six months]] with garlic and sea salt.</p>",
  "accuracy.number", "block", "fermented for 6 weeks")
F("V03", "<p>Fermented habanero and mango sauce, [[sweetened with a touch of cane sugar]] to round off the "
         "heat.</p>",
  "accuracy.material", "block", "no added sugar; sugar is not an ingredient")
F("V03", "<p>Fermented for six weeks, so every spoonful is [[packed with live probiotics that support gut "
         "health]].</p>",
  "compliance.health", "block", "health claim the listing does not make")
F("V03", "<p>Fermented mango habanero sauce, [[made in Melbourne]] in small batches.</p>",
  "accuracy.origin", "block", "made in Hobart, Tasmania", SD)
F("V03", seo("Mango Habanero Hot Sauce 150 ml | Pepperwick & Daughters",
             "Fermented habanero and mango with garlic, sea salt and [[smoked chipotle]]."),
  "accuracy.material", "block", "chipotle is not an ingredient", "seo")
F("V03", "<p>[[No need to refrigerate]]: keep it in the cupboard between meals.</p>",
  "accuracy.care", "block", "refrigerate after opening")
F("V03", "<p>A [[150 g]] bottle of fermented mango habanero sauce.</p>",
  "accuracy.number", "block", "the bottle holds 150 ml (it weighs 290 g with the glass)")

# V04 baby sleeping bag: sleeveless, merino outer, GOTS organic cotton lining, 2-way zip from bottom, press studs on
# shoulders, 16-20 C, EN 16781:2018, 0-6/6-18/18-36 m (70/90/110 cm), Oat/Slate, 2.5 TOG, 30 C wool cycle dry flat,
# NZ-made, NZD 139/149/159
C("V04", "<p>A 2.5 TOG sleeping bag for rooms between 16 and 20 &deg;C, with a merino wool outer and a "
         "GOTS-certified organic cotton lining. It is sleeveless, and press studs on the shoulders make it quick "
         "to put on.</p><p>The two-way zip opens from the bottom, so a night-time nappy change doesn't mean "
         "taking the whole bag off. Tested to EN 16781:2018 and made in New Zealand.</p>"
         "<ul><li>Sizes: 0-6 months (70 cm), 6-18 months (90 cm), 18-36 months (110 cm)</li>"
         "<li>Colours: Oat, Slate</li><li>Machine wash at 30 &deg;C on a wool cycle; dry flat</li></ul>")
C("V04", "<p>A New Zealand-made merino sleeping bag, 2.5 TOG, in Oat or Slate. From NZ$139.</p>", SD)
C("V04", qa(("Which size should I choose?",
             "There are three: 0-6 months (70 cm long), 6-18 months (90 cm) and 18-36 months (110 cm)."),
            ("How do I wash it?", "Machine wash at 30 °C on a wool cycle and dry it flat.")), "faq")
C("V04", "<p>For a nursery at roughly 61-68 &deg;F. The 6-18 month size is NZ$149 and the 18-36 month size "
         "NZ$159.</p>")
C("V04", seo("Merino Baby Sleeping Bag 2.5 TOG | Little Fernbrook",
             "Sleeveless merino sleeping bag with an organic cotton lining and a two-way zip for easy nappy "
             "changes. For rooms at 16-20 °C."), "seo")
F("V04", "<p>A merino sleeping bag that [[reduces the risk of SIDS]], with an organic cotton lining.</p>",
  "compliance.health", "block", "medical safety claim the listing does not make")
F("V04", "<p>Sleeveless and warm at [[3.5 TOG]], for rooms of 16-20 &deg;C.</p>",
  "accuracy.number", "block", "the bag is 2.5 TOG")
F("V04", "<p>Merino outer, organic cotton lining. Machine wash at 30 &deg;C, then [[tumble dry on low]].</p>",
  "accuracy.care", "block", "the listing says dry flat")
F("V04", "<p>A merino sleeping bag [[made in Australia]], in Oat or Slate.</p>",
  "accuracy.origin", "block", "made in New Zealand", SD)
F("V04", seo("Merino Baby Sleeping Bag 2.5 TOG | Little Fernbrook",
             "[[OEKO-TEX certified]] merino sleeping bag with a two-way zip, tested to EN 16781:2018."),
  "accuracy.certification", "block", "the lining is GOTS certified; no OEKO-TEX certificate is given", "seo")
F("V04", "<p>The 6-18 month size is [[95 cm]] long.</p>",
  "accuracy.size", "block", "the 6-18 month size is 90 cm long")
F("V04", "<p>[[The safest way for your baby to sleep]], in soft merino wool.</p>",
  "compliance.absolute", "block", "superlative safety promise; the listing only says tested to EN 16781:2018")
F("V04", "<p>A merino sleeping bag [[with long sleeves]] for chilly nights, opening from the bottom for nappy "
         "changes.</p>",
  "accuracy.feature", "block", "the bag is sleeveless")

# V05 kettlebells: steel, same body 280 mm tall / 33 mm handle, 8-24 kg (49/59/69/79/89 GBP), colour code pink, blue,
# yellow, purple, green, raw steel handle, powder-coated body, +-50 g
C("V05", "<p>Competition kettlebells in steel, built so every weight from 8 to 24 kg has the same body: 280 mm "
         "tall with a 33 mm handle. Moving up a weight changes the load, not your technique.</p><p>The body is "
         "powder-coated and colour-coded to the international standard; the handle is left as raw steel so "
         "chalk grips it. Each bell is within &plusmn;50 g of its weight.</p><ul><li>8 kg pink, &pound;49</li>"
         "<li>12 kg blue, &pound;59</li><li>16 kg yellow, &pound;69</li><li>20 kg purple, &pound;79</li>"
         "<li>24 kg green, &pound;89</li></ul>")
C("V05", "<p>Steel competition kettlebells in five weights, 8 to 24 kg, all 280 mm tall with a 33 mm handle.</p>",
  SD)
C("V05", qa(("What colour is the 16 kg?", "Yellow. The bells are colour-coded to the international standard."),
            ("How accurate is the weight?", "Within plus or minus 50 g.")), "faq")
C("V05", "<p>The 16 kg bell is about 35 lb and the 24 kg roughly 53 lb, and both stand 28 cm tall.</p>")
C("V05", seo("Competition Kettlebell 8-24 kg | Ironhollow",
             "Steel competition kettlebells with one body size for every weight, a raw steel handle for chalk "
             "and colour coding to the international standard."), "seo")
F("V05", "<p>[[Cast iron]] kettlebells with the same body size at every weight.</p>",
  "accuracy.material", "block", "the bells are steel")
F("V05", "<p>Every bell has a [[35 mm]] handle and stands 280 mm tall.</p>",
  "accuracy.size", "block", "the handle is 33 mm across")
F("V05", qa(("What colour is the 16 kg bell?", "[[Red]], following the international colour code.")),
  "accuracy.colour", "block", "the 16 kg bell is yellow", "faq")
F("V05", "<p>Competition kettlebells, each [[accurate to within 5 g]] of its stated weight.</p>",
  "accuracy.number", "block", "the tolerance is ±50 g", SD)
F("V05", "<p>The 20 kg bell costs [[&pound;75]]; the 24 kg is &pound;89.</p>",
  "accuracy.price", "block", "the 20 kg bell is £79.00")
F("V05", "<p>[[Used by national kettlebell teams worldwide]], these steel bells share one body size.</p>",
  "compliance.social_proof", "warn", "endorsement claim with no support")
F("V05", "<p>Every weight shares one body, [[275 mm]] tall with a 33 mm handle.</p>",
  "accuracy.size", "block", "the bells are 280 mm tall")

# V06 stapler: 60 sheets 80 gsm, lever halves the force, 23/8 23/10 23/13, die-cast metal + ABS cover, 65 mm throat,
# 5-year warranty, 1,000 staples 23/10 included, Black / Signal Red, 1.1 kg, USD 34.95
C("V06", "<p>A heavy-duty stapler for reports and thick handouts: it binds up to 60 sheets of 80 gsm paper in one "
         "press, and the lever mechanism halves the force you need to do it.</p><p>The body is die-cast metal "
         "under an ABS cover, with a 65 mm throat for stapling further in from the edge. It takes 23/8, 23/10 "
         "and 23/13 staples, and 1,000 staples in 23/10 come with it.</p><ul><li>Colours: Black, Signal Red</li>"
         "<li>Weight: 1.1 kg</li><li>5-year warranty</li></ul>")
C("V06", "<p>Staples 60 sheets with half the usual force. In black or signal red, $34.95.</p>", SD)
C("V06", qa(("Which staples does it take?", "23/8, 23/10 and 23/13."),
            ("Are staples included?", "Yes, 1,000 staples in size 23/10.")), "faq")
C("V06", seo("Heavy-Duty Stapler, 60 Sheets | Bexley Office Works",
             "Staples up to 60 sheets of 80 gsm paper with half the force, thanks to its lever. Die-cast metal "
             "body, 5-year warranty."), "seo")
C("V06", "<p>It weighs about 2.4 lb, and the throat reaches about 2.5 inches in from the edge of the page.</p>")
F("V06", "<p>Takes 23/8, 23/10, 23/13 and [[standard 24/6]] staples.</p>",
  "accuracy.compatibility", "block", "it takes 23/8, 23/10 and 23/13 staples only")
F("V06", "<p>Backed by a [[10-year warranty]], with a die-cast metal body.</p>",
  "accuracy.warranty", "block", "the warranty is 5 years")
F("V06", "<p>An [[all-metal]] stapler with a lever that halves the force you need.</p>",
  "accuracy.material", "block", "die-cast metal with an ABS (plastic) cover")
F("V06", "<p>Comes with [[5,000]] staples in size 23/10.</p>",
  "accuracy.number", "block", "1,000 staples are included", SD)
F("V06", "<p>The lever mechanism [[cuts the force you need by three quarters]].</p>",
  "accuracy.feature", "block", "the lever halves the force")
F("V06", seo("Heavy-Duty Stapler, 60 Sheets | [[Bexley Stationers]]",
             "Staples up to 60 sheets with half the force. Die-cast metal body, 5-year warranty."),
  "accuracy.brand", "block", "the vendor is Bexley Office Works", "seo")

# V07 raised bed: 0.6 mm galvanised steel, Aluzinc, bolts together ~30 min with fixings supplied, screwdriver or
# 10 mm spanner, no base, ~490 l, 180 x 90 x 30 cm, Sage/Anthracite, 10 years against rust-through, 11 kg, EUR 119
C("V07", "<p>A raised bed you can put together in about 30 minutes: the 0.6 mm galvanised steel panels bolt "
         "together with the fixings supplied, and all you need is a screwdriver or a 10 mm spanner.</p><p>There is "
         "no base, so roots grow on down into the soil below. The aluminium-zinc coating resists rust, and "
         "Wrenfield guarantees the bed for 10 years against rust-through.</p><ul><li>180 x 90 x 30 cm, holds "
         "about 490 litres of soil</li><li>Sage or Anthracite</li><li>11 kg</li></ul>")
C("V07", "<p>A 180 x 90 cm galvanised steel raised bed, 30 cm deep, in Sage or Anthracite. 119 &euro;.</p>", SD)
C("V07", "<p>Roughly 71 x 35 inches and about a foot deep, it takes close to 130 US gallons of soil.</p>")
C("V07", qa(("Does it have a bottom?", "No. It has no base, so roots can reach the soil below."),
            ("Do I need tools?", "A screwdriver or a 10 mm spanner; the fixings are supplied.")), "faq")
C("V07", seo("Galvanised Steel Raised Bed 180 x 90 x 30 cm | Wrenfield",
             "Modular Aluzinc-coated steel raised bed that bolts together in about 30 minutes. No base, about "
             "490 litres, 10-year rust-through warranty."), "seo")
F("V07", "<p>Sturdy [[1.2 mm]] galvanised steel panels with an aluminium-zinc coating.</p>",
  "accuracy.size", "block", "the sheet is 0.6 mm thick")
F("V07", "<p>[[No tools needed]]: the panels come together in about 30 minutes.</p>",
  "accuracy.feature", "block", "a screwdriver or 10 mm spanner is required")
F("V07", "<p>The [[built-in steel base]] keeps weeds and moles out.</p>",
  "accuracy.feature", "block", "the bed has no base")
F("V07", "<p>A galvanised raised bed that holds about [[700 litres]] of soil.</p>",
  "accuracy.number", "block", "about 490 litres", SD)
F("V07", "<p>Guaranteed for [[15 years]] against rust-through.</p>",
  "accuracy.warranty", "block", "10 years against rust-through")
F("V07", seo("Galvanised Raised Garden Bed 180 x 90 x 30 cm | Wrenfield",
             "Aluzinc-coated steel raised bed, [[made from 100% recycled steel]], no base, about 490 litres."),
  "compliance.environmental", "block", "recycled-content claim the listing does not make", "seo")
F("V07", "<p>At 180 x 90 x 30 cm, it holds about [[490 gallons]] of soil.</p>",
  "accuracy.number", "block", "about 490 litres (about 130 US gallons); the unit is wrong")

# V08 cat treats: 100% Norwegian salmon, freeze-dried cubes, crumble or reward, complementary food, up to 8 pieces a
# day, fresh water, protein 72 / fat 14 / ash 8 / moisture 4 %, cats from 12 weeks, grain-free, 40 g, NOK 89
C("V08", "<p>Freeze-dried cubes of Norwegian salmon and nothing else: one ingredient, grain-free, with 72% crude "
         "protein. Give a cube as a reward or crumble a few over dinner.</p><p>These are treats, a complementary "
         "food rather than a full meal, so keep to 8 pieces a day and leave fresh water out.</p>"
         "<ul><li>40 g</li><li>For cats from 12 weeks</li><li>Crude protein 72%, fat 14%, ash 8%, moisture 4%"
         "</li></ul>")
C("V08", "<p>Single-ingredient treats for cats: Norwegian salmon, freeze-dried. 40 g, 89 kr.</p>", SD)
C("V08", qa(("Can kittens have them?", "Yes, from 12 weeks old."),
            ("How many can I give?", "Up to 8 pieces a day, with fresh water always available.")), "faq")
C("V08", seo("Freeze-Dried Salmon Cat Treats 40 g | Nordpaw",
             "100% Norwegian salmon, freeze-dried into small cubes. Grain-free treats to give as a reward or "
             "crumble over food."), "seo")
C("V08", "<p>Almost three quarters of every cube is protein (72%), and just 4% is moisture.</p>")
F("V08", "<p>A [[complete food]] for cats: pure Norwegian salmon, freeze-dried.</p>",
  "accuracy.category", "block", "the listing says complementary pet food")
F("V08", "<p>Freeze-dried salmon treats [[for cats and dogs]], in small cubes.</p>",
  "accuracy.feature", "warn", "the listing names cats only: invented use")
F("V08", "<p>Rich in protein at [[82%]], with 14% fat.</p>",
  "accuracy.number", "block", "crude protein is 72%")
F("V08", "<p>Freeze-dried salmon treats that [[support a healthy urinary tract]].</p>",
  "compliance.health", "block", "health claim the listing does not make", SD)
F("V08", "<p>Made from [[wild-caught Alaskan salmon]], freeze-dried into bite-size cubes.</p>",
  "accuracy.origin", "block", "the salmon is Norwegian")
F("V08", qa(("What is in them?", "Salmon and [[a little chicken liver]] for taste.")),
  "accuracy.material", "block", "the only ingredient is salmon", "faq")

# V09 ukulele: concert, solid spruce top, laminated mahogany back/sides, brighter and louder than a soprano,
# fluorocarbon strings, bone nut/saddle, geared tuners, 15 in (381 mm) scale, 18 frets (14 clear), gig bag,
# walnut fingerboard, satin, made in Indonesia, set up in Bristol, GBP 199
C("V09", "<p>A concert ukulele with a solid spruce top, which gives it a bright voice, with more volume than a "
         "soprano. The back and sides are laminated mahogany, under a satin finish.</p><p>Fluorocarbon strings, a "
         "bone nut and saddle and geared tuners help it hold its tuning, and we set each one up in our Bristol "
         "workshop before it is dispatched.</p><ul><li>Scale length: 15 in (381 mm)</li><li>18 frets, 14 clear "
         "of the body</li><li>Walnut fingerboard</li><li>Made in Indonesia; padded gig bag included</li></ul>")
C("V09", "<p>A solid-spruce-top concert ukulele, set up in Bristol, with a padded gig bag. &pound;199.</p>", SD)
C("V09", qa(("Does it come with a case?", "It comes with a padded gig bag."),
            ("What is the scale length?", "15 inches, which is 381 mm.")), "faq")
C("V09", seo("Concert Ukulele, Solid Spruce Top | Halekai Strings",
             "Solid spruce top, laminated mahogany back and sides, bone nut and saddle. Set up in our Bristol "
             "workshop; gig bag included."), "seo")
C("V09", "<p>Fourteen of its eighteen frets sit clear of the body, leaving room to play higher up the neck.</p>")
F("V09", "<p>A solid spruce top over [[solid mahogany]] back and sides.</p>",
  "accuracy.material", "block", "the back and sides are laminated mahogany")
F("V09", "<p>A concert ukulele with a [[hard case]] included.</p>",
  "accuracy.feature", "block", "a padded gig bag is included, not a hard case")
F("V09", "<p>A concert ukulele [[handmade in Hawaii]], with a solid spruce top.</p>",
  "accuracy.origin", "block", "made in Indonesia", SD)
F("V09", "<p>A [[tenor]] ukulele with a solid spruce top and laminated mahogany back and sides.</p>",
  "accuracy.size", "block", "it is a concert-size ukulele")
F("V09", "<p>Scale length 15 in ([[391 mm]]), with 18 frets.</p>",
  "accuracy.size", "block", "15 in is 381 mm")

# V10 font licence: humanist sans, signage/packaging/long reading, 8 weights Thin-Black + italics = 16 fonts, OTF by
# download link, Latin 200+ languages, desktop: print/images/logos, NOT web or apps, USD 60/120/240 by users
C("V10", "<p>Brisa Sans is a humanist sans serif that works on a shop sign, a box and a long essay alike. Eight "
         "weights run from Thin to Black, and each has a matching italic, so the family holds 16 fonts.</p>"
         "<p>This desktop licence covers print, images and logos; it does not cover web embedding or apps. You "
         "download the OTF files by link as soon as you have paid.</p><ul><li>Latin script, more than 200 "
         "languages</li><li>1-2 users $60, 3-5 users $120, 6-20 users $240</li></ul>")
C("V10", "<p>A 16-font humanist sans serif family, licensed for desktop use and delivered as OTF downloads.</p>",
  SD)
C("V10", qa(("Can I use it on my website?", "Not with this licence: web embedding and apps are not covered."),
            ("Will anything be posted to me?", "No. You get a download link straight after purchase.")), "faq")
C("V10", seo("Brisa Sans Font Family, Desktop Licence | Tallgrass Type",
             "Humanist sans serif in 8 weights with italics: 16 OTF fonts for print, images and logos. Latin "
             "script for 200+ languages."), "seo")
C("V10", "<p>For a team of four, choose the 3-5 user licence at $120.</p>")
F("V10", "<p>Includes [[a web licence for one domain]], so your site matches your print.</p>",
  "accuracy.feature", "block", "web embedding is not covered")
F("V10", "<p>Supports Latin, [[Cyrillic and Greek]] for more than 200 languages.</p>",
  "accuracy.feature", "block", "the listing names the Latin script only")
F("V10", "<p>A [[variable font]] covering Thin to Black in one file.</p>",
  "accuracy.feature", "block", "delivered as 16 OTF fonts; no variable font is listed", SD)
F("V10", "<p>$60 covers [[up to 5 users]].</p>",
  "accuracy.price", "block", "$60 is the 1-2 user licence; 3-5 users is $120")
F("V10", qa(("How is it delivered?", "[[On a USB stick, posted within two days]].")),
  "compliance.shipping", "block", "delivered by download link; nothing is posted", "faq")

# V11 bike service: Leith workshop, Edinburgh; strip, clean, regrease hubs/headset/BB, true wheels, adjust gears and
# brakes, torque check; parts extra (call first); ~3 working days; excludes fork servicing & hydraulic bleeds;
# drop-off only; GBP 120
C("V11", "<p>A full service, from the headset down to the hubs. In our Leith workshop in Edinburgh we strip and "
         "clean your bike, regrease the hubs, headset and bottom bracket, true both wheels, adjust the gears and "
         "brakes, and check every bolt against the maker's torque settings.</p><p>Parts are extra, and we call "
         "you before fitting any. Most bikes are ready in 3 working days.</p><ul><li>Not included: suspension "
         "fork servicing, hydraulic brake bleeds</li><li>Drop-off only</li><li>&pound;120</li></ul>")
C("V11", "<p>A full strip, clean and regrease of your bike at our Leith workshop, ready in about 3 working days. "
         "&pound;120 plus any parts.</p>", SD)
C("V11", qa(("Does the price include parts?", "No. Parts are extra, and we call you before fitting any."),
            ("Do you bleed hydraulic brakes?", "Not as part of this service.")), "faq")
C("V11", "<p>Drop your bike off in Leith; most are ready three working days later.</p>")
C("V11", seo("Full Bike Service in Leith, Edinburgh | Spoke & Sprocket",
             "Strip, clean and regrease, wheel truing, gear and brake adjustment and a torque check on every "
             "bolt. Most bikes ready in 3 working days."), "seo")
F("V11", "<p>The price [[includes all standard parts]], such as cables and brake pads.</p>",
  "accuracy.feature", "block", "parts are extra")
F("V11", "<p>[[We collect your bike from your door]] and bring it back serviced.</p>",
  "compliance.shipping", "block", "drop-off only at the Leith workshop")
F("V11", "<p>A full bike service, [[ready the same day]].</p>",
  "accuracy.number", "block", "most bikes are ready in 3 working days", SD)
F("V11", "<p>Every service comes with [[a 12-month guarantee on the work]].</p>",
  "accuracy.warranty", "block", "no guarantee is listed")
F("V11", "<p>Our [[Shimano-certified mechanics]] strip, clean and regrease your bike.</p>",
  "accuracy.certification", "block", "no certification is listed")
F("V11", qa(("Can I send my bike to you?", "[[Yes, send it by courier and we will ship it back free]].")),
  "compliance.shipping", "block", "drop-off only; no courier or free return shipping", "faq")
F("V11", "<p>A [[bike maintenance kit]] with everything for a full strip, clean and regrease.</p>",
  "accuracy.category", "block", "the product is a workshop service, not a kit")

# V12 sourdough kit (bundle): 22 cm round rattan banneton + linen liner, stainless scraper, 10 g dried rye starter
# revived in 4-5 days, lame with 5 blades, printed recipe card, flour not included, GBP 38 vs 46 separately
C("V12", "<p>All the kit for a first sourdough loaf, in one box. Revive the 10 g of dried rye starter from our "
         "bakery over 4-5 days, then shape your dough in the 22 cm round rattan banneton with its linen liner."
         "</p><p>A stainless steel scraper handles sticky dough, and the lame and its 5 blades let you score the "
         "loaf. The printed recipe card walks you through it. You'll need your own flour.</p>"
         "<ul><li>&pound;38, against &pound;46 for the pieces bought separately</li></ul>")
C("V12", "<p>A sourdough starter kit: banneton, liner, scraper, lame, dried rye starter and a recipe card. Save "
         "&pound;8.</p>", SD)
C("V12", qa(("Is flour included?", "No, flour is not included."),
            ("How long does the starter take to get going?", "The dried starter revives in 4-5 days.")), "faq")
C("V12", "<p>Buying the kit costs about 17% less than buying each piece on its own.</p>")
C("V12", seo("Sourdough Starter Kit with Banneton | Crumb & Cinder",
             "22 cm rattan banneton, linen liner, dough scraper, bread lame and dried rye starter from our "
             "bakery. £38, £46 bought separately."), "seo")
F("V12", "<p>Includes [[a 1.5 kg bag of strong white flour]] to get you started.</p>",
  "accuracy.feature", "block", "flour is not included")
F("V12", "<p>Your dried [[wheat]] starter revives in 4-5 days.</p>",
  "accuracy.material", "block", "the starter is rye")
F("V12", "<p>The starter revives [[overnight]], so you can bake tomorrow.</p>",
  "accuracy.number", "block", "it revives in 4-5 days", SD)
F("V12", "<p>Buy the kit and [[save &pound;10]] on the pieces bought separately.</p>",
  "accuracy.price", "block", "£46 - £38 = £8")
F("V12", "<p>The rattan banneton is [[sustainably harvested and plastic-free]].</p>",
  "compliance.environmental", "warn", "vague environmental claim the listing does not make")
F("V12", "<p>A [[cast-iron Dutch oven]] and a rattan banneton: everything for your first loaf.</p>",
  "accuracy.feature", "block", "no Dutch oven is in the kit")

# V13 waxed jacket: four pockets, 8 oz waxed cotton, showerproof, softens, corduroy collar, brass two-way zip, storm
# flap with press studs, never machine wash / dry clean, sponge cold, rewax yearly, Olive/Navy, S-XXL, tartan cotton
# lining, made in England, regular fit, GBP 295
C("V13", "<p>A four-pocket field jacket in 8 oz waxed cotton that keeps off a shower and gets softer the more you "
         "wear it. The collar is corduroy, the two-way zip is brass, and a storm flap with press studs covers it."
         "</p><p>Care is simple but strict: never machine wash or dry clean. Sponge off dirt with cold water and "
         "rewax it once a year.</p><ul><li>Cotton tartan lining; regular fit</li><li>Olive or Navy, S to XXL</li>"
         "<li>Made in England</li></ul>")
C("V13", "<p>An English-made waxed cotton field jacket with a corduroy collar, in olive or navy. &pound;295.</p>",
  SD)
C("V13", qa(("Is it waterproof?", "It is showerproof: the waxed cotton shrugs off showers."),
            ("Can I wash it?",
             "Don't machine wash or dry clean it. Sponge off dirt with cold water and rewax once a year.")), "faq")
C("V13", seo("Waxed Cotton Field Jacket | Hartwell & Crane",
             "Four-pocket field jacket in 8 oz waxed cotton with a corduroy collar and brass two-way zip. "
             "Showerproof, made in England, sizes S-XXL."), "seo")
C("V13", "<p>Five sizes, S through XXL, in a regular fit, and two colours.</p>")
F("V13", "<p>[[Fully waterproof]] waxed cotton, so a downpour is no problem.</p>",
  "accuracy.feature", "block", "the listing says showerproof (shrugs off showers)")
F("V13", "<p>Easy care: [[machine wash at 30 &deg;C]] and rewax once a year.</p>",
  "accuracy.care", "block", "never machine wash")
F("V13", "<p>A waxed field jacket [[made in Scotland]] with a corduroy collar.</p>",
  "accuracy.origin", "block", "made in England", SD)
F("V13", "<p>Lined in [[warm fleece]], with a corduroy collar and a brass zip.</p>",
  "accuracy.material", "block", "the lining is cotton tartan")
F("V13", "<p>Sizes [[XS to XXL]], in Olive or Navy.</p>",
  "accuracy.size", "block", "sizes are S to XXL")
F("V13", seo("Waxed Cotton Field Jacket | Hartwell & Crane",
             "Four-pocket waxed jacket in Olive, Navy or [[Sand]]. Made in England."),
  "accuracy.colour", "block", "colours are Olive and Navy", "seo")
F("V13", "<p>[[Now &pound;250, down from &pound;295]].</p>",
  "accuracy.price", "block", "the jacket is £295 with no sale price")
F("V13", "<p>Sponge it clean and rewax once a year. [[Free next-day delivery]] on every jacket.</p>",
  "compliance.shipping", "block", "delivery promise the listing does not make")
F("V13", "<p>Waxed cotton that softens with wear. [[Dry clean only]].</p>",
  "accuracy.care", "block", "never dry clean; sponge with cold water")

# V14 library stool: two steps, solid European beech, through-tenons, non-slip rubber feet, top step 45 cm, tested
# to 150 kg, Natural oil / Black stain, 40 x 38 cm footprint, 18 cm steps, made in Lithuania, supplied assembled,
# 5.2 kg, EUR 129
C("V14", "<p>A two-step library stool for the shelf you can't quite reach. It is made from solid European beech "
         "with through-tenon joints and stands on non-slip rubber feet that stay put on wood or tile.</p><p>The "
         "top step is 45 cm high and the stool is tested to 150 kg. It arrives assembled.</p><ul><li>Footprint "
         "40 x 38 cm; steps 18 cm deep</li><li>Natural oil or black stain finish</li><li>Made in Lithuania; "
         "5.2 kg</li></ul>")
C("V14", "<p>A solid beech two-step stool, tested to 150 kg, that arrives assembled. 129,00 &euro;.</p>", SD)
C("V14", qa(("Does it need assembling?", "No, it is supplied assembled."),
            ("How much weight does it take?", "It is tested to 150 kg.")), "faq")
C("V14", "<p>The top step is just under 18 inches off the floor, and the stool is tested to about 330 lb.</p>")
C("V14", seo("Two-Step Library Stool, Solid Beech | Oakmere Joinery",
             "Solid beech step stool with through-tenon joints and non-slip feet. Top step 45 cm, tested to "
             "150 kg, supplied assembled."), "seo")
F("V14", "<p>A two-step beech stool that [[folds flat]] to slip beside a bookcase.</p>",
  "accuracy.feature", "block", "no folding is listed; it is a jointed stool", SD)
F("V14", "<p>The top step is [[55 cm]] high.</p>",
  "accuracy.size", "block", "the top step is 45 cm high")
F("V14", "<p>[[Made in Latvia]] from solid European beech.</p>",
  "accuracy.origin", "block", "made in Lithuania")
F("V14", "<p>[[Flat-packed]] with all fittings, so it is easy to carry home.</p>",
  "accuracy.feature", "block", "supplied assembled")
F("V14", qa(("Is it safe for children to climb?", "[[Yes, it is certified child-safe to EN 71]].")),
  "accuracy.certification", "block", "no EN 71 certification; the listing gives only a 150 kg test", "faq")
F("V14", "<p>A two-step stool in solid beech from [[Oakhurst Furniture]].</p>",
  "accuracy.brand", "block", "the vendor is Oakmere Joinery")
F("V14", "<p>Tested to [[150 lb]], with a top step 45 cm high.</p>",
  "accuracy.number", "block", "tested to 150 kg (about 330 lb); the unit is wrong")

# V15 charger: 65 W, 2 x USB-C + 1 x USB-A, one USB-C alone 65 W (most 13-inch laptops), shared automatically,
# USB-A max 18 W, UK Type G folding pins, PD 3.0, QC 3.0, UKCA + CE, no cable, 2-year warranty, White/Graphite,
# 120 g, 45 x 45 x 30 mm, GBP 39.99
C("V15", "<p>One charger for up to three devices at once. Plug a laptop into a USB-C port on its own "
         "and it gets the full 65 W, enough for most 13-inch laptops; add more devices and the charger shares the "
         "power between them automatically.</p><p>It supports USB Power Delivery 3.0 and Quick Charge 3.0, and "
         "the UK pins fold away for the bag. Bring your own cable: none is included.</p><ul><li>2 x USB-C, "
         "1 x USB-A (up to 18 W)</li><li>45 x 45 x 30 mm, 120 g</li><li>White or Graphite; 2-year warranty</li>"
         "</ul>")
C("V15", "<p>A 65 W GaN charger with three ports and folding UK pins. &pound;39.99, cable not included.</p>", SD)
C("V15", qa(("Will it charge my laptop?", "It gives 65 W from one USB-C port, enough for most 13-inch laptops."),
            ("Is a cable included?", "No, the charger comes without a cable.")), "faq")
C("V15", seo("65 W GaN USB-C Charger, 3 Ports | Voltwren",
             "Compact 65 W charger with two USB-C ports and one USB-A. USB PD 3.0 and Quick Charge 3.0, folding "
             "UK plug, UKCA and CE marked."), "seo")
C("V15", "<p>Just over 4 oz and 4.5 cm square, it takes up little room in a laptop bag.</p>")
F("V15", "<p>[[Comes with a 1 m USB-C cable]], so you can charge straight away.</p>",
  "accuracy.feature", "block", "the cable is not included")
F("V15", "<p>[[Three USB-C ports]] and one USB-A port, 65 W in all.</p>",
  "accuracy.number", "block", "two USB-C ports")
F("V15", "<p>Folding pins and [[interchangeable plugs for the US, EU and Australia]].</p>",
  "accuracy.compatibility", "block", "a UK Type G plug only")
F("V15", "<p>Charges a 13-inch laptop [[from empty to full in 30 minutes]].</p>",
  "accuracy.feature", "block", "charging-time claim the listing does not make", SD)
F("V15", seo("65 W GaN USB-C Charger | Voltwren",
             "Three-port 65 W charger, [[MFi certified]] and UKCA marked, with folding UK pins."),
  "accuracy.certification", "block", "certifications are UKCA and CE", "seo")
F("V15", "<p>Covered by a [[3-year warranty]].</p>",
  "accuracy.warranty", "block", "the warranty is 2 years")

# V16 enamel pin: title and price only (USD 12)
C("V16", "<p>A Night Heron enamel pin. $12.</p>")
C("V16", "<p>An enamel pin with a night heron.</p>", SD)
C("V16", seo("Night Heron Enamel Pin", "An enamel pin with a night heron on it, for a jacket, a bag or a "
                                       "lanyard. $12."), "seo")
C("V16", qa(("What is it?", "An enamel pin with a night heron design.")), "faq")
F("V16", "<p>A [[hard enamel]] Night Heron pin.</p>",
  "accuracy.material", "block", "the listing gives no enamel type")
F("V16", "<p>A Night Heron enamel pin, [[30 mm]] tall.</p>",
  "accuracy.size", "block", "no size is listed")
F("V16", "<p>A Night Heron enamel pin [[with two rubber clutches]].</p>",
  "accuracy.feature", "block", "no fastening is listed", SD)
F("V16", "<p>A Night Heron enamel pin in [[navy and gold]].</p>",
  "accuracy.colour", "warn", "the listing gives no colour")
F("V16", seo("Night Heron Enamel Pin", "A Night Heron enamel pin, [[designed in Brooklyn]]."),
  "accuracy.origin", "block", "no origin is listed", "seo")
F("V16", "<p>A Night Heron [[embroidered patch]] for jackets and bags.</p>",
  "accuracy.category", "block", "the product is an enamel pin")

# V17 beeswax tapers: pair, 25 cm, Hivecraft, CAD 18
C("V17", "<p>A pair of beeswax taper candles from Hivecraft, 25 cm tall.</p>")
C("V17", "<p>Two 25 cm beeswax tapers. CA$18 for the pair.</p>", SD)
C("V17", "<p>Two beeswax tapers, each about 10 inches tall.</p>")
C("V17", seo("Beeswax Taper Candles, Pair | Hivecraft", "A pair of 25 cm beeswax taper candles."), "seo")
C("V17", "<p>Beeswax tapers sold in twos, CA$9 a candle.</p>", SD)
F("V17", "<p>Two beeswax tapers that [[burn for 10 hours each]].</p>",
  "accuracy.number", "block", "no burn time is listed")
F("V17", "<p>Beeswax taper candles [[made in Quebec]], sold as a pair.</p>",
  "accuracy.origin", "block", "no origin is listed", SD)
F("V17", "<p>A pair of [[dripless, smokeless]] beeswax tapers, 25 cm tall.</p>",
  "accuracy.feature", "block", "burn-performance claim the listing does not make")
F("V17", "<p>Beeswax tapers [[lightly scented with lavender]], 25 cm tall.</p>",
  "accuracy.material", "block", "the listing names beeswax only")
F("V17", "<p>Beeswax tapers that [[purify the air as they burn]].</p>",
  "compliance.health", "block", "health claim the listing does not make")

# V18 carafe: 1 L borosilicate, for the Brewhaus Pourover Stand, lid not included, EUR 22
C("V18", "<p>A 1 litre borosilicate glass carafe to replace the one on your Brewhaus Pourover Stand. The lid is "
         "not included.</p>")
C("V18", "<p>Spare 1 L carafe for the Brewhaus Pourover Stand, in borosilicate glass. 22 &euro;.</p>", SD)
C("V18", qa(("Does it come with a lid?", "No, the lid is not included."),
            ("Which brewer does it fit?", "The Brewhaus Pourover Stand.")), "faq")
C("V18", "<p>Holds about 34 fl oz. Replacement glass only; no lid.</p>")
F("V18", "<p>A 1 L borosilicate carafe, [[dishwasher safe]].</p>",
  "accuracy.care", "block", "no care instructions are listed")
F("V18", "<p>A replacement carafe [[with its lid]] for the Brewhaus Pourover Stand.</p>",
  "accuracy.feature", "block", "the lid is not included")
F("V18", "<p>A spare borosilicate carafe that [[fits any pour-over dripper]].</p>",
  "accuracy.compatibility", "block", "made for the Brewhaus Pourover Stand", SD)
F("V18", "<p>[[Hand-blown in Bohemia]] from borosilicate glass.</p>",
  "accuracy.origin", "block", "no origin is listed")
F("V18", "<p>A 1 L borosilicate carafe from [[Pourwell]], for the Brewhaus Pourover Stand.</p>",
  "accuracy.brand", "block", "the vendor is Brewhaus")

# V19 razor: three-piece closed comb, 9 cm knurled handle, any standard DE blade, chrome-plated brass, 72 g,
# 5 blades included, made in Solingen, Chrome/Gunmetal, plastic-free, CHF 42
C("V19", "<p>A closed-comb safety razor made in Solingen, Germany. The three-piece design comes apart for blade "
         "changes, and it takes any standard double-edge blade, with five in the box to start.</p><p>The 9 cm "
         "handle is knurled, so it grips well in wet hands. Chrome-plated brass, 72 g.</p><ul><li>Finish: Chrome "
         "or Gunmetal</li></ul>")
C("V19", "<p>A German-made closed-comb safety razor in chrome-plated brass, with 5 blades. CHF 42.</p>", SD)
C("V19", qa(("Which blades does it take?", "Any standard double-edge blade. Five come with it."),
            ("What is it made of?", "Chrome-plated brass.")), "faq")
C("V19", "<p>About 2.5 oz, with a knurled handle roughly 3.5 in long.</p>")
C("V19", seo("Closed-Comb Safety Razor | Barrow & Finch",
             "Three-piece safety razor in chrome-plated brass with a knurled 9 cm handle. Made in Solingen; five "
             "double-edge blades included."), "seo")
F("V19", "<p>A safety razor with [[10]] double-edge blades in the box.</p>",
  "accuracy.number", "block", "5 blades are included", SD)
F("V19", "<p>[[Made in Sheffield]] from chrome-plated brass.</p>",
  "accuracy.origin", "block", "made in Solingen, Germany")
F("V19", "<p>The closed comb [[ends razor burn and ingrown hairs]].</p>",
  "compliance.health", "block", "skin-health claim the listing does not make")
F("V19", "<p>Available in Chrome, Gunmetal or [[Rose Gold]].</p>",
  "accuracy.colour", "block", "finishes are Chrome and Gunmetal")
F("V19", "<p>A razor that [[keeps 2,000 plastic cartridges out of landfill]].</p>",
  "compliance.environmental", "warn", "environmental figure the listing does not give (it is tagged plastic-free)")
F("V19", "<p>It takes [[only Barrow &amp; Finch blades]], five of them in the box.</p>",
  "accuracy.compatibility", "block", "it takes any standard double-edge blade")

# V20 oolong: lightly oxidised (~20%), 1,400 m, Alishan (Chiayi County), Taiwan, hand-picked spring 2026, rolled,
# floral buttery sweet finish, 5-6 infusions, 5 g / 150 ml / 95 C / 50 s, nitrogen-flushed resealable foil pouch,
# contains caffeine, 50 g, JPY 3800
C("V20", "<p>A spring 2026 oolong, hand-picked in tea gardens 1,400 m up on Alishan, in Taiwan's Chiayi County. "
         "It is lightly oxidised, about 20%, and the cup is floral and buttery with a sweet finish.</p><p>The "
         "rolled leaves go a long way: one measure gives five or six infusions. Start with 5 g in 150 ml of water "
         "at 95 &deg;C for 50 seconds.</p><ul><li>50 g in a resealable, nitrogen-flushed foil pouch</li>"
         "<li>Contains caffeine</li></ul>")
C("V20", "<p>Lightly oxidised high-mountain oolong from Alishan, Taiwan. 50 g, &yen;3,800.</p>", SD)
C("V20", qa(("How do I brew it?", "5 g of leaf in 150 ml of water at 95 °C; steep 50 seconds the first time."),
            ("Does it contain caffeine?", "Yes.")), "faq")
C("V20", "<p>Grown at about 4,600 ft and brewed just off the boil, at around 203 &deg;F.</p>")
C("V20", seo("Alishan High-Mountain Oolong 50 g | Cloudterrace Tea",
             "Hand-picked spring 2026 oolong from 1,400 m on Alishan, Taiwan. Floral and buttery, five or six "
             "infusions from the same leaves."), "seo")
F("V20", "<p>Brew at [[80 &deg;C]] for 50 seconds.</p>",
  "accuracy.number", "block", "brew at 95 °C")
F("V20", "<p>A [[certified organic]] oolong from Alishan.</p>",
  "accuracy.certification", "block", "no organic certification is listed", SD)
F("V20", "<p>Naturally [[caffeine-free]], so you can enjoy it in the evening.</p>",
  "accuracy.feature", "block", "the tea contains caffeine")
F("V20", "<p>Hand-picked in [[Fujian, China]] in spring 2026.</p>",
  "accuracy.origin", "block", "Alishan, Chiayi County, Taiwan")
F("V20", "<p>A lightly oxidised Alishan oolong, [[about 40%]] oxidised.</p>",
  "accuracy.number", "block", "oxidation is about 20%")

# V21 notebook: A5 148 x 210, 192 numbered pages, 100 gsm ivory acid-free, 5 mm dot grid, fountain-pen friendly,
# thread-sewn lay-flat, 2 ribbons, elastic, back pocket, linen hardcover, Forest/Ink/Clay/Sand, Slovenia, PLN 89
C("V21", "<p>An A5 dot-grid notebook that lies flat: it is thread-sewn, so it opens wide and stays open. Inside are "
         "192 numbered pages of 100 gsm ivory, acid-free paper, dotted on a 5 mm grid, that take fountain-pen ink "
         "with little show-through.</p><p>The hardcover is wrapped in linen, with two ribbon markers, an elastic "
         "closure and a pocket inside the back cover. Printed and bound in Slovenia.</p><ul><li>Covers: Forest, "
         "Ink, Clay, Sand</li><li>148 x 210 mm, 380 g</li></ul>")
C("V21", "<p>A linen-covered A5 dot-grid notebook with 192 numbered pages of 100 gsm paper. 89 z&#322;.</p>", SD)
C("V21", qa(("Is it good for fountain pens?",
             "Yes. The 100 gsm paper takes fountain-pen ink with little show-through."),
            ("What colours are there?", "Four: Forest, Ink, Clay and Sand.")), "faq")
C("V21", seo("A5 Dot-Grid Notebook, 192 Pages | Quillmoor Paper",
             "Lay-flat, thread-sewn A5 notebook with 100 gsm ivory paper on a 5 mm dot grid. Linen hardcover, two "
             "ribbons, made in Slovenia."), "seo")
C("V21", "<p>96 leaves, numbered on both sides, in a notebook about 5.8 x 8.3 inches.</p>")
F("V21", "<p>An A5 notebook with [[lined]] 100 gsm pages.</p>",
  "accuracy.feature", "block", "the pages are dot grid", SD)
F("V21", "<p>Paper from [[FSC-certified]] forests, thread-sewn to lie flat.</p>",
  "accuracy.certification", "block", "no FSC certification is listed")
F("V21", "<p>Four covers: Forest, Ink, Clay and [[Rose]].</p>",
  "accuracy.colour", "block", "covers are Forest, Ink, Clay and Sand")
F("V21", "<p>An [[A4]] dot-grid notebook with two ribbon markers.</p>",
  "accuracy.size", "block", "A5 (148 x 210 mm)")
F("V21", "<p>The paper is [[100% recycled]], so your notes are kinder to the planet.</p>",
  "compliance.environmental", "block", "recycled-content claim the listing does not make")
F("V21", "<p>An A5 dot-grid notebook. [[Ships free anywhere in Poland]].</p>",
  "compliance.shipping", "block", "shipping promise the listing does not make", SD)
F("V21", "<p>Dotted on a [[4 mm]] grid across 192 numbered pages.</p>",
  "accuracy.size", "block", "the grid is 5 mm")

# V22 work light: 2000 lm high / 600 lm low, 5000 mAh Li-ion, ~3 h high / up to 10 h low, stand tilts 180 deg,
# magnetic base, IP54, USB-C ~4 h, cable included, 5000 K, 640 g, USD 49.95
C("V22", "<p>A rechargeable work light that puts 2,000 lumens where you need them. The fold-out stand tilts "
         "through 180&deg;, and the magnetic base holds it on a steel beam or a car panel, leaving both hands "
         "free.</p><p>The 5,000 mAh battery lasts about 3 hours on high and up to 10 hours on the 600-lumen low "
         "setting, then recharges over USB-C in about 4 hours with the cable in the box. IP54 rated against "
         "splashes and dust.</p><ul><li>Colour temperature: 5000 K</li><li>640 g</li></ul>")
C("V22", "<p>A 2,000-lumen rechargeable work light with a magnetic base and a USB-C cable included. $49.95.</p>",
  SD)
C("V22", qa(("How long does the battery last?",
             "About 3 hours on high (2,000 lm) and up to 10 hours on low (600 lm)."),
            ("Is it waterproof?", "It is IP54 rated, which protects against splashes and dust, not submersion.")),
  "faq")
C("V22", "<p>On low it runs more than three times as long as on high: up to 10 hours against about 3.</p>")
C("V22", seo("Rechargeable LED Work Light 2000 lm | Brightforge",
             "2,000-lumen work light with a magnetic base, 180° tilting stand and 5,000 mAh battery. IP54, USB-C "
             "charging, cable included."), "seo")
F("V22", "<p>[[IP67 waterproof]], so a drop in a puddle is no problem.</p>",
  "accuracy.certification", "block", "the rating is IP54 (splashes and dust)")
F("V22", "<p>A [[3,000-lumen]] work light with a magnetic base.</p>",
  "accuracy.number", "block", "2,000 lumens", SD)
F("V22", "<p>A [[built-in solar panel]] tops up the battery on site.</p>",
  "accuracy.feature", "block", "no solar panel is listed; it charges over USB-C")
F("V22", "<p>USB-C charging; [[the cable is sold separately]].</p>",
  "accuracy.feature", "block", "the cable is included")
F("V22", "<p>It [[takes the same battery as Brightforge cordless tools]].</p>",
  "accuracy.compatibility", "block", "a built-in 5000 mAh battery; no tool-battery compatibility is listed")
F("V22", "<p>[[The brightest work light you will ever own]], at 2,000 lumens.</p>",
  "compliance.absolute", "warn", "superlative the listing does not support")
F("V22", "<p>The [[Voltwren]] work light puts out 2,000 lumens from a 5,000 mAh battery.</p>",
  "accuracy.brand", "block", "the vendor is Brightforge")

# V23 tomato feed: seaweed-based, high potash, tomatoes/chillies/peppers, Soil Association approved, 20 ml in 4.5 l,
# weekly from first flower truss, NPK 4-2-8, 1 L makes 225 l, seaweed + plant potash, Devon, vegan, GBP 9.99
C("V23", "<p>A seaweed-based liquid feed for tomatoes, chillies and peppers. It is high in potash, which helps the "
         "plants set fruit, and the Soil Association approves it for organic growing.</p><p>Start when the first "
         "flower truss appears: dilute 20 ml in 4.5 litres of water and feed once a week. One litre makes 225 "
         "litres of feed.</p><ul><li>NPK 4-2-8</li><li>Seaweed extract and plant-derived potash; vegan</li>"
         "<li>Made in Devon</li></ul>")
C("V23", "<p>An organic seaweed tomato feed, NPK 4-2-8, that makes 225 litres. &pound;9.99.</p>", SD)
C("V23", qa(("How much do I use?", "20 ml in 4.5 litres of water, once a week from the first flower truss."),
            ("Can I use it on chillies?", "Yes, it is made for tomatoes, chillies and peppers.")), "faq")
C("V23", "<p>With twice as much potash as nitrogen (4-2-8), it is made for plants that need to set fruit, and "
         "a single litre goes a long way.</p>")
C("V23", seo("Organic Liquid Tomato Feed 1 L | Greenhollow Growers",
             "Seaweed-based, high-potash liquid feed for tomatoes, chillies and peppers. Soil Association "
             "approved; 1 L makes 225 litres."), "seo")
F("V23", "<p>Dilute [[40 ml]] in 4.5 litres of water and feed weekly.</p>",
  "accuracy.number", "block", "20 ml in 4.5 litres")
F("V23", "<p>Organic tomato feed, [[safe for children and pets]] straight from the bottle.</p>",
  "compliance.health", "block", "safety claim the listing does not make", SD)
F("V23", "<p>Made from [[composted chicken manure]] and seaweed.</p>",
  "accuracy.material", "block", "seaweed extract and plant-derived potash; vegan")
F("V23", "<p>Approved by [[the USDA National Organic Program]].</p>",
  "accuracy.certification", "block", "approved by the Soil Association")
F("V23", "<p>[[Doubles your tomato harvest]] in a single season.</p>",
  "accuracy.feature", "block", "yield multiplier the listing does not state")
F("V23", "<p>An organic seaweed feed [[made in Cornwall]].</p>",
  "accuracy.origin", "block", "made in Devon")

# V24 fly mask: covers eyes and ears, midges and flies, fine polyester mesh ~70% UV, stretch Lycra ears, touch-tape
# jaw strap, fleece edging brow/cheeks, Pony/Cob/Full, Teal/Black, hand wash cold, air dry, EUR 24.99
C("V24", "<p>A fly mask that covers your horse's eyes and ears and keeps midges and flies off the face. The fine "
         "polyester mesh blocks about 70% of UV light, and the stretch Lycra ears stay soft and comfortable.</p>"
         "<p>It fastens with a touch-tape strap under the jaw, and the brow and cheeks are edged with fleece.</p>"
         "<ul><li>Sizes: Pony, Cob, Full</li><li>Teal or Black</li><li>Hand wash cold and air dry</li></ul>")
C("V24", "<p>A fine-mesh fly mask with ears, in Pony, Cob and Full sizes. 24,99 &euro;.</p>", SD)
C("V24", qa(("Does it protect against UV?", "The mesh blocks about 70% of UV light."),
            ("How do I clean it?", "Hand wash it in cold water and let it air dry.")), "faq")
C("V24", seo("Fine-Mesh Fly Mask with Ears | Saddlebrook Equine",
             "Fly mask with stretchy Lycra ears, fleece edging and a touch-tape jaw strap. The fine mesh blocks "
             "about 70% of UV. Pony, Cob, Full."), "seo")
C("V24", "<p>Blocks roughly seven tenths of UV light. Two colours, three sizes.</p>")
F("V24", "<p>A fly mask that covers the eyes, ears [[and nose]].</p>",
  "accuracy.feature", "block", "it covers the eyes and ears")
F("V24", "<p>A fly mask in sizes Pony, Cob, Full and [[Extra Full]].</p>",
  "accuracy.size", "block", "sizes are Pony, Cob and Full", SD)
F("V24", "<p>[[Machine washable]] at 30 &deg;C, with fleece edging at the brow.</p>",
  "accuracy.care", "block", "hand wash cold; air dry")
F("V24", "<p>[[Recommended by vets]] for horses with sensitive eyes.</p>",
  "compliance.social_proof", "warn", "endorsement claim with no support")
F("V24", "<p>A fine-mesh fly mask in Teal, Black or [[Purple]].</p>",
  "accuracy.colour", "block", "colours are Teal and Black")

# V25 sample pack: 240 one-shots + 60 loops, 1960s kit through tape, lo-fi/hip-hop, loops tempo-labelled 70-95 BPM,
# royalty-free for own music, no resale, download only, 24-bit/48 kHz WAV, 1.2 GB, USD 29
C("V25", "<p>240 drum one-shots and 60 loops, recorded on a 1960s kit through tape for lo-fi and hip-hop producers. "
         "Every loop is labelled with its tempo, from 70 to 95 BPM, so it drops straight into your session.</p>"
         "<p>Royalty-free for use in your own music; the samples themselves may not be resold. Download only, as "
         "24-bit / 48 kHz WAV files (1.2 GB).</p>")
C("V25", "<p>300 lo-fi drum samples (240 one-shots and 60 loops) recorded through tape. $29, download only.</p>",
  SD)
C("V25", qa(("Can I use the samples in a released track?",
             "Yes. They are royalty-free for music releases; reselling the samples is not allowed."),
            ("What format are they?", "24-bit / 48 kHz WAV.")), "faq")
C("V25", seo("Harbour Lo-Fi Drums Sample Pack | Tidewell Audio",
             "240 one-shots and 60 tempo-labelled loops (70-95 BPM) from a 1960s kit recorded through tape. "
             "Royalty-free 24-bit WAV download."), "seo")
C("V25", "<p>The loops sit between 70 and 95 BPM. Nothing is shipped: you download 1.2 GB of WAV files.</p>")
F("V25", "<p>240 one-shots, 60 loops and [[MIDI files for every groove]].</p>",
  "accuracy.feature", "block", "the pack is WAV one-shots and loops; no MIDI is listed")
F("V25", "<p>[[400]] one-shots and 60 loops recorded through tape.</p>",
  "accuracy.number", "block", "240 one-shots", SD)
F("V25", "<p>Royalty-free, and [[you may resell the samples in your own packs]].</p>",
  "accuracy.feature", "block", "no resale of the samples")
F("V25", "<p>[[Heard on chart-topping records]], these tape-warm drums suit lo-fi and hip-hop.</p>",
  "compliance.social_proof", "warn", "popularity claim with no support")
F("V25", qa(("How will I receive it?", "[[We post it on a USB drive within 3 days]].")),
  "compliance.shipping", "block", "download only", "faq")
F("V25", "<p>A [[vinyl record]] of lo-fi drum loops and one-shots.</p>",
  "accuracy.category", "block", "a WAV download")
F("V25", seo("Harbour Lo-Fi Drums Sample Pack | [[Tidewater Samples]]",
             "240 one-shots and 60 loops from a 1960s kit recorded through tape."),
  "accuracy.brand", "block", "the vendor is Tidewell Audio", "seo")
F("V25", "<p>Download only: 24-bit / 48 kHz WAV, [[1.2 TB]].</p>",
  "accuracy.number", "block", "1.2 GB; the unit is wrong")

# V26 rope: 9.5 mm single, sport + trad, sheath and core dry-treated, UIAA water-repellent, 59 g/m, 7 falls,
# 8.6 kN, static 8.9%, dynamic 33%, black middle mark, EN 892 + UIAA 101, Lime/Blue, 60 m EUR 189 / 70 m EUR 219,
# made in Czech Republic
C("V26", "<p>A 9.5 mm single rope for sport and trad climbing. Both the sheath and the core are dry-treated, so it "
         "meets the UIAA water-repellent standard and stays light when the weather turns.</p><p>It holds 7 UIAA "
         "falls with an impact force of 8.6 kN, and a black mark shows the middle. Certified to EN 892 and "
         "UIAA 101, made in the Czech Republic.</p><ul><li>59 g/m</li><li>Static elongation 8.9%, dynamic 33%"
         "</li><li>Lime or Blue; 60 m (&euro;189) or 70 m (&euro;219)</li></ul>")
C("V26", "<p>A dry-treated 9.5 mm single rope, certified to EN 892 and UIAA 101, in 60 or 70 m.</p>", SD)
C("V26", "<p>The 60 m rope is about 197 ft and weighs roughly 3.5 kg; the 70 m is about 230 ft.</p>")
C("V26", qa(("Is it dry-treated?", "Yes, both the sheath and the core, to the UIAA water-repellent standard."),
            ("How many falls is it rated for?", "7 UIAA falls.")), "faq")
C("V26", seo("Dry-Treated Single Rope 9.5 mm | Cragline",
             "9.5 mm single climbing rope, sheath and core dry-treated. 7 UIAA falls, 8.6 kN impact force, 59 g/m. "
             "EN 892 and UIAA 101 certified."), "seo")
F("V26", "<p>Certified as a single, [[half and twin rope]].</p>",
  "accuracy.certification", "block", "certified as a single rope only")
F("V26", "<p>A dry-treated single rope rated for [[9 UIAA falls]].</p>",
  "accuracy.number", "block", "7 UIAA falls", SD)
F("V26", "<p>[[Made in France]] and certified to EN 892.</p>",
  "accuracy.origin", "block", "made in the Czech Republic")
F("V26", "<p>A single rope [[that will never break]] in a fall.</p>",
  "compliance.absolute", "block", "absolute safety promise on life-safety equipment")
F("V26", "<p>The [[sheath is dry-treated, while the core is left untreated]] to keep it supple.</p>",
  "accuracy.feature", "block", "both sheath and core are dry-treated")
F("V26", "<p>The 70 m length costs [[&euro;199]].</p>",
  "accuracy.price", "block", "the 70 m rope is €219.00")

# V27 pottery class: 2.5 h, centre/open/pull up, keep two best pieces, trimmed, glazed white or celadon, fired,
# collect ~4 weeks later, up to 6 people, 16+, clay/glazes/firing/aprons included, Fremantle WA, dates, AUD 95
C("V27", "<p>Your first go on the potter's wheel, with a potter beside you. Over two and a half hours you learn to "
         "centre the clay, open it and pull up the walls, and you keep your two best pieces.</p><p>We trim them, "
         "glaze them in white or celadon and fire them, and they are ready to collect from the studio in "
         "Fremantle about 4 weeks later. Clay, glazes, firing and an apron are all included.</p><ul><li>Up to 6 "
         "people per class</li><li>Ages 16 and over</li><li>Sat 9 Jan 2027 (10:00 or 14:00) or Sun 17 Jan 2027 "
         "(10:00)</li></ul>")
C("V27", "<p>A 2.5-hour wheel-throwing taster in Fremantle for up to 6 people. A$95, with clay and firing "
         "included.</p>", SD)
C("V27", qa(("Do I take my pots home on the day?",
             "No. We trim, glaze and fire them; they are ready to collect about 4 weeks later."),
            ("Can my 14-year-old come?", "The class is for ages 16 and over.")), "faq")
C("V27", seo("Wheel-Throwing Taster Class, 2.5 Hours | Kilnworks Studio",
             "Learn to centre, open and pull up clay in a small group of up to 6 in Fremantle. Keep two pieces, "
             "glazed in white or celadon and fired."), "seo")
C("V27", "<p>Two and a half hours at the wheel; about a month later, your two pieces are fired and ready to "
         "collect.</p>")
F("V27", "<p>You keep [[every piece you make]], glazed and fired.</p>",
  "accuracy.feature", "block", "you keep your two best pieces")
F("V27", "<p>Your pieces are ready to collect [[a week later]].</p>",
  "accuracy.number", "block", "about 4 weeks later")
F("V27", "<p>A wheel-throwing taster for ages [[12]] and over.</p>",
  "accuracy.number", "block", "ages 16 and over", SD)
F("V27", "<p>[[We post your fired pieces to you]], carefully packed.</p>",
  "compliance.shipping", "block", "pieces are collected from the studio")
F("V27", "<p>Glazed in [[any colour you choose]] and fired in our kiln.</p>",
  "accuracy.colour", "block", "glazes are white or celadon")
F("V27", seo("Wheel-Throwing Taster Class | Kilnworks Studio",
             "2.5 hours on the wheel in Fremantle, [[no booking needed: just drop in]]."),
  "accuracy.feature", "block", "the class is booked for set dates", "seo")
F("V27", "<p>[[US$95]] per person for two and a half hours on the wheel.</p>",
  "accuracy.price", "block", "the price is A$95 (AUD)")
F("V27", "<p>Clay, glazes and firing are included; [[bring your own apron]].</p>",
  "accuracy.feature", "block", "aprons are included")

# V28 grouped calligraphy: oblique holder in turned cherry EUR 28, G-type pointed nibs x3 EUR 9, walnut ink 50 ml
# EUR 12.50, A4 practice pad 50 sheets 90 gsm guideline paper EUR 11, sold individually
C("V28", "<p>Four pieces for learning copperplate script, sold one by one so you only buy what you are missing. "
         "The oblique pen holder is turned in cherry wood.</p><ul><li>Oblique pen holder, cherry: &euro;28.00</li>"
         "<li>G-type pointed nibs, pack of 3: &euro;9.00</li><li>Walnut ink, 50 ml: &euro;12.50</li>"
         "<li>A4 practice pad, 50 sheets of 90 gsm guideline paper: &euro;11.00</li></ul>")
C("V28", "<p>Oblique holder, G nibs, walnut ink and a guideline pad for copperplate, each sold separately, from "
         "&euro;9.</p>", SD)
C("V28", qa(("Can I buy the pieces as a set?", "They are sold individually, so you can pick only what you need."),
            ("How many nibs are in a pack?", "Three G-type pointed nibs.")), "faq")
C("V28", "<p>All four pieces together come to &euro;60.50.</p>")
C("V28", seo("Copperplate Calligraphy Collection | Inkwell & Quire",
             "Cherry oblique pen holder, G-type pointed nibs, walnut ink and an A4 guideline practice pad for "
             "copperplate script, sold individually."), "seo")
F("V28", "<p>Buy [[all four together for &euro;50]].</p>",
  "accuracy.price", "block", "sold individually; together they cost €60.50 and there is no set price")
F("V28", "<p>G-type pointed nibs, [[pack of 5]], &euro;9.00.</p>",
  "accuracy.number", "block", "pack of 3", SD)
F("V28", "<p>[[Black iron gall ink]], 50 ml, &euro;12.50.</p>",
  "accuracy.material", "block", "walnut ink")
F("V28", "<p>A [[straight]] pen holder in cherry wood for copperplate.</p>",
  "accuracy.category", "block", "an oblique pen holder")
F("V28", "<p>A practice pad, [[A5]], 50 sheets of 90 gsm guideline paper.</p>",
  "accuracy.size", "block", "the pad is A4")

# More clean drafts: short paraphrases and negative facts restated, spread over kinds.
C("V01", qa(("Does it come with a case?", "It comes with a canvas tool roll."),), "faq")
C("V08", "<p>Grain-free salmon treats for cats over 12 weeks old; up to 8 pieces a day.</p>", SD)
C("V10", "<p>Brisa Sans for desktop use, priced by team size: $60 for 1-2 users, up to $240 for 6-20.</p>", SD)
C("V11", "<p>Leith workshop service: wheels trued, gears and brakes adjusted, bearings regreased. Parts extra."
         "</p>", SD)
C("V13", "<p>A showerproof waxed jacket, made in England, that you sponge clean rather than wash.</p>", SD)
C("V18", seo("Replacement Glass Carafe 1 L | Brewhaus",
             "Borosilicate glass carafe for the Brewhaus Pourover Stand. Lid not included."), "seo")
C("V21", "<p>Four linen cover colours, 192 numbered pages and two ribbon markers, in A5.</p>", SD)
C("V23", "<p>A Devon-made, vegan liquid feed of seaweed extract and plant-derived potash.</p>", SD)
C("V26", qa(("Which lengths are there?", "60 m (€189) and 70 m (€219)."),
            ("What kind of rope is it?", "A 9.5 mm single rope, certified to EN 892 and UIAA 101.")), "faq")
