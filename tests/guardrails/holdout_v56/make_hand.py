"""Hand-written clean and faulty drafts of guardrails holdout v56.

Each listing has a true ``pad`` sentence, clean copy (two description sentences, a short
description, an SEO description, one FAQ pair) and faulty sentences, each with one planted claim
marked ``[[...]]`` and the label's family, severity and reason. Kinds: d description, s short
description, o SEO, f FAQ. On T11-T16 the short descriptions and SEO descriptions are in the
shop's language.
"""

import html
import json
from typing import Any

import make_listings

GENERAL_Q = "Is there anything I should know before I order?"

R = {
    "num": "accuracy.number",
    "price": "accuracy.price",
    "mat": "accuracy.material",
    "col": "accuracy.colour",
    "cert": "accuracy.certification",
    "orig": "accuracy.origin",
    "size": "accuracy.size",
    "cat": "accuracy.category",
    "feat": "accuracy.feature",
    "care": "accuracy.care",
    "war": "accuracy.warranty",
    "brand": "accuracy.brand",
    "compat": "accuracy.compatibility",
    "ship": "compliance.shipping",
    "health": "compliance.health",
    "abs": "compliance.absolute",
    "env": "compliance.environmental",
    "soc": "compliance.social_proof",
}
KIND = {"d": "description", "s": "short_description", "o": "seo", "f": "faq"}
B, W = "block", "warn"

