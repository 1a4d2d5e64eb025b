"""Write listings.json for guardrails holdout v35: 30 invented listings, L01..L30.

Run from this folder:  python make_listings.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per option value of a single option, with its own price."""
    (name, values), = options.items()
    out = []
    for n, (value, price) in enumerate(zip(values, prices, strict=True), 1):
        out.append({"sku": f"{sku}-{n}", "title": value, "price": price, "compare_at_price": compare,
                    "options": {name: value}, "weight": weight, "external_id": f"{sku}-{n}"})
    return out


def single(sku, price, weight=None, compare=None, title="Default Title"):
    return [{"sku": sku, "title": title, "price": price, "compare_at_price": compare, "options": {},
             "weight": weight, "external_id": sku}]


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
    "L01": L(
        "Bypass Pruning Shears", "Fernhollow Tools", "Pruning shears", "34.00", "USD",
        P("Bypass secateurs for live stems and green wood. The blades are SK5 carbon steel with a non-stick "
          "coating and cut branches up to 20 mm thick.",
          "The handles are glass-fibre reinforced nylon with a soft grip, and a spring opens the blades after "
          "each cut. A thumb lock keeps them closed in a pocket.",
          "Wipe the blades dry after use and oil the pivot now and then. Not for dead or dry wood."),
        {"Blade material": ["SK5 carbon steel"], "Handle material": ["glass-fibre reinforced nylon"],
         "Cutting capacity": ["20 mm"], "Length": ["21 cm"]},
        tags=("gardening", "secateurs", "bypass"), cats=("Garden > Hand tools",),
        options={"Color": ["Olive"]}, variants=single("FH-SEC", "34.00", g(240)), weight=g(240),
        dimensions={"length": 21, "width": None, "height": None, "unit": "cm"}),
    "L02": L(
        "Measuring Spoons, Set of 6", "Larkspur Kitchen", "Measuring spoons", "16.00", "USD",
        P("Six stainless steel measuring spoons: 1/8 tsp, 1/4 tsp, 1/2 tsp, 1 tsp, 1/2 tbsp and 1 tbsp.",
          "Each is stamped with its size in both teaspoons and millilitres, and magnets in the handles hold "
          "them together in a stack. The level heads fit into most spice jars.",
          "Dishwasher safe."),
        {"Material": ["18/8 stainless steel"], "Pieces": ["6"]},
        tags=("baking", "measuring"), cats=("Kitchen > Baking",),
        variants=single("LK-SP6", "16.00", g(120)), weight=g(120)),
    "L03": L(
        "Slim Running Belt", "Stridewell", "Running belt", "22.00", "USD",
        P("A slim waist belt for a phone, keys and gels. The stretch pocket fits phones up to 6.7 inches, and "
          "a zipped inner pocket holds keys.",
          "S/M fits waists of 66-86 cm and L/XL 84-102 cm.",
          "Made of 80 % polyester and 20 % elastane, with a reflective strip at the back. Black only. Hand "
          "wash and air dry."),
        {"Material": ["80% polyester, 20% elastane"], "Phone size": ["up to 6.7 in"]},
        tags=("running",), cats=("Sport > Running",),
        options={"Size": ["S/M", "L/XL"]},
        variants=variants("SW-RB", {"Size": ["S/M", "L/XL"]}, ["22.00", "22.00"], g(80)), weight=g(80)),
    "L04": L(
        "Rechargeable Camping Lantern", "Emberline", "Lantern", "39.00", "USD",
        P("A rechargeable camping lantern with 350 lumens on high. Three modes: high, low (60 lumens) and red "
          "light.",
          "The 5,200 mAh battery lasts 5 hours on high and 30 hours on low, and charges in about 4 hours over "
          "USB-C (cable included, no wall plug). It can also top up a phone from its USB-A port.",
          "IPX4: fine in rain, not for submerging. Hang it from the folding hook or stand it on its flat base."),
        {"Battery": ["5200 mAh"], "Water resistance": ["IPX4"], "Light output": ["350 lumens"]},
        tags=("camping", "rechargeable"), cats=("Outdoors > Camping",),
        variants=single("EL-LAN", "39.00", g(310)), weight=g(310),
        dimensions={"length": None, "width": 9, "height": 15, "unit": "cm"}),
    "L05": L(
        "Folding Electric Scooter", "Kerbside Motion", "Electric scooter", "429.00", "GBP",
        P("A folding electric scooter for short city trips. Range up to 25 km on a full charge (it depends on "
          "rider weight, hills and temperature); top speed 20 km/h.",
          "The 36 V battery holds 0.28 kWh and charges in about 5 hours. The 8.5-inch solid tyres cannot "
          "puncture. Maximum rider weight 100 kg; the scooter weighs 12.5 kg and folds in three seconds.",
          "Designed in Bristol, assembled in Taiwan. Check local laws before riding on public roads."),
        {"Range": ["25 km"], "Battery": ["0.28 kWh"], "Top speed": ["20 km/h"], "Max load": ["100 kg"]},
        tags=("e-scooter",), cats=("Mobility > Scooters",),
        variants=single("KM-ES1", "429.00", g(12.5, "kg")), weight=g(12.5, "kg")),
    "L06": L(
        "Harbour at Dusk, 1000-Piece Jigsaw", "Tessellate Press", "Jigsaw puzzle", "28.00", "USD",
        P("A 1,000-piece jigsaw of a painted harbour at dusk. Finished size 68 x 48 cm.",
          "The pieces are cut from 2 mm board made from recycled paper, and the board is FSC certified. "
          "Printed and cut in Germany. A poster of the picture comes in the box.",
          "Ages 12 and up: small parts."),
        {"Pieces": ["1000"], "Finished size": ["68 x 48 cm"], "Material": ["recycled board"],
         "Certification": ["FSC"]},
        tags=("puzzle", "recycled"), cats=("Games > Puzzles",),
        variants=single("TP-HAD", "28.00", g(650)), weight=g(650)),
    "L07": L(
        "Complete Skateboard 8.0", "Gullwing Skate Co.", "Complete skateboard", "89.00", "USD",
        P("A ready-to-ride complete. The 8.0 x 31.5 inch deck is seven plies of Canadian maple with a medium "
          "concave.",
          "5.25-inch aluminium trucks, 52 mm 99A urethane wheels and ABEC-7 bearings. Grip tape applied.",
          "Assembled in our California shop."),
        {"Deck": ["8.0 x 31.5 in"], "Deck material": ["7-ply Canadian maple"], "Wheels": ["52 mm 99A"]},
        tags=("skateboard", "complete"), cats=("Sport > Skateboarding",),
        variants=single("GW-C80", "89.00", g(2.4, "kg")), weight=g(2.4, "kg")),
    "L08": L(
        "Hand-Dyed Sock Yarn, Harbour", "Tarnwick Yarns", "Yarn", "18.50", "GBP",
        P("Fingering-weight sock yarn, 75 % superwash merino and 25 % nylon. 100 g skein, about 400 m (437 yd).",
          "Dyed by hand in Leeds in small batches, so skeins from different batches may vary; buy enough for "
          "your project at once. Colourway: Harbour, a tonal deep blue.",
          "Suggested needles 2.25-3.25 mm. Machine wash at 30 °C on a wool cycle; dry flat."),
        {"Fibre": ["75% superwash merino, 25% nylon"], "Weight": ["100 g"], "Length": ["400 m"]},
        tags=("yarn", "sock yarn", "hand-dyed"), cats=("Crafts > Knitting",),
        options={"Colourway": ["Harbour"]}, variants=single("TW-HAR", "18.50", g(100)), weight=g(100)),
    "L09": L(
        "Tall Sisal Scratching Post", "Whiskerfield", "Scratching post", "45.00", "USD",
        P("A tall sisal scratching post, 80 cm high, so cats can stretch full length.",
          "Natural sisal rope wound on a cardboard tube; the 40 x 40 cm base is MDF covered in grey plush and "
          "keeps it steady. A pom-pom toy hangs from the top.",
          "Screws together in minutes; tools included."),
        {"Height": ["80 cm"], "Base": ["40 x 40 cm"], "Material": ["sisal rope", "MDF", "plush"]},
        tags=("cats",), cats=("Pets > Cats",),
        options={"Color": ["Grey"]}, variants=single("WF-SP80", "45.00", g(5.2, "kg")), weight=g(5.2, "kg"),
        dimensions={"length": 40, "width": 40, "height": 80, "unit": "cm"}),
    "L10": L(
        "Vented Riding Helmet", "Bridleway Safety", "Riding helmet", "119.00", "USD",
        P("A vented riding helmet certified to VG1 01.040 2014-12 and PAS 015:2011.",
          "ABS shell with an EPS liner, six vents, a removable washable liner and an adjustable dial at the "
          "back. Navy with a matt finish.",
          "Replace it after any fall, even if no damage shows."),
        {"Certification": ["VG1 01.040 2014-12", "PAS 015:2011"], "Shell": ["ABS"], "Liner": ["EPS"]},
        tags=("equestrian", "helmet"), cats=("Sport > Equestrian",),
        options={"Size": ["S (53-55 cm)", "M (56-58 cm)", "L (59-61 cm)"], "Color": ["Navy"]},
        variants=variants("BS-RH", {"Size": ["S (53-55 cm)", "M (56-58 cm)", "L (59-61 cm)"]},
                          ["119.00", "119.00", "119.00"], g(480)),
        weight=g(480)),
    "L11": L(
        "Aluminium Travel Tripod", "Northlight Optics", "Tripod", "129.00", "USD",
        P("A travel tripod with four-section aluminium legs. Maximum height 150 cm with the centre column up, "
          "minimum 35 cm; folded length 38 cm.",
          "Weighs 1.4 kg and holds up to 8 kg. Ball head with an Arca-Swiss compatible quick-release plate "
          "and a 1/4-inch screw.",
          "Carry bag included."),
        {"Legs": ["aluminium, 4 sections"], "Max height": ["150 cm"], "Folded length": ["38 cm"],
         "Load": ["8 kg"]},
        tags=("photography", "tripod"), cats=("Photography > Supports",),
        variants=single("NO-TT4", "129.00", g(1.4, "kg")), weight=g(1.4, "kg")),
    "L12": L(
        "Paccheri di Gragnano IGP 500 g", "Pastificio Vallelonga", "Pasta", "3.40", "EUR",
        P("Paccheri di semola di grano duro, trafilati al bronzo ed essiccati lentamente per 36 ore.",
          "Pasta di Gragnano IGP, prodotta a Gragnano (NA). Confezione da 500 g in carta.",
          "Cottura: 14-15 minuti. Contiene glutine. Può contenere tracce di soia."),
        {"Ingredienti": ["semola di grano duro", "acqua"], "Peso": ["500 g"], "Origine": ["Gragnano (NA)"],
         "Certificazione": ["IGP"]},
        tags=("pasta", "trafilata al bronzo"), cats=("Dispensa > Pasta",),
        variants=single("PV-PAC", "3.40", g(500)), weight=g(500)),
    "L13": L(
        "Savon de Marseille à l'huile d'olive 300 g", "Savonnerie du Vallon Bleu", "Savon", "6.50", "EUR",
        P("Véritable savon de Marseille, 72 % d'huiles, cuit au chaudron à Salon-de-Provence.",
          "Huile d'olive et huile de coprah, sans parfum, sans colorant, sans huile de palme. Cube de 300 g.",
          "Pour le linge, la maison et la toilette. Vendu nu, sans emballage plastique."),
        {"Poids": ["300 g"], "Huiles": ["72 %"], "Origine": ["Salon-de-Provence"]},
        tags=("sans parfum", "sans huile de palme"), cats=("Maison > Savons",),
        variants=single("VB-SM300", "6.50", g(300)), weight=g(300)),
    "L14": L(
        "Bienenwachskerze 20 cm", "Wachszieherei Lindenhof", "Kerze", "14.90", "EUR",
        P("Stumpenkerze aus 100 % reinem Bienenwachs, handgegossen in Freiburg im Breisgau.",
          "Höhe 20 cm, Durchmesser 5 cm, Brenndauer ca. 40 Stunden. Baumwolldocht. Naturfarben (honiggelb), "
          "leichter Honigduft.",
          "Nie unbeaufsichtigt brennen lassen."),
        {"Material": ["100 % Bienenwachs"], "Docht": ["Baumwolle"], "Brenndauer": ["ca. 40 Stunden"],
         "Höhe": ["20 cm"], "Durchmesser": ["5 cm"]},
        tags=("bienenwachs", "handgegossen"), cats=("Wohnen > Kerzen",),
        options={"Farbe": ["Honiggelb"]}, variants=single("WL-BK20", "14.90", g(350)), weight=g(350)),
    "L15": L(
        "Oude boerenkaas 500 g", "Kaasboerderij De Gouwe Hoeve", "Kaas", "12.95", "EUR",
        P("Oude Goudse boerenkaas van rauwe koemelk, minstens 12 maanden gerijpt op onze boerderij bij "
          "Reeuwijk. 48+ (48 % vet in de droge stof).",
          "Stuk van ca. 500 g, vacuüm verpakt. Bewaren in de koelkast, 4-7 °C.",
          "Niet geschikt voor zwangere vrouwen (rauwe melk). Bevat melk."),
        {"Melk": ["rauwe koemelk"], "Rijping": ["minimaal 12 maanden"], "Vet": ["48+"],
         "Gewicht": ["ca. 500 g"]},
        tags=("boerenkaas", "rauwe melk"), cats=("Delicatessen > Kaas",),
        variants=single("GH-OBK", "12.95", g(500)), weight=g(500)),
    "L16": L(
        "Salsa de chile habanero 150 ml", "Salsas La Ceiba", "Salsa picante", "89.00", "MXN",
        P("Salsa picante de chile habanero rojo (40 %), vinagre de caña, zanahoria, ajo y sal. Elaborada a "
          "mano en Mérida, Yucatán.",
          "Frasco de vidrio de 150 ml. Picor: muy alto. Una cucharadita (5 ml) basta para un plato.",
          "Refrigerar después de abrir. Sin conservadores artificiales."),
        {"Contenido": ["150 ml"], "Chile": ["habanero rojo 40 %"], "Origen": ["Mérida, Yucatán"]},
        tags=("picante", "habanero"), cats=("Despensa > Salsas",),
        variants=single("LC-HAB150", "89.00", g(260)), weight=g(260)),
    "L17": L(
        "Handmålad dalahäst 13 cm, röd", "Hemslöjd Nordvik", "Dalahäst", "395.00", "SEK",
        P("Dalahäst snidad för hand av furu och målad för hand i Nusnäs, Dalarna. Höjd 13 cm.",
          "Traditionell röd med kurbitsmålning. Varje häst är unik, så mönstret kan skilja sig något från "
          "bilden. Lackerad.",
          "Dekoration, inte en leksak för små barn."),
        {"Material": ["furu"], "Höjd": ["13 cm"], "Ursprung": ["Nusnäs, Dalarna"]},
        tags=("hemslöjd", "dalahäst"), cats=("Inredning > Dekoration",),
        options={"Färg": ["Röd"]}, variants=single("HN-DH13", "395.00", g(150)), weight=g(150)),
    "L18": L(
        "Peştemal plaj havlusu 100 x 180 cm", "Dokuma Evi Buldan", "Peştemal", "450.00", "TRY",
        P("%100 pamuktan, Buldan'da (Denizli) el tezgâhında dokunmuş peştemal. 100 x 180 cm, püsküllü "
          "kenarlar.",
          "Hafif ve çabuk kurur; katlanınca az yer kaplar.",
          "30 °C'de yıkayın, kurutma makinesine atmayın. İlk yıkamalarda biraz hav bırakabilir."),
        {"Malzeme": ["%100 pamuk"], "Ölçü": ["100 x 180 cm"], "Menşe": ["Buldan, Denizli"]},
        tags=("peştemal", "pamuk"), cats=("Ev > Havlu",),
        options={"Renk": ["Lacivert", "Turkuaz"]},
        variants=variants("DE-PS", {"Renk": ["Lacivert", "Turkuaz"]}, ["450.00", "450.00"], g(350)),
        weight=g(350)),
    "L19": L(
        "Pale Ale Home Brewing Kit", "Copperkettle Brewing", "Brewing kit", "59.00", "USD",
        P("Everything to brew your first batch of pale ale at home: a 5-litre glass demijohn, airlock and "
          "bung, a stick-on thermometer, a bottle filler, 100 g of no-rinse sanitiser and an ingredient pack "
          "(liquid malt extract, hops and dry yeast).",
          "Makes about 4.5 litres (around 13 bottles of 330 ml; bottles not included). Ready to drink in about "
          "four weeks. Expect about 5 % ABV.",
          "For adults of legal drinking age only."),
        {"Makes": ["about 4.5 litres"], "Fermenter": ["5 L glass demijohn"]},
        tags=("home brewing", "beer"), cats=("Food and drink > Brewing",),
        variants=single("CK-PA45", "59.00", g(3.1, "kg")), weight=g(3.1, "kg")),
    "L20": L(
        "Damascus Santoku 18 cm", "Ridgeback Knives", "Kitchen knife", "149.00", "USD",
        P("An 18 cm santoku with a VG-10 steel core clad in layered stainless Damascus, 67 layers in all. "
          "Forged in Seki, Gifu Prefecture, Japan. Hardness 60-61 HRC.",
          "Octagonal pakkawood handle. 175 g. Comes in a gift box.",
          "Hand wash and dry straight away; not for the dishwasher. Sharpen on a whetstone only."),
        {"Blade": ["VG-10 core, 67-layer Damascus"], "Blade length": ["18 cm"], "Hardness": ["60-61 HRC"],
         "Handle": ["pakkawood"]},
        tags=("knife", "santoku"), cats=("Kitchen > Knives",),
        variants=single("RB-SAN18", "149.00", g(175)), weight=g(175)),
    "L21": L(
        "Wi-Fi Smart Plug with Energy Monitor", "Voltwise", "Smart plug", "19.95", "EUR",
        P("A Wi-Fi smart plug (type F, Schuko) with energy monitoring. Switch it from the app, on a schedule "
          "or by voice with Google Home or Amazon Alexa. Not compatible with Apple HomeKit.",
          "Handles up to 16 A / 3,680 W. The app shows live power in watts and daily, weekly and monthly use "
          "in kWh.",
          "2.4 GHz Wi-Fi only (not 5 GHz). For indoor use. One plug per pack."),
        {"Max load": ["16 A / 3680 W"], "Wi-Fi": ["2.4 GHz"], "Plug": ["type F"]},
        tags=("smart home", "energy monitoring"), cats=("Electronics > Smart home",),
        variants=single("VW-SP1", "19.95", g(90)), weight=g(90)),
    "L22": L(
        "Bamboo Muslin Swaddles, Set of 3", "Little Fern", "Swaddle blankets", "42.00", "USD",
        P("A set of three muslin swaddles, 120 x 120 cm each, woven from 70 % bamboo viscose and 30 % cotton.",
          "One of each colour: Sage, Oat and Cloud. Certified to OEKO-TEX Standard 100.",
          "Machine wash at 40 °C; they soften with every wash. Never cover a baby's face."),
        {"Fabric": ["70% bamboo viscose, 30% cotton"], "Size": ["120 x 120 cm"], "Pieces": ["3"],
         "Colours in the set": ["Sage", "Oat", "Cloud"], "Certification": ["OEKO-TEX Standard 100"]},
        tags=("baby", "muslin"), cats=("Baby > Blankets",),
        variants=single("LF-MS3", "42.00", g(390)), weight=g(390)),
    "L23": L(
        "Cast Iron Kettlebell 16 kg", "Ironvale", "Kettlebell", "64.00", "USD",
        P("A 16 kg kettlebell cast in one piece of solid iron, with no welds or seams.",
          "Flat base and a wide 33 mm handle, powder-coated in matt black for grip. Weight marked in kg and lb "
          "on the side.",
          "Use it on rubber mats, not bare floors."),
        {"Weight": ["16 kg"], "Material": ["cast iron"], "Handle diameter": ["33 mm"],
         "Finish": ["powder coat"]},
        tags=("fitness", "kettlebell"), cats=("Sport > Strength",),
        options={"Color": ["Matt black"]}, variants=single("IV-KB16", "64.00", g(16, "kg")),
        weight=g(16, "kg")),
    "L24": L(
        "Diatonic Harmonica in C", "Bluebird Reeds", "Harmonica", "38.00", "USD",
        P("A 10-hole diatonic harmonica in the key of C. Brass reed plates with 20 reeds, a black ABS comb and "
          "stainless steel covers.",
          "Richter tuning at A = 442 Hz. Comes in a hard plastic case.",
          "Tap it dry after playing; do not rinse."),
        {"Key": ["C"], "Holes": ["10"], "Reeds": ["20, brass"], "Comb": ["ABS"], "Covers": ["stainless steel"]},
        tags=("harmonica", "blues harp"), cats=("Music > Harmonicas",),
        options={"Key": ["C"]}, variants=single("BR-H10C", "38.00", g(80)), weight=g(80)),
    "L25": L(
        "38 mm Field Watch", "Marlow Field", "Watch", "179.00", "USD",
        P("A 38 mm field watch in brushed stainless steel with a sapphire crystal. Japanese quartz movement "
          "(Miyota 2035), battery life about three years.",
          "Water resistant to 10 ATM: fine for swimming, not for diving. 20 mm olive nylon strap with "
          "quick-release pins. Luminous hands.",
          "Two-year warranty."),
        {"Case": ["38 mm stainless steel"], "Crystal": ["sapphire"], "Movement": ["Miyota 2035 quartz"],
         "Water resistance": ["10 ATM"], "Strap": ["20 mm nylon"]},
        tags=("watch", "field watch"), cats=("Accessories > Watches",),
        options={"Strap colour": ["Olive"]}, variants=single("MF-FW38", "179.00", g(45)), weight=g(45)),
    "L26": L(
        "Home Piano Tuning, York", "Minster Piano Care", "Service", "75.00", "GBP",
        P("Piano tuning in your home within 15 miles (24 km) of York city centre. A standard tuning takes "
          "about an hour and costs £75.",
          "If the piano is far below pitch it needs a pitch raise first, £30 extra. Minor repairs (sticking "
          "keys, broken strings) are quoted on the day.",
          "Digital pianos and organs are not serviced. Book at least a week ahead."),
        {"Area": ["within 15 miles of York"], "Duration": ["about 1 hour"]},
        tags=("service", "piano"), cats=("Services > Music",),
        options={"Service": ["Tuning", "Tuning with pitch raise"]},
        variants=variants("MP-TUNE", {"Service": ["Tuning", "Tuning with pitch raise"]}, ["75.00", "105.00"])),
    "L27": L("Olive Wood Spoon", "Saltmarsh Home", "", "14.00", "USD", "",
             variants=single("SH-OWS", "14.00")),
    "L28": L("Enamel Pin", "", "", "10.00", "USD", "", {"Width": ["25 mm"]},
             variants=single("PIN-1", "10.00")),
    "L29": L(
        "Watercolour Starter Set", "Paperkite Art Supply", "Grouped product", None, "USD",
        P("Four things to start painting with watercolour, each sold on its own."),
        tags=("watercolour", "art supplies"), cats=("Art > Painting",),
        children=[
            {"title": "12-Pan Watercolour Set", "price": "24.00", "attributes": {"Pans": ["12 half pans"]}},
            {"title": "Round Brush Size 8", "price": "7.00", "attributes": {"Hair": ["synthetic sable"]}},
            {"title": "Cold-Press Pad A5, 20 sheets", "price": "12.00",
             "attributes": {"Paper": ["300 gsm, 100% cotton"]}},
            {"title": "Water Brush Pen", "price": "5.00", "attributes": {}},
        ]),
    "L30": L(
        "Garden Shed 8 x 6 ft", "Hollins Garden Buildings", "Garden shed", "649.00", "GBP",
        P("Sold and delivered by our partner Hollins Garden Buildings, who handle delivery, returns and the "
          "warranty.",
          "Tongue-and-groove spruce cladding, 12 mm, pressure-treated against rot; apex roof with green mineral "
          "felt; single door with a hasp for a padlock (padlock not included); one fixed window. 2.4 x 1.8 m "
          "(8 x 6 ft), ridge height 2.1 m.",
          "Delivered flat-packed; assembly is not included (two people need about half a day). Hollins give a "
          "10-year anti-rot guarantee."),
        {"Size": ["8 x 6 ft (2.4 x 1.8 m)"], "Cladding": ["12 mm tongue-and-groove spruce"],
         "Roof": ["mineral felt"], "Guarantee": ["10-year anti-rot (by Hollins)"]},
        tags=("Hollins Garden Buildings", "partner", "garden"), cats=("Garden > Sheds",),
        variants=single("HGB-86", "649.00", g(180, "kg")), weight=g(180, "kg")),
}


def build():
    out = {}
    for key, listing in LISTINGS.items():
        row = {"external_id": key}
        row.update(listing)
        out[key] = row
    return out


def main():
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(build(), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(LISTINGS)} listings")


if __name__ == "__main__":
    main()
