"""Write listings.json for guardrails holdout v11: 30 invented listings, Z01..Z30 (docs/listing-json.md format).

Run from this folder:  python make_listings.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per option value. options: (name, [values]); prices: one price or one per value."""
    name, values = options
    if isinstance(prices, str):
        prices = [prices] * len(values)
    out = []
    for i, (value, price) in enumerate(zip(values, prices, strict=True), 1):
        out.append({"sku": f"{sku}-{i}", "title": value, "price": price,
                    "compare_at_price": compare, "options": {name: value}, "weight": weight,
                    "external_id": ""})
    return out


def single(sku, price, weight=None, compare=None, title="Default Title"):
    return [{"sku": sku, "title": title, "price": price, "compare_at_price": compare, "options": {},
             "weight": weight, "external_id": ""}]


def g(value, unit="g"):
    return {"value": value, "unit": unit}


L = {}

L["Z01"] = {
    "title": "Chalk Bag with Drawcord Closure",
    "description_html": "<p>A roomy chalk bag for bouldering and sport climbing. The fleece lining holds chalk "
                        "evenly on your fingers, and the stiffened rim keeps the bag open while you dip.</p>"
                        "<p>A drawcord closes it fully, so chalk stays inside in your pack. Two loops take a "
                        "belt or a brush.</p>",
    "vendor": "Crux & Crag",
    "product_type": "Chalk bag",
    "tags": ["climbing", "bouldering"],
    "categories": ["Climbing > Chalk"],
    "options": {"Color": ["Moss", "Rust", "Slate"]},
    "attributes": {"Material": ["Recycled polyester outer", "Fleece lining"], "Opening": ["13 cm"],
                   "Brush loops": ["2"], "Made in": ["Colorado, USA"]},
    "variants": variants("CC-CB", ("Color", ["Moss", "Rust", "Slate"]), "28.00", g(95)),
    "price": "28.00", "currency": "USD", "weight": g(95),
    "dimensions": {"length": None, "width": 14, "height": 18, "unit": "cm"},
}

L["Z02"] = {
    "title": "Maple Skateboard Deck 8.25\"",
    "description_html": "<p>Seven plies of Canadian maple pressed with a medium concave and a steep kick at "
                        "each end. Sold as a deck only: trucks, wheels and grip tape are not included.</p>",
    "vendor": "Lowline Skate Co.",
    "product_type": "Skateboard deck",
    "tags": ["skateboard", "deck"],
    "categories": ["Skate > Decks"],
    "options": {"Width": ["8.0\"", "8.25\"", "8.5\""]},
    "attributes": {"Plies": ["7"], "Wood": ["Canadian maple"], "Length": ["31.9 in"],
                   "Wheelbase": ["14.25 in"], "Concave": ["Medium"]},
    "variants": variants("LL-D", ("Width", ["8.0\"", "8.25\"", "8.5\""]), ["64.95", "64.95", "69.95"]),
    "price": "64.95", "currency": "CAD",
}

L["Z03"] = {
    "title": "Starter-Set zum Bierbrauen, 5 Liter",
    "description_html": "<p>Alles für den ersten Sud: Gärballon aus Glas, Gärspund, Malzextrakt, Hopfenpellets "
                        "und Trockenhefe. Ergibt etwa 4 Liter Helles mit rund 5 % Alkohol. Nur für Personen ab "
                        "18 Jahren.</p><p>Preis: 49,90 €</p>",
    "vendor": "Sudhaus Kessler",
    "product_type": "Brauset",
    "tags": ["homebrew", "bier"],
    "categories": ["Hobby > Bierbrauen"],
    "attributes": {"Inhalt": ["Gärballon 5 l (Glas)", "Gärspund", "Malzextrakt 1,2 kg", "Hopfen 30 g",
                              "Trockenhefe 11 g"],
                   "Ausbeute": ["ca. 4 l"], "Gärzeit": ["10–14 Tage"], "Hergestellt in": ["Bamberg, Deutschland"]},
    "variants": single("SK-5L", "49.90", g(3.1, "kg")),
    "price": "49.90", "currency": "EUR", "weight": g(3.1, "kg"),
}

