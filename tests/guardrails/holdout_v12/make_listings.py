"""Write listings.json for guardrails holdout v12: 30 invented listings, W01..W30.

Run from this folder:  python make_listings.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per option combination; options is a list of dicts, prices a list of strings."""
    out = []
    for n, (opts, price) in enumerate(zip(options, prices, strict=True), 1):
        out.append({
            "sku": f"{sku}-{n}", "title": " / ".join(opts.values()), "price": price,
            "compare_at_price": compare, "options": opts, "weight": weight,
            "external_id": f"{sku.lower()}-v{n}",
        })
    return out


def single(sku, price, weight=None, compare=None, title="Default Title"):
    return [{"sku": sku, "title": title, "price": price, "compare_at_price": compare, "options": {},
             "weight": weight, "external_id": f"{sku.lower()}-v1"}]


def g(value, unit="g"):
    return {"value": value, "unit": unit}


L = {}

L["W01"] = {
    "external_id": "w01", "title": "Shizuoka First Flush Sencha 100 g", "vendor": "Hoshizora Tea",
    "product_type": "緑茶", "categories": ["食品 > お茶"], "tags": ["loose leaf", "green tea"],
    "description_html": "<p>Steamed green tea from the first spring picking (ichibancha), grown and rolled on one "
                        "family farm in Shizuoka. Brew at 70 °C for one minute; the leaves give three infusions.</p>"
                        "<p>Store in a cool, dry place and use within six months of opening.</p>",
    "attributes": {"Grade": ["First flush (ichibancha)"], "Net weight": ["100 g"], "産地": ["静岡県, 日本"],
                   "Brewing": ["70 °C, 1 minute"], "Caffeine": ["Contains caffeine"]},
    "variants": single("HZ-SEN100", "2400", g(130)), "price": "2400", "currency": "JPY", "weight": g(130),
}

L["W02"] = {
    "external_id": "w02", "title": "Bridle Leather Dog Collar", "vendor": "Barkley & Hound",
    "product_type": "Dog collar", "categories": ["Pets > Dogs > Collars"], "tags": ["handmade", "leather"],
    "description_html": "<p>A flat collar cut from vegetable-tanned bridle leather and hand-stitched with waxed "
                        "linen thread. Solid brass buckle and D-ring.</p><p>Wipe with a damp cloth and "
                        "condition now and then with leather balm. Take the collar off before crating your "
                        "dog.</p>",
    "options": {"Size": ["S", "M", "L"], "Colour": ["Chestnut", "Black"]},
    "attributes": {"Material": ["Vegetable-tanned bridle leather"], "Hardware": ["Solid brass buckle and D-ring"],
                   "Neck size": ["S: 30–38 cm", "M: 38–46 cm", "L: 46–56 cm"], "Width": ["25 mm"],
                   "Made in": ["Walsall, England"]},
    "variants": variants("BH-COL", [{"Size": s, "Colour": c} for s in ("S", "M", "L")
                                    for c in ("Chestnut", "Black")],
                         ["28.00", "28.00", "32.00", "32.00", "36.00", "36.00"], g(90)),
    "price": "28.00", "currency": "GBP",
}

L["W03"] = {
    "external_id": "w03", "title": "Vase Céladon Tourné Main", "vendor": "Atelier Grès",
    "product_type": "Vase", "categories": ["Maison > Décoration"], "tags": ["fait main", "grès"],
    "description_html": "<p>Vase tourné à la main dans notre atelier de La Borne. Chaque pièce est unique : "
                        "l'émail céladon peut varier d'une pièce à l'autre. Intérieur émaillé et étanche, il "
                        "accueille les fleurs fraîches.</p>",
    "attributes": {"Matière": ["Grès émaillé"], "Hauteur": ["22 cm"], "Diamètre": ["11 cm"],
                   "Émail": ["Céladon"], "Façonné à la main à": ["La Borne, France"],
                   "Entretien": ["Lavage à la main"]},
    "variants": single("AG-VC22", "64.00", g(900)), "price": "64.00", "currency": "EUR", "weight": g(900),
    "dimensions": {"length": None, "width": 11, "height": 22, "unit": "cm"},
}

