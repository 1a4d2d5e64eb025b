"""Write listings.json for guardrails holdout v58: 30 invented listings, T01..T30.

Run from this folder:  python make_listings.py
"""

import json
import os
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))

Obj = dict[str, Any]


def variants(
    sku: str,
    options: dict[str, list[str]],
    prices: list[str],
    weight: Obj | None = None,
    compare: str | None = None,
) -> list[Obj]:
    """One variant per value of the listing's single option, priced in order."""
    ((name, values),) = options.items()
    rows = []
    for n, (value, price) in enumerate(zip(values, prices, strict=True), 1):
        row: Obj = {
            "sku": f"{sku}-{n}",
            "title": value,
            "price": price,
            "compare_at_price": compare,
            "options": {name: value},
        }
        if weight:
            row["weight"] = weight
        rows.append(row)
    return rows


def single(
    sku: str,
    price: str,
    weight: Obj | None = None,
    compare: str | None = None,
    title: str = "Default Title",
) -> list[Obj]:
    row: Obj = {
        "sku": sku,
        "title": title,
        "price": price,
        "compare_at_price": compare,
        "options": {},
    }
    if weight:
        row["weight"] = weight
    return [row]


def g(value: float, unit: str = "g") -> Obj:
    return {"value": value, "unit": unit}


def P(*paras: str) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


def dims(length: float | None, width: float | None, height: float | None, unit: str = "cm") -> Obj:
    return {"length": length, "width": width, "height": height, "unit": unit}


