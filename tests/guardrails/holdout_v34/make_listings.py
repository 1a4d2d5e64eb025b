"""Listings for guardrails holdout v34 (invented products and vendors), written to listings.json.

Run from this folder:  python make_listings.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per value of the (single) option, with its own price."""
    (name, values), = options.items()
    out = []
    for n, (value, price) in enumerate(zip(values, prices, strict=True), 1):
        out.append({"sku": f"{sku}-{n}", "title": value, "price": price, "compare_at_price": compare,
                    "options": {name: value}, "weight": weight, "external_id": f"{sku}-v{n}"})
    return out


def single(sku, price, weight=None, compare=None, title="Default Title"):
    return [{"sku": sku, "title": title, "price": price, "compare_at_price": compare, "options": {},
             "weight": weight, "external_id": f"{sku}-v1"}]


def g(value, unit="g"):
    return {"value": value, "unit": unit}


def L(title, vendor, ptype, price, currency, desc, attrs=None, tags=(), cats=(), extra=None, **kw):
    out = {"title": title, "vendor": vendor, "product_type": ptype, "price": price, "currency": currency,
           "description_html": desc, "attributes": attrs or {}, "tags": list(tags), "categories": list(cats)}
    out.update(extra or {})
    out.update(kw)
    return out


def P(*paras):
    return "".join(f"<p>{p}</p>" for p in paras)


