"""Listings for guardrails holdout v21 (all invented). Writes listings.json (key -> listing).

Run from this folder:  python make_listings.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per option dict, SKUs numbered from the base."""
    out = []
    for n, (opts, price) in enumerate(zip(options, prices, strict=True), 1):
        v = {"sku": f"{sku}-{n}", "price": price, "options": opts}
        if weight:
            v["weight"] = weight
        if compare:
            v["compare_at_price"] = compare
        out.append(v)
    return out


def single(sku, price, weight=None, compare=None, title="Default Title"):
    v = {"sku": sku, "title": title, "price": price, "options": {}}
    if weight:
        v["weight"] = weight
    if compare:
        v["compare_at_price"] = compare
    return [v]


def g(value, unit="g"):
    return {"value": value, "unit": unit}


def by(option, values, prices, sku, weight=None, compare=None):
    """Options and variants for one option with these values and prices."""
    return {
        "options": {option: list(values)},
        "variants": variants(sku, [{option: v} for v in values], prices, weight, compare),
    }


def L(title, vendor, ptype, price, currency, desc, attrs=None, tags=(), cats=(), extra=None, **kw):
    out = {"title": title}
    if vendor:
        out["vendor"] = vendor
    if ptype:
        out["product_type"] = ptype
    if desc:
        out["description_html"] = desc
    if price is not None:
        out["price"] = price
    out["currency"] = currency
    if attrs:
        out["attributes"] = {k: (v if isinstance(v, list) else [v]) for k, v in attrs.items()}
    if tags:
        out["tags"] = list(tags)
    if cats:
        out["categories"] = list(cats)
    if extra:
        out.update(extra)
    out.update(kw)
    return out


