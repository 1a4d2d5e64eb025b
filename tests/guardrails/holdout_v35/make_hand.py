"""Hand-written drafts for guardrails holdout v35: clean drafts and faulty drafts with one planted claim each.

Planted claims are marked [[...]] in the sentences below; the marks are removed and the claim's offsets in the
stored text become the label. Imported by assemble.py.
"""
import html
import json
import re
from typing import Any

import make_listings

NUM, PRICE, MAT, COL = "accuracy.number", "accuracy.price", "accuracy.material", "accuracy.colour"
CERT, ORIG, SIZE, CAT = "accuracy.certification", "accuracy.origin", "accuracy.size", "accuracy.category"
FEAT, CARE, WARR, BRAND = "accuracy.feature", "accuracy.care", "accuracy.warranty", "accuracy.brand"
COMPAT, SHIP, HEALTH = "accuracy.compatibility", "compliance.shipping", "compliance.health"
ABS, ENV, SOCIAL = "compliance.absolute", "compliance.environmental", "compliance.social_proof"
B, W = "block", "warn"

GENERAL_Q = "What should I know about it?"
# Faulty sentences fall on these kinds in turn (seven on L01-L10, six on L11-L30).
FAULTY_KINDS = ("description", "short_description", "seo", "description", "faq", "short_description", "faq")

