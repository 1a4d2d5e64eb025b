"""Hand-written clean and faulty drafts for guardrails holdout v17.

Clean drafts are written in their final kind. Each faulty draft starts as one sentence with its single
unsupported claim marked [[...]]; `_recast` turns each listing's faulty sentences in turn into a description
(with one true sentence of the listing before or after it), a short description, an SEO pair under the
listing's own title and vendor, or a one-answer FAQ.
"""
import html
import json
import re

import make_listings

CLEAN = []
FAULTY = []
OPEN, CLOSE = "\ue000", "\ue001"


def C(listing, draft, kind="d"):
    """A clean draft. kind: d (list of paragraphs, "- " lines become a list), s, seo, faq."""
    CLEAN.append((listing, kind, draft))


def F(listing, draft, rule, severity, why, kind=None, native=False, more=None):
    """A faulty sentence with one [[claim]]; native: written in the listing's language; more: other padding."""
    FAULTY.append({"listing": listing, "draft": draft, "rule": rule, "severity": severity, "why": why,
                   "kind": kind, "native": native, "more": more})


def qa(*pairs):
    return [{"question": q, "answer": a} for q, a in pairs]


def seo(title, description):
    return {"title": title, "description": description}


# One true sentence per listing (English, listing language where it has one) and a FAQ question.
PAD = {
    "W01": ("It fills from a bottle with a twist of the piston.", None),
    "W02": ("It is a submersible heater with a temperature dial.", None),
    "W03": ("Die Jacke hat einen Reißverschluss vorne.", "Die Jacke hat einen Reißverschluss vorne."),
    "W04": ("It closes with a drawstring.", None),
    "W05": ("It is a smooth buff stoneware for throwing and hand-building.", None),
    "W06": ("It is a dark rosin, poured by hand.", "Colofonia scura, colata a mano."),
    "W07": ("Both lights charge by USB-C.", None),
    "W08": ("The board folds and the pieces store inside it.", None),
    "W09": ("The blades are chrome-vanadium steel.", None),
    "W10": ("Glycerine soap for saddles and bridles.", "Glycerinezeep voor zadels en hoofdstellen."),
    "W11": ("It is a 10-hole diatonic harmonica.", None),
    "W12": ("Each skein is dyed by hand, so skeins vary.", None),
    "W13": ("A medium brush for kana and kanji.", None),
    "W14": ("Mist the block twice a day.", None),
    "W15": ("It works on the left or the right arm.", None),
    "W16": ("It has fully multi-coated lenses.", None),
    "W17": ("Poker, shovel, brush and tongs hang on one stand.", "Poker, skuffe, børste og tang på stativ."),
    "W18": ("The wood is left untreated.", None),
    "W19": ("Plants are not included.", "Rośliny nie są w zestawie."),
    "W20": ("Clay and firing are included.", None),
    "W21": ("Kamishibai story cards.", None),
    "W22": ("It is made of solid brass.", None),
    "W23": ("Each piece is sold on its own.", None),
    "W24": ("It is rechargeable by USB-C.", None),
    "W25": ("The cover is organic cotton.", "La fodera è in cotone biologico."),
    "W26": ("They are paddle-tail soft lures.", None),
    "W27": ("It is cast brass with a long ring.", None),
    "W28": ("It is a dried birch whisk.", "Kuivattu koivuvihta."),
    "W29": ("It has a plush lining and an accessory pocket.", None),
    "W30": ("It folds into a carry bag.", None),
}
QUESTION = {"W03": "Was sollte ich wissen?", "W06": "Cosa devo sapere?", "W10": "Wat moet ik weten?",
            "W17": "Hva bør jeg vite?", "W19": "Co warto wiedzieć?", "W25": "Cosa devo sapere?",
            "W28": "Mitä minun pitää tietää?"}

# ---------------------------------------------------------------- clean drafts
C("W01", ["A piston-filling fountain pen with a fine stainless-steel nib, for a crisp, narrow line.",
          "Twist the piston to draw up about 1.2 ml of bottled ink, and check the clear window to see when it is "
          "time to refill.", "- Nib: F, stainless steel", "- Body: resin, 13.8 cm (about 5.4 in) long",
          "- Weight: 22 g, under an ounce", "- Colours: Smoke or Teal"])
C("W01", ["This fountain pen fills straight from the bottle with its built-in piston, so there are no "
          "cartridges to buy.", "At 22 grams it sits light in the hand, and the F nib suits small handwriting."])
C("W01", "A refillable piston pen with an F steel nib, in Smoke or Teal.", "s")
C("W01", "Holds 1.2 ml of ink, with a clear window to watch the level.", "s")
C("W01", seo("Piston Fountain Pen, Fine Nib | Inkwell & Reed", "Refillable piston-filling fountain pen with a "
             "fine steel nib, 1.2 ml ink capacity and a clear ink window. Two colours: Smoke and Teal."), "seo")

C("W02", ["A 100 W submersible heater for aquariums of 60 to 120 litres (roughly 16 to 32 US gallons).",
          "Turn the dial to anything from 18 to 32 °C (about 64 to 90 °F); if it is left out of the water, it "
          "switches itself off.", "- Length: 26 cm (about 10 in)", "- Fresh or salt water"])
C("W02", ["Keep a tropical tank steady with this submersible heater.",
          "It suits freshwater and marine set-ups alike, and cuts out on its own when out of water."])
C("W02", "Submersible 100-watt heater for 60–120 L tanks, adjustable 18–32 °C.", "s")
C("W02", "Works in freshwater and saltwater tanks, with automatic shut-off if it runs dry.", "s")
C("W02", qa(("What size tank is it for?", "Tanks holding 60 to 120 litres."),
            ("Can I use it in a marine tank?", "Yes, it is for fresh and salt water.")), "faq")

C("W03", ["Leichte Imkerjacke aus reiner Baumwolle, mit einem Rundschleier, den Sie zum Waschen abnehmen.",
          "Gummizüge an Bündchen und Saum halten Bienen draußen.", "- Größen: M, L, XL",
          "- Hergestellt in Polen", "- Waschbar bei 40 °C"])
C("W03", ["A light cotton beekeeping jacket with a round veil that comes off for washing.",
          "Elastic at the cuffs and hem keeps bees out; made in Poland and machine washable at 40 °C (104 °F)."])
