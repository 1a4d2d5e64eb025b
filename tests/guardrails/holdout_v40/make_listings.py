"""Write listings.json for guardrails holdout v40: 30 invented listings, R01..R30.

Run from this folder:  python make_listings.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per option value: options is (name, [values]), prices one per value."""
    name, values = options
    out = []
    for n, (value, price) in enumerate(zip(values, prices, strict=True), 1):
        out.append({"sku": f"{sku}-{n}", "title": value, "price": price,
                    "compare_at_price": compare,
                    "options": {name: value}, "weight": weight, "external_id": f"{sku}-{n}"})
    return out


def single(sku, price, weight=None, compare=None, title="Default Title"):
    return [{"sku": sku, "title": title, "price": price, "compare_at_price": compare, "options": {},
             "weight": weight, "external_id": sku}]


def g(value, unit="g"):
    return {"value": value, "unit": unit}


def L(title, vendor, ptype, price, currency, desc, attrs=None, tags=(), cats=(), extra=None, **kw):
    """A listing in the listing JSON format; extra and kw add or override keys."""
    out = {"title": title, "vendor": vendor, "product_type": ptype, "price": price,
           "currency": currency,
           "description_html": desc, "attributes": attrs or {}, "tags": list(tags),
           "categories": list(cats)}
    out.update(extra or {})
    out.update(kw)
    return out


def P(*paras):
    return "".join(f"<p>{p}</p>" for p in paras)


R = {}
R["R01"] = L(
    "Clearwater Fly Reel 5/6", "Riffleworks", "Fly reel", "129.00", "USD",
    P("A large-arbor fly reel machined from a solid bar of 6061 aluminium in Porto, Portugal.",
      "The sealed carbon drag needs no grease. Retrieve switches between left and right hand.",
      "For 5 and 6 weight lines. Line and backing are not included. Rinse in fresh water after "
      "fishing in salt water."),
    {"Material": ["6061 aluminium"], "Diameter": ["9 cm"], "Line weight": ["5/6"],
     "Drag": ["Sealed carbon"], "Origin": ["Porto, Portugal"]},
    ["fly fishing", "made in portugal"], ["Sports > Fishing"],
    options={"Color": ["Graphite", "Olive"]}, weight=g(142),
    variants=variants("RW-CF56", ("Color", ["Graphite", "Olive"]), ["129.00", "129.00"], g(142)))
R["R02"] = L(
    "Canvas Chalk Bag", "Cragline", "Chalk bag", "24.00", "USD",
    P("A chalk bag of heavy cotton canvas with a soft fleece lining that holds chalk on your "
      "fingers.",
      "A drawstring closes the top, a side loop holds a brush, and a webbing waist belt is "
      "included.",
      "Chalk is not included. Hand wash cold."),
    {"Material": ["Cotton canvas", "Fleece lining"], "Size": ["13 x 16 cm"]},
    ["climbing"], ["Sports > Climbing"],
    options={"Color": ["Rust", "Teal"]}, weight=g(110),
    variants=variants("CL-CB", ("Color", ["Rust", "Teal"]), ["24.00", "24.00"], g(110)))
R["R03"] = L(
    "Swift Dual-Line Stunt Kite", "Updraft Kites", "Stunt kite", "89.00", "USD",
    P("A dual-line stunt kite with a ripstop nylon sail on a carbon fibre frame, sewn in Da Nang, "
      "Vietnam.",
      "Wingspan 180 cm. Flies in winds of 8 to 35 km/h.",
      "Comes with two 25 m lines on winders, wrist straps and a carry bag. For ages 12 and up."),
    {"Sail": ["Ripstop nylon"], "Frame": ["Carbon fibre"], "Wingspan": ["180 cm"],
     "Wind range": ["8-35 km/h"], "Origin": ["Da Nang, Vietnam"]},
    ["kites"], ["Outdoor > Kites"],
    options={"Color": ["Red/Yellow"]}, weight=g(320),
    variants=single("UK-SW", "89.00", g(320), title="Red/Yellow"))
