"""Build listings.json for guardrails holdout v5: 28 invented listings, V01..V28.

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
        chosen = dict(zip(names, combo, strict=True))
        p, w = price, weight
        for value in combo:
            if prices and value in prices:
                p = prices[value]
            if weights and value in weights:
                w = weights[value]
        out.append({
            "sku": f"{sku}-{n:02d}",
            "title": " / ".join(combo),
            "price": p,
            "compare_at_price": compare,
            "options": chosen,
            "weight": w,
            "external_id": f"{sku.lower()}-v{n}",
        })
    return out


def single(sku, price, weight=None, compare=None, title="Default Title"):
    return [{"sku": sku, "title": title, "price": price, "compare_at_price": compare, "options": {},
             "weight": weight, "external_id": f"{sku.lower()}-v1"}]


L = {}

# Hardware: a hand plane, imperial units, CAD, lifetime warranty, a tool roll in the box.
L["V01"] = {
    "external_id": "gid://shopify/Product/7301",
    "title": "Low-Angle Block Plane with A2 Blade",
    "description_html": (
        "<p>A low-angle block plane for end grain, chamfers and fitting work. The blade is bedded at 12&deg; "
        "bevel-up, so you change the cutting angle by honing a different bevel.</p>"
        "<p>The body is ductile cast iron, machined flat and square, and the adjustable mouth closes down for "
        "fine shavings in figured wood.</p>"
        "<ul><li>Blade: A2 tool steel, 1-5/8 in wide, 1/8 in thick, hardened to Rc 60-62</li>"
        "<li>Length: 6-3/4 in</li><li>Comes with a canvas tool roll</li></ul>"),
    "vendor": "Kestrel Toolworks",
    "product_type": "Hand plane",
    "sku": "KT-BP12",
    "tags": ["woodworking", "hand tools"],
    "categories": ["Tools > Hand tools > Planes"],
    "options": {},
    "attributes": {"Bed angle": ["12°"], "Blade": ["A2 tool steel"], "Body": ["Ductile cast iron"],
                   "Blade width": ["1-5/8 in"], "Origin": ["Machined in Ontario, Canada"],
                   "Warranty": ["Lifetime warranty against manufacturing defects"]},
    "variants": single("KT-BP12", "189.00", {"value": 1.4, "unit": "lb"}),
    "price": "189.00",
    "currency": "CAD",
    "weight": {"value": 1.4, "unit": "lb"},
    "dimensions": {"length": 6.75, "width": 2.1, "height": None, "unit": "in"},
}

# Beauty: a single-ingredient facial oil; origin of the raw material differs from where it is bottled.
L["V02"] = {
    "external_id": "woo-2290",
    "title": "Cold-Pressed Rosehip Seed Oil 30 ml",
    "description_html": (
        "<p>Pure rosehip seed oil, cold-pressed from wild-harvested Patagonian rosehips, with nothing added. "
        "Press a few drops into damp skin after cleansing, morning or night.</p>"
        "<p>Bottled in amber glass with a glass dropper to keep out the light. Use within 6 months of "
        "opening.</p>"),
    "vendor": "Marisol Apothecary",
    "product_type": "Facial oil",
    "sku": "MA-RH30",
    "tags": ["vegan", "fragrance-free", "organic"],
    "categories": ["Beauty > Skincare > Face oils"],
    "options": {},
    "attributes": {"pa_inci": ["Rosa Canina Seed Oil"], "pa_volume": ["30 ml"],
                   "pa_origin": ["Rosehips from Patagonia, Chile; bottled in Lisbon, Portugal"],
                   "pa_certification": ["COSMOS Organic"], "pa_skin-type": ["Dry", "Normal"],
                   "pa_packaging": ["Amber glass bottle with glass dropper"]},
    "variants": single("MA-RH30", "26.00", {"value": 110, "unit": "g"}),
    "price": "26.00",
    "currency": "EUR",
    "weight": {"value": 110, "unit": "g"},
}

# Food: fermented hot sauce, AUD, percentages, storage instructions.
L["V03"] = {
    "external_id": "gid://shopify/Product/7302",
    "title": "Mango Habanero Fermented Hot Sauce, 150 ml",
    "description_html": (
        "<p>Habaneros and ripe mango, fermented for 6 weeks with garlic and sea salt, then blended with a "
        "splash of apple cider vinegar. Fruity first, then a slow heat that builds.</p>"
        "<p>Refrigerate after opening and use within 3 months.</p>"),
    "vendor": "Pepperwick & Daughters",
    "product_type": "Hot sauce",
    "sku": "PW-MH150",
    "tags": ["fermented", "small batch", "no added sugar"],
    "categories": ["Food > Condiments > Hot sauce"],
    "options": {},
    "attributes": {"Ingredients": ["Mango", "Habanero peppers (28%)", "Apple cider vinegar", "Garlic",
                                   "Sea salt"],
                   "Heat": ["7 out of 10"], "Volume": ["150 ml"], "Made in": ["Hobart, Tasmania"],
                   "Dietary": ["Vegan", "Gluten-free"]},
    "variants": single("PW-MH150", "14.50", {"value": 290, "unit": "g"}),
    "price": "14.50",
    "currency": "AUD",
    "weight": {"value": 290, "unit": "g"},
}

# Baby: a sleeping bag with size-priced variants, a safety standard, a TOG rating and a room range.
_v04_opts = {"Size": ["0-6 months", "6-18 months", "18-36 months"], "Colour": ["Oat", "Slate"]}
L["V04"] = {
    "external_id": "gid://shopify/Product/7303",
    "title": "Merino Baby Sleeping Bag 2.5 TOG",
    "description_html": (
        "<p>A sleeveless sleeping bag for babies, with a merino wool outer and an organic cotton lining. The "
        "two-way zip opens from the bottom for night-time nappy changes, and press studs on the shoulders "
        "make it easy to put on.</p>"
        "<p>For room temperatures of 16-20 &deg;C. Tested to EN 16781:2018.</p>"),
    "vendor": "Little Fernbrook",
    "product_type": "Baby sleeping bag",
    "sku": "LF-MSB25",
    "tags": ["baby", "merino", "sleep"],
    "categories": ["Baby > Sleep"],
    "options": _v04_opts,
    "attributes": {"Outer": ["100% merino wool"], "Lining": ["100% organic cotton (GOTS certified)"],
                   "TOG": ["2.5"], "Care": ["Machine wash at 30 °C on a wool cycle; dry flat"],
                   "Origin": ["Made in New Zealand"],
                   "Length": ["0-6 months: 70 cm", "6-18 months: 90 cm", "18-36 months: 110 cm"]},
    "variants": variants("LF-MSB25", _v04_opts, "139.00",
                         prices={"6-18 months": "149.00", "18-36 months": "159.00"}),
    "price": "139.00",
    "currency": "NZD",
}

# Sports: kettlebells priced and weighed per variant; colour coding is an attribute, not an option.
_v05_opts = {"Weight": ["8 kg", "12 kg", "16 kg", "20 kg", "24 kg"]}
L["V05"] = {
    "external_id": "woo-5120",
    "title": "Competition Kettlebell",
    "description_html": (
        "<p>Steel competition kettlebells: every weight has the same body size (280 mm tall, handle 33 mm "
        "across), so your technique stays the same as you move up. Colour-coded to the international "
        "standard.</p>"),
    "vendor": "Ironhollow",
    "product_type": "Kettlebell",
    "sku": "IH-CKB",
    "tags": ["strength", "kettlebell sport"],
    "categories": ["Sports > Strength training"],
    "options": _v05_opts,
    "attributes": {"Material": ["Steel"], "Finish": ["Raw steel handle, powder-coated body"],
                   "Colour by weight": ["8 kg pink", "12 kg blue", "16 kg yellow", "20 kg purple",
                                        "24 kg green"],
                   "Handle diameter": ["33 mm"], "Height": ["280 mm"], "Tolerance": ["±50 g"]},
    "variants": variants("IH-CKB", _v05_opts, "49.00",
                         prices={"12 kg": "59.00", "16 kg": "69.00", "20 kg": "79.00", "24 kg": "89.00"},
                         weights={"8 kg": {"value": 8, "unit": "kg"}, "12 kg": {"value": 12, "unit": "kg"},
                                  "16 kg": {"value": 16, "unit": "kg"}, "20 kg": {"value": 20, "unit": "kg"},
                                  "24 kg": {"value": 24, "unit": "kg"}}),
    "price": "49.00",
    "currency": "GBP",
    "faq": [{"question": "Is the handle coated?", "answer": "No. The handle is raw steel so chalk grips it."}],
}

# Office: a stapler with a leverage claim, staple sizes (compatibility), a warranty and an inclusion.
_v06_opts = {"Color": ["Black", "Signal Red"]}
L["V06"] = {
    "external_id": "gid://shopify/Product/7304",
    "title": "Heavy-Duty Stapler, 60 Sheets",
    "description_html": (
        "<p>Staples up to 60 sheets of 80 gsm paper in one easy press: the lever mechanism halves the force "
        "you need. Takes 23/8, 23/10 and 23/13 staples.</p>"),
    "vendor": "Bexley Office Works",
    "product_type": "Stapler",
    "sku": "BOW-HD60",
    "tags": ["office", "desk"],
    "categories": ["Office > Desk supplies > Staplers"],
    "options": _v06_opts,
    "attributes": {"Capacity": ["60 sheets (80 gsm)"], "Staples": ["23/8", "23/10", "23/13"],
                   "Body": ["Die-cast metal with ABS cover"], "Throat depth": ["65 mm"],
                   "Warranty": ["5-year warranty"], "Includes": ["1,000 staples (23/10)"]},
    "variants": variants("BOW-HD60", _v06_opts, "34.95", {"value": 1.1, "unit": "kg"}),
    "price": "34.95",
    "currency": "USD",
    "weight": {"value": 1.1, "unit": "kg"},
}

# Garden: a raised bed with a volume figure, a rust warranty, tools needed, no base.
_v07_opts = {"Colour": ["Sage", "Anthracite"]}
L["V07"] = {
    "external_id": "woo-8831",
    "title": "Galvanised Steel Raised Garden Bed 180 x 90 x 30 cm",
    "description_html": (
        "<p>A modular raised bed in 0.6 mm galvanised steel with an aluminium-zinc coating that resists "
        "rust. It bolts together in about 30 minutes with the fixings supplied, and it has no base, so roots "
        "reach the soil below.</p><p>Holds about 490 litres of soil.</p>"),
    "vendor": "Wrenfield Garden Co.",
    "product_type": "Raised garden bed",
    "sku": "WG-RB1890",
    "tags": ["raised bed", "vegetable garden"],
    "categories": ["Garden > Planters & raised beds"],
    "options": _v07_opts,
    "attributes": {"Material": ["Galvanised steel, Aluzinc coated"], "Sheet thickness": ["0.6 mm"],
                   "Size": ["180 x 90 x 30 cm"], "Volume": ["approx. 490 l"],
                   "Assembly": ["Tools required: screwdriver or 10 mm spanner"],
                   "Warranty": ["10 years against rust-through"]},
    "variants": variants("WG-RB1890", _v07_opts, "119.00", {"value": 11, "unit": "kg"}),
    "price": "119.00",
    "currency": "EUR",
    "weight": {"value": 11, "unit": "kg"},
    "dimensions": {"length": 180, "width": 90, "height": 30, "unit": "cm"},
}

# Pets: single-ingredient cat treats with analytical constituents, NOK, a complementary (not complete) food.
L["V08"] = {
    "external_id": "gid://shopify/Product/7305",
    "title": "Freeze-Dried Salmon Cat Treats 40 g",
    "description_html": (
        "<p>Just one ingredient: Norwegian salmon, freeze-dried in small cubes. Crumble it over food or give "
        "it as a reward.</p>"
        "<p>Complementary pet food. Feed up to 8 pieces a day and always leave fresh water out.</p>"),
    "vendor": "Nordpaw",
    "product_type": "Cat treats",
    "sku": "NP-SAL40",
    "tags": ["grain-free", "single ingredient"],
    "categories": ["Pets > Cats > Treats"],
    "options": {},
    "attributes": {"Ingredients": ["100% salmon"], "Origin": ["Norway"], "Net weight": ["40 g"],
                   "Analytical constituents": ["Crude protein 72%", "Crude fat 14%", "Crude ash 8%",
                                               "Moisture 4%"],
                   "Suitable for": ["Cats from 12 weeks"]},
    "variants": single("NP-SAL40", "89.00", {"value": 40, "unit": "g"}),
    "price": "89.00",
    "currency": "NOK",
    "weight": {"value": 40, "unit": "g"},
}

# Music: a ukulele with a solid top and laminated body, an HTML list, a gig bag included.
L["V09"] = {
    "external_id": "woo-3305",
    "title": "Concert Ukulele, Solid Spruce Top",
    "description_html": (
        "<p>A concert-size ukulele with a solid spruce top over laminated mahogany back and sides, for a "
        "bright voice with more volume than a soprano. Fluorocarbon strings, a bone nut and saddle and geared "
        "tuners help it stay in tune.</p>"
        "<ul><li>Scale length: 15 in (381 mm)</li><li>18 frets, 14 clear of the body</li>"
        "<li>Padded gig bag included</li></ul>"),
    "vendor": "Halekai Strings",
    "product_type": "Ukulele",
    "sku": "HK-C15S",
    "tags": ["ukulele", "concert"],
    "categories": ["Music > Instruments > Ukuleles"],
    "options": {},
    "attributes": {"Top": ["Solid spruce"], "Back and sides": ["Laminated mahogany"],
                   "Fingerboard": ["Walnut"], "Nut and saddle": ["Bone"], "Strings": ["Fluorocarbon"],
                   "Finish": ["Satin"], "Made in": ["Indonesia"],
                   "Setup": ["Set up in our Bristol workshop before dispatch"]},
    "variants": single("HK-C15S", "199.00", {"value": 1.3, "unit": "kg"}),
    "price": "199.00",
    "currency": "GBP",
    "weight": {"value": 1.3, "unit": "kg"},
}

# Books/digital: a font licence, priced by number of users, with what the licence does not cover.
_v10_opts = {"Licence": ["1-2 users", "3-5 users", "6-20 users"]}
L["V10"] = {
    "external_id": "gid://shopify/Product/7306",
    "title": "Brisa Sans Font Family - Desktop Licence",
    "description_html": (
        "<p>A humanist sans serif for signage, packaging and long reading. Eight weights, from Thin to "
        "Black, each with a matching italic: 16 fonts in all.</p>"
        "<p>Delivered as OTF files by download link straight after purchase. Covers the Latin script for "
        "more than 200 languages.</p>"),
    "vendor": "Tallgrass Type Foundry",
    "product_type": "Font licence",
    "sku": "TT-BRISA-D",
    "tags": ["downloadable", "virtual", "typeface"],
    "categories": ["Digital > Fonts"],
    "options": _v10_opts,
    "attributes": {"Formats": ["OTF"], "Styles": ["16 (8 weights with italics)"],
                   "Language support": ["Latin, 200+ languages"],
                   "Licence covers": ["Desktop use: print, images, logos"],
                   "Not covered": ["Web embedding", "Apps"]},
    "variants": variants("TT-BRISA-D", _v10_opts, "60.00",
                         prices={"3-5 users": "120.00", "6-20 users": "240.00"}),
    "price": "60.00",
    "currency": "USD",
}

# Services: a bike service in one workshop, drop-off only, parts extra, what is and is not included.
L["V11"] = {
    "external_id": "woo-9012",
    "title": "Full Bike Service",
    "description_html": (
        "<p>Book your bike in for a full service at our Leith workshop in Edinburgh. We strip, clean and "
        "regrease the hubs, headset and bottom bracket, true both wheels, adjust the gears and brakes, and "
        "check every bolt against the maker's torque settings.</p>"
        "<p>Parts are extra, and we always call you before fitting any. Most bikes are ready in 3 working "
        "days.</p>"),
    "vendor": "Spoke & Sprocket Cycles",
    "product_type": "Service",
    "sku": "SS-FULL",
    "tags": ["service", "in-store"],
    "categories": ["Services > Workshop"],
    "options": {},
    "attributes": {"Turnaround": ["About 3 working days"],
                   "Includes": ["Full strip and clean", "Wheel truing", "Gear and brake adjustment",
                                "Bearing regrease", "Torque check"],
                   "Excludes": ["Parts", "Suspension fork servicing", "Hydraulic brake bleeds"],
                   "Location": ["Leith, Edinburgh (drop-off only)"]},
    "variants": single("SS-FULL", "120.00"),
    "price": "120.00",
    "currency": "GBP",
}

# Bundle: a sourdough kit with a "bought separately" price; flour not included.
L["V12"] = {
    "external_id": "gid://shopify/Product/7307",
    "title": "Sourdough Starter Kit",
    "description_html": (
        "<p>Everything to bake your first sourdough loaf, in one box:</p>"
        "<ul><li>a 22 cm round rattan banneton with a linen liner</li>"
        "<li>a stainless steel dough scraper</li>"
        "<li>10 g of dried rye starter from our bakery, revived in 4-5 days</li>"
        "<li>a bread lame with 5 blades</li><li>a printed recipe card</li></ul>"
        "<p>Bought separately these would cost &pound;46.</p>"),
    "vendor": "Crumb & Cinder Bakehouse",
    "product_type": "Bundle",
    "sku": "CC-SDKIT",
    "tags": ["baking", "gift"],
    "categories": ["Kitchen > Baking"],
    "options": {},
    "attributes": {"Banneton": ["22 cm round, rattan"], "Starter": ["10 g dried rye"],
                   "Flour": ["Not included"]},
    "variants": single("CC-SDKIT", "38.00", {"value": 650, "unit": "g"}, compare="46.00"),
    "price": "38.00",
    "currency": "GBP",
    "weight": {"value": 650, "unit": "g"},
}

# Apparel: a waxed jacket, showerproof (not waterproof), strict care, sizes and colours.
_v13_opts = {"Colour": ["Olive", "Navy"], "Size": ["S", "M", "L", "XL", "XXL"]}
L["V13"] = {
    "external_id": "woo-6140",
    "title": "Waxed Cotton Field Jacket",
    "description_html": (
        "<p>A four-pocket field jacket in 8 oz waxed cotton that shrugs off showers and softens with wear. "
        "Corduroy collar, a brass two-way zip and a storm flap with press studs.</p>"
        "<p>Never machine wash or dry clean: sponge off dirt with cold water and rewax once a year.</p>"),
    "vendor": "Hartwell & Crane",
    "product_type": "Jacket",
    "sku": "HC-FJ8",
    "tags": ["outerwear", "waxed cotton", "showerproof"],
    "categories": ["Clothing > Men > Coats & jackets"],
    "options": _v13_opts,
    "attributes": {"Outer": ["100% cotton, paraffin wax finish"], "Lining": ["Cotton tartan"],
                   "Cloth weight": ["8 oz"], "Made in": ["England"], "Fit": ["Regular"]},
    "variants": variants("HC-FJ8", _v13_opts, "295.00", {"value": 1.6, "unit": "kg"}),
    "price": "295.00",
    "currency": "GBP",
    "weight": {"value": 1.6, "unit": "kg"},
}

# Furniture: a library stool with a load rating, supplied assembled, two finishes.
_v14_opts = {"Finish": ["Natural oil", "Black stain"]}
L["V14"] = {
    "external_id": "gid://shopify/Product/7308",
    "title": "Two-Step Library Stool in Solid Beech",
    "description_html": (
        "<p>A two-step stool for reaching the top shelves, made from solid European beech with through-tenon "
        "joints. Non-slip rubber feet keep it steady on wood and tile.</p>"
        "<p>Top step 45 cm high; tested to 150 kg.</p>"),
    "vendor": "Oakmere Joinery",
    "product_type": "Step stool",
    "sku": "OJ-LS2",
    "tags": ["library", "hallway", "solid wood"],
    "categories": ["Furniture > Stools"],
    "options": _v14_opts,
    "attributes": {"Material": ["Solid beech"], "Max load": ["150 kg"], "Height": ["45 cm"],
                   "Footprint": ["40 x 38 cm"], "Step depth": ["18 cm"], "Made in": ["Lithuania"],
                   "Assembly": ["Supplied assembled"]},
    "variants": variants("OJ-LS2", _v14_opts, "129.00", {"value": 5.2, "unit": "kg"}),
    "price": "129.00",
    "currency": "EUR",
    "weight": {"value": 5.2, "unit": "kg"},
    "dimensions": {"length": 40, "width": 38, "height": 45, "unit": "cm"},
}

# Electronics accessory: a charger with an HTML table, standards, certifications and a cable NOT included.
_v15_opts = {"Colour": ["White", "Graphite"]}
L["V15"] = {
    "external_id": "woo-7702",
    "title": "65 W GaN USB-C Charger, 3 Ports",
    "description_html": (
        "<p>A compact 65 W charger with two USB-C ports and one USB-A port. One USB-C port on its own gives "
        "the full 65 W, enough to charge most 13-inch laptops; when several devices charge at once, the power "
        "is shared automatically.</p>"
        "<table><tr><th>Ports</th><td>2 x USB-C, 1 x USB-A</td></tr>"
        "<tr><th>Max output</th><td>65 W (single USB-C)</td></tr>"
        "<tr><th>USB-A max</th><td>18 W</td></tr>"
        "<tr><th>Plug</th><td>UK (Type G), folding pins</td></tr></table>"),
    "vendor": "Voltwren",
    "product_type": "Wall charger",
    "sku": "VW-65G3",
    "tags": ["charger", "gan", "usb-c"],
    "categories": ["Electronics > Accessories > Chargers"],
    "options": _v15_opts,
    "attributes": {"Standards": ["USB Power Delivery 3.0", "Quick Charge 3.0"], "Certification": ["UKCA", "CE"],
                   "Cable": ["Not included"], "Warranty": ["2 years"]},
    "variants": variants("VW-65G3", _v15_opts, "39.99", {"value": 120, "unit": "g"}),
    "price": "39.99",
    "currency": "GBP",
    "weight": {"value": 120, "unit": "g"},
    "dimensions": {"length": 45, "width": 45, "height": 30, "unit": "mm"},
    "faq": [{"question": "Does it come with a cable?", "answer": "No, the charger is sold without a cable."}],
}

# Thin: title and price only.
L["V16"] = {
    "external_id": "woo-1188",
    "title": "Night Heron Enamel Pin",
    "variants": single("NH-PIN", "12.00"),
    "price": "12.00",
    "currency": "USD",
}

# Thin: title, vendor, one attribute, price.
L["V17"] = {
    "external_id": "gid://shopify/Product/7309",
    "title": "Beeswax Taper Candles, Pair",
    "vendor": "Hivecraft",
    "attributes": {"Height": ["25 cm"]},
    "variants": single("HV-TAP2", "18.00"),
    "price": "18.00",
    "currency": "CAD",
}

# Thin: a spare part with a short description only.
L["V18"] = {
    "external_id": "woo-4471",
    "title": "Replacement Glass Carafe 1 L",
    "short_description_html": "<p>Borosilicate glass carafe for the Brewhaus Pourover Stand. Lid not included.</p>",
    "vendor": "Brewhaus",
    "variants": single("BH-CAR1", "22.00"),
    "price": "22.00",
    "currency": "EUR",
}

# Beauty: a safety razor, CHF, finishes, blades included, made in Solingen.
_v19_opts = {"Finish": ["Chrome", "Gunmetal"]}
L["V19"] = {
    "external_id": "gid://shopify/Product/7310",
    "title": "Closed-Comb Safety Razor",
    "description_html": (
        "<p>A three-piece closed-comb safety razor with a 9 cm knurled handle that grips well in wet hands. "
        "It takes any standard double-edge blade.</p>"),
    "vendor": "Barrow & Finch",
    "product_type": "Safety razor",
    "sku": "BF-SR3",
    "tags": ["shaving", "plastic-free"],
    "categories": ["Beauty > Shaving"],
    "options": _v19_opts,
    "attributes": {"Material": ["Chrome-plated brass"], "Weight": ["72 g"], "Handle length": ["9 cm"],
                   "Included": ["5 double-edge blades"], "Origin": ["Made in Solingen, Germany"]},
    "variants": variants("BF-SR3", _v19_opts, "42.00", {"value": 72, "unit": "g"}),
    "price": "42.00",
    "currency": "CHF",
    "weight": {"value": 72, "unit": "g"},
}

# Food: an oolong tea, JPY, elevation, harvest, brewing figures, an SEO block.
L["V20"] = {
    "external_id": "woo-3920",
    "title": "Alishan High-Mountain Oolong, 50 g",
    "description_html": (
        "<p>A lightly oxidised oolong from tea gardens at 1,400 m on Alishan, Taiwan, hand-picked in spring "
        "2026. The rolled leaves open into a floral, buttery cup with a sweet finish, and give five or six "
        "infusions.</p>"
        "<p>Brew 5 g in 150 ml of water at 95 &deg;C, 50 seconds for the first steep.</p>"),
    "vendor": "Cloudterrace Tea",
    "product_type": "Loose-leaf tea",
    "sku": "CT-ALI50",
    "tags": ["oolong", "taiwan"],
    "categories": ["Food & drink > Tea > Oolong"],
    "options": {},
    "attributes": {"Origin": ["Alishan, Chiayi County, Taiwan"], "Elevation": ["1,400 m"],
                   "Harvest": ["Spring 2026"], "Oxidation": ["Light (about 20%)"],
                   "Packaging": ["Resealable foil pouch, nitrogen-flushed"], "Caffeine": ["Contains caffeine"]},
    "variants": single("CT-ALI50", "3800", {"value": 50, "unit": "g"}),
    "price": "3800",
    "currency": "JPY",
    "weight": {"value": 50, "unit": "g"},
    "seo": {"title": "Alishan High-Mountain Oolong 50 g | Cloudterrace Tea",
            "description": "Lightly oxidised spring oolong from 1,400 m on Alishan, Taiwan."},
}

# Office: a notebook, PLN, four cover colours, paper weight, page count, printed in Slovenia.
_v21_opts = {"Cover": ["Forest", "Ink", "Clay", "Sand"]}
L["V21"] = {
    "external_id": "gid://shopify/Product/7311",
    "title": "A5 Dot-Grid Notebook, 192 Pages",
    "description_html": (
        "<p>A lay-flat notebook with 192 numbered pages of 100 gsm ivory paper, dotted on a 5 mm grid. The "
        "paper takes fountain-pen ink with little show-through.</p>"
        "<p>Two ribbon markers, an elastic closure and a pocket inside the back cover.</p>"),
    "vendor": "Quillmoor Paper",
    "product_type": "Notebook",
    "sku": "QM-A5DOT",
    "tags": ["stationery", "bullet journal"],
    "categories": ["Office > Notebooks"],
    "options": _v21_opts,
    "attributes": {"Size": ["A5 (148 x 210 mm)"], "Paper": ["100 gsm, ivory, acid-free"],
                   "Binding": ["Thread-sewn, lay-flat"], "Cover": ["Linen-wrapped hardcover"],
                   "Pages": ["192 numbered"], "Made in": ["Printed and bound in Slovenia"]},
    "variants": variants("QM-A5DOT", _v21_opts, "89.00", {"value": 380, "unit": "g"}),
    "price": "89.00",
    "currency": "PLN",
    "weight": {"value": 380, "unit": "g"},
}

# Hardware: a work light with battery, runtimes, lumens, IP54, cable included.
L["V22"] = {
    "external_id": "woo-5561",
    "title": "Rechargeable LED Work Light 2000 lm",
    "description_html": (
        "<p>A 2,000-lumen work light with a 5,000 mAh battery that runs for about 3 hours on full brightness "
        "and up to 10 hours on low. The fold-out stand tilts through 180&deg;, and the magnetic base holds "
        "it on steel beams or car panels.</p>"
        "<p>IP54 rated against splashes and dust. It charges over USB-C in about 4 hours, and the cable is "
        "included.</p>"),
    "vendor": "Brightforge",
    "product_type": "Work light",
    "sku": "BF-WL2000",
    "tags": ["workshop", "rechargeable"],
    "categories": ["Tools > Lighting"],
    "options": {},
    "attributes": {"Brightness": ["2000 lm (high)", "600 lm (low)"], "Battery": ["5000 mAh Li-ion"],
                   "Runtime": ["3 h on high", "10 h on low"], "Ingress protection": ["IP54"],
                   "Charging": ["USB-C, about 4 h"], "Colour temperature": ["5000 K"]},
    "variants": single("BF-WL2000", "49.95", {"value": 640, "unit": "g"}),
    "price": "49.95",
    "currency": "USD",
    "weight": {"value": 640, "unit": "g"},
}

# Garden: an organic plant feed with an NPK ratio and a dilution rate.
L["V23"] = {
    "external_id": "gid://shopify/Product/7312",
    "title": "Organic Liquid Tomato Feed 1 L",
    "description_html": (
        "<p>A seaweed-based liquid feed, high in potash to help tomatoes, chillies and peppers set fruit. "
        "Approved for organic growing by the Soil Association.</p>"
        "<p>Dilute 20 ml in 4.5 litres of water and feed once a week from the first flower truss.</p>"),
    "vendor": "Greenhollow Growers",
    "product_type": "Plant feed",
    "sku": "GH-TF1",
    "tags": ["organic", "vegan"],
    "categories": ["Garden > Plant care > Feeds"],
    "options": {},
    "attributes": {"NPK": ["4-2-8"], "Volume": ["1 L"], "Makes": ["225 litres of feed"],
                   "Base": ["Seaweed extract and plant-derived potash"], "Made in": ["Devon, UK"]},
    "variants": single("GH-TF1", "9.99", {"value": 1.1, "unit": "kg"}),
    "price": "9.99",
    "currency": "GBP",
    "weight": {"value": 1.1, "unit": "kg"},
}

# Pets (equestrian): a fly mask in three sizes and two colours, a UV figure, hand wash only.
_v24_opts = {"Size": ["Pony", "Cob", "Full"], "Colour": ["Teal", "Black"]}
L["V24"] = {
    "external_id": "woo-2718",
    "title": "Fine-Mesh Fly Mask with Ears",
    "description_html": (
        "<p>A fly mask that covers the eyes and ears and keeps midges and flies off the face. The fine mesh "
        "blocks about 70% of UV light, and the ears are soft and stretchy so they stay comfortable.</p>"
        "<p>Fastens with a touch-tape strap under the jaw. Fleece edging at the brow and cheeks.</p>"),
    "vendor": "Saddlebrook Equine",
    "product_type": "Fly mask",
    "sku": "SE-FM",
    "tags": ["equestrian", "summer"],
    "categories": ["Pets > Horses > Fly protection"],
    "options": _v24_opts,
    "attributes": {"Mesh": ["Polyester"], "UV protection": ["About 70%"], "Ears": ["Stretch Lycra"],
                   "Fastening": ["Touch tape"], "Care": ["Hand wash cold; air dry"]},
    "variants": variants("SE-FM", _v24_opts, "24.99", {"value": 180, "unit": "g"}),
    "price": "24.99",
    "currency": "EUR",
    "weight": {"value": 180, "unit": "g"},
}

# Music/digital: a sample pack, a download, a licence with a limit.
L["V25"] = {
    "external_id": "gid://shopify/Product/7313",
    "title": "Harbour Lo-Fi Drums - Sample Pack",
    "description_html": (
        "<p>240 drum one-shots and 60 loops, recorded on a 1960s kit through tape and cut for lo-fi and "
        "hip-hop producers. Every loop is labelled with its tempo, from 70 to 95 BPM.</p>"
        "<p>Royalty-free for use in your own music. Download only: 24-bit / 48 kHz WAV, 1.2 GB.</p>"),
    "vendor": "Tidewell Audio",
    "product_type": "Sample pack",
    "sku": "TW-HLFD",
    "tags": ["downloadable", "virtual", "samples"],
    "categories": ["Music > Production > Samples"],
    "options": {},
    "attributes": {"Contents": ["240 one-shots", "60 loops"], "Format": ["WAV, 24-bit / 48 kHz"],
                   "Download size": ["1.2 GB"], "Tempo": ["70-95 BPM"],
                   "Licence": ["Royalty-free for music releases; no resale of the samples"]},
    "variants": single("TW-HLFD", "29.00"),
    "price": "29.00",
    "currency": "USD",
}

# Sports/safety: a climbing rope with certified figures, two lengths priced and weighed separately.
_v26_opts = {"Colour": ["Lime", "Blue"], "Length": ["60 m", "70 m"]}
L["V26"] = {
    "external_id": "woo-6620",
    "title": "Dry-Treated Single Rope 9.5 mm x 60 m",
    "description_html": (
        "<p>A 9.5 mm single rope for sport and trad climbing. Sheath and core are both dry-treated, so it "
        "meets the UIAA water-repellent standard and stays light in wet weather.</p>"
        "<ul><li>Weight: 59 g/m</li><li>UIAA falls: 7</li><li>Impact force: 8.6 kN</li>"
        "<li>Static elongation: 8.9%</li><li>Dynamic elongation: 33%</li><li>Middle mark: black</li></ul>"
        "<p>Certified to EN 892 and UIAA 101.</p>"),
    "vendor": "Cragline",
    "product_type": "Climbing rope",
    "sku": "CL-95DRY",
    "tags": ["climbing", "rope"],
    "categories": ["Sports > Climbing > Ropes"],
    "options": _v26_opts,
    "attributes": {"Rope type": ["Single"], "Diameter": ["9.5 mm"], "Treatment": ["Dry-treated sheath and core"],
                   "Made in": ["Czech Republic"]},
    "variants": variants("CL-95DRY", _v26_opts, "189.00", prices={"70 m": "219.00"},
                         weights={"60 m": {"value": 3.54, "unit": "kg"}, "70 m": {"value": 4.13, "unit": "kg"}}),
    "price": "189.00",
    "currency": "EUR",
}

# Services/experience: a pottery class with dates as options, group size, ages, what is included.
_v27_opts = {"Date": ["Sat 9 Jan 2027, 10:00", "Sat 9 Jan 2027, 14:00", "Sun 17 Jan 2027, 10:00"]}
L["V27"] = {
    "external_id": "gid://shopify/Product/7314",
    "title": "Wheel-Throwing Taster Class (2.5 Hours)",
    "description_html": (
        "<p>A first go on the potter's wheel. In two and a half hours a potter shows you how to centre, open "
        "and pull up the clay, and you keep your two best pieces. We trim them, glaze them in white or "
        "celadon and fire them; they are ready to collect about 4 weeks later.</p>"
        "<p>Small groups of up to 6 people. Ages 16 and over. Clay, glazes, firing and aprons are "
        "included.</p>"),
    "vendor": "Kilnworks Studio",
    "product_type": "Workshop ticket",
    "sku": "KW-TASTER",
    "tags": ["class", "experience"],
    "categories": ["Experiences > Classes"],
    "options": _v27_opts,
    "attributes": {"Location": ["Kilnworks Studio, Fremantle, WA"], "Duration": ["2.5 hours"],
                   "Group size": ["Up to 6"], "Ages": ["16+"], "Pieces kept": ["2"]},
    "variants": variants("KW-TASTER", _v27_opts, "95.00"),
    "price": "95.00",
    "currency": "AUD",
}

# Grouped product: four items sold individually, each with its own price; no bundle price.
L["V28"] = {
    "external_id": "woo-8080",
    "title": "Copperplate Calligraphy Collection",
    "description_html": (
        "<p>The pieces we recommend for copperplate script, sold individually so you buy only what you "
        "need:</p>"
        "<ul><li>Oblique pen holder in turned cherry wood (&euro;28.00)</li>"
        "<li>G-type pointed nibs, pack of 3 (&euro;9.00)</li>"
        "<li>Walnut ink, 50 ml (&euro;12.50)</li>"
        "<li>Practice pad, A4, 50 sheets of 90 gsm guideline paper (&euro;11.00)</li></ul>"),
    "vendor": "Inkwell & Quire",
    "product_type": "Grouped product",
    "sku": "IQ-COPPER",
    "tags": ["calligraphy", "grouped"],
    "categories": ["Art & craft > Calligraphy"],
    "options": {},
    "attributes": {},
    "variants": [
        {"sku": "IQ-OBL", "title": "Oblique pen holder, cherry", "price": "28.00", "compare_at_price": None,
         "options": {}, "weight": {"value": 20, "unit": "g"}, "external_id": "iq-obl"},
        {"sku": "IQ-NIB3", "title": "G-type pointed nibs, pack of 3", "price": "9.00", "compare_at_price": None,
         "options": {}, "weight": {"value": 10, "unit": "g"}, "external_id": "iq-nib3"},
        {"sku": "IQ-WAL50", "title": "Walnut ink, 50 ml", "price": "12.50", "compare_at_price": None,
         "options": {}, "weight": {"value": 120, "unit": "g"}, "external_id": "iq-wal50"},
        {"sku": "IQ-PAD", "title": "Practice pad, A4, 50 sheets", "price": "11.00", "compare_at_price": None,
         "options": {}, "weight": {"value": 300, "unit": "g"}, "external_id": "iq-pad"},
    ],
    "price": None,
    "currency": "EUR",
}


def main():
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(L, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(L)} listings")


if __name__ == "__main__":
    main()
