"""Hand-written drafts for guardrails holdout v20: clean drafts (no label) and faulty drafts (one planted claim).

The planted claim of a faulty draft is marked [[...]] in its sentence; build() removes the marks and records the
claim's offsets in the stored text. Imported by assemble.py.
"""
import html
import json
import re

import make_listings

CLEAN = []   # (listing, kind, draft)
FAULTY = []  # (listing, marked sentence, rule, severity, why, kind, native, more)
KIND = {"d": "description", "s": "short_description", "seo": "seo", "faq": "faq"}


def C(listing, draft, kind="d"):
    CLEAN.append((listing, kind, draft))


def F(listing, draft, rule, severity, why, kind=None, native=False, more=None):
    FAULTY.append((listing, draft, rule, severity, why, kind, native, more))


def qa(*pairs):
    return [{"question": q, "answer": a} for q, a in pairs]


def seo(title, description):
    return {"title": title, "description": description}


B, W = "block", "warn"

# ---------------------------------------------------------------- V01 marking gauge
C("V01", ["A wheel marking gauge that scribes clean lines parallel to an edge: the hardened steel wheel slices the "
          "wood fibres rather than tearing them.",
          "The brass fence locks with a knurled thumbscrew, and the stainless steel rod reads in millimetres up to "
          "150 mm, just under 6 in. A drop of oil on the rod now and then keeps it sliding."])
C("V01", ["At about 7.9 inches long and 210 g, roughly 7.4 oz, this gauge sits easily in an apron pocket.",
          "A spare wheel is not included."])
C("V01", "A brass-fenced wheel gauge for crisp layout lines without torn fibres, $46.", "s")
C("V01", "Scribe lines up to 150 mm from an edge with a hardened steel cutting wheel and a thumbscrew-locked brass "
         "fence.", "s")
C("V01", seo("Brass Wheel Marking Gauge | Kerfline Tools", "A wheel marking gauge with a hardened steel wheel that "
             "cuts fibres cleanly and a brass fence that locks with a knurled thumbscrew."), "seo")
F("V01", "The fence is [[solid bronze]], locked with a knurled thumbscrew.", "accuracy.material", B,
  "the fence is brass")
F("V01", "The rod reads in millimetres up to [[300 mm]].", "accuracy.size", B, "the scale runs 0-150 mm")
F("V01", "[[A spare wheel comes in the box]], so you are never without a sharp one.", "accuracy.feature", B,
  "the listing says a spare wheel is not included")
F("V01", "[[Machined in Vermont]] for careful woodworkers.", "accuracy.origin", B, "the listing gives no origin")
F("V01", "[[Backed by a lifetime guarantee]].", "accuracy.warranty", B, "the listing gives no guarantee")
F("V01", "[[Soak the rod in warm water]] to lift off sawdust.", "accuracy.care", B,
  "the listing says to wipe the rod with a drop of oil")
F("V01", "It [[marks metal and plastic sheet]] as cleanly as wood.", "accuracy.compatibility", W,
  "the listing gives wood only; an invented use")

# ---------------------------------------------------------------- V02 shears
C("V02", ["Long dressmaking shears for cutting fabric on the table. The bent handle keeps the lower blade flat on "
          "the surface, so the cloth stays down as you cut.",
          "Carbon steel blades, 12 cm long, with plastic-coated handles. Made for right-handed cutting."])
C("V02", ["At about 10 inches overall, these shears take long, even strokes through cloth.",
          "Keep them for fabric only, never paper, and dry them after use with a drop of oil on the pivot."])
C("V02", "Right-handed fabric shears, 25 cm long, with a bent handle that keeps the cloth flat while you cut.", "s")
C("V02", "Carbon steel dressmaking shears for £38: cut fabric only, dry after use and oil the pivot.", "s")
C("V02", qa(("Can I use them on paper?", "No, they are for cutting fabric only."),
            ("Are they left-handed?", "No, they are right-handed.")), "faq")
F("V02", "The blades are [[Damascus steel]].", "accuracy.material", B, "the blades are carbon steel")
F("V02", "They [[work equally well in the left or right hand]].", "accuracy.feature", B,
  "the shears are right-handed")
F("V02", "The [[15 cm]] blades cut long strokes.", "accuracy.size", B, "the blades are 12 cm")
F("V02", "They [[cut paper, card and leather]] as well as fabric.", "accuracy.compatibility", B,
  "the listing says fabric only, not paper")
F("V02", "Forged by [[Fiskars]] for Selvedge & Co.", "accuracy.brand", B, "the brand is Selvedge & Co only")
F("V02", "They are [[safe in the dishwasher]].", "accuracy.care", B, "the listing says dry after use and oil")
F("V02", "[[The sharpest shears you will ever own]].", "compliance.absolute", W, "an unprovable superlative")

# ---------------------------------------------------------------- V03 pruning saw
C("V03", ["A folding pruning saw that cuts on the pull stroke, with a 21 cm curved blade of SK5 steel and "
          "triple-ground teeth for green branches up to about 10 cm (4 in) thick.",
          "The blade locks open for work and folds into the rubber-coated handle to carry. In orange or black."])
C("V03", ["Folded, it is 26 cm long, about 10 inches, and weighs 300 g.",
          "Wipe the sap off after each job. Replacement blades are sold separately."])
C("V03", "A pull-stroke pruning saw whose 21 cm blade folds away into its handle; A$34.", "s")
C("V03", "Cut through green wood up to about 10 cm thick with this folding saw in orange or black.", "s")
C("V03", seo("Folding Pruning Saw, 21 cm Pull Blade | Bramblegate", "A folding pull-stroke saw with a curved SK5 "
             "steel blade and triple-ground teeth for green branches up to about 10 cm thick."), "seo")
F("V03", "A [[30 cm]] curved blade cuts on the pull stroke.", "accuracy.size", B, "the blade is 21 cm")
F("V03", "Choose orange, black or [[green]].", "accuracy.colour", B, "the colours are orange and black")
F("V03", "[[Two replacement blades are included]].", "accuracy.feature", B,
  "replacement blades are sold separately")
F("V03", "It [[cuts through metal pipe and plastic]] too.", "accuracy.compatibility", B,
  "the listing gives green wood only")
F("V03", "The handle is [[solid ash wood]].", "accuracy.material", B, "the handle is rubber-coated nylon")
F("V03", "The blade is [[made from recycled steel]].", "compliance.environmental", B,
  "the listing says SK5 steel, nothing recycled")
F("V03", "Its [[grip prevents wrist injury]].", "compliance.health", B, "an injury claim the listing does not make")

