"""Hand-written drafts for guardrails holdout v22: clean paraphrases and faulty drafts with one planted claim.

Faulty sentences mark their one unsupported claim with [[...]]; `_recast` turns each into a description, a
short description, an SEO pair or a one-answer FAQ, and `build` returns (clean rows, faulty rows).
"""
import html
import json
import re

import make_listings

CLEAN = []   # (listing, kind, draft)
FAULTY = []  # (listing, marked sentence, rule, severity, why, kind or None, native)
KIND = {"d": "description", "s": "short_description", "seo": "seo", "faq": "faq"}
ORDER = ("d", "s", "seo", "d", "faq", "s", "seo")


def C(listing, draft, kind="d"):
    CLEAN.append((listing, kind, draft))


def F(listing, draft, rule, severity, why, kind=None, native=False, more=None):
    assert more is None or isinstance(more, str)
    FAULTY.append((listing, draft, rule, severity, why, kind, native))


def qa(*pairs):
    return [{"question": q, "answer": a} for q, a in pairs]


def seo(title, description):
    return {"title": title, "description": description}


B, W = "block", "warn"
NUM, PRICE, MAT, COL, CERT = "accuracy.number", "accuracy.price", "accuracy.material", "accuracy.colour", \
    "accuracy.certification"
ORIG, SIZE, CAT, FEAT, CARE = "accuracy.origin", "accuracy.size", "accuracy.category", "accuracy.feature", \
    "accuracy.care"
WARR, BRAND, COMP = "accuracy.warranty", "accuracy.brand", "accuracy.compatibility"
SHIP, HEALTH, ABS, ENV, SOC = "compliance.shipping", "compliance.health", "compliance.absolute", \
    "compliance.environmental", "compliance.social_proof"

# a true sentence from each listing that pads a recast description
PAD = {
    "V01": "Bent-handle shears let the fabric lie flat while you cut.",
    "V02": "The ash handles have steel caps for mallet work.",
    "V03": "A pine-smoked black tea.",
    "V04": "Red light keeps your eyes adapted to the dark.",
    "V05": "They are 608 bearings, factory greased.",
    "V06": "Reflective stitching runs along the straps.",
    "V07": "It is scented with coconut.",
    "V08": "Each set has six strings with ball ends.",
    "V09": "The brass split ring threads through the strap lug.",
    "V10": "Reflective tape runs front and back.",
    "V11": "A Nine Men's Morris game for two players.",
    "V12": "The hydrometer is glass.",
    "V13": "The strap is split silicone.",
    "V14": "The board folds and the pieces store inside it.",
    "V15": "The fragrance oil smells of fig.",
    "V16": "A brush on the back clears mud and stones.",
    "V17": "The ladle has an oak handle.",
    "V18": "Live energy use shows in the Homewire app.",
    "V19": "We sharpen on water-cooled stones.",
    "V20": "A heron, cut in lino.",
    "V21": "A pressed flower bookmark from Fernwick Press.",
    "V22": "The eraser is a kneaded one.",
    "V23": "It has a drop-stitch floor.",
    "V24": "Classic espadrilles with a canvas upper.",
    "V25": "The tulips flower in April and May.",
    "V26": "An extra virgin olive oil.",
    "V27": "The sole is cushioned.",
    "V28": "The shade is aluminium.",
    "V29": "It is vegan.",
    "V30": "It has a spreader bar at each end.",
}
# (true sentence, FAQ question) in the listing's language, for native faulty sentences
NATIVE = {
    "V11": ("Das klassische Mühle-Spiel für zwei Personen.", "Was sollte ich über das Spiel wissen?"),
    "V15": ("Le kit contient six mèches en coton.", "Que faut-il savoir sur ce kit ?"),
    "V17": ("Skopan är 40 cm lång.", "Vad bör jag veta om hinken?"),
    "V24": ("La parte superior es de lona de algodón.", "¿Qué debo saber de estas alpargatas?"),
    "V25": ("Plant ze 15 cm diep.", "Wat moet ik weten over deze bollen?"),
    "V26": ("Garrafa de vidro escuro de 500 ml.", "O que devo saber sobre este azeite?"),
}
QUESTION = "What should I know about it?"

# ---------------------------------------------------------------- V01 dressmaker shears
C("V01", ["These bent-handle shears let the fabric lie flat on the table while you cut. The drop-forged carbon "
          "steel blades go through four layers of cotton or two of denim.", "Made in Sheffield, and for "
          "right-handed cutters only."])
C("V01", "Sheffield-forged dressmaker shears, 25 cm (just under 10 inches) long, for right-handed use. Keep them "
         "for fabric; paper will dull them. £38.")
C("V01", "Carbon steel dressmaker shears with a brass pivot screw, forged and finished in Sheffield, England.", "s")
C("V01", "They weigh 320 g, about 11.3 oz, and cut up to four layers of cotton at once.", "s")
C("V01", seo("Dressmaker Shears 25 cm | Selvedge Lane", "Sheffield-made fabric shears with carbon steel blades. "
             "Right-handed. Wipe dry after use and oil the pivot."), "seo")
F("V01", "The blades are [[stainless steel]].", MAT, B, "the blades are carbon steel")
F("V01", "[[Left- and right-handed]] sewists can use them.", FEAT, B, "the listing says right-handed only")
F("V01", "They slice through [[eight layers of denim]] at once.", NUM, B, "the listing says two layers of denim")
F("V01", "[[Forged in Birmingham]] from carbon steel.", ORIG, B, "forged and finished in Sheffield")
F("V01", "They cut [[paper and card]] as cleanly as fabric.", COMP, B, "fabric only: the listing says paper dulls the edge")
F("V01", "[[Dishwasher safe]] for easy cleaning.", CARE, B, "the listing says wipe dry and oil the pivot")
F("V01", "[[The sharpest shears you will ever own.]]", ABS, W, "a superlative the listing does not support")

# ---------------------------------------------------------------- V02 chisel set
C("V02", "Four bench chisels, 6 to 25 mm wide, with chrome-vanadium blades hardened to 60 HRC. The ash handles are "
         "steel-capped for mallet work.")