L["Z04"] = {
    "title": "Concert Ukulele in Solid Mahogany",
    "description_html": "<p>A concert-size ukulele with a solid mahogany top, back and sides, a rosewood "
                        "fingerboard and 18 frets. Strung with Aquila-type nylgut strings (GCEA) and supplied "
                        "with a padded gig bag.</p><p>Keep it away from radiators; wipe the strings after "
                        "playing.</p>",
    "vendor": "Kōkua Strings",
    "product_type": "Ukulele",
    "tags": ["ukulele", "concert"],
    "categories": ["Music > Ukuleles"],
    "attributes": {"Size": ["Concert"], "Scale length": ["38 cm"], "Top": ["Solid mahogany"],
                   "Fingerboard": ["Rosewood"], "Frets": ["18"], "Tuning": ["GCEA"], "Case": ["Padded gig bag"]},
    "variants": single("KS-CON", "189.00", g(620)),
    "price": "189.00", "currency": "AUD", "weight": g(620),
    "dimensions": {"length": 63, "width": 22, "height": 8, "unit": "cm"},
}

L["Z05"] = {
    "title": "Vogelvoederhuisje van Cederhout",
    "description_html": "<p>Hangend voederhuisje voor zaden, met een schuin dak dat regen buiten houdt. Het "
                        "dak klapt open om bij te vullen.</p>",
    "short_description_html": "<p>Cederhout, handgemaakt in Friesland.</p>",
    "vendor": "Wad & Wilg",
    "product_type": "Vogelvoederhuis",
    "tags": ["tuin", "vogels"],
    "categories": ["Tuin > Vogels"],
    "attributes": {"Materiaal": ["Cederhout", "Roestvrijstalen ophangketting"], "Inhoud": ["1,5 l zaad"],
                   "Hoogte": ["28 cm"], "Gemaakt in": ["Friesland, Nederland"],
                   "Onderhoud": ["Maandelijks schoonmaken met heet water, zonder zeep"]},
    "variants": single("WW-VH", "39.95", g(1.2, "kg")),
    "price": "39.95", "currency": "EUR", "weight": g(1.2, "kg"),
}

L["Z06"] = {
    "title": "Oatmeal & Goat Milk Soap Bar",
    "description_html": "<p>A cold-process soap bar made with fresh goat milk, colloidal oatmeal and olive "
                        "oil. Unscented: no fragrance or essential oils are added. Cured for six weeks.</p>"
                        "<p>Keep it on a draining dish between uses so it lasts.</p>",
    "vendor": "Hollow Tree Soapworks",
    "product_type": "Soap",
    "tags": ["unscented", "palm oil free", "handmade"],
    "categories": ["Bath & Body > Soap"],
    "attributes": {"Ingredients": ["Olive oil, coconut oil, shea butter, goat milk, colloidal oatmeal, sodium "
                                   "hydroxide"],
                   "Weight": ["4.5 oz"], "Made in": ["Vermont, USA"]},
    "variants": single("HT-OAT", "9.00", g(4.5, "oz")),
    "price": "9.00", "currency": "USD", "weight": g(4.5, "oz"),
}

L["Z07"] = {
    "title": "Two-Person Cotton Rope Hammock",
    "description_html": "<p>A woven cotton rope hammock wide enough for two, with hardwood spreader bars at "
                        "both ends. Holds up to 200 kg. Hanging ropes and hooks are not included.</p>"
                        "<p>Bring it indoors when it rains and let it dry fully before storing.</p>",
    "vendor": "Lazy Tern",
    "product_type": "Hammock",
    "tags": ["garden", "hammock"],
    "categories": ["Outdoor > Hammocks"],
    "options": {"Colour": ["Natural", "Sea Green"]},
    "attributes": {"Material": ["Cotton rope", "Hardwood spreader bars"], "Bed size": ["200 x 140 cm"],
                   "Total length": ["330 cm"], "Max load": ["200 kg"]},
    "variants": variants("LT-H2", ("Colour", ["Natural", "Sea Green"]), ["119.00", "129.00"], g(4.2, "kg")),
    "price": "119.00", "currency": "NZD", "weight": g(4.2, "kg"),
}

