"""Build listings.json for guardrails holdout v8: 30 invented listings, Y01..Y30.

Every vendor, product and figure here is made up for this set. Run from this folder:
    python make_listings.py
"""
import itertools
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, price, weight=None, prices=None, compare=None):
    """One variant per combination of option values; `prices` maps one option value to its own price."""
    names = list(options)
    out = []
    for n, combo in enumerate(itertools.product(*(options[k] for k in names)), 1):
        p = price
        for value in combo:
            if prices and value in prices:
                p = prices[value]
        out.append({"sku": f"{sku}-{n:02d}", "title": " / ".join(combo), "price": p, "compare_at_price": compare,
                    "options": dict(zip(names, combo, strict=True)), "weight": weight,
                    "external_id": f"{sku.lower()}-v{n}"})
    return out


def single(sku, price, weight=None, compare=None, title="Default Title"):
    return [{"sku": sku, "title": title, "price": price, "compare_at_price": compare, "options": {},
             "weight": weight, "external_id": f"{sku.lower()}-v1"}]


def child(sku, title, price, weight=None):
    return {"sku": sku, "title": title, "price": price, "compare_at_price": None, "options": {}, "weight": weight,
            "external_id": sku.lower()}


def g(value, unit="g"):
    return {"value": value, "unit": unit}


L = {}

# Baby gear: muslin swaddles, euros with decimal commas, French attribute keys.
L["Y01"] = {
    "title": "Muslin Swaddle Blankets, Set of 3",
    "description_html": "<p>Three double-layer cotton muslin swaddles, each 120 x 120 cm. Light enough for warm "
                        "nights, big enough to wrap a newborn snugly.</p><p>Wash at 40 °C before first use. Not "
                        "for use as a cot sheet.</p><p>34,90 € the set.</p>",
    "vendor": "Petit Nuage", "product_type": "Swaddle blanket", "sku": "PN-SW3",
    "tags": ["baby", "newborn", "gots"], "categories": ["Bébé > Linge de lit"],
    "options": {"Motif": ["Étoiles", "Feuilles"]},
    "attributes": {"Composition": ["100 % coton biologique"], "Dimensions": ["120 x 120 cm"],
                   "Certification": ["GOTS"], "Fabriqué en": ["Portugal"]},
    "variants": variants("PN-SW3", {"Motif": ["Étoiles", "Feuilles"]}, "34.90", g(410)),
    "price": "34.90", "currency": "EUR", "weight": g(410),
}

# Bicycle parts: 11-speed chain, imperial pitch, negative compatibility.
L["Y02"] = {
    "title": "11-Speed Bicycle Chain, 116 Links",
    "description_html": "<p>A nickel-plated steel chain for 11-speed road and gravel drivetrains, with hollow "
                        "pins to save weight. 116 links; shorten it to fit your bike. A reusable quick link is "
                        "included.</p><p>Not compatible with 12-speed drivetrains.</p>",
    "vendor": "Ridgeline Components", "product_type": "Bicycle chain", "sku": "RC-CH11",
    "tags": ["cycling", "drivetrain", "made in taiwan"], "categories": ["Cycling > Parts > Chains"],
    "attributes": {"Speeds": ["11"], "Links": ["116"], "Pitch": ["1/2 in x 11/128 in"],
                   "Material": ["Nickel-plated steel"], "Weight": ["257 g"]},
    "variants": single("RC-CH11", "36.00", g(257)), "price": "36.00", "currency": "USD", "weight": g(257),
}

# Coffee equipment: hand grinder, Japanese yen, "assembled in".
L["Y03"] = {
    "title": "Hand Coffee Grinder",
    "description_html": "<p>A 48 mm stainless steel conical burr grinds enough for two cups at a time (30 g). "
                        "Forty clicks of adjustment, from espresso to French press.</p><p>Designed and assembled "
                        "in Osaka, Japan. Brush the burrs clean; do not wash them with water.</p>",
    "vendor": "Kiri Works", "product_type": "Coffee grinder", "sku": "KW-HG48",
    "tags": ["coffee", "manual grinder"], "categories": ["Coffee > Grinders"],
    "attributes": {"Burr": ["48 mm conical, stainless steel"], "Capacity": ["30 g"], "Settings": ["40 clicks"],
                   "Body": ["Aluminium"]},
    "variants": single("KW-HG48", "8800", g(620)), "price": "8800", "currency": "JPY", "weight": g(620),
}

