"""Write listings.json for guardrails holdout v54: 30 invented listings, T01..T30.

Run from this folder:  python make_listings.py
"""

import json
import os
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
LISTINGS = os.path.join(HERE, "listings.json")


def variants(sku, options, prices, weight=None, compare=None):
    """One variant a combination: options is {name: [values]} of one option, prices one a value."""
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


def _c(*names):
    return {"Colour": list(names)}


def build():
    d: dict[str, dict[str, Any]] = {}
    d["T01"] = L(
        "Oblique Pen Holder in Walnut",
        "Inkwell & Quill",
        "Calligraphy pen holder",
        "28.00",
        "USD",
        P(
            "A turned walnut holder with a brass flange, set at an angle for copperplate and "
            "Spencerian scripts.",
            "The flange takes most standard pointed nibs; nibs are not included.",
            "Turned by hand in Portland, Oregon. Wipe with a dry cloth; do not soak.",
        ),
        {"Material": ["walnut", "brass"], "Length": ["7.5 in"]},
        ["calligraphy", "handmade", "right-handed"],
        ["Art Supplies > Calligraphy"],
        variants=single("IQ-OBL", "28.00", g(22)),
        weight=g(22),
        dimensions=dims(7.5, None, None, "in"),
        faq=[
            {
                "question": "Is there a left-handed version?",
                "answer": "Not yet; this one is for right-handed writers.",
            }
        ],
    )
    d["T02"] = L(
        "Slim Foam Fly Box",
        "Tayside Tackle",
        "Fly box",
        "16.50",
        "GBP",
        P(
            "A slim fly box with slotted foam on both sides that holds up to 120 flies.",
            "The box floats if dropped in the river and closes with a magnetic catch.",
        ),
        {"Material": ["ABS plastic", "EVA foam"], "Capacity": ["120 flies"]},
        ["fly fishing", "floats"],
        ["Fishing > Fly Boxes"],
        options=_c("Olive", "Slate Grey"),
        variants=variants("TT-FB", _c("Olive", "Slate Grey"), ["16.50", "16.50"], g(95)),
        weight=g(95),
        dimensions=dims(15, 10, 2.5),
    )
    d["T03"] = L(
        "1/2 in Bowl Gouge",
        "Northbank Tools",
        "Woodturning gouge",
        "94.00",
        "CAD",
        P(
            "A 1/2 in bowl gouge in M2 high-speed steel with a parabolic flute, sharpened to a "
            "40 degree bevel before it ships.",
            "The 16 in ash handle is fitted with a steel ferrule. Made in Hamilton, Ontario.",
        ),
        {"Material": ["M2 high-speed steel", "ash"], "Flute": ["parabolic"]},
        ["woodturning", "made in canada"],
        ["Tools > Woodturning"],
        variants=single("NB-BG12", "94.00", g(540)),
        weight=g(540),
    )
    d["T04"] = L(
        "Cast Iron Banding Wheel 20 cm",
        "Claybrook Studio Supply",
        "Banding wheel",
        "79.00",
        "EUR",
        P(
            "A 20 cm cast iron banding wheel that turns on a ball bearing, for banding, glazing "
            "and decorating pots.",
            "The head lifts off the base for cleaning. Weight 4.5 kg. It is turned by hand, not "
            "powered.",
        ),
        {"Material": ["cast iron"], "Diameter": ["20 cm"]},
        ["pottery", "ceramics"],
        ["Pottery > Studio Tools"],
        variants=single("CB-BW20", "79.00", g(4.5, "kg")),
        weight=g(4.5, "kg"),
        dimensions=dims(None, 20, 11),
    )
    d["T05"] = L(
        "Fixed Circular Knitting Needles 80 cm",
        "Ponga Yarns",
        "Circular knitting needles",
        "14.00",
        "NZD",
        P(
            "Bamboo tips joined by a smooth nylon cable, 80 cm from tip to tip.",
            "Choose your size from 3 mm to 6 mm. The cable is fixed, so the tips do not unscrew.",
        ),
        {"Material": ["bamboo", "nylon"], "Length": ["80 cm"]},
        ["knitting", "bamboo"],
        ["Yarn Craft > Needles"],
        options={"Size": ["3 mm", "4 mm", "5 mm", "6 mm"]},
        variants=variants(
            "PY-C80", {"Size": ["3 mm", "4 mm", "5 mm", "6 mm"]}, ["14.00"] * 4, g(20)
        ),
        weight=g(20),
    )
    d["T06"] = L(
        "Roll-Top Saddle Bag 1.5 L",
        "Corella Cycle Co",
        "Saddle bag",
        "59.00",
        "AUD",
        P(
            "A 1.5 litre saddle bag in waterproof TPU-coated nylon with a roll-top closure.",
            "It fixes to the saddle rails with two straps and has a rear reflective strip.",
            "No seatpost strap and no light loop.",
        ),
        {"Material": ["TPU-coated nylon"], "Capacity": ["1.5 L"]},
        ["cycling", "waterproof"],
        ["Cycling > Bags"],
        options=_c("Black", "Sand"),
        variants=variants("CC-SB15", _c("Black", "Sand"), ["59.00", "59.00"], g(140)),
        weight=g(140),
    )
    d["T07"] = L(
        "Double Sponge Filter for Aquariums",
        "Reefline Aquatics",
        "Aquarium sponge filter",
        "12.99",
        "USD",
        P(
            "An air-driven double sponge filter for tanks up to 20 gallons, ideal for shrimp and "
            "fry tanks.",
            "It needs an air pump and airline tubing, both sold separately.",
            "Rinse the sponges in tank water, never under the tap.",
        ),
        {"Material": ["polyurethane foam", "plastic"], "Tank size": ["up to 20 gallons"]},
        ["aquarium", "freshwater", "shrimp safe"],
        ["Pets > Aquarium > Filters"],
        variants=single("RA-DSF", "12.99", g(110)),
        weight=g(110),
    )
    d["T08"] = L(
        "Soy Wax Flakes 2 kg",
        "Wickham Candle Supply",
        "Candle wax",
        "18.00",
        "GBP",
        P(
            "Container soy wax in flakes, melting at 52 to 54 °C, for jar and tin candles.",
            "Pour at about 60 °C. Add up to 10 % fragrance oil. Not for pillar candles.",
        ),
        {"Material": ["soy wax"], "Net weight": ["2 kg"]},
        ["candle making", "vegan"],
        ["Craft > Candle Making"],
        variants=single("WC-SOY2", "18.00", g(2, "kg")),
        weight=g(2, "kg"),
    )
    d["T09"] = L(
        "Washi Origami Paper, 15 cm",
        "Paper Crane Studio",
        "Origami paper",
        "12.00",
        "SGD",
        P(
            "A pack of 100 sheets of 15 cm square origami paper with printed washi patterns on "
            "one side.",
            "Ten patterns, ten sheets each. The back of every sheet is plain white.",
        ),
        {"Material": ["paper"], "Sheet size": ["15 x 15 cm"], "Sheets": ["100"]},
        ["origami", "paper craft"],
        ["Craft > Paper"],
        variants=single("PC-W15", "12.00", g(180)),
        weight=g(180),
    )
    d["T10"] = L(
        "Concert Ukulele, Mahogany",
        "Kailua Strings",
        "Ukulele",
        "149.00",
        "USD",
        P(
            "A concert ukulele with a laminated mahogany top, back and sides, and 18 frets.",
            "Strung with Aquila Nylgut strings and supplied with a padded gig bag.",
            "No pickup is fitted.",
        ),
        {"Material": ["laminated mahogany"], "Frets": ["18"], "Scale": ["15 in"]},
        ["ukulele", "concert size"],
        ["Music > Ukuleles"],
        variants=single("KS-CM", "149.00", g(700)),
        weight=g(700),
    )
    d["T11"] = L(
        "Kombi-Schleifstein 1000/6000",
        "Wetzwerk",
        "Schleifstein",
        "49.00",
        "EUR",
        P(
            "Ein Kombi-Schleifstein mit Körnung 1000 zum Schärfen und 6000 zum Abziehen.",
            "Vor dem Gebrauch 10 Minuten in Wasser legen. Mit rutschfestem Halter aus Gummi.",
            "Der Stein misst 18 x 6 x 3 cm.",
        ),
        {"Material": ["Korund", "Gummi"], "Körnung": ["1000", "6000"]},
        ["Messer schärfen", "Wasserstein"],
        ["Küche > Messerpflege"],
        variants=single("WW-K16", "49.00", g(650)),
        weight=g(650),
        dimensions=dims(18, 6, 3),
    )
    d["T12"] = L(
        "Béret en laine feutrée",
        "Maison Ossau",
        "Béret",
        "39.00",
        "EUR",
        P(
            "Un béret en laine mérinos feutrée, tricoté puis foulé dans les Pyrénées, à Oloron.",
            "Doublure en satin, bande intérieure en cuir. Lavage à la main à l'eau froide.",
        ),
        {"Matière": ["laine mérinos", "satin", "cuir"], "Origine": ["Oloron, France"]},
        ["béret", "laine", "fabriqué en France"],
        ["Mode > Chapeaux"],
        options={"Couleur": ["Noir", "Bleu marine", "Rouge"], "Taille": ["56", "58"]},
        variants=variants(
            "MO-BR", {"Couleur": ["Noir", "Bleu marine", "Rouge"]}, ["39.00"] * 3, g(90)
        ),
        weight=g(90),
    )
    d["T13"] = L(
        "Hamaca matrimonial de algodón",
        "Casa Itzamná",
        "Hamaca",
        "1450.00",
        "MXN",
        P(
            "Hamaca tejida a mano en Yucatán con hilo de algodón, tamaño matrimonial.",
            "Soporta hasta 150 kg. Los cordones miden 3,5 m de extremo a extremo.",
            "No incluye soportes ni cuerdas para colgarla.",
        ),
        {"Material": ["algodón"], "Carga máxima": ["150 kg"]},
        ["hamaca", "hecho a mano", "Yucatán"],
        ["Hogar > Exterior"],
        options={"Color": ["Natural", "Multicolor"]},
        variants=variants(
            "CI-HM", {"Color": ["Natural", "Multicolor"]}, ["1450.00", "1550.00"], g(1.6, "kg")
        ),
        weight=g(1.6, "kg"),
    )
    d["T14"] = L(
        "Набір для писанок з трьома писачками",
        "Писанкова хата",
        "Набір для писанок",
        "690.00",
        "UAH",
        P(
            "Набір для розпису писанок: три писачки (тонка, середня і товста), бджолиний віск "
            "30 г і шість барвників.",
            "Барвники не харчові, яйця після фарбування не їжте.",
            "Зроблено в Коломиї.",
        ),
        {"Матеріал": ["латунь", "дерево", "бджолиний віск"], "Барвники": ["6"]},
        ["писанка", "Великдень"],
        ["Рукоділля > Писанкарство"],
        variants=single("PH-NAB3", "690.00", g(250)),
        weight=g(250),
    )
    d["T15"] = L(
        "Bát sơn mài 15 cm",
        "Sơn Mài Tương Bình Hiệp",
        "Bát sơn mài",
        "320000",
        "VND",
        P(
            "Bát sơn mài đường kính 15 cm, cốt tre ép, vẽ tay họa tiết sen.",
            "Chỉ dùng đựng đồ khô, không đựng nước nóng. Không dùng máy rửa bát và lò vi sóng.",
            "Làm thủ công tại Bình Dương.",
        ),
        {"Chất liệu": ["tre ép", "sơn mài"], "Đường kính": ["15 cm"]},
        ["sơn mài", "thủ công"],
        ["Nhà cửa > Trang trí"],
        options={"Màu": ["Đỏ son", "Đen"]},
        variants=variants("SM-B15", {"Màu": ["Đỏ son", "Đen"]}, ["320000", "320000"], g(120)),
        weight=g(120),
    )
    d["T16"] = L(
        "Bola Sepak Takraw Rotan",
        "Anyaman Kedah",
        "Bola sepak takraw",
        "45.00",
        "MYR",
        P(
            "Bola sepak takraw dianyam tangan daripada rotan, dengan 12 lubang dan 20 persilangan.",
            "Lilitan 42 cm, berat kira-kira 170 g. Dianyam di Alor Setar, Kedah.",
            "Untuk latihan dan permainan santai, bukan untuk pertandingan rasmi.",
        ),
        {"Bahan": ["rotan"], "Lilitan": ["42 cm"]},
        ["sepak takraw", "rotan", "buatan tangan"],
        ["Sukan > Bola"],
        variants=single("AK-ST42", "45.00", g(170)),
        weight=g(170),
    )
    d["T17"] = L(
        "Delta Kite 150 cm",
        "Prairie Wind Kites",
        "Kite",
        "42.00",
        "USD",
        P(
            "A single-line delta kite with a 150 cm wingspan, ripstop polyester sail and "
            "fibreglass spars.",
            "Flies in winds of 8 to 30 km/h. Comes with 30 m of line on a handle winder.",
        ),
        {"Material": ["ripstop polyester", "fibreglass"], "Wingspan": ["150 cm"]},
        ["kite", "beach", "single line"],
        ["Outdoor > Kites"],
        options=_c("Rainbow", "Sunset Orange"),
        variants=variants("PW-D150", _c("Rainbow", "Sunset Orange"), ["42.00", "42.00"], g(210)),
        weight=g(210),
    )
    d["T18"] = L(
        "Concave Branch Cutter 205 mm",
        "Kobu Bonsai Supplies",
        "Bonsai tool",
        "34.00",
        "GBP",
        P(
            "A 205 mm concave branch cutter in carbon steel that leaves a hollow cut, so the "
            "wound heals flatter.",
            "Oil the joint after use and keep dry; carbon steel will rust if left wet.",
        ),
        {"Material": ["carbon steel"], "Length": ["205 mm"]},
        ["bonsai", "pruning"],
        ["Garden > Bonsai Tools"],
        variants=single("KB-CC205", "34.00", g(190)),
        weight=g(190),
    )
    d["T19"] = L(
        "OO Gauge Flexible Track, Pack of 5",
        "Sidings & Signals",
        "Model railway track",
        "32.50",
        "GBP",
        P(
            "Five lengths of OO gauge flexible track, 914 mm each, with code 100 nickel silver "
            "rail on wooden-style sleepers.",
            "Rail joiners are not included.",
        ),
        {"Material": ["nickel silver", "plastic"], "Scale": ["OO gauge"], "Rail": ["code 100"]},
        ["model railway", "OO gauge"],
        ["Hobbies > Model Railways"],
        variants=single("SS-FT5", "32.50", g(400)),
        weight=g(400),
    )
    d["T20"] = L(
        "Stage Juggling Balls, Set of 3",
        "Tumble & Toss",
        "Juggling balls",
        "27.00",
        "AUD",
        P(
            "Three 68 mm juggling balls with a faux-leather six-panel cover and a millet filling, "
            "120 g each.",
            "They land without bouncing or rolling away. Stitched in Adelaide.",
        ),
        {"Material": ["faux leather", "millet"], "Diameter": ["68 mm"]},
        ["juggling", "circus skills"],
        ["Toys > Circus"],
        options=_c("Mixed Brights", "Black and White"),
        variants=variants(
            "TT-JB3", _c("Mixed Brights", "Black and White"), ["27.00", "27.00"], g(360)
        ),
        weight=g(360),
    )
    d["T21"] = L(
        "Student Watercolour Set, 24 Half Pans",
        "Riverbend Art Co",
        "Watercolour paint set",
        "36.00",
        "ZAR",
        P(
            "Twenty-four half pans of student-grade watercolour in a white metal tin with a "
            "mixing lid.",
            "Includes one size 6 synthetic round brush. The paints are not artist grade.",
        ),
        {"Material": ["watercolour paint", "tinplate"], "Pans": ["24 half pans"]},
        ["watercolour", "painting", "student"],
        ["Art Supplies > Paint"],
        variants=single("RB-W24", "36.00", g(300)),
        weight=g(300),
    )
    d["T22"] = L(
        "English Willow Cricket Bat, Grade 3",
        "Kanpur Blade Works",
        "Cricket bat",
        "8999.00",
        "INR",
        P(
            "A grade 3 English willow bat with a cane handle and a mid-to-low sweet spot.",
            "Knocked in by machine; give it a further 4 hours of knocking in before a match.",
        ),
        {"Material": ["English willow", "cane"], "Grade": ["3"]},
        ["cricket", "english willow"],
        ["Sports > Cricket"],
        options={"Size": ["SH", "Harrow"]},
        variants=variants(
            "KB-EW3", {"Size": ["SH", "Harrow"]}, ["8999.00", "8499.00"], g(1.18, "kg")
        ),
        weight=g(1.18, "kg"),
    )
    d["T23"] = L(
        "Mirrored Swim Goggles",
        "Laneline",
        "Swim goggles",
        "24.00",
        "USD",
        P(
            "Racing-style swim goggles with mirrored polycarbonate lenses and an anti-fog coating.",
            "Silicone gaskets and a split silicone strap. UV protection. Not prescription.",
        ),
        {"Material": ["polycarbonate", "silicone"]},
        ["swimming", "anti-fog", "adult"],
        ["Sports > Swimming"],
        options=_c("Silver", "Blue"),
        variants=variants("LL-MG", _c("Silver", "Blue"), ["24.00", "24.00"], g(40)),
        weight=g(40),
    )
    d["T24"] = L(
        "Pyramid Mechanical Metronome",
        "Allegretto Music",
        "Metronome",
        "65.00",
        "GBP",
        P(
            "A wind-up pyramid metronome in a beech case, from 40 to 208 beats a minute, with a "
            "bell you can set to 2, 3, 4 or 6 beats.",
            "No batteries needed.",
        ),
        {"Material": ["beech"], "Tempo": ["40-208 BPM"]},
        ["metronome", "piano", "practice"],
        ["Music > Accessories"],
        variants=single("AM-PM", "65.00", g(680)),
        weight=g(680),
        dimensions=dims(11, 11, 22),
    )
    d["T25"] = L(
        "175 g Ultimate Disc",
        "Fieldline Discs",
        "Flying disc",
        "14.00",
        "USD",
        P(
            "A 175 g disc for ultimate, 27 cm across, moulded from a soft polyethylene blend.",
            "Sold blank, with no print.",
        ),
        {"Material": ["polyethylene"], "Weight": ["175 g"]},
        ["ultimate", "disc"],
        ["Sports > Disc"],
        options=_c("White", "Yellow", "Glow"),
        variants=variants(
            "FD-175", _c("White", "Yellow", "Glow"), ["14.00", "14.00", "16.00"], g(175)
        ),
        weight=g(175),
    )
    d["T26"] = L(
        "Tent Repair by Post",
        "Pitch Perfect Repairs",
        "Repair service",
        "45.00",
        "GBP",
        P(
            "Send us your tent and we patch tears in the fly or inner, replace broken zip "
            "sliders and re-tape seams.",
            "Price is from £45 for one repair; we quote before any work. Return postage £9.50. "
            "Turnaround about two weeks from arrival.",
            "We do not repair pole sections.",
        ),
        {"Service": ["patching", "zip sliders", "seam taping"]},
        ["repair", "camping"],
        ["Services > Repairs"],
        variants=single("PP-TENT", "45.00"),
    )
    d["T27"] = L(
        "Wooden Clothes Pegs, Pack of 24",
        "",
        "",
        "7.00",
        "USD",
        "",
        variants=single("PEG-24", "7.00"),
    )
    d["T28"] = L(
        "A-Frame Chalkboard Sign",
        "Harbour Signs",
        "Sign",
        "85.00",
        "EUR",
        "<p>Description to follow</p>",
        {"Size": ["60 x 90 cm"]},
        ["signage"],
        variants=single("HS-AF", "85.00"),
    )
    d["T29"] = L(
        "Hand Tool Trio",
        "Greenbank Garden Goods",
        "Garden tools",
        None,
        "USD",
        P(
            "Three hand tools with ash handles, each sold on its own: a trowel, a transplanter "
            "marked in inches, and a three-prong cultivator."
        ),
        {"Material": ["stainless steel", "ash"]},
        ["garden", "hand tools"],
        ["Garden > Hand Tools"],
        children=[
            {"title": "Trowel", "price": "19.00", "attributes": {"Material": ["stainless steel"]}},
            {
                "title": "Transplanter",
                "price": "19.00",
                "attributes": {"Material": ["stainless steel"]},
            },
            {
                "title": "Cultivator",
                "price": "22.00",
                "attributes": {"Material": ["stainless steel"]},
            },
        ],
    )
    d["T30"] = L(
        "Air Rowing Machine (partner product)",
        "Stroke Lab",
        "Rowing machine",
        "1299.00",
        "CAD",
        P(
            "Sold, shipped and supported by our partner Stroke Lab; you complete the purchase on "
            "their site.",
            "An air-resistance rowing machine with a monitor that shows pace, distance and "
            "strokes a minute. Maximum user weight 135 kg.",
            "Partner delivery in 7 to 14 business days. Two-year warranty from the partner.",
        ),
        {"Resistance": ["air"], "Max user weight": ["135 kg"]},
        ["rowing", "fitness", "partner"],
        ["Fitness > Cardio"],
        variants=single("SL-AIR", "1299.00", g(26, "kg")),
        weight=g(26, "kg"),
    )
    for key, lst in d.items():
        lst["external_id"] = key
    return d


def main():
    with open(LISTINGS, "w", encoding="utf-8") as f:
        json.dump(build(), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(build())} listings")


if __name__ == "__main__":
    main()