C("W03", "Polish-made beekeeping jacket in 100% cotton, with a detachable round veil.", "s")
C("W03", "Imkerjacke aus Baumwolle in M, L und XL, bei 40 Grad waschbar.", "s")
C("W03", seo("Imker-Schutzjacke mit Rundschleier | Bienenhof Kranz", "Leichte Imkerjacke aus 100 % Baumwolle "
             "mit abnehmbarem Rundschleier, Reißverschluss und Gummizügen. Hergestellt in Polen, waschbar bei "
             "40 °C."), "seo")

C("W04", ["A chalk bag for climbing, with a fleece lining that keeps chalk on your hands instead of the floor.",
          "The drawstring closes it between climbs, a loop holds your brush, and the waist belt comes with it.",
          "- Outer: recycled polyester", "- Made in Sheffield", "- About 13 x 17 cm (5 x 6.7 in)"])
C("W04", ["Sheffield-made chalk bag in Slate or Mustard.",
          "Wear it on the included belt, keep your brush in the holder, and cinch the drawstring at the top."])
C("W04", "Fleece-lined chalk bag in recycled polyester, made in the UK, belt included.", "s")
C("W04", "A 13 cm-wide chalk bag with a brush holder and drawstring, in two colours.", "s")
C("W04", seo("Refillable Climbing Chalk Bag | Cragwise", "Chalk bag made in Sheffield from recycled polyester, "
             "fleece-lined, with drawstring closure, brush holder and waist belt. In Slate or Mustard."), "seo")

C("W05", ["Smooth, grog-free stoneware clay for the wheel or hand-building, in a 10 kg bag (about 22 lb).",
          "It fires from 1200 to 1280 °C to a buff colour; allow for around 12 % shrinkage when you size a "
          "piece."])
C("W05", ["A buff-firing stoneware body with no grog, so it stays smooth under the hands while throwing.",
          "- Firing range: 1,200 to 1,280 °C", "- Shrinkage: 12%", "- Bag: 10 kilograms"])
C("W05", "10 kg of smooth stoneware clay that fires buff at 1200–1280 °C.", "s")
C("W05", "Grog-free throwing clay; expect roughly 12% shrinkage.", "s")
C("W05", qa(("What temperature does it fire at?", "Between 1200 and 1280 °C (about 2190 to 2340 °F).")),
  "faq")

C("W06", ["Dark rosin for violin and viola, poured by hand in Italy.",
          "It suits cooler, drier rooms; a 20 g cake (about 0.7 oz)."])
C("W06", ["Colofonia scura per violino e viola, colata a mano.",
          "Prodotta in Italia, adatta ad ambienti freschi e asciutti."])
C("W06", "Hand-poured dark rosin for violin and viola, made in Italy.", "s")
C("W06", "Italian-made dark rosin, 20 g, for cool and dry rooms.", "s")
C("W06", seo("Violin Rosin, Dark | Archetto", "Hand-poured dark rosin for violin and viola, made in Italy. "
             "Suited to cooler, drier rooms; a 20 g cake."), "seo")

C("W07", ["A front and rear light pair that charge over USB-C in roughly three hours.",
          "The 400-lumen front lamp runs for up to 6 hours on low, the 30-lumen rear keeps you seen from "
          "behind, and the set is StVZO-approved.", "- Rating: IPX5, splash-resistant"])
C("W07", ["Bike light set: a 400 lm headlight and a 30 lm tail light.",
          "IPX5-rated against rain spray and rechargeable via USB-C."])
C("W07", "StVZO-approved USB-C bike lights, 400 lm front and 30 lm rear.", "s")
C("W07", "Up to six hours from the front light on its low setting, and a full charge in about 3 h.", "s")
C("W07", qa(("How long does a charge last?", "Up to 6 hours for the front light on low."),
            ("Are they waterproof?", "They are rated IPX5.")), "faq")

C("W08", ["A folding chess board in walnut and maple that stores all 32 pieces inside.",
          "The pieces are weighted and felted, so they stand firm and slide without scratching; the king "
          "stands 7.6 cm (3 in) tall on 4.5 cm (about 1.8 in) squares."])
C("W08", ["Walnut-and-maple chess set: the board folds in half and the pieces live inside.",
          "- 32 weighted pieces with felt bases", "- King: about 3 inches", "- Squares: 45 mm"])
C("W08", "Folding walnut and maple chess set with 32 weighted, felted pieces.", "s")
C("W08", "A 3-inch king on 45 mm squares, packed away inside the board.", "s")
C("W08", seo("Walnut & Maple Chess Set | Rank & File", "Folding walnut and maple chess board with 32 weighted, "
             "felted pieces stored inside. King height 7.6 cm, squares 4.5 cm. C$140."), "seo")

C("W09", ["Four bevel-edge chisels, 6, 12, 19 and 25 mm (roughly 1/4, 1/2, 3/4 and 1 in), with ash handles.",
          "The blades are chrome-vanadium steel; hone them before the first cut. They roll up in the canvas "
          "tool roll that comes with the set."])
C("W09", ["A four-chisel set covering the common widths from 6 to 25 mm.", "- Blades: CrV steel",
          "- Handles: ash", "- Storage: canvas roll"])
C("W09", "Four CrV bevel-edge chisels with ash handles, in a canvas roll.", "s")
C("W09", "6, 12, 19 and 25 mm chisels; hone them before first use.", "s")
C("W09", seo("Bevel-Edge Chisel Set | Oakhollow Tools", "Four bevel-edge chisels in 6, 12, 19 and 25 mm with "
             "chrome-vanadium blades and ash handles, stored in a canvas tool roll."), "seo")

C("W10", ["Glycerinezeep die zadels en hoofdstellen reinigt en het leer voedt.",
          "Met bijenwas en lanoline, 250 gram, spons inbegrepen."])
C("W10", ["Glycerine saddle soap that cleans and conditions saddles and bridles in one step.",
          "Made in the Netherlands with beeswax and lanolin; 250 g (about 8.8 oz), sponge included."])
C("W10", "Dutch glycerine saddle soap with beeswax and lanolin, 250 g.", "s")
C("W10", "Zadelzeep uit Nederland, met spons.", "s")
C("W10", seo("Dressuur Zadelzeep | Stal Verhoef", "Glycerine saddle soap with beeswax and lanolin for saddles "
             "and bridles. Cleans and nourishes leather. 250 g, made in the Netherlands, sponge included."),
  "seo")

C("W11", ["A 10-hole diatonic harmonica in the key of C, with a pearwood comb, brass reeds and stainless-steel "
          "covers.", "It comes with a case to keep it clean in a pocket or bag."])
