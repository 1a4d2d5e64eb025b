"""Hand-written drafts for guardrails holdout v26: clean drafts and faulty drafts with one planted claim each.

Faulty sentences mark their one unsupported claim as [[...]]. `_recast` turns each listing's faulty sentences in
turn into a description (with one true padding sentence), a short description, an SEO pair under the listing's
own title and vendor, or a one-answer FAQ. Used by assemble.py; nothing here runs on import beyond the tables.
"""
import html
import json
import re

import make_listings

CLEAN = []
FAULTY = []
KIND = {"d": "description", "s": "short_description", "seo": "seo", "faq": "faq"}
COMPLIANCE = {"shipping", "health", "absolute", "environmental", "social_proof"}


def C(listing, draft, kind="d"):
    if isinstance(draft, dict):
        kind = "seo"
    elif isinstance(draft, list):
        kind = "faq"
    CLEAN.append({"listing": listing, "kind": KIND[kind], "draft": draft})


def F(listing, draft, rule, severity, why, kind=None, native=False, more=None):
    rule = rule if "." in rule else ("compliance." if rule in COMPLIANCE else "accuracy.") + rule
    FAULTY.append({"listing": listing, "draft": draft, "rule": rule, "severity": severity, "why": why,
                   "kind": kind, "native": native, "more": more})


def qa(*pairs):
    return [{"question": q, "answer": a} for q, a in pairs]


def seo(title, description):
    return {"title": title, "description": description}


# Per listing: a true padding sentence in English, the same in the listing's language (foreign listings), and the
# question a one-answer FAQ gets (English, then the listing's language).
PAD = {}


def pad(key, en, q, native=None, q_native=None):
    PAD[key] = {False: (en, q), True: (native, q_native)}


# X01 hive tool
pad("X01", "Made from 4 mm spring steel, 265 mm long.", "What should I know about it?")
C("X01", "A hive tool with a J-shaped hook for lifting frames and a flat scraper for prising boxes apart.\n"
         "It is 265 mm long, about 10½ inches, and made of 4 mm spring steel. £12.50.")
C("X01", "Forged in Walsall, England, from spring steel. The yellow handle is easy to spot in the grass.\n"
         "It is not stainless, so dry it after use and oil the blade from time to time.")
C("X01", "A 265 mm spring-steel hive tool with a J-hook and a scraper, forged in Walsall.", "s")
C("X01", "Hook for frames, scraper for boxes, yellow handle. £12.50. It weighs 140 g, about 5 oz.", "s")
C("X01", seo("J-Hook Hive Tool 265 mm | Comb & Clover",
             "A spring-steel hive tool from Walsall, England, with a J-hook for frames and a scraper blade. £12.50."))
F("X01", "The tool is made of [[stainless steel]].", "material", "block", "Spring steel, and the listing says not "
  "stainless.")
F("X01", "At [[300 mm]] long, it reaches well into a brood box.", "number", "block", "It is 265 mm long.")
F("X01", "[[Forged in Sheffield]], England.", "origin", "block", "Forged in Walsall.")
F("X01", "The handle is painted [[bright red]] so you can find it in the grass.", "colour", "block",
  "The handle is yellow.")
F("X01", "[[No oiling needed]], ever.", "care", "block", "The listing says to dry it and oil the blade.")
F("X01", "It has [[a bottle opener in the handle]].", "feature", "block", "No such feature in the listing.")

# X02 fly reel
pad("X02", "It is machined from 6061 aluminium.", "What should I know about it?")
C("X02", "A fly reel for 5 and 6 weight lines, machined from 6061 aluminium, with a sealed carbon disc drag.\n"
         "It is 90 mm across, about 3½ inches, and weighs 145 g, a little over 5 oz. $89 in black, $94 in olive.")
C("X02", "Switch the retrieve to the left or the right hand. It takes a WF5 line with 100 yards of 20 lb backing; "
         "the line and backing are not in the box.\nAfter a day in salt water, rinse it in fresh water. Covered by a "
         "two-year warranty.")
C("X02", "A 145 g aluminium fly reel for 5/6 weight lines, with a sealed carbon disc drag.", "s")
C("X02", "Black at $89 or olive at $94, with a two-year warranty.", "s")
C("X02", qa(("What line does it hold?", "A WF5 line with 100 yards of 20 lb backing. Neither comes with the reel."),
            ("Can I reel with my left hand?", "Yes. The retrieve converts from left hand to right hand.")))
F("X02", "Machined from [[titanium]] to keep it light.", "material", "block", "6061 aluminium.")
F("X02", "[[Both colours cost $89]].", "price", "block", "Olive is $94.")
F("X02", "It balances [[8 weight rods]] as well.", "compatibility", "block", "For 5 and 6 weight lines.")
F("X02", "It weighs just [[120 g]].", "number", "block", "It weighs 145 g.")
F("X02", "Backed by a [[five-year warranty]].", "warranty", "block", "Two-year warranty.")
F("X02", "[[Line and backing come already spooled]].", "feature", "block", "Line and backing are not included.")
F("X02", "The drag is [[IGFA certified]].", "certification", "block", "No certification in the listing.")

# X03 yarn
pad("X03", "Each skein is 100 g of DK-weight merino.", "What should I know about it?")
C("X03", "Extra-fine merino in a DK weight, with 225 m to every 100 g skein, roughly 246 yards.\n"
         "Knit it on 4 mm needles for a tension of 22 stitches to 10 cm.")
C("X03", "The wool is grown in South Africa and dyed by hand in small batches in Cumbria, so buy all the skeins for "
         "one project from one dye lot.\nIt is superwash: machine wash it at 30 °C on a wool cycle, and keep it out "
         "of the tumble dryer.")
C("X03", "Superwash merino DK, 225 m a skein, in Heather, Slate or Mustard. £9.80.", "s")
C("X03", "Hand-dyed in Cumbria from South African merino.", "s")
C("X03", seo("Merino DK Yarn 100 g | Fellside Fibre",
             "Superwash extra-fine merino DK yarn, 225 m to 100 g, hand-dyed in Cumbria in Heather, Slate and "
             "Mustard."))
