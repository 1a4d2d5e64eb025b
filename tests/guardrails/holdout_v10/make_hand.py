"""Hand-written drafts for guardrails holdout v10: clean ones and faulty ones with one planted claim each.

The planted claim in a faulty draft is marked [[...]]; build() strips the marks and records its span.
Kinds: "d" description, "s" short description (HTML), seo(...) and qa(...) for SEO and FAQ drafts (stored as
JSON text; the span is an offset into that JSON text).
"""
import json

CLEAN = []
FAULTY = []
KIND = {"d": "description", "s": "short_description"}


def C(listing, draft, kind="d"):
    CLEAN.append((listing, draft, kind))


def F(listing, draft, rule, severity, why, kind="d"):
    FAULTY.append((listing, draft, kind, rule, severity, why))


def qa(*pairs):
    """A FAQ draft: pairs of (question, answer)."""
    return [{"question": q, "answer": a} for q, a in pairs]


def seo(title, description):
    return {"title": title, "description": description}


def _serialise(kind, draft):
    """(kind name, text) for a draft: HTML as it is, SEO and FAQ as JSON text."""
    if isinstance(draft, dict):
        return "seo", json.dumps(draft, ensure_ascii=False)
    if isinstance(draft, list):
        return "faq", json.dumps(draft, ensure_ascii=False)
    return KIND[kind], draft


def _strip_marks(marked):
    """Text without the [[...]] marks, and the (start, end, claim) of the one marked claim."""
    assert marked.count("[[") == 1 and marked.count("]]") == 1, f"one mark wanted: {marked!r}"
    start = marked.index("[[")
    end = marked.index("]]") - 2
    text = marked.replace("[[", "", 1).replace("]]", "", 1)
    return text, start, end, text[start:end]


# Y01 cast iron skillet (USD)
C("Y01", "<p>This pre-seasoned cast iron skillet from Ironbark Foundry is ready to cook in from day one: the "
         "flaxseed-oil seasoning is already on. The 10.25 in pan (about 26 cm) has 2 in sides, and a helper handle "
         "opposite the main one makes the 5.3 lb pan easier to lift.</p><ul><li>Gas, electric, induction and the oven "
         "up to 500 °F (260 °C)</li><li>Made in Ohio, USA</li><li>Hand wash, dry straight away, oil lightly</li></ul>")
C("Y01", "<p>Sear on the induction hob, then finish in the oven: this skillet takes both, up to 500 °F. It weighs "
         "about 2.4 kg, so the helper handle earns its place. It isn't dishwasher safe; wash it by hand, dry it at "
         "once and rub in a little oil.</p>")
C("Y01", "<p>A US-made 10.25 in cast iron skillet, pre-seasoned with flaxseed oil and at home on any hob, induction "
         "included.</p>", "s")
C("Y01", "<p>Heavy cast iron, 2 in deep sides and a helper handle, oven safe to 500 °F.</p>", "s")
C("Y01", seo("Pre-Seasoned Cast Iron Skillet 10.25 in | Ironbark Foundry",
             "A 10.25 in cast iron skillet made in Ohio, pre-seasoned with flaxseed oil and ready for gas, induction "
             "and the oven up to 500 °F."))
F("Y01", "<p>Our skillet arrives pre-seasoned with [[vegetable shortening]] so it is ready to use.</p>",
  "accuracy.material", "block", "the seasoning is flaxseed oil")
F("Y01", "<p>The 10.25 in skillet is oven safe up to [[600 °F]].</p>",
  "accuracy.number", "block", "oven safe to 500 °F")
F("Y01", "<p>[[Cast in Tennessee]], this pre-seasoned skillet works on every hob, induction included.</p>",
  "accuracy.origin", "block", "made in Ohio, USA")
F("Y01", "<p>A pre-seasoned cast iron skillet that is [[dishwasher safe]] for easy cleaning.</p>",
  "accuracy.care", "block", "the listing says not dishwasher safe", "s")
F("Y01", "<p>A 10.25 in skillet [[with a glass lid]] and a helper handle.</p>",
  "accuracy.feature", "block", "no lid is listed", "s")
F("Y01", qa(("Does it have a warranty?", "Yes, it comes with a [[lifetime warranty]].")),
  "accuracy.warranty", "block", "the listing gives no warranty")

# Y02 brass bicycle bell (EUR, German attributes)
C("Y02", "<p>The Klingwerk bell has a hand-polished brass dome 55 mm across and a steel clamp that fits bars from "
         "22.2 to 25.4 mm, tightened with a single screw. Choose polished brass or black. At 68 g it adds next to "
         "nothing to the bike.</p>")
C("Y02", "<p>A classic ding-dong bell. The clamp suits handlebars of 22.2–25.4 mm (roughly 7/8 to 1 in), and one "
         "screw holds it firm. The brass dome is about 2.2 in across.</p>")
C("Y02", "<p>A polished brass bicycle bell, 55 mm, with a one-screw steel clamp; also in black.</p>", "s")
C("Y02", "<p>Two colours, one clamp: fits 22.2 to 25.4 mm bars and weighs 68 g.</p>", "s")
C("Y02", qa(("Will it fit my handlebar?", "It fits handlebars from 22.2 to 25.4 mm across."),
            ("What is it made of?", "The bell dome is brass; the clamp is steel.")))
F("Y02", "<p>A ding-dong bell with a brass dome [[65 mm]] across and a one-screw clamp.</p>",
  "accuracy.size", "block", "the dome is 55 mm")
F("Y02", "<p>The bell's clamp is [[aluminium]], the dome polished brass.</p>",
  "accuracy.material", "block", "the clamp is steel")
F("Y02", "<p>Fits handlebars from 22.2 to [[31.8 mm]].</p>",
  "accuracy.size", "block", "the clamp fits 22.2 to 25.4 mm")
F("Y02", "<p>A brass bicycle bell in [[five colours]], with a 55 mm dome.</p>",
  "accuracy.colour", "block", "two colours: polished brass and black", "s")
F("Y02", "<p>A brass bell you can [[hear up to 100 m away]].</p>",
  "accuracy.feature", "block", "no range is given", "s")
F("Y02", seo("Brass Bicycle Bell 55 mm | Klingwerk",
             "Polished brass bell, [[StVZO approved]], with a steel clamp for 22.2–25.4 mm bars. Also in black."),
  "accuracy.certification", "block", "no approval is listed")

# Y03 rattan banneton (EUR, decimal commas)
C("Y03", "<p>This rattan banneton gives your sourdough its spiral rings and keeps the loaf in shape during the last "
         "rise; a linen liner comes with it. Pick the round 22 cm basket for about 750 g of dough, or the oval "
         "25 cm one for about 1 kg.</p><ul><li>Rattan basket, linen liner</li><li>Made in Indonesia</li><li>Dust "
         "with rice flour; brush out and air-dry, no soap</li></ul>")
C("Y03", "<p>Two shapes: round, 22 cm across, for loaves of roughly 750 g of dough, and oval, 25 cm, for about a "
         "kilo. Dust the rattan with rice flour before the dough goes in, and afterwards just brush it out and let it "
         "dry.</p>")
C("Y03", "<p>An Indonesian rattan proofing basket with a linen liner, round or oval.</p>", "s")
C("Y03", "<p>A banneton for sourdough from 16,50 €, in round 22 cm or oval 25 cm.</p>", "s")
C("Y03", seo("Rattan Banneton Proofing Basket | Backstube Lindner",
             "Rattan proofing basket with linen liner for spiral-ringed sourdough; round 22 cm for 750 g of dough or "
             "oval 25 cm for 1 kg."))
F("Y03", "<p>Our proofing basket is woven from [[bamboo]] and comes with a linen liner.</p>",
  "accuracy.material", "block", "the basket is rattan (Peddigrohr)")
F("Y03", "<p>The oval basket takes about [[1.5 kg]] of dough.</p>",
  "accuracy.number", "block", "the oval basket is for about 1 kg")
F("Y03", "<p>After baking, [[wash the basket in warm soapy water]] and let it dry.</p>",
  "accuracy.care", "block", "the listing says not to wash with soap")
