"""Hand-written drafts for guardrails holdout v23: clean (true paraphrases) and faulty (one planted claim each).

Faulty claims are marked [[...]] in the sentences below; build() strips the marks and records the span.
Imported by assemble.py.
"""
import html
import json
import re

import make_listings

RULE = {"N": "accuracy.number", "P": "accuracy.price", "M": "accuracy.material", "CO": "accuracy.colour",
        "CE": "accuracy.certification", "O": "accuracy.origin", "S": "accuracy.size", "CA": "accuracy.category",
        "FE": "accuracy.feature", "CR": "accuracy.care", "W": "accuracy.warranty", "B": "accuracy.brand",
        "CM": "accuracy.compatibility", "SH": "compliance.shipping", "H": "compliance.health",
        "AB": "compliance.absolute", "EN": "compliance.environmental", "SP": "compliance.social_proof"}
CLEAN = []
FAULTY = []
PAD = {}
NATIVE_Q = {"it": "Cosa devo sapere?", "da": "Hvad skal jeg vide?", "pl": "Co warto wiedzieć?",
            "no": "Hva bør jeg vite?", "cs": "Co je dobré vědět?", "fi": "Mitä siitä pitää tietää?",
            "es": "¿Qué debo saber?"}
LANG = {}


def C(listing, draft, kind="d"):
    CLEAN.append((listing, kind, draft))


def F(listing, draft, rule, severity, why, kind=None, native=False, more=None):
    FAULTY.append({"listing": listing, "draft": draft, "rule": RULE[rule], "severity": severity, "why": why,
                   "kind": kind, "native": native})


def qa(*pairs):
    return ("faq", [{"question": q, "answer": a} for q, a in pairs])


def seo(title, description):
    return ("seo", {"title": title, "description": description})


# ---- W01 bee smoker
PAD["W01"] = ("A stainless steel smoker with goatskin bellows and a hinged lid.", None)
C("W01", ["A stainless steel bee smoker with goatskin bellows and a hinged lid, made in Devon, England.",
          "The fire chamber is 10 cm (about 4 inches) across, and a galvanised wire guard keeps your fingers off "
          "the hot can."])
C("W01", ["Light it with dry pine needles, hessian or wood shavings; fuel is not included, so bring your own.",
          "It stands 25 cm tall and costs £46."])
C("W01", "A Devon-made stainless steel smoker, 25 cm tall, with goatskin bellows.", "s")
C("W01", "Empty the ash once it has gone cold, and keep the smoker away from the hive when you store it.", "s")
C("W01", qa(("Does it come with fuel?", "No. Fuel is not included; dry pine needles, hessian or wood shavings "
                                        "all work.")))
F("W01", "The bellows are [[cowhide leather]].", "M", "block", "the bellows are goatskin")
F("W01", "This smoker is [[handmade in Cornwall]].", "O", "block", "made in Devon")
F("W01", "It [[comes with a bag of pine-needle fuel]] to get you started.", "FE", "block", "fuel is not included")
F("W01", "The fire chamber is [[12 cm]] across.", "N", "block", "the fire chamber is 10 cm")
F("W01", "Its smoke [[calms the bees and prevents stings]].", "H", "block", "a safety claim the listing does not make")
F("W01", "[[Dishwasher safe]] for quick cleaning after a day at the hives.", "CR", "block",
  "the listing's care is to empty the cold ash; no dishwasher")
F("W01", "[[Beekeepers across the country swear by it]].", "SP", "warn", "social proof the listing does not give")

# ---- W02 braided line
PAD["W02"] = ("Eight-strand braided PE line, 150 m a spool.", None)
C("W02", ["Eight-strand braided PE line on a 150 m spool, in moss green.",
          "It has low stretch and suits spinning and baitcasting reels."])
C("W02", ["The 0.14 mm line tests to 9 kg (about 20 lb), the 0.20 mm to 14 kg and the 0.28 mm to 23 kg.",
          "The two thinner lines are $14 and the 0.28 mm is $16."])
C("W02", "150 m of low-stretch, eight-strand braid for spinning and baitcasting reels.", "s")
C("W02", "Not for fly reels. Tie it with a Palomar knot, because braid slips on a plain clinch.", "s")
C("W02", seo("Braided Fishing Line 150 m | Kestrel Tackle",
             "Eight-strand PE braid, 150 m, moss green, in 0.14, 0.20 and 0.28 mm."))
F("W02", "Each spool holds [[300 m]] of line.", "N", "block", "150 m a spool")
F("W02", "Also made in a [[0.35 mm]] diameter for heavy carp.", "S", "block", "diameters are 0.14, 0.20 and 0.28 mm")
F("W02", "It is [[perfect for fly reels]] too.", "CM", "block", "the listing says not for fly reels")
F("W02", "[[Every diameter is $14]].", "P", "block", "the 0.28 mm line is $16")
F("W02", "A [[bright yellow]] braid that is easy to see.", "CO", "block", "the line is moss green")
F("W02", "[[Fluorocarbon]] braid that sinks fast.", "M", "block", "the braid is PE (polyethylene)")
F("W02", "[[Free shipping on every order]].", "SH", "block", "no shipping terms are given")

# ---- W03 inner tube
PAD["W03"] = ("A butyl inner tube for 700c road and gravel tyres.", None)
C("W03", ["A butyl inner tube for 700c road and gravel tyres 25 to 32 mm wide.",
          "The Presta valve is 48 mm long and its core unscrews."])
C("W03", ["It weighs 105 g, or about 3.7 oz.", "Pump it to the pressure printed on your tyre."])
C("W03", "A 700 x 25-32c butyl tube with a 48 mm Presta valve, €8.50.", "s")
C("W03", "It will not fit Schrader rims, and patches and tyre levers are sold separately.", "s")
C("W03", seo("Presta Inner Tube 700 x 25-32c | Spoke & Chain",
             "Butyl 700c tube for 25-32 mm tyres, 48 mm Presta valve with removable core."))