# ---------------------------------------------------------------- V04 tea bottle
C("V04", ["A double-walled borosilicate glass bottle for loose leaf tea, with a stainless steel infuser you lift "
          "out when the tea is strong enough.",
          "It holds 400 ml, about 13.5 US fl oz, under a bamboo lid that screws on tight."])
C("V04", ["The glass body can go in the dishwasher; wash the bamboo lid by hand.",
          "Keep it for tea and still drinks: it is not for fizzy ones."])
C("V04", "Brew loose leaf tea on the go in this 400 ml double-walled glass bottle with a removable steel infuser.",
  "s")
C("V04", "A BPA-free tea bottle of borosilicate glass with a bamboo screw lid, $29.", "s")
C("V04", qa(("Does it go in the dishwasher?", "The glass body does; wash the bamboo lid by hand."),
            ("Can I put sparkling water in it?", "No, it is not for carbonated drinks.")), "faq")
F("V04", "It holds [[750 ml]] of tea.", "accuracy.size", B, "the capacity is 400 ml")
F("V04", "[[The whole bottle, lid included, is dishwasher safe]].", "accuracy.care", B,
  "the lid is hand wash only")
F("V04", "It [[keeps tea hot for 12 hours]].", "accuracy.number", B, "the listing gives no heat-keeping time")
F("V04", "It is [[fine for sparkling water and kombucha]].", "accuracy.compatibility", B,
  "the listing says not for carbonated drinks")
F("V04", "The lid is [[cork]].", "accuracy.material", B, "the lid is bamboo")
F("V04", "Made of [[FDA-certified]] glass.", "accuracy.certification", B, "the listing names no certification")

# ---------------------------------------------------------------- V05 banneton
C("V05", ["A round proofing basket of natural rattan cane that gives sourdough its ringed crust pattern.",
          "It is 22 cm across, about 8.7 in, and takes a loaf of about 750 g of dough. A removable linen liner "
          "comes with it."])
C("V05", ["Dust the cane with rice flour before the dough goes in.",
          "After baking, brush it out and let it air dry; keep water away from it."])
C("V05", "A 22 cm rattan banneton with a linen liner, for loaves of about 750 g of dough.", "s")
C("V05", "Proof your dough in natural cane for a spiral-ringed crust; €22.", "s")
C("V05", qa(("Can I wash it?", "No. Brush it out and air dry it."),
            ("How much dough does it take?", "About 750 g, roughly 1.65 lb.")), "faq")
F("V05", "It is woven from [[bamboo]] cane.", "accuracy.material", B, "the basket is natural rattan")
F("V05", "It takes up to [[1.5 kg]] of dough.", "accuracy.number", B, "the dough weight is 750 g")
F("V05", "[[Rinse it under the tap]] after each bake.", "accuracy.care", B,
  "the listing says brush out and air dry, no water")
F("V05", "It [[ships free worldwide]].", "compliance.shipping", B, "the listing makes no delivery promise")
F("V05", "[[Woven in Vietnam]] from rattan cane.", "accuracy.origin", B, "the listing gives no origin")
F("V05", "[[The linen liner is sewn in]] for good.", "accuracy.feature", B, "the liner is removable")
F("V05", "[[Loved by thousands of home bakers]].", "compliance.social_proof", W, "unverifiable social proof")

# ---------------------------------------------------------------- V06 chess set
C("V06", ["A folding chess set with magnetic wooden pieces that stay on their squares on a train or in the car.",
          "Open, the beech board is 25 x 25 cm, about 10 x 10 inches; closed, it holds all 32 pieces inside."])
C("V06", ["The king stands 3.5 cm tall, roughly 1.4 in, big enough to pick up on the move.",
          "Fold the board in half and the game packs away."])
C("V06", "A magnetic travel chess set in beech: the pieces stay put, and the board folds around them.", "s")
C("V06", "All 32 magnetic wooden pieces fit inside this folding 25 cm board, for £27.", "s")
C("V06", seo("Travel Magnetic Chess Set, Beech | Rookery Games", "A folding beech chess board with magnetic wooden "
             "pieces that stay put on trains and in cars, and store inside the board."), "seo")
F("V06", "All [[34 pieces]] fit inside the board.", "accuracy.number", B, "there are 32 pieces")
F("V06", "Open, the board is [[30 x 30 cm]].", "accuracy.size", B, "the board is 25 x 25 cm")
F("V06", "The pieces are carved from [[walnut]].", "accuracy.material", B,
  "the listing says wooden pieces and a beech board, not walnut")
F("V06", "It is [[a chess and backgammon set]] in one.", "accuracy.category", B, "the product is a chess set only")
F("V06", "A game a day [[keeps the brain young and wards off dementia]].", "compliance.health", B,
  "a medical claim")
F("V06", "[[The best travel chess set made]].", "compliance.absolute", W, "an unprovable superlative")
F("V06", "[[Now £19]], down from £27.", "accuracy.price", B, "the price is £27 with no sale price")

# ---------------------------------------------------------------- V07 running vest
C("V07", ["A light mesh running vest with reflective bands front and back, so drivers pick you out on dark runs.",
          "Elastic sides adjust for a close fit, and a zipped chest pocket holds your phone."])
C("V07", ["Sizes S/M and L/XL. At 120 g, a little over 4 oz, it adds next to nothing over a jacket.",
          "Machine wash cold and hang it to dry."])
C("V07", "Be seen on night runs with 360° reflective bands on a polyester mesh vest.", "s")
C("V07", "A reflective vest with a zip phone pocket, in S/M or L/XL, C$32.", "s")
C("V07", qa(("Can I wash it in the machine?", "Yes, on cold; hang it to dry."),
            ("Does it have a pocket?", "One zipped chest pocket, sized for a phone.")), "faq")
F("V07", "[[Two zip pockets]] carry a phone and keys.", "accuracy.number", B, "there is one pocket")
F("V07", "[[Built-in LED lights]] flash at the back.", "accuracy.feature", B, "the vest has reflective bands only")
F("V07", "It comes in sizes [[XS to XXL]].", "accuracy.size", B, "the sizes are S/M and L/XL")
F("V07", "[[Tumble dry on high]] after washing.", "accuracy.care", B, "the listing says hang to dry")
F("V07", "The bands are [[EN ISO 20471 certified]].", "accuracy.certification", B,
  "the listing names no standard")
F("V07", "The mesh is [[merino wool]].", "accuracy.material", B, "the mesh is polyester")
F("V07", "The vest is [[neon yellow]].", "accuracy.colour", W,
  "the listing gives no colour")