C("V02", ["A set of four bevel-edge chisels that rolls up in a waxed canvas tool roll.", "They arrive honed; give "
          "them a last hone before you start. Five-year warranty against defects. $89."])
C("V02", "The widest chisel, at 25 mm, is just under an inch across.", "s")
C("V02", "Chrome-vanadium steel at 60 HRC, ash handles with steel caps, and a canvas roll to keep them in.", "s")
C("V02", qa(("Do they come sharp?", "They come honed. Give them a final hone before first use."),
            ("What warranty do they have?", "Five years against defects in materials and workmanship.")), "faq")
F("V02", "Blades of [[high-speed steel]].", MAT, B, "the blades are chrome-vanadium steel")
F("V02", "[[A set of six]] bevel-edge chisels for the bench.", NUM, B, "the set has four chisels")
F("V02", "Backed by a [[lifetime warranty]].", WARR, B, "the warranty is five years")
F("V02", "[[Hand-forged in Japan]] and honed ready to use.", ORIG, B, "the listing gives no origin")
F("V02", "They roll up in a [[leather]] tool roll.", MAT, B, "the tool roll is waxed canvas")
F("V02", "[[Trusted by over 5,000 joiners]].", SOC, W, "social proof the listing does not give")

# ---------------------------------------------------------------- V03 lapsang tea
C("V03", "A pine-smoked black tea from the Wuyi mountains in Fujian. It is pure black tea, and it has caffeine. "
         "Steep 2.5 g in 250 ml of water at 95 °C for three to four minutes.")
C("V03", ["A 100 g tin, about 3.5 oz, makes around 40 cups.", "Keep it shut in a cool, dry cupboard away from "
          "strong smells. Packed in Oregon."])
C("V03", "Grown in Fujian, China, and smoked over pine: a black tea with caffeine.", "s")
C("V03", "Brew it at 95 °C (203 °F) for 3 to 4 minutes.", "s")
C("V03", seo("Lapsang Souchong Loose Leaf Tea | Kettle Hollow Tea", "Pine-smoked black tea from Fujian, China, in "
             "a 100 g tin that makes about 40 cups."), "seo")
F("V03", "[[Caffeine-free]], so it suits an evening cup.", FEAT, B, "the listing says it contains caffeine")
F("V03", "Grown in [[Darjeeling, India]] and smoked over pine.", ORIG, B, "grown in Fujian, China")
F("V03", "[[Certified organic]] black tea.", CERT, B, "the listing gives no organic certification")
F("V03", "One tin makes [[about 80 cups]].", NUM, B, "the listing says about 40 cups")
F("V03", "A smoky cup that [[aids digestion]] after a heavy meal.", HEALTH, B, "a health claim the listing does not make")
F("V03", "This [[green tea]] is smoked over pine fires.", CAT, B, "it is a black tea")

# ---------------------------------------------------------------- V04 astronomy torch
C("V04", "Red light only, so your night vision holds while you read a star chart. Two 620 nm LEDs dim from 0.5 to "
         "15 lumens.")
C("V04", ["It takes two AA batteries, not included, and runs about 40 hours on its lowest setting.", "The body is "
          "anodised aluminium, rated IPX4 against splashes, with a wrist lanyard. A$29."])
C("V04", "A 14 cm torch, about 5½ inches long, that weighs 85 g.", "s")
C("V04", "Pick up two AA batteries with it: they are not in the box.", "s")
C("V04", qa(("Does it have a white light?", "No. It gives red light only, at 620 nm."),
            ("Is it waterproof?", "It is rated IPX4, which covers splashes.")), "faq")
F("V04", "[[Batteries included]], so it works out of the box.", FEAT, B, "the batteries are not included")
F("V04", "[[Waterproof to IPX7]], so rain is no trouble.", CERT, B, "the rating is IPX4, splashes only")
F("V04", "Switch to [[white light]] when you pack up.", FEAT, B, "the torch gives red light only")
F("V04", "It runs for [[up to 100 hours]] on one set of batteries.", NUM, B, "about 40 hours at the lowest setting")
F("V04", "It [[clips onto a telescope finder mount]].", COMP, W, "a use with other gear the listing does not give")
F("V04", "The body comes [[in a deep navy]].", COL, W, "the listing gives no colour")

# ---------------------------------------------------------------- V05 skateboard bearings
C("V05", "A full set of eight 608 bearings for one skateboard. ABEC 7, with chrome steel balls in a nylon cage and "
         "one removable rubber shield each.")
C("V05", ["They go on standard 8 mm skateboard and longboard axles. Spacers and speed washers are extra.", "Clean "
          "them in isopropyl alcohol rather than water, then grease them again."])
C("V05", "Eight ABEC 7 bearings: 8 mm bore, 22 mm across, 7 mm wide.", "s")
C("V05", "Factory-greased 608 bearings, $22 for a set of eight.", "s")
C("V05", seo("Skateboard Bearings 608, Set of 8 | Curbcut Supply", "ABEC 7 skateboard bearings with chrome steel "
             "balls and removable shields. Fits 8 mm axles."), "seo")
F("V05", "[[Ceramic balls]] spin smoothly in a nylon cage.", MAT, B, "the balls are chrome steel")
F("V05", "[[ABEC 9]] rated.", CERT, B, "the rating is ABEC 7")
F("V05", "[[Spacers included]] in the set.", FEAT, B, "spacers are not included")
F("V05", "[[Rinse them under the tap]] when they get gritty.", CARE, B, "the listing says never water")
F("V05", "They also fit [[10 mm scooter axles]].", COMP, B, "they fit standard 8 mm axles")
F("V05", "[[A set of four]] bearings.", NUM, B, "the set has eight")

# ---------------------------------------------------------------- V06 dog harness
C("V06", "A step-in harness with a padded chest plate. Measure the widest part of the chest: S fits 40 to 55 cm, M "
         "55 to 70 cm and L 70 to 90 cm.")
C("V06", ["Nylon webbing outside, polyester air-mesh padding, acetal buckles and an aluminium D-ring.",
          "Reflective stitching runs along the straps. In Moss or Rust."])
