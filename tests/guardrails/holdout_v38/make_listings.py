"""The 30 invented listings of guardrails holdout v38 (R01..R30), written for this set.

Run from this folder:  python make_listings.py  (writes listings.json)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per value of the first option, priced from `prices` (one price, or one per "
    "value)."""
    name, values = next(iter(options.items()))
    if isinstance(prices, str):
        prices = [prices] * len(values)
    return [{"sku": f"{sku}-{i + 1}", "title": v, "price": p, "compare_at_price": compare,
             "options": {name: v}, "weight": weight, "external_id": f"{sku}-{i + 1}"}
            for i, (v, p) in enumerate(zip(values, prices, strict=True))]


def single(sku, price, weight=None, compare=None, title="Default Title"):
    return [{"sku": sku, "title": title, "price": price, "compare_at_price": compare, "options": {},
             "weight": weight, "external_id": sku}]


def g(value, unit="g"):
    return {"value": value, "unit": unit}


def L(title, vendor, ptype, price, currency, desc, attrs=None, tags=(), cats=(), extra=None, **kw):
    out = {"title": title, "description_html": desc, "vendor": vendor, "product_type": ptype,
           "price": price, "currency": currency, "attributes": attrs or {}, "tags": list(tags),
           "categories": list(cats)}
    out.update(extra or {})
    out.update(kw)
    return out


def P(*paras):
    return "".join(f"<p>{p}</p>" for p in paras)