L["W04"] = {
    "external_id": "w04", "title": "Stonewashed Linen Duvet Cover", "vendor": "Lina Hem",
    "product_type": "Påslakan", "categories": ["Hem > Sängkläder"], "tags": ["linen", "stonewashed"],
    "description_html": "<p>A stonewashed linen duvet cover that gets softer with every wash. The linen is woven "
                        "in Lithuania and the covers are sewn in our Borås workshop. Closes with wooden "
                        "buttons.</p><p>Pillowcases are sold separately.</p>",
    "options": {"Storlek": ["150x210 cm", "220x220 cm"], "Färg": ["Sand", "Salvia", "Vit"]},
    "attributes": {"Material": ["100 % linne"], "Ursprung": ["Vävt i Litauen, sytt i Sverige"],
                   "Skötsel": ["Tvätt 40 °C, torktumla på låg värme"], "Stängning": ["Knappar av trä"],
                   "Certifiering": ["OEKO-TEX Standard 100"]},
    "variants": variants("LH-DC", [{"Storlek": s, "Färg": c} for s in ("150x210 cm", "220x220 cm")
                                   for c in ("Sand", "Salvia", "Vit")],
                         ["1190.00"] * 3 + ["1490.00"] * 3, g(1100)),
    "price": "1190.00", "currency": "SEK",
}

L["W05"] = {
    "external_id": "w05", "title": "Hand-Knotted Wool Rug 160 x 230", "vendor": "Jharokha Weaves",
    "product_type": "Rug", "categories": ["Home > Rugs"], "tags": ["hand-knotted", "wool"],
    "description_html": "<p>Hand-knotted by weavers in Jaipur on a cotton warp, with a 12 mm pile of New "
                        "Zealand wool. About 100 knots per square inch.</p><p>Vacuum without the beater bar. "
                        "Professional cleaning only. Use a rug pad on hard floors.</p>",
    "attributes": {"Material": ["New Zealand wool pile", "Cotton warp"], "Technique": ["Hand-knotted"],
                   "Made in": ["Jaipur, India"], "Size": ["160 x 230 cm"], "Pile height": ["12 mm"],
                   "Colour": ["Indigo and ivory"]},
    "variants": single("JW-RUG160", "18500.00", g(14, "kg")), "price": "18500.00", "currency": "INR",
    "weight": g(14, "kg"), "dimensions": {"length": 230, "width": 160, "height": None, "unit": "cm"},
}

L["W06"] = {
    "external_id": "w06", "title": "Maré Drop Earrings", "vendor": "Marea Joias",
    "product_type": "Brincos", "categories": ["Joalharia > Brincos"], "tags": ["sterling silver", "nickel-free"],
    "description_html": "<p>Sterling silver drops with a rhodium finish, hand-finished in Porto. Nickel-free. "
                        "Sold as a pair.</p><p>Take them off before swimming or showering.</p>",
    "options": {"Pedra": ["Topázio azul", "Pérola de água doce"]},
    "attributes": {"Material": ["Prata 925"], "Banho": ["Ródio"], "Comprimento": ["18 mm"],
                   "Fecho": ["Gancho"], "Feito em": ["Porto, Portugal"]},
    "variants": variants("MJ-MARE", [{"Pedra": "Topázio azul"}, {"Pedra": "Pérola de água doce"}],
                         ["59.00", "65.00"], g(4)),
    "price": "59.00", "currency": "EUR",
}

