"""Write listings.json for guardrails holdout v57: 30 invented listings, T01..T30.

Every vendor, product, figure and sentence here was made up for this set by gset57.
Run from this folder:  python make_listings.py
"""

import json
import os
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per option value: options = (name, [values]), prices one a value."""
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


def P(*paras):
    return "".join(f"<p>{p}</p>" for p in paras)


def dims(length, width, height, unit="cm"):
    return {"length": length, "width": width, "height": height, "unit": unit}


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


def build():
    t: dict[str, dict[str, Any]] = {}
    t["T01"] = L(
        "Flat Hive Tool 26 cm",
        "Linden Row Apiary",
        "Hive tool",
        "18.00",
        "USD",
        P(
            "A flat hive tool for prising apart frames and scraping propolis from boxes.",
            "Forged from spring steel in Asheville, North Carolina, with a painted yellow grip "
            "so it is easy to spot in the grass.",
            "Wash off wax with hot water and dry it before storing.",
        ),
        {
            "Material": ["spring steel"],
            "Length": ["26 cm"],
            "Origin": ["Asheville, North Carolina"],
        },
        tags=["beekeeping", "made in usa"],
        cats=["Beekeeping > Tools"],
        weight=g(140),
        dimensions=dims(26, 3.5, 0.4),
        variants=single("LRA-HT26", "18.00", g(140)),
    )
    t["T02"] = L(
        "Concave Branch Cutter 21 cm",
        "Kiriko Garden Tools",
        "Bonsai cutter",
        "46.00",
        "GBP",
        P(
            "A concave cutter that leaves a shallow hollow where a branch is removed, so the "
            "wound heals flat against the trunk.",
            "Carbon steel jaws with a black oxide finish. Cuts branches up to 8 mm thick.",
            "Carbon steel can rust: wipe the jaws dry after use and oil them now and then. "
            "Not for wire or roots with soil on them.",
        ),
        {"Material": ["carbon steel"], "Length": ["21 cm"], "Cutting capacity": ["8 mm"]},
        tags=["bonsai", "carbon steel"],
        cats=["Garden > Bonsai tools"],
        weight=g(190),
        variants=single("KGT-CC21", "46.00", g(190)),
    )
    t["T03"] = L(
        "Pistol-Grip Glass Cutter",
        "Leadline Studio Supply",
        "Glass cutter",
        "32.00",
        "CAD",
        P(
            "An oil-fed glass cutter for stained glass work, with a tungsten carbide wheel and "
            "a refillable reservoir in the handle.",
            "For art glass from 2 to 6 mm thick. The reservoir holds about 5 ml of cutting oil; "
            "oil is not included.",
        ),
        {"Wheel": ["tungsten carbide"], "Glass thickness": ["2-6 mm"], "Reservoir": ["5 ml"]},
        tags=["stained glass", "oil-fed"],
        cats=["Crafts > Stained glass"],
        weight=g(85),
        variants=single("LSS-PG1", "32.00", g(85)),
    )
    t["T04"] = L(
        "Self-Healing Cutting Mat A2",
        "Patchwell",
        "Cutting mat",
        "39.00",
        "EUR",
        P(
            "A three-layer self-healing mat for rotary cutters, printed with a 1 inch grid on one "
            "side and a 1 cm grid on the other.",
            "Size A2, 60 x 45 cm, 3 mm thick. Keep it flat and away from "
            "heat; it warps above 40 °C.",
        ),
        {"Size": ["A2"], "Thickness": ["3 mm"], "Material": ["PVC"]},
        options={"Colour": ["Green", "Grey"]},
        tags=["quilting", "rotary cutting"],
        cats=["Sewing > Quilting"],
        dimensions=dims(60, 45, 0.3),
        variants=variants("PW-A2", ("Colour", ["Green", "Grey"]), ["39.00", "39.00"], g(1300)),
        weight=g(1300),
    )
    t["T05"] = L(
        "Coiled Paddle Leash",
        "Tasman Reach Outfitters",
        "Paddle leash",
        "29.00",
        "NZD",
        P(
            "A coiled leash that ties your kayak paddle to the deck line so it stays with the "
            "boat if you let go.",
            "Stretches from 60 cm to 150 cm. Hook-and-loop cuff for the shaft, stainless steel "
            "clip for the deck line.",
            "Rinse in fresh water after use in the sea.",
        ),
        {"Length": ["60-150 cm"], "Clip": ["stainless steel"]},
        options={"Colour": ["Orange", "Black"]},
        tags=["kayaking", "sea kayak"],
        cats=["Water sports > Kayaking"],
        weight=g(110),
        variants=variants("TRO-PL", ("Colour", ["Orange", "Black"]), ["29.00", "29.00"], g(110)),
    )
    t["T06"] = L(
        "Red Light Star Chart Torch",
        "Nightglass Optics",
        "Astronomy torch",
        "34.00",
        "AUD",
        P(
            "A small torch with a deep red LED that lets you read star charts without losing "
            "your night vision.",
            "Brightness turns down with a dial. Runs on two AAA batteries (not included) for about "
            "30 hours.",
        ),
        {"Light": ["red LED"], "Batteries": ["2 x AAA"], "Run time": ["30 hours"]},
        tags=["astronomy", "stargazing"],
        cats=["Outdoors > Astronomy"],
        weight=g(60),
        variants=single("NGO-RT1", "34.00", g(60)),
    )
    t["T07"] = L(
        "Cedar Nest Box for Small Birds",
        "Hedgerow & Wren",
        "Nest box",
        "27.50",
        "GBP",
        P(
            "A nest box of untreated western red cedar with a 28 mm entrance hole, the size "
            "blue tits and coal tits use.",
            "The roof lifts off for cleaning in autumn. Fix it 2 to 4 metres up, facing between "
            "north and east, out of strong sun.",
            "Made in Shropshire.",
        ),
        {"Material": ["western red cedar"], "Entrance hole": ["28 mm"], "Origin": ["Shropshire"]},
        tags=["birdwatching", "wildlife garden", "untreated"],
        cats=["Garden > Wildlife"],
        dimensions=dims(15, 14, 24),
        weight=g(1100),
        variants=single("HW-NB28", "27.50", g(1100)),
    )
    t["T08"] = L(
        "Bamboo Matcha Whisk, 100 Prongs",
        "Steep Hollow Tea",
        "Matcha whisk",
        "21.00",
        "USD",
        P(
            "A whisk cut from one piece of bamboo, with 100 fine prongs "
            "for whisking matcha to a foam.",
            "Soak it in warm water for a minute before use so the prongs soften. Rinse only, "
            "without soap, and let it dry on a stand.",
            "Stand sold separately.",
        ),
        {"Material": ["bamboo"], "Prongs": ["100"]},
        tags=["tea", "matcha"],
        cats=["Tea > Matcha tools"],
        weight=g(20),
        variants=single("SHT-W100", "21.00", g(20)),
    )
    t["T09"] = L(
        "Glass Hydrometer and Trial Jar",
        "Copperwort Homebrew",
        "Hydrometer",
        "16.00",
        "USD",
        P(
            "A glass hydrometer reading specific gravity from 0.990 to 1.170, with a plastic trial "
            "jar to float it in.",
            "Calibrated at 20 °C. Use it to work out the strength of beer, cider or wine.",
            "Glass: handle with care. It is not for hot wort; cool the sample first.",
        ),
        {"Range": ["0.990-1.170"], "Calibration": ["20 °C"], "Material": ["glass", "plastic jar"]},
        tags=["homebrewing", "beer"],
        cats=["Homebrew > Testing"],
        weight=g(150),
        variants=single("CWH-HY1", "16.00", g(150)),
    )
    t["T10"] = L(
        "Juggling Balls, Set of 3",
        "Kettle & Cascade",
        "Juggling balls",
        "19.00",
        "EUR",
        P(
            "Three soft juggling balls that stay where they land, filled "
            "with millet and covered in "
            "faux suede.",
            "Each ball is 65 mm across and weighs 120 g.",
        ),
        {"Filling": ["millet"], "Cover": ["faux suede"], "Diameter": ["65 mm"]},
        options={"Colour": ["Red", "Yellow", "Blue"]},
        tags=["juggling", "circus skills"],
        cats=["Toys & games > Circus"],
        weight=g(360),
        variants=variants(
            "KC-JB3", ("Colour", ["Red", "Yellow", "Blue"]), ["19.00", "19.00", "19.00"], g(360)
        ),
    )
    # T11-T16: six shops writing wholly in their own language.
    t["T11"] = L(
        "Домбыра ішектері, 2 дана",
        "Сазды Дала",
        "Домбыра ішегі",
        "4500.00",
        "KZT",
        P(
            "Екі ішекті домбыраға арналған нейлон ішектер жиынтығы.",
            "Ұзындығы 110 см. Алматыда оралған.",
            "Ішекті ауыстырғаннан кейін бірнеше күн бойы қайта күйге келтіріңіз.",
        ),
        {"Материал": ["нейлон"], "Ұзындығы": ["110 см"], "Шыққан жері": ["Алматы"]},
        tags=["домбыра", "ішектер"],
        cats=["Музыка > Ішектер"],
        weight=g(15),
        variants=single("SD-DI2", "4500.00", g(15)),
    )
    t["T12"] = L(
        "પતંગની ફીરકી, લાકડાની",
        "ઉત્તરાયણ હાટ",
        "ફીરકી",
        "350.00",
        "INR",
        P(
            "સાગના લાકડામાંથી બનેલી હાથથી ફેરવવાની પતંગની ફીરકી.",
            "ખંભાતમાં બનાવેલી. દોરી સાથે આવતી નથી.",
        ),
        {"સામગ્રી": ["સાગનું લાકડું"], "મૂળ": ["ખંભાત"]},
        tags=["પતંગ", "ઉત્તરાયણ"],
        cats=["તહેવાર > પતંગ"],
        weight=g(400),
        variants=single("UH-FK1", "350.00", g(400)),
    )
    t["T13"] = L(
        "කොළම් වෙස් මුහුණ, කුඩා",
        "අම්බලන්ගොඩ කලා නිවස",
        "වෙස් මුහුණ",
        "8500.00",
        "LKR",
        P(
            "කදුරු ලීයෙන් අතින් කැටයම් කළ කුඩා කොළම් වෙස් මුහුණකි.",
            "උස සෙන්ටිමීටර 20 කි. අම්බලන්ගොඩ දී සාදන ලදී. බිත්තියේ එල්ලීමට පමණි.",
        ),
        {"ද්‍රව්‍යය": ["කදුරු ලී"], "උස": ["20 cm"], "නිෂ්පාදිත ස්ථානය": ["අම්බලන්ගොඩ"]},
        tags=["වෙස් මුහුණු", "අත්කම්"],
        cats=["අලංකරණ > වෙස් මුහුණු"],
        weight=g(300),
        dimensions=dims(None, 14, 20),
        variants=single("AKN-KM1", "8500.00", g(300)),
    )
    t["T14"] = L(
        "ស្ករត្នោតកំពង់ស្ពឺ ៥០០ក្រាម",
        "ផ្ទះស្ករត្នោត",
        "ស្ករត្នោត",
        "4.50",
        "USD",
        P(
            "ស្ករត្នោតធម្មជាតិ ធ្វើពីទឹកត្នោតនៅខេត្តកំពង់ស្ពឺ។",
            "ទម្ងន់ ៥០០ ក្រាម។ រក្សាទុកក្នុងកន្លែងស្ងួត។",
        ),
        {"ទម្ងន់": ["500 g"], "ប្រភព": ["កំពង់ស្ពឺ"]},
        tags=["ស្ករត្នោត"],
        cats=["អាហារ > ស្ករ"],
        weight=g(500),
        variants=single("PSP-500", "4.50", g(500)),
    )
    t["T15"] = L(
        "የሸክላ ጀበና",
        "ቡና ቤት ሸክላ",
        "ጀበና",
        "650.00",
        "ETB",
        P(
            "ለቡና ማፍያ የሚሆን በእጅ የተሰራ የሸክላ ጀበና።",
            "1 ሊትር ይይዛል። በጎጃም የተሰራ። በእሳት ላይ ቀስ ብሎ ያሙቁ።",
        ),
        {"ቁሳቁስ": ["ሸክላ"], "መጠን": ["1 L"], "የተሰራበት": ["ጎጃም"]},
        tags=["ቡና", "ጀበና"],
        cats=["ወጥ ቤት > ቡና"],
        weight=g(900),
        variants=single("BBS-JB1", "650.00", g(900)),
    )
    t["T16"] = L(
        "Домаћи ајвар, тегла 350 г",
        "Лесковачка башта",
        "Ајвар",
        "690.00",
        "RSD",
        P(
            "Ајвар од печене црвене паприке и плавог патлиџана, без конзерванса.",
            "Тегла од 350 г. Направљено у Лесковцу. После отварања чувати у фрижидеру.",
        ),
        {
            "Састав": ["црвена паприка", "плави патлиџан"],
            "Маса": ["350 г"],
            "Порекло": ["Лесковац"],
        },
        tags=["ајвар", "без конзерванса"],
        cats=["Храна > Зимница"],
        weight=g(350),
        variants=single("LB-AJ350", "690.00", g(350)),
    )
    t["T17"] = L(
        "Steel-Tip Darts, 22 g, Set of 3",
        "Oche Line",
        "Darts",
        "44.00",
        "USD",
        P(
            "Three steel-tip darts with 90% tungsten barrels, 22 g each.",
            "Comes with nylon shafts, standard flights and a zip case.",
            "For bristle boards only; not for electronic soft-tip boards.",
        ),
        {"Barrel": ["90% tungsten"], "Weight": ["22 g"]},
        tags=["darts", "steel tip"],
        cats=["Sports > Darts"],
        weight=g(120),
        variants=single("OL-ST22", "44.00", g(120)),
    )
    t["T18"] = L(
        "Galvanised Poultry Feeder 6 kg",
        "Pullet Yard",
        "Poultry feeder",
        "38.00",
        "GBP",
        P(
            "A hanging feeder of galvanised steel that holds 6 kg of pellets, enough for six hens "
            "for about a week.",
            "The rain hood keeps feed dry. Hang it 15 cm off the ground.",
            "For pellets and mash; not for whole corn.",
        ),
        {"Material": ["galvanised steel"], "Capacity": ["6 kg"]},
        tags=["poultry", "chickens"],
        cats=["Smallholding > Poultry"],
        weight=g(2.1, "kg"),
        variants=single("PY-GF6", "38.00", g(2.1, "kg")),
    )
    t["T19"] = L(
        "Origami Paper, 15 cm, 200 Sheets",
        "Foldhouse",
        "Origami paper",
        "12.00",
        "USD",
        P(
            "200 square sheets of 70 gsm kami, 15 x 15 cm, in 20 colours, coloured on one side.",
        ),
        {"Sheet size": ["15 x 15 cm"], "Weight": ["70 gsm"], "Sheets": ["200"], "Colours": ["20"]},
        tags=["origami", "paper crafts"],
        cats=["Crafts > Paper"],
        weight=g(330),
        variants=single("FH-OP200", "12.00", g(330)),
    )
    t["T20"] = L(
        "Track Cleaning Block, OO Gauge",
        "Branchline Models",
        "Track cleaner",
        "7.50",
        "GBP",
        P(
            "An abrasive rubber block that lifts dirt and oxide from model railway rails so "
            "locomotives run smoothly.",
            "For OO and HO gauge track. Do not use on code 40 or finer rail.",
        ),
        {"Material": ["abrasive rubber"], "Gauge": ["OO", "HO"]},
        tags=["model railway", "oo gauge"],
        cats=["Hobbies > Model railways"],
        weight=g(40),
        dimensions=dims(8, 3, 2),
        variants=single("BLM-TC1", "7.50", g(40)),
    )
    t["T21"] = L(
        "ABEC 7 Skateboard Bearings, Set of 8",
        "Kerbline Skate Co.",
        "Skateboard bearings",
        "24.00",
        "AUD",
        P(
            "Eight 608 bearings with chrome steel balls and removable rubber shields, for two "
            "skateboard trucks.",
            "Spacers are not included. Clean them with a citrus cleaner, never with water.",
        ),
        {"Size": ["608"], "Balls": ["chrome steel"], "Rating": ["ABEC 7"]},
        tags=["skateboarding", "bearings"],
        cats=["Skate > Parts"],
        weight=g(100),
        variants=single("KSC-B8", "24.00", g(100)),
    )
    t["T22"] = L(
        "Lens Cleaning Kit",
        "Aperture North",
        "Lens cleaning kit",
        "650.00",
        "ZAR",
        P(
            "A blower, a soft brush, a microfibre cloth and 30 ml of alcohol-free cleaning fluid "
            "in a zip pouch.",
            "For camera lenses, filters and viewfinders. Do not use on the camera sensor.",
        ),
        {"Fluid": ["30 ml, alcohol-free"], "Cloth": ["microfibre"]},
        tags=["photography", "lens care"],
        cats=["Cameras > Cleaning"],
        weight=g(180),
        variants=single("APN-LK1", "650.00", g(180)),
    )
    t["T23"] = L(
        "Trail Running Vest 8 L",
        "Switchback Running",
        "Running vest",
        "89.00",
        "USD",
        P(
            "A close-fitting vest with 8 litres of storage and two front pockets for soft flasks.",
            "Flasks are not included. Sternum straps adjust with a slider.",
            "Hand wash in cold water and hang to dry.",
        ),
        {"Volume": ["8 L"], "Material": ["nylon mesh"]},
        options={"Size": ["S", "M", "L"]},
        tags=["trail running"],
        cats=["Running > Packs"],
        weight=g(240),
        variants=variants("SR-V8", ("Size", ["S", "M", "L"]), ["89.00", "89.00", "89.00"], g(240)),
    )
    t["T24"] = L(
        "Figure Skate Blade Guards",
        "Rinkside",
        "Blade guards",
        "22.00",
        "CAD",
        P(
            "A pair of hard plastic guards that protect figure skate "
            "blades when you walk off the ice.",
            "Spring-loaded to fit blades from 23 to 30 cm. Take them off before storing so the "
            "blades can dry.",
        ),
        {"Material": ["plastic"], "Fits blades": ["23-30 cm"]},
        options={"Colour": ["Purple", "White", "Black"]},
        tags=["figure skating"],
        cats=["Winter sports > Skating"],
        weight=g(150),
        variants=variants(
            "RS-BG", ("Colour", ["Purple", "White", "Black"]), ["22.00", "22.00", "22.00"], g(150)
        ),
    )
    t["T25"] = L(
        "Table Tennis Bat, 5-Ply",
        "Topspin Hall",
        "Table tennis bat",
        "58.00",
        "EUR",
        P(
            "A bat with a five-ply wooden blade, flared handle and 2.0 "
            "mm sponge under both rubbers.",
            "Red rubber on one side, black on the other. "
            "Keep it in its cover and away from direct sun.",
        ),
        {"Blade": ["5-ply wood"], "Sponge": ["2.0 mm"]},
        tags=["table tennis"],
        cats=["Sports > Table tennis"],
        weight=g(175),
        variants=single("TH-B5", "58.00", g(175)),
    )
    t["T26"] = L(
        "Record Cleaning by Post, per LP",
        "Groove Wash",
        "Record cleaning service",
        "4.00",
        "GBP",
        P(
            "Post us your vinyl and we clean each record on an ultrasonic machine, dry it and "
            "return it in a new inner sleeve.",
            "£4 per LP, 10 records minimum. We return them within 10 working days. Return "
            "postage is £7 for up to 30 records.",
            "Cracked or warped records are sent back uncleaned.",
        ),
        {"Turnaround": ["10 working days"], "Minimum": ["10 records"]},
        tags=["vinyl", "service"],
        cats=["Services > Records"],
        variants=single("GW-LP", "4.00"),
    )
    t["T27"] = L(
        "Dish Brushes, Pack of 2", "", "", "9.00", "USD", "", variants=single("DB2", "9.00", g(90))
    )
    t["T28"] = L(
        "Wall Clock 30 cm",
        "Tidemark Home",
        "Clock",
        "45.00",
        "EUR",
        "<p>Coming soon</p>",
        dimensions=dims(None, 30, 30),
        variants=single("TMH-WC30", "45.00", g(800)),
    )
    t["T29"] = L(
        "Sourdough Starter Collection",
        "Crumb & Crust",
        "Baking collection",
        "58.00",
        "USD",
        P(
            "Three tools for home sourdough, each sold separately: a rattan proofing basket, "
            "a bread lame and a steel dough scraper.",
            "The basket is $31, the lame (with 5 spare blades) $15 and the scraper $12.",
            "Dust the basket with rice flour before use. Brush it out; do not wash it.",
        ),
        tags=["baking", "sourdough"],
        cats=["Kitchen > Baking"],
        children=["Rattan Proofing Basket 23 cm", "Bread Lame", "Steel Dough Scraper"],
        variants=single("CC-SD", "58.00"),
    )
    t["T30"] = L(
        "Wood-Fired Sauna Stove 16 kW",
        "Loyly Partners",
        "Sauna stove",
        "2190.00",
        "EUR",
        P(
            "An external product: this stove is sold, shipped and supported by our partner Kiuas "
            "Works, not by us. The button takes you to their shop.",
            "Heats saunas of 8 to 16 cubic metres and holds 60 kg of stones (not included). "
            "Kiuas Works give a 5-year warranty on the firebox and deliver in 3 to 5 weeks.",
        ),
        {"Output": ["16 kW"], "Sauna size": ["8-16 m³"], "Stones": ["60 kg, not included"]},
        tags=["sauna", "external"],
        cats=["Sauna > Stoves"],
        weight=g(58, "kg"),
        variants=single("LP-SS16", "2190.00", g(58, "kg")),
    )
    for key, listing in t.items():
        listing["external_id"] = key
    return t


def main():
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(build(), f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
