"""Hand-written drafts for guardrails holdout v28: clean drafts and faulty drafts with one planted claim.

Faulty sentences mark their one unsupported claim as [[...]]; `build()` recasts each listing's faulty
sentences in turn as a description, short description, SEO pair or one-answer FAQ and computes the spans.
"""
import html
import json
import re

import make_listings

CLEAN = []
FAULTY = []
PADS = {}
Q_NATIVE = {"X08": "知っておくべきことは？", "X09": "Was sollte ich wissen?", "X11": "Cosa devo sapere?",
            "X12": "Co warto wiedzieć?", "X13": "¿Qué debo saber?", "X14": "Hva bør jeg vite?",
            "X15": "O que devo saber?", "X16": "Was sollte ich wissen?", "X24": "Que faut-il savoir ?"}


def C(listing, draft, kind="d"):
    """A clean draft: kind d (description), s (short description), seo (title, description), faq [(q, a)]."""
    CLEAN.append((listing, kind, draft))


def F(listing, draft, rule, severity, why, kind=None, native=False, more=None):
    """A faulty sentence with its one claim marked [[...]]; kind is chosen by the recast unless given."""
    FAULTY.append({"listing": listing, "draft": draft, "rule": rule, "severity": severity, "why": why,
                   "kind": kind, "native": native, "more": more})


def qa(*pairs):
    return list(pairs)


def seo(title, description):
    return (title, description)


def pad(key, en, q="What should I know about it?", native=None, q_native=None):
    PADS[key] = {"en": en, "q": q, "native": native, "q_native": q_native or Q_NATIVE.get(key)}


B, W = "block", "warn"
NUM, PRICE, MAT, COL = "accuracy.number", "accuracy.price", "accuracy.material", "accuracy.colour"
CERT, ORIG, SIZE, CAT = "accuracy.certification", "accuracy.origin", "accuracy.size", "accuracy.category"
FEAT, CARE, WAR, BRAND = "accuracy.feature", "accuracy.care", "accuracy.warranty", "accuracy.brand"
COMP, SHIP, HEALTH = "accuracy.compatibility", "compliance.shipping", "compliance.health"
ABS, ENV, SOC = "compliance.absolute", "compliance.environmental", "compliance.social_proof"

# X01 sock yarn
pad("X01", "Each skein weighs 100 g.")
C("X01", "A fingering-weight sock yarn blended three parts superwash merino to one part nylon. Each 100 g skein "
         "holds roughly 437 yards.")
C("X01", "Dyed by hand in small batches in Kendal, in Cumbria, so buy enough from one batch for a project. It goes "
         "into the washing machine at 30 °C on a wool cycle; lay it flat to dry.")
C("X01", "Sock yarn in 75 % merino and 25 % nylon, in Heather, Peat or Rowan, £18 a skein.", "s")
C("X01", "About 400 m of fingering-weight yarn for needles from 2.5 to 3.25 mm. Keep it out of the tumble dryer.", "s")
C("X01", qa(("How much yarn is in a skein?", "About 400 metres, in 100 grams."),
            ("Can I tumble dry my socks?", "No. Dry them flat.")), "faq")
F("X01", "Spun from [[pure cashmere]] for the softest socks.", MAT, B, "the yarn is 75 % merino and 25 % nylon")
F("X01", "Each skein is [[spun and dyed in the Shetland Isles]].", ORIG, B, "dyed by hand in Kendal, Cumbria")
F("X01", "[[Certified to the GOTS organic standard]].", CERT, B, "no certification is given")
F("X01", "Each skein carries [[about 200 m]] of yarn.", NUM, B, "about 400 m a skein")
F("X01", "It also comes in [[a bright Mustard]] shade.", COL, B, "colours are Heather, Peat and Rowan")
F("X01", "[[Hand wash only, in cold water]].", CARE, B, "machine wash at 30 °C on a wool cycle")

# X02 hive tool
pad("X02", "It is 10 in long.")
C("X02", "A J-hook hive tool of stainless steel, about 25 cm from end to end. The flat end prises boxes apart and "
         "the hook lifts out frames.")
C("X02", "Between hives, pass it through a flame or wash it. The steel is 4 mm thick and the tool weighs about "
         "6.7 oz.")
C("X02", "Stainless J-hook hive tool, ten inches long, $14.", "s")
C("X02", "A prying blade at one end, a frame hook at the other; it has no sharp edge and is not a knife.", "s")
C("X02", seo("Stainless Steel Hive Tool 10 in | Brood & Comb",
             "A 10 in stainless J-hook hive tool to pry boxes apart and lift frames. $14."), "seo")
F("X02", "Made of [[carbon spring steel]] that flexes without bending.", MAT, B, "stainless steel")
F("X02", "It measures [[12 inches]] long.", NUM, B, "10 in (25 cm) long")
F("X02", "[[The sharpened edge doubles as a capping knife]].", FEAT, B, "not sharpened, not to be used as a knife")
F("X02", "[[It is dishwasher safe]].", CARE, B, "the listing says flame or wash, nothing about a dishwasher")
F("X02", "[[We ship it the same day you order]].", SHIP, B, "no shipping promise is given")
F("X02", "[[Made in the USA]] from tough steel.", ORIG, B, "no origin is given")

# X03 binoculars
pad("X03", "They weigh 690 g.")
C("X03", "Eight-times magnification through 42 mm objectives, with BaK-4 roof prisms and fully multi-coated "
         "glass. The field of view is 128 m at 1,000 m, roughly 384 feet at 1,000 yards.")
C("X03", "Nitrogen-purged and waterproof down to a metre for half an hour. They focus as close as 2 m, about 6½ "
         "feet, and come with a neoprene strap, a padded case and lens caps.")
