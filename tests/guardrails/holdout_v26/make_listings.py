"""Write listings.json for guardrails holdout v26: 30 invented listings, X01..X30 (key = external_id).

Run from this folder:  python make_listings.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per value of a single option: options = {name: [values]}, prices aligned with the values."""
    (name, values), = options.items()
    out = []
    for n, (value, price) in enumerate(zip(values, prices, strict=True), 1):
        out.append({"sku": f"{sku}-{n}", "title": value, "price": price, "compare_at_price": compare,
                    "options": {name: value}, "weight": weight})
    return out


def single(sku, price, weight=None, compare=None, title="Default Title"):
    return [{"sku": sku, "title": title, "price": price, "compare_at_price": compare, "options": {},
             "weight": weight}]


def g(value, unit="g"):
    return {"value": value, "unit": unit}


def by(option, values, prices, sku, weight=None, compare=None):
    """options and variants for one option whose values carry their own prices."""
    return {"options": {option: list(values)}, "variants": variants(sku, {option: list(values)}, prices, weight,
                                                                     compare)}


def L(title, vendor, ptype, price, currency, desc, attrs=None, tags=(), cats=(), extra=None, **kw):
    out = {"title": title, "vendor": vendor, "product_type": ptype, "price": price, "currency": currency,
           "description_html": desc, "attributes": attrs or {}, "tags": list(tags), "categories": list(cats)}
    out.update(extra or {})
    out.update(kw)
    return out


def P(*paras):
    return "".join(f"<p>{p}</p>" for p in paras)


