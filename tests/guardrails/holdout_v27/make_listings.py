"""Write listings.json for guardrails holdout v27: 30 invented listings, X01..X30.

Run from this folder:  python make_listings.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant a value of a single option, each with its price."""
    name = next(iter(options))
    out = []
    for n, (value, price) in enumerate(zip(options[name], prices, strict=True), 1):
        out.append({"sku": f"{sku}-{n}", "title": value, "price": price, "compare_at_price": compare,
                    "options": {name: value}, "weight": weight, "external_id": f"{sku}-v{n}"})
    return out


def single(sku, price, weight=None, compare=None, title="Default Title"):
    return [{"sku": sku, "title": title, "price": price, "compare_at_price": compare, "options": {},
             "weight": weight, "external_id": f"{sku}-v1"}]


def g(value, unit="g"):
    return {"value": value, "unit": unit}


def by(option, values, prices, sku, weight=None, compare=None):
    """Options and variants for one option whose values carry their own prices."""
    if isinstance(prices, str):
        prices = [prices] * len(values)
    return {"options": {option: list(values)}, "variants": variants(sku, {option: values}, prices, weight, compare)}


def L(title, vendor, ptype, price, currency, desc, attrs=None, tags=(), cats=(), extra=None, **kw):
    lst = {"title": title, "vendor": vendor, "product_type": ptype, "price": price, "currency": currency,
           "description_html": desc, "attributes": attrs or {}, "tags": list(tags), "categories": list(cats)}
    lst.update(extra or {})
    lst.update(kw)
    return lst


def P(*paras):
    return "".join(f"<p>{p}</p>" for p in paras)