C("W11", ["Diatonic harp in C with a comb of pear wood.", "- Holes: 10", "- Reeds: brass",
          "- Covers: stainless", "- Case included"])
C("W11", "Ten-hole C harmonica with a pearwood comb and brass reeds, case included.", "s")
C("W11", "A diatonic harmonica in C, stainless covers over a pear-wood comb.", "s")
C("W11", seo("Diatonic Harmonica in C | Bluebend", "10-hole diatonic harmonica in C with a pearwood comb, brass "
             "reeds and stainless steel covers. Comes with a case."), "seo")

C("W12", ["Fingering-weight sock yarn: 75% superwash merino and 25% nylon.",
          "Each 100 g skein gives 400 m (about 437 yd); it is dyed by hand, so no two skeins match exactly."])
C("W12", ["Three-quarters merino, one quarter nylon: a sock yarn that goes in the machine at 30 °C.",
          "- 400 m per 100 g", "- Needles: 2.5–3.25 mm (US 1.5–3)", "- Colours: Heather, Peat, Tarn"])
C("W12", "Hand-dyed merino-nylon sock yarn, 400 m to the 100 g skein.", "s")
C("W12", "Superwash fingering yarn in Heather, Peat or Tarn; machine wash at 30 degrees.", "s")
C("W12", qa(("Can I machine wash it?", "Yes, at 30 °C; it is superwash merino."),
            ("Will two skeins match?", "Not exactly: each is dyed by hand.")), "faq")

C("W13", ["A medium calligraphy brush (chūfude) with a goat-hair tip, for kana and kanji.",
          "The 45 mm tip (about 1.8 in) sits in a bamboo handle; made in Hiroshima. Rinse it in lukewarm water "
          "after use."])
C("W13", ["山羊毛の中筆。かなと漢字に。", "穂先45mm、竹軸、広島製。"])
C("W13", "Goat-hair medium brush from Hiroshima, with a 45 mm tip and bamboo handle.", "s")
C("W13", "A 書道筆 for kana and kanji: goat hair on bamboo, made in Japan.", "s")
C("W13", seo("書道筆 中筆 | Sumigaki", "Medium calligraphy brush with a 45 mm goat hair tip and bamboo handle, "
             "made in Hiroshima, Japan. For kana and kanji. ¥3,200."), "seo")

C("W14", ["Grow grey oyster mushrooms on the kitchen counter from a block of pasteurised straw.",
          "Mist it twice a day, keep it out of direct sun, and the first mushrooms should come in 10 to 14 days; "
          "you can get up to two flushes.", "- Box: recycled cardboard"])
C("W14", ["A counter-top oyster mushroom kit that arrives in a recycled cardboard box.",
          "Spray it twice daily and expect a first crop within a fortnight."])
C("W14", "Grey oyster mushroom kit on straw: first flush in 10–14 days.", "s")
C("W14", "Two mistings a day, up to two harvests, and no direct sunlight.", "s")
C("W14", qa(("How soon will mushrooms appear?", "The first flush comes in 10 to 14 days."),
            ("How many harvests do I get?", "Up to two flushes.")), "faq")

C("W15", ["A cowhide arm guard that keeps the bowstring off your sleeve.",
          "It fastens with three elastic straps and hooks, fits forearms 20 to 30 cm around (about 8 to 12 in), "
          "and works on either arm."])
C("W15", ["Leather archery arm guard with three stretchy straps, for left- or right-handed archers."])
C("W15", "Cowhide arm guard with three elastic straps; fits 20–30 cm forearms.", "s")
C("W15", "Wear it on the left or right arm; hook fastening, elastic straps.", "s")
C("W15", seo("Archery Arm Guard | Fletchcraft", "Cowhide leather archery arm guard with three elastic straps "
             "and hook fastening. Fits forearms 20–30 cm around, left or right arm."), "seo")

C("W16", ["A 25 mm Plossl eyepiece for telescopes with 1.25-inch (31.75 mm) focusers.",
          "It gives a 52° apparent field through fully multi-coated glass, with 17 mm of eye relief."])
C("W16", ["Plössl eyepiece, 25 mm focal length, FMC optics.", "- Barrel: 1¼ in", "- AFOV: 52 degrees",
          "- Eye relief: 17 mm"])
C("W16", "25 mm Plössl for 1.25\" focusers, with a 52° apparent field.", "s")
C("W16", "Fully multi-coated 25 mm eyepiece with 17 mm eye relief.", "s")
C("W16", qa(("Will it fit my telescope?", "It fits focusers that take 1.25-inch eyepieces."),
            ("What is the field of view?", "A 52° apparent field.")), "faq")

C("W17", ["Four fireplace tools, a poker, shovel, brush and tongs, hanging from one stand.",
          "Forged iron with a black finish, 72 cm tall (about 28 in); some assembly needed."])
C("W17", ["Peissett i smijern: poker, skuffe, børste og tang på stativ.", "Høyde 72 cm. Må monteres."])
C("W17", "A four-piece fireplace set in black forged iron, with stand.", "s")
C("W17", "Smijern fireplace tools on a 72 cm stand; you put it together.", "s")
C("W17", seo("Fireplace Tool Set, 4 Pieces | Hearthmoor", "Poker, shovel, brush and tongs on a stand in forged "
             "iron with a black finish. 72 cm tall; assembly required. 1 290 kr."), "seo")

C("W18", ["An untreated Java-wood perch for parrots and cockatiels, 20 cm long (about 8 in).",
          "It screws onto the cage with a wing nut and washer."])
C("W18", ["Natural Java wood perch, left untreated, so there is no varnish for beaks to chew."])
C("W18", "20 cm Java wood perch with a screw-on wing-nut fixing.", "s")
C("W18", "Untreated natural perch for cockatiels and parrots.", "s")
C("W18", qa(("How does it attach?", "It screws on with a wing nut and washer."),
            ("Is the wood treated?", "No, it is untreated.")), "faq")

C("W19", ["Zestaw do samodzielnego terrarium w trzylitrowym słoiku z korkiem.",
          "W środku: keramzyt, węgiel aktywny, ziemia i mech. Rośliny trzeba dokupić."])
C("W19", ["Everything but the plants for a jar terrarium: a 3-litre glass jar with a cork, expanded clay "
          "pebbles, activated charcoal, soil and moss.", "Add your own small plants; they are not in the kit."])
