"""Hand-written drafts for guardrails holdout v8: clean copy and copy with one planted error each.

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


# Y01 muslin swaddles
C("Y01", "<p>Three swaddles of double-layer organic cotton muslin, each about 47 inches square. Light on warm "
         "nights and big enough to wrap a newborn snugly.</p><p>Wash them at 40 °C before the first use.</p>")
C("Y01", "<p>GOTS-certified organic cotton swaddles, made in Portugal, three to a set.</p>", SD)
C("Y01", "<p>Each swaddle works out at under 12 € when you buy the set of three. Choose stars or leaves.</p>")
C("Y01", seo("Organic Muslin Swaddle Blankets, Set of 3 | Petit Nuage",
             "Three Portuguese-made 120 cm muslin swaddles in GOTS organic cotton, light enough for warm nights."),
  "seo")
C("Y01", qa(("Can I use one as a cot sheet?", "No. They are swaddles and are not for use as a cot sheet."),
            ("How big are they?", "120 x 120 cm each, and there are three in the set.")), "faq")
F("Y01", "<p>A set of [[four]] muslin swaddles.</p>", NUM, "block", "a set of three")
F("Y01", "<p>Soft swaddles in [[bamboo]] muslin.</p>", MAT, "block", "100 % organic cotton")
F("Y01", "<p>Muslin swaddles, [[made in France]].</p>", ORIG, "block", "made in Portugal")
F("Y01", "<p>[[Doubles as a cot sheet]] once your baby outgrows swaddling.</p>", FEAT, "block",
  "the listing says not for use as a cot sheet")
F("Y01", "<p>Organic swaddles in stars, leaves or [[hearts]].</p>", COL, "block",
  "two motifs, stars and leaves", SD)
F("Y01", "<p>Breathable muslin that [[helps prevent overheating and SIDS]].</p>", HEALTH, "block",
  "a medical claim the listing does not make")

# Y02 bicycle chain
C("Y02", "<p>An 11-speed chain in nickel-plated steel with hollow pins, for road and gravel bikes. It has 116 "
         "links, so you can shorten it to suit your frame, and the quick link can be reused.</p><p>It will not "
         "work on a 12-speed drivetrain.</p>")
C("Y02", "<p>Hollow-pin 11-speed chain, about 9 oz, with a reusable quick link.</p>", SD)
C("Y02", "<p>A half-inch pitch chain made in Taiwan for 11-speed road and gravel groups.</p>")
C("Y02", qa(("Will it fit my 12-speed bike?", "No, it is not compatible with 12-speed drivetrains."),
            ("Is a quick link included?", "Yes, a reusable one.")), "faq")
C("Y02", seo("11-Speed Bicycle Chain, 116 Links | Ridgeline",
             "Nickel-plated 11-speed chain with hollow pins and a reusable quick link, 257 g, for road and gravel."),
  "seo")
F("Y02", "<p>An 11-speed chain with [[118]] links.</p>", NUM, "block", "116 links")
F("Y02", "<p>Works on 11-speed [[and 12-speed]] drivetrains.</p>", COMPAT, "block",
  "not compatible with 12-speed drivetrains")
F("Y02", "<p>A [[titanium]]-plated chain for 11-speed bikes.</p>", MAT, "block", "nickel-plated steel")
F("Y02", "<p>Hollow-pin chain, [[made in Italy]].</p>", ORIG, "block", "the tags say made in Taiwan", SD)
F("Y02", qa(("Is a quick link included?", "Yes, [[two quick links]] come with the chain."),), NUM, "block",
  "one reusable quick link", "faq")
F("Y02", "<p>An 11-speed chain that [[lasts twice as long as ordinary chains]].</p>", FEAT, "block",
  "a comparison the listing does not make")

# Y03 hand coffee grinder
C("Y03", "<p>A hand grinder with a 48 mm stainless steel conical burr and an aluminium body. It holds 30 g, "
         "enough beans for two cups, and forty clicks take you from espresso to French press.</p><p>Clean the "
         "burrs with a brush, never with water.</p>")
C("Y03", "<p>Designed and assembled in Osaka: a 48 mm burr grinder with 40 settings.</p>", SD)
C("Y03", "<p>Grinds about an ounce of coffee at a time, enough for two cups.</p>", SD)
C("Y03", qa(("Can I rinse the burrs?", "No. Brush them clean; do not wash them with water."),
            ("How many grind settings are there?", "Forty clicks, from espresso to French press.")), "faq")
C("Y03", seo("Hand Coffee Grinder, 48 mm Conical Burr | Kiri Works",
             "A Japanese-assembled hand grinder with a 48 mm steel burr and forty clicks, espresso to French press."),
  "seo")
F("Y03", "<p>A hand grinder with a [[38 mm]] conical burr.</p>", SIZE, "block", "48 mm burr")
F("Y03", "<p>Burr grinder with a [[ceramic]] burr.</p>", MAT, "block", "stainless steel burr")
F("Y03", "<p>Hand grinder, [[made in Kyoto]].</p>", ORIG, "block", "designed and assembled in Osaka", SD)
F("Y03", "<p>[[Rinse the burrs under the tap]] after each use.</p>", CARE, "block",
  "the listing says brush them, do not wash with water")
F("Y03", "<p>A hand grinder with [[60]] clicks of adjustment.</p>", NUM, "block", "40 clicks")
F("Y03", "<p>Hand grinder with a [[5-year warranty]].</p>", WARR, "block", "no warranty in the listing")

# Y04 aquarium heater
C("Y04", "<p>A submersible glass heater for freshwater and marine tanks. Set the thermostat anywhere from 18 "
         "to 32 °C, about 64 to 90 °F.</p><p>The 50 W model suits tanks up to 60 litres, the 100 W up to 120 "
         "litres and the 200 W up to 250 litres. Two-year warranty.</p>")
C("Y04", "<p>For a 30-gallon tank, choose the 100 W heater, rated for up to 120 litres.</p>", SD)
C("Y04", "<p>Three wattages: 50 W at £19.99, 100 W at £24.99 and 200 W at £32.99.</p>")
C("Y04", qa(("Does it work in a reef tank?", "Yes, it is for freshwater and marine tanks."),
            ("What should I do before lifting it out?", "Unplug it first.")), "faq")
C("Y04", "<p>Borosilicate glass heater, fully submersible, 230 V.</p>", SD)
F("Y04", "<p>The 200 W heater suits tanks up to [[400]] litres.</p>", NUM, "block", "up to 250 litres")
F("Y04", "<p>The 100 W heater costs [[£22.99]].</p>", PRICE, "block", "£24.99")
F("Y04", "<p>A submersible heater in [[shatterproof plastic]].</p>", MAT, "block", "borosilicate glass")
F("Y04", "<p>An aquarium heater [[from Saltline]].</p>", BRAND, "block", "the vendor is Clearwater Aquatics")
F("Y04", "<p>Works on [[110-120 V]] mains as well.</p>", COMPAT, "block", "230 V")
F("Y04", "<p>Submersible heater with a [[lifetime warranty]].</p>", WARR, "block", "2-year warranty", SD)
F("Y04", "<p>[[Safe to lift out of the water while plugged in]].</p>", CARE, "block",
  "the listing says unplug before taking it out of the water")

# Y05 interchangeable needles
C("Y05", "<p>Nine pairs of birch tips from 3.5 to 8 mm (US 4 to US 11) and three cables, so you can make "
         "circulars of about 24, 32 and 40 inches. It all zips into a cotton case.</p><p>Keep the tips dry and "
         "wipe them with a dry cloth.</p>")
C("Y05", "<p>Eighteen birch needle tips and three cables in a zipped cotton case. Made in India.</p>", SD)
C("Y05", "<p>The set covers nine sizes, from 3.5 mm up to 8 mm.</p>")
C("Y05", seo("Birch Interchangeable Circular Needle Set | Loop & Lantern",
             "Nine pairs of birch tips, 3.5-8 mm, with 60, 80 and 100 cm cables in a cotton case."), "seo")
C("Y05", qa(("Can the tips get wet?", "Keep them away from water and wipe them with a dry cloth."),
            ("What lengths can I make?", "60, 80 and 100 cm circulars.")), "faq")
F("Y05", "<p>[[Eleven]] pairs of birch tips.</p>", NUM, "block", "nine pairs")
F("Y05", "<p>Tips from 3.5 mm to [[10 mm]].</p>", SIZE, "block", "3.5 mm to 8 mm")
F("Y05", "<p>Interchangeable tips in [[bamboo]].</p>", MAT, "block", "birch wood")
F("Y05", qa(("What lengths can I make?", "60, 80, 100 and [[120 cm]] circulars."),), SIZE, "block",
  "60, 80 and 100 cm only", "faq")
F("Y05", "<p>Birch tips in a zipped [[leather]] case.</p>", MAT, "block", "cotton case", SD)
F("Y05", "<p>[[The only needle set you will ever need.]]</p>", ABS, "warn", "an absolute claim")

# Y06 board game
C("Y06", "<p>Two to five players race to fill their warehouses before the tide turns, in games of 45 to 60 "
         "minutes. The box holds a folding board, 120 cards, 60 wooden cubes, five ship tokens and the rules.</p>"
         "<p>Printed in Germany, in an English or a German edition.</p>")
C("Y06", "<p>A trading game for ages 10 and up; keep it away from under-threes because of small parts.</p>", SD)
C("Y06", qa(("How many can play?", "Two to five."), ("How long is a game?", "About an hour at most.")), "faq")
C("Y06", seo("Tidewater Trading Board Game | Brackish Games",
             "A German-printed trading game for two to five players aged 10+, with 60 wooden cubes and 120 cards."),
  "seo")
C("Y06", "<p>Five ship tokens, one for each merchant at a full table.</p>", SD)
F("Y06", "<p>A trading game for two to [[six]] players.</p>", NUM, "block", "2-5 players")
F("Y06", "<p>The box has [[150]] cards and 60 cubes.</p>", NUM, "block", "120 cards")
F("Y06", "<p>Printed in Germany, in English, German or [[French]].</p>", FEAT, "block",
  "English and German editions only")
F("Y06", "<p>A board game for ages [[8]] and up.</p>", NUM, "block", "ab 10 Jahren", SD)
F("Y06", "<p>Sixty [[plastic]] cubes and 120 cards.</p>", MAT, "block", "wooden cubes")
F("Y06", "<p>[[Winner of Game of the Year 2026.]]</p>", SOCIAL, "warn", "an award the listing does not give")
F("Y06", seo("Tidewater Board Game | Brackish Games", "A trading game for two to five players, [[printed in the UK]]."),
  ORIG, "block", "printed in Germany", "seo")

# Y07 titanium pot
C("Y07", "<p>A 750 ml titanium pot, roughly 25 fl oz, that weighs about 100 g. The vented lid and folding "
         "handles pack away, and a small gas canister and pocket stove fit inside.</p><p>Keep it off induction "
         "hobs and never heat it empty.</p>")
C("Y07", "<p>Titanium camp pot, about 10 cm wide and 11 cm tall.</p>", SD)
C("Y07", qa(("Will it work on my induction hob at home?", "No, it is not for induction hobs."),
            ("What fits inside?", "A small gas canister and a pocket stove.")), "faq")
C("Y07", seo("Titanium Camp Pot 750 ml | Summit Tin",
             "A 3.5 oz titanium pot with vented lid and folding handles; your canister and stove nest inside."),
  "seo")
C("Y07", "<p>Three and a half ounces of titanium with room for a stove and gas inside.</p>", SD)
F("Y07", "<p>A [[1 litre]] titanium pot.</p>", NUM, "block", "750 ml")
F("Y07", "<p>Camp pot in [[hard-anodised aluminium]].</p>", MAT, "block", "titanium")
F("Y07", "<p>[[Works on induction hobs]] and gas stoves.</p>", COMPAT, "block", "not for induction hobs")
F("Y07", "<p>Comes with a [[pocket stove]] that nests inside.</p>", FEAT, "block",
  "a stove fits inside but is not included")
F("Y07", "<p>A pot [[5 in]] across.</p>", SIZE, "block", "3.9 in diameter", SD)
F("Y07", "<p>[[Dishwasher safe]] titanium pot.</p>", CARE, "block", "no care instruction of that kind")

# Y08 waterproof phone pouch
C("Y08", "<p>A sealed pouch for phones with screens up to 6.7 inches. You can use the touchscreen through the "
         "clear window, and the adjustable lanyard keeps it round your neck.</p><p>IPX8-rated to 10 m (about 33 "
         "ft) for half an hour, but not for scuba diving.</p>")
C("Y08", "<p>A TPU phone pouch in clear, smoke or coral, AU$24.95.</p>", SD)
C("Y08", qa(("Can I take it diving?", "Not scuba diving. It is rated IPX8 to 10 m for 30 minutes."),
            ("Does the screen still work?", "Yes, the touchscreen works through the clear window.")), "faq")
C("Y08", seo("Waterproof Phone Pouch, IPX8 | Saltline",
             "Fits phones up to 6.7 in; use the touchscreen through the window. IPX8 to 10 m for 30 minutes."), "seo")
C("Y08", "<p>Three colours to pick from, all with a clear window.</p>", SD)
F("Y08", "<p>Fits phones with screens up to [[7.2 in]].</p>", SIZE, "block", "up to 6.7 in")
F("Y08", "<p>Rated IPX8 to [[30 m]].</p>", NUM, "block", "10 m")
F("Y08", "<p>[[Great for scuba diving]].</p>", FEAT, "block", "not for scuba diving")
F("Y08", "<p>Pick clear, smoke or [[navy]].</p>", COL, "block", "clear, smoke or coral", SD)
F("Y08", "<p>A phone pouch rated [[IP68]].</p>", CERT, "block", "rated IPX8")
F("Y08", "<p>Phone pouch [[shipped free to anywhere in Australia]].</p>", SHIP, "block",
  "no shipping terms in the listing")

# Y09 grouped wine tools
C("Y09", "<p>Three Italian wine tools, each sold on its own: a waiter's corkscrew with an olive-wood handle "
         "at 24,00 €, a pack of two drip rings at 6,50 € and a vacuum stopper with pump at 9,90 €.</p>")
C("Y09", "<p>All three pieces together come to 40,40 €.</p>", SD)
C("Y09", "<p>Drip rings come in pairs, which makes them 3,25 € a ring.</p>")
C("Y09", qa(("Is this sold as a set?", "No, each of the three tools is sold on its own."),
            ("Where are they made?", "In Italy.")), "faq")
C("Y09", "<p>Stainless steel and olive wood, made in Italy.</p>", SD)
F("Y09", "<p>The three tools as a set for [[35,00 €]].</p>", PRICE, "block",
  "each tool is sold on its own; no set price")
F("Y09", "<p>A corkscrew with a [[walnut]] handle.</p>", MAT, "block", "olive-wood handle")
F("Y09", "<p>Drip rings, pack of [[4]].</p>", NUM, "block", "pack of 2")
F("Y09", "<p>Wine tools [[made in Spain]].</p>", ORIG, "block", "Paese d'origine: Italia", SD)
F("Y09", "<p>A vacuum stopper that [[keeps wine fresh for two weeks]].</p>", FEAT, "block",
  "no keeping time in the listing")
F("Y09", "<p>A waiter's corkscrew [[by Tappo Fino]].</p>", BRAND, "block", "the vendor is Cantina Serra")

# Y10 adjustable kettlebell
C("Y10", "<p>A cast-iron kettlebell that adjusts from 4 to 12 kg in 2 kg steps: add or remove plates and "
         "tighten the locking pin.</p><p>Made in the Czech Republic.</p>")
C("Y10", "<p>Five weights in one kettlebell: 4, 6, 8, 10 and 12 kg.</p>", SD)
C("Y10", "<p>Goes up to about 26 lb, so one kettlebell grows with you.</p>", SD)
C("Y10", qa(("How does it adjust?", "Take plates off or put them on, then tighten the locking pin."),
            ("What is it made of?", "Cast iron.")), "faq")
C("Y10", seo("Adjustable Kettlebell 4-12 kg | Železná Dílna",
             "Czech-made cast-iron kettlebell that adjusts from 4 to 12 kg in 2 kg steps with a locking pin."), "seo")
F("Y10", "<p>Adjusts from 4 to [[16 kg]].</p>", NUM, "block", "4-12 kg")
F("Y10", "<p>Adjusts in [[1 kg]] steps.</p>", NUM, "block", "2 kg steps")
F("Y10", "<p>A kettlebell in [[solid steel]].</p>", MAT, "block", "cast iron (litina)")
F("Y10", "<p>Adjustable kettlebell, [[made in Poland]].</p>", ORIG, "block", "Česko", SD)
F("Y10", "<p>A cast-iron kettlebell [[in red]].</p>", COL, "warn", "the listing gives no colour")
F("Y10", "<p>Adjustable kettlebell for [[1 490 Kč]].</p>", PRICE, "block", "1 290 Kč")

# Y11 soy candle
C("Y11", "<p>A fig leaf and cedarwood candle: 200 g of soy wax on a cotton wick, burning for about 40 hours. "
         "Hand-poured in Bristol.</p><p>Trim the wick to 5 mm before each burn, and never leave it lit and "
         "unattended.</p>")
C("Y11", "<p>About 7 oz of vegan soy wax scented with fig and cedar.</p>", SD)
C("Y11", qa(("How long does it burn?", "About 40 hours."),
            ("Any tips?", "Trim the wick to 5 mm before lighting, and never leave it burning unattended.")), "faq")
C("Y11", seo("Fig & Cedar Soy Candle | Lamp & Ember",
             "Hand-poured in Bristol: 200 g of soy wax with a cotton wick and fig leaf and cedarwood, ~40 hours."),
  "seo")
C("Y11", "<p>Forty hours of fig and cedar from one candle.</p>", SD)
F("Y11", "<p>Burns for about [[60]] hours.</p>", NUM, "block", "about 40 hours")
F("Y11", "<p>Fig and cedar candle in [[beeswax]].</p>", MAT, "block", "soy wax")
F("Y11", "<p>A candle with a [[wooden]] wick.</p>", MAT, "block", "cotton wick")
F("Y11", "<p>Hand-poured in [[Manchester]].</p>", ORIG, "block", "hand-poured in Bristol", SD)
F("Y11", "<p>A soy candle that [[purifies the air and eases anxiety]].</p>", HEALTH, "block",
  "a health claim the listing does not make")
F("Y11", "<p>Soy wax candle [[in a fully recyclable, plastic-free package]].</p>", ENV, "block",
  "packaging claims the listing does not make")
F("Y11", "<p>[[Our best-selling candle, loved by thousands.]]</p>", SOCIAL, "warn", "social proof", SD)

# Y12 art print
C("Y12", "<p>A giclée print of a gouache painting of Wellington harbour, on heavy 310 g/m² cotton rag paper. "
         "Each print is signed and numbered, 50 per size.</p><p>Printed in Wellington; the frame is not "
         "included.</p>")
C("Y12", "<p>A4 for NZ$65, A3 for NZ$95 or A2 for NZ$140.</p>", SD)
C("Y12", "<p>With 50 prints in each of three sizes, there will only ever be 150 in all.</p>")
C("Y12", qa(("Does it come framed?", "No, the frame is not included."), ("Is it signed?", "Yes, signed and numbered.")),
  "faq")
C("Y12", seo("Harbour at Dusk Giclée Print | Kōwhai Press",
             "Signed, numbered giclée of Wellington harbour on 310 g/m² cotton rag, in A4, A3 and A2."), "seo")
F("Y12", "<p>An edition of [[100]] per size.</p>", NUM, "block", "50 per size")
F("Y12", "<p>Available in A4, A3, A2 and [[A1]].</p>", SIZE, "block", "A4, A3, A2 only")
F("Y12", "<p>The A3 print costs [[NZ$85]].</p>", PRICE, "block", "NZ$95")
F("Y12", "<p>[[Framed in oak]], ready to hang.</p>", FEAT, "block", "frame not included")
F("Y12", "<p>A giclée print of an [[oil painting]] of Wellington harbour.</p>", CAT, "block",
  "a gouache painting", SD)
F("Y12", "<p>Giclée print on [[archival paper that will not fade for 200 years]].</p>", ABS, "block",
  "a lifespan claim the listing does not make")

# Y13 rosemary scalp oil
C("Y13", "<p>A light oil for the scalp and ends, made in France from four ingredients: jojoba oil, castor "
         "oil, rosemary leaf oil and vitamin E. No fragrance is added.</p><p>Massage a few drops in before "
         "washing. For external use only; keep it out of your eyes.</p>")
C("Y13", "<p>50 ml, about 1.7 fl oz, of fragrance-free rosemary oil.</p>", SD)
C("Y13", qa(("Is it scented?", "No fragrance is added; the rosemary leaf oil is an ingredient."),
            ("How do I use it?", "Massage a few drops into the scalp and ends before washing.")), "faq")
C("Y13", seo("Rosemary Scalp Oil 50 ml | Maison Ortie",
             "French scalp oil of jojoba, castor and rosemary leaf oils with vitamin E. Four ingredients, 18,50 €."),
  "seo")
C("Y13", "<p>Jojoba and castor oils carry the rosemary, with tocopherol to finish.</p>", SD)
F("Y13", "<p>Rosemary oil with [[argan oil]] and jojoba.</p>", MAT, "block", "no argan oil in the INCI list")
F("Y13", seo("Rosemary Scalp Oil | Maison Ortie", "A [[100 ml]] bottle of rosemary oil for the scalp."), NUM, "block",
  "50 ml", "seo")
F("Y13", "<p>Rosemary scalp oil that [[stops hair loss and regrows thin patches]].</p>", HEALTH, "block",
  "a medical claim")
F("Y13", "<p>[[Certified organic]] rosemary scalp oil.</p>", CERT, "block", "no organic certification", SD)
F("Y13", "<p>Scalp oil [[made in Switzerland]].</p>", ORIG, "block", "Fabriqué en France")
F("Y13", "<p>[[Gentle enough to use around the eyes.]]</p>", CARE, "block", "keep out of the eyes")

# Y14 tomato seeds
C("Y14", "<p>Black Krim is an heirloom beefsteak tomato with dark red, almost purple fruit. Sow it indoors "
         "from February to April; the seeds sprout in one to two weeks at 20-25 °C.</p><p>Plants reach about 5 "
         "to 6 ft, so give them stakes.</p>")
C("Y14", "<p>About 30 open-pollinated seeds, grown in the Netherlands.</p>", SD)
C("Y14", qa(("When do I sow?", "Indoors, from February to April."),
            ("How warm do they need to be?", "About 68-77 °F to sprout in 7 to 14 days.")), "faq")
C("Y14", seo("Black Krim Tomato Seeds | Zaadhuis Veldman",
             "Heirloom beefsteak tomato with near-purple fruit. About 30 Dutch-grown seeds; sow indoors Feb-Apr."),
  "seo")
C("Y14", "<p>Tall plants, up to 180 cm, that need staking.</p>", SD)
F("Y14", "<p>About [[50]] seeds a packet.</p>", NUM, "block", "about 30 seeds")
F("Y14", "<p>Sow [[outdoors in June]].</p>", CARE, "block", "sow indoors from February to April")
F("Y14", "<p>A [[cherry tomato]] with dark fruit.</p>", CAT, "block", "a beefsteak tomato")
F("Y14", "<p>[[Certified organic]] heirloom seeds.</p>", CERT, "block", "no organic certification", SD)
F("Y14", "<p>A [[compact bush tomato that needs no staking]].</p>", SIZE, "block",
  "plants grow 150-180 cm and need staking")
F("Y14", "<p>Seeds sprout in [[3 to 5]] days.</p>", NUM, "block", "7 to 14 days")

# Y15 mini drone
C("Y15", "<p>A folding drone of 245 g that films 2.7K at 30 fps on a 3-axis gimbal. Two batteries come in the "
         "box, each good for up to 18 minutes, so up to 36 minutes of flying between charges.</p><p>A USB-C "
         "cable is included but no wall charger. Keep away from airports. Ages 14 and up.</p>")
C("Y15", "<p>About 8.6 oz, folds small and flies up to 500 m away.</p>", SD)
C("Y15", qa(("Is a charger included?", "A USB-C cable is, but the wall charger is not."),
            ("How many batteries?", "Two, each flying for up to 18 minutes.")), "faq")
C("Y15", seo("Mini Camera Drone, 2.7K Gimbal | Kestrel Aero",
             "A 245 g folding drone with 2.7K/30 fps video on a 3-axis gimbal and two 18-minute batteries."), "seo")
C("Y15", "<p>For pilots aged 14 and up; do not fly near airports.</p>", SD)
F("Y15", "<p>Films [[4K]] video on a 3-axis gimbal.</p>", NUM, "block", "2.7K")
F("Y15", qa(("How long does it fly?", "Up to [[25]] minutes on each battery."),), NUM, "block",
  "18 minutes a battery", "faq")
F("Y15", "<p>[[Three]] batteries in the box.</p>", NUM, "block", "two batteries")
F("Y15", "<p>USB-C cable [[and wall charger included]].</p>", FEAT, "block", "wall charger not included", SD)
F("Y15", "<p>A range of up to [[2 km]].</p>", NUM, "block", "500 m")
F("Y15", "<p>[[No registration or licence needed anywhere.]]</p>", ABS, "block",
  "a legal claim the listing does not make")
F("Y15", "<p>Drone that [[ships within 24 hours]].</p>", SHIP, "block", "no dispatch time in the listing")

# Y16 nakiri knife
C("Y16", "<p>A nakiri for vegetables: a flat 165 mm blade, about 6½ inches, of VG-10 steel at 60-61 HRC, on "
         "an octagonal walnut handle. Forged in Seki, Japan.</p><p>Wash it by hand and dry it at once. Keep it "
         "away from bones and frozen food.</p>")
C("Y16", "<p>A Japanese vegetable knife in VG-10 with a walnut handle, £129.</p>", SD)
C("Y16", qa(("Can it go in the dishwasher?", "No. Hand wash and dry it straight away."),
            ("Can I cut through bones?", "No, it is not for bones or frozen food.")), "faq")
C("Y16", seo("Nakiri Knife 165 mm, VG-10 | Hamon Blades",
             "Seki-forged nakiri with a 165 mm VG-10 blade at 60-61 HRC and an octagonal walnut handle."), "seo")
C("Y16", "<p>Light at about 150 g, with a flat edge that meets the board along its length.</p>", SD)
F("Y16", "<p>A nakiri with a [[180 mm]] blade.</p>", SIZE, "block", "165 mm")
F("Y16", "<p>VG-10 steel hardened to [[64]] HRC.</p>", NUM, "block", "60-61 HRC")
F("Y16", "<p>A nakiri with an octagonal [[ebony]] handle.</p>", MAT, "block", "walnut handle")
F("Y16", "<p>[[Dishwasher safe]], so cleaning up is easy.</p>", CARE, "block", "not for the dishwasher", SD)
F("Y16", "<p>Nakiri knife forged in [[Sakai]].</p>", ORIG, "block", "forged in Seki")
F("Y16", "<p>Nakiri knife [[with a lifetime guarantee]].</p>", WARR, "block", "no guarantee in the listing")
F("Y16", "<p>A nakiri [[that stays sharp forever]].</p>", ABS, "block", "an absolute claim")

# Y17 field watch
C("Y17", "<p>A quartz field watch with a 38 mm brushed steel case, a sapphire crystal and a luminous dial. "
         "Water resistant to 100 m (10 bar); the battery lasts about three years.</p><p>Choose an olive canvas "
         "strap at CHF 245 or brown leather at CHF 275. Two-year warranty.</p>")
C("Y17", "<p>The leather strap costs CHF 30 more than the canvas one.</p>", SD)
C("Y17", qa(("Can I swim with it?", "It is water resistant to 100 m."),
            ("How long does the battery last?", "About three years.")), "faq")
C("Y17", seo("Field Watch 38 mm, Sapphire | Atelier Dreispitz",
             "Quartz field watch, 38 mm steel case, sapphire crystal, 100 m water resistance. Canvas or leather."),
  "seo")
C("Y17", "<p>Water resistant to about 330 ft, with a two-year warranty.</p>", SD)
F("Y17", "<p>A field watch with an [[automatic]] movement.</p>", FEAT, "block", "quartz")
F("Y17", "<p>A [[40 mm]] steel case.</p>", SIZE, "block", "38 mm")
F("Y17", "<p>Under [[mineral glass]].</p>", MAT, "block", "sapphire crystal")
F("Y17", "<p>Choose olive canvas, brown leather or a [[black]] leather strap.</p>", COL, "block",
  "olive canvas or brown leather", SD)
F("Y17", qa(("How deep can I go?", "It is water resistant to [[200 m]]."),), NUM, "block", "100 m", "faq")
F("Y17", "<p>Field watch with a [[five-year warranty]].</p>", WARR, "block", "two-year warranty")
F("Y17", "<p>The leather strap version costs [[CHF 295]].</p>", PRICE, "block", "CHF 275")
F("Y17", "<p>[[Swiss made]] quartz field watch.</p>", ORIG, "block", "no origin in the listing")

# Y18 cabin suitcase
C("Y18", "<p>A polycarbonate carry-on, 55 x 40 x 20 cm (about 22 x 16 x 8 inches), that holds 38 litres and "
         "weighs 2.6 kg. It rolls on four spinner wheels, with a three-stage handle and a built-in TSA lock."
         "</p><p>The shell and wheels have a five-year warranty.</p>")
C("Y18", "<p>Cabin spinner in graphite or sand, about 5.7 lb empty.</p>", SD)
C("Y18", qa(("What is the warranty?", "Five years on the shell and wheels."),
            ("How much does it hold?", "38 litres.")), "faq")
C("Y18", seo("Cabin Spinner Suitcase 55 cm | Northway Travel",
             "A 2.6 kg polycarbonate carry-on of 38 L with four spinner wheels and a TSA lock. Graphite or sand."),
  "seo")
C("Y18", "<p>Two colours, one size: 55 cm, with a lock built in.</p>", SD)
F("Y18", "<p>Holds [[45]] litres.</p>", NUM, "block", "38 litres")
F("Y18", "<p>A carry-on that weighs just [[1.9 kg]].</p>", NUM, "block", "2.6 kg")
F("Y18", "<p>A cabin case in [[aluminium]].</p>", MAT, "block", "polycarbonate")
F("Y18", "<p>Comes in graphite, sand or [[forest green]].</p>", COL, "block", "graphite or sand", SD)
F("Y18", "<p>[[Fits every airline's cabin limit.]]</p>", ABS, "block", "an absolute fit claim")
F("Y18", "<p>Five-year warranty [[on the whole case, handle and lock included]].</p>", WARR, "block",
  "shell and wheels only")
F("Y18", "<p>A suitcase with [[two]] wheels.</p>", NUM, "block", "four spinner wheels")

# Y19 knitting pattern PDF
C("Y19", "<p>A top-down raglan cardigan in worsted-weight yarn, in seven sizes from XS to 3XL (bust about 32 "
         "to 56 inches). You need 900 to 1,600 m of yarn, depending on size.</p><p>A 12-page PDF to download "
         "after you pay; nothing arrives by post. Please keep the file to yourself.</p>")
C("Y19", "<p>A downloadable PDF pattern, £6.50, for sizes XS to 3XL.</p>", SD)
C("Y19", qa(("Will you post a printed copy?", "No, it is a PDF you download; nothing is posted."),
            ("How much yarn do I need?", "Roughly 980 to 1,750 yards of worsted, depending on size.")), "faq")
C("Y19", seo("Heath Cardigan Knitting Pattern (PDF) | Ravel Row",
             "Top-down raglan cardigan in worsted weight, seven sizes XS-3XL. A 12-page PDF to download."), "seo")
C("Y19", "<p>Worked from the top down, so you can try it on as you go.</p>", SD)
F("Y19", "<p>A pattern in sizes XS to [[5XL]].</p>", SIZE, "block", "XS to 3XL")
F("Y19", seo("Heath Cardigan Knitting Pattern (PDF) | Ravel Row", "A [[20-page]] PDF for a top-down raglan cardigan."),
  NUM, "block", "12 pages", "seo")
F("Y19", "<p>A cardigan pattern for [[DK-weight]] yarn.</p>", MAT, "block", "worsted-weight yarn")
F("Y19", "<p>PDF pattern, [[printed copy posted free]].</p>", SHIP, "block", "nothing is posted", SD)
F("Y19", "<p>[[Share the file with your knitting group]] once you have it.</p>", FEAT, "block",
  "the listing asks you not to share the file")
F("Y19", "<p>A [[bottom-up]] raglan cardigan.</p>", FEAT, "block", "top-down raglan")

# Y20 drum loops
C("Y20", "<p>120 drum loops recorded on a vintage kit, from 80 to 140 BPM, as 24-bit / 48 kHz WAV files "
         "(1.4 GB).</p><p>Use them royalty-free in your own music; just do not resell or share them as "
         "samples.</p>")
C("Y20", "<p>At $29 for 120 loops, that is under a quarter a loop.</p>", SD)
C("Y20", qa(("Can I release tracks that use them?", "Yes, they are royalty-free in your own music."),
            ("Can I put them in my own sample pack?", "No, you may not resell or redistribute them as samples.")),
  "faq")
C("Y20", seo("Dustline Drum Loops, 120 WAV Loops | Halfroom Audio",
             "120 vintage-kit drum loops, 80-140 BPM, 24-bit/48 kHz WAV. Royalty-free for your own music."), "seo")
C("Y20", "<p>A 1.4 GB download of 24-bit WAV loops.</p>", SD)
F("Y20", "<p>[[200]] drum loops on a vintage kit.</p>", NUM, "block", "120 loops")
F("Y20", "<p>Loops from 80 to [[174]] BPM.</p>", NUM, "block", "80-140 BPM")
F("Y20", "<p>24-bit WAV [[and MIDI files]].</p>", FEAT, "block", "WAV files only")
F("Y20", "<p>[[Free to resell in your own sample packs.]]</p>", FEAT, "block", "no resale as samples", SD)
F("Y20", "<p>Drum loops, [[delivered on a USB stick]].</p>", SHIP, "block", "a download")
F("Y20", "<p>Drum loops [[used by Grammy-winning producers]].</p>", SOCIAL, "warn", "social proof")

# Y21 external espresso tamper
C("Y21", "<p>A calibrated tamper with a 58.5 mm flat stainless steel base. Its spring clicks at about 15 kg "
         "of pressure, so every tamp is the same.</p><p>Pressfield Coffee Tools sells and ships it; the button "
         "takes you to their shop.</p>")
C("Y21", "<p>Clicks at roughly 33 lb, the same every time.</p>", SD)
C("Y21", qa(("Who sends it?", "Pressfield Coffee Tools sells and ships it from their own shop."),
            ("What size basket?", "The base is 58.5 mm.")), "faq")
C("Y21", "<p>Flat steel base, anodised aluminium handle, AU$79.</p>", SD)
F("Y21", "<p>A [[58 mm]] flat base.</p>", SIZE, "block", "58.5 mm")
F("Y21", "<p>Clicks at about [[20 kg]].</p>", NUM, "block", "about 15 kg")
F("Y21", "<p>A tamper with a [[walnut]] handle.</p>", MAT, "block", "anodised aluminium handle")
F("Y21", "<p>[[We pack and ship it from our warehouse the same day]].</p>", SHIP, "block",
  "sold and shipped by Pressfield", SD)
F("Y21", "<p>A [[convex]] stainless steel base.</p>", FEAT, "block", "a flat base")
F("Y21", "<p>Calibrated tamper [[from Kiri Works]].</p>", BRAND, "block", "made by Pressfield Coffee Tools")

# Y22 grouped knife care set
C("Y22", "<p>Three pieces to keep your knives sharp, each sold on its own: a 1000/6000-grit combination "
         "whetstone at 149,00 zł, a 25 cm ceramic honing rod at 119,00 zł and a blade guard for knives up to 21 "
         "cm at 29,00 zł.</p><p>Soak the stone for 10 minutes before you use it.</p>")
C("Y22", "<p>All three pieces together come to 297,00 zł.</p>", SD)
C("Y22", qa(("Is it one set?", "No, the stone, the rod and the guard are each sold on their own."),
            ("How long do I soak the stone?", "10 minutes.")), "faq")
C("Y22", "<p>A ceramic honing rod of about 10 inches.</p>", SD)
F("Y22", "<p>The whole set for [[249,00 zł]].</p>", PRICE, "block", "no set price; pieces sold on their own")
F("Y22", "<p>A combination whetstone, 1000/[[8000]] grit.</p>", NUM, "block", "1000/6000 grit")
F("Y22", "<p>A [[steel]] honing rod, 25 cm.</p>", MAT, "block", "ceramic honing rod")
F("Y22", "<p>Soak the whetstone for [[30 minutes]] before use.</p>", CARE, "block", "10 minutes", SD)
F("Y22", "<p>A blade guard for knives up to [[27 cm]].</p>", SIZE, "block", "up to 21 cm")
F("Y22", seo("Knife Care Set | Ostrze i Spółka", "Whetstone, [[diamond]] rod and blade guard."), MAT, "block",
  "a ceramic honing rod", "seo")

# Y23 wheel truing service
C("Y23", "<p>Bring or post us your wheel: we true it, even out the spoke tension and check the hub, and it "
         "is back in 3 working days.</p><p>20 and 26 in wheels cost 18,00 €, 27.5 in and 700c wheels 22,00 €. "
         "Broken spokes are 1,50 € each. We do not work on carbon rims.</p>")
C("Y23", "<p>Wheel truing from 18,00 €, back in three working days.</p>", SD)
C("Y23", qa(("Do you true carbon wheels?", "No, we do not true carbon rims."),
            ("What if a spoke is broken?", "We replace it for 1,50 € a spoke.")), "faq")
C("Y23", "<p>Four wheel sizes, from 20 in to 28 in / 700c.</p>", SD)
C("Y23", "<p>A 700c wheel with two broken spokes comes to 25,00 €.</p>")
F("Y23", "<p>Back to you in [[24 hours]].</p>", NUM, "block", "3 working days")
F("Y23", "<p>[[Carbon rims welcome.]]</p>", FEAT, "block", "no carbon rims")
F("Y23", "<p>Spokes replaced [[free of charge]].</p>", PRICE, "block", "1,50 € a spoke", SD)
F("Y23", qa(("What does a 26 in wheel cost?", "[[22,00 €]], back in 3 working days."),), PRICE, "block",
  "18,00 € for 26 in", "faq")
F("Y23", "<p>[[Free return postage]] on every wheel.</p>", SHIP, "block", "no postage terms in the listing")
F("Y23", "<p>Wheel truing [[and a new tyre fitted]].</p>", FEAT, "block", "no tyre in the service")

# Y24 candle-making workshop
C("Y24", "<p>Spend two and a half hours in our Leeds studio pouring two soy candles in tins, then take them "
         "home. Materials and tea are included, and there are never more than 8 people a session.</p><p>Ages "
         "16 and up.</p>")
C("Y24", "<p>Three dates: Saturday 16 or 23 January at 2 pm, or Sunday 31 January at 11 am.</p>", SD)
C("Y24", qa(("Do I need to bring anything?", "No, all materials are included, and so is tea."),
            ("Can my 12-year-old come?", "No, the workshop is for ages 16 and up.")), "faq")
C("Y24", seo("Candle-Making Workshop, Leeds | Lamp & Ember",
             "A 2.5-hour session in our Leeds studio: pour two soy candles in tins. Up to 8 people, ages 16+."),
  "seo")
C("Y24", "<p>A small group of eight at most, £45 a seat.</p>", SD)
F("Y24", "<p>A [[three-hour]] candle-making workshop.</p>", NUM, "block", "two and a half hours")
F("Y24", "<p>Pour [[three]] candles to take home.</p>", NUM, "block", "two candles")
F("Y24", seo("Candle-Making Workshop | Lamp & Ember", "Pour two soy candles in Leeds, up to [[12]] people a session."),
  NUM, "block", "at most 8", "seo")
F("Y24", "<p>A candle workshop for ages [[12]] and up.</p>", NUM, "block", "ages 16 and up", SD)
F("Y24", "<p>Workshop in our [[York]] studio.</p>", ORIG, "block", "Leeds studio")
F("Y24", "<p>Candles poured in [[glass jars]].</p>", MAT, "block", "in tins")
F("Y24", "<p>A candle workshop run by [[Kōwhai Press]].</p>", BRAND, "block", "the vendor is Lamp & Ember")

# Y25 bicycle bell (thin)
C("Y25", "<p>A bicycle bell.</p>", SD)
C("Y25", "<p>A bell for your bike, $8.</p>", SD)
C("Y25", seo("Bicycle Bell", "A bicycle bell for $8."), "seo")
C("Y25", "<p>A bicycle bell, so people ahead know you are coming.</p>")
F("Y25", "<p>A [[brass]] bicycle bell.</p>", MAT, "block", "no material in the listing", SD)
F("Y25", "<p>A bicycle bell [[that fits all handlebars]].</p>", COMPAT, "block", "no fit stated")
F("Y25", "<p>A bicycle bell in [[matte black]].</p>", COL, "warn", "the listing gives no colour")
F("Y25", "<p>[[The loudest]] bicycle bell.</p>", ABS, "warn", "a superlative")
F("Y25", "<p>A bicycle bell, [[$6]].</p>", PRICE, "block", "$8", SD)
F("Y25", "<p>A bicycle bell [[made from recycled aluminium]].</p>", ENV, "block",
  "a recycled-material claim the listing does not make")

# Y26 wine stopper (thin)
C("Y26", "<p>A silicone wine bottle stopper from Cantina Serra.</p>", SD)
C("Y26", "<p>Close an open bottle with this silicone stopper. 5,50 €.</p>")
C("Y26", qa(("What is it made of?", "Silicone."),), "faq")
C("Y26", "<p>A stopper for wine bottles, made of silicone.</p>")
F("Y26", "<p>A silicone stopper [[with a stainless steel top]].</p>", MAT, "block", "silicone only")
F("Y26", "<p>A silicone stopper, [[pack of two]].</p>", NUM, "block", "one stopper", SD)
F("Y26", "<p>A wine stopper [[made in Italy]].</p>", ORIG, "block", "no origin in the listing")
F("Y26", "<p>A silicone stopper [[that never leaks, even lying on its side]].</p>", FEAT, "warn",
  "a performance claim the listing does not make")
F("Y26", "<p>[[Eco-friendly]] silicone stopper.</p>", ENV, "warn", "a vague eco claim", SD)
F("Y26", "<p>[[Fits sparkling wine and champagne bottles too.]]</p>", COMPAT, "block",
  "no fit stated in the listing")

# Y27 aquarium gravel
C("Y27", "<p>Rounded river gravel of 2-4 mm that leaves your water's pH alone. One 5 kg bag covers the floor "
         "of a 60 cm tank about 3 cm deep.</p><p>Rinse it before use. Quarried in Bavaria.</p>")
C("Y27", "<p>About 11 lb of natural beige gravel from Germany.</p>", SD)
C("Y27", qa(("Will it change my pH?", "No, it does not change the water's pH."),
            ("How much do I need?", "One 5 kg bag covers a 60 cm tank about 3 cm deep.")), "faq")
C("Y27", seo("Natural Aquarium Gravel 5 kg | Clearwater Aquatics",
             "Rounded 2-4 mm Bavarian river gravel that leaves pH alone. 5 kg covers a 60 cm tank 3 cm deep."), "seo")
C("Y27", "<p>Fine, rounded grains of 2 to 4 mm, pH-neutral.</p>", SD)
F("Y27", "<p>Gravel with a grain size of [[5-8 mm]].</p>", SIZE, "block", "2-4 mm")
F("Y27", "<p>A [[10 kg]] bag of river gravel.</p>", NUM, "block", "5 kg")
F("Y27", "<p>[[Raises the pH for African cichlids]].</p>", FEAT, "block", "does not change the pH")
F("Y27", "<p>River gravel in [[jet black]].</p>", COL, "block", "natural beige", SD)
F("Y27", qa(("Do I need to rinse it?", "[[No, pour it straight in.]]"),), CARE, "block", "rinse before use",
  "faq")
F("Y27", "<p>Gravel quarried in [[the Alps of Austria]].</p>", ORIG, "block", "quarried in Bavaria")

# Y28 Huila coffee beans
C("Y28", "<p>A washed Caturra from small farms in Huila, Colombia, grown at 1,700-1,900 m. Roasted medium, it "
         "tastes of panela, red apple and cocoa.</p><p>Buy it as whole beans or ground for espresso or filter."
         "</p>")
C("Y28", "<p>250 g (about 8.8 oz) of 100 % arabica from Colombia.</p>", SD)
C("Y28", qa(("Can I get it ground?", "Yes: whole beans, espresso grind or filter grind."),
            ("How high is it grown?", "At about 5,600 to 6,200 feet.")), "faq")
C("Y28", seo("Huila Single-Origin Coffee Beans 250 g | Rosteriet Norrsken",
             "Colombian washed Caturra, medium roast, with notes of panela, red apple and cocoa. 129 kr."), "seo")
C("Y28", "<p>Three grind choices, one Colombian coffee.</p>", SD)
F("Y28", "<p>A [[natural-process]] Caturra from Huila.</p>", FEAT, "block", "a washed coffee")
F("Y28", "<p>Grown at [[2,200 m]] in Huila.</p>", NUM, "block", "1,700-1,900 m")
F("Y28", "<p>Coffee from [[Nariño]], Colombia.</p>", ORIG, "block", "Huila, Colombia")
F("Y28", "<p>A [[dark]] roast with notes of cocoa.</p>", FEAT, "block", "medium roast", SD)
F("Y28", "<p>A blend of arabica [[and robusta]].</p>", MAT, "block", "100 % arabica")
F("Y28", "<p>[[Fair Trade certified]] Colombian coffee.</p>", CERT, "block", "no certification in the listing")
F("Y28", "<p>Huila beans [[roasted by Kiri Works]].</p>", BRAND, "block", "roasted by Rosteriet Norrsken")

# Y29 Glühwein spice mix
C("Y29", "<p>Whole spices for mulled wine with no sugar added: cinnamon (40 %), orange peel, cloves, star "
         "anise and cardamom. One bag spices 3 litres of red wine; let it steep for 20 minutes without "
         "boiling.</p><p>Packed in Austria.</p>")
C("Y29", "<p>Five whole spices, no sugar, enough for four bottles of red.</p>", SD)
C("Y29", qa(("Is it sweetened?", "No sugar is added."),
            ("How long do I steep it?", "20 minutes, without letting the wine boil.")), "faq")
C("Y29", seo("Glühwein Spice Mix 60 g | Gewürzkontor Alber",
             "Cinnamon, orange peel, cloves, star anise and cardamom; one 60 g bag spices 3 litres of wine."), "seo")
C("Y29", "<p>Cinnamon makes up 40 % of the mix.</p>", SD)
F("Y29", "<p>Spice mix with cinnamon, cloves and [[ginger]].</p>", MAT, "block", "no ginger in the list")
F("Y29", "<p>One bag spices [[5 litres]] of wine.</p>", NUM, "block", "3 litres")
F("Y29", "<p>[[Bring the wine to the boil]] with the spices.</p>", CARE, "block", "steep without boiling")
F("Y29", "<p>Spice mix [[with cane sugar]].</p>", MAT, "block", "no sugar added", SD)
F("Y29", "<p>Glühwein spices [[grown in Austria]].</p>", ORIG, "block", "packed in Austria; no growing origin")
F("Y29", "<p>[[Organic]] Glühwein spices.</p>", CERT, "block", "no organic claim in the listing")
F("Y29", "<p>Spices that [[boost your immune system]] in winter.</p>", HEALTH, "block", "a health claim")

# Y30 digital luggage scale
C("Y30", "<p>Hook your bag on and lift: the scale weighs up to 50 kg (110 lb) in 10 g steps. The screen is "
         "backlit, there is a tare button, and a CR2032 battery is already fitted.</p><p>Made in India.</p>")
C("Y30", "<p>Weighs bags up to 110 lb, battery fitted.</p>", SD)
C("Y30", qa(("Do I need to buy a battery?", "No, a CR2032 battery is fitted."),
            ("How precise is it?", "It reads in 10 g steps.")), "faq")
C("Y30", seo("Digital Luggage Scale, 50 kg | Tulā Travel",
             "Weigh bags up to 50 kg in 10 g steps before you fly; backlit screen, tare button, battery fitted."),
  "seo")
C("Y30", "<p>An Indian-made luggage scale for ₹1,299.</p>", SD)
F("Y30", "<p>Weighs up to [[75 kg]].</p>", NUM, "block", "50 kg")
F("Y30", "<p>Reads in [[1 g]] steps.</p>", NUM, "block", "10 g steps")
F("Y30", "<p>Battery [[not included]].</p>", FEAT, "block", "a CR2032 battery is fitted", SD)
F("Y30", "<p>Luggage scale [[made in China]].</p>", ORIG, "block", "made in India")
F("Y30", "<p>Runs on [[two AAA batteries]].</p>", COMPAT, "block", "a CR2032 battery")
F("Y30", "<p>[[Accurate to the gram, guaranteed.]]</p>", ABS, "block", "10 g steps; no guarantee")
F("Y30", "<p>A [[kitchen scale]] for your bags.</p>", CAT, "block", "a luggage scale")


def build():
    clean = [{"listing": lst, "kind": kind, "text": _serialise(kind, d), "labels": []} for lst, kind, d in CLEAN]
    faulty = []
    for lst, kind, marked, rule, severity, why in FAULTY:
        text, start, end = _strip_marks(_serialise(kind, marked))
        faulty.append({"listing": lst, "kind": kind, "text": text, "labels": [
            {"rule": rule, "start": start, "end": end, "claim": text[start:end], "severity": severity, "why": why}]})
    return clean, faulty


if __name__ == "__main__":
    c, f = build()
    print(len(c), "clean", len(f), "faulty")
