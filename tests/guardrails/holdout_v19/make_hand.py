"""Hand-written drafts for guardrails holdout v19: clean drafts (true copy) and faulty drafts (one planted claim).

Faulty sentences mark their one unsupported claim as [[...]]; build() recasts each into a draft of some kind and
turns the mark into a label with exact offsets into the stored text. Imported by assemble.py.
"""
import html
import json
import re

import make_listings

CLEAN = []   # (listing, kind, draft)
FAULTY = []  # (listing, marked sentence, rule, severity, why, kind, native, question)

KIND = {"d": "description", "s": "short_description", "seo": "seo", "faq": "faq"}


def C(listing, draft, kind="d"):
    CLEAN.append((listing, KIND[kind], draft))


def F(listing, draft, rule, severity, why, kind=None, native=False, more=None):
    """more: the FAQ question to use if this sentence is recast as an FAQ (else a stock question)."""
    assert draft.count("[[") == 1 and draft.count("]]") == 1, draft
    FAULTY.append((listing, draft, rule, severity, why, kind and KIND[kind], native, more))


def qa(*pairs):
    return [{"question": q, "answer": a} for q, a in pairs]


def seo(title, description):
    return {"title": title, "description": description}


# One true sentence a listing, put before or after a faulty sentence recast as a description; (English, native).
PAD = {
    "V01": ("The nibs come in a hinged tin.", None),
    "V02": ("It has a J-hook for lifting frames.", None),
    "V03": ("It closes with a drawstring.", None),
    "V04": ("A finger grip makes each weight easy to lift out.", None),
    "V05": ("They are for trimming leather-hard pots on the wheel.", None),
    "V06": ("It comes with a zip case.", None),
    "V07": ("An O-ring seal keeps water out.", None),
    "V08": ("The lid thermometer reads 0-100 °C.", None),
    "V09": ("You melt it and pour it into moulds.", None),
    "V10": ("The red beam keeps your eyes adjusted to the dark.", None),
    "V11": ("The recommended needle is 4 mm.", "Anbefalt pinne er 4 mm."),
    "V12": ("The base twists off for cleaning.", None),
    "V13": ("The edges are rounded.", None),
    "V14": ("It has a long, clear ring.", None),
    "V15": ("It is made of enamelled steel.", "È in acciaio smaltato."),
    "V16": ("It fits either arm.", None),
    "V17": ("It is air-driven.", None),
    "V18": ("It comes in a snap case.", None),
    "V19": ("Records come back in new anti-static inner sleeves.", None),
    "V20": ("It is made of brass.", None),
    "V21": ("It is a beeswax food wrap.", None),
    "V22": ("Each piece is sold on its own.", None),
    "V23": ("It is sold and shipped by our partner Pedalfreight.", None),
    "V24": ("The sole is non-slip.", "Die Sohle ist rutschfest."),
    "V25": ("It has two leather handles.", "Il a deux anses en cuir."),
    "V26": ("It is hand-painted.", "Jest ręcznie malowany."),
    "V27": ("It has a wave pattern.", None),
    "V28": ("It is ribbed.", None),
    "V29": ("The paper is acid-free.", None),
    "V30": ("It comes in a glass bottle.", None),
}
QUESTION = {"en": "What should I know about it?", "V11": "Hva bør jeg vite?", "V15": "Cosa devo sapere?",
            "V24": "Was sollte ich wissen?", "V25": "Que faut-il savoir ?", "V26": "Co warto wiedzieć?"}

# ---------------------------------------------------------------- V01 dip pen nibs
C("V01", "A dozen dip pen nibs in one hinged tin, so you can try copperplate, broad-edge lettering and fine mapping "
         "lines before you settle on a favourite.\n\nThe broad-edge nibs run from 2 mm to 5 mm, and every nib is "
         "chrome-plated steel, made in Birmingham. Bring your own straight holder, as one is not included, and "
         "wipe each nib dry after use so it stays free of rust.")
C("V01", "Twelve nibs, three styles: four pointed, four broad-edge and four mapping. The tin is about 3½ x 2⅜ in "
         "(9 x 6 cm) and the whole set weighs roughly 1.4 oz.\n\nEnglish-made from chrome-plated steel, for $24.")
C("V01", "Twelve chrome-plated steel nibs from Birmingham, England, for copperplate, broad-edge and mapping work.", "s")
C("V01", "Four pointed, four broad-edge and four mapping nibs in a small tin; the holder is not part of the set.", "s")
C("V01", seo("Dip Pen Nib Sampler, 12 Nibs | Quillmark",
             "Try pointed, broad-edge (2-5 mm) and mapping nibs from one tin: 12 chrome-plated steel nibs made in "
             "England that fit a standard straight holder."), "seo")
F("V01", "Each nib is [[solid sterling silver]].", "accuracy.material", "block",
  "the nibs are chrome-plated steel")
F("V01", "Every nib is [[made in Sheffield]] and packed in a hinged tin.", "accuracy.origin", "block",
  "the nibs are made in Birmingham")
F("V01", "The broad-edge nibs come in [[six]] widths from 2 mm to 5 mm.", "accuracy.number", "block",
  "four broad-edge nibs: 2, 3, 4 and 5 mm")
F("V01", "The nibs also fit [[fountain pens and oblique holders]].", "accuracy.compatibility", "block",
  "the listing says they fit a standard straight holder only")
F("V01", "A straight holder [[comes with the set]].", "accuracy.feature", "block",
  "the listing says the holder is not included")
F("V01", "[[Leave the nibs to soak in water overnight]] after each session.", "accuracy.care", "block",
  "the listing says wipe them dry after use so they do not rust")
F("V01", "[[Ships free within 24 hours]] in its hinged tin.", "compliance.shipping", "block",
  "a delivery promise the listing does not make")

# ---------------------------------------------------------------- V02 hive tool
C("V02", "A flat hive tool that does two jobs: the J-hook end lifts frames out, and the wide scraper end clears "
         "propolis and burr comb.\n\nIt is cut from 1.5 mm stainless steel and measures about 10 in (25 cm). Pick "
         "a red or yellow grip, easy to spot if you put it down in the grass.")
C("V02", "Keep things clean between hives: flame this tool, wash it, or run it through the dishwasher.\n\n"
         "Stainless steel, 25 cm long and 110 g, with a painted grip in red or yellow. £12.50.")
C("V02", "A 25 cm stainless steel hive tool with a frame-lifting J-hook and a scraper for burr comb.", "s")
C("V02", "Dishwasher-safe hive tool in 1.5 mm stainless steel, with a yellow or red grip you can find in the "
         "grass.", "s")
C("V02", qa(("Can I clean it between hives?", "Yes. Flame it or wash it; it is also dishwasher safe."),
            ("How long is it?", "25 cm, cut from 1.5 mm stainless steel.")), "faq")
F("V02", "Choose a red, yellow or [[blue]] grip.", "accuracy.colour", "block",
  "the grip comes in red or yellow only")
F("V02", "The tool is [[30 cm]] long, with a J-hook at one end.", "accuracy.size", "block",
  "the tool is 25 cm long")
F("V02", "The grip is [[solid oak]], easy to spot in the grass.", "accuracy.material", "block",
  "the grip is painted; the tool is stainless steel")
F("V02", "A [[built-in bottle opener]] sits next to the J-hook.", "accuracy.feature", "block",
  "the tool has a J-hook and a scraper only")
