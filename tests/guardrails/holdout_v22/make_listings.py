"""Build listings.json for guardrails holdout v22 (30 invented listings, V01..V30).

Run from this folder:  python make_listings.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per combination given as a list of option dicts, with its price."""
    out = []
    for n, (opts, price) in enumerate(zip(options, prices, strict=True), 1):
        out.append({"sku": f"{sku}-{n}", "title": " / ".join(opts.values()), "price": price,
                    "compare_at_price": compare, "options": opts, "weight": weight,
                    "external_id": f"{sku}-{n}"})
    return out


def single(sku, price, weight=None, compare=None, title="Default Title"):
    return [{"sku": sku, "title": title, "price": price, "compare_at_price": compare, "options": {},
             "weight": weight, "external_id": sku}]


def g(value, unit="g"):
    return {"value": value, "unit": unit}


def by(option, values, prices, sku, weight=None, compare=None):
    return variants(sku, [{option: v} for v in values], prices, weight, compare)


def L(title, vendor, ptype, price, currency, desc, attrs=None, tags=(), cats=(), extra=None, **kw):
    lst = {"title": title, "vendor": vendor, "product_type": ptype, "price": price, "currency": currency,
           "description_html": "".join(f"<p>{p}</p>" for p in desc), "attributes": attrs or {},
           "tags": list(tags), "categories": list(cats)}
    lst.update(extra or {})
    lst.update(kw)
    return lst