# ---------------------------------------------------------------- V08 goggles
C("V08", ["Swim goggles with anti-fog polycarbonate lenses that block UV and a soft silicone seal around the eyes.",
          "Three nose bridges come in the box, so you can choose the fit, and a hard case keeps them safe in your "
          "bag."])
C("V08", ["Clear, smoke or blue lenses.",
          "Rinse them in fresh water after a swim, and do not rub the inside of the lenses."])
C("V08", "Anti-fog goggles with a split strap and three nose bridges, in clear, smoke or blue, $24.", "s")
C("V08", "Silicone-sealed swim goggles with UV-protective polycarbonate lenses and a hard case.", "s")
C("V08", seo("Anti-Fog Swim Goggles with UV Protection | Lanewise", "Anti-fog polycarbonate lenses, a soft "
             "silicone seal and three nose bridges for a fit that suits you; in clear, smoke or blue."), "seo")
F("V08", "Lenses come in clear, smoke or [[mirrored gold]].", "accuracy.colour", B,
  "the lens colours are clear, smoke and blue")
F("V08", "[[Prescription lenses are available]] on request.", "accuracy.feature", B,
  "the listing offers no prescription lenses")
F("V08", "[[Five nose bridges]] come in the box.", "accuracy.number", B, "three nose bridges are included")
F("V08", "They are [[sized for children from age 4]].", "accuracy.compatibility", B,
  "the listing tags them adult")
F("V08", "The seal is [[latex]].", "accuracy.material", B, "the seal is silicone")
F("V08", "They [[protect against eye infections]].", "compliance.health", B, "a medical claim")

# ---------------------------------------------------------------- V09 soy wax
C("V09", ["Soy wax flakes for pouring container candles, made from soybean oil with no paraffin.",
          "They melt at 52-54 °C, about 126-129 °F, and take fragrance at up to 10% of the wax weight."])
C("V09", ["A 1 kg bag, just over 2 lb, of vegan wax.", "Keep it somewhere cool and dry between pours."])
C("V09", "Paraffin-free soy wax flakes for container candles, 1 kg for €18.50.", "s")
C("V09", "Melts at 52-54 °C and takes up to a tenth of its weight in fragrance.", "s")
C("V09", seo("Soy Wax Flakes 1 kg for Container Candles | Wickhaven", "Vegan, paraffin-free soy wax flakes that "
             "melt at 52-54 °C and hold fragrance at up to 10% of the wax weight."), "seo")
F("V09", "The flakes melt at [[45 °C]].", "accuracy.number", B, "the melt point is 52-54 °C")
F("V09", "It is [[ideal for pillar candles]].", "accuracy.compatibility", W,
  "the listing gives container candles only")
F("V09", "The soy is [[blended with beeswax]].", "accuracy.material", B,
  "the only ingredient is hydrogenated soybean oil (and the tags say vegan)")
F("V09", "[[A candle-making kit with wicks and jars]].", "accuracy.category", B,
  "the product is a bag of wax flakes")
F("V09", "A [[carbon-neutral]] wax.", "compliance.environmental", B, "an environmental claim the listing does not make")
F("V09", "[[Certified organic]] soy.", "accuracy.certification", B, "the listing names no certification")

# ---------------------------------------------------------------- V10 lens cleaning kit
C("V10", ["Five pieces for keeping camera lenses and filters clean: an air blower, a retractable brush, a lens pen, "
          "a microfibre cloth and a 30 ml bottle of alcohol-free fluid.",
          "Put the fluid on the cloth, never straight on the glass."])
C("V10", ["The microfibre cloth is 15 x 15 cm, about 6 inches square, and the fluid bottle holds about 1 fl oz.",
          "A retractable brush and a lens pen round out the kit."])
C("V10", "A five-piece lens cleaning kit with alcohol-free fluid, $19.", "s")
C("V10", "Blower, brush, pen, cloth and fluid: the whole kit for cleaning lenses and filters.", "s")
C("V10", qa(("Is the fluid alcohol-based?", "No, it is alcohol-free."),
            ("Can I spray it on the lens?", "No, put it on the cloth first.")), "faq")
F("V10", "A [[seven-piece]] kit for lenses and filters.", "accuracy.number", B, "the kit has five pieces")
F("V10", "The fluid is [[made with isopropyl alcohol]].", "accuracy.material", B, "the fluid is alcohol-free")
F("V10", "The kit has a [[100 ml]] bottle of fluid.", "accuracy.size", B, "the bottle is 30 ml")
F("V10", "[[Spray the fluid straight onto the lens]], then wipe.", "accuracy.care", B,
  "the listing says put the fluid on the cloth, not the lens")
F("V10", "It is [[safe for phone screens and eyeglasses]] too.", "accuracy.compatibility", W,
  "the listing gives camera lenses and filters only")
F("V10", "[[Next-day delivery]] on every order.", "compliance.shipping", B, "a delivery promise")
F("V10", "The cloth is [[Zeiss]] microfibre.", "accuracy.brand", B, "the brand is Clearframe")

# ---------------------------------------------------------------- V11 Swedish tea towels
C("V11", ["Two tea towels of washed linen, woven in Sweden, that soak up water well and soften with every wash.",
          "Each is 50 x 70 cm, about 20 x 27½ in, with a hanging loop in one corner. Natural white, grey or "
          "mustard yellow."])
C("V11", ["Två kökshanddukar i tvättat linne från Sverige. De torkar bra och blir mjukare för varje tvätt.",
          "Tvätta i 60 °C och torktumla på låg värme."])
C("V11", "A pair of Swedish-woven linen tea towels, 249 kr, in natural white, grey or mustard.", "s")
C("V11", "Svensktillverkade kökshanddukar i linne, två i förpackningen, 50 x 70 cm.", "s")
C("V11", qa(("How hot can I wash them?", "At 60 °C, and they can go in the tumble dryer on low heat.")), "faq")
F("V11", "[[Woven in Lithuania]] from washed linen.", "accuracy.origin", B, "the towels are woven in Sweden")
F("V11", "[[Tre]] kökshanddukar i förpackningen.", "accuracy.number", B, "the pack holds two towels",
  native=True)
F("V11", "They are [[linen and cotton]].", "accuracy.material", B, "the towels are 100 % linen")
F("V11", "[[Wash them at 90 °C]].", "accuracy.care", B, "the listing says 60 °C")
F("V11", "Finns i naturvit, grå och [[blå]].", "accuracy.colour", B,
  "the colours are Naturvit, Grå and Senapsgul", native=True)
F("V11", "Each towel is [[60 x 80 cm]].", "accuracy.size", B, "the towels are 50 x 70 cm")