# Aquarium heater: pounds, wattage variants with their own prices, warranty.
L["Y04"] = {
    "title": "Submersible Aquarium Heater",
    "description_html": "<p>A fully submersible glass heater with a thermostat you set from 18 to 32 °C. Pick "
                        "the wattage for your tank: 50 W for up to 60 litres, 100 W for up to 120 litres, 200 W "
                        "for up to 250 litres.</p><p>Unplug before taking it out of the water. Freshwater and "
                        "marine tanks. 2-year warranty.</p>",
    "vendor": "Clearwater Aquatics", "product_type": "Aquarium heater", "sku": "CA-HT",
    "tags": ["aquarium", "fish"], "categories": ["Pets > Aquarium > Heating"],
    "options": {"Wattage": ["50 W", "100 W", "200 W"]},
    "attributes": {"Voltage": ["230 V"], "Temperature range": ["18-32 °C"], "Housing": ["Borosilicate glass"]},
    "variants": variants("CA-HT", {"Wattage": ["50 W", "100 W", "200 W"]}, "19.99", g(180),
                         prices={"100 W": "24.99", "200 W": "32.99"}),
    "price": "19.99", "currency": "GBP",
}

# Knitting tools: interchangeable needles, metric and US sizes, Canadian dollars.
L["Y05"] = {
    "title": "Birch Interchangeable Circular Needle Set",
    "description_html": "<p>Nine pairs of birch needle tips, 3.5 mm to 8 mm (US 4 to US 11), with three cables "
                        "that make 60, 80 and 100 cm circulars. Everything stores in a zipped cotton case.</p>"
                        "<p>Keep the tips away from water; wipe with a dry cloth.</p>",
    "vendor": "Loop & Lantern", "product_type": "Knitting needles", "sku": "LL-IC9",
    "tags": ["knitting", "made in india"], "categories": ["Crafts > Knitting > Needles"],
    "attributes": {"Tips": ["Birch wood"], "Sizes": ["3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7, 8 mm"],
                   "Cables": ["60 cm, 80 cm, 100 cm"], "Case": ["Cotton"]},
    "variants": single("LL-IC9", "64.00", g(300)), "price": "64.00", "currency": "CAD",
}

# Board game: German category, language editions, ages.
L["Y06"] = {
    "title": "Tidewater - A Trading Board Game",
    "description_html": "<p>Two to five merchants race to fill their warehouses before the tide turns. Games "
                        "take 45 to 60 minutes.</p><p>In the box: a folding board, 120 cards, 60 wooden cubes, five "
                        "ship tokens and a rule book. Printed in Germany.</p><p>Not for children under 3: small "
                        "parts.</p>",
    "vendor": "Brackish Games", "product_type": "Board game", "sku": "BG-TIDE",
    "tags": ["board game", "strategy"], "categories": ["Spielwaren > Brettspiele"],
    "options": {"Sprache": ["English", "Deutsch"]},
    "attributes": {"Spieler": ["2-5"], "Alter": ["ab 10 Jahren"], "Spieldauer": ["45-60 Min."]},
    "variants": variants("BG-TIDE", {"Sprache": ["English", "Deutsch"]}, "39.95", g(1450)),
    "price": "39.95", "currency": "EUR", "weight": g(1450),
}

# Camping cookware: titanium pot, imperial weight, negative induction.
L["Y07"] = {
    "title": "Titanium Camp Pot 750 ml",
    "description_html": "<p>A 750 ml titanium pot with a vented lid and folding handles, weighing 3.5 oz. A "
                        "small gas canister and a pocket stove nest inside.</p><p>Not for induction hobs. Never "
                        "heat it empty.</p>",
    "vendor": "Summit Tin", "product_type": "Camping pot", "sku": "ST-P750",
    "tags": ["camping", "ultralight", "backpacking"], "categories": ["Outdoor > Camp kitchen"],
    "attributes": {"Material": ["Titanium"], "Capacity": ["750 ml"], "Diameter": ["3.9 in"],
                   "Height": ["4.3 in"]},
    "variants": single("ST-P750", "42.00", g(3.5, "oz")), "price": "42.00", "currency": "USD",
    "weight": g(3.5, "oz"),
}

