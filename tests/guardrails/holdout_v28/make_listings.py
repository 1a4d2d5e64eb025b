"""Write listings.json for guardrails holdout v28: 30 invented listings, X01..X30.

Run from this folder:  python make_listings.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per option value: options = (name, [values]), prices a list in the same order."""
    name, values = options
    out = []
    for n, (value, price) in enumerate(zip(values, prices, strict=True), 1):
        out.append({"sku": f"{sku}-{n}", "title": value, "price": price, "compare_at_price": compare,
                    "options": {name: value}, "weight": weight, "external_id": f"{sku}-{n}"})
    return out


def single(sku, price, weight=None, compare=None, title="Default Title"):
    return [{"sku": sku, "title": title, "price": price, "compare_at_price": compare, "options": {},
             "weight": weight, "external_id": sku}]


def g(value, unit="g"):
    return {"value": value, "unit": unit}


def by(option, values, prices, sku, weight=None, compare=None):
    """Options and variants together for a listing whose variants differ by one option."""
    return {"options": {option: list(values)},
            "variants": variants(sku, (option, list(values)), list(prices), weight, compare)}


def L(title, vendor, ptype, price, currency, desc, attrs=None, tags=(), cats=(), extra=None, **kw):
    out = {"title": title, "vendor": vendor, "product_type": ptype, "price": price, "currency": currency,
           "description_html": desc, "attributes": attrs or {}, "tags": list(tags), "categories": list(cats)}
    out.update(extra or {})
    out.update(kw)
    return out


def P(*paras):
    return "".join(f"<p>{p}</p>" for p in paras)