# ---------------------------------------------------------------- V12 dog lead
C("V12", ["A 1.5 m dog lead of braided rope, about five feet, with a solid brass trigger clip and a leather-wrapped "
          "loop for your hand.",
          "The 12 mm rope suits dogs up to 40 kg, roughly 88 lb."])
C("V12", ["In forest, plum or slate.",
          "When it gets muddy, hand wash it in warm soapy water and let it dry before the next walk."])
C("V12", "A braided rope lead with a brass clip for dogs up to 40 kg; £28.", "s")
C("V12", "Leather-wrapped handle, 12 mm rope, 1.5 m long: a lead in forest, plum or slate.", "s")
C("V12", seo("Rope Dog Lead 1.5 m with Brass Clip | Tailfast", "A 12 mm braided rope lead with a solid brass "
             "trigger clip and a leather-wrapped handle, for dogs of all sizes up to 40 kg."), "seo")
F("V12", "It holds dogs up to [[70 kg]].", "accuracy.number", B, "the limit is 40 kg")
F("V12", "The clip is [[chrome-plated steel]].", "accuracy.material", B, "the clip is solid brass")
F("V12", "At [[2 m]] long it gives your dog room to sniff.", "accuracy.size", B, "the lead is 1.5 m")
F("V12", "[[Reflective stitching]] shows up on night walks.", "accuracy.feature", B,
  "the listing gives no reflective parts")
F("V12", "It is [[machine washable at 60 °C]].", "accuracy.care", B, "the listing says hand wash")
F("V12", "Choose forest, plum, slate or [[red]].", "accuracy.colour", B, "the colours are forest, plum and slate")

# ---------------------------------------------------------------- V13 trekking poles
C("V13", ["A pair of three-section trekking poles with carbon fibre shafts, cork grips and tungsten carbide tips.",
          "Flick locks set the length anywhere from 105 to 135 cm, about 41 to 53 inches, and they pack down to "
          "62 cm."])
C("V13", ["Each pole weighs 230 g, about 8 oz.", "Rubber tip protectors and snow baskets are in the box."])
C("V13", "Carbon trekking poles with cork grips, adjustable from 105 to 135 cm; $89 the pair.", "s")
C("V13", "Three-section poles, 230 g each, that fold to 62 cm for your pack.", "s")
C("V13", qa(("How long are they?", "They adjust from 105 to 135 cm and pack down to 62 cm."),
            ("What tips do they have?", "Tungsten carbide, with rubber protectors and snow baskets included.")),
  "faq")
F("V13", "The shafts are [[aluminium]].", "accuracy.material", B, "the shafts are carbon fibre")
F("V13", "They adjust from 105 to [[145 cm]].", "accuracy.size", B, "the range is 105-135 cm")
F("V13", "[[Twist locks]] set the length.", "accuracy.feature", B, "the poles have flick locks")
F("V13", "Each pole weighs just [[180 g]].", "accuracy.number", B, "each pole weighs 230 g")
F("V13", "A [[ten-year warranty]] covers both poles.", "accuracy.warranty", B, "the listing gives no warranty")
F("V13", "They [[take the strain off bad knees]].", "compliance.health", B, "a health claim")

# ---------------------------------------------------------------- V14 skateboard wheels
C("V14", ["Four 54 mm urethane wheels at 99A, hard enough for smooth slides on park concrete.",
          "In white or red. Bearings are not included, so bring your own."])
C("V14", ["A set of four street wheels, 54 mm across, about 2.1 inches.",
          "The 99A urethane is made for sliding on smooth park concrete."])
C("V14", "54 mm, 99A street wheels, a set of four for $36.", "s")
C("V14", "Urethane wheels in white or red for sliding at the park; bearings not included.", "s")
C("V14", seo("Skateboard Wheels 54 mm 99A, Set of 4 | Curbside Wheel Co", "Four 54 mm urethane street wheels with "
             "a 99A hardness for smooth slides on park concrete; bearings not included."), "seo")
F("V14", "[[Bearings come fitted]], ready to ride.", "accuracy.feature", B, "bearings are not included")
F("V14", "The urethane is a soft [[87A]].", "accuracy.number", B, "the hardness is 99A")
F("V14", "Each wheel is [[60 mm]] across.", "accuracy.size", B, "the wheels are 54 mm")
F("V14", "They are [[made for rough roads and cruising]].", "accuracy.compatibility", W,
  "the listing gives smooth park concrete")
F("V14", "Pick white, red or [[black]].", "accuracy.colour", B, "the colours are white and red")
F("V14", "[[Ridden by pro skaters worldwide]].", "compliance.social_proof", W, "unverifiable social proof")

# ---------------------------------------------------------------- V15 Spanish oil cruet
C("V15", ["A glazed ceramic olive oil cruet, handmade in Talavera de la Reina, Spain.",
          "It holds 500 ml, about 17 fl oz, and pours through a stainless steel spout that does not drip. Cobalt "
          "blue or white."])
C("V15", ["Aceitera hecha a mano en España, de cerámica esmaltada, con pico de acero inoxidable que no gotea.",
          "Lávela a mano y no la meta en el microondas."])
C("V15", "A Spanish handmade ceramic oil cruet in cobalt blue or white, €24.", "s")
C("V15", "Aceitera de 500 ml hecha a mano en Talavera, en azul cobalto o blanco.", "s")
C("V15", seo("Ceramic Olive Oil Cruet 500 ml, Handmade in Spain | Barro Vivo", "A glazed ceramic oil cruet made by "
             "hand in Talavera de la Reina, with a drip-free stainless steel spout. Wash by hand."), "seo")
F("V15", "[[Handmade in Seville]] by potters.", "accuracy.origin", B,
  "the cruet is made in Talavera de la Reina")
F("V15", "[[Apta para lavavajillas]].", "accuracy.care", B, "the listing says wash by hand", native=True)
F("V15", "It holds [[750 ml]] of oil.", "accuracy.size", B, "the capacity is 500 ml")
F("V15", "It is [[safe in the microwave]].", "accuracy.compatibility", B, "the listing says not for the microwave")
F("V15", "Pico de [[latón]].", "accuracy.material", B, "the spout is stainless steel", native=True)
F("V15", "Choose cobalt blue, white or [[terracotta]].", "accuracy.colour", B,
  "the colours are cobalt blue and white")

# ---------------------------------------------------------------- V16 capo
C("V16", ["A spring-trigger capo for six-string acoustic and electric guitars that clamps on with one hand.",
          "The silicone pad holds the strings down without buzzing, on an aluminium body that weighs 40 g, about "
          "1.4 oz."])
