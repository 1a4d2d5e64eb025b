"""Invented listings for guardrails holdout v29 (frozen 2026-12-06), written for this set.

Run from this folder:  python make_listings.py   (writes listings.json)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per option value: options = (name, [values]), prices = one price or a list."""
    name, values = options
    if isinstance(prices, str):
        prices = [prices] * len(values)
    return [{"sku": f"{sku}-{i + 1}", "title": v, "price": p, "compare_at_price": compare,
             "options": {name: v}, "weight": weight, "external_id": f"{sku}-{i + 1}"}
            for i, (v, p) in enumerate(zip(values, prices, strict=True))]


def single(sku, price, weight=None, compare=None, title="Default Title"):
    return [{"sku": sku, "title": title, "price": price, "compare_at_price": compare, "options": {},
             "weight": weight, "external_id": sku}]


def g(value, unit="g"):
    return {"value": value, "unit": unit}


def by(option, values, prices, sku, weight=None, compare=None):
    """options and variants for one option."""
    return {"options": {option: list(values)}, "variants": variants(sku, (option, list(values)), prices, weight,
                                                                     compare)}


def L(title, vendor, ptype, price, currency, desc, attrs=None, tags=(), cats=(), extra=None, **kw):
    out = {"title": title, "vendor": vendor, "product_type": ptype, "price": price, "currency": currency,
           "description_html": desc, "attributes": attrs or {}, "tags": list(tags), "categories": list(cats)}
    out.update(extra or {})
    out.update(kw)
    return out


def P(*paras):
    return "".join(f"<p>{p}</p>" for p in paras)


