"""Hand-written clean and faulty drafts for guardrails holdout v15 (listings Z01..Z30).

Clean drafts are true to their listing. Each faulty sentence plants exactly one unsupported claim, marked
[[...]]; `_recast` turns each listing's faulty sentences in turn into a description (followed by one more true
sentence from the listing), a short description, an SEO pair under the listing's own title and vendor, or a
one-answer FAQ. `build()` returns (clean, faulty) rows with labels whose spans point into the stored text.
"""
import html
import json
import re

import make_listings

CLEAN = []
FAULTY = []
KIND = {"d": "description", "s": "short_description", "seo": "seo", "faq": "faq"}


def C(listing, draft, kind="d"):
    CLEAN.append((listing, kind, draft))


def F(listing, draft, rule, severity, why, kind="s", native=False, more=None):
    """native=True: the sentence is in the listing's own language (padding and FAQ question follow it).
    more: the true sentence that follows it if it is recast as a description, where the listing's usual one
    would restate the very fact the sentence gets wrong."""
    FAULTY.append((listing, kind, draft, rule, severity, why, native, more))


def qa(*pairs):
    return [{"question": q, "answer": a} for q, a in pairs]


def seo(title, description):
    return {"title": title, "description": description}


def _html(text):
    """Paragraphs split on blank lines; lines starting '- ' become a list."""
    out = []
    for block in text.split("\n\n"):
        lines = block.split("\n")
        if all(line.startswith("- ") for line in lines):
            out.append("<ul>" + "".join(f"<li>{html.escape(line[2:], quote=False)}</li>" for line in lines)
                       + "</ul>")
        else:
            out.append(f"<p>{html.escape(block, quote=False)}</p>")
    return "".join(out)


def _serialise(kind, draft):
    if kind in ("seo", "faq"):
        return json.dumps(draft, ensure_ascii=False)
    return _html(draft)


def _strip_marks(marked):
    """Remove the one [[...]] pair; return (text, start, end, claim)."""
    found = list(re.finditer(r"\[\[(.+?)\]\]", marked))
    assert len(found) == 1, f"want exactly one marked claim: {marked!r}"
    m = found[0]
    text = marked[:m.start()] + m.group(1) + marked[m.end():]
    return text, m.start(), m.start() + len(m.group(1)), m.group(1)


# --- one more true sentence per listing (padding for recast descriptions), and a FAQ question ----------------
TRUE = {
    "Z01": "Whole beans: grind them just before you brew.",
    "Z02": "Wash it by hand and dry it straight away.",
    "Z03": "Pillowcases are sold separately.",
    "Z04": "Not for babies under 12 months.",
    "Z05": "It is tested to EN 1078.",
    "Z06": "The upper is engineered mesh over a rubber outsole.",
    "Z07": "A replacement blade and spring are available.",
    "Z08": "The padded neoprene cuff has a quick-release tab.",
    "Z09": "Carry on your front or on your back.",
    "Z10": "For outdoor use only.",
    "Z11": "Just durum wheat semolina and water.",
    "Z12": "It turns on at the last setting you used.",
    "Z13": "It works with Windows and macOS.",
    "Z14": "The pair adjusts from 110 to 135 cm.",
    "Z15": "The handlebar adjusts from 63 to 80 cm.",
    "Z16": "A vegan, unisex eau de parfum.",
    "Z17": "Stone-ground and sweet.",
    "Z18": "Two doors and two vestibules.",
    "Z19": "Sold and shipped by our partner DentaDirect.",
    "Z20": "We do not frame canvases.",
    "Z21": "An enamel mug for camping.",
    "Z22": "Three wraps in one pack.",
    "Z23": "Each of the three pieces is sold on its own.",
    "Z24": "Refrigerate after opening.",
    "Z25": "It contains small parts.",
    "Z26": "The flat base keeps it upright.",
    "Z27": "They close with a hinge.",
    "Z28": "It absorbs in about a minute.",
    "Z29": "The dots are 5 mm apart.",
    "Z30": "Season it before first use.",
}
TRUE_NATIVE = {
    "Z05": "Geprüft nach EN 1078.", "Z09": "Bär framåt eller på ryggen.", "Z10": "Kun til utendørs bruk.",
    "Z11": "Solo semola di grano duro e acqua.", "Z14": "Verstellbar von 110 bis 135 cm.",
    "Z15": "Zgodna z EN 71.", "Z16": "Une eau de parfum vegan et unisexe.", "Z17": "Molido en molino de piedra.",
    "Z18": "To indgange og to apsider.", "Z25": "Bevat kleine onderdelen.", "Z27": "Cierre de bisagra.",
    "Z29": "5 mmのドット方眼です。", "Z30": "Lavez à la main, séchez et huilez légèrement.",
}
QUESTION = {
    "Z05": "Was zeichnet den Helm aus?", "Z09": "Vad ska jag veta om bärselen?", "Z10": "Hva bør jeg vite om brenneren?",
    "Z11": "Cosa li rende speciali?", "Z14": "Was muss ich über die Stöcke wissen?",
    "Z15": "Co warto wiedzieć o hulajnodze?", "Z16": "Qu'est-ce qui la rend particulière ?",
    "Z17": "¿Qué lo hace especial?", "Z18": "Hvad skal jeg vide om teltet?", "Z25": "Wat zit er in de set?",
    "Z27": "¿Cómo son los aretes?", "Z29": "どんなノートですか?", "Z30": "Qu'est-ce qui la distingue ?",
}

# ---------------------------------------------------------------------------------------------------- Z01
C("Z01", "Washed Yirgacheffe from Ethiopia, light-roasted in small batches in Lisbon. Expect bergamot, peach and "
         "black tea in the cup.\n\n- Origin: Yirgacheffe, Ethiopia\n- Roasted in Lisbon, Portugal\n- Process: washed\n"
         "- Grown at 1,900-2,100 metres (roughly 6,200-6,900 ft)")
C("Z01", "Café lavado de Yirgacheffe, na Etiópia, com torra clara feita em Lisboa. Notas de bergamota, pêssego e chá preto. "
         "Grão inteiro: moa na hora de preparar.")
C("Z01", "A light-roast washed Ethiopian coffee, roasted in Lisbon, with bergamot, peach and black-tea notes; "
         "250 g, or a 1 kg bag for €44.", "s")
C("Z01", "Grind these heirloom Yirgacheffe beans just before brewing to keep the peach and bergamot bright.", "s")
C("Z01", seo("Yirgacheffe Washed Coffee Beans 250 g | Torra Alfama",
             "Light-roasted Ethiopian Yirgacheffe, washed and roasted in Lisbon. Bergamot, peach and black tea "
             "notes. Whole beans in 250 g or 1 kg."), "seo")
F("Z01", "Grown in Yirgacheffe and [[roasted in Addis Ababa]] for a bright, clean cup.", "accuracy.origin", "block",
  "the beans are roasted in Lisbon, Portugal")
F("Z01", "These beans grow at [[2,500 metres]] in the Yirgacheffe hills.", "accuracy.number", "block",
  "the altitude is 1900-2100 m")
F("Z01", "[[Certified organic]] washed beans from Yirgacheffe.", "accuracy.certification", "block",
  "the listing gives no organic certification")
F("Z01", "A [[natural-process]] Ethiopian with notes of peach and bergamot.", "accuracy.feature", "block",
  "the coffee is washed (Processo: Lavado)")
F("Z01", "The 1 kg bag costs just [[€39]].", "accuracy.price", "block", "the 1 kg bag is €44.00")
F("Z01", "Roasted on a [[carbon-neutral]] roaster in Lisbon.", "compliance.environmental", "block",
  "a checkable eco claim the listing does not make")
# ---------------------------------------------------------------------------------------------------- Z02
C("Z02", "A 210 mm gyuto (about 8.3 in), the Japanese chef's knife. Its VG-10 core is hardened to 60-61 HRC "
         "and clad in 33 layers of stainless Damascus.\n\n- Handle: octagonal walnut, buffalo horn ferrule\n"
         "- Forged in Seki, Japan\n- 180 g")
