"""Hand-written clean and faulty drafts for guardrails holdout v16.

Clean drafts (C) are true to their listing. Each faulty draft (F) is written as one sentence with exactly one
planted unsupported claim marked [[...]]; _recast() then turns each listing's faulty sentences, in turn, into a
description (with a true sentence from the listing beside it), a short description, an SEO pair under the
listing's own title and vendor, or a one-answer FAQ. Offsets are taken after serialisation, so they index the
stored text (markup for HTML, JSON text for SEO and FAQ).
"""
import html
import json
import re

import make_listings

CLEAN = []
FAULTY = []
KIND = {"d": "description", "s": "short_description", "seo": "seo", "faq": "faq"}


def C(listing, draft, kind="d"):
    """A clean draft: description or short HTML as written, or seo(...) / qa(...)."""
    CLEAN.append({"listing": listing, "kind": kind, "draft": draft})


def F(listing, draft, rule, severity, why, kind=None, native=False, more=None):
    """A faulty sentence with one [[claim]]; kind None = the listing's next kind in the recast cycle."""
    FAULTY.append({"listing": listing, "draft": draft, "rule": rule, "severity": severity, "why": why,
                   "kind": kind, "native": native, "more": more})


def qa(*pairs):
    return [{"question": q, "answer": a} for q, a in pairs]


def seo(title, description):
    return {"title": title, "description": description}


def _html(text):
    return "<p>" + html.escape(text, quote=False) + "</p>"


def _serialise(kind, draft):
    if kind in ("seo", "faq"):
        return json.dumps(draft, ensure_ascii=False)
    return draft


def _strip_marks(marked):
    """Remove the one [[...]] pair; return (text, start, end)."""
    assert marked.count("[[") == 1 and marked.count("]]") == 1, marked
    start = marked.index("[[")
    end = marked.index("]]") - 2
    text = marked.replace("[[", "", 1).replace("]]", "", 1)
    return text, start, end


# True sentences from each listing, used beside a faulty sentence in recast descriptions.
PAD = {
    "V01": ["The stem is pulled from the bowl, so there is no seam.", "The set has two glasses."],
    "V02": ["They close at the wrist with a hook-and-loop strap.", "Sizes run from 6 to 9."],
    "V03": ["The camera sits on a 3-axis gimbal.", "A controller comes in the box."],
    "V04": ["One side has a juice groove; the other is flat.", "Oil it once a month."],
    "V05": ["Serve it with tonic and a slice of grapefruit.", "It is a London Dry gin."],
    "V06": ["It is reversible, so you can turn it over.", "The short ends are fringed."],
    "V07": ["Two side pockets hold bottles.", "The back panel is ventilated."],
    "V08": ["The blade comes sharpened and mounted.", "Wipe the blades dry after each session."],
    "V09": ["The roof lifts off for filling.", "It stands 28 cm tall."],
    "V10": ["Let it dry between uses.", "It comes in a recycled cardboard box."],
    "V11": ["The screws are brass.", "There is a size for small and large pieces."],
    "V12": ["A download code is included.", "It is the duo's debut album."],
    "V13": ["The balance point is 320 mm.", "It is 27 inches long."],
    "V14": ["Sterilise it before first use.", "The sleeve is silicone."],
    "V15": ["It is a dark beefsteak tomato.", "Fruit comes from July."],
    "V16": ["It has a compartment for notes.", "It comes in cognac or black."],
    "V17": ["It charges two devices at once.", "Keep it out of checked luggage."],
    "V18": ["It packs into its own pouch.", "It weighs 390 g."],
    "V19": ["It charges over USB-C.", "Our partner SoundCart ships it."],
    "V20": ["You send us a scan of the photo.", "One revision is included."],
    "V21": ["Sized for a single stem.", "A small vase in clear glass."],
    "V22": ["A set of four.", "From Hallow Loom."],
    "V23": ["Each piece is sold on its own.", "Everything is stainless steel."],
    "V24": ["It comes in a 150 ml glass bottle.", "Keep it in the fridge once opened."],
    "V25": ["Two 25 m lines and handles are included.", "The sail is ripstop polyester."],
    "V26": ["There are 332 dimples.", "The cover is urethane."],
    "V27": ["The ends are fringed.", "Dry it flat."],
    "V28": ["Reapply every 2 hours.", "It is unscented."],
    "V29": ["It runs on one AA battery, not included.", "The front is glass."],
    "V30": ["The tilt locks in 4 positions.", "Assembly is required; tools are included."],
}
NATIVE_PAD = {
    "V02": ("fr", ["Fermeture par bande auto-agrippante.", "Tailles 6 à 9."]),
    "V06": ("de", ["Beidseitig verwendbar.", "Mit Fransen an den Schmalseiten."]),
    "V12": ("sv", ["Med nedladdningskod.", "Spelas på 33⅓ varv per minut."]),
    "V16": ("pt", ["Tem um compartimento para notas.", "Em conhaque ou preto."]),
    "V24": ("es", ["Botella de vidrio de 150 ml.", "Refrigerar después de abrir."]),
}
QUESTION = {
    "en": "Anything I should know before buying?",
    "fr": "Que faut-il savoir avant d'acheter ?",
    "de": "Was sollte ich vor dem Kauf wissen?",
    "sv": "Vad bör jag veta innan jag köper?",
    "pt": "O que devo saber antes de comprar?",
    "es": "¿Qué debo saber antes de comprar?",
}
CYCLE = ["d", "s", "seo", "d", "faq", "s", "seo"]

# ---------------------------------------------------------------- V01 wine glasses
C("V01", "<p>A pair of mouth-blown wine glasses in lead-free crystal, each with a 480 ml bowl (about 16 fl oz) that "
  "suits red and white alike. The stem is pulled from the bowl, so there is no seam to catch the eye.</p><ul><li>Set "
  "of 2</li><li>Height: 23 cm (about 9 in)</li><li>Blown by mouth in the Czech Republic</li><li>Top-rack dishwasher "
  "safe</li></ul>")
C("V01", "<p>Two Czech mouth-blown glasses in lead-free crystal. The pulled stem means bowl and stem are one piece of "
  "glass, with no join. Each holds just under half a litre, and both can go on the top rack of the "
  "dishwasher.</p>")
C("V01", "<p>Two lead-free crystal wine glasses, mouth-blown in Czechia, with a seamless pulled stem and a 480 ml "
  "bowl.</p>", "s")
C("V01", "<p>Ein Paar mundgeblasene Weingläser aus bleifreiem Kristall, 23 cm hoch, spülmaschinengeeignet im oberen "
  "Korb.</p>", "s")
C("V01", seo("Hand-Blown Crystal Wine Glasses, Set of 2 | Clarwyn", "Two lead-free, mouth-blown crystal glasses from "
  "the Czech Republic with a 480 ml bowl and a seamless stem. Top-rack dishwasher safe."), "seo")
F("V01", "Each glass holds a generous [[600 ml]], plenty of room for a red to breathe.", "accuracy.size", "block",
  "the bowl holds 480 ml")
F("V01", "Cut from [[lead crystal]] for that extra sparkle in candlelight.", "accuracy.material", "block",
  "the glasses are lead-free crystal")
F("V01", "[[Mouth-blown in Murano]], Venice, by a family of glassmakers.", "accuracy.origin", "block",
  "the glasses are mouth-blown in Czechia (Tschechien)")
F("V01", "A [[set of six]] glasses, enough for a dinner party.", "accuracy.number", "block", "the set has 2 glasses",
  more="The stem is pulled from the bowl, so there is no seam.")
F("V01", "[[Safe on any dishwasher cycle]], top or bottom rack.", "accuracy.care", "block",
  "the listing says top rack only")
F("V01", "[[Loved by sommeliers across Europe]], these glasses make every bottle feel special.",
  "compliance.social_proof", "warn", "an endorsement the listing does not give")