L["W07"] = {
    "external_id": "w07", "title": "Lamplighters: A Trick-Taking Card Game", "vendor": "Tallowmere Games",
    "product_type": "Card game", "categories": ["Games > Card games"], "tags": ["family", "bilingual"],
    "description_html": "<p>A quick trick-taking game about rival lighthouse keepers. Rules in English and "
                        "French. Cards are 310 gsm with a linen finish.</p>",
    "attributes": {"Players": ["2–5"], "Ages": ["10+"], "Playing time": ["20–30 min"],
                   "Contents": ["110 cards", "1 score pad", "Rulebook"], "Printed in": ["Germany"],
                   "Designed in": ["Montréal, Canada"]},
    "variants": single("TG-LAMP", "29.99", g(320)), "price": "29.99", "currency": "CAD", "weight": g(320),
}

L["W08"] = {
    "external_id": "w08", "title": "Organic Muslin Swaddles, Pack of 3", "vendor": "Little Fern",
    "product_type": "Swaddle", "categories": ["Baby > Sleep"], "tags": ["organic cotton", "gots"],
    "description_html": "<p>Three large double-layer muslin squares in GOTS-certified organic cotton, each "
                        "120 x 120 cm. Use them for swaddling, as a light cover or for feeds.</p><p>Machine wash "
                        "warm, tumble dry low. They soften with every wash.</p>",
    "options": {"Pack": ["Meadow", "Shore"]},
    "attributes": {"Material": ["100% organic cotton muslin"], "Certification": ["GOTS"],
                   "Size": ["120 x 120 cm"], "Made in": ["India"],
                   "Pack colours": ["Meadow: sage, oat, cloud", "Shore: sea blue, sand, cloud"]},
    "variants": variants("LF-SW3", [{"Pack": "Meadow"}, {"Pack": "Shore"}], ["49.00", "49.00"], g(300)),
    "price": "49.00", "currency": "NZD",
}

L["W09"] = {
    "external_id": "w09", "title": "Sargol Saffron Threads 2 g", "vendor": "Zafaran Bazaar",
    "product_type": "Spice", "categories": ["Pantry > Spices"], "tags": ["vegan", "halal"],
    "description_html": "<p>Hand-picked red stigmas only, dried on the day of picking. Grade: Sargol, ISO 3632 "
                        "category I.</p><p>Store away from light in the tin. Best used within two years.</p>",
    "attributes": {"Origin": ["Khorasan, Iran"], "Grade": ["Sargol (ISO 3632 Category I)"],
                   "Net weight": ["2 g"], "Harvest": ["2026"], "Packaging": ["Tin"]},
    "variants": single("ZB-SAF2", "120.00", g(40)), "price": "120.00", "currency": "AED", "weight": g(40),
}

L["W10"] = {
    "external_id": "w10", "title": "Iris Nocturne Eau de Parfum", "vendor": "Maison Orvelle",
    "product_type": "Profumo", "categories": ["Bellezza > Profumi"], "tags": ["vegan", "cruelty-free"],
    "description_html": "<p>Powdery iris over cedar and musk, opened with bergamot and pink pepper. Vegan "
                        "formula, not tested on animals.</p><p>Contains alcohol: keep away from flames.</p>",
    "options": {"Formato": ["30 ml", "50 ml"]},
    "attributes": {"Concentrazione": ["Eau de parfum (18%)"], "Note di testa": ["Bergamotto, pepe rosa"],
                   "Note di cuore": ["Iris"], "Note di fondo": ["Cedro, muschio"],
                   "Prodotto in": ["Grasse, Francia"]},
    "variants": variants("MO-IRIS", [{"Formato": "30 ml"}, {"Formato": "50 ml"}], ["68.00", "95.00"]),
    "price": "68.00", "currency": "EUR",
}

