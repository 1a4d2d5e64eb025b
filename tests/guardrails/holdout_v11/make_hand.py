"""Hand-written drafts for guardrails holdout v11: clean drafts and faulty drafts with one planted claim each.

The planted claim is marked [[...]] in the draft; build() strips the marks and records the claim's offsets in
the stored text (the HTML markup, or the JSON text for SEO and FAQ drafts).
"""
import json

CLEAN = []
FAULTY = []
KINDS = {"d": "description", "s": "short_description", "seo": "seo", "faq": "faq"}


def C(listing, draft, kind="d"):
    CLEAN.append((listing, kind, draft))


def F(listing, draft, rule, severity, why, kind="d"):
    FAULTY.append((listing, kind, draft, rule, severity, why))


def qa(*pairs):
    return [{"question": q, "answer": a} for q, a in pairs]


def seo(title, description):
    return {"title": title, "description": description}


def _serialise(kind, draft):
    if kind in ("seo", "faq"):
        return json.dumps(draft, ensure_ascii=False)
    return draft


def _strip_marks(marked):
    start = marked.find("[[")
    end = marked.find("]]")
    assert start != -1 and end > start, f"no mark in {marked!r}"
    assert marked.find("[[", start + 2) == -1, f"two marks in {marked!r}"
    claim = marked[start + 2:end]
    text = marked[:start] + claim + marked[end + 2:]
    return text, start, start + len(claim), claim


# ---------------------------------------------------------------- Z01 chalk bag (USD, made in Colorado)
C("Z01", "<p>A roomy chalk bag for bouldering and sport climbing, made in Colorado. The fleece lining spreads chalk "
         "evenly over your fingers, and a stiffened rim holds the 13 cm opening wide while you dip.</p><p>Pull the "
         "drawcord and the bag shuts fully, so no chalk escapes into your pack. Two loops take a belt or a brush."
         "</p><ul><li>Outer: recycled polyester</li><li>Colours: Moss, Rust, Slate</li><li>Weight: 95 g</li></ul>")
C("Z01", "<p>At about 3.4 oz, this US-made chalk bag is light on your belt. Its 13 cm mouth, roughly 5 in, stays "
         "open on its own thanks to the stiffened rim.</p><p>Choose from three colours.</p>")
C("Z01", "<p>A fleece-lined chalk bag with a drawcord that closes it fully, in Moss, Rust or Slate.</p>", "s")
C("Z01", "<p>Recycled polyester outside, fleece inside, and two loops for a belt or a brush.</p>", "s")
C("Z01", qa(("Will chalk spill in my pack?", "No: the drawcord closes the bag fully."),
            ("Where is it made?", "In Colorado, USA.")), "faq")
F("Z01", "<p>A chalk bag [[sewn in Utah]], with a fleece lining and a stiffened rim that stays open.</p>",
  "accuracy.origin", "block", "made in Colorado, USA")
F("Z01", "<p>A fleece-lined chalk bag with a drawcord closure and [[four brush loops]].</p>",
  "accuracy.number", "block", "two brush loops")
F("Z01", "<p>Pick yours in Moss, Rust, Slate or [[Sunset Orange]].</p>", "accuracy.colour", "block",
  "colours are Moss, Rust and Slate", "s")
F("Z01", "<p>A chalk bag with a [[waxed canvas outer]] and a soft fleece lining that holds chalk evenly.</p>",
  "accuracy.material", "block", "the outer is recycled polyester")
F("Z01", "<p>A climbing chalk bag with a [[20 cm opening]] for easy dipping.</p>", "accuracy.size", "block",
  "the opening is 13 cm", "s")
F("Z01", seo("Chalk Bag with Drawcord Closure | Crux & Crag",
              "[[The chalk bag most climbers at our gym swear by]]: fleece lined, stiff rim, drawcord closure."),
  "compliance.social_proof", "warn", "unverifiable popularity claim", "seo")

# ---------------------------------------------------------------- Z02 skateboard deck (CAD, widths)
C("Z02", "<p>A seven-ply Canadian maple deck with a medium concave and a steep kick at each end, in 8.0\", 8.25\" "
         "and 8.5\" widths.</p><p>It is the deck alone: add your own trucks, wheels and grip tape.</p>")
C("Z02", "<p>Seven layers of Canadian maple, 31.9 in long (about 81 cm) with a 14.25 in wheelbase, roughly 36 cm."
         "</p>")
C("Z02", "<p>A maple deck in three widths, sold without trucks, wheels or grip tape.</p>", "s")
C("Z02", "<p>Medium concave and steep kicks, pressed from seven plies of Canadian maple.</p>", "s")
C("Z02", seo("Maple Skateboard Deck 8.25\" – 7-Ply Canadian Maple",
             "Seven-ply Canadian maple deck with a medium concave and steep kicks. Deck only, in 8.0, 8.25 and 8.5 "
             "inch widths."), "seo")
F("Z02", "<p>A seven-ply maple deck with a medium concave. [[It comes with grip tape already applied]], so you only "
         "need trucks and wheels.</p>", "accuracy.feature", "block", "deck only: grip tape is not included")
F("Z02", "<p>[[Nine plies]] of Canadian maple pressed with a medium concave and steep kicks.</p>",
  "accuracy.number", "block", "seven plies")
F("Z02", "<p>Available in 8.0\", 8.25\" and [[9.0\"]] widths.</p>", "accuracy.size", "block",
  "widths are 8.0, 8.25 and 8.5 in", "s")
F("Z02", "<p>A deck pressed from [[bamboo and maple]] veneers, with a medium concave and a steep kick at each "
         "end.</p>", "accuracy.material", "block", "seven plies of Canadian maple, no bamboo")
F("Z02", "<p>A seven-ply maple deck in three widths, from [[CA$59.95]].</p>", "accuracy.price", "block",
  "prices are 64.95 and 69.95 CAD", "s")
F("Z02", "<p>Seven plies of maple, a medium concave and a hole pattern that [[fits any cruiser or longboard truck]]."
         "</p>", "accuracy.compatibility", "block", "the listing says nothing about truck fitment")

# ---------------------------------------------------------------- Z03 Brauset (EUR, German)
C("Z03", "<p>Everything for your first brew: a 5-litre glass fermenter, an airlock, malt extract, hop pellets and "
         "dry yeast. One batch makes about 4 litres of pale lager at around 5% alcohol.</p><p>Fermentation takes 10 "
         "to 14 days. For adults aged 18 and over only.</p>")
C("Z03", "<p>Ihr erster Sud aus Bamberg: Gärballon aus Glas (5 l), Gärspund, 1,2 kg Malzextrakt, 30 g Hopfen und "
         "11 g Trockenhefe. Nach 10–14 Tagen Gärzeit haben Sie rund 4 Liter Helles.</p>")
C("Z03", "<p>A starter home-brew kit from Bamberg that makes about 4 litres of Helles.</p>", "s")
C("Z03", "<p>Malt extract, hops and yeast with a glass fermenter and airlock: roughly 7 imperial pints of beer a "
         "batch.</p>", "s")
C("Z03", qa(("How strong is the beer?", "Around 5 % alcohol."), ("How long does it ferment?", "10 to 14 days.")),
  "faq")
F("Z03", "<p>Malt extract, hops, yeast and a glass fermenter. One batch gives you [[about 20 half-litre bottles]] "
         "of Helles.</p>", "accuracy.number", "block", "about 4 litres, not 10")
F("Z03", "<p>Alles für den ersten Sud: [[Gärballon aus Kunststoff]], Gärspund, Malzextrakt, Hopfen und Hefe.</p>",
  "accuracy.material", "block", "the fermenter is glass")
F("Z03", "<p>Brew your own [[naturally gluten-free]] Helles at home.</p>", "compliance.health", "block",
  "a dietary claim the listing does not make (malt extract)", "s")
F("Z03", "<p>A starter kit with malt extract, hops, yeast and a glass fermenter. [[Bottles and crown caps are "
         "included]] too.</p>", "accuracy.feature", "block", "the kit contents list no bottles or caps")
F("Z03", "<p>Ein Brauset [[aus München]] für rund 4 Liter Helles.</p>", "accuracy.origin", "block",
  "hergestellt in Bamberg", "s")
