"""Hand-written drafts for guardrails holdout v21: clean drafts and faulty drafts with one planted claim.

Faulty sentences mark their one unsupported claim as [[...]]; `build()` recasts each sentence into a draft
kind, strips the marks and records the claim's offsets in the stored text.
"""
import html
import json
import re

import make_listings

RULES = {
    "num": "accuracy.number", "price": "accuracy.price", "mat": "accuracy.material", "col": "accuracy.colour",
    "cert": "accuracy.certification", "orig": "accuracy.origin", "size": "accuracy.size",
    "cat": "accuracy.category", "feat": "accuracy.feature", "care": "accuracy.care", "war": "accuracy.warranty",
    "brand": "accuracy.brand", "comp": "accuracy.compatibility", "ship": "compliance.shipping",
    "health": "compliance.health", "abs": "compliance.absolute", "env": "compliance.environmental",
    "sp": "compliance.social_proof",
}


def C(listing, draft, kind="d"):
    return ("clean", listing, kind, draft)


def F(listing, draft, rule, severity, why, kind=None, native=False, more=None):
    return ("faulty", listing, kind, draft, RULES[rule], severity, why, native, more)


def qa(*pairs):
    return [{"question": q, "answer": a} for q, a in pairs]


def seo(title, description):
    return {"title": title, "description": description}


# Per listing: a true padding sentence (English, and in the listing's language where it has one) and a FAQ
# question for faulty one-answer FAQs.
PAD = {
    "V01": ("Each tip is 12 cm long.", None),
    "V02": ("The grip section is red, so it is easy to spot in the grass.", None),
    "V03": ("A 3 mm hex key for fitting comes in the box.", None),
    "V04": ("Twelve spiral ribs line the inside.", None),
    "V05": ("It floats if you drop it.", None),
    "V06": ("Each tool is 16 cm long.", None),
    "V07": ("The edges are rounded.", None),
    "V08": ("It weighs 150 g.", None),
    "V09": ("The pack comes in sage, oat and cloud.", None),
    "V10": ("A felt ball hangs from the top on an elastic cord.", None),
    "V11": ("Ink is not included.", "Tinte ist nicht enthalten."),
    "V12": ("It runs on 120 V.", None),
    "V13": ("There is a loop for your brush.", None),
    "V14": ("It hangs from a galvanised steel wire.", None),
    "V15": ("Use it for straining fresh cheese, yoghurt and stock.", "Pour égoutter fromages frais et yaourts."),
    "V16": ("It rinses out of a pen with plain water.", None),
    "V17": ("Test it on a hidden patch first.", None),
    "V18": ("The plug housings are aluminium.", None),
    "V19": ("The workshop is in Bristol.", None),
    "V20": ("It costs $10.", None),
    "V21": ("It is filled with dried lavender.", None),
    "V22": ("The spring strainer is $14.", None),
    "V23": ("It folds in one step.", None),
    "V24": ("It measures 11 x 9 cm closed.", "Misura 11 x 9 cm da chiuso."),
    "V25": ("It has adjustable ties.", "Les liens sont réglables."),
    "V26": ("The basic block is 4 cm a side.", "Klocek podstawowy ma 4 cm boku."),
    "V27": ("The lid screws off for cleaning.", "Låget skrues af, så kanden er let at gøre ren."),
    "V28": ("The wrist is elastic.", None),
    "V29": ("One 340 g jar.", None),
    "V30": ("It is 30 cm across.", None),
}
QUESTION = {
    "en": "What should I know about it?",
    "de": "Was sollte ich darüber wissen?",
    "fr": "Que faut-il savoir ?",
    "it": "Cosa devo sapere?",
    "pl": "Co warto wiedzieć?",
    "da": "Hvad skal jeg vide?",
}
LANG = {"V11": "de", "V15": "fr", "V24": "it", "V25": "fr", "V26": "pl", "V27": "da"}