C("X03", "8x42 roof-prism binoculars at about 1.5 lb, with a ten-year warranty.", "s")
C("X03", "Waterproof 8x42 binoculars with twist-up eyecups, $329.", "s")
C("X03", qa(("What comes in the box?", "The binoculars, a neoprene strap, a padded case and lens caps."),
            ("How long is the warranty?", "Ten years.")), "faq")
F("X03", "[[12x magnification]] brings distant birds close.", NUM, B, "8x magnification")
F("X03", "[[Porro prisms]] give a wide, deep image.", CAT, B, "roof-prism binoculars")
F("X03", "[[A lifetime warranty]] covers them.", WAR, B, "ten-year warranty")
F("X03", "[[Image stabilisation]] steadies the view.", FEAT, B, "no stabilisation is listed")
F("X03", "[[The sharpest binoculars at any price]].", ABS, W, "an unprovable superlative")
F("X03", "[[Rated 4.9 stars by thousands of birders]].", SOC, W, "invented social proof")
F("X03", "[[Free next-day delivery]] on every order.", SHIP, B, "no shipping promise is given")

# X04 dog collar
pad("X04", "The collar is 25 mm wide.")
C("X04", "English bridle leather, an inch wide, with a solid brass buckle and D-ring, hand-stitched in Walsall.")
C("X04", "Measure the neck: small fits 30 to 38 cm, medium 38 to 46 cm, large 46 to 54 cm. Wipe it clean and give "
         "it leather balm from time to time, but never soak it.")
C("X04", "A chestnut bridle leather collar from £38.", "s")
C("X04", "Small £38, medium £42, large £46; made in Walsall, England.", "s")
C("X04", qa(("Will it fit a 50 cm neck?", "Yes, choose large: it fits necks from 46 to 54 cm."),
            ("Can it go in water?", "Do not soak it; wipe it clean instead.")), "faq")
F("X04", "It fastens with a [[chrome-plated]] buckle.", MAT, B, "solid brass buckle")
F("X04", "It also comes in [[Racing Green]].", COL, B, "the colour given is Chestnut")
F("X04", "[[An XL size]] fits necks up to 62 cm.", SIZE, B, "sizes are S, M and L")
F("X04", "[[It is waterproof, so your dog can swim in it]].", CARE, B, "do not soak")
F("X04", "Each collar is [[stitched in Northampton]].", ORIG, B, "stitched by hand in Walsall")
F("X04", "[[Every size costs £38]].", PRICE, B, "S £38, M £42, L £46")
F("X04", "The brass [[eases a dog's joint pain]].", HEALTH, B, "an invented health claim")

# X05 chalk bag
pad("X05", "It has a drawstring closure.")
C("X05", "A cylinder chalk bag of 1000D Cordura lined with fleece, closed with a drawstring. It measures 15 by 13 "
         "cm, about 6 by 5 inches.")
C("X05", "There is a loop for your brush, and the waist belt comes with it. Bring your own chalk and brush.")
C("X05", "Cordura chalk bag in Ochre or Black, $29.", "s")
C("X05", "Fleece-lined chalk bag with a belt included; chalk not included.", "s")
C("X05", seo("Boulder Chalk Bag | Crux & Co",
             "A fleece-lined 1000D Cordura chalk bag with a brush loop and waist belt, in two colours."), "seo")
F("X05", "[[It comes filled with 100 g of chalk]].", FEAT, B, "chalk is not included")
F("X05", "Sewn from [[recycled polyester]].", MAT, B, "1000D Cordura with a fleece lining")
F("X05", "[[Designed with Black Diamond]] for bouldering.", BRAND, B, "the vendor is the only brand")
F("X05", "It measures [[20 x 18 cm]].", NUM, B, "15 x 13 cm")
F("X05", "[[Plastic-free and fully recyclable]].", ENV, B, "an unsupported environmental claim")
F("X05", "Also available in [[Chalk White]].", COL, B, "colours are Ochre and Black")

# X06 fly box
pad("X06", "It measures 16 x 10 x 4 cm.")
C("X06", "Machined from aluminium, about 6¼ by 4 by 1½ inches, with a silicone seal and a magnetic catch.")
C("X06", "Two slit-foam inserts hold as many as 120 flies. After salt water, rinse it in fresh.")
C("X06", "A waterproof aluminium fly box for up to 120 flies, A$54.", "s")
C("X06", "It weighs 160 g, about 5½ oz; flies not included.", "s")
C("X06", qa(("Does it come with flies?", "No, it comes empty."),
            ("Can I take it out on salt water?", "Yes; rinse it in fresh water afterwards.")), "faq")
F("X06", "It holds [[up to 300 flies]].", NUM, B, "up to 120 flies")
F("X06", "[[Machined from titanium]] for strength.", MAT, B, "aluminium")
F("X06", "[[It floats if you drop it overboard]].", FEAT, B, "no buoyancy is claimed")
F("X06", "[[Rust-proof for life, guaranteed]].", WAR, B, "no guarantee is given")
F("X06", "[[Made in New Zealand]] by anglers.", ORIG, B, "no origin is given")
F("X06", "[[It also takes spinning lures and treble hooks]].", COMP, W, "a fly box; other tackle is not mentioned")

# X07 banneton
pad("X07", "It is 22 cm across.")
C("X07", "A round proofing basket of natural rattan, about 8½ inches across and just over 3 inches deep.")
C("X07", "Sized for a loaf of three-quarters of a kilo to a kilo of dough. The cotton liner comes with it.")
C("X07", "22 cm rattan banneton with a cotton liner, €24.", "s")
C("X07", "Dust it with rice flour, brush it out and let it air dry; no soap, and keep it out of the oven.", "s")
C("X07", qa(("How much dough does it take?", "Between 750 g and 1 kg."),
            ("Can I bake in it?", "No. It never goes in the oven.")), "faq")
