"""Write listings.json for guardrails holdout v20: 30 invented listings, V01..V30, in docs/listing-json.md format.

Run from this folder:  python make_listings.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per option value: options is (name, [values]), prices a list in the same order."""
    name, values = options
    out = []
    for n, (value, price) in enumerate(zip(values, prices, strict=True), 1):
        out.append({"sku": f"{sku}-{n}", "title": value, "price": price, "compare_at_price": compare,
                    "options": {name: value}, "weight": weight, "external_id": f"{sku}-v{n}"})
    return out


def single(sku, price, weight=None, compare=None, title="Default Title"):
    return [{"sku": sku, "title": title, "price": price, "compare_at_price": compare, "options": {},
             "weight": weight, "external_id": f"{sku}-v1"}]


def g(value, unit="g"):
    return {"value": value, "unit": unit}


def by(option, values, prices, sku, weight=None, compare=None):
    """Options and variants for one option whose values may carry different prices."""
    if isinstance(prices, str):
        prices = [prices] * len(values)
    return {"options": {option: list(values)}, "variants": variants(sku, (option, list(values)), prices, weight,
                                                                    compare)}


def L(title, vendor, ptype, price, currency, desc, attrs=None, tags=(), cats=(), extra=None, **kw):
    listing = {"title": title, "vendor": vendor, "product_type": ptype, "price": price, "currency": currency,
               "description_html": desc, "attributes": attrs or {}, "tags": list(tags), "categories": list(cats)}
    if extra:
        listing.update(extra)
    listing.update(kw)
    return listing


