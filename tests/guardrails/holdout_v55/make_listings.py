"""Build listings.json for guardrails holdout v55: 30 invented listings, T01..T30.

Every vendor, product and place of making here was made up for this set. Run from this folder:
python make_listings.py
"""

import json
import os
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
GID = "gid://copydesk-holdout/Product/"


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per option value: options = (name, [values]), prices = one per value."""
    name, values = options
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
                "external_id": f"{GID}{sku}-{n}",
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
            "external_id": f"{GID}{sku}",
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
        "tags": list(tags),
        "categories": list(cats),
        "attributes": attrs or {},
        "price": price,
        "currency": currency,
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
        "Stainless J-Hook Hive Tool 10 in",
        "Clover Ridge Apiary Supply",
        "Hive tool",
        "18.00",
        "USD",
        P(
            "A J-hook hive tool for lifting frames and scraping propolis off boxes.",
            "Forged in Asheville, North Carolina, from 420 stainless steel. The flat end is "
            "ground to a chisel edge; the hook end lifts frames out one at a time.",
            "Not meant as a crowbar for nailed boxes.",
        ),
        {"Material": ["420 stainless steel"], "Length": ["10 in"]},
        ["beekeeping", "made in usa"],
        _c("Garden", "Beekeeping"),
        sku="CR-HT10",
        variants=single("CR-HT10", "18.00", g(140)),
        weight=g(140),
        dimensions=dims(25.4, 3.5, 0.4),
        faq=[{"question": "Will it rust?", "answer": "It is stainless; dry it after washing."}],
    )
    d["T02"] = L(
        "Drawstring Chalk Bag with Brush Loop",
        "Gritstone Gear",
        "Chalk bag",
        "22.00",
        "GBP",
        P(
            "Wide enough for hands up to size XL. Drawstring top, a brush loop on the side "
            "and a waist belt in the bag. The brush is not included.",
            "Outer: recycled polyester. Lining: fleece. Sewn in Keswick, Cumbria.",
        ),
        {"Material": ["recycled polyester", "fleece lining"]},
        ["climbing", "bouldering"],
        _c("Sport", "Climbing"),
        options={"Colour": ["Heather Grey", "Moss"]},
        variants=variants("GG-CB", ("Colour", ["Heather Grey", "Moss"]), ["22.00", "22.00"], g(85)),
        weight=g(85),
    )
    d["T03"] = L(
        "Triple-Scale Beer & Wine Hydrometer",
        "Maple Yeastworks",
        "Hydrometer",
        "16.50",
        "CAD",
        P(
            "Reads specific gravity from 0.990 to 1.170, with potential alcohol and Brix "
            "scales beside it. Glass, calibrated at 20 °C (68 °F).",
            "Comes in a plastic storage tube. The test jar is not included.",
        ),
        {"Material": ["glass"], "Scales": ["specific gravity", "potential alcohol", "Brix"]},
        ["home brewing", "winemaking"],
        _c("Home", "Brewing"),
        sku="MY-HYD3",
        variants=single("MY-HYD3", "16.50", g(30)),
        weight=g(30),
        dimensions=dims(28, None, None),
        faq=[
            {
                "question": "Can I float it in hot wort?",
                "answer": "Cool the sample to about 20 °C first for a true reading.",
            }
        ],
    )
    d["T04"] = L(
        "Leather Archery Arm Guard",
        "Bracken Bowyers",
        "Arm guard",
        "29.00",
        "EUR",
        P(
            "Vegetable-tanned cowhide, 3 mm thick, held on with three elastic straps. "
            "Worn on either arm. Length 18 cm.",
            "Cut and stitched by hand in Kilkenny, Ireland. Condition with leather balm now "
            "and then; never put it in the washing machine.",
        ),
        {"Material": ["vegetable-tanned cowhide"], "Colour": ["Tan"]},
        ["archery", "handmade"],
        _c("Sport", "Archery"),
        options={"Size": ["S", "M", "L"]},
        variants=variants("BB-AG", ("Size", ["S", "M", "L"]), ["29.00", "29.00", "29.00"]),
    )
    d["T05"] = L(
        "Three-Finger Sailing Gloves",
        "Halyard & Hitch",
        "Sailing gloves",
        "49.00",
        "NZD",
        P(
            "Synthetic suede palms with doubled fingertips. The thumb, index and middle "
            "fingers are cut short so you can tie knots; the back is stretch mesh. "
            "Hook-and-loop closure at the wrist.",
            "Rinse in fresh water after sailing and dry away from direct heat.",
        ),
        {"Palm": ["synthetic suede"], "Back": ["stretch mesh"], "Colour": ["Black"]},
        ["sailing", "dinghy"],
        _c("Sport", "Sailing"),
        options={"Size": ["S", "M", "L", "XL"]},
        variants=variants(
            "HH-SG", ("Size", ["S", "M", "L", "XL"]), ["49.00", "49.00", "49.00", "49.00"]
        ),
        faq=[{"question": "Do they float?", "answer": "No, they do not float."}],
    )
    d["T06"] = L(
        "Cool Water Surf Wax 85 g",
        "Saltbush Surf Co.",
        "Surf wax",
        "4.50",
        "AUD",
        P(
            "A top coat for water between 14 and 19 °C. One bar, 85 g, lightly scented "
            "with coconut.",
            "Poured in Byron Bay from beeswax, coconut oil and pine resin.",
        ),
        {
            "Water temperature": ["14-19 °C"],
            "Ingredients": ["beeswax", "coconut oil", "pine resin"],
        },
        ["surfing", "petroleum-free"],
        _c("Sport", "Surfing"),
        sku="SB-WAXC",
        variants=single("SB-WAXC", "4.50", g(85)),
        weight=g(85),
    )
    d["T07"] = L(
        "8x42 Roof Prism Binoculars",
        "Kestrel Hollow Optics",
        "Binoculars",
        "189.00",
        "USD",
        P(
            "8x magnification with 42 mm objective lenses, BaK-4 roof prisms and fully "
            "multi-coated glass. Field of view 126 m at 1000 m; close focus 2 m.",
            "Nitrogen-filled and waterproof to IPX7. A neck strap, a soft case and lens caps "
            "come in the box.",
            "Covered by a 5-year warranty against defects.",
        ),
        {"Prism": ["BaK-4 roof"], "Waterproof": ["IPX7"], "Colour": ["Olive"]},
        ["birdwatching", "optics"],
        _c("Outdoors", "Optics"),
        sku="KH-842",
        variants=single("KH-842", "189.00", g(690)),
        weight=g(690),
    )
    d["T08"] = L(
        "Cedar & Bergamot Beard Oil 30 ml",
        "Fellside Grooming",
        "Beard oil",
        "14.00",
        "GBP",
        P(
            "Jojoba and argan oils scented with cedarwood and bergamot essential oils, in a "
            "30 ml amber glass bottle with a dropper. Blended in Kendal.",
            "For external use only. Patch test before first use.",
        ),
        {
            "Volume": ["30 ml"],
            "Ingredients": ["jojoba oil", "argan oil", "cedarwood oil", "bergamot oil"],
        },
        ["vegan", "beard care"],
        _c("Grooming", "Beard"),
        sku="FG-BO30",
        variants=single("FG-BO30", "14.00", g(95)),
    )
    d["T09"] = L(
        "Unglazed Clay Teapot 200 ml",
        "Lantern Leaf Tea House",
        "Teapot",
        "68.00",
        "SGD",
        P(
            "Thrown by hand from unglazed red clay in Yixing, Jiangsu. Holds 200 ml, enough "
            "for two small cups.",
            "Keep it for one kind of tea, such as oolong. Rinse with hot water only: no soap "
            "and no dishwasher.",
        ),
        {"Material": ["unglazed red clay"], "Capacity": ["200 ml"], "Origin": ["Yixing, China"]},
        ["tea", "gongfu"],
        _c("Kitchen", "Tea"),
        sku="LL-TP200",
        variants=single("LL-TP200", "68.00", g(210)),
        weight=g(210),
    )
    d["T10"] = L(
        "10-Hole Diatonic Harmonica",
        "Porchlight Harps",
        "Harmonica",
        "39.00",
        "USD",
        P(
            "Brass reeds, a sealed pearwood comb and stainless steel cover plates, in "
            "Richter tuning. A zip case comes with it.",
            "The reed plates are riveted, so reeds cannot be swapped.",
        ),
        {"Reeds": ["brass"], "Comb": ["pearwood"], "Covers": ["stainless steel"]},
        ["harmonica", "blues"],
        _c("Music", "Harmonicas"),
        options={"Key": ["C", "G", "A"]},
        variants=variants("PH-10", ("Key", ["C", "G", "A"]), ["39.00", "39.00", "39.00"]),
    )
    d["T11"] = L(
        "手挽きコーヒーミル セラミック刃",
        "霧島珈琲道具店",
        "コーヒーミル",
        "5800",
        "JPY",
        P(
            "セラミック製の臼刃で、粗挽きから細挽きまで調整できます。本体はステンレス、"
            "ハンドルは取り外せます。",
            "一度に約30gの豆を挽けます。刃は水洗いできますが、本体は食洗機に入れないでください。"
            "新潟県燕市で組み立てています。",
        ),
        {"刃": ["セラミック"], "本体": ["ステンレス"], "容量": ["30 g"]},
        ["コーヒー", "手挽き"],
        _c("キッチン", "コーヒー"),
        sku="KR-MILL",
        variants=single("KR-MILL", "5800", g(420)),
        weight=g(420),
        dimensions=dims(None, 5.5, 18),
    )
    d["T12"] = L(
        "원형 등나무 발효바구니 22cm",
        "밀밭공방",
        "발효바구니",
        "18000",
        "KRW",
        P(
            "등나무 줄기로 엮은 원형 발효바구니입니다. 지름 22cm, 높이 8cm로 반죽 약 750g에 "
            "맞습니다. 면 커버가 함께 들어 있습니다.",
            "물로 씻지 말고 솔로 털어 말려 주세요. 인도네시아에서 손으로 엮었습니다.",
        ),
        {"소재": ["등나무"], "지름": ["22 cm"]},
        ["제빵", "사워도우"],
        _c("주방", "제빵"),
        sku="MB-BAN22",
        variants=single("MB-BAN22", "18000", g(180)),
        dimensions=dims(None, 22, 8),
    )
    d["T13"] = L(
        "雙面凸玻璃圍棋子 361顆",
        "對弈坊",
        "圍棋子",
        "1280",
        "TWD",
        P(
            "黑子181顆、白子180顆，共361顆，玻璃材質，直徑22毫米。附兩個竹製棋罐。",
            "適用19路棋盤，棋盤需另購。台灣台中製造。",
        ),
        {"材質": ["玻璃"], "數量": ["361"], "直徑": ["22 mm"]},
        ["圍棋", "棋類"],
        _c("玩具", "棋類"),
        sku="DY-GO361",
        variants=single("DY-GO361", "1280", g(1600)),
    )
    d["T14"] = L(
        "ผ้าพันมือมวยไทย ยาว 4.5 เมตร",
        "ช้างเผือกสปอร์ต",
        "ผ้าพันมือ",
        "290",
        "THB",
        P(
            "ผ้าพันมือผ้าฝ้ายผสมยางยืด ยาว 4.5 เมตร กว้าง 5 ซม. มีห่วงคล้องนิ้วโป้งและแถบตีนตุ๊กแก ขายเป็นคู่",
            "ผลิตที่จังหวัดนนทบุรี ซักมือด้วยน้ำเย็น ห้ามใช้เครื่องอบผ้า",
        ),
        {"วัสดุ": ["ผ้าฝ้ายผสมยางยืด"], "ความยาว": ["4.5 ม."]},
        ["มวยไทย", "ชกมวย"],
        _c("กีฬา", "มวย"),
        options={"สี": ["ดำ", "แดง"]},
        variants=variants("CP-HW", ("สี", ["ดำ", "แดง"]), ["290", "290"], g(110)),
    )
    d["T15"] = L(
        "कच्चे लोहे का तवा 26 सेमी",
        "अंगीठी किचनवेयर",
        "तवा",
        "1499.00",
        "INR",
        P(
            "ढलवाँ लोहे का तवा, व्यास 26 सेमी, वज़न 2.1 किलो। वनस्पति तेल से पहले से सीज़न किया हुआ।",
            "गैस, इंडक्शन और ओवन पर इस्तेमाल करें। डिशवॉशर में न डालें; धोकर सुखाएँ और हल्का तेल "
            "लगाएँ। राजकोट, गुजरात में बना।",
        ),
        {"सामग्री": ["ढलवाँ लोहा"], "व्यास": ["26 सेमी"]},
        ["रसोई", "कच्चा लोहा"],
        _c("रसोई", "तवे"),
        sku="AK-TAWA26",
        variants=single("AK-TAWA26", "1499.00", g(2.1, "kg")),
        weight=g(2.1, "kg"),
    )
    d["T16"] = L(
        "Розова вода от маслодайна роза 200 мл",
        "Розова долина Козметик",
        "Розова вода",
        "9.90",
        "EUR",
        P(
            "Дестилирана от цвят на Rosa damascena, набран край Казанлък. Чиста розова вода "
            "без добавен алкохол и без консерванти.",
            "Подходяща като тоник за лице. Съхранявайте на хладно; след отваряне използвайте "
            "до 6 месеца. Само за външна употреба.",
        ),
        {"Обем": ["200 мл"], "Съставки": ["Rosa damascena flower water"]},
        ["козметика", "роза"],
        _c("Козметика", "Тоници"),
        sku="RD-RW200",
        variants=single("RD-RW200", "9.90", g(230)),
    )
    d["T17"] = L(
        "Planisphere for 40° North",
        "Dark Sky Provisions",
        "Planisphere",
        "24.00",
        "USD",
        P(
            "Turn the wheel to the date and hour to see which stars are up, for latitudes "
            "35° to 45° north. 11 in across, printed on water-resistant plastic.",
            "A printed guide comes with it. Made in Tucson, Arizona. Not for the Southern "
            "Hemisphere.",
        ),
        {"Latitude": ["35-45° N"], "Material": ["water-resistant plastic"]},
        ["astronomy", "stargazing"],
        _c("Outdoors", "Astronomy"),
        sku="DS-PL40",
        variants=single("DS-PL40", "24.00", g(120)),
        dimensions=dims(11, 11, None, "in"),
    )
    d["T18"] = L(
        "Self-Cleaning Slicker Brush",
        "Muddy Paws Grooming",
        "Dog brush",
        "14.00",
        "GBP",
        P(
            "Bent stainless steel pins with rounded tips. Press the button and the pins "
            "retract, leaving the loose hair to wipe off. Rubber-grip handle.",
            "For medium and long coats; not for short smooth coats or hairless breeds.",
        ),
        {"Pins": ["stainless steel"]},
        ["dog grooming", "pets"],
        _c("Pets", "Grooming"),
        options={"Size": ["Medium", "Large"]},
        variants=variants("MP-SB", ("Size", ["Medium", "Large"]), ["14.00", "16.00"]),
    )
    d["T19"] = L(
        "ABEC 7 Skateboard Bearings, Set of 8",
        "Concrete Wave Supply",
        "Skateboard bearings",
        "19.00",
        "GBP",
        P(
            "Eight 608 bearings, 8 x 22 x 7 mm, with chrome steel balls, built-in spacers and "
            "removable rubber shields.",
            "Pre-lubricated with speed oil. Fits standard skateboard and longboard wheels.",
        ),
        {"Size": ["608"], "Rating": ["ABEC 7"], "Balls": ["chrome steel"]},
        ["skateboarding"],
        _c("Sport", "Skateboarding"),
        sku="CW-B7",
        variants=single("CW-B7", "19.00", g(100)),
    )
    d["T20"] = L(
        "Hoof Pick with Brush",
        "Paddock Lane Saddlery",
        "Hoof pick",
        "12.00",
        "AUD",
        P(
            "A steel pick set in a plastic handle, with nylon bristles on the back for "
            "brushing out the hoof. Length 16 cm, with a hanging loop at the end.",
        ),
        {"Material": ["steel pick", "plastic handle", "nylon bristles"]},
        ["horse care", "equestrian"],
        _c("Equestrian", "Grooming"),
        options={"Colour": ["Navy", "Purple", "Teal"]},
        variants=variants(
            "PL-HP", ("Colour", ["Navy", "Purple", "Teal"]), ["12.00", "12.00", "12.00"]
        ),
    )
    d["T21"] = L(
        "Cotton Webbing Camera Strap",
        "Aperture & Ash",
        "Camera strap",
        "450.00",
        "ZAR",
        P(
            "38 mm cotton webbing with leather ends and split rings. Adjusts from 95 to "
            "135 cm. Sewn in Cape Town.",
            "Fits cameras with strap lugs; not for cameras that only have a tripod thread.",
        ),
        {"Material": ["cotton webbing", "leather"], "Width": ["38 mm"]},
        ["photography"],
        _c("Photography", "Straps"),
        options={"Colour": ["Sand", "Charcoal"]},
        variants=variants("AA-CS", ("Colour", ["Sand", "Charcoal"]), ["450.00", "450.00"]),
    )
    d["T22"] = L(
        "Wheel Marking Gauge",
        "Sawdust & Steel Tools",
        "Marking gauge",
        "2450.00",
        "INR",
        P(
            "A brass body on a 20 cm stainless steel beam marked in millimetres. The hardened "
            "cutting wheel scores a fine line across or along the grain.",
            "Locks with a knurled thumbscrew. One spare wheel is included.",
        ),
        {"Beam": ["stainless steel, 20 cm"], "Body": ["brass"]},
        ["woodworking", "carpentry"],
        _c("Tools", "Marking"),
        sku="SS-WMG",
        variants=single("SS-WMG", "2450.00", g(180)),
    )
    d["T23"] = L(
        "Titanium Camp Mug 450 ml",
        "Ridgeline Ultralight",
        "Camp mug",
        "34.00",
        "USD",
        P(
            "Single-wall titanium, 450 ml, with marks every 100 ml and folding handles. "
            "Weighs 68 g.",
            "Goes straight onto a stove or campfire. Not insulated, so the rim gets hot. "
            "The lid is sold separately.",
        ),
        {"Material": ["titanium"], "Capacity": ["450 ml"]},
        ["camping", "ultralight"],
        _c("Outdoors", "Camp kitchen"),
        sku="RU-TM450",
        variants=single("RU-TM450", "34.00", g(68)),
        weight=g(68),
    )
    d["T24"] = L(
        "Round Nose Pliers 130 mm",
        "Silverbirch Bench Tools",
        "Jewellery pliers",
        "11.50",
        "GBP",
        P(
            "Carbon steel jaws on a box joint, with a return spring and cushioned grips. "
            "Length 130 mm.",
            "For bending loops and jump rings in soft wire up to 1.2 mm. Not for memory wire "
            "or steel wire.",
        ),
        {"Material": ["carbon steel"], "Length": ["130 mm"]},
        ["jewellery making", "beading"],
        _c("Crafts", "Jewellery tools"),
        sku="SB-RNP",
        variants=single("SB-RNP", "11.50", g(95)),
    )
    d["T25"] = L(
        "Waffle Golf Towel with Clip",
        "Back Nine Goods",
        "Golf towel",
        "16.00",
        "USD",
        P(
            "100% cotton waffle weave, 40 x 60 cm, with a metal carabiner clip for the bag.",
            "Machine wash warm; tumble dry low.",
        ),
        {"Material": ["cotton"], "Size": ["40 x 60 cm"]},
        ["golf"],
        _c("Sport", "Golf"),
        options={"Colour": ["White", "Navy", "Forest"]},
        variants=variants(
            "BN-GT", ("Colour", ["White", "Navy", "Forest"]), ["16.00", "16.00", "16.00"]
        ),
    )
    d["T26"] = L(
        "Mechanical Watch Service by Post",
        "Mainspring Repairs",
        "Watch service",
        "145.00",
        "GBP",
        P(
            "Post us your mechanical watch: we strip, clean, oil and regulate the movement, "
            "then test it for 48 hours before it goes back.",
            "From £145 for a simple hand-wound watch; we quote before any work starts. We do "
            "not service quartz watches or smartwatches.",
            "Return postage by tracked, insured courier: £12. Our work is guaranteed for "
            "12 months.",
        ),
        {"Service": ["full service"], "Turnaround": ["quoted"]},
        ["watch repair", "service"],
        _c("Services", "Watch repair"),
        sku="MS-SVC",
        variants=single("MS-SVC", "145.00", title="Service from £145"),
    )
    d["T27"] = L(
        "Coir Doormat 40 x 60 cm",
        "",
        "",
        "22.00",
        "USD",
        "",
        sku="DM-4060",
        variants=single("DM-4060", "22.00"),
    )
    d["T28"] = L(
        "Oak Picture Frame A4",
        "Hedgerow Frames",
        "Picture frame",
        "25.00",
        "EUR",
        "<p>Coming soon</p>",
        sku="HF-A4",
        variants=single("HF-A4", "25.00"),
    )
    d["T29"] = L(
        "Cheese Tool Trio",
        "Curd & Rind",
        "Cheese tools",
        None,
        "USD",
        P("Three tools for the cheese board; each is sold on its own."),
        tags=["cheese", "kitchen"],
        cats=_c("Kitchen", "Cheese"),
        children=[
            {
                "title": "Soft Cheese Knife",
                "price": "14.00",
                "attributes": {"Material": ["stainless steel"]},
            },
            {
                "title": "Cheese Plane",
                "price": "18.00",
                "attributes": {"Material": ["stainless steel", "beech handle"]},
            },
            {
                "title": "Cheese Wire Slicer",
                "price": "24.00",
                "attributes": {"Material": ["beech board", "stainless steel wire"]},
            },
        ],
        variants=[],
    )
    d["T30"] = L(
        "Electric Standing Desk Frame",
        "LiftLine",
        "Standing desk frame",
        "599.00",
        "CAD",
        P(
            "Sold, shipped and supported by our partner LiftLine. Dual motors lift from 62 to "
            "127 cm, with a load limit of 100 kg and three memory presets.",
            "The desktop is not included. Delivery in 5 to 10 business days. LiftLine gives a "
            "two-year warranty.",
        ),
        {"Height range": ["62-127 cm"], "Load capacity": ["100 kg"], "Motors": ["2"]},
        ["external", "partner product", "office"],
        _c("Office", "Desks"),
        sku="LL-DESK",
        variants=single("LL-DESK", "599.00", g(28, "kg")),
        weight=g(28, "kg"),
    )
    for key, lst in d.items():
        lst["external_id"] = key
    return d


def main():
    listings = build()
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(listings, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(listings)} listings")


if __name__ == "__main__":
    main()