L["W11"] = {
    "external_id": "w11", "title": "Solid Ash Walking Umbrella", "vendor": "Rainmaker & Sons",
    "product_type": "Umbrella", "categories": ["Accessories > Umbrellas"], "tags": ["windproof"],
    "description_html": "<p>A full-length umbrella with a solid ash shaft, a chestnut crook handle and eight "
                        "fibreglass ribs. Assembled in London on frames made in Italy. Wind-tested to "
                        "55 km/h.</p><p>Open it to dry; never store it wet and furled.</p>",
    "options": {"Colour": ["Navy", "Bottle Green", "Black"]},
    "attributes": {"Canopy": ["Polyester pongee"], "Shaft": ["Solid ash"], "Ribs": ["Fibreglass, 8 ribs"],
                   "Handle": ["Chestnut crook"], "Canopy diameter": ["105 cm"], "Closed length": ["88 cm"],
                   "Assembled in": ["London, England"], "Frame made in": ["Italy"]},
    "variants": variants("RS-ASH", [{"Colour": c} for c in ("Navy", "Bottle Green", "Black")],
                         ["85.00"] * 3, g(620)),
    "price": "85.00", "currency": "GBP", "weight": g(620),
}

L["W12"] = {
    "external_id": "w12", "title": "Holzeisenbahn Startset Bergbahn", "vendor": "Holzwerk Kinder",
    "product_type": "Holzeisenbahn", "categories": ["Spielzeug > Holzspielzeug"], "tags": ["holz", "ab 3"],
    "description_html": "<p>Startset mit Lok, zwei Waggons, Brücke und Schienen aus Buchenholz, lackiert mit "
                        "Farben auf Wasserbasis. Passt zu gängigen Holzeisenbahnen.</p><p>Achtung: Nicht für "
                        "Kinder unter 3 Jahren geeignet. Kleine Teile. Mit einem feuchten Tuch abwischen, nicht "
                        "in Wasser tauchen.</p>",
    "attributes": {"Material": ["Buchenholz", "Wasserbasierte Lacke"], "Teile": ["42"],
                   "Alter": ["ab 3 Jahren"], "Hergestellt in": ["Erzgebirge, Deutschland"],
                   "Kompatibel mit": ["gängigen Holzeisenbahnen"]},
    "variants": single("HK-BERG", "49.90", g(1.6, "kg")), "price": "49.90", "currency": "EUR",
    "weight": g(1.6, "kg"),
}

L["W13"] = {
    "external_id": "w13", "title": "Southerly 4/3 Chest-Zip Wetsuit", "vendor": "Kelp Line",
    "product_type": "Wetsuit", "categories": ["Surf > Wetsuits"], "tags": ["winter", "surf"],
    "description_html": "<p>A 4/3 mm full suit for winter surfing in water from 12 to 17 °C. Limestone-based "
                        "neoprene, glued and blind-stitched seams, chest-zip entry.</p><p>Rinse in fresh water "
                        "after every surf and dry inside out in the shade. Do not tumble dry.</p>",
    "options": {"Size": ["S", "M", "L", "XL"]},
    "attributes": {"Thickness": ["4/3 mm"], "Neoprene": ["Limestone-based neoprene"],
                   "Seams": ["Glued and blind-stitched"], "Entry": ["Chest zip"],
                   "Water temperature": ["12–17 °C"], "Colour": ["Black"]},
    "variants": variants("KL-S43", [{"Size": s} for s in ("S", "M", "L", "XL")], ["349.00"] * 4,
                         g(1.4, "kg"), compare="399.00"),
    "price": "349.00", "currency": "AUD",
}

L["W14"] = {
    "external_id": "w14", "title": "Leather Folio Case for iPhone 16", "vendor": "Fold & Field",
    "product_type": "Phone case", "categories": ["Electronics > Phone accessories"], "tags": ["leather"],
    "description_html": "<p>A folio case in full-grain leather over a polycarbonate shell, lined with microfibre. "
                        "Holds two cards. Works with Qi2 magnetic chargers. Drop-tested from 1.8 m.</p>",
    "options": {"Model": ["iPhone 16", "iPhone 16 Pro"], "Colour": ["Tan", "Espresso"]},
    "attributes": {"Material": ["Full-grain leather", "Polycarbonate shell", "Microfibre lining"],
                   "Card slots": ["2"], "Wireless charging": ["Qi2 compatible"], "Drop test": ["1.8 m"]},
    "variants": variants("FF-F16", [{"Model": m, "Colour": c} for m in ("iPhone 16", "iPhone 16 Pro")
                                    for c in ("Tan", "Espresso")], ["39.00"] * 4, g(70)),
    "price": "39.00", "currency": "USD",
}