C("V06", "C$42 in S and M, C$46 in L.", "s")
C("V06", "For walks only: it is not a car restraint. Machine wash cold and hang it to dry.", "s")
C("V06", seo("Padded Dog Harness | Tailwind Pet Co", "Step-in dog harness with mesh padding and reflective "
             "stitching, in Moss or Rust, sizes S to L."), "seo")
F("V06", "[[Crash-tested]] for car journeys.", CERT, B, "the listing says it has not been crash-tested")
F("V06", "Size L fits chests [[up to 100 cm]].", SIZE, B, "L fits 70-90 cm")
F("V06", "Choose Moss, Rust or [[Navy]].", COL, B, "the colours are Moss and Rust")
F("V06", "Soft [[leather]] straps.", MAT, B, "the straps are nylon webbing")
F("V06", "It [[stops pulling from the first walk]].", FEAT, W, "a performance claim the listing does not make")
F("V06", "[[Free shipping across Canada]].", SHIP, B, "the listing gives no delivery terms")
F("V06", "[[The same price in every size]].", PRICE, B, "L costs C$46, S and M C$42")

# ---------------------------------------------------------------- V07 surf wax
C("V07", "A top coat for cool water, 14 to 19 °C. Beeswax, coconut oil and pine resin, with a coconut scent.")
C("V07", ["Rub a base coat onto a new board first, then put this on top.", "Poured by hand in Raglan. Do not "
          "leave it in a hot car."])
C("V07", "An 85 g bar, about 3 oz, of cool water wax from Raglan, New Zealand.", "s")
C("V07", "Made for water from 14 to 19 °C, roughly 57 to 66 °F.", "s")
C("V07", seo("Cool Water Surf Wax | Saltline Wax Co.", "Top coat wax for 14-19 °C water, poured by hand in "
             "Raglan, New Zealand. NZ$7 a bar."), "seo")
F("V07", "Made for [[tropical water above 26 °C]].", COMP, B, "the wax is for water between 14 and 19 °C")
F("V07", "A [[vegan]] wax for your board.", MAT, B, "it contains beeswax")
F("V07", "[[No base coat needed]]: rub it straight on.", FEAT, B, "the listing says to put a base coat on first")
F("V07", "This [[base coat]] goes straight onto a new board.", CAT, B, "it is a top coat, not a base coat")
F("V07", "[[Poured in Byron Bay, Australia]].", ORIG, B, "poured in Raglan, New Zealand")
F("V07", "[[Reef-safe and biodegradable]].", ENV, B, "an environmental claim the listing does not make")

# ---------------------------------------------------------------- V08 guitar strings
C("V08", "Six phosphor bronze strings for steel-string acoustic guitars, light gauge .012 to .053. The plain "
         "strings are tin-plated steel; the wound ones have a hex steel core.")
C("V08", ["Uncoated, with ball ends, and wound in Nashville.", "One set is $12; three sets are $30."])
C("V08", "Light 12-53 phosphor bronze strings for a steel-string acoustic; they do not suit a classical guitar.", "s")
C("V08", "Buy a single set, or save with a pack of three at $30.", "s")
C("V08", qa(("Will they fit my classical guitar?", "No. Classical guitars take nylon strings."),
            ("Are they coated?", "No, they are uncoated.")), "faq")
F("V08", "[[Coated]] to stay bright for longer.", FEAT, B, "the strings are uncoated")
F("V08", "Gauges run [[.010 to .047]].", NUM, B, "the gauges are .012 to .053")
F("V08", "They [[work on classical guitars too]].", COMP, B, "the listing says not for classical guitars")
F("V08", "[[80/20 bronze]] wound strings.", MAT, B, "the winding is phosphor bronze")
F("V08", "[[Wound in Memphis]], Tennessee.", ORIG, B, "wound in Nashville")
F("V08", "A pack of three sets is [[$24]].", PRICE, B, "three sets cost $30")

# ---------------------------------------------------------------- V09 camera wrist strap
C("V09", "A vegetable-tanned leather wrist strap with a solid brass split ring that goes through your camera's "
         "strap lug. The loop is 26 cm around.")
C("V09", ["Rated for cameras up to 2 kg, about 4.4 lb.", "In Tan or Dark Brown, handmade in Lisbon."])
C("V09", "A Lisbon-made leather wrist strap, €34.", "s")
C("V09", "It fixes to a strap lug, not to the tripod socket.", "s")
C("V09", qa(("How do I care for it?", "Rub in a leather balm once or twice a year."),), "faq")
F("V09", "Cut from [[chrome-tanned]] leather.", MAT, B, "the leather is vegetable-tanned")
F("V09", "It holds cameras [[up to 5 kg]].", NUM, B, "the maximum load is 2 kg")
F("V09", "It [[screws into the tripod socket]].", COMP, B, "the listing says it does not attach to the tripod socket")
F("V09", "In Tan, Dark Brown or [[Black]].", COL, B, "the colours are Tan and Dark Brown")
F("V09", "[[Handmade in Porto]], Portugal.", ORIG, B, "handmade in Lisbon")
F("V09", "[[Machine washable]] leather.", CARE, B, "the listing says to condition it with a leather balm")

# ---------------------------------------------------------------- V10 running vest
C("V10", "A fluorescent yellow mesh vest with reflective tape front and back, certified to EN 17353. It weighs 95 g.")
C("V10", ["Two sizes: S/M for an 86-102 cm chest, L/XL for 102-122 cm.", "The zipped back pocket takes a phone up "
          "to 6.7 inches."])
C("V10", "Wash it at 30 °C; skip the tumble dryer and keep the iron off the tape.", "s")
C("V10", "An EN 17353 certified hi-vis vest, £28, in S/M or L/XL.", "s")
C("V10", seo("Hi-Vis Running Vest | Nightstride", "Fluorescent yellow mesh running vest, 95 g, certified to EN "
             "17353, with a zipped pocket for your phone."), "seo")