F("W03", "Made of [[latex]] for a supple ride.", "M", "block", "the tube is butyl rubber")
F("W03", "It fits tyres from [[23 to 38 mm]] wide.", "S", "block", "fits 700 x 25-32c")
F("W03", "Works with [[Schrader rims]] as well as Presta.", "CM", "block", "the listing says not for Schrader rims")
F("W03", "The valve is [[60 mm]] long.", "N", "block", "the valve is 48 mm")
F("W03", "[[A pair of tyre levers is included]].", "FE", "block", "patches and levers are not included")
F("W03", "[[Puncture-proof]] on rough gravel.", "AB", "warn", "an absolute the listing does not make")

# ---- W04 aran yarn
PAD["W04"] = ("An Aran-weight yarn of 100 % Bluefaced Leicester wool.", None)
C("W04", ["An Aran-weight yarn of 100 % British Bluefaced Leicester wool, spun in West Yorkshire.",
          "Each 100 g skein holds about 180 m, just under 200 yards."])
C("W04", ["Knit it on 5 mm needles for 18 stitches to 10 cm.",
          "It comes in Heather, Slate and Rowan Red, at £9 a skein."])
C("W04", "Hand wash it cold and dry it flat: it is not superwash and will felt in a machine.", "s")
C("W04", "Dyed in small lots, so buy every skein you need from the same lot.", "s")
C("W04", qa(("Can I machine wash it?", "No. It is not superwash, so hand wash it cold and dry it flat.")))
F("W04", "[[Machine washable at 40 °C]].", "CR", "block", "hand wash cold; not superwash, it felts in a machine")
F("W04", "Spun from [[merino and silk]].", "M", "block", "100 % Bluefaced Leicester wool")
F("W04", "Each skein is about [[250 m]] long.", "N", "block", "about 180 m a skein")
F("W04", "[[Spun in the Scottish Borders]].", "O", "block", "spun in West Yorkshire")
F("W04", "Also in [[Forest Green]].", "CO", "block", "colours are Heather, Slate and Rowan Red")
F("W04", "[[Certified organic]] wool.", "CE", "block", "no certification is given")

# ---- W05 stoneware clay
PAD["W05"] = ("A buff stoneware throwing clay, 10 kg a bag.", None)
C("W05", ["A buff stoneware throwing clay with 10 % fine grog, in a sealed 10 kg bag (about 22 lb).",
          "Fire it to cone 6, around 1220 °C."])
C("W05", ["Expect about 12 % shrinkage from wet to fired.", "Keep the bag from freezing, or the clay goes crumbly."])
C("W05", "Cone 6 buff stoneware for the wheel, 10 kg for $24.", "s")
C("W05", "Pots are not food-safe until you glaze them with a food-safe glaze.", "s")
C("W05", qa(("What temperature does it fire to?", "Cone 6, which is about 1220 °C.")))
F("W05", "Fire it to [[cone 10]] for the best results.", "N", "block", "fire to cone 6")
F("W05", "A smooth clay [[with no grog]].", "M", "block", "it has 10 % fine grog")
F("W05", "Each bag holds [[20 kg]] of clay.", "N", "block", "one 10 kg bag")
F("W05", "[[Food-safe straight from the kiln]], glaze or no glaze.", "H", "block",
  "not food-safe until glazed with a food-safe glaze")
F("W05", "[[Dug and pugged in Cornwall]].", "O", "block", "no origin is given")
F("W05", "A [[porcelain]] clay for fine throwing.", "CA", "block", "a stoneware clay")

# ---- W06 iron gall ink
PAD["W06"] = ("A traditional iron gall ink for dip pens.", None)
C("W06", ["A traditional iron gall ink for dip pens, 50 ml in a glass bottle, mixed in Ghent, Belgium.",
          "It goes on grey-blue and darkens to near black as it dries."])
C("W06", ["Shake the bottle before use and rinse your nib in water afterwards.",
          "Keep it out of fountain pens: it corrodes their feeds."])
C("W06", "Iron gall ink for dip pens, 50 ml (about 1.7 fl oz), €19.", "s")
C("W06", "Grey-blue on the page, near black once dry; mixed in Ghent.", "s")
C("W06", seo("Iron Gall Ink 50 ml | Quillhaus",
             "Traditional iron gall ink for dip pens, mixed in Ghent, Belgium; darkens to near black."))
F("W06", "[[Safe for fountain pens]] and dip pens alike.", "CM", "block", "not for fountain pens")
F("W06", "A [[100 ml]] bottle.", "N", "block", "50 ml")
F("W06", "[[Waterproof]] once dry.", "FE", "block", "no water resistance is stated")
F("W06", "It dries to a [[deep red]].", "CO", "block", "grey-blue, darkening to near black")
F("W06", "[[Mixed in Paris]].", "O", "block", "mixed in Ghent, Belgium")
F("W06", "[[Non-toxic and safe for children]].", "H", "block", "a safety claim the listing does not make")

# ---- W07 teether
PAD["W07"] = ("A soft teething ring of food-grade silicone.", None)
C("W07", ["A soft teething ring of food-grade silicone, 8 cm across (just over 3 inches), for babies from 3 "
          "months.", "It is one piece with no small parts."])
C("W07", ["Wash it in warm soapy water, or sterilise it in boiling water for 3 minutes.",
          "Cool it in the fridge, never the freezer."])