C("Z02", "Forged in Seki, this Japanese chef's knife weighs about 6.3 oz, and its octagonal walnut handle suits "
         "right- and left-handed cooks alike. Wash it by hand and dry it at once; keep it away from bones and "
         "frozen food.")
C("Z02", "A Seki-forged 21 cm gyuto with a VG-10 core and 33-layer Damascus cladding, $189.", "s")
C("Z02", "Octagonal walnut handle, buffalo horn ferrule and a 60-61 HRC edge: a chef's knife for either hand.", "s")
C("Z02", qa(("Can it go in the dishwasher?", "No. Wash it by hand and dry it straight away."),
            ("Can I cut through bones with it?", "No, it is not for bones or frozen food.")), "faq")
F("Z02", "The VG-10 core is clad in [[67 layers]] of stainless Damascus.", "accuracy.number", "block",
  "the cladding has 33 layers")
F("Z02", "It sits in the hand on a [[rosewood handle]] with a horn ferrule.", "accuracy.material", "block",
  "the handle is walnut")
F("Z02", "[[Hand-forged in Sakai]], Japan.", "accuracy.origin", "block",
  "the knife is forged in Seki, Japan")
F("Z02", "[[Dishwasher safe]], so cleaning up takes no time.", "accuracy.care", "block",
  "the listing says hand wash and dry straight away")
F("Z02", "Hardened to [[64 HRC]] for an edge that lasts.", "accuracy.number", "block", "the hardness is 60-61 HRC")
F("Z02", "Backed by a [[lifetime warranty]].", "accuracy.warranty", "block", "the listing gives no warranty")
# ---------------------------------------------------------------------------------------------------- Z03
C("Z03", "A king-size duvet cover in crisp, cool cotton percale, 200 thread count. "
         "Five buttons keep the duvet in place.\n\n- 225 x 220 cm (about 88.5 x 86.5 in)\n- Woven in Portugal\n"
         "- OEKO-TEX Standard 100\n- Machine wash at 40 °C (104 °F), tumble dry low")
C("Z03", "Portuguese-woven percale in Chalk, Slate or Sage. The long-staple cotton is certified to OEKO-TEX "
         "Standard 100. Pillowcases are sold separately.")
C("Z03", "Cool, crisp king duvet cover in 100% cotton percale, woven in Portugal; three colours, £85.", "s")
C("Z03", "200-thread-count percale with a five-button closure, OEKO-TEX certified.", "s")
C("Z03", seo("Percale Duvet Cover, King | Hollin & Weft",
             "King-size duvet cover in 200 TC long-staple cotton percale, woven in Portugal. OEKO-TEX Standard "
             "100. Chalk, Slate or Sage. Wash at 40 °C."), "seo")
F("Z03", "A [[400 thread count]] percale that feels crisp from the first night.", "accuracy.number", "block",
  "the thread count is 200")
F("Z03", "Available in Chalk, Slate and [[Dusty Rose]].", "accuracy.colour", "block",
  "the colours are Chalk, Slate and Sage")
F("Z03", "Woven from [[a linen and cotton blend]] for a relaxed drape.", "accuracy.material", "block",
  "the cover is 100% cotton percale")
F("Z03", "[[Two matching pillowcases are included]].", "accuracy.feature", "block",
  "pillowcases are sold separately", more="Five buttons keep the duvet in place.")
F("Z03", "Crisp percale from [[Hollin & Weave]].", "accuracy.brand", "block", "the vendor is Hollin & Weft")
F("Z03", "[[Tumble dry on high]] for the softest finish.", "accuracy.care", "block", "the listing says tumble dry low")
F("Z03", "Made from [[GOTS-certified]] organic cotton.", "accuracy.certification", "block",
  "the certification is OEKO-TEX Standard 100; nothing is said of GOTS or organic")
# ---------------------------------------------------------------------------------------------------- Z04
C("Z04", "Raw acacia honey from the beekeeper's own hives in the Tisza valley in Hungary. It is cold extracted and "
         "only coarsely strained. Mild, and slow to crystallise, so it stays runny in the jar.\n\n"
         "- 500 g (about 1.1 lb) glass jar\n- Not for babies under 12 months")
C("Z04", "Nyers akácméz a Tisza-völgyből, saját kaptárainkból. Hidegen pergetett, csak durván szűrt. Enyhe ízű, "
         "sokáig folyékony marad. 12 hónaposnál fiatalabb csecsemőknek nem adható.")
C("Z04", "Mild, runny raw acacia honey from Hungary's Tisza valley, 500 g in glass.", "s")
C("Z04", "Cold-extracted Hungarian acacia honey, unpasteurised and coarsely strained; 3 490 Ft.", "s")
C("Z04", qa(("Can I give it to my baby?", "Not under 12 months."),
            ("Is it heated?", "No. It is raw and cold extracted.")), "faq")
F("Z04", "Gathered from hives [[in the Transylvanian hills]].", "accuracy.origin", "block",
  "the hives are in the Tisza valley, Hungary")
F("Z04", "A [[blend of acacia and linden honey]] with a mild taste.", "accuracy.material", "block",
  "the honey is acacia honey (Fajta: Akácméz)")
F("Z04", "A spoonful [[soothes a sore throat]].", "compliance.health", "block", "a health claim the listing does not make")
F("Z04", "[[Safe for the whole family, babies included]].", "compliance.health", "block",
  "the listing says not for babies under 12 months",
  more="It is cold extracted and only coarsely strained.")
F("Z04", "A generous [[1 kg]] jar of raw acacia honey.", "accuracy.number", "block", "the jar holds 500 g")
F("Z04", "[[EU organic]] raw honey, cold extracted.", "accuracy.certification", "block",
  "the listing gives no organic certification")
# ---------------------------------------------------------------------------------------------------- Z05
C("Z05", "Ein Stadthelm mit ABS-Schale und EPS-Innenschale, geprüft nach EN 1078. Das eingebaute LED-Rücklicht "
         "lädt per USB-C und leuchtet bis zu fünf Stunden.\n\n- 9 Lüftungsöffnungen\n- Magnetverschluss\n- Rund 420 g")
C("Z05", "A city helmet tested to EN 1078, with a hard ABS shell over an EPS liner. The built-in rear light charges "
         "over USB-C and runs for up to 5 hours. Size M fits 54-58 cm heads (about 21¼-22¾ in), L fits 58-61 cm. "
         "Matte black or sage green.")
C("Z05", "EN 1078 city helmet with an integrated USB-C rear light, nine vents and a magnetic buckle.", "s")
C("Z05", "Leichter Stadthelm, 420 g, in Mattschwarz oder Salbeigrün, 79,90 €.", "s")
C("Z05", seo("Urban Fahrradhelm | Spurwerk",
             "City bike helmet to EN 1078 with a USB-C LED rear light (up to 5 hours), 9 vents and a magnetic "
             "buckle. Sizes M and L, 420 g."), "seo")
F("Z05", "[[CPSC-certified]] as well as EN 1078.", "accuracy.certification", "block",
  "the listing gives EN 1078 only")
F("Z05", "[[14 Lüftungsöffnungen]] halten den Kopf kühl.", "accuracy.number", "block", "the helmet has 9 vents", native=True)
F("Z05", "A [[rotational-impact liner]] sits inside the EPS shell.", "accuracy.feature", "block",
  "a safety part the listing does not give")
F("Z05", "The rear light runs for up to [[12 hours]] on one charge.", "accuracy.number", "block",
  "the light lasts up to 5 hours")
F("Z05", "Size L fits heads up to [[64 cm]].", "accuracy.size", "block", "size L is 58-61 cm")
F("Z05", "Choose matte black, sage green or [[signal orange]].", "accuracy.colour", "block",
  "the colours are Mattschwarz and Salbeigrün")
