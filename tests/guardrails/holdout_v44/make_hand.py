"""Hand-written drafts for guardrails holdout v44: clean drafts and faulty drafts.

Each listing has a true pad sentence, five clean drafts and six or seven faulty sentences, each with
exactly one planted unsupported claim marked [[...]] and its rule, severity and reason.
"""

import html
import json
from typing import Any

import make_listings

GENERAL_Q = "What should I know about it?"
B, W = "block", "warn"

# Faulty sentence n (0-based) becomes this kind of draft.
FAULTY_KINDS = (
    "description", "short_description", "seo", "description", "faq", "short_description", "faq",
)  # fmt: skip

H: dict[str, dict[str, Any]] = {
    "T01": {
        "pad": "The reel is 90 mm across.",
        "desc": [
            "Larkspur machines this large-arbor reel from a solid bar of 6061 aluminium in "
            "Bozeman, Montana.",
            "It weighs 145 g, about 5.1 oz, and the retrieve switches sides without tools.",
        ],
        "short": "A 90 mm fly reel for 5 and 6 weight lines, in Gunmetal or Olive, $189.",
        "seo": "Machined in Montana from 6061 aluminium, with a sealed carbon-fibre drag that "
        "needs no grease.",
        "gen": "It is made in the USA, takes 5 and 6 weight lines, and should be rinsed in fresh "
        "water after a day in salt water.",
        "faq": (
            "Can I fish it left-handed?",
            "Yes. The retrieve converts from right to left hand without tools.",
        ),
        "bad": [
            (
                "The frame is machined from [[titanium]].",
                "accuracy.material",
                B,
                "the reel is 6061 aluminium",
            ),
            (
                "A fly reel for [[7 and 8 weight]] lines.",
                "accuracy.size",
                B,
                "made for 5 and 6 weight lines",
            ),
            (
                "A Larkspur reel [[made in Idaho]], USA.",
                "accuracy.origin",
                B,
                "machined in Bozeman, Montana",
            ),
            (
                "Its drag [[needs a drop of grease every season]].",
                "accuracy.feature",
                B,
                "the sealed drag needs no grease",
            ),
            ("It weighs just [[120 g]].", "accuracy.number", B, "the reel weighs 145 g"),
            (
                "Choose from Gunmetal, Olive or [[Copper]].",
                "accuracy.colour",
                B,
                "only Gunmetal and Olive",
            ),
            ("It is [[guaranteed for 25 years]].", "accuracy.warranty", B, "no warranty is given"),
        ],
    },
    "T02": {
        "pad": "The middle is marked in black.",
        "desc": [
            "A 9.8 mm single rope braided in Imst, Austria, and certified to UIAA and EN 892.",
            "It holds 7 UIAA falls with an impact force of 8.6 kN.",
        ],
        "short": "Blue 9.8 mm dynamic rope: 60 m for $169 or 70 m for $199.",
        "seo": "Single 9.8 mm rope from Austria, 62 g per metre, tested to EN 892.",
        "gen": "The sheath is not dry-treated, so keep it out of the rain where you can, and "
        "store it coiled away from sunlight.",
        "faq": ("How heavy is the 60 m rope?", "At 62 g per metre, about 3.7 kg."),
        "bad": [
            (
                "The sheath is [[dry-treated for ice and wet rock]].",
                "accuracy.feature",
                B,
                "the sheath is not dry-treated",
            ),
            (
                "Available in [[50 m]], 60 m and 70 m.",
                "accuracy.size",
                B,
                "lengths are 60 m and 70 m only",
            ),
            (
                "A 9.8 mm rope rated for [[9 UIAA falls]].",
                "accuracy.number",
                B,
                "rated for 7 UIAA falls",
            ),
            (
                "It is [[certified as a half and twin rope]] as well.",
                "accuracy.certification",
                B,
                "a single rope; no half or twin certification",
            ),
            ("The 70 m rope costs [[$179]].", "accuracy.price", B, "the 70 m rope is $199"),
            (
                "A rope [[braided in Chamonix, France]].",
                "accuracy.origin",
                B,
                "braided in Imst, Austria",
            ),
            (
                "It is [[made of 100% Dyneema]].",
                "accuracy.material",
                B,
                "no fibre is named; invented material",
            ),
        ],
    },
    "T03": {
        "pad": "A hinged dust cover comes with it.",
        "desc": [
            "A belt-drive turntable that plays at 33 and 45 rpm, with a moving magnet cartridge "
            "fitted at the factory.",
            "The built-in phono preamp switches off if you use your own.",
        ],
        "short": "Quietline TT-2 in Black for $349 or Walnut for $379.",
        "seo": "Belt-drive turntable with a built-in, switchable phono preamp and an aluminium "
        "platter.",
        "gen": "It has no Bluetooth and no USB output; an RCA cable is in the box. It weighs "
        "5.8 kg, about 12.8 lb.",
        "faq": ("How big is it?", "42 x 35 x 12 cm, about 16.5 x 13.8 x 4.7 inches."),
        "bad": [
            (
                "It plays records at 33, 45 and [[78 rpm]].",
                "accuracy.number",
                B,
                "two speeds only, 33 and 45 rpm",
            ),
            ("A turntable with [[Bluetooth output]].", "accuracy.feature", B, "no Bluetooth"),
            (
                "Turntable with a [[solid walnut]] plinth.",
                "accuracy.material",
                B,
                "the plinth is MDF; Walnut is a finish",
            ),
            (
                "It comes fitted with an [[Ortofon]] cartridge.",
                "accuracy.brand",
                B,
                "no cartridge brand is given",
            ),
            ("It weighs [[3.5 kg]].", "accuracy.number", B, "it weighs 5.8 kg"),
            (
                "The Walnut finish costs [[$349]].",
                "accuracy.price",
                B,
                "Walnut is $379; $349 is the Black one",
            ),
            (
                "It is [[the quietest turntable at its price]].",
                "compliance.absolute",
                W,
                "unprovable superlative",
            ),
        ],
    },
    "T04": {
        "pad": "Wipe the blades clean after use.",
        "desc": [
            "Bypass secateurs made in Switzerland, with forged aluminium handles and a hardened "
            "steel blade.",
            "They cut branches up to 20 mm across, about 3/4 inch.",
        ],
        "short": "Right-handed CHF 58, left-handed CHF 62.",
        "seo": "Swiss bypass secateurs, 21 cm long and 230 g, with a replaceable blade.",
        "gen": "The blade can be replaced, and spare blades are sold separately; oil the pivot "
        "after use.",
        "faq": (
            "Is there a left-handed version?",
            "Yes, for CHF 62; the right-handed pair is CHF 58.",
        ),
        "bad": [
            (
                "They cut branches up to [[30 mm]] thick.",
                "accuracy.number",
                B,
                "cutting capacity is 20 mm",
            ),
            (
                "Secateurs with [[carbon fibre]] handles.",
                "accuracy.material",
                B,
                "handles are forged aluminium",
            ),
            ("Bypass secateurs [[made in Solingen]].", "accuracy.origin", B, "made in Switzerland"),
            (
                "A [[spare blade is included]] in the box.",
                "accuracy.feature",
                B,
                "spare blades are sold separately",
            ),
            (
                "The left-handed pair costs [[CHF 58]].",
                "accuracy.price",
                B,
                "left-handed is CHF 62; CHF 58 is the right-handed pair",
            ),
            (
                "[[Anvil secateurs]] for dead wood.",
                "accuracy.category",
                B,
                "bypass secateurs, not anvil",
            ),
            (
                "They come with a [[lifetime warranty]].",
                "accuracy.warranty",
                B,
                "no warranty is given",
            ),
        ],
    },
    "T05": {
        "pad": "Air it in the shade a few times a year.",
        "desc": [
            "A duvet filled with 100% Australian merino wool and made in Ballarat, Victoria.",
            "The 300 gsm fill suits all seasons.",
        ],
        "short": "Single AU$249, Queen AU$329, King AU$389.",
        "seo": "Merino wool duvet made in Australia, in a 100% cotton percale cover.",
        "gen": "It is spot clean only, so do not put it in the washing machine.",
        "faq": ("What sizes does it come in?", "Single, Queen and King."),
        "bad": [
            (
                "It is filled with merino wool and [[duck down]].",
                "accuracy.material",
                B,
                "the fill is 100% merino wool",
            ),
            ("A [[400 gsm]] winter-weight duvet.", "accuracy.number", B, "the fill is 300 gsm"),
            (
                "Merino duvet in a [[bamboo]] cover.",
                "accuracy.material",
                B,
                "the cover is 100% cotton percale",
            ),
            ("You can [[machine wash it on a wool cycle]].", "accuracy.care", B, "spot clean only"),
            (
                "It comes in Single, Queen, King and [[Super King]].",
                "accuracy.size",
                B,
                "sizes are Single, Queen and King",
            ),
            (
                "[[Made in New Zealand]] from merino wool.",
                "accuracy.origin",
                B,
                "made in Ballarat, Australia",
            ),
            ("The Queen size costs [[AU$299]].", "accuracy.price", B, "Queen is AU$329"),
        ],
    },
    "T06": {
        "pad": "Each piece has a green felt base.",
        "desc": [
            "Chess pieces hand-carved from sheesham and boxwood in Amritsar, India.",
            "The king stands 3.75 in, about 9.5 cm, and every piece is weighted.",
        ],
        "short": "A hand-carved chess set with a 16 in folding board, $149.",
        "seo": "Weighted sheesham and boxwood chess pieces, carved by hand in Amritsar, with a "
        "folding 16 in board.",
        "gen": "The folding board stores all 32 pieces; wipe everything with a dry cloth.",
        "faq": ("How big is the board?", "16 inches square, about 41 cm."),
        "bad": [
            (
                "The pieces are carved from [[rosewood and ebony]].",
                "accuracy.material",
                B,
                "sheesham and boxwood",
            ),
            ("The king stands [[4.5 in]] tall.", "accuracy.number", B, "king height 3.75 in"),
            (
                "Chess set [[handmade in Jaipur]].",
                "accuracy.origin",
                B,
                "carved in Amritsar, Punjab",
            ),
            ("The board [[has a built-in clock]].", "accuracy.feature", B, "invented feature"),
            (
                "[[Thousands of players]] have made it their everyday set.",
                "compliance.social_proof",
                W,
                "unconfirmable social proof",
            ),
            (
                "All [[34 pieces]] store inside the board.",
                "accuracy.number",
                B,
                "the board stores 32 pieces",
            ),
            (
                "Every piece has a [[red felt]] base.",
                "accuracy.colour",
                B,
                "the felt bases are green",
            ),
        ],
    },
    "T07": {
        "pad": "It comes in an amber glass bottle with a dropper.",
        "desc": [
            "Tamanu oil cold-pressed from Calophyllum inophyllum nuts on Vanua Levu, Fiji.",
            "It is unrefined, with nothing added, and the 30 ml bottle is about 1 fl oz.",
        ],
        "short": "Cold-pressed Fijian tamanu oil, 30 ml, $26.",
        "seo": "Unrefined tamanu oil from Fiji, vegan and not tested on animals.",
        "gen": "It is for external use only; do a patch test first, and do not use it if you "
        "have a nut allergy.",
        "faq": ("Is it vegan?", "Yes, and it is not tested on animals."),
        "bad": [
            (
                "It is [[blended with rosehip oil and vitamin E]].",
                "accuracy.material",
                B,
                "nothing added: tamanu oil only",
            ),
            ("Tamanu oil [[from Samoa]].", "accuracy.origin", B, "from Vanua Levu, Fiji"),
            (
                "Unrefined tamanu oil that [[clears acne scars in two weeks]].",
                "compliance.health",
                B,
                "medical claim",
            ),
            (
                "It is [[certified organic]].",
                "accuracy.certification",
                B,
                "no organic certification is given",
            ),
            (
                "It is [[safe for people with nut allergies]].",
                "accuracy.feature",
                B,
                "the listing says not for people with a nut allergy",
            ),
            ("A [[50 ml]] bottle of tamanu oil.", "accuracy.number", B, "the bottle is 30 ml"),
            ("It comes in a [[plastic]] bottle.", "accuracy.material", B, "amber glass bottle"),
        ],
    },
    "T08": {
        "pad": "Keep it in a cool, dark place.",
        "desc": [
            "Whole sargol saffron threads from Torbat-e Heydarieh in Khorasan, Iran.",
            "It is graded category I under ISO 3632.",
        ],
        "short": "Iranian saffron threads: 1 g for £14 or 5 g for £58.",
        "seo": "Category I sargol saffron from Khorasan, in a glass jar with a cork lid.",
        "gen": "Only the red threads are packed, and it is best before 24 months, two years, "
        "from packing.",
        "faq": ("How much comes in a jar?", "1 g or 5 g."),
        "bad": [
            (
                "The threads come [[from Kashmir]].",
                "accuracy.origin",
                B,
                "from Torbat-e Heydarieh, Iran",
            ),
            (
                "[[Saffron powder]], ground fresh.",
                "accuracy.category",
                B,
                "whole threads, not powder",
            ),
            ("A [[2 g]] jar of Khorasan saffron.", "accuracy.size", B, "jars are 1 g and 5 g"),
            (
                "It is [[graded category II]] under ISO 3632.",
                "accuracy.certification",
                B,
                "graded category I",
            ),
            ("The 5 g jar costs [[£65]].", "accuracy.price", B, "5 g is £58"),
            (
                "Packed in a [[tin]] to keep out the light.",
                "accuracy.material",
                B,
                "a glass jar with a cork lid",
            ),
            (
                "It keeps for [[five years]] from packing.",
                "accuracy.number",
                B,
                "best before 24 months",
            ),
        ],
    },
    "T09": {
        "pad": "Grind it just before use.",
        "desc": [
            "Red Kampot peppercorns, picked ripe and dried in the sun in Cambodia.",
            "It carries the Kampot Pepper PGI.",
        ],
        "short": "50 g of red Kampot pepper in a resealable tin, $15.",
        "seo": "Sun-dried red Kampot pepper from Cambodia, PGI, in a 50 g tin.",
        "gen": "The tin reseals, and the pepper is best ground just before you use it.",
        "faq": ("Where is it grown?", "In Kampot province, Cambodia."),
        "bad": [
            ("These are [[black]] Kampot peppercorns.", "accuracy.colour", B, "red Kampot pepper"),
            ("[[100 g]] of red Kampot pepper.", "accuracy.number", B, "net weight 50 g"),
            ("Red pepper [[grown in Kerala]].", "accuracy.origin", B, "grown in Kampot, Cambodia"),
            ("The peppercorns are [[smoked over mango wood]].", "accuracy.feature", B, "sun-dried"),
            (
                "It is [[USDA Organic]] certified.",
                "accuracy.certification",
                B,
                "only the PGI is given",
            ),
            (
                "[[Ground red pepper]] in a tin.",
                "accuracy.category",
                B,
                "whole peppercorns, to grind yourself",
            ),
            ("It [[ships free worldwide]].", "compliance.shipping", B, "no shipping terms given"),
        ],
    },
    "T10": {
        "pad": "Keep it out of direct sun.",
        "desc": [
            "A suzani embroidered by hand in Bukhara, Uzbekistan, in silk thread on a cotton "
            "ground.",
            "It measures 150 x 200 cm, about 59 x 79 inches.",
        ],
        "short": "Hand-embroidered suzani in Pomegranate Red or Indigo, €420.",
        "seo": "Silk-on-cotton suzani from Bukhara, 150 x 200 cm, with a sleeve for a hanging rod.",
        "gen": "The hanging rod is not included, and it should be dry cleaned only.",
        "faq": ("Which colours are there?", "Pomegranate Red and Indigo."),
        "bad": [
            ("It is embroidered in [[wool]] thread.", "accuracy.material", B, "silk thread"),
            ("A suzani [[from Samarkand]].", "accuracy.origin", B, "from Bukhara"),
            ("Suzani wall hanging, [[200 x 250 cm]].", "accuracy.number", B, "150 x 200 cm"),
            (
                "A [[brass hanging rod is included]].",
                "accuracy.feature",
                B,
                "the rod is not included",
            ),
            ("You can [[hand wash it in cool water]].", "accuracy.care", B, "dry clean only"),
            (
                "Embroidered [[by machine]] for an even stitch.",
                "accuracy.feature",
                B,
                "embroidered by hand",
            ),
            (
                "It comes in Pomegranate Red, Indigo and [[Saffron Yellow]].",
                "accuracy.colour",
                B,
                "two colours only",
            ),
        ],
    },
    "T11": {
        "pad": "Wipe it with a dry cloth.",
        "desc": [
            "A conical nón lá hat made by hand in Tây Hồ village near Huế, Vietnam.",
            "Dried palm leaves are stretched over a bamboo frame of 16 rings.",
        ],
        "short": "Nón lá Huế làm thủ công, đường kính 40 cm, giá 350.000 ₫.",
        "seo": "Nón lá bằng lá cọ trên khung tre, quai lụa, làm tại Huế.",
        "gen": "The chin strap is silk, and the hat is 40 cm across, about 16 inches.",
        "faq": ("Can I wash it?", "No. Do not wash it; wipe it with a dry cloth."),
        "bad": [
            ("The chin strap is [[nylon]].", "accuracy.material", B, "the strap is silk"),
            ("Nón lá [[làm tại Hội An]].", "accuracy.origin", B, "made in Tây Hồ, Huế"),
            ("Nón lá Huế, đường kính [[50 cm]].", "accuracy.number", B, "diameter 40 cm"),
            ("The frame has [[20 rings]] of bamboo.", "accuracy.number", B, "16 rings"),
            (
                "It is [[waterproof and can be rinsed under the tap]].",
                "accuracy.care",
                B,
                "do not wash; wipe dry",
            ),
            (
                "Nón lá [[đạt chứng nhận UPF 50+]].",
                "accuracy.certification",
                B,
                "no UV rating is given",
            ),
        ],
    },
    "T12": {
        "pad": "Do not bleach it.",
        "desc": [
            "A women's vyshyvanka embroidered by hand in Kosiv, in Ukraine's Ivano-Frankivsk "
            "region.",
            "The shirt is 100% linen, stitched in red and black cotton thread.",
        ],
        "short": "Лляна вишиванка ручної роботи з Косова, розміри S–XL.",
        "seo": "Вишиванка зі 100% льону, вишита вручну бавовняними нитками в Косові.",
        "gen": "Hand wash it at 30 °C, about 86 °F.",
        "faq": ("How much does it cost?", "3,200 UAH in sizes S to L and 3,400 UAH in XL."),
        "bad": [
            (
                "The embroidery is stitched in [[silk]] thread.",
                "accuracy.material",
                B,
                "cotton thread",
            ),
            (
                "Вишиванка, [[вишита машинним способом]].",
                "accuracy.feature",
                B,
                "embroidered by hand",
            ),
            ("Вишиванка [[з Полтави]].", "accuracy.origin", B, "from Kosiv"),
            ("It comes in sizes [[XS to XXL]].", "accuracy.size", B, "sizes S to XL"),
            ("You can [[machine wash it at 60 °C]].", "accuracy.care", B, "hand wash at 30 °C"),
            (
                "Вишивка [[синіми та жовтими]] нитками.",
                "accuracy.colour",
                B,
                "red and black thread",
            ),
        ],
    },
    "T13": {
        "pad": "Stainless steel screws come with it.",
        "desc": [
            "A house sign of Welsh slate, carved by hand in Blaenau Ffestiniog.",
            "It measures 30 x 20 cm, about 12 x 8 inches, and is 1 cm thick.",
        ],
        "short": "Arwydd tŷ llechen, 30 x 20 cm, £45.",
        "seo": "Arwydd llechen Gymreig wedi'i gerfio â llaw, gyda llythrennau gwyn.",
        "gen": "It takes up to 20 letters, cut in white, and has two fixing holes.",
        "faq": ("How many letters can it take?", "Up to 20."),
        "bad": [
            ("The letters are painted [[gold]].", "accuracy.colour", B, "white letters"),
            (
                "Arwydd [[o lechen Cernyw]].",
                "accuracy.origin",
                B,
                "Welsh slate from Blaenau Ffestiniog",
            ),
            ("Arwydd tŷ llechen, [[40 x 30 cm]].", "accuracy.number", B, "30 x 20 cm"),
            ("It takes up to [[30 letters]].", "accuracy.number", B, "up to 20 letters"),
            ("It comes with [[brass]] screws.", "accuracy.material", B, "stainless steel screws"),
            ("Arwydd llechen am [[£35]].", "accuracy.price", B, "the sign is £45"),
        ],
    },
    "T14": {
        "pad": "Store it in a cool place.",
        "desc": [
            "Rose water steam-distilled from Rosa damascena in Kazanlak, Bulgaria.",
            "It has no alcohol and no preservatives.",
        ],
        "short": "Розова вода от Казанлък, 100 ml, 6,50 €.",
        "seo": "Розова вода без алкохол, в бутилка от кафяво стъкло с пулверизатор.",
        "gen": "Use it within six months of opening.",
        "faq": (
            "What size is the bottle?",
            "100 ml, about 3.4 fl oz, in brown glass with a spray.",
        ),
        "bad": [
            (
                "It is [[preserved with a little alcohol]].",
                "accuracy.feature",
                B,
                "no alcohol and no preservatives",
            ),
            ("Розова вода [[от Турция]].", "accuracy.origin", B, "from Kazanlak, Bulgaria"),
            ("Розова вода, [[250 ml]].", "accuracy.number", B, "the bottle is 100 ml"),
            ("It [[cures rosacea]].", "compliance.health", B, "medical claim"),
            (
                "It keeps for [[two years]] after opening.",
                "accuracy.care",
                B,
                "use within 6 months of opening",
            ),
            (
                "[[Сертифицирана биологична]] розова вода.",
                "accuracy.certification",
                B,
                "no organic certification is given",
            ),
        ],
    },
    "T15": {
        "pad": "Dry the basket after every use.",
        "desc": [
            "A bamboo sticky-rice basket woven by hand in Chiang Mai, Thailand, with an "
            "aluminium steamer pot.",
            "The pot is 24 cm across, about 9.5 inches.",
        ],
        "short": "ชุดหวดนึ่งข้าวเหนียว หวดไม้ไผ่สานมือ ราคา 690 บาท",
        "seo": "หวดไม้ไผ่สานมือจากเชียงใหม่ พร้อมหม้ออะลูมิเนียม 24 ซม.",
        "gen": "Wash the basket in plain water and dry it every time; it does not go in the "
        "dishwasher.",
        "faq": ("How tall is the basket?", "20 cm, about 8 inches."),
        "bad": [
            ("The pot is [[stainless steel]].", "accuracy.material", B, "the pot is aluminium"),
            ("หวดไม้ไผ่[[จากลาว]]", "accuracy.origin", B, "woven in Chiang Mai, Thailand"),
            ("หม้อนึ่งขนาด [[30 ซม.]]", "accuracy.number", B, "the pot is 24 cm"),
            ("The basket is [[dishwasher safe]].", "accuracy.care", B, "no dishwasher"),
            (
                "The pot [[works on induction hobs]].",
                "accuracy.compatibility",
                B,
                "no hob compatibility is given; an aluminium pot",
            ),
            ("ชุดหวดนึ่ง ราคา [[590 บาท]]", "accuracy.price", B, "the set is 690 บาท"),
        ],
    },
    "T16": {
        "pad": "Do not soak it.",
        "desc": [
            "Batik tulis drawn by hand in Kota Bharu, Kelantan, Malaysia.",
            "The cloth is 100% cotton and measures 200 x 110 cm, about 79 x 43 inches.",
        ],
        "short": "Kain batik tulis Kelantan, Biru Laut atau Merah Bata, RM150.",
        "seo": "Batik tulis kapas 100% dari Kota Bharu, 200 x 110 cm.",
        "gen": "Wash it by hand in cold water and do not soak it.",
        "faq": ("Is it printed?", "No. It is batik tulis, drawn by hand."),
        "bad": [
            ("The cloth is [[silk]].", "accuracy.material", B, "100% cotton"),
            ("Kain batik [[dari Terengganu]].", "accuracy.origin", B, "from Kota Bharu, Kelantan"),
            ("Batik tulis, [[250 x 110 cm]].", "accuracy.number", B, "200 x 110 cm"),
            (
                "The pattern is [[block-printed with copper stamps]].",
                "accuracy.feature",
                B,
                "batik tulis, drawn by hand",
            ),
            (
                "It comes in Biru Laut, Merah Bata and [[Hijau Daun]].",
                "accuracy.colour",
                B,
                "two colours only",
            ),
            (
                "Kain batik, [[boleh dibasuh dengan mesin]].",
                "accuracy.care",
                B,
                "hand wash in cold water",
            ),
        ],
    },
    "T17": {
        "pad": "The display runs on the USB cable in the box.",
        "desc": [
            "An indoor display with one wireless outdoor sensor for temperature and humidity.",
            "The sensor reaches up to 100 m, about 330 ft, in open air.",
        ],
        "short": "Skyvane W3 weather station, $79.",
        "seo": "Wireless weather station with an outdoor sensor that reads from -40 to 60 °C.",
        "gen": "The sensor needs two AA batteries, which are not included, and there is no "
        "Wi-Fi or app.",
        "faq": (
            "Does it work with my phone?",
            "No. It has no Wi-Fi and no app; readings show on the display.",
        ),
        "bad": [
            (
                "It [[connects to Wi-Fi]] so you can check it from anywhere.",
                "accuracy.feature",
                B,
                "no Wi-Fi and no app",
            ),
            (
                "A weather station with [[three outdoor sensors]].",
                "accuracy.number",
                B,
                "one outdoor sensor",
            ),
            (
                "Weather station with a [[rain gauge and wind meter]].",
                "accuracy.feature",
                B,
                "temperature and humidity only",
            ),
            (
                "It is backed by a [[three-year warranty]].",
                "accuracy.warranty",
                B,
                "no warranty is given",
            ),
            (
                "It [[works with Google Home and Alexa]].",
                "accuracy.compatibility",
                B,
                "no Wi-Fi or app; no smart-home support",
            ),
            ("[[AA batteries included]].", "accuracy.feature", B, "batteries are not included"),
        ],
    },
    "T18": {
        "pad": "Rinse the pump every two weeks.",
        "desc": [
            "A 2-litre water fountain for cats, with a USB-powered pump.",
            "The pump runs below 30 dB.",
        ],
        "short": "Cat water fountain in White or Grey, $39.",
        "seo": "2 L cat fountain in BPA-free plastic, with two spare carbon filters.",
        "gen": "Replace the carbon filter every four weeks; two spares come in the box.",
        "faq": ("How much water does it hold?", "2 litres, about half a US gallon."),
        "bad": [
            ("The bowl is [[ceramic]].", "accuracy.material", B, "BPA-free plastic"),
            ("A [[3-litre]] fountain.", "accuracy.number", B, "capacity 2 l"),
            ("Cat fountain for cats [[and dogs]].", "accuracy.compatibility", B, "made for cats"),
            (
                "Change the filter only [[every three months]].",
                "accuracy.care",
                B,
                "replace every four weeks",
            ),
            (
                "The bowl is [[made from recycled ocean plastic]].",
                "compliance.environmental",
                B,
                "BPA-free plastic; no recycled content given",
            ),
            ("Fountain with [[six]] spare filters.", "accuracy.number", B, "two spare filters"),
        ],
    },
    "T19": {
        "pad": "The Allen key for assembly is included.",
        "desc": [
            "A balance bike of birch plywood for children aged 2 to 4.",
            "The seat adjusts from 30 to 36 cm, about 12 to 14 inches.",
        ],
        "short": "Pebblewood wooden balance bike, $119.",
        "seo": "Birch plywood balance bike with EVA foam tyres that never go flat, tested to "
        "EN 71.",
        "gen": "It carries riders up to 25 kg and weighs 3.2 kg, about 7 lb.",
        "faq": ("Do the tyres need air?", "No. They are EVA foam and never go flat."),
        "bad": [
            ("It suits children [[aged 2 to 6]].", "accuracy.size", B, "ages 2 to 4"),
            ("Balance bike with [[pneumatic tyres]].", "accuracy.feature", B, "EVA foam tyres"),
            ("Balance bike [[made of bamboo]].", "accuracy.material", B, "birch plywood"),
            ("The seat adjusts up to [[40 cm]].", "accuracy.number", B, "30 to 36 cm"),
            ("It [[arrives fully assembled]].", "accuracy.feature", B, "some assembly needed"),
            (
                "[[The safest balance bike]] for toddlers.",
                "compliance.absolute",
                W,
                "unprovable superlative",
            ),
        ],
    },
    "T20": {
        "pad": "A 1 m USB-C cable comes with it.",
        "desc": [
            "A magnetic vent mount that charges MagSafe iPhones, iPhone 12 and later, at up to "
            "15 W.",
            "It clips to round and horizontal vents, but not to vertical ones.",
        ],
        "short": "Clasp MagCharge mount in Black, €39.",
        "seo": "Magnetic car vent mount with 15 W wireless charging for MagSafe iPhones.",
        "gen": "Use a car adapter rated 20 W or more, sold separately, and do not fit it to "
        "vertical vents.",
        "faq": ("Which phones does it fit?", "MagSafe iPhones, iPhone 12 and later."),
        "bad": [
            (
                "It also [[charges Samsung Galaxy phones]].",
                "accuracy.compatibility",
                B,
                "MagSafe iPhones only",
            ),
            ("[[30 W]] fast wireless charging.", "accuracy.number", B, "15 W"),
            (
                "Vent mount [[with a car adapter included]].",
                "accuracy.feature",
                B,
                "the car adapter is not included",
            ),
            (
                "It [[fits vertical vents]] too.",
                "accuracy.compatibility",
                B,
                "not for vertical vents",
            ),
            ("It is [[Qi2 certified]].", "accuracy.certification", B, "no certification is given"),
            ("Mount in Black or [[Silver]].", "accuracy.colour", B, "Black only"),
        ],
    },
    "T21": {
        "pad": "Keep the bag closed and dry.",
        "desc": [
            "Traditional yerba mate with stems, grown and dried in Misiones, Argentina.",
            "It is aged 12 months before packing and contains caffeine.",
        ],
        "short": "500 g of yerba mate con palo, about 1.1 lb, $12.",
        "seo": "Yerba mate con palo from Misiones, Argentina, aged 12 months.",
        "gen": "It contains caffeine, and the bag should be kept closed and dry.",
        "faq": ("Does it have stems?", "Yes, it is con palo, with stems."),
        "bad": [
            ("It is aged for [[24 months]].", "accuracy.number", B, "aged 12 months"),
            ("Yerba mate [[from Paraguay]].", "accuracy.origin", B, "from Misiones, Argentina"),
            (
                "Yerba mate [[sin palo]], leaves only.",
                "accuracy.feature",
                B,
                "con palo, with stems",
            ),
            (
                "It is [[blended with peppermint and lemongrass]].",
                "accuracy.material",
                B,
                "plain yerba mate; nothing else listed",
            ),
            ("It [[helps you lose weight]].", "compliance.health", B, "health claim"),
            ("A [[1 kg]] bag of yerba mate.", "accuracy.size", B, "sold in 500 g only"),
        ],
    },
    "T22": {
        "pad": "Dust it with a soft brush.",
        "desc": [
            "A lidded agaseke basket woven by hand in Rwanda from sisal and sweetgrass.",
            "It stands 25 cm tall, about 10 inches, and is 15 cm across.",
        ],
        "short": "Agaseke basket in Zigzag or Diamond pattern, $48.",
        "seo": "Handwoven Rwandan basket with a lid, dyed with natural dyes.",
        "gen": "It is for dry things only, as it is not waterproof.",
        "faq": ("Which patterns are there?", "Zigzag and Diamond."),
        "bad": [
            (
                "It is woven from [[raffia and banana leaf]].",
                "accuracy.material",
                B,
                "sisal and sweetgrass",
            ),
            ("Basket [[woven in Uganda]].", "accuracy.origin", B, "woven in Rwanda"),
            ("Lidded basket, [[40 cm]] tall.", "accuracy.number", B, "25 cm tall"),
            (
                "It is [[waterproof]], so it can hold a potted plant.",
                "accuracy.feature",
                B,
                "not waterproof",
            ),
            (
                "It is coloured with [[synthetic dyes]] for bright colour.",
                "accuracy.feature",
                B,
                "natural dyes",
            ),
            (
                "A [[carbon-neutral]] basket.",
                "compliance.environmental",
                B,
                "no environmental claim given",
            ),
        ],
    },
    "T23": {
        "pad": "Keep it away from damp.",
        "desc": [
            "A djembe carved from a single piece of lenke wood in Thiès, Senegal.",
            "The goat skin head is 30 cm across, about 12 inches, and it is tuned with rope.",
        ],
        "short": "Kora Drums lenke wood djembe, 60 cm, $229.",
        "seo": "Rope-tuned djembe from Senegal with a 30 cm goat skin head.",
        "gen": "It stands 60 cm tall, about 24 inches, and weighs 8 kg, about 17.6 lb.",
        "faq": ("How is it tuned?", "With rope."),
        "bad": [
            ("The head is [[cowhide]].", "accuracy.material", B, "goat skin head"),
            ("Djembe [[made in Mali]].", "accuracy.origin", B, "made in Thiès, Senegal"),
            ("Djembe with a [[35 cm]] head.", "accuracy.number", B, "the head is 30 cm"),
            ("It is [[tuned with steel lugs and a key]].", "accuracy.feature", B, "rope tuned"),
            (
                "[[Drummers in over 40 countries play it]].",
                "compliance.social_proof",
                W,
                "unconfirmable social proof",
            ),
            ("A djembe [[by Remo]].", "accuracy.brand", B, "the maker is Kora Drums"),
        ],
    },
    "T24": {
        "pad": "Keep them away from water and perfume.",
        "desc": [
            "Drop earrings of hand-dyed tagua nut, made in Montecristi, Ecuador.",
            "They hang 5 cm, about 2 inches, from sterling silver hooks.",
        ],
        "short": "Tagua earrings in Teal, Coral or Mustard, $32.",
        "seo": "Hand-dyed tagua nut drop earrings from Ecuador, on 925 sterling silver hooks.",
        "gen": "The hooks are 925 sterling silver and each earring drops 5 cm.",
        "faq": ("What are they made of?", "Hand-dyed tagua nut, with sterling silver hooks."),
        "bad": [
            ("The hooks are [[14k gold]].", "accuracy.material", B, "925 sterling silver"),
            (
                "Earrings in Teal, Coral or [[Ivory]].",
                "accuracy.colour",
                B,
                "Teal, Coral or Mustard",
            ),
            (
                "Tagua earrings [[made in Colombia]].",
                "accuracy.origin",
                B,
                "made in Montecristi, Ecuador",
            ),
            (
                "They are [[hypoallergenic and safe for sensitive ears]].",
                "compliance.health",
                B,
                "health claim not given",
            ),
            ("The drop is [[7 cm]].", "accuracy.number", B, "5 cm drop"),
            ("Tagua earrings, [[$28]].", "accuracy.price", B, "the earrings are $32"),
        ],
    },
    "T25": {
        "pad": "They come in a 250 g box.",
        "desc": [
            "Spiced caramelised biscuits baked in Ghent, Belgium.",
            "They are made with wheat flour, brown sugar, butter, candy syrup, cinnamon, nutmeg "
            "and cloves.",
        ],
        "short": "Speculoos biscuits, 250 g, €5.90.",
        "seo": "Belgian speculoos biscuits from Ghent with cinnamon, nutmeg and cloves.",
        "gen": "They contain gluten and milk and may contain nuts; best before six months from "
        "baking.",
        "faq": ("Are they vegan?", "No. They contain butter and milk."),
        "bad": [
            (
                "They are made with [[palm oil]].",
                "accuracy.material",
                B,
                "butter; no palm oil listed",
            ),
            (
                "[[Belgium's best-loved]] speculoos.",
                "compliance.absolute",
                W,
                "unprovable superlative",
            ),
            ("Speculoos [[baked in Amsterdam]].", "accuracy.origin", B, "baked in Ghent"),
            ("Each box holds [[24 biscuits]].", "accuracy.number", B, "no biscuit count given"),
            (
                "The box is [[plastic-free and compostable]].",
                "compliance.environmental",
                B,
                "no packaging claim given",
            ),
            ("Speculoos biscuits, [[€4.90]].", "accuracy.price", B, "the box is €5.90"),
        ],
    },
    "T26": {
        "pad": "Your film comes back by tracked post.",
        "desc": [
            "We scan 35 mm negatives and mounted slides at 4000 dpi.",
            "Negatives cost $0.60 a frame and slides $0.75; the minimum order is 50 frames.",
        ],
        "short": "35 mm film scanning at 4000 dpi, from $0.60 a frame.",
        "seo": "35 mm negative and slide scanning at 4000 dpi, JPEG by download link.",
        "gen": "Your film is returned within 10 working days of arrival; TIFF files cost $0.20 "
        "a frame more.",
        "faq": ("Do you scan prints?", "No, and not medium format either."),
        "bad": [
            (
                "We also scan [[medium format]] film.",
                "accuracy.compatibility",
                B,
                "35 mm only; no medium format",
            ),
            ("Film scanning at [[6000 dpi]].", "accuracy.number", B, "4000 dpi"),
            (
                "Slide scanning at [[$0.60]] a frame.",
                "accuracy.price",
                B,
                "slides are $0.75; $0.60 is for negatives",
            ),
            (
                "Files arrive [[on a free USB stick]].",
                "accuracy.feature",
                B,
                "files by download link",
            ),
            (
                "Your film is back [[within 48 hours]].",
                "compliance.shipping",
                B,
                "within 10 working days of arrival",
            ),
            ("[[No minimum order]].", "accuracy.feature", B, "minimum order 50 frames"),
        ],
    },
    "T27": {
        "pad": "It is a Fieldmark apron.",
        "desc": ["A canvas apron from Fieldmark, $34."],
        "short": "Fieldmark canvas apron, $34.",
        "seo": "Canvas apron by Fieldmark.",
        "gen": "It is a canvas apron from Fieldmark, priced at $34.",
        "faq": ("What is it made of?", "Canvas."),
        "bad": [
            ("It has [[three front pockets]].", "accuracy.number", B, "no pockets given"),
            (
                "Canvas apron with [[leather]] straps.",
                "accuracy.material",
                B,
                "only canvas is given",
            ),
            ("Canvas apron [[made in Vietnam]].", "accuracy.origin", B, "no origin given"),
            ("The canvas is [[waxed to shed water]].", "accuracy.feature", B, "invented feature"),
            ("It is [[forest green]].", "accuracy.colour", W, "no colour given"),
            (
                "[[GOTS certified]] canvas apron.",
                "accuracy.certification",
                B,
                "no certification given",
            ),
        ],
    },
    "T28": {
        "pad": "It holds 350 ml.",
        "desc": ["A ceramic mug, £12."],
        "short": "Ceramic mug, 350 ml, £12.",
        "seo": "Ceramic mug that holds 350 ml.",
        "gen": "It is a ceramic mug with a capacity of 350 ml, about 12 US fl oz.",
        "faq": ("How much does it hold?", "350 ml."),
        "bad": [
            ("It is [[made in Stoke-on-Trent]].", "accuracy.origin", B, "no origin given"),
            ("Ceramic mug, [[450 ml]], £12.", "accuracy.number", B, "capacity 350 ml"),
            (
                "Ceramic mug, [[dishwasher and microwave safe]].",
                "accuracy.care",
                B,
                "no care given",
            ),
            ("It has a [[speckled sage]] glaze.", "accuracy.colour", W, "no colour given"),
            (
                "[[Our best-selling mug, with over 2,000 five-star reviews]].",
                "compliance.social_proof",
                W,
                "unconfirmable social proof",
            ),
            ("Ceramic mug, [[£15]].", "accuracy.price", B, "the mug is £12"),
        ],
    },
    "T29": {
        "pad": "Each tool is sold on its own.",
        "desc": [
            "Four tools to begin baking sourdough: a rattan proofing basket, a bread lame, a "
            "dough scraper and a dried rye starter.",
            "They cost $18, $9, $6 and $8, $41 for all four.",
        ],
        "short": "Crumbworks sourdough tools, each sold on its own, from $6.",
        "seo": "Rattan proofing basket, bread lame, steel dough scraper and rye starter culture.",
        "gen": "The items are sold separately: the 22 cm basket is $18, the lame with five "
        "blades $9, the scraper $6 and the 10 g starter $8.",
        "faq": ("What flour is the starter made from?", "Rye."),
        "bad": [
            (
                "The proofing basket is [[26 cm]] across.",
                "accuracy.number",
                B,
                "the basket is 22 cm",
            ),
            ("The lame comes with [[10 blades]].", "accuracy.number", B, "5 blades"),
            (
                "Sourdough kit, [[$35]] for all four.",
                "accuracy.price",
                B,
                "no set price; the four cost $41 together",
            ),
            ("The starter is a [[wheat]] culture.", "accuracy.material", B, "rye starter"),
            (
                "The dough scraper is [[silicone]].",
                "accuracy.material",
                B,
                "stainless steel scraper",
            ),
            ("Sourdough kit [[by Le Creuset]].", "accuracy.brand", B, "the vendor is Crumbworks"),
        ],
    },
    "T30": {
        "pad": "It folds in one step.",
        "desc": [
            "The Voltrek S9 has a 350 W motor, a top speed of 25 km/h and a range of up to 40 km "
            "on one charge.",
            "It is sold and shipped by our partner Voltrek Mobility, who handle delivery, returns "
            "and the one-year warranty.",
        ],
        "short": "Voltrek S9 electric scooter, $599, sold by Voltrek Mobility.",
        "seo": "Folding electric scooter with 10 in pneumatic tyres and a 120 kg load limit.",
        "gen": "It is delivered to your door in 3-5 working days, weighs 15.5 kg, about 34 lb, "
        "and is rated IP54.",
        "faq": (
            "Who handles returns?",
            "Our partner Voltrek Mobility handles delivery, returns and the warranty.",
        ),
        "bad": [
            ("It reaches a top speed of [[32 km/h]].", "accuracy.number", B, "25 km/h"),
            ("Range up to [[60 km]].", "accuracy.number", B, "range up to 40 km"),
            ("Electric scooter with [[solid]] tyres.", "accuracy.feature", B, "pneumatic tyres"),
            (
                "It comes with a [[two-year warranty]].",
                "accuracy.warranty",
                B,
                "one-year warranty from the partner",
            ),
            (
                "It [[ships free the next day]].",
                "compliance.shipping",
                B,
                "delivered in 3-5 working days",
            ),
            ("[[Fully waterproof]] e-scooter.", "accuracy.feature", B, "rated IP54 only"),
        ],
    },
}