F("V10", "[[Certified to EN ISO 20471]].", CERT, B, "the standard given is EN 17353")
F("V10", "In fluorescent yellow or [[orange]].", COL, B, "fluorescent yellow only")
F("V10", "[[Two zipped pockets]] for phone and keys.", NUM, B, "one zipped back pocket")
F("V10", "[[Tumble dry on low]].", CARE, B, "the listing says do not tumble dry")
F("V10", "L/XL fits chests [[up to 130 cm]].", SIZE, B, "L/XL fits 102-122 cm")
F("V10", "It [[keeps you safe on dark roads]].", HEALTH, B, "a safety claim the listing does not make")

# ---------------------------------------------------------------- V11 Mühle (German)
C("V11", "Mühle für zwei: ein Brett aus Nussbaum, 30 x 30 cm, und 18 gedrechselte Steine, neun aus Ahorn und neun "
         "aus Nussbaum.")
C("V11", ["A walnut Nine Men's Morris board, 30 cm square and 1.8 cm thick, with nine maple and nine walnut pieces "
          "in a cotton bag.", "Made in the Erzgebirge, Germany."])
C("V11", "Aus dem Erzgebirge: Mühle-Spiel aus Holz für 39,00 €, geeignet ab 6 Jahren.", "s")
C("V11", "Wipe it with a dry or barely damp cloth. Suitable from age 6; it has small parts.", "s")
C("V11", seo("Mühle-Spiel aus Holz | Spielholz Manufaktur", "Mühle aus Nussbaum und Ahorn, 30 x 30 cm, gefertigt "
             "im Erzgebirge. Ab 6 Jahren."), "seo")
F("V11", "Die Spielsteine sind aus [[Buche]].", MAT, B, "the pieces are maple and walnut", native=True)
F("V11", "[[Geeignet ab 3 Jahren]].", HEALTH, B, "the listing says from 6 years and warns of small parts",
  native=True)
F("V11", "A [[40 x 40 cm]] walnut board.", NUM, B, "the board is 30 x 30 cm")
F("V11", "[[Hergestellt in Bayern]].", ORIG, B, "made in the Erzgebirge (Saxony), not Bavaria", native=True)
F("V11", "[[Mit Wasser und Spülmittel abwaschen]].", CARE, B, "the listing says wipe dry or barely damp only",
  native=True)
F("V11", "Mit [[24 Spielsteinen]].", NUM, B, "there are 18 pieces", native=True)

# ---------------------------------------------------------------- V12 hydrometer
C("V12", "A glass triple-scale hydrometer with a 25 cm test jar. It reads specific gravity from 0.990 to 1.170 and "
         "is calibrated at 20 °C.")
C("V12", ["Take a reading before and after fermentation; the difference gives the beer's alcohol.", "It will not "
          "read the alcohol in spirits. Rinse it by hand, not in the dishwasher."])
C("V12", "Calibrated at 68 °F, with a range of 0.990-1.170 SG. $18.", "s")
C("V12", "The test jar is polycarbonate and stands about 10 inches tall.", "s")
C("V12", qa(("Can I check the strength of my whiskey with it?", "No. It reads specific gravity and does not read "
             "alcohol in spirits."),), "faq")
F("V12", "It [[works for spirits too]].", COMP, B, "the listing says it does not read alcohol in spirits")
F("V12", "Calibrated at [[15 °C]].", NUM, B, "calibrated at 20 °C")
F("V12", "[[Dishwasher safe]].", CARE, B, "the listing says not dishwasher safe")
F("V12", "Comes with a [[glass]] test jar.", MAT, B, "the test jar is polycarbonate")
F("V12", "A [[digital hydrometer]] for home brewers.", CAT, B, "a glass float hydrometer, not a digital one")
F("V12", "[[A thermometer is included]].", FEAT, B, "the listing gives a hydrometer and a test jar only")

# ---------------------------------------------------------------- V13 swim goggles
C("V13", "Polycarbonate lenses with an anti-fog coating and UV protection, soft silicone seals and a split "
         "silicone strap. Three nose bridge widths come in the box.")
C("V13", ["Made for swimming at the surface, in the pool or open water.", "They are not a diving mask and are not "
          "made to prescription."])
C("V13", "Clear or Smoke lenses, $19.", "s")
C("V13", "After each swim, rinse them in cool fresh water, let them dry, and leave the inside of the lenses alone.",
  "s")
C("V13", seo("Anti-Fog Swim Goggles | Lanefour", "Anti-fog polycarbonate goggles with UV protection, silicone "
             "seals and three nose bridges. Clear or Smoke."), "seo")
F("V13", "[[Prescription lenses available]].", FEAT, B, "the listing says not made to prescription")
F("V13", "Lenses in Clear, Smoke or [[Mirrored Gold]].", COL, B, "the tints are Clear and Smoke")
F("V13", "[[Good for scuba diving]].", COMP, B, "the listing says they are not a diving mask")
F("V13", "[[Latex]] seals.", MAT, B, "the seals are silicone")
F("V13", "[[Made by Speedo]].", BRAND, B, "the vendor, Lanefour, is the only brand")
F("V13", "They [[prevent eye infections]].", HEALTH, B, "a medical claim the listing does not make")

# ---------------------------------------------------------------- V14 chess set
C("V14", "A folding board of walnut and maple squares, 45 mm each, that opens to 40 x 40 cm. The 32 weighted "
         "Staunton pieces are boxwood and ebonised boxwood with felt bases.")
C("V14", ["The pieces are carved in Amritsar, India, and the board is made in Vermont, USA.", "Fold the board and "
          "the pieces store inside."])
C("V14", "The king stands 7.6 cm, about 3 inches, tall.", "s")
C("V14", "A $120 chess set that folds up with its pieces inside.", "s")
C("V14", qa(("Where is it made?", "The pieces are carved in Amritsar, India, and the board is made in Vermont, "
             "USA."),), "faq")
F("V14", "[[Made entirely in Vermont]].", ORIG, B, "the pieces are carved in Amritsar, India")
F("V14", "The king stands [[9.5 cm]] tall.", NUM, B, "the king is 7.6 cm")
F("V14", "[[Ebony]] and boxwood pieces.", MAT, B, "the dark pieces are ebonised boxwood, not ebony")
F("V14", "[[FIDE tournament approved]].", CERT, B, "the listing gives no approval")
F("V14", "[[The finest chess set money can buy]].", ABS, W, "a superlative the listing does not support")
F("V14", "[[Ships free on orders over $100]].", SHIP, B, "the listing gives no delivery terms")