F("Z05", "[[The safest city helmet you can buy]].", "compliance.absolute", "warn", "an unprovable superlative")
# ---------------------------------------------------------------------------------------------------- Z06
C("Z06", "A neutral daily trainer for road miles. The nitrogen-infused EVA midsole stacks 36 mm under the heel and "
         "28 mm under the forefoot, an 8 mm drop.\n\n- Upper: engineered mesh\n- Outsole: rubber\n"
         "- 9.2 oz in a US 9 (about 261 g)\n- Men's US 8-12, Graphite/Volt")
C("Z06", "For runners who need no extra support: a neutral road shoe with an 8 mm heel-to-toe drop, an engineered "
         "mesh upper and a rubber outsole. Men's sizes 8 to 12.")
C("Z06", "Neutral road trainer with a nitrogen-infused foam midsole and 8 mm drop, $140.", "s")
C("Z06", "Men's sizes 8 to 12 in Graphite/Volt; about 261 g in a US 9.", "s")
C("Z06", seo("Tempo Road Running Shoe | Stridewell",
             "Neutral daily road trainer: nitrogen-infused EVA foam, 8 mm drop, engineered mesh upper and rubber "
             "outsole. Men's US sizes 8-12."), "seo")
F("Z06", "It has a [[10 mm]] heel-to-toe drop.", "accuracy.size", "block", "the drop is 8 mm")
F("Z06", "A [[carbon-fibre plate]] gives every stride a snappy toe-off.", "accuracy.material", "block",
  "the listing gives no plate")
F("Z06", "This is [[a trail shoe]] built for rocky paths.", "accuracy.category", "block",
  "it is a road running shoe")
F("Z06", "Also available in [[women's sizes 6 to 10]].", "accuracy.size", "block", "men's US sizes 8-12 only")
F("Z06", "It weighs just [[7.8 oz]] in a US 9.", "accuracy.number", "block", "the weight is 9.2 oz (US 9)")
F("Z06", "[[A waterproof membrane]] keeps your feet dry on wet mornings.", "accuracy.feature", "block",
  "the upper is engineered mesh; no membrane is given")
F("Z06", "[[Loved by over 10,000 runners]].", "compliance.social_proof", "warn", "invented social proof")
# ---------------------------------------------------------------------------------------------------- Z07
C("Z07", "Bypass secateurs that cut live stems up to 20 mm (about ¾ in) thick. SK5 carbon steel blades with a "
         "non-stick coating sit on forged aluminium handles with cushioned grips, and a thumb lock keeps them "
         "closed in your pocket.\n\n- 21 cm long, 235 g\n- 10-year guarantee\n- Replacement blade and spring available")
C("Z07", "Right-handed bypass pruners for live growth up to 2 cm across. The blade and spring can be replaced, "
         "and the secateurs carry a ten-year guarantee.")
C("Z07", "SK5 steel bypass secateurs with forged aluminium handles and a ten-year guarantee, £32.", "s")
C("Z07", "Cuts live stems up to 20 mm; the blade and spring are replaceable.", "s")
C("Z07", qa(("Are they for left-handers?", "No, they are right-handed."),
            ("How long is the guarantee?", "10 years.")), "faq")
F("Z07", "They cut branches up to [[30 mm]] thick.", "accuracy.size", "block", "the cutting capacity is 20 mm")
F("Z07", "They handle [[dead, dry wood]] just as easily.", "accuracy.feature", "warn",
  "the listing says live stems; a use it does not give")
F("Z07", "[[Stainless steel blades]] with a non-stick coating.", "accuracy.material", "block",
  "the blades are SK5 carbon steel")
F("Z07", "Covered by a [[2-year guarantee]].", "accuracy.warranty", "block", "the guarantee is 10 years")
F("Z07", "Light [[fibreglass handles]] with cushioned grips.", "accuracy.material", "block",
  "the handles are forged aluminium")
F("Z07", "[[Made in Sheffield]] to last.", "accuracy.origin", "block", "the listing gives no origin")
F("Z07", "A design that [[suits left- and right-handed]] gardeners.", "accuracy.compatibility", "block",
  "the secateurs are right-handed")
# ---------------------------------------------------------------------------------------------------- Z08
C("Z08", "A light competition leash for shortboards up to 6'6\" (about 198 cm). The thin 6 mm urethane cord is "
         "light, double stainless steel swivels stop the cord twisting, and the padded neoprene cuff has a "
         "quick-release tab.\n\n- Length: 6 ft (about 1.8 m)")
C("Z08", "Six feet of 6 mm urethane for boards to six foot six. Double stainless swivels, a padded neoprene cuff, "
         "and a choice of Black or Clear/Red.")
C("Z08", "6 ft comp leash: 6 mm urethane, double stainless swivels, padded neoprene cuff; A$49.95.", "s")
C("Z08", "For shortboards up to 6'6\", in Black or Clear/Red.", "s")
C("Z08", seo("Comp Surf Leash 6 ft | Swellbound",
             "Lightweight 6 ft competition surf leash: 6 mm urethane cord, double stainless steel swivels and a "
             "padded neoprene cuff with quick release."), "seo")
F("Z08", "Made for boards up to [[8 ft]].", "accuracy.size", "block", "the leash is for boards up to 6'6\"")
F("Z08", "The cord is [[7 mm]] urethane.", "accuracy.size", "block", "the cord is 6 mm")
F("Z08", "Double [[titanium swivels]] keep the cord from twisting.", "accuracy.material", "block",
  "the swivels are stainless steel")
F("Z08", "It is [[made for longboards and SUPs]] as well.", "accuracy.compatibility", "block",
  "a competition leash for boards up to 6'6\"")
F("Z08", "Pick Black or [[Clear/Blue]].", "accuracy.colour", "block", "the colours are Black and Clear/Red")
F("Z08", "It [[includes a rail saver]] to protect your board.", "accuracy.feature", "block",
  "the listing gives no rail saver")
# ---------------------------------------------------------------------------------------------------- Z09
C("Z09", "En mjuk bärsele i ekologisk bomull, GOTS-certifierad, för barn från 3,5 till 15 kg. Bär framåt eller på "
         "ryggen. Tillverkad i Estland.\n\n- Maskintvätt 40 °C\n- Färger: Havre, Skog")
C("Z09", "A soft carrier in GOTS-certified organic cotton for babies from 3.5 to 15 kg (about 7.7 to 33 lb). Carry "
         "on your front or on your back. Made in Estonia and machine washable at 40 °C. In oat or forest.")
C("Z09", "Organic cotton baby carrier for front and back carries, 3.5-15 kg, 1 195 kr.", "s")
C("Z09", "Estonian-made soft carrier, GOTS certified, in Havre or Skog.", "s")
C("Z09", seo("Bärsele Mjuk | Lilla Famn",
             "Mjuk bärsele i GOTS-certifierad ekologisk bomull för barn 3,5-15 kg. Bär framåt eller på ryggen. "
             "Tvättbar i 40 °C."), "seo")
F("Z09", "It carries children from 3.5 kg up to [[20 kg]].", "accuracy.number", "block", "the range is 3.5-15 kg")
F("Z09", "Carry on the front, on the back or [[on the hip]].", "accuracy.feature", "block",
  "the carry positions are front and back")
F("Z09", "[[Recommended by midwives for healthy hip development]].", "compliance.health", "block",
  "a health endorsement the listing does not give")
F("Z09", "[[Sydd i Sverige]] av ekologisk bomull.", "accuracy.origin", "block", "the carrier is made in Estonia", native=True)
F("Z09", "A soft [[bamboo viscose]] lining against the baby's skin.", "accuracy.material", "block",
  "the carrier is 100% organic cotton")
