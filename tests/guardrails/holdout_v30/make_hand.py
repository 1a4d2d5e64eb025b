"""Hand-written clean and faulty drafts for guardrails holdout v30.

Each listing has a true padding sentence (`pad`, and `padn` in the listing's language), clean drafts and faulty
sentences. A faulty sentence marks its one unsupported claim with [[...]]; a leading "~" means the sentence is
in the listing's language (it then gets the native padding sentence and FAQ question).
"""
import html
import json
import re

import make_listings

RULES = {
    "num": "accuracy.number", "price": "accuracy.price", "mat": "accuracy.material", "col": "accuracy.colour",
    "cert": "accuracy.certification", "orig": "accuracy.origin", "size": "accuracy.size",
    "cat": "accuracy.category", "feat": "accuracy.feature", "care": "accuracy.care", "war": "accuracy.warranty",
    "brand": "accuracy.brand", "compat": "accuracy.compatibility", "ship": "compliance.shipping",
    "health": "compliance.health", "abs": "compliance.absolute", "env": "compliance.environmental",
    "social": "compliance.social_proof",
}
Q = "What should I know about it?"


def qa(*pairs):
    return [{"question": q, "answer": a} for q, a in pairs]


def seo(title, description):
    return {"title": title, "description": description}


def pad(key, en, q=Q, native=None, q_native=None):
    return {"key": key, "en": en, "q": q, "native": native, "q_native": q_native}


B, W = "block", "warn"