C("W19", "DIY terrarium kit with a 3 l cork-stoppered jar; plants not included.", "s")
C("W19", "Słoik 3 l, keramzyt, węgiel, ziemia i mech – bez roślin.", "s")
C("W19", seo("Zestaw do terrarium | Zielony Słoik", "Terrarium kit: 3-litre glass jar with cork, expanded clay, "
             "activated charcoal, soil and moss. Plants not included. 189 zł."), "seo")

C("W20", ["A two-hour beginners' wheel-throwing class at our Leeds studio, for up to six people.",
          "Clay and firing are included; we glaze your pieces and they are ready to collect three weeks later. "
          "Ages 16 and up.", "Weekdays £45, weekends £55."])
C("W20", ["Try the potter's wheel in a small group of no more than six.",
          "Everything from clay to firing is included, and your pots are glazed for you and ready in about 3 "
          "weeks."])
C("W20", "Two hours on the wheel in Leeds, clay and firing included; ages 16+.", "s")
C("W20", "Beginner class: £45 on weekdays or £55 at weekends, up to 6 per group.", "s")
C("W20", qa(("Do I glaze my own pieces?", "No, we glaze them for you; they are ready to collect in 3 weeks."),
            ("Is there an age limit?", "The class is for ages 16+.")), "faq")

C("W21", ["Kamishibai story cards for telling picture stories aloud."])
C("W21", "Kamishibai story cards, ¥2,400.", "s")
C("W21", "A set of kamishibai story cards.", "s")
C("W21", seo("Kamishibai Story Cards", "Kamishibai story cards for paper-theatre storytelling."), "seo")
C("W21", qa(("What is this?", "Kamishibai story cards.")), "faq")

C("W22", ["A solid brass door knocker by Hallwright."])
C("W22", "Solid-brass door knocker, £64.", "s")
C("W22", "A door knocker made of solid brass.", "s")
C("W22", seo("Brass Door Knocker | Hallwright", "A door knocker in solid brass from Hallwright."), "seo")
C("W22", qa(("What is it made of?", "Solid brass.")), "faq")

C("W23", ["Three pieces for pointed-pen calligraphy, each sold on its own: an oblique pen holder ($18), a pack "
          "of five nibs ($11) and 30 ml of iron gall ink ($15).", "Bought together, the three come to $44."])
C("W23", ["Start pointed-pen lettering with an oblique holder, five nibs and a bottle of iron gall ink."])
C("W23", "Oblique holder, 5-nib pack and iron gall ink, sold separately.", "s")
C("W23", "A 1 fl oz bottle of iron gall ink, five nibs and an oblique holder.", "s")
C("W23", seo("Calligraphy Starter Bundle | Inkwell & Reed", "Oblique pen holder ($18), pack of 5 nibs ($11) and "
             "30 ml iron gall ink ($15), each sold on its own. Pick what you need to start."), "seo")

C("W24", ["A 500-lumen trail running headlamp that weighs 78 g (under 3 oz) with its battery.",
          "It recharges over USB-C, runs on a 1500 mAh Li-ion cell and is rated IPX4 against splashes.",
          "Sold and shipped by our partner PeakDirect, who look after delivery, warranty and returns."])
C("W24", ["Light at 78 grams and bright at 500 lm.", "Rechargeable by USB-C; rated IPX4."])
C("W24", "500 lm, 78 g USB-C headlamp, sold and shipped by PeakDirect.", "s")
C("W24", "A rechargeable 1.5 Ah headlamp rated IPX4.", "s")
C("W24", qa(("Who handles returns?", "Our partner PeakDirect handles delivery, warranty and returns."),
            ("How heavy is it?", "78 g including the battery.")), "faq")

C("W25", ["Bolster rettangolare imbottito di pula di grano saraceno, con fodera in cotone biologico che si "
          "toglie e si lava a 30 °C.", "Misure 65 x 20 x 15 cm; prodotto in Italia, in salvia o terracotta."])
C("W25", ["A rectangular yoga bolster filled with buckwheat hulls, in a removable organic-cotton cover (GOTS).",
          "65 x 20 x 15 cm (about 25.6 x 7.9 x 5.9 in); made in Italy, in Sage or Terracotta."])
C("W25", "Italian-made buckwheat bolster with a washable GOTS organic cotton cover.", "s")
C("W25", "Bolster yoga 65 x 20 x 15 cm, fodera lavabile a 30 gradi.", "s")
C("W25", seo("Bolster Yoga Rettangolare | Saltamente", "Bolster yoga in pula di grano saraceno con fodera "
             "sfoderabile in cotone biologico GOTS, lavabile a 30 °C. 65 x 20 x 15 cm, prodotto in Italia."),
  "seo")

C("W26", ["Eight paddle-tail soft lures, 7.5 cm (about 3 in) long and garlic-scented, for perch and bass.",
          "Choose Motor Oil or Chartreuse."])
C("W26", ["A pack of 8 three-inch paddle tails for perch and bass fishing."])
C("W26", "8 garlic-scented paddle-tail lures, 7.5 cm.", "s")
C("W26", "Soft plastic paddle tails in Motor Oil or Chartreuse.", "s")
C("W26", qa(("How many are in a pack?", "Eight."), ("Are they scented?", "Yes, with garlic.")), "faq")

C("W27", ["A cast brass bicycle bell with a long ring, for 22.2 mm (7/8 in) handlebars.",
          "The bell is 55 mm across, about 2.2 in."])
C("W27", ["Solid cast brass, 55 mm across, with a ring that carries on."])
C("W27", "Cast-brass bell, 55 mm, for 22.2 mm handlebars.", "s")
C("W27", "A brass bike bell with a long, clear ring.", "s")
C("W27", seo("Cast Brass Bicycle Bell | Lumenspoke", "Cast brass bicycle bell with a long ring, 55 mm diameter. "
             "Fits 22.2 mm (7/8 in) handlebars. €24."), "seo")

C("W28", ["A dried birch vihta, or sauna whisk, made in Finland.",
          "Soak it in lukewarm water for 15 minutes before you use it; about 50 cm long, for a single use."])
C("W28", ["Kuivattu koivuvihta Suomesta.", "Liota haaleassa vedessä vartti ennen saunaa."])
C("W28", "Finnish birch sauna whisk, roughly 50 cm (20 in), for one use.", "s")
C("W28", "Soak for a quarter of an hour in lukewarm water, then take it into the sauna.", "s")
C("W28", qa(("How do I prepare it?", "Soak it in lukewarm water for 15 minutes."),
            ("Can I reuse it?", "No, it is for single use.")), "faq")

