"""Write listings.json for guardrails holdout v41: 30 invented listings, R01..R30.

Run from this folder:  python make_listings.py
"""

import json
import os
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per option value of a single option, with its own price."""
    ((name, values),) = options.items()
    out = []
    for n, (value, price) in enumerate(zip(values, prices, strict=True), 1):
        out.append(
            {
                "sku": f"{sku}-{n}",
                "title": value,
                "price": price,
                "compare_at_price": compare,
                "options": {name: value},
                "weight": weight,
                "external_id": f"{sku}-{n}",
            }
        )
    return out


def single(sku, price, weight=None, compare=None, title="Default Title"):
    return [
        {
            "sku": sku,
            "title": title,
            "price": price,
            "compare_at_price": compare,
            "options": {},
            "weight": weight,
            "external_id": sku,
        }
    ]


def g(value, unit="g"):
    return {"value": value, "unit": unit}


def L(title, vendor, ptype, price, currency, desc, attrs=None, tags=(), cats=(), extra=None, **kw):
    out = {
        "title": title,
        "vendor": vendor,
        "product_type": ptype,
        "price": price,
        "currency": currency,
        "description_html": desc,
        "attributes": attrs or {},
        "tags": list(tags),
        "categories": list(cats),
    }
    out.update(extra or {})
    out.update(kw)
    return out


def P(*paras):
    return "".join(f"<p>{p}</p>" for p in paras)


LISTINGS = {
    "R01": L(
        "Ridgeline 8 Trail Running Vest",
        "Switchback",
        "Running vest",
        "85.00",
        "USD",
        P(
            "An 8-litre trail running vest sewn in Taichung, Taiwan, from recycled polyester mesh.",
            "Two 500 ml soft flasks ride in the front pockets; a whistle is clipped to the sternum "
            "strap. There is a sleeve for a 1.5 litre bladder (bladder not included).",
            "Hand wash in cool water and hang to dry.",
        ),
        {
            "Capacity": ["8 litres"],
            "Material": ["recycled polyester mesh"],
            "Origin": ["Taichung, Taiwan"],
            "Included": ["two 500 ml soft flasks", "whistle"],
        },
        tags=("trail running", "made in taiwan"),
        cats=("Sports > Running",),
        options={"Size": ["S/M", "L/XL"]},
        variants=variants("SW-R8", {"Size": ["S/M", "L/XL"]}, ["85.00", "85.00"], g(310)),
        weight=g(310),
    ),
    "R02": L(
        "Clearwater Swim Goggles",
        "Laneline",
        "Swim goggles",
        "22.00",
        "USD",
        P(
            "Swim goggles with polycarbonate lenses, an anti-fog coating and UV protection.",
            "The frame and gaskets are silicone; the split strap adjusts at the back. Three nose "
            "bridges come in the box. Rinse in fresh water after use and let dry out of the sun.",
        ),
        {
            "Lens": ["polycarbonate", "anti-fog", "UV protection"],
            "Frame": ["silicone"],
            "Included": ["three nose bridges", "hard case"],
        },
        tags=("swimming", "adult"),
        cats=("Sports > Swimming",),
        options={"Lens colour": ["Clear", "Smoke"]},
        variants=variants("LL-CW", {"Lens colour": ["Clear", "Smoke"]}, ["22.00", "24.00"], g(45)),
        weight=g(45),
    ),
    "R03": L(
        "Baseline 100 Tennis Racket",
        "Courtside",
        "Tennis racket",
        "149.00",
        "USD",
        P(
            "A graphite tennis racket with a 100 square inch head and a 16x19 string pattern.",
            "It weighs 300 g unstrung, balances at 32 cm and is 27 inches long. It comes unstrung, "
            "with a cover. Grip sizes 2, 3 and 4.",
        ),
        {
            "Material": ["graphite"],
            "Head size": ["100 sq in"],
            "String pattern": ["16x19"],
            "Weight": ["300 g unstrung"],
            "Balance": ["32 cm"],
            "Length": ["27 in"],
        },
        tags=("tennis", "unstrung"),
        cats=("Sports > Racket sports",),
        options={"Grip size": ["2", "3", "4"]},
        variants=variants(
            "CS-B100", {"Grip size": ["2", "3", "4"]}, ["149.00", "149.00", "149.00"], g(300)
        ),
        weight=g(300),
    ),
    "R04": L(
        "Beekeeper's Hive Tool 25 cm",
        "Hollow Oak Apiary",
        "Hive tool",
        "16.00",
        "USD",
        P(
            "A 25 cm hive tool made in Ontario, Canada, from hardened stainless steel.",
            "One end is a flat scraper, the other a hook for lifting frames. Scrub off propolis "
            "and "
            "flame or wash between hives.",
        ),
        {
            "Material": ["hardened stainless steel"],
            "Length": ["25 cm"],
            "Origin": ["Ontario, Canada"],
        },
        tags=("beekeeping", "made in canada"),
        cats=("Garden > Beekeeping",),
        variants=single("HOA-HT25", "16.00", g(170)),
        weight=g(170),
        dimensions={"length": 25, "width": 3.5, "height": None, "unit": "cm"},
    ),
    "R05": L(
        "Round Rattan Proofing Basket 22 cm",
        "Crumb & Crust",
        "Proofing basket",
        "27.00",
        "USD",
        P(
            "A round banneton woven by hand from rattan cane in Java, Indonesia.",
            "It is 22 cm across and 8 cm deep and proves a loaf of up to 1 kg of dough. A linen "
            "liner is included. Brush out flour after use and let it dry; do not wash it with "
            "soap.",
        ),
        {
            "Material": ["rattan cane"],
            "Liner": ["linen"],
            "Diameter": ["22 cm"],
            "Depth": ["8 cm"],
            "Dough": ["up to 1 kg"],
            "Origin": ["Java, Indonesia"],
        },
        tags=("sourdough", "handwoven"),
        cats=("Kitchen > Baking",),
        variants=single("CC-BN22", "27.00", g(230)),
        weight=g(230),
        dimensions={"length": 22, "width": 22, "height": 8, "unit": "cm"},
    ),
    "R06": L(
        "Bevel Edge Bench Chisel 19 mm",
        "Kelham Tools",
        "Chisel",
        "38.00",
        "GBP",
        P(
            "A 19 mm bevel edge bench chisel forged in Sheffield, England.",
            "The blade is chrome vanadium steel hardened to 60 HRC; the handle is hornbeam with a "
            "brass ferrule. It comes ground at 25 degrees and needs honing before first use. "
            "Oil the "
            "blade to keep rust away.",
        ),
        {
            "Blade": ["chrome vanadium steel", "60 HRC", "19 mm"],
            "Handle": ["hornbeam"],
            "Ferrule": ["brass"],
            "Origin": ["Sheffield, England"],
        },
        tags=("woodworking", "made in england"),
        cats=("Tools > Hand tools",),
        variants=single("KT-C19", "38.00", g(210)),
        weight=g(210),
    ),
    "R07": L(
        "Soprano Ukulele with Gig Bag",
        "Palm Lane",
        "Ukulele",
        "69.00",
        "USD",
        P(
            "A soprano ukulele with a laminated mahogany body and a walnut fingerboard.",
            "It has 12 frets, nylon strings and open gear tuners, and comes with a padded gig bag. "
            "Scale length 35 cm.",
        ),
        {
            "Body": ["laminated mahogany"],
            "Fingerboard": ["walnut"],
            "Strings": ["nylon"],
            "Frets": ["12"],
            "Scale length": ["35 cm"],
        },
        tags=("ukulele", "beginner"),
        cats=("Music > String instruments",),
        options={"Finish": ["Natural", "Sunburst"]},
        variants=variants("PL-SU", {"Finish": ["Natural", "Sunburst"]}, ["69.00", "74.00"], g(450)),
        weight=g(450),
    ),
    "R08": L(
        "Sisal Cat Scratching Post 80 cm",
        "Whiskerwood",
        "Scratching post",
        "45.00",
        "USD",
        P(
            "An 80 cm scratching post wrapped in natural sisal rope, on a 40 x 40 cm base "
            "covered in "
            "plush.",
            "A pom-pom toy hangs from the top. Screws and an Allen key are in the box; assembly "
            "takes about five minutes.",
        ),
        {"Height": ["80 cm"], "Post": ["sisal rope"], "Base": ["40 x 40 cm", "plush"]},
        tags=("cats",),
        cats=("Pets > Cats",),
        options={"Colour": ["Beige", "Grey"]},
        variants=variants(
            "WW-SP80", {"Colour": ["Beige", "Grey"]}, ["45.00", "45.00"], g(4.2, "kg")
        ),
        weight=g(4.2, "kg"),
    ),
    "R09": L(
        "Traveller 5-Section Tripod",
        "Northlight Optics",
        "Camera tripod",
        "119.00",
        "USD",
        P(
            "An aluminium travel tripod with five leg sections and an arca-swiss ball head.",
            "It reaches 160 cm, folds to 42 cm and holds up to 8 kg. One leg unscrews to make a "
            "monopod. A carry bag is included.",
        ),
        {
            "Material": ["aluminium"],
            "Leg sections": ["5"],
            "Max height": ["160 cm"],
            "Folded": ["42 cm"],
            "Max load": ["8 kg"],
            "Head": ["ball head", "arca-swiss"],
        },
        tags=("photography", "travel"),
        cats=("Electronics > Cameras > Tripods",),
        variants=single("NO-T5", "119.00", g(1.4, "kg")),
        weight=g(1.4, "kg"),
    ),
    "R10": L(
        "Pebble Mini Bluetooth Speaker",
        "Soundfold",
        "Bluetooth speaker",
        "59.00",
        "USD",
        P(
            "A pocket Bluetooth 5.3 speaker, rated IP67 against dust and water.",
            "It plays for up to 12 hours and charges over USB-C in about 3 hours. Two of them pair "
            "for stereo. 5 W driver.",
        ),
        {
            "Bluetooth": ["5.3"],
            "Rating": ["IP67"],
            "Battery": ["up to 12 hours"],
            "Charging": ["USB-C", "about 3 hours"],
            "Output": ["5 W"],
        },
        tags=("audio", "waterproof"),
        cats=("Electronics > Audio",),
        options={"Colour": ["Sand", "Charcoal", "Sage"]},
        variants=variants(
            "SF-PM", {"Colour": ["Sand", "Charcoal", "Sage"]}, ["59.00", "59.00", "59.00"], g(260)
        ),
        weight=g(260),
    ),
    "R11": L(
        "Pima Cotton Bath Towel",
        "Andes Loom",
        "Bath towel",
        "34.00",
        "USD",
        P(
            "A bath towel woven in Lima, Peru, from 100% Pima cotton at 600 gsm.",
            "It measures 70 x 140 cm. Machine wash at 40 °C; tumble dry low. No fabric softener.",
        ),
        {
            "Material": ["100% Pima cotton"],
            "Weight": ["600 gsm"],
            "Size": ["70 x 140 cm"],
            "Origin": ["Lima, Peru"],
        },
        tags=("bath", "made in peru"),
        cats=("Home > Bath",),
        options={"Colour": ["White", "Stone", "Terracotta"]},
        variants=variants(
            "AL-BT",
            {"Colour": ["White", "Stone", "Terracotta"]},
            ["34.00", "34.00", "34.00"],
            g(590),
        ),
        weight=g(590),
    ),
    "R12": L(
        "Akácméz Somogyból 500 g",
        "Méhes Kert",
        "Méz",
        "3490",
        "HUF",
        P(
            "Termelői akácméz Somogy megyéből, a saját méhészetünkből.",
            "Hőkezeletlen, szűrt méz 500 g-os üvegben. Szobahőmérsékleten, fénytől védve "
            "tárolandó. "
            "Egy éven aluli gyermeknek nem adható.",
        ),
        {
            "Fajta": ["akácméz"],
            "Nettó tömeg": ["500 g"],
            "Származás": ["Somogy megye"],
            "Csomagolás": ["üveg"],
        },
        tags=("méz", "magyar termék"),
        cats=("Élelmiszer > Méz",),
        variants=single("MK-AK500", "3490", g(500)),
        weight=g(500),
    ),
    "R13": L(
        "Kubek ceramiczny z Bolesławca 350 ml",
        "Glinka",
        "Kubek",
        "89.00",
        "PLN",
        P(
            "Kubek z kamionki, ręcznie stemplowany w Bolesławcu.",
            "Pojemność 350 ml. Można myć w zmywarce i używać w mikrofalówce. Wzór niebieskie "
            "kropki.",
        ),
        {
            "Materiał": ["kamionka"],
            "Pojemność": ["350 ml"],
            "Pochodzenie": ["Bolesławiec"],
            "Wzór": ["niebieskie kropki"],
        },
        tags=("ceramika", "bolesławiec"),
        cats=("Dom > Kuchnia > Kubki",),
        variants=single("GL-K350", "89.00", g(380)),
        weight=g(380),
    ),
    "R14": L(
        "Lininė staltiesė 140 x 220 cm",
        "Linų Namai",
        "Staltiesė",
        "49.00",
        "EUR",
        P(
            "Staltiesė iš 100 % lino, austa Panevėžyje.",
            "Dydis 140 x 220 cm. Skalbti 40 °C temperatūroje, lyginti drėgną.",
        ),
        {"Medžiaga": ["100 % linas"], "Dydis": ["140 x 220 cm"], "Kilmė": ["Panevėžys"]},
        tags=("linas",),
        cats=("Namai > Stalo tekstilė",),
        options={"Spalva": ["Natūrali", "Balta"]},
        variants=variants("LN-ST", {"Spalva": ["Natūrali", "Balta"]}, ["49.00", "49.00"], g(650)),
        weight=g(650),
    ),
    "R15": L(
        "Idrijska čipka, podstavek 12 cm",
        "Klekljarica",
        "Čipka",
        "24.00",
        "EUR",
        P(
            "Podstavek iz idrijske čipke, ročno klekljan v Idriji.",
            "Premer 12 cm, bombažna nit. Prati ročno v mlačni vodi, sušiti na ravnem.",
        ),
        {
            "Material": ["bombaž"],
            "Premer": ["12 cm"],
            "Izvor": ["Idrija"],
            "Izdelava": ["ročno klekljano"],
        },
        tags=("čipka", "ročno delo"),
        cats=("Dom > Dekoracija",),
        options={"Barva": ["Bela"]},
        variants=single("KL-P12", "24.00", g(8), title="Bela"),
    ),
    "R16": L(
        "Keramikvase fra Bornholm, 20 cm",
        "Klint Keramik",
        "Vase",
        "450.00",
        "DKK",
        P(
            "Drejet vase fra vores værksted på Bornholm.",
            "Højde 20 cm. Stentøj med glasur indvendig, så den holder vand. Hver vase er unik.",
        ),
        {"Materiale": ["stentøj"], "Højde": ["20 cm"], "Oprindelse": ["Bornholm"]},
        tags=("keramik", "håndlavet"),
        cats=("Bolig > Vaser",),
        options={"Glasur": ["Havblå", "Askegrå"]},
        variants=variants(
            "KK-V20", {"Glasur": ["Havblå", "Askegrå"]}, ["450.00", "450.00"], g(900)
        ),
        weight=g(900),
    ),
    "R17": L(
        "Istarsko ekstra djevičansko maslinovo ulje 500 ml",
        "Uljara Brajde",
        "Maslinovo ulje",
        "18.00",
        "EUR",
        P(
            "Ekstra djevičansko maslinovo ulje iz naših maslinika u Istri, hladno prešano.",
            "Sorte istarska bjelica i leccino. Berba 2026. Boca od tamnog stakla, 500 ml. Čuvati "
            "na tamnom i hladnom mjestu.",
        ),
        {
            "Sorte": ["istarska bjelica", "leccino"],
            "Volumen": ["500 ml"],
            "Podrijetlo": ["Istra"],
            "Berba": ["2026"],
        },
        tags=("maslinovo ulje",),
        cats=("Hrana > Ulja",),
        variants=single("UB-EV500", "18.00", g(920)),
        weight=g(920),
    ),
    "R18": L(
        "Pure Maple Syrup, Amber, 500 ml",
        "Sucrerie Morin",
        "Maple syrup",
        "19.00",
        "CAD",
        P(
            "Pure maple syrup, Grade A Amber with a rich taste, made on our family sugar bush in "
            "Beauce, Quebec, Canada.",
            "Nothing is added. 500 ml glass bottle. Refrigerate after opening.",
        ),
        {
            "Grade": ["Grade A Amber, rich taste"],
            "Volume": ["500 ml"],
            "Origin": ["Beauce, Quebec, Canada"],
            "Ingredients": ["100% maple syrup"],
        },
        tags=("maple", "product of canada"),
        cats=("Food > Pantry",),
        variants=single("SM-A500", "19.00", g(780)),
        weight=g(780),
    ),
    "R19": L(
        "7-in-1 USB-C Hub",
        "Portwise",
        "USB-C hub",
        "49.00",
        "USD",
        P(
            "A 7-in-1 USB-C hub in an aluminium shell with a 15 cm cable.",
            "Ports: HDMI (4K at 60 Hz), two USB-A 3.0, USB-C power delivery pass-through up to "
            "100 W, SD and microSD readers, and Gigabit Ethernet.",
        ),
        {
            "Ports": [
                "HDMI 4K 60 Hz",
                "2 x USB-A 3.0",
                "USB-C PD 100 W",
                "SD",
                "microSD",
                "Gigabit Ethernet",
            ],
            "Housing": ["aluminium"],
            "Cable": ["15 cm"],
        },
        tags=("usb-c",),
        cats=("Electronics > Computer accessories",),
        options={"Colour": ["Space Grey"]},
        variants=single("PW-H7", "49.00", g(95), title="Space Grey"),
        weight=g(95),
    ),
    "R20": L(
        "Baby Sleeping Bag 2.5 TOG",
        "Little Lanka",
        "Baby sleeping bag",
        "42.00",
        "USD",
        P(
            "A 2.5 TOG baby sleeping bag made in Sri Lanka from 100% organic cotton, GOTS "
            "certified.",
            "Two-way zip, no sleeves, for rooms at 16-20 °C. Machine wash at 40 °C.",
        ),
        {
            "Material": ["100% organic cotton"],
            "Certification": ["GOTS"],
            "TOG": ["2.5"],
            "Origin": ["Sri Lanka"],
            "Room temperature": ["16-20 °C"],
        },
        tags=("baby", "organic cotton", "made in sri lanka"),
        cats=("Baby > Sleep",),
        options={"Age": ["0-6 months", "6-18 months"]},
        variants=variants(
            "LL-SB", {"Age": ["0-6 months", "6-18 months"]}, ["42.00", "46.00"], g(280)
        ),
        weight=g(280),
    ),
    "R21": L(
        "Hand Block-Printed Cotton Scarf",
        "Sanganer Prints",
        "Scarf",
        "1450",
        "INR",
        P(
            "A cotton mulmul scarf hand block-printed in Jaipur, India, with natural indigo.",
            "It measures 70 x 180 cm. Hand wash separately in cold water; the indigo may bleed in "
            "the first washes.",
        ),
        {
            "Material": ["cotton mulmul"],
            "Dye": ["natural indigo"],
            "Size": ["70 x 180 cm"],
            "Origin": ["Jaipur, India"],
        },
        tags=("block print", "handmade"),
        cats=("Accessories > Scarves",),
        options={"Colour": ["Indigo"]},
        variants=single("SP-SC", "1450", g(90), title="Indigo"),
        weight=g(90),
    ),
    "R22": L(
        "Leather Pouf, Unstuffed",
        "Riad Atlas",
        "Pouf",
        "129.00",
        "USD",
        P(
            "A round pouf cover handmade in Marrakesh, Morocco, from goat leather with hand "
            "stitching.",
            "50 cm across and 30 cm high once filled. It is sold unstuffed: fill it with old "
            "textiles or foam. Wipe with a dry cloth.",
        ),
        {
            "Material": ["goat leather"],
            "Size": ["50 x 30 cm"],
            "Origin": ["Marrakesh, Morocco"],
            "Filling": ["not included"],
        },
        tags=("moroccan", "leather", "handmade"),
        cats=("Home > Furniture > Poufs",),
        options={"Colour": ["Tan", "Black"]},
        variants=variants(
            "RA-PF", {"Colour": ["Tan", "Black"]}, ["129.00", "129.00"], g(1.3, "kg")
        ),
        weight=g(1.3, "kg"),
    ),
    "R23": L(
        "Sterling Silver Stacking Ring",
        "Plateria Luna",
        "Ring",
        "35.00",
        "USD",
        P(
            "A 2 mm stacking ring in 925 sterling silver, made by hand in Taxco, Mexico.",
            "Hammered finish. Sizes 5 to 9. Silver tarnishes: polish with a soft cloth.",
        ),
        {
            "Material": ["925 sterling silver"],
            "Band width": ["2 mm"],
            "Origin": ["Taxco, Mexico"],
            "Finish": ["hammered"],
        },
        tags=("silver", "made in mexico"),
        cats=("Jewellery > Rings",),
        options={"Size": ["5", "6", "7", "8", "9"]},
        variants=variants("PL-R2", {"Size": ["5", "6", "7", "8", "9"]}, ["35.00"] * 5, g(2)),
        weight=g(2),
    ),
    "R24": L(
        "70% Dark Chocolate, Ecuador",
        "Cacao Mitad",
        "Chocolate bar",
        "9.00",
        "USD",
        P(
            "A 70% dark chocolate bar made bean to bar in our workshop in Quito, Ecuador, from "
            "Nacional cacao.",
            "Ingredients: cacao beans, cane sugar. 80 g. May contain traces of milk and nuts. "
            "Store "
            "below 20 °C.",
        ),
        {
            "Cacao": ["70%", "Nacional"],
            "Ingredients": ["cacao beans", "cane sugar"],
            "Net weight": ["80 g"],
            "Origin": ["Quito, Ecuador"],
        },
        tags=("dark chocolate", "vegan", "bean to bar"),
        cats=("Food > Chocolate",),
        variants=single("CM-70", "9.00", g(80)),
        weight=g(80),
    ),
    "R25": L(
        "Sisal Kiondo Basket with Leather Handles",
        "Ukambani Weavers",
        "Basket",
        "48.00",
        "USD",
        P(
            "A kiondo basket handwoven from sisal in Machakos, Kenya, with leather handles.",
            "About 30 cm across and 28 cm high. Colours vary from basket to basket. Reshape by "
            "dipping in water and leaving it to dry.",
        ),
        {
            "Material": ["sisal", "leather handles"],
            "Size": ["about 30 x 28 cm"],
            "Origin": ["Machakos, Kenya"],
        },
        tags=("kiondo", "handwoven", "fair trade"),
        cats=("Home > Storage > Baskets",),
        variants=single("UW-K30", "48.00", g(420)),
        weight=g(420),
    ),
    "R26": L(
        "Bike Service at Your Home, Christchurch",
        "Spokes on Call",
        "Bike service",
        "95.00",
        "NZD",
        P(
            "A mechanic comes to your home within 10 km of Christchurch Central and services your "
            "bike on the spot.",
            "Standard service (NZ$95): gears and brakes adjusted, drivetrain cleaned, tyres "
            "checked, about an hour. Full service (NZ$160): all of that plus wheels trued and "
            "bearings checked, about two hours. Parts are charged extra. Book at least two days "
            "ahead. We do not service e-bike motors.",
        ),
        {
            "Area": ["within 10 km of Christchurch Central"],
            "Duration": ["about 1 hour", "about 2 hours"],
        },
        tags=("service", "christchurch"),
        cats=("Services > Bicycle",),
        options={"Service": ["Standard", "Full"]},
        variants=variants("SOC", {"Service": ["Standard", "Full"]}, ["95.00", "160.00"]),
    ),
    "R27": L(
        "Linen Apron", "Hearthside", "", "32.00", "USD", "", variants=single("HS-AP", "32.00")
    ),
    "R28": L(
        "Ceramic Soap Dish",
        "",
        "",
        "14.00",
        "USD",
        "",
        {"Size": ["12 x 9 cm"]},
        variants=single("SD-12", "14.00"),
    ),
    "R29": L(
        "Calligraphy Starter Set",
        "Inkwell & Quill",
        "Grouped product",
        None,
        "USD",
        P("Everything to start pointed-pen calligraphy. Each item is sold on its own."),
        children=[
            {
                "title": "Oblique Pen Holder",
                "price": "18.00",
                "attributes": {"Material": ["beech wood", "brass flange"]},
            },
            {
                "title": "Pointed Nibs, pack of 5",
                "price": "12.00",
                "attributes": {"Material": ["steel"], "Count": ["5"]},
            },
            {
                "title": "Black Walnut Ink 30 ml",
                "price": "9.00",
                "attributes": {"Volume": ["30 ml"]},
            },
            {
                "title": "Practice Pad A5, 50 sheets",
                "price": "11.00",
                "attributes": {"Paper": ["100 gsm"], "Sheets": ["50"], "Size": ["A5"]},
            },
        ],
    ),
    "R30": L(
        "Lagoon 4 Inflatable Hot Tub",
        "Bluewater Leisure",
        "Hot tub",
        "649.00",
        "USD",
        P(
            "Sold and shipped by our partner Bluewater Leisure, who handle delivery, returns and "
            "the warranty.",
            "An inflatable hot tub for up to four people, 800 litres, 180 cm across and 70 cm "
            "high. The pump heats the water to at most 40 °C, about 1.5 °C an hour, and runs 120 "
            "air jets. Cover, filter cartridges and hand pump included. Delivered to your door in "
            "5-7 working days. Two-year warranty from Bluewater Leisure.",
        ),
        {
            "Seats": ["4"],
            "Volume": ["800 litres"],
            "Max temperature": ["40 °C"],
            "Jets": ["120"],
            "Warranty": ["two years, from Bluewater Leisure"],
        },
        tags=("hot tub", "bluewater leisure", "sold by partner"),
        cats=("Garden > Hot tubs",),
        variants=single("BL-L4", "649.00", g(32, "kg")),
        weight=g(32, "kg"),
        dimensions={"length": 180, "width": 180, "height": 70, "unit": "cm"},
    ),
}


def build():
    out = {}
    for key, listing in LISTINGS.items():
        row: dict[str, Any] = {"external_id": key}
        row.update(listing)
        row.setdefault("options", {})
        out[key] = row
    return out


def main():
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(build(), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(LISTINGS)} listings")


if __name__ == "__main__":
    main()
