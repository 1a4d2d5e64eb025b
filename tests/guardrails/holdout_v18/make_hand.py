"""Hand-written clean and faulty drafts for guardrails holdout v18.

Clean drafts carry no label. Each faulty sentence marks its one unsupported claim with [[...]]; `build` recasts
each listing's faulty sentences in turn as a description, short description, SEO pair or one-answer FAQ and
computes the label's offsets in the stored text.
"""
import html
import json
import re

import make_listings

CLEAN = []
FAULTY = []
KIND = {"d": "description", "s": "short_description", "seo": "seo", "faq": "faq"}


def C(listing, draft, kind="d"):
    CLEAN.append({"listing": listing, "kind": kind, "draft": draft})


def F(listing, draft, rule, severity, why, kind=None, native=False, more=None):
    assert draft.count("[[") == 1 and draft.count("]]") == 1, draft
    FAULTY.append({"listing": listing, "draft": draft, "rule": rule, "severity": severity, "why": why,
                   "kind": kind, "native": native, "more": more})


def qa(*pairs):
    return [{"question": q, "answer": a} for q, a in pairs]


def seo(title, description):
    return {"title": title, "description": description}


# A true padding sentence for recast descriptions, and the FAQ question; (English, listing's own language).
PAD = {
    "V01": "The cork guard covers the point when the awl is not in use.",
    "V02": "A soft finishing brush for the last stage of grooming.",
    "V03": "Two 20 m lines and handles come with it.",
    "V04": "You add the milk; the kit has the rest.",
    "V05": "The long handles reach inside a bonsai canopy.",
    "V06": "The barrels have a fine ring grip.",
    "V07": "The skirt and the split strap are soft silicone.",
    "V08": "It is for the final rise of a sourdough loaf.",
    "V09": "It comes in a resealable bag.",
    "V10": "The sleepers are black plastic.",
    "V11": ("The kit has a needle and a chart.", "Satsen innehåller nål och mönster."),
    "V12": "Empty the tube before a frost.",
    "V13": "They land without rolling away.",
    "V14": "A spring in the middle fits them to the blade.",
    "V15": ("It is 1.5 m wide.", "Mide 1,5 m de ancho."),
    "V16": "The bindings ratchet tight.",
    "V17": "A pull-out tray makes cleaning easier.",
    "V18": "It needs no batteries.",
    "V19": "Knives are sharpened by hand on whetstones.",
    "V20": "An enamel pin of a sleeping fox.",
    "V21": "A tea towel of linen.",
    "V22": "Each piece is sold on its own.",
    "V23": "A hand pump and a three-piece paddle come with it.",
    "V24": ("Each coaster has a cork back.", "Cada base tem fundo de cortiça."),
    "V25": ("The grind adjusts from fine to coarse.", "Le mécanisme se règle du fin au gros."),
    "V26": ("Each bauble is painted by hand.", "Každá koule je ručně malovaná."),
    "V27": "Soak the tips in warm water before use.",
    "V28": "The spring bars are quick-release.",
    "V29": "It comes in a recycled cardboard box.",
    "V30": "Refrigerate after opening.",
}
QUESTION = {"en": "What should I know before buying?", "V11": "Vad bör jag veta innan jag köper?",
            "V15": "¿Qué debo saber antes de comprar?", "V24": "O que devo saber antes de comprar?",
            "V25": "Que faut-il savoir avant d'acheter ?", "V26": "Co bych měl vědět před nákupem?"}

# ---------------------------------------------------------------- V01 bookbinding awl
C("V01", ["A slim awl for piercing sewing stations through folded signatures.",
          "The point is 4 cm (about 1.6 in) of hardened steel, and the whole tool is 12 cm, roughly 4¾ in, "
          "so it sits in the palm like a pencil."])
C("V01", "<p>Pierce clean sewing holes with a Portugal-made awl: hardened steel point, walnut handle.</p>", "s")
C("V01", ["Keep the cork guard on between sessions and the point stays sharp and your fingers stay whole.",
          "Made in Portugal. Handle: walnut. Point: hardened steel, 40 mm."])
C("V01", "<p>A $16 awl with a turned walnut handle and a cork point guard in the box.</p>", "s")
C("V01", qa(("Does it come with a cover for the point?", "Yes, a cork guard that slips over the 4 cm point."),
            ("Where is it made?", "In Portugal.")), "faq")
F("V01", "A [[rosewood]] handle and a hardened steel point.", "accuracy.material",
  "block", "the handle is walnut")
F("V01", "The point is [[6 cm]] of hardened steel.", "accuracy.size", "block",
  "the point is 4 cm long")
F("V01", "[[Made in Spain]] with a turned walnut handle.", "accuracy.origin", "block", "it is made in Portugal")
F("V01", "It works just as well on [[leather and heavy card]].", "accuracy.compatibility", "warn",
  "the listing names folded signatures only")
F("V01", "[[The sharpest awl you will ever own]], with a cork guard for the point.", "compliance.absolute",
  "warn", "an unprovable superlative")
F("V01", "Every awl comes with a [[lifetime warranty]].", "accuracy.warranty", "block",
  "the listing gives no warranty")
F("V01", "[[Ships free within the US]], cork guard included.", "compliance.shipping", "block",
  "the listing makes no shipping promise")

# ---------------------------------------------------------------- V02 horse body brush
C("V02", ["A soft body brush that lifts dust and lays the coat flat.",
          "Goat-hair bristles in a beech back, 18 x 7 cm (about 7 x 2¾ in), with a leather strap you adjust "
          "to your hand."])
C("V02", "<p>Goat hair, beech and an adjustable leather strap: a finishing brush for a flat, clean coat.</p>", "s")
C("V02", ["After grooming, rinse it in cool water and stand it bristles down to dry, so water does not soak "
          "into the wooden back."])
C("V02", "<p>A £14.50 finishing brush with natural goat-hair bristles.</p>", "s")
C("V02", seo("Soft Goat-Hair Body Brush for Horses | Paddock & Pine",
             "Soft goat-hair body brush with a beech back and adjustable leather strap. 18 x 7 cm."), "seo")
F("V02", "[[Horsehair]] bristles lift dust and lay the coat flat.", "accuracy.material", "block",
  "the bristles are goat hair")
F("V02", "Its [[nylon]] hand strap adjusts to any hand.", "accuracy.material", "block", "the strap is leather")
F("V02", "[[Wash it in hot soapy water]] after each grooming session.", "accuracy.care", "block",
  "the listing says rinse in cool water")
F("V02", "It [[soothes sore muscles and improves circulation]] as you brush.", "compliance.health", "block",
  "an invented health benefit")
F("V02", "Measuring [[22 x 9 cm]], with a leather strap.", "accuracy.size", "block", "the brush is 18 x 7 cm")
F("V02", "[[Trusted by over 5,000 riders]].", "compliance.social_proof", "warn",
  "invented social proof")
