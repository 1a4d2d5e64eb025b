"""Write listings.json for guardrails holdout v42: 30 invented listings, R01..R30.

Run from this folder:  python make_listings.py
"""

import json
import os
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per value of a single option axis, prices in the same order."""
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
                "external_id": f"{sku}-v{n}",
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
            "external_id": f"{sku}-v1",
        }
    ]


def g(value, unit="g"):
    return {"value": value, "unit": unit}


def L(title, vendor, ptype, price, currency, desc, attrs=None, tags=(), cats=(), extra=None, **kw):
    out: dict[str, Any] = {
        "title": title,
        "vendor": vendor,
        "product_type": ptype,
        "price": price,
        "currency": currency,
        "description_html": desc,
        "attributes": attrs or {},
        "tags": list(tags),
        "categories": list(cats),
        "updated_at": "2026-12-07T09:00:00+00:00",
    }
    out.update(extra or {})
    out.update(kw)
    return out


def P(*paras):
    return "".join(f"<p>{p}</p>" for p in paras)


LISTINGS: dict[str, dict[str, Any]] = {
    "R01": L(
        "Hemp Chalk Bag with Brush Loop",
        "Cragline",
        "Chalk bag",
        "28.00",
        "USD",
        P(
            "A roomy chalk bag sewn by hand in Kathmandu, Nepal, from hemp canvas with a fleece "
            "lining.",
            "A drawcord closure keeps chalk in, and a loop on the side holds a brush. "
            "Chalk and brush are not included. The waist belt fits 60 to 110 cm.",
        ),
        {
            "Material": ["hemp canvas", "fleece lining"],
            "Origin": ["Kathmandu, Nepal"],
            "Belt": ["60-110 cm"],
        },
        ["climbing", "handmade", "made in nepal"],
        ["Sports > Climbing > Chalk bags"],
        options={"Color": ["Natural", "Moss"]},
        variants=variants("CL-CB", {"Color": ["Natural", "Moss"]}, ["28.00", "28.00"], g(140)),
        weight=g(140),
        dimensions={"length": None, "width": 13, "height": 17, "unit": "cm"},
    ),
    "R02": L(
        "Large Arbor Fly Reel",
        "Riffle & Reed",
        "Fly reel",
        "89.00",
        "USD",
        P(
            "A large arbor fly reel machined from 6061 aluminium with a sealed carbon disc drag.",
            "Left or right hand retrieve, changed without tools. Line and backing are sold "
            "separately.",
        ),
        {
            "Material": ["6061 aluminium"],
            "Drag": ["sealed carbon disc"],
            "Line weight": ["5/6", "7/8"],
        },
        ["fly fishing"],
        ["Sports > Fishing > Reels"],
        options={"Line weight": ["5/6", "7/8"]},
        variants=variants("RR-FR", {"Line weight": ["5/6", "7/8"]}, ["89.00", "99.00"]),
        weight=g(156),
        dimensions={"length": None, "width": 3.2, "height": 9, "unit": "cm"},
    ),
    "R03": L(
        "Cabretta Leather Golf Glove",
        "Fairway Nine",
        "Golf glove",
        "18.00",
        "USD",
        P(
            "A golf glove of cabretta leather with stretch mesh across the knuckles, stitched in "
            "Sialkot, Pakistan.",
            "For the left hand of a right-handed golfer. A Velcro tab closes "
            "the wrist. Air dry away from heat.",
        ),
        {
            "Material": ["cabretta leather", "stretch mesh"],
            "Origin": ["Sialkot, Pakistan"],
            "Hand": ["left"],
        },
        ["golf"],
        ["Sports > Golf > Gloves"],
        options={"Size": ["S", "M", "L", "XL"]},
        variants=variants(
            "FN-GG", {"Size": ["S", "M", "L", "XL"]}, ["18.00", "18.00", "18.00", "18.00"], g(25)
        ),
        weight=g(25),
    ),
    "R04": L(
        "Bypass Pruning Shears 20 cm",
        "Greenrow",
        "Secateurs",
        "32.00",
        "USD",
        P(
            "Bypass secateurs with an SK5 carbon steel blade and a non-stick coating.",
            "They cut live branches up to 20 mm thick. Aluminium handles with rubber grips and a "
            "safety catch. Wipe the blade dry and oil it after use.",
        ),
        {
            "Material": ["SK5 carbon steel blade", "aluminium handles"],
            "Cutting capacity": ["20 mm"],
            "Length": ["20 cm"],
        },
        ["garden tools"],
        ["Garden > Hand tools"],
        variants=single("GR-PS20", "32.00", g(240)),
        weight=g(240),
        dimensions={"length": 20, "width": None, "height": None, "unit": "cm"},
    ),
    "R05": L(
        "Ultralight Camping Hammock",
        "Ridgeback Outdoor",
        "Hammock",
        "59.00",
        "USD",
        P(
            "A single camping hammock of 20D ripstop nylon, 270 x 140 cm, holding up to 150 kg.",
            "Two tree straps and two aluminium carabiners are included. It packs into its own "
            "stuff sack. A rain tarp is not included.",
        ),
        {"Material": ["20D ripstop nylon"], "Size": ["270 x 140 cm"], "Load": ["150 kg"]},
        ["camping", "hiking"],
        ["Outdoors > Camping > Hammocks"],
        options={"Color": ["Forest", "Slate"]},
        variants=variants("RO-HM", {"Color": ["Forest", "Slate"]}, ["59.00", "59.00"], g(420)),
        weight=g(420),
    ),
    "R06": L(
        "Shetland Wool Yarn, 4-ply, 25 g",
        "Voe Yarns",
        "Yarn",
        "4.50",
        "GBP",
        P(
            "Pure Shetland wool, spun in Shetland, Scotland, into a 4-ply jumper-weight yarn.",
            "Each 25 g ball is about 115 m long. Hand wash in cool water.",
        ),
        {
            "Fibre": ["100% Shetland wool"],
            "Origin": ["Shetland, Scotland"],
            "Weight": ["4-ply"],
            "Length": ["115 m"],
            "Needles": ["3-3.5 mm"],
        },
        ["knitting", "wool", "made in scotland"],
        ["Crafts > Knitting > Yarn"],
        options={"Color": ["Moorit", "Shaela", "Fawn"]},
        variants=variants(
            "VY-4P", {"Color": ["Moorit", "Shaela", "Fawn"]}, ["4.50", "4.50", "4.50"], g(25)
        ),
        weight=g(25),
    ),
    "R07": L(
        "Walnut and Maple Chess Set",
        "Rookery Games",
        "Chess set",
        "79.00",
        "USD",
        P(
            "A folding chess board of walnut and maple, 40 cm square, with 45 mm squares.",
            "The 32 weighted pieces have felt bases; the king stands 7.6 cm tall. The board "
            "folds into a box that holds the pieces.",
        ),
        {
            "Material": ["walnut", "maple"],
            "Board": ["40 x 40 cm"],
            "King height": ["7.6 cm"],
            "Pieces": ["32"],
        },
        ["chess", "board games"],
        ["Toys & Games > Board games > Chess"],
        variants=single("RG-CS40", "79.00", g(2.1, "kg")),
        weight=g(2.1, "kg"),
        dimensions={"length": 40, "width": 20, "height": 5, "unit": "cm"},
    ),
    "R08": L(
        "Adjustable Aquarium Heater 100 W",
        "Clearwater Pets",
        "Aquarium heater",
        "27.00",
        "USD",
        P(
            "A 100 W submersible heater for tanks of 60 to 100 litres.",
            "Set it from 18 to 32 °C with the dial. Shatter-resistant quartz glass tube; it "
            "switches off if it runs dry. Two suction cups hold it in place.",
        ),
        {
            "Power": ["100 W"],
            "Tank size": ["60-100 litres"],
            "Range": ["18-32 °C"],
            "Material": ["quartz glass"],
        },
        ["aquarium", "freshwater"],
        ["Pets > Fish > Heaters"],
        variants=single("CP-AH100", "27.00", g(180)),
        weight=g(180),
        dimensions={"length": 25, "width": None, "height": None, "unit": "cm"},
    ),
    "R09": L(
        "Pre-Seasoned Cast Iron Skillet 26 cm",
        "Forja Velha",
        "Skillet",
        "45.00",
        "USD",
        P(
            "A 26 cm cast iron skillet, cast in Minas Gerais, Brazil, and pre-seasoned with "
            "vegetable oil.",
            "Use it on gas, electric, induction, in the oven or over a "
            "campfire. Hand wash, dry at once and wipe with a little oil. Not dishwasher safe.",
        ),
        {"Material": ["cast iron"], "Origin": ["Minas Gerais, Brazil"], "Diameter": ["26 cm"]},
        ["cookware", "induction"],
        ["Kitchen > Cookware > Skillets"],
        variants=single("FV-SK26", "45.00", g(2.4, "kg")),
        weight=g(2.4, "kg"),
    ),
    "R10": L(
        "75% Wireless Mechanical Keyboard",
        "Keyforge",
        "Keyboard",
        "99.00",
        "USD",
        P(
            "A 75% mechanical keyboard with hot-swappable switches and PBT keycaps.",
            "Connect by USB-C cable, Bluetooth 5.1 (up to three devices) or a 2.4 GHz receiver. "
            "The 4000 mAh battery lasts up to 200 hours with the backlight off. Works with Windows "
            "and macOS.",
        ),
        {
            "Layout": ["75%", "84 keys"],
            "Keycaps": ["PBT"],
            "Battery": ["4000 mAh"],
            "Connection": ["USB-C", "Bluetooth 5.1", "2.4 GHz"],
        },
        ["keyboard", "wireless"],
        ["Electronics > Computer accessories > Keyboards"],
        options={"Switch": ["Brown", "Red"]},
        variants=variants("KF-75", {"Switch": ["Brown", "Red"]}, ["99.00", "109.00"], g(880)),
        weight=g(880),
    ),
    "R11": L(
        "Baby Alpaca Throw",
        "Altiplano Loom",
        "Throw blanket",
        "189.00",
        "USD",
        P(
            "A throw woven in La Paz, Bolivia, from 100% baby alpaca.",
            "It measures 130 x 170 cm. Dry clean only.",
        ),
        {"Material": ["100% baby alpaca"], "Origin": ["La Paz, Bolivia"], "Size": ["130 x 170 cm"]},
        ["alpaca", "made in bolivia"],
        ["Home > Bedding > Throws"],
        options={"Color": ["Oatmeal", "Charcoal"]},
        variants=variants(
            "AL-TH", {"Color": ["Oatmeal", "Charcoal"]}, ["189.00", "189.00"], g(900)
        ),
        weight=g(900),
    ),
    "R12": L(
        "Smörkniv i björk",
        "Dalaslöjd",
        "Smörkniv",
        "149",
        "SEK",
        P(
            "Smörkniven är täljd för hand i Dalarna av svensk björk.",
            "Den är 18 cm lång. Diska för hand och olja den ibland med matolja.",
        ),
        {"Material": ["björk"], "Ursprung": ["Dalarna, Sverige"], "Längd": ["18 cm"]},
        ["handgjord", "trä"],
        ["Kök > Redskap"],
        variants=single("DS-SK18", "149", g(20)),
        weight=g(20),
    ),
    "R13": L(
        "Ostehøvel i rustfritt stål",
        "Fjordsmie",
        "Ostehøvel",
        "249",
        "NOK",
        P(
            "Ostehøvelen er laget i Lillehammer av rustfritt stål med håndtak i eik.",
            "Den er 22 cm lang. Bladet tåler oppvaskmaskin, håndtaket vaskes for hånd.",
        ),
        {
            "Materiale": ["rustfritt stål", "eik"],
            "Opprinnelse": ["Lillehammer, Norge"],
            "Lengde": ["22 cm"],
        },
        ["kjøkken"],
        ["Kjøkken > Redskap"],
        variants=single("FS-OH22", "249", g(60)),
        weight=g(60),
    ),
    "R14": L(
        "Delfts blauwe tegel, handbeschilderd",
        "Atelier Blauwgoed",
        "Tegel",
        "39.00",
        "EUR",
        P(
            "Deze tegel is met de hand beschilderd in Delft, op aardewerk.",
            "Hij meet 13 x 13 cm. Met een ophangoog aan de achterkant. Niet geschikt voor buiten.",
        ),
        {
            "Materiaal": ["aardewerk"],
            "Herkomst": ["Delft, Nederland"],
            "Maat": ["13 x 13 cm"],
            "Motief": ["molen"],
        },
        ["handbeschilderd", "delfts blauw"],
        ["Wonen > Decoratie"],
        variants=single("AB-T13", "39.00", g(300)),
        weight=g(300),
    ),
    "R15": L(
        "Carteira de cortiça",
        "Sobreiro & Co",
        "Carteira",
        "29.00",
        "EUR",
        P(
            "Carteira feita em Santa Maria da Feira, Portugal, em tecido de cortiça com forro de "
            "algodão.",
            "Mede 11 x 9 cm e tem 8 ranhuras para cartões. Limpar com um pano húmido.",
        ),
        {
            "Material": ["tecido de cortiça", "forro de algodão"],
            "Origem": ["Santa Maria da Feira, Portugal"],
            "Medidas": ["11 x 9 cm"],
            "Cartões": ["8"],
        },
        ["cortiça", "vegan"],
        ["Acessórios > Carteiras"],
        options={"Cor": ["Natural", "Preto"]},
        variants=variants("SC-CT", {"Cor": ["Natural", "Preto"]}, ["29.00", "29.00"], g(45)),
        weight=g(45),
    ),
    "R16": L(
        "Adīti vilnas cimdi",
        "Kuldīgas Raksti",
        "Cimdi",
        "35.00",
        "EUR",
        P(
            "Cimdi ir adīti ar rokām Kuldīgā no 100% aitas vilnas.",
            "Mazgāt ar rokām 30 °C ūdenī un žāvēt guļus.",
        ),
        {"Materiāls": ["100% aitas vilna"], "Izcelsme": ["Kuldīga, Latvija"]},
        ["rokdarbs", "vilna"],
        ["Apģērbs > Cimdi"],
        options={"Izmērs": ["M", "L"]},
        variants=variants("KR-CM", {"Izmērs": ["M", "L"]}, ["35.00", "35.00"], g(90)),
        weight=g(90),
    ),
    "R17": L(
        "Μαστίχα Χίου ΠΟΠ, 50 g",
        "Μαστιχοχώρια",
        "Μαστίχα",
        "12.00",
        "EUR",
        P(
            "Φυσική μαστίχα σε δάκρυα από τη νότια Χίο, Προϊόν Προστατευόμενης Ονομασίας "
            "Προέλευσης.",
            "Καθαρό βάρος 50 g. Φυλάσσεται σε δροσερό και ξηρό μέρος.",
        ),
        {
            "Υλικό": ["μαστίχα Χίου"],
            "Προέλευση": ["Χίος, Ελλάδα"],
            "Πιστοποίηση": ["ΠΟΠ"],
            "Βάρος": ["50 g"],
        },
        ["μαστίχα", "ΠΟΠ"],
        ["Τρόφιμα > Μπαχαρικά"],
        variants=single("MX-50", "12.00", g(50)),
        weight=g(50),
    ),
    "R18": L(
        "Merkén Smoked Chili Blend 100 g",
        "Cocina del Sur",
        "Spice blend",
        "5990",
        "CLP",
        P(
            "Merkén from Temuco, Chile: smoked cacho de cabra chili ground with toasted coriander "
            "seed and salt.",
            "100 g in a resealable pouch. Contains no other ingredients.",
        ),
        {
            "Ingredients": ["smoked cacho de cabra chili", "coriander seed", "salt"],
            "Origin": ["Temuco, Chile"],
            "Net weight": ["100 g"],
        },
        ["spice", "smoked", "made in chile"],
        ["Food > Spices"],
        variants=single("CS-MK100", "5990", g(100)),
        weight=g(100),
    ),
    "R19": L(
        "Portable SSD USB-C",
        "Northbyte",
        "External SSD",
        "109.00",
        "USD",
        P(
            "A pocket solid-state drive with USB 3.2 Gen 2, reading at up to 1050 MB/s.",
            "A USB-C to USB-C cable and a USB-C to USB-A cable are included. Formatted exFAT for "
            "Windows and macOS. Three-year limited warranty.",
        ),
        {
            "Interface": ["USB 3.2 Gen 2"],
            "Read speed": ["1050 MB/s"],
            "Capacity": ["1 TB", "2 TB"],
            "Housing": ["aluminium"],
        },
        ["ssd", "storage"],
        ["Electronics > Storage > External drives"],
        options={"Capacity": ["1 TB", "2 TB"]},
        variants=variants("NB-SSD", {"Capacity": ["1 TB", "2 TB"]}, ["109.00", "179.00"], g(58)),
        weight=g(58),
        dimensions={"length": 8.5, "width": 5.5, "height": 1, "unit": "cm"},
    ),
    "R20": L(
        "Vented Riding Helmet",
        "Stirrup Line",
        "Riding helmet",
        "129.00",
        "USD",
        P(
            "A riding helmet certified to VG1 and ASTM F1163, with an ABS shell and a removable, "
            "washable liner.",
            "A dial at the back adjusts the fit. Made in China. Replace it after any fall.",
        ),
        {"Shell": ["ABS"], "Certification": ["VG1", "ASTM F1163"], "Origin": ["China"]},
        ["equestrian", "helmet"],
        ["Sports > Equestrian > Helmets"],
        options={"Size": ["S (53-55 cm)", "M (56-58 cm)", "L (59-61 cm)"]},
        variants=variants(
            "SL-RH",
            {"Size": ["S (53-55 cm)", "M (56-58 cm)", "L (59-61 cm)"]},
            ["129.00", "129.00", "129.00"],
            g(520),
        ),
        weight=g(520),
    ),
    "R21": L(
        "Mother-of-Pearl Lacquer Jewellery Box",
        "Tongyeong Craft House",
        "Jewellery box",
        "89000",
        "KRW",
        P(
            "A najeon chilgi box made by hand in Tongyeong, South Korea: wood coated in "
            "natural lacquer with inlaid mother-of-pearl.",
            "It measures 15 x 10 x 6 cm and has "
            "one compartment lined with silk. Wipe with a dry cloth.",
        ),
        {
            "Material": ["wood", "natural lacquer", "mother-of-pearl", "silk lining"],
            "Origin": ["Tongyeong, South Korea"],
            "Size": ["15 x 10 x 6 cm"],
        },
        ["najeon", "handmade"],
        ["Home > Storage > Jewellery boxes"],
        variants=single("TC-JB15", "89000", g(380)),
        weight=g(380),
        dimensions={"length": 15, "width": 10, "height": 6, "unit": "cm"},
    ),
    "R22": L(
        "Raw Unrefined Shea Butter 250 g",
        "Savanna Karité",
        "Shea butter",
        "14.00",
        "USD",
        P(
            "Raw shea butter made by a women's cooperative near Tamale, Ghana.",
            "Unrefined and unscented, 250 g in a tin. For skin and hair. Store below 25 °C; it "
            "softens in heat.",
        ),
        {"Ingredients": ["shea butter"], "Origin": ["Tamale, Ghana"], "Net weight": ["250 g"]},
        ["fair trade", "unrefined", "made in ghana"],
        ["Beauty > Body care"],
        variants=single("SK-SB250", "14.00", g(300)),
        weight=g(300),
    ),
    "R23": L(
        "Wayuu Mochila Bag",
        "Guajira Hilos",
        "Shoulder bag",
        "95.00",
        "USD",
        P(
            "A mochila crocheted by hand by Wayuu weavers in La Guajira, Colombia, from acrylic "
            "yarn.",
            "About 25 cm across and 28 cm deep, with a 110 cm strap and a drawstring "
            "top. Each pattern is one of a kind. Hand wash cold.",
        ),
        {
            "Material": ["acrylic yarn"],
            "Origin": ["La Guajira, Colombia"],
            "Size": ["25 x 28 cm"],
            "Strap": ["110 cm"],
        },
        ["handmade", "wayuu"],
        ["Bags > Shoulder bags"],
        variants=single("GH-MO25", "95.00", g(350)),
        weight=g(350),
    ),
    "R24": L(
        "Dried Mango Slices 100 g",
        "Isla Harvest",
        "Dried fruit",
        "6.00",
        "USD",
        P(
            "Carabao mango from Cebu, Philippines, sliced and dried.",
            "Ingredients: mango, cane sugar, sodium metabisulphite. Contains sulphites. 100 g.",
        ),
        {
            "Ingredients": ["mango", "cane sugar", "sodium metabisulphite"],
            "Origin": ["Cebu, Philippines"],
            "Net weight": ["100 g"],
        },
        ["snack", "dried fruit"],
        ["Food > Snacks > Dried fruit"],
        variants=single("IH-DM100", "6.00", g(100)),
        weight=g(100),
    ),
    "R25": L(
        "Harissa Paste 200 g",
        "Dar Nabeul",
        "Harissa",
        "8.00",
        "USD",
        P(
            "Harissa made in Nabeul, Tunisia, from sun-dried red chili, garlic, caraway, "
            "coriander, salt and olive oil.",
            "200 g glass jar. Refrigerate after opening and use within four weeks.",
        ),
        {
            "Ingredients": ["red chili", "garlic", "caraway", "coriander", "salt", "olive oil"],
            "Origin": ["Nabeul, Tunisia"],
            "Net weight": ["200 g"],
        },
        ["spicy", "vegan", "made in tunisia"],
        ["Food > Sauces & pastes"],
        variants=single("DN-HA200", "8.00", g(340)),
        weight=g(340),
    ),
    "R26": L(
        "Home Piano Tuning, Brisbane",
        "Tuned Right",
        "Service",
        "180.00",
        "AUD",
        P(
            "A piano tuner comes to your home within 15 km of the Brisbane CBD.",
            "Standard tuning takes about 90 minutes. A pitch raise, for pianos not tuned in "
            "years, takes about two and a half hours. Repairs are quoted separately. Please book "
            "at least three days ahead. We do not service digital pianos.",
        ),
        {"Service area": ["within 15 km of Brisbane CBD"]},
        ["service", "piano"],
        ["Services > Music"],
        options={"Service": ["Standard tuning", "Pitch raise"]},
        variants=variants(
            "TR-PT", {"Service": ["Standard tuning", "Pitch raise"]}, ["180.00", "260.00"]
        ),
    ),
    "R27": L(
        "Canvas Tote Bag",
        "Ledgerline",
        "",
        "24.00",
        "USD",
        "",
        variants=single("LL-TOTE", "24.00"),
    ),
    "R28": L(
        "Glass Tumbler",
        "",
        "",
        "12.00",
        "USD",
        "",
        {"Capacity": ["300 ml"]},
        variants=single("GT-300", "12.00"),
    ),
    "R29": L(
        "Watercolour Starter Kit",
        "Riverstone Arts",
        "Art set",
        None,
        "USD",
        P("Everything to start painting in watercolour. Each item is also sold on its own."),
        cats=["Art supplies > Painting > Watercolour"],
        children=[
            {
                "title": "Synthetic Brush Trio",
                "price": "15.00",
                "attributes": {"Sizes": ["2", "6", "10"], "Bristles": ["synthetic"]},
            },
            {
                "title": "Watercolour Half Pans, 12 Colours",
                "price": "28.00",
                "attributes": {"Count": ["12 half pans"]},
            },
            {
                "title": "A5 Cold-Press Pad",
                "price": "14.00",
                "attributes": {
                    "Sheets": ["12"],
                    "Paper weight": ["300 gsm"],
                    "Fibre": ["cellulose"],
                },
            },
            {
                "title": "Porcelain Mixing Palette",
                "price": "7.00",
                "attributes": {"Wells": ["6"], "Material": ["porcelain"]},
            },
        ],
    ),
    "R30": L(
        "Tasman 300 Sit-On-Top Kayak",
        "Northshore Paddle",
        "Kayak",
        "549.00",
        "USD",
        P(
            "Sold and shipped by our partner Northshore Paddle, who handle delivery, returns and "
            "the warranty.",
            "A 3 m sit-on-top kayak of rotomoulded polyethylene for one adult, "
            "carrying up to 130 kg. A two-piece aluminium paddle and a padded seat are included. "
            "It weighs 22 kg. Door delivery in 7-10 working days. Northshore Paddle gives a "
            "three-year warranty on the hull.",
        ),
        {
            "Material": ["polyethylene"],
            "Length": ["3 m"],
            "Max load": ["130 kg"],
            "Seller": ["Northshore Paddle"],
        },
        ["Northshore Paddle", "kayak"],
        ["Outdoors > Water sports > Kayaks"],
        variants=single("NP-T300", "549.00", g(22, "kg")),
        weight=g(22, "kg"),
        dimensions={"length": 300, "width": 76, "height": None, "unit": "cm"},
    ),
}


def build():
    out = {}
    for key, listing in LISTINGS.items():
        row = {"external_id": key}
        row.update(listing)
        if not row.get("variants"):
            row.pop("variants", None)
        out[key] = row
    return out


def main():
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(build(), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(LISTINGS)} listings")


if __name__ == "__main__":
    main()
