"""Hand-written drafts of guardrails holdout v51: five clean drafts a listing and six or seven
faulty ones, each faulty draft with exactly one planted claim marked ``[[...]]``.

Faulty kinds: D description (the sentence, then the listing's true pad sentence), S short
description (the sentence alone), E SEO pair (the listing's own title and vendor, the sentence as
description), F one-answer FAQ to the general question.
"""

import html
import json
from typing import Any

import make_listings

GENERAL_Q = "Anything worth knowing before ordering?"
B, W = "block", "warn"
KINDS = {"D": "description", "S": "short_description", "E": "seo", "F": "faq"}
LISTINGS = make_listings.LISTINGS

MAT, NUM, FEA, ORI = "accuracy.material", "accuracy.number", "accuracy.feature", "accuracy.origin"
COL, CMP, SIZ, CAT = (
    "accuracy.colour",
    "accuracy.compatibility",
    "accuracy.size",
    "accuracy.category",
)
PRI, BRA, CER, CAR = "accuracy.price", "accuracy.brand", "accuracy.certification", "accuracy.care"
WAR, SHP, HEA = "accuracy.warranty", "compliance.shipping", "compliance.health"
ABS, ENV, SOC = "compliance.absolute", "compliance.environmental", "compliance.social_proof"

H: dict[str, dict[str, Any]] = {}