C("W29", ["A hard ABS case for concert ukuleles, lined with plush and fitted with an accessory pocket.",
          "Two latches keep it shut; inner length 64 cm (about 25 in), weight 1.3 kg (about 2.9 lb)."])
C("W29", ["Concert-size hardshell case with a soft plush lining.", "- Shell: ABS", "- Latches: 2",
          "- Inside length: 640 mm"])
C("W29", "Hard ABS case for concert ukes, plush-lined, with two latches.", "s")
C("W29", "Fits a concert ukulele up to 64 cm long, with a pocket for accessories.", "s")
C("W29", seo("Hardshell Ukulele Case, Concert | Strumbox", "Hard ABS case for concert ukuleles with plush "
             "lining, accessory pocket and two latches. Inner length 64 cm, 1.3 kg."), "seo")

C("W30", ["A 5 m (about 16 ft 5 in) agility tunnel, 60 cm across, for practice runs.",
          "Four sandbags hold it in place, and it folds into its carry bag. Made of 600D polyester; it is for "
          "training, not a chew toy."])
C("W30", ["Practice tunnel for dog agility, five metres long and 60 cm in diameter.",
          "- Fabric: 600-denier polyester", "- Includes: 4 sandbags, carry bag"])
C("W30", "5 m agility tunnel in 600D polyester, with four sandbags and a bag.", "s")
C("W30", "A training tunnel two feet across that folds away into its carry bag.", "s")
C("W30", seo("Dog Agility Tunnel 5 m | Zoomhound", "5 m dog agility practice tunnel, 60 cm diameter, 600D "
             "polyester. Comes with 4 sandbags and a carry bag. CHF 95."), "seo")

# ---------------------------------------------------------------- faulty sentences
B, W = "block", "warn"
F("W01", "The nib is [[14k gold]], for a smooth, springy line.", "accuracy.material", B,
  "the nib is stainless steel")
F("W01", "Its barrel holds [[2 ml]] of ink between fills.", "accuracy.number", B, "ink capacity is 1.2 ml")
F("W01", "Choose Smoke, Teal or [[Burgundy]].", "accuracy.colour", B, "the options are Smoke and Teal")
F("W01", "It also takes [[standard international cartridges]].", "accuracy.compatibility", B,
  "a piston filler; the listing gives no cartridge use")
F("W01", "[[Handmade in Japan]].", "accuracy.origin", B, "the listing gives no origin")
F("W01", "Every pen carries a [[lifetime warranty]].", "accuracy.warranty", B, "the listing gives no warranty")
F("W01", "Loved by [[over 10,000 writers]].", "compliance.social_proof", W, "an unsupported popularity claim")

F("W02", "It heats tanks of up to [[200 litres]].", "accuracy.size", B, "tank size is 60-120 L")
F("W02", "Set it anywhere from 18 to [[35 °C]].", "accuracy.number", B, "range is 18-32 °C")
F("W02", "The heater tube is [[titanium]].", "accuracy.material", B, "the listing gives no material")
F("W02", "It keeps your fish [[free of ich and disease]].", "compliance.health", B,
  "an animal-health claim the listing does not make")
F("W02", "It [[never overheats]].", "compliance.absolute", W, "an absolute the listing does not support")
F("W02", "Also safe for [[turtle tanks and garden ponds]].", "accuracy.compatibility", W,
  "uses the listing does not give")

F("W03", "Die Jacke ist [[stichfest]].", "accuracy.feature", B,
  "the listing makes no sting-proof claim", native=True)
F("W03", "Die Jacke ist aus [[Baumwolle und Polyester]].", "accuracy.material", B, "100 % cotton", native=True)
F("W03", "[[Made in Germany]] to a high standard.", "accuracy.origin", B, "made in Poland (Polen)")
F("W03", "Available in sizes [[S to XXL]].", "accuracy.size", B, "sizes are M, L and XL")
F("W03", "Wash it [[at 60 °C]] to remove propolis.", "accuracy.care", B, "washable at 40 °C")
F("W03", "Comes in [[white or khaki]].", "accuracy.colour", W, "the listing gives no colour")
F("W03", "[[Free shipping]] across the EU.", "compliance.shipping", B, "the listing promises no shipping terms")

F("W04", "A [[brush is included]] in the holder.", "accuracy.feature", B,
  "the listing gives a brush holder, not a brush")
F("W04", "It [[comes filled with chalk]], ready to climb.", "accuracy.feature", B,
  "the listing does not include chalk")
F("W04", "The outer is made from [[ocean-recovered plastic]].", "compliance.environmental", B,
  "recycled polyester; no ocean source is given")
F("W04", "[[Handmade in Wales]].", "accuracy.origin", B, "made in Sheffield, UK")
F("W04", "In Slate, Mustard or [[Coral]].", "accuracy.colour", B, "the options are Slate and Mustard")
F("W04", "The fabric is [[bluesign-certified]].", "accuracy.certification", B, "no certification given")
F("W04", "The [[most popular chalk bag]] in British climbing.", "compliance.social_proof", W,
  "an unsupported popularity claim")

F("W05", "It fires to a clean [[white]].", "accuracy.colour", B, "it fires buff", more="It is grog-free.")
F("W05", "Pots from it are [[food-safe]] once fired.", "compliance.health", B,
  "the listing makes no food-safety claim")
F("W05", "A [[low-fire]] clay for small kilns.", "accuracy.feature", B, "fires at 1200-1280 °C")
F("W05", "It shrinks only [[8 %]] in the kiln.", "accuracy.number", B, "shrinkage is 12 %")
F("W05", "Each bag holds [[12.5 kg]] of clay.", "accuracy.number", B, "the bag is 10 kg")
F("W05", "A smooth [[porcelain]] for the wheel.", "accuracy.category", B, "it is stoneware", more="It comes in a 10 kg bag.")
F("W05", "[[Next-day delivery]] on every bag.", "compliance.shipping", B, "no delivery promise in the listing")

F("W06", "Also made for [[cello and double bass]].", "accuracy.compatibility", B, "for violin and viola")
F("W06", "A [[light amber]] rosin.", "accuracy.colour", B, "it is a dark rosin", more="For violin and viola.")
F("W06", "Made with [[gold flakes]].", "accuracy.material", B, "no such ingredient given")
F("W06", "[[Hypoallergenic]], for players with rosin allergies.", "compliance.health", B,
  "a health claim the listing does not make")
