"""Write listings.json for guardrails holdout v19: 30 invented listings, V01..V30, in docs/listing-json.md format.

Run from this folder:  python make_listings.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per option combination: options is a list of {name: value} dicts, prices a matching list."""
    out = []
    for n, (opts, price) in enumerate(zip(options, prices, strict=True), 1):
        out.append({"sku": f"{sku}-{n}", "title": " / ".join(opts.values()), "price": price,
                    "compare_at_price": compare, "options": opts, "weight": weight, "external_id": f"{sku}-{n}"})
    return out


def single(sku, price, weight=None, compare=None, title="Default Title"):
    return [{"sku": sku, "title": title, "price": price, "compare_at_price": compare, "options": {},
             "weight": weight, "external_id": sku}]


def g(value, unit="g"):
    return {"value": value, "unit": unit}


def by(option, values, prices, sku, weight=None, compare=None):
    """Variants over one option; prices is one price for all or a list."""
    if isinstance(prices, str):
        prices = [prices] * len(values)
    return variants(sku, [{option: v} for v in values], prices, weight, compare)


def L(title, vendor, ptype, price, currency, desc, attrs=None, tags=(), cats=(), extra=None, **kw):
    out = {"title": title, "description_html": desc, "vendor": vendor, "product_type": ptype,
           "tags": list(tags), "categories": list(cats), "attributes": attrs or {}, "price": price,
           "currency": currency}
    out.update(kw)
    if extra:
        out.update(extra)
    return out