R["R04"] = L(
    "Meadow Tube Bird Feeder", "Hedgerow Works", "Bird feeder", "42.00", "USD",
    P("A hanging seed feeder made in Galway, Ireland: a clear polycarbonate tube between a "
      "powder-coated "
      "steel lid and base.",
      "Four feeding ports with perches. Holds 1.2 litres of seed. 34 cm tall.",
      "The base twists off for cleaning. It is not squirrel-proof."),
    {"Material": ["Polycarbonate", "Powder-coated steel"], "Capacity": ["1.2 litres"],
     "Height": ["34 cm"], "Origin": ["Galway, Ireland"]},
    ["garden", "birds"], ["Garden > Wildlife"],
    options={"Color": ["Green"]}, weight=g(480),
    variants=single("HW-MTF", "42.00", g(480), title="Green"))
R["R05"] = L(
    "Cast Iron Skillet 26 cm", "Ironvale", "Skillet", "55.00", "USD",
    P("A 26 cm cast iron skillet, pre-seasoned with vegetable oil, with two pour spouts and a "
      "helper handle.",
      "Works on gas, electric and induction hobs and in the oven.",
      "Hand wash, dry at once and wipe with a little oil. Not dishwasher safe."),
    {"Material": ["Cast iron"], "Diameter": ["26 cm"], "Seasoning": ["Vegetable oil"]},
    ["cookware"], ["Kitchen > Cookware"], weight=g(2.4, "kg"),
    variants=single("IV-SK26", "55.00", g(2.4, "kg")))
R["R06"] = L(
    "Grounded Yoga Mat 4 mm", "Stillpoint", "Yoga mat", "98.00", "USD",
    P("A yoga mat with a natural tree rubber base and a polyurethane top layer that grips when "
      "your hands "
      "are damp.",
      "183 x 68 cm and 4 mm thick, with alignment lines printed on the top. A cotton carry strap "
      "is included.",
      "Wipe with a damp cloth; keep out of direct sun."),
    {"Material": ["Natural tree rubber", "Polyurethane"], "Size": ["183 x 68 cm"],
     "Thickness": ["4 mm"]},
    ["yoga"], ["Sports > Yoga"],
    options={"Color": ["Clay", "Moss", "Slate"]}, weight=g(2.5, "kg"),
    variants=variants("SP-GM4", ("Color", ["Clay", "Moss", "Slate"]), ["98.00"] * 3, g(2.5, "kg")))
R["R07"] = L(
    "Meridian Fountain Pen", "Inkwright", "Fountain pen", "65.00", "USD",
    P("A fountain pen with a lacquered brass barrel and a polished steel nib, in Fine or Medium.",
      "Fills from cartridges or the converter included; two cartridges of blue ink come in the "
      "box.",
      "13.5 cm long capped, 28 g. Packed in a gift box."),
    {"Material": ["Lacquered brass", "Steel nib"], "Length": ["13.5 cm capped"],
     "Filling": ["Cartridge or converter"]},
    ["pens", "stationery"], ["Office > Writing"],
    options={"Color": ["Navy", "Burgundy"], "Nib": ["Fine", "Medium"]}, weight=g(28),
    variants=variants("IW-MER", ("Nib", ["Fine", "Medium"]), ["65.00", "65.00"], g(28)))
R["R08"] = L(
    "Trailmate Padded Dog Harness", "Pawpath", "Dog harness", "39.00", "USD",
    P("A padded dog harness of nylon webbing with a breathable mesh lining and reflective trim.",
      "Two leash rings, one on the chest and one on the back, and plastic side-release buckles.",
      "Sizes S (chest 40-55 cm), M (55-70 cm) and L (70-90 cm). Machine washable at 30 °C."),
    {"Material": ["Nylon webbing", "Mesh lining"], "Chest": ["40-55 cm", "55-70 cm", "70-90 cm"]},
    ["dogs"], ["Pets > Dogs"],
    options={"Size": ["S", "M", "L"], "Color": ["Orange", "Navy"]},
    variants=variants("PP-TM", ("Size", ["S", "M", "L"]), ["39.00"] * 3))