C("W07", "A one-piece silicone teether in Sage or Sand, A$12.", "s")
C("W07", "For babies from 3 months; always stay with your baby while they teethe.", "s")
C("W07", qa(("Can it go in the freezer?", "No. Chill it in the fridge, never the freezer.")))
F("W07", "Suitable [[from birth]].", "H", "block", "for babies from 3 months")
F("W07", "[[Pop it in the freezer]] for extra relief.", "CR", "block", "fridge, never the freezer")
F("W07", "Made from [[natural rubber]].", "M", "block", "food-grade silicone")
F("W07", "[[Paediatrician approved]].", "CE", "block", "no approval is given")
F("W07", "Comes in [[Sage, Sand and Blush]].", "CO", "block", "colours are Sage and Sand")
F("W07", "[[The best teether money can buy]].", "AB", "warn", "a superlative")

# ---- W08 pH kit
PAD["W08"] = ("Liquid pH drops for freshwater tanks.", None)
C("W08", ["Liquid pH drops for freshwater aquariums, reading from pH 6.0 to 7.6 on the colour card.",
          "One bottle gives about 120 tests."])
C("W08", ["In the box: a 20 ml bottle of reagent, a glass test tube and the colour card.",
          "It is not for marine tanks or ponds."])
C("W08", "A freshwater pH test kit, pH 6.0-7.6, for $11.", "s")
C("W08", "Keep it out of children's reach, and do not swallow the reagent.", "s")
C("W08", seo("Aquarium pH Test Kit | Reedwater",
             "Freshwater pH drops, 6.0 to 7.6, about 120 tests, with a glass tube and colour card."))
F("W08", "Reads pH [[4.5 to 9.0]].", "N", "block", "reads pH 6.0 to 7.6")
F("W08", "[[Works in saltwater reef tanks]] too.", "CM", "block", "not for marine tanks")
F("W08", "About [[500 tests]] a bottle.", "N", "block", "about 120 tests")
F("W08", "Includes a [[plastic]] test tube.", "M", "block", "a glass test tube")
F("W08", "[[Lab-certified accurate to 0.01 pH]].", "CE", "block", "no certification or accuracy is given")
F("W08", "[[Also tests ammonia and nitrite]].", "FE", "block", "a pH kit only")

# ---- W09 bird feeder
PAD["W09"] = ("A clear acrylic feeder that sticks to a window.", None)
C("W09", ["A clear acrylic bird feeder that holds to your window with three suction cups.",
          "It takes about 300 g of seed, roughly 10.5 oz."])
C("W09", ["The roof lifts off, so filling and cleaning are easy.", "Rinse it with warm water every two weeks."])
C("W09", "A window feeder for chickadees, finches and other small birds, C$22.", "s")
C("W09", "Made for seed; it does not take suet.", "s")
C("W09", seo("Window Bird Feeder | Meadowlark",
             "Clear acrylic window feeder, three suction cups, holds about 300 g of seed."))
F("W09", "It holds [[1 kg]] of seed.", "N", "block", "about 300 g")
F("W09", "[[Perfect for suet cakes]].", "CM", "block", "not for suet")
F("W09", "A [[shatterproof glass]] body.", "M", "block", "acrylic")
F("W09", "Sticks on with [[four suction cups]].", "N", "block", "three suction cups")
F("W09", "[[Squirrel-proof]] design.", "FE", "block", "not stated")
F("W09", "[[Made from recycled ocean plastic]].", "EN", "block", "no recycled content is given")

# ---- W10 chalk ball
PAD["W10"] = ("Magnesium carbonate chalk in a refillable cotton ball.", None)
C("W10", ["Magnesium carbonate climbing chalk in a refillable cotton ball, 56 g (about 2 oz).",
          "It makes less dust than loose chalk, so most indoor walls allow it."])
C("W10", ["There are no drying agents or additives.",
          "When it runs low, refill it with loose chalk through the drawstring."])
C("W10", "A 56 g chalk ball for the climbing wall, £6.", "s")
C("W10", "Pure magnesium carbonate in a cotton ball you can refill.", "s")
C("W10", qa(("Can I refill it?", "Yes. Open the drawstring and top it up with loose chalk.")))
F("W10", "A [[200 g]] ball.", "N", "block", "56 g")
F("W10", "Mixed with a [[drying agent]] for extra grip.", "M", "block", "no drying agents or additives")
F("W10", "[[Allowed at every climbing wall]].", "AB", "warn", "the listing says most indoor walls")
F("W10", "[[Dust-free]], even on a crowded wall.", "FE", "block", "less dust, not dust-free")
F("W10", "[[Prevents blisters and cracked skin]].", "H", "block", "a health claim the listing does not make")
F("W10", "[[Made by Black Diamond]].", "B", "block", "the vendor Cragline is the only brand")

# ---- W11 pasta (Italian)
LANG["W11"] = "it"
PAD["W11"] = ("Bronze-drawn paccheri from Gragnano.", "Paccheri trafilati al bronzo.")
C("W11", ["Paccheri trafilati al bronzo ed essiccati lentamente per 36 ore a bassa temperatura.",
          "Solo semola di grano duro e acqua."])
C("W11", ["Bronze-drawn paccheri from Gragnano, near Naples, with the Pasta di Gragnano IGP.",
          "Just durum wheat semolina and water; cook it for 14 minutes."])
C("W11", "Paccheri di Gragnano IGP, confezione da 500 g, 4,20 €.", "s")
C("W11", "Contains gluten. Keep it somewhere cool and dry.", "s")
C("W11", qa(("Quanto tempo di cottura?", "14 minuti.")))
F("W11", "Paccheri [[all'uovo]], ricchi e gialli.", "M", "block", "only durum semolina and water", native=True)
F("W11", "Cottura [[8 minuti]].", "N", "block", "cooking time 14 minutes", native=True)
F("W11", "[[Senza glutine]].", "H", "block", "contains gluten", native=True)
F("W11", "[[Prodotta a Roma]].", "O", "block", "made in Gragnano (Naples)", native=True)
F("W11", "Made from [[certified organic]] durum wheat.", "CE", "block", "IGP only; no organic certification")
F("W11", "A [[1 kg]] bag.", "N", "block", "500 g")