LISTINGS = {
    "X01": L("Beginner Embroidery Kit, Fern", "Threadbare Studio", "Embroidery kit", "22.00", "GBP",
             P("Everything to stitch one fern design: a 15 cm beech hoop, a pre-printed cotton panel, "
               "six skeins of cotton floss, two needles and an illustrated guide.",
               "The kit teaches four stitches: back stitch, satin stitch, French knot and stem stitch.",
               "Designed and packed in Leeds, England. Wash the finished piece by hand in cool water."),
             {"Hoop": ["15 cm beech"], "Floss": ["6 skeins, 100 % cotton"], "Needles": ["2"]},
             ["embroidery", "beginner"], ["Crafts > Embroidery"], variants=single("TB-FERN", "22.00", g(140)),
             weight=g(140)),
    "X02": L("Low-Angle Block Plane", "Marrow & Pike", "Hand plane", "129.00", "USD",
             P("A 6¼ in block plane with a 12° bed and a 25° bevel-up blade, for end grain and chamfers.",
               "Ductile cast iron body, A2 steel blade 1⅜ in wide, adjustable mouth. Weighs 1.6 lb.",
               "The blade ships honed but not polished. Wipe with camellia oil to keep rust away."),
             {"Body": ["ductile cast iron"], "Blade": ["A2 steel"], "Bed angle": ["12°"]},
             ["woodworking", "hand tools"], ["Tools > Hand planes"], variants=single("MP-BP12", "129.00", g(1.6, "lb")),
             weight=g(1.6, "lb")),
    "X03": L("Planisphere, 40° to 50° North", "Skyglass", "Star finder", "18.00", "USD",
             P("A rotating star chart for latitudes 40° to 50° north: set the date against the hour and it "
               "shows the sky above you.",
               "Printed on 0.5 mm laminated card, 26 cm across. Shows stars to magnitude 5 and every "
               "constellation visible from those latitudes.",
               "Readable under a red torch. Not for the southern hemisphere."),
             {"Latitude": ["40-50° N"], "Diameter": ["26 cm"], "Material": ["laminated card"]},
             ["astronomy", "stargazing"], ["Outdoors > Astronomy"], variants=single("SG-PL45", "18.00", g(95)),
             weight=g(95)),
    "X04": L("Sisal Scratching Post", "Whisker & Co", "Cat scratching post", "34.00", "GBP",
             P("A 70 cm post wrapped in natural sisal rope on a 40 x 40 cm base, heavy enough not to tip.",
               "The base is MDF covered in grey carpet. A replacement post is sold separately.",
               "Vacuum the base; do not wash the sisal. Assembly takes one bolt, included."),
             {"Height": ["70 cm"], "Rope": ["natural sisal"], "Base": ["MDF, grey carpet"]},
             ["cats", "sisal"], ["Pets > Cats"], variants=single("WC-SP70", "34.00", g(4.2, "kg")),
             weight=g(4.2, "kg")),
    "X05": L("Trail Running Vest 5 L", "Ridgeback Run", "Running vest", "89.00", "USD",
             P("A 5 litre vest with two 500 ml soft flasks in the front pockets and a zipped back pocket.",
               "Ripstop nylon with mesh sides; two sternum straps adjust the fit. Reflective trim front "
               "and back.", "Sizes by chest: S/M 81-97 cm, L/XL 97-112 cm. Hand wash, line dry."),
             {"Volume": ["5 L"], "Material": ["ripstop nylon, mesh"], "Flasks": ["2 x 500 ml"]},
             ["running", "hydration"], ["Sport > Running"],
             extra=by("Size", ["S/M", "L/XL"], "89.00", "RR-V5", g(260)), weight=g(260)),
    "X06": L("Bypass Secateurs", "Gumleaf Garden", "Secateurs", "59.00", "AUD",
             P("Bypass secateurs for live stems up to 20 mm thick. Carbon steel blades with a non-stick "
               "coating, aluminium handles and a thumb lock.",
               "20 cm long, 230 g. The blade and spring can be replaced; spares sold separately.",
               "Wipe clean and oil the pivot after use. Not for dead wood or wire."),
             {"Blade": ["carbon steel, non-stick coating"], "Handles": ["aluminium"], "Cut": ["up to 20 mm"]},
             ["gardening", "pruning"], ["Garden > Tools"], variants=single("GG-SEC", "59.00", g(230)),
             weight=g(230)),
    "X07": L("Tulpenbollen 'Koningin van de Nacht', 10 stuks", "Bollenhof de Wit", "Bloembollen", "8.50", "EUR",
             P("Tien bollen van de tulp 'Koningin van de Nacht', bijna zwart, maat 12/+.",
               "Geteeld in Lisse. Plant ze in oktober of november, 15 cm diep en 10 cm uit elkaar.",
               "Bloeit in mei, 60 cm hoog. Niet eetbaar; giftig voor katten."),
             {"Aantal": ["10"], "Maat": ["12/+"], "Bloeitijd": ["mei"]},
             ["tulpen", "najaar"], ["Tuin > Bloembollen"], variants=single("BW-KVDN", "8.50", g(250)),
             weight=g(250)),
    "X08": L("수저 세트 Stainless Sujeo Set", "Hanok Table", "Cutlery set", "28000", "KRW",
             P("스테인리스 스틸 수저 세트: 숟가락 하나와 젓가락 한 벌.",
               "A spoon and a pair of flat chopsticks in 18/10 stainless steel, the spoon 21 cm and the "
               "chopsticks 22 cm long, in a cotton pouch.",
               "Dishwasher safe. Made in Gimhae, Korea."),
             {"Material": ["18/10 stainless steel"], "Pieces": ["spoon, pair of chopsticks"]},
             ["korean", "cutlery"], ["Kitchen > Cutlery"], variants=single("HT-SJ", "28000", g(110)),
             weight=g(110)),
    "X09": L("Dalahäst, röd, 13 cm", "Nusnäs Hemslöjd", "Trähäst", "450.00", "SEK",
             P("En handsnidad och handmålad dalahäst i furu, 13 cm hög.",
               "Snidad och målad i Nusnäs, Dalarna. Röd med traditionell kurbits i vitt, grönt och gult.",
               "Dekoration, inte en leksak för barn under 3 år. Torka av med torr trasa."),
             {"Material": ["furu"], "Höjd": ["13 cm"], "Färg": ["röd"]},
             ["dalahäst", "hantverk"], ["Hem > Dekoration"], variants=single("NH-D13", "450.00", g(120)),
             weight=g(120)),
    "X10": L("Travel Chess Set, Magnetic", "Rook & Row", "Chess set", "39.00", "CAD",
             P("A folding 25 cm board with 32 magnetic pieces that stay put on a bus or train.",
               "Walnut and maple veneer board; the pieces are weighted plastic, king 5 cm tall. The pieces "
               "store in the board's two drawers.",
               "Designed in Winnipeg, Manitoba. Contains small parts: not for children under 3."),
             {"Board": ["25 cm, walnut and maple veneer"], "Pieces": ["32, magnetic plastic"]},
             ["chess", "travel"], ["Games > Chess"], variants=single("RR-CH25", "39.00", g(540)),
             weight=g(540)),
    "X11": L("Εξαιρετικό παρθένο ελαιόλαδο Κορωνέικη, 500 ml", "Elaiona Kalamatas", "Ελαιόλαδο", "14.90",
             "EUR",
             P("Εξαιρετικό παρθένο ελαιόλαδο από ελιές Κορωνέικη, ψυχρής έκθλιψης.",
               "Μεσσηνία, σοδειά Νοεμβρίου 2025. Οξύτητα κάτω από 0,3 %.",
               "Σκούρο γυάλινο μπουκάλι 500 ml. Φυλάξτε το μακριά από φως και ζέστη."),
             {"Ποικιλία": ["Κορωνέικη"], "Όγκος": ["500 ml"], "Οξύτητα": ["< 0,3 %"]},
             ["ελαιόλαδο", "Μεσσηνία"], ["Τρόφιμα > Λάδια"], variants=single("EK-500", "14.90", g(900)),
             weight=g(900)),
    "X12": L("Skleněná vánoční ozdoba, ptáček", "Sklárna Poříčí", "Vánoční ozdoba", "290.00", "CZK",
             P("Foukaná skleněná ozdoba ve tvaru ptáčka, 12 cm dlouhá, s kovovým klipem na větev.",
               "Foukaná a ručně malovaná v Krkonoších. Modrá a stříbrná.",
               "Křehká: není vhodná pro děti. Balená v krabičce."),
             {"Materiál": ["foukané sklo"], "Délka": ["12 cm"], "Barva": ["modrá, stříbrná"]},
             ["vánoce", "sklo"], ["Domov > Vánoce"], variants=single("SP-PT12", "290.00", g(30)), weight=g(30)),
    "X13": L("Molcajete de piedra volcánica, 20 cm", "Tlaxcali", "Molcajete", "890.00", "MXN",
             P("Molcajete tallado a mano en piedra volcánica de basalto, 20 cm de diámetro, con su tejolote.",
               "Hecho en Comonfort, Guanajuato. Pesa unos 4 kg.",
               "Antes del primer uso, cúrelo moliendo arroz crudo hasta que salga blanco. Lávelo solo con "
               "agua, sin jabón."),
             {"Material": ["basalto"], "Diámetro": ["20 cm"]},
             ["cocina", "mexicano"], ["Cocina > Utensilios"], variants=single("TX-M20", "890.00", g(4, "kg")),
             weight=g(4, "kg")),
    "X14": L("Stearinlys, 4 stk., 25 cm", "Lysstøberiet Aarhus", "Kronelys", "79.00", "DKK",
             P("Fire kronelys af 100 % stearin, 25 cm høje og 2,2 cm i diameter.",
               "Brændetid ca. 9 timer pr. lys. Drypfri, når de står uden træk.",
               "Støbt i Aarhus. Farver: Hvid, Støvet rosa."),
             {"Materiale": ["100 % stearin"], "Højde": ["25 cm"], "Antal": ["4"]},
             ["lys", "stearin"], ["Bolig > Lys"],
             extra=by("Farve", ["Hvid", "Støvet rosa"], "79.00", "LA-K25", g(320)), weight=g(320)),
    "X15": L("Bakır Cezve, 250 ml", "Kapalı Bakırcı", "Cezve", "750.00", "TRY",
             P("Elde dövülmüş bakır cezve, içi kalay kaplı, pirinç sap. 250 ml, 2-3 fincan.",
               "Gaziantep'te yapıldı. Gazlı ve elektrikli ocakta kullanılır; indüksiyonda kullanılmaz.",
               "Elde yıkayın. Bulaşık makinesine koymayın."),
             {"Malzeme": ["bakır, kalay kaplı"], "Hacim": ["250 ml"], "Sap": ["pirinç"]},
             ["kahve", "bakır"], ["Mutfak > Kahve"], variants=single("KB-C250", "750.00", g(280)),
             weight=g(280)),
    "X16": L("Steirisches Kürbiskernöl g.g.A., 250 ml", "Ölmühle Hartberg", "Kürbiskernöl", "12.40", "EUR",
             P("Nach steirischer Art aus gerösteten Kernen gepresst, aus 100 % steirischen Kürbiskernen. "
               "Geschützte geografische Angabe (g.g.A.).",
               "Gepresst in Hartberg, Steiermark. 250-ml-Flasche.",
               "Nicht zum Braten; für Salate und Suppen. Kühl und dunkel lagern, nach dem Öffnen innerhalb "
               "von 3 Monaten verbrauchen."),
             {"Inhalt": ["250 ml"], "Herkunft": ["Steiermark"], "Zertifikat": ["g.g.A."]},
             ["kürbiskernöl", "steiermark"], ["Lebensmittel > Öle"], variants=single("OH-K250", "12.40", g(480)),
             weight=g(480)),
    "X17": L("Leather Camera Strap", "Aperture & Hide", "Camera strap", "45.00", "USD",
             P("A 38 mm wide strap in vegetable-tanned leather, adjustable from 100 to 130 cm.",
               "Fits cameras with split-ring lugs; two steel split rings and leather lug covers included.",
               "Made in Leon, Guanajuato, Mexico. Holds cameras up to 2 kg. Colours: Tan, Dark Brown."),
             {"Width": ["38 mm"], "Leather": ["vegetable-tanned"], "Length": ["100-130 cm"]},
             ["photography", "leather"], ["Photo > Straps"],
             extra=by("Colour", ["Tan", "Dark Brown"], "45.00", "AH-CS", g(90)), weight=g(90)),
    "X18": L("Anti-Fog Swim Goggles", "Laneline", "Swim goggles", "16.00", "GBP",
             P("Polycarbonate lenses with an anti-fog coating and UV protection, silicone seals and a "
               "split silicone strap.",
               "Three nose bridges included (S, M, L). Smoke or Clear lenses.",
               "Rinse in fresh water after each swim and let dry out of the sun. Do not wipe the inside of "
               "the lenses."),
             {"Lens": ["polycarbonate"], "Seal": ["silicone"]},
             ["swimming", "anti-fog"], ["Sport > Swimming"],
             extra=by("Lens", ["Smoke", "Clear"], "16.00", "LL-G1", g(40)), weight=g(40)),
    "X19": L("Chimney Sweep Visit", "Soot & Sons", "Service", "75.00", "GBP",
             P("One visit to sweep one chimney or stove flue, with a sweeping certificate for your "
               "insurer.",
               "About an hour. We work in Sheffield and within 15 miles of the city centre. Book at least "
               "three days ahead.",
               "Sweeping only: cowl fitting and repairs are quoted separately."),
             {"Visit": ["about 1 hour"], "Area": ["Sheffield + 15 miles"]},
             ["chimney", "service"], ["Services > Home"],
             extra=by("Flue", ["Open fire", "Wood stove"], ["75.00", "85.00"], "SS-V", None)),
    "X20": L("Hand-Thrown Bud Vase", "Kiln Lane", "", "42.00", "USD", "",
             variants=single("KL-BV", "42.00")),
    "X21": L("Linen Tea Towel", "Karoo Linen Co.", "", "180.00", "ZAR", "",
             {"Size": ["50 x 70 cm"]}, variants=single("KL-TT", "180.00")),
    "X22": L("Fermentation Starter Kit", "Crock & Culture", "Kit", None, "USD",
             P("The pieces you need to ferment a first jar of sauerkraut or kimchi, each sold on its own "
               "too."),
             children=[{"title": "1 litre glass jar", "price": "18.00", "attributes": {"Volume": ["1 l"]}},
                       {"title": "Glass fermentation weight", "price": "8.00",
                        "attributes": {"Material": ["soda-lime glass"]}},
                       {"title": "Airlock lid", "price": "6.00", "attributes": {"Material": ["silicone"]}}],
             variants=[]),
    "X23": L("Air Rower Pro", "Strokeline", "Rowing machine", "699.00", "GBP",
             P("Sold and shipped by our partner Oarhouse Fitness, who handle delivery, returns and the "
               "warranty.",
               "Air resistance with a 10-level damper, a monitor showing time, distance, strokes per minute "
               "and watts, and an aluminium rail that folds upright for storage.",
               "240 x 60 cm in use, 38 kg, for users up to 135 kg. Needs no mains power: the monitor runs "
               "on two AA batteries."),
             {"Resistance": ["air, 10 levels"], "Max user": ["135 kg"], "Weight": ["38 kg"]},
             ["rowing", "fitness"], ["Sport > Fitness"], variants=single("SL-AR", "699.00", g(38, "kg")),
             weight=g(38, "kg")),
    "X24": L("Marinière homme, coton", "Atelier Iroise", "Marinière", "65.00", "EUR",
             P("La marinière à rayures, 100 % coton jersey, 21 rayures sur le corps.",
               "Tricotée et confectionnée à Quimper, Bretagne. Coupe droite, col bateau, manches longues.",
               "Lavage en machine à 30 °C, séchage à plat. Tailles S, M, L, XL. Écru et marine."),
             {"Matière": ["100 % coton"], "Coloris": ["écru et marine"]},
             ["breton", "coton"], ["Mode > Hauts"],
             extra=by("Taille", ["S", "M", "L", "XL"], "65.00", "AI-MH", g(300)), weight=g(300)),
    "X25": L("Cabretta Golf Glove, Left Hand", "Fairway Hands", "Golf glove", "24.00", "USD",
             P("A cabretta leather golf glove for the left hand, worn by right-handed golfers.",
               "Perforated fingers, an elastic wrist and a hook-and-loop closure with a removable ball "
               "marker.", "Sizes S, M, L, XL. Let it air dry after play; do not machine wash."),
             {"Leather": ["cabretta"], "Hand": ["left"]},
             ["golf", "leather"], ["Sport > Golf"],
             extra=by("Size", ["S", "M", "L", "XL"], "24.00", "FH-GL", g(30)), weight=g(30)),
    "X26": L("Corde per chitarra classica, tensione normale", "Liuteria Ferri", "Guitar strings", "13.50",
             "EUR",
             P("A set of six strings for classical guitar, normal tension.",
               "Clear nylon trebles and silver-plated copper wound basses on a nylon core.",
               "Made in Cremona, Italy. Not for steel-string acoustic or electric guitars."),
             {"Strings": ["6"], "Tension": ["normal"], "Basses": ["silver-plated copper on nylon"]},
             ["guitar", "strings"], ["Music > Strings"], variants=single("LF-CN", "13.50", g(40)), weight=g(40)),
    "X27": L("Self-Watering Planter 18 cm", "Fernery", "Plant pot", "32.00", "USD",
             P("A glazed stoneware pot with an inner terracotta pot that draws water from the reservoir.",
               "18 cm across, 16 cm tall; the reservoir holds 400 ml and lasts about a week.",
               "Indoor use only: frost can crack it. Glazes: Moss, Chalk."),
             {"Material": ["glazed stoneware, terracotta"], "Reservoir": ["400 ml"]},
             ["houseplants", "self-watering"], ["Home > Plant pots"],
             extra=by("Glaze", ["Moss", "Chalk"], "32.00", "FN-SW", g(1.1, "kg")), weight=g(1.1, "kg")),
    "X28": L("7-in-1 USB-C Hub", "Portway", "USB hub", "49.00", "USD",
             P("One USB-C plug, seven ports: HDMI (4K at 30 Hz), two USB-A 3.0, USB-C data, SD and microSD "
               "readers and 100 W USB-C power pass-through.",
               "Aluminium shell, 15 cm braided cable. Works with USB-C laptops and tablets on Windows, "
               "macOS and iPadOS; no driver needed.", "Does not support DisplayPort Alt Mode on more than "
               "one screen. One-year warranty."),
             {"Ports": ["7"], "HDMI": ["4K at 30 Hz"], "Power pass-through": ["100 W"]},
             ["usb-c", "hub"], ["Computing > Accessories"], variants=single("PW-H7", "49.00", g(75)),
             weight=g(75)),
    "X29": L("Oat & Nettle Shampoo Bar", "Brook Apothecary", "Shampoo bar", "12.00", "USD",
             P("A solid shampoo bar with colloidal oat, nettle extract and coconut-derived surfactants.",
               "80 g, about 60 washes. Lightly scented with rosemary essential oil. Vegan.",
               "Keep it dry between uses. Avoid the eyes. Made in Asheville, North Carolina."),
             {"Weight": ["80 g"], "Scent": ["rosemary"]},
             ["vegan", "plastic-free"], ["Beauty > Hair"], variants=single("BA-ON80", "12.00", g(80)),
             weight=g(80)),
    "X30": L("Carbon Trekking Poles, Pair", "Scree Line", "Trekking poles", "119.00", "USD",
             P("A pair of three-section carbon fibre poles with flick locks, adjustable from 105 to 135 cm.",
               "Cork grips with foam extensions, tungsten carbide tips, rubber feet and snow baskets "
               "included.", "Each pole weighs 230 g. Packs down to 62 cm. Two-year warranty."),
             {"Shaft": ["carbon fibre"], "Grip": ["cork"], "Length": ["105-135 cm"]},
             ["hiking", "carbon"], ["Outdoors > Hiking"], variants=single("SC-TP", "119.00", g(460)),
             weight=g(460)),
}


def build():
    out = {}
    for key, lst in LISTINGS.items():
        lst = dict(lst)
        lst["external_id"] = key
        lst.setdefault("variants", [])
        if lst.get("price") is None:
            lst.pop("price")
        out[key] = lst
    return out


def main():
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(build(), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(LISTINGS)} listings")


if __name__ == "__main__":
    main()
