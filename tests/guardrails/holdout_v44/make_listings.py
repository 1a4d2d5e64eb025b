"""Write listings.json for guardrails holdout v44: thirty invented listings, T01..T30."""

import json
import os
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per option combination; options is a list of dicts, prices a parallel list."""
    out = []
    for n, (opts, price) in enumerate(zip(options, prices, strict=True), 1):
        out.append(
            {
                "sku": f"{sku}-{n}",
                "title": " / ".join(opts.values()),
                "price": price,
                "compare_at_price": compare,
                "options": opts,
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
        "updated_at": "2026-12-07T05:00:00+00:00",
    }
    out.update(extra or {})
    out.update(kw)
    return out


def P(*paras):
    return "".join(f"<p>{p}</p>" for p in paras)


def dims(length, width, height, unit="cm"):
    return {"length": length, "width": width, "height": height, "unit": unit}


def _c(*names):
    return [{"Colour": n} for n in names]


LISTINGS: dict[str, dict[str, Any]] = {
    "T01": L(
        "Larkspur 5/6 Fly Reel",
        "Larkspur Tackle",
        "Fly reel",
        "189.00",
        "USD",
        P(
            "A large-arbor fly reel machined from a solid bar of 6061 aluminium in Bozeman, "
            "Montana, USA.",
            "The sealed carbon-fibre drag needs no grease. Retrieve converts from left to right "
            "hand without tools.",
            "Made for 5 and 6 weight lines. Rinse in fresh water after use in salt water.",
        ),
        {
            "Material": ["6061 aluminium"],
            "Line weight": ["5/6"],
            "Diameter": ["90 mm"],
            "Drag": ["sealed carbon fibre"],
            "Origin": ["Bozeman, Montana, USA"],
        },
        ["fly fishing", "made in usa", "large arbor"],
        ["Sports > Fishing > Reels"],
        options={"Colour": ["Gunmetal", "Olive"]},
        variants=variants("LK-56", _c("Gunmetal", "Olive"), ["189.00", "189.00"], g(145)),
        weight=g(145),
    ),
    "T02": L(
        "Alpenfaden 9.8 Dynamic Climbing Rope",
        "Alpenfaden",
        "Climbing rope",
        "169.00",
        "USD",
        P(
            "A single dynamic rope, 9.8 mm thick, braided in Imst, Tyrol, Austria.",
            "UIAA certified and tested to EN 892: 7 UIAA falls, 8.6 kN impact force. "
            "The sheath is not dry-treated, so keep it out of the rain when you can.",
            "Middle mark in black. Store coiled, away from sunlight and chemicals.",
        ),
        {
            "Diameter": ["9.8 mm"],
            "Weight per metre": ["62 g"],
            "Certification": ["UIAA", "EN 892"],
            "Falls": ["7 UIAA falls"],
            "Colour": ["Blue"],
            "Origin": ["Imst, Austria"],
        },
        ["single rope", "made in austria", "uiaa"],
        ["Sports > Climbing > Ropes"],
        options={"Length": ["60 m", "70 m"]},
        variants=variants("AF-98", [{"Length": "60 m"}, {"Length": "70 m"}], ["169.00", "199.00"]),
    ),
    "T03": L(
        "Quietline TT-2 Belt-Drive Turntable",
        "Quietline Audio",
        "Turntable",
        "349.00",
        "USD",
        P(
            "A two-speed belt-drive turntable (33 and 45 rpm) with a moving magnet cartridge "
            "fitted and aligned at the factory.",
            "The phono preamp is built in and can be switched off to use your own. "
            "Aluminium platter, MDF plinth, hinged dust cover.",
            "No Bluetooth and no USB output. RCA cable included.",
        ),
        {
            "Speeds": ["33 rpm", "45 rpm"],
            "Drive": ["belt"],
            "Platter": ["aluminium"],
            "Plinth": ["MDF"],
            "Cartridge": ["moving magnet"],
        },
        ["vinyl", "phono preamp"],
        ["Electronics > Audio > Turntables"],
        options={"Finish": ["Black", "Walnut"]},
        variants=variants(
            "QL-TT2",
            [{"Finish": "Black"}, {"Finish": "Walnut"}],
            ["349.00", "379.00"],
            g(5.8, "kg"),
        ),
        weight=g(5.8, "kg"),
        dimensions=dims(42, 35, 12),
    ),
    "T04": L(
        "Rebmann Nr. 4 Bypass Secateurs",
        "Rebmann",
        "Secateurs",
        "58.00",
        "CHF",
        P(
            "Bypass secateurs made in Switzerland, with a hardened steel blade and forged "
            "aluminium handles.",
            "Cuts branches up to 20 mm across. The blade can be replaced; spare blades are "
            "sold separately.",
            "Wipe clean and oil the pivot after use.",
        ),
        {
            "Blade": ["hardened steel"],
            "Handles": ["forged aluminium"],
            "Cutting capacity": ["20 mm"],
            "Length": ["21 cm"],
            "Origin": ["Switzerland"],
        },
        ["swiss made", "pruning"],
        ["Garden > Hand tools > Secateurs"],
        options={"Hand": ["Right-handed", "Left-handed"]},
        variants=variants(
            "RB-4",
            [{"Hand": "Right-handed"}, {"Hand": "Left-handed"}],
            ["58.00", "62.00"],
            g(230),
        ),
        weight=g(230),
    ),
    "T05": L(
        "Merino Wool Duvet, All Seasons",
        "Saltbush Bedding",
        "Duvet",
        "249.00",
        "AUD",
        P(
            "Filled with 100% Australian merino wool and made in Ballarat, Victoria, Australia.",
            "The cover is 100% cotton percale. 300 gsm fill, for all seasons.",
            "Spot clean only; air it in the shade a few times a year.",
        ),
        {
            "Fill": ["100% merino wool"],
            "Cover": ["100% cotton percale"],
            "Fill weight": ["300 gsm"],
            "Origin": ["Ballarat, Australia"],
        },
        ["wool", "made in australia", "all seasons"],
        ["Home > Bedding > Duvets"],
        options={"Size": ["Single", "Queen", "King"]},
        variants=variants(
            "SB-MW",
            [{"Size": "Single"}, {"Size": "Queen"}, {"Size": "King"}],
            ["249.00", "329.00", "389.00"],
        ),
    ),
    "T06": L(
        "Sheesham Chess Set with 16 in Board",
        "Amritsar Woodcraft",
        "Chess set",
        "149.00",
        "USD",
        P(
            "Chess pieces hand-carved from sheesham and boxwood in Amritsar, Punjab, India.",
            "Each piece is weighted and has a green felt base. King height 3.75 in; the "
            "folding board is 16 in square and stores all 32 pieces.",
            "Wipe with a dry cloth.",
        ),
        {
            "Pieces": ["sheesham", "boxwood"],
            "King height": ["3.75 in"],
            "Board": ["16 in", "folding"],
            "Origin": ["Amritsar, India"],
        },
        ["handmade", "weighted pieces", "made in india"],
        ["Toys & Games > Board games > Chess"],
        variants=single("AW-CH16", "149.00", g(2.1, "kg")),
        weight=g(2.1, "kg"),
    ),
    "T07": L(
        "Cold-Pressed Tamanu Oil 30 ml",
        "Vatulele Botanicals",
        "Face oil",
        "26.00",
        "USD",
        P(
            "Tamanu oil cold-pressed from the nuts of Calophyllum inophyllum on Vanua Levu, Fiji.",
            "Unrefined and nothing added. In an amber glass bottle with a dropper.",
            "For external use only. Do a patch test first; not for people with a nut allergy.",
        ),
        {
            "Ingredients": ["Calophyllum inophyllum seed oil"],
            "Volume": ["30 ml"],
            "Bottle": ["amber glass with dropper"],
            "Origin": ["Vanua Levu, Fiji"],
        },
        ["vegan", "not tested on animals", "unrefined"],
        ["Beauty > Skincare > Face oils"],
        variants=single("VB-TM30", "26.00", g(90)),
        weight=g(90),
    ),
    "T08": L(
        "Khorasan Saffron Threads",
        "Zarrin Spice",
        "Saffron",
        "14.00",
        "GBP",
        P(
            "Whole red saffron threads (sargol) from Torbat-e Heydarieh, Khorasan, Iran.",
            "Graded category I under ISO 3632. Packed in a glass jar with a cork lid.",
            "Store in a cool, dark place. Best before 24 months from packing.",
        ),
        {
            "Grade": ["ISO 3632 category I"],
            "Cut": ["sargol (red threads only)"],
            "Origin": ["Torbat-e Heydarieh, Iran"],
        },
        ["saffron", "whole threads"],
        ["Food > Spices"],
        options={"Size": ["1 g", "5 g"]},
        variants=variants("ZS-SAF", [{"Size": "1 g"}, {"Size": "5 g"}], ["14.00", "58.00"]),
    ),
    "T09": L(
        "Kampot Red Pepper 50 g",
        "Prek Tnaot Farm",
        "Peppercorns",
        "15.00",
        "USD",
        P(
            "Red Kampot peppercorns, picked ripe and sun-dried in Kampot province, Cambodia.",
            "Kampot Pepper PGI. 50 g in a resealable tin.",
            "Grind just before use.",
        ),
        {
            "Variety": ["red Kampot pepper"],
            "Certification": ["Kampot Pepper PGI"],
            "Net weight": ["50 g"],
            "Origin": ["Kampot, Cambodia"],
        },
        ["pepper", "pgi", "sun-dried"],
        ["Food > Spices"],
        variants=single("PT-KR50", "15.00", g(110)),
        weight=g(110),
    ),
    "T10": L(
        "Bukhara Suzani Wall Hanging",
        "Lyabi House",
        "Wall hanging",
        "420.00",
        "EUR",
        P(
            "Embroidered by hand in Bukhara, Uzbekistan, in silk thread on a cotton ground.",
            "150 x 200 cm. A sleeve along the top takes a hanging rod (not included).",
            "Dry clean only. Keep out of direct sun.",
        ),
        {
            "Ground": ["cotton"],
            "Thread": ["silk"],
            "Size": ["150 x 200 cm"],
            "Origin": ["Bukhara, Uzbekistan"],
        },
        ["handmade", "embroidery", "one of a kind"],
        ["Home > Decor > Wall hangings"],
        options={"Colour": ["Pomegranate Red", "Indigo"]},
        variants=variants(
            "LH-SZ", _c("Pomegranate Red", "Indigo"), ["420.00", "420.00"], g(1.4, "kg")
        ),
        weight=g(1.4, "kg"),
    ),
    "T11": L(
        "Nón lá Huế",
        "Làng Nón Tây Hồ",
        "Nón lá",
        "350000",
        "VND",
        P(
            "Nón lá làm thủ công tại làng Tây Hồ, Huế, Việt Nam.",
            "Lá cọ phơi khô trên khung tre 16 vòng, quai bằng lụa.",
            "Đường kính 40 cm. Không giặt; lau bằng khăn khô.",
        ),
        {
            "Chất liệu": ["lá cọ", "khung tre"],
            "Quai": ["lụa"],
            "Đường kính": ["40 cm"],
            "Xuất xứ": ["Huế, Việt Nam"],
        },
        ["thủ công", "huế"],
        ["Thời trang > Mũ nón"],
        variants=single("TH-NL40", "350000", g(180)),
        weight=g(180),
    ),
    "T12": L(
        "Вишиванка лляна, Косів",
        "Косівська Майстерня",
        "Вишиванка",
        "3200.00",
        "UAH",
        P(
            "Жіноча вишиванка, вишита вручну в Косові, Івано-Франківська область, Україна.",
            "Тканина: 100% льон. Вишивка бавовняними нитками, червоні та чорні.",
            "Прати вручну при 30 °C. Не відбілювати.",
        ),
        {
            "Тканина": ["100% льон"],
            "Нитки": ["бавовна"],
            "Походження": ["Косів, Україна"],
        },
        ["ручна робота", "льон"],
        ["Одяг > Сорочки"],
        options={"Розмір": ["S", "M", "L", "XL"]},
        variants=variants(
            "KM-VY",
            [{"Розмір": s} for s in ("S", "M", "L", "XL")],
            ["3200.00", "3200.00", "3200.00", "3400.00"],
            g(260),
        ),
    ),
    "T13": L(
        "Arwydd Tŷ Llechen",
        "Llechi Bro",
        "Arwydd tŷ",
        "45.00",
        "GBP",
        P(
            "Arwydd tŷ o lechen Gymreig, wedi'i gerfio â llaw ym Mlaenau Ffestiniog, Cymru.",
            "30 x 20 cm, 1 cm o drwch. Llythrennau gwyn; hyd at 20 llythyren.",
            "Dau dwll a sgriwiau dur di-staen wedi'u cynnwys.",
        ),
        {
            "Deunydd": ["llechen"],
            "Maint": ["30 x 20 cm"],
            "Trwch": ["1 cm"],
            "Tarddiad": ["Blaenau Ffestiniog, Cymru"],
        },
        ["llechen", "gwnaed yng nghymru"],
        ["Cartref > Arwyddion"],
        variants=single("LB-AT30", "45.00", g(1.6, "kg")),
        weight=g(1.6, "kg"),
        dimensions=dims(30, 20, 1),
    ),
    "T14": L(
        "Розова вода от Казанлък 100 ml",
        "Розова Долина",
        "Розова вода",
        "6.50",
        "EUR",
        P(
            "Розова вода, получена чрез парна дестилация на Rosa damascena в Казанлък, България.",
            "Без алкохол и без консерванти. Бутилка от кафяво стъкло с пулверизатор, 100 ml.",
            "Да се съхранява на хладно място. След отваряне да се използва до 6 месеца.",
        ),
        {
            "Съставки": ["Rosa damascena flower water"],
            "Обем": ["100 ml"],
            "Произход": ["Казанлък, България"],
        },
        ["без алкохол", "розова долина"],
        ["Козметика > Тоници"],
        variants=single("RD-RW100", "6.50", g(180)),
        weight=g(180),
    ),
    "T15": L(
        "ชุดหวดนึ่งข้าวเหนียว",
        "บ้านสานเชียงใหม่",
        "หวดนึ่งข้าว",
        "690.00",
        "THB",
        P(
            "หวดไม้ไผ่สานมือจากเชียงใหม่ ประเทศไทย พร้อมหม้อนึ่งอะลูมิเนียม",
            "หม้อขนาด 24 ซม. หวดสูง 20 ซม.",
            "ล้างหวดด้วยน้ำเปล่าและตากให้แห้งทุกครั้ง ห้ามใช้เครื่องล้างจาน",
        ),
        {
            "วัสดุ": ["ไม้ไผ่", "อะลูมิเนียม"],
            "ขนาดหม้อ": ["24 ซม."],
            "ความสูงหวด": ["20 ซม."],
            "แหล่งผลิต": ["เชียงใหม่ ประเทศไทย"],
        },
        ["งานจักสาน", "ข้าวเหนียว"],
        ["ครัว > เครื่องนึ่ง"],
        variants=single("BS-HW24", "690.00", g(900)),
        weight=g(900),
    ),
    "T16": L(
        "Kain Batik Tulis Kelantan",
        "Teratai Batik",
        "Kain batik",
        "150.00",
        "MYR",
        P(
            "Batik tulis yang dilukis dengan tangan di Kota Bharu, Kelantan, Malaysia.",
            "Kain kapas 100%, 200 x 110 cm.",
            "Basuh dengan tangan dalam air sejuk. Jangan rendam.",
        ),
        {
            "Kain": ["100% kapas"],
            "Saiz": ["200 x 110 cm"],
            "Asal": ["Kota Bharu, Malaysia"],
        },
        ["batik tulis", "buatan tangan"],
        ["Fesyen > Kain"],
        options={"Warna": ["Biru Laut", "Merah Bata"]},
        variants=variants(
            "TB-KT",
            [{"Warna": "Biru Laut"}, {"Warna": "Merah Bata"}],
            ["150.00", "150.00"],
            g(320),
        ),
    ),
    "T17": L(
        "Skyvane W3 Wireless Weather Station",
        "Skyvane",
        "Weather station",
        "79.00",
        "USD",
        P(
            "An indoor display with one wireless outdoor sensor for temperature and humidity.",
            "The sensor sends on 433 MHz up to 100 m in open air and reads -40 to 60 °C. "
            "It runs on two AA batteries, not included.",
            "No Wi-Fi and no app. The display runs on the USB cable included.",
        ),
        {
            "Frequency": ["433 MHz"],
            "Range": ["100 m"],
            "Sensor range": ["-40 to 60 °C"],
            "Batteries": ["2 x AA (sensor, not included)"],
        },
        ["weather", "wireless sensor"],
        ["Electronics > Home > Weather stations"],
        variants=single("SV-W3", "79.00", g(320)),
        weight=g(320),
    ),
    "T18": L(
        "Burble Cat Water Fountain 2 L",
        "Burble Pets",
        "Pet water fountain",
        "39.00",
        "USD",
        P(
            "A 2-litre drinking fountain for cats, with a USB-powered pump.",
            "BPA-free plastic bowl. Replace the carbon filter every four weeks; "
            "two spare filters are included.",
            "The pump runs below 30 dB. Take the pump apart and rinse it every two weeks.",
        ),
        {
            "Capacity": ["2 l"],
            "Material": ["BPA-free plastic"],
            "Power": ["USB, 5 V"],
            "Noise": ["< 30 dB"],
        },
        ["cats", "bpa-free"],
        ["Pets > Cats > Bowls & fountains"],
        options={"Colour": ["White", "Grey"]},
        variants=variants("BP-F2", _c("White", "Grey"), ["39.00", "39.00"], g(700)),
        weight=g(700),
    ),
    "T19": L(
        "Pebblewood Balance Bike",
        "Pebblewood",
        "Balance bike",
        "119.00",
        "USD",
        P(
            "A balance bike for ages 2 to 4, made of birch plywood.",
            "The seat adjusts from 30 to 36 cm. EVA foam tyres never go flat. "
            "Maximum rider weight 25 kg.",
            "Tested to EN 71. Some assembly needed; the Allen key is included.",
        ),
        {
            "Frame": ["birch plywood"],
            "Tyres": ["EVA foam"],
            "Seat height": ["30-36 cm"],
            "Age": ["2-4 years"],
            "Max load": ["25 kg"],
            "Certification": ["EN 71"],
        },
        ["wooden toy", "ages 2-4"],
        ["Toys > Ride-ons"],
        variants=single("PW-BB", "119.00", g(3.2, "kg")),
        weight=g(3.2, "kg"),
    ),
    "T20": L(
        "Clasp MagCharge Vent Mount",
        "Clasp",
        "Car phone mount",
        "39.00",
        "EUR",
        P(
            "A magnetic car vent mount with 15 W wireless charging, for MagSafe iPhones "
            "(iPhone 12 and later).",
            "A 1 m USB-C cable is included; the car adapter is not (use one rated 20 W or more).",
            "Clips to round and horizontal vents. Not for vertical vents.",
        ),
        {
            "Charging": ["15 W wireless"],
            "Compatibility": ["iPhone 12 and later (MagSafe)"],
            "Cable": ["USB-C, 1 m"],
            "Mount": ["air vent clip"],
        },
        ["magsafe", "wireless charging"],
        ["Electronics > Car > Phone mounts"],
        options={"Colour": ["Black"]},
        variants=variants("CL-MC", _c("Black"), ["39.00"], g(95)),
        weight=g(95),
    ),
    "T21": L(
        "Yerba Mate con Palo 500 g",
        "Campo Misionero",
        "Yerba mate",
        "12.00",
        "USD",
        P(
            "Traditional yerba mate with stems (con palo), grown and dried in Misiones, Argentina.",
            "Aged 12 months before packing. Contains caffeine.",
            "Keep the bag closed and dry.",
        ),
        {
            "Cut": ["with stems (con palo)"],
            "Aging": ["12 months"],
            "Net weight": ["500 g"],
            "Origin": ["Misiones, Argentina"],
        },
        ["mate", "contains caffeine"],
        ["Food > Tea & infusions"],
        variants=single("CM-YM500", "12.00", g(520)),
        weight=g(520),
    ),
    "T22": L(
        "Agaseke Lidded Basket",
        "Ubuntu Weavers",
        "Basket",
        "48.00",
        "USD",
        P(
            "A lidded agaseke basket woven by hand from sisal and sweetgrass in Rwanda.",
            "Dyed with natural dyes. 25 cm tall, 15 cm across.",
            "For dry things only: it is not waterproof. Dust with a soft brush.",
        ),
        {
            "Material": ["sisal", "sweetgrass"],
            "Height": ["25 cm"],
            "Diameter": ["15 cm"],
            "Origin": ["Rwanda"],
        },
        ["handwoven", "fair trade"],
        ["Home > Decor > Baskets"],
        options={"Pattern": ["Zigzag", "Diamond"]},
        variants=variants(
            "UW-AG", [{"Pattern": "Zigzag"}, {"Pattern": "Diamond"}], ["48.00", "48.00"], g(210)
        ),
        weight=g(210),
    ),
    "T23": L(
        "Lenke Wood Djembe 60 cm",
        "Kora Drums",
        "Djembe",
        "229.00",
        "USD",
        P(
            "A djembe carved from one piece of lenke wood in Thiès, Senegal.",
            "Goat skin head, 30 cm across; rope tuned. 60 cm tall.",
            "Keep out of direct heat and away from damp.",
        ),
        {
            "Shell": ["lenke wood"],
            "Head": ["goat skin", "30 cm"],
            "Height": ["60 cm"],
            "Tuning": ["rope"],
            "Origin": ["Thiès, Senegal"],
        },
        ["hand drum", "handmade"],
        ["Music > Percussion > Hand drums"],
        variants=single("KD-DJ60", "229.00", g(8, "kg")),
        weight=g(8, "kg"),
    ),
    "T24": L(
        "Tagua Drop Earrings",
        "Semilla Studio",
        "Earrings",
        "32.00",
        "USD",
        P(
            "Drop earrings of hand-dyed tagua nut, made in Montecristi, Ecuador.",
            "Sterling silver (925) hooks. 5 cm drop.",
            "Keep away from water and perfume.",
        ),
        {
            "Material": ["tagua nut"],
            "Hooks": ["925 sterling silver"],
            "Drop": ["5 cm"],
            "Origin": ["Montecristi, Ecuador"],
        },
        ["tagua", "handmade"],
        ["Jewellery > Earrings"],
        options={"Colour": ["Teal", "Coral", "Mustard"]},
        variants=variants("SS-TD", _c("Teal", "Coral", "Mustard"), ["32.00"] * 3, g(8)),
        weight=g(8),
    ),
    "T25": L(
        "Speculoos Biscuits 250 g",
        "Maison Verhaeghe",
        "Biscuits",
        "5.90",
        "EUR",
        P(
            "Spiced caramelised biscuits baked in Ghent, Belgium.",
            "Ingredients: wheat flour, brown sugar, butter, candy syrup, cinnamon, nutmeg, "
            "cloves, raising agent. Contains gluten and milk. May contain nuts.",
            "250 g box. Best before 6 months from baking.",
        ),
        {
            "Net weight": ["250 g"],
            "Allergens": ["gluten", "milk"],
            "Origin": ["Ghent, Belgium"],
        },
        ["biscuits", "baked in belgium"],
        ["Food > Biscuits"],
        variants=single("MV-SP250", "5.90", g(280)),
        weight=g(280),
    ),
    "T26": L(
        "Film Scanning: 35 mm Negatives and Slides",
        "Silverhalide Lab",
        "Service",
        "0.60",
        "USD",
        P(
            "We scan your 35 mm negatives and mounted slides at 4000 dpi and send back "
            "JPEG files by download link; TIFF files cost 0.20 per frame more.",
            "Minimum order 50 frames. Your film is returned by tracked post within 10 working days "
            "of arrival.",
            "We do not scan medium format or prints.",
        ),
        {
            "Resolution": ["4000 dpi"],
            "Formats": ["35 mm negatives", "35 mm slides"],
            "Turnaround": ["10 working days"],
            "Minimum": ["50 frames"],
        },
        ["service", "film"],
        ["Services > Photo"],
        options={"Film": ["Negative", "Slide"]},
        variants=variants("SH-SCAN", [{"Film": "Negative"}, {"Film": "Slide"}], ["0.60", "0.75"]),
    ),
    "T27": L(
        "Canvas Apron",
        "Fieldmark",
        "",
        "34.00",
        "USD",
        "",
        variants=single("FM-AP", "34.00"),
    ),
    "T28": L(
        "Ceramic Mug",
        "",
        "",
        "12.00",
        "GBP",
        "",
        {"Capacity": ["350 ml"]},
        variants=single("MUG-350", "12.00"),
    ),
    "T29": L(
        "Sourdough Starter Kit",
        "Crumbworks",
        "Grouped product",
        None,
        "USD",
        P(
            "Four tools to begin baking sourdough, each sold on its own.",
        ),
        tags=["baking", "sourdough"],
        cats=["Kitchen > Baking"],
        children=[
            {
                "title": "Rattan Proofing Basket 22 cm",
                "price": "18.00",
                "attributes": {"Material": ["rattan"], "Diameter": ["22 cm"]},
            },
            {
                "title": "Bread Lame with 5 Blades",
                "price": "9.00",
                "attributes": {"Blades": ["5"]},
            },
            {
                "title": "Stainless Steel Dough Scraper",
                "price": "6.00",
                "attributes": {"Material": ["stainless steel"]},
            },
            {
                "title": "Dried Rye Starter Culture 10 g",
                "price": "8.00",
                "attributes": {"Net weight": ["10 g"], "Flour": ["rye"]},
            },
        ],
        variants=[],
    ),
    "T30": L(
        "Voltrek S9 Electric Scooter",
        "Voltrek Mobility",
        "Electric scooter",
        "599.00",
        "USD",
        P(
            "Sold and shipped by our partner Voltrek Mobility, who handle delivery, returns and "
            "the warranty.",
            "350 W motor, top speed 25 km/h, range up to 40 km on one charge. 10 in pneumatic "
            "tyres, front and rear brakes, folds in one step. Maximum load 120 kg. IP54.",
            "Delivered to your door in 3-5 working days. One-year warranty from Voltrek Mobility.",
        ),
        {
            "Motor": ["350 W"],
            "Top speed": ["25 km/h"],
            "Range": ["40 km"],
            "Tyres": ["10 in pneumatic"],
            "Max load": ["120 kg"],
            "Water resistance": ["IP54"],
            "Warranty": ["1 year (Voltrek Mobility)"],
        },
        ["voltrek mobility", "partner product"],
        ["Sports > Scooters"],
        variants=single("VT-S9", "599.00", g(15.5, "kg")),
        weight=g(15.5, "kg"),
    ),
}


def build():
    out = {}
    for key, lst in LISTINGS.items():
        row = {"external_id": key}
        row.update(lst)
        out[key] = row
    return out


def main():
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(build(), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(LISTINGS)} listings")


if __name__ == "__main__":
    main()
