"""The 30 invented listings of guardrails holdout set v46 (written for this set, blind)."""

import json
import os
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per option combination: options is a list of dicts, prices a parallel list."""
    out = []
    for i, (opts, price) in enumerate(zip(options, prices, strict=True)):
        out.append(
            {
                "sku": f"{sku}-{i + 1}",
                "title": " / ".join(opts.values()),
                "price": price,
                "compare_at_price": compare[i] if compare else None,
                "options": opts,
                "weight": weight[i] if isinstance(weight, list) else weight,
                "external_id": f"{sku}-v{i + 1}",
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
    return [" > ".join(names)]


def build():
    t: dict[str, dict[str, Any]] = {}
    t["T01"] = L(
        "Farmhouse Cheddar Starter Kit",
        "Curdle & Crock",
        "Cheesemaking kit",
        "44.00",
        "USD",
        P(
            "Everything to make two 1 kg cheddars at home: mesophilic culture, vegetable rennet, "
            "calcium chloride, a cotton cheesecloth and a food-grade plastic mould with follower.",
            "The culture and rennet keep 12 months in the freezer. Milk is not included.",
        ),
        {
            "Contents": [
                "mesophilic culture (5 sachets)",
                "vegetable rennet 50 ml",
                "calcium chloride 50 ml",
                "cotton cheesecloth",
                "plastic mould 1 kg",
            ],
            "Yield": ["2 x 1 kg cheese"],
        },
        ["vegetarian rennet", "beginner"],
        _c("Kitchen", "Cheesemaking"),
        sku="CC-CHED",
        variants=single("CC-CHED", "44.00", g(620)),
        weight=g(620),
        faq=[
            {
                "question": "Do I need a press?",
                "answer": "The mould's follower can be weighted "
                "with jars; no press is needed for the first cheeses.",
            }
        ],
    )
    t["T02"] = L(
        "Tweed River Fly Reel 5/6",
        "Ashby Tackle",
        "Fly reel",
        "89.00",
        "GBP",
        P(
            "A large-arbour fly reel machined from 6061 aluminium, for 5 and 6 weight lines.",
            "Sealed carbon disc drag, left or right hand retrieve (switchable). Holds WF6 line "
            "plus 100 yards of 20 lb backing. Weight 142 g.",
        ),
        {
            "Material": ["6061 aluminium"],
            "Line weight": ["5", "6"],
            "Drag": ["sealed carbon disc"],
            "Diameter": ["90 mm"],
        },
        ["fly fishing", "large arbour"],
        _c("Fishing", "Reels"),
        sku="AT-R56",
        options={"Finish": ["Gunmetal", "Olive"]},
        variants=variants(
            "AT-R56", [{"Finish": "Gunmetal"}, {"Finish": "Olive"}], ["89.00", "89.00"], g(142)
        ),
        weight=g(142),
        faq=[
            {
                "question": "Is a spare spool available?",
                "answer": "Yes, spare spools are sold separately at £35.",
            }
        ],
    )
    t["T03"] = L(
        "Rando Saddle Bag 11 L",
        "Northshore Panniers",
        "Bicycle saddle bag",
        "129.00",
        "CAD",
        P(
            "An 11 litre saddle bag for long rides, sewn in Vancouver from waxed cotton "
            "canvas with "
            "a nylon-coated base.",
            "Fits saddles with bag loops; no seatpost clamp is included. "
            "Splash resistant, not waterproof.",
        ),
        {
            "Material": ["waxed cotton canvas", "nylon base"],
            "Capacity": ["11 L"],
            "Origin": ["Vancouver, Canada"],
        },
        ["cycling", "made in canada"],
        _c("Cycling", "Bags"),
        sku="NP-RANDO",
        options={"Colour": ["Tan", "Forest Green"]},
        variants=variants(
            "NP-RANDO",
            [{"Colour": "Tan"}, {"Colour": "Forest Green"}],
            ["129.00", "129.00"],
            g(510),
        ),
        weight=g(510),
        dimensions=dims(28, 20, 18),
    )
    t["T04"] = L(
        "Bypass Secateurs 20 mm",
        "Kōwhai Garden Tools",
        "Secateurs",
        "62.00",
        "NZD",
        P(
            "Bypass pruning secateurs that cut green stems up to 20 mm thick.",
            "Hardened carbon steel blade, aluminium handles with a sap groove, a spring and a "
            "thumb lock. Replacement blades and springs are available.",
        ),
        {
            "Blade": ["hardened carbon steel"],
            "Handles": ["aluminium"],
            "Cutting capacity": ["20 mm"],
            "Length": ["210 mm"],
        },
        ["gardening", "pruning", "right-handed"],
        _c("Garden", "Hand tools"),
        sku="KG-SEC20",
        variants=single("KG-SEC20", "62.00", g(240)),
        weight=g(240),
    )
    t["T05"] = L(
        "Trail Dog Harness",
        "Wallaby Paws",
        "Dog harness",
        "54.95",
        "AUD",
        P(
            "A padded Y-front harness with five adjustment points and a front and back lead ring.",
            "Recycled polyester webbing, reflective trim, aluminium V-ring. "
            "Hand wash in cool water "
            "and dry flat.",
        ),
        {"Material": ["recycled polyester webbing"], "Lead rings": ["2"]},
        ["dog", "reflective"],
        _c("Pets", "Dogs", "Harnesses"),
        sku="WP-TRAIL",
        options={"Size": ["S", "M", "L"], "Colour": ["Coral", "Slate"]},
        variants=variants(
            "WP-TRAIL",
            [
                {"Size": "S", "Colour": "Coral"},
                {"Size": "M", "Colour": "Coral"},
                {"Size": "L", "Colour": "Coral"},
                {"Size": "S", "Colour": "Slate"},
                {"Size": "M", "Colour": "Slate"},
                {"Size": "L", "Colour": "Slate"},
            ],
            ["54.95", "54.95", "59.95", "54.95", "54.95", "59.95"],
        ),
        faq=[
            {
                "question": "How do I choose a size?",
                "answer": "S fits chests of 40-55 cm, M 55-75 cm and L 75-100 cm.",
            }
        ],
    )
    t["T06"] = L(
        "Darjeeling First Flush 2026",
        "Chowrasta Tea Co.",
        "Loose-leaf tea",
        "1450",
        "INR",
        P(
            "A spring first-flush black tea from a single garden near Kurseong, Darjeeling, "
            "picked in March 2026.",
            "Brew 2 g per 200 ml at 90 °C for 3 minutes. Packed in a resealable foil pouch.",
        ),
        {"Origin": ["Kurseong, Darjeeling, India"], "Net weight": ["100 g"], "Type": ["black tea"]},
        ["single estate", "first flush"],
        _c("Food", "Tea"),
        sku="CT-DJ1",
        options={"Weight": ["100 g", "250 g"]},
        variants=variants(
            "CT-DJ1", [{"Weight": "100 g"}, {"Weight": "250 g"}], ["1450", "3300"], [g(110), g(265)]
        ),
    )
    t["T07"] = L(
        "Oat & Calendula Soap Bar",
        "Millrace Soapworks",
        "Soap bar",
        "7.50",
        "GBP",
        P(
            "A cold-process soap bar made with olive oil, coconut oil, shea butter, colloidal "
            "oats and calendula petals.",
            "Unscented. Each bar is about 110 g and cured for six weeks. Wrapped in paper.",
        ),
        {
            "Ingredients": [
                "olive oil",
                "coconut oil",
                "shea butter",
                "colloidal oats",
                "calendula petals",
            ],
            "Weight": ["110 g"],
        },
        ["unscented", "palm oil free"],
        _c("Bath", "Soap"),
        sku="MS-OAT",
        variants=single("MS-OAT", "7.50", g(115)),
        weight=g(115),
    )
    t["T08"] = L(
        "Boulder Chalk Bag",
        "Cragline",
        "Chalk bag",
        "34.00",
        "USD",
        P(
            "A cylinder chalk bag with a fleece lining, a drawcord closure, a brush holder and a "
            "waist belt.",
            "Cordura nylon outer. Chalk and brush are not included.",
        ),
        {"Material": ["Cordura nylon", "fleece lining"], "Capacity": ["fits a hand to the wrist"]},
        ["climbing", "bouldering"],
        _c("Climbing", "Chalk bags"),
        sku="CL-BAG",
        options={"Colour": ["Mustard", "Black", "Teal"]},
        variants=variants(
            "CL-BAG",
            [{"Colour": "Mustard"}, {"Colour": "Black"}, {"Colour": "Teal"}],
            ["34.00", "34.00", "34.00"],
            g(120),
        ),
        dimensions=dims(None, 13, 17),
    )
    t["T09"] = L(
        "Fluorocarbon Ukulele Strings, Concert",
        "Kaimana Strings",
        "Ukulele strings",
        "14.00",
        "USD",
        P(
            "A set of four fluorocarbon strings for concert ukulele in standard GCEA tuning with "
            "a high G.",
            "Bright, clear tone. For concert scale only (about 15 inches).",
        ),
        {"Material": ["fluorocarbon"], "Tuning": ["GCEA, high G"], "Scale": ["concert"]},
        ["ukulele", "strings"],
        _c("Music", "Strings"),
        sku="KS-CON",
        variants=single("KS-CON", "14.00", g(20)),
    )
    t["T10"] = L(
        "Walnut & Maple Chess Set",
        "Rook & Rank",
        "Chess set",
        "240.00",
        "CHF",
        P(
            "A tournament-size chess set: hand-turned pieces in boxwood and ebonised boxwood, "
            "king height 95 mm, on a folding walnut and maple board with 55 mm squares.",
            "The pieces are weighted and felted. Storage box included.",
        ),
        {
            "Board": ["walnut", "maple"],
            "Pieces": ["boxwood", "ebonised boxwood"],
            "King height": ["95 mm"],
            "Square size": ["55 mm"],
        },
        ["chess", "tournament size"],
        _c("Games", "Chess"),
        sku="RR-WM",
        variants=single("RR-WM", "240.00", g(3200)),
        weight=g(3200),
        dimensions=dims(50, 50, 2.5),
    )
    t["T11"] = L(
        "Makila klasikoa, mizpira-egurra",
        "Larrabide Makilak",
        "Makila",
        "380.00",
        "EUR",
        P(
            "Makila klasikoa, mizpira-egurrez egina, Ezpeletan eskuz landua.",
            "Letoizko eskulekua eta burdinazko puntarekin. Luzera: 90 cm.",
        ),
        {
            "Egurra": ["mizpira"],
            "Eskulekua": ["letoia"],
            "Luzera": ["90 cm"],
            "Jatorria": ["Ezpeleta, Lapurdi"],
        },
        ["eskuz egina"],
        _c("Ibilkera", "Makilak"),
        sku="LM-MAK",
        options={"Luzera": ["85 cm", "90 cm", "95 cm"]},
        variants=variants(
            "LM-MAK",
            [{"Luzera": "85 cm"}, {"Luzera": "90 cm"}, {"Luzera": "95 cm"}],
            ["360.00", "380.00", "400.00"],
        ),
        weight=g(480),
    )
    t["T12"] = L(
        "Camán iomána fuinseoige",
        "Ceardlann Uí Bhriain",
        "Camán",
        "75.00",
        "EUR",
        P(
            "Camán lámhdhéanta as fuinseog Éireannach, déanta i gCill Chainnigh.",
            "Banda cruach ar an mbos. Ní chuirtear sliotar san áireamh.",
        ),
        {"Adhmad": ["fuinseog"], "Tionscnamh": ["Cill Chainnigh, Éire"]},
        ["iomáint", "lámhdhéanta"],
        _c("Spórt", "Iomáint"),
        sku="UB-CAM",
        options={"Fad": ["32 orlach", "34 orlach", "36 orlach"]},
        variants=variants(
            "UB-CAM",
            [{"Fad": "32 orlach"}, {"Fad": "34 orlach"}, {"Fad": "36 orlach"}],
            ["75.00", "75.00", "80.00"],
        ),
    )
    t["T13"] = L(
        "Pendent tal-filugranu, salib Malti",
        "Ħaddiem tal-Fidda",
        "Pendent",
        "95.00",
        "EUR",
        P(
            "Pendent f'forma ta' salib Malti, magħmul bl-idejn f'fidda 925 fil-Birgu.",
            "Katina ta' 45 cm inkluża. Jasal f'kaxxa rigal.",
        ),
        {"Materjal": ["fidda 925"], "Oriġini": ["il-Birgu, Malta"], "Katina": ["45 cm"]},
        ["magħmul bl-idejn"],
        _c("Ġojjelli", "Pendenti"),
        sku="HF-SAL",
        variants=single("HF-SAL", "95.00", g(6)),
        dimensions=dims(None, 2.5, 2.5),
    )
    t["T14"] = L(
        "Karoo Biltong, Sout & Peper",
        "Oupa Koos se Slaghuis",
        "Biltong",
        "189.00",
        "ZAR",
        P(
            "Biltong van beesvleis uit die Karoo, met net sout, swartpeper en koljander gesout "
            "en lugdroog.",
            "Vakuumverpak. Hou in die yskas na oopmaak en eet binne 5 dae.",
        ),
        {"Vleis": ["beesvleis"], "Oorsprong": ["Karoo, Suid-Afrika"], "Gewig": ["500 g"]},
        ["glutenvry"],
        _c("Kos", "Vleis"),
        sku="OK-BIL",
        options={"Gewig": ["250 g", "500 g"]},
        variants=variants(
            "OK-BIL",
            [{"Gewig": "250 g"}, {"Gewig": "500 g"}],
            ["99.00", "189.00"],
            [g(260), g(510)],
        ),
    )
    t["T15"] = L(
        "Cunca de porcelana azul Castro",
        "Obradoiro do Castro",
        "Cunca",
        "28.00",
        "EUR",
        P(
            "Cunca de porcelana feita en Sargadelos, Cervo, decorada a man con cobalto.",
            "Capacidade 250 ml. Apta para lavalouzas; non apta para o microondas.",
        ),
        {"Material": ["porcelana"], "Capacidade": ["250 ml"], "Orixe": ["Cervo, Galicia"]},
        ["feito a man"],
        _c("Cociña", "Cuncas"),
        sku="OC-CUN",
        options={"Cor": ["Azul cobalto", "Branco"]},
        variants=variants(
            "OC-CUN", [{"Cor": "Azul cobalto"}, {"Cor": "Branco"}], ["28.00", "24.00"], g(210)
        ),
    )
    t["T16"] = L(
        "Lahıc mis qazanı, 3 litr",
        "Lahıc Misgər Evi",
        "Mis qazan",
        "120.00",
        "AZN",
        P(
            "Lahıcda əl ilə döyülmüş mis qazan, içi qalayla örtülüb.",
            "Həcmi 3 litr, diametri 22 sm. Taxta dəstəkli qapaq daxildir. Yalnız əllə yuyun.",
        ),
        {"Material": ["mis", "qalay örtük"], "Həcm": ["3 L"], "Mənşə": ["Lahıc, Azərbaycan"]},
        ["əl işi"],
        _c("Mətbəx", "Qablar"),
        sku="LM-QAZ",
        variants=single("LM-QAZ", "120.00", g(1900)),
        weight=g(1900),
    )
    t["T17"] = L(
        "Combination Whetstone 1000/6000",
        "Honbazuke Supply",
        "Whetstone",
        "48.00",
        "USD",
        P(
            "A two-sided synthetic water stone: 1000 grit for sharpening, 6000 grit for polishing.",
            "Soak the 1000 side for 10 minutes before use; the 6000 side only needs splashing. "
            "Comes with a non-slip rubber base.",
        ),
        {"Grit": ["1000", "6000"], "Size": ["180 x 60 x 28 mm"], "Type": ["water stone"]},
        ["sharpening"],
        _c("Kitchen", "Knife care"),
        sku="HS-1060",
        variants=single("HS-1060", "48.00", g(780)),
        weight=g(780),
        dimensions=dims(18, 6, 2.8),
    )
    t["T18"] = L(
        "Solid Perfume Tin, Fig Leaf",
        "Orris & Ash",
        "Solid perfume",
        "22.00",
        "GBP",
        P(
            "A solid perfume of fig leaf, cedarwood and a touch of bergamot in beeswax and "
            "jojoba oil.",
            "15 g in a refillable brass tin. Patch test before use.",
        ),
        {"Base": ["beeswax", "jojoba oil"], "Net weight": ["15 g"], "Tin": ["brass"]},
        ["fragrance"],
        _c("Beauty", "Fragrance"),
        sku="OA-FIG",
        variants=single("OA-FIG", "22.00", g(45)),
    )
    t["T19"] = L(
        "Delta Kite 150",
        "Updraft Kiteworks",
        "Single-line kite",
        "39.00",
        "EUR",
        P(
            "A delta kite with a 150 cm wingspan in ripstop polyester with fibreglass spars.",
            "Flies in 8-30 km/h winds. Comes with 30 m of line on a winder and a storage bag.",
        ),
        {
            "Material": ["ripstop polyester", "fibreglass spars"],
            "Wingspan": ["150 cm"],
            "Wind range": ["8-30 km/h"],
        },
        ["kites", "beginner"],
        _c("Outdoor", "Kites"),
        sku="UK-D150",
        options={"Colour": ["Rainbow", "Sunset"]},
        variants=variants(
            "UK-D150", [{"Colour": "Rainbow"}, {"Colour": "Sunset"}], ["39.00", "39.00"], g(260)
        ),
    )
    t["T20"] = L(
        "Aquarium Heater 100 W",
        "Reefcove",
        "Aquarium heater",
        "29.99",
        "USD",
        P(
            "A submersible 100 W heater in shatterproof quartz glass "
            "for tanks of 60 to 120 litres.",
            "Set from 18 to 32 °C; it switches off automatically when out of water. Freshwater and "
            "marine. Suction cups included.",
        ),
        {"Power": ["100 W"], "Tank size": ["60-120 L"], "Range": ["18-32 °C"]},
        ["aquarium", "freshwater", "marine"],
        _c("Pets", "Aquarium"),
        sku="RC-H100",
        variants=single("RC-H100", "29.99", g(190)),
        dimensions=dims(None, 3, 26),
    )
    t["T21"] = L(
        "Cork Phone Case for Pixel 9",
        "Sobreiro Cases",
        "Phone case",
        "32.00",
        "EUR",
        P(
            "A slim case for Google Pixel 9: cork back on a recycled TPU frame.",
            "Raised edges around the camera. Works with wireless charging.",
        ),
        {"Material": ["cork", "recycled TPU"], "Compatible with": ["Google Pixel 9"]},
        ["vegan", "cork"],
        _c("Electronics", "Phone cases"),
        sku="SC-P9",
        variants=single("SC-P9", "32.00", g(32)),
    )
    t["T22"] = L(
        "Two-Burner Camp Stove",
        "Ridgefire",
        "Camping stove",
        "119.00",
        "USD",
        P(
            "A folding two-burner stove for propane, with two 10,000 BTU burners and wind shields.",
            "Runs on 1 lb propane cylinders (not included) or a bulk tank with an "
            "adapter hose sold separately. Piezo ignition.",
        ),
        {"Fuel": ["propane"], "Burners": ["2 x 10,000 BTU"], "Ignition": ["piezo"]},
        ["camping", "outdoor cooking"],
        _c("Camping", "Stoves"),
        sku="RF-2B",
        variants=single("RF-2B", "119.00", g(5200)),
        weight=g(5200),
        dimensions=dims(56, 33, 10),
        faq=[{"question": "Can I use it indoors?", "answer": "No. Outdoor use only."}],
    )
    t["T23"] = L(
        "Cruiser Wheels 60 mm 78A",
        "Asphalt Garden",
        "Skateboard wheels",
        "45.00",
        "USD",
        P(
            "A set of four 60 mm cruiser wheels in 78A urethane for rough streets.",
            "Bearings are not included.",
        ),
        {"Diameter": ["60 mm"], "Hardness": ["78A"], "Material": ["urethane"]},
        ["skateboarding", "cruiser"],
        _c("Skate", "Wheels"),
        sku="AG-60",
        options={"Colour": ["Clear Orange", "White"]},
        variants=variants(
            "AG-60", [{"Colour": "Clear Orange"}, {"Colour": "White"}], ["45.00", "45.00"], g(380)
        ),
    )
    t["T24"] = L(
        "Conical Burr Hand Grinder",
        "Ninebar Roasters",
        "Coffee grinder",
        "139.00",
        "AUD",
        P(
            "A hand grinder with a 38 mm stainless steel conical burr and a stepped adjustment "
            "from espresso to French press.",
            "Holds 25 g of beans. Aluminium body. Brush the burrs clean; do not wash in water.",
        ),
        {"Burr": ["38 mm stainless steel conical"], "Capacity": ["25 g"], "Body": ["aluminium"]},
        ["coffee", "espresso"],
        _c("Coffee", "Grinders"),
        sku="NB-HG38",
        variants=single("NB-HG38", "139.00", g(540)),
        weight=g(540),
    )
    t["T25"] = L(
        "Rainbow Stacking Rings",
        "Little Kauri",
        "Stacking toy",
        "36.00",
        "NZD",
        P(
            "Seven rings of beech wood on a round base, painted with water-based paints.",
            "For children from 12 months. Tested to EN 71. Wipe clean.",
        ),
        {
            "Material": ["beech wood"],
            "Pieces": ["7 rings", "base"],
            "Age": ["12 months+"],
            "Safety": ["EN 71"],
        },
        ["wooden toy", "toddler"],
        _c("Toys", "Baby toys"),
        sku="LK-RING",
        variants=single("LK-RING", "36.00", g(450)),
        dimensions=dims(None, 12, 24),
    )
    t["T26"] = L(
        "Pet Tag Engraving Service",
        "Tag & Tally",
        "Engraving service",
        "15.00",
        "GBP",
        P(
            "We engrave your pet's name and your phone number on a round brass tag, up to four "
            "lines on the back.",
            "Posted within 3 working days by Royal Mail second class.",
        ),
        {"Tag": ["brass, 25 mm round"], "Lines": ["up to 4"]},
        ["service", "personalised"],
        _c("Services", "Engraving"),
        sku="TT-ENG",
        options={"Font": ["Serif", "Sans"]},
        variants=variants("TT-ENG", [{"Font": "Serif"}, {"Font": "Sans"}], ["15.00", "15.00"]),
    )
    t["T27"] = L(
        "Canvas Tote Bag",
        "",
        "Tote bag",
        "18.00",
        "USD",
        "",
        sku="TOTE-1",
        variants=single("TOTE-1", "18.00"),
    )
    t["T28"] = L(
        "Enamel Pin, Heron",
        "Pinwheel Press",
        "Enamel pin",
        "9.00",
        "GBP",
        "<p>Coming soon</p>",
        sku="PP-HER",
        variants=single("PP-HER", "9.00"),
    )
    t["T29"] = L(
        "Home Bar Set",
        "Copperline Bar Goods",
        "Bar tools set",
        None,
        "USD",
        P("Three bar tools, each sold on its own."),
        sku="CB-SET",
        children=[
            {
                "title": "Cobbler Shaker 700 ml",
                "price": "38.00",
                "attributes": {"Material": ["stainless steel"], "Capacity": ["700 ml"]},
            },
            {
                "title": "Japanese Jigger 30/60 ml",
                "price": "16.00",
                "attributes": {"Material": ["stainless steel"]},
            },
            {
                "title": "Hawthorne Strainer",
                "price": "14.00",
                "attributes": {"Material": ["stainless steel"]},
            },
        ],
    )
    t["T30"] = L(
        "Emberstone Pizza Oven 16 (partner product)",
        "Emberstone",
        "Pizza oven",
        "599.00",
        "USD",
        P(
            "Sold and shipped by our partner Emberstone. A gas-fired outdoor pizza oven for pizzas "
            "up to 16 inches, reaching 500 °C in about 20 minutes.",
            "Cordierite stone, powder-coated steel shell. Emberstone gives a three-year warranty. "
            "Ships in 7-10 working days from their warehouse.",
        ),
        {"Fuel": ["propane"], "Stone": ["cordierite"], "Max temperature": ["500 °C"]},
        ["partner", "outdoor cooking"],
        _c("Outdoor", "Pizza ovens"),
        sku="EM-16",
        variants=single("EM-16", "599.00", g(18, "kg")),
        weight=g(18, "kg"),
    )
    for key, listing in t.items():
        listing["external_id"] = key
    return t


def main():
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as fh:
        json.dump(build(), fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
