"""Write listings.json for guardrails holdout v10: 30 invented listings, Y01..Y30.

Run from this folder:  python make_listings.py
Every vendor, product and text here is invented for this set.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per option value; `options` is (name, [values]); `prices` a list or one price."""
    name, values = options
    out = []
    for i, value in enumerate(values):
        price = prices[i] if isinstance(prices, list) else prices
        out.append({"sku": f"{sku}-{i + 1}", "title": value, "price": price,
                    "compare_at_price": compare, "options": {name: value},
                    "weight": weight[i] if isinstance(weight, list) else weight,
                    "external_id": f"{sku.lower()}-v{i + 1}"})
    return out


def single(sku, price, weight=None, compare=None, title="Default Title"):
    return [{"sku": sku, "title": title, "price": price, "compare_at_price": compare, "options": {},
             "weight": weight, "external_id": f"{sku.lower()}-v1" if sku else ""}]


def g(value, unit="g"):
    return {"value": value, "unit": unit}


L = {}

L["Y01"] = {
    "title": "Pre-Seasoned Cast Iron Skillet 10.25 in",
    "description_html": "<p>A heavy cast iron skillet, pre-seasoned with flaxseed oil so it is ready for the first "
                        "egg. The 10.25 in cooking surface has 2 in high sides and a helper handle opposite the main "
                        "handle.</p><p>Works on gas, electric, induction and in the oven up to 500 °F. Hand wash, dry "
                        "at once and rub with a little oil. Not dishwasher safe.</p>",
    "vendor": "Ironbark Foundry", "product_type": "Skillet", "sku": "IBF-SK10",
    "tags": ["cast iron", "pre-seasoned", "induction"], "categories": ["Kitchen > Cookware > Skillets"],
    "attributes": {"Material": ["Cast iron"], "Seasoning": ["Flaxseed oil"], "Diameter": ["10.25 in"],
                   "Made in": ["Ohio, USA"], "Oven safe to": ["500 °F"]},
    "variants": single("IBF-SK10", "44.00", g(5.3, "lb")), "price": "44.00", "currency": "USD",
    "weight": g(5.3, "lb"), "dimensions": {"length": 17.5, "width": 10.75, "height": 2.25, "unit": "in"},
}

L["Y02"] = {
    "title": "Brass Bicycle Bell",
    "description_html": "<p>A classic ding-dong bell with a hand-polished brass dome, 55 mm across. The clamp fits "
                        "handlebars from 22.2 to 25.4 mm and tightens with one screw.</p>",
    "vendor": "Klingwerk", "product_type": "Bicycle bell", "sku": "KW-BELL55",
    "tags": ["brass", "cycling"], "categories": ["Fahrrad > Zubehör > Klingeln"],
    "options": {"Farbe": ["Messing poliert", "Schwarz"]},
    "attributes": {"Material": ["Messing (Glocke)", "Stahl (Schelle)"], "Durchmesser": ["55 mm"],
                   "Lenkerdurchmesser": ["22,2–25,4 mm"], "Gewicht": ["68 g"]},
    "variants": variants("KW-BELL55", ("Farbe", ["Messing poliert", "Schwarz"]), ["14.90", "15.90"], g(68)),
    "price": "14.90", "currency": "EUR", "weight": g(68),
}

L["Y03"] = {
    "title": "Rattan Proofing Basket (Banneton)",
    "description_html": "<p>Gärkorb aus Peddigrohr mit Leineneinlage. Gives a loaf its spiral rings and holds its "
                        "shape during the final rise. Round for loaves of about 750 g of dough, oval for about "
                        "1 kg.</p><p>Dust with rice flour before use. Brush out after use and let it dry; do not "
                        "wash with soap. Preis ab 16,50 €.</p>",
    "vendor": "Backstube Lindner", "product_type": "Proofing basket", "sku": "BL-GK",
    "tags": ["sourdough", "rattan", "linen liner"], "categories": ["Küche > Backen > Gärkörbe"],
    "options": {"Form": ["Rund 22 cm", "Oval 25 cm"]},
    "attributes": {"Material": ["Peddigrohr (Korb)", "Leinen (Einlage)"], "Herkunft": ["Indonesien"],
                   "Teigmenge": ["750 g (rund)", "1 kg (oval)"]},
    "variants": variants("BL-GK", ("Form", ["Rund 22 cm", "Oval 25 cm"]), ["16.50", "18.50"]),
    "price": "16.50", "currency": "EUR",
}

