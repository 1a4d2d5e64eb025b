"""Build listings.json for guardrails holdout v6: 30 invented listings, W01..W30.

Every vendor, product and figure here is made up for this set. Run from this folder:
    python make_listings.py
"""
import itertools
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, price, weight=None, prices=None, weights=None, compare=None):
    """One variant per combination of option values; `prices`/`weights` map one option value to its own."""
    names = list(options)
    out = []
    for n, combo in enumerate(itertools.product(*(options[k] for k in names)), 1):
        p, w = price, weight
        for value in combo:
            if prices and value in prices:
                p = prices[value]
            if weights and value in weights:
                w = weights[value]
        out.append({"sku": f"{sku}-{n:02d}", "title": " / ".join(combo), "price": p, "compare_at_price": compare,
                    "options": dict(zip(names, combo, strict=True)), "weight": w,
                    "external_id": f"{sku.lower()}-v{n}"})
    return out


def single(sku, price, weight=None, compare=None, title="Default Title"):
    return [{"sku": sku, "title": title, "price": price, "compare_at_price": compare, "options": {},
             "weight": weight, "external_id": f"{sku.lower()}-v1"}]


def g(value, unit="g"):
    return {"value": value, "unit": unit}


L = {}

# E-bike battery: decimal commas, kWh, km, trailing euro sign, no colour.
L["W01"] = {
    "external_id": "gid://shopify/Product/9101",
    "title": "Rahmenakku 36 V 13,4 Ah – E-Bike Frame Battery",
    "description_html": (
        "<p>A replacement frame battery for e-bikes with the Voltra DX mount. 36 V and 13,4 Ah give "
        "482 Wh, good for roughly 60–110 km of assisted riding depending on mode, load and terrain.</p>"
        "<p>A full charge takes about 5,5 hours with the 2 A charger (charger sold separately). Store at "
        "10–25 &deg;C, half charged, if you will not ride for a month or more.</p>"
        "<p>Price: 449,00 &euro; incl. VAT.</p>"),
    "vendor": "Stromrad",
    "product_type": "E-bike battery",
    "sku": "SR-36134",
    "tags": ["e-bike", "lithium-ion"],
    "categories": ["Fahrrad > E-Bike > Akkus"],
    "options": {},
    "attributes": {"Spannung": ["36 V"], "Kapazität": ["13,4 Ah / 482 Wh"], "Zellen": ["Lithium-ion 21700"],
                   "Kompatibel mit": ["Voltra DX frame mount"], "Garantie": ["2 Jahre / 500 Ladezyklen"],
                   "Zertifizierung": ["UN 38.3"]},
    "variants": single("SR-36134", "449.00", g(2.9, "kg")),
    "price": "449.00",
    "currency": "EUR",
    "weight": g(2.9, "kg"),
}

# Beekeeping smoker: stainless, imperial size, USD, made in USA stated as "Fabricated in Vermont".
L["W02"] = {
    "external_id": "woo-5521",
    "title": "Bee Smoker with Heat Shield, 4 x 7 in",
    "description_html": (
        "<p>A stainless steel bee smoker with a 4 in diameter, 7 in tall fire chamber and a hinged "
        "nozzle lid. The wire heat shield keeps fingers off the hot can, and the bellows are faux leather "
        "over pine boards.</p><p>Burn pine needles, burlap or wood pellets. Empty and let it cool fully "
        "before storing.</p>"),
    "vendor": "Clover Hollow Apiary Supply",
    "product_type": "Beekeeping smoker",
    "sku": "CH-SMK47",
    "tags": ["beekeeping"],
    "categories": ["Farm > Beekeeping > Smokers"],
    "options": {},
    "attributes": {"pa_material": ["Stainless steel (chamber)", "Pine and faux leather (bellows)"],
                   "pa_chamber": ["4 in x 7 in"], "pa_origin": ["Fabricated in Vermont, USA"]},
    "variants": single("CH-SMK47", "42.50", g(1.3, "lb")),
    "price": "42.50",
    "currency": "USD",
    "weight": g(1.3, "lb"),
    "dimensions": {"length": None, "width": 4, "height": 11, "unit": "in"},
}