F("Z03", seo("Bier-Brauset 5 Liter | Sudhaus Kessler", "Alles für den ersten Sud, [[für nur 39,90 €]]."),
  "accuracy.price", "block", "the price is 49,90 €", "seo")
F("Z03", qa(("Wie lange dauert die Gärung?", "[[Drei bis vier Tage]].")), "accuracy.number", "block",
  "Gärzeit 10–14 Tage", "faq")

# ---------------------------------------------------------------- Z04 ukulele (AUD)
C("Z04", "<p>A concert ukulele with a solid mahogany top, back and sides and a rosewood fingerboard with 18 frets. "
         "The 38 cm scale is about 15 inches.</p><p>It is strung in GCEA with nylgut-type strings and comes in a "
         "padded gig bag.</p>")
C("Z04", "<p>Solid mahogany all round, a rosewood fingerboard, 18 frets. It weighs about 620 g, just under 1.4 lb, "
         "and travels in a padded gig bag.</p><p>Keep it away from radiators and wipe the strings after you play."
         "</p>")
C("Z04", "<p>An all-solid mahogany concert ukulele, tuned GCEA, with a padded gig bag.</p>", "s")
C("Z04", "<p>A concert uke in solid mahogany with a rosewood fingerboard.</p>", "s")
C("Z04", qa(("Does it come with a case?", "Yes, a padded gig bag."),
            ("How should I look after it?", "Keep it away from radiators and wipe the strings after playing.")),
  "faq")
F("Z04", "<p>A concert ukulele in solid mahogany with a rosewood fingerboard. [[Backed by a lifetime warranty]].</p>",
  "accuracy.warranty", "block", "the listing gives no warranty")
F("Z04", "<p>A concert ukulele with a [[solid spruce top]] over mahogany back and sides.</p>",
  "accuracy.material", "block", "the top is solid mahogany")
F("Z04", "<p>A solid mahogany concert ukulele with [[20 frets]].</p>", "accuracy.number", "block", "18 frets", "s")
F("Z04", "<p>A concert ukulele in solid mahogany. [[Keep it beside a heater so the wood stays dry]].</p>",
  "accuracy.care", "block", "keep it away from radiators", "s")
F("Z04", "<p>A concert ukulele [[by Koa Bay Guitars]], in solid mahogany with a rosewood fingerboard.</p>",
  "accuracy.brand", "block", "the vendor is Kōkua Strings")
F("Z04", seo("Concert Ukulele in Solid Mahogany", "A [[tenor-size]] ukulele in solid mahogany, strung GCEA, with a "
                                                  "padded gig bag."), "accuracy.size", "block",
  "it is a concert-size ukulele", "seo")

# ---------------------------------------------------------------- Z05 Vogelvoederhuisje (EUR, Dutch)
C("Z05", "<p>Een hangend voederhuisje van cederhout, handgemaakt in Friesland. Het schuine dak houdt regen buiten en "
         "klapt open om bij te vullen; er past 1,5 liter zaad in.</p><p>Maak het maandelijks schoon met heet water, "
         "zonder zeep.</p>")
C("Z05", "<p>A hanging seed feeder in cedar, made by hand in Friesland in the Netherlands. The sloping roof keeps "
         "rain off the seed and lifts open for refilling. It holds 1.5 litres of seed and stands 28 cm, about 11 in, "
         "tall.</p>")
C("Z05", "<p>A Dutch-made cedar bird feeder that holds 1.5 l of seed and hangs from a stainless-steel chain.</p>",
  "s")
C("Z05", "<p>Een cederhouten voederhuisje met een dak dat opent om bij te vullen.</p>", "s")
C("Z05", qa(("How do I clean it?", "Once a month with hot water, no soap."),
            ("How much seed does it hold?", "1.5 litres.")), "faq")
F("Z05", "<p>Een cederhouten voederhuisje met een schuin dak. [[Was het af met een mild afwasmiddel]].</p>",
  "accuracy.care", "block", "schoonmaken met heet water, zonder zeep")
F("Z05", "<p>A cedar seed feeder topped with [[a zinc roof]] that flips open for refilling.</p>",
  "accuracy.material", "block", "cedar wood; no zinc is given")
F("Z05", "<p>A [[squirrel-proof]] cedar feeder for seed.</p>", "accuracy.feature", "block",
  "the listing makes no squirrel claim", "s")
F("Z05", "<p>A hanging feeder [[made from reclaimed wood]], with a roof that opens for refilling.</p>",
  "compliance.environmental", "block", "the listing says cedar wood, nothing about reclaimed wood")
F("Z05", "<p>Cederhouten voederhuisje voor [[3 liter]] zaad.</p>", "accuracy.number", "block", "inhoud 1,5 l zaad",
  "s")
F("Z05", seo("Vogelvoederhuisje van Cederhout | Wad & Wilg",
             "Hangend voederhuisje van cederhout, [[gemaakt in België]], met een dak dat opent."),
  "accuracy.origin", "block", "gemaakt in Friesland, Nederland", "seo")
F("Z05", "<p>Een voederhuisje van [[FSC-gecertificeerd]] cederhout met een roestvrijstalen ketting.</p>",
  "accuracy.certification", "block", "no certification is given")

# ---------------------------------------------------------------- Z06 soap (USD, Vermont)
C("Z06", "<p>An unscented cold-process soap made in Vermont with fresh goat milk, colloidal oatmeal and olive oil. "
         "Nothing is added for scent, not even essential oils, and every bar cures for six weeks.</p><p>Leave it on "
         "a draining dish between washes and it will last longer.</p>")
C("Z06", "<p>A 4.5 oz bar (about 128 g) of handmade, palm-oil-free soap. Ingredients: olive oil, coconut oil, shea "
         "butter, goat milk, colloidal oatmeal and sodium hydroxide.</p>")
C("Z06", "<p>A fragrance-free goat milk and oatmeal soap, cured for six weeks.</p>", "s")
C("Z06", "<p>Handmade in Vermont without palm oil or added scent.</p>", "s")
C("Z06", seo("Oatmeal & Goat Milk Soap Bar – Unscented",
             "Cold-process goat milk soap with colloidal oatmeal and olive oil, cured for six weeks. No fragrance "
             "or essential oils added."), "seo")
F("Z06", "<p>A goat milk and oatmeal soap that [[soothes eczema and psoriasis]].</p>", "compliance.health", "block",
  "a medical claim the listing does not make")
F("Z06", "<p>Cold-process goat milk soap with oatmeal, olive oil and [[a drop of lavender oil]].</p>",
  "accuracy.material", "block", "unscented: no fragrance or essential oils")
F("Z06", "<p>Goat milk soap in [[zero-waste, plastic-free packaging]].</p>", "compliance.environmental", "block",
  "the listing says nothing about packaging", "s")
F("Z06", "<p>An unscented oatmeal bar, [[cured for twelve weeks]].</p>", "accuracy.number", "block",
  "cured for six weeks", "s")
F("Z06", "<p>Goat milk, oatmeal and olive oil make this [[the gentlest soap you will ever use]].</p>",
  "compliance.absolute", "warn", "superlative")
F("Z06", seo("Oatmeal & Goat Milk Soap Bar", "[[Certified organic]] goat milk soap with colloidal oatmeal."),
  "accuracy.certification", "block", "no certification is given", "seo")
F("Z06", qa(("Is this soap popular?", "[[Over 10,000 five-star reviews]] and counting.")),
  "compliance.social_proof", "warn", "unverifiable review claim", "faq")

# ---------------------------------------------------------------- Z07 hammock (NZD)
C("Z07", "<p>A two-person hammock of woven cotton rope, held open by hardwood spreader bars at both ends. The bed "
         "is 200 x 140 cm and it takes up to 200 kg.</p><p>Hanging ropes and hooks are not included. Bring it in "
         "when it rains and let it dry fully before you put it away.</p>")
C("Z07", "<p>Wide enough for two, this cotton rope hammock measures 330 cm end to end (about 10 ft 10 in) and "
         "weighs 4.2 kg. Choose Natural or Sea Green.</p>")
