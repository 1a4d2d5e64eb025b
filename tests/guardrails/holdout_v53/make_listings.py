"""Write listings.json: the 30 invented listings of guardrails holdout set v53."""

import json
import os
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
LISTINGS = os.path.join(HERE, "listings.json")


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per value of a single option, priced in order."""
    ((name, values),) = options.items()
    out = []
    for i, value in enumerate(values):
        out.append(
            {
                "sku": f"{sku}-{i + 1}",
                "title": value,
                "price": prices[i],
                "compare_at_price": compare[i] if compare else None,
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
        "vendor": vendor,
        "product_type": ptype,
        "price": price,
        "currency": currency,
        "description_html": desc,
        "attributes": attrs or {},
        "tags": list(tags),
        "categories": list(cats),
    }
    out.update(kw)
    if extra:
        out.update(extra)
    return out


def P(*paras):
    return "".join(f"<p>{p}</p>" for p in paras)


def dims(length, width, height, unit="cm"):
    return {"length": length, "width": width, "height": height, "unit": unit}


def _c(*names):
    return [" > ".join(names)]


def build():
    d: dict[str, Any] = {}
    d["T01"] = L(
        "J-Hook Hive Tool, 10 in",
        "Clover Ridge Apiary Supply",
        "Hive tool",
        "18.00",
        "USD",
        P(
            "A 10-inch hive tool with a J-hook at one end and a flat scraper blade at the other.",
            "The hook lifts frames out one at a time; the blade pries boxes apart and scrapes "
            "propolis and burr comb.",
            "Forged from carbon steel, with a red painted handle section so it is easy to spot "
            "in the grass. Made in Asheville, North Carolina.",
        ),
        {"Material": ["carbon steel"], "Length": ["10 in"], "Finish": ["red paint on the handle"]},
        tags=["beekeeping", "hive tool", "made in usa"],
        cats=_c("Beekeeping", "Hive tools"),
        sku="CR-HT10",
        variants=single("CR-HT10", "18.00", g(6, "oz")),
        weight=g(6, "oz"),
        dimensions=dims(10, 1.5, None, "in"),
        faq=[
            {
                "question": "Can it go in the dishwasher?",
                "answer": "No. Scrape it clean while the wax is warm, wipe it and dry it "
                "to stop rust.",
            }
        ],
        seo={"title": "J-Hook Hive Tool 10 in | Clover Ridge", "description": "Lifts frames."},
    )
    d["T02"] = L(
        "Stitching Pony, Beech",
        "Saddler's Bench Co.",
        "Stitching pony",
        "46.00",
        "GBP",
        P(
            "A stitching pony for hand-sewing leather: it sits on a chair and is held between "
            "the knees, leaving both hands free for the needles.",
            "European beech, with 20 cm jaws lined with cork so the leather is not marked. A brass "
            "wing nut closes the jaws.",
            "Made in Walsall, England. Rub the wood with beeswax now and then and keep it dry.",
        ),
        {
            "Material": ["beech", "cork jaw lining"],
            "Jaw width": ["20 cm"],
            "Height": ["60 cm"],
        },
        tags=["leathercraft", "saddle stitching", "made in england"],
        cats=_c("Leathercraft", "Tools"),
        sku="SB-PONY",
        variants=single("SB-PONY", "46.00", g(1.8, "kg")),
        weight=g(1.8, "kg"),
        dimensions=dims(20, 8, 60),
        faq=[
            {
                "question": "Does it clamp to a table?",
                "answer": "No. It has no table clamp; it rests on a chair between your knees.",
            }
        ],
    )
    d["T03"] = L(
        "Red Dot Finder for Telescopes",
        "Northern Sky Optics",
        "Finder scope",
        "39.00",
        "CAD",
        P(
            "A red dot finder that projects a small red dot onto a clear window, to aim a "
            "telescope at a star before you look through the eyepiece.",
            "It slides into a standard Vixen-style finder shoe. The brightness has seven steps.",
            "Runs on one CR2032 battery, included. It does not magnify.",
        ),
        {
            "Material": ["ABS plastic"],
            "Fits": ["Vixen-style finder shoe"],
            "Battery": ["1 x CR2032 (included)"],
            "Brightness settings": ["7"],
        },
        tags=["astronomy", "telescope accessory"],
        cats=_c("Astronomy", "Telescope accessories"),
        sku="NSO-RDF",
        variants=single("NSO-RDF", "39.00", g(65)),
        weight=g(65),
        dimensions=dims(11, 4, 6),
        faq=[
            {
                "question": "Does it have magnification?",
                "answer": "No. It shows a red dot on the sky with no magnification.",
            }
        ],
    )
    d["T04"] = L(
        "Climbing Chalk Bag with Belt",
        "Crag & Chalk",
        "Chalk bag",
        "24.00",
        "EUR",
        P(
            "A cylinder chalk bag with a fleece lining and a drawcord closure.",
            "It comes with a 2 cm webbing belt that fits waists from 70 to 110 cm. A loop on the "
            "side holds a brush; the brush is sold separately.",
            "Sewn in Galway. Hand wash cold and hang to dry.",
        ),
        {
            "Material": ["polyester ripstop outer", "fleece lining"],
            "Opening": ["14 cm"],
            "Belt": ["2 cm webbing, waist 70-110 cm"],
        },
        tags=["climbing", "bouldering", "made in ireland"],
        cats=_c("Climbing", "Chalk and bags"),
        options={"Colour": ["Moss", "Slate"]},
        sku="CC-BAG",
        variants=variants("CC-BAG", {"Colour": ["Moss", "Slate"]}, ["24.00", "24.00"], g(110)),
        weight=g(110),
        dimensions=dims(None, 14, 18),
    )
    d["T05"] = L(
        "Triple Scale Hydrometer for Beer and Wine",
        "Kiwi Brew Bench",
        "Hydrometer",
        "22.00",
        "NZD",
        P(
            "A glass hydrometer with three scales: specific gravity 0.990 to 1.170, potential "
            "alcohol 0 to 20 % and Brix 0 to 35.",
            "Calibrated at 20 °C. It comes in a plastic tube that you can use as a trial jar.",
            "It is glass, so keep it in its tube when you are not using it.",
        ),
        {"Material": ["glass"], "Length": ["25 cm"], "Calibration": ["20 °C"]},
        tags=["homebrew", "beer", "wine"],
        cats=_c("Home brewing", "Testing"),
        sku="KBB-HYD",
        variants=single("KBB-HYD", "22.00", g(40)),
        weight=g(40),
        dimensions=dims(25, None, None),
        faq=[
            {
                "question": "Do I need a separate trial jar?",
                "answer": "No. The storage tube works as a trial jar.",
            }
        ],
    )
    d["T06"] = L(
        "Hand-Stitched Rugby Ball",
        "Veld Sports",
        "Rugby ball",
        "549.00",
        "ZAR",
        P(
            "A hand-stitched rugby ball with a synthetic rubber cover and a pimpled grip.",
            "Four panels over a four-ply polyester and cotton lining and a latex bladder.",
            "Size 5 is for players aged 15 and over, size 4 for ages 10 to 14. It ships deflated; "
            "the pump is not included.",
        ),
        {"Cover": ["synthetic rubber"], "Panels": ["4"], "Bladder": ["latex"]},
        tags=["rugby", "training"],
        cats=_c("Sport", "Rugby"),
        options={"Size": ["4", "5"]},
        sku="VS-RB",
        variants=variants("VS-RB", {"Size": ["4", "5"]}, ["499.00", "549.00"], [g(380), g(440)]),
        weight=g(440),
    )
    d["T07"] = L(
        "Hoof Pick with Brush",
        "Paddock Lane Tack",
        "Hoof pick",
        "7.50",
        "GBP",
        P(
            "A hoof pick with a stiff nylon brush on the back of the handle.",
            "The pick is nickel-plated steel and the handle is moulded polypropylene, with a hole "
            "for hanging it on a hook.",
        ),
        {
            "Material": ["nickel-plated steel", "polypropylene", "nylon bristles"],
            "Length": ["17 cm"],
        },
        tags=["horse care", "grooming"],
        cats=_c("Equestrian", "Grooming"),
        options={"Colour": ["Navy", "Burgundy", "Teal"]},
        sku="PL-HP",
        variants=variants(
            "PL-HP", {"Colour": ["Navy", "Burgundy", "Teal"]}, ["7.50", "7.50", "7.50"], g(80)
        ),
        weight=g(80),
        dimensions=dims(17, 4, 3),
        faq=[
            {
                "question": "Can I replace the brush?",
                "answer": "No, the brush is fixed to the handle.",
            }
        ],
    )
    d["T08"] = L(
        "Composition Lawn Bowls, Set of Four",
        "Greenside Bowls Co.",
        "Lawn bowls",
        "399.00",
        "AUD",
        P(
            "A set of four composition bowls with a medium bias and a dimple grip.",
            "Sizes 3 to 5, from 12.5 to 13 cm across. Each set comes in a twin-zip carry bag.",
            "Stamped by World Bowls; the stamp is valid until 2036.",
        ),
        {"Material": ["composition resin"], "Bias": ["medium"], "Bowls": ["4"]},
        tags=["lawn bowls", "bowls"],
        cats=_c("Sport", "Lawn bowls"),
        options={"Size": ["3", "4", "5"], "Colour": ["Black", "Brown"]},
        sku="GB-SET",
        variants=variants("GB-SET", {"Size": ["3", "4", "5"]}, ["399.00", "399.00", "419.00"]),
        weight=g(6, "kg"),
    )
    d["T09"] = L(
        "Singapore Mahjong Set, 148 Tiles",
        "Lucky Tile House",
        "Mahjong set",
        "128.00",
        "SGD",
        P(
            "A Singapore-style mahjong set of 148 melamine tiles, including the four animal tiles.",
            "Each tile is 38 x 28 x 20 mm. Three dice and a vinyl carry case are included.",
        ),
        {"Material": ["melamine"], "Tiles": ["148"], "Tile size": ["38 x 28 x 20 mm"]},
        tags=["mahjong", "table games"],
        cats=_c("Games", "Tile games"),
        sku="LTH-148",
        variants=single("LTH-148", "128.00", g(3.2, "kg")),
        weight=g(3.2, "kg"),
    )
    d["T10"] = L(
        "Beard Oil, Cedar and Bergamot, 30 ml",
        "Ferrier & Fox",
        "Beard oil",
        "1800.00",
        "KES",
        P(
            "A beard oil of jojoba and argan oils, scented with cedarwood and bergamot essential "
            "oils.",
            "A few drops a day soften the beard. It comes in a 30 ml amber glass bottle with a "
            "dropper.",
            "Vegan and not tested on animals. Patch test first and keep it away from the eyes.",
        ),
        {
            "Ingredients": ["jojoba oil", "argan oil", "cedarwood oil", "bergamot oil"],
            "Volume": ["30 ml"],
        },
        tags=["vegan", "cruelty-free", "beard care"],
        cats=_c("Grooming", "Beard care"),
        sku="FF-BO30",
        variants=single("FF-BO30", "1800.00", g(95)),
        weight=g(95),
    )
    d["T11"] = L(
        "Bastuhink med skopa, 4 liter",
        "Björkbastu",
        "Bastuhink",
        "695.00",
        "SEK",
        P(
            "En bastuhink i furu med en insats av plast. Hinken rymmer 4 liter och skopan är 40 cm "
            "lång.",
            "Tillverkad i Dalarna. Häll inte kokande vatten i hinken.",
            "Skölj med kallt vatten efter bastun och låt torka.",
        ),
        {"Material": ["furu", "plastinsats"], "Volym": ["4 liter"], "Skopans längd": ["40 cm"]},
        tags=["bastu", "tillverkad i sverige"],
        cats=_c("Bastu", "Tillbehör"),
        sku="BB-HINK4",
        variants=single("BB-HINK4", "695.00", g(1.1, "kg")),
        weight=g(1.1, "kg"),
        faq=[
            {
                "question": "Tål hinken diskmaskin?",
                "answer": "Nej. Skölj den med kallt vatten och låt den torka.",
            }
        ],
    )
    d["T12"] = L(
        "Covor țesut manual din lână, 120 x 180 cm",
        "Războiul Bunicii",
        "Covor",
        "890.00",
        "RON",
        P(
            "Covor țesut manual la război, din lână de oaie 100 %.",
            "Țesut în Maramureș. Dimensiuni: 120 x 180 cm.",
            "Se curăță doar la curățătorie; nu se spală în mașină.",
        ),
        {"Material": ["lână 100 %"], "Dimensiuni": ["120 x 180 cm"]},
        tags=["covor", "lână", "lucrat manual"],
        cats=_c("Casă", "Covoare"),
        options={"Culoare": ["Roșu cu negru", "Natural"]},
        sku="RB-COV",
        variants=variants(
            "RB-COV", {"Culoare": ["Roșu cu negru", "Natural"]}, ["890.00", "890.00"], g(4, "kg")
        ),
        weight=g(4, "kg"),
        dimensions=dims(180, 120, None),
    )
    d["T13"] = L(
        "Pamuklu Peştamal, 90 x 180 cm",
        "Ege Tezgâhı",
        "Peştamal",
        "349.00",
        "TRY",
        P(
            "%100 pamuktan, el tezgâhında dokunmuş saçaklı peştamal.",
            "Denizli'de dokunur. Ölçüsü 90 x 180 cm.",
            "40 °C'de yıkanabilir; çamaşır suyu kullanmayın.",
        ),
        {"Malzeme": ["%100 pamuk"], "Ölçü": ["90 x 180 cm"]},
        tags=["peştamal", "pamuk", "hamam"],
        cats=_c("Banyo", "Havlular"),
        options={"Renk": ["Lacivert", "Hardal", "Gri"]},
        sku="ET-PS",
        variants=variants(
            "ET-PS",
            {"Renk": ["Lacivert", "Hardal", "Gri"]},
            ["349.00", "349.00", "349.00"],
            g(300),
        ),
        weight=g(300),
        dimensions=dims(180, 90, None),
    )
    d["T14"] = L(
        "Φυσικό θαλάσσιο σφουγγάρι Καλύμνου",
        "Σπόγγος Καλύμνου",
        "Σφουγγάρι μπάνιου",
        "18.00",
        "EUR",
        P(
            "Φυσικό σφουγγάρι μπάνιου από την Κάλυμνο, καθαρισμένο με το χέρι.",
            "Δεν είναι λευκασμένο.",
            "Ξεπλύνετε με καθαρό νερό μετά από κάθε χρήση και αφήστε το να στεγνώσει.",
        ),
        {"Προέλευση": ["Κάλυμνος"], "Υλικό": ["φυσικό σφουγγάρι"]},
        tags=["σφουγγάρι", "μπάνιο"],
        cats=_c("Μπάνιο", "Σφουγγάρια"),
        options={"Μέγεθος": ["Μικρό (10-12 εκ.)", "Μεσαίο (13-15 εκ.)"]},
        sku="SK-SF",
        variants=variants(
            "SK-SF", {"Μέγεθος": ["Μικρό (10-12 εκ.)", "Μεσαίο (13-15 εκ.)"]}, ["18.00", "24.00"]
        ),
    )
    d["T15"] = L(
        "Festevoks for langrenn, blå, 45 g",
        "Fjellspor Smøring",
        "Festevoks",
        "129.00",
        "NOK",
        P(
            "Festevoks for klassisk langrenn på snø fra -2 til -10 °C.",
            "Fluorfri. Boks på 45 g.",
            "Laget i Lillehammer. Legg på i tynne lag og kork inn mellom hvert lag.",
        ),
        {"Vekt": ["45 g"], "Temperatur": ["-2 til -10 °C"], "Farge": ["blå"]},
        tags=["langrenn", "skismøring", "fluorfri"],
        cats=_c("Ski", "Smøring"),
        sku="FS-BLA45",
        variants=single("FS-BLA45", "129.00", g(45)),
        weight=g(45),
    )
    d["T16"] = L(
        "Timbro per ravioli, 5 cm",
        "Bottega del Mattarello",
        "Timbro per ravioli",
        "16.50",
        "EUR",
        P(
            "Timbro per ravioli con lama in ottone e manico in faggio.",
            "Taglia e chiude ravioli da 5 cm in un solo gesto.",
            "Fatto a mano a Bologna. Lavare a mano; non va in lavastoviglie.",
        ),
        {"Materiale": ["ottone", "faggio"], "Misura": ["5 cm"]},
        tags=["pasta fresca", "ravioli", "fatto a mano"],
        cats=_c("Cucina", "Pasta fresca"),
        options={"Forma": ["Quadrato", "Tondo"]},
        sku="BM-TR5",
        variants=variants("BM-TR5", {"Forma": ["Quadrato", "Tondo"]}, ["16.50", "16.50"], g(60)),
        weight=g(60),
    )
    d["T17"] = L(
        "Street Skateboard Wheels 53 mm 99A, Set of 4",
        "Asphalt Ghost",
        "Skateboard wheels",
        "38.00",
        "USD",
        P(
            "A set of four urethane wheels, 53 mm across, with a 99A durometer for street "
            "and park.",
            "Bearings are not included. Poured in California.",
        ),
        {"Material": ["urethane"], "Diameter": ["53 mm"], "Hardness": ["99A"]},
        tags=["skateboarding", "wheels", "made in usa"],
        cats=_c("Skateboarding", "Wheels"),
        options={"Colour": ["White", "Black"]},
        sku="AG-53",
        variants=variants("AG-53", {"Colour": ["White", "Black"]}, ["38.00", "38.00"], g(220)),
        weight=g(220),
    )
    d["T18"] = L(
        "All-Round Table Tennis Bat",
        "Spinline",
        "Table tennis bat",
        "29.00",
        "GBP",
        P(
            "A five-ply wooden blade with 1.8 mm sponge and pimples-in rubber on both sides, "
            "one red and one black.",
            "Flared handle. The rubbers are ITTF-approved, so the bat can be used in club matches.",
        ),
        {"Blade": ["5-ply wood"], "Sponge": ["1.8 mm"], "Rubber": ["ITTF-approved, pimples-in"]},
        tags=["table tennis", "bat"],
        cats=_c("Sport", "Table tennis"),
        sku="SL-AR",
        variants=single("SL-AR", "29.00", g(170)),
        weight=g(170),
    )
    d["T19"] = L(
        "Trail Snowshoes",
        "Boreal Trek",
        "Snowshoes",
        "179.00",
        "CAD",
        P(
            "Aluminium-frame snowshoes with plastic decking, steel crampons and ratchet bindings.",
            "A heel lift bar flips up for climbs.",
            "Maximum load: 150 lb for the 21 in size, 200 lb for 25 in and 250 lb for 30 in.",
        ),
        {"Frame": ["aluminium"], "Crampons": ["steel"], "Binding": ["ratchet"]},
        tags=["snowshoeing", "winter"],
        cats=_c("Outdoors", "Snowshoes"),
        options={"Size": ["21 in", "25 in", "30 in"]},
        sku="BT-SS",
        variants=variants(
            "BT-SS",
            {"Size": ["21 in", "25 in", "30 in"]},
            ["159.00", "179.00", "199.00"],
            [g(1.7, "kg"), g(1.9, "kg"), g(2.1, "kg")],
        ),
        weight=g(1.9, "kg"),
    )
    d["T20"] = L(
        "Camera Lens Cleaning Kit",
        "Clearframe",
        "Lens cleaning kit",
        "19.00",
        "GBP",
        P(
            "A rubber blower, a lens pen with a retractable brush, 30 ml of alcohol-free cleaning "
            "fluid and five microfibre cloths.",
            "Safe for coated lenses and filters. Not for camera sensors.",
        ),
        {"Fluid": ["30 ml, alcohol-free"], "Cloths": ["5 microfibre"]},
        tags=["photography", "cleaning"],
        cats=_c("Photography", "Cleaning"),
        sku="CF-KIT",
        variants=single("CF-KIT", "19.00", g(150)),
        weight=g(150),
        faq=[
            {
                "question": "Can I clean my sensor with it?",
                "answer": "No. The kit is for lenses and filters, not for sensors.",
            }
        ],
    )
    d["T21"] = L(
        "Seed Raising Tray with Dome, 24 Cells",
        "Sprout Bench",
        "Seed tray",
        "14.95",
        "AUD",
        P(
            "A 24-cell seed tray with a clear vented dome and a drip base. Each cell is 5 cm deep.",
            "Made in Melbourne from recycled polypropylene.",
            "Reusable: wash it in warm soapy water between sowings.",
        ),
        {"Material": ["recycled polypropylene"], "Cells": ["24"], "Cell depth": ["5 cm"]},
        tags=["gardening", "seed raising", "recycled"],
        cats=_c("Garden", "Propagation"),
        sku="SB-24",
        variants=single("SB-24", "14.95", g(280)),
        weight=g(280),
        dimensions=dims(37, 22, 14),
    )
    d["T22"] = L(
        "Feather Shuttlecocks, Tube of 12",
        "Smash Court India",
        "Shuttlecocks",
        "1250.00",
        "INR",
        P(
            "Duck feather shuttlecocks with a cork base, in a tube of 12.",
            "Choose speed 76 for hot halls and speed 77 for mild ones.",
            "Assembled in Jalandhar, Punjab.",
        ),
        {"Feather": ["duck"], "Base": ["cork"], "Count": ["12"]},
        tags=["badminton", "shuttlecocks"],
        cats=_c("Sport", "Badminton"),
        options={"Speed": ["76", "77"]},
        sku="SCI-12",
        variants=variants("SCI-12", {"Speed": ["76", "77"]}, ["1250.00", "1250.00"], g(70)),
        weight=g(70),
    )
    d["T23"] = L(
        "Dog Training Clicker with Wrist Coil",
        "Good Boy Lab",
        "Training clicker",
        "6.00",
        "USD",
        P(
            "A box clicker with a raised button and an elastic wrist coil.",
            "ABS plastic body with an aluminium sounding plate; one click sound.",
        ),
        {"Material": ["ABS plastic", "aluminium plate"], "Size": ["6 x 3.5 cm"]},
        tags=["dog training", "clicker"],
        cats=_c("Pets", "Dog training"),
        options={"Colour": ["Red", "Blue", "Green", "Black"]},
        sku="GBL-CK",
        variants=variants(
            "GBL-CK",
            {"Colour": ["Red", "Blue", "Green", "Black"]},
            ["6.00", "6.00", "6.00", "6.00"],
            g(20),
        ),
        weight=g(20),
        faq=[
            {
                "question": "Does it have a volume control?",
                "answer": "No. It makes one click sound at one volume.",
            }
        ],
    )
    d["T24"] = L(
        "Harbour at Dusk, 1000 Piece Jigsaw Puzzle",
        "Quiet Hours Puzzles",
        "Jigsaw puzzle",
        "21.00",
        "GBP",
        P(
            "A 1000-piece jigsaw of a harbour at dusk; finished size 68 x 48 cm.",
            "Printed on recycled board. The pieces are cut in random shapes, and a poster of the "
            "picture is in the box.",
            "Made in Britain. For ages 12 and up.",
        ),
        {"Pieces": ["1000"], "Finished size": ["68 x 48 cm"], "Age": ["12+"]},
        tags=["jigsaw", "puzzle", "recycled board"],
        cats=_c("Games", "Jigsaws"),
        sku="QH-HD1000",
        variants=single("QH-HD1000", "21.00", g(650)),
        weight=g(650),
        dimensions=dims(37, 27, 6),
    )
    d["T25"] = L(
        "Carbon Face Pickleball Paddle",
        "Kitchen Line Sports",
        "Pickleball paddle",
        "89.00",
        "USD",
        P(
            "A paddle with a raw carbon fibre face over a 16 mm polypropylene honeycomb core.",
            "It weighs about 8 oz, and the grip is 4.25 in around.",
            "USA Pickleball approved for tournament play.",
        ),
        {
            "Face": ["raw carbon fibre"],
            "Core": ["16 mm polypropylene honeycomb"],
            "Grip": ["4.25 in"],
        },
        tags=["pickleball", "paddle"],
        cats=_c("Sport", "Pickleball"),
        options={"Edge guard": ["Black", "Orange"]},
        sku="KLS-CF",
        variants=variants("KLS-CF", {"Edge guard": ["Black", "Orange"]}, ["89.00", "89.00"]),
        weight=g(8, "oz"),
    )
    d["T26"] = L(
        "Leather Resoling Service by Post",
        "Last & Welt Repairs",
        "Shoe repair service",
        "85.00",
        "GBP",
        P(
            "Post us your Goodyear-welted shoes and we fit new oak-bark tanned leather soles and "
            "heels.",
            "Turnaround is three weeks from the day your shoes arrive. Return postage within the "
            "UK is £8.",
            "Not for glued or Blake-stitched soles. Our work is guaranteed for 6 months.",
        ),
        {"Service": ["resole and heel"], "Guarantee": ["6 months"]},
        tags=["shoe repair", "service"],
        cats=_c("Services", "Shoe repair"),
        options={"Heel": ["Leather", "Rubber top piece"]},
        sku="LW-RS",
        variants=variants("LW-RS", {"Heel": ["Leather", "Rubber top piece"]}, ["85.00", "80.00"]),
    )
    d["T27"] = L(
        "Cotton Apron",
        "",
        "",
        "22.00",
        "USD",
        "",
        {"Material": ["cotton twill"]},
        sku="AP-01",
        variants=single("AP-01", "22.00"),
    )
    d["T28"] = L(
        "Brass Hose Connector 1/2 in",
        "Hosewell",
        "Hose fitting",
        "6.50",
        "EUR",
        "<p>Coming soon</p>",
        {"Material": ["brass"], "Thread": ["1/2 in"]},
        tags=["garden", "hose"],
        cats=_c("Garden", "Watering"),
        sku="HW-BC12",
        variants=single("HW-BC12", "6.50", g(50)),
        weight=g(50),
    )
    d["T29"] = L(
        "Cocktail Bar Tools",
        "Barcart & Co.",
        "Grouped product",
        None,
        "USD",
        P("Three bar tools for mixing at home, each sold on its own."),
        tags=["cocktails", "bar tools"],
        cats=_c("Kitchen", "Bar"),
        sku="BC-GRP",
        children=[
            {
                "title": "Boston Shaker, 28 oz",
                "price": "34.00",
                "attributes": {"Material": ["stainless steel"], "Capacity": ["28 oz"]},
            },
            {
                "title": "Double Jigger, 1 oz and 2 oz",
                "price": "12.00",
                "attributes": {"Material": ["stainless steel"]},
            },
            {
                "title": "Hawthorne Strainer",
                "price": "14.00",
                "attributes": {"Material": ["stainless steel"]},
            },
        ],
    )
    d["T30"] = L(
        "Inflatable Hot Tub for Four (partner product)",
        "Driftwood Outdoor",
        "Inflatable hot tub",
        "899.00",
        "CAD",
        P(
            "This hot tub is sold and shipped by our partner, Tundra Spas; you check out on "
            "their site.",
            "It seats up to four, holds 800 litres and heats to 40 °C. A cover and a pump are "
            "included.",
            "Tundra Spas delivers in 5 to 10 business days and gives a one-year warranty.",
        ),
        {"Seats": ["4"], "Capacity": ["800 L"], "Max temperature": ["40 °C"]},
        tags=["external product", "partner", "hot tub"],
        cats=_c("Outdoors", "Hot tubs"),
        sku="DO-HT4",
        variants=single("DO-HT4", "899.00", g(32, "kg")),
        weight=g(32, "kg"),
    )
    for key, listing in d.items():
        listing["external_id"] = key
    return d


def main():
    with open(LISTINGS, "w", encoding="utf-8") as f:
        json.dump(build(), f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
