"""Write listings.json for guardrails holdout v39: 30 invented listings, R01..R30.

Run from this folder:  python make_listings.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per value of a single option; prices is one price or one per value."""
    name, values = next(iter(options.items()))
    if isinstance(prices, str):
        prices = [prices] * len(values)
    return [{"sku": f"{sku}-{n + 1}", "title": v, "price": p, "compare_at_price": compare,
             "options": {name: v}, "weight": weight, "external_id": f"{sku}-{n + 1}"}
            for n, (v, p) in enumerate(zip(values, prices, strict=True))]


def single(sku, price, weight=None, compare=None, title="Default Title"):
    return [{"sku": sku, "title": title, "price": price, "compare_at_price": compare,
             "options": {}, "weight": weight, "external_id": sku}]


def g(value, unit="g"):
    return {"value": value, "unit": unit}


def L(title, vendor, ptype, price, currency, desc, attrs=None, tags=(), cats=(), extra=None, **kw):
    """A listing dict; extra and kw are merged in last."""
    out = {"title": title, "vendor": vendor, "product_type": ptype, "price": price,
           "currency": currency, "description_html": desc, "attributes": attrs or {},
           "tags": list(tags), "categories": list(cats)}
    out.update(extra or {})
    out.update(kw)
    return out


def P(*paras):
    return "".join(f"<p>{p}</p>" for p in paras)