F("X03", "Spun from [[a merino and silk blend]].", "material", "block", "100% merino wool.")
F("X03", "Each skein runs to [[300 m]].", "number", "block", "225 m a skein.")
F("X03", "[[Spun and dyed in Shetland]].", "origin", "block", "Wool from South Africa, dyed in Cumbria.")
F("X03", "Also dyed in [[Teal]].", "colour", "block", "Heather, Slate or Mustard only.")
F("X03", "[[Tumble dry on low]] after washing.", "care", "block", "Do not tumble dry.")
F("X03", "[[Gentle enough to soothe eczema]].", "health", "block", "A health claim the listing does not make.")

# X04 bell
pad("X04", "The dome is polished brass, 55 mm across.", "What should I know about it?")
C("X04", "A ding-dong bell with a polished brass dome 55 mm across, a little over 2 inches. One strike rings for "
         "about four seconds.\nA$29.")
C("X04", "The steel clamp, lined with a rubber shim, fits handlebars from 22.2 to 25.4 mm across. It will not go "
         "on 31.8 mm bars.\nThe brass tarnishes if you leave it; polish it to keep the shine.")
C("X04", "A 55 mm brass ding-dong bell for 22.2-25.4 mm handlebars. A$29.", "s")
C("X04", "Polished brass dome, steel clamp, rubber shim; about 60 g.", "s")
C("X04", qa(("Will it fit my 31.8 mm bars?", "No. The clamp fits bars from 22.2 mm to 25.4 mm across."),
            ("Does the brass stay shiny?", "Only if you polish it; brass tarnishes.")))
F("X04", "The clamp also fits [[31.8 mm oversized bars]].", "compatibility", "block", "It does not fit 31.8 mm bars.")
F("X04", "The clamp is [[solid brass]] too.", "material", "block", "The clamp is steel.")
F("X04", "A [[65 mm]] dome for a louder ring.", "number", "block", "The dome is 55 mm.")
F("X04", "[[It never tarnishes]].", "feature", "block", "Brass tarnishes unless polished.")
F("X04", "[[The loudest bell on the road]].", "absolute", "warn", "An unverifiable superlative.")
F("X04", "[[Cast in Melbourne]].", "origin", "block", "No origin in the listing.")

# X05 clay
pad("X05", "It fires at cone 5-6.", "What should I know about it?")
C("X05", "A buff stoneware with fine grog, made for the wheel and for hand building.\nFire it to cone 5-6, about "
         "1200-1230 °C, after a bisque at cone 04. Expect it to shrink about 12 % from wet to fired.")
C("X05", "At cone 6 it absorbs 1.5 % water. It is not a raku or low-fire clay. Store it where it cannot freeze.\n"
         "C$38 for one 10 kg bag, or C$72 for 20 kg in two bags.")
C("X05", "Buff cone 6 stoneware with fine grog, 10 kg for C$38.", "s")
C("X05", "Stoneware for throwing and hand building; 10 kg is about 22 lb.", "s")
C("X05", seo("Stoneware Clay 10 kg, Cone 6 | Kilnworks",
             "Buff stoneware clay with fine grog for cone 5-6, 12 % shrinkage. 10 kg C$38, 20 kg C$72."))
F("X05", "[[Good for raku firings]] as well.", "compatibility", "block", "Not for raku.")
F("X05", "Fire it to cone 5-6, about [[1280 °C]].", "number", "block", "Cone 5-6 is given as 1200-1230 °C.")
F("X05", "Shrinkage is only [[8 %]].", "number", "block", "About 12 %.")
F("X05", "Two bags, 20 kg, for [[C$76]].", "price", "block", "20 kg is C$72.")
F("X05", "A [[porcelain]] body for the wheel.", "category", "block", "A stoneware clay, not porcelain.")
F("X05", "[[A carbon-neutral clay]].", "environmental", "block", "No environmental claim in the listing.")

# X06 ink
pad("X06", "It is made from oak galls, iron sulphate and gum arabic.", "What should I know about it?")
C("X06", "Iron gall ink for dip pens, made the traditional way from oak galls, iron sulphate and gum arabic.\n"
         "It goes down blue-grey and darkens to near black over a day.")
C("X06", "Once dry it resists water. Keep it away from fountain pens, whose feeds the acid damages.\n"
         "50 ml, about 1.7 fl oz, in a glass bottle. Shake it before you write.")
C("X06", "Iron gall ink for dip pens, 50 ml, $16.", "s")
C("X06", "Blue-grey on the nib, near black a day later.", "s")
C("X06", qa(("Can I use it in my fountain pen?", "No. It is for dip pens only; its acid damages fountain pen feeds."),
            ("What is in it?", "Oak galls, iron sulphate and gum arabic.")))
F("X06", "[[Safe in fountain pens]] as well as dip pens.", "compatibility", "block", "Not for fountain pens.")
F("X06", "A [[100 ml]] bottle.", "number", "block", "50 ml.")
F("X06", "It dries to [[a deep sepia brown]].", "colour", "block", "It darkens to near black.")
F("X06", "[[It washes off with water]] even when dry.", "feature", "block", "Water-resistant once dry.")
F("X06", "An [[acrylic ink]] for dip pens.", "category", "block", "An iron gall ink.")
F("X06", "[[Loved by thousands of calligraphers]].", "social_proof", "warn", "Unverifiable social proof.")

# X07 dog harness
pad("X07", "It has two D-rings, one on the back and one on the chest.", "What should I know about it?")
C("X07", "A polyester-webbing harness with reflective stitching and quick-release buckles. Clip the lead to the "
         "D-ring on the back or the one on the chest.\nOrange or navy.")
C("X07", "Measure round your dog's chest: S fits 40-55 cm, M 55-70 cm and L 70-90 cm. Prices are $28, $32 and "
         "$36.\nIt has not been crash-tested, so do not use it in the car. Hand wash and dry flat.")
C("X07", "Reflective harness with two D-rings, from $28.", "s")
C("X07", "S, M or L, by chest girth; orange or navy.", "s")
C("X07", qa(("Can I use it as a car harness?", "No. It has not been crash-tested and is not for car travel."),
            ("Which size do I need?", "Measure the chest: S is 40-55 cm, M 55-70 cm, L 70-90 cm.")))