F("Z09", "[[Tål torktumling]] efter tvätt.", "accuracy.care", "block", "the listing gives machine wash 40 °C only", native=True)
F("Z09", "A carrier that is [[kind to the planet]].", "compliance.environmental", "warn", "a vague eco claim")
# ---------------------------------------------------------------------------------------------------- Z10
C("Z10", "En lett gassbrenner på 86 gram som skrus rett på en gassboks med skrugjenger (EN 417). 2,6 kW koker en "
         "liter vann på rundt tre og et halvt minutt, og med piezotenning slipper du fyrstikker. Kun til "
         "utendørs bruk.")
C("Z10", "A 2.6 kW canister stove that weighs 86 g (about 3 oz). It screws onto an EN 417 threaded gas canister "
         "and brings a litre of water to the boil in roughly 3.5 minutes. Piezo ignition; aluminium and "
         "stainless steel. Outdoor use only.")
C("Z10", "86 g canister stove, 2.6 kW, with piezo ignition; boils 1 L in about 3.5 minutes.", "s")
C("Z10", "Lett turbrenner for gassbokser med skrugjenger, 549 kr.", "s")
C("Z10", qa(("Kan jeg bruke den i teltet?", "Nei, den er kun til utendørs bruk."),
            ("Hvor mye veier den?", "86 g.")), "faq")
F("Z10", "Med [[3,2 kW]] effekt koker vannet fort.", "accuracy.number", "block", "the output is 2.6 kW", native=True)
F("Z10", "It boils a litre in [[2 minutes]].", "accuracy.number", "block", "about 3.5 minutes per litre")
F("Z10", "Cook [[in the tent porch]] when it rains.", "compliance.health", "block",
  "a safety claim against the listing: outdoor use only")
F("Z10", "It [[fits pierceable and click-on cartridges]] too.", "accuracy.compatibility", "block",
  "the listing gives screw-thread canisters (EN 417) only")
F("Z10", "[[Made in Norway]] for Nordic trips.", "accuracy.origin", "block", "the listing gives no origin")
F("Z10", "[[Fri frakt i hele Norge]].", "compliance.shipping", "block", "a delivery promise the listing does not make", native=True)
# ---------------------------------------------------------------------------------------------------- Z11
C("Z11", "Rigatoni di Gragnano IGP trafilati al bronzo ed essiccati lentamente per 36 ore. Solo semola di grano "
         "duro e acqua. Cottura 13 minuti.")
C("Z11", "Bronze-cut rigatoni made in Gragnano and protected as Pasta di Gragnano PGI. Just durum wheat semolina "
         "and water, dried slowly for a day and a half. Boil for 13 minutes.\n\n- 500 g (about 1.1 lb)")
C("Z11", "Pasta di Gragnano PGI rigatoni, bronze-die cut and slow dried for 36 hours; €3.20 for 500 g.", "s")
C("Z11", "Semola di grano duro e acqua, nient'altro: rigatoni IGP di Gragnano.", "s")
C("Z11", seo("Rigatoni di Gragnano IGP 500 g | Pastificio Vescio",
             "Bronze-die rigatoni from Gragnano, Pasta di Gragnano PGI. Durum wheat semolina and water, dried "
             "slowly for 36 hours. Cooks in 13 minutes."), "seo")
F("Z11", "Essiccati lentamente per [[48 ore]].", "accuracy.number", "block", "the drying time is 36 hours", native=True)
F("Z11", "Made from durum wheat and [[free-range eggs]].", "accuracy.material", "block",
  "the ingredients are durum wheat semolina and water")
F("Z11", "[[Organic]] rigatoni, bronze cut in Gragnano.", "accuracy.certification", "block",
  "the certification is Pasta di Gragnano IGP; nothing is said of organic")
F("Z11", "Made with [[wheat grown in Puglia]].", "accuracy.origin", "block",
  "the listing does not say where the wheat grows")
F("Z11", "Ready in just [[9 minutes]].", "accuracy.number", "block", "the cooking time is 13 minutes")
F("Z11", "[[Gluten-free]] rigatoni for every pasta night.", "compliance.health", "block",
  "durum wheat pasta contains gluten")
# ---------------------------------------------------------------------------------------------------- Z12
C("Z12", "An adjustable LED desk lamp that goes from warm 2700 K to cool 6500 K, with five brightness levels and a "
         "CRI of 95 so colours look true. It remembers your last setting.\n\n- 8 W\n"
         "- Aluminium arm, 45 cm reach (about 17.7 in)\n- Weighted steel base\n- USB-C cable and adapter included")
C("Z12", "Matte White or Matte Black. The aluminium arm reaches about 18 inches, and the steel base is weighted to "
         "keep the lamp steady. It draws 8 watts and comes with its USB-C cable and plug.")
C("Z12", "Dimmable 8 W LED desk lamp, 2700-6500 K, CRI 95, with USB-C power included; $68.", "s")
C("Z12", "Five brightness levels, warm to cool light, and it wakes up at your last setting.", "s")
C("Z12", qa(("Does it need batteries?", "No. It runs from the included USB-C cable and adapter."),
            ("Does it remember my setting?", "Yes, it turns on at the last setting.")), "faq")
F("Z12", "Pick from [[ten brightness levels]].", "accuracy.number", "block", "the lamp has 5 brightness levels")
F("Z12", "A [[CRI of 98]] shows colours as they are.", "accuracy.number", "block", "the CRI is 95")
F("Z12", "A [[built-in battery]] lets you use it away from the socket.", "accuracy.feature", "block",
  "the lamp runs from a USB-C cable and adapter; no battery is given")
F("Z12", "Soft light that [[reduces eye strain and headaches]].", "compliance.health", "block",
  "a health claim the listing does not make")
F("Z12", "Finish it in Matte White, Matte Black or [[Brushed Brass]].", "accuracy.colour", "block",
  "the finishes are Matte White and Matte Black")
F("Z12", "A clean desk lamp from [[Lumenford]].", "accuracy.brand", "block", "the vendor is Lumenfold")
# ---------------------------------------------------------------------------------------------------- Z13
C("Z13", "A 75% keyboard with a gasket-mounted aluminium case and hot-swappable 5-pin sockets, so you can change "
         "switches without soldering. Connect by USB-C cable or Bluetooth 5.1 to as many as three devices.\n\n"
         "- 4,000 mAh battery\n- ANSI layout, doubleshot PBT keycaps\n- Works with Windows and macOS")
C("Z13", "Choose linear red or tactile brown switches. Pair with up to three devices over Bluetooth 5.1, or plug "
         "in with USB-C. Aluminium case, gasket mount, PBT caps.")
C("Z13", "Hot-swap 75% keyboard with an aluminium gasket-mount case, wired or wireless, C$159.", "s")
C("Z13", "Doubleshot PBT keycaps, a 4000 mAh battery and Bluetooth for three devices.", "s")
C("Z13", seo("Tern 75 Mechanical Keyboard | Keyloft",
             "75% hot-swap mechanical keyboard: gasket-mounted aluminium case, doubleshot PBT keycaps, USB-C or "
             "Bluetooth 5.1 for three devices."), "seo")
F("Z13", "Pair it with up to [[five devices]] over Bluetooth.", "accuracy.number", "block",
  "Bluetooth for up to three devices")
F("Z13", "A [[2.4 GHz wireless dongle]] is included for low-latency gaming.", "accuracy.feature", "block",
  "the connections are USB-C and Bluetooth 5.1")
F("Z13", "Smooth [[ABS keycaps]] with crisp legends.", "accuracy.material", "block", "the keycaps are doubleshot PBT")
F("Z13", "It [[works with Linux, ChromeOS and iPadOS]] out of the box.", "accuracy.compatibility", "block",
  "the listing names Windows and macOS")
F("Z13", "A [[full-size layout with a number pad]].", "accuracy.size", "block", "the layout is 75%")
F("Z13", "[[Per-key RGB backlighting]] under every cap.", "accuracy.feature", "block",
  "the listing gives no backlight")