# ---------------------------------------------------------------- V02 riding gloves (French)
C("V02", "<p>Thin lambskin riding gloves with silicone grip patches between the ring and little fingers, right where "
  "the reins run, so your hold on them stays steady. A hook-and-loop strap closes the wrist.</p><ul><li>Lambskin "
  "leather</li><li>Sizes 6 to 9</li><li>Made in Portugal</li><li>Hand wash in cold water</li></ul>")
C("V02", "<p>Des gants fins en agneau, avec des renforts en silicone là où passent les rênes, entre l'annulaire et "
  "l'auriculaire. La fermeture velcro tient le poignet.</p><ul><li>Fabriqués au Portugal</li><li>Tailles 6 à "
  "9</li><li>Lavage à la main, à l'eau froide</li></ul>")
C("V02", "<p>Gants d'équitation en agneau, fabriqués au Portugal, avec renforts silicone pour les rênes ; du 6 au "
  "9.</p>", "s")
C("V02", "<p>Lambskin riding gloves with silicone rein patches and a touch-fastening wrist, made in Portugal, for "
  "€39.</p>", "s")
C("V02", qa(("Comment les laver ?", "À la main, à l'eau froide."), ("Où sont-ils fabriqués ?", "Au Portugal.")),
  "faq")
F("V02", "Gants souples en [[cuir de vachette]], fins au toucher des rênes.", "accuracy.material", "block",
  "the gloves are lambskin (cuir d'agneau)", native=True)
F("V02", "Available in [[sizes 5 to 10]], so the whole yard can get a pair.", "accuracy.size", "block",
  "sizes are 6 to 9")
F("V02", "Easy care: [[machine washable at 30 °C]].", "accuracy.care", "block", "hand wash in cold water")
F("V02", "Silicone grip [[on every finger and across the palm]] for a sure hold.", "accuracy.feature", "block",
  "the silicone patches sit between the ring and little fingers only")
F("V02", "Fabriqués [[en France]] dans notre sellerie.", "accuracy.origin", "block",
  "the gloves are made in Portugal", native=True)
F("V02", "Also [[great for cycling and motorbike riding]].", "accuracy.compatibility", "warn",
  "a use the listing does not give (riding gloves for the reins)")
F("V02", "[[Approved for competition under FEI rules]].", "accuracy.certification", "block",
  "the listing gives no competition approval")

# ---------------------------------------------------------------- V03 drone
C("V03", "<p>A folding camera drone at 249 g, about 8.8 oz, with a 4K camera held steady on a three-axis gimbal. One "
  "charge gives up to 31 minutes in the air, and live video reaches you from up to 10 km away (about 6.2 "
  "miles).</p><ul><li>4K at 30 fps</li><li>Controller and one battery in the box</li><li>Check local rules before you "
  "fly: you may need to register it</li></ul>")
C("V03", "<p>Folds small, weighs under 250 g and films in 4K. The 3-axis gimbal keeps footage level while the drone "
  "moves, and a battery lasts up to 31 minutes. You get the controller and a battery with it.</p>")
C("V03", "<p>A 249 g folding drone with a gimbal-stabilised 4K/30 camera and up to 31 min of flight per "
  "battery.</p>", "s")
C("V03", "<p>Sub-250 g folding drone: 4K video, 3-axis gimbal, 10 km video link, controller included.</p>", "s")
C("V03", seo("Foldable 4K Camera Drone, 249 g | Aerolume", "A 249 g folding drone with a 4K camera on a 3-axis "
  "gimbal, up to 31 minutes of flight and a 10 km video link. Controller and battery included."), "seo")
F("V03", "Stay up for [[45 minutes]] on a single battery.", "accuracy.number", "block", "up to 31 minutes")
F("V03", "[[Three batteries]] come in the box, so you can swap and keep flying.", "accuracy.number", "block",
  "one battery is included")
F("V03", "The camera films in crisp [[6K]] for big-screen footage.", "accuracy.feature", "block",
  "the camera is 4K/30fps")
F("V03", "At 249 g, [[you never need to register it, wherever you fly]].", "accuracy.feature", "block",
  "the listing says registration may be required")
F("V03", "[[Obstacle sensors on every side]] keep it out of the trees.", "accuracy.feature", "block",
  "the listing gives no obstacle sensing")
F("V03", "[[Ships free and arrives in two days]].", "compliance.shipping", "block",
  "the listing makes no delivery promise")
F("V03", "[[The best beginner drone on the market]].", "compliance.absolute", "warn", "an unprovable superlative")

# ---------------------------------------------------------------- V04 cutting board
C("V04", "<p>An end-grain cutting board in black walnut. Because it is glued from short blocks, your knife meets the "
  "wood fibres end on, and the edge stays sharp longer. One side has a juice groove for carving; the other is flat "
  "for chopping.</p><ul><li>45 x 30 x 4 cm (about 17.7 x 11.8 x 1.6 in)</li><li>Finished with food-safe mineral oil "
  "and beeswax</li><li>Made in Cornwall</li><li>Hand wash, oil once a month, never soak</li></ul>")
C("V04", "<p>A Cornish-made board of black walnut end grain, 4 cm thick and about 7 lb in weight. Oil it monthly and "
  "wash it by hand; the dishwasher and soaking are off limits.</p>")
C("V04", "<p>A 45 x 30 cm end-grain board in black walnut, made in Cornwall, with a juice groove on one side.</p>", "s")
C("V04", "<p>Black walnut end-grain board, kind to knife edges; hand wash and oil monthly.</p>", "s")
C("V04", seo("End-Grain Walnut Cutting Board | Gratewood", "Black walnut end-grain board made in Cornwall, 45 x 30 x "
  "4 cm, with a juice groove. Kind to knife edges; finished in mineral oil and beeswax."), "seo")
F("V04", "Glued up from end-grain blocks of [[solid oak]].", "accuracy.material", "block",
  "the board is black walnut")
F("V04", "[[Dishwasher safe]], so clean-up takes seconds.", "accuracy.care", "block",
  "hand wash only; never the dishwasher")
F("V04", "Walnut is [[naturally antibacterial, so raw meat is no risk]].", "compliance.health", "block",
  "a hygiene claim the listing does not make")
F("V04", "A generous [[50 x 35 cm]] of chopping space.", "accuracy.size", "block", "the board is 45 x 30 cm")
F("V04", "Handmade [[in Devon]] by our small team.", "accuracy.origin", "block", "made in Cornwall")
F("V04", "Backed by our [[lifetime guarantee against cracking]].", "accuracy.warranty", "block",
  "the listing gives no guarantee")

# ---------------------------------------------------------------- V05 gin
C("V05", "<p>A London Dry gin from Yorkshire, distilled in small batches with juniper, coriander seed, angelica root "
  "and pink grapefruit peel. At 43% it holds its own in a tonic; add a slice of grapefruit to bring out the "
  "peel.</p><ul><li>70 cl (700 ml)</li><li>43% ABV (86 proof)</li></ul>")
C("V05", "<p>Juniper first, then coriander, angelica and the bright edge of pink grapefruit peel. This "
  "Yorkshire-distilled London Dry is bottled at 43% vol. and made in small batches.</p>")
C("V05", "<p>Small-batch Yorkshire London Dry gin with pink grapefruit peel, 43% ABV, 70cl.</p>", "s")
C("V05", "<p>A 0.7 litre bottle of London Dry gin at 43%, distilled with four botanicals.</p>", "s")
C("V05", seo("Dry Gin No. 3, 70 cl | Harrowgate Still", "Small-batch London Dry gin distilled in Yorkshire with "
  "juniper, coriander, angelica and pink grapefruit peel. 43% ABV; serve with tonic and grapefruit."), "seo")
F("V05", "Bottled at a bold [[47%]] for a gin that stands up to ice.", "accuracy.number", "block",
  "the gin is 43% ABV")
F("V05", "Distilled with [[twelve botanicals]] led by juniper.", "accuracy.number", "block",
  "the listing names four botanicals")
F("V05", "Juniper, [[lavender]] and pink grapefruit peel give it a floral lift.", "accuracy.material", "block",
  "lavender is not among the botanicals")
