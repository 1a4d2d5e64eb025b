"""Writes listings.json: the 30 invented listings T01..T30 of guardrails holdout set v50."""

import json
import os
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per option value of a single option: options = (name, [values])."""
    name, values = options
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
    return [" > ".join(names)]


def build():
    d: dict[str, dict[str, Any]] = {}
    d["T01"] = L(
        "Click-Pawl Fly Reel 5/6",
        "Alderbank",
        "Fly reel",
        "89.00",
        "USD",
        P(
            "A machined aluminium click-and-pawl reel for 5 and 6 weight lines.",
            "It holds a WF5 line with 75 m of backing. Rinse in fresh water after salt use.",
        ),
        {"Material": ["6061 aluminium"], "Line weight": ["5/6"], "Diameter": ["8.5 cm"]},
        ("fly fishing", "click and pawl"),
        _c("Fishing", "Reels"),
        variants=single("AB-R56", "89.00", g(140)),
        weight=g(140),
    )
    d["T02"] = L(
        "Rotary Cutter 45 mm",
        "Selvedge & Co",
        "Rotary cutter",
        "24.00",
        "GBP",
        P(
            "A 45 mm rotary cutter with a safety lock and a left- or right-hand blade guard.",
            "Cuts up to six layers of quilting cotton. One spare blade is in the box.",
        ),
        {"Blade": ["45 mm tungsten steel"], "Handle": ["ABS plastic"]},
        ("quilting", "sewing", "left or right handed"),
        _c("Sewing", "Cutting"),
        variants=single("SC-RC45", "24.00"),
    )
    d["T03"] = L(
        "Brass Ding Bicycle Bell",
        "Spokewise",
        "Bicycle bell",
        "16.00",
        "EUR",
        P(
            "A solid brass bell with a single striker that rings for about four seconds.",
            "The clamp fits handlebars from 22.2 to 25.4 mm.",
        ),
        {"Material": ["Brass"], "Bell diameter": ["55 mm"]},
        ("cycling", "brass"),
        _c("Cycling", "Accessories"),
        options={"Finish": ["Polished", "Matte black"]},
        variants=variants("SW-BB", ("Finish", ["Polished", "Matte black"]), ["16.00", "18.00"]),
    )
    d["T04"] = L(
        "Cordura Chalk Bag with Brush Loop",
        "Cragline",
        "Chalk bag",
        "29.00",
        "CAD",
        P(
            "A chalk bag of 500D Cordura with a fleece lining and a drawcord closure.",
            "It has a brush loop and a 25 mm webbing waist belt. Chalk is not included.",
        ),
        {"Material": ["500D Cordura"], "Lining": ["Fleece"]},
        ("climbing", "bouldering"),
        _c("Climbing", "Chalk"),
        options={"Colour": ["Sage", "Rust"]},
        variants=variants("CL-CB", ("Colour", ["Sage", "Rust"]), ["29.00", "29.00"]),
        dimensions=dims(None, 13, 17),
    )
    d["T05"] = L(
        "Twin Sponge Filter for Tanks up to 80 L",
        "Reefless",
        "Aquarium filter",
        "19.00",
        "AUD",
        P(
            "An air-driven twin sponge filter for freshwater tanks up to 80 litres.",
            "It needs an air pump, sold separately. Squeeze the sponges in tank water, never tap "
            "water.",
        ),
        {"Sponge": ["Medium foam"], "Tank size": ["Up to 80 L"]},
        ("aquarium", "shrimp safe", "freshwater"),
        _c("Aquarium", "Filtration"),
        variants=single("RL-TSF", "19.00"),
    )
    d["T06"] = L(
        "Six-Cavity Silicone Soap Mould",
        "Lyebrook",
        "Soap mould",
        "14.00",
        "USD",
        P(
            "A food-grade silicone mould with six rectangular cavities of 100 ml each.",
            "It takes cold-process soap and withstands 230 °C. Unmould after 48 hours.",
        ),
        {"Material": ["Food-grade silicone"], "Cavities": ["6 x 100 ml"]},
        ("soap making", "cold process"),
        _c("Crafts", "Soap making"),
        variants=single("LB-SM6", "14.00", g(310)),
    )
    d["T07"] = L(
        "Weathering Powder Set, 6 Earth Tones",
        "Gauge Forty",
        "Weathering powders",
        "21.00",
        "GBP",
        P(
            "Six 20 ml jars of pigment powder in earth tones for model railway weathering.",
            "Apply with a dry brush and fix with matt varnish. Not a toy: for ages 14 and up.",
        ),
        {"Contents": ["6 x 20 ml"]},
        ("model railway", "weathering", "00 gauge"),
        _c("Models", "Railway"),
        variants=single("GF-WP6", "21.00"),
    )
    d["T08"] = L(
        "Screw Cheese Press, 2 kg Hoop",
        "Curdwell",
        "Cheese press",
        "119.00",
        "USD",
        P(
            "A screw press of oiled beech with a stainless steel hoop that holds 2 kg of curd.",
            "A spring gauge shows the pressure up to 25 kg. Hand wash the hoop; oil the beech now "
            "and then.",
        ),
        {"Frame": ["Beech"], "Hoop": ["Stainless steel, 2 kg"]},
        ("cheese making", "hard cheese"),
        _c("Kitchen", "Cheese making"),
        variants=single("CW-SP2", "119.00", g(3.1, "kg")),
        weight=g(3.1, "kg"),
    )
    d["T09"] = L(
        "Walnut and Maple Chess Set, 45 cm Board",
        "Rookery Lane",
        "Chess set",
        "149.00",
        "USD",
        P(
            "A folding board of walnut and maple with 5 cm squares and weighted boxwood pieces.",
            "The king stands 8.5 cm tall. The pieces store inside the folded board.",
        ),
        {"Board": ["Walnut and maple"], "Pieces": ["Weighted boxwood"], "King height": ["8.5 cm"]},
        ("chess", "folding board"),
        _c("Games", "Chess"),
        variants=single("RL-CS45", "149.00", g(2.2, "kg")),
        dimensions=dims(45, 45, None),
    )
    d["T10"] = L(
        "Beech Embroidery Hoop",
        "Threadmoor",
        "Embroidery hoop",
        "7.00",
        "GBP",
        P(
            "A beech hoop with a brass screw that holds fabric taut while you stitch.",
            "The inner ring is wrapped-ready and sanded smooth.",
        ),
        {"Material": ["Beech", "Brass screw"]},
        ("embroidery", "cross stitch"),
        _c("Needlework", "Hoops"),
        options={"Diameter": ["15 cm", "20 cm", "25 cm"]},
        variants=variants(
            "TM-EH", ("Diameter", ["15 cm", "20 cm", "25 cm"]), ["7.00", "8.00", "10.00"]
        ),
    )
    d["T11"] = L(
        "Saunaämber ja kulp, lepp",
        "Leiliveski",
        "Saunaämber",
        "58.00",
        "EUR",
        P(
            "Lepapuust saunaämber (4 l) ja kulp, käsitsi valmistatud Võrumaal.",
            "Ämbril on roostevabast terasest sisu. Pärast kasutamist lase kuivada.",
        ),
        {"Materjal": ["Lepp", "Roostevaba teras"], "Maht": ["4 l"]},
        ("saun", "käsitöö", "Võrumaa"),
        _c("Saun", "Tarvikud"),
        variants=single("LV-SA4", "58.00", g(1.4, "kg")),
    )
    d["T12"] = L(
        "Lampara na Kapis, Bilog",
        "Liwanag Capiz",
        "Lampara",
        "2400.00",
        "PHP",
        P(
            "Lamparang gawa sa kapis na kabibe at kawayan, hinabi ng kamay sa Roxas, Capiz.",
            "Diyametro 30 cm. Hindi kasama ang bombilya; E27 na socket.",
        ),
        {"Materyal": ["Kapis", "Kawayan"], "Socket": ["E27"]},
        ("kapis", "gawang-kamay", "Capiz"),
        _c("Bahay", "Ilaw"),
        variants=single("LC-LB30", "2400.00"),
        dimensions=dims(None, 30, 30),
    )
    d["T13"] = L(
        "Paličkovaná čipka, obrúsok",
        "Čipkáreň Hron",
        "Čipka",
        "38.00",
        "EUR",
        P(
            "Ručne paličkovaný obrúsok z ľanovej nite, priemer 20 cm.",
            "Vyrobený v Banskej Bystrici. Prať ručne v studenej vode.",
        ),
        {"Materiál": ["Ľan"], "Priemer": ["20 cm"]},
        ("čipka", "ručná práca"),
        _c("Domov", "Textil"),
        options={"Farba": ["Biela", "Režná"]},
        variants=variants("CH-OB", ("Farba", ["Biela", "Režná"]), ["38.00", "38.00"]),
    )
    d["T14"] = L(
        "Gietyster Braairooster",
        "Karoo Kole",
        "Braairooster",
        "650.00",
        "ZAR",
        P(
            "'n Braairooster van gietyster, 50 x 30 cm, met twee houthandvatsels.",
            "Gemaak in Worcester. Olie dit na elke gebruik; nie vir die skottelgoedwasser nie.",
        ),
        {"Materiaal": ["Gietyster", "Kiaathout"]},
        ("braai", "gietyster"),
        _c("Buite", "Braai"),
        variants=single("KK-BR50", "650.00", g(4.2, "kg")),
        weight=g(4.2, "kg"),
        dimensions=dims(50, 30, None),
    )
    d["T15"] = L(
        "Torró d'Agramunt, 200 g",
        "Torroneria Segre",
        "Torró",
        "9.50",
        "EUR",
        P(
            "Torró dur d'ametlla i mel, fet a Agramunt.",
            "Ingredients: ametlla 60 %, mel, sucre, neula. Conté fruita seca.",
        ),
        {"Pes": ["200 g"], "Ametlla": ["60 %"]},
        ("torró", "ametlla", "mel"),
        _c("Alimentació", "Dolços"),
        variants=single("TS-TA200", "9.50", g(200)),
        weight=g(200),
    )
    d["T16"] = L(
        "Dzintara aproce, medus krāsa",
        "Jūras Zelts",
        "Aproce",
        "45.00",
        "EUR",
        P(
            "Aproce no slīpēta Baltijas dzintara uz elastīgas auklas.",
            "Izgatavota Liepājā. Dzintaru nemazgā ar ziepēm.",
        ),
        {"Materiāls": ["Baltijas dzintars"], "Garums": ["18 cm"]},
        ("dzintars", "rotaslietas"),
        _c("Rotas", "Aproces"),
        variants=single("JZ-AP18", "45.00", g(12)),
    )
    d["T17"] = L(
        "Street Wheels 54 mm 99A (Set of 4)",
        "Curbfeel",
        "Skateboard wheels",
        "42.00",
        "USD",
        P(
            "Four urethane wheels, 54 mm across and 99A hard, for street and park.",
            "Bearings are not included. The conical shape suits grinds.",
        ),
        {"Hardness": ["99A"], "Diameter": ["54 mm"]},
        ("skateboarding", "street"),
        _c("Skate", "Wheels"),
        options={"Colour": ["White", "Natural"]},
        variants=variants("CF-W54", ("Colour", ["White", "Natural"]), ["42.00", "42.00"]),
    )
    d["T18"] = L(
        "Bypass Secateurs 20 cm",
        "Rowan & Rake",
        "Secateurs",
        "36.00",
        "GBP",
        P(
            "Bypass secateurs with an SK5 steel blade that cuts stems up to 20 mm thick.",
            "The ash handles have a one-hand catch. Wipe sap off and oil the blade after use.",
        ),
        {"Blade": ["SK5 carbon steel"], "Handles": ["Ash"]},
        ("gardening", "pruning"),
        _c("Garden", "Pruning"),
        variants=single("RR-BS20", "36.00", g(260)),
        weight=g(260),
        dimensions=dims(20, None, None),
    )
    d["T19"] = L(
        "Sisal Cat Scratching Post 60 cm",
        "Whiskerworks",
        "Scratching post",
        "34.00",
        "USD",
        P(
            "A sisal-wrapped post 60 cm tall on a 35 x 35 cm base of pine board.",
            "The rope can be rewrapped. Assembly takes one bolt, included.",
        ),
        {"Rope": ["Sisal"], "Base": ["Pine board"]},
        ("cats", "scratching"),
        _c("Pets", "Cats"),
        variants=single("WW-SP60", "34.00", g(3.4, "kg")),
        dimensions=dims(35, 35, 60),
    )
    d["T20"] = L(
        "Hand Coffee Grinder, Conical Burr",
        "Kettle Hill",
        "Coffee grinder",
        "68.00",
        "USD",
        P(
            "A hand grinder with a 38 mm stainless steel conical burr and 18 click settings.",
            "The hopper holds 25 g of beans. Brush clean; do not wash the burr.",
        ),
        {"Burr": ["38 mm stainless steel"], "Capacity": ["25 g"]},
        ("coffee", "manual grinder"),
        _c("Coffee", "Grinders"),
        variants=single("KH-HG38", "68.00", g(490)),
        weight=g(490),
    )
    d["T21"] = L(
        "Resin Polyhedral Dice Set, 7 Pieces",
        "Natural Twenty Co",
        "Dice set",
        "18.00",
        "USD",
        P(
            "Seven resin dice: d4, d6, d8, two d10, d12 and d20, with inked numbers.",
            "Each set is poured by hand, so swirls vary. Choking hazard: not for under 3s.",
        ),
        {"Material": ["Resin"], "Pieces": ["7"]},
        ("tabletop", "rpg dice"),
        _c("Games", "Dice"),
        options={"Colour": ["Galaxy", "Moss"]},
        variants=variants("NT-DS7", ("Colour", ["Galaxy", "Moss"]), ["18.00", "18.00"]),
    )
    d["T22"] = L(
        "Goose Feather Shuttlecocks, Tube of 12",
        "Birdie Loft",
        "Shuttlecocks",
        "27.00",
        "GBP",
        P(
            "Twelve goose-feather shuttlecocks with cork bases, speed 77.",
            "For club and league play. Keep the tube in a cool, humid place.",
        ),
        {"Feathers": ["Goose"], "Base": ["Cork"], "Speed": ["77"]},
        ("badminton", "feather"),
        _c("Racket sports", "Badminton"),
        variants=single("BL-GF12", "27.00"),
    )
    d["T23"] = L(
        "Titanium Pot 750 ml with Lid",
        "Ridgefire",
        "Camping pot",
        "45.00",
        "USD",
        P(
            "A 750 ml pot of grade 1 titanium with a strainer lid and folding handles.",
            "It weighs 105 g and a 100 g gas canister nests inside.",
        ),
        {"Material": ["Grade 1 titanium"], "Capacity": ["750 ml"]},
        ("camping", "ultralight"),
        _c("Outdoor", "Cookware"),
        variants=single("RF-TP750", "45.00", g(105)),
        weight=g(105),
    )
    d["T24"] = L(
        "Tulip Bulbs 'Queen of Night', Pack of 10",
        "Bloomvault",
        "Flower bulbs",
        "12.00",
        "USD",
        P(
            "Ten size 12/+ bulbs of a late, deep maroon single tulip that grows 60 cm tall.",
            "Plant in autumn, 15 cm deep. Flowers in May.",
        ),
        {"Bulb size": ["12/+"], "Height": ["60 cm"]},
        ("tulips", "bulbs", "autumn planting"),
        _c("Garden", "Bulbs"),
        variants=single("BV-QN10", "12.00"),
    )
    d["T25"] = L(
        "Spring Capo for 6-String Guitar",
        "Fretwise",
        "Capo",
        "15.00",
        "USD",
        P(
            "A spring capo of aluminium alloy with silicone pads, for steel-string and "
            "electric guitars.",
            "Not for classical guitars with flat fretboards.",
        ),
        {"Material": ["Aluminium alloy", "Silicone"]},
        ("guitar", "capo"),
        _c("Music", "Guitar accessories"),
        options={"Colour": ["Black", "Silver"]},
        variants=variants("FW-SC", ("Colour", ["Black", "Silver"]), ["15.00", "15.00"]),
    )
    d["T26"] = L(
        "Knife Sharpening by Post",
        "Edgeworks",
        "Service",
        "8.00",
        "GBP",
        P(
            "Post us your knives and we sharpen them on whetstones: £8 a knife, serrated £10.",
            "Return postage is £6 per parcel. Knives go back within ten working days.",
        ),
        {"Method": ["Whetstone"]},
        ("service", "sharpening"),
        _c("Services", "Sharpening"),
        options={"Edge": ["Plain", "Serrated"]},
        variants=variants("EW-KS", ("Edge", ["Plain", "Serrated"]), ["8.00", "10.00"]),
    )
    d["T27"] = L(
        "Cotton Tea Towel",
        "",
        "",
        "6.00",
        "USD",
        "",
        variants=single("CTT", "6.00"),
    )
    d["T28"] = L(
        "Glass Storage Jar 1 L",
        "Pantryline",
        "Storage jar",
        "9.00",
        "EUR",
        P("TBD"),
        {"Capacity": ["1 L"]},
        variants=single("PL-GJ1", "9.00"),
    )
    d["T29"] = L(
        "Bread Baking Set",
        "Crumbhouse",
        "Baking set",
        "62.00",
        "USD",
        P("Three tools for a home loaf. Each is sold separately."),
        None,
        ("baking", "bread"),
        _c("Kitchen", "Baking"),
        children=[
            {
                "title": "Rattan Proving Basket 22 cm",
                "price": "24.00",
                "attributes": {"Material": ["Rattan"]},
            },
            {
                "title": "Steel Loaf Tin 900 g",
                "price": "26.00",
                "attributes": {"Material": ["Carbon steel"]},
            },
            {
                "title": "Flexible Dough Scraper",
                "price": "12.00",
                "attributes": {"Material": ["Polypropylene"]},
            },
        ],
        variants=[],
    )
    d["T30"] = L(
        "Inflatable Touring Kayak, 2-Person",
        "Paddlemark",
        "Kayak",
        "899.00",
        "USD",
        P(
            "Sold and shipped by our partner Paddlemark. A two-person drop-stitch kayak, 3.8 m "
            "long, for lakes and slow rivers.",
            "It carries up to 200 kg. Paddlemark covers the hull for two years.",
        ),
        {"Length": ["3.8 m"], "Max load": ["200 kg"]},
        ("kayak", "inflatable", "partner"),
        _c("Water sports", "Kayaks"),
        variants=single("PM-IK2", "899.00", g(16, "kg")),
        weight=g(16, "kg"),
    )
    for key, item in d.items():
        item["external_id"] = key
        item.setdefault("variants", [])
    return d


def main():
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(build(), f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