F("V02", "It is [[approved by the British Beekeepers Association]].", "accuracy.certification",
  "block", "the listing gives no approval or certification")
F("V02", "Wipe it clean and [[keep it out of the dishwasher]].", "accuracy.care", "block",
  "the listing says it is dishwasher safe")
F("V02", "[[Thousands of beekeepers already carry one]] in a veil pocket.", "compliance.social_proof", "warn",
  "social proof the listing does not give")

# ---------------------------------------------------------------- V03 chalk bag
C("V03", "A round chalk bag with a drawstring closure that keeps the chalk in between climbs and a loop that holds "
         "a brush.\n\nThe outer is 600D recycled polyester and the fleece lining keeps the chalk inside. The "
         "webbing belt adjusts for waists from about 26 to 43 inches.")
C("V03", "About 6¼ inches tall, this bag comes in Moss, Rust or Charcoal.\n\nBring your own chalk and brush, as "
         "neither comes with it. Hand wash it in cold water.")
C("V03", "A 16 cm chalk bag of recycled polyester with a fleece lining, a brush loop and a belt for waists "
         "65-110 cm.", "s")
C("V03", "Drawstring chalk bag in moss, rust or charcoal on a 2.5 cm belt; chalk not included.", "s")
C("V03", seo("Climbing Chalk Bag with Belt | Cragfast",
             "Round chalk bag in 600D recycled polyester with a fleece lining, brush loop and drawstring; the belt "
             "fits waists 65-110 cm."), "seo")
F("V03", "The lining is [[soft merino wool]], so chalk stays inside.", "accuracy.material", "block",
  "the lining is fleece")
F("V03", "[[A bag of chalk and a brush come with it]].", "accuracy.feature", "block",
  "the listing says chalk and brush are not included")
F("V03", "The belt fits waists [[from 55 to 130 cm]].", "accuracy.size", "block",
  "the belt fits waists 65-110 cm")
F("V03", "The outer is made from [[ocean-bound plastic]].", "compliance.environmental", "block",
  "the listing says recycled polyester; nothing about ocean-bound plastic")
F("V03", "Choose from Moss, Rust, Charcoal or [[Sky Blue]].", "accuracy.colour", "block",
  "the colours are Moss, Rust and Charcoal")
F("V03", "[[Machine wash it at 40 °C]] when it gets chalky.", "accuracy.care", "block",
  "the listing says hand wash cold")
F("V03", "[[The best chalk bag you will ever own]], in recycled polyester.", "compliance.absolute", "warn",
  "a superlative the listing does not make")

# ---------------------------------------------------------------- V04 fermentation weights
C("V04", "Four glass weights that hold your vegetables under the brine while they ferment. Each is 7 cm "
         "(about 2¾ in) across and sized for wide-mouth mason jars; they do not fit regular-mouth jars.\n\n"
         "They are lead-free soda-lime glass with a finger grip for lifting them out, and they go in the "
         "dishwasher.")
C("V04", "Each weight is roughly 7 oz of clear glass, about 0.6 in thick, so the four come to around 1.8 lb.\n\n"
         "Wash them in the dishwasher between batches.")
C("V04", "A set of four lead-free glass weights for wide-mouth jars, each about 200 g, that keep vegetables "
         "below the brine.", "s")
C("V04", "Glass fermentation weights with a finger grip, $19 for four; dishwasher safe.", "s")
C("V04", qa(("Will they fit my regular-mouth jars?", "No. They are sized for wide-mouth mason jars."),
            ("Are they lead-free?", "Yes, they are lead-free soda-lime glass.")), "faq")
F("V04", "They fit [[both regular- and wide-mouth jars]].", "accuracy.compatibility", "block",
  "the listing says they do not fit regular-mouth jars")
F("V04", "Each weighs about [[350 g]].", "accuracy.number", "block",
  "each weighs about 200 g")
F("V04", "Made of [[borosilicate glass]] with a finger grip.", "accuracy.material", "block",
  "they are soda-lime glass")
F("V04", "[[Fermenting with them boosts your gut health]].", "compliance.health", "block",
  "a health claim the listing does not make")
F("V04", "A set of [[six]] weights for wide-mouth jars.", "accuracy.number", "block", "the set has four weights")
F("V04", "[[Only $15]] for the set.", "accuracy.price", "block", "the price is $19")
F("V04", "[[Hand-blown in Mexico]] from lead-free glass.", "accuracy.origin", "block",
  "the listing gives no origin or making method")

# ---------------------------------------------------------------- V05 trimming tools
C("V05", "Eight trimming tools for cleaning up leather-hard pots on the wheel, with ribbon and loop heads in "
         "different shapes.\n\nThe heads are hardened steel set in beech handles about 7½ inches long, and the "
         "set rolls up in a canvas pouch. Dry the heads after each session so they stay free of rust.")
C("V05", "Trim leather-hard pots with eight ribbon and loop tools on beech handles.\n\nThe whole set weighs about "
         "11 oz and costs A$39.")
C("V05", "Eight hardened steel ribbon and loop tools on 19 cm beech handles, rolled in a canvas pouch.", "s")
C("V05", "A trimming set for the wheel: eight tools for leather-hard clay, each with a hardened steel head.", "s")
C("V05", seo("Clay Trimming Tool Set, 8 Pieces | Kilnside",
             "Eight ribbon and loop trimming tools with hardened steel heads and beech handles, 19 cm long, for "
             "leather-hard pots. In a canvas pouch."), "seo")
F("V05", "The handles are [[bamboo]].", "accuracy.material", "block", "the handles are beech")
F("V05", "Each tool is [[25 cm]] long.", "accuracy.size", "block", "each tool is 19 cm long")
F("V05", "The heads [[never rust]], so you can leave them wet.", "accuracy.feature", "block",
  "the listing says dry the heads so they do not rust")
F("V05", "An [[eight-piece carving chisel set]] for trimming pots.", "accuracy.category", "block",
  "they are ribbon and loop trimming tools, not chisels")
F("V05", "They also work on [[fired and glazed pots]].", "accuracy.compatibility", "block",
  "the listing says leather-hard pots")
F("V05", "Backed by a [[five-year warranty]].", "accuracy.warranty", "block", "the listing gives no warranty")
F("V05", "[[Handmade in Australia]] from hardened steel and beech.", "accuracy.origin", "block",
  "the listing gives no origin")

# ---------------------------------------------------------------- V06 table tennis bat
C("V06", "An all-round bat with a five-ply blade of limba and ayous and a 2.0 mm sponge under pimples-in rubber.\n\n"
         "The rubber is ITTF-approved, red on one side and black on the other, and the handle is flared. It "
         "weighs about 6.3 oz and comes with a zip case.")
C("V06", "Five plies of limba and ayous make the blade of this 180-gram bat. The sponge is 2 mm thick, and the "
         "rubber, red on one face and black on the other, is approved by the ITTF.\n\nA zip case keeps it safe "
         "in your bag.")
C("V06", "A five-ply all-round bat with 2.0 mm sponge, ITTF-approved pimples-in rubber and a flared handle.", "s")
C("V06", "This 180 g bat comes with a zip case; £34.", "s")
C("V06", qa(("Is the rubber ITTF-approved?", "Yes."),
            ("What is the blade made of?", "Five plies of limba and ayous.")), "faq")
F("V06", "The blade has [[two carbon layers]].", "accuracy.material", "block",
  "the blade is five plies of limba and ayous")
