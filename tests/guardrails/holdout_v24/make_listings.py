"""Write listings.json for guardrails holdout v24: 30 invented listings, X01..X30 (original work, MIT).

Run from this folder:  python make_listings.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per option value dict, priced in order."""
    out = []
    for n, (opts, price) in enumerate(zip(options, prices, strict=True), 1):
        out.append({"sku": f"{sku}-{n}", "title": " / ".join(opts.values()), "price": price,
                    "compare_at_price": compare, "options": opts, "weight": weight, "external_id": f"{sku}-v{n}"})
    return out


def single(sku, price, weight=None, compare=None, title="Default Title"):
    return [{"sku": sku, "title": title, "price": price, "compare_at_price": compare, "options": {},
             "weight": weight, "external_id": f"{sku}-v1"}]


def g(value, unit="g"):
    return {"value": value, "unit": unit}


def by(option, values, prices, sku, weight=None, compare=None):
    return variants(sku, [{option: v} for v in values], prices, weight, compare)


def L(title, vendor, ptype, price, currency, desc, attrs=None, tags=(), cats=(), extra=None, **kw):
    lst = {"title": title, "vendor": vendor, "product_type": ptype, "price": price, "currency": currency,
           "description_html": desc, "attributes": attrs or {}, "tags": list(tags), "categories": list(cats)}
    lst.update(extra or {})
    lst.update(kw)
    return lst


def P(*paras):
    return "".join(f"<p>{p}</p>" for p in paras)