LISTINGS = {
    "K01": L("Climbing Chalk Bag", "Crimpline", "Chalk bag", "24.00", "USD",
             P("A cylindrical chalk bag with a drawcord closure and a fleece lining that releases chalk evenly.",
               "It has a stiffened rim, a brush holder on the side and a 2.5 cm waist belt with a plastic buckle.",
               "Chalk is not included."),
             {"Material": ["ripstop polyester", "fleece lining"], "Opening": ["14 cm"]},
             ["climbing", "bouldering"], ["Sports > Climbing"],
             options={"Color": ["Teal", "Rust"]},
             variants=variants("CL-CB", {"Color": ["Teal", "Rust"]}, ["24.00", "24.00"], g(90)),
             weight=g(90)),
    "K02": L("Cork Yoga Mat 4 mm", "Stillhaus", "Yoga mat", "68.00", "USD",
             P("A yoga mat with a natural cork top layer bonded to a natural rubber base.",
               "It measures 183 x 61 cm and is 4 mm thick. Cork grips better as it gets damp.",
               "Wipe clean with a damp cloth and let it dry flat. Contains natural rubber latex."),
             {"Material": ["cork", "natural rubber"], "Thickness": ["4 mm"]},
             ["yoga", "cork"], ["Sports > Yoga"],
             variants=single("SH-CM4", "68.00", g(2.4, "kg")), weight=g(2.4, "kg"),
             dimensions={"length": 183, "width": 61, "height": 0.4, "unit": "cm"}),
    "K03": L("Padded Dog Harness", "Barkwise", "Dog harness", "36.00", "USD",
             P("A back-clip harness with a padded chest plate and two adjustment points at the neck and girth.",
               "Reflective piping runs along the edges. The D-ring is aluminium alloy.",
               "Sizes by chest girth: S 40-55 cm, M 55-70 cm, L 70-90 cm. Machine wash cold, line dry."),
             {"Material": ["nylon webbing", "air mesh padding"], "Clip": ["back"]},
             ["dogs", "reflective"], ["Pets > Dogs > Harnesses"],
             options={"Size": ["S", "M", "L"]},
             variants=variants("BW-PH", {"Size": ["S", "M", "L"]}, ["32.00", "36.00", "40.00"])),
    "K04": L("Aquarium Heater 100 W", "Reefmoor", "Aquarium heater", "29.00", "USD",
             P("A submersible heater for freshwater and marine tanks of 60 to 120 litres.",
               "Set the temperature from 20 to 32 °C on the dial; a light shows when it is heating.",
               "The tube is shatter-resistant quartz glass. Two suction cups included. Unplug before lifting it "
               "out of the water."),
             {"Power": ["100 W"], "Length": ["26 cm"], "Tube": ["quartz glass"]},
             ["aquarium", "freshwater", "marine"], ["Pets > Fish"],
             variants=single("RM-H100", "29.00")),
    "K05": L("Cedar Bird Feeder", "Wrenfield", "Bird feeder", "45.00", "USD",
             P("A hanging feeder of western red cedar with a clear acrylic hopper that holds about 1.5 kg of seed.",
               "The roof lifts for filling. Perches on both sides. Hangs from a galvanised steel chain.",
               "Untreated wood: it will weather to silver-grey outdoors."),
             {"Material": ["western red cedar", "acrylic"], "Capacity": ["1.5 kg seed"]},
             ["birds", "garden wildlife"], ["Garden > Wildlife"],
             variants=single("WF-CBF", "45.00", g(1.1, "kg")), weight=g(1.1, "kg")),
    "K06": L("Brass Bike Bell", "Spokesmith", "Bicycle bell", "18.00", "USD",
             P("A ping bell with a solid brass dome and a steel clamp for handlebars of 22.2 mm.",
               "The dome is 55 mm across. It rings for about three seconds from one flick.",
               "Fits on the left or right of the bar. Brass darkens over time; polish it if you like it bright."),
             {"Material": ["brass", "steel clamp"], "Bar diameter": ["22.2 mm"]},
             ["cycling"], ["Sports > Cycling > Accessories"],
             variants=single("SS-BB", "18.00", g(60)), weight=g(60)),
    "K07": L("Soft Plastic Lure Set, 24 pieces", "Tidewhip", "Fishing lures", "15.00", "USD",
             P("Twenty-four paddle-tail soft plastic lures, 7.5 cm long, in four colours, six of each.",
               "Rig them on jig heads or weedless hooks (not included).",
               "Salt-scented. Keep them in their bag, away from hard plastic lures."),
             {"Material": ["soft PVC"], "Length": ["7.5 cm"], "Count": ["24"]},
             ["fishing", "freshwater"], ["Sports > Fishing"],
             variants=single("TW-SP24", "15.00")),
    "K08": L("Folding Wooden Chess Set", "Rankfile", "Chess set", "52.00", "USD",
             P("A folding board of walnut and maple veneer, 38 x 38 cm open, with 4 cm squares.",
               "The board closes into a case with felt-lined compartments for the pieces.",
               "Hand-finished wooden pieces; the king stands 7.5 cm tall. Two spare queens included."),
             {"Material": ["walnut veneer", "maple veneer", "beech pieces"], "Board": ["38 x 38 cm"]},
             ["chess", "games"], ["Toys & Games > Board games"],
             variants=single("RF-FC38", "52.00", g(1.3, "kg")), weight=g(1.3, "kg")),
    "K09": L("Concert Ukulele, Mahogany", "Pelican Strings", "Ukulele", "89.00", "USD",
             P("A concert ukulele with a laminated mahogany top, back and sides and a walnut fingerboard.",
               "18 frets, geared tuners and Aquila nylgut strings. Scale length 38 cm.",
               "Comes with a padded gig bag. Tuned G-C-E-A."),
             {"Material": ["laminated mahogany", "walnut"], "Size": ["concert"], "Frets": ["18"]},
             ["ukulele", "music"], ["Music > Strings"],
             variants=single("PS-CU", "89.00")),
    "K10": L("茶筅 百本立", "竹庵", "茶筅", "4800", "JPY",
             P("奈良県生駒市高山で作られた白竹の茶筅です。穂先は約100本。",
               "使う前にぬるま湯に浸してください。使用後は水で洗い、くせ直しに立てて陰干ししてください。",
               "食器洗い機は使えません。"),
             {"素材": ["白竹"], "穂数": ["約100本"], "産地": ["奈良県生駒市高山"]},
             ["抹茶", "茶道"], ["キッチン > 茶道具"],
             variants=single("CA-100", "4800")),
    "K11": L("Sardinhas em Azeite", "Conserveira do Cávado", "Conservas", "4.20", "EUR",
             P("Sardinhas inteiras em azeite virgem extra, pescadas na costa portuguesa e enlatadas à mão em "
               "Matosinhos.",
               "Lata de 120 g (peso escorrido 90 g). Contém peixe. Consumir de preferência até 5 anos após o fabrico."),
             {"Ingredientes": ["sardinha", "azeite virgem extra", "sal"], "Peso": ["120 g"]},
             ["portugal", "conservas"], ["Mercearia > Conservas"],
             variants=single("CC-SAZ", "4.20", g(120)), weight=g(120)),
    "K12": L("Kubek ceramiczny Pawie Oczko 350 ml", "Manufaktura Bobrza", "Kubek", "69.00", "PLN",
             P("Kamionkowy kubek zdobiony ręcznie stemplem w pawie oczko, wykonany w Bolesławcu.",
               "Pojemność 350 ml. Można myć w zmywarce i używać w kuchence mikrofalowej.",
               "Nie nadaje się na płytę kuchenną."),
             {"Materiał": ["kamionka"], "Pojemność": ["350 ml"], "Pochodzenie": ["Bolesławiec"]},
             ["ceramika", "bolesławiec"], ["Kuchnia > Kubki"],
             options={"Kolor": ["Kobaltowy", "Zielony"]},
             variants=variants("MB-PO", {"Kolor": ["Kobaltowy", "Zielony"]}, ["69.00", "69.00"])),
    "K13": L("Ullsokker Fjellrygg", "Strikkestua", "Sokker", "229.00", "NOK",
             P("Tykke sokker i 80 % norsk ull og 20 % nylon, strikket i Ålesund.",
               "Forsterket hæl og tå. Vask på ullprogram ved 30 °C, tørk flatt.",
               "Størrelser 36-38, 39-41 og 42-44."),
             {"Materiale": ["80 % norsk ull", "20 % nylon"], "Opprinnelse": ["Ålesund"]},
             ["ull", "norge"], ["Klær > Sokker"],
             options={"Størrelse": ["36-38", "39-41", "42-44"]},
             variants=variants("SS-FR", {"Størrelse": ["36-38", "39-41", "42-44"]},
                               ["229.00", "229.00", "229.00"])),
    "K14": L("Azafrán en hebras D.O.P. La Mancha 1 g", "Campo de Consuegra", "Azafrán", "9.50", "EUR",
             P("Hebras de azafrán con Denominación de Origen Protegida Azafrán de La Mancha, cosechadas a mano "
               "en Consuegra (Toledo).",
               "Caja de 1 g. Infusiona las hebras en agua tibia 15 minutos antes de añadirlas al arroz."),
             {"Origen": ["Consuegra, Toledo"], "Peso": ["1 g"], "Certificación": ["D.O.P. Azafrán de La Mancha"]},
             ["españa", "especias"], ["Despensa > Especias"],
             variants=single("CC-AZ1", "9.50")),
    "K15": L("Nón lá Huế", "Làng Tây Hồ", "Nón lá", "180000", "VND",
             P("Nón lá làm thủ công ở làng Tây Hồ, Huế, từ lá cọ và tre.",
               "Đường kính 40 cm, có quai bằng vải. Để nơi khô ráo, tránh mưa lâu."),
             {"Chất liệu": ["lá cọ", "tre"], "Đường kính": ["40 cm"], "Xuất xứ": ["Huế"]},
             ["việt nam", "thủ công"], ["Thời trang > Mũ"],
             variants=single("TH-NL", "180000")),
    "K16": L("Alpenmilch-Schokolade mit Haselnüssen 100 g", "Chocolaterie Rigi", "Schokolade", "6.90", "CHF",
             P("Milchschokolade (mindestens 32 % Kakao) mit ganzen gerösteten Haselnüssen, hergestellt in Luzern.",
               "Tafel 100 g. Enthält Milch und Haselnüsse, kann Spuren von Soja enthalten. Kühl und trocken "
               "lagern."),
             {"Kakaoanteil": ["32 %"], "Gewicht": ["100 g"], "Herkunft": ["Luzern"]},
             ["schweiz", "schokolade"], ["Lebensmittel > Süsswaren"],
             variants=single("CR-AH100", "6.90", g(100)), weight=g(100)),
    "K17": L("Baby Alpaca Scarf", "Andes Hilo", "Scarf", "320.00", "PEN",
             P("A scarf woven from 100 % baby alpaca in Arequipa, Peru.",
               "180 x 30 cm with short fringes. Hand wash cold with wool soap; dry flat. Do not tumble dry."),
             {"Material": ["100 % baby alpaca"], "Size": ["180 x 30 cm"], "Origin": ["Arequipa, Peru"]},
             ["alpaca", "peru"], ["Accessories > Scarves"],
             options={"Color": ["Camel", "Charcoal"]},
             variants=variants("AH-BAS", {"Color": ["Camel", "Charcoal"]}, ["320.00", "320.00"])),
    "K18": L("Café Especial Mogiana 250 g", "Torrefação Serra Alta", "Café", "42.90", "BRL",
             P("Café arábica em grãos, torra média, cultivado na Alta Mogiana, São Paulo.",
               "Notas de chocolate e caramelo. Pacote de 250 g com válvula. Conservar bem fechado."),
             {"Espécie": ["arábica"], "Torra": ["média"], "Peso": ["250 g"], "Origem": ["Alta Mogiana, SP"]},
             ["brasil", "café"], ["Mercearia > Café"],
             variants=single("SA-MG250", "42.90", g(250)), weight=g(250)),
    "K19": L("Clamp Desk Lamp", "Lumenry", "Desk lamp", "58.00", "USD",
             P("An LED desk lamp that clamps to desks up to 5 cm thick, with two 40 cm arms that fold and turn.",
               "Three colour temperatures (3000, 4000 and 5000 K) and stepless dimming. Powered by the included "
               "USB-C cable and 12 W adapter.",
               "The LEDs are built in and cannot be replaced."),
             {"Power": ["12 W"], "Material": ["aluminium", "ABS"], "Arm": ["2 x 40 cm"]},
             ["lighting", "desk"], ["Home > Lighting"],
             options={"Color": ["White", "Graphite"]},
             variants=variants("LY-CDL", {"Color": ["White", "Graphite"]}, ["58.00", "58.00"])),
    "K20": L("Sonic Toothbrush", "Brightgum", "Electric toothbrush", "49.00", "USD",
             P("A rechargeable sonic toothbrush with three modes (clean, sensitive, polish) and a two-minute timer "
               "that pauses every 30 seconds.",
               "A full charge lasts about 30 days of twice-daily brushing. Charges on the included USB-A stand.",
               "IPX7: fine in the shower, not for a bath. Two brush heads included."),
             {"Modes": ["3"], "Battery": ["about 30 days"], "Water resistance": ["IPX7"]},
             ["oral care"], ["Health > Oral care"],
             options={"Color": ["White", "Mint"]},
             variants=variants("BG-ST", {"Color": ["White", "Mint"]}, ["49.00", "49.00"])),
    "K21": L("Roll-Top Backpack 22 L", "Carrow", "Backpack", "95.00", "USD",
             P("A 22-litre roll-top backpack in TPU-coated polyester with welded seams.",
               "A padded sleeve fits laptops up to 15 inches. Side mesh pocket, chest strap.",
               "Water-resistant, not waterproof: do not submerge."),
             {"Material": ["TPU-coated polyester"], "Capacity": ["22 L"]},
             ["travel", "commuting"], ["Bags > Backpacks"],
             options={"Color": ["Black", "Moss"]},
             variants=variants("CA-RT22", {"Color": ["Black", "Moss"]}, ["95.00", "95.00"], g(850)),
             weight=g(850)),
    "K22": L("Compact Travel Umbrella", "Drizzleby", "Umbrella", "27.00", "USD",
             P("A folding umbrella that opens and closes with one button.",
               "Eight fibreglass ribs, 98 cm canopy, 28 cm folded. Comes with a sleeve.",
               "Open it to dry after use."),
             {"Ribs": ["8 fibreglass"], "Canopy": ["98 cm"], "Folded": ["28 cm"]},
             ["rain", "travel"], ["Accessories > Umbrellas"],
             options={"Color": ["Navy", "Mustard", "Black"]},
             variants=variants("DB-CTU", {"Color": ["Navy", "Mustard", "Black"]}, ["27.00", "27.00", "27.00"],
                               g(330)), weight=g(330)),
    "K23": L("Polarised Sunglasses", "Brinewood", "Sunglasses", "75.00", "USD",
             P("Sunglasses with polarised lenses that block 100 % of UVA and UVB (UV400).",
               "Acetate frame, 52 mm lenses, spring hinges. Category 3 lenses: not for driving at night.",
               "Comes with a microfibre pouch."),
             {"Frame": ["acetate"], "Lens": ["polarised", "52 mm", "category 3"]},
             ["eyewear"], ["Accessories > Sunglasses"],
             options={"Color": ["Tortoiseshell", "Black"]},
             variants=variants("BW-PS", {"Color": ["Tortoiseshell", "Black"]}, ["75.00", "75.00"])),
    "K24": L("Wireless Earbuds", "Kestrel Audio", "Earbuds", "79.00", "USD",
             P("Bluetooth 5.3 earbuds with 6 mm drivers and three sizes of silicone tips.",
               "About 6 hours of playback, 24 hours with the case. The case charges by USB-C.",
               "IPX4 splash resistant. No noise cancelling."),
             {"Bluetooth": ["5.3"], "Battery": ["6 h", "24 h with case"], "Water resistance": ["IPX4"]},
             ["audio"], ["Electronics > Audio"],
             variants=single("KA-WE", "79.00")),
    "K25": L("Mechanical Keyboard 75 %", "Keyforge", "Keyboard", "119.00", "USD",
             P("A 75 % layout keyboard with 84 keys, hot-swappable sockets and pre-installed linear switches.",
               "PBT keycaps, aluminium top case, USB-C cable (1.8 m). Wired only.",
               "Works with Windows and macOS. Two-year warranty."),
             {"Keys": ["84"], "Switches": ["linear"], "Keycaps": ["PBT"], "Case": ["aluminium top"]},
             ["keyboard", "computing"], ["Electronics > Computing"],
             options={"Layout": ["US ANSI", "UK ISO"]},
             variants=variants("KF-75", {"Layout": ["US ANSI", "UK ISO"]}, ["119.00", "119.00"])),
    "K26": L("Window Cleaning, Home Visit", "Clearpane Bristol", "Service", "35.00", "GBP",
             P("We clean the outside windows, frames and sills of houses within 8 miles of Bristol city centre.",
               "£35 for up to 10 windows, £55 for 11 to 20. Inside windows are £15 extra.",
               "We use purified water and a reach-and-wash pole; no ladders above the first floor. Conservatory "
               "roofs are quoted separately."),
             {"Area": ["within 8 miles of Bristol city centre"]},
             ["service", "bristol"], ["Services > Home"],
             options={"Size": ["Up to 10 windows", "11 to 20 windows"]},
             variants=variants("CP-WC", {"Size": ["Up to 10 windows", "11 to 20 windows"]}, ["35.00", "55.00"])),
    "K27": L("Linen Napkin", "Ashgrove", "", "12.00", "USD", "",
             variants=single("AG-LN", "12.00")),
    "K28": L("Brass Coat Hook", "", "", "9.00", "USD", "",
             {"Length": ["7 cm"]},
             variants=single("BCH-7", "9.00")),
    "K29": L("Calligraphy Starter Set", "Quillmark", "Bundle", None, "USD",
             P("Everything to start pointed-pen calligraphy, each item also sold on its own."),
             children=[
                 {"title": "Oblique pen holder", "price": "18.00", "attributes": {"Material": ["pear wood"]}},
                 {"title": "Nikko G nibs, pack of 5", "price": "9.00", "attributes": {"Count": ["5"]}},
                 {"title": "Black sumi ink 60 ml", "price": "11.00", "attributes": {"Volume": ["60 ml"]}},
                 {"title": "Practice pad A4, 50 sheets", "price": "8.00", "attributes": {"Paper": ["90 gsm"]}},
             ]),
    "K30": L("Inflatable Touring Kayak", "Riverlane Outfitters", "Kayak", "499.00", "GBP",
             P("Sold and shipped by our partner Riverlane Outfitters, who handle delivery, returns and the "
               "warranty.",
               "A one-person inflatable kayak, 3.3 m long, drop-stitch floor, load up to 110 kg.",
               "Paddle, hand pump and carry bag included. Weighs 12 kg. Always wear a buoyancy aid."),
             {"Length": ["3.3 m"], "Max load": ["110 kg"], "Seats": ["1"]},
             ["Riverlane Outfitters", "kayak", "external"], ["Sports > Paddling"],
             variants=single("RO-ITK", "499.00", g(12, "kg")), weight=g(12, "kg")),
}


def build():
    out = {}
    for key, lst in LISTINGS.items():
        lst = dict(lst)
        lst["external_id"] = key
        out[key] = lst
    return out


def main():
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(build(), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(LISTINGS)} listings")


if __name__ == "__main__":
    main()
