"""Invented listings Y01..Y30 for guardrails holdout v14 (written blind by guardv14, 2026-12-05).

Run from this folder:  python make_listings.py   (writes listings.json)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per option value: options is (name, [values]), prices a list of the same length."""
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
    return {"options": {option: values}, "variants": variants(sku, (option, values), prices, weight, compare)}


def L(title, vendor, ptype, price, currency, desc, attrs=None, tags=(), cats=(), extra=None, **kw):
    out = {"external_id": kw.pop("eid", ""), "title": title, "vendor": vendor, "product_type": ptype,
           "price": price, "currency": currency, "description_html": desc, "attributes": attrs or {},
           "tags": list(tags), "categories": list(cats)}
    out.update(extra or {})
    out.update(kw)
    return out


LISTINGS = {
    "Y01": L("Piston Fountain Pen", "Quillmere", "Fountain pen", "48.00", "EUR",
             "<p>A resin fountain pen with a steel fine nib that fills from cartridges or the converter in the box."
             " It writes a line of about 0.5 mm.</p>",
             {"Nib": ["Stainless steel, fine (F)"], "Body": ["Acrylic resin"], "Filling": ["Cartridge or converter (included)"],
              "Length": ["13.6 cm capped"], "Made in": ["Germany"]},
             ["refillable"], ["Office > Writing"], by("Colour", ["Teal", "Amber"], ["48.00", "48.00"], "QM-PF", g(22)),
             weight=g(22)),
    "Y02": L("Aran Wool Yarn 100 g", "Fellside Yarns", "Yarn", "9.50", "GBP",
             "<p>Aran-weight yarn spun from Bluefaced Leicester wool in Yorkshire. Each 100 g skein is about 180 m;"
             " knit on 5 mm needles. Hand wash at 30 °C.</p>",
             {"Fibre": ["100% Bluefaced Leicester wool"], "Length": ["180 m per 100 g"], "Needles": ["5 mm"],
              "Spun in": ["Yorkshire, England"]},
             ["british wool", "hand wash"], ["Crafts > Knitting"],
             by("Colour", ["Heather", "Moss", "Oatmeal"], ["9.50", "9.50", "9.50"], "FY-AR", g(100)), weight=g(100)),
    "Y03": L("Adjustable Aquarium Heater", "Reefwell", "Aquarium heater", None, "USD",
             "<p>A fully submersible heater in a borosilicate glass tube. Set the dial between 64 and 90 °F (18-32 °C).</p>"
             "<p>The 50 W model suits tanks of 40-75 L (10-20 gal); the 100 W model suits 75-150 L (20-40 gal)."
             " Unplug it before lifting it out of the water.</p>",
             {"Tube": ["Borosilicate glass"], "Range": ["18-32 °C"], "Warranty": ["1 year"], "Cable": ["1.8 m"]},
             ["freshwater", "marine"], ["Pets > Fish"],
             by("Wattage", ["50 W", "100 W"], ["29.99", "34.99"], "RW-HT")),
    "Y04": L("Phosphor Bronze Acoustic Strings, Light 12-53 (3 sets)", "Brightfret", "Guitar strings", "19.99", "USD",
             "<p>Three sets of uncoated phosphor bronze strings for steel-string acoustic guitars, gauges 12-16-24-32-42-53."
             " Not for classical guitars.</p>",
             {"Wrap": ["Phosphor bronze (92/8)"], "Core": ["Hex steel"], "Gauges": ["12-16-24-32-42-53"],
              "Sets": ["3"], "Made in": ["USA"]},
             ["uncoated"], ["Music > Strings"], {"variants": single("BF-PB12", "19.99", g(60))}),
    "Y05": L("Natural Rubber Yoga Mat 4 mm", "Saltbush", "Yoga mat", "129.00", "AUD",
             "<p>A grippy mat with a polyurethane top layer on a natural rubber base. 183 x 61 cm and 4 mm thick;"
             " it weighs 2.5 kg. Contains latex. Wipe with a damp cloth; keep out of direct sun.</p>",
             {"Top": ["Polyurethane"], "Base": ["Natural rubber"], "Thickness": ["4 mm"]},
             ["contains latex"], ["Sport > Yoga"], by("Colour", ["Clay", "Eucalyptus"], ["129.00", "129.00"], "SB-YM"),
             weight=g(2.5, "kg"), dimensions={"length": 183, "width": 61, "height": 0.4, "unit": "cm"}),
    "Y06": L("深蒸し煎茶 静岡", "茶匠やまぶき", "Green tea", "1600", "JPY",
             "<p>静岡県牧之原のやぶきた種を深蒸しにした煎茶です。70 °Cのお湯で60秒ほど淹れてください。</p>",
             {"品種": ["やぶきた"], "産地": ["静岡県牧之原市"], "摘採": ["2026年 一番茶"], "保存": ["高温多湿を避けて保存"]},
             ["loose leaf"], ["食品 > 茶"], by("内容量", ["100 g", "200 g"], ["1600", "3000"], "YB-SN")),
    "Y07": L("Doftljus Fikon", "Ljusgården", "Candle", "249.00", "SEK",
             "<p>Doftljus i rapsvax med bomullsveke i ett glas av återvunnet glas. Brinner i cirka 40 timmar."
             " Lämna aldrig ett tänt ljus utan uppsikt.</p>",
             {"Vax": ["Rapsvax"], "Veke": ["Bomull"], "Doft": ["Fikon"], "Brinntid": ["ca 40 timmar"],
              "Vikt": ["220 g"], "Tillverkad i": ["Sverige"]},
             ["vegan"], ["Hem > Ljus"], {"variants": single("LG-FK", "249.00", g(380))}),
    "Y08": L("Folding Sheesham Chess Set", "Pawnwright", "Chess set", "4500.00", "INR",
             "<p>Hand-carved sheesham and boxwood pieces with felt bases, in a folding board that stores them."
             " Board 40 x 40 cm with 4.5 cm squares; the king is 8.9 cm tall.</p>",
             {"Pieces": ["Sheesham and boxwood, weighted, felted"], "Board": ["Sheesham and maple inlay, folding"],
              "King height": ["8.9 cm"], "Made in": ["Amritsar, India"]},
             ["handmade"], ["Games > Chess"], {"variants": single("PW-CH40", "4500.00", g(1.9, "kg"))},
             dimensions={"length": 40, "width": 40, "height": 5, "unit": "cm"}),
    "Y09": L("Koplamp USB-C 400", "Trapkracht", "Bicycle light", "39.95", "EUR",
             "<p>Oplaadbare koplamp met 400 lumen en vijf standen. Brandtijd 2 tot 12 uur; opladen via USB-C in 3 uur."
             " Spatwaterdicht volgens IPX4.</p>",
             {"Lichtsterkte": ["400 lumen"], "Accu": ["2000 mAh Li-ion"], "Brandtijd": ["2-12 uur"],
              "Laden": ["USB-C, 3 uur"], "Waterdichtheid": ["IPX4"], "Montage": ["Stuurklem 22-32 mm"]},
             [], ["Fiets > Verlichting"], {"variants": single("TK-400", "39.95", g(110))}),
    "Y10": L("Dynamic Climbing Rope 9.8 mm", "Kletterwerk", "Climbing rope", None, "CHF",
             "<p>A single dynamic rope for sport climbing and the gym. Certified to EN 892 and UIAA 101; 62 g per metre"
             " and 6 UIAA falls. The sheath is not dry-treated, so it is not meant for ice.</p>",
             {"Diameter": ["9.8 mm"], "Weight": ["62 g/m"], "UIAA falls": ["6"], "Standards": ["EN 892, UIAA 101"],
              "Made in": ["Czech Republic"]},
             [], ["Bergsport > Seile"], by("Length", ["60 m", "70 m"], ["189.00", "219.00"], "KW-98")),
    "Y11": L("Padded Walking Harness", "Northpaw", "Dog harness", "44.00", "CAD",
             "<p>A padded nylon harness with two clip points (back and chest), reflective trim and an aluminium D-ring."
             " Machine wash cold; air dry.</p>",
             {"Shell": ["Nylon webbing"], "Padding": ["Mesh-lined foam"], "D-ring": ["Aluminium"],
              "Chest girth": ["S 40-55 cm, M 55-70 cm, L 70-90 cm"]},
             ["reflective"], ["Pets > Dogs"],
             {"options": {"Size": ["S", "M", "L"], "Colour": ["Rust", "Pine"]},
              "variants": [{"sku": f"NP-H-{s}{c[0]}", "title": f"{s} / {c}", "price": "44.00",
                            "compare_at_price": None, "options": {"Size": s, "Colour": c}, "weight": None,
                            "external_id": f"NP-H-{s}{c[0]}"} for s in "SML" for c in ("Rust", "Pine")]}),
    "Y12": L("Εξαιρετικό Παρθένο Ελαιόλαδο Κορωνέικη", "Ελαιώνας Μανιάτη", "Olive oil", "14.00", "EUR",
             "<p>Extra virgin olive oil from Koroneiki olives, cold extracted within six hours of picking."
             " Acidity at most 0.3 %. Store away from light.</p>",
             {"Ποικιλία": ["Κορωνέικη"], "Προέλευση": ["Μεσσηνία, Ελλάδα"], "Οξύτητα": ["≤ 0,3 %"],
              "Συγκομιδή": ["Νοέμβριος 2026"], "Πιστοποίηση": ["ΠΟΠ Καλαμάτα"]},
             [], ["Τρόφιμα > Λάδι"], by("Συσκευασία", ["500 ml", "1 L"], ["14.00", "24.00"], "EM-KOR")),
    "Y13": L("Watercolour Half-Pan Set of 12", "Atelier Brume", "Watercolour paint", "28.00", "GBP",
             "<p>Twelve student-grade watercolour half pans bound with gum arabic, in a metal tin with a mixing lid."
             " Made in France.</p>",
             {"Grade": ["Student"], "Binder": ["Gum arabic"], "Pans": ["12 half pans"], "Tin": ["Metal, mixing lid"],
              "Made in": ["France"]},
             [], ["Art > Painting"], {"variants": single("AB-WC12", "28.00", g(180))}),
    "Y14": L("Storm Umbrella", "Windward", "Umbrella", "79.00", "NZD",
             "<p>A manual-open umbrella with eight fibreglass ribs and a 120 cm canopy. Wind tested to 90 km/h."
             " Dry it open before you fold it away.</p>",
             {"Ribs": ["8, fibreglass"], "Canopy": ["Pongee polyester, 120 cm"], "Shaft": ["Steel"],
              "Opening": ["Manual"], "Weight": ["520 g"]},
             [], ["Accessories > Umbrellas"], by("Colour", ["Black", "Navy"], ["79.00", "79.00"], "WW-ST", g(520)),
             weight=g(520)),
    "Y15": L("Polarised Acetate Sunglasses", "Hanul Optics", "Sunglasses", "89000", "KRW",
             "<p>Acetate frames with polarised polycarbonate lenses, filter category 3, blocking UV up to 400 nm."
             " A hard case and a cloth come with them. Not for driving at night.</p>",
             {"Frame": ["Acetate"], "Lenses": ["Polycarbonate, polarised"], "Filter category": ["3"],
              "UV": ["UV400"], "Lens width": ["50 mm"]},
             [], ["Accessories > Eyewear"], by("Colour", ["Tortoise", "Black"], ["89000", "89000"], "HO-PS")),
    "Y16": L("Skateboard Deck 8.25\"", "Curbline", "Skateboard deck", "64.00", "USD",
             "<p>A 7-ply Canadian maple deck, 8.25 in wide and 31.9 in long, with a 14.25 in wheelbase and a medium"
             " concave. Deck only: trucks, wheels and grip tape are not included.</p>",
             {"Construction": ["7-ply Canadian maple"], "Width": ["8.25 in"], "Length": ["31.9 in"],
              "Wheelbase": ["14.25 in"], "Concave": ["Medium"]},
             [], ["Skate > Decks"], {"variants": single("CL-825", "64.00")}),
    "Y17": L("Telescopio rifrattore 70/700", "Stellaria", "Telescope", "149.00", "EUR",
             "<p>Un rifrattore da 70 mm di apertura e 700 mm di focale, con due oculari (25 mm e 10 mm) e un treppiede"
             " in alluminio. Non guardare mai il Sole.</p>",
             {"Apertura": ["70 mm"], "Focale": ["700 mm"], "Oculari": ["25 mm, 10 mm"], "Treppiede": ["Alluminio"],
              "Montatura": ["Altazimutale"]},
             [], ["Ottica > Telescopi"], {"variants": single("ST-70700", "149.00", g(3.2, "kg"))}),
    "Y18": L("Spacák Krkonoše 5", "Horal", "Sleeping bag", "2490", "CZK",
             "<p>Dekový spací pytel s dutým vláknem. Komfort 5 °C, limit 0 °C. Rozměr 220 x 80 cm, hmotnost 1,4 kg.</p>",
             {"Výplň": ["Duté polyesterové vlákno"], "Komfort": ["5 °C"], "Limit": ["0 °C"], "Hmotnost": ["1,4 kg"],
              "Vyrobeno v": ["Česko"]},
             [], ["Outdoor > Spaní"], by("Zip", ["Levý", "Pravý"], ["2490", "2490"], "HR-K5"), weight=g(1.4, "kg")),
    "Y19": L("Closed-Back Studio Headphones", "Monitrace", "External product", "99.00", "USD",
             "<p>Wired closed-back headphones with 40 mm drivers and 32 ohm impedance. The 3 m cable detaches and"
             " ends in a 3.5 mm plug with a 6.35 mm adapter. Sold and shipped by our partner store, which handles"
             " delivery, warranty and returns.</p>",
             {"Drivers": ["40 mm"], "Impedance": ["32 Ω"], "Cable": ["3 m, detachable"], "Connection": ["Wired only"]},
             [], ["Audio > Headphones"]),
    "Y20": L("Knife Sharpening by Post", "Hallam Edge", "Service", None, "GBP",
             "<p>Post us your kitchen knives and we sharpen them by hand on whetstones in our Sheffield workshop,"
             " then post them back within 7 working days. We do not sharpen serrated or ceramic knives. UK addresses only.</p>",
             {"Turnaround": ["7 working days"], "Method": ["Whetstones, by hand"], "Workshop": ["Sheffield"]},
             [], ["Services"], by("Package", ["1 knife", "3 knives"], ["12.00", "30.00"], "HE-SH")),
    "Y21": {"title": "Ceramic Plant Pot", "price": "18.00", "currency": "EUR"},
    "Y22": {"title": "Alpaca Socks", "vendor": "Andeswool", "attributes": {"Material": ["Alpaca blend"]},
            "price": "24.00", "currency": "USD"},
    "Y23": L("Fly Fishing Starter Kit", "Riffle & Rise", "Grouped product", None, "HKD",
             "<p>Three pieces for a first trout rod, sold one by one: a 9 ft 5-weight four-piece rod, a die-cast"
             " reel and a floating weight-forward line.</p>",
             {"Rod": ["9 ft, 5-weight, 4 pieces, graphite"], "Reel": ["Die-cast aluminium, 5/6 weight"],
              "Line": ["WF5F, floating, 27 m"]},
             [], ["Fishing > Fly"],
             {"variants": [
                 {"sku": "RR-ROD", "title": "Rod", "price": "960.00", "compare_at_price": None, "options": {},
                  "weight": None, "external_id": "RR-ROD"},
                 {"sku": "RR-REEL", "title": "Reel", "price": "480.00", "compare_at_price": None, "options": {},
                  "weight": None, "external_id": "RR-REEL"},
                 {"sku": "RR-LINE", "title": "Line", "price": "360.00", "compare_at_price": None, "options": {},
                  "weight": None, "external_id": "RR-LINE"}]}),
    "Y24": L("Chocolat noir 70 % Pérou", "Maison Cacaote", "Chocolate", "5.50", "EUR",
             "<p>Une tablette de 100 g de chocolat noir 70 %, fèves du Pérou, fabriquée à Bruxelles."
             " Peut contenir des traces de lait et de fruits à coque.</p>",
             {"Cacao": ["70 %"], "Origine des fèves": ["Piura, Pérou"], "Ingrédients": ["fèves de cacao, sucre de canne, beurre de cacao"],
              "Poids": ["100 g"], "Fabriqué à": ["Bruxelles, Belgique"]},
             ["sans soja"], ["Épicerie > Chocolat"], {"variants": single("MC-70P", "5.50", g(100))}),
    "Y25": L("Lanternlight: a cooperative card game", "Owlbridge Games", "Board game", "450.00", "ZAR",
             "<p>A cooperative card game for 2-5 players aged 10 and up; a game takes 30-45 minutes."
             " 110 cards and a rule book in English.</p>",
             {"Players": ["2-5"], "Age": ["10+"], "Playing time": ["30-45 minutes"], "Contents": ["110 cards, rule book"],
              "Language": ["English"]},
             [], ["Games > Card games"], {"variants": single("OB-LL", "450.00", g(420))}),
    "Y26": L("Touring Kayak Paddle, 2-piece", "Tidemark", "Kayak paddle", None, "USD",
             "<p>A two-piece touring paddle with a fibreglass shaft and glass-reinforced nylon blades."
             " About 1,050 g. The shaft feathers at 0, 30 or 60 degrees.</p>",
             {"Shaft": ["Fibreglass"], "Blades": ["Glass-reinforced nylon"], "Weight": ["1,050 g"],
              "Feather": ["0°, 30°, 60°"]},
             [], ["Water sports > Paddles"], by("Length", ["220 cm", "230 cm"], ["149.00", "149.00"], "TM-KP")),
    "Y27": L("Automatic Field Watch 38 mm", "Oresund Time", "Wristwatch", "295.00", "GBP",
             "<p>A 38 mm 316L stainless steel watch with a sapphire crystal and a Japanese automatic movement"
             " (Miyota 8215) with about 40 hours of power reserve. Water resistant to 5 ATM (50 m): fine for"
             " rain and hand washing, not for diving. Assembled in Denmark.</p>",
             {"Case": ["316L stainless steel, 38 mm"], "Crystal": ["Sapphire"], "Movement": ["Miyota 8215, automatic"],
              "Water resistance": ["5 ATM"], "Assembled in": ["Denmark"]},
             [], ["Watches"], by("Strap", ["Brown leather", "Black leather"], ["295.00", "295.00"], "OT-38")),
    "Y28": L("Arena para gatos de tofu 6 L", "Michi Verde", "Cat litter", "289.00", "MXN",
             "<p>Arena aglomerante de fibra de soya. Una bolsa de 6 L (2,5 kg). Puede tirarse al inodoro en pequeñas"
             " cantidades.</p>",
             {"Material": ["Fibra de soya (tofu)"], "Contenido": ["6 L (2,5 kg)"], "Hecho en": ["China"]},
             [], ["Mascotas > Gatos"], by("Aroma", ["Sin aroma", "Té verde"], ["289.00", "289.00"], "MV-T6")),
    "Y29": L("1000-Piece Jigsaw: Harbour at Dusk", "Paperlark", "Jigsaw puzzle", "34.95", "AUD",
             "<p>A 1000-piece jigsaw of a painted harbour at dusk. Finished size 68 x 48 cm."
             " Pieces cut from recycled board; printed in Australia. Not for children under 3 (small parts).</p>",
             {"Pieces": ["1000"], "Finished size": ["68 x 48 cm"], "Board": ["Recycled board"],
              "Printed in": ["Australia"]},
             [], ["Games > Puzzles"], {"variants": single("PL-HD", "34.95", g(650))}),
    "Y30": L("Swim Shorts", "Costa Brava Swim", "Swimwear", "59.00", "EUR",
             "<p>Quick-dry swim shorts in 78 % recycled polyamide and 22 % elastane, with a mesh liner and a zip"
             " back pocket. UPF 50+. Rinse in cold water after swimming.</p>",
             {"Fabric": ["78% recycled polyamide, 22% elastane"], "Liner": ["Polyester mesh"], "UPF": ["50+"],
              "Made in": ["Portugal"]},
             [], ["Clothing > Swimwear"],
             {"options": {"Size": ["S", "M", "L", "XL"], "Colour": ["Coral", "Black"]},
              "variants": [{"sku": f"CB-SS-{s}{c[0]}", "title": f"{s} / {c}", "price": "59.00",
                            "compare_at_price": None, "options": {"Size": s, "Colour": c}, "weight": None,
                            "external_id": f"CB-SS-{s}{c[0]}"} for s in ("S", "M", "L", "XL") for c in ("Coral", "Black")]}),
}


def main():
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(LISTINGS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(LISTINGS)} listings")


if __name__ == "__main__":
    main()
