"""Invented listings for guardrails holdout v30 (written for this set; vendors and products are made up).

Run from this folder:  python make_listings.py   (writes listings.json)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per option value: options is (name, [values]), prices a list in the same order."""
    name, values = options
    return [{"sku": f"{sku}-{i + 1}", "title": v, "price": p, "compare_at_price": compare,
             "options": {name: v}, "weight": weight} for i, (v, p) in enumerate(zip(values, prices, strict=True))]


def single(sku, price, weight=None, compare=None, title="Default Title"):
    return [{"sku": sku, "title": title, "price": price, "compare_at_price": compare, "options": {},
             "weight": weight}]


def g(value, unit="g"):
    return {"value": value, "unit": unit}


def by(option, values, prices, sku, weight=None, compare=None):
    """Options and variants for one option name."""
    return {"options": {option: values}, "variants": variants(sku, (option, values), prices, weight, compare)}


def L(title, vendor, ptype, price, currency, desc, attrs=None, tags=(), cats=(), extra=None, **kw):
    out = {"title": title, "vendor": vendor, "product_type": ptype, "price": price, "currency": currency,
           "description_html": desc, "attributes": attrs or {}, "tags": list(tags), "categories": list(cats)}
    out.update(extra or {})
    out.update(kw)
    return out


def P(*paras):
    return "".join(f"<p>{p}</p>" for p in paras)