F("V05", "Distilled [[in London]], as a London Dry should be.", "accuracy.origin", "block",
  "distilled in Yorkshire; London Dry is the style")
F("V05", "A [[certified organic]] small-batch gin.", "accuracy.certification", "block",
  "the listing gives no organic certification")
F("V05", "A full [[1 litre]] bottle for the home bar.", "accuracy.size", "block", "the bottle is 70 cl")
F("V05", "A grapefruit [[gin liqueur]] for sipping over ice.", "accuracy.category", "block",
  "the product is a London Dry gin, not a liqueur")

# ---------------------------------------------------------------- V06 rug (German)
C("V06", "<p>Ein flachgewebter Teppich aus reiner Schurwolle, in Indien von Hand am Webstuhl gewebt. Weil er "
  "beidseitig verwendbar ist, können Sie ihn wenden, wenn eine Seite mehr abbekommt.</p><ul><li>140 x 200 "
  "cm</li><li>Naturweiß oder Anthrazit</li><li>Nur chemisch reinigen, regelmäßig saugen</li></ul>")
C("V06", "<p>A hand-loomed flatweave rug in pure new wool, woven in India, with fringed short ends. It is "
  "reversible, so you can turn it over to spread the wear.</p><ul><li>140 x 200 cm (about 4 ft 7 in x 6 ft 7 "
  "in)</li><li>Natural white or anthracite</li><li>Dry clean only</li></ul>")
C("V06", "<p>Handgewebter Flachwebteppich aus 100 % Schurwolle, 1,4 x 2 m, in Naturweiß oder Anthrazit.</p>", "s")
C("V06", "<p>A reversible, hand-woven virgin-wool rug, 140 by 200 cm, in off-white or charcoal grey.</p>", "s")
C("V06", qa(("Wie reinige ich den Teppich?", "Nur chemisch reinigen und regelmäßig absaugen."),
            ("Welche Größe hat er?", "140 x 200 cm.")), "faq")
F("V06", "Pflegeleicht: [[in der Maschine bei 30 °C waschbar]].", "accuracy.care", "block",
  "dry cleaning only (Nur Trockenreinigung)", native=True)
F("V06", "Gewebt aus [[Wolle und Baumwolle]] für einen weichen Griff.", "accuracy.material", "block",
  "the rug is 100 % Schurwolle", native=True)
F("V06", "Von Hand gewebt [[in Marokko]].", "accuracy.origin", "block", "woven in India (Indien)", native=True)
F("V06", "A roomy [[160 x 230 cm]] for under a sofa.", "accuracy.size", "block", "the rug is 140 x 200 cm")
F("V06", "Choose from [[beige, anthracite and rust]].", "accuracy.colour", "block",
  "the colours are Naturweiß and Anthrazit")
F("V06", "Woven by [[Fairtrade-certified]] weavers.", "accuracy.certification", "block",
  "the listing gives no fair-trade certification")

# ---------------------------------------------------------------- V07 daypack
C("V07", "<p>A 22-litre daypack in 210D recycled nylon, with a padded sleeve that takes a laptop up to 15 inches "
  "(about 38 cm) and a bottle pocket on each side. The ventilated back panel lets air reach your back on warm "
  "walks.</p><ul><li>780 g (1 lb 11.5 oz)</li><li>DWR-coated fabric (a water-repellent finish)</li><li>Slate or "
  "Rust</li></ul>")
C("V07", "<p>Built around a 15\" laptop sleeve, this 22 L pack weighs 0.78 kg and is made of recycled 210-denier "
  "nylon. Two side pockets hold bottles; the back panel is ventilated.</p>")
C("V07", "<p>A 22 L recycled-nylon daypack with a 15-inch laptop sleeve and a ventilated back, in Slate or "
  "Rust.</p>", "s")
C("V07", "<p>A 780 g daypack: 22 litres, two bottle pockets, water-repellent DWR finish.</p>", "s")
C("V07", seo("Ridgeback 22 L Daypack | Fellstride", "22-litre daypack in recycled 210D nylon with a padded 15-inch "
  "laptop sleeve, two bottle pockets and a ventilated back panel. 780 g."), "seo")
F("V07", "[[Fully waterproof]], so your laptop stays dry in a downpour.", "accuracy.feature", "block",
  "the fabric is DWR-coated (water-repellent), not waterproof")
F("V07", "The padded sleeve [[fits laptops up to 17 inches]].", "accuracy.compatibility", "block",
  "the sleeve takes laptops up to 15 in")
F("V07", "Made from [[recycled polyester]] that shrugs off scuffs.", "accuracy.material", "block",
  "the fabric is 210D recycled nylon")
F("V07", "A roomy [[28-litre]] main compartment.", "accuracy.size", "block", "the pack is 22 L")
F("V07", "Pick Slate, Rust or [[Olive]].", "accuracy.colour", "block", "the colours are Slate and Rust")
F("V07", "Spun from [[plastic pulled out of the ocean]].", "compliance.environmental", "block",
  "the listing says recycled nylon, not ocean plastic")

# ---------------------------------------------------------------- V08 figure skates
C("V08", "<p>Figure skates for young skaters, with a padded boot in synthetic leather and a stainless steel blade "
  "that arrives sharpened and mounted, so they are ready for the ice. Youth sizes run from Y10 to 4.</p><ul><li>Wipe "
  "the blades dry after every session</li><li>Use blade guards off the ice (not included)</li></ul>")
C("V08", "<p>Ready to skate out of the box: the stainless blade is factory-sharpened and fitted. The padded "
  "faux-leather boot comes in Y10 through 4. Guards are not included, so add a pair for walking to the "
  "rink.</p>")
C("V08", "<p>Youth figure skates with a padded synthetic boot and a pre-sharpened stainless blade, sizes "
  "Y10-4.</p>", "s")
C("V08", "<p>Kids' figure skates, factory-sharpened and mounted, C$129.</p>", "s")
C("V08", seo("Youth Figure Skates, Sizes Y10-4 | Glacette", "Youth figure skates with a padded synthetic-leather "
  "boot and a stainless steel blade sharpened and mounted at the factory. Wipe blades dry after use."), "seo")
F("V08", "A padded boot in [[genuine leather]] that softens with wear.", "accuracy.material", "block",
  "the boot is synthetic leather")
F("V08", "[[Blade guards are included]] for walking to the rink.", "accuracy.feature", "block",
  "blade guards are not included")
F("V08", "Sizes run from [[Y8 to 6]].", "accuracy.size", "block", "sizes are Y10 to 4")
F("V08", "[[Adult]] figure skates with a padded boot.", "accuracy.category", "block",
  "these are youth figure skates")
F("V08", "Dry the boots [[on a radiator]] after every session.", "accuracy.care", "block",
  "the listing's care is wiping the blades dry; it gives no boot-drying advice")
F("V08", "Yours for just [[C$99]].", "accuracy.price", "block", "the price is C$129")

# ---------------------------------------------------------------- V09 bird feeder
C("V09", "<p>A hanging seed feeder in western red cedar, topped with a copper roof that weathers from bright copper "
  "to a green patina. Lift the roof off to fill it; it takes about a litre and a half of seed.</p><ul><li>28 cm tall "
  "(about 11 in)</li><li>Made in Scotland</li></ul>")
C("V09", "<p>Scottish-made cedar feeder with a copper lid that turns verdigris green over time. Holds roughly 1.5 L "
  "(a little over 2½ pints) of seed.</p>")
C("V09", "<p>Western red cedar bird feeder with a lift-off copper roof, made in Scotland, 28 cm high.</p>", "s")
C("V09", "<p>A cedar seed feeder whose copper roof weathers to green; holds about 1.5 litres.</p>", "s")
C("V09", qa(("How do I fill it?", "Lift the copper roof off and pour the seed in; it holds about 1.5 litres."),
            ("Where is it made?", "In Scotland.")), "faq")
F("V09", "A [[squirrel-proof]] design keeps the seed for the birds.", "accuracy.feature", "block",
  "the listing makes no squirrel-proof claim")