F("V02", "Goat-hair bristles that are just as good on [[dogs and cats]].", "accuracy.compatibility", "warn",
  "the listing is for horses only")

# ---------------------------------------------------------------- V03 stunt kite
C("V03", ["A two-line stunt kite with a 140 cm (about 55 in) wingspan for loops, dives and ground passes.",
          "It flies from a light breeze of 10 km/h up to about 22 mph (35 km/h)."])
C("V03", "<p>Ripstop polyester on carbon spars, in Sunset or Lagoon, for fliers aged 12 and up.</p>", "s")
C("V03", ["Both 20-metre lines (about 65 ft each) and the handles are included, so you can fly on day one.",
          "Sail: ripstop polyester. Frame: carbon fibre. Span: 1.4 m."])
C("V03", "<p>€59 for a dual-line kite that loops and dives on two 20 m lines.</p>", "s")
C("V03", qa(("What wind does it need?", "Between 10 and 35 km/h."),
            ("Is it suitable for children?", "It is for ages 12 and up.")), "faq")
F("V03", "Flies in winds from [[5 km/h]] to 35 km/h.", "accuracy.number", "block",
  "the wind range starts at 10 km/h")
F("V03", "The sail is [[ripstop nylon]] on carbon fibre spars.", "accuracy.material", "block",
  "the sail is ripstop polyester")
F("V03", "Available in Sunset, Lagoon and [[Midnight]].", "accuracy.colour", "block",
  "the colours are Sunset and Lagoon")
F("V03", "[[Suitable for children from 6]] with a grown-up.", "compliance.health", "block",
  "the listing says ages 12 and up")
F("V03", "Two [[30 m]] lines and handles are included.", "accuracy.size", "block", "the lines are 20 m")
F("V03", "[[A quad-line kite]] for loops and dives.", "accuracy.category", "block",
  "it is a dual-line kite")
F("V03", "[[Unbreakable]] carbon fibre spars and a ripstop sail.", "compliance.absolute", "warn",
  "an absolute claim the listing does not make")

# ---------------------------------------------------------------- V04 mozzarella kit
C("V04", ["Everything but the milk for fresh mozzarella at home: ten vegetarian rennet tablets, 100 g of citric "
          "acid, cheese cloth and a dial thermometer.",
          "Each batch takes about a gallon of whole milk; skip ultra-pasteurised milk."])
C("V04", "<p>Up to ten batches of fresh mozzarella from one $34 kit.</p>", "s")
C("V04", ["Ten rennet tablets in the box, enough for up to ten batches.",
          "Keep the kit somewhere cool and dry and use it within a year."])
C("V04", "<p>A vegetarian-rennet mozzarella kit with citric acid, cloth and thermometer.</p>", "s")
C("V04", seo("Fresh Mozzarella Starter Kit | Curdle Co.",
             "Make fresh mozzarella at home: vegetarian rennet, citric acid, cloth and thermometer. Up to 10 "
             "batches."), "seo")
F("V04", "Makes up to [[20 batches]] of fresh mozzarella.", "accuracy.number", "block",
  "the kit makes up to 10 batches")
F("V04", "Works with [[any milk, including ultra-pasteurised]].", "accuracy.compatibility", "block",
  "the listing says not ultra-pasteurised")
F("V04", "The kit uses [[animal rennet]].", "accuracy.material", "block",
  "the rennet tablets are vegetarian")
F("V04", "[[Certified organic]] citric acid and rennet.", "accuracy.certification", "block",
  "the listing gives no organic certification")
F("V04", "Store it [[in the freezer]] to keep the rennet fresh.", "accuracy.care", "block",
  "the listing says a cool, dry place")
F("V04", "A [[digital thermometer]] is included.", "accuracy.feature", "block",
  "the thermometer is a dial thermometer")
F("V04", "Mozzarella made with this kit [[is rich in gut-friendly probiotics]].", "compliance.health", "block",
  "an invented health claim")

# ---------------------------------------------------------------- V05 bonsai shears
C("V05", ["Long-handled shears, 180 mm (just over 7 in), for trimming fine twigs and leaves deep inside a "
          "bonsai canopy.",
          "The carbon steel is not stainless, so wipe the blades dry and give them a drop of oil after use."])
C("V05", "<p>Forged carbon-steel bonsai shears, 18 cm long, in a black finish.</p>", "s")
C("V05", ["Black-finished carbon steel; a little oil after each session keeps rust away."])
C("V05", "<p>A$42 trimming shears that reach where short scissors cannot.</p>", "s")
C("V05", qa(("Are they stainless?", "No. They are carbon steel; dry and oil them after use."),
            ("How long are they?", "180 mm.")), "faq")
F("V05", "Forged from [[stainless steel]] with a black finish.", "accuracy.material", "block",
  "the shears are carbon steel, not stainless")
F("V05", "At [[200 mm]] long they reach deep into the canopy.", "accuracy.size", "block",
  "the shears are 180 mm long")
F("V05", "[[Dishwasher safe]] for easy cleaning.", "accuracy.care", "block",
  "the listing says wipe dry and oil")
F("V05", "[[Hand-forged in Sakai, Japan]] from carbon steel.", "accuracy.origin", "block",
  "the listing gives no origin")
F("V05", "The blades [[cut branches up to 15 mm thick]].", "accuracy.feature", "block",
  "invents a cutting capacity")
F("V05", "Now just [[A$35]] for forged carbon-steel shears.", "accuracy.price", "block", "the price is A$42")
F("V05", "[[The shears bonsai growers reach for first]].", "compliance.social_proof", "warn",
  "invented social proof")

# ---------------------------------------------------------------- V06 darts
C("V06", ["Three 22 g steel-tip darts with 90% tungsten barrels and a fine ring grip.",
          "Medium nylon shafts and standard flights are fitted, and three spare sets of flights ride along in "
          "the zip case."])
C("V06", "<p>A set of three 22-gram tungsten darts for a bristle board, with a zip case.</p>", "s")
C("V06", ["Ninety per cent tungsten barrels with a fine ring grip.", "Each dart weighs 22 g (about 0.78 oz)."])
C("V06", "<p>£27 for three darts, spare flights and a case.</p>", "s")
C("V06", seo("Steel-Tip Darts 22 g, 90% Tungsten | Oche Lane",
             "Three 22 g steel-tip darts, 90% tungsten barrels, medium nylon shafts, spare flights and zip "
             "case."), "seo")
F("V06", "[[95% tungsten]] barrels with a ring grip.", "accuracy.material", "block",
  "the barrels are 90% tungsten")
F("V06", "[[Five]] spare sets of flights are in the case.", "accuracy.number", "block",
  "there are three spare sets")
