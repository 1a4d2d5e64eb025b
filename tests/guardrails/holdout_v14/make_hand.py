"""Hand-written clean and faulty drafts for guardrails holdout v14 (written blind by guardv14, 2026-12-05).

Clean drafts are true to their listing. Faulty drafts are one sentence each with exactly one planted
unsupported claim marked [[...]]; _recast() turns each listing's faulty sentences in turn into a description
(with one more true sentence after it), a short description, an SEO pair under the listing's own title and
vendor, or a one-answer FAQ. Offsets are computed on the stored text (markup or JSON).
"""
import html
import json
import re

import make_listings

A, B = "\ue000", "\ue001"  # claim markers while serialising; removed before storing
CLEAN = []
FAULTY = []


def C(listing, draft, kind="d"):
    CLEAN.append((listing, draft, kind))


def F(listing, draft, rule, severity, why, kind="s"):
    FAULTY.append((listing, draft, rule, severity, why))


def qa(*pairs):
    return [{"question": q, "answer": a} for q, a in pairs]


def seo(title, description):
    return {"title": title, "description": description}


def _html(text):
    return "".join(f"<p>{html.escape(p.strip(), quote=False)}</p>" for p in text.split("\n") if p.strip())


def _serialise(kind, draft):
    if kind in ("d", "s"):
        return _html(draft)
    return json.dumps(draft, ensure_ascii=False)


def _strip_marks(marked):
    """Text without markers, and the (start, end, claim) of the one marked claim."""
    start = marked.index(A)
    end = marked.index(B) - 1
    text = marked.replace(A, "").replace(B, "")
    return text, start, end, text[start:end]


KIND = {"d": "description", "s": "short_description", "seo": "seo", "faq": "faq"}
TRUE = {}
Q = "What should I know before I buy?"

# Y01 fountain pen
TRUE["Y01"] = "It fills from cartridges or the converter in the box."
C("Y01", "The Quillmere fountain pen is a refillable pen in acrylic resin with a fine stainless steel nib. Fill it from cartridges or from the converter that comes in the box, and it lays down a line of about half a millimetre.")
C("Y01", "A German-made fountain pen, about 5.4 in long with the cap on and just 22 g in the hand.\nChoose Teal or Amber resin; both have the same fine steel nib.")
C("Y01", "Fine-nibbed, refillable and made in Germany: a resin fountain pen in Teal or Amber for €48.", "s")
C("Y01", "Writes a fine line of roughly 0.5 mm, from a cartridge or the included converter.", "s")
C("Y01", seo("Piston Fountain Pen in Teal or Amber | Quillmere", "A refillable resin fountain pen with a fine steel nib, made in Germany. Cartridges or the included converter; 13.6 cm capped, 22 g."), "seo")
F("Y01", "The nib is [[14k gold]], tipped for a fine line.", "accuracy.material", "block", "the nib is stainless steel")
F("Y01", "Its body is turned from [[ebonite]].", "accuracy.material", "block", "the body is acrylic resin")
F("Y01", "[[Made in Japan]] to a fine standard.", "accuracy.origin", "block", "made in Germany")
F("Y01", "Available in Teal, Amber and [[Burgundy]].", "accuracy.colour", "block", "the colours are Teal and Amber")
F("Y01", "[[A bottle of ink]] comes in the box with the converter.", "accuracy.feature", "block", "only the converter is included")
F("Y01", "At [[€39]], it is an easy first fountain pen.", "accuracy.price", "block", "the price is €48.00")
F("Y01", "The [[lifetime warranty]] covers the nib.", "accuracy.warranty", "block", "the listing gives no warranty")

# Y02 yarn
TRUE["Y02"] = "Knit it on 5 mm needles."
C("Y02", "Aran-weight yarn in pure Bluefaced Leicester wool, spun in Yorkshire. Every 100 g skein runs to about 180 m, roughly 197 yards.")
C("Y02", "Knit it on 5 mm needles (US 8) in Heather, Moss or Oatmeal.\nHand wash at 30 °C, about 86 °F.")
C("Y02", "100% British wool, spun in Yorkshire: an Aran yarn at £9.50 a 100 g skein.", "s")
C("Y02", "Bluefaced Leicester Aran in three shades, about 180 m a skein; hand wash only.", "s")
C("Y02", qa(("What needles does it need?", "5 mm needles. Each 100 g skein is about 180 m of Aran-weight yarn.")), "faq")
F("Y02", "Spun from [[merino]] for softness.", "accuracy.material", "block", "100% Bluefaced Leicester wool")
F("Y02", "[[Machine washable]] at 30 °C.", "accuracy.care", "block", "hand wash at 30 °C")
F("Y02", "Each skein is [[200 m]] of Aran yarn.", "accuracy.size", "block", "about 180 m per 100 g")
F("Y02", "[[Organic]] Bluefaced Leicester wool.", "accuracy.certification", "block", "no organic certification given")
F("Y02", "Spun in [[Cornwall]].", "accuracy.origin", "block", "spun in Yorkshire")
F("Y02", "Choose Heather, Moss, Oatmeal or [[Charcoal]].", "accuracy.colour", "block", "three colours, no Charcoal")