C("V16", ["In black or silver.", "It is not for classical guitars with flat, wide necks."])
C("V16", "A one-handed spring capo for acoustic and electric six-strings, $15.", "s")
C("V16", "An aluminium capo with a silicone pad that keeps the strings from buzzing.", "s")
C("V16", qa(("Does it fit a classical guitar?", "No, it is not for classical guitars with flat, wide necks."),),
  "faq")
F("V16", "It [[fits classical and 12-string guitars]].", "accuracy.compatibility", B,
  "the listing says six-string, not classical")
F("V16", "The body is [[zinc alloy]].", "accuracy.material", B, "the body is aluminium alloy")
F("V16", "It weighs just [[25 g]].", "accuracy.number", B, "it weighs 40 g")
F("V16", "In black, silver or [[rose gold]].", "accuracy.colour", B, "the colours are black and silver")
F("V16", "A [[lifetime warranty]] comes with it.", "accuracy.warranty", B, "the listing gives no warranty")
F("V16", "[[Designed with Kyser]].", "accuracy.brand", B, "the brand is Fretlight Audio")

# ---------------------------------------------------------------- V17 terrarium
C("V17", ["A geometric terrarium of clear glass panels in brass-coloured metal frames, with one hinged door.",
          "Plant it with succulents, air plants or moss; it is not watertight, so use a liner or pot inside."])
C("V17", ["It measures 20 x 20 x 25 cm, roughly 8 x 8 x 10 in.", "Plants are not included."])
C("V17", "A glass and brass-coloured geometric terrarium with a hinged door, C$42.", "s")
C("V17", "Show off air plants or moss in a 25 cm tall glass terrarium; plants not included.", "s")
C("V17", qa(("Can I plant straight into it?", "No, it is not watertight; use a liner or a pot."),
            ("Are plants included?", "No.")), "faq")
F("V17", "The frames are [[solid brass]].", "accuracy.material", B, "the frames are brass-coloured metal")
F("V17", "It is [[fully watertight]], so plant straight in.", "accuracy.feature", B,
  "the listing says not watertight")
F("V17", "[[Two hinged doors]] make planting easy.", "accuracy.number", B, "there is one hinged door")
F("V17", "It is [[suited to tropical frogs and geckos]].", "accuracy.compatibility", W,
  "the listing gives plants only")
F("V17", "It measures [[30 x 30 x 40 cm]].", "accuracy.size", B, "it is 20 x 20 x 25 cm")
F("V17", "The panels are [[made from recycled glass]].", "compliance.environmental", B,
  "the listing says glass, nothing recycled")

# ---------------------------------------------------------------- V18 dice
C("V18", ["Seven resin dice for tabletop role-playing: a d4, d6, d8, d12, d20 and two d10s, one of them marked in "
          "tens.",
          "The numbers are painted gold, and a drawstring cloth pouch keeps the set together."])
C("V18", ["Galaxy purple, ocean teal or ember red.",
          "The tens d10 and the plain d10 together give percentile rolls."])
C("V18", "A seven-piece resin dice set with gold numbers and a cloth pouch, $14.", "s")
C("V18", "A full polyhedral set for RPGs in galaxy purple, ocean teal or ember red.", "s")
C("V18", seo("Polyhedral Dice Set, 7 Resin Dice | Crit Forge", "Seven resin RPG dice, d4 to d20 with a tens d10, "
             "with gold-painted numbers and a drawstring cloth pouch."), "seo")
F("V18", "[[Eleven]] dice cover every roll.", "accuracy.number", B, "the set has seven dice")
F("V18", "The dice are [[solid metal]].", "accuracy.material", B, "the dice are resin")
F("V18", "Also in [[forest green]].", "accuracy.colour", B,
  "the colours are Galaxy Purple, Ocean Teal and Ember Red")
F("V18", "It comes with [[a leather dice tray]].", "accuracy.feature", B, "only a cloth pouch is included")
F("V18", "[[Two sets for $20]].", "accuracy.price", B, "the price is $14 a set, no multi-buy")
F("V18", "They are [[perfectly balanced for truly random rolls]].", "compliance.absolute", W,
  "an unprovable absolute")

# ---------------------------------------------------------------- V19 sharpening service
C("V19", ["Post us your kitchen knives and we sharpen each one by hand on water stones, then send them back.",
          "£5 a knife for straight blades, £8 for serrated. Tracked return postage is £7 a parcel."])
C("V19", ["Turnaround is five working days from the day your knives reach us.", "We do not take ceramic knives."])
C("V19", "Hand sharpening on water stones, by post: £5 a straight knife, £8 a serrated one.", "s")
C("V19", "Three straight knives and one serrated come to £23, plus £7 tracked return postage.", "s")
C("V19", seo("Knife Sharpening by Post | Whetstone Post", "Kitchen knives hand-sharpened on water stones and "
             "posted back, tracked, within five working days of arrival."), "seo")
F("V19", "Turnaround is [[two working days]].", "accuracy.number", B, "turnaround is five working days")
F("V19", "Straight blades are [[£4 a knife]].", "accuracy.price", B, "straight blades are £5")
F("V19", "[[Ceramic knives are welcome]] too.", "accuracy.compatibility", B,
  "the listing says no ceramic knives")
F("V19", "[[Return postage is free]].", "compliance.shipping", B, "return postage is £7 a parcel")
F("V19", "Each knife is [[sharpened on a belt grinder]].", "accuracy.feature", B,
  "the knives are sharpened by hand on water stones")
F("V19", "[[Sharpness is guaranteed for a year]].", "accuracy.warranty", B, "the listing gives no guarantee")

# ---------------------------------------------------------------- V20 thin: keyring
C("V20", ["A pewter keyring in the shape of an acorn."])
C("V20", ["An acorn of pewter for your keys, £12."])
C("V20", "A pewter acorn keyring.", "s")
C("V20", "Pewter acorn keyring, £12.", "s")
C("V20", seo("Pewter Acorn Keyring", "A pewter keyring shaped like an acorn, £12."), "seo")
F("V20", "[[Cast in Cornwall]].", "accuracy.origin", B, "the listing gives no origin")
F("V20", "A [[sterling silver]] acorn on a ring.", "accuracy.material", B, "the keyring is pewter")
F("V20", "The acorn is [[5 cm]] long.", "accuracy.size", B, "the listing gives no size")
F("V20", "[[Polish it with a soft cloth]] to keep its shine.", "accuracy.care", B,
  "the listing gives no care")
F("V20", "[[Dispatched within 24 hours]].", "compliance.shipping", B, "a delivery promise")
F("V20", "It has an [[antique bronze finish]].", "accuracy.colour", W, "the listing gives no colour or finish")