F("V06", "The bat weighs just [[150 g]].", "accuracy.number", "block", "the bat weighs 180 g")
F("V06", "A [[2.5 mm]] sponge sits under the rubber.", "accuracy.size", "block", "the sponge is 2.0 mm")
F("V06", "It has [[pimples-out rubber]].", "accuracy.feature", "block",
  "the rubber is pimples-in")
F("V06", "It is faced with [[Butterfly]] rubber.", "accuracy.brand", "block",
  "the listing names no rubber brand; the vendor is Spinfield")
F("V06", "Red on one side and [[blue]] on the other.", "accuracy.colour", "block",
  "the rubber is red and black")
F("V06", "[[Order by 3 pm for next-day delivery]].", "compliance.shipping", "block",
  "a delivery promise the listing does not make")

# ---------------------------------------------------------------- V07 fly box
C("V07", "A double-sided fly box with slotted foam on both faces and room for up to 180 flies.\n\nAn O-ring seal "
         "keeps the water out, and if it slips from your hand in the river, it floats. The shell is "
         "polycarbonate, clear or smoke-tinted, on a stainless steel hinge, and it measures about 6 x 4 x 1.6 in.")
C("V07", "This box holds as many as 180 flies in slotted foam on both sides.\n\nFlies are not included; the box "
         "weighs about 5.3 oz.")
C("V07", "A waterproof, floating fly box with an O-ring seal and slotted foam for up to 180 flies.", "s")
C("V07", "Double-sided polycarbonate fly box, 15 x 10 x 4 cm, in Clear or Smoke.", "s")
C("V07", seo("Waterproof Fly Box, Double-Sided | Eddyline Tackle",
             "Holds up to 180 flies in slotted foam on both sides. O-ring seal, polycarbonate shell, stainless "
             "hinge, and it floats if dropped."), "seo")
F("V07", "Room for up to [[300 flies]] in slotted foam.", "accuracy.number", "block",
  "the box holds up to 180 flies")
F("V07", "It comes [[stocked with 24 trout flies]].", "accuracy.feature", "block",
  "the listing says flies not included")
F("V07", "An [[aluminium]] shell protects your flies.", "accuracy.material", "block",
  "the shell is polycarbonate")
F("V07", "Available in Clear, Smoke or [[Olive]].", "accuracy.colour", "block", "the colours are Clear and Smoke")
F("V07", "Backed by a [[lifetime guarantee against leaks]].", "accuracy.warranty", "block",
  "the listing gives no guarantee")
F("V07", "Made for [[saltwater streamers and bass bugs]].", "accuracy.compatibility", "warn",
  "a use the listing does not give")
F("V07", "The shell is [[made from recycled plastic]].", "compliance.environmental", "block",
  "the listing says polycarbonate; nothing about recycled content")

# ---------------------------------------------------------------- V08 kettle
C("V08", "A gooseneck kettle for pour-over coffee that holds 1 litre (about 34 fl oz). The thermometer in the "
         "lid reads 0-100 °C, so you can see when the water is at the temperature you want before you pour.\n\n"
         "It is 304 stainless steel with a walnut handle, in brushed steel or matte black, and it works on gas, "
         "electric and induction hobs. Wash it by hand.")
C("V08", "Induction, gas or electric: this kettle heats on all three.\n\nThe lid thermometer covers 32-212 °F. "
         "Keep it out of the dishwasher.")
C("V08", "A 1 L gooseneck kettle in 304 stainless steel with a walnut handle and a thermometer in the lid.", "s")
C("V08", "Pour-over kettle for gas, electric and induction hobs, C$64 in brushed steel or C$69 in matte black.",
  "s")
C("V08", qa(("Can it go in the dishwasher?", "No, wash it by hand."),
            ("Does it work on induction?", "Yes, and on gas and electric hobs too.")), "faq")
F("V08", "It holds [[1.2 litres]] of water.", "accuracy.size", "block", "the kettle holds 1 litre")
F("V08", "This [[electric kettle]] has a gooseneck spout.", "accuracy.category", "block",
  "it is a stovetop kettle for gas, electric and induction hobs")
F("V08", "It is [[dishwasher safe]].", "accuracy.care", "block",
  "the listing says hand wash only")
F("V08", "The handle is [[teak]].", "accuracy.material", "block", "the handle is walnut")
F("V08", "It is [[not suitable for induction hobs]].", "accuracy.compatibility", "block",
  "the listing says it works on induction")
F("V08", "The matte black finish is [[C$59]].", "accuracy.price", "block", "matte black is C$69")

# ---------------------------------------------------------------- V09 soap base
C("V09", "A 1 kg block of melt-and-pour soap base with 10% goat milk, for making soap without handling lye. Cut "
         "it into cubes, melt it at around 65 °C (about 150 °F), stir in up to 3% fragrance oil and pour it into "
         "your moulds.\n\nPalm-free and SLS-free. Keep it wrapped and out of sunlight.")
C("V09", "Just over 2 lb of goat milk soap base, one tenth of it goat milk.\n\nNo lye to handle, no palm oil, "
         "no SLS.")
C("V09", "Melt-and-pour soap base with 10% goat milk in a 1 kg block, palm-free and SLS-free.", "s")
C("V09", "Make goat milk soap without lye: melt, add up to 3% fragrance oil and pour.", "s")
C("V09", seo("Goat Milk Melt and Pour Soap Base 1 kg | Lathercraft",
             "A 1 kg palm-free, SLS-free soap base with 10% goat milk. Melts at about 65 °C; add up to 3% "
             "fragrance oil and pour. No lye to handle."), "seo")
F("V09", "Made with [[25% goat milk]].", "accuracy.number", "block",
  "the base has 10% goat milk")
F("V09", "It melts at about [[45 °C]].", "accuracy.number", "block", "it melts at about 65 °C")
F("V09", "[[Soothes eczema and dry skin]].", "compliance.health", "block",
  "a health claim the listing does not make")
F("V09", "[[Certified vegan]] and palm-free.", "accuracy.certification", "block",
  "no certification is given, and the base contains goat milk")
F("V09", "Made with [[shea butter]] and goat milk.", "accuracy.material", "block",
  "the listing gives no shea butter")
F("V09", "[[The purest soap base on the market]].", "compliance.absolute", "warn",
  "a superlative the listing does not make")

# ---------------------------------------------------------------- V10 astronomy torch
C("V10", "A small red-light torch for stargazing: the red beam lets you read a star chart and keep your eyes "
         "adjusted to the dark. Twist the head to dim it.\n\nThe body is aluminium and about 4.3 in long. One AA "
         "battery, included, lasts around 20 hours, and the IPX4 rating means rain will not stop it. Do not take "
         "it underwater.")
C("V10", "Red LED torch with a twist dimmer, an aluminium body and a lanyard.\n\nIt runs about 20 hours on the "
         "AA battery that comes with it.")
C("V10", "An 11 cm aluminium astronomy torch with a dimmable red beam and an AA battery in the box.", "s")
C("V10", "A rain-ready (IPX4) red torch for reading star charts at night, with a lanyard.", "s")
C("V10", qa(("Is it waterproof?", "It is rated IPX4, so it is fine in the rain, but it is not for use underwater."),
            ("What battery does it take?", "One AA battery, which is included.")), "faq")
F("V10", "It runs for about [[60 hours]] on one battery.", "accuracy.number", "block",
  "the run time is about 20 hours")
F("V10", "It [[switches between red and white light]].", "accuracy.feature", "block",
  "the listing gives a red beam only")