F("Z13", "[[The best keyboard you can get for the money]].", "compliance.absolute", "warn", "an unprovable superlative")
# ---------------------------------------------------------------------------------------------------- Z14
C("Z14", "Ein Paar Teleskopstöcke aus Aluminium 7075, von 110 bis 135 cm verstellbar. Korkgriffe, "
         "Hartmetallspitzen, Klemmverschluss. Das Paar wiegt 480 g, also 240 g pro Stock.")
C("Z14", "A pair of telescopic trekking poles in 7075 aluminium that adjust from 110 to 135 cm (about 43 to 53 in) "
         "with a clamp lock. Cork grips and carbide tips. The pair weighs 480 g, just under 17 oz.")
C("Z14", "7075 aluminium trekking poles with cork grips and carbide tips, 480 g the pair, CHF 89.", "s")
C("Z14", "Adjust from 110 to 135 cm with a quick clamp; sold as a pair.", "s")
C("Z14", qa(("Bekomme ich ein Paar?", "Ja, die Stöcke werden als Paar verkauft."),
            ("Wie lang sind sie?", "Verstellbar von 110 bis 135 cm.")), "faq")
F("Z14", "Leichte [[Carbonstöcke]] für lange Touren.", "accuracy.material", "block", "the poles are aluminium 7075", native=True)
F("Z14", "They adjust from [[100 to 135 cm]].", "accuracy.size", "block", "the range is 110-135 cm")
F("Z14", "The pair weighs [[just 380 g]].", "accuracy.number", "block", "the pair weighs 480 g")
F("Z14", "Soft [[EVA foam grips]] for sweaty hands.", "accuracy.material", "block", "the grips are cork")
F("Z14", "They [[fold into three sections]] to fit in a daypack.", "accuracy.feature", "block",
  "telescopic poles with a clamp lock; no folding design is given")
F("Z14", "[[Handgefertigt in den Alpen]].", "accuracy.origin", "warn",
  "a vague, unconfirmable origin; the listing gives none", native=True)
# ---------------------------------------------------------------------------------------------------- Z15
C("Z15", "Trójkołowa hulajnoga dla dzieci w wieku 3-6 lat. Kierownica rośnie razem z dzieckiem: od 63 do 80 cm. "
         "Koła z PU mają świecące diody. Zgodna z EN 71, obciążenie do 50 kg.")
C("Z15", "A three-wheel kick scooter for children aged three to six. The handlebar adjusts from 63 to 80 cm (about "
         "25 to 31.5 in), the PU wheels light up, and it takes riders up to 50 kg. Pink, blue or mint; meets EN 71.")
C("Z15", "Three-wheel scooter for ages 3-6 with light-up PU wheels and an adjustable bar, 249 zł.", "s")
C("Z15", "Steel and plastic frame, EN 71, max load 50 kg.", "s")
C("Z15", seo("Hulajnoga trójkołowa Mini | Kółko",
             "Trójkołowa hulajnoga dla dzieci 3-6 lat: regulowana kierownica 63-80 cm, świecące koła PU, do 50 kg, "
             "zgodna z EN 71."), "seo")
F("Z15", "For children aged [[2 to 8]].", "accuracy.number", "block", "the age range is 3-6")
F("Z15", "It takes riders up to [[70 kg]].", "accuracy.number", "block", "the maximum load is 50 kg")
F("Z15", "It [[folds flat]] for the car boot.", "accuracy.feature", "block", "the listing gives no folding")
F("Z15", "Three wheels are so stable that [[no helmet is needed]].", "compliance.health", "block",
  "an invented safety claim")
F("Z15", "Dostępna w kolorach różowym, niebieskim i [[fioletowym]].", "accuracy.colour", "block",
  "the colours are pink, blue and mint", native=True)
F("Z15", "A light [[aluminium frame]].", "accuracy.material", "block", "the frame is steel and plastic")
# ---------------------------------------------------------------------------------------------------- Z16
C("Z16", "Une eau de parfum verte et lactée, composée et flaconnée à Grasse. La feuille de figuier et la bergamote "
         "ouvrent, le lait de figue arrondit le coeur, le cèdre et le musc blanc tiennent le fond. 50 ml ou 100 ml.")
C("Z16", "A green, milky eau de parfum blended and bottled in Grasse. Fig leaf and bergamot at the top, fig milk at "
         "the heart, cedarwood and white musk beneath. Vegan and unisex; 50 ml (1.7 fl oz) or 100 ml (3.4 fl oz).")
C("Z16", "Fig-leaf eau de parfum from Grasse, €78 for 50 ml or €118 for 100 ml.", "s")
C("Z16", "Fig leaf, bergamot, fig milk, cedar and white musk: a vegan, unisex EDP.", "s")
C("Z16", qa(("Is it vegan?", "Yes."), ("Where is it made?", "It is composed and bottled in Grasse, France.")), "faq")
F("Z16", "A heart of [[jasmine]] and fig milk.", "accuracy.material", "block",
  "the notes are fig leaf, bergamot, fig milk, cedar and white musk")
F("Z16", "One spray lasts [[12 hours]] on the skin.", "accuracy.number", "block", "the listing gives no longevity")
F("Z16", "A fresh [[eau de toilette]] for every day.", "accuracy.category", "block", "it is an eau de parfum")
F("Z16", "[[Fabriqué à Paris]], flacon par flacon.", "accuracy.origin", "block", "it is made in Grasse, France", native=True)
F("Z16", "Also in a [[30 ml]] travel size.", "accuracy.size", "block", "the sizes are 50 ml and 100 ml")
F("Z16", "[[Hypoallergenic]], so it suits sensitive skin.", "compliance.health", "block",
  "a skin-safety claim the listing does not make")
F("Z16", "[[Our best-selling fragrance]].", "compliance.social_proof", "warn", "invented social proof")
# ---------------------------------------------------------------------------------------------------- Z17
C("Z17", "Pimentón dulce de La Vera, ahumado con leña de encina y molido en molino de piedra. DOP Pimentón de la "
         "Vera, en lata de 75 g. Sin gluten.")
C("Z17", "Sweet smoked paprika from La Vera in Cáceres, Spain, smoked over holm oak and ground between stones. It "
         "carries the Pimentón de la Vera PDO and comes in a 75 g (2.6 oz) tin. Gluten-free.")
C("Z17", "Sweet oak-smoked Pimentón de la Vera PDO, stone ground, in a 75 g tin; €4.90.", "s")
C("Z17", "Dulce, ahumado con encina y sin gluten: pimentón DOP de La Vera.", "s")
C("Z17", seo("Pimentón de la Vera Dulce DOP 75 g | Casa Valdeíñigo",
             "Sweet smoked paprika from La Vera, Spain: smoked over holm-oak wood, stone-ground, Pimentón de la "
             "Vera PDO. 75 g tin, gluten-free."), "seo")
F("Z17", "Un pimentón [[picante]] con mucho carácter.", "accuracy.material", "block", "the paprika is sweet (dulce)", native=True)
F("Z17", "Slowly smoked over [[beech wood]].", "accuracy.material", "block", "it is smoked over holm oak (encina)")
F("Z17", "Peppers grown and smoked [[in Murcia]].", "accuracy.origin", "block", "the paprika is from La Vera, Cáceres")
F("Z17", "A [[100 g]] tin for the spice rack.", "accuracy.number", "block", "the tin holds 75 g")
F("Z17", "Pimentón [[ecológico certificado]].", "accuracy.certification", "block",
  "the listing gives the DOP only; nothing is said of organic", native=True)
F("Z17", "[[Rich in antioxidants that protect your heart]].", "compliance.health", "block",
  "a health claim the listing does not make")
# ---------------------------------------------------------------------------------------------------- Z18
C("Z18", "Et let kuppeltelt til to personer og tre sæsoner, 1,9 kg i alt. Yderteltet er 20D silikoniseret nylon "
         "med 3000 mm vandsøjle, og stængerne er af aluminium. To indgange og to apsider, så ingen skal kravle "
         "over hinanden.")