L["Y04"] = {
    "title": "Pure Beeswax Pillar Candle, 3 x 6 in",
    "description_html": "<p>Poured from 100% beeswax from our own hives in Vermont, with a cotton wick. Burns for "
                        "about 60 hours with a warm honey scent from the wax itself; nothing is added.</p><p>Trim "
                        "the wick to 1/4 in before each burn and never leave it unattended. A white bloom on the "
                        "surface is natural and wipes off with a soft cloth.</p>",
    "vendor": "Hollow Maple Apiary", "product_type": "Candle", "sku": "HMA-P36",
    "tags": ["beeswax", "unscented", "handmade"], "categories": ["Home > Candles"],
    "attributes": {"Wax": ["100% beeswax"], "Wick": ["Cotton"], "Burn time": ["About 60 hours"],
                   "Size": ["3 x 6 in"], "Origin": ["Vermont, USA"]},
    "variants": single("HMA-P36", "32.00", g(22, "oz")), "price": "32.00", "currency": "USD",
    "weight": g(22, "oz"), "dimensions": {"length": 3, "width": 3, "height": 6, "unit": "in"},
}

L["Y05"] = {
    "title": "Superwash Merino DK Yarn, 100 g",
    "description_html": "<p>A plump double-knit yarn spun from superwash merino. Each 100 g skein gives about "
                        "225 m (246 yd). Suggested needles 4 mm; tension 22 stitches to 10 cm.</p><p>Machine "
                        "wash at 30 °C on a wool cycle and dry flat. Hand-dyed in small batches, so buy enough "
                        "for a project from one lot.</p>",
    "vendor": "Loch Fada Fibres", "product_type": "Yarn", "sku": "LFF-DK",
    "tags": ["merino", "superwash", "hand-dyed", "dk"], "categories": ["Crafts > Knitting > Yarn"],
    "options": {"Colour": ["Heather", "Kelp", "Peat", "Sea Glass"]},
    "attributes": {"Fibre": ["100% superwash merino wool"], "Weight": ["DK"], "Length": ["225 m / 100 g"],
                   "Needle size": ["4 mm"], "Dyed in": ["Isle of Skye, Scotland"]},
    "variants": variants("LFF-DK", ("Colour", ["Heather", "Kelp", "Peat", "Sea Glass"]), "14.50", g(100)),
    "price": "14.50", "currency": "GBP", "weight": g(100),
}

L["Y06"] = {
    "title": "Fountain Pen Ink, Harbour Blue-Black, 50 ml",
    "description_html": "<p>A dye-based blue-black ink that dries to a deep slate. 50 ml in a glass bottle with a "
                        "wide base so the last drops are easy to reach.</p><p>For fountain pens and dip pens. Not "
                        "for calligraphy brushes or airbrushes. Washable from skin with soap and water.</p>",
    "vendor": "Inkhorn & Quill", "product_type": "Fountain pen ink", "sku": "IQ-HBB50",
    "tags": ["fountain pen ink", "blue-black"], "categories": ["Stationery > Ink"],
    "attributes": {"Colour": ["Harbour Blue-Black"], "Volume": ["50 ml"], "Bottle": ["Glass"],
                   "Ink type": ["Dye-based"]},
    "variants": single("IQ-HBB50", "18.00", g(210)), "price": "18.00", "currency": "CAD", "weight": g(210),
}

