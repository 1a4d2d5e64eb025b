"""Listings of holdout set v47 (invented shops and products), written to listings.json."""

import json
import os
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per option combination: options is a list of dicts, prices a matching list."""
    out = []
    for i, (opts, price) in enumerate(zip(options, prices, strict=True)):
        out.append(
            {
                "sku": f"{sku}-{i + 1}",
                "title": " / ".join(opts.values()),
                "price": price,
                "compare_at_price": compare,
                "options": opts,
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
    return [{"Color": n} for n in names]


def build():
    t: dict[str, dict[str, Any]] = {}
    t["T01"] = L(
        "Langstroth Brood Frames, Pack of 10",
        "Hollow Oak Apiary",
        "Beehive frame",
        "27.50",
        "USD",
        P(
            "Ten assembled deep frames for Langstroth hives, made of kiln-dried pine with "
            "wax-coated "
            "plastic foundation already fitted.",
            "Each frame is 19 in long and 9 1/8 in deep. Assembled in Vermont, USA.",
        ),
        {
            "Material": ["Kiln-dried pine", "Wax-coated plastic foundation"],
            "Frames": ["10"],
            "Frame depth": ["Deep (9 1/8 in)"],
        },
        tags=["beekeeping", "made in usa"],
        cats=["Garden > Beekeeping"],
        variants=single("HOA-DF10", "27.50", g(2.3, "kg")),
        weight=g(2.3, "kg"),
        sku="HOA-DF10",
    )
    t["T02"] = L(
        "Bookbinding Starter Kit",
        "Quire & Thread",
        "Bookbinding kit",
        "42.00",
        "GBP",
        P(
            "Everything needed to sew your first pamphlet and coptic bindings: a bone folder, a "
            "beechwood-handled awl, two blunt needles, a 50 m spool of waxed linen thread and 20 "
            "sheets "
            "of A5 cartridge paper (120 gsm).",
            "Glue and book board are not included.",
        ),
        {
            "Thread": ["Waxed linen, 50 m"],
            "Paper": ["A5 cartridge, 120 gsm, 20 sheets"],
            "Awl handle": ["Beechwood"],
        },
        tags=["bookbinding", "craft kit"],
        cats=["Crafts > Paper"],
        variants=single("QT-BK1", "42.00", g(540)),
        weight=g(540),
    )
    t["T03"] = L(
        "Spindle Roughing Gouge 3/4 in",
        "Ridgeline Turning Tools",
        "Woodturning gouge",
        "68.00",
        "CAD",
        P(
            "A 3/4 in spindle roughing gouge in M2 high-speed steel with a 16 in ash handle.",
            "For spindle work only: not for bowls or face-grain turning. Ships sharpened at 45 "
            "degrees.",
        ),
        {"Steel": ["M2 high-speed steel"], "Handle": ["Ash, 16 in"], "Flute width": ["3/4 in"]},
        tags=["woodturning", "hss"],
        cats=["Tools > Woodturning"],
        variants=single("RTT-SRG34", "68.00", g(620)),
        weight=g(620),
    )
    t["T04"] = L(
        "Pottery Trimming Tool Set, 6 pieces",
        "Kilnside Studio",
        "Pottery tools",
        "34.00",
        "AUD",
        P(
            "Six double-ended trimming tools with carbon steel ribbon loops and walnut handles, "
            "for trimming feet and carving leather-hard clay.",
            "Wipe dry after use to stop the loops rusting. Comes in a canvas roll.",
        ),
        {"Loop material": ["Carbon steel"], "Handle": ["Walnut"], "Pieces": ["6"]},
        tags=["ceramics", "pottery"],
        cats=["Crafts > Ceramics"],
        variants=single("KS-TT6", "34.00", g(210)),
        weight=g(210),
    )
    t["T05"] = L(
        "Bifold Wallet, Vegetable-Tanned Leather",
        "Saddler's Row",
        "Wallet",
        "85.00",
        "USD",
        P(
            "Hand-stitched bifold with six card slots and one note pocket, cut from 1.2 mm "
            "vegetable-tanned cowhide and sewn with waxed polyester thread.",
            "Made in Leon, Mexico. The leather darkens with use; condition twice a year.",
        ),
        {
            "Material": ["Vegetable-tanned cowhide, 1.2 mm"],
            "Thread": ["Waxed polyester"],
            "Card slots": ["6"],
        },
        options={"Color": ["Tan", "Dark Brown"]},
        tags=["leather", "made in mexico"],
        cats=["Accessories > Wallets"],
        variants=variants("SR-BF", _c("Tan", "Dark Brown"), ["85.00", "85.00"], g(70)),
        dimensions=dims(None, 11.5, 9, "cm"),
    )
    t["T06"] = L(
        "Soy Wax Flakes 2 kg",
        "Wickworks Supply",
        "Candle wax",
        "24.00",
        "EUR",
        P(
            "Container soy wax for making candles in jars and tins, in a 2 kg bag.",
            "Melts at 49-54 °C; pour at 60-70 °C. Add up to 10% fragrance oil. Not suitable for "
            "pillar candles.",
        ),
        {"Wax": ["100% soy wax"], "Melt point": ["49-54 °C"], "Fragrance load": ["up to 10%"]},
        tags=["candle making", "soy"],
        cats=["Crafts > Candle making"],
        variants=single("WW-SOY2", "24.00", g(2, "kg")),
        weight=g(2, "kg"),
    )
    t["T07"] = L(
        "Pointed Pen Nib Sampler, 5 nibs",
        "Inkwell Lane",
        "Calligraphy nibs",
        "18.00",
        "USD",
        P(
            "Five pointed nibs for copperplate and Spencerian script, from flexible to firm, in a "
            "small tin.",
            "Nickel-plated steel. Fits standard straight and oblique holders; holder "
            "not included. Wash off ink with water after each session.",
        ),
        {"Material": ["Nickel-plated steel"], "Nibs": ["5"]},
        tags=["calligraphy", "pointed pen"],
        cats=["Art > Calligraphy"],
        variants=single("IL-NS5", "18.00", g(40)),
        weight=g(40),
    )
    t["T08"] = L(
        "Cork Yoga Block",
        "Asana Grove",
        "Yoga block",
        "22.00",
        "USD",
        P(
            "A dense cork block for support in standing and seated poses.",
            "23 x 15 x 7.5 cm, 680 g. Cork from Alentejo, Portugal. Wipe with a damp cloth.",
        ),
        {"Material": ["Natural cork"]},
        tags=["yoga", "cork"],
        cats=["Fitness > Yoga"],
        variants=single("AG-CB1", "22.00", g(680)),
        weight=g(680),
        dimensions=dims(23, 15, 7.5, "cm"),
    )
    t["T09"] = L(
        "Carbon Arrows 30 in, 6-pack",
        "Fletch & Field",
        "Arrows",
        "79.00",
        "USD",
        P(
            "Six carbon arrows, spine 500, cut to 30 in, fletched with three 2 in vanes.",
            "For bows from 40 to 50 lb draw weight. Field points (100 grain) fitted; not for "
            "crossbows.",
        ),
        {"Shaft": ["Carbon"], "Spine": ["500"], "Length": ["30 in"], "Point": ["100 grain field"]},
        options={"Vane color": ["Orange", "Green"]},
        tags=["archery"],
        cats=["Sports > Archery"],
        variants=variants(
            "FF-C30",
            [{"Vane color": "Orange"}, {"Vane color": "Green"}],
            ["79.00", "79.00"],
            g(170),
        ),
    )
    t["T10"] = L(
        "Double-Braid Dock Line 3/8 in x 20 ft",
        "Harbourmark Rigging",
        "Dock line",
        "36.00",
        "USD",
        P(
            "A double-braid polyester dock line with a 12 in spliced eye, 3/8 in diameter and 20 "
            "ft "
            "long.",
            "Breaking strength 4,400 lb. For boats up to 25 ft.",
        ),
        {
            "Material": ["Polyester double braid"],
            "Diameter": ["3/8 in"],
            "Length": ["20 ft"],
            "Breaking strength": ["4,400 lb"],
        },
        options={"Color": ["Navy", "White"]},
        tags=["sailing", "mooring"],
        cats=["Marine > Rope"],
        variants=variants("HR-DL38", _c("Navy", "White"), ["36.00", "36.00"], g(450)),
    )
    t["T11"] = L(
        "Валенки ручной валки",
        "Валяльня Кирова",
        "Валенки",
        "6900.00",
        "RUB",
        P(
            "Валенки из 100% овечьей шерсти, свалянные вручную в Кирове.",
            "Высота голенища 30 см. Без резиновой подошвы: для сухого снега.",
        ),
        {"Материал": ["овечья шерсть"], "Высота": ["30 см"], "Цвет": ["серый"]},
        options={"Размер": ["38", "40", "42", "44"]},
        tags=["валенки", "шерсть"],
        cats=["Обувь"],
        variants=variants(
            "VK-V",
            [{"Размер": s} for s in ["38", "40", "42", "44"]],
            ["6900.00", "6900.00", "7400.00", "7400.00"],
            g(900),
        ),
    )
    t["T12"] = L(
        "竹制蒸笼 两层 26厘米",
        "竹语厨房",
        "蒸笼",
        "128.00",
        "CNY",
        P(
            "两层竹制蒸笼，带盖，直径26厘米，适合蒸包子和饺子。",
            "手工编制于浙江安吉。首次使用前请蒸煮10分钟。不可放入洗碗机。",
        ),
        {"材料": ["楠竹"], "直径": ["26厘米"], "层数": ["两层"]},
        tags=["蒸笼", "竹"],
        cats=["厨房 > 蒸具"],
        variants=single("ZY-ZL26", "128.00", g(850)),
        weight=g(850),
    )
    t["T13"] = L(
        "Pirotski ćilim 120 x 180 cm",
        "Ćilimara Nišava",
        "Ćilim",
        "38000.00",
        "RSD",
        P(
            "Ručno tkani ćilim od čiste vune, 120 x 180 cm, sa motivom kornjače.",
            "Tkan u Pirotu, Srbija. Obe strane su iste. Čistiti samo hemijski.",
        ),
        {"Materijal": ["vuna"], "Dimenzije": ["120 x 180 cm"], "Boja": ["crvena", "crna"]},
        tags=["ćilim", "pirot"],
        cats=["Dom > Tepisi"],
        variants=single("CN-PC120", "38000.00", g(4.5, "kg")),
        weight=g(4.5, "kg"),
        dimensions=dims(180, 120, None, "cm"),
    )
    t["T14"] = L(
        "Prabbeli Stormproof 120",
        "Reenhaff Lëtzebuerg",
        "Prabbeli",
        "59.00",
        "EUR",
        P(
            "E Stackprabbeli mat engem Duerchmiesser vun 120 cm an enger Fibreglas-Struktur.",
            "De Stoff ass Polyester; de Grëff ass aus Holz. Gewiicht 780 g.",
        ),
        {"Material": ["Polyester", "Fibreglas"], "Grëff": ["Holz"], "Duerchmiesser": ["120 cm"]},
        options={"Faarf": ["Schwaarz", "Bordeaux"]},
        tags=["prabbeli", "reen"],
        cats=["Accessoiren"],
        variants=variants(
            "RL-SP120", [{"Faarf": "Schwaarz"}, {"Faarf": "Bordeaux"}], ["59.00", "59.00"], g(780)
        ),
        weight=g(780),
    )
    t["T15"] = L(
        "Puzlo 1000 pecoj: Malnova mapo",
        "Pecetaro",
        "Puzlo",
        "29.00",
        "EUR",
        P(
            "Puzlo kun 1000 pecoj, montranta malnovan mapon de la mondo.",
            "Finita grandeco 68 x 48 cm. El reciklita kartono. Ne taŭga por infanoj sub 3 jaroj.",
        ),
        {"Pecoj": ["1000"], "Grandeco": ["68 x 48 cm"], "Materialo": ["reciklita kartono"]},
        tags=["puzlo", "mapo"],
        cats=["Ludoj > Puzloj"],
        variants=single("PC-MM1000", "29.00", g(620)),
        weight=g(620),
    )
    t["T16"] = L(
        "हाथ से छपी सूती रज़ाई, डबल",
        "सांगानेर छापाघर",
        "रज़ाई",
        "4200.00",
        "INR",
        P(
            "हाथ से ठप्पा छपाई वाली सूती रज़ाई, जयपुर के सांगानेर में बनी।",
            "आकार 228 x 254 सेमी। भराई: कपास। पहली धुलाई अलग से ठंडे पानी में करें।",
        ),
        {"कपड़ा": ["100% सूती"], "भराई": ["कपास"], "आकार": ["228 x 254 सेमी"]},
        options={"रंग": ["नीला", "गुलाबी"]},
        tags=["रज़ाई", "ब्लॉक प्रिंट"],
        cats=["घर > बिस्तर"],
        variants=variants(
            "SC-RZ-D", [{"रंग": "नीला"}, {"रंग": "गुलाबी"}], ["4200.00", "4200.00"], g(2.1, "kg")
        ),
    )
    t["T17"] = L(
        "Fountain Pen Ink 50 ml, Harbour Teal",
        "Nibsmith Inks",
        "Fountain pen ink",
        "16.00",
        "USD",
        P(
            "A water-based dye ink for fountain pens in a 50 ml glass bottle.",
            "Not waterproof. Shake gently before filling. Made in Ohio.",
        ),
        {"Volume": ["50 ml"], "Base": ["Water-based dye"], "Color": ["Harbour Teal"]},
        tags=["fountain pen", "ink"],
        cats=["Stationery > Ink"],
        variants=single("NI-HT50", "16.00", g(160)),
        weight=g(160),
    )
    t["T18"] = L(
        "Round Banneton 9 in with Liner",
        "Crumb & Crust",
        "Proofing basket",
        "21.00",
        "USD",
        P(
            "A 9 in round proofing basket woven from rattan cane, with a linen liner.",
            "Holds a dough of about 750 g. Brush out flour after use; do not wash the cane. "
            "Not for use in the oven.",
        ),
        {"Material": ["Rattan cane"], "Liner": ["Linen"], "Diameter": ["9 in"]},
        tags=["sourdough", "baking"],
        cats=["Kitchen > Baking"],
        variants=single("CC-RB9", "21.00", g(230)),
        weight=g(230),
    )
    t["T19"] = L(
        "Wide-Field Eyepiece 32 mm, 1.25 in",
        "Darksky Optics",
        "Telescope eyepiece",
        "74.00",
        "USD",
        P(
            "A 32 mm Plössl eyepiece for 1.25 in focusers, with a 52 degree apparent field.",
            "Fully multi-coated glass; eye relief 22 mm. Does not fit 2 in focusers without an "
            "adapter (not included).",
        ),
        {
            "Focal length": ["32 mm"],
            "Barrel": ["1.25 in"],
            "Apparent field": ["52 degrees"],
            "Eye relief": ["22 mm"],
        },
        tags=["astronomy", "eyepiece"],
        cats=["Optics > Astronomy"],
        variants=single("DO-PL32", "74.00", g(190)),
        weight=g(190),
    )
    t["T20"] = L(
        "Open-Water Swim Goggles",
        "Tidewake Swim",
        "Swim goggles",
        "29.00",
        "GBP",
        P(
            "Wide-view goggles with a silicone seal and tinted polycarbonate lenses for open "
            "water.",
            "Anti-fog coating inside. Adjustable split strap. Not prescription lenses.",
        ),
        {"Lens": ["Polycarbonate, tinted"], "Seal": ["Silicone"]},
        options={"Lens tint": ["Smoke", "Amber"]},
        tags=["swimming", "open water"],
        cats=["Sports > Swimming"],
        variants=variants(
            "TW-OW", [{"Lens tint": "Smoke"}, {"Lens tint": "Amber"}], ["29.00", "31.00"], g(45)
        ),
    )
    t["T21"] = L(
        "Running Headlamp 400 lm",
        "Nightpace",
        "Headlamp",
        "499.00",
        "SEK",
        P(
            "A rechargeable 400 lumen headlamp for night running, 62 g with the band.",
            "Runs 4 hours on high and 40 hours on low. IPX4 splash resistant. Charges by USB-C; "
            "cable included.",
        ),
        {"Output": ["400 lm"], "Battery": ["Built-in Li-ion"], "Water resistance": ["IPX4"]},
        tags=["running", "headlamp"],
        cats=["Sports > Running"],
        variants=single("NP-HL400", "499.00", g(62)),
        weight=g(62),
    )
    t["T22"] = L(
        "Merino Fingering Yarn 100 g",
        "Fernbrook Wool Co",
        "Yarn",
        "18.00",
        "NZD",
        P(
            "Superwash merino wool yarn, 4 ply fingering weight, 400 m to a 100 g skein.",
            "Hand-dyed in Dunedin, New Zealand; colours vary between dye lots. Machine wash cool "
            "on "
            "a wool cycle.",
        ),
        {
            "Fibre": ["100% superwash merino"],
            "Weight": ["Fingering (4 ply)"],
            "Length": ["400 m / 100 g"],
        },
        options={"Colour": ["Kelp", "Tussock", "Harbour"]},
        tags=["knitting", "merino"],
        cats=["Crafts > Yarn"],
        variants=variants(
            "FW-MF",
            [{"Colour": c} for c in ["Kelp", "Tussock", "Harbour"]],
            ["18.00", "18.00", "18.00"],
            g(100),
        ),
    )
    t["T23"] = L(
        "Quilted Saddle Pad, Cob",
        "Bridlegate Equestrian",
        "Saddle pad",
        "45.00",
        "GBP",
        P(
            "A quilted general-purpose saddle pad in cotton with a polyester fibre filling, "
            "cob size.",
            "Girth straps and a wither channel. Machine wash at 30 °C.",
        ),
        {"Outer": ["Cotton"], "Filling": ["Polyester fibre"], "Size": ["Cob"]},
        options={"Colour": ["Navy", "Black"]},
        tags=["equestrian"],
        cats=["Equestrian > Pads"],
        variants=variants(
            "BE-SP-C", [{"Colour": "Navy"}, {"Colour": "Black"}], ["45.00", "45.00"], g(600)
        ),
    )
    t["T24"] = L(
        "Padded Camera Strap 38 mm",
        "Lenswright",
        "Camera strap",
        "39.00",
        "USD",
        P(
            "A 38 mm nylon webbing strap with a neoprene shoulder pad and quick-release buckles.",
            "Adjusts from 90 to 150 cm. Holds cameras up to 3 kg. Fits cameras with strap lugs; "
            "not for tripod-socket mounting.",
        ),
        {"Webbing": ["Nylon, 38 mm"], "Pad": ["Neoprene"], "Length": ["90-150 cm"]},
        tags=["photography"],
        cats=["Photo > Straps"],
        variants=single("LW-PS38", "39.00", g(120)),
        weight=g(120),
    )
    t["T25"] = L(
        "Woven Baby Wrap, 4.6 m",
        "Kindred Carry",
        "Baby wrap",
        "119.00",
        "USD",
        P(
            "A woven cotton wrap for carrying babies from 3.5 kg to 15 kg, 4.6 m long and 70 cm "
            "wide.",
            "Jacquard weave, 100% cotton, 260 gsm. Machine wash at 40 °C, line dry. Read the "
            "safety leaflet before first use.",
        ),
        {"Material": ["100% cotton"], "Length": ["4.6 m"], "Weight": ["260 gsm"]},
        options={"Color": ["Sage", "Oat"]},
        tags=["babywearing"],
        cats=["Baby > Carriers"],
        variants=variants("KC-W46", _c("Sage", "Oat"), ["119.00", "119.00"], g(850)),
    )
    t["T26"] = L(
        "Trouser Hemming Service",
        "Stitchwell Alterations",
        "Alteration service",
        "15.00",
        "GBP",
        P(
            "Send us your trousers with the length pinned and we take up the hem by machine.",
            "Plain hems £15; hems with a turn-up £22. Returned by tracked post within 10 working "
            "days. Jeans with original hems are not included.",
        ),
        {"Service": ["Machine hemming"]},
        options={"Hem": ["Plain", "Turn-up"]},
        tags=["alterations", "service"],
        cats=["Services > Alterations"],
        variants=variants(
            "SA-HEM", [{"Hem": "Plain"}, {"Hem": "Turn-up"}], ["15.00", "22.00"], None
        ),
    )
    t["T27"] = L(
        "Glass Storage Jar 1 L",
        "",
        "",
        "7.00",
        "USD",
        "",
        variants=single("GJ-1L", "7.00"),
    )
    t["T28"] = L(
        "Vinyl Sticker Pack",
        "Paperkite Studio",
        "Stickers",
        "6.00",
        "GBP",
        P("TBD"),
        attrs={"Stickers": ["8"]},
        variants=single("PK-SP8", "6.00"),
    )
    t["T29"] = L(
        "Wet Shaving Set",
        "Brassmoor Grooming",
        "Grouped product",
        None,
        "USD",
        P("Three items for a traditional shave, each sold on its own."),
        children=[
            {
                "title": "Safety Razor, chrome",
                "price": "45.00",
                "attributes": {"Material": ["Chrome-plated zinc alloy"]},
            },
            {
                "title": "Synthetic Shaving Brush",
                "price": "24.00",
                "attributes": {"Knot": ["Synthetic, 24 mm"]},
            },
            {
                "title": "Shaving Soap 100 g",
                "price": "14.00",
                "attributes": {"Scent": ["Unscented"]},
            },
        ],
    )
    t["T30"] = L(
        "Water Rowing Machine (partner product)",
        "Oarhaven",
        "External product",
        "1290.00",
        "EUR",
        P(
            "Sold and shipped by our partner Oarhaven: a water-resistance rowing machine with an "
            "ash frame.",
            "Delivered in 10-14 working days. Two-year frame warranty from the "
            "partner. Maximum user weight 150 kg.",
        ),
        {"Frame": ["Ash wood"], "Resistance": ["Water"], "Max user weight": ["150 kg"]},
        tags=["rowing", "external"],
        cats=["Fitness > Rowers"],
        variants=single("OH-WR1", "1290.00", g(38, "kg")),
        weight=g(38, "kg"),
    )
    for key, item in t.items():
        item["external_id"] = key
    return t


def main():
    data = build()
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
