"""The 30 invented listings of guardrails holdout v56, written to listings.json.

Run from this folder:  python make_listings.py
Every vendor, product, figure and sentence here was made up for this set.
"""

import json
import os
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per option value; ``options`` is (name, [values]), prices one per value."""
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
                "external_id": f"{sku}-{n}",
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
            "external_id": sku,
        }
    ]


def g(value, unit="g"):
    return {"value": value, "unit": unit}


def P(*paras):
    return "".join(f"<p>{p}</p>" for p in paras)


def dims(length, width, height, unit="cm"):
    return {"length": length, "width": width, "height": height, "unit": unit}


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


def build():
    s: dict[str, dict[str, Any]] = {}
    s["T01"] = L(
        "Oblique Pen Holder, Maple",
        "Inkwell Row",
        "Calligraphy pen holder",
        "27.00",
        "USD",
        P(
            "A turned maple holder with a brass flange set at an angle, for slanted copperplate "
            "and Spencerian scripts.",
            "The flange takes most pointed nibs with a standard shank; nibs are not included.",
            "Turned by hand in Burlington, Vermont. Wipe with a dry cloth; do not soak.",
        ),
        {"Material": ["hard maple", "brass"], "Length": ["19 cm"]},
        tags=["right-handed", "handmade"],
        cats=["Art Supplies > Calligraphy"],
        variants=single("IR-OBL", "27.00", g(18)),
        weight=g(18),
        dimensions=dims(19, None, None),
    )
    s["T02"] = L(
        "Slim Fly Box with Slotted Foam",
        "Ribble & Reel",
        "Fly box",
        "19.50",
        "GBP",
        P(
            "A slim aluminium fly box with slotted foam on both sides that holds up to 120 dry "
            "flies "
            "or nymphs.",
            "A magnetic catch keeps it shut; it is not waterproof, so dry it open after a wet day.",
            "Flies are not included.",
        ),
        {"Material": ["anodised aluminium", "EVA foam"], "Capacity": ["120 flies"]},
        options={"Colour": ["Olive", "Slate"]},
        tags=["fly fishing", "pocket size"],
        cats=["Fishing > Fly Boxes"],
        variants=variants("RR-FB", ("Colour", ["Olive", "Slate"]), ["19.50", "19.50"], g(95)),
        weight=g(95),
        dimensions=dims(15, 10, 2.5),
    )
    s["T03"] = L(
        "Pottery Trimming Tool Set (6 pieces)",
        "Kilnside Studio",
        "Pottery tools",
        "34.00",
        "CAD",
        P(
            "Six loop and ribbon trimming tools for leather-hard clay, each with a 14 cm beech "
            "handle and a tempered steel blade.",
            "Comes in a canvas roll. Dry the blades after use to stop rust.",
            "Not for carving plaster or wood.",
        ),
        {"Material": ["beech", "tempered steel"], "Pieces": ["6"]},
        tags=["ceramics", "wheel throwing"],
        cats=["Art Supplies > Pottery"],
        variants=single("KS-TRIM6", "34.00", g(210)),
        weight=g(210),
    )
    s["T04"] = L(
        "Fixed Circular Knitting Needles 80 cm",
        "Loughan Yarns",
        "Knitting needles",
        "14.00",
        "EUR",
        P(
            "Birch tips on an 80 cm nylon-coated steel cable that does not kink.",
            "Sizes 3 mm to 6 mm; pick your size below.",
            "Made in Galway. Keep away from radiators, as heat can warp the birch.",
        ),
        {"Material": ["birch", "nylon-coated steel cable"], "Cable length": ["80 cm"]},
        options={"Size": ["3 mm", "4 mm", "5 mm", "6 mm"]},
        tags=["knitting", "made in ireland"],
        cats=["Crafts > Knitting"],
        variants=variants(
            "LY-CIRC", ("Size", ["3 mm", "4 mm", "5 mm", "6 mm"]), ["14.00"] * 4, g(22)
        ),
    )
    s["T05"] = L(
        "Rowing Seat Pad, Closed-Cell Foam",
        "Harbourline Rowing",
        "Rowing seat pad",
        "42.00",
        "NZD",
        P(
            "A 12 mm closed-cell foam pad shaped for sliding seats, with two holes that line up "
            "with "
            "the seat's hip bones.",
            "Hook-and-loop straps fit seats 24 to 28 cm wide.",
            "Rinse in fresh water after a row; it does not soak up water.",
        ),
        {"Material": ["closed-cell foam", "neoprene cover"], "Thickness": ["12 mm"]},
        options={"Colour": ["Black", "Navy"]},
        tags=["rowing", "sculling"],
        cats=["Water Sports > Rowing"],
        variants=variants("HL-PAD", ("Colour", ["Black", "Navy"]), ["42.00", "42.00"], g(140)),
        weight=g(140),
    )
    s["T06"] = L(
        "Low-Volume Snorkel Mask",
        "Coral Steps",
        "Snorkel mask",
        "59.00",
        "AUD",
        P(
            "A two-window mask with tempered glass lenses and a clear silicone skirt.",
            "The strap buckles turn on the frame so the mask folds flat for travel.",
            "Adult fit. Not for scuba diving below 10 metres. Rinse in fresh water and keep out of "
            "direct sun.",
        ),
        {"Material": ["tempered glass", "silicone"], "Fit": ["adult"]},
        options={"Colour": ["Clear", "Black"]},
        tags=["snorkelling"],
        cats=["Water Sports > Snorkelling"],
        variants=variants("CS-MASK", ("Colour", ["Clear", "Black"]), ["59.00", "59.00"], g(190)),
        weight=g(190),
    )
    s["T07"] = L(
        "Mushroom Knife with Brush",
        "Understory Goods",
        "Foraging knife",
        "31.00",
        "USD",
        P(
            "A folding knife with a curved 6 cm stainless steel blade and a boar bristle brush at "
            "the other end for cleaning caps.",
            "The handle is oiled ash and has a lanyard hole.",
            "Check local rules before you pick, and only eat what an expert has identified.",
        ),
        {"Material": ["stainless steel", "ash", "boar bristle"], "Blade length": ["6 cm"]},
        tags=["foraging", "folding"],
        cats=["Outdoors > Foraging"],
        variants=single("UG-MK", "31.00", g(60)),
        weight=g(60),
    )
    s["T08"] = L(
        "Neutral Shoe Wax Polish 50 ml",
        "Crispin & Last",
        "Shoe polish",
        "9.50",
        "GBP",
        P(
            "A beeswax and carnauba polish for smooth leather shoes and boots, in a 50 ml tin.",
            "Neutral, so it shines any colour without staining.",
            "Not for suede or nubuck. Made in Northampton.",
        ),
        {"Ingredients": ["beeswax", "carnauba wax", "turpentine"], "Volume": ["50 ml"]},
        tags=["shoe care", "leather"],
        cats=["Shoe Care > Polish"],
        variants=single("CL-NEU50", "9.50", g(70)),
        weight=g(70),
    )
    s["T09"] = L(
        "Candle Pouring Pitcher 1.2 L",
        "Wickhouse",
        "Candle making pitcher",
        "24.00",
        "SGD",
        P(
            "A seamless aluminium pitcher for melting wax in a double boiler, with a bent spout "
            "and "
            "a heat-resistant handle.",
            "Holds 1.2 litres of melted wax.",
            "Not for the microwave or for food.",
        ),
        {"Material": ["aluminium"], "Capacity": ["1.2 L"]},
        tags=["candle making", "double boiler"],
        cats=["Crafts > Candle Making"],
        variants=single("WH-PIT12", "24.00", g(310)),
        weight=g(310),
    )
    s["T10"] = L(
        "Roll-Up Chess Mat with Weighted Pieces",
        "Rank & File Games",
        "Chess set",
        "36.00",
        "USD",
        P(
            "A 50 x 50 cm vinyl mat with 5.5 cm squares that rolls up into its cloth bag with "
            "the pieces.",
            "The 32 plastic Staunton pieces are weighted; the king stands 9.5 cm tall.",
            "Two spare queens are included. Not suitable for children under 3 (small parts).",
        ),
        {"Material": ["vinyl", "plastic"], "Pieces": ["32 plus 2 spare queens"]},
        options={"Colour": ["Green", "Brown"]},
        tags=["tournament size", "travel"],
        cats=["Games > Chess"],
        variants=variants("RF-MAT", ("Colour", ["Green", "Brown"]), ["36.00", "36.00"], g(820)),
        weight=g(820),
        dimensions=dims(50, 50, None),
    )
    # Six shops that write in their own language.
    s["T11"] = L(
        "Хлебница из бересты",
        "Северный туес",
        "Хлебница",
        "3900.00",
        "RUB",
        P(
            "Хлебница из бересты с деревянной крышкой, сплетённая вручную в Вологодской области.",
            "Размер 30 x 20 x 15 см. Береста пропускает воздух, поэтому хлеб дольше остаётся "
            "свежим.",
            "Не мыть в посудомоечной машине, протирать влажной тканью.",
        ),
        {"Материал": ["береста", "липа"], "Размер": ["30 x 20 x 15 см"]},
        tags=["ручная работа", "береста"],
        cats=["Кухня > Хранение хлеба"],
        variants=single("ST-HL", "3900.00", g(450)),
        weight=g(450),
        dimensions=dims(30, 20, 15),
    )
    s["T12"] = L(
        "পাটের বাজারের ব্যাগ",
        "সোনালি আঁশ",
        "বাজারের ব্যাগ",
        "650.00",
        "BDT",
        P(
            "খাঁটি পাট দিয়ে হাতে বোনা বাজারের ব্যাগ, ভেতরে সুতির আস্তরণ।",
            "মাপ ৪০ x ৩৫ সেমি, ১০ কেজি পর্যন্ত ভার বইতে পারে।",
            "ঠান্ডা পানিতে হাতে ধুয়ে ছায়ায় শুকান। নারায়ণগঞ্জে তৈরি।",
        ),
        {"উপাদান": ["পাট", "সুতি"], "মাপ": ["৪০ x ৩৫ সেমি"]},
        options={"রং": ["প্রাকৃতিক", "সবুজ"]},
        tags=["পাট", "হাতে তৈরি"],
        cats=["ব্যাগ > বাজারের ব্যাগ"],
        variants=variants("SA-JB", ("রং", ["প্রাকৃতিক", "সবুজ"]), ["650.00", "650.00"], g(300)),
        weight=g(300),
    )
    s["T13"] = L(
        "இலவங்கப்பட்டை குச்சிகள் 100 கிராம்",
        "மலைத்தோட்டம்",
        "மசாலா",
        "1450.00",
        "LKR",
        P(
            "இலங்கையின் தென் மாகாணத்தில் வளர்ந்த இலவங்கப்பட்டை, கையால் சுருட்டப்பட்ட குச்சிகள்.",
            "ஒவ்வொரு குச்சியும் சுமார் 12 செமீ நீளம். மீண்டும் மூடக்கூடிய பையில் 100 கிராம்.",
            "குளிர்ந்த, உலர்ந்த இடத்தில் வைக்கவும்.",
        ),
        {"எடை": ["100 கிராம்"], "தோற்றம்": ["தென் மாகாணம், இலங்கை"]},
        tags=["மசாலா", "இலவங்கப்பட்டை"],
        cats=["உணவு > மசாலா"],
        variants=single("MT-CIN100", "1450.00", g(100)),
        weight=g(100),
    )
    s["T14"] = L(
        "پشاوری چپل، اصلی چمڑا",
        "قصہ خوانی جوتے",
        "چپل",
        "6500.00",
        "PKR",
        P(
            "گائے کے اصلی چمڑے سے ہاتھ سے بنی پشاوری چپل، ٹائر ربڑ کا تلا۔",
            "پشاور میں تیار کی گئی۔ سائز 40 سے 44 تک۔",
            "پانی سے دور رکھیں اور خشک کپڑے سے صاف کریں۔",
        ),
        {"مواد": ["گائے کا چمڑا", "ربڑ"]},
        options={"سائز": ["40", "41", "42", "43", "44"], "رنگ": ["بھورا", "کالا"]},
        tags=["ہاتھ سے بنی", "پشاور"],
        cats=["جوتے > چپل"],
        variants=variants(
            "QK-CH", ("سائز", ["40", "41", "42", "43", "44"]), ["6500.00"] * 5, g(900)
        ),
    )
    s["T15"] = L(
        "Qeleshe prej leshi, e bardhë",
        "Punishtja e Kodrës",
        "Kapelë",
        "2800.00",
        "ALL",
        P(
            "Qeleshe tradicionale e bardhë prej leshi deleje, e shtypur me dorë në Krujë.",
            "Madhësitë 56 deri 60 cm, sipas perimetrit të kokës.",
            "Pastrojeni vetëm me furçë; mos e lani në makinë.",
        ),
        {"Materiali": ["lesh deleje"], "Ngjyra": ["e bardhë"]},
        options={"Madhësia": ["56", "58", "60"]},
        tags=["punë dore", "tradicionale"],
        cats=["Veshje > Kapela"],
        variants=variants("PK-QEL", ("Madhësia", ["56", "58", "60"]), ["2800.00"] * 3, g(120)),
    )
    s["T16"] = L(
        "Yun xalça 60 x 90 sm",
        "Qarabağ Toxuculuq",
        "Xalça",
        "180.00",
        "AZN",
        P(
            "Əl ilə toxunmuş kiçik yun xalça, pambıq əriş üzərində.",
            "Ölçüsü 60 x 90 sm. Quba bölgəsində toxunub.",
            "Yalnız quru təmizləmə. Birbaşa günəş altında saxlamayın.",
        ),
        {"Material": ["yun", "pambıq"], "Ölçü": ["60 x 90 sm"]},
        options={"Rəng": ["Qırmızı", "Göy"]},
        tags=["əl işi", "yun"],
        cats=["Ev > Xalçalar"],
        variants=variants("QT-X6090", ("Rəng", ["Qırmızı", "Göy"]), ["180.00", "180.00"], g(2400)),
        weight=g(2.4, "kg"),
        dimensions=dims(90, 60, None),
    )
    s["T17"] = L(
        "Foil Fencing Glove",
        "Piste & Parry",
        "Fencing glove",
        "38.00",
        "USD",
        P(
            "A foil glove with a padded goatskin palm and a washable cotton cuff long enough to "
            "cover the sleeve.",
            "For foil and epee; for sabre, choose a glove with a padded back.",
            "Sizes XS to L; check the chart. Hand wash cold.",
        ),
        {"Material": ["goatskin", "cotton"]},
        options={"Size": ["XS", "S", "M", "L"], "Hand": ["Right", "Left"]},
        tags=["fencing", "foil"],
        cats=["Sports > Fencing"],
        variants=variants("PP-GLV", ("Size", ["XS", "S", "M", "L"]), ["38.00"] * 4, g(75)),
    )
    s["T18"] = L(
        "Sisal Scratching Post 60 cm",
        "Tabby & Tweed",
        "Cat scratching post",
        "29.00",
        "GBP",
        P(
            "A 60 cm post wrapped in natural sisal rope on a 40 x 40 cm chipboard base.",
            "Screws together in minutes; tools included.",
            "Suits adult cats and kittens from 12 weeks.",
        ),
        {"Material": ["sisal", "chipboard", "carpet"], "Height": ["60 cm"]},
        options={"Colour": ["Cream", "Grey"]},
        tags=["cats", "indoor"],
        cats=["Pets > Cats > Scratchers"],
        variants=variants(
            "TT-POST", ("Colour", ["Cream", "Grey"]), ["29.00", "29.00"], g(3.1, "kg")
        ),
        weight=g(3.1, "kg"),
        dimensions=dims(40, 40, 60),
    )
    s["T19"] = L(
        "Glass CO2 Diffuser 30 mm",
        "Clearwater Aquatics",
        "CO2 diffuser",
        "17.00",
        "GBP",
        P(
            "A hand-blown glass diffuser with a 30 mm ceramic disc that breaks CO2 into fine mist.",
            "For planted tanks of 60 to 120 litres. Comes with two suction cups.",
            "Soak the disc in diluted bleach once a month to clean it. Tubing not included.",
        ),
        {"Material": ["glass", "ceramic"], "Disc": ["30 mm"]},
        tags=["aquarium", "planted tank"],
        cats=["Pets > Aquarium > CO2"],
        variants=single("CA-DIF30", "17.00", g(40)),
        weight=g(40),
    )
    s["T20"] = L(
        "Leather Edge Beveler Size 2",
        "Saltbush Leather Co.",
        "Leather tool",
        "26.00",
        "AUD",
        P(
            "A size 2 edge beveler that rounds the edges of leather 2 to 4 mm thick.",
            "The blade is hardened carbon steel, the handle jarrah.",
            "Strop the blade now and then and keep it oiled; carbon steel rusts if left wet.",
        ),
        {"Material": ["carbon steel", "jarrah"], "Leather thickness": ["2-4 mm"]},
        tags=["leathercraft"],
        cats=["Crafts > Leatherwork"],
        variants=single("SB-EB2", "26.00", g(45)),
        weight=g(45),
    )
    s["T21"] = L(
        "Beech Embroidery Hoop 20 cm",
        "Threadveld",
        "Embroidery hoop",
        "95.00",
        "ZAR",
        P(
            "A 20 cm beech hoop with a brass screw that keeps cotton and linen taut while you "
            "stitch.",
            "Sanded smooth so it will not snag fine fabric.",
            "Made in Stellenbosch.",
        ),
        {"Material": ["beech", "brass"], "Diameter": ["20 cm"]},
        tags=["embroidery", "cross stitch"],
        cats=["Crafts > Embroidery"],
        variants=single("TV-H20", "95.00", g(65)),
        weight=g(65),
    )
    s["T22"] = L(
        "Bone Folder 15 cm",
        "Pothi Bindery",
        "Bookbinding tool",
        "380.00",
        "INR",
        P(
            "A 15 cm folder of polished cattle bone with one pointed and one rounded end, for "
            "creasing paper and board.",
            "Burnish lightly on the back of a sheet to avoid shine.",
            "Each piece is shaped by hand in Jaipur, so the colour varies.",
        ),
        {"Material": ["cattle bone"], "Length": ["15 cm"]},
        tags=["bookbinding", "paper craft"],
        cats=["Crafts > Bookbinding"],
        variants=single("PB-BF15", "380.00", g(30)),
        weight=g(30),
    )
    s["T23"] = L(
        "Frame Bag for Bikepacking, 3 L",
        "Gravel Kin",
        "Bike frame bag",
        "64.00",
        "USD",
        P(
            "A 3 litre bag that straps inside the front triangle of most frames, with a "
            "full-length "
            "zip on the drive side.",
            "Water-resistant coated nylon; the zip is not waterproof, so pack a phone in a dry "
            "bag.",
            "Three straps, for frames with at least 45 cm along the top tube.",
        ),
        {"Material": ["coated nylon"], "Capacity": ["3 L"]},
        options={"Colour": ["Black", "Sand"]},
        tags=["bikepacking", "gravel"],
        cats=["Cycling > Bags"],
        variants=variants("GK-FB3", ("Colour", ["Black", "Sand"]), ["64.00", "64.00"], g(210)),
        weight=g(210),
    )
    s["T24"] = L(
        "Silicone Soap Loaf Mould 1 kg",
        "Lather Lane",
        "Soap mould",
        "15.00",
        "GBP",
        P(
            "A silicone loaf mould that holds about 1 kg of cold process soap, with a birch "
            "plywood "
            "box to keep its sides straight.",
            "Inside it measures 24 x 8 x 7 cm.",
            "Safe up to 220 °C. Wash by hand with warm soapy water.",
        ),
        {"Material": ["silicone", "birch plywood"], "Capacity": ["1 kg of soap"]},
        tags=["soap making", "cold process"],
        cats=["Crafts > Soap Making"],
        variants=single("LL-LOAF1", "15.00", g(380)),
        weight=g(380),
        dimensions=dims(24, 8, 7),
    )
    s["T25"] = L(
        "Cork Yoga Block",
        "Stillpoint Studio Supply",
        "Yoga block",
        "22.00",
        "USD",
        P(
            "A solid cork block with rounded edges, 23 x 15 x 7.5 cm.",
            "Cork grips even when hands are damp and stays firm under weight.",
            "Wipe with a damp cloth; do not soak. Sold singly.",
        ),
        {"Material": ["cork"]},
        tags=["yoga", "cork"],
        cats=["Fitness > Yoga"],
        variants=single("SS-CB", "22.00", g(620)),
        weight=g(620),
        dimensions=dims(23, 15, 7.5),
    )
    s["T26"] = L(
        "Knife Sharpening by Post",
        "Edgeworks Sheffield",
        "Service",
        "6.00",
        "GBP",
        P(
            "Send us your kitchen knives and we sharpen them on whetstones and return them within "
            "7 working days.",
            "£6 per knife; serrated blades and scissors are not accepted.",
            "Return postage is £5 per parcel, tracked. We repair small chips but do not regrind "
            "broken tips.",
        ),
        {"Service": ["whetstone sharpening"], "Turnaround": ["7 working days"]},
        tags=["service", "by post"],
        cats=["Services > Sharpening"],
        variants=single("EW-SHARP", "6.00"),
    )
    s["T27"] = L(
        "Clothes Pegs, Set of 24",
        "",
        "",
        "8.00",
        "USD",
        "",
        {},
        variants=single("PEGS-24", "8.00", g(260)),
    )
    s["T28"] = L(
        "Terracotta Plant Pot 14 cm",
        "Potting Shed Supply",
        "",
        "12.00",
        "EUR",
        "<p>TBD</p>",
        {"Material": ["terracotta"], "Diameter": ["14 cm"]},
        variants=single("PS-TC14", "12.00", g(540)),
    )
    s["T29"] = L(
        "Fresh Pasta Tool Collection",
        "Trafila & Co.",
        "Grouped product",
        None,
        "USD",
        P(
            "Three tools for fresh pasta, each sold separately: a brass ravioli stamp, a fluted "
            "pastry wheel and a beech drying rack.",
            "Brass and beech are hand wash only.",
        ),
        {},
        cats=["Kitchen > Pasta"],
        children=[
            {
                "title": "Brass Ravioli Stamp 5 cm",
                "price": "16.00",
                "attributes": {"Material": ["brass", "beech"]},
            },
            {
                "title": "Fluted Pastry Wheel",
                "price": "12.00",
                "attributes": {"Material": ["brass", "beech"]},
            },
            {
                "title": "Beech Pasta Drying Rack",
                "price": "29.00",
                "attributes": {"Material": ["beech"], "Arms": ["8"]},
            },
        ],
    )
    s["T30"] = L(
        "Cargo Roof Box 420 L (partner product)",
        "Ridgeway Roofboxes",
        "Roof box",
        "749.00",
        "CAD",
        P(
            "A 420 litre roof box from our partner Ridgeway Roofboxes, who sell, ship and support "
            "it.",
            "Opens from both sides and locks with two keys; fits most square and aero bars.",
            "Maximum load 50 kg. Delivered by Ridgeway in 7 to 12 business days; their 3-year "
            "warranty applies.",
        ),
        {"Capacity": ["420 L"], "Max load": ["50 kg"], "Material": ["ABS plastic"]},
        options={"Colour": ["Matte Black", "Titanium Grey"]},
        tags=["external product", "partner"],
        cats=["Car > Roof Boxes"],
        variants=variants(
            "RW-420",
            ("Colour", ["Matte Black", "Titanium Grey"]),
            ["749.00", "749.00"],
            g(17, "kg"),
        ),
        weight=g(17, "kg"),
        dimensions=dims(205, 84, 40),
    )
    for key, lst in s.items():
        lst["external_id"] = key
    return s


def main():
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(build(), f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
