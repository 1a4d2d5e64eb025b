"""Write listings.json for guardrails holdout v17: 30 invented listings (W01..W30).

Run from this folder:  python make_listings.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    out = []
    for n, (opt, price) in enumerate(zip(options, prices, strict=True), 1):
        name, value = opt
        out.append({"sku": f"{sku}-{n}", "title": value, "price": price, "compare_at_price": compare,
                    "options": {name: value}, "weight": weight, "external_id": f"{sku}-v{n}"})
    return out


def single(sku, price, weight=None, compare=None, title="Default Title"):
    return [{"sku": sku, "title": title, "price": price, "compare_at_price": compare, "options": {},
             "weight": weight, "external_id": f"{sku}-v1"}]


def g(value, unit="g"):
    return {"value": value, "unit": unit}


def by(option, values, prices, sku, weight=None, compare=None):
    return {"options": {option: list(values)},
            "variants": variants(sku, [(option, v) for v in values], prices, weight, compare)}


def L(title, vendor, ptype, price, currency, desc, attrs=None, tags=(), cats=(), extra=None, **kw):
    lst = {"title": title, "vendor": vendor, "product_type": ptype, "price": price, "currency": currency,
           "description_html": desc, "attributes": attrs or {}, "tags": list(tags), "categories": list(cats)}
    lst.update(extra or {})
    lst.update(kw)
    if "variants" not in lst and price is not None:
        lst["variants"] = single(f"SKU-{sum(map(ord, title)) % 10000}", price, lst.get("weight"))
    return lst


LISTINGS = {
    "W01": L("Piston Fountain Pen, Fine Nib", "Inkwell & Reed", "Fountain pen", "48.00", "USD",
             "<p>A piston-filling fountain pen with a fine steel nib. The barrel holds 1.2 ml of ink and has a "
             "clear ink window.</p>",
             {"Nib": ["Fine (F), stainless steel"], "Filling system": ["Piston"], "Ink capacity": ["1.2 ml"],
              "Body": ["Resin"]},
             tags=["refillable"], weight=g(22), dimensions={"length": 13.8, "width": None, "height": None,
                                                            "unit": "cm"},
             **by("Color", ["Smoke", "Teal"], ["48.00", "48.00"], "IR-PF")),
    "W02": L("Aquarium Heater 100 W", "Reefline", "Aquarium heater", "34.00", "USD",
             "<p>Submersible heater for tanks of 60 to 120 litres. Set the temperature from 18 to 32 °C with "
             "the dial; it switches off automatically when out of water.</p>",
             {"Power": ["100 W"], "Tank size": ["60-120 L"], "Temperature range": ["18-32 °C"],
              "Length": ["26 cm"]},
             tags=["auto shut-off"], faq=[{"question": "Can it be used in salt water?",
                                            "answer": "Yes, fresh and salt water."}]),
    "W03": L("Imker-Schutzjacke mit Rundschleier", "Bienenhof Kranz", "Imkerjacke", "69.00", "EUR",
             "<p>Leichte Imkerjacke aus Baumwolle mit abnehmbarem Rundschleier. Reißverschluss vorne, "
             "Gummizüge an Bündchen und Saum.</p>",
             {"Material": ["100 % Baumwolle"], "Schleier": ["abnehmbar, Rundschleier"],
              "Hergestellt in": ["Polen"]},
             tags=["waschbar bei 40 °C"], **by("Größe", ["M", "L", "XL"], ["69.00", "69.00", "72.00"], "BK-IJ")),
    "W04": L("Refillable Climbing Chalk Bag", "Cragwise", "Chalk bag", "29.00", "GBP",
             "<p>Chalk bag with a drawstring closure, a brush holder and a waist belt. Fleece lining keeps "
             "chalk on your fingers, not the floor.</p>",
             {"Outer": ["Recycled polyester"], "Lining": ["Fleece"], "Made in": ["Sheffield, UK"]},
             tags=["brush holder", "belt included"], dimensions={"length": None, "width": 13, "height": 17,
                                                                  "unit": "cm"},
             **by("Color", ["Slate", "Mustard"], ["29.00", "29.00"], "CW-CB")),
    "W05": L("Stoneware Throwing Clay 10 kg", "Kilnhouse", "Pottery clay", "21.50", "GBP",
             "<p>A smooth buff stoneware clay for throwing and hand-building. Fires between 1200 and 1280 "
             "°C.</p>",
             {"Firing range": ["1200-1280 °C"], "Shrinkage": ["12 %"], "Colour when fired": ["Buff"]},
             tags=["grog-free"], weight=g(10, "kg")),
    "W06": L("Violin Rosin, Dark", "Archetto", "Rosin", "12.00", "EUR",
             "<p>Dark rosin for violin and viola, poured by hand. Suited to cooler, drier rooms.</p>",
             {"For": ["Violin", "Viola"], "Prodotto in": ["Italia"]},
             tags=["hand-poured"], weight=g(20)),
    "W07": L("Rechargeable Bike Light Set", "Lumenspoke", "Bike lights", "39.95", "EUR",
             "<p>Front and rear light set. The front light gives 400 lumens, the rear 30 lumens. Both charge "
             "by USB-C in about 3 hours and are rated IPX5.</p>",
             {"Front": ["400 lm"], "Rear": ["30 lm"], "Charging": ["USB-C, approx. 3 h"], "Rating": ["IPX5"],
              "Run time": ["Up to 6 h (front, low)"]},
             tags=["StVZO approved"]),
    "W08": L("Walnut & Maple Chess Set", "Rank & File", "Chess set", "140.00", "CAD",
             "<p>A folding board of walnut and maple with 32 weighted pieces. King height 7.6 cm; "
             "squares 4.5 cm.</p>",
             {"Board": ["Walnut and maple, folding"], "Pieces": ["32, weighted, felted"],
              "King height": ["7.6 cm"], "Square size": ["4.5 cm"]},
             tags=["storage inside board"]),
    "W09": L("Bevel-Edge Chisel Set", "Oakhollow Tools", "Chisel set", "89.00", "AUD",
             "<p>Four bevel-edge chisels, 6, 12, 19 and 25 mm, with ash handles, in a canvas roll.</p>",
             {"Blade": ["Chrome-vanadium steel"], "Handles": ["Ash"], "Widths": ["6, 12, 19, 25 mm"],
              "Includes": ["Canvas tool roll"]},
             tags=["hone before first use"]),
    "W10": L("Dressuur Zadelzeep", "Stal Verhoef", "Lederverzorging", "14.50", "EUR",
             "<p>Glycerinezeep voor zadels en hoofdstellen. Reinigt en voedt leer. Inhoud 250 g.</p>",
             {"Inhoud": ["250 g"], "Ingrediënten": ["Glycerine, bijenwas, lanoline"], "Gemaakt in": ["Nederland"]},
             tags=["met spons"]),
    "W11": L("Diatonic Harmonica in C", "Bluebend", "Harmonica", "45.00", "USD",
             "<p>A 10-hole diatonic harmonica in the key of C, with a pearwood comb and stainless covers.</p>",
             {"Key": ["C"], "Holes": ["10"], "Comb": ["Pearwood"], "Reeds": ["Brass"], "Covers": ["Stainless steel"]},
             tags=["case included"]),
    "W12": L("Merino Sock Yarn 100 g", "Fellside Fibre", "Yarn", "16.00", "GBP",
             "<p>Fingering-weight sock yarn, 75 % superwash merino and 25 % nylon. 400 m per 100 g skein. "
             "Hand-dyed, so skeins vary.</p>",
             {"Fibre": ["75% superwash merino, 25% nylon"], "Length": ["400 m / 100 g"], "Weight": ["Fingering"],
              "Needles": ["2.5-3.25 mm"]},
             tags=["hand-dyed", "machine wash 30 °C"], **by("Colour", ["Heather", "Peat", "Tarn"],
                                                           ["16.00", "16.00", "16.00"], "FF-SY")),
    "W13": L("書道筆 中筆", "Sumigaki", "Calligraphy brush", "3200", "JPY",
             "<p>Medium calligraphy brush with goat hair, for kana and kanji.</p>",
             {"Hair": ["Goat"], "Tip length": ["45 mm"], "Handle": ["Bamboo"], "Made in": ["Hiroshima, Japan"]},
             tags=["rinse in lukewarm water"]),
    "W14": L("Oyster Mushroom Grow Kit", "Spore & Stump", "Grow kit", "22.00", "GBP",
             "<p>Grow grey oyster mushrooms on your kitchen counter. First flush in 10 to 14 days; mist "
             "twice a day.</p>",
             {"Substrate": ["Pasteurised straw"], "Yield": ["Up to 2 flushes"], "Box": ["Recycled cardboard"]},
             tags=["keep out of direct sun"], weight=g(1.5, "kg")),
    "W15": L("Archery Arm Guard", "Fletchcraft", "Arm guard", "19.00", "USD",
             "<p>Arm guard with three elastic straps and hook fastening. Fits forearms 20-30 cm around.</p>",
             {"Material": ["Cowhide leather"], "Fits": ["20-30 cm forearm"], "Straps": ["3"]},
             tags=["left or right arm"]),
    "W16": L("Plossl Telescope Eyepiece 25 mm", "Darkfield Optics", "Eyepiece", "59.00", "USD",
             "<p>A 25 mm Plossl eyepiece for 1.25-inch focusers, with a 52° apparent field and fully "
             "multi-coated lenses.</p>",
             {"Focal length": ["25 mm"], "Barrel": ["1.25 in"], "Apparent field": ["52°"],
              "Coatings": ["Fully multi-coated"], "Eye relief": ["17 mm"]}),
    "W17": L("Fireplace Tool Set, 4 Pieces", "Hearthmoor", "Fireplace tools", "1290.00", "NOK",
             "<p>Poker, shovel, brush and tongs on a stand. Forged iron with a black finish.</p>",
             {"Materiale": ["Smijern"], "Høyde": ["72 cm"], "Deler": ["Poker, skuffe, børste, tang, stativ"]},
             tags=["assembly required"]),
    "W18": L("Natural Wood Bird Perch", "Featherly", "Bird perch", "8.50", "USD",
             "<p>Java wood perch for parrots and cockatiels. Screw-on fixing.</p>",
             {"Wood": ["Java wood"], "Length": ["20 cm"], "Fixing": ["Wing nut and washer"]},
             tags=["untreated"]),
    "W19": L("Zestaw do terrarium", "Zielony Słoik", "Terrarium kit", "189.00", "PLN",
             "<p>Zestaw do zrobienia własnego terrarium: szklany słoik 3 l z korkiem, keramzyt, węgiel "
             "aktywny, ziemia i mech.</p>",
             {"Słoik": ["Szkło, 3 l"], "Zawiera": ["Keramzyt, węgiel aktywny, ziemia, mech"],
              "Rośliny": ["Nie zawiera roślin"]}),
    "W20": L("Beginner Pottery Class, 2 Hours", "Kilnhouse", "Class", None, "GBP",
             "<p>A two-hour wheel-throwing class for beginners, for up to 6 people. Clay and firing included; "
             "pieces are glazed by us and ready to collect in 3 weeks. Ages 16+.</p>",
             {"Duration": ["2 hours"], "Group size": ["Up to 6"], "Location": ["Leeds studio"]},
             **by("Day", ["Weekday", "Weekend"], ["45.00", "55.00"], "KH-CL")),
    "W21": L("Kamishibai Story Cards", "", "", "2400", "JPY", ""),
    "W22": L("Brass Door Knocker", "Hallwright", "", "64.00", "GBP", "",
             {"Material": ["Solid brass"]}),
    "W23": L("Calligraphy Starter Bundle", "Inkwell & Reed", "Grouped product", None, "USD",
             "<p>A pen holder, a pack of nibs and a bottle of ink, each sold on its own.</p>",
             extra={"children": [{"title": "Oblique Pen Holder", "price": "18.00"},
                                 {"title": "Nib Pack (5 nibs)", "price": "11.00"},
                                 {"title": "Iron Gall Ink 30 ml", "price": "15.00"}]}),
    "W24": L("Trail Running Headlamp", "Ridgebeam", "Headlamp", "49.00", "USD",
             "<p>Sold and shipped by our partner PeakDirect, who handle delivery, warranty and returns. "
             "500 lumens, 78 g with the battery, rechargeable by USB-C.</p>",
             {"Output": ["500 lm"], "Weight": ["78 g"], "Battery": ["1500 mAh Li-ion"], "Rating": ["IPX4"]},
             product_url="https://partner.example/headlamp"),
    "W25": L("Bolster Yoga Rettangolare", "Saltamente", "Bolster yoga", "54.00", "EUR",
             "<p>Bolster rettangolare imbottito con pula di grano saraceno. Fodera sfoderabile in cotone "
             "biologico.</p>",
             {"Imbottitura": ["Pula di grano saraceno"], "Fodera": ["Cotone biologico, lavabile a 30 °C"],
              "Misure": ["65 x 20 x 15 cm"], "Prodotto in": ["Italia"]},
             tags=["GOTS"], **by("Colore", ["Salvia", "Terracotta"], ["54.00", "54.00"], "ST-BO")),
    "W26": L("Soft Plastic Fishing Lures, 8 Pack", "Riffle & Run", "Fishing lure", "11.00", "USD",
             "<p>Eight paddle-tail soft lures, 7.5 cm long, for perch and bass.</p>",
             {"Length": ["7.5 cm"], "Count": ["8"], "Scent": ["Garlic"]},
             **by("Color", ["Motor Oil", "Chartreuse"], ["11.00", "11.00"], "RR-SL")),
    "W27": L("Cast Brass Bicycle Bell", "Lumenspoke", "Bike bell", "24.00", "EUR",
             "<p>A cast brass bell with a long ring. Fits handlebars 22.2 mm.</p>",
             {"Material": ["Brass"], "Fits": ["22.2 mm handlebars"], "Diameter": ["55 mm"]}),
    "W28": L("Sauna Whisk (Vihta), Birch", "Löyly Craft", "Sauna accessory", "19.00", "EUR",
             "<p>Kuivattu koivuvihta. Liota haaleassa vedessä 15 minuuttia ennen käyttöä.</p>",
             {"Materiaali": ["Koivu"], "Pituus": ["n. 50 cm"], "Valmistettu": ["Suomessa"]},
             tags=["single use"]),
    "W29": L("Hardshell Ukulele Case, Concert", "Strumbox", "Instrument case", "79.00", "AUD",
             "<p>Hard case for concert ukuleles, with a plush lining, an accessory pocket and two latches.</p>",
             {"Shell": ["ABS"], "Lining": ["Plush"], "Inner length": ["64 cm"], "Latches": ["2"]},
             weight=g(1.3, "kg")),
    "W30": L("Dog Agility Tunnel 5 m", "Zoomhound", "Agility tunnel", "95.00", "CHF",
             "<p>A 5 m practice tunnel, 60 cm across, with 4 sandbags to hold it in place. Folds into a carry "
             "bag.</p>",
             {"Length": ["5 m"], "Diameter": ["60 cm"], "Fabric": ["600D polyester"], "Includes": ["4 sandbags",
                                                                                               "Carry bag"]},
             tags=["for training, not a toy"]),
}


def main():
    out = {}
    for key, lst in LISTINGS.items():
        lst = dict(lst)
        lst["external_id"] = key
        out[key] = lst
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    print(f"{len(out)} listings")


if __name__ == "__main__":
    main()