L["Z08"] = {
    "title": "Bench Chisel Set, 4 Pieces",
    "description_html": "<p>Four bevel-edge bench chisels in 6, 12, 18 and 25 mm, with chrome-vanadium steel "
                        "blades hardened to 60 HRC and ash handles with steel hoops for mallet work. Delivered "
                        "in a canvas tool roll, ground but not honed: hone before first use.</p>",
    "vendor": "Harrow & Pike",
    "product_type": "Chisel set",
    "tags": ["woodworking", "hand tools"],
    "categories": ["Tools > Woodworking > Chisels"],
    "attributes": {"Blade steel": ["Chrome-vanadium"], "Hardness": ["60 HRC"], "Handles": ["Ash, steel hoops"],
                   "Widths": ["6 mm", "12 mm", "18 mm", "25 mm"], "Sheffield made": ["Yes"]},
    "variants": single("HP-CH4", "84.00", g(900)),
    "price": "84.00", "currency": "GBP", "weight": g(900),
}

L["Z09"] = {
    "title": "1000-Piece Jigsaw Puzzle: Harbour at Dusk",
    "description_html": "<p>A 1000-piece puzzle of a painted harbour at dusk. Pieces are cut from 2 mm "
                        "recycled board and every piece has a different shape. The box holds a full-size "
                        "poster of the picture.</p><p>Finished size 68 x 48 cm. Not suitable for children "
                        "under 3: small parts.</p>",
    "vendor": "Quayside Puzzles",
    "product_type": "Jigsaw puzzle",
    "tags": ["puzzle", "1000 pieces", "recycled board"],
    "categories": ["Toys & Games > Puzzles"],
    "attributes": {"Pieces": ["1000"], "Finished size": ["68 x 48 cm"], "Board": ["2 mm recycled board"],
                   "Illustrator": ["Mae Sorensen"], "Printed in": ["United Kingdom"]},
    "variants": single("QP-HAD", "22.00", g(650)),
    "price": "22.00", "currency": "GBP", "weight": g(650),
}

L["Z10"] = {
    "title": "Pala de Ping-Pong Allround",
    "description_html": "<p>Pala de tenis de mesa para jugadores de club: madera de cinco capas, gomas "
                        "lisas de 1,8 mm por ambas caras y mango cóncavo. Incluye funda con cremallera.</p>",
    "vendor": "Rebote",
    "product_type": "Pala de tenis de mesa",
    "tags": ["tenis de mesa", "allround"],
    "categories": ["Deportes > Tenis de mesa"],
    "options": {"Mango": ["Cóncavo", "Recto"]},
    "attributes": {"Madera": ["5 capas (limba y balsa)"], "Esponja": ["1,8 mm"], "Peso": ["175 g"],
                   "Goma": ["Roja / negra"], "Fabricado en": ["España"]},
    "variants": variants("RB-AR", ("Mango", ["Cóncavo", "Recto"]), "899.00", g(175)),
    "price": "899.00", "currency": "MXN", "weight": g(175),
}

L["Z11"] = {
    "title": "Compact Binoculars 8x25",
    "description_html": "<p>Pocket binoculars with 8x magnification and 25 mm lenses, BaK-4 roof prisms and "
                        "fully multi-coated glass. Nitrogen-filled and waterproof to 1 m for 30 minutes (IPX7). "
                        "Close focus from 2.5 m; field of view 122 m at 1000 m.</p><p>Comes with a neck "
                        "strap, a soft case and a lens cloth. 10-year warranty.</p>",
    "vendor": "Kestrel Optics",
    "product_type": "Binoculars",
    "tags": ["birdwatching", "waterproof"],
    "categories": ["Optics > Binoculars"],
    "options": {"Color": ["Black", "Olive"]},
    "attributes": {"Magnification": ["8x"], "Objective": ["25 mm"], "Prism": ["BaK-4 roof"],
                   "Waterproof": ["IPX7"], "Eye relief": ["15 mm"], "Warranty": ["10 years"]},
    "variants": variants("KO-825", ("Color", ["Black", "Olive"]), "1490.00", g(330)),
    "price": "1490.00", "currency": "ZAR", "weight": g(330),
    "dimensions": {"length": 11, "width": 11.5, "height": 4.5, "unit": "cm"},
}

