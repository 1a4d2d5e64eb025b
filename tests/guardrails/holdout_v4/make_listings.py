"""Build listings.json for guardrails holdout v4: 26 invented listings, W01..W26.

Every vendor, product and figure here is made up for this set. Run from this folder:
    python make_listings.py
"""
import itertools
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, price, weight=None, prices=None, compare=None):
    """One variant per combination of option values; `prices` maps one option value to its price."""
    names = list(options)
    out = []
    for n, combo in enumerate(itertools.product(*(options[k] for k in names)), 1):
        chosen = dict(zip(names, combo, strict=True))
        p = price
        for value in combo:
            if prices and value in prices:
                p = prices[value]
        out.append({
            "sku": f"{sku}-{n:02d}",
            "title": " / ".join(combo),
            "price": p,
            "compare_at_price": compare,
            "options": chosen,
            "weight": weight,
            "external_id": f"{sku.lower()}-v{n}",
        })
    return out


def single(sku, price, weight=None, compare=None, title="Default Title"):
    return [{"sku": sku, "title": title, "price": price, "compare_at_price": compare, "options": {},
             "weight": weight, "external_id": f"{sku.lower()}-v1"}]


L = {}

L["W01"] = {
    "external_id": "woo-4411",
    "title": "Calibrated Espresso Tamper 58.5 mm",
    "description_html": (
        "<p>A spring-loaded tamper that clicks at 15 kg of pressure, so every shot is tamped the same way. "
        "The flat base is 58.5 mm across and suits most 58 mm commercial baskets.</p>"
        "<p>The handle is turned from walnut; the base is AISI 304 stainless steel.</p>"),
    "vendor": "Bracco & Figli",
    "product_type": "Espresso tamper",
    "sku": "BF-T585",
    "tags": ["barista", "made in italy"],
    "categories": ["Kitchen > Coffee > Barista tools"],
    "options": {},
    "attributes": {"Base diameter": ["58.5 mm"], "Material": ["AISI 304 stainless steel", "Walnut"],
                   "Calibrated pressure": ["15 kg"],
                   "Care": ["Wipe clean with a dry cloth; not dishwasher safe"]},
    "variants": single("BF-T585", "49.00", {"value": 420, "unit": "g"}),
    "price": "49.00",
    "currency": "EUR",
    "weight": {"value": 420, "unit": "g"},
    "dimensions": {"length": None, "width": 5.85, "height": 9, "unit": "cm"},
    "seo": {"title": "Calibrated Espresso Tamper 58.5 mm | Bracco & Figli",
            "description": "Spring-loaded 15 kg tamper with walnut handle."},
    "faq": [],
}

sock_opts = {"Size": ["S (UK 3-5)", "M (UK 6-8)", "L (UK 9-11)"], "Colour": ["Charcoal", "Rust", "Moss"]}
L["W02"] = {
    "external_id": "gid://shopify/Product/7781200",
    "title": "Merino Hiking Socks (2 pairs)",
    "short_description_html": (
        "<p>Cushioned crew-length hiking socks in a merino blend, sold in packs of two pairs of one colour. "
        "Reinforced heel and toe, flat toe seam.</p>"),
    "vendor": "Fellwalk",
    "product_type": "Socks",
    "sku": "FW-HS2",
    "tags": ["merino", "hiking", "knitted in portugal"],
    "categories": ["Clothing > Socks", "Outdoor > Hiking"],
    "options": sock_opts,
    "attributes": {"Composition": ["70% merino wool, 27% nylon, 3% elastane"],
                   "Cushioning": ["Medium"], "Height": ["Crew"], "Origin": ["Knitted in Portugal"],
                   "Care": ["Machine wash at 30 °C, inside out. Do not tumble dry."]},
    "variants": variants("FW-HS2", sock_opts, "24.00", {"value": 140, "unit": "g"}),
    "price": "24.00",
    "currency": "GBP",
    "weight": {"value": 140, "unit": "g"},
}