L["W15"] = {
    "external_id": "w15", "title": "Webbing Camera Strap", "vendor": "Strapwright",
    "product_type": "카메라 스트랩", "categories": ["카메라 > 액세서리"], "tags": ["camera strap"],
    "description_html": "<p>A cotton webbing strap with cowhide leather ends for cameras with strap lugs. "
                        "Adjusts from 100 to 140 cm. Two split rings included.</p>",
    "options": {"색상": ["Charcoal", "Olive"]},
    "attributes": {"소재": ["Cotton webbing", "Cowhide leather ends"], "길이": ["100–140 cm"], "폭": ["38 mm"],
                   "최대 하중": ["5 kg"], "제조국": ["대한민국"]},
    "variants": variants("SW-CS", [{"색상": "Charcoal"}, {"색상": "Olive"}], ["69000", "69000"], g(85)),
    "price": "69000", "currency": "KRW",
}

L["W16"] = {
    "external_id": "w16", "title": "Pelota de Fútbol Entrenamiento N.º 5", "vendor": "Pampa Fútbol",
    "product_type": "Pelota de fútbol", "categories": ["Deportes > Fútbol"], "tags": ["talle 5"],
    "description_html": "<p>Pelota de entrenamiento para césped natural y sintético. Cubierta de poliuretano "
                        "termosellada, 12 paneles, cámara de butilo.</p><p>Inflar a 0,8 bar. No apta para "
                        "asfalto ni cemento.</p>",
    "attributes": {"Tamaño": ["5"], "Cubierta": ["Poliuretano termosellado"], "Paneles": ["12"],
                   "Cámara": ["Butilo"], "Peso": ["410–450 g"], "Hecho en": ["Sialkot, Pakistán"],
                   "Color": ["Blanco y celeste"]},
    "variants": single("PF-E5", "45000.00", g(430)), "price": "45000.00", "currency": "ARS",
}

L["W17"] = {
    "external_id": "w17", "title": "Handmade Watercolour Half Pan Set of 12", "vendor": "Pigment & Pine",
    "product_type": "Watercolour paints", "categories": ["Art supplies > Paint"], "tags": ["handmade"],
    "description_html": "<p>Twelve half pans of watercolour, hand-mulled with gum arabic and honey in our "
                        "Asheville studio. Every colour rates ASTM I or II for lightfastness. Comes in a "
                        "refillable aluminium tin.</p><p>Contains honey, so it is not vegan. Not a toy: for "
                        "artists 14 and up.</p>",
    "attributes": {"Pans": ["12 half pans"], "Binder": ["Gum arabic", "Honey"],
                   "Lightfastness": ["ASTM I or II"], "Tin": ["Aluminium, refillable"],
                   "Handmade in": ["Asheville, North Carolina"]},
    "variants": single("PP-WC12", "42.00", g(180)), "price": "42.00", "currency": "USD", "weight": g(180),
}

L["W18"] = {
    "external_id": "w18", "title": "Kerbstone Sans Font Family", "vendor": "Kernwerk Type",
    "product_type": "Font", "categories": ["Digital > Fonts"], "tags": ["downloadable", "virtual"],
    "description_html": "<p>A sturdy grotesque in four styles: Regular, Italic, Bold and Bold Italic. "
                        "620 glyphs covering more than 200 Latin-script languages.</p><p>Delivered as a ZIP "
                        "download after payment; nothing is posted. Minor updates are free. The licence is "
                        "perpetual and does not allow redistribution.</p>",
    "options": {"Licence": ["Desktop (1–3 users)", "Web (up to 10,000 monthly views)"]},
    "attributes": {"Formats": ["OTF", "WOFF2"], "Styles": ["4"], "Glyphs": ["620"],
                   "Licence": ["Perpetual, no redistribution"]},
    "variants": variants("KW-KERB", [{"Licence": "Desktop (1–3 users)"},
                                     {"Licence": "Web (up to 10,000 monthly views)"}], ["45.00", "60.00"]),
    "price": "45.00", "currency": "EUR",
}

