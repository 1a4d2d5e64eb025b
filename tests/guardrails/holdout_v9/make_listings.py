"""Build listings.json for guardrails holdout v9: 30 invented listings, Z01..Z30.

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


def g(value, unit="g"):
    return {"value": value, "unit": unit}


L = {}

# Tile adhesive: German keys, kg, a standard, a negative fact; no colour option.
L["Z01"] = {
    "title": "Flexkleber C2TE 20 kg",
    "description_html": "<p>Cement-based flexible tile adhesive for floor and wall tiles indoors and outdoors, "
                        "classed C2TE under EN 12004. Open time 30 minutes, pot life about 4 hours once mixed.</p>"
                        "<p>Mix each 20 kg bag with 5.2 litres of clean water. Not suitable for glass mosaic.</p>",
    "vendor": "Baustoffe Kranzl", "product_type": "Tile adhesive", "sku": "BK-FK20",
    "tags": ["tiling", "diy"], "categories": ["Bauen > Fliesen > Fliesenkleber"],
    "attributes": {"Inhalt": ["20 kg"], "Norm": ["EN 12004 C2TE"], "Farbe": ["Grau"],
                   "Herstellungsland": ["Österreich"]},
    "variants": single("BK-FK20", "24.90", g(20, "kg")), "price": "24.90", "currency": "EUR",
    "weight": g(20, "kg"),
}

# Car wax: US units, negative fact, origin as a state.
L["Z02"] = {
    "title": "Carnauba Paste Wax 8 oz",
    "description_html": "<p>A hand-applied paste wax with Brazilian carnauba for clear coat and single-stage "
                        "paint. Contains no silicone and no abrasives, so it will not remove swirl marks.</p>"
                        "<p>Apply a thin coat to a cool, shaded panel, let it haze for 10 minutes and buff off. "
                        "One tin does about 8 full cars. Foam applicator included.</p>",
    "vendor": "Lakeshore Detail Co.", "product_type": "Car wax", "sku": "LDC-PW8",
    "tags": ["car care", "detailing"], "categories": ["Automotive > Car Care > Wax"],
    "attributes": {"Net weight": ["8 oz"], "Made in": ["Michigan, USA"]},
    "variants": single("LDC-PW8", "26.99", g(12, "oz")), "price": "26.99", "currency": "USD",
    "weight": g(12, "oz"),
}

# Cast-iron teapot: yen, litres, colour options, enamel lining, a care negative.
L["Z03"] = {
    "title": "Cast Iron Teapot Arare 0.9 L",
    "description_html": "<p>A cast-iron teapot with the hobnail arare pattern and an enamelled interior, made "
                        "in Iwate Prefecture. Holds 0.9 litres, about four cups. A stainless-steel infuser "
                        "basket is included.</p><p>For brewing only: do not heat on a stove or an open flame. "
                        "Rinse with warm water and dry straight away; no soap, no dishwasher.</p>",
    "vendor": "Morioka Tetsuki", "product_type": "Teapot", "sku": "MT-ARA09",
    "tags": ["tea", "tea ware", "cast iron"], "categories": ["Kitchen > Tea ware > Teapots"],
    "options": {"Colour": ["Black", "Rust Brown"]},
    "attributes": {"Capacity": ["0.9 L"], "Material": ["Cast iron, enamel interior"],
                   "Infuser": ["Stainless steel"]},
    "variants": variants("MT-ARA09", {"Colour": ["Black", "Rust Brown"]}, "8800", g(1.3, "kg")),
    "price": "8800", "currency": "JPY", "weight": g(1.3, "kg"),
    "dimensions": {"length": 18, "width": 15, "height": 11, "unit": "cm"},
}

# Pillow: GBP, variants with different prices, a care instruction split between cover and core.
L["Z04"] = {
    "title": "Contour Memory Foam Pillow",
    "description_html": "<p>A contoured memory-foam pillow for back and side sleepers, 60 x 40 cm and 12 cm at "
                        "the high edge. Choose Medium or Firm.</p><p>The zipped cover is 70% bamboo viscose and "
                        "30% polyester and can be washed at 40 °C. The foam core must not be washed.</p>",
    "vendor": "Hushwell", "product_type": "Pillow", "sku": "HW-CP",
    "tags": ["sleep", "pillow"], "categories": ["Home > Bedroom > Pillows"],
    "options": {"Firmness": ["Medium", "Firm"]},
    "attributes": {"Core": ["Memory foam, 50 kg/m³"], "Cover": ["70% bamboo viscose, 30% polyester"]},
    "variants": variants("HW-CP", {"Firmness": ["Medium", "Firm"]}, "39.00", g(1.4, "kg"),
                         prices={"Firm": "42.00"}),
    "price": "39.00", "currency": "GBP", "weight": g(1.4, "kg"),
    "dimensions": {"length": 60, "width": 40, "height": 12, "unit": "cm"},
}

# Vintage denim jacket: one of a kind, CAD, inches, a decade, wear noted.
L["Z05"] = {
    "title": "Vintage 1980s Denim Trucker Jacket, Size M",
    "description_html": "<p>One-of-a-kind trucker jacket from the 1980s in mid-wash denim, with a made-in-USA "
                        "label. Four metal buttons on the front and two chest pockets with button flaps.</p><p>"
                        "Measured flat: 22 in pit to pit, 24 in long from the back of the collar, sleeves 24.5 "
                        "in. Light fading at the cuffs and a small repaired spot on the left pocket.</p>",
    "vendor": "Second Stitch Vintage", "product_type": "Jacket", "sku": "SSV-J0412",
    "tags": ["vintage", "denim", "1980s", "one of a kind"], "categories": ["Vintage > Men > Jackets"],
    "attributes": {"Size": ["M"], "Material": ["100% cotton denim"], "Era": ["1980s"],
                   "Condition": ["Very good, light wear"]},
    "variants": single("SSV-J0412", "85.00", g(850)), "price": "85.00", "currency": "CAD",
}

# Thumb grips: AUD, counts, compatibility with an explicit exclusion.
L["Z06"] = {
    "title": "Silicone Thumb Grips, 8 Pack",
    "description_html": "<p>Eight silicone caps that slip over controller thumbsticks for more grip: four "
                        "raised and four concave. They fit PS5 and Xbox Series X|S controllers. They do not "
                        "fit Nintendo Switch Joy-Con.</p>",
    "vendor": "Pixelforge", "product_type": "Thumb grips", "sku": "PF-TG8",
    "tags": ["gaming", "controller accessories"], "categories": ["Gaming > Accessories > Controller grips"],
    "options": {"Colour": ["Black", "Red"]},
    "attributes": {"Material": ["Silicone"], "Pieces": ["8"], "Heights": ["4 raised (4 mm), 4 concave"]},
    "variants": variants("PF-TG8", {"Colour": ["Black", "Red"]}, "12.95", g(20)),
    "price": "12.95", "currency": "AUD",
}

# Balloons: Mexican pesos, Spanish keys, a safety warning, inches.
L["Z07"] = {
    "title": "Globos de látex pastel, 50 piezas",
    "description_html": "<p>Fifty 12 in latex balloons in five pastel shades, ten of each: pink, mint, lilac, "
                        "butter yellow and sky blue. Filled with helium they float for about 8 hours; with air "
                        "they last for days.</p><p>Warning: choking hazard. Children under 8 years can choke on "
                        "uninflated or broken balloons; adult supervision required.</p>",
    "vendor": "Fiesta Nube", "product_type": "Globos", "sku": "FN-PAS50",
    "tags": ["fiesta", "globos", "látex"], "categories": ["Fiestas > Globos"],
    "attributes": {"Cantidad": ["50 globos"], "Tamaño": ["12 pulgadas"], "Material": ["Látex natural"],
                   "Colores": ["Rosa, menta, lila, amarillo, azul cielo"]},
    "variants": single("FN-PAS50", "149.00", g(140)), "price": "149.00", "currency": "MXN",
}

# Grouped product, Polish złoty, children priced one by one, no product price.
L["Z08"] = {
    "title": "Zestaw geometryczny do szkoły",
    "description_html": "<p>A geometry set for school sold as three pieces you can buy one by one: a metal "
                        "compass with a spare lead (12,99 zł), a 180° protractor (4,49 zł) and a 30 cm ruler with "
                        "millimetre marks (5,99 zł).</p>",
    "vendor": "Szkolny Kąt", "product_type": "Grouped product", "sku": "SK-GEO",
    "tags": ["szkoła", "geometria"], "categories": ["Szkoła > Przybory > Geometria"],
    "attributes": {"Elementy": ["cyrkiel, kątomierz 180°, linijka 30 cm"], "Kraj produkcji": ["Polska"]},
    "variants": [
        {"sku": "SK-GEO-CYR", "title": "Cyrkiel metalowy", "price": "12.99", "compare_at_price": None,
         "options": {"Element": "Cyrkiel"}, "weight": g(60), "external_id": "sk-geo-v1"},
        {"sku": "SK-GEO-KAT", "title": "Kątomierz 180°", "price": "4.49", "compare_at_price": None,
         "options": {"Element": "Kątomierz"}, "weight": g(15), "external_id": "sk-geo-v2"},
        {"sku": "SK-GEO-LIN", "title": "Linijka 30 cm", "price": "5.99", "compare_at_price": None,
         "options": {"Element": "Linijka"}, "weight": g(25), "external_id": "sk-geo-v3"},
    ],
    "price": None, "currency": "PLN",
}

# Shower mixer: GBP, imperial fitting sizes, bar pressure, warranty, certification.
L["Z09"] = {
    "title": "Thermostatic Bar Shower Mixer",
    "description_html": "<p>An exposed bar valve that holds the water at the set temperature, with a safety "
                        "stop at 38 °C. Solid brass body with a chrome finish. 1/2 in BSP inlets at 150 mm "
                        "centres.</p><p>Needs at least 1 bar of water pressure; not suitable for gravity-fed "
                        "systems below that. WRAS approved. 5-year guarantee on the valve.</p>",
    "vendor": "Calderbrook", "product_type": "Shower valve", "sku": "CB-TBV150",
    "tags": ["bathroom", "shower", "thermostatic"], "categories": ["Bathroom > Showers > Valves"],
    "attributes": {"Body": ["Brass"], "Finish": ["Chrome"], "Connections": ["1/2 in BSP, 150 mm centres"],
                   "Minimum pressure": ["1 bar"], "Approval": ["WRAS"], "Guarantee": ["5 years"]},
    "variants": single("CB-TBV150", "119.00", g(2.1, "kg")), "price": "119.00", "currency": "GBP",
}

# Smoked paprika: Spanish keys, a protected origin, one ingredient, euros; no colour, no material.
L["Z10"] = {
    "title": "Pimentón de la Vera Dulce 75 g",
    "description_html": "<p>Sweet smoked paprika from La Vera, dried slowly over oak smoke. Ingredients: "
                        "smoked sweet paprika (100%). No salt, no additives.</p><p>Protected Designation of "
                        "Origin (DOP Pimentón de la Vera). Keep the tin closed and away from light.</p>",
    "vendor": "Ahumados Jaraíz", "product_type": "Spice", "sku": "AJ-PVD75",
    "tags": ["spices", "paprika", "vegan"], "categories": ["Despensa > Especias"],
    "attributes": {"Peso neto": ["75 g"], "Origen": ["Cáceres, España"], "Picante": ["Dulce (suave)"]},
    "variants": single("AJ-PVD75", "4.60", g(110)), "price": "4.60", "currency": "EUR",
}

# Spice blend: NZD, an ingredient list, an allergen note; no colour, no material.
L["Z11"] = {
    "title": "Ras el Hanout Spice Blend 50 g",
    "description_html": "<p>A warm North African blend for tagines, roast vegetables and lamb. Ingredients: "
                        "coriander, cumin, ginger, cinnamon, turmeric, black pepper, cardamom, cloves, rose "
                        "petals. No added salt.</p><p>Blended and packed in Nelson in a kitchen that also "
                        "handles mustard and sesame.</p>",
    "vendor": "Tasman Spice Room", "product_type": "Spice blend", "sku": "TSR-REH50",
    "tags": ["spice blend", "salt-free"], "categories": ["Pantry > Spices > Blends"],
    "attributes": {"Net weight": ["50 g"], "Packed in": ["Nelson, New Zealand"]},
    "variants": single("TSR-REH50", "9.50", g(70)), "price": "9.50", "currency": "NZD",
}

# Rug: Swedish kronor, sizes with different prices, wool origin and knotting place differ.
L["Z12"] = {
    "title": "Handknuten ullmatta Fjällgrå",
    "description_html": "<p>A hand-knotted rug of 100% New Zealand wool, knotted in Kathmandu, Nepal, with 60 "
                        "knots per square inch and a 12 mm pile. Grey with an undyed cream border.</p><p>Use a "
                        "non-slip underlay (not included). Vacuum without the beater bar; professional cleaning "
                        "only.</p>",
    "vendor": "Nordmatta", "product_type": "Rug", "sku": "NM-FG",
    "tags": ["rug", "wool", "handknuten"], "categories": ["Hem > Mattor"],
    "options": {"Storlek": ["160 x 230 cm", "200 x 300 cm"]},
    "attributes": {"Material": ["100% ull från Nya Zeeland"], "Tillverkad i": ["Nepal"], "Lugg": ["12 mm"],
                   "Färg": ["Grå med naturvit kant"]},
    "variants": variants("NM-FG", {"Storlek": ["160 x 230 cm", "200 x 300 cm"]}, "6995", g(9, "kg"),
                         prices={"200 x 300 cm": "10995"}),
    "price": "6995", "currency": "SEK",
}

# Smart plug: EUR, pack variants at different prices, a radio limit, named ecosystems and one not.
L["Z13"] = {
    "title": "Smart Plug mit Verbrauchsmessung",
    "description_html": "<p>A Wi-Fi smart plug for Schuko (Type F) sockets, rated 16 A / 3680 W, with energy "
                        "monitoring in the app. Works with Amazon Alexa and Google Home; not with Apple HomeKit. "
                        "Connects on 2.4 GHz Wi-Fi only.</p><p>Indoor use only.</p>",
    "vendor": "Steckwerk", "product_type": "Smart plug", "sku": "SW-SP16",
    "tags": ["smart home", "energy monitoring"], "categories": ["Smart Home > Steckdosen"],
    "options": {"Packung": ["1 Stück", "2 Stück"]},
    "attributes": {"Nennstrom": ["16 A"], "Max. Leistung": ["3680 W"], "WLAN": ["2,4 GHz"],
                   "Stecker": ["Typ F (Schuko)"], "Farbe": ["Weiß"]},
    "variants": variants("SW-SP16", {"Packung": ["1 Stück", "2 Stück"]}, "17.99", g(95),
                         prices={"2 Stück": "29.99"}),
    "price": "17.99", "currency": "EUR",
}

# Perfume: French keys, an INCI list, origin in French; no colour, no material.
L["Z14"] = {
    "title": "Eau de Parfum Cèdre Fumé 50 ml",
    "description_html": "<p>A woody eau de parfum: bergamot at the top, smoked cedar and vetiver at the heart, "
                        "a base of labdanum. Fabriqué à Grasse.</p><p>Ingredients: Alcohol Denat., Parfum, Aqua, "
                        "Limonene, Linalool, Citral, Coumarin.</p>",
    "vendor": "Maison Ombrelle", "product_type": "Eau de parfum", "sku": "MO-CF50",
    "tags": ["parfum", "boisé"], "categories": ["Beauté > Parfums"],
    "attributes": {"Contenance": ["50 ml"], "Famille olfactive": ["Boisé"], "Concentration": ["Eau de parfum"]},
    "variants": single("MO-CF50", "78.00", g(260)), "price": "78.00", "currency": "EUR",
}

# Baby carrier: USD, kg and lb, a standard, organic-cotton certification, an age limit on back carry.
L["Z15"] = {
    "title": "Ergonomic Baby Carrier",
    "description_html": "<p>A soft structured carrier for babies from 3.5 to 15 kg (7.7 to 33 lb), with front "
                        "inward, hip and back carry positions. Back carry from 6 months only. Tested to EN "
                        "13209-2:2015.</p><p>Body fabric: 100% organic cotton, GOTS certified. Padded waist belt "
                        "fits waists 66-140 cm. Machine wash cold.</p>",
    "vendor": "Kinfold", "product_type": "Baby carrier", "sku": "KF-EBC",
    "tags": ["baby", "babywearing", "organic cotton"], "categories": ["Baby > Carriers"],
    "options": {"Colour": ["Sand", "Navy"]},
    "attributes": {"Weight range": ["3.5-15 kg"], "Fabric": ["100% organic cotton (GOTS)"],
                   "Standard": ["EN 13209-2:2015"]},
    "variants": variants("KF-EBC", {"Colour": ["Sand", "Navy"]}, "139.00", g(680)),
    "price": "139.00", "currency": "USD", "weight": g(680),
}

# Hiking poles: Norwegian keys, kroner, weight per pole, sold as a pair.
L["Z16"] = {
    "title": "Karbon turstaver, 3-delt (par)",
    "description_html": "<p>A pair of three-section carbon hiking poles that adjust from 100 to 135 cm with "
                        "flick locks and fold down to 62 cm. Cork grips, tungsten carbide tips, rubber feet and "
                        "trekking baskets included.</p>",
    "vendor": "Fjellgang", "product_type": "Hiking poles", "sku": "FG-KS3",
    "tags": ["hiking", "trekking poles"], "categories": ["Friluft > Turstaver"],
    "attributes": {"Materiale": ["Karbon"], "Lengde": ["100-135 cm"], "Pakkmål": ["62 cm"],
                   "Vekt": ["210 g per stav"], "Håndtak": ["Kork"]},
    "variants": single("FG-KS3", "1199.00", g(420)), "price": "1199.00", "currency": "NOK",
}

# Wall paint: GBP, litres, coverage, drying times, colours, an exterior exclusion.
L["Z17"] = {
    "title": "Chalky Matt Wall Paint 2.5 L",
    "description_html": "<p>A water-based matt emulsion for interior walls and ceilings with a chalky, flat "
                        "finish. Covers about 12 m² per litre per coat; touch dry in 2 hours, recoat after 4 "
                        "hours. VOC content below 1 g/L.</p><p>For interior use only. Clean brushes with water."
                        "</p>",
    "vendor": "Hollin & Pye", "product_type": "Wall paint", "sku": "HP-CM25",
    "tags": ["paint", "interior", "matt"], "categories": ["DIY > Paint > Walls"],
    "options": {"Colour": ["Oat Milk", "Slate Blue", "Moss"]},
    "attributes": {"Volume": ["2.5 L"], "Finish": ["Matt"], "Coverage": ["12 m²/L"], "VOC": ["<1 g/L"]},
    "variants": variants("HP-CM25", {"Colour": ["Oat Milk", "Slate Blue", "Moss"]}, "36.00", g(3.4, "kg")),
    "price": "36.00", "currency": "GBP",
}

# Stoneware mug: GBP, ml, dishwasher yes, microwave no, origin in the description only.
L["Z18"] = {
    "title": "Hand-Thrown Stoneware Mug 350 ml",
    "description_html": "<p>Each mug is thrown on the wheel in our Stoke-on-Trent studio, so no two are quite "
                        "the same. Holds 350 ml. Dishwasher safe. Not for the microwave: the speckled glazes "
                        "contain iron.</p>",
    "vendor": "Fettle Pottery", "product_type": "Mug", "sku": "FP-MUG350",
    "tags": ["ceramics", "handmade", "stoneware"], "categories": ["Home > Ceramics > Mugs"],
    "options": {"Glaze": ["Speckled Oat", "Tenmoku Brown"]},
    "attributes": {"Material": ["Stoneware"], "Capacity": ["350 ml"]},
    "variants": variants("FP-MUG350", {"Glaze": ["Speckled Oat", "Tenmoku Brown"]}, "24.00", g(420)),
    "price": "24.00", "currency": "GBP",
}

# Poultry drinker: CAD, litres and US gallons, a frost warning.
L["Z19"] = {
    "title": "Poultry Drinker 10 L",
    "description_html": "<p>A 10 litre (2.6 US gal) drinker for chickens and ducks, with a screw-on base and a "
                        "carry handle. Made of BPA-free polypropylene. Serves up to 20 birds.</p><p>Not frost-"
                        "proof: bring it in or empty it when temperatures drop below freezing.</p>",
    "vendor": "Prairie Coop Supply", "product_type": "Poultry drinker", "sku": "PCS-PD10",
    "tags": ["poultry", "farm supplies"], "categories": ["Farm > Poultry > Drinkers"],
    "options": {"Colour": ["Red"]},
    "attributes": {"Capacity": ["10 L"], "Material": ["Polypropylene"]},
    "variants": single("PCS-PD10", "34.50", g(1.1, "kg")), "price": "34.50", "currency": "CAD",
}

# Electric fence tape: Dutch keys, euros with a decimal comma in the text, metric widths.
L["Z20"] = {
    "title": "Schrikdraadlint 12 mm x 200 m",
    "description_html": "<p>White polyethylene fence tape, 12 mm wide, on a 200 m reel, with four 0,16 mm "
                        "stainless-steel conductors woven in. Resistance 0,15 ohm/m. For temporary paddocks for "
                        "horses and cattle; use with an energiser (not included).</p><p>Prijs: 21,95 €.</p>",
    "vendor": "Weidewacht", "product_type": "Fence tape", "sku": "WW-LT12",
    "tags": ["schrikdraad", "omheining"], "categories": ["Boerderij > Schrikdraad > Lint"],
    "attributes": {"Breedte": ["12 mm"], "Lengte": ["200 m"], "Geleiders": ["4 x 0,16 mm rvs"],
                   "Weerstand": ["0,15 ohm/m"], "Kleur": ["Wit"]},
    "variants": single("WW-LT12", "21.95", g(1.2, "kg")), "price": "21.95", "currency": "EUR",
}

# Download: printable invitations, nothing posted, licence terms; no colour, no material.
L["Z21"] = {
    "title": "Printable Party Invitation Templates (12 Designs)",
    "description_html": "<p>Twelve editable invitation designs as a PDF and a Canva template link, each in A5 "
                        "and 5 x 7 in. Edit the wording, then print at home or at a print shop.</p><p>Instant "
                        "download; nothing is posted. For personal use only: not for resale or client work.</p>",
    "vendor": "Paper Lantern Studio", "product_type": "Digital download", "sku": "PLS-INV12",
    "tags": ["downloadable", "virtual", "party", "printable"], "categories": ["Digital > Party printables"],
    "attributes": {"Format": ["PDF, Canva template"], "Sizes": ["A5, 5 x 7 in"], "Designs": ["12"]},
    "variants": single("PLS-INV12", "9.00"), "price": "9.00", "currency": "USD",
}

# Service: paint colour matching by post, priced per number of samples, exclusions.
L["Z22"] = {
    "title": "Paint Colour Matching Service",
    "description_html": "<p>Post us a sample of the colour you want (at least 2 x 2 cm, paper, fabric or a paint "
                        "chip) and we will match it and send you a colour code for any of our wall paints within "
                        "5 working days of receiving it.</p><p>We cannot match metallic or fluorescent colours. "
                        "The paint itself is ordered separately.</p>",
    "vendor": "Hollin & Pye", "product_type": "Service", "sku": "HP-MATCH",
    "tags": ["service", "paint"], "categories": ["DIY > Paint > Services"],
    "options": {"Samples": ["1 sample", "3 samples"]},
    "variants": variants("HP-MATCH", {"Samples": ["1 sample", "3 samples"]}, "8.00",
                         prices={"3 samples": "20.00"}),
    "price": "8.00", "currency": "GBP",
}

# External product: gaming headset bought from its maker; no SKU.
L["Z23"] = {
    "title": "Kestrel Wired Gaming Headset",
    "description_html": "<p>A closed-back wired headset with 50 mm drivers, a detachable boom microphone and a "
                        "single 3.5 mm four-pole plug for PC, consoles and phones. Not wireless. Sold and shipped "
                        "by Kestrel Audio through their own shop.</p>",
    "vendor": "Kestrel Audio", "product_type": "External product", "sku": "",
    "tags": ["gaming", "headset", "external"], "categories": ["Gaming > Audio"],
    "attributes": {"Drivers": ["50 mm"], "Connection": ["3.5 mm jack, 4-pole"], "Cable": ["2 m"]},
    "variants": [], "price": "59.00", "currency": "USD",
}

# Event ticket: tea tasting, dates as options, euros, times, a cap on guests; no colour, no material.
L["Z24"] = {
    "title": "Oolong Tasting Evening, Vienna",
    "description_html": "<p>Two hours of gongfu-style tasting: six oolongs from Taiwan and Fujian, brewed at the "
                        "table, with small snacks. At our tea room in Wien-Neubau, 19:00 to 21:00. At most 10 "
                        "guests. Ages 16 and up.</p><p>Tickets can be moved to another date up to 48 hours "
                        "before; no refunds.</p>",
    "vendor": "Teestube Lindengasse", "product_type": "Event ticket", "sku": "TL-OOL",
    "tags": ["event", "tea tasting"], "categories": ["Veranstaltungen > Verkostungen"],
    "options": {"Datum": ["14. Januar 2027", "11. Februar 2027", "11. März 2027"]},
    "variants": variants("TL-OOL", {"Datum": ["14. Januar 2027", "11. Februar 2027", "11. März 2027"]},
                         "35.00"),
    "price": "35.00", "currency": "EUR",
}

# Thin listing: a title and a price only.
L["Z25"] = {
    "title": "Rubber Door Wedge",
    "price": "4.50", "currency": "USD",
}

# Thin listing: a title, a vendor, one attribute and a price.
L["Z26"] = {
    "title": "Long-Handled Shoe Horn",
    "vendor": "Brogue & Last",
    "attributes": {"Length": ["42 cm"]},
    "price": "14.00", "currency": "GBP",
}

# Grouped tea ware: Czech koruna, Czech keys, children priced one by one, no product price.
L["Z27"] = {
    "title": "Sada pro gongfu čaj",
    "description_html": "<p>A gongfu tea set in three pieces sold one by one: a porcelain gaiwan of 120 ml "
                        "(390 Kč), a glass fair cup of 200 ml (290 Kč) and a bamboo tea tray with a water "
                        "drawer, 30 x 20 cm (890 Kč).</p>",
    "vendor": "Čajovna U Kamene", "product_type": "Grouped product", "sku": "CUK-GF",
    "tags": ["čaj", "gongfu"], "categories": ["Čaj > Nádobí"],
    "attributes": {"Objem gaiwanu": ["120 ml"], "Objem konvičky": ["200 ml"], "Podnos": ["30 x 20 cm"]},
    "variants": [
        {"sku": "CUK-GF-GAI", "title": "Gaiwan 120 ml", "price": "390.00", "compare_at_price": None,
         "options": {"Kus": "Gaiwan"}, "weight": g(180), "external_id": "cuk-gf-v1"},
        {"sku": "CUK-GF-CHA", "title": "Fair cup 200 ml", "price": "290.00", "compare_at_price": None,
         "options": {"Kus": "Fair cup"}, "weight": g(150), "external_id": "cuk-gf-v2"},
        {"sku": "CUK-GF-POD", "title": "Bambusový podnos", "price": "890.00", "compare_at_price": None,
         "options": {"Kus": "Podnos"}, "weight": g(900), "external_id": "cuk-gf-v3"},
    ],
    "price": None, "currency": "CZK",
}

# School backpack: AUD, litres, ages, recycled material stated as a count of bottles, water resistance.
L["Z28"] = {
    "title": "Kids' School Backpack 18 L",
    "description_html": "<p>An 18 litre backpack for children aged 6 to 10 that takes A4 folders. The fabric is "
                        "polyester made from 12 recycled plastic bottles. Reflective strips front and back, a "
                        "padded back panel and a chest strap. Weighs 480 g.</p><p>Water-resistant, not "
                        "waterproof. Wipe clean.</p>",
    "vendor": "Little Trek", "product_type": "Backpack", "sku": "LT-SB18",
    "tags": ["school", "kids", "recycled"], "categories": ["School > Bags"],
    "options": {"Colour": ["Teal", "Mustard", "Navy"]},
    "attributes": {"Capacity": ["18 L"], "Material": ["Recycled polyester"], "Ages": ["6-10"],
                   "Weight": ["480 g"]},
    "variants": variants("LT-SB18", {"Colour": ["Teal", "Mustard", "Navy"]}, "49.95", g(480)),
    "price": "49.95", "currency": "AUD", "weight": g(480),
}

# Gaming mouse pad: Italian keys, millimetres, origin as "Prodotto in".
L["Z29"] = {
    "title": "Tappetino da gioco XXL 900 x 400 mm",
    "description_html": "<p>A desk-sized cloth mouse pad, 900 x 400 mm and 4 mm thick, with stitched edges so "
                        "they do not fray and a natural rubber base that stays put. Hand wash in lukewarm "
                        "water and let it dry flat.</p>",
    "vendor": "Scrivania Pro", "product_type": "Mouse pad", "sku": "SP-XXL94",
    "tags": ["gaming", "mouse pad"], "categories": ["Gaming > Accessori > Tappetini"],
    "attributes": {"Dimensioni": ["900 x 400 x 4 mm"], "Superficie": ["Tessuto"], "Base": ["Gomma naturale"],
                   "Prodotto in": ["Taiwan"], "Colore": ["Nero"]},
    "variants": single("SP-XXL94", "29.90", g(900)), "price": "29.90", "currency": "EUR",
}

# Weighted blanket: US units first, a child-safety limit, glass beads, cover care.
L["Z30"] = {
    "title": "Weighted Blanket 15 lb, 48 x 72 in",
    "description_html": "<p>A 15 lb weighted blanket, 48 x 72 in, filled with glass microbeads sewn into 5 in "
                        "squares so the weight stays even. Pick a weight of about 10% of your body weight.</p>"
                        "<p>The cotton cover is removable and machine washable; spot clean the inner blanket. "
                        "Not for children under 3 or anyone who cannot lift it off on their own.</p>",
    "vendor": "Stillnight", "product_type": "Weighted blanket", "sku": "SN-WB15",
    "tags": ["sleep", "weighted blanket"], "categories": ["Home > Bedding > Blankets"],
    "options": {"Colour": ["Charcoal", "Sage"]},
    "attributes": {"Weight": ["15 lb"], "Size": ["48 x 72 in"], "Filling": ["Glass microbeads"],
                   "Cover": ["100% cotton"]},
    "variants": variants("SN-WB15", {"Colour": ["Charcoal", "Sage"]}, "119.00", g(15, "lb")),
    "price": "119.00", "currency": "USD", "weight": g(15, "lb"),
    "dimensions": {"length": 72, "width": 48, "height": None, "unit": "in"},
}


def main():
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(L, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(L)} listings")


if __name__ == "__main__":
    main()
