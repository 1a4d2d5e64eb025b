"""Write listings.json for guardrails holdout v13: 30 invented listings X01..X30 (docs/listing-json.md format).

Run from this folder:  python make_listings.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def variants(sku, options, prices, weight=None, compare=None):
    """One variant per combination given: options is a list of dicts, prices a list of decimal strings."""
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
    return variants(sku, [{option: v} for v in values], prices, weight, compare)


L = {}

L["X01"] = {
    "title": "Tomme de Brebis du Causse, Aged 8 Months",
    "vendor": "Fromagerie du Ségala",
    "product_type": "Cheese",
    "categories": ["Épicerie > Fromages"],
    "tags": ["raw milk", "sheep's milk", "animal rennet"],
    "description_html": (
        "<p>A firm ewe's-milk tomme made from raw milk on one farm in the Aveyron and aged for eight months in a "
        "natural cellar. Nutty and slightly sweet, with a natural rind that is not for eating.</p>"
        "<p>Contains milk. Made with animal rennet, so it is not suitable for vegetarians. Made with raw milk: "
        "not recommended for pregnant women or children under 5. Keep refrigerated at 4–8 °C and eat within "
        "3 weeks of opening.</p>"),
    "options": {"Poids": ["500 g", "1 kg"]},
    "attributes": {"Lait": ["Lait cru de brebis"], "Affinage": ["8 mois en cave naturelle"],
                   "Origine": ["Aveyron, France"], "Croûte": ["Naturelle, non comestible"],
                   "Présure": ["Animale"]},
    "variants": by("Poids", ["500 g", "1 kg"], ["24.50", "46.00"], "FS-TB", None),
    "price": "24.50", "currency": "EUR",
}

L["X02"] = {
    "title": "Fellside Natural Rubber Wellington Boots",
    "vendor": "Brackenford",
    "product_type": "Wellington boots",
    "categories": ["Footwear > Boots"],
    "tags": ["neoprene lined", "made in portugal"],
    "description_html": (
        "<p>Wellingtons hand-laid from natural rubber, with a 3 mm neoprene lining that keeps feet warm "
        "down to about -10 °C. An adjustable side gusset with a buckle fits calves up to 42 cm round.</p>"
        "<p>Rinse mud off with cold water and store away from direct sun and radiators. Natural rubber can "
        "bloom: a harmless white film that wipes off with a damp cloth.</p>"),
    "options": {"Size": [f"UK {n}" for n in range(4, 12)], "Colour": ["Forest Green", "Black"]},
    "attributes": {"Upper": ["Natural rubber, hand-laid"], "Lining": ["Neoprene, 3 mm"],
                   "Sole": ["Moulded rubber with deep lugs"], "Shaft height": ["38 cm"],
                   "Made in": ["Portugal"]},
    "variants": variants("BF-FW", [{"Size": "UK 8", "Colour": c} for c in ("Forest Green", "Black")],
                         ["68.00", "68.00"], g(1.9, "kg")),
    "price": "68.00", "currency": "GBP",
    "weight": g(1.9, "kg"),
}

L["X03"] = {
    "title": "Vinha do Sobral Tinto 2022",
    "vendor": "Quinta do Sobral",
    "product_type": "Vinho tinto",
    "categories": ["Vinhos > Tintos"],
    "tags": ["vegan", "contém sulfitos", "18+"],
    "description_html": (
        "<p>Tinto do Dão feito com Touriga Nacional, Jaen e Alfrocheiro das nossas vinhas a 450 m de "
        "altitude. Estagiou 12 meses em barricas usadas de carvalho francês.</p>"
        "<p>Vegano: não é colado com produtos de origem animal. Contém sulfitos. Venda proibida a menores de "
        "18 anos.</p>"),
    "options": {"Embalagem": ["1 garrafa", "Caixa de 6"]},
    "attributes": {"Região": ["Dão DOC, Portugal"], "Castas": ["Touriga Nacional, Jaen, Alfrocheiro"],
                   "Teor alcoólico": ["13,5 %"], "Volume": ["750 ml"],
                   "Estágio": ["12 meses em barricas usadas de carvalho francês"],
                   "Temperatura de serviço": ["16–18 °C"]},
    "variants": by("Embalagem", ["1 garrafa", "Caixa de 6"], ["18.90", "108.00"], "QS-T22"),
    "price": "18.90", "currency": "EUR",
}

L["X04"] = {
    "title": "Lin Blackout Curtains, Pair",
    "vendor": "Haldane Home",
    "product_type": "Curtains",
    "categories": ["Hjem > Gardiner"],
    "tags": ["blackout", "OEKO-TEX Standard 100"],
    "description_html": (
        "<p>A pair of linen-look blackout curtains: the triple-weave backing blocks up to 99 % of daylight, "
        "so bedrooms stay dark on summer mornings. Each panel hangs from eight brushed-steel eyelets.</p>"
        "<p>Sold as a pair (two panels). Pole not included. Machine wash at 30 °C on a gentle cycle; do not "
        "tumble dry; iron on low on the back.</p>"),
    "options": {"Størrelse": ["140 x 240 cm", "140 x 260 cm"], "Farge": ["Sand", "Skifer", "Hvit"]},
    "attributes": {"Materiale": ["100 % polyester med lin-look"], "Fôr": ["Tredobbelt blackout-vev"],
                   "Oppheng": ["8 maljer i børstet stål per panel"], "Sertifisering": ["OEKO-TEX Standard 100"],
                   "Laget i": ["Tyrkia"]},
    "variants": by("Størrelse", ["140 x 240 cm", "140 x 260 cm"], ["899.00", "999.00"], "HH-LB"),
    "price": "899.00", "currency": "NOK",
}

L["X05"] = {
    "title": "Ventilated Beekeeping Jacket with Fencing Veil",
    "vendor": "Hivecraft",
    "product_type": "Beekeeping jacket",
    "categories": ["Beekeeping > Protective clothing"],
    "tags": ["ventilated", "detachable veil"],
    "description_html": (
        "<p>A three-layer mesh jacket that lets air through on hot days while keeping stings away from the "
        "skin. The fencing-style veil zips on and off and holds the mesh well clear of your face.</p>"
        "<p>Elasticated cuffs with thumb loops and an elasticated waist. No suit is completely sting-proof: "
        "wear gloves and tuck the cuffs in. Take the veil off, then machine wash the jacket cold; hand wash "
        "the veil.</p>"),
    "options": {"Size": ["S", "M", "L", "XL", "XXL"]},
    "attributes": {"Material": ["Three-layer ventilated mesh (polyester outer, spacer foam core)"],
                   "Veil": ["Fencing-style, detachable, zip-on"], "Zips": ["Brass"],
                   "Made in": ["Vietnam"]},
    "variants": by("Size", ["S", "M", "L", "XL", "XXL"], ["129.00"] * 5, "HC-VJ"),
    "price": "129.00", "currency": "USD",
    "weight": g(850),
}

L["X06"] = {
    "title": "Goose Feather Shuttlecocks, Tube of 12",
    "vendor": "Kestrel Sports",
    "product_type": "Badminton shuttlecocks",
    "categories": ["Sukan > Badminton"],
    "tags": ["feather", "club play"],
    "description_html": (
        "<p>Twelve feather shuttlecocks with goose feathers from the left wing and a composite cork base, "
        "for steady flight in club and league play.</p>"
        "<p>Pick the speed for your hall: 76 above 25 °C, 77 between 15 and 25 °C, 78 below 15 °C. Store the "
        "tube somewhere cool and slightly humid so the feathers do not dry out.</p>"),
    "options": {"Speed": ["76", "77", "78"]},
    "attributes": {"Feathers": ["Goose, left wing"], "Base": ["Composite cork"], "Count": ["12 per tube"],
                   "Made in": ["Anhui, China"]},
    "variants": by("Speed", ["76", "77", "78"], ["89.00"] * 3, "KS-GF"),
    "price": "89.00", "currency": "MYR",
}

L["X07"] = {
    "title": "Wi-Fi Smart Plug with Energy Monitoring",
    "vendor": "Lumaro",
    "product_type": "Smart plug",
    "categories": ["Smart Home > Plugs"],
    "tags": ["wifi", "energy monitoring", "no hub needed"],
    "description_html": (
        "<p>Turn lamps, heaters and fans on and off from your phone, set schedules and timers, and see how "
        "much power each device draws. It connects straight to your 2.4 GHz Wi-Fi, so no hub is needed.</p>"
        "<p>Works with Amazon Alexa and Google Home. It does not support Matter or Apple Home, and it does "
        "not work on 5 GHz networks. For indoor use only. Max load 16 A (3680 W).</p>"),
    "options": {"Pack": ["2-pack", "4-pack"]},
    "attributes": {"Plug type": ["Type F (Schuko), 230 V"], "Max load": ["16 A / 3680 W"],
                   "Wireless": ["Wi-Fi 2.4 GHz"], "Standby power": ["under 0.5 W"],
                   "App": ["Android 8 or later, iOS 14 or later"], "Certification": ["CE"]},
    "variants": by("Pack", ["2-pack", "4-pack"], ["29.99", "54.99"], "LU-SP"),
    "price": "29.99", "currency": "EUR",
}

L["X08"] = {
    "title": "Toquilla Straw Panama Hat, Fino",
    "vendor": "Paja y Sol",
    "product_type": "Sombrero",
    "categories": ["Accesorios > Sombreros"],
    "tags": ["hecho a mano", "paja toquilla"],
    "description_html": (
        "<p>A Panama hat woven by hand from toquilla straw in Montecristi, Ecuador, in a fine brisa weave "
        "that lets air through on hot days. A 7 cm brim shades the face and a black grosgrain band finishes "
        "the crown.</p>"
        "<p>It is not made to be rolled or folded. The straw is not waterproof: let it dry naturally if it "
        "gets caught in the rain.</p>"),
    "options": {"Talla": ["55 cm", "57 cm", "59 cm", "61 cm"]},
    "attributes": {"Material": ["Paja toquilla"], "Tejido": ["Brisa, tejido a mano"], "Ala": ["7 cm"],
                   "Cinta": ["Grosgrain negro"], "Hecho en": ["Montecristi, Ecuador"]},
    "variants": by("Talla", ["55 cm", "57 cm", "59 cm", "61 cm"], ["145.00"] * 4, "PS-PF"),
    "price": "145.00", "currency": "USD",
}

L["X09"] = {
    "title": "Carry-On Spinner Suitcase 55 cm",
    "vendor": "Tallis & Crane",
    "product_type": "Suitcase",
    "categories": ["Luggage > Cabin cases"],
    "tags": ["TSA lock", "10-year warranty"],
    "description_html": (
        "<p>A hard-shell cabin case in 100 % polycarbonate that flexes under knocks instead of cracking. Four "
        "double spinner wheels roll it upright beside you, and a telescopic aluminium handle locks at two "
        "heights.</p>"
        "<p>38 litres inside, with a zipped divider and compression straps. The size fits the cabin limits "
        "of most European airlines; check with yours before you fly. 10-year warranty on the shell and "
        "wheels.</p>"),
    "options": {"Colour": ["Graphite", "Sage"]},
    "attributes": {"Shell": ["Polycarbonate (100 %)"], "Capacity": ["38 L"], "Wheels": ["4 double spinner wheels"],
                   "Lock": ["TSA-approved combination lock"], "Handle": ["Aluminium, telescopic"],
                   "Warranty": ["10 years on shell and wheels"]},
    "variants": by("Colour", ["Graphite", "Sage"], ["189.00", "189.00"], "TC-55", g(2.9, "kg"), "229.00"),
    "price": "189.00", "currency": "EUR",
    "weight": g(2.9, "kg"),
    "dimensions": {"length": 40, "width": 20, "height": 55, "unit": "cm"},
}

L["X10"] = {
    "title": "Mitwachsender Hochstuhl aus Buche",
    "vendor": "Kleine Linde",
    "product_type": "Hochstuhl",
    "categories": ["Kinderzimmer > Hochstühle"],
    "tags": ["Buche", "EN 14988"],
    "description_html": (
        "<p>Ein mitwachsender Hochstuhl aus massiver Buche. Sitz- und Fußbrett lassen sich in der Höhe "
        "verstellen, so dass der Stuhl vom Baby bis zum Schulkind mitwächst.</p>"
        "<p>Mit Babybügel und abnehmbarem 5-Punkt-Gurt ab 6 Monaten, sobald Ihr Kind sicher allein sitzt. "
        "Lassen Sie Ihr Kind nie unbeaufsichtigt. Nur mit einem feuchten Tuch reinigen.</p>"),
    "options": {"Farbe": ["Natur", "Weiß/Natur"]},
    "attributes": {"Material": ["Massive Buche, Lack auf Wasserbasis"],
                   "Alter": ["ab 6 Monaten bis 10 Jahre"], "Belastbarkeit": ["bis 90 kg"],
                   "Gurt": ["5-Punkt-Gurt, abnehmbar"], "Norm": ["EN 14988"], "Hergestellt in": ["Polen"]},
    "variants": by("Farbe", ["Natur", "Weiß/Natur"], ["249.00", "249.00"], "KL-HS", g(7.5, "kg")),
    "price": "249.00", "currency": "EUR",
    "weight": g(7.5, "kg"),
}

L["X11"] = {
    "title": "魚沼産コシヒカリ White Rice",
    "vendor": "Minori Farm",
    "product_type": "Rice",
    "categories": ["食品 > 米"],
    "tags": ["特別栽培米", "2026年産"],
    "description_html": (
        "<p>Koshihikari from our family's paddies in Uonuma, Niigata, harvested in autumn 2026 and milled to "
        "order, so it reaches you fresh. Grown under Niigata's special cultivation rules, with no more than "
        "half the usual pesticides and chemical fertiliser.</p>"
        "<p>Rinse two or three times and soak for 30 minutes before cooking. Store in a cool, dark place and "
        "use within one month of opening.</p>"),
    "options": {"内容量": ["2 kg", "5 kg"]},
    "attributes": {"品種": ["コシヒカリ"], "産地": ["新潟県魚沼市"], "精米": ["白米"], "収穫年": ["2026年"],
                   "栽培": ["特別栽培米"]},
    "variants": by("内容量", ["2 kg", "5 kg"], ["2180", "4980"], "MF-KS"),
    "price": "2180", "currency": "JPY",
}

L["X12"] = {
    "title": "Aceto Balsamico di Modena IGP Invecchiato",
    "vendor": "Acetaia Corte Bruna",
    "product_type": "Balsamic vinegar",
    "categories": ["Dispensa > Aceti"],
    "tags": ["IGP", "contiene solfiti"],
    "description_html": (
        "<p>A thick, sweet-sharp balsamic vinegar of Modena, aged for at least three years in oak barrels. "
        "Drizzle it over strawberries, Parmesan or grilled vegetables.</p>"
        "<p>This is Aceto Balsamico di Modena IGP, not the Tradizionale DOP. Contains sulphites.</p>"),
    "attributes": {"Invecchiamento": ["Almeno 3 anni in botti di rovere"],
                   "Ingredienti": ["Mosto d'uva cotto, aceto di vino"], "Acidità": ["6 %"],
                   "Formato": ["250 ml"], "Certificazione": ["IGP"], "Prodotto a": ["Modena, Italia"]},
    "variants": single("CB-ABM", "16.50"),
    "price": "16.50", "currency": "EUR",
}

L["X13"] = {
    "title": "Waffle Cotton Bathrobe",
    "vendor": "Ilgaz Ev",
    "product_type": "Bathrobe",
    "categories": ["Banyo > Bornozlar"],
    "tags": ["waffle", "lightweight"],
    "description_html": (
        "<p>A light waffle-weave robe in 100 % cotton that dries quickly and packs flat for travel. Shawl "
        "collar, two patch pockets and a tie belt held by belt loops.</p>"
        "<p>Wash at 40 °C; tumble dry on low.</p>"),
    "options": {"Beden": ["S/M", "L/XL"], "Renk": ["Beyaz", "Antrasit"]},
    "attributes": {"Malzeme": ["%100 pamuk, vafl dokuma"], "Ağırlık": ["280 g/m²"],
                   "Üretim yeri": ["Denizli, Türkiye"]},
    "variants": by("Beden", ["S/M", "L/XL"], ["1450.00", "1450.00"], "IE-WB"),
    "price": "1450.00", "currency": "TRY",
}

L["X14"] = {
    "title": "Waxed Cotton Field Jacket",
    "vendor": "Harrow & Finch",
    "product_type": "Jacket",
    "categories": ["Menswear > Outerwear"],
    "tags": ["waxed cotton", "made in england"],
    "description_html": (
        "<p>A field jacket cut from 8 oz waxed cotton that sheds showers and wind. A corduroy collar, a "
        "cotton tartan lining and a two-way brass zip under a press-stud storm flap.</p>"
        "<p>Four front pockets and a large poacher's pocket at the back. Do not wash, dry clean or tumble dry: "
        "sponge clean with cold water and re-wax once a year.</p>"),
    "options": {"Size": ["S", "M", "L", "XL"], "Colour": ["Olive", "Navy"]},
    "attributes": {"Outer": ["8 oz waxed cotton"], "Lining": ["Cotton tartan"], "Collar": ["Corduroy"],
                   "Made in": ["South Shields, England"]},
    "variants": variants("HF-WJ", [{"Size": "M", "Colour": c} for c in ("Olive", "Navy")],
                         ["245.00", "245.00"], g(1.4, "kg")),
    "price": "245.00", "currency": "GBP",
    "weight": g(1.4, "kg"),
}

L["X15"] = {
    "title": "Oak Ladder Bookshelf, 5 Shelves",
    "vendor": "Brynmor Furniture",
    "product_type": "Bookshelf",
    "categories": ["Møbler > Reoler"],
    "tags": ["solid oak", "oiled"],
    "description_html": (
        "<p>A leaning ladder bookshelf in solid oak with five shelves that get deeper towards the floor, so "
        "heavy books go low and plants and frames go up top.</p>"
        "<p>It must be fixed to the wall with the bracket included. Flat-packed; assembly takes about "
        "20 minutes with the Allen key supplied. Wipe with a dry cloth; re-oil once a year.</p>"),
    "attributes": {"Materiale": ["Massiv eg, olieret"], "Mål": ["H 180 x B 60 x D 35 cm"],
                   "Maks. belastning pr. hylde": ["15 kg"], "Produceret i": ["Litauen"]},
    "variants": single("BM-OL5", "2495.00", g(21, "kg")),
    "price": "2495.00", "currency": "DKK",
    "weight": g(21, "kg"),
    "dimensions": {"length": 35, "width": 60, "height": 180, "unit": "cm"},
}

L["X16"] = {
    "title": "Encaustic Cement Tiles 'Fès', Box of 12",
    "vendor": "Dar Zellige",
    "product_type": "Floor and wall tiles",
    "categories": ["Building > Tiles"],
    "tags": ["handmade", "indoor"],
    "description_html": (
        "<p>Handmade cement tiles with the 'Fès' star pattern pressed into the surface in layers of coloured "
        "cement, so the pattern goes 3 mm deep rather than sitting on top.</p>"
        "<p>For indoor floors and walls; not frost-resistant. Seal before and after grouting with a "
        "penetrating sealer. Each tile is slightly different in shade.</p>"),
    "options": {"Colour": ["Indigo/Cream", "Terracotta/Cream"]},
    "attributes": {"Size": ["20 x 20 cm"], "Thickness": ["16 mm"], "Coverage": ["0.48 m² per box"],
                   "Material": ["Cement, marble powder, natural pigments"], "Made in": ["Fès, Morocco"]},
    "variants": by("Colour", ["Indigo/Cream", "Terracotta/Cream"], ["1150.00", "1150.00"], "DZ-FES",
                   g(13, "kg")),
    "price": "1150.00", "currency": "MAD",
    "weight": g(13, "kg"),
}

L["X17"] = {
    "title": "Chalky Matt Wall Paint",
    "vendor": "Mossgate Paints",
    "product_type": "Wall paint",
    "categories": ["Decorating > Paint"],
    "tags": ["water-based", "EU Ecolabel", "interior"],
    "description_html": (
        "<p>A deep, chalky matt emulsion for interior walls and ceilings, with a 2 % sheen that hides small "
        "flaws in old plaster. Water-based, low odour and under 1 g/L VOC.</p>"
        "<p>About 12 m² per litre per coat; two coats for full colour. Touch dry in 2 hours, recoat after 4. "
        "Not for floors or exterior walls.</p>"),
    "options": {"Colour": ["Lichen", "Clay", "Chalk White"], "Size": ["1 L", "2.5 L"]},
    "attributes": {"Finish": ["Matt, 2 % sheen"], "Base": ["Water-based acrylic"], "VOC": ["< 1 g/L"],
                   "Coverage": ["approx. 12 m²/L per coat"], "Certification": ["EU Ecolabel"],
                   "Made in": ["Switzerland"]},
    "variants": by("Size", ["1 L", "2.5 L"], ["39.00", "79.00"], "MG-CM"),
    "price": "39.00", "currency": "CHF",
}

L["X18"] = {
    "title": "Coastal Foraging Field Guide (e-book)",
    "vendor": "Saltmarsh Press",
    "product_type": "E-book",
    "categories": ["Books > Nature"],
    "tags": ["downloadable", "virtual", "PDF", "EPUB"],
    "description_html": (
        "<p>A field guide to 96 edible and poisonous plants of the North Sea and Baltic coasts, with 340 "
        "colour photographs and look-alike warnings on every page. 212 pages, in English.</p>"
        "<p>You download a PDF and an EPUB right after purchase; nothing is posted. For personal use: do "
        "not print or share copies. A guide is not a substitute for checking with an expert before you "
        "eat a wild plant.</p>"),
    "attributes": {"Format": ["PDF", "EPUB"], "Pages": ["212"], "Species": ["96"], "Photographs": ["340"],
                   "Language": ["English"], "Licence": ["Personal use only"]},
    "variants": single("SP-CFG", "14.00"),
    "price": "14.00", "currency": "USD",
}

L["X19"] = {
    "title": "Wyndo RV-30 Robot Vacuum",
    "vendor": "Wyndo",
    "product_type": "External product",
    "categories": ["Home > Cleaning"],
    "tags": ["external", "partner store"],
    "description_html": (
        "<p>A LiDAR-mapping robot vacuum with 2,500 Pa suction and up to 150 minutes per charge. At 9.6 cm "
        "tall it fits under most sofas and beds. Vacuum only: it does not mop.</p>"
        "<p>Sold and shipped by our partner store, HomeGear Direct, which handles delivery, warranty and "
        "returns. The button takes you to their site.</p>"),
    "attributes": {"Suction": ["2,500 Pa"], "Battery": ["5,200 mAh, up to 150 min"], "Dustbin": ["450 ml"],
                   "Navigation": ["LiDAR"], "Height": ["9.6 cm"], "Mopping": ["No"]},
    "price": "349.00", "currency": "CAD",
}

L["X20"] = {
    "title": "Shoe Resoling by Post",
    "vendor": "Cobble & Last",
    "product_type": "Service",
    "categories": ["Services > Shoe repair"],
    "tags": ["service", "repair by post"],
    "description_html": (
        "<p>Send us your leather-soled or Goodyear-welted shoes and we resole them in our Bristol workshop: "
        "a half sole, or a full sole and heel, in studded rubber or oak-bark-tanned leather.</p>"
        "<p>We post you a prepaid label (UK addresses only) and return the shoes by tracked post within "
        "10 working days of arrival. We do not repair trainers with foam midsoles, and we do not repair "
        "or restitch uppers.</p>"),
    "options": {"Package": ["Half sole", "Full sole and heel"]},
    "attributes": {"Workshop": ["Bristol, England"], "Turnaround": ["10 working days from arrival"],
                   "Sole materials": ["Studded rubber", "Oak-bark-tanned leather"],
                   "Postage": ["Prepaid both ways, UK only"]},
    "variants": by("Package", ["Half sole", "Full sole and heel"], ["45.00", "85.00"], "CL-RS"),
    "price": "45.00", "currency": "GBP",
}

L["X21"] = {
    "title": "Heavy Canvas Tote Bag",
    "variants": single("TOTE-1", "22.00"),
    "price": "22.00", "currency": "USD",
}

L["X22"] = {
    "title": "Merino Throw",
    "vendor": "Cairnloch",
    "attributes": {"Material": ["Merino wool"]},
    "variants": single("CL-MT", "135.00"),
    "price": "135.00", "currency": "USD",
}

L["X23"] = {
    "title": "Spotted Gum Barbecue Tool Set",
    "vendor": "Emberline",
    "product_type": "Grouped product",
    "categories": ["Outdoor > Barbecue"],
    "tags": ["grouped", "stainless steel"],
    "description_html": (
        "<p>Three barbecue tools with 304 stainless steel heads and handles turned from Australian spotted "
        "gum. Buy the pieces you need: 45 cm locking tongs, a slotted spatula with a bottle opener in the "
        "handle, and a grill brush with brass bristles that will not scratch cast iron.</p>"
        "<p>Hand wash and dry straight away; oil the handles now and then. Not dishwasher safe.</p>"),
    "attributes": {"Heads": ["304 stainless steel"], "Handles": ["Spotted gum"],
                   "Handles turned in": ["Tasmania, Australia"], "Brush bristles": ["Brass"]},
    "variants": [
        {"sku": "EL-TONGS", "title": "Locking Tongs 45 cm", "price": "39.00", "compare_at_price": None,
         "options": {}, "weight": g(380), "external_id": "EL-TONGS"},
        {"sku": "EL-SPAT", "title": "Slotted Spatula", "price": "35.00", "compare_at_price": None,
         "options": {}, "weight": g(320), "external_id": "EL-SPAT"},
        {"sku": "EL-BRUSH", "title": "Brass Grill Brush", "price": "25.00", "compare_at_price": None,
         "options": {}, "weight": g(290), "external_id": "EL-BRUSH"},
    ],
    "price": None, "currency": "AUD",
}

L["X24"] = {
    "title": "Thick-Cut Seville Orange Marmalade 340 g",
    "vendor": "Hollins Kitchen",
    "product_type": "Marmalade",
    "categories": ["Pantry > Preserves"],
    "tags": ["no added pectin", "small batch"],
    "description_html": (
        "<p>A bitter, thick-cut marmalade boiled in small copper pans from Seville oranges, cane sugar and "
        "lemon juice, with 45 g of fruit in every 100 g. No added pectin.</p>"
        "<p>Refrigerate after opening and use within 6 weeks.</p>"),
    "attributes": {"Ingredients": ["Seville oranges (45 %), cane sugar, lemon juice"],
                   "Oranges grown in": ["Andalusia, Spain"], "Made in": ["Perthshire, Scotland"],
                   "Net weight": ["340 g"]},
    "variants": single("HK-SOM", "6.50", g(340)),
    "price": "6.50", "currency": "GBP",
}

L["X25"] = {
    "title": "Foldable Solar Panel 100 W",
    "vendor": "Sunroam",
    "product_type": "Portable solar panel",
    "categories": ["Outdoor power > Solar panels"],
    "tags": ["monocrystalline", "IP65"],
    "description_html": (
        "<p>A four-fold monocrystalline solar panel rated at 100 W, with USB-C, USB-A and DC outputs so it "
        "can charge a phone directly or top up a portable power station.</p>"
        "<p>Rated output is measured under standard test conditions (1,000 W/m², 25 °C); real output "
        "depends on the sun. The panels are IP65; the junction box and ports are not waterproof. Battery "
        "not included. 2-year warranty.</p>"),
    "attributes": {"Peak power": ["100 W"], "Cells": ["Monocrystalline, 23 % efficiency"],
                   "Outputs": ["USB-C PD 60 W", "USB-A 18 W", "DC 18 V"], "Folded size": ["52 x 36 x 4 cm"],
                   "Water resistance": ["IP65 (panels only)"], "Warranty": ["2 years"]},
    "variants": single("SR-100", "189.00", g(4.1, "kg")),
    "price": "189.00", "currency": "USD",
    "weight": g(4.1, "kg"),
}

L["X26"] = {
    "title": "Raquettes à neige Alpine 25",
    "vendor": "Névé Outdoor",
    "product_type": "Raquettes à neige",
    "categories": ["Sports d'hiver > Raquettes"],
    "tags": ["randonnée", "cale de montée"],
    "description_html": (
        "<p>Snowshoes for rolling and steep terrain, with an aluminium frame, a polyethylene deck and "
        "hardened steel crampons under the toe and along the sides. The heel lift flips up for long climbs.</p>"
        "<p>Size 21 suits walkers up to 80 kg with pack, size 25 up to 110 kg. Ratchet straps fit boots from "
        "EU 36 to 47. Sold as a pair.</p>"),
    "options": {"Taille": ["21", "25"]},
    "attributes": {"Cadre": ["Aluminium 7075"], "Plateau": ["Polyéthylène"], "Crampons": ["Acier trempé"],
                   "Cale de montée": ["Oui, 2 positions"], "Fabriqué en": ["Savoie, France"]},
    "variants": by("Taille", ["21", "25"], ["159.00", "179.00"], "NO-AL", g(1.9, "kg")),
    "price": "159.00", "currency": "EUR",
}

L["X27"] = {
    "title": "Carbon Target Arrows, Pack of 6",
    "vendor": "Yewline Archery",
    "product_type": "Arrows",
    "categories": ["Archery > Arrows"],
    "tags": ["carbon", "target"],
    "description_html": (
        "<p>Six carbon arrows for target and field practice, straight to ±0.003 in, with 2 in plastic vanes, "
        "push-in nocks and 100-grain screw-in field points fitted.</p>"
        "<p>Shafts come uncut at 32 in: have them cut to your draw length. Choose the spine for your bow's "
        "draw weight. For target shooting, not hunting. Flex each arrow and check for cracks before you "
        "shoot.</p>"),
    "options": {"Spine": ["500", "600", "700"]},
    "attributes": {"Shaft": ["Carbon, 6.2 mm outer diameter"], "Length": ["32 in, uncut"],
                   "Straightness": ["±0.003 in"], "Vanes": ["2 in plastic, 3 per arrow"],
                   "Points": ["100 grain, screw-in"]},
    "variants": by("Spine", ["500", "600", "700"], ["69.00"] * 3, "YA-CT6"),
    "price": "69.00", "currency": "USD",
}

L["X28"] = {
    "title": "Alcachofa de ducha tipo lluvia 25 cm",
    "vendor": "Aguaclara",
    "product_type": "Alcachofa de ducha",
    "categories": ["Baño > Duchas"],
    "tags": ["ahorro de agua", "antical"],
    "description_html": (
        "<p>Alcachofa de ducha de lluvia de 25 cm en latón macizo. Limita el caudal a 8 litros por minuto "
        "para ahorrar agua sin perder sensación de lluvia.</p>"
        "<p>Las boquillas de silicona se limpian de cal frotándolas con el dedo. Rosca estándar G 1/2. "
        "Brazo de ducha no incluido.</p>"),
    "options": {"Acabado": ["Cromo", "Negro mate"]},
    "attributes": {"Material": ["Latón macizo"], "Diámetro": ["25 cm"], "Caudal": ["8 L/min"],
                   "Conexión": ["G 1/2"], "Boquillas": ["Silicona antical"], "Hecho en": ["España"]},
    "variants": by("Acabado", ["Cromo", "Negro mate"], ["89.00", "95.00"], "AC-LL25"),
    "price": "89.00", "currency": "EUR",
}

L["X29"] = {
    "title": "Silk Grenadine Tie",
    "vendor": "Ferraro Reed",
    "product_type": "Tie",
    "categories": ["Accessories > Ties"],
    "tags": ["silk", "grenadine", "unlined"],
    "description_html": (
        "<p>An open-weave grenadine tie in pure silk, with a texture that catches the light. Unlined, so it "
        "ties a neat, light knot.</p>"
        "<p>The silk is woven in Como, Italy, and the tie is cut and sewn by hand in London. Dry clean only; "
        "hang it up between wears.</p>"),
    "options": {"Colour": ["Navy", "Burgundy", "Black"]},
    "attributes": {"Material": ["100 % silk grenadine"], "Width": ["8 cm"], "Length": ["148 cm"],
                   "Silk woven in": ["Como, Italy"], "Made in": ["London, England"]},
    "variants": by("Colour", ["Navy", "Burgundy", "Black"], ["129.00"] * 3, "FR-SG"),
    "price": "129.00", "currency": "SGD",
}

L["X30"] = {
    "title": "Rechargeable AA NiMH Batteries, 8-Pack",
    "vendor": "Voltbay",
    "product_type": "Rechargeable batteries",
    "categories": ["Electronics > Batteries"],
    "tags": ["NiMH", "low self-discharge", "pre-charged"],
    "description_html": (
        "<p>Eight AA NiMH batteries with 2,450 mAh (2,300 mAh minimum), pre-charged and ready to use. Low "
        "self-discharge: they keep 70 % of their charge after a year in a drawer.</p>"
        "<p>Rechargeable up to 500 times. Charger not included; use a NiMH charger only.</p>"),
    "attributes": {"Size": ["AA"], "Capacity": ["2,450 mAh (min. 2,300 mAh)"], "Voltage": ["1.2 V"],
                   "Cycles": ["up to 500"], "Made in": ["Japan"]},
    "variants": single("VB-AA8", "79.00", g(240)),
    "price": "79.00", "currency": "PLN",
    "weight": g(240),
}


def main():
    for key, lst in L.items():
        lst.setdefault("external_id", f"holdout-v13-{key}")
        lst.setdefault("updated_at", "2026-12-05T12:00:00+00:00")
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(L, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(L)} listings")


if __name__ == "__main__":
    main()