# ---------------------------------------------------------------- V21 thin: loofah
C("V21", ["A natural loofah sponge: a dried loofah gourd, nothing more."])
C("V21", ["Gourdly's loofah sponge, €6, is the dried fibre of a loofah gourd."])
C("V21", "A natural loofah sponge from Gourdly.", "s")
C("V21", "Dried loofah gourd, sold as a sponge, €6.", "s")
C("V21", qa(("What is it made of?", "Dried loofah gourd.")), "faq")
F("V21", "Each sponge is [[15 cm]] long.", "accuracy.size", B, "the listing gives no size")
F("V21", "It [[exfoliates and improves circulation]].", "compliance.health", B, "a health claim")
F("V21", "A [[carbon-negative]] sponge.", "compliance.environmental", B, "an environmental claim")
F("V21", "[[Grown in Egypt]].", "accuracy.origin", B, "the listing gives no origin")
F("V21", "A [[pack of three]] sponges.", "accuracy.number", B, "the listing sells one sponge")
F("V21", "Use it [[for washing dishes and cars]].", "accuracy.compatibility", W, "an invented use")

# ---------------------------------------------------------------- V22 grouped: pasta set
C("V22", ["Three pieces for fresh pasta at home, each sold on its own: a 60 cm beech rolling pin, a brass-wheel "
          "ravioli cutter and a beech drying rack with eight arms.",
          "Buy the ones you need: $28, $16 and $22."])
C("V22", ["Roll sheets with a beech pin about 23½ inches long, cut ravioli with a brass wheel, and hang the "
          "ribbons on the rack to dry.",
          "All three together come to $66."])
C("V22", "A beech rolling pin, brass ravioli cutter and eight-arm drying rack, sold separately.", "s")
C("V22", "Fresh pasta tools from Farina Lane: pin $28, cutter $16, rack $22.", "s")
C("V22", qa(("Are the pieces sold together?", "No, each piece is sold on its own."),
            ("How long is the rolling pin?", "60 cm.")), "faq")
F("V22", "[[The full set is $55]].", "accuracy.price", B, "the pieces are sold one by one and add up to $66")
F("V22", "The rolling pin is [[olive wood]].", "accuracy.material", B, "the rolling pin is beech")
F("V22", "The rack has [[twelve arms]].", "accuracy.number", B, "the rack has eight arms")
F("V22", "An [[80 cm]] rolling pin for wide sheets.", "accuracy.size", B, "the pin is 60 cm")
F("V22", "Every piece is [[dishwasher safe]].", "accuracy.care", B, "the listing gives no care")
F("V22", "It is [[an electric pasta maker with three attachments]].", "accuracy.category", B,
  "the set is three hand tools")

# ---------------------------------------------------------------- V23 external: kayak
C("V23", ["An inflatable touring kayak for two, with three separate air chambers, a drop-stitch floor and a "
          "removable skeg.",
          "It is 3.8 m long, about 12½ feet, and carries up to 200 kg. Pump, paddles and seats are included."])
C("V23", ["Built from PVC tarpaulin.",
          "This kayak is sold and shipped by our partner Paddlehaus, who handle the order, delivery, warranty and "
          "returns on their site."])
C("V23", "A two-person inflatable kayak, 3.8 m, with pump, paddles and seats; sold by Paddlehaus.", "s")
C("V23", "Paddle for two with up to 200 kg, about 440 lb, aboard; $649 from our partner Paddlehaus.", "s")
C("V23", seo("Inflatable Touring Kayak for Two | Tidewalk", "A two-person inflatable touring kayak with three air "
             "chambers, a drop-stitch floor and a removable skeg; sold and shipped by Paddlehaus."), "seo")
F("V23", "[[Four air chambers]] keep it afloat.", "accuracy.number", B, "there are three air chambers")
F("V23", "[[We ship it free]] to your door.", "compliance.shipping", B,
  "the partner ships it; no free delivery is given")
F("V23", "[[Our five-year warranty]] covers the hull.", "accuracy.warranty", B,
  "the partner handles warranty; no five-year term is given")
F("V23", "It is [[rated for whitewater up to class III]].", "accuracy.compatibility", B,
  "the listing gives touring only, no whitewater rating")
F("V23", "[[The pump is sold separately]].", "accuracy.feature", B, "the pump is included")
F("V23", "The hull is [[Hypalon]].", "accuracy.material", B, "the hull is PVC tarpaulin")

# ---------------------------------------------------------------- V24 Dutch throw
C("V24", ["A warm throw woven in Tilburg from the wool of Texel sheep, with fringes on the short sides.",
          "It measures 130 x 180 cm, about 51 x 71 in, in natural or anthracite."])
C("V24", ["Een plaid van zuivere Texelse wol, geweven in Nederland.",
          "Niet in de wasmachine: lucht hem of laat hem stomen."])
C("V24", "A Dutch-woven Texel wool throw, 130 x 180 cm, €95.", "s")
C("V24", "Wollen plaid uit Tilburg in naturel of antraciet, met franjes.", "s")
C("V24", qa(("Can I machine wash it?", "No. Air it or have it steamed.")), "faq")
F("V24", "[[Woven in Belgium]] from Texel wool.", "accuracy.origin", B, "the throw is woven in Tilburg, Nederland")
F("V24", "[[Wasbaar op 30 graden]].", "accuracy.care", B, "the listing says not in the washing machine",
  native=True)
F("V24", "It is [[lamb's wool and cashmere]].", "accuracy.material", B, "the throw is 100% Texel wool")
F("V24", "It measures [[150 x 200 cm]].", "accuracy.size", B, "it is 130 x 180 cm")
F("V24", "In naturel, antraciet of [[oker]].", "accuracy.colour", B, "the colours are Naturel and Antraciet",
  native=True)
F("V24", "[[Our bestselling throw]].", "compliance.social_proof", W, "unverifiable social proof")

# ---------------------------------------------------------------- V25 Portuguese cork coasters
C("V25", ["Six round coasters of natural cork, made in Portugal, that keep heat and damp off the table.",
          "Each is 10 cm across, about 4 inches, and 5 mm thick."])
C("V25", ["Seis bases em cortiça portuguesa que protegem a mesa do calor e da humidade.",
          "Limpe com um pano húmido."])
C("V25", "A set of six Portuguese cork coasters, €18.", "s")
C("V25", "Bases de copos redondas em cortiça natural, 10 cm de diâmetro.", "s")
C("V25", seo("Cork Coasters, Set of 6, Made in Portugal | Sobreiro Casa", "Six round natural cork coasters, 10 cm "
             "across, that protect your table from heat and moisture. Wipe clean with a damp cloth."), "seo")