L["Y07"] = {
    "title": "Galvanised Watering Can, 9 Litre",
    "description_html": "<p>A traditional watering can in hot-dip galvanised steel with a long spout and a brass "
                        "rose for fine watering. Holds 9 litres (about 2 gallons).</p><p>Empty and store it "
                        "upside down over winter. Handmade in Worcestershire.</p>",
    "vendor": "Fernhill Garden Co.", "product_type": "Watering can", "sku": "FGC-WC9",
    "tags": ["galvanised", "garden"], "categories": ["Garden > Watering"],
    "attributes": {"Material": ["Galvanised steel (can)", "Brass (rose)"], "Capacity": ["9 litres"],
                   "Made in": ["England"]},
    "variants": single("FGC-WC9", "49.00", g(1.6, "kg")), "price": "49.00", "currency": "GBP",
    "weight": g(1.6, "kg"), "dimensions": {"length": 62, "width": 18, "height": 40, "unit": "cm"},
}

L["Y08"] = {
    "title": "Touring Kayak Paddle, 4-Piece",
    "description_html": "<p>A four-piece touring paddle with a fibreglass shaft and glass-reinforced nylon "
                        "blades. The ferrule sets the feather at 0°, 30°, 45° or 60°. Weighs 890 g and packs down "
                        "to 62 cm.</p>",
    "vendor": "Tidemark Paddles", "product_type": "Kayak paddle", "sku": "TMP-T4",
    "tags": ["kayak", "touring", "4-piece"], "categories": ["Water Sports > Kayaking > Paddles"],
    "options": {"Length": ["220 cm", "230 cm", "240 cm"]},
    "attributes": {"Shaft": ["Fibreglass"], "Blades": ["Glass-reinforced nylon"], "Pieces": ["4"],
                   "Feather angles": ["0°, 30°, 45°, 60°"], "Packed length": ["62 cm"]},
    "variants": variants("TMP-T4", ("Length", ["220 cm", "230 cm", "240 cm"]), "189.00", g(890)),
    "price": "189.00", "currency": "AUD", "weight": g(890),
}

L["Y09"] = {
    "title": "Natural Rubber Yoga Mat 4 mm",
    "description_html": "<p>A grippy yoga mat of natural tree rubber with a polyurethane top layer. 183 x 61 cm and "
                        "4 mm thick, it weighs 2.3 kg.</p><p>Wipe with a damp cloth; keep out of direct sun. "
                        "Contains natural latex. FSC-certified rubber.</p>",
    "vendor": "Salamba Studio Goods", "product_type": "Yoga mat", "sku": "SSG-YM4",
    "tags": ["natural rubber", "yoga", "fsc"], "categories": ["Fitness > Yoga > Mats"],
    "options": {"Colour": ["Sage", "Clay", "Charcoal"]},
    "attributes": {"Material": ["Natural rubber (base)", "Polyurethane (top layer)"], "Thickness": ["4 mm"],
                   "Certification": ["FSC (rubber)"]},
    "variants": variants("SSG-YM4", ("Colour", ["Sage", "Clay", "Charcoal"]), "98.00", g(2.3, "kg")),
    "price": "98.00", "currency": "NZD", "weight": g(2.3, "kg"),
    "dimensions": {"length": 183, "width": 61, "height": 0.4, "unit": "cm"},
}