# Aquarium heater: watt variants sized by tank litres, temperature range.
_w03 = {"Power": ["50 W", "100 W", "200 W"]}
L["W03"] = {
    "external_id": "gid://shopify/Product/9103",
    "title": "Titanium Aquarium Heater with External Controller",
    "description_html": (
        "<p>A titanium heater tube with a separate controller that sits outside the tank, so you can read "
        "and set the temperature without getting wet. Set from 18 to 34 &deg;C in 0.5 &deg;C steps.</p>"
        "<p>Choose by tank size: 50 W up to 60 l, 100 W up to 150 l, 200 W up to 300 l. Freshwater and "
        "marine. Fully submersible tube; the controller is not waterproof.</p>"),
    "vendor": "Reefline",
    "product_type": "Aquarium heater",
    "sku": "RL-TH",
    "tags": ["aquarium", "freshwater", "marine"],
    "categories": ["Pets > Fish > Heaters"],
    "options": _w03,
    "attributes": {"Material": ["Titanium (tube)"], "Range": ["18-34 °C"], "Cable length": ["1.8 m"],
                   "Warranty": ["3 years"]},
    "variants": variants("RL-TH", _w03, "39.00", prices={"100 W": "45.00", "200 W": "54.00"}),
    "price": "39.00",
    "currency": "GBP",
}

# Sewing thread cones: counts, metres, polyester, colours as options, SEK with trailing "kr".
_w04 = {"Colour": ["White", "Black", "Navy", "Natural"]}
L["W04"] = {
    "external_id": "gid://shopify/Product/9104",
    "title": "Overlock Thread Cones, Set of 4 x 5000 m",
    "description_html": (
        "<p>Four cones of the same colour for a four-thread overlocker, each wound with 5000 m of spun "
        "polyester, tex 27 (120 weight). Every set is one colour.</p><p>Pris: 189 kr per set.</p>"),
    "vendor": "Trådverket",
    "product_type": "Sewing thread",
    "sku": "TV-OVL4",
    "tags": ["sewing", "overlock"],
    "categories": ["Hobby > Sömnad > Tråd"],
    "options": _w04,
    "attributes": {"Material": ["100% spun polyester"], "Length per cone": ["5000 m"], "Tex": ["27"],
                   "Cones": ["4"]},
    "variants": variants("TV-OVL4", _w04, "189.00", g(520)),
    "price": "189.00",
    "currency": "SEK",
}

# Cast-iron kettle: JPY, made in Morioka, capacity, not for stove on induction.
L["W05"] = {
    "external_id": "woo-5530",
    "title": "Nambu Cast Iron Kettle (Tetsubin) 1.2 L",
    "description_html": (
        "<p>A tetsubin cast in Morioka, Iwate, with the hailstone (arare) pattern. It holds 1.2 L and works "
        "on gas and electric coil hobs and on induction.</p><p>The inside is left as bare iron, not "
        "enamelled. Rinse with hot water only, never soap, and dry it over low heat after each use. Not "
        "dishwasher safe.</p>"),
    "vendor": "Kanaya Ironworks",
    "product_type": "Kettle",
    "sku": "KI-ARARE12",
    "tags": ["tetsubin", "japan"],
    "categories": ["Kitchen > Tea > Kettles"],
    "options": {},
    "attributes": {"Material": ["Cast iron"], "Capacity": ["1.2 L"], "Finish": ["Black lacquer outside"],
                   "Made in": ["Morioka, Japan"]},
    "variants": single("KI-ARARE12", "24800", g(1.9, "kg")),
    "price": "24800",
    "currency": "JPY",
    "weight": g(1.9, "kg"),
}

# Handheld marine VHF radio: nautical miles, IPX7, floats, battery hours, NZD.
L["W06"] = {
    "external_id": "gid://shopify/Product/9106",
    "title": "Floating Handheld VHF Marine Radio, 6 W",
    "description_html": (
        "<p>A handheld VHF that floats and flashes a strobe if it goes overboard. 6 W or 1 W transmit, all "
        "international and NZ channels, and dual watch on channel 16.</p>"
        "<ul><li>Waterproof to IPX7 (1 m for 30 minutes)</li><li>Battery: 1500 mAh Li-ion, about 11 hours "
        "at a 5/5/90 duty cycle</li><li>Typical range: 3-5 nautical miles boat to boat</li></ul>"
        "<p>An operator certificate is required to transmit in New Zealand.</p>"),
    "vendor": "Tasman Marine Electronics",
    "product_type": "VHF radio",
    "sku": "TME-HH6",
    "tags": ["boating", "safety"],
    "categories": ["Marine > Electronics > Radios"],
    "options": {},
    "attributes": {"Waterproof": ["IPX7"], "Transmit power": ["6 W / 1 W"], "Battery": ["1500 mAh Li-ion"],
                   "Floats": ["Yes"], "Colour": ["Yellow"], "Warranty": ["2 years"]},
    "variants": single("TME-HH6", "249.00", g(265)),
    "price": "249.00",
    "currency": "NZD",
    "weight": g(265),
    "faq": [{"question": "Does it float?", "answer": "Yes, and the strobe flashes once it is in the water."}],
}