# ---------------------------------------------------------------- V15 candle kit (French)
C("V15", "Un kit pour couler trois bougies : 400 g de cire de soja, trois pots en verre de 120 ml, six mèches en "
         "coton et 10 ml de parfum figue.")
C("V15", ["Everything to pour three soy wax candles, each burning about 20 hours.", "Assembled in Nantes, France, "
          "with wax from the United States. Not for children under 14."])
C("V15", "Chaque bougie brûle environ vingt heures. Le kit coûte 29 €.", "s")
C("V15", "Three 120 ml glass jars, about 4 fl oz each, and a fig fragrance oil.", "s")
C("V15", qa(("Is it suitable for children?", "No, it is not suitable for children under 14."),), "faq")
F("V15", "Avec [[400 g de cire d'abeille]].", MAT, B, "the wax is soy wax", native=True)
F("V15", "[[Fabriqué entièrement en France]].", ORIG, B, "assembled in Nantes with wax from the United States",
  native=True)
F("V15", "Makes [[four candles]].", NUM, B, "three jars, three candles")
F("V15", "[[Safe for children aged 8 and up]].", HEALTH, B, "the listing says not for children under 14")
F("V15", "[[Les pots passent au lave-vaisselle]].", CARE, B, "the listing gives no such care", native=True)
F("V15", "A fun kit [[loved by thousands of crafters]].", SOC, W, "social proof the listing does not give")

# ---------------------------------------------------------------- V16 hoof pick
C("V16", "A hoof pick with a stiff brush on its back to clear mud and stones. Stainless steel pick, nylon bristles, "
         "and a handle half made from recycled polypropylene.")
C("V16", ["14 cm long, about 5½ inches.", "Rinse it under the yard tap and let it dry. In Purple, Teal or Black."])
C("V16", "Hoof pick and brush in one, £7.50.", "s")
C("V16", "The handle is 50% recycled polypropylene.", "s")
C("V16", seo("Hoof Pick with Brush | Stablemate Tack", "Stainless steel hoof pick with a nylon brush, 14 cm, in "
             "Purple, Teal or Black."), "seo")
F("V16", "The handle is [[100% recycled plastic]].", ENV, B, "the handle is 50% recycled polypropylene")
F("V16", "[[Horsehair]] bristles.", MAT, B, "the bristles are nylon")
F("V16", "In Purple, Teal, Black or [[Pink]].", COL, B, "the colours are Purple, Teal and Black")
F("V16", "Regular picking [[prevents thrush]].", HEALTH, B, "a veterinary claim the listing does not make")
F("V16", "[[A 20 cm]] pick that fits the hand.", NUM, B, "the pick is 14 cm long")
F("V16", "[[Our best-selling grooming tool]].", SOC, W, "social proof the listing does not give")

# ---------------------------------------------------------------- V17 sauna bucket (Swedish)
C("V17", "En bastuhink av ek med plastinsats som håller tätt. Den rymmer 4 liter, och skopan är 40 cm lång.")
C("V17", ["An oak sauna bucket with a plastic inner liner, 4 litres, and a 40 cm ladle with an oak handle and an "
          "aluminium bowl.", "Made in Estonia."])
C("V17", "Tillverkad i Estland. 449 kr.", "s")
C("V17", "Empty the bucket after your sauna and let it dry; keep it out of the dishwasher.", "s")
C("V17", seo("Bastuhink med skopa, 4 liter | Bastuverket", "Bastuhink av ek med plastinsats och skopa av ek och "
             "aluminium. Tillverkad i Estland."), "seo")
F("V17", "[[Tillverkad i Finland]].", ORIG, B, "made in Estonia", native=True)
F("V17", "A [[6-litre]] oak bucket.", NUM, B, "it holds 4 litres")
F("V17", "Skopan har en skål av [[koppar]].", MAT, B, "the bowl is aluminium", native=True)
F("V17", "[[Tål diskmaskin]].", CARE, B, "the listing says it does not go in the dishwasher", native=True)
F("V17", "Sauna heat [[detoxes the body]].", HEALTH, B, "a health claim the listing does not make")
F("V17", "[[Two ladles]] come with the bucket.", NUM, B, "one ladle")

# ---------------------------------------------------------------- V18 smart plug
C("V18", "Switch anything up to 13 A, 3000 W, from your phone. The plug is UK type G.")
C("V18", ["It needs a 2.4 GHz Wi-Fi network and will not connect on 5 GHz.", "Alexa and Google Home, yes; Apple "
          "HomeKit, no. Live energy use shows in the Homewire app."])
C("V18", "A UK smart plug with energy monitoring and a two-year warranty, £14.", "s")
C("V18", "For indoor use only, with a 3 kW maximum load.", "s")
C("V18", qa(("Does it work with HomeKit?", "No. It works with Amazon Alexa and Google Home."),
            ("Can I use it outside?", "No, it is for indoor use only.")), "faq")
F("V18", "It [[works with Apple HomeKit]].", COMP, B, "the listing says it does not work with HomeKit")
F("V18", "Connects on [[2.4 and 5 GHz]] Wi-Fi.", COMP, B, "2.4 GHz only")
F("V18", "[[Outdoor-rated]] for the patio.", FEAT, B, "the listing says indoor use only")
F("V18", "Handles loads up to [[3680 W]].", NUM, B, "the maximum load is 3000 W")
F("V18", "[[Three-year warranty]].", WARR, B, "the warranty is two years")
F("V18", "[[Made by TP-Link]].", BRAND, B, "the vendor, Homewire, is the only brand")
F("V18", "Smart switching [[cuts your carbon footprint]].", ENV, B, "an environmental claim the listing does not make")

# ---------------------------------------------------------------- V19 knife sharpening service
C("V19", "Send us your kitchen knives; we sharpen them on water-cooled stones and post them back within five "
         "working days of their arrival.")
