"""Listings for guardrails holdout v23 (invented products and vendors), written to listings.json.

Run from this folder:  python make_listings.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    out = []
    for n, (opts, price) in enumerate(zip(options, prices, strict=True), 1):
        out.append({"sku": f"{sku}-{n}", "title": " / ".join(opts.values()), "price": price,
                    "compare_at_price": compare, "options": opts, "weight": weight,
                    "external_id": f"{sku}-v{n}"})
    return out


def single(sku, price, weight=None, compare=None, title="Default Title"):
    return [{"sku": sku, "title": title, "price": price, "compare_at_price": compare, "options": {},
             "weight": weight, "external_id": f"{sku}-v1"}]


def g(value, unit="g"):
    return {"value": value, "unit": unit}


def by(option, values, prices, sku, weight=None, compare=None):
    return {"options": {option: list(values)},
            "variants": variants(sku, [{option: v} for v in values], prices, weight, compare)}


def L(title, vendor, ptype, price, currency, desc, attrs=None, tags=(), cats=(), extra=None, **kw):
    d = {"title": title, "description_html": desc, "vendor": vendor, "product_type": ptype,
         "tags": list(tags), "categories": list(cats), "attributes": attrs or {}, "price": price,
         "currency": currency}
    if extra:
        d.update(extra)
    d.update(kw)
    if "variants" not in d and price is not None:
        d["variants"] = single(title[:6].upper().replace(" ", ""), price, d.get("weight"))
    return d


LISTINGS = {
    "W01": L("Bellows Bee Smoker", "Combe Apiary", "Bee smoker", "46.00", "GBP",
             "<p>A stainless steel smoker with goatskin bellows and a hinged lid. The fire chamber is 10 cm across "
             "and the smoker stands 25 cm tall. A galvanised wire guard keeps fingers off the hot can.</p>"
             "<p>Burn dry pine needles, hessian or wood shavings. Fuel is not included. Empty the ash once it is "
             "cold and store the smoker away from the hive. Made in Devon, England.</p>",
             {"Material": ["stainless steel", "goatskin bellows"], "Fire chamber": ["10 cm"]},
             tags=["beekeeping"], weight=g(620), dimensions={"length": None, "width": 10, "height": 25, "unit": "cm"}),
    "W02": L("Braided Fishing Line 150 m", "Kestrel Tackle", "Fishing line", "14.00", "USD",
             "<p>Eight-strand braided PE line, 150 m a spool. Moss green. Low stretch, for spinning and "
             "baitcasting reels.</p><p>Choose the breaking strain: 0.14 mm tests to 9 kg, 0.20 mm to 14 kg "
             "and 0.28 mm to 23 kg. Not for fly reels. Tie with a Palomar knot; braid slips on a plain "
             "clinch.</p>",
             {"Material": ["PE (polyethylene) braid"], "Length": ["150 m"], "Colour": ["Moss green"]},
             tags=["fishing"], **by("Diameter", ["0.14 mm", "0.20 mm", "0.28 mm"], ["14.00", "14.00", "16.00"],
                                  "KT-BR")),
    "W03": L("Presta Inner Tube 700 x 25-32c", "Spoke & Chain", "Bicycle inner tube", "8.50", "EUR",
             "<p>A butyl inner tube for 700c road and gravel tyres from 25 to 32 mm wide. Presta valve, 48 mm "
             "long, with a removable core. Weight 105 g.</p><p>Inflate to the pressure printed on your tyre. Not "
             "for Schrader rims. Patches and levers are not included.</p>",
             {"Material": ["butyl rubber"], "Valve": ["Presta 48 mm, removable core"],
              "Fits": ["700 x 25-32c"]}, tags=["cycling"], weight=g(105)),
    "W04": L("Aran Wool Yarn 100 g", "Hollin Yarns", "Yarn", "9.00", "GBP",
             "<p>An Aran-weight yarn spun from 100 % British Bluefaced Leicester wool, 100 g a skein, about "
             "180 m. Knit on 5 mm needles for a tension of 18 stitches to 10 cm.</p><p>Hand wash cold and "
             "dry flat. It is not superwash, so it will felt in a machine. Spun in West Yorkshire. Dyed in small "
             "lots: buy all you need from one lot.</p>",
             {"Fibre": ["100% Bluefaced Leicester wool"], "Weight": ["100 g"], "Length": ["180 m"],
              "Needles": ["5 mm"]}, tags=["knitting"],
             **by("Colour", ["Heather", "Slate", "Rowan Red"], ["9.00", "9.00", "9.00"], "HY-AR")),
    "W05": L("Stoneware Clay 10 kg", "Kilnworks", "Pottery clay", "24.00", "USD",
             "<p>A buff stoneware throwing clay with 10 % fine grog. Fire to cone 6 (about 1220 °C). Shrinkage "
             "about 12 % from wet to fired.</p><p>One 10 kg bag, sealed. Keep it from freezing; frozen clay "
             "goes crumbly. Not food-safe until glazed with a food-safe glaze.</p>",
             {"Firing": ["cone 6"], "Grog": ["10 % fine"], "Shrinkage": ["12 %"]}, tags=["pottery"],
             weight=g(10, "kg")),
    "W06": L("Iron Gall Ink 50 ml", "Quillhaus", "Calligraphy ink", "19.00", "EUR",
             "<p>A traditional iron gall ink for dip pens, 50 ml in a glass bottle. It goes on grey-blue and "
             "darkens to near black as it dries.</p><p>Not for fountain pens: it corrodes their feeds. Rinse "
             "nibs in water after use. Shake before use. Mixed in Ghent, Belgium.</p>",
             {"Volume": ["50 ml"], "Use": ["dip pens"]}, tags=["calligraphy", "ink"]),
    "W07": L("Silicone Teething Ring", "Little Fern", "Baby teether", "12.00", "AUD",
             "<p>A soft food-grade silicone teething ring, 8 cm across, for babies from 3 months. One piece, "
             "no small parts.</p><p>Wash in warm soapy water or sterilise in boiling water for 3 minutes. Chill in "
             "the fridge, never the freezer. Always supervise your baby while teething.</p>",
             {"Material": ["food-grade silicone"], "Age": ["3 months +"]}, tags=["baby"],
             **by("Colour", ["Sage", "Sand"], ["12.00", "12.00"], "LF-TR")),
    "W08": L("Aquarium pH Test Kit", "Reedwater", "Aquarium test kit", "11.00", "USD",
             "<p>Liquid drops for freshwater tanks. Reads pH 6.0 to 7.6 on the colour card. About 120 tests a "
             "bottle.</p><p>Includes one 20 ml bottle of reagent, a glass test tube and the card. Not for marine "
             "tanks or ponds. Keep out of reach of children; do not swallow.</p>",
             {"Range": ["pH 6.0 - 7.6"], "Tests": ["about 120"]}, tags=["aquarium", "freshwater"]),
    "W09": L("Window Bird Feeder", "Meadowlark", "Bird feeder", "22.00", "CAD",
             "<p>A clear acrylic feeder that sticks to a window with three suction cups. Holds about 300 g of "
             "seed. The roof lifts off for filling and cleaning.</p><p>For small birds such as chickadees and "
             "finches. Clean every two weeks with warm water. Not for suet.</p>",
             {"Material": ["acrylic"], "Capacity": ["about 300 g seed"]}, tags=["birds", "garden"],
             dimensions={"length": 18, "width": 9, "height": 16, "unit": "cm"}),
    "W10": L("Climbing Chalk Ball", "Cragline", "Climbing chalk", "6.00", "GBP",
             "<p>Magnesium carbonate chalk in a refillable cotton ball, 56 g. Less dust than loose chalk, so "
             "most indoor walls allow it.</p><p>No drying agents or additives. Refill with loose chalk through "
             "the drawstring.</p>",
             {"Material": ["magnesium carbonate", "cotton ball"], "Weight": ["56 g"]}, tags=["climbing"]),
    "W11": L("Pasta di Gragnano IGP Paccheri 500 g", "Pastificio Lauro", "Pasta", "4.20", "EUR",
             "<p>Paccheri trafilati al bronzo ed essiccati lentamente a bassa temperatura per 36 ore. Solo semola "
             "di grano duro e acqua.</p><p>Pasta di Gragnano IGP, prodotta a Gragnano (Napoli). Cottura 14 "
             "minuti. Contiene glutine. Conservare in luogo fresco e asciutto.</p>",
             {"Ingredienti": ["semola di grano duro", "acqua"], "Peso": ["500 g"], "Cottura": ["14 minuti"]},
             tags=["pasta", "IGP"], weight=g(500)),
    "W12": L("Uldgarn Merino 50 g", "Garnstuen", "Garn", "45.00", "DKK",
             "<p>Blødt merinogarn, 100 % merinould, 50 g og ca. 125 m pr. nøgle. Strik på pind 3,5-4 mm.</p>"
             "<p>Superwash: kan vaskes i maskine ved 30 °C på uldprogram. Må ikke tørretumbles. Spundet i "
             "Italien, farvet i Danmark.</p>",
             {"Fiber": ["100 % merinould"], "Vægt": ["50 g"], "Løbelængde": ["ca. 125 m"],
              "Pinde": ["3,5-4 mm"]}, tags=["strik"],
             **by("Farve", ["Havblå", "Lyng", "Natur"], ["45.00", "45.00", "45.00"], "GS-MR")),
    "W13": L("Miód gryczany 400 g", "Pasieka Zawada", "Miód", "39.00", "PLN",
             "<p>Ciemny miód gryczany z Lubelszczyzny, 400 g w słoiku. Nie jest pasteryzowany, więc z czasem "
             "krystalizuje.</p><p>Nie podawać dzieciom poniżej 12 miesięcy. Przechowywać w temperaturze "
             "pokojowej.</p>",
             {"Waga": ["400 g"], "Pochodzenie": ["Lubelszczyzna, Polska"]}, tags=["miód"], weight=g(400)),
    "W14": L("Skismøring Blå Fästevoks 45 g", "Fjellspor", "Festevoks", "129.00", "NOK",
             "<p>Festevoks for klassisk langrenn på ny snø fra -1 °C til -7 °C. 45 g boks.</p>"
             "<p>Legg 2-4 tynne lag under foten og kork hvert lag. Ikke for skøyteski. Laget i Lillehammer.</p>",
             {"Temperatur": ["-1 °C til -7 °C"], "Vekt": ["45 g"]}, tags=["langrenn"]),
    "W15": L("Skleněné perličky 8/0, 20 g", "Perlárna Vlnka", "Rokajl", "59.00", "CZK",
             "<p>Skleněný rokajl velikosti 8/0 (asi 3 mm), 20 g v tubě, asi 700 kusů. Otvor asi 1 mm.</p>"
             "<p>Vyrobeno v Jablonci nad Nisou. Barva je stálá, perličky nejsou barvené na povrchu. Malé "
             "části: nevhodné pro děti do 3 let.</p>",
             {"Velikost": ["8/0"], "Hmotnost": ["20 g"], "Materiál": ["sklo"]}, tags=["korálky"],
             **by("Barva", ["Černá", "Opál bílá", "Tyrkys"], ["59.00", "59.00", "59.00"], "PV-80")),
    "W16": L("Ruisnäkkileipä 250 g", "Leipomo Kaarna", "Näkkileipä", "3.90", "EUR",
             "<p>Täysjyväruisnäkkileipä, 250 g. Ainesosat: täysjyväruisjauho, vesi, suola, hiiva.</p>"
             "<p>Kuitua 18 g / 100 g. Sisältää gluteenia. Leivottu Kuopiossa.</p>",
             {"Ainesosat": ["täysjyväruisjauho", "vesi", "suola", "hiiva"], "Paino": ["250 g"]},
             tags=["ruis"], weight=g(250)),
    "W17": L("Dynamic Climbing Rope 9.8 mm x 60 m", "Cragline", "Climbing rope", "149.00", "USD",
             "<p>A single dynamic rope, 9.8 mm thick and 60 m long, certified to EN 892 and UIAA. Rated for 7 "
             "UIAA falls. Weight 64 g per metre.</p><p>Not dry-treated: keep it out of rain and snow. A middle "
             "mark shows the half-way point. Retire it after a hard fall or ten years, whichever comes first.</p>",
             {"Diameter": ["9.8 mm"], "Length": ["60 m"], "Standard": ["EN 892", "UIAA"], "UIAA falls": ["7"]},
             tags=["climbing"]),
    "W18": L("Delta Kite 140 cm", "Updraft", "Kite", "38.00", "NZD",
             "<p>A single-line delta kite, 140 cm wingspan, ripstop nylon sail on fibreglass spars. Flies in "
             "winds of 8 to 25 km/h.</p><p>Comes with 30 m of line on a hand winder. Never fly near power lines "
             "or in a thunderstorm.</p>",
             {"Sail": ["ripstop nylon"], "Spars": ["fibreglass"], "Wind": ["8-25 km/h"], "Line": ["30 m"]},
             tags=["kite"], **by("Colour", ["Sunrise", "Teal"], ["38.00", "38.00"], "UD-DK")),
    "W19": L("Piano Tuning Visit", "Tallis Piano Care", "Service", "95.00", "GBP",
             "<p>A tuning visit for an upright or grand piano in your home, within 15 miles of Bath. One tuning "
             "to A = 440 Hz, about 90 minutes.</p><p>A pitch raise, if the piano is far flat, is £40 more. "
             "Minor repairs are quoted on the day. We do not tune digital pianos or move pianos. Book at least "
             "a week ahead.</p>",
             {"Area": ["within 15 miles of Bath"], "Duration": ["about 90 minutes"]},
             **by("Visit", ["Tuning", "Tuning with pitch raise"], ["95.00", "135.00"], "TPC")),
    "W20": L("Enamel Pin", "Cobble Press", "", "9.00", "USD", ""),
    "W21": L("Kraft Gift Tag", "Twine & Tally", "Gift tag", "1.50", "GBP", "",
             {"Size": ["5 x 9 cm"]}),
    "W22": L("Fountain Pen Care Kit", "Nibwright", "Pen care", None, "USD",
             "<p>Everything to keep a fountain pen writing. The pieces are sold one by one: a 10 ml bulb "
             "syringe ($6), a 100 ml bottle of pen flush ($11) and a pack of 20 lint-free cloths ($5).</p>",
             children=["Bulb Syringe 10 ml", "Pen Flush 100 ml", "Lint-Free Cloths (20)"], variants=[]),
    "W23": L("Stand-Up Paddle Pump", "Blue Inlet", "Pump", "59.00", "USD",
             "<p>A double-action hand pump for inflatable paddle boards, up to 29 psi, with a gauge. Sold and "
             "shipped by our partner Tideway Sports, who handle delivery, returns and warranty.</p>",
             {"Max pressure": ["29 psi"]}, kind="external", external_url="https://tideway.example/pump",
             button_text="Buy at Tideway Sports"),
    "W24": L("Cuaderno de acuarela A5", "Papelería Brisa", "Cuaderno", "16.00", "EUR",
             "<p>Cuaderno de acuarela A5 con 24 hojas de 300 g/m², 25 % algodón, grano fino. Encuadernado con "
             "espiral.</p><p>Hecho en Valencia. Sin ácido. No apto para tinta de alcohol.</p>",
             {"Papel": ["300 g/m²", "25 % algodón"], "Hojas": ["24"], "Formato": ["A5"]}, tags=["acuarela"]),
    "W25": L("Mala de yoga 108 cuentas", "Casa Loto", "Mala", "28.00", "EUR",
             "<p>Un mala de 108 cuentas de madera de sándalo de 8 mm con una borla de algodón. Hecho a mano en "
             "Jaipur, India.</p><p>No lo mojes: el agua apaga el aroma de la madera.</p>",
             {"Material": ["madera de sándalo", "borla de algodón"], "Cuentas": ["108 x 8 mm"]},
             tags=["yoga"]),
    "W26": L("Vinyl Record Brush", "Groove Hall", "Record care", "18.00", "USD",
             "<p>A carbon-fibre brush that lifts dust and static from records. Walnut handle. Use it dry before "
             "each play.</p><p>Not for wet cleaning. Keep the cap on between uses. One brush.</p>",
             {"Bristles": ["carbon fibre"], "Handle": ["walnut"]}, tags=["vinyl"]),
    "W27": L("Bamboo Terrarium Tongs 27 cm", "Mossbank", "Terrarium tool", "13.00", "GBP",
             "<p>Long bamboo tongs, 27 cm, for placing moss and stones in jars and terrariums. Rounded tips.</p>"
             "<p>Wipe clean; do not soak. One pair.</p>",
             {"Material": ["bamboo"], "Length": ["27 cm"]}, tags=["terrarium"],
             dimensions={"length": 27, "width": None, "height": None, "unit": "cm"}),
    "W28": L("Rechargeable Bike Light Set", "Spoke & Chain", "Bike lights", "42.00", "EUR",
             "<p>A front light of 400 lumens and a rear light of 30 lumens, each with its own 1200 mAh battery. "
             "Charge by USB-C in about 3 hours. Up to 6 hours on the low setting. IPX5 rated against rain.</p>"
             "<p>Rubber straps fit handlebars and seat posts from 22 to 35 mm. Two-year warranty.</p>",
             {"Front": ["400 lm"], "Rear": ["30 lm"], "Battery": ["1200 mAh each"], "Rating": ["IPX5"]},
             tags=["cycling", "usb-c"]),
    "W29": L("Aged Gouda 250 g", "Kaaskamer Elst", "Cheese", "9.50", "EUR",
             "<p>A cow's milk Gouda aged 18 months, 250 g wedge, vacuum-packed. Made with animal rennet, so not "
             "vegetarian. Contains milk.</p><p>Keep refrigerated at 4-8 °C. Made in Gelderland, the "
             "Netherlands.</p>",
             {"Milk": ["cow's milk, pasteurised"], "Age": ["18 months"], "Weight": ["250 g"]},
             tags=["cheese"], weight=g(250)),
    "W30": L("Cast Iron Camping Kettle 1.5 L", "Emberfield", "Camping kettle", "54.00", "USD",
             "<p>A pre-seasoned cast iron kettle, 1.5 litres, with a steel bail handle. For campfires and "
             "stoves; not for induction hobs.</p><p>Dry it on the heat after use so it does not rust. Never "
             "put it in the dishwasher. Weight 2.3 kg. One-year warranty.</p>",
             {"Material": ["cast iron", "steel handle"], "Capacity": ["1.5 L"]}, tags=["camping"],
             weight=g(2.3, "kg")),
}


def main():
    out = {}
    for key, lst in LISTINGS.items():
        out[key] = dict(lst, external_id=key)
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    print(f"{len(out)} listings")


if __name__ == "__main__":
    main()
