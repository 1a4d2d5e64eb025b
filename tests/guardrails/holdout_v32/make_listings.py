"""Invented listings for guardrails holdout v32, written for this set (run from this folder: python make_listings.py).

Writes listings.json: key -> listing in the format of docs/listing-json.md, external_id = key.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per option value; options is (name, [values]), prices one per value."""
    name, values = options
    out = []
    for i, (value, price) in enumerate(zip(values, prices, strict=True), 1):
        out.append({"sku": f"{sku}-{i}", "title": value, "price": price, "compare_at_price": compare,
                    "options": {name: value}, "weight": weight, "external_id": f"{sku}-v{i}"})
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
    "X01": L("Bamboo Circular Knitting Needles 4 mm, 80 cm", "Purlwise", "Knitting needles", "14.00", "USD",
             P("Smooth bamboo tips on a flexible nylon cable, for knitting in the round or flat.",
               "The needle size is 4 mm (US 6) and the total length, tips and cable together, is 80 cm.",
               "One circular needle per pack."),
             {"Material": ["bamboo tips", "nylon cable"], "Needle size": ["4 mm (US 6)"], "Length": ["80 cm"]},
             ["knitting", "circular needle"], ["Crafts > Knitting"], variants=single("PW-C4-80", "14.00", g(18))),
    "X02": L("Stainless Steel Hive Tool, 25 cm", "Hollowcomb", "Beekeeping tool", "12.00", "GBP",
             P("A flat hive tool for prising apart supers and scraping propolis from frames.",
               "Stainless steel, 25 cm long, with a hooked end for lifting frames and a flat scraper end.",
               "Painted orange grip section so it is easy to spot in the grass."),
             {"Material": ["stainless steel"], "Length": ["25 cm"]},
             ["beekeeping", "hive tool"], ["Garden > Beekeeping"], variants=single("HC-HT25", "12.00", g(150))),
    "X03": L("Calligraphy Dip Pen Set with 6 Nibs", "Inkwell Row", "Calligraphy pen", "22.00", "USD",
             P("A straight beechwood pen holder with six steel nibs: two pointed, two broad-edge (2 mm and 3 mm) "
               "and two drawing nibs.",
               "Ink is not included. Wipe the nibs dry after each use to stop rust."),
             {"Material": ["beechwood holder", "steel nibs"], "Nibs": ["6"]},
             ["calligraphy", "dip pen", "lettering"], ["Art > Calligraphy"], variants=single("IR-DP6", "22.00", g(40))),
    "X04": L("Waterproof Fly Box, 16 Slot Foam", "Riffle & Run", "Fly box", "19.00", "USD",
             P("A slim ABS plastic fly box with slotted foam on both sides and a silicone seal that keeps water "
               "out.", "It floats if dropped. 15 x 10 x 3.5 cm. Flies are not included."),
             {"Material": ["ABS plastic", "EVA foam", "silicone seal"], "Dimensions": ["15 x 10 x 3.5 cm"]},
             ["fly fishing", "waterproof", "floating"], ["Outdoors > Fishing"],
             options={"Color": ["Clear", "Olive"]},
             variants=variants("RR-FB16", ("Color", ["Clear", "Olive"]), ["19.00", "19.00"], g(110))),
    "X05": L("Brass Bicycle Bell", "Spokeshed", "Bicycle bell", "16.00", "USD",
             P("A loud, clear ring from a solid brass dome.",
               "Fits handlebars 22.2 mm to 31.8 mm with the included strap clamp. The dome is 55 mm across.",
               "Brass darkens with age; polish it if you want the shine back."),
             {"Material": ["brass dome", "steel clamp"], "Fits": ["22.2-31.8 mm handlebars"], "Diameter": ["55 mm"]},
             ["cycling", "bell"], ["Sports > Cycling"], variants=single("SS-BB55", "16.00", g(60))),
    "X06": L("Cork Yoga Block", "Stillpoint", "Yoga block", "18.00", "USD",
             P("A dense natural cork block, 23 x 15 x 7.5 cm, with rounded edges.",
               "Firm and grippy, even with sweaty hands. Wipe clean with a damp cloth.", "Sold singly."),
             {"Material": ["natural cork"], "Dimensions": ["23 x 15 x 7.5 cm"]},
             ["yoga", "cork"], ["Sports > Yoga"], variants=single("SP-CB1", "18.00", g(600))),
    "X07": L("Folding Camp Stool", "Fernhollow", "Camp stool", "29.00", "USD",
             P("A three-legged folding stool with a polyester seat and a powder-coated steel frame.",
               "Seat height 45 cm. Holds up to 100 kg. Folds to 50 cm long and weighs 900 g, with a carry strap."),
             {"Material": ["polyester seat", "powder-coated steel frame"], "Max load": ["100 kg"],
              "Seat height": ["45 cm"]},
             ["camping", "folding"], ["Outdoors > Camping"],
             options={"Color": ["Forest Green", "Black"]},
             variants=variants("FH-CS3", ("Color", ["Forest Green", "Black"]), ["29.00", "29.00"], g(900))),
    "X08": L("Leather Dog Lead, 120 cm", "Houndstooth Saddlery", "Dog lead", "45.00", "USD",
             P("A vegetable-tanned leather lead, 120 cm long and 19 mm wide, with a solid brass trigger hook.",
               "Hand-stitched. For medium and large dogs. Condition the leather now and then; do not machine wash."),
             {"Material": ["vegetable-tanned leather", "solid brass hook"], "Length": ["120 cm"], "Width": ["19 mm"]},
             ["dog", "lead", "hand-stitched"], ["Pets > Dogs"],
             options={"Color": ["Tan", "Dark Brown"]},
             variants=variants("HS-DL120", ("Color", ["Tan", "Dark Brown"]), ["45.00", "45.00"], g(210))),
    "X09": L("Pimentón de la Vera Picante, lata 75 g", "Casa Tiétar", "Pimentón", "4.80", "EUR",
             P("Pimentón picante de la Vera, ahumado con leña de roble.",
               "Elaborado en Jaraíz de la Vera, Cáceres. Lata de 75 g. Ingredientes: pimiento. Sin gluten.",
               "Consérvese en lugar fresco y seco."),
             {"Origen": ["Jaraíz de la Vera, Cáceres"], "Peso": ["75 g"], "Sabor": ["picante"]},
             ["pimentón", "DOP", "sin gluten"], ["Despensa > Especias"], variants=single("CT-PV75", "4.80", g(75))),
    "X10": L("Azulejo Pintado à Mão 15 x 15 cm", "Oficina Sardinha", "Azulejo", "18.00", "EUR",
             P("Azulejo de cerâmica pintado à mão em azul cobalto sobre vidrado branco.",
               "Feito em Aveiro. 15 x 15 cm, 7 mm de espessura. Para parede interior; não usar no chão."),
             {"Material": ["cerâmica vidrada"], "Dimensões": ["15 x 15 cm"], "Origem": ["Aveiro"]},
             ["azulejo", "pintado à mão"], ["Casa > Decoração"], variants=single("OS-AZ15", "18.00", g(350))),
    "X11": L("Kubek ceramiczny z Bolesławca 350 ml", "Pracownia Modra", "Kubek", "69.00", "PLN",
             P("Kubek z kamionki, ręcznie stemplowany we wzór pawie oczko.",
               "Wyprodukowano w Bolesławcu. Pojemność 350 ml. Można myć w zmywarce i używać w kuchence mikrofalowej."),
             {"Materiał": ["kamionka"], "Pojemność": ["350 ml"], "Pochodzenie": ["Bolesławiec"]},
             ["ceramika", "ręcznie stemplowany"], ["Dom > Kuchnia"], variants=single("PM-K350", "69.00", g(380))),
    "X12": L("Setesdal-votter i ull", "Heiane Strikk", "Votter", "549.00", "NOK",
             P("Strikkede votter i 100 % norsk ull, med tradisjonelt setesdalsmønster i svart og hvitt.",
               "Strikket i Valle i Setesdal. Håndvask i kaldt vann.", "Str. S/M og L/XL."),
             {"Materiale": ["100 % norsk ull"], "Opprinnelse": ["Valle, Setesdal"]},
             ["ull", "strikket"], ["Klær > Tilbehør"], options={"Størrelse": ["S/M", "L/XL"]},
             variants=variants("HS-VO", ("Størrelse", ["S/M", "L/XL"]), ["549.00", "549.00"], g(90))),
    "X13": L("Saunakauha, visakoivu", "Löylypaja", "Saunakauha", "39.00", "EUR",
             P("Saunakauha, jonka kauha on sorvattu visakoivusta ja varsi on 40 cm pitkä.",
               "Valmistettu Kuopiossa. Kuivaa saunan jälkeen; ei konepesua."),
             {"Materiaali": ["visakoivu"], "Pituus": ["40 cm"], "Alkuperä": ["Kuopio"]},
             ["sauna", "käsityö"], ["Koti > Sauna"], variants=single("LP-SK40", "39.00", g(160))),
    "X14": L("手ぬぐい 注染 富士山", "浜松染工房", "手ぬぐい", "1650", "JPY",
             P("綿100%の手ぬぐい。注染で富士山を染めました。",
               "浜松で染めています。サイズ約90 x 35 cm。最初の数回は色落ちするので単独で手洗いしてください。"),
             {"素材": ["綿100%"], "サイズ": ["約90 x 35 cm"], "産地": ["浜松"]},
             ["手ぬぐい", "注染"], ["生活雑貨"], variants=single("HS-TN1", "1650", g(40))),
    "X15": L("Kalocsai hímzett asztali futó", "Pipacs Műhely", "Asztali futó", "12900", "HUF",
             P("Kézzel hímzett kalocsai mintás asztali futó fehér pamutvásznon.",
               "Kalocsán hímezték. Mérete 40 x 120 cm. 30 fokon, kímélő programon mosható."),
             {"Anyag": ["100% pamut"], "Méret": ["40 x 120 cm"], "Származás": ["Kalocsa"]},
             ["hímzés", "kézműves"], ["Otthon > Textil"], variants=single("PM-AF120", "12900", g(150))),
    "X16": L("Nón lá Huế", "Làng Chuông Xưa", "Nón lá", "350000", "VND",
             P("Nón lá làm thủ công từ lá cọ và tre, đường kính 40 cm.",
               "Làm tại Huế. Tránh ngâm nước lâu."),
             {"Chất liệu": ["lá cọ", "tre"], "Đường kính": ["40 cm"], "Xuất xứ": ["Huế"]},
             ["nón lá", "thủ công"], ["Thời trang > Mũ"], variants=single("LC-NL40", "350000", g(180))),
    "X17": L("Café em grão Sul de Minas 500 g", "Torra Serrana", "Café", "49.90", "BRL",
             P("Café 100% arábica do Sul de Minas, torra média.",
               "Notas de chocolate e castanha. Pacote de 500 g com válvula. Café em grão: não é moído."),
             {"Origem": ["Sul de Minas, Minas Gerais"], "Peso": ["500 g"], "Torra": ["média"]},
             ["café", "arábica", "em grão"], ["Mercearia > Café"], variants=single("TS-SM500", "49.90", g(500))),
    "X18": L("Kain Batik Tulis Pekalongan", "Rumah Canting", "Kain batik", "450000", "IDR",
             P("Kain batik tulis dari katun primisima, dibuat dengan canting dan malam.",
               "Dibuat di Pekalongan. Ukuran 2 x 1,1 m. Cuci tangan dengan sabun lerak; jangan diperas."),
             {"Bahan": ["katun primisima"], "Ukuran": ["2 x 1,1 m"], "Asal": ["Pekalongan"]},
             ["batik", "tulis"], ["Fashion > Kain"], options={"Warna": ["Sogan", "Biru Indigo"]},
             variants=variants("RC-BT", ("Warna", ["Sogan", "Biru Indigo"]), ["450000", "450000"], g(300))),
    "X19": L("Sirop d'érable pur, ambré riche, 540 ml", "Cabane Beauceronne", "Sirop d'érable", "14.95", "CAD",
             P("Sirop d'érable pur, catégorie A, ambré au goût riche.",
               "Produit en Beauce, Québec. Bouteille de verre de 540 ml. Réfrigérer après ouverture."),
             {"Origine": ["Beauce, Québec"], "Volume": ["540 ml"], "Catégorie": ["A, ambré, goût riche"]},
             ["érable", "pur"], ["Épicerie > Sucré"], variants=single("CB-SE540", "14.95", g(800))),
    "X20": L("Welsh Tapestry Blanket", "Teifi Loom", "Blanket", "185.00", "GBP",
             P("A double-weave tapestry blanket in pure new wool, woven in Dre-fach Felindre, Carmarthenshire.",
               "150 x 200 cm. Dry clean only."),
             {"Material": ["100% pure new wool"], "Size": ["150 x 200 cm"], "Origin": ["Dre-fach Felindre, Wales"]},
             ["wool", "woven in wales"], ["Home > Throws"], options={"Color": ["Slate", "Mustard"]},
             variants=variants("TL-TB", ("Color", ["Slate", "Mustard"]), ["185.00", "185.00"], g(1600))),
    "X21": L("Hanging Seed Feeder, 4 Ports", "Wrenhaven", "Bird feeder", "24.00", "USD",
             P("A clear polycarbonate tube feeder with four perches and ports and a metal lid and base.",
               "Holds about 1 litre of mixed seed. 35 cm tall. The base twists off for cleaning."),
             {"Material": ["polycarbonate tube", "metal lid and base"], "Capacity": ["about 1 litre"],
              "Height": ["35 cm"]},
             ["birds", "feeder"], ["Garden > Wildlife"], variants=single("WH-SF4", "24.00", g(420))),
    "X22": L("Aquarium Heater 100 W", "Reefside", "Aquarium heater", "27.00", "USD",
             P("A glass aquarium heater for tanks of 60 to 100 litres, with a dial thermostat from 18 to 32 °C.",
               "Fully submersible. Suction cups included. Freshwater and marine. Unplug before taking it out of "
               "the water."),
             {"Power": ["100 W"], "Tank size": ["60-100 l"], "Range": ["18-32 °C"]},
             ["aquarium", "heater", "submersible"], ["Pets > Fish"], variants=single("RS-H100", "27.00", g(200))),
    "X23": L("Climbing Chalk Bag", "Crux Supply", "Chalk bag", "21.00", "USD",
             P("A cordura chalk bag with a fleece lining, a drawcord closure and a brush loop.",
               "Waist belt included. Chalk and brush are not included."),
             {"Material": ["cordura", "fleece lining"]}, ["climbing", "chalk bag"], ["Sports > Climbing"],
             options={"Color": ["Rust", "Teal"]},
             variants=variants("CS-CB", ("Color", ["Rust", "Teal"]), ["21.00", "21.00"], g(90))),
    "X24": L("Feather Shuttlecocks, Tube of 12", "Loftline", "Shuttlecocks", "28.00", "USD",
             P("Goose feather shuttlecocks with cork bases, twelve to a tube.",
               "Speed 77, for play at sea level in moderate temperatures. Keep the tube in a cool place."),
             {"Material": ["goose feather", "cork base"], "Speed": ["77"], "Count": ["12"]},
             ["badminton"], ["Sports > Badminton"], variants=single("LL-SC12", "28.00", g(70))),
    "X25": L("Resin Dice Set, 7 Pieces", "Critwell", "Dice set", "15.00", "USD",
             P("Seven polyhedral dice (d4, d6, d8, two d10, d12, d20) cast in resin with gold numbers.",
               "Standard 16 mm size. Not suitable for children under 3: small parts."),
             {"Material": ["resin"], "Count": ["7"], "Size": ["16 mm"]},
             ["tabletop", "rpg", "dice"], ["Games > Dice"], options={"Color": ["Galaxy Purple", "Ember Red"]},
             variants=variants("CW-D7", ("Color", ["Galaxy Purple", "Ember Red"]), ["15.00", "15.00"], g(45))),
    "X26": L("Guitar Capo", "Fretwell", "Capo", "17.00", "USD",
             P("A spring-loaded aluminium capo for six-string acoustic and electric guitars.",
               "Silicone pads protect the neck. Not for classical guitars with flat, wide necks."),
             {"Material": ["aluminium", "silicone pads"]}, ["guitar", "capo"], ["Music > Accessories"],
             options={"Color": ["Black", "Silver"]},
             variants=variants("FW-CP", ("Color", ["Black", "Silver"]), ["17.00", "17.00"], g(35))),
    "X27": L("Wi-Fi Smart Plug", "Homewise", "Smart plug", "13.00", "USD",
             P("A smart plug for US outlets, rated 15 A, with a schedule and timer in the Homewise app.",
               "Works with Amazon Alexa and Google Assistant. 2.4 GHz Wi-Fi only; no hub needed.",
               "Indoor use only. One-year warranty."),
             {"Rating": ["15 A, 120 V"], "Wi-Fi": ["2.4 GHz"], "Warranty": ["1 year"]},
             ["smart home", "alexa", "google assistant"], ["Electronics > Smart home"],
             variants=single("HW-SP1", "13.00", g(70))),
    "X28": L("Hand Coffee Grinder", "Millhaus", "Coffee grinder", "59.00", "USD",
             P("A hand grinder with conical stainless steel burrs and 18 click settings from espresso to French "
               "press.", "The hopper holds 30 g of beans. Brush clean; do not wash the burrs with water.",
               "Aluminium body, walnut knob."),
             {"Material": ["aluminium body", "stainless steel burrs", "walnut knob"], "Capacity": ["30 g"],
              "Settings": ["18"]},
             ["coffee", "grinder"], ["Kitchen > Coffee"], variants=single("MH-HG30", "59.00", g(520))),
    "X29": L("Pottery Trimming Tool Set, 5 Pieces", "Wheelhouse Clay", "Pottery tools", "26.00", "USD",
             P("Five ribbon and loop trimming tools with hardened steel blades and birch handles, in a canvas roll.",
               "For trimming leather-hard clay. Dry the blades after use."),
             {"Material": ["hardened steel", "birch handles", "canvas roll"], "Pieces": ["5"]},
             ["pottery", "trimming"], ["Crafts > Pottery"], variants=single("WC-TT5", "26.00", g(160))),
    "X30": L("Bicycle Full Service", "Cogworks York", "Service", "75.00", "GBP",
             P("A full service at our workshop in York: gears and brakes adjusted, wheels trued, chain and "
               "bearings checked and cleaned.", "Parts are charged on top. Book a drop-off slot; bikes are "
               "usually ready in two working days.", "E-bike motors are not serviced."),
             {"Location": ["York"], "Turnaround": ["two working days"]},
             ["service", "cycling"], ["Services > Bicycle"],
             options={"Service": ["Full service", "Full service, e-bike"]},
             variants=variants("CW-FS", ("Service", ["Full service", "Full service, e-bike"]), ["75.00", "95.00"])),
    "X31": L("Rattan Magazine Rack", "Hallowmere", "", "48.00", "USD", "", variants=single("HM-MR", "48.00")),
    "X32": L("Enamel Pin", "Pinfold", "", "9.00", "USD", "", {"Width": ["3 cm"]},
             variants=single("PF-EP", "9.00")),
    "X33": L("Barista Starter Bundle", "Crema Tools", "Grouped product", None, "USD",
             P("Four tools for home espresso, each sold on its own."), {}, ["espresso"], ["Kitchen > Coffee"],
             children=[{"title": "Milk jug 350 ml", "price": "16.00", "attributes": {"Material": ["stainless steel"]}},
                       {"title": "Tamper 58 mm", "price": "24.00", "attributes": {"Material": ["aluminium",
                                                                                            "walnut handle"]}},
                       {"title": "Knock box", "price": "29.00", "attributes": {"Material": ["ABS", "rubber bar"]}},
                       {"title": "Cleaning brush", "price": "6.00", "attributes": {"Material": ["nylon bristles"]}}]),
    "X34": L("Inflatable Paddle Board 10 ft 6 in", "Brackenford Outdoor", "Paddle board", "429.00", "GBP",
             P("A 10 ft 6 in (320 cm) inflatable paddle board, 81 cm wide and 15 cm thick, for riders up to "
               "120 kg.", "Comes with a three-piece paddle, hand pump, leash and backpack.",
               "Sold and shipped by our partner Tidewater Boards, who handle delivery, returns and the warranty."),
             {"Length": ["320 cm"], "Width": ["81 cm"], "Max load": ["120 kg"]},
             ["paddle board", "sold by tidewater boards"], ["Outdoors > Water"], variants=single("BO-PB106", "429.00")),
    "X35": L("Solid Shampoo Bar, Rosemary", "Brindle & Bay", "Shampoo bar", "11.00", "USD",
             P("A solid shampoo bar with rosemary essential oil and coconut-derived cleansers.",
               "60 g, about 50 washes. Contains coconut. Avoid contact with eyes. Wrapped in recycled paper."),
             {"Weight": ["60 g"], "Scent": ["rosemary"]},
             ["haircare", "solid shampoo", "plastic-free packaging"], ["Beauty > Hair"],
             variants=single("BB-SB60", "11.00", g(60))),
    "X36": L("Washable Crayons, 12 Colours", "Little Lark", "Crayons", "9.50", "USD",
             P("Twelve chunky crayons that wash off walls and skin with soap and water.",
               "Non-toxic, conforms to ASTM D-4236. For ages 3 and up."),
             {"Count": ["12"], "Age": ["3+"]}, ["kids", "crayons", "washable"], ["Kids > Art"],
             variants=single("LL-WC12", "9.50", g(150))),
    "X37": L("Leather Archery Arm Guard", "Fletchcraft", "Arm guard", "32.00", "USD",
             P("A moulded leather arm guard with three elastic straps and metal hooks.",
               "24 cm long. Fits either arm. Wipe with a damp cloth."),
             {"Material": ["cowhide leather", "elastic straps"], "Length": ["24 cm"]},
             ["archery"], ["Sports > Archery"], variants=single("FC-AG24", "32.00", g(90))),
    "X38": L("Carbon Fibre Record Brush", "Groovecare", "Record brush", "15.00", "USD",
             P("An anti-static brush with carbon fibre bristles for dusting vinyl records before play.",
               "Use dry; not for wet cleaning. Aluminium handle with a protective cap."),
             {"Material": ["carbon fibre bristles", "aluminium handle"]}, ["vinyl", "hifi"],
             ["Audio > Vinyl care"], variants=single("GC-RB1", "15.00", g(30))),
    "X39": L("Rattan Banneton, 22 cm Round", "Crumb & Crust", "Proofing basket", "21.00", "USD",
             P("A round rattan proofing basket, 22 cm across and 8.5 cm deep, for doughs of about 750 g to 1 kg.",
               "Includes a cotton liner. Dust with rice flour before use; brush out and air dry, never wash with "
               "soap."),
             {"Material": ["natural rattan", "cotton liner"], "Diameter": ["22 cm"], "Depth": ["8.5 cm"]},
             ["baking", "sourdough"], ["Kitchen > Baking"], variants=single("CC-BN22", "21.00", g(180))),
    "X40": L("Ski Helmet with Adjustable Vents", "Northcol", "Ski helmet", "119.00", "USD",
             P("An in-mould ski helmet certified to EN 1077 Class B, with adjustable vents and removable ear pads.",
               "A dial at the back fine-tunes the fit. 480 g in size M."),
             {"Certification": ["EN 1077 Class B"], "Weight": ["480 g (M)"]}, ["skiing", "helmet"],
             ["Sports > Skiing"], options={"Size": ["S (52-55 cm)", "M (55-58 cm)", "L (58-61 cm)"]},
             variants=variants("NC-SH", ("Size", ["S (52-55 cm)", "M (55-58 cm)", "L (58-61 cm)"]),
                               ["119.00", "119.00", "119.00"], g(480))),
}


def build():
    out = {}
    for key, lst in LISTINGS.items():
        row = {"external_id": key}
        row.update(lst)
        out[key] = row
    return out


def main():
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(build(), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(LISTINGS)} listings")


if __name__ == "__main__":
    main()