# Y03 aquarium heater
TRUE["Y03"] = "Set the dial anywhere from 18 to 32 °C."
C("Y03", "A fully submersible aquarium heater in borosilicate glass with a dial from 18 to 32 °C. Pick 50 W for tanks of 40-75 litres or 100 W for 75-150 litres.")
C("Y03", "Works in freshwater and marine tanks, with a 1.8 m cable (about 6 ft) and a one-year warranty.\nAlways unplug it before taking it out of the water.")
C("Y03", "An adjustable heater for 10-40 gallon tanks, $29.99 (50 W) or $34.99 (100 W).", "s")
C("Y03", "Set it anywhere from 64 to 90 °F; the glass tube sits fully under water.", "s")
C("Y03", seo("Adjustable Aquarium Heater 50 W / 100 W | Reefwell", "Submersible borosilicate heater, 18-32 °C, for tanks of 40-150 L. Freshwater or marine, 1-year warranty."), "seo")
F("Y03", "A [[titanium]] tube that cannot crack.", "accuracy.material", "block", "the tube is borosilicate glass")
F("Y03", "The 100 W model heats tanks up to [[300 L]].", "accuracy.size", "block", "100 W suits 75-150 L")
F("Y03", "Set it between 18 and [[35 °C]].", "accuracy.number", "block", "the range is 18-32 °C")
F("Y03", "Covered by a [[three-year warranty]].", "accuracy.warranty", "block", "1-year warranty")
F("Y03", "It [[switches itself off when out of the water]], so you can lift it out while it is on.", "accuracy.feature", "block", "the listing says to unplug it before lifting it out")
F("Y03", "Safe for [[turtle tanks]] as well as fish.", "accuracy.compatibility", "warn", "the listing names freshwater and marine tanks only")

# Y04 guitar strings
TRUE["Y04"] = "Gauges 12-16-24-32-42-53."
C("Y04", "Three sets of light phosphor bronze strings for steel-string acoustics, gauged 12-16-24-32-42-53. They are uncoated, with a hex steel core.")
C("Y04", "Made in the USA.\nPhosphor bronze (92/8) wrap over hex steel; not for nylon-string classical guitars.")
C("Y04", "A three-pack of light 12-53 acoustic strings for $19.99.", "s")
C("Y04", "Uncoated 92/8 phosphor bronze, three sets to a pack, made in the USA.", "s")
C("Y04", qa(("Will these fit my classical guitar?", "No. They are for steel-string acoustic guitars only.")), "faq")
F("Y04", "[[Coated]] to last longer between changes.", "accuracy.feature", "block", "the strings are uncoated")
F("Y04", "An [[80/20 bronze]] wrap for a bright tone.", "accuracy.material", "block", "phosphor bronze 92/8")
F("Y04", "[[Five sets]] in every pack.", "accuracy.number", "block", "three sets")
F("Y04", "Light gauges, [[11-52]].", "accuracy.size", "block", "the gauges are 12-53")
F("Y04", "Made in [[Mexico]].", "accuracy.origin", "block", "made in the USA")
F("Y04", "Great on [[classical and flamenco guitars]] too.", "accuracy.compatibility", "block", "not for classical guitars")

# Y05 yoga mat
TRUE["Y05"] = "It measures 183 x 61 cm."
C("Y05", "A grippy yoga mat: polyurethane on top, natural rubber underneath. It measures 183 x 61 cm (about 72 x 24 in) and is 4 mm thick.")
C("Y05", "At 2.5 kg (about 5.5 lb) it lies flat and stays put.\nWipe it with a damp cloth and keep it out of direct sunlight; the base contains latex.")
C("Y05", "A 4 mm natural rubber mat with a PU top, in Clay or Eucalyptus.", "s")
C("Y05", "Made with natural rubber, so it contains latex; clean it with a damp cloth.", "s")
C("Y05", seo("Natural Rubber Yoga Mat 4 mm | Saltbush", "Polyurethane top on natural rubber, 183 x 61 cm and 4 mm thick, in Clay or Eucalyptus. Wipe clean with a damp cloth."), "seo")
F("Y05", "A [[latex-free]] natural rubber base.", "compliance.health", "block", "the listing says it contains latex")
F("Y05", "[[6 mm]] of cushioning under every pose.", "accuracy.size", "block", "4 mm thick")
F("Y05", "Just [[1.2 kg]], light enough to carry anywhere.", "accuracy.number", "block", "it weighs 2.5 kg")
F("Y05", "[[Machine washable]] on a gentle cycle.", "accuracy.care", "block", "wipe with a damp cloth")
F("Y05", "Choose Clay, Eucalyptus or [[Ocean]].", "accuracy.colour", "block", "Clay and Eucalyptus only")
F("Y05", "A [[cork]] top for a natural grip.", "accuracy.material", "block", "the top is polyurethane")

# Y06 sencha
TRUE["Y06"] = "Brew it at 70 °C for about 60 seconds."
C("Y06", "静岡県牧之原産のやぶきたを使った深蒸し煎茶。2026年の一番茶です。")
C("Y06", "A deep-steamed sencha of Yabukita leaves from Makinohara in Shizuoka, from the first picking of 2026.\nBrew it at 70 °C (158 °F) for about a minute.")
C("Y06", "Shizuoka sencha, 100 g for ¥1,600 or 200 g for ¥3,000.", "s")
C("Y06", "Loose-leaf deep-steamed sencha; keep it away from heat and humidity.", "s")
C("Y06", qa(("How should I brew it?", "Use water at 70 °C and steep for about 60 seconds.")), "faq")
F("Y06", "Grown in [[Uji, Kyoto]].", "accuracy.origin", "block", "from Makinohara, Shizuoka")
F("Y06", "[[Organic]] first-flush leaves.", "accuracy.certification", "block", "no organic certification given")
F("Y06", "Brew at [[90 °C]] for a full flavour.", "accuracy.number", "block", "brew at 70 °C")
F("Y06", "Leaves from the [[2025]] first picking.", "accuracy.number", "block", "2026 first flush")
F("Y06", "A [[matcha]] to whisk into a bowl.", "accuracy.category", "block", "a loose-leaf sencha, not matcha")
F("Y06", "Rich in antioxidants that [[lower blood pressure]].", "compliance.health", "block", "a medical claim the listing does not make")
F("Y06", "Also sold in a [[500 g]] bag.", "accuracy.size", "block", "100 g and 200 g only")

