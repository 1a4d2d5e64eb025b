"""Write listings.json for guardrails holdout v16: 30 invented listings, V01..V30 (docs/listing-json.md format).

Run from this folder:  python make_listings.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per option value: options is (option name, [values]), prices one per value."""
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
    """options dict and variants for a product sold by one option."""
    return {"options": {option: list(values)}, "variants": variants(sku, (option, list(values)), prices, weight,
                                                                     compare)}


def L(title, vendor, ptype, price, currency, desc, attrs=None, tags=(), cats=(), extra=None, **kw):
    out = {"title": title, "vendor": vendor, "product_type": ptype, "price": price, "currency": currency,
           "description_html": desc, "attributes": {k: (v if isinstance(v, list) else [v])
                                                    for k, v in (attrs or {}).items()},
           "tags": list(tags), "categories": list(cats)}
    out.update(extra or {})
    out.update(kw)
    if "variants" not in out and price is not None:
        out["variants"] = single(kw.get("sku", "SKU"), price, out.get("weight"))
    return out


LISTINGS = {
    "V01": L("Hand-Blown Crystal Wine Glasses, Set of 2", "Clarwyn", "Wine glasses", "64.00", "EUR",
             "<p>Two lead-free crystal glasses, mouth-blown with a pulled stem, so there is no seam where bowl "
             "meets stem. The 480 ml bowl suits red and white alike.</p><p>Dishwasher safe on the top rack.</p>",
             {"Material": "lead-free crystal", "Capacity": "480 ml", "Height": "23 cm", "Mundgeblasen in":
              "Tschechien", "Pieces": "2"},
             tags=("lead-free", "mouth-blown"), cats=("Kitchen > Glassware",), sku="CW-480",
             weight=g(620), dimensions={"length": None, "width": 9, "height": 23, "unit": "cm"}),
    "V02": L("Gants d'équitation en cuir d'agneau", "Sellerie Morvane", "Gants d'équitation", "39.00", "EUR",
             "<p>Gants fins en cuir d'agneau avec renforts en silicone entre l'annulaire et l'auriculaire, là où "
             "passent les rênes. Fermeture par bande auto-agrippante.</p><p>Lavage à la main à l'eau froide.</p>",
             {"Matière": "cuir d'agneau", "Renforts": "silicone", "Fermeture": "auto-agrippante",
              "Fabriqué en": "Portugal"},
             tags=("équitation",), cats=("Équitation > Gants",), sku="SM-GL",
             **by("Taille", ["6", "7", "8", "9"], ["39.00"] * 4, "SM-GL")),
    "V03": L("Foldable Camera Drone with 4K Camera", "Aerolume", "Camera drone", "449.00", "USD",
             "<p>A folding drone that weighs 249 g, with a 4K camera on a 3-axis gimbal. One battery gives up to "
             "31 minutes of flight.</p><p>Check your local rules before flying; registration may be required.</p>",
             {"Weight": "249 g", "Camera": "4K/30fps", "Gimbal": "3-axis", "Flight time": "up to 31 minutes",
              "Range": "10 km video transmission", "Batteries included": "1"},
             tags=("4k", "folding"), cats=("Electronics > Drones",), sku="AL-D4K",
             weight=g(249), faq=[{"question": "Does it come with a controller?",
                                  "answer": "Yes, one controller and one battery are included."}]),
    "V04": L("End-Grain Walnut Cutting Board", "Gratewood", "Cutting board", "118.00", "GBP",
             "<p>An end-grain board in black walnut, glued from short blocks so the knife edge meets the fibres "
             "end on and stays sharp longer. Juice groove on one side, flat on the other.</p>"
             "<p>Hand wash and oil monthly; never soak or put in the dishwasher.</p>",
             {"Wood": "black walnut", "Finish": "food-safe mineral oil and beeswax", "Made in": "Cornwall, UK",
              "Thickness": "4 cm"},
             tags=("end grain", "handmade"), cats=("Kitchen > Boards",), sku="GW-EG",
             weight=g(3.2, "kg"), dimensions={"length": 45, "width": 30, "height": 4, "unit": "cm"}),
    "V05": L("Dry Gin No. 3, 70 cl", "Harrowgate Still", "Gin", "34.00", "GBP",
             "<p>A London Dry gin distilled in small batches with juniper, coriander seed, angelica root and "
             "pink grapefruit peel. Bottled at 43% ABV.</p><p>Serve with tonic and a slice of grapefruit.</p>",
             {"Volume": "70 cl", "ABV": "43%", "Botanicals": ["juniper", "coriander seed", "angelica root",
                                                              "pink grapefruit peel"],
              "Distilled in": "Yorkshire, England", "Style": "London Dry"},
             tags=("gin", "small batch"), cats=("Drinks > Spirits",), sku="HS-G3"),
    "V06": L("Handwebteppich aus Schurwolle", "Webhaus Lindqvist", "Teppich", "289.00", "EUR",
             "<p>Flachgewebter Teppich aus 100 % Schurwolle, von Hand auf dem Webstuhl gewebt, mit Fransen an den "
             "Schmalseiten. Beidseitig verwendbar.</p><p>Nur Trockenreinigung, regelmäßig absaugen.</p>",
             {"Material": "100 % Schurwolle", "Maße": "140 x 200 cm", "Gewebt in": "Indien", "Florhöhe":
              "flachgewebt"},
             tags=("schurwolle", "handgewebt"), cats=("Wohnen > Teppiche",), sku="WL-T",
             **by("Farbe", ["Naturweiß", "Anthrazit"], ["289.00", "289.00"], "WL-T")),
    "V07": L("Ridgeback 22 L Daypack", "Fellstride", "Backpack", "85.00", "AUD",
             "<p>A 22 litre daypack in 210D recycled nylon with a padded laptop sleeve for up to 15 inches, two "
             "side bottle pockets and a ventilated back panel.</p><p>Weighs 780 g.</p>",
             {"Volume": "22 L", "Fabric": "210D recycled nylon", "Laptop sleeve": "up to 15 in",
              "Water resistance": "DWR-coated fabric"},
             tags=("recycled",), cats=("Bags > Backpacks",), sku="FS-22", weight=g(780),
             **by("Colour", ["Slate", "Rust"], ["85.00", "85.00"], "FS-22")),
    "V08": L("Figure Skates, Youth", "Glacette", "Ice skates", "129.00", "CAD",
             "<p>Youth figure skates with a padded synthetic-leather boot and a stainless steel blade, "
             "sharpened and mounted at the factory. Sizes Y10 to 4.</p><p>Wipe the blades dry after every session "
             "and use guards off the ice.</p>",
             {"Boot": "synthetic leather, padded", "Blade": "stainless steel", "Blade guards": "not included"},
             tags=("youth",), cats=("Sports > Skating",), sku="GL-YS",
             **by("Size", ["Y10", "Y11", "Y12", "Y13", "1", "2", "3", "4"], ["129.00"] * 8, "GL-YS")),
    "V09": L("Cedar Bird Feeder with Copper Roof", "Nestbury", "Bird feeder", "42.00", "GBP",
             "<p>A hanging seed feeder in western red cedar with a copper roof that weathers to a green patina. "
             "Holds about 1.5 litres of seed; the roof lifts off for filling.</p>",
             {"Wood": "western red cedar", "Roof": "copper", "Seed capacity": "about 1.5 L",
              "Height": "28 cm", "Made in": "Scotland"},
             tags=("garden birds",), cats=("Garden > Wildlife",), sku="NB-CF"),
    "V10": L("Solid Shampoo Bar, Rosemary & Mint, 85 g", "Brinewell", "Shampoo bar", "11.50", "USD",
             "<p>A solid shampoo bar with rosemary and peppermint essential oils, made without sulfates or "
             "silicones. One bar lasts about 60 washes.</p><p>Let it dry between uses. Avoid contact with eyes.</p>",
             {"Weight": "85 g", "Scent": "rosemary and peppermint", "Free from": ["sulfates", "silicones"],
              "Packaging": "recycled cardboard box"},
             tags=("vegan", "plastic-free packaging"), cats=("Beauty > Hair",), sku="BW-SB", weight=g(85)),
    "V11": L("Beech Embroidery Hoop Set (4 sizes)", "Threadmoor", "Embroidery hoops", "16.00", "EUR",
             "<p>Four beech hoops with brass screws, in 10, 15, 20 and 25 cm diameters.</p>",
             {"Wood": "beech", "Screws": "brass", "Diameters": ["10 cm", "15 cm", "20 cm", "25 cm"],
              "Pieces": "4"},
             tags=("embroidery",), cats=("Crafts > Needlework",), sku="TM-H4"),
    "V12": L("Nattväsen – LP (180 g vinyl)", "Skogsljud Records", "Vinyl record", "279.00", "SEK",
             "<p>Debutalbumet från duon Nattväsen på 180 g vinyl, 10 spår, med nedladdningskod. Spelas på 33⅓ "
             "varv per minut.</p>",
             {"Format": "12\" LP", "Vikt": "180 g", "Spår": "10", "Hastighet": "33⅓ rpm",
              "Pressad i": "Tyskland"},
             tags=("vinyl", "nedladdningskod"), cats=("Musik > Vinyl",), sku="SL-NV"),
    "V13": L("Graphite Tennis Racket 100", "Courtlyn", "Tennis racket", "169.00", "USD",
             "<p>A graphite frame with a 100 sq in head and a 16x19 string pattern, weighing 300 g unstrung. "
             "Sold unstrung.</p>",
             {"Frame": "graphite", "Head size": "100 sq in", "String pattern": "16x19",
              "Unstrung weight": "300 g", "Balance": "320 mm", "Length": "27 in"},
             tags=("unstrung",), cats=("Sports > Tennis",), sku="CL-100",
             **by("Grip size", ["L2", "L3"], ["169.00", "169.00"], "CL-100")),
    "V14": L("Glass Baby Bottle 240 ml", "Pipkin & Moss", "Baby bottle", "14.90", "EUR",
             "<p>A borosilicate glass bottle with a silicone sleeve and a slow-flow silicone teat for 0+ months. "
             "Holds 240 ml.</p><p>Sterilise before first use. Check the teat before every feed and replace it "
             "every 2 months.</p>",
             {"Bottle": "borosilicate glass", "Sleeve": "silicone", "Teat": "silicone, slow flow, 0+ months",
              "Capacity": "240 ml", "BPA-free": "yes"},
             tags=("bpa-free",), cats=("Baby > Feeding",), sku="PM-240"),
    "V15": L("Heirloom Tomato Seeds 'Black Krim'", "Saatgut Ostwind", "Seeds", "3.80", "EUR",
             "<p>Open-pollinated seeds of the dark beefsteak tomato 'Black Krim'. About 20 seeds a packet. Sow "
             "indoors in March and April; fruit from July.</p>",
             {"Seeds per packet": "about 20", "Variety": "Black Krim", "Pollination": "open-pollinated",
              "Germination": "7-14 days at 20-25 °C", "Certification": "EU organic"},
             tags=("organic", "heirloom"), cats=("Garden > Seeds",), sku="SO-BK"),
    "V16": L("Carteira em pele curtida a vegetal", "Couraria Alvor", "Carteira", "59.00", "EUR",
             "<p>Carteira dobrável em pele curtida a vegetal, cosida à mão, com seis ranhuras para cartões e um "
             "compartimento para notas.</p>",
             {"Material": "pele curtida a vegetal", "Ranhuras para cartões": "6", "Feito em": "Portugal",
              "Dimensões": "11 x 9 cm"},
             tags=("couro", "feito à mão"), cats=("Acessórios > Carteiras",), sku="CA-W",
             **by("Cor", ["Conhaque", "Preto"], ["59.00", "59.00"], "CA-W")),
    "V17": L("20,000 mAh Power Bank with USB-C PD", "Voltaic North", "Power bank", "49.99", "USD",
             "<p>A 20,000 mAh power bank with one USB-C port (20 W Power Delivery, in and out) and one USB-A port. "
             "It charges two devices at once.</p><p>Not allowed in checked luggage.</p>",
             {"Capacity": "20,000 mAh", "Ports": ["1 x USB-C (20 W PD)", "1 x USB-A (18 W)"],
              "Weight": "355 g", "Recharge time": "about 4 hours with a 20 W charger"},
             tags=("usb-c",), cats=("Electronics > Power",), sku="VN-20K", weight=g(355)),
    "V18": L("Ultralight Camping Hammock", "Canopeak", "Hammock", "69.00", "NZD",
             "<p>A single hammock in 70D ripstop nylon that packs into its own pouch. Holds up to 150 kg. Tree "
             "straps and carabiners are sold separately.</p>",
             {"Fabric": "70D ripstop nylon", "Size": "270 x 140 cm", "Weight": "390 g", "Max load": "150 kg"},
             tags=("ultralight",), cats=("Outdoor > Camping",), sku="CP-HM", weight=g(390),
             **by("Colour", ["Forest", "Charcoal"], ["69.00", "69.00"], "CP-HM")),
    "V19": L("Pocket Bluetooth Speaker", "Sonnet Vale", "Bluetooth speaker", "59.00", "USD",
             "<p>A palm-sized speaker with Bluetooth 5.3 and up to 12 hours of play per charge. Rated IP67 for "
             "dust and water.</p><p>Sold and shipped by our partner SoundCart, who handle delivery, warranty and "
             "returns.</p>",
             {"Bluetooth": "5.3", "Battery life": "up to 12 hours", "Water resistance": "IP67",
              "Charging": "USB-C"},
             tags=("external",), cats=("Electronics > Audio",), sku="SV-PS"),
    "V20": L("Photo Restoration (digital)", "Oldlight Studio", "Service", "25.00", "GBP",
             "<p>Send us a scan of a damaged photo and we repair tears, stains and fading by hand, then email "
             "back a high-resolution file within 7 working days. One revision included.</p><p>We do not print or "
             "handle originals.</p>",
             {"Turnaround": "7 working days", "Revisions": "1 included", "Delivery": "digital file by email"},
             tags=("service",), cats=("Services",), sku="OS-PR",
             **by("Damage", ["Light", "Heavy"], ["25.00", "45.00"], "OS-PR")),
    "V21": L("Glass Bud Vase", "", "", "22.00", "EUR", "", sku="GV-1"),
    "V22": L("Linen Napkins, Set of 4", "Hallow Loom", "", "36.00", "GBP", "",
             {"Material": "100% linen"}, sku="HL-N4"),
    "V23": L("Cocktail Shaker Set", "Barwick & Sloe", "Barware set", None, "USD",
             "<p>Everything for shaken drinks, sold as three pieces you can buy one by one: a 700 ml Boston "
             "shaker, a Hawthorne strainer and a 30/45 ml jigger, all in stainless steel.</p>",
             {"Material": "stainless steel"}, tags=("grouped",), cats=("Kitchen > Bar",), sku="BS-SET",
             extra={"children": [{"title": "Boston Shaker 700 ml", "price": "28.00"},
                                 {"title": "Hawthorne Strainer", "price": "14.00"},
                                 {"title": "Jigger 30/45 ml", "price": "9.00"}]},
             variants=[]),
    "V24": L("Salsa Picante de Chile Habanero, 150 ml", "Cocina Tzalam", "Salsa picante", "65.00", "MXN",
             "<p>Salsa de chile habanero asado con zanahoria y ajo. Picor: 4 de 5. Sin conservadores.</p>"
             "<p>Refrigerar después de abrir.</p>",
             {"Ingredientes": ["chile habanero", "zanahoria", "vinagre", "ajo", "sal"], "Contenido": "150 ml",
              "Hecho en": "Mérida, Yucatán", "Picor": "4/5", "Envase": "botella de vidrio"},
             tags=("sin conservadores", "vegano"), cats=("Despensa > Salsas",), sku="CT-HB"),
    "V25": L("Delta Stunt Kite", "Windhollow", "Kite", "79.00", "AUD",
             "<p>A dual-line delta stunt kite with a 1.8 m wingspan, ripstop polyester sail and carbon spars. "
             "Flies in winds of 10-40 km/h. Lines and handles included (2 x 25 m).</p>",
             {"Wingspan": "1.8 m", "Sail": "ripstop polyester", "Frame": "carbon", "Wind range": "10-40 km/h",
              "Lines": "2 x 25 m, included", "Age": "12+"},
             tags=("dual line",), cats=("Toys > Kites",), sku="WH-DK"),
    "V26": L("Tour Golf Balls, 12 pack", "Fairhaven Golf", "Golf balls", "52.00", "USD",
             "<p>Three-piece golf balls with a urethane cover for spin around the greens. One dozen per box.</p>",
             {"Construction": "3-piece", "Cover": "urethane", "Balls": "12", "Dimples": "332"},
             tags=("urethane",), cats=("Sports > Golf",), sku="FG-12",
             **by("Colour", ["White", "Matte Yellow"], ["52.00", "52.00"], "FG-12")),
    "V27": L("Cashmere Scarf", "Aldermoor", "Scarf", "145.00", "GBP",
             "<p>A scarf woven from 100% cashmere, brushed for softness, with fringed ends. 180 x 30 cm.</p>"
             "<p>Hand wash cold or dry clean; dry flat.</p>",
             {"Material": "100% cashmere", "Size": "180 x 30 cm", "Woven in": "Scotland"},
             tags=("cashmere",), cats=("Accessories > Scarves",), sku="AM-CS",
             **by("Colour", ["Camel", "Navy", "Heather Grey"], ["145.00"] * 3, "AM-CS")),
    "V28": L("Mineral Sunscreen SPF 30, 100 ml", "Solwick", "Sunscreen", "24.00", "AUD",
             "<p>A mineral sunscreen with 20% zinc oxide, broad spectrum SPF 30, water resistant for 40 minutes. "
             "Unscented.</p><p>Reapply every 2 hours and after swimming or towelling.</p>",
             {"SPF": "30", "Active": "20% zinc oxide", "Water resistance": "40 minutes", "Volume": "100 ml",
              "Made in": "Australia"},
             tags=("unscented", "broad spectrum"), cats=("Beauty > Sun care",), sku="SW-30"),
    "V29": L("Silent Wall Clock, 30 cm", "Tidemark Home", "Wall clock", "38.00", "EUR",
             "<p>A wall clock with a silent sweep movement, an oak veneer face and a glass front. Runs on one AA "
             "battery (not included).</p>",
             {"Diameter": "30 cm", "Face": "oak veneer", "Front": "glass", "Movement": "silent sweep",
              "Battery": "1 x AA, not included"},
             tags=("silent",), cats=("Home > Clocks",), sku="TH-WC"),
    "V30": L("Ergonomic Mesh Office Chair", "Posture & Oak", "Office chair", "329.00", "USD",
             "<p>A mesh-back office chair with adjustable lumbar support, 3D armrests and a synchronised tilt "
             "that locks in 4 positions. Seat height 44-54 cm. Rated for users up to 120 kg.</p>"
             "<p>Assembly required; tools included.</p>",
             {"Back": "mesh", "Seat": "foam with fabric cover", "Base": "aluminium", "Max user weight": "120 kg",
              "Seat height": "44-54 cm", "Warranty": "5 years"},
             tags=("ergonomic",), cats=("Office > Chairs",), sku="PO-MC", weight=g(17, "kg")),
}


def main():
    out = {}
    for key, lst in LISTINGS.items():
        lst = dict(lst)
        lst["external_id"] = key
        out[key] = lst
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    print(f"{len(out)} listings")


if __name__ == "__main__":
    main()