LISTINGS = {
    "Y01": L("Stainless Hive Tool 26 cm", "Linden Apiary Supply", "Hive tool", "14.00", "USD",
             P("A J-hook hive tool for prising frames and scraping propolis. The 26 cm body is 2 mm stainless "
               "steel with a flat scraper at one end and a J-hook at the other.",
               "Painted red so it is easy to find in the grass. Scrape clean and wash in hot water; flame it "
               "between hives if you like."),
             {"Material": ["stainless steel"], "Length": ["26 cm"], "Colour": ["Red"]},
             ["beekeeping"], ["Beekeeping > Tools"], weight=g(120), extra={"sku": "LAS-HT26"}),
    "Y02": L("Leather Archery Arm Guard", "Fletchmoor", "Arm guard", "32.00", "GBP",
             P("A forearm guard in 4 mm vegetable-tanned cowhide, 18 cm long, with three elastic straps and "
               "brass hooks.",
               "Fits either arm and forearms from 20 to 28 cm around. Hand-cut and stitched in Ludlow, "
               "Shropshire. Wipe with a damp cloth and condition now and then; keep it out of the rain."),
             {"Material": ["vegetable-tanned cowhide"], "Origin": ["Ludlow, Shropshire"]},
             ["archery", "leather"], ["Sports > Archery"], extra={"sku": "FM-AG18", **by(
                 "Colour", ["Chestnut", "Black"], ["32.00", "32.00"], "FM-AG18", g(90))}),
    "Y03": L("Rattan Proofing Basket, Round 22 cm", "Crumb & Crust", "Banneton", "19.00", "USD",
             P("A round banneton woven from natural rattan cane, 22 cm across and 8 cm deep, for a loaf of "
               "about 750 g to 1 kg of dough.",
               "Comes with a removable cotton liner. Dust with rice flour before each use, knock out the flour "
               "afterwards and let it air dry. Do not wash the cane with soap and never put it in the oven."),
             {"Material": ["rattan cane"], "Diameter": ["22 cm"], "Depth": ["8 cm"]},
             ["baking", "sourdough"], ["Kitchen > Baking"], weight=g(210)),
    "Y04": L("Fly Reel 5/6 Weight", "Tarn & Riffle", "Fly reel", "89.00", "USD",
             P("A large-arbor fly reel for 5 and 6 weight lines, machined from 6061 aluminium with a sealed "
               "carbon drag.",
               "Holds a WF5 line with 100 yards of 20 lb backing. Left or right hand retrieve, switched at home "
               "with no tools. 140 g. Rinse in fresh water after salt."),
             {"Material": ["6061 aluminium"], "Line weight": ["5/6"], "Weight": ["140 g"]},
             ["fly fishing"], ["Fishing > Reels"], weight=g(140), extra=by(
                 "Colour", ["Olive", "Gunmetal"], ["89.00", "89.00"], "TR-56", g(140))),
    "Y05": L("Brass Bicycle Bell", "Spokesmith", "Bike bell", "22.00", "EUR",
             P("A loud, long ring from a solid brass dome and a steel striker. Fits handlebars of 22.2 to 25.4 "
               "mm with the clamp included; for 31.8 mm bars use the larger clamp, sold separately.",
               "Polished brass that darkens with age. 55 mm dome, 60 g."),
             {"Material": ["brass"], "Dome": ["55 mm"]}, ["cycling"], ["Cycling > Accessories"],
             weight=g(60)),
    "Y06": L("Bamboo Circular Knitting Needles 80 cm", "Purl & Pine", "Knitting needles", "9.50", "GBP",
             P("Fixed circular needles with bamboo tips and an 80 cm nylon-coated steel cable. Sizes 3 mm to "
               "6 mm.",
               "The smooth joins let stitches slide without snagging. One pair a pack."),
             {"Material": ["bamboo", "nylon-coated steel cable"], "Cable length": ["80 cm"]},
             ["knitting"], ["Crafts > Knitting"], extra=by(
                 "Size", ["3 mm", "3.5 mm", "4 mm", "4.5 mm", "5 mm", "6 mm"], ["9.50"] * 6, "PP-C80")),
    "Y07": L("Aquarium Heater 100 W", "Reefbright", "Aquarium heater", "34.00", "USD",
             P("A submersible heater for freshwater and marine tanks of 60 to 120 litres. Set from 18 to 32 °C "
               "on the dial; a light shows when it is heating.",
               "Shatter-resistant quartz glass tube, 28 cm long, with two suction cups. Unplug and wait 15 "
               "minutes before taking it out of the water. 120 V only. Two-year warranty."),
             {"Power": ["100 W"], "Tank size": ["60-120 L"], "Voltage": ["120 V"]},
             ["aquarium"], ["Pets > Fish"], weight=g(180)),
    "Y08": L("Roof Prism Binoculars 8x42", "Kestrel Hill Optics", "Binoculars", "189.00", "USD",
             P("8x magnification and 42 mm objective lenses, BaK-4 prisms with phase coating, fully "
               "multi-coated optics.",
               "Nitrogen-filled and waterproof to 1 m. Close focus 2 m, field of view 131 m at 1000 m. 680 g. "
               "Comes with a neoprene strap, a case and lens caps. Ten-year warranty."),
             {"Magnification": ["8x"], "Objective": ["42 mm"], "Weight": ["680 g"]},
             ["birdwatching", "waterproof"], ["Outdoors > Optics"], weight=g(680)),
    "Y09": L("書道筆 中筆 羊毛", "墨苑堂", "書道筆", "2800", "JPY",
             P("羊毛の中筆です。穂の長さは約4.5 cm、軸は竹製です。",
               "広島県熊野町で職人が作りました。使用後はぬるま湯で墨を洗い流し、穂先を整えて吊るして乾かしてください。"),
             {"素材": ["羊毛", "竹"], "産地": ["広島県熊野町"]}, ["書道"], ["文具 > 書道"]),
    "Y10": L("Alishan High Mountain Oolong 75 g", "Cloudline Tea", "Oolong tea", "24.00", "USD",
             P("A lightly oxidised rolled oolong grown at about 1,400 m in Alishan, Chiayi County, Taiwan. "
               "Spring 2026 harvest.",
               "Floral and creamy. Brew 5 g in 150 ml of water at 95 °C; the leaves give five or six "
               "infusions. Resealable foil pouch of 75 g."),
             {"Origin": ["Alishan, Taiwan"], "Harvest": ["Spring 2026"], "Net weight": ["75 g"]},
             ["tea", "oolong"], ["Food > Tea"], weight=g(75)),
    "Y11": L("Azulejo Pintado à Mão, 15 x 15 cm", "Oficina do Largo", "Azulejo", "18.00", "EUR",
             P("Azulejo em faiança, pintado à mão em azul cobalto sobre esmalte branco. Mede 15 x 15 cm.",
               "Feito em Aveiro, Portugal. Para parede interior; não é para pavimento. Limpar com um pano "
               "húmido."),
             {"Material": ["faiança"], "Origem": ["Aveiro, Portugal"], "Cor": ["azul cobalto e branco"]},
             ["azulejo"], ["Casa > Decoração"], weight=g(300)),
    "Y12": L("Kubek ceramiczny z Bolesławca 350 ml", "Pracownia Pawia", "Kubek", "69.00", "PLN",
             P("Kubek z kamionki, ręcznie stemplowany we wzór pawie oczko. Pojemność 350 ml.",
               "Wykonany w Bolesławcu. Można myć w zmywarce i używać w mikrofalówce; nie nadaje się do "
               "piekarnika."),
             {"Materiał": ["kamionka"], "Pojemność": ["350 ml"], "Pochodzenie": ["Bolesławiec"]},
             ["ceramika"], ["Kuchnia > Kubki"], weight=g(380)),
    "Y13": L("Selbuvotter i ull", "Garnstua Trøndelag", "Votter", "549.00", "NOK",
             P("Strikkede votter i 100 % norsk ull med det tradisjonelle selbumønsteret i svart og hvitt.",
               "Strikket for hånd i Selbu. Håndvask i lunkent vann og tørk flatt."),
             {"Materiale": ["100 % norsk ull"], "Farge": ["svart og hvit"]}, ["ull"], ["Klær > Votter"],
             extra=by("Størrelse", ["S", "M", "L"], ["549.00"] * 3, "GT-SV")),
    "Y14": L("Saunakauha, visa", "Löylypuu", "Saunakauha", "39.00", "EUR",
             P("Saunakauha visakoivusta. Kauhan pituus on 40 cm ja kupin tilavuus noin 1 dl.",
               "Valmistettu Kuopiossa. Anna kuivua käytön jälkeen, älä pese astianpesukoneessa."),
             {"Materiaali": ["visakoivu"], "Pituus": ["40 cm"], "Valmistusmaa": ["Kuopio, Suomi"]},
             ["sauna"], ["Sauna > Tarvikkeet"], weight=g(150)),
    "Y15": L("Garam Masala, Whole-Spice Blend 100 g", "Zeera Lane", "Spice blend", "349", "INR",
             P("Nine whole spices roasted and ground in small batches: coriander, cumin, black pepper, green "
               "cardamom, cinnamon, cloves, bay leaf, nutmeg and mace.",
               "Blended in Kochi, Kerala. No salt, no added colour. Packed in a glass jar of 100 g. Store "
               "airtight away from sunlight; best within six months of opening."),
             {"Net weight": ["100 g"], "Origin": ["Kochi, Kerala"]},
             ["spices", "no salt"], ["Food > Spices"], weight=g(100)),
    "Y16": L("Café em Grão, Cerrado Mineiro 500 g", "Torra Serena", "Café", "79.90", "BRL",
             P("Café arábica 100 % da variedade Catuaí Amarelo, do Cerrado Mineiro, Minas Gerais. Torra média.",
               "Notas de chocolate e castanha. Embalagem de 500 g com válvula. Denominação de Origem Cerrado "
               "Mineiro."),
             {"Variedade": ["Catuaí Amarelo"], "Torra": ["média"], "Peso": ["500 g"]},
             ["café", "grão"], ["Alimentos > Café"], weight=g(500)),
    "Y17": L("Kuhglocke aus Messing, 9 cm", "Alpstein Glocken", "Kuhglocke", "48.00", "CHF",
             P("Eine gegossene Glocke aus Messing mit 9 cm Durchmesser und einem Lederriemen mit Schnalle.",
               "In Appenzell gegossen und poliert. Zur Dekoration; nicht als Hundespielzeug geeignet."),
             {"Material": ["Messing", "Leder"], "Durchmesser": ["9 cm"]}, ["glocke"], ["Deko > Glocken"],
             weight=g(420)),
    "Y18": L("Cotton Furoshiki Wrapping Cloth 70 cm", "Tsutsumi Works", "Furoshiki", "28.00", "USD",
             P("A square furoshiki, 70 x 70 cm, in 100 % cotton, screen-printed with a wave pattern.",
               "Wrap gifts, bottles or a lunch box, or tie it into a bag. Machine wash cold, line dry; the "
               "colour may fade a little with washing."),
             {"Material": ["100 % cotton"], "Size": ["70 x 70 cm"]}, ["furoshiki"], ["Home > Textiles"],
             extra=by("Colour", ["Indigo", "Persimmon"], ["28.00", "28.00"], "TW-F70")),
    "Y19": L("Padded Dog Harness", "Trailhound", "Dog harness", "54.00", "AUD",
             P("A no-pull harness with a front clip and a back clip. Padded polyester webbing with reflective "
               "stitching and aluminium buckles.",
               "Sizes by chest: S 45-60 cm, M 58-78 cm, L 76-98 cm. Hand wash; do not leave a dog tied up in "
               "it."),
             {"Material": ["polyester webbing", "aluminium buckles"]}, ["dogs"], ["Pets > Dogs"],
             extra=by("Size", ["S", "M", "L"], ["54.00", "54.00", "59.00"], "TH-H")),
    "Y20": L("Hoof Pick with Brush", "Saddle Lane", "Hoof pick", "7.50", "GBP",
             P("A steel hoof pick with a stiff nylon brush on the back and a plastic handle.",
               "14 cm long. Comes in a card of one.")),
    "Y21": L("Skateboard Wheels 54 mm 99A", "Curbline", "Skateboard wheels", "36.00", "USD",
             P("A set of four 54 mm polyurethane wheels, hardness 99A, for street and park.",
               "Conical shape, 32 mm riding surface. Bearings are not included."),
             {"Diameter": ["54 mm"], "Hardness": ["99A"], "Count": ["4"]}, ["skateboarding"],
             ["Sports > Skateboarding"], extra=by("Colour", ["White", "Yellow"], ["36.00", "36.00"], "CL-54")),
    "Y22": L("Climbing Chalk Bag", "Cragline", "Chalk bag", "26.00", "USD",
             P("A 1000D Cordura bag with a fleece lining, a drawcord closure, a brush holder and a waist belt.",
               "Opening 12 cm across, fits hands up to size L. Chalk and brush not included."),
             {"Material": ["Cordura", "fleece lining"]}, ["climbing"], ["Sports > Climbing"],
             extra=by("Colour", ["Rust", "Slate"], ["26.00", "26.00"], "CG-CB")),
    "Y23": L("Pottery Loop Tool Set, 6 pieces", "Wheelhouse Clay", "Pottery tools", "21.00", "USD",
             P("Six trimming and carving tools with hardened steel ribbon loops and beech handles, about 15 cm "
               "each.",
               "Three round and three square loops, in a canvas roll. Wipe dry after use so the steel does not "
               "rust."),
             {"Material": ["hardened steel", "beech"], "Pieces": ["6"]}, ["pottery"], ["Crafts > Pottery"]),
    "Y24": L("Muslin Swaddle Blankets, Set of 3", "Little Fern", "Swaddle blanket", "45.00", "CAD",
             P("Three swaddle blankets in 100 % organic cotton muslin, GOTS certified, each 120 x 120 cm.",
               "Soft and breathable, and softer with every wash. Machine wash warm, tumble dry low. Always "
               "place a baby on their back to sleep and stop swaddling once they can roll."),
             {"Material": ["organic cotton muslin"], "Certification": ["GOTS"], "Size": ["120 x 120 cm"]},
             ["baby", "organic"], ["Baby > Blankets"], weight=g(360)),
    "Y25": L("Harbour Lights: A Card Game", "Quayside Games", "Card game", "18.00", "GBP",
             P("A trick-taking card game for 2 to 5 players aged 10 and up. Games take about 25 minutes.",
               "110 cards and a rules sheet in a tuck box. Designed in Bristol."),
             {"Players": ["2-5"], "Age": ["10+"], "Playing time": ["25 min"]}, ["card game"],
             ["Games > Card games"]),
    "Y26": L("Diatonic Harmonica in C", "Reedway", "Harmonica", "42.00", "USD",
             P("A ten-hole diatonic harmonica in the key of C with a pearwood comb and phosphor bronze reeds.",
               "Stainless steel covers. Comes in a zip case. Tap it dry after playing; do not rinse the comb."),
             {"Key": ["C"], "Holes": ["10"], "Comb": ["pearwood"]}, ["harmonica"], ["Music > Harmonicas"]),
    "Y27": L("Fountain Pen Ink, Harbour Teal 50 ml", "Inkwell Row", "Fountain pen ink", "16.00", "USD",
             P("A dye-based fountain pen ink in a teal with a slight red sheen on coated paper. 50 ml glass "
               "bottle.",
               "Water-soluble: it washes out of most pens with water. Not waterproof and not for dip pens with "
               "shellac inks."),
             {"Volume": ["50 ml"], "Type": ["dye-based"]}, ["ink"], ["Stationery > Ink"]),
    "Y28": L("Enamel Camp Mug 350 ml", "Pinegap Outfitters", "Camp mug", "15.00", "USD",
             P("A steel mug with a porcelain enamel coating and a rolled stainless rim. 350 ml.",
               "Can sit on a camp stove or embers. The enamel can chip if dropped. Dishwasher safe."),
             {"Material": ["enamelled steel"], "Capacity": ["350 ml"]}, ["camping"], ["Outdoors > Camp kitchen"],
             extra=by("Colour", ["Forest", "Speckled Blue"], ["15.00", "15.00"], "PG-M350")),
    "Y29": L("Bamboo Toothbrush, 4 pack", "Gumleaf Oral", "Toothbrush", "12.00", "AUD",
             P("Four toothbrushes with handles of Moso bamboo and soft nylon-6 bristles. Each handle is numbered "
               "1 to 4.",
               "Replace every three months. The handle can go in home compost once the bristles are pulled "
               "out; the bristles cannot."),
             {"Handle": ["Moso bamboo"], "Bristles": ["soft nylon-6"], "Count": ["4"]}, ["plastic-free handle"],
             ["Bathroom > Oral care"]),
    "Y30": L("Piano Tuning Visit", "Norwich Piano Care", "Service", "85.00", "GBP",
             P("One visit to tune an upright or grand piano to A440. A standard tuning takes about 90 minutes.",
               "We cover Norwich and 20 miles around it. Book at least a week ahead. Pitch raises and repairs "
               "are quoted on the day."),
             {"Service area": ["Norwich and 20 miles"]}, ["service"], ["Services > Music"],
             extra=by("Piano", ["Upright", "Grand"], ["85.00", "110.00"], "NPC-T")),
    "Y31": L("Seagrass Market Basket", "Reed & Rush", "", "38.00", "USD", ""),
    "Y32": L("Olivewood Spoon", "Casa Ulivo", "", "14.00", "USD", "",
             {"Length": ["30 cm"]}),
    "Y33": L("Cheese Making Starter Set", "Curd & Whey", "Cheese making kit", None, "USD",
             P("Everything to make fresh mozzarella and ricotta at home, sold as separate items."),
             extra={"children": [
                 {"title": "Vegetable rennet tablets, 10 pack", "price": "9.00"},
                 {"title": "Citric acid 100 g", "price": "5.00"},
                 {"title": "Cheesecloth 1 m", "price": "6.00"},
                 {"title": "Dairy thermometer", "price": "12.00"}]}),
    "Y34": L("Sit-on-Top Touring Kayak 3.6 m", "Brackwater", "Kayak", "899.00", "GBP",
             P("Sold and shipped by our partner Tidewater Paddle Co., who handle delivery, returns and "
               "warranty.",
               "A 3.6 m rotomoulded polyethylene sit-on-top for one paddler, up to 120 kg. Two sealed hatches, a "
               "padded seat and footrests. 24 kg. Paddle not included."),
             {"Length": ["3.6 m"], "Max load": ["120 kg"], "Material": ["polyethylene"]}, ["kayak"],
             ["Outdoors > Paddling"], weight=g(24, "kg")),
    "Y35": L("USB Condenser Microphone", "Sonder Lab", "Microphone", "69.00", "USD",
             P("A cardioid condenser microphone with USB-C, 24-bit/48 kHz, a headphone jack with zero-latency "
               "monitoring and a mute button.",
               "Works with Windows, macOS and Linux without a driver. Not for XLR mixers. Comes with a desk "
               "stand and a 2 m USB-C to USB-A cable. One-year warranty."),
             {"Connector": ["USB-C"], "Resolution": ["24-bit/48 kHz"], "Pattern": ["cardioid"]},
             ["microphone"], ["Electronics > Audio"], weight=g(410)),
    "Y36": L("Beeswax Lip Balm, Unscented", "Clover Hollow", "Lip balm", "6.00", "USD",
             P("Made with beeswax from our own hives, sunflower oil and shea butter. Unscented and unflavoured.",
               "4.5 g twist tube. Not suitable for vegans. Made in Burlington, Vermont."),
             {"Ingredients": ["beeswax", "sunflower oil", "shea butter"], "Size": ["4.5 g"]},
             ["lip balm", "unscented"], ["Beauty > Lips"]),
    "Y37": L("Szegedi Csemege Paprika 250 g", "Tisza Fűszer", "Fűszerpaprika", "2490", "HUF",
             P("Édesnemes őrölt fűszerpaprika a szegedi tájról. Nem csípős.",
               "Szegeden őrölve. 250 g, papírtasakban. Száraz, hűvös helyen tárolandó."),
             {"Ízesítés": ["édes, nem csípős"], "Tömeg": ["250 g"]}, ["paprika"], ["Élelmiszer > Fűszer"],
             weight=g(250)),
    "Y38": L("Alpargatas de Yute, Mujer", "Suela de Esparto", "Alpargatas", "45.00", "EUR",
             P("Alpargatas con lona de algodón y suela de yute cosida a mano, con piso de caucho.",
               "Hechas en Caravaca de la Cruz, Murcia. Tallas 36 a 41. No lavar a máquina."),
             {"Material": ["lona de algodón", "yute"], "Origen": ["Caravaca de la Cruz, Murcia"]},
             ["calzado"], ["Calzado > Mujer"], extra=by(
                 "Talla", ["36", "37", "38", "39", "40", "41"], ["45.00"] * 6, "SE-AL")),
    "Y39": L("Phin cà phê nhôm 6 oz", "Cà Phê Sông Hàn", "Phin cà phê", "120000", "VND",
             P("Phin pha cà phê bằng nhôm, dung tích khoảng 6 oz, gồm đĩa, thân, nắp ép và nắp đậy.",
               "Sản xuất tại Đà Nẵng. Rửa tay, không dùng máy rửa bát."),
             {"Chất liệu": ["nhôm"], "Dung tích": ["6 oz"]}, ["cà phê"], ["Nhà bếp > Cà phê"], weight=g(85)),
    "Y40": L("Cork Yoga Block", "Stillpoint Studio", "Yoga block", "24.00", "USD",
             P("A solid cork block, 23 x 15 x 7.5 cm, with rounded edges. About 400 g.",
               "Grippy when hands are damp. Wipe with a damp cloth; keep out of standing water."),
             {"Material": ["cork"], "Size": ["23 x 15 x 7.5 cm"]}, ["yoga"], ["Fitness > Yoga"], weight=g(400)),
}


def build():
    out = {}
    for key, listing in LISTINGS.items():
        listing = dict(listing, external_id=key)
        if listing.get("price") is None:
            listing.pop("price")
        out[key] = listing
    return out


def main():
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(build(), f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