# Fly-fishing flies: counts, hook sizes, tied in Kenya, grouped in a box.
L["W07"] = {
    "external_id": "gid://shopify/Product/9107",
    "title": "Dry Fly Assortment, 24 Flies in a Foam Box",
    "description_html": (
        "<p>Twenty-four dry flies for trout, in a slim foam box: 4 each of Adams, Elk Hair Caddis, Royal "
        "Wulff, Griffith's Gnat, Parachute Hare's Ear and Blue Winged Olive.</p>"
        "<p>Hook sizes 14 to 18, barbless.</p>"),
    "vendor": "Riffle & Run",
    "product_type": "Fishing flies",
    "sku": "RR-DRY24",
    "tags": ["fly fishing", "trout", "barbless"],
    "categories": ["Outdoors > Fishing > Flies"],
    "options": {},
    "attributes": {"Count": ["24"], "Hook sizes": ["14-18"], "Hooks": ["Barbless"], "Tied in": ["Kenya"]},
    "variants": single("RR-DRY24", "34.95", g(60)),
    "price": "34.95",
    "currency": "CAD",
}

# Home winemaking demijohn: litres, glass, bung and airlock included, Danish kroner written "kr.".
L["W08"] = {
    "external_id": "woo-5540",
    "title": "Glass Demijohn 5 L with Bung and Airlock",
    "description_html": (
        "<p>A 5 litre demijohn in clear soda-lime glass for fermenting wine, cider or mead. Comes with a "
        "bored rubber bung and a twin-bubble plastic airlock.</p><p>Wash by hand in warm water; not for "
        "boiling liquids.</p><p>Pris: 129,00 kr.</p>"),
    "vendor": "Gærkælderen",
    "product_type": "Demijohn",
    "sku": "GK-DJ5",
    "tags": ["homebrew", "winemaking"],
    "categories": ["Hjem > Bryg > Gæring"],
    "options": {},
    "attributes": {"Capacity": ["5 L"], "Material": ["Soda-lime glass"], "Includes": ["Rubber bung",
                   "Plastic airlock"], "Neck": ["Ø 34 mm"]},
    "variants": single("GK-DJ5", "129.00", g(2.1, "kg")),
    "price": "129.00",
    "currency": "DKK",
    "weight": g(2.1, "kg"),
    "dimensions": {"length": None, "width": 19, "height": 34, "unit": "cm"},
}

# Telescope eyepiece: mm, degrees, inch barrel, no colour.
L["W09"] = {
    "external_id": "gid://shopify/Product/9109",
    "title": "25 mm Wide-Field Eyepiece, 1.25\"",
    "description_html": (
        "<p>A 25 mm eyepiece with a 68&deg; apparent field and 17 mm of eye relief, comfortable with "
        "glasses. Seven elements in four groups, fully multi-coated, in a 1.25 in barrel threaded for "
        "standard filters.</p><p>In a 1200 mm telescope it gives 48x.</p>"),
    "vendor": "Nightjar Optics",
    "product_type": "Telescope eyepiece",
    "sku": "NJ-WF25",
    "tags": ["astronomy"],
    "categories": ["Optics > Telescopes > Eyepieces"],
    "options": {},
    "attributes": {"Focal length": ["25 mm"], "Apparent field": ["68°"], "Eye relief": ["17 mm"],
                   "Barrel": ["1.25 in"], "Elements": ["7"]},
    "variants": single("NJ-WF25", "119.00", g(210)),
    "price": "119.00",
    "currency": "AUD",
}

# Downloadable knitting pattern: sizes, yarn weight, no colour, no material of its own.
L["W10"] = {
    "external_id": "woo-5550",
    "title": "Fjordline Raglan Sweater – Knitting Pattern (PDF)",
    "description_html": (
        "<p>A top-down raglan pullover with a folded collar, knitted in the round with no seams. Written "
        "instructions and a colour chart for the yoke.</p><p>Sizes XS to 3XL (chest 86 to 152 cm). Yarn: "
        "DK weight, 1100-1900 m depending on size. Needles: 3.5 mm and 4 mm circulars.</p>"
        "<p>This is a digital download: a 9-page PDF in English and Norwegian. No yarn is sent.</p>"),
    "vendor": "Maske & Mose",
    "product_type": "Knitting pattern",
    "sku": "MM-FJORD",
    "tags": ["downloadable", "virtual", "pattern"],
    "categories": ["Patterns > Knitting"],
    "options": {},
    "attributes": {"Format": ["PDF, 9 pages"], "Languages": ["English", "Norwegian"],
                   "Sizes": ["XS-3XL"], "Yarn weight": ["DK"]},
    "variants": single("MM-FJORD", "75.00"),
    "price": "75.00",
    "currency": "NOK",
}