L["W19"] = {
    "external_id": "w19", "title": "Layerforge K2 Core 3D Printer", "vendor": "Layerforge",
    "product_type": "External product", "categories": ["Electronics > 3D printers"], "tags": ["partner"],
    "description_html": "<p>A CoreXY 3D printer with a 256 x 256 x 256 mm build volume, printing at up to "
                        "500 mm/s. Hardened steel 0.4 mm nozzle. Prints PLA, PETG and TPU.</p><p>Sold and "
                        "shipped by our partner store, Voxel Depot; warranty and returns are handled by them.</p>",
    "attributes": {"Build volume": ["256 x 256 x 256 mm"], "Max speed": ["500 mm/s"],
                   "Nozzle": ["0.4 mm hardened steel"], "Filaments": ["PLA", "PETG", "TPU"],
                   "Motion": ["CoreXY"]},
    "price": "899.00", "currency": "USD",
}

L["W20"] = {
    "external_id": "w20", "title": "Photo & Slide Scanning Service", "vendor": "Archivo Lumen",
    "product_type": "Service", "categories": ["Services > Scanning"], "tags": ["service", "by post"],
    "description_html": "<p>Post us your prints and 35 mm slides; we scan them in our Cork studio and send "
                        "you a download link and a USB stick. Colour correction is included.</p><p>We do not "
                        "scan negatives larger than 35 mm or glass plates, and we do not repair tears or "
                        "scratches. Your originals come back by tracked post.</p>",
    "options": {"Package": ["Up to 100 items", "Up to 250 items"]},
    "attributes": {"Resolution": ["600 dpi for prints", "3000 dpi for slides"],
                   "Delivery": ["Download link", "USB stick"], "Turnaround": ["15 working days"],
                   "Studio": ["Cork, Ireland"]},
    "variants": variants("AL-SCAN", [{"Package": "Up to 100 items"}, {"Package": "Up to 250 items"}],
                         ["49.00", "99.00"]),
    "price": "49.00", "currency": "EUR",
}

L["W21"] = {
    "external_id": "w21", "title": "Waffle Hand Towel", "price": "12.00", "currency": "USD",
}

L["W22"] = {
    "external_id": "w22", "title": "Alpaca Scarf", "vendor": "Andes Loom",
    "attributes": {"Material": ["Baby alpaca"]}, "price": "289.00", "currency": "PEN",
}

L["W23"] = {
    "external_id": "w23", "title": "Oat Barrier Ritual Set", "vendor": "Kernow Botanic",
    "product_type": "Grouped product", "categories": ["Skincare > Sets"], "tags": ["vegan", "fragrance-free"],
    "description_html": "<p>A three-step routine for dry and sensitive skin, built around colloidal oat: "
                        "Oat Cream Cleanser (150 ml, £18), Oat Barrier Serum (30 ml, £26) and Oat Night Cream "
                        "(50 ml, £24). Each is sold on its own.</p><p>Fragrance-free and vegan; not tested on "
                        "animals. Patch test before first use.</p>",
    "attributes": {"Skin type": ["Dry", "Sensitive"], "Key ingredient": ["Colloidal oat"],
                   "Fragrance": ["Fragrance-free"], "Made in": ["Cornwall, England"]},
    "variants": [
        {"sku": "KB-CL150", "title": "Oat Cream Cleanser 150 ml", "price": "18.00", "compare_at_price": None,
         "options": {}, "weight": g(190), "external_id": "kb-cl150"},
        {"sku": "KB-SE30", "title": "Oat Barrier Serum 30 ml", "price": "26.00", "compare_at_price": None,
         "options": {}, "weight": g(80), "external_id": "kb-se30"},
        {"sku": "KB-NC50", "title": "Oat Night Cream 50 ml", "price": "24.00", "compare_at_price": None,
         "options": {}, "weight": g(110), "external_id": "kb-nc50"},
    ],
    "currency": "GBP",
}