F("Y03", "<p>A round banneton [[26 cm]] across with a linen liner.</p>",
  "accuracy.size", "block", "the round basket is 22 cm", "s")
F("Y03", "<p>The oval banneton costs [[16,50 €]].</p>",
  "accuracy.price", "block", "the oval basket is 18,50 €; 16,50 € is the round one", "s")
F("Y03", qa(("Where is it made?", "It is [[handwoven in Germany]] by Backstube Lindner.")),
  "accuracy.origin", "block", "Herkunft: Indonesien")

# Y04 beeswax candle (USD)
C("Y04", "<p>A pillar of pure beeswax from Hollow Maple's own hives in Vermont, 3 in wide and 6 in tall, with a "
         "cotton wick. It burns for about 60 hours, and the faint honey scent is the wax itself; no fragrance is "
         "added.</p><p>Trim the wick to 1/4 in before lighting and stay in the room while it burns. If a white bloom "
         "appears, that is natural: wipe it away with a soft cloth.</p>")
C("Y04", "<p>Sixty hours of candlelight from a single pillar. Weighing 22 oz (about 620 g), this 3 x 6 in candle is "
         "100% beeswax, unscented apart from the wax's own warm honey note.</p>")
C("Y04", "<p>A Vermont beeswax pillar, roughly 7.5 x 15 cm, that burns for about 60 hours.</p>", "s")
C("Y04", "<p>Hand-poured 100% beeswax with a cotton wick and nothing added.</p>", "s")
C("Y04", qa(("Is it scented?", "Only by the beeswax itself, which has a warm honey scent; nothing is added."),
            ("What is the white film on it?", "That bloom is natural to beeswax and wipes off with a soft cloth.")))
F("Y04", "<p>This beeswax pillar burns for about [[100 hours]].</p>",
  "accuracy.number", "block", "about 60 hours")
F("Y04", "<p>Poured from Vermont beeswax around a [[hemp]] wick.</p>",
  "accuracy.material", "block", "the wick is cotton")
F("Y04", "<p>Beeswax candles [[purify the air]] as they burn.</p>",
  "compliance.health", "block", "a health claim the listing does not make")
F("Y04", "<p>A pillar candle [[scented with lavender]].</p>",
  "accuracy.material", "block", "nothing is added; the only scent is the wax's own", "s")
F("Y04", "<p>Pure beeswax from our own hives, [[certified organic]].</p>",
  "accuracy.certification", "block", "no certification is listed", "s")
F("Y04", "<p>A [[carbon-neutral]] beeswax pillar from Vermont.</p>",
  "compliance.environmental", "block", "an environmental claim the listing does not make", "s")
F("Y04", seo("Pure Beeswax Pillar Candle 3 x 6 in",
             "Beeswax pillar candle from Vermont with a cotton wick, [[the cleanest-burning candle you can buy]]."),
  "compliance.absolute", "warn", "an unprovable superlative")

# Y05 merino yarn (GBP)
C("Y05", "<p>Soft superwash merino in a DK weight, hand-dyed in small batches on the Isle of Skye. Each 100 g skein "
         "runs to about 225 m, or 246 yards. Knit it on 4 mm needles for 22 stitches to 10 cm. Because the merino is "
         "superwash, finished pieces go in the machine at 30 °C on a wool cycle; dry them flat.</p><p>Four colours: "
         "Heather, Kelp, Peat and Sea Glass. Buy all the skeins for one project from the same lot.</p>")
C("Y05", "<p>Every skein is dyed by hand in small batches, so buy enough for your project from one lot. DK weight, "
         "100% merino, about 246 yd per 100 g (roughly 3.5 oz).</p>")
C("Y05", "<p>Hand-dyed superwash merino DK from Skye, 225 m to the 100 g skein.</p>", "s")
C("Y05", "<p>Machine-washable merino DK in four colours, dyed on Skye.</p>", "s")
C("Y05", seo("Superwash Merino DK Yarn 100 g | Loch Fada Fibres",
             "Hand-dyed superwash merino DK, 225 m per 100 g skein, for 4 mm needles. Machine wash at 30 °C. "
             "Heather, Kelp, Peat or Sea Glass."))
F("Y05", "<p>Each 100 g skein gives about [[325 m]] of DK yarn.</p>",
  "accuracy.number", "block", "about 225 m per 100 g")
F("Y05", "<p>A DK blend of [[merino and silk]], hand-dyed on Skye.</p>",
  "accuracy.material", "block", "100% superwash merino wool")
F("Y05", "<p>Our merino is [[spun on the Isle of Skye]] and dyed by hand.</p>",
  "accuracy.origin", "block", "the listing says it is dyed on Skye, not spun there")
F("Y05", "<p>Superwash merino DK; [[tumble dry]] on low.</p>",
  "accuracy.care", "block", "dry flat", "s")
F("Y05", "<p>Hand-dyed merino DK in [[twelve colours]].</p>",
  "accuracy.colour", "block", "four colours", "s")
F("Y05", "<p>Hand-dyed merino DK from [[Loch Fyne Fibres]].</p>",
  "accuracy.brand", "block", "the vendor is Loch Fada Fibres", "s")
F("Y05", qa(("What needles should I use?", "We suggest [[3.5 mm]] needles for 22 stitches to 10 cm.")),
  "accuracy.size", "block", "suggested needles are 4 mm")

# Y06 fountain pen ink (CAD)
C("Y06", "<p>Harbour Blue-Black is a dye-based blue-black that dries to a deep slate. It is made for fountain pens "
         "and dip pens and comes in a 50 ml glass bottle whose wide base makes the last drops easy to reach.</p><p>If "
         "it gets on your hands, soap and water take it off.</p>")
C("Y06", "<p>A 50 ml bottle (about 1.7 fl oz) of blue-black ink for fountain and dip pens. Please keep it out of "
         "calligraphy brushes and airbrushes; it is not made for them.</p>")
C("Y06", "<p>Dye-based blue-black fountain pen ink, 50 ml in a wide-based glass bottle.</p>", "s")
C("Y06", "<p>A blue-black that dries to deep slate, for fountain and dip pens.</p>", "s")
C("Y06", qa(("Can I use it in a dip pen?", "Yes, it is made for fountain pens and dip pens."),
            ("Does it wash off skin?", "Yes, with soap and water.")))
F("Y06", "<p>A [[pigment-based]] blue-black ink in a 50 ml bottle.</p>",
  "accuracy.feature", "block", "the ink is dye-based")
F("Y06", "<p>Harbour Blue-Black is [[waterproof once dry]].</p>",
  "accuracy.feature", "block", "no water resistance is claimed")
F("Y06", "<p>Works in fountain pens, dip pens and [[calligraphy brushes]].</p>",
  "accuracy.compatibility", "block", "the listing says not for calligraphy brushes")
F("Y06", "<p>[[100 ml]] of blue-black ink in a glass bottle.</p>",
  "accuracy.number", "block", "50 ml", "s")
F("Y06", "<p>Blue-black ink in a [[plastic]] bottle with a wide base.</p>",
  "accuracy.material", "block", "the bottle is glass", "s")
F("Y06", seo("Fountain Pen Ink Blue-Black 50 ml | Inkhorn & Quill",
             "Blue-black ink [[loved by over 10,000 writers]], drying to a deep slate."),
  "compliance.social_proof", "warn", "social proof the listing does not give")

# Y07 galvanised watering can (GBP)
C("Y07", "<p>A watering can built the old way: hot-dip galvanised steel, a long spout and a brass rose for fine "
         "watering. It holds 9 litres, just under 2 imperial gallons, and weighs 1.6 kg empty. Handmade in "
         "Worcestershire, England.</p><p>Over winter, empty it and store it upside down.</p>")
C("Y07", "<p>Nine litres of water, a long reach and a fine brass rose. Made by hand in England in galvanised steel, "
         "it measures 62 cm long and 40 cm high.</p>")