C("Z07", "<p>A cotton rope hammock for two with hardwood spreader bars, rated to 200 kg (about 440 lb).</p>", "s")
C("Z07", "<p>Two colours and a roomy 200 x 140 cm bed; bring your own ropes and hooks.</p>", "s")
C("Z07", qa(("Can I leave it out in the rain?", "No. Bring it indoors when it rains and let it dry fully before "
                                                "storing."),
            ("Are hooks included?", "No, hanging ropes and hooks are not included.")), "faq")
F("Z07", "<p>A cotton rope hammock for two. [[It comes with hanging ropes and two steel hooks]].</p>",
  "accuracy.feature", "block", "ropes and hooks are not included")
F("Z07", "<p>A two-person cotton hammock with hardwood spreader bars that holds up to [[300 kg]].</p>",
  "accuracy.number", "block", "max load 200 kg")
F("Z07", "<p>A cotton rope hammock, [[weatherproof enough to stay out all year]].</p>", "accuracy.care", "block",
  "bring it indoors when it rains", "s")
F("Z07", "<p>A two-person hammock in Natural, Sea Green or [[Charcoal]].</p>", "accuracy.colour", "block",
  "colours are Natural and Sea Green", "s")
F("Z07", "<p>Stretch out on a [[220 x 160 cm]] bed of woven cotton rope.</p>", "accuracy.size", "block",
  "the bed is 200 x 140 cm")
F("Z07", seo("Two-Person Cotton Rope Hammock | Lazy Tern", "A woven cotton hammock for two, in Natural from "
                                                          "[[NZ$99]]."), "accuracy.price", "block",
  "Natural is 119.00 NZD", "seo")
F("Z07", "<p>A cotton rope hammock for two, with [[free overnight delivery anywhere in New Zealand]].</p>",
  "compliance.shipping", "block", "a delivery promise the listing does not make")

# ---------------------------------------------------------------- Z08 chisels (GBP, Sheffield)
C("Z08", "<p>Four bevel-edge bench chisels, 6, 12, 18 and 25 mm wide, made in Sheffield. The chrome-vanadium blades "
         "are hardened to 60 HRC, and the ash handles carry steel hoops, so you can drive them with a mallet.</p>"
         "<p>They arrive ground but not honed: hone each one before first use. They are delivered in a canvas tool "
         "roll.</p>")
C("Z08", "<p>A Sheffield-made set of four chisels, from 6 mm up to 25 mm (about an inch), with hooped ash handles "
         "and a canvas roll.</p>")
C("Z08", "<p>Four chrome-vanadium bench chisels at 60 HRC, with hooped ash handles, in a canvas roll.</p>", "s")
C("Z08", "<p>Hone them before first use and these four Sheffield chisels are ready for mallet work.</p>", "s")
C("Z08", qa(("Are they sharp out of the box?", "They are ground but not honed; hone them before first use."),
            ("How hard is the steel?", "60 HRC.")), "faq")
F("Z08", "<p>A set of [[six]] bevel-edge chisels with ash handles and steel hoops.</p>", "accuracy.number", "block",
  "four chisels")
F("Z08", "<p>Four chrome-vanadium chisels with [[oak handles]] and steel hoops.</p>", "accuracy.material", "block",
  "ash handles")
F("Z08", "<p>Bench chisels in four widths [[from 3 to 32 mm]].</p>", "accuracy.size", "block",
  "widths 6, 12, 18 and 25 mm", "s")
F("Z08", "<p>Four bench chisels, [[honed razor-sharp and ready to use]] straight from the roll.</p>",
  "accuracy.feature", "block", "ground but not honed: hone before first use")
F("Z08", "<p>Four bevel-edge chisels [[forged in Germany]].</p>", "accuracy.origin", "block", "Sheffield made", "s")
F("Z08", seo("Bench Chisel Set, 4 Pieces | Harrow & Pike", "Four bevel-edge chisels hardened to [[62 HRC]], with "
                                                          "ash handles."), "accuracy.number", "block",
  "60 HRC", "seo")
F("Z08", "<p>Four Sheffield chisels in a canvas roll: [[the finest chisels money can buy]].</p>",
  "compliance.absolute", "warn", "superlative")

# ---------------------------------------------------------------- Z09 puzzle (GBP)
C("Z09", "<p>A 1000-piece jigsaw of a painted harbour at dusk, illustrated by Mae Sorensen and printed in the UK. "
         "The pieces are cut from 2 mm recycled board, and no two share a shape.</p><p>A full-size poster in the "
         "box helps you along. Finished, it measures 68 x 48 cm, about 27 x 19 in.</p>")
C("Z09", "<p>One thousand pieces, each a different shape, come together as a harbour at dusk. It covers 68 by 48 cm "
         "when done. Small parts: not for children under three.</p>")
C("Z09", "<p>A 1000-piece harbour scene on 2 mm recycled board, with a full-size poster.</p>", "s")
C("Z09", "<p>Mae Sorensen's harbour at dusk as a 1000-piece puzzle, printed in the United Kingdom.</p>", "s")
C("Z09", seo("1000-Piece Jigsaw Puzzle: Harbour at Dusk",
             "A painted harbour at dusk in 1000 uniquely shaped pieces of recycled board, with a full-size poster in "
             "the box. 68 x 48 cm finished."), "seo")
F("Z09", "<p>A painted harbour at dusk, [[70 x 50 cm]] when finished.</p>", "accuracy.size", "block",
  "finished size 68 x 48 cm")
F("Z09", "<p>A [[1500-piece]] jigsaw of a harbour at dusk.</p>", "accuracy.number", "block", "1000 pieces", "s")
F("Z09", "<p>A harbour at dusk in 1000 pieces [[cut from birch plywood]].</p>", "accuracy.material", "block",
  "2 mm recycled board")
F("Z09", "<p>A big harbour puzzle that is [[safe for toddlers]].</p>", "compliance.health", "block",
  "not suitable for children under 3: small parts", "s")
F("Z09", "<p>A 1000-piece harbour scene with [[glow-in-the-dark]] pieces.</p>", "accuracy.feature", "block",
  "no such feature is given")
F("Z09", qa(("Who painted the picture?", "[[Thomas Kinley]].")), "accuracy.brand", "block",
  "the illustrator is Mae Sorensen", "faq")
F("Z09", seo("1000-Piece Jigsaw Puzzle: Harbour at Dusk", "Recycled board, [[100% plastic-free and carbon "
                                                         "neutral]]."), "compliance.environmental", "block",
  "the listing says recycled board only", "seo")

# ---------------------------------------------------------------- Z10 pala (MXN, Spanish)
C("Z10", "<p>Una pala para jugadores de club, fabricada en España: madera de cinco capas de limba y balsa, gomas "
         "lisas con esponja de 1,8 mm en las dos caras y funda con cremallera.</p><p>Elige mango cóncavo o recto."
         "</p>")
C("Z10", "<p>An allround table tennis bat for club players, with a five-ply limba and balsa blade and smooth 1.8 mm "
         "rubbers, red on one side and black on the other. It weighs 175 g, about 6.2 oz, and comes with a zip "
         "case.</p>")
C("Z10", "<p>Spanish-made five-ply paddle with 1.8 mm sponge and a concave or straight handle.</p>", "s")
C("Z10", "<p>Pala allround de 175 g con funda incluida.</p>", "s")
C("Z10", qa(("¿Qué mangos hay?", "Cóncavo y recto."), ("¿Incluye funda?", "Sí, una funda con cremallera.")), "faq")
F("Z10", "<p>A five-ply allround bat with [[ITTF-approved]] smooth rubbers.</p>", "accuracy.certification", "block",
  "no approval is given")
F("Z10", "<p>Pala allround de [[siete capas]] de madera, con gomas lisas.</p>", "accuracy.number", "block",
  "madera de 5 capas")
F("Z10", "<p>An allround blade with [[carbon fibre inner plies]].</p>", "accuracy.material", "block",
  "limba and balsa wood", "s")
F("Z10", "<p>Gomas lisas con [[2,2 mm]] de esponja.</p>", "accuracy.size", "block", "esponja de 1,8 mm", "s")
F("Z10", "<p>[[Una raqueta de pádel]] para jugadores de club, con funda.</p>", "accuracy.category", "block",
  "a table tennis bat, not a padel racket")