F("V09", "Holds about [[3 litres]] of seed, so you fill it less often.", "accuracy.size", "block",
  "it holds about 1.5 L")
F("V09", "Built from weather-hardy [[teak]].", "accuracy.material", "block", "the wood is western red cedar")
F("V09", "Handmade [[in the Lake District]].", "accuracy.origin", "block", "made in Scotland")
F("V09", "[[RSPB approved]] for garden birds.", "accuracy.certification", "block",
  "the listing gives no approval")
F("V09", "[[Attracts twice as many birds]] as a plastic feeder.", "accuracy.feature", "block",
  "an invented comparison")

# ---------------------------------------------------------------- V10 shampoo bar
C("V10", "<p>A solid shampoo bar scented with rosemary and peppermint essential oils, made without sulfates or "
  "silicones. One 85 g bar (3 oz) lasts about 60 washes, and it comes in a recycled cardboard box, so there is no "
  "plastic bottle to throw away.</p><p>Let it dry between uses, and keep it away from your eyes.</p>")
C("V10", "<p>Vegan, SLS-free shampoo in bar form, with rosemary and mint. Around sixty washes per bar; store it "
  "somewhere it can dry out between uses.</p>")
C("V10", "<p>Sulfate- and silicone-free shampoo bar with rosemary and peppermint, 85 g, about 60 washes.</p>", "s")
C("V10", "<p>A vegan rosemary-mint shampoo bar in plastic-free packaging.</p>", "s")
C("V10", seo("Rosemary & Mint Shampoo Bar 85 g | Brinewell", "Vegan solid shampoo with rosemary and peppermint oils, "
  "free from sulfates and silicones. About 60 washes a bar, boxed in recycled card."), "seo")
F("V10", "One bar lasts about [[100 washes]].", "accuracy.number", "block", "about 60 washes")
F("V10", "Rosemary oil [[stimulates hair growth]] at the root.", "compliance.health", "block",
  "a medical claim the listing does not make")
F("V10", "Scented with [[tea tree]] and peppermint oils.", "accuracy.material", "block",
  "the oils are rosemary and peppermint")
F("V10", "A [[tear-free formula, gentle enough for babies]].", "compliance.health", "block",
  "the listing says avoid contact with eyes")
F("V10", "[[Certified organic]] ingredients throughout.", "accuracy.certification", "block",
  "the listing gives no organic certification")
F("V10", "[[Zero waste and fully compostable]], bar and box.", "compliance.environmental", "block",
  "the listing says recycled cardboard box only")
F("V10", "[[Our best-seller, with over 10,000 five-star reviews]].", "compliance.social_proof", "warn",
  "sales and review figures the listing does not give")

# ---------------------------------------------------------------- V11 embroidery hoops
C("V11", "<p>Four beech embroidery hoops in 10, 15, 20 and 25 cm, with brass screws to set the tension, so you have "
  "a hoop for a small motif and one for a larger piece.</p><ul><li>Diameters: 10, 15, 20, 25 cm (about 4, 6, 8 and "
  "10 in)</li><li>Beech wood, brass screws</li></ul>")
C("V11", "<p>A set of 4 hoops in beech with brass fittings, from 10 cm up to 25 cm across.</p>")
C("V11", "<p>Four beech embroidery hoops, 10-25 cm, with brass screws.</p>", "s")
C("V11", "<p>Beech hoop set in four sizes (4\" to 10\"), brass screws.</p>", "s")
C("V11", seo("Beech Embroidery Hoop Set, 4 Sizes | Threadmoor", "Four beech embroidery hoops with brass screws in "
  "10, 15, 20 and 25 cm diameters, for small motifs and larger pieces alike."), "seo")
F("V11", "[[Five]] beech hoops for every project.", "accuracy.number", "block", "the set has 4 hoops")
F("V11", "Four beech hoops in [[12, 18, 24 and 30 cm]].", "accuracy.size", "block", "the diameters are 10, 15, 20 and 25 cm")
F("V11", "Smooth [[bamboo]] hoops that grip the fabric.", "accuracy.material", "block", "the hoops are beech")
F("V11", "[[Needles, thread and a starter pattern]] are included.", "accuracy.feature", "block",
  "the set is four hoops only")
F("V11", "[[Fits any embroidery machine]].", "accuracy.compatibility", "block",
  "the listing gives no machine compatibility")
F("V11", "[[Made in Germany]] from native beech.", "accuracy.origin", "block", "the listing gives no origin")

# ---------------------------------------------------------------- V12 LP (Swedish)
C("V12", "<p>Duon Nattväsens debutalbum på tung 180-gramsvinyl: tio spår på en 12-tums LP, med en kod för att ladda "
  "ner albumet också.</p><ul><li>33⅓ varv/min</li><li>Pressad i Tyskland</li></ul>")
C("V12", "<p>The debut album from the duo Nattväsen, pressed in Germany on 180-gram vinyl. Ten tracks at 33 1/3 rpm, "
  "with a download code so you can play it away from the turntable too.</p>")
C("V12", "<p>Nattväsen's debut LP: 10 tracks on 180 g vinyl with a download code.</p>", "s")
C("V12", "<p>Debutalbum på 180 g vinyl, pressat i Tyskland, 279 kr.</p>", "s")
C("V12", qa(("Ingår nedladdningskod?", "Ja, en nedladdningskod följer med."),
            ("Vilken hastighet?", "33⅓ varv per minut.")), "faq")
F("V12", "[[Tolv spår]] på tung vinyl.", "accuracy.number", "block", "the LP has 10 tracks (Spår: 10)", native=True)
F("V12", "A pressing [[limited to 300 copies]].", "accuracy.number", "block",
  "the listing gives no edition size")
F("V12", "Nattväsens debut, nu på [[CD]].", "accuracy.category", "block", "the product is a vinyl LP",
  native=True)
F("V12", "Pressad [[i Sverige]].", "accuracy.origin", "block", "pressed in Germany (Tyskland)", native=True)
F("V12", "Pressed on [[red marbled]] 180 g vinyl.", "accuracy.colour", "warn", "the listing gives no vinyl colour")
F("V12", "[[The year's best Nordic debut]].", "compliance.absolute", "warn", "an unprovable superlative")

# ---------------------------------------------------------------- V13 tennis racket
C("V13", "<p>A graphite racket with a 100 sq in head (about 645 cm²) and a 16x19 string pattern, at 300 g unstrung "
  "(10.6 oz). It comes unstrung, so you can choose your own string and tension.</p><ul><li>Balance: 320 "
  "mm</li><li>Length: 27 in (68.6 cm)</li><li>Grip sizes L2 or L3</li></ul>")
C("V13", "<p>A 100 head, 16 mains by 19 crosses, and a 300-gram frame before strings. It is sold without strings, "
  "in grip L2 or L3.</p>")
C("V13", "<p>Graphite 100 sq in racket, 16x19, 300 g unstrung, grip L2 or L3.</p>", "s")
C("V13", "<p>A standard-length 27-inch graphite frame, sold unstrung.</p>", "s")
C("V13", seo("Graphite Tennis Racket 100, 300 g | Courtlyn", "Graphite racket with a 100 sq in head, 16x19 pattern "
  "and 300 g unstrung weight. Sold unstrung in grips L2 and L3, so you pick the string."), "seo")
F("V13", "Comes [[pre-strung]] and ready to play.", "accuracy.feature", "block", "the racket is sold unstrung")
F("V13", "A dense [[18x20]] string pattern for control.", "accuracy.size", "block", "the pattern is 16x19")
F("V13", "Weighs just [[285 g]] unstrung.", "accuracy.number", "block", "300 g unstrung")
F("V13", "A [[carbon and titanium]] frame.", "accuracy.material", "block", "the frame is graphite")
F("V13", "[[Reduces tennis elbow]] with a soft feel.", "compliance.health", "block",
  "a medical claim the listing does not make")
F("V13", "The graphite 100 racket from [[Courtline]].", "accuracy.brand", "block", "the vendor is Courtlyn")