C("Y07", "<p>A handmade galvanised watering can from Worcestershire, 9 litres, with a brass rose.</p>", "s")
C("Y07", "<p>Hot-dip galvanised steel, a brass rose and room for about 2 gallons.</p>", "s")
C("Y07", seo("Galvanised Watering Can 9 Litre | Fernhill Garden Co.",
             "A 9 litre galvanised steel watering can with a long spout and brass rose, handmade in Worcestershire. "
             "Store upside down in winter."))
F("Y07", "<p>Holds [[12 litres]], with a long spout and a brass rose.</p>",
  "accuracy.number", "block", "9 litres")
F("Y07", "<p>A watering can [[62 cm tall]], with a long spout.</p>",
  "accuracy.size", "block", "62 cm is the length; the can is 40 cm high")
F("Y07", "<p>A galvanised steel can with a [[copper]] rose.</p>",
  "accuracy.material", "block", "the rose is brass")
F("Y07", "<p>It is [[frost-proof, so leave it out all winter]].</p>",
  "accuracy.care", "block", "the listing says to empty it and store it upside down over winter")
F("Y07", "<p>A 9 litre watering can, [[handmade in Cornwall]].</p>",
  "accuracy.origin", "block", "handmade in Worcestershire", "s")
F("Y07", "<p>A galvanised watering can, [[in sage green or blue]].</p>",
  "accuracy.colour", "warn", "the listing gives no colour", "s")
F("Y07", "<p>A watering can [[made from recycled steel]] with a brass rose.</p>",
  "compliance.environmental", "block", "recycled content is not stated")
F("Y07", qa(("When will it arrive?", "It leaves our workshop [[the next working day]].")),
  "compliance.shipping", "block", "no dispatch time is given")

# Y08 kayak paddle (AUD)
C("Y08", "<p>A touring paddle that breaks down into four pieces and packs to 62 cm, so it travels small. The shaft is "
         "fibreglass and the blades glass-reinforced nylon; the whole paddle weighs 890 g. Set the feather at 0°, "
         "30°, 45° or 60° at the ferrule.</p><p>Lengths: 220, 230 or 240 cm.</p>")
C("Y08", "<p>Choose from three lengths, 220 cm to 240 cm (about 7 ft 3 in to 7 ft 10 in), all at A$189. It weighs "
         "just under 900 g.</p>")
C("Y08", "<p>A four-piece touring kayak paddle, 890 g, with four feather settings.</p>", "s")
C("Y08", "<p>Fibreglass shaft, nylon blades, and it packs down to 62 cm.</p>", "s")
C("Y08", qa(("What feather angles can I set?", "0°, 30°, 45° or 60°, set at the ferrule."),
            ("How small does it pack?", "Down to 62 cm, in four pieces.")))
F("Y08", "<p>A touring paddle with a [[carbon fibre]] shaft and nylon blades.</p>",
  "accuracy.material", "block", "the shaft is fibreglass")
F("Y08", "<p>The paddle weighs just [[690 g]].</p>",
  "accuracy.number", "block", "890 g")
F("Y08", "<p>A [[two-piece]] touring paddle with adjustable feather.</p>",
  "accuracy.number", "block", "four pieces")
F("Y08", "<p>Available in 220, 230 and [[250 cm]].</p>",
  "accuracy.size", "block", "lengths are 220, 230 and 240 cm", "s")
F("Y08", "<p>A four-piece paddle that [[floats if you drop it]].</p>",
  "accuracy.feature", "block", "buoyancy is not stated", "s")
F("Y08", seo("Touring Kayak Paddle 4-Piece | Tidemark",
             "Four-piece touring paddle, 890 g, with a [[5-year warranty]] and four feather angles."),
  "accuracy.warranty", "block", "no warranty is listed")

# Y09 yoga mat (NZD)
C("Y09", "<p>This yoga mat pairs a natural tree-rubber base with a polyurethane top layer for grip. It is 183 x 61 cm "
         "(72 x 24 in) and 4 mm thick, and weighs 2.3 kg.</p><ul><li>FSC-certified rubber</li><li>Contains natural "
         "latex</li><li>Clean with a damp cloth; keep out of direct sun</li><li>Sage, Clay or Charcoal</li></ul>")
C("Y09", "<p>Four millimetres of natural rubber under a grippy polyurethane top. Please note the mat contains natural "
         "latex. Wipe it down with a damp cloth after practice and store it out of direct sunlight.</p>")
C("Y09", "<p>A 4 mm natural rubber yoga mat with a PU top, in three colours.</p>", "s")
C("Y09", "<p>FSC-certified rubber, 183 x 61 cm, about 5 lb.</p>", "s")
C("Y09", qa(("Is it latex-free?", "No. The mat contains natural latex."),
            ("How do I clean it?", "Wipe it with a damp cloth and keep it out of direct sun.")))
F("Y09", "<p>A natural rubber mat [[6 mm]] thick, with a PU top layer.</p>",
  "accuracy.size", "block", "4 mm thick")
F("Y09", "<p>This mat is [[latex-free]], so anyone can use it.</p>",
  "compliance.health", "block", "the mat contains natural latex")
F("Y09", "<p>Natural rubber with a [[cork]] top layer.</p>",
  "accuracy.material", "block", "the top layer is polyurethane")
F("Y09", "<p>A yoga mat [[made in Sri Lanka]] from FSC rubber.</p>",
  "accuracy.origin", "block", "no origin is given", "s")
F("Y09", "<p>A natural rubber mat that is [[100% biodegradable]].</p>",
  "compliance.environmental", "block", "an environmental claim the listing does not make", "s")
F("Y09", qa(("How do I clean it?", "[[Machine wash it on a gentle cycle]] and keep it out of direct sun.")),
  "accuracy.care", "block", "wipe with a damp cloth")

# Y10 gyuto knife (JPY)
C("Y10", "<p>A Japanese gyuto forged in Seki, Gifu, with a 21 cm blade (a little over 8 in). The VG-10 core is clad "
         "in 33 layers of Damascus steel and hardened to HRC 60-61, and the octagonal walnut handle ends in a buffalo "
         "horn ferrule.</p><p>Wash it by hand and dry it straight away. Keep it away from bones and frozen food.</p>")
C("Y10", "<p>This 180 g gyuto has a core of VG-10 steel with 33-layer Damascus cladding. Its handle is walnut, "
         "octagonal in section, with a horn ferrule.</p>")
C("Y10", "<p>A 21 cm VG-10 gyuto from Seki with 33-layer Damascus cladding and a walnut handle.</p>", "s")
C("Y10", "<p>Japanese-made chef's knife, HRC 60-61, hand wash only.</p>", "s")
C("Y10", seo("Gyuto Chef's Knife 21 cm VG-10 | Hamono Seki Kobo",
             "VG-10 gyuto with 33-layer Damascus cladding, hardened to HRC 60-61 and forged in Seki. Octagonal "
             "walnut handle."))
F("Y10", "<p>A VG-10 gyuto clad in [[67 layers]] of Damascus steel.</p>",
  "accuracy.number", "block", "33 layers")
F("Y10", "<p>Hardened to [[HRC 64]] for a keen edge.</p>",
  "accuracy.number", "block", "HRC 60-61")
F("Y10", "<p>A gyuto with a [[21 in]] blade, forged in Seki.</p>",
  "accuracy.size", "block", "the blade is 21 cm, not inches")
F("Y10", "<p>The octagonal handle is [[ebony]] with a buffalo horn ferrule.</p>",
  "accuracy.material", "block", "the handle is walnut")
F("Y10", "<p>A gyuto with a [[24 cm]] blade, forged in Seki.</p>",
  "accuracy.size", "block", "the blade is 21 cm", "s")
F("Y10", "<p>A chef's knife [[strong enough for chicken bones]].</p>",
  "accuracy.feature", "block", "the listing says not for bones", "s")
F("Y10", qa(("Where is it made?", "It is [[forged in Sakai, Osaka]].")),
  "accuracy.origin", "block", "forged in Seki, Gifu")