F("W06", "Prodotta [[in Germania]].", "accuracy.origin", B, "prodotto in Italia", native=True)
F("W06", "A [[30 g]] cake.", "accuracy.number", B, "the cake is 20 g")
F("W06", "[[Chosen by orchestral players across Europe]].", "compliance.social_proof", W,
  "an endorsement the listing does not give")

F("W07", "The front light gives [[800 lumens]].", "accuracy.number", B, "front is 400 lm")
F("W07", "[[Fully waterproof]] for river crossings.", "accuracy.feature", B, "rated IPX5, splash-resistant")
F("W07", "[[Solar panel]] top-up on the go.", "accuracy.feature", B, "charges by USB-C only")
F("W07", "Also fits [[helmets and e-scooters]].", "accuracy.compatibility", W, "uses the listing does not give")
F("W07", "Covered by a [[2-year warranty]].", "accuracy.warranty", B, "the listing gives no warranty")
F("W07", "The [[brightest set in its class]].", "compliance.absolute", W, "an unsupported superlative")

F("W08", "The pieces are [[boxwood and ebony]].", "accuracy.material", B,
  "the listing gives only the board's woods")
F("W08", "The king stands [[9.5 cm]] tall.", "accuracy.size", B, "king height 7.6 cm")
F("W08", "Generous [[5.5 cm]] squares.", "accuracy.size", B, "squares are 4.5 cm")
F("W08", "[[FIDE tournament-approved]].", "accuracy.certification", B, "no approval given")
F("W08", "A [[backgammon board]] on the reverse.", "accuracy.feature", B, "the listing gives no backgammon board")
F("W08", "Yours for [[C$99]].", "accuracy.price", B, "the price is C$140")
F("W08", "[[Made in Canada]].", "accuracy.origin", B, "no origin in the listing")

F("W09", "[[Six]] chisels in a canvas roll.", "accuracy.number", B, "four chisels")
F("W09", "Handles of [[beech]].", "accuracy.material", B, "handles are ash")
F("W09", "[[Razor-sharp out of the box]], no honing needed.", "accuracy.feature", B,
  "the listing says hone before first use")
F("W09", "Widths from 6 to [[32 mm]].", "accuracy.size", B, "widths run 6 to 25 mm")
F("W09", "They roll up in a [[leather]] tool roll.", "accuracy.material", B, "the roll is canvas")
F("W09", "Made by [[Oakhill Tools]].", "accuracy.brand", B, "the vendor is Oakhollow Tools")
F("W09", "A [[lifetime guarantee]] on every blade.", "accuracy.warranty", B, "no guarantee in the listing")

F("W10", "Met [[kokosolie]].", "accuracy.material", B,
  "ingredients are glycerine, beeswax and lanolin", native=True)
F("W10", "Contains [[500 g]] of soap.", "accuracy.number", B, "contents are 250 g")
F("W10", "[[Vegan]] formula.", "accuracy.material", B, "it contains beeswax and lanolin")
F("W10", "Also for [[suede and nubuck]].", "accuracy.compatibility", W, "uses the listing does not give")
F("W10", "Gemaakt in [[België]].", "accuracy.origin", B, "gemaakt in Nederland", native=True)
F("W10", "It [[makes leather waterproof]].", "accuracy.feature", B, "it cleans and nourishes; no waterproofing")

F("W11", "A [[chromatic]] harmonica in C.", "accuracy.category", B, "it is diatonic", more="It comes with a case.")
F("W11", "Tuned to the key of [[G]].", "accuracy.feature", B, "the key is C")
F("W11", "[[Twelve]] holes.", "accuracy.number", B, "10 holes", more="It has a pearwood comb.")
F("W11", "A sturdy [[plastic comb]].", "accuracy.material", B, "the comb is pearwood")
F("W11", "The [[case is sold separately]].", "accuracy.feature", B, "case included")
F("W11", "[[Played by professionals worldwide]].", "compliance.social_proof", W, "unsupported social proof")

F("W12", "Spun from [[100% merino]].", "accuracy.material", B, "75 % merino, 25 % nylon")
F("W12", "A generous [[800 m]] per skein.", "accuracy.size", B, "400 m per 100 g skein")
F("W12", "A [[DK-weight]] yarn.", "accuracy.feature", B, "fingering weight")
F("W12", "Machine wash at 30 °C and [[tumble dry]].", "accuracy.care", B, "machine wash 30 °C; no tumble dry")
F("W12", "Dyed with [[natural plant dyes]].", "accuracy.material", B, "the listing does not name the dyes")
F("W12", "[[RWS-certified]] merino.", "accuracy.certification", B, "no certification in the listing")
F("W12", "In Heather, Peat, Tarn or [[Moss]].", "accuracy.colour", B, "options are Heather, Peat, Tarn")

F("W13", "A tip of [[weasel hair]].", "accuracy.material", B, "goat hair")
F("W13", "[[Made in Kyoto]].", "accuracy.origin", B, "made in Hiroshima")
F("W13", "A long [[60 mm]] tip.", "accuracy.size", B, "tip length 45 mm")
F("W13", "Wash it [[in hot soapy water]] after use.", "accuracy.care", B, "rinse in lukewarm water")
F("W13", "Equally good for [[watercolour and oil painting]].", "accuracy.compatibility", W,
  "uses the listing does not give")
F("W13", "Now only [[¥2,800]].", "accuracy.price", B, "the price is ¥3,200")

F("W14", "Harvest [[up to five flushes]].", "accuracy.number", B, "up to 2 flushes")
F("W14", "First mushrooms [[in 5 days]].", "accuracy.number", B, "first flush in 10-14 days")
F("W14", "Grows bright [[pink oyster]] mushrooms.", "accuracy.category", B, "grey oyster mushrooms")
F("W14", "[[Certified organic]] straw.", "accuracy.certification", B, "no certification given")
F("W14", "Oyster mushrooms that [[boost your immunity]].", "compliance.health", B, "a health claim")
F("W14", "The whole kit is [[fully compostable]].", "compliance.environmental", B,
  "only the box is described: recycled cardboard")
F("W14", "It [[thrives on a sunny windowsill]].", "accuracy.care", B, "keep out of direct sun")