R["R09"] = L(
    "Beacon Bike Light Set", "Spokeline", "Bike lights", "45.00", "USD",
    P("A front and rear bike light set: 400 lumens at the front and 50 at the rear.",
      "Both charge by USB-C in about 2 hours. The front light runs up to 10 hours on its lowest "
      "mode and "
      "1.5 hours on high.",
      "IPX5 splash resistant. Silicone mounts fit handlebars and seat posts 22-32 mm across."),
    {"Front": ["400 lumens"], "Rear": ["50 lumens"], "Charging": ["USB-C"],
     "Water resistance": ["IPX5"]},
    ["cycling"], ["Sports > Cycling"], weight=g(90),
    variants=single("SL-BCN", "45.00", g(90)))
R["R10"] = L(
    "Kestrel 8x42 Binoculars", "Far Ridge Optics", "Binoculars", "189.00", "USD",
    P("8x42 roof prism binoculars with BaK-4 prisms and fully multi-coated lenses, assembled in "
      "Thessaloniki, Greece.",
      "Nitrogen-purged and waterproof. Field of view 7.5 degrees; close focus 2 m.",
      "Comes with a neck strap, a case and lens caps. Ten-year warranty."),
    {"Magnification": ["8x"], "Objective": ["42 mm"], "Prisms": ["BaK-4 roof"],
     "Origin": ["Thessaloniki, Greece"]},
    ["optics", "birdwatching"], ["Outdoor > Optics"], weight=g(650),
    variants=single("FR-K842", "189.00", g(650)))
R["R11"] = L(
    "Tempo Electric Kettle 1.7 L", "Hearthline", "Electric kettle", "79.00", "USD",
    P("A 1.7 litre stainless steel kettle with five temperature settings: 40, 70, 80, 90 and 100 "
      "°C.",
      "Keeps water warm for 30 minutes. Boil-dry protection; turns on a 360° base.",
      "2200 W. Two-year warranty."),
    {"Capacity": ["1.7 litres"], "Power": ["2200 W"], "Material": ["Stainless steel"]},
    ["kitchen"], ["Kitchen > Appliances"],
    options={"Color": ["Stone", "Black"]}, weight=g(1.3, "kg"),
    variants=variants("HL-TK17", ("Color", ["Stone", "Black"]), ["79.00", "79.00"], g(1.3, "kg")))
R["R12"] = L(
    "Foukaná skleněná ozdoba", "Sklárna Jizera", "Vánoční ozdoba", "290", "CZK",
    P("Ručně foukaná skleněná ozdoba z Poniklé v Krkonoších.",
      "Průměr 8 cm, ručně malované bílé tečky na červeném skle.",
      "Balená v papírové krabičce. Je křehká, nejde o hračku."),
    {"Materiál": ["Foukané sklo"], "Průměr": ["8 cm"], "Původ": ["Poniklá, Česko"]},
    ["vánoce", "ruční práce"], ["Domov > Vánoce"],
    options={"Barva": ["Červená"]}, weight=g(20),
    variants=single("SJ-FO8", "290", g(20), title="Červená"))
R["R13"] = L(
    "Scoarță din lână țesută manual", "Războiul Vechi", "Covor", "450", "RON",
    P("Covor țesut manual în Maramureș din lână de oaie 100%, vopsită cu coloranți naturali.",
      "Dimensiuni 120 x 80 cm. Model în roșu și negru.",
      "Se curăță doar uscat."),
    {"Material": ["Lână de oaie 100%"], "Dimensiuni": ["120 x 80 cm"], "Origine": ["Maramureș, "
                                                                                   "România"]},
    ["covor", "handmade"], ["Casă > Covoare"],
    options={"Culoare": ["Roșu și negru"]}, weight=g(1.6, "kg"),
    variants=single("RV-SC12", "450", g(1.6, "kg"), title="Roșu și negru"))