F("V06", "[[Soft-tip darts]] for electronic boards.", "accuracy.category", "block", "they are steel-tip darts")
F("V06", "Each dart weighs [[24 g]].", "accuracy.number", "block", "each dart weighs 22 g")
F("V06", "Packed in a [[hard-shell]] case with spare flights.", "accuracy.feature", "block",
  "the case is a zip case")
F("V06", "[[PDC-approved]] steel-tip darts.", "accuracy.certification", "block",
  "the listing gives no approval")
F("V06", "[[Bullring Pro]] steel-tip darts with a ring grip.", "accuracy.brand", "block",
  "the vendor is Oche Lane; no such brand or model")

# ---------------------------------------------------------------- V07 snorkel mask
C("V07", ["A low-volume snorkel mask for swimming at the surface.",
          "Tempered-glass lens, soft silicone skirt and a split silicone strap, in adult S/M or L/XL."])
C("V07", "<p>Tempered glass and silicone, in clear or black, for surface snorkelling.</p>", "s")
C("V07", ["Two adult sizes and two colours. Rinse it in fresh water after each swim so salt does not "
          "dry on the silicone."])
C("V07", "<p>A $39 mask with a tempered-glass lens.</p>", "s")
C("V07", qa(("Can I dive with it?", "It is made for snorkelling at the surface."),
            ("Which sizes are there?", "Adult S/M and adult L/XL.")), "faq")
F("V07", "A [[polycarbonate]] lens and silicone skirt.", "accuracy.material", "block",
  "the lens is tempered glass")
F("V07", "Rated for [[free diving to 30 m]].", "accuracy.feature", "block",
  "the listing says surface snorkelling")
F("V07", "Comes in [[Blue]], Clear or Black.", "accuracy.colour", "block", "the colours are Clear and Black")
F("V07", "It [[fits over prescription glasses]].", "accuracy.compatibility", "warn",
  "the listing says nothing of glasses")
F("V07", "[[Sizes for kids and adults]] with a split strap.", "accuracy.size", "block",
  "both sizes are adult sizes")
F("V07", "[[Snorkel included]] with the mask.", "accuracy.feature", "block", "the listing sells the mask alone")
F("V07", "[[Made from ocean-recycled plastic]].", "compliance.environmental", "block",
  "an invented environmental claim")

# ---------------------------------------------------------------- V08 banneton
C("V08", ["A round rattan banneton for the final rise of a sourdough loaf of 750 g to 1 kg (roughly 1.7 to "
          "2.2 lb).", "22 cm across (about 8¾ in) and 8.5 cm deep, with a linen liner."])
C("V08", "<p>Natural rattan proofing basket, 22 cm, linen liner included.</p>", "s")
C("V08", ["After baking, knock out the flour, brush the coils and let it air dry. Do not wash it with "
          "soap."])
C("V08", "<p>C$28 for a round banneton and its linen liner.</p>", "s")
C("V08", seo("Round Rattan Banneton 22 cm | Crumb & Crust",
             "Round rattan proofing basket, 22 cm, with linen liner, for sourdough of 750 g to 1 kg."), "seo")
F("V08", "Woven from [[willow]], 22 cm across.", "accuracy.material", "block", "it is rattan")
F("V08", "Holds [[up to 1.5 kg]] of dough.", "accuracy.number", "block",
  "the basket holds 750 g to 1 kg of dough")
F("V08", "[[Pop it in the dishwasher]] after baking.", "accuracy.care", "block",
  "the listing says brush out and air dry, no soap")
F("V08", "[[No liner needed]]: the rattan releases the dough on its own.", "accuracy.feature", "block",
  "the listing supplies a liner and says nothing of release")
F("V08", "Only [[C$22]] for a 22 cm banneton.", "accuracy.price", "block", "the price is C$28")
F("V08", "[[Handwoven in Indonesia]] from natural rattan.", "accuracy.origin", "block",
  "the listing gives no origin")
F("V08", "Natural rattan is [[naturally antibacterial]].", "compliance.health", "block",
  "an invented hygiene claim")

# ---------------------------------------------------------------- V09 soy wax
C("V09", ["Soy wax flakes for candles poured into jars and tins; they are not meant for pillars.",
          "They melt at 49-54 °C (about 120-129 °F); pour at around 70 °C, roughly 158 °F."])
C("V09", "<p>One kilo of container soy wax that takes up to a tenth fragrance oil.</p>", "s")
C("V09", ["100% soy wax (hydrogenated soybean oil), in a resealable bag so the rest stays clean until the next "
          "batch.", "Net weight 1 kg, about 2.2 lb."])
C("V09", "<p>€12.90 for 1 kg of soy wax flakes for container candles.</p>", "s")
C("V09", qa(("Can I make pillar candles?", "No, these flakes are for containers."),
            ("How much fragrance can I add?", "Up to 10% fragrance oil.")), "faq")
F("V09", "Melts at around [[60 °C]].", "accuracy.number", "block",
  "the melt point is 49-54 °C")
F("V09", "Holds up to [[12%]] fragrance oil.", "accuracy.number", "block", "the fragrance load is up to 10%")
F("V09", "Firm enough for [[pillar candles]] as well as jars.", "accuracy.compatibility", "block",
  "the listing says not for pillar candles")
F("V09", "A soy and [[coconut wax]] blend for container candles.", "accuracy.material", "block",
  "the wax is 100% soy")
F("V09", "[[Non-toxic, soot-free burn]].", "compliance.health", "block",
  "an invented safety claim")
F("V09", "Soy wax from [[sustainably farmed]] beans.", "compliance.environmental", "block",
  "the listing makes no farming claim")
F("V09", "[[Dispatched the same day]] in a resealable bag.", "compliance.shipping", "block",
  "the listing makes no dispatch promise")

# ---------------------------------------------------------------- V10 N gauge track
C("V10", ["Five lengths of flexible N gauge track at 1:148.",
          "Code 55 nickel silver rail on black plastic sleepers; each length is 914 mm, a yard (36 in)."])
C("V10", "<p>Flexi-track for N gauge: five 914 mm lengths of code 55 nickel silver.</p>", "s")
C("V10", ["Bend it to the curve you need.",
          "Pack of 5, for modellers of 14 and over."])
C("V10", "<p>£19.50 a pack of five lengths, about 4.6 m of track in all.</p>", "s")
C("V10", seo("N Gauge Flexible Track Code 55, Pack of 5 | Branchline Models",
             "Five 914 mm lengths of code 55 nickel silver flexible track for N gauge, 1:148."), "seo")
F("V10", "[[Code 80]] nickel silver rail.", "accuracy.number", "block",
  "the rail is code 55")
F("V10", "[[Fits OO and HO layouts]] as well as N.", "accuracy.compatibility", "block",
  "the track is N gauge only")