F("W15", "Made of [[synthetic leather]].", "accuracy.material", B, "cowhide leather")
F("W15", "[[Two]] elastic straps.", "accuracy.number", B, "three straps")
F("W15", "Fits forearms [[up to 40 cm]] around.", "accuracy.size", B, "fits 20-30 cm")
F("W15", "Shaped for the [[left arm only]].", "accuracy.feature", B, "left or right arm", more="It has three elastic straps.")
F("W15", "Closes with a [[metal buckle]].", "accuracy.feature", B, "hook fastening")
F("W15", "[[Machine washable]].", "accuracy.care", B, "no care given; a leather guard")

F("W16", "Fits [[2-inch]] focusers.", "accuracy.size", B, "1.25-inch barrel")
F("W16", "A wide [[68°]] apparent field.", "accuracy.number", B, "52° apparent field")
F("W16", "[[20 mm]] of eye relief.", "accuracy.number", B, "17 mm eye relief")
F("W16", "It [[fits every telescope]].", "accuracy.compatibility", B, "only 1.25-inch focusers")
F("W16", "[[Nitrogen-purged and waterproof]].", "accuracy.feature", B, "no such feature given")
F("W16", "Ground from [[Japanese glass]].", "accuracy.origin", B, "no origin given")
F("W16", "[[Safe for looking at the Sun]].", "compliance.health", B, "a dangerous safety claim")

F("W17", "[[Five]] tools on one stand.", "accuracy.number", B, "four tools and a stand", more="Forged iron with a black finish.")
F("W17", "Tools with [[brass]] handles.", "accuracy.material", B, "forged iron")
F("W17", "It [[arrives fully assembled]].", "accuracy.feature", B, "assembly required")
F("W17", "A tall [[90 cm]] stand.", "accuracy.size", B, "72 cm")
F("W17", "Finished in [[antique bronze]].", "accuracy.colour", B, "black finish")
F("W17", "Also at home by [[outdoor fire pits]].", "accuracy.compatibility", W, "a use the listing does not give")
F("W17", "[[Handcrafted in Norway]].", "accuracy.origin", B, "no origin given")

F("W18", "A [[manzanita]] perch.", "accuracy.material", B, "Java wood")
F("W18", "A [[30 cm]] perch.", "accuracy.size", B, "20 cm")
F("W18", "Sized for [[budgies and finches]].", "accuracy.compatibility", W, "for parrots and cockatiels")
F("W18", "[[FSC-certified]] wood.", "accuracy.certification", B, "no certification given")
F("W18", "[[Wipe it with bleach]] every week.", "accuracy.care", B, "no care given; untreated wood")
F("W18", "It [[trims beaks and nails]] as birds perch.", "compliance.health", B, "an animal-health claim")

F("W19", "[[Trzy rośliny]] w zestawie.", "accuracy.feature", B, "plants not included", native=True,
  more="Słoik ma 3 l i korek.")
F("W19", "A roomy [[5-litre]] jar.", "accuracy.size", B, "3 l jar")
F("W19", "The jar is [[recycled glass]].", "compliance.environmental", B, "glass; recycled is not given")
F("W19", "A [[lid with LED light]].", "accuracy.feature", B, "a cork stopper")
F("W19", "[[Delivered within 24 hours]].", "compliance.shipping", B, "no delivery promise")
F("W19", "[[Safe for children from 3]].", "compliance.health", B, "a child-safety claim on a glass kit")

F("W20", "A [[three-hour]] class.", "accuracy.number", B, "2 hours")
F("W20", "[[You glaze your own pieces]] at the end.", "accuracy.feature", B, "the studio glazes them")
F("W20", "Weekday sessions cost [[£40]].", "accuracy.price", B, "weekday is £45")
F("W20", "[[We post your finished pieces to you]].", "compliance.shipping", B, "ready to collect")
F("W20", "Groups of [[up to 10]].", "accuracy.number", B, "up to 6")
F("W20", "[[Children from 8]] welcome.", "compliance.health", B, "ages 16+")

F("W21", "[[Twelve]] story cards.", "accuracy.number", B, "the listing gives no count")
F("W21", "[[A4-size]] cards.", "accuracy.size", B, "no size given")
F("W21", "With a [[wooden butai stage]].", "accuracy.feature", B, "no stage given")
F("W21", "[[Printed in Osaka]].", "accuracy.origin", B, "no origin given")
F("W21", "[[Laminated]] cards.", "accuracy.material", B, "no material given")
F("W21", "[[For ages 3 and up]].", "compliance.health", B, "no age given")

F("W22", "[[Brass-plated steel]].", "accuracy.material", B, "solid brass", more="A door knocker by Hallwright.")
F("W22", "A [[lion-head]] knocker.", "accuracy.feature", B, "no design given")
F("W22", "In [[antique black]].", "accuracy.colour", W, "no colour given")
F("W22", "[[Fixing screws included]].", "accuracy.feature", B, "no fixings given")
F("W22", "[[Reclaimed from a Victorian townhouse]].", "accuracy.origin", B, "no origin or history given")
F("W22", "It [[never tarnishes]].", "compliance.absolute", W, "an unsupported absolute")

F("W23", "[[All three for $40]].", "accuracy.price", B, "sold one by one: $18, $11, $15")
F("W23", "A pack of [[ten]] nibs.", "accuracy.number", B, "five nibs")
F("W23", "A [[straight]] pen holder.", "accuracy.feature", B, "an oblique holder")
F("W23", "A [[50 ml]] bottle of ink.", "accuracy.size", B, "30 ml")
F("W23", "A [[practice pad]] comes with it.", "accuracy.feature", B, "no pad given")
F("W23", "The ink is [[non-toxic and safe for children]].", "compliance.health", B, "a safety claim")

F("W24", "Puts out [[1000 lumens]].", "accuracy.number", B, "500 lm")
F("W24", "Backed by [[our 2-year warranty]].", "accuracy.warranty", B, "the partner handles warranty")
F("W24", "[[Free 60-day returns with us]].", "compliance.shipping", B, "the partner handles returns")
F("W24", "[[Waterproof to 1 m]].", "accuracy.feature", B, "IPX4")
F("W24", "Weighs just [[65 g]].", "accuracy.number", B, "78 g")
F("W24", "Made by [[Ridgeline]].", "accuracy.brand", B, "the vendor is Ridgebeam")