F("X07", "[[Doubles as a car safety harness]].", "compatibility", "block", "Not for car travel; not crash-tested.")
F("X07", "Made of [[padded neoprene]].", "material", "block", "Polyester webbing.")
F("X07", "[[Every size is $28]].", "price", "block", "M is $32 and L $36.")
F("X07", "Size L fits chests up to [[100 cm]].", "size", "block", "L fits 70-90 cm.")
F("X07", "Also in [[pink]].", "colour", "block", "Orange or Navy only.")
F("X07", "[[Machine wash and tumble dry]].", "care", "block", "Hand wash and dry flat.")
F("X07", "[[A built-in LED light]] for night walks.", "feature", "block", "Reflective stitching only; no light.")

# X08 chalk bag
pad("X08", "It has a fleece lining and a drawcord closure.", "What should I know about it?")
C("X08", "A round chalk bag lined with fleece, closed with a drawcord, with a loop for your brush and a 25 mm waist "
         "belt.\nThe outer is 600D recycled polyester. Sewn in Guimarães, Portugal.")
C("X08", "It stands 16 cm tall, about 6¼ inches, with a 12 cm opening. Fill it with about 100 g of chalk; chalk "
         "and brush are not included.\nTeal or rust, €24.")
C("X08", "Fleece-lined chalk bag with a brush loop and waist belt, €24.", "s")
C("X08", "Recycled 600D polyester, sewn in Portugal, in teal or rust.", "s")
C("X08", qa(("Does it come with chalk?", "No. Chalk and brush are not included; it holds about 100 g of chalk."),
            ("Where is it made?", "It is sewn in Guimarães, Portugal.")))
F("X08", "[[Comes filled with 100 g of chalk]].", "feature", "block", "Chalk is not included.")
F("X08", "The lining is [[merino wool]].", "material", "block", "A fleece lining.")
F("X08", "[[Sewn in Lisbon]].", "origin", "block", "Sewn in Guimarães.")
F("X08", "A [[20 cm]] tall bag.", "number", "block", "16 cm tall.")
F("X08", "[[Fully biodegradable]] fabric.", "environmental", "block", "Recycled polyester; nothing says biodegradable.")
F("X08", "[[Made for us by Black Diamond]].", "brand", "block", "The vendor is the only brand.")

# X09 aquarium heater
pad("X09", "It suits tanks of 60 to 100 litres.", "What should I know about it?")
C("X09", "A 100 W submersible heater for tanks of 60 to 100 litres, freshwater or marine.\nSet it anywhere from 20 "
         "to 32 °C, about 68 to 90 °F, and it holds within half a degree.")
C("X09", "The shatter-resistant quartz glass tube is 24 cm long, about 9½ inches, and hangs on two suction cups. "
         "The cable is 1.5 m with a UK plug.\nBefore lifting it out of the water, unplug it and wait 15 minutes. "
         "One-year warranty.")
C("X09", "100 W heater for 60-100 litre tanks, 20-32 °C. £24.", "s")
C("X09", "Quartz glass, two suction cups, UK plug; one-year warranty.", "s")
C("X09", seo("Aquarium Heater 100 W | Reefside",
             "Submersible 100 W heater for 60-100 litre freshwater or marine tanks, adjustable 20-32 °C. £24."))
F("X09", "Heats tanks up to [[200 litres]].", "number", "block", "60 to 100 litres.")
F("X09", "[[Fits European sockets]] as it comes.", "compatibility", "block", "It has a UK plug.")
F("X09", "[[You can lift it straight out while it is running]].", "care", "block",
  "Unplug for 15 minutes before taking it out.")
F("X09", "[[Three-year warranty]].", "warranty", "block", "One-year warranty.")
F("X09", "[[CE and UL certified]].", "certification", "block", "No certification in the listing.")
F("X09", "A [[titanium]] heating tube.", "material", "block", "Quartz glass.")

# X10 teether
pad("X10", "It is food-grade silicone, in one piece.", "What should I know about it?")
C("X10", "A teething ring of food-grade silicone, 7 cm across, about 2¾ inches, made in one piece with nothing to "
         "come loose.\nFor babies from three months, always with an adult watching.")
C("X10", "Wash it in warm soapy water, or sterilise it for three minutes in boiling water. Cool it in the fridge, "
         "but keep it out of the freezer.\nSage, sand or blush, $12.")
C("X10", "One-piece silicone teething ring, BPA-free, from 3 months. $12.", "s")
C("X10", "Food-grade silicone in sage, sand or blush.", "s")
C("X10", qa(("Can it go in the freezer?", "No. Chill it in the fridge only."),
            ("How do I clean it?", "Warm soapy water, or three minutes in boiling water.")))
F("X10", "[[Pop it in the freezer]] before use.", "care", "block", "Fridge only, never the freezer.")
F("X10", "[[Relieves teething pain in minutes]].", "health", "block", "A health claim the listing does not make.")
F("X10", "A [[10 cm]] ring.", "number", "block", "7 cm across.")
F("X10", "Made of [[natural rubber]].", "material", "block", "Food-grade silicone.")
F("X10", "[[Certified to EN 71]].", "certification", "block", "No certification in the listing.")
F("X10", "Safe [[from birth]].", "health", "block", "For babies from 3 months.")

# X11 Filzpantoffeln (German)
pad("X11", "The soles are natural latex.", "What should I know about it?", "Die Sohle ist aus Naturlatex.",
    "Was sollte ich wissen?")
C("X11", "Slippers of felted sheep's wool with natural latex soles, made by hand in the Allgäu.\nSizes 36 to 46, "
         "in anthracite or natural. €49.")
C("X11", "Hausschuhe aus gewalkter Schafwolle, mit Sohlen aus Naturlatex, von Hand gefertigt im Allgäu.\nBitte "
         "nicht in die Waschmaschine: von Hand in lauwarmem Wasser waschen und liegend trocknen.")
C("X11", "Filzpantoffeln aus Schafwolle, Größen 36 bis 46, 49 €.", "s")
C("X11", "Hand wash only in lukewarm water, and dry them flat.", "s")
C("X11", seo("Filzpantoffeln aus Schafwolle | Allgäuer Filzstube",
             "Handgefertigte Hausschuhe aus gewalkter Schafwolle mit Naturlatexsohle, aus dem Allgäu. In Anthrazit "
             "und Natur."))