# ---------------------------------------------------------------- V14 baby bottle
C("V14", "<p>A 240 ml baby bottle in borosilicate glass, wrapped in a silicone sleeve. The slow-flow silicone teat is "
  "made for newborns (0+ months).</p><ul><li>About 8 fl oz</li><li>BPA-free</li><li>Sterilise before first use; "
  "check the teat before each feed and replace it every two months</li></ul>")
C("V14", "<p>Borosilicate glass in a silicone sleeve, with a slow-flow teat from birth. Holds 240 ml. Sterilise it "
  "before the first feed, and swap the teat every 2 months.</p>")
C("V14", "<p>A BPA-free 240 ml glass bottle with a silicone sleeve and a 0+ slow-flow teat.</p>", "s")
C("V14", "<p>Borosilicate glass feeding bottle, 240 ml, slow flow for newborns.</p>", "s")
C("V14", qa(("How often should I replace the teat?", "Every 2 months, and check it before every feed."),
            ("Is it BPA-free?", "Yes.")), "faq")
F("V14", "Holds up to [[260 ml]] of milk.", "accuracy.size", "block", "the bottle holds 240 ml")
F("V14", "An [[anti-colic valve]] lets air out, not into your baby.", "accuracy.feature", "block",
  "the listing gives no anti-colic valve")
F("V14", "Comes with a [[medium-flow teat for 3+ months]].", "accuracy.feature", "block",
  "the teat is slow flow, 0+ months")
F("V14", "[[Shatterproof, so it is safe if dropped]].", "compliance.health", "block",
  "a safety claim the listing does not make for a glass bottle")
F("V14", "The body is [[Tritan]], light and clear.", "accuracy.material", "block",
  "the bottle is borosilicate glass")
F("V14", "[[No need to sterilise]] before first use.", "accuracy.care", "block",
  "the listing says sterilise before first use")
F("V14", "[[Recommended by midwives]] across the country.", "compliance.social_proof", "warn",
  "an endorsement the listing does not give")

# ---------------------------------------------------------------- V15 tomato seeds
C("V15", "<p>Seeds of 'Black Krim', a dark beefsteak tomato, open-pollinated so you can save seed from your own "
  "fruit. Sow indoors in March or April and expect fruit from July.</p><ul><li>About 20 seeds a "
  "packet</li><li>Germinates in 1-2 weeks at 20-25 °C (68-77 °F)</li><li>EU organic</li></ul>")
C("V15", "<p>Samen der dunklen Fleischtomate 'Black Krim', samenfest und EU-Bio-zertifiziert. Aussaat im Haus im März "
  "und April, Ernte ab Juli. Rund 20 Samen pro Tüte.</p>")
C("V15", "<p>Organic, open-pollinated 'Black Krim' beefsteak tomato seeds, about 20 per packet.</p>", "s")
C("V15", "<p>Heirloom dark beefsteak tomato: sow indoors March-April, pick from July.</p>", "s")
C("V15", seo("Black Krim Heirloom Tomato Seeds | Saatgut Ostwind", "About 20 organic, open-pollinated seeds of the "
  "dark beefsteak tomato 'Black Krim'. Sow indoors in March and April; fruit from July."), "seo")
F("V15", "About [[50 seeds]] in every packet.", "accuracy.number", "block", "about 20 seeds a packet")
F("V15", "A sweet, dark [[cherry tomato]] for snacking.", "accuracy.category", "block",
  "'Black Krim' is a beefsteak tomato")
F("V15", "Sow [[straight outdoors in May]].", "accuracy.feature", "block", "sow indoors in March and April")
F("V15", "[[F1 hybrid]] vigour with heirloom flavour.", "accuracy.feature", "block",
  "the seeds are open-pollinated, not F1")
F("V15", "Sprouts in [[3-5 days]] on a warm sill.", "accuracy.number", "block", "germination takes 7-14 days")
F("V15", "[[Demeter-certified]] biodynamic seed.", "accuracy.certification", "block",
  "the certification is EU organic")

# ---------------------------------------------------------------- V16 wallet (Portuguese)
C("V16", "<p>Uma carteira dobrável em couro de curtimenta vegetal, cosida à mão em Portugal. Tem seis ranhuras para "
  "cartões e um compartimento para notas, em 11 x 9 cm.</p><ul><li>Cores: conhaque ou preto</li></ul>")
C("V16", "<p>A bifold wallet in vegetable-tanned leather, stitched by hand in Portugal, with six card slots and one "
  "note compartment. It measures 11 x 9 cm (about 4.3 x 3.5 in).</p><ul><li>Cognac or black</li></ul>")
C("V16", "<p>Hand-stitched veg-tan leather wallet from Portugal with 6 card slots, in cognac or black.</p>", "s")
C("V16", "<p>Carteira em pele de curtimenta vegetal, feita à mão em Portugal, 59 €.</p>", "s")
C("V16", qa(("Quantos cartões leva?", "Tem seis ranhuras para cartões e um compartimento para notas."),), "faq")
F("V16", "Tem [[oito ranhuras]] para cartões.", "accuracy.number", "block", "six card slots", native=True)
F("V16", "Couro [[curtido ao crómio]], macio desde o primeiro dia.", "accuracy.material", "block",
  "the leather is vegetable-tanned", native=True)
F("V16", "An [[RFID-blocking]] lining keeps your cards safe.", "accuracy.feature", "block",
  "the listing gives no RFID lining")
F("V16", "Stitched by hand [[in Italy]].", "accuracy.origin", "block", "made in Portugal")
F("V16", "In cognac, black or [[navy]].", "accuracy.colour", "block", "the colours are Conhaque and Preto")
F("V16", "A bifold card wallet in soft [[vegan leather]].", "accuracy.material", "block",
  "vegetable-tanned leather is animal leather, not vegan")

# ---------------------------------------------------------------- V17 power bank
C("V17", "<p>A 20,000 mAh power bank with a USB-C port that charges both the bank and your devices at 20 W Power "
  "Delivery, plus a USB-A port at 18 W, so two devices can charge at once. With a 20 W charger it refills in about "
  "four hours.</p><ul><li>355 g (12.5 oz)</li><li>Carry it in your hand luggage: it is not allowed in checked "
  "bags</li></ul>")
C("V17", "<p>20 Ah of capacity in a 355-gram pack. USB-C PD (20 W) in and out, USB-A (18 W) out, so you can charge "
  "two devices together.</p>")
C("V17", "<p>20,000 mAh power bank with 20 W USB-C PD and 18 W USB-A, 355 g.</p>", "s")
C("V17", "<p>Charges two devices at once and refills in around 4 h on a 20 W charger.</p>", "s")
C("V17", seo("20,000 mAh USB-C PD Power Bank | Voltaic North", "20,000 mAh power bank with 20 W USB-C Power "
  "Delivery in and out and an 18 W USB-A port. Charges two devices at once; 355 g."), "seo")
F("V17", "Pushes a full [[65 W]] through its USB-C port.", "accuracy.number", "block", "the USB-C port is 20 W PD")
F("V17", "[[Fast-charges MacBooks and other laptops]] on the go.", "accuracy.compatibility", "block",
  "the listing names no laptop charging (20 W USB-C, 18 W USB-A)")
F("V17", "[[Three ports]] for the whole family's devices.", "accuracy.number", "block",
  "two ports: one USB-C, one USB-A")
F("V17", "[[Fine to pack in checked luggage]].", "accuracy.feature", "block",
  "the listing says it is not allowed in checked luggage", more="It weighs 355 g.")
F("V17", "A [[wireless charging pad]] on top for your phone.", "accuracy.feature", "block",
  "the listing gives no wireless charging")
F("V17", "[[FAA-certified]] for air travel.", "accuracy.certification", "block",
  "the listing gives no certification")
F("V17", "Refills in just [[2 hours]].", "accuracy.number", "block", "about 4 hours with a 20 W charger")