H: dict[str, dict[str, Any]] = {
    "L01": {
        "desc": ["These bypass secateurs cut green stems up to 20 mm thick, a little over ¾ inch.",
                 "The SK5 carbon steel blades have a non-stick coating, and a thumb lock keeps them shut in a "
                 "pocket."],
        "pad": "A spring opens the blades again after each cut.",
        "short": "Bypass secateurs, 21 cm long, with glass-fibre reinforced nylon handles, $34.",
        "seo": "Bypass secateurs for live stems up to 20 mm, with SK5 carbon steel blades.",
        "faq": "They are bypass secateurs for green wood, not for dead or dry wood; wipe the blades dry after use.",
        "q2": ("Do they come in other colours?", "No, olive is the only colour."),
        "faulty": [
            ("The blades are [[stainless steel]].", MAT, B, "the blades are SK5 carbon steel"),
            ("Bypass secateurs that cut branches [[up to 30 mm]] thick.", NUM, B, "cutting capacity is 20 mm"),
            ("Olive bypass secateurs, [[also in red and blue]].", COL, B, "olive is the only colour"),
            ("They [[cut dead and dry wood]] cleanly.", FEAT, B, "the listing says not for dead or dry wood"),
            ("They are [[forged in Solingen]].", ORIG, B, "the listing gives no origin"),
            ("Bypass secateurs with a [[lifetime warranty]].", WARR, B, "no warranty is stated"),
            ("[[Over 10,000 gardeners]] already use them.", SOCIAL, W, "unverifiable social proof"),
        ],
    },
    "L02": {
        "desc": ["Six spoons run from 1/8 tsp to 1 tbsp (15 ml).",
                 "The 1/2 tbsp spoon holds the same as three fills of the 1/2 tsp spoon."],
        "pad": "Magnets in the handles hold the set together in a stack.",
        "short": "Six 18/8 stainless steel measuring spoons, dishwasher safe.",
        "seo": "Six magnetic measuring spoons from 1/8 tsp to 1 tbsp, marked in millilitres too.",
        "faq": "Each spoon is stamped in teaspoons and millilitres, and the whole set can go in the dishwasher.",
        "q2": ("Will they fit in a spice jar?", "The level heads fit into most spice jars."),
        "faulty": [
            ("The set has [[eight spoons]].", NUM, B, "the set has six spoons"),
            ("Measuring spoons with [[a 1/4 cup measure]] as well.", SIZE, B,
             "the largest measure is 1 tbsp; there is no cup measure"),
            ("Stainless steel measuring spoons with [[silicone handles]].", MAT, B,
             "the spoons are 18/8 stainless steel; no silicone is mentioned"),
            ("The heads [[fit into every spice jar]].", COMPAT, B, "the listing says most spice jars"),
            ("The set is [[NSF certified]].", CERT, B, "no certification is given"),
            ("Spoons [[made from recycled steel]].", ENV, B, "no recycled content is stated"),
            ("They are [[the most accurate spoons]] you can buy.", ABS, W, "unverifiable superlative"),
        ],
    },
    "L03": {
        "desc": ["S/M fits waists from 66 to 86 cm, roughly 26 to 34 inches.",
                 "The fabric is four parts polyester to one part elastane."],
        "pad": "A reflective strip sits at the back of the belt.",
        "short": "Slim running belt for phones up to 6.7 inches, in black.",
        "seo": "Running belt with a stretch phone pocket and a zipped key pocket, in S/M and L/XL.",
        "faq": "It holds a phone up to 6.7 inches plus keys; hand wash it and let it air dry.",
        "q2": ("Which size should I get?", "S/M for waists of 66-86 cm, L/XL for 84-102 cm."),
        "faulty": [
            ("The pocket fits phones [[up to 7.2 inches]].", NUM, B, "phones up to 6.7 inches"),
            ("Slim running belt, [[also in size XS]].", SIZE, B, "sizes are S/M and L/XL"),
            ("Slim running belt [[in black or neon yellow]].", COL, B, "black only"),
            ("It is [[machine washable]].", CARE, B, "hand wash and air dry"),
            ("The phone pocket is [[waterproof]].", FEAT, B, "no water resistance is stated"),
            ("[[Free shipping on every order]].", SHIP, B, "no shipping terms are given"),
            ("Wearing it [[eases lower back pain]].", HEALTH, B, "health claim"),
        ],
    },
    "L04": {
        "desc": ["On low it gives 60 lumens and runs for 30 hours.",
                 "A USB-C cable comes in the box, but no wall plug."],
        "pad": "It hangs from a folding hook or stands on its flat base.",
        "short": "350-lumen rechargeable lantern with a red light mode, IPX4.",
        "seo": "Rechargeable camping lantern: 350 lumens, 5,200 mAh, USB-C charging and a USB-A port for a phone.",
        "faq": "It is IPX4, so rain is fine, but do not submerge it.",
        "q2": ("How long does it take to charge?", "About 4 hours over USB-C."),
        "faulty": [
            ("It gives [[500 lumens]] on high.", NUM, B, "350 lumens on high"),
            ("Lantern with a [[solar panel]] for charging.", FEAT, B, "it charges over USB-C only"),
            ("Rechargeable [[head torch]] with a red light mode.", CAT, B, "it is a lantern"),
            ("It comes with a [[three-year warranty]].", WARR, B, "no warranty is stated"),
            ("The lantern is [[carbon-neutral]].", ENV, B, "no environmental claim in the listing"),
            ("Its USB-A port [[can charge a laptop]].", COMPAT, B, "the port tops up a phone"),
            ("It is [[the brightest lantern on the market]].", ABS, W, "unverifiable superlative"),
        ],
    },
    "L05": {
        "desc": ["Range is up to 25 km, about 15.5 miles, on a full charge.",
                 "The 0.28 kWh battery charges in about 5 hours."],
        "pad": "It weighs 12.5 kg and folds in three seconds.",
        "short": "Folding e-scooter, 20 km/h, up to 25 km range, £429.",
        "seo": "Folding electric scooter with solid 8.5-inch tyres and a 0.28 kWh battery, designed in Bristol, UK.",
        "faq": "It is designed in Bristol and assembled in Taiwan; check local laws before riding on public roads.",
        "q2": ("How far does it go?",
               "Up to 25 km (around 15 miles) on a full charge, less with hills, cold or a heavier rider."),
        "faulty": [
            ("It goes [[25 miles]] on a full charge.", NUM, B, "range is 25 km, about 15.5 miles"),
            ("Folding e-scooter [[built in Bristol]].", ORIG, B,
             "designed in Bristol, assembled in Taiwan"),
            ("Folding e-scooter with [[air-filled tyres]].", FEAT, B, "the tyres are solid"),
            ("The battery holds [[0.5 kWh]].", NUM, B, "the battery holds 0.28 kWh"),
            ("It has a [[two-year warranty]].", WARR, B, "no warranty is stated"),
            ("Folding e-scooter, now [[£399]].", PRICE, B, "the price is £429"),
            ("[[Rated 4.9 stars by riders]].", SOCIAL, W, "unverifiable rating"),
        ],
    },
    "L06": {
        "desc": ["One thousand pieces make a 68 x 48 cm picture, about 27 x 19 inches.",
                 "The puzzle is German-made: printed and cut in Germany."],
        "pad": "A poster of the picture comes in the box.",
        "short": "1,000-piece harbour jigsaw on FSC certified recycled board, $28.",
        "seo": "1000-piece jigsaw of a harbour at dusk, 68 x 48 cm, printed in Germany.",
        "faq": "It has small parts, so it is for ages 12 and up.",
        "q2": ("What is the board made of?", "2 mm board made from recycled paper, FSC certified."),
        "faulty": [
            ("It has [[five hundred pieces]].", NUM, B, "1,000 pieces"),
            ("Harbour jigsaw [[printed in the UK]].", ORIG, B, "printed and cut in Germany"),
            ("1000-piece jigsaw [[for children aged 3 and up]].", COMPAT, B, "ages 12 and up: small parts"),
            ("It is [[a Ravensburger]] puzzle.", BRAND, B, "the maker is Tessellate Press"),
            ("It comes in [[plastic-free packaging]].", ENV, B, "the packaging is not described"),
            ("Jigsaw on [[Blue Angel certified]] board.", CERT, B, "the board is FSC certified only"),
            ("It [[ships the same day]].", SHIP, B, "no shipping terms are given"),
        ],
    },
    "L07": {
        "desc": ["The deck measures 8.0 x 31.5 inches, about 20 x 80 cm.",
                 "It is seven plies of Canadian maple, with grip tape already applied."],
        "pad": "The 52 mm wheels are 99A urethane on ABEC-7 bearings.",
        "short": "Complete skateboard with an 8.0-inch maple deck, $89.",
        "seo": "Ready-to-ride complete skateboard: 7-ply Canadian maple, aluminium trucks, 52 mm wheels.",
        "faq": "It arrives ready to ride, assembled in our shop in California, USA, with grip tape on.",
        "q2": ("How wide is the deck?", "8.0 inches, on a 31.5-inch length."),
        "faulty": [
            ("The deck is [[made in Canada]].", ORIG, B,
             "the maple is Canadian; the board is assembled in California and no maker's country is given"),
            ("Complete skateboard, [[nine plies]] of maple.", NUM, B, "seven plies"),
            ("Complete skateboard, [[also as an 8.5-inch deck]].", SIZE, B, "8.0 inches is the only deck"),
            ("The deck has a [[carbon fibre]] top ply.", MAT, B, "seven plies of maple"),
            ("The grip tape [[comes in a separate pack]].", FEAT, B, "grip tape applied"),
            ("Complete with [[Independent]] trucks.", BRAND, B, "no truck brand is given"),
            ("It is [[the best complete for beginners]].", ABS, W, "unverifiable superlative"),
        ],
    },
    "L08": {
        "desc": ["It is three parts merino to one part nylon: 75 % superwash merino and 25 % nylon.",
                 "A 100 g skein gives about 400 m, roughly 437 yards."],
        "pad": "Suggested needles are 2.25 to 3.25 mm.",
        "short": "Hand-dyed fingering sock yarn in Harbour, £18.50.",
        "seo": "Superwash merino and nylon sock yarn, 100 g / 400 m, dyed by hand in Leeds.",
        "faq": "Skeins are dyed by hand in small batches and may vary, so buy enough for a project at once.",
        "q2": ("Can I machine wash it?", "Yes, at 30 °C on a wool cycle, then dry it flat."),
        "faulty": [
            ("It is [[100 % merino]].", MAT, B, "75 % merino, 25 % nylon"),
            ("Sock yarn [[spun in Leeds]].", ORIG, B, "dyed by hand in Leeds; where it is spun is not given"),
            ("Harbour colourway [[in blue, green and grey]].", COL, B, "Harbour is a tonal deep blue"),
            ("A skein gives [[about 500 m]].", NUM, B, "about 400 m"),
            ("You can [[tumble dry it on low]].", CARE, B, "dry flat"),
            ("Every skein [[matches exactly]], batch to batch.", FEAT, B,
             "skeins from different batches may vary"),
            ("The yarn is [[hypoallergenic]].", HEALTH, B, "health claim"),
        ],
    },
    "L09": {
        "desc": ["At 80 cm, a little over 31 inches, it lets a cat stretch full length.",
                 "The rope is natural sisal, and the MDF base is covered in grey plush."],
        "pad": "A pom-pom toy hangs from the top.",
        "short": "80 cm sisal scratching post with a grey plush base.",
        "seo": "Tall sisal scratching post, 80 cm high, on a steady 40 x 40 cm base with a hanging toy.",
        "faq": "It screws together in minutes, and the tools are in the box.",
        "q2": ("Will it wobble?", "The 40 x 40 cm MDF base keeps it steady."),
        "faulty": [
            ("The base is [[solid pine]].", MAT, B, "the base is MDF covered in plush"),
            ("Sisal scratching post, [[80 cm wide]].", NUM, B, "80 cm is the height; the base is 40 x 40 cm"),
            ("Sisal scratching post [[in grey or beige]].", COL, B, "grey only"),
            ("[[Rabbits can use it too]].", COMPAT, W, "an invented use; the listing is for cats"),
            ("The sisal is [[infused with catnip]].", FEAT, B, "no catnip is mentioned"),
            ("Scratching post made of [[biodegradable]] materials.", ENV, B, "no environmental claim given"),
            ("[[Free delivery]] on this post.", SHIP, B, "no shipping terms are given"),
        ],
    },
    "L10": {
        "desc": ["It is certified to PAS 015:2011 and VG1 01.040 2014-12.",
                 "An ABS shell sits over an EPS liner, with six vents."],
        "pad": "A dial at the back adjusts the fit.",
        "short": "Vented navy riding helmet with an ABS shell, in three sizes.",
        "seo": "Riding helmet certified to VG1 and PAS 015, six vents, removable washable liner.",
        "faq": "Replace it after any fall, even if no damage shows.",
        "q2": ("Can I wash the liner?", "Yes, the liner comes out and is washable."),
        "faulty": [
            ("It is also certified to [[ASTM F1163]].", CERT, B, "certified to VG1 and PAS 015 only"),
            ("Riding helmet with [[eight vents]].", NUM, B, "six vents"),
            ("Vented riding helmet in sizes S to [[XL]].", SIZE, B, "sizes S, M and L"),
            ("It has a [[carbon fibre shell]].", MAT, B, "ABS shell"),
            ("It comes [[in black or navy]].", COL, B, "navy only"),
            ("[[The whole helmet is machine washable]].", CARE, B, "only the removable liner is washable"),
            ("It [[prevents concussion]].", HEALTH, B, "health claim"),
        ],
    },
    "L11": {
        "desc": ["Folded, it is 38 cm long, about 15 inches.",
                 "The aluminium legs have four sections and reach 150 cm with the column up."],
        "pad": "A carry bag comes with it.",
        "short": "Aluminium travel tripod, 150 cm tall at most, 1.4 kg.",
        "seo": "Travel tripod with a ball head and an Arca-Swiss compatible plate, 38 cm folded.",
        "faq": "It holds up to 8 kg and weighs 1.4 kg.",
        "q2": ("Does the plate fit Arca-Swiss clamps?", "Yes, the quick-release plate is Arca-Swiss compatible."),
        "faulty": [
            ("The legs are [[carbon fibre]].", MAT, B, "aluminium legs"),
            ("Travel tripod that [[folds to 30 cm]].", NUM, B, "folded length 38 cm"),
            ("Travel tripod with a [[Manfrotto]] ball head.", BRAND, B, "no head brand is given"),
            ("It holds [[up to 12 kg]].", NUM, B, "holds up to 8 kg"),
            ("One leg [[detaches as a monopod]].", FEAT, B, "no monopod leg is mentioned"),
            ("The plate [[fits every quick-release clamp]].", COMPAT, B, "Arca-Swiss compatible"),
        ],
    },
    "L12": {
        "desc": ["These paccheri are bronze-cut and slowly dried for 36 hours.",
                 "They are made in Gragnano, near Naples, and carry the PGI mark."],
        "pad": "They cook in 14 to 15 minutes.",
        "short": "Paccheri di Gragnano IGP trafilati al bronzo, 500 g, 3,40 €.",
        "seo": "Paccheri di semola di grano duro, essiccati lentamente per 36 ore.",
        "faq": "They contain gluten and may contain traces of soy.",
        "q2": ("How is it packed?", "In a 500 g paper pack."),
        "faulty": [
            ("They are [[gluten-free]].", HEALTH, B, "contiene glutine"),
            ("[[Pasta all'uovo]] di Gragnano, 500 g.", MAT, B, "durum wheat semolina and water; no egg"),
            ("Paccheri [[prodotti a Napoli]].", ORIG, B, "prodotta a Gragnano"),
            ("They are [[dried in the sun]].", FEAT, B, "slowly dried for 36 hours; no sun drying stated"),
            ("Cook them for [[8 minutes]].", NUM, B, "14-15 minutes"),
            ("Pasta [[biologica certificata]].", CERT, B, "IGP only; no organic certification"),
        ],
    },
    "L13": {
        "desc": ["This Marseille soap is 72 % oils, olive and coconut, cooked in a cauldron in Salon-de-Provence.",
                 "It is unscented and free of palm oil."],
        "pad": "The cube weighs 300 g.",
        "short": "Savon de Marseille 72 % d'huiles, cube de 300 g, 6,50 €.",
        "seo": "Savon de Marseille sans parfum, cuit au chaudron en Provence.",
        "faq": "It comes unwrapped, with no plastic packaging.",
        "q2": ("What can I use it for?", "Laundry, cleaning around the house and washing."),
        "faulty": [
            ("It is [[scented with lavender]].", FEAT, B, "sans parfum"),
            ("Savon [[fabriqué à Marseille]].", ORIG, B, "cuit au chaudron à Salon-de-Provence"),
            ("Savon de Marseille [[certifié bio par Ecocert]].", CERT, B, "no certification is given"),
            ("It [[cures eczema]].", HEALTH, B, "health claim"),
            ("The cube weighs [[500 g]].", NUM, B, "300 g"),
            ("[[Le meilleur savon de Provence]].", ABS, W, "unverifiable superlative"),
        ],
    },
    "L14": {
        "desc": ["The candle is pure beeswax, hand-poured in Freiburg im Breisgau.",
                 "It burns for about 40 hours on a cotton wick."],
        "pad": "It stands 20 cm tall and is 5 cm across.",
        "short": "Bienenwachskerze, 20 cm hoch, Brenndauer etwa 40 Stunden, 14,90 €.",
        "seo": "Handgegossene Kerze aus reinem Bienenwachs mit Baumwolldocht.",
        "faq": "Never leave it burning unattended.",
        "q2": ("Does it have a scent?", "Only a light natural honey scent."),
        "faulty": [
            ("It is [[a blend of beeswax and soy wax]].", MAT, B, "100 % beeswax"),
            ("Stumpenkerze mit [[20 cm Durchmesser]].", NUM, B, "20 cm is the height; the diameter is 5 cm"),
            ("Bienenwachskerze [[in Honiggelb, Weiß und Rot]].", COL, B, "honey yellow only"),
            ("It is [[hand-poured in Bavaria]].", ORIG, B, "hand-poured in Freiburg im Breisgau"),
            ("It [[purifies the air]] as it burns.", HEALTH, B, "health claim"),
            ("[[Klimaneutral]] hergestellte Kerze.", ENV, B, "no environmental claim given"),
        ],
    },
    "L15": {
        "desc": ["It is an aged farmhouse Gouda of raw cow's milk, matured for at least 12 months on the farm "
                 "near Reeuwijk.",
                 "48+ means 48 % fat in the dry matter."],
        "pad": "Keep it in the fridge at 4 to 7 °C.",
        "short": "Oude boerenkaas, ca. 500 g, vacuüm verpakt, € 12,95.",
        "seo": "Goudse boerenkaas van rauwe melk, minstens 12 maanden gerijpt.",
        "faq": "It is made from raw milk, so it is not suitable during pregnancy.",
        "q2": ("How does it arrive?", "Vacuum-packed, in a piece of about 500 g, a little over 1 lb."),
        "faulty": [
            ("It is [[made from pasteurised milk]].", FEAT, B, "rauwe koemelk (raw milk)"),
            ("Boerenkaas, [[6 maanden]] gerijpt.", NUM, B, "minstens 12 maanden"),
            ("Boerenkaas, [[veilig tijdens de zwangerschap]].", HEALTH, B,
             "niet geschikt voor zwangere vrouwen"),
            ("It is [[made in Friesland]].", ORIG, B, "matured on the farm near Reeuwijk"),
            ("It [[keeps for months out of the fridge]].", CARE, B, "bewaren in de koelkast, 4-7 °C"),
            ("Oude [[geitenkaas]] van de boerderij.", CAT, B, "a cow's milk Gouda, not goat's cheese"),
        ],
    },
    "L16": {
        "desc": ["It is 40 % red habanero, with cane vinegar, carrot, garlic and salt.",
                 "A teaspoon, 5 ml, is enough for one dish."],
        "pad": "It comes in a 150 ml glass jar.",
        "short": "Salsa de habanero rojo, frasco de vidrio de 150 ml, $89 MXN.",
        "seo": "Salsa de chile habanero elaborada a mano en Mérida, Yuc., México.",
        "faq": "It is very hot and has no artificial preservatives; keep it in the fridge once opened.",
        "q2": ("Where is it made?", "By hand in Mérida, Yucatán, Mexico."),
        "faulty": [
            ("[[A tablespoon]] is enough for one dish.", NUM, B, "a teaspoon (5 ml) is enough"),
            ("Salsa de habanero de [[picor suave]].", FEAT, B, "picor muy alto"),
            ("Salsa de habanero [[elaborada en Oaxaca]].", ORIG, B, "elaborada en Mérida, Yucatán"),
            ("It [[needs no refrigeration]] after opening.", CARE, B, "refrigerar después de abrir"),
            ("It is [[certified kosher]].", CERT, B, "no certification is given"),
            ("Salsa en [[frasco de plástico]] de 150 ml.", MAT, B, "frasco de vidrio"),
        ],
    },
    "L17": {
        "desc": ["Each horse is carved by hand from pine and painted by hand in Nusnäs, Dalarna.",
                 "It stands 13 cm tall, about 5 inches."],
        "pad": "Every horse is unique, so the pattern may differ slightly from the photo.",
        "short": "Röd dalahäst, 13 cm, 395 kr.",
        "seo": "Handmålad röd dalahäst av furu från Nusnäs i Dalarna.",
        "faq": "It is a decoration, not a toy for small children.",
        "q2": ("Is it Swedish?", "Yes, it is Swedish-made, carved and painted in Nusnäs."),
        "faulty": [
            ("It is [[carved from birch]].", MAT, B, "furu (pine)"),
            ("Dalahäst [[i rött, blått och vitt]].", COL, B, "röd only"),
            ("Dalahäst [[målad i Rättvik]].", ORIG, B, "målad i Nusnäs"),
            ("It is [[a safe first toy for toddlers]].", COMPAT, B,
             "a decoration, not a toy for small children"),
            ("It stands [[20 cm]] tall.", NUM, B, "13 cm"),
            ("[[Maskintillverkad]] dalahäst av furu.", FEAT, B, "snidad och målad för hand"),
        ],
    },
    "L18": {
        "desc": ["It is 100 % cotton, woven on a hand loom in Buldan, Denizli.",
                 "It measures 100 x 180 cm, about 39 x 71 inches."],
        "pad": "The ends are finished with tassels.",
        "short": "%100 pamuk peştemal, 100 x 180 cm, lacivert veya turkuaz.",
        "seo": "Buldan'da el tezgâhında dokunan pamuklu peştemal, 450 ₺.",
        "faq": "Wash it at 30 °C and keep it out of the tumble dryer; it may shed a little lint at first.",
        "q2": ("What colours are there?", "Two: navy (lacivert) and turquoise (turkuaz)."),
        "faulty": [
            ("It is [[a blend of cotton and bamboo]].", MAT, B, "100 % cotton"),
            ("Peştemal, [[150 x 200 cm]].", NUM, B, "100 x 180 cm"),
            ("[[Kırmızı]] pamuklu peştemal.", COL, B, "lacivert or turkuaz"),
            ("It is [[woven in Istanbul]].", ORIG, B, "woven in Buldan, Denizli"),
            ("It [[can go in the tumble dryer]].", CARE, B, "kurutma makinesine atmayın"),
            ("[[Ücretsiz kargo]] ile peştemal.", SHIP, B, "no shipping terms are given"),
        ],
    },
    "L19": {
        "desc": ["It makes about 4.5 litres, a little under 1.2 US gallons.",
                 "Bottles are not included, so keep about 13 bottles of 330 ml ready."],
        "pad": "A stick-on thermometer and a bottle filler are in the box.",
        "short": "Pale ale starter kit that makes about 4.5 litres, $59.",
        "seo": "Home brewing starter kit with a 5-litre glass demijohn, sanitiser and pale ale ingredients.",
        "faq": "It is for adults of legal drinking age only; expect about 5 % ABV.",
        "q2": ("How long until I can drink it?", "About four weeks."),
        "faulty": [
            ("[[Twelve glass bottles]] are included.", FEAT, B, "bottles not included"),
            ("Brewing kit that [[makes 10 litres]].", NUM, B, "makes about 4.5 litres"),
            ("Pale ale kit with a [[plastic fermenter]].", MAT, B, "a 5-litre glass demijohn"),
            ("It is [[a wine-making kit]].", CAT, B, "a pale ale (beer) brewing kit"),
            ("The kit is [[approved by CAMRA]].", CERT, B, "no approval is given"),
            ("[[Free next-day delivery]] on the kit.", SHIP, B, "no shipping terms are given"),
        ],
    },
    "L20": {
        "desc": ["A Japanese-made santoku with an 18 cm blade, about 7 inches.",
                 "The VG-10 core is clad in Damascus steel, 67 layers in all."],
        "pad": "It comes in a gift box.",
        "short": "18 cm VG-10 santoku forged in Seki, $149.",
        "seo": "Damascus santoku, 18 cm VG-10 blade, pakkawood handle, forged in Seki, Japan.",
        "faq": "Hand wash it and dry it straight away; it does not go in the dishwasher.",
        "q2": ("What is the handle made of?", "Octagonal pakkawood."),
        "faulty": [
            ("The handle is [[olive wood]].", MAT, B, "pakkawood handle"),
            ("Santoku with a [[21 cm]] blade.", NUM, B, "18 cm blade"),
            ("Damascus santoku [[hand-forged in Sakai]].", ORIG, B, "forged in Seki, Gifu"),
            ("It is [[dishwasher safe]].", CARE, B, "not for the dishwasher"),
            ("You can sharpen it with [[any pull-through sharpener]].", COMPAT, B, "whetstone only"),
            ("A [[Shun]] santoku.", BRAND, B, "the maker is Ridgeback Knives"),
        ],
    },
    "L21": {
        "desc": ["The app tracks use in kWh by day, week and month.",
                 "It works by voice with Google Home or Amazon Alexa, but not with Apple HomeKit."],
        "pad": "The app shows live power in watts.",
        "short": "Wi-Fi smart plug with kWh tracking, 19,95 €.",
        "seo": "Smart plug with energy monitoring, up to 3,680 W, works with Alexa and Google Home.",
        "faq": "It needs 2.4 GHz Wi-Fi; it will not join a 5 GHz network.",
        "q2": ("What is the maximum load?", "16 A, which is 3,680 W."),
        "faulty": [
            ("It [[works with Apple HomeKit]].", COMPAT, B, "not compatible with Apple HomeKit"),
            ("Smart plug, [[pack of two]].", NUM, B, "one plug per pack"),
            ("Smart plug with [[dual-band 2.4 and 5 GHz Wi-Fi]].", FEAT, B, "2.4 GHz only"),
            ("It is [[weatherproof for outdoor sockets]].", FEAT, B, "for indoor use"),
            ("It [[cuts your carbon footprint]].", ENV, B, "environmental claim not in the listing"),
            ("Smart plug with a [[five-year warranty]].", WARR, B, "no warranty is stated"),
        ],
    },
    "L22": {
        "desc": ["The fabric is 70 % bamboo viscose to 30 % cotton, seven parts to three.",
                 "Each swaddle is 120 cm square, about 47 inches."],
        "pad": "They soften with every wash.",
        "short": "Three muslin swaddles in Sage, Oat and Cloud, $42.",
        "seo": "Set of three 120 x 120 cm bamboo and cotton muslin swaddles, OEKO-TEX Standard 100.",
        "faq": "Machine wash them at 40 °C, and never cover a baby's face.",
        "q2": ("How many are in the set?", "Three, one of each colour."),
        "faulty": [
            ("The set has [[four swaddles]].", NUM, B, "three swaddles"),
            ("Muslin swaddles in [[100 % organic cotton]].", MAT, B, "70 % bamboo viscose, 30 % cotton"),
            ("Muslin swaddles, [[GOTS certified]].", CERT, B, "OEKO-TEX Standard 100 only"),
            ("They [[help babies sleep through the night]].", HEALTH, B, "health claim"),
            ("You can [[tumble dry them hot]].", CARE, B, "only machine wash at 40 °C is given"),
            ("Swaddles in [[Pink]], Oat and Cloud.", COL, B, "Sage, Oat and Cloud"),
        ],
    },
    "L23": {
        "desc": ["It weighs 16 kg, about 35 lb.",
                 "It is cast in one piece, so there are no welds or seams."],
        "pad": "The flat base keeps it upright on the floor.",
        "short": "16 kg cast iron kettlebell, powder-coated matt black.",
        "seo": "Solid cast iron 16 kg kettlebell with a 33 mm handle and a powder-coat grip.",
        "faq": "Use it on rubber mats, not bare floors.",
        "q2": ("Is the weight marked?", "Yes, in kg and lb on the side."),
        "faulty": [
            ("It is [[vinyl-coated]].", MAT, B, "powder-coated cast iron"),
            ("Cast iron kettlebell, [[16 lb]].", NUM, B, "16 kg, about 35 lb"),
            ("[[Adjustable]] cast iron kettlebell.", FEAT, B, "one fixed 16 kg weight"),
            ("It comes [[in black, red and yellow]].", COL, B, "matt black only"),
            ("It [[burns belly fat]].", HEALTH, B, "health claim"),
            ("[[The toughest kettlebell ever made]].", ABS, W, "unverifiable superlative"),
        ],
    },
    "L24": {
        "desc": ["Ten holes, twenty brass reeds, tuned to A = 442 Hz.",
                 "The comb is black ABS and the covers are stainless steel."],
        "pad": "It comes in a hard plastic case.",
        "short": "10-hole diatonic harmonica in C, $38.",
        "seo": "Diatonic harmonica in C with brass reeds, an ABS comb and stainless steel covers.",
        "faq": "Tap it dry after playing; do not rinse it.",
        "q2": ("What key is it in?", "C, the only key offered."),
        "faulty": [
            ("The comb is [[pear wood]].", MAT, B, "black ABS comb"),
            ("Diatonic harmonica [[in all 12 keys]].", SIZE, B, "C only"),
            ("10-hole [[chromatic]] harmonica in C.", CAT, B, "a diatonic harmonica"),
            ("[[Rinse it under the tap]] after playing.", CARE, B, "do not rinse"),
            ("It has [[Hohner]] reed plates.", BRAND, B, "the maker is Bluebird Reeds"),
            ("[[Loved by 5,000 players]].", SOCIAL, W, "unverifiable social proof"),
        ],
    },
    "L25": {
        "desc": ["It is water resistant to 10 ATM, which is 100 metres: fine for swimming, not for diving.",
                 "A Japanese quartz movement, the Miyota 2035, runs for about three years on a battery."],
        "pad": "The hands are luminous.",
        "short": "38 mm field watch with a sapphire crystal, $179.",
        "seo": "Field watch: 38 mm steel case, sapphire crystal, Miyota quartz, 10 ATM.",
        "faq": "It has a two-year warranty.",
        "q2": ("Can I change the strap?", "Yes, the 20 mm strap has quick-release pins."),
        "faulty": [
            ("It has a [[Swiss-made]] movement.", ORIG, B, "a Japanese quartz movement"),
            ("Field watch with a [[42 mm]] case.", NUM, B, "38 mm case"),
            ("Field watch with an [[automatic movement]].", FEAT, B, "quartz movement"),
            ("It is [[rated for scuba diving]].", FEAT, B, "not for diving"),
            ("The crystal is [[mineral glass]].", MAT, B, "sapphire crystal"),
            ("Field watch, [[guaranteed for life]].", WARR, B, "two-year warranty"),
        ],
    },
    "L26": {
        "desc": ["We come to homes within 15 miles of York city centre, about 24 km.",
                 "A tuning with a pitch raise costs £105: £75 plus £30."],
        "pad": "A standard tuning takes about an hour.",
        "short": "Home piano tuning around York, from £75.",
        "seo": "Piano tuning at home within 15 miles of York, UK: £75, pitch raise £30 extra.",
        "faq": "We do not service digital pianos or organs.",
        "q2": ("Do you fix sticking keys?", "Minor repairs such as sticking keys are quoted on the day."),
        "faulty": [
            ("We cover [[all of Yorkshire]].", FEAT, B, "within 15 miles of York city centre"),
            ("Home piano tuning, [[£60]].", PRICE, B, "£75"),
            ("Piano tuning, [[digital pianos welcome]].", COMPAT, B, "digital pianos are not serviced"),
            ("[[Repairs are included in the price]].", PRICE, B, "repairs are quoted on the day"),
            ("We are [[certified by the Piano Technicians Guild]].", CERT, B, "no certification is given"),
            ("[[Guaranteed in tune for two years]].", WARR, B, "no guarantee is given"),
        ],
    },
    "L27": {
        "desc": ["An olive wood spoon from Saltmarsh Home."],
        "pad": "It is priced at $14.",
        "short": "An olive wood spoon, $14.",
        "seo": "Olive wood spoon from Saltmarsh Home, $14.",
        "faq": "It is an olive wood spoon, sold for $14.",
        "q2": ("Who makes it?", "Saltmarsh Home."),
        "faulty": [
            ("It is [[carved in Tuscany]].", ORIG, B, "no origin is given"),
            ("Olive wood spoon, [[30 cm]] long.", NUM, B, "no length is given"),
            ("Olive wood spoon, [[dishwasher safe]].", CARE, B, "no care is given"),
            ("It has a [[dark walnut]] stain.", COL, W, "a colour on a listing with no colour"),
            ("It comes as [[a set of two]].", NUM, B, "one spoon"),
            ("A [[zero-waste]] olive wood spoon.", ENV, B, "no environmental claim given"),
        ],
    },
    "L28": {
        "desc": ["An enamel pin, 25 mm wide."],
        "pad": "It costs $10.",
        "short": "Enamel pin, 25 mm, $10.",
        "seo": "An enamel pin 25 mm wide, $10.",
        "faq": "It is an enamel pin 25 mm wide.",
        "q2": ("How wide is it?", "25 mm, about an inch."),
        "faulty": [
            ("The pin is [[gold-plated brass]] under the enamel.", MAT, B, "no metal is given"),
            ("Enamel pin, [[40 mm]] wide.", NUM, B, "25 mm wide"),
            ("Enamel pin [[by Pinforge]].", BRAND, B, "no maker is given"),
            ("It [[glows in the dark]].", FEAT, B, "no such feature is given"),
            ("It comes with [[a locking clutch]].", FEAT, B, "no clutch is described"),
            ("Enamel pin with [[free worldwide shipping]].", SHIP, B, "no shipping terms are given"),
        ],
    },
    "L29": {
        "desc": ["The set groups a 12-pan watercolour box, a size 8 round brush, an A5 cold-press pad and a "
                 "water brush pen.",
                 "Bought together, the four items come to $48."],
        "pad": "Each item is also sold on its own.",
        "short": "Watercolour starter items at $24, $7, $12 and $5.",
        "seo": "Watercolour starter set: 12 half pans, a size 8 synthetic brush, an A5 300 gsm cotton pad.",
        "faq": "The A5 pad has 20 sheets of 300 gsm, 100 % cotton cold-press paper.",
        "q2": ("Is the brush natural hair?", "No, it is synthetic sable."),
        "faulty": [
            ("The pad is [[A4]].", SIZE, B, "the pad is A5"),
            ("[[All four for $40]].", PRICE, B, "the items cost $24, $7, $12 and $5: $48 in all"),
            ("Watercolour set with [[24 half pans]].", NUM, B, "12 half pans"),
            ("The brush is [[kolinsky sable]].", MAT, B, "synthetic sable"),
            ("The paints are [[non-toxic and safe for toddlers]].", HEALTH, B, "health and safety claim"),
            ("Starter set with [[Sennelier]] paints.", BRAND, B, "no paint brand is given"),
        ],
    },
    "L30": {
        "desc": ["The shed is 2.4 x 1.8 m, which is 8 x 6 ft.",
                 "Our partner Hollins Garden Buildings delivers it flat-packed, and assembly is not included."],
        "pad": "The cladding is 12 mm tongue-and-groove spruce.",
        "short": "8 x 6 ft spruce apex shed, £649.",
        "seo": "8 x 6 ft garden shed in pressure-treated spruce, delivered flat-packed by Hollins.",
        "faq": "Hollins Garden Buildings handle delivery, returns and the 10-year anti-rot guarantee.",
        "q2": ("Does it come with a padlock?", "No, the door has a hasp, but the padlock is not included."),
        "faulty": [
            ("[[We deliver it ourselves]].", SHIP, B, "the partner Hollins delivers it"),
            ("Garden shed, [[10 x 8 ft]].", SIZE, B, "8 x 6 ft is the only size"),
            ("Spruce apex shed, [[assembly included]].", FEAT, B, "assembly is not included"),
            ("The roof is [[cedar shingle]].", MAT, B, "green mineral felt"),
            ("It has [[our own 15-year guarantee]].", WARR, B, "Hollins give a 10-year anti-rot guarantee"),
            ("Garden shed, [[2.1 m wide]].", NUM, B, "2.1 m is the ridge height; it is 2.4 x 1.8 m"),
        ],
    },
}