L["W03"] = {
    "external_id": "gid://shopify/Product/9920031",
    "title": "Grounded Yoga Mat 4.5 mm - Moss",
    "description_html": (
        "<p>A grippy mat for flowing practice. The natural tree rubber base stays put on wooden floors and the "
        "polyurethane top grips even when your hands are damp.</p>"
        "<ul><li>183 x 68 cm</li><li>4.5 mm thick</li><li>2.5 kg</li></ul>"
        "<p>Contains natural latex. Wipe down with a damp cloth; keep out of direct sunlight.</p>"),
    "vendor": "Stillpoint",
    "product_type": "Yoga mat",
    "sku": "SP-GM45",
    "tags": ["non-slip", "natural rubber", "yoga"],
    "categories": ["Fitness > Yoga"],
    "options": {"Color": ["Moss"]},
    "attributes": {"Material": ["Natural tree rubber base", "Polyurethane top layer"],
                   "Thickness": ["4.5 mm"], "Origin": ["Made in Taiwan"]},
    "variants": variants("SP-GM45", {"Color": ["Moss"]}, "88.00", {"value": 2.5, "unit": "kg"}, compare="110.00"),
    "price": "88.00",
    "currency": "USD",
    "weight": {"value": 2.5, "unit": "kg"},
    "dimensions": {"length": 183, "width": 68, "height": 0.45, "unit": "cm"},
}

L["W04"] = {
    "external_id": "woo-208",
    "title": "Watercolour Starter Bundle",
    "description_html": (
        "<p>Everything to start painting, in one box:</p>"
        "<ul><li>Half-pan watercolour set, 12 colours, in a metal tin</li>"
        "<li>3 synthetic round brushes (sizes 2, 6 and 10)</li>"
        "<li>A5 cold-press watercolour pad, 300 gsm, 100% cotton, 20 sheets</li></ul>"
        "<p>Bought separately these cost AU$58.</p>"),
    "vendor": "Paperbark Studio",
    "product_type": "Bundle",
    "sku": "PB-WCB",
    "tags": ["bundle", "beginner", "art supplies"],
    "categories": ["Art > Painting > Watercolour", "Bundles"],
    "options": {},
    "attributes": {"Bundle contents": ["12 half pans in a metal tin", "3 synthetic round brushes",
                                       "A5 cotton watercolour pad"],
                   "Paper weight": ["300 gsm"], "Packed in": ["Australia"]},
    "variants": single("PB-WCB", "45.00", {"value": 610, "unit": "g"}, compare="58.00"),
    "price": "45.00",
    "currency": "AUD",
    "weight": {"value": 610, "unit": "g"},
}

L["W05"] = {
    "external_id": "woo-1203",
    "title": "Linden Wrap Dress - PDF Sewing Pattern",
    "description_html": (
        "<p>A wrap dress with a tie waist, kimono sleeves and a midi-length skirt. This is a digital pattern: "
        "you download the files after checkout. No physical product will be shipped.</p>"
        "<p>Files: A4 and US Letter print-at-home sheets plus an A0 copy-shop file, and a 42-page illustrated "
        "instruction booklet.</p>"),
    "vendor": "Threadline Patterns",
    "product_type": "Digital sewing pattern",
    "sku": "TL-LINDEN",
    "tags": ["downloadable", "virtual", "pdf pattern", "instant download"],
    "categories": ["Patterns > Dresses"],
    "options": {},
    "attributes": {"Format": ["PDF (A4, US Letter, A0)"], "Sizes": ["US 0-30"],
                   "Skill level": ["Advanced beginner"],
                   "Suggested fabrics": ["Rayon challis", "Linen", "Crepe"],
                   "Fabric needed": ["2.6-3.4 m depending on size"]},
    "variants": single("TL-LINDEN", "14.00"),
    "price": "14.00",
    "currency": "USD",
}

gift = {"Amount": ["$25", "$50", "$100", "$200"]}
L["W06"] = {
    "external_id": "gid://shopify/Product/5550001",
    "title": "Fernhollow Gift Card",
    "description_html": (
        "<p>Let them choose. The gift card is sent by email with a printable PDF, usually within minutes of "
        "checkout. It never expires and can be spent on anything at fernhollow.ca, in one go or over several "
        "orders.</p><p>Gift cards are redeemable online only and cannot be exchanged for cash.</p>"),
    "vendor": "Fernhollow",
    "product_type": "Gift card",
    "sku": "FH-GC",
    "tags": ["gift card", "digital"],
    "categories": ["Gift cards"],
    "options": gift,
    "attributes": {},
    "variants": variants("FH-GC", gift, "25.00",
                         prices={"$25": "25.00", "$50": "50.00", "$100": "100.00", "$200": "200.00"}),
    "price": "25.00",
    "currency": "CAD",
}