C("Z18", "A three-season dome tent for two that weighs 1.9 kg (about 4.2 lb). The 20D silicone-coated nylon fly "
         "has a 3,000 mm hydrostatic head, and the poles are aluminium. Two doors, two porches.\n\n"
         "- Packs to 45 x 15 cm (about 18 x 6 in)\n- Olive green")
C("Z18", "1.9 kg two-person, three-season tent with two doors and a 3000 mm fly; 2.299 kr.", "s")
C("Z18", "Silikoniseret 20D nylon, aluminiumsstænger og olivengrøn farve.", "s")
C("Z18", qa(("Is it a four-season tent?", "No, it is a three-season tent."),
            ("How many doors does it have?", "Two, each with its own vestibule.")), "faq")
F("Z18", "Room for [[three]] with gear.", "accuracy.number", "block", "a two-person tent")
F("Z18", "Hele teltet vejer kun [[1,4 kg]].", "accuracy.number", "block", "the tent weighs 1.9 kg", native=True)
F("Z18", "A [[5000 mm]] fly shrugs off heavy rain.", "accuracy.number", "block", "the fly has a 3000 mm head")
F("Z18", "Light [[carbon poles]] hold the dome.", "accuracy.material", "block", "the poles are aluminium")
F("Z18", "The fly is [[fire-retardant to CPAI-84]].", "accuracy.certification", "block",
  "the listing gives no fire standard")
F("Z18", "Comes in [[sand]] as well.", "accuracy.colour", "block", "the only colour is Olivengrøn")
F("Z18", "[[Completely waterproof in any storm]].", "compliance.absolute", "warn", "an unprovable absolute")
# ---------------------------------------------------------------------------------------------------- Z19
C("Z19", "A sonic toothbrush with five cleaning modes and a two-minute timer that nudges you every 30 seconds to "
         "move on. One charge lasts up to 30 days.\n\n- In the box: handle, one brush head, travel case, charger\n"
         "- Sold and shipped by DentaDirect, who handle delivery, warranty and returns")
C("Z19", "Five modes, a built-in two-minute timer with 30-second pacing, and up to a month on one charge. It comes "
         "with a travel case. This brush is sold by our partner DentaDirect.")
C("Z19", "Sonic toothbrush with five modes and up to 30 days per charge; $79 from our partner DentaDirect.", "s")
C("Z19", "A two-minute timer that paces each quarter of your mouth every 30 seconds.", "s")
C("Z19", seo("Sonique 5 Electric Toothbrush | Brightline",
             "Sonic electric toothbrush with 5 modes, a 2-minute timer with 30-second pacing and up to 30 days per "
             "charge. Travel case included."), "seo")
F("Z19", "[[Three brush heads]] come in the box.", "accuracy.number", "block", "one brush head is included")
F("Z19", "Covered by [[our two-year warranty]].", "accuracy.warranty", "block",
  "the partner DentaDirect handles the warranty; no term is given")
F("Z19", "[[Free next-day delivery]] from us.", "compliance.shipping", "block",
  "the partner handles delivery; no delivery promise is given")
F("Z19", "It [[whitens teeth in a week]].", "compliance.health", "block", "a health claim the listing does not make")
F("Z19", "A sleek [[glossy white]] handle.", "accuracy.colour", "warn", "the listing gives no colour")
F("Z19", "[[ADA accepted]] for safe daily use.", "accuracy.certification", "block",
  "the listing gives no dental association seal")
# ---------------------------------------------------------------------------------------------------- Z20
C("Z20", "Post us your print, photo or poster and we frame it in our Bristol workshop, then send it back within 10 "
         "working days. Solid ash frame, 2 mm acrylic glazing and an acid-free mount.\n\n"
         "- Up to A4 £45, A3 £62, A2 £85\n- Largest: A2, 42 x 59.4 cm (about 16.5 x 23.4 in)\n"
         "- No canvases or pieces thicker than 5 mm\n- UK addresses only")
C("Z20", "A framing service by post for anything up to A2. Your artwork gets a solid ash frame, acrylic glazing "
         "rather than glass, and an acid-free mount. We cannot frame canvases.")
C("Z20", "Framing by post from our Bristol workshop, back in 10 working days; from £45.", "s")
C("Z20", "Solid ash, 2 mm acrylic and an acid-free mount for prints up to A2; UK only.", "s")
C("Z20", qa(("Can you frame a canvas?", "No, we do not frame canvases or anything thicker than 5 mm."),
            ("How long does it take?", "We post it back within 10 working days.")), "faq")
F("Z20", "Back with you within [[five working days]].", "accuracy.number", "block",
  "the turnaround is 10 working days")
F("Z20", "Every piece goes in a [[solid oak]] frame.", "accuracy.material", "block", "the frame is solid ash")
F("Z20", "[[We ship worldwide]].", "compliance.shipping", "block", "UK addresses only")
F("Z20", "[[We stretch and frame canvases]] too.", "accuracy.feature", "block", "the listing says no canvases",
  more="Your piece is back within 10 working days.")
F("Z20", "Send anything up to [[A1]].", "accuracy.size", "block", "the largest size is A2")
F("Z20", "An A2 frame costs [[£75]].", "accuracy.price", "block", "A2 is £85.00")
# ---------------------------------------------------------------------------------------------------- Z21
C("Z21", "An enamel camping mug, €12.")
C("Z21", "An enamel mug made for the campsite.")
C("Z21", "Enamel camping mug.", "s")
C("Z21", "A simple enamel mug for camping, €12.00.", "s")
C("Z21", seo("Enamel Camping Mug", "An enamel camping mug for your kit, €12."), "seo")
F("Z21", "It holds [[350 ml]] of coffee.", "accuracy.size", "block", "the listing gives no capacity")
F("Z21", "Finished in [[speckled blue]].", "accuracy.colour", "warn", "the listing gives no colour")
F("Z21", "[[Made in Poland]].", "accuracy.origin", "block", "the listing gives no origin")
F("Z21", "A [[double-walled travel mug]] that keeps drinks hot.", "accuracy.category", "block",
  "an enamel camping mug; nothing is said of a double wall")
F("Z21", "It is [[safe on the campfire]].", "accuracy.feature", "warn", "an invented use")
F("Z21", "[[Dishwasher safe]].", "accuracy.care", "block", "the listing gives no care")
# ---------------------------------------------------------------------------------------------------- Z22
C("Z22", "A pack of three beeswax food wraps from Hivecloth.")
C("Z22", "Three beeswax wraps for food, $18.")
C("Z22", "Beeswax food wraps, three to a pack.", "s")
C("Z22", "Hivecloth beeswax wraps, pack of 3.", "s")
C("Z22", seo("Beeswax Food Wraps | Hivecloth", "Three beeswax food wraps in one pack from Hivecloth, $18."), "seo")
F("Z22", "A [[pack of five]] wraps.", "accuracy.number", "block", "the pack holds 3 wraps", more="Beeswax food wraps from Hivecloth.")
F("Z22", "Sturdy [[hemp]] fabric coated in beeswax.", "accuracy.material", "block", "the listing gives no fabric")
F("Z22", "Each wrap [[lasts up to a year]].", "accuracy.number", "block", "the listing gives no lifespan")
F("Z22", "Comes in [[small, medium and large]].", "accuracy.size", "block", "the listing gives no sizes")
F("Z22", "[[Plastic-free and home compostable]].", "compliance.environmental", "block",
  "an eco claim the listing does not make")
F("Z22", "Beeswax blended with [[jojoba oil and tree resin]].", "accuracy.material", "block",
  "the listing names beeswax only")
# ---------------------------------------------------------------------------------------------------- Z23
C("Z23", "Three pieces for your first sourdough loaf, each sold on its own: a 25 cm rattan proofing basket with a "
         "linen liner (S$32), a bread lame with a beech handle and five spare blades (S$18), and a stainless "
         "steel dough scraper (S$9).")