# ---------------------------------------------------------------- V18 hammock
C("V18", "<p>A single camping hammock in 70D ripstop nylon that stuffs into its own pouch, at 390 g (about 14 oz). It "
  "holds up to 150 kg (330 lb).</p><ul><li>270 x 140 cm (about 8 ft 10 in x 4 ft 7 in)</li><li>Forest or "
  "Charcoal</li><li>Tree straps and carabiners sold separately</li></ul>")
C("V18", "<p>Ultralight and packable: 70-denier ripstop, 2.7 m long, rated to 150 kg. Bring your own straps and "
  "carabiners, as they are not included.</p>")
C("V18", "<p>390 g ripstop nylon hammock for one, 270 x 140 cm, rated to 150 kg.</p>", "s")
C("V18", "<p>Single ultralight hammock in forest green or charcoal; straps sold separately.</p>", "s")
C("V18", qa(("Are straps included?", "No, tree straps and carabiners are sold separately."),
            ("How much weight does it hold?", "Up to 150 kg.")), "faq")
F("V18", "[[Room for two]] to swing side by side.", "accuracy.number", "block", "a single hammock")
F("V18", "Holds up to [[200 kg]].", "accuracy.number", "block", "the maximum load is 150 kg")
F("V18", "[[Tree straps and carabiners included]].", "accuracy.feature", "block",
  "straps and carabiners are sold separately")
F("V18", "A [[built-in mosquito net]] zips shut for buggy nights.", "accuracy.feature", "block",
  "the listing gives no net")
F("V18", "Sewn from [[parachute silk]].", "accuracy.material", "block", "the fabric is 70D ripstop nylon")
F("V18", "In Forest, Charcoal or [[Sky Blue]].", "accuracy.colour", "block", "the colours are Forest and Charcoal")
F("V18", "An [[eco-friendly]] hammock for low-impact trips.", "compliance.environmental", "warn",
  "a vague eco claim the listing does not make")

# ---------------------------------------------------------------- V19 speaker (external)
C("V19", "<p>A speaker small enough for your palm, with Bluetooth 5.3 and up to 12 hours of play on a charge. It is "
  "rated IP67, sealed against dust and water.</p><p>Sold and shipped by our partner SoundCart, who handle delivery, "
  "warranty and returns.</p>")
C("V19", "<p>Pocket-sized Bluetooth 5.3 speaker, IP67, up to half a day of music per charge over USB-C. SoundCart, our "
  "partner, ships it and looks after returns and the warranty.</p>")
C("V19", "<p>Palm-sized IP67 Bluetooth 5.3 speaker with up to 12 h of play, charged by USB-C.</p>", "s")
C("V19", "<p>A dust- and waterproof pocket speaker, sold and shipped by SoundCart.</p>", "s")
C("V19", seo("Pocket Bluetooth Speaker, IP67 | Sonnet Vale", "Palm-sized Bluetooth 5.3 speaker with up to 12 hours "
  "of play and IP67 dust and water resistance. Sold and shipped by our partner SoundCart."), "seo")
F("V19", "Up to [[24 hours]] of music on one charge.", "accuracy.number", "block", "up to 12 hours")
F("V19", "Covered by [[our two-year warranty]].", "accuracy.warranty", "block",
  "the partner SoundCart handles the warranty")
F("V19", "[[Free next-day delivery from us]].", "compliance.shipping", "block",
  "the partner SoundCart handles delivery; no promise given")
F("V19", "[[Pair two for stereo sound]].", "accuracy.feature", "block", "the listing gives no stereo pairing")
F("V19", "[[Works with Alexa and Siri voice control]].", "accuracy.compatibility", "block",
  "the listing gives no voice-assistant support")
F("V19", "It even [[floats]], so a drop in the pool is no drama.", "accuracy.feature", "block",
  "IP67 is dust and water resistance; the listing does not say it floats")

# ---------------------------------------------------------------- V20 photo restoration (service)
C("V20", "<p>Send us a scan of a damaged photo and we repair tears, stains and fading by hand, then send back a "
  "high-resolution file by email within 7 working days. One round of changes is included.</p><ul><li>Light damage "
  "£25, heavy damage £45</li><li>Digital file only: we do not print or handle originals</li></ul>")
C("V20", "<p>A digital restoration service: your scan in, a repaired high-res file back by email within seven "
  "working days. We retouch by hand, and we never need your original.</p>")
C("V20", "<p>Hand restoration of scanned photos, returned by email within 7 working days, one revision "
  "included.</p>", "s")
C("V20", "<p>From £25 for light damage: tears, stains and fading repaired, delivered as a digital file.</p>", "s")
C("V20", qa(("Do you print the restored photo?", "No, you get a high-resolution digital file by email; we do not "
             "print or handle originals."), ("How long does it take?", "Up to 7 working days.")), "faq")
F("V20", "Your restored file is back in [[3 working days]].", "accuracy.number", "block", "within 7 working days")
F("V20", "[[Unlimited revisions]] until it is just right.", "accuracy.feature", "block", "one revision included")
F("V20", "A [[printed and framed copy is posted to you]] as well.", "accuracy.feature", "block",
  "digital file only; no printing")
F("V20", "Heavy damage is [[£35]].", "accuracy.price", "block", "heavy damage is £45")
F("V20", "We can [[colourise black-and-white photos]] too.", "accuracy.feature", "block",
  "the listing gives repair of tears, stains and fading only")
F("V20", "[[Trusted by over 5,000 families]].", "compliance.social_proof", "warn",
  "a customer figure the listing does not give")
F("V20", "Post us your originals and [[we return them worldwide]].", "compliance.shipping", "block",
  "the service does not handle originals or post anything")

# ---------------------------------------------------------------- V21 thin: glass bud vase
C("V21", "<p>A glass bud vase, sized for a single stem or a small sprig.</p>")
C("V21", "<p>A small glass vase for one or two buds.</p>")
C("V21", "<p>Glass bud vase, €22.</p>", "s")
C("V21", "<p>A simple glass bud vase.</p>", "s")
C("V21", seo("Glass Bud Vase", "A glass bud vase for a single flower or a sprig from the garden, priced at €22."),
  "seo")
F("V21", "A [[hand-blown]] glass bud vase.", "accuracy.feature", "block", "the thin listing gives no making method")
F("V21", "A simple glass bud vase, [[made in Sweden]].", "accuracy.origin", "block", "the listing gives no origin")
F("V21", "Stands [[15 cm]] tall.", "accuracy.size", "block", "the listing gives no size")
F("V21", "In [[smoky amber]] glass.", "accuracy.colour", "warn", "the listing gives no colour")
F("V21", "A [[set of three]] bud vases.", "accuracy.number", "block", "one vase")
F("V21", "Made from [[100% recycled glass]].", "compliance.environmental", "block",
  "the listing gives no recycled content")

# ---------------------------------------------------------------- V22 thin: linen napkins
C("V22", "<p>Four napkins in 100% linen from Hallow Loom.</p>")
C("V22", "<p>A set of four pure linen napkins.</p>")
C("V22", "<p>Hallow Loom linen napkins, four to a set.</p>", "s")
C("V22", "<p>Pure linen table napkins, set of 4, £36.</p>", "s")
C("V22", qa(("What are they made of?", "100% linen."), ("How many are in the set?", "Four.")), "faq")
F("V22", "[[Stonewashed]] for a soft, lived-in feel.", "accuracy.feature", "block",
  "the listing gives no finish")
F("V22", "Each napkin is [[45 x 45 cm]].", "accuracy.size", "block", "the listing gives no size")
F("V22", "A set of [[six]] linen napkins.", "accuracy.number", "block", "a set of 4")
F("V22", "A [[linen-cotton blend]] that softens with every wash.", "accuracy.material", "block", "100% linen")
F("V22", "[[Machine wash at 60 °C and tumble dry]].", "accuracy.care", "block", "the listing gives no care")
F("V22", "Pure linen napkins from [[Hollow Loom]].", "accuracy.brand", "block", "the vendor is Hallow Loom")