LISTINGS = {
    "X01": L("Hand-Dyed Merino Sock Yarn", "Fellside Fibre", "Yarn", "18.00", "GBP",
             P("A fingering-weight sock yarn, 75 % superwash merino and 25 % nylon, 100 g to the skein with "
               "about 400 m of yarn.", "Dyed by hand in small batches in our studio in Kendal, Cumbria, so "
               "skeins from different batches can vary.", "Knit on 2.5-3.25 mm needles. Machine wash at "
               "30 °C on a wool cycle; dry flat. Do not tumble dry."),
             {"Fibre": ["75% superwash merino, 25% nylon"], "Weight": ["Fingering"], "Length": ["400 m"]},
             tags=("superwash",), cats=("Knitting > Yarn",), weight=g(100), **by(
                 "Colour", ["Heather", "Peat", "Rowan"], ["18.00"] * 3, "FF-SOCK", g(100))),
    "X02": L("Stainless Steel Hive Tool 10 in", "Brood & Comb", "Beekeeping tool", "14.00", "USD",
             P("A J-hook hive tool in 4 mm stainless steel, 10 in (25 cm) long.", "One end is a flat blade for "
               "prying boxes apart; the other is a hook that lifts frames.", "Flame or wash between hives. "
               "It is not sharpened: do not use it as a knife."),
             {"Material": ["Stainless steel"], "Length": ["10 in"]}, cats=("Beekeeping > Tools",),
             weight=g(190), variants=single("BC-HT10", "14.00", g(190))),
    "X03": L("Kestrel 8x42 Binoculars", "Fieldmark Optics", "Binoculars", "329.00", "USD",
             P("Roof-prism binoculars with 8x magnification and 42 mm objective lenses, BaK-4 prisms and "
               "fully multi-coated glass.", "The body is nitrogen-purged and waterproof to 1 m for 30 minutes, "
               "with twist-up eyecups and a close focus of 2 m.", "Field of view 128 m at 1,000 m. Weight "
               "690 g. A neoprene strap, a padded case and lens caps are included.", "Ten-year warranty."),
             {"Magnification": ["8x"], "Objective": ["42 mm"], "Prism": ["BaK-4 roof"]},
             cats=("Outdoors > Birdwatching",), weight=g(690),
             variants=single("FO-K842", "329.00", g(690))),
    "X04": L("Bridle Leather Dog Collar", "Walsall Hound Co.", "Dog collar", "38.00", "GBP",
             P("Cut from English bridle leather, 25 mm wide, with a solid brass buckle and D-ring.",
               "Stitched by hand in Walsall, England.", "Sizes by neck: S 30-38 cm, M 38-46 cm, L 46-54 cm. "
               "Wipe clean and feed with leather balm now and then; do not soak."),
             {"Material": ["Bridle leather", "Solid brass"], "Width": ["25 mm"], "Colour": ["Chestnut"]},
             cats=("Dogs > Collars",), **by("Size", ["S", "M", "L"], ["38.00", "42.00", "46.00"], "WH-COL")),
    "X05": L("Boulder Chalk Bag", "Crux & Co", "Chalk bag", "29.00", "USD",
             P("A cylinder chalk bag in 1000D Cordura with a fleece lining and a drawstring closure.",
               "It measures 15 x 13 cm, has a loop for a brush and a waist belt that is included.",
               "Chalk and brush are not included."),
             {"Material": ["1000D Cordura", "Fleece lining"], "Size": ["15 x 13 cm"]},
             cats=("Climbing > Chalk bags",), **by("Colour", ["Ochre", "Black"], ["29.00", "29.00"], "CC-CB")),
    "X06": L("Aluminium Fly Box", "Tidewater Tackle", "Fly box", "54.00", "AUD",
             P("A waterproof fly box machined from aluminium, 16 x 10 x 4 cm, with a silicone seal and a "
               "magnetic catch.", "Two slit-foam inserts hold up to 120 flies.", "Flies are not included. "
               "Rinse with fresh water after a day on salt water."),
             {"Material": ["Aluminium"], "Capacity": ["120 flies"]}, cats=("Fishing > Fly boxes",),
             weight=g(160), variants=single("TT-FB", "54.00", g(160))),
    "X07": L("Rattan Proofing Basket 22 cm", "Krume Backhaus", "Banneton", "24.00", "EUR",
             P("A round banneton woven from natural rattan, 22 cm across and 8 cm deep, for loaves of "
               "750 g to 1 kg of dough.", "A cotton liner is included.", "Dust with rice flour before use; "
               "brush out and air dry. Do not wash with soap and never put it in the oven."),
             {"Material": ["Rattan"], "Diameter": ["22 cm"]}, cats=("Baking > Proofing",),
             variants=single("KB-BAN22", "24.00")),
    "X08": L("Shōen Sumi Ink Stick", "Kōbai-dō", "Ink stick", "2800", "JPY",
             P("奈良で作られた松煙墨です。", "A pine-soot ink stick made in Nara, 15 g, for calligraphy "
               "and ink painting.", "Grind on an inkstone with a few drops of water. After use, wipe the "
               "stick dry and keep it in its paper wrapping; do not leave it in water."),
             {"原料": ["松煙"], "重さ": ["15 g"], "産地": ["奈良"]}, cats=("Calligraphy > Ink",),
             weight=g(15), variants=single("KB-SUMI", "2800", g(15))),
    "X09": L("Veloglocke Messing", "Tretwerk", "Fahrradklingel", "19.00", "CHF",
             P("Klassische Fahrradklingel aus Messing, 55 mm Durchmesser, mit hellem, langem Klang.",
               "Passt auf Lenker mit 22,2 mm; für dickere Lenker nicht geeignet.", "Montiert in Biel. "
               "Messing dunkelt mit der Zeit nach."),
             {"Material": ["Messing"], "Durchmesser": ["55 mm"], "Lenker": ["22,2 mm"]},
             cats=("Velo > Zubehör",), weight=g(70), variants=single("TW-GL55", "19.00", g(70))),
    "X10": L("Tidal Flats 1000-Piece Jigsaw", "Northlight Puzzles", "Jigsaw puzzle", "32.00", "CAD",
             P("A 1000-piece jigsaw of a watercolour of the tidal flats at low water.", "Finished size "
               "68 x 48 cm. Pieces are cut from 2 mm board, and a poster of the picture is in the box.",
             "Designed in Halifax, Nova Scotia. Not for children under 3: small parts."),
             {"Pieces": ["1000"], "Finished size": ["68 x 48 cm"]}, cats=("Games > Puzzles",),
             variants=single("NP-TF1000", "32.00")),
    "X11": L("Tazzine da caffè Nove, set da 6", "Bottega Brenta", "Tazzine", "48.00", "EUR",
             P("Sei tazzine da caffè in porcellana con piattino, 80 ml ciascuna.", "Decorate a mano con un "
               "filo d'oro a Nove, in provincia di Vicenza.", "Non adatte a lavastoviglie né a microonde "
               "per via del filo d'oro: lavare a mano."),
             {"Materiale": ["Porcellana"], "Capacità": ["80 ml"], "Pezzi": ["6 tazzine, 6 piattini"]},
             cats=("Cucina > Caffè",), variants=single("BB-NOVE6", "48.00")),
    "X12": L("Kubek Bolesławiec Pawie Oczko", "Ceramika Bóbr", "Kubek", "69.00", "PLN",
             P("Kubek z kamionki, 350 ml, ręcznie stemplowany we wzór pawie oczko.", "Wyprodukowany w "
               "Bolesławcu.", "Można myć w zmywarce i używać w mikrofalówce i piekarniku; nie stawiać na "
               "gazie."),
             {"Materiał": ["Kamionka"], "Pojemność": ["350 ml"]}, cats=("Kuchnia > Kubki",),
             variants=single("CB-PO350", "69.00")),
    "X13": L("Azafrán de La Mancha DOP 1 g", "Casa Albacete", "Azafrán", "12.50", "EUR",
             P("Hebras de azafrán con Denominación de Origen Protegida La Mancha, cosecha de octubre de "
               "2025.", "1 g en un estuche de cristal con tapa de corcho.", "Guardar en un lugar seco, "
               "oscuro y fresco. Consumir preferentemente antes de 2028."),
             {"Origen": ["La Mancha, España"], "Certificación": ["DOP La Mancha"], "Peso": ["1 g"]},
             cats=("Despensa > Especias",), weight=g(1), variants=single("CA-AZ1", "12.50", g(1))),
    "X14": L("Setesdal ullsokker", "Heiane Strikk", "Sokker", "249.00", "NOK",
             P("Varme sokker med tradisjonelt Setesdal-mønster, strikket av 70 % ull og 30 % nylon.",
               "Strikket i Ålesund.", "Vask på ullprogram ved 30 °C; ikke bruk tørketrommel."),
             {"Materiale": ["70 % ull, 30 % nylon"]}, cats=("Klær > Sokker",),
             **by("Størrelse", ["36-40", "41-45"], ["249.00", "249.00"], "HS-SET")),
    "X15": L("Sardinhas em azeite", "Conserveira Leça", "Conservas", "4.20", "EUR",
             P("Sardinhas inteiras em azeite de oliva, de 3 a 5 por lata.", "Lata de 120 g (peso escorrido "
               "84 g). Produzidas à mão em Matosinhos.", "Ingredientes: sardinha, azeite, sal. Contém "
               "peixe. Depois de aberta, guardar no frigorífico e consumir em 2 dias."),
             {"Peso": ["120 g"], "Ingredientes": ["sardinha, azeite, sal"]}, cats=("Despensa > Conservas",),
             weight=g(120), variants=single("CL-SAR", "4.20", g(120))),
    "X16": L("Holzeisenbahn 12-teilig", "Erzspiel", "Holzspielzeug", "39.00", "EUR",
             P("Eine Holzeisenbahn mit Lok, zwei Wagen und neun Schienenteilen, zusammen 12 Teile.",
               "Aus Buchenholz, lackiert mit Farben auf Wasserbasis.", "Hergestellt im Erzgebirge. "
               "Geeignet ab 3 Jahren. Nur feucht abwischen."),
             {"Material": ["Buche"], "Teile": ["12"], "Alter": ["ab 3 Jahren"]}, cats=("Spielzeug > Holz",),
             variants=single("ES-BAHN12", "39.00")),
    "X17": L("A5 Dot Grid Notebook", "Folio Lane", "Notebook", "21.00", "USD",
             P("An A5 notebook with 160 numbered pages of 100 gsm ivory paper, printed with a 5 mm dot grid.",
               "Sewn binding lets it lie flat. Two ribbon markers, an elastic closure and a back pocket.",
               "Bound in Portugal."),
             {"Size": ["A5"], "Pages": ["160"], "Paper": ["100 gsm"]}, cats=("Stationery > Notebooks",),
             **by("Cover", ["Forest", "Rust", "Ink"], ["21.00"] * 3, "FL-A5")),
    "X18": L("Natural Rubber Yoga Mat", "Stillwater Studio", "Yoga mat", "78.00", "GBP",
             P("A 4 mm yoga mat of natural tree rubber with a grippy open-cell top.", "183 x 61 cm, 2.5 kg. "
               "Contains latex: not for anyone with a latex allergy.", "Wipe with a damp cloth; keep out of "
               "direct sunlight. The rubber smell fades over a few weeks."),
             {"Material": ["Natural rubber"], "Thickness": ["4 mm"]}, cats=("Fitness > Yoga",),
             weight=g(2.5, "kg"), dimensions={"length": 183, "width": 61, "height": None, "unit": "cm"},
             **by("Colour", ["Sage", "Sand"], ["78.00", "78.00"], "SS-MAT")),
    "X19": L("Piano Tuning Visit (Central London)", "Hammer & Pin", "Service", "95.00", "GBP",
             P("A tuner visits your home to tune an upright or grand piano to A440.", "A visit takes about "
               "90 minutes. We cover postcodes inside the North and South Circular only.", "Tuning only: "
               "repairs and regulation are quoted separately. Book at least 48 hours ahead."),
             cats=("Services > Music",), **by("Piano", ["Upright", "Grand"], ["95.00", "120.00"], "HP-TUNE")),
    "X20": L("Fog over Pines (art print)", "Loam Press", "", "35.00", "USD", "",
             variants=single("LP-FOG", "35.00")),
    "X21": L("Wooden Spoon", "Kauri Kitchen", "", "16.00", "NZD", "", {"Length": ["30 cm"]},
             variants=single("KK-SPOON", "16.00")),
    "X22": L("Watercolour Starter Set", "Meadow Paintworks", "Art set", None, "USD",
             P("Everything to start painting in watercolour, each piece also sold on its own."),
             cats=("Art > Watercolour",),
             children=[{"title": "12 Half-Pan Watercolours", "price": "24.00",
                        "attributes": {"Pans": ["12"], "Tin": ["Metal"]}},
                       {"title": "Round Brush Size 8", "price": "9.00",
                        "attributes": {"Hair": ["Synthetic"]}},
                       {"title": "A5 Watercolour Pad 300 gsm", "price": "12.00",
                        "attributes": {"Sheets": ["12"], "Paper": ["300 gsm, cold-pressed"]}}]),
    "X23": L("Two-Person Inflatable Kayak", "Voltway Outdoor", "Kayak", "549.00", "GBP",
             P("This kayak is sold and shipped by our partner Riverline Sports, who handle delivery, "
               "returns and warranty.", "A drop-stitch inflatable kayak for two, 380 cm long and 14 kg, "
               "with a 200 kg load limit.", "Two paddles, a hand pump and a carry bag are included. For "
               "lakes and slow rivers, not for the sea or white water."),
             {"Length": ["380 cm"], "Load": ["200 kg"]}, cats=("Water sports > Kayaks",),
             weight=g(14, "kg"), variants=single("VO-KAY2", "549.00", g(14, "kg"))),
    "X24": L("Savon de Marseille 600 g", "Savonnerie du Vieux Port", "Savon", "11.90", "EUR",
             P("Un cube de savon de Marseille de 600 g, cuit au chaudron, à 72 % d'huile d'olive.",
               "Fabriqué à Salon-de-Provence.", "Sans parfum ajouté ni colorant. Pour le linge, la maison "
               "et les mains ; éviter le contact avec les yeux."),
             {"Huile": ["72 % d'huile d'olive"], "Poids": ["600 g"]}, cats=("Maison > Savons",),
             weight=g(600), variants=single("SVP-600", "11.90", g(600))),
    "X25": L("Championship Tennis Balls (4-ball tube)", "Baseline Sports", "Tennis balls", "7.50", "USD",
             P("Pressurised tennis balls for all court surfaces, four to a sealed tube.", "ITF approved. "
               "Extra-duty felt for hard courts.", "Once the tube is opened the balls slowly lose "
               "pressure; they are not for pet play."),
             {"Balls": ["4"], "Approval": ["ITF approved"]}, tags=("itf approved",),
             cats=("Tennis > Balls",), variants=single("BS-TB4", "7.50")),
    "X26": L("Tire-bouchon sommelier olivier", "Coutellerie Durolle", "Tire-bouchon", "45.00", "EUR",
             P("A waiter's corkscrew with a double-lever, a handle of olive wood and a serrated foil cutter.",
               "12 cm closed. Stainless steel mechanism, forged in Thiers, France.", "Hand wash; oil the "
               "wood now and then. Not dishwasher safe."),
             {"Material": ["Stainless steel", "Olive wood"], "Length": ["12 cm"]},
             cats=("Bar > Corkscrews",), variants=single("CD-OLV", "45.00")),
    "X27": L("100 W Aquarium Heater", "Reefside Aquatics", "Aquarium heater", "27.00", "USD",
             P("A fully submersible 100 W heater in shatter-resistant quartz glass for tanks of 60 to 100 "
               "litres.", "Set from 18 to 34 °C; a light shows when it is heating.", "For freshwater and "
               "saltwater. Unplug for 30 minutes before taking it out of the water. One-year warranty."),
             {"Power": ["100 W"], "Tank": ["60-100 l"]}, cats=("Pets > Aquarium",),
             variants=single("RA-H100", "27.00")),
    "X28": L("Atlas 75 Mechanical Keyboard", "Keyward", "Keyboard", "149.00", "USD",
             P("A 75 % mechanical keyboard with an aluminium case and PBT keycaps.", "Hot-swap sockets "
               "take 3- and 5-pin switches; it ships with tactile brown switches.", "Wired over USB-C "
               "(cable included). Works with Windows and macOS. White backlight. 1.2 kg. Two-year warranty."),
             {"Layout": ["75%"], "Switches": ["Tactile brown"], "Connection": ["USB-C wired"]},
             cats=("Electronics > Keyboards",), weight=g(1.2, "kg"),
             **by("Colour", ["Silver", "Space Grey"], ["149.00", "149.00"], "KW-A75", g(1.2, "kg"))),
    "X29": L("Calendula Lip Balm", "Green Mountain Apothecary", "Lip balm", "6.00", "USD",
             P("A lip balm of beeswax, shea butter, sunflower oil and calendula extract in a 4.5 g "
               "paper tube.", "Unscented. It has no SPF.", "Made in small batches in Burlington, Vermont."),
             {"Ingredients": ["Beeswax, shea butter, sunflower oil, calendula extract"], "Size": ["4.5 g"]},
             tags=("unscented", "plastic-free tube"), cats=("Skincare > Lips",),
             variants=single("GMA-LIP", "6.00")),
    "X30": L("Titanium Camp Mug 450 ml", "Ridgeback Gear", "Camp mug", "34.00", "USD",
             P("A single-wall titanium mug, 450 ml, with folding handles and a lid.", "It weighs 68 g "
               "and can go straight on a stove or a fire.", "Not for the microwave. The handles get hot: "
               "use a glove."),
             {"Material": ["Titanium"], "Capacity": ["450 ml"]}, cats=("Camping > Cookware",),
             weight=g(68), variants=single("RG-MUG450", "34.00", g(68))),
}


def build():
    out = {}
    for key, listing in LISTINGS.items():
        row = {"external_id": key}
        row.update(listing)
        if "options" not in row:
            row["options"] = {}
        out[key] = row
    return out


def main():
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(build(), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(LISTINGS)} listings")


if __name__ == "__main__":
    main()