# Y07 candle
TRUE["Y07"] = "It burns for about 40 hours."
C("Y07", "Ett doftljus med fikondoft, gjort av rapsvax med bomullsveke. Det brinner i ungefär 40 timmar.")
C("Y07", "A fig-scented candle made in Sweden from rapeseed wax, with a cotton wick, in a jar of recycled glass.\nThe candle is 220 g and burns for around 40 hours.")
C("Y07", "Vegan rapeseed-wax candle scented with fig, 249 kr.", "s")
C("Y07", "Swedish-made, about 40 hours of burn time; never leave it burning unattended.", "s")
C("Y07", seo("Doftljus Fikon | Ljusgården", "Fig-scented rapeseed wax candle with a cotton wick, made in Sweden. Burns for about 40 hours in a recycled glass jar."), "seo")
F("Y07", "Hand-poured [[soy wax]] in a glass jar.", "accuracy.material", "block", "the wax is rapeseed")
F("Y07", "Burns for [[60 hours]].", "accuracy.number", "block", "about 40 hours")
F("Y07", "A [[wooden wick]] that crackles as it burns.", "accuracy.material", "block", "a cotton wick")
F("Y07", "Scented with [[fig and vanilla]].", "accuracy.material", "block", "the scent is fig alone")
F("Y07", "Made in [[Norway]].", "accuracy.origin", "block", "made in Sweden")
F("Y07", "[[Non-toxic]] and safe to burn around babies.", "compliance.health", "block", "a safety claim the listing does not make")
F("Y07", "[[Plastic-free packaging]] from start to finish.", "compliance.environmental", "warn", "the listing says nothing about packaging")

# Y08 chess set
TRUE["Y08"] = "The pieces store inside the folding board."
C("Y08", "Hand-carved chess pieces in sheesham and boxwood, weighted and felted, that pack away inside their own folding board. The board is 40 x 40 cm (about 15.7 in) with 4.5 cm squares.")
C("Y08", "Made in Amritsar, India.\nThe king stands 8.9 cm tall, about 3.5 in, and the board is inlaid with maple.")
C("Y08", "A handmade folding chess set from Amritsar for ₹4,500.", "s")
C("Y08", "Weighted sheesham and boxwood pieces on felt bases, stored inside the board.", "s")
C("Y08", qa(("Does the board hold the pieces?", "Yes. The board folds and the pieces store inside it.")), "faq")
F("Y08", "Pieces carved from [[rosewood and ebony]].", "accuracy.material", "block", "sheesham and boxwood")
F("Y08", "The king stands [[10 cm]] tall.", "accuracy.size", "block", "8.9 cm")
F("Y08", "Carved in [[Jaipur]].", "accuracy.origin", "block", "made in Amritsar")
F("Y08", "A board of [[50 x 50 cm]].", "accuracy.size", "block", "40 x 40 cm")
F("Y08", "[[A spare queen for each side]] is included.", "accuracy.feature", "block", "no spare pieces are listed")
F("Y08", "[[FIDE approved]] for tournament play.", "accuracy.certification", "block", "no approval given")

# Y09 bike light
TRUE["Y09"] = "It charges over USB-C in 3 hours."
C("Y09", "Een oplaadbare koplamp van 400 lumen met vijf standen. Laadt in 3 uur op via USB-C.")
C("Y09", "A rechargeable 400-lumen front light with five modes and 2 to 12 hours of light per charge.\nIt charges over USB-C in three hours and clamps to handlebars of 22-32 mm.")
C("Y09", "400 lumens, IPX4 splash resistance and USB-C charging for €39.95.", "s")
C("Y09", "A 2000 mAh lithium-ion front light that runs for up to 12 hours.", "s")
C("Y09", seo("Koplamp USB-C 400 | Trapkracht", "Rechargeable 400-lumen bike light, five modes, 2-12 hours per charge, USB-C in 3 hours, IPX4 splash-proof."), "seo")
F("Y09", "[[800 lumens]] on the brightest setting.", "accuracy.number", "block", "400 lumen")
F("Y09", "[[Waterproof to IPX7]], even in a downpour.", "accuracy.certification", "block", "IPX4 splash resistance")
F("Y09", "Runs for up to [[20 hours]].", "accuracy.number", "block", "2-12 hours")
F("Y09", "Charges in [[one hour]].", "accuracy.number", "block", "3 hours over USB-C")
F("Y09", "[[StVZO approved]] for German roads.", "accuracy.certification", "block", "no StVZO approval given")
F("Y09", "[[Includes a matching rear light]].", "accuracy.feature", "block", "a front light only")

# Y10 climbing rope
TRUE["Y10"] = "It weighs 62 g per metre."
C("Y10", "A 9.8 mm single dynamic rope for sport climbing and the gym, certified to EN 892 and UIAA 101. It holds 6 UIAA falls and weighs 62 g a metre.")
C("Y10", "Choose 60 m for CHF 189 or 70 m for CHF 219.\nMade in the Czech Republic; the sheath is untreated, so keep it for rock and plastic, not ice.")
C("Y10", "A Czech-made 9.8 mm single rope, 60 or 70 m.", "s")
C("Y10", "Rated for 6 UIAA falls at 62 g/m; not dry-treated.", "s")
C("Y10", seo("Dynamic Climbing Rope 9.8 mm, 60/70 m | Kletterwerk", "Single dynamic rope, EN 892 and UIAA 101, 6 falls, 62 g/m. Made in the Czech Republic for sport climbing and the gym."), "seo")
F("Y10", "A [[dry-treated]] sheath for wet days.", "accuracy.feature", "block", "the sheath is not dry-treated")
F("Y10", "Rated for [[9 UIAA falls]].", "accuracy.number", "block", "6 UIAA falls")
F("Y10", "Certified as a [[half and twin rope]] too.", "accuracy.certification", "block", "a single rope only")
F("Y10", "Also available in [[80 m]].", "accuracy.size", "block", "60 m and 70 m only")
F("Y10", "Made in [[Switzerland]].", "accuracy.origin", "block", "made in the Czech Republic")
F("Y10", "[[The safest rope you can buy]].", "compliance.absolute", "warn", "an unprovable superlative")
F("Y10", "A [[9.5 mm]] diameter keeps it light.", "accuracy.size", "block", "9.8 mm")