L["W24"] = {
    "external_id": "w24", "title": "Scotch Bonnet & Mango Pepper Sauce", "vendor": "Pepperhill Kitchen",
    "product_type": "Hot sauce", "categories": ["Pantry > Sauces"], "tags": ["no added sugar"],
    "description_html": "<p>A fruity, fierce pepper sauce made in small batches in St. Elizabeth, Jamaica, "
                        "from Scotch bonnet peppers, ripe mango and lime. No added sugar and no "
                        "preservatives.</p><p>Refrigerate after opening and use within three months.</p>",
    "attributes": {"Ingredients": ["Scotch bonnet peppers, cane vinegar, mango, lime, garlic, salt"],
                   "Volume": ["150 ml"], "Heat": ["8/10"], "Made in": ["St. Elizabeth, Jamaica"]},
    "variants": single("PK-SBM150", "1450.00", g(320)), "price": "1450.00", "currency": "JMD",
}

L["W25"] = {
    "external_id": "w25", "title": "Reefwell Quartz Aquarium Heater", "vendor": "Reefwell",
    "product_type": "Aquarium heater", "categories": ["Pets > Aquarium > Heating"], "tags": ["submersible"],
    "description_html": "<p>A fully submersible heater in a shatter-resistant quartz tube, adjustable from 18 "
                        "to 34 °C. For freshwater and marine tanks. 1.8 m cable.</p><p>Unplug it and wait "
                        "30 minutes before taking it out of the water.</p>",
    "options": {"Wattage": ["50 W", "100 W", "200 W"]},
    "attributes": {"Tank size": ["50 W: up to 60 L", "100 W: up to 120 L", "200 W: up to 250 L"],
                   "Range": ["18–34 °C"], "Tube": ["Shatter-resistant quartz"], "Cable": ["1.8 m"],
                   "Warranty": ["3 years"]},
    "variants": variants("RW-QH", [{"Wattage": w} for w in ("50 W", "100 W", "200 W")],
                         ["34.99", "39.99", "49.99"], g(260)),
    "price": "34.99", "currency": "USD",
}

L["W26"] = {
    "external_id": "w26", "title": "Huopa Felted Wool Slippers", "vendor": "Villapuu",
    "product_type": "Tossut", "categories": ["Kengät > Tossut"], "tags": ["wool", "handmade"],
    "description_html": "<p>Slippers felted by hand from pure wool in our Jyväskylä workshop, on a natural "
                        "rubber sole. For indoor use only.</p>",
    "options": {"Koko": ["36–37", "38–39", "40–41", "42–43", "44–45"], "Väri": ["Harmaa", "Luonnonvalkoinen"]},
    "attributes": {"Materiaali": ["Huopa, 100 % villaa"], "Pohja": ["Luonnonkumi"], "Valmistettu": ["Suomessa"],
                   "Hoito": ["Käsinpesu"]},
    "variants": variants("VP-HUO", [{"Koko": k, "Väri": v} for k in ("36–37", "38–39", "40–41", "42–43", "44–45")
                                    for v in ("Harmaa", "Luonnonvalkoinen")], ["89.00"] * 10, g(380)),
    "price": "89.00", "currency": "EUR",
}