LISTINGS = {
    "V01": L("Dressmaker Shears 25 cm", "Selvedge Lane", "Sewing shears", "38.00", "GBP", [
        "Bent-handle dressmaker shears for cutting fabric flat on the table.",
        "The blades are drop-forged carbon steel, the handles are black powder-coated steel and the pivot "
        "screw is brass. The shears cut cleanly through up to four layers of cotton or two of denim.",
        "Right-handed only. Use them for fabric alone: paper dulls the edge.",
        "Forged and finished in Sheffield, England. Wipe the blades dry after use and put a drop of oil on the "
        "pivot now and then."],
        {"Length": ["25 cm"], "Blade material": ["carbon steel"], "Handle material": ["powder-coated steel"]},
        tags=["sewing", "dressmaking"], cats=["Sewing > Cutting"], weight=g(320),
        variants=single("SL-SH25", "38.00", g(320)), sku="SL-SH25"),
    "V02": L("Bevel-Edge Chisel Set of 4", "Kerfwright Tools", "Chisel set", "89.00", "USD", [
        "Four bevel-edge bench chisels: 6, 12, 18 and 25 mm wide.",
        "Chrome-vanadium steel blades hardened to 60 HRC, ash handles with steel caps so they can be struck "
        "with a mallet. They come honed; give them a final hone before first use.",
        "The set rolls up in a waxed canvas tool roll, included.",
        "Covered by our five-year warranty against defects in materials and workmanship."],
        {"Blade material": ["chrome-vanadium steel"], "Handle material": ["ash"], "Hardness": ["60 HRC"],
         "Pieces": ["4"], "Warranty": ["5 years"]},
        tags=["woodworking"], cats=["Tools > Chisels"], weight=g(780),
        variants=single("KW-CH4", "89.00", g(780)), sku="KW-CH4"),
    "V03": L("Lapsang Souchong Loose Leaf Tea, 100 g Tin", "Kettle Hollow Tea", "Loose leaf tea", "16.00", "USD", [
        "A pine-smoked black tea grown in the Wuyi mountains of Fujian, China, and packed in our Oregon "
        "warehouse.",
        "Ingredients: 100% black tea. Contains caffeine.",
        "Brew 2.5 g of leaf in 250 ml of water at 95 °C for 3 to 4 minutes. A tin makes about 40 cups.",
        "Keep the tin closed, in a cool, dry cupboard away from other strong smells."],
        {"Net weight": ["100 g"], "Origin": ["Fujian, China"], "Caffeine": ["yes"]},
        tags=["black tea", "smoked"], cats=["Tea > Black tea"], weight=g(100),
        variants=single("KH-LAP100", "16.00", g(100)), sku="KH-LAP100"),
    "V04": L("Red-Light Astronomy Torch", "Darkfield Optics", "Torch", "29.00", "AUD", [
        "A torch with red light only, so your eyes stay adapted to the dark while you read star charts.",
        "Two 620 nm red LEDs dim smoothly from 0.5 to 15 lumens. It runs on 2 x AA batteries (not included): "
        "about 40 hours at the lowest setting.",
        "Anodised aluminium body, rated IPX4 against splashes, with a wrist lanyard. 14 cm long."],
        {"Light": ["red, 620 nm"], "Brightness": ["0.5-15 lm"], "Batteries": ["2 x AA, not included"],
         "Body": ["anodised aluminium"], "Water resistance": ["IPX4"]},
        tags=["astronomy", "stargazing"], cats=["Outdoors > Astronomy"], weight=g(85),
        dimensions={"length": 14, "width": None, "height": None, "unit": "cm"},
        variants=single("DO-RT1", "29.00", g(85)), sku="DO-RT1"),
    "V05": L("Skateboard Bearings 608, Set of 8", "Curbcut Supply", "Skateboard bearings", "22.00", "USD", [
        "Eight 608 bearings, enough for one skateboard: 8 mm bore, 22 mm outside, 7 mm wide.",
        "ABEC 7 rated, chrome steel balls in a nylon cage, one removable rubber shield each. Factory greased.",
        "They fit standard 8 mm skateboard and longboard axles. Spacers and speed washers are not included.",
        "To clean, pop the shield and soak them in isopropyl alcohol, never water; dry and re-grease."],
        {"Size": ["608"], "Rating": ["ABEC 7"], "Balls": ["chrome steel"], "Shields": ["rubber, removable"],
         "Count": ["8"]},
        tags=["skateboarding"], cats=["Skate > Parts"], weight=g(96),
        variants=single("CC-608-8", "22.00", g(96)), sku="CC-608-8"),
    "V06": L("Padded Dog Harness", "Tailwind Pet Co", "Dog harness", "42.00", "CAD", [
        "A step-in harness with a padded chest plate and two buckles.",
        "Measure your dog's chest at its widest: S fits 40-55 cm, M 55-70 cm, L 70-90 cm.",
        "Nylon webbing outside, polyester air-mesh padding, acetal plastic buckles and an aluminium D-ring on "
        "the back. Reflective stitching along the straps.",
        "For walking only: it is not a car restraint and has not been crash-tested. Machine wash cold and "
        "hang to dry."],
        {"Outer": ["nylon webbing"], "Padding": ["polyester mesh"], "Buckles": ["acetal"],
         "D-ring": ["aluminium"]},
        tags=["dog", "harness"], cats=["Pets > Dogs > Walking"], options={"Size": ["S", "M", "L"],
                                                                          "Colour": ["Moss", "Rust"]},
        variants=variants("TW-HAR", [{"Size": s, "Colour": c} for s in ("S", "M", "L") for c in ("Moss", "Rust")],
                          ["42.00", "42.00", "42.00", "42.00", "46.00", "46.00"]), sku="TW-HAR"),
    "V07": L("Cool Water Surf Wax", "Saltline Wax Co.", "Surf wax", "7.00", "NZD", [
        "Top coat surf wax for water between 14 and 19 °C.",
        "Made from beeswax, coconut oil and pine resin, scented with coconut. One 85 g bar.",
        "Put a base coat on a new board first (base coat not sold here); this bar goes on top.",
        "Poured by hand in Raglan, New Zealand. Keep it out of a hot car: it softens above 30 °C."],
        {"Water temperature": ["14-19 °C"], "Weight": ["85 g"], "Ingredients": ["beeswax, coconut oil, pine resin"]},
        tags=["surf", "wax"], cats=["Surf > Wax"], weight=g(85),
        variants=single("SW-COOL", "7.00", g(85)), sku="SW-COOL"),
    "V08": L("Phosphor Bronze Acoustic Guitar Strings, Light 12-53", "Fretline Strings", "Guitar strings", "12.00",
             "USD", [
        "A set of six strings for steel-string acoustic guitars, gauges .012, .016, .024w, .032, .045 and .053.",
        "The wound strings are phosphor bronze on a hex steel core; the plain strings are tin-plated steel. "
        "Uncoated, with ball ends.",
        "Not for classical guitars, which take nylon strings.",
        "Wound in Nashville, Tennessee. Buy one set or a pack of three sets."],
        {"Gauges": [".012-.053"], "Winding": ["phosphor bronze"], "Core": ["hex steel"], "Strings per set": ["6"]},
        tags=["guitar", "strings"], cats=["Music > Strings"], options={"Pack": ["1 set", "3 sets"]},
        variants=by("Pack", ["1 set", "3 sets"], ["12.00", "30.00"], "FL-PB1253"), sku="FL-PB1253"),
    "V09": L("Leather Camera Wrist Strap", "Shutterfield", "Camera strap", "34.00", "EUR", [
        "A wrist strap cut from vegetable-tanned leather, with a solid brass split ring that threads through "
        "your camera's strap lug.",
        "The loop is 26 cm around; it holds cameras up to 2 kg. It does not attach to the tripod socket.",
        "Handmade in Lisbon, Portugal. Condition the leather once or twice a year with a leather balm."],
        {"Material": ["vegetable-tanned leather"], "Ring": ["solid brass"], "Loop": ["26 cm"],
         "Maximum load": ["2 kg"]},
        tags=["photography"], cats=["Photo > Straps"], options={"Colour": ["Tan", "Dark Brown"]},
        variants=by("Colour", ["Tan", "Dark Brown"], ["34.00", "34.00"], "SF-WS"), sku="SF-WS"),
    "V10": L("Hi-Vis Running Vest", "Nightstride", "Running vest", "28.00", "GBP", [
        "A light mesh vest in fluorescent yellow with reflective tape front and back, certified to EN 17353.",
        "100% polyester mesh, 95 g. One zipped back pocket holds a phone up to 6.7 inches.",
        "Two sizes: S/M for chest 86-102 cm, L/XL for chest 102-122 cm.",
        "Machine wash at 30 °C. Do not tumble dry and do not iron the reflective tape."],
        {"Material": ["polyester mesh"], "Colour": ["fluorescent yellow"], "Standard": ["EN 17353"],
         "Weight": ["95 g"]},
        tags=["running", "visibility"], cats=["Sport > Running"], options={"Size": ["S/M", "L/XL"]},
        variants=by("Size", ["S/M", "L/XL"], ["28.00", "28.00"], "NS-VEST", g(95)), sku="NS-VEST"),
    "V11": L("Mühle-Spiel aus Holz", "Spielholz Manufaktur", "Brettspiel", "39.00", "EUR", [
        "Das klassische Mühle-Spiel für zwei Personen.",
        "Das Brett ist aus Nussbaum, 30 x 30 cm und 1,8 cm stark. Die 18 Spielsteine sind gedrechselt: neun "
        "helle aus Ahorn, neun dunkle aus Nussbaum. Sie liegen in einem Baumwollsäckchen bei.",
        "Geeignet ab 6 Jahren. Enthält Kleinteile.",
        "Gefertigt im Erzgebirge, Deutschland. Nur trocken oder nebelfeucht abwischen."],
        {"Brett": ["Nussbaum"], "Spielsteine": ["Ahorn, Nussbaum"], "Maße": ["30 x 30 cm"], "Alter": ["ab 6 Jahren"]},
        tags=["brettspiel", "holz"], cats=["Spiele > Brettspiele"], weight=g(1.1, "kg"),
        variants=single("SH-MUEHLE", "39.00"), sku="SH-MUEHLE"),
    "V12": L("Beer Hydrometer with Test Jar", "Wort and Barrel", "Hydrometer", "18.00", "USD", [
        "A glass triple-scale hydrometer and a 25 cm plastic test jar for home brewers.",
        "It reads specific gravity from 0.990 to 1.170 and is calibrated at 20 °C (68 °F). Take a reading "
        "before and after fermentation and the difference gives the alcohol content; it does not read alcohol "
        "in spirits.",
        "Rinse in warm water by hand. Not dishwasher safe."],
        {"Range": ["0.990-1.170 SG"], "Calibration": ["20 °C"], "Hydrometer": ["glass"],
         "Test jar": ["polycarbonate, 25 cm"]},
        tags=["homebrew", "beer"], cats=["Brewing > Testing"], weight=g(140),
        variants=single("WB-HYD", "18.00", g(140)), sku="WB-HYD"),
    "V13": L("Anti-Fog Swim Goggles", "Lanefour", "Swim goggles", "19.00", "USD", [
        "Pool goggles with polycarbonate lenses, an anti-fog coating and UV protection.",
        "Soft silicone seals and a split silicone strap; the nose bridge comes in three widths in the box.",
        "For pool and open-water swimming at the surface. They are not a diving mask and not made to "
        "prescription.",
        "Rinse in cool fresh water after each swim and let them dry. Do not rub the inside of the lenses."],
        {"Lens": ["polycarbonate"], "Seals": ["silicone"], "Strap": ["silicone, split"]},
        tags=["swimming"], cats=["Sport > Swimming"], options={"Lens tint": ["Clear", "Smoke"]},
        variants=by("Lens tint", ["Clear", "Smoke"], ["19.00", "19.00"], "LF-GOG"), sku="LF-GOG"),
    "V14": L("Walnut and Maple Chess Set", "Rank and File Games", "Chess set", "120.00", "USD", [
        "A folding board with walnut and maple squares, 45 mm each; the board is 40 x 40 cm open.",
        "32 weighted Staunton pieces in boxwood and ebonised boxwood with felt bases. The king stands 7.6 cm "
        "tall.",
        "The pieces are carved in Amritsar, India; the board is made in Vermont, USA. The pieces store inside "
        "the folded board."],
        {"Board": ["walnut and maple"], "Pieces": ["boxwood, ebonised boxwood"], "King height": ["7.6 cm"],
         "Square": ["45 mm"]},
        tags=["chess"], cats=["Games > Chess"], weight=g(2.4, "kg"),
        dimensions={"length": 40, "width": 40, "height": None, "unit": "cm"},
        variants=single("RF-CHESS", "120.00"), sku="RF-CHESS"),
    "V15": L("Kit bougies à la cire de soja", "Atelier Mèche", "Kit de loisirs créatifs", "29.00", "EUR", [
        "Tout pour couler trois bougies : 400 g de cire de soja, trois pots en verre de 120 ml, six mèches en "
        "coton et 10 ml d'huile parfumée à la figue.",
        "Chaque bougie brûle environ 20 heures.",
        "Kit assemblé à Nantes, France ; la cire vient des États-Unis.",
        "Ne convient pas aux enfants de moins de 14 ans. Ne laissez jamais une bougie allumée sans "
        "surveillance."],
        {"Cire": ["soja, 400 g"], "Pots": ["3 x 120 ml, verre"], "Mèches": ["6, coton"],
         "Parfum": ["figue, 10 ml"]},
        tags=["bougie", "DIY"], cats=["Loisirs créatifs > Bougies"], weight=g(900),
        variants=single("AM-KITSOJA", "29.00"), sku="AM-KITSOJA"),
    "V16": L("Hoof Pick with Brush", "Stablemate Tack", "Hoof pick", "7.50", "GBP", [
        "A hoof pick with a stiff brush on the back for clearing mud and stones from hooves.",
        "Stainless steel pick, nylon bristles. The handle is made from 50% recycled polypropylene.",
        "14 cm long. Rinse it off under the yard tap and let it dry."],
        {"Pick": ["stainless steel"], "Bristles": ["nylon"], "Handle": ["50% recycled polypropylene"],
         "Length": ["14 cm"]},
        tags=["equestrian", "grooming"], cats=["Equestrian > Grooming"],
        options={"Colour": ["Purple", "Teal", "Black"]},
        variants=by("Colour", ["Purple", "Teal", "Black"], ["7.50", "7.50", "7.50"], "ST-HP"), sku="ST-HP"),
    "V17": L("Bastuhink med skopa, 4 liter", "Bastuverket", "Bastutillbehör", "449.00", "SEK", [
        "En bastuhink av ek med en inre insats av plast, så att hinken inte läcker. Rymmer 4 liter.",
        "Skopan är 40 cm lång, med skaft av ek och en skål av aluminium.",
        "Tillverkad i Estland. Töm hinken efter bastun och låt den torka. Tål inte diskmaskin."],
        {"Hink": ["ek, plastinsats"], "Skopa": ["ek och aluminium, 40 cm"], "Volym": ["4 liter"]},
        tags=["bastu"], cats=["Bastu > Tillbehör"], weight=g(1.6, "kg"),
        variants=single("BV-HINK4", "449.00"), sku="BV-HINK4"),
    "V18": L("Smart Plug, UK, 13 A", "Homewire", "Smart plug", "14.00", "GBP", [
        "A UK (type G) smart plug that switches anything up to 13 A / 3000 W from your phone.",
        "Connects over 2.4 GHz Wi-Fi only; it does not join 5 GHz networks. Works with Amazon Alexa and Google "
        "Home. It does not work with Apple HomeKit.",
        "Shows live energy use in the Homewire app. Indoor use only.",
        "Two-year warranty."],
        {"Plug": ["UK type G"], "Max load": ["13 A, 3000 W"], "Wi-Fi": ["2.4 GHz"],
         "Works with": ["Amazon Alexa", "Google Home"], "Warranty": ["2 years"]},
        tags=["smart home"], cats=["Electronics > Smart home"], weight=g(70),
        variants=single("HW-PLUG-UK", "14.00", g(70)), sku="HW-PLUG-UK"),
    "V19": L("Knife Sharpening by Post", "Edgeworks Sharpening", "Service", "6.00", "GBP", [
        "Post us your kitchen knives and we sharpen them on water-cooled stones and send them back.",
        "£6 a knife for a standard edge, £9 for a serrated one. Return postage is £4.50 a parcel, tracked and "
        "insured up to £500.",
        "We send them back within five working days of arrival. We do not sharpen ceramic knives or scissors.",
        "You pay for the postage to us."],
        {"Turnaround": ["5 working days"], "Return postage": ["£4.50"]},
        tags=["service", "sharpening"], cats=["Services"], options={"Edge": ["Standard", "Serrated"]},
        variants=by("Edge", ["Standard", "Serrated"], ["6.00", "9.00"], "EW-SHARP"), sku="EW-SHARP", virtual=True),
    "V20": {"title": "Linocut Postcard, Heron", "price": "4.00", "currency": "USD"},
    "V21": {"title": "Pressed Flower Bookmark", "vendor": "Fernwick Press", "price": "8.00", "currency": "EUR",
            "attributes": {"Size": ["15 x 5 cm"]}},
    "V22": L("Sketching Starter Set", "Graphite Row", "Grouped product", None, "USD", [
        "Three things to start sketching with, each sold on its own: Graphite Pencils, 12 grades (2H to 8B), "
        "$18; a Kneaded Eraser, $3; and an A5 Sketchbook with 120 gsm paper, $14.",
        "Add any of them to your basket separately."],
        tags=["drawing"], cats=["Art > Drawing"],
        kind="grouped", children=["Graphite Pencils, 12 grades", "Kneaded Eraser", "A5 Sketchbook, 120 gsm"]),
    "V23": L("Inflatable Touring Kayak, 2-Person", "Driftline", "Kayak", "649.00", "USD", [
        "A two-person inflatable kayak with a drop-stitch floor and PVC tubes, 3.9 m long.",
        "It weighs 15 kg and carries up to 200 kg. A hand pump and a carry bag come with it; paddles are not "
        "included.",
        "Sold and shipped by our partner Driftline, who handle delivery, returns and the warranty."],
        {"Length": ["3.9 m"], "Weight": ["15 kg"], "Max load": ["200 kg"], "Seats": ["2"]},
        tags=["kayak", "paddling"], cats=["Outdoors > Paddling"],
        kind="external", external_url="https://driftline.example/kayak-2p", button_text="Buy at Driftline",
        variants=single("DL-KAYAK2", "649.00")),
    "V24": L("Alpargatas de yute", "Espartería Levante", "Calzado", "45.00", "EUR", [
        "Alpargatas clásicas con suela de yute trenzado y una capa de caucho debajo.",
        "La parte superior es de lona de algodón. Tallas 36 a 42 (EU); si estás entre dos tallas, elige la "
        "mayor.",
        "Hechas a mano en Alicante, España.",
        "No lavar a máquina. Limpiar con un paño húmedo y no mojar la suela de yute."],
        {"Suela": ["yute trenzado, caucho"], "Parte superior": ["lona de algodón"]},
        tags=["alpargatas", "verano"], cats=["Calzado > Alpargatas"],
        options={"Talla": ["36", "37", "38", "39", "40", "41", "42"], "Color": ["Marino", "Crudo"]},
        variants=variants("EL-ALP", [{"Talla": t, "Color": c} for t in ("36", "37", "38", "39", "40", "41", "42")
                                     for c in ("Marino", "Crudo")], ["45.00"] * 14), sku="EL-ALP"),
    "V25": L("Tulpenbollen 'Zwarte Parel', 25 stuks", "Bollenhof Vink", "Bloembollen", "12.50", "EUR", [
        "25 bollen van een bijna zwarte, donkerpaarse tulp.",
        "Plant ze van oktober tot december, 15 cm diep en 10 cm uit elkaar. Ze bloeien in april en mei en "
        "worden 45 cm hoog.",
        "Gekweekt in Noord-Holland, Nederland.",
        "Niet eetbaar. Giftig voor katten en honden."],
        {"Aantal": ["25"], "Plantdiepte": ["15 cm"], "Bloeitijd": ["april-mei"], "Hoogte": ["45 cm"],
         "Kleur": ["donkerpaars"]},
        tags=["tulpen", "najaar"], cats=["Tuin > Bloembollen"],
        variants=single("BV-ZP25", "12.50"), sku="BV-ZP25"),
    "V26": L("Azeite Virgem Extra DOP Moura, 500 ml", "Quinta das Oliveiras Velhas", "Azeite", "14.00", "EUR", [
        "Azeite virgem extra das variedades Galega, Cordovil e Verdeal, da colheita de 2025/26.",
        "Acidez máxima de 0,3%. Denominação de Origem Protegida Moura.",
        "Produzido e engarrafado no Alentejo, Portugal, em garrafa de vidro escuro de 500 ml.",
        "Guardar ao abrigo da luz e do calor."],
        {"Volume": ["500 ml"], "Acidez": ["≤ 0,3%"], "Variedades": ["Galega, Cordovil, Verdeal"],
         "Certificação": ["DOP Moura"]},
        tags=["azeite", "Alentejo"], cats=["Mercearia > Azeite"],
        variants=single("QOV-MOURA500", "14.00"), sku="QOV-MOURA500"),
    "V27": L("Merino Hiking Socks", "Fellside Knit", "Socks", "18.00", "GBP", [
        "Hiking socks with a cushioned sole and a plain-knit leg that stops below the calf.",
        "70% merino wool, 25% nylon, 5% elastane.",
        "UK sizes 3-6, 7-9 and 10-12. Sold as one pair.",
        "Knitted in Leicestershire, England. Wash at 40 °C on a wool cycle; do not tumble dry."],
        {"Fibre": ["70% merino wool, 25% nylon, 5% elastane"]},
        tags=["hiking", "socks"], cats=["Clothing > Socks"], options={"Size": ["3-6", "7-9", "10-12"],
                                                                     "Colour": ["Heather Grey", "Forest"]},
        variants=variants("FK-SOCK", [{"Size": s, "Colour": c} for s in ("3-6", "7-9", "10-12")
                                      for c in ("Heather Grey", "Forest")], ["18.00"] * 6), sku="FK-SOCK"),
    "V28": L("LED Desk Lamp", "Quietlight Studio", "Desk lamp", "65.00", "USD", [
        "A desk lamp with a built-in 6 W LED: 400 lumens of warm white light at 2700 K. The LED cannot be "
        "replaced, and the lamp is not dimmable.",
        "Powder-coated steel arm, aluminium shade, cast iron base. 42 cm tall.",
        "Powered over USB-C; a 5 V 2 A adapter with a US plug is included."],
        {"LED": ["6 W, 400 lm, 2700 K"], "Arm": ["steel"], "Shade": ["aluminium"], "Base": ["cast iron"],
         "Height": ["42 cm"]},
        tags=["lighting", "desk"], cats=["Home > Lighting"], options={"Colour": ["Sage", "Black"]},
        dimensions={"length": None, "width": None, "height": 42, "unit": "cm"},
        variants=by("Colour", ["Sage", "Black"], ["65.00", "65.00"], "QL-DESK"), sku="QL-DESK"),
    "V29": L("Smoked Habanero Hot Sauce, 150 ml", "Ember Row Sauces", "Hot sauce", "11.00", "USD", [
        "A smoky, fruity hot sauce made in small batches in Asheville, North Carolina.",
        "Ingredients: habanero peppers (42%), cider vinegar, carrot, onion, garlic, salt, smoked paprika.",
        "Vegan. Refrigerate after opening and use within 3 months."],
        {"Volume": ["150 ml"], "Habanero": ["42%"]},
        tags=["vegan", "hot sauce"], cats=["Pantry > Sauces"], weight=g(230),
        variants=single("ER-HAB150", "11.00"), sku="ER-HAB150"),
    "V30": L("Cotton Rope Hammock", "Porchlight Goods", "Hammock", "79.00", "USD", [
        "A woven cotton hammock with eucalyptus spreader bars at each end.",
        "The bed is 200 x 140 cm; with the end ropes it is 330 cm long. It holds up to 150 kg.",
        "Hanging hardware (hooks, straps or chains) is not included.",
        "Woven in Ceará, Brazil. Bring it in out of the rain and store it dry."],
        {"Material": ["100% cotton"], "Spreader bars": ["eucalyptus"], "Bed": ["200 x 140 cm"],
         "Max load": ["150 kg"]},
        tags=["hammock", "garden"], cats=["Garden > Furniture"], weight=g(2.2, "kg"),
        variants=single("PG-HAM", "79.00"), sku="PG-HAM"),
}


def main():
    out = {}
    for key, lst in LISTINGS.items():
        lst = dict(lst)
        lst["external_id"] = key
        if lst.get("price") is None:
            lst.pop("price", None)
        out[key] = lst
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(out)} listings")


if __name__ == "__main__":
    main()