L["Y10"] = {
    "title": "Gyuto Chef's Knife 21 cm, VG-10",
    "description_html": "<p>A Japanese chef's knife with a VG-10 steel core clad in 33 layers of Damascus steel, "
                        "hardened to HRC 60-61. Octagonal handle in walnut with a buffalo horn ferrule.</p><p>Forged "
                        "in Seki, Gifu. Hand wash and dry at once; not for bones or frozen food.</p>",
    "vendor": "Hamono Seki Kobo", "product_type": "Chef's knife", "sku": "HSK-GY21",
    "tags": ["japanese knife", "vg-10", "damascus"], "categories": ["キッチン > 包丁"],
    "attributes": {"Blade": ["21 cm"], "Steel": ["VG-10 core, 33-layer Damascus cladding"],
                   "Hardness": ["HRC 60-61"], "Handle": ["Walnut, buffalo horn ferrule"], "Made in": ["Japan"]},
    "variants": single("HSK-GY21", "24200", g(180)), "price": "24200", "currency": "JPY", "weight": g(180),
}

L["Y11"] = {
    "title": "Pour-Over Coffee Set",
    "description_html": "<p>Everything for pour-over at home, sold piece by piece: a ceramic cone dripper for 1-2 "
                        "cups, a 600 ml gooseneck kettle for the stove, and 100 unbleached paper filters that fit "
                        "the dripper.</p>",
    "vendor": "Slow Drip Supply", "product_type": "Grouped product", "sku": "",
    "tags": ["coffee", "pour-over", "grouped"], "categories": ["Kitchen > Coffee"],
    "attributes": {"Pieces": ["Dripper", "Gooseneck kettle 600 ml", "Paper filters, 100"]},
    "variants": [
        {"sku": "SDS-DRIP", "title": "Ceramic dripper", "price": "28.00", "compare_at_price": None,
         "options": {}, "weight": g(310), "external_id": "sds-drip"},
        {"sku": "SDS-KET6", "title": "Gooseneck kettle 600 ml", "price": "54.00", "compare_at_price": None,
         "options": {}, "weight": g(520), "external_id": "sds-ket6"},
        {"sku": "SDS-F100", "title": "Paper filters, 100", "price": "7.50", "compare_at_price": None,
         "options": {}, "weight": g(140), "external_id": "sds-f100"},
    ],
    "price": None, "currency": "USD",
}

L["Y12"] = {
    "title": "Extra Virgin Olive Oil, Koroneiki",
    "description_html": "<p>Early-harvest extra virgin olive oil from Koroneiki olives, cold extracted within "
                        "six hours of picking. Acidity ≤ 0,3 %. Grassy, peppery finish.</p><p>Harvest "
                        "November 2026. Store away from light and heat. 500 ml: 12,50 €; 1 l: 21,00 €.</p>",
    "vendor": "Elaiónas Kritsá", "product_type": "Olive oil", "sku": "EK-EVOO",
    "tags": ["extra virgin", "pdo", "crete"], "categories": ["Τρόφιμα > Λάδι"],
    "options": {"Größe": ["500 ml", "1 l"]},
    "attributes": {"Sorte": ["Koroneiki"], "Säure": ["≤ 0,3 %"], "Herkunft": ["Kreta, Griechenland"],
                   "Zertifizierung": ["g.U. / PDO Sitia Lasithi"], "Flasche": ["Dunkles Glas"]},
    "variants": variants("EK-EVOO", ("Größe", ["500 ml", "1 l"]), ["12.50", "21.00"], [g(900), g(1.6, "kg")]),
    "price": "12.50", "currency": "EUR",
}

L["Y13"] = {
    "title": "Roadwise D2 Dash Cam",
    "description_html": "<p>A front dash cam that records 1440p at 30 fps with a 140° lens. Loop recording on a "
                        "microSD card up to 256 GB (card not included). Powered from a 12 V socket.</p>"
                        "<p>Sold and shipped by our partner store; the button takes you there.</p>",
    "vendor": "Roadwise", "product_type": "External product", "sku": "",
    "tags": ["dash cam", "external"], "categories": ["Car Electronics > Dash Cams"],
    "attributes": {"Resolution": ["1440p, 30 fps"], "Field of view": ["140°"], "Storage": ["microSD up to 256 GB"],
                   "Power": ["12 V socket"]},
    "variants": [], "price": "89.99", "currency": "USD",
}