F("X11", "[[Bei 40 °C in der Waschmaschine waschbar]].", "care", "block", "Nicht waschmaschinenfest.", native=True)
F("X11", "The soles are [[leather]].", "material", "block", "Natural latex soles.")
F("X11", "[[Gefertigt in Tirol]].", "origin", "block", "Made in the Allgäu.", native=True)
F("X11", "[[Also in children's sizes 28 to 35]].", "size", "block", "Sizes 36 to 46 only.")
F("X11", "Auch in [[Dunkelrot]] erhältlich.", "colour", "block", "Anthrazit or Natur only.", native=True)
F("X11", "[[Wool eases rheumatism]] in the feet.", "health", "block", "A health claim the listing does not make.")

# X12 moutarde (French)
pad("X12", "It comes in a 200 g glass jar.", "What should I know about it?", "Elle est vendue en pot en verre de 200 g.",
    "Que faut-il savoir ?")
C("X12", "Une moutarde à l'ancienne aux graines entières, préparée en Bourgogne avec des graines de Bourgogne, du "
         "vinaigre de vin blanc et du sel.\nPot en verre de 200 g, 5,40 €.")
C("X12", "Wholegrain mustard made in Burgundy from Burgundy-grown mustard seed, white wine vinegar and salt.\n"
         "Once open, keep it in the fridge and finish it within three months.")
C("X12", "Moutarde à l'ancienne de Bourgogne, 200 g.", "s")
C("X12", "Contains mustard and sulphites. 200 g, about 7 oz.", "s")
C("X12", qa(("Where is it made?", "In Burgundy, with mustard seed grown there."),
            ("How long does it keep once open?", "Three months in the fridge.")))
F("X12", "[[Fabriquée en Alsace]].", "origin", "block", "Préparée en Bourgogne.", native=True)
F("X12", "A [[350 g]] jar.", "number", "block", "200 g.")
F("X12", "[[Sans sulfites]].", "feature", "block", "Contient des sulfites.", native=True)
F("X12", "[[Certified organic]] mustard seed.", "certification", "block", "No certification in the listing.")
F("X12", "[[No need to refrigerate]] once open.", "care", "block", "Refrigerate after opening.")
F("X12", "Made with [[cider vinegar]].", "material", "block", "White wine vinegar.")

# X13 paccheri (Italian)
pad("X13", "They are made from durum wheat semolina.", "What should I know about it?", "Sono fatti di semola di grano duro.",
    "Cosa bisogna sapere?")
C("X13", "Paccheri di semola di grano duro, trafilati al bronzo ed essiccati lentamente a bassa temperatura per 36 "
         "ore.\nProdotti a Gragnano, in pacchi da 500 g. Cuociono in 14 minuti.")
C("X13", "Paccheri of durum wheat semolina, drawn through bronze dies and dried slowly for 36 hours at a low "
         "temperature.\nMade in Gragnano. A 500 g pack, just over a pound, for €3.90.")
C("X13", "Paccheri trafilati al bronzo di Gragnano, 500 g, 3,90 €.", "s")
C("X13", "Contains gluten; may contain traces of soy. Cook for 14 minutes.", "s")
C("X13", seo("Paccheri trafilati al bronzo 500 g | Pastificio Lucerna",
             "Paccheri di semola di grano duro, trafilati al bronzo, essiccati per 36 ore. Prodotti a Gragnano."))
F("X13", "[[Pasta di Gragnano IGP]].", "certification", "block", "No IGP in the listing.", native=True)
F("X13", "Cook for [[9 minutes]].", "number", "block", "14 minutes.")
F("X13", "[[Gluten-free]] paccheri.", "health", "block", "Contains gluten.")
F("X13", "[[Made in Sicily]].", "origin", "block", "Made in Gragnano.")
F("X13", "Fatti con [[farina di farro]].", "material", "block", "Semola di grano duro.", native=True)
F("X13", "Essiccati per [[48 ore]].", "number", "block", "36 ore.", native=True)

# X14 alpargatas (Spanish)
pad("X14", "The uppers are cotton canvas.", "What should I know about it?", "La capellada es de lona de algodón.",
    "¿Qué hay que saber?")
C("X14", "Alpargatas con suela de yute trenzado, cosida a mano, con una capa de caucho debajo y capellada de lona "
         "de algodón.\nHechas en Cervera del Río Alhama, La Rioja.")
C("X14", "Espadrilles with braided jute soles stitched by hand, a rubber layer underneath and cotton canvas "
         "uppers.\nSizes 36 to 44 in navy, natural or red. €35. Keep them out of the wet: water warps jute.")
C("X14", "Alpargatas de lona y yute, tallas 36 a 44, 35 €.", "s")
C("X14", "Made in La Rioja, Spain, in navy, natural or red.", "s")
C("X14", qa(("¿Se pueden mojar?", "No. El agua deforma el yute."),
            ("¿Dónde se hacen?", "En Cervera del Río Alhama, en La Rioja.")))
F("X14", "[[Se pueden lavar en la lavadora]].", "care", "block", "No se deben mojar.", native=True)
F("X14", "[[Handmade in Mallorca]].", "origin", "block", "Made in Cervera del Río Alhama, La Rioja.")
F("X14", "Uppers of [[linen]].", "material", "block", "Cotton canvas.")
F("X14", "[[Also in size 46]].", "size", "block", "Sizes 36 to 44.")
F("X14", "[[Suela impermeable]].", "feature", "block", "Water warps the jute.", native=True)
F("X14", "Also in [[black]].", "colour", "block", "Marino, Crudo or Rojo.")

# X15 kubek (Polish)
pad("X15", "It holds 350 ml.", "What should I know about it?", "Pojemność kubka to 350 ml.",
    "Co warto wiedzieć?")
C("X15", "Kubek z kamionki, ręcznie stemplowany i malowany w Bolesławcu: kobaltowe kropki na białym tle.\n"
         "Mieści 350 ml i ma 10 cm wysokości.")
C("X15", "A stoneware mug stamped and painted by hand in Bolesławiec, with cobalt dots on white. It holds 350 ml, "
         "about 12 fl oz, and stands 10 cm tall.\nDishwasher and microwave safe; keep it off the gas and the hob.")