LISTINGS = {
    "X01": L("Spindle Gouge 3/8\"", "Ashlar Turning Tools", "Woodturning gouge", "34.00", "GBP",
             P("A 3/8\" (10 mm) spindle gouge for beads, coves and fine detail on the lathe.",
               "The flute is ground into M2 high-speed steel and hardened to 63 HRC. The handle is ash, "
               "finished with Danish oil, and the blade is held in a brass ferrule.",
               "Overall length 400 mm, of which 160 mm is steel. Ground to a 40° fingernail profile, "
               "ready to use after a touch on the hone.",
               "Made in Sheffield. Do not quench in water after grinding: let the steel cool in air."),
             {"Steel": ["M2 HSS"], "Hardness": ["63 HRC"], "Handle": ["Ash"], "Origin": ["Sheffield, England"]},
             weight=g(310), variants=single("ASH-SG10", "34.00", g(310)),
             dimensions={"length": 40, "width": None, "height": None, "unit": "cm"},
             cats=["Tools > Woodturning"]),
    "X02": L("Tailor's Shears 25 cm", "Merrow & Lane", "Fabric scissors", "48.00", "USD",
             P("Forged carbon-steel shears for cutting fabric, 25 cm (10 inches) long with a 12 cm blade.",
               "The handles are bent so the lower blade stays flat on the table. A brass screw lets you "
               "set the tension; a drop of sewing-machine oil on the joint keeps them smooth.",
               "Black lacquered handles. Right-handed only. Cut fabric only, not paper or wire.",
               "Wipe dry after use: carbon steel rusts if left wet."),
             {"Material": ["Carbon steel"], "Length": ["25 cm"], "Handedness": ["Right-handed"]},
             weight=g(280), variants=single("ML-TS25", "48.00", g(280)), cats=["Sewing > Scissors"]),
    "X03": L("Garden Kneeler Pad", "Fernbank Garden Co.", "Garden kneeler", "22.00", "GBP",
             P("A kneeling pad for weeding and planting, 45 x 30 cm and 4 cm thick.",
               "The core is closed-cell EVA foam, so it does not soak up water; the cover is "
               "waxed cotton canvas with a carry handle cut into one end.",
               "Hose it down or wipe it clean. Do not machine wash the cover.",
               "Colours: Moss or Clay."),
             {"Core": ["Closed-cell EVA foam"], "Cover": ["Waxed cotton canvas"]},
             weight=g(420), **by("Colour", ["Moss", "Clay"], "22.00", "FB-KN", g(420)),
             dimensions={"length": 45, "width": 30, "height": 4, "unit": "cm"}, cats=["Garden > Tools"]),
    "X04": L("Planisphere 51°N", "Orrery Lane", "Star chart", "19.50", "USD",
             P("A rotating star chart set for latitude 51° north, for London, Amsterdam, Calgary and "
               "anywhere within about 5° of that line.",
               "Turn the disc to the date and hour and the window shows the stars above the horizon. "
               "It lists 88 constellations and marks stars down to magnitude 5.",
               "Printed on 0.5 mm PVC-free plastic card, 30 cm across. Glow-in-the-dark ink on the horizon "
               "ring. Not for the southern hemisphere."),
             {"Latitude": ["51° N"], "Diameter": ["30 cm"]},
             weight=g(150), variants=single("OL-PL51", "19.50", g(150)), cats=["Astronomy > Charts"]),
    "X05": L("Sisal Scratching Post 70 cm", "Whiskerwood", "Cat scratching post", "39.00", "EUR",
             P("A 70 cm scratching post wrapped in natural sisal rope, tall enough for a cat to stretch.",
               "The post is 9 cm across and stands on a 40 x 40 cm base of pine plywood covered in "
               "grey carpet. Four screws and an Allen key are in the box.",
               "The rope can be rewrapped: replacement sisal is sold separately.",
               "Made in Portugal. For cats only."),
             {"Rope": ["Natural sisal"], "Base": ["Pine plywood, grey carpet"], "Height": ["70 cm"],
              "Origin": ["Portugal"]},
             weight=g(4.2, "kg"), variants=single("WW-SP70", "39.00", g(4.2, "kg")), cats=["Pets > Cats"]),
    "X06": L("Dandy Brush, Stiff", "Paddock & Pail", "Horse grooming brush", "14.00", "GBP",
             P("A stiff dandy brush for lifting dried mud and dust from a horse's coat and legs.",
               "Union fibre bristles, a mix of natural tampico and PVC, set 5 cm long in a beech "
               "block 22 x 7 cm. A leather hand strap across the back.",
               "Not for the face or a clipped coat: use a soft body brush there.",
               "Rinse in warm water with a little soap and dry bristles down."),
             {"Bristles": ["Tampico and PVC union fibre"], "Block": ["Beech"], "Strap": ["Leather"]},
             weight=g(230), variants=single("PP-DB1", "14.00", g(230)), cats=["Equestrian > Grooming"]),
    "X07": L("Surf Wax, Cool Water", "Salt Bloom", "Surf wax", "4.50", "AUD",
             P("A bar of surf wax for water from 14 to 20 °C. Beeswax, coconut oil and pine resin, "
               "nothing petroleum-based.",
               "One 85 g bar, wrapped in paper. Rub on a clean deck in crosshatches, then circles.",
               "Keep out of the sun and out of a hot car: it softens above 30 °C.",
               "Poured by hand in Byron Bay. Three temperatures in the range: Cool (this one), Warm and Tropical, "
               "each sold on its own."),
             {"Water temperature": ["14-20 °C"], "Weight": ["85 g"], "Origin": ["Byron Bay, NSW"]},
             tags=["petroleum-free"], weight=g(85), variants=single("SB-CW", "4.50", g(85)),
             cats=["Sports > Surfing"]),
    "X08": L("Walnut Chess Set, Staunton 3\"", "Rook & Rank", "Chess set", "129.00", "CAD",
             P("A tournament-style chess set: 32 Staunton pieces in walnut and boxwood, with a folding "
               "walnut-and-maple board.",
               "King height 3 inches (7.6 cm), base 1.2 inches. Each piece is weighted and felted. The board "
               "is 16 x 16 inches with 1.75-inch squares and folds into a box for the pieces.",
               "Two extra queens are included. Not a toy: small parts, not for children under 3.",
               "Turned in India, finished in Montréal."),
             {"Pieces": ["Walnut and boxwood"], "Board": ["Walnut and maple"], "King height": ["3 in"]},
             weight=g(2.1, "kg"), variants=single("RR-WS3", "129.00", g(2.1, "kg")), cats=["Games > Chess"]),
    "X09": L("Darjeeling Second Flush, Loose Leaf", "Kettle & Canister", "Black tea", "16.00", "USD",
             P("A second-flush Darjeeling from a single estate near Kurseong, picked in June 2026.",
               "Muscatel, a little malt, no bitterness. Brew 3 g in 250 ml of water just off the boil, "
               "95 °C, for 3 to 4 minutes.",
               "100 g in a resealable kraft pouch. Store cool and dry, away from strong smells.",
               "Contains caffeine."),
             {"Origin": ["Kurseong, Darjeeling, India"], "Harvest": ["June 2026"], "Net weight": ["100 g"]},
             weight=g(100), variants=single("KC-DJ2", "16.00", g(100)), cats=["Food > Tea"]),
    "X10": L("Boar Bristle Hairbrush", "Comb & Column", "Hairbrush", "32.00", "USD",
             P("A paddle hairbrush with pure boar bristles set in a rubber cushion, for smoothing and "
               "spreading natural oils on fine to normal hair.",
               "Pear-wood handle, 23 cm long. Not for detangling thick or curly hair when wet.",
               "Clean it with the cleaning tool in the box and a little shampoo; keep the wood out of water.",
               "Two sizes: Travel (17 cm) $26 and Full (23 cm) $32."),
             {"Bristles": ["100% boar"], "Handle": ["Pear wood"]},
             **by("Size", ["Travel", "Full"], ["26.00", "32.00"], "CC-BB", g(95)), cats=["Beauty > Hair"]),
    "X11": L("Delfts blauwe tegel \"Molen\"", "Tegelhuis Gouda", "Wandtegel", "18.50", "EUR",
             P("Een handbeschilderde tegel met een molen, in kobaltblauw op wit tinglazuur.",
               "13 x 13 cm, 7 mm dik. Gebakken op 1050 °C. Beschilderd in Gouda.",
               "Voor de muur, niet voor de vloer. Met een ophangoog aan de achterkant.",
               "Elke tegel is iets anders: het is handwerk."),
             {"Afmeting": ["13 x 13 cm"], "Glazuur": ["Tinglazuur"], "Herkomst": ["Gouda, Nederland"]},
             weight=g(260), variants=single("TG-MOL", "18.50", g(260)), cats=["Wonen > Decoratie"]),
    "X12": L("Disktrasa i lin, 3-pack", "Linneboden", "Disktrasa", "149.00", "SEK",
             P("Tre disktrasor i vävt lin, 25 x 30 cm var, med en hängögla i hörnet.",
               "Lin från Belgien, vävt i Borås. Blir mjukare för varje tvätt.",
               "Tvätta i 60 °C. Torktumla inte. Stryk fuktig om du vill.",
               "Färger i paketet: naturvit, grå och blå."),
             {"Material": ["100 % lin"], "Mått": ["25 x 30 cm"], "Antal": ["3"],
              "Ursprung": ["Lin från Belgien, vävt i Borås"]},
             weight=g(120), variants=single("LB-DT3", "149.00", g(120)), cats=["Kök > Textil"]),
    "X13": L("Εξαιρετικό παρθένο ελαιόλαδο Κορωνέικη 500 ml", "Ελαιώνας Μεσσηνίας", "Ελαιόλαδο", "14.00", "EUR",
             P("Εξαιρετικό παρθένο ελαιόλαδο από ελιές Κορωνέικη, από τη Μεσσηνία.",
               "Ψυχρή έκθλιψη, συγκομιδή Νοεμβρίου 2025. Οξύτητα κάτω από 0,3 %.",
               "Γυάλινο μπουκάλι 500 ml, σκούρο πράσινο. Φυλάξτε μακριά από φως και ζέστη.",
               "Ανάλωση κατά προτίμηση εντός 18 μηνών."),
             {"Ποικιλία": ["Κορωνέικη"], "Προέλευση": ["Μεσσηνία, Ελλάδα"], "Όγκος": ["500 ml"],
              "Οξύτητα": ["< 0,3 %"]},
             weight=g(900), variants=single("EM-KOR5", "14.00", g(900)), cats=["Τρόφιμα > Λάδι"]),
    "X14": L("Skleněná vánoční ozdoba Hvězda", "Sklárna Poniklá", "Vánoční ozdoba", "290.00", "CZK",
             P("Foukaná skleněná koule, 8 cm, ručně malovaná bílou hvězdou.",
               "Vyrobeno v Poniklé v Krkonoších. Sklo je uvnitř postříbřené.",
               "Křehké: není pro děti. Balení obsahuje jednu ozdobu v krabičce.",
               "Barvy: tmavě modrá, červená."),
             {"Průměr": ["8 cm"], "Materiál": ["Foukané sklo"], "Původ": ["Poniklá, Česko"]},
             weight=g(30), **by("Barva", ["tmavě modrá", "červená"], "290.00", "SP-HV", g(30)),
             cats=["Domov > Vánoce"]),
    "X15": L("Lysestage i messing, 3 arme", "Kobberkanten", "Lysestage", "695.00", "DKK",
             P("En lysestage med tre arme i massiv messing, til almindelige kronelys på 2,2 cm.",
               "Højde 24 cm, bredde 30 cm. Drejet og samlet i Aarhus.",
               "Messing anløber: puds med messingpuds, eller lad den få patina. Ikke til opvaskemaskine.",
               "Efterlad aldrig brændende lys uden opsyn."),
             {"Materiale": ["Massiv messing"], "Højde": ["24 cm"], "Oprindelse": ["Aarhus, Danmark"]},
             weight=g(1.1, "kg"), variants=single("KK-LS3", "695.00", g(1.1, "kg")),
             cats=["Bolig > Lys"]),
    "X16": L("Saunakauha, visakoivu", "Löylypuu", "Saunakauha", "42.00", "EUR",
             P("Saunakauha, jonka varsi on visakoivua ja kuppi haapaa.",
               "Pituus 42 cm, kupin tilavuus 1 dl. Käsityönä Kuopiossa.",
               "Anna kuivua saunan jälkeen. Ei astianpesukoneeseen. Öljyä joskus parafiiniöljyllä.",
               "Jokainen kauha on yksilö."),
             {"Varsi": ["Visakoivu"], "Kuppi": ["Haapa"], "Pituus": ["42 cm"], "Alkuperä": ["Kuopio"]},
             weight=g(140), variants=single("LP-SK42", "42.00", g(140)), cats=["Sauna > Tarvikkeet"]),
    "X17": L("Playing Cards, Linen Finish", "Two Ravens Press", "Playing cards", "9.00", "GBP",
             P("A deck of 52 cards and two jokers, poker size 63 x 88 mm, on 310 gsm card with a "
               "linen-embossed finish.",
               "Standard indices in two corners. Printed in Birmingham with vegetable-based inks.",
               "Tuck box of 350 gsm board. Blue or Red backs."),
             {"Size": ["63 x 88 mm"], "Card": ["310 gsm"], "Origin": ["Birmingham, England"]},
             **by("Back", ["Blue", "Red"], "9.00", "TR-PC", g(95)), cats=["Games > Cards"]),
    "X18": L("Camera Strap, Waxed Canvas", "Halide Goods", "Camera strap", "45.00", "USD",
             P("A shoulder strap for mirrorless and DSLR cameras up to 2 kg.",
               "Waxed cotton canvas, 38 mm wide, with vegetable-tanned leather ends and 10 mm split rings. "
               "Adjustable from 90 to 140 cm.",
               "Fits cameras with strap lugs; not for cameras with a single tripod-socket mount.",
               "Rewax the canvas once a year. Do not wash. Olive or Charcoal."),
             {"Strap": ["Waxed cotton canvas"], "Ends": ["Vegetable-tanned leather"], "Width": ["38 mm"]},
             **by("Colour", ["Olive", "Charcoal"], "45.00", "HG-CS", g(110)), cats=["Photo > Straps"]),
    "X19": L("Knife Sharpening by Post", "Whetstone Row", "Service", "6.00", "USD",
             P("Send us your kitchen knives and we sharpen them by hand on Japanese waterstones.",
               "$6 a knife up to 20 cm blade, $9 a knife over 20 cm. Serrated knives are not sharpened.",
               "We return them within 10 working days of arrival, insured, to US addresses only.",
               "Chipped blades are reground for $4 extra."),
             {"Turnaround": ["10 working days"]},
             **by("Blade", ["Up to 20 cm", "Over 20 cm"], ["6.00", "9.00"], "WR-SH"),
             cats=["Services"]),
    "X20": L("Postcard \"Harbour at Dusk\"", "Ink & Anchor", "", "2.50", "GBP", "",
             variants=single("IA-HD", "2.50")),
    "X21": L("Cork Coaster", "Bark & Bottle", "", "3.00", "EUR", "", {"Diameter": ["10 cm"]},
             variants=single("BB-CC", "3.00")),
    "X22": L("Sourdough Starter Kit", "Crumb Collective", "Baking kit", None, "USD",
             P("Everything to start and keep a sourdough starter. Each piece is sold on its own."),
             children=[{"title": "Starter jar, 1 litre, glass with a clamp lid", "price": "18.00",
                        "attributes": {"Capacity": ["1 l"]}},
                       {"title": "Dried rye starter, 20 g", "price": "7.00", "attributes": {"Weight": ["20 g"]}},
                       {"title": "Stainless dough scraper", "price": "5.00", "attributes": {}}],
             cats=["Kitchen > Baking"]),
    "X23": L("Air Rowing Machine AR-7", "Ridgeway Fitness", "Rowing machine", "899.00", "GBP",
             P("Sold and shipped by our partner Oarsmith Fitness, who handle delivery, returns and "
               "the warranty.",
               "An air-resistance rower with a 10-setting damper, an LCD monitor showing time, distance, "
               "stroke rate and watts, and a 137 cm aluminium rail.",
               "Unfolded 240 x 61 cm; folds upright for storage. Maximum user weight 150 kg. 36 kg.",
               "Monitor runs on two AA batteries (included)."),
             {"Resistance": ["Air, 10 damper settings"], "Max user weight": ["150 kg"]},
             weight=g(36, "kg"), variants=single("RF-AR7", "899.00", g(36, "kg")),
             dimensions={"length": 240, "width": 61, "height": None, "unit": "cm"},
             cats=["Fitness > Rowers"], tags=["partner"]),
    "X24": L("Peştamal, pamuk-keten", "Ege Dokuma", "Havlu", "650.00", "TRY",
             P("Geleneksel peştamal: %70 pamuk, %30 keten, elde dokunmuş.",
               "100 x 180 cm, püsküllü uçlar. Denizli'de dokundu.",
               "30 °C'de yıkayın, ağartıcı kullanmayın. Her yıkamada yumuşar.",
               "Renkler: Lacivert, Zeytin."),
             {"Malzeme": ["%70 pamuk, %30 keten"], "Ölçü": ["100 x 180 cm"], "Menşei": ["Denizli"]},
             weight=g(350), **by("Renk", ["Lacivert", "Zeytin"], "650.00", "ED-PS", g(350)),
             cats=["Banyo > Havlu"]),
    "X25": L("Swim Goggles, Open Water", "Tidemark Swim", "Swim goggles", "28.00", "GBP",
             P("Wide-view goggles for open-water swimming: curved polycarbonate lenses with an anti-fog "
               "coating and UV protection, a soft silicone seal and a split silicone strap.",
               "Clear lenses for grey days, or Smoke for bright sun. One size, adult.",
               "Rinse in fresh water after each swim and let them dry out of direct sun. Do not wipe the "
               "inside of the lenses: it removes the anti-fog coating."),
             {"Lens": ["Polycarbonate, anti-fog, UV"], "Seal": ["Silicone"]},
             **by("Lens", ["Clear", "Smoke"], ["28.00", "30.00"], "TS-OW", g(45)),
             cats=["Sports > Swimming"]),
    "X26": L("Yirgacheffe Coffee, Whole Bean 250 g", "Lantern Roasters", "Coffee", "13.00", "USD",
             P("A washed Ethiopian coffee from Yirgacheffe, grown at 1,900 to 2,100 m by smallholders.",
               "Light roast. Bergamot, peach and black tea. Roasted in Portland, Oregon, within a week of "
               "shipping.",
               "250 g of whole beans in a bag with a one-way valve. Best within 6 weeks of the roast date."),
             {"Origin": ["Yirgacheffe, Ethiopia"], "Process": ["Washed"], "Roast": ["Light"],
              "Net weight": ["250 g"]},
             weight=g(250), variants=single("LR-YG", "13.00", g(250)), cats=["Food > Coffee"]),
    "X27": L("Phosphor Bronze Acoustic Strings 12-53", "Fretwell Strings", "Guitar strings", "11.00", "USD",
             P("A set of six strings for steel-string acoustic guitars, light gauge: .012, .016, .024, "
               ".032, .042, .053.",
               "Phosphor bronze wound on a hex steel core; plain strings are tin-plated steel. Ball ends.",
               "Not for classical (nylon-string) guitars. Sealed in an anti-tarnish pack."),
             {"Gauge": ["12-53"], "Wrap": ["Phosphor bronze"], "Strings": ["6"]},
             weight=g(30), variants=single("FS-PB1253", "11.00", g(30)), cats=["Music > Strings"]),
    "X28": L("Power Bank 10,000 mAh USB-C", "Voltcraft Row", "Power bank", "39.00", "USD",
             P("A 10,000 mAh power bank with one USB-C port (in and out, 20 W Power Delivery) and one "
               "USB-A port (out, 12 W).",
               "Charges itself in about 3 hours from a 20 W charger. Four LEDs show the charge left.",
               "105 x 63 x 16 mm, 195 g. A 30 cm USB-C cable is included; the wall charger is not.",
               "Allowed in cabin baggage, not in checked luggage. 18-month warranty. White or Graphite."),
             {"Capacity": ["10,000 mAh"], "Output": ["USB-C 20 W PD", "USB-A 12 W"], "Warranty": ["18 months"]},
             weight=g(195), **by("Colour", ["White", "Graphite"], "39.00", "VR-PB10", g(195)),
             dimensions={"length": 10.5, "width": 6.3, "height": 1.6, "unit": "cm"},
             cats=["Electronics > Power"]),
    "X29": L("Habanero Hot Sauce, 150 ml", "Ember Creek", "Hot sauce", "9.50", "USD",
             P("A habanero and roasted carrot hot sauce, made in Austin, Texas.",
               "Habanero peppers, carrot, apple cider vinegar, onion, garlic, lime juice, salt. "
               "No sugar added.",
               "150 ml glass bottle. Shake well; refrigerate after opening and use within 3 months.",
               "Heat: hot, about 5 of 6 on our scale."),
             {"Volume": ["150 ml"], "Origin": ["Austin, Texas"]},
             tags=["vegan", "gluten-free"], weight=g(290), variants=single("EC-HB150", "9.50", g(290)),
             cats=["Food > Sauces"]),
    "X30": L("Running Headlamp 400", "Trailcraft", "Headlamp", "49.00", "USD",
             P("A 400-lumen headlamp for trail running, with a rechargeable 1,500 mAh battery charged by USB-C.",
               "Modes: 400 lumens for 2 hours, 150 for 6 hours, 20 for 40 hours, and a red light.",
               "IPX4: rain and splashes, not for swimming. 78 g with the battery. Reflective elastic band.",
               "Two-year warranty. Black only."),
             {"Output": ["400 lumens"], "Battery": ["1,500 mAh, USB-C"], "Water resistance": ["IPX4"]},
             weight=g(78), variants=single("TC-HL400", "49.00", g(78)), cats=["Sports > Running"]),
}


def build():
    out = {}
    for key, lst in LISTINGS.items():
        lst = dict(lst)
        lst["external_id"] = key
        lst["sku"] = lst["variants"][0]["sku"].rsplit("-", 1)[0] if lst.get("variants") else key
        out[key] = lst
    return out


def main():
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(build(), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(LISTINGS)} listings")


if __name__ == "__main__":
    main()