F("Z10", seo("Pala de Ping-Pong Allround | Rebote", "Madera de cinco capas y gomas de 1,8 mm, [[por solo $699 "
                                                   "MXN]]."), "accuracy.price", "block", "899.00 MXN", "seo")

# ---------------------------------------------------------------- Z11 binoculars (ZAR)
C("Z11", "<p>Pocket binoculars with 8x magnification, 25 mm lenses and BaK-4 roof prisms behind fully multi-coated "
         "glass. They are nitrogen-filled and waterproof to IPX7, down to 1 m for 30 minutes.</p><p>Focus as close "
         "as 2.5 m; the field of view is 122 m at 1000 m. A neck strap, soft case and lens cloth come in the box, "
         "and a 10-year warranty covers them.</p>")
C("Z11", "<p>At 330 g, under 12 oz, these 8x25s fit a jacket pocket. Eye relief is 15 mm, and you can have them in "
         "black or olive.</p>")
C("Z11", "<p>Waterproof 8x25 pocket binoculars with a 10-year warranty.</p>", "s")
C("Z11", "<p>Compact 8x binoculars in black or olive, with strap, case and cloth.</p>", "s")
C("Z11", qa(("Are they waterproof?", "Yes, IPX7: to 1 m for 30 minutes."), ("How close can they focus?", "2.5 m.")),
  "faq")
F("Z11", "<p>Pocket binoculars with [[10x magnification]] and 25 mm lenses.</p>", "accuracy.number", "block",
  "8x magnification")
F("Z11", "<p>Compact 8x25 binoculars with BaK-4 prisms and a [[two-year warranty]].</p>", "accuracy.warranty",
  "block", "10-year warranty")
F("Z11", "<p>Pocket 8x25 binoculars [[with image stabilisation]].</p>", "accuracy.feature", "block",
  "no stabilisation is given", "s")
F("Z11", "<p>Waterproof 8x25 binoculars in black, olive or [[sand]].</p>", "accuracy.colour", "block",
  "colours are Black and Olive", "s")
F("Z11", "<p>Roof-prism 8x25s with a [[field of view of 150 m at 1000 m]].</p>", "accuracy.number", "block",
  "122 m at 1000 m")
F("Z11", seo("Compact Binoculars 8x25 | Kestrel Optics", "Waterproof, [[tripod-adaptable]] pocket binoculars with "
                                                        "BaK-4 prisms."), "accuracy.compatibility", "block",
  "no tripod fitting is given", "seo")
F("Z11", "<p>Pocket binoculars in a [[magnesium body]], nitrogen-filled and waterproof.</p>", "accuracy.material",
  "block", "the listing gives no body material")

# ---------------------------------------------------------------- Z12 maple syrup (CAD, sizes)
C("Z12", "<p>Pure maple syrup from our sugar bush in the Beauce, Quebec, boiled over a wood fire. It is Grade A "
         "Dark with a robust taste, and nothing is added.</p><p>Keep it in the fridge once opened and use it within "
         "six months.</p><ul><li>Ecocert organic</li><li>Glass bottle: 250 ml, 500 ml or 1 L</li></ul>")
C("Z12", "<p>Organic Quebec maple syrup, Grade A Dark, in glass bottles from 250 ml (about 8.5 fl oz) up to a full "
         "litre.</p>")
C("Z12", "<p>Wood-fired Grade A Dark maple syrup from the Beauce, certified organic by Ecocert.</p>", "s")
C("Z12", "<p>Pure Canadian maple syrup in three sizes; the 1 L bottle works out at $3.60 per 100 ml.</p>", "s")
C("Z12", qa(("Does it need refrigerating?", "Yes, after opening. Use it within six months."),
            ("Is anything added?", "No, nothing is added.")), "faq")
F("Z12", "<p>Grade A Dark maple syrup, [[blended with cane sugar]] for a rounder taste.</p>", "accuracy.material",
  "block", "pure maple syrup, nothing added")
F("Z12", "<p>Pure maple syrup [[from Vermont]], boiled over a wood fire.</p>", "accuracy.origin", "block",
  "Beauce, Quebec, Canada")
F("Z12", "<p>Pure maple syrup: [[no need to refrigerate]], even after opening.</p>", "accuracy.care", "block",
  "refrigerate after opening", "s")
F("Z12", "<p>Grade A Dark syrup; once open, [[use it within a year]].</p>", "accuracy.number", "block",
  "use within six months", "s")
F("Z12", "<p>Organic maple syrup from the Beauce. The 500 ml bottle is [[$24.00]].</p>", "accuracy.price", "block",
  "the 500 ml bottle is 21.00 CAD")
F("Z12", seo("Pure Maple Syrup, Grade A Dark", "Wood-fired maple syrup, [[a low-sugar sweetener for diabetics]]."),
  "compliance.health", "block", "a health claim the listing does not make", "seo")
F("Z12", qa(("Is it organic?", "[[Yes, USDA certified organic]].")), "accuracy.certification", "block",
  "Ecocert organic", "faq")

# ---------------------------------------------------------------- Z13 sheet music PDF (NOK, download)
C("Z13", "<p>Six Nordic folk tunes arranged for cello and piano by Ingrid Haugland, at grade 3 to 4. The 32-page "
         "PDF holds the piano score and a separate cello part, and you can download it as soon as you have paid; "
         "nothing is posted.</p><p>Print copies for your own playing and teaching, and perform the pieces as you "
         "like; please do not resell or share the file.</p>")
C("Z13", "<p>A digital book of six folk tunes for cello and piano, for players at about grade 3–4.</p>")
C("Z13", "<p>Six folk arrangements for cello and piano as a 32-page PDF download.</p>", "s")
C("Z13", "<p>Instant PDF: piano score plus a separate cello part, for your own playing and teaching.</p>", "s")
C("Z13", qa(("Will I receive a printed copy?", "No. It is a PDF download; nothing is posted."),
            ("Can I perform these arrangements?", "Yes, performance is allowed.")), "faq")
F("Z13", "<p>Six folk tunes for cello and piano as a PDF. [[You may share the file with your students]].</p>",
  "accuracy.feature", "block", "sharing the file is not allowed")
F("Z13", "<p>[[Eight]] Nordic folk tunes arranged for cello and piano.</p>", "accuracy.number", "block",
  "six tunes")
F("Z13", "<p>Six folk tunes in [[a printed songbook, posted to you]].</p>", "accuracy.category", "block",
  "a PDF download; nothing is posted", "s")
F("Z13", "<p>Folk arrangements [[playable on viola or cello]], with piano.</p>", "accuracy.compatibility", "block",
  "written for cello and piano only", "s")
F("Z13", "<p>Six folk tunes for cello and piano, [[for beginners in their first year]].</p>", "accuracy.feature",
  "block", "grade 3 to 4")
F("Z13", seo("Six Folk Tunes for Cello and Piano (PDF)", "A [[48-page]] PDF of Nordic folk arrangements."),
  "accuracy.number", "block", "32 pages", "seo")
F("Z13", qa(("When will it arrive?", "[[We post it within two working days]].")), "compliance.shipping", "block",
  "a download; nothing is posted", "faq")

# ---------------------------------------------------------------- Z14 drone (SGD, external)
C("Z14", "<p>A folding camera drone that weighs 249 g, just under the 250 g mark. It films 4K at 30 fps on a "
         "three-axis gimbal and flies for up to 31 minutes on a battery; one battery is included.</p><p>Sold and "
         "shipped by our partner store, which also handles warranty and returns.</p>")
C("Z14", "<p>It folds, it weighs under 250 g, and it carries a 4K camera on a 3-axis gimbal, with flight times of up "
         "to half an hour per battery.</p>")
C("Z14", "<p>A sub-250 g folding drone with a gimballed 4K/30 fps camera, sold by our partner store.</p>", "s")
C("Z14", "<p>Up to 31 minutes in the air and steady 4K video from a three-axis gimbal.</p>", "s")
C("Z14", seo("Folding Camera Drone with 4K Camera | Skylark",
             "A folding drone under 250 g with 4K/30 fps video on a three-axis gimbal and up to 31 minutes of flight "
             "per battery."), "seo")