# Y11 dog harness
TRUE["Y11"] = "It has reflective trim and an aluminium D-ring."
C("Y11", "A padded nylon harness with a back clip and a chest clip, reflective trim and an aluminium D-ring. Machine wash it cold and let it air dry.")
C("Y11", "Measure your dog's chest: S fits 40-55 cm, M 55-70 cm and L 70-90 cm.\nComes in Rust or Pine.")
C("Y11", "Padded walking harness in Rust or Pine, C$44 in every size.", "s")
C("Y11", "Mesh-lined foam padding and two places to clip the lead.", "s")
C("Y11", qa(("Can I wash it?", "Yes: machine wash cold, then air dry.")), "faq")
F("Y11", "A [[stainless steel]] D-ring.", "accuracy.material", "block", "the D-ring is aluminium")
F("Y11", "[[Tumble dry]] on low.", "accuracy.care", "block", "air dry")
F("Y11", "Size L fits chests up to [[100 cm]].", "accuracy.size", "block", "L is 70-90 cm")
F("Y11", "[[Escape-proof]] for even the wiliest dog.", "compliance.absolute", "warn", "an absolute the listing does not make")
F("Y11", "[[Vet-recommended]] for daily walks.", "compliance.social_proof", "warn", "no endorsement given")
F("Y11", "Comes in Rust, Pine and [[Sky]].", "accuracy.colour", "block", "Rust and Pine only")
F("Y11", "[[Waterproof]] padding that never soaks up rain.", "accuracy.feature", "block", "mesh-lined foam; no waterproofing given")

# Y12 olive oil
TRUE["Y12"] = "Store it away from light."
C("Y12", "Extra virgin olive oil pressed from Koroneiki olives in Messinia, cold extracted within six hours of picking. Acidity is no more than 0.3 %.")
C("Y12", "Εξαιρετικό παρθένο ελαιόλαδο ΠΟΠ Καλαμάτα από τη συγκομιδή του Νοεμβρίου 2026.\nΦυλάξτε το μακριά από το φως.")
C("Y12", "PDO Kalamata Koroneiki oil, €14 for 500 ml or €24 for a litre.", "s")
C("Y12", "Harvested in November 2026 in Messinia, Greece; store it out of the light.", "s")
C("Y12", seo("Εξαιρετικό Παρθένο Ελαιόλαδο Κορωνέικη | Ελαιώνας Μανιάτη", "Koroneiki extra virgin olive oil, PDO Kalamata, acidity at most 0.3 %, cold extracted within six hours of picking."), "seo")
F("Y12", "Acidity below [[0.1 %]].", "accuracy.number", "block", "at most 0.3 %")
F("Y12", "[[Organic]] Koroneiki olives.", "accuracy.certification", "block", "PDO only; no organic certification")
F("Y12", "From groves on [[Crete]].", "accuracy.origin", "block", "from Messinia")
F("Y12", "A blend of Koroneiki and [[Manaki]] olives.", "accuracy.material", "block", "Koroneiki only")
F("Y12", "Extracted within [[two hours]] of picking.", "accuracy.number", "block", "within six hours")
F("Y12", "[[Lowers cholesterol]] naturally.", "compliance.health", "block", "a medical claim")

# Y13 watercolours
TRUE["Y13"] = "The tin's lid is a mixing palette."
C("Y13", "Twelve student-grade watercolour half pans in a metal tin whose lid doubles as a mixing palette. The paints are bound with gum arabic and made in France.")
C("Y13", "A compact half-pan set for £28: twelve pans, one tin, and a lid to mix on.")
C("Y13", "French-made student watercolours, 12 half pans in a tin.", "s")
C("Y13", "Gum arabic-bound half pans with a mixing lid built into the tin.", "s")
C("Y13", qa(("Is there somewhere to mix colours?", "Yes, the metal tin's lid is a mixing palette.")), "faq")
F("Y13", "[[Artist-grade]] pigments in every pan.", "accuracy.feature", "block", "student grade")
F("Y13", "[[24 half pans]] in the tin.", "accuracy.number", "block", "12 half pans")
F("Y13", "Bound with [[honey and gum arabic]].", "accuracy.material", "block", "gum arabic only")
F("Y13", "Made in [[England]].", "accuracy.origin", "block", "made in France")
F("Y13", "Made by [[Atelier Brune]] in France.", "accuracy.brand", "block", "the vendor is Atelier Brume")
F("Y13", "[[AP-certified]] non-toxic paints.", "accuracy.certification", "block", "no certification given")

# Y14 umbrella
TRUE["Y14"] = "It has eight fibreglass ribs."
C("Y14", "A storm umbrella with eight fibreglass ribs and a 120 cm pongee canopy, wind tested to 90 km/h. It opens by hand and weighs 520 g.")
C("Y14", "Steel shaft, fibreglass ribs and a canopy about 47 in across, in Black or Navy.\nLet it dry open before folding it away.")
C("Y14", "Wind tested to 90 km/h (about 56 mph), NZ$79.", "s")
C("Y14", "Manual-open storm umbrella with a steel shaft and eight fibreglass ribs.", "s")
C("Y14", seo("Storm Umbrella, 120 cm, Black or Navy | Windward", "Eight fibreglass ribs, a pongee polyester canopy and a steel shaft, wind tested to 90 km/h. Manual open, 520 g."), "seo")
F("Y14", "[[Automatic]] opening at the touch of a button.", "accuracy.feature", "block", "manual open")
F("Y14", "Wind tested to [[120 km/h]].", "accuracy.number", "block", "90 km/h")
F("Y14", "[[Carbon fibre]] ribs.", "accuracy.material", "block", "fibreglass ribs")
F("Y14", "A [[lifetime guarantee]] against wind damage.", "accuracy.warranty", "block", "no guarantee given")
F("Y14", "In Black, Navy or [[Yellow]].", "accuracy.colour", "block", "Black and Navy only")
F("Y14", "A [[UPF 50+]] canopy for sunny days.", "accuracy.certification", "block", "no UPF rating given")