L["Z12"] = {
    "title": "Pure Maple Syrup, Grade A Dark",
    "description_html": "<p>Pure maple syrup from our sugar bush in the Beauce, Quebec, boiled over a wood "
                        "fire. Grade A Dark with robust taste. Nothing added.</p><p>Refrigerate after "
                        "opening and use within six months.</p>",
    "vendor": "Érablière Duchesne",
    "product_type": "Maple syrup",
    "tags": ["maple", "organic"],
    "categories": ["Épicerie > Sirops"],
    "options": {"Size": ["250 ml", "500 ml", "1 L"]},
    "attributes": {"Grade": ["Grade A Dark, robust taste"], "Origin": ["Beauce, Quebec, Canada"],
                   "Certification": ["Ecocert organic"], "Bottle": ["Glass"]},
    "variants": variants("ED-MS", ("Size", ["250 ml", "500 ml", "1 L"]), ["12.50", "21.00", "36.00"]),
    "price": "12.50", "currency": "CAD",
}

L["Z13"] = {
    "title": "Sheet Music: Six Folk Tunes for Cello and Piano (PDF)",
    "description_html": "<p>Six arrangements of Nordic folk tunes for cello and piano, grade 3 to 4. You get "
                        "a 32-page PDF with the piano score and a separate cello part, downloadable right "
                        "after payment. Nothing is posted.</p><p>Licence: you may print copies for your own "
                        "playing and teaching; performance is allowed, resale and sharing the file are not.</p>",
    "vendor": "Fjellmusikk",
    "product_type": "Noter (digital)",
    "tags": ["downloadable", "virtual", "cello", "sheet music"],
    "categories": ["Musikk > Noter"],
    "attributes": {"Format": ["PDF"], "Sider": ["32"], "Nivå": ["Grad 3–4"], "Arrangør": ["Ingrid Haugland"]},
    "variants": single("FM-CELLO6", "149.00"),
    "price": "149.00", "currency": "NOK",
}

L["Z14"] = {
    "title": "Folding Camera Drone with 4K Camera",
    "description_html": "<p>A folding drone under 250 g with a 4K/30 fps camera on a three-axis gimbal and "
                        "up to 31 minutes of flight per battery. Sold and shipped by our partner store; "
                        "warranty and returns are handled by them.</p>",
    "vendor": "Skylark",
    "product_type": "External product",
    "tags": ["drone", "4K"],
    "categories": ["Electronics > Drones"],
    "attributes": {"Weight": ["249 g"], "Video": ["4K/30 fps"], "Gimbal": ["3-axis"],
                   "Flight time": ["Up to 31 min"], "Batteries included": ["1"]},
    "variants": [],
    "price": "459.00", "currency": "SGD",
}

L["Z15"] = {
    "title": "Watch Battery Replacement by Post",
    "description_html": "<p>Send us your quartz watch and we replace the battery, check the seals and "
                        "return it within 7 working days of arrival, by tracked post. Water resistance is "
                        "pressure-tested for watches rated 50 m or more.</p><p>Not for mechanical or "
                        "automatic watches, smartwatches, or watches with a soldered battery.</p>",
    "vendor": "Tick & Tock Repairs",
    "product_type": "Service",
    "tags": ["service", "watch repair"],
    "categories": ["Services > Watch repair"],
    "options": {"Service": ["Battery only", "Battery and pressure test"]},
    "attributes": {"Turnaround": ["7 working days"], "Return postage": ["Included, tracked"],
                   "Workshop": ["Birmingham, England"]},
    "variants": variants("TT-BAT", ("Service", ["Battery only", "Battery and pressure test"]), ["18.00", "32.00"]),
    "price": "18.00", "currency": "GBP",
}

L["Z16"] = {
    "title": "Waxed Round Shoelaces",
    "price": "6.00", "currency": "USD",
}

L["Z17"] = {
    "title": "Ribbed Beanie",
    "vendor": "Nordvik",
    "attributes": {"Material": ["Merino wool"]},
    "price": "249.00", "currency": "SEK",
}

