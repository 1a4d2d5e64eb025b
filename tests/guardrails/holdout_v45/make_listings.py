"""Write listings.json for guardrails holdout v45: 30 invented listings, T01..T30."""

import json
import os
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per value of the single option in `options`, priced in order."""
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
    out.update(extra or {})
    out.update(kw)
    return out


def P(*paras):
    return "".join(f"<p>{p}</p>" for p in paras)


def dims(length, width, height, unit="cm"):
    return {"length": length, "width": width, "height": height, "unit": unit}


def _c(*names):
    return {"Colour": list(names)}


LISTINGS: dict[str, dict[str, Any]] = {
    "T01": L(
        "Stainless Bee Smoker with Heat Guard",
        "Hivewright",
        "Bee smoker",
        "42.00",
        "USD",
        P(
            "A bee smoker for calm inspections. The fire chamber is stainless steel with a wire "
            "heat "
            "guard around it, and the bellows are goatskin leather on pine boards.",
            "Made in Sheffield, England. Burn dry pine needles, hessian or cardboard; empty the "
            "ash "
            "once it has cooled.",
        ),
        {
            "Material": ["stainless steel chamber", "goatskin leather bellows", "pine boards"],
            "Chamber size": ["10 cm across, 18 cm tall"],
            "Origin": ["Sheffield, England"],
        },
        ["beekeeping", "made in england"],
        ["Garden > Beekeeping"],
        variants=single("HW-SMK", "42.00", g(650)),
        weight=g(650),
    ),
    "T02": L(
        "No. 4 Smoothing Plane",
        "Larchmere Tools",
        "Hand plane",
        "185.00",
        "USD",
        P(
            "A bench plane for final smoothing. The body is ductile cast iron, ground flat, with a "
            "45-degree bed. The 50 mm blade is A2 tool steel, 3 mm thick, and comes honed.",
            "Made in Kamloops, British Columbia, Canada. Wipe with camellia oil after use to "
            "keep rust "
            "away.",
        ),
        {
            "Body": ["ductile cast iron"],
            "Blade": ["A2 tool steel, 50 mm wide, 3 mm thick"],
            "Bed angle": ["45°"],
            "Length": ["245 mm"],
            "Origin": ["Canada"],
        },
        ["woodworking", "hand tools"],
        ["Tools > Woodworking"],
        variants=single("LT-N4", "185.00", g(1.9, "kg")),
        weight=g(1.9, "kg"),
    ),
    "T03": L(
        "Flemish Twist Recurve Bowstring",
        "Quillpoint Archery",
        "Bowstring",
        "18.00",
        "USD",
        P(
            "A Flemish-twist string in B-50 Dacron, 16 strands, for wooden and traditional "
            "recurves. "
            "Choose the length for your bow: 66 in bows take the 62 in string, 68 in bows take "
            "the 64 "
            "in string.",
            "Served centre and loops in nylon. Wax the string every few weeks; no nocking point is "
            "fitted.",
        ),
        {"Material": ["B-50 Dacron"], "Strands": ["16"], "Serving": ["nylon"]},
        ["archery", "traditional"],
        ["Sports > Archery"],
        options={"Length": ["62 in", "64 in"]},
        variants=variants("QA-BS", {"Length": ["62 in", "64 in"]}, ["18.00", "19.50"], g(20)),
    ),
    "T04": L(
        "Three-Finger Sailing Gloves",
        "Spindrift Deck",
        "Sailing gloves",
        "35.00",
        "EUR",
        P(
            "Dinghy and keelboat gloves with the thumb, index and middle fingertips cut off for "
            "handling knots and shackles. The palm is synthetic suede with a reinforced patch for "
            "sheet work; the back is stretch neoprene, 2 mm.",
            "Rinse in fresh water and dry away from direct heat. Not waterproof.",
        ),
        {"Palm": ["synthetic suede"], "Back": ["2 mm neoprene"], "Closure": ["hook-and-loop cuff"]},
        ["sailing", "gloves"],
        ["Sports > Sailing"],
        options={"Size": ["S", "M", "L", "XL"]},
        variants=variants("SD-GL", {"Size": ["S", "M", "L", "XL"]}, ["35.00"] * 4, g(90)),
    ),
    "T05": L(
        "Faroese DK Wool Yarn, 50 g",
        "Heyggur Yarns",
        "Yarn",
        "68.00",
        "DKK",
        P(
            "A double-knit yarn spun from the fleece of Faroese sheep, undyed or dyed in small "
            "lots. "
            "Each 50 g skein is about 115 m. Suits needles of 4 mm.",
            "Spun in Tórshavn, Faroe Islands. Hand wash cold and dry flat.",
        ),
        {
            "Fibre": ["100% Faroese wool"],
            "Weight": ["DK"],
            "Length": ["115 m per 50 g"],
            "Needle": ["4 mm"],
            "Origin": ["Faroe Islands"],
        },
        ["knitting", "wool"],
        ["Crafts > Yarn"],
        options=_c("Fog", "Moss", "Heather"),
        variants=variants("HY-DK", _c("Fog", "Moss", "Heather"), ["68.00"] * 3, g(50)),
    ),
    "T06": L(
        "Iron Gall Ink, 50 ml",
        "Scrivenhall",
        "Ink",
        "16.00",
        "USD",
        P(
            "Blue-black iron gall ink for dip pens. It goes on blue and darkens to near black "
            "as it "
            "dries, and it is water-resistant once dry.",
            "Not for fountain pens. Bottled in glass, 50 ml, with a screw cap. Keep the cap "
            "closed.",
        ),
        {"Volume": ["50 ml"], "Colour": ["blue-black"], "Bottle": ["glass"]},
        ["calligraphy", "ink"],
        ["Art > Calligraphy"],
        variants=single("SH-IG50", "16.00", g(140)),
        weight=g(140),
    ),
    "T07": L(
        "25 mm Wide-Field Eyepiece, 1.25 in",
        "Corvid Optics",
        "Telescope eyepiece",
        "89.00",
        "USD",
        P(
            "A 25 mm eyepiece with a 68-degree apparent field, six elements in four groups and "
            "fully "
            "multi-coated glass. It fits any 1.25-inch focuser, and the barrel is threaded for "
            "standard 1.25-inch filters.",
            "Eye relief 17 mm, with a fold-down rubber eyecup. 190 g.",
        ),
        {
            "Focal length": ["25 mm"],
            "Apparent field": ["68°"],
            "Elements": ["6 in 4 groups"],
            "Barrel": ["1.25 in"],
            "Eye relief": ["17 mm"],
        },
        ["astronomy", "eyepiece"],
        ["Optics > Telescopes"],
        variants=single("CO-25W", "89.00", g(190)),
        weight=g(190),
    ),
    "T08": L(
        "Leather Camera Strap",
        "Tarnowski Leather",
        "Camera strap",
        "54.00",
        "USD",
        P(
            "A camera strap cut from vegetable-tanned full-grain leather, 25 mm wide and 110 cm "
            "long, "
            "with brass split rings. Fits cameras with strap lugs.",
            "Made by hand in Kraków, Poland. Condition the leather twice a year.",
        ),
        {
            "Material": ["full-grain leather, vegetable tanned"],
            "Hardware": ["brass split rings"],
            "Length": ["110 cm"],
            "Width": ["25 mm"],
            "Origin": ["Kraków, Poland"],
        },
        ["photography", "leather", "handmade"],
        ["Photo > Straps"],
        options=_c("Tan", "Black"),
        variants=variants("TL-CS", _c("Tan", "Black"), ["54.00", "54.00"], g(80)),
    ),
    "T09": L(
        "Quilted Cotton Saddle Pad",
        "Paddock Row",
        "Saddle pad",
        "65.00",
        "USD",
        P(
            "A general-purpose saddle pad quilted in a diamond pattern. The top is cotton "
            "drill, the "
            "underside cotton, and the filling is 15 mm polyester wadding. Girth straps and a "
            "wither cut-out hold it in place.",
            "Machine wash at 30 °C; do not tumble dry.",
        ),
        {"Top": ["cotton drill"], "Filling": ["15 mm polyester wadding"], "Underside": ["cotton"]},
        ["equestrian"],
        ["Equestrian > Saddle pads"],
        options={"Size": ["Cob", "Full"], "Colour": ["White", "Navy"]},
        variants=[
            {
                "sku": "PR-SP-1",
                "title": "Cob / White",
                "price": "65.00",
                "compare_at_price": None,
                "options": {"Size": "Cob", "Colour": "White"},
                "weight": g(700),
                "external_id": "PR-SP-v1",
            },
            {
                "sku": "PR-SP-2",
                "title": "Full / Navy",
                "price": "69.00",
                "compare_at_price": None,
                "options": {"Size": "Full", "Colour": "Navy"},
                "weight": g(750),
                "external_id": "PR-SP-v2",
            },
        ],
    ),
    "T10": L(
        "Anti-Fog Swim Goggles",
        "Lanewise",
        "Swim goggles",
        "24.00",
        "USD",
        P(
            "Training goggles with polycarbonate lenses, an anti-fog coating and UV protection. "
            "The "
            "split silicone strap adjusts at the back, and three nose bridges (small, medium, "
            "large) "
            "come in the box.",
            "Rinse in cold fresh water after use; do not rub the inside of the lenses.",
        ),
        {
            "Lens": ["polycarbonate"],
            "Strap": ["silicone"],
            "Coating": ["anti-fog", "UV protection"],
        },
        ["swimming"],
        ["Sports > Swimming"],
        options={"Lens": ["Clear", "Smoke"]},
        variants=variants("LW-AF", {"Lens": ["Clear", "Smoke"]}, ["24.00", "24.00"], g(45)),
    ),
    "T11": L(
        "Espardenyes de vetes cosides a mà",
        "Vetes d'Olot",
        "Espardenyes",
        "39.00",
        "EUR",
        P(
            "Espardenyes de lona de cotó amb sola de jute i vetes per lligar al turmell. "
            "Cosides a mà "
            "a Olot, la Garrotxa.",
            "No es poden rentar a la rentadora. Netegeu-les amb un drap humit.",
        ),
        {"Material": ["lona de cotó", "sola de jute"], "Origen": ["Olot, Catalunya"]},
        ["espardenyes", "fet a mà"],
        ["Calçat"],
        options={"Talla": ["37", "38", "39", "40", "41", "42"], "Color": ["Blau marí", "Vermell"]},
        variants=[
            {
                "sku": "VO-E-BM",
                "title": "Blau marí",
                "price": "39.00",
                "compare_at_price": None,
                "options": {"Color": "Blau marí"},
                "weight": g(450),
                "external_id": "VO-E-v1",
            },
            {
                "sku": "VO-E-VE",
                "title": "Vermell",
                "price": "39.00",
                "compare_at_price": None,
                "options": {"Color": "Vermell"},
                "weight": g(450),
                "external_id": "VO-E-v2",
            },
        ],
    ),
    "T12": L(
        "Wayang Kulit Arjuna",
        "Sanggar Ringgit Sari",
        "Wayang kulit",
        "850000",
        "IDR",
        P(
            "Wayang kulit tokoh Arjuna, ditatah dan disungging dengan tangan di Yogyakarta. Dibuat "
            "dari kulit kerbau, dengan gagang dari tanduk kerbau.",
            "Tinggi 50 cm tanpa gagang. Simpan di tempat kering, jauh dari sinar matahari "
            "langsung.",
        ),
        {
            "Bahan": ["kulit kerbau", "gagang tanduk kerbau"],
            "Tinggi": ["50 cm"],
            "Asal": ["Yogyakarta, Indonesia"],
        },
        ["wayang", "buatan tangan"],
        ["Seni > Wayang"],
        variants=single("RS-ARJ", "850000", g(300)),
        weight=g(300),
    ),
    "T13": L(
        "Bakuli la Mawe ya Sabuni, 15 cm",
        "Kisii Jiwe Crafts",
        "Bakuli",
        "2400",
        "KES",
        P(
            "Bakuli lililochongwa kwa mkono kutoka mawe ya sabuni huko Tabaka, Kisii, Kenya. "
            "Upana wa "
            "sentimita 15 na kina cha sentimita 6.",
            "Kwa mapambo na vitu vikavu tu; si kwa chakula cha moto. Futa kwa kitambaa kikavu.",
        ),
        {"Nyenzo": ["mawe ya sabuni"], "Ukubwa": ["15 cm x 6 cm"], "Asili": ["Tabaka, Kenya"]},
        ["sanaa", "mawe ya sabuni"],
        ["Nyumbani > Mapambo"],
        options=_c("Nyeupe", "Waridi"),
        variants=variants("KJ-B15", _c("Nyeupe", "Waridi"), ["2400", "2400"], g(600)),
    ),
    "T14": L(
        "Lamparang Kapis na Pabitin",
        "Sinag Kapis",
        "Lampara",
        "2450.00",
        "PHP",
        P(
            "Lamparang pabitin na gawa sa kapis at kawayang frame, ginawa sa kamay sa Bacolor, "
            "Pampanga. Ang diyametro ay 30 cm at ang taas ay 35 cm.",
            "Gumagamit ng bumbilyang E27, hanggang 40 W; hindi kasama ang bumbilya.",
        ),
        {
            "Materyal": ["kapis", "kawayan"],
            "Sukat": ["30 cm diyametro, 35 cm taas"],
            "Socket": ["E27"],
            "Pinagmulan": ["Bacolor, Pampanga, Pilipinas"],
        },
        ["kapis", "gawang kamay"],
        ["Bahay > Ilaw"],
        variants=single("SK-LP30", "2450.00", g(1.2, "kg")),
        weight=g(1.2, "kg"),
    ),
    "T15": L(
        "Vaj ulliri ekstra i virgjër, 500 ml",
        "Ullishtja e Beratit",
        "Vaj ulliri",
        "1200",
        "ALL",
        P(
            "Vaj ulliri ekstra i virgjër nga ullinjtë Kalinjot të Beratit, i shtrydhur në të "
            "ftohtë.",
            "Shishe qelqi e errët, 500 ml. Ruajeni në vend të freskët dhe larg dritës.",
        ),
        {"Varieteti": ["Kalinjot"], "Vëllimi": ["500 ml"], "Origjina": ["Berat, Shqipëri"]},
        ["vaj ulliri", "shtrydhur në të ftohtë"],
        ["Ushqim > Vaj"],
        variants=single("UB-500", "1200", g(900)),
        weight=g(900),
    ),
    "T16": L(
        "한지 실제본 노트 A5",
        "전주한지공방",
        "노트",
        "18000",
        "KRW",
        P(
            "전주에서 만든 전통 한지로 엮은 실제본 노트입니다. A5 크기, 80쪽, 줄 없는 무지입니다.",
            "만년필 잉크는 번질 수 있으니 연필이나 붓펜을 권합니다.",
        ),
        {
            "종이": ["한지"],
            "크기": ["A5"],
            "쪽수": ["80쪽"],
            "제본": ["실제본"],
            "원산지": ["전주, 대한민국"],
        },
        ["한지", "수제"],
        ["문구 > 노트"],
        variants=single("JH-A5", "18000", g(220)),
        weight=g(220),
    ),
    "T17": L(
        "Natural Rubber Yoga Mat, 4 mm",
        "Asana Grove",
        "Yoga mat",
        "78.00",
        "USD",
        P(
            "A grippy yoga mat of natural tree rubber with a polyurethane top layer. It is 4 mm "
            "thick "
            "and 183 x 61 cm.",
            "Contains natural latex. Wipe with a damp cloth and keep out of direct sun.",
        ),
        {
            "Material": ["natural rubber", "polyurethane top"],
            "Thickness": ["4 mm"],
            "Size": ["183 x 61 cm"],
        },
        ["yoga"],
        ["Fitness > Yoga"],
        options=_c("Sage", "Charcoal"),
        variants=variants("AG-4", _c("Sage", "Charcoal"), ["78.00", "78.00"], g(2.5, "kg")),
        weight=g(2.5, "kg"),
        dimensions=dims(183, 61, 0.4),
    ),
    "T18": L(
        "Piston Fountain Pen",
        "Nibwright",
        "Fountain pen",
        "65.00",
        "USD",
        P(
            "A piston-filling fountain pen with a clear acrylic resin body, so you can see the "
            "ink. "
            "The nib is polished stainless steel.",
            "Holds about 1.2 ml of bottled ink. No ink or cartridges are included, and it takes no "
            "cartridges.",
        ),
        {
            "Body": ["acrylic resin"],
            "Nib": ["stainless steel"],
            "Filling": ["piston"],
            "Capacity": ["1.2 ml"],
        },
        ["fountain pen", "stationery"],
        ["Stationery > Pens"],
        options={"Nib": ["Fine", "Medium"]},
        variants=variants("NW-PS", {"Nib": ["Fine", "Medium"]}, ["65.00", "65.00"], g(22)),
    ),
    "T19": L(
        "Habanero & Mango Hot Sauce, 150 ml",
        "Cayo Fire",
        "Hot sauce",
        "11.00",
        "USD",
        P(
            "A fruity hot sauce made in small batches in San Ignacio, Belize. Ingredients: "
            "habanero "
            "peppers, mango, carrot, onion, cane vinegar, lime juice, salt.",
            "Very hot. Refrigerate after opening and use within three months.",
        ),
        {"Volume": ["150 ml"], "Heat": ["very hot"], "Origin": ["San Ignacio, Belize"]},
        ["hot sauce", "vegan"],
        ["Food > Sauces"],
        variants=single("CF-HM150", "11.00", g(290)),
        weight=g(290),
    ),
    "T20": L(
        "Raw Dartmoor Heather Honey, 340 g",
        "Tor & Comb",
        "Honey",
        "12.50",
        "GBP",
        P(
            "Heather honey from our hives on Dartmoor, Devon, extracted by pressing the comb and "
            "jarred without heating. It sets to a soft jelly.",
            "Not suitable for children under 12 months. 340 g glass jar.",
        ),
        {"Weight": ["340 g"], "Origin": ["Dartmoor, Devon, England"], "Jar": ["glass"]},
        ["honey", "raw"],
        ["Food > Honey"],
        variants=single("TC-H340", "12.50", g(520)),
        weight=g(520),
    ),
    "T21": L(
        "Woven Wrap Baby Carrier",
        "Little Burrow",
        "Baby carrier",
        "149.00",
        "USD",
        P(
            "A soft-structured carrier made from a woven wrap of GOTS-certified organic cotton. It "
            "carries babies from 3.5 kg to 20 kg, on the front facing in or on the back.",
            "It does not carry facing out. Machine wash cold on a gentle cycle.",
        ),
        {
            "Material": ["GOTS-certified organic cotton"],
            "Weight range": ["3.5-20 kg"],
            "Positions": ["front facing in", "back"],
        },
        ["baby", "organic cotton"],
        ["Baby > Carriers"],
        options=_c("Oat", "Slate"),
        variants=variants("LB-WW", _c("Oat", "Slate"), ["149.00", "149.00"], g(800)),
    ),
    "T22": L(
        "Windproof Auto-Open Umbrella",
        "Galeward",
        "Umbrella",
        "39.00",
        "USD",
        P(
            "A full-size umbrella with eight fibreglass ribs that flex in gusts instead of "
            "breaking. "
            "The canopy is 104 cm across, and one button opens it.",
            "It closes by hand. Comes with a sleeve.",
        ),
        {"Ribs": ["8, fibreglass"], "Canopy": ["104 cm"], "Opening": ["automatic open"]},
        ["umbrella"],
        ["Accessories > Umbrellas"],
        options=_c("Black"),
        variants=variants("GW-U", _c("Black"), ["39.00"], g(480)),
    ),
    "T23": L(
        "FKM Rubber Watch Strap, 20 mm",
        "Lugline",
        "Watch strap",
        "29.00",
        "USD",
        P(
            "A watch strap in FKM fluoro-rubber for lugs 20 mm apart, with quick-release spring "
            "bars "
            "so it changes without tools. The buckle is brushed stainless steel.",
            "Fits wrists from 150 to 205 mm.",
        ),
        {
            "Material": ["FKM rubber"],
            "Lug width": ["20 mm"],
            "Buckle": ["stainless steel"],
            "Wrist": ["150-205 mm"],
        },
        ["watch"],
        ["Accessories > Watches"],
        options=_c("Black", "Orange", "Olive"),
        variants=variants("LL-20", _c("Black", "Orange", "Olive"), ["29.00"] * 3, g(30)),
    ),
    "T24": L(
        "Solid Oak Milking Stool",
        "Girios Dirbtuvė",
        "Stool",
        "120.00",
        "EUR",
        P(
            "A three-legged stool of solid oak, finished with hardwax oil. The seat is 30 cm "
            "across "
            "and 45 cm from the floor.",
            "Made in Anykščiai, Lithuania. It arrives assembled.",
        ),
        {
            "Material": ["solid oak"],
            "Finish": ["hardwax oil"],
            "Seat": ["30 cm across"],
            "Height": ["45 cm"],
            "Origin": ["Lithuania"],
        },
        ["furniture", "oak"],
        ["Home > Furniture"],
        variants=single("GD-ST", "120.00", g(3.4, "kg")),
        weight=g(3.4, "kg"),
        dimensions=dims(None, 30, 45),
    ),
    "T25": L(
        "Coir Doormat, 60 x 40 cm",
        "Threshold & Co",
        "Doormat",
        "22.00",
        "GBP",
        P(
            "A doormat of natural coconut coir on a non-slip PVC backing. 60 x 40 cm, 1.5 cm deep.",
            "For use under cover; shake or brush to clean. Some shedding at first is normal.",
        ),
        {"Material": ["coconut coir", "PVC backing"], "Size": ["60 x 40 cm"], "Depth": ["1.5 cm"]},
        ["doormat"],
        ["Home > Entrance"],
        variants=single("TC-DM64", "22.00", g(1.6, "kg")),
        weight=g(1.6, "kg"),
    ),
    "T26": L(
        "Sewing Machine Service by Post",
        "Bobbin & Cam Repairs",
        "Service",
        "65.00",
        "GBP",
        P(
            "Send us your mechanical sewing machine and we clean, oil, adjust the tension and "
            "timing, "
            "and test-sew it. Standard service £65; with a new motor belt and bulb, £80.",
            "We return it within 7 working days of arrival. We do not service computerised "
            "machines "
            "or overlockers. Postage to us is yours to arrange.",
        ),
        {"Turnaround": ["7 working days"], "Machines": ["mechanical only"]},
        ["repair", "service"],
        ["Services > Repairs"],
        options={"Service": ["Standard", "With belt and bulb"]},
        variants=variants(
            "BC-SV", {"Service": ["Standard", "With belt and bulb"]}, ["65.00", "80.00"]
        ),
    ),
    "T27": L(
        "Ribbed Beanie", "Northhollow", "", "25.00", "USD", "", variants=single("NH-BN", "25.00")
    ),
    "T28": L(
        "Linen Napkins, Set of 4",
        "",
        "",
        "28.00",
        "EUR",
        "",
        {"Material": ["linen"]},
        variants=single("LN-4", "28.00"),
    ),
    "T29": L(
        "Birdwatching Starter Kit",
        "Kestrel Lane",
        "Grouped product",
        None,
        "USD",
        P("Everything for a first season of birding. Each item is sold on its own."),
        tags=["birding"],
        cats=["Outdoors > Birding"],
        children=[
            {
                "title": "8x42 Roof-Prism Binoculars",
                "price": "119.00",
                "attributes": {
                    "Magnification": ["8x"],
                    "Objective": ["42 mm"],
                    "Waterproof": ["yes, nitrogen filled"],
                },
            },
            {
                "title": "Pocket Field Guide to Garden Birds",
                "price": "24.00",
                "attributes": {"Pages": ["192"], "Binding": ["paperback"]},
            },
            {
                "title": "Waterproof Field Notebook",
                "price": "9.00",
                "attributes": {"Pages": ["64"], "Size": ["A6"]},
            },
        ],
    ),
    "T30": L(
        "Riverloop Duo Inflatable Kayak",
        "Riverloop Outdoors",
        "Inflatable kayak",
        "499.00",
        "USD",
        P(
            "A two-person inflatable kayak, sold and shipped by our partner Riverloop Outdoors, "
            "who "
            "handle delivery, returns and the warranty.",
            "3.8 m long, 13 kg, carries up to 200 kg. Drop-stitch floor, two seats, a hand pump "
            "and "
            "a carry bag are included; paddles are not. Delivered in 5-7 working days. Two-year "
            "warranty from Riverloop Outdoors.",
        ),
        {
            "Length": ["3.8 m"],
            "Weight": ["13 kg"],
            "Max load": ["200 kg"],
            "Included": ["two seats", "hand pump", "carry bag"],
        },
        ["kayak", "partner", "Riverloop Outdoors"],
        ["Outdoors > Paddling"],
        variants=single("RL-DUO", "499.00", g(13, "kg")),
        weight=g(13, "kg"),
    ),
}


def build():
    out = {}
    for key, listing in LISTINGS.items():
        row = {"external_id": key}
        row.update(listing)
        out[key] = row
    return out


def main():
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as fh:
        json.dump(build(), fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
