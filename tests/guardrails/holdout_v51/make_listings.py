"""Build listings.json: the 30 invented listings of guardrails holdout v51."""

import json
import os
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per option combination; options is a list of (name, value) tuples per variant."""
    out = []
    for i, (combo, price) in enumerate(zip(options, prices, strict=True), 1):
        out.append(
            {
                "sku": f"{sku}-{i}",
                "title": " / ".join(v for _, v in combo),
                "price": price,
                "compare_at_price": compare,
                "options": dict(combo),
                "weight": weight,
                "external_id": f"{sku}-V{i}",
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
            "external_id": f"{sku}-V1",
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
    return [(("Colour", n),) for n in names]


def build():
    d: dict[str, dict[str, Any]] = {}
    d["T01"] = L(
        "Stainless Hive Tool 26 cm",
        "Larchcombe Apiary Supply",
        "Hive tool",
        "16.00",
        "USD",
        P(
            "A flat hive tool with a curved scraper at one end and a frame-lifting hook at the "
            "other.",
            "Forged from one piece of 3 mm stainless steel, 26 cm long, with a red powder-coated "
            "grip "
            "that is easy to spot in long grass.",
            "Between hives, scorch it in the smoker or scrub it in washing soda.",
        ),
        {"Material": ["stainless steel"], "Length": ["26 cm"], "Grip": ["red powder coat"]},
        ["beekeeping", "frame lifter"],
        ["Beekeeping > Hive Tools"],
        sku="LAS-HT26",
        variants=single("LAS-HT26", "16.00", g(110)),
        weight=g(110),
    )
    d["T02"] = L(
        "Oblique Pen Holder, Cherry Wood",
        "Inkwell & Quire",
        "Pen holder",
        "28.00",
        "GBP",
        P(
            "An oblique holder turned from cherry wood for pointed pen copperplate.",
            "The adjustable flange takes most standard nibs, including the Nikko G and the "
            "Leonardt Principal. For right-handed writers. 19 cm long.",
            "Nibs are not included.",
        ),
        {"Wood": ["cherry"], "Length": ["19 cm"], "Handedness": ["right-handed"]},
        ["calligraphy", "copperplate"],
        ["Stationery > Calligraphy"],
        options={"Flange": ["Brass", "Nickel"]},
        variants=variants(
            "IQ-OBL", [(("Flange", "Brass"),), (("Flange", "Nickel"),)], ["28.00", "26.00"], g(18)
        ),
        sku="IQ-OBL",
        weight=g(18),
    )
    d["T03"] = L(
        "Leather Arm Guard, Three Strap",
        "Fletchwood Archery",
        "Arm guard",
        "34.00",
        "USD",
        P(
            "An arm guard of vegetable-tanned cowhide, 18 cm long, with three elastic straps and "
            "brass buckles.",
            "It shields the inner forearm from string slap.",
            "Made in our workshop in Missoula, Montana.",
        ),
        {"Material": ["vegetable-tanned cowhide"], "Length": ["18 cm"], "Buckles": ["brass"]},
        ["archery", "traditional archery"],
        ["Archery > Protection"],
        options={"Colour": ["Tan", "Black"], "Size": ["Youth", "Adult"]},
        variants=variants(
            "FW-AG3",
            [
                (("Colour", "Tan"), ("Size", "Youth")),
                (("Colour", "Tan"), ("Size", "Adult")),
                (("Colour", "Black"), ("Size", "Youth")),
                (("Colour", "Black"), ("Size", "Adult")),
            ],
            ["30.00", "34.00", "30.00", "34.00"],
        ),
        sku="FW-AG3",
    )
    d["T04"] = L(
        "Cast Iron Banding Wheel 23 cm",
        "Kilnside Studio Tools",
        "Banding wheel",
        "89.00",
        "EUR",
        P(
            "A hand-turned banding wheel for decorating, trimming and glazing.",
            "The 23 cm cast iron head spins on a sealed ball bearing above a heavy cast iron base.",
            "Not made for throwing.",
        ),
        {"Material": ["cast iron"], "Head diameter": ["23 cm"], "Bearing": ["sealed ball bearing"]},
        ["pottery", "ceramics"],
        ["Pottery > Wheels"],
        sku="KST-BW23",
        variants=single("KST-BW23", "89.00", g(4.5, "kg")),
        weight=g(4.5, "kg"),
        dimensions=dims(None, 23, 9),
    )
    d["T05"] = L(
        "Copper Roof Seed Feeder, 4 Ports",
        "Hedgerow & Wren",
        "Bird feeder",
        "32.00",
        "GBP",
        P(
            "A hanging seed feeder with a clear polycarbonate tube, a copper-coloured aluminium "
            "roof "
            "and four feeding ports, each with a perch.",
            "Holds 1.2 litres of mixed seed. The base twists off for cleaning.",
            "The hanging chain is included; the pole is sold separately.",
        ),
        {
            "Capacity": ["1.2 litres"],
            "Ports": ["4"],
            "Tube": ["polycarbonate"],
            "Roof": ["aluminium"],
        },
        ["wild birds", "garden"],
        ["Garden > Bird Care"],
        sku="HW-SF4",
        variants=single("HW-SF4", "32.00", g(640)),
        weight=g(640),
        dimensions=dims(None, 14, 38),
    )
    d["T06"] = L(
        "Horsehair Finishing Brush",
        "Paddock Row Saddlery",
        "Grooming brush",
        "24.00",
        "USD",
        P(
            "A soft finishing brush of natural horsehair set in a beech wood back, with a leather "
            "hand strap.",
            "It lifts the last of the dust and brings up the shine after the dandy brush.",
            "Wash the bristles in lukewarm soapy water and dry them bristles down.",
        ),
        {"Bristles": ["horsehair"], "Back": ["beech wood"], "Length": ["17 cm", "21 cm"]},
        ["equestrian", "grooming"],
        ["Equestrian > Grooming"],
        options={"Size": ["Small", "Large"]},
        variants=variants(
            "PRS-FB", [(("Size", "Small"),), (("Size", "Large"),)], ["21.00", "24.00"]
        ),
        sku="PRS-FB",
    )
    d["T07"] = L(
        "Planisphere for 50° North",
        "Nightfall Optics",
        "Planisphere",
        "24.00",
        "CAD",
        P(
            "A rotating star chart for latitudes around 50° north.",
            "Set the date against the hour to see which stars and constellations are above the "
            "horizon. Printed on waterproof PVC, 25 cm across, with constellation lines that glow "
            "in the dark.",
        ),
        {"Latitude": ["50° N"], "Diameter": ["25 cm"], "Material": ["PVC"]},
        ["stargazing", "beginner"],
        ["Astronomy > Charts"],
        sku="NO-PL50",
        variants=single("NO-PL50", "24.00", g(120)),
        weight=g(120),
    )
    d["T08"] = L(
        "Triple Scale Hydrometer and Trial Jar",
        "Mashtun Brewing Supply",
        "Hydrometer",
        "22.00",
        "AUD",
        P(
            "A glass hydrometer with three scales (specific gravity 0.990 to 1.170, potential "
            "alcohol and Brix) and a 250 ml plastic trial jar.",
            "Calibrated at 20 °C. It comes in a protective tube.",
        ),
        {"Material": ["glass"], "Trial jar": ["250 ml plastic"], "Calibration": ["20 °C"]},
        ["home brewing", "beer", "wine"],
        ["Brewing > Testing"],
        sku="MBS-HYD3",
        variants=single("MBS-HYD3", "22.00", g(150)),
        weight=g(150),
    )
    d["T09"] = L(
        "Cork Yoga Block",
        "Stillwater Yoga Co",
        "Yoga block",
        "19.00",
        "USD",
        P(
            "A firm block of natural cork, 23 x 15 x 7.5 cm, with rounded edges.",
            "Cork keeps its grip even when your hands are damp. Sold singly.",
        ),
        {"Material": ["natural cork"]},
        ["yoga", "pilates"],
        ["Fitness > Yoga"],
        sku="SY-CB1",
        variants=single("SY-CB1", "19.00", g(650)),
        weight=g(650),
        dimensions=dims(23, 15, 7.5),
    )
    d["T10"] = L(
        "Rolled Leather Dog Lead 120 cm",
        "Barkley & Hound",
        "Dog lead",
        "36.00",
        "GBP",
        P(
            "A rolled bridle leather lead with a solid brass trigger hook and a padded handle "
            "loop.",
            "120 cm long and 10 mm thick, for medium and large dogs.",
            "Stitched by hand in Walsall.",
        ),
        {"Material": ["bridle leather"], "Hardware": ["solid brass"], "Length": ["120 cm"]},
        ["dog", "walking"],
        ["Pets > Dog > Leads"],
        options={"Colour": ["Chestnut", "Black"]},
        variants=variants("BH-RL120", _c("Chestnut", "Black"), ["36.00", "36.00"], g(160)),
        sku="BH-RL120",
    )
    d["T11"] = L(
        "Blanced Wlân Tapestri",
        "Gwehyddion Glan Teifi",
        "Blanced",
        "165.00",
        "GBP",
        P(
            "Blanced o wlân pur, wedi'i gwehyddu ar wŷdd yn Nrefach Felindre.",
            "Patrwm tapestri dwbl mewn llwyd a mwstard. 150 x 200 cm.",
            "Golchwch â llaw yn unig.",
        ),
        {"Deunydd": ["gwlân pur"], "Maint": ["150 x 200 cm"], "Lliw": ["llwyd a mwstard"]},
        ["gwlân", "cartref"],
        ["Cartref > Blancedi"],
        sku="GGT-BT1",
        variants=single("GGT-BT1", "165.00", g(1.6, "kg")),
        weight=g(1.6, "kg"),
    )
    d["T12"] = L(
        "Juodosios keramikos vaza",
        "Molio Kampas",
        "Vaza",
        "48.00",
        "EUR",
        P(
            "Rankomis žiesta juodosios keramikos vaza, išdegta malkine krosnimi Kėdainiuose.",
            "Aukštis 22 cm.",
            "Vaza neglazūruota, todėl į ją vandens pilti negalima.",
        ),
        {"Medžiaga": ["molis"], "Aukštis": ["22 cm"]},
        ["keramika", "dekoras"],
        ["Namai > Dekoras"],
        sku="MK-JV22",
        variants=single("MK-JV22", "48.00", g(900)),
        weight=g(900),
        dimensions=dims(None, 12, 22),
    )
    d["T13"] = L(
        "Štajersko bučno olje, 500 ml",
        "Kmetija Zelenjak",
        "Olje",
        "14.50",
        "EUR",
        P(
            "Pravo bučno olje iz praženih bučnih semen, stisnjeno na naši kmetiji pri Ptuju.",
            "Steklenica 500 ml.",
            "Ni za cvrtje; uporabite ga v solatah in na juhah.",
        ),
        {"Prostornina": ["500 ml"], "Poreklo": ["Ptuj"]},
        ["bučno olje", "kmetija"],
        ["Hrana > Olja"],
        sku="KZ-BO500",
        variants=single("KZ-BO500", "14.50", g(900)),
        weight=g(900),
    )
    d["T14"] = L(
        "Selendang Batik Tulis Sutra",
        "Rumah Canting Lestari",
        "Selendang",
        "850000.00",
        "IDR",
        P(
            "Selendang sutra dengan batik tulis tangan bermotif mega mendung, dikerjakan di "
            "Cirebon.",
            "Ukuran 180 x 50 cm, warna biru dan merah.",
            "Cuci dengan tangan memakai air dingin.",
        ),
        {"Bahan": ["sutra"], "Ukuran": ["180 x 50 cm"], "Warna": ["biru", "merah"]},
        ["batik", "sutra"],
        ["Fesyen > Selendang"],
        sku="RCL-SBT",
        variants=single("RCL-SBT", "850000.00", g(70)),
        weight=g(70),
    )
    d["T15"] = L(
        "Vrećice lavande s Hvara, set od 3",
        "Polje Modro",
        "Mirisna vrećica",
        "12.00",
        "EUR",
        P(
            "Tri pamučne vrećice punjene suhim cvijetom lavande, ručno ubrane na Hvaru.",
            "U svakoj je vrećici 20 g lavande.",
            "Miris traje oko šest mjeseci; protrljajte vrećicu da ga osvježite.",
        ),
        {"Sadržaj": ["3 vrećice"], "Punjenje": ["20 g lavande"], "Materijal": ["pamuk"]},
        ["lavanda", "Hvar"],
        ["Dom > Mirisi"],
        sku="PM-LV3",
        variants=single("PM-LV3", "12.00", g(75)),
        weight=g(75),
    )
    d["T16"] = L(
        "Huovutetut villatossut",
        "Tupa & Huopa",
        "Tossut",
        "59.00",
        "EUR",
        P(
            "Käsin huovutetut tossut suomalaisesta lampaanvillasta, pohjassa lateksinen liukueste.",
            "Väri harmaa. Valmistettu Kuopiossa.",
            "Pese käsin haaleassa vedessä.",
        ),
        {"Materiaali": ["lampaanvilla"], "Pohja": ["lateksi"], "Väri": ["harmaa"]},
        ["villa", "käsityö"],
        ["Kengät > Tossut"],
        options={"Koko": ["36-37", "38-39", "40-41", "42-43"]},
        variants=variants(
            "TH-VT", [(("Koko", s),) for s in ["36-37", "38-39", "40-41", "42-43"]], ["59.00"] * 4
        ),
        sku="TH-VT",
    )
    d["T17"] = L(
        "Straight Surf Leash 7 ft",
        "Swellhouse",
        "Surf leash",
        "45.00",
        "AUD",
        P(
            "A 7 ft straight leash for shortboards and fish in waves up to head high.",
            "6 mm urethane cord, double stainless steel swivels and a padded neoprene ankle cuff "
            "with a quick-release tab.",
        ),
        {"Length": ["7 ft"], "Cord": ["6 mm urethane"], "Swivels": ["stainless steel"]},
        ["surfing", "shortboard"],
        ["Surf > Leashes"],
        options={"Colour": ["Black", "Teal"]},
        variants=variants("SH-L7", _c("Black", "Teal"), ["45.00", "45.00"], g(180)),
        sku="SH-L7",
    )
    d["T18"] = L(
        "Indoor Putting Mat 3 m",
        "Fairway Den",
        "Putting mat",
        "79.00",
        "USD",
        P(
            "A putting mat 3 m long and 50 cm wide with a tight nylon turf that rolls at about 10 "
            "on the Stimpmeter.",
            "One regulation-size cup with a ball return ramp, and alignment lines every 50 cm.",
            "The rubber backing lies flat; roll it up to store it.",
        ),
        {"Turf": ["nylon"], "Size": ["300 x 50 cm"], "Backing": ["rubber"]},
        ["golf", "indoor"],
        ["Golf > Training"],
        sku="FD-PM3",
        variants=single("FD-PM3", "79.00", g(4.8, "kg")),
        weight=g(4.8, "kg"),
        dimensions=dims(300, 50, None),
    )
    d["T19"] = L(
        "Muslin Swaddle Blanket, Pack of 2",
        "Little Fernleaf",
        "Swaddle",
        "32.00",
        "USD",
        P(
            "Two swaddles of organic cotton muslin, 120 x 120 cm each, that get softer with "
            "every wash.",
            "GOTS certified. Machine wash at 30 °C.",
        ),
        {
            "Material": ["organic cotton muslin"],
            "Size": ["120 x 120 cm"],
            "Certification": ["GOTS"],
        },
        ["baby", "organic cotton"],
        ["Baby > Swaddles"],
        options={"Print": ["Sage Leaves", "Oat Dots"]},
        variants=variants(
            "LF-SW2",
            [(("Print", "Sage Leaves"),), (("Print", "Oat Dots"),)],
            ["32.00", "32.00"],
            g(260),
        ),
        sku="LF-SW2",
    )
    d["T20"] = L(
        "Padded Camera Strap, Waxed Canvas",
        "Aperture & Field",
        "Camera strap",
        "42.00",
        "USD",
        P(
            "A 38 mm strap of waxed cotton canvas with leather ends and a padded shoulder section.",
            "It adjusts from 95 to 145 cm and holds up to 2 kg.",
            "For cameras with split-ring lugs; split rings are included.",
        ),
        {"Width": ["38 mm"], "Material": ["waxed cotton canvas", "leather"]},
        ["photography", "strap"],
        ["Photography > Straps"],
        options={"Colour": ["Olive", "Navy"]},
        variants=variants("AF-CS38", _c("Olive", "Navy"), ["42.00", "42.00"], g(140)),
        sku="AF-CS38",
    )
    d["T21"] = L(
        "1000-Piece Jigsaw Puzzle, Harbour at Dusk",
        "Cornerpiece Puzzles",
        "Jigsaw puzzle",
        "22.00",
        "GBP",
        P(
            "A 1000-piece puzzle of a painted harbour at dusk, 68 x 48 cm when finished.",
            "The pieces are cut from 2 mm recycled board, and a poster of the picture is in the "
            "box.",
            "Ages 12 and up.",
        ),
        {"Pieces": ["1000"], "Finished size": ["68 x 48 cm"], "Board": ["2 mm recycled board"]},
        ["jigsaw", "puzzle"],
        ["Games > Puzzles"],
        sku="CP-HD1000",
        variants=single("CP-HD1000", "22.00", g(700)),
        weight=g(700),
    )
    d["T22"] = L(
        "Reflective Running Vest",
        "Nightstride",
        "Hi-vis vest",
        "29.00",
        "EUR",
        P(
            "A light mesh vest in fluorescent yellow with reflective bands front and back and an "
            "adjustable elastic waist.",
            "It weighs 90 g. The zipped chest pocket takes a key and a couple of cards.",
        ),
        {"Material": ["polyester mesh"], "Weight": ["90 g"]},
        ["running", "hi-vis"],
        ["Running > Safety"],
        options={"Size": ["S/M", "L/XL"], "Colour": ["Fluorescent yellow"]},
        variants=variants(
            "NS-RV",
            [
                (("Size", "S/M"), ("Colour", "Fluorescent yellow")),
                (("Size", "L/XL"), ("Colour", "Fluorescent yellow")),
            ],
            ["29.00", "29.00"],
            g(90),
        ),
        sku="NS-RV",
        weight=g(90),
    )
    d["T23"] = L(
        "Kitchen Compost Caddy 5 L",
        "Peat & Peel",
        "Compost caddy",
        "26.00",
        "GBP",
        P(
            "A 5 litre caddy of powder-coated steel with a hinged lid and a replaceable charcoal "
            "filter that keeps smells in.",
            "One filter comes with it; refills in packs of three are sold separately.",
            "Wipe it clean; it is not dishwasher safe.",
        ),
        {"Capacity": ["5 litres"], "Material": ["powder-coated steel"]},
        ["compost", "kitchen"],
        ["Kitchen > Waste"],
        options={"Colour": ["Charcoal", "Cream"]},
        variants=variants("PP-CC5", _c("Charcoal", "Cream"), ["26.00", "26.00"], g(1.1, "kg")),
        sku="PP-CC5",
        weight=g(1.1, "kg"),
    )
    d["T24"] = L(
        "Terracotta Pot with Saucer",
        "Potting Bench Co",
        "Plant pot",
        "18.00",
        "USD",
        P(
            "An unglazed terracotta pot with a drainage hole and a matching saucer.",
            "Made in Impruneta, Italy.",
            "It is not frost proof, so bring it indoors for the winter.",
        ),
        {"Material": ["unglazed terracotta"], "Diameter": ["13 cm", "17 cm"]},
        ["houseplants", "terracotta"],
        ["Garden > Pots"],
        options={"Size": ["13 cm", "17 cm"]},
        variants=variants(
            "PB-TP", [(("Size", "13 cm"),), (("Size", "17 cm"),)], ["14.00", "18.00"]
        ),
        sku="PB-TP",
    )
    d["T25"] = L(
        "Hickory Drumsticks 5A, 2 Pairs",
        "Rimshot Works",
        "Drumsticks",
        "26.00",
        "USD",
        P(
            "Two pairs of 5A sticks turned from American hickory, 406 mm long, with a wood "
            "teardrop tip.",
            "The grip is left unlacquered. Each pair is matched for weight and pitch.",
        ),
        {
            "Wood": ["American hickory"],
            "Length": ["406 mm"],
            "Tip": ["wood teardrop"],
            "Size": ["5A"],
        },
        ["drums", "sticks"],
        ["Music > Drums > Sticks"],
        sku="RW-5A2",
        variants=single("RW-5A2", "26.00", g(180)),
        weight=g(180),
    )
    d["T26"] = L(
        "Shoe Resoling by Post",
        "Cobbler's Bench Mail Repairs",
        "Repair service",
        "65.00",
        "GBP",
        P(
            "Send us your welted leather shoes and we fit new soles and heels, in leather or "
            "rubber.",
            "We return them within three weeks of arrival. Return postage by tracked courier "
            "is £8.",
            "We cannot resole glued (cemented) trainers.",
        ),
        {"Soles": ["leather", "rubber"], "Turnaround": ["three weeks"]},
        ["shoe repair", "service"],
        ["Services > Repairs"],
        options={"Sole": ["Leather", "Rubber"]},
        variants=variants(
            "CB-RS", [(("Sole", "Leather"),), (("Sole", "Rubber"),)], ["65.00", "55.00"]
        ),
        sku="CB-RS",
    )
    d["T27"] = {
        "title": "Ribbed Wool Beanie",
        "price": "20.00",
        "currency": "USD",
        "variants": single("RWB-1", "20.00"),
    }
    d["T28"] = L(
        "Wooden Coat Hanger, Set of 5",
        "Homestead Hall",
        "Coat hanger",
        "15.00",
        "EUR",
        "<p>Coming soon</p>",
        {"Wood": ["beech"], "Pieces": ["5"]},
        ["wardrobe"],
        ["Home > Storage"],
        sku="HH-CH5",
        variants=single("HH-CH5", "15.00", g(800)),
        weight=g(800),
    )
    d["T29"] = L(
        "Wet Shaving Starter Set",
        "Lather & Blade",
        "Shaving set",
        "76.00",
        "USD",
        P(
            "Three pieces for a traditional wet shave: a double edge safety razor, a synthetic "
            "brush and a stoneware lather bowl.",
            "Every piece can also be bought by itself. Razor blades are not included.",
        ),
        {},
        ["shaving", "grooming"],
        ["Grooming > Shaving"],
        sku="LB-WSS",
        variants=single("LB-WSS", "76.00"),
        children=[
            {
                "title": "Double Edge Safety Razor",
                "price": "38.00",
                "attributes": {"Material": ["chrome-plated brass"]},
            },
            {
                "title": "Synthetic Shaving Brush",
                "price": "22.00",
                "attributes": {"Knot": ["synthetic fibre, 24 mm"]},
            },
            {
                "title": "Stoneware Lather Bowl",
                "price": "16.00",
                "attributes": {"Material": ["stoneware"]},
            },
        ],
    )
    d["T30"] = L(
        "Garden Trampoline 3.05 m with Safety Net",
        "Bounceyard",
        "Trampoline",
        "399.00",
        "USD",
        P(
            "Sold and delivered by our partner Bounceyard; the order goes to them.",
            "A round 3.05 m (10 ft) trampoline with a safety net and a galvanised steel frame, for "
            "one jumper at a time up to 100 kg.",
            "Bounceyard covers the frame for three years. Two adults assemble it in about three "
            "hours.",
        ),
        {"Diameter": ["3.05 m"], "Frame": ["galvanised steel"], "Max user weight": ["100 kg"]},
        ["trampoline", "partner"],
        ["Outdoor > Play"],
        sku="BY-T10",
        variants=single("BY-T10", "399.00", g(62, "kg")),
        weight=g(62, "kg"),
    )
    for key, listing in d.items():
        listing["external_id"] = key
    return d


LISTINGS = build()


def main():
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(LISTINGS, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