H["T01"] = dict(
    pad="Between hives, clean it by scorching it in the smoker or scrubbing it in washing soda.",
    desc=[
        "This flat hive tool has a curved scraper at one end and a hook for lifting frames at "
        "the other.",
        "It is forged from a single piece of 3 mm stainless steel and measures 26 cm, roughly "
        "10.2 in.",
    ],
    short="A 26 cm stainless steel hive tool with a scraper, a frame hook and a bright red grip.",
    seo="Forged stainless steel hive tool, 26 cm, with a frame-lifting hook. $16.",
    q="How do I spot it if I drop it in the grass?",
    a="The grip has a red powder coat, so it stands out against long grass.",
    faulty=[
        (
            "D",
            "The tool is forged from [[carbon spring steel]].",
            MAT,
            B,
            "The listing says stainless steel.",
        ),
        (
            "F",
            "The grip is coated in [[bright yellow]] powder so you can find it easily.",
            COL,
            B,
            "The grip is red.",
        ),
        (
            "E",
            "A hive tool [[forged in Solingen]] with a frame hook and a scraper.",
            ORI,
            B,
            "The listing gives no origin.",
        ),
        (
            "F",
            "It comes with [[a bee brush and a queen clip]] in the same pack.",
            FEA,
            B,
            "Invented extras; the listing sells the tool alone.",
        ),
        (
            "D",
            "It is [[dishwasher safe]], so cleaning up after inspections is easy.",
            CAR,
            B,
            "The listing's care is scorching or washing soda; no dishwasher.",
        ),
        (
            "S",
            "It fits [[Langstroth and Warré frames]] alike.",
            CMP,
            B,
            "The listing names no frame system.",
        ),
    ],
)
H["T02"] = dict(
    pad="Please note that nibs are not part of the order.",
    desc=[
        "This oblique holder is turned from cherry wood and sets the nib at the angle that "
        "pointed pen copperplate needs.",
        "It measures 19 cm, about 7.5 in, and suits right-handed writers.",
    ],
    short="A cherry wood oblique holder with an adjustable flange, £26 with nickel or £28 with "
    "brass.",
    seo="Cherry oblique pen holder, 19 cm, adjustable brass or nickel flange for Nikko G nibs.",
    q="Will it take a Leonardt Principal nib?",
    a="Yes, the adjustable flange takes most standard nibs, the Leonardt Principal and the "
    "Nikko G among them.",
    faulty=[
        (
            "D",
            "The holder is turned from [[walnut]] for a warm, smooth feel.",
            MAT,
            B,
            "The listing says cherry wood.",
        ),
        (
            "S",
            "It works for [[left-handed and right-handed]] writers alike.",
            FEA,
            B,
            "The listing says right-handed only.",
        ),
        (
            "F",
            "Each holder comes with [[three Nikko G nibs]] to get you started.",
            FEA,
            B,
            "Nibs are not included.",
        ),
        (
            "E",
            "Oblique pen holder with a brass flange, only [[£22]].",
            PRI,
            B,
            "The prices are £28 (brass) and £26 (nickel).",
        ),
        (
            "D",
            "The flange is cut to fit [[broad-edge italic nibs]] as well.",
            CMP,
            B,
            "The holder is for pointed pen nibs; broad-edge nibs are not named.",
        ),
        (
            "S",
            "[[Our best-selling holder, loved by over 5,000 calligraphers]].",
            SOC,
            W,
            "Unconfirmable social proof.",
        ),
        (
            "F",
            "It is [[the finest oblique holder money can buy]].",
            ABS,
            W,
            "Unprovable superlative.",
        ),
    ],
)
H["T03"] = dict(
    pad="It is made in our own workshop in Missoula, Montana.",
    desc=[
        "This arm guard is cut from vegetable-tanned cowhide and keeps string slap off the inner "
        "forearm.",
        "It is 18 cm long, about 7 in, and closes with three elastic straps on brass buckles.",
    ],
    short="A three-strap leather arm guard in tan or black, $30 for youth and $34 for adult sizes.",
    seo="Vegetable-tanned cowhide arm guard with brass buckles, made in Missoula, Montana.",
    q="Is there a smaller size for young archers?",
    a="Yes, it comes in a youth size at $30 as well as an adult size at $34.",
    faulty=[
        (
            "D",
            "It is cut from [[chrome-tanned suede]].",
            MAT,
            B,
            "The listing says vegetable-tanned cowhide.",
        ),
        (
            "S",
            "Available in tan, black and [[forest green]].",
            COL,
            B,
            "Only tan and black are offered.",
        ),
        (
            "E",
            "Three-strap arm guard [[made in León, Mexico]], with brass buckles.",
            ORI,
            B,
            "It is made in Missoula, Montana.",
        ),
        (
            "F",
            "The adult size is [[$30]], the same as the youth size.",
            PRI,
            B,
            "The adult size is $34; $30 is the youth price.",
        ),
        (
            "S",
            "It [[comes in an extra large size]] for broad forearms.",
            SIZ,
            B,
            "Only youth and adult sizes are offered.",
        ),
        (
            "F",
            "It [[also protects the chest from the string]].",
            FEA,
            B,
            "An arm guard for the inner forearm; no chest protection is described.",
        ),
    ],
)
H["T04"] = dict(
    pad="Please do not use it for throwing pots.",
    desc=[
        "This banding wheel turns by hand and is made for decorating, trimming and glazing.",
        "Its 23 cm cast iron head, about 9 in, spins on a sealed ball bearing.",
    ],
    short="A cast iron banding wheel with a 23 cm head on a sealed bearing, 4.5 kg in all, "
    "for €89.",
    seo="Hand banding wheel with a 23 cm cast iron head and heavy base, for glazing and trimming.",
    q="Will it stay put while I work?",
    a="It weighs 4.5 kg, about 9.9 lb, and the heavy cast iron base keeps it steady.",
    faulty=[
        ("D", "The turning head is [[cast aluminium]].", MAT, B, "The head is cast iron."),
        (
            "S",
            "A [[30 cm]] head gives room for large platters.",
            NUM,
            B,
            "The head is 23 cm across.",
        ),
        (
            "F",
            "It has [[a foot pedal for hands-free spinning]].",
            FEA,
            B,
            "Invented part; it turns by hand.",
        ),
        (
            "E",
            "Banding wheel [[strong enough for throwing]] and trimming.",
            FEA,
            B,
            "The listing says it is not for throwing.",
        ),
        (
            "D",
            "It is [[an electric potter's wheel]].",
            CAT,
            B,
            "It is a hand-turned banding wheel.",
        ),
        ("S", "The whole wheel weighs [[just 2 kg]].", NUM, B, "It weighs 4.5 kg."),
        (
            "F",
            "We offer [[a ten-year warranty]] on the bearing.",
            WAR,
            B,
            "The listing gives no warranty.",
        ),
    ],
)
H["T05"] = dict(
    pad="The hanging chain is included, but the pole has to be ordered separately.",
    desc=[
        "This hanging feeder has a clear polycarbonate tube and four feeding ports, each with "
        "its own perch.",
        "It holds 1.2 litres of mixed seed, about 2.5 US pints, and the base twists off for "
        "cleaning.",
    ],
    short="A four-port seed feeder with a copper-coloured aluminium roof, 38 cm tall, for £32.",
    seo="Four-port hanging seed feeder, 1.2 litre polycarbonate tube, aluminium roof.",
    q="How do I clean it?",
    a="Twist off the base to empty the tube and wash it.",
    faulty=[
        ("D", "The roof is [[solid copper]].", MAT, B, "The roof is copper-coloured aluminium."),
        (
            "S",
            "It holds [[3 litres]] of seed, so you fill it less often.",
            NUM,
            B,
            "It holds 1.2 litres.",
        ),
        ("E", "Hanging seed feeder with [[six ports]] and perches.", NUM, B, "It has four ports."),
        (
            "D",
            "The feeder is [[squirrel-proof]].",
            FEA,
            B,
            "Invented trait; nothing in the listing keeps squirrels out.",
        ),
        (
            "F",
            "The [[pole and ground spike]] come in the box.",
            FEA,
            B,
            "The pole is sold separately; no spike is mentioned.",
        ),
        (
            "S",
            "Its tube is [[recycled from ocean plastic]].",
            ENV,
            B,
            "Unsupported environmental claim.",
        ),
        (
            "F",
            "Every feeder [[ships free to any UK address]].",
            SHP,
            B,
            "The listing gives no shipping terms.",
        ),
    ],
)
H["T06"] = dict(
    pad="Wash the bristles in lukewarm soapy water and let it dry bristles down.",
    desc=[
        "This soft finishing brush has natural horsehair bristles set in a beech wood back.",
        "Use it after the dandy brush to lift the last of the dust and bring up the shine.",
    ],
    short="A horsehair finishing brush with a leather hand strap, $21 small or $24 large.",
    seo="Soft horsehair finishing brush on a beech back, in 17 cm and 21 cm sizes.",
    q="How long is the large brush?",
    a="The large brush is 21 cm long, about 8.3 in; the small one is 17 cm.",
    faulty=[
        (
            "D",
            "The bristles are [[goat hair]] for extra softness.",
            MAT,
            B,
            "The bristles are horsehair.",
        ),
        (
            "E",
            "Horsehair finishing brush, large [[25 cm]] size.",
            NUM,
            B,
            "The large brush is 21 cm.",
        ),
        (
            "F",
            "It [[helps clear up sweet itch and rain scald]].",
            HEA,
            B,
            "Health claim for a grooming brush.",
        ),
        ("D", "The hand strap is [[nylon webbing]].", MAT, B, "The hand strap is leather."),
        (
            "S",
            "Safe to [[wash in the machine at 40 °C]].",
            CAR,
            B,
            "The listing says lukewarm soapy water by hand.",
        ),
        (
            "F",
            "[[Used by Olympic dressage teams]] the world over.",
            SOC,
            W,
            "Unconfirmable social proof.",
        ),
    ],
)
H["T07"] = dict(
    pad="The chart is drawn for latitudes close to 50° north.",
    desc=[
        "Turn the disc to line up the date with the hour and it shows the stars above your "
        "horizon.",
        "It is 25 cm across, about 9.8 in, and printed on waterproof PVC.",
    ],
    short="A 25 cm planisphere for 50° north on waterproof PVC, with glow-in-the-dark lines, C$24.",
    seo="Rotating star chart for 50° N latitude, waterproof PVC, constellation lines that glow.",
    q="Can I use it when the grass is wet with dew?",
    a="Yes, it is printed on waterproof PVC.",
    faulty=[
        (
            "D",
            "It works at [[any latitude, north or south]].",
            CMP,
            B,
            "The chart is made for about 50° north.",
        ),
        ("S", "Printed on [[heavy card with a matte laminate]].", MAT, B, "It is printed on PVC."),
        ("E", "Planisphere [[40 cm]] across with glowing lines.", NUM, B, "It is 25 cm across."),
        (
            "F",
            "It also shows [[the planets' positions for the next ten years]].",
            FEA,
            B,
            "Invented feature.",
        ),
        ("D", "It was [[designed in Greenwich]].", ORI, B, "The listing gives no origin."),
        (
            "S",
            "The [[best star chart for beginners, bar none]].",
            ABS,
            W,
            "Unprovable superlative.",
        ),
        (
            "F",
            "It [[includes a red LED torch]] for reading it at night.",
            FEA,
            B,
            "Invented extra.",
        ),
    ],
)
H["T08"] = dict(
    pad="Readings are calibrated at 20 °C.",
    desc=[
        "This glass hydrometer reads specific gravity from 0.990 to 1.170, potential alcohol "
        "and Brix.",
        "It comes with a 250 ml plastic trial jar, about 8.5 fl oz, and a protective tube.",
    ],
    short="A triple-scale glass hydrometer and 250 ml trial jar for home brewers, A$22.",
    seo="Triple scale hydrometer for beer and wine, SG 0.990-1.170, with trial jar.",
    q="What does it come in?",
    a="It is supplied in a protective tube, with the trial jar alongside.",
    faulty=[
        ("D", "The trial jar is [[borosilicate glass]].", MAT, B, "The trial jar is plastic."),
        (
            "S",
            "Calibrated at [[15 °C]] for cellar-temperature readings.",
            NUM,
            B,
            "It is calibrated at 20 °C.",
        ),
        ("E", "Hydrometer with [[four scales]] and a trial jar.", NUM, B, "It has three scales."),
        (
            "F",
            "It reads [[sugar in honey and maple syrup]] as well.",
            CMP,
            B,
            "Its range stops at 1.170; syrups and honey are not named.",
        ),
        (
            "D",
            "It is [[a digital refractometer]] for brewers.",
            CAT,
            B,
            "It is a glass hydrometer.",
        ),
        ("S", "[[NATA certified]] for accuracy.", CER, B, "No certification in the listing."),
        ("F", "Each hydrometer is [[shatterproof]].", FEA, B, "It is glass; invented trait."),
    ],
)
H["T09"] = dict(
    pad="The price is for a single block.",
    desc=[
        "This firm block is made of natural cork with rounded edges.",
        "It measures 23 x 15 x 7.5 cm, roughly 9 x 6 x 3 in.",
    ],
    short="A natural cork yoga block, 23 x 15 x 7.5 cm, that grips even with damp hands, $19.",
    seo="Firm natural cork yoga block with rounded edges, 23 x 15 x 7.5 cm.",
    q="How heavy is it?",
    a="It weighs 650 g, about 1.4 lb.",
    faulty=[
        (
            "S",
            "Sold as [[a pair]] so you can use one under each hand.",
            NUM,
            B,
            "It is sold singly.",
        ),
        (
            "D",
            "The block is [[cork laminated over a foam core]].",
            MAT,
            B,
            "The block is natural cork.",
        ),
        (
            "E",
            "Natural cork yoga block by [[Manduka]].",
            BRA,
            B,
            "The vendor is Stillwater Yoga Co.",
        ),
        (
            "F",
            "It is [[antibacterial and mould-proof]].",
            FEA,
            W,
            "Invented trait; nothing in the listing says so.",
        ),
        ("S", "[[Shipped free within 24 hours]].", SHP, B, "The listing gives no shipping terms."),
        ("F", "It [[eases lower back pain]] in seated poses.", HEA, B, "Health claim."),
    ],
)
H["T10"] = dict(
    pad="Each lead is stitched by hand in Walsall.",
    desc=[
        "This lead is rolled from bridle leather and fastens with a solid brass trigger hook.",
        "It is 120 cm long, close to 4 ft, and 10 mm thick.",
    ],
    short="A rolled bridle leather dog lead with a padded handle, in chestnut or black, £36.",
    seo="Hand-stitched rolled leather lead, 120 cm, solid brass hook, for medium and large dogs.",
    q="Which dogs is it meant for?",
    a="It is made for medium and large dogs.",
    faulty=[
        ("D", "The trigger hook is [[chrome-plated zinc]].", MAT, B, "The hook is solid brass."),
        (
            "S",
            "Available in chestnut, black and [[oxblood red]].",
            COL,
            B,
            "Only chestnut and black are offered.",
        ),
        ("E", "Rolled leather dog lead, [[180 cm]] long.", NUM, B, "It is 120 cm long."),
        ("F", "The black lead costs [[£32]].", PRI, B, "Both colours are £36."),
        (
            "D",
            "It is [[made for toy breeds and small puppies]].",
            CMP,
            B,
            "It is for medium and large dogs.",
        ),
        ("S", "[[Crafted in Florence]] by saddlers.", ORI, B, "It is stitched in Walsall."),
        (
            "F",
            "[[Guaranteed for life]] against breakage.",
            WAR,
            B,
            "The listing gives no guarantee.",
        ),
    ],
)
H["T11"] = dict(
    pad="It should be washed by hand only.",
    desc=[
        "This pure wool blanket is woven on a loom in Drefach Felindre.",
        "Its double tapestry pattern is in grey and mustard, and it measures 150 x 200 cm, "
        "roughly 59 x 79 in.",
    ],
    short="Blanced wlân pur mewn patrwm tapestri llwyd a mwstard, 150 x 200 cm.",
    seo="Blanced tapestri o wlân pur, wedi'i gwehyddu yn Nrefach Felindre.",
    q="What colours is it?",
    a="The tapestry pattern is grey and mustard.",
    faulty=[
        (
            "D",
            "It is woven from [[a wool and acrylic blend]].",
            MAT,
            B,
            "The listing says pure wool (gwlân pur).",
        ),
        (
            "S",
            "Wedi'i gwehyddu [[yng Nghaerdydd]].",
            ORI,
            B,
            "Woven in Cardiff; the listing says Drefach Felindre.",
        ),
        (
            "E",
            "Blanced tapestri [[glas a gwyn]].",
            COL,
            B,
            "Blue and white; the listing says grey and mustard.",
        ),
        ("F", "It is [[machine washable at 30 °C]].", CAR, B, "The listing says hand wash only."),
        ("D", "The blanket measures [[200 x 250 cm]].", NUM, B, "It is 150 x 200 cm."),
        (
            "S",
            "[[Danfon am ddim]] i bob cwr o Gymru.",
            SHP,
            B,
            "Free delivery across Wales; no shipping terms given.",
        ),
        (
            "F",
            "[[Voted Wales's favourite blanket]] by our customers.",
            SOC,
            W,
            "Unconfirmable social proof.",
        ),
    ],
)
H["T12"] = dict(
    pad="The vase is unglazed, so it must not be filled with water.",
    desc=[
        "This black ceramic vase is thrown by hand and fired in a wood kiln in Kėdainiai.",
        "It stands 22 cm tall, about 8.7 in.",
    ],
    short="Rankomis žiesta juodosios keramikos vaza, 22 cm aukščio.",
    seo="Juodosios keramikos vaza iš Kėdainių, degta malkine krosnimi, 48 €.",
    q="Can I put fresh flowers in it?",
    a="Not with water: the vase is unglazed, so water must not go in it.",
    faulty=[
        (
            "F",
            "It is [[glazed inside, so it can hold water]].",
            FEA,
            B,
            "The listing says unglazed and not for water.",
        ),
        (
            "D",
            "It is [[cast in a mould]] for a perfectly even shape.",
            FEA,
            B,
            "It is thrown by hand on the wheel.",
        ),
        ("S", "[[Pagaminta Vilniuje]].", ORI, B, "Made in Vilnius; the listing says Kėdainiai."),
        ("E", "Juodosios keramikos vaza, [[35 cm]] aukščio.", NUM, B, "It is 22 cm tall."),
        (
            "D",
            "It is fired in [[an electric kiln]] for an even black finish.",
            FEA,
            B,
            "It is fired in a wood kiln.",
        ),
        (
            "S",
            "[[Tinka plauti indaplovėje]].",
            CAR,
            B,
            "Dishwasher safe; the listing gives no such care and the vase takes no water.",
        ),
    ],
)
H["T13"] = dict(
    pad="It is not for frying; use it on salads and soups.",
    desc=[
        "This pumpkin seed oil is pressed from roasted seeds on our farm near Ptuj.",
        "The bottle holds 500 ml, about 17 fl oz.",
    ],
    short="Bučno olje iz praženih semen, 500 ml, s kmetije pri Ptuju.",
    seo="Štajersko bučno olje v steklenici 500 ml, za solate in juhe.",
    q="Can I cook with it?",
    a="Not for frying: pour it over salads and soups instead.",
    faulty=[
        ("D", "It is [[cold-pressed from raw seeds]].", FEA, B, "The seeds are roasted."),
        ("E", "Bučno olje, steklenica [[1 liter]].", NUM, B, "The bottle is 500 ml."),
        ("F", "The oil [[lowers cholesterol]] when taken daily.", HEA, B, "Health claim."),
        ("D", "It carries [[the EU organic leaf]].", CER, B, "No certification in the listing."),
        (
            "S",
            "Stisnjeno v [[Prekmurju]].",
            ORI,
            B,
            "Pressed in Prekmurje; the listing says near Ptuj.",
        ),
        (
            "F",
            "Each bottle [[ships free across the EU]].",
            SHP,
            B,
            "The listing gives no shipping terms.",
        ),
    ],
)
H["T14"] = dict(
    pad="Wash it by hand in cold water.",
    desc=[
        "This silk selendang carries a hand-drawn batik tulis pattern of mega mendung clouds, "
        "made in Cirebon.",
        "It measures 180 x 50 cm, about 71 x 20 in.",
    ],
    short="Selendang sutra batik tulis motif mega mendung, biru dan merah, 180 x 50 cm.",
    seo="Selendang batik tulis sutra dari Cirebon, motif mega mendung.",
    q="Is the pattern printed?",
    a="No, the batik is drawn by hand (batik tulis).",
    faulty=[
        (
            "D",
            "The batik is [[stamped with a copper cap]] for even repeats.",
            FEA,
            B,
            "Batik tulis is drawn by hand.",
        ),
        ("S", "Dibuat di [[Yogyakarta]].", ORI, B, "Made in Yogyakarta; the listing says Cirebon."),
        (
            "E",
            "Selendang batik [[katun]] motif mega mendung.",
            MAT,
            B,
            "Cotton; the listing says silk.",
        ),
        ("F", "It is dyed in [[green and gold]].", COL, B, "The colours are blue and red."),
        (
            "D",
            "It is [[machine washable]] on a gentle cycle.",
            CAR,
            B,
            "The listing says hand wash in cold water.",
        ),
        ("S", "Ukuran [[200 x 100 cm]].", NUM, B, "It is 180 x 50 cm."),
    ],
)
H["T15"] = dict(
    pad="Rub a sachet between your hands to refresh the scent.",
    desc=[
        "Three cotton sachets are filled with dried lavender flowers picked by hand on Hvar.",
        "Each holds 20 g of lavender, about 0.7 oz, and keeps its scent for around six months.",
    ],
    short="Tri pamučne vrećice s lavandom s Hvara, 20 g u svakoj, 12 €.",
    seo="Set od tri vrećice suhe lavande, ručno ubrane na Hvaru.",
    q="How long does the scent last?",
    a="Around six months; rubbing the sachet brings it back.",
    faulty=[
        ("D", "The sachets are sewn from [[pure linen]].", MAT, B, "The sachets are cotton."),
        ("S", "Set od [[pet vrećica]].", NUM, B, "Five sachets; the set has three."),
        (
            "E",
            "Lavanda [[iz Provanse]] u pamučnim vrećicama.",
            ORI,
            B,
            "From Provence; the lavender is from Hvar.",
        ),
        (
            "F",
            "The scent [[lasts up to three years]].",
            NUM,
            B,
            "The listing says about six months.",
        ),
        (
            "D",
            "The lavender [[helps you fall asleep and eases headaches]].",
            HEA,
            B,
            "Health claim.",
        ),
        (
            "F",
            "It [[keeps moths away for good]].",
            FEA,
            W,
            "Invented use; the listing never mentions moths.",
        ),
    ],
)
H["T16"] = dict(
    pad="Wash them by hand in lukewarm water.",
    desc=[
        "These slippers are felted by hand from Finnish sheep's wool and made in Kuopio.",
        "A latex coating on the sole keeps them from slipping.",
    ],
    short="Harmaat villatossut Kuopiosta, käsin huovutetut, 59 €.",
    seo="Käsin huovutetut villatossut suomalaisesta lampaanvillasta, liukuesteellä.",
    q="What sizes are there?",
    a="Four: 36-37, 38-39, 40-41 and 42-43.",
    faulty=[
        (
            "D",
            "The soles are [[stitched leather]].",
            MAT,
            B,
            "The sole has a latex anti-slip coating.",
        ),
        ("S", "Saatavana myös [[koossa 44-45]].", SIZ, B, "Size 44-45 is not offered."),
        ("E", "Villatossut, väri [[punainen]].", COL, B, "Red; the listing says grey."),
        (
            "F",
            "They are made in [[Estonia]] from Finnish wool.",
            ORI,
            B,
            "They are made in Kuopio.",
        ),
        (
            "S",
            "[[Konepestävät]] 40 asteessa.",
            CAR,
            B,
            "Machine washable; the listing says hand wash.",
        ),
        (
            "F",
            "They are made [[carbon neutral]] from start to finish.",
            ENV,
            B,
            "Unsupported environmental claim.",
        ),
    ],
)
H["T17"] = dict(
    pad="It suits waves up to head high.",
    desc=[
        "This 7 ft straight leash, about 2.1 m, is made for shortboards and fish.",
        "Its 6 mm urethane cord runs between double stainless steel swivels and a padded "
        "neoprene cuff.",
    ],
    short="A 7 ft straight surf leash with a quick-release ankle cuff, in black or teal, A$45.",
    seo="7 ft shortboard leash, 6 mm urethane cord, double stainless swivels.",
    q="Can I get it off quickly in a wipeout?",
    a="Yes, the ankle cuff has a quick-release tab.",
    faulty=[
        ("D", "It is [[the toughest leash you will ever own]].", ABS, W, "Unprovable superlative."),
        (
            "S",
            "Rated for [[double-overhead waves]].",
            FEA,
            B,
            "The listing says waves up to head high.",
        ),
        (
            "E",
            "Straight surf leash for [[longboards and SUPs]].",
            CMP,
            B,
            "It is for shortboards and fish.",
        ),
        ("F", "It comes with [[a spare cord and a wax comb]].", FEA, B, "Invented extras."),
        (
            "D",
            "The swivels are [[anodised aluminium]].",
            MAT,
            B,
            "The swivels are stainless steel.",
        ),
        ("F", "[[Ridden by world tour surfers]].", SOC, W, "Unconfirmable social proof."),
    ],
)
H["T18"] = dict(
    pad="The rubber backing lies flat and the mat rolls up for storage.",
    desc=[
        "This putting mat is 3 m long and 50 cm wide, close to 10 ft by 20 in.",
        "Its tight nylon turf rolls at about 10 on the Stimpmeter, and alignment lines run "
        "every 50 cm.",
    ],
    short="A 3 m indoor putting mat with a regulation cup and ball return, $79.",
    seo="Indoor putting mat 300 x 50 cm, nylon turf, regulation cup with ball return.",
    q="How fast does it roll?",
    a="About 10 on the Stimpmeter, from its tight nylon turf.",
    faulty=[
        (
            "D",
            "It has [[three cups]] of different sizes.",
            NUM,
            B,
            "It has one regulation-size cup.",
        ),
        ("S", "The turf is [[polypropylene]].", MAT, B, "The turf is nylon."),
        (
            "E",
            "Putting mat that rolls at [[13 on the Stimpmeter]].",
            NUM,
            B,
            "It rolls at about 10.",
        ),
        (
            "F",
            "It [[plugs in to power the ball return]].",
            FEA,
            B,
            "Invented feature; the return is a ramp.",
        ),
        (
            "D",
            "It is [[made from recycled tyres]], backing and all.",
            ENV,
            B,
            "Unsupported environmental claim.",
        ),
        (
            "S",
            "[[The most accurate putting mat on the market]].",
            ABS,
            W,
            "Unprovable superlative.",
        ),
        (
            "F",
            "It is [[approved by the PGA]] for practice.",
            CER,
            B,
            "No approval or certification in the listing.",
        ),
    ],
)
H["T19"] = dict(
    pad="Machine wash them at 30 °C.",
    desc=[
        "Two swaddles of organic cotton muslin come in each pack, and they soften with every wash.",
        "Each measures 120 x 120 cm, about 47 in square.",
    ],
    short="A pack of two GOTS certified organic cotton muslin swaddles, $32.",
    seo="Organic cotton muslin swaddles, pack of 2, 120 x 120 cm, Sage Leaves or Oat Dots print.",
    q="Which prints can I choose?",
    a="Sage Leaves or Oat Dots.",
    faulty=[
        (
            "D",
            "The muslin is a [[bamboo and cotton blend]].",
            MAT,
            B,
            "The muslin is organic cotton.",
        ),
        ("S", "A pack of [[three]] swaddles.", NUM, B, "The pack has two."),
        (
            "E",
            "Muslin swaddles in a [[Rainbow Stripe]] print.",
            COL,
            B,
            "The prints are Sage Leaves and Oat Dots.",
        ),
        ("F", "They [[help prevent colic and reflux]].", HEA, B, "Health claim."),
        (
            "S",
            "[[Tumble dry on high]] to keep them soft.",
            CAR,
            B,
            "Invented care; the listing gives machine wash at 30 °C only.",
        ),
        (
            "F",
            "They are [[dyed with zero-waste plant dyes]].",
            ENV,
            B,
            "Unsupported environmental claim.",
        ),
    ],
)
H["T20"] = dict(
    pad="Split rings come with it for cameras with split-ring lugs.",
    desc=[
        "This 38 mm strap, about 1.5 in wide, is made of waxed cotton canvas with leather ends.",
        "It adjusts from 95 to 145 cm and carries up to 2 kg, a little under 4.5 lb.",
    ],
    short="A padded waxed canvas camera strap in olive or navy, $42.",
    seo="Waxed canvas camera strap, 38 mm, padded shoulder, adjusts 95-145 cm.",
    q="How much weight can it carry?",
    a="Up to 2 kg.",
    faulty=[
        ("D", "It carries up to [[5 kg]] of camera and lens.", NUM, B, "It holds up to 2 kg."),
        ("S", "The ends are [[vegan leather]].", MAT, B, "The ends are leather."),
        (
            "E",
            "Waxed canvas strap with [[Peak Design]] anchor links.",
            BRA,
            B,
            "Invented brand; the listing names none.",
        ),
        (
            "F",
            "It fits cameras with [[triangle rings and slot lugs]].",
            CMP,
            B,
            "It is for split-ring lugs.",
        ),
        ("D", "It is [[sewn in Portland, Oregon]].", ORI, B, "The listing gives no origin."),
        ("S", "[[Lifetime warranty]] on the stitching.", WAR, B, "The listing gives no warranty."),
        (
            "F",
            "Available in olive, navy and [[mustard]].",
            COL,
            B,
            "Only olive and navy are offered.",
        ),
    ],
)
H["T21"] = dict(
    pad="It is for ages 12 and up.",
    desc=[
        "This 1000-piece jigsaw shows a painted harbour at dusk.",
        "Finished, it measures 68 x 48 cm, about 27 x 19 in, and a poster of the picture is in "
        "the box.",
    ],
    short="A 1000-piece harbour-at-dusk jigsaw on 2 mm recycled board, £22.",
    seo="1000-piece jigsaw of a harbour at dusk, 68 x 48 cm, poster included.",
    q="Is there a picture to work from?",
    a="Yes, a poster of the picture comes in the box.",
    faulty=[
        ("E", "The pieces are [[wooden]].", MAT, B, "The pieces are recycled board."),
        ("S", "A [[500-piece]] puzzle for a relaxed evening.", NUM, B, "It has 1000 pieces."),
        (
            "E",
            "Harbour jigsaw [[suitable for ages 5 and up]].",
            FEA,
            B,
            "The listing says ages 12 and up.",
        ),
        ("F", "Finished, it is [[100 x 70 cm]].", NUM, B, "It is 68 x 48 cm."),
        (
            "D",
            "It is made for us by [[Ravensburger]].",
            BRA,
            B,
            "Invented maker; the vendor is Cornerpiece Puzzles.",
        ),
        (
            "S",
            "[[Missing pieces replaced free for life]].",
            WAR,
            B,
            "The listing gives no guarantee.",
        ),
        ("F", "[[Over 10,000 sold this year]].", SOC, W, "Unconfirmable social proof."),
    ],
)
H["T22"] = dict(
    pad="The zipped chest pocket holds a key and a couple of cards.",
    desc=[
        "This light mesh vest is fluorescent yellow, with reflective bands on the front and back.",
        "It weighs 90 g, about 3.2 oz, and the elastic waist adjusts.",
    ],
    short="A fluorescent yellow reflective running vest in S/M or L/XL, €29.",
    seo="Hi-vis mesh running vest with reflective bands and a zipped chest pocket, 90 g.",
    q="What sizes does it come in?",
    a="S/M and L/XL.",
    faulty=[
        (
            "S",
            "The pocket [[fits a large smartphone]].",
            FEA,
            B,
            "The pocket takes a key and cards.",
        ),
        (
            "E",
            "Reflective running vest in [[fluorescent orange]].",
            COL,
            B,
            "It is fluorescent yellow.",
        ),
        ("F", "Sizes run from [[XS to XXL]].", SIZ, B, "The sizes are S/M and L/XL."),
        ("D", "The mesh is [[merino wool]].", MAT, B, "The mesh is polyester."),
        (
            "S",
            "[[Meets EN ISO 20471 class 2]].",
            CER,
            B,
            "No standard or certification in the listing.",
        ),
        ("F", "The reflective bands are [[3M Scotchlite]].", BRA, B, "Invented brand."),
    ],
)
H["T23"] = dict(
    pad="It comes with one filter; refill packs of three are extra.",
    desc=[
        "This 5 litre caddy, about 1.3 US gallons, is made of powder-coated steel with a hinged "
        "lid.",
        "A replaceable charcoal filter keeps smells in.",
    ],
    short="A 5 litre steel compost caddy with a charcoal filter, in charcoal or cream, £26.",
    seo="5 L kitchen compost caddy, powder-coated steel, hinged lid and charcoal filter.",
    q="Can it go in the dishwasher?",
    a="No, wipe it clean instead.",
    faulty=[
        (
            "D",
            "It is [[dishwasher safe]] on the top rack.",
            CAR,
            B,
            "The listing says not dishwasher safe.",
        ),
        ("S", "A caddy of [[brushed stainless steel]].", MAT, B, "It is powder-coated steel."),
        ("E", "Compost caddy, [[7 litre]], with charcoal filter.", NUM, B, "It holds 5 litres."),
        ("F", "It comes with [[a year's supply of filters]].", FEA, B, "One filter is included."),
        (
            "D",
            "It is made of [[recycled steel]] to cut waste.",
            ENV,
            B,
            "Unsupported environmental claim.",
        ),
        ("S", "It fits [[BioBag 6 litre liners]].", CMP, B, "The listing names no liners."),
        (
            "F",
            "Available in charcoal, cream and [[sage green]].",
            COL,
            B,
            "Only charcoal and cream are offered.",
        ),
    ],
)
H["T24"] = dict(
    pad="It is not frost proof, so bring it inside over winter.",
    desc=[
        "This unglazed terracotta pot has a drainage hole and comes with a matching saucer.",
        "It is made in Impruneta, Italy.",
    ],
    short="An unglazed terracotta pot and saucer, $14 for 13 cm or $18 for 17 cm.",
    seo="Unglazed Impruneta terracotta pot with drainage hole and saucer, 13 or 17 cm.",
    q="Does it have a drainage hole?",
    a="Yes, and a matching saucer catches the water.",
    faulty=[
        (
            "F",
            "It is [[frost proof]], so it can stay outside all winter.",
            FEA,
            B,
            "The listing says it is not frost proof.",
        ),
        ("S", "Made in [[Seville, Spain]].", ORI, B, "It is made in Impruneta, Italy."),
        ("E", "Terracotta pot and saucer, [[25 cm]].", SIZ, B, "Only 13 cm and 17 cm are offered."),
        (
            "D",
            "The 17 cm pot costs [[$14]].",
            PRI,
            B,
            "The 17 cm pot is $18; $14 is the 13 cm price.",
        ),
        (
            "S",
            "A [[self-watering planter]] in terracotta.",
            CAT,
            B,
            "It is a plain pot with a drainage hole and saucer.",
        ),
        (
            "F",
            "[[Free shipping on orders of two or more pots]].",
            SHP,
            B,
            "The listing gives no shipping terms.",
        ),
    ],
)
H["T25"] = dict(
    pad="Each pair is matched for weight and pitch.",
    desc=[
        "These 5A sticks are turned from American hickory, with a wood teardrop tip.",
        "Each stick is 406 mm long, about 16 in.",
    ],
    short="Two pairs of 5A hickory drumsticks with wood teardrop tips, $26.",
    seo="5A American hickory drumsticks, 406 mm, wood tip, two matched pairs.",
    q="Is the grip lacquered?",
    a="No, the grip is left unlacquered.",
    faulty=[
        ("D", "They are turned from [[Japanese white oak]].", MAT, B, "They are American hickory."),
        ("S", "[[Nylon tips]] for a bright cymbal sound.", MAT, B, "The tips are wood."),
        ("E", "Hickory drumsticks, size [[7A]].", SIZ, B, "They are 5A."),
        ("F", "The pack holds [[four pairs]].", NUM, B, "The pack holds two pairs."),
        ("D", "They are made for Rimshot Works by [[Vic Firth]].", BRA, B, "Invented maker."),
        ("E", "Each stick is [[420 mm]] long.", NUM, B, "They are 406 mm long."),
        (
            "F",
            "[[Drummers everywhere call them the best 5A going]].",
            SOC,
            W,
            "Unconfirmable social proof.",
        ),
    ],
)
H["T26"] = dict(
    pad="Return postage by tracked courier costs £8.",
    desc=[
        "Send us welted leather shoes and we fit new soles and heels, in leather or rubber.",
        "We send them back within three weeks of arrival.",
    ],
    short="Shoe resoling by post: £65 with leather soles or £55 with rubber.",
    seo="Postal resoling for welted leather shoes, leather or rubber soles, back within three "
    "weeks.",
    q="Can you resole my trainers?",
    a="Not glued (cemented) trainers; we resole welted leather shoes.",
    faulty=[
        ("D", "Rubber soles cost [[£65]], the same as leather.", PRI, B, "Rubber soles are £55."),
        (
            "S",
            "We resole [[glued trainers and boots of every kind]].",
            CMP,
            B,
            "The listing says glued (cemented) trainers cannot be resoled.",
        ),
        (
            "E",
            "Shoe resoling by post, [[returned within five days]].",
            SHP,
            B,
            "The listing says within three weeks.",
        ),
        ("F", "[[Return postage is free]] on every repair.", SHP, B, "Return postage is £8."),
        ("D", "We also [[repair handbags and belts]].", CAT, B, "The service is shoe resoling."),
        ("S", "[[Vibram]] soles fitted as standard.", BRA, B, "Invented brand."),
        (
            "F",
            "Every resole carries [[a two-year guarantee]].",
            WAR,
            B,
            "The listing gives no guarantee.",
        ),
    ],
)
H["T27"] = dict(
    pad="This beanie is ribbed wool.",
    desc=["A ribbed wool beanie for $20."],
    short="A ribbed wool beanie, $20.",
    seo="Ribbed wool beanie for $20.",
    q="What is it made of?",
    a="Wool, in a ribbed knit.",
    faulty=[
        ("D", "It is knitted from [[100% cashmere]].", MAT, B, "The title says wool."),
        ("S", "A ribbed beanie in [[heather grey]].", COL, W, "The listing names no colour."),
        ("E", "Ribbed wool beanie, [[made in Ireland]].", ORI, B, "The listing gives no origin."),
        ("F", "One size that [[fits heads 54-62 cm]].", SIZ, B, "The listing gives no size."),
        ("D", "It has [[a faux-fur pompom]] on top.", FEA, B, "Invented feature."),
        (
            "S",
            "Knitted from [[organic wool]].",
            CER,
            B,
            "No organic claim appears anywhere in the listing.",
        ),
    ],
)
H["T28"] = dict(
    pad="The set has five hangers made of beech.",
    desc=["Five wooden coat hangers in beech, €15 for the set."],
    short="A set of five beech coat hangers, €15.",
    seo="Set of 5 wooden coat hangers in beech.",
    q="How many hangers are in the set?",
    a="Five, all beech.",
    faulty=[
        ("S", "A set of [[ten]] beech hangers.", NUM, B, "The set has five."),
        (
            "D",
            "Each one has [[a trouser bar and notches for straps]].",
            FEA,
            B,
            "Invented feature.",
        ),
        ("E", "Wooden coat hangers in [[walnut]].", MAT, B, "The wood is beech."),
        ("F", "They hold coats [[up to 20 kg]].", NUM, B, "Invented figure."),
        ("D", "[[The only hangers you will ever need]].", ABS, W, "Unprovable absolute."),
        ("S", "[[FSC certified]] beech.", CER, B, "No certification in the listing."),
    ],
)
H["T29"] = dict(
    pad="Razor blades are not included.",
    desc=[
        "The set gathers a double edge safety razor, a synthetic shaving brush and a stoneware "
        "lather bowl.",
        "Every piece can also be bought by itself: the razor is $38, the brush $22 and the "
        "bowl $16.",
    ],
    short="Three wet shaving pieces, $76 as a set: razor, synthetic brush and stoneware bowl.",
    seo="Wet shaving starter set: double edge safety razor, synthetic brush, stoneware lather "
    "bowl.",
    q="How big is the brush knot?",
    a="24 mm, in synthetic fibre.",
    faulty=[
        ("D", "The brush is [[badger hair]].", MAT, B, "The brush is synthetic fibre."),
        ("S", "[[Ten razor blades]] come in the box.", FEA, B, "Razor blades are not included."),
        (
            "E",
            "Shaving set with a [[stainless steel]] razor.",
            MAT,
            B,
            "The razor is chrome-plated brass.",
        ),
        ("F", "The bowl alone costs [[$22]].", PRI, B, "The bowl is $16; $22 is the brush."),
        (
            "D",
            "The set's razor is [[a straight razor]].",
            CAT,
            B,
            "It is a double edge safety razor.",
        ),
        ("S", "The brush knot is [[28 mm]].", NUM, B, "The knot is 24 mm."),
        (
            "F",
            "Buy the set and [[save $20]] on the pieces.",
            PRI,
            B,
            "The set is $76, the same as the three prices together.",
        ),
    ],
)
H["T30"] = dict(
    pad="Bounceyard sells and delivers it; your order goes to them.",
    desc=[
        "This round trampoline is 3.05 m across, about 10 ft, with a safety net and a "
        "galvanised steel frame.",
        "It takes one jumper at a time up to 100 kg, about 220 lb.",
    ],
    short="A 3.05 m garden trampoline with safety net, sold and delivered by Bounceyard, $399.",
    seo="10 ft round garden trampoline with safety net and galvanised frame, sold by Bounceyard.",
    q="Who covers the frame?",
    a="Bounceyard covers the frame for three years.",
    faulty=[
        ("D", "It takes [[up to three children at once]].", FEA, B, "One jumper at a time."),
        (
            "S",
            "Frame covered for [[ten years]].",
            WAR,
            B,
            "Bounceyard covers the frame for three years.",
        ),
        ("E", "Round garden trampoline, [[4.3 m]] with net.", NUM, B, "It is 3.05 m."),
        (
            "F",
            "[[We ship it from our own store within a day]].",
            SHP,
            B,
            "Bounceyard, the partner, handles sale and delivery.",
        ),
        (
            "D",
            "The frame is [[powder-coated aluminium]].",
            MAT,
            B,
            "The frame is galvanised steel.",
        ),
        ("F", "It is rated for jumpers up to [[150 kg]].", NUM, B, "The limit is 100 kg."),
    ],
)