# Phone pouch: waterproof rating, Australian dollars, colours, depth limit.
L["Y08"] = {
    "title": "Waterproof Phone Pouch",
    "description_html": "<p>A sealed pouch for phones with screens up to 6.7 in. The touchscreen works through "
                        "the clear window, and an adjustable lanyard keeps it round your neck.</p><p>Rated IPX8 to "
                        "a depth of 10 m for 30 minutes. Not for scuba diving.</p>",
    "vendor": "Saltline", "product_type": "Phone pouch", "sku": "SL-PP",
    "tags": ["beach", "kayaking"], "categories": ["Phone accessories > Cases"],
    "options": {"Colour": ["Clear", "Smoke", "Coral"]},
    "attributes": {"Material": ["TPU"], "Rating": ["IPX8"], "Fits": ["Phones up to 6.7 in"]},
    "variants": variants("SL-PP", {"Colour": ["Clear", "Smoke", "Coral"]}, "24.95", g(45)),
    "price": "24.95", "currency": "AUD",
}

# Grouped product: wine tools in euros, Italian keys.
L["Y09"] = {
    "title": "Sommelier Tool Collection",
    "description_html": "<p>Three wine tools, each sold on its own.</p><ul><li>Waiter's corkscrew with olive-wood "
                        "handle: 24,00 €</li><li>Drip ring, pack of 2: 6,50 €</li><li>Vacuum stopper with pump: "
                        "9,90 €</li></ul>",
    "vendor": "Cantina Serra", "product_type": "Grouped product", "sku": "CS-SOMM",
    "tags": ["wine", "bar tools"], "categories": ["Casa > Vino > Accessori"],
    "attributes": {"Materiale": ["Acciaio inox, legno d'ulivo"], "Paese d'origine": ["Italia"]},
    "variants": [child("CS-CORK", "Waiter's corkscrew", "24.00", g(90)),
                 child("CS-DRIP", "Drip ring, pack of 2", "6.50", g(10)),
                 child("CS-VAC", "Vacuum stopper with pump", "9.90", g(60))],
    "price": None, "currency": "EUR",
}

# Home fitness: adjustable kettlebell, Czech koruna, Czech keys.
L["Y10"] = {
    "title": "Adjustable Kettlebell 4-12 kg",
    "description_html": "<p>One cast-iron kettlebell that goes from 4 to 12 kg in 2 kg steps: take plates off or "
                        "put them on and tighten the locking pin.</p><p>Cena: 1 290 Kč.</p>",
    "vendor": "Železná Dílna", "product_type": "Kettlebell", "sku": "ZD-KB12",
    "tags": ["fitness", "strength"], "categories": ["Sport > Posilování"],
    "attributes": {"Hmotnost": ["4-12 kg"], "Materiál": ["Litina"], "Země původu": ["Česko"]},
    "variants": single("ZD-KB12", "1290.00", g(12, "kg")), "price": "1290.00", "currency": "CZK",
    "weight": g(12.4, "kg"),
}

# Candle: grams, burn time, hand-poured in a city, no colour.
L["Y11"] = {
    "title": "Fig & Cedar Soy Candle",
    "description_html": "<p>200 g of soy wax with a cotton wick, scented with fig leaf and cedarwood. Burns for "
                        "about 40 hours.</p><p>Hand-poured in Bristol. Trim the wick to 5 mm before each burn and "
                        "never leave a lit candle unattended.</p>",
    "vendor": "Lamp & Ember", "product_type": "Candle", "sku": "LE-FIG",
    "tags": ["candle", "home fragrance", "vegan"], "categories": ["Home > Candles"],
    "attributes": {"Wax": ["Soy wax"], "Wick": ["Cotton"], "Net weight": ["200 g"], "Burn time": ["40 hours"]},
    "variants": single("LE-FIG", "22.00", g(360)), "price": "22.00", "currency": "GBP",
}