C("V19", ["It is £6 a knife for a plain edge and £9 for a serrated one.", "Return postage is £4.50 a parcel, "
          "tracked and insured up to £500."])
C("V19", "We do not sharpen ceramic knives or scissors.", "s")
C("V19", "You pay the postage to us; we charge £4.50 a parcel to send your knives back.", "s")
C("V19", seo("Knife Sharpening by Post | Edgeworks Sharpening", "Postal knife sharpening on water-cooled stones: "
             "£6 a knife, £9 serrated, back within five working days."), "seo")
F("V19", "We sharpen [[ceramic knives and scissors]] too.", COMP, B, "the listing says no ceramic knives or scissors")
F("V19", "[[Return postage is free]].", SHIP, B, "return postage is £4.50 a parcel")
F("V19", "Your knives are [[back within 48 hours]].", NUM, B, "within five working days of arrival")
F("V19", "A serrated knife is [[£6, like any other]].", PRICE, B, "serrated knives cost £9")
F("V19", "[[Every edge is guaranteed for a year]].", WARR, B, "the listing gives no guarantee")
F("V19", "Sharpened on a [[belt grinder]].", FEAT, B, "the listing says water-cooled stones")
F("V19", "[[We send you a prepaid postage bag]].", SHIP, B, "the customer pays the postage to the workshop")

# ---------------------------------------------------------------- V20 postcard (thin)
C("V20", "A linocut heron postcard, $4.", "s")
C("V20", "A postcard with a linocut heron on it.")
C("V20", "Heron postcard in linocut, four dollars.", "s")
C("V20", seo("Linocut Postcard, Heron", "A linocut postcard of a heron, $4."), "seo")
C("V20", "Send a heron: a linocut postcard for $4.")
F("V20", "[[Printed on recycled card]].", ENV, B, "the listing gives no material")
F("V20", "[[A set of five]] heron postcards.", NUM, B, "one postcard")
F("V20", "[[Hand-printed in Cornwall]].", ORIG, B, "the listing gives no origin")
F("V20", "Printed [[in deep indigo]].", COL, W, "the listing gives no colour")
F("V20", "[[A folded greeting card]] with a heron on the front.", CAT, B, "a postcard, not a folded card")
F("V20", "[[Ships free worldwide]].", SHIP, B, "the listing gives no delivery terms")

# ---------------------------------------------------------------- V21 bookmark (thin)
C("V21", "A pressed flower bookmark, 15 x 5 cm, for €8.", "s")
C("V21", "Fernwick Press's pressed flower bookmark measures 15 by 5 cm, about 6 by 2 inches.")
C("V21", "Pressed flower bookmark by Fernwick Press.", "s")
C("V21", qa(("How big is it?", "15 x 5 cm."),), "faq")
C("V21", "Keep your page with a pressed flower bookmark from Fernwick Press. €8.")
F("V21", "[[Laminated]] to last.", FEAT, B, "the listing says nothing of lamination")
F("V21", "Made with [[real pressed violets]].", MAT, B, "the listing names no flower")
F("V21", "It measures [[20 x 5 cm]].", NUM, B, "15 x 5 cm")
F("V21", "[[Only €6]].", PRICE, B, "the price is €8")
F("V21", "[[A set of three]] bookmarks.", NUM, B, "one bookmark")
F("V21", "[[The prettiest bookmark you will ever own]].", ABS, W, "a superlative the listing does not support")

# ---------------------------------------------------------------- V22 sketching set (grouped)
C("V22", "Three starting points for sketching, each sold separately: 12 graphite pencils from 2H to 8B for $18, a "
         "kneaded eraser for $3 and an A5 sketchbook of 120 gsm paper for $14.")
C("V22", ["Buy all three and they come to $35.", "Add each one to your basket on its own."])
C("V22", "Twelve grades of graphite pencil, 2H to 8B, at $18.", "s")
C("V22", "An A5 sketchbook with 120 gsm paper for $14, and a $3 kneaded eraser.", "s")
C("V22", seo("Sketching Starter Set | Graphite Row", "Graphite pencils in 12 grades, a kneaded eraser and an A5 "
             "sketchbook, each sold on its own."), "seo")
F("V22", "[[The whole set is $30]].", PRICE, B, "the pieces are sold one by one and add up to $35")
F("V22", "Pencils in [[24 grades]].", NUM, B, "12 grades")
F("V22", "An [[A4]] sketchbook.", NUM, B, "the sketchbook is A5")
F("V22", "[[Charcoal pencils]] from 2H to 8B.", MAT, B, "the pencils are graphite")
F("V22", "[[Everything comes in a tin case]].", FEAT, B, "the listing gives no case")
F("V22", "[[FSC-certified]] paper.", CERT, B, "the listing gives no certification")

# ---------------------------------------------------------------- V23 kayak (external)
C("V23", "An inflatable kayak for two, 3.9 m long, with a drop-stitch floor and PVC tubes. It weighs 15 kg and takes "
         "up to 200 kg.")
C("V23", ["A hand pump and a carry bag come with it; bring your own paddles.", "Driftline sells and ships it and "
          "handles returns and the warranty."])
C("V23", "A two-person inflatable kayak, about 12 ft 9 in long, $649.", "s")
C("V23", "It weighs 15 kg (about 33 lb) and carries 200 kg (about 440 lb).", "s")
C("V23", seo("Inflatable Touring Kayak, 2-Person | Driftline", "Two-person inflatable touring kayak, 3.9 m, with a "
             "drop-stitch floor; pump and bag included. Sold by Driftline."), "seo")
F("V23", "[[Paddles included]].", FEAT, B, "paddles are not included")
F("V23", "A [[4.5 m]] touring kayak.", NUM, B, "the kayak is 3.9 m long")
F("V23", "It [[seats three]].", NUM, B, "a two-person kayak")
F("V23", "[[We ship it within 24 hours]].", SHIP, B, "the partner Driftline ships it; no delivery time is given")
F("V23", "Covered by [[our five-year warranty]].", WARR, B, "Driftline handles the warranty; no term is given")
F("V23", "[[Ready for whitewater rapids]].", COMP, W, "a use the listing does not give")