# ---------------------------------------------------------------- V23 grouped cocktail set
C("V23", "<p>The three tools for shaken drinks: a 700 ml Boston shaker, a Hawthorne strainer and a 30/45 ml jigger, "
  "all in stainless steel. Buy the pieces one by one; all three come to $51.</p>")
C("V23", "<p>Stainless steel barware sold piece by piece: the Boston shaker (700 ml, about 24 fl oz) at $28, the "
  "Hawthorne strainer at $14 and a double jigger measuring 30 and 45 ml (1 and 1.5 oz) at $9.</p>")
C("V23", "<p>Boston shaker, Hawthorne strainer and 30/45 ml jigger in stainless steel, sold separately.</p>", "s")
C("V23", "<p>Everything for shaken cocktails, from a $9 jigger to a $28 shaker.</p>", "s")
C("V23", seo("Cocktail Shaker Set | Barwick & Sloe", "Stainless steel Boston shaker (700 ml), Hawthorne strainer and "
  "30/45 ml jigger, each sold on its own so you buy only what your bar is missing."), "seo")
F("V23", "Get [[the whole set for $45]].", "accuracy.price", "block",
  "the pieces are sold one by one at $28, $14 and $9 ($51 together)")
F("V23", "[[Copper-plated]] steel that glows on the bar.", "accuracy.material", "block",
  "everything is stainless steel")
F("V23", "A [[900 ml]] Boston shaker for two drinks at once.", "accuracy.size", "block", "the shaker is 700 ml")
F("V23", "A [[bar spoon and muddler are included]].", "accuracy.feature", "block",
  "the set is shaker, strainer and jigger")
F("V23", "A classic three-piece [[cobbler shaker]].", "accuracy.category", "block",
  "the shaker is a Boston shaker")
F("V23", "[[Dishwasher safe]], every piece.", "accuracy.care", "block", "the listing gives no care")
F("V23", "[[Made in Japan]] from stainless steel.", "accuracy.origin", "block", "the listing gives no origin")

# ---------------------------------------------------------------- V24 hot sauce (Spanish)
C("V24", "<p>Salsa de habanero asado con zanahoria y ajo, hecha en Mérida, Yucatán. Pica 4 de 5 y no lleva "
  "conservadores.</p><ul><li>150 ml en botella de vidrio</li><li>Refrigérala una vez abierta</li></ul>")
C("V24", "<p>A roasted habanero hot sauce from Mérida in Yucatán, with carrot, garlic, vinegar and salt and no "
  "preservatives. Heat is 4 out of 5.</p><ul><li>150 ml (about 5 fl oz), glass bottle</li><li>Vegan</li><li>Keep in "
  "the fridge after opening</li></ul>")
C("V24", "<p>Salsa vegana de habanero asado, picor 4/5, sin conservadores, 150 ml.</p>", "s")
C("V24", "<p>Roasted habanero sauce from Yucatán, $65 MXN a bottle.</p>", "s")
C("V24", qa(("¿Hay que refrigerarla?", "Sí, después de abrirla."), ("¿Qué tan picante es?", "Un 4 de 5.")), "faq")
F("V24", "Picor [[5 de 5]]: solo para valientes.", "accuracy.number", "block", "the heat is 4/5", native=True)
F("V24", "Habanero asado con [[mango]] y ajo.", "accuracy.material", "block",
  "the ingredients are habanero, carrot, vinegar, garlic and salt", native=True)
F("V24", "[[No necesita refrigeración]], ni siquiera abierta.", "accuracy.care", "block",
  "refrigerate after opening", native=True)
F("V24", "Hecha [[en Puebla]] con chiles locales.", "accuracy.origin", "block", "made in Mérida, Yucatán",
  native=True)
F("V24", "A [[250 ml]] bottle for the table.", "accuracy.size", "block", "the bottle holds 150 ml")
F("V24", "The heat [[boosts your metabolism and burns fat]].", "compliance.health", "block",
  "a health claim the listing does not make")

# ---------------------------------------------------------------- V25 stunt kite
C("V25", "<p>A dual-line delta stunt kite with a 1.8 m wingspan (just under 6 ft), a ripstop polyester sail and a "
  "carbon frame. It flies in winds from 10 to 40 km/h, roughly 5 to 22 knots, and comes ready to fly with two 25 m "
  "lines and handles.</p><ul><li>Ages 12 and up</li></ul>")
C("V25", "<p>Carbon spars and a ripstop polyester sail on a 180 cm delta, flown on two lines. Lines (2 x 25 m) and "
  "handles are in the box. For ages 12+.</p>")
C("V25", "<p>1.8 m dual-line delta stunt kite, carbon frame, lines and handles included.</p>", "s")
C("V25", "<p>Flies in 10-40 km/h winds; for kite fliers aged 12 and over.</p>", "s")
C("V25", seo("Delta Stunt Kite, 1.8 m | Windhollow", "Dual-line delta stunt kite with a 1.8 m wingspan, ripstop "
  "polyester sail and carbon frame. Flies in 10-40 km/h winds; lines and handles included."), "seo")
F("V25", "A wide [[2.4 m]] wingspan.", "accuracy.size", "block", "the wingspan is 1.8 m")
F("V25", "A delta stunt kite on a light [[fibreglass]] frame.", "accuracy.material", "block", "the frame is carbon")
F("V25", "[[Four-line]] control for precise tricks.", "accuracy.number", "block", "a dual-line kite")
F("V25", "Flies in winds [[from 5 to 50 km/h]].", "accuracy.number", "block", "the wind range is 10-40 km/h")
F("V25", "[[Lines and handles are sold separately]].", "accuracy.feature", "block",
  "lines and handles are included")
F("V25", "[[Great for kids from 6]].", "compliance.health", "block", "the listing says ages 12+")
F("V25", "[[Guaranteed to fly in any wind]].", "compliance.absolute", "warn", "an absolute the listing does not make")

# ---------------------------------------------------------------- V26 golf balls
C("V26", "<p>Three-piece golf balls with a urethane cover, for spin around the greens. A box holds a dozen, in white "
  "or matte yellow.</p><ul><li>332 dimples</li></ul>")
C("V26", "<p>A 12-pack of tour-style three-layer balls with a urethane skin for greenside spin.</p>")
C("V26", "<p>One dozen 3-piece urethane golf balls in white or matte yellow.</p>", "s")
C("V26", "<p>Urethane-covered golf balls, 12 to a box, $52.</p>", "s")
C("V26", qa(("How many balls are in a box?", "Twelve."), ("What is the cover made of?", "Urethane.")), "faq")
F("V26", "A [[four-piece]] tour ball.", "accuracy.number", "block", "the balls are 3-piece")
F("V26", "Three-piece balls with a soft [[Surlyn]] cover.", "accuracy.material", "block", "the cover is urethane")
F("V26", "[[Adds 20 yards off the tee]].", "accuracy.feature", "block", "an invented performance figure")
F("V26", "In white, matte yellow or [[matte pink]].", "accuracy.colour", "block",
  "the colours are White and Matte Yellow")
F("V26", "[[On the USGA conforming list]].", "accuracy.certification", "block",
  "the listing gives no conformance")
F("V26", "[[Free shipping on every box]].", "compliance.shipping", "block", "the listing makes no shipping promise")

# ---------------------------------------------------------------- V27 cashmere scarf
C("V27", "<p>A brushed 100% cashmere scarf, woven in Scotland, with fringed ends. It measures 180 x 30 cm (about 71 x "
  "12 in) and comes in camel, navy or heather grey.</p><ul><li>Hand wash cold or dry clean; dry flat</li></ul>")
C("V27", "<p>Scottish-woven pure cashmere, brushed for softness, with a fringe at each end. Hand wash it in cold water "
  "or have it dry cleaned, then dry it flat.</p>")
C("V27", "<p>Pure cashmere scarf woven in Scotland, 180 x 30 cm, in camel, navy or heather grey.</p>", "s")
C("V27", "<p>A fringed, brushed cashmere scarf, £145.</p>", "s")
C("V27", seo("Cashmere Scarf, Woven in Scotland | Aldermoor", "A brushed 100% cashmere scarf woven in Scotland, 180 x "
  "30 cm with fringed ends, in camel, navy or heather grey."), "seo")