C("X15", "Ręcznie malowany kubek z Bolesławca, 350 ml, 89 zł.", "s")
C("X15", "Fine in the dishwasher and the microwave.", "s")
C("X15", seo("Kubek ceramiczny z Bolesławca 350 ml | Pracownia Modra",
             "Kubek z kamionki, ręcznie stemplowany w Bolesławcu, kobaltowe kropki na białym tle. Można myć w "
             "zmywarce."))
F("X15", "[[Można go stawiać na płycie grzewczej]].", "compatibility", "block", "Not on gas or a hob.", native=True)
F("X15", "Made of [[porcelain]].", "material", "block", "Stoneware (kamionka).")
F("X15", "It holds [[450 ml]].", "number", "block", "350 ml.")
F("X15", "[[Wzór jest nadrukowany maszynowo]].", "feature", "block", "Stamped and painted by hand.", native=True)
F("X15", "Painted with [[green]] dots.", "colour", "block", "Cobalt dots on white.")
F("X15", "[[Painted in Kraków]].", "origin", "block", "Painted in Bolesławiec.")

# X16 ostehøvel (Norwegian)
pad("X16", "The handle is birch.", "What should I know about it?", "Skaftet er av bjørk.",
    "Hva bør jeg vite?")
C("X16", "Ostehøvel med blad av rustfritt stål og skaft av bjørk, laget på Lillehammer.\nDen er 22 cm lang. Vask "
         "den for hånd, ikke i oppvaskmaskin.")
C("X16", "A cheese slicer with a stainless steel blade and a birch handle, made in Lillehammer.\n22 cm long, about "
         "8½ inches. Five-year guarantee. NOK 249.")
C("X16", "Ostehøvel av rustfritt stål og bjørk, 249 kr.", "s")
C("X16", "Wash it by hand; it does not go in the dishwasher.", "s")
C("X16", qa(("Can it go in the dishwasher?", "No, wash it by hand."),
            ("What is the handle made of?", "Birch.")))
F("X16", "[[Tåler oppvaskmaskin]].", "care", "block", "Tåler ikke oppvaskmaskin.", native=True)
F("X16", "The handle is [[oak]].", "material", "block", "Birch.")
F("X16", "[[Ten-year guarantee]].", "warranty", "block", "Five-year guarantee.")
F("X16", "[[Laget i Bergen]].", "origin", "block", "Made in Lillehammer.", native=True)
F("X16", "[[18 cm]] long.", "number", "block", "22 cm.")
F("X16", "[[Made by Fiskars]].", "brand", "block", "The vendor is the only brand.")

# X17 jigsaw
pad("X17", "It has 1000 pieces.", "What should I know about it?")
C("X17", "A 1000-piece jigsaw of a harbour at dusk that makes up to 68 x 48 cm, about 27 by 19 inches.\nThe pieces "
         "are cut from 2 mm board of 100% recycled card and printed with vegetable-based inks.")
C("X17", "A poster of the picture comes in the box to work from. Printed and cut in Leeds.\nNot for children under "
         "three: small parts. £22.")
C("X17", "1000 pieces, 68 x 48 cm finished, recycled card. £22.", "s")
C("X17", "Printed and cut in Leeds, England, with a poster in the box.", "s")
C("X17", seo("1000-Piece Jigsaw: Harbour at Dusk | Tessellate Press",
             "A 1000-piece harbour-at-dusk jigsaw, 68 x 48 cm finished, cut from recycled card in Leeds."))
F("X17", "A [[1500-piece]] puzzle.", "number", "block", "1000 pieces.")
F("X17", "It makes up to [[80 x 60 cm]].", "number", "block", "68 x 48 cm.")
F("X17", "[[Suitable for toddlers]].", "health", "block", "Not for children under 3.")
F("X17", "[[Plastic-free packaging]].", "environmental", "block", "The listing says nothing about packaging.")
F("X17", "[[Glue sheets included]] to frame it.", "feature", "block", "Only a poster is in the box.")
F("X17", "[[Our best-selling puzzle]] three years running.", "social_proof", "warn", "Unverifiable social proof.")

# X18 binoculars
pad("X18", "They have BaK-4 roof prisms.", "What should I know about it?")
C("X18", "8x magnification, 42 mm objectives, BaK-4 roof prisms and fully multi-coated lenses.\nThe field of view "
         "is 131 m at 1000 m, and they focus down to 2 m, about 6½ feet.")
C("X18", "Nitrogen-purged and waterproof to 1 m for 30 minutes (IPX7). They weigh 680 g, about 1½ lb.\nNeck strap, "
         "case and lens caps are included; a tripod adapter is not. Ten-year warranty.")
C("X18", "8x42 roof prism binoculars, IPX7, 680 g. $229.", "s")
C("X18", "BaK-4 prisms, fully multi-coated, ten-year warranty.", "s")
C("X18", qa(("Are they waterproof?", "Yes, to 1 m for 30 minutes (IPX7), and nitrogen-purged."),
            ("Is there a tripod adapter?", "No. The strap, case and lens caps are included.")))
F("X18", "[[10x magnification]].", "number", "block", "8x.")
F("X18", "[[A tripod adapter comes in the box]].", "feature", "block", "No tripod adapter.")
F("X18", "Rated [[IPX8]].", "certification", "block", "IPX7.")
F("X18", "Just [[540 g]].", "number", "block", "680 g.")
F("X18", "[[Covered for 25 years]].", "warranty", "block", "Ten-year warranty.")
F("X18", "Close focus [[1.2 m]].", "number", "block", "2 m.")
F("X18", "[[Made in Japan]].", "origin", "block", "No origin in the listing.")

# X19 embroidery service
pad("X19", "We embroider on cotton, linen and towelling.", "What should I know about it?")
C("X19", "Send us something to personalise and we embroider initials or a name on it: up to three letters for "
         "$12, or a name of up to 12 characters for $18.\nIt is ready seven working days after your item reaches "
         "us, and return postage within the US is on us.")
C("X19", "We stitch on cotton, linen and towelling; not on leather, silk or knitwear.\nEach item takes one thread "
         "colour, picked from our chart of 20.")
