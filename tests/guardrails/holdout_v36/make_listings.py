"""Write listings.json for guardrails holdout v36: 30 invented listings, M01..M30.

Run from this folder:  python make_listings.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per option value of a single option, with its own price."""
    name, values = options
    return [{"sku": f"{sku}-{n + 1}", "title": v, "price": p, "compare_at_price": compare,
             "options": {name: v}, "weight": weight, "external_id": f"{sku}-{n + 1}"}
            for n, (v, p) in enumerate(zip(values, prices, strict=True))]


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
    "M01": L("Tailbeam 80 Rear Bike Light", "Spokewell", "Bike light", "29.00", "USD",
             P("A rechargeable rear light with a red LED that reaches 80 lumens on its brightest mode.",
               "Runtime is 4 hours on steady high and about 20 hours on flash. It charges by USB-C in about "
               "2 hours; the cable is included, a wall plug is not.",
               "The silicone strap fits round seatposts from 25 to 35 mm across. It does not fit aero "
               "(teardrop) seatposts. Rated IPX6 against rain; do not submerge it."),
             {"Battery": ["650 mAh lithium-ion"], "Housing": ["black polycarbonate"], "Light colour": ["red"],
              "Weight": ["42 g"], "Water resistance": ["IPX6"]},
             tags=["cycling", "usb-c"], cats=["Cycling > Lights"], options={"Color": ["Black"]},
             variants=single("SW-TB80", "29.00", g(42)), weight=g(42),
             dimensions={"length": 2.5, "width": 3.2, "height": 7, "unit": "cm"}),
    "M02": L("Slowpour Gooseneck Kettle 1.0 L", "Brewhill", "Pour-over kettle", "48.00", "USD",
             P("A stovetop gooseneck kettle for pour-over coffee, holding 1.0 litre (about 0.8 litre for "
               "pouring).",
               "The body is 304 stainless steel with a matte white finish; the lid knob is beech wood. A dial "
               "thermometer in the lid reads 0-110 °C.",
               "Works on gas, electric and induction hobs. Hand wash only. Manufactured in Taiwan."),
             {"Material": ["304 stainless steel"], "Lid knob": ["beech wood"], "Capacity": ["1.0 L"],
              "Finish": ["matte white"], "Country of manufacture": ["Taiwan"]},
             tags=["coffee", "pour-over", "induction"], cats=["Coffee > Kettles"],
             options={"Color": ["Matte White"]}, variants=single("BH-SP10", "48.00", g(720)),
             weight=g(720)),
    "M03": L("Drift 2500 Spinning Reel", "Kestrel Tackle", "Fishing reel", "59.00", "USD",
             P("A size 2500 spinning reel with a 5.2:1 gear ratio and six ball bearings plus one roller "
               "bearing (6+1).",
               "Graphite body, machined aluminium spool, maximum drag 7 kg. Line capacity 150 m of 0.25 mm "
               "monofilament. The handle swaps between left and right.",
               "Built for freshwater. It is not sealed for saltwater; rinse it with fresh water after use in "
               "brackish water. Weight 260 g."),
             {"Body": ["graphite"], "Spool": ["aluminium"], "Gear ratio": ["5.2:1"], "Bearings": ["6+1"],
              "Max drag": ["7 kg"], "Weight": ["260 g"]},
             tags=["freshwater", "spinning"], cats=["Fishing > Reels"],
             variants=single("KT-D2500", "59.00", g(260)), weight=g(260)),
    "M04": L("Crux Chalk Bag", "Ledgeline", "Chalk bag", "24.00", "USD",
             P("A cylindrical chalk bag of 500D Cordura with a fleece lining and a drawcord closure.",
               "It has a brush holder, a zipped back pocket and a 25 mm webbing belt, included. The opening "
               "takes hands up to glove size XL.",
               "Sewn by hand in Boulder, Colorado. Chalk is not included."),
             {"Outer": ["500D Cordura nylon"], "Lining": ["polyester fleece"], "Belt": ["25 mm webbing"]},
             tags=["climbing", "bouldering"], cats=["Climbing > Chalk bags"],
             options={"Color": ["Slate", "Rust"]},
             variants=variants("LL-CRUX", ("Color", ["Slate", "Rust"]), ["24.00", "24.00"], g(95)),
             weight=g(95)),
    "M05": L("Clearline Swim Goggles", "Tidewake", "Swim goggles", "16.00", "GBP",
             P("Pool goggles with polycarbonate lenses in a smoke tint, an anti-fog coating and UV protection.",
               "The split silicone strap adjusts at the back, and three nose bridges (S, M, L) come in the "
               "box, with a hard case.",
               "Not for prescription lenses. Rinse in cold fresh water after swimming and let them dry away "
               "from direct sun."),
             {"Lens": ["polycarbonate, smoke tint"], "Strap": ["silicone"], "In the box": ["3 nose bridges",
              "hard case"]},
             tags=["swimming", "anti-fog"], cats=["Swimming > Goggles"], options={"Lens": ["Smoke"]},
             variants=single("TW-CL", "16.00", g(60)), weight=g(60)),
    "M06": L("Groundwork Yoga Mat 4 mm", "Stillmoss", "Yoga mat", "78.00", "USD",
             P("A yoga mat 183 cm long, 61 cm wide and 4 mm thick, weighing 2.5 kg.",
               "The base is natural tree rubber and the top layer is polyurethane for grip. It contains natural "
               "latex, so it is not for people with a latex allergy.",
               "Wipe it clean with a damp cloth; do not machine wash it or leave it in direct sun. A cotton "
               "carry strap is included. Colour: Moss."),
             {"Base": ["natural tree rubber"], "Top": ["polyurethane"], "Thickness": ["4 mm"],
              "Weight": ["2.5 kg"]},
             tags=["yoga", "contains latex"], cats=["Fitness > Yoga"], options={"Color": ["Moss"]},
             variants=single("SM-GW4", "78.00", g(2.5, "kg")), weight=g(2.5, "kg"),
             dimensions={"length": 183, "width": 61, "height": 0.4, "unit": "cm"}),
    "M07": L("Trailmate Dog Harness", "Pawpath", "Dog harness", "34.00", "USD",
             P("A padded dog harness of nylon webbing with a neoprene lining, two lead rings (one on the "
               "chest, one on the back) and reflective stitching.",
               "Sizes by chest girth: S 45-60 cm, M 55-75 cm, L 70-95 cm, all $34. Colours: Orange and Navy.",
               "Machine wash at 30 °C in a laundry bag; air dry."),
             {"Webbing": ["nylon"], "Padding": ["neoprene"], "Lead rings": ["2"]},
             tags=["dogs", "reflective"], cats=["Dogs > Harnesses"],
             options={"Size": ["S", "M", "L"], "Color": ["Orange", "Navy"]},
             variants=variants("PP-TM", ("Size", ["S", "M", "L"]), ["34.00", "34.00", "34.00"])),
    "M08": L("Thermoquartz 100 W Aquarium Heater", "Reefwater", "Aquarium heater", "32.00", "USD",
             P("A fully submersible 100 W heater for aquariums of 60 to 100 litres, freshwater or marine.",
               "Set it anywhere from 18 to 32 °C on the top dial. The tube is quartz glass, and the heater "
               "switches itself off if it is lifted out of the water.",
               "The cable is 1.8 m long. Two-year warranty."),
             {"Power": ["100 W"], "Tank size": ["60-100 L"], "Range": ["18-32 °C"], "Tube": ["quartz glass"],
              "Warranty": ["2 years"]},
             tags=["aquarium", "freshwater", "marine"], cats=["Pets > Aquarium"],
             variants=single("RW-TQ100", "32.00", g(210)), weight=g(210)),
    "M09": L("Kestrelview 8x42 Binoculars", "Fieldnote Optics", "Binoculars", "189.00", "USD",
             P("Roof-prism binoculars, 8x magnification with 42 mm objectives, BaK-4 prisms and fully "
               "multi-coated lenses.",
               "Field of view 131 m at 1,000 m; close focus 2 m; eye relief 17 mm. Waterproof and "
               "nitrogen-purged against fogging. Weight 650 g.",
               "A neck strap, lens caps and a padded case are included. Ten-year warranty."),
             {"Magnification": ["8x"], "Objective": ["42 mm"], "Prism": ["BaK-4 roof"],
              "Weight": ["650 g"], "Warranty": ["10 years"]},
             tags=["birdwatching", "waterproof"], cats=["Outdoors > Optics"],
             variants=single("FN-KV842", "189.00", g(650)), weight=g(650)),
    "M10": L("Meridian Fountain Pen, Fine", "Inkwell & Co", "Fountain pen", "45.00", "USD",
             P("A brass-bodied fountain pen in black lacquer with a steel nib in Fine.",
               "It fills from standard international cartridges (two in the box) or the included converter. "
               "It is 14 cm long capped and weighs 32 g.",
               "Assembled in Japan with a nib made in Germany."),
             {"Body": ["brass, black lacquer"], "Nib": ["steel, Fine"], "Filling": ["cartridge/converter"],
              "Weight": ["32 g"]},
             tags=["fountain pen", "stationery"], cats=["Stationery > Pens"], options={"Nib": ["Fine"]},
             variants=single("IC-MER-F", "45.00", g(32)), weight=g(32)),
    "M11": L("Studio 40 Closed-Back Headphones", "Northbay Audio", "Headphones", "89.00", "USD",
             P("Wired over-ear headphones, closed-back, with 40 mm drivers and 32 ohm impedance.",
               "The 1.5 m cable is detachable and ends in a 3.5 mm plug; a 6.35 mm adapter is included. The "
               "ear pads are protein leather and the headband folds.",
               "No Bluetooth and no microphone. Weight 280 g. Colour: black."),
             {"Driver": ["40 mm"], "Impedance": ["32 ohm"], "Cable": ["1.5 m, detachable"],
              "Weight": ["280 g"]},
             tags=["wired", "closed-back"], cats=["Audio > Headphones"], options={"Color": ["Black"]},
             variants=single("NB-S40", "89.00", g(280)), weight=g(280)),
    "M12": L("Azeite Virgem Extra Cobrançosa 500 ml", "Quinta do Freixial", "Azeite", "14.50", "EUR",
             P("Azeite virgem extra das variedades Cobrançosa e Madural, extraído a frio.",
               "Acidez máxima 0,3 %. Colheita 2025/2026. Azeite de Trás-os-Montes DOP.",
               "Produzido e engarrafado em Mirandela, Portugal. Lata de 500 ml. Guardar ao abrigo da luz e "
               "do calor."),
             {"Variedades": ["Cobrançosa", "Madural"], "Volume": ["500 ml"], "Embalagem": ["lata"],
              "Origem": ["Mirandela, Portugal"], "Certificação": ["DOP Trás-os-Montes"]},
             tags=["azeite", "dop", "extraído a frio"], cats=["Mercearia > Azeite"],
             variants=single("QF-AZ500", "14.50", g(560)), weight=g(560)),
    "M13": L("Kubek ceramiczny Paw 350 ml", "Glinianka", "Kubek", "59.00", "PLN",
             P("Kubek z kamionki z Bolesławca, pojemność 350 ml, wzór \"Paw\" stemplowany ręcznie.",
               "Kolory: niebieski wzór na białym tle. Można myć w zmywarce i używać w kuchence mikrofalowej. "
               "Nie stawiać na płycie grzejnej.",
               "Wyprodukowano w Bolesławcu."),
             {"Materiał": ["kamionka"], "Pojemność": ["350 ml"], "Wzór": ["Paw"],
              "Kolor": ["niebiesko-biały"]},
             tags=["ceramika bolesławiecka", "ręcznie malowane"], cats=["Kuchnia > Kubki"],
             variants=single("GL-PAW350", "59.00", g(380)), weight=g(380)),
    "M14": L("Ullsokker Fjellgrå", "Strikkeloftet", "Sokker", "249.00", "NOK",
             P("Tykke sokker av 80 % ull og 20 % nylon, strikket i Ålesund.",
               "Størrelser 36-40 og 41-45, begge 249 kr. Farge: grå.",
               "Vask på ullprogram ved 40 °C. Ikke tørketrommel."),
             {"Materiale": ["80 % ull", "20 % nylon"], "Farge": ["grå"]},
             tags=["ull", "strikket i norge"], cats=["Klær > Sokker"],
             options={"Størrelse": ["36-40", "41-45"]},
             variants=variants("SL-FG", ("Størrelse", ["36-40", "41-45"]), ["249.00", "249.00"], g(110))),
    "M15": L("Sklenice Tumbler 300 ml, sada 6 ks", "Borská huť", "Sklenice", "1290.00", "CZK",
             P("Šest ručně foukaných sklenic z bezolovnatého křišťálu, každá o objemu 300 ml.",
               "Vyrobeno ručně v Novém Boru. Výška 9,5 cm.",
               "Doporučujeme mytí v ruce."),
             {"Materiál": ["bezolovnatý křišťál"], "Objem": ["300 ml"], "Počet": ["6 ks"]},
             tags=["ručně foukané", "bezolovnaté"], cats=["Domácnost > Sklo"],
             variants=single("BH-TUM6", "1290.00", g(1.5, "kg")), weight=g(1.5, "kg"),
             dimensions={"length": None, "width": None, "height": 9.5, "unit": "cm"}),
    "M16": L("Saunakiulu 4 l ja kauha", "Löylypaja", "Saunakiulu", "49.00", "EUR",
             P("Neljän litran saunakiulu lämpökäsitellystä haavasta, muovinen sisäastia.",
               "Mukana 40 cm pitkä kauha. Valmistettu käsityönä Kuopiossa.",
               "Tyhjennä ja kuivaa kiulu käytön jälkeen."),
             {"Materiaali": ["lämpökäsitelty haapa"], "Sisäastia": ["muovi"], "Tilavuus": ["4 l"],
              "Kauha": ["40 cm"]},
             tags=["sauna", "käsityö"], cats=["Sauna > Kiulut"],
             variants=single("LP-K4", "49.00", g(1.1, "kg")), weight=g(1.1, "kg")),
    "M17": L("Θυμαρίσιο Μέλι Κρήτης 450 g", "Μελισσώνας", "Μέλι", "12.90", "EUR",
             P("Ωμό θυμαρίσιο μέλι από τα Σφακιά της Κρήτης, χωρίς θέρμανση.",
               "Γυάλινο βάζο 450 g. Κρυσταλλώνει φυσικά με τον καιρό.",
               "Δεν είναι κατάλληλο για βρέφη κάτω των 12 μηνών."),
             {"Βάρος": ["450 g"], "Συσκευασία": ["γυάλινο βάζο"], "Προέλευση": ["Σφακιά, Κρήτη"]},
             tags=["ωμό μέλι", "θυμάρι"], cats=["Τρόφιμα > Μέλι"],
             variants=single("ME-TH450", "12.90", g(700)), weight=g(700)),
    "M18": L("Alpine Hand Cream 75 ml", "Säntisgarten", "Hand cream", "18.50", "CHF",
             P("A rich hand cream with 10 % shea butter and glycerin, fragrance-free.",
               "Made in Appenzell, Switzerland, in a 75 ml aluminium tube. Vegan.",
               "For external use only."),
             {"Volume": ["75 ml"], "Key ingredients": ["shea butter 10 %", "glycerin"],
              "Packaging": ["aluminium tube"]},
             tags=["vegan", "fragrance-free"], cats=["Skin care > Hands"],
             variants=single("SG-HC75", "18.50", g(95)), weight=g(95)),
    "M19": L("Archway LED Desk Lamp", "Lumenwork", "Desk lamp", "54.00", "USD",
             P("A 10 W LED desk lamp with three colour temperatures (2700 K, 4000 K, 6500 K) and five "
               "brightness levels.",
               "The arm is aluminium and 45 cm long; the base is ABS and has a USB-A port (5 V, 1 A) to charge "
               "a phone. At full power it uses about 0.08 kWh in an eight-hour day.",
               "Weight 1.1 kg. Colour: white. Two-year warranty."),
             {"Power": ["10 W"], "Arm": ["aluminium, 45 cm"], "Base": ["ABS"], "Warranty": ["2 years"]},
             tags=["led", "usb charging"], cats=["Office > Lighting"], options={"Color": ["White"]},
             variants=single("LW-ARCH", "54.00", g(1.1, "kg")), weight=g(1.1, "kg")),
    "M20": L("Waypoint 28 L Backpack", "Cairnworks", "Backpack", "95.00", "USD",
             P("A 28-litre daypack of 600D polyester recycled from PET bottles, with a water-resistant "
               "coating (not waterproof).",
               "It measures 48 x 30 x 18 cm and weighs 1.1 kg. The padded sleeve takes laptops up to 16 "
               "inches.",
               "Colours: Charcoal and Olive. Backed by our lifetime repair guarantee."),
             {"Fabric": ["600D recycled polyester"], "Volume": ["28 L"], "Weight": ["1.1 kg"],
              "Laptop": ["up to 16 in"]},
             tags=["recycled", "laptop"], cats=["Bags > Backpacks"], options={"Color": ["Charcoal", "Olive"]},
             variants=variants("CW-WP28", ("Color", ["Charcoal", "Olive"]), ["95.00", "95.00"],
                               g(1.1, "kg")),
             dimensions={"length": 18, "width": 30, "height": 48, "unit": "cm"}),
    "M21": L("Fellside Wool Duvet", "Beckwool", "Duvet", "149.00", "GBP",
             P("A duvet filled with 100 % British wool at 400 gsm, in a 100 % cotton percale cover.",
               "Single 135 x 200 cm £149; Double 200 x 200 cm £189.",
               "Made in Cumbria. Spot clean only, or have it professionally cleaned; do not machine wash."),
             {"Filling": ["100 % British wool, 400 gsm"], "Cover": ["100 % cotton percale"]},
             tags=["wool", "made in cumbria"], cats=["Bedding > Duvets"],
             options={"Size": ["Single", "Double"]},
             variants=variants("BW-FS", ("Size", ["Single", "Double"]), ["149.00", "189.00"])),
    "M22": L("Staunton Chess Set, Walnut and Maple", "Rookery", "Chess set", "129.00", "USD",
             P("A folding board of walnut and maple, 40 x 40 cm, with 45 mm squares.",
               "Weighted Staunton pieces in boxwood and ebonised boxwood; the king stands 7.6 cm tall. 32 "
               "pieces plus two extra queens.",
               "Hand-carved in Amritsar, India. The pieces store in the board."),
             {"Board": ["walnut and maple, 40 x 40 cm"], "Pieces": ["boxwood, ebonised boxwood"],
              "King height": ["7.6 cm"]},
             tags=["chess", "wood"], cats=["Games > Chess"],
             variants=single("RK-STW", "129.00", g(2.2, "kg")), weight=g(2.2, "kg")),
    "M23": L("Hearthline Cast Iron Skillet 26 cm", "Ironmere", "Skillet", "45.00", "USD",
             P("A 26 cm (10.25-inch) cast iron skillet, pre-seasoned with vegetable oil, weighing 2.4 kg.",
               "Use it on gas, electric, induction, in the oven or over a campfire.",
               "Hand wash, dry straight away and wipe with a little oil. Not for the dishwasher. Cast in "
               "Tennessee."),
             {"Material": ["cast iron"], "Diameter": ["26 cm"], "Weight": ["2.4 kg"]},
             tags=["cast iron", "induction"], cats=["Kitchen > Cookware"],
             variants=single("IM-HL26", "45.00", g(2.4, "kg")), weight=g(2.4, "kg")),
    "M24": L("Assam Second Flush, 100 g Tin", "Leafward", "Loose-leaf tea", "16.00", "USD",
             P("A malty black tea from the second flush of a single garden in Assam, India.",
               "Brew one teaspoon per 250 ml cup at 95-100 °C for 3 to 4 minutes. Certified organic (EU "
               "organic).",
               "Grown in Assam and packed in Hamburg, in a 100 g tin."),
             {"Weight": ["100 g"], "Packaging": ["tin"], "Certification": ["EU organic"]},
             tags=["black tea", "organic"], cats=["Tea > Black"],
             variants=single("LW-ASM100", "16.00", g(100)), weight=g(100)),
    "M25": L("Concert Ukulele, Mahogany", "Tikiwood", "Ukulele", "99.00", "USD",
             P("A concert ukulele with a solid mahogany top and laminated mahogany back and sides.",
               "Walnut fingerboard, 18 frets, Aquila strings in standard GCEA tuning.",
               "A padded gig bag is included."),
             {"Top": ["solid mahogany"], "Back and sides": ["laminated mahogany"],
              "Fingerboard": ["walnut"], "Frets": ["18"]},
             tags=["ukulele", "concert"], cats=["Music > Ukuleles"],
             variants=single("TW-CU", "99.00", g(650)), weight=g(650)),
    "M26": L("Chimney Sweep Visit", "Ashby Sweeps", "Service", "65.00", "GBP",
             P("A chimney sweep at your home within 12 miles (19 km) of Norwich city centre.",
               "Standard sweep £65; sweep with a smoke test £85. A sweeping certificate is given after every "
               "visit.",
               "We do not sweep gas flues. Please book at least five days ahead."),
             {"Area": ["12 miles of Norwich"]},
             tags=["service", "norwich"], cats=["Services > Home"],
             options={"Service": ["Standard sweep", "Sweep with smoke test"]},
             variants=variants("AS-SW", ("Service", ["Standard sweep", "Sweep with smoke test"]),
                               ["65.00", "85.00"])),
    "M27": {"title": "Linen Tea Towel", "vendor": "Fernhill", "price": "12.00", "currency": "USD",
            "variants": single("FH-LTT", "12.00")},
    "M28": {"title": "Brass Bottle Opener", "price": "15.00", "currency": "USD",
            "attributes": {"Length": ["12 cm"]}, "variants": single("BBO-1", "15.00")},
    "M29": L("Terrarium Starter Kit", "Mossjar", "Grouped product", None, "USD",
             P("Everything for a first closed terrarium, each item sold on its own."),
             cats=["Plants > Terrariums"],
             children=[
                 {"title": "Glass cloche jar, 2 L", "price": "22.00",
                  "attributes": {"Volume": ["2 L"], "Material": ["soda-lime glass"]}},
                 {"title": "Drainage gravel, 1 kg", "price": "6.00",
                  "attributes": {"Weight": ["1 kg"]}},
                 {"title": "Preserved cushion moss, 50 g", "price": "9.00",
                  "attributes": {"Weight": ["50 g"], "Note": ["preserved, needs no watering"]}},
                 {"title": "Terrarium tool set of 3", "price": "11.00",
                  "attributes": {"Material": ["stainless steel"], "Pieces": ["tweezers, rake, spatula"]}},
             ]),
    "M30": L("Riverline Duo Inflatable Kayak", "Riverline Outdoors", "Inflatable kayak", "449.00", "GBP",
             P("A two-person inflatable kayak, sold and delivered by our partner Riverline Outdoors, who "
               "handle delivery, returns and the warranty.",
               "3.6 m long and 0.9 m wide when inflated, 14 kg, maximum load 180 kg. PVC-coated drop-stitch "
               "floor and 840D nylon hull cover.",
               "Includes two seats and a hand pump; paddles are not included. Riverline Outdoors' two-year "
               "warranty. For calm water only."),
             {"Length": ["3.6 m"], "Weight": ["14 kg"], "Max load": ["180 kg"]},
             tags=["Riverline Outdoors", "kayak"], cats=["Water sports > Kayaks"],
             variants=single("RO-DUO", "449.00", g(14, "kg")), weight=g(14, "kg")),
}


def build():
    out = {}
    for key, lst in LISTINGS.items():
        item = {"external_id": key}
        item.update(lst)
        out[key] = item
    return out


def main():
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(build(), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(LISTINGS)} listings")


if __name__ == "__main__":
    main()