F("V10", "The body is [[just 7 cm]] long.", "accuracy.size", "block", "the body is 11 cm long")
F("V10", "The body is [[titanium]].", "accuracy.material", "block", "the body is aluminium")
F("V10", "[[Rated five stars by over 2,000 stargazers]].", "compliance.social_proof", "warn",
  "social proof the listing does not give")
F("V10", "Red light [[protects your eyes from long-term damage]].", "compliance.health", "block",
  "a health claim; the listing says it keeps your eyes adjusted to the dark")
F("V10", "A torch from [[Celestron]].", "accuracy.brand", "block", "the vendor is Nightjar Optics")

# ---------------------------------------------------------------- V11 Norwegian yarn
C("V11", "Soft yarn spun from 100% Norwegian lambswool and made in Norway. Each 50 g ball gives 105 metres "
         "(about 115 yards), and the recommended needle is 4 mm (US 6).\n\nChoose natural white, forest green or "
         "sea blue. Hand wash in lukewarm water.")
C("V11", "Garn av 100 % lammeull fra Norge, i nøster på 50 gram med 105 m løpelengde. Strikk med pinne 4 mm.\n\n"
         "Fås i naturhvit, skoggrønn og sjøblå. Vaskes for hånd i lunkent vann.")
C("V11", "Norwegian lambswool yarn, 50 g and 105 m a ball, for 4 mm needles.", "s")
C("V11", "Mykt, norskprodusert ullgarn i tre farger: Naturhvit, Skoggrønn og Sjøblå.", "s")
C("V11", seo("Ullgarn Fjell, 50 g | Garnstua",
             "Mykt garn av 100 % norsk lammeull: 50 g og 105 m per nøste, pinne 4 mm. Produsert i Norge. "
             "Håndvask i lunkent vann."), "seo")
F("V11", "Spunnet av [[alpakka og silke]].", "accuracy.material", "block",
  "the yarn is 100% lambswool", native=True)
F("V11", "Each ball weighs [[100 g]].", "accuracy.number", "block", "each ball is 50 g")
F("V11", "Hvert nøste har [[200 meter]] løpelengde.", "accuracy.size", "block", "the length is 105 m a ball",
  native=True)
F("V11", "[[Machine washable at 40 °C]].", "accuracy.care", "block", "the listing says hand wash in lukewarm water")
F("V11", "[[Spun in Scotland]] from Norwegian lambswool.", "accuracy.origin", "block",
  "the listing says made in Norway")
F("V11", "Fås også i [[rosa]].", "accuracy.colour", "block",
  "the colours are Naturhvit, Skoggrønn and Sjøblå", native=True)

# ---------------------------------------------------------------- V12 seed feeder
C("V12", "A hanging tube feeder, about a foot tall, with four feeding ports, each with a perch. Fill it with "
         "around a litre of seed mix or sunflower hearts; the ports are too large for nyjer.\n\nThe tube is "
         "polycarbonate with a zinc-plated steel lid and base. Twist the base off to wash it in warm water every "
         "fortnight. It is not squirrel-proof.")
C("V12", "Holds roughly 1 litre of seed (about 1¾ UK pints) in a 30 cm polycarbonate tube.\n\n£19.50.")
C("V12", "A four-port seed feeder for seed mix or sunflower hearts, with a twist-off base for washing.", "s")
C("V12", "Polycarbonate tube feeder with a zinc-plated steel lid and base; not for nyjer and not "
         "squirrel-proof.", "s")
C("V12", qa(("Can I use nyjer seed?", "No, the ports are too large for nyjer. Use seed mix or sunflower hearts."),
            ("How do I clean it?", "Twist off the base and wash it in warm water every two weeks.")), "faq")
F("V12", "The feeder is [[squirrel-proof]].", "accuracy.feature", "block",
  "the listing says it is not squirrel-proof")
F("V12", "Fill it with sunflower hearts or [[nyjer seed]].", "accuracy.compatibility", "block",
  "the listing says the ports are too large for nyjer")
F("V12", "It has [[six]] feeding ports.", "accuracy.number", "block",
  "the feeder has four ports")
F("V12", "Wash it [[in the dishwasher]] every month.", "accuracy.care", "block",
  "the listing says wash in warm water every two weeks")
F("V12", "The tube is [[100% recycled plastic]].", "compliance.environmental", "block",
  "the listing says polycarbonate; nothing about recycled content")
F("V12", "It holds [[2.5 litres]] of seed.", "accuracy.size", "block", "it holds about 1 litre")

# ---------------------------------------------------------------- V13 cork yoga block
C("V13", "A firm yoga block of natural cork with rounded edges, roughly 9 x 6 x 3 in, that keeps its grip even "
         "when your hands are damp.\n\nThe cork is FSC-certified and the block is made in Portugal. It weighs "
         "850 g (just under 1.9 lb). Wipe it with a damp cloth rather than soaking it.")
C("V13", "Portuguese cork, FSC-certified, in a 23 x 15 x 7.5 cm block that stays firm under your hands.\n\n€16.")
C("V13", "A firm natural cork yoga block, 23 x 15 x 7.5 cm, FSC-certified and made in Portugal.", "s")
C("V13", "The cork of this 850 g block keeps its grip when your palms are damp.", "s")
C("V13", seo("Cork Yoga Block | Stillpoint",
             "Firm natural cork block, 23 x 15 x 7.5 cm with rounded edges, that grips when your hands are damp. "
             "FSC-certified cork, made in Portugal."), "seo")
F("V13", "Cut from [[certified organic]] cork.", "accuracy.certification", "block",
  "the cork is FSC-certified, not certified organic")
F("V13", "[[Made in Spain]] from FSC cork.", "accuracy.origin", "block", "the block is made in Portugal")
F("V13", "It weighs a light [[400 g]].", "accuracy.number", "block", "the block weighs 850 g")
F("V13", "[[Rinse it under the tap and let it soak]] to clean it.", "accuracy.care", "block",
  "the listing says wipe with a damp cloth and do not soak")
F("V13", "It [[relieves back pain]] during long holds.", "compliance.health", "block",
  "a health claim the listing does not make")
F("V13", "It is a [[cork foam roller]] with rounded edges.", "accuracy.category", "block",
  "the product is a yoga block")

# ---------------------------------------------------------------- V14 bicycle bell
C("V14", "A classic bicycle bell with a 55 mm brass dome (about 2.2 in) and a long, clear ring.\n\nThe steel "
         "clamp fits handlebars from 22.2 to 31.8 mm with the shims in the box. You will need your own 3 mm hex "
         "key to fit it. Choose polished brass or black.")
C("V14", "A brass-domed bell in polished brass or black, fitting bars of 22.2-31.8 mm with the supplied shims.\n\n"
         "$22.")
C("V14", "A classic bicycle bell with a 55 mm brass dome, a steel clamp and shims for 22.2-31.8 mm bars.", "s")
C("V14", "A long, clear ring from a 55 mm dome in polished brass or black; mounts with a 3 mm hex key, not "
         "included.", "s")
C("V14", qa(("Will it fit my handlebars?", "It fits bars from 22.2 to 31.8 mm, using the shims supplied."),
            ("Is a tool included?", "No. It mounts with a 3 mm hex key, which is not included.")), "faq")