paddle = {"Blade colour": ["Sunset Orange", "Slate"]}
L["W07"] = {
    "external_id": "woo-3390",
    "title": "Ashfall 4-Piece Touring Kayak Paddle",
    "description_html": (
        "<p><em>This product is sold and shipped by our partner Riverbend Outfitters. The Buy button takes you "
        "to their store.</em></p>"
        "<p>A travel-friendly touring paddle: the carbon-fibre shaft breaks down into four pieces and the "
        "length adjusts from 220 to 240 cm in 5 cm steps. Blades are fibreglass-reinforced nylon. "
        "Weighs 795 g.</p>"),
    "vendor": "Ashfall Paddle Co.",
    "product_type": "Kayak paddle",
    "sku": "AF-TP4",
    "tags": ["external", "partner product", "touring", "sea kayak"],
    "categories": ["Water sports > Kayaking > Paddles"],
    "options": paddle,
    "attributes": {"Shaft": ["Carbon fibre"], "Blades": ["Fibreglass-reinforced nylon"],
                   "Length": ["220-240 cm"], "Pieces": ["4"],
                   "Feather angle": ["0°, 15°, 30°, 45° or 60°"], "Sold by": ["Riverbend Outfitters"]},
    "variants": variants("AF-TP4", paddle, "229.00", {"value": 795, "unit": "g"}),
    "price": "229.00",
    "currency": "USD",
    "weight": {"value": 795, "unit": "g"},
}

chair = {"Headrest": ["Without headrest", "With headrest"], "Color": ["Black", "Fog Gray"]}
L["W08"] = {
    "external_id": "gid://shopify/Product/8120440",
    "title": "Ridgeline Ergonomic Mesh Office Chair",
    "description_html": (
        "<p>A breathable mesh-back task chair with adjustable lumbar support, 3D armrests and a synchro-tilt "
        "mechanism that locks in four positions.</p>"
        "<ul><li>Seat height: 17-21 in</li><li>Seat width: 20 in</li><li>Weight capacity: 275 lb</li>"
        "<li>Chair weight: 41 lb</li></ul>"
        "<p>Arrives part-assembled; fitting the base, casters and back takes about 20 minutes.</p>"),
    "vendor": "Ridgeline Workspace",
    "product_type": "Office chair",
    "sku": "RW-MC1",
    "tags": ["ergonomic", "home office", "mesh"],
    "categories": ["Furniture > Office chairs"],
    "options": chair,
    "attributes": {"Back": ["Elastomeric mesh"], "Seat": ["Molded foam with fabric cover"],
                   "Base": ["Polished aluminum"], "Casters": ["60 mm hard-floor casters"],
                   "Standard": ["Tested to ANSI/BIFMA X5.1"],
                   "Warranty": ["5 years on frame and mechanism, 2 years on mesh and upholstery"],
                   "Origin": ["Designed in Portland, Oregon; manufactured in Vietnam"]},
    "variants": variants("RW-MC1", chair, "349.00", {"value": 41, "unit": "lb"},
                         prices={"Without headrest": "349.00", "With headrest": "399.00"}),
    "price": "349.00",
    "currency": "USD",
    "weight": {"value": 41, "unit": "lb"},
    "dimensions": {"length": 26, "width": 27, "height": 44, "unit": "in"},
}

L["W09"] = {
    "external_id": "gid://shopify/Product/4000912",
    "title": "Ribbed Ceramic Planter 15 cm",
    "description_html": "",
    "vendor": "",
    "product_type": "",
    "sku": "",
    "tags": [],
    "categories": [],
    "options": {},
    "attributes": {},
    "variants": single("", "19.50"),
    "price": "19.50",
    "currency": "EUR",
}

harness = {"pa_size": ["XS", "S", "M", "L"], "pa_colour": ["Fjord Blue", "Heather Pink"]}
L["W10"] = {
    "external_id": "woo-7702",
    "title": "Nordtass Padded Dog Harness",
    "description_html": (
        "<p>A padded Y-front harness that leaves the shoulders free. Two leash points: an aluminium D-ring on "
        "the back and a front clip for dogs that pull. Reflective stitching along both straps.</p>"
        "<table><tr><th>Size</th><th>Chest girth</th></tr>"
        "<tr><td>XS</td><td>35-45 cm</td></tr><tr><td>S</td><td>45-58 cm</td></tr>"
        "<tr><td>M</td><td>58-75 cm</td></tr><tr><td>L</td><td>75-95 cm</td></tr></table>"),
    "vendor": "Nordtass",
    "product_type": "Dog harness",
    "sku": "NT-PH",
    "tags": ["dog", "harness", "recycled"],
    "categories": ["Pets > Dogs > Harnesses"],
    "options": harness,
    "attributes": {"pa_material": ["Webbing: recycled polyester", "Padding: neoprene", "D-ring: aluminium"],
                   "pa_origin": ["Made in Estonia"], "pa_care": ["Hand wash, air dry"]},
    "variants": variants("NT-PH", harness, "349",
                         prices={"XS": "349", "S": "349", "M": "399", "L": "449"}),
    "price": "349",
    "currency": "SEK",
}