LISTINGS = {
    "R01": L("Stainless Bee Smoker with Heat Shield", "Linden & Comb", "Bee smoker", "42.00", "USD",
             P("A stainless steel bee smoker with a 10 x 18 cm fire chamber and a perforated steel "
               "heat shield that keeps your hands off the hot can.",
               "The bellows are pine boards joined by oiled cotton canvas. A hook on the back "
               "hangs it on the side of a hive box.",
               "Burn burlap, pine needles or wood shavings. Made in Estonia."),
             {"Material": ["stainless steel"], "Chamber": ["10 x 18 cm"], "Origin": ["Estonia"]},
             ["beekeeping", "made in estonia"], ["Garden > Beekeeping"],
             variants=single("LC-SMK", "42.00", g(650)), weight=g(650), sku="LC-SMK"),
    "R02": L("Machined Fly Reel 5/6", "Riffle & Run", "Fly reel", "149.00", "USD",
             P("A large-arbor fly reel machined from 6061 aluminium in Taiwan, for 5- and 6-weight "
               "lines.",
               "The sealed carbon fibre drag stays smooth in wet weather. The reel converts from "
               "left- to right-hand retrieve without tools.",
               "Diameter 90 mm, weight 140 g. Backing and line are not included."),
             {"Material": ["6061 aluminium"], "Line weight": ["5", "6"], "Diameter": ["90 mm"]},
             ["fly fishing", "large arbor"], ["Outdoors > Fishing"],
             options={"Color": ["Graphite", "Olive"]},
             variants=variants("RR-56", {"Color": ["Graphite", "Olive"]}, "149.00", g(140)),
             weight=g(140)),
    "R03": L("No-Pull Dog Harness", "Pawline", "Dog harness", "38.00", "USD",
             P("A padded no-pull harness with a front clip for training and a back clip for easy "
               "walks.",
               "Polyester webbing with reflective stitching, four adjustment points and a grab "
               "handle on the back.",
               "Sizes by chest girth: S 40-55 cm, M 55-70 cm, L 70-90 cm. Machine wash cold, air "
               "dry."),
             {"Material": ["polyester webbing"]}, ["dogs", "reflective"],
             ["Pets > Dogs > Harnesses"],
             options={"Size": ["S", "M", "L"], "Color": ["Orange", "Black"]},
             variants=variants("PL-H", {"Size": ["S", "M", "L"]}, "38.00")),
    "R04": L("Gooseneck Pour-Over Kettle 900 ml", "Bloomline", "Kettle", "54.00", "USD",
             P("A stovetop gooseneck kettle for pour-over coffee, in 304 stainless steel with a "
               "matte black finish and a walnut handle.",
               "It holds 900 ml (fill to 800 ml for pouring). The lid has a built-in thermometer "
               "that reads 0-100 °C.",
               "Works on gas, electric and induction hobs. It is not an electric kettle. Hand "
               "wash."),
             {"Material": ["304 stainless steel", "walnut"], "Capacity": ["900 ml"]},
             ["coffee", "induction"], ["Kitchen > Coffee"], options={"Color": ["Matte Black"]},
             variants=single("BL-K9", "54.00", g(560)), weight=g(560)),
    "R05": L("Tailor's Shears 25 cm", "Scherenhaus", "Fabric scissors", "65.00", "USD",
             P("Hot-forged steel tailor's shears with a nickel-plated finish, made in Solingen, "
               "Germany.",
               "The 25 cm shears have a bent handle so the lower blade rests flat on the table "
               "while you cut. Right-handed.",
               "Keep them for fabric: paper dulls the edge. Oil the screw now and then."),
             {"Material": ["forged steel"], "Length": ["25 cm"], "Origin": ["Solingen, Germany"]},
             ["sewing", "right-handed"], ["Crafts > Sewing"],
             variants=single("SH-25", "65.00", g(280)), weight=g(280)),
    "R06": L("USB-C Bike Light Set", "Lumeo", "Bike lights", "45.00", "USD",
             P("A front and rear light set. The front light gives 400 lumens of white light in "
               "three modes; the rear gives 40 lumens of red in four modes.",
               "Each light charges over USB-C in about 2 hours and runs about 1.5 hours on high "
               "and 10 hours flashing. Rated IPX5 against rain.",
               "Silicone straps fit bars and seat posts from 22 to 35 mm. The pair weighs 90 g. "
               "One USB-C cable is included."),
             {"Output": ["400 lm front", "40 lm rear"], "Water resistance": ["IPX5"]},
             ["cycling", "rechargeable"], ["Sports > Cycling"],
             variants=single("LU-SET", "45.00", g(90)), weight=g(90)),
    "R07": L("Aquarium Heater 100 W", "Reefhollow", "Aquarium heater", "29.00", "USD",
             P("A fully submersible 100 W heater for tanks of 60 to 100 litres, fresh or salt "
               "water.",
               "Set any temperature from 20 to 32 °C on the dial. The quartz glass tube is 23 cm "
               "long and the heater turns itself off if it is lifted out of the water.",
               "Comes with two suction cups and a 1.8 m cable. Unplug it before you put your hands "
               "in the tank."),
             {"Power": ["100 W"], "Tank size": ["60-100 litres"], "Material": ["quartz glass"]},
             ["aquarium", "freshwater", "saltwater"], ["Pets > Fish"],
             variants=single("RH-100", "29.00")),
    "R08": L("Climbing Chalk Bag", "Crux & Co", "Chalk bag", "24.00", "USD",
             P("A chalk bag in Cordura nylon with a fleece lining that holds chalk on your "
               "fingers.",
               "A drawcord closes it, a loop holds a brush, and a 25 mm webbing belt is included. "
               "It fits hands up to XL.",
               "Chalk is not included. 85 g."),
             {"Material": ["Cordura nylon", "fleece lining"]}, ["climbing", "bouldering"],
             ["Sports > Climbing"], options={"Color": ["Mustard", "Teal", "Black"]},
             variants=variants("CC-CB", {"Color": ["Mustard", "Teal", "Black"]}, "24.00", g(85))),
    "R09": L("Ebonite Fountain Pen, Medium Nib", "Inkwell Row", "Fountain pen", "75.00", "USD",
             P("A fountain pen hand-turned from ebonite in India, in a black and orange ripple "
               "pattern.",
               "It has a No. 6 steel nib in medium. Fill it as an eyedropper or use the converter "
               "included.",
               "14 cm long capped, 22 g. Ink is not included."),
             {"Material": ["ebonite", "steel nib"], "Nib": ["Medium"], "Origin": ["India"]},
             ["fountain pen", "handmade"], ["Stationery > Pens"],
             options={"Color": ["Black and Orange Ripple"]},
             variants=single("IR-EB", "75.00", g(22))),
    "R10": L("Cork Yoga Block", "Sobreiro Studio", "Yoga block", "22.00", "USD",
             P("A firm yoga block of natural cork from Portugal, 23 x 15 x 7.5 cm, with rounded "
               "edges.",
               "It weighs about 600 g, so it stays put under a hand or a hip. Sold singly.",
               "Wipe it with a damp cloth. Cork is natural and may show small marks."),
             {"Material": ["natural cork"], "Origin": ["Portugal"]}, ["yoga"], ["Sports > Yoga"],
             variants=single("SS-YB", "22.00", g(600)), weight=g(600),
             dimensions={"length": 23, "width": 15, "height": 7.5, "unit": "cm"}),
    "R11": L("10x42 Roof Prism Binoculars", "Farpoint Optics", "Binoculars", "219.00", "USD",
             P("10x binoculars with 42 mm objective lenses, BaK-4 roof prisms and fully "
               "multi-coated optics.",
               "They are waterproof and nitrogen-purged against fogging. Field of view 114 m at "
               "1000 m; close focus 2 m; twist-up eyecups.",
               "680 g. A strap, a soft case and lens caps are included. Assembled in the "
               "Philippines. Ten-year warranty."),
             {"Magnification": ["10x"], "Objective": ["42 mm"], "Prism": ["BaK-4"]},
             ["birding", "waterproof"], ["Outdoors > Optics"], options={"Color": ["Green"]},
             variants=single("FO-1042", "219.00", g(680)), weight=g(680)),
    "R12": L("Sardinhas em azeite virgem extra",
             "Conserveira da Foz", "Conserva de peixe", "3.40", "EUR",
             P("Sardinhas inteiras em azeite virgem extra, pescadas na costa portuguesa e "
               "enlatadas à mão em Matosinhos.",
               "Lata de 120 g (peso escorrido 90 g). Ingredientes: sardinha, azeite virgem extra, "
               "sal.",
               "Consumir de preferência até 2030. Contém peixe."),
             {"Peso": ["120 g"], "Origem": ["Matosinhos, Portugal"]}, ["conservas", "portugal"],
             ["Mercearia > Conservas"], variants=single("CF-SAR", "3.40", g(120))),
    "R13": L("Kubek ceramiczny z Bolesławca 350 ml", "Pracownia Modra", "Kubek", "69.00", "PLN",
             P("Kamionkowy kubek ręcznie stemplowany w Bolesławcu.",
               "Pojemność 350 ml, wysokość 10 cm. Wzór: niebieskie pawie oczko na białym tle.",
               "Można myć w zmywarce i używać w kuchence mikrofalowej."),
             {"Materiał": ["kamionka"], "Pojemność": ["350 ml"]}, ["ceramika", "bolesławiec"],
             ["Kuchnia > Kubki"], variants=single("PM-K350", "69.00", g(380)), weight=g(380)),
    "R14": L("Ručně foukaná váza z Nového Boru", "Sklárna Lipka", "Váza", "1290.00", "CZK",
             P("Váza z čirého skla, ručně foukaná a broušená v Novém Boru.",
               "Výška 25 cm, průměr hrdla 8 cm. Sklo bez olova.",
               "Myjte ručně, nevhodné do myčky."),
             {"Materiál": ["čiré sklo"], "Výška": ["25 cm"]}, ["sklo", "ruční práce"],
             ["Domov > Vázy"], variants=single("SL-V25", "1290.00", g(1100)), weight=g(1100)),
    "R15": L("Kuksa visakoivusta", "Pahkapaja", "Kuksa", "59.00", "EUR",
             P("Käsin veistetty kuksa koivun pahkasta Rovaniemellä.",
               "Tilavuus 150 ml. Jokainen kuksa on erilainen.",
               "Pese käsin haalealla vedellä ilman pesuainetta. Ei astianpesukoneeseen."),
             {"Materiaali": ["koivun pahka"], "Tilavuus": ["150 ml"]}, ["käsityö", "lappi"],
             ["Retkeily > Astiat"], variants=single("PP-KU", "59.00", g(110)), weight=g(110)),
    "R16": L("Θυμαρίσιο μέλι Κρήτης 450 g", "Μελισσοκομείο Ίδη", "Μέλι", "14.50", "EUR",
             P("Θυμαρίσιο μέλι από κυψέλες στα Σφακιά της Κρήτης.",
               "Ακατέργαστο, μη παστεριωμένο. Γυάλινο βάζο 450 g. Μπορεί να κρυσταλλώσει.",
               "Δεν είναι κατάλληλο για βρέφη κάτω του ενός έτους."),
             {"Βάρος": ["450 g"], "Προέλευση": ["Σφακιά, Κρήτη"]}, ["μέλι", "κρήτη"],
             ["Τρόφιμα > Μέλι"], variants=single("MI-450", "14.50", g(450))),
    "R17": L("Farfurie ceramică de Horezu 24 cm",
             "Atelier Olăria Veche", "Farfurie", "95.00", "RON",
             P("Farfurie din lut roșu, lucrată la roată și pictată manual în Horezu, județul "
               "Vâlcea.",
               "Diametru 24 cm. Motivul cocoșului, în maro, verde și alb pe fond crem.",
               "Decorativă: nu se folosește în cuptor sau la microunde. A se spăla de mână."),
             {"Material": ["lut roșu"], "Diametru": ["24 cm"]}, ["ceramică", "horezu"],
             ["Casă > Decor"], variants=single("OV-F24", "95.00", g(520)), weight=g(520)),
    "R18": L("Sheepskin Slippers", "Kea Hollow", "Slippers", "129.00", "NZD",
             P("Slippers of genuine sheepskin, made in Christchurch, New Zealand.",
               "The sheepskin upper and lining keep feet warm; the rubber sole is fine for the "
               "house and a quick trip outside.",
               "Whole sizes EU 36 to 46. Colour: Chestnut. Spot clean only."),
             {"Material": ["sheepskin", "rubber sole"], "Origin": ["Christchurch, New Zealand"]},
             ["sheepskin", "made in new zealand"], ["Shoes > Slippers"],
             options={"Size": [str(n) for n in range(36, 47)], "Color": ["Chestnut"]},
             variants=variants("KH-SL", {"Size": [str(n) for n in range(36, 47)]}, "129.00")),
    "R19": L("Ultrasonic Humidifier 3 L", "Mistwell", "Humidifier", "59.00", "USD",
             P("An ultrasonic cool-mist humidifier with a 3 L tank that runs up to 24 hours on "
               "low.",
               "It draws 25 W, suits rooms up to 30 m² and turns itself off when the tank is "
               "empty. About 28 dB on low.",
               "No filter to replace. Use distilled water to avoid white dust. White, 1.2 kg."),
             {"Capacity": ["3 L"], "Power": ["25 W"]}, ["humidifier", "cool mist"], ["Home > Air"],
             options={"Color": ["White"]}, variants=single("MW-3L", "59.00", g(1.2, "kg")),
             weight=g(1.2, "kg")),
    "R20": L("Kids' Rain Boots", "Puddlejump", "Rain boots", "34.00", "USD",
             P("Rain boots for children in natural rubber with a cotton lining.",
               "Two pull-on handles help small hands, and a reflective strip on the heel shows up "
               "at dusk.",
               "EU sizes 24 to 33. Rinse off mud and dry away from heat."),
             {"Material": ["natural rubber", "cotton lining"]}, ["kids", "rain"], ["Kids > Shoes"],
             options={"Size": [str(n) for n in range(24, 34)], "Color": ["Yellow", "Navy"]},
             variants=variants("PJ-RB", {"Color": ["Yellow", "Navy"]}, "34.00")),
    "R21": L("Lambswool Scarf, Herringbone", "Teviot Mill", "Scarf", "65.00", "GBP",
             P("A herringbone scarf of 100% lambswool, woven in Hawick, Scotland.",
               "It measures 180 x 30 cm with fringed ends. Colour: Heather Grey.",
               "Dry clean, or hand wash cold and dry flat."),
             {"Material": ["100% lambswool"], "Size": ["180 x 30 cm"],
              "Origin": ["Hawick, Scotland"]},
             ["wool", "made in scotland"], ["Accessories > Scarves"],
             options={"Color": ["Heather Grey"]},
             variants=single("TM-HB", "65.00", g(150)), weight=g(150)),
    "R22": L("Beech Kendama", "Tamago Play", "Kendama", "32.00", "USD",
             P("A kendama made in Japan from beech, with a red lacquered ball.",
               "It stands 18 cm tall, has a 40 cm string and comes with a spare string.",
               "For ages 6 and up. 140 g."),
             {"Material": ["beech"], "Origin": ["Japan"]}, ["skill toy", "made in japan"],
             ["Toys > Skill toys"], variants=single("TP-KD", "32.00", g(140)), weight=g(140)),
    "R23": L("Granite Mortar and Pestle 15 cm", "Stonegrind", "Mortar and pestle", "48.00", "USD",
             P("A mortar and pestle carved from solid dark grey granite in Thailand.",
               "The mortar is 15 cm across and holds about 500 ml. The inside is left unpolished "
               "so spices do not slide.",
               "Rinse with water, no soap; not dishwasher safe. The pair weighs 3.2 kg."),
             {"Material": ["granite"], "Diameter": ["15 cm"], "Origin": ["Thailand"]},
             ["kitchen", "granite"], ["Kitchen > Tools"], options={"Color": ["Dark Grey"]},
             variants=single("SG-15", "48.00", g(3.2, "kg")), weight=g(3.2, "kg")),
    "R24": L("Darjeeling First Flush 2026", "Hillmist Tea", "Loose-leaf tea", "24.00", "USD",
             P("A first flush Darjeeling black tea, picked in March 2026 on a single estate near "
               "Kurseong, Darjeeling, India.",
               "Loose leaf in a 100 g tin. Brew 2 g per 200 ml at 90 °C for 3 minutes.",
               "Contains caffeine."),
             {"Weight": ["100 g"], "Origin": ["Kurseong, Darjeeling, India"]},
             ["tea", "darjeeling"],
             ["Food > Tea"], variants=single("HM-DFF", "24.00", g(100))),
    "R25": L("Soprano Ukulele, Mahogany", "Reefside Strings", "Ukulele", "89.00", "USD",
             P("A soprano ukulele with laminated mahogany top, back and sides and a walnut "
               "fingerboard.",
               "12 frets, GCEA tuning, 53 cm long, 450 g. Nylon strings are fitted.",
               "A padded gig bag is included. Made in Indonesia."),
             {"Material": ["laminated mahogany", "walnut fingerboard"], "Origin": ["Indonesia"]},
             ["ukulele", "soprano"], ["Music > Ukuleles"],
             variants=single("RS-SU", "89.00", g(450)),
             weight=g(450)),
    "R26": L("Carpet Cleaning Visit", "Lee Valley Clean", "Service", "95.00", "EUR",
             P("Hot-water extraction carpet cleaning in your home, within 20 km of Cork city "
               "centre.",
               "Up to two rooms takes about 2 hours; carpets are dry in 4 to 6 hours. Our "
               "detergent is free of perfume.",
               "Book at least two days ahead. We cannot promise to remove every stain."),
             {"Area": ["within 20 km of Cork city "
                       "centre"]}, ["service", "cork"], ["Services > Home"],
             options={"Rooms": ["Up to 2 rooms", "Up to 4 rooms"]},
             variants=variants("LV-CC", {"Rooms": ["Up to 2 rooms", "Up to 4 rooms"]},
                               ["95.00", "160.00"])),
    "R27": L("Linen Tea Towel", "Flaxhouse", "", "14.00", "USD", "",
             variants=single("FH-TT", "14.00")),
    "R28": L("Olive Wood Spoon", "", "", "12.00", "USD", "", {"Length": ["30 cm"]},
             variants=single("OWS-30", "12.00")),
    "R29": L("Watercolour Starter Set", "Paintbox Lane", "Art set", None, "USD",
             P("Everything to start painting in watercolour, each item also sold on its own."),
             tags=["watercolour", "beginner"], cats=["Art > Painting"],
             children=[
                 {"title": "12 Half-Pan Watercolour Set", "price": "28.00",
                  "attributes": {"Pans": ["12"]}},
                 {"title": "Round Brush No. 6", "price": "9.00",
                  "attributes": {"Hair": ["synthetic"]}},
                 {"title": "Cold-Press Pad A5, 300 g/m²", "price": "12.00",
                  "attributes": {"Sheets": ["20"]}},
                 {"title": "Water Brush Pen", "price": "7.00", "attributes": {}},
             ]),
    "R30": L("Folding Air Rower", "Keelhaul Fitness", "Rowing machine", "899.00", "USD",
             P("Sold and delivered by our partner Keelhaul Fitness, who handle delivery, returns "
               "and the warranty.",
               "An air-resistance rower with 10 damper levels and a steel and aluminium frame. The "
               "monitor shows time, distance, strokes per minute and watts.",
               "It folds upright for storage. 240 x 55 cm in use, 38 kg, for users up to 150 kg. "
               "Delivered to the kerb; assembly takes about 30 minutes with the tools included. "
               "Keelhaul's three-year frame warranty."),
             {"Seller": ["Keelhaul Fitness"], "Max user weight": ["150 kg"]},
             ["keelhaul fitness", "partner"], ["Fitness > Rowers"],
             variants=single("KF-AR", "899.00", g(38, "kg")), weight=g(38, "kg")),
}


def build():
    out = {}
    for key, listing in LISTINGS.items():
        listing = dict(listing)
        listing["external_id"] = key
        out[key] = listing
    return out


def main():
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(build(), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(LISTINGS)} listings")


if __name__ == "__main__":
    main()