L["Y14"] = {
    "title": "Wrap Dress Sewing Pattern (PDF)",
    "description_html": "<p>A digital sewing pattern for a wrap dress with flutter sleeves, in EU sizes 34 to 52. "
                        "You download print-at-home files for A4 and US Letter, a copy-shop A0 file and a "
                        "24-page illustrated guide.</p><p>Nothing is posted. For personal use; not for selling "
                        "the pattern itself. Suits woven fabrics such as viscose, crêpe or lawn.</p>",
    "vendor": "Petra Stitch Studio", "product_type": "Sewing pattern", "sku": "PSS-WRAP",
    "tags": ["downloadable", "virtual", "pdf pattern"], "categories": ["Sewing > Patterns"],
    "attributes": {"Format": ["PDF: A4, US Letter, A0"], "Sizes": ["EU 34-52"], "Guide": ["24 pages"],
                   "Level": ["Intermediate"]},
    "variants": single("PSS-WRAP", "12.00"), "price": "12.00", "currency": "EUR",
}

L["Y15"] = {
    "title": "Knife Sharpening by Post",
    "description_html": "<p>Send us your kitchen knives and we sharpen them by hand on water stones and post them "
                        "back within 5 working days of arrival. Return postage is included.</p><p>We do not "
                        "sharpen serrated or ceramic blades, scissors or tools.</p>",
    "vendor": "Whetstone & Co.", "product_type": "Service", "sku": "WSC-SHARP",
    "tags": ["service", "sharpening"], "categories": ["Services > Sharpening"],
    "options": {"Knives": ["1 knife", "3 knives", "5 knives"]},
    "attributes": {"Method": ["Hand sharpened on water stones"], "Turnaround": ["5 working days"],
                   "Return postage": ["Included"]},
    "variants": variants("WSC-SHARP", ("Knives", ["1 knife", "3 knives", "5 knives"]), ["15.00", "36.00", "55.00"]),
    "price": "15.00", "currency": "GBP",
}

L["Y16"] = {"title": "Bottle Opener", "price": "6.00", "currency": "USD"}

L["Y17"] = {
    "title": "Leather Key Ring", "vendor": "Calder Goods", "attributes": {"Length": ["9 cm"]},
    "price": "8.00", "currency": "GBP",
}

L["Y18"] = {
    "title": "Rechargeable LED Camping Lantern",
    "description_html": "<p>A compact lantern with three brightness levels and a red light mode, up to 300 "
                        "lumens. The 4400 mAh battery runs it for 8 hours on high and up to 40 hours on low, and "
                        "charges over USB-C in about 4 hours.</p><p>IPX4 splash resistant. The fold-out hook hangs "
                        "it from a tent loop.</p>",
    "vendor": "Northcamp", "product_type": "Lantern", "sku": "NC-LAN300",
    "tags": ["camping", "rechargeable", "usb-c"], "categories": ["Outdoor > Camping > Lighting"],
    "attributes": {"Brightness": ["Up to 300 lm"], "Battery": ["4400 mAh Li-ion"], "Runtime": ["8-40 h"],
                   "Charging": ["USB-C, about 4 h"], "Water resistance": ["IPX4"]},
    "variants": single("NC-LAN300", "39.95", g(260)), "price": "39.95", "currency": "CAD", "weight": g(260),
}

L["Y19"] = {
    "title": "Glass Storage Jars with Bamboo Lids, Set of 3",
    "description_html": "<p>Three borosilicate glass jars in 500 ml, 750 ml and 1000 ml, with bamboo lids and "
                        "silicone seals. For pasta, oats, coffee beans and other dry food.</p><p>The jars are "
                        "dishwasher safe; wipe the lids by hand.</p>",
    "vendor": "Pantry Row", "product_type": "Storage jars", "sku": "PR-JAR3",
    "tags": ["glass", "bamboo", "set of 3"], "categories": ["Kitchen > Storage"],
    "attributes": {"Material": ["Borosilicate glass (jars)", "Bamboo (lids)", "Silicone (seals)"],
                   "Capacity": ["500 ml", "750 ml", "1000 ml"], "Pieces": ["3"]},
    "variants": single("PR-JAR3", "42.00", g(1.9, "kg")), "price": "42.00", "currency": "AUD",
    "weight": g(1.9, "kg"),
}