spk = {"Color": ["Black", "Sand", "Lagoon"]}
L["W11"] = {
    "external_id": "gid://shopify/Product/6611002",
    "title": "Pebble Go Portable Bluetooth Speaker",
    "description_html": (
        "<p>Pocket-sized sound with a strap you can hang from a bag or branch. Rated IP67 against dust and "
        "water: it survives a drop in the pool (up to 1 m for 30 minutes) and floats.</p>"
        "<ul><li>10 W output</li><li>Up to 12 hours of playback at 50% volume</li>"
        "<li>2,600 mAh battery, charges over USB-C in about 3 hours</li><li>Bluetooth 5.3</li></ul>"),
    "vendor": "Tinkerbird Audio",
    "product_type": "Bluetooth speaker",
    "sku": "TB-PG",
    "tags": ["ip67", "outdoor", "portable"],
    "categories": ["Electronics > Audio > Speakers"],
    "options": spk,
    "attributes": {"Output": ["10 W"], "Battery": ["2,600 mAh"], "Playtime": ["12 hours at 50% volume"],
                   "Water resistance": ["IP67"], "Bluetooth": ["5.3"], "Warranty": ["1 year"],
                   "In the box": ["Speaker", "USB-C cable", "Carry strap"]},
    "variants": variants("TB-PG", spk, "59.99", {"value": 270, "unit": "g"}),
    "price": "59.99",
    "currency": "USD",
    "weight": {"value": 270, "unit": "g"},
    "dimensions": {"length": None, "width": 9.5, "height": 4.2, "unit": "cm"},
    "faq": [{"question": "Can I pair two speakers?",
             "answer": "Yes. Stereo Pair mode links two Pebble Go speakers as left and right."},
            {"question": "Does it have a microphone?", "answer": "No, it is a speaker only."}],
}

oil = {"Size": ["500 ml tin", "3 l tin"]}
L["W12"] = {
    "external_id": "woo-510",
    "title": "Messinia Organic Extra Virgin Olive Oil",
    "description_html": (
        "<p>Early-harvest oil from Koroneiki olives grown on our family's groves near Kalamata, in Messinia. "
        "Cold extracted within hours of picking and filtered before tinning.</p>"
        "<p>Grassy, peppery and a little bitter, as young oil should be.</p>"),
    "vendor": "Kalyva Groves",
    "product_type": "Olive oil",
    "sku": "KG-EVOO",
    "tags": ["organic", "extra virgin", "product of greece"],
    "categories": ["Food > Pantry > Oils"],
    "options": oil,
    "attributes": {"Olive variety": ["Koroneiki"], "Acidity": ["≤ 0.3%"], "Harvest": ["October-November 2025"],
                   "Processing": ["Cold extracted, filtered"], "Certification": ["EU Organic (GR-BIO-01)"],
                   "Storage": ["Store in a cool, dark place"]},
    "variants": variants("KG-EVOO", oil, "18.90", prices={"500 ml tin": "18.90", "3 l tin": "79.00"}),
    "price": "18.90",
    "currency": "EUR",
}

L["W13"] = {
    "external_id": "hh-gy210",
    "title": "Kasumi Gyuto Chef's Knife 210 mm",
    "description_html": (
        "<p>A Japanese chef's knife for everyday slicing, dicing and chopping. The VG-10 steel core is clad in "
        "33 layers of stainless Damascus and hardened to HRC 60-61.</p>"
        "<p>Octagonal magnolia wood handle with a buffalo horn ferrule. Hand wash and dry straight away; "
        "do not put it in the dishwasher.</p>"),
    "vendor": "Hamon Hamono",
    "product_type": "Chef's knife",
    "sku": "HH-GY210",
    "tags": ["japanese knife", "gyuto", "made in seki"],
    "categories": ["Kitchen > Knives"],
    "options": {},
    "attributes": {"Blade length": ["210 mm"], "Overall length": ["345 mm"],
                   "Steel": ["VG-10 core, 33-layer stainless Damascus cladding"], "Hardness": ["HRC 60-61"],
                   "Handle": ["Magnolia wood, buffalo horn ferrule"], "Edge": ["Double bevel, 50/50"],
                   "Origin": ["Seki, Gifu, Japan"]},
    "variants": single("HH-GY210", "28600", {"value": 180, "unit": "g"}),
    "price": "28600",
    "currency": "JPY",
    "weight": {"value": 180, "unit": "g"},
}