C("X19", "Initials for $12, names up to 12 characters for $18.", "s")
C("X19", "Back in seven working days, with US return postage included.", "s")
C("X19", seo("Monogram Embroidery Service | Thread & Initial",
             "We embroider initials ($12) or a name up to 12 characters ($18) on cotton, linen or towelling. Ready "
             "in 7 working days."))
F("X19", "[[A full name costs $12]].", "price", "block", "A name is $18; $12 is initials.")
F("X19", "Ready in [[3 working days]].", "number", "block", "7 working days.")
F("X19", "We can also stitch on [[leather]].", "compatibility", "block", "No leather.")
F("X19", "[[Free return postage worldwide]].", "shipping", "block", "Return postage within the US only.")
F("X19", "[[Metallic gold thread]] on request.", "feature", "block", "One colour from a chart of 20; nothing "
  "about metallic thread.")
F("X19", "Choose from [[40 thread colours]].", "number", "block", "A chart of 20.")

# X20 enamel pin (thin)
pad("X20", "An enamel pin from Pinfold Studio.", "What should I know about it?")
C("X20", "The Fern enamel pin from Pinfold Studio. €8.")
C("X20", "Pinfold Studio's enamel pin, Fern.")
C("X20", "Fern enamel pin, €8.", "s")
C("X20", "An enamel pin: Fern.", "s")
C("X20", qa(("How much is it?", "€8."), ("Who makes it?", "Pinfold Studio.")))
F("X20", "[[25 mm]] across.", "number", "block", "No size in the listing.")
F("X20", "Set in [[gold-plated brass]].", "material", "block", "No material beyond enamel.")
F("X20", "In [[forest green]].", "colour", "warn", "No colour given.")
F("X20", "[[Ships free in a padded envelope]].", "shipping", "block", "No shipping terms in the listing.")
F("X20", "[[With two rubber clutches]].", "feature", "block", "Not in the listing.")
F("X20", "[[Made in Brighton]].", "origin", "block", "No origin in the listing.")

# X21 coat hanger (thin)
pad("X21", "A beech coat hanger, 44 cm wide.", "What should I know about it?")
C("X21", "A beech coat hanger, 44 cm wide. £6.")
C("X21", "A coat hanger in beech from Hallstand Goods, 44 cm across, about 17 inches.")
C("X21", "Beech coat hanger, 44 cm.", "s")
C("X21", "£6 for a beech hanger.", "s")
C("X21", seo("Beech Coat Hanger | Hallstand Goods", "A 44 cm beech coat hanger for £6."))
F("X21", "[[38 cm]] wide.", "number", "block", "44 cm.")
F("X21", "£6 each, or [[£25 for five]].", "price", "block", "£6 is the only price.")
F("X21", "[[With a non-slip trouser bar]].", "feature", "block", "Not in the listing.")
F("X21", "Finished in [[walnut veneer]].", "material", "block", "Beech.")
F("X21", "[[Beech from sustainably managed forests]].", "environmental", "block", "Not in the listing.")
F("X21", "[[The last hanger you will ever buy]].", "absolute", "warn", "An unverifiable absolute.")

# X22 watercolour set (grouped)
pad("X22", "Each piece is sold on its own.", "What should I know about it?")
C("X22", "Three things for starting watercolour, each sold on its own: a 12-pan palette at $24, a synthetic round "
         "brush No. 8 at $9 and an A5 cold-press pad of 300 gsm paper at $11.\nBuy all three for $44.")
C("X22", "The pad holds 12 sheets of 300 gsm cold-press paper, A5 size. The brush is a No. 8 round with synthetic "
         "hair.")
C("X22", "Palette $24, brush $9, pad $11.", "s")
C("X22", "A 12-pan palette, a No. 8 brush and an A5 pad, sold separately.", "s")
C("X22", qa(("Can I buy the pieces separately?", "Yes, each is sold on its own."),
            ("How much is the brush?", "$9.")))
F("X22", "[[The whole set is $39]].", "price", "block", "The three cost $44; no set price.")
F("X22", "A [[24-pan]] palette.", "number", "block", "12 pans.")
F("X22", "A brush of [[sable hair]].", "material", "block", "Synthetic hair.")
F("X22", "[[20 sheets]] of 300 gsm paper.", "number", "block", "12 sheets.")
F("X22", "[[Also in A4]].", "size", "block", "A5 only.")
F("X22", "[[Comes in a tin with a water brush]].", "feature", "block", "Not in the listing.")

# X23 paddle board (external)
pad("X23", "It comes with a pump, a three-piece paddle and a backpack.", "What should I know about it?")
C("X23", "An inflatable paddle board sold and shipped by our partner Harbourline Watersports; they look after "
         "delivery, returns and the warranty.\nIt measures 320 x 81 x 15 cm, about 10'6\" by 32 by 6 inches, and "
         "carries riders up to 120 kg.")
C("X23", "The board weighs 9.5 kg, about 21 lb. A pump, a three-piece paddle and a backpack come with it. Pump it "
         "to 15 psi.\n€499.")
C("X23", "Inflatable 10'6\" paddle board for riders up to 120 kg, €499.", "s")
C("X23", "Sold and shipped by Harbourline Watersports, with pump, paddle and backpack.", "s")
C("X23", seo("Inflatable Paddle Board 10'6\" | Harbourline Watersports",
             "A 320 x 81 x 15 cm inflatable paddle board for riders up to 120 kg, with pump, paddle and backpack. "
             "Sold by Harbourline Watersports."))
F("X23", "[[Covered by our two-year warranty]].", "warranty", "block", "The partner handles the warranty.")
F("X23", "[[We ship it free within 48 hours]].", "shipping", "block", "The partner handles delivery.")
F("X23", "For riders up to [[150 kg]].", "number", "block", "120 kg.")
F("X23", "[[An electric pump is included]].", "feature", "block", "A pump; nothing says electric.")
F("X23", "Inflate to [[25 psi]].", "number", "block", "15 psi.")
F("X23", "[[Doubles as a kayak]] with a seat.", "compatibility", "warn", "An invented use.")
F("X23", "A [[hard epoxy board]].", "category", "block", "An inflatable board.")

# X24 caderno (Portuguese)
pad("X24", "It has 96 lined sheets.", "What should I know about it?", "Tem 96 folhas pautadas.",
    "O que devo saber?")