L["Y20"] = {
    "title": "Merino Hiking Socks, 3 Pairs",
    "description_html": "<p>Cushioned crew socks for walking boots, sold as a pack of three pairs. Merino wool "
                        "keeps feet warm and the reinforced heel and toe take the wear.</p><p>Lavar a 40 °C. "
                        "Não usar secador.</p>",
    "vendor": "Serra Meias", "product_type": "Socks", "sku": "SM-HK3",
    "tags": ["merino", "hiking", "3 pairs"], "categories": ["Vestuário > Meias"],
    "options": {"Tamanho": ["36-39", "40-43", "44-47"]},
    "attributes": {"Composição": ["80% lã merino", "17% poliamida", "3% elastano"],
                   "Fabricado em": ["Portugal"], "Cor": ["Cinzento"]},
    "variants": variants("SM-HK3", ("Tamanho", ["36-39", "40-43", "44-47"]), "29.90", g(180)),
    "price": "29.90", "currency": "EUR",
}

L["Y21"] = {
    "title": "Raw Heather Honey, 340 g",
    "description_html": "<p>Raw heather honey from hives on the North York Moors, extracted in late summer. Cold "
                        "strained, never heated. It sets to a soft jelly in the jar; that is normal for heather "
                        "honey.</p><p>Not suitable for babies under 12 months.</p>",
    "vendor": "Moorland Bee Farm", "product_type": "Honey", "sku": "MBF-HH340",
    "tags": ["raw honey", "heather", "yorkshire"], "categories": ["Food > Honey"],
    "attributes": {"Net weight": ["340 g"], "Produced in": ["Yorkshire, England"], "Floral source": ["Heather"]},
    "variants": single("MBF-HH340", "11.50", g(520)), "price": "11.50", "currency": "GBP",
}

L["Y22"] = {
    "title": "Egetræ Vægur 30 cm",
    "description_html": "<p>A wall clock with a solid oak frame, a white dial and a silent sweep movement that does "
                        "not tick. 30 cm across, 4 cm deep.</p><p>Runs on one AA battery (not included). Pris: "
                        "649,00 kr.</p>",
    "vendor": "Nordlys Ure", "product_type": "Wall clock", "sku": "NU-EG30",
    "tags": ["oak", "silent", "wall clock"], "categories": ["Bolig > Ure"],
    "attributes": {"Materiale": ["Egetræ (ramme)", "Glas (front)"], "Diameter": ["30 cm"], "Dybde": ["4 cm"],
                   "Urværk": ["Lydløst, 1 x AA"], "Produceret i": ["Danmark"]},
    "variants": single("NU-EG30", "649.00", g(1.1, "kg")), "price": "649.00", "currency": "DKK",
}

L["Y23"] = {
    "title": "Commuter Bike Helmet with Rear Light",
    "description_html": "<p>An urban cycling helmet with an in-mould polycarbonate shell, 14 vents and a "
                        "rechargeable rear LED. A dial at the back adjusts the fit.</p><p>Tested to EN 1078. "
                        "Replace after any impact.</p>",
    "vendor": "Pedalwise", "product_type": "Bike helmet", "sku": "PW-COM",
    "tags": ["helmet", "en 1078", "rear light"], "categories": ["Cycling > Helmets"],
    "options": {"Size": ["S/M (52-56 cm)", "L/XL (57-61 cm)"], "Colour": ["Matte Black", "Mint"]},
    "attributes": {"Shell": ["Polycarbonate, in-mould EPS"], "Vents": ["14"], "Standard": ["EN 1078"],
                   "Weight": ["330 g (S/M)"]},
    "variants": [
        {"sku": f"PW-COM-{s}{c}", "title": f"{size} / {col}", "price": "79.00", "compare_at_price": "95.00",
         "options": {"Size": size, "Colour": col}, "weight": g(330 if s == "S" else 360),
         "external_id": f"pw-com-{s}{c}".lower()}
        for s, size in (("S", "S/M (52-56 cm)"), ("L", "L/XL (57-61 cm)"))
        for c, col in (("B", "Matte Black"), ("M", "Mint"))],
    "price": "79.00", "currency": "USD",
}