# Art print: sizes with prices, NZ dollars, edition, frame not included.
L["Y12"] = {
    "title": "Harbour at Dusk - Giclée Print",
    "description_html": "<p>A giclée print of a gouache painting of Wellington harbour, on 310 g/m² cotton rag "
                        "paper. Signed and numbered, in an edition of 50 per size.</p><p>Printed in Wellington. "
                        "Frame not included.</p>",
    "vendor": "Kōwhai Press", "product_type": "Art print", "sku": "KP-HAD",
    "tags": ["art print", "wall art"], "categories": ["Art > Prints"],
    "options": {"Size": ["A4", "A3", "A2"]},
    "attributes": {"Paper": ["310 g/m² cotton rag"], "Edition": ["50 per size"]},
    "variants": variants("KP-HAD", {"Size": ["A4", "A3", "A2"]}, "65.00", g(200),
                         prices={"A3": "95.00", "A2": "140.00"}),
    "price": "65.00", "currency": "NZD",
}

# Hair care: INCI list, French keys, decimal comma.
L["Y13"] = {
    "title": "Rosemary Scalp Oil 50 ml",
    "description_html": "<p>A light oil for the scalp and ends: massage in a few drops before washing. Four "
                        "ingredients, no fragrance added.</p><p>For external use only. Keep out of the eyes. 18,50 "
                        "€.</p>",
    "vendor": "Maison Ortie", "product_type": "Hair oil", "sku": "MO-RS50",
    "tags": ["hair care", "fragrance-free"], "categories": ["Beauté > Cheveux"],
    "attributes": {"Contenance": ["50 ml"],
                   "Ingrédients (INCI)": ["Simmondsia Chinensis Seed Oil, Ricinus Communis Seed Oil, Rosmarinus "
                                          "Officinalis Leaf Oil, Tocopherol"],
                   "Origine": ["Fabriqué en France"]},
    "variants": single("MO-RS50", "18.50", g(95)), "price": "18.50", "currency": "EUR",
}

# Garden seeds: Dutch keys, approximate count, sowing months.
L["Y14"] = {
    "title": "Tomato Seeds 'Black Krim'",
    "description_html": "<p>An heirloom beefsteak tomato with dark red, nearly purple fruit. Sow indoors from "
                        "February to April; seeds sprout in 7 to 14 days at 20-25 °C. Plants grow 150-180 cm tall "
                        "and need staking.</p>",
    "vendor": "Zaadhuis Veldman", "product_type": "Seeds", "sku": "ZV-TBK",
    "tags": ["heirloom", "vegetable seeds", "open-pollinated"], "categories": ["Tuin > Zaden > Groente"],
    "attributes": {"Inhoud": ["ca. 30 zaden"], "Zaaien": ["februari-april"], "Herkomst zaad": ["Nederland"]},
    "variants": single("ZV-TBK", "3.25", g(10)), "price": "3.25", "currency": "EUR",
}

# Drone: gram weight, flight time, two batteries, wall plug not included.
L["Y15"] = {
    "title": "Mini Camera Drone",
    "description_html": "<p>A folding drone that weighs 245 g and films 2.7K video at 30 fps on a 3-axis "
                        "gimbal. Each battery flies for up to 18 minutes, and two batteries come in the box.</p>"
                        "<p>USB-C cable included; wall charger not included. Do not fly near airports. Ages 14 "
                        "and up.</p>",
    "vendor": "Kestrel Aero", "product_type": "Drone", "sku": "KA-MINI",
    "tags": ["drone", "aerial video"], "categories": ["Electronics > Drones"],
    "attributes": {"Weight": ["245 g"], "Video": ["2.7K / 30 fps"], "Flight time": ["18 min per battery"],
                   "Range": ["500 m"], "Batteries": ["2"]},
    "variants": single("KA-MINI", "189.00", g(245)), "price": "189.00", "currency": "USD", "weight": g(245),
}

# Kitchen knife: millimetres, hardness, origin city, hand wash.
L["Y16"] = {
    "title": "Nakiri Knife 165 mm",
    "description_html": "<p>A flat-edged vegetable knife with a 165 mm blade of VG-10 steel hardened to 60-61 "
                        "HRC, on an octagonal walnut handle.</p><p>Forged in Seki. Hand wash and dry at once; not "
                        "for the dishwasher. Not for bones or frozen food.</p>",
    "vendor": "Hamon Blades", "product_type": "Kitchen knife", "sku": "HB-NK165",
    "tags": ["kitchen knife", "japanese knife"], "categories": ["Kitchen > Knives"],
    "attributes": {"Blade length": ["165 mm"], "Steel": ["VG-10"], "Hardness": ["60-61 HRC"],
                   "Handle": ["Walnut"], "Made in": ["Seki, Japan"]},
    "variants": single("HB-NK165", "129.00", g(150)), "price": "129.00", "currency": "GBP", "weight": g(150),
}