# ---------------------------------------------------------------- V24 espadrilles (Spanish)
C("V24", "Alpargatas con suela de yute trenzado y caucho, y parte superior de lona de algodón. Hechas a mano en "
         "Alicante.")
C("V24", ["Handmade in Alicante, Spain, with a braided jute sole, a rubber layer underneath and a cotton canvas "
          "upper.", "In Marino or Crudo."])
C("V24", "Tallas de la 36 a la 42. Si dudas entre dos, elige la mayor.", "s")
C("V24", "Spanish-made espadrilles for €45, sizes EU 36-42.", "s")
C("V24", qa(("Can I put them in the washing machine?", "No. Wipe them with a damp cloth and keep the jute sole "
             "dry."),), "faq")
F("V24", "[[Lavables a máquina]].", CARE, B, "the listing says not to machine wash", native=True)
F("V24", "In [[sizes 35 to 46]].", SIZE, B, "sizes 36 to 42")
F("V24", "Con [[suela de esparto]].", MAT, B, "the sole is braided jute", native=True)
F("V24", "[[Fabricadas en Marruecos]].", ORIG, B, "handmade in Alicante, Spain", native=True)
F("V24", "In Marino, Crudo or [[red]].", COL, B, "the colours are Marino and Crudo")
F("V24", "[[They run large, so order one size down]].", SIZE, B, "the listing says pick the larger size")
F("V24", "[[Envío gratis a toda España]].", SHIP, B, "the listing gives no delivery terms", native=True)

# ---------------------------------------------------------------- V25 tulip bulbs (Dutch)
C("V25", "25 tulpenbollen met een bijna zwarte, donkerpaarse bloem. Plant ze tussen oktober en december, 15 cm diep.")
C("V25", ["Twenty-five bulbs of a near-black, deep purple tulip, grown in North Holland, the Netherlands.", "They "
          "flower in April and May and reach 45 cm."])
C("V25", "Niet eetbaar en giftig voor katten en honden.", "s")
C("V25", "Plant them 15 cm (about 6 in) deep and 10 cm apart. €12.50 for 25.", "s")
C("V25", seo("Tulpenbollen 'Zwarte Parel', 25 stuks | Bollenhof Vink", "25 donkerpaarse tulpenbollen uit "
             "Noord-Holland. Bloei in april en mei, 45 cm hoog."), "seo")
F("V25", "[[Veilig voor huisdieren]].", HEALTH, B, "the listing says toxic to cats and dogs", native=True)
F("V25", "A pack of [[50 bulbs]].", NUM, B, "25 bulbs")
F("V25", "Ze worden [[60 cm]] hoog.", NUM, B, "they grow 45 cm tall", native=True)
F("V25", "[[Pure black]] petals.", COL, B, "the listing says near-black, dark purple")
F("V25", "[[Gekweekt in Frankrijk]].", ORIG, B, "grown in Noord-Holland, the Netherlands", native=True)
F("V25", "[[Certified organic]] bulbs.", CERT, B, "the listing gives no certification")

# ---------------------------------------------------------------- V26 olive oil (Portuguese)
C("V26", "Azeite virgem extra DOP Moura, das variedades Galega, Cordovil e Verdeal, colheita 2025/26. Acidez máxima "
         "de 0,3%.")
C("V26", ["An extra virgin olive oil with a protected designation of origin, Moura, made and bottled in the "
          "Alentejo, Portugal.", "Galega, Cordovil and Verdeal olives from the 2025/26 harvest."])
C("V26", "Garrafa de vidro escuro de 500 ml, 14 €. Guardar longe da luz e do calor.", "s")
C("V26", "Acidity no higher than 0.3%; 500 ml, about 17 fl oz.", "s")
C("V26", qa(("How should I store it?", "Away from light and heat."),), "faq")
F("V26", "[[Acidez de 0,8%]].", NUM, B, "maximum acidity 0.3%", native=True)
F("V26", "[[A 750 ml bottle]].", NUM, B, "500 ml")
F("V26", "[[Produzido em Trás-os-Montes]].", ORIG, B, "produced in the Alentejo", native=True)
F("V26", "It [[lowers cholesterol]].", HEALTH, B, "a health claim the listing does not make")
F("V26", "[[Certified organic]] olive oil.", CERT, B, "the only certification is the DOP Moura")
F("V26", "Feito [[só com azeitona Arbequina]].", MAT, B, "the varieties are Galega, Cordovil and Verdeal",
  native=True)

# ---------------------------------------------------------------- V27 hiking socks
C("V27", "Hiking socks with a cushioned sole and a plain-knit leg that stops below the calf. 70% merino wool, 25% "
         "nylon, 5% elastane.")
C("V27", ["Knitted in Leicestershire, England, in UK sizes 3-6, 7-9 and 10-12.", "Heather Grey or Forest."])
C("V27", "One pair for £18.", "s")
C("V27", "Wash them at 40 °C on a wool cycle and keep them out of the tumble dryer.", "s")
C("V27", qa(("Is it a multipack?", "No, they are sold as one pair."),), "faq")
F("V27", "[[100% merino]] wool.", MAT, B, "70% merino, 25% nylon, 5% elastane")
F("V27", "[[Three pairs]] for £18.", NUM, B, "sold as one pair")
F("V27", "A [[knee-high]] hiking sock.", SIZE, B, "the leg stops below the calf")
F("V27", "[[Wash at 60 °C]].", CARE, B, "wash at 40 °C on a wool cycle")
F("V27", "They [[prevent blisters]].", HEALTH, B, "a health claim the listing does not make")
F("V27", "[[Spun and knitted in Yorkshire]].", ORIG, B, "knitted in Leicestershire")

# ---------------------------------------------------------------- V28 desk lamp
C("V28", "A 42 cm desk lamp with a built-in 6 W LED giving 400 lumens of warm white light at 2700 K. The LED is not "
         "replaceable and the lamp does not dim.")
C("V28", ["Powder-coated steel arm, aluminium shade, cast iron base.", "It runs on USB-C, and a 5 V 2 A adapter "
          "with a US plug comes with it. Sage or Black, $65."])