# External (affiliate) product: a board game bought on the publisher's site.
L["W11"] = {
    "external_id": "woo-5560",
    "title": "Lantern Harbour – Board Game (sold by the publisher)",
    "description_html": (
        "<p>A cooperative game for 1-4 players, ages 10 and up, about 45-60 minutes. Players steer "
        "fishing boats back to a fogbound harbour before the tide turns.</p>"
        "<p>This product is sold and shipped by the publisher, Brightwick Games; the button takes you to "
        "their shop.</p>"),
    "vendor": "Brightwick Games",
    "product_type": "External product",
    "sku": "",
    "tags": ["external", "board games", "cooperative"],
    "categories": ["Games > Board games"],
    "options": {},
    "attributes": {"Players": ["1-4"], "Age": ["10+"], "Playing time": ["45-60 min"]},
    "variants": single("BW-LH", "49.99"),
    "price": "49.99",
    "currency": "USD",
}

# Grouped product: spice blends sold one by one, tbsp in use instructions, INR.
L["W12"] = {
    "external_id": "woo-5570",
    "title": "Regional Masala Set",
    "description_html": (
        "<p>Three blends we grind in small batches in Kochi, sold individually:</p>"
        "<ul><li>Garam masala, 100 g (&#8377;240)</li><li>Sambar powder, 200 g (&#8377;180)</li>"
        "<li>Kashmiri chilli powder, 100 g (&#8377;150)</li></ul>"
        "<p>Use about 1 tbsp of garam masala for a curry that serves four. Keep in an airtight jar away from "
        "light.</p>"),
    "vendor": "Malabar Grindhouse",
    "product_type": "Grouped product",
    "sku": "MG-SET",
    "tags": ["grouped", "spices"],
    "categories": ["Food > Spices"],
    "options": {},
    "attributes": {"Ground in": ["Kochi, Kerala, India"]},
    "variants": [
        {"sku": "MG-GM100", "title": "Garam masala, 100 g", "price": "240.00", "compare_at_price": None,
         "options": {}, "weight": g(100), "external_id": "mg-gm"},
        {"sku": "MG-SB200", "title": "Sambar powder, 200 g", "price": "180.00", "compare_at_price": None,
         "options": {}, "weight": g(200), "external_id": "mg-sb"},
        {"sku": "MG-KC100", "title": "Kashmiri chilli powder, 100 g", "price": "150.00",
         "compare_at_price": None, "options": {}, "weight": g(100), "external_id": "mg-kc"},
    ],
    "price": None,
    "currency": "INR",
}

# E-scooter: UK listing in mph and miles, km too, kg, max rider weight, GBP with sale price.
L["W13"] = {
    "external_id": "gid://shopify/Product/9113",
    "title": "Folding Electric Scooter, 15.5 mph",
    "description_html": (
        "<p>A folding e-scooter limited to 15.5 mph (25 km/h), with a range of up to 18 miles (29 km) on "
        "a 280 Wh battery. 8.5 in solid tyres, so no punctures, and a front drum brake plus an electronic "
        "rear brake.</p><p>It folds in 3 seconds and weighs 13.2 kg. Maximum rider weight 100 kg. "
        "Water resistance IPX4: fine in light rain, do not ride through puddles.</p>"
        "<p>In the UK, e-scooters may only be ridden on private land.</p>"),
    "vendor": "Kerbside",
    "product_type": "Electric scooter",
    "sku": "KB-F155",
    "tags": ["e-scooter"],
    "categories": ["Mobility > Scooters"],
    "options": {"Colour": ["Graphite"]},
    "attributes": {"Top speed": ["15.5 mph (25 km/h)"], "Range": ["Up to 18 miles"], "Battery": ["280 Wh"],
                   "Tyres": ["8.5 in solid"], "Max load": ["100 kg"], "Water resistance": ["IPX4"]},
    "variants": variants("KB-F155", {"Colour": ["Graphite"]}, "349.00", g(13.2, "kg"), compare="399.00"),
    "price": "349.00",
    "currency": "GBP",
    "weight": g(13.2, "kg"),
}

# Cheese-making kit: Dutch, "€ 24,95" style, tablets, litres of milk, thermometer, what is not included.
L["W14"] = {
    "external_id": "woo-5580",
    "title": "Gouda-Style Cheese Making Kit",
    "description_html": (
        "<p>Everything except the milk for your first farmhouse cheeses: 10 vegetarian rennet tablets, "
        "mesophilic starter culture (5 sachets), calcium chloride 30 ml, a dial thermometer, cheese cloth "
        "and a 1 kg mould with follower.</p><p>Each rennet tablet sets 10 litres of milk. Keep the culture "
        "in the freezer and the rennet in the fridge.</p><p>Prijs: &euro; 24,95</p>"),
    "vendor": "Kaasmakerij Wiltink",
    "product_type": "Cheese making kit",
    "sku": "KW-GOUDA",
    "tags": ["vegetarian", "kit"],
    "categories": ["Keuken > Zuivel > Kaas maken"],
    "options": {},
    "attributes": {"Rennet": ["Microbial, 10 tablets"], "Culture": ["Mesophilic, 5 sachets"],
                   "Mould": ["1 kg, food-grade polypropylene"], "Made in": ["Netherlands"]},
    "variants": single("KW-GOUDA", "24.95", g(650)),
    "price": "24.95",
    "currency": "EUR",
}

