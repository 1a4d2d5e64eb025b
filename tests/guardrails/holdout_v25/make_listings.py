"""Write listings.json for guardrails holdout v25: 30 invented listings, X01..X30.

Run from this folder:  python make_listings.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per option value: options = (name, [values]), prices = list in the same order."""
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
    out = {"title": title, "vendor": vendor, "product_type": ptype, "price": price, "currency": currency,
           "description_html": desc, "attributes": attrs or {}, "tags": list(tags), "categories": list(cats)}
    out.update(extra or {})
    out.update(kw)
    return out


def P(*paras):
    return "".join(f"<p>{p}</p>" for p in paras)


LISTINGS = {
    "X01": L("Canister Filter 800", "Reedbank Aquatics", "Aquarium filter", "129.00", "USD",
             P("An external canister filter for freshwater aquariums of 100 to 250 litres. The pump moves up to "
               "800 litres an hour and draws 15 W.",
               "Four stacking media baskets; sponge and ceramic rings are included. The hoses are 16/22 mm. "
               "Not for marine or reef tanks.",
               "Two-year warranty on the motor."),
             {"Flow rate": ["800 l/h"], "Tank size": ["100-250 l"], "Power": ["15 W"], "Hose": ["16/22 mm"],
              "Media baskets": ["4"]},
             ("freshwater",), ("Pets > Aquarium > Filters",), extra={"variants": single("RB-800", "129.00", g(4.2, "kg"))},
             weight=g(4.2, "kg"), dimensions={"length": 21, "width": 21, "height": 38, "unit": "cm"}),
    "X02": L("11-Speed Bicycle Chain", "Cogwell Cycle Works", "Bicycle chain", "34.00", "GBP",
             P("A nickel-plated 11-speed chain with 116 links and a reusable quick link. Hollow pins keep it to "
               "257 g.",
               "For 11-speed drivetrains only: it will not run on 10- or 12-speed cassettes. Cut to length with a "
               "chain tool (not included)."),
             {"Speeds": ["11"], "Links": ["116"], "Finish": ["nickel-plated"], "Weight": ["257 g"]},
             ("road", "gravel"), ("Cycling > Drivetrain",), extra={"variants": single("CW-11", "34.00", g(257))},
             weight=g(257)),
    "X03": L("J-Hook Hive Tool", "Lindenhurst Apiary Supply", "Beekeeping tool", "14.00", "USD",
             P("A 27 cm hive tool in 2 mm stainless steel, with a flat scraper at one end and a J-hook at the "
               "other for lifting frames.",
               "Painted orange so you can find it in the grass. Boil or flame it between hives."),
             {"Material": ["stainless steel"], "Length": ["27 cm"], "Colour": ["orange"]},
             (), ("Garden > Beekeeping",), extra={"variants": single("LAS-HT", "14.00", g(140))}, weight=g(140)),
    "X04": L("Corriedale DK Yarn", "Tolland Wool Co", "Yarn", "11.50", "NZD",
             P("A double-knit yarn spun from Corriedale wool grown in Canterbury, New Zealand. Each 100 g skein "
               "is 225 m long.",
               "Use 4 mm needles; tension 22 stitches over 10 cm. Not superwash: hand wash cool and dry flat.",
               "Undyed, in three natural shades."),
             {"Fibre": ["100% Corriedale wool"], "Weight": ["DK"], "Length": ["225 m"], "Needles": ["4 mm"],
              "Origin": ["Canterbury, New Zealand"]},
             ("undyed",), ("Crafts > Yarn",), extra=by("Shade", ["Ecru", "Fawn", "Moorit"],
                                                      ["11.50", "11.50", "11.50"], "TW-DK", g(100))),
    "X05": L("Silicone Teething Ring", "Pipkin & Moss", "Baby teether", "12.00", "AUD",
             P("A soft ring teether in food-grade silicone, 7 cm across, for babies from 3 months.",
               "Wash in warm soapy water or on the top rack of the dishwasher. Chill it in the fridge, never the "
               "freezer. Check before each use and throw it away at the first sign of wear. Always supervise."),
             {"Material": ["food-grade silicone"], "Age": ["3 months+"], "Diameter": ["7 cm"]},
             ("bpa-free",), ("Baby > Teething",), extra=by("Colour", ["Sage", "Clay"], ["12.00", "12.00"],
                                                        "PM-TR", g(40))),
    "X06": L("Rope Dog Lead", "Hollowfield Hound", "Dog lead", "24.00", "USD",
             P("A braided polyester rope lead, 10 mm thick, with a solid brass trigger snap and a padded handle.",
               "Two lengths: 1.2 m and 1.8 m. For dogs up to 35 kg. Not a tie-out: never leave a dog tied up "
               "with it."),
             {"Material": ["polyester rope", "brass snap"], "Thickness": ["10 mm"], "Max dog weight": ["35 kg"]},
             (), ("Pets > Dogs > Leads",), extra=by("Length", ["1.2 m", "1.8 m"], ["24.00", "28.00"], "HH-RL")),
    "X07": L("Tamarack 5/6 Fly Reel", "Stillwater Line & Reel", "Fly reel", "145.00", "CAD",
             P("A large-arbor fly reel for 5- and 6-weight lines, machined from 6061 aluminium, 98 g.",
               "The sealed disc drag is adjustable; the retrieve converts from left to right hand. Holds a WF5 "
               "line with 100 m of 20 lb backing. Rinse in fresh water after saltwater use."),
             {"Line weight": ["5/6"], "Material": ["6061 aluminium"], "Weight": ["98 g"],
              "Backing": ["100 m of 20 lb"]},
             (), ("Sports > Fishing > Reels",), extra={"variants": single("SLR-56", "145.00", g(98))}, weight=g(98)),
    "X08": L("Mid-Fire Stoneware Clay 10 kg", "Kilnworth Ceramics", "Pottery clay", "21.00", "GBP",
             P("A smooth buff stoneware clay for throwing and hand-building, fired between cone 5 and cone 7 "
               "(1185-1240 °C).",
               "10 kg bag. Shrinkage about 12 % from wet to fired. Not for raku.",
               "Keep the bag sealed and out of frost."),
             {"Firing": ["cone 5-7", "1185-1240 °C"], "Shrinkage": ["12%"], "Weight": ["10 kg"]},
             (), ("Crafts > Pottery",), extra={"variants": single("KC-MF10", "21.00", g(10, "kg"))}, weight=g(10, "kg")),
    "X09": L("Bouldering Chalk Bucket", "Crux & Cairn", "Chalk bag", "38.00", "EUR",
             P("A wide chalk bucket for the foot of the wall, 18 cm across and 20 cm deep, in cotton canvas "
               "with a fleece lining.",
               "A drawstring and a brush holder; two zip pockets. Chalk not included. Not a safety device: never "
               "clip it into a harness."),
             {"Material": ["cotton canvas", "fleece lining"], "Diameter": ["18 cm"], "Depth": ["20 cm"]},
             (), ("Sports > Climbing",), extra=by("Colour", ["Mustard", "Slate"], ["38.00", "38.00"], "CC-CB")),
    "X10": L("Commuter Bike Helmet", "Lanternway", "Cycle helmet", "69.00", "EUR",
             P("An in-mould cycle helmet certified to EN 1078, with 14 vents and a rear LED light that runs on "
               "a CR2032 coin cell (included).",
               "Size M fits 54-58 cm heads, size L 58-62 cm; it weighs 310 g in M. Replace it after any crash. "
               "Not for motorcycles or e-scooters over 25 km/h."),
             {"Standard": ["EN 1078"], "Vents": ["14"], "Weight": ["310 g (M)"], "Battery": ["CR2032"]},
             (), ("Cycling > Helmets",), extra=by("Size", ["M", "L"], ["69.00", "69.00"], "LW-CH", g(310))),
    "X11": L("Nambu Tetsubin 0.8 L", "Kurogane Studio", "Teekanne", "89.00", "EUR",
             P("Ein Teekessel aus Gusseisen aus Morioka, Präfektur Iwate, mit 0,8 Liter Inhalt.",
               "Innen unbeschichtet: nach dem Gebrauch leeren und auf der warmen Platte trocknen lassen. Nicht "
               "für Induktion geeignet. Kein Sieb im Lieferumfang."),
             {"Material": ["Gusseisen"], "Inhalt": ["0,8 l"], "Herkunft": ["Morioka, Iwate"]},
             (), ("Küche > Tee",), extra={"variants": single("KS-08", "89.00", g(1.4, "kg"))}, weight=g(1.4, "kg")),
    "X12": L("Lammeuldsplaid", "Vesterhav Væveri", "Plaid", "749.00", "DKK",
             P("Et plaid i 100 % lammeuld, 130 x 180 cm, vævet i Herning.",
               "Frynser i begge ender. Håndvask i koldt vand eller rens; må ikke tørretumbles."),
             {"Materiale": ["100 % lammeuld"], "Mål": ["130 x 180 cm"], "Oprindelse": ["Herning"]},
             (), ("Bolig > Tæpper",), extra=by("Farve", ["Havblå", "Lyng"], ["749.00", "749.00"], "VV-PL")),
    "X13": L("Kubek ceramiczny 350 ml", "Pracownia Modrak", "Kubek", "79.00", "PLN",
             P("Kubek z kamionki, 350 ml, ręcznie stemplowany w Bolesławcu.",
               "Można myć w zmywarce i używać w kuchence mikrofalowej. Nie do piekarnika."),
             {"Materiał": ["kamionka"], "Pojemność": ["350 ml"], "Pochodzenie": ["Bolesławiec"]},
             (), ("Dom > Kubki",), extra=by("Wzór", ["Pawie oko", "Kropki"], ["79.00", "79.00"], "PM-KB", g(380))),
    "X14": L("Ostehøvel i eik", "Fjordlys Kjøkken", "Ostehøvel", "259.00", "NOK",
             P("En ostehøvel med blad i rustfritt stål og skaft i olje-behandlet eik, 23 cm lang.",
               "Laget i Bryne. Bladet tåler oppvaskmaskin, men vask skaftet for hånd."),
             {"Materiale": ["rustfritt stål", "eik"], "Lengde": ["23 cm"], "Opprinnelse": ["Bryne"]},
             (), ("Kjøkken > Ost",), extra={"variants": single("FK-OH", "259.00", g(85))}, weight=g(85)),
    "X15": L("Skleněná ozdoba Sova", "Huťka Jizera", "Vánoční ozdoba", "290.00", "CZK",
             P("Foukaná skleněná ozdoba ve tvaru sovy, 9 cm vysoká, ručně malovaná v Jablonci nad Nisou.",
               "Křehká: není vhodná pro děti do 3 let. Dodáváme v dárkové krabičce."),
             {"Materiál": ["foukané sklo"], "Výška": ["9 cm"], "Původ": ["Jablonec nad Nisou"]},
             (), ("Vánoce > Ozdoby",), extra={"variants": single("HJ-SO", "290.00", g(30))}, weight=g(30)),
    "X16": L("Tenugui Hand Towel, Wave", "Asanoha Dye Works", "Tenugui", "1800", "JPY",
             P("A cotton tenugui, 90 x 35 cm, dyed by the chusen method in Hamamatsu. Indigo waves on white.",
               "The ends are cut, not hemmed, and will fray a little at first. The dye bleeds for the first few "
               "washes: wash it alone, by hand."),
             {"Material": ["cotton"], "Size": ["90 x 35 cm"], "Origin": ["Hamamatsu"], "Colour": ["indigo", "white"]},
             (), ("Home > Textiles",), extra={"variants": single("ADW-W", "1800", g(45))}),
    "X17": L("Saunakiulu ja kauha", "Löylypuu", "Saunakiulu", "69.00", "EUR",
             P("Haapainen saunakiulu 4 litraa, muovinen sisäastia, ja 40 cm pitkä kauha.",
               "Valmistettu Kuopiossa. Kuivaa kiulu saunan jälkeen; älä jätä sitä veteen."),
             {"Materiaali": ["haapa", "muovinen sisäastia"], "Tilavuus": ["4 l"], "Kauha": ["40 cm"],
              "Alkuperä": ["Kuopio"]},
             (), ("Sauna",), extra={"variants": single("LP-KK", "69.00", g(1.1, "kg"))}),
    "X18": L("Molcajete de basalto", "Casa Tezontle", "Molcajete", "850.00", "MXN",
             P("Un molcajete de piedra volcánica, 20 cm de diámetro, con su tejolote, tallado a mano en "
               "Puebla.",
               "Antes del primer uso, cúrelo moliendo arroz crudo hasta que salga blanco. Lávelo solo con agua, "
               "sin jabón."),
             {"Material": ["basalto"], "Diámetro": ["20 cm"], "Origen": ["Puebla"]},
             (), ("Cocina",), extra={"variants": single("CT-M20", "850.00", g(3.5, "kg"))}, weight=g(3.5, "kg")),
    "X19": L("Watch Battery Replacement by Post", "Ticksmith Repairs", "Service", "15.00", "CAD",
             P("Send us your quartz watch and we fit a new battery and a new case gasket.",
               "C$15 a watch; a pressure test for water resistance is C$10 more. Back to you in 3 working days. "
               "Canadian addresses only. No smartwatches, no mechanical watches."),
             {"Turnaround": ["3 working days"]},
             (), ("Services",), extra=by("Service", ["Battery", "Battery and pressure test"], ["15.00", "25.00"],
                                       "TR-WB")),
    "X20": {"title": "Beeswax Food Wrap", "vendor": "Comb & Cloth", "price": "16.00", "currency": "USD"},
    "X21": {"title": "Enamel Pin, Heron", "vendor": "Pinfeather Press", "price": "9.00", "currency": "GBP",
            "attributes": {"Size": ["25 mm"]}},
    "X22": L("Pour-Over Coffee Set", "Drip & Dram", "Coffee set", None, "USD",
             P("Everything for pour-over coffee, each piece sold on its own."),
             {}, (), ("Kitchen > Coffee",),
             extra={"children": [{"title": "Ceramic dripper, size 02", "price": "24.00",
                                  "attributes": {"Material": ["porcelain"]}},
                                 {"title": "Paper filters, 100 pack", "price": "6.00", "attributes": {}},
                                 {"title": "Glass server 600 ml", "price": "28.00",
                                  "attributes": {"Material": ["borosilicate glass"], "Capacity": ["600 ml"]}}]}),
    "X23": L("Inflatable Paddle Board 10'6\"", "Brightwater Boards", "Paddle board", "549.00", "AUD",
             P("Sold and shipped by our partner Brightwater Boards, who handle delivery, returns and warranty.",
               "An inflatable stand-up paddle board, 320 x 81 x 15 cm, for riders up to 110 kg. Inflate to 15 "
               "psi. Pump, fin and three-piece paddle included."),
             {"Length": ["320 cm"], "Max rider weight": ["110 kg"], "Pressure": ["15 psi"]},
             (), ("Sports > Water",), extra={"variants": single("BB-106", "549.00", g(9.8, "kg")),
                                           "product_kind": "external"}),
    "X24": L("Wi-Fi Smart Plug", "Hearthlink", "Smart plug", "19.00", "GBP",
             P("A UK smart plug for 2.4 GHz Wi-Fi (not 5 GHz), rated 13 A / 3120 W.",
               "Works with Amazon Alexa and Google Home; not with Apple HomeKit. Energy monitoring in the "
               "Hearthlink app. Indoor use only. 12-month warranty."),
             {"Wi-Fi": ["2.4 GHz"], "Rating": ["13 A", "3120 W"], "Works with": ["Amazon Alexa", "Google Home"]},
             (), ("Electronics > Smart home",), extra={"variants": single("HL-SP", "19.00", g(70))}),
    "X25": L("Replacement Filter Cartridge KF-2", "Kelda Water", "Water filter", "22.00", "USD",
             P("A pack of three cartridges for Kelda KF-200 and KF-210 pitchers. They do not fit the KF-300.",
               "Each cartridge lasts about two months or 150 litres. Activated carbon and ion-exchange resin "
               "reduce chlorine and limescale. Soak for 15 minutes before first use."),
             {"Pack": ["3 cartridges"], "Capacity": ["150 l each"], "Fits": ["KF-200", "KF-210"]},
             (), ("Kitchen > Water",), extra={"variants": single("KW-KF2", "22.00", g(210))}),
    "X26": L("Mineral Sunscreen SPF 30", "Saltmarsh Skin", "Sunscreen", "18.00", "USD",
             P("A mineral sunscreen with 20 % non-nano zinc oxide, broad spectrum SPF 30, in a 75 ml tube.",
               "Water resistant for 40 minutes. Reapply after swimming or towelling. Unscented. Not for babies "
               "under 6 months; ask a doctor."),
             {"SPF": ["30"], "Active": ["20% zinc oxide"], "Volume": ["75 ml"], "Water resistance": ["40 minutes"]},
             ("unscented",), ("Health > Sun care",), extra={"variants": single("SS-30", "18.00", g(90))}),
    "X27": L("Sirop d'érable foncé", "Érablière du Rang Neuf", "Sirop d'érable", "12.00", "CAD",
             P("Sirop d'érable pur, catégorie A, couleur foncée au goût robuste, de la Beauce, au Québec.",
               "Réfrigérer après ouverture."),
             {"Catégorie": ["A, foncé"], "Origine": ["Beauce, Québec"]},
             (), ("Épicerie",), extra=by("Format", ["250 ml", "500 ml"], ["12.00", "19.00"], "ERN")),
    "X28": L("Wooden Stacking Rainbow", "Little Orchard Toys", "Toy", "42.00", "GBP",
             P("Seven nesting arches in lime wood, finished in water-based paint, 28 cm wide.",
               "Tested to EN 71-1, -2 and -3. For ages 12 months and up. Wipe clean with a damp cloth; do not "
               "soak."),
             {"Material": ["lime wood"], "Pieces": ["7"], "Width": ["28 cm"], "Standard": ["EN 71-1, -2, -3"],
              "Age": ["12 months+"]},
             (), ("Toys",), extra={"variants": single("LOT-SR", "42.00", g(950))}),
    "X29": L("Aluminium Fountain Pen", "Quillmark", "Fountain pen", "48.00", "EUR",
             P("An anodised aluminium fountain pen, 13.5 cm capped, with a steel nib in fine or medium.",
               "Takes standard international short cartridges; one converter and two blue cartridges included. "
               "Three-year warranty."),
             {"Body": ["anodised aluminium"], "Nib": ["steel"], "Length": ["13.5 cm capped"]},
             (), ("Stationery > Pens",), extra=by("Nib", ["Fine", "Medium"], ["48.00", "48.00"], "QM-AP", g(24))),
    "X30": L("Backpacking Gas Stove", "Ridgeback Camp", "Camping stove", "45.00", "USD",
             P("A 3000 W screw-on stove for threaded EN 417 gas canisters (canister not included). 82 g, folds "
               "into its own case.",
               "Boils a litre of water in about 3.5 minutes. Outdoor use only: never in a tent or any closed "
               "space. Piezo igniter."),
             {"Output": ["3000 W"], "Weight": ["82 g"], "Canister": ["EN 417 threaded"]},
             (), ("Outdoors > Camping",), extra={"variants": single("RC-GS", "45.00", g(82))}, weight=g(82)),
}


def build():
    out = {}
    for key, lst in LISTINGS.items():
        lst = dict(lst)
        lst["external_id"] = key
        lst.pop("product_kind", None)
        if key == "X23":
            lst["tags"] = ["external", "partner: Brightwater Boards"]
        out[key] = lst
    return out


def main():
    listings = build()
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(listings, f, ensure_ascii=False, indent=1)
    print(f"{len(listings)} listings")


if __name__ == "__main__":
    main()