F("X07", "Woven from [[cane and bamboo]].", MAT, B, "natural rattan")
F("X07", "[[It is oven-safe up to 250 °C]].", CARE, B, "never put it in the oven")
F("X07", "It proves loaves of [[up to 2 kg]].", NUM, B, "750 g to 1 kg of dough")
F("X07", "Each basket is [[woven in Vietnam]].", ORIG, B, "no origin is given")
F("X07", "[[A dough scraper and a lame]] are included.", FEAT, B, "only a cotton liner is included")
F("X07", "[[Bakers across Germany swear by it]].", SOC, W, "invented social proof")

# X08 sumi ink stick
pad("X08", "It weighs 15 g.", native="重さは15 gです。")
C("X08", "A pine-soot sumi stick from Nara, for calligraphy and ink painting. Grind it on an inkstone with a few "
         "drops of water.")
C("X08", "奈良の松煙墨、15 g。使った後は水気を拭き取り、紙に包んで保管してください。")
C("X08", "Nara pine-soot ink stick, just over half an ounce, ¥2,800.", "s")
C("X08", "Wipe the stick dry after grinding and keep it in its paper wrapping, never standing in water.", "s")
C("X08", qa(("What is it made of?", "Pine soot."), ("Where is it made?", "In Nara, Japan.")), "faq")
F("X08", "Made from [[lamp-oil soot]] for a glossy black.", MAT, B, "pine soot (松煙)")
F("X08", "[[京都で作られました]]。", ORIG, B, "made in Nara (奈良)", native=True)
F("X08", "[[A 60 g stick]] for long sessions.", NUM, B, "15 g")
F("X08", "[[An inkstone comes with it]].", FEAT, B, "no inkstone is included")
F("X08", "[[Certified AP non-toxic]].", CERT, B, "no certification is given")
F("X08", "[[Leave it soaking in water]] between uses to keep it soft.", CARE, B, "do not leave it in water")

# X09 bicycle bell
pad("X09", "It is 55 mm across.", native="Durchmesser 55 mm.")
C("X09", "A brass bicycle bell, 55 mm across, with a bright, long ring. It fits 22.2 mm handlebars, not thicker "
         "ones.")
C("X09", "Montiert in Biel. Das Messing dunkelt mit der Zeit nach.")
C("X09", "Messingklingel für 22,2-mm-Lenker, CHF 19.", "s")
C("X09", "A brass bell of about 2⅛ inches, weighing 70 g, assembled in Biel/Bienne.", "s")
C("X09", seo("Veloglocke Messing | Tretwerk",
             "Brass bike bell, 55 mm, for 22.2 mm bars. Assembled in Biel, Switzerland."), "seo")
F("X09", "Aus [[verchromtem Stahl]].", MAT, B, "Messing (brass)", native=True)
F("X09", "[[Passt auf alle Lenker]].", COMP, B, "only 22.2 mm bars, not thicker ones", native=True)
F("X09", "[[Gegossen in Italien]].", ORIG, B, "assembled in Biel", native=True)
F("X09", "The brass [[never tarnishes]].", FEAT, B, "the brass darkens with time")
F("X09", "[[A 70 mm bell]] you hear from far off.", NUM, B, "55 mm diameter")
F("X09", "[[The loudest bell on the market]].", ABS, W, "an unprovable superlative")

# X10 jigsaw
pad("X10", "It has 1000 pieces.")
C("X10", "One thousand pieces make up a watercolour of the tidal flats at low water. Finished, it measures about "
         "27 by 19 inches.")
C("X10", "The pieces are cut from 2 mm board, and a poster of the picture comes in the box. Designed in Halifax, "
         "NS.")
C("X10", "A 1000-piece tidal flats jigsaw for C$32.", "s")
C("X10", "Small parts: not for children under three.", "s")
C("X10", seo("Tidal Flats 1000-Piece Jigsaw | Northlight Puzzles",
             "A 1000-piece watercolour jigsaw, 68 x 48 cm finished, with a poster in the box."), "seo")
F("X10", "Cut from [[100 % recycled board]].", ENV, B, "no recycled content is given")
F("X10", "[[Printed in Germany]] on thick board.", ORIG, B, "only designed in Halifax; no place of printing")
F("X10", "The finished size is [[90 x 60 cm]].", NUM, B, "68 x 48 cm")
F("X10", "[[Safe for toddlers]].", HEALTH, B, "not for children under 3")
F("X10", "[[A sorting tray]] comes in the box.", FEAT, B, "only a poster is in the box")
F("X10", "It is also sold as [[a 500-piece edition]].", SIZE, B, "only 1000 pieces")

# X11 espresso cups
pad("X11", "Each cup holds 80 ml.", native="Ogni tazzina contiene 80 ml.")
C("X11", "Six porcelain espresso cups with saucers, each holding about 2.7 fl oz. A gold line is painted on each by "
         "hand in Nove, near Vicenza.")
C("X11", "Sei tazzine con piattino e filo d'oro dipinto a mano. Lavare a mano: niente lavastoviglie né microonde.")
C("X11", "A set of six Nove espresso cups, €48.", "s")
C("X11", "Hand wash only: the gold line keeps them out of the dishwasher and the microwave.", "s")
C("X11", qa(("How many cups are in the set?", "Six, each with a saucer."),
            ("Where are they decorated?", "In Nove, in the province of Vicenza, Italy.")), "faq")