L["Y24"] = {
    "title": "Full-Spectrum LED Grow Light, 24 W",
    "description_html": "<p>A clip-on grow light for houseplants and seedlings, with two flexible gooseneck heads. "
                        "24 W in all, full spectrum. The built-in timer switches it off after 4, 8 or 12 hours and "
                        "repeats daily.</p><p>Indoor use only. Powered over USB; a 5 V 2 A adapter is included.</p>",
    "vendor": "Greenwick", "product_type": "Grow light", "sku": "GW-GL24",
    "tags": ["grow light", "indoor", "timer"], "categories": ["Garden > Indoor Growing"],
    "attributes": {"Power": ["24 W"], "Heads": ["2"], "Timer": ["4 / 8 / 12 h"], "Power supply": ["USB, 5 V 2 A adapter"]},
    "variants": single("GW-GL24", "34.99", g(480)), "price": "34.99", "currency": "USD",
}

L["Y25"] = {
    "title": "Weighted Wooden Chess Set, 15 in Board",
    "description_html": "<p>Staunton chess pieces in sheesham and boxwood, weighted and felted, with a 3.75 in "
                        "king. The folding board is 15 x 15 in with 1.6 in squares and stores the pieces inside."
                        "</p><p>Handcrafted in Amritsar, India. 34 pieces: a full set plus two extra queens.</p>",
    "vendor": "Punjab Woodcraft", "product_type": "Chess set", "sku": "PWC-CH15",
    "tags": ["chess", "staunton", "handmade"], "categories": ["Games > Chess"],
    "attributes": {"Pieces": ["Sheesham and boxwood, weighted, felted"], "Board": ["Sheesham and maple inlay, folding"],
                   "King height": ["3.75 in"], "Board size": ["15 x 15 in"], "Square": ["1.6 in"],
                   "Number of pieces": ["34"]},
    "variants": single("PWC-CH15", "4999", g(2.2, "kg")), "price": "4999", "currency": "INR",
}

L["Y26"] = {
    "title": "Portafoglio in Pelle Bifold",
    "description_html": "<p>A slim bifold wallet in full-grain vegetable-tanned leather, with 8 card slots, two "
                        "note pockets and a cotton-lined interior. The leather darkens with use.</p>",
    "vendor": "Bottega Arno", "product_type": "Wallet", "sku": "BA-BIF",
    "tags": ["leather", "vegetable-tanned", "bifold"], "categories": ["Accessori > Portafogli"],
    "options": {"Colore": ["Cuoio", "Testa di moro"]},
    "attributes": {"Materiale": ["Pelle pieno fiore conciata al vegetale"], "Fodera": ["Cotone"],
                   "Dimensioni": ["11,5 x 9 cm"], "Prodotto a": ["Firenze, Italia"], "Tasche carte": ["8"]},
    "variants": variants("BA-BIF", ("Colore", ["Cuoio", "Testa di moro"]), "85.00"),
    "price": "85.00", "currency": "EUR",
}