L["W14"] = {
    "external_id": "9781916000140",
    "title": "The Lighthouse Fox (Hardback)",
    "description_html": (
        "<p>Every night the fox climbs the lighthouse steps to count the boats home. One stormy night, a boat is "
        "missing. A warm picture book about patience and keeping watch, written by Maren Holt and illustrated "
        "by Ide Okafor.</p>"),
    "vendor": "Little Tern Press",
    "product_type": "Picture book",
    "sku": "LTP-LF-HB",
    "tags": ["picture book", "ages 3-6", "hardback"],
    "categories": ["Books > Children's > Picture books"],
    "options": {},
    "attributes": {"Format": ["Hardback"], "Pages": ["32"], "Age range": ["3-6 years"],
                   "Size": ["25 x 25 cm"], "ISBN": ["978-1-916000-14-0"],
                   "Printing": ["Printed in Latvia on FSC-certified paper"]},
    "variants": single("LTP-LF-HB", "12.99", {"value": 390, "unit": "g"}),
    "price": "12.99",
    "currency": "GBP",
    "weight": {"value": 390, "unit": "g"},
    "dimensions": {"length": None, "width": 25, "height": 25, "unit": "cm"},
}

L["W15"] = {
    "external_id": "gid://shopify/Product/3300158",
    "title": "Rosemary & Nettle Solid Shampoo Bar 80 g",
    "description_html": (
        "<p>A firm, long-lasting shampoo bar for normal to oily hair. One bar lasts up to 60 washes. "
        "Rub it between wet hands or straight onto wet hair, lather, rinse.</p>"
        "<p>Ingredients: Sodium Coco Sulfate, Cetearyl Alcohol, Cocoa Seed Butter, Urtica Dioica (Nettle) "
        "Leaf Powder, Rosmarinus Officinalis (Rosemary) Leaf Oil, Limonene*, Linalool*. "
        "*Naturally occurring in essential oils.</p>"),
    "vendor": "Mossgrove Soap",
    "product_type": "Shampoo bar",
    "sku": "MG-SB-RN",
    "tags": ["vegan", "palm oil free", "plastic-free", "handmade in wales"],
    "categories": ["Bath & body > Hair care"],
    "options": {},
    "attributes": {"Weight": ["80 g"], "Hair type": ["Normal to oily"],
                   "Packaging": ["Recycled kraft paper wrap, plastic-free"],
                   "Certification": ["Leaping Bunny approved"], "Made in": ["Wales"]},
    "variants": single("MG-SB-RN", "9.50", {"value": 80, "unit": "g"}),
    "price": "9.50",
    "currency": "GBP",
    "weight": {"value": 80, "unit": "g"},
}

shoe = {"Size (US men's)": ["7", "8", "9", "10", "11", "12", "13"], "Color": ["Lichen/Black", "Ember"]}
L["W16"] = {
    "external_id": "gid://shopify/Product/2208816",
    "title": "Switchback Trail Running Shoe - Men's",
    "description_html": (
        "<p>A cushioned trail shoe for long days on rough ground. 4 mm lugs, a flexible rock plate and a "
        "6 mm heel-to-toe drop.</p>"
        "<p>Not waterproof: the open engineered mesh upper drains and dries fast after stream crossings.</p>"),
    "vendor": "Switchback Running",
    "product_type": "Trail running shoe",
    "sku": "SR-TRS-M",
    "tags": ["trail running", "mens", "vegan"],
    "categories": ["Footwear > Running > Trail"],
    "options": shoe,
    "attributes": {"Weight": ["10.2 oz (US 9)"], "Drop": ["6 mm"], "Stack height": ["28 mm heel / 22 mm forefoot"],
                   "Lug depth": ["4 mm"], "Upper": ["Engineered mesh"], "Outsole": ["Sticky rubber"],
                   "Waterproof": ["No"]},
    "variants": variants("SR-TRS-M", shoe, "139.00", {"value": 10.2, "unit": "oz"}),
    "price": "139.00",
    "currency": "USD",
    "weight": {"value": 10.2, "unit": "oz"},
}