F("X11", "In [[terracotta smaltata]].", MAT, B, "porcellana", native=True)
F("X11", "[[Lavabili in lavastoviglie]].", CARE, B, "non adatte a lavastoviglie", native=True)
F("X11", "Each cup holds [[150 ml]].", NUM, B, "80 ml")
F("X11", "[[€38]] for the set of six.", PRICE, B, "€48")
F("X11", "Each cup has a [[cobalt blue]] rim.", COL, B, "the decoration is a gold line")
F("X11", "[[Fatte a mano a Deruta]].", ORIG, B, "decorated in Nove (Vicenza)", native=True)

# X12 Bolesławiec mug
pad("X12", "It holds 350 ml.", native="Pojemność 350 ml.")
C("X12", "A stoneware mug from Bolesławiec, hand-stamped with the peacock-eye pattern. It holds about 12 fl oz.")
C("X12", "Kubek z kamionki, ręcznie stemplowany. Można go myć w zmywarce.")
C("X12", "Peacock-eye stoneware mug from Bunzlau, 69 zł.", "s")
C("X12", "Dishwasher, microwave and oven safe; just keep it off the gas.", "s")
C("X12", seo("Kubek Bolesławiec Pawie Oczko | Ceramika Bóbr",
             "Ręcznie stemplowany kubek z kamionki, 350 ml, z Bolesławca."), "seo")
F("X12", "Kubek [[z porcelany]].", MAT, B, "kamionka (stoneware)", native=True)
F("X12", "Wzór jest [[malowany pędzlem]].", FEAT, B, "ręcznie stemplowany (stamped)", native=True)
F("X12", "It holds [[half a litre]].", NUM, B, "350 ml")
F("X12", "[[It is safe on a gas flame]].", CARE, B, "not on gas")
F("X12", "[[Lead-free certified by the FDA]].", CERT, B, "no certification is given")
F("X12", "[[Made in Portugal]] by hand.", ORIG, B, "made in Bolesławiec")

# X13 saffron
pad("X13", "The case holds 1 g.", native="Contiene 1 g.")
C("X13", "Saffron threads with the La Mancha PDO, harvested in October 2025. They come in a small glass case with "
         "a cork lid.")
C("X13", "Azafrán en hebras con DOP La Mancha. Guárdalo en un sitio seco, oscuro y fresco.")
C("X13", "One gram of La Mancha saffron for €12.50.", "s")
C("X13", "Best before 2028; keep it dry, dark and cool.", "s")
C("X13", qa(("Is it certified?", "Yes, it carries the Protected Designation of Origin La Mancha."),
            ("When was it harvested?", "In October 2025.")), "faq")
F("X13", "[[Cultivado en Irán]].", ORIG, B, "La Mancha, España", native=True)
F("X13", "[[Certified organic]] saffron.", CERT, B, "the only certification is DOP La Mancha")
F("X13", "Harvested in [[November 2024]].", NUM, B, "cosecha de octubre de 2025")
F("X13", "[[Ground saffron powder]], ready to stir in.", CAT, B, "hebras (threads)")
F("X13", "[[It lifts your mood and eases PMS]].", HEALTH, B, "an invented health claim")
F("X13", "[[Used in over 200 Michelin-starred kitchens]].", SOC, W, "invented social proof")

# X14 Setesdal socks
pad("X14", "Sizes 36-40 and 41-45.", native="Størrelser 36-40 og 41-45.")
C("X14", "Warm socks in the traditional Setesdal pattern, knitted in Ålesund from seven parts wool to three parts "
         "nylon.")
C("X14", "Vaskes på ullprogram ved 30 °C. Ikke i tørketrommel.")
C("X14", "Setesdal wool socks in two sizes, 36-40 and 41-45, kr 249.", "s")
C("X14", "Two sizes, both 249 kr.", "s")
C("X14", qa(("How do I wash them?", "On a wool programme at 30 °C, and not in the tumble dryer."),
            ("What are they made of?", "70 % wool and 30 % nylon.")), "faq")
F("X14", "Strikket av [[100 % ull]].", MAT, B, "70 % ull, 30 % nylon", native=True)
F("X14", "[[Strikket i Peru]].", ORIG, B, "strikket i Ålesund", native=True)
F("X14", "[[Tåler tørketrommel]].", CARE, B, "ikke bruk tørketrommel", native=True)
F("X14", "They also come in [[size 46-48]].", SIZE, B, "sizes 36-40 and 41-45")
F("X14", "[[They prevent chilblains]] on cold days.", HEALTH, B, "an invented health claim")
F("X14", "[[Lifetime darning guarantee]] on every pair.", WAR, B, "no guarantee is given")

# X15 sardines
pad("X15", "Each tin weighs 120 g.", native="Lata de 120 g.")
C("X15", "Whole sardines packed by hand in Matosinhos, three to five to a tin, in olive oil with salt. Each 120 g "
         "tin has 84 g of fish once drained.")
C("X15", "Sardinhas inteiras em azeite, produzidas à mão em Matosinhos. Depois de abrir, guarde no frigorífico.")
C("X15", "A 4.2 oz tin of Portuguese sardines in olive oil, €4.20.", "s")
C("X15", "Three ingredients: sardines, olive oil and salt. Contains fish.", "s")
C("X15", qa(("How long do they keep once opened?", "Two days in the fridge."),
            ("How many sardines are in a tin?", "Between three and five.")), "faq")
