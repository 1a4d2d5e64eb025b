"""Invented listings for guardrails holdout v15 (Z01..Z30), written for this set.

Run from this folder:  python make_listings.py   (writes listings.json)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per combination given as (dict of option -> value), priced in order."""
    out = []
    for n, (opts, price) in enumerate(zip(options, prices, strict=True), 1):
        out.append({"sku": f"{sku}-{n}", "title": " / ".join(opts.values()), "price": price,
                    "compare_at_price": compare, "options": opts, "weight": weight,
                    "external_id": f"{sku}-v{n}"})
    return out


def single(sku, price, weight=None, compare=None, title="Default Title"):
    return [{"sku": sku, "title": title, "price": price, "compare_at_price": compare, "options": {},
             "weight": weight, "external_id": f"{sku}-v1"}]


def g(value, unit="g"):
    return {"value": value, "unit": unit}


def by(option, values, prices, sku, weight=None, compare=None):
    return variants(sku, [{option: v} for v in values], prices, weight, compare)


def L(title, vendor, ptype, price, currency, desc, attrs=None, tags=(), cats=(), extra=None, **kw):
    d = {"title": title, "vendor": vendor, "product_type": ptype, "price": price, "currency": currency,
         "description_html": desc, "attributes": attrs or {}, "tags": list(tags), "categories": list(cats)}
    d.update(extra or {})
    d.update(kw)
    return d