C("Z23", "Proof, score and shape. The round rattan basket is 25 cm across (about 10 in) and has a linen liner; the "
         "lame comes with five spare blades; the scraper is stainless steel. All three together come to S$59.")
C("Z23", "A rattan banneton, a bread lame and a steel scraper, sold one by one.", "s")
C("Z23", "Everything to bake your first loaf: basket S$32, lame S$18, scraper S$9.", "s")
C("Z23", qa(("Can I buy the pieces separately?", "Yes, each of the three is sold on its own."),
            ("How big is the basket?", "25 cm across.")), "faq")
F("Z23", "[[The whole set for S$49]].", "accuracy.price", "block",
  "the pieces are sold one by one and add up to S$59")
F("Z23", "A [[22 cm]] round basket for proofing.", "accuracy.size", "block", "the basket is 25 cm")
F("Z23", "The rattan basket has a [[cotton liner]].", "accuracy.material", "block", "the liner is linen")
F("Z23", "The lame comes with [[ten spare blades]].", "accuracy.number", "block", "five spare blades")
F("Z23", "A [[walnut-handled]] lame for clean scoring.", "accuracy.material", "block", "the handle is beech")
F("Z23", "A [[live starter culture]] is included to get you going.", "accuracy.feature", "block",
  "the set is a basket, a lame and a scraper")
F("Z23", "Baking tools from [[Crust & Co]].", "accuracy.brand", "block", "the vendor is Crumb & Co")
# ---------------------------------------------------------------------------------------------------- Z24
C("Z24", "Pure maple syrup from our sugar bush in Beauce, Québec: Grade A Amber, rich taste, nothing added. A 540 "
         "ml glass bottle (about 18 fl oz); keep it in the fridge once opened.")
C("Z24", "Sirop d'érable pur de la Beauce, catégorie A ambré au goût riche. Rien d'ajouté. Bouteille de verre de "
         "540 ml; réfrigérer après ouverture.")
C("Z24", "Grade A Amber maple syrup from Beauce, Québec, 540 ml for C$17.50.", "s")
C("Z24", "100% pure maple syrup in glass; refrigerate after opening.", "s")
C("Z24", seo("Sirop d'érable pur, ambré 540 ml | Érablière Lavallée",
             "Pure Grade A Amber maple syrup with a rich taste from Beauce, Québec. Nothing added. 540 ml glass "
             "bottle."), "seo")
F("Z24", "[[Grade A Dark]], with a robust taste.", "accuracy.feature", "block",
  "the grade is Grade A Amber, rich taste")
F("Z24", "Tapped [[from Vermont]] maples.", "accuracy.origin", "block", "the syrup is from Beauce, Québec")
F("Z24", "Pure syrup [[with a touch of cane sugar]].", "accuracy.material", "block",
  "100% pure maple syrup, nothing added")
F("Z24", "[[No need to refrigerate]], even after opening.", "accuracy.care", "block",
  "the listing says refrigerate after opening",
  more="Nothing is added.")
F("Z24", "[[Certified organic]] maple syrup.", "accuracy.certification", "block", "the listing gives no organic claim")
F("Z24", "[[A healthy sugar substitute for diabetics]].", "compliance.health", "block",
  "a health claim the listing does not make")
# ---------------------------------------------------------------------------------------------------- Z25
C("Z25", "Een houten treinbaan van 42 delen met rails, een brug en een locomotief met twee wagons die met magneten "
         "aan elkaar klikken. Beukenhout, afgewerkt met lak op waterbasis. Vanaf 3 jaar (bevat kleine onderdelen), "
         "volgens EN 71.")
C("Z25", "A 42-piece wooden railway in beech with a water-based lacquer: track, a bridge and a locomotive pulling "
         "two wagons that join with magnets. Meets EN 71; for ages 3 and up, as it contains small parts.")
C("Z25", "42-piece beech train set with magnetic couplings, ages 3+, €54.95.", "s")
C("Z25", "Rails, bridge, engine and two wagons, finished in water-based lacquer.", "s")
C("Z25", seo("Houten treinbaan 42 delig | Spoorhout",
             "Houten treinbaan van 42 delen in beukenhout: rails, brug, locomotief en twee wagons met "
             "magneetkoppeling. Vanaf 3 jaar, EN 71."), "seo")
F("Z25", "Geschikt [[vanaf 18 maanden]].", "compliance.health", "block",
  "the listing says from 3 years; it contains small parts", native=True)
F("Z25", "Een set van [[52 delen]].", "accuracy.number", "block", "the set has 42 pieces", native=True)
F("Z25", "The locomotive pulls [[three wagons]].", "accuracy.number", "block", "two wagons")
F("Z25", "Gemaakt van [[massief eikenhout]].", "accuracy.material", "block", "the wood is beech", native=True)
F("Z25", "It [[works with all major wooden railway brands]].", "accuracy.compatibility", "block",
  "the listing gives no compatibility")
F("Z25", "A [[battery-powered locomotive]] pulls the train by itself.", "accuracy.feature", "block",
  "the listing gives a wooden locomotive with magnetic couplings")
F("Z25", "Made from wood [[from sustainably managed forests]].", "compliance.environmental", "warn",
  "an eco claim the listing does not make")
# ---------------------------------------------------------------------------------------------------- Z26
C("Z26", "A one-piece cast iron kettlebell with a powder-coat finish that keeps your grip dry. The 16 kg bell "
         "weighs about 35 lb and has a 33 mm (1.3 in) handle; its flat base keeps it upright between sets.\n\n"
         "- Also in 8, 12 and 20 kg")
C("Z26", "Cast in one piece, so there is no weld in the handle. Four weights: 8 kg ($42), 12 kg ($58), 16 kg ($74) "
         "and 20 kg ($92).")
C("Z26", "One-piece cast iron kettlebell, 16 kg (35 lb), powder coated; from $42.", "s")
C("Z26", "Powder-coat finish for a dry grip, a 33 mm handle and a flat base.", "s")
C("Z26", qa(("What weights are there?", "8, 12, 16 and 20 kg."), ("How thick is the handle?", "33 mm.")), "faq")
F("Z26", "The 16 kg ([[40 lb]]) bell has a 33 mm handle.", "accuracy.number", "block", "16 kg is 35 lb")
F("Z26", "A [[vinyl-coated]] finish for a dry grip.", "accuracy.material", "block", "the finish is powder coat")
F("Z26", "The 20 kg bell is [[$85]].", "accuracy.price", "block", "the 20 kg bell is $92.00")
F("Z26", "Strength gear from [[Ironvane]].", "accuracy.brand", "block", "the vendor is Ironvale")
F("Z26", "[[Trusted by Olympic coaches]].", "compliance.social_proof", "warn", "invented social proof")
F("Z26", "[[Ships free within 24 hours]].", "compliance.shipping", "block", "a delivery promise the listing does not make")
# ---------------------------------------------------------------------------------------------------- Z27
C("Z27", "Arracadas de plata .925 martilladas a mano en Taxco, Guerrero. Miden 30 mm de diámetro y cierran con "
         "bisagra.")
C("Z27", "Hand-hammered sterling silver hoops made in Taxco, Mexico. 30 mm across (about 1.2 in), with a hinged "
         "clasp.")
C("Z27", "Taxco sterling silver hoops, hand hammered, 30 mm, $890 MXN.", "s")
C("Z27", "Aretes de plata .925 hechos a mano en Taxco.", "s")
C("Z27", seo("Aretes de plata Taxco | Platería Ixcateopan",
             "Hand-hammered .925 sterling silver hoop earrings, 30 mm, with a hinge clasp. Made in Taxco, "
             "Guerrero, Mexico."), "seo")