H = {
    "Y01": (pad("Y01", "The 26 cm body is stainless steel with a J-hook at one end."), [
        "A J-hook hive tool about 10 inches long, in 2 mm stainless steel. Its red paint makes it easy to spot "
        "when you set it down in the grass.",
        "Stainless J-hook hive tool, 26 cm, painted red, $14.",
        "Scrape propolis and lift frames with a red stainless steel hive tool; wash it in hot water or flame it "
        "between hives.",
        ("How heavy is it?", "Just over 4 oz (120 g), with a flat scraper at one end and a J-hook at the other."),
    ], [
        ("Forged from [[carbon steel]] for a stiff edge.", "mat", B, "the listing says stainless steel"),
        ("The [[32 cm]] body gives plenty of leverage.", "num", B, "the body is 26 cm"),
        ("[[Trusted by over 5,000 beekeepers]].", "social", W, "invented social proof"),
        ("[[Dishwasher safe]], so cleaning up after an inspection takes seconds.", "care", B,
         "care given is hot water or flame; no dishwasher"),
        ("Its [[glow-in-the-dark grip]] shows up at dusk.", "feat", B, "no such grip; it is painted red"),
    ]),
    "Y02": (pad("Y02", "It is cut from vegetable-tanned cowhide and closes with three elastic straps."), [
        "An 18 cm (about 7 inch) forearm guard in thick 4 mm vegetable-tanned leather, held on by three elastic "
        "straps over brass hooks. It suits either arm.",
        "Cowhide arm guard, hand-cut and stitched in Shropshire; chestnut or black, £32.",
        "A vegetable-tanned leather arm guard made in Ludlow, England, for forearms 20 to 28 cm around.",
        ("How do I look after it?", "Wipe it with a damp cloth, condition it from time to time and don't let "
         "it get soaked in the rain."),
    ], [
        ("Stitched in [[Walsall]] by our leatherworkers.", "orig", B, "made in Ludlow, Shropshire"),
        ("Made of [[chrome-tanned]] cowhide that stays supple.", "mat", B, "vegetable-tanned"),
        ("Choose Chestnut, Black or [[Oxblood]].", "col", B, "colours are Chestnut and Black"),
        ("[[Approved by Archery GB]] for tournament use.", "cert", B, "no approval in the listing"),
        ("It fits forearms up to [[34 cm]] around.", "num", B, "20 to 28 cm"),
    ]),
    "Y03": (pad("Y03", "It is woven from natural rattan cane and comes with a cotton liner."), [
        "A round rattan banneton about 8½ inches across and just over 3 inches deep, sized for 750 g to 1 kg of "
        "dough. A removable cotton liner comes with it.",
        "Dust it with rice flour, knock the flour out after baking and let it air dry; keep soap and the oven "
        "away from the cane.",
        "Round 22 cm rattan proofing basket with cotton liner, $19.",
        ("How much dough does it take?", "A loaf of about 750 g to 1 kg of dough."),
    ], [
        ("Hand-woven [[in Java]] from rattan cane.", "orig", B, "no origin in the listing"),
        ("[[Oven-safe to 230 °C]], so you can bake right in it.", "compat", B, "never put it in the oven"),
        ("At [[22 cm deep]], it gives a tall loaf.", "num", B, "22 cm is the diameter; it is 8 cm deep"),
        ("The [[linen]] liner lifts out for washing.", "mat", B, "the liner is cotton"),
        ("An [[oval]] banneton for long loaves.", "feat", B, "the basket is round"),
    ]),
    "Y04": (pad("Y04", "It is machined from 6061 aluminium and takes 5 and 6 weight lines."), [
        "A large-arbor reel for 5/6 weight lines, machined from 6061 aluminium, with a sealed carbon drag. It weighs "
        "about 5 oz.",
        "Holds a WF5 line plus 100 yd of 20 lb backing; switch between left- and right-hand retrieve without "
        "tools.",
        "5/6 weight fly reel in olive or gunmetal, sealed drag, $89.",
        ("Can I fish it in the sea?", "Yes, as long as you rinse it in fresh water after salt."),
    ], [
        ("Also fits [[7 and 8 weight]] lines for bigger rivers.", "compat", B, "5/6 weight only"),
        ("Room for [[200 yards]] of backing.", "num", B, "100 yards of backing"),
        ("The [[cork]] drag is easy to service.", "mat", B, "a sealed carbon drag"),
        ("Also in [[Silver]].", "col", B, "colours are Olive and Gunmetal"),
        ("[[Right-hand retrieve only]].", "feat", B, "left or right hand retrieve"),
    ]),
    "Y05": (pad("Y05", "The 55 mm dome is solid brass."), [
        "A solid brass bicycle bell with a 55 mm (about 2¼ in) dome and a steel striker for a long ring. The "
        "clamp in the box fits bars from 22.2 to 25.4 mm.",
        "Brass bike bell, 60 g, €22. Oversize 31.8 mm bars need the larger clamp, sold on its own.",
        "A loud polished brass bell that darkens with age; clamp included for 22.2-25.4 mm handlebars.",
        ("Will it fit 31.8 mm bars?", "Not with the clamp in the box: 31.8 mm bars need the larger clamp, "
         "which is sold separately."),
    ], [
        ("Fits [[every handlebar from 22 to 35 mm]] with the clamp in the box.", "compat", B,
         "22.2 to 25.4 mm with the included clamp"),
        ("[[Chrome-plated]] brass with a mirror shine.", "mat", B, "polished brass, no plating"),
        ("A [[70 mm]] dome for a bigger sound.", "num", B, "55 mm dome"),
        ("[[Made in Germany]].", "orig", B, "no origin in the listing"),
        ("[[The loudest bell you can buy]].", "abs", W, "superlative"),
    ]),
    "Y06": (pad("Y06", "The tips are bamboo and the cable is 80 cm long."), [
        "Fixed circulars with smooth bamboo tips on an 80 cm (about 31½ inch) cable, in sizes from 3 mm to "
        "6 mm.",
        "One pair of 80 cm bamboo circular needles, £9.50.",
        "Bamboo circular knitting needles, 3-6 mm, nylon-coated steel cable.",
        ("Do you have 5.5 mm?", "No: the sizes are 3, 3.5, 4, 4.5, 5 and 6 mm."),
    ], [
        ("Also in [[8 mm and 10 mm]] for chunky yarn.", "size", B, "sizes 3 mm to 6 mm"),
        ("Tips of [[rosewood]] for extra glide.", "mat", B, "bamboo tips"),
        ("A [[100 cm]] cable for magic loop.", "num", B, "80 cm cable"),
        ("[[Interchangeable tips]] screw onto the cable.", "feat", B, "fixed circular needles"),
        ("[[Sustainably harvested, pesticide-free bamboo]].", "env", B, "no such claim in the listing"),
    ]),
    "Y07": (pad("Y07", "It heats tanks of 60 to 120 litres."), [
        "A 100 W submersible heater for fresh or salt water tanks holding 60 to 120 L (roughly 16 to 32 US "
        "gallons). Dial it from 18 to 32 °C, about 64 to 90 °F.",
        "Quartz glass heater, 28 cm long, two suction cups, $34.",
        "100 W aquarium heater with an indicator light and a two-year warranty.",
        ("Can I use it on 230 V?", "No, it is made for 120 V only."),
    ], [
        ("Heats tanks up to [[200 litres]].", "num", B, "60 to 120 litres"),
        ("Runs on [[120 V or 230 V]].", "compat", B, "120 V only"),
        ("A [[titanium]] heater tube.", "mat", B, "quartz glass"),
        ("Backed by a [[five-year warranty]].", "war", B, "two-year warranty"),
        ("[[Safe to lift out of the tank while it is still plugged in]].", "health", B,
         "unplug and wait 15 minutes first"),
    ]),
    "Y08": (pad("Y08", "They are 8x42 roof prism binoculars with BaK-4 prisms."), [
        "8x42 roof prisms with phase-coated BaK-4 glass and fully multi-coated optics. They weigh 680 g (about 1½ lb) "
        "and come with a neoprene strap.",
        "Nitrogen-filled, waterproof to a metre, close focus of 2 m.",
        "8x42 birdwatching binoculars with case, strap and caps; ten-year warranty; $189.",
        ("What's the field of view?", "131 m at 1,000 m, which is about 393 ft at 1,000 yd."),
    ], [
        ("[[10x]] magnification brings birds closer.", "num", B, "8x"),
        ("Waterproof to [[5 m]].", "num", B, "waterproof to 1 m"),
        ("Covered by a [[lifetime warranty]].", "war", B, "ten-year warranty"),
        ("[[ED glass]] removes colour fringing.", "feat", B, "no ED glass in the listing"),
        ("[[Zeiss]] optics inside.", "brand", B, "vendor is Kestrel Hill Optics"),
    ]),
    "Y09": (pad("Y09", "It is a medium brush of goat hair on a bamboo handle.", q_native="知っておくべきことは？",
                native="羊毛の中筆で、軸は竹です。"), [
        "A medium calligraphy brush of goat hair with a bamboo handle; the hair is about 4.5 cm (1¾ in) long. "
        "Made by brush makers in Kumano, Hiroshima, Japan.",
        "熊野町の職人による羊毛の中筆。¥2,800。",
        "Kumano goat-hair calligraphy brush, medium size, bamboo handle.",
        ("How do I clean it?", "Rinse the ink out with lukewarm water, reshape the tip and hang it to dry."),
    ], [
        ("A [[weasel hair]] tip for crisp strokes.", "mat", B, "羊毛 (goat hair)"),
        ("~[[奈良]]の職人が作りました。", "orig", B, "made in Kumano, Hiroshima"),
        ("A [[large]] brush for big characters.", "size", B, "a medium brush (中筆)"),
        ("[[Comes with an ink stick and an ink stone]].", "feat", B, "the brush alone"),
        ("Only [[$28]].", "price", B, "2,800 JPY, not dollars"),
    ]),
    "Y10": (pad("Y10", "It was grown at about 1,400 m in Alishan, Taiwan."), [
        "A lightly oxidised high-mountain oolong from Alishan in Chiayi County, picked in spring 2026. Floral "
        "and creamy, it gives five or six infusions.",
        "Brew 5 g in 150 ml at 95 °C (203 °F).",
        "Alishan oolong, 75 g (about 2.6 oz) resealable pouch, $24.",
        ("How high is it grown?", "At about 1,400 metres, roughly 4,600 feet."),
    ], [
        ("Grown in [[Fujian, China]].", "orig", B, "Alishan, Taiwan"),
        ("A [[heavily roasted, dark oolong]].", "cat", B, "lightly oxidised"),
        ("Picked in [[autumn 2025]].", "num", B, "spring 2026 harvest"),
        ("[[Certified organic]] leaves.", "cert", B, "no certification"),
        ("It [[lowers blood pressure and aids digestion]].", "health", B, "health claim"),
    ]),
    "Y11": (pad("Y11", "It is hand-painted in cobalt blue on white glaze.", q_native="O que devo saber?",
                native="Pintado à mão em azul cobalto sobre branco."), [
        "A hand-painted faience tile in cobalt blue on white, 15 x 15 cm (about 6 x 6 inches). Made in Aveiro, "
        "Portugal, for indoor walls.",
        "Azulejo de faiança pintado à mão, feito em Aveiro. 18 €.",
        "Hand-painted Portuguese wall tile, blue and white, €18.",
        ("Can I use it on a floor?", "No, it is for indoor walls only; clean it with a damp cloth."),
    ], [
        ("~Feito em [[Lisboa]].", "orig", B, "feito em Aveiro"),
        ("Suitable for [[floors and outdoor walls]].", "compat", B, "interior walls only, not floors"),
        ("Painted in [[cobalt blue and yellow]].", "col", B, "cobalt blue on white"),
        ("A [[porcelain]] tile.", "mat", B, "faiança (faience)"),
        ("A [[20 x 20 cm]] tile.", "num", B, "15 x 15 cm"),
    ]),
    "Y12": (pad("Y12", "It holds 350 ml.", q_native="Co warto wiedzieć?", native="Pojemność 350 ml."), [
        "A stoneware mug hand-stamped with the peacock-eye pattern, made in Bolesławiec, Poland. It holds "
        "350 ml, about 12 fl oz.",
        "Kubek z kamionki z Bolesławca, 350 ml, 69 zł.",
        "Boleslawiec peacock mug, dishwasher and microwave safe.",
        ("Can it go in the oven?", "No. The dishwasher and microwave are fine, the oven is not."),
    ], [
        ("[[Oven-safe]] for baking mug cakes.", "compat", B, "not for the oven"),
        ("~Wykonany w [[Krakowie]].", "orig", B, "made in Bolesławiec"),
        ("Each pattern is [[painted freehand]].", "feat", B, "hand-stamped"),
        ("A [[450 ml]] mug.", "num", B, "350 ml"),
        ("[[EU food-safety certified]].", "cert", B, "no certification"),
    ]),
    "Y13": (pad("Y13", "They are hand-knitted in Selbu.", q_native="Hva bør jeg vite?",
                native="Strikket for hånd i Selbu."), [
        "Hand-knitted mittens in 100 % Norwegian wool with the traditional black-and-white Selbu pattern.",
        "Selbuvotter i norsk ull, str. S, M og L, 549 kr.",
        "Selbu mittens hand-knitted in Norway, black and white wool, sizes S-L.",
        ("How do I wash them?", "By hand in lukewarm water, then dry them flat."),
    ], [
        ("Soft [[merino]] wool.", "mat", B, "100 % Norwegian wool"),
        ("Sizes [[XS to XL]].", "size", B, "S, M and L"),
        ("~[[Maskinvask på 40 grader]].", "care", B, "hand wash in lukewarm water"),
        ("Knitted in [[red and white]].", "col", B, "black and white"),
        ("[[Machine-knitted]] in Selbu.", "feat", B, "knitted by hand"),
    ]),
    "Y14": (pad("Y14", "It is carved from curly birch.", q_native="Mitä minun pitää tietää?",
                native="Kauha on visakoivua."), [
        "A sauna ladle of curly birch, 40 cm long (about 16 inches), with a cup of about 100 ml. Made in "
        "Kuopio, Finland.",
        "Visakoivuinen saunakauha Kuopiosta, 39 €.",
        "Curly birch sauna ladle, 40 cm, made in Finland.",
        ("Can it go in the dishwasher?", "No. Let it dry after each sauna and keep it out of the dishwasher."),
    ], [
        ("An [[aspen]] ladle.", "mat", B, "curly birch (visakoivu)"),
        ("A cup of [[3 dl]].", "num", B, "about 1 dl"),
        ("~Valmistettu [[Rovaniemellä]].", "orig", B, "valmistettu Kuopiossa"),
        ("[[Dishwasher safe]].", "care", B, "no dishwasher"),
        ("[[Comes with a matching bucket]].", "feat", B, "the ladle alone"),
    ]),
    "Y15": (pad("Y15", "It is blended in Kochi, Kerala."), [
        "Nine spices, roasted and ground in small batches: coriander, cumin, black pepper, green cardamom, "
        "cinnamon, cloves, bay leaf, nutmeg and mace. Blended in Kochi, India.",
        "Salt-free garam masala with no added colour, ₹349 for a 100 g jar.",
        "Kerala garam masala, 100 g (3.5 oz) glass jar.",
        ("How long does it keep?", "Best within six months of opening; keep it airtight and out of the sun."),
    ], [
        ("With [[star anise and fennel]].", "mat", B, "not among the nine spices"),
        ("Blended in [[Amritsar]].", "orig", B, "Kochi, Kerala"),
        ("A [[250 g]] jar.", "num", B, "100 g"),
        ("It [[cures indigestion]].", "health", B, "health claim"),
        ("Packed in a [[compostable pouch]].", "env", B, "a glass jar; no such claim"),
    ]),
    "Y16": (pad("Y16", "It is a medium roast with notes of chocolate and nuts.", q_native="O que devo saber?",
                native="Torra média, notas de chocolate e castanha."), [
        "Whole-bean arabica from the Cerrado Mineiro in Minas Gerais, Brazil: all Yellow Catuaí, medium "
        "roasted, with chocolate and nut notes.",
        "Café em grão Catuaí Amarelo, torra média, 500 g, R$ 79,90.",
        "Cerrado Mineiro whole-bean coffee with designation of origin, 500 g (about 1.1 lb).",
        ("Is it ground?", "No, these are whole beans in a 500 g valve bag."),
    ], [
        ("A [[dark roast]].", "feat", B, "torra média (medium roast)"),
        ("~Da região [[Sul de Minas]].", "orig", B, "Cerrado Mineiro"),
        ("A [[blend of arabica and robusta]].", "mat", B, "100 % arabica"),
        ("~Por apenas [[R$ 59,90]].", "price", B, "R$ 79,90"),
        ("[[Rainforest Alliance certified]].", "cert", B, "only the designation of origin"),
    ]),
    "Y17": (pad("Y17", "It hangs from a leather strap with a buckle.", q_native="Was sollte ich wissen?",
                native="Sie hat einen Lederriemen mit Schnalle."), [
        "A cast brass cowbell, 9 cm (about 3½ in) across, on a leather strap with a buckle. Cast and polished "
        "in Appenzell, Switzerland.",
        "Messingglocke aus Appenzell, 9 cm, CHF 48.",
        "Swiss brass cowbell with leather strap, for decoration.",
        ("Can my dog play with it?", "No, it is a decoration and not a dog toy."),
    ], [
        ("~In [[Graubünden]] gegossen.", "orig", B, "in Appenzell gegossen"),
        ("[[Safe as a chew toy for puppies]].", "health", B, "not suitable as a dog toy"),
        ("A [[bronze]] bell.", "mat", B, "brass"),
        ("With an [[embroidered edelweiss strap]].", "feat", B, "a plain leather strap"),
        ("Now [[CHF 38]].", "price", B, "CHF 48"),
    ]),
    "Y18": (pad("Y18", "It is a 70 cm square of cotton."), [
        "A 70 x 70 cm (about 27½ inch) square of cotton, screen-printed with waves. Wrap a gift, a bottle or a "
        "lunch box in it, or knot it into a bag.",
        "Cotton furoshiki in indigo or persimmon, $28.",
        "Wave-print furoshiki wrapping cloth, machine wash cold.",
        ("Will the colour last?", "It may fade a little with washing; wash it cold and line dry."),
    ], [
        ("A [[silk]] furoshiki.", "mat", B, "100 % cotton"),
        ("[[Colourfast, it never fades]].", "feat", B, "the colour may fade with washing"),
        ("[[Hand-dyed in Kyoto]].", "orig", B, "no origin; screen-printed"),
        ("[[The finest furoshiki in Japan]].", "abs", W, "superlative"),
        ("Also in [[Sakura Pink]].", "col", B, "Indigo and Persimmon"),
    ]),
    "Y19": (pad("Y19", "It has a front clip and a back clip."), [
        "A no-pull harness with clips front and back, padded polyester webbing, reflective stitching and "
        "aluminium buckles.",
        "S and M are A$54, L is A$59.",
        "Padded no-pull dog harness for chests 45 to 98 cm.",
        ("Which size for a 70 cm chest?", "Medium, which fits chests of 58 to 78 cm."),
    ], [
        ("Sizes [[XS to XL]].", "size", B, "S, M and L"),
        ("[[Steel]] buckles.", "mat", B, "aluminium buckles"),
        ("[[All sizes A$54]].", "price", B, "L is A$59"),
        ("[[Machine washable]].", "care", B, "hand wash"),
        ("[[Safe for tying your dog up outside]].", "health", B, "do not leave a dog tied up in it"),
    ]),
    "Y20": (pad("Y20", "It has a steel pick and a nylon brush."), [
        "A steel hoof pick with a stiff nylon brush on the back, 14 cm (about 5½ in) long.",
        "Hoof pick and brush in one, £7.50.",
        "Steel hoof pick with brush, one on a card.",
        ("How many come in a pack?", "One, on a card."),
    ], [
        ("A [[wooden handle]].", "mat", B, "a plastic handle"),
        ("A [[pack of three]].", "num", B, "a card of one"),
        ("[[Made in Newmarket]].", "orig", B, "no origin"),
        ("It [[folds away]] into the handle.", "feat", B, "no folding"),
        ("It [[prevents thrush]] when used daily.", "health", B, "health claim"),
    ]),
    "Y21": (pad("Y21", "They are 54 mm wheels, hardness 99A."), [
        "Four 54 mm urethane wheels at 99A, conical, with a 32 mm contact patch, for street and park.",
        "Set of 4 wheels in white or yellow, $36; bring your own bearings.",
        "54 mm 99A skateboard wheels, conical shape.",
        ("Are bearings included?", "No, you will need your own bearings."),
    ], [
        ("[[Bearings included]].", "feat", B, "bearings are not included"),
        ("A soft [[78A]] for cruising.", "num", B, "99A"),
        ("[[Poured in California]].", "orig", B, "no origin"),
        ("[[Used by pro skaters worldwide]].", "social", W, "social proof"),
        ("Also in [[58 mm]].", "size", B, "54 mm only"),
    ]),
    "Y22": (pad("Y22", "It is made of 1000D Cordura with a fleece lining."), [
        "A Cordura chalk bag with a fleece lining, drawcord closure, brush holder and a waist belt. The 12 cm "
        "(4¾ in) opening takes hands up to size L.",
        "Chalk bag in rust or slate, $26; chalk and brush not included.",
        "1000D Cordura chalk bag with fleece lining and belt.",
        ("Does it come with chalk?", "No, chalk and brush are not included."),
    ], [
        ("[[Brush and 100 g of chalk included]].", "feat", B, "chalk and brush not included"),
        ("Sewn from [[recycled]] Cordura.", "env", B, "no recycled claim"),
        ("Made by [[Black Diamond]].", "brand", B, "vendor is Cragline"),
        ("[[The only chalk bag you'll ever need]].", "abs", W, "absolute"),
        ("A [[15 cm]] opening.", "num", B, "a 12 cm opening"),
    ]),
    "Y23": (pad("Y23", "There are six tools with beech handles."), [
        "Six loop tools with hardened steel ribbons and beech handles, each about 6 inches long: three round "
        "loops and three square. They come rolled in canvas.",
        "Set of six trimming tools, $21.",
        "Pottery loop tool set with beech handles and a canvas roll.",
        ("Will they rust?", "Wipe them dry after use so the steel doesn't rust."),
    ], [
        ("[[Eight]] tools in the set.", "num", B, "six"),
        ("Rolled in a [[leather]] case.", "mat", B, "a canvas roll"),
        ("[[Loved by 10,000 potters]].", "social", W, "social proof"),
        ("[[Made in Stoke-on-Trent]].", "orig", B, "no origin"),
        ("A [[lifetime guarantee]] on every loop.", "war", B, "no warranty stated"),
    ]),
    "Y24": (pad("Y24", "Each blanket is 120 x 120 cm."), [
        "Three muslin swaddles in GOTS-certified organic cotton, each 120 cm square, about 47 inches.",
        "Machine wash warm and tumble dry low; they get softer with every wash.",
        "Organic cotton muslin swaddles, set of 3, C$45.",
        ("When should I stop swaddling?", "Once your baby can roll; always lay them on their back to sleep."),
    ], [
        ("Soft [[bamboo]] muslin.", "mat", B, "organic cotton muslin"),
        ("A [[set of four]].", "num", B, "three"),
        ("Swaddling in them [[reduces the risk of SIDS]].", "health", B, "health claim"),
        ("[[Fair Trade certified]].", "cert", B, "GOTS only"),
        ("[[Made in Canada]].", "orig", B, "no origin"),
    ]),
    "Y25": (pad("Y25", "It is for 2 to 5 players aged 10 and up."), [
        "A trick-taking game for two to five players from age 10, about 25 minutes a game. 110 cards and a "
        "rules sheet come in a tuck box.",
        "Designed in Bristol, £18.",
        "Harbour Lights trick-taking card game for 2-5 players.",
        ("How long is a game?", "About 25 minutes."),
    ], [
        ("For [[2 to 8]] players.", "num", B, "2-5 players"),
        ("Fine from age [[6]].", "num", B, "10 and up"),
        ("[[Made in Bristol]].", "orig", B, "designed in Bristol"),
        ("[[Winner of the 2025 Spiel des Jahres]].", "cert", B, "no award in the listing"),
        ("A [[cooperative]] game.", "cat", B, "trick-taking"),
    ]),
    "Y26": (pad("Y26", "It is a ten-hole diatonic harmonica in C."), [
        "A 10-hole diatonic in the key of C, with a pearwood comb, phosphor bronze reeds and stainless steel "
        "covers.",
        "Harmonica in C with zip case, $42.",
        "Diatonic C harmonica with pearwood comb.",
        ("Can I rinse it?", "Tap it dry after playing; don't rinse the wooden comb."),
    ], [
        ("A [[chromatic]] harmonica with a slide button.", "cat", B, "diatonic"),
        ("[[Brass]] reeds.", "mat", B, "phosphor bronze"),
        ("[[Rinse it under the tap]] after playing.", "care", B, "do not rinse the comb"),
        ("[[Handmade in Germany]].", "orig", B, "no origin"),
        ("[[Hohner]]-made reeds.", "brand", B, "vendor is Reedway"),
    ]),
    "Y27": (pad("Y27", "It comes in a 50 ml glass bottle."), [
        "A dye-based teal ink with a slight red sheen on coated paper, in a 50 ml (1.7 fl oz) glass bottle.",
        "Harbour Teal fountain pen ink, $16.",
        "Teal fountain pen ink with red sheen, washes out with water.",
        ("Is it waterproof?", "No. It is water-soluble, which is why it rinses out of most pens with plain "
         "water."),
    ], [
        ("[[Waterproof]] once dry.", "feat", B, "not waterproof"),
        ("A [[pigment ink]].", "cat", B, "dye-based"),
        ("A [[30 ml]] bottle.", "num", B, "50 ml"),
        ("A [[gold]] sheen.", "col", B, "red sheen"),
        ("[[Ships the same day]].", "ship", B, "no shipping promise"),
    ]),
    "Y28": (pad("Y28", "It holds 350 ml."), [
        "An enamelled steel mug holding 350 ml (about 12 oz) with a rolled stainless rim. It can go on a camp "
        "stove or in the embers.",
        "Camp mug in forest or speckled blue, dishwasher safe, $15.",
        "350 ml enamel camp mug for stove and fire.",
        ("Will it chip?", "The enamel can chip if you drop it."),
    ], [
        ("[[Chip-proof]] enamel.", "feat", B, "the enamel can chip"),
        ("A [[titanium]] mug.", "mat", B, "enamelled steel"),
        ("[[Hand wash only]].", "care", B, "dishwasher safe"),
        ("Also in [[Speckled Red]].", "col", B, "Forest and Speckled Blue"),
        ("[[Microwave safe]].", "compat", B, "not stated; a steel mug"),
    ]),
    "Y29": (pad("Y29", "The handles are Moso bamboo."), [
        "Four brushes with Moso bamboo handles and soft nylon bristles, numbered 1 to 4 so no one mixes them "
        "up.",
        "4-pack of bamboo toothbrushes, A$12; swap each one every three months.",
        "Bamboo toothbrushes with soft bristles, pack of four.",
        ("Can I compost it?", "The handle, yes, in home compost once you pull out the bristles; the bristles "
         "can't be composted."),
    ], [
        ("[[100 % biodegradable, bristles and all]].", "env", B, "the bristles cannot be composted"),
        ("[[Charcoal-infused]] bristles.", "mat", B, "soft nylon-6"),
        ("They [[whiten teeth and prevent gum disease]].", "health", B, "health claim"),
        ("A [[pack of six]].", "num", B, "four"),
        ("[[Recommended by dentists]].", "social", W, "social proof"),
    ]),
    "Y30": (pad("Y30", "A standard tuning takes about 90 minutes."), [
        "We tune upright and grand pianos to A440; a standard tuning takes about an hour and a half.",
        "£85 for an upright, £110 for a grand.",
        "Piano tuning in Norwich and 20 miles around (about 32 km).",
        ("Is a pitch raise included?", "No, pitch raises and repairs are quoted on the day."),
    ], [
        ("We cover [[all of Norfolk and Suffolk]].", "ship", B, "Norwich and 20 miles"),
        ("[[Book today, tuned tomorrow]].", "ship", B, "book at least a week ahead"),
        ("[[£85 for any piano]].", "price", B, "a grand is £110"),
        ("[[Pitch raise included]].", "feat", B, "quoted on the day"),
        ("A standard tuning takes [[45 minutes]].", "num", B, "about 90 minutes"),
    ]),
    "Y31": (pad("Y31", "It is a seagrass market basket."), [
        "A seagrass market basket from Reed & Rush.",
        "Seagrass market basket, $38.",
        ("Who makes it?", "Reed & Rush."),
    ], [
        ("A seagrass basket with [[leather handles]].", "mat", B, "nothing about handles"),
        ("[[Woven in Vietnam]].", "orig", B, "no origin"),
        ("Holds [[up to 15 kg]] of shopping.", "num", B, "no load stated"),
        ("A [[waterproof lining]] inside.", "feat", B, "no lining"),
    ]),
    "Y32": (pad("Y32", "It is an olivewood spoon, 30 cm long."), [
        "An olivewood spoon, 30 cm long.",
        "Olivewood spoon, about 12 inches, $14.",
        "Olivewood spoon from Casa Ulivo.",
        ("How long is it?", "30 cm, just under 12 inches."),
    ], [
        ("[[Carved in Puglia]].", "orig", B, "no origin; Italian-sounding vendor name only"),
        ("[[Dishwasher safe]].", "care", B, "no care stated"),
        ("A [[set of two]].", "num", B, "one spoon"),
        ("[[Food-safe certified]].", "cert", B, "no certification"),
    ]),
    "Y33": (pad("Y33", "Each item is sold on its own."), [
        "Four items for making fresh mozzarella and ricotta, each sold on its own: vegetable rennet tablets "
        "($9), citric acid ($5), a metre of cheesecloth ($6) and a dairy thermometer ($12).",
        "All four items come to $32.",
        ("Is the rennet vegetarian?", "The tablets are vegetable rennet, ten to a pack."),
    ], [
        ("[[All four for $25]].", "price", B, "the items add up to $32"),
        ("[[Calf rennet]] tablets.", "mat", B, "vegetable rennet"),
        ("[[Makes cheddar and brie]] too.", "compat", B, "mozzarella and ricotta"),
        ("[[Twenty]] rennet tablets.", "num", B, "10 pack"),
    ]),
    "Y34": (pad("Y34", "It is a 3.6 m sit-on-top kayak."), [
        "A 3.6 m (about 11 ft 10 in) rotomoulded sit-on-top for one, taking up to 120 kg, with two sealed "
        "hatches, a padded seat and footrests.",
        "Touring kayak, £899, sold and shipped by Tidewater Paddle Co.; bring your own paddle.",
        ("Who handles returns?", "Our partner Tidewater Paddle Co. handles delivery, returns and warranty."),
    ], [
        ("A [[tandem]] sit-on-top.", "cat", B, "for one paddler"),
        ("[[Paddle included]].", "feat", B, "paddle not included"),
        ("[[Our three-year warranty]] covers the hull.", "war", B, "the partner handles warranty; none stated"),
        ("[[We deliver free within 3 days]].", "ship", B, "the partner handles delivery"),
    ]),
    "Y35": (pad("Y35", "It is a cardioid condenser microphone on USB-C."), [
        "A cardioid condenser mic on USB-C, recording at 24-bit/48 kHz, with zero-latency headphone monitoring "
        "and a mute button.",
        "Plug-and-play on Windows, macOS and Linux; desk stand and 2 m cable included, $69.",
        "USB-C cardioid microphone with one-year warranty.",
    ], [
        ("Works with [[XLR mixers]] too.", "compat", B, "not for XLR mixers"),
        ("Records at [[32-bit/192 kHz]].", "num", B, "24-bit/48 kHz"),
        ("An [[omnidirectional]] pattern.", "feat", B, "cardioid"),
        ("[[The best-selling USB mic of 2026]].", "social", W, "social proof"),
    ]),
    "Y36": (pad("Y36", "It is made with beeswax, sunflower oil and shea butter."), [
        "Beeswax from the maker's own hives with sunflower oil and shea butter, unscented and unflavoured.",
        "Lip balm, 4.5 g tube (about 0.16 oz), made in Vermont, $6.",
        ("Is it vegan?", "No, it contains beeswax."),
    ], [
        ("A [[vegan]] lip balm.", "cert", B, "not suitable for vegans"),
        ("[[Peppermint]]-flavoured.", "mat", B, "unflavoured"),
        ("With [[SPF 15]].", "feat", B, "no SPF"),
        ("Made in [[Montpelier]].", "orig", B, "Burlington, Vermont"),
    ]),
    "Y37": (pad("Y37", "It is ground in Szeged.", q_native="Mit érdemes tudni róla?", native="Szegeden őrölve."), [
        "Sweet ground paprika (édesnemes) from around Szeged, Hungary, with no heat. 250 g, about 8.8 oz, in a "
        "paper bag.",
        "Szegedi édesnemes paprika, 250 g, 2490 Ft.",
        ("Is it hot?", "No, it is sweet, not hot. Keep it somewhere cool and dry."),
    ], [
        ("A [[fiery hot]] paprika.", "feat", B, "sweet, not hot"),
        ("~[[Kalocsán]] őrölve.", "orig", B, "Szegeden őrölve"),
        ("[[Smoked]] paprika.", "cat", B, "ground sweet paprika"),
        ("A [[500 g]] bag.", "num", B, "250 g"),
    ]),
    "Y38": (pad("Y38", "The jute sole is stitched by hand.", q_native="¿Qué debo saber?",
                native="Suela de yute cosida a mano."), [
        "Women's espadrilles with cotton canvas uppers and a hand-stitched jute sole with a rubber tread. Made "
        "in Caravaca de la Cruz, Murcia, Spain, in EU sizes 36 to 41.",
        "Alpargatas de yute y algodón, tallas 36-41, 45 €.",
        "Jute espadrilles made in Spain; keep them out of the washing machine.",
        ("¿Se pueden lavar a máquina?", "No: no se lavan a máquina."),
    ], [
        ("Sizes [[35 to 43]].", "size", B, "36 to 41"),
        ("~Hechas en [[Mallorca]].", "orig", B, "Caravaca de la Cruz, Murcia"),
        ("~[[Lavables a máquina]].", "care", B, "no lavar a máquina"),
        ("[[Linen]] uppers.", "mat", B, "cotton canvas"),
    ]),
    "Y39": (pad("Y39", "It is made in Da Nang.", q_native="Tôi cần biết gì?", native="Sản xuất tại Đà Nẵng."), [
        "An aluminium phin filter of about 6 oz (roughly 180 ml) with its plate, chamber, press and lid, made "
        "in Da Nang, Vietnam.",
        "Phin nhôm 6 oz, 120.000 đ.",
        ("Can it go in the dishwasher?", "No, wash it by hand."),
    ], [
        ("A [[stainless steel]] phin.", "mat", B, "aluminium"),
        ("~Sản xuất tại [[Hà Nội]].", "orig", B, "sản xuất tại Đà Nẵng"),
        ("[[Dishwasher safe]].", "care", B, "no dishwasher"),
        ("Brews [[12 oz]] at a time.", "num", B, "about 6 oz"),
    ]),
    "Y40": (pad("Y40", "It is a solid cork block with rounded edges."), [
        "A solid cork block, 23 x 15 x 7.5 cm (about 9 x 6 x 3 inches), with rounded edges.",
        "Cork yoga block, about 400 g, $24.",
        "Cork yoga block that stays grippy with damp hands.",
    ], [
        ("Cut [[from Sardinian cork oaks]].", "orig", B, "no origin"),
        ("A block [[15 cm thick]] for extra height.", "num", B, "7.5 cm thick; 15 cm is the width"),
        ("It [[corrects your posture]].", "health", B, "health claim"),
        ("[[The grippiest block on the market]].", "abs", W, "superlative"),
    ]),
}