H: dict[str, dict[str, Any]] = {
    "T01": {
        "pad": "It takes most pointed nibs with a standard shank, and nibs are not included.",
        "desc": [
            "This oblique holder is turned from hard maple, with a brass flange set at an angle "
            "for slanted scripts such as copperplate.",
            "At 19 cm, about 7.5 in, and only 18 g, it sits lightly in a right hand.",
        ],
        "short": "A handmade maple oblique holder with a brass flange, turned in Vermont, for $27.",
        "seo": "Hand-turned maple oblique holder with an angled brass flange for copperplate and "
        "Spencerian scripts.",
        "faq": ("How do I clean it?", "Wipe it with a dry cloth and never leave it to soak."),
        "bad": [
            (
                "d",
                "The holder is turned from [[solid walnut]] and fitted with a brass flange.",
                "mat",
                B,
                "The listing gives hard maple.",
            ),
            (
                "d",
                "It is turned by hand [[in Portland, Maine]].",
                "orig",
                B,
                "The listing says Burlington, Vermont.",
            ),
            (
                "s",
                "A maple oblique holder [[made for left-handed writers]].",
                "compat",
                B,
                "The listing tags it right-handed.",
            ),
            (
                "s",
                "[[Three gold-plated nibs come in the box]] with this maple holder.",
                "feat",
                B,
                "The listing says nibs are not included.",
            ),
            (
                "o",
                "Maple oblique holder, [[the choice of most professional calligraphers]].",
                "soc",
                W,
                "A crowd claim with no support in the listing.",
            ),
            (
                "f",
                "Yes, you can [[soak it overnight]] to loosen dried ink.",
                "care",
                B,
                "The listing says do not soak.",
            ),
            (
                "f",
                "It comes with a [[lifetime warranty]] against cracks.",
                "war",
                B,
                "No warranty is given.",
            ),
        ],
    },
    "T02": {
        "pad": "Flies are not included, and the box should be dried open after a wet day.",
        "desc": [
            "This slim aluminium box holds up to 120 dry flies or nymphs in slotted foam on both "
            "sides.",
            "It measures 15 x 10 x 2.5 cm, about 6 x 4 x 1 in, and a magnetic catch keeps it "
            "closed.",
        ],
        "short": "A pocket fly box in olive or slate, £19.50, with slotted foam for up to 120 "
        "flies.",
        "seo": "Slim anodised aluminium fly box with slotted EVA foam on both sides and a magnetic "
        "catch.",
        "faq": ("What does it weigh?", "It weighs 95 g, roughly 3.4 oz."),
        "bad": [
            (
                "d",
                "It holds up to [[200 flies]] in slotted foam.",
                "num",
                B,
                "The listing gives 120 flies.",
            ),
            (
                "d",
                "Choose olive, slate or [[burnt orange]].",
                "col",
                B,
                "Only Olive and Slate are sold.",
            ),
            (
                "s",
                "A slim fly box that is [[fully waterproof]], with a magnetic catch.",
                "feat",
                B,
                "The listing says it is not waterproof.",
            ),
            (
                "s",
                "A slim fly box made from [[100% recycled aluminium]].",
                "env",
                B,
                "No recycled content is given.",
            ),
            (
                "o",
                "Slim aluminium fly box, [[now £14.99]].",
                "price",
                B,
                "The listing's price is £19.50.",
            ),
            (
                "f",
                "It is [[the lightest fly box on the market]].",
                "abs",
                W,
                "A superlative the listing cannot back.",
            ),
        ],
    },
    "T03": {
        "pad": "Dry the blades after each session so they do not rust.",
        "desc": [
            "Six loop and ribbon tools for trimming leather-hard clay, each with a 14 cm, roughly "
            "5.5 in, beech handle.",
            "The tempered steel blades roll up in the canvas roll that comes with the set.",
        ],
        "short": "Six beech-handled trimming tools in a canvas roll, C$34.",
        "seo": "Six loop and ribbon trimming tools with tempered steel blades for leather-hard "
        "clay.",
        "faq": (
            "Can I use them to carve plaster?",
            "No, they are made for leather-hard clay, not plaster or wood.",
        ),
        "bad": [
            (
                "d",
                "The roll holds [[eight loop and ribbon tools]].",
                "num",
                B,
                "The set has six pieces.",
            ),
            ("d", "Each tool has a [[rosewood]] handle.", "mat", B, "The handles are beech."),
            (
                "s",
                "Trimming tools that [[carve wood and plaster]] as well as clay.",
                "compat",
                B,
                "The listing says not for plaster or wood.",
            ),
            (
                "s",
                "Six trimming tools [[made by Kemper]] in a canvas roll.",
                "brand",
                B,
                "The vendor is Kilnside Studio; no other maker is named.",
            ),
            (
                "o",
                "Six trimming tools, [[used in over 500 pottery studios]].",
                "soc",
                W,
                "A crowd claim with no support in the listing.",
            ),
            (
                "f",
                "The set also includes [[a sponge and a needle tool]].",
                "feat",
                B,
                "The set is six trimming tools and a roll.",
            ),
        ],
    },
    "T04": {
        "pad": "Keep them away from radiators, since heat can warp the birch tips.",
        "desc": [
            "Birch tips are joined by an 80 cm cable, about 31 in, of nylon-coated steel that does "
            "not kink.",
            "Pick 3, 4, 5 or 6 mm; every size is €14.",
        ],
        "short": "Birch circular needles on an 80 cm cable, made in Galway, Ireland.",
        "seo": "Birch-tipped circular needles on a kink-free 80 cm cable, sizes 3 to 6 mm.",
        "faq": ("Which sizes can I get?", "3 mm, 4 mm, 5 mm and 6 mm."),
        "bad": [
            (
                "d",
                "The tips are [[bamboo]] and the cable is nylon-coated steel.",
                "mat",
                B,
                "The tips are birch.",
            ),
            ("d", "Sizes run from [[3 mm to 8 mm]].", "size", B, "Sizes 3 to 6 mm are sold."),
            (
                "s",
                "Circular needles [[made in Cork]] with birch tips.",
                "orig",
                B,
                "The listing says Galway.",
            ),
            (
                "s",
                "Birch needles on an [[interchangeable]] 80 cm cable.",
                "feat",
                B,
                "The needles are fixed circulars.",
            ),
            (
                "o",
                "Birch circular needles of [[PEFC-certified birch]].",
                "cert",
                B,
                "No certification is given.",
            ),
            (
                "f",
                "Knitters find they [[ease arthritis in the hands]].",
                "health",
                B,
                "A health claim with no support in the listing.",
            ),
            (
                "f",
                "Yes, [[the cable comes in 60, 80 and 100 cm]].",
                "size",
                B,
                "Only an 80 cm cable is sold.",
            ),
        ],
    },
    "T05": {
        "pad": "Rinse it in fresh water after each row.",
        "desc": [
            "A 12 mm closed-cell foam pad with a neoprene cover, shaped for sliding seats.",
            "Its straps fit seats 24 to 28 cm wide, roughly 9.5 to 11 in.",
        ],
        "short": "A rowing seat pad in black or navy that does not soak up water, NZ$42.",
        "seo": "Closed-cell foam seat pad with hip-bone holes and hook-and-loop straps for sliding "
        "seats.",
        "faq": ("Will it get waterlogged?", "No, the closed-cell foam does not soak up water."),
        "bad": [
            ("d", "The foam is [[25 mm]] thick.", "num", B, "The listing gives 12 mm."),
            ("d", "It comes in black, navy or [[red]].", "col", B, "Only Black and Navy are sold."),
            (
                "s",
                "A seat pad that [[prevents lower back injuries]].",
                "health",
                B,
                "A health claim with no support in the listing.",
            ),
            (
                "s",
                "[[Free overnight shipping]] on this rowing seat pad.",
                "ship",
                B,
                "No shipping terms are given.",
            ),
            (
                "o",
                "Rowing seat pad [[approved by Rowing New Zealand]].",
                "cert",
                B,
                "No approval is given.",
            ),
            (
                "f",
                "It [[fits seats up to 35 cm wide]].",
                "compat",
                B,
                "The straps fit seats 24 to 28 cm wide.",
            ),
        ],
    },
    "T06": {
        "pad": "Rinse it in fresh water and keep it out of direct sun.",
        "desc": [
            "A two-window mask with tempered glass lenses and a clear silicone skirt.",
            "The buckles turn on the frame, so the mask folds flat in a bag.",
        ],
        "short": "An adult snorkel mask in clear or black, A$59.",
        "seo": "Two-window snorkel mask with tempered glass and a folding frame for travel.",
        "faq": ("Can I scuba dive with it?", "Not below 10 metres; it is made for snorkelling."),
        "bad": [
            (
                "d",
                "The lenses are [[acrylic]] and the skirt is silicone.",
                "mat",
                B,
                "The lenses are tempered glass.",
            ),
            (
                "d",
                "[[A dry-top snorkel comes with the mask]].",
                "feat",
                B,
                "The listing sells the mask alone.",
            ),
            (
                "s",
                "A mask [[rated for dives to 40 metres]].",
                "compat",
                B,
                "The listing says not for scuba below 10 metres.",
            ),
            (
                "s",
                "A snorkel mask [[sized for children and adults]].",
                "size",
                B,
                "The listing gives an adult fit only.",
            ),
            (
                "o",
                "Two-window snorkel mask [[by Cressi]].",
                "brand",
                B,
                "The vendor is Coral Steps.",
            ),
            (
                "f",
                "Snorkellers [[leave five-star reviews week after week]].",
                "soc",
                W,
                "Reviews that appear nowhere in the listing.",
            ),
        ],
    },
    "T07": {
        "pad": "Check local rules before you pick, and eat only what an expert has identified.",
        "desc": [
            "A folding knife with a curved 6 cm stainless steel blade, about 2.4 in, and a boar "
            "bristle brush for cleaning caps.",
            "The oiled ash handle has a lanyard hole.",
        ],
        "short": "A folding mushroom knife with a brush, $31.",
        "seo": "Folding mushroom knife with a curved stainless blade, a boar bristle brush and an "
        "ash handle.",
        "faq": ("What is the brush made of?", "Boar bristle."),
        "bad": [
            ("d", "The blade is [[9 cm]] long.", "num", B, "The listing gives 6 cm."),
            (
                "d",
                "The handle is [[oiled cherry]] with a lanyard hole.",
                "mat",
                B,
                "The handle is ash.",
            ),
            ("s", "A mushroom knife [[forged in Solingen]].", "orig", B, "No origin is given."),
            (
                "s",
                "A knife and brush that [[make any mushroom safe to eat]].",
                "health",
                B,
                "A safety claim the listing warns against.",
            ),
            (
                "o",
                "Folding mushroom knife, [[the sharpest you will ever own]].",
                "abs",
                W,
                "A superlative the listing cannot back.",
            ),
            (
                "f",
                "It is [[a multi-tool with scissors and a saw]].",
                "cat",
                B,
                "It is a folding knife with a brush.",
            ),
            (
                "f",
                "[[Free shipping worldwide]] on every knife.",
                "ship",
                B,
                "No shipping terms are given.",
            ),
        ],
    },
    "T08": {
        "pad": "It is not for suede or nubuck.",
        "desc": [
            "A beeswax and carnauba polish for smooth leather shoes and boots.",
            "The 50 ml tin, about 1.7 fl oz, is neutral, so it will not stain any colour.",
        ],
        "short": "Neutral wax polish for smooth leather, made in Northampton, £9.50.",
        "seo": "Beeswax and carnauba shoe polish in a 50 ml tin that shines smooth leather of any "
        "colour.",
        "faq": (
            "Will it stain tan shoes?",
            "No, it is neutral and shines any colour without staining.",
        ),
        "bad": [
            (
                "d",
                "It is a [[self-shine liquid polish]] for smooth leather.",
                "cat",
                B,
                "It is a wax polish in a tin.",
            ),
            (
                "d",
                "It is made with [[mink oil]] and carnauba wax.",
                "mat",
                B,
                "The ingredients are beeswax, carnauba and turpentine.",
            ),
            (
                "s",
                "A polish that [[waterproofs suede and nubuck]].",
                "compat",
                B,
                "The listing says not for suede or nubuck.",
            ),
            (
                "s",
                "Neutral shoe polish, [[dermatologically tested]].",
                "cert",
                B,
                "No testing is given.",
            ),
            (
                "o",
                "Neutral shoe polish, [[made in Leeds]].",
                "orig",
                B,
                "The listing says Northampton.",
            ),
            (
                "f",
                "Yes, it [[also comes in black and brown]].",
                "col",
                B,
                "Only the neutral polish is sold.",
            ),
        ],
    },
    "T09": {
        "pad": "It is not for the microwave or for food.",
        "desc": [
            "A seamless aluminium pitcher for melting wax in a double boiler.",
            "It holds 1.2 litres, about 40 fl oz, of melted wax.",
        ],
        "short": "A 1.2 L aluminium pouring pitcher for candle wax, S$24.",
        "seo": "Seamless aluminium pitcher with a bent spout for melting and pouring candle wax.",
        "faq": ("How much wax does it hold?", "1.2 litres of melted wax."),
        "bad": [
            ("d", "It holds [[2 litres]] of melted wax.", "num", B, "The listing gives 1.2 L."),
            ("d", "The pitcher costs [[S$18]].", "price", B, "The listing's price is S$24."),
            (
                "s",
                "A wax pitcher that is [[safe in the microwave]].",
                "compat",
                B,
                "The listing says not for the microwave.",
            ),
            (
                "s",
                "An [[electric wax melter]] with a pouring spout.",
                "cat",
                B,
                "It is a pitcher for a double boiler.",
            ),
            (
                "o",
                "Seamless aluminium pitcher, [[dishwasher safe]].",
                "care",
                B,
                "No care is given.",
            ),
            (
                "f",
                "It is [[our best-selling pitcher, loved by candle makers]].",
                "soc",
                W,
                "A crowd claim with no support in the listing.",
            ),
        ],
    },
    "T10": {
        "pad": "Not suitable for children under 3, as it has small parts.",
        "desc": [
            "A 50 x 50 cm vinyl mat, about 20 x 20 in, with 5.5 cm squares that rolls up into its "
            "cloth bag.",
            "The 32 weighted Staunton pieces come with two spare queens.",
        ],
        "short": "A roll-up chess set in green or brown with weighted pieces, $36.",
        "seo": "Tournament-size roll-up chess mat with 32 weighted plastic Staunton pieces and two "
        "spare queens.",
        "faq": ("How tall is the king?", "9.5 cm, about 3.75 in."),
        "bad": [
            (
                "d",
                "The 32 pieces are [[hand-carved boxwood]].",
                "mat",
                B,
                "The pieces are plastic.",
            ),
            ("d", "The king stands [[10.5 cm]] tall.", "num", B, "The listing gives 9.5 cm."),
            (
                "s",
                "A roll-up chess set [[with a chess clock included]].",
                "feat",
                B,
                "No clock is included.",
            ),
            ("s", "[[FIDE-approved]] roll-up chess set.", "cert", B, "No approval is given."),
            (
                "o",
                "Roll-up chess mat in green, brown [[or blue]].",
                "col",
                B,
                "Only Green and Brown are sold.",
            ),
            (
                "f",
                "Playing on it [[improves memory in children]].",
                "health",
                B,
                "A health claim with no support in the listing.",
            ),
            (
                "f",
                "It is [[the best travel chess set ever made]].",
                "abs",
                W,
                "A superlative the listing cannot back.",
            ),
        ],
    },
    "T11": {
        "pad": "Do not put it in the dishwasher; wipe it with a damp cloth.",
        "desc": [
            "A birch bark bread box with a linden lid, woven by hand in the Vologda region.",
            "It measures 30 x 20 x 15 cm, about 12 x 8 x 6 in.",
        ],
        "short": "Хлебница из бересты ручной работы, 3900 рублей.",
        "seo": "Берестяная хлебница с липовой крышкой, сплетённая вручную в Вологодской области.",
        "faq": ("Why birch bark?", "Birch bark lets air through, so bread stays fresh for longer."),
        "bad": [
            (
                "d",
                "It is woven by hand [[in Karelia]].",
                "orig",
                B,
                "The listing says the Vologda region.",
            ),
            (
                "d",
                "It has a lid [[made of oak]].",
                "mat",
                B,
                "The listing gives birch bark and linden.",
            ),
            (
                "s",
                "Хлебница из бересты, [[можно мыть в посудомоечной машине]].",
                "care",
                B,
                "The dishwasher is ruled out.",
            ),
            (
                "s",
                "Хлебница из бересты, [[бесплатная доставка по всей России]].",
                "ship",
                B,
                "No shipping terms are given.",
            ),
            (
                "o",
                "Берестяная хлебница — [[лучшая в России]].",
                "abs",
                W,
                "A superlative the listing cannot back.",
            ),
            (
                "f",
                "Birch bark [[kills bacteria and mould]].",
                "health",
                B,
                "A hygiene claim with no support in the listing.",
            ),
        ],
    },
    "T12": {
        "pad": "Hand wash it in cold water and dry it in the shade.",
        "desc": [
            "A market bag hand-woven from pure jute with a cotton lining.",
            "It measures 40 x 35 cm, about 15.7 x 13.8 in, and carries up to 10 kg, roughly 22 lb.",
        ],
        "short": "নারায়ণগঞ্জে হাতে বোনা পাটের ব্যাগ, দাম ৬৫০ টাকা।",
        "seo": "সুতির আস্তরণসহ খাঁটি পাটের হাতে বোনা বাজারের ব্যাগ, প্রাকৃতিক ও সবুজ রঙে।",
        "faq": ("How much can it carry?", "Up to 10 kg."),
        "bad": [
            ("d", "It carries up to [[25 kg]].", "num", B, "The listing gives 10 kg."),
            ("d", "The lining is [[polyester]].", "mat", B, "The lining is cotton."),
            (
                "s",
                "পাটের ব্যাগ, [[ওয়াশিং মেশিনে ধোয়া যায়]]।",
                "care",
                B,
                "The listing says hand wash in cold water.",
            ),
            (
                "s",
                "[[লাল]], প্রাকৃতিক ও সবুজ রঙে পাটের ব্যাগ।",
                "col",
                B,
                "Only natural and green are sold.",
            ),
            ("o", "[[১০০% জৈব পাট]] দিয়ে তৈরি বাজারের ব্যাগ।", "cert", B, "No organic claim is given."),
            (
                "f",
                "It is [[fully biodegradable within six months]].",
                "env",
                B,
                "No such claim is given.",
            ),
        ],
    },
    "T13": {
        "pad": "Keep the bag in a cool, dry place.",
        "desc": [
            "Cinnamon grown in Sri Lanka's Southern Province, rolled by hand into quills.",
            "Each stick is about 12 cm, roughly 4.7 in, long, and the resealable bag holds 100 g, "
            "about 3.5 oz.",
        ],
        "short": "இலங்கையின் தென் மாகாணத்தின் இலவங்கப்பட்டை குச்சிகள், 100 கிராம், 1450 ரூபாய்.",
        "seo": "கையால் சுருட்டப்பட்ட இலவங்கப்பட்டை குச்சிகள், மீண்டும் மூடக்கூடிய பையில்.",
        "faq": ("Where is it grown?", "In the Southern Province of Sri Lanka."),
        "bad": [
            (
                "d",
                "The cinnamon is grown [[in the Central Province]].",
                "orig",
                B,
                "The listing says the Southern Province.",
            ),
            (
                "d",
                "It is [[Fairtrade certified]] and rolled by hand.",
                "cert",
                B,
                "No certification is given.",
            ),
            (
                "s",
                "[[இரத்த சர்க்கரையைக் குறைக்கும்]] இலவங்கப்பட்டை குச்சிகள்.",
                "health",
                B,
                "A blood sugar claim with no support in the listing.",
            ),
            ("s", "[[250 கிராம்]] இலவங்கப்பட்டை குச்சிகள்.", "num", B, "The bag holds 100 g."),
            (
                "o",
                "இலவங்கப்பட்டை குச்சிகள், [[இலவச விநியோகம்]].",
                "ship",
                B,
                "No shipping terms are given.",
            ),
            (
                "f",
                "[[Thousands of chefs cook with our cinnamon]].",
                "soc",
                W,
                "A crowd claim with no support in the listing.",
            ),
        ],
    },
    "T14": {
        "pad": "Keep them away from water and wipe them with a dry cloth.",
        "desc": [
            "Peshawari chappals made by hand from genuine cow leather, on a sole of tyre rubber.",
            "Made in Peshawar in sizes 40 to 44, in brown or black.",
        ],
        "short": "پشاور میں ہاتھ سے بنی اصلی چمڑے کی چپل، قیمت 6500 روپے۔",
        "seo": "گائے کے اصلی چمڑے اور ٹائر ربڑ کے تلے والی ہاتھ سے بنی پشاوری چپل۔",
        "faq": ("Which sizes are there?", "Sizes 40, 41, 42, 43 and 44."),
        "bad": [
            (
                "d",
                "They are cut from [[buffalo leather]].",
                "mat",
                B,
                "The listing gives cow leather.",
            ),
            ("d", "They come in [[sizes 40 to 46]].", "size", B, "Sizes 40 to 44 are sold."),
            (
                "s",
                "ایسی چپل [[جو پانی میں بھی خراب نہیں ہوتی]]۔",
                "feat",
                B,
                "The listing says keep them away from water.",
            ),
            ("s", "[[لاہور میں تیار کی گئی]] پشاوری چپل۔", "orig", B, "The listing says Peshawar."),
            ("o", "پشاوری چپل، [[ایک سال کی وارنٹی]] کے ساتھ۔", "war", B, "No warranty is given."),
            (
                "f",
                "The leather is [[tanned without any chemicals]].",
                "env",
                B,
                "No tanning claim is given.",
            ),
        ],
    },
    "T15": {
        "pad": "Clean it with a brush only; it must not go in the washing machine.",
        "desc": [
            "A traditional white qeleshe of sheep's wool, pressed by hand in Krujë, Albania.",
            "Sizes 56, 58 and 60 cm follow your head's circumference, roughly 22 to 23.6 in.",
        ],
        "short": "Qeleshe e bardhë prej leshi deleje, punë dore nga Kruja, 2800 lekë.",
        "seo": "Qeleshe tradicionale prej leshi deleje, e shtypur me dorë, në madhësitë 56, 58 dhe "
        "60 cm.",
        "faq": ("How do I clean it?", "Brush it; never put it in the washing machine."),
        "bad": [
            ("d", "It is pressed by hand [[in Shkodër]].", "orig", B, "The listing says Krujë."),
            ("d", "It is made of [[alpaca wool]].", "mat", B, "The listing gives sheep's wool."),
            (
                "s",
                "Qeleshe prej leshi [[në të bardhë dhe të zezë]].",
                "col",
                B,
                "Only white is sold.",
            ),
            (
                "s",
                "Qeleshe [[në madhësinë 62 cm]] për kokë të mëdha.",
                "size",
                B,
                "Sizes 56 to 60 cm are sold.",
            ),
            (
                "o",
                "Qeleshe prej leshi, [[e certifikuar nga UNESCO]].",
                "cert",
                B,
                "No certification is given.",
            ),
            (
                "f",
                "Yes, it [[keeps you warm down to minus 20 degrees]].",
                "feat",
                B,
                "No warmth rating is given.",
            ),
            (
                "f",
                "It is [[the most authentic qeleshe you can buy]].",
                "abs",
                W,
                "A superlative the listing cannot back.",
            ),
        ],
    },
    "T16": {
        "pad": "It is dry clean only and should be kept out of direct sun.",
        "desc": [
            "A small hand-woven wool rug on a cotton warp, from the Quba region.",
            "It measures 60 x 90 cm, about 2 x 3 ft, and weighs 2.4 kg, roughly 5.3 lb.",
        ],
        "short": "Quba bölgəsində əl ilə toxunmuş yun xalça, 180 manat.",
        "seo": "Pambıq əriş üzərində əl ilə toxunmuş kiçik yun xalça, qırmızı və göy rənglərdə.",
        "faq": ("Which colours are there?", "Red and blue."),
        "bad": [
            ("d", "It is knotted from [[silk]] on a cotton warp.", "mat", B, "The pile is wool."),
            ("d", "It is woven in the [[Shirvan]] region.", "orig", B, "The listing says Quba."),
            (
                "s",
                "Yun xalça, [[paltaryuyan maşında yuyula bilər]].",
                "care",
                B,
                "The listing says dry clean only.",
            ),
            ("s", "[[120 x 180 sm]] ölçüdə yun xalça.", "num", B, "The rug is 60 x 90 cm."),
            (
                "o",
                "Əl ilə toxunmuş yun xalça, [[ömürlük zəmanət]] ilə.",
                "war",
                B,
                "No warranty is given.",
            ),
            (
                "f",
                "It [[relieves allergies]] because wool traps dust.",
                "health",
                B,
                "A health claim with no support in the listing.",
            ),
        ],
    },
    "T17": {
        "pad": "Hand wash it in cold water.",
        "desc": [
            "A foil glove with a padded goatskin palm and a long cotton cuff that covers the "
            "sleeve.",
            "It suits foil and epee, in sizes XS to L for right or left hands.",
        ],
        "short": "A fencing glove for foil and epee, $38.",
        "seo": "Foil and epee fencing glove with a padded goatskin palm and a washable cotton "
        "cuff.",
        "faq": ("Can I use it for sabre?", "No, sabre needs a glove with a padded back."),
        "bad": [
            ("d", "The palm is [[kangaroo leather]].", "mat", B, "The palm is goatskin."),
            (
                "d",
                "It is [[FIE-homologated]] for competition.",
                "cert",
                B,
                "No homologation is given.",
            ),
            (
                "s",
                "A foil glove [[suitable for sabre bouts]].",
                "compat",
                B,
                "The listing says choose another glove for sabre.",
            ),
            ("s", "A fencing glove in [[sizes XS to XXL]].", "size", B, "Sizes XS to L are sold."),
            (
                "o",
                "Foil fencing glove [[made by Leon Paul]].",
                "brand",
                B,
                "The vendor is Piste & Parry.",
            ),
            (
                "f",
                "Put it [[in the tumble dryer]] after washing.",
                "care",
                B,
                "The listing says hand wash cold; no dryer.",
            ),
        ],
    },
    "T18": {
        "pad": "It screws together in minutes, and the tools are included.",
        "desc": [
            "A 60 cm post, about 24 in, wrapped in natural sisal rope.",
            "It stands on a 40 x 40 cm base, roughly 16 x 16 in, in cream or grey.",
        ],
        "short": "A sisal scratching post for cats and kittens from 12 weeks, £29.",
        "seo": "60 cm sisal scratching post on a sturdy chipboard base, in cream or grey.",
        "faq": ("Is it all right for a kitten?", "Yes, from 12 weeks old."),
        "bad": [
            ("d", "The post is [[90 cm]] tall.", "num", B, "The listing gives 60 cm."),
            ("d", "[[A catnip toy hangs from the top]].", "feat", B, "No toy is included."),
            (
                "s",
                "A sisal post [[endorsed by International Cat Care]].",
                "cert",
                B,
                "No endorsement is given.",
            ),
            (
                "s",
                "A scratching post that [[stops cats scratching furniture for good]].",
                "abs",
                W,
                "An absolute promise with no support in the listing.",
            ),
            (
                "o",
                "Sisal scratching post, [[delivered next day for free]].",
                "ship",
                B,
                "No shipping terms are given.",
            ),
            (
                "f",
                "It is [[suitable for kittens from 4 weeks]].",
                "compat",
                B,
                "The listing says from 12 weeks.",
            ),
            (
                "f",
                "[[Over 10,000 cats use one every day]].",
                "soc",
                W,
                "A crowd claim with no support in the listing.",
            ),
        ],
    },
    "T19": {
        "pad": "CO2 tubing is not included.",
        "desc": [
            "A hand-blown glass diffuser whose 30 mm ceramic disc breaks CO2 into a fine mist.",
            "It suits planted tanks of 60 to 120 litres, about 16 to 32 US gallons, and comes with "
            "two suction cups.",
        ],
        "short": "A glass CO2 diffuser for 60 to 120 litre planted tanks, £17.",
        "seo": "Hand-blown glass CO2 diffuser with a 30 mm ceramic disc for planted aquariums.",
        "faq": ("How do I clean the disc?", "Soak it in diluted bleach once a month."),
        "bad": [
            ("d", "The disc is [[50 mm]] across.", "num", B, "The disc is 30 mm."),
            (
                "d",
                "It [[suits tanks up to 300 litres]].",
                "compat",
                B,
                "The listing gives 60 to 120 litres.",
            ),
            (
                "s",
                "[[A 2 m length of CO2 tubing]] comes with this diffuser.",
                "feat",
                B,
                "The listing says tubing is not included.",
            ),
            (
                "s",
                "A glass diffuser with [[the finest mist of any diffuser]].",
                "abs",
                W,
                "A superlative the listing cannot back.",
            ),
            ("o", "Glass CO2 diffuser [[blown in Taiwan]].", "orig", B, "No origin is given."),
            ("f", "It comes with a [[two-year guarantee]].", "war", B, "No guarantee is given."),
        ],
    },
    "T20": {
        "pad": "Keep the blade oiled, because carbon steel rusts if it is left wet.",
        "desc": [
            "A size 2 edge beveler that rounds the edges of leather 2 to 4 mm thick.",
            "The hardened carbon steel blade sits in a jarrah handle.",
        ],
        "short": "A size 2 leather edge beveler with a jarrah handle, A$26.",
        "seo": "Size 2 edge beveler with a hardened carbon steel blade for leather 2 to 4 mm "
        "thick.",
        "faq": ("How do I keep it sharp?", "Strop the blade now and then."),
        "bad": [
            (
                "d",
                "It bevels leather [[up to 8 mm thick]].",
                "compat",
                B,
                "The listing gives 2 to 4 mm.",
            ),
            (
                "d",
                "The blade is [[tungsten carbide]].",
                "mat",
                B,
                "The blade is hardened carbon steel.",
            ),
            (
                "s",
                "An edge beveler [[that never needs sharpening]].",
                "feat",
                B,
                "The listing says to strop it.",
            ),
            ("s", "Leather edge beveler [[in sizes 1 to 4]].", "size", B, "Only size 2 is sold."),
            (
                "o",
                "Size 2 edge beveler, [[a Tandy Leather tool]].",
                "brand",
                B,
                "The vendor is Saltbush Leather Co.",
            ),
            (
                "f",
                "[[Ships free anywhere in Australia]].",
                "ship",
                B,
                "No shipping terms are given.",
            ),
        ],
    },
    "T21": {
        "pad": "Each hoop is made in Stellenbosch.",
        "desc": [
            "A 20 cm beech hoop, about 8 in, with a brass screw that keeps cotton and linen taut.",
            "It is sanded smooth so it will not snag fine fabric.",
        ],
        "short": "A 20 cm beech embroidery hoop from Stellenbosch, R95.",
        "seo": "20 cm beech embroidery hoop with a brass screw, sanded smooth for cotton and "
        "linen.",
        "faq": ("What size is it?", "20 cm across."),
        "bad": [
            ("d", "It is [[an official DMC hoop]].", "brand", B, "The vendor is Threadveld."),
            ("d", "It is [[25 cm]] across.", "num", B, "The hoop is 20 cm."),
            (
                "s",
                "A beech hoop [[carved in Knysna]].",
                "orig",
                B,
                "The listing says Stellenbosch.",
            ),
            (
                "s",
                "Embroidery hoop of [[sustainably harvested beech]].",
                "env",
                B,
                "No sourcing claim is given.",
            ),
            (
                "o",
                "20 cm beech hoop, [[R75 this week only]].",
                "price",
                B,
                "The listing's price is R95.",
            ),
            (
                "f",
                "It [[works for leather and vinyl too]].",
                "compat",
                W,
                "The listing never mentions this use.",
            ),
        ],
    },
    "T22": {
        "pad": "Each one is shaped by hand, so the colour varies a little.",
        "desc": [
            "A 15 cm folder of polished cattle bone, about 6 in, with one pointed end and one "
            "rounded.",
            "Burnish lightly on the back of a sheet so the paper does not shine.",
        ],
        "short": "A hand-shaped bone folder from Jaipur, ₹380.",
        "seo": "15 cm bone folder of polished cattle bone for creasing paper and board.",
        "faq": ("Is it real bone?", "Yes, polished cattle bone."),
        "bad": [
            ("d", "The folder is [[made of resin]].", "mat", B, "It is cattle bone."),
            ("d", "It is [[20 cm]] long.", "num", B, "The folder is 15 cm."),
            ("s", "A bone folder [[from Kolkata]].", "orig", B, "The listing says Jaipur."),
            ("s", "Bone folder [[with a five-year warranty]].", "war", B, "No warranty is given."),
            (
                "o",
                "Bone folder for bookbinding, [[₹299]].",
                "price",
                B,
                "The listing's price is ₹380.",
            ),
            (
                "f",
                "It is [[a bone folder and a paper knife in one]].",
                "cat",
                B,
                "It is a folder, not a knife.",
            ),
            (
                "f",
                "[[Every bookbinder in India uses one]].",
                "soc",
                W,
                "A crowd claim with no support in the listing.",
            ),
        ],
    },
    "T23": {
        "pad": "The zip is not waterproof, so pack a phone in a dry bag.",
        "desc": [
            "A 3 litre frame bag, about 3.2 quarts, that straps inside the front triangle with "
            "three straps.",
            "It is water-resistant coated nylon with a full-length zip on the drive side.",
        ],
        "short": "A 3 L bikepacking frame bag in black or sand, $64.",
        "seo": "3 litre frame bag of water-resistant coated nylon for frames with a 45 cm top tube "
        "or longer.",
        "faq": (
            "Will it fit my frame?",
            "It needs at least 45 cm, about 17.7 in, along the top tube.",
        ),
        "bad": [
            ("d", "It holds [[5 litres]].", "num", B, "The bag holds 3 L."),
            (
                "d",
                "It is sewn from [[X-Pac sailcloth]].",
                "mat",
                B,
                "The listing gives coated nylon.",
            ),
            (
                "s",
                "A frame bag with a [[fully waterproof zip]].",
                "feat",
                B,
                "The listing says the zip is not waterproof.",
            ),
            (
                "s",
                "A frame bag that [[fits every bike, even kids' bikes]].",
                "compat",
                B,
                "It needs a top tube of at least 45 cm.",
            ),
            (
                "o",
                "3 L frame bag in black, sand [[or olive]].",
                "col",
                B,
                "Only Black and Sand are sold.",
            ),
            (
                "f",
                "It is [[made from recycled fishing nets]].",
                "env",
                B,
                "No recycled content is given.",
            ),
            (
                "f",
                "[[Racers pick it for every long-distance event]].",
                "soc",
                W,
                "A crowd claim with no support in the listing.",
            ),
        ],
    },
    "T24": {
        "pad": "Wash it by hand in warm soapy water.",
        "desc": [
            "A silicone loaf mould for about 1 kg of cold process soap, about 2.2 lb, in a birch "
            "plywood box that keeps the sides straight.",
            "Inside it measures 24 x 8 x 7 cm, roughly 9.5 x 3.1 x 2.75 in.",
        ],
        "short": "A 1 kg silicone soap loaf mould with a wooden box, £15.",
        "seo": "Silicone loaf mould for 1 kg of cold process soap, with a birch plywood support "
        "box.",
        "faq": ("How hot can it go?", "Up to 220 °C, about 430 °F."),
        "bad": [
            (
                "d",
                "The mould is [[made by Bramble Berry]].",
                "brand",
                B,
                "The vendor is Lather Lane.",
            ),
            ("d", "The support box is [[pine]].", "mat", B, "The box is birch plywood."),
            ("s", "A loaf mould [[safe up to 300 °C]].", "num", B, "The listing gives 220 °C."),
            (
                "s",
                "Loaf mould of [[FDA food-grade silicone]].",
                "cert",
                B,
                "No certification is given.",
            ),
            (
                "o",
                "Silicone loaf mould, [[dishwasher safe]].",
                "care",
                B,
                "The listing says wash by hand.",
            ),
            (
                "f",
                "Yes, it is [[great for baking bread too]].",
                "compat",
                W,
                "The listing never mentions this use.",
            ),
        ],
    },
    "T25": {
        "pad": "Blocks are sold singly.",
        "desc": [
            "A solid cork block with rounded edges, 23 x 15 x 7.5 cm, about 9 x 6 x 3 in.",
            "Cork grips even when your hands are damp.",
        ],
        "short": "A solid cork yoga block, $22.",
        "seo": "Solid cork yoga block with rounded edges that grips when hands are damp.",
        "faq": ("How do I clean it?", "Wipe it with a damp cloth; do not soak it."),
        "bad": [
            ("d", "It weighs [[1.2 kg]].", "num", B, "The block weighs 620 g."),
            (
                "d",
                "The block [[cures back pain]].",
                "health",
                B,
                "A health claim with no support in the listing.",
            ),
            (
                "s",
                "Cork yoga block, [[sold as a pair]].",
                "feat",
                B,
                "The listing says sold singly.",
            ),
            ("s", "A cork block [[harvested in Sardinia]].", "orig", B, "No origin is given."),
            ("o", "Cork yoga block, [[carbon-negative]].", "env", B, "No climate claim is given."),
            (
                "f",
                "It is [[machine washable]].",
                "care",
                B,
                "The listing says wipe it and do not soak.",
            ),
            (
                "f",
                "[[Chosen by top yoga teachers everywhere]].",
                "soc",
                W,
                "A crowd claim with no support in the listing.",
            ),
        ],
    },
    "T26": {
        "pad": "Return postage is £5 a parcel, tracked.",
        "desc": [
            "Send your kitchen knives and we sharpen them on whetstones and send them back within "
            "7 working days.",
            "It costs £6 a knife, and we repair small chips.",
        ],
        "short": "Whetstone sharpening by post for kitchen knives, £6 each.",
        "seo": "Kitchen knives sharpened by hand on whetstones and returned within 7 working days.",
        "faq": ("Do you sharpen scissors?", "No, scissors and serrated blades are not accepted."),
        "bad": [
            (
                "d",
                "We [[sharpen serrated bread knives]] too.",
                "compat",
                B,
                "The listing says serrated blades are not accepted.",
            ),
            (
                "d",
                "Knives come back [[within 2 working days]].",
                "num",
                B,
                "The listing gives 7 working days.",
            ),
            (
                "s",
                "Knife sharpening by post, [[£4 per knife]].",
                "price",
                B,
                "The listing gives £6 a knife.",
            ),
            (
                "s",
                "Knife sharpening with a [[lifetime edge guarantee]].",
                "war",
                B,
                "No guarantee is given.",
            ),
            (
                "o",
                "[[A knife sharpening kit]] to use at home.",
                "cat",
                B,
                "It is a sharpening service by post.",
            ),
            ("f", "[[Return postage is free]].", "ship", B, "The listing gives £5 a parcel."),
        ],
    },
    "T27": {
        "pad": "There are 24 pegs in the set.",
        "desc": ["Clothes pegs for the washing line, $8 for the set."],
        "short": "24 clothes pegs for $8.",
        "seo": "A set of 24 clothes pegs, weighing 260 g in all.",
        "faq": ("How many pegs are there?", "24."),
        "bad": [
            ("d", "The pegs are made of [[beech wood]].", "mat", B, "No material is given."),
            ("d", "They come in [[bright pastel colours]].", "col", W, "No colour is given."),
            ("s", "A set of [[36 clothes pegs]].", "num", B, "The set has 24 pegs."),
            (
                "s",
                "Clothes pegs [[that never snap]].",
                "abs",
                W,
                "An absolute the listing cannot back.",
            ),
            ("o", "Clothes pegs, [[made in Vermont]].", "orig", B, "No origin is given."),
            (
                "f",
                "They are [[UV-resistant, so they will not fade]].",
                "feat",
                B,
                "No such feature is given.",
            ),
        ],
    },
    "T28": {
        "pad": "It is 14 cm across, about 5.5 in.",
        "desc": ["A terracotta pot for plants, €12."],
        "short": "A 14 cm terracotta plant pot from Potting Shed Supply.",
        "seo": "14 cm terracotta plant pot, €12.",
        "faq": ("What is it made of?", "Terracotta."),
        "bad": [
            ("d", "It has a [[matching saucer]] included.", "feat", B, "No saucer is given."),
            ("d", "A [[sky blue]] terracotta pot.", "col", W, "No colour is given."),
            (
                "s",
                "A terracotta pot [[for outdoor use through hard frosts]].",
                "compat",
                W,
                "The listing never mentions this use.",
            ),
            ("s", "A 14 cm pot [[hand-thrown in Impruneta]].", "orig", B, "No origin is given."),
            (
                "o",
                "Terracotta plant pot 14 cm, [[€9 today]].",
                "price",
                B,
                "The listing's price is €12.",
            ),
            (
                "f",
                "It is a [[self-watering pot]] with a reservoir.",
                "cat",
                B,
                "It is a plain terracotta pot.",
            ),
        ],
    },
    "T29": {
        "pad": "Brass and beech parts should be washed by hand.",
        "desc": [
            "Three tools for fresh pasta, each bought separately: a 5 cm brass ravioli stamp at "
            "$16, a fluted pastry wheel at $12 and a beech drying rack at $29.",
            "Buying all three comes to $57.",
        ],
        "short": "A brass ravioli stamp, a fluted pastry wheel and an eight-arm beech drying rack, "
        "sold one by one.",
        "seo": "Brass ravioli stamp, fluted pastry wheel and beech drying rack for fresh pasta, "
        "each "
        "available separately.",
        "faq": ("Can I buy just the drying rack?", "Yes, the beech drying rack is $29 by itself."),
        "bad": [
            (
                "d",
                "The ravioli stamp is [[made by Marcato]].",
                "brand",
                B,
                "The vendor is Trafila & Co.",
            ),
            (
                "d",
                "The ravioli stamp is [[stainless steel]].",
                "mat",
                B,
                "The stamp is brass and beech.",
            ),
            (
                "s",
                "[[All three tools for $45]].",
                "price",
                B,
                "Each is sold separately: $16, $12 and $29.",
            ),
            (
                "s",
                "Pasta tools that are [[dishwasher safe]].",
                "care",
                B,
                "The listing says hand wash.",
            ),
            ("o", "Fresh pasta tools [[made in Bologna]].", "orig", B, "No origin is given."),
            (
                "f",
                "[[A pasta machine]] is part of the collection.",
                "cat",
                B,
                "The collection is a stamp, a wheel and a rack.",
            ),
            (
                "f",
                "The wheel [[also cuts fondant and clay]].",
                "compat",
                W,
                "The listing never mentions this use.",
            ),
        ],
    },
    "T30": {
        "pad": "Ridgeway delivers it in 7 to 12 business days.",
        "desc": [
            "A 420 litre roof box from our partner Ridgeway Roofboxes, who sell, ship and support "
            "it.",
            "It opens from both sides, locks with two keys and takes up to 50 kg, about 110 lb.",
        ],
        "short": "A 420 L roof box in matte black or titanium grey, C$749, sold by our partner "
        "Ridgeway.",
        "seo": "420 litre ABS roof box that opens from both sides and fits most square and aero "
        "bars.",
        "faq": ("Who handles the warranty?", "Ridgeway Roofboxes, under their 3-year warranty."),
        "bad": [
            ("d", "Maximum load is [[75 kg]].", "num", B, "The listing gives 50 kg."),
            (
                "d",
                "The box is [[made by Thule]].",
                "brand",
                B,
                "The maker is the partner, Ridgeway Roofboxes.",
            ),
            (
                "s",
                "A 420 L roof box [[with a lifetime warranty]].",
                "war",
                B,
                "The listing gives Ridgeway's 3-year warranty.",
            ),
            (
                "s",
                "A 420 L roof box [[that fits round bars too]].",
                "compat",
                W,
                "Only square and aero bars are named.",
            ),
            (
                "o",
                "420 L cargo roof box, [[shipped by us the same day]].",
                "ship",
                B,
                "The partner delivers it in 7 to 12 business days.",
            ),
            (
                "f",
                "It is a [[rooftop tent]] that doubles as storage.",
                "cat",
                B,
                "It is a roof box.",
            ),
            (
                "f",
                "It [[lowers your car's emissions]].",
                "env",
                B,
                "No environmental claim is given.",
            ),
        ],
    },
}


