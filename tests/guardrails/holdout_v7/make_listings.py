"""Build listings.json for guardrails holdout v7: 30 invented listings, X01..X30.

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

# Climbing chalk: Swiss francs, grams, no colour option.
L["X01"] = {
    "title": "Loose Climbing Chalk 250 g",
    "description_html": "<p>Fine-ground magnesium carbonate with no drying agents added. The 250 g pouch refills "
                        "a chalk bag about five times.</p><p>Reseal the pouch after use and keep it dry.</p>",
    "vendor": "Griffwerk", "product_type": "Climbing chalk", "sku": "GW-CH250",
    "tags": ["climbing", "bouldering"], "categories": ["Sport > Klettern > Magnesia"],
    "attributes": {"Inhalt": ["250 g"], "Zusammensetzung": ["Magnesiumcarbonat"], "Herstellungsland": ["Schweiz"]},
    "variants": single("GW-CH250", "14.90", g(262)), "price": "14.90", "currency": "CHF", "weight": g(262),
}

# Bookbinding kit: imperial thread length, waxed linen.
L["X02"] = {
    "title": "Bookbinding Starter Kit",
    "description_html": "<p>Everything to sew your first pamphlet and Coptic-stitch books: a bone folder, a "
                        "sewing awl with a 2 in steel point, two curved needles and a 25 yd spool of waxed Irish "
                        "linen thread (4-ply).</p><p>Paper is not included.</p>",
    "vendor": "Quire & Kettle", "product_type": "Bookbinding kit", "sku": "QK-BIND1",
    "tags": ["bookbinding", "craft"], "categories": ["Crafts > Paper crafts > Bookbinding"],
    "options": {"Thread colour": ["Natural", "Black", "Oxblood"]},
    "attributes": {"Thread": ["Waxed linen, 4-ply"], "Folder": ["Cow bone"], "Pieces": ["5"]},
    "variants": variants("QK-BIND1", {"Thread colour": ["Natural", "Black", "Oxblood"]}, "28.00", g(140)),
    "price": "28.00", "currency": "USD", "weight": g(140),
}

# Ukulele strings: gauges in inches, fluorocarbon, no colour.
L["X03"] = {
    "title": "Fluorocarbon Ukulele Strings, Concert GCEA",
    "description_html": "<p>A set of four clear fluorocarbon strings for concert ukuleles in standard GCEA "
                        "tuning, with a high (re-entrant) G.</p><p>Gauges: G .0280 in, C .0330 in, E .0290 in, "
                        "A .0240 in. Expect a few days of stretching before they hold pitch.</p>",
    "vendor": "Nui Strings", "product_type": "Ukulele strings", "sku": "NUI-CON4",
    "tags": ["ukulele", "concert", "fluorocarbon"], "categories": ["Music > Strings > Ukulele"],
    "attributes": {"Material": ["Fluorocarbon"], "Scale": ["Concert"], "Strings": ["4"]},
    "variants": single("NUI-CON4", "12.50", g(18)), "price": "12.50", "currency": "NZD",
}

# Horse fly mask: sizes by breed type, mesh, colours.
L["X04"] = {
    "title": "Fly Mask with Ears",
    "description_html": "<p>A soft polyester mesh fly mask with ear covers and a fleece-lined edge. Blocks about "
                        "70 % of UV light. Double hook-and-loop closure under the jaw.</p><p>Hand wash in cold "
                        "water; air dry.</p>",
    "vendor": "Paddock & Pine", "product_type": "Fly mask", "sku": "PP-FM",
    "tags": ["equestrian", "summer"], "categories": ["Equestrian > Horse care > Fly protection"],
    "options": {"Size": ["Pony", "Cob", "Full"], "Colour": ["Grey", "Navy"]},
    "attributes": {"Material": ["Polyester mesh", "Fleece edging"], "UV protection": ["approx. 70 %"]},
    "variants": variants("PP-FM", {"Size": ["Pony", "Cob", "Full"], "Colour": ["Grey", "Navy"]}, "24.95",
                         prices={"Full": "26.95"}),
    "price": "24.95", "currency": "GBP",
}

# Downloadable machine embroidery designs.
L["X05"] = {
    "title": "Alpine Wildflowers Machine Embroidery Designs",
    "description_html": "<p>Twelve instant-download embroidery designs for a 5x7 in (130 x 180 mm) hoop. Files "
                        "in PES, DST, JEF and EXP formats, with a PDF colour chart.</p><p>Nothing is posted; "
                        "the files are for personal use and small-scale sale of stitched items, not for "
                        "resale as files.</p>",
    "vendor": "Stichfeld Digital", "product_type": "Digital download", "sku": "SF-ALP12",
    "tags": ["downloadable", "virtual", "embroidery"], "categories": ["Downloads > Embroidery designs"],
    "attributes": {"Designs": ["12"], "Hoop": ["5x7 in / 130 x 180 mm"], "Formats": ["PES", "DST", "JEF", "EXP"]},
    "variants": single("SF-ALP12", "19.00"), "price": "19.00", "currency": "USD",
}

# Downloadable font licence, tiered prices.
L["X06"] = {
    "title": "Harbourline Sans Font Family",
    "description_html": "<p>A geometric sans-serif in 8 weights (Thin to Black) with matching italics: 16 OTF "
                        "and 16 WOFF2 files. Covers Latin Extended-A.</p><p>Desktop licences by number of "
                        "users; the web licence covers up to 50,000 page views a month.</p>",
    "vendor": "Mareotype", "product_type": "Font licence", "sku": "",
    "tags": ["downloadable", "virtual", "font"], "categories": ["Downloads > Fonts"],
    "options": {"Licence": ["Desktop, 1-2 users", "Desktop, up to 10 users", "Web"]},
    "variants": variants("MT-HBL", {"Licence": ["Desktop, 1-2 users", "Desktop, up to 10 users", "Web"]}, "89.00",
                         prices={"Desktop, up to 10 users": "240.00", "Web": "120.00"}),
    "price": "89.00", "currency": "EUR",
}

# External product: guitar pedal sold and shipped by its maker.
L["X07"] = {
    "title": "Tidewater Analog Delay Pedal",
    "description_html": "<p>A bucket-brigade analog delay with 20-600 ms of delay time, a modulation switch and "
                        "true bypass. Runs on a 9 V DC centre-negative supply (not included); draws 45 mA.</p>"
                        "<p>Sold and shipped by Brackwater Audio; the button takes you to their shop.</p>",
    "vendor": "Brackwater Audio", "product_type": "External product", "sku": "",
    "tags": ["guitar", "effects", "external"], "categories": ["Music > Guitar effects > Delay"],
    "attributes": {"Power": ["9 V DC, centre negative, 45 mA"], "Delay time": ["20-600 ms"]},
    "variants": single("BWA-TDW", "229.00"), "price": "229.00", "currency": "CAD",
}

# Grouped product: calligraphy nibs, children priced one by one, decimal commas.
L["X08"] = {
    "title": "Pointed Pen Nib Sampler",
    "description_html": "<p>Four pointed nibs for copperplate and Spencerian script, each sold on its own.</p>"
                        "<ul><li>Fine flex nib: 2,40 €</li><li>Extra-fine flex nib: 2,90 €</li><li>Vintage-"
                        "style school nib: 1,80 €</li><li>Oblique holder, beech: 16,50 €</li></ul><p>Wipe nibs "
                        "dry after each session to stop rust.</p>",
    "vendor": "Federkiel & Co.", "product_type": "Grouped product", "sku": "FK-SAMP",
    "tags": ["calligraphy", "nibs"], "categories": ["Schreibwaren > Kalligrafie"],
    "variants": [
        {"sku": "FK-FF", "title": "Fine flex nib", "price": "2.40", "compare_at_price": None, "options": {},
         "weight": g(2), "external_id": "fk-1"},
        {"sku": "FK-EF", "title": "Extra-fine flex nib", "price": "2.90", "compare_at_price": None, "options": {},
         "weight": g(2), "external_id": "fk-2"},
        {"sku": "FK-SN", "title": "Vintage-style school nib", "price": "1.80", "compare_at_price": None,
         "options": {}, "weight": g(2), "external_id": "fk-3"},
        {"sku": "FK-OH", "title": "Oblique holder, beech", "price": "16.50", "compare_at_price": None,
         "options": {}, "weight": g(14), "external_id": "fk-4"},
    ],
    "price": None, "currency": "EUR",
}

# Grouped product: bonsai tools in Swedish kronor.
L["X09"] = {
    "title": "Bonsai Tool Pieces",
    "description_html": "<p>Tools for shaping small trees, sold separately.</p><ul><li>Concave branch cutter, "
                        "205 mm: 649 kr</li><li>Aluminium training wire, 1,5 mm x 100 g: 79 kr</li><li>Root "
                        "rake, 180 mm: 189 kr</li></ul><p>The cutter and rake are carbon steel: oil them after "
                        "use.</p>",
    "vendor": "Lilla Trädet", "product_type": "Grouped product", "sku": "LT-BON",
    "tags": ["bonsai", "garden"], "categories": ["Trädgård > Bonsai"],
    "variants": [
        {"sku": "LT-CC", "title": "Concave branch cutter, 205 mm", "price": "649", "compare_at_price": None,
         "options": {}, "weight": g(230), "external_id": "lt-1"},
        {"sku": "LT-WI", "title": "Aluminium training wire, 1,5 mm", "price": "79", "compare_at_price": None,
         "options": {}, "weight": g(100), "external_id": "lt-2"},
        {"sku": "LT-RR", "title": "Root rake, 180 mm", "price": "189", "compare_at_price": None, "options": {},
         "weight": g(60), "external_id": "lt-3"},
    ],
    "price": None, "currency": "SEK",
}

# Dog treats: ingredient list, percentages, Norwegian kroner.
L["X10"] = {
    "title": "Lamb & Sweet Potato Dog Training Treats 200 g",
    "description_html": "<p>Soft, pea-sized training treats. Ingredients: lamb (60 %), sweet potato (25 %), "
                        "tapioca starch, glycerine, rosemary extract.</p><p>Feed up to 30 treats a day for a "
                        "10 kg dog. Keep in a cool, dry place; use within 4 weeks of opening.</p>",
    "vendor": "Fjellpote", "product_type": "Dog treats", "sku": "FP-LSP200",
    "tags": ["dog", "grain-free", "training"], "categories": ["Dyr > Hund > Godbiter"],
    "attributes": {"Nettovekt": ["200 g"], "Protein": ["28 %"], "Produsert i": ["Norge"]},
    "variants": single("FP-LSP200", "149.00", g(215)), "price": "149.00", "currency": "NOK", "weight": g(215),
}

# Hot sauce: ingredient list, Scoville, Mexican pesos.
L["X11"] = {
    "title": "Salsa de Chile Habanero Tatemado 150 ml",
    "description_html": "<p>Fire-roasted habanero sauce from Mérida, Yucatán. Ingredients: habanero chilli, "
                        "cider vinegar, roasted onion, garlic, lime juice, salt.</p><p>About 8,000 Scoville "
                        "heat units. Refrigerate after opening.</p>",
    "vendor": "Casa Xcalak", "product_type": "Hot sauce", "sku": "CX-HAB150",
    "tags": ["vegan", "gluten-free", "hot sauce"], "categories": ["Despensa > Salsas picantes"],
    "attributes": {"Contenido": ["150 ml"], "Picor": ["aprox. 8.000 SHU"], "Origen": ["Yucatán, México"]},
    "variants": single("CX-HAB150", "145.00", g(290)), "price": "145.00", "currency": "MXN",
}

# Hand cream: INCI list, Polish złoty with trailing symbol.
L["X12"] = {
    "title": "Krem do rąk z olejem rzepakowym — Hand Cream 75 ml",
    "description_html": "<p>A rich, unscented hand cream for dry, working hands. INCI: Aqua, Brassica Campestris "
                        "Seed Oil, Glycerin, Cetearyl Alcohol, Butyrospermum Parkii Butter, Tocopherol, "
                        "Sodium Benzoate.</p><p>Price 39,90 zł. Made in Poland. Vegan; not tested on animals.</p>",
    "vendor": "Pole Rzepaku", "product_type": "Hand cream", "sku": "PR-HC75",
    "tags": ["vegan", "unscented", "cruelty-free"], "categories": ["Kosmetyki > Dłonie"],
    "attributes": {"Pojemność": ["75 ml"], "Kraj produkcji": ["Polska"]},
    "variants": single("PR-HC75", "39.90", g(95)), "price": "39.90", "currency": "PLN",
}

# Ski goggles: standard EN ISO 18527-1, filter category.
L["X13"] = {
    "title": "Cylindrical Ski Goggles S2",
    "description_html": "<p>Double-lens cylindrical goggles with an anti-fog coating and a filter category 2 "
                        "lens (VLT 18-43 %) for mixed light. Tested to EN ISO 18527-1. Fits over most "
                        "glasses.</p><p>Clean the lens with the microfibre bag only.</p>",
    "vendor": "Firnlicht", "product_type": "Ski goggles", "sku": "FL-CYL2",
    "tags": ["ski", "snowboard"], "categories": ["Winter > Goggles"],
    "options": {"Frame": ["Matt Black", "Glacier White"]},
    "attributes": {"Standard": ["EN ISO 18527-1"], "Filter category": ["S2"], "Lens": ["Polycarbonate, double"]},
    "variants": variants("FL-CYL2", {"Frame": ["Matt Black", "Glacier White"]}, "79.00", g(160)),
    "price": "79.00", "currency": "EUR",
}

# Welding gloves: EN 12477 type A, leather.
L["X14"] = {
    "title": "MIG/Stick Welding Gauntlets",
    "description_html": "<p>Cowhide split leather gauntlets, 35 cm long, lined with cotton and sewn with Kevlar "
                        "thread. Rated EN 12477 Type A and EN 407 (heat).</p><p>Not for TIG work, where you need "
                        "more finger feel.</p>",
    "vendor": "Arcwright", "product_type": "Welding gloves", "sku": "AW-G35",
    "tags": ["welding", "ppe"], "categories": ["Workshop > Safety > Gloves"],
    "options": {"Size": ["L (9)", "XL (10)"]},
    "attributes": {"Material": ["Cowhide split leather"], "Lining": ["Cotton"], "Standard": ["EN 12477 Type A",
                                                                                               "EN 407"]},
    "variants": variants("AW-G35", {"Size": ["L (9)", "XL (10)"]}, "22.50", g(380)),
    "price": "22.50", "currency": "AUD",
}

# Smoke alarm: EN 14604, sealed 10-year battery, no colour option.
L["X15"] = {
    "title": "Optical Smoke Alarm, 10-Year Battery",
    "description_html": "<p>An optical (photoelectric) smoke alarm with a sealed lithium battery that lasts "
                        "10 years. Certified to EN 14604. 85 dB siren; test/hush button.</p><p>Not for kitchens "
                        "or bathrooms, where steam sets it off. Replace the whole unit after 10 years.</p>",
    "vendor": "Vakta", "product_type": "Smoke alarm", "sku": "VK-OPT10",
    "tags": ["safety", "home"], "categories": ["Home > Safety > Smoke alarms"],
    "attributes": {"Standard": ["EN 14604"], "Battery": ["Sealed lithium, 10 years"], "Sound": ["85 dB"]},
    "variants": single("VK-OPT10", "21.99", g(140)), "price": "21.99", "currency": "GBP",
}

# Garden hose: feet and fractional inches, US.
L["X16"] = {
    "title": "Rubber Garden Hose 50 ft x 5/8 in",
    "description_html": "<p>A 50 ft natural rubber hose with a 5/8 in inner diameter and solid brass couplings. "
                        "Rated to 200 PSI burst pressure and stays flexible down to -20 &deg;F.</p><p>Drain and "
                        "coil it before a frost.</p>",
    "vendor": "Orchard Row", "product_type": "Garden hose", "sku": "OR-H50",
    "tags": ["garden", "made in usa"], "categories": ["Garden > Watering > Hoses"],
    "options": {"Colour": ["Black"]},
    "attributes": {"Material": ["Natural rubber"], "Couplings": ["Solid brass"], "Made in": ["Ohio, USA"]},
    "variants": single("OR-H50", "64.00", g(4.2, "kg")), "price": "64.00", "currency": "USD", "weight": g(4.2, "kg"),
    "dimensions": {"length": 50, "width": None, "height": None, "unit": "ft"},
}

# Rain gauge: mm and inch scales, acrylic.
L["X17"] = {
    "title": "Clear Rain Gauge, mm and in",
    "description_html": "<p>A wall- or post-mounted rain gauge reading up to 150 mm (6 in) with scales on both "
                        "sides. Magnifying acrylic tube; UV-stable.</p><p>Screws included. Empty it after each "
                        "reading.</p>",
    "vendor": "Drizzle & Co", "product_type": "Rain gauge", "sku": "DC-RG150",
    "tags": ["garden", "weather"], "categories": ["Garden > Weather"],
    "attributes": {"Material": ["Acrylic"], "Capacity": ["150 mm / 6 in"]},
    "variants": single("DC-RG150", "16.95", g(90)), "price": "16.95", "currency": "AUD",
    "dimensions": {"length": None, "width": 6, "height": 28, "unit": "cm"},
}

# Service: knife sharpening by post, per-knife price, turnaround.
L["X18"] = {
    "title": "Knife Sharpening by Post",
    "description_html": "<p>Send us your kitchen knives and we sharpen them on water stones and return them "
                        "within 5 working days of arrival. Price per knife; return postage in the UK is "
                        "included.</p><p>We do not sharpen serrated knives, scissors or ceramic blades. Chips "
                        "over 2 mm are quoted separately.</p>",
    "vendor": "Whetstone Row", "product_type": "Service", "sku": "WR-SHARP",
    "tags": ["service", "knives"], "categories": ["Services > Sharpening"],
    "options": {"Blade length": ["Up to 15 cm", "Over 15 cm"]},
    "variants": variants("WR-SHARP", {"Blade length": ["Up to 15 cm", "Over 15 cm"]}, "8.00",
                         prices={"Over 15 cm": "11.00"}),
    "price": "8.00", "currency": "GBP",
}

# Event ticket: pottery wheel taster evening, dates as options.
L["X19"] = {
    "title": "Pottery Wheel Taster Evening",
    "description_html": "<p>A two-hour evening on the wheel for beginners, 18+ only. Up to 8 people; clay, "
                        "aprons and tools are provided. We fire and glaze your two best pieces and you collect "
                        "them about 3 weeks later.</p><p>Starts at 6:30 pm at our Fitzroy studio.</p>",
    "vendor": "Kiln Street Studio", "product_type": "Event ticket", "sku": "KS-TASTE",
    "tags": ["workshop", "ticket", "pottery"], "categories": ["Events > Workshops"],
    "options": {"Date": ["Thu 14 Jan", "Thu 28 Jan", "Thu 11 Feb"]},
    "variants": variants("KS-TASTE", {"Date": ["Thu 14 Jan", "Thu 28 Jan", "Thu 11 Feb"]}, "95.00"),
    "price": "95.00", "currency": "AUD",
}

# Thin listing: title and price only.
L["X20"] = {
    "title": "Brass Twist Hose Nozzle",
    "variants": single("BN-1", "9.50"), "price": "9.50", "currency": "USD",
}

# Thin listing: title, vendor, one attribute, price.
L["X21"] = {
    "title": "Felt Chair Pads",
    "vendor": "Stillfot",
    "attributes": {"Pack": ["16 pads"]},
    "variants": single("SF-16", "59.00"), "price": "59.00", "currency": "SEK",
}

# Chess clock: no colour, no material, batteries not included.
L["X22"] = {
    "title": "Digital Chess Clock with Increment",
    "description_html": "<p>A tournament chess clock with 25 preset modes, including Fischer increment and "
                        "Bronstein delay. Runs on 2 AA batteries (not included).</p><p>Move counter and "
                        "low-time warning. Also suits Go and Scrabble.</p>",
    "vendor": "Zugzwang Gear", "product_type": "Chess clock", "sku": "ZG-DC25",
    "tags": ["chess", "games"], "categories": ["Games > Chess > Clocks"],
    "attributes": {"Presets": ["25"], "Power": ["2 x AA"]},
    "variants": single("ZG-DC25", "39.00", g(320)), "price": "39.00", "currency": "USD", "weight": g(320),
}

# Hamster wheel: cm and inch, colours.
L["X23"] = {
    "title": "Silent Hamster Wheel 21 cm",
    "description_html": "<p>A 21 cm (8.3 in) wheel for Syrian hamsters, on a ball-bearing axle so it runs "
                        "almost silently. Solid running surface, no rungs. Stands free or screws to a cage "
                        "wall.</p><p>Wash with warm water only.</p>",
    "vendor": "Nagerheim", "product_type": "Hamster wheel", "sku": "NH-W21",
    "tags": ["hamster", "small pets"], "categories": ["Pets > Small animals > Toys"],
    "options": {"Colour": ["Sand", "Mint"]},
    "attributes": {"Diameter": ["21 cm"], "Material": ["BPA-free polypropylene"]},
    "variants": variants("NH-W21", {"Colour": ["Sand", "Mint"]}, "18.99", g(410)),
    "price": "18.99", "currency": "EUR",
}

# Reptile heat mat: watts and cm.
L["X24"] = {
    "title": "Terrarium Heat Mat 14 W",
    "description_html": "<p>A thin under-tank heat mat, 28 x 28 cm, drawing 14 W. Sticks under glass "
                        "terrariums of 40-80 litres.</p><p>Always use it with a thermostat (sold separately). "
                        "Not for wooden vivariums.</p>",
    "vendor": "Scaleworks", "product_type": "Heat mat", "sku": "SW-HM14",
    "tags": ["reptile", "terrarium"], "categories": ["Pets > Reptiles > Heating"],
    "attributes": {"Power": ["14 W"], "Size": ["28 x 28 cm"], "Plug": ["UK 3-pin"]},
    "variants": single("SW-HM14", "17.49", g(300)), "price": "17.49", "currency": "GBP",
}

# Soap-making lye: purity, hazards.
L["X25"] = {
    "title": "Sodium Hydroxide (Lye) Microbeads 1 kg",
    "description_html": "<p>Sodium hydroxide microbeads, 99 % pure, for cold-process soap making. Comes in a "
                        "resealable, child-resistant tub.</p><p>Corrosive: wear gloves and eye protection, and "
                        "always add lye to water, never water to lye. Not for food use.</p>",
    "vendor": "Saponaria Supply", "product_type": "Soap making supply", "sku": "SS-NAOH1",
    "tags": ["soap making", "lye"], "categories": ["Crafts > Soap making > Raw materials"],
    "attributes": {"Purity": ["99 %"], "Net weight": ["1 kg"]},
    "variants": single("SS-NAOH1", "11.95", g(1.1, "kg")), "price": "11.95", "currency": "USD",
}

# Notebook: pages, gsm, FSC, Italy, decimal comma euro.
L["X26"] = {
    "title": "Quaderno A5 Dot Grid Notebook",
    "description_html": "<p>An A5 notebook with 160 numbered pages of 100 g/m&sup2; ivory paper, 5 mm dot "
                        "grid. Lay-flat sewn binding and a linen cover. Paper FSC-certified.</p><p>Made in "
                        "Florence, Italy. 14,50 &euro;.</p>",
    "vendor": "Carta Lenta", "product_type": "Notebook", "sku": "CL-A5DOT",
    "tags": ["stationery", "fsc"], "categories": ["Cancelleria > Quaderni"],
    "options": {"Cover": ["Sage", "Terracotta", "Ink"]},
    "attributes": {"Paper": ["100 g/m² ivory, FSC"], "Pages": ["160"], "Cover": ["Linen"],
                   "Prodotto a": ["Firenze, Italia"]},
    "variants": variants("CL-A5DOT", {"Cover": ["Sage", "Terracotta", "Ink"]}, "14.50", g(290)),
    "price": "14.50", "currency": "EUR",
}

# Snow chains: tyre-size options, ÖNORM, decimal comma.
L["X27"] = {
    "title": "Snow Chains 9 mm, ÖNORM V 5117",
    "description_html": "<p>Diamond-pattern snow chains with 9 mm links in manganese steel. Approved to "
                        "ÖNORM V 5117; fit in about 5 minutes with the self-tensioning system.</p><p>Maximum "
                        "speed 50 km/h. Sold in pairs.</p>",
    "vendor": "Bergkette", "product_type": "Snow chains", "sku": "BK-9",
    "tags": ["winter", "car"], "categories": ["Auto > Winter > Schneeketten"],
    "options": {"Tyre size": ["195/65 R15", "205/55 R16", "225/45 R17"]},
    "attributes": {"Gliederstärke": ["9 mm"], "Material": ["Manganstahl"], "Norm": ["ÖNORM V 5117"]},
    "variants": variants("BK-9", {"Tyre size": ["195/65 R15", "205/55 R16", "225/45 R17"]}, "69.90",
                         prices={"225/45 R17": "79.90"}),
    "price": "69.90", "currency": "EUR",
}

# Archery arrows: spine, inches, grains, pack count.
L["X28"] = {
    "title": "Carbon Target Arrows, Spine 500, Pack of 6",
    "description_html": "<p>Six carbon arrows cut to 30 in, spine 500, with 100-grain screw-in field points "
                        "and 2 in vanes. Straightness &plusmn;.006 in.</p><p>For recurve and compound bows of "
                        "35-45 lb draw weight. Not for crossbows.</p>",
    "vendor": "Fletchmoor", "product_type": "Arrows", "sku": "FM-C500",
    "tags": ["archery", "target"], "categories": ["Sport > Archery > Arrows"],
    "options": {"Vane colour": ["Orange/White", "Green/Black"]},
    "attributes": {"Shaft": ["Carbon"], "Spine": ["500"], "Length": ["30 in"], "Point": ["100 gr field"]},
    "variants": variants("FM-C500", {"Vane colour": ["Orange/White", "Green/Black"]}, "54.00"),
    "price": "54.00", "currency": "USD",
}

# Harmonica: key options, made in Germany, decimal comma.
L["X29"] = {
    "title": "Diatonic Harmonica, 10 Holes",
    "description_html": "<p>A 10-hole diatonic harmonica with a pearwood comb, brass reed plates and stainless "
                        "steel covers. Richter tuning.</p><p>Do not wash the comb; tap out moisture after "
                        "playing. Handmade in Klingenthal, Germany.</p>",
    "vendor": "Vogtland Zungen", "product_type": "Harmonica", "sku": "VZ-10",
    "tags": ["harmonica", "blues"], "categories": ["Musik > Mundharmonikas"],
    "options": {"Key": ["C", "G", "A"]},
    "attributes": {"Comb": ["Pearwood"], "Reed plates": ["Brass"], "Made in": ["Germany"]},
    "variants": variants("VZ-10", {"Key": ["C", "G", "A"]}, "34.90", g(80)),
    "price": "34.90", "currency": "EUR",
}

# Sourdough starter (dried), ingredients, Danish kroner; no colour, no material.
L["X30"] = {
    "title": "Dried Rye Sourdough Starter 15 g",
    "description_html": "<p>A 40-year-old rye starter from our Aarhus bakery, dried into flakes. Ingredients: "
                        "organic rye flour, water. Revives in 3-5 days with flour and water.</p><p>Instructions "
                        "in Danish and English. Keeps 12 months unopened.</p>",
    "vendor": "Surdejshuset", "product_type": "Sourdough starter", "sku": "SH-RUG15",
    "tags": ["baking", "sourdough", "organic"], "categories": ["Bageri > Surdej"],
    "attributes": {"Netto": ["15 g"], "Oprindelse": ["Danmark"]},
    "variants": single("SH-RUG15", "65.00", g(30)), "price": "65.00", "currency": "DKK",
}


def main():
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(L, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(L)} listings")


if __name__ == "__main__":
    main()