R["R14"] = L(
    "Kadakapuust võinuga", "Saare Puit", "Võinuga", "14.00", "EUR",
    P("Käsitsi valmistatud võinuga Saaremaa kadakapuust.",
      "Pikkus 18 cm. Õlitatud linaõliga.",
      "Pesta käsitsi, mitte nõudepesumasinas."),
    {"Materjal": ["Kadakapuu"], "Pikkus": ["18 cm"], "Päritolu": ["Saaremaa, Eesti"]},
    ["köök", "käsitöö"], ["Köök > Tarvikud"], weight=g(25),
    variants=single("SP-VN18", "14.00", g(25)))
R["R15"] = L(
    "Saunakauha kupari ja koivu", "Löylypaja", "Saunakauha", "29.00", "EUR",
    P("Käsintehty saunakauha Kuopiosta.",
      "Kuppi on kuparia ja varsi koivua. Pituus 40 cm.",
      "Kuivaa kauha käytön jälkeen."),
    {"Materiaali": ["Kupari", "Koivu"], "Pituus": ["40 cm"], "Alkuperä": ["Kuopio, Suomi"]},
    ["sauna"], ["Koti > Sauna"], weight=g(180),
    variants=single("LP-SK40", "29.00", g(180)))
R["R16"] = L(
    "Lopasokkar", "Norðurprjón", "Sokkar", "4900", "ISK",
    P("Sokkar prjónaðir í höndunum á Akureyri úr 100% íslenskri ull.",
      "Stærðir 38-40 og 41-43. Litur: grár.",
      "Handþvoið í köldu vatni."),
    {"Efni": ["100% íslensk ull"], "Uppruni": ["Akureyri, Ísland"]},
    ["ull", "handprjónað"], ["Fatnaður > Sokkar"],
    options={"Stærð": ["38-40", "41-43"], "Litur": ["Grár"]},
    variants=variants("NP-LS", ("Stærð", ["38-40", "41-43"]), ["4900", "4900"]))
R["R17"] = L(
    "Údený oštiepok z Liptova", "Salaš pod Chočom", "Syr", "8.50", "EUR",
    P("Ručne vyrobený údený ovčí syr z Liptova.",
      "Z pasterizovaného ovčieho mlieka, soli a syridla. Hmotnosť 250 g.",
      "Skladujte v chlade do 8 °C."),
    {"Zloženie": ["Ovčie mlieko, soľ, syridlo"], "Hmotnosť": ["250 g"], "Pôvod": ["Liptov, "
                                                                                  "Slovensko"]},
    ["syr", "údený"], ["Potraviny > Syry"], weight=g(250),
    variants=single("SC-OS250", "8.50", g(250)))
R["R18"] = L(
    "Dry Roasted Macadamias 250 g", "Brushbox Farm", "Macadamia nuts", "16.00", "AUD",
    P("Macadamias grown and dry roasted on our family farm in the Northern Rivers of New South "
      "Wales.",
      "Lightly salted with sea salt. Packed in a 250 g resealable pouch.",
      "Contains tree nuts."),
    {"Ingredients": ["Macadamia nuts, sea salt"], "Net weight": ["250 g"],
     "Origin": ["Northern Rivers, New South Wales, Australia"]},
    ["nuts", "australian grown"], ["Food > Nuts"], weight=g(250),
    variants=single("BF-MAC250", "16.00", g(250)))
R["R19"] = L(
    "Arc LED Desk Lamp", "Lumenworth", "Desk lamp", "59.00", "USD",
    P("An LED desk lamp with an aluminium arm that reaches 45 cm.",
      "Three colour temperatures (2700 K, 4000 K and 5000 K), each dimmable in five steps. 8 W.",
      "A USB-A port in the base charges a phone. Runs from the mains plug; there is no battery."),
    {"Material": ["Aluminium"], "Power": ["8 W"], "Reach": ["45 cm"]},
    ["lighting"], ["Home > Lighting"],
    options={"Color": ["Black", "White"]}, weight=g(1.1, "kg"),
    variants=variants("LW-ARC", ("Color", ["Black", "White"]), ["59.00", "59.00"], g(1.1, "kg")))