F("Z14", "<p>A folding 4K drone under 250 g, with [[three batteries in the box]].</p>", "accuracy.number", "block",
  "one battery included")
F("Z14", "<p>A folding 4K drone. [[We give you a two-year warranty on it]].</p>", "accuracy.warranty", "block",
  "warranty is handled by the partner store; no term is given")
F("Z14", "<p>A sub-250 g drone that films 4K at [[60 fps]].</p>", "accuracy.number", "block", "4K/30 fps", "s")
F("Z14", "<p>A folding 4K drone [[with obstacle avoidance on all sides]].</p>", "accuracy.feature", "block",
  "no obstacle sensing is given", "s")
F("Z14", "<p>A folding camera drone that [[ships from our own warehouse the same day]].</p>", "compliance.shipping",
  "block", "sold and shipped by a partner store")
F("Z14", seo("Folding Camera Drone with 4K Camera", "[[The best drone for beginners]]: under 250 g with a 4K "
                                                   "camera."), "compliance.absolute", "warn", "superlative", "seo")

# ---------------------------------------------------------------- Z15 watch battery service (GBP)
C("Z15", "<p>Post us your quartz watch and we will fit a new battery, check the seals and send it back by tracked "
         "post within 7 working days of it arriving. Return postage is included.</p><p>For watches rated to 50 m or "
         "more, choose the option with a pressure test. We cannot take mechanical or automatic watches, "
         "smartwatches, or watches with a soldered battery.</p>")
C("Z15", "<p>A battery service for quartz watches from our Birmingham workshop: £18 for the battery alone, £32 with "
         "a pressure test.</p>")
C("Z15", "<p>Quartz watch battery replaced and seals checked, back to you tracked within seven working days.</p>",
  "s")
C("Z15", "<p>A battery swap by post for quartz watches, with return postage included.</p>", "s")
C("Z15", qa(("Can you service my automatic watch?", "No, this service is for quartz watches only."),
            ("How long does it take?", "We return it within 7 working days of arrival.")), "faq")
F("Z15", "<p>Battery replacement by post for quartz watches. [[Smartwatches are welcome too]].</p>",
  "accuracy.compatibility", "block", "not for smartwatches")
F("Z15", "<p>We replace the battery and return your watch [[within 3 working days]].</p>", "accuracy.number",
  "block", "within 7 working days")
F("Z15", "<p>A watch battery service by post; [[return postage is extra]].</p>", "compliance.shipping", "block",
  "return postage is included", "s")
F("Z15", "<p>New battery fitted by post, [[with a 12-month guarantee on the battery]].</p>", "accuracy.warranty",
  "block", "no guarantee is given", "s")
F("Z15", "<p>A battery swap for quartz watches; the pressure-test option is [[£25]].</p>", "accuracy.price",
  "block", "battery and pressure test is £32")
F("Z15", seo("Watch Battery Replacement by Post", "New battery, seals checked, water resistance [[guaranteed to "
                                                 "100 m]]."), "accuracy.feature", "block",
  "the pressure test is for watches rated 50 m or more; no depth is guaranteed", "seo")
F("Z15", qa(("Where is your workshop?", "[[In Manchester]].")), "accuracy.origin", "block",
  "the workshop is in Birmingham", "faq")

# ---------------------------------------------------------------- Z16 shoelaces (thin: title and price)
C("Z16", "<p>Waxed round shoelaces.</p>")
C("Z16", "<p>Shoelaces with a round profile and a waxed finish.</p>")
C("Z16", "<p>Round laces with a waxed finish, for six dollars.</p>", "s")
C("Z16", "<p>Round, waxed shoelaces.</p>", "s")
C("Z16", qa(("Are they flat or round?", "Round, with a waxed finish.")), "faq")
F("Z16", "<p>Waxed round shoelaces, [[120 cm long]].</p>", "accuracy.size", "block", "no length is given")
F("Z16", "<p>Round waxed laces [[in black, brown and tan]].</p>", "accuracy.colour", "warn",
  "the listing gives no colour", "s")
F("Z16", "<p>Round [[cotton]] laces with a waxed finish.</p>", "accuracy.material", "block",
  "no material is given")
F("Z16", "<p>Waxed round laces, [[three pairs]] to a pack.</p>", "accuracy.number", "block",
  "no count is given", "s")
F("Z16", seo("Waxed Round Shoelaces", "Round waxed laces [[for boots with eight eyelets]]."),
  "accuracy.compatibility", "block", "no fit is given", "seo")
F("Z16", "<p>Waxed round shoelaces, [[loved by over 5,000 runners]].</p>", "compliance.social_proof", "warn",
  "unverifiable popularity claim")

# ---------------------------------------------------------------- Z17 beanie (thin: vendor, one attribute, SEK)
C("Z17", "<p>A ribbed beanie in merino wool from Nordvik.</p>")
C("Z17", "<p>A merino wool beanie in a ribbed knit.</p>")
C("Z17", "<p>Nordvik's ribbed merino beanie.</p>", "s")
C("Z17", "<p>A ribbed merino beanie, 249 kr.</p>", "s")
C("Z17", qa(("What is it made of?", "Merino wool.")), "faq")
F("Z17", "<p>A ribbed merino beanie, [[knitted in Sweden]].</p>", "accuracy.origin", "block", "no origin is given")
F("Z17", "<p>A ribbed beanie in [[merino and cashmere]].</p>", "accuracy.material", "block", "merino wool", "s")
F("Z17", "<p>A ribbed merino beanie [[in heather grey]].</p>", "accuracy.colour", "warn",
  "the listing gives no colour")
F("Z17", "<p>Ribbed merino beanie, [[machine washable at 40 °C]].</p>", "accuracy.care", "block",
  "no care is given", "s")
F("Z17", seo("Ribbed Merino Beanie | Nordvik", "A ribbed merino wool beanie for [[249 NOK]]."), "accuracy.price",
  "block", "249 SEK, not Norwegian kroner", "seo")
F("Z17", "<p>A ribbed beanie in [[mulesing-free, traceable merino]].</p>", "compliance.environmental", "block",
  "an ethical sourcing claim the listing does not make")

# ---------------------------------------------------------------- Z18 running vest (USD, sizes, compare-at)
C("Z18", "<p>An 8-litre running vest for long days on the trail. Two 500 ml soft flasks ride in the chest pockets, "
         "and the back pocket takes a 1.5 l bladder, sold separately. Two sternum straps slide on rails so you can "
         "set the fit.</p><p>Hand wash cold and hang to dry.</p>")
C("Z18", "<p>Nylon mesh keeps the M/L down to 260 g, about 9 oz. Sizes XS/S, M/L and XL.</p>")
C("Z18", "<p>An 8 L trail vest with two 500 ml soft flasks included; now $145, down from $165.</p>", "s")
C("Z18", "<p>A litre of water up front in two 500 ml flasks, and room for a 1.5 l bladder at the back.</p>", "s")
C("Z18", seo("Trail Running Vest 8 L | Ridgeline Athletic",
             "An 8-litre nylon mesh running vest with two 500 ml soft flasks included, room for a 1.5 l bladder and "
             "two adjustable sternum straps."), "seo")
F("Z18", "<p>An 8 L vest with two soft flasks, and [[a 1.5 l bladder is included]] for the back pocket.</p>",
  "accuracy.feature", "block", "the bladder is not included")
F("Z18", "<p>A trail vest with [[12 litres of storage]] and two soft flasks.</p>", "accuracy.number", "block",
  "8 L")
F("Z18", "<p>A mesh running vest that is [[machine washable]].</p>", "accuracy.care", "block",
  "hand wash cold, hang to dry", "s")
F("Z18", "<p>An 8 L trail vest [[in sizes S, M and L]].</p>", "accuracy.size", "block", "sizes XS/S, M/L and XL",
  "s")
F("Z18", "<p>An 8 L running vest in tough [[Cordura ripstop]] with two soft flasks.</p>", "accuracy.material",
  "block", "nylon mesh")
F("Z18", qa(("How much is the vest?", "[[$129]], with both flasks.")), "accuracy.price", "block",
  "145.00 USD", "faq")