# Y11 grouped pour-over set (USD, no set price)
C("Y11", "<p>The three things you need for pour-over at home, each sold on its own: a ceramic cone dripper that "
         "brews one or two cups, a 600 ml gooseneck kettle for the stove, and a pack of 100 unbleached paper filters "
         "cut to fit the dripper.</p><p>All three pieces together come to $89.50, or buy just the one you are "
         "missing.</p>")
C("Y11", "<p>Pair the ceramic dripper with the 600 ml stovetop gooseneck kettle and the unbleached filters, which fit "
         "the dripper. Every piece is priced separately.</p>")
C("Y11", "<p>Ceramic dripper, 600 ml gooseneck kettle and 100 unbleached filters, sold separately.</p>", "s")
C("Y11", "<p>Pour-over at home in three pieces, from $7.50 for the filters.</p>", "s")
C("Y11", qa(("Can I buy just the filters?", "Yes. Each piece is sold on its own; the pack of 100 filters is $7.50."),
            ("How many cups does the dripper make?", "One or two.")))
F("Y11", "<p>Get the whole pour-over set for [[$79.00]].</p>",
  "accuracy.price", "block", "no set price; the pieces are priced one by one ($89.50 together)")
F("Y11", "<p>The gooseneck kettle holds [[1 litre]].</p>",
  "accuracy.number", "block", "the kettle holds 600 ml")
F("Y11", "<p>A [[glass]] cone dripper, a gooseneck kettle and paper filters.</p>",
  "accuracy.material", "block", "the dripper is ceramic")
F("Y11", "<p>The kettle [[works on induction]] as well as gas.</p>",
  "accuracy.compatibility", "block", "the listing says only 'for the stove'", "s")
F("Y11", "<p>The dripper brews [[up to four cups]] at a time.</p>",
  "accuracy.number", "block", "1-2 cups", "s")
F("Y11", seo("Pour-Over Coffee Set | Slow Drip Supply",
             "Dripper, kettle and [[200]] unbleached filters for pour-over at home, sold piece by piece."),
  "accuracy.number", "block", "100 filters")

# Y12 olive oil (EUR, decimal commas, German attribute keys)
C("Y12", "<p>Early-harvest extra virgin olive oil made from Koroneiki olives grown in Crete and cold extracted within "
         "six hours of picking. Its acidity is 0.3 % at most, and it finishes grassy and peppery.</p><ul><li>PDO "
         "Sitia Lasithi</li><li>Harvest November 2026</li><li>Dark glass bottle, 500 ml or 1 litre</li><li>Store "
         "away from light and heat</li></ul>")
C("Y12", "<p>Greek extra virgin oil from the November 2026 harvest, in dark glass to keep out the light. The litre "
         "bottle costs 21,00 €, which is 2,10 € per 100 ml.</p>")
C("Y12", "<p>Cretan Koroneiki extra virgin olive oil with PDO status and a peppery finish.</p>", "s")
C("Y12", "<p>Cold extracted within six hours of harvest; acidity no more than 0,3 %.</p>", "s")
C("Y12", seo("Koroneiki Extra Virgin Olive Oil, Crete | Elaiónas Kritsá",
             "Early-harvest Cretan olive oil, PDO Sitia Lasithi, acidity ≤ 0.3 %. Grassy and peppery. 500 ml or 1 l "
             "in dark glass."))
F("Y12", "<p>Acidity of no more than [[0,8 %]].</p>",
  "accuracy.number", "block", "acidity ≤ 0,3 %")
F("Y12", "<p>Our oil is [[certified organic]] and PDO Sitia Lasithi.</p>",
  "accuracy.certification", "block", "only the PDO is listed")
F("Y12", "<p>Made from [[Kalamata]] olives grown in Crete.</p>",
  "accuracy.material", "block", "the variety is Koroneiki")
F("Y12", "<p>[[Our best-selling oil, rated 4.9 stars by 2,000 customers]].</p>",
  "compliance.social_proof", "warn", "ratings the listing does not give")
F("Y12", "<p>The 1 l bottle is [[24,00 €]].</p>",
  "accuracy.price", "block", "the litre is 21,00 €", "s")
F("Y12", "<p>Extra virgin olive oil [[from Puglia]].</p>",
  "accuracy.origin", "block", "from Crete, Greece", "s")
F("Y12", qa(("Is it good for my heart?", "Yes, it [[lowers cholesterol]] when used daily.")),
  "compliance.health", "block", "a health claim the listing does not make")

# Y13 external dash cam (USD, no SKU)
C("Y13", "<p>The Roadwise D2 records the road ahead in 1440p at 30 frames a second through a 140° lens. It "
         "loop-records onto a microSD card of up to 256 GB, which you buy separately, and runs from your car's 12 V "
         "socket.</p><p>This camera is sold and shipped by our partner store.</p>")
C("Y13", "<p>A front dash cam with a wide 140° view. Plug it into a 12 V socket, add a microSD card (up to 256 GB; "
         "not in the box) and it records on a loop.</p>")
C("Y13", "<p>A 1440p front dash cam with a 140° lens, sold by our partner store.</p>", "s")
C("Y13", "<p>Loop recording at 1440p/30 fps onto microSD up to 256 GB.</p>", "s")
C("Y13", qa(("Is a memory card included?", "No. It takes a microSD card of up to 256 GB, sold separately."),
            ("Who ships it?", "Our partner store sells and ships it.")))
F("Y13", "<p>Records in [[4K]] at 30 fps through a 140° lens.</p>",
  "accuracy.feature", "block", "the resolution is 1440p")
F("Y13", "<p>Front and [[rear cameras]] both record at 1440p.</p>",
  "accuracy.feature", "block", "a front dash cam only")
F("Y13", "<p>[[A 64 GB microSD card is included]], so you can start recording at once.</p>",
  "accuracy.feature", "block", "the card is not included")
F("Y13", "<p>The [[Garmin]] D2 dash cam, sold by our partner store.</p>",
  "accuracy.brand", "block", "the brand is Roadwise")
F("Y13", "<p>The D2 dash cam has a [[170°]] lens.</p>",
  "accuracy.number", "block", "140° field of view", "s")
F("Y13", "<p>[[Ships free from our warehouse in 2 days]].</p>",
  "compliance.shipping", "block", "sold and shipped by a partner store; no delivery time", "s")
F("Y13", seo("Roadwise D2 Dash Cam 1440p",
             "Front dash cam, 1440p at 30 fps, 140° lens, [[with GPS and Wi-Fi]]."),
  "accuracy.feature", "block", "no GPS or Wi-Fi is listed")

# Y14 PDF sewing pattern (download, EUR)
C("Y14", "<p>A wrap dress with flutter sleeves, as a PDF sewing pattern in EU sizes 34 to 52. Print it at home on A4 "
         "or US Letter, or send the A0 file to a copy shop, and follow the 24-page illustrated guide.</p><p>Made for "
         "woven fabrics such as viscose, crêpe or lawn, and rated intermediate. This is a download: nothing is "
         "posted, and the pattern is for personal use.</p>")
C("Y14", "<p>Sew your own wrap dress in viscose, crêpe or lawn. The files come as PDFs for home printing (A4 or US "
         "Letter) and for a copy shop (A0).</p>")
C("Y14", "<p>A PDF wrap dress pattern with flutter sleeves, EU 34-52, plus a 24-page guide.</p>", "s")
C("Y14", "<p>A download in A4, US Letter and A0 for intermediate sewists.</p>", "s")
C("Y14", qa(("Will you post me a paper pattern?", "No, nothing is posted: you download the PDF files."),
            ("Can I share or resell the pattern?", "No. It is for personal use, and the pattern itself may not be "
                                                   "sold.")))
F("Y14", "<p>A wrap dress pattern in EU sizes 34 to [[56]].</p>",
  "accuracy.size", "block", "EU 34-52")
F("Y14", "<p>The download includes a [[40-page]] illustrated guide.</p>",
  "accuracy.number", "block", "24 pages")
F("Y14", "<p>Designed for [[stretch knits such as jersey]].</p>",
  "accuracy.compatibility", "block", "for woven fabrics")