# Watch: Swiss francs in Swiss style, strap options with prices, water resistance.
L["Y17"] = {
    "title": "Field Watch 38 mm",
    "description_html": "<p>A quartz field watch with a 38 mm brushed steel case, sapphire crystal and a "
                        "luminous dial. Water resistant to 100 m. The battery lasts about three years.</p><p>From "
                        "CHF 245.–, with a canvas or leather strap. Two-year warranty.</p>",
    "vendor": "Atelier Dreispitz", "product_type": "Watch", "sku": "AD-FW38",
    "tags": ["watch", "quartz"], "categories": ["Uhren > Armbanduhren"],
    "options": {"Strap": ["Canvas, olive", "Leather, brown"]},
    "attributes": {"Case": ["38 mm, stainless steel"], "Crystal": ["Sapphire"], "Movement": ["Quartz"],
                   "Water resistance": ["10 bar (100 m)"]},
    "variants": variants("AD-FW38", {"Strap": ["Canvas, olive", "Leather, brown"]}, "245.00", g(62),
                         prices={"Leather, brown": "275.00"}),
    "price": "245.00", "currency": "CHF",
}

# Luggage: cabin suitcase, litres and kilograms, colours, warranty.
L["Y18"] = {
    "title": "Cabin Spinner Suitcase 55 cm",
    "description_html": "<p>A polycarbonate carry-on of 55 x 40 x 20 cm that holds 38 litres and weighs 2.6 kg. "
                        "Four spinner wheels, a three-stage handle and a built-in TSA lock.</p><p>Five-year "
                        "warranty on the shell and wheels.</p>",
    "vendor": "Northway Travel", "product_type": "Suitcase", "sku": "NW-C55",
    "tags": ["luggage", "carry-on"], "categories": ["Travel > Luggage"],
    "options": {"Colour": ["Graphite", "Sand"]},
    "attributes": {"Shell": ["Polycarbonate"], "Capacity": ["38 L"], "Size": ["55 x 40 x 20 cm"]},
    "variants": variants("NW-C55", {"Colour": ["Graphite", "Sand"]}, "149.00", g(2.6, "kg")),
    "price": "149.00", "currency": "EUR", "weight": g(2.6, "kg"),
    "dimensions": {"length": 55, "width": 40, "height": 20, "unit": "cm"},
}

# Downloadable knitting pattern: pounds, sizes, not for sharing.
L["Y19"] = {
    "title": "Heath Cardigan Knitting Pattern (PDF)",
    "description_html": "<p>A top-down raglan cardigan in worsted-weight yarn, written for seven sizes from XS to "
                        "3XL (bust 81 to 142 cm). Needs 900 to 1,600 m of yarn, depending on size.</p><p>A 12-page "
                        "PDF you download after payment; nothing is posted. Please do not share or resell the "
                        "file.</p>",
    "vendor": "Ravel Row", "product_type": "Knitting pattern", "sku": "RR-HEATH",
    "tags": ["downloadable", "virtual", "knitting pattern"], "categories": ["Patterns > Knitting"],
    "attributes": {"Format": ["PDF, 12 pages"], "Sizes": ["XS, S, M, L, XL, 2XL, 3XL"]},
    "variants": single("RR-HEATH", "6.50"), "price": "6.50", "currency": "GBP",
}

# Downloadable sample pack: licence terms.
L["Y20"] = {
    "title": "Dustline Drum Loops - 120 WAV Loops",
    "description_html": "<p>120 drum loops recorded on a vintage kit, 80 to 140 BPM, as 24-bit / 48 kHz WAV "
                        "files (1.4 GB).</p><p>Royalty-free for use in your own music. You may not resell or "
                        "redistribute the loops as samples.</p>",
    "vendor": "Halfroom Audio", "product_type": "Sample pack", "sku": "HA-DUST",
    "tags": ["downloadable", "virtual", "samples"], "categories": ["Downloads > Audio"],
    "attributes": {"Format": ["WAV, 24-bit / 48 kHz"], "Loops": ["120"], "Tempo": ["80-140 BPM"],
                   "Size": ["1.4 GB"]},
    "variants": single("HA-DUST", "29.00"), "price": "29.00", "currency": "USD",
}