F("W25", "Imbottito di [[memory foam]].", "accuracy.material", B, "buckwheat hulls", native=True)
F("W25", "Measures [[75 x 25 x 15 cm]].", "accuracy.size", B, "65 x 20 x 15 cm")
F("W25", "Fodera [[lavabile a 60 °C]].", "accuracy.care", B, "lavabile a 30 °C", native=True)
F("W25", "Anche in [[blu notte]].", "accuracy.colour", B, "Salvia or Terracotta", native=True)
F("W25", "It [[relieves back pain]].", "compliance.health", B, "a health claim")
F("W25", "[[Made in India]].", "accuracy.origin", B, "made in Italy")
F("W25", "[[OEKO-TEX]] certified.", "accuracy.certification", B, "the tag gives GOTS only")

F("W26", "[[Ten]] lures a pack.", "accuracy.number", B, "eight")
F("W26", "Each [[10 cm]] long.", "accuracy.size", B, "7.5 cm")
F("W26", "Scented with [[salt and anise]].", "accuracy.material", B, "garlic scent")
F("W26", "[[Pre-rigged with hooks]].", "accuracy.feature", B, "no hooks given")
F("W26", "[[Biodegradable]] soft plastic.", "compliance.environmental", B, "no such claim")
F("W26", "Made for [[saltwater species]].", "accuracy.compatibility", W, "for perch and bass")
F("W26", "[[Catch more fish, guaranteed]].", "compliance.absolute", W, "an unsupported guarantee")

F("W27", "Fits [[31.8 mm]] bars.", "accuracy.size", B, "22.2 mm handlebars")
F("W27", "[[Chrome-plated]] brass.", "accuracy.material", B, "brass, no plating given")
F("W27", "[[Heard from 100 m away]].", "accuracy.number", B, "no range given")
F("W27", "By [[Lumenspark]].", "accuracy.brand", B, "the vendor is Lumenspoke")
F("W27", "[[Handmade in the Netherlands]].", "accuracy.origin", B, "no origin given")
F("W27", "[[Free delivery]] on this bell.", "compliance.shipping", B, "no delivery terms")

F("W28", "A whisk of [[oak]] twigs.", "accuracy.material", B, "birch", more="Soak it before use.")
F("W28", "Soak it [[in boiling water]].", "accuracy.care", B, "lukewarm water for 15 minutes")
F("W28", "[[Reuse it up to ten times]].", "accuracy.feature", B, "single use")
F("W28", "It [[detoxifies the skin]].", "compliance.health", B, "a health claim")
F("W28", "[[Valmistettu Virossa]].", "accuracy.origin", B, "valmistettu Suomessa", native=True)
F("W28", "A long [[70 cm]] whisk.", "accuracy.size", B, "about 50 cm")

F("W29", "Fits [[soprano, concert and tenor]] ukuleles.", "accuracy.compatibility", B, "concert ukuleles")
F("W29", "[[Three]] latches.", "accuracy.number", B, "two latches")
F("W29", "[[Lockable]] latches.", "accuracy.feature", B, "no lock given")
F("W29", "An [[aluminium]] shell.", "accuracy.material", B, "ABS shell")
F("W29", "Weighs only [[900 g]].", "accuracy.number", B, "1.3 kg")
F("W29", "[[Airline-approved]] cabin size.", "accuracy.certification", B, "no approval given")

F("W30", "A [[6 m]] tunnel.", "accuracy.size", B, "5 m")
F("W30", "[[Eight]] sandbags.", "accuracy.number", B, "four sandbags")
F("W30", "[[FCI competition-approved]].", "accuracy.certification", B, "no approval given")
F("W30", "[[Chew-proof]] fabric.", "accuracy.feature", B, "the listing says it is not a toy")
F("W30", "[[Machine washable]].", "accuracy.care", B, "no care given")
F("W30", "[[Swiss-made]].", "accuracy.origin", B, "no origin given")


def _html(paragraphs):
    out, items = [], []
    for p in paragraphs:
        if p.startswith("- "):
            items.append(f"<li>{html.escape(p[2:], quote=False)}</li>")
            continue
        if items:
            out.append("<ul>" + "".join(items) + "</ul>")
            items = []
        out.append(f"<p>{html.escape(p, quote=False)}</p>")
    if items:
        out.append("<ul>" + "".join(items) + "</ul>")
    return "".join(out)


def _serialise(kind, draft):
    if kind == "d":
        return "description", _html(draft if isinstance(draft, list) else [draft])
    if kind == "s":
        return "short_description", f"<p>{html.escape(draft, quote=False)}</p>"
    if kind == "seo":
        return "seo", json.dumps(draft, ensure_ascii=False)
    return "faq", json.dumps(draft, ensure_ascii=False)


def _strip_marks(marked):
    """Text without the markers, and the span between them."""
    start = marked.index(OPEN)
    end = marked.index(CLOSE) - 1
    return marked.replace(OPEN, "").replace(CLOSE, ""), start, end


ROTATION = ("d", "s", "seo", "d", "faq", "s", "seo")


def _recast():
    out = []
    seen = {}
    for item in FAULTY:
        key = item["listing"]
        n = seen.get(key, 0)
        seen[key] = n + 1
        kind = item["kind"] or ROTATION[n % len(ROTATION)]
        sentence = re.sub(r"\[\[(.+?)\]\]", OPEN + r"\1" + CLOSE, item["draft"])
        en, native = PAD[key]
        pad = item["more"] or (native if item["native"] and native else en)
        lst = make_listings.LISTINGS[key]
        if kind == "d":
            draft = [pad, sentence] if n % 2 else [sentence, pad]
        elif kind == "s":
            draft = sentence
        elif kind == "seo":
            title = lst["title"] + (f" | {lst['vendor']}" if lst["vendor"] else "")
            draft = seo(title, f"{sentence} {pad}")
        else:
            q = QUESTION.get(key) if item["native"] else None
            draft = qa((q or "What should I know about it?", sentence))
        kind_name, text = _serialise(kind, draft)
        text, start, end = _strip_marks(text)
        claim = text[start:end]
        out.append({"listing": key, "kind": kind_name, "text": text,
                    "labels": [{"rule": item["rule"], "start": start, "end": end, "claim": claim,
                                "severity": item["severity"], "why": item["why"]}]})
    return out


def build():
    clean = []
    for listing, kind, draft in CLEAN:
        kind_name, text = _serialise(kind, draft)
        clean.append({"listing": listing, "kind": kind_name, "text": text, "labels": []})
    return clean, _recast()


if __name__ == "__main__":
    c, f = build()
    print(len(c), "clean", len(f), "faulty")