DRAFTS = [
    # V01 knitting needles
    C("V01", "Birch tips on a flexible nylon cable, joined with brass so stitches glide over the joins. | The needle "
      "is 80 cm from tip to tip, about 31½ inches, and each tip is 12 cm (roughly 4¾ in). Choose 3.5 mm, 4 mm or "
      "5 mm."),
    C("V01", "A fixed circular needle for knitting in the round, with smooth birch wood tips and a nylon cable. | "
      "One needle per pack, from $14 (the 5 mm is $15). Wipe it dry after use and keep the wood out of water."),
    C("V01", "Birch wood circular needle, 80 cm, in US 4, 6 or 8, sold singly.", "s"),
    C("V01", "Brass joins, birch tips and a nylon cable: $14 for 3.5 or 4 mm, $15 for 5 mm.", "s"),
    C("V01", "A wipe with a dry cloth is all the birch tips need; never soak them.", "s"),
    C("V01", seo("Birch Circular Knitting Needles, 80 cm | Loopwright",
                 "Birch tips, nylon cable and brass joins. 80 cm total length, in 3.5, 4 and 5 mm. Wipe dry; "
                 "don't soak."), "seo"),
    F("V01", "The tips are [[bamboo]], warm and light in the hand.", "mat", "block",
      "the tips are birch wood"),
    F("V01", "The cable is [[steel wire]] coated in nylon.", "mat", "block",
      "the cable is nylon; no steel core is given"),
    F("V01", "[[Interchangeable tips]] unscrew, so one cable serves every size.", "feat", "block",
      "these are fixed circular needles; nothing says the tips come off"),
    F("V01", "Each pack holds [[a pair of needles]].", "num", "block", "sold singly, one needle per pack"),
    F("V01", "The total length is [[100 cm]].", "size", "block",
      "the total length is 80 cm"),
    F("V01", "[[Rinse the tips under warm water]] after each project.", "care", "block",
      "the listing says wipe with a dry cloth and do not soak the wood"),
    F("V01", "[[Loved by over 10,000 knitters]].", "sp", "warn", "social proof the listing does not give"),
    # V02 hive tool
    C("V02", "A 25 cm hive tool, just under 10 inches, with a flat scraper at one end and a J-hook at the other "
      "for lifting frames. | The 3 mm stainless steel has a red powder-coated grip, easy to find in the grass."),
    C("V02", "Scrape propolis and wax off the frames, then wash the tool in hot soapy water. | You can flame the "
      "bare steel ends to clean them; just keep the flame away from the red grip. £12."),
    C("V02", "A stainless J-hook hive tool, 25 cm long and about 6.3 oz, for £12.", "s"),
    C("V02", "Flat scraper on one end, J-hook frame lifter on the other, red grip in the middle.", "s"),
    C("V02", "Easy to spot when you drop it in the grass: the grip is bright red powder coat.", "s"),
    C("V02", qa(("Can I clean it with a flame?", "Yes, the bare steel ends can go through a flame; keep it off the "
                 "red grip."),
                ("What is it made of?", "3 mm stainless steel, with a red powder-coated grip section.")), "faq"),
    F("V02", "It is forged from [[carbon spring steel]].", "mat", "block", "the tool is stainless steel"),
    F("V02", "The grip is [[wrapped in rubber]] for a soft hold.", "mat", "block",
      "the grip section is red powder coat, not rubber"),
    F("V02", "It is [[dishwasher safe]], so cleaning up after an inspection is easy.", "care", "block",
      "the listing says wash in hot soapy water; it does not say dishwasher"),
    F("V02", "A [[30 cm]] hive tool.", "size", "block", "the tool is 25 cm long"),
    F("V02", "It [[fits every hive, Langstroth, National and top bar alike]].", "comp", "warn",
      "the listing names no hive types"),
    F("V02", "It [[helps prevent bee stings]] by keeping your hands clear of the frames.", "health", "block",
      "a safety claim the listing does not make"),
    # V03 bicycle bell
    C("V03", "A brass dome bell, 55 mm across (about 2.2 in), with a long, clear ring. | The aluminium clamp fits "
      "22.2 mm (7/8 in) handlebars; it won't go on 31.8 mm bars."),
    C("V03", "Made in Taiwan and weighing only 60 g, around 2 oz. | Polished brass is €16 and matte black €18. The "
      "3 mm hex key for fitting is in the box."),
    C("V03", "A Taiwanese-made brass bell for 22.2 mm handlebars.", "s"),
    C("V03", "A long, clear ring from a 55 mm brass dome, in polished brass or matte black.", "s"),
    C("V03", "Not for 31.8 mm oversize bars: the clamp takes 22.2 mm only.", "s"),
    C("V03", seo("Brass Dome Bicycle Bell | Spokesmith",
                 "55 mm brass dome, aluminium clamp for 22.2 mm bars, hex key included. Made in Taiwan. From €16."),
      "seo"),
    F("V03", "It [[fits both 22.2 and 31.8 mm handlebars]].", "comp", "block",
      "the clamp fits 22.2 mm bars only, not 31.8 mm"),
    F("V03", "The clamp is [[stainless steel]].", "mat", "block", "the clamp is aluminium"),
    F("V03", "[[Made in Germany]] to a classic pattern.", "orig", "block", "made in Taiwan"),
    F("V03", "Choose polished brass, matte black or [[chrome]].", "col", "block",
      "the finishes are polished brass and matte black"),
    F("V03", "The ring carries [[over 100 metres]].", "num", "block", "the listing gives no range for the ring"),
    F("V03", "It [[meets the German StVZO rules]] for bicycle bells.", "cert", "block",
      "no standard or regulation is given"),
    F("V03", "The matte black bell is [[€16]] too.", "price", "block", "matte black is €18"),
    # V04 dripper
    C("V04", "Glazed porcelain cone dripper in size 02, for one to four cups. | Twelve spiral ribs and a single "
      "large hole keep the flow even. Filters are not included: use size 02 cone papers."),
    C("V04", "Made in Arita, Japan, in white or sand. | It goes in the dishwasher. $24."),
    C("V04", "From Arita in Japan: a porcelain cone for pour-over at home. | It weighs about 340 g, roughly 12 oz."),
    C("V04", "Japanese porcelain dripper, size 02, brews up to four cups.", "s"),
    C("V04", "A single-hole cone with 12 spiral ribs, in white or sand, for $24.", "s"),
    C("V04", qa(("Are filters included?", "No. It takes size 02 cone paper filters, which are not included."),
                ("Can it go in the dishwasher?", "Yes, it is dishwasher safe.")), "faq"),
    F("V04", "It brews [[up to six cups]] at a time.", "num", "block", "it brews one to four cups"),
    F("V04", "[[Three holes]] at the base speed up the flow.", "num", "block", "there is a single hole"),
    F("V04", "[[A pack of 40 paper filters]] comes in the box.", "feat", "block", "filters are not included"),
    F("V04", "Made in [[Seto]], Japan.", "orig", "block", "made in Arita, Japan"),
    F("V04", "Available in white, sand and [[matte black]].", "col", "block", "the colours are white and sand"),
    F("V04", "It takes [[size 01 and 02]] filters.", "comp", "block", "it uses size 02 filters"),
    # V05 fly box
    C("V05", "Slit foam on both sides holds up to 180 flies, under a clear polycarbonate lid. | The silicone seal "
      "keeps it waterproof to IP67, and it floats if it goes over the side."),
    C("V05", "Outside it measures 16 x 10 x 4 cm, about 6.3 x 3.9 x 1.6 in. | "
      "Clear or olive, C$29. Flies are not included."),
    C("V05", "An IP67 waterproof fly box that floats, with room for 180 flies.", "s"),
    C("V05", "Foam on both sides, a see-through lid, and C$29 in clear or olive.", "s"),
    C("V05", seo("Waterproof Fly Box, IP67 | Riffle & Reed",
                 "Holds up to 180 flies in slit foam on both sides. Clear polycarbonate lid, silicone seal, floats. "
                 "16 x 10 x 4 cm."), "seo"),
    F("V05", "It holds up to [[300 flies]].", "num", "block", "it holds up to 180 flies"),
    F("V05", "The lid is [[tempered glass]].", "mat", "block", "the lid is polycarbonate"),
    F("V05", "[[Magnetic panels]] hold the flies in place.", "feat", "block", "the inserts are slit foam"),
    F("V05", "It comes [[stocked with 24 trout flies]].", "feat", "block", "flies are not included"),
    F("V05", "It is waterproof to [[IP68]].", "cert", "block", "the rating given is IP67"),
    F("V05", "Pick clear, olive or [[blaze orange]].", "col", "block", "the colours are clear and olive"),
    # V06 trimming tools
    C("V06", "Five loop and ribbon tools for trimming leather-hard pots on the wheel. | Sharp stainless steel "
      "ribbons sit in beech handles, each tool 16 cm long, a little over 6 inches."),
    C("V06", "Rinse the clay off and dry each tool after a session. | Don't leave them standing in the slip bucket "
      "or in water. CHF 24 for the five."),
    C("V06", "A five-piece trimming set with beech handles and stainless steel ribbons.", "s"),
    C("V06", "Trim leather-hard pots cleanly, then rinse and dry the tools.", "s"),
    C("V06", qa(("How many tools are in the set?", "Five loop and ribbon tools, each 16 cm long."),
                ("What are they made of?", "Stainless steel ribbons in beech handles.")), "faq"),
    F("V06", "A set of [[eight]] trimming tools.", "num", "block", "the set has five tools"),
    F("V06", "The handles are [[solid walnut]].", "mat", "block", "the handles are beech"),
    F("V06", "The ribbons are [[high-carbon steel]].", "mat", "block", "the ribbons are stainless steel"),
    F("V06", "[[Leave them soaking in water]] between sessions so the clay never dries on.", "care", "block",
      "the listing says do not leave them in slip or water"),
    F("V06", "They are [[just as good for carving wood and linocut]].", "comp", "warn",
      "a use the listing does not give"),
    F("V06", "[[Handmade in Stoke-on-Trent]].", "orig", "block", "the listing gives no origin"),
    # V07 cork yoga block
    C("V07", "Natural cork, firm under the hand, with rounded edges. | It measures 23 x 15 x 10 cm, roughly 9 x 6 x "
      "4 inches, and weighs 650 g (about 1.4 lb)."),
    C("V07", "Sold singly, €19. | Wipe it with a damp cloth and let it air dry; long spells in direct sun can fade "
      "the cork."),
    C("V07", "One firm cork yoga block, 23 x 15 x 10 cm.", "s"),
    C("V07", "A single cork block with rounded edges, €19.", "s"),
    C("V07", seo("Natural Cork Yoga Block | Stillpoint Studio Goods",
                 "Firm natural cork, 23 x 15 x 10 cm, 650 g, rounded edges. Sold singly. Wipe clean and air dry."),
      "seo"),
    F("V07", "They are sold [[as a pair]].", "num", "block", "sold singly"),
    F("V07", "[[Naturally antibacterial]] cork keeps your practice hygienic.", "health", "block",
      "a hygiene claim the listing does not make"),
    F("V07", "It is [[machine washable]] on a gentle cycle.", "care", "block",
      "wipe with a damp cloth and air dry"),
    F("V07", "It is made from [[recycled wine corks]].", "env", "block", "the listing says natural cork only"),
    F("V07", "It weighs [[just 350 g]].", "num", "block", "it weighs 650 g"),
    F("V07", "The cork is [[harvested in Portugal]].", "orig", "block", "the listing gives no origin"),
    # V08 enamel mug
    C("V08", "Enamelled steel with a rolled stainless steel rim, in forest green, cream or navy. | It holds 350 ml, "
      "about 12 US fl oz, and weighs 150 g."),
    C("V08", "Set it on the camp stove or at the edge of the fire to warm your coffee. | Keep it out of the "
      "microwave, and wash it by hand. $18."),
    C("V08", "A 350 ml enamel camp mug that can sit on a stove.", "s"),
    C("V08", "A classic enamel mug with a stainless rim, $18 in three colours.", "s"),
    C("V08", qa(("Can it go on a camp stove?", "Yes, it can sit on a camp stove or at the edge of a fire."),
                ("Is it microwave safe?", "No, it is not for the microwave.")), "faq"),
    F("V08", "It is [[microwave safe]] for reheating at home.", "comp", "block", "not for the microwave"),
    F("V08", "It holds [[500 ml]].", "size", "block", "it holds 350 ml"),
    F("V08", "The body is [[titanium]].", "mat", "block", "the body is enamelled steel"),
    F("V08", "A [[double-walled]] mug.", "feat", "block", "nothing says the mug is double-walled"),
    F("V08", "Choose forest green, cream, navy or [[red]].", "col", "block",
      "the colours are forest green, cream and navy"),
    F("V08", "It comes with a [[lifetime guarantee]] against chips.", "war", "block", "no warranty is given"),
    # V09 swaddles
    C("V09", "Three soft, open-weave swaddles in GOTS-certified organic cotton muslin. | Each is 120 x 120 cm, "
      "about 47 inches square, in sage, oat and cloud."),
    C("V09", "Machine wash them at 40 °C and tumble dry on low. | Made in India. £32 for the pack of three."),
    C("V09", "A pack of three organic cotton muslins, GOTS certified.", "s"),
    C("V09", "Sage, oat and cloud swaddles, 120 cm square, made in India.", "s"),
    C("V09", seo("Organic Muslin Swaddles, 3-Pack | Little Fern",
                 "Three GOTS-certified organic cotton muslin swaddles, 120 x 120 cm, in sage, oat and cloud. Wash "
                 "at 40 °C. £32."), "seo"),
    F("V09", "They [[prevent colic and help your baby settle]].", "health", "block",
      "a medical claim the listing does not make"),
    F("V09", "They are [[OEKO-TEX Standard 100]] certified.", "cert", "block",
      "the certification given is GOTS"),
    F("V09", "A [[four-pack]] of swaddles.", "num", "block", "the pack holds three"),
    F("V09", "Each blanket is [[100 x 100 cm]].", "size", "block", "each is 120 x 120 cm"),
    F("V09", "They are made from [[bamboo and cotton]].", "mat", "block", "100% organic cotton muslin"),
    F("V09", "[[Wash them at 60 °C]] to keep them fresh.", "care", "block", "the wash is 40 °C"),
    F("V09", "[[Woven in Portugal]].", "orig", "block", "made in India"),
    # V10 scratching post
    C("V10", "A 70 cm post wrapped in natural sisal rope, about 27½ inches tall. | The base is 40 x 40 cm plywood "
      "under grey felt, and a felt ball dangles from the top on an elastic cord."),
    C("V10", "It needs assembling, and the screws are in the box. | Suits cats up to 8 kg (about 17½ lb). A$59."),
    C("V10", "Sisal rope scratching post, 70 cm tall, with a dangling felt ball.", "s"),
    C("V10", "For cats up to 8 kg; screws included for assembly.", "s"),
    C("V10", qa(("Does it come assembled?", "No, it needs assembly. The screws are included."),
                ("How big is the base?", "40 x 40 cm, plywood covered in grey felt.")), "faq"),
    F("V10", "A [[90 cm]] post for full-length stretches.", "size", "block", "the post is 70 cm"),
    F("V10", "The base is [[solid pine]].", "mat", "block", "the base is felt-covered plywood"),
    F("V10", "It [[arrives fully assembled]].", "feat", "block", "assembly is needed"),
    F("V10", "[[The sturdiest post you can buy]].", "abs", "warn", "an unprovable superlative"),
    F("V10", "It is sturdy enough for cats up to [[12 kg]].", "num", "block", "suits cats up to 8 kg"),
    F("V10", "[[Free delivery Australia-wide]].", "ship", "block", "no delivery terms are given"),
    # V11 calligraphy set (German)
    C("V11", "A beech wood pen holder with six steel nibs: three pointed nibs and three broad nibs of 2, 3 and "
      "4 mm. | Ink is not included. Made in Nuremberg, Germany."),
    C("V11", "Federhalter aus Buchenholz und sechs Stahlfedern, drei davon Bandzugfedern in 2, 3 und 4 mm. | Nach "
      "dem Schreiben die Federn mit Wasser abspülen und gut trocknen. 21 €."),
    C("V11", "A German-made calligraphy set: beech holder and six steel nibs for €21.", "s"),
    C("V11", "Kalligrafie-Set aus Nürnberg, Tinte nicht im Lieferumfang.", "s"),
    C("V11", seo("Kalligrafie-Set mit Federhalter und sechs Federn | Federkiel Schreibwaren",
                 "Federhalter aus Buchenholz, drei Spitzfedern und drei Bandzugfedern (2, 3, 4 mm). Hergestellt "
                 "in Nürnberg."), "seo"),
    F("V11", "The holder is [[ebony]].", "mat", "block", "the holder is beech wood"),
    F("V11", "[[Zwölf]] Stahlfedern für jede Schrift.", "num", "block", "the set has six nibs", native=True),
    F("V11", "It [[includes a bottle of black ink]].", "feat", "block", "ink is not included"),
    F("V11", "[[Hergestellt in Solingen]].", "orig", "block", "made in Nürnberg", native=True),
    F("V11", "The broad nibs come in 2, 3 and [[5 mm]].", "size", "block", "the broad nibs are 2, 3 and 4 mm"),
    F("V11", "Die Federn sind [[spülmaschinengeeignet]].", "care", "block",
      "rinse with water and dry; no dishwasher is given", native=True),
    # V12 air pump
    C("V12", "Two outlets, each pushing up to 2.5 litres of air a minute, for tanks up to 150 L (40 US gal). | It "
      "runs on 120 V, draws only 3.5 W and hums at about 30 dB."),
    C("V12", "In the box: the pump, 2 m of airline tubing (about 6½ ft) and two air stones. | Add a check valve of "
      "your own, as one isn't included. Indoor use only. $27."),
    C("V12", "A quiet twin-outlet air pump for fresh or salt water tanks up to 40 gallons.", "s"),
    C("V12", "3.5 W at 120 V, with two air stones and tubing included.", "s"),
    C("V12", qa(("Is a check valve included?", "No. The box has the pump, 2 m of tubing and two air stones."),
                ("Can I use it outdoors?", "No, it is for indoor use only.")), "faq"),
    F("V12", "It is [[suitable for outdoor ponds]].", "comp", "block", "for indoor use only"),
    F("V12", "[[Four]] outlets run four stones at once.", "num", "block", "it has two outlets"),
    F("V12", "It draws [[10 W]].", "num", "block", "it draws 3.5 W"),
    F("V12", "A [[check valve is included]].", "feat", "block", "a check valve is not included"),
    F("V12", "[[The quietest pump on the market]].", "abs", "warn", "an unprovable superlative"),
    F("V12", "More oxygen [[helps your fish live longer]].", "health", "block",
      "a health claim the listing does not make"),
    # V13 chalk bag
    C("V13", "Recycled polyester outside, soft fleece inside, and a drawstring to close it. | The 10 cm opening "
      "(about 4 in) takes most hands, and there's a loop for your brush."),
    C("V13", "The waist belt comes with it; the chalk does not. | Rust or slate, NZ$39."),
    C("V13", "A fleece-lined chalk bag with a recycled polyester shell and a belt.", "s"),
    C("V13", "Brush loop, drawstring and waist belt, in rust or slate.", "s"),
    C("V13", seo("Climbing Chalk Bag with Belt | Cragline",
                 "Recycled polyester outer, fleece lining, drawstring, brush loop and belt. 10 cm opening. Chalk "
                 "not included. NZ$39."), "seo"),
    F("V13", "It comes [[filled with 100 g of chalk]].", "feat", "block", "chalk is not included"),
    F("V13", "It is lined with [[merino wool]].", "mat", "block", "the lining is fleece"),
    F("V13", "This [[chalk bucket]] stands on the ground at the base of the boulder.", "cat", "block",
      "the product is a chalk bag worn on a waist belt"),
    F("V13", "In rust, slate or [[purple]].", "col", "block", "the colours are rust and slate"),
    F("V13", "It is [[carbon-neutral]] from factory to crag.", "env", "block",
      "the listing says recycled polyester only"),
    F("V13", "The [[15 cm]] opening fits big hands.", "size", "block", "the opening is 10 cm"),
    # V14 bird feeder
    C("V14", "An untreated western red cedar roof and base with a clear acrylic hopper, on a galvanised steel "
      "hanging wire. | It holds 1.2 litres of seed and stands 28 cm tall, about 11 inches."),
    C("V14", "Fill it with sunflower hearts or mixed seed; the ports are too wide for nyjer. | Made in Wales. £24."),
    C("V14", "A Welsh-made cedar seed feeder holding 1.2 L.", "s"),
    C("V14", "For sunflower hearts and mixed seed, not nyjer.", "s"),
    C("V14", qa(("Can I use nyjer seed?", "No, the ports are too wide for nyjer. Use sunflower hearts or mixed "
                 "seed."), ("Where is it made?", "In Wales.")), "faq"),
    F("V14", "Fill it with [[nyjer]] for goldfinches.", "comp", "block", "the ports are too wide for nyjer"),
    F("V14", "The design is [[squirrel-proof]].", "feat", "block", "the listing makes no squirrel claim"),
    F("V14", "It has a [[glass]] hopper.", "mat", "block", "the hopper is acrylic"),
    F("V14", "It holds [[2 litres]] of seed.", "size", "block", "it holds 1.2 litres"),
    F("V14", "[[Made in Scotland]].", "orig", "block", "made in Wales"),
    F("V14", "The cedar is [[FSC-certified]].", "cert", "block", "no certification is given"),
    # V15 cheesecloth (French)
    C("V15", "Unbleached cotton cheesecloth, fine grade 90 weave, for straining fresh cheese, yoghurt and stock. | "
      "One 90 x 100 cm piece to cut as you need. Made in Roanne, France."),
    C("V15", "Étamine en coton non blanchi, maille fine grade 90. | Réutilisable : passez-la en machine à 60 °C. "
      "9,50 €."),
    C("V15", "A reusable grade 90 cotton cheesecloth, made in France.", "s"),
    C("V15", "Une étamine française de 90 x 100 cm, à découper.", "s"),
    C("V15", qa(("Est-elle réutilisable ?", "Oui, elle se lave en machine à 60 °C."),
                ("Quelle taille ?", "Une pièce de 90 x 100 cm.")), "faq"),
    F("V15", "It is [[bleached]] white cotton.", "mat", "block", "the cotton is unbleached"),
    F("V15", "Une étamine en [[lin et coton]].", "mat", "block", "100% cotton", native=True),
    F("V15", "Grade [[50]], an open weave.", "num", "block", "grade 90, a fine weave"),
    F("V15", "Elle est [[lavable à 90 °C]].", "care", "block", "machine wash at 60 °C", native=True),
    F("V15", "Une pièce de [[1 x 1 m]].", "size", "block", "the piece is 90 x 100 cm", native=True),
    F("V15", "[[Fabriquée en Belgique]].", "orig", "block", "made in Roanne, France", native=True),
    # V16 ink
    C("V16", "A dye-based ink for fountain pens and dip pens, in a 50 ml glass bottle (about 1.7 fl oz). | It "
      "rinses out of a pen with plain water. It isn't waterproof."),
    C("V16", "Harbour Blue, Oxblood or Moss, $16 a bottle. | Keep it for fountain and dip pens, not technical pens "
      "or airbrushes."),
    C("V16", "Dye-based fountain pen ink, 50 ml, in three colours.", "s"),
    C("V16", "It flows well and flushes out with water; it is not waterproof.", "s"),
    C("V16", seo("Fountain Pen Ink, 50 ml | Inkwell & Quill",
                 "Dye-based ink for fountain and dip pens in a 50 ml glass bottle. Harbour Blue, Oxblood or Moss. "
                 "Rinses out with water."), "seo"),
    F("V16", "It is [[waterproof once dry]], so it won't smear.", "feat", "block", "it is not waterproof"),
    F("V16", "A [[pigment-based]] ink.", "mat", "block", "the ink is dye-based"),
    F("V16", "A [[30 ml]] bottle.", "size", "block", "the bottle holds 50 ml"),
    F("V16", "It [[works in airbrushes too]].", "comp", "block", "not for airbrushes"),
    F("V16", "Colours: Harbour Blue, Oxblood, Moss and [[Sepia]].", "col", "block",
      "the colours are Harbour Blue, Oxblood and Moss"),
    F("V16", "It is [[made by Diamine]].", "brand", "block", "the only brand is the vendor, Inkwell & Quill"),
    # V17 saddle soap
    C("V17", "Glycerin saddle soap for smooth leather tack, boots and bags, made with coconut oil soap, beeswax and "
      "lanolin. | One 200 g tin, about 7 oz."),
    C("V17", "Work up a lather on a damp sponge, wipe it off, and let the leather dry. | Not for suede or nubuck; "
      "try it on a hidden patch first. $13."),
    C("V17", "A 200 g tin of glycerin saddle soap for smooth leather.", "s"),
    C("V17", "It cleans tack and boots; keep it away from suede and nubuck.", "s"),
    C("V17", qa(("Can I use it on suede?", "No. It is for smooth leather only, not suede or nubuck."),
                ("What's in it?", "Glycerin, coconut oil soap, beeswax and lanolin.")), "faq"),
    F("V17", "It is [[safe on suede and nubuck]].", "comp", "block", "not for suede or nubuck"),
    F("V17", "It is made with [[mink oil]].", "mat", "block", "the ingredients are glycerin, coconut oil soap, "
      "beeswax and lanolin"),
    F("V17", "A [[500 g]] tin.", "num", "block", "the tin holds 200 g"),
    F("V17", "This [[leather conditioner spray]] works on tack and boots.", "cat", "block",
      "the product is a saddle soap in a tin"),
    F("V17", "A [[vegan]] formula.", "mat", "block", "it contains beeswax and lanolin"),
    F("V17", "[[The best saddle soap you can buy]].", "abs", "warn", "an unprovable superlative"),
    # V18 USB-C cable
    C("V18", "Two metres of braided nylon cable (about 6.5 ft), USB-C at both ends, with aluminium plug housings. | "
      "It charges at up to 60 W, that is 20 V at 3 A."),
    C("V18", "Data runs at USB 2.0 speed, 480 Mbps. | It won't carry video and isn't a Thunderbolt cable. One-year "
      "warranty, $15 in black or grey."),
    C("V18", "A 2 m braided USB-C cable for up to 60 W charging.", "s"),
    C("V18", "USB 2.0 data, no video, and a one-year warranty.", "s"),
    C("V18", qa(("Does it carry video to a monitor?", "No. It does not carry video, and it is not a Thunderbolt "
                 "cable."), ("How fast does it charge?", "Up to 60 W (20 V / 3 A).")), "faq"),
    F("V18", "It charges at up to [[100 W]].", "num", "block", "up to 60 W"),
    F("V18", "It transfers data at [[10 Gbps]].", "num", "block", "USB 2.0, 480 Mbps"),
    F("V18", "It [[supports 4K video]] to an external monitor.", "feat", "block", "it does not carry video"),
    F("V18", "It comes with a [[lifetime warranty]].", "war", "block", "the warranty is one year"),
    F("V18", "It [[works with Lightning iPhones]].", "comp", "block", "USB-C at both ends"),
    F("V18", "It is [[made by Anker]].", "brand", "block", "the only brand is the vendor, Voltline"),
    # V19 bike service
    C("V19", "Bring your bike to our Bristol workshop. The Basic tune-up, £45, sets up the gears and brakes and "
      "checks the tyres. | The Full service, £95, adds a drivetrain strip-down and clean and a wheel true."),
    C("V19", "Your bike is ready within three working days. | Parts are charged on top of the service price, and "
      "drop-off and collection are at the workshop."),
    C("V19", "Basic tune-up £45 or full service £95, at our Bristol workshop.", "s"),
    C("V19", "Ready in three working days; parts extra.", "s"),
    C("V19", seo("Bicycle Tune-Up Service | Spokes & Co. Workshop",
                 "Basic tune-up £45 or full service £95 at our Bristol workshop. Ready within three working days. "
                 "Parts charged on top."), "seo"),
    F("V19", "[[We collect your bike from your door]].", "ship", "block", "drop-off and collection at the "
      "workshop only; they do not collect bikes"),
    F("V19", "The full service is [[£75]].", "price", "block", "the full service is £95"),
    F("V19", "[[Parts are included in the price]].", "price", "block", "parts are charged on top"),
    F("V19", "[[Same-day turnaround]] on every service.", "num", "block", "ready within three working days"),
    F("V19", "A [[six-month guarantee]] covers all work.", "war", "block", "no guarantee is given"),
    F("V19", "Our mechanics are [[Cytech-certified]].", "cert", "block", "no qualification is given"),
    F("V19", "The basic tune-up [[includes a wheel true]].", "feat", "block",
      "the wheel true is part of the full service only"),
    # V20 thin: title and price only
    C("V20", "The Enamel Crescent Moon Pin. | $10."),
    C("V20", "A small enamel pin in the shape of a crescent moon. | It costs $10."),
    C("V20", "A crescent moon pin in enamel, $10.", "s"),
    C("V20", "Enamel Crescent Moon Pin, ten dollars.", "s"),
    C("V20", seo("Enamel Crescent Moon Pin", "An enamel crescent moon pin for $10."), "seo"),
    F("V20", "Enamel on [[gold-plated brass]].", "mat", "block", "the listing gives no metal"),
    F("V20", "It [[glows in the dark]].", "feat", "block", "the listing gives only the title and price"),
    F("V20", "[[Midnight blue]] enamel.", "col", "warn", "the listing gives no colour"),
    F("V20", "It measures [[25 mm]] across.", "size", "block", "the listing gives no size"),
    F("V20", "It [[ships free in the US]].", "ship", "block", "no delivery terms are given"),
    F("V20", "[[Designed in Brooklyn]].", "orig", "block", "the listing gives no origin"),
    # V21 thin: title, vendor, one attribute, price
    C("V21", "A lavender sachet from Heathfield Linen, filled with dried lavender. | €6."),
    C("V21", "Lavender sachet, filled with dried lavender. | Six euros."),
    C("V21", "Dried lavender sachet, €6.", "s"),
    C("V21", "Heathfield Linen's sachet of dried lavender.", "s"),
    C("V21", qa(("What is it filled with?", "Dried lavender."), ("How much is it?", "€6.")), "faq"),
    F("V21", "A [[linen]] sachet.", "mat", "block", "the listing gives no fabric (Linen is in the vendor's name)"),
    F("V21", "It [[helps you fall asleep]].", "health", "block", "a health claim the listing does not make"),
    F("V21", "It is filled with lavender [[from Provence]].", "orig", "block", "the listing gives no origin"),
    F("V21", "A [[set of three]] sachets.", "num", "block", "the listing is for one sachet"),
    F("V21", "It [[keeps moths away]] from your wardrobe.", "feat", "warn", "a use the listing does not give"),
    F("V21", "Light this [[lavender candle]] to scent the room.", "cat", "block", "the product is a sachet"),
    # V22 grouped
    C("V22", "Three brushed stainless steel pieces, each sold on its own. | The 700 ml shaker is $34, the 30/45 ml "
      "double jigger $12 and the spring strainer $14."),
    C("V22", "Buy all three and they come to $60. | The shaker holds 700 ml, about 23.7 US fl oz."),
    C("V22", "Shaker, jigger and strainer in brushed stainless steel, sold one by one.", "s"),
    C("V22", "A double jigger measuring 30 and 45 ml (about 1 and 1½ oz), $12.", "s"),
    C("V22", qa(("Can I buy the pieces separately?", "Yes, they are sold one by one: shaker $34, jigger $12, "
                 "strainer $14."), ("What are they made of?", "Brushed stainless steel.")), "faq"),
    F("V22", "The whole set is [[$50]].", "price", "block", "the pieces are sold one by one and add up to $60"),
    F("V22", "A [[1 litre]] shaker.", "size", "block", "the shaker holds 700 ml"),
    F("V22", "A [[copper-plated]] finish.", "mat", "block", "brushed stainless steel"),
    F("V22", "It [[includes a muddler and bar spoon]].", "feat", "block",
      "the pieces are a shaker, a jigger and a strainer"),
    F("V22", "Made from [[100% recycled steel]].", "env", "block", "no recycled content is given"),
    F("V22", "It [[ships within 24 hours]].", "ship", "block", "no delivery terms are given"),
    # V23 external
    C("V23", "Sold and shipped by our partner Roamwell: a folding electric scooter with a 350 W motor and a 36 V "
      "battery. | Top speed 25 km/h (about 15 mph), range up to 25 km."),
    C("V23", "It folds in one step and weighs 14 kg, around 31 lb. | $499 at Roamwell, who handle delivery, "
      "warranty and returns."),
    C("V23", "A 350 W folding e-scooter with up to 25 km range, sold by Roamwell.", "s"),
    C("V23", "Up to 25 km/h; Roamwell ships it and handles returns.", "s"),
    C("V23", seo("Folding Electric Scooter | Roamwell",
                 "350 W motor, 36 V battery, up to 25 km/h and 25 km range. Folds in one step, 14 kg. Sold and "
                 "shipped by Roamwell for $499."), "seo"),
    F("V23", "Its range is up to [[40 km]].", "num", "block", "range up to 25 km"),
    F("V23", "Top speed [[32 km/h]].", "num", "block", "top speed 25 km/h"),
    F("V23", "[[We ship it free]] to your door.", "ship", "block", "the partner Roamwell ships it"),
    F("V23", "[[Our two-year warranty]] covers the battery.", "war", "block", "Roamwell handles the warranty"),
    F("V23", "It is [[street-legal in every US state]].", "cert", "block", "no legal or standards claim is given"),
    F("V23", "It has [[suspension front and rear]].", "feat", "block", "no suspension is given"),
    # V24 wallet (Italian)
    C("V24", "Vegetable-tanned calfskin with a cotton lining and eight card slots. | 11 x 9 cm closed, about 4.3 x "
      "3.5 in. Handmade in Florence."),
    C("V24", "Portafoglio fatto a mano a Firenze in pelle di vitello conciata al vegetale. | Otto tasche per carte, "
      "in marrone o nero, 65 €."),
    C("V24", "An Italian handmade wallet in brown or black vegetable-tanned leather.", "s"),
    C("V24", "Tienilo lontano dall'acqua e nutrilo ogni tanto con una crema per pelle.", "s"),
    C("V24", qa(("Where is it made?", "By hand in Florence, Italy."),
                ("How many cards does it hold?", "It has eight card slots.")), "faq"),
    F("V24", "It has [[twelve]] card slots.", "num", "block", "eight card slots"),
    F("V24", "Fodera in [[seta]].", "mat", "block", "the lining is cotton", native=True),
    F("V24", "[[Stitched in Naples]].", "orig", "block", "handmade in Florence"),
    F("V24", "Available in brown, black or [[cognac]].", "col", "block", "the colours are Marrone and Nero"),
    F("V24", "An [[RFID-blocking]] lining.", "feat", "block", "no RFID blocking is given"),
    F("V24", "[[Lavabile in lavatrice]].", "care", "block", "do not wet it", native=True),
    # V25 apron (French)
    C("V25", "A washed linen kitchen apron with one big front pocket and adjustable ties. | 85 x 70 cm, about 33½ x "
      "27½ in. Made in Lille, France."),
    C("V25", "Tablier en lin lavé, liens réglables et grande poche devant. | Coloris naturel ou bleu ardoise, "
      "38 €."),
    C("V25", "A French-made linen apron, machine washable at 40 °C.", "s"),
    C("V25", "Lavez-le en machine à 40 °C.", "s"),
    C("V25", seo("Tablier en lin lavé | Atelier Lin du Nord",
                 "Lin lavé 100 %, une grande poche, liens réglables, 85 x 70 cm. Fabriqué à Lille."), "seo"),
    F("V25", "[[Deux poches]] sur le devant.", "num", "block", "one pocket", native=True),
    F("V25", "A [[linen and cotton blend]].", "mat", "block", "100% washed linen"),
    F("V25", "[[Tumble dry on high]].", "care", "block", "the listing gives a 40 °C wash only"),
    F("V25", "Naturel, bleu ardoise ou [[rouge brique]].", "col", "block",
      "the colours are Naturel and Bleu ardoise", native=True),
    F("V25", "[[Tissé en Irlande]].", "orig", "block", "made in Lille, France", native=True),
    F("V25", "[[One size fits all, up to XXL]].", "size", "block", "the listing gives 85 x 70 cm, no fit range"),
    # V26 blocks (Polish)
    C("V26", "Fifty beech wood blocks finished with water-based lacquer; the basic block is 4 cm a side (about "
      "1.6 in). | They meet EN 71 and are for children from 12 months. Made in Poland."),
    C("V26", "50 klocków z drewna bukowego, pokrytych lakierem wodnym. | Zgodne z EN 71, dla dzieci od 12 "
      "miesięcy. 129 zł."),
    C("V26", "Polish-made beech blocks, 50 in a set, for ages one and up.", "s"),
    C("V26", "Przecieraj je wilgotną ściereczką i nie mocz.", "s"),
    C("V26", qa(("What age are they for?", "For children from 12 months."),
                ("How do I clean them?", "Wipe them with a damp cloth; don't soak them.")), "faq"),
    F("V26", "[[100 klocków]] w zestawie.", "num", "block", "the set has 50 blocks", native=True),
    F("V26", "The blocks are [[pine]].", "mat", "block", "beech wood"),
    F("V26", "They are [[safe from birth]].", "health", "block", "for children from 12 months"),
    F("V26", "They are [[certified to ASTM F963]].", "cert", "block", "the standard given is EN 71"),
    F("V26", "[[Można myć w zmywarce]].", "care", "block", "wipe with a damp cloth; do not soak", native=True),
    F("V26", "They are painted in [[rainbow colours]].", "col", "warn", "the listing gives no colours"),
    # V27 thermos (Danish)
    C("V27", "A double-walled stainless steel jug that holds 1 litre (about 34 fl oz). | It keeps coffee hot for "
      "up to six hours, and the lid screws off for easy cleaning."),
    C("V27", "Dobbeltvægget termokande i rustfrit stål, 1 liter. | Vask den i hånden; den tåler ikke "
      "opvaskemaskine. 349 kr."),
    C("V27", "Designed in Denmark, made in China: a 1 L steel thermos jug.", "s"),
    C("V27", "Holder kaffen varm i op til seks timer. Sort eller hvid.", "s"),
    C("V27", seo("Termokande i rustfrit stål, 1 liter | Nordvarme",
                 "Double-walled stainless steel, 1 litre, keeps coffee hot for up to 6 hours. Hand wash. Black or "
                 "white, 349 DKK."), "seo"),
    F("V27", "[[Made in Denmark]].", "orig", "block", "designed in Denmark, made in China"),
    F("V27", "It keeps coffee hot for [[12 hours]].", "num", "block", "up to 6 hours"),
    F("V27", "Kanden [[tåler opvaskemaskine]].", "care", "block", "hand wash; not dishwasher safe", native=True),
    F("V27", "Den rummer [[1,5 liter]].", "size", "block", "it holds 1 litre", native=True),
    F("V27", "It is [[glass-lined]] inside.", "mat", "block", "double-walled stainless steel"),
    F("V27", "Black, white or [[steel grey]].", "col", "block", "the colours are Sort and Hvid"),
    # V28 work gloves
    C("V28", "Goatskin leather palm and fingers, a cotton canvas back and an elastic wrist. | Sizes S, M, L and XL, "
      "C$28."),
    C("V28", "They are not cut resistant and not made for welding. | Spot clean only."),
    C("V28", "Goatskin-palm work gloves with a canvas back, S to XL.", "s"),
    C("V28", "Leather where you grip, canvas on top; spot clean.", "s"),
    C("V28", qa(("Can I use them for welding?", "No. They are not for welding and are not cut resistant."),
                ("What sizes are there?", "S, M, L and XL.")), "faq"),
    F("V28", "They are [[cut resistant to level A4]].", "feat", "block", "not cut resistant"),
    F("V28", "A [[cowhide]] palm.", "mat", "block", "the palm is goatskin"),
    F("V28", "Sizes S to [[XXL]].", "size", "block", "sizes S to XL"),
    F("V28", "[[Machine wash warm]].", "care", "block", "spot clean only"),
    F("V28", "A [[Carhartt]] glove.", "brand", "block", "the only brand is the vendor, Fieldcraft Outfitters"),
    F("V28", "[[Sewn in Vietnam]].", "orig", "block", "the listing gives no origin"),
    # V29 rosehip jam
    C("V29", "A bright, tart jam made with 55% rosehips, cane sugar, lemon juice and pectin. | One 340 g jar, about "
      "12 oz. Made in Yorkshire."),
    C("V29", "Keep it in the fridge once opened and finish it within four weeks. | Vegan, £6.50."),
    C("V29", "Rosehip jam from Yorkshire, more than half rosehips.", "s"),
    C("V29", "A 340 g jar of tart rosehip jam, £6.50.", "s"),
    C("V29", seo("Rosehip Jam, 340 g | Brambleside Preserves",
                 "Tart rosehip jam with 55% fruit, cane sugar, lemon and pectin. Made in Yorkshire. Refrigerate "
                 "after opening."), "seo"),
    F("V29", "It [[boosts your immune system]].", "health", "block", "a health claim the listing does not make"),
    F("V29", "It is sweetened with [[honey]].", "mat", "block", "the sweetener is cane sugar"),
    F("V29", "It is [[70%]] rosehips.", "num", "block", "55% rosehips"),
    F("V29", "[[No need to refrigerate]] after opening.", "care", "block", "refrigerate after opening"),
    F("V29", "[[Cooked in Devon]].", "orig", "block", "made in Yorkshire"),
    F("V29", "It is [[Soil Association certified organic]].", "cert", "block", "no certification is given"),
    F("V29", "An [[award-winning]] jam.", "sp", "warn", "an award the listing does not give"),
    # V30 wall clock
    C("V30", "A 30 cm wall clock, about 12 inches across, with an oak veneer face and no glass front. | The silent "
      "sweep quartz movement runs on one AA battery, which isn't included."),
    C("V30", "Choose black or brass hands. | $48. Pick up one AA battery for it, as it doesn't come with one."),
    C("V30", "Oak veneer wall clock with a silent sweep movement, 30 cm.", "s"),
    C("V30", "Black or brass hands; runs on a single AA (not included).", "s"),
    C("V30", qa(("Does it tick?", "No, it has a silent sweep quartz movement."),
                ("Is the battery included?", "No, it needs one AA battery, not included.")), "faq"),
    F("V30", "The face is [[solid oak]].", "mat", "block", "the face is oak veneer"),
    F("V30", "The [[battery is included]].", "feat", "block", "the AA battery is not included"),
    F("V30", "A [[40 cm]] clock.", "size", "block", "30 cm"),
    F("V30", "It is [[radio-controlled]] and sets itself.", "feat", "block", "a quartz movement; no radio control"),
    F("V30", "It has a [[five-year warranty]].", "war", "block", "no warranty is given"),
    F("V30", "Hands in black, brass or [[silver]].", "col", "block", "the hands are black or brass"),
    F("V30", "[[Over 5,000 five-star reviews]].", "sp", "warn", "social proof the listing does not give"),
]