F("V14", "The clamp is [[solid brass]] too.", "accuracy.material", "block", "the clamp is steel")
F("V14", "A [[70 mm]] dome gives a long ring.", "accuracy.size", "block", "the dome is 55 mm")
F("V14", "It also fits [[scooter and e-bike bars of any size]].", "accuracy.compatibility", "block",
  "the clamp fits 22.2-31.8 mm bars")
F("V14", "A [[hex key is included]] for fitting.", "accuracy.feature", "block",
  "the listing says the hex key is not included")
F("V14", "Choose polished brass, black or [[chrome]].", "accuracy.colour", "block",
  "the finishes are polished brass and black")
F("V14", "[[The loudest bell on the market]].", "compliance.absolute", "warn",
  "a superlative the listing does not make")

# ---------------------------------------------------------------- V15 Italian camping mug
C("V15", "An enamelled steel camping mug that holds 350 ml (about 12 fl oz), with a stainless steel rim. Set it "
         "on a campfire or a gas stove, but keep it out of the microwave.\n\nDishwasher safe. Made in Italy, in "
         "white or forest green.")
C("V15", "Tazza da campeggio in acciaio smaltato, capacità 350 ml, con bordo in acciaio inox. Si usa sul fuoco e "
         "sul fornello a gas, ma non nel microonde.\n\nVa in lavastoviglie. Prodotta in Italia, in bianco o "
         "verde bosco.")
C("V15", "Italian-made enamel camping mug, 350 ml, for the campfire and the gas stove.", "s")
C("V15", "Tazza smaltata da 350 ml, fatta in Italia: bianca o verde bosco, lavabile in lavastoviglie.", "s")
C("V15", qa(("Can I put it in the microwave?", "No. It is fine on a campfire or gas stove, but not in the "
                                                "microwave."),
            ("Is it dishwasher safe?", "Yes.")), "faq")
F("V15", "[[Prodotta in Cina]].", "accuracy.origin", "block", "the mug is made in Italy", native=True)
F("V15", "[[Adatta al microonde]].", "accuracy.compatibility", "block",
  "the listing says not for the microwave", native=True)
F("V15", "It holds [[500 ml]] of coffee or tea.", "accuracy.size", "block", "the mug holds 350 ml")
F("V15", "It has a [[copper]] rim.", "accuracy.material", "block", "the rim is stainless steel")
F("V15", "Disponibile anche in [[rosso]].", "accuracy.colour", "block", "the colours are Bianco and Verde bosco",
  native=True)
F("V15", "The enamel is [[certified BPA-free]].", "accuracy.certification", "block",
  "the listing gives no certification")

# ---------------------------------------------------------------- V16 arm guard
C("V16", "A 17 cm arm guard (about 6¾ in) of 3 mm vegetable-tanned cowhide that keeps the bowstring off the "
         "inside of your forearm.\n\nThree elastic straps with metal hooks fit forearms 20-30 cm around, roughly "
         "8 to 12 inches, and it works on either arm. Brown or black.")
C("V16", "Veg-tan leather, 3 mm thick, shields your forearm from the string.\n\nThree elastic straps, metal "
         "hooks, $26.")
C("V16", "Vegetable-tanned cowhide arm guard, 17 cm long, with three elastic straps for forearms 20-30 cm "
         "around.", "s")
C("V16", "A leather arm guard in brown or black that fits the left or the right arm.", "s")
C("V16", seo("Leather Archery Arm Guard | Fletchwood",
             "A 17 cm arm guard in 3 mm vegetable-tanned cowhide with three elastic straps; fits either arm and "
             "forearms 20-30 cm around."), "seo")
F("V16", "Made of [[synthetic suede]].", "accuracy.material", "block",
  "the guard is vegetable-tanned cowhide")
F("V16", "[[Two]] elastic straps hold it in place.", "accuracy.number", "block", "it has three straps")
F("V16", "The guard is [[25 cm]] long.", "accuracy.size", "block", "the guard is 17 cm long")
F("V16", "Made for [[right-handed archers only]].", "accuracy.compatibility", "block",
  "the listing says it fits either arm")
F("V16", "[[Handmade in England]] from cowhide.", "accuracy.origin", "block", "the listing gives no origin")
F("V16", "[[Guaranteed for ten years]].", "accuracy.warranty", "block", "the listing gives no guarantee")

# ---------------------------------------------------------------- V17 sponge filter
C("V17", "An air-driven sponge filter for freshwater tanks of up to 60 litres (about 13 UK gallons). Its gentle "
         "flow is safe for shrimp and fry.\n\nThe coarse foam stands 10 cm tall on a weighted base with a "
         "suction cup. You need an air pump and airline tubing to run it; neither is included. Rinse the sponge "
         "in old tank water, not tap water.")
C("V17", "Gentle, air-driven filtering for shrimp and fry in freshwater tanks up to 60 L.\n\nAbout 4 in tall; £9.")
C("V17", "A shrimp-safe sponge filter for freshwater tanks up to 60 litres; runs on an air pump (not "
         "included).", "s")
C("V17", "Coarse foam filter, 10 cm tall, on a weighted base with a suction cup.", "s")
C("V17", qa(("Does it come with a pump?", "No. It needs an air pump and airline tubing, which are not included."),
            ("How do I clean the sponge?", "Rinse it in old tank water, never in tap water.")), "faq")
F("V17", "It works in [[marine and reef tanks]] too.", "accuracy.compatibility", "block",
  "the listing says freshwater tanks")
F("V17", "For tanks up to [[200 litres]].", "accuracy.size", "block", "for tanks up to 60 litres")
F("V17", "An [[air pump is included]].", "accuracy.feature", "block",
  "the listing says the air pump is not included")
F("V17", "[[Rinse the sponge under the hot tap]] each week.", "accuracy.care", "block",
  "the listing says rinse in old tank water, never tap water")
F("V17", "It [[keeps your fish free of disease]].", "compliance.health", "block",
  "a health claim the listing does not make")
F("V17", "[[Free delivery on orders over £5]].", "compliance.shipping", "block",
  "a delivery offer the listing does not make")

# ---------------------------------------------------------------- V18 harmonica
C("V18", "A 10-hole diatonic harmonica with a pearwood comb, brass reeds and stainless steel cover plates, about "
         "4 in long.\n\nPick the key you play in, C, G or A, and keep it in the snap case it comes with.")
C("V18", "Brass reeds over a pearwood comb, in three keys: C, G and A.\n\n$32 in any key.")
C("V18", "A pearwood-comb diatonic harmonica with brass reeds, in C, G or A, with a snap case.", "s")
C("V18", "Ten holes, stainless steel covers and a body just 10 cm long.", "s")
C("V18", seo("10-Hole Diatonic Harmonica | Bluereed",
             "Diatonic harmonica with a pearwood comb, brass reeds and stainless steel covers. Choose C, G or A; "
             "comes in a snap case."), "seo")
F("V18", "A [[plastic]] comb holds the reeds.", "accuracy.material", "block", "the comb is pearwood")
F("V18", "[[Twelve]] holes and brass reeds.", "accuracy.number", "block", "it has 10 holes")
F("V18", "This is a [[chromatic harmonica]] with brass reeds.", "accuracy.category", "block",
  "it is a diatonic harmonica")
F("V18", "Finished in [[glossy red]].", "accuracy.colour", "warn", "the listing gives no colour")
F("V18", "It is fitted with [[Hohner]] reeds.", "accuracy.brand", "block",
  "the listing names no reed maker; the vendor is Bluereed")