C("X24", "Caderno A5 com capa de cortiça natural do Alentejo e 96 folhas pautadas de papel reciclado de 90 g/m².\n"
         "A encadernação é cosida e o caderno abre bem plano. Feito em Évora.")
C("X24", "An A5 notebook with a natural cork cover from the Alentejo and 96 lined sheets of 90 gsm recycled "
         "paper.\nThe sewn binding lets it lie flat. Made in Évora, Portugal. €14.")
C("X24", "Caderno A5 de cortiça, 96 folhas pautadas, 14 €.", "s")
C("X24", "Cork is not waterproof: wipe the cover with a dry cloth.", "s")
C("X24", qa(("A capa é à prova de água?", "Não. Limpe-a com um pano seco."),
            ("Quantas folhas tem?", "96 folhas pautadas de papel reciclado.")))
F("X24", "[[Capa à prova de água]].", "feature", "block", "A cortiça não é à prova de água.", native=True)
F("X24", "[[120 sheets]] of recycled paper.", "number", "block", "96 sheets.")
F("X24", "[[Feito em Coimbra]].", "origin", "block", "Feito em Évora.", native=True)
F("X24", "[[Also in A6]] for a pocket.", "size", "block", "A5 only.")
F("X24", "[[FSC-certified paper]].", "certification", "block", "Recycled paper; no certification given.")
F("X24", "A cover of [[vegan leather]].", "material", "block", "Natural cork.")

# X25 lambswool throw
pad("X25", "It is woven from 100% lambswool.", "What should I know about it?")
C("X25", "A throw of 100% lambswool in a herringbone weave, woven on our looms in Drefach Felindre, "
         "Carmarthenshire.\nIt measures 130 x 180 cm, about 51 by 71 inches, with 8 cm fringes at each end.")
C("X25", "Dry clean only.\nIn moss or slate, £95.")
C("X25", "Welsh lambswool throw, 130 x 180 cm, £95.", "s")
C("X25", "Herringbone lambswool in moss or slate; dry clean only.", "s")
C("X25", seo("Lambswool Throw 130 x 180 cm | Teifi Loom",
             "A 100% lambswool herringbone throw woven in Drefach Felindre, Wales. 130 x 180 cm, in moss or slate."))
F("X25", "[[Machine washable on a wool cycle]].", "care", "block", "Dry clean only.")
F("X25", "A [[lambswool and cashmere]] blend.", "material", "block", "100% lambswool.")
F("X25", "It measures [[150 x 200 cm]].", "number", "block", "130 x 180 cm.")
F("X25", "[[Woven in the Scottish Borders]].", "origin", "block", "Woven in Drefach Felindre, Wales.")
F("X25", "Also woven in [[mustard]].", "colour", "block", "Moss or Slate only.")
F("X25", "Woven in a [[tartan]] pattern.", "feature", "block", "A herringbone weave.")

# X26 Kampot pepper
pad("X26", "They come from Kampot, Cambodia.", "What should I know about it?")
C("X26", "Whole black peppercorns from Kampot, Cambodia, protected by a PGI. They are dried in the sun and sorted "
         "by hand.\nA 50 g resealable tin, about 1.8 oz, from the 2026 harvest.")
C("X26", "Grind them just before you cook. Best before 24 months from packing.\n$14 a tin.")
C("X26", "Kampot PGI black pepper, whole, 50 g. $14.", "s")
C("X26", "Sun-dried, hand-sorted peppercorns from the 2026 harvest.", "s")
C("X26", qa(("Are they ground?", "No, they are whole peppercorns; grind them just before use."),
            ("How long do they keep?", "Best before 24 months from packing.")))
F("X26", "[[Certified organic]] peppercorns.", "certification", "block", "PGI only.")
F("X26", "[[Grown in Kerala]].", "origin", "block", "From Kampot, Cambodia.")
F("X26", "[[Long pepper]] from Kampot.", "category", "block", "Black peppercorns.")
F("X26", "A [[100 g]] tin.", "number", "block", "50 g.")
F("X26", "[[Boosts metabolism]].", "health", "block", "A health claim the listing does not make.")
F("X26", "[[Red Kampot pepper]] in a tin.", "category", "block", "Black pepper.")

# X27 drumsticks
pad("X27", "They are 5A sticks in American hickory.", "What should I know about it?")
C("X27", "A pair of 5A drumsticks in American hickory with oval wood tips.\nThey are 406 mm long, 16 inches, and "
         "14.4 mm across, about 0.57 inch.")
C("X27", "A lacquered finish, and each pair is matched by weight and pitch.\n£11 a pair.")
C("X27", "Hickory 5A drumsticks with oval wood tips, £11 a pair.", "s")
C("X27", "Matched for weight and pitch, lacquered.", "s")
C("X27", seo("Hickory Drumsticks 5A | Backbeat Supply",
             "A matched pair of 5A drumsticks in American hickory, 406 mm long, with oval wood tips."))
F("X27", "[[Left unlacquered]] for a better grip.", "feature", "block", "Lacquered finish.")
F("X27", "Made of [[Japanese oak]].", "material", "block", "American hickory.")
F("X27", "[[Four sticks]] to a pack.", "number", "block", "A pair.")
F("X27", "[[Also in 7A and 5B]].", "size", "block", "5A only.")
F("X27", "[[420 mm]] long.", "number", "block", "406 mm.")
F("X27", "[[Made by Vic Firth]].", "brand", "block", "The vendor is the only brand.")

# X28 meat thermometer
pad("X28", "The probe is food-grade stainless steel.", "What should I know about it?")
C("X28", "An instant-read thermometer that gives a reading in 3 seconds across -50 to 300 °C, or -58 to 572 °F, "
         "and is accurate to 1 °C between -20 and 100 °C.\nThe 11 cm probe, about 4⅓ inches, folds away; it is "
         "food-grade stainless steel.")
C("X28", "Rated IP67, with a backlit display. The CR2032 battery is included, and it switches itself off after 10 "
         "minutes.\nRinse it under the tap; it is not dishwasher safe. Red or black, $29, with a two-year "
         "warranty.")