F("V10", "Code 55 [[brass]] rail on black sleepers.", "accuracy.material", "block", "the rail is nickel silver")
F("V10", "Each length is [[1 m]] long.", "accuracy.size", "block", "each length is 914 mm")
F("V10", "[[Ten]] lengths in each pack.", "accuracy.number", "block", "the pack has five lengths")
F("V10", "Suitable for [[ages 8 and up]].", "compliance.health", "block", "the listing says 14 and up")
F("V10", "[[Compatible with every N gauge system on the market]].", "compliance.absolute", "warn",
  "an absolute claim the listing does not make")

# ---------------------------------------------------------------- V11 cross-stitch (Swedish)
C("V11", ["Räknat korsstygn med vallmomotiv: Aida 14-count, 30 x 30 cm, bomullsgarn i tolv färger, nål och "
          "mönster.", "Färdig bild cirka 18 x 18 cm. Ram ingår inte."])
C("V11", "<p>A counted cross-stitch poppy kit, made in Sweden: 14-count Aida, twelve cotton colours, needle "
         "and chart.</p>", "s")
C("V11", ["The finished poppy is about 18 cm square (roughly 7 in); the fabric is 30 cm, so there is room to "
          "frame it. The frame is not included."])
C("V11", "<p>Korsstygnssats för 349 kr, tillverkad i Sverige.</p>", "s")
C("V11", qa(("Ingår ram?", "Nej, ram ingår inte."), ("Is the motif printed?", "No, it is counted "
            "cross-stitch worked from the chart.")), "faq")
F("V11", "Bomullsgarn i [[20 färger]].", "accuracy.number", "block", "the thread comes in 12 colours",
  native=True)
F("V11", "[[Ram ingår]] i satsen.", "accuracy.feature", "block", "the listing says the frame is not included",
  native=True)
F("V11", "Färdig bild ca [[25 x 25 cm]].", "accuracy.size", "block", "the finished picture is about 18 x 18 cm",
  native=True)
F("V11", "Stitched on [[linen]] with cotton thread.", "accuracy.material", "block", "the fabric is Aida")
F("V11", "[[Made in Denmark]], with a needle and chart.", "accuracy.origin", "block", "it is made in Sweden")
F("V11", "The poppy is [[printed on the fabric]], so you just stitch over it.", "accuracy.feature", "block",
  "it is counted cross-stitch")
F("V11", "[[Sveriges mest sålda broderisats]].", "compliance.social_proof", "warn", "invented social proof",
  native=True)

# ---------------------------------------------------------------- V12 rain gauge
C("V12", ["A glass rain gauge that reads up to 5 in (127 mm, about 12.7 cm) of rainfall.",
          "The stake is powder-coated steel with a copper finish, 38 cm (about 15 in) tall."])
C("V12", "<p>Glass tube, copper-finished steel stake: a garden rain gauge for $29.</p>", "s")
C("V12", ["Push it into a bed, read the rain at a glance. Empty the tube before a "
          "frost."])
C("V12", "<p>A 38 cm rain gauge with a copper-look stake.</p>", "s")
C("V12", seo("Glass Rain Gauge with Copper-Finish Stake | Meadowglass",
             "Glass rain gauge reading up to 127 mm, on a 38 cm powder-coated steel stake."), "seo")
F("V12", "A glass tube on a stake of [[solid copper]].", "accuracy.material", "block",
  "the stake is powder-coated steel with a copper finish")
F("V12", "Reads rainfall up to [[6 in]].", "accuracy.size", "block", "the tube reads up to 5 in")
F("V12", "[[Frost-proof]] glass you can leave out all winter.", "accuracy.care", "block",
  "the listing says empty it before a frost")
F("V12", "Stands [[45 cm]] tall in the bed.", "accuracy.size", "block", "it is 38 cm tall")
F("V12", "A glass rain gauge by [[Rainwise]].", "accuracy.brand", "block", "the vendor is Meadowglass")
F("V12", "[[Hand-blown in Murano]] and set on a copper-finish stake.", "accuracy.origin", "block",
  "the listing gives no origin")
F("V12", "[[Used by weather watchers across the country]].", "compliance.social_proof", "warn",
  "invented social proof")

# ---------------------------------------------------------------- V13 juggling balls
C("V13", ["Three soft juggling balls that land with a thud instead of rolling away.",
          "Each is 65 mm across (about 2½ in) and weighs 110 g, just under 4 oz."])
C("V13", "<p>Faux-suede, millet-filled juggling balls in a set of three.</p>", "s")
C("V13", ["The shell is PU faux suede and the filling is millet seed.", "Small parts inside, so keep them "
          "from children under three."])
C("V13", "<p>€18 for three balls, in rainbow colours or monochrome.</p>", "s")
C("V13", seo("Juggling Balls Set of 3, 110 g | Cascade Circus",
             "Three 110 g juggling balls with faux suede shells and millet filling. Rainbow mix or "
             "monochrome."), "seo")
F("V13", "Filled with [[sand]], 65 mm across.", "accuracy.material", "block",
  "the filling is millet seed")
F("V13", "[[Genuine leather]] shells, 110 g each.", "accuracy.material", "block",
  "the shells are faux suede (PU)")
F("V13", "Each ball weighs [[130 g]].", "accuracy.number", "block", "each ball weighs 110 g")
F("V13", "[[Safe for toddlers]] to play with.", "compliance.health", "block",
  "the listing says not for children under 3")
F("V13", "[[Plastic-free]] juggling balls.", "compliance.environmental", "block",
  "the shells are PU, a plastic")
F("V13", "A set of [[four]] juggling balls.", "accuracy.number", "block", "the set has three balls")

# ---------------------------------------------------------------- V14 blade guards
C("V14", ["Hard guards for walking off the ice in figure skates; a steel spring in the middle fits them to "
          "the blade.", "Three sizes, from 8.5 in (about 21.6 cm) blades up to 12 in (about 30.5 cm)."])
C("V14", "<p>Spring-fit figure skate guards in Ice Blue or Black, C$24.</p>", "s")
C("V14", ["At the rink exit, clip them on. At home, take them off and dry the blades before you put the "
          "skates away."])
C("V14", "<p>Hard plastic blade guards with a steel spring, S, M or L.</p>", "s")
C("V14", qa(("Which size do I need?", "S for 8.5-9.5 in blades, M for 9.75-10.75 in, L for 11-12 in."),
            ("Can I store my skates with them on?", "Take them off and dry the blades first.")), "faq")
F("V14", "Soft [[terry cloth]] guards for walking off the ice.", "accuracy.material", "block",
  "the guards are hard plastic")
F("V14", "Sizes for blades from [[7 in]] to 12 in.", "accuracy.size", "block", "the smallest size fits 8.5 in")
F("V14", "[[Store your skates with the guards on]].", "accuracy.care", "block",
  "the listing says take them off and dry the blades")