F("V18", "[[Chosen by touring blues players]].", "compliance.social_proof", "warn",
  "social proof the listing does not give")

# ---------------------------------------------------------------- V19 record cleaning service
C("V19", "Send your records by post and we clean them on an ultrasonic machine, dry them and return them in new "
         "anti-static inner sleeves.\n\nIt costs £4 for each LP and £2.50 for each 7-inch single, plus £6 "
         "tracked return postage a parcel, so ten LPs in one parcel come to £46. Turnaround is 7 working days "
         "from the day your parcel arrives. We cannot clean shellac 78s.")
C("V19", "Ultrasonic cleaning for your vinyl, £2.50 a single or £4 an LP.\n\nShellac 78s are not accepted.")
C("V19", "Ultrasonic record cleaning by post: £4 per LP, £2.50 per 7-inch, returned in new anti-static "
         "sleeves.", "s")
C("V19", "Records cleaned within 7 working days of arriving; £6 tracked return postage per parcel.", "s")
C("V19", qa(("Do you clean 78s?", "Not shellac 78s, no."),
            ("How much is return postage?", "£6 a parcel, tracked.")), "faq")
F("V19", "Cleaning costs [[£3]] per LP.", "accuracy.price", "block", "an LP costs £4")
F("V19", "We clean [[shellac 78s]] as well.", "accuracy.compatibility", "block",
  "the listing says shellac 78s are not cleaned")
F("V19", "Turnaround is [[48 hours]].", "accuracy.number", "block", "the turnaround is 7 working days")
F("V19", "[[Return postage is free]].", "compliance.shipping", "block", "return postage is £6 a parcel")
F("V19", "[[Money back if you hear a single click]].", "accuracy.warranty", "block",
  "a guarantee the listing does not give")
F("V19", "Each record is cleaned [[by hand with a carbon-fibre brush]].", "accuracy.feature", "block",
  "the records are cleaned on an ultrasonic machine")

# ---------------------------------------------------------------- V20 brass bookmark (title and price only)
C("V20", "A bookmark made of brass.\n\nIt costs $15.")
C("V20", "Mark your page with a brass bookmark.")
C("V20", "A brass bookmark.", "s")
C("V20", "Brass bookmark, $15.", "s")
C("V20", seo("Brass Bookmark", "A brass bookmark to keep your place in a book."), "seo")
F("V20", "A brass bookmark [[plated in 24-carat gold]].", "accuracy.material", "block",
  "the listing says brass only")
F("V20", "It is [[12 cm]] long.", "accuracy.size", "block", "the listing gives no size")
F("V20", "[[Engraved with your initials]].", "accuracy.feature", "block",
  "the listing offers no engraving")
F("V20", "[[Made in India]].", "accuracy.origin", "block", "the listing gives no origin")
F("V20", "A bookmark by [[Folio Works]].", "accuracy.brand", "block", "the listing names no vendor")
F("V20", "[[Ships the same day]].", "compliance.shipping", "block", "a delivery promise the listing does not make")

# ---------------------------------------------------------------- V21 beeswax wrap (thin)
C("V21", "A beeswax food wrap from Hivecloth, 30 x 30 cm.")
C("V21", "A square beeswax wrap, about 12 x 12 in.")
C("V21", "Hivecloth beeswax food wrap, 30 cm square.", "s")
C("V21", "Beeswax food wrap, €9.", "s")
C("V21", qa(("How big is it?", "30 x 30 cm."),), "faq")
F("V21", "Made with [[organic cotton and jojoba oil]].", "accuracy.material", "block",
  "the listing says beeswax only")
F("V21", "A pack of [[three]] wraps.", "accuracy.number", "block", "one wrap; the listing gives no count")
F("V21", "It measures [[35 x 35 cm]].", "accuracy.size", "block", "the wrap is 30 x 30 cm")
F("V21", "[[Wash it in warm soapy water]] after use.", "accuracy.care", "block", "the listing gives no care")
F("V21", "[[Plastic-free and fully compostable]].", "compliance.environmental", "block",
  "environmental claims the listing does not make")
F("V21", "Printed with a [[yellow honeycomb]] pattern.", "accuracy.colour", "warn",
  "the listing gives no colour or print")

# ---------------------------------------------------------------- V22 fondue set (grouped)
C("V22", "Everything you need for cheese fondue, sold piece by piece: a 2-litre glazed stoneware caquelon, six "
         "forks with colour-coded ends and a burner that runs on gel paste.\n\nThe caquelon is €39, the forks €9 "
         "and the burner €15, so all three come to €63. Wash the pot by hand.")
C("V22", "Build your own fondue set: the 2 L stoneware pot, the six stainless steel forks, the cast iron burner, "
         "or all of them.")
C("V22", "A cheese fondue set sold by the piece: stoneware caquelon, six colour-coded forks and a gel-paste "
         "burner.", "s")
C("V22", "A 2-litre glazed stoneware fondue pot (€39); wash it by hand.", "s")
C("V22", seo("Cheese Fondue Set | Alpenglut",
             "A 2 L glazed stoneware caquelon, six colour-coded forks and a gel-paste burner, each sold on its "
             "own. Buy the pieces you need."), "seo")
F("V22", "Get [[the whole set for €49]].", "accuracy.price", "block",
  "the pieces are sold one by one and add up to €63")
F("V22", "The caquelon is [[enamelled cast iron]].", "accuracy.material", "block",
  "the caquelon is glazed stoneware")
F("V22", "[[Eight]] forks with colour-coded ends.", "accuracy.number", "block", "there are six forks")
F("V22", "The pot is [[dishwasher safe]].", "accuracy.care", "block", "the listing says wash the pot by hand")
F("V22", "The pot also works [[on induction hobs]].", "accuracy.compatibility", "block",
  "the listing says nothing about hobs; the pot is stoneware for a gel-paste burner")
F("V22", "The burner [[comes with three tins of gel paste]].", "accuracy.feature", "block",
  "the listing gives no gel paste with the burner")

# ---------------------------------------------------------------- V23 cargo trailer (external)
C("V23", "A two-wheel cargo trailer that carries up to 45 kg (about 99 lb) in a 60-litre waterproof bag. The "
         "frame is aluminium, the wheels are 16 inches, and the hitch fits most rear axles.\n\nIt is sold and "
         "shipped by our partner Pedalfreight, who handles delivery, warranty and returns.")
C("V23", "Haul up to 45 kg behind your bike with this trailer: $389, shipped by Pedalfreight.")
C("V23", "A cargo bike trailer with an aluminium frame, 16-inch wheels and a 60 L waterproof bag, sold by "
         "Pedalfreight.", "s")
C("V23", "Tow up to 45 kg; the hitch fits most rear axles.", "s")
C("V23", qa(("Who handles returns?", "Our partner Pedalfreight handles delivery, warranty and returns."),
            ("How much can it carry?", "Up to 45 kg.")), "faq")
F("V23", "It carries up to [[80 kg]].", "accuracy.number", "block", "the load limit is 45 kg")
F("V23", "Covered by [[our two-year warranty]].", "accuracy.warranty", "block",
  "the partner Pedalfreight handles warranty; the listing gives no term")
F("V23", "[[We ship it free]] from our own warehouse.", "compliance.shipping", "block",
  "the partner Pedalfreight ships it")
F("V23", "The hitch fits [[every bike, thru-axles included]].", "accuracy.compatibility", "block",
  "the listing says the hitch fits most rear axles")