# Y15 sunglasses
TRUE["Y15"] = "A hard case and a cloth come with them."
C("Y15", "Acetate sunglasses with polarised polycarbonate lenses, filter category 3 and UV400 protection. A hard case and a cleaning cloth come with them.")
C("Y15", "Tortoise or Black acetate frames with 50 mm lenses, ₩89,000.\nThey are not for driving at night.")
C("Y15", "Polarised, UV400 and category 3, in Tortoise or Black.", "s")
C("Y15", "50 mm polarised lenses in acetate frames; case and cloth included.", "s")
C("Y15", qa(("Can I drive at night with them?", "No, they are not for night driving.")), "faq")
F("Y15", "[[Glass]] lenses for clear vision.", "accuracy.material", "block", "polycarbonate lenses")
F("Y15", "Filter [[category 4]] for glaciers.", "accuracy.certification", "block", "category 3")
F("Y15", "[[Prescription-ready]] frames.", "accuracy.compatibility", "block", "no prescription fitting given")
F("Y15", "[[Titanium]] hinges.", "accuracy.material", "block", "the listing gives acetate frames and no hinge material")
F("Y15", "Also in [[Crystal Pink]].", "accuracy.colour", "block", "Tortoise and Black only")
F("Y15", "Handmade in [[Italy]].", "accuracy.origin", "block", "no origin given")

# Y16 skateboard deck
TRUE["Y16"] = "It is 8.25 in wide and 31.9 in long."
C("Y16", "A 7-ply Canadian maple deck, 8.25 in wide (about 21 cm) and 31.9 in long, with a 14.25 in wheelbase and a medium concave. It is the deck only: trucks, wheels and grip tape are not included.")
C("Y16", "Build your own setup on this 8.25-inch deck.\nBring your own trucks, wheels and grip tape.")
C("Y16", "An 8.25 x 31.9 in maple deck, $64, deck only.", "s")
C("Y16", "Seven plies of Canadian maple with a medium concave.", "s")
C("Y16", seo("Skateboard Deck 8.25\" | Curbline", "7-ply Canadian maple, 8.25 x 31.9 in, 14.25 in wheelbase, medium concave. Deck only; trucks, wheels and grip not included."), "seo")
F("Y16", "A [[complete skateboard]], ready to ride.", "accuracy.category", "block", "deck only")
F("Y16", "[[8-ply]] Canadian maple.", "accuracy.number", "block", "7-ply")
F("Y16", "A [[14.5 in]] wheelbase.", "accuracy.size", "block", "14.25 in")
F("Y16", "A [[steep]] concave for technical tricks.", "accuracy.feature", "block", "medium concave")
F("Y16", "A [[bamboo]] core for extra pop.", "accuracy.material", "block", "7-ply maple")
F("Y16", "At [[$54]], a deck for every budget.", "accuracy.price", "block", "the price is $64.00")
F("Y16", "A [[Curbside]] deck.", "accuracy.brand", "block", "the vendor is Curbline")

# Y17 telescope
TRUE["Y17"] = "It has a 700 mm focal length."
C("Y17", "Rifrattore 70/700 con montatura altazimutale e treppiede in alluminio. Due oculari, da 25 mm e da 10 mm.")
C("Y17", "A 70 mm refractor with a 700 mm focal length on an altazimuth mount and aluminium tripod.\nThe 25 mm and 10 mm eyepieces give 28x and 70x.")
C("Y17", "A 70/700 refractor with two eyepieces, €149.", "s")
C("Y17", "Aluminium tripod, altazimuth mount; never point it at the Sun.", "s")
C("Y17", qa(("Which eyepieces come with it?", "Two: 25 mm and 10 mm.")), "faq")
F("Y17", "A [[90 mm]] aperture.", "accuracy.size", "block", "70 mm")
F("Y17", "Includes [[a 2x Barlow lens]].", "accuracy.feature", "block", "two eyepieces only")
F("Y17", "A [[wooden]] tripod.", "accuracy.material", "block", "aluminium tripod")
F("Y17", "An [[equatorial]] mount for tracking.", "accuracy.feature", "block", "altazimuth mount")
F("Y17", "Safe for [[viewing the Sun]] without a filter.", "compliance.health", "block", "the listing says never look at the Sun")
F("Y17", "Magnifies up to [[525x]].", "accuracy.number", "block", "28x and 70x with the eyepieces given")

# Y18 sleeping bag
TRUE["Y18"] = "It weighs 1.4 kg."
C("Y18", "Dekový spací pytel s výplní z dutého vlákna, komfort 5 °C a limit 0 °C. Váží 1,4 kg.")
C("Y18", "A rectangular sleeping bag with hollow polyester fibre fill, comfortable to 5 °C (41 °F) with a limit of 0 °C.\nIt measures 220 x 80 cm and weighs 1.4 kg, about 3 lb.")
C("Y18", "Made in Czechia, 2,490 Kč, with the zip on the left or the right.", "s")
C("Y18", "Synthetic-filled, comfort 5 °C, limit 0 °C.", "s")
C("Y18", seo("Spacák Krkonoše 5 | Horal", "Rectangular sleeping bag, hollow-fibre fill, comfort 5 °C, limit 0 °C, 220 x 80 cm, 1.4 kg. Made in Czechia, left or right zip."), "seo")
F("Y18", "[[Goose down]] fill.", "accuracy.material", "block", "hollow polyester fibre")
F("Y18", "Comfortable down to [[-5 °C]].", "accuracy.number", "block", "comfort 5 °C")
F("Y18", "Weighs just [[900 g]].", "accuracy.number", "block", "1.4 kg")
F("Y18", "Made in [[Slovakia]].", "accuracy.origin", "block", "made in Czechia")
F("Y18", "[[Compression sack included]].", "accuracy.feature", "block", "no sack listed")
F("Y18", "A [[mummy]] cut that hugs the body.", "accuracy.feature", "block", "a rectangular (deka) bag")