R["R20"] = L(
    "Hopper Three-Wheel Kids' Scooter", "Littlestride", "Kids' scooter", "65.00", "USD",
    P("A three-wheel scooter for ages 3 to 5 that steers by leaning.",
      "Aluminium deck, 120 mm front wheels and a rear foot brake. The handlebar adjusts from 60 "
      "to 80 cm.",
      "Riders up to 50 kg. We recommend a helmet."),
    {"Deck": ["Aluminium"], "Front wheels": ["120 mm"], "Ages": ["3-5"], "Max rider": ["50 kg"]},
    ["kids", "scooters"], ["Toys > Ride-ons"],
    options={"Color": ["Pink", "Mint"]}, weight=g(2.6, "kg"),
    variants=variants("LS-HOP", ("Color", ["Pink", "Mint"]), ["65.00", "65.00"], g(2.6, "kg")))
R["R21"] = L(
    "Kilkenny Ash Hurley", "Nore Valley Hurleys", "Hurley", "65.00", "EUR",
    P("A hurley hand-crafted from Irish ash in Kilkenny, Ireland.",
      "The bas is bound with a steel band and the handle has grip tape fitted. About 500 g.",
      "Sizes 30, 32 and 34 inches. Oil lightly with linseed oil now and then."),
    {"Material": ["Irish ash"], "Origin": ["Kilkenny, Ireland"]},
    ["hurling", "made in ireland"], ["Sports > Hurling"],
    options={"Size": ["30 in", "32 in", "34 in"]}, weight=g(500),
    variants=variants("NV-HUR", ("Size", ["30 in", "32 in", "34 in"]), ["65.00"] * 3, g(500)))
R["R22"] = L(
    "Raw Shea Butter 200 g", "Savanna Hands", "Shea butter", "22.00", "USD",
    P("Unrefined shea butter made by hand by a women's cooperative near Tamale, Ghana.",
      "One ingredient: shea nut butter, with no added fragrance. For skin and hair, external use "
      "only.",
      "Packed in a 200 g aluminium tin. Store below 25 °C."),
    {"Ingredients": ["Shea nut butter (Vitellaria paradoxa)"], "Net weight": ["200 g"],
     "Origin": ["Tamale, Ghana"]},
    ["skincare", "unrefined"], ["Beauty > Skincare"], weight=g(230),
    variants=single("SH-SB200", "22.00", g(230)))
R["R23"] = L(
    "Lokta Paper Notebook A5", "Himal Paper", "Notebook", "18.00", "USD",
    P("A notebook of handmade lokta bark paper from the Kathmandu Valley, Nepal.",
      "96 unlined pages, A5 (14.8 x 21 cm), sewn with cotton thread. The cover is hand-printed.",
      "Lokta paper has a soft, slightly uneven surface; fountain pens may feather."),
    {"Paper": ["Lokta bark"], "Pages": ["96"], "Size": ["A5 (14.8 x 21 cm)"],
     "Origin": ["Kathmandu Valley, Nepal"]},
    ["stationery", "handmade"], ["Office > Notebooks"],
    options={"Color": ["Indigo", "Saffron"]}, weight=g(210),
    variants=variants("HP-LN5", ("Color", ["Indigo", "Saffron"]), ["18.00", "18.00"], g(210)))
R["R24"] = L(
    "Dak Lak Robusta Whole Beans 500 g", "Highland Lantern", "Coffee beans", "19.00", "USD",
    P("Robusta coffee from the Dak Lak highlands of Vietnam, roasted in Buon Ma Thuot.",
      "Medium-dark roast, whole beans. 500 g bag with a one-way valve.",
      "Best within three months of the roast date."),
    {"Bean": ["Robusta"], "Roast": ["Medium-dark"], "Form": ["Whole bean"], "Net weight": ["500 g"],
     "Origin": ["Dak Lak, Vietnam"]},
    ["coffee"], ["Food > Coffee"], weight=g(500),
    variants=single("HL-DLR500", "19.00", g(500)))