# ---------------------------------------------------------------- Z19 beard kit (AUD, grouped)
C("Z19", "<p>Three things for a tidy beard, sold one by one or together: a 30 ml cedar beard oil, a 60 g beard "
         "balm and a pear-wood comb.</p><p>All three together come to A$42.</p>")
C("Z19", "<p>A cedar beard oil, a beard balm and a comb in pear wood, each sold on its own or as a kit.</p>")
C("Z19", "<p>Beard oil, balm and a pear-wood comb, sold on their own or together.</p>", "s")
C("Z19", "<p>A 30 ml cedar oil, a 60 g balm (about 2 oz) and a pear-wood comb.</p>", "s")
C("Z19", qa(("Can I buy the pieces separately?", "Yes, each is sold on its own or together."),
            ("How much oil is in the bottle?", "30 ml.")), "faq")
F("Z19", "<p>Beard oil, balm and a pear-wood comb. The full kit is [[A$35]].</p>", "accuracy.price", "block",
  "a grouped product: 16 + 14 + 12 = 42 AUD, no kit price")
F("Z19", "<p>A cedar beard oil, a beard balm and [[a sandalwood comb]].</p>", "accuracy.material", "block",
  "pear-wood comb")
F("Z19", "<p>A [[50 ml]] cedar beard oil with a balm and a comb.</p>", "accuracy.number", "block", "30 ml", "s")
F("Z19", "<p>A beard oil and balm that [[stop beard itch and help growth]].</p>", "compliance.health", "block",
  "a health claim the listing does not make", "s")
F("Z19", "<p>Beard oil, balm and comb, [[handmade in Tasmania]].</p>", "accuracy.origin", "block",
  "no origin is given")
F("Z19", seo("Beard Care Kit | Old Harbour Grooming", "[[Australia's best-selling beard kit]]: oil, balm and a "
                                                     "pear-wood comb."), "compliance.social_proof", "warn",
  "unverifiable sales claim", "seo")

# ---------------------------------------------------------------- Z20 apron (PLN, Polish)
C("Z20", "<p>A full-length bib apron in stonewashed linen, made in Poland. The neck strap adjusts, the long ties "
         "wrap round to knot at the front, and one big pocket sits on the front.</p><p>Machine wash at 40 °C; do "
         "not bleach.</p>")
C("Z20", "<p>Lniany fartuch o długości 90 cm z regulowanym paskiem na szyję i jedną dużą kieszenią. Kolory: "
         "grafitowy, musztardowy i naturalny.</p>")
C("Z20", "<p>A 90 cm (about 35 in) linen bib apron in graphite, mustard or natural.</p>", "s")
C("Z20", "<p>Polish-made, 100% linen, with ties long enough to wrap round to the front.</p>", "s")
C("Z20", qa(("How do I wash it?", "At 40 °C. Do not bleach."), ("How many pockets?", "One large front pocket.")),
  "faq")
F("Z20", "<p>A linen bib apron with [[two front pockets]] and an adjustable neck strap.</p>", "accuracy.number",
  "block", "one pocket")
F("Z20", "<p>A full-length apron in [[a linen-cotton blend]].</p>", "accuracy.material", "block", "100% linen")
F("Z20", "<p>A linen apron in graphite, mustard, natural or [[navy]].</p>", "accuracy.colour", "block",
  "colours are graphite, mustard and natural", "s")
F("Z20", "<p>A linen apron you can [[tumble dry on high]].</p>", "accuracy.care", "block",
  "care is wash at 40 °C, no bleach; nothing about drying", "s")
F("Z20", "<p>A stonewashed bib apron [[woven in Lithuania]].</p>", "accuracy.origin", "block", "made in Poland")
F("Z20", seo("Linen Bib Apron | Szwalnia Lniana", "A [[110 cm]] long stonewashed linen apron with one pocket."),
  "accuracy.size", "block", "90 cm long", "seo")

# ---------------------------------------------------------------- Z21 chocolate (USD)
C("Z21", "<p>Bean-to-bar dark chocolate at 70% cacao, from a single estate in Chiapas, Mexico, finished with flakes "
         "of sea salt. The ingredients are just cacao beans, cane sugar and sea salt: no milk, no soy lecithin.</p>"
         "<p>Made in a kitchen that also handles nuts. Store it cool and dry, below 18 °C.</p>")
C("Z21", "<p>A 75 g bar (about 2.6 oz) of vegan dark chocolate, made in Portland, Oregon, from Mexican cacao.</p>")
C("Z21", "<p>Dairy-free 70% dark chocolate with sea salt, made from Chiapas cacao.</p>", "s")
C("Z21", "<p>Three ingredients, one estate: cacao, cane sugar and a scatter of sea salt.</p>", "s")
C("Z21", qa(("Is it vegan?", "Yes. It contains no milk."),
            ("Is it nut-free?", "No: it is made in a kitchen that also handles nuts.")), "faq")
F("Z21", "<p>Dark chocolate with sea salt, [[nut-free and safe for allergy sufferers]].</p>", "compliance.health",
  "block", "made in a kitchen that also handles nuts")
F("Z21", "<p>A bold [[85% cacao]] bar with flakes of sea salt.</p>", "accuracy.number", "block", "70% cacao")
F("Z21", "<p>Sea-salt dark chocolate from [[Ecuadorian cacao]].</p>", "accuracy.origin", "block",
  "cacao from Chiapas, Mexico", "s")
F("Z21", "<p>70% dark chocolate with sea salt [[and a touch of vanilla]].</p>", "accuracy.material", "block",
  "ingredients: cacao beans, cane sugar, sea salt", "s")
F("Z21", "<p>Single-estate 70% chocolate, [[Fairtrade certified]].</p>", "accuracy.certification", "block",
  "no certification is given")
F("Z21", seo("Dark Chocolate Bar 70% with Sea Salt", "A [[100 g]] bar of bean-to-bar dark chocolate with sea salt."),
  "accuracy.number", "block", "net weight 75 g", "seo")
F("Z21", "<p>Bean-to-bar 70% chocolate wrapped in [[fully compostable packaging]].</p>", "compliance.environmental",
  "block", "the listing says nothing about packaging")

# ---------------------------------------------------------------- Z22 kite (JPY)
C("Z22", "<p>A single-line delta kite with a 150 cm wingspan (just under 5 ft), a ripstop nylon sail and fibreglass "
         "spars. It flies in light to moderate wind, about 8 to 30 km/h, and comes with 30 m of line on a hand "
         "winder.</p><p>Always fly it well away from power lines and roads.</p>")
C("Z22", "<p>A 210 g delta kite in Red/White or Indigo, ready to fly with its own line and winder.</p>")
C("Z22", "<p>Ripstop delta kite, 150 cm across, with 30 m of line (about 98 ft).</p>", "s")
C("Z22", "<p>A single-line delta kite for winds of about 5 to 18 mph.</p>", "s")
C("Z22", seo("Single-Line Delta Kite 150 cm | Kazekiri",
             "A ripstop nylon delta kite with fibreglass spars and 30 m of line on a hand winder. Flies in winds of "
             "8–30 km/h."), "seo")
F("Z22", "<p>A delta kite with a ripstop sail and [[50 m of line]] on a winder.</p>", "accuracy.number", "block",
  "30 m of line")
F("Z22", "<p>A 150 cm delta kite with a nylon sail and [[carbon spars]].</p>", "accuracy.material", "block",
  "fibreglass spars")
F("Z22", "<p>[[A two-line stunt kite]] with a 150 cm span.</p>", "accuracy.category", "block",
  "a single-line delta kite", "s")
F("Z22", "<p>A ripstop delta kite [[in rainbow colours]].</p>", "accuracy.colour", "block",
  "colours are Red/White and Indigo", "s")
F("Z22", "<p>A delta kite so light it [[launches itself with no wind at all]].</p>", "accuracy.feature", "block",
  "flies in 8–30 km/h wind")
F("Z22", seo("Single-Line Delta Kite | Kazekiri", "A delta kite with a [[200 cm]] wingspan and 30 m of line."),
  "accuracy.size", "block", "150 cm wingspan", "seo")