# ---- W12 merino (Danish)
LANG["W12"] = "da"
PAD["W12"] = ("A soft merino yarn, 50 g a ball.", "Blødt merinogarn, 50 g pr. nøgle.")
C("W12", ["Blødt merinogarn i 100 % merinould, 50 g og ca. 125 m pr. nøgle.", "Strik på pind 3,5-4 mm."])
C("W12", ["A soft superwash merino, 50 g and about 125 m a ball.",
          "Spun in Italy and dyed in Denmark, in Havblå, Lyng and Natur."])
C("W12", "Kan vaskes i maskine på 30 °C uldprogram, men må ikke tørretumbles.", "s")
C("W12", "100 % merino wool for 3.5 to 4 mm needles, 45 kr a ball.", "s")
C("W12", qa(("Can it go in the tumble dryer?",
             "No. Machine wash it at 30 °C on a wool cycle, and keep it out of the tumble dryer.")))
F("W12", "[[Kan tørretumbles]].", "CR", "block", "must not be tumble dried", native=True)
F("W12", "[[Spundet i Danmark]].", "O", "block", "spun in Italy, dyed in Denmark", native=True)
F("W12", "Ca. [[200 m]] pr. nøgle.", "N", "block", "about 125 m", native=True)
F("W12", "A blend of [[merino and alpaca]].", "M", "block", "100 % merino")
F("W12", "[[Mulesing-free and GOTS certified]].", "CE", "block", "no certification is given")
F("W12", "Fås også i [[Sennepsgul]].", "CO", "block", "colours are Havblå, Lyng and Natur", native=True)

# ---- W13 honey (Polish)
LANG["W13"] = "pl"
PAD["W13"] = ("Dark buckwheat honey, 400 g a jar.", "Ciemny miód gryczany, 400 g w słoiku.")
C("W13", ["Ciemny miód gryczany z Lubelszczyzny w słoiku 400 g.",
          "Nie jest pasteryzowany, dlatego z czasem krystalizuje."])
C("W13", ["Dark buckwheat honey from the Lublin region of Poland, 400 g a jar.",
          "It is unpasteurised, so it will crystallise in time."])
C("W13", "Przechowywać w temperaturze pokojowej; nie dla dzieci poniżej 12 miesięcy.", "s")
C("W13", "400 g of Polish buckwheat honey for 39 zł.", "s")
C("W13", seo("Miód gryczany 400 g | Pasieka Zawada",
             "Ciemny, niepasteryzowany miód gryczany z Lubelszczyzny, 400 g."))
F("W13", "[[Miód lipowy]] o jasnym kolorze.", "CA", "block", "buckwheat honey, not linden", native=True)
F("W13", "[[Pasteryzowany]], więc nie krystalizuje.", "FE", "block", "not pasteurised; it crystallises",
  native=True)
F("W13", "[[Bezpieczny dla niemowląt]].", "H", "block", "not for children under 12 months", native=True)
F("W13", "A [[1 kg]] jar.", "N", "block", "400 g")
F("W13", "[[Store it in the fridge]] to keep it runny.", "CR", "block", "store at room temperature")
F("W13", "[[From the Tatra mountains]].", "O", "block", "from the Lublin region")

# ---- W14 grip wax (Norwegian)
LANG["W14"] = "no"
PAD["W14"] = ("A grip wax for classic skiing.", "Festevoks for klassisk langrenn.")
C("W14", ["Festevoks for klassisk langrenn på nysnø fra -1 °C til -7 °C, i en boks på 45 g.",
          "Laget i Lillehammer."])
C("W14", ["A grip wax for classic skiing on new snow between -1 and -7 °C (about 19 to 30 °F).",
          "Put on two to four thin layers under the foot and cork each one."])
C("W14", "Ikke for skøyteski.", "s")
C("W14", "Blue grip wax, 45 g, made in Lillehammer, 129 kr.", "s")
C("W14", qa(("Kan jeg bruke den på skøyteski?", "Nei, den er for klassisk langrenn.")))
F("W14", "Fra [[-1 °C til -15 °C]].", "N", "block", "-1 °C to -7 °C", native=True)
F("W14", "[[Perfect for skate skis]] too.", "CM", "block", "not for skate skis")
F("W14", "[[Laget i Sverige]].", "O", "block", "made in Lillehammer", native=True)
F("W14", "A [[100 g]] tin.", "N", "block", "45 g")
F("W14", "[[Fluorinated]] for extra glide.", "M", "block", "no ingredient is given")
F("W14", "[[Used by the national team]].", "SP", "warn", "social proof the listing does not give")

# ---- W15 glass beads (Czech)
LANG["W15"] = "cs"
PAD["W15"] = ("Czech glass seed beads, size 8/0.", "Skleněný rokajl velikosti 8/0.")
C("W15", ["Skleněný rokajl 8/0, asi 3 mm, v tubě po 20 g (asi 700 kusů).", "Vyrobeno v Jablonci nad Nisou."])
C("W15", ["Czech glass seed beads, size 8/0 (about 3 mm), made in Jablonec nad Nisou.",
          "The colour is fast: the beads are not dyed on the surface."])
C("W15", "20 g tubes of 8/0 glass beads in black, opal white or turquoise, 59 Kč.", "s")
C("W15", "Small parts: not for children under 3.", "s")
C("W15", seo("Skleněné perličky 8/0, 20 g | Perlárna Vlnka",
             "Český skleněný rokajl 8/0 z Jablonce nad Nisou, 20 g, asi 700 kusů."))