def _html(sentences):
    return "<p>" + html.escape(" ".join(sentences), quote=False) + "</p>"


def _serialise(kind, sentences, key, question=GENERAL_Q):
    listing = LISTINGS[key]
    if kind in ("description", "short_description"):
        return _html(sentences)
    if kind == "seo":
        title = listing["title"]
        if listing.get("vendor"):
            title = f"{title} | {listing['vendor']}"
        return json.dumps({"title": title, "description": " ".join(sentences)}, ensure_ascii=False)
    return json.dumps([{"question": question, "answer": " ".join(sentences)}], ensure_ascii=False)


def _strip_marks(marked):
    assert marked.count("[[") == 1 and marked.count("]]") == 1, marked
    claim = marked.split("[[", 1)[1].split("]]", 1)[0]
    return marked.replace("[[", "").replace("]]", ""), claim


def _locate(kind, text, claim):
    assert html.escape(claim, quote=False) == claim, claim
    assert json.dumps(claim, ensure_ascii=False)[1:-1] == claim, claim
    assert text.count(claim) == 1, (text, claim)
    start = text.index(claim)
    return start, start + len(claim)


def build():
    rows: list[dict[str, Any]] = []
    nc = nf = 0
    for key in sorted(H):
        h = H[key]
        clean = [
            ("description", h["desc"] + [h["pad"]], GENERAL_Q),
            ("short_description", [h["short"]], GENERAL_Q),
            ("seo", [h["seo"]], GENERAL_Q),
            ("faq", [h["a"]], h["q"]),
            ("faq", [h["pad"]], GENERAL_Q),
        ]
        for kind, sentences, question in clean:
            nc += 1
            rows.append(
                {
                    "id": f"gv51-c-{nc:03d}",
                    "listing": key,
                    "kind": kind,
                    "source": "clean",
                    "text": _serialise(kind, sentences, key, question),
                    "labels": [],
                }
            )
        for code, marked, rule, severity, why in h["faulty"]:
            kind = KINDS[code]
            sentence, claim = _strip_marks(marked)
            sentences = [sentence, h["pad"]] if code == "D" else [sentence]
            text = _serialise(kind, sentences, key)
            start, end = _locate(kind, text, claim)
            nf += 1
            rows.append(
                {
                    "id": f"gv51-f-{nf:03d}",
                    "listing": key,
                    "kind": kind,
                    "source": "faulty",
                    "text": text,
                    "labels": [
                        {
                            "rule": rule,
                            "start": start,
                            "end": end,
                            "claim": claim,
                            "severity": severity,
                            "why": why,
                        }
                    ],
                }
            )
    clean_rows = [r for r in rows if r["source"] == "clean"]
    faulty_rows = [r for r in rows if r["source"] == "faulty"]
    return clean_rows, faulty_rows


if __name__ == "__main__":
    from collections import Counter

    c, fa = build()
    built = c + fa
    print(Counter(r["source"] for r in built))
    print(Counter((r["source"], r["kind"]) for r in built))
    print(sorted(Counter(lab["rule"] for r in built for lab in r["labels"]).items()))