# Measuring spoons: tbsp/tsp, ml, metric and US, a count, stainless.
L["W15"] = {
    "external_id": "gid://shopify/Product/9115",
    "title": "Measuring Spoon Set of 6, Stainless Steel",
    "description_html": (
        "<p>Six spoons on a detachable ring: 1/8 tsp, 1/4 tsp, 1/2 tsp, 1 tsp, 1/2 tbsp and 1 tbsp, each "
        "stamped with US and metric marks (1 tbsp = 15 ml). Narrow enough to fit most spice jars.</p>"
        "<p>Dishwasher safe.</p>"),
    "vendor": "Tallow & Thyme",
    "product_type": "Measuring spoons",
    "sku": "TT-MS6",
    "tags": ["baking", "dishwasher safe"],
    "categories": ["Kitchen > Baking > Measuring"],
    "options": {},
    "attributes": {"Material": ["18/8 stainless steel"], "Pieces": ["6"], "Marks": ["US and metric"]},
    "variants": single("TT-MS6", "18.00", g(140)),
    "price": "18.00",
    "currency": "USD",
}

# Philately: stamp tongs and loupe bundle, magnification, no colour, CZK "Kč".
L["W16"] = {
    "external_id": "woo-5590",
    "title": "Stamp Collector's Starter Pair: Tongs and 10x Loupe",
    "description_html": (
        "<p>Spade-tip stamp tongs, 120 mm, in nickel-plated steel, and a folding 10x loupe with a 21 mm "
        "glass lens. Handle stamps by the tongs only: fingers leave oils on the gum.</p>"
        "<p>Cena: 390 K&#269;</p>"),
    "vendor": "Filatelie Hrubý",
    "product_type": "Stamp collecting tools",
    "sku": "FH-PAIR",
    "tags": ["philately"],
    "categories": ["Sbírky > Známky"],
    "options": {},
    "attributes": {"Tongs": ["120 mm, spade tip, nickel-plated steel"], "Loupe": ["10x, 21 mm glass lens"]},
    "variants": single("FH-PAIR", "390.00", g(85)),
    "price": "390.00",
    "currency": "CZK",
}

# Pool chlorine floater: safety-critical wording, tablet size, no material claims beyond plastic.
L["W17"] = {
    "external_id": "gid://shopify/Product/9117",
    "title": "Adjustable Chlorine Floater for 3\" Tablets",
    "description_html": (
        "<p>A floating dispenser for 3 in (76 mm) chlorine tablets, holding up to 5 at a time. Turn the "
        "collar to set the flow from 1 to 10. Tablets not included.</p>"
        "<p>Keep out of reach of children. Remove the floater from the pool before swimming.</p>"),
    "vendor": "Bluewater Pool Co.",
    "product_type": "Chemical dispenser",
    "sku": "BW-FLT3",
    "tags": ["pool"],
    "categories": ["Pool & Spa > Chemicals > Dispensers"],
    "options": {},
    "attributes": {"Capacity": ["Up to 5 x 3 in tablets"], "Material": ["UV-stabilised ABS"],
                   "Colour": ["White and blue"]},
    "variants": single("BW-FLT3", "19.99", g(450)),
    "price": "19.99",
    "currency": "AUD",
}

# Titanium wood stove for camping: grams, folds flat, CHF with "CHF 89.–".
L["W18"] = {
    "external_id": "gid://shopify/Product/9118",
    "title": "Folding Titanium Wood Stove",
    "description_html": (
        "<p>A flat-pack stove for twigs and pine cones that slots together from five titanium plates and "
        "packs into a 13 x 12 cm pouch, 8 mm thick. It weighs 145 g and will take a pot up to 2 L.</p>"
        "<p>Also burns solid fuel tablets on the included tray. Let it cool before packing.</p>"
        "<p>Preis: CHF 89.&ndash;</p>"),
    "vendor": "Gratwanderer",
    "product_type": "Camping stove",
    "sku": "GW-TI5",
    "tags": ["ultralight", "camping"],
    "categories": ["Outdoor > Kochen > Kocher"],
    "options": {},
    "attributes": {"Material": ["Grade 1 titanium"], "Weight": ["145 g"], "Plates": ["5"],
                   "Packed size": ["13 x 12 x 0.8 cm"], "Origin": ["Designed in Switzerland, made in Taiwan"]},
    "variants": single("GW-TI5", "89.00", g(145)),
    "price": "89.00",
    "currency": "CHF",
    "weight": g(145),
}