L["W17"] = {
    "external_id": "gid://shopify/Product/1700217",
    "title": "Kestrel 2 Backpacking Tent",
    "description_html": (
        "<p>A freestanding two-person, three-season tent with two doors and two vestibules, so nobody climbs "
        "over anybody.</p>"
        "<ul><li>Packed weight 1.65 kg (minimum trail weight 1.48 kg)</li>"
        "<li>Floor 215 x 130 cm, peak height 100 cm</li>"
        "<li>Fly: 20D ripstop nylon, silicone coated, 3000 mm hydrostatic head</li>"
        "<li>Floor: 30D nylon, 4000 mm hydrostatic head</li><li>Aluminium poles</li></ul>"),
    "vendor": "Kestrel Outdoor",
    "product_type": "Tent",
    "sku": "KO-K2",
    "tags": ["backpacking", "2 person", "3 season"],
    "categories": ["Outdoor > Camping > Tents"],
    "options": {"Colour": ["Olive"]},
    "attributes": {"Capacity": ["2 person"], "Season": ["3-season"], "Doors": ["2"],
                   "Packed size": ["46 x 15 cm"]},
    "variants": variants("KO-K2", {"Colour": ["Olive"]}, "499.00", {"value": 1.65, "unit": "kg"}),
    "price": "499.00",
    "currency": "NZD",
    "weight": {"value": 1.65, "unit": "kg"},
    "dimensions": {"length": 215, "width": 130, "height": 100, "unit": "cm"},
}

L["W18"] = {
    "external_id": "woo-1818",
    "title": "Stille Wall Clock 30 cm",
    "description_html": (
        "<p>A quiet clock for bedrooms and studies: the sweep movement glides instead of ticking. "
        "Oak veneer face on an MDF core, brass-coloured hands, mineral glass front.</p>"
        "<p>Runs on one AA battery (not included).</p>"),
    "vendor": "Stille Studio",
    "product_type": "Wall clock",
    "sku": "STS-WC30",
    "tags": ["silent", "scandinavian", "oak"],
    "categories": ["Home > Decor > Clocks"],
    "options": {"Finish": ["Natural Oak"]},
    "attributes": {"Diameter": ["30 cm"], "Depth": ["4.5 cm"],
                   "Materials": ["FSC-certified oak veneer", "MDF", "Mineral glass"],
                   "Movement": ["Silent sweep quartz"], "Power": ["1 x AA battery, not included"],
                   "Origin": ["Designed in Copenhagen, made in Poland"]},
    "variants": variants("STS-WC30", {"Finish": ["Natural Oak"]}, "449.00", {"value": 950, "unit": "g"}),
    "price": "449.00",
    "currency": "DKK",
    "weight": {"value": 950, "unit": "g"},
    "dimensions": {"length": None, "width": 30, "height": 30, "unit": "cm"},
}

helmet = {"Size": ["S (52-56 cm)", "M (55-59 cm)", "L (58-62 cm)"],
          "Colour": ["Matte Black", "Chalk White", "Signal Red"]}
L["W19"] = {
    "external_id": "gid://shopify/Product/1900019",
    "title": "Veloce Lane Urban Commuter Helmet",
    "description_html": (
        "<p>An everyday city helmet with an integrated rear LED light (USB-C rechargeable, three modes), "
        "a magnetic buckle you can close with gloves on, and 11 vents.</p>"
        "<p>Certified to EN 1078. In-mould polycarbonate shell over an EPS liner; 340 g in size M.</p>"),
    "vendor": "Veloce Lane",
    "product_type": "Bike helmet",
    "sku": "VL-UCH",
    "tags": ["cycling", "commuter", "en 1078"],
    "categories": ["Cycling > Helmets"],
    "options": helmet,
    "attributes": {"Certification": ["EN 1078"], "Vents": ["11"], "Shell": ["Polycarbonate"],
                   "Liner": ["EPS foam"], "Light": ["Rear LED, USB-C rechargeable, 3 modes"]},
    "variants": variants("VL-UCH", helmet, "79.95", {"value": 340, "unit": "g"}),
    "price": "79.95",
    "currency": "EUR",
    "weight": {"value": 340, "unit": "g"},
}