# External product: espresso tamper sold by its maker, no SKU.
L["Y21"] = {
    "title": "Calibrated Espresso Tamper 58.5 mm",
    "description_html": "<p>A 58.5 mm flat stainless steel base on a spring that clicks at about 15 kg of "
                        "pressure, so every tamp is the same.</p><p>Sold and shipped by Pressfield Coffee Tools; "
                        "the button takes you to their shop.</p>",
    "vendor": "Pressfield Coffee Tools", "product_type": "External product", "sku": "",
    "tags": ["coffee", "espresso"], "categories": ["Coffee > Espresso tools"],
    "attributes": {"Base": ["58.5 mm, stainless steel"], "Handle": ["Anodised aluminium"]},
    "variants": [], "price": "79.00", "currency": "AUD",
}

# Grouped product: knife care pieces in Polish złoty, trailing symbol.
L["Y22"] = {
    "title": "Knife Care Set",
    "description_html": "<p>Three pieces to keep kitchen knives sharp, each sold on its own.</p><ul><li>Combination "
                        "whetstone, 1000/6000 grit: 149,00 zł</li><li>Ceramic honing rod, 25 cm: 119,00 zł</li>"
                        "<li>Blade guard for knives up to 21 cm: 29,00 zł</li></ul><p>Soak the whetstone for 10 "
                        "minutes before use.</p>",
    "vendor": "Ostrze i Spółka", "product_type": "Grouped product", "sku": "OS-CARE",
    "tags": ["knives", "sharpening"], "categories": ["Kuchnia > Noże > Ostrzenie"],
    "variants": [child("OS-STONE", "Combination whetstone 1000/6000", "149.00", g(650)),
                 child("OS-ROD", "Ceramic honing rod 25 cm", "119.00", g(180)),
                 child("OS-GUARD", "Blade guard", "29.00", g(30))],
    "price": None, "currency": "PLN",
}

# Service: wheel truing, price by wheel size, exclusions.
L["Y23"] = {
    "title": "Wheel Truing Service",
    "description_html": "<p>Bring or post us a wheel and we true it, tension the spokes evenly and check the hub. "
                        "Back in 3 working days.</p><p>Broken spokes are replaced at 1,50 € each. We do not true "
                        "carbon rims.</p>",
    "vendor": "Speiche Werkstatt", "product_type": "Service", "sku": "SW-TRUE",
    "tags": ["service", "cycling", "repair"], "categories": ["Werkstatt > Laufräder"],
    "options": {"Wheel size": ["20 in", "26 in", "27.5 in", "28 in / 700c"]},
    "variants": variants("SW-TRUE", {"Wheel size": ["20 in", "26 in", "27.5 in", "28 in / 700c"]}, "18.00",
                         prices={"27.5 in": "22.00", "28 in / 700c": "22.00"}),
    "price": "18.00", "currency": "EUR",
}

# Event ticket: candle-making workshop with dates as options.
L["Y24"] = {
    "title": "Candle-Making Workshop",
    "description_html": "<p>Two and a half hours in our Leeds studio: pour two soy candles in tins and take them "
                        "home. All materials and tea are included. At most 8 people a session; ages 16 and up.</p>",
    "vendor": "Lamp & Ember", "product_type": "Workshop ticket", "sku": "LE-WS",
    "tags": ["workshop", "event", "ticket"], "categories": ["Workshops"],
    "options": {"Date": ["Sat 16 Jan 2027, 14:00", "Sat 23 Jan 2027, 14:00", "Sun 31 Jan 2027, 11:00"]},
    "variants": variants("LE-WS", {"Date": ["Sat 16 Jan 2027, 14:00", "Sat 23 Jan 2027, 14:00",
                                            "Sun 31 Jan 2027, 11:00"]}, "45.00"),
    "price": "45.00", "currency": "GBP",
}