F("X15", "Conservadas em [[óleo de girassol]].", MAT, B, "em azeite de oliva", native=True)
F("X15", "[[Skinless and boneless fillets]] in every tin.", CAT, B, "sardinhas inteiras (whole)")
F("X15", "[[Ten sardines]] to a tin.", NUM, B, "3 to 5 a tin")
F("X15", "[[MSC certified]] sustainable catch.", CERT, B, "no certification is given")
F("X15", "[[Caught and canned in Galicia]].", ORIG, B, "produced in Matosinhos")
F("X15", "Once opened, [[they keep for a week]].", CARE, B, "refrigerate and eat within 2 days")

# X16 wooden train
pad("X16", "The set has 12 pieces.", native="Das Set hat 12 Teile.")
C("X16", "A wooden train with an engine, two carriages and nine pieces of track, twelve pieces in all. Beech, "
         "painted with water-based colours.")
C("X16", "Hergestellt im Erzgebirge, für Kinder ab drei Jahren. Nur feucht abwischen.")
C("X16", "12-piece beech train set from the Ore Mountains, €39.", "s")
C("X16", "For ages 3 and up; clean it with a damp cloth only.", "s")
C("X16", qa(("What age is it for?", "From 3 years."), ("How many pieces of track are there?", "Nine.")), "faq")
F("X16", "Aus [[Ahornholz]].", MAT, B, "Buche (beech)", native=True)
F("X16", "[[Ab 12 Monaten geeignet]].", COMP, B, "ab 3 Jahren", native=True)
F("X16", "[[Twenty pieces of track]] make a big loop.", NUM, B, "nine track pieces")
F("X16", "[[It fits Brio tracks]].", COMP, B, "no compatibility is given")
F("X16", "[[Spülmaschinenfest]].", CARE, B, "nur feucht abwischen", native=True)
F("X16", "[[CE certified]] and safe.", CERT, B, "no certification is given")
F("X16", "[[Germany's favourite wooden toy]].", ABS, W, "an unprovable superlative")

# X17 notebook
pad("X17", "It has 160 numbered pages.")
C("X17", "An A5 dot-grid notebook: 160 numbered pages of ivory 100 gsm paper with dots 5 mm apart. The sewn "
         "binding lets it open flat.")
C("X17", "Two ribbon markers, an elastic band and a pocket in the back. Bound in Portugal.")
C("X17", "A5 dot grid notebook in Forest, Rust or Ink, $21.", "s")
C("X17", "Eighty sheets of 100 gsm paper in a lay-flat sewn binding.", "s")
C("X17", seo("A5 Dot Grid Notebook | Folio Lane",
             "160 numbered pages, 100 gsm ivory paper, 5 mm dots, lay-flat sewn binding; three cover colours."),
  "seo")
F("X17", "A [[Mustard]] cover brightens the desk.", COL, B, "covers are Forest, Rust and Ink")
F("X17", "It is also sold [[in A4]].", SIZE, B, "A5 only")
F("X17", "Any pen works: [[no bleed-through with any ink]].", COMP, W, "not stated; 100 gsm paper")
F("X17", "A [[vegan leather]] cover.", MAT, B, "no cover material is given")
F("X17", "[[Made from FSC-certified paper]].", CERT, B, "no certification is given")
F("X17", "[[Three ribbon markers]] keep your place.", NUM, B, "two ribbon markers")

# X18 yoga mat
pad("X18", "It is 183 x 61 cm.")
C("X18", "A natural rubber yoga mat, 4 mm thick, with a grippy open-cell top. It measures 183 by 61 cm, about 6 "
         "feet by 2, and weighs 2.5 kg.")
C("X18", "It contains latex, so it is not for anyone allergic to it. Wipe it with a damp cloth and keep it out of "
         "strong sun; the rubber smell goes within a few weeks.")
C("X18", "Natural rubber mat in Sage or Sand, £78.", "s")
C("X18", "A 4 mm mat weighing about 5½ lb.", "s")
C("X18", qa(("Is it safe if I have a latex allergy?", "No. It is natural rubber and contains latex."),
            ("How thick is it?", "4 mm.")), "faq")
F("X18", "[[Latex-free]] natural rubber.", HEALTH, B, "contains latex")
F("X18", "[[6 mm]] of cushioning for your knees.", NUM, B, "4 mm thick")
F("X18", "Made from [[cork and TPE]].", MAT, B, "natural rubber")
F("X18", "[[Machine washable]] when it gets sweaty.", CARE, B, "wipe with a damp cloth")
F("X18", "[[Fully biodegradable within a year]].", ENV, B, "an unsupported environmental claim")
F("X18", "[[Used by over 10,000 yoga teachers]].", SOC, W, "invented social proof")

# X19 piano tuning
pad("X19", "A visit takes about 90 minutes.")
C("X19", "A tuner comes to your home and tunes your upright or grand to A440. Allow about an hour and a half.")
C("X19", "We cover London inside the North and South Circular roads. Book two days ahead at the least; repairs and "
         "regulation are quoted on their own.")
C("X19", "Piano tuning at home: £95 for an upright, £120 for a grand.", "s")
C("X19", "Tuning only, to A440, inside the North and South Circular.", "s")
C("X19", seo("Piano Tuning Visit (Central London) | Hammer & Pin",
             "Home piano tuning to A440 in central London: upright £95, grand £120."), "seo")
F("X19", "[[Minor repairs are included]] at no extra cost.", FEAT, B, "repairs are quoted separately")
F("X19", "[[We cover all of Greater London]].", SHIP, B, "inside the North and South Circular only")
F("X19", "[[Every piano is £95]].", PRICE, B, "upright £95, grand £120")
F("X19", "Pianos are [[tuned to A442]].", NUM, B, "tuned to A440")
F("X19", "Our tuners are [[PTA certified]].", CERT, B, "no certification is given")
F("X19", "[[The tuning is guaranteed to hold for a year]].", WAR, B, "no guarantee is given")