F("Y14", "<p>A printed [[paper pattern posted to you]] in a sturdy envelope.</p>",
  "accuracy.category", "block", "a PDF download; nothing is posted", "s")
F("Y14", "<p>A [[beginner-friendly]] wrap dress pattern with flutter sleeves.</p>",
  "accuracy.feature", "block", "rated intermediate", "s")
F("Y14", seo("Wrap Dress PDF Sewing Pattern EU 34-52",
             "PDF wrap dress pattern with flutter sleeves, [[with a commercial licence]] for the dresses you make."),
  "accuracy.feature", "block", "personal use only; no commercial licence")

# Y15 knife sharpening service (GBP)
C("Y15", "<p>Post us your kitchen knives and we sharpen each one by hand on water stones, then send them back within "
         "five working days of their arrival. Return postage is included in the price.</p><p>Choose 1, 3 or 5 "
         "knives. We cannot take serrated or ceramic blades, scissors or tools.</p>")
C("Y15", "<p>Three knives cost £36, which is £12 a knife; five cost £55, or £11 each. Every blade is hand sharpened "
         "on water stones.</p>")
C("Y15", "<p>Hand sharpening on water stones by post, back within 5 working days, return postage included.</p>", "s")
C("Y15", "<p>Send 1, 3 or 5 kitchen knives; serrated and ceramic blades excluded.</p>", "s")
C("Y15", qa(("Can you sharpen scissors?", "No, we do not sharpen scissors or tools, or serrated or ceramic blades."),
            ("How long does it take?", "We post your knives back within 5 working days of receiving them.")))
F("Y15", "<p>Your knives come back within [[48 hours]] of arrival.</p>",
  "compliance.shipping", "block", "within 5 working days")
F("Y15", "<p>We also sharpen [[serrated bread knives]].</p>",
  "accuracy.compatibility", "block", "serrated blades are excluded")
F("Y15", "<p>Every knife is sharpened [[on a belt grinder]] for a consistent edge.</p>",
  "accuracy.feature", "block", "hand sharpened on water stones")
F("Y15", "<p>Sharpening for three knives costs [[£30]].</p>",
  "accuracy.price", "block", "three knives are £36", "s")
F("Y15", "<p>Hand sharpening by post, [[return postage extra]].</p>",
  "compliance.shipping", "block", "return postage is included", "s")
F("Y15", qa(("Is the edge guaranteed?", "Yes, we [[guarantee the edge for 12 months]].")),
  "accuracy.warranty", "block", "no guarantee is listed")

# Y16 thin: bottle opener (title and price only)
C("Y16", "<p>A bottle opener. Nothing more to it: it opens bottles.</p>")
C("Y16", "<p>Keep this bottle opener by the fridge and the next bottle is never a hunt.</p>")
C("Y16", "<p>A plain bottle opener.</p>", "s")
C("Y16", "<p>A bottle opener for six dollars.</p>", "s")
C("Y16", seo("Bottle Opener", "A bottle opener at $6.00."))
F("Y16", "<p>A bottle opener in [[solid stainless steel]].</p>",
  "accuracy.material", "block", "the listing gives no material")
F("Y16", "<p>A bottle opener [[with a built-in magnet]] for the fridge door.</p>",
  "accuracy.feature", "block", "no magnet is listed")
F("Y16", "<p>A [[corkscrew and]] bottle opener in one.</p>",
  "accuracy.category", "block", "a bottle opener, not a corkscrew")
F("Y16", "<p>A bottle opener in [[matte black]].</p>",
  "accuracy.colour", "warn", "the listing gives no colour", "s")
F("Y16", "<p>A bottle opener for [[$4.50]].</p>",
  "accuracy.price", "block", "the price is $6.00", "s")
F("Y16", "<p>An [[eco-friendly]] bottle opener.</p>",
  "compliance.environmental", "warn", "a vague eco claim", "s")
F("Y16", qa(("Is it dishwasher safe?", "Yes, [[it is dishwasher safe]].")),
  "accuracy.care", "block", "the listing gives no care instructions")

# Y17 thin: leather key ring (title, vendor, one attribute, price)
C("Y17", "<p>A leather key ring from Calder Goods, 9 cm long.</p>")
C("Y17", "<p>Nine centimetres of leather (about 3.5 in) to keep your keys together.</p>")
C("Y17", "<p>A 9 cm leather key ring.</p>", "s")
C("Y17", "<p>Calder Goods' leather key ring, £8.</p>", "s")
C("Y17", qa(("How long is it?", "It is 9 cm long.")))
F("Y17", "<p>A leather key ring, [[12 cm]] long.</p>",
  "accuracy.size", "block", "9 cm")
F("Y17", "<p>A key ring in [[Italian]] leather.</p>",
  "accuracy.origin", "block", "no origin is given")
F("Y17", "<p>A key ring in [[vegetable-tanned]] leather.</p>",
  "accuracy.material", "block", "no tanning is stated")
F("Y17", "<p>A leather key ring with a [[solid brass]] split ring.</p>",
  "accuracy.material", "block", "no ring material is given", "s")
F("Y17", "<p>A leather key ring from [[Calder & Sons]].</p>",
  "accuracy.brand", "block", "the vendor is Calder Goods", "s")
F("Y17", seo("Leather Key Ring 9 cm | Calder Goods", "A 9 cm leather key ring [[that lasts a lifetime]]."),
  "compliance.absolute", "warn", "an unprovable absolute claim")

# Y18 camping lantern (CAD)
C("Y18", "<p>A rechargeable LED lantern that gives up to 300 lumens, with three brightness levels and a red light "
         "mode. Its 4400 mAh battery lasts 8 hours on high and up to 40 on low, and a USB-C charge takes about four "
         "hours.</p><ul><li>IPX4 splash resistant</li><li>Fold-out hook for a tent loop</li><li>260 g</li></ul>")
C("Y18", "<p>Up to forty hours of light on the low setting, eight on high. It weighs about 9 oz, shrugs off splashes "
         "(IPX4) and tops up over USB-C.</p>")
C("Y18", "<p>A 300-lumen rechargeable camping lantern with a red mode and USB-C charging.</p>", "s")
C("Y18", "<p>Up to 40 hours of light from a 4400 mAh battery, IPX4 rated.</p>", "s")
C("Y18", seo("Rechargeable LED Camping Lantern 300 lm | Northcamp",
             "USB-C camping lantern, up to 300 lumens, 8-40 h runtime from a 4400 mAh battery, red light mode and "
             "IPX4 splash resistance."))
F("Y18", "<p>Up to [[500 lumens]] from a rechargeable battery.</p>",
  "accuracy.number", "block", "up to 300 lumens")
F("Y18", "<p>The lantern is [[waterproof to 1 m]], so rain is no problem.</p>",
  "accuracy.feature", "block", "IPX4 splash resistant, not waterproof")
F("Y18", "<p>It runs for up to [[100 hours]] on low.</p>",
  "accuracy.number", "block", "up to 40 hours on low")
F("Y18", "<p>Charges over [[micro-USB]] in about 4 hours.</p>",
  "accuracy.compatibility", "block", "charges over USB-C", "s")
F("Y18", "<p>A lantern that [[doubles as a power bank]] for your phone.</p>",
  "accuracy.feature", "block", "no power-bank function is listed", "s")
F("Y18", qa(("How long does charging take?", "About [[2 hours]] over USB-C.")),
  "accuracy.number", "block", "about 4 hours")

# Y19 glass storage jars (AUD)
C("Y19", "<p>Three borosilicate glass jars for pasta, oats, coffee beans and other dry food, in 500 ml, 750 ml and 1 "
         "litre. Each has a bamboo lid with a silicone seal.</p><p>Put the jars in the dishwasher; wipe the lids by "
         "hand.</p>")
C("Y19", "<p>2.25 litres of storage across three jars: 500, 750 and 1000 ml. The glass is borosilicate, the lids "
         "bamboo.</p>")
