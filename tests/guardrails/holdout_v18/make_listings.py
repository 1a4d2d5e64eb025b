"""Write listings.json for guardrails holdout v18: 30 invented listings, V01..V30.

Run from this folder:  python make_listings.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    out = []
    for n, (opts, price) in enumerate(zip(options, prices, strict=True), 1):
        out.append({"sku": f"{sku}-{n}", "title": " / ".join(opts.values()), "price": price,
                    "compare_at_price": compare, "options": opts, "weight": weight, "external_id": f"{sku}-{n}"})
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
           "description_html": desc, "attributes": attrs or {}, "tags": list(tags), "categories": list(cats)}
    lst.update(extra or {})
    lst.update(kw)
    return lst


LISTINGS = {
    "V01": L("Bookbinding Awl with Walnut Handle", "Quireworks", "Awl", "16.00", "USD",
             "<p>A slim awl for piercing sewing stations through folded signatures. The hardened steel point is "
             "4 cm long and the turned walnut handle sits in the palm. A cork guard covers the point when it is "
             "not in use.</p>",
             {"Handle": ["walnut"], "Point": ["hardened steel"], "Point length": ["4 cm"],
              "Overall length": ["12 cm"], "Made in": ["Portugal"]},
             ["bookbinding", "cork guard included"], ["Crafts > Bookbinding"],
             variants=single("QW-AWL", "16.00", g(28))),
    "V02": L("Soft Body Brush for Horses", "Paddock & Pine", "Grooming brush", "14.50", "GBP",
             "<p>A soft finishing brush that lifts dust and lays the coat flat. Goat-hair bristles are set in a "
             "beech wood back with an adjustable leather hand strap. Rinse in cool water and dry bristles "
             "down.</p>",
             {"Bristles": ["goat hair"], "Back": ["beech wood"], "Size": ["18 x 7 cm"],
              "Strap": ["adjustable leather"]},
             ["equestrian", "grooming"], ["Equestrian > Grooming"], variants=single("PP-BB", "14.50", g(190))),
    "V03": L("Dual-Line Stunt Kite 140", "Gustline", "Stunt kite", "59.00", "EUR",
             "<p>A two-line stunt kite with a 140 cm wingspan for loops, dives and ground passes. The sail is "
             "ripstop polyester on carbon fibre spars. Flies in winds of 10 to 35 km/h. Two 20 m lines and "
             "handles are included. For ages 12 and up.</p>",
             {"Wingspan": ["140 cm"], "Sail": ["ripstop polyester"], "Frame": ["carbon fibre"],
              "Wind range": ["10-35 km/h"], "Lines": ["2 x 20 m, included"]},
             ["kite", "ages 12+"], ["Outdoor > Kites"], options={"Colour": ["Sunset", "Lagoon"]},
             variants=by("Colour", ["Sunset", "Lagoon"], ["59.00", "59.00"], "GL-140", g(260))),
    "V04": L("Fresh Mozzarella Starter Kit", "Curdle Co.", "Cheese-making kit", "34.00", "USD",
             "<p>Everything but the milk for making fresh mozzarella at home. The kit makes up to 10 batches; "
             "each batch needs 4 litres (about 1 gallon) of whole milk that is not ultra-pasteurised. Store in a "
             "cool, dry place; best used within 12 months.</p>",
             {"Includes": ["10 vegetarian rennet tablets", "citric acid 100 g", "cheese cloth",
                           "dial thermometer"], "Batches": ["up to 10"], "Shelf life": ["12 months"]},
             ["vegetarian rennet"], ["Kitchen > Cheese making"], variants=single("CC-MOZ", "34.00", g(420))),
    "V05": L("Bonsai Trimming Shears 180 mm", "Tenkei", "Shears", "42.00", "AUD",
             "<p>Long-handled shears for trimming fine twigs and leaves inside a bonsai canopy. Forged carbon "
             "steel with a black finish. Carbon steel is not stainless: wipe dry and oil lightly after use.</p>",
             {"Material": ["carbon steel"], "Finish": ["black"], "Length": ["180 mm"]},
             ["bonsai", "carbon steel"], ["Garden > Bonsai tools"], variants=single("TK-180", "42.00", g(95))),
    "V06": L("Steel-Tip Darts 22 g (Set of 3)", "Oche Lane", "Darts", "27.00", "GBP",
             "<p>Three 22 g steel-tip darts with 90% tungsten barrels and a fine ring grip. Medium nylon shafts "
             "and standard flights are fitted, with three spare sets of flights and a zip case.</p>",
             {"Barrel": ["90% tungsten"], "Weight": ["22 g"], "Shafts": ["nylon, medium"],
              "Flights": ["standard, 3 spare sets"], "Case": ["zip case included"]},
             ["darts", "steel tip"], ["Games > Darts"], variants=single("OL-22", "27.00", g(120))),
    "V07": L("Tempered Glass Snorkel Mask", "Reefmark", "Snorkel mask", "39.00", "USD",
             "<p>A low-volume mask for surface snorkelling. Tempered glass lens, soft silicone skirt and a split "
             "silicone strap. Rinse in fresh water after each swim.</p>",
             {"Lens": ["tempered glass"], "Skirt": ["silicone"], "Strap": ["split silicone"]},
             ["snorkelling"], ["Water sports > Snorkelling"],
             options={"Size": ["Adult S/M", "Adult L/XL"], "Colour": ["Clear", "Black"]},
             variants=variants("RM-MSK", [{"Size": s, "Colour": c} for s in ("Adult S/M", "Adult L/XL")
                                          for c in ("Clear", "Black")], ["39.00"] * 4, g(210))),
    "V08": L("Round Rattan Proofing Basket 22 cm", "Crumb & Crust", "Banneton", "28.00", "CAD",
             "<p>A round banneton for the final rise of a sourdough loaf of 750 g to 1 kg. Natural rattan, "
             "22 cm across and 8.5 cm deep, with a linen liner. Brush out the flour after use and let it air "
             "dry; do not wash with soap.</p>",
             {"Material": ["natural rattan"], "Diameter": ["22 cm"], "Height": ["8.5 cm"],
              "Liner": ["linen, included"]},
             ["sourdough", "banneton"], ["Kitchen > Baking"], variants=single("CR-22", "28.00", g(180))),
    "V09": L("Soy Wax Flakes for Container Candles 1 kg", "Wickhaven", "Candle wax", "12.90", "EUR",
             "<p>Soy wax flakes for container candles in jars and tins; not for pillar candles. Melts at 49-54 "
             "°C; pour at about 70 °C. Takes up to 10% fragrance oil. Comes in a resealable bag.</p>",
             {"Ingredients": ["100% soy wax (hydrogenated soybean oil)"], "Melt point": ["49-54 °C"],
              "Fragrance load": ["up to 10%"], "Net weight": ["1 kg"]},
             ["soy wax", "container candles"], ["Crafts > Candle making"],
             variants=single("WH-1K", "12.90", g(1, "kg"))),
    "V10": L("N Gauge Flexible Track 914 mm (Pack of 5)", "Branchline Models", "Model railway track", "19.50",
             "GBP",
             "<p>Five lengths of flexible track for N gauge layouts at 1:148 scale. Code 55 nickel silver rail "
             "on black plastic sleepers, 914 mm a length. For modellers aged 14 and up.</p>",
             {"Scale": ["1:148 (N gauge)"], "Rail": ["nickel silver, code 55"], "Length": ["914 mm each"],
              "Pack": ["5 lengths"]},
             ["n gauge", "ages 14+"], ["Hobbies > Model railways"], variants=single("BM-N55", "19.50", g(150))),
    "V11": L("Korsstygnssats Vallmo", "Stygnstugan", "Broderi", "349", "SEK",
             "<p>Räknat korsstygn med ett vallmomotiv. Satsen innehåller Aida-tyg 14-count, 30 x 30 cm, "
             "bomullsgarn i 12 färger, nål och mönster. Färdig bild ca 18 x 18 cm. Ram ingår inte.</p>",
             {"Material": ["bomull"], "Tillverkad i": ["Sverige"], "Antal färger": ["12"]},
             ["korsstygn"], ["Hobby > Broderi"], variants=single("SS-VAL", "349", g(90))),
    "V12": L("Glass Rain Gauge with Copper Stake", "Meadowglass", "Rain gauge", "29.00", "USD",
             "<p>A glass tube that reads rainfall up to 5 in (127 mm), held in a powder-coated steel stake with a "
             "copper finish. Stands 38 cm tall. Empty it before a frost.</p>",
             {"Tube": ["glass"], "Stake": ["powder-coated steel, copper finish"], "Capacity": ["5 in (127 mm)"],
              "Height": ["38 cm"]},
             ["garden", "weather"], ["Garden > Weather"], variants=single("MG-RG", "29.00", g(340))),
    "V13": L("Juggling Balls, Set of 3 (110 g)", "Cascade Circus", "Juggling balls", "18.00", "EUR",
             "<p>Three soft juggling balls that land without rolling away. Faux suede (PU) shell filled with "
             "millet seed; 110 g and 65 mm each. Contains small parts: not for children under 3.</p>",
             {"Shell": ["faux suede (PU)"], "Filling": ["millet seed"], "Weight": ["110 g each"],
              "Diameter": ["65 mm"]},
             ["juggling"], ["Toys & games > Circus skills"], options={"Colour": ["Rainbow mix", "Monochrome"]},
             variants=by("Colour", ["Rainbow mix", "Monochrome"], ["18.00", "18.00"], "CS-J3", g(330))),
    "V14": L("Figure Skate Blade Guards", "Rinkside", "Blade guards", "24.00", "CAD",
             "<p>Hard guards for walking off the ice in figure skates. A spring in the middle fits them to the "
             "blade. Take them off and dry the blades before you store your skates.</p>",
             {"Material": ["hard plastic with steel spring"]},
             ["skating"], ["Sports > Skating"],
             options={"Size": ["S (8.5-9.5 in blade)", "M (9.75-10.75 in blade)", "L (11-12 in blade)"],
                      "Colour": ["Ice Blue", "Black"]},
             variants=variants("RS-BG", [{"Size": s, "Colour": c} for s in ("S (8.5-9.5 in blade)",
                                          "M (9.75-10.75 in blade)", "L (11-12 in blade)")
                                          for c in ("Ice Blue", "Black")], ["24.00"] * 6, g(140))),
    "V15": L("Hamaca de algodón para jardín", "Siesta Sur", "Hamaca", "79.00", "EUR",
             "<p>Hamaca tejida a mano en México con algodón 100 %. Mide 3,2 m de largo total y 1,5 m de ancho y "
             "soporta hasta 150 kg. Cuerdas y mosquetones no incluidos.</p>",
             {"Material": ["algodón"], "Carga máxima": ["150 kg"], "Hecho en": ["México"]},
             ["hamaca"], ["Jardín > Hamacas"], options={"Color": ["Arena", "Turquesa"]},
             variants=by("Color", ["Arena", "Turquesa"], ["79.00", "79.00"], "SS-HAM", g(1.6, "kg"))),
    "V16": L("Trail Snowshoes 25 in", "Drift Peak", "Snowshoes", "129.00", "USD",
             "<p>Snowshoes for rolling trails. Aluminium frame, polyethylene deck, steel crampons under the toe "
             "and ratchet bindings. 25 in (64 cm) long, for loads up to 100 kg (220 lb). Carry bag "
             "included.</p>",
             {"Frame": ["aluminium"], "Deck": ["polyethylene"], "Crampons": ["steel"], "Bindings": ["ratchet"],
              "Length": ["25 in (64 cm)"], "Max load": ["100 kg"]},
             ["snowshoes"], ["Outdoor > Winter"], variants=single("DP-25", "129.00", g(1.9, "kg"))),
    "V17": L("Two-Storey Rabbit Hutch", "Burrow & Run", "Rabbit hutch", "149.00", "GBP",
             "<p>A two-storey hutch with a ramp between floors and a pull-out tray for cleaning. FSC-certified "
             "fir with a water-based stain and an asphalt felt roof. 120 x 55 x 100 cm. Assembly required.</p>",
             {"Wood": ["FSC-certified fir"], "Finish": ["water-based stain"], "Roof": ["asphalt felt"],
              "Size": ["120 x 55 x 100 cm"]},
             ["FSC", "assembly required"], ["Pets > Small animals"], variants=single("BR-2S", "149.00", g(24, "kg"))),
    "V18": L("Mechanical Metronome", "Tempo Hall", "Metronome", "45.00", "USD",
             "<p>A wind-up pendulum metronome from 40 to 208 BPM, with a bell on beats 0, 2, 3, 4 or 6. No "
             "batteries needed. ABS case, 22 cm tall.</p>",
             {"Tempo range": ["40-208 BPM"], "Case": ["ABS plastic"], "Height": ["22 cm"], "Power": ["wind-up"]},
             ["music"], ["Music > Accessories"], options={"Colour": ["Walnut", "Black"]},
             variants=by("Colour", ["Walnut", "Black"], ["45.00", "45.00"], "TH-MM", g(480))),
    "V19": L("Knife Sharpening by Post", "Edgewise Workshop", "Service", "6.00", "GBP",
             "<p>Send us your kitchen knives and we sharpen them by hand on whetstones. £6 a straight-edged knife, "
             "£8 a serrated one. We post them back within 5 working days of arrival; return postage is £4.95 a "
             "parcel. We do not sharpen ceramic knives.</p>",
             {"Method": ["hand sharpening on whetstones"], "Turnaround": ["5 working days"]},
             ["service"], ["Services > Sharpening"], options={"Edge": ["Straight", "Serrated"]},
             variants=by("Edge", ["Straight", "Serrated"], ["6.00", "8.00"], "EW-SH")),
    "V20": L("Enamel Pin - Sleeping Fox", "", "", "9.00", "USD", "", variants=single("PIN-FOX", "9.00")),
    "V21": L("Linen Tea Towel", "Flaxyard", "", "14.00", "EUR", "", {"Material": ["linen"]},
             variants=single("FY-TT", "14.00")),
    "V22": L("Pétanque Starter Set", "Clos du Jeu", "Pétanque", None, "EUR",
             "<p>Everything for a first game of pétanque, sold piece by piece: six chrome-plated steel boules "
             "(72 mm, 680 g each), a beech wood jack (30 mm) and a canvas carry bag.</p>",
             {"Boule diameter": ["72 mm"], "Boule weight": ["680 g"], "Jack": ["beech wood, 30 mm"]},
             ["grouped"], ["Outdoor games > Pétanque"],
             children=[{"title": "Boules, set of 6", "price": "45.00"}, {"title": "Jack", "price": "4.00"},
                       {"title": "Carry bag", "price": "12.00"}]),
    "V23": L("Inflatable Paddle Board 10'6", "Swellyard", "Paddle board", "499.00", "USD",
             "<p>An all-round inflatable paddle board, 320 cm long and 81 cm wide, for riders and gear up to "
             "120 kg. A hand pump and a three-piece paddle are included. Sold and shipped by our partner BlueRun "
             "Outfitters, who handle delivery, warranty and returns.</p>",
             {"Length": ["320 cm"], "Width": ["81 cm"], "Max load": ["120 kg"],
              "Included": ["hand pump", "three-piece paddle"]},
             ["external", "sup"], ["Water sports > Paddle boards"], product_url="https://bluerun.example/sup-106",
             variants=single("SY-106", "499.00", g(9.5, "kg"))),
    "V24": L("Base para copos em azulejo (conjunto de 4)", "Casa Lisboeta", "Bases para copos", "24.00", "EUR",
             "<p>Quatro bases de cerâmica pintadas à mão em Portugal, com fundo de cortiça. Cada base mede 10 x "
             "10 cm. Lavar à mão.</p>",
             {"Material": ["cerâmica", "cortiça"], "Origem": ["Portugal"], "Medidas": ["10 x 10 cm"]},
             ["azulejo"], ["Casa > Mesa"], variants=single("CL-BC4", "24.00", g(400))),
    "V25": L("Moulin à poivre en hêtre 18 cm", "Atelier Grain", "Moulin à poivre", "36.00", "EUR",
             "<p>Moulin à poivre en hêtre huilé, avec un mécanisme en céramique réglable du fin au gros. Hauteur "
             "18 cm. Fabriqué en France. Ne pas passer au lave-vaisselle.</p>",
             {"Matière": ["hêtre"], "Mécanisme": ["céramique"], "Hauteur": ["18 cm"]},
             ["cuisine"], ["Cuisine > Épices"], variants=single("AG-M18", "36.00", g(260))),
    "V26": L("Skleněné vánoční ozdoby, sada 6 ks", "Sklárna Lipka", "Vánoční ozdoby", "590", "CZK",
             "<p>Šest ručně foukaných a ručně malovaných skleněných koulí o průměru 8 cm. Vyrobeno v Česku. "
             "Křehké, nevhodné pro malé děti.</p>",
             {"Materiál": ["sklo"], "Průměr": ["8 cm"], "Země původu": ["Česko"]},
             ["vánoce"], ["Domov > Vánoce"], options={"Barva": ["Červená", "Zlatá"]},
             variants=by("Barva", ["Červená", "Zlatá"], ["590", "590"], "SL-OZ6", g(300))),
    "V27": L("Bamboo Matcha Whisk (Chasen) 100 Prongs", "Sayaka Tea", "Tea whisk", "2800", "JPY",
             "<p>A hand-carved whisk of white bamboo with about 100 prongs, for whisking matcha to a fine foam. "
             "Made in Nara, Japan. Soak the tips in warm water before use and let it air dry; no soap. The whisk "
             "holder is sold separately.</p>",
             {"Material": ["white bamboo (shirochiku)"], "Prongs": ["about 100"], "Made in": ["Nara, Japan"]},
             ["matcha", "chasen"], ["Tea > Tools"], variants=single("ST-CH100", "2800", g(20))),
    "V28": L("Leather Watch Strap 20 mm", "Strapsmith", "Watch strap", "38.00", "USD",
             "<p>A vegetable-tanned leather strap, 20 mm wide, stitched by hand in Portland, Oregon. Brushed "
             "stainless steel buckle and quick-release spring bars. Fits wrists of 15 to 19 cm.</p>",
             {"Leather": ["vegetable-tanned"], "Width": ["20 mm"], "Buckle": ["brushed stainless steel"],
              "Fits": ["15-19 cm wrists"], "Made in": ["Portland, Oregon, USA"]},
             ["watch", "quick release"], ["Accessories > Watch straps"],
             options={"Colour": ["Tan", "Chestnut", "Black"]},
             variants=by("Colour", ["Tan", "Chestnut", "Black"], ["38.00"] * 3, "SM-20", g(25))),
    "V29": L("Wooden Jigsaw Puzzle, 250 Pieces", "Knotwork Puzzles", "Jigsaw puzzle", "54.00", "USD",
             "<p>A laser-cut jigsaw in 3 mm birch plywood: 250 pieces, 20 of them shaped as animals. Finished "
             "size 30 x 40 cm. Packed in a recycled cardboard box. For ages 14 and up.</p>",
             {"Material": ["birch plywood, 3 mm"], "Pieces": ["250"], "Finished size": ["30 x 40 cm"],
              "Box": ["recycled cardboard"]},
             ["puzzle", "ages 14+"], ["Games > Puzzles"], variants=single("KP-250", "54.00", g(520))),
    "V30": L("Smoked Chipotle Hot Sauce 150 ml", "Ember Hollow", "Hot sauce", "11.00", "USD",
             "<p>A smoky, medium-hot sauce (heat 6 of 10) of chipotle peppers, tomato, cider vinegar, garlic and "
             "salt. Made in Texas, USA. Refrigerate after opening.</p>",
             {"Ingredients": ["chipotle peppers", "tomato", "cider vinegar", "garlic", "salt"],
              "Volume": ["150 ml"], "Heat": ["6/10"], "Made in": ["Texas, USA"]},
             ["vegan", "gluten-free"], ["Food > Sauces"], variants=single("EH-CH150", "11.00", g(240))),
}


def main():
    out = {}
    for key, lst in LISTINGS.items():
        lst = {k: v for k, v in lst.items() if v is not None}
        out[key] = {"external_id": key, **lst}
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    print(f"{len(out)} listings")


if __name__ == "__main__":
    main()