F("V14", "They also fit [[hockey skates]].", "accuracy.compatibility", "warn",
  "the listing names figure skates only")
F("V14", "In Ice Blue, Black or [[Pink]].", "accuracy.colour", "block", "the colours are Ice Blue and Black")
F("V14", "[[Free shipping across Canada]] on every pair.", "compliance.shipping", "block",
  "the listing makes no shipping promise")

# ---------------------------------------------------------------- V15 hammock (Spanish)
C("V15", ["Hamaca tejida a mano en México, de algodón 100 %.",
          "Mide 3,2 m de largo total y 1,5 m de ancho; soporta hasta 150 kg. Cuerdas y mosquetones no "
          "incluidos."])
C("V15", "<p>A hand-woven Mexican cotton hammock, 3.2 m long, for up to 150 kg (about 330 lb).</p>", "s")
C("V15", ["About 10½ ft long and nearly 5 ft wide, in sand (Arena) or turquoise.",
          "Bring your own ropes and carabiners: they are not included."])
C("V15", "<p>Hamaca de algodón por 79 €.</p>", "s")
C("V15", seo("Hamaca de algodón tejida a mano | Siesta Sur",
             "Hamaca de algodón 100 % tejida a mano en México. 3,2 x 1,5 m, hasta 150 kg."), "seo")
F("V15", "[[Cuerdas y mosquetones incluidos]].", "accuracy.feature", "block",
  "the listing says ropes and carabiners are not included", native=True)
F("V15", "Soporta hasta [[200 kg]].", "accuracy.number", "block", "the maximum load is 150 kg", native=True)
F("V15", "Woven by hand in [[Guatemala]].", "accuracy.origin", "block", "it is made in Mexico")
F("V15", "A [[cotton and polyester]] weave.", "accuracy.material", "block",
  "the hammock is 100% cotton")
F("V15", "Esta [[silla colgante]] es de algodón.", "accuracy.category", "block",
  "it is a hammock, not a hanging chair", native=True)
F("V15", "Disponible en Arena, Turquesa y [[Rojo]].", "accuracy.colour", "block",
  "the colours are Arena and Turquesa", native=True)

# ---------------------------------------------------------------- V16 snowshoes
C("V16", ["Snowshoes for rolling winter trails: aluminium frame, polyethylene deck and steel crampons under "
          "the toe.", "25 in (64 cm) long, for a hiker plus pack up to 100 kg (220 lb)."])
C("V16", "<p>Ratchet-binding trail snowshoes, 64 cm, with a carry bag.</p>", "s")
C("V16", ["The ratchet bindings cinch down fast with gloves on, and the bag keeps snow off the car seat.",
          "Max load: about 220 lb."])
C("V16", "<p>$129 aluminium snowshoes for rolling trails.</p>", "s")
C("V16", qa(("How much weight do they carry?", "Up to 100 kg, including your pack."),
            ("Do they come with a bag?", "Yes, a carry bag is included.")), "faq")
F("V16", "A [[carbon fibre]] frame and polyethylene deck.", "accuracy.material", "block", "the frame is aluminium")
F("V16", "For loads up to [[120 kg]].", "accuracy.number", "block", "the maximum load is 100 kg")
F("V16", "[[Poles included]] with the carry bag.", "accuracy.feature", "block", "the listing includes no poles")
F("V16", "Built for [[steep alpine climbs]] with steel crampons.", "accuracy.feature", "warn",
  "the listing says rolling trails")
F("V16", "Backed by a [[2-year warranty]].", "accuracy.warranty", "block", "the listing gives no warranty")
F("V16", "[[Snowtrek]] trail snowshoes with ratchet bindings.", "accuracy.brand", "block",
  "the vendor is Drift Peak")

# ---------------------------------------------------------------- V17 rabbit hutch
C("V17", ["A two-storey hutch with a ramp between the floors and a pull-out tray for easier cleaning.",
          "FSC-certified fir, water-based stain, asphalt felt roof. 120 x 55 x 100 cm (about 47 x 22 x 39 in)."])
C("V17", "<p>A two-storey FSC fir rabbit hutch, £149. Assembly required.</p>", "s")
C("V17", ["It needs assembling at home. The tray slides out for "
          "cleaning."])
C("V17", "<p>Two floors, one ramp and a pull-out tray in a 1.2 m hutch.</p>", "s")
C("V17", seo("Two-Storey Rabbit Hutch, FSC Fir | Burrow & Run",
             "Two-storey rabbit hutch in FSC-certified fir with a felt roof and pull-out tray. 120 x 55 x 100 "
             "cm."), "seo")
F("V17", "It [[arrives fully assembled]], ready for your rabbits.", "accuracy.feature", "block",
  "the listing says assembly required")
F("V17", "Built from [[cedar]] with a felt roof.", "accuracy.material", "block", "the wood is fir")
F("V17", "Room for [[up to four rabbits]].", "accuracy.number", "block", "the listing gives no capacity")
F("V17", "[[PEFC-certified]] fir with a water-based stain.", "accuracy.certification", "block",
  "the fir is FSC-certified")
F("V17", "Covered by a [[15-year anti-rot guarantee]].", "accuracy.warranty", "block",
  "the listing gives no guarantee")
F("V17", "A [[fox-proof]] two-storey hutch.", "accuracy.feature", "block", "the listing makes no such claim")

# ---------------------------------------------------------------- V18 metronome
C("V18", ["A wind-up pendulum metronome from 40 to 208 BPM, so no batteries ever run flat mid-practice.",
          "A bell can mark the first beat of 2, 3, 4 or 6, or stay silent."])
C("V18", "<p>Mechanical metronome in a walnut-look or black ABS case, 22 cm tall.</p>", "s")
C("V18", ["Wind it up and set any tempo from 40 to 208 BPM; the case stands about 8⅝ in tall.",
          "Colours: Walnut, Black."])
C("V18", "<p>A $45 clockwork metronome, 40-208 BPM.</p>", "s")
C("V18", seo("Mechanical Metronome 40-208 BPM | Tempo Hall",
             "Wind-up metronome, 40-208 BPM, with a bell on 2, 3, 4 or 6. No batteries."), "seo")
F("V18", "Tempo from 40 to [[240 BPM]].", "accuracy.number", "block", "the range tops out at 208 BPM")
F("V18", "A [[solid walnut]] case, 22 cm tall.", "accuracy.material", "block",
  "the case is ABS plastic (Walnut is a colour)")
F("V18", "A [[digital]] metronome with a bell on the downbeat.", "accuracy.category", "block",
  "it is a mechanical, wind-up metronome")
