"""Hand-written drafts of holdout set v47: clean drafts and faulty drafts with one planted claim.

Each faulty sentence marks its unsupported claim with [[...]]; the marks are removed and the claim
is located in the stored text (markup for HTML, the JSON text for SEO and FAQ).
"""

import html
import json
from typing import Any

import make_listings

GENERAL_Q = "Anything else worth knowing?"
KINDS = {"d": "description", "s": "short_description", "seo": "seo", "faq": "faq"}
B, W = "block", "warn"

# key -> clean parts and faulty sentences: (kind, marked sentence, rule, severity, why)
H: dict[str, dict[str, Any]] = {
    "T01": {
        "desc": [
            "This pack holds ten deep Langstroth frames, already assembled.",
            "The pine is kiln-dried, and every frame has a wax-coated plastic foundation fitted.",
        ],
        "short": "Ten ready-built deep frames, 19 in (about 48 cm) long, assembled in Vermont.",
        "seo": "Ten deep Langstroth frames in kiln-dried pine for $27.50.",
        "faq": ("How deep are the frames?", "They are deep frames, 9 1/8 in (roughly 23 cm)."),
        "pad": "The whole pack weighs 2.3 kg, about 5 lb.",
        "faulty": [
            ("d", "[[Twelve frames]] come in every pack.", "accuracy.number", B, "ten frames"),
            ("s", "The frames are [[cedar]] throughout.", "accuracy.material", B, "pine"),
            (
                "seo",
                "Deep frames [[assembled in Ontario]], ready for the hive.",
                "accuracy.origin",
                B,
                "assembled in Vermont, USA",
            ),
            (
                "faq",
                "[[Approved by the American Beekeeping Federation]].",
                "accuracy.certification",
                B,
                "no approval given",
            ),
            (
                "s",
                "Frames that [[fit Warré hives]] as well.",
                "accuracy.compatibility",
                B,
                "Langstroth hives",
            ),
            (
                "d",
                "[[Beekeepers across the state rely on these]].",
                "compliance.social_proof",
                W,
                "unconfirmable",
            ),
        ],
    },
    "T02": {
        "desc": [
            "The kit has a bone folder, an awl with a beechwood handle and two blunt needles.",
            "You also get a 50 m spool of waxed linen thread and twenty A5 sheets of 120 gsm "
            "cartridge paper.",
        ],
        "short": "A first kit for pamphlet and coptic bindings, £42.",
        "seo": "Bone folder, awl, needles, waxed linen thread and A5 paper to start binding.",
        "faq": ("Is glue included?", "No, glue and book board are not part of the kit."),
        "pad": "The kit weighs 540 g.",
        "faulty": [
            (
                "d",
                "[[Book board for two covers]] is packed in the kit.",
                "accuracy.feature",
                B,
                "book board not included",
            ),
            ("s", "The awl sits in a [[rosewood]] handle.", "accuracy.material", B, "beechwood"),
            (
                "seo",
                "[[Free next-day delivery]] on every kit.",
                "compliance.shipping",
                B,
                "no shipping terms given",
            ),
            (
                "faq",
                "[[Over 5,000 binders]] started with this kit.",
                "compliance.social_proof",
                W,
                "unconfirmable",
            ),
            ("d", "The thread comes on a [[100 m spool]].", "accuracy.number", B, "50 m"),
            (
                "faq",
                "It is [[a calligraphy set]] for beginners.",
                "accuracy.category",
                B,
                "a bookbinding kit",
            ),
        ],
    },
    "T03": {
        "desc": [
            "A 3/4 in spindle roughing gouge in M2 high-speed steel.",
            "It is fitted to a 16 in (about 41 cm) ash handle and ships sharpened at 45 degrees.",
        ],
        "short": "M2 HSS roughing gouge for spindle work, C$68.",
        "seo": "3/4 in spindle roughing gouge, M2 high-speed steel, ash handle.",
        "faq": (
            "Can I use it on bowls?",
            "No, it is for spindle work only, not bowls or face-grain turning.",
        ),
        "pad": "It weighs 620 g.",
        "faulty": [
            (
                "d",
                "It is [[just as good for roughing out bowls]].",
                "accuracy.feature",
                B,
                "spindle work only, not bowls",
            ),
            ("s", "[[Forged in Sheffield]], England.", "accuracy.origin", B, "no origin given"),
            ("seo", "Roughing gouge with a [[maple]] handle.", "accuracy.material", B, "ash"),
            (
                "faq",
                "[[Backed by a lifetime guarantee]].",
                "accuracy.warranty",
                B,
                "no warranty given",
            ),
            (
                "d",
                "It [[arrives unsharpened]], ready for your own grind.",
                "accuracy.feature",
                B,
                "ships sharpened at 45 degrees",
            ),
            (
                "seo",
                "Gouge from [[Robert Sorby]].",
                "accuracy.brand",
                B,
                "vendor Ridgeline Turning Tools",
            ),
        ],
    },
    "T04": {
        "desc": [
            "Six double-ended trimming tools with walnut handles.",
            "The ribbon loops are carbon steel, made for trimming feet and carving "
            "leather-hard clay.",
        ],
        "short": "Six trimming tools rolled up in canvas, A$34.",
        "seo": "Carbon steel ribbon loops on walnut handles, six tools in all.",
        "faq": ("How do I stop the loops rusting?", "Wipe them dry after each use."),
        "pad": "The set weighs 210 g.",
        "faulty": [
            ("d", "The loops are [[stainless steel]].", "accuracy.material", B, "carbon steel"),
            ("s", "A [[set of eight]] trimming tools.", "accuracy.number", B, "six pieces"),
            (
                "seo",
                "Loops you can [[leave soaking in water]] between sessions.",
                "accuracy.care",
                B,
                "wipe dry to stop rust",
            ),
            (
                "faq",
                "They also [[trim fired porcelain]].",
                "accuracy.compatibility",
                B,
                "leather-hard clay",
            ),
            ("d", "[[Handmade in Bali]].", "accuracy.origin", B, "no origin given"),
            (
                "faq",
                "[[A ten-year guarantee]] covers the loops.",
                "accuracy.warranty",
                B,
                "no warranty given",
            ),
        ],
    },
    "T05": {
        "desc": [
            "A hand-stitched bifold with six card slots and a note pocket.",
            "It is cut from 1.2 mm vegetable-tanned cowhide, in Tan or Dark Brown.",
        ],
        "short": "A veg-tan leather bifold made in Leon, Mexico.",
        "seo": "Vegetable-tanned leather bifold with six card slots, $85.",
        "faq": ("Does the leather change?", "Yes, it darkens with use; condition it twice a year."),
        "pad": "It measures 11.5 x 9 cm, about 4.5 x 3.5 inches.",
        "faulty": [
            ("d", "It also comes in [[black]].", "accuracy.colour", B, "Tan, Dark Brown"),
            (
                "s",
                "An [[RFID-blocking lining]] guards your cards.",
                "accuracy.feature",
                B,
                "no lining given",
            ),
            ("seo", "A bifold [[stitched in Florence]].", "accuracy.origin", B, "Leon, Mexico"),
            ("faq", "It is [[a Bellroy design]].", "accuracy.brand", B, "vendor Saddler's Row"),
            (
                "faq",
                "[[No wallet will ever outlast it]].",
                "compliance.absolute",
                W,
                "absolute claim",
            ),
            ("seo", "A bifold with [[eight card slots]].", "accuracy.number", B, "six slots"),
            ("d", "[[Chrome-tanned]] cowhide.", "accuracy.material", B, "vegetable-tanned"),
        ],
    },
    "T06": {
        "desc": [
            "Two kilograms of container soy wax flakes for candles in jars and tins.",
            "The wax melts at 49-54 °C (about 120-129 °F) and pours best at 60-70 °C.",
        ],
        "short": "2 kg of 100% soy wax flakes, €24.",
        "seo": "Container soy wax for jar and tin candles, 2 kg bag.",
        "faq": ("How much fragrance can I add?", "Up to 10% fragrance oil."),
        "pad": "It is not suitable for pillar candles.",
        "faulty": [
            ("d", "Add up to [[15% fragrance oil]].", "accuracy.number", B, "up to 10%"),
            (
                "s",
                "[[Made for free-standing pillar candles]].",
                "accuracy.feature",
                B,
                "not suitable for pillars",
            ),
            (
                "seo",
                "Soy wax that [[burns non-toxic]] in your home.",
                "compliance.health",
                B,
                "health claim",
            ),
            (
                "faq",
                "[[Every bag is carbon-neutral]].",
                "compliance.environmental",
                B,
                "no environmental claim",
            ),
            (
                "seo",
                "Soy wax from [[Golden Brands]].",
                "accuracy.brand",
                B,
                "vendor Wickworks Supply",
            ),
            ("faq", "[[Certified organic soy]].", "accuracy.certification", B, "no certification"),
        ],
    },
    "T07": {
        "desc": [
            "Five pointed nibs, flexible to firm, for copperplate and Spencerian scripts.",
            "They come in a small tin and fit standard straight and oblique holders.",
        ],
        "short": "Five nickel-plated steel nibs in a tin, $18.",
        "seo": "Pointed pen nib sampler: five nibs from flexible to firm.",
        "faq": ("Is a holder included?", "No, you need your own holder; none is included."),
        "pad": "Rinse the ink off with water after each session.",
        "faulty": [
            (
                "d",
                "[[A straight holder is included]].",
                "accuracy.feature",
                B,
                "holder not included",
            ),
            ("s", "Five [[gold-plated]] nibs.", "accuracy.material", B, "nickel-plated steel"),
            ("seo", "[[Brause]] nibs for copperplate.", "accuracy.brand", B, "vendor Inkwell Lane"),
            ("faq", "[[The finest nibs ever made]].", "compliance.absolute", W, "absolute claim"),
            (
                "d",
                "Nibs that [[fit fountain pens]] too.",
                "accuracy.compatibility",
                B,
                "straight and oblique holders",
            ),
            (
                "faq",
                "Every order [[ships free the same day]].",
                "compliance.shipping",
                B,
                "no shipping terms",
            ),
        ],
    },
    "T08": {
        "desc": [
            "A dense cork block that supports you in standing and seated poses.",
            "It measures 23 x 15 x 7.5 cm (about 9 x 6 x 3 inches) and weighs 680 g.",
        ],
        "short": "Natural cork from Alentejo, Portugal, $22.",
        "seo": "Dense natural cork yoga block, 23 x 15 x 7.5 cm.",
        "faq": ("How do I clean it?", "Wipe it with a damp cloth."),
        "pad": "The cork comes from the Alentejo region of Portugal.",
        "faulty": [
            ("d", "[[Cork harvested in Catalonia]].", "accuracy.origin", B, "Alentejo, Portugal"),
            (
                "s",
                "It [[relieves back pain]] in every pose.",
                "compliance.health",
                B,
                "health claim",
            ),
            ("seo", "A dense [[EVA foam]] yoga block.", "accuracy.material", B, "natural cork"),
            (
                "faq",
                "[[Machine wash it at 30 degrees]].",
                "accuracy.care",
                B,
                "wipe with a damp cloth",
            ),
            ("d", "A [[set of two]] blocks.", "accuracy.number", B, "one block"),
            (
                "faq",
                "[[Zero-waste]] cork, kind to the planet.",
                "compliance.environmental",
                B,
                "no environmental claim",
            ),
        ],
    },
    "T09": {
        "desc": [
            "Six carbon arrows, spine 500, cut to 30 in (about 76 cm).",
            "Each carries three 2 in vanes in orange or green and a 100 grain field point.",
        ],
        "short": "For bows of 40 to 50 lb draw weight, $79 for six.",
        "seo": "Carbon arrows 30 in, spine 500, six to a pack.",
        "faq": ("Can I shoot them from a crossbow?", "No, they are not for crossbows."),
        "pad": "The pack weighs 170 g.",
        "faulty": [
            (
                "d",
                "[[Broadheads come fitted]] for hunting.",
                "accuracy.feature",
                B,
                "100 grain field points",
            ),
            (
                "s",
                "Made for [[crossbows and compound bows]].",
                "accuracy.compatibility",
                B,
                "not for crossbows",
            ),
            ("seo", "Carbon arrows cut to [[32 in]].", "accuracy.size", B, "30 in only"),
            ("faq", "The vanes come in [[blue]].", "accuracy.colour", B, "Orange, Green"),
            ("d", "Field points of [[125 grain]].", "accuracy.number", B, "100 grain"),
            ("faq", "The shafts are [[aluminium]].", "accuracy.material", B, "carbon"),
        ],
    },
    "T10": {
        "desc": [
            "A polyester double-braid dock line, 3/8 in thick and 20 ft (about 6.1 m) long.",
            "One end has a 12 in spliced eye.",
        ],
        "short": "Breaking strength 4,400 lb; for boats up to 25 ft.",
        "seo": "3/8 in x 20 ft double-braid dock line in navy or white.",
        "faq": ("How strong is it?", "It breaks at 4,400 lb, about 2,000 kg."),
        "pad": "It comes in navy or white, $36 either way.",
        "faulty": [
            ("d", "Rated for [[boats up to 40 ft]].", "accuracy.number", B, "up to 25 ft"),
            ("s", "A [[nylon]] double braid.", "accuracy.material", B, "polyester"),
            (
                "seo",
                "Dock line with a [[spliced eye at both ends]].",
                "accuracy.feature",
                B,
                "one 12 in eye",
            ),
            ("faq", "One line costs [[$29]].", "accuracy.price", B, "$36"),
            ("d", "Spliced by hand [[in Maine]].", "accuracy.origin", B, "no origin given"),
            ("faq", "It comes [[in red]].", "accuracy.colour", B, "Navy, White"),
        ],
    },
    "T11": {
        "desc": [
            "Felt boots of 100% sheep's wool, felted by hand in Kirov.",
            "The shaft is 30 cm tall, and they come in sizes 38 to 44.",
        ],
        "short": "Серые валенки из овечьей шерсти, от 6900 ₽.",
        "seo": "Валенки ручной валки из Кирова, высота голенища 30 см.",
        "faq": (
            "Do they have a rubber sole?",
            "No, there is no rubber sole; wear them on dry snow.",
        ),
        "pad": "Sizes 42 and 44 cost 7,400 RUB.",
        "faulty": [
            ("d", "They are also felted [[in white]].", "accuracy.colour", B, "grey"),
            ("d", "Now also made [[in size 46]].", "accuracy.size", B, "sizes 38-44"),
            (
                "s",
                "[[Непромокаемые]] валенки на любую погоду.",
                "accuracy.feature",
                B,
                "no rubber sole, for dry snow",
            ),
            ("seo", "Валенки, [[свалянные в Иванове]].", "accuracy.origin", B, "Kirov"),
            (
                "faq",
                "Sizes 38 and 40 are [[7,400 RUB]].",
                "accuracy.price",
                B,
                "6,900 RUB for 38 and 40",
            ),
            ("d", "Each pair [[has a sewn rubber sole]].", "accuracy.feature", B, "no rubber sole"),
            (
                "faq",
                "The boots are [[lined with rabbit fur]].",
                "accuracy.material",
                B,
                "sheep's wool only",
            ),
        ],
    },
    "T12": {
        "desc": [
            "A two-tier bamboo steamer with a lid, 26 cm (about 10 inches) across.",
            "It is woven by hand in Anji, Zhejiang, and suits buns and dumplings.",
        ],
        "short": "两层竹蒸笼，直径26厘米，售价¥128。",
        "seo": "安吉手工编制的竹蒸笼，两层带盖。",
        "faq": ("Will a dishwasher harm it?", "Keep it out of the dishwasher; wash it by hand."),
        "pad": "Steam it empty for 10 minutes before its first use.",
        "faulty": [
            ("d", "[[Three tiers]] stack under the lid.", "accuracy.number", B, "two tiers"),
            ("s", "竹蒸笼，[[可放入洗碗机]]。", "accuracy.care", B, "not dishwasher safe"),
            ("seo", "带[[不锈钢底圈]]的竹蒸笼。", "accuracy.material", B, "bamboo only"),
            (
                "faq",
                "The bamboo is [[certified organic]].",
                "accuracy.certification",
                B,
                "no certification",
            ),
            ("d", "A steamer [[30 cm across]].", "accuracy.size", B, "26 cm"),
            ("faq", "It is [[a rice cooker]] made of bamboo.", "accuracy.category", B, "a steamer"),
        ],
    },
    "T13": {
        "desc": [
            "A hand-woven kilim of pure wool, 120 x 180 cm (about 4 x 6 ft).",
            "It carries the turtle motif in red and black, and both sides are the same.",
        ],
        "short": "Ćilim tkan u Pirotu, 38.000 dinara.",
        "seo": "Ručno tkani vuneni ćilim sa motivom kornjače, 120 x 180 cm.",
        "faq": ("How do I clean it?", "Dry cleaning only."),
        "pad": "It weighs 4.5 kg.",
        "faulty": [
            (
                "d",
                "It is [[machine-washable]] on a wool cycle.",
                "accuracy.care",
                B,
                "dry clean only",
            ),
            ("s", "Ćilim [[od pamuka]], ručno tkan.", "accuracy.material", B, "wool"),
            ("seo", "Ćilim [[tkan u Nišu]].", "accuracy.origin", B, "Pirot"),
            (
                "faq",
                "The turtles are woven in [[blue and white]].",
                "accuracy.colour",
                B,
                "red and black",
            ),
            ("d", "It is [[machine-made]] from pure wool.", "accuracy.feature", B, "hand-woven"),
            ("faq", "It costs [[32,000 dinars]].", "accuracy.price", B, "38,000 RSD"),
        ],
    },
    "T14": {
        "desc": [
            "A stick umbrella with a 120 cm canopy and a fibreglass frame.",
            "The canopy is polyester and the handle is wood.",
        ],
        "short": "E Stackprabbeli a Schwaarz oder Bordeaux, 59 €.",
        "seo": "Prabbeli mat 120 cm Duerchmiesser a Fibreglas-Struktur.",
        "faq": ("How heavy is it?", "It weighs 780 g, about 1.7 lb."),
        "pad": "It comes in black or burgundy.",
        "faulty": [
            ("d", "The handle is [[genuine leather]].", "accuracy.material", B, "wood"),
            (
                "s",
                "[[Gratis Liwwerung]] an ganz Europa.",
                "compliance.shipping",
                B,
                "no shipping terms",
            ),
            (
                "seo",
                "Stackprabbeli mat [[liewenslaanger Garantie]].",
                "accuracy.warranty",
                B,
                "no warranty given",
            ),
            (
                "faq",
                "It [[folds small enough for a handbag]].",
                "accuracy.feature",
                B,
                "a stick umbrella",
            ),
            ("d", "It comes in [[navy]] too.", "accuracy.colour", B, "black, burgundy"),
            ("faq", "It [[withstands any storm]].", "compliance.absolute", W, "absolute claim"),
        ],
    },
    "T15": {
        "desc": [
            "A 1,000-piece jigsaw of an old map of the world.",
            "Finished, it measures 68 x 48 cm (about 27 x 19 inches).",
        ],
        "short": "Puzlo de 1000 pecoj el reciklita kartono, 29 €.",
        "seo": "Malnova mondmapo kiel puzlo kun 1000 pecoj.",
        "faq": ("Is it suitable for small children?", "Not for children under 3."),
        "pad": "It weighs 620 g.",
        "faulty": [
            ("d", "The finished picture is [[70 x 50 cm]].", "accuracy.number", B, "68 x 48 cm"),
            (
                "s",
                "[[La plej bona puzlo en la mondo]].",
                "compliance.absolute",
                W,
                "absolute claim",
            ),
            (
                "seo",
                "Mapa puzlo kun [[senpaga sendado]].",
                "compliance.shipping",
                B,
                "no shipping terms",
            ),
            (
                "faq",
                "[[Over 10,000 puzzlers]] have finished it.",
                "compliance.social_proof",
                W,
                "unconfirmable",
            ),
            (
                "d",
                "A puzzle that [[keeps your memory sharp]].",
                "compliance.health",
                B,
                "health claim",
            ),
            ("d", "[[Certified FSC]] cardboard.", "accuracy.certification", B, "no certification"),
            ("faq", "It is a [[1,500-piece]] puzzle.", "accuracy.number", B, "1000 pieces"),
        ],
    },
    "T16": {
        "desc": [
            "A hand block-printed cotton quilt, made in Sanganer, Jaipur.",
            "It is a double, 228 x 254 cm (about 90 x 100 inches), filled with cotton.",
        ],
        "short": "नीली या गुलाबी, ₹4,200 की सूती रज़ाई।",
        "seo": "सांगानेर की हाथ से छपी सूती रज़ाई, डबल आकार।",
        "faq": (
            "How should I wash it the first time?",
            "Wash it alone in cold water the first time.",
        ),
        "pad": "Choose blue or pink.",
        "faulty": [
            ("d", "It is filled with [[polyester fibre]].", "accuracy.material", B, "cotton"),
            ("s", "[[बगरू में बनी]] सूती रज़ाई।", "accuracy.origin", B, "Sanganer"),
            ("seo", "[[किंग साइज़]] सूती रज़ाई।", "accuracy.size", B, "double only"),
            (
                "faq",
                "The dyes are [[OEKO-TEX certified]].",
                "accuracy.certification",
                B,
                "no certification",
            ),
            (
                "faq",
                "The whole quilt is [[fully biodegradable]].",
                "compliance.environmental",
                B,
                "no environmental claim",
            ),
            ("d", "A [[machine-printed]] quilt.", "accuracy.feature", B, "hand block-printed"),
            ("faq", "It is a [[single]] quilt.", "accuracy.size", B, "double"),
        ],
    },
    "T17": {
        "desc": [
            "Harbour Teal is a water-based dye ink for fountain pens.",
            "It comes in a 50 ml (about 1.7 fl oz) glass bottle.",
        ],
        "short": "50 ml of fountain pen ink, made in Ohio, $16.",
        "seo": "Harbour Teal fountain pen ink, 50 ml glass bottle.",
        "faq": ("Is it waterproof?", "No, it is not waterproof."),
        "pad": "Shake the bottle gently before you fill your pen.",
        "faulty": [
            ("d", "It turns [[waterproof once dry]].", "accuracy.feature", B, "not waterproof"),
            (
                "s",
                "A [[pigment ink]] for fountain pens.",
                "accuracy.material",
                B,
                "water-based dye",
            ),
            ("seo", "Teal ink in a [[30 ml]] glass bottle.", "accuracy.number", B, "50 ml"),
            ("faq", "It is [[mixed in Oregon]].", "accuracy.origin", B, "Ohio"),
            (
                "d",
                "[[Safe to use in dip pens and airbrushes]].",
                "accuracy.compatibility",
                B,
                "for fountain pens",
            ),
            (
                "faq",
                "[[Thousands of pen lovers]] reorder it.",
                "compliance.social_proof",
                W,
                "unconfirmable",
            ),
        ],
    },
    "T18": {
        "desc": [
            "A round 9 in (about 23 cm) banneton woven from rattan cane.",
            "A linen liner comes with it, and it holds about 750 g of dough.",
        ],
        "short": "Round rattan proofing basket with liner, $21.",
        "seo": "9 in round banneton in rattan cane, linen liner included.",
        "faq": ("How do I clean it?", "Brush out the flour; don't wash the cane."),
        "pad": "Keep it out of the oven.",
        "faulty": [
            ("d", "It holds [[1 kg of dough]].", "accuracy.number", B, "about 750 g"),
            (
                "s",
                "[[Bake the loaf right in the basket]].",
                "accuracy.feature",
                B,
                "not for the oven",
            ),
            ("seo", "A [[dishwasher-safe]] banneton.", "accuracy.care", B, "do not wash"),
            (
                "faq",
                "It is pressed from [[spruce wood pulp]].",
                "accuracy.material",
                B,
                "rattan cane",
            ),
            ("d", "The liner is [[cotton]].", "accuracy.material", B, "linen"),
            ("faq", "It is [[an oval banneton]].", "accuracy.size", B, "round"),
        ],
    },
    "T19": {
        "desc": [
            "A 32 mm Plössl eyepiece for 1.25 in focusers.",
            "It gives a 52 degree apparent field and 22 mm of eye relief.",
        ],
        "short": "Fully multi-coated 32 mm eyepiece, $74.",
        "seo": "32 mm Plössl, 1.25 in barrel, 52 degree field.",
        "faq": ("Will it fit a 2 in focuser?", "Only with an adapter, which is not included."),
        "pad": "It weighs 190 g.",
        "faulty": [
            (
                "d",
                "It [[drops straight into 2 in focusers]].",
                "accuracy.compatibility",
                B,
                "needs an adapter",
            ),
            ("s", "A [[68 degree]] apparent field.", "accuracy.number", B, "52 degrees"),
            ("seo", "A 32 mm [[zoom eyepiece]].", "accuracy.category", B, "a Plössl"),
            (
                "faq",
                "[[A 2 in adapter is in the box]].",
                "accuracy.feature",
                B,
                "adapter not included",
            ),
            (
                "faq",
                "[[Stargazers everywhere swear by it]].",
                "compliance.social_proof",
                W,
                "unconfirmable",
            ),
            ("d", "Eye relief of [[15 mm]].", "accuracy.number", B, "22 mm"),
            ("d", "[[Made in Japan]].", "accuracy.origin", B, "no origin given"),
        ],
    },
    "T20": {
        "desc": [
            "Wide-view goggles with a silicone seal for open-water swims.",
            "The tinted polycarbonate lenses come in Smoke (£29) or Amber (£31).",
        ],
        "short": "Anti-fog goggles with an adjustable split strap, from £29.",
        "seo": "Open-water swim goggles with tinted wide-view lenses.",
        "faq": ("Are the lenses prescription?", "No, they are not prescription lenses."),
        "pad": "The strap is split and adjustable.",
        "faulty": [
            (
                "d",
                "[[Prescription lenses can be ordered]].",
                "accuracy.feature",
                B,
                "not prescription",
            ),
            ("s", "Amber lenses for [[£29]].", "accuracy.price", B, "Amber is £31"),
            ("seo", "[[Speedo]] open-water goggles.", "accuracy.brand", B, "vendor Tidewake Swim"),
            ("faq", "The lenses come in [[mirrored blue]].", "accuracy.colour", B, "Smoke, Amber"),
            ("d", "The seal is [[natural rubber]].", "accuracy.material", B, "silicone"),
            ("faq", "[[Loved by 50,000 swimmers]].", "compliance.social_proof", W, "unconfirmable"),
        ],
    },
    "T21": {
        "desc": [
            "A rechargeable headlamp for night runs, giving up to 400 lumens.",
            "It runs 4 hours on high and 40 hours on low, and weighs 62 g with the band.",
        ],
        "short": "IPX4 splash resistant, charges by USB-C, 499 kr.",
        "seo": "400 lm rechargeable running headlamp, 62 g.",
        "faq": ("Is a charging cable included?", "Yes, a USB-C cable comes with it."),
        "pad": "It charges by USB-C.",
        "faulty": [
            ("d", "It is [[waterproof to 10 m]].", "accuracy.feature", B, "IPX4 splash resistant"),
            ("s", "It [[runs 10 hours on high]].", "accuracy.number", B, "4 hours on high"),
            (
                "seo",
                "Headlamp that [[charges from a Lightning cable]].",
                "accuracy.compatibility",
                B,
                "USB-C",
            ),
            ("faq", "It has a [[two-year warranty]].", "accuracy.warranty", B, "no warranty given"),
            ("d", "It puts out [[600 lumens]].", "accuracy.number", B, "400 lm"),
            ("faq", "It runs on [[AAA batteries]].", "accuracy.feature", B, "built-in Li-ion"),
        ],
    },
    "T22": {
        "desc": [
            "Superwash merino in a 4 ply fingering weight, 400 m to each 100 g skein.",
            "It is hand-dyed in Dunedin, New Zealand, in Kelp, Tussock or Harbour.",
        ],
        "short": "100 g of hand-dyed merino, NZ$18.",
        "seo": "Fingering weight superwash merino yarn, 400 m per skein.",
        "faq": ("Can I machine wash it?", "Yes, cool, on a wool cycle."),
        "pad": "Colours vary from one dye lot to the next.",
        "faulty": [
            ("d", "[[Hand-wash only]], and dry flat.", "accuracy.care", B, "machine wash cool"),
            ("s", "A [[DK weight]] merino.", "accuracy.size", B, "fingering (4 ply)"),
            ("seo", "Merino [[and silk]] yarn, 400 m.", "accuracy.material", B, "100% merino"),
            (
                "faq",
                "It is [[certified mulesing-free]].",
                "accuracy.certification",
                B,
                "no certification",
            ),
            ("d", "[[Spun in Peru]].", "accuracy.origin", B, "only the dyeing place is given"),
            ("faq", "Each skein is [[200 m]].", "accuracy.number", B, "400 m"),
        ],
    },
    "T23": {
        "desc": [
            "A quilted cotton saddle pad for general-purpose saddles, in cob size.",
            "It has girth straps, a wither channel and a polyester fibre filling.",
        ],
        "short": "A quilted GP pad in navy or black, £45.",
        "seo": "Quilted GP saddle pad, cob size, cotton outer.",
        "faq": ("Can I wash it?", "Yes, in the machine at 30 °C (86 °F)."),
        "pad": "It comes in navy or black.",
        "faulty": [
            (
                "d",
                "It [[fits ponies and full-size horses]] alike.",
                "accuracy.size",
                B,
                "cob size only",
            ),
            (
                "s",
                "A quilted pad with a [[sheepskin]] lining.",
                "accuracy.material",
                B,
                "cotton, polyester fibre",
            ),
            (
                "seo",
                "Quilted [[dressage]] saddle pad.",
                "accuracy.category",
                B,
                "general-purpose pad",
            ),
            ("faq", "Wash it [[at 60 °C]].", "accuracy.care", B, "30 °C"),
            (
                "d",
                "It is [[a numnah for Western saddles]].",
                "accuracy.category",
                B,
                "general-purpose pad",
            ),
            ("faq", "It comes [[in burgundy]].", "accuracy.colour", B, "Navy, Black"),
        ],
    },
    "T24": {
        "desc": [
            "A 38 mm (about 1.5 in) nylon webbing strap with a neoprene shoulder pad.",
            "It adjusts from 90 to 150 cm and carries cameras up to 3 kg.",
        ],
        "short": "Padded camera strap with quick-release buckles, $39.",
        "seo": "38 mm padded nylon camera strap, 90-150 cm.",
        "faq": (
            "How does it attach?",
            "To your camera's strap lugs; it does not mount to the tripod socket.",
        ),
        "pad": "It weighs 120 g.",
        "faulty": [
            (
                "d",
                "It [[screws into the tripod socket]].",
                "accuracy.compatibility",
                B,
                "strap lugs only",
            ),
            ("s", "It carries [[up to 5 kg]].", "accuracy.number", B, "up to 3 kg"),
            (
                "seo",
                "A strap with a [[full-grain leather]] pad.",
                "accuracy.material",
                B,
                "neoprene",
            ),
            (
                "faq",
                "[[Loved by 20,000 photographers]].",
                "compliance.social_proof",
                W,
                "unconfirmable",
            ),
            (
                "s",
                "[[The most comfortable strap on the market]].",
                "compliance.absolute",
                W,
                "absolute claim",
            ),
            ("d", "[[A Peak Design strap]].", "accuracy.brand", B, "vendor Lenswright"),
            ("faq", "It [[extends to 180 cm]].", "accuracy.number", B, "90-150 cm"),
        ],
    },
    "T25": {
        "desc": [
            "A woven cotton wrap for babies from 3.5 kg to 15 kg (about 7.7 to 33 lb).",
            "It is 4.6 m long and 70 cm wide, in a 260 gsm jacquard weave.",
        ],
        "short": "100% cotton baby wrap in Sage or Oat, $119.",
        "seo": "Woven jacquard baby wrap, 4.6 m, cotton.",
        "faq": ("How do I wash it?", "Machine wash at 40 °C and line dry."),
        "pad": "Read the safety leaflet before you first use it.",
        "faulty": [
            ("d", "Use it [[up to 20 kg]].", "accuracy.number", B, "up to 15 kg"),
            ("s", "It [[prevents hip dysplasia]].", "compliance.health", B, "health claim"),
            (
                "seo",
                "Baby wrap in [[organic cotton]].",
                "accuracy.certification",
                B,
                "not given as organic",
            ),
            (
                "faq",
                "It is [[recommended by paediatricians]].",
                "compliance.health",
                B,
                "health endorsement",
            ),
            ("d", "It is [[a ring sling]].", "accuracy.category", B, "a woven wrap"),
            ("faq", "It is [[made in Guatemala]].", "accuracy.origin", B, "no origin given"),
        ],
    },
    "T26": {
        "desc": [
            "Pin the length, send us the trousers and we machine the new hem.",
            "A plain hem costs £15 and a hem with a turn-up £22.",
        ],
        "short": "Hemming by machine, returned by tracked post within 10 working days.",
        "seo": "Trouser hemming by post from £15.",
        "faq": (
            "Do you hem jeans with the original hem?",
            "No, jeans with original hems are not included.",
        ),
        "pad": "Trousers go back to you by tracked post.",
        "faulty": [
            ("d", "Turn-up hems cost [[£15]].", "accuracy.price", B, "turn-up is £22"),
            (
                "s",
                "[[Back with you in 3 days]].",
                "compliance.shipping",
                B,
                "within 10 working days",
            ),
            (
                "seo",
                "[[Hand-stitched]] trouser hems by post.",
                "accuracy.feature",
                B,
                "machine hemming",
            ),
            ("faq", "[[Return postage is free]].", "compliance.shipping", B, "no such terms"),
            (
                "d",
                "Hems [[come back within 48 hours]].",
                "compliance.shipping",
                B,
                "within 10 working days",
            ),
            (
                "faq",
                "[[Every hem is guaranteed for a year]].",
                "accuracy.warranty",
                B,
                "no warranty",
            ),
        ],
    },
    "T27": {
        "desc": ["A glass storage jar that holds 1 L."],
        "short": "A 1 litre glass jar, $7.",
        "seo": "A 1 L glass storage jar for $7.",
        "faq": ("How much does it hold?", "One litre, about 34 fl oz."),
        "pad": "It costs $7.",
        "faulty": [
            ("d", "It has an [[airtight bamboo lid]].", "accuracy.feature", B, "no lid given"),
            ("s", "A jar of [[borosilicate]] glass.", "accuracy.material", B, "glass only"),
            (
                "seo",
                "A glass jar that is [[safe in the oven]].",
                "accuracy.care",
                B,
                "no care given",
            ),
            ("faq", "It is [[made in Poland]].", "accuracy.origin", B, "no origin given"),
            ("d", "It holds [[2 litres]].", "accuracy.number", B, "1 L"),
            (
                "faq",
                "It is [[made from recycled glass]].",
                "compliance.environmental",
                B,
                "no environmental claim",
            ),
        ],
    },
    "T28": {
        "desc": ["A pack of eight vinyl stickers."],
        "short": "Eight vinyl stickers for £6.",
        "seo": "Vinyl sticker pack, eight stickers.",
        "faq": ("How many stickers are in the pack?", "Eight."),
        "pad": "The pack costs £6.",
        "faulty": [
            ("d", "[[Twelve stickers]] to a pack.", "accuracy.number", B, "eight"),
            ("s", "Stickers [[safe in the dishwasher]].", "accuracy.care", B, "no care given"),
            ("seo", "[[Holographic]] vinyl stickers.", "accuracy.feature", B, "not given"),
            (
                "faq",
                "[[Printed with plant-based inks]].",
                "compliance.environmental",
                B,
                "no environmental claim",
            ),
            ("d", "[[Waterproof for ten years outdoors]].", "accuracy.feature", B, "not given"),
            ("faq", "They are [[paper stickers]].", "accuracy.material", B, "vinyl"),
        ],
    },
    "T29": {
        "desc": [
            "A chrome-plated safety razor, a synthetic shaving brush and a 100 g shaving "
            "soap, each bought separately.",
            "The razor is $45, the brush $24 and the soap $14, $83 for all three.",
        ],
        "short": "Razor, brush and unscented soap for a traditional shave.",
        "seo": "Safety razor, synthetic brush and unscented shaving soap.",
        "faq": ("Is the soap scented?", "No, it is unscented."),
        "pad": "The brush has a 24 mm synthetic knot.",
        "faulty": [
            ("d", "The soap is [[sandalwood-scented]].", "accuracy.feature", B, "unscented"),
            ("s", "All three for [[$75]].", "accuracy.price", B, "$83 in all"),
            (
                "seo",
                "Safety razor and [[badger-hair]] brush.",
                "accuracy.material",
                B,
                "synthetic knot",
            ),
            ("faq", "The soap [[cures ingrown hairs]].", "compliance.health", B, "health claim"),
            ("d", "The brush has a [[22 mm]] knot.", "accuracy.number", B, "24 mm"),
            ("faq", "The razor costs [[$24]].", "accuracy.price", B, "razor $45; brush $24"),
        ],
    },
    "T30": {
        "desc": [
            "A water-resistance rowing machine with an ash frame, which our partner Oarhaven "
            "sells and ships.",
            "It takes users up to 150 kg (about 330 lb).",
        ],
        "short": "Water rower in ash, €1,290, with a two-year frame warranty from Oarhaven.",
        "seo": "Ash-frame water rowing machine from our partner Oarhaven.",
        "faq": ("How long does delivery take?", "10 to 14 working days."),
        "pad": "The machine weighs 38 kg.",
        "faulty": [
            (
                "d",
                "It carries a [[five-year frame warranty]].",
                "accuracy.warranty",
                B,
                "two years",
            ),
            ("s", "[[Delivered within a week]].", "compliance.shipping", B, "10-14 working days"),
            ("seo", "An ash-frame [[air rower]].", "accuracy.category", B, "water resistance"),
            ("faq", "It takes users [[up to 180 kg]].", "accuracy.number", B, "150 kg"),
            ("d", "It [[reduces joint pain]] as you row.", "compliance.health", B, "health claim"),
            ("faq", "The frame is [[oak]].", "accuracy.material", B, "ash"),
        ],
    },
}