kettle = {"Colour": ["Brushed Steel", "Matte Black"]}
L["W20"] = {
    "external_id": "gid://shopify/Product/2020020",
    "title": "Tempo 1.7 L Temperature Control Kettle",
    "description_html": (
        "<p>Five temperature presets (70, 80, 85, 90 and 100 °C) for green tea, white tea, coffee and "
        "everything else, and a keep-warm mode that holds the temperature for 30 minutes.</p>"
        "<p>3 kW fast boil, 1.7 litre capacity, stainless steel body with a double-wall that stays cooler to "
        "the touch. UK plug.</p>"),
    "vendor": "Tempo Home",
    "product_type": "Electric kettle",
    "sku": "TH-K17",
    "tags": ["kettle", "variable temperature", "uk plug"],
    "categories": ["Kitchen > Small appliances > Kettles"],
    "options": kettle,
    "attributes": {"Capacity": ["1.7 litres"], "Power": ["3000 W"], "Presets": ["70, 80, 85, 90, 100 °C"],
                   "Keep warm": ["30 minutes"], "Body": ["Double-wall stainless steel"], "Plug": ["UK 3-pin"],
                   "Warranty": ["2 years"]},
    "variants": variants("TH-K17", kettle, "64.00", {"value": 1.3, "unit": "kg"}),
    "price": "64.00",
    "currency": "GBP",
    "weight": {"value": 1.3, "unit": "kg"},
}

pen = {"Nib": ["Steel EF", "Steel F", "Steel M", "14k gold F"], "Colour": ["Ink Blue", "Bordeaux", "Smoke"]}
L["W21"] = {
    "external_id": "woo-2121",
    "title": "Meridian Piston Fountain Pen",
    "description_html": (
        "<p>A piston-filling fountain pen that holds 1.4 ml of bottled ink, about twice a standard "
        "cartridge. Cellulose acetate body, rhodium-plated trim.</p>"
        "<p>Steel nibs in EF, F and M, or a 14k gold F nib. Made in Heidelberg, Germany.</p>"),
    "vendor": "Meridian Schreibgeräte",
    "product_type": "Fountain pen",
    "sku": "MS-PFP",
    "tags": ["fountain pen", "piston filler", "made in germany"],
    "categories": ["Stationery > Pens > Fountain pens"],
    "options": pen,
    "attributes": {"Filling system": ["Piston"], "Ink capacity": ["1.4 ml"], "Body": ["Cellulose acetate"],
                   "Trim": ["Rhodium-plated"], "Length capped": ["137 mm"], "Weight": ["24 g"]},
    "variants": variants("MS-PFP", pen, "145.00", {"value": 24, "unit": "g"},
                         prices={"14k gold F": "255.00"}),
    "price": "145.00",
    "currency": "EUR",
    "weight": {"value": 24, "unit": "g"},
}

coffee = {"Size": ["12 oz", "2 lb"], "Grind": ["Whole bean"]}
L["W22"] = {
    "external_id": "gid://shopify/Product/2222022",
    "title": "Huila Las Flores - Whole Bean Coffee",
    "description_html": (
        "<p>A washed Colombian coffee from smallholders around La Plata, Huila, bought through our direct "
        "trade partner. Roasted medium-light in Portland, Oregon.</p>"
        "<p>In the cup: red apple, panela and cocoa nib.</p>"),
    "vendor": "Eastbank Roasters",
    "product_type": "Coffee beans",
    "sku": "EB-HLF",
    "tags": ["single origin", "colombia", "direct trade", "whole bean"],
    "categories": ["Coffee > Single origin"],
    "options": coffee,
    "attributes": {"Region": ["La Plata, Huila, Colombia"], "Process": ["Washed"],
                   "Varieties": ["Caturra", "Castillo"], "Altitude": ["1,750-1,900 masl"],
                   "Roast": ["Medium-light"], "Tasting notes": ["Red apple", "Panela", "Cocoa nib"],
                   "Roasted in": ["Portland, Oregon"]},
    "variants": variants("EB-HLF", coffee, "19.00", prices={"12 oz": "19.00", "2 lb": "46.00"}),
    "price": "19.00",
    "currency": "USD",
    "weight": {"value": 12, "unit": "oz"},
}