# ---------------------------------------------------------------- Z23 gants de ski (CHF, French)
C("Z23", "<p>Ski gloves in goatskin leather with a waterproof, breathable membrane and a fleece lining. The long "
         "cuff cinches closed.</p><p>Do not dry them next to a radiator.</p>")
C("Z23", "<p>Gants de ski noirs en cuir de chèvre, fabriqués à Annecy, doublés de polaire. Tailles S à XL.</p>")
C("Z23", "<p>Black goat-leather ski gloves made in France, now CHF 89 instead of CHF 109.</p>", "s")
C("Z23", "<p>Waterproof, breathable and fleece-lined, with a long cinch cuff.</p>", "s")
C("Z23", qa(("How should I dry them?", "Away from radiators."), ("What sizes are there?", "S, M, L and XL.")), "faq")
F("Z23", "<p>Ski gloves in [[cowhide]] with a waterproof membrane.</p>", "accuracy.material", "block",
  "cuir de chèvre (goat leather)")
F("Z23", "<p>Leather ski gloves [[with a removable heated liner]].</p>", "accuracy.feature", "block",
  "fleece lining, no heating")
F("Z23", "<p>Goat-leather ski gloves [[in black or red]].</p>", "accuracy.colour", "block", "black only", "s")
F("Z23", "<p>Gants de ski en cuir [[fabriqués en Italie]].</p>", "accuracy.origin", "block",
  "fabriqué à Annecy, France", "s")
F("Z23", "<p>Leather ski gloves; after a wet day, [[dry them on the radiator]].</p>", "accuracy.care", "block",
  "do not dry near a radiator")
F("Z23", qa(("What sizes are there?", "[[XS to XXL]].")), "accuracy.size", "block", "sizes S, M, L, XL", "faq")
F("Z23", seo("Gants de ski en cuir | Col du Lys", "Gants de ski en cuir de chèvre, [[certifiés EN 511]]."),
  "accuracy.certification", "block", "no standard is given", "seo")

# ---------------------------------------------------------------- Z24 speaker (KRW)
C("Z24", "<p>A portable speaker with 20 W of sound, Bluetooth 5.3 and up to 15 hours of play at medium volume. It "
         "is rated IP67 against dust and water, so a drop in the pool is not the end of it.</p><p>It charges over "
         "USB-C; the cable is included, a wall adapter is not. Pair two for stereo. Two-year warranty.</p>")
C("Z24", "<p>540 g, about 1.2 lb, of waterproof speaker, in Charcoal, Coral or Glacier.</p>")
C("Z24", "<p>A 20 W IP67 Bluetooth speaker with up to 15 hours of play.</p>", "s")
C("Z24", "<p>Pair two of these waterproof speakers for stereo sound.</p>", "s")
C("Z24", qa(("Does it come with a charger?", "It comes with a USB-C cable but no wall adapter."),
            ("How long does the battery last?", "Up to 15 hours at medium volume.")), "faq")
F("Z24", "<p>A 20 W waterproof speaker with [[up to 24 hours]] of play.</p>", "accuracy.number", "block",
  "up to 15 hours")
F("Z24", "<p>A portable IP67 speaker; [[a wall charger is included]].</p>", "accuracy.feature", "block",
  "no wall adapter")
F("Z24", "<p>The [[Tundra Acoustics]] 20 W speaker, waterproof to IP67.</p>", "accuracy.brand", "block",
  "the vendor is Tundra Audio", "s")
F("Z24", "<p>A waterproof speaker with a [[five-year warranty]].</p>", "accuracy.warranty", "block",
  "2-year warranty", "s")
F("Z24", "<p>A 20 W speaker that [[works with Alexa and Google Assistant]].</p>", "accuracy.compatibility", "block",
  "no voice assistant is given")
F("Z24", seo("Portable Bluetooth Speaker 20 W | Tundra Audio", "IP67 speaker that [[floats]] in the pool, with 15 "
                                                              "hours of play."), "accuracy.feature", "block",
  "IP67 only; the listing does not say it floats", "seo")

# ---------------------------------------------------------------- Z25 keyboard (HKD, layouts)
C("Z25", "<p>A 75% mechanical keyboard with 84 keys, hot-swap sockets, tactile brown switches and PBT keycaps. Use "
         "it wired over USB-C or wireless over Bluetooth 5.1 with up to three devices, on Windows or macOS.</p>"
         "<ul><li>Case: aluminium top, plastic bottom</li><li>Battery: 4000 mAh</li><li>Layouts: US ANSI or UK ISO"
         "</li></ul>")
C("Z25", "<p>Change switches without soldering: the sockets are hot-swap. The whole keyboard weighs 1.1 kg, about "
         "2.4 lb.</p>")
C("Z25", "<p>A compact 84-key keyboard, wired or Bluetooth, for Windows and macOS.</p>", "s")
C("Z25", "<p>Tactile brown switches, PBT caps, and Bluetooth for three devices.</p>", "s")
C("Z25", seo("Compact Mechanical Keyboard (75%) | Keystone Lab",
             "A hot-swap 75% keyboard with tactile brown switches, PBT keycaps, USB-C and Bluetooth for up to three "
             "devices."), "seo")
F("Z25", "<p>A 75% keyboard in [[a full aluminium case]] with PBT keycaps.</p>", "accuracy.material", "block",
  "aluminium top, plastic bottom")
F("Z25", "<p>A hot-swap keyboard that works with Windows, macOS [[and Linux]].</p>", "accuracy.compatibility",
  "block", "Windows and macOS only are given")
F("Z25", "<p>A 75% keyboard with Bluetooth for [[up to five devices]].</p>", "accuracy.number", "block",
  "up to three devices", "s")
F("Z25", "<p>A compact keyboard with [[linear red switches]].</p>", "accuracy.feature", "block",
  "tactile brown switches", "s")
F("Z25", "<p>A hot-swap 75% keyboard with [[per-key RGB backlighting]].</p>", "accuracy.feature", "block",
  "no backlight is given")
F("Z25", qa(("How much is the UK ISO layout?", "[[HK$899]].")), "accuracy.price", "block",
  "UK ISO is 929.00 HKD", "faq")

# ---------------------------------------------------------------- Z26 sunglasses (EUR, Italian)
C("Z26", "<p>Round sunglasses with an acetate frame and polarised category 3 lenses that block all UVA and UVB "
         "light. Made in Cadore, Italy, and supplied with a hard case.</p><p>Not suitable for driving at night.</p>")
C("Z26", "<p>Occhiali da sole con montatura in acetato e lenti polarizzate di categoria 3, in tartaruga o nero. "
         "Lenti da 49 mm.</p>")
C("Z26", "<p>Italian-made polarised sunglasses in tortoiseshell or black acetate.</p>", "s")
C("Z26", "<p>UV400 polarised lenses in a rounded acetate frame, with a hard case.</p>", "s")
C("Z26", qa(("Can I drive with them at night?", "No, they are not for driving at night."),
            ("Do they block UV?", "Yes, 100% of UVA and UVB (UV400).")), "faq")
F("Z26", "<p>Round polarised sunglasses with a [[titanium frame]].</p>", "accuracy.material", "block",
  "acetate frame")
F("Z26", "<p>Polarised lenses that [[protect against cataracts and macular degeneration]].</p>",
  "compliance.health", "block", "a medical claim the listing does not make")
F("Z26", "<p>Acetate sunglasses with polarised [[category 4]] lenses.</p>", "accuracy.number", "block",
  "category 3", "s")
F("Z26", "<p>Round acetate sunglasses in tortoiseshell, black or [[crystal pink]].</p>", "accuracy.colour", "block",
  "Tartaruga and Nero only", "s")
F("Z26", "<p>Polarised acetate sunglasses, [[perfect for night driving]].</p>", "accuracy.feature", "block",
  "not for driving at night")
F("Z26", seo("Polarised Sunglasses Lido | Occhi di Mare", "Round acetate sunglasses, [[made in Venice]], with "
                                                         "polarised lenses."), "accuracy.origin", "block",
  "prodotto in Cadore, Italia", "seo")