# X20 thin art print
pad("X20", "Fog over Pines, an art print from Loam Press.")
C("X20", "Fog over Pines, an art print by Loam Press.")
C("X20", "An art print called Fog over Pines, $35.")
C("X20", "Fog over Pines print, $35.", "s")
C("X20", "An art print from Loam Press.", "s")
C("X20", qa(("What is it?", "An art print titled Fog over Pines, from Loam Press.")), "faq")
F("X20", "Printed on [[300 gsm cotton rag]].", MAT, B, "no paper is given")
F("X20", "Sized [[A3]] to fit a standard frame.", SIZE, B, "no size is given")
F("X20", "[[Signed and numbered]] by the artist.", FEAT, B, "nothing is said about signing")
F("X20", "[[It ships free in a rigid tube]].", SHIP, B, "no shipping promise is given")
F("X20", "Printed in [[soft greys and greens]].", COL, W, "no colour is given; the title is the picture's name")
F("X20", "[[Printed in Brooklyn]].", ORIG, B, "no origin is given")

# X21 thin wooden spoon
pad("X21", "A wooden spoon, 30 cm long.")
C("X21", "A wooden spoon, about 12 inches long.")
C("X21", "A 30 cm wooden spoon from Kauri Kitchen.")
C("X21", "Wooden spoon, NZ$16.", "s")
C("X21", "A 30 cm spoon in wood for $16.", "s")
C("X21", seo("Wooden Spoon | Kauri Kitchen", "A 30 cm wooden spoon."), "seo")
F("X21", "Carved from [[kauri]] wood.", MAT, B, "no wood is named; Kauri is the vendor's name")
F("X21", "[[It is dishwasher safe]].", CARE, B, "no care is given")
F("X21", "At [[35 cm]] long, it reaches the bottom of any pot.", NUM, B, "30 cm")
F("X21", "[[Hand-carved in Rotorua]].", ORIG, B, "no origin is given")
F("X21", "[[The last spoon you will ever need]].", ABS, W, "an unprovable superlative")
F("X21", "[[Sent in zero-waste packaging]].", ENV, B, "no packaging is given")

# X22 watercolour set (grouped)
pad("X22", "The set has 12 half-pan watercolours, a size 8 round brush and an A5 pad.")
C("X22", "Twelve half-pan watercolours in a metal tin, a size 8 synthetic round brush and an A5 pad of "
         "cold-pressed 300 gsm paper.")
C("X22", "Each piece is sold on its own: the paints for $24, the brush for $9, the pad for $12.")
C("X22", "All three pieces together come to $45.", "s")
C("X22", "An A5 pad with 12 sheets of 300 gsm cold-pressed paper, $12.", "s")
C("X22", qa(("Is the brush natural hair?", "No, it is synthetic."), ("How many colours are there?",
                                                                    "Twelve half pans.")), "faq")
F("X22", "A [[sable]] round brush holds plenty of water.", MAT, B, "the brush is synthetic")
F("X22", "[[24 half pans]] of colour.", NUM, B, "12 half pans")
F("X22", "The whole set is [[$39]].", PRICE, B, "$24 + $9 + $12 = $45")
F("X22", "[[Professional artist-grade]] paints.", CAT, B, "no grade is given")
F("X22", "[[Safe for children of all ages]].", HEALTH, B, "an invented safety claim")
F("X22", "The paints are [[Winsor & Newton]] half pans.", BRAND, B, "the vendor is the only brand")

# X23 kayak (external)
pad("X23", "It is 380 cm long.")
C("X23", "A two-person drop-stitch inflatable kayak, about 12½ feet long and 14 kg, about 31 lb.")
C("X23", "It comes with two paddles, a hand pump and a carry bag. Sold and shipped by our partner Riverline "
         "Sports, who look after delivery, returns and the warranty.")
C("X23", "Inflatable kayak for two, up to 200 kg, £549.", "s")
C("X23", "For lakes and slow rivers; keep it off the sea and out of white water.", "s")
C("X23", qa(("Who handles returns?", "Our partner Riverline Sports, who sell and ship it."),
            ("How much weight can it carry?", "Up to 200 kg.")), "faq")
F("X23", "[[It is safe for sea kayaking]].", COMP, B, "not for the sea or white water")
F("X23", "A [[300 kg]] load limit.", NUM, B, "200 kg load limit")
F("X23", "[[Our two-year warranty]] covers punctures.", WAR, B, "the partner handles warranty; no term given")
F("X23", "[[We ship it free within 24 hours]].", SHIP, B, "shipped by the partner; no promise given")
F("X23", "It includes [[an electric pump]].", FEAT, B, "a hand pump")
F("X23", "The hull is [[recycled, PVC-free fabric]].", ENV, B, "an unsupported environmental claim")
F("X23", "[[A rigid fibreglass hull]] tracks straight.", CAT, B, "a drop-stitch inflatable")

# X24 Savon de Marseille
pad("X24", "It weighs 600 g.", native="Il pèse 600 g.")
C("X24", "A 600 g cube of Marseille soap, cauldron-cooked with 72 % olive oil, made in Salon-de-Provence. No added "
         "fragrance or colour.")
C("X24", "Un cube de 600 g à 72 % d'huile d'olive. Pour le linge, la maison et les mains ; évitez les yeux.")
C("X24", "Cauldron-made olive oil soap, about 1.3 lb, €11.90.", "s")
C("X24", "Sans parfum ajouté, fabriqué à Salon-de-Provence.", "s")
C("X24", qa(("What is it for?", "Laundry, the house and hands; avoid contact with the eyes."),
            ("Is it scented?", "No fragrance is added.")), "faq")