C("V28", "About 16½ inches tall, in Sage or Black.", "s")
C("V28", "Warm white 2700 K light from a 6 W LED.", "s")
C("V28", qa(("Can I dim it?", "No, it is not dimmable."),
            ("Can I change the bulb?", "No. The LED is built in and cannot be replaced.")), "faq")
F("V28", "[[Dimmable with a touch]].", FEAT, B, "the listing says not dimmable")
F("V28", "A bright [[800 lumens]].", NUM, B, "400 lumens")
F("V28", "A [[solid brass]] base.", MAT, B, "the base is cast iron")
F("V28", "[[Designed by Anglepoise]].", BRAND, B, "the vendor, Quietlight Studio, is the only brand")
F("V28", "[[UK and EU plugs included]].", COMP, B, "the adapter has a US plug")
F("V28", "It [[reduces eye strain]].", HEALTH, B, "a health claim the listing does not make")

# ---------------------------------------------------------------- V29 hot sauce
C("V29", "Small-batch smoked habanero sauce from Asheville, North Carolina. Habaneros make up 42% of it, with cider "
         "vinegar, carrot, onion, garlic, salt and smoked paprika.")
C("V29", ["Vegan, in a 150 ml bottle (about 5 fl oz).", "Keep it in the fridge once opened and finish it within "
          "three months."])
C("V29", "$11 for 150 ml of smoky, fruity habanero sauce.", "s")
C("V29", "More than two-fifths of it is habanero.", "s")
C("V29", seo("Smoked Habanero Hot Sauce, 150 ml | Ember Row Sauces", "Vegan smoked habanero hot sauce, 42% "
             "habanero, made in small batches in Asheville, NC."), "seo")
F("V29", "Made with [[60% habanero]].", NUM, B, "42% habanero")
F("V29", "[[No need to refrigerate]].", CARE, B, "refrigerate after opening")
F("V29", "Fired up [[with ghost peppers]].", MAT, B, "the only pepper is habanero")
F("V29", "[[Made in Austin, Texas]].", ORIG, B, "made in Asheville, North Carolina")
F("V29", "[[Keto certified]].", CERT, B, "the listing gives no certification")
F("V29", "It [[boosts your metabolism]].", HEALTH, B, "a health claim the listing does not make")

# ---------------------------------------------------------------- V30 hammock
C("V30", "A woven cotton hammock with eucalyptus spreader bars. The bed is 200 x 140 cm and 330 cm long with the "
         "end ropes; it holds up to 150 kg.")
C("V30", ["Hooks, straps or chains are not included, so buy hanging hardware separately.", "Woven in Ceará, Brazil."])
C("V30", "Holds up to 150 kg, about 330 lb.", "s")
C("V30", "Bring it in when it rains and store it dry.", "s")
C("V30", seo("Cotton Rope Hammock | Porchlight Goods", "Woven cotton hammock with eucalyptus spreader bars, "
             "200 x 140 cm, holds 150 kg. $79."), "seo")
F("V30", "It [[holds up to 200 kg]].", NUM, B, "the maximum load is 150 kg")
F("V30", "[[Hanging kit included]].", FEAT, B, "hanging hardware is not included")
F("V30", "[[Leave it out in any weather]].", CARE, B, "the listing says bring it in out of the rain")
F("V30", "[[Teak]] spreader bars.", MAT, B, "the spreader bars are eucalyptus")
F("V30", "[[Woven in Mexico]].", ORIG, B, "woven in Ceará, Brazil")
F("V30", "The bed is [[220 x 160 cm]].", NUM, B, "the bed is 200 x 140 cm")
F("V30", "[[Ten-year warranty]].", WARR, B, "the listing gives no warranty")


def _html(paragraphs):
    return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)


def _serialise(kind, draft):
    if kind in ("seo", "faq"):
        return json.dumps(draft, ensure_ascii=False)
    return _html([draft] if isinstance(draft, str) else draft)


def _strip_marks(marked):
    """(sentence without marks, claim)"""
    found = re.findall(r"\[\[(.+?)\]\]", marked)
    assert len(found) == 1, marked
    return marked.replace("[[", "").replace("]]", ""), found[0]


def _locate(kind, text, sentence, claim):
    if kind in ("seo", "faq"):
        sentence_j = json.dumps(sentence, ensure_ascii=False)[1:-1]
        claim_j = json.dumps(claim, ensure_ascii=False)[1:-1]
    else:
        sentence_j, claim_j = html.escape(sentence, quote=False), html.escape(claim, quote=False)
    at = text.index(sentence_j)
    start = at + sentence_j.index(claim_j)
    return start, start + len(claim_j), claim_j


def _recast():
    listings = make_listings.LISTINGS
    seen = {}
    rows = []
    for listing, marked, rule, severity, why, kind, native in FAULTY:
        n = seen.get(listing, 0)
        seen[listing] = n + 1
        short = kind or ORDER[n % len(ORDER)]
        sentence, claim = _strip_marks(marked)
        pad, question = (NATIVE[listing] if native else (PAD[listing], QUESTION))
        lst = listings[listing]
        if short == "d":
            draft = [sentence + " " + pad] if n % 2 else [pad + " " + sentence]
        elif short == "s":
            draft = sentence
        elif short == "seo":
            title = lst["title"] + (f" | {lst['vendor']}" if lst.get("vendor") else "")
            draft = seo(title, sentence)
        else:
            draft = qa((question, sentence))
        text = _serialise(KIND[short], draft)
        start, end, claim_t = _locate(KIND[short], text, sentence, claim)
        rows.append({"listing": listing, "kind": KIND[short], "text": text,
                     "labels": [{"rule": rule, "start": start, "end": end, "claim": claim_t, "severity": severity,
                                 "why": why}]})
    return rows


def build():
    clean = [{"listing": k, "kind": KIND[kind], "text": _serialise(KIND[kind], d), "labels": []}
             for k, d, kind in ((a, c, b) for a, b, c in CLEAN)]
    return clean, _recast()


if __name__ == "__main__":
    c, f = build()
    print(len(c), "clean", len(f), "faulty")