L["Z18"] = {
    "title": "Trail Running Vest 8 L",
    "description_html": "<p>A running vest with 8 litres of storage for long trail days. Two 500 ml soft "
                        "flasks sit in the chest pockets; the back pocket takes a 1.5 l bladder (not "
                        "included). Two sternum straps adjust on rails.</p><p>Hand wash cold and hang to "
                        "dry.</p>",
    "vendor": "Ridgeline Athletic",
    "product_type": "Running vest",
    "tags": ["trail running", "hydration"],
    "categories": ["Running > Vests"],
    "options": {"Size": ["XS/S", "M/L", "XL"]},
    "attributes": {"Capacity": ["8 L"], "Soft flasks": ["2 x 500 ml, included"], "Bladder": ["Fits 1.5 L, not included"],
                   "Weight": ["260 g (M/L)"], "Material": ["Nylon mesh"]},
    "variants": variants("RA-V8", ("Size", ["XS/S", "M/L", "XL"]), "145.00", g(260), compare="165.00"),
    "price": "145.00", "currency": "USD", "weight": g(260),
}

L["Z19"] = {
    "title": "Beard Care Kit",
    "description_html": "<p>Three things for a tidy beard, sold one by one or together: a beard oil, a "
                        "beard balm and a pear-wood comb.</p>",
    "vendor": "Old Harbour Grooming",
    "product_type": "Grouped product",
    "tags": ["beard", "grooming"],
    "categories": ["Grooming > Beard"],
    "attributes": {"Pieces": ["Beard oil 30 ml (cedar)", "Beard balm 60 g", "Pear-wood comb"]},
    "variants": [
        {"sku": "OH-OIL", "title": "Beard Oil 30 ml", "price": "16.00", "compare_at_price": None, "options": {},
         "weight": g(90), "external_id": ""},
        {"sku": "OH-BALM", "title": "Beard Balm 60 g", "price": "14.00", "compare_at_price": None,
         "options": {}, "weight": g(110), "external_id": ""},
        {"sku": "OH-COMB", "title": "Pear-Wood Comb", "price": "12.00", "compare_at_price": None,
         "options": {}, "weight": g(25), "external_id": ""},
    ],
    "currency": "AUD",
}

L["Z20"] = {
    "title": "Linen Bib Apron",
    "description_html": "<p>A full-length bib apron in stonewashed linen with a neck strap that adjusts and "
                        "long ties that wrap round to the front. One large front pocket.</p>",
    "vendor": "Szwalnia Lniana",
    "product_type": "Fartuch",
    "tags": ["apron", "linen"],
    "categories": ["Dom > Kuchnia > Fartuchy"],
    "options": {"Kolor": ["Grafitowy", "Musztardowy", "Naturalny"]},
    "attributes": {"Materiał": ["100% len"], "Długość": ["90 cm"], "Kieszenie": ["1"],
                   "Wyprodukowano w": ["Polska"], "Pielęgnacja": ["Pranie w 40 °C, nie wybielać"]},
    "variants": variants("SL-FA", ("Kolor", ["Grafitowy", "Musztardowy", "Naturalny"]), "139.00", g(280)),
    "price": "139.00", "currency": "PLN", "weight": g(280),
}

L["Z21"] = {
    "title": "Dark Chocolate Bar 70% with Sea Salt",
    "description_html": "<p>Bean-to-bar dark chocolate, 70% cacao, made from a single estate in Chiapas, "
                        "Mexico, and finished with flakes of sea salt. Two ingredients plus salt: cacao and "
                        "cane sugar. No milk, no soy lecithin.</p><p>Made in a kitchen that also handles nuts. "
                        "Store cool and dry, below 18 °C.</p>",
    "vendor": "Copperleaf Chocolate",
    "product_type": "Chocolate bar",
    "tags": ["vegan", "bean to bar", "dairy free"],
    "categories": ["Food > Chocolate"],
    "attributes": {"Cacao": ["70%"], "Net weight": ["75 g"], "Cacao origin": ["Chiapas, Mexico"],
                   "Made in": ["Portland, Oregon"], "Ingredients": ["Cacao beans, cane sugar, sea salt"]},
    "variants": single("CL-70SS", "8.50", g(75)),
    "price": "8.50", "currency": "USD", "weight": g(75),
}