# Y19 headphones (external product)
TRUE["Y19"] = "They have 40 mm drivers."
C("Y19", "Closed-back studio headphones with 40 mm drivers and 32-ohm impedance, wired only. The 3 m cable detaches and ends in a 3.5 mm plug, with a 6.35 mm adapter.")
C("Y19", "Sold and shipped by our partner store, which takes care of delivery, warranty and returns.\nA cable of about 10 ft gives room to move.")
C("Y19", "Wired closed-back headphones, $99, with a detachable 3 m cable.", "s")
C("Y19", "40 mm drivers, 32 Ω, 3.5 mm plug plus 6.35 mm adapter.", "s")
C("Y19", qa(("Who handles returns?", "Our partner store, which sells and ships them, handles delivery, warranty and returns.")), "faq")
F("Y19", "[[Bluetooth]] for wireless listening.", "accuracy.feature", "block", "wired only")
F("Y19", "[[50 mm]] drivers.", "accuracy.size", "block", "40 mm drivers")
F("Y19", "[[Free next-day delivery]] from our warehouse.", "compliance.shipping", "block", "the partner store handles delivery")
F("Y19", "A [[two-year warranty]] from us.", "accuracy.warranty", "block", "the partner store handles warranty; no term given")
F("Y19", "[[250 ohm]] impedance.", "accuracy.number", "block", "32 ohms")
F("Y19", "[[Used in top recording studios worldwide]].", "compliance.social_proof", "warn", "no evidence given")

# Y20 knife sharpening service
TRUE["Y20"] = "We sharpen by hand on whetstones in Sheffield."
C("Y20", "Send us your kitchen knives and we sharpen them by hand on whetstones in our Sheffield workshop. They are back in the post within seven working days.")
C("Y20", "£12 for one knife or £30 for three.\nWe cannot take serrated or ceramic knives, and we post to UK addresses only.")
C("Y20", "Hand sharpening on whetstones, Sheffield, back within 7 working days.", "s")
C("Y20", "Three knives for £30; UK addresses only.", "s")
C("Y20", seo("Knife Sharpening by Post | Hallam Edge", "Kitchen knives sharpened by hand on whetstones in Sheffield and posted back within 7 working days. From £12 a knife, UK only."), "seo")
F("Y20", "We also sharpen [[serrated bread knives]].", "accuracy.feature", "block", "no serrated knives")
F("Y20", "Back with you in [[48 hours]].", "compliance.shipping", "block", "within 7 working days")
F("Y20", "[[Free return postage]] on every order.", "compliance.shipping", "block", "no free postage given")
F("Y20", "Sharpened [[on a belt grinder]].", "accuracy.feature", "block", "by hand on whetstones")
F("Y20", "We post [[worldwide]].", "compliance.shipping", "block", "UK addresses only")
F("Y20", "Just [[£10]] a knife.", "accuracy.price", "block", "£12 for one knife")

# Y21 thin: ceramic plant pot (title and price only)
TRUE["Y21"] = "It is made of ceramic."
C("Y21", "A ceramic pot for your plants.")
C("Y21", "A ceramic plant pot for €18.")
C("Y21", "Ceramic Plant Pot.", "s")
C("Y21", "A plant pot made of ceramic.", "s")
C("Y21", qa(("What is it made of?", "Ceramic.")), "faq")
F("Y21", "A [[self-watering planter]] with a reservoir.", "accuracy.category", "block", "a plant pot; no reservoir given")
F("Y21", "[[15 cm]] across.", "accuracy.size", "block", "no size given")
F("Y21", "Glazed in [[sage green]].", "accuracy.colour", "warn", "no colour given")
F("Y21", "[[Frost-proof]] for outdoor use.", "accuracy.feature", "block", "not given")
F("Y21", "Handmade in [[Portugal]].", "accuracy.origin", "block", "no origin given")
F("Y21", "[[Terracotta]] ceramic.", "accuracy.material", "block", "only ceramic is given")

# Y22 thin: alpaca socks (title, vendor, one attribute, price)
TRUE["Y22"] = "They are an alpaca blend."
C("Y22", "Alpaca socks from Andeswool, in an alpaca blend.")
C("Y22", "Socks in an alpaca blend, $24.")
C("Y22", "Alpaca-blend socks by Andeswool.", "s")
C("Y22", "Andeswool's alpaca socks.", "s")
C("Y22", seo("Alpaca Socks | Andeswool", "Alpaca-blend socks from Andeswool."), "seo")
F("Y22", "[[100 % alpaca]] yarn.", "accuracy.material", "block", "an alpaca blend")
F("Y22", "A [[pack of three pairs]].", "accuracy.number", "block", "no count given")
F("Y22", "Knitted in [[Peru]].", "accuracy.origin", "block", "no origin given")
F("Y22", "In [[charcoal grey]].", "accuracy.colour", "warn", "no colour given")
F("Y22", "[[Machine washable]].", "accuracy.care", "block", "no care given")
F("Y22", "[[Warmer than merino]].", "accuracy.feature", "block", "an invented comparison")
F("Y22", "Graduated [[compression socks]] for long flights.", "accuracy.category", "block", "plain alpaca socks")

# Y23 grouped fly fishing kit
TRUE["Y23"] = "The rod, reel and line are sold one by one."
C("Y23", "Three pieces for a first trout setup, each sold on its own: a 9 ft, 5-weight, four-piece graphite rod, a die-cast aluminium reel for 5/6 weight and a floating weight-forward line.")
C("Y23", "Rod HK$960, reel HK$480, line HK$360.\nAll three together come to HK$1,800.")
C("Y23", "A 9 ft 5-weight rod, a 5/6 reel and a WF5F floating line, sold one by one.", "s")
C("Y23", "The floating line is 27 m long, about 89 ft.", "s")
C("Y23", qa(("Is the rod one piece?", "No, it breaks down into four pieces.")), "faq")
F("Y23", "The whole kit for [[HK$1,500]].", "accuracy.price", "block", "sold one by one; the pieces add up to HK$1,800")
F("Y23", "A [[fibreglass]] rod.", "accuracy.material", "block", "graphite")
F("Y23", "An [[8 ft]] rod.", "accuracy.size", "block", "9 ft")
F("Y23", "A [[sinking]] line.", "accuracy.feature", "block", "floating line")
F("Y23", "Includes [[a box of 20 flies]].", "accuracy.feature", "block", "three pieces only")
F("Y23", "[[Made in Scotland]].", "accuracy.origin", "block", "no origin given")
F("Y23", "A [[saltwater-safe]] reel.", "accuracy.compatibility", "warn", "not given")