LISTINGS = {
    "R01": L("Leather Archery Arm Guard", "Fletchmoor", "Arm guard", "28.00", "USD",
             P("A forearm guard cut from vegetable-tanned cowhide and stitched by hand in Fez, "
               "Morocco.",
               "Three elastic straps with brass hooks hold it in place on forearms from 20 to 30 "
               "cm around.",
               "It is 18 cm long and weighs 70 g. Wipe it with a dry cloth; do not soak it."),
             {"Material": ["vegetable-tanned cowhide"], "Origin": ["Fez, Morocco"],
              "Length": ["18 cm"]},
             ["archery", "leather", "handmade"], ["Sports > Archery"],
             options={"Color": ["Brown", "Black"]},
             variants=variants("FM-AG", {"Color": ["Brown", "Black"]}, "28.00", g(70)),
             weight=g(70)),
    "R02": L("Tempered Glass Snorkel Mask", "Reefline", "Snorkel mask", "39.00", "USD",
             P("A single-lens snorkel mask with a tempered glass lens and a soft silicone skirt.",
               "The split strap adjusts with two buckles and fits most adult faces.",
               "The snorkel is sold separately. Rinse in fresh water after every swim and keep it "
               "out of direct sun."),
             {"Lens": ["tempered glass"], "Skirt": ["silicone"], "Size": ["Adult"]},
             ["snorkelling", "swim"], ["Sports > Water sports"],
             options={"Skirt colour": ["Clear", "Black"]},
             variants=variants("RL-SM", {"Skirt colour": ["Clear", "Black"]}, "39.00", g(210)),
             weight=g(210)),
    "R03": L("Folding Walnut and Maple Chess Set", "Rookery Games", "Chess set", "120.00", "USD",
             P("A folding board of walnut and maple squares, 40 x 40 cm open, that stores the "
               "pieces inside.",
               "The pieces are turned beech, weighted and felted; the king stands 8 cm tall.",
               "Made in Austria. The board folds to 40 x 20 x 6 cm and weighs 2.1 kg with the "
               "pieces."),
             {"Board": ["walnut and maple"], "Pieces": ["beech, weighted"], "King height": ["8 cm"],
              "Origin": ["Austria"]},
             ["chess", "board game", "wood"], ["Toys & Games > Board games"],
             variants=single("RG-CH40", "120.00", g(2.1, "kg")), weight=g(2.1, "kg"),
             dimensions={"length": 40, "width": 40, "height": None, "unit": "cm"}),
    "R04": L("Yucatán Cotton Hammock", "Siesta Knot", "Hammock", "85.00", "USD",
             P("A hammock hand-woven from cotton thread in Yucatán, Mexico, with a tight weave "
               "that spreads your weight.",
               "The bed is 200 x 150 cm and holds up to 150 kg. It has no spreader bars, so it "
               "wraps around you.",
               "Hanging rope is not included. Hand wash in cold water and dry it in the shade."),
             {"Material": ["cotton"], "Origin": ["Yucatán, Mexico"], "Bed size": ["200 x 150 cm"],
              "Maximum load": ["150 kg"]},
             ["hammock", "handmade", "cotton"], ["Garden > Outdoor furniture"],
             options={"Color": ["Natural", "Terracotta"]},
             variants=variants("SK-HM", {"Color": ["Natural", "Terracotta"]}, "85.00",
                               g(1.4, "kg")),
             weight=g(1.4, "kg")),
    "R05": L("Compact Canister Camping Stove", "Ridgefire", "Camping stove", "45.00", "USD",
             P("A folding stove that screws onto EN417 threaded gas canisters and boils 1 litre of "
               "water in about 3.5 minutes.",
               "It puts out 2800 W, has a piezo igniter and a wire valve you can turn with gloves "
               "on.",
               "Made of stainless steel and aluminium, it weighs 85 g and packs into the plastic "
               "case included. The gas canister is not included."),
             {"Material": ["stainless steel", "aluminium"], "Output": ["2800 W"],
              "Fuel": ["EN417 threaded canister"]},
             ["camping", "stove", "backpacking"], ["Outdoors > Camp kitchen"],
             variants=single("RF-ST1", "45.00", g(85)), weight=g(85)),
    "R06": L("Street Cruiser Skateboard 8.0", "Kerbline", "Skateboard", "79.00", "USD",
             P("A complete skateboard on a seven-ply maple deck, 8.0 inches wide and 31.5 inches "
               "long, with black griptape.",
               "It rolls on 54 mm urethane wheels of 99A hardness with ABEC-7 bearings and "
               "aluminium trucks.",
               "It arrives assembled and ready to ride. Keep the bearings dry."),
             {"Deck": ["7-ply maple"], "Width": ["8.0 in"], "Wheels": ["54 mm, 99A"],
              "Bearings": ["ABEC-7"]},
             ["skateboard", "complete"], ["Sports > Skateboarding"],
             variants=single("KL-80", "79.00", g(2.3, "kg")), weight=g(2.3, "kg")),
    "R07": L("Glazed Plant Pot with Saucer", "Fernhollow", "Plant pot", "26.00", "USD",
             P("A stoneware pot with a reactive glaze outside and a drainage hole in the base.",
               "It is 15 cm across and 14 cm tall and comes with a matching saucer.",
               "For indoor use: frost can crack the glaze. Wipe clean with a damp cloth."),
             {"Material": ["glazed stoneware"], "Diameter": ["15 cm"], "Height": ["14 cm"]},
             ["plant pot", "indoor", "ceramic"], ["Home > Plant pots"],
             options={"Color": ["Sage", "Sand"]},
             variants=variants("FH-PP15", {"Color": ["Sage", "Sand"]}, "26.00", g(900)),
             weight=g(900)),
    "R08": L("Down Sleeping Bag 2 °C", "Tundrel", "Sleeping bag", "219.00", "USD",
             P("A mummy sleeping bag filled with 650 fill power duck down, for nights down to a "
               "comfort rating of 2 °C (limit -4 °C).",
               "The shell is 20D ripstop nylon with a left-side zip and a draught collar.",
               "It is 220 x 80 cm, weighs 950 g and packs into the compression sack included. Air "
               "it after each trip."),
             {"Fill": ["650 fill power duck down"], "Shell": ["20D ripstop nylon"],
              "Comfort rating": ["2 °C"], "Limit rating": ["-4 °C"], "Zip": ["left"]},
             ["camping", "sleeping bag", "down"], ["Outdoors > Sleeping"],
             variants=single("TD-SB2", "219.00", g(950)), weight=g(950),
             dimensions={"length": 220, "width": 80, "height": None, "unit": "cm"}),
    "R09": L("Quick-Release Leather Watch Strap 20 mm", "Strapworks", "Watch strap", "35.00",
             "USD",
             P("A 20 mm strap of full-grain calf leather with quick-release spring bars, so it "
               "changes without tools.",
               "The buckle is brushed stainless steel. It fits wrists from 16 to 20 cm.",
               "Keep it away from water; leather darkens with wear."),
             {"Material": ["full-grain calf leather"], "Width": ["20 mm"],
              "Buckle": ["brushed stainless steel"], "Fits wrists": ["16-20 cm"]},
             ["watch strap", "leather"], ["Accessories > Watch straps"],
             options={"Color": ["Tan", "Black"]},
             variants=variants("SW-20", {"Color": ["Tan", "Black"]}, "35.00", g(20)),
             weight=g(20)),
    "R10": L("Harbour Lights 1000 Piece Jigsaw Puzzle", "Puzzlewright", "Jigsaw puzzle", "24.00",
             "USD",
             P("A 1000-piece puzzle of a harbour at dusk, 68 x 49 cm when finished.",
               "The pieces are cut from thick recycled board and the box holds a poster of the "
               "picture.",
               "Printed and cut in Belgium. For ages 12 and up."),
             {"Pieces": ["1000"], "Finished size": ["68 x 49 cm"], "Board": ["recycled board"],
              "Origin": ["Belgium"], "Age": ["12+"]},
             ["puzzle", "1000 pieces"], ["Toys & Games > Puzzles"],
             variants=single("PW-HL1000", "24.00", g(700)), weight=g(700)),
    "R11": L("Trailbox Bluetooth Speaker", "Soundkeel", "Portable speaker", "79.00", "USD",
             P("A portable speaker with 20 W of sound and up to 12 hours of play on one charge.",
               "It is rated IP67 against dust and water, charges over USB-C in about 3 hours and "
               "connects with Bluetooth 5.3.",
               "It weighs 540 g. Two-year warranty."),
             {"Output": ["20 W"], "Battery": ["up to 12 h"], "Rating": ["IP67"],
              "Bluetooth": ["5.3"], "Warranty": ["2 years"]},
             ["speaker", "bluetooth", "waterproof"], ["Electronics > Audio"],
             options={"Color": ["Black", "Sand"]},
             variants=variants("SK-TB", {"Color": ["Black", "Sand"]}, "79.00", g(540)),
             weight=g(540)),
    "R12": L("Szegedi édes fűszerpaprika, 100 g", "Tiszapor", "Fűszer", "1490", "HUF",
             P("Őrölt édes fűszerpaprika Szegedről, a helyi termelők napon szárított paprikájából.",
               "100 g-os papírtasakban, amely visszazárható.",
               "Hűvös, sötét helyen tárolandó. Minőségét 2027 decemberéig őrzi meg."),
             {"Tömeg": ["100 g"], "Származás": ["Szeged, Magyarország"], "Íz": ["édes"]},
             ["paprika", "fűszer"], ["Élelmiszer > Fűszerek"],
             variants=single("TP-SZ100", "1490", g(100)), weight=g(100)),
    "R13": L("Dalahäst, röd, 10 cm", "Nusnäs Hemslöjd", "Dalahäst", "349.00", "SEK",
             P("En dalahäst som täljts för hand av furu och målats i Nusnäs, Dalarna.",
               "Den är röd med traditionell kurbitsmålning och 10 cm hög.",
               "Varje häst är unik. Inte en leksak för barn under tre år."),
             {"Material": ["furu"], "Ursprung": ["Nusnäs, Dalarna, Sverige"], "Höjd": ["10 cm"],
              "Färg": ["röd"]},
             ["dalahäst", "hantverk"], ["Hem > Dekoration"],
             variants=single("NH-DH10", "349.00", g(60)), weight=g(60)),
    "R14": L("Bivokslys, 2 stk., 25 cm", "Fynsk Bivoks", "Lys", "129.00", "DKK",
             P("To håndstøbte lys af ren bivoks fra vores egne bistader på Fyn.",
               "Hvert lys er 25 cm højt og 2,2 cm i diameter med en væge af bomuld.",
               "Brændetid ca. 8 timer pr. lys. Lad aldrig et tændt lys være uden opsyn."),
             {"Materiale": ["100 % bivoks"], "Væge": ["bomuld"], "Højde": ["25 cm"],
              "Antal": ["2"], "Oprindelse": ["Fyn, Danmark"]},
             ["bivoks", "lys"], ["Hjem > Lys"],
             variants=single("FB-BV2", "129.00", g(180)), weight=g(180)),
    "R15": L("Eterično ulje lavande s Hvara, 10 ml", "Hvarski Vrt", "Eterično ulje", "12.00",
             "EUR",
             P("Čisto eterično ulje lavande, destilirano parom iz cvjetova ubranih na otoku Hvaru.",
               "Bočica od tamnog stakla s kapaljkom, 10 ml.",
               "Samo za vanjsku upotrebu i za difuzore; ne nanositi nerazrijeđeno na kožu. Čuvati "
               "izvan dohvata djece."),
             {"Volumen": ["10 ml"], "Podrijetlo": ["Hvar, Hrvatska"],
              "Ambalaža": ["tamno staklo s kapaljkom"]},
             ["lavanda", "eterično ulje"], ["Kozmetika > Eterična ulja"],
             variants=single("HV-LAV10", "12.00", g(40)), weight=g(40)),
    "R16": L("Gintarinė apyrankė, konjako spalvos", "Palangos Gintaras", "Apyrankė", "35.00",
             "EUR",
             P("Apyrankė iš poliruoto Baltijos gintaro gabalėlių, surinkta rankomis Palangoje.",
               "Gabalėliai suverti ant elastingo siūlo; apyrankės ilgis 19 cm.",
               "Papuošalas suaugusiesiems. Saugokite nuo kvepalų ir karšto vandens."),
             {"Medžiaga": ["Baltijos gintaras"], "Ilgis": ["19 cm"], "Spalva": ["konjako"],
              "Kilmė": ["Palanga, Lietuva"]},
             ["gintaras", "papuošalai"], ["Papuošalai > Apyrankės"],
             variants=single("PG-AP19", "35.00", g(12)), weight=g(12)),
    "R17": L("Piranska solni cvet, 125 g", "Solinar Sečovlje", "Sol", "6.90", "EUR",
             P("Solni cvet, ki ga solinarji ročno poberejo s površine solnih polj v Sečoveljskih "
               "solinah pri Piranu.",
               "Nepredelan, brez dodatkov proti sprijemanju. V keramični posodici s plutovinastim "
               "zamaškom, 125 g.",
               "Shranjujte na suhem."),
             {"Neto masa": ["125 g"], "Poreklo": ["Sečoveljske soline, Piran, Slovenija"],
              "Embalaža": ["keramična posodica"]},
             ["sol", "solni cvet"], ["Hrana > Začimbe"],
             variants=single("SS-SC125", "6.90", g(125)), weight=g(125)),
    "R18": L("Pure Maple Syrup, Amber, 500 ml", "Sugarbush Row", "Maple syrup", "18.00", "CAD",
             P("Grade A amber maple syrup from our own sugar bush in the Eastern Townships, "
               "Quebec, boiled over a wood fire.",
               "Nothing is added: it is 100% maple sap, in a 500 ml glass bottle.",
               "Refrigerate after opening."),
             {"Grade": ["Grade A Amber"], "Volume": ["500 ml"],
              "Origin": ["Eastern Townships, Quebec, Canada"], "Ingredients": ["maple sap"]},
             ["maple syrup", "canada"], ["Food > Pantry"],
             variants=single("SR-MS500", "18.00", g(720)), weight=g(720)),
    "R19": L("Fleece Heated Throw", "Hearthly", "Heated throw", "69.00", "USD",
             P("An electric throw of soft polyester fleece, 150 x 130 cm, with nine heat settings.",
               "It switches itself off after 3 hours and draws 120 W.",
               "Unplug the control and it can go in the washing machine at 30 °C. Not for use by "
               "children under three."),
             {"Material": ["polyester fleece"], "Size": ["150 x 130 cm"], "Settings": ["9"],
              "Power": ["120 W"], "Auto-off": ["3 h"]},
             ["heated throw", "winter"], ["Home > Bedding"],
             options={"Color": ["Oatmeal"]},
             variants=variants("HL-HT", {"Color": ["Oatmeal"]}, "69.00", g(1.6, "kg")),
             weight=g(1.6, "kg")),
    "R20": L("Birch Balance Bike", "Littlewheel", "Balance bike", "95.00", "USD",
             P("A pedal-free first bike with a birch plywood frame and 12-inch wheels on puncture-"
               "proof EVA tyres.",
               "The saddle adjusts from 30 to 37 cm. For ages 2 to 4.",
               "It weighs 3.2 kg. Always wear a helmet."),
             {"Frame": ["birch plywood"], "Wheels": ["12 in, EVA tyres"], "Saddle": ["30-37 cm"],
              "Age": ["2-4 years"]},
             ["balance bike", "kids"], ["Kids > Ride-ons"],
             options={"Color": ["Red", "Blue"]},
             variants=variants("LW-BB", {"Color": ["Red", "Blue"]}, "95.00", g(3.2, "kg")),
             weight=g(3.2, "kg")),
    "R21": L("English Willow Cricket Bat, Short Handle", "Pavilion End", "Cricket bat", "149.00",
             "GBP",
             P("A Grade 2 English willow bat with seven to nine straight grains, made in "
               "Yorkshire, England.",
               "Short handle, 2 lb 8 oz to 2 lb 10 oz, with a cane handle and a rubber grip.",
               "It needs knocking in before use; an oiled face and a toe guard are fitted."),
             {"Willow": ["Grade 2 English willow"], "Size": ["Short Handle"],
              "Weight": ["2 lb 8 oz - 2 lb 10 oz"], "Origin": ["Yorkshire, England"]},
             ["cricket", "bat"], ["Sports > Cricket"],
             variants=single("PE-SH2", "149.00", g(2.6, "lb")), weight=g(2.6, "lb")),
    "R22": L("Woven Sisal Basket with Leather Handles", "Kisima Weavers", "Basket", "48.00",
             "USD",
             P("A round basket woven by hand from sisal by a women's group near Machakos, Kenya.",
               "It is 30 cm across and 28 cm tall, with two leather handles.",
               "Natural sisal with black bands. Brush off dust; do not wet it."),
             {"Material": ["sisal", "leather handles"], "Origin": ["Machakos, Kenya"],
              "Size": ["30 x 28 cm"]},
             ["basket", "handmade", "sisal"], ["Home > Storage"],
             options={"Color": ["Natural and Black"]},
             variants=variants("KW-B30", {"Color": ["Natural and Black"]}, "48.00", g(450)),
             weight=g(450)),
    "R23": L("Baby Alpaca Beanie", "Misti Knits", "Beanie", "45.00", "USD",
             P("A rib-knit beanie of 100% baby alpaca, knitted in Arequipa, Peru.",
               "One size, with a fold-up cuff.",
               "Hand wash cold and dry flat."),
             {"Material": ["100% baby alpaca"], "Origin": ["Arequipa, Peru"], "Size": ["One size"]},
             ["beanie", "alpaca"], ["Apparel > Hats"],
             options={"Color": ["Charcoal", "Cream"]},
             variants=variants("MK-BN", {"Color": ["Charcoal", "Cream"]}, "45.00", g(80)),
             weight=g(80)),
    "R24": L("Ceylon Cinnamon Sticks, Alba Grade, 50 g", "Galle Spice House", "Cinnamon", "14.00",
             "USD",
             P("True cinnamon, Cinnamomum verum, rolled by hand in Sri Lanka from the inner bark.",
               "Alba grade quills, thinner than a pencil, cut to 8 cm lengths.",
               "50 g in a resealable kraft pouch. Store dry and away from light."),
             {"Species": ["Cinnamomum verum"], "Grade": ["Alba"], "Weight": ["50 g"],
              "Origin": ["Sri Lanka"]},
             ["cinnamon", "spice"], ["Food > Spices"],
             variants=single("GS-CA50", "14.00", g(50)), weight=g(50)),
    "R25": L("Cajón Drum with Adjustable Snares", "Valpo Percusión", "Cajón", "139.00", "USD",
             P("A cajón with a birch plywood body and a beech front plate, made in Chile.",
               "Two snare wires inside adjust with a hex key, included.",
               "It is 48 x 30 x 30 cm and weighs 5 kg. A padded bag is sold separately."),
             {"Body": ["birch plywood"], "Front plate": ["beech"], "Size": ["48 x 30 x 30 cm"],
              "Origin": ["Chile"]},
             ["cajon", "percussion"], ["Music > Percussion"],
             variants=single("VP-CJ1", "139.00", g(5, "kg")), weight=g(5, "kg")),
    "R26": L("Window Cleaning, Inside and Out", "Clearpane Leeds", "Service", "60.00", "GBP",
             P("We clean your windows inside and out, within 15 km of Leeds city centre.",
               "Outside we use a pure-water pole system; inside, cloths and squeegees. Up to 10 "
               "windows takes about an hour and a half.",
               "Book at least three days ahead. We do not clean windows above the second floor."),
             {"Area": ["within 15 km of Leeds city centre"],
              "Method": ["pure-water pole outside, squeegee inside"]},
             ["service", "window cleaning"], ["Services > Home"],
             options={"Windows": ["Up to 10", "Up to 20"]},
             variants=variants("CP-WC", {"Windows": ["Up to 10", "Up to 20"]},
                               ["60.00", "95.00"])),
    "R27": L("Cotton Canvas Apron", "Loomwell", "", "32.00", "USD", "",
             variants=single("LW-AP", "32.00")),
    "R28": L("Bamboo Cutting Board", "", "", "22.00", "USD", "",
             {"Size": ["35 x 25 cm"]}, variants=single("BCB-35", "22.00")),
    "R29": L("Beginner Embroidery Set", "Threadwell", "Embroidery set", None, "USD",
             P("Everything to start embroidering, each part sold on its own."),
             None, ["embroidery", "beginner"], ["Crafts > Needlework"],
             children=[{"title": "Bamboo Embroidery Hoop 15 cm", "price": "6.00",
                        "attributes": {"Material": ["bamboo"], "Diameter": ["15 cm"]}},
                       {"title": "Cotton Embroidery Floss, 12 Skeins", "price": "11.00",
                        "attributes": {"Material": ["cotton"], "Skeins": ["12"]}},
                       {"title": "Embroidery Needles, Pack of 10", "price": "4.00",
                        "attributes": {"Count": ["10"]}},
                       {"title": "Linen-Cotton Fabric 40 x 40 cm", "price": "8.00",
                        "attributes": {"Material": ["linen-cotton"], "Size": ["40 x 40 cm"]}}],
             variants=[]),
    "R30": L("Inflatable Stand-Up Paddleboard 10'6", "Brightwater Boards", "Paddleboard",
             "649.00", "USD",
             P("Sold and shipped by our partner Brightwater Boards, who handle delivery, returns "
               "and the warranty.",
               "The board is 320 x 81 x 15 cm, weighs 9.5 kg and carries riders up to 130 kg. It "
               "comes with a hand pump, a three-piece aluminium paddle, a leash and a backpack.",
               "Delivered to your door in 5 to 7 working days. Brightwater Boards give a two-year "
               "warranty on the board."),
             {"Size": ["320 x 81 x 15 cm"], "Maximum load": ["130 kg"],
              "Paddle": ["three-piece aluminium"], "Warranty": ["2 years (Brightwater Boards)"]},
             ["paddleboard", "Brightwater Boards", "partner"], ["Sports > Water sports"],
             variants=single("BW-SUP106", "649.00", g(9.5, "kg")), weight=g(9.5, "kg"),
             dimensions={"length": 320, "width": 81, "height": 15, "unit": "cm"}),
}


def build():
    out = {}
    for key, lst in LISTINGS.items():
        lst = dict(lst)
        lst["external_id"] = key
        out[key] = lst
    return out


def main():
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(build(), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(LISTINGS)} listings")


if __name__ == "__main__":
    main()
