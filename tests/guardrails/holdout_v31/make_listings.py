"""Invented listings for guardrails holdout v31 (written for this set; vendors and products are made up).

Run from this folder:  python make_listings.py   (writes listings.json)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per option value; `options` is (name, values), `prices` one price or one per value."""
    name, values = options
    if isinstance(prices, str):
        prices = [prices] * len(values)
    return [{"sku": f"{sku}-{i + 1}", "title": v, "price": p, "compare_at_price": compare, "options": {name: v},
             "weight": weight} for i, (v, p) in enumerate(zip(values, prices, strict=True))]


def single(sku, price, weight=None, compare=None, title="Default Title"):
    return [{"sku": sku, "title": title, "price": price, "compare_at_price": compare, "options": {},
             "weight": weight}]


def g(value, unit="g"):
    return {"value": value, "unit": unit}


def L(title, vendor, ptype, price, currency, desc, attrs=None, tags=(), cats=(), extra=None, **kw):
    lst = {"title": title, "vendor": vendor, "product_type": ptype, "price": price, "currency": currency,
           "description_html": desc, "attributes": attrs or {}, "tags": list(tags), "categories": list(cats)}
    lst.update(extra or {})
    lst.update(kw)
    return lst


def P(*paras):
    return "".join(f"<p>{p}</p>" for p in paras)


