"""Build listings.json for guardrails holdout v49: 30 invented listings, T01..T30."""

import json
import os
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per option value (a single option name), with its own price."""
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
                "weight": weight,
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
    listing: dict[str, Any] = {
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
    listing.update(extra or {})
    listing.update(kw)
    return listing


def P(*paras):
    return "".join(f"<p>{p}</p>" for p in paras)


def dims(length, width, height, unit="cm"):
    return {"length": length, "width": width, "height": height, "unit": unit}


def _c(*names):
    return " > ".join(names)


def build():
    d: dict[str, Any] = {}
    d["T01"] = L(
        "Stainless Bee Smoker 10 cm",
        "Linden Comb",
        "Bee smoker",
        "46.00",
        "USD",
        P(
            "A bellows smoker for calming bees during hive inspections. The fire chamber is "
            "stainless steel with a hinged lid and a heat shield that keeps fingers off the can.",
            "The bellows are goatskin leather on pine boards. Burns pine needles, burlap or "
            "cotton waste; fuel is not included.",
        ),
        {
            "Material": ["stainless steel", "goatskin leather", "pine"],
            "Chamber diameter": ["10 cm"],
        },
        ["beekeeping", "heat shield"],
        [_c("Garden", "Beekeeping")],
        weight=g(620),
        dimensions=dims(None, 10, 27),
        sku="LC-SM10",
        variants=single("LC-SM10", "46.00", g(620)),
    )
    d["T02"] = L(
        "Recurve Bowstring, Dacron B50, 14 strands",
        "Fletchway",
        "Bowstring",
        "19.00",
        "GBP",
        P(
            "A Flemish-twist bowstring for wooden and take-down recurve bows. Fourteen strands of "
            "Dacron B50, with nylon centre serving.",
            "Pick the length for your bow's AMO length; the string is about 3 inches shorter. "
            "Not for compound bows.",
        ),
        {"Material": ["Dacron B50", "nylon serving"], "Strands": ["14"]},
        ["archery", "flemish twist"],
        [_c("Sport", "Archery", "Strings")],
        options={"AMO length": ["62 in", "66 in", "68 in"]},
        variants=variants(
            "FW-B50",
            {"AMO length": ["62 in", "66 in", "68 in"]},
            ["19.00", "19.00", "21.00"],
            g(12),
        ),
        sku="FW-B50",
    )
    d["T03"] = L(
        "Pottery Trimming Tool Set of 6",
        "Kilnside",
        "Trimming tools",
        "34.00",
        "USD",
        P(
            "Six loop and ribbon tools for trimming leather-hard pots on the wheel. Hardened "
            "carbon steel blades in ash handles, each 17 cm long.",
            "Dry the blades after use so they do not rust. Comes in a canvas roll.",
        ),
        {"Material": ["carbon steel", "ash"], "Pieces": ["6"]},
        ["ceramics", "wheel throwing"],
        [_c("Crafts", "Pottery", "Tools")],
        sku="KS-TT6",
        variants=single("KS-TT6", "34.00", g(210)),
        weight=g(210),
    )
    d["T04"] = L(
        "Bone Folder 20 cm",
        "Quire & Cord",
        "Bone folder",
        "14.00",
        "EUR",
        P(
            "A folder of polished cattle bone for creasing and scoring paper in bookbinding. One "
            "pointed end and one rounded end.",
            "20 cm long and 2.5 cm wide. Each piece is shaped by hand in "
            "Lyon, so the grain varies.",
        ),
        {"Material": ["cattle bone"], "Length": ["20 cm"]},
        ["bookbinding", "handmade in france"],
        [_c("Crafts", "Bookbinding")],
        sku="QC-BF20",
        variants=single("QC-BF20", "14.00", g(28)),
        weight=g(28),
    )
    d["T05"] = L(
        "Pointed Calligraphy Nibs, Pack of 10",
        "Inkwright",
        "Dip pen nibs",
        "12.50",
        "USD",
        P(
            "Ten flexible pointed nibs for copperplate and Spencerian script. Chrome-plated steel, "
            "fits standard straight and oblique holders.",
            "Clean with water after use and dry at once. Holder and ink are not included.",
        ),
        {"Material": ["chrome-plated steel"], "Count": ["10"]},
        ["calligraphy", "copperplate"],
        [_c("Art", "Calligraphy")],
        sku="IW-N10",
        variants=single("IW-N10", "12.50", g(15)),
        weight=g(15),
    )
    d["T06"] = L(
        "Soy Wax Flakes 2 kg",
        "Wickhouse",
        "Candle wax",
        "24.00",
        "USD",
        P(
            "Container soy wax in flakes for making jar and tin candles. Melts at 49-54 °C; pour "
            "at about 70 °C.",
            "Made from US-grown soybeans, with no paraffin. Not for pillar candles.",
        ),
        {"Material": ["soy wax"], "Net weight": ["2 kg"], "Melting point": ["49-54 °C"]},
        ["candle making", "paraffin-free"],
        [_c("Crafts", "Candle making")],
        weight=g(2, "kg"),
        sku="WH-SW2",
        variants=single("WH-SW2", "24.00", g(2, "kg")),
    )
    d["T07"] = L(
        "Leather Stitching Awl",
        "Saddlecraft Row",
        "Stitching awl",
        "29.00",
        "CAD",
        P(
            "A sewing awl for saddle-stitching leather by hand. Hollow "
            "maple handle that stores two "
            "spare needles, and a bobbin of waxed polyester thread (25 m).",
            "Sews leather up to 8 mm thick. Assembled in Quebec.",
        ),
        {
            "Material": ["maple", "steel needles", "waxed polyester thread"],
            "Thread length": ["25 m"],
        },
        ["leathercraft", "saddle stitch"],
        [_c("Crafts", "Leatherwork")],
        sku="SR-AWL",
        variants=single("SR-AWL", "29.00", g(95)),
        weight=g(95),
    )
    d["T08"] = L(
        "Stoneware Fermentation Crock 5 L",
        "Brine & Stone",
        "Fermentation crock",
        "89.00",
        "USD",
        P(
            "A water-seal crock for sauerkraut, kimchi and pickles. Glazed stoneware, lead-free, "
            "with a gutter for water that lets gas out and keeps air out.",
            "Holds 5 litres. Two weighting stones are included. Hand wash only.",
        ),
        {"Material": ["stoneware"], "Capacity": ["5 L"], "Colour": ["Brown"]},
        ["fermenting", "lead-free glaze"],
        [_c("Kitchen", "Fermentation")],
        options={"Colour": ["Brown"]},
        weight=g(4.2, "kg"),
        dimensions=dims(None, 24, 30),
        sku="BS-C5",
        variants=single("BS-C5", "89.00", g(4.2, "kg"), title="Brown"),
    )
    d["T09"] = L(
        "Plössl Eyepiece 25 mm, 1.25 in",
        "Meridian Optics",
        "Telescope eyepiece",
        "39.00",
        "USD",
        P(
            "A four-element Plössl eyepiece with a 52° apparent field. "
            "Fully multi-coated glass and "
            "a threaded barrel for standard 1.25-inch filters.",
            "Fits 1.25-inch focusers only. Eye relief is 17 mm.",
        ),
        {"Focal length": ["25 mm"], "Barrel": ["1.25 in"], "Apparent field": ["52°"]},
        ["astronomy", "plossl"],
        [_c("Optics", "Telescope accessories")],
        sku="MO-P25",
        variants=single("MO-P25", "39.00", g(110)),
        weight=g(110),
    )
    d["T10"] = L(
        "Fixed Circular Knitting Needles, Birch",
        "Loopwell",
        "Knitting needles",
        "11.00",
        "GBP",
        P(
            "Circular needles with laminated birch tips joined by an 80 "
            "cm nylon-coated steel cable.",
            "Choose 3 mm, 4 mm or 5 mm. Tips are smooth but not lacquered.",
        ),
        {"Material": ["birch", "nylon-coated steel cable"], "Cable length": ["80 cm"]},
        ["knitting", "circular"],
        [_c("Crafts", "Knitting")],
        options={"Size": ["3 mm", "4 mm", "5 mm"]},
        variants=variants(
            "LW-CN", {"Size": ["3 mm", "4 mm", "5 mm"]}, ["11.00", "11.00", "12.00"], g(20)
        ),
        sku="LW-CN",
    )
    d["T11"] = L(
        "Birkisíróp 250 ml",
        "Skógarhögg",
        "Síróp",
        "2900",
        "ISK",
        P(
            "Birkisíróp úr birkisafa sem safnað er á vorin á "
            "Fljótsdalshéraði. Soðinn hægt í litlum "
            "skömmtum.",
            "250 ml glerflaska. Geymist í kæli eftir opnun.",
        ),
        {"Efni": ["birkisafi"], "Rúmmál": ["250 ml"], "Uppruni": ["Fljótsdalshérað"]},
        ["síróp", "birki"],
        [_c("Matur", "Síróp")],
        sku="SK-B250",
        variants=single("SK-B250", "2900", g(480)),
        weight=g(480),
    )
    d["T12"] = L(
        "Vażun tal-Ħġieġ Minfuħ, 20 ċm",
        "Ħġieġ tal-Port",
        "Vażun",
        "65.00",
        "EUR",
        P(
            "Vażun tal-ħġieġ minfuħ bl-idejn f'Ta' Qali. Għoli 20 ċm, bil-kuluri blu u aħdar "
            "tal-baħar.",
            "Kull biċċa hija differenti ftit. Aħsel bl-idejn biss.",
        ),
        {"Materjal": ["ħġieġ minfuħ"], "Għoli": ["20 ċm"], "Kulur": ["blu", "aħdar tal-baħar"]},
        ["ħġieġ", "magħmul bl-idejn"],
        [_c("Dar", "Vażuni")],
        options={"Kulur": ["Blu", "Aħdar tal-baħar"]},
        variants=variants(
            "HP-V20", {"Kulur": ["Blu", "Aħdar tal-baħar"]}, ["65.00", "65.00"], g(900)
        ),
        dimensions=dims(None, 11, 20),
        sku="HP-V20",
    )
    d["T13"] = L(
        "Ծիրանափայտե դուդուկ, լա",
        "Արարատ Փող",
        "Դուդուկ",
        "78000",
        "AMD",
        P(
            "Ծիրանի փայտից պատրաստված դուդուկ՝ լա տոնայնությամբ։ Պատրաստված է Երևանում։",
            "Եղեգնյա լեզվակը և պատյանը ներառված են։ Երկարությունը՝ 35 սմ։",
        ),
        {"Նյութ": ["ծիրանի փայտ"], "Տոնայնություն": ["լա"], "Երկարություն": ["35 սմ"]},
        ["դուդուկ", "ծիրանափայտ"],
        [_c("Երաժշտություն", "Փողային")],
        sku="AP-DA",
        variants=single("AP-DA", "78000", g(180)),
        weight=g(180),
    )
    d["T14"] = L(
        "Kiondo cha Mkonge, Kikubwa",
        "Vikapu vya Pwani",
        "Kikapu",
        "3500",
        "KES",
        P(
            "Kikapu cha kiondo kilichofumwa kwa mkono kwa nyuzi za mkonge huko Machakos. Kina "
            "vishikio vya ngozi.",
            "Upana wa sentimita 35. Rangi: asili na nyekundu.",
        ),
        {"Nyenzo": ["mkonge", "ngozi"], "Upana": ["35 cm"], "Rangi": ["asili", "nyekundu"]},
        ["kiondo", "kazi ya mkono"],
        [_c("Nyumbani", "Vikapu")],
        sku="VP-K35",
        variants=single("VP-K35", "3500", g(400)),
        weight=g(400),
    )
    d["T15"] = L(
        "Espartinak, lihoz eginak",
        "Oinetxe Zubieta",
        "Espartinak",
        "42.00",
        "EUR",
        P(
            "Espartina klasikoak: kotoizko oihala eta jutezko zola, eskuz josiak Mauleon. Zolak "
            "kautxuzko geruza mehea du.",
            "Neurriak: 38tik 44ra. Koloreak: beltza eta gorria.",
        ),
        {"Materiala": ["kotoia", "jutea", "kautxua"], "Jatorria": ["Maule"]},
        ["espartinak", "eskuz egina"],
        [_c("Oinetakoak", "Espartinak")],
        options={
            "Neurria": ["38", "39", "40", "41", "42", "43", "44"],
            "Kolorea": ["Beltza", "Gorria"],
        },
        variants=single("OZ-ESP", "42.00", g(350)),
        sku="OZ-ESP",
    )
    d["T16"] = L(
        "Чацарганын шүүс 1 л",
        "Говь Жимс",
        "Жимсний шүүс",
        "18000",
        "MNT",
        P(
            "Увс аймагт түүсэн чацарганаар хийсэн шүүс. Элсэн чихэр нэмээгүй.",
            "1 литр шилэн савтай. Нээсний дараа хөргөгчинд хадгална.",
        ),
        {"Орц": ["чацаргана", "ус"], "Эзэлхүүн": ["1 л"], "Гарал үүсэл": ["Увс"]},
        ["чацаргана", "чихэргүй"],
        [_c("Хүнс", "Шүүс")],
        sku="GJ-CH1",
        variants=single("GJ-CH1", "18000", g(1.6, "kg")),
        weight=g(1.6, "kg"),
    )
    d["T17"] = L(
        "Cork Yoga Block",
        "Asana Mill",
        "Yoga block",
        "22.00",
        "USD",
        P(
            "A firm block of natural cork for support in standing poses and seated stretches. "
            "23 x 15 x 7.5 cm, with rounded edges.",
            "Wipe with a damp cloth; do not soak.",
        ),
        {"Material": ["natural cork"]},
        ["yoga", "cork"],
        [_c("Fitness", "Yoga")],
        dimensions=dims(23, 15, 7.5),
        weight=g(430),
        sku="AM-CB",
        variants=single("AM-CB", "22.00", g(430)),
    )
    d["T18"] = L(
        "Block Plane No. 60½, Low Angle",
        "Shaving Bench Tools",
        "Hand plane",
        "118.00",
        "USD",
        P(
            "A low-angle block plane for end grain and chamfers. Ductile iron body, a 12° bed and "
            "an A2 tool steel blade, 35 mm wide.",
            "Adjustable mouth. Arrives flattened and ready to sharpen; hone before first use.",
        ),
        {
            "Material": ["ductile iron", "A2 tool steel"],
            "Blade width": ["35 mm"],
            "Bed angle": ["12°"],
        },
        ["woodworking", "low angle"],
        [_c("Tools", "Hand planes")],
        weight=g(0.8, "kg"),
        dimensions=dims(16, 5, None),
        sku="SB-60H",
        variants=single("SB-60H", "118.00", g(0.8, "kg")),
    )
    d["T19"] = L(
        "Hoof Pick with Brush",
        "Paddock Lane",
        "Hoof pick",
        "7.50",
        "GBP",
        P(
            "A hoof pick with a stiff nylon brush on the back, for daily hoof cleaning. "
            "Polypropylene handle with a steel pick.",
            "Comes in Navy, Purple and Green. 17 cm long.",
        ),
        {"Material": ["polypropylene", "steel", "nylon"]},
        ["equestrian", "grooming"],
        [_c("Equestrian", "Grooming")],
        options={"Colour": ["Navy", "Purple", "Green"]},
        variants=variants(
            "PL-HP", {"Colour": ["Navy", "Purple", "Green"]}, ["7.50", "7.50", "7.50"], g(70)
        ),
        sku="PL-HP",
    )
    d["T20"] = L(
        "Camera Neck Strap, Waxed Canvas",
        "Halide Goods",
        "Camera strap",
        "48.00",
        "AUD",
        P(
            "A neck strap of waxed cotton canvas with vegetable-tanned leather ends, 3.8 cm wide.",
            "Adjustable from 95 to 130 cm. Fits cameras with split-ring lugs; rings included.",
        ),
        {"Material": ["waxed cotton canvas", "vegetable-tanned leather"], "Width": ["3.8 cm"]},
        ["photography", "waxed canvas"],
        [_c("Photography", "Straps")],
        options={"Colour": ["Olive", "Charcoal"]},
        variants=variants("HG-NS", {"Colour": ["Olive", "Charcoal"]}, ["48.00", "48.00"], g(110)),
        sku="HG-NS",
    )
    d["T21"] = L(
        "Jigsaw Puzzle 1000 Pieces, Harbour at Dusk",
        "Tessera Press",
        "Jigsaw puzzle",
        "27.00",
        "USD",
        P(
            "A 1000-piece jigsaw of an illustrated harbour at dusk. Finished size 68 x 49 cm.",
            "Pieces are cut from 2 mm recycled board. A poster of the picture is in the box. "
            "Ages 12 and up.",
        ),
        {"Pieces": ["1000"], "Material": ["recycled board"]},
        ["puzzle", "recycled board"],
        [_c("Games", "Puzzles")],
        sku="TP-H1000",
        variants=single("TP-H1000", "27.00", g(750)),
        weight=g(750),
    )
    d["T22"] = L(
        "Swim Goggles, Mirrored Lens",
        "Laneline",
        "Swim goggles",
        "26.00",
        "USD",
        P(
            "Racing-style goggles with mirrored polycarbonate lenses and UV protection. Silicone "
            "gaskets and a split silicone strap.",
            "Anti-fog coated. Rinse in fresh water after use. Not for prescription lenses.",
        ),
        {"Material": ["polycarbonate", "silicone"]},
        ["swimming", "mirrored"],
        [_c("Sport", "Swimming")],
        options={"Lens": ["Silver", "Blue"]},
        variants=variants("LL-GM", {"Lens": ["Silver", "Blue"]}, ["26.00", "26.00"], g(40)),
        sku="LL-GM",
    )
    d["T23"] = L(
        "Trekking Poles, Aluminium, Pair",
        "Ridgeback Gear",
        "Trekking poles",
        "79.00",
        "USD",
        P(
            "A pair of telescoping trekking poles in 7075 aluminium, adjustable from 105 to 135 cm "
            "with lever locks.",
            "Cork grips, carbide tips and rubber tip covers. 510 g the pair.",
        ),
        {"Material": ["7075 aluminium", "cork", "carbide"]},
        ["hiking", "adjustable"],
        [_c("Outdoors", "Hiking")],
        weight=g(510),
        sku="RG-TP",
        variants=single("RG-TP", "79.00", g(510)),
    )
    d["T24"] = L(
        "Heirloom Tomato Seeds, Brandywine",
        "Furrow Seed Co",
        "Vegetable seeds",
        "4.50",
        "USD",
        P(
            "About 30 seeds of Brandywine, a pink beefsteak tomato with "
            "large fruit and potato-leaf "
            "foliage. Indeterminate; stake or cage the plants.",
            "Open-pollinated and untreated. Packed for 2027. Days to maturity: about 90.",
        ),
        {"Seeds": ["about 30"], "Habit": ["indeterminate"]},
        ["open-pollinated", "untreated", "heirloom"],
        [_c("Garden", "Seeds", "Vegetables")],
        sku="FS-BW",
        variants=single("FS-BW", "4.50", g(10)),
        weight=g(10),
    )
    d["T25"] = L(
        "Hickory Drumsticks 5A, Wood Tip",
        "Rimshot Supply",
        "Drumsticks",
        "13.00",
        "USD",
        P(
            "One pair of 5A sticks in American hickory with a teardrop wood tip. 16 in long, "
            "0.565 in across.",
            "Lacquer finish. Pairs are matched by weight and pitch.",
        ),
        {"Material": ["American hickory"], "Size": ["5A"]},
        ["drums", "hickory"],
        [_c("Music", "Percussion")],
        sku="RS-5AW",
        variants=single("RS-5AW", "13.00", g(90)),
        weight=g(90),
    )
    d["T26"] = L(
        "Watch Battery Replacement (by post)",
        "Tick & Tock Repairs",
        "Repair service",
        "25.00",
        "GBP",
        P(
            "We replace the battery in a quartz wristwatch you post to us, check the seals and "
            "return it by tracked post.",
            "Water-resistance test £10 extra. Not for mechanical or smart watches. Back within "
            "seven working days of arrival.",
        ),
        {"Turnaround": ["seven working days"]},
        ["watch repair", "service"],
        [_c("Services", "Repairs")],
        options={"Service": ["Battery", "Battery + water test"]},
        variants=variants(
            "TT-BAT", {"Service": ["Battery", "Battery + water test"]}, ["25.00", "35.00"]
        ),
        sku="TT-BAT",
    )
    d["T27"] = L(
        "Wooden Clothes Pegs, 24",
        "",
        "",
        "6.00",
        "GBP",
        "",
        None,
        (),
        (),
        sku="CP-24",
        variants=single("CP-24", "6.00"),
    )
    d["T28"] = L(
        "Terracotta Plant Pot 15 cm",
        "Potting Shed Ltd",
        "Plant pot",
        "9.00",
        "EUR",
        "<p>Coming soon</p>",
        {"Material": ["terracotta"], "Diameter": ["15 cm"]},
        ["planter"],
        [_c("Garden", "Pots")],
        sku="PS-TP15",
        variants=single("PS-TP15", "9.00", g(700)),
        weight=g(700),
    )
    d["T29"] = L(
        "Picnic Set: Blanket, Cutlery Roll, Cool Bag",
        "Meadowfold",
        "Picnic set",
        None,
        "USD",
        P(
            "Three picnic pieces that match, each sold on its own: a wool blanket, a cutlery roll "
            "for four and a 12-litre cool bag. Checked in green and cream."
        ),
        {"Pattern": ["green and cream check"]},
        ["picnic", "grouped"],
        [_c("Outdoors", "Picnic")],
        children=[
            {
                "title": "Wool Picnic Blanket 150 x 130 cm",
                "price": "58.00",
                "attributes": {"Material": ["wool"], "Backing": ["waterproof polyester"]},
            },
            {
                "title": "Cutlery Roll for Four",
                "price": "34.00",
                "attributes": {"Material": ["cotton canvas", "stainless steel"]},
            },
            {
                "title": "Cool Bag 12 L",
                "price": "29.00",
                "attributes": {"Material": ["polyester"], "Capacity": ["12 L"]},
            },
        ],
        sku="MF-PIC",
        variants=[],
    )
    d["T30"] = L(
        "Folding Rowing Machine RW-400 (sold by partner)",
        "Oarline",
        "Rowing machine",
        "649.00",
        "USD",
        P(
            "Sold and shipped by our partner Oarline; buy on their site. Air and magnetic "
            "resistance with 16 levels, and a monitor for time, distance, strokes and calories.",
            "Folds upright to 95 x 55 cm. User weight up to 135 kg. Oarline gives a two-year frame "
            "warranty.",
        ),
        {"Resistance": ["air and magnetic", "16 levels"], "Max user weight": ["135 kg"]},
        ["external", "partner"],
        [_c("Fitness", "Rowing")],
        weight=g(38, "kg"),
        sku="OL-RW400",
        variants=single("OL-RW400", "649.00", g(38, "kg")),
    )
    for key, listing in d.items():
        listing["external_id"] = key
    return d


def main():
    data = build()
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