SCHEDULE = ("description", "short_description", "seo", "description", "faq", "short_description", "seo")
MARK = re.compile(r"\[\[(.+?)\]\]")


def _html(paragraphs):
    return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)


def _serialise(kind, draft):
    if kind == "seo" or kind == "faq":
        return json.dumps(draft, ensure_ascii=False)
    parts = [p.strip() for p in draft.split(" | ")]
    return _html(parts)


def _strip_marks(marked):
    """Text without the [[...]] marks, and the one label span (start, end, claim)."""
    found = list(MARK.finditer(marked))
    assert len(found) == 1, f"want one mark: {marked!r}"
    m = found[0]
    text = marked[:m.start()] + m.group(1) + marked[m.end():]
    return text, m.start(), m.start() + len(m.group(1)), m.group(1)


def _recast():
    listings = make_listings.LISTINGS
    seen = {}
    out = []
    for item in DRAFTS:
        if item[0] != "faulty":
            continue
        _, key, kind, sentence, rule, severity, why, native, _more = item
        n = seen.get(key, 0)
        seen[key] = n + 1
        kind = kind or SCHEDULE[n % len(SCHEDULE)]
        lang = LANG.get(key, "en") if native else "en"
        pad_en, pad_nat = PAD[key]
        pad = pad_nat if native else pad_en
        title = listings[key]["title"]
        vendor = listings[key].get("vendor")
        if kind == "description":
            paras = [pad, sentence] if n % 2 == 0 else [sentence, pad]
            marked = _html(paras)
        elif kind == "short_description":
            marked = _html([sentence])
        elif kind == "seo":
            marked = json.dumps(seo(f"{title} | {vendor}" if vendor else title, sentence), ensure_ascii=False)
        else:
            marked = json.dumps(qa((QUESTION[lang], sentence)), ensure_ascii=False)
        text, start, end, claim = _strip_marks(marked)
        out.append({"listing": key, "kind": kind, "text": text, "labels": [
            {"rule": rule, "start": start, "end": end, "claim": claim, "severity": severity, "why": why}]})
    return out


def build():
    kinds = {"d": "description", "s": "short_description", "seo": "seo", "faq": "faq"}
    clean = []
    for item in DRAFTS:
        if item[0] == "clean":
            _, key, kind, draft = item
            clean.append({"listing": key, "kind": kinds[kind], "text": _serialise(kinds[kind], draft),
                          "labels": []})
    return clean, _recast()


if __name__ == "__main__":
    c, f = build()
    print(len(c), "clean", len(f), "faulty")