# Y24 chocolate
TRUE["Y24"] = "It is made in Brussels."
C("Y24", "Une tablette de chocolat noir 70 % de 100 g, fabriquée à Bruxelles avec des fèves de Piura, au Pérou.")
C("Y24", "A 100 g bar of 70 % dark chocolate made in Brussels from Peruvian beans grown in Piura.\nJust three ingredients: cocoa beans, cane sugar and cocoa butter.")
C("Y24", "Belgian-made dark chocolate, 70 % cocoa, €5.50 a bar.", "s")
C("Y24", "Soy-free; may contain traces of milk and nuts.", "s")
C("Y24", seo("Chocolat noir 70 % Pérou | Maison Cacaote", "A 100 g bar of 70 % dark chocolate from Piura cocoa beans, made in Brussels. Soy-free, three ingredients."), "seo")
F("Y24", "[[85 %]] cocoa.", "accuracy.number", "block", "70 %")
F("Y24", "Beans from [[Ecuador]].", "accuracy.origin", "block", "Piura, Peru")
F("Y24", "[[Milk-free and nut-free]], safe for allergies.", "compliance.health", "block", "may contain traces of milk and nuts")
F("Y24", "Sweetened with [[coconut sugar]].", "accuracy.material", "block", "cane sugar")
F("Y24", "[[Fairtrade]] certified.", "accuracy.certification", "block", "no certification given")
F("Y24", "A [[200 g]] bar.", "accuracy.number", "block", "100 g")
F("Y24", "[[Carbon-neutral]] chocolate.", "compliance.environmental", "block", "a checkable claim the listing does not make")

# Y25 card game
TRUE["Y25"] = "A game takes 30-45 minutes."
C("Y25", "A cooperative card game for two to five players aged 10 and up. A game lasts 30 to 45 minutes.")
C("Y25", "In the box: 110 cards and an English rule book.\nEveryone plays together against the game rather than against each other.")
C("Y25", "Lanternlight, a co-op card game for 2-5 players, R450.", "s")
C("Y25", "110 cards, ages 10+, half an hour to 45 minutes a game.", "s")
C("Y25", qa(("How many can play?", "Two to five players, aged 10 and up.")), "faq")
F("Y25", "For [[1-6 players]].", "accuracy.number", "block", "2-5 players")
F("Y25", "Ages [[8+]].", "accuracy.number", "block", "10+")
F("Y25", "Includes [[wooden tokens]].", "accuracy.feature", "block", "110 cards and a rule book")
F("Y25", "Rules in [[English and French]].", "accuracy.feature", "block", "English only")
F("Y25", "[[Winner of the 2025 Golden Meeple]].", "compliance.social_proof", "warn", "no award given")
F("Y25", "[[Made in Germany]].", "accuracy.origin", "block", "no origin given")
F("Y25", "Another hit from [[Owlbrook Games]].", "accuracy.brand", "block", "the vendor is Owlbridge Games")

# Y26 kayak paddle
TRUE["Y26"] = "Set the feather at 0, 30 or 60 degrees."
C("Y26", "A two-piece touring paddle with a fibreglass shaft and glass-reinforced nylon blades, about 1,050 g. Set the feather at 0, 30 or 60 degrees.")
C("Y26", "Choose 220 or 230 cm (about 87 or 91 in), both $149.")
C("Y26", "Fibreglass-shaft touring paddle, 220 or 230 cm, $149.", "s")
C("Y26", "Splits in two for transport and weighs about 2.3 lb.", "s")
C("Y26", seo("Touring Kayak Paddle, 2-piece | Tidemark", "Fibreglass shaft, glass-reinforced nylon blades, about 1,050 g, feather at 0, 30 or 60 degrees. 220 or 230 cm."), "seo")
F("Y26", "A [[full carbon]] shaft.", "accuracy.material", "block", "fibreglass shaft")
F("Y26", "Just [[850 g]].", "accuracy.number", "block", "about 1,050 g")
F("Y26", "Breaks down into [[four pieces]].", "accuracy.number", "block", "two pieces")
F("Y26", "Available in [[240 cm]].", "accuracy.size", "block", "220 and 230 cm")
F("Y26", "Blades that [[glow in the dark]].", "accuracy.feature", "block", "not given")
F("Y26", "The [[lightest touring paddle]] in its class.", "compliance.absolute", "warn", "an unprovable superlative")

# Y27 watch
TRUE["Y27"] = "It has a sapphire crystal."
C("Y27", "A 38 mm field watch in 316L stainless steel with a sapphire crystal and an automatic Miyota 8215 movement. It runs for about 40 hours off the wrist.")
C("Y27", "Water resistant to 50 m (5 ATM): fine in rain or when you wash your hands, but not for diving.\nAssembled in Denmark, on a brown or black leather strap.")
C("Y27", "Automatic field watch, 38 mm, £295.", "s")
C("Y27", "Japanese automatic movement, sapphire crystal, Danish-assembled.", "s")
C("Y27", qa(("Can I dive with it?", "No. It is water resistant to 5 ATM, fine for rain and hand washing, not for diving.")), "faq")
F("Y27", "A [[Swiss]] automatic movement.", "accuracy.origin", "block", "Miyota, Japanese")
F("Y27", "A [[mineral glass]] crystal.", "accuracy.material", "block", "sapphire")
F("Y27", "[[80 hours]] of power reserve.", "accuracy.number", "block", "about 40 hours")
F("Y27", "Water resistant to [[200 m]].", "accuracy.number", "block", "5 ATM (50 m)")
F("Y27", "A [[40 mm]] case.", "accuracy.size", "block", "38 mm")
F("Y27", "On a [[steel bracelet]].", "accuracy.material", "block", "brown or black leather strap")
F("Y27", "[[Made in Denmark]].", "accuracy.origin", "block", "assembled in Denmark, with a Japanese movement")