# Thin listing: a title and a price only.
L["Y25"] = {
    "title": "Bicycle Bell",
    "variants": single("BB-01", "8.00"), "price": "8.00", "currency": "USD",
}

# Thin listing: title, vendor, one attribute and a price.
L["Y26"] = {
    "title": "Wine Bottle Stopper",
    "vendor": "Cantina Serra",
    "attributes": {"Material": ["Silicone"]},
    "variants": single("CS-STOP", "5.50"), "price": "5.50", "currency": "EUR",
}

# Aquarium gravel: grain size, weight, "quarried in".
L["Y27"] = {
    "title": "Natural Aquarium Gravel 5 kg",
    "description_html": "<p>Rounded river gravel, 2-4 mm, that does not change the water's pH. One 5 kg bag "
                        "covers the floor of a 60 cm tank about 3 cm deep.</p><p>Rinse before use. Quarried in "
                        "Bavaria.</p>",
    "vendor": "Clearwater Aquatics", "product_type": "Aquarium substrate", "sku": "CA-GR5",
    "tags": ["aquarium", "substrate"], "categories": ["Pets > Aquarium > Substrate"],
    "options": {"Colour": ["Natural beige"]},
    "attributes": {"Grain size": ["2-4 mm"], "Net weight": ["5 kg"]},
    "variants": single("CA-GR5", "9.50", g(5, "kg")), "price": "9.50", "currency": "GBP", "weight": g(5, "kg"),
}

# Coffee beans: Swedish kronor, grind options, origin region, altitude.
L["Y28"] = {
    "title": "Huila Single-Origin Coffee Beans 250 g",
    "description_html": "<p>A washed Caturra from small farms in Huila, Colombia, grown at 1,700-1,900 m. We "
                        "roast it medium; it tastes of panela, red apple and cocoa.</p><p>Pris: 129 kr.</p>",
    "vendor": "Rosteriet Norrsken", "product_type": "Coffee beans", "sku": "RN-HUI",
    "tags": ["coffee", "single origin"], "categories": ["Kaffe > Bönor"],
    "options": {"Malning": ["Hela bönor", "Espresso", "Filter"]},
    "attributes": {"Innehåll": ["100 % arabica"], "Vikt": ["250 g"], "Ursprung": ["Huila, Colombia"],
                   "Rostning": ["Medium"]},
    "variants": variants("RN-HUI", {"Malning": ["Hela bönor", "Espresso", "Filter"]}, "129.00", g(260)),
    "price": "129.00", "currency": "SEK",
}

# Food: mulled wine spice mix, German keys, percentages, "packed in".
L["Y29"] = {
    "title": "Glühwein Spice Mix 60 g",
    "description_html": "<p>Whole spices for mulled wine, no sugar added. One bag spices 3 litres of red wine: "
                        "steep for 20 minutes without boiling.</p>",
    "vendor": "Gewürzkontor Alber", "product_type": "Spice mix", "sku": "GA-GLU60",
    "tags": ["spices", "christmas"], "categories": ["Lebensmittel > Gewürze"],
    "attributes": {"Zutaten": ["Zimt (40 %), Orangenschale, Gewürznelken, Sternanis, Kardamom"],
                   "Füllmenge": ["60 g"], "Abgepackt in": ["Österreich"]},
    "variants": single("GA-GLU60", "5.90", g(70)), "price": "5.90", "currency": "EUR",
}

# Luggage scale: Indian rupees, kg and lb, battery included.
L["Y30"] = {
    "title": "Digital Luggage Scale",
    "description_html": "<p>Hook your bag on and lift: weighs up to 50 kg (110 lb) in 10 g steps, with a "
                        "backlit screen and a tare button. A CR2032 battery is fitted.</p><p>Made in India.</p>",
    "vendor": "Tulā Travel", "product_type": "Luggage scale", "sku": "TT-LS50",
    "tags": ["travel", "luggage"], "categories": ["Travel > Accessories"],
    "attributes": {"Capacity": ["50 kg / 110 lb"], "Resolution": ["10 g"], "Battery": ["CR2032, included"]},
    "variants": single("TT-LS50", "1299.00", g(85)), "price": "1299.00", "currency": "INR",
}


def main():
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(L, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(L)} listings")


if __name__ == "__main__":
    main()