F("V18", "In Walnut, Black or [[Ivory]].", "accuracy.colour", "block", "the colours are Walnut and Black")
F("V18", "[[Used by professional orchestras worldwide]].", "compliance.social_proof", "warn",
  "invented social proof")
F("V18", "[[Made in Germany]] with a wind-up movement.", "accuracy.origin", "block",
  "the listing gives no origin")

# ---------------------------------------------------------------- V19 sharpening service
C("V19", ["Post us your kitchen knives and we sharpen each one by hand on whetstones.",
          "£6 a straight edge, £8 a serrated one, plus £4.95 return postage a parcel."])
C("V19", "<p>Hand sharpening by post: back within five working days of arrival.</p>", "s")
C("V19", ["Three straight knives and one serrated knife come to £26, and £4.95 brings them home in one parcel.",
          "Ceramic blades are the one thing we cannot take."])
C("V19", "<p>Whetstone sharpening for £6 a knife (£8 serrated).</p>", "s")
C("V19", qa(("How long does it take?", "We post them back within 5 working days of arrival."),
            ("Do you sharpen ceramic knives?", "No.")), "faq")
F("V19", "Just [[£5]] a straight-edged knife.", "accuracy.price", "block", "a straight edge costs £6")
F("V19", "We [[sharpen ceramic knives too]].", "accuracy.compatibility", "block",
  "the listing says no ceramic knives")
F("V19", "Your knives are back within [[2 working days]].", "compliance.shipping", "block",
  "the turnaround is 5 working days")
F("V19", "[[Free return postage]] on every parcel.", "compliance.shipping", "block",
  "return postage is £4.95 a parcel")
F("V19", "Sharpened on a [[belt grinder]].", "accuracy.feature", "block",
  "they are sharpened by hand on whetstones")
F("V19", "[[Guaranteed sharp for a year]].", "accuracy.warranty", "block", "the listing gives no guarantee")

# ---------------------------------------------------------------- V20 enamel pin (title and price only)
C("V20", ["An enamel pin of a sleeping fox."])
C("V20", "<p>A sleeping fox on an enamel pin, $9.</p>", "s")
C("V20", ["A little enamel fox, curled up asleep, for a jacket or bag."])
C("V20", "<p>Enamel pin: sleeping fox.</p>", "s")
C("V20", seo("Enamel Pin - Sleeping Fox", "An enamel pin of a sleeping fox for $9."), "seo")
F("V20", "A [[gold-plated]] pin of a sleeping fox.", "accuracy.material", "block",
  "the listing gives no plating")
F("V20", "The fox is [[25 mm]] wide.", "accuracy.size", "block", "the listing gives no size")
F("V20", "A sleeping fox pin [[in burnt orange]].", "accuracy.colour", "warn", "the listing gives no colour")
F("V20", "The sleeping fox pin by [[Foxglove Studio]].", "accuracy.brand", "block",
  "the listing names no vendor")
F("V20", "A [[limited edition of 200]].", "accuracy.number", "block", "the listing gives no edition size")
F("V20", "[[Ships in one day]].", "compliance.shipping", "block",
  "the listing makes no shipping promise")

# ---------------------------------------------------------------- V21 linen tea towel (thin)
C("V21", ["A tea towel of linen from Flaxyard."])
C("V21", "<p>A linen tea towel for €14.</p>", "s")
C("V21", ["Flaxyard's tea towel in linen."])
C("V21", "<p>Linen tea towel by Flaxyard.</p>", "s")
C("V21", qa(("What is it made of?", "Linen."),), "faq")
F("V21", "Pure [[Belgian]] linen.", "accuracy.origin", "block", "the listing gives no origin")
F("V21", "A generous [[50 x 70 cm]] towel.", "accuracy.size", "block", "the listing gives no size")
F("V21", "[[OEKO-TEX certified]] linen.", "accuracy.certification", "block",
  "the listing gives no certification")
F("V21", "[[Machine wash at 60 °C]].", "accuracy.care", "block", "the listing gives no care instructions")
F("V21", "A [[set of two]] linen tea towels.", "accuracy.number", "block", "the listing is for one towel")
F("V21", "Linen that is [[naturally antibacterial]].", "compliance.health", "block",
  "an invented hygiene claim")

# ---------------------------------------------------------------- V22 pétanque (grouped)
C("V22", ["Everything for a first game of pétanque, sold piece by piece.",
          "Six chrome-plated steel boules, 72 mm (about 2.8 in) and 680 g (about 1½ lb) each, a 30 mm beech "
          "jack and a canvas bag."])
C("V22", "<p>Boules €45 (set of 6), jack €4, carry bag €12: buy what you need.</p>", "s")
C("V22", ["Buy all three pieces and they come to €61.", "The jack (cochonnet) is beech wood."])
C("V22", "<p>Chrome-plated steel boules and a beech jack for pétanque.</p>", "s")
C("V22", seo("Pétanque Starter Set | Clos du Jeu",
             "Six 72 mm chrome-plated steel boules, a beech jack and a canvas bag, each sold on its own."), "seo")
F("V22", "[[The whole set for €55]].", "accuracy.price", "block",
  "the pieces are sold one by one and come to €61")
F("V22", "Six [[stainless steel]] boules.", "accuracy.material", "block", "the boules are chrome-plated steel")
F("V22", "Each boule weighs [[700 g]].", "accuracy.number", "block", "each boule weighs 680 g")
F("V22", "A [[boxwood]] jack and a canvas bag.", "accuracy.material", "block", "the jack is beech wood")
F("V22", "[[Eight]] chrome-plated boules.", "accuracy.number", "block", "the set has six boules")
F("V22", "[[Competition-approved]] boules.", "accuracy.certification", "block",
  "the listing gives no approval")

# ---------------------------------------------------------------- V23 paddle board (external)
C("V23", ["An all-round inflatable paddle board, 320 cm long and 81 cm wide (about 10 ft 6 in by 32 in), for "
          "riders and gear up to 120 kg.",
          "Our partner BlueRun Outfitters sells and ships it, and handles delivery, warranty and returns."])
C("V23", "<p>A 10'6 inflatable board with hand pump and three-piece paddle, $499.</p>", "s")
C("V23", ["Pump it up by hand at the water's edge and paddle off; the three-piece paddle packs down small.",
          "Max load about 265 lb."])
C("V23", "<p>Sold and shipped by BlueRun Outfitters.</p>", "s")
C("V23", seo("Inflatable Paddle Board 10'6 | Swellyard",
             "All-round inflatable SUP, 320 x 81 cm, up to 120 kg, with pump and paddle. Sold by BlueRun "
             "Outfitters."), "seo")
F("V23", "Backed by [[our 3-year warranty]].", "accuracy.warranty", "block",
  "the partner handles the warranty; none is given")
