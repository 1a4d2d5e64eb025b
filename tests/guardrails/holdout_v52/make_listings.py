"""The 30 invented listings of holdout v52 (written for this set; see README.md)."""

import json
import os
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per value of the single option in ``options``, priced in order."""
    ((name, values),) = options.items()
    out = []
    for i, (value, price) in enumerate(zip(values, prices, strict=True)):
        out.append(
            {
                "sku": f"{sku}-{i + 1}",
                "title": value,
                "price": price,
                "compare_at_price": compare,
                "options": {name: value},
                "weight": weight[i] if isinstance(weight, list) else weight,
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
    out: dict[str, Any] = {
        "title": title,
        "description_html": desc,
        "vendor": vendor,
        "product_type": ptype,
        "price": price,
        "currency": currency,
        "attributes": attrs or {},
        "tags": list(tags),
        "categories": list(cats),
    }
    out.update(extra or {})
    out.update(kw)
    return out


def P(*paras):
    return "".join(f"<p>{p}</p>" for p in paras)


def dims(length, width, height, unit="cm"):
    return {"length": length, "width": width, "height": height, "unit": unit}


def _c(*names):
    return [" > ".join(names)]


def build():
    d: dict[str, dict[str, Any]] = {}
    d["T01"] = L(
        "Slim Fly Box",
        "Riffle & Pine",
        "Fly box",
        "34.00",
        "USD",
        P(
            "A slim anodised aluminium fly box with slotted foam on both sides. It holds up to 120 "
            "dry flies or nymphs.",
            "A magnetic catch keeps the lid shut, and the box floats if you drop it. Made in "
            "Boise, "
            "Idaho. Rinse it in fresh water after a saltwater trip.",
        ),
        {"Material": ["anodised aluminium", "closed-cell foam"], "Capacity": ["120 flies"]},
        ["fly fishing", "made in usa"],
        _c("Fishing", "Fly boxes"),
        options={"Color": ["Olive", "Slate"]},
        variants=variants("RP-FB", {"Color": ["Olive", "Slate"]}, ["34.00", "34.00"], g(95)),
        weight=g(95),
        dimensions=dims(6, 4, 1, "in"),
    )
    d["T02"] = L(
        "Combination Whetstone 1000/6000",
        "Kiri Edge",
        "Sharpening stone",
        "38.00",
        "GBP",
        P(
            "A two-sided water stone: 1000 grit for sharpening and 6000 grit for polishing.",
            "Soak it for ten minutes before use; no oil is needed. It sits on a non-slip rubber "
            "base. "
            "The stone measures 18 x 6 x 3 cm.",
        ),
        {"Grit": ["1000", "6000"], "Material": ["synthetic aluminium oxide"], "Base": ["rubber"]},
        ["knife sharpening", "water stone"],
        _c("Kitchen", "Knife care"),
        variants=single("KE-1060", "38.00", g(620)),
        weight=g(620),
        dimensions=dims(18, 6, 3),
        faq=[
            {
                "question": "Can I sharpen serrated knives on it?",
                "answer": "No, it suits straight edges only.",
            }
        ],
    )
    d["T03"] = L(
        "Washable Fencing Glove",
        "Piste Supply",
        "Fencing glove",
        "42.00",
        "CAD",
        P(
            "A padded glove for foil and épée, with a suede palm and a cotton cuff that takes the "
            "sleeve.",
            "Machine wash at 30 °C and dry flat. Sold singly: choose the left or the right hand.",
        ),
        {"Material": ["suede", "cotton"], "Weapon": ["foil", "épée"]},
        ["fencing"],
        _c("Sports", "Fencing"),
        options={"Hand": ["Left", "Right"], "Size": ["7", "8", "9", "10"]},
        variants=variants(
            "PS-GL", {"Size": ["7", "8", "9", "10"]}, ["42.00", "42.00", "42.00", "42.00"]
        ),
    )
    d["T04"] = L(
        "Bone Folder 20 cm",
        "Quire & Thread",
        "Bone folder",
        "14.50",
        "EUR",
        P(
            "A folder of real cow bone for scoring and creasing paper. It is 20 cm long, with one "
            "pointed end and one rounded end.",
            "Polished by hand in Cork. It is not a cutting tool.",
        ),
        {"Material": ["cow bone"], "Length": ["20 cm"]},
        ["bookbinding", "paper craft"],
        _c("Bookbinding", "Tools"),
        variants=single("QT-BF20", "14.50", g(25)),
        weight=g(25),
    )
    d["T05"] = L(
        "Camembert Cheese Moulds, Set of 2",
        "Curd Works",
        "Cheese mould",
        "19.00",
        "NZD",
        P(
            "Two food-grade polypropylene hoops for soft cheese, open at the top and the bottom.",
            "Each hoop is 11 cm across and 10 cm tall and makes one cheese of about 250 g. "
            "Dishwasher "
            "safe on the top rack. Draining mats are sold separately.",
        ),
        {"Material": ["food-grade polypropylene"], "Pieces": ["2"]},
        ["cheesemaking"],
        _c("Kitchen", "Cheesemaking"),
        variants=single("CW-CAM2", "19.00", g(60)),
        weight=g(60),
    )
    d["T06"] = L(
        "Folding Magnetic Chess Set 30 cm",
        "Kopje Games",
        "Chess set",
        "650.00",
        "ZAR",
        P(
            "A folding board of walnut and maple with magnetic pieces of stained beech.",
            "The board is 30 x 30 cm when open, and the pieces store inside it. The king stands 5 "
            "cm "
            "tall. Two spare queens are included.",
        ),
        {"Material": ["walnut", "maple", "beech"], "King height": ["5 cm"]},
        ["chess", "travel games"],
        _c("Games", "Chess"),
        variants=single("KG-CH30", "650.00", g(900)),
        weight=g(900),
        dimensions=dims(30, 30, None),
    )
    d["T07"] = L(
        "Braided Mooring Line 12 mm",
        "Harbourside Chandlery",
        "Mooring line",
        "36.00",
        "GBP",
        P(
            "Double-braided polyester line with a spliced eye at one end and a whipped end at the "
            "other.",
            "It is 12 mm thick, with a breaking load of 2,900 kg, and suits boats up to 9 m long.",
        ),
        {"Material": ["polyester"], "Diameter": ["12 mm"], "Breaking load": ["2,900 kg"]},
        ["sailing", "mooring"],
        _c("Boating", "Ropes"),
        options={"Length": ["10 m", "15 m"], "Colour": ["Navy", "White"]},
        variants=variants("HC-ML12", {"Length": ["10 m", "15 m"]}, ["36.00", "49.00"]),
    )
    d["T08"] = L(
        "Tyre Levers, Pack of 3",
        "Spoke Street",
        "Tyre levers",
        "9.95",
        "AUD",
        P(
            "Three glass-fibre reinforced nylon levers, each 12 cm long, with a hook that clips "
            "onto a "
            "spoke.",
            "They suit road, gravel and mountain bike tyres. They are not made for motorcycle "
            "tyres.",
        ),
        {"Material": ["glass-fibre reinforced nylon"], "Length": ["12 cm"], "Pieces": ["3"]},
        ["cycling", "bike repair"],
        _c("Cycling", "Tools"),
        options={"Colour": ["Black", "Orange"]},
        variants=variants("SS-TL3", {"Colour": ["Black", "Orange"]}, ["9.95", "9.95"], g(30)),
        weight=g(30),
    )
    d["T09"] = L(
        "Cast Iron Teapot 0.8 L",
        "Yuzen Tea House",
        "Teapot",
        "88.00",
        "SGD",
        P(
            "A cast iron teapot with an enamelled interior and a stainless steel infuser. It "
            "holds 0.8 "
            "litres, about four cups.",
            "Made in Morioka, Japan. Do not use it on an open flame. Rinse with warm water and "
            "dry at "
            "once; no soap.",
        ),
        {
            "Material": ["cast iron", "enamel interior"],
            "Capacity": ["0.8 L"],
            "Origin": ["Morioka, Japan"],
        },
        ["tea", "teaware"],
        _c("Kitchen", "Teaware"),
        options={"Colour": ["Black", "Rust Red"]},
        variants=variants(
            "YT-TP08", {"Colour": ["Black", "Rust Red"]}, ["88.00", "88.00"], g(1.2, "kg")
        ),
        weight=g(1.2, "kg"),
    )
    d["T10"] = L(
        "Soy Wax Flakes",
        "Wickford Candle Supply",
        "Candle wax",
        "16.00",
        "GBP",
        P(
            "Soy wax for container candles, with a melting point of 52-54 °C. Pour at 60 °C.",
            "A 2 kg bag fills about twelve 200 ml candles. Vegan. Wicks are not included.",
        ),
        {"Material": ["soy wax"], "Melting point": ["52-54 °C"]},
        ["candle making", "vegan"],
        _c("Crafts", "Candle making"),
        options={"Weight": ["2 kg", "5 kg"]},
        variants=variants(
            "WC-SOY", {"Weight": ["2 kg", "5 kg"]}, ["16.00", "34.00"], [g(2, "kg"), g(5, "kg")]
        ),
    )
    d["T11"] = L(
        "Cataplana de Cobre 28 cm",
        "Casa Algarvia",
        "Cataplana",
        "95.00",
        "EUR",
        P(
            "Cataplana de cobre martelado à mão, com interior estanhado e fecho lateral.",
            "Tem 28 cm de diâmetro e serve quatro pessoas. Feita em Loulé, no Algarve. Lavar à "
            "mão; "
            "não vai à máquina de lavar loiça. Não serve para placas de indução.",
        ),
        {"Material": ["cobre", "estanho"], "Diâmetro": ["28 cm"]},
        ["cobre", "feito em portugal"],
        _c("Cozinha", "Tachos e panelas"),
        variants=single("CA-CAT28", "95.00", g(1.8, "kg")),
        weight=g(1.8, "kg"),
    )
    d["T12"] = L(
        "Deltavlieger 140 cm",
        "Wind & Duin",
        "Vlieger",
        "29.95",
        "EUR",
        P(
            "Een deltavlieger van ripstopnylon met een spanwijdte van 140 cm en stokken van "
            "glasvezel.",
            "Geschikt voor wind van 2 tot 5 Beaufort. Met 30 meter vlieglijn op een handhaspel. "
            "Vanaf "
            "8 jaar.",
        ),
        {"Materiaal": ["ripstopnylon", "glasvezel"], "Spanwijdte": ["140 cm"]},
        ["vliegeren", "strand"],
        _c("Buitenspeelgoed", "Vliegers"),
        options={"Kleur": ["Blauw", "Geel"]},
        variants=variants("WD-DV140", {"Kleur": ["Blauw", "Geel"]}, ["29.95", "29.95"], g(180)),
        weight=g(180),
    )
    d["T13"] = L(
        "Rundpinde i bøgetræ, 80 cm",
        "Garnstuen",
        "Rundpinde",
        "65.00",
        "DKK",
        P(
            "Rundpinde af bøgetræ med en blød wire. Den samlede længde er 80 cm.",
            "Fås i størrelse 3 til 6 mm. Gode til uld og bomuld. Sælges enkeltvis.",
        ),
        {"Materiale": ["bøgetræ"], "Længde": ["80 cm"]},
        ["strikning", "strikkepinde"],
        _c("Garn og strik", "Strikkepinde"),
        options={"Størrelse": ["3 mm", "4 mm", "5 mm", "6 mm"]},
        variants=variants(
            "GS-RP80",
            {"Størrelse": ["3 mm", "4 mm", "5 mm", "6 mm"]},
            ["65.00", "65.00", "65.00", "65.00"],
        ),
    )
    d["T14"] = L(
        "Skleněné vánoční ozdoby, sada 6 ks",
        "Sklářská dílna Horák",
        "Vánoční ozdoby",
        "690.00",
        "CZK",
        P(
            "Šest ručně foukaných skleněných koulí o průměru 8 cm.",
            "Malované ručně v Poniklé v Krkonoších. Balené v papírové krabičce. Sklo je křehké, "
            "chraňte ho před pádem.",
        ),
        {"Materiál": ["foukané sklo"], "Průměr": ["8 cm"], "Počet kusů": ["6"]},
        ["vánoce", "ruční práce"],
        _c("Domov", "Vánoční dekorace"),
        options={"Barva": ["Červená", "Modrá"]},
        variants=variants("SH-VO6", {"Barva": ["Červená", "Modrá"]}, ["690.00", "690.00"]),
    )
    d["T15"] = L(
        "Wisiorek z bursztynem bałtyckim",
        "Pracownia Jantar",
        "Wisiorek",
        "189.00",
        "PLN",
        P(
            "Wisiorek ze srebra próby 925 z bursztynem bałtyckim w kolorze koniaku.",
            "Kamień ma około 2 cm długości. Łańcuszek o długości 45 cm jest w zestawie. Wykonany "
            "ręcznie w Gdańsku.",
        ),
        {"Materiał": ["srebro próby 925", "bursztyn bałtycki"], "Długość łańcuszka": ["45 cm"]},
        ["biżuteria", "bursztyn"],
        _c("Biżuteria", "Wisiorki"),
        variants=single("PJ-WB", "189.00", g(6)),
        weight=g(6),
    )
    d["T16"] = L(
        "Kalocsai fűszerpaprika, 100 g",
        "Duna Fűszer",
        "Fűszerpaprika",
        "1490",
        "HUF",
        P(
            "Őrölt fűszerpaprika Kalocsáról, 100 grammos visszazárható tasakban.",
            "Adalékanyag nélkül. Száraz, hűvös helyen tárolandó.",
        ),
        {"Származás": ["Kalocsa"], "Nettó tömeg": ["100 g"]},
        ["fűszer", "paprika"],
        _c("Élelmiszer", "Fűszerek"),
        options={"Íz": ["Édes", "Csípős"]},
        variants=variants("DF-KP100", {"Íz": ["Édes", "Csípős"]}, ["1490", "1590"], g(100)),
        weight=g(100),
    )
    d["T17"] = L(
        "Two-Piece Touring Kayak Paddle 220 cm",
        "Cutbank Paddles",
        "Kayak paddle",
        "129.00",
        "USD",
        P(
            "A touring paddle with a fibreglass shaft and nylon blades. It is 220 cm long and "
            "splits "
            "into two pieces for transport.",
            "The blades can be set at 0 or 60 degrees. It weighs 950 g.",
        ),
        {"Material": ["fibreglass", "nylon"], "Length": ["220 cm"]},
        ["kayaking", "paddling"],
        _c("Water sports", "Paddles"),
        variants=single("CB-TP220", "129.00", g(950)),
        weight=g(950),
    )
    d["T18"] = L(
        "Tungsten Steel-Tip Darts",
        "Oche Works",
        "Darts",
        "45.00",
        "GBP",
        P(
            "A set of three darts with 90% tungsten barrels, aluminium shafts and standard "
            "flights.",
            "Choose 22 g or 24 g darts. A zip case is included.",
        ),
        {"Material": ["90% tungsten", "aluminium"], "Pieces": ["3"]},
        ["darts", "steel tip"],
        _c("Games", "Darts"),
        options={"Weight": ["22 g", "24 g"]},
        variants=variants("OW-TD", {"Weight": ["22 g", "24 g"]}, ["45.00", "45.00"]),
    )
    d["T19"] = L(
        "Wheel Marking Gauge",
        "Tern Joinery",
        "Marking gauge",
        "58.00",
        "CAD",
        P(
            "A wheel marking gauge with a brass fence, a 200 mm stainless steel beam and a "
            "hardened "
            "cutting wheel.",
            "The beam carries a metric scale. The wheel can be reground.",
        ),
        {"Material": ["brass", "stainless steel"], "Beam length": ["200 mm"]},
        ["woodworking", "joinery"],
        _c("Woodworking", "Marking tools"),
        variants=single("TJ-WMG", "58.00", g(210)),
        weight=g(210),
    )
    d["T20"] = L(
        "OO Gauge Straight Track, Pack of 6",
        "Branchline Models",
        "Model railway track",
        "12.50",
        "GBP",
        P(
            "Six straight track pieces, each 168 mm long, with nickel silver rail of code 100.",
            "They join with standard rail joiners, which are fitted. For OO gauge layouts.",
        ),
        {"Material": ["nickel silver"], "Gauge": ["OO"], "Rail": ["code 100"], "Pieces": ["6"]},
        ["model railway", "oo gauge"],
        _c("Model railways", "Track"),
        variants=single("BM-ST6", "12.50", g(140)),
        weight=g(140),
    )
    d["T21"] = L(
        "Round Proofing Basket 22 cm",
        "Crumb & Crust",
        "Proofing basket",
        "24.00",
        "AUD",
        P(
            "A round banneton of natural rattan cane, 22 cm across. It takes 750 g to 1 kg of "
            "dough.",
            "A linen liner is included. Brush out the flour after use; do not wash it with soap.",
        ),
        {"Material": ["rattan cane", "linen"], "Diameter": ["22 cm"]},
        ["sourdough", "bread baking"],
        _c("Kitchen", "Baking"),
        variants=single("CC-BAN22", "24.00", g(150)),
        weight=g(150),
    )
    d["T22"] = L(
        "Cast Iron Kettlebell",
        "Akhara Fitness",
        "Kettlebell",
        "2499.00",
        "INR",
        P(
            "A kettlebell cast in one piece from solid iron, with a flat base and a powder-coated "
            "finish.",
            "Choose 8 kg, 12 kg or 16 kg.",
        ),
        {"Material": ["cast iron"]},
        ["fitness", "strength training"],
        _c("Fitness", "Weights"),
        options={"Weight": ["8 kg", "12 kg", "16 kg"]},
        variants=variants(
            "AF-KB",
            {"Weight": ["8 kg", "12 kg", "16 kg"]},
            ["2499.00", "3499.00", "4499.00"],
            [g(8, "kg"), g(12, "kg"), g(16, "kg")],
        ),
    )
    d["T23"] = L(
        "Adjustable Aquarium Heater 100 W",
        "Reefline",
        "Aquarium heater",
        "27.00",
        "USD",
        P(
            "A submersible glass heater for tanks of 15 to 30 US gallons. The thermostat is set "
            "between 68 and 90 °F.",
            "It works in fresh water and salt water. It must be fully under water when switched "
            "on.",
        ),
        {"Power": ["100 W"], "Tank size": ["15-30 US gal"], "Material": ["glass"]},
        ["aquarium", "fishkeeping"],
        _c("Pets", "Aquarium"),
        variants=single("RL-AH100", "27.00", g(140)),
        weight=g(140),
    )
    d["T24"] = L(
        "Galvanised Poultry Feeder 5 kg",
        "Henhouse Hardware",
        "Poultry feeder",
        "28.00",
        "GBP",
        P(
            "A galvanised steel feeder that holds 5 kg of pellets, enough for up to ten hens.",
            "A hood keeps the rain off the feed. It is not suitable for chicks under four weeks "
            "old.",
        ),
        {"Material": ["galvanised steel"], "Capacity": ["5 kg"]},
        ["chickens", "poultry"],
        _c("Garden", "Poultry"),
        variants=single("HH-PF5", "28.00", g(2.1, "kg")),
        weight=g(2.1, "kg"),
    )
    d["T25"] = L(
        "Diatonic Harmonica",
        "Driftwood Harps",
        "Harmonica",
        "32.00",
        "USD",
        P(
            "A ten-hole diatonic harmonica with 20 brass reeds, an ABS comb and stainless steel "
            "cover "
            "plates.",
            "Choose the key of C, G, A or D.",
        ),
        {"Material": ["brass", "ABS", "stainless steel"], "Holes": ["10"]},
        ["harmonica", "blues"],
        _c("Music", "Harmonicas"),
        options={"Key": ["C", "G", "A", "D"]},
        variants=variants(
            "DH-HAR", {"Key": ["C", "G", "A", "D"]}, ["32.00", "32.00", "32.00", "32.00"]
        ),
    )
    d["T26"] = L(
        "Mechanical Watch Service by Post",
        "Tickover Watch Repair",
        "Watch service",
        "145.00",
        "GBP",
        P(
            "A full service for mechanical wristwatches: we strip, clean, oil and regulate the "
            "movement.",
            "Your watch comes back within four weeks, with a 12-month warranty on the work. We do "
            "not "
            "service quartz watches. Send it insured; return postage is £10.",
        ),
        {"Service": ["strip", "clean", "oil", "regulate"], "Warranty": ["12 months"]},
        ["watch repair", "service"],
        _c("Services", "Watch repair"),
        options={"Movement": ["Manual wind", "Automatic"]},
        variants=variants(
            "TW-SVC", {"Movement": ["Manual wind", "Automatic"]}, ["145.00", "175.00"]
        ),
    )
    d["T27"] = L(
        "Canvas Tote Bag",
        "",
        "",
        "12.00",
        "USD",
        "",
        {"Material": ["cotton canvas"]},
        variants=single("TOTE-1", "12.00"),
    )
    d["T28"] = L(
        "Steel Tent Pegs, Pack of 10",
        "Fieldcamp",
        "Tent pegs",
        "8.00",
        "EUR",
        "<p>Description to follow</p>",
        {"Material": ["galvanised steel"], "Length": ["23 cm"], "Pieces": ["10"]},
        ["camping"],
        _c("Outdoors", "Camping"),
        variants=single("FC-TP10", "8.00"),
    )
    d["T29"] = L(
        "Home Barista Set",
        "Tamp & Pour",
        "Grouped product",
        "92.00",
        "USD",
        P("Three tools for espresso at home, each also sold on its own."),
        {},
        ["coffee", "espresso"],
        _c("Kitchen", "Coffee"),
        children=[
            {
                "title": "Milk Jug 350 ml",
                "price": "24.00",
                "attributes": {"Material": ["stainless steel"], "Capacity": ["350 ml"]},
            },
            {
                "title": "Espresso Tamper 58 mm",
                "price": "39.00",
                "attributes": {
                    "Material": ["aluminium handle", "stainless steel base"],
                    "Diameter": ["58 mm"],
                },
            },
            {
                "title": "Knock Box",
                "price": "29.00",
                "attributes": {"Material": ["ABS", "rubber bar"]},
            },
        ],
    )
    d["T30"] = L(
        "Wood-Fired Pizza Oven (Partner Product)",
        "Fornace Outdoor",
        "Pizza oven",
        "649.00",
        "CAD",
        P(
            "Sold and delivered by our partner, Fornace Outdoor.",
            "A wood-fired oven with a stainless steel shell and a cordierite stone floor, 60 cm "
            "across "
            "inside. It reaches 450 °C in about 25 minutes. The partner gives a two-year warranty "
            "and "
            "delivers in 5 to 7 working days.",
        ),
        {"Material": ["stainless steel", "cordierite"], "Fuel": ["wood"]},
        ["pizza", "outdoor cooking"],
        _c("Garden", "Outdoor cooking"),
        variants=single("FO-PZ60", "649.00", g(28, "kg")),
        weight=g(28, "kg"),
    )
    for key, listing in d.items():
        listing["external_id"] = key
    return d


LISTINGS = build()


def main():
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(LISTINGS, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