F("W15", "Velikost [[11/0]].", "S", "block", "size 8/0 only", native=True)
F("W15", "Asi [[1500 kusů]] v tubě.", "N", "block", "about 700 a tube", native=True)
F("W15", "[[Plastic]] beads, light and cheap.", "M", "block", "glass")
F("W15", "[[Vyrobeno v Číně]].", "O", "block", "made in Jablonec nad Nisou", native=True)
F("W15", "Also in [[ruby red]].", "CO", "block", "colours are black, opal white and turquoise")
F("W15", "[[Suitable for children of all ages]].", "H", "block", "small parts: not under 3")

# ---- W16 rye crispbread (Finnish)
LANG["W16"] = "fi"
PAD["W16"] = ("Wholegrain rye crispbread, 250 g.", "Täysjyväruisnäkkileipä, 250 g.")
C("W16", ["Täysjyväruisnäkkileipä, 250 g.", "Ainesosat: täysjyväruisjauho, vesi, suola ja hiiva."])
C("W16", ["Wholegrain rye crispbread, 250 g, baked in Kuopio, Finland.",
          "Just wholegrain rye flour, water, salt and yeast, with 18 g of fibre per 100 g."])
C("W16", "Sisältää gluteenia.", "s")
C("W16", "A 250 g pack of Finnish rye crispbread, €3.90.", "s")
C("W16", qa(("Is it gluten-free?", "No. It contains gluten.")))
F("W16", "[[Gluteeniton]].", "H", "block", "contains gluten", native=True)
F("W16", "Kuitua [[30 g]] / 100 g.", "N", "block", "fibre 18 g / 100 g", native=True)
F("W16", "[[Leivottu Helsingissä]].", "O", "block", "baked in Kuopio", native=True)
F("W16", "Made with [[sesame seeds]].", "M", "block", "rye flour, water, salt, yeast only")
F("W16", "A [[500 g]] pack.", "N", "block", "250 g")
F("W16", "[[Lowers cholesterol]].", "H", "block", "a health claim the listing does not make")

# ---- W17 climbing rope
PAD["W17"] = ("A single dynamic rope, 9.8 mm by 60 m.", None)
C("W17", ["A single dynamic rope, 9.8 mm thick and 60 m long (about 197 ft).",
          "It is certified to EN 892 and by the UIAA, and rated for 7 UIAA falls."])
C("W17", ["It weighs 64 g per metre, close to 3.8 kg for the whole rope.",
          "A middle mark shows you the half-way point."])
C("W17", "The rope is not dry-treated, so keep it out of rain and snow.", "s")
C("W17", "Retire it after a hard fall or after ten years, whichever comes first.", "s")
C("W17", qa(("Is it dry-treated?", "No. Keep it out of rain and snow.")))
F("W17", "[[Dry-treated]] for wet days on the crag.", "FE", "block", "not dry-treated")
F("W17", "Rated for [[12 UIAA falls]].", "N", "block", "7 UIAA falls")
F("W17", "A [[70 m]] rope.", "N", "block", "60 m")
F("W17", "[[Certified as a half and twin rope]] too.", "CE", "block", "a single rope, EN 892 and UIAA")
F("W17", "[[It lasts forever]].", "AB", "warn", "an absolute; retire after ten years")
F("W17", "[[Lifetime warranty]].", "W", "block", "no warranty is given")
F("W17", "[[Made in Austria]].", "O", "block", "no origin is given")

# ---- W18 kite
PAD["W18"] = ("A single-line delta kite, 140 cm wingspan.", None)
C("W18", ["A single-line delta kite with a 140 cm wingspan (about 55 inches).",
          "The sail is ripstop nylon and the spars are fibreglass."])
C("W18", ["It flies in winds of 8 to 25 km/h, roughly 5 to 15 mph.",
          "It comes with 30 m of line on a hand winder."])
C("W18", "A delta kite in Sunrise or Teal, NZ$38.", "s")
C("W18", "Never fly it near power lines or in a thunderstorm.", "s")
C("W18", seo("Delta Kite 140 cm | Updraft",
             "Single-line ripstop delta kite, 140 cm wingspan, for 8-25 km/h winds, with 30 m of line."))
F("W18", "Flies in winds up to [[50 km/h]].", "N", "block", "8 to 25 km/h")
F("W18", "[[Carbon-fibre]] spars.", "M", "block", "fibreglass spars")
F("W18", "Comes with [[100 m]] of line.", "N", "block", "30 m of line")
F("W18", "A [[two-line stunt kite]] for tricks.", "CA", "block", "a single-line delta kite")
F("W18", "In [[Sunrise, Teal and Violet]].", "CO", "block", "colours are Sunrise and Teal")
F("W18", "[[Ships free across New Zealand]].", "SH", "block", "no shipping terms are given")

# ---- W19 piano tuning (service)
PAD["W19"] = ("We tune pianos in your home near Bath.", None)
C("W19", ["We tune upright and grand pianos in your home, within 15 miles of Bath.",
          "A tuning to A = 440 Hz takes about an hour and a half."])
C("W19", ["A tuning visit is £95; if the piano is far flat, a pitch raise adds £40, making £135.",
          "Minor repairs are quoted on the day."])