F("V23", "An [[electric pump]] is included.", "accuracy.feature", "block", "the pump is a hand pump")
F("V23", "[[Free 30-day returns with us]].", "compliance.shipping", "block",
  "the partner handles returns")
F("V23", "The board is [[84 cm]] wide.", "accuracy.size", "block", "the board is 81 cm wide")
F("V23", "For riders up to [[150 kg]].", "accuracy.number", "block", "the maximum load is 120 kg")
F("V23", "A [[carbon fibre]] paddle is included.", "accuracy.material", "block",
  "the listing gives no paddle material")

# ---------------------------------------------------------------- V24 coasters (Portuguese)
C("V24", ["Quatro bases de azulejo pintadas à mão em Portugal, com fundo de cortiça.",
          "Cada uma mede 10 x 10 cm. Lavar à mão."])
C("V24", "<p>Four hand-painted Portuguese tile coasters, 10 cm square (about 4 in), cork-backed.</p>", "s")
C("V24", ["The cork back keeps the ceramic from scratching the table. Wash them by hand.",
          "Set of 4, made in Portugal."])
C("V24", "<p>Conjunto de quatro bases por 24 €.</p>", "s")
C("V24", qa(("Posso lavar na máquina?", "Não, lavar à mão."), ("How many are in the set?", "Four.")), "faq")
F("V24", "[[Pode ir à máquina de lavar loiça]].", "accuracy.care", "block", "the listing says hand wash",
  native=True)
F("V24", "[[Seis]] bases de azulejo.", "accuracy.number", "block", "the set has four coasters", native=True)
F("V24", "Each coaster is [[12 x 12 cm]].", "accuracy.size", "block", "each coaster is 10 x 10 cm")
F("V24", "[[Handmade in Spain]] and painted by hand.", "accuracy.origin", "block", "they are made in Portugal")
F("V24", "A [[felt]] backing on each tile.", "accuracy.material", "block", "the backing is cork")
F("V24", "Fundo de [[cortiça 100 % reciclada]].", "compliance.environmental", "block",
  "the listing makes no recycled claim", native=True)

# ---------------------------------------------------------------- V25 pepper mill (French)
C("V25", ["Moulin à poivre en hêtre huilé, mécanisme en céramique réglable du fin au gros.",
          "Hauteur 18 cm. Fabriqué en France."])
C("V25", "<p>A French-made beech pepper mill, 18 cm (about 7 in), with an adjustable ceramic grinder.</p>",
  "s")
C("V25", ["Oiled beech and a ceramic burr. Keep it out of the dishwasher."])
C("V25", "<p>Moulin à poivre 18 cm, 36 €.</p>", "s")
C("V25", seo("Moulin à poivre en hêtre 18 cm | Atelier Grain",
             "Moulin à poivre en hêtre huilé, mécanisme céramique réglable. Fabriqué en France."), "seo")
F("V25", "Mécanisme en [[acier inoxydable]].", "accuracy.material", "block", "the mechanism is ceramic",
  native=True)
F("V25", "Hauteur [[22 cm]].", "accuracy.size", "block", "the mill is 18 cm tall", native=True)
F("V25", "[[Dishwasher safe]] beech.", "accuracy.care", "block", "the listing says not in the dishwasher")
F("V25", "[[Made in Italy]] from oiled beech.", "accuracy.origin", "block", "it is made in France")
F("V25", "[[Garantie à vie]] sur le mécanisme.", "accuracy.warranty", "block", "the listing gives no warranty",
  native=True)
F("V25", "It [[grinds salt and pepper alike]].", "accuracy.compatibility", "warn",
  "the listing names pepper only")

# ---------------------------------------------------------------- V26 glass ornaments (Czech)
C("V26", ["Šest ručně foukaných a ručně malovaných skleněných koulí, průměr 8 cm.",
          "Vyrobeno v Česku. Křehké, nevhodné pro malé děti."])
C("V26", "<p>Six hand-blown Czech glass baubles, 8 cm (about 3 in), in red or gold.</p>", "s")
C("V26", ["Blown and painted by hand. Glass is fragile, so hang them out of reach of small children."])
C("V26", "<p>Sada šesti ozdob za 590 Kč.</p>", "s")
C("V26", seo("Skleněné vánoční ozdoby, sada 6 ks | Sklárna Lipka",
             "Six hand-blown, hand-painted glass baubles, 8 cm, made in Czechia. Red or gold."), "seo")
F("V26", "[[Dvanáct]] skleněných koulí v sadě.", "accuracy.number", "block", "the set has six baubles",
  native=True)
F("V26", "Průměr [[10 cm]].", "accuracy.size", "block", "the baubles are 8 cm", native=True)
F("V26", "[[Shatterproof and safe for toddlers]].", "compliance.health", "block",
  "the listing says fragile, not for small children")
F("V26", "[[Made in Poland]] and painted by hand.", "accuracy.origin", "block", "they are made in Czechia")
F("V26", "In red, gold or [[silver]].", "accuracy.colour", "block", "the colours are red and gold")
F("V26", "Lightweight [[acrylic]] baubles.", "accuracy.material", "block", "the baubles are glass")

# ---------------------------------------------------------------- V27 matcha whisk
C("V27", ["A chasen carved by hand from white bamboo, with about 100 prongs for a fine matcha foam.",
          "Made in Nara, Japan."])
C("V27", "<p>A 100-prong shirochiku chasen from Nara for ¥2,800.</p>", "s")
C("V27", ["Before whisking, soak the tips in warm water; afterwards let it air "
          "dry. No soap.", "The holder is sold separately."])
C("V27", "<p>A Japanese-made bamboo whisk for matcha.</p>", "s")
C("V27", qa(("Is a holder included?", "No, the holder is sold separately."),
            ("How do I clean it?", "Rinse and let it air dry; no soap.")), "faq")
F("V27", "[[Holder included]] to keep its shape.", "accuracy.feature", "block",
  "the holder is sold separately")
F("V27", "About [[120]] fine prongs.", "accuracy.number", "block", "the whisk has about 100 prongs")
F("V27", "Carved from [[black bamboo]].", "accuracy.material", "block", "the bamboo is white bamboo")
F("V27", "[[Made in China]] from bamboo.", "accuracy.origin", "block", "it is made in Nara, Japan")
F("V27", "[[Wash it with dish soap]] after each use.", "accuracy.care", "block", "the listing says no soap")
F("V27", "Only [[¥2,500]] for a 100-prong chasen.", "accuracy.price", "block", "the price is ¥2,800")

# ---------------------------------------------------------------- V28 watch strap
C("V28", ["A vegetable-tanned leather strap, 20 mm wide, stitched by hand in Portland, Oregon.",
          "Quick-release spring bars let you swap it without tools; fits wrists of 15-19 cm (about 6 to "
          "7½ in)."])