# Soap nuts: laundry, counts of washes, origin India, no colour, no material.
L["W19"] = {
    "external_id": "woo-5600",
    "title": "Soap Nuts for Laundry, 500 g",
    "description_html": (
        "<p>Dried shells of the soapberry (Sapindus mukorossi), hand-harvested in the Himalayan foothills. "
        "Put 4-5 shells in the cotton bag and wash as usual; one bag does about 4 washes at 40 &deg;C.</p>"
        "<p>500 g is enough for roughly 80-100 washes. Unscented. Not for silk or wool.</p>"),
    "vendor": "Quiet Laundry",
    "product_type": "Laundry detergent",
    "sku": "QL-SN500",
    "tags": ["plastic-free", "unscented", "vegan"],
    "categories": ["Home > Laundry"],
    "options": {},
    "attributes": {"Contents": ["500 g soap nut shells, 1 cotton wash bag"], "Origin": ["Nepal"],
                   "Washes": ["80-100"]},
    "variants": single("QL-SN500", "12.90", g(540)),
    "price": "12.90",
    "currency": "GBP",
}

# Service: piano tuning visit, area, what is excluded, duration.
L["W20"] = {
    "external_id": "gid://shopify/Product/9120",
    "title": "Piano Tuning Home Visit",
    "description_html": (
        "<p>A tuning of your upright or grand piano at home to A440, with a check of the action and pedals. "
        "A visit takes about 90 minutes.</p><p>We cover addresses within 25 km of Leeds city centre. "
        "Pitch raises for pianos more than 20 cents flat, and repairs, are quoted separately.</p>"),
    "vendor": "Fairfax Piano Care",
    "product_type": "Service",
    "sku": "FPC-TUNE",
    "tags": ["service", "at home"],
    "categories": ["Services > Music"],
    "options": {"Piano": ["Upright", "Grand"]},
    "attributes": {"Duration": ["About 90 minutes"], "Area": ["Within 25 km of Leeds"], "Pitch": ["A440"]},
    "variants": variants("FPC-TUNE", {"Piano": ["Upright", "Grand"]}, "85.00", prices={"Grand": "110.00"}),
    "price": "85.00",
    "currency": "GBP",
}

# Downloadable audio course: lessons, hours, MP3, formats; no shipping.
L["W21"] = {
    "external_id": "woo-5610",
    "title": "Portuguese for Travellers – Audio Course (Download)",
    "description_html": (
        "<p>30 audio lessons of about 20 minutes each, 10 hours in all, with a 64-page PDF workbook. "
        "European Portuguese, for beginners (CEFR A1-A2).</p><p>Download as MP3 files, yours to keep. "
        "Licensed for one household.</p>"),
    "vendor": "Falar Bem",
    "product_type": "Audio course",
    "sku": "FB-PT-A1",
    "tags": ["downloadable", "virtual", "language"],
    "categories": ["Learning > Languages"],
    "options": {},
    "attributes": {"Lessons": ["30"], "Total length": ["10 hours"], "Level": ["A1-A2"],
                   "Format": ["MP3 + PDF"], "Variety": ["European Portuguese"]},
    "variants": single("FB-PT-A1", "39.00"),
    "price": "39.00",
    "currency": "EUR",
    "seo": {"title": "Portuguese for Travellers Audio Course | Falar Bem",
            "description": "30 MP3 lessons of European Portuguese for beginners, with a PDF workbook."},
}

# Event ticket: guided foraging walk, km, hours, dates as options, ages.
_w22 = {"Date": ["Sun 11 Apr 2027", "Sun 25 Apr 2027", "Sun 9 May 2027"]}
L["W22"] = {
    "external_id": "gid://shopify/Product/9122",
    "title": "Spring Foraging Walk (3 Hours)",
    "description_html": (
        "<p>A slow 5 km walk through woodland and hedgerow with a forager, learning to identify wild "
        "garlic, nettles, hawthorn and other spring greens, and the plants that look like them.</p>"
        "<p>Meet at 10:00 at the Hollins Wood car park. Up to 12 people; ages 12+, under-16s with an adult. "
        "Bring boots and a bag. Tea and a wild-greens soup at the end are included. We do not pick "
        "mushrooms on this walk.</p>"),
    "vendor": "Hedgerow Table",
    "product_type": "Event ticket",
    "sku": "HT-SPRING",
    "tags": ["event", "outdoors"],
    "categories": ["Experiences > Outdoors"],
    "options": _w22,
    "attributes": {"Distance": ["5 km"], "Duration": ["3 hours"], "Group": ["Up to 12"], "Ages": ["12+"]},
    "variants": variants("HT-SPRING", _w22, "35.00"),
    "price": "35.00",
    "currency": "GBP",
}