C("Y19", "<p>A set of three borosilicate glass jars with bamboo lids, 500 ml to 1 litre.</p>", "s")
C("Y19", "<p>Glass jars with silicone-sealed bamboo lids; the glass goes in the dishwasher.</p>", "s")
C("Y19", qa(("Can the lids go in the dishwasher?", "No, wipe the bamboo lids by hand. The glass jars are dishwasher "
                                                   "safe."),
            ("What sizes are included?", "One each of 500 ml, 750 ml and 1000 ml.")))
F("Y19", "<p>A set of [[four]] glass jars with bamboo lids.</p>",
  "accuracy.number", "block", "a set of three")
F("Y19", "<p>Borosilicate jars with [[cork]] lids and silicone seals.</p>",
  "accuracy.material", "block", "the lids are bamboo")
F("Y19", "<p>The whole set, lids included, [[goes in the dishwasher]].</p>",
  "accuracy.care", "block", "wipe the lids by hand")
F("Y19", "<p>Glass jars from 500 ml to [[1.5 litres]].</p>",
  "accuracy.number", "block", "the largest is 1000 ml", "s")
F("Y19", "<p>Jars that [[keep food fresh three times longer]].</p>",
  "accuracy.feature", "block", "a multiplier the listing does not give", "s")
F("Y19", seo("Glass Storage Jars, Set of 3 | Pantry Row",
             "Borosilicate jars with bamboo lids, [[oven and microwave safe]], in 500, 750 and 1000 ml."),
  "accuracy.care", "block", "only the dishwasher is mentioned; bamboo lids are wiped by hand")

# Y20 merino socks (EUR, Portuguese attributes, one colour)
C("Y20", "<p>Cushioned merino crew socks for walking boots, three pairs to the pack. The heel and toe are "
         "reinforced, and the blend of 80% merino wool, 17% polyamide and 3% elastane keeps feet warm. Made in "
         "Portugal, in grey.</p><ul><li>EU sizes 36-39, 40-43, 44-47</li><li>Wash at 40 °C; do not tumble "
         "dry</li></ul>")
C("Y20", "<p>Three pairs for €29,90, just under €10 a pair: grey merino crew socks, Portuguese-made, with reinforced "
         "heels and toes.</p>")
C("Y20", "<p>A three-pack of grey merino hiking socks, made in Portugal.</p>", "s")
C("Y20", "<p>80% merino crew socks with cushioning and a reinforced heel and toe.</p>", "s")
C("Y20", qa(("Can I tumble dry them?", "No. Wash at 40 °C and do not tumble dry."),
            ("What sizes are there?", "EU 36-39, 40-43 and 44-47.")))
F("Y20", "<p>[[95% merino]] crew socks with reinforced heel and toe.</p>",
  "accuracy.material", "block", "80% merino wool")
F("Y20", "<p>A pack of [[five pairs]] of merino hiking socks.</p>",
  "accuracy.number", "block", "three pairs")
F("Y20", "<p>Merino hiking socks in [[grey, navy and forest green]].</p>",
  "accuracy.colour", "block", "one colour: grey (Cinzento)")
F("Y20", "<p>Merino socks [[knitted in Spain]].</p>",
  "accuracy.origin", "block", "made in Portugal", "s")
F("Y20", "<p>Hiking socks [[with a lifetime guarantee]] against holes.</p>",
  "accuracy.warranty", "block", "no guarantee is listed", "s")
F("Y20", seo("Merino Hiking Socks 3 Pairs | Serra Meias",
             "Cushioned merino crew socks [[that prevent blisters]], with reinforced heel and toe."),
  "compliance.health", "block", "a health claim the listing does not make")

# Y21 heather honey (GBP)
C("Y21", "<p>Raw heather honey from hives on the North York Moors, extracted in late summer. It is cold strained and "
         "never heated, so it sets in the jar to a soft jelly, as heather honey does.</p><p>340 g jar. Not for "
         "babies under 12 months.</p>")
C("Y21", "<p>A 340 g (12 oz) jar of Yorkshire heather honey, raw and unheated. If it looks set, nothing is wrong: "
         "heather honey turns jelly-like. Please don't give it to babies under a year old.</p>")
C("Y21", "<p>Raw, cold-strained heather honey from the North York Moors, 340 g.</p>", "s")
C("Y21", "<p>Never heated, this Yorkshire honey sets to a soft jelly.</p>", "s")
C("Y21", qa(("Why is my honey thick and jelly-like?", "Heather honey sets to a soft jelly in the jar. That is "
                                                      "normal."),
            ("Can my baby have it?", "Not under 12 months old.")))
F("Y21", "<p>Raw [[wildflower and]] heather honey from the North York Moors.</p>",
  "accuracy.material", "block", "the floral source is heather")
F("Y21", "<p>Gently [[warmed to 40 °C]] so it pours easily.</p>",
  "accuracy.feature", "block", "never heated")
F("Y21", "<p>Heather honey [[soothes sore throats and boosts immunity]].</p>",
  "compliance.health", "block", "a health claim the listing does not make")
F("Y21", "<p>Heather [[honeycomb]] in a 340 g jar.</p>",
  "accuracy.category", "block", "cold-strained honey, not comb")
F("Y21", "<p>A [[454 g]] jar of raw heather honey.</p>",
  "accuracy.number", "block", "340 g", "s")
F("Y21", "<p>Raw heather honey, [[Soil Association certified organic]].</p>",
  "accuracy.certification", "block", "no certification is listed", "s")
F("Y21", qa(("Where does it come from?", "Our hives [[in the Scottish Highlands]].")),
  "accuracy.origin", "block", "the North York Moors, Yorkshire")

# Y22 oak wall clock (DKK, Danish attributes)
C("Y22", "<p>A wall clock in solid oak with a white dial behind glass. The sweep movement is silent: no ticking. It "
         "is 30 cm across (about 12 in) and 4 cm deep, and made in Denmark.</p><p>It takes one AA battery, which is "
         "not included.</p>")
C("Y22", "<p>Danish-made, with a frame of solid oak and a clean white face. Add an AA battery and hang it up.</p>")
C("Y22", "<p>A silent oak wall clock, 30 cm, made in Denmark.</p>", "s")
C("Y22", "<p>Solid oak, a white dial and a sweep movement that doesn't tick.</p>", "s")
C("Y22", seo("Oak Wall Clock 30 cm | Nordlys Ure",
             "Silent-sweep wall clock with a solid oak frame and white dial, 30 cm across and 4 cm deep. Made in "
             "Denmark. Runs on one AA battery."))
F("Y22", "<p>An oak wall clock [[40 cm]] across.</p>",
  "accuracy.size", "block", "30 cm")
F("Y22", "<p>A wall clock with a [[walnut]] frame and a white dial.</p>",
  "accuracy.material", "block", "the frame is oak")
F("Y22", "<p>Runs on one AA battery, [[included]].</p>",
  "accuracy.feature", "block", "the battery is not included")
F("Y22", "<p>A silent oak clock [[designed and made in Sweden]].</p>",
  "accuracy.origin", "block", "made in Denmark", "s")
F("Y22", "<p>An oak wall clock, [[649,00 €]].</p>",
  "accuracy.price", "block", "649,00 kr (DKK), not euros", "s")
F("Y22", "<p>An oak wall clock by [[Nordlys Design]].</p>",
  "accuracy.brand", "block", "the vendor is Nordlys Ure", "s")
F("Y22", qa(("Does it tick?", "Only [[a very quiet tick]]; it is close to silent.")),
  "accuracy.feature", "block", "the movement does not tick")

# Y23 bike helmet (USD, two options)
C("Y23", "<p>A commuter helmet with an in-mould polycarbonate shell, 14 vents and a rechargeable rear LED. Turn the "
         "dial at the back to adjust the fit.</p><ul><li>S/M fits 52-56 cm heads, L/XL 57-61 cm</li><li>Matte Black "
         "or Mint</li><li>Tested to EN 1078</li><li>330 g in S/M</li></ul><p>Replace it after any impact.</p>")