C("W19", "We do not tune digital pianos, and we do not move pianos.", "s")
C("W19", "Book at least a week ahead.", "s")
C("W19", qa(("How much is a pitch raise?", "£40 on top of the £95 tuning.")))
F("W19", "We travel [[up to 50 miles]] from Bath.", "N", "block", "within 15 miles of Bath")
F("W19", "[[We also tune digital pianos]].", "CM", "block", "no digital pianos")
F("W19", "A pitch raise is [[included in the £95]].", "P", "block", "a pitch raise is £40 more (£135)")
F("W19", "[[Same-day appointments]] are easy to get.", "FE", "block", "book at least a week ahead")
F("W19", "[[Guaranteed to hold its tune for a year]].", "W", "block", "no guarantee is given")
F("W19", "Tuned to [[A = 442 Hz]].", "N", "block", "A = 440 Hz")
F("W19", "[[Our tuners are certified by the Piano Tuners Association]].", "CE", "block",
  "no certification is given")

# ---- W20 enamel pin (thin)
PAD["W20"] = ("An enamel pin from Cobble Press.", None)
C("W20", ["An enamel pin from Cobble Press."])
C("W20", ["The Enamel Pin by Cobble Press, $9."])
C("W20", "An enamel pin, $9.", "s")
C("W20", "Cobble Press enamel pin.", "s")
C("W20", seo("Enamel Pin | Cobble Press", "An enamel pin from Cobble Press for $9."))
F("W20", "[[Gold-plated]] enamel pin.", "M", "block", "no metal or plating is given")
F("W20", "It is [[25 mm]] across.", "N", "block", "no size is given")
F("W20", "[[Comes with two rubber clutches]].", "FE", "block", "no backing is described")
F("W20", "[[Ships free worldwide]].", "SH", "block", "no shipping terms")
F("W20", "[[Our best-selling pin]].", "SP", "warn", "social proof the listing does not give")
F("W20", "[[Made in the USA]].", "O", "block", "no origin is given")

# ---- W21 gift tag (thin)
PAD["W21"] = ("A kraft gift tag, 5 x 9 cm.", None)
C("W21", ["A kraft gift tag, 5 x 9 cm."])
C("W21", ["Twine & Tally's kraft gift tag, about 2 x 3.5 inches, for £1.50."])
C("W21", "A kraft gift tag for £1.50.", "s")
C("W21", "Kraft gift tag, 5 by 9 cm.", "s")
C("W21", qa(("How big is it?", "5 x 9 cm.")))
F("W21", "[[A pack of ten]] kraft tags.", "N", "block", "one tag; no count is given")
F("W21", "It measures [[10 x 15 cm]].", "N", "block", "5 x 9 cm")
F("W21", "[[Cotton twine included]].", "FE", "block", "no twine is mentioned")
F("W21", "[[100 % recycled]] kraft.", "EN", "block", "no recycled content is given")
F("W21", "[[Printed with a gold foil border]].", "FE", "block", "no print is described")
F("W21", "Just [[50p]] a tag.", "P", "block", "£1.50")

# ---- W22 pen care kit (grouped)
PAD["W22"] = ("Everything to keep a fountain pen writing, sold piece by piece.", None)
C("W22", ["Everything to keep a fountain pen writing, sold piece by piece.",
          "A 10 ml bulb syringe is $6, a 100 ml bottle of pen flush $11 and a pack of 20 lint-free cloths $5."])
C("W22", ["Buy all three and they come to $22."])
C("W22", "A bulb syringe, pen flush and lint-free cloths, each sold on its own.", "s")
C("W22", "The 100 ml pen flush is $11.", "s")
C("W22", seo("Fountain Pen Care Kit | Nibwright",
             "Bulb syringe ($6), 100 ml pen flush ($11) and 20 lint-free cloths ($5), sold one by one."))
F("W22", "[[The whole kit is $18]].", "P", "block", "pieces sold one by one, $6 + $11 + $5 = $22")
F("W22", "A [[250 ml]] bottle of pen flush.", "N", "block", "100 ml")
F("W22", "A pack of [[50 lint-free cloths]].", "N", "block", "20 cloths")
F("W22", "[[Safe for shellac inks]] as well.", "CM", "warn", "an invented use")
F("W22", "[[Comes in a leather zip case]].", "FE", "block", "no case is mentioned")
F("W22", "[[Made by Lamy]].", "B", "block", "the vendor Nibwright is the only brand")

# ---- W23 SUP pump (external)
PAD["W23"] = ("A double-action hand pump for inflatable paddle boards.", None)
C("W23", ["A double-action hand pump for inflatable paddle boards, with a gauge.",
          "It pumps up to 29 psi, about 2 bar."])
C("W23", ["Sold and shipped by our partner Tideway Sports, who handle delivery, returns and warranty."])
C("W23", "A hand pump with a gauge for paddle boards, up to 29 psi, $59.", "s")
C("W23", "Tideway Sports sells and ships this pump.", "s")
C("W23", qa(("Who handles returns?", "Our partner Tideway Sports handles delivery, returns and warranty.")))
F("W23", "Pumps up to [[40 psi]].", "N", "block", "up to 29 psi")
F("W23", "An [[electric]] pump that does the work for you.", "CA", "block", "a hand pump")
F("W23", "[[Covered by our two-year warranty]].", "W", "block", "the partner handles warranty; no terms")
F("W23", "[[We dispatch it the same day]].", "SH", "block", "the partner handles delivery")
F("W23", "[[Fits car tyres]] too.", "CM", "warn", "an invented use")
F("W23", "[[Made by Red Paddle Co]].", "B", "block", "the vendor Blue Inlet is the only brand")

# ---- W24 watercolour book (Spanish)
LANG["W24"] = "es"
PAD["W24"] = ("An A5 watercolour book, spiral-bound.", "Cuaderno de acuarela A5 con espiral.")
C("W24", ["Cuaderno de acuarela A5 con 24 hojas de 300 g/m² y 25 % de algodón.",
          "Grano fino y encuadernación con espiral."])