def _html(paragraphs):
    return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)


def _serialise(kind, draft):
    if kind in ("seo", "faq"):
        return json.dumps(draft, ensure_ascii=False)
    return _html(draft)


def _strip_marks(marked):
    """The sentence without [[ ]] and the claim inside them."""
    claim = re.search(r"\[\[(.+?)\]\]", marked).group(1)
    return marked.replace("[[", "").replace("]]", ""), claim


def _locate(kind, text, sentence, claim):
    """Offsets of the claim inside the stored text, searched from where the sentence sits."""
    if kind in ("seo", "faq"):
        sent, cl = json.dumps(sentence, ensure_ascii=False)[1:-1], claim
    else:
        sent, cl = html.escape(sentence, quote=False), html.escape(claim, quote=False)
    at = text.index(sent)
    start = text.index(cl, at)
    return start, start + len(cl)


FAULTY_KINDS = {5: ("description", "short_description", "seo", "description", "faq"),
                4: ("description", "short_description", "seo", "faq")}


def _recast():
    listings = make_listings.build()
    clean, faulty = [], []
    for key, (p, cleans, faults) in H.items():
        lst = listings[key]
        title = f"{lst['title']} | {lst['vendor']}"
        for pos, item in enumerate(cleans):
            if pos == 0:
                kind, draft = "description", [item]
            elif pos == 1:
                kind, draft = "short_description", [item]
            elif isinstance(item, tuple):
                kind, draft = "faq", qa(item)
            else:
                kind, draft = "seo", seo(title, item)
            clean.append({"listing": key, "kind": kind, "text": _serialise(kind, draft), "labels": []})
        for kind, (marked, rule, severity, why) in zip(FAULTY_KINDS[len(faults)], faults, strict=True):
            native = marked.startswith("~")
            marked = marked.lstrip("~")
            sentence, claim = _strip_marks(marked)
            padding = p["native"] if native else p["en"]
            question = p["q_native"] if native else p["q"]
            if kind == "description":
                draft = [f"{sentence} {padding}"]
            elif kind == "short_description":
                draft = [sentence]
            elif kind == "seo":
                draft = seo(title, sentence)
            else:
                draft = qa((question, sentence))
            text = _serialise(kind, draft)
            start, end = _locate(kind, text, sentence, claim)
            label = {"rule": RULES[rule], "start": start, "end": end, "claim": text[start:end],
                     "severity": severity, "why": why}
            faulty.append({"listing": key, "kind": kind, "text": text, "labels": [label]})
    return clean, faulty


def build():
    return _recast()