def _html(sentences):
    return "<p>" + html.escape(" ".join(sentences), quote=False) + "</p>"


def _serialise(kind, sentences, key, question=GENERAL_Q):
    lst = make_listings.LISTINGS[key]
    if kind in ("description", "short_description"):
        return _html(sentences)
    text = " ".join(sentences)
    if kind == "seo":
        title = f"{lst['title']} | {lst['vendor']}" if lst["vendor"] else lst["title"]
        return json.dumps({"title": title, "description": text}, ensure_ascii=False)
    return json.dumps([{"question": question, "answer": text}], ensure_ascii=False)


def _strip_marks(marked):
    start = marked.index("[[")
    end = marked.index("]]")
    claim = marked[start + 2 : end]
    assert "[[" not in marked[end:], marked
    return marked[:start] + claim + marked[end + 2 :], claim


def _locate(kind, text, claim):
    if kind in ("description", "short_description"):
        needle = html.escape(claim, quote=False)
    else:
        needle = json.dumps(claim, ensure_ascii=False)[1:-1]
    start = text.find(needle)
    assert start != -1, (text, needle)
    assert text.count(needle) == 1, f"claim {needle!r} appears more than once in {text!r}"
    return start, start + len(needle), needle


def build():
    clean: list[dict[str, Any]] = []
    faulty: list[dict[str, Any]] = []
    for key, h in H.items():

        def add(kind, text, key=key):
            clean.append({"listing": key, "kind": kind, "text": text, "labels": []})

        add("description", _serialise("description", [*h["desc"], h["pad"]], key))
        add("short_description", _serialise("short_description", [h["short"]], key))
        add("seo", _serialise("seo", [h["seo"]], key))
        add("faq", _serialise("faq", [h["gen"]], key))
        question, answer = h["faq"]
        add("faq", _serialise("faq", [answer], key, question))
        assert len(h["bad"]) == (7 if key <= "T10" else 6), key
        for n, (marked, rule, severity, why) in enumerate(h["bad"]):
            kind = FAULTY_KINDS[n]
            sentence, claim = _strip_marks(marked)
            sentences = [sentence, h["pad"]] if kind == "description" else [sentence]
            text = _serialise(kind, sentences, key)
            start, end, needle = _locate(kind, text, claim)
            label = {"rule": rule, "start": start, "end": end, "claim": needle,
                     "severity": severity, "why": why}  # fmt: skip
            faulty.append({"listing": key, "kind": kind, "text": text, "labels": [label]})
    return clean, faulty


if __name__ == "__main__":
    c, f = build()
    print(f"{len(c)} clean, {len(f)} faulty")