LISTINGS = {
    "Z01": L("Yirgacheffe Washed Coffee Beans 250 g", "Torra Alfama", "Coffee beans", "13.50", "EUR",
             "<p>Washed Ethiopian coffee from the Yirgacheffe area, roasted light in small batches in Lisbon. "
             "Notes of bergamot, peach and black tea. Whole beans; grind just before brewing.</p>",
             {"Origem": ["Yirgacheffe, Etiópia"], "Torrado em": ["Lisboa, Portugal"], "Torra": ["Clara"],
              "Processo": ["Lavado"], "Altitude": ["1900-2100 m"], "Variedade": ["Heirloom"]},
             tags=["whole bean", "light roast", "filter"], cats=["Café > Grão"],
             options={"Peso": ["250 g", "1 kg"]},
             variants=by("Peso", ["250 g", "1 kg"], ["13.50", "44.00"], "TA-YIR", g(250)),
             weight=g(250)),
    "Z02": L("Gyuto Chef's Knife 210 mm", "Hamon Works", "Chef's knife", "189.00", "USD",
             "<p>A 210 mm gyuto with a VG-10 steel core clad in 33 layers of stainless Damascus, hardened to "
             "60-61 HRC. The handle is octagonal walnut with a buffalo horn ferrule. Forged in Seki, Japan. "
             "Hand wash and dry straight away; not for bones or frozen food.</p>",
             {"Blade length": ["210 mm"], "Core steel": ["VG-10"], "Cladding": ["33-layer stainless Damascus"],
              "Hardness": ["60-61 HRC"], "Handle": ["Walnut, octagonal"], "Ferrule": ["Buffalo horn"],
              "Forged in": ["Seki, Japan"], "Weight": ["180 g"]},
             tags=["hand wash only", "right or left handed"], cats=["Kitchen > Knives"],
             variants=single("HW-GY210", "189.00", g(180)), weight=g(180),
             dimensions={"length": 36.5, "width": 4.8, "height": None, "unit": "cm"}),
    "Z03": L("Percale Duvet Cover, King", "Hollin & Weft", "Duvet cover", "85.00", "GBP",
             "<p>Crisp, cool percale woven from 100% long-staple cotton at 200 thread count. Closes with "
             "five mother-of-pearl-effect buttons. OEKO-TEX Standard 100 certified. Machine wash at 40 °C; "
             "tumble dry low. Pillowcases sold separately.</p>",
             {"Material": ["100% cotton percale"], "Thread count": ["200"], "Size": ["225 x 220 cm"],
              "Closure": ["5 buttons"], "Certification": ["OEKO-TEX Standard 100"], "Woven in": ["Portugal"]},
             tags=["percale", "cotton"], cats=["Bedroom > Bed linen"],
             options={"Colour": ["Chalk", "Slate", "Sage"]},
             variants=by("Colour", ["Chalk", "Slate", "Sage"], ["85.00"] * 3, "HW-PDC-K")),
    "Z04": L("Nyers akácméz 500 g", "Méhes Kert", "Honey", "3490", "HUF",
             "<p>Raw acacia honey from our own hives in the Tisza valley, cold extracted and only coarsely "
             "strained. Acacia honey stays runny for a long time and tastes mild. Not for babies under "
             "12 months.</p>",
             {"Fajta": ["Akácméz"], "Származás": ["Tisza-völgy, Magyarország"], "Kezelés": ["Hidegen pergetett"],
              "Tömeg": ["500 g"], "Csomagolás": ["Üveg"]},
             tags=["raw", "nyers", "unpasteurised"], cats=["Kamra > Méz"],
             variants=single("MK-AK500", "3490", g(720)), weight=g(500)),
    "Z05": L("Urban Fahrradhelm", "Spurwerk", "Bicycle helmet", "79.90", "EUR",
             "<p>Ein Stadthelm mit Hartschale aus ABS und EPS-Innenschale, geprüft nach EN 1078. "
             "Integriertes LED-Rücklicht (USB-C, bis zu 5 Stunden), 9 Belüftungsöffnungen und ein "
             "Magnetverschluss.</p>",
             {"Schale": ["ABS"], "Innenschale": ["EPS"], "Norm": ["EN 1078"], "Lüftungsöffnungen": ["9"],
              "Rücklicht": ["LED, USB-C, bis zu 5 Std."], "Gewicht": ["420 g"]},
             tags=["city", "magnetic buckle"], cats=["Fahrrad > Helme"],
             options={"Größe": ["M (54-58 cm)", "L (58-61 cm)"], "Farbe": ["Mattschwarz", "Salbeigrün"]},
             variants=variants("SW-URB", [{"Größe": s, "Farbe": c} for s in ("M (54-58 cm)", "L (58-61 cm)")
                                           for c in ("Mattschwarz", "Salbeigrün")], ["79.90"] * 4),
             weight=g(420)),
    "Z06": L("Tempo Road Running Shoe", "Stridewell", "Running shoes", "140.00", "USD",
             "<p>A neutral daily trainer for road running. Nitrogen-infused foam midsole, 8 mm heel-to-toe "
             "drop, engineered mesh upper and a rubber outsole. Men's US sizes 8-12.</p>",
             {"Drop": ["8 mm"], "Stack height": ["36 mm heel / 28 mm forefoot"], "Upper": ["Engineered mesh"],
              "Midsole": ["Nitrogen-infused EVA foam"], "Outsole": ["Rubber"], "Weight": ["9.2 oz (US 9)"],
              "Support": ["Neutral"]},
             tags=["road", "neutral", "men"], cats=["Running > Shoes"],
             options={"Size": ["8", "9", "10", "11", "12"], "Color": ["Graphite/Volt"]},
             variants=by("Size", ["8", "9", "10", "11", "12"], ["140.00"] * 5, "SW-TMP")),
    "Z07": L("Bypass Pruning Secateurs", "Fernhollow Tools", "Secateurs", "32.00", "GBP",
             "<p>Bypass secateurs for live stems up to 20 mm thick. SK5 carbon steel blades with a "
             "non-stick coating, forged aluminium handles with cushioned grips, and a thumb-operated lock. "
             "Replacement blade and spring available.</p>",
             {"Blades": ["SK5 carbon steel, non-stick coated"], "Handles": ["Forged aluminium"],
              "Cutting capacity": ["20 mm"], "Length": ["21 cm"], "Weight": ["235 g"], "Guarantee": ["10 years"]},
             tags=["bypass", "right-handed"], cats=["Garden > Hand tools"],
             variants=single("FH-BPS", "32.00", g(235)), weight=g(235)),
    "Z08": L("Comp Surf Leash 6 ft", "Swellbound", "Surf leash", "49.95", "AUD",
             "<p>A lightweight competition leash for boards up to 6'6\". 6 mm urethane cord, double "
             "stainless steel swivels and a padded neoprene ankle cuff with a quick-release tab.</p>",
             {"Length": ["6 ft"], "Cord": ["6 mm urethane"], "Swivels": ["Double, stainless steel"],
              "Cuff": ["Neoprene, padded"], "Board length": ["Up to 6'6\""]},
             tags=["shortboard", "competition"], cats=["Surf > Leashes"],
             options={"Colour": ["Black", "Clear/Red"]},
             variants=by("Colour", ["Black", "Clear/Red"], ["49.95", "49.95"], "SB-CL6")),
    "Z09": L("Bärsele Mjuk", "Lilla Famn", "Baby carrier", "1195.00", "SEK",
             "<p>Ett mjukt bärsele för bebisar från 3,5 till 15 kg. Bär framåt eller på ryggen. "
             "Tyget är ekologisk bomull, GOTS-certifierad. Maskintvätt 40 °C.</p>",
             {"Material": ["100 % ekologisk bomull"], "Certifiering": ["GOTS"], "Vikt barn": ["3,5-15 kg"],
              "Bärställningar": ["Framåt, rygg"], "Tvätt": ["40 °C"], "Tillverkad i": ["Estland"]},
             tags=["ekologisk", "bärsele"], cats=["Barn > Bärselar"],
             options={"Färg": ["Havre", "Skog"]},
             variants=by("Färg", ["Havre", "Skog"], ["1195.00", "1195.00"], "LF-MJ")),
    "Z10": L("Turbrenner Lett 2,6 kW", "Fjellglo", "Camping stove", "549.00", "NOK",
             "<p>En kompakt gassbrenner som skrus rett på en gassboks med skrugjenger (EN 417). Effekt 2,6 kW; "
             "koker 1 liter vann på omtrent 3,5 minutter. Piezotenning. Vekt 86 g. Kun til utendørs bruk.</p>",
             {"Effekt": ["2,6 kW"], "Koketid": ["ca. 3,5 min / 1 L"], "Vekt": ["86 g"], "Tenning": ["Piezo"],
              "Gass": ["Skrugjenget boks (EN 417)"], "Materiale": ["Aluminium og rustfritt stål"]},
             tags=["friluft", "lett"], cats=["Tur > Kjøkken"],
             variants=single("FG-LT26", "549.00", g(86)), weight=g(86)),
    "Z11": L("Rigatoni di Gragnano IGP 500 g", "Pastificio Vescio", "Dried pasta", "3.20", "EUR",
             "<p>Rigatoni trafilati al bronzo ed essiccati lentamente per 36 ore. Solo semola di grano duro "
             "e acqua. Cottura 13 minuti.</p>",
             {"Ingredienti": ["Semola di grano duro, acqua"], "Trafilatura": ["Bronzo"],
              "Essiccazione": ["36 ore"], "Cottura": ["13 minuti"], "Certificazione": ["Pasta di Gragnano IGP"],
              "Prodotto a": ["Gragnano, Italia"]},
             tags=["IGP", "trafilata al bronzo"], cats=["Dispensa > Pasta"],
             variants=single("PV-RIG500", "3.20", g(500)), weight=g(500)),
    "Z12": L("Arc LED Desk Lamp", "Lumenfold", "Desk lamp", "68.00", "USD",
             "<p>An adjustable LED desk lamp with a warm-to-cool range of 2700-6500 K and five brightness "
             "levels. 8 W, CRI 95. Powered by the included USB-C cable and adapter. Aluminium arm, weighted "
             "steel base.</p>",
             {"Power": ["8 W"], "Colour temperature": ["2700-6500 K"], "CRI": ["95"], "Brightness levels": ["5"],
              "Arm": ["Aluminium"], "Base": ["Weighted steel"], "Reach": ["45 cm"]},
             tags=["led", "dimmable"], cats=["Office > Lighting"],
             options={"Finish": ["Matte White", "Matte Black"]},
             variants=by("Finish", ["Matte White", "Matte Black"], ["68.00", "68.00"], "LF-ARC"),
             faq=[{"question": "Is there a memory function?", "answer": "Yes, it turns on at the last setting."}]),
    "Z13": L("Tern 75 Mechanical Keyboard", "Keyloft", "Mechanical keyboard", "159.00", "CAD",
             "<p>A 75% layout keyboard with hot-swappable sockets, doubleshot PBT keycaps and a gasket-mounted "
             "aluminium case. Wired USB-C or Bluetooth 5.1 for up to three devices. 4000 mAh battery. "
             "Works with Windows and macOS.</p>",
             {"Layout": ["75%, ANSI"], "Switches": ["Linear (red)", "Tactile (brown)"],
              "Keycaps": ["Doubleshot PBT"], "Case": ["Aluminium"], "Connection": ["USB-C, Bluetooth 5.1"],
              "Battery": ["4000 mAh"], "Hot-swap": ["Yes, 5-pin"]},
             tags=["hot-swap", "wireless"], cats=["Computers > Keyboards"],
             options={"Switch": ["Linear (red)", "Tactile (brown)"]},
             variants=by("Switch", ["Linear (red)", "Tactile (brown)"], ["159.00", "159.00"], "KL-T75")),
    "Z14": L("Trekkingstöcke Alu 7075", "Gratwerk", "Trekking poles", "89.00", "CHF",
             "<p>Ein Paar Teleskopstöcke aus Aluminium 7075, verstellbar von 110 bis 135 cm, mit "
             "Klemmverschluss. Griffe aus Kork, Spitzen aus Hartmetall. Das Paar wiegt 480 g.</p>",
             {"Material": ["Aluminium 7075"], "Länge": ["110-135 cm"], "Griff": ["Kork"],
              "Spitze": ["Hartmetall"], "Gewicht": ["480 g (Paar)"], "Verschluss": ["Klemmverschluss"]},
             tags=["paar", "teleskop"], cats=["Wandern > Stöcke"],
             variants=single("GW-TS75", "89.00", g(480)), weight=g(480)),
    "Z15": L("Hulajnoga trójkołowa Mini", "Kółko", "Kick scooter", "249.00", "PLN",
             "<p>Trójkołowa hulajnoga dla dzieci od 3 do 6 lat, z regulowaną kierownicą (63-80 cm). "
             "Koła z PU ze świecącymi diodami, maksymalne obciążenie 50 kg. Zgodna z EN 71.</p>",
             {"Wiek": ["3-6 lat"], "Maks. obciążenie": ["50 kg"], "Kierownica": ["63-80 cm"],
              "Koła": ["PU, świecące"], "Norma": ["EN 71"], "Rama": ["Stal i tworzywo"]},
             tags=["dzieci", "3 koła"], cats=["Zabawki > Hulajnogi"],
             options={"Kolor": ["Różowy", "Niebieski", "Miętowy"]},
             variants=by("Kolor", ["Różowy", "Niebieski", "Miętowy"], ["249.00"] * 3, "KO-MINI")),
    "Z16": L("Figuier Blanc Eau de Parfum", "Maison Solenne", "Eau de parfum", "78.00", "EUR",
             "<p>Une eau de parfum verte et lactée : notes de tête feuille de figuier et bergamote, coeur de "
             "lait de figue, fond de bois de cèdre et musc blanc. Composée et flaconnée à Grasse.</p>",
             {"Concentration": ["Eau de parfum"], "Contenance": ["50 ml", "100 ml"],
              "Notes": ["Feuille de figuier, bergamote, lait de figue, cèdre, musc blanc"],
              "Fabriqué à": ["Grasse, France"]},
             tags=["vegan", "unisexe"], cats=["Beauté > Parfums"],
             options={"Contenance": ["50 ml", "100 ml"]},
             variants=by("Contenance", ["50 ml", "100 ml"], ["78.00", "118.00"], "MS-FB")),
    "Z17": L("Pimentón de la Vera Dulce DOP 75 g", "Casa Valdeíñigo", "Smoked paprika", "4.90", "EUR",
             "<p>Pimentón dulce ahumado con leña de encina, molido en piedra. Denominación de Origen "
             "Protegida Pimentón de la Vera. Lata de 75 g.</p>",
             {"Variedad": ["Dulce"], "Ahumado": ["Leña de encina"], "Molienda": ["Molino de piedra"],
              "DOP": ["Pimentón de la Vera"], "Origen": ["La Vera, Cáceres, España"], "Envase": ["Lata"]},
             tags=["dop", "ahumado", "sin gluten"], cats=["Despensa > Especias"],
             variants=single("CV-PDV75", "4.90", g(75)), weight=g(75)),
    "Z18": L("Tofolk 2-personers telt", "Nordvig Outdoor", "Tent", "2299.00", "DKK",
             "<p>Et 3-sæsons kuppeltelt til to personer, 1,9 kg i alt. Yderteltet er 20D silikoniseret "
             "nylon med 3000 mm vandsøjle; stængerne er aluminium. To indgange og to apsider.</p>",
             {"Personer": ["2"], "Sæsoner": ["3"], "Vægt": ["1,9 kg"], "Vandsøjle": ["3000 mm"],
              "Yderstof": ["20D silikoniseret nylon"], "Stænger": ["Aluminium"], "Indgange": ["2"],
              "Pakmål": ["45 x 15 cm"]},
             tags=["let", "3-sæson"], cats=["Friluft > Telte"],
             options={"Farve": ["Olivengrøn"]},
             variants=by("Farve", ["Olivengrøn"], ["2299.00"], "NV-TF2", g(1900)), weight=g(1900)),
    "Z19": L("Sonique 5 Electric Toothbrush", "Brightline", "Electric toothbrush", "79.00", "USD",
             "<p>A sonic toothbrush with five modes, a 2-minute timer with 30-second pacing and a battery "
             "that lasts up to 30 days on one charge. Includes one brush head and a travel case. Sold and "
             "shipped by our partner DentaDirect, who handle delivery, warranty and returns.</p>",
             {"Modes": ["5"], "Battery": ["Up to 30 days"], "Timer": ["2 minutes, 30-second pacing"],
              "In the box": ["Handle, 1 brush head, travel case, charger"], "Sold by": ["DentaDirect"]},
             tags=["external", "partner"], cats=["Health > Oral care"],
             extra={"external_url": "https://dentadirect.example/sonique-5"},
             variants=single("BL-SON5", "79.00")),
    "Z20": L("Picture Framing by Post", "Gilt & Glass", "Framing service", "45.00", "GBP",
             "<p>Send us your print, photo or poster and we frame it in our Bristol workshop and post it "
             "back within 10 working days. Solid ash frame, 2 mm acrylic glazing and an acid-free mount. "
             "Up to A2 (42 x 59.4 cm). We do not frame canvases or items thicker than 5 mm. UK addresses "
             "only.</p>",
             {"Frame": ["Solid ash"], "Glazing": ["2 mm acrylic"], "Mount": ["Acid-free"],
              "Largest size": ["A2 (42 x 59.4 cm)"], "Turnaround": ["10 working days"],
              "Workshop": ["Bristol"]},
             tags=["service", "uk only"], cats=["Services > Framing"],
             options={"Size": ["Up to A4", "Up to A3", "Up to A2"]},
             variants=by("Size", ["Up to A4", "Up to A3", "Up to A2"], ["45.00", "62.00", "85.00"], "GG-FRM")),
    "Z21": L("Enamel Camping Mug", "", "", "12.00", "EUR", "", variants=single("ECM-1", "12.00")),
    "Z22": L("Beeswax Food Wraps", "Hivecloth", "", "18.00", "USD", "", {"Pack": ["3 wraps"]},
             variants=single("HC-BW3", "18.00")),
    "Z23": L("Sourdough Baking Starter Set", "Crumb & Co", "Baking set", None, "SGD",
             "<p>Everything to bake your first loaf, sold as three pieces you can buy one by one: a 25 cm "
             "rattan proofing basket with a linen liner, a bread lame with five spare blades, and a "
             "stainless steel dough scraper.</p>",
             {"Contents": ["Proofing basket", "Bread lame", "Dough scraper"]},
             tags=["grouped", "baking"], cats=["Kitchen > Baking"],
             extra={"children": [
                 {"title": "Round Proofing Basket 25 cm", "price": "32.00",
                  "attributes": {"Material": ["Rattan"], "Liner": ["Linen"], "Diameter": ["25 cm"]}},
                 {"title": "Bread Lame with 5 Blades", "price": "18.00",
                  "attributes": {"Handle": ["Beech"], "Blades": ["5 spare"]}},
                 {"title": "Stainless Dough Scraper", "price": "9.00",
                  "attributes": {"Material": ["Stainless steel"]}}]},
             variants=[{"sku": "CC-BSK25", "title": "Round Proofing Basket 25 cm", "price": "32.00",
                        "compare_at_price": None, "options": {"Piece": "Proofing basket"}, "weight": None,
                        "external_id": "CC-BSK25"},
                       {"sku": "CC-LAME", "title": "Bread Lame with 5 Blades", "price": "18.00",
                        "compare_at_price": None, "options": {"Piece": "Bread lame"}, "weight": None,
                        "external_id": "CC-LAME"},
                       {"sku": "CC-SCR", "title": "Stainless Dough Scraper", "price": "9.00",
                        "compare_at_price": None, "options": {"Piece": "Dough scraper"}, "weight": None,
                        "external_id": "CC-SCR"}],
             options={"Piece": ["Proofing basket", "Bread lame", "Dough scraper"]}),
    "Z24": L("Sirop d'érable pur, ambré 540 ml", "Érablière Lavallée", "Maple syrup", "17.50", "CAD",
             "<p>Pure maple syrup, Grade A Amber with a rich taste, from our sugar bush in Beauce, Québec. "
             "Nothing added. Refrigerate after opening.</p>",
             {"Catégorie": ["Catégorie A, ambré, goût riche"], "Origine": ["Beauce, Québec"],
              "Contenance": ["540 ml"], "Ingrédients": ["100 % sirop d'érable pur"], "Contenant": ["Verre"]},
             tags=["pur", "québec"], cats=["Épicerie > Sirops"],
             variants=single("EL-AMB540", "17.50", g(900)), weight=g(900)),
    "Z25": L("Houten treinbaan 42 delig", "Spoorhout", "Wooden train set", "54.95", "EUR",
             "<p>Een houten treinbaan van 42 delen: rails, een brug, een locomotief met twee wagons en "
             "magneetkoppelingen. Beukenhout met waterbasislak. Vanaf 3 jaar; bevat kleine onderdelen. "
             "Voldoet aan EN 71.</p>",
             {"Delen": ["42"], "Hout": ["Beuken"], "Afwerking": ["Waterbasislak"], "Leeftijd": ["3+"],
              "Norm": ["EN 71"], "Koppeling": ["Magneet"]},
             tags=["hout", "peuter"], cats=["Speelgoed > Treinen"],
             variants=single("SH-TB42", "54.95", g(1800)), weight=g(1800)),
    "Z26": L("Cast Iron Kettlebell 16 kg", "Ironvale", "Kettlebell", "74.00", "USD",
             "<p>A one-piece cast iron kettlebell with a powder-coat finish for a dry grip. 16 kg (35 lb), "
             "with a 33 mm handle. Flat base so it stands upright.</p>",
             {"Weight": ["16 kg / 35 lb"], "Material": ["Cast iron, one piece"], "Finish": ["Powder coat"],
              "Handle diameter": ["33 mm"]},
             tags=["strength", "home gym"], cats=["Fitness > Kettlebells"],
             options={"Weight": ["8 kg", "12 kg", "16 kg", "20 kg"]},
             variants=by("Weight", ["8 kg", "12 kg", "16 kg", "20 kg"], ["42.00", "58.00", "74.00", "92.00"],
                         "IV-KB"),
             weight=g(16, "kg")),
    "Z27": L("Aretes de plata Taxco", "Platería Ixcateopan", "Hoop earrings", "890.00", "MXN",
             "<p>Arracadas martilladas a mano en plata .925, 30 mm de diámetro, con cierre de bisagra. "
             "Hechas en Taxco, Guerrero.</p>",
             {"Material": ["Plata .925"], "Diámetro": ["30 mm"], "Cierre": ["Bisagra"],
              "Acabado": ["Martillado a mano"], "Hecho en": ["Taxco, Guerrero, México"]},
             tags=["plata", "hecho a mano"], cats=["Joyería > Aretes"],
             variants=single("PI-AR30", "890.00", g(6))),
    "Z28": L("Unscented Shea Hand Cream 75 ml", "Bramble Apothecary", "Hand cream", "14.00", "GBP",
             "<p>A rich, fragrance-free hand cream with 20% shea butter and glycerin. Absorbs in about a minute. "
             "Vegan and cruelty-free (Leaping Bunny approved). Aluminium tube.</p>",
             {"Size": ["75 ml"], "Key ingredients": ["Shea butter 20%", "Glycerin"], "Fragrance": ["None"],
              "Certification": ["Leaping Bunny"], "Tube": ["Aluminium"], "Made in": ["Wales"]},
             tags=["vegan", "fragrance free"], cats=["Beauty > Hand care"],
             variants=single("BA-HC75", "14.00", g(95))),
    "Z29": L("A5 ドット方眼ノート", "紙舟堂", "ノート", "1980", "JPY",
             "<p>A5サイズ、160ページのドット方眼ノート。100 g/m²のクリーム色の紙は万年筆でも裏抜けしにくい。"
             "糸かがり綴じで180度開きます。日本製。</p>",
             {"サイズ": ["A5 (148 x 210 mm)"], "ページ数": ["160"], "紙": ["100 g/m², クリーム"],
              "罫線": ["5 mm ドット方眼"], "製本": ["糸かがり綴じ"], "製造": ["日本"]},
             tags=["dot grid", "fountain pen friendly"], cats=["文具 > ノート"],
             options={"表紙": ["ネイビー", "テラコッタ"]},
             variants=by("表紙", ["ネイビー", "テラコッタ"], ["1980", "1980"], "KS-A5D")),
    "Z30": L("Poêle en acier carbone 28 cm", "Forges de l'Aubrac", "Frying pan", "54.00", "EUR",
             "<p>A 28 cm carbon steel frying pan, 2.5 mm thick, with a riveted steel handle. Comes with a "
             "protective beeswax coating: wash it off and season before first use. Works on gas, electric, "
             "induction and in the oven. Hand wash, dry and oil lightly. Made in France.</p>",
             {"Diamètre": ["28 cm"], "Épaisseur": ["2,5 mm"], "Matériau": ["Acier carbone"],
              "Poignée": ["Acier, rivetée"], "Compatibilité": ["Gaz, électrique, induction, four"],
              "Fabriqué en": ["France"], "Poids": ["1,6 kg"]},
             tags=["induction", "carbon steel"], cats=["Cuisine > Poêles"],
             variants=single("FA-P28", "54.00", g(1.6, "kg")), weight=g(1.6, "kg")),
}


def main():
    out = {}
    for key, lst in LISTINGS.items():
        d = dict(lst)
        d["external_id"] = key
        out[key] = d
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    print(f"{len(out)} listings")


if __name__ == "__main__":
    main()