# ---------------------------------------------------------------- Z27 backpack (GBP, one colour)
C("Z27", "<p>A 22-litre roll-top backpack in waxed cotton canvas, made in Norfolk. A padded sleeve takes a laptop "
         "up to 15 in, and a side pocket holds a bottle. The top rolls down and fastens with a leather strap and a "
         "brass buckle.</p><p>Re-wax it once a year, and never put it in the washing machine.</p>")
C("Z27", "<p>Olive waxed canvas, 48 cm tall and 30 cm wide (about 19 x 12 in), and 1.1 kg on the scale.</p>")
C("Z27", "<p>An English-made 22 L roll-top in olive waxed canvas, with a 15 in laptop sleeve.</p>", "s")
C("Z27", "<p>Waxed canvas, leather and brass, with room for a laptop and a bottle.</p>", "s")
C("Z27", qa(("Can I machine wash it?", "No. Re-wax it once a year instead."),
            ("Will my laptop fit?", "Yes, the padded sleeve takes laptops up to 15 in.")), "faq")
F("Z27", "<p>A waxed canvas roll-top with a padded sleeve for a [[17 in]] laptop.</p>", "accuracy.size", "block",
  "laptop sleeve up to 15 in")
F("Z27", "<p>A roll-top backpack in [[recycled nylon]] with a leather strap.</p>", "accuracy.material", "block",
  "waxed cotton canvas")
F("Z27", "<p>A waxed canvas roll-top in olive, [[navy or black]].</p>", "accuracy.colour", "block", "olive only",
  "s")
F("Z27", "<p>A [[28 L]] roll-top backpack in waxed canvas.</p>", "accuracy.number", "block", "22 L", "s")
F("Z27", "<p>A waxed canvas roll-top. When it gets grubby, [[machine wash it at 30 °C]].</p>", "accuracy.care",
  "block", "do not machine wash")
F("Z27", seo("Roll-Top Backpack 22 L | Fenland Carry", "An [[eco-friendly]] roll-top backpack in waxed canvas."),
  "compliance.environmental", "warn", "vague eco claim", "seo")

# ---------------------------------------------------------------- Z28 golf balls (CZK)
C("Z28", "<p>A dozen three-piece golf balls with a urethane cover for spin around the green. Compression 90, 332 "
         "dimples, and they conform to the Rules of Golf.</p><p>Choose white or matte yellow.</p>")
C("Z28", "<p>Twelve urethane-covered balls in a three-piece build, conforming to the Rules of Golf.</p>")
C("Z28", "<p>Three-piece urethane golf balls, 12 to a pack, in white or matte yellow.</p>", "s")
C("Z28", "<p>A 90-compression ball with 332 dimples and a urethane cover.</p>", "s")
C("Z28", qa(("How many balls are in a pack?", "Twelve."),
            ("Are they legal in competition?", "They conform to the Rules of Golf.")), "faq")
F("Z28", "<p>A dozen [[four-piece]] golf balls with a urethane cover.</p>", "accuracy.number", "block",
  "three-piece")
F("Z28", "<p>Three-piece golf balls with a [[Surlyn cover]].</p>", "accuracy.material", "block", "urethane cover")
F("Z28", "<p>[[15 balls]] to a pack, three-piece with a urethane cover.</p>", "accuracy.number", "block",
  "12 balls per pack", "s")
F("Z28", "<p>A urethane ball that [[adds 20 yards off the tee]].</p>", "accuracy.feature", "block",
  "a distance claim the listing does not make", "s")
F("Z28", "<p>A three-piece urethane ball, [[the longest ball on the market]].</p>", "compliance.absolute", "warn",
  "superlative")
F("Z28", seo("Golf Balls, Three-Piece Urethane | Fairway Nine", "Twelve urethane balls in white or [[orange]]."),
  "accuracy.colour", "block", "colours are White and Matte Yellow", "seo")

# ---------------------------------------------------------------- Z29 wine glasses (DKK, Danish)
C("Z29", "<p>Two wine glasses, mouth-blown in Denmark from lead-free crystal, with a thin rim and a long pulled "
         "stem. Each holds 450 ml and stands 23 cm tall.</p><p>Hand washing is best, but they can go in the "
         "dishwasher on the top rack.</p>")
C("Z29", "<p>To mundblæste vinglas i blyfri krystal, hvert med plads til 450 ml. Pris: 499,00 kr. for to glas.</p>")
C("Z29", "<p>A pair of Danish mouth-blown crystal wine glasses, 450 ml each (about 15 fl oz).</p>", "s")
C("Z29", "<p>Lead-free crystal with a thin rim, and safe on the top rack of the dishwasher.</p>", "s")
C("Z29", seo("Hand-Blown Wine Glasses, Set of 2 | Glashytten Møn",
             "Two mouth-blown wine glasses in lead-free crystal with a thin rim and long stem, 450 ml each. Made in "
             "Denmark."), "seo")
F("Z29", "<p>A [[set of four]] mouth-blown crystal wine glasses.</p>", "accuracy.number", "block", "two glasses")
F("Z29", "<p>Two hand-blown wine glasses; they are [[not dishwasher safe]].</p>", "accuracy.care", "block",
  "dishwasher safe on the top rack")
F("Z29", "<p>Two wine glasses in [[24% lead crystal]].</p>", "accuracy.material", "block", "lead-free crystal", "s")
F("Z29", "<p>Two long-stemmed glasses, [[28 cm tall]].</p>", "accuracy.size", "block", "23 cm tall", "s")
F("Z29", "<p>Two wine glasses [[blown in Bohemia]] from lead-free crystal.</p>", "accuracy.origin", "block",
  "mouth-blown in Denmark")
F("Z29", qa(("Is the price for one glass?", "[[Yes, 499 kr. per glass]].")), "accuracy.price", "block",
  "499,00 kr. is for two glasses", "faq")

# ---------------------------------------------------------------- Z30 resistance bands (USD)
C("Z30", "<p>Five flat loop bands in five strengths, from extra light (about 2 kg) to extra heavy (about 20 kg). A "
         "cotton bag carries them and an exercise card gets you started.</p><p>The bands are natural latex, so they "
         "are not for anyone with a latex allergy.</p>")
C("Z30", "<p>Each loop is 60 cm long, about 24 in, and the whole set weighs 300 g.</p>")
C("Z30", "<p>Five latex loop bands, from about 4.4 to 44 lb of resistance, with a cotton bag.</p>", "s")
C("Z30", "<p>Home workout bands in five resistances, plus an exercise card.</p>", "s")
C("Z30", qa(("Are they latex-free?", "No, they are natural latex and not for people with a latex allergy."),
            ("How many bands are there?", "Five.")), "faq")
F("Z30", "<p>Five loop bands, [[hypoallergenic and safe for latex allergies]].</p>", "compliance.health", "block",
  "natural latex: not for people with a latex allergy")
F("Z30", "<p>Five loop bands from light to extra heavy, [[up to 40 kg]].</p>", "accuracy.number", "block",
  "about 2–20 kg")
F("Z30", "<p>Five [[fabric]] loop bands with a cotton bag.</p>", "accuracy.material", "block", "natural latex", "s")
F("Z30", "<p>[[Seven]] resistance bands in a cotton bag.</p>", "accuracy.number", "block", "five bands", "s")
F("Z30", "<p>Five loop bands [[with a door anchor and two handles]].</p>", "accuracy.feature", "block",
  "the set is bands, a bag and an exercise card")
F("Z30", seo("Resistance Band Set (5 Bands) | Ferro Fitness", "[[Rated 4.9 by 20,000 customers]]: five latex loop "
                                                             "bands."), "compliance.social_proof", "warn",
  "unverifiable rating claim", "seo")


def build():
    clean = []
    for listing, kind, draft in CLEAN:
        text = _serialise(kind, draft)
        assert "[[" not in text, f"mark in clean draft: {text!r}"
        clean.append({"listing": listing, "kind": KINDS[kind], "text": text, "labels": []})
    faulty = []
    for listing, kind, draft, rule, severity, why in FAULTY:
        text, start, end, claim = _strip_marks(_serialise(kind, draft))
        faulty.append({"listing": listing, "kind": KINDS[kind], "text": text,
                       "labels": [{"rule": rule, "start": start, "end": end, "claim": claim,
                                   "severity": severity, "why": why}]})
    return clean, faulty