F("V23", "A [[steel]] frame and 16-inch wheels.", "accuracy.material", "block", "the frame is aluminium")
F("V23", "A [[90-litre]] waterproof bag holds the load.", "accuracy.size", "block", "the bag is 60 litres")

# ---------------------------------------------------------------- V24 German felt slippers
C("V24", "Slippers of boiled felt in 100% sheep's wool, with a non-slip natural latex sole, handmade in "
         "Germany.\n\nSizes run from 36-37 to 44-45, in grey or anthracite. Keep them out of the washing "
         "machine and brush off any marks.")
C("V24", "Hausschuhe aus Walkfilz, ganz aus Schafwolle, mit einer rutschfesten Sohle aus Naturlatex. In "
         "Deutschland von Hand gefertigt.\n\nIn Grau oder Anthrazit, Größen 36-37 bis 44-45. Bitte nicht in die "
         "Waschmaschine; Flecken einfach ausbürsten.")
C("V24", "German handmade felt slippers in pure sheep's wool, with a non-slip latex sole.", "s")
C("V24", "Filzpantoffeln aus 100 % Schafwolle in Grau oder Anthrazit, 49 €.", "s")
C("V24", seo("Filz-Hausschuhe aus Schafwolle | Walkstube",
             "Hausschuhe aus gewalktem Filz, 100 % Schafwolle, mit rutschfester Naturlatex-Sohle. Handgefertigt "
             "in Deutschland, Größen 36 bis 45."), "seo")
F("V24", "[[Handgefertigt in Österreich]].", "accuracy.origin", "block", "the slippers are made in Germany",
  native=True)
F("V24", "[[Waschbar bei 30 Grad in der Maschine]].", "accuracy.care", "block",
  "the listing says not for the washing machine", native=True)
F("V24", "The sole is [[recycled rubber]].", "accuracy.material", "block", "the sole is natural latex")
F("V24", "Sizes run [[from 34 to 48]].", "accuracy.size", "block", "sizes run from 36-37 to 44-45")
F("V24", "Auch in [[Rot]] erhältlich.", "accuracy.colour", "block", "the colours are Grau and Anthrazit",
  native=True)
F("V24", "An [[orthopaedic footbed that eases joint pain]].", "compliance.health", "block",
  "a health claim the listing does not make")

# ---------------------------------------------------------------- V25 French wicker basket
C("V25", "A round basket of natural wicker, woven by hand in France, 38 cm (about 15 in) across and 22 cm (about "
         "8¾ in) tall, with two leather handles.\n\nKeep it out of the rain.")
C("V25", "Un panier rond en osier naturel, tressé à la main en France, avec deux anses en cuir. Il mesure 38 cm "
         "de diamètre pour 22 cm de haut.\n\nÀ garder à l'abri de la pluie.")
C("V25", "Handwoven French wicker basket with two leather handles, 38 cm across.", "s")
C("V25", "Panier en osier fait main en France, 45 €.", "s")
C("V25", qa(("Can I leave it outside?", "Not in the rain. Keep it dry."),
            ("How big is it?", "38 cm across and 22 cm tall.")), "faq")
F("V25", "Anses en [[corde de jute]].", "accuracy.material", "block", "the handles are leather", native=True)
F("V25", "[[Woven in Portugal]] from natural wicker.", "accuracy.origin", "block", "the basket is made in France")
F("V25", "It is [[50 cm]] across.", "accuracy.size", "block", "the basket is 38 cm across")
F("V25", "[[Weatherproof, so it can stay out in the rain]].", "accuracy.care", "block",
  "the listing says do not leave it in the rain")
F("V25", "It [[comes with a removable cotton lining]].", "accuracy.feature", "block",
  "the listing gives no lining")
F("V25", "[[Le panier préféré de nos clients]].", "compliance.social_proof", "warn",
  "social proof the listing does not give", native=True)

# ---------------------------------------------------------------- V26 Polish stoneware mug
C("V26", "A stoneware mug from Bolesławiec, Poland, hand-painted with the stamp method. It holds 300 ml, a little "
         "over 10 fl oz.\n\nDishwasher and microwave safe, in blue or green.")
C("V26", "Ręcznie malowany kubek z kamionki z Bolesławca, o pojemności 300 ml.\n\nMożna go myć w zmywarce i "
         "podgrzewać w mikrofalówce. Kolor niebieski lub zielony.")
C("V26", "Hand-stamped Polish stoneware mug, 300 ml, dishwasher and microwave safe.", "s")
C("V26", "Kubek z Bolesławca, 300 ml, 69 zł.", "s")
C("V26", seo("Kubek ceramiczny z Bolesławca 300 ml | Pracownia Glinka",
             "Kubek z kamionki, ręcznie malowany stempelkiem, 300 ml. Do zmywarki i mikrofalówki. Wyprodukowany "
             "w Bolesławcu."), "seo")
F("V26", "Kubek z [[porcelany]].", "accuracy.material", "block", "the mug is stoneware (kamionka)", native=True)
F("V26", "It holds [[450 ml]].", "accuracy.size", "block", "the mug holds 300 ml")
F("V26", "[[Nie nadaje się do zmywarki]].", "accuracy.care", "block", "the listing says it is dishwasher safe",
  native=True)
F("V26", "[[Made in Kraków]].", "accuracy.origin", "block", "the mug is made in Bolesławiec")
F("V26", "In blue, green or [[yellow]].", "accuracy.colour", "block", "the colours are Niebieski and Zielony")
F("V26", "The glaze is [[certified lead-free]].", "accuracy.certification", "block",
  "the listing gives no certification")

# ---------------------------------------------------------------- V27 furoshiki
C("V27", "A square furoshiki of 100% cotton, about 27½ in on each side, printed in Kyoto with a wave pattern. "
         "Wrap a gift, books or a bento box in it, or knot it into a bag.\n\nMachine wash cold on a gentle "
         "cycle, on its own at first, as the dye may run.")
C("V27", "Indigo or vermilion, this Japanese-printed cotton cloth measures 70 x 70 cm.\n\n¥2,400.")
C("V27", "A 70 cm cotton furoshiki with a Kyoto-printed wave pattern, for wrapping gifts or tying into a bag.", "s")
C("V27", "Reusable cotton wrapping cloth in indigo or vermilion; wash it separately at first.", "s")
C("V27", seo("Furoshiki Wrapping Cloth 70 cm | Tsutsumi",
             "A 70 x 70 cm cotton furoshiki printed in Kyoto with a wave pattern. Wrap gifts, books or a bento "
             "box, or tie it into a bag."), "seo")
F("V27", "Woven from [[pure silk]].", "accuracy.material", "block", "the cloth is 100% cotton")
F("V27", "[[Printed in Osaka]] with a wave pattern.", "accuracy.origin", "block", "it is printed in Kyoto")
F("V27", "It measures [[90 x 90 cm]].", "accuracy.size", "block", "it measures 70 x 70 cm")
F("V27", "The dye is [[colourfast]].", "accuracy.feature", "block",
  "the listing says the dye may run; wash it on its own")
F("V27", "Yours for [[¥1,800]].", "accuracy.price", "block", "the price is ¥2,400")
F("V27", "[[Printed with zero-waste, eco-friendly dyes]].", "compliance.environmental", "block",
  "environmental claims the listing does not make")