F("V25", "[[Eight]] coasters in a set.", "accuracy.number", B, "the set has six")
F("V25", "They are [[dishwasher safe]].", "accuracy.care", B, "the listing says wipe with a damp cloth, no machine")
F("V25", "Com [[12 cm]] de diâmetro.", "accuracy.size", B, "the diameter is 10 cm", native=True)
F("V25", "[[Feitas em Espanha]].", "accuracy.origin", B, "the coasters are made in Portugal", native=True)
F("V25", "The cork is [[FSC-certified]].", "accuracy.certification", B, "the listing names no certification")
F("V25", "[[Square]] cork coasters.", "accuracy.feature", B, "the coasters are round")

# ---------------------------------------------------------------- V26 Czech bauble
C("V26", ["A blown glass bauble, 8 cm across (about 3 in), hand-painted in Jablonec nad Nisou in the Czech "
          "Republic.",
          "Each one is painted by hand, so the pattern varies a little from piece to piece. Red or gold."])
C("V26", ["Ručně malovaná skleněná koule z Jablonce nad Nisou, průměr 8 cm.",
          "Sklo je křehké, proto ozdobu nedávejte malým dětem."])
C("V26", "A hand-painted Czech glass bauble in red or gold, 290 Kč.", "s")
C("V26", "Foukaná vánoční koule z českého skla, každý kus originál.", "s")
C("V26", seo("Hand-Painted Glass Christmas Bauble, 8 cm | Sklárna Jizera", "A blown glass bauble hand-painted in "
             "Jablonec nad Nisou; no two are quite alike. Fragile, so keep it away from small children."), "seo")
F("V26", "It is [[safe for little children]] to handle.", "compliance.health", B,
  "the listing says fragile glass, not for small children")
F("V26", "[[Made in Poland]].", "accuracy.origin", B, "the bauble is made in the Czech Republic")
F("V26", "Průměr [[10 cm]].", "accuracy.size", B, "the diameter is 8 cm", native=True)
F("V26", "Červená, zlatá nebo [[modrá]].", "accuracy.colour", B, "the colours are red and gold", native=True)
F("V26", "An [[acrylic]] bauble that looks like glass.", "accuracy.material", B, "the bauble is blown glass")
F("V26", "Sold in [[a box of six]].", "accuracy.number", B, "the listing sells one bauble")

# ---------------------------------------------------------------- V27 bonsai scissors
C("V27", ["Long-handled bonsai scissors forged in Sanjo, Japan, for trimming fine shoots and leaves.",
          "They are carbon steel and 18 cm overall, about 7 in. Wipe and oil them after use, because carbon steel "
          "rusts if left wet."])
C("V27", ["Made in Japan from carbon steel, with long handles for fine shoots and leaves.",
          "Keep them dry: a wipe and a drop of oil after each session."])
C("V27", "Japanese carbon steel bonsai scissors, forged in Sanjo, ¥8,800.", "s")
C("V27", "18 cm long-handled scissors for trimming fine bonsai shoots and leaves.", "s")
C("V27", qa(("Will they rust?", "Carbon steel rusts if left wet, so wipe and oil them after use.")), "faq")
F("V27", "The blades are [[stainless steel]].", "accuracy.material", B, "the blades are carbon steel")
F("V27", "[[Forged in Seki]].", "accuracy.origin", B, "the scissors are forged in Sanjo")
F("V27", "They [[never need oiling]].", "accuracy.care", B, "the listing says wipe and oil after use")
F("V27", "They are [[21 cm]] overall.", "accuracy.size", B, "they are 18 cm")
F("V27", "Made by [[Okatsune]].", "accuracy.brand", B, "the brand is Tsubaki Garden")
F("V27", "[[Only ¥6,800]].", "accuracy.price", B, "the price is ¥8,800")

# ---------------------------------------------------------------- V28 alpaca socks
C("V28", ["Thick socks knitted in Peru from 60% alpaca wool and 40% nylon, warm and cushioned inside boots on cold "
          "days.",
          "Sizes S (36-39), M (40-43) and L (44-47)."])
C("V28", ["Peruvian-knitted alpaca blend socks.", "Hand wash them cold and dry them flat."])
C("V28", "Warm alpaca-blend boot socks, knitted in Peru, NZ$24.", "s")
C("V28", "Three-fifths alpaca wool, two-fifths nylon: cushioned socks for cold-weather boots.", "s")
C("V28", qa(("How do I wash them?", "Hand wash cold and dry flat."),
            ("What sizes are there?", "S (36-39), M (40-43) and L (44-47).")), "faq")
F("V28", "They are [[100% alpaca]].", "accuracy.material", B, "the blend is 60% alpaca wool and 40% nylon")
F("V28", "[[Knitted in Bolivia]].", "accuracy.origin", B, "the socks are knitted in Peru")
F("V28", "[[Machine wash warm]].", "accuracy.care", B, "the listing says hand wash cold")
F("V28", "Sizes run from 36 to [[50]].", "accuracy.size", B, "the sizes run 36-47")
F("V28", "They [[relieve chilblains]].", "compliance.health", B, "a medical claim")
F("V28", "A [[pack of three pairs]].", "accuracy.number", B, "the listing sells one pair")
F("V28", "[[The warmest socks in the world]].", "compliance.absolute", W, "an unprovable superlative")

# ---------------------------------------------------------------- V29 jigsaw
C("V29", ["A 1000-piece jigsaw of a harbour at dusk, from a painting by the illustrator Mara Quill.",
          "Finished, it measures 68 x 49 cm, roughly 27 x 19 inches. A poster of the picture comes in the box."])
C("V29", ["The pieces are cut from 2 mm recycled board.", "For puzzlers aged 12 and up."])
C("V29", "Harbour Lights: a 1000-piece puzzle on recycled board, $21.", "s")
C("V29", "Mara Quill's harbour at dusk in a thousand pieces, 68 x 49 cm finished.", "s")
C("V29", seo("1000-Piece Jigsaw Puzzle: Harbour Lights | Tessellate Press", "A harbour at dusk by illustrator Mara "
             "Quill in 1000 pieces of 2 mm recycled board, with a poster of the picture in the box."), "seo")
F("V29", "[[1500]] pieces to keep you busy.", "accuracy.number", B, "the puzzle has 1000 pieces")
F("V29", "Finished, it measures [[90 x 60 cm]].", "accuracy.size", B, "it measures 68 x 49 cm")
F("V29", "It suits [[ages 6 and up]].", "compliance.health", B, "the listing says ages 12 and up")
F("V29", "The pieces [[glow in the dark]].", "accuracy.feature", B, "the listing gives no such feature")
F("V29", "It is [[printed with soy inks]].", "compliance.environmental", B, "the listing names no inks")
F("V29", "[[Rated five stars by puzzlers]].", "compliance.social_proof", W, "unverifiable social proof")