# Mushroom grow kit: days, flushes, grams, no colour beyond the species.
L["W23"] = {
    "external_id": "woo-5620",
    "title": "Pink Oyster Mushroom Grow Kit",
    "description_html": (
        "<p>A 2 kg block of straw colonised with pink oyster mushroom (Pleurotus djamor). Cut an X in the "
        "bag, mist twice a day, and the first mushrooms are ready in 10-14 days.</p>"
        "<p>Expect two or three flushes and about 400-600 g of mushrooms in all. Grows best at 20-30 "
        "&deg;C, so it suits a warm kitchen. Start within 2 weeks of delivery.</p>"),
    "vendor": "Sporeline",
    "product_type": "Grow kit",
    "sku": "SL-PINK2",
    "tags": ["grow your own", "organic"],
    "categories": ["Garden > Grow kits"],
    "options": {},
    "attributes": {"Substrate": ["Straw"], "Block": ["2 kg"], "Yield": ["400-600 g"],
                   "Certification": ["Soil Association organic"], "Grown in": ["Bristol, UK"]},
    "variants": single("SL-PINK2", "22.00", g(2.2, "kg")),
    "price": "22.00",
    "currency": "GBP",
}

# Wood pellets: decimal commas, kWh/kg, ENplus A1, Austria, bag count variants.
_w24 = {"Pack": ["1 bag (15 kg)", "Pallet (66 bags)"]}
L["W24"] = {
    "external_id": "gid://shopify/Product/9124",
    "title": "Holzpellets ENplus A1, 6 mm – 15 kg",
    "description_html": (
        "<p>Softwood pellets of spruce and pine sawdust, pressed without binders. Diameter 6 mm, heating "
        "value 4,9 kWh/kg, ash content under 0,7 %.</p><p>Store dry: damp pellets swell and crumble. "
        "A pallet is 66 bags, 990 kg, delivered kerbside by lorry.</p><p>Preis: 7,49 &euro; je Sack</p>"),
    "vendor": "Waldwärme",
    "product_type": "Wood pellets",
    "sku": "WW-PEL15",
    "tags": ["heating", "enplus"],
    "categories": ["Heizen > Pellets"],
    "options": _w24,
    "attributes": {"Zertifikat": ["ENplus A1"], "Durchmesser": ["6 mm"], "Heizwert": ["4,9 kWh/kg"],
                   "Aschegehalt": ["< 0,7 %"], "Holzart": ["Fichte, Kiefer"], "Herkunft": ["Österreich"]},
    "variants": variants("WW-PEL15", _w24, "7.49", prices={"Pallet (66 bags)": "459.00"},
                         weights={"1 bag (15 kg)": g(15, "kg"), "Pallet (66 bags)": g(990, "kg")}),
    "price": "7.49",
    "currency": "EUR",
}

# Sauna bucket: Finnish, thermowood, litres, trailing euro, care.
L["W25"] = {
    "external_id": "woo-5630",
    "title": "Sauna Bucket and Ladle, Thermo-Aspen, 4 l",
    "description_html": (
        "<p>A 4 l sauna bucket of heat-treated aspen staves with a removable plastic liner, and a 42 cm "
        "ladle to match. Made in Finland.</p><p>Empty the bucket after each sauna and let it dry. Do not "
        "leave it on the stove.</p><p>Hinta: 59,90 &euro;</p>"),
    "vendor": "Löyly Käsityö",
    "product_type": "Sauna accessories",
    "sku": "LK-BKT4",
    "tags": ["sauna"],
    "categories": ["Koti > Sauna"],
    "options": {},
    "attributes": {"Materiaali": ["Thermo-aspen", "Plastic liner"], "Tilavuus": ["4 l"],
                   "Kauhan pituus": ["42 cm"], "Valmistusmaa": ["Finland"]},
    "variants": single("LK-BKT4", "59.90", g(1.4, "kg")),
    "price": "59.90",
    "currency": "EUR",
}

