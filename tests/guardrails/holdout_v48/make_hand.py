"""Hand-written drafts for holdout v48: clean drafts and faulty drafts with one planted claim each.

Every text here was written for v48. A faulty sentence marks its claim with [[...]]; the claim is
checked against listings.json by hand (see README.md). Kinds: d description, s short description,
e SEO description (under the listing's own title and vendor), f a one-answer FAQ.
"""

import html
import json
from typing import Any

import make_listings

GENERAL_Q = "Is there anything more I should know?"
KINDS = {"d": "description", "s": "short_description", "e": "seo", "f": "faq"}
LISTINGS = make_listings.build()
B = "block"
W = "warn"

# key: pad, description sentences, short, SEO description, (question, answer), faulty rows
H: dict[str, dict[str, Any]] = {
    "T01": {
        "pad": "It can be set up for a left-hand or right-hand retrieve.",
        "desc": [
            "Machined from 6061 aluminium bar, this large-arbor reel runs a sealed carbon drag.",
            "It takes a WF5 line with 100 yards (about 91 m) of 20 lb backing.",
        ],
        "short": "A 5/6 large-arbor reel, anodised in Colorado, in Graphite or Olive.",
        "seo": "Aluminium 5/6 fly reel with a sealed carbon drag, 142 g, $149.",
        "qa": ("How much does it weigh?", "142 g, about 5 oz."),
        "faulty": [
            (
                "d",
                "The spool is [[cast from magnesium]] for lightness.",
                "accuracy.material",
                "the reel is machined 6061 aluminium",
            ),
            (
                "s",
                "[[Forged in Montana]], it holds a WF5 line.",
                "accuracy.origin",
                "the listing names Colorado (anodising) and no forging",
            ),
            (
                "e",
                "Fly reel in graphite, olive or [[gold]].",
                "accuracy.colour",
                "colours are Graphite and Olive",
            ),
            ("f", "It holds [[200 yards]] of 20 lb backing.", "accuracy.number", "100 yards"),
            (
                "d",
                "Every reel carries a [[25-year warranty]].",
                "accuracy.warranty",
                "no warranty given",
            ),
            ("s", "Only [[$129]] in either colour.", "accuracy.price", "both colours are $149"),
            (
                "f",
                "It balances a [[3-weight rod]] nicely.",
                "accuracy.compatibility",
                "a 5/6 reel; 3-weight is not offered",
            ),
        ],
    },
    "T02": {
        "pad": "It is ready for induction cooktops.",
        "desc": [
            "Poured in Tennessee, the skillet arrives already seasoned with flaxseed oil.",
            "It is a 12-inch (about 30 cm) pan weighing 3.1 kg, close to 6.8 lb.",
        ],
        "short": "A pre-seasoned No. 10 cast iron skillet with two pour spouts"
        " and a helper handle.",
        "seo": "Cast iron No. 10 skillet, poured in Tennessee and pre-seasoned. $95.",
        "qa": (
            "How should I clean it?",
            "Wash it by hand, dry it over the burner and wipe on a "
            "little oil; keep it out of the dishwasher.",
        ),
        "faulty": [
            (
                "d",
                "It is [[safe to put in the dishwasher]] after a roast.",
                "accuracy.care",
                "the listing says not for the dishwasher",
            ),
            (
                "s",
                "An [[enamelled cast iron]] skillet for everyday cooking.",
                "accuracy.material",
                "bare pre-seasoned cast iron, no enamel",
            ),
            (
                "e",
                "No. 10 skillet, [[cast in Pennsylvania]].",
                "accuracy.origin",
                "poured in Tennessee",
            ),
            ("f", "It weighs [[only 2 kg]].", "accuracy.number", "3.1 kg"),
            ("d", "It comes with a [[matching glass lid]].", "accuracy.feature", "no lid listed"),
            (
                "s",
                "Cooking in it [[boosts your iron intake]].",
                "compliance.health",
                "a health claim the listing does not make",
            ),
            (
                "f",
                "[[Free two-day shipping]] on every skillet.",
                "compliance.shipping",
                "no shipping terms given",
            ),
        ],
    },
    "T03": {
        "pad": "A galvanised chain for hanging is in the box.",
        "desc": [
            "This hopper feeder is built from western red cedar with an acrylic window, so you can "
            "see when the seed runs low.",
            "It takes 1.2 litres of mixed seed and stands 28 cm tall.",
        ],
        "short": "FSC cedar hopper feeder holding 1.2 L of seed, £38.",
        "seo": "Cedar hopper bird feeder with a seed window, 1.2 litres.",
        "qa": ("How big is it?", "22 x 18 x 28 cm, roughly 8.7 x 7.1 x 11 inches."),
        "faulty": [
            (
                "d",
                "Its window is [[toughened glass]].",
                "accuracy.material",
                "the window is acrylic",
            ),
            (
                "f",
                "The cedar is [[Soil Association certified]].",
                "accuracy.certification",
                "the listing gives FSC only",
            ),
            (
                "d",
                "[[Over 10,000 gardens]] feed their birds from it.",
                "compliance.social_proof",
                "unconfirmable popularity",
                W,
            ),
            ("f", "[[Free delivery across the UK]].", "compliance.shipping", "no shipping terms"),
        ],
    },
    "T04": {
        "pad": "Every piece is weighted and has a felt base.",
        "desc": [
            "The Staunton pieces are turned from sheesham and boxwood.",
            "The king stands 95 mm, about 3.75 in, and suits a board with 55 mm squares.",
        ],
        "short": "Weighted Staunton chessmen in sheesham and boxwood; board not included.",
        "seo": "Tournament Staunton chess pieces in sheesham and boxwood, king 95 mm. €129.",
        "qa": (
            "Is a board included?",
            "No, the board is not included; pick one with 55 mm squares.",
        ),
        "faulty": [
            (
                "d",
                "A [[folding walnut board]] comes with the pieces.",
                "accuracy.feature",
                "board not included",
            ),
            ("e", "King height [[110 mm]], weighted pieces.", "accuracy.number", "95 mm"),
            ("f", "The set is [[FIDE approved]].", "accuracy.certification", "no approval given"),
            ("d", "[[Hand-carved in Amritsar]].", "accuracy.origin", "no origin given"),
            (
                "s",
                "[[The finest chess set]] you will ever own.",
                "compliance.absolute",
                "superlative",
                W,
            ),
            ("f", "Every set is [[€99]] this month.", "accuracy.price", "€129"),
        ],
    },
    "T05": {
        "pad": "It clamps to 22.2 mm handlebars.",
        "desc": [
            "A spun brass dome gives this bell its long, clear ring.",
            "It comes in polished brass at £22 or black at £24.",
        ],
        "short": "A brass bike bell for 22.2 mm bars; 31.8 mm bars need the adapter,"
        " sold separately.",
        "seo": "Spun brass bike bell, polished or black, from £22.",
        "qa": ("Will it fit my 31.8 mm bars?", "Yes, with the adapter, which is sold separately."),
        "faulty": [
            (
                "d",
                "It fits [[31.8 mm bars straight out of the box]].",
                "accuracy.compatibility",
                "31.8 mm bars need the separate adapter",
            ),
            ("s", "The black bell is [[£22]] too.", "accuracy.price", "black is £24"),
            (
                "e",
                "Brass bell in polished, black or [[chrome]].",
                "accuracy.colour",
                "Polished and Black only",
            ),
            ("d", "It comes with [[a lifetime guarantee]].", "accuracy.warranty", "none given"),
            ("s", "The ring is [[tuned by Crane Bell Co]].", "accuracy.brand", "vendor Spokesmith"),
            (
                "f",
                "Each bell is [[made from recycled brass]].",
                "compliance.environmental",
                "no recycled content stated",
            ),
        ],
    },
    "T06": {
        "pad": "Both the blade and the spring can be replaced.",
        "desc": [
            "The bypass blade is SK5 carbon steel and cuts branches up to 20 mm thick.",
            "The shears are 200 mm long, just under 8 in, and weigh 230 g.",
        ],
        "short": "Bypass pruners with an SK5 blade for stems up to 20 mm, C$42.",
        "seo": "Bypass pruning shears, SK5 carbon steel, 20 mm cut, 200 mm long.",
        "qa": ("What is the thickest branch it cuts?", "Up to 20 mm, about 0.8 inch."),
        "faulty": [
            (
                "d",
                "The blade is [[stainless steel]], so it never rusts.",
                "accuracy.material",
                "SK5 carbon steel",
            ),
            ("s", "Cuts branches up to [[35 mm]].", "accuracy.number", "20 mm"),
            (
                "e",
                "[[Anvil]] pruning shears with a carbon-steel blade.",
                "accuracy.category",
                "bypass shears",
            ),
            ("f", "They are [[made in Solingen]].", "accuracy.origin", "no origin given"),
            (
                "d",
                "The handles are [[shaped for left-handed gardeners]].",
                "accuracy.feature",
                "not in the listing",
            ),
            (
                "s",
                "[[Loved by 5,000 Canadian gardeners]].",
                "compliance.social_proof",
                "unconfirmable",
                W,
            ),
            (
                "f",
                "Wash them [[in the dishwasher]] after use.",
                "accuracy.care",
                "no such care given",
            ),
        ],
    },
    "T07": {
        "pad": "It comes in a resealable pouch.",
        "desc": [
            "A lightly roasted, rolled oolong from Nantou in Taiwan.",
            "Steep 5 g in 150 ml of water at 95 °C (203 °F) for five or six infusions.",
        ],
        "short": "100 g of Nantou oolong, A$18.50.",
        "seo": "Misty Peak rolled oolong from Nantou, Taiwan, 100 g loose leaf.",
        "qa": ("How many times can I steep it?", "Five or six infusions from each 5 g."),
        "faulty": [
            ("d", "It is a [[heavily roasted]] oolong.", "accuracy.feature", "lightly roasted"),
            (
                "s",
                "[[Rainforest Alliance certified]] oolong from Nantou.",
                "accuracy.certification",
                "no certification given",
            ),
            ("e", "Rolled oolong [[from Fujian, China]].", "accuracy.origin", "Nantou, Taiwan"),
            ("f", "Brew it at [[80 °C]].", "accuracy.number", "95 °C"),
            ("s", "A tea that [[lowers blood pressure]].", "compliance.health", "health claim"),
            (
                "f",
                "The pouch is [[fully compostable]].",
                "compliance.environmental",
                "not stated; the pouch is only resealable",
            ),
        ],
    },
    "T08": {
        "pad": "Clean the burrs with a brush rather than water.",
        "desc": [
            "Its conical burrs are 38 mm stainless steel, with 30 click settings.",
            "The hopper takes 25 g of whole beans.",
        ],
        "short": "Hand grinder with 38 mm stainless conical burrs and 30 clicks.",
        "seo": "Hand coffee grinder, 38 mm conical burrs, 30 settings, 520 g.",
        "qa": ("How many beans fit?", "The hopper holds 25 g, a little under an ounce."),
        "faulty": [
            ("d", "The burrs are [[ceramic]].", "accuracy.material", "stainless steel"),
            ("s", "[[48 click settings]] from espresso to French press.", "accuracy.number", "30"),
            (
                "e",
                "[[Electric]] coffee grinder with conical burrs.",
                "accuracy.category",
                "a hand grinder",
            ),
            (
                "f",
                "Rinse the burrs [[under the tap]] after each use.",
                "accuracy.care",
                "do not wash them in water",
            ),
            (
                "d",
                "It is [[compatible with Comandante burrs]].",
                "accuracy.compatibility",
                "no such fit stated",
            ),
            ("s", "A [[10-year warranty]] on the burrs.", "accuracy.warranty", "none given"),
            ("f", "It [[ships the same day]] you order.", "compliance.shipping", "no terms given"),
        ],
    },
    "T09": {
        "pad": "It is alcohol-free.",
        "desc": [
            "A balm of jojoba oil and beeswax, scented with fig leaf and cedar.",
            "Each hinged tin holds 15 g, about half an ounce.",
        ],
        "short": "Fig leaf and cedar solid perfume in a 15 g tin, €26.",
        "seo": "Fig leaf solid perfume, a jojoba and beeswax balm without alcohol.",
        "qa": ("Is it vegan?", "No, it contains beeswax."),
        "faulty": [
            ("d", "It is [[entirely vegan]].", "accuracy.feature", "contains beeswax"),
            ("e", "Solid perfume in a [[30 g]] tin.", "accuracy.number", "15 g"),
            (
                "f",
                "The balm is [[dermatologically tested]].",
                "accuracy.certification",
                "no testing stated",
            ),
            ("d", "It [[calms anxiety]] with every touch.", "compliance.health", "health claim"),
            ("f", "[[Free shipping]] across the EU.", "compliance.shipping", "no terms given"),
        ],
    },
    "T10": {
        "pad": "A waist belt is included.",
        "desc": [
            "The outer is Cordura nylon with a fleece lining inside.",
            "The opening is 15 cm wide, about 6 in, and closes with a drawcord.",
        ],
        "short": "Cordura chalk bag with a brush holder, in Rust, Slate or Moss.",
        "seo": "Chalk bag in Cordura with a fleece lining and waist belt, $28.",
        "qa": ("What colours are there?", "Rust, Slate and Moss."),
        "faulty": [
            (
                "d",
                "It comes [[filled with 100 g of chalk]].",
                "accuracy.feature",
                "no chalk listed",
            ),
            (
                "s",
                "Available in Rust, Slate, Moss and [[Sand]].",
                "accuracy.colour",
                "three colours only",
            ),
            ("e", "Chalk bag in [[sizes S and L]].", "accuracy.size", "no sizes offered"),
            ("f", "The lining is [[merino wool]].", "accuracy.material", "fleece lining"),
            ("d", "It is [[bluesign certified]].", "accuracy.certification", "none given"),
            (
                "s",
                "The [[only chalk bag]] you will ever need.",
                "compliance.absolute",
                "absolute",
                W,
            ),
            ("f", "It is [[made by Black Diamond]].", "accuracy.brand", "vendor Crux Supply"),
        ],
    },
    "T11": {
        "pad": "It has a pierced lid.",
        "desc": [
            "This mabkhara is hammered by hand from copper.",
            "It stands 14 cm tall, roughly 5.5 in, and was made in Sharjah.",
        ],
        "short": "مبخرة نحاسية مطروقة يدويًا، ارتفاعها 14 سم.",
        "seo": "مبخرة من النحاس صنعت في الشارقة، 120 درهمًا.",
        "qa": ("Where is it made?", "In Sharjah, by hand."),
        "faulty": [
            ("d", "It is [[cast in brass]].", "accuracy.material", "hammered copper"),
            ("s", "مبخرة [[صنعت في مراكش]].", "accuracy.origin", "made in Sharjah"),
            ("e", "مبخرة بارتفاع [[25 سم]].", "accuracy.number", "14 cm"),
            (
                "f",
                "It [[plugs into the mains]] to heat the bakhoor.",
                "accuracy.feature",
                "not electric",
            ),
            ("d", "Each one is [[AED 95]] this week.", "accuracy.price", "AED 120"),
            ("s", "[[شحن مجاني]] إلى جميع الإمارات.", "compliance.shipping", "no terms given"),
            ("f", "Its smoke [[clears the sinuses]].", "compliance.health", "health claim"),
        ],
    },
    "T12": {
        "pad": "Wash it by hand only.",
        "desc": [
            "Cut from Galilee olive wood and finished with mineral oil.",
            "It measures 35 x 20 cm, about 13.8 x 7.9 inches, and weighs 1.1 kg.",
        ],
        "short": "קרש חיתוך מעץ זית מהגליל, 35 על 20 ס״מ.",
        "seo": "קרש חיתוך מעץ זית בגימור שמן מינרלי, 210 ש״ח.",
        "qa": ("How do I wash it?", "By hand only."),
        "faulty": [
            ("d", "It is finished with [[food-safe lacquer]].", "accuracy.material", "mineral oil"),
            ("s", "קרש חיתוך [[מבית לחם]].", "accuracy.origin", "Galilee olive wood"),
            ("e", "קרש חיתוך [[בגודל 50 על 30 ס״מ]].", "accuracy.number", "35 x 20 cm"),
            ("f", "It is [[dishwasher-safe]].", "accuracy.care", "hand wash only"),
            ("s", "[[אלפי לקוחות מרוצים]].", "compliance.social_proof", "unconfirmable", W),
            ("f", "The wood [[kills germs on contact]].", "compliance.health", "health claim"),
        ],
    },
    "T13": {
        "pad": "It is packed in a glass jar.",
        "desc": ["Sargol saffron from Qaenat in South Khorasan.", "Each jar holds 2 g."],
        "short": "زعفران سرگل قائنات، دو گرم.",
        "seo": "زعفران سرگل از خراسان جنوبی در ظرف شیشه‌ای.",
        "qa": ("How much saffron is in a jar?", "Two grams."),
        "faulty": [
            ("d", "It is [[ISO 3632 grade I certified]].", "accuracy.certification", "none given"),
            ("s", "زعفران [[نگین]] قائنات.", "accuracy.category", "sargol, not negin"),
            ("e", "زعفران سرگل [[پنج گرمی]].", "accuracy.number", "2 g"),
            ("f", "It comes in a [[tin]].", "accuracy.material", "a glass jar"),
            ("d", "It is [[grown near Mashhad]].", "accuracy.origin", "Qaenat, South Khorasan"),
            ("s", "[[ارسال رایگان]] به سراسر کانادا.", "compliance.shipping", "no terms given"),
            ("f", "It [[works like an antidepressant]].", "compliance.health", "health claim"),
        ],
    },
    "T14": {
        "pad": "A 45 cm chain is included.",
        "desc": [
            "Cloisonné enamel laid on 925 silver.",
            "The pendant is 2 cm across and comes in blue or red.",
        ],
        "short": "ტიხრული მინანქრის საკიდი ვერცხლზე, 2 სმ.",
        "seo": "მინანქრის საკიდი ვერცხლზე, ლურჯი ან წითელი, 180 ლარი.",
        "qa": ("Is a chain included?", "Yes, a 45 cm chain, about 17.7 inches."),
        "faulty": [
            ("d", "The pendant is [[solid gold]].", "accuracy.material", "925 silver"),
            ("s", "საკიდი [[მწვანე]] ფერში.", "accuracy.colour", "blue or red"),
            ("e", "მინანქრის საკიდი, ჯაჭვი [[60 სმ]].", "accuracy.number", "45 cm chain"),
            ("f", "The chain is [[sold separately]].", "accuracy.feature", "chain included"),
            ("d", "Each piece is [[enamelled in Tbilisi]].", "accuracy.origin", "no origin given"),
            ("s", "[[სამუდამო გარანტია]].", "accuracy.warranty", "none given"),
            ("f", "It is [[hypoallergenic for every skin]].", "compliance.health", "health claim"),
        ],
    },
    "T15": {
        "pad": "It is lined with cotton.",
        "desc": [
            "A peaked cap of Harris Tweed with a cotton lining.",
            "The tweed was woven on Lewis, and the cap comes in sizes 57, 59 and 61.",
        ],
        "short": "Bonaid de chlò Hearach ann am meudan 57, 59 agus 61.",
        "seo": "Bonaid clò Hearach le lìnigeadh cotain, £55.",
        "qa": ("What sizes are there?", "Sizes 57, 59 and 61."),
        "faulty": [
            ("d", "The lining is [[silk]].", "accuracy.material", "cotton lining"),
            ("s", "Bonaid ann am meud [[63]].", "accuracy.size", "57, 59 and 61"),
            ("e", "Bonaid clò Hearach, [[£45]].", "accuracy.price", "£55"),
            ("f", "It is [[fully waterproof]].", "accuracy.feature", "not stated"),
            ("d", "The tweed is [[woven in Donegal]].", "accuracy.origin", "woven in Lewis"),
            (
                "s",
                "[[Lìbhrigeadh an-asgaidh]] air a h-uile bonaid.",
                "compliance.shipping",
                "no terms given",
            ),
            ("f", "Wash it [[in the machine at 40 °C]].", "accuracy.care", "no care given"),
        ],
    },
    "T16": {
        "pad": "The cushion pad is not included.",
        "desc": [
            "Hand-embroidered suzani in silk thread on cotton.",
            "The cover measures 45 x 45 cm, about 18 x 18 inches.",
        ],
        "short": "Qo'lda tikilgan suzani yostiq jildi, 45 x 45 sm.",
        "seo": "Paxta va ipak ipdan suzani yostiq jildi, 450 000 so'm.",
        "qa": ("Does it come with a cushion?", "No, the cover comes without the cushion."),
        "faulty": [
            (
                "d",
                "It is [[machine-embroidered]] on cotton.",
                "accuracy.feature",
                "hand-embroidered",
            ),
            ("s", "[[Samarqandda]] tikilgan suzani.", "accuracy.origin", "no origin given"),
            ("e", "Suzani yostiq jildi, [[60 x 60 sm]].", "accuracy.number", "45 x 45 cm"),
            ("f", "The cover is [[linen]].", "accuracy.material", "cotton"),
            ("s", "Endi atigi [[350 000 so'm]].", "accuracy.price", "450 000 UZS"),
            ("f", "The dyes are [[all plant-based]].", "compliance.environmental", "not stated"),
        ],
    },
    "T17": {
        "pad": "Grip tape is sold separately.",
        "desc": [
            "Seven plies of Canadian maple, pressed in California.",
            "It is 8.25 in wide (about 21 cm) and 31.9 in long (about 81 cm).",
        ],
        "short": "A 7-ply maple deck, 8.25 in wide with a 14.25 in wheelbase.",
        "seo": "8.25 in Canadian maple skateboard deck, 7-ply, $65.",
        "qa": ("Does it come with grip tape?", "No, you buy grip tape on its own."),
        "faulty": [
            ("d", "It is [[9 plies]] thick.", "accuracy.number", "7 plies"),
            ("s", "An [[8.5 in]] maple deck.", "accuracy.size", "8.25 in only"),
            ("e", "Maple deck [[with trucks and wheels]].", "accuracy.feature", "a deck alone"),
            ("f", "It is [[pressed in Mexico]].", "accuracy.origin", "pressed in California"),
            (
                "s",
                "[[Ridden by pro skaters worldwide]].",
                "compliance.social_proof",
                "unconfirmable",
                W,
            ),
            ("f", "Orders [[arrive in 24 hours]].", "compliance.shipping", "no terms given"),
        ],
    },
    "T18": {
        "pad": "Unplug it and wait 15 minutes before lifting it out of the water.",
        "desc": [
            "A 100 W submersible heater in a shatter-resistant quartz tube.",
            "Set it anywhere from 18 to 32 °C (about 64 to 90 °F) for tanks of 60 to 120 litres.",
        ],
        "short": "100 W heater for 60-120 L tanks, £34.",
        "seo": "Reefglow 100 W submersible aquarium heater, 18-32 °C, quartz tube.",
        "qa": ("What tank size is it for?", "60 to 120 litres, roughly 16 to 32 US gallons."),
        "faulty": [
            ("d", "It suits tanks [[up to 250 litres]].", "accuracy.number", "60 to 120 litres"),
            ("e", "Aquarium heater in a [[titanium]] tube.", "accuracy.material", "quartz tube"),
            (
                "f",
                "You can [[lift it out while it is running]].",
                "accuracy.care",
                "unplug 15 minutes first",
            ),
            ("d", "It [[connects to an app over Wi-Fi]].", "accuracy.feature", "not listed"),
            ("s", "[[Never fails]] in any tank.", "compliance.absolute", "absolute", W),
            ("f", "It comes with a [[three-year warranty]].", "accuracy.warranty", "none given"),
        ],
    },
    "T19": {
        "pad": "It is not meant for short, smooth coats.",
        "desc": [
            "Two rows of rounded stainless steel pins sit on a beech handle.",
            "It is made for dogs with long or double coats.",
        ],
        "short": "Undercoat rake for double-coated dogs, €19.",
        "seo": "Undercoat rake with stainless pins and a beech handle, for double coats.",
        "qa": (
            "Will it work on my short-haired dog?",
            "No, it is meant for long and double coats, not short, smooth ones.",
        ),
        "faulty": [
            (
                "d",
                "It is [[ideal for short-haired breeds]] too.",
                "accuracy.compatibility",
                "not for short, smooth coats",
            ),
            ("s", "A rake with [[a bamboo handle]].", "accuracy.material", "beech handle"),
            ("e", "Undercoat rake [[with three rows of pins]].", "accuracy.number", "two rows"),
            ("f", "It [[stops shedding for good]].", "compliance.health", "health claim for a pet"),
            (
                "d",
                "[[Groomers across Europe swear by it]].",
                "compliance.social_proof",
                "unconfirmable",
                W,
            ),
            ("s", "[[Works on cats as well]].", "accuracy.compatibility", "only dogs named"),
            ("f", "[[Made in Germany]].", "accuracy.origin", "no origin given"),
        ],
    },
    "T20": {
        "pad": "They are made for concert ukuleles only.",
        "desc": [
            "A set of four fluorocarbon strings tuned GCEA with a high G.",
            "At $12 the set, they are meant for concert-size ukuleles.",
        ],
        "short": "Four fluorocarbon strings, GCEA high G, for concert ukuleles.",
        "seo": "Concert ukulele strings, fluorocarbon, GCEA high G, $12.",
        "qa": ("Will they fit a tenor ukulele?", "No, they are for concert ukuleles only."),
        "faulty": [
            (
                "d",
                "They also [[fit tenor and baritone ukuleles]].",
                "accuracy.compatibility",
                "concert only",
            ),
            ("f", "They are tuned [[with a low G]].", "accuracy.feature", "high G"),
            ("d", "Every set is [[$9]] today.", "accuracy.price", "$12"),
            (
                "s",
                "[[The best-sounding strings in the world]].",
                "compliance.absolute",
                "superlative",
                W,
            ),
            ("f", "The strings are [[handmade in Hawaii]].", "accuracy.origin", "no origin given"),
        ],
    },
    "T21": {
        "pad": "It is not a toy and is meant for ages 14 and up.",
        "desc": [
            "A ready-to-run HO scale (1:87) covered hopper with metal wheels and knuckle couplers.",
            "Choose road number 4021 or 4037.",
        ],
        "short": "Ready-to-run HO 40 ft covered hopper, $39.",
        "seo": "HO scale 40 ft covered hopper with metal wheels and knuckle couplers.",
        "qa": ("Which scale is it?", "HO, 1:87."),
        "faulty": [
            ("d", "It is built to [[N scale]].", "accuracy.size", "HO 1:87"),
            ("s", "[[Suitable for children from 8]].", "accuracy.feature", "ages 14 and up"),
            (
                "e",
                "HO covered hopper with [[plastic wheels]].",
                "accuracy.material",
                "metal wheels",
            ),
            (
                "f",
                "It [[runs on three-rail Märklin track]].",
                "accuracy.compatibility",
                "not stated",
            ),
            (
                "d",
                "It is [[a licensed Bachmann model]].",
                "accuracy.brand",
                "vendor Junction Yard Models",
            ),
            ("s", "[[Ships free worldwide]].", "compliance.shipping", "no terms given"),
            ("f", "It comes with a [[two-year warranty]].", "accuracy.warranty", "none given"),
        ],
    },
    "T22": {
        "pad": "Wash and dry it by hand; keep it out of the dishwasher.",
        "desc": [
            "The 210 mm blade, just over 8 in, is AUS-10 stainless steel hardened to 60 HRC.",
            "It was sharpened in Seki, Japan, and sits on a walnut handle.",
        ],
        "short": "A 210 mm AUS-10 gyuto with a walnut handle, $189.",
        "seo": "Gyuto chef's knife, AUS-10 steel at 60 HRC, walnut handle.",
        "qa": ("How hard is the steel?", "60 on the Rockwell C scale."),
        "faulty": [
            ("d", "The blade is [[Damascus VG-10]].", "accuracy.material", "AUS-10 steel"),
            ("s", "Hardened to [[64 HRC]].", "accuracy.number", "60 HRC"),
            ("e", "A [[240 mm]] gyuto in AUS-10.", "accuracy.size", "210 mm only"),
            ("f", "It is [[sharpened in Sakai]].", "accuracy.origin", "sharpened in Seki"),
            ("d", "It [[stays razor-sharp for life]].", "compliance.absolute", "absolute", W),
            ("f", "The steel is [[forged by Shun]].", "accuracy.brand", "vendor Hollowpoint"),
        ],
    },
    "T23": {
        "pad": "It folds away into its own case.",
        "desc": [
            "It screws onto EN417 gas canisters, which are not included, and puts out 2.6 kW.",
            "A litre of water boils in about four minutes.",
        ],
        "short": "Canister stove with piezo ignition, 88 g, $49.",
        "seo": "Trailhead 2.6 kW canister stove with piezo ignition, 88 g.",
        "qa": ("Is gas included?", "No, the gas canister is not included."),
        "faulty": [
            ("d", "A [[230 g gas canister is included]].", "accuracy.feature", "not included"),
            ("s", "Boils a litre [[in 90 seconds]].", "accuracy.number", "about 4 minutes"),
            (
                "f",
                "It [[runs on white gas and kerosene]] too.",
                "accuracy.compatibility",
                "EN417 canisters only",
            ),
            ("d", "It is [[CE and UL certified]].", "accuracy.certification", "none given"),
            (
                "f",
                "[[Ten thousand hikers]] carry one.",
                "compliance.social_proof",
                "unconfirmable",
                W,
            ),
        ],
    },
    "T24": {
        "pad": "Lines and handles are included.",
        "desc": [
            "A dual-line delta with a ripstop nylon sail on carbon spars.",
            "It spans 1.6 m, about 5 ft 3 in, and flies in winds of 10 to 35 km/h.",
        ],
        "short": "Dual-line stunt kite in Red/Black or Blue/White, €85.",
        "seo": "Delta stunt kite, 1.6 m wingspan, ripstop and carbon, lines included.",
        "qa": ("What wind does it need?", "10 to 35 km/h, roughly 6 to 22 mph."),
        "faulty": [
            ("d", "The spars are [[fibreglass]].", "accuracy.material", "carbon spars"),
            ("s", "A [[quad-line]] stunt kite.", "accuracy.category", "dual-line"),
            ("e", "Stunt kite with [[50 m lines]].", "accuracy.number", "25 m lines"),
            ("d", "Also in [[Yellow/Black]].", "accuracy.colour", "two colourways"),
            ("s", "[[Sewn in Portugal]].", "accuracy.origin", "no origin given"),
            ("f", "A [[spare sail is included]].", "accuracy.feature", "not listed"),
        ],
    },
    "T25": {
        "pad": "A brush is not included.",
        "desc": [
            "Twelve half pans bound with gum arabic and honey, in a metal palette box.",
            "Every colour is rated I or II for lightfastness.",
        ],
        "short": "Twelve artist-grade half pans in a metal box, £54.",
        "seo": "Artist watercolour set of 12 half pans, gum arabic and honey.",
        "qa": ("Does it come with a brush?", "No, you need your own brush."),
        "faulty": [
            (
                "d",
                "A [[size 6 sable brush]] comes in the box.",
                "accuracy.feature",
                "brush not included",
            ),
            ("s", "[[Twenty-four half pans]] in a metal box.", "accuracy.number", "twelve"),
            ("e", "Watercolour set in a [[plastic palette]].", "accuracy.material", "metal box"),
            ("f", "They are [[AP certified non-toxic]].", "accuracy.certification", "none given"),
            (
                "d",
                "The set uses [[Winsor and Newton pigments]].",
                "accuracy.brand",
                "vendor Fennel and Ash",
            ),
            ("s", "Twelve [[whole pans]] of colour.", "accuracy.size", "half pans"),
            ("f", "[[Free next-working-day delivery]].", "compliance.shipping", "no terms given"),
        ],
    },
    "T26": {
        "pad": "A pitch raise costs $60 more.",
        "desc": [
            "One tuning to A440 of your upright or grand piano, in your home.",
            "We cover homes within 25 miles (about 40 km) of Madison, Wisconsin.",
        ],
        "short": "Home piano tuning near Madison: $140 upright, $165 grand.",
        "seo": "Piano tuning at home within 25 miles of Madison, WI, to A440.",
        "qa": ("How much for a grand?", "$165, plus $60 if it needs a pitch raise."),
        "faulty": [
            ("d", "A grand costs [[$140]] as well.", "accuracy.price", "grand is $165"),
            ("s", "Tuned to [[A442]].", "accuracy.number", "A440"),
            (
                "e",
                "Piano tuning [[with a free pitch raise]].",
                "accuracy.price",
                "pitch raise costs $60",
            ),
            (
                "f",
                "Every tuning is [[guaranteed to hold for a year]].",
                "accuracy.warranty",
                "none given",
            ),
            (
                "d",
                "Our tuners are [[certified by the Piano Technicians Guild]].",
                "accuracy.certification",
                "none given",
            ),
            (
                "s",
                "[[Harpsichords]] tuned too.",
                "accuracy.compatibility",
                "upright or grand piano only",
            ),
            (
                "f",
                "[[Rated five stars by 800 families]].",
                "compliance.social_proof",
                "unconfirmable",
                W,
            ),
        ],
    },
    "T27": {
        "pad": "The hook is brass.",
        "desc": ["A brass coat hook for $14."],
        "short": "A brass coat hook, $14.",
        "seo": "Brass coat hook, $14.",
        "qa": ("What is it made of?", "Brass."),
        "faulty": [
            ("d", "[[Screws are included]].", "accuracy.feature", "nothing listed"),
            ("s", "It holds [[up to 15 kg]].", "accuracy.number", "no load given"),
            (
                "e",
                "Brass coat hook in [[matte black]].",
                "accuracy.colour",
                "no colour given; brass",
                W,
            ),
            ("f", "It is [[made in England]].", "accuracy.origin", "no origin given"),
            ("d", "It is [[made from reclaimed brass]].", "compliance.environmental", "not stated"),
            ("s", "A hook from [[Heritage Hardware]].", "accuracy.brand", "no vendor"),
            ("f", "[[Delivered in two days]].", "compliance.shipping", "no terms given"),
        ],
    },
    "T28": {
        "pad": "It comes in a bone or a round shape.",
        "desc": ["An engraved pet ID tag in anodised aluminium."],
        "short": "Engraved aluminium pet tag, bone or round, $11.",
        "seo": "Engraved pet ID tag in anodised aluminium, $11.",
        "qa": ("What shapes can I choose?", "Bone or round."),
        "faulty": [
            ("d", "The tag is [[stainless steel]].", "accuracy.material", "anodised aluminium"),
            ("s", "Also in a [[heart shape]].", "accuracy.size", "bone or round only"),
            ("e", "Pet ID tag [[engraved on both sides]].", "accuracy.feature", "not stated"),
            ("f", "The engraving is [[guaranteed for life]].", "accuracy.warranty", "none given"),
            ("s", "Each tag is [[$8]].", "accuracy.price", "$11"),
            (
                "f",
                "[[Trusted by 20,000 pet owners]].",
                "compliance.social_proof",
                "unconfirmable",
                W,
            ),
        ],
    },
    "T29": {
        "pad": "Each piece is also sold on its own.",
        "desc": [
            "A double jigger (30/60 ml), Boston shaker tins (530 and 830 ml) and a Hawthorne "
            "strainer, in brushed steel.",
            "Bought together they come to $68.",
        ],
        "short": "Jigger, shaker tins and strainer in 18/8 stainless steel.",
        "seo": "Home bar set: jigger, Boston shaker tins and Hawthorne strainer, $68.",
        "qa": ("How much is the strainer alone?", "$22."),
        "faulty": [
            ("d", "The jigger measures [[25 and 50 ml]].", "accuracy.number", "30 and 60 ml"),
            (
                "s",
                "The strainer is [[$14]] on its own.",
                "accuracy.price",
                "strainer $22; $14 is the jigger",
            ),
            ("e", "Bar set in [[copper]].", "accuracy.material", "stainless steel"),
            ("f", "The set includes a [[bar spoon]].", "accuracy.feature", "three pieces only"),
            ("d", "The tins are [[dishwasher-safe]].", "accuracy.care", "no care given"),
            ("s", "Bar tools in [[rose gold]].", "accuracy.colour", "brushed steel"),
        ],
    },
    "T30": {
        "pad": "Our partner Pohjatuli sells and delivers it.",
        "desc": [
            "A 6 kW wood-burning sauna stove for rooms of 5 to 10 cubic metres.",
            "It holds 40 kg of stones, which are not included.",
        ],
        "short": "Wood sauna stove, 6 kW, €1,190.",
        "seo": "Kiuas 6 kW wood sauna stove for 5-10 m³ rooms, 52 kg.",
        "qa": ("What warranty does it have?", "The partner gives three years on the firebox."),
        "faulty": [
            ("d", "It heats rooms [[up to 20 cubic metres]].", "accuracy.number", "5 to 10 m3"),
            ("s", "[[Stones included]].", "accuracy.feature", "stones not included"),
            ("e", "Wood sauna stove, [[9 kW]].", "accuracy.number", "6 kW"),
            (
                "f",
                "The firebox has a [[ten-year warranty]].",
                "accuracy.warranty",
                "three years from the partner",
            ),
            ("d", "It is an [[electric]] sauna heater.", "accuracy.category", "wood-burning"),
            ("s", "[[Low-emission and eco-friendly]].", "compliance.environmental", "not stated"),
            ("f", "[[Delivered free within 48 hours]].", "compliance.shipping", "no terms given"),
        ],
    },
}


