"""Write listings.json for guardrails holdout v37: 30 invented listings, N01..N30.

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
                    "options": {name: value}, "weight": weight, "external_id": f"{sku}-v{n}"})
    return out


def single(sku, price, weight=None, compare=None, title="Default Title"):
    return [{"sku": sku, "title": title, "price": price, "compare_at_price": compare, "options": {},
             "weight": weight, "external_id": f"{sku}-v1"}]


def g(value, unit="g"):
    return {"value": value, "unit": unit}


def L(title, vendor, ptype, price, currency, desc, attrs=None, tags=(), cats=(), extra=None, **kw):
    out = {"title": title, "description_html": desc, "vendor": vendor, "product_type": ptype, "price": price,
           "currency": currency, "attributes": attrs or {}, "tags": list(tags), "categories": list(cats)}
    out.update(extra or {})
    out.update(kw)
    return out


def P(*paras):
    return "".join(f"<p>{p}</p>" for p in paras)


LISTINGS = {
    "N01": L("Bypass Pruning Secateurs 21 cm", "Hollin & Vale", "Secateurs", "38.00", "USD",
             P("Bypass secateurs for live stems and green wood up to 20 mm thick.",
               "The blades are SK5 carbon steel; the upper blade can be replaced. The handles are forged aluminium "
               "with red grips, and a brass safety catch locks the blades closed.",
               "Wipe the blades and oil the pivot after use. Not for dry or dead wood thicker than 15 mm.",
               "Forged and assembled in Slovenia. Ten-year warranty."),
             {"Cutting capacity": ["20 mm"], "Blade": ["SK5 carbon steel"], "Handle": ["forged aluminium"],
              "Length": ["21 cm"], "Origin": ["Slovenia"], "Warranty": ["10 years"]},
             ["gardening", "bypass", "made in slovenia"], ["Garden > Hand tools"],
             options={"Color": ["Red"]}, variants=single("HV-SEC21", "38.00", g(240)), weight=g(240),
             dimensions={"length": 21, "width": None, "height": None, "unit": "cm"}),
    "N02": L("Trail Running Vest 5 L", "Ridgeback Running", "Running vest", "79.00", "USD",
             P("A 5-litre running vest for long trail runs.",
               "Two 500 ml soft flasks ride in the front pockets and are included. The body is nylon mesh, and two "
               "sternum straps adjust the fit.",
               "Sizes by chest: S/M fits 76-91 cm, M/L fits 89-104 cm. It weighs 210 g without the flasks.",
               "One colour: Teal. Hand wash cold and hang to dry."),
             {"Capacity": ["5 L"], "Material": ["nylon mesh"], "Flasks": ["2 x 500 ml, included"]},
             ["running", "hydration"], ["Sport > Running"],
             options={"Size": ["S/M", "M/L"], "Color": ["Teal"]},
             variants=variants("RB-VEST5", {"Size": ["S/M", "M/L"]}, ["79.00", "79.00"], g(210)), weight=g(210)),
    "N03": L("Sisal Cat Scratching Post 80 cm", "Whiskerwood", "Scratching post", "54.00", "USD",
             P("An 80 cm scratching post wrapped in natural sisal rope, tall enough for a full stretch.",
               "The 40 x 40 cm base is particleboard covered in beige plush, with a felt ball on a cord at the "
               "top. It weighs 6.5 kg, so it stays put.",
               "Assembly takes three screws; the tool is in the box. For adult cats and kittens."),
             {"Height": ["80 cm"], "Post": ["sisal rope"], "Base": ["particleboard, plush cover"]},
             ["cats", "sisal"], ["Pets > Cats > Furniture"],
             options={"Color": ["Beige"]}, variants=single("WW-POST80", "54.00", g(6.5, "kg")),
             weight=g(6.5, "kg"), dimensions={"length": 40, "width": 40, "height": 80, "unit": "cm"}),
    "N04": L("Loaf Tin 2 lb", "Crumb & Co", "Loaf tin", "16.00", "GBP",
             P("A 2 lb (900 g) loaf tin of carbon steel with a ceramic non-stick coating.",
               "It measures 23 x 13 x 7 cm inside and is oven safe to 230 °C.",
               "Hand wash in warm soapy water; not for the dishwasher. Made in France."),
             {"Material": ["carbon steel, ceramic non-stick coating"], "Capacity": ["2 lb loaf"],
              "Oven safe": ["230 °C"], "Origin": ["France"]},
             ["baking", "made in france"], ["Kitchen > Bakeware"],
             variants=single("CC-LOAF2", "16.00", g(410)), weight=g(410),
             dimensions={"length": 23, "width": 13, "height": 7, "unit": "cm"}),
    "N05": L("Hand-Dyed Merino DK Yarn, Harbour", "Tidewater Fibre", "Yarn", "26.00", "USD",
             P("A 100 g skein of DK-weight yarn, 200 m long, spun from 100 % superwash merino.",
               "The colourway Harbour is a deep blue-green. Each skein is hand-dyed in Montevideo, Uruguay, so "
               "skeins vary a little; buy enough for a project at once.",
               "Suggested needles: 4 mm. Hand wash at 30 °C and dry flat."),
             {"Fibre": ["100 % superwash merino"], "Weight": ["DK"], "Length": ["200 m"],
              "Origin": ["hand-dyed in Montevideo, Uruguay"]},
             ["knitting", "merino", "hand-dyed"], ["Crafts > Yarn"],
             options={"Colorway": ["Harbour"]}, variants=single("TF-DK-HARB", "26.00", g(100)), weight=g(100)),
    "N06": L("Bench Chisel Set of 4", "Greyling Tools", "Chisel set", "119.00", "USD",
             P("Four bench chisels: 6, 12, 19 and 25 mm.",
               "The blades are chrome-vanadium steel hardened to 60 HRC and come sharpened; hone before first use. "
               "Handles are ash with steel hoops, so they take a mallet.",
               "They come in a waxed canvas roll. Made in Canada."),
             {"Blade": ["chrome-vanadium steel, 60 HRC"], "Handle": ["ash, steel hoops"],
              "Widths": ["6 mm", "12 mm", "19 mm", "25 mm"], "Origin": ["Canada"]},
             ["woodworking", "chisels", "made in canada"], ["Tools > Woodworking"],
             variants=single("GT-CH4", "119.00", g(780)), weight=g(780)),
    "N07": L("Travel Tripod with Ball Head", "Longexposure", "Tripod", "149.00", "USD",
             P("A four-section aluminium travel tripod that opens to 150 cm and folds to 40 cm.",
               "It weighs 1.3 kg and holds up to 8 kg. The ball head takes Arca-Swiss plates, and one plate with a "
               "1/4-20 screw is included.",
               "Comes with a padded bag."),
             {"Legs": ["aluminium, 4 sections"], "Max height": ["150 cm"], "Folded": ["40 cm"],
              "Max load": ["8 kg"], "Head": ["ball head, Arca-Swiss"]},
             ["photography", "tripod"], ["Photo > Supports"],
             variants=single("LE-TRV150", "149.00", g(1.3, "kg")), weight=g(1.3, "kg")),
    "N08": L("Rechargeable Camp Lantern 400 lm", "Emberline", "Lantern", "45.00", "USD",
             P("A 400-lumen warm-white lantern with three modes: high, low and flicker.",
               "The 5200 mAh battery gives up to 60 hours on low and about 5 hours on high, and charges over USB-C "
               "in about 4 hours. A USB-A port lets it top up a phone.",
               "Rated IPX4 against splashes. It has a folding hook and weighs 320 g. Olive."),
             {"Brightness": ["400 lm"], "Battery": ["5200 mAh"], "Rating": ["IPX4"]},
             ["camping", "lantern", "usb-c"], ["Outdoor > Camping > Lighting"],
             options={"Color": ["Olive"]}, variants=single("EL-LAN400", "45.00", g(320)), weight=g(320)),
    "N09": L("Jigsaw Puzzle 1000 Pieces, Night Market", "Foldpiece", "Jigsaw puzzle", "24.00", "USD",
             P("A 1000-piece puzzle of an illustrated night market.",
               "Finished size 68 x 49 cm. Pieces are cut from recycled board and printed with vegetable-based "
               "inks. A poster of the picture is in the box.",
               "Ages 12 and up."),
             {"Pieces": ["1000"], "Finished size": ["68 x 49 cm"], "Board": ["recycled"]},
             ["puzzles", "recycled board"], ["Games > Puzzles"],
             variants=single("FP-1000-NM", "24.00", g(650)), weight=g(650)),
    "N10": L("Street Skateboard Wheels 54 mm (Set of 4)", "Gritline", "Skateboard wheels", "36.00", "USD",
             P("Four 54 mm urethane wheels, 99A hard, with a conical shape for street and park.",
               "White. Bearings are not included; the wheels take standard 608 bearings."),
             {"Diameter": ["54 mm"], "Durometer": ["99A"], "Material": ["urethane"]},
             ["skateboarding", "wheels"], ["Sport > Skateboarding"],
             options={"Color": ["White"]}, variants=single("GL-W54", "36.00", g(220)), weight=g(220)),
    "N11": L("Automatic Field Watch 38 mm", "Marchfield", "Watch", "295.00", "USD",
             P("A 38 mm stainless steel field watch with a green dial and a sapphire crystal.",
               "It runs on an automatic movement with about 41 hours of power reserve, and is water resistant to "
               "100 m.",
               "The 20 mm nylon strap is olive. Assembled in Malaysia. Two-year warranty."),
             {"Case": ["38 mm stainless steel"], "Crystal": ["sapphire"], "Water resistance": ["100 m"],
              "Strap": ["20 mm nylon"], "Origin": ["assembled in Malaysia"]},
             ["watches", "automatic"], ["Accessories > Watches"],
             options={"Dial": ["Green"]}, variants=single("MF-FW38", "295.00", g(62)), weight=g(62)),
    "N12": L("Azafrán de La Mancha DOP, 1 g", "Campos de Almagro", "Azafrán", "12.50", "EUR",
             P("Azafrán en hebras de La Mancha con Denominación de Origen Protegida.",
               "Categoría I según la norma ISO 3632. Cosecha de 2026, tostado y envasado en Consuegra (Toledo).",
               "Se presenta en un tarro de cristal de 1 g. Consérvelo en un lugar fresco y seco, lejos de la luz."),
             {"Peso": ["1 g"], "Origen": ["Consuegra, Toledo"], "Categoría": ["I (ISO 3632)"]},
             ["azafrán", "dop", "la mancha"], ["Alimentación > Especias"],
             variants=single("CA-AZ1", "12.50", g(1)), weight=g(1)),
    "N13": L("Goudse boerenkaas, 12 maanden belegen, 500 g", "Hoeve De Weipoort", "Kaas", "14.95", "EUR",
             P("Boerenkaas gemaakt van rauwe koemelk op onze boerderij bij Bodegraven.",
               "Twaalf maanden gerijpt: stevig, pittig, met kristallen.",
               "Een stuk van 500 g, vacuümverpakt. Bewaren in de koelkast bij 4-8 °C."),
             {"Melk": ["rauwe koemelk"], "Rijping": ["12 maanden"], "Gewicht": ["500 g"]},
             ["kaas", "boerenkaas", "rauwe melk"], ["Eten > Kaas"],
             variants=single("DW-GB12", "14.95", g(500)), weight=g(500)),
    "N14": L("Dalahäst, röd, 10 cm", "Nusnäs Hemslöjd", "Dalahäst", "395.00", "SEK",
             P("En klassisk dalahäst i furu, 10 cm hög.",
               "Varje häst är handtäljd och handmålad i Nusnäs i Dalarna. Färgen är röd med traditionell kurbits.",
               "En prydnad, inte en leksak för barn under tre år."),
             {"Material": ["furu"], "Höjd": ["10 cm"], "Ursprung": ["Nusnäs, Dalarna"]},
             ["dalahäst", "handgjord", "sverige"], ["Hem > Dekoration"],
             options={"Färg": ["Röd"]}, variants=single("NH-DH10", "395.00", g(90)), weight=g(90)),
    "N15": L("Szegedi fűszerpaprika, édesnemes, 100 g", "Tisza-parti Paprika", "Fűszerpaprika", "1490.00", "HUF",
             P("Édesnemes őrölt fűszerpaprika Szegedről.",
               "Szegeden termesztett paprikából, Szegeden őrölve. Nem csípős.",
               "100 g, papírtasakban. Száraz, hűvös helyen tárolandó."),
             {"Tömeg": ["100 g"], "Íz": ["édes, nem csípős"], "Eredet": ["Szeged"]},
             ["paprika", "szeged"], ["Élelmiszer > Fűszerek"],
             variants=single("TP-EN100", "1490.00", g(100)), weight=g(100)),
    "N16": L("Peştemal Plaj Havlusu, 90 x 180 cm", "Buldan Dokuma", "Peştemal", "450.00", "TRY",
             P("%100 pamuktan peştemal, 90 x 180 cm.",
               "Buldan'da mekikli tezgâhlarda dokunur. Renk: lacivert, beyaz ince çizgili.",
               "40 °C'de yıkanabilir. İlk yıkamadan sonra daha yumuşak olur."),
             {"Malzeme": ["%100 pamuk"], "Ölçü": ["90 x 180 cm"], "Menşei": ["Buldan, Denizli"]},
             ["peştemal", "pamuk", "buldan"], ["Ev > Tekstil"],
             options={"Renk": ["Lacivert"]}, variants=single("BD-PS90", "450.00", g(300)), weight=g(300)),
    "N17": L("Lysestage i messing, 12 cm", "Aarhus Messingværk", "Lysestage", "349.00", "DKK",
             P("Lysestage i massivt messing til almindelige kronelys (2,2 cm).",
               "Højde 12 cm. Drejet og poleret i Aarhus.",
               "Messingen mørkner med tiden; pudses med en klud. Tåler ikke opvaskemaskine."),
             {"Materiale": ["massivt messing"], "Højde": ["12 cm"], "Oprindelse": ["Aarhus, Danmark"]},
             ["messing", "lysestage", "dansk design"], ["Bolig > Lys"],
             variants=single("AM-LS12", "349.00", g(420)), weight=g(420)),
    "N18": L("Eucalyptus Wool Wash 500 ml", "Southerly Wash Co", "Wool wash", "19.95", "AUD",
             P("A no-rinse wash for wool and other delicates, scented with eucalyptus oil.",
               "One capful (about 10 ml) per wash, so the 500 ml bottle does about 50 washes.",
               "Made in Hobart, Tasmania. Keep out of reach of children."),
             {"Volume": ["500 ml"], "Scent": ["eucalyptus"], "Origin": ["Hobart, Tasmania"]},
             ["laundry", "wool care", "no-rinse"], ["Home > Laundry"],
             variants=single("SW-EU500", "19.95", g(540)), weight=g(540)),
    "N19": L("Digital Bathroom Scale", "Plumbline Home", "Bathroom scale", "29.00", "USD",
             P("A digital bathroom scale that weighs up to 180 kg in 100 g steps.",
               "It shows kg, lb or stone. The 30 x 30 cm platform is tempered glass, and it switches on when you "
               "step on.",
               "Runs on two AAA batteries, included. It weighs 1.6 kg. Black."),
             {"Capacity": ["180 kg"], "Platform": ["tempered glass"], "Batteries": ["2 x AAA, included"]},
             ["bathroom", "scale"], ["Home > Bathroom"],
             options={"Color": ["Black"]}, variants=single("PH-SC180", "29.00", g(1.6, "kg")),
             weight=g(1.6, "kg"), dimensions={"length": 30, "width": 30, "height": None, "unit": "cm"}),
    "N20": L("Packable Rain Jacket", "Northlee", "Rain jacket", "139.00", "USD",
             P("A 2.5-layer rain jacket with a 10,000 mm waterproof rating and taped seams.",
               "The shell is recycled nylon with a PFC-free water-repellent finish. The hood adjusts at the back, "
               "and the jacket packs into its left pocket.",
               "Sizes S to XL. About 340 g in size M. Black or Rust."),
             {"Waterproof rating": ["10,000 mm"], "Shell": ["recycled nylon"], "Finish": ["PFC-free DWR"]},
             ["outdoor", "rain", "recycled"], ["Clothing > Jackets"],
             options={"Size": ["S", "M", "L", "XL"], "Color": ["Black", "Rust"]},
             variants=variants("NL-RJ", {"Size": ["S", "M", "L", "XL"]}, ["139.00"] * 4, g(340)), weight=g(340)),
    "N21": L("Buckwheat Pillow", "Still Acre", "Pillow", "59.00", "GBP",
             P("A 50 x 70 cm pillow filled with about 3 kg of buckwheat hulls.",
               "Open the zip to take hulls out until the height suits you. The cover is organic cotton and "
               "washes at 40 °C; the hulls are not washable.",
               "Sewn and filled in Lithuania."),
             {"Size": ["50 x 70 cm"], "Fill": ["buckwheat hulls, about 3 kg"], "Cover": ["organic cotton"],
              "Origin": ["Lithuania"]},
             ["sleep", "buckwheat"], ["Home > Bedroom > Pillows"],
             variants=single("SA-BW5070", "59.00", g(3.4, "kg")), weight=g(3.4, "kg"),
             dimensions={"length": 70, "width": 50, "height": None, "unit": "cm"}),
    "N22": L("Cedar Backgammon Set", "Atlas Board Co", "Backgammon set", "89.00", "USD",
             P("A cedar wood backgammon case with inlaid points, 38 x 24 cm closed.",
               "Inside: 30 checkers, two pairs of dice and a doubling cube.",
               "Handmade in Marrakesh, Morocco. The wood is finished with beeswax."),
             {"Wood": ["cedar"], "Closed size": ["38 x 24 cm"], "Pieces": ["30 checkers"],
              "Origin": ["Marrakesh, Morocco"]},
             ["backgammon", "handmade"], ["Games > Board games"],
             variants=single("AB-BG38", "89.00", g(1.4, "kg")), weight=g(1.4, "kg")),
    "N23": L("Chef's Knife 20 cm", "Coutellerie Vernay", "Chef's knife", "129.00", "USD",
             P("A forged 20 cm chef's knife of X50CrMoV15 stainless steel, full tang.",
               "The handle is pakkawood held by three rivets. The knife weighs 220 g.",
               "Hand wash and dry; not for the dishwasher. Made in Thiers, France."),
             {"Blade": ["20 cm, X50CrMoV15 stainless steel"], "Handle": ["pakkawood"], "Origin": ["Thiers, France"]},
             ["knives", "made in france"], ["Kitchen > Knives"],
             variants=single("CV-CK20", "129.00", g(220)), weight=g(220)),
    "N24": L("Mango Habanero Hot Sauce 150 ml", "Fuego Lento", "Hot sauce", "9.00", "USD",
             P("A hot sauce of habanero chillies, ripe mango, cider vinegar and salt.",
               "Hot, with a fruity start. Made in small batches in Oaxaca, Mexico.",
               "150 ml glass bottle. Refrigerate after opening."),
             {"Volume": ["150 ml"], "Heat": ["hot"], "Origin": ["Oaxaca, Mexico"]},
             ["hot sauce", "habanero", "vegan"], ["Food > Sauces"],
             variants=single("FL-MH150", "9.00", g(310)), weight=g(310)),
    "N25": L("Diatonic Harmonica in C", "Bluejay Reeds", "Harmonica", "42.00", "USD",
             P("A 10-hole diatonic harmonica in the key of C.",
               "Brass reeds on brass reed plates, an ABS comb and stainless steel covers.",
               "Comes in a zip case. Play it dry; tap out moisture after playing."),
             {"Key": ["C"], "Holes": ["10"], "Comb": ["ABS"], "Reeds": ["brass"]},
             ["harmonica", "blues"], ["Music > Instruments"],
             variants=single("BJ-H10C", "42.00", g(80)), weight=g(80)),
    "N26": L("Piano Tuning Visit", "Keystone Piano Care", "Service", "140.00", "USD",
             P("A standard tuning for an acoustic piano at your home, within 25 miles of downtown Portland, Oregon.",
               "A visit takes about 90 minutes. If the piano is far below pitch, a pitch raise is needed first: "
               "choose the pitch raise visit ($190).",
               "We do not service digital pianos. Book at least three days ahead."),
             {"Area": ["25 miles of downtown Portland, OR"], "Duration": ["about 90 minutes"]},
             ["service", "piano"], ["Services > Music"],
             options={"Visit": ["Standard tuning", "Tuning with pitch raise"]},
             variants=variants("KP-TUNE", {"Visit": ["Standard tuning", "Tuning with pitch raise"]},
                               ["140.00", "190.00"])),
    "N27": L("Canvas Tote Bag", "Brightwell", "", "18.00", "USD", "",
             variants=single("BW-TOTE", "18.00")),
    "N28": L("Ceramic Soap Dish", "", "", "14.00", "USD", "", {"Diameter": ["11 cm"]},
             variants=single("SOAP-11", "14.00")),
    "N29": L("Sourdough Starter Kit", "Levain Lane", "Kit", None, "USD",
             P("Everything to start and keep a sourdough starter. Each item is also sold on its own."), None,
             ["sourdough", "baking"], ["Kitchen > Baking"],
             children=[{"title": "Starter Jar 1 L", "price": "16.00",
                        "attributes": {"Material": ["glass"], "Capacity": ["1 L"]}},
                       {"title": "Dried Rye Starter 20 g", "price": "8.00", "attributes": {"Weight": ["20 g"]}},
                       {"title": "Rattan Banneton 22 cm", "price": "19.00",
                        "attributes": {"Material": ["rattan"], "Diameter": ["22 cm"]}},
                       {"title": "Bread Lame", "price": "7.00",
                        "attributes": {"Handle": ["beech"], "Blades": ["5 spare"]}}]),
    "N30": L("Garden Shed 8 x 6 ft", "Oakridge Sheds", "Garden shed", "1290.00", "USD",
             P("Sold and delivered by our partner Oakridge Sheds, who handle delivery, returns and the warranty.",
               "An 8 x 6 ft apex shed of pressure-treated spruce with a felt roof, a single door and one window "
               "of styrene glazing.",
               "Delivered flat-packed to the kerb; assembly is not included. Oakridge Sheds give a ten-year "
               "warranty against rot."),
             {"Size": ["8 x 6 ft"], "Timber": ["pressure-treated spruce"], "Roof": ["felt"],
              "Window": ["styrene glazing"], "Warranty": ["10 years against rot (partner)"]},
             ["garden", "shed", "Oakridge Sheds"], ["Garden > Buildings"],
             variants=single("OR-SH86", "1290.00", g(95, "kg")), weight=g(95, "kg")),
}


def build():
    out = {}
    for key, lst in LISTINGS.items():
        row = {"external_id": key}
        row.update(lst)
        out[key] = row
    return out


def main():
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(build(), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(LISTINGS)} listings")


if __name__ == "__main__":
    main()