# Boat anchor: kg variants by boat length in feet and metres, galvanised.
_w26 = {"Weight": ["6 kg", "10 kg", "16 kg"]}
L["W26"] = {
    "external_id": "gid://shopify/Product/9126",
    "title": "Galvanised Claw Anchor",
    "description_html": (
        "<p>A one-piece claw anchor in hot-dip galvanised steel that sets quickly in sand and mud. Sizes by "
        "boat length: 6 kg for boats up to 7 m (23 ft), 10 kg up to 10 m (33 ft), 16 kg up to 13 m "
        "(43 ft).</p><p>Rinse with fresh water after use.</p>"),
    "vendor": "Harbourline Chandlery",
    "product_type": "Anchor",
    "sku": "HL-CLAW",
    "tags": ["boating", "anchoring"],
    "categories": ["Marine > Anchoring"],
    "options": _w26,
    "attributes": {"Material": ["Hot-dip galvanised steel"], "Seabed": ["Sand", "Mud"]},
    "variants": variants("HL-CLAW", _w26, "79.00", prices={"10 kg": "115.00", "16 kg": "169.00"},
                         weights={"6 kg": g(6, "kg"), "10 kg": g(10, "kg"), "16 kg": g(16, "kg")}),
    "price": "79.00",
    "currency": "CAD",
}

# Watch strap: mm widths, nylon, colours as options, steel buckle.
_w27 = {"Width": ["18 mm", "20 mm", "22 mm"], "Colour": ["Olive", "Navy and red"]}
L["W27"] = {
    "external_id": "gid://shopify/Product/9127",
    "title": "Single-Pass Nylon Watch Strap",
    "description_html": (
        "<p>A single-pass strap in 1.2 mm thick woven nylon with brushed stainless steel buckle and keepers. "
        "Length 28 cm, fits wrists of about 15-21 cm.</p><p>Hand wash with mild soap and let it air dry.</p>"),
    "vendor": "Lugwell",
    "product_type": "Watch strap",
    "sku": "LW-SP",
    "tags": ["watch strap"],
    "categories": ["Accessories > Watch straps"],
    "options": _w27,
    "attributes": {"Material": ["Woven nylon", "Stainless steel hardware"], "Thickness": ["1.2 mm"],
                   "Length": ["28 cm"]},
    "variants": variants("LW-SP", _w27, "22.00", g(15)),
    "price": "22.00",
    "currency": "USD",
}

# Thin: title and price only.
L["W28"] = {
    "external_id": "woo-5640",
    "title": "Tapered Cork Stoppers, Size 9, Pack of 25",
    "variants": single("CS-9-25", "8.50"),
    "price": "8.50",
    "currency": "GBP",
}

# Thin: title, vendor, one attribute and a price in HUF.
L["W29"] = {
    "external_id": "woo-5650",
    "title": "Hand-Carved Wooden Spoon",
    "vendor": "Faragó Műhely",
    "attributes": {"Wood": ["Cherry"]},
    "variants": single("FM-SPOON", "6900"),
    "price": "6900",
    "currency": "HUF",
}

# Grouped product in JPY: tea-ceremony starter items sold individually.
L["W30"] = {
    "external_id": "woo-5660",
    "title": "Matcha Starter Pieces",
    "description_html": (
        "<p>The four things you need to whisk matcha at home, sold one by one:</p>"
        "<ul><li>Bamboo whisk (chasen), 80 tines (&yen;3,200)</li><li>Bamboo scoop (chashaku) "
        "(&yen;900)</li><li>Tea bowl (chawan), 370 ml, stoneware (&yen;4,800)</li>"
        "<li>Ceremonial-grade matcha, 30 g tin, Uji, Kyoto (&yen;2,600)</li></ul>"
        "<p>Rinse the whisk in warm water after use and stand it to dry; do not use soap.</p>"),
    "vendor": "Chaya Tools",
    "product_type": "Grouped product",
    "sku": "CT-START",
    "tags": ["grouped", "matcha"],
    "categories": ["Tea > Matcha"],
    "options": {},
    "attributes": {},
    "variants": [
        {"sku": "CT-CHASEN", "title": "Bamboo whisk, 80 tines", "price": "3200", "compare_at_price": None,
         "options": {}, "weight": g(30), "external_id": "ct-chasen"},
        {"sku": "CT-SCOOP", "title": "Bamboo scoop", "price": "900", "compare_at_price": None,
         "options": {}, "weight": g(5), "external_id": "ct-scoop"},
        {"sku": "CT-BOWL", "title": "Tea bowl, 370 ml", "price": "4800", "compare_at_price": None,
         "options": {}, "weight": g(380), "external_id": "ct-bowl"},
        {"sku": "CT-UJI30", "title": "Ceremonial matcha, 30 g", "price": "2600", "compare_at_price": None,
         "options": {}, "weight": g(30), "external_id": "ct-uji30"},
    ],
    "price": None,
    "currency": "JPY",
}


def main():
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(L, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(L)} listings")


if __name__ == "__main__":
    main()