LISTINGS = {
    "X01": L("Low-Angle Block Plane", "Ashgrove Toolworks", "Hand plane", "89.00", "GBP",
             P("A low-angle block plane for end grain and trimming. The body is ductile iron and the blade is "
               "A2 tool steel, 35 mm wide, bedded at 12 degrees.",
               "The plane is 165 mm long and weighs 680 g. The blade ships sharpened but not honed: hone it "
               "before first use. Made in Sheffield, England.",
               "Covered by a five-year warranty against defects in materials and workmanship."),
             {"Material": ["Ductile iron body", "A2 tool steel blade"], "Blade width": ["35 mm"],
              "Bed angle": ["12°"], "Origin": ["Sheffield, England"], "Warranty": ["5 years"]},
             tags=["woodworking", "made in england"], cats=["Tools > Hand planes"],
             variants=single("AT-BP", "89.00", g(680)), weight=g(680),
             dimensions={"length": 16.5, "width": None, "height": None, "unit": "cm"}),
    "X02": L("Skateboard Bearings 608 (Set of 8)", "Gravel Kings", "Skateboard bearings", "19.00", "USD",
             P("A set of eight 608 bearings: 8 mm bore, 22 mm outer diameter, 7 mm wide. Chrome steel balls "
               "in nylon cages, rated ABEC 7.",
               "Choose rubber shields (easy to open for cleaning) or metal shields. Spacers and speed washers "
               "are not included. Clean with a bearing cleaner and a drop of skate lube; do not use WD-40."),
             {"Material": ["Chrome steel", "Nylon cage"], "Rating": ["ABEC 7"], "Size": ["608"]},
             tags=["skateboarding"], cats=["Skate > Bearings"], options={"Shield": ["Rubber", "Metal"]},
             variants=by("Shield", ["Rubber", "Metal"], ["19.00", "22.00"], "GK-608")),
    "X03": L("Triple-Scale Hydrometer", "Copperkettle Homebrew", "Hydrometer", "12.00", "EUR",
             P("A glass hydrometer with three scales: specific gravity 0.990 to 1.170, potential alcohol and "
               "Brix. It is 250 mm long and calibrated at 20 °C; correct readings taken at other temperatures.",
               "The test jar is not included. Glass: handle with care and store it in the tube it comes in."),
             {"Material": ["Glass"], "Range": ["SG 0.990–1.170"], "Calibration": ["20 °C"]},
             tags=["homebrew", "wine making", "beer making"], cats=["Homebrew > Testing"],
             variants=single("CK-HY", "12.00"),
             dimensions={"length": 25, "width": None, "height": None, "unit": "cm"}),
    "X04": L("Bypass Secateurs", "Hollin & Reed", "Secateurs", "34.00", "GBP",
             P("Bypass secateurs for live stems up to 20 mm across. The blade is SK5 carbon steel (not "
               "stainless): wipe it dry after use and oil it now and then. Handles are aluminium with a red "
               "powder coat.",
               "Made for right-handed use only. A spare spring is included. Forged in Solingen, Germany."),
             {"Material": ["SK5 carbon steel blade", "Aluminium handles"], "Cutting capacity": ["20 mm"],
              "Origin": ["Solingen, Germany"]},
             tags=["gardening", "pruning"], cats=["Garden > Hand tools"],
             variants=single("HR-SEC", "34.00", g(240)), weight=g(240)),
    "X05": L("Soy Container Wax Flakes", "Wickhaven", "Candle wax", "16.00", "USD",
             P("Soy wax flakes for container candles. Melt point 52 °C; pour at about 70 °C. It takes a "
               "fragrance load of up to 10 %.",
               "For jars and tins only: it is too soft for pillar candles. Wicks and fragrance are not included.",
               "Sold in a 1 kg bag or a 5 kg box."),
             {"Material": ["Soy wax"], "Melt point": ["52 °C"], "Fragrance load": ["up to 10 %"]},
             tags=["candle making", "soy wax"], cats=["Crafts > Candle making"],
             options={"Size": ["1 kg", "5 kg"]},
             variants=by("Size", ["1 kg", "5 kg"], ["16.00", "62.00"], "WH-SOY")),
    "X06": L("Film Developing Tank", "Silverline Darkroom", "Developing tank", "39.00", "EUR",
             P("A light-tight developing tank for roll film. It holds two 35mm reels or one 120 reel; both "
               "reels are included. Use 500 ml of chemistry for each 35mm reel.",
               "The tank is polypropylene and the reels are ABS. Not for sheet film. Hand wash only."),
             {"Material": ["Polypropylene tank", "ABS reels"], "Capacity": ["2 × 35mm or 1 × 120"]},
             tags=["film photography", "darkroom"], cats=["Photo > Darkroom"],
             variants=single("SL-TANK", "39.00")),
    "X07": L("Sisal Scratching Post", "Purrloft", "Scratching post", "69.00", "AUD",
             P("A scratching post wrapped in natural sisal rope. It stands 80 cm tall on a 40 x 40 cm base, "
               "tall enough for a full stretch.",
               "The post unscrews from the base so it can be replaced. Base covered in carpet, in Grey or "
               "Oatmeal. Assembly takes two screws; no tools needed."),
             {"Material": ["Sisal rope", "Carpet-covered base"], "Height": ["80 cm"], "Base": ["40 x 40 cm"]},
             tags=["cats", "pets"], cats=["Pets > Cats > Furniture"], options={"Colour": ["Grey", "Oatmeal"]},
             variants=by("Colour", ["Grey", "Oatmeal"], ["69.00", "69.00"], "PL-SP"),
             dimensions={"length": 40, "width": 40, "height": 80, "unit": "cm"}),
    "X08": L("Left-Handed Dressmaking Shears 25 cm", "Tessaro", "Scissors", "48.00", "USD",
             P("Dressmaking shears for left-handed sewists, 25 cm long, with forged steel blades and a bent "
               "handle so the fabric stays flat on the table.",
               "For fabric only: cutting paper will dull them. Made in Premana, Italy. Have them sharpened by "
               "a professional; do not use a kitchen sharpener."),
             {"Material": ["Forged steel"], "Length": ["25 cm"], "Handedness": ["Left"],
              "Origin": ["Premana, Italy"]},
             tags=["sewing", "left-handed"], cats=["Sewing > Scissors"],
             variants=single("TS-25L", "48.00", g(310)), weight=g(310)),
    "X09": L("Red Astronomy Torch", "Nightjar Optics", "Flashlight", "26.00", "CAD",
             P("A red torch for reading star charts without losing your night vision. The 630 nm red LED "
               "dims smoothly with a dial.",
               "Runs on two AAA batteries (not included). The body is anodised aluminium, 14 cm long, and "
               "rated IPX4 against splashes."),
             {"Material": ["Anodised aluminium"], "LED": ["630 nm red"], "Battery": ["2 x AAA (not included)"],
              "Rating": ["IPX4"]},
             tags=["astronomy", "stargazing"], cats=["Outdoors > Astronomy"],
             variants=single("NJ-RED", "26.00"),
             dimensions={"length": 14, "width": None, "height": None, "unit": "cm"}),
    "X10": L("Weighted Chess Set with Board", "Rankfile", "Chess set", "120.00", "GBP",
             P("Staunton pieces turned from sheesham and boxwood, weighted with lead-free steel and finished "
               "with green felt underneath. The king is 95 mm tall.",
               "The folding board is 45 x 45 cm with 50 mm squares. Handmade in Amritsar, India. The set has "
               "two extra queens."),
             {"Material": ["Sheesham", "Boxwood"], "King height": ["95 mm"], "Board": ["45 x 45 cm"],
              "Origin": ["Amritsar, India"]},
             tags=["chess", "board games"], cats=["Games > Chess"],
             variants=single("RF-CS", "120.00", g(2.1, "kg")), weight=g(2.1, "kg")),
    "X11": L("Handkaffeemühle mit Keramikmahlwerk", "Mahlwerk Saalfeld", "Kaffeemühle", "59.00", "EUR",
             P("Eine Handmühle mit Kegelmahlwerk aus Keramik und einem Gehäuse aus Edelstahl. Der Behälter "
               "fasst 30 g Bohnen, genug für zwei Tassen.",
               "Der Mahlgrad ist in 18 Stufen verstellbar, von Espresso bis French Press. Nicht "
               "spülmaschinengeeignet: nur mit einem trockenen Pinsel reinigen. Hergestellt in Thüringen."),
             {"Material": ["Edelstahl", "Keramik"], "Fassungsvermögen": ["30 g"], "Mahlstufen": ["18"],
              "Herkunft": ["Thüringen, Deutschland"]},
             tags=["kaffee", "handmühle"], cats=["Küche > Kaffee"],
             variants=single("MS-HM", "59.00", g(410)), weight=g(410)),
    "X12": L("Savon à l'huile d'olive 72 %", "Savonnerie du Vallon", "Savon", "7.90", "EUR",
             P("Un cube de savon de 300 g à 72 % d'huile d'olive, cuit au chaudron et séché six semaines. "
               "Fabriqué à Salon-de-Provence.",
               "Sans parfum, sans colorant et sans huile de palme. Pour le corps et le linge délicat. Tenir "
               "hors de l'eau entre deux usages."),
             {"Ingrédients": ["Huile d'olive 72 %", "Soude", "Eau", "Sel"], "Poids": ["300 g"],
              "Origine": ["Salon-de-Provence, France"]},
             tags=["savon", "sans parfum"], cats=["Maison > Savon"],
             variants=single("SV-300", "7.90", g(300)), weight=g(300)),
    "X13": L("Zoute drop 250 g", "Snoepkamer Vlissingen", "Drop", "3.95", "EUR",
             P("Stevige zoute drop met salmiak, gemaakt in Zeeland. Een zak van 250 g.",
               "Bevat gelatine (rund), dus niet vegetarisch. Drop bevat zoethout: niet te veel eten bij hoge "
               "bloeddruk. Niet geschikt voor kinderen onder 6 jaar."),
             {"Ingrediënten": ["Suiker", "Glucosestroop", "Zoethoutextract", "Salmiak", "Gelatine (rund)"],
              "Gewicht": ["250 g"], "Herkomst": ["Zeeland"]},
             tags=["drop", "snoep"], cats=["Snoep > Drop"],
             variants=single("SK-ZD", "3.95", g(250)), weight=g(250)),
    "X14": L("Dalahäst, handmålad", "Nusnäs Hemslöjd", "Träfigur", "349.00", "SEK",
             P("En dalahäst snidad i furu och målad för hand i Nusnäs, Dalarna. Hästen är 10 cm hög.",
               "Välj röd eller blå. Varje häst är unik och mönstret kan skilja sig lite. Inte en leksak för "
               "barn under 3 år: smådelar kan lossna."),
             {"Material": ["Furu"], "Höjd": ["10 cm"], "Ursprung": ["Nusnäs, Dalarna"]},
             tags=["dalahäst", "hantverk"], cats=["Hem > Dekoration"], options={"Färg": ["Röd", "Blå"]},
             variants=by("Färg", ["Röd", "Blå"], ["349.00", "349.00"], "NH-DH")),
    "X15": L("Azulejo pintado à mão", "Oficina do Largo", "Azulejo", "24.00", "EUR",
             P("Um azulejo de faiança de 14 x 14 cm, pintado à mão em azul cobalto sobre esmalte branco. "
               "Feito em Lisboa.",
               "Para uso interior: não resiste ao gelo. Pode ser pendurado com o suporte incluído ou "
               "assente com cimento-cola."),
             {"Material": ["Faiança"], "Medidas": ["14 x 14 cm"], "Cor": ["Azul cobalto sobre branco"],
              "Origem": ["Lisboa, Portugal"]},
             tags=["azulejo", "artesanato"], cats=["Casa > Decoração"],
             variants=single("OL-AZ", "24.00")),
    "X16": L("Trekkingstöcke Kork (Paar)", "Gratwerk", "Trekkingstöcke", "89.00", "CHF",
             P("Ein Paar Trekkingstöcke aus Aluminium 7075, stufenlos verstellbar von 105 bis 135 cm. Jeder "
               "Stock wiegt 230 g.",
               "Die Griffe sind aus Kork, die Spitzen aus Hartmetall. Im Lieferumfang: zwei Trekkingteller "
               "und zwei Gummipuffer. Nicht als Skistöcke geeignet."),
             {"Material": ["Aluminium 7075", "Kork", "Hartmetall"], "Länge": ["105–135 cm"],
              "Gewicht": ["230 g pro Stock"]},
             tags=["wandern", "trekking"], cats=["Outdoor > Wandern"],
             variants=single("GW-TS", "89.00")),
    "X17": L("Carbon Arrows Spine 500 (6 Pack)", "Fletchmoor", "Arrows", "54.00", "USD",
             P("Six carbon arrows, spine 500, cut to 30 inches, fletched with three 2-inch vanes. Each comes "
               "with a nock and a 100-grain field point.",
               "For recurve and compound bows. Not for crossbows. Check each arrow for cracks before shooting."),
             {"Material": ["Carbon"], "Spine": ["500"], "Length": ["30 in"], "Count": ["6"]},
             tags=["archery"], cats=["Sports > Archery"], variants=single("FM-A500", "54.00")),
    "X18": L("Cool Water Surf Wax", "Saltwell", "Surf wax", "65.00", "ZAR",
             P("Surf wax for cool water, 14 to 20 °C. An 85 g bar of beeswax and coconut oil, poured by hand "
               "in Jeffreys Bay.",
               "Too soft for warm water above 20 °C. Apply over a base coat. Keep it out of the sun in the car."),
             {"Ingredients": ["Beeswax", "Coconut oil"], "Water temperature": ["14–20 °C"],
              "Weight": ["85 g"], "Origin": ["Jeffreys Bay, South Africa"]},
             tags=["surfing"], cats=["Surf > Wax"], variants=single("SW-CW", "65.00", g(85)), weight=g(85)),
    "X19": L("Knife Sharpening by Post", "Keenedge Workshop", "Service", "8.00", "USD",
             P("Send us your kitchen knives and we sharpen them by hand on water stones: $8 a knife, or $12 "
               "for a serrated knife.",
               "We return them within 5 working days of arrival; return postage inside the US is included. "
               "We do not sharpen ceramic knives or scissors."),
             {"Turnaround": ["5 working days"], "Method": ["Hand sharpening on water stones"]},
             tags=["service", "knives"], cats=["Services > Sharpening"],
             options={"Blade": ["Plain edge", "Serrated"]},
             variants=by("Blade", ["Plain edge", "Serrated"], ["8.00", "12.00"], "KE-SHP")),
    "X20": L("Linen Tea Towel", "Weftly", "", "14.00", "EUR", ""),
    "X21": L("Blank Greeting Card", "Paper Moth", "", "3.50", "GBP", "", {"Size": ["A6"]}),
    "X22": L("Sourdough Starter Kit", "Crumb & Co", "Grouped product", None, "USD",
             P("Everything to keep a starter and bake your first loaf. Each piece is sold on its own: the "
               "1 litre glass jar is $14, the dough scraper $5 and the 22 cm rattan banneton $18."),
             children=[{"title": "Glass Starter Jar 1 L", "price": "14.00"},
                       {"title": "Dough Scraper", "price": "5.00"},
                       {"title": "Rattan Banneton 22 cm", "price": "18.00"}]),
    "X23": L("Kayak Roof Rack", "Northline Outdoors (partner)", "External product", "129.00", "CAD",
             P("A foam-padded roof rack for one kayak, sold and shipped by our partner Northline Outdoors. "
               "Maximum load 36 kg.",
               "Fits cars with bare roofs or factory rails. Delivery, returns and warranty are handled by "
               "Northline Outdoors."),
             {"Maximum load": ["36 kg"]}, tags=["kayaking", "external"], cats=["Outdoors > Paddling"],
             variants=single("NL-KR", "129.00")),
    "X24": L("Aceite de oliva virgen extra Picual 500 ml", "Almazara Los Olivillos", "Aceite de oliva", "14.50",
             "EUR",
             P("Aceite de oliva virgen extra de la variedad Picual, de la cosecha 2026, prensado en frío en "
               "Jaén. Botella de vidrio oscuro de 500 ml.",
               "Acidez máxima 0,2 %. Guardar lejos de la luz y del calor; mejor consumir en 18 meses."),
             {"Variedad": ["Picual"], "Volumen": ["500 ml"], "Origen": ["Jaén, España"],
              "Acidez": ["≤ 0,2 %"]},
             tags=["aceite", "picual"], cats=["Despensa > Aceite"], variants=single("LO-500", "14.50")),
    "X25": L("Tagliere in legno d'ulivo", "Bottega Salentina", "Tagliere", "35.00", "EUR",
             P("Un tagliere ricavato da un unico pezzo di legno d'ulivo, 40 x 20 cm e spesso 2 cm. Fatto a "
               "mano in Puglia.",
               "Non va in lavastoviglie: lavare a mano e asciugare subito. Ogni tanto passare un velo di olio "
               "di vaselina. Le venature variano da pezzo a pezzo."),
             {"Materiale": ["Legno d'ulivo"], "Misure": ["40 x 20 x 2 cm"], "Origine": ["Puglia, Italia"]},
             tags=["cucina", "legno d'ulivo"], cats=["Cucina > Taglieri"],
             variants=single("BS-TG", "35.00", g(900)), weight=g(900),
             dimensions={"length": 40, "width": 20, "height": 2, "unit": "cm"}),
    "X26": L("Darjeeling Second Flush Loose Tea", "Teesta Leaf Co", "Loose leaf tea", "650.00", "INR",
             P("A second flush Darjeeling black tea, grade FTGFOP1, from the Kalimpong hills. A 100 g pouch "
               "makes about 50 cups.",
               "Brew 2.5 g in 200 ml of water at 90 °C for 3 minutes. Contains caffeine."),
             {"Grade": ["FTGFOP1"], "Weight": ["100 g"], "Origin": ["Kalimpong, West Bengal, India"]},
             tags=["tea", "darjeeling", "black tea"], cats=["Tea > Black"],
             variants=single("TL-DJ", "650.00", g(100)), weight=g(100)),
    "X27": L("Phosphor Bronze Acoustic Strings 12-53", "Brightfret", "Guitar strings", "11.00", "GBP",
             P("A set of six phosphor bronze strings for steel-string acoustic guitars, gauges 12-16-24-32-42-53. "
               "The plain strings are tin-plated steel. Uncoated.",
               "Not for classical guitars: they need nylon strings. Each string is sealed in its own envelope."),
             {"Material": ["Phosphor bronze wound", "Tin-plated steel plain"], "Gauge": ["12-53"],
              "Count": ["6"]},
             tags=["guitar", "strings"], cats=["Music > Strings"], variants=single("BF-1253", "11.00")),
    "X28": L("Power Bank 10000 mAh USB-C", "Voltara", "Power bank", "35.00", "EUR",
             P("A 10000 mAh (37 Wh) power bank with a 20 W USB-C Power Delivery port and a 12 W USB-A port. "
               "It recharges in about 3.5 hours from a 20 W charger.",
               "Weighs 210 g. Under the 100 Wh airline limit, so it may go in hand luggage (never in checked "
               "bags). Charger not included. 18-month warranty."),
             {"Capacity": ["10000 mAh", "37 Wh"], "Ports": ["USB-C PD 20 W", "USB-A 12 W"],
              "Warranty": ["18 months"]},
             tags=["electronics", "charging"], cats=["Electronics > Power banks"],
             options={"Colour": ["Black", "White"]},
             variants=by("Colour", ["Black", "White"], ["35.00", "35.00"], "VT-PB10", g(210)), weight=g(210)),
    "X29": L("Seville Orange Marmalade", "Taybank Preserves", "Marmalade", "5.50", "GBP",
             P("Thick-cut marmalade made with Seville oranges and cane sugar in small batches in Dundee. "
               "A 340 g jar.",
               "Refrigerate after opening and eat within six weeks. Suitable for vegans."),
             {"Ingredients": ["Cane sugar", "Seville oranges", "Lemon juice", "Water"], "Weight": ["340 g"],
              "Origin": ["Dundee, Scotland"]},
             tags=["marmalade", "vegan"], cats=["Pantry > Preserves"],
             variants=single("TB-MM", "5.50", g(340)), weight=g(340)),
    "X30": L("Cast Iron Kettlebell", "Ironclad Barn", "Kettlebell", "38.00", "USD",
             P("A one-piece cast iron kettlebell with a black powder coat and a flat base. The handle is "
               "35 mm across.",
               "Choose 8 kg, 12 kg or 16 kg. Store indoors: the coat chips if left out in the rain. "
               "Two-year warranty."),
             {"Material": ["Cast iron"], "Handle diameter": ["35 mm"], "Warranty": ["2 years"]},
             tags=["fitness", "strength"], cats=["Fitness > Weights"], options={"Weight": ["8 kg", "12 kg", "16 kg"]},
             variants=by("Weight", ["8 kg", "12 kg", "16 kg"], ["38.00", "52.00", "64.00"], "IB-KB")),
}


def build():
    out = {}
    for key, lst in LISTINGS.items():
        lst = dict(lst)
        lst["external_id"] = key
        lst.setdefault("variants", [])
        out[key] = lst
    return out


def main():
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(build(), f, ensure_ascii=False, indent=1)
    print(f"{len(LISTINGS)} listings")


if __name__ == "__main__":
    main()
