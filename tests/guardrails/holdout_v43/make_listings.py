"""Listings for guardrails holdout v43: 30 invented products, T01..T30.

Run from this folder:  python make_listings.py
"""

import json
import os
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per value of the single option in `options`, priced in order."""
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
    }
    out.update(extra or {})
    out.update(kw)
    return out


def P(*paras):
    return "".join(f"<p>{p}</p>" for p in paras)


def dims(length, width, height, unit="cm"):
    return {"length": length, "width": width, "height": height, "unit": unit}


LISTINGS: dict[str, dict[str, Any]] = {
    "T01": L(
        "Ryoba Pull Saw 240 mm",
        "Kanna & Co",
        "Hand saw",
        "42.00",
        "USD",
        P(
            "A double-edged Japanese pull saw made in Miki, Hyogo, Japan. One edge rips along "
            "the grain, "
            "the other crosscuts.",
            "The 240 mm blade is 0.5 mm thick and is replaceable. The handle is "
            "wrapped in rattan. Keep the blade dry and wipe it with a little camellia oil.",
        ),
        {
            "Blade length": ["240 mm"],
            "Blade": ["High-carbon steel, impulse-hardened teeth"],
            "Handle": ["Paulownia wood wrapped in rattan"],
            "Origin": ["Miki, Hyogo, Japan"],
        },
        ["woodworking", "made in japan"],
        ["Tools > Hand saws"],
        variants=single("KC-RY240", "42.00", g(210)),
        weight=g(210),
        dimensions=dims(58, 6, 2),
    ),
    "T02": L(
        "Beacon 800 USB-C Bike Light",
        "Spoke & Lantern",
        "Bike light",
        "39.00",
        "USD",
        P(
            "A front bike light with an 800 lumen peak and five modes. It charges by USB-C from "
            "its "
            "2000 mAh battery in about three hours.",
            "Run times: 1.5 hours on high, 20 hours on "
            "flash. Rated IPX4 against rain. The rubber strap fits handlebars from 22 to 35 mm "
            "without "
            "tools. A USB-C cable is included; the wall charger is not.",
        ),
        {
            "Output": ["800 lumens"],
            "Battery": ["2000 mAh lithium-ion"],
            "Water resistance": ["IPX4"],
            "Modes": ["5"],
            "Fits": ["Handlebars 22-35 mm"],
        },
        ["cycling", "rechargeable"],
        ["Cycling > Lights"],
        variants=single("SL-B800", "39.00", g(115)),
        weight=g(115),
    ),
    "T03": L(
        "Ridgeway Travel Tripod",
        "Northlight Optics",
        "Tripod",
        "129.00",
        "USD",
        P(
            "An aluminium travel tripod with five leg sections and a ball head with an Arca-Swiss "
            "compatible quick-release plate and a 1/4-20 camera screw.",
            "Maximum height 155 cm, folded "
            "length 42 cm, load up to 8 kg. It weighs 1.3 kg and comes with a padded carry bag.",
        ),
        {
            "Material": ["Aluminium alloy"],
            "Leg sections": ["5"],
            "Maximum height": ["155 cm"],
            "Folded length": ["42 cm"],
            "Maximum load": ["8 kg"],
            "Head": ["Ball head, Arca-Swiss plate"],
        },
        ["photography", "travel"],
        ["Cameras > Tripods"],
        options={"Color": ["Black", "Titan Grey"]},
        variants=variants(
            "NO-RW", {"Color": ["Black", "Titan Grey"]}, ["129.00", "129.00"], g(1.3, "kg")
        ),
        weight=g(1.3, "kg"),
    ),
    "T04": L(
        "Beekeeping Jacket with Fencing Veil",
        "Hiveward",
        "Beekeeping jacket",
        "49.00",
        "USD",
        P(
            "A beekeeping jacket in a cotton and polyester blend with a fencing veil that zips "
            "off.",
            "Elastic cuffs and waist, two front pockets. Machine wash at 30 °C with the veil "
            "removed; "
            "wash the veil by hand.",
        ),
        {
            "Material": ["65% polyester, 35% cotton"],
            "Veil": ["Fencing veil, detachable, mesh"],
            "Closure": ["Front zip"],
        },
        ["beekeeping"],
        ["Garden > Beekeeping"],
        options={"Size": ["M", "L", "XL"]},
        variants=variants("HW-JK", {"Size": ["M", "L", "XL"]}, ["49.00", "49.00", "52.00"], g(650)),
        weight=g(650),
    ),
    "T05": L(
        "Muslin Swaddle Blankets, Set of 3",
        "Nilegarden",
        "Swaddle blanket",
        "36.00",
        "USD",
        P(
            "Three muslin swaddle blankets woven in Mahalla, Egypt, from GOTS-certified organic "
            "cotton.",
            "Each measures 120 x 120 cm. They soften with every wash: machine wash at 40 °C and "
            "tumble "
            "dry low.",
        ),
        {
            "Material": ["100% organic cotton muslin"],
            "Certification": ["GOTS"],
            "Size": ["120 x 120 cm"],
            "Count": ["3"],
            "Origin": ["Mahalla, Egypt"],
        },
        ["baby", "organic cotton", "gots"],
        ["Baby > Blankets"],
        options={"Pattern": ["Sage Leaves", "Sand Dots"]},
        variants=variants(
            "NG-SW3", {"Pattern": ["Sage Leaves", "Sand Dots"]}, ["36.00", "36.00"], g(420)
        ),
        weight=g(420),
    ),
    "T06": L(
        "Concert Ukulele, Mahogany",
        "Coralwood",
        "Ukulele",
        "119.00",
        "USD",
        P(
            "A concert ukulele with a solid mahogany top and laminated mahogany back and sides, "
            "made in "
            "Bali, Indonesia.",
            "Scale length 15 in, overall length 23 in, 18 frets, nylon strings and "
            "a padded gig bag included. Satin finish.",
        ),
        {
            "Top": ["Solid mahogany"],
            "Back and sides": ["Laminated mahogany"],
            "Scale": ["15 in"],
            "Frets": ["18"],
            "Strings": ["Nylon"],
            "Origin": ["Bali, Indonesia"],
        },
        ["music", "ukulele"],
        ["Music > String instruments"],
        variants=single("CW-CU", "119.00", g(700)),
        weight=g(700),
        dimensions=dims(23, None, None, "in"),
    ),
    "T07": L(
        "Nuwara Eliya Black Tea, Loose Leaf 100 g",
        "Hillcountry Leaf",
        "Tea",
        "8.50",
        "GBP",
        P(
            "A bright, light black tea grown above 1,800 m in Nuwara Eliya, Sri Lanka, and "
            "packed in a "
            "resealable 100 g pouch.",
            "Rainforest Alliance certified. Brew 2 g per cup at 95 °C for 3 to "
            "4 minutes. Contains caffeine.",
        ),
        {
            "Origin": ["Nuwara Eliya, Sri Lanka"],
            "Net weight": ["100 g"],
            "Certification": ["Rainforest Alliance"],
            "Grade": ["Orange Pekoe"],
        },
        ["tea", "loose leaf", "ceylon"],
        ["Food > Tea"],
        variants=single("HL-NE100", "8.50", g(100)),
        weight=g(100),
    ),
    "T08": L(
        "Yirgacheffe Washed Coffee Beans",
        "Kettlebrook Roasters",
        "Coffee",
        "16.00",
        "USD",
        P(
            "Whole-bean coffee from smallholders in Yirgacheffe, Ethiopia: washed, light roast, "
            "with "
            "notes of jasmine, lemon and black tea.",
            "Roasted every Tuesday and shipped within two "
            "days of roasting. 100% Arabica, heirloom varieties.",
        ),
        {
            "Origin": ["Yirgacheffe, Ethiopia"],
            "Process": ["Washed"],
            "Roast": ["Light"],
            "Species": ["100% Arabica"],
        },
        ["coffee", "whole bean", "single origin"],
        ["Food > Coffee"],
        options={"Size": ["250 g", "1 kg"]},
        variants=variants("KB-YIR", {"Size": ["250 g", "1 kg"]}, ["16.00", "52.00"]),
        weight=g(250),
    ),
    "T09": L(
        "Madagascar Bourbon Vanilla Beans, 5 Pods",
        "Sambava Spice House",
        "Vanilla",
        "24.00",
        "USD",
        P(
            "Five grade A Bourbon vanilla pods, 14 to 16 cm long, grown and cured in Sambava, "
            "Madagascar.",
            "Vacuum-sealed. Store in a cool, dark place; do not refrigerate.",
        ),
        {
            "Grade": ["A (gourmet)"],
            "Length": ["14-16 cm"],
            "Count": ["5 pods"],
            "Origin": ["Sambava, Madagascar"],
            "Species": ["Vanilla planifolia"],
        },
        ["vanilla", "baking"],
        ["Food > Spices"],
        variants=single("SS-VB5", "24.00", g(20)),
        weight=g(20),
    ),
    "T10": L(
        "Donegal Tweed Flat Cap",
        "Ardara Mill",
        "Cap",
        "59.00",
        "EUR",
        P(
            "A flat cap made in Donegal, Ireland, from 100% wool Donegal tweed with a quilted "
            "cotton "
            "lining.",
            "Dry clean only. Sizes by head circumference: S 56 cm, M 58 cm, L 60 cm, XL 62 cm.",
        ),
        {
            "Material": ["100% wool tweed"],
            "Lining": ["Quilted cotton"],
            "Origin": ["Donegal, Ireland"],
        },
        ["tweed", "made in ireland"],
        ["Accessories > Hats"],
        options={"Size": ["S", "M", "L", "XL"], "Color": ["Grey Herringbone", "Peat Brown"]},
        variants=variants(
            "AM-FC", {"Color": ["Grey Herringbone", "Peat Brown"]}, ["59.00", "59.00"], g(110)
        ),
        weight=g(110),
    ),
    "T11": L(
        "Nussknacker König, handgedrechselt",
        "Drechslerei Seiffenblick",
        "Nussknacker",
        "69.00",
        "EUR",
        P(
            "Ein Nussknacker in Königsgestalt, handgedrechselt und handbemalt im Erzgebirge, "
            "Deutschland.",
            "Aus Buchen- und Lindenholz, 30 cm hoch. Er knackt Haselnüsse und Walnüsse. "
            "Nur trocken abwischen.",
        ),
        {"Material": ["Buche, Linde"], "Höhe": ["30 cm"], "Herkunft": ["Erzgebirge, Deutschland"]},
        ["handarbeit", "erzgebirge"],
        ["Wohnen > Dekoration"],
        variants=single("DS-NK30", "69.00", g(480)),
        weight=g(480),
        dimensions=dims(None, None, 30),
    ),
    "T12": L(
        "Savon de Marseille cube 300 g",
        "Savonnerie du Vieux-Port",
        "Savon",
        "7.50",
        "EUR",
        P(
            "Un cube de savon de Marseille cuit au chaudron à Marseille, France, avec 72 % d'huile "
            "d'olive.",
            "Sans parfum ajouté, sans colorant. Pour le linge et la toilette. 300 g.",
        ),
        {
            "Ingrédients": ["72 % huile d'olive, soude, eau, sel"],
            "Poids": ["300 g"],
            "Origine": ["Marseille, France"],
        },
        ["savon", "sans parfum", "vegan"],
        ["Maison > Savons"],
        variants=single("SVP-300", "7.50", g(300)),
        weight=g(300),
    ),
    "T13": L(
        "Cintura in cuoio conciato al vegetale",
        "Pelletteria Arno",
        "Cintura",
        "65.00",
        "EUR",
        P(
            "Una cintura in cuoio conciato al vegetale, tagliata e cucita a mano a Firenze, "
            "Italia.",
            "Altezza 3,5 cm, fibbia in ottone massiccio. Taglie 90, 100 e 110 cm. Colori: Cuoio "
            "naturale o Testa di moro.",
        ),
        {
            "Materiale": ["Cuoio conciato al vegetale"],
            "Fibbia": ["Ottone massiccio"],
            "Altezza": ["3,5 cm"],
            "Origine": ["Firenze, Italia"],
        },
        ["pelle", "fatto a mano"],
        ["Accessori > Cinture"],
        options={"Taglia": ["90", "100", "110"], "Colore": ["Cuoio naturale", "Testa di moro"]},
        variants=variants(
            "PA-CI", {"Taglia": ["90", "100", "110"]}, ["65.00", "65.00", "65.00"], g(190)
        ),
        weight=g(190),
    ),
    "T14": L(
        "Alpargatas de yute y lona",
        "Alpargatería del Cidacos",
        "Alpargatas",
        "35.00",
        "EUR",
        P(
            "Alpargatas cosidas a mano en Cervera del Río Alhama, La Rioja, España, con suela "
            "de yute y "
            "lona de algodón.",
            "Tallas 38 a 42. Colores: Azul marino o Crudo. No lavar a máquina; "
            "limpiar con un paño húmedo.",
        ),
        {"Suela": ["Yute con goma"], "Corte": ["Lona de algodón"], "Origen": ["La Rioja, España"]},
        ["alpargatas", "hecho a mano"],
        ["Calzado > Alpargatas"],
        options={"Talla": ["38", "39", "40", "41", "42"], "Color": ["Azul marino", "Crudo"]},
        variants=variants("AC-AL", {"Color": ["Azul marino", "Crudo"]}, ["35.00", "35.00"], g(400)),
        weight=g(400),
    ),
    "T15": L(
        "El dokuması kilim yastık kılıfı",
        "Uşak Tezgâhı",
        "Yastık kılıfı",
        "1450.00",
        "TRY",
        P(
            "Uşak, Türkiye'de el tezgâhında dokunmuş yün kilim yastık kılıfı.",
            "40 x 40 cm, arkası pamuklu kumaş, fermuarlı. Dolgu dahil değildir. Kuru temizleme "
            "önerilir.",
        ),
        {
            "Malzeme": ["Yün ön yüz, pamuk arka yüz"],
            "Ölçü": ["40 x 40 cm"],
            "Menşei": ["Uşak, Türkiye"],
        },
        ["kilim", "el yapımı"],
        ["Ev > Yastıklar"],
        variants=single("UT-KY40", "1450.00", g(350)),
        weight=g(350),
        dimensions=dims(40, 40, None),
    ),
    "T16": L(
        "曲げわっぱ 弁当箱 650ml",
        "大館木工舎",
        "弁当箱",
        "8800",
        "JPY",
        P(
            "秋田県大館市で職人が手作りした曲げわっぱの弁当箱です。秋田杉を使用しています。",
            "容量650ml、一段、ウレタン塗装。食洗機・電子レンジは使えません。",
        ),
        {
            "素材": ["秋田杉"],
            "容量": ["650ml"],
            "産地": ["秋田県大館市"],
            "仕上げ": ["ウレタン塗装"],
        },
        ["曲げわっぱ", "日本製"],
        ["キッチン > 弁当箱"],
        variants=single("OM-BX650", "8800", g(160)),
        weight=g(160),
    ),
    "T17": L(
        "Trailspark 400 Headlamp",
        "Ember Ridge",
        "Headlamp",
        "35.00",
        "USD",
        P(
            "A rechargeable headlamp with a 400 lumen white beam and a red light mode. Its 1500 "
            "mAh battery "
            "charges by USB-C.",
            "Rated IPX6. Weighs 78 g with the strap. Runs 4 hours on high and 40 hours on low.",
        ),
        {"Output": ["400 lumens"], "Battery": ["1500 mAh"], "Water resistance": ["IPX6"]},
        ["hiking", "rechargeable"],
        ["Outdoor > Lighting"],
        variants=single("ER-HL400", "35.00", g(78)),
        weight=g(78),
    ),
    "T18": L(
        "No-Pull Dog Harness",
        "Muddy Paws Supply",
        "Dog harness",
        "32.00",
        "USD",
        P(
            "A padded no-pull harness with a front clip and a back clip for the lead, and "
            "reflective "
            "stitching.",
            "Sizes by chest girth: S 40-55 cm, M 55-70 cm, L 70-90 cm. Machine washable "
            "in a laundry bag.",
        ),
        {"Material": ["Nylon webbing, mesh padding"], "Clips": ["Front and back"]},
        ["dogs", "reflective"],
        ["Pets > Dog harnesses"],
        options={"Size": ["S", "M", "L"], "Color": ["Orange", "Black"]},
        variants=variants("MP-NH", {"Size": ["S", "M", "L"]}, ["32.00", "32.00", "36.00"]),
    ),
    "T19": L(
        "Lumen Piston Fountain Pen",
        "Formosa Ink Works",
        "Fountain pen",
        "59.00",
        "USD",
        P(
            "A piston-filling fountain pen made in Taichung, Taiwan, with a resin body and a "
            "stainless "
            "steel nib.",
            "Holds 1.2 ml of bottled ink. Nib sizes: Fine or Medium. Ink not included.",
        ),
        {
            "Nib": ["Stainless steel"],
            "Body": ["Resin"],
            "Filling": ["Piston, 1.2 ml"],
            "Origin": ["Taichung, Taiwan"],
        },
        ["fountain pen"],
        ["Stationery > Pens"],
        options={"Nib": ["Fine", "Medium"], "Color": ["Amber", "Smoke"]},
        variants=variants("FI-LP", {"Color": ["Amber", "Smoke"]}, ["59.00", "59.00"], g(24)),
        weight=g(24),
    ),
    "T20": L(
        "Wi-Fi Smart Plug with Energy Monitor",
        "Voltnest",
        "Smart plug",
        "29.00",
        "EUR",
        P(
            "A Wi-Fi smart plug for type F (Schuko) sockets that measures energy use in its app.",
            "Up to 16 A and 3680 W. Works with 2.4 GHz Wi-Fi only, and with Alexa and Google Home. "
            "Indoor use only.",
        ),
        {"Plug": ["Type F"], "Max load": ["16 A, 3680 W"], "Wi-Fi": ["2.4 GHz"]},
        ["smart home"],
        ["Electronics > Smart home"],
        options={"Pack": ["2-pack", "4-pack"]},
        variants=variants("VN-SP", {"Pack": ["2-pack", "4-pack"]}, ["29.00", "49.00"]),
    ),
    "T21": L(
        "Raw Maca Powder 200 g",
        "Andes Root Co",
        "Maca powder",
        "18.00",
        "USD",
        P(
            "Raw yellow maca root, grown in Junín, Peru, dried in the sun and milled into a "
            "fine powder.",
            "USDA Organic. 200 g in a resealable pouch. Add a teaspoon to smoothies or porridge.",
        ),
        {
            "Origin": ["Junín, Peru"],
            "Net weight": ["200 g"],
            "Certification": ["USDA Organic"],
            "Ingredients": ["Maca root"],
        },
        ["superfood", "organic", "vegan"],
        ["Food > Powders"],
        variants=single("AR-MC200", "18.00", g(200)),
        weight=g(200),
    ),
    "T22": L(
        "Basalt Molcajete 20 cm",
        "Casa Comonfort",
        "Molcajete",
        "65.00",
        "USD",
        P(
            "A molcajete and tejolote carved by hand from volcanic basalt in Comonfort, "
            "Guanajuato, "
            "Mexico.",
            "20 cm across, 4.5 kg. Season before first use by grinding rice. Hand wash "
            "with water only, no soap.",
        ),
        {"Material": ["Volcanic basalt"], "Diameter": ["20 cm"], "Origin": ["Comonfort, Mexico"]},
        ["kitchen", "handmade"],
        ["Kitchen > Mortars"],
        variants=single("CC-MJ20", "65.00", g(4.5, "kg")),
        weight=g(4.5, "kg"),
    ),
    "T23": L(
        "Fes Leather Babouche Slippers",
        "Dar Tannery",
        "Slippers",
        "45.00",
        "USD",
        P(
            "Babouche slippers stitched by hand in Fes, Morocco, from sheepskin leather with a "
            "leather "
            "sole.",
            "EU sizes 38 to 45. Indoor wear only.",
        ),
        {"Upper": ["Sheepskin leather"], "Sole": ["Leather"], "Origin": ["Fes, Morocco"]},
        ["handmade", "slippers"],
        ["Shoes > Slippers"],
        options={
            "Size": ["38", "39", "40", "41", "42", "43", "44", "45"],
            "Color": ["Saffron", "Natural", "Red"],
        },
        variants=variants(
            "DT-BB", {"Color": ["Saffron", "Natural", "Red"]}, ["45.00", "45.00", "45.00"], g(300)
        ),
        weight=g(300),
    ),
    "T24": L(
        "Kisii Soapstone Coasters, Set of 4",
        "Tabaka Stoneworks",
        "Coasters",
        "28.00",
        "USD",
        P(
            "Four round coasters carved by hand from soapstone in Tabaka, Kisii, Kenya, each "
            "with a "
            "felt backing.",
            "10 cm across. Wipe with a damp cloth. Each stone has its own veining.",
        ),
        {
            "Material": ["Soapstone, felt backing"],
            "Diameter": ["10 cm"],
            "Count": ["4"],
            "Origin": ["Tabaka, Kenya"],
        },
        ["handmade", "fair trade"],
        ["Home > Coasters"],
        variants=single("TS-CS4", "28.00", g(600)),
        weight=g(600),
    ),
    "T25": L(
        "Wild Blueberry Jam 250 ml",
        "Fundy Shore Preserves",
        "Jam",
        "11.00",
        "CAD",
        P(
            "Jam made in small batches in Nova Scotia, Canada, from wild blueberries, cane "
            "sugar, lemon "
            "juice and fruit pectin.",
            "250 ml glass jar. Refrigerate after opening and use within three weeks.",
        ),
        {
            "Ingredients": ["Wild blueberries, cane sugar, lemon juice, fruit pectin"],
            "Volume": ["250 ml"],
            "Origin": ["Nova Scotia, Canada"],
        },
        ["jam", "small batch"],
        ["Food > Preserves"],
        variants=single("FS-WB250", "11.00", g(340)),
        weight=g(340),
    ),
    "T26": L(
        "Mobile Knife Sharpening, Auckland",
        "Keen Edge Mobile",
        "Service",
        "8.00",
        "NZD",
        P(
            "We sharpen kitchen knives at your door, on a whetstone, within 20 km of the "
            "Auckland CBD.",
            "NZ$8 per straight-edge knife, NZ$12 per serrated knife, five knives minimum. "
            "Knives are "
            "returned the same visit. We do not sharpen ceramic knives. Book at least two days "
            "ahead.",
        ),
        {"Service area": ["Within 20 km of Auckland CBD"], "Minimum": ["5 knives"]},
        ["service", "auckland"],
        ["Services > Sharpening"],
        options={"Edge": ["Straight", "Serrated"]},
        variants=variants("KE-SH", {"Edge": ["Straight", "Serrated"]}, ["8.00", "12.00"]),
    ),
    "T27": L("Wooden Spoon", "Oakhollow", "", "9.00", "USD", "", variants=single("OH-SP", "9.00")),
    "T28": L(
        "Scented Candle",
        "",
        "",
        "18.00",
        "USD",
        "",
        {"Burn time": ["40 hours"]},
        variants=single("SC-1", "18.00"),
    ),
    "T29": L(
        "Embroidery Starter Set",
        "Threadwell",
        "Grouped product",
        None,
        "USD",
        P("Everything to start embroidering, each item sold on its own."),
        children=[
            {
                "title": "Beech Embroidery Hoop 20 cm",
                "price": "6.00",
                "attributes": {"Material": ["Beech"]},
            },
            {
                "title": "Cotton Thread Pack, 24 Skeins",
                "price": "12.00",
                "attributes": {"Material": ["100% cotton"], "Count": ["24 skeins"]},
            },
            {
                "title": "Embroidery Needles, Pack of 10",
                "price": "4.00",
                "attributes": {"Sizes": ["3-9"], "Count": ["10"]},
            },
            {
                "title": "14-Count Aida Cloth 50 x 50 cm",
                "price": "9.00",
                "attributes": {"Material": ["100% cotton"], "Size": ["50 x 50 cm"]},
            },
        ],
    ),
    "T30": L(
        "Emberline 16 Gas Pizza Oven",
        "Emberline Outdoor",
        "Pizza oven",
        "399.00",
        "USD",
        P(
            "A gas-fired outdoor pizza oven for pizzas up to 16 in, sold and shipped by our "
            "partner "
            "Emberline Outdoor, who handle delivery, returns and the warranty.",
            "Reaches 500 °C in about 20 minutes on propane. Cordierite stone, powder-coated "
            "steel shell, "
            "18 kg. Door delivery in 5-8 working days. Two-year warranty from Emberline Outdoor. "
            "Outdoor use only.",
        ),
        {
            "Fuel": ["Propane"],
            "Stone": ["Cordierite"],
            "Shell": ["Powder-coated steel"],
            "Pizza size": ["Up to 16 in"],
        },
        ["emberline outdoor", "partner"],
        ["Outdoor > Cooking"],
        variants=single("EO-16G", "399.00", g(18, "kg")),
        weight=g(18, "kg"),
    ),
}


def build():
    out = {}
    for key, lst in LISTINGS.items():
        row = dict(lst)
        row["external_id"] = key
        out[key] = row
    return out


def main():
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(build(), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(LISTINGS)} listings")


if __name__ == "__main__":
    main()