C("X28", "Reads in 3 seconds, -50 to 300 °C, IP67. $29.", "s")
C("X28", "Folding stainless probe, backlit display, battery included.", "s")
C("X28", qa(("Is the battery included?", "Yes, one CR2032."),
            ("Can it go in the dishwasher?", "No. Rinse it under the tap.")))
F("X28", "Reads in [[1 second]].", "number", "block", "3 seconds.")
F("X28", "Measures up to [[400 °C]].", "number", "block", "Up to 300 °C.")
F("X28", "[[Rated IP68]].", "certification", "block", "IP67.")
F("X28", "[[Connects to your phone over Bluetooth]].", "feature", "block", "Not in the listing.")
F("X28", "[[Dishwasher safe]].", "care", "block", "Not dishwasher safe.")
F("X28", "[[Free next-day delivery]].", "shipping", "block", "No shipping terms in the listing.")
F("X28", "Also in [[white]].", "colour", "block", "Red or Black.")

# X29 maple syrup
pad("X29", "It is Grade A Amber, Rich Taste.", "What should I know about it?")
C("X29", "Pure maple syrup, Grade A Amber with a rich taste, from our sugar bush in the Beauce region of Québec.\n"
         "250 ml, about 8½ fl oz, in a glass bottle, from the 2026 harvest.")
C("X29", "Nothing is added.\nRefrigerate once opened and use it within six months. C$15.")
C("X29", "Grade A Amber maple syrup from the Beauce, 250 ml. C$15.", "s")
C("X29", "Pure and vegan, with nothing added.", "s")
C("X29", seo("Pure Maple Syrup, Amber, 250 ml | Sucrerie Boisvert",
             "Grade A Amber, Rich Taste maple syrup from the Beauce, Québec, 2026 harvest. 250 ml glass bottle."))
F("X29", "Grade A [[Dark, Robust Taste]].", "category", "block", "Grade A Amber, Rich Taste.")
F("X29", "[[From Vermont]].", "origin", "block", "From the Beauce, Québec.")
F("X29", "[[No need to chill it]] once open.", "care", "block", "Refrigerate after opening.")
F("X29", "[[A healthy sugar substitute for diabetics]].", "health", "block", "A health claim the listing does not "
  "make.")
F("X29", "[[Kosher certified]].", "certification", "block", "No certification in the listing.")
F("X29", "A [[500 ml]] bottle.", "number", "block", "250 ml.")

# X30 hammock
pad("X30", "It is made of 210T parachute nylon.", "What should I know about it?")
C("X30", "A hammock of 210T parachute nylon that takes up to 200 kg, about 440 lb, with two steel carabiners.\n"
         "The single is 270 x 140 cm for $39; the double is 300 x 200 cm for $49.")
C("X30", "Tree straps are sold separately.\nMachine wash it cold and let it dry in the air. Forest or sky.")
C("X30", "Parachute nylon hammock for up to 200 kg, from $39.", "s")
C("X30", "Single or double, forest or sky; straps sold separately.", "s")
C("X30", qa(("Are tree straps included?", "No, they are sold separately."),
            ("How much weight does it hold?", "Up to 200 kg.")))
F("X30", "[[Tree straps included]].", "feature", "block", "Straps are sold separately.")
F("X30", "Holds up to [[300 kg]].", "number", "block", "200 kg.")
F("X30", "[[The double is $45]].", "price", "block", "The double is $49.")
F("X30", "The single is [[250 x 120 cm]].", "number", "block", "The single is 270 x 140 cm.")
F("X30", "[[Aluminium]] carabiners.", "material", "block", "Steel carabiners.")
F("X30", "[[The comfiest hammock ever made]].", "absolute", "warn", "An unverifiable superlative.")
F("X30", "[[Rated 4.9 stars by campers]].", "social_proof", "warn", "Unverifiable social proof.")


ORDER = ("description", "short_description", "seo", "description", "faq", "short_description", "seo")


def _html(paragraphs):
    return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)


def _serialise(kind, draft):
    if kind in ("seo", "faq"):
        return json.dumps(draft, ensure_ascii=False)
    return _html(draft.split("\n"))


def _strip_marks(marked):
    m = re.fullmatch(r"(.*)\[\[(.+?)\]\](.*)", marked, re.S)
    assert m, f"no single [[claim]] in {marked!r}"
    return m.group(1) + m.group(2) + m.group(3), m.group(2)


def _locate(kind, text, sentence, claim):
    if kind in ("seo", "faq"):
        esc_sentence, esc_claim = json.dumps(sentence, ensure_ascii=False)[1:-1], json.dumps(claim,
                                                                                            ensure_ascii=False)[1:-1]
    else:
        esc_sentence, esc_claim = html.escape(sentence, quote=False), html.escape(claim, quote=False)
    at = text.find(esc_sentence)
    assert at != -1 and text.find(esc_sentence, at + 1) == -1, (text, sentence)
    start = text.index(esc_claim, at)
    assert start + len(esc_claim) <= at + len(esc_sentence)
    return start, start + len(esc_claim), esc_claim


def _recast():
    listings = make_listings.LISTINGS
    seen = {}
    out = []
    for row in FAULTY:
        key = row["listing"]
        n = seen.get(key, 0)
        seen[key] = n + 1
        kind = row["kind"] or ORDER[n % len(ORDER)]
        sentence, claim = _strip_marks(row["draft"])
        filler, question = PAD[key][row["native"]]
        if row["more"]:
            filler = row["more"]
        if kind == "description":
            draft = f"{filler}\n{sentence}" if n % 2 else f"{sentence}\n{filler}"
        elif kind == "short_description":
            draft = sentence
        elif kind == "seo":
            draft = seo(f"{listings[key]['title']} | {listings[key]['vendor']}", sentence)
        else:
            draft = qa((question, sentence))
        text = _serialise(kind, draft)
        start, end, esc_claim = _locate(kind, text, sentence, claim)
        out.append({"listing": key, "kind": kind, "text": text,
                    "labels": [{"rule": row["rule"], "start": start, "end": end, "claim": esc_claim,
                                "severity": row["severity"], "why": row["why"]}]})
    return out


def build():
    clean = [{"listing": r["listing"], "kind": r["kind"], "text": _serialise(r["kind"], r["draft"]), "labels": []}
             for r in CLEAN]
    return clean, _recast()