LISTINGS = {
    "X01": L("Bevel-Edge Bench Chisel 19 mm", "Oakridge Toolworks", "Chisel", "38.00", "USD",
             P("A 19 mm bevel-edge bench chisel with a high-carbon chrome-vanadium steel blade hardened to 60 HRC.",
               "The ash handle has a steel hoop so it can take a mallet. Blade length 120 mm, overall 260 mm.",
               "Supplied sharpened to a 25&#176; bevel; hone before first use. Wipe with oil to prevent rust."),
             {"Blade material": ["Chrome-vanadium steel"], "Handle": ["Ash"], "Width": ["19 mm"]},
             ("woodworking", "hand tools"), ("Tools > Woodworking > Chisels",),
             variants=single("OR-CH19", "38.00", g(210)), weight=g(210)),
    "X02": L("Bypass Pruning Secateurs", "Fernhollow Garden", "Secateurs", "29.00", "GBP",
             P("Bypass secateurs with a hard-chromed SK5 steel blade and a lightweight aluminium handle.",
               "They cut green stems up to 20 mm thick. The safety catch is operated with the thumb.",
               "For right-handed use only. Replacement blade and spring are sold separately."),
             {"Blade": ["SK5 steel"], "Handle": ["Aluminium"], "Cutting capacity": ["20 mm"]},
             ("gardening",), ("Garden > Hand tools",), options={"Color": ["Moss Green", "Charcoal"]},
             variants=variants("FH-SEC", ("Color", ["Moss Green", "Charcoal"]), "29.00", g(230)), weight=g(230)),
    "X03": L("Soy Wax Flakes 1 kg", "Wickwell Supplies", "Candle wax", "16.00", "USD",
             P("100% soy wax flakes for container candles. Melt point about 52 &#176;C.",
               "Pour at 60-65 &#176;C. Holds up to 10% fragrance oil by weight.",
               "Wax only: wicks, jars and fragrance are not included. Resealable 1 kg bag."),
             {"Material": ["Soy wax"], "Net weight": ["1 kg"]}, ("candle making",), ("Crafts > Candle making",),
             variants=single("WW-SOY1", "16.00", g(1000, "g")), weight=g(1, "kg")),
    "X04": L("Folding Walnut Chess Set 40 cm", "Knight & Rook", "Chess set", "89.00", "USD",
             P("A folding chess board in walnut and maple, 40 cm square when open, with 40 mm squares.",
               "The 32 weighted Staunton pieces are boxwood and ebonised boxwood, with felt bases. King height 76 mm.",
               "The board folds into its own storage box with a brass clasp."),
             {"Board": ["Walnut and maple"], "Pieces": ["Boxwood"], "King height": ["76 mm"]},
             ("chess", "games"), ("Games > Board games > Chess",),
             variants=single("KR-CS40", "89.00", g(1600)), weight=g(1.6, "kg")),
    "X05": L("Lighthouse Jigsaw Puzzle 1000 Pieces", "Quillpiece Puzzles", "Jigsaw puzzle", "24.00", "USD",
             P("A 1000-piece jigsaw of a painted lighthouse at dusk. Finished size 68 x 48 cm.",
               "Pieces are cut from 2 mm recycled board. A reference poster is included in the box.",
               "Recommended for ages 12 and up. Contains small parts."),
             {"Pieces": ["1000"], "Finished size": ["68 x 48 cm"], "Material": ["Recycled board"]},
             ("puzzles",), ("Games > Puzzles",), variants=single("QP-LH1000", "24.00", g(700)), weight=g(700)),
    "X06": L("Merino Running Socks", "Stridewell", "Socks", "18.00", "USD",
             P("Lightweight running socks knitted from 58% merino wool, 39% nylon and 3% elastane.",
               "Cushioned heel and toe, arch support band, quarter length. One pair.",
               "Machine wash at 30 &#176;C, do not tumble dry."),
             {"Material": ["58% merino wool", "39% nylon", "3% elastane"]}, ("running",), ("Sports > Running",),
             options={"Size": ["S", "M", "L"], "Color": ["Slate", "Coral"]},
             variants=[{"sku": f"SW-RS-{s}-{c}", "title": f"{s} / {c}", "price": "18.00", "compare_at_price": None,
                        "options": {"Size": s, "Color": c}, "weight": g(45)} for s in "SML"
                       for c in ("Slate", "Coral")]),
    "X07": L("Cotton Rope Hammock", "Palmshade", "Hammock", "75.00", "USD",
             P("A cotton rope hammock with hardwood spreader bars, 200 cm bed and 140 cm wide.",
               "Holds one person up to 150 kg. Hanging rope and S-hooks included; tree straps sold separately.",
               "Bring it indoors in rain. Not for children under 6 without supervision."),
             {"Material": ["Cotton rope", "Hardwood"], "Max load": ["150 kg"]}, ("outdoor",),
             ("Garden > Hammocks",), options={"Color": ["Natural", "Sage"]},
             variants=variants("PS-HM", ("Color", ["Natural", "Sage"]), "75.00", g(2800)), weight=g(2.8, "kg")),
    "X08": L("Combination Whetstone 1000/6000", "Honbashi Edge", "Whetstone", "42.00", "USD",
             P("A two-sided whetstone: 1000 grit for sharpening, 6000 grit for polishing. 180 x 60 x 30 mm.",
               "Soak the 1000 side for 10 minutes before use; splash the 6000 side. Comes on a rubber base.",
               "Flatten the stone regularly. Not for serrated knives."),
             {"Grit": ["1000", "6000"], "Size": ["180 x 60 x 30 mm"]}, ("knives", "sharpening"),
             ("Kitchen > Knife care",), variants=single("HE-WS16", "42.00", g(650)), weight=g(650)),
    "X09": L("Pasta di Gragnano Paccheri 500 g", "Pastificio Vesuvio", "Pasta", "3.90", "EUR",
             P("Paccheri di grano duro, trafilati al bronzo ed essiccati lentamente a Gragnano (Napoli).",
               "Ingredienti: semola di grano duro, acqua. Può contenere tracce di soia e senape.",
               "Cottura 13 minuti. Confezione da 500 g in carta."),
             {"Ingredienti": ["semola di grano duro", "acqua"], "Origine": ["Gragnano, Campania"],
              "Peso": ["500 g"]}, ("pasta IGP",), ("Alimentari > Pasta",),
             variants=single("PV-PAC500", "3.90", g(500)), weight=g(500)),
    "X10": L("Savon de Marseille à l'huile d'olive 300 g", "Savonnerie du Vieux Port", "Savon", "7.50", "EUR",
             P("Savon de Marseille cuit au chaudron, 72 % d'huiles végétales dont l'huile d'olive.",
               "Fabriqué à Marseille. Sans parfum, sans colorant. Cube de 300 g.",
               "Pour le linge, la maison et les mains."),
             {"Composition": ["72 % huiles végétales", "huile d'olive"], "Origine": ["Marseille"],
              "Poids": ["300 g"]}, ("savon",), ("Maison > Entretien",),
             variants=single("SVP-300", "7.50", g(300)), weight=g(300)),
    "X11": L("Bierkrug Steinzeug 0,5 l", "Töpferei Altmühl", "Bierkrug", "34.00", "EUR",
             P("Handgedrehter Bierkrug aus salzglasiertem Steinzeug mit Zinndeckel. Inhalt 0,5 Liter.",
               "Hergestellt in Kelheim, Bayern. Nur Handwäsche, nicht für die Mikrowelle."),
             {"Material": ["Steinzeug", "Zinn"], "Inhalt": ["0,5 l"], "Herkunft": ["Kelheim, Bayern"]},
             ("bier",), ("Küche > Trinkgefäße",), variants=single("TA-BK05", "34.00", g(900)), weight=g(900)),
    "X12": L("Houten klompen", "Klompenmakerij De Vries", "Klompen", "39.00", "EUR",
             P("Traditionele klompen van populierenhout, met de hand beschilderd met een tulpmotief.",
               "Gemaakt in Marken, Noord-Holland. Maten 36 tot 46. Voor de tuin; niet waterdicht gelakt."),
             {"Materiaal": ["Populierenhout"], "Herkomst": ["Marken"]}, ("klompen",), ("Schoenen",),
             options={"Maat": [str(n) for n in range(36, 47)]},
             variants=variants("KDV", ("Maat", [str(n) for n in range(36, 47)]), "39.00", g(700))),
    "X13": L("Dalahäst 13 cm röd", "Nusnäs Hemslöjd", "Träfigur", "495", "SEK",
             P("Handsnidad och handmålad dalahäst av furu, 13 cm hög.",
               "Tillverkad i Nusnäs, Dalarna. Traditionell röd med kurbitsmålning. Prydnadsföremål, ingen leksak."),
             {"Material": ["Furu"], "Höjd": ["13 cm"], "Ursprung": ["Nusnäs, Dalarna"]}, ("dalahäst",),
             ("Inredning",), variants=single("NH-DH13", "495", g(180))),
    "X14": L("Uldplaid 130 x 180 cm", "Væveriet Fanø", "Plaid", "899", "DKK",
             P("Vævet plaid i 100 % lammeuld, 130 x 180 cm, med frynser.",
               "Vævet på Fanø. Tåler ikke maskinvask; kemisk rens eller luftning."),
             {"Materiale": ["100 % lammeuld"], "Mål": ["130 x 180 cm"], "Oprindelse": ["Fanø"]}, ("plaid",),
             ("Bolig > Tæpper",), options={"Farve": ["Grå", "Okker"]},
             variants=variants("VF-PL", ("Farve", ["Grå", "Okker"]), "899", g(1100))),
    "X15": L("Skleněná vánoční ozdoba", "Sklárna Krkonoše", "Vánoční ozdoba", "290", "CZK",
             P("Foukaná skleněná koule o průměru 8 cm, ručně malovaná.",
               "Vyrobeno v Poniklé v Krkonoších. Křehké, není vhodné pro malé děti."),
             {"Materiál": ["Foukané sklo"], "Průměr": ["8 cm"], "Původ": ["Poniklá"]}, ("vánoce",),
             ("Dekorace",), options={"Barva": ["Modrá", "Zlatá"]},
             variants=variants("SK-OZ", ("Barva", ["Modrá", "Zlatá"]), "290", g(40))),
    "X16": L("Bakır Cezve 250 ml", "Kapalıçarşı Bakırcılık", "Cezve", "650", "TRY",
             P("El dövmesi bakır cezve, içi kalay kaplı. 250 ml, iki fincan kahve için.",
               "Gaziantep'te üretilmiştir. Pirinç sap. Elde yıkayın, bulaşık makinesine koymayın.",
               "İndüksiyon ocaklarda kullanılamaz."),
             {"Malzeme": ["Bakır", "Kalay", "Pirinç"], "Hacim": ["250 ml"], "Menşei": ["Gaziantep"]},
             ("kahve",), ("Mutfak",), variants=single("KB-CZ250", "650", g(320))),
    "X17": L("Εξαιρετικό παρθένο ελαιόλαδο 750 ml", "Ελαιώνες Μεσσηνίας", "Ελαιόλαδο", "14.50", "EUR",
             P("Εξαιρετικό παρθένο ελαιόλαδο από ελιές Κορωνέικη, ψυχρής έκθλιψης.",
               "Παράγεται στην Καλαμάτα, Μεσσηνία. Συγκομιδή Νοεμβρίου 2026. Γυάλινη φιάλη 750 ml.",
               "Οξύτητα κάτω από 0,3 %."),
             {"Ποικιλία": ["Κορωνέικη"], "Όγκος": ["750 ml"], "Προέλευση": ["Καλαμάτα"]}, ("ελαιόλαδο", "ΠΟΠ"),
             ("Τρόφιμα",), variants=single("EM-EVOO750", "14.50", g(1300))),
    "X18": L("청자 찻잔", "이천도예공방", "찻잔", "38000", "KRW",
             P("경기도 이천에서 빚은 청자 찻잔입니다. 용량 150 ml.",
               "유약에 잔금(빙렬)이 있습니다. 전자레인지 사용 불가, 손세척 권장."),
             {"재질": ["청자"], "용량": ["150 ml"], "원산지": ["이천"]}, ("다기",), ("주방",),
             variants=single("ID-CJ150", "38000", g(160))),
    "X19": L("Molcajete de piedra volcánica", "Metates del Valle", "Molcajete", "650.00", "MXN",
             P("Molcajete tallado a mano en piedra volcánica de basalto, 20 cm de diámetro, con tejolote.",
               "Hecho en San Lucas Evangelista, Jalisco. Curar antes del primer uso con arroz. No usar jabón."),
             {"Material": ["Basalto"], "Diámetro": ["20 cm"], "Origen": ["Jalisco"]}, ("cocina mexicana",),
             ("Cocina",), variants=single("MV-MOL20", "650.00", g(4500)), weight=g(4.5, "kg")),
    "X20": L("Donegal Tweed Flat Cap", "Ardara Weavers", "Cap", "65.00", "EUR",
             P("A flat cap in pure new wool Donegal tweed, woven in Ardara, County Donegal.",
               "Quilted cotton lining. Dry clean only."),
             {"Material": ["100% wool tweed"], "Lining": ["Cotton"], "Origin": ["Ardara, County Donegal"]},
             ("hats",), ("Clothing > Hats",), options={"Size": ["56", "58", "60"]},
             variants=variants("AW-FC", ("Size", ["56", "58", "60"]), "65.00", g(110))),
    "X21": L("Red Light Astronomy Torch", "Darksky Gear", "Torch", "22.00", "USD",
             P("A red LED torch that keeps your night vision while you read star charts. Two brightness levels.",
               "Runs on two AA batteries (not included). Aluminium body, 14 cm. Splash resistant, not submersible."),
             {"Light": ["Red LED"], "Power": ["2 x AA"], "Body": ["Aluminium"]}, ("astronomy",),
             ("Outdoors > Astronomy",), variants=single("DG-RT", "22.00", g(95))),
    "X22": L("Sisal Cat Scratching Post 80 cm", "Whiskerly", "Scratching post", "45.00", "USD",
             P("An 80 cm scratching post wrapped in natural sisal rope on a 40 x 40 cm base.",
               "Carpet-covered base, one hanging pom-pom toy. Self-assembly; screws included."),
             {"Height": ["80 cm"], "Base": ["40 x 40 cm"], "Material": ["Sisal", "Carpet"]}, ("cats",),
             ("Pets > Cats",), options={"Color": ["Beige", "Grey"]},
             variants=variants("WH-SP80", ("Color", ["Beige", "Grey"]), "45.00", g(5200))),
    "X23": L("Anti-Fog Swim Goggles", "Laneline", "Swim goggles", "19.00", "USD",
             P("Swim goggles with anti-fog polycarbonate lenses and UV protection.",
               "Silicone seals and split strap, three interchangeable nose bridges. Adult fit. Rinse in fresh water."),
             {"Lens": ["Polycarbonate"], "Seal": ["Silicone"]}, ("swimming",), ("Sports > Swimming",),
             options={"Lens": ["Clear", "Smoke", "Mirror Blue"]},
             variants=variants("LL-GG", ("Lens", ["Clear", "Smoke", "Mirror Blue"]), ["19.00", "19.00", "24.00"],
                               g(40))),
    "X24": L("Table Tennis Bat", "Spinhall", "Table tennis bat", "32.00", "GBP",
             P("A five-ply wood blade with 1.8 mm sponge and pimples-in rubber on both sides, red and black.",
               "Flared handle. ITTF-approved rubbers. Supplied with a zip cover."),
             {"Blade": ["5-ply wood"], "Sponge": ["1.8 mm"]}, ("table tennis",), ("Sports > Table tennis",),
             variants=single("SH-TT5", "32.00", g(170))),
    "X25": L("N Gauge Flexible Track 6 Pack", "Brassline Models", "Model railway track", "27.00", "USD",
             P("Six lengths of N gauge (1:160) flexible track, each 91 cm long, code 55 nickel silver rail.",
               "Wooden-effect sleepers in brown plastic. Rail joiners included. Not for OO or HO."),
             {"Scale": ["N (1:160)"], "Rail": ["Code 55 nickel silver"], "Length": ["91 cm"]},
             ("model railway",), ("Hobbies > Model railways",), variants=single("BL-N6", "27.00", g(300))),
    "X26": L("Silicone Watch Strap 20 mm", "Loopline", "Watch strap", "15.00", "USD",
             P("A soft silicone watch strap for 20 mm lugs, with quick-release spring bars.",
               "Stainless steel buckle. Fits wrists 140-200 mm. Waterproof."),
             {"Material": ["Silicone"], "Lug width": ["20 mm"], "Buckle": ["Stainless steel"]}, ("watches",),
             ("Accessories > Watch straps",), options={"Color": ["Black", "Navy", "Orange"]},
             variants=variants("LL-WS20", ("Color", ["Black", "Navy", "Orange"]), "15.00", g(20))),
    "X27": L("65 W USB-C GaN Charger", "Voltnest", "Charger", "39.00", "USD",
             P("A 65 W wall charger with two USB-C ports and one USB-A port. USB Power Delivery 3.0.",
               "Charges laptops, tablets and phones that charge over USB-C. 65 W from one port; shared when two "
               "are used. US plug, 100-240 V. Cable not included. 18-month warranty."),
             {"Output": ["65 W"], "Ports": ["2 x USB-C", "1 x USB-A"], "Input": ["100-240 V"]},
             ("electronics",), ("Electronics > Chargers",), variants=single("VN-65", "39.00", g(110))),
    "X28": L("Beer and Wine Hydrometer", "Crockbrew", "Hydrometer", "9.00", "USD",
             P("A triple-scale glass hydrometer: specific gravity 0.990-1.170, potential alcohol and Brix.",
               "Calibrated at 20 &#176;C. Comes in a plastic tube that doubles as a test jar. 28 cm long."),
             {"Material": ["Glass"], "Calibration": ["20 °C"]}, ("home brewing",), ("Hobbies > Brewing",),
             variants=single("CB-HY3", "9.00", g(60))),
    "X29": L("Bone Folder 15 cm", "Signature Bindery", "Bone folder", "12.00", "USD",
             P("A genuine cow bone folder for creasing paper, 15 cm long, with one pointed and one rounded end.",
               "Polished by hand. Bone can leave a shine on dark papers; test first."),
             {"Material": ["Cow bone"], "Length": ["15 cm"]}, ("bookbinding",), ("Crafts > Bookbinding",),
             variants=single("SB-BF15", "12.00", g(25))),
    "X30": L("Knife Sharpening Service", "Edgeworks Bath", "Service", "6.00", "GBP",
             P("We hand-sharpen kitchen knives on water stones: £6 a knife, £4 each for five or more.",
               "Drop off at our Bath workshop; ready in three working days. We do not sharpen serrated or "
               "ceramic knives."),
             {"Area": ["Bath workshop drop-off"]}, ("service",), ("Services",),
             options={"Quantity": ["1-4 knives", "5 or more"]},
             variants=variants("EW-SH", ("Quantity", ["1-4 knives", "5 or more"]), ["6.00", "4.00"])),
    "X31": L("Wicker Picnic Hamper", "Willowby", "", "68.00", "USD", "", variants=single("WB-PH", "68.00")),
    "X32": L("Glazed Plant Pot", "Terrafold", "", "21.00", "USD", "", {"Diameter": ["18 cm"]},
             variants=single("TF-PP18", "21.00")),
    "X33": L("Watercolour Starter Set", "Brushmere", "Art set", None, "USD",
             P("Everything to start painting in watercolour; each item is also sold on its own."),
             children=[{"title": "Watercolour pan set, 12 colours", "price": "18.00",
                        "attributes": {"Colours": ["12"]}},
                       {"title": "Round brush size 6, synthetic sable", "price": "7.00",
                        "attributes": {"Hair": ["Synthetic sable"]}},
                       {"title": "Cold-pressed paper pad A5, 300 gsm", "price": "11.00",
                        "attributes": {"Paper": ["300 gsm cotton"]}},
                       {"title": "Ceramic mixing palette", "price": "9.00", "attributes": {"Material": ["Ceramic"]}}],
             variants=[]),
    "X34": L("Garden Storage Shed 6 x 4 ft", "Hollins Home", "Shed", "499.00", "GBP",
             P("Sold and shipped by our partner Larchbrook Sheds, who handle delivery, assembly booking, returns "
               "and the warranty.",
               "An overlap-clad pent shed, 6 x 4 ft, pressure-treated spruce, single door with a hasp.",
               "Roof felt included; base not included."),
             {"Material": ["Pressure-treated spruce"], "Size": ["6 x 4 ft"]}, ("garden",), ("Garden > Sheds",),
             extra={"product_kind": "external", "seller": "Larchbrook Sheds"},
             variants=single("HH-SH64", "499.00")),
    "X35": L("Shea Hand Cream 75 ml", "Meadowmilk", "Hand cream", "14.00", "USD",
             P("A rich hand cream with 15% shea butter and sweet almond oil, lightly scented with lavender.",
               "Contains nuts (almond). 75 ml aluminium tube. Made in Asheville, North Carolina."),
             {"Key ingredients": ["Shea butter", "Sweet almond oil", "Lavender oil"], "Size": ["75 ml"]},
             ("skincare",), ("Beauty > Hands",), variants=single("MM-HC75", "14.00", g(95))),
    "X36": L("Wooden Stacking Rainbow", "Tinderbox Toys", "Toy", "34.00", "USD",
             P("Seven nesting arches of solid beech, coloured with water-based paint. Largest arch 28 cm wide.",
               "For ages 12 months and up. Wipe with a damp cloth."),
             {"Material": ["Beech"], "Pieces": ["7"], "Width": ["28 cm"]}, ("toys",), ("Toys > Baby",),
             variants=single("TT-RB7", "34.00", g(900))),
    "X37": L("Dressmaking Shears 25 cm", "Selvedge & Co", "Scissors", "36.00", "GBP",
             P("Drop-forged steel dressmaking shears, 25 cm, with a bent handle so the fabric stays flat.",
               "Right-handed. Use on fabric only; paper dulls the blades. Re-sharpenable."),
             {"Material": ["Forged steel"], "Length": ["25 cm"]}, ("sewing",), ("Crafts > Sewing",),
             variants=single("SC-DS25", "36.00", g(300))),
    "X38": L("Lens Cleaning Kit", "Clearframe", "Cleaning kit", "17.00", "USD",
             P("A five-piece kit: air blower, lens pen, 30 ml alcohol-free cleaning fluid, 20 lens tissues and "
               "one microfibre cloth, in a zip pouch.",
               "Safe for coated camera lenses and filters. Not for sensors."),
             {"Pieces": ["5"], "Fluid": ["30 ml"]}, ("photography",), ("Cameras > Cleaning",),
             variants=single("CF-LCK5", "17.00", g(150))),
    "X39": L("Pre-Seasoned Cast Iron Skillet 26 cm", "Forgehearth", "Skillet", "49.00", "USD",
             P("A 26 cm cast iron skillet, pre-seasoned with vegetable oil, with two pouring lips and a helper handle.",
               "Works on gas, electric, induction, in the oven and over a campfire. Hand wash, dry and oil. "
               "2.4 kg. Cast in Tennessee."),
             {"Material": ["Cast iron"], "Diameter": ["26 cm"]}, ("cookware",), ("Kitchen > Pans",),
             variants=single("FH-CI26", "49.00", g(2.4, "kg")), weight=g(2.4, "kg")),
    "X40": L("Carbon Trekking Poles (Pair)", "Ridgeway Trail", "Trekking poles", "95.00", "USD",
             P("A pair of three-section carbon fibre trekking poles, adjustable from 100 to 135 cm.",
               "Cork grips, flick-lock adjusters, tungsten carbide tips, rubber feet and snow baskets included. "
               "230 g per pole."),
             {"Material": ["Carbon fibre", "Cork"], "Length": ["100-135 cm"]}, ("hiking",), ("Outdoors > Hiking",),
             variants=single("RT-CP", "95.00", g(460))),
}


def build():
    out = {}
    for key, lst in LISTINGS.items():
        lst = dict(lst, external_id=key)
        kind = lst.pop("product_kind", None)
        seller = lst.pop("seller", None)
        if kind:
            lst["tags"] = lst["tags"] + [f"external product sold by {seller}"]
        out[key] = lst
    return out


def main():
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(build(), f, ensure_ascii=False, indent=1)
    print(f"{len(LISTINGS)} listings")


if __name__ == "__main__":
    main()