def L(
    title: str,
    vendor: str,
    ptype: str,
    price: str | None,
    currency: str,
    desc: str,
    attrs: dict[str, list[str]] | None = None,
    tags: tuple[str, ...] = (),
    cats: tuple[str, ...] = (),
    extra: Obj | None = None,
    **kw: Any,
) -> Obj:
    listing: Obj = {
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


def build() -> dict[str, Obj]:
    t: dict[str, Obj] = {}
    t["T01"] = L(
        "Birchwood Circular Knitting Needles 4 mm, 80 cm",
        "Loopline Yarn Co.",
        "Knitting needles",
        "14.00",
        "USD",
        P(
            "Smooth laminated birch tips joined by a flexible nylon cable. The cable swivels at "
            "each join, so stitches slide round without twisting.",
            "Made in Vermont. Wipe the tips with a dry cloth; do not soak the wood.",
        ),
        {
            "Material": ["laminated birch", "nylon cable"],
            "Needle size": ["4 mm (US 6)"],
            "Total length": ["80 cm"],
        },
        ("knitting", "made in vermont"),
        ("Crafts > Knitting",),
        weight=g(18),
        variants=single("LL-CIRC-4-80", "14.00", g(18)),
    )
    t["T02"] = L(
        "Boulder Chalk Bag with Brush Holder",
        "Crimpline",
        "Chalk bag",
        "26.00",
        "GBP",
        P(
            "A drawstring chalk bag with a fleece lining, a waist belt and a loop that holds a "
            "bouldering brush. Brush and chalk are not included.",
            "The outer shell is 600D recycled polyester. Machine wash at 30 °C with the belt "
            "removed.",
        ),
        {"Material": ["600D recycled polyester", "fleece lining"], "Opening": ["14 cm"]},
        ("climbing", "bouldering", "recycled polyester"),
        ("Sports > Climbing",),
        options={"Color": ["Slate", "Ochre", "Moss"]},
        variants=variants(
            "CL-CB", {"Color": ["Slate", "Ochre", "Moss"]}, ["26.00", "26.00", "26.00"], g(110)
        ),
        weight=g(110),
        dimensions=dims(None, 15, 18),
    )
    t["T03"] = L(
        "Pottery Trimming Tool Set (6 pieces)",
        "Kilnside Studio",
        "Trimming tools",
        "38.00",
        "CAD",
        P(
            "Six loop and ribbon tools for trimming leather-hard pots on the wheel: three round "
            "loops, two square loops and one teardrop ribbon.",
            "Hardened steel loops in beech handles. Dry the loops after use so they do not rust.",
        ),
        {"Material": ["hardened steel", "beech"], "Pieces": ["6"], "Handle length": ["17 cm"]},
        ("pottery", "ceramics"),
        ("Crafts > Pottery",),
        weight=g(140),
        variants=single("KS-TRIM6", "38.00", g(140)),
    )
    t["T04"] = L(
        "3/8 in Bowl Gouge, M2 High-Speed Steel",
        "Shavings & Co.",
        "Bowl gouge",
        "89.00",
        "USD",
        P(
            "A 3/8 in bowl gouge ground with a 40-degree swept-back profile, fitted to a 16 in ash "
            "handle.",
            "M2 high-speed steel holds its edge longer than carbon steel between trips to the "
            "grinder. For use on a wood lathe only.",
        ),
        {
            "Material": ["M2 high-speed steel", "ash handle"],
            "Flute": ["parabolic"],
            "Overall length": ["22 in"],
        },
        ("woodturning", "lathe tools"),
        ("Tools > Woodturning",),
        weight=g(1.2, "lb"),
        variants=single("SC-BG38", "89.00", g(1.2, "lb")),
    )
    t["T05"] = L(
        "Slim Fly Box, 2 Sides Foam",
        "Riffle & Reed",
        "Fly box",
        "24.00",
        "NZD",
        P(
            "A slim fly box with slotted foam on both sides, holding up to 180 dry flies or "
            "nymphs. Flies are not included.",
            "The clear lid lets you see what is inside. Dry the foam after a wet day before "
            "closing it.",
        ),
        {"Material": ["polycarbonate", "EVA foam"], "Capacity": ["180 flies"]},
        ("fly fishing", "tackle"),
        ("Outdoors > Fishing",),
        weight=g(95),
        dimensions=dims(16, 10, 2.5),
        variants=single("RR-FB2", "24.00", g(95)),
    )
    t["T06"] = L(
        "Brass Ping Bike Bell",
        "Spokewise",
        "Bike bell",
        "19.00",
        "AUD",
        P(
            "A brass bell with a clear ping that carries well in traffic. It clamps to bars from "
            "22.2 to 31.8 mm with the included shim.",
            "Tighten the clamp with a 3 mm hex key (not included).",
        ),
        {"Material": ["brass", "aluminium clamp"], "Bar diameter": ["22.2-31.8 mm"]},
        ("cycling", "bike accessories"),
        ("Sports > Cycling",),
        options={"Finish": ["Polished brass", "Black"]},
        variants=variants(
            "SW-BELL", {"Finish": ["Polished brass", "Black"]}, ["19.00", "21.00"], g(60)
        ),
        weight=g(60),
    )
    t["T07"] = L(
        "Soy Wax Flakes 1 kg",
        "Wickwell",
        "Candle wax",
        "18.50",
        "GBP",
        P(
            "Container-grade soy wax flakes for jars and tins. Melts at 52 to 54 °C; pour at about "
            "70 °C.",
            "Made from soya grown in the USA and flaked in Leicester. Not for pillar candles.",
        ),
        {"Material": ["hydrogenated soy wax"], "Melt point": ["52-54 °C"], "Net weight": ["1 kg"]},
        ("candle making", "vegan"),
        ("Crafts > Candle making",),
        weight=g(1, "kg"),
        variants=single("WW-SOY1", "18.50", g(1, "kg")),
    )
    t["T08"] = L(
        "Fine Mesh Aquarium Net 10 cm",
        "Reefhollow",
        "Aquarium net",
        "7.00",
        "EUR",
        P(
            "A fine mesh net for catching small fish and shrimp without harming their fins. The "
            "handle is 30 cm long.",
            "For freshwater and marine tanks. Rinse in tank water after use.",
        ),
        {
            "Material": ["nylon mesh", "stainless steel handle"],
            "Net width": ["10 cm"],
            "Handle length": ["30 cm"],
        },
        ("aquarium", "fishkeeping"),
        ("Pets > Aquarium",),
        weight=g(40),
        variants=single("RH-NET10", "7.00", g(40)),
    )
    t["T09"] = L(
        "Walnut Tournament Chess Set, 3.75 in King",
        "Rank & File Games",
        "Chess set",
        "129.00",
        "USD",
        P(
            "Weighted Staunton pieces in walnut and boxwood with felt bases, and a folding board "
            "with 2 in squares.",
            "The king stands 3.75 in tall. 32 pieces and 2 extra queens. Clock not included.",
        ),
        {
            "Material": ["walnut", "boxwood", "felt"],
            "King height": ["3.75 in"],
            "Square size": ["2 in"],
        },
        ("chess", "board games"),
        ("Games > Chess",),
        weight=g(3.5, "lb"),
        variants=single("RF-TOUR", "129.00", g(3.5, "lb")),
    )
    t["T10"] = L(
        "Cheese Cloth, Grade 90, 2 yd",
        "Curd & Culture",
        "Cheese cloth",
        "9.00",
        "USD",
        P(
            "Unbleached cotton cheese cloth, grade 90, tight enough for soft cheeses, yogurt and "
            "nut milk. One piece, 2 yd by 36 in.",
            "Boil before first use. Wash by hand and dry flat.",
        ),
        {"Material": ["unbleached cotton"], "Grade": ["90"], "Size": ["2 yd x 36 in"]},
        ("cheese making", "unbleached"),
        ("Kitchen > Cheese making",),
        weight=g(70),
        variants=single("CC-CL90", "9.00", g(70)),
    )
    # T11-T16: each written wholly in its shop's language.
    t["T11"] = L(
        "Palleta para gaita galega en do",
        "Obradoiro Fol",
        "Palleta de gaita",
        "28.00",
        "EUR",
        P(
            "Palleta de cana natural para punteiro de gaita galega afinado en do. Feita a man en "
            "Lalín.",
            "Gárdaa na caixa que a acompaña, lonxe da calefacción.",
        ),
        {"Material": ["cana natural"], "Afinación": ["do"]},
        ("gaita", "feito a man"),
        ("Música > Gaita",),
        weight=g(10),
        variants=single("OF-PAL-DO", "28.00", g(10)),
    )
    t["T12"] = L(
        "Sliotar Iomána, Méid 5",
        "Ceardlann Chill Chainnigh",
        "Sliotar",
        "12.00",
        "EUR",
        P(
            "Sliotar le croí corc agus clúdach leathair, fuaite de láimh i gCill Chainnigh.",
            "Méid 5 do dhaoine fásta. Coinnigh tirim é idir cluichí.",
        ),
        {"Ábhar": ["corc", "leathar"], "Méid": ["5"]},
        ("iománaíocht", "fuaite de láimh"),
        ("Spórt > Iománaíocht",),
        weight=g(110),
        variants=single("CCC-SL5", "12.00", g(110)),
    )
    t["T13"] = L(
        "Филигрански обетки во сребро",
        "Ковачница Охрид",
        "Обетки",
        "2400.00",
        "MKD",
        P(
            "Рачно изработени филигрански обетки од сребро 925, во форма на лист. Изработени во "
            "Охрид.",
            "Должина 3 см. Чувајте ги во кесичката за да не потемнат.",
        ),
        {"Материјал": ["сребро 925"], "Должина": ["3 см"]},
        ("накит", "филигран"),
        ("Накит > Обетки",),
        weight=g(4),
        variants=single("KO-OB-LIST", "2400.00", g(4)),
    )
    t["T14"] = L(
        "हस्तनिर्मित सिङ्गिङ बाउल १२ सेमी",
        "पाटन धातु कला",
        "सिङ्गिङ बाउल",
        "3500.00",
        "NPR",
        P(
            "पाटनमा हातले पिटेर बनाइएको काँसको सिङ्गिङ बाउल। काठको डण्डा र कपडाको गद्दी सँगै आउँछ।",
            "व्यास १२ सेमी। सुख्खा कपडाले पुछ्नुहोस्।",
        ),
        {"सामग्री": ["काँस"], "व्यास": ["१२ सेमी"]},
        ("सिङ्गिङ बाउल", "हस्तनिर्मित"),
        ("घर > ध्यान",),
        weight=g(450),
        variants=single("PDK-SB12", "3500.00", g(450)),
    )
    t["T15"] = L(
        "Кочкор шырдагы, 100 x 150 см",
        "Ала-Тоо Кийиз",
        "Шырдак",
        "9800.00",
        "KGS",
        P(
            "Кочкордо кол менен тигилген шырдак. Кой жүнүнөн жасалган кийиз, кызыл жана кара "
            "түстө.",
            "Өлчөмү 100 x 150 см. Кургак тазалоо гана.",
        ),
        {"Материал": ["кой жүнү"], "Өлчөмү": ["100 x 150 см"], "Түсү": ["кызыл", "кара"]},
        ("кийиз", "кол менен жасалган"),
        ("Үй > Килемдер",),
        weight=g(2.4, "kg"),
        dimensions=dims(150, 100, None),
        variants=single("AK-SH-100", "9800.00", g(2.4, "kg")),
    )
    t["T16"] = L(
        "Isongo Lobuhlalu, Imibala Emithathu",
        "Ubuhle Beads",
        "Isongo",
        "180.00",
        "ZAR",
        P(
            "Isongo lobuhlalu olwenziwe ngesandla eMsinga, KwaZulu-Natal. Ubuhlalu bengilazi "
            "obumhlophe, obuluhlaza okwesibhakabhaka nobubomvu.",
            "Ubude buyi-18 cm. Lugcine lomile.",
        ),
        {"Okwenziwe ngakho": ["ubuhlalu bengilazi", "intambo yenayiloni"], "Ubude": ["18 cm"]},
        ("ubuhlalu", "kwenziwe ngesandla"),
        ("Ubucwebe > Izingongo",),
        weight=g(15),
        variants=single("UB-IS3", "180.00", g(15)),
    )
    t["T17"] = L(
        "Bowling Wrist Support, Adjustable",
        "Tenframe",
        "Wrist support",
        "32.00",
        "USD",
        P(
            "A wrist support with a steel stay that keeps the wrist straight at release. Hook and "
            "loop straps adjust to wrists from 14 to 19 cm.",
            "Worn on the bowling hand. Hand wash cold and air dry.",
        ),
        {"Material": ["neoprene", "steel stay"], "Fits wrist": ["14-19 cm"]},
        ("bowling", "tenpin"),
        ("Sports > Bowling",),
        options={"Hand": ["Right", "Left"]},
        variants=variants("TF-WS", {"Hand": ["Right", "Left"]}, ["32.00", "32.00"], g(85)),
        weight=g(85),
    )
    t["T18"] = L(
        "Hanging Hay Rack for Rabbits",
        "Burrowbank",
        "Hay rack",
        "16.00",
        "GBP",
        P(
            "A powder-coated steel hay rack that hooks onto cage or hutch mesh, keeping hay off "
            "the floor and clean.",
            "Holds about two handfuls of hay. 25 cm wide. Suits rabbits and guinea pigs.",
        ),
        {"Material": ["powder-coated steel"], "Width": ["25 cm"]},
        ("rabbits", "small pets"),
        ("Pets > Small animals",),
        weight=g(320),
        dimensions=dims(None, 25, 20),
        variants=single("BB-HAY", "16.00", g(320)),
    )
    t["T19"] = L(
        "Harbour Lights Jigsaw Puzzle, 1000 Pieces",
        "Tessellate Press",
        "Jigsaw puzzle",
        "22.00",
        "GBP",
        P(
            "A 1000-piece jigsaw of a harbour at dusk, cut from 2 mm recycled board. The finished "
            "puzzle is 68 x 48 cm.",
            "Comes with a poster of the picture. Printed in England.",
        ),
        {"Material": ["2 mm recycled board"], "Pieces": ["1000"], "Finished size": ["68 x 48 cm"]},
        ("jigsaw", "recycled board", "printed in england"),
        ("Games > Puzzles",),
        weight=g(650),
        variants=single("TP-HL1000", "22.00", g(650)),
    )
    t["T20"] = L(
        "Synthetic Fibre Shaving Brush, 24 mm Knot",
        "Lather & Lane",
        "Shaving brush",
        "34.00",
        "USD",
        P(
            "A shaving brush with a 24 mm knot of soft synthetic fibre and a resin handle. Builds "
            "lather from soap or cream.",
            "Vegan: no animal hair. Rinse and hang knot down to dry; stand sold separately.",
        ),
        {
            "Material": ["synthetic fibre", "resin handle"],
            "Knot size": ["24 mm"],
            "Loft": ["52 mm"],
        },
        ("shaving", "vegan"),
        ("Grooming > Shaving",),
        options={"Handle": ["Ivory", "Tortoise"]},
        variants=variants("LL-SB24", {"Handle": ["Ivory", "Tortoise"]}, ["34.00", "34.00"], g(70)),
        weight=g(70),
    )
    t["T21"] = L(
        "Feather Shuttlecocks, Tube of 12",
        "Netcourt",
        "Shuttlecocks",
        "31.00",
        "AUD",
        P(
            "Goose feather shuttlecocks with cork bases, for club play. Speed 77, suits most "
            "halls near sea level.",
            "A tube of 12. Keep the tube closed and out of heat so the feathers do not dry out.",
        ),
        {"Material": ["goose feather", "cork"], "Speed": ["77"], "Count": ["12"]},
        ("badminton",),
        ("Sports > Badminton",),
        weight=g(75),
        variants=single("NC-FS12", "31.00", g(75)),
    )
    t["T22"] = L(
        "Rechargeable Camp Lantern 300 lm",
        "Pinecamp",
        "Camping lantern",
        "45.00",
        "CAD",
        P(
            "A USB-C rechargeable lantern with three modes. Up to 300 lumens, and up to 40 hours "
            "on the low setting.",
            "IPX4 splash resistant: fine in rain, not for use under water. A hook and a fold-down "
            "handle.",
        ),
        {
            "Brightness": ["300 lm"],
            "Battery": ["4000 mAh lithium-ion"],
            "Water resistance": ["IPX4"],
        },
        ("camping", "usb-c"),
        ("Outdoors > Camping",),
        weight=g(260),
        dimensions=dims(None, 9, 15),
        variants=single("PC-LAN300", "45.00", g(260)),
    )
    t["T23"] = L(
        "Oyster Mushroom Grow Kit",
        "Sporecraft Farm",
        "Mushroom grow kit",
        "29.00",
        "USD",
        P(
            "A block of pasteurised straw already colonised with grey oyster mushroom. Cut the "
            "film, mist twice a day and the first flush is ready in about 10 to 14 days.",
            "Grown in Oregon. Keep indoors out of direct sun, between 15 and 24 °C.",
        ),
        {
            "Species": ["grey oyster (Pleurotus ostreatus)"],
            "Substrate": ["pasteurised straw"],
            "Block weight": ["2.5 kg"],
        },
        ("mushrooms", "grow kit"),
        ("Garden > Grow kits",),
        weight=g(2.5, "kg"),
        variants=single("SF-OYS", "29.00", g(2.5, "kg")),
    )
    t["T24"] = L(
        "Watercolour Half Pan Set, 24 Colours",
        "Brushfield Paints",
        "Watercolour set",
        "48.00",
        "EUR",
        P(
            "24 half pans of artist watercolour in a metal tin with a mixing lid.",
            "Gum arabic binder and lightfast pigments. Water brush not included.",
        ),
        {"Pans": ["24 half pans"], "Binder": ["gum arabic"], "Tin": ["metal"]},
        ("watercolour", "painting"),
        ("Art > Paint",),
        weight=g(310),
        variants=single("BP-WC24", "48.00", g(310)),
    )
    t["T25"] = L(
        "Cotton Muslin Swaddle, 120 x 120 cm",
        "Little Fern",
        "Swaddle blanket",
        "22.00",
        "NZD",
        P(
            "A light, breathable swaddle of 100% cotton muslin, 120 x 120 cm. Softens with every "
            "wash.",
            "Machine wash warm and tumble dry low. Always place baby on their back to sleep.",
        ),
        {"Material": ["100% cotton muslin"], "Size": ["120 x 120 cm"]},
        ("baby", "muslin"),
        ("Baby > Blankets",),
        options={"Pattern": ["Ferns", "Stars", "Plain oat"]},
        variants=variants(
            "LF-SW",
            {"Pattern": ["Ferns", "Stars", "Plain oat"]},
            ["22.00", "22.00", "20.00"],
            g(120),
        ),
        weight=g(120),
    )
    t["T26"] = L(
        "35 mm Film Develop and Scan by Post",
        "Darkroom Post",
        "Film developing service",
        "15.00",
        "GBP",
        P(
            "Send us your exposed 35 mm colour film (C-41) and we develop it and scan every "
            "frame. Scans are emailed within 7 working days of your roll arriving.",
            "Negatives are posted back for £2.50 a roll. We do not process slide (E-6) or "
            "black-and-white film.",
        ),
        {
            "Film": ["35 mm C-41 colour"],
            "Turnaround": ["7 working days"],
            "Scan size": ["3000 x 2000 px"],
        },
        ("film", "service"),
        ("Services > Photography",),
        variants=single("DP-C41", "15.00"),
        virtual=True,
    )
    t["T27"] = L(
        "Tea Towels Set of 3",
        "",
        "",
        "12.00",
        "USD",
        "",
        None,
        (),
        (),
        variants=single("TT3", "12.00", g(210)),
    )
    t["T28"] = L(
        "Coir Doormat 60 x 40 cm",
        "Thresholdly",
        "Doormat",
        "27.00",
        "EUR",
        P("TBD"),
        {"Material": ["coir"], "Size": ["60 x 40 cm"]},
        (),
        ("Home > Doormats",),
        weight=g(1.6, "kg"),
        variants=single("TH-COIR", "27.00", g(1.6, "kg")),
    )
    t["T29"] = L(
        "Home Bar Trio: Shaker, Jigger and Strainer",
        "Stirwell",
        "Cocktail tools",
        None,
        "USD",
        P(
            "Three stainless steel bar tools, each sold on its own: a 700 ml Boston shaker tin "
            "($24), a 30/45 ml jigger ($11) and a Hawthorne strainer ($14).",
            "Dishwasher safe.",
        ),
        {"Material": ["stainless steel"]},
        ("bar tools", "cocktails"),
        ("Kitchen > Bar",),
        kind="grouped",
        children=["Boston Shaker Tin 700 ml", "Double Jigger 30/45 ml", "Hawthorne Strainer"],
    )
    t["T30"] = L(
        "Polycarbonate Greenhouse 6 x 8 ft",
        "Glasshaven (partner)",
        "Greenhouse",
        "899.00",
        "USD",
        P(
            "A 6 x 8 ft greenhouse with 4 mm twin-wall polycarbonate panels and an aluminium "
            "frame, one roof vent and a sliding door. Sold, delivered and supported by our "
            "partner Glasshaven.",
            "Delivered flat-packed in 2 to 4 weeks. Self-assembly. Glasshaven's 10-year frame "
            "warranty. Base not included.",
        ),
        {"Panels": ["4 mm twin-wall polycarbonate"], "Frame": ["aluminium"], "Size": ["6 x 8 ft"]},
        ("greenhouse", "garden"),
        ("Garden > Greenhouses",),
        kind="external",
        external_url="https://glasshaven.example/greenhouse-6x8",
        button_text="Buy from Glasshaven",
        weight=g(62, "kg"),
        variants=single("GH-6X8", "899.00", g(62, "kg")),
    )
    for key, listing in t.items():
        listing["external_id"] = key
    return t


def main() -> None:
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(build(), f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