F("X24", "À [[100 % d'huile d'olive]].", NUM, B, "72 % d'huile d'olive", native=True)
F("X24", "[[Parfumé à la lavande]].", MAT, B, "sans parfum ajouté", native=True)
F("X24", "[[Fabriqué à Marseille]].", ORIG, B, "fabriqué à Salon-de-Provence", native=True)
F("X24", "[[It soothes eczema and psoriasis]].", HEALTH, B, "an invented health claim")
F("X24", "[[Ecocert certified organic]].", CERT, B, "no certification is given")
F("X24", "[[Biodegradable and ocean-safe]].", ENV, B, "an unsupported environmental claim")

# X25 tennis balls
pad("X25", "Four balls come in a sealed tube.")
C("X25", "Pressurised tennis balls, four to a sealed tube, ITF approved. The extra-duty felt is made for hard "
         "courts.")
C("X25", "They play on every court surface. Once the tube is open they lose pressure slowly, and they are not dog "
         "toys.")
C("X25", "A tube of four ITF-approved balls, $7.50.", "s")
C("X25", "Extra-duty felt for hard courts; four balls to a tube.", "s")
C("X25", seo("Championship Tennis Balls (4-ball tube) | Baseline Sports",
             "ITF-approved pressurised balls with extra-duty felt, four to a tube, $7.50."), "seo")
F("X25", "[[Pressureless]] balls that never go flat.", CAT, B, "pressurised balls")
F("X25", "[[Six balls]] to a tube.", NUM, B, "four to a tube")
F("X25", "[[They are safe for dogs to chew]].", COMP, B, "not for pet play")
F("X25", "[[The official ball of the US Open]].", CERT, B, "only ITF approval is given")
F("X25", "The felt is [[made from recycled bottles]].", ENV, B, "an unsupported environmental claim")
F("X25", "Made for us by [[Wilson]].", BRAND, B, "the vendor is the only brand")

# X26 corkscrew
pad("X26", "It is 12 cm long closed.")
C("X26", "A double-lever waiter's corkscrew with an olive wood handle and a serrated foil cutter. Closed, it is "
         "about 4¾ inches long.")
C("X26", "The stainless steel mechanism is forged in Thiers. Wash it by hand and oil the wood from time to time; "
         "it does not go in the dishwasher.")
C("X26", "Olive wood sommelier's corkscrew from Thiers, €45.", "s")
C("X26", "Tire-bouchon à double levier, manche en olivier.", "s")
C("X26", qa(("Is it dishwasher safe?", "No. Hand wash it."),
            ("Where is it made?", "The mechanism is forged in Thiers, France.")), "faq")
F("X26", "A [[juniper wood]] handle.", MAT, B, "olive wood")
F("X26", "A [[single-lever]] action.", FEAT, B, "double-lever")
F("X26", "A genuine [[Laguiole]] corkscrew.", BRAND, B, "the vendor is the only brand")
F("X26", "[[Forged in Maniago]].", ORIG, B, "forged in Thiers, France")
F("X26", "[[It can go in the dishwasher]].", CARE, B, "not dishwasher safe")
F("X26", "[[Guaranteed for 25 years]].", WAR, B, "no guarantee is given")

# X27 aquarium heater
pad("X27", "It is a 100 W heater.")
C("X27", "A fully submersible 100 W heater in shatter-resistant quartz glass, for tanks of roughly 16 to 26 US "
         "gallons.")
C("X27", "Set it anywhere from 18 to 34 °C, about 64 to 93 °F; a light comes on while it heats.")
C("X27", "100 W heater for freshwater or saltwater tanks, $27.", "s")
C("X27", "Unplug it and wait half an hour before lifting it out. One-year warranty.", "s")
C("X27", qa(("Can I use it in a marine tank?", "Yes, it is for saltwater as well as freshwater."),
            ("What size tank is it for?", "60 to 100 litres.")), "faq")
F("X27", "Housed in [[titanium]].", MAT, B, "quartz glass")
F("X27", "For tanks up to [[200 litres]].", NUM, B, "60 to 100 litres")
F("X27", "[[Wi-Fi app control]] from your phone.", FEAT, B, "no app or Wi-Fi is listed")
F("X27", "[[Take it straight out of the water]] whenever you need to.", CARE, B,
  "unplug for 30 minutes before taking it out")
F("X27", "A [[three-year warranty]].", WAR, B, "one-year warranty")
F("X27", "[[Recommended by aquarists everywhere]].", SOC, W, "invented social proof")

# X28 keyboard
pad("X28", "It has an aluminium case.")
C("X28", "A 75 % mechanical keyboard in an aluminium case with PBT keycaps. It arrives with tactile brown switches, "
         "and the hot-swap sockets take both 3-pin and 5-pin switches.")
C("X28", "It connects by USB-C cable, which is in the box, and works with Windows and macOS. It weighs about "
         "2.6 lb.")
C("X28", "Atlas 75 in Silver or Space Grey, $149.", "s")
C("X28", "White-backlit, wired, with a two-year warranty.", "s")
C("X28", seo("Atlas 75 Mechanical Keyboard | Keyward",
             "A 75 % hot-swap keyboard with an aluminium case, PBT keycaps and brown switches. Wired USB-C."), "seo")
