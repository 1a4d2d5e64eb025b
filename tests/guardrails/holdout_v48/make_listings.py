"""Build listings.json for holdout v48: 30 invented listings, T01..T30, all written for v48."""

import json
import os
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per option value of a single option: options = (name, [values])."""
    name, values = options
    out = []
    for i, (value, price) in enumerate(zip(values, prices, strict=True)):
        out.append(
            {
                "sku": f"{sku}-{i + 1}",
                "title": value,
                "price": price,
                "compare_at_price": compare,
                "options": {name: value},
                "weight": weight,
                "external_id": f"{sku}-{i + 1}",
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
    d: dict[str, Any] = {
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
    d.update(extra or {})
    d.update(kw)
    return d


def P(*paras):
    return "".join(f"<p>{p}</p>" for p in paras)


def dims(length, width, height, unit="cm"):
    return {"length": length, "width": width, "height": height, "unit": unit}


def _c(*names):
    return {"Color": list(names)}


def build():
    T: dict[str, dict[str, Any]] = {}
    T["T01"] = L(
        "Driftline 5/6 Fly Reel",
        "Heronford Tackle",
        "Fly reel",
        "149.00",
        "USD",
        P(
            "A large-arbor reel machined from 6061 aluminium bar stock, with a sealed carbon drag.",
            "Holds a WF5 line plus 100 yards of 20 lb backing. Anodised in Colorado.",
        ),
        {"Material": ["6061 aluminium"], "Line weight": ["5/6"], "Drag": ["sealed carbon"]},
        ["left or right hand retrieve"],
        ["Fishing > Fly reels"],
        options=_c("Graphite", "Olive"),
        weight=g(142),
        variants=variants(
            "HF-DL56", ("Color", ["Graphite", "Olive"]), ["149.00", "149.00"], g(142)
        ),
        dimensions=dims(None, 9.2, None, "cm"),
    )
    T["T02"] = L(
        "No. 10 Cast Iron Skillet",
        "Brackenridge Foundry",
        "Skillet",
        "95.00",
        "USD",
        P(
            "Poured in Tennessee and pre-seasoned with flaxseed oil.",
            "Cooking surface 26 cm across; two pour spouts and a helper handle.",
            "Hand wash, dry on the burner, wipe with oil. Not for the dishwasher.",
        ),
        {"Material": ["cast iron"], "Diameter": ["12 in"]},
        ["pre-seasoned", "induction-ready"],
        ["Kitchen > Cookware"],
        weight=g(3.1, "kg"),
        variants=single("BF-10", "95.00", g(3.1, "kg")),
    )
    T["T03"] = L(
        "Thistle Cedar Bird Feeder",
        "Wrenwood",
        "Bird feeder",
        "38.00",
        "GBP",
        P(
            "A hopper feeder of western red cedar with a clear acrylic window"
            " to watch the seed level.",
            "Holds 1.2 litres of mixed seed. Hangs from a galvanised chain (included).",
        ),
        {"Material": ["western red cedar", "acrylic"], "Capacity": ["1.2 L"]},
        ["FSC"],
        ["Garden > Wildlife"],
        weight=g(900),
        variants=single("WW-TF", "38.00", g(900)),
        dimensions=dims(22, 18, 28, "cm"),
    )
    T["T04"] = L(
        "Tournament Chess Set, Sheesham",
        "Kingsrow & Co",
        "Chess set",
        "129.00",
        "EUR",
        P(
            "Staunton pieces turned in sheesham and boxwood, weighted and felted.",
            "King height 95 mm. Board not included; fits a board with 55 mm squares.",
        ),
        {"Material": ["sheesham", "boxwood"], "King height": ["95 mm"]},
        ["weighted"],
        ["Games > Chess"],
        weight=g(1.4, "kg"),
        variants=single("KR-TS", "129.00", g(1.4, "kg")),
    )
    T["T05"] = L(
        "Chime Brass Bike Bell",
        "Spokesmith",
        "Bicycle bell",
        "22.00",
        "GBP",
        P(
            "A spun brass dome with a long clear ring. Clamps to bars of 22.2 mm.",
            "Needs an adapter (sold separately) for 31.8 mm bars.",
        ),
        {"Material": ["brass"], "Clamp": ["22.2 mm"]},
        [],
        ["Cycling > Accessories"],
        options=_c("Polished", "Black"),
        weight=g(65),
        variants=variants("SS-CB", ("Color", ["Polished", "Black"]), ["22.00", "24.00"], g(65)),
    )
    T["T06"] = L(
        "Bypass Pruning Shears 200",
        "Greenhollow Tools",
        "Pruning shears",
        "42.00",
        "CAD",
        P(
            "SK5 carbon-steel blade, cuts branches up to 20 mm thick.",
            "Replaceable blade and spring. Overall length 200 mm.",
        ),
        {"Blade": ["SK5 carbon steel"], "Cut capacity": ["20 mm"]},
        ["replaceable blade"],
        ["Garden > Tools"],
        weight=g(230),
        variants=single("GH-200", "42.00", g(230)),
    )
    T["T07"] = L(
        "Misty Peak Oolong, 100 g",
        "Lantern Leaf Tea",
        "Loose-leaf tea",
        "18.50",
        "AUD",
        P(
            "A rolled oolong from Nantou, Taiwan, roasted lightly.",
            "Brew 5 g in 150 ml at 95 °C; it gives five or six infusions."
            " Packed in a resealable pouch.",
        ),
        {"Origin": ["Nantou, Taiwan"], "Weight": ["100 g"]},
        ["loose leaf"],
        ["Food > Tea"],
        weight=g(100),
        variants=single("LL-MPO", "18.50", g(100)),
    )
    T["T08"] = L(
        "Ridge Hand Coffee Grinder",
        "Oxbow Roasters",
        "Coffee grinder",
        "79.00",
        "USD",
        P(
            "Conical burrs of stainless steel, 38 mm, with 30 click settings.",
            "The hopper holds 25 g of beans. Brush the burrs; do not wash them in water.",
        ),
        {"Burr": ["38 mm stainless steel conical"], "Capacity": ["25 g"]},
        [],
        ["Coffee > Grinders"],
        weight=g(520),
        variants=single("OX-RG", "79.00", g(520)),
    )
    T["T09"] = L(
        "Fig Leaf Solid Perfume Tin",
        "Atelier Sorrel",
        "Solid perfume",
        "26.00",
        "EUR",
        P(
            "A balm of jojoba oil and beeswax, scented with fig leaf and cedar.",
            "15 g in a hinged tin. Vegan alternative not offered; contains beeswax.",
        ),
        {"Ingredients": ["jojoba oil", "beeswax", "fragrance"], "Net weight": ["15 g"]},
        ["alcohol-free"],
        ["Beauty > Fragrance"],
        weight=g(40),
        variants=single("AS-FL", "26.00", g(40)),
    )
    T["T10"] = L(
        "Summit Chalk Bag",
        "Crux Supply",
        "Chalk bag",
        "28.00",
        "USD",
        P(
            "Cordura outer, fleece lining and a brush holder. Waist belt included.",
            "Opening 15 cm wide; drawcord closure.",
        ),
        {"Material": ["Cordura nylon", "fleece lining"]},
        [],
        ["Climbing > Accessories"],
        options=_c("Rust", "Slate", "Moss"),
        weight=g(110),
        variants=variants(
            "CX-SB", ("Color", ["Rust", "Slate", "Moss"]), ["28.00", "28.00", "28.00"], g(110)
        ),
    )
    T["T11"] = L(
        "مبخرة نحاسية صغيرة",
        "دار العنبر",
        "مبخرة",
        "120.00",
        "AED",
        P("مبخرة من النحاس المطروق يدويًا بغطاء مثقب.", "الارتفاع 14 سم. صنعت في الشارقة."),
        {"المادة": ["نحاس"], "الارتفاع": ["14 سم"]},
        ["handmade"],
        ["Home > Incense"],
        weight=g(380),
        variants=single("DA-MB", "120.00", g(380)),
    )
    T["T12"] = L(
        "קרש חיתוך מעץ זית",
        "נגרית הגליל",
        "קרש חיתוך",
        "210.00",
        "ILS",
        P("קרש חיתוך מעץ זית מהגליל, בגימור שמן מינרלי.", "מידות 35 על 20 ס״מ. לשטוף ביד בלבד."),
        {"חומר": ["עץ זית"], "מידות": ["35 x 20 ס״מ"]},
        ["olive wood"],
        ["Kitchen > Boards"],
        weight=g(1.1, "kg"),
        variants=single("NG-KZ", "210.00", g(1.1, "kg")),
        dimensions=dims(35, 20, 2, "cm"),
    )
    T["T13"] = L(
        "زعفران سرگل ۲ گرمی",
        "خانه زعفران پارس",
        "زعفران",
        "24.00",
        "CAD",
        P("زعفران سرگل از قائنات، خراسان جنوبی.", "در ظرف شیشه‌ای دو گرمی."),
        {"وزن": ["2 g"], "مبدا": ["قائنات"]},
        ["saffron"],
        ["Food > Spices"],
        weight=g(2),
        variants=single("ZP-2", "24.00", g(2)),
    )
    T["T14"] = L(
        "მინანქრის საკიდი „ვაზი“",
        "ოქროს ფრთა",
        "საკიდი",
        "180.00",
        "GEL",
        P("ტიხრული მინანქარი ვერცხლზე.", "დიამეტრი 2 სმ. ჯაჭვი 45 სმ შედის."),
        {"მასალა": ["ვერცხლი 925", "მინანქარი"]},
        ["cloisonne"],
        ["Jewellery > Pendants"],
        options={"ფერი": ["ლურჯი", "წითელი"]},
        weight=g(6),
        variants=variants("OF-VZ", ("ფერი", ["ლურჯი", "წითელი"]), ["180.00", "180.00"], g(6)),
    )
    T["T15"] = L(
        "Bonaid Clò Hearach",
        "Breabadair Ùig",
        "Bonaid",
        "55.00",
        "GBP",
        P("Bonaid-biorach de chlò Hearach, le lìnigeadh cotain.", "Air fhighe ann an Leòdhas."),
        {"Stuth": ["clò Hearach", "cotan"]},
        ["harris tweed"],
        ["Clothing > Hats"],
        options={"Meud": ["57", "59", "61"]},
        weight=g(120),
        variants=variants(
            "BU-BC", ("Meud", ["57", "59", "61"]), ["55.00", "55.00", "55.00"], g(120)
        ),
    )
    T["T16"] = L(
        "Suzani yostiq jildi",
        "Buxoro Naqsh",
        "Yostiq jildi",
        "450000",
        "UZS",
        P(
            "Qo'lda tikilgan suzani, paxta matoga ipak ip bilan.",
            "O'lchami 45 x 45 sm. Yostiq kirmaydi.",
        ),
        {"Material": ["paxta", "ipak ip"], "O'lcham": ["45 x 45 sm"]},
        ["hand embroidered"],
        ["Home > Cushions"],
        weight=g(300),
        variants=single("BN-SY", "450000", g(300)),
    )
    T["T17"] = L(
        "Canyon 8.25 Skateboard Deck",
        "Loudgrain Skate Co",
        "Skateboard deck",
        "65.00",
        "USD",
        P(
            "Seven plies of Canadian maple, pressed in California.",
            "8.25 in wide, 31.9 in long, 14.25 in wheelbase. Grip tape sold separately.",
        ),
        {"Material": ["Canadian maple"], "Width": ["8.25 in"], "Plies": ["7"]},
        [],
        ["Skate > Decks"],
        weight=g(1.7, "kg"),
        variants=single("LG-C825", "65.00", g(1.7, "kg")),
    )
    T["T18"] = L(
        "Reefglow 100 W Aquarium Heater",
        "Tidemark Aquatics",
        "Aquarium heater",
        "34.00",
        "GBP",
        P(
            "A submersible heater in a shatter-resistant quartz tube, adjustable from 18 to 32 °C.",
            "For tanks of 60 to 120 litres."
            " Unplug for 15 minutes before lifting it from the water.",
        ),
        {"Power": ["100 W"], "Tank size": ["60-120 L"]},
        [],
        ["Pets > Aquarium"],
        weight=g(210),
        variants=single("TM-R100", "34.00", g(210)),
    )
    T["T19"] = L(
        "Undercoat Rake for Double Coats",
        "Pawsley Grooming",
        "Dog brush",
        "19.00",
        "EUR",
        P(
            "Two rows of rounded stainless pins on a beech handle.",
            "For long and double-coated dogs; not for short, smooth coats.",
        ),
        {"Material": ["stainless steel", "beech"]},
        [],
        ["Pets > Grooming"],
        weight=g(140),
        variants=single("PG-UR", "19.00", g(140)),
    )
    T["T20"] = L(
        "Concert Ukulele Strings, Fluorocarbon",
        "Kahiko Strings",
        "Ukulele strings",
        "12.00",
        "USD",
        P("A set of four fluorocarbon strings, GCEA, high G.", "For concert ukuleles only."),
        {"Material": ["fluorocarbon"], "Tuning": ["GCEA"]},
        [],
        ["Music > Strings"],
        weight=g(20),
        variants=single("KS-CF", "12.00", g(20)),
    )
    T["T21"] = L(
        "HO Scale Covered Hopper, 40 ft",
        "Junction Yard Models",
        "Model railway wagon",
        "39.00",
        "USD",
        P(
            "A ready-to-run HO scale (1:87) hopper with metal wheels and knuckle couplers.",
            "Not a toy: for ages 14 and up.",
        ),
        {"Scale": ["HO 1:87"], "Wheels": ["metal"]},
        [],
        ["Hobbies > Model trains"],
        options={"Road number": ["4021", "4037"]},
        weight=g(95),
        variants=variants("JY-CH", ("Road number", ["4021", "4037"]), ["39.00", "39.00"], g(95)),
    )
    T["T22"] = L(
        "Gyuto 210 Chef's Knife",
        "Hollowpoint Cutlery",
        "Chef's knife",
        "189.00",
        "USD",
        P(
            "A 210 mm blade of AUS-10 stainless steel, hardened to 60 HRC, on a walnut handle.",
            "Hand wash and dry; do not put it in the dishwasher. Sharpened in Seki, Japan.",
        ),
        {"Blade": ["AUS-10 steel"], "Hardness": ["60 HRC"], "Handle": ["walnut"]},
        [],
        ["Kitchen > Knives"],
        weight=g(180),
        variants=single("HC-G210", "189.00", g(180)),
    )
    T["T23"] = L(
        "Trailhead Canister Stove",
        "Ember Pass Outdoor",
        "Camping stove",
        "49.00",
        "USD",
        P(
            "Screws onto EN417 gas canisters (not included). 2.6 kW output.",
            "Boils 1 litre of water in about 4 minutes. Folds into its own case.",
        ),
        {"Output": ["2.6 kW"], "Fuel": ["EN417 butane-propane"]},
        ["piezo ignition"],
        ["Outdoor > Cooking"],
        weight=g(88),
        variants=single("EP-TS", "49.00", g(88)),
    )
    T["T24"] = L(
        "Delta Stunt Kite 1.6 m",
        "Windward Kites",
        "Kite",
        "85.00",
        "EUR",
        P(
            "A dual-line delta with a ripstop nylon sail and carbon spars.",
            "Wingspan 1.6 m. Lines of 25 m and handles included. For winds of 10 to 35 km/h.",
        ),
        {"Sail": ["ripstop nylon"], "Frame": ["carbon"]},
        [],
        ["Outdoor > Kites"],
        options=_c("Red/Black", "Blue/White"),
        weight=g(350),
        variants=variants(
            "WK-D16", ("Color", ["Red/Black", "Blue/White"]), ["85.00", "85.00"], g(350)
        ),
    )
    T["T25"] = L(
        "Watercolour Half-Pan Set of 12",
        "Fennel & Ash Paints",
        "Watercolour set",
        "54.00",
        "GBP",
        P(
            "Twelve half pans made with gum arabic and honey, in a metal palette box.",
            "Lightfastness rated I or II on every colour. Brush not included.",
        ),
        {"Pans": ["12 half pans"], "Binder": ["gum arabic", "honey"]},
        ["artist grade"],
        ["Art > Paint"],
        weight=g(210),
        variants=single("FA-12", "54.00", g(210)),
    )
    T["T26"] = L(
        "Piano Tuning Visit",
        "Keyline Tuning",
        "Service",
        "140.00",
        "USD",
        P(
            "One tuning of an upright or grand piano at your home, to A440.",
            "Within 25 miles of Madison, Wisconsin. Pitch raises cost $60 more.",
        ),
        {"Service area": ["25 miles of Madison, WI"]},
        ["service"],
        ["Services"],
        options={"Piano": ["Upright", "Grand"]},
        variants=variants("KT-TV", ("Piano", ["Upright", "Grand"]), ["140.00", "165.00"]),
    )
    T["T27"] = L("Brass Coat Hook", "", "", "14.00", "USD", "", variants=single("BCH", "14.00"))
    T["T28"] = L(
        "Engraved Pet ID Tag",
        "Tagfellow",
        "Pet tag",
        "11.00",
        "USD",
        "<p>Description to follow</p>",
        {"Material": ["anodised aluminium"]},
        [],
        ["Pets > Tags"],
        options={"Shape": ["Bone", "Round"]},
        variants=variants("TF-ID", ("Shape", ["Bone", "Round"]), ["11.00", "11.00"]),
    )
    T["T29"] = L(
        "Home Bar Essentials",
        "Stillroom Barware",
        "Bar set",
        "68.00",
        "USD",
        P("Three pieces in brushed steel, each sold on its own."),
        {"Material": ["18/8 stainless steel"]},
        [],
        ["Kitchen > Bar"],
        variants=single("SB-SET", "68.00"),
        children=[
            {
                "title": "Double Jigger 30/60 ml",
                "price": "14.00",
                "attributes": {"Capacity": ["30 ml", "60 ml"]},
            },
            {
                "title": "Boston Shaker Tins",
                "price": "32.00",
                "attributes": {"Capacity": ["530 ml", "830 ml"]},
            },
            {"title": "Hawthorne Strainer", "price": "22.00", "attributes": {}},
        ],
    )
    T["T30"] = L(
        "Kiuas 6 kW Wood Sauna Stove",
        "Pohjatuli",
        "Sauna stove",
        "1190.00",
        "EUR",
        P(
            "Sold and delivered by our partner Pohjatuli. Heats rooms of 5 to 10 cubic metres.",
            "Holds 40 kg of stones (not included). Partner's warranty: three years on the firebox.",
        ),
        {"Output": ["6 kW"], "Stone capacity": ["40 kg"]},
        ["external"],
        ["Sauna"],
        weight=g(52, "kg"),
        variants=single("PT-K6", "1190.00", g(52, "kg")),
    )
    for key, listing in T.items():
        listing["external_id"] = key
    return T


def main():
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(build(), f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