def _html(sentences):
    return "<p>" + html.escape(" ".join(sentences), quote=False) + "</p>"


def _serialise(kind, sentences, key, question=GENERAL_Q):
    if kind in ("description", "short_description"):
        return _html(sentences)
    if kind == "seo":
        return json.dumps(
            {"title": _seo_title(key), "description": " ".join(sentences)}, ensure_ascii=False
        )
    return json.dumps([{"question": question, "answer": " ".join(sentences)}], ensure_ascii=False)


_LISTINGS = make_listings.build()


def _seo_title(key):
    lst = _LISTINGS[key]
    return f"{lst['title']} | {lst['vendor']}" if lst["vendor"] else lst["title"]


def _strip_marks(marked):
    assert marked.count("[[") == 1 and marked.count("]]") == 1, marked
    before, rest = marked.split("[[")
    claim, after = rest.split("]]")
    return before + claim + after, claim


def _locate(kind, text, claim):
    if kind in ("description", "short_description"):
        assert html.escape(claim, quote=False) == claim, claim
    else:
        assert json.dumps(claim, ensure_ascii=False)[1:-1] == claim, claim
    assert text.count(claim) == 1, (claim, text)
    start = text.index(claim)
    return start, start + len(claim)


def build():
    clean: list[dict[str, Any]] = []
    faulty: list[dict[str, Any]] = []
    for key, h in H.items():

        def row(kind, text, labels=(), key=key):
            return {"listing": key, "kind": kind, "text": text, "labels": list(labels)}

        clean.append(row("description", _serialise("description", h["desc"] + [h["pad"]], key)))
        clean.append(row("short_description", _serialise("short_description", [h["short"]], key)))
        clean.append(row("seo", _serialise("seo", [h["seo"]], key)))
        q, a = h["faq"]
        clean.append(row("faq", _serialise("faq", [a], key, question=q)))
        clean.append(row("faq", _serialise("faq", [h["pad"]], key)))
        for k, marked, rule, severity, why in h["bad"]:
            kind = KIND[k]
            sentence, claim = _strip_marks(marked)
            sentences = [sentence, h["pad"]] if kind == "description" else [sentence]
            text = _serialise(kind, sentences, key)
            start, end = _locate(kind, text, claim)
            label = {
                "rule": R[rule],
                "start": start,
                "end": end,
                "claim": claim,
                "severity": severity,
                "why": why,
            }
            faulty.append(row(kind, text, [label]))
    return clean, faulty


if __name__ == "__main__":
    c, f = build()
    print(len(c), "clean,", len(f), "faulty")
