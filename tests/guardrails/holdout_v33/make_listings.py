"""Write listings.json for guardrails holdout v33: 40 invented listings, X01..X40, in the listing JSON format.

Run from this folder:  python make_listings.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per option value; `options` is (name, [values]), `prices` one price a value."""
    name, values = options
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
    "X01": L("Bypass Secateurs 20 cm", "Fernhollow", "Secateurs", "34.00", "USD",
             P("Bypass secateurs with carbon steel blades under a non-stick coating. They cut live branches up "
               "to 2 cm thick.",
               "Fibreglass-reinforced nylon handles and a thumb-operated safety catch. Made for right-handed "
               "gardeners.",
               "Wipe the blades dry after use and oil the pivot now and then."),
             {"Material": ["carbon steel blades", "fibreglass-reinforced nylon handles"], "Length": ["20 cm"],
              "Cutting capacity": ["2 cm"]},
             ["garden", "pruning"], ["Garden > Hand tools"],
             options={"Color": ["Red", "Olive"]},
             variants=variants("FH-SEC", ("Color", ["Red", "Olive"]), ["34.00", "34.00"], g(240)),
             weight=g(240)),
    "X02": L("Wheel Marking Gauge", "Oakmere Tools", "Marking gauge", "42.00", "GBP",
             P("A wheel marking gauge with a solid brass body and a 15 cm stainless steel shaft marked in "
               "millimetres.",
               "The hardened steel cutting wheel scores a clean line across or along the grain, and a knurled "
               "screw locks the fence. A spare wheel is included.",
               "Keep the wheel free of resin and dust."),
             {"Material": ["brass body", "stainless steel shaft", "hardened steel wheel"],
              "Shaft length": ["15 cm"]},
             ["woodworking", "marking"], ["Workshop > Marking and measuring"],
             variants=single("OM-WMG", "42.00", g(180)), weight=g(180)),
    "X03": L("Fibreglass Tape Measure 150 cm", "Thimblewick", "Tape measure", "5.00", "USD",
             P("A soft tape measure for sewing and dressmaking, 150 cm on one side and 60 inches on the other.",
               "Made of fibreglass, so it does not stretch, with metal tips at both ends. Yellow."),
             {"Material": ["fibreglass"], "Length": ["150 cm / 60 in"], "Color": ["Yellow"]},
             ["sewing", "notions"], ["Sewing > Notions"],
             variants=single("TW-TM150", "5.00", g(20)), weight=g(20)),
    "X04": L("Cotton Camera Neck Strap", "Lumenfold", "Camera strap", "29.00", "USD",
             P("A camera neck strap of woven cotton webbing, 38 mm wide, adjustable from 95 to 135 cm.",
               "Nylon tabs and split rings fit the strap lugs of DSLR and mirrorless cameras. It holds cameras "
               "up to 2 kg.",
               "Hand wash and let it air dry."),
             {"Material": ["cotton webbing", "nylon tabs"], "Width": ["38 mm"], "Length": ["95-135 cm"],
              "Maximum load": ["2 kg"]},
             ["photography"], ["Photography > Straps"],
             options={"Color": ["Sand", "Charcoal"]},
             variants=variants("LF-CNS", ("Color", ["Sand", "Charcoal"]), ["29.00", "29.00"], g(70)),
             weight=g(70)),
    "X05": L("Reflective Running Armband", "Stridelight", "Phone armband", "16.00", "USD",
             P("A stretch Lycra armband with reflective strips for running early or late.",
               "It holds phones up to 6.7 inches behind a touchscreen window, with a small key pocket, and fits "
               "arms of 25 to 40 cm.",
               "Sweat-resistant, not waterproof."),
             {"Material": ["Lycra", "reflective strips"], "Phone size": ["up to 6.7 in"],
              "Arm circumference": ["25-40 cm"], "Color": ["Black"]},
             ["running", "reflective"], ["Sport > Running"],
             variants=single("SL-ARM", "16.00", g(45)), weight=g(45)),
    "X06": L("Silicone Swim Cap", "Lanecraft", "Swim cap", "12.00", "USD",
             P("A swim cap of 100 % silicone, latex-free, one size for adults, with room for long hair.",
               "Rinse it in fresh water after swimming and dry it away from direct sun."),
             {"Material": ["100 % silicone"], "Size": ["one size, adult"]},
             ["swimming", "latex-free"], ["Sport > Swimming"],
             options={"Color": ["Navy", "Coral", "White"]},
             variants=variants("LC-CAP", ("Color", ["Navy", "Coral", "White"]), ["12.00"] * 3, g(60)),
             weight=g(60)),
    "X07": L("Trekking Poles, Pair", "Cairnline", "Trekking poles", "59.00", "USD",
             P("A pair of three-section trekking poles in 7075 aluminium with cork grips.",
               "Flick locks set the length from 65 to 135 cm. Tungsten carbide tips, rubber feet, and snow and "
               "mud baskets are included.",
               "The pair weighs 520 g."),
             {"Material": ["7075 aluminium", "cork grips", "tungsten carbide tips"], "Length": ["65-135 cm"],
              "Sections": ["3"]},
             ["hiking"], ["Outdoors > Hiking"],
             variants=single("CL-TP2", "59.00", g(520)), weight=g(520)),
    "X08": L("Sisal Scratching Post 60 cm", "Whiskerden", "Scratching post", "38.00", "USD",
             P("An engineered wood post wrapped in natural sisal rope, 60 cm tall, on a carpeted base of 35 x 35 "
               "cm.",
               "A pom-pom toy hangs from the top. Screws for assembly are included."),
             {"Material": ["natural sisal rope", "engineered wood", "carpet"], "Height": ["60 cm"],
              "Base": ["35 x 35 cm"]},
             ["cats"], ["Pets > Cats"],
             options={"Color": ["Beige", "Grey"]},
             variants=variants("WD-SP60", ("Color", ["Beige", "Grey"]), ["38.00", "38.00"], g(3.2, "kg")),
             weight=g(3.2, "kg"), dimensions={"length": 35, "width": 35, "height": 60, "unit": "cm"}),
    "X09": L("Aceto Balsamico di Modena IGP 250 ml", "Acetaia Dal Ponte", "Aceto balsamico", "14.50", "EUR",
             P("Aceto balsamico di Modena IGP, invecchiato in botti di rovere per almeno tre anni.",
               "Ingredienti: mosto d'uva cotto, aceto di vino. Contiene solfiti.",
               "Bottiglia di vetro da 250 ml. Prodotto a Modena."),
             {"Origine": ["Modena"], "Capacità": ["250 ml"], "Certificazione": ["IGP"],
              "Invecchiamento": ["almeno 3 anni in botti di rovere"]},
             ["igp", "modena"], ["Dispensa > Condimenti"],
             variants=single("DP-ABM250", "14.50", g(520)), weight=g(520), extra={"language": "it"}),
    "X10": L("Εξαιρετικό παρθένο ελαιόλαδο Κρήτης 500 ml", "Λιόφυτο", "Ελαιόλαδο", "16.00", "EUR",
             P("Εξαιρετικό παρθένο ελαιόλαδο από ελιές Κορωνέικη, ψυχρής έκθλισης.",
               "Από τα Χανιά της Κρήτης. Μεταλλικό δοχείο 500 ml. Οξύτητα κάτω από 0,3 %.",
               "Φυλάξτε το σε δροσερό και σκοτεινό μέρος."),
             {"Ποικιλία": ["Κορωνέικη"], "Προέλευση": ["Χανιά, Κρήτη"], "Χωρητικότητα": ["500 ml"],
              "Συσκευασία": ["μεταλλικό δοχείο"]},
             ["ελαιόλαδο", "κρήτη"], ["Κελάρι > Λάδια"],
             variants=single("LF-EVOO500", "16.00", g(560)), weight=g(560), extra={"language": "el"}),
    "X11": L("Ručně foukaná skleněná baňka 8 cm", "Sklo Vrba", "Vánoční ozdoba", "290.00", "CZK",
             P("Ručně foukaná a ručně malovaná skleněná vánoční baňka o průměru 8 cm.",
               "Vyrobeno v Novém Boru. Dodáváno v papírové krabičce.",
               "Křehké sklo: není vhodné pro děti do 3 let."),
             {"Materiál": ["foukané sklo"], "Průměr": ["8 cm"], "Původ": ["Nový Bor"]},
             ["sklo", "vánoce"], ["Domov > Vánoční ozdoby"],
             options={"Barva": ["Červená", "Zlatá"]},
             variants=variants("SV-BAN8", ("Barva", ["Červená", "Zlatá"]), ["290.00", "290.00"], g(30)),
             weight=g(30), extra={"language": "cs"}),
    "X12": L("Dalahäst 10 cm", "Hemvida", "Dalahäst", "395.00", "SEK",
             P("Handsnidad och handmålad dalahäst i furu, 10 cm hög.",
               "Tillverkad i Nusnäs i Dalarna och målad för hand med kurbitsmönster.",
               "Endast för dekoration, inte en leksak."),
             {"Material": ["furu"], "Höjd": ["10 cm"], "Ursprung": ["Nusnäs, Dalarna"]},
             ["hantverk", "dalarna"], ["Hem > Dekoration"],
             options={"Färg": ["Röd", "Blå"]},
             variants=variants("HV-DH10", ("Färg", ["Röd", "Blå"]), ["395.00", "395.00"], g(90)),
             weight=g(90), extra={"language": "sv"}),
    "X13": L("Peştemal Hamam Havlusu", "Ege Dokuma", "Peştemal", "450.00", "TRY",
             P("%100 pamuk peştemal, 90 x 180 cm. Denizli'de dokunmuştur.",
               "Hafiftir ve çabuk kurur.",
               "30 °C'de yıkayın, ağartıcı kullanmayın. İlk yıkamalarda biraz tüy bırakabilir."),
             {"Malzeme": ["%100 pamuk"], "Ölçü": ["90 x 180 cm"], "Menşei": ["Denizli"]},
             ["pamuk", "hamam"], ["Ev > Banyo"],
             options={"Renk": ["Lacivert", "Hardal"]},
             variants=variants("ED-PST", ("Renk", ["Lacivert", "Hardal"]), ["450.00", "450.00"], g(280)),
             weight=g(280), extra={"language": "tr"}),
    "X14": L("안성 방짜유기 수저 세트", "놋담", "수저 세트", "89000", "KRW",
             P("안성에서 만든 방짜유기 수저 세트입니다. 숟가락 1개와 젓가락 1벌이 들어 있습니다.",
               "구리 78 %와 주석 22 %의 놋쇠로 두드려 만들었습니다.",
               "식기세척기에 넣지 마시고, 사용 후 바로 물기를 닦아 주세요. 오동나무 상자에 담아 드립니다."),
             {"소재": ["방짜유기 (구리 78 %, 주석 22 %)"], "원산지": ["안성"], "구성": ["숟가락 1개, 젓가락 1벌"]},
             ["유기", "안성"], ["주방 > 수저"],
             variants=single("ND-SJ1", "89000", g(150)), weight=g(150), extra={"language": "ko"}),
    "X15": L("Molcajete de piedra volcánica 20 cm", "Casa Tecolote", "Molcajete", "690.00", "MXN",
             P("Molcajete tallado a mano en piedra volcánica (basalto), con su tejolote. Diámetro de 20 cm.",
               "Hecho en Comonfort, Guanajuato.",
               "Antes del primer uso, cúrelo moliendo arroz crudo. Lávelo solo con agua, sin jabón."),
             {"Material": ["piedra volcánica (basalto)"], "Diámetro": ["20 cm"],
              "Origen": ["Comonfort, Guanajuato"]},
             ["cocina mexicana"], ["Cocina > Utensilios"],
             variants=single("CT-MOL20", "690.00", g(4.5, "kg")), weight=g(4.5, "kg"), extra={"language": "es-MX"}),
    "X16": L("दार्जिलिंग फर्स्ट फ्लश चाय 100 ग्राम", "चायबाग़", "चाय", "650.00", "INR",
             P("दार्जिलिंग की फर्स्ट फ्लश काली चाय, खुली पत्ती।",
               "100 ग्राम की टिन में।",
               "95 °C पानी में 3–4 मिनट भिगोएँ। मूल: दार्जिलिंग, पश्चिम बंगाल।"),
             {"प्रकार": ["फर्स्ट फ्लश काली चाय, खुली पत्ती"], "वज़न": ["100 ग्राम"], "मूल": ["दार्जिलिंग, पश्चिम बंगाल"]},
             ["चाय", "दार्जिलिंग"], ["भंडार > चाय"],
             variants=single("CB-DFF100", "650.00", g(100)), weight=g(100), extra={"language": "hi"}),
    "X17": L("ชามเซลาดอน 15 ซม.", "บ้านดินเขียว", "ชาม", "480.00", "THB",
             P("ชามเซรามิกเคลือบเซลาดอนสีเขียวอ่อน ทำมือในเชียงใหม่",
               "เส้นผ่านศูนย์กลาง 15 ซม.",
               "ใช้กับไมโครเวฟได้ ห้ามใช้ในเตาอบ ควรล้างด้วยมือ"),
             {"วัสดุ": ["เซรามิกเคลือบเซลาดอน"], "ขนาด": ["15 ซม."], "แหล่งผลิต": ["เชียงใหม่"]},
             ["เซลาดอน", "ทำมือ"], ["บ้าน > ภาชนะ"],
             variants=single("BD-CEL15", "480.00", g(350)), weight=g(350), extra={"language": "th"}),
    "X18": L("Savon noir beldi à l'huile d'olive 200 g", "Dar Zitoun", "Savon noir", "60.00", "MAD",
             P("Savon noir traditionnel à l'huile d'olive et à l'eucalyptus, fabriqué à Marrakech.",
               "Pot de 200 g.",
               "Au hammam : appliquer sur peau humide, laisser poser 5 minutes, puis gommer avec un gant kessa "
               "(non inclus). Usage externe. Éviter le contact avec les yeux."),
             {"Ingrédients": ["huile d'olive", "eucalyptus"], "Poids": ["200 g"], "Origine": ["Marrakech"]},
             ["hammam", "savon"], ["Beauté > Corps"],
             variants=single("DZ-SN200", "60.00", g(230)), weight=g(230), extra={"language": "fr"}),
    "X19": L("Orkney Tablet, 150 g Box", "Brinkie's Kitchen", "Confectionery", "6.50", "GBP",
             P("Traditional Scottish tablet made in Kirkwall, Orkney, with sugar, condensed milk and butter.",
               "A 150 g box of about 12 pieces. Contains milk.",
               "Keep it in a cool, dry place and eat it within four weeks of opening."),
             {"Ingredients": ["sugar", "condensed milk", "butter"], "Weight": ["150 g"],
              "Origin": ["Kirkwall, Orkney"]},
             ["vegetarian", "scottish"], ["Pantry > Sweets"],
             variants=single("BK-TAB150", "6.50", g(170)), weight=g(170)),
    "X20": L("Stroopwafels uit Gouda, 8 stuks", "Bakkerij Goudzand", "Stroopwafels", "5.95", "EUR",
             P("Ambachtelijke stroopwafels met karamelstroop, gebakken in Gouda.",
               "8 stuks van ongeveer 9 cm, samen 280 g. Bevat gluten, melk en ei.",
               "Leg een stroopwafel even op een warme kop koffie of thee."),
             {"Inhoud": ["8 stuks, 280 g"], "Diameter": ["ongeveer 9 cm"], "Herkomst": ["Gouda"],
              "Allergenen": ["gluten", "melk", "ei"]},
             ["koek", "gouda"], ["Voorraad > Koek"],
             variants=single("BG-SW8", "5.95", g(280)), weight=g(280), extra={"language": "nl"}),
    "X21": L("A5 Dot Grid Notebook", "Quillhaven", "Notebook", "18.00", "USD",
             P("An A5 notebook with 192 pages (96 sheets) of 100 gsm acid-free paper in a 5 mm dot grid.",
               "The lay-flat binding opens fully. Hard cover, a ribbon bookmark and a pocket inside the back "
               "cover."),
             {"Paper": ["100 gsm acid-free"], "Pages": ["192"], "Size": ["A5"], "Ruling": ["5 mm dot grid"]},
             ["stationery"], ["Stationery > Notebooks"],
             options={"Color": ["Ink Blue", "Sage"]},
             variants=variants("QH-A5DG", ("Color", ["Ink Blue", "Sage"]), ["18.00", "18.00"], g(340)),
             weight=g(340)),
    "X22": L("Combination Whetstone 1000/6000", "Keenward", "Whetstone", "39.00", "USD",
             P("A combination whetstone of synthetic corundum: 1000 grit on one side for sharpening, 6000 grit "
               "on the other for polishing.",
               "18 x 6 x 3 cm, on a non-slip bamboo base.",
               "Soak the stone in water for 10 minutes before use. Use water only, never oil."),
             {"Material": ["synthetic corundum", "bamboo base"], "Grit": ["1000", "6000"],
              "Size": ["18 x 6 x 3 cm"]},
             ["knives", "sharpening"], ["Kitchen > Knife care"],
             variants=single("KW-WS16", "39.00", g(650)), weight=g(650),
             dimensions={"length": 18, "width": 6, "height": 3, "unit": "cm"}),
    "X23": L("Glass Teapot with Infuser 800 ml", "Leafwell", "Teapot", "27.00", "USD",
             P("An 800 ml teapot of borosilicate glass with a glass lid and a removable stainless steel "
               "infuser.",
               "It can go on a gas or electric hob on low heat; it does not work on induction.",
               "The glass parts are dishwasher safe; wash the infuser by hand."),
             {"Material": ["borosilicate glass", "stainless steel infuser"], "Capacity": ["800 ml"]},
             ["tea"], ["Kitchen > Tea"],
             variants=single("LW-GT800", "27.00", g(480)), weight=g(480)),
    "X24": L("Table Tennis Bat, All-Round", "Spinloft", "Table tennis bat", "24.00", "USD",
             P("An all-round table tennis bat with a five-ply wood blade, 2 mm sponge and ITTF-approved "
               "rubbers, red on one side and black on the other.",
               "Flared handle. Comes with a zip cover. 170 g."),
             {"Blade": ["5-ply wood"], "Sponge": ["2 mm"], "Rubber": ["ITTF-approved"]},
             ["table tennis"], ["Sport > Table tennis"],
             variants=single("SP-BAT1", "24.00", g(170)), weight=g(170)),
    "X25": L("1000-Piece Jigsaw Puzzle: Harbour at Dusk", "Tessellore", "Jigsaw puzzle", "22.00", "USD",
             P("A 1000-piece jigsaw of a painted harbour at dusk. Finished size 68 x 49 cm.",
               "Pieces are cut from recycled board; a poster of the picture is in the box.",
               "Ages 12 and up: small pieces."),
             {"Pieces": ["1000"], "Finished size": ["68 x 49 cm"], "Material": ["recycled board"],
              "Age": ["12+"]},
             ["puzzle"], ["Games > Puzzles"],
             variants=single("TS-J1000H", "22.00", g(700)), weight=g(700)),
    "X26": L("10-Hole Diatonic Harmonica", "Reedlark", "Harmonica", "35.00", "USD",
             P("A 10-hole diatonic harmonica with 20 brass reeds, an ABS comb and stainless steel cover plates.",
               "Comes in a hard carry case. Choose the key: C, G or A."),
             {"Reeds": ["20, brass"], "Comb": ["ABS"], "Cover plates": ["stainless steel"], "Holes": ["10"]},
             ["harmonica", "music"], ["Music > Harmonicas"],
             options={"Key": ["C", "G", "A"]},
             variants=variants("RL-H10", ("Key", ["C", "G", "A"]), ["35.00"] * 3, g(110)), weight=g(110)),
    "X27": L("10,000 mAh USB-C Power Bank", "Voltnest", "Power bank", "32.00", "USD",
             P("A 10,000 mAh power bank with one USB-C port (in and out, 20 W Power Delivery) and one USB-A "
               "port (18 W).",
               "It charges a typical phone about twice. Four lights show the charge left. A USB-C to USB-C "
               "cable is included.",
               "210 g. Twelve-month warranty."),
             {"Capacity": ["10,000 mAh"], "Ports": ["1 x USB-C 20 W PD", "1 x USB-A 18 W"],
              "Warranty": ["12 months"]},
             ["electronics", "charging"], ["Electronics > Power banks"],
             variants=single("VN-PB10", "32.00", g(210)), weight=g(210)),
    "X28": L("Stovetop Gooseneck Kettle 1 l", "Pourline", "Kettle", "45.00", "USD",
             P("A 1 litre stovetop kettle of 18/8 stainless steel with a gooseneck spout for pour-over coffee.",
               "A thermometer sits in the lid. It works on gas, electric and induction hobs.",
               "Wash it by hand."),
             {"Material": ["18/8 stainless steel"], "Capacity": ["1 l"], "Hob": ["gas", "electric", "induction"]},
             ["coffee", "pour-over"], ["Kitchen > Kettles"],
             options={"Color": ["Matte Black", "Brushed Steel"]},
             variants=variants("PL-GK1", ("Color", ["Matte Black", "Brushed Steel"]), ["45.00", "45.00"],
                               g(700)),
             weight=g(700)),
    "X29": L("Soy Wax Candle: Fig & Cedar", "Emberlight", "Candle", "26.00", "USD",
             P("A 200 g candle of 100 % soy wax with a cotton wick, scented with fig and cedar, in an amber "
               "glass jar.",
               "It burns for about 40 hours.",
               "Trim the wick to 5 mm before lighting, and never leave it burning unattended."),
             {"Wax": ["100 % soy wax"], "Wick": ["cotton"], "Weight": ["200 g"], "Burn time": ["about 40 hours"]},
             ["vegan", "candle"], ["Home > Candles"],
             variants=single("EL-FC200", "26.00", g(200)), weight=g(200)),
    "X30": L("Piano Tuning Visit (Leeds)", "Keynote Tuning", "Service", "70.00", "GBP",
             P("One tuning of your piano at home, within 10 miles of Leeds city centre: £70 for an upright, £95 "
               "for a grand.",
               "A visit takes about 90 minutes. A pitch raise for a piano left untuned a long time costs £30 "
               "more, and repairs are quoted separately.",
               "Book a slot and we confirm it by email."),
             {"Area": ["within 10 miles of Leeds city centre"], "Duration": ["about 90 minutes"]},
             ["service", "piano"], ["Services > Music"],
             options={"Piano": ["Upright", "Grand"]},
             variants=variants("KT-TUNE", ("Piano", ["Upright", "Grand"]), ["70.00", "95.00"])),
    "X31": L("Walnut Serving Board", "Greyfen", "", "54.00", "USD", "",
             variants=single("GF-WSB", "54.00")),
    "X32": L("Ceramic Drawer Knob", "", "", "6.00", "USD", "", {"Diameter": ["3.5 cm"]},
             variants=single("CK-35", "6.00")),
    "X33": L("Shoe Care Bundle", "Welt & Last", "Bundle", None, "USD",
             P("Four things for leather shoes, each also sold on its own."),
             children=[
                 {"title": "Horsehair Shoe Brush", "price": "14.00", "attributes": {"Bristles": ["horsehair"]}},
                 {"title": "Cedar Shoe Trees", "price": "28.00", "attributes": {"Material": ["cedar"]}},
                 {"title": "Neutral Wax Polish 50 ml", "price": "9.00", "attributes": {"Volume": ["50 ml"]}},
                 {"title": "Cotton Polishing Cloth", "price": "5.00", "attributes": {"Material": ["cotton"]}},
             ]),
    "X34": L("Folding Electric Scooter 25 km/h", "Voltway Mobility", "Electric scooter", "449.00", "GBP",
             P("Sold and shipped by our partner Voltway Mobility, who handle delivery, returns and the "
               "warranty.",
               "A 350 W motor, a top speed of 25 km/h and a range of up to 30 km. 8.5-inch tyres; it folds "
               "for carrying and weighs 13 kg. Riders up to 100 kg.",
               "In the UK, private e-scooters may be ridden on private land only."),
             {"Motor": ["350 W"], "Top speed": ["25 km/h"], "Range": ["up to 30 km"], "Tyres": ["8.5 in"],
              "Maximum rider weight": ["100 kg"]},
             ["sold by voltway mobility"], ["Outdoors > Scooters"],
             variants=single("VM-ES25", "449.00", g(13, "kg")), weight=g(13, "kg"),
             extra={"type": "external"}),
    "X35": L("Unscented Beeswax Lip Balm", "Hollyhock Apothecary", "Lip balm", "7.00", "USD",
             P("An unscented lip balm of beeswax, sunflower oil and shea butter, 15 g in a cardboard push-up "
               "tube.",
               "Contains beeswax, so it is not vegan. It has no SPF."),
             {"Ingredients": ["beeswax", "sunflower oil", "shea butter"], "Weight": ["15 g"]},
             ["plastic-free", "unscented"], ["Beauty > Lips"],
             variants=single("HA-LB15", "7.00", g(15)), weight=g(15)),
    "X36": L("Organic Cotton Muslin Squares, Pack of 3", "Little Fennel", "Muslin squares", "24.00", "USD",
             P("Three 70 x 70 cm muslin squares of 100 % organic cotton, GOTS certified: one oat, one sage, one "
               "dusty pink.",
               "Machine wash at 40 °C; they get softer with every wash."),
             {"Material": ["100 % organic cotton"], "Certification": ["GOTS"], "Size": ["70 x 70 cm"],
              "Colours in the pack": ["Oat", "Sage", "Dusty Pink"]},
             ["baby", "organic"], ["Baby > Muslins"],
             variants=single("LF-MUS3", "24.00", g(210)), weight=g(210)),
    "X37": L("Boxing Hand Wraps 4.5 m", "Southpaw Works", "Hand wraps", "12.00", "USD",
             P("A pair of semi-elastic polycotton hand wraps, each 4.5 m long and 5 cm wide, with a thumb loop "
               "and a hook-and-loop closure.",
               "Machine wash at 30 °C in a laundry bag."),
             {"Material": ["polycotton"], "Length": ["4.5 m"], "Width": ["5 cm"]},
             ["boxing"], ["Sport > Boxing"],
             options={"Color": ["Black", "Red"]},
             variants=variants("SW-HW45", ("Color", ["Black", "Red"]), ["12.00", "12.00"], g(120)),
             weight=g(120)),
    "X38": L("Nylon Watch Strap 20 mm", "Tickwell", "Watch strap", "15.00", "USD",
             P("A one-piece nylon watch strap for 20 mm lugs, 28 cm long, for wrists of 15 to 21 cm.",
               "Brushed stainless steel buckle and keepers. Spring bars are not included."),
             {"Material": ["nylon", "stainless steel buckle"], "Lug width": ["20 mm"], "Length": ["28 cm"]},
             ["watch"], ["Accessories > Watch straps"],
             options={"Color": ["Olive", "Navy/Red"]},
             variants=variants("TW-NS20", ("Color", ["Olive", "Navy/Red"]), ["15.00", "15.00"], g(15)),
             weight=g(15)),
    "X39": L("Cast Iron Skillet 26 cm", "Hearthwell", "Skillet", "49.00", "USD",
             P("A 26 cm cast iron skillet, pre-seasoned with vegetable oil. 2.6 kg.",
               "It works on gas, electric and induction hobs, in the oven and over a campfire. The handle gets "
               "hot.",
               "Wash by hand, dry at once and rub with a little oil. Not dishwasher safe."),
             {"Material": ["cast iron"], "Diameter": ["26 cm"], "Seasoning": ["vegetable oil"]},
             ["cookware"], ["Kitchen > Pans"],
             variants=single("HW-CI26", "49.00", g(2.6, "kg")), weight=g(2.6, "kg")),
    "X40": L("Equestrian Riding Gloves", "Bridlemoor", "Riding gloves", "28.00", "USD",
             P("Riding gloves with a synthetic suede palm, a breathable mesh back, touchscreen fingertips and a "
               "hook-and-loop wrist.",
               "Sizes XS to XL. Machine wash at 30 °C."),
             {"Palm": ["synthetic suede"], "Back": ["mesh"]},
             ["equestrian"], ["Sport > Riding"],
             options={"Size": ["XS", "S", "M", "L", "XL"], "Color": ["Black", "Brown"]},
             variants=[{"sku": f"BM-RG-{s}-{c[0]}", "title": f"{s} / {c}", "price": "28.00",
                        "compare_at_price": None, "options": {"Size": s, "Color": c}, "weight": g(60),
                        "external_id": f"BM-RG-{s}-{c[0]}-v"}
                       for s in ("XS", "S", "M", "L", "XL") for c in ("Black", "Brown")],
             weight=g(60)),
}


def build():
    out = {}
    for key, listing in LISTINGS.items():
        row = {"external_id": key}
        row.update({k: v for k, v in listing.items() if k not in ("language", "type")})
        out[key] = row
    return out


def main():
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(build(), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(LISTINGS)} listings")


if __name__ == "__main__":
    main()