F("X28", "[[Pairs with an iPad or Android phone over Bluetooth]].", COMP, B, "wired over USB-C only")
F("X28", "[[Full RGB]] backlighting.", COL, B, "white backlight")
F("X28", "It ships with [[linear red switches]].", FEAT, B, "tactile brown switches")
F("X28", "[[ABS keycaps]] on top.", MAT, B, "PBT keycaps")
F("X28", "It weighs [[just 600 g]].", NUM, B, "1.2 kg")
F("X28", "A [[five-year warranty]].", WAR, B, "two-year warranty")
F("X28", "[[The best keyboard for programmers]].", ABS, W, "an unprovable superlative")

# X29 lip balm
pad("X29", "It comes in a 4.5 g tube.")
C("X29", "Beeswax, shea butter, sunflower oil and calendula extract in a plastic-free paper tube of 4.5 g. It is "
         "unscented.")
C("X29", "Made in small batches in Burlington, VT. There is no SPF in it.")
C("X29", "Unscented calendula lip balm, $6.", "s")
C("X29", "A lip balm in a paper tube, made in Vermont.", "s")
C("X29", qa(("Does it have SPF?", "No."), ("Is it vegan?", "No, it contains beeswax.")), "faq")
F("X29", "With [[SPF 15]] for sunny days.", FEAT, B, "no SPF")
F("X29", "A touch of [[lavender oil]].", MAT, B, "unscented; no lavender in the ingredients")
F("X29", "[[It heals cold sores]].", HEALTH, B, "an invented health claim")
F("X29", "[[Leaping Bunny certified]].", CERT, B, "no certification is given")
F("X29", "A [[10 g]] tube.", NUM, B, "4.5 g")
F("X29", "[[Made in Portland, Maine]].", ORIG, B, "made in Burlington, Vermont")

# X30 titanium mug
pad("X30", "It holds 450 ml.")
C("X30", "A single-wall titanium camp mug of 450 ml, roughly 15 fl oz, with folding handles and a lid.")
C("X30", "At 68 g, under 2½ oz, it can sit straight on a stove or in a fire. Keep it out of the microwave, and use "
         "a glove on the handles: they get hot.")
C("X30", "Titanium camp mug, 450 ml with lid, $34.", "s")
C("X30", "Folding handles and a lid on a mug that weighs sixty-eight grams.", "s")
C("X30", qa(("Can I put it on the fire?", "Yes, straight on a stove or a fire."),
            ("Can it go in the microwave?", "No.")), "faq")
F("X30", "[[Double-wall]] to keep drinks hot.", FEAT, B, "single-wall")
F("X30", "[[It is microwave safe]].", CARE, B, "not for the microwave")
F("X30", "[[Silicone-coated handles]] stay cool.", MAT, B, "the handles get hot; no silicone")
F("X30", "It holds [[600 ml]].", NUM, B, "450 ml")
F("X30", "[[Made in Japan]] from aerospace titanium.", ORIG, B, "no origin is given")
F("X30", "[[Guaranteed for life]].", WAR, B, "no guarantee is given")
F("X30", "[[The lightest mug on the trail]].", ABS, W, "an unprovable superlative")


def _html(paragraphs):
    return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)


def _serialise(kind, draft):
    if kind == "seo":
        return json.dumps({"title": draft[0], "description": draft[1]}, ensure_ascii=False)
    if kind == "faq":
        return json.dumps([{"question": q, "answer": a} for q, a in draft], ensure_ascii=False)
    return _html([draft] if isinstance(draft, str) else draft)


def _strip_marks(marked):
    claim = re.search(r"\[\[(.+?)\]\]", marked).group(1)
    assert marked.count("[[") == 1, marked
    return marked.replace("[[", "").replace("]]", ""), claim


def _locate(kind, text, sentence, claim):
    """Offsets of the claim inside the serialised text, searched from where the sentence stands."""
    if kind in ("seo", "faq"):
        enc_sentence, enc_claim = json.dumps(sentence, ensure_ascii=False)[1:-1], json.dumps(
            claim, ensure_ascii=False)[1:-1]
    else:
        enc_sentence, enc_claim = html.escape(sentence, quote=False), html.escape(claim, quote=False)
    at = text.index(enc_sentence)
    start = text.index(enc_claim, at)
    assert start + len(enc_claim) <= at + len(enc_sentence)
    return start, start + len(enc_claim), enc_claim


CYCLE = ("description", "short_description", "seo", "description", "faq", "short_description", "seo")


def _recast():
    listings = make_listings.build()
    out = []
    seen = {}
    for row in FAULTY:
        key = row["listing"]
        n = seen.get(key, 0)
        seen[key] = n + 1
        kind = row["kind"] or CYCLE[n % len(CYCLE)]
        sentence, claim = _strip_marks(row["draft"])
        p = PADS[key]
        padding = p["native"] if row["native"] else p["en"]
        if kind == "description":
            draft = [padding, sentence] if n % 2 == 0 else [sentence, padding]
        elif kind == "short_description":
            draft = sentence
        elif kind == "seo":
            lst = listings[key]
            draft = (f"{lst['title']} | {lst['vendor']}", sentence)
        else:
            draft = [(p["q_native"] if row["native"] else p["q"], sentence)]
        text = _serialise(kind, draft)
        start, end, enc_claim = _locate(kind, text, sentence, claim)
        assert text[start:end] == enc_claim
        out.append({"listing": key, "kind": kind, "text": text,
                    "labels": [{"rule": row["rule"], "start": start, "end": end, "claim": enc_claim,
                                "severity": row["severity"], "why": row["why"]}]})
    return out


def build():
    kinds = {"d": "description", "s": "short_description", "seo": "seo", "faq": "faq"}
    clean = []
    for key, kind, draft in CLEAN:
        k = kinds[kind]
        clean.append({"listing": key, "kind": k, "text": _serialise(k, draft), "labels": []})
    return clean, _recast()