LISTINGS = {
    "V01": L("Brass Wheel Marking Gauge", "Kerfline Tools", "Marking gauge", "46.00", "USD",
             "<p>A wheel marking gauge for scribing lines parallel to an edge. The hardened steel cutting wheel "
             "slices wood fibres cleanly instead of tearing them. The brass fence locks with a knurled "
             "thumbscrew, and the rod is marked in millimetres up to 150 mm.</p><p>Wipe the rod with a drop of "
             "oil now and then. A spare wheel is not included.</p>",
             {"Material": ["Brass fence", "Stainless steel rod", "Hardened steel wheel"],
              "Length": ["20 cm"], "Scale": ["0-150 mm"]},
             tags=("woodworking", "hand tools"), cats=("Tools > Woodworking",),
             weight=g(210), dimensions={"length": 20, "width": 5, "height": 5, "unit": "cm"},
             sku="KT-MG1", variants=single("KT-MG1", "46.00", g(210))),
    "V02": L("Dressmaking Shears 25 cm", "Selvedge & Co", "Scissors", "38.00", "GBP",
             "<p>Long-bladed shears for cutting fabric on the table. The bent handle lets the lower blade rest "
             "flat while you cut, so the cloth does not lift. Blades of carbon steel with a plastic-coated "
             "handle; right-handed.</p><p>Cut fabric only, not paper. Dry after use and oil the pivot.</p>",
             {"Material": ["Carbon steel", "Plastic-coated handles"], "Blade length": ["12 cm"],
              "Handedness": ["Right-handed"]},
             tags=("sewing", "dressmaking"), cats=("Crafts > Sewing",), weight=g(240),
             sku="SC-SH25", variants=single("SC-SH25", "38.00", g(240))),
    "V03": L("Folding Pruning Saw", "Bramblegate", "Pruning saw", "34.00", "AUD",
             "<p>A folding pruning saw with a 21 cm curved blade that cuts on the pull stroke. Triple-ground "
             "teeth for green wood up to about 10 cm thick. The blade locks open and folds into the handle for "
             "carrying.</p><p>Wipe off sap after use. Replacement blades are sold separately.</p>",
             {"Blade": ["21 cm SK5 steel"], "Handle": ["Rubber-coated nylon"], "Folded length": ["26 cm"]},
             tags=("gardening", "pruning"), cats=("Garden > Tools",),
             options={"Color": ["Orange", "Black"]},
             variants=variants("BG-PS", ("Color", ["Orange", "Black"]), ["34.00", "34.00"], g(300)),
             weight=g(300), sku="BG-PS"),
    "V04": L("Glass Tea Infuser Bottle 400 ml", "Steepwell", "Tea bottle", "29.00", "USD",
             "<p>A double-walled borosilicate glass bottle with a removable stainless steel infuser for loose "
             "leaf tea. Holds 400 ml. The bamboo lid screws on tight.</p><p>The glass body is dishwasher safe; "
             "wash the lid by hand. Not for carbonated drinks.</p>",
             {"Material": ["Borosilicate glass", "Stainless steel infuser", "Bamboo lid"], "Capacity": ["400 ml"]},
             tags=("tea", "loose leaf", "bpa-free"), cats=("Kitchen > Tea",),
             weight=g(350), sku="SW-TB400", variants=single("SW-TB400", "29.00", g(350))),
    "V05": L("Rattan Banneton Proofing Basket, Round", "Crumb & Crust", "Proofing basket", "22.00", "EUR",
             "<p>A round banneton of natural rattan cane for proofing bread dough. The spiral of cane leaves a "
             "ringed pattern on the crust. Comes with a removable linen liner.</p><p>Dust with rice flour before "
             "use. Brush out and air dry; do not wash in water.</p>",
             {"Material": ["Natural rattan", "Linen liner"], "Diameter": ["22 cm"], "Dough weight": ["750 g"]},
             tags=("baking", "sourdough"), cats=("Kitchen > Baking",),
             dimensions={"length": None, "width": 22, "height": 8.5, "unit": "cm"},
             sku="CC-BN22", variants=single("CC-BN22", "22.00", g(190))),
    "V06": L("Travel Magnetic Chess Set", "Rookery Games", "Chess set", "27.00", "GBP",
             "<p>A folding wooden chess board with magnetic pieces that stay put on a train or in a car. The "
             "board folds in half and holds all 32 pieces inside.</p><p>King height 3.5 cm; board 25 x 25 cm "
             "open.</p>",
             {"Material": ["Beech wood board", "Wooden pieces with magnets"], "Board size": ["25 x 25 cm"],
              "King height": ["3.5 cm"], "Pieces": ["32"]},
             tags=("chess", "travel games"), cats=("Toys & Games > Board games",),
             sku="RG-CH25", variants=single("RG-CH25", "27.00", g(620))),
    "V07": L("Reflective Running Vest", "Nightstride", "Running vest", "32.00", "CAD",
             "<p>A light mesh vest with reflective bands front and back so drivers see you on dark runs. "
             "Adjustable elastic sides and a zip chest pocket for a phone.</p><p>Machine wash cold, hang to "
             "dry.</p>",
             {"Material": ["Polyester mesh"], "Reflective": ["360° reflective bands"], "Pockets": ["1"]},
             tags=("running", "visibility"), cats=("Sports > Running",),
             **by("Size", ["S/M", "L/XL"], "32.00", "NS-RV", g(120)), sku="NS-RV"),
    "V08": L("Anti-Fog Swim Goggles", "Lanewise", "Swim goggles", "24.00", "USD",
             "<p>Swim goggles with anti-fog coated polycarbonate lenses and a soft silicone seal. UV protection. "
             "The split strap adjusts at the back of the head, and three nose bridges are included.</p><p>Rinse "
             "in fresh water after swimming and do not rub the inside of the lenses.</p>",
             {"Lens": ["Polycarbonate, anti-fog, UV protection"], "Seal": ["Silicone"],
              "Included": ["3 nose bridges", "Hard case"]},
             tags=("swimming", "adult"), cats=("Sports > Swimming",),
             **by("Lens colour", ["Clear", "Smoke", "Blue"], "24.00", "LW-G", g(60)), sku="LW-G"),
    "V09": L("Soy Wax Flakes 1 kg", "Wickhaven", "Candle wax", "18.50", "EUR",
             "<p>Soy wax flakes for container candles. Melt point 52-54 °C. Add fragrance at up to 10% of the "
             "wax weight. Made from soybean oil, with no paraffin.</p><p>Store in a cool, dry place.</p>",
             {"Ingredients": ["Hydrogenated soybean oil"], "Melt point": ["52-54 °C"], "Net weight": ["1 kg"]},
             tags=("candle making", "vegan", "paraffin-free"), cats=("Crafts > Candle making",),
             weight=g(1, "kg"), sku="WH-SOY1", variants=single("WH-SOY1", "18.50", g(1, "kg"))),
    "V10": L("Lens Cleaning Kit", "Clearframe", "Camera cleaning kit", "19.00", "USD",
             "<p>A five-piece kit for cleaning camera lenses and filters: an air blower, a retractable brush, "
             "a 30 ml bottle of alcohol-free cleaning fluid, a microfibre cloth and a lens pen.</p><p>Do not "
             "spray fluid straight onto the lens; put it on the cloth first.</p>",
             {"Pieces": ["5"], "Fluid": ["30 ml, alcohol-free"], "Cloth": ["Microfibre, 15 x 15 cm"]},
             tags=("photography", "cleaning"), cats=("Electronics > Camera accessories",),
             sku="CF-LCK", variants=single("CF-LCK", "19.00", g(140))),
    "V11": L("Kökshandduk i linne, 2-pack", "Linhuset", "Kökshandduk", "249", "SEK",
             "<p>Två kökshanddukar i tvättat linne, vävda i Sverige. Linnet suger upp vatten bra och blir "
             "mjukare för varje tvätt. Storlek 50 x 70 cm, med hängband i ena hörnet.</p><p>Tvättas i 60 °C. "
             "Tål torktumling på låg värme.</p>",
             {"Material": ["100 % linne"], "Storlek": ["50 x 70 cm"], "Ursprung": ["Sverige"]},
             tags=("linne", "kök"), cats=("Hem > Kök",),
             **by("Färg", ["Naturvit", "Grå", "Senapsgul"], "249", "LH-KH2"), sku="LH-KH2"),
    "V12": L("Rope Dog Lead 1.5 m", "Tailfast", "Dog lead", "28.00", "GBP",
             "<p>A 1.5 m dog lead of braided climbing rope, 12 mm thick, with a brass trigger clip and a "
             "leather-wrapped handle loop. For dogs of all sizes up to 40 kg.</p><p>Hand wash in warm soapy "
             "water and let it dry before use.</p>",
             {"Material": ["Braided polyester rope", "Solid brass clip", "Leather wrap"], "Length": ["1.5 m"],
              "Thickness": ["12 mm"]},
             tags=("dogs", "lead"), cats=("Pets > Dogs",),
             **by("Colour", ["Forest", "Plum", "Slate"], "28.00", "TF-L15"), sku="TF-L15"),
    "V13": L("Carbon Trekking Poles, Pair", "Ridgeway Outfitters", "Trekking poles", "89.00", "USD",
             "<p>A pair of three-section trekking poles with carbon fibre shafts and flick locks. They adjust "
             "from 105 to 135 cm and fold down to 62 cm. Cork grips, tungsten carbide tips, and rubber tip "
             "protectors and snow baskets included.</p><p>Weight 230 g per pole.</p>",
             {"Material": ["Carbon fibre shafts", "Cork grips", "Tungsten carbide tips"],
              "Length": ["105-135 cm"], "Packed length": ["62 cm"], "Weight": ["230 g per pole"]},
             tags=("hiking", "trekking"), cats=("Outdoors > Hiking",),
             sku="RO-TP2", variants=single("RO-TP2", "89.00", g(460))),
    "V14": L("Skateboard Wheels 54 mm, Set of 4", "Curbside Wheel Co", "Skateboard wheels", "36.00", "USD",
             "<p>Four 54 mm urethane street wheels with a 99A hardness for smooth slides on park concrete. "
             "Bearings are not included.</p>",
             {"Material": ["Urethane"], "Diameter": ["54 mm"], "Hardness": ["99A"], "Count": ["4"]},
             tags=("skateboarding", "street"), cats=("Sports > Skateboarding",),
             **by("Color", ["White", "Red"], "36.00", "CW-54"), sku="CW-54"),
    "V15": L("Aceitera de cerámica 500 ml", "Barro Vivo", "Aceitera", "24.00", "EUR",
             "<p>Aceitera de cerámica esmaltada hecha a mano en Talavera de la Reina, España. Capacidad de "
             "500 ml, con pico antigoteo de acero inoxidable.</p><p>Lavar a mano. No apta para el "
             "microondas.</p>",
             {"Material": ["Cerámica esmaltada", "Pico de acero inoxidable"], "Capacidad": ["500 ml"],
              "Origen": ["España"]},
             tags=("cocina", "aceite de oliva"), cats=("Cocina > Aceiteras",),
             **by("Color", ["Azul cobalto", "Blanco"], "24.00", "BV-AC"), sku="BV-AC"),
    "V16": L("Guitar Capo, Spring Trigger", "Fretlight Audio", "Capo", "15.00", "USD",
             "<p>A spring-trigger capo for six-string acoustic and electric guitars. Aluminium body with a "
             "silicone pad that holds the strings without buzzing. Clamps on with one hand.</p><p>Not for "
             "classical guitars with flat, wide necks.</p>",
             {"Material": ["Aluminium alloy", "Silicone pad"], "Weight": ["40 g"]},
             tags=("guitar", "accessories"), cats=("Music > Guitar accessories",),
             **by("Color", ["Black", "Silver"], "15.00", "FA-CP", g(40)), sku="FA-CP"),
    "V17": L("Glass Geometric Terrarium", "Fernvault", "Terrarium", "42.00", "CAD",
             "<p>A geometric terrarium of clear glass panels set in brass-coloured metal frames, with one "
             "hinged door. For succulents, air plants and moss.</p><p>Open terrarium, not watertight: plant "
             "in a liner or pot. Plants not included. 20 x 20 x 25 cm.</p>",
             {"Material": ["Glass", "Brass-coloured metal frame"], "Size": ["20 x 20 x 25 cm"]},
             tags=("plants", "terrarium"), cats=("Home > Plants",),
             dimensions={"length": 20, "width": 20, "height": 25, "unit": "cm"},
             sku="FV-GT", variants=single("FV-GT", "42.00", g(1200))),
    "V18": L("Polyhedral Dice Set, 7 Pieces", "Crit Forge", "Dice set", "14.00", "USD",
             "<p>Seven resin dice for tabletop role-playing games: d4, d6, d8, two d10 (one marked in tens), d12 "
             "and d20. Each die has gold-painted numbers.</p><p>Comes in a drawstring cloth pouch.</p>",
             {"Material": ["Resin"], "Pieces": ["7"], "Included": ["Cloth pouch"]},
             tags=("tabletop", "rpg"), cats=("Toys & Games > Dice",),
             **by("Color", ["Galaxy Purple", "Ocean Teal", "Ember Red"], "14.00", "CF-D7"), sku="CF-D7"),
    "V19": L("Knife Sharpening by Post", "Whetstone Post", "Service", "5.00", "GBP",
             "<p>Send us your kitchen knives and we sharpen each one by hand on water stones, then post them "
             "back to you. £5 a knife for straight blades, £8 for serrated blades. Return postage is £7 per "
             "parcel, tracked.</p><p>We do not sharpen ceramic knives. Turnaround is five working days from "
             "when your knives arrive.</p>",
             {"Method": ["Hand-sharpened on water stones"], "Turnaround": ["5 working days"]},
             tags=("service", "knives"), cats=("Services > Sharpening",),
             **by("Blade", ["Straight", "Serrated"], ["5.00", "8.00"], "WP-KS"), sku="WP-KS"),
    "V20": L("Pewter Acorn Keyring", "", "", "12.00", "GBP", "", sku="PK-1",
             variants=single("PK-1", "12.00")),
    "V21": L("Natural Loofah Sponge", "Gourdly", "", "6.00", "EUR", "",
             {"Material": ["Dried loofah gourd"]}, sku="GL-1", variants=single("GL-1", "6.00")),
    "V22": L("Fresh Pasta Making Set", "Farina Lane", "Pasta set", None, "USD",
             "<p>Everything for making fresh pasta at home, sold as separate pieces so you can choose what you "
             "need: a beech wood rolling pin, a brass-wheel ravioli cutter and a beech drying rack.</p>",
             tags=("pasta", "kitchen"), cats=("Kitchen > Pasta",), sku="FL-SET", variants=[],
             children=[{"title": "Beech Pasta Rolling Pin 60 cm", "price": "28.00",
                        "attributes": {"Material": ["Beech wood"], "Length": ["60 cm"]}},
                       {"title": "Brass Ravioli Cutter Wheel", "price": "16.00",
                        "attributes": {"Material": ["Brass wheel", "Beech handle"]}},
                       {"title": "Beech Pasta Drying Rack", "price": "22.00",
                        "attributes": {"Material": ["Beech wood"], "Arms": ["8"]}}]),
    "V23": L("Inflatable Touring Kayak for Two", "Tidewalk", "Kayak", "649.00", "USD",
             "<p>A two-person inflatable touring kayak with three air chambers, a drop-stitch floor and a "
             "removable skeg. 3.8 m long, maximum load 200 kg. Pump, paddles and seats included.</p><p>Sold "
             "and shipped by our partner Paddlehaus: orders, delivery, warranty and returns are handled on "
             "their site.</p>",
             {"Material": ["PVC tarpaulin", "Drop-stitch floor"], "Length": ["3.8 m"], "Max load": ["200 kg"],
              "Chambers": ["3"]},
             tags=("kayak", "water sports"), cats=("Outdoors > Paddling",), sku="TW-K2",
             type="external", product_url="https://paddlehaus.example/tidewalk-kayak-2",
             variants=single("TW-K2", "649.00", g(16, "kg"))),
    "V24": L("Wollen plaid van Texelse wol", "Weverij Duinroos", "Plaid", "95.00", "EUR",
             "<p>Een warme plaid, geweven in Tilburg van wol van Texelse schapen. Afmeting 130 x 180 cm, met "
             "franjes aan de korte kanten.</p><p>Alleen luchten of laten stomen; niet in de wasmachine.</p>",
             {"Materiaal": ["100% Texelse wol"], "Afmeting": ["130 x 180 cm"], "Herkomst": ["Nederland"]},
             tags=("wol", "plaid"), cats=("Wonen > Plaids",),
             **by("Kleur", ["Naturel", "Antraciet"], "95.00", "WD-PL"), sku="WD-PL"),
    "V25": L("Bases de copos em cortiça, conjunto de 6", "Sobreiro Casa", "Bases de copos", "18.00", "EUR",
             "<p>Seis bases de copos em cortiça natural, feitas em Portugal. Redondas, com 10 cm de diâmetro e "
             "5 mm de espessura. A cortiça protege a mesa do calor e da humidade.</p><p>Limpar com um pano "
             "húmido. Não lavar na máquina.</p>",
             {"Material": ["Cortiça natural"], "Diâmetro": ["10 cm"], "Quantidade": ["6"],
              "Origem": ["Portugal"]},
             tags=("cortiça", "mesa"), cats=("Casa > Mesa",), sku="SC-BC6",
             variants=single("SC-BC6", "18.00", g(60))),
    "V26": L("Skleněná vánoční ozdoba, ručně malovaná", "Sklárna Jizera", "Vánoční ozdoba", "290", "CZK",
             "<p>Foukaná skleněná koule o průměru 8 cm, ručně malovaná v Jablonci nad Nisou. Každý kus je "
             "originál, vzor se může mírně lišit.</p><p>Křehké sklo: není vhodné pro malé děti.</p>",
             {"Materiál": ["Foukané sklo"], "Průměr": ["8 cm"], "Původ": ["Česká republika"]},
             tags=("vánoce", "sklo"), cats=("Domov > Vánoce",),
             **by("Barva", ["Červená", "Zlatá"], "290", "SJ-OZ"), sku="SJ-OZ"),
    "V27": L("Bonsai Pruning Scissors", "Tsubaki Garden", "Bonsai scissors", "8800", "JPY",
             "<p>Long-handled bonsai scissors forged in Sanjo, Niigata, Japan, for trimming fine shoots and "
             "leaves. Carbon steel blades, 18 cm overall.</p><p>Wipe clean and oil after use; carbon steel rusts "
             "if left wet.</p>",
             {"Material": ["Carbon steel"], "Length": ["18 cm"], "Origin": ["Sanjo, Japan"]},
             tags=("bonsai", "garden"), cats=("Garden > Bonsai",), sku="TG-BS18",
             variants=single("TG-BS18", "8800", g(95))),
    "V28": L("Alpaca Wool Socks", "Andean Thread", "Socks", "24.00", "NZD",
             "<p>Thick socks knitted in Peru from a blend of 60% alpaca wool and 40% nylon. Warm and cushioned "
             "for boots in cold weather.</p><p>Hand wash cold and dry flat.</p>",
             {"Material": ["60% alpaca wool", "40% nylon"], "Origin": ["Peru"]},
             tags=("socks", "alpaca"), cats=("Clothing > Socks",),
             **by("Size", ["S (36-39)", "M (40-43)", "L (44-47)"], "24.00", "AT-SK"), sku="AT-SK"),
    "V29": L("1000-Piece Jigsaw Puzzle: Harbour Lights", "Tessellate Press", "Jigsaw puzzle", "21.00", "USD",
             "<p>A 1000-piece jigsaw of a harbour at dusk, painted by the illustrator Mara Quill. Pieces are cut "
             "from 2 mm recycled board. Finished size 68 x 49 cm. A poster of the picture is in the box.</p>"
             "<p>Ages 12 and up.</p>",
             {"Pieces": ["1000"], "Finished size": ["68 x 49 cm"], "Board": ["2 mm recycled board"]},
             tags=("puzzle", "recycled"), cats=("Toys & Games > Puzzles",), sku="TP-HL1000",
             variants=single("TP-HL1000", "21.00", g(700))),
    "V30": L("Smoked Chipotle Hot Sauce 150 ml", "Ember & Brine", "Hot sauce", "11.00", "CAD",
             "<p>A smoky, medium-hot sauce of chipotle peppers, tomato, cider vinegar, garlic and sea salt. "
             "Made in small batches in Halifax, Nova Scotia. 150 ml bottle.</p><p>Refrigerate after opening "
             "and use within 3 months.</p>",
             {"Ingredients": ["Chipotle peppers", "Tomato", "Cider vinegar", "Garlic", "Sea salt"],
              "Heat": ["Medium"], "Volume": ["150 ml"], "Origin": ["Halifax, Canada"]},
             tags=("hot sauce", "gluten-free", "vegan"), cats=("Food > Sauces",), sku="EB-CH150",
             variants=single("EB-CH150", "11.00")),
}


def main():
    out = {}
    for key, listing in LISTINGS.items():
        row = {"external_id": key}
        row.update(listing)
        out[key] = row
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(out)} listings")


if __name__ == "__main__":
    main()