rug = {"Size": ["5 x 8 ft", "6 x 9 ft", "8 x 10 ft"]}
L["W23"] = {
    "external_id": "gid://shopify/Product/2323023",
    "title": "Tidewater Hand-Knotted Wool Rug",
    "description_html": (
        "<p>Hand-knotted in the Kathmandu Valley from New Zealand wool on a cotton foundation, at about 100 "
        "knots per square inch. A soft abrash runs through the indigo field; the border is ivory.</p>"
        "<p>Pile height 0.4 in. Vacuum without the beater bar; professional cleaning only.</p>"),
    "vendor": "Loomhouse",
    "product_type": "Rug",
    "sku": "LH-TWR",
    "tags": ["hand-knotted", "wool", "made in nepal", "goodweave"],
    "categories": ["Home > Rugs"],
    "options": rug,
    "attributes": {"Pile": ["100% New Zealand wool"], "Foundation": ["Cotton"], "Colour": ["Indigo and ivory"],
                   "Knot density": ["About 100 knots per square inch"], "Pile height": ["0.4 in"],
                   "Certification": ["GoodWeave certified"], "Origin": ["Hand-knotted in Nepal"]},
    "variants": variants("LH-TWR", rug, "1290.00",
                         prices={"5 x 8 ft": "1290.00", "6 x 9 ft": "1690.00", "8 x 10 ft": "2450.00"}),
    "price": "1290.00",
    "currency": "USD",
}

L["W24"] = {
    "external_id": "woo-2424",
    "title": "ClearTemp 100 W Aquarium Heater",
    "description_html": (
        "<p>A fully submersible heater for freshwater and marine aquariums of 20-30 US gallons (75-115 l). "
        "Set anywhere from 68 to 93 °F with the dial on top.</p>"
        "<p>Shatter-resistant quartz glass tube; switches itself off if the water level drops below the "
        "heater.</p>"),
    "vendor": "ClearTemp",
    "product_type": "Aquarium heater",
    "sku": "CT-H100",
    "tags": ["aquarium", "heater", "freshwater", "marine"],
    "categories": ["Pets > Fish > Heating"],
    "options": {},
    "attributes": {"specs": ["Power: 100 W", "Tank size: 20-30 gal", "Range: 68-93 °F (20-34 °C)",
                             "Length: 10.6 in", "Cable: 6 ft", "Listing: ETL listed"]},
    "variants": single("CT-H100", "34.99", {"value": 7, "unit": "oz"}),
    "price": "34.99",
    "currency": "USD",
    "weight": {"value": 7, "unit": "oz"},
    "dimensions": {"length": 10.6, "width": None, "height": None, "unit": "in"},
}

L["W25"] = {
    "external_id": "gid://shopify/Product/2525025",
    "title": "Cherokee Purple Heirloom Tomato Seeds",
    "description_html": (
        "<p>A dusky purple-red beefsteak with rich, smoky-sweet flesh. Indeterminate vines need staking.</p>"
        "<p>Sow indoors 6-8 weeks before your last frost; transplant when nights stay above 50 °F.</p>"),
    "short_description_html": "<p>Packet of 25 untreated seeds.</p>",
    "vendor": "Hollow Creek Seed Co.",
    "product_type": "Seeds",
    "sku": "HC-TOM-CP",
    "tags": ["heirloom", "open-pollinated", "non-gmo", "grown in vermont"],
    "categories": ["Garden > Seeds > Vegetables"],
    "options": {},
    "attributes": {"Seeds per packet": ["25"], "Days to maturity": ["80"], "Habit": ["Indeterminate"],
                   "Fruit size": ["10-12 oz"], "Treatment": ["Untreated"]},
    "variants": single("HC-TOM-CP", "3.95"),
    "price": "3.95",
    "currency": "USD",
}

L["W26"] = {
    "external_id": "woo-2626",
    "title": "Harbour at Dusk - 1000-Piece Jigsaw Puzzle",
    "description_html": (
        "<p>Fishing boats, lamplit quays and a violet evening sky, from a gouache painting by Anneke de Wit. "
        "Pieces are cut from 2 mm recycled board with a linen-effect finish, and a reference poster is "
        "in the box.</p>"),
    "vendor": "Puzzelhuis",
    "product_type": "Jigsaw puzzle",
    "sku": "PZ-HAD1000",
    "tags": ["jigsaw", "1000 pieces", "made in the netherlands"],
    "categories": ["Toys & games > Puzzles"],
    "options": {},
    "attributes": {"Pieces": ["1000"], "Finished size": ["68 x 48 cm"], "Board": ["2 mm recycled board"],
                   "Age": ["12+"], "Box": ["Reference poster included"]},
    "variants": single("PZ-HAD1000", "24.95", {"value": 780, "unit": "g"}),
    "price": "24.95",
    "currency": "EUR",
    "weight": {"value": 780, "unit": "g"},
    "dimensions": {"length": 37, "width": 27, "height": 6, "unit": "cm"},
}


def main():
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(L, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(L)} listings")


if __name__ == "__main__":
    main()