LISTINGS = {
    "V01": L("Dip Pen Nib Sampler, 12 Nibs", "Quillmark", "Calligraphy nibs", "24.00", "USD",
             "<p>Twelve steel dip pen nibs in a hinged tin: four pointed nibs for copperplate, four broad-edge "
             "nibs (2, 3, 4 and 5 mm) and four fine mapping nibs. Chrome-plated steel, made in Birmingham, "
             "England. The nibs fit a standard straight holder, which is not included.</p>"
             "<p>Wipe each nib dry after use so it does not rust.</p>",
             {"Material": ["chrome-plated steel"], "Nibs": ["12"], "Origin": ["Birmingham, England"],
              "Tin size": ["9 x 6 cm"]},
             tags=("calligraphy", "lettering"), cats=("Art > Calligraphy",),
             variants=single("QM-NIB12", "24.00", g(40)), weight=g(40)),
    "V02": L("Stainless Steel Hive Tool 25 cm", "Combwright", "Hive tool", "12.50", "GBP",
             "<p>A flat hive tool with a J-hook at one end for lifting frames and a wide scraper at the other "
             "for propolis and burr comb. Cut from 1.5 mm stainless steel, 25 cm long, with a painted grip so "
             "it is easy to spot in the grass.</p><p>Dishwasher safe. Flame or wash it between hives.</p>",
             {"Material": ["stainless steel"], "Length": ["25 cm"], "Thickness": ["1.5 mm"]},
             tags=("beekeeping",), cats=("Garden > Beekeeping",),
             options={"Grip colour": ["Red", "Yellow"]},
             variants=by("Grip colour", ["Red", "Yellow"], "12.50", "CW-HT25", g(110)), weight=g(110)),
    "V03": L("Climbing Chalk Bag with Belt", "Cragfast", "Chalk bag", "22.00", "EUR",
             "<p>A round chalk bag, 16 cm tall, with a drawstring closure, a loop for a brush and a 2.5 cm "
             "webbing belt that fits waists from 65 to 110 cm. The outer is 600D recycled polyester and the "
             "lining is fleece, so chalk stays on the inside.</p><p>Chalk and brush not included. Hand wash "
             "cold.</p>",
             {"Material": ["600D recycled polyester", "fleece lining"], "Height": ["16 cm"],
              "Belt": ["fits waists 65-110 cm"]},
             tags=("climbing", "bouldering", "recycled"), cats=("Sport > Climbing",),
             options={"Colour": ["Moss", "Rust", "Charcoal"]},
             variants=by("Colour", ["Moss", "Rust", "Charcoal"], "22.00", "CF-CB", g(95)), weight=g(95)),
    "V04": L("Glass Fermentation Weights, Set of 4", "Saltcrock", "Fermentation weights", "19.00", "USD",
             "<p>Four clear glass weights that keep vegetables under the brine while they ferment. Each is "
             "7 cm across and 1.5 cm thick, sized for wide-mouth mason jars, and weighs about 200 g. A finger "
             "grip on top makes them easy to lift out.</p><p>Lead-free soda-lime glass. Dishwasher safe. They "
             "do not fit regular-mouth jars.</p>",
             {"Material": ["lead-free soda-lime glass"], "Diameter": ["7 cm"], "Pieces": ["4"]},
             tags=("fermentation", "lead-free"), cats=("Kitchen > Preserving",),
             variants=single("SC-FW4", "19.00", g(800)), weight=g(800)),
    "V05": L("Clay Trimming Tool Set, 8 Pieces", "Kilnside", "Pottery tools", "39.00", "AUD",
             "<p>Eight trimming tools with ribbon and loop heads in different shapes, for trimming "
             "leather-hard pots on the wheel. Hardened steel heads on beech handles, each tool 19 cm long. "
             "They come rolled up in a canvas pouch.</p><p>Dry the heads after use so they do not rust.</p>",
             {"Material": ["hardened steel", "beech"], "Pieces": ["8"], "Length": ["19 cm"]},
             tags=("pottery", "ceramics", "wheel throwing"), cats=("Art > Pottery",),
             variants=single("KS-TT8", "39.00", g(320)), weight=g(320)),
    "V06": L("Five-Ply Table Tennis Bat", "Spinfield", "Table tennis bat", "34.00", "GBP",
             "<p>An all-round bat with a five-ply blade of limba and ayous, 2.0 mm sponge and pimples-in "
             "rubber, red on one side and black on the other. Flared handle. The bat weighs 180 g. The rubber "
             "is ITTF-approved.</p><p>Comes with a zip case.</p>",
             {"Blade": ["5-ply limba and ayous"], "Sponge": ["2.0 mm"], "Weight": ["180 g"],
              "Certification": ["ITTF-approved rubber"], "Handle": ["flared"]},
             tags=("table tennis", "ping pong"), cats=("Sport > Table tennis",),
             variants=single("SF-B5", "34.00", g(180)), weight=g(180)),
    "V07": L("Waterproof Fly Box, Double-Sided", "Eddyline Tackle", "Fly box", "29.00", "CAD",
             "<p>A clear fly box, 15 x 10 x 4 cm, with slotted foam on both sides that holds up to 180 "
             "flies. An O-ring seal keeps water out, and the box floats if you drop it in the river.</p>"
             "<p>Polycarbonate shell with a stainless steel hinge. Flies not included.</p>",
             {"Material": ["polycarbonate", "foam", "stainless steel hinge"], "Capacity": ["180 flies"]},
             tags=("fly fishing", "waterproof"), cats=("Outdoors > Fishing",),
             options={"Colour": ["Clear", "Smoke"]},
             variants=by("Colour", ["Clear", "Smoke"], "29.00", "ET-FB", g(150)), weight=g(150),
             dimensions={"length": 15, "width": 10, "height": 4, "unit": "cm"}),
    "V08": L("Gooseneck Pour-Over Kettle 1 L", "Slow Bloom", "Kettle", "64.00", "CAD",
             "<p>A 1-litre gooseneck kettle for pour-over coffee, with a thermometer in the lid that reads "
             "0-100 °C, so you can pour at the temperature your coffee wants. Brushed 304 stainless steel "
             "with a walnut handle. Works on gas, electric and induction hobs.</p><p>Hand wash only; not for "
             "the dishwasher.</p>",
             {"Capacity": ["1 L"], "Material": ["304 stainless steel", "walnut handle"],
              "Hobs": ["gas", "electric", "induction"]},
             tags=("coffee", "pour over"), cats=("Kitchen > Coffee",),
             options={"Finish": ["Brushed steel", "Matte black"]},
             variants=by("Finish", ["Brushed steel", "Matte black"], ["64.00", "69.00"], "SB-GK1", g(640)),
             weight=g(640)),
    "V09": L("Goat Milk Melt and Pour Soap Base 1 kg", "Lathercraft", "Soap base", "14.90", "EUR",
             "<p>A 1 kg block of melt-and-pour soap base made with 10% goat milk, so you can make soap without "
             "handling lye. It melts at about 65 °C. Cut it into cubes, melt, stir in up to 3% fragrance oil "
             "and pour it into moulds.</p><p>Palm-free and SLS-free. Store wrapped, away from sunlight.</p>",
             {"Weight": ["1 kg"], "Goat milk": ["10%"], "Free from": ["palm oil", "SLS"]},
             tags=("soap making", "palm free"), cats=("Crafts > Soap making",),
             variants=single("LC-GM1", "14.90", g(1, "kg")), weight=g(1, "kg")),
    "V10": L("Red Light Astronomy Torch", "Nightjar Optics", "Torch", "18.00", "USD",
             "<p>A small LED torch with a red beam that keeps your eyes adjusted to the dark while you read "
             "star charts. Twist the head to dim it. Aluminium body, 11 cm long. It runs on one AA battery "
             "(included) for about 20 hours.</p><p>Rated IPX4: fine in the rain, not for use underwater. "
             "Lanyard included.</p>",
             {"Material": ["aluminium"], "Length": ["11 cm"], "Battery": ["1 x AA, included"],
              "Rating": ["IPX4"], "Run time": ["about 20 hours"]},
             tags=("astronomy", "stargazing"), cats=("Outdoors > Astronomy",),
             variants=single("NO-RT1", "18.00", g(45)), weight=g(45)),
    "V11": L("Ullgarn Fjell, 50 g", "Garnstua", "Garn", "89.00", "NOK",
             "<p>Mykt ullgarn spunnet av 100 % norsk lammeull. Hvert nøste veier 50 g og har 105 meter "
             "løpelengde. Anbefalt pinne: 4 mm.</p><p>Håndvask i lunkent vann. Produsert i Norge.</p>",
             {"Materiale": ["100 % lammeull"], "Løpelengde": ["105 m"], "Pinnestørrelse": ["4 mm"],
              "Opprinnelse": ["Norge"]},
             tags=("strikking", "ull"), cats=("Garn > Ull",),
             options={"Farge": ["Naturhvit", "Skoggrønn", "Sjøblå"]},
             variants=by("Farge", ["Naturhvit", "Skoggrønn", "Sjøblå"], "89.00", "GS-FJ50", g(50)),
             weight=g(50)),
    "V12": L("Hanging Seed Feeder, 4 Ports", "Hedgerow Birdcare", "Bird feeder", "19.50", "GBP",
             "<p>A tube feeder, 30 cm tall, with four feeding ports and perches. It holds about 1 litre of "
             "seed mix or sunflower hearts; the ports are too large for nyjer seed.</p><p>Polycarbonate tube "
             "with a zinc-plated steel lid and base. The base twists off so you can wash the feeder in warm "
             "water every two weeks. It is not squirrel-proof.</p>",
             {"Material": ["polycarbonate", "zinc-plated steel"], "Height": ["30 cm"], "Ports": ["4"],
              "Capacity": ["1 litre"]},
             tags=("wild birds", "garden"), cats=("Garden > Wildlife",),
             variants=single("HB-SF4", "19.50", g(380)), weight=g(380)),
    "V13": L("Cork Yoga Block", "Stillpoint", "Yoga block", "16.00", "EUR",
             "<p>A firm yoga block of natural cork, 23 x 15 x 7.5 cm, with rounded edges. It weighs 850 g, "
             "and the cork keeps its grip when your hands are damp.</p><p>FSC-certified cork, made in "
             "Portugal. Wipe it with a damp cloth; do not soak it.</p>",
             {"Material": ["natural cork"], "Size": ["23 x 15 x 7.5 cm"], "Weight": ["850 g"],
              "Certification": ["FSC"], "Origin": ["Portugal"]},
             tags=("yoga", "fsc", "made in portugal"), cats=("Sport > Yoga",),
             variants=single("SP-CB1", "16.00", g(850)), weight=g(850),
             dimensions={"length": 23, "width": 15, "height": 7.5, "unit": "cm"}),
    "V14": L("Brass Bicycle Bell", "Spokeshave Cycles", "Bicycle bell", "22.00", "USD",
             "<p>A classic bell with a 55 mm brass dome and a long, clear ring. The clamp fits handlebars from "
             "22.2 to 31.8 mm with the shims supplied, and it mounts with a 3 mm hex key (not included).</p>",
             {"Material": ["brass dome", "steel clamp"], "Dome": ["55 mm"], "Fits": ["22.2-31.8 mm bars"]},
             tags=("cycling", "bike bell"), cats=("Cycling > Accessories",),
             options={"Finish": ["Polished brass", "Black"]},
             variants=by("Finish", ["Polished brass", "Black"], "22.00", "SC-BB55", g(70)), weight=g(70)),
    "V15": L("Tazza smaltata da campeggio 350 ml", "Bivacco", "Tazza", "12.00", "EUR",
             "<p>Tazza in acciaio smaltato da 350 ml con bordo in acciaio inox. Va bene sul fuoco da campo e "
             "sul fornello a gas; non va nel microonde.</p><p>Lavabile in lavastoviglie. Fatta in Italia.</p>",
             {"Materiale": ["acciaio smaltato", "bordo in acciaio inox"], "Capacità": ["350 ml"],
              "Origine": ["Italia"]},
             tags=("campeggio", "outdoor"), cats=("Outdoor > Cucina da campo",),
             options={"Colore": ["Bianco", "Verde bosco"]},
             variants=by("Colore", ["Bianco", "Verde bosco"], "12.00", "BV-TZ350", g(180)), weight=g(180)),
    "V16": L("Leather Archery Arm Guard", "Fletchwood", "Arm guard", "26.00", "USD",
             "<p>A 17 cm arm guard of 3 mm vegetable-tanned cowhide that shields the inside of your forearm "
             "from the bowstring. Three elastic straps with metal hooks fit forearms 20-30 cm around. It fits "
             "either arm.</p>",
             {"Material": ["vegetable-tanned cowhide"], "Length": ["17 cm"], "Thickness": ["3 mm"],
              "Fits": ["forearms 20-30 cm"]},
             tags=("archery", "leather"), cats=("Sport > Archery",),
             options={"Colour": ["Brown", "Black"]},
             variants=by("Colour", ["Brown", "Black"], "26.00", "FW-AG17", g(90)), weight=g(90)),
    "V17": L("Sponge Filter for Tanks up to 60 L", "Tidewater Aquatics", "Aquarium filter", "9.00", "GBP",
             "<p>An air-driven sponge filter for freshwater tanks up to 60 litres. The gentle flow is safe for "
             "shrimp and fry. Coarse foam, 10 cm tall, on a weighted base with a suction cup.</p><p>Needs an "
             "air pump and airline tubing, which are not included. Rinse the sponge in old tank water, never "
             "in tap water.</p>",
             {"Tank size": ["up to 60 L"], "Height": ["10 cm"], "Water": ["freshwater"]},
             tags=("aquarium", "shrimp safe"), cats=("Pets > Fish",),
             variants=single("TA-SF60", "9.00", g(85)), weight=g(85)),
    "V18": L("10-Hole Diatonic Harmonica", "Bluereed", "Harmonica", "32.00", "USD",
             "<p>A 10-hole diatonic harmonica with a pearwood comb, brass reeds and stainless steel cover "
             "plates. It is 10 cm long and comes in a snap case.</p><p>Choose the key: C, G or A.</p>",
             {"Comb": ["pearwood"], "Reeds": ["brass"], "Covers": ["stainless steel"], "Length": ["10 cm"]},
             tags=("harmonica", "blues harp"), cats=("Music > Harmonicas",),
             options={"Key": ["C", "G", "A"]},
             variants=by("Key", ["C", "G", "A"], "32.00", "BR-H10", g(80)), weight=g(80)),
    "V19": L("Vinyl Record Cleaning by Post", "Groove Revival", "Service", "2.50", "GBP",
             "<p>Post us your records and we clean them on an ultrasonic machine, dry them and send them back "
             "in new anti-static inner sleeves. Priced per record: £4 for an LP (12-inch) and £2.50 for a "
             "7-inch single. Return postage is £6 a parcel, tracked.</p><p>We do not clean shellac 78s. "
             "Turnaround is 7 working days from the day your parcel arrives.</p>",
             {"Method": ["ultrasonic"], "Turnaround": ["7 working days"], "Return postage": ["£6 a parcel"]},
             tags=("vinyl", "records", "service"), cats=("Services",),
             options={"Format": ["LP (12-inch)", "7-inch single"]},
             variants=by("Format", ["LP (12-inch)", "7-inch single"], ["4.00", "2.50"], "GR-CLEAN")),
    "V20": L("Brass Bookmark", "", "", "15.00", "USD", "", variants=single("BM-BR", "15.00")),
    "V21": L("Beeswax Food Wrap", "Hivecloth", "", "9.00", "EUR", "", {"Size": ["30 x 30 cm"]},
             variants=single("HC-BW30", "9.00")),
    "V22": L("Cheese Fondue Set", "Alpenglut", "Fondue", None, "EUR",
             "<p>Everything for a cheese fondue, sold piece by piece: a 2-litre caquelon of glazed stoneware, "
             "six forks with colour-coded ends and a burner for gel paste. Buy the pieces you need.</p>"
             "<p>Wash the pot by hand.</p>",
             {"Pot": ["glazed stoneware, 2 L"], "Forks": ["6"]},
             tags=("fondue",), cats=("Kitchen > Fondue",),
             children=[{"title": "Stoneware caquelon 2 L", "price": "39.00",
                        "attributes": {"Material": ["glazed stoneware"]}},
                       {"title": "Fondue forks, set of 6", "price": "9.00",
                        "attributes": {"Material": ["stainless steel"]}},
                       {"title": "Fondue burner for gel paste", "price": "15.00",
                        "attributes": {"Material": ["cast iron"]}}]),
    "V23": L("Two-Wheel Cargo Bike Trailer", "Pedalfreight", "Bike trailer", "389.00", "USD",
             "<p>A two-wheel cargo trailer for bikes, sold and shipped by our partner Pedalfreight. It carries "
             "up to 45 kg in a 60-litre waterproof bag on an aluminium frame with 16-inch wheels, and the "
             "hitch fits most rear axles.</p><p>Pedalfreight handles delivery, warranty and returns.</p>",
             {"Load": ["45 kg"], "Bag": ["60 L, waterproof"], "Frame": ["aluminium"], "Wheels": ["16 in"]},
             tags=("cycling", "cargo"), cats=("Cycling > Trailers",),
             variants=single("PF-CT2", "389.00"),
             product_url="https://pedalfreight.example/cargo-trailer"),
    "V24": L("Filz-Hausschuhe aus Schafwolle", "Walkstube", "Hausschuhe", "49.00", "EUR",
             "<p>Hausschuhe aus gewalktem Filz, 100 % Schafwolle, mit rutschfester Sohle aus Naturlatex. "
             "Handgefertigt in Deutschland.</p><p>Nicht für die Waschmaschine; Flecken mit einer Bürste "
             "entfernen.</p>",
             {"Material": ["100 % Schafwolle", "Sohle: Naturlatex"], "Herkunft": ["Deutschland"]},
             tags=("hausschuhe", "wolle"), cats=("Schuhe > Hausschuhe",),
             options={"Größe": ["36-37", "38-39", "40-41", "42-43", "44-45"], "Farbe": ["Grau", "Anthrazit"]},
             variants=variants("WS-HS", [{"Größe": s, "Farbe": c} for c in ("Grau", "Anthrazit")
                                         for s in ("36-37", "38-39", "40-41", "42-43", "44-45")],
                               ["49.00"] * 10, g(260)),
             weight=g(260)),
    "V25": L("Panier en osier à anses", "Vannerie du Marais", "Panier", "45.00", "EUR",
             "<p>Panier rond en osier naturel tressé à la main, 38 cm de diamètre et 22 cm de hauteur, avec "
             "deux anses en cuir. Fabriqué en France.</p><p>Ne pas le laisser sous la pluie.</p>",
             {"Matière": ["osier", "anses en cuir"], "Dimensions": ["38 x 22 cm"], "Origine": ["France"]},
             tags=("panier", "osier", "fait main"), cats=("Maison > Rangement",),
             variants=single("VM-PO38", "45.00", g(700)), weight=g(700)),
    "V26": L("Kubek ceramiczny z Bolesławca 300 ml", "Pracownia Glinka", "Kubek", "69.00", "PLN",
             "<p>Kubek z kamionki, ręcznie malowany metodą stempelkową, o pojemności 300 ml. Można go myć w "
             "zmywarce i używać w kuchence mikrofalowej.</p><p>Wyprodukowano w Bolesławcu, w Polsce.</p>",
             {"Materiał": ["kamionka"], "Pojemność": ["300 ml"], "Pochodzenie": ["Bolesławiec, Polska"]},
             tags=("ceramika", "bolesławiec"), cats=("Kuchnia > Kubki",),
             options={"Kolor": ["Niebieski", "Zielony"]},
             variants=by("Kolor", ["Niebieski", "Zielony"], "69.00", "PG-KB300", g(350)), weight=g(350)),
    "V27": L("Furoshiki Wrapping Cloth 70 cm", "Tsutsumi", "Furoshiki", "2400", "JPY",
             "<p>A square furoshiki, 70 x 70 cm, of 100% cotton, printed in Kyoto with a wave pattern. Use it "
             "to wrap a gift, books or a bento box, or knot it into a bag.</p><p>Machine wash cold on a gentle "
             "cycle. The dye may run at first, so wash it on its own.</p>",
             {"Material": ["100% cotton"], "Size": ["70 x 70 cm"], "Origin": ["Kyoto, Japan"]},
             tags=("furoshiki", "gift wrap", "reusable"), cats=("Home > Textiles",),
             options={"Colour": ["Indigo", "Vermilion"]},
             variants=by("Colour", ["Indigo", "Vermilion"], "2400", "TS-FR70", g(90)), weight=g(90)),
    "V28": L("Ribbed Merino Beanie", "Tussock", "Beanie", "45.00", "NZD",
             "<p>A ribbed beanie knitted from 100% merino wool (18.5 micron) in Christchurch, New Zealand. "
             "One size: it stretches to fit heads 54-60 cm around.</p><p>Hand wash cool and dry flat.</p>",
             {"Material": ["100% merino wool"], "Fibre": ["18.5 micron"], "Origin": ["Christchurch, New Zealand"],
              "Size": ["one size, 54-60 cm"]},
             tags=("merino", "made in new zealand"), cats=("Accessories > Hats",),
             options={"Colour": ["Charcoal", "Oatmeal", "Rust"]},
             variants=by("Colour", ["Charcoal", "Oatmeal", "Rust"], "45.00", "TK-MB", g(75)), weight=g(75)),
    "V29": L("Origami Paper, 100 Sheets", "Foldhouse", "Origami paper", "12.00", "USD",
             "<p>100 sheets of 15 x 15 cm origami paper, 70 gsm, in 20 colours, five sheets of each. Coloured "
             "on one side and white on the other. Acid-free.</p><p>For ages 6 and up, with an adult.</p>",
             {"Sheets": ["100"], "Size": ["15 x 15 cm"], "Weight": ["70 gsm"], "Colours": ["20"]},
             tags=("origami", "paper craft", "acid-free"), cats=("Crafts > Paper",),
             variants=single("FH-OP100", "12.00", g(160)), weight=g(160)),
    "V30": L("Pure Maple Syrup, Amber, 500 ml", "Sucrerie Beaulac", "Maple syrup", "18.00", "CAD",
             "<p>Grade A amber maple syrup with a rich taste, in a 500 ml glass bottle. 100% pure maple syrup "
             "from Québec, with nothing added. Certified organic (Ecocert Canada).</p><p>Refrigerate after "
             "opening and use within 6 months.</p>",
             {"Grade": ["A, Amber, rich taste"], "Volume": ["500 ml"], "Origin": ["Québec, Canada"],
              "Certification": ["Certified organic (Ecocert Canada)"]},
             tags=("maple", "organic"), cats=("Food > Syrups",),
             variants=single("SB-MS500", "18.00", g(720)), weight=g(720)),
}


def main():
    out = {}
    for key, lst in LISTINGS.items():
        out[key] = {"external_id": key, **lst}
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(out)} listings")


if __name__ == "__main__":
    main()