L["W27"] = {
    "external_id": "w27", "title": "Muay Thai Training Gloves", "vendor": "Chalerm Fightwear",
    "product_type": "Boxing gloves", "categories": ["Combat sports > Gloves"], "tags": ["muay thai"],
    "description_html": "<p>Training gloves made by hand in Bangkok from cowhide leather, with triple-layer "
                        "foam padding and a hook-and-loop closure.</p><p>Air-dry after training. Do not put "
                        "them in the washing machine.</p>",
    "options": {"Weight": ["10 oz", "12 oz", "14 oz", "16 oz"], "Colour": ["Red", "Black"]},
    "attributes": {"Material": ["Genuine cowhide leather"], "Padding": ["Triple-layer foam"],
                   "Closure": ["Hook-and-loop"], "Made in": ["Bangkok, Thailand"]},
    "variants": variants("CF-MT", [{"Weight": w, "Colour": c} for w in ("10 oz", "12 oz", "14 oz", "16 oz")
                                   for c in ("Red", "Black")], ["2890.00"] * 8),
    "price": "2890.00", "currency": "THB",
}

L["W28"] = {
    "external_id": "w28", "title": "Dressuur Zadeldek Classic", "vendor": "Hoefslag",
    "product_type": "Zadeldek", "categories": ["Paardensport > Zadeldekken"], "tags": ["dressuur"],
    "description_html": "<p>Een gewatteerd dressuurzadeldek met een buitenkant van katoen en een voering van "
                        "bamboeviscose. Vulling van 15 mm. Met singellussen.</p>",
    "options": {"Maat": ["Pony", "Full"], "Kleur": ["Marine", "Bordeaux"]},
    "attributes": {"Materiaal": ["Buitenkant: katoen", "Voering: bamboeviscose", "Vulling: 15 mm polyester"],
                   "Wassen": ["30 °C, niet in de droger"], "Gemaakt in": ["Portugal"]},
    "variants": variants("HS-ZDC", [{"Maat": m, "Kleur": k} for m in ("Pony", "Full")
                                    for k in ("Marine", "Bordeaux")], ["54.95", "54.95", "59.95", "59.95"]),
    "price": "54.95", "currency": "EUR",
}

L["W29"] = {
    "external_id": "w29", "title": "Ohmsworth TR-60 True RMS Multimeter", "vendor": "Ohmsworth",
    "product_type": "Multimeter", "categories": ["Tools > Electrical testing"], "tags": ["true rms"],
    "description_html": "<p>A true RMS digital multimeter with a 6000-count display, rated CAT III 600 V. "
                        "Measures voltage, current up to 10 A, resistance, capacitance and frequency, with "
                        "continuity and diode tests. Two AA batteries included.</p><p>Not for circuits above "
                        "600 V. Switches itself off after 15 minutes.</p>",
    "attributes": {"Safety rating": ["CAT III 600 V"], "Display": ["6000 counts"], "True RMS": ["Yes"],
                   "Battery": ["2 x AA (included)"], "Max current": ["10 A"], "Warranty": ["2 years"]},
    "variants": single("OW-TR60", "399.00", g(340)), "price": "399.00", "currency": "CNY", "weight": g(340),
}

L["W30"] = {
    "external_id": "w30", "title": "Paccheri di Gragnano IGP 500 g", "vendor": "Pastificio Valle Rossa",
    "product_type": "Pasta secca", "categories": ["Dispensa > Pasta"], "tags": ["vegan", "trafilata al bronzo"],
    "description_html": "<p>Paccheri trafilati al bronzo ed essiccati lentamente per 48 ore, con semola di grano "
                        "duro 100% italiano. Cottura: 13 minuti.</p><p>Contiene glutine. Può contenere tracce "
                        "di soia e senape.</p>",
    "attributes": {"Formato": ["Paccheri"], "Peso netto": ["500 g"],
                   "Ingredienti": ["Semola di grano duro", "Acqua"], "Trafilatura": ["Al bronzo"],
                   "Essiccazione": ["Lenta, 48 ore"], "Prodotto a": ["Gragnano, Italia"],
                   "Certificazione": ["Pasta di Gragnano IGP"]},
    "variants": single("VR-PAC500", "4.50", g(520)), "price": "4.50", "currency": "EUR", "weight": g(520),
}


def main():
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(L, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(L)} listings")


if __name__ == "__main__":
    main()