C("Y23", "<p>Two sizes cover heads from 52 to 61 cm, about 20½ to 24 in, and the rear light is rechargeable.</p>")
C("Y23", "<p>An EN 1078 commuter helmet with 14 vents and a rechargeable rear light.</p>", "s")
C("Y23", "<p>Now $79, down from $95, in Matte Black or Mint.</p>", "s")
C("Y23", qa(("What size should I get?", "S/M fits a 52-56 cm head circumference; L/XL fits 57-61 cm."),
            ("Can I use it after a crash?", "No. Replace it after any impact.")))
F("Y23", "<p>A helmet with [[18 vents]] and a rear LED.</p>",
  "accuracy.number", "block", "14 vents")
F("Y23", "<p>Certified to [[CPSC]] and EN 1078.</p>",
  "accuracy.certification", "block", "only EN 1078 is listed")
F("Y23", "<p>The S/M size weighs only [[250 g]].</p>",
  "accuracy.number", "block", "330 g in S/M")
F("Y23", "<p>[[Voted the best commuter helmet of 2026 by riders]].</p>",
  "compliance.social_proof", "warn", "an award the listing does not mention")
F("Y23", "<p>A commuter helmet with a rear light and [[a front light]].</p>",
  "accuracy.feature", "block", "only a rear LED", "s")
F("Y23", "<p>In Matte Black, Mint or [[Signal Orange]].</p>",
  "accuracy.colour", "block", "two colours: Matte Black and Mint", "s")
F("Y23", seo("Commuter Bike Helmet with Rear Light | Pedalwise",
             "EN 1078 helmet, 14 vents, rear LED. S/M fits 52-[[58 cm]] heads."),
  "accuracy.size", "block", "S/M fits 52-56 cm")

# Y24 grow light (USD)
C("Y24", "<p>A clip-on grow light for houseplants and seedlings, with two flexible gooseneck heads and 24 W of "
         "full-spectrum light between them. Set the timer for 4, 8 or 12 hours and it switches off, then repeats the "
         "same cycle every day.</p><p>For indoor use. It runs over USB, and a 5 V 2 A adapter comes in the "
         "box.</p>")
C("Y24", "<p>Clip it on, bend the two goosenecks over your plants and pick a 4, 8 or 12 hour timer. The adapter is "
         "included.</p>")
C("Y24", "<p>A 24 W full-spectrum grow light with two gooseneck heads and a daily timer.</p>", "s")
C("Y24", "<p>Clip-on indoor grow light for seedlings and houseplants, USB powered.</p>", "s")
C("Y24", qa(("Can I use it outdoors?", "No, it is for indoor use only."),
            ("Is there a plug?", "Yes, a 5 V 2 A USB adapter is included.")))
F("Y24", "<p>A clip-on grow light with [[three]] gooseneck heads.</p>",
  "accuracy.number", "block", "two heads")
F("Y24", "<p>[[45 W]] of full-spectrum light for seedlings.</p>",
  "accuracy.number", "block", "24 W")
F("Y24", "<p>Use it indoors or [[in the greenhouse and garden]].</p>",
  "accuracy.feature", "block", "indoor use only")
F("Y24", "<p>Grow light with a timer of 4, 8 or [[16 hours]].</p>",
  "accuracy.number", "block", "4, 8 or 12 hours", "s")
F("Y24", "<p>A grow light that [[doubles your harvest]].</p>",
  "accuracy.feature", "block", "a multiplier the listing does not give", "s")
F("Y24", qa(("Is it energy efficient?", "Yes, it is [[the most efficient grow light on the market]].")),
  "compliance.absolute", "warn", "an unprovable superlative")

# Y25 chess set (INR)
C("Y25", "<p>A Staunton chess set with weighted, felted pieces in sheesham and boxwood and a 3.75 in king. The folding "
         "board, in sheesham with maple inlay, is 15 x 15 in with 1.6 in squares, and the pieces store inside it.</p>"
         "<p>Handcrafted in Amritsar, India. You get 34 pieces: the full 32 plus two extra queens.</p>")
C("Y25", "<p>The king stands about 9.5 cm tall, and the board, roughly 38 cm square, folds up with the pieces "
         "inside.</p>")
C("Y25", "<p>Weighted sheesham and boxwood Staunton pieces with a 15 in folding board, made in India.</p>", "s")
C("Y25", "<p>A handcrafted chess set from Amritsar with two spare queens.</p>", "s")
C("Y25", seo("Weighted Wooden Chess Set, 15 in Board | Punjab Woodcraft",
             "Staunton chess set in sheesham and boxwood, weighted and felted, 3.75 in king, 15 in folding board that "
             "stores the pieces."))
F("Y25", "<p>Weighted pieces in sheesham and [[ebony]] with a 3.75 in king.</p>",
  "accuracy.material", "block", "sheesham and boxwood")
F("Y25", "<p>The king stands [[4.25 in]] tall.</p>",
  "accuracy.size", "block", "a 3.75 in king")
F("Y25", "<p>A [[magnetic]] chess set for travel.</p>",
  "accuracy.feature", "block", "the pieces are weighted and felted, not magnetic")
F("Y25", "<p>A chess set with [[2 in]] squares on a 15 in board.</p>",
  "accuracy.size", "block", "1.6 in squares", "s")
F("Y25", "<p>Handcrafted in [[Jaipur]], India.</p>",
  "accuracy.origin", "block", "handcrafted in Amritsar", "s")
F("Y25", qa(("How many pieces are there?", "[[32 pieces]], a standard set.")),
  "accuracy.number", "block", "34 pieces, with two extra queens")

# Y26 leather wallet (EUR, Italian attributes)
C("Y26", "<p>A slim bifold wallet in full-grain, vegetable-tanned leather, made in Florence. It holds cards in 8 "
         "slots and notes in two pockets, and the inside is lined in cotton. Expect the leather to darken as you use "
         "it.</p><p>11.5 x 9 cm, in Cuoio or Testa di moro.</p>")
C("Y26", "<p>Italian-made from vegetable-tanned leather that darkens with use. Eight card slots, two note pockets, a "
         "cotton lining.</p>")
C("Y26", "<p>A Florentine bifold in vegetable-tanned leather with eight card slots.</p>", "s")
C("Y26", "<p>Full-grain leather bifold, about 4.5 x 3.5 in, in two colours.</p>", "s")
C("Y26", qa(("What is the lining?", "Cotton."), ("How many cards does it hold?", "It has 8 card slots.")))
F("Y26", "<p>A bifold with [[12 card slots]] and two note pockets.</p>",
  "accuracy.number", "block", "8 card slots")
F("Y26", "<p>Lined in [[silk]] inside.</p>",
  "accuracy.material", "block", "the lining is cotton")
F("Y26", "<p>An [[RFID-blocking]] leather bifold from Florence.</p>",
  "accuracy.feature", "block", "no RFID blocking is listed")
F("Y26", "<p>[[Thousands of happy customers]] carry this bifold.</p>",
  "compliance.social_proof", "warn", "social proof the listing does not give")
F("Y26", "<p>A [[chrome-tanned]] leather bifold made in Florence.</p>",
  "accuracy.material", "block", "vegetable-tanned", "s")
F("Y26", "<p>Available in [[black]], cuoio and testa di moro.</p>",
  "accuracy.colour", "block", "two colours: Cuoio and Testa di moro", "s")
F("Y26", seo("Leather Bifold Wallet | Bottega Arno",
             "Full-grain vegetable-tanned leather bifold, [[Leather Working Group Gold certified]], with 8 card "
             "slots."),
  "accuracy.certification", "block", "no certification is listed")

# Y27 desk lamp (CHF, French attributes, one colour)
C("Y27", "<p>A folding LED desk lamp with an aluminium arm on a weighted ABS base. Touch controls give three colour "
         "temperatures, from a warm 2700 K to a cool 6500 K, and five brightness steps.</p><p>It draws 5 W over "
         "USB-C, and the cable is in the box. Finished in white.</p>")
C("Y27", "<p>Fold it away when the desk is needed for something else. Three light colours, five levels, one "
         "touch.</p>")