def _html(sentences):
    return "<p>" + html.escape(" ".join(sentences), quote=False) + "</p>"


def _serialise(kind, sentences, key, question=GENERAL_Q):
    listing = LISTINGS[key]
    if kind == "seo":
        title = listing["title"]
        if listing.get("vendor"):
            title = f"{title} | {listing['vendor']}"
        return json.dumps({"title": title, "description": " ".join(sentences)}, ensure_ascii=False)
    if kind == "faq":
        return json.dumps(
            [{"question": question, "answer": " ".join(sentences)}], ensure_ascii=False
        )
    return _html(sentences)


def _strip_marks(marked):
    start = marked.index("[[")
    end = marked.index("]]")
    claim = marked[start + 2 : end]
    return marked.replace("[[", "").replace("]]", ""), claim


def _locate(kind, text, claim):
    assert html.escape(claim, quote=False) == claim, claim
    assert json.dumps(claim, ensure_ascii=False)[1:-1] == claim, claim
    assert text.count(claim) == 1, (text, claim)
    start = text.index(claim)
    return start, start + len(claim)


def build():
    clean: list[dict[str, Any]] = []
    faulty: list[dict[str, Any]] = []
    for key, h in H.items():
        pad = h["pad"]
        question, answer = h["qa"]
        for kind, text in (
            ("description", _serialise("description", h["desc"] + [pad], key)),
            ("short_description", _html([h["short"]])),
            ("seo", _serialise("seo", [h["seo"]], key)),
            ("faq", _serialise("faq", [answer], key, question)),
            ("faq", _serialise("faq", [pad], key)),
        ):
            clean.append({"listing": key, "kind": kind, "text": text, "labels": []})
        for row in h["faulty"]:
            letter, marked, rule, why = row[:4]
            severity = row[4] if len(row) > 4 else B
            kind = KINDS[letter]
            sentence, claim = _strip_marks(marked)
            sentences = [sentence, pad] if kind == "description" else [sentence]
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
            faulty.append({"listing": key, "kind": kind, "text": text, "labels": [label]})
    return clean, faulty