L["Y27"] = {
    "title": "Lampe de bureau LED pliable",
    "description_html": "<p>A folding LED desk lamp with an aluminium arm and a weighted ABS base. Three colour "
                        "temperatures from 2700 K to 6500 K and five brightness steps, set by touch.</p><p>5 W, "
                        "powered by the USB-C cable in the box.</p>",
    "vendor": "Lumière Léman", "product_type": "Desk lamp", "sku": "LL-DL5",
    "tags": ["led", "usb-c", "dimmable"], "categories": ["Maison > Éclairage > Lampes de bureau"],
    "options": {"Couleur": ["Blanc"]},
    "attributes": {"Puissance": ["5 W"], "Température de couleur": ["2700 K – 6500 K"],
                   "Matériaux": ["Aluminium (bras)", "ABS (pied)"], "Alimentation": ["USB-C"]},
    "variants": variants("LL-DL5", ("Couleur", ["Blanc"]), "79.90", g(720)),
    "price": "79.90", "currency": "CHF",
}

L["Y28"] = {
    "title": "Carbon Spinning Rod 2.7 m",
    "description_html": "<p>A two-piece spinning rod in high-modulus carbon for lures from 10 to 40 g. 2.7 m long, "
                        "it weighs 165 g and has 8 guides with SiC inserts and a cork handle.</p>",
    "vendor": "Riverbend Tackle", "product_type": "Fishing rod", "sku": "RBT-SP27",
    "tags": ["spinning rod", "carbon"], "categories": ["Fishing > Rods"],
    "attributes": {"Length": ["2.7 m"], "Sections": ["2"], "Casting weight": ["10-40 g"], "Weight": ["165 g"],
                   "Guides": ["8, SiC inserts"], "Handle": ["Cork"], "Blank": ["High-modulus carbon"]},
    "variants": single("RBT-SP27", "1290", g(400)), "price": "1290", "currency": "SEK",
}

L["Y29"] = {
    "title": "Óculos de Natação Antiembaçante",
    "description_html": "<p>Adult swimming goggles with anti-fog polycarbonate lenses, UV protection and a split "
                        "silicone strap. Three nose bridges in the box.</p><p>Rinse in fresh water after use; do "
                        "not rub the inside of the lenses. Preço: R$ 89,90.</p>",
    "vendor": "Raia Sports", "product_type": "Swimming goggles", "sku": "RS-OC1",
    "tags": ["natação", "antiembaçante", "uv"], "categories": ["Esportes > Natação"],
    "options": {"Cor": ["Azul", "Preto", "Transparente"]},
    "attributes": {"Lentes": ["Policarbonato, antiembaçante, proteção UV"], "Alça": ["Silicone"],
                   "Tamanho": ["Adulto"], "Pontes nasais": ["3"]},
    "variants": variants("RS-OC1", ("Cor", ["Azul", "Preto", "Transparente"]), "89.90"),
    "price": "89.90", "currency": "BRL",
}

L["Y30"] = {
    "title": "Oak Picture Frame, A4",
    "description_html": "<p>A solid oak frame for A4 prints, or an 8 x 10 in print with the mount in place. Acrylic "
                        "glazing, which is lighter than glass and will not shatter. 20 mm wide moulding, oiled.</p>"
                        "<p>Hangs portrait or landscape, or stands on its easel back. Made in our workshop in "
                        "Leeds.</p>",
    "vendor": "Kirkgate Frames", "product_type": "Picture frame", "sku": "KF-OAK-A4",
    "tags": ["oak", "a4", "picture frame"], "categories": ["Home > Frames"],
    "attributes": {"Material": ["Solid oak", "Acrylic glazing"], "Print size": ["A4 (210 x 297 mm)"],
                   "Mount": ["White, for 8 x 10 in"], "Moulding width": ["20 mm"]},
    "variants": single("KF-OAK-A4", "36.00", g(640)), "price": "36.00", "currency": "GBP",
}


def main():
    for key, lst in L.items():
        lst.setdefault("external_id", f"holdout-v10-{key.lower()}")
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(L, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(L)} listings")


if __name__ == "__main__":
    main()