LISTINGS = {
    "X01": L("J-Hook Hive Tool 265 mm", "Comb & Clover", "Hive tool", "12.50", "GBP",
             P("A hive tool with a J-shaped hook at one end for lifting frames and a flat scraper blade at the "
               "other for prising boxes apart.",
               "Made from 4 mm spring steel, 265 mm long, with the handle painted yellow so it is easy to find "
               "in the grass. Forged in Walsall, England.",
               "Not stainless: dry it after use and oil the blade now and then."),
             {"Material": ["spring steel"], "Length": ["265 mm"], "Origin": ["Walsall, England"]},
             tags=["beekeeping"], cats=["Garden > Beekeeping"], variants=single("CC-HT", "12.50", g(140)),
             weight=g(140)),
    "X02": L("Disc-Drag Fly Reel 5/6", "Kestrel Creek", "Fly reel", "89.00", "USD",
             P("A fly reel for 5 and 6 weight lines, machined from 6061 aluminium, with a sealed carbon disc drag.",
               "Diameter 90 mm, weight 145 g. Holds a WF5 line with 100 yards of 20 lb backing. The retrieve "
               "converts from left hand to right hand.",
               "Line and backing are not included. Rinse in fresh water after use in salt water.",
               "Two-year warranty."),
             {"Material": ["6061 aluminium"], "Line weight": ["5", "6"], "Diameter": ["90 mm"]},
             tags=["fly fishing"], cats=["Outdoors > Fishing"], weight=g(145),
             **by("Colour", ["Black", "Olive"], ["89.00", "94.00"], "KC-FR", g(145))),
    "X03": L("Merino DK Yarn 100 g", "Fellside Fibre", "Yarn", "9.80", "GBP",
             P("Extra-fine merino wool, superwash treated, in a DK weight: 225 m to a 100 g skein.",
               "Suggested needles 4 mm; tension 22 stitches to 10 cm.",
               "Wool grown in South Africa, hand-dyed in small batches in Cumbria, so skeins vary: buy enough "
               "for one project from one dye lot.",
               "Machine wash at 30 °C on a wool cycle. Do not tumble dry."),
             {"Material": ["100% merino wool"], "Weight": ["DK"], "Length": ["225 m"]},
             tags=["knitting", "superwash"], cats=["Crafts > Knitting"], weight=g(100),
             **by("Colour", ["Heather", "Slate", "Mustard"], ["9.80", "9.80", "9.80"], "FF-DK", g(100))),
    "X04": L("Brass Bicycle Bell 55 mm", "Spoke & Chime", "Bicycle bell", "29.00", "AUD",
             P("A ding-dong bell with a 55 mm polished brass dome that rings for about four seconds.",
               "The steel clamp with a rubber shim fits handlebars 22.2 mm to 25.4 mm across. It does not fit "
               "31.8 mm bars.",
               "Brass tarnishes unless you polish it."),
             {"Material": ["brass dome", "steel clamp"], "Diameter": ["55 mm"]},
             tags=["cycling"], cats=["Sport > Cycling > Accessories"], variants=single("SC-BB", "29.00", g(60)),
             weight=g(60)),
    "X05": L("Stoneware Clay 10 kg, Cone 6", "Kilnworks", "Pottery clay", "38.00", "CAD",
             P("A buff stoneware clay with fine grog, for throwing on the wheel and for hand building.",
               "Fires at cone 5-6 (about 1200-1230 °C); bisque at cone 04. Shrinks about 12 % from wet to fired; "
               "water absorption 1.5 % at cone 6.",
               "Not for raku or low-fire work. Keep it from freezing."),
             {"Firing range": ["cone 5-6"], "Shrinkage": ["12 %"], "Colour": ["buff"]},
             tags=["pottery", "stoneware"], cats=["Crafts > Ceramics"],
             **by("Size", ["10 kg", "20 kg (two bags)"], ["38.00", "72.00"], "KW-ST")),
    "X06": L("Iron Gall Ink 50 ml", "Quill & Oak", "Ink", "16.00", "USD",
             P("Iron gall ink for dip pens, made to a traditional recipe from oak galls, iron sulphate and gum "
               "arabic.",
               "It writes blue-grey and darkens to near black over a day. Water-resistant once dry.",
               "50 ml in a glass bottle. Not for fountain pens: the acid damages their feeds. Shake before use."),
             {"Volume": ["50 ml"], "Ingredients": ["oak galls", "iron sulphate", "gum arabic"]},
             tags=["calligraphy"], cats=["Art > Calligraphy"], variants=single("QO-IG", "16.00")),
    "X07": L("Reflective Dog Harness", "Muddy Paws Co.", "Dog harness", "28.00", "USD",
             P("A harness of polyester webbing with reflective stitching, two D-rings (one on the back, one on "
               "the chest) and quick-release buckles.",
               "Sizes by chest girth: S 40-55 cm, M 55-70 cm, L 70-90 cm.",
               "Not for car travel: it has not been crash-tested. Hand wash and dry flat."),
             {"Material": ["polyester webbing"], "Colour": ["Orange", "Navy"]},
             tags=["dogs"], cats=["Pets > Dogs > Walking"],
             options={"Size": ["S", "M", "L"], "Colour": ["Orange", "Navy"]},
             variants=variants("MP-DH", {"Size": ["S", "M", "L"]}, ["28.00", "32.00", "36.00"])),
    "X08": L("Chalk Bag with Brush Holder", "Crag Line", "Chalk bag", "24.00", "EUR",
             P("A round chalk bag with a fleece lining, a drawcord closure, a brush loop and a 25 mm waist belt.",
               "It holds about 100 g of chalk; chalk and brush are not included.",
               "Outer of 600D recycled polyester. 16 cm tall with a 12 cm opening. Sewn in Guimarães, Portugal."),
             {"Material": ["600D recycled polyester", "fleece lining"], "Origin": ["Guimarães, Portugal"]},
             tags=["climbing"], cats=["Sport > Climbing"], dimensions={"length": None, "width": 12, "height": 16,
                                                                        "unit": "cm"},
             **by("Colour", ["Teal", "Rust"], ["24.00", "24.00"], "CL-CB")),
    "X09": L("Aquarium Heater 100 W", "Reefside", "Aquarium heater", "24.00", "GBP",
             P("A submersible heater for tanks of 60 to 100 litres, freshwater or marine.",
               "Set it from 20 to 32 °C; it holds the set temperature within 0.5 °C. Shatter-resistant quartz "
               "glass, 24 cm long, with two suction cups and a 1.5 m cable with a UK plug.",
               "Unplug it for 15 minutes before taking it out of the water. One-year warranty."),
             {"Power": ["100 W"], "Tank size": ["60-100 litres"], "Length": ["24 cm"]},
             tags=["aquarium"], cats=["Pets > Fish"], variants=single("RS-AH", "24.00")),
    "X10": L("Silicone Teething Ring", "Little Burrow", "Teether", "12.00", "USD",
             P("A teething ring of food-grade silicone, 7 cm across, in one piece with no parts to come loose.",
               "For babies from 3 months. Always use under adult supervision.",
               "Wash in warm soapy water or sterilise in boiling water for 3 minutes. Chill it in the fridge, "
               "never in the freezer."),
             {"Material": ["food-grade silicone"], "Age": ["3 months +"]},
             tags=["bpa-free", "baby"], cats=["Baby > Teething"],
             **by("Colour", ["Sage", "Sand", "Blush"], ["12.00", "12.00", "12.00"], "LB-TR")),
    "X11": L("Filzpantoffeln aus Schafwolle", "Allgäuer Filzstube", "Hausschuhe", "49.00", "EUR",
             P("Hausschuhe aus gewalkter Schafwolle mit einer Sohle aus Naturlatex.",
               "Von Hand gefertigt im Allgäu. Größen 36 bis 46.",
               "Nicht waschmaschinenfest: nur von Hand in lauwarmem Wasser waschen und liegend trocknen."),
             {"Material": ["Schafwolle", "Naturlatex"], "Herkunft": ["Allgäu"], "Größen": ["36-46"]},
             tags=["hausschuhe", "wolle"], cats=["Schuhe > Hausschuhe"],
             **by("Farbe", ["Anthrazit", "Natur"], ["49.00", "49.00"], "AF-FP")),
    "X12": L("Moutarde à l'ancienne 200 g", "Maison Verjus", "Moutarde", "5.40", "EUR",
             P("Moutarde à l'ancienne aux graines entières, préparée en Bourgogne avec des graines de moutarde "
               "cultivées en Bourgogne, du vinaigre de vin blanc et du sel.",
               "Pot en verre de 200 g.",
               "Contient de la moutarde et des sulfites. À conserver au réfrigérateur après ouverture et à "
               "consommer dans les 3 mois."),
             {"Poids": ["200 g"], "Origine": ["Bourgogne"]},
             tags=["moutarde", "épicerie"], cats=["Épicerie > Condiments"], variants=single("MV-MA", "5.40", g(200)),
             weight=g(200)),
    "X13": L("Paccheri trafilati al bronzo 500 g", "Pastificio Lucerna", "Pasta", "3.90", "EUR",
             P("Paccheri di semola di grano duro, trafilati al bronzo ed essiccati lentamente a bassa temperatura "
               "per 36 ore.",
               "Prodotti a Gragnano. Pacco da 500 g. Cottura: 14 minuti.",
               "Contiene glutine. Può contenere tracce di soia."),
             {"Peso": ["500 g"], "Origine": ["Gragnano"], "Cottura": ["14 minuti"]},
             tags=["pasta"], cats=["Alimentari > Pasta"], variants=single("PL-PA", "3.90", g(500)), weight=g(500)),
    "X14": L("Alpargatas de lona", "Suela de Yute", "Alpargatas", "35.00", "EUR",
             P("Alpargatas con suela de yute trenzado cosida a mano, una capa de caucho en la base y capellada de "
               "lona de algodón.",
               "Hechas en Cervera del Río Alhama (La Rioja). Tallas 36 a 44.",
               "No se deben mojar: el yute se deforma con el agua."),
             {"Material": ["yute", "lona de algodón", "caucho"], "Origen": ["Cervera del Río Alhama, La Rioja"]},
             tags=["calzado"], cats=["Calzado > Alpargatas"],
             **by("Color", ["Marino", "Crudo", "Rojo"], ["35.00", "35.00", "35.00"], "SY-AL")),
    "X15": L("Kubek ceramiczny z Bolesławca 350 ml", "Pracownia Modra", "Kubek", "89.00", "PLN",
             P("Kubek z kamionki, ręcznie stemplowany i malowany w Bolesławcu, we wzór kobaltowych kropek na białym "
               "tle.",
               "Pojemność 350 ml, wysokość 10 cm.",
               "Można myć w zmywarce i podgrzewać w kuchence mikrofalowej. Nie stawiać na gazie ani na płycie "
               "grzewczej."),
             {"Materiał": ["kamionka"], "Pojemność": ["350 ml"], "Pochodzenie": ["Bolesławiec"]},
             tags=["ceramika"], cats=["Kuchnia > Kubki"], variants=single("PM-KU", "89.00"),
             dimensions={"length": None, "width": None, "height": 10, "unit": "cm"}),
    "X16": L("Ostehøvel med skaft av bjørk", "Fjellbu Kjøkken", "Ostehøvel", "249.00", "NOK",
             P("Ostehøvel med blad av rustfritt stål og skaft av bjørk.",
               "Laget på Lillehammer. Lengde 22 cm.",
               "Vaskes for hånd; tåler ikke oppvaskmaskin. Fem års garanti."),
             {"Materiale": ["rustfritt stål", "bjørk"], "Lengde": ["22 cm"], "Opprinnelse": ["Lillehammer"]},
             tags=["kjøkken"], cats=["Kjøkken > Redskap"], variants=single("FK-OH", "249.00")),
    "X17": L("1000-Piece Jigsaw: Harbour at Dusk", "Tessellate Press", "Jigsaw puzzle", "22.00", "GBP",
             P("A 1000-piece jigsaw puzzle of a harbour at dusk. Finished size 68 x 48 cm.",
               "Pieces cut from 2 mm board made of 100% recycled card and printed with vegetable-based inks. "
               "A poster of the picture is in the box.",
               "Printed and cut in Leeds, England. Not for children under 3: small parts."),
             {"Pieces": ["1000"], "Finished size": ["68 x 48 cm"], "Origin": ["Leeds, England"]},
             tags=["jigsaw", "recycled card"], cats=["Toys & Games > Puzzles"], variants=single("TP-HD", "22.00")),
    "X18": L("8x42 Roof Prism Binoculars", "Larkspur Optics", "Binoculars", "229.00", "USD",
             P("8x magnification with 42 mm objective lenses, BaK-4 roof prisms and fully multi-coated lenses.",
               "Field of view 131 m at 1000 m; close focus 2 m. Nitrogen-purged and waterproof to 1 m for 30 "
               "minutes (IPX7). Weight 680 g.",
               "Neck strap, case and lens caps included; no tripod adapter. Ten-year warranty."),
             {"Magnification": ["8x"], "Objective": ["42 mm"], "Waterproof": ["IPX7"]},
             tags=["birdwatching"], cats=["Outdoors > Optics"], variants=single("LO-842", "229.00", g(680)),
             weight=g(680)),
    "X19": L("Monogram Embroidery Service", "Thread & Initial", "Service", "12.00", "USD",
             P("Send us an item and we embroider initials or a name on it. Up to three letters: $12. A name of up "
               "to 12 characters: $18.",
               "Ready in 7 working days from when your item arrives; return postage within the US is included.",
               "Cotton, linen and towelling only; no leather, silk or knitwear. One thread colour per item, "
               "chosen from our chart of 20."),
             tags=["service", "embroidery"], cats=["Services"],
             **by("Text", ["Initials (up to 3 letters)", "Name (up to 12 characters)"], ["12.00", "18.00"],
                  "TI-MO")),
    "X20": L("Enamel Pin: Fern", "Pinfold Studio", "", "8.00", "EUR", "", variants=single("PS-FERN", "8.00")),
    "X21": L("Beech Coat Hanger", "Hallstand Goods", "", "6.00", "GBP", "", {"Width": ["44 cm"]},
             variants=single("HG-CH", "6.00")),
    "X22": L("Watercolour Starter Set", "Wetedge Art", "Grouped product", None, "USD",
             P("Three things to start painting in watercolour, each sold on its own."),
             tags=["watercolour"], cats=["Art > Painting"],
             children=[{"title": "12-Pan Watercolour Palette", "price": "24.00", "attributes": {"Pans": ["12"]}},
                       {"title": "Round Brush No. 8", "price": "9.00", "attributes": {"Hair": ["synthetic"]}},
                       {"title": "Cold-Press Pad A5, 300 gsm", "price": "11.00",
                        "attributes": {"Sheets": ["12"], "Paper": ["300 gsm"]}}]),
    "X23": L("Inflatable Paddle Board 10'6\"", "Harbourline Watersports", "External product", "499.00", "EUR",
             P("Sold and shipped by our partner Harbourline Watersports, who handle delivery, returns and "
               "warranty.",
               "320 x 81 x 15 cm, for riders up to 120 kg; the board weighs 9.5 kg. Comes with a pump, a "
               "three-piece paddle and a backpack. Inflate to 15 psi."),
             {"Max rider weight": ["120 kg"], "Size": ["320 x 81 x 15 cm"]},
             tags=["external", "partner product"], cats=["Water sports"], variants=single("HW-SUP", "499.00"),
             weight=g(9.5, "kg")),
    "X24": L("Caderno com capa de cortiça A5", "Sobreiro & Papel", "Caderno", "14.00", "EUR",
             P("Caderno A5 com capa de cortiça natural do Alentejo e 96 folhas pautadas de papel reciclado de "
               "90 g/m².",
               "Encadernação cosida, que abre bem plano. Feito em Évora.",
               "A cortiça não é à prova de água: limpe com um pano seco."),
             {"Formato": ["A5"], "Folhas": ["96"], "Papel": ["reciclado 90 g/m²"], "Origem": ["Évora"]},
             tags=["papelaria", "cortiça"], cats=["Papelaria > Cadernos"], variants=single("SP-CA5", "14.00")),
    "X25": L("Lambswool Throw 130 x 180 cm", "Teifi Loom", "Throw", "95.00", "GBP",
             P("A throw woven from 100% lambswool in a herringbone weave, on our looms in Drefach Felindre, "
               "Carmarthenshire, Wales.",
               "130 x 180 cm, plus 8 cm fringes at each end.",
               "Dry clean only."),
             {"Material": ["100% lambswool"], "Origin": ["Drefach Felindre, Wales"]},
             tags=["blanket", "wool"], cats=["Home > Throws"],
             **by("Colour", ["Moss", "Slate"], ["95.00", "95.00"], "TL-TH")),
    "X26": L("Kampot Black Pepper 50 g", "Pepper Row", "Peppercorns", "14.00", "USD",
             P("Whole black peppercorns from Kampot, Cambodia, with Protected Geographical Indication (PGI).",
               "Sun-dried and sorted by hand. 50 g in a resealable tin; 2026 harvest.",
               "Best before 24 months from packing. Grind just before use."),
             {"Weight": ["50 g"], "Origin": ["Kampot, Cambodia"], "Certification": ["PGI"]},
             tags=["spices", "pepper"], cats=["Pantry > Spices"], variants=single("PR-KBP", "14.00", g(50)),
             weight=g(50)),
    "X27": L("Hickory Drumsticks 5A", "Backbeat Supply", "Drumsticks", "11.00", "GBP",
             P("A pair of 5A drumsticks in American hickory, 406 mm long and 14.4 mm across, with oval wood tips.",
               "Lacquered finish. Each pair is matched by weight and pitch."),
             {"Material": ["American hickory"], "Size": ["5A"], "Tip": ["wood, oval"]},
             tags=["drums"], cats=["Music > Drums"], variants=single("BS-5A", "11.00")),
    "X28": L("Instant-Read Meat Thermometer", "Emberline", "Thermometer", "29.00", "USD",
             P("Reads in 3 seconds from -50 to 300 °C, accurate to 1 °C between -20 and 100 °C.",
               "An 11 cm folding probe of food-grade stainless steel and a backlit display. Rated IP67. "
               "One CR2032 battery, included; it switches off after 10 minutes.",
               "Rinse under the tap; not dishwasher safe. Two-year warranty."),
             {"Range": ["-50 to 300 °C"], "Probe": ["11 cm"], "Rating": ["IP67"]},
             tags=["bbq", "kitchen"], cats=["Kitchen > Thermometers"],
             **by("Colour", ["Red", "Black"], ["29.00", "29.00"], "EL-MT")),
    "X29": L("Pure Maple Syrup, Amber, 250 ml", "Sucrerie Boisvert", "Maple syrup", "15.00", "CAD",
             P("Pure maple syrup, Grade A Amber, Rich Taste, from our sugar bush in the Beauce region of Québec.",
               "250 ml glass bottle, 2026 harvest. Nothing added.",
               "Refrigerate after opening and use within six months."),
             {"Grade": ["A Amber, Rich Taste"], "Volume": ["250 ml"], "Origin": ["Beauce, Québec"]},
             tags=["vegan", "maple"], cats=["Pantry > Syrups"], variants=single("SB-MS", "15.00")),
    "X30": L("Parachute Nylon Hammock", "Canopy Drift", "Hammock", "39.00", "USD",
             P("A hammock of 210T parachute nylon for up to 200 kg, with two steel carabiners.",
               "Single 270 x 140 cm, $39; double 300 x 200 cm, $49. Tree straps are sold separately.",
               "Machine wash cold and dry in the air."),
             {"Material": ["210T parachute nylon"], "Max load": ["200 kg"], "Colour": ["Forest", "Sky"]},
             tags=["camping"], cats=["Outdoors > Camping"],
             options={"Size": ["Single", "Double"], "Colour": ["Forest", "Sky"]},
             variants=variants("CD-HM", {"Size": ["Single", "Double"]}, ["39.00", "49.00"])),
}


def build():
    out = {}
    for key, listing in LISTINGS.items():
        row = {"external_id": key}
        row.update(listing)
        if row.get("price") is None:
            del row["price"]
        out[key] = row
    return out


def main():
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(build(), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(LISTINGS)} listings")


if __name__ == "__main__":
    main()