# Y28 tofu cat litter
TRUE["Y28"] = "A 6 L bag weighs 2.5 kg."
C("Y28", "Arena aglomerante de fibra de soya en bolsa de 6 L (2,5 kg). Sin aroma o con aroma a té verde.")
C("Y28", "A clumping tofu cat litter made from soy fibre, in a 6 L bag weighing 2.5 kg.\nSmall amounts can go down the toilet.")
C("Y28", "Tofu cat litter, 6 L, unscented or green tea, MX$289.", "s")
C("Y28", "Soy-fibre clumping litter made in China.", "s")
C("Y28", seo("Arena para gatos de tofu 6 L | Michi Verde", "Clumping soy-fibre cat litter in a 6 L bag (2.5 kg), unscented or green tea. Flushable in small amounts."), "seo")
F("Y28", "Flush [[as much as you like]].", "accuracy.feature", "block", "small amounts only")
F("Y28", "A [[10 L]] bag.", "accuracy.size", "block", "6 L")
F("Y28", "Made from [[pea fibre]].", "accuracy.material", "block", "soy fibre")
F("Y28", "Hecho en [[México]].", "accuracy.origin", "block", "made in China")
F("Y28", "A [[lavender]] scent.", "accuracy.material", "block", "unscented or green tea")
F("Y28", "[[100 % biodegradable]] and compostable.", "compliance.environmental", "block", "not given")

# Y29 jigsaw
TRUE["Y29"] = "The finished puzzle is 68 x 48 cm."
C("Y29", "A 1000-piece jigsaw of a painted harbour at dusk, 68 x 48 cm once finished (about 27 x 19 in). The pieces are cut from recycled board.")
C("Y29", "Printed in Australia.\nContains small parts, so keep it away from children under three.")
C("Y29", "Harbour at Dusk, 1000 pieces, A$34.95.", "s")
C("Y29", "Finished size 68 x 48 cm; recycled board, Australian-printed.", "s")
C("Y29", qa(("How big is it when finished?", "68 x 48 cm.")), "faq")
F("Y29", "[[1500]] pieces.", "accuracy.number", "block", "1000 pieces")
F("Y29", "Finished size [[70 x 50 cm]].", "accuracy.size", "block", "68 x 48 cm")
F("Y29", "[[FSC-certified]] board.", "accuracy.certification", "block", "recycled board; no certification")
F("Y29", "Printed in [[Germany]].", "accuracy.origin", "block", "printed in Australia")
F("Y29", "Comes with [[a poster of the picture]].", "accuracy.feature", "block", "not given")
F("Y29", "[[Great for toddlers]].", "compliance.health", "block", "small parts; not for children under 3")

# Y30 swim shorts
TRUE["Y30"] = "They have a mesh liner and a zip back pocket."
C("Y30", "Quick-drying swim shorts in 78 % recycled polyamide with 22 % elastane, a mesh liner and a zip pocket at the back. UPF 50+.")
C("Y30", "Made in Portugal, in Coral or Black, sizes S to XL.\nRinse them in cold water after you swim.")
C("Y30", "Recycled-polyamide swim shorts with UPF 50+, €59.", "s")
C("Y30", "Mesh-lined, zip back pocket, S-XL in Coral or Black.", "s")
C("Y30", seo("Swim Shorts in Coral or Black | Costa Brava Swim", "Quick-dry swim shorts in recycled polyamide and elastane with UPF 50+, a mesh liner and a zip back pocket. Made in Portugal."), "seo")
F("Y30", "[[100 % recycled]] fabric.", "compliance.environmental", "block", "78 % recycled polyamide")
F("Y30", "Made in [[Spain]].", "accuracy.origin", "block", "made in Portugal")
F("Y30", "UPF [[30]].", "accuracy.certification", "block", "UPF 50+")
F("Y30", "Sizes S to [[XXL]].", "accuracy.size", "block", "S-XL")
F("Y30", "[[Chlorine-proof]] for daily pool training.", "accuracy.feature", "block", "not given")
F("Y30", "[[Tumble dry]] after swimming.", "accuracy.care", "block", "rinse in cold water")
F("Y30", "A [[cotton]] mesh liner.", "accuracy.material", "block", "polyester mesh")


ORDER = ["d", "s", "seo", "d", "faq", "s", "seo"]


def _recast():
    listings = make_listings.LISTINGS
    seen = {}
    out = []
    for key, draft, rule, severity, why in FAULTY:
        n = seen.get(key, 0)
        seen[key] = n + 1
        kind = ORDER[n % len(ORDER)]
        marked = draft.replace("[[", A).replace("]]", B)
        lst = listings[key]
        if kind == "d":
            obj = marked + " " + TRUE[key]
        elif kind == "s":
            obj = marked
        elif kind == "seo":
            title = lst["title"] + (f" | {lst['vendor']}" if lst.get("vendor") else "")
            obj = seo(title, marked)
        else:
            obj = qa((Q, marked))
        text, start, end, claim = _strip_marks(_serialise(kind, obj))
        out.append({"listing": key, "kind": KIND[kind], "text": text,
                    "labels": [{"rule": rule, "start": start, "end": end, "claim": claim, "severity": severity,
                                "why": why}]})
    return out


def build():
    clean = [{"listing": key, "kind": KIND[kind], "text": _serialise(kind, draft), "labels": []}
             for key, draft, kind in CLEAN]
    return clean, _recast()


if __name__ == "__main__":
    c, f = build()
    print(len(c), "clean", len(f), "faulty")
    assert not re.search("\\[\\[|\\]\\]", json.dumps(c + f))