C("Y27", "<p>A white folding LED desk lamp with touch dimming and three colour temperatures.</p>", "s")
C("Y27", "<p>5 W, USB-C powered, 2700-6500 K.</p>", "s")
C("Y27", qa(("Is a cable included?", "Yes, a USB-C cable is in the box."),
            ("Can I change the light colour?", "Yes, three colour temperatures from 2700 K to 6500 K.")))
F("Y27", "<p>[[Five]] colour temperatures from 2700 K to 6500 K.</p>",
  "accuracy.number", "block", "three colour temperatures")
F("Y27", "<p>A desk lamp with a [[wireless charging pad]] in the base.</p>",
  "accuracy.feature", "block", "no charging pad is listed")
F("Y27", "<p>An aluminium arm on a weighted [[steel]] base.</p>",
  "accuracy.material", "block", "the base is ABS")
F("Y27", "<p>Available in white, [[black and grey]].</p>",
  "accuracy.colour", "block", "one colour: white (Blanc)", "s")
F("Y27", "<p>A [[10 W]] LED desk lamp with touch control.</p>",
  "accuracy.number", "block", "5 W", "s")
F("Y27", seo("Folding LED Desk Lamp | Lumière Léman",
             "Folding LED desk lamp, 5 W, USB-C, with [[flicker-free light that prevents eye strain]]."),
  "compliance.health", "block", "a health claim the listing does not make")

# Y28 spinning rod (SEK)
C("Y28", "<p>A two-piece spinning rod in high-modulus carbon, rated for lures of 10 to 40 g. At 2.7 m long it weighs "
         "only 165 g. Eight guides with SiC inserts carry the line, and the handle is cork.</p>")
C("Y28", "<p>Nearly 9 ft of carbon rod that breaks down into two pieces. Cast lures from 10 g up to 40 g.</p>")
C("Y28", "<p>A 2.7 m, 165 g carbon spinning rod for 10-40 g lures.</p>", "s")
C("Y28", "<p>Two pieces, eight SiC guides and a cork handle.</p>", "s")
C("Y28", seo("Carbon Spinning Rod 2.7 m | Riverbend Tackle",
             "Two-piece high-modulus carbon spinning rod, 2.7 m and 165 g, casting weight 10-40 g, 8 SiC guides and a "
             "cork handle."))
F("Y28", "<p>Casts lures from 10 to [[60 g]].</p>",
  "accuracy.number", "block", "casting weight 10-40 g")
F("Y28", "<p>A [[three-piece]] carbon spinning rod.</p>",
  "accuracy.number", "block", "two sections")
F("Y28", "<p>Guides with [[titanium]] frames and SiC inserts.</p>",
  "accuracy.material", "block", "no frame material is given")
F("Y28", "<p>A 2.7 m spinning rod from [[Riverside Tackle]].</p>",
  "accuracy.brand", "block", "the vendor is Riverbend Tackle")
F("Y28", "<p>A spinning rod with an [[EVA foam]] handle.</p>",
  "accuracy.material", "block", "the handle is cork", "s")
F("Y28", "<p>A 2.7 m rod [[made in Sweden]].</p>",
  "accuracy.origin", "block", "no origin is given", "s")
F("Y28", qa(("Can I use it for sea fishing?", "Yes, [[it is built for saltwater and pike]].")),
  "accuracy.feature", "warn", "an invented use")

# Y29 swimming goggles (BRL, Portuguese attributes)
C("Y29", "<p>Adult swimming goggles with polycarbonate lenses that are anti-fog and protect against UV, held by a "
         "split silicone strap. Three nose bridges come in the box so you can find your fit.</p><p>Rinse them in "
         "fresh water after swimming and don't rub the inside of the lenses. Blue, black or clear.</p>")
C("Y29", "<p>R$ 89,90 for anti-fog goggles with UV protection and three nose bridges to choose from.</p>")
C("Y29", "<p>Anti-fog adult swimming goggles with UV protection and a split silicone strap.</p>", "s")
C("Y29", "<p>Goggles in blue, black or clear, with three nose bridges in the box.</p>", "s")
C("Y29", qa(("Are they for children?", "They are adult size."),
            ("How do I keep them from fogging?", "The lenses are anti-fog; don't rub the inside of them, and rinse "
                                                 "the goggles in fresh water after use.")))
F("Y29", "<p>Goggles with [[tempered glass]] lenses and a silicone strap.</p>",
  "accuracy.material", "block", "the lenses are polycarbonate")
F("Y29", "<p>[[Prescription lenses]] available on request.</p>",
  "accuracy.feature", "block", "no prescription option is listed")
F("Y29", "<p>[[Five]] nose bridges in the box.</p>",
  "accuracy.number", "block", "three nose bridges")
F("Y29", "<p>A [[diving mask]] with anti-fog lenses.</p>",
  "accuracy.category", "block", "swimming goggles, not a diving mask")
F("Y29", "<p>Goggles [[for children and adults]].</p>",
  "accuracy.size", "block", "adult size only", "s")
F("Y29", "<p>Anti-fog goggles for R$ [[79,90]].</p>",
  "accuracy.price", "block", "R$ 89,90", "s")
F("Y29", seo("Óculos de Natação Antiembaçante | Raia Sports",
             "Anti-fog swimming goggles, [[FINA approved]], with UV protection and a split silicone strap."),
  "accuracy.certification", "block", "no approval is listed")

# Y30 oak picture frame (GBP)
C("Y30", "<p>A solid oak frame for an A4 print, or for an 8 x 10 in print with the white mount in place. The glazing "
         "is acrylic, lighter than glass and shatterproof, and the 20 mm moulding is oiled.</p><p>Hang it portrait "
         "or landscape, or stand it on its easel back. Made in our Leeds workshop.</p>")
C("Y30", "<p>Frames 210 x 297 mm (A4) prints, or prints of about 20 x 25 cm in the mount.</p>")
C("Y30", "<p>An oiled solid oak A4 frame with acrylic glazing, made in Leeds.</p>", "s")
C("Y30", "<p>Hangs portrait or landscape or stands on its easel back; takes A4 or 8 x 10 in.</p>", "s")
C("Y30", seo("Oak Picture Frame A4 | Kirkgate Frames",
             "Solid oak A4 frame with shatterproof acrylic glazing and a white mount for 8 x 10 in prints. Hangs or "
             "stands. Made in Leeds."))
F("Y30", "<p>A solid oak frame with [[real glass]] glazing.</p>",
  "accuracy.material", "block", "the glazing is acrylic")
F("Y30", "<p>A [[30 mm]] oak moulding, oiled.</p>",
  "accuracy.size", "block", "20 mm moulding")
F("Y30", "<p>Takes an A4 print, or a [[5 x 7 in]] print in the mount.</p>",
  "accuracy.size", "block", "the mount is for 8 x 10 in")
F("Y30", "<p>An oak A4 frame, [[waxed]] for a soft sheen.</p>",
  "accuracy.material", "block", "the moulding is oiled", "s")
F("Y30", "<p>An A4 frame in [[FSC-certified]] oak, made in Leeds.</p>",
  "accuracy.certification", "block", "no certification is listed", "s")
F("Y30", qa(("Can I hang it?", "Yes, portrait or landscape. [[Screws and wall plugs are included.]]")),
  "accuracy.feature", "block", "no fixings are listed")


def build():
    """(clean rows, faulty rows): dicts with listing, kind, text, labels."""
    clean = []
    for listing, draft, kind in CLEAN:
        name, text = _serialise(kind, draft)
        assert "[[" not in text and "]]" not in text, f"mark in a clean draft: {text!r}"
        clean.append({"listing": listing, "kind": name, "text": text, "labels": []})
    faulty = []
    for listing, draft, kind, rule, severity, why in FAULTY:
        name, marked = _serialise(kind, draft)
        text, start, end, claim = _strip_marks(marked)
        faulty.append({"listing": listing, "kind": name, "text": text,
                       "labels": [{"rule": rule, "start": start, "end": end, "claim": claim, "severity": severity,
                                   "why": why}]})
    return clean, faulty


if __name__ == "__main__":
    c, f = build()
    print(f"{len(c)} clean, {len(f)} faulty")