F("Z27", "Plata .925 bañada en [[oro de 14 k]].", "accuracy.material", "block", "plain .925 silver; no gold plating", native=True)
F("Z27", "Statement hoops, [[40 mm]] across.", "accuracy.size", "block", "the hoops are 30 mm")
F("Z27", "Hammered in [[.950 silver]].", "accuracy.material", "block", "the silver is .925")
F("Z27", "Hecho a mano [[en Oaxaca]].", "accuracy.origin", "block", "the earrings are made in Taxco, Guerrero", native=True)
F("Z27", "[[Hypoallergenic and nickel-free]].", "compliance.health", "block", "a skin-safety claim the listing does not make")
F("Z27", "They close with a [[lever-back]] clasp.", "accuracy.feature", "block", "the clasp is a hinge")
# ---------------------------------------------------------------------------------------------------- Z28
C("Z28", "A rich hand cream with 20% shea butter and glycerin and no fragrance at all. It sinks in within about a "
         "minute, so you can get back to your day. Vegan and Leaping Bunny approved, in a 75 ml (2.5 fl oz) "
         "aluminium tube. Made in Wales.")
C("Z28", "Unscented and Welsh-made: shea butter (20%) and glycerin in an aluminium tube. Cruelty-free, certified by "
         "Leaping Bunny, and vegan.")
C("Z28", "Fragrance-free shea hand cream, 75 ml, vegan and Leaping Bunny approved; £14.", "s")
C("Z28", "20% shea butter and glycerin; absorbs in about a minute.", "s")
C("Z28", qa(("Does it have a scent?", "No, it is fragrance-free."),
            ("Is it tested on animals?", "No. It is cruelty-free and Leaping Bunny approved.")), "faq")
F("Z28", "Packed with [[30% shea butter]].", "accuracy.number", "block", "shea butter is 20%")
F("Z28", "A calming touch of [[lavender oil]].", "accuracy.material", "block", "the cream is fragrance-free")
F("Z28", "It [[heals eczema]] on dry hands.", "compliance.health", "block", "a medical claim the listing does not make")
F("Z28", "[[Made in England]].", "accuracy.origin", "block", "the cream is made in Wales")
F("Z28", "[[Soil Association certified organic]].", "accuracy.certification", "block",
  "the certification is Leaping Bunny; nothing is said of organic")
F("Z28", "A generous [[100 ml]] tube.", "accuracy.size", "block", "the tube holds 75 ml")
F("Z28", "In [[zero-waste]] packaging.", "compliance.environmental", "warn", "a vague eco claim")
# ---------------------------------------------------------------------------------------------------- Z29
C("Z29", "A5サイズ、160ページのドット方眼ノート。5 mm間隔のドット方眼です。100 g/m²のクリーム色の紙は万年筆でも"
         "裏抜けしにくく、糸かがり綴じで180度開きます。日本製。")
C("Z29", "An A5 dot-grid notebook with 160 pages of cream 100 gsm paper that resists fountain-pen bleed-through. The "
         "thread-sewn binding lets it lie flat at 180 degrees. Navy or terracotta cover; made in Japan.\n\n"
         "- 148 x 210 mm (about 5.8 x 8.3 in)\n- 5 mm dot grid")
C("Z29", "A5 dot-grid notebook, 160 pages of fountain-pen-friendly 100 gsm paper, ¥1,980.", "s")
C("Z29", "糸かがり綴じで180度開く、日本製のA5ノート。", "s")
C("Z29", seo("A5 ドット方眼ノート | 紙舟堂",
             "A5 dot grid notebook, 160 pages of 100 g/m² cream paper that resists fountain pen bleed-through. "
             "Thread-sewn, opens flat. Made in Japan."), "seo")
F("Z29", "たっぷり[[192ページ]]。", "accuracy.number", "block", "the notebook has 160 pages", native=True)
F("Z29", "Smooth [[80 g/m²]] paper.", "accuracy.number", "block", "the paper is 100 g/m²")
F("Z29", "Bright [[white paper]] for clean sketches.", "accuracy.colour", "block", "the paper is cream")
F("Z29", "[[Numbered pages and an index]] keep notes in order.", "accuracy.feature", "block",
  "the listing gives no page numbers or index")
F("Z29", "A roomy [[B5]] notebook.", "accuracy.size", "block", "the notebook is A5")
F("Z29", "A soft [[leather cover]] in navy or terracotta.", "accuracy.material", "block",
  "the listing gives cover colours, not a leather cover")
# ---------------------------------------------------------------------------------------------------- Z30
C("Z30", "A 28 cm carbon steel frying pan, 2.5 mm thick, with a riveted steel handle. It works on gas, electric and "
         "induction hobs and goes in the oven. It arrives with a protective beeswax coat: wash that off and season "
         "the pan before its first use.\n\n- 1.6 kg (about 3.5 lb)\n- Made in France")
C("Z30", "Poêle en acier carbone de 28 cm et 2,5 mm d'épaisseur, poignée en acier rivetée. Gaz, électrique, "
         "induction et four. Lavez à la main, séchez et huilez légèrement. Fabriquée en France.")
C("Z30", "French-made 28 cm carbon steel pan for gas, electric and induction hobs and the oven; €54.", "s")
C("Z30", "About 11 inches across and 2.5 mm thick; season it before first use.", "s")
C("Z30", seo("Poêle en acier carbone 28 cm | Forges de l'Aubrac",
             "28 cm carbon steel frying pan, 2.5 mm thick, riveted steel handle. Gas, electric, induction and "
             "oven. Made in France; season before first use."), "seo")
F("Z30", "A [[non-stick ceramic coating]] lets eggs slide out.", "accuracy.material", "block",
  "bare carbon steel with a beeswax coat to wash off")
F("Z30", "[[Dishwasher-safe]] for easy cleaning.", "accuracy.care", "block", "the listing says hand wash, dry and oil")
F("Z30", "Heavy [[cast iron]] that holds heat.", "accuracy.material", "block", "the pan is carbon steel")
F("Z30", "A sturdy [[3 mm]] thick base.", "accuracy.size", "block", "the pan is 2.5 mm thick")
F("Z30", "Great on gas and electric, but [[not suitable for induction]].", "accuracy.compatibility", "block",
  "the listing says it works on induction")
F("Z30", "A cool-touch [[wooden handle]].", "accuracy.material", "block", "the handle is riveted steel")
F("Z30", "[[Fabriquée en Belgique]].", "accuracy.origin", "block", "the pan is made in France", native=True)


CYCLE = ["d", "s", "seo", "d", "faq", "s", "seo"]


def _recast():
    """Give each faulty sentence a kind in turn, per listing, and build its draft (marked)."""
    titles = {k: (v["title"], v["vendor"]) for k, v in make_listings.LISTINGS.items()}
    seen = {}
    out = []
    for listing, _kind, sentence, rule, severity, why, native, more in FAULTY:
        n = seen.get(listing, 0)
        seen[listing] = n + 1
        kind = CYCLE[n % len(CYCLE)]
        if kind == "d":
            draft = f"{sentence} {more or (TRUE_NATIVE if native else TRUE)[listing]}"
        elif kind == "s":
            draft = sentence
        elif kind == "seo":
            title, vendor = titles[listing]
            draft = seo(f"{title} | {vendor}" if vendor else title, sentence)
        else:
            title = titles[listing][0]
            q = QUESTION[listing] if native else f"What should I know about the {title}?"
            draft = qa((q, sentence))
        out.append((listing, kind, draft, rule, severity, why))
    return out


def build():
    clean = []
    for listing, kind, draft in CLEAN:
        text = _serialise(kind, draft)
        assert "[[" not in text
        clean.append({"listing": listing, "kind": KIND[kind], "text": text, "labels": []})
    faulty = []
    for listing, kind, draft, rule, severity, why in _recast():
        marked = _serialise(kind, draft)
        text, start, end, claim = _strip_marks(marked)
        assert text[start:end] == claim
        faulty.append({"listing": listing, "kind": KIND[kind], "text": text,
                       "labels": [{"rule": rule, "start": start, "end": end, "claim": claim, "severity": severity,
                                   "why": why}]})
    return clean, faulty


if __name__ == "__main__":
    c, f = build()
    print(len(c), "clean,", len(f), "faulty")