C("V28", "<p>A 20 mm veg-tan strap made in the USA, in tan, chestnut or black.</p>", "s")
C("V28", ["Brushed stainless steel buckle. Quick-release bars."])
C("V28", "<p>$38 hand-stitched leather strap from Oregon.</p>", "s")
C("V28", seo("Leather Watch Strap 20 mm | Strapsmith",
             "Vegetable-tanned leather watch strap, 20 mm, hand-stitched in Portland, Oregon. Quick release."),
  "seo")
F("V28", "A [[22 mm]] leather strap.", "accuracy.size", "block", "the strap is 20 mm wide")
F("V28", "A [[titanium]] buckle and quick-release bars.", "accuracy.material", "block",
  "the buckle is brushed stainless steel")
F("V28", "[[Stitched by hand in Florence]].", "accuracy.origin", "block",
  "it is stitched in Portland, Oregon")
F("V28", "[[The most comfortable strap you will ever wear]].", "compliance.absolute", "warn",
  "an unprovable superlative")
F("V28", "[[Waterproof]] vegetable-tanned leather.", "accuracy.feature", "block",
  "the listing makes no waterproof claim")
F("V28", "In Tan, Chestnut or [[Navy]].", "accuracy.colour", "block", "the colours are Tan, Chestnut and Black")

# ---------------------------------------------------------------- V29 jigsaw
C("V29", ["A laser-cut jigsaw in 3 mm birch plywood, 250 pieces, 20 of them shaped as animals.",
          "Finished size 30 x 40 cm, about 12 x 16 in."])
C("V29", "<p>A 250-piece wooden jigsaw for ages 14 and up, $54.</p>", "s")
C("V29", ["Twenty animal-shaped pieces hide among the rest. It comes in a recycled cardboard box."])
C("V29", "<p>Birch plywood jigsaw with animal-shaped pieces.</p>", "s")
C("V29", qa(("How big is it finished?", "30 x 40 cm."), ("What age is it for?", "14 and up.")), "faq")
F("V29", "A [[300-piece]] wooden jigsaw.", "accuracy.number", "block", "the puzzle has 250 pieces")
F("V29", "Laser-cut from [[maple]] plywood.", "accuracy.material", "block", "the plywood is birch")
F("V29", "Finished size [[40 x 50 cm]].", "accuracy.size", "block", "the finished size is 30 x 40 cm")
F("V29", "[[Suitable for ages 6 and up]].", "compliance.health", "block", "the listing says 14 and up")
F("V29", "[[FSC-certified]] birch plywood.", "accuracy.certification", "block",
  "the listing gives no certification")
F("V29", "[[Made in Vermont]] in a recycled box.", "accuracy.origin", "block", "the listing gives no origin")

# ---------------------------------------------------------------- V30 hot sauce
C("V30", ["A smoky, medium-hot chipotle sauce: 6 on a 10-point heat scale.",
          "Chipotle peppers, tomato, cider vinegar, garlic and salt. Made in Texas."])
C("V30", "<p>A vegan, gluten-free chipotle hot sauce, 150 ml (about 5 fl oz).</p>", "s")
C("V30", ["Five ingredients and smoke. Keep it in the fridge once opened."])
C("V30", "<p>$11 for a 150 ml bottle of Texas-made chipotle sauce.</p>", "s")
C("V30", seo("Smoked Chipotle Hot Sauce 150 ml | Ember Hollow",
             "Smoky chipotle hot sauce, heat 6/10, vegan and gluten-free. Made in Texas."), "seo")
F("V30", "Heat [[9 of 10]] from smoked chipotle.", "accuracy.number", "block", "the heat is 6 of 10")
F("V30", "Chipotle, tomato and [[honey]].", "accuracy.material", "block", "the listing has no honey")
F("V30", "[[No need to refrigerate]] after opening.", "accuracy.care", "block",
  "the listing says refrigerate after opening")
F("V30", "Chipotle heat that [[boosts your metabolism]].", "compliance.health", "block",
  "an invented health claim")
F("V30", "[[Made in Mexico]] from smoked chipotles.", "accuracy.origin", "block", "it is made in Texas")
F("V30", "[[Award-winning]] chipotle sauce.", "compliance.social_proof", "warn", "invented social proof")


def _html(paragraphs):
    if isinstance(paragraphs, str):
        return paragraphs
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def _serialise(kind, draft):
    if kind in ("seo", "faq"):
        return json.dumps(draft, ensure_ascii=False)
    return _html(draft)


def _strip_marks(marked):
    m = re.search(r"\[\[(.+?)\]\]", marked)
    plain = marked.replace("[[", "").replace("]]", "")
    return plain, m.group(1), m.start()


ORDER = ("d", "s", "seo", "d", "faq", "s", "seo")


def _recast():
    listings = make_listings.LISTINGS
    rows = []
    count = {}
    for f in FAULTY:
        key = f["listing"]
        n = count.get(key, 0)
        count[key] = n + 1
        kind = f["kind"] or ORDER[n % len(ORDER)]
        plain, claim, _ = _strip_marks(f["draft"])
        pad = PAD[key]
        pad = (pad[1] if f["native"] else pad[0]) if isinstance(pad, tuple) else pad
        if f["more"]:
            pad = f["more"]
        question = QUESTION.get(key, QUESTION["en"]) if f["native"] else QUESTION["en"]
        lst = listings[key]
        if kind == "d":
            paras = [plain, pad] if n % 2 else [pad, plain]
            text = _html(paras)
        elif kind == "s":
            text = f"<p>{plain}</p>"
        elif kind == "seo":
            title = f"{lst['title']} | {lst['vendor']}" if lst.get("vendor") else lst["title"]
            text = json.dumps({"title": title, "description": plain}, ensure_ascii=False)
        else:
            text = json.dumps([{"question": question, "answer": plain}], ensure_ascii=False)
        assert html.escape(plain, quote=False) == plain or kind in ("seo", "faq"), plain
        where = text.find(json.dumps(plain, ensure_ascii=False)[1:-1] if kind in ("seo", "faq") else plain)
        assert where >= 0
        start = where + plain.index(claim)
        end = start + len(claim)
        assert text[start:end] == claim, (text, claim)
        assert text.count(claim) >= 1
        rows.append({"listing": key, "kind": KIND[kind], "text": text,
                     "labels": [{"rule": f["rule"], "start": start, "end": end, "claim": claim,
                                 "severity": f["severity"], "why": f["why"]}]})
    return rows


def build():
    clean = [{"listing": c["listing"], "kind": KIND[c["kind"]], "text": _serialise(c["kind"], c["draft"]),
              "labels": []} for c in CLEAN]
    for c in CLEAN:
        assert "[[" not in json.dumps(c["draft"]), c
    return clean, _recast()


if __name__ == "__main__":
    c, f = build()
    print(len(c), "clean", len(f), "faulty")