LISTINGS = {
    "V01": L("Birch Circular Knitting Needles, 80 cm", "Loopwright", "Knitting needles", None, "USD",
             "<p>Fixed circular needles with smooth birch wood tips joined by a flexible nylon cable. The joins are "
             "brass, so stitches slide over without catching.</p><p>Total length 80 cm, tips 12 cm each. Sold "
             "singly, one needle per pack. Wipe with a dry cloth after knitting; do not soak the wood.</p>",
             {"Tip material": "Birch wood", "Cable": "Nylon", "Joins": "Brass", "Total length": "80 cm",
              "Tip length": "12 cm"},
             ("knitting", "circular-needles"), ("Knitting", "Needles"),
             by("Needle size", ["3.5 mm (US 4)", "4 mm (US 6)", "5 mm (US 8)"], ["14.00", "14.00", "15.00"],
                "LW-CN80", g(18))),
    "V02": L("Stainless J-Hook Hive Tool", "Combhouse Apiary Supply", "Hive tool", "12.00", "GBP",
             "<p>A 25 cm hive tool with a flat scraper blade at one end and a J-hook at the other for lifting "
             "frames. Made from 3 mm stainless steel, with a red powder-coated grip section so it is easy to spot "
             "in the grass.</p><p>Scrape off propolis and wax, then wash in hot soapy water. The bare steel ends "
             "can be passed through a flame to clean them; keep the flame off the red grip.</p>",
             {"Material": "Stainless steel", "Length": "25 cm", "Thickness": "3 mm", "Grip": "Red powder coat"},
             ("beekeeping",), ("Beekeeping", "Tools"), None, weight=g(180), variants=single("CH-HT25", "12.00")),
    "V03": L("Brass Dome Bicycle Bell", "Spokesmith", "Bicycle bell", None, "EUR",
             "<p>A 55 mm brass dome bell with a long, clear ring. The clamp is aluminium and fits handlebars of "
             "22.2 mm diameter only; it will not fit 31.8 mm bars. Fitting needs a 3 mm hex key, included.</p>"
             "<p>Made in Taiwan. Weight 60 g.</p>",
             {"Dome": "Brass, 55 mm", "Clamp": "Aluminium", "Handlebar fit": "22.2 mm", "Origin": "Taiwan"},
             ("cycling", "bell"), ("Cycling", "Accessories"),
             by("Finish", ["Polished brass", "Matte black"], ["16.00", "18.00"], "SS-BELL55", g(60))),
    "V04": L("Porcelain Pour-Over Dripper, Size 02", "Bloomfield Roasting Tools", "Coffee dripper", None, "USD",
             "<p>A cone dripper in glazed porcelain, size 02, for brewing one to four cups at a time. Twelve "
             "spiral ribs inside and a single large hole at the bottom let the coffee flow evenly. Uses size 02 "
             "cone paper filters (not included).</p><p>Made in Arita, Japan. Dishwasher safe.</p>",
             {"Material": "Porcelain", "Size": "02", "Cups": "1-4", "Origin": "Arita, Japan"},
             ("coffee", "pour-over"), ("Coffee", "Brewing"),
             by("Colour", ["White", "Sand"], ["24.00", "24.00"], "BRT-D02", g(340))),
    "V05": L("Waterproof Fly Box", "Riffle & Reed", "Fly box", None, "CAD",
             "<p>A slim fly box with a clear polycarbonate lid and slit foam inserts on both sides, holding up to "
             "180 flies. A silicone seal makes it waterproof to IP67, and it floats if dropped.</p>"
             "<p>Outside size 16 x 10 x 4 cm. Flies not included.</p>",
             {"Lid": "Polycarbonate", "Inserts": "Slit foam", "Capacity": "180 flies", "Rating": "IP67",
              "Size": "16 x 10 x 4 cm"},
             ("fishing", "fly-fishing"), ("Fishing", "Storage"),
             by("Colour", ["Clear", "Olive"], ["29.00", "29.00"], "RR-FB16", g(120))),
    "V06": L("Pottery Trimming Tool Set", "Wheelhouse Clay Co.", "Pottery tools", "24.00", "CHF",
             "<p>Five loop and ribbon tools for trimming leather-hard pots on the wheel. Sharpened stainless "
             "steel ribbons are set in beech handles, each tool 16 cm long.</p><p>Rinse off the clay and dry the "
             "tools after use; do not leave them standing in slip or water.</p>",
             {"Pieces": "5", "Blades": "Stainless steel", "Handles": "Beech", "Length": "16 cm"},
             ("pottery", "ceramics"), ("Pottery", "Tools"), None, variants=single("WCC-TT5", "24.00")),
    "V07": L("Natural Cork Yoga Block", "Stillpoint Studio Goods", "Yoga block", "19.00", "EUR",
             "<p>A firm yoga block made of natural cork, 23 x 15 x 10 cm and 650 g, with rounded edges. Sold "
             "singly.</p><p>Wipe with a damp cloth and let it air dry. Keep it out of direct sun for long "
             "periods, as cork can fade.</p>",
             {"Material": "Natural cork", "Size": "23 x 15 x 10 cm", "Weight": "650 g"},
             ("yoga",), ("Yoga", "Props"), None, weight=g(650), variants=single("SSG-YB", "19.00")),
    "V08": L("Enamel Camp Mug, 350 ml", "Trailhearth", "Camping mug", None, "USD",
             "<p>A classic camp mug in enamelled steel with a rolled stainless steel rim. Holds 350 ml and weighs "
             "150 g. It can sit on a camp stove or the edge of a fire.</p><p>Not for the microwave. Hand wash "
             "recommended.</p>",
             {"Body": "Enamelled steel", "Rim": "Stainless steel", "Capacity": "350 ml"},
             ("camping", "mug"), ("Camping", "Kitchen"),
             by("Colour", ["Forest Green", "Cream", "Navy"], ["18.00", "18.00", "18.00"], "TH-MUG350", g(150))),
    "V09": L("Organic Muslin Swaddles, 3-Pack", "Little Fern", "Swaddle blankets", "32.00", "GBP",
             "<p>Three swaddle blankets in soft, open-weave organic cotton muslin, each 120 x 120 cm. GOTS "
             "certified. The pack comes in three shades: sage, oat and cloud.</p><p>Machine wash at 40 °C and "
             "tumble dry on low. Made in India.</p>",
             {"Material": "100% organic cotton muslin", "Size": "120 x 120 cm", "Pieces": "3",
              "Certification": "GOTS", "Origin": "India"},
             ("baby", "gots-certified", "organic"), ("Baby", "Bedding"), None,
             variants=single("LF-SW3", "32.00")),
    "V10": L("Sisal Cat Scratching Post", "Whiskerworks", "Scratching post", "59.00", "AUD",
             "<p>A 70 cm scratching post wrapped in natural sisal rope, on a 40 x 40 cm plywood base covered in "
             "grey felt. A felt ball hangs from the top on an elastic cord.</p><p>Assembly needed; the screws "
             "are included. Suits cats up to 8 kg.</p>",
             {"Post": "Sisal rope", "Base": "Plywood, felt-covered", "Height": "70 cm", "Base size": "40 x 40 cm",
              "Max cat weight": "8 kg"},
             ("cats", "pets"), ("Pets", "Cats"), None, weight=g(4.5, "kg"), variants=single("WW-SP70", "59.00")),
    "V11": L("Kalligrafie-Set mit Federhalter und sechs Federn", "Federkiel Schreibwaren", "Kalligrafie-Set",
             "21.00", "EUR",
             "<p>Ein Federhalter aus Buchenholz mit sechs Stahlfedern: drei Spitzfedern und drei Bandzugfedern "
             "in 2, 3 und 4 mm. Tinte ist nicht enthalten.</p><p>Die Federn nach dem Schreiben mit Wasser "
             "abspülen und gut trocknen. Hergestellt in Nürnberg, Deutschland.</p>",
             {"Halter": "Buchenholz", "Federn": "6 Stahlfedern", "Bandzugfedern": "2, 3, 4 mm",
              "Herkunft": "Nürnberg, Deutschland"},
             ("kalligrafie", "schreiben"), ("Schreibwaren",), None, variants=single("FK-KS6", "21.00")),
    "V12": L("Twin-Outlet Aquarium Air Pump", "Clearwater Aquatics", "Air pump", "27.00", "USD",
             "<p>A quiet air pump with two outlets, each giving up to 2.5 L of air a minute. It runs on 120 V "
             "and draws 3.5 W, at about 30 dB. For freshwater or saltwater tanks up to 150 L (40 US gal).</p>"
             "<p>In the box: the pump, 2 m of airline tubing and two air stones. A check valve is not included. "
             "For indoor use only.</p>",
             {"Outlets": "2", "Air flow": "2 x 2.5 L/min", "Power": "3.5 W, 120 V", "Noise": "30 dB",
              "Tank size": "Up to 150 L"},
             ("aquarium",), ("Pets", "Aquarium"), None, weight=g(420), variants=single("CWA-AP2", "27.00")),
    "V13": L("Climbing Chalk Bag with Belt", "Cragline", "Chalk bag", None, "NZD",
             "<p>A chalk bag with a recycled polyester outer and a soft fleece lining. Drawstring closure, a brush "
             "loop on the side and a waist belt included. The opening is 10 cm across, wide enough for most "
             "hands.</p><p>Chalk not included.</p>",
             {"Outer": "Recycled polyester", "Lining": "Fleece", "Opening": "10 cm"},
             ("climbing",), ("Climbing", "Accessories"),
             by("Colour", ["Rust", "Slate"], ["39.00", "39.00"], "CL-CB", g(95))),
    "V14": L("Cedar Seed Feeder", "Hedgerow Feeders", "Bird feeder", "24.00", "GBP",
             "<p>A hanging seed feeder with an untreated western red cedar roof and base, a clear acrylic hopper "
             "and a galvanised steel hanging wire. It holds 1.2 litres of seed and stands 28 cm tall.</p>"
             "<p>For sunflower hearts and mixed seed; the ports are too wide for nyjer. Made in Wales.</p>",
             {"Roof and base": "Western red cedar", "Hopper": "Acrylic", "Hanger": "Galvanised steel",
              "Capacity": "1.2 L", "Height": "28 cm", "Origin": "Wales"},
             ("birds", "garden-wildlife"), ("Wildlife", "Feeders"), None, variants=single("HF-CSF", "24.00")),
    "V15": L("Étamine à fromage en coton", "La Fromagerie d'Alice", "Étamine", "9.50", "EUR",
             "<p>Une étamine en coton non blanchi, maille fine (grade 90), pour égoutter fromages frais, yaourts "
             "et bouillons. Une pièce de 90 x 100 cm, à découper selon vos besoins.</p><p>Réutilisable : lavable "
             "en machine à 60 °C. Fabriquée à Roanne, en France.</p>",
             {"Matière": "100 % coton non blanchi", "Maille": "Grade 90", "Dimensions": "90 x 100 cm",
              "Origine": "Roanne, France"},
             ("fromage", "cuisine"), ("Cuisine",), None, variants=single("FA-ET90", "9.50")),
    "V16": L("Fountain Pen Ink, 50 ml", "Inkwell & Quill", "Bottled ink", None, "USD",
             "<p>A dye-based ink for fountain pens and dip pens, in a 50 ml glass bottle. It flows well and rinses "
             "out of a pen with plain water. It is not waterproof.</p><p>Not for technical pens or airbrushes.</p>",
             {"Volume": "50 ml", "Type": "Dye-based", "Bottle": "Glass"},
             ("ink", "fountain-pen"), ("Writing", "Ink"),
             by("Colour", ["Harbour Blue", "Oxblood", "Moss"], ["16.00", "16.00", "16.00"], "IQ-INK50",
                g(160))),
    "V17": L("Glycerin Saddle Soap, 200 g", "Tack Room Supply", "Leather care", "13.00", "USD",
             "<p>A saddle soap for cleaning smooth leather tack, boots and bags. Ingredients: glycerin, coconut "
             "oil soap, beeswax and lanolin. One 200 g tin.</p><p>Work up a lather with a damp sponge, wipe off "
             "and let the leather dry. Not for suede or nubuck. Test on a hidden patch first.</p>",
             {"Ingredients": "Glycerin, coconut oil soap, beeswax, lanolin", "Net weight": "200 g"},
             ("leather-care", "equestrian"), ("Leather care",), None, variants=single("TRS-SS200", "13.00")),
    "V18": L("Braided USB-C to USB-C Cable, 2 m", "Voltline", "Charging cable", None, "USD",
             "<p>A 2 m USB-C to USB-C cable with a braided nylon jacket and aluminium plug housings. It charges "
             "at up to 60 W (20 V / 3 A) and moves data at USB 2.0 speed (480 Mbps).</p><p>It does not carry "
             "video and is not a Thunderbolt cable. One-year warranty.</p>",
             {"Length": "2 m", "Power": "60 W", "Data": "USB 2.0, 480 Mbps", "Jacket": "Braided nylon",
              "Warranty": "1 year"},
             ("usb-c", "cables"), ("Electronics", "Cables"),
             by("Colour", ["Black", "Grey"], ["15.00", "15.00"], "VL-CC2", g(45))),
    "V19": L("Bicycle Tune-Up Service", "Spokes & Co. Workshop", "Service", None, "GBP",
             "<p>Book your bike in for a service at our Bristol workshop. The Basic tune-up (£45) adjusts gears "
             "and brakes and checks the tyres. The Full service (£95) adds a strip-down and clean of the "
             "drivetrain and a wheel true.</p><p>Bikes are ready within three working days. Parts are charged "
             "on top. Drop-off and collection at the workshop only; we do not collect bikes.</p>",
             None, ("service", "cycling"), ("Services",),
             by("Service", ["Basic tune-up", "Full service"], ["45.00", "95.00"], "SCW-SVC"), virtual=True),
    "V20": L("Enamel Crescent Moon Pin", None, None, "10.00", "USD", None),
    "V21": L("Lavender Sachet", "Heathfield Linen", None, "6.00", "EUR", None,
             {"Filling": "Dried lavender"}),
    "V22": L("Cocktail Shaker Set", "Barcart Provisions", "Barware", None, "USD",
             "<p>Three pieces in brushed stainless steel, sold one by one: a 700 ml shaker ($34), a double jigger "
             "measuring 30 and 45 ml ($12) and a spring strainer ($14).</p>",
             None, ("cocktails", "barware"), ("Bar",), None, kind="grouped",
             children=["BP-SHAKER700", "BP-JIGGER", "BP-STRAINER"]),
    "V23": L("Folding Electric Scooter (sold by Roamwell)", "Roamwell", "Electric scooter", "499.00", "USD",
             "<p>A folding electric scooter sold and shipped by our partner Roamwell. A 350 W motor and a 36 V "
             "battery give a top speed of 25 km/h and a range of up to 25 km. It folds in one step and weighs "
             "14 kg.</p><p>Roamwell handles delivery, warranty and returns.</p>",
             {"Motor": "350 W", "Battery": "36 V", "Top speed": "25 km/h", "Range": "Up to 25 km",
              "Weight": "14 kg"},
             ("scooter",), ("Outdoor", "Mobility"), None, kind="external",
             external_url="https://roamwell.example/scooter-f1", button_text="Buy at Roamwell"),
    "V24": L("Portafoglio in pelle conciata al vegetale", "Bottega Arno", "Portafoglio", None, "EUR",
             "<p>Un portafoglio in pelle di vitello conciata al vegetale, con fodera in cotone e otto tasche per "
             "carte. Misura 11 x 9 cm da chiuso.</p><p>Fatto a mano a Firenze, Italia. Non bagnare; nutrire la "
             "pelle ogni tanto con una crema per pelle.</p>",
             {"Materiale": "Pelle di vitello conciata al vegetale", "Fodera": "Cotone", "Tasche": "8",
              "Misure": "11 x 9 cm", "Origine": "Firenze, Italia"},
             ("pelle", "portafoglio"), ("Accessori",),
             by("Colore", ["Marrone", "Nero"], ["65.00", "65.00"], "BA-PF8", g(90))),
    "V25": L("Tablier en lin lavé", "Atelier Lin du Nord", "Tablier", None, "EUR",
             "<p>Un tablier de cuisine en lin lavé, avec une grande poche sur le devant et des liens réglables. "
             "Dimensions : 85 x 70 cm.</p><p>Lavable en machine à 40 °C. Fabriqué à Lille, en France.</p>",
             {"Matière": "100 % lin lavé", "Dimensions": "85 x 70 cm", "Poches": "1",
              "Origine": "Lille, France"},
             ("lin", "cuisine"), ("Cuisine", "Linge"),
             by("Coloris", ["Naturel", "Bleu ardoise"], ["38.00", "38.00"], "ALN-TB", g(260))),
    "V26": L("Drewniane klocki, 50 sztuk", "Klockownia", "Klocki", "129.00", "PLN",
             "<p>Zestaw 50 klocków z drewna bukowego, pokrytych lakierem na bazie wody. Klocek podstawowy ma "
             "4 cm boku. Zgodne z normą EN 71.</p><p>Dla dzieci od 12 miesięcy. Przecierać wilgotną "
             "ściereczką, nie moczyć. Wyprodukowano w Polsce.</p>",
             {"Materiał": "Drewno bukowe", "Liczba elementów": "50", "Wykończenie": "Lakier wodny",
              "Wiek": "12+ miesięcy", "Pochodzenie": "Polska"},
             ("zabawki", "en-71"), ("Zabawki",), None, variants=single("KL-50", "129.00")),
    "V27": L("Termokande i rustfrit stål, 1 liter", "Nordvarme", "Termokande", None, "DKK",
             "<p>En termokande i dobbeltvægget rustfrit stål med plads til 1 liter. Den holder kaffe varm i op "
             "til 6 timer. Låget skrues af, så kanden er let at gøre ren.</p><p>Vask i hånden; tåler ikke "
             "opvaskemaskine. Designet i Danmark, produceret i Kina.</p>",
             {"Materiale": "Rustfrit stål, dobbeltvægget", "Volumen": "1 liter", "Holder varm": "6 timer",
              "Design": "Danmark", "Produceret": "Kina"},
             ("kaffe", "termokande"), ("Køkken",),
             by("Farve", ["Sort", "Hvid"], ["349.00", "349.00"], "NV-TK1", g(700))),
    "V28": L("Goatskin Work Gloves", "Fieldcraft Outfitters", "Work gloves", None, "CAD",
             "<p>Work gloves with a goatskin leather palm and fingers and a cotton canvas back, with an elastic "
             "wrist. Sizes S, M, L and XL.</p><p>These gloves are not cut resistant and are not for welding. "
             "Spot clean only.</p>",
             {"Palm": "Goatskin leather", "Back": "Cotton canvas", "Cuff": "Elastic wrist"},
             ("gloves", "work"), ("Workwear",),
             by("Size", ["S", "M", "L", "XL"], ["28.00", "28.00", "28.00", "28.00"], "FO-GG", g(110))),
    "V29": L("Rosehip Jam, 340 g", "Brambleside Preserves", "Jam", "6.50", "GBP",
             "<p>A bright, tart jam made with 55% rosehips, cane sugar, lemon juice and pectin. One 340 g "
             "jar.</p><p>Made in Yorkshire. Refrigerate after opening and eat within 4 weeks.</p>",
             {"Ingredients": "Rosehips (55%), cane sugar, lemon juice, pectin", "Net weight": "340 g",
              "Origin": "Yorkshire, England"},
             ("jam", "vegan"), ("Pantry",), None, variants=single("BP-RJ340", "6.50")),
    "V30": L("Oak Veneer Wall Clock", "Tick & Timber", "Wall clock", None, "USD",
             "<p>A 30 cm wall clock with an oak veneer face and no glass front. A silent sweep quartz movement "
             "runs on one AA battery (not included).</p>",
             {"Diameter": "30 cm", "Face": "Oak veneer", "Movement": "Silent sweep quartz", "Battery": "1 x AA"},
             ("clock", "home"), ("Home", "Clocks"),
             by("Hands", ["Black", "Brass"], ["48.00", "48.00"], "TT-WC30", g(520))),
}


def main():
    out = {}
    for key, listing in LISTINGS.items():
        out[key] = {"external_id": key, **listing}
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(out)} listings")


if __name__ == "__main__":
    main()