C("W24", ["An A5 watercolour book of 24 sheets, 300 g/m², 25 % cotton, made in Valencia.",
          "The paper is acid-free."])
C("W24", "No apto para tinta de alcohol.", "s")
C("W24", "A spiral-bound A5 watercolour book, €16.", "s")
C("W24", seo("Cuaderno de acuarela A5 | Papelería Brisa",
             "Cuaderno A5 de acuarela, 24 hojas de 300 g/m² con 25 % de algodón, hecho en Valencia."))
F("W24", "Papel [[100 % algodón]].", "M", "block", "25 % cotton", native=True)
F("W24", "Con [[48 hojas]].", "N", "block", "24 sheets", native=True)
F("W24", "Formato [[A4]].", "N", "block", "A5", native=True)
F("W24", "[[Apto para tinta de alcohol]].", "CM", "block", "not for alcohol ink", native=True)
F("W24", "[[Made in Portugal]].", "O", "block", "made in Valencia")
F("W24", "Papel de [[grano grueso]].", "FE", "block", "fine grain", native=True)

# ---- W25 mala (Spanish)
LANG["W25"] = "es"
PAD["W25"] = ("A mala of 108 sandalwood beads.", "Un mala de 108 cuentas de sándalo.")
C("W25", ["Un mala de 108 cuentas de sándalo de 8 mm con borla de algodón.", "Hecho a mano en Jaipur, India."])
C("W25", ["A mala of 108 sandalwood beads, each 8 mm, with a cotton tassel, handmade in Jaipur, India.",
          "Keep it dry: water dulls the scent of the wood."])
C("W25", "No lo mojes.", "s")
C("W25", "A 108-bead sandalwood mala, €28.", "s")
C("W25", qa(("¿Puedo mojarlo?", "No, el agua apaga el aroma de la madera.")))
F("W25", "Cuentas de [[rudraksha]].", "M", "block", "sandalwood beads", native=True)
F("W25", "Un mala de [[54 cuentas]].", "N", "block", "108 beads", native=True)
F("W25", "[[Hecho en Nepal]].", "O", "block", "handmade in Jaipur, India", native=True)
F("W25", "[[Relieves anxiety and lowers blood pressure]].", "H", "block", "a health claim")
F("W25", "A [[silk]] tassel.", "M", "block", "a cotton tassel")
F("W25", "[[Fine to wear in the shower]].", "CR", "block", "keep it dry")

# ---- W26 record brush
PAD["W26"] = ("A carbon-fibre brush with a walnut handle.", None)
C("W26", ["A carbon-fibre brush with a walnut handle that lifts dust and static from your records.",
          "Use it dry before each play."])
C("W26", ["It is not for wet cleaning.", "Keep the cap on between uses."])
C("W26", "One carbon-fibre record brush, $18.", "s")
C("W26", "A walnut-handled brush for a quick dry sweep before you play a record.", "s")
C("W26", seo("Vinyl Record Brush | Groove Hall",
             "Carbon-fibre record brush with a walnut handle, for dry cleaning before each play."))
F("W26", "[[Works with record cleaning fluid]] for a deep clean.", "CM", "block", "not for wet cleaning")
F("W26", "An [[oak]] handle.", "M", "block", "walnut handle")
F("W26", "[[A set of two brushes]].", "N", "block", "one brush")
F("W26", "[[Collectors rate it the best brush there is]].", "SP", "warn", "social proof")
F("W26", "[[Removes scratches]] as it cleans.", "FE", "block", "lifts dust and static only")
F("W26", "[[Handmade in Denmark]].", "O", "block", "no origin is given")

# ---- W27 terrarium tongs
PAD["W27"] = ("Long bamboo tongs with rounded tips.", None)
C("W27", ["Long bamboo tongs, 27 cm (about 10½ inches), for placing moss and stones in jars and terrariums.",
          "The tips are rounded."])
C("W27", ["Wipe them clean and do not soak them.", "One pair for £13."])
C("W27", "27 cm bamboo tongs for terrarium work.", "s")
C("W27", "Rounded bamboo tongs for moss and stones.", "s")
C("W27", seo("Bamboo Terrarium Tongs 27 cm | Mossbank",
             "Long bamboo tongs with rounded tips for placing moss and stones in terrariums."))
F("W27", "[[Stainless steel]] tongs.", "M", "block", "bamboo")
F("W27", "They are [[38 cm]] long.", "N", "block", "27 cm")
F("W27", "[[Dishwasher safe]].", "CR", "block", "wipe clean, do not soak")
F("W27", "[[Serrated tips]] grip tiny stones.", "FE", "block", "rounded tips")
F("W27", "[[FSC-certified]] bamboo.", "CE", "block", "no certification is given")
F("W27", "[[Plastic-free and carbon neutral]].", "EN", "block", "no environmental claim is given")

# ---- W28 bike lights
PAD["W28"] = ("A rechargeable front and rear light set.", None)
C("W28", ["A front light of 400 lumens and a rear of 30 lumens, each with its own 1200 mAh battery.",
          "Both charge by USB-C in about 3 hours."])
C("W28", ["Up to 6 hours on the low setting, and rated IPX5 against rain.",
          "Rubber straps fit bars and seat posts 22 to 35 mm across."])
C("W28", "A rechargeable front and rear light set, €42, with a two-year warranty.", "s")
C("W28", "400 lm at the front, 30 lm at the back, IPX5.", "s")
C("W28", qa(("How long is the warranty?", "Two years.")))
F("W28", "A [[1000-lumen]] front light.", "N", "block", "400 lumens")
F("W28", "[[Rated IPX7]], so it can go underwater.", "CE", "block", "rated IPX5")
F("W28", "Up to [[20 hours]] on low.", "N", "block", "up to 6 hours")
F("W28", "[[Five-year warranty]].", "W", "block", "two-year warranty")
F("W28", "Straps fit bars from [[22 to 50 mm]].", "S", "block", "22 to 35 mm")
F("W28", "[[Micro-USB]] charging.", "FE", "block", "USB-C")
F("W28", "[[StVZO approved]] for German roads.", "CE", "block", "no approval is given")