L["Z22"] = {
    "title": "凧 Single-Line Delta Kite",
    "description_html": "<p>A single-line delta kite with a 150 cm wingspan, ripstop nylon sail and "
                        "fibreglass spars. Flies in light to moderate wind (8–30 km/h). Comes with 30 m of "
                        "line on a hand winder.</p><p>Fly away from power lines and roads.</p>",
    "vendor": "Kazekiri",
    "product_type": "凧",
    "tags": ["kite", "outdoor"],
    "categories": ["アウトドア > 凧"],
    "options": {"Color": ["Red/White", "Indigo"]},
    "attributes": {"Wingspan": ["150 cm"], "Sail": ["Ripstop nylon"], "Spars": ["Fibreglass"],
                   "Line": ["30 m"], "Wind": ["8–30 km/h"]},
    "variants": variants("KZ-D150", ("Color", ["Red/White", "Indigo"]), "4800", g(210)),
    "price": "4800", "currency": "JPY", "weight": g(210),
}

L["Z23"] = {
    "title": "Gants de ski en cuir",
    "description_html": "<p>Gants de ski en cuir de chèvre avec une membrane imperméable et respirante et "
                        "une doublure en polaire. Poignet long avec serrage.</p><p>Ne pas sécher près d'un "
                        "radiateur.</p>",
    "vendor": "Col du Lys",
    "product_type": "Gants de ski",
    "tags": ["ski", "hiver"],
    "categories": ["Sports d'hiver > Gants"],
    "options": {"Taille": ["S", "M", "L", "XL"]},
    "attributes": {"Matière": ["Cuir de chèvre", "Doublure polaire"], "Membrane": ["Imperméable et respirante"],
                   "Couleur": ["Noir"], "Fabriqué en": ["Annecy, France"]},
    "variants": variants("CL-GS", ("Taille", ["S", "M", "L", "XL"]), "89.00", compare="109.00"),
    "price": "89.00", "currency": "CHF",
}

L["Z24"] = {
    "title": "Portable Bluetooth Speaker 20 W",
    "description_html": "<p>A portable speaker with 20 W of output, Bluetooth 5.3 and up to 15 hours of "
                        "play at medium volume. Dustproof and waterproof to IP67, so it survives a drop in "
                        "the pool. Charges over USB-C (cable included, no wall adapter). Pair two for "
                        "stereo.</p>",
    "vendor": "Tundra Audio",
    "product_type": "Speaker",
    "tags": ["bluetooth", "waterproof"],
    "categories": ["Electronics > Audio > Speakers"],
    "options": {"Color": ["Charcoal", "Coral", "Glacier"]},
    "attributes": {"Output": ["20 W"], "Battery": ["Up to 15 h"], "Bluetooth": ["5.3"], "Rating": ["IP67"],
                   "Charging": ["USB-C"], "Warranty": ["2 years"]},
    "variants": variants("TA-S20", ("Color", ["Charcoal", "Coral", "Glacier"]), "89000", g(540)),
    "price": "89000", "currency": "KRW", "weight": g(540),
}

L["Z25"] = {
    "title": "Compact Mechanical Keyboard (75%)",
    "description_html": "<p>A 75% mechanical keyboard with hot-swap sockets, tactile brown switches and "
                        "PBT keycaps. Wired over USB-C, or wireless over Bluetooth for up to three devices. "
                        "Works with Windows and macOS.</p>",
    "vendor": "Keystone Lab",
    "product_type": "Keyboard",
    "tags": ["mechanical keyboard", "hot-swap"],
    "categories": ["Computers > Keyboards"],
    "options": {"Layout": ["US ANSI", "UK ISO"]},
    "attributes": {"Switches": ["Tactile brown"], "Keycaps": ["PBT"], "Connection": ["USB-C, Bluetooth 5.1"],
                   "Battery": ["4000 mAh"], "Case": ["Aluminium top, plastic bottom"], "Keys": ["84"]},
    "variants": variants("KL-75", ("Layout", ["US ANSI", "UK ISO"]), ["899.00", "929.00"], g(1.1, "kg")),
    "price": "899.00", "currency": "HKD", "weight": g(1.1, "kg"),
}

L["Z26"] = {
    "title": "Polarised Sunglasses \"Lido\"",
    "description_html": "<p>Rounded sunglasses with an acetate frame and polarised category 3 lenses that "
                        "block 100% of UVA and UVB. Comes with a hard case. Not for driving at night.</p>",
    "vendor": "Occhi di Mare",
    "product_type": "Occhiali da sole",
    "tags": ["polarised", "UV400"],
    "categories": ["Accessori > Occhiali da sole"],
    "options": {"Colore": ["Tartaruga", "Nero"]},
    "attributes": {"Montatura": ["Acetato"], "Lenti": ["Polarizzate, categoria 3"], "Protezione": ["UV400"],
                   "Larghezza lente": ["49 mm"], "Prodotto in": ["Cadore, Italia"]},
    "variants": variants("OM-LIDO", ("Colore", ["Tartaruga", "Nero"]), "119,00".replace(",", ".")),
    "price": "119.00", "currency": "EUR",
}