F("V27", "A brushed scarf in a [[cashmere and merino blend]].", "accuracy.material", "block", "100% cashmere")
F("V27", "A generous [[200 x 70 cm]] wrap.", "accuracy.size", "block", "180 x 30 cm")
F("V27", "[[Machine washable]] on a wool cycle.", "accuracy.care", "block", "hand wash cold or dry clean")
F("V27", "[[Woven in Mongolia]].", "accuracy.origin", "block", "woven in Scotland")
F("V27", "In camel, navy, heather grey or [[burgundy]].", "accuracy.colour", "block",
  "the colours are Camel, Navy and Heather Grey")
F("V27", "[[Ethically sourced and carbon-neutral]].", "compliance.environmental", "block",
  "the listing gives no sourcing or carbon claim")

# ---------------------------------------------------------------- V28 sunscreen
C("V28", "<p>A mineral sunscreen with 20% zinc oxide, giving broad-spectrum SPF 30 protection. It is water resistant "
  "for 40 minutes and unscented.</p><ul><li>100 ml (about 3.4 fl oz)</li><li>Made in Australia</li><li>Reapply every "
  "2 hours and after swimming or towelling</li></ul>")
C("V28", "<p>Australian-made zinc sunscreen, SPF30, broad spectrum, unscented. Water-resistant for 40 min, so reapply "
  "after a swim, and every two hours anyway.</p>")
C("V28", "<p>Broad-spectrum SPF 30 mineral sunscreen with 20% zinc oxide, unscented, 100 ml.</p>", "s")
C("V28", "<p>Aussie-made zinc sunscreen, water resistant for 40 minutes.</p>", "s")
C("V28", qa(("How often should I reapply?", "Every 2 hours, and after swimming or towelling."),
            ("Is it scented?", "No, it is unscented.")), "faq")
F("V28", "Broad-spectrum [[SPF 50+]].", "accuracy.number", "block", "SPF 30")
F("V28", "Water resistant for [[4 hours]].", "accuracy.number", "block", "water resistant for 40 minutes")
F("V28", "[[Reef-safe]] mineral sunscreen with 20% zinc oxide.", "compliance.environmental", "block", "the listing makes no reef claim")
F("V28", "[[Safe for babies from birth]].", "compliance.health", "block", "the listing gives no age guidance")
F("V28", "SPF 30 zinc with a light [[coconut scent]].", "accuracy.material", "block", "the sunscreen is unscented")
F("V28", "[[Titanium dioxide]] and zinc oxide for broad protection.", "accuracy.material", "block",
  "the only active given is 20% zinc oxide")
F("V28", "[[TGA-listed]] sun protection.", "accuracy.certification", "block", "the listing gives no listing number")

# ---------------------------------------------------------------- V29 wall clock
C("V29", "<p>A 30 cm wall clock (about 12 in) with an oak veneer face behind glass. The sweep movement glides instead "
  "of ticking, so it stays silent in a bedroom or study.</p><ul><li>Runs on 1 AA battery, not included</li></ul>")
C("V29", "<p>Oak-veneer dial, glass front and a silent, non-ticking sweep movement. Add one AA battery (not supplied) "
  "and hang it.</p>")
C("V29", "<p>Silent 30 cm wall clock with an oak veneer face and glass front.</p>", "s")
C("V29", "<p>A non-ticking oak-veneer clock; needs one AA battery, sold without it.</p>", "s")
C("V29", seo("Silent Wall Clock, Oak Veneer, 30 cm | Tidemark Home", "A 30 cm wall clock with an oak veneer face, "
  "glass front and silent sweep movement that does not tick. Runs on one AA battery, not included."), "seo")
F("V29", "A [[40 cm]] face you can read across the room.", "accuracy.size", "block", "the clock is 30 cm")
F("V29", "A wall clock with a [[solid oak]] face and a silent sweep movement.", "accuracy.material", "block", "the face is oak veneer")
F("V29", "[[Battery included]], ready to hang.", "accuracy.feature", "block", "the battery is not included")
F("V29", "[[Radio-controlled]], so it sets itself.", "accuracy.feature", "block",
  "the movement is silent sweep; no radio control")
F("V29", "Runs on [[two AA batteries]].", "accuracy.number", "block", "one AA battery")
F("V29", "[[Danish design]] at home on any wall.", "accuracy.origin", "warn", "a vague origin the listing does not give")

# ---------------------------------------------------------------- V30 office chair
C("V30", "<p>A mesh-back office chair with adjustable lumbar support, 3D armrests and a synchronised tilt that locks "
  "in 4 positions, so you can set it up for how you sit. Seat height runs from 44 to 54 cm (about 17.3 to 21.3 "
  "in).</p><ul><li>For users up to 120 kg (264 lb)</li><li>Aluminium base, fabric-covered foam seat</li><li>5-year "
  "warranty</li><li>Assembly required; tools included</li></ul>")
C("V30", "<p>A mesh back, adjustable lumbar support, armrests that adjust in three dimensions and a synchro tilt with "
  "four locking positions. Covered by a five-year warranty.</p>")
C("V30", "<p>Ergonomic mesh chair with adjustable lumbar support, 3D arms and a 4-position synchro tilt.</p>", "s")
C("V30", "<p>Mesh office chair for users up to 120 kg, with a 5-year warranty; tools for assembly included.</p>", "s")
C("V30", qa(("Does it need assembly?", "Yes; the tools are included."), ("What is the warranty?", "5 years.")),
  "faq")
F("V30", "Backed by a [[10-year warranty]].", "accuracy.warranty", "block", "the warranty is 5 years")
F("V30", "Rated for users up to [[150 kg]].", "accuracy.number", "block", "120 kg")
F("V30", "A mesh back above a [[leather]] seat cushion.", "accuracy.material", "block", "the seat is foam with a fabric cover")
F("V30", "Seat height [[40-50 cm]].", "accuracy.size", "block", "44-54 cm")
F("V30", "[[Cures back pain]] in weeks.", "compliance.health", "block", "a medical claim")
F("V30", "[[BIFMA-certified]] for office use.", "accuracy.certification", "block", "the listing gives no certification")
F("V30", "Designed by [[Posture & Pine]].", "accuracy.brand", "block", "the vendor is Posture & Oak")


def _recast():
    listings = make_listings.LISTINGS
    seen = {}
    out = []
    for item in FAULTY:
        key = item["listing"]
        n = seen.get(key, 0)
        seen[key] = n + 1
        kind = item["kind"] or CYCLE[n % len(CYCLE)]
        lang, native_pads = NATIVE_PAD.get(key, ("en", None))
        if item["native"]:
            pads, question = native_pads, QUESTION[lang]
        else:
            pads, question = PAD[key], QUESTION["en"]
        pad = item["more"] or pads[(n // 3) % 2]
        sentence = item["draft"]
        if kind == "d":
            body = f"{sentence} {pad}" if n % 2 == 0 else f"{pad} {sentence}"
            draft = _html(body)
        elif kind == "s":
            draft = _html(sentence)
        elif kind == "seo":
            lst = listings[key]
            title = f"{lst['title']} | {lst['vendor']}" if lst.get("vendor") else lst["title"]
            draft = seo(title, sentence)
        else:
            draft = qa((question, sentence))
        text, start, end = _strip_marks(_serialise(kind, draft))
        out.append({"listing": key, "kind": KIND[kind], "text": text,
                    "labels": [{"rule": item["rule"], "start": start, "end": end, "claim": text[start:end],
                                "severity": item["severity"], "why": item["why"]}]})
    return out


def build():
    clean = []
    for item in CLEAN:
        text = _serialise(item["kind"], item["draft"])
        assert "[[" not in text, text
        clean.append({"listing": item["listing"], "kind": KIND[item["kind"]], "text": text, "labels": []})
    faulty = _recast()
    for row in faulty:
        assert re.search(r"\S", row["labels"][0]["claim"]), row
    return clean, faulty