# ---- W29 gouda
PAD["W29"] = ("A cow's milk Gouda aged 18 months.", None)
C("W29", ["A Gouda of pasteurised cow's milk, aged 18 months, in a vacuum-packed 250 g wedge.",
          "It is made with animal rennet, so it is not vegetarian."])
C("W29", ["Keep it in the fridge at 4 to 8 °C (about 39 to 46 °F).", "Made in Gelderland, the Netherlands."])
C("W29", "An 18-month Gouda, 250 g, €9.50. Contains milk.", "s")
C("W29", "A wedge of aged Dutch Gouda from Gelderland.", "s")
C("W29", qa(("Is it vegetarian?", "No. It is made with animal rennet.")))
F("W29", "[[Suitable for vegetarians]].", "FE", "block", "animal rennet, not vegetarian")
F("W29", "Aged [[36 months]].", "N", "block", "18 months")
F("W29", "Made from [[goat's milk]].", "M", "block", "cow's milk")
F("W29", "[[Made in Friesland]].", "O", "block", "made in Gelderland")
F("W29", "[[No need to refrigerate]].", "CR", "block", "keep refrigerated at 4-8 °C")
F("W29", "[[Safe for anyone with lactose intolerance]].", "H", "block", "a health claim; contains milk")

# ---- W30 camping kettle
PAD["W30"] = ("A pre-seasoned cast iron kettle with a steel bail handle.", None)
C("W30", ["A pre-seasoned cast iron kettle holding 1.5 litres (about 51 fl oz), with a steel bail handle.",
          "Use it over a campfire or on a stove."])
C("W30", ["Dry it on the heat after each use so it does not rust, and never put it in the dishwasher.",
          "It weighs 2.3 kg, about 5 lb."])
C("W30", "A 1.5 L cast iron camping kettle, $54, with a one-year warranty.", "s")
C("W30", "Not for induction hobs.", "s")
C("W30", seo("Cast Iron Camping Kettle 1.5 L | Emberfield",
             "Pre-seasoned 1.5 L cast iron kettle with a steel bail handle, for campfires and stoves."))
F("W30", "Works on [[induction hobs]].", "CM", "block", "not for induction hobs")
F("W30", "[[Dishwasher safe]].", "CR", "block", "never in the dishwasher")
F("W30", "Holds [[3 litres]].", "N", "block", "1.5 litres")
F("W30", "An [[enamelled]] finish.", "M", "block", "pre-seasoned cast iron")
F("W30", "[[Ten-year warranty]].", "W", "block", "one-year warranty")
F("W30", "Weighs just [[900 g]].", "N", "block", "2.3 kg")
F("W30", "A [[brass]] handle.", "M", "block", "steel bail handle")


def _html(paragraphs):
    return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)


def _serialise(kind, draft):
    if kind in ("d", "s"):
        return _html(draft if isinstance(draft, list) else [draft])
    return json.dumps(draft[1], ensure_ascii=False)


def _strip_marks(marked):
    m = re.search(r"\[\[(.+?)\]\]", marked)
    assert m and marked.count("[[") == 1, marked
    return marked.replace("[[", "").replace("]]", ""), m.group(1)


def _locate(kind, text, sentence, claim):
    if kind in ("seo", "faq"):
        sentence = json.dumps(sentence, ensure_ascii=False)[1:-1]
        claim = json.dumps(claim, ensure_ascii=False)[1:-1]
    else:
        sentence = html.escape(sentence, quote=False)
        claim = html.escape(claim, quote=False)
    s = text.find(sentence)
    assert s != -1 and text.count(sentence) == 1, (text, sentence)
    c = text.find(claim, s)
    assert c != -1 and c + len(claim) <= s + len(sentence)
    return c, c + len(claim), claim


CYCLE = ("d", "s", "seo", "d", "faq", "s", "seo")
KIND = {"d": "description", "s": "short_description", "seo": "seo", "faq": "faq"}


def _recast():
    out = []
    seen = {}
    for f in FAULTY:
        key = f["listing"]
        n = seen.get(key, 0)
        seen[key] = n + 1
        kind = f["kind"] or CYCLE[n % len(CYCLE)]
        sentence, claim = _strip_marks(f["draft"])
        en_pad, native_pad = PAD[key]
        pad = native_pad if f["native"] else en_pad
        lst = make_listings.LISTINGS[key]
        if kind == "d":
            draft = [f"{pad} {sentence}" if n % 2 == 0 else f"{sentence} {pad}"]
        elif kind == "s":
            draft = sentence
        elif kind == "seo":
            draft = ("seo", {"title": f"{lst['title']} | {lst['vendor']}", "description": sentence})
        else:
            q = NATIVE_Q[LANG[key]] if f["native"] else "What should I know about it?"
            draft = ("faq", [{"question": q, "answer": sentence}])
        text = _serialise(kind, draft)
        start, end, stored = _locate(kind, text, sentence, claim)
        out.append({"listing": key, "kind": KIND[kind], "text": text,
                    "labels": [{"rule": f["rule"], "start": start, "end": end, "claim": stored,
                                "severity": f["severity"], "why": f["why"]}]})
    return out


def build():
    clean = []
    for key, kind, draft in CLEAN:
        if isinstance(draft, tuple):
            kind = draft[0]
        clean.append({"listing": key, "kind": KIND[kind], "text": _serialise(kind, draft), "labels": []})
    return clean, _recast()