def _html(sentences):
    return "<p>" + html.escape(" ".join(sentences), quote=False) + "</p>"


def _serialise(kind, sentences, key, question=GENERAL_Q):
    listing = LISTINGS[key]
    if kind == "description":
        return _html(sentences)
    if kind == "short_description":
        return _html(sentences)
    if kind == "seo":
        vendor = listing.get("vendor") or ""
        title = f"{listing['title']} | {vendor}" if vendor else listing["title"]
        return json.dumps({"title": title, "description": " ".join(sentences)}, ensure_ascii=False)
    return json.dumps([{"question": question, "answer": " ".join(sentences)}], ensure_ascii=False)


def _strip_marks(marked):
    start = marked.index("[[")
    end = marked.index("]]")
    claim = marked[start + 2 : end]
    return marked[:start] + claim + marked[end + 2 :], claim


def _locate(kind, text, claim):
    assert html.escape(claim, quote=False) == claim, claim
    assert json.dumps(claim, ensure_ascii=False)[1:-1] == claim, claim
    assert text.count(claim) == 1, (text, claim)
    start = text.index(claim)
    return start, start + len(claim)


LISTINGS = make_listings.build()


def build():
    clean_rows: list[dict[str, Any]] = []
    faulty_rows: list[dict[str, Any]] = []
    nc = nf = 0
    for key in sorted(H):
        h = H[key]
        clean = [
            ("description", h["desc"] + [h["pad"]], GENERAL_Q),
            ("short_description", [h["short"]], GENERAL_Q),
            ("seo", [h["seo"]], GENERAL_Q),
            ("faq", [h["faq"][1]], h["faq"][0]),
            ("faq", [h["pad"]], GENERAL_Q),
        ]
        for kind, sentences, question in clean:
            nc += 1
            text = _serialise(kind, sentences, key, question)
            clean_rows.append(
                {
                    "id": f"gv47-c-{nc:03d}",
                    "listing": key,
                    "kind": kind,
                    "source": "clean",
                    "text": text,
                    "labels": [],
                }
            )
        for short_kind, marked, rule, severity, why in h["faulty"]:
            nf += 1
            kind = KINDS[short_kind]
            sentence, claim = _strip_marks(marked)
            sentences = [sentence, h["pad"]] if kind == "description" else [sentence]
            text = _serialise(kind, sentences, key)
            start, end = _locate(kind, text, claim)
            label = {
                "rule": rule,
                "start": start,
                "end": end,
                "claim": claim,
                "severity": severity,
                "why": why,
            }
            faulty_rows.append(
                {
                    "id": f"gv47-f-{nf:03d}",
                    "listing": key,
                    "kind": kind,
                    "source": "faulty",
                    "text": text,
                    "labels": [label],
                }
            )
    return clean_rows, faulty_rows


if __name__ == "__main__":
    c, f = build()
    print(len(c), "clean,", len(f), "faulty")