# ---------------------------------------------------------------- V30 hot sauce
C("V30", ["A smoky hot sauce of chipotle peppers, tomato, cider vinegar, garlic and sea salt, at a medium heat.",
          "Made in small batches in Halifax, Nova Scotia, in a 150 ml bottle, about 5 fl oz."])
C("V30", ["Vegan and gluten-free.", "Keep it in the fridge once opened and finish it within three months."])
C("V30", "Medium-hot smoked chipotle sauce from Halifax, C$11.", "s")
C("V30", "Small-batch chipotle hot sauce with tomato and cider vinegar, 150 ml.", "s")
C("V30", qa(("How hot is it?", "Medium."), ("Does it need the fridge?", "Yes, after opening; use it within 3 months.")),
  "faq")
F("V30", "It is sweetened with [[honey]].", "accuracy.material", B, "honey is not an ingredient (and it is vegan)")
F("V30", "Once open, use it within [[a year]].", "accuracy.number", B, "the listing says within 3 months")
F("V30", "There is [[no need to refrigerate]] it.", "accuracy.care", B, "the listing says refrigerate after opening")
F("V30", "[[Made in Oaxaca]].", "accuracy.origin", B, "the sauce is made in Halifax, Nova Scotia")
F("V30", "It [[boosts metabolism]].", "compliance.health", B, "a health claim")
F("V30", "An [[extra-hot]] sauce for heat seekers.", "accuracy.feature", B, "the heat is medium")

# True padding sentences put next to a faulty sentence in a recast description: (English, native or None).
PAD = {
    "V01": ("A wheel marking gauge for scribing lines parallel to an edge.", None),
    "V02": ("Long-bladed shears for cutting fabric on the table.", None),
    "V03": ("A folding pruning saw that cuts on the pull stroke.", None),
    "V04": ("A glass bottle for brewing loose leaf tea.", None),
    "V05": ("A round banneton for proofing bread dough.", None),
    "V06": ("A folding chess board with magnetic pieces.", None),
    "V07": ("A mesh vest with reflective bands for dark runs.", None),
    "V08": ("Swim goggles with a soft silicone seal.", None),
    "V09": ("Soy wax flakes for container candles.", None),
    "V10": ("A kit for cleaning camera lenses and filters.", None),
    "V11": ("Two tea towels of washed linen.", "Två kökshanddukar i tvättat linne."),
    "V12": ("A braided rope dog lead.", None),
    "V13": ("A pair of three-section trekking poles.", None),
    "V14": ("Four urethane street wheels.", None),
    "V15": ("A glazed ceramic olive oil cruet.", "Aceitera de cerámica esmaltada."),
    "V16": ("A spring-trigger capo for six-string guitars.", None),
    "V17": ("A geometric glass terrarium.", None),
    "V18": ("A set of polyhedral dice for role-playing games.", None),
    "V19": ("Kitchen knives sharpened by hand and posted back.", None),
    "V20": ("A pewter keyring.", None),
    "V21": ("A natural loofah sponge.", None),
    "V22": ("Tools for making fresh pasta, sold as separate pieces.", None),
    "V23": ("An inflatable touring kayak for two.", None),
    "V24": ("A warm woollen throw.", "Een warme wollen plaid."),
    "V25": ("Round coasters of natural cork.", "Bases de copos em cortiça natural."),
    "V26": ("A blown glass Christmas bauble.", "Foukaná skleněná vánoční koule."),
    "V27": ("Long-handled bonsai scissors.", None),
    "V28": ("Thick socks for boots in cold weather.", None),
    "V29": ("A 1000-piece jigsaw puzzle.", None),
    "V30": ("A smoky chipotle hot sauce.", None),
}
QUESTION = {"en": "What should I know about it?", "V11": "Vad bör jag veta om dem?", "V15": "¿Qué debo saber?",
            "V24": "Wat moet ik weten?", "V25": "O que devo saber?", "V26": "Co bych měl vědět?"}
ROTATION = ("d", "s", "seo", "d", "faq", "s", "seo")
OPEN, CLOSE = "\ue000", "\ue001"


def _html(paragraphs):
    return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)


def _serialise(kind, draft):
    if kind in ("seo", "faq"):
        return json.dumps(draft, ensure_ascii=False)
    return _html([draft] if isinstance(draft, str) else draft)


def _strip_marks(marked):
    """Text without the private marks, and the (start, end) of the claim between them."""
    assert marked.count(OPEN) == 1 and marked.count(CLOSE) == 1, marked
    start = marked.index(OPEN)
    end = marked.index(CLOSE) - 1
    text = marked.replace(OPEN, "").replace(CLOSE, "")
    return text, start, end


def _recast():
    listings = make_listings.LISTINGS
    seen = {}
    out = []
    for listing, draft, rule, severity, why, kind, native, more in FAULTY:
        n = seen.get(listing, 0)
        seen[listing] = n + 1
        kind = kind or ROTATION[n % len(ROTATION)]
        assert draft.count("[[") == 1 and draft.count("]]") == 1, draft
        sentence = draft.replace("[[", OPEN).replace("]]", CLOSE)
        pad = PAD[listing][1] if native else PAD[listing][0]
        assert pad, f"{listing}: no native padding"
        lst = listings[listing]
        if kind == "d":
            body = [pad, sentence] if n % 2 == 0 else [sentence, pad]
            if more:
                body.append(more)
        elif kind == "s":
            body = sentence
        elif kind == "seo":
            title = f"{lst['title']} | {lst['vendor']}" if lst["vendor"] else lst["title"]
            body = seo(title, sentence)
        else:
            body = qa((QUESTION[listing] if native else QUESTION["en"], sentence))
        text, start, end = _strip_marks(_serialise(kind, body))
        claim = text[start:end]
        assert claim and claim == re.search(r"\[\[(.*?)\]\]", draft).group(1) or html.escape(
            re.search(r"\[\[(.*?)\]\]", draft).group(1), quote=False) == claim, (draft, claim)
        out.append({"listing": listing, "kind": KIND[kind], "text": text,
                    "labels": [{"rule": rule, "start": start, "end": end, "claim": claim, "severity": severity,
                                "why": why}]})
    return out


def build():
    clean = [{"listing": listing, "kind": KIND[kind], "text": _serialise(kind, draft), "labels": []}
             for listing, kind, draft in CLEAN]
    return clean, _recast()


if __name__ == "__main__":
    c, f = build()
    print(f"{len(c)} clean, {len(f)} faulty")