# ---------------------------------------------------------------- V28 merino beanie
C("V28", "A ribbed beanie knitted in Christchurch, New Zealand, from 100% merino wool of 18.5 micron.\n\nOne size "
         "stretches to fit heads from 54 to 60 cm around (about 21¼ to 23½ in). Hand wash cool and dry it flat. "
         "Charcoal, oatmeal or rust.")
C("V28", "New Zealand-made merino beanie in three colours.\n\nNZ$45.")
C("V28", "A ribbed 18.5-micron merino beanie, knitted in New Zealand, one size for heads 54-60 cm.", "s")
C("V28", "Pure merino rib-knit beanie in charcoal, oatmeal or rust; hand wash cool.", "s")
C("V28", qa(("What size is it?", "One size, stretching to fit heads 54-60 cm around."),
            ("How do I wash it?", "Hand wash cool and dry flat.")), "faq")
F("V28", "Knitted from a [[merino and cashmere blend]].", "accuracy.material", "block",
  "the beanie is 100% merino wool")
F("V28", "[[Knitted in Auckland]].", "accuracy.origin", "block", "it is knitted in Christchurch")
F("V28", "Made from [[16.5 micron]] merino.", "accuracy.number", "block", "the fibre is 18.5 micron")
F("V28", "Charcoal, oatmeal, rust or [[navy]].", "accuracy.colour", "block",
  "the colours are Charcoal, Oatmeal and Rust")
F("V28", "[[Tumble dry on low]] after washing.", "accuracy.care", "block", "the listing says dry flat")
F("V28", "[[ZQ-certified]] merino.", "accuracy.certification", "block", "the listing gives no certification")
F("V28", "[[The warmest beanie you can buy]].", "compliance.absolute", "warn",
  "a superlative the listing does not make")

# ---------------------------------------------------------------- V29 origami paper
C("V29", "A pack of 100 origami sheets, each 15 cm (about 6 in) square, in 20 colours with five sheets of each.\n\n"
         "The 70 gsm paper is coloured on one side and white on the other, and it is acid-free. For ages 6 and "
         "up with an adult.")
C("V29", "Twenty colours, five sheets apiece: 100 squares of acid-free paper for $12.")
C("V29", "100 sheets of acid-free 15 x 15 cm origami paper in 20 colours.", "s")
C("V29", "Origami paper coloured on one side and white on the other, 70 gsm, for folders aged 6+ with an "
         "adult.", "s")
C("V29", seo("Origami Paper, 100 Sheets | Foldhouse",
             "100 acid-free origami sheets, 15 x 15 cm and 70 gsm, in 20 colours. Coloured on one side, white on "
             "the other. Ages 6+ with an adult."), "seo")
F("V29", "The sheets come in [[50 colours]].", "accuracy.number", "block", "the pack has 20 colours")
F("V29", "Large [[20 x 20 cm]] sheets.", "accuracy.size", "block", "the sheets are 15 x 15 cm")
F("V29", "[[Coloured on both sides]].", "accuracy.feature", "block",
  "the listing says coloured on one side and white on the other")
F("V29", "[[Safe for toddlers]] to fold.", "compliance.health", "block", "the listing says ages 6+ with an adult")
F("V29", "[[Washi handmade from mulberry fibre]].", "accuracy.material", "block",
  "the listing gives 70 gsm acid-free paper, nothing about washi or mulberry")
F("V29", "[[Made in Japan]].", "accuracy.origin", "block", "the listing gives no origin")

# ---------------------------------------------------------------- V30 maple syrup
C("V30", "Grade A amber maple syrup with a rich taste, in a 500 ml glass bottle (about 17 fl oz). It is 100% pure "
         "maple syrup from Québec with nothing added, certified organic by Ecocert Canada.\n\nKeep it in the "
         "fridge once opened and use it within six months.")
C("V30", "Pure Québec maple syrup, organic and free of additives.\n\nC$18 for half a litre.")
C("V30", "Certified organic Grade A amber maple syrup from Québec, 500 ml.", "s")
C("V30", "Rich-tasting amber syrup, nothing but maple; refrigerate after opening.", "s")
C("V30", seo("Pure Maple Syrup, Amber, 500 ml | Sucrerie Beaulac",
             "Grade A amber maple syrup with a rich taste, 100% pure and certified organic, from Québec. 500 ml "
             "glass bottle; refrigerate after opening."), "seo")
F("V30", "[[Tapped in Ontario]].", "accuracy.origin", "block", "the syrup is from Québec")
F("V30", "A [[1-litre]] glass bottle.", "accuracy.size", "block", "the bottle is 500 ml")
F("V30", "Grade A [[dark, strong-tasting]] syrup.", "accuracy.feature", "block",
  "the grade is Amber, rich taste")
F("V30", "[[No need to refrigerate]] after opening.", "accuracy.care", "block",
  "the listing says refrigerate after opening")
F("V30", "It [[lowers blood sugar]].", "compliance.health", "block", "a health claim the listing does not make")
F("V30", "It keeps for [[two years]] once opened.", "accuracy.number", "block",
  "the listing says use within 6 months of opening")


OPEN, CLOSE = "\ue000", "\ue001"
CYCLE = ("description", "short_description", "seo", "description", "faq", "short_description", "seo")


def _html(paragraphs):
    return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs.split("\n\n"))


def _serialise(kind, draft):
    if kind in ("seo", "faq"):
        return json.dumps(draft, ensure_ascii=False)
    return _html(draft)


def _strip_marks(marked):
    """Text without the private-use marks, and the marked span's offsets in it."""
    start = marked.index(OPEN)
    text = marked.replace(OPEN, "", 1)
    end = text.index(CLOSE)
    text = text.replace(CLOSE, "", 1)
    assert OPEN not in text and CLOSE not in text
    return text, start, end


def _recast():
    """Each faulty sentence as a draft: (listing, kind, marked draft, rule, severity, why)."""
    titles = make_listings.LISTINGS
    seen = {}
    out = []
    for n, (key, sentence, rule, severity, why, kind, native, question) in enumerate(FAULTY):
        i = seen.get(key, 0)
        seen[key] = i + 1
        kind = kind or CYCLE[i % len(CYCLE)]
        marked = sentence.replace("[[", OPEN).replace("]]", CLOSE)
        pad_en, pad_native = PAD[key]
        pad = pad_native if native else pad_en
        if kind == "description":
            draft = f"{pad} {marked}" if n % 2 else f"{marked} {pad}"
        elif kind == "short_description":
            draft = marked
        elif kind == "seo":
            lst = titles[key]
            title = f"{lst['title']} | {lst['vendor']}" if lst["vendor"] else lst["title"]
            draft = seo(title, marked)
        else:
            q = question or (QUESTION[key] if native else QUESTION["en"])
            draft = qa((q, marked))
        out.append((key, kind, draft, rule, severity, why))
    return out


def build():
    clean = [{"listing": key, "kind": kind, "text": _serialise(kind, draft), "labels": []}
             for key, kind, draft in CLEAN]
    faulty = []
    for key, kind, draft, rule, severity, why in _recast():
        text, start, end = _strip_marks(_serialise(kind, draft))
        claim = text[start:end]
        assert claim and not re.search(r"^\s|\s$", claim), claim
        faulty.append({"listing": key, "kind": kind, "text": text,
                       "labels": [{"rule": rule, "start": start, "end": end, "claim": claim,
                                   "severity": severity, "why": why}]})
    return clean, faulty


if __name__ == "__main__":
    c, f = build()
    print(f"{len(c)} clean, {len(f)} faulty")