L["Z27"] = {
    "title": "Roll-Top Backpack 22 L",
    "description_html": "<p>A 22-litre roll-top backpack in waxed canvas with a padded laptop sleeve for up "
                        "to 15 in and a side bottle pocket. The roll top closes with a leather strap and "
                        "brass buckle.</p><p>Re-wax once a year; do not machine wash.</p>",
    "vendor": "Fenland Carry",
    "product_type": "Backpack",
    "tags": ["backpack", "waxed canvas"],
    "categories": ["Bags > Backpacks"],
    "options": {"Colour": ["Olive"]},
    "attributes": {"Material": ["Waxed cotton canvas", "Leather strap", "Brass buckle"], "Volume": ["22 L"],
                   "Laptop sleeve": ["Up to 15 in"], "Made in": ["Norfolk, England"]},
    "variants": variants("FC-RT22", ("Colour", ["Olive"]), "135.00", g(1.1, "kg")),
    "price": "135.00", "currency": "GBP", "weight": g(1.1, "kg"),
    "dimensions": {"length": None, "width": 30, "height": 48, "unit": "cm"},
}

L["Z28"] = {
    "title": "Golf Balls, Three-Piece Urethane, 12 Pack",
    "description_html": "<p>A dozen three-piece golf balls with a urethane cover for spin around the green. "
                        "Conforms to the Rules of Golf.</p>",
    "vendor": "Fairway Nine",
    "product_type": "Golf balls",
    "tags": ["golf"],
    "categories": ["Golf > Balls"],
    "options": {"Colour": ["White", "Matte Yellow"]},
    "attributes": {"Construction": ["3-piece"], "Cover": ["Urethane"], "Compression": ["90"],
                   "Dimples": ["332"], "Balls per pack": ["12"]},
    "variants": variants("F9-U12", ("Colour", ["White", "Matte Yellow"]), "1190.00"),
    "price": "1190.00", "currency": "CZK",
}

L["Z29"] = {
    "title": "Hand-Blown Wine Glasses, Set of 2",
    "description_html": "<p>Two wine glasses mouth-blown from lead-free crystal, with a thin rim and a long "
                        "pulled stem. Each holds 450 ml.</p><p>Hand wash recommended; they are dishwasher safe "
                        "on the top rack.</p><p>Pris: 499,00 kr. for to glas.</p>",
    "vendor": "Glashytten Møn",
    "product_type": "Vinglas",
    "tags": ["glassware", "handmade"],
    "categories": ["Bolig > Glas"],
    "attributes": {"Materiale": ["Blyfri krystal"], "Indhold": ["450 ml"], "Højde": ["23 cm"],
                   "Antal": ["2"], "Mundblæst i": ["Danmark"]},
    "variants": single("GM-VG2", "499.00", g(480)),
    "price": "499.00", "currency": "DKK", "weight": g(480),
}

L["Z30"] = {
    "title": "Resistance Band Set (5 Bands)",
    "description_html": "<p>Five flat loop bands in five resistances, from extra light (about 2 kg) to extra "
                        "heavy (about 20 kg), with a cotton carry bag and an exercise card. The bands are "
                        "natural latex: not for people with a latex allergy.</p>",
    "vendor": "Ferro Fitness",
    "product_type": "Resistance bands",
    "tags": ["fitness", "home workout"],
    "categories": ["Fitness > Bands"],
    "attributes": {"Bands": ["5"], "Material": ["Natural latex"], "Resistance": ["About 2–20 kg"],
                   "Loop length": ["60 cm"], "Bag": ["Cotton"]},
    "variants": single("FF-RB5", "24.99", g(300)),
    "price": "24.99", "currency": "USD", "weight": g(300),
}


def main():
    for key, lst in L.items():
        lst.setdefault("external_id", f"v11-{key}")
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(L, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(L)} listings")


if __name__ == "__main__":
    main()