def _html(sentences):
    return "<p>" + html.escape(" ".join(sentences), quote=False) + "</p>"


def _serialise(kind, sentences, key, question=GENERAL_Q):
    listing = make_listings.LISTINGS[key]
    if kind in ("description", "short_description"):
        return _html(sentences)
    if kind == "seo":
        title = f"{listing['title']} | {listing['vendor']}" if listing["vendor"] else listing["title"]
        return json.dumps({"title": title, "description": " ".join(sentences)}, ensure_ascii=False)
    return json.dumps([{"question": question, "answer": " ".join(sentences)}], ensure_ascii=False)


def _strip_marks(marked):
    found = re.findall(r"\[\[(.+?)\]\]", marked)
    assert len(found) == 1, marked
    return marked.replace("[[", "").replace("]]", ""), found[0]


def _locate(kind, text, claim):
    if kind in ("description", "short_description"):
        stored = html.escape(claim, quote=False)
    else:
        stored = json.dumps(claim, ensure_ascii=False)[1:-1]
    start = text.find(stored)
    assert start != -1 and text.find(stored, start + 1) == -1, (text, claim)
    return start, start + len(stored), stored


def build():
    clean, faulty = [], []
    for key, h in H.items():
        assert not any("[[" in s for s in [*h["desc"], h["short"], h["seo"], h["faq"], *h["q2"]]), key
        for kind, sentences, question in (
            ("description", [*h["desc"], h["pad"]], GENERAL_Q),
            ("short_description", [h["short"]], GENERAL_Q),
            ("seo", [h["seo"]], GENERAL_Q),
            ("faq", [h["faq"]], GENERAL_Q),
            ("faq", [h["q2"][1]], h["q2"][0]),
        ):
            clean.append({"listing": key, "kind": kind, "labels": [],
                          "text": _serialise(kind, sentences, key, question)})
        for kind, (marked, rule, severity, why) in zip(FAULTY_KINDS, h["faulty"], strict=False):
            sentence, claim = _strip_marks(marked)
            sentences = [sentence, h["pad"]] if kind == "description" else [sentence]
            text = _serialise(kind, sentences, key)
            start, end, stored = _locate(kind, text, claim)
            faulty.append({"listing": key, "kind": kind, "text": text, "labels": [
                {"rule": rule, "start": start, "end": end, "claim": stored, "severity": severity, "why": why}]})
    return clean, faulty


if __name__ == "__main__":
    c, f = build()
    print(f"{len(c)} clean, {len(f)} faulty")