R["R25"] = L(
    "Hammered Copper Cezve 250 ml", "Bakırcı Usta", "Coffee pot", "34.00", "USD",
    P("A Turkish coffee pot hammered by hand from copper in Gaziantep, Turkey, tin-lined inside, "
      "with a "
      "brass handle.",
      "Holds 250 ml, two small cups.",
      "For gas and electric hobs; not for induction. Hand wash only."),
    {"Material": ["Copper", "Tin lining", "Brass handle"], "Capacity": ["250 ml"],
     "Origin": ["Gaziantep, Turkey"]},
    ["coffee", "handmade"], ["Kitchen > Coffee"], weight=g(260),
    variants=single("BU-CZ250", "34.00", g(260)))
R["R26"] = L(
    "Piano Tuning Visit, Cardiff", "Taff Tuning", "Service", "85.00", "GBP",
    P("We tune acoustic pianos at home within 20 km of Cardiff city centre, to A440.",
      "A tuning takes about an hour. Minor repairs are quoted separately.",
      "Book at least a week ahead. We do not service digital pianos."),
    {"Area": ["Within 20 km of Cardiff city centre"], "Pitch": ["A440"],
     "Duration": ["About 1 hour"]},
    ["piano", "service"], ["Services > Music"],
    options={"Piano": ["Upright", "Grand"]},
    variants=variants("TT-TUNE", ("Piano", ["Upright", "Grand"]), ["85.00", "110.00"]))
R["R27"] = L("Enamel Camp Mug", "Fernhill", "", "18.00", "USD", "",
             variants=single("FH-MUG", "18.00"))
R["R28"] = L("Oak Serving Tray", "", "", "38.00", "USD", "", {"Size": ["40 x 28 cm"]},
             variants=single("OST-4028", "38.00"))
R["R29"] = L(
    "Home Bar Starter Set", "Stirwell", "Bar set", None, "USD",
    P("Four bar tools, each sold on its own: a stainless steel Boston shaker, a 25/50 ml jigger, a "
      "Hawthorne strainer and a 30 cm bar spoon."),
    {"Material": ["Stainless steel"]}, ["barware"], ["Kitchen > Bar"],
    children=[{"title": "Boston Shaker", "price": "24.00", "attributes": {"Material": ["Stainless "
                                                                                       "steel"]}},
              {"title": "Jigger 25/50 ml", "price": "9.00",
               "attributes": {"Capacity": ["25/50 ml"]}},
              {"title": "Hawthorne Strainer", "price": "12.00", "attributes": {}},
              {"title": "Bar Spoon 30 cm", "price": "7.00", "attributes": {"Length": ["30 cm"]}}],
    variants=[])
R["R30"] = L(
    "Mowbot 600 Robot Lawn Mower", "Greenreach Garden", "Robot lawn mower", "899.00", "USD",
    P("Sold and shipped by our partner Greenreach Garden, who handle delivery, returns and the "
      "warranty.",
      "Mows lawns up to 600 m², cutting height 20-60 mm. 150 m of boundary wire and pegs are "
      "included.",
      "A rain sensor sends it back to the dock; set schedules in the app over Wi-Fi. 9.8 kg.",
      "Door delivery in 3-5 working days. Greenreach Garden's three-year warranty."),
    {"Lawn size": ["Up to 600 m²"], "Cutting height": ["20-60 mm"], "Boundary wire": ["150 m"],
     "Warranty": ["3 years (Greenreach Garden)"]},
    ["Greenreach Garden", "external"], ["Garden > Mowers"], weight=g(9.8, "kg"),
    variants=single("GG-MB600", "899.00", g(9.8, "kg")))


def build():
    out = {}
    for key, lst in R.items():
        full = {"external_id": key}
        full.update(lst)
        out[key] = full
    return out


def main():
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(build(), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(R)} listings")


if __name__ == "__main__":
    main()
