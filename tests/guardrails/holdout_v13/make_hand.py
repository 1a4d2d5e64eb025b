"""Hand-written drafts for guardrails holdout v13: clean drafts, and faulty drafts with one planted claim each.

A planted (unsupported) claim is marked [[...]] in the faulty sentences below; the marks are removed and the
label's span computed on the stored text. Run through assemble.py.
"""
import html
import json
import re

import make_listings

CLEAN = []
FAULTY = []


def C(listing, draft, kind="d"):
    CLEAN.append((listing, kind, draft))


def F(listing, draft, rule, severity, why, kind="s"):
    FAULTY.append((listing, kind, draft, rule, severity, why))


def qa(*pairs):
    return [{"question": q, "answer": a} for q, a in pairs]


def seo(title, description):
    return {"title": title, "description": description}


def _html(text):
    """Paragraphs split on blank lines; a paragraph of '- ' lines becomes a list."""
    out = []
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if all(line.startswith("- ") for line in lines):
            out.append("<ul>" + "".join(f"<li>{html.escape(line[2:], quote=False)}</li>" for line in lines)
                       + "</ul>")
        else:
            out.append(f"<p>{html.escape(para, quote=False)}</p>")
    return "\n".join(out)


def _serialise(kind, draft):
    if kind in ("seo", "faq"):
        return json.dumps(draft, ensure_ascii=False)
    return _html(draft)


def _strip_marks(marked):
    """Remove the [[...]] marks; return the text and the spans of what was marked."""
    spans = []
    out = []
    pos = 0
    for m in re.finditer(r"\[\[(.+?)\]\]", marked):
        out.append(marked[pos:m.start()])
        start = sum(len(p) for p in out)
        out.append(m.group(1))
        spans.append((start, start + len(m.group(1))))
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


KIND = {"d": "description", "s": "short_description", "seo": "seo", "faq": "faq"}

# ---------------------------------------------------------------------------------------------------------
# X01 cheese
C("X01", "A firm tomme from the Aveyron, made with raw sheep's milk on a single farm and left to age for eight "
  "months in a natural cellar. Expect a nutty, slightly sweet paste; cut away the natural rind before "
  "serving.\n\n- Milk: raw ewe's milk\n- Aged: 8 months\n- Rennet: animal (not vegetarian)\n- Sizes: 500 g or 1 kg")
C("X01", "Eight months in a cool natural cellar give this raw-milk ewe's cheese its nutty sweetness. It comes "
  "from one farm in the Aveyron, France.\n\nKeep it in the fridge at 4–8 °C (about 39–46 °F) "
  "and finish it within three weeks of opening. Raw milk: not advised in pregnancy or for children under five.")
C("X01", "An eight-month tomme of raw ewe's milk from a single Aveyron farm: nutty, a little sweet, and sold in "
  "500 g or 1 kg pieces.", "s")
C("X01", "Fromage de brebis au lait cru, affiné 8 mois en cave naturelle dans l'Aveyron. Croûte naturelle, à ne "
  "pas manger.", "s")
C("X01", qa(("Is it vegetarian?", "No. It is made with animal rennet."),
            ("How long does it keep once cut?", "Keep it refrigerated at 4–8 °C and eat it within three weeks of "
             "opening.")), "faq")
F("X01", "A raw-milk ewe's cheese from the Aveyron, aged for [[twelve months]] in a natural cellar.",
  "accuracy.number", "block", "aged 8 months")
F("X01", "Made with [[vegetarian rennet]] and aged for eight months.", "accuracy.material", "block",
  "made with animal rennet; not suitable for vegetarians")
F("X01", "A tomme made from raw [[goat's milk]] on one farm in the Aveyron.", "accuracy.material", "block",
  "raw ewe's (sheep's) milk")
F("X01", "A raw-milk tomme [[from the Pyrenees]], aged eight months in a natural cellar.", "accuracy.origin",
  "block", "the Aveyron, not the Pyrenees")
F("X01", "A raw-milk tomme that is [[safe for pregnant women]].", "compliance.health",
  "block", "the listing advises against it in pregnancy and for children under 5")
F("X01", "The 1 kg piece of this eight-month tomme costs [[€42]].", "accuracy.price", "block",
  "the 1 kg piece is €46.00 (500 g €24.50)")

# X02 wellingtons
C("X02", "Hand-laid natural rubber wellingtons lined with 3 mm neoprene, so your feet stay warm on frosty "
  "mornings down to around -10 °C (14 °F). A buckled gusset at the side opens up for calves up to 42 cm "
  "(about 16.5 in).\n\n- Upper: hand-laid natural rubber\n- Lining: 3 mm neoprene\n- Shaft: 38 cm\n"
  "- Sizes: UK 4 to 11, in Forest Green or Black\n- Made in Portugal")
C("X02", "Natural rubber wellies made in Portugal, with a moulded sole with deep lugs.\n\nIf a "
  "white film appears, don't worry: that is bloom, a harmless trait of natural rubber, and a damp cloth takes it "
  "off. Rinse them with cold water and keep them out of direct sun and away from radiators.")
C("X02", "Portuguese-made natural rubber wellingtons with a warm neoprene lining and an adjustable gusset for "
  "wider calves.", "s")
C("X02", "Tall wellies with a 38 cm shaft (about 15 in), in Forest Green or Black, sizes UK 4–11.", "s")
C("X02", seo("Fellside Natural Rubber Wellington Boots | Brackenford",
             "Hand-laid natural rubber wellies with a 3 mm neoprene lining that keeps feet warm to about -10 °C, "
             "and a side gusset for calves up to 42 cm."), "seo")
F("X02", "Wellingtons hand-laid from [[PVC]] and lined with 3 mm neoprene.", "accuracy.material", "block",
  "natural rubber")
F("X02", "A [[5 mm]] neoprene lining keeps your feet warm on cold mornings.", "accuracy.size", "block",
  "the lining is 3 mm")
F("X02", "Natural rubber wellingtons, [[made in England]].", "accuracy.origin", "block", "made in Portugal")
F("X02", "Choose Forest Green, Black or [[Navy]].", "accuracy.colour", "block", "Forest Green or Black only")
F("X02", "The side gusset opens for calves up to [[48 cm]] round.", "accuracy.size", "block", "up to 42 cm")
F("X02", "When they get muddy, just put them [[in the washing machine]].", "accuracy.care", "block",
  "rinse with cold water")
F("X02", "[[Our best-selling boot]], hand-laid from natural rubber.", "compliance.social_proof", "warn",
  "no sales figures in the listing")

# X03 wine
C("X03", "Um tinto do Dão com Touriga Nacional, Jaen e Alfrocheiro, de vinhas a 450 metros de altitude. Estagiou 12 "
  "meses em barricas usadas de carvalho francês. Sirva a 16–18 °C.\n\n"
  "- Região: Dão DOC\n- Teor alcoólico: 13,5 %\n- Garrafa: 750 ml\n- Vegano; contém sulfitos")
C("X03", "A red from Portugal's Dão, blended from Touriga Nacional, Jaen and Alfrocheiro grown at 450 m. It "
  "spent a year in used French oak barrels.\n\nVegan (no animal-based "
  "fining) and 13.5 % ABV. Serve at 16–18 °C (about 61–64 °F). Contains sulphites; sold to "
  "over-18s only.")
C("X03", "Dão DOC red from the 2022 vintage: Touriga Nacional, Jaen and Alfrocheiro, aged 12 months in used "
  "French oak.", "s")
C("X03", "Tinto vegano do Dão, 13,5 % vol., à venda por garrafa ou em caixa de seis.", "s")
C("X03", seo("Vinha do Sobral Tinto 2022 | Dão DOC Red Wine",
             "A vegan Dão red of Touriga Nacional, Jaen and Alfrocheiro, aged 12 months in used French oak. "
             "13.5 % ABV; serve at 16–18 °C."), "seo")
F("X03", "A Dão red aged 12 months in used [[American oak]] barrels.", "accuracy.origin", "block",
  "used French oak")
F("X03", "A Dão red from the [[2021]] vintage, aged a year in used French oak.", "accuracy.number", "block",
  "2022 vintage")
F("X03", "Blended from Touriga Nacional, Jaen and [[Baga]].", "accuracy.material", "block",
  "Touriga Nacional, Jaen and Alfrocheiro")
F("X03", "A [[certified organic]] red from the Dão.", "accuracy.certification", "block",
  "no organic certification")
F("X03", "A Dão red at [[12.5 %]] ABV.", "accuracy.number", "block", "13.5 %")
F("X03", "A case of six bottles costs [[€99]].", "accuracy.price", "block", "the case of six is €108.00")

# X04 curtains
C("X04", "Linen-look blackout curtains that keep the room dark: a triple-weave backing stops up to 99 % of "
  "daylight, which helps on light summer mornings. Each of the two panels hangs from eight brushed-steel "
  "eyelets.\n\n- 100 % polyester with a linen look\n- 140 x 240 cm or 140 x 260 cm per panel\n"
  "- Sand, Skifer (slate) or Hvit (white)\n- OEKO-TEX Standard 100\n- Made in Turkey")
C("X04", "A pair of blackout curtains in polyester woven to look like linen.\n\nThey go in the washing machine at "
  "30 °C on a gentle cycle; skip the dryer and iron on low from the back. The pole is not included.")
C("X04", "Turkish-made blackout curtains with a linen look, sold in pairs, blocking up to 99 % of light.", "s")
C("X04", "Mørkleggingsgardiner i lin-look, 140 x 260 cm (about 55 x 102 in) per panel, in Sand, Skifer or "
  "Hvit.", "s")
C("X04", qa(("Do they let any light in?", "Very little: the triple-weave backing blocks up to 99 % of daylight."),
            ("Is a curtain pole included?", "No. You get two panels with eight eyelets each; the pole is not "
             "included.")), "faq")
F("X04", "Blackout curtains woven from [[pure linen]], with a triple-weave backing.", "accuracy.material",
  "block", "100 % polyester with a linen look")
F("X04", "Each panel hangs from [[ten]] brushed-steel eyelets.", "accuracy.number", "block", "eight per panel")
F("X04", "Linen-look blackout curtains, [[made in Portugal]].", "accuracy.origin", "block", "made in Turkey "
  "(Tyrkia)")
F("X04", "[[GOTS-certified]] blackout curtains with a linen look.", "accuracy.certification", "block",
  "OEKO-TEX Standard 100, not GOTS")
F("X04", "Machine wash at 30 °C, then [[tumble dry on low]].", "accuracy.care", "block", "do not tumble dry")
F("X04", "Also made in a longer [[140 x 280 cm]] size.", "accuracy.size", "block",
  "140 x 240 cm or 140 x 260 cm")

# X05 beekeeping jacket
C("X05", "A ventilated beekeeping jacket in three layers of mesh, so air moves through it on a hot afternoon at "
  "the hives while stings stay away from your skin. The fencing-style veil zips off and keeps the mesh well away "
  "from your face.\n\n- Polyester outer over a spacer foam core\n- Brass zips\n- Elasticated cuffs with thumb "
  "loops and an elasticated waist\n- Sizes S to XXL")
C("X05", "Made in Vietnam, this mesh jacket weighs about 850 g (under 2 lb).\n\nNo suit stops every sting, so "
  "pair it with gloves and tuck the cuffs in. Unzip the veil and wash it by hand; the jacket itself goes in the "
  "machine on cold.")
C("X05", "A three-layer ventilated bee jacket with a zip-off fencing veil, for hot days at the hives.", "s")
C("X05", "Breathable mesh beekeeping jacket, sizes S–XXL, with thumb-loop cuffs and brass zips.", "s")
C("X05", seo("Ventilated Beekeeping Jacket with Fencing Veil | Hivecraft",
             "A three-layer mesh bee jacket that stays airy in the heat, with a detachable fencing veil, brass "
             "zips and thumb-loop cuffs. Sizes S to XXL."), "seo")
F("X05", "Three layers of mesh make this jacket [[completely sting-proof]].", "compliance.absolute", "block",
  "the listing says no suit is completely sting-proof")
F("X05", "A [[cotton]] outer over a spacer foam core keeps it airy.", "accuracy.material", "block",
  "polyester outer")
F("X05", "A ventilated bee jacket [[made in the USA]].", "accuracy.origin", "block", "made in Vietnam")
F("X05", "Throw the whole jacket, [[veil included]], in a cold machine wash.", "accuracy.care", "block",
  "take the veil off and hand wash it")
F("X05", "Sizes run from [[XS]] to XXL.", "accuracy.size", "block", "S to XXL")
F("X05", "[[A pair of leather gloves is included]] with the jacket.", "accuracy.feature", "block",
  "no gloves included; the listing tells you to wear your own")

# X06 shuttlecocks
C("X06", "A tube of twelve goose-feather shuttlecocks on composite cork bases, made for steady flight in club "
  "and league games. The feathers all come from the left wing.\n\nMatch the speed to your hall: 76 when it is "
  "above 25 °C, 77 from 15 to 25 °C, and 78 when it is colder than 15 °C (about 59 °F).")
C("X06", "Made in Anhui, China, these feather shuttles are built for steady flight in club play.\n\nKeep the "
  "tube somewhere cool and a little humid so the feathers do not dry out.")
C("X06", "Twelve goose-feather shuttlecocks with composite cork bases, in speeds 76, 77 and 78.", "s")
C("X06", "Bulu tangkis bulu angsa, 12 biji setiap tiub, untuk permainan kelab.", "s")
C("X06", qa(("Which speed should I buy?", "76 for halls above 25 °C, 77 for 15–25 °C and 78 below 15 °C."),
            ("How many are in a tube?", "Twelve.")), "faq")
F("X06", "[[Duck]] feathers from the left wing, set in a composite cork base.", "accuracy.material", "block",
  "goose feathers")
F("X06", "A [[natural cork]] base under the goose feathers.", "accuracy.material", "block", "composite cork")
F("X06", "A tube of [[six]] feather shuttlecocks for club play.", "accuracy.number", "block", "12 per tube")
F("X06", "[[BWF-approved]] goose-feather shuttles.", "accuracy.certification", "block",
  "no approval in the listing")
F("X06", "Feather shuttles made in [[Guangdong]], China.", "accuracy.origin", "block", "made in Anhui, China")
F("X06", "They [[last three times longer than ordinary feather shuttles]].", "accuracy.feature", "block",
  "a comparison the listing does not make")

# X07 smart plug
C("X07", "Switch a lamp, heater or fan from your phone, on a schedule or a timer, and see how much power it is "
  "drawing. The plug joins your 2.4 GHz Wi-Fi directly, so there is no hub to buy.\n\n- Type F (Schuko) plug, "
  "230 V\n- Up to 16 A / 3,680 W\n- Works with Amazon Alexa and Google Home\n- Standby under 0.5 W\n- Sold in "
  "packs of 2 or 4")
C("X07", "Energy-monitoring smart plugs for indoor sockets, rated for loads up to 3.68 kW.\n\nNote that they "
  "need a 2.4 GHz network (not 5 GHz) and do not work with Matter or Apple Home. The app runs on Android 8 or "
  "later and iOS 14 or later.")
C("X07", "A Wi-Fi smart plug that tracks energy use and runs on schedules, with no hub needed; works with Alexa "
  "and Google Home.", "s")
C("X07", "Schuko smart plugs with energy monitoring, €29.99 for two or €54.99 for four.", "s")
C("X07", seo("Wi-Fi Smart Plug with Energy Monitoring | Lumaro",
             "Schedule lamps and heaters and see what they draw. Joins 2.4 GHz Wi-Fi with no hub, handles up to "
             "16 A, and works with Alexa and Google Home."), "seo")
F("X07", "Control it with Alexa, Google Home or [[Apple Home]].", "accuracy.compatibility", "block",
  "does not support Apple Home")
F("X07", "It connects on [[2.4 or 5 GHz]] Wi-Fi.", "accuracy.compatibility", "block", "2.4 GHz only")
F("X07", "A [[weatherproof]] smart plug with energy monitoring.", "accuracy.feature", "block", "indoor use only")
F("X07", "Set a schedule and [[cut your electricity bill by up to 30 %]].", "accuracy.feature", "block",
  "an invented saving figure")
F("X07", "The 4-pack is [[€49.99]].", "accuracy.price", "block", "the 4-pack is €54.99")
F("X07", "A [[UL-listed]] smart plug for Schuko sockets.", "accuracy.certification", "block", "CE only")
F("X07", "[[Over 50,000 homes already use it]] to schedule their lamps.", "compliance.social_proof", "warn",
  "no usage figures in the listing")

# X08 Panama hat
C("X08", "A Panama hat woven by hand in Montecristi, Ecuador, from toquilla straw. The open brisa weave lets air "
  "through on hot days, and the 7 cm brim (about 2.75 in) shades your face.\n\n- Black grosgrain band\n"
  "- Sizes 55, 57, 59 and 61 cm\n- Not made to be rolled or folded")
C("X08", "Sombrero de paja toquilla tejido a mano en Montecristi, Ecuador. El tejido brisa deja pasar el aire y "
  "el ala de 7 cm da sombra a la cara.\n\nNo se debe enrollar ni doblar, y la paja no es impermeable: si se moja, "
  "déjelo secar solo.")
C("X08", "A hand-woven toquilla straw Panama from Montecristi, with a 7 cm brim and a black grosgrain band.", "s")
C("X08", "An Ecuadorian Panama hat in a breathable brisa weave, sized from 55 to 61 cm.", "s")
C("X08", qa(("Can I roll it up for my suitcase?", "No. This hat is not made to be rolled or folded."),
            ("What if it rains?", "The straw is not waterproof. If it gets wet, let it dry naturally.")), "faq")
F("X08", "A Panama hat woven by hand in [[Cuenca]], Ecuador.", "accuracy.origin", "block",
  "woven in Montecristi, Ecuador")
F("X08", "A Panama you can [[roll up and pack in a suitcase]].", "accuracy.feature", "block",
  "not made to be rolled or folded")
F("X08", "A [[9 cm]] brim shades your face.", "accuracy.size", "block", "7 cm brim")
F("X08", "Woven by hand from [[raffia]] in an open brisa weave.", "accuracy.material", "block", "toquilla straw")
F("X08", "Finished with a [[navy]] grosgrain band.", "accuracy.colour", "block", "black grosgrain band")
F("X08", "Toquilla straw with [[UPF 50+]] sun protection.", "accuracy.certification", "block",
  "no UPF rating in the listing")

# X09 suitcase
C("X09", "A 55 cm hard-shell cabin case in 100 % polycarbonate, which flexes under a knock rather than cracking. "
  "Four double spinner wheels let it glide upright next to you, and the aluminium handle locks at two "
  "heights.\n\n- 38 L, with a zipped divider and compression straps\n- 55 x 40 x 20 cm, 2.9 kg\n"
  "- TSA-approved combination lock\n- 10-year warranty on shell and wheels\n- Graphite or Sage")
C("X09", "At 2.9 kg (about 6.4 lb) and 55 x 40 x 20 cm (about 21.7 x 15.7 x 7.9 in), this carry-on fits the "
  "cabin limits of most European airlines, though it is worth checking yours before you fly.\n\nInside, 38 litres "
  "split by a zipped divider.")
C("X09", "A polycarbonate carry-on spinner with a TSA lock and a 10-year warranty on the shell and wheels.", "s")
C("X09", "Now €189 (was €229): a 38 L cabin case in Graphite or Sage.", "s")
C("X09", seo("Carry-On Spinner Suitcase 55 cm | Tallis & Crane",
             "A 38 L polycarbonate cabin case with four double spinner wheels, a TSA lock and a 10-year warranty "
             "on shell and wheels."), "seo")
F("X09", "An [[aluminium]] shell that shrugs off knocks on the way to the gate.", "accuracy.material", "block",
  "polycarbonate shell; only the handle is aluminium")
F("X09", "[[45 litres]] inside, split by a zipped divider.", "accuracy.number", "block", "38 L")
F("X09", "At 55 cm it fits the cabin limits of [[every airline]].", "compliance.absolute", "block",
  "most European airlines; check with yours")
F("X09", "Backed by a [[lifetime warranty]] on shell and wheels.", "accuracy.warranty", "block", "10 years")
F("X09", "Choose Graphite, Sage or [[Navy]].", "accuracy.colour", "block", "Graphite or Sage only")
F("X09", "It [[expands by 5 cm]] for the trip home.", "accuracy.feature", "block", "no expander in the listing")
F("X09", "A 55 cm spinner from [[Tallis & Finch]].", "accuracy.brand", "block", "the vendor is Tallis & Crane")

# X10 high chair
C("X10", "Ein Hochstuhl aus massiver Buche, der mitwächst: Sitz- und Fußbrett werden einfach höher oder tiefer "
  "gesetzt. Mit Babybügel und 5-Punkt-Gurt ab 6 Monaten, später als Kinderstuhl bis 10 Jahre.\n\n- Massive Buche, "
  "Lack auf Wasserbasis\n- Belastbar bis 90 kg\n- Geprüft nach EN 14988\n- Hergestellt in Polen")
C("X10", "A solid beech high chair that grows with your child: move the seat and footrest as they grow, from six "
  "months (once they sit up unaided) to ten years. The baby bar and 5-point harness come off when they are no "
  "longer needed.\n\nMade to EN 14988, it takes up to 90 kg (about 198 lb). Wipe clean with a damp cloth.")
C("X10", "Polish-made beech high chair with an adjustable seat and footrest, from 6 months to 10 years.", "s")
C("X10", "Mitwachsender Buchen-Hochstuhl in Natur oder Weiß/Natur, nach EN 14988.", "s")
C("X10", seo("Mitwachsender Hochstuhl aus Buche | Kleine Linde",
             "Solid beech high chair with an adjustable seat and footrest, a baby bar and a removable 5-point "
             "harness. From 6 months to 10 years; EN 14988."), "seo")
C("X10", qa(("Ab wann kann mein Kind darin sitzen?", "Ab 6 Monaten, mit Babybügel und Gurt, sobald es sicher "
             "allein sitzt."), ("Wie reinige ich ihn?", "Nur mit einem feuchten Tuch.")), "faq")
F("X10", "Aus massiver [[Eiche]] mit Lack auf Wasserbasis.", "accuracy.material", "block", "massive Buche")
F("X10", "Mit Babybügel und Gurt schon ab [[4 Monaten]].", "accuracy.number", "block", "ab 6 Monaten")
F("X10", "Der Stuhl ist belastbar bis [[120 kg]].", "accuracy.number", "block", "bis 90 kg")
F("X10", "Ein mitwachsender Hochstuhl, [[hergestellt in Deutschland]].", "accuracy.origin", "block",
  "hergestellt in Polen")
F("X10", "Sitz und Babybügel können [[in der Spülmaschine]] gereinigt werden.", "accuracy.care", "block",
  "nur mit einem feuchten Tuch reinigen")
F("X10", "Geprüft nach [[EN 71]].", "accuracy.certification", "block", "EN 14988")
# X11 rice
C("X11", "Koshihikari grown by one family in Uonuma, Niigata, and milled only when you order, so the rice is "
  "fresh when it arrives. It is 特別栽培米: grown with at most half the usual pesticides and chemical "
  "fertiliser.\n\n- Variety: Koshihikari\n- Harvest: autumn 2026\n- White rice, 2 kg or 5 kg")
C("X11", "Rinse this Uonuma Koshihikari two or three times, then let it soak for half an hour before cooking.\n\n"
  "Once the bag is open, store it somewhere cool and dark and use it within a month.")
C("X11", "New-crop 2026 Koshihikari from Uonuma in Niigata, milled to order.", "s")
C("X11", "魚沼産コシヒカリの白米。2026年産、注文後に精米します。", "s")
C("X11", qa(("How should I store it?", "Somewhere cool and dark; use it within a month of opening."),
            ("When was it harvested?", "In autumn 2026.")), "faq")
F("X11", "Koshihikari from Uonuma, harvested in autumn [[2025]].", "accuracy.number", "block", "2026 harvest")
F("X11", "[[Certified organic]] Koshihikari from Uonuma.", "accuracy.certification", "block",
  "special cultivation rice, not certified organic")
F("X11", "Grown with [[no pesticides at all]] on our family paddies.", "compliance.environmental", "block",
  "no more than half the usual pesticides")
F("X11", "[[Brown rice]] Koshihikari, milled to order.", "accuracy.category", "block", "white rice (白米)")
F("X11", "Koshihikari from our family paddies in [[Akita]].", "accuracy.origin", "block", "Uonuma, Niigata")
F("X11", "[[No rinsing needed]]: cook it straight from the bag.", "accuracy.care", "block",
  "rinse two or three times and soak 30 minutes")

# X12 balsamic
C("X12", "A thick, sweet-sharp Aceto Balsamico di Modena IGP, aged for at least three years in oak barrels. A few "
  "drops lift strawberries, Parmesan or grilled vegetables.\n\n- Ingredients: cooked grape must, wine vinegar\n"
  "- Acidity: 6 %\n- 250 ml bottle\n- Contains sulphites")
C("X12", "Aceto Balsamico di Modena IGP invecchiato almeno tre anni in botti di rovere. Dolce e acidulo, è buono "
  "sulle fragole, sul Parmigiano o sulle verdure grigliate.\n\nNon è il Tradizionale DOP. Contiene solfiti.")
C("X12", "Balsamic vinegar of Modena IGP, aged three years or more in oak, made from cooked grape must and wine "
  "vinegar.", "s")
C("X12", "A 250 ml bottle (about 8.5 fl oz) of aged Modena balsamic, 6 % acidity.", "s")
C("X12", qa(("Is this the traditional DOP balsamic?", "No. It is Aceto Balsamico di Modena IGP, aged at least "
             "three years in oak."), ("Does it contain sulphites?", "Yes.")), "faq")
F("X12", "An [[Aceto Balsamico Tradizionale di Modena DOP]], aged in oak.", "accuracy.certification", "block",
  "IGP; the listing says it is not the Tradizionale DOP")
F("X12", "Made from cooked grape must, wine vinegar and [[caramel]].", "accuracy.material", "block",
  "cooked grape must and wine vinegar only")
F("X12", "Aged in [[cherry and juniper]] barrels for at least three years.", "accuracy.material", "block",
  "oak barrels")
F("X12", "A balsamic made in [[Reggio Emilia]] and aged in oak.", "accuracy.origin", "block", "Modena")
F("X12", "A [[500 ml]] bottle of aged balsamic.", "accuracy.size", "block", "250 ml")
F("X12", "A spoonful a day is [[good for digestion]].", "compliance.health", "block",
  "a health claim the listing does not make")
F("X12", "A thick [[balsamic glaze]] for strawberries and Parmesan.", "accuracy.category", "block",
  "a balsamic vinegar, not a glaze")

# X13 bathrobe
C("X13", "A light waffle-weave robe in 100 % cotton, made in Denizli, Türkiye. At 280 g/m² it dries quickly after "
  "a bath and packs flat in a suitcase.\n\n- Shawl collar, two patch pockets, tie belt with belt loops\n"
  "- Sizes S/M and L/XL\n- Beyaz (white) or Antrasit (anthracite grey)\n- Wash at 40 °C, tumble dry low")
C("X13", "A lightweight cotton waffle robe with a shawl collar and two patch pockets.\n\nIt goes in the wash at "
  "40 °C (104 °F) and can be tumble dried on low, so it is easy to look after.")
C("X13", "Turkish-made waffle cotton bathrobe, light enough to pack for travel.", "s")
C("X13", "Vafl dokuma %100 pamuk bornoz, Denizli'de üretildi.", "s")
C("X13", seo("Waffle Cotton Bathrobe | Ilgaz Ev",
             "A light 280 g/m² waffle robe in 100 % cotton from Denizli. Dries fast, packs flat, and has a shawl "
             "collar and two patch pockets."), "seo")
F("X13", "A waffle robe in [[organic]] cotton.", "accuracy.material", "block",
  "100 % cotton; nothing says organic")
F("X13", "Woven and sewn in [[Bursa]], Türkiye.", "accuracy.origin", "block", "made in Denizli")
F("X13", "A waffle robe [[with a hood]] and two patch pockets.", "accuracy.feature", "block",
  "shawl collar, no hood")
F("X13", "Choose white, anthracite or [[sage]].", "accuracy.colour", "block", "Beyaz or Antrasit only")
F("X13", "Wash it at [[60 °C]] and tumble dry on low.", "accuracy.care", "block", "40 °C")
F("X13", "A [[terry-lined]] waffle robe with a shawl collar.", "accuracy.material", "block",
  "100 % cotton waffle weave; no terry lining")
F("X13", "[[Loved by thousands of hotel guests]], now for your home.", "compliance.social_proof", "warn",
  "no such claim in the listing")

# X14 waxed jacket
C("X14", "A field jacket in 8 oz waxed cotton that keeps off showers and wind, with a corduroy collar to turn up "
  "and a cotton tartan lining. A two-way brass zip closes under a press-stud storm flap.\n\n- Four front pockets "
  "and a poacher's pocket at the back\n- Olive or Navy, S to XL\n- Made in South Shields, England")
C("X14", "Made in England, this waxed jacket needs little looking after: sponge off mud with cold water and "
  "re-wax it once a year.\n\nNever put it in the washing machine or the dryer, and don't dry clean it.")
C("X14", "An English-made waxed cotton field jacket with a corduroy collar and a big poacher's pocket.", "s")
C("X14", "8 oz waxed cotton, tartan-lined, in Olive or Navy.", "s")
C("X14", qa(("How do I clean it?", "Sponge it with cold water. Do not wash, dry clean or tumble dry it, and re-wax "
             "it once a year."), ("Where is it made?", "In South Shields, England.")), "faq")
F("X14", "Lined with [[quilted wool]] for cold mornings.", "accuracy.material", "block", "cotton tartan lining")
F("X14", "[[Fully waterproof]] waxed cotton with a corduroy collar.", "accuracy.feature", "block",
  "sheds showers and wind; not described as fully waterproof")
F("X14", "Made in [[Northumberland]], England.", "accuracy.origin", "block", "South Shields")
F("X14", "A [[detachable hood]] tucks into the collar.", "accuracy.feature", "block", "no hood in the listing")
F("X14", "[[Machine wash at 30 °C]] when it gets muddy.", "accuracy.care", "block",
  "do not wash; sponge clean")
F("X14", "Choose Olive, Navy or [[Sand]].", "accuracy.colour", "block", "Olive or Navy only")
F("X14", "A waxed field jacket by [[Harrow & Crane]].", "accuracy.brand", "block", "the vendor is Harrow & Finch")

# X15 bookshelf
C("X15", "A leaning ladder bookshelf in solid oiled oak. Its five shelves get deeper towards the floor, so heavy "
  "books sit low and plants or frames go on top.\n\n- 180 cm tall, 60 cm wide, 35 cm deep\n- Up to 15 kg per "
  "shelf\n- Made in Lithuania\n- Wall bracket and Allen key included")
C("X15", "Solid oak, finished with oil, in a ladder shape that leans against the wall; fix it with the bracket in "
  "the box.\n\nIt arrives flat-packed and goes together in about 20 minutes. Wipe it with a dry cloth and give it "
  "fresh oil once a year.")
C("X15", "A five-shelf leaning bookshelf in oiled solid oak, about 6 ft tall, made in Lithuania.", "s")
C("X15", "Stigereol i massiv olieret eg med fem hylder, 180 cm høj.", "s")
C("X15", seo("Oak Ladder Bookshelf, 5 Shelves | Brynmor Furniture",
             "A solid oak ladder bookshelf, 180 cm tall, with five shelves that deepen towards the floor and hold "
             "up to 15 kg each."), "seo")
F("X15", "A ladder bookshelf in solid [[walnut]], finished with oil.", "accuracy.material", "block", "solid oak")
F("X15", "Each shelf holds up to [[25 kg]].", "accuracy.number", "block", "15 kg per shelf")
F("X15", "A solid oak ladder shelf [[made in Denmark]].", "accuracy.origin", "block", "made in Lithuania")
F("X15", "[[Free-standing, so there is no need to fix it to the wall]].", "accuracy.feature", "block",
  "it must be fixed to the wall")
F("X15", "At [[200 cm]] tall it makes the most of high ceilings.", "accuracy.size", "block", "180 cm tall")
F("X15", "[[FSC-certified]] solid oak with five shelves.", "accuracy.certification", "block",
  "no certification in the listing")
# X16 cement tiles
C("X16", "Handmade cement tiles in the 'Fès' star pattern. The colour is pressed in as a 3 mm layer of pigmented "
  "cement, so the pattern goes into the tile instead of sitting on top.\n\n- 20 x 20 cm, 16 mm thick\n- 12 tiles, "
  "covering 0.48 m², per box\n- Cement, marble powder and natural pigments\n- Indigo/Cream or Terracotta/Cream\n"
  "- Made in Fès, Morocco")
C("X16", "Moroccan cement tiles for indoor floors and walls. Seal them before grouting and again afterwards with "
  "a penetrating sealer.\n\nThey are not frost-resistant, so keep them indoors. Expect small differences in shade "
  "from tile to tile: each one is made by hand.")
C("X16", "Hand-pressed 'Fès' cement tiles from Morocco, 20 x 20 cm (about 7.9 in square), twelve to a box.", "s")
C("X16", "Indigo or terracotta on cream: encaustic tiles for indoor floors and walls, 0.48 m² (about 5.2 sq ft) "
  "a box.", "s")
C("X16", qa(("Can I use them outside?", "No. They are for indoor floors and walls and are not frost-resistant."),
            ("Do they need sealing?", "Yes, before and after grouting, with a penetrating sealer.")), "faq")
F("X16", "[[Glazed ceramic]] tiles in the 'Fès' star pattern.", "accuracy.material", "block",
  "cement, marble powder and natural pigments")
F("X16", "[[Frost-resistant, so they work on a terrace too]].", "accuracy.feature", "block",
  "not frost-resistant; indoor only")
F("X16", "Each tile is [[10 mm]] thick.", "accuracy.size", "block", "16 mm")
F("X16", "Pressed by hand in [[Marrakech]].", "accuracy.origin", "block", "Fès, Morocco")
F("X16", "[[No sealing needed]]: lay and grout.", "accuracy.care", "block",
  "seal before and after grouting")
F("X16", "Choose Indigo/Cream or [[Green]]/Cream.", "accuracy.colour", "block",
  "Indigo/Cream or Terracotta/Cream")

# X17 wall paint
C("X17", "A chalky matt emulsion for walls and ceilings indoors. The 2 % sheen is low enough to hide small flaws "
  "in old plaster, and it is water-based with under 1 g/L of VOC, so there is little smell.\n\n- About 12 m² per "
  "litre per coat; two coats for full colour\n- Touch dry in 2 hours, recoat after 4\n- EU Ecolabel\n- Lichen, "
  "Clay or Chalk White, in 1 L or 2.5 L\n- Made in Switzerland")
C("X17", "A 2.5 L tin covers around 30 m² (roughly 320 sq ft) per coat, so with two coats that is about 15 m² of "
  "wall at full colour.\n\nUse it on interior walls and ceilings, not on floors or outside.")
C("X17", "Swiss-made chalky matt wall paint, water-based and EU Ecolabel certified.", "s")
C("X17", "Low-odour matt emulsion in Lichen, Clay or Chalk White; recoat after four hours.", "s")
C("X17", seo("Chalky Matt Wall Paint | Mossgate Paints",
             "A deep matt, water-based emulsion for interior walls and ceilings: under 1 g/L VOC, EU Ecolabel, "
             "about 12 m² per litre per coat."), "seo")
F("X17", "A [[zero-VOC]] chalky matt paint.", "compliance.environmental", "block",
  "under 1 g/L VOC, not zero")
F("X17", "Use it on interior walls and [[exterior render]] alike.", "accuracy.feature", "block",
  "not for exterior walls")
F("X17", "A chalky matt paint [[made in Germany]].", "accuracy.origin", "block", "made in Switzerland")
F("X17", "A [[linseed oil]] paint with a chalky matt finish.", "accuracy.material", "block",
  "water-based acrylic")
F("X17", "Sold in 1 L and [[5 L]] tins.", "accuracy.size", "block", "1 L or 2.5 L")
F("X17", "Choose Lichen, Clay, Chalk White or [[Slate]].", "accuracy.colour", "block",
  "Lichen, Clay or Chalk White")

# X18 e-book
C("X18", "A field guide to 96 edible and poisonous plants of the North Sea and Baltic coasts, with 340 colour "
  "photographs and a look-alike warning on every page.\n\n- 212 pages, in English\n- PDF and EPUB, downloaded "
  "right after you buy\n- For personal use only\n\nNo guide replaces an expert: check with one before you eat a "
  "wild plant.")
C("X18", "Download this coastal foraging guide as a PDF and an EPUB as soon as you have paid; there is nothing to "
  "wait for in the post.\n\nInside are 96 species from the North Sea and Baltic shores, in 340 photographs, with "
  "warnings about the plants each one can be mistaken for.")
C("X18", "An e-book field guide to 96 coastal plants, edible and poisonous, with 340 photos.", "s")
C("X18", "Instant PDF and EPUB download: 212 pages on foraging the North Sea and Baltic coasts.", "s")
C("X18", qa(("Will I receive a printed copy?", "No. It is a download (PDF and EPUB); nothing is posted."),
            ("Can I share it with my foraging group?", "No, the licence is for personal use only: please do not "
             "print or share copies.")), "faq")
F("X18", "A field guide to [[120]] coastal plants, edible and poisonous.", "accuracy.number", "block",
  "96 species")
F("X18", "[[A printed copy is posted to you]] as well as the PDF.", "compliance.shipping", "block",
  "nothing is posted")
F("X18", "Covers the [[Atlantic and Mediterranean]] coasts.", "accuracy.feature", "block",
  "North Sea and Baltic coasts")
F("X18", "Read it as a PDF, an EPUB or a [[Kindle MOBI]] file.", "accuracy.compatibility", "block",
  "PDF and EPUB only")
F("X18", "The licence lets you [[print and share copies]] with your group.", "accuracy.feature", "block",
  "personal use only; do not print or share")
F("X18", "Every plant in it is [[safe to eat]] once it matches the photo.", "compliance.health", "block",
  "the guide covers poisonous plants and tells you to check with an expert")
# X19 robot vacuum (external)
C("X19", "A robot vacuum that maps your rooms with LiDAR, pulls up dirt with 2,500 Pa of suction and runs for up "
  "to 150 minutes a charge. At 9.6 cm (about 3.8 in) tall it slides under most sofas and beds. It vacuums only; "
  "there is no mop.\n\n- 5,200 mAh battery\n- 450 ml dustbin\n\nSold and shipped by HomeGear Direct, who handle "
  "delivery, warranty and returns.")
C("X19", "The Wyndo RV-30 is sold through our partner store, HomeGear Direct: the button takes you to their site, "
  "and they look after delivery, the warranty and any returns.\n\nUp to two and a half hours of cleaning per "
  "charge.")
C("X19", "A LiDAR robot vacuum with 2,500 Pa suction and up to 150 minutes per charge, sold by our partner "
  "HomeGear Direct.", "s")
C("X19", "Low 9.6 cm robot vacuum with a 450 ml bin; vacuum only, no mopping.", "s")
C("X19", seo("Wyndo RV-30 Robot Vacuum",
             "LiDAR mapping, 2,500 Pa suction and up to 150 minutes a charge in a 9.6 cm body. Sold and shipped by "
             "HomeGear Direct."), "seo")
F("X19", "It [[vacuums and mops]] in a single pass.", "accuracy.feature", "block", "vacuum only; no mopping")
F("X19", "[[4,000 Pa]] of suction and LiDAR mapping.", "accuracy.number", "block", "2,500 Pa")
F("X19", "We ship it [[free within two days]].", "compliance.shipping", "block",
  "shipped by the partner store; no delivery promise")
F("X19", "Covered by [[our own two-year warranty]].", "accuracy.warranty", "block",
  "the partner store handles the warranty")
F("X19", "Start a clean by voice [[with Alexa]].", "accuracy.compatibility", "block",
  "no voice assistant in the listing")
F("X19", "The [[HomeGear]] RV-30 robot vacuum with LiDAR mapping.", "accuracy.brand", "block",
  "made by Wyndo; HomeGear Direct is the partner store")
F("X19", "A [[cordless stick vacuum]] with 2,500 Pa suction.", "accuracy.category", "block",
  "a robot vacuum")

# X20 shoe resoling service
C("X20", "Post us your leather-soled or Goodyear-welted shoes and our Bristol workshop will resole them: a half "
  "sole for £45, or a full sole and heel for £85, in studded rubber or oak-bark-tanned leather.\n\nWe send a "
  "prepaid label (UK addresses only) and post the shoes back tracked within 10 working days of arriving. We "
  "can't take trainers with foam midsoles, and we don't repair uppers.")
C("X20", "A resoling service by post from a workshop in Bristol. Choose studded rubber or oak-bark-tanned "
  "leather, and get your shoes back by tracked post within two working weeks of our receiving them.")
C("X20", "Resoling by post from our Bristol workshop, with prepaid postage both ways for UK addresses.", "s")
C("X20", "Half sole or full sole and heel, in rubber or leather, back to you within 10 working days.", "s")
C("X20", qa(("Can you resole my trainers?", "Not trainers with foam midsoles. We resole leather-soled and "
             "Goodyear-welted shoes."), ("How long does it take?", "We post them back, tracked, within 10 working "
             "days of arrival.")), "faq")
F("X20", "Prepaid postage both ways, [[worldwide]].", "compliance.shipping", "block", "UK addresses only")
F("X20", "We also [[restitch torn uppers]] while we are at it.", "accuracy.feature", "block",
  "uppers are not repaired or restitched")
F("X20", "A full sole and heel costs [[£75]].", "accuracy.price", "block", "£85.00")
F("X20", "Leather soles in [[chrome-tanned]] leather.", "accuracy.material", "block", "oak-bark-tanned leather")
F("X20", "Resoled in our [[Northampton]] workshop.", "accuracy.origin", "block", "Bristol workshop")
F("X20", "Every resole is [[guaranteed for life]].", "accuracy.warranty", "block", "no guarantee in the listing")
F("X20", "Studded [[Vibram]] rubber soles.", "accuracy.brand", "block", "studded rubber; no sole brand named")

# X21 thin tote (title and price only)
C("X21", "A tote bag in heavy canvas.")
C("X21", "This is a tote bag made of heavy canvas. It costs $22.")
C("X21", "A heavy canvas tote bag.", "s")
C("X21", "Heavy canvas, made into a tote.", "s")
C("X21", seo("Heavy Canvas Tote Bag", "A tote bag made from heavy canvas, $22.00."), "seo")
F("X21", "A heavy canvas tote [[with a zip-top closure]].", "accuracy.feature", "block",
  "the listing gives only a title and a price")
F("X21", "A [[natural undyed]] heavy canvas tote.", "accuracy.colour", "warn",
  "the listing gives no colour")
F("X21", "A tote in heavy [[12 oz]] canvas.", "accuracy.number", "block", "no fabric weight given")
F("X21", "A heavy [[organic cotton]] canvas tote.", "accuracy.material", "block",
  "the listing says canvas only")
F("X21", "A heavy canvas tote, [[made in the USA]].", "accuracy.origin", "block", "no origin given")
F("X21", "A heavy canvas tote that is [[machine washable]].", "accuracy.care", "block", "no care given")

# X22 thin throw (title, vendor, one attribute, price)
C("X22", "A merino wool throw from Cairnloch.")
C("X22", "Merino wool, made into a throw by Cairnloch. $135.")
C("X22", "Cairnloch's throw, in merino wool.", "s")
C("X22", "A throw made from merino.", "s")
C("X22", qa(("What is it made of?", "Merino wool.")), "faq")
F("X22", "A merino throw [[woven in Scotland]].", "accuracy.origin", "block",
  "no origin given; the vendor's name is not an origin")
F("X22", "A [[140 x 180 cm]] merino throw.", "accuracy.size", "block", "no size given")
F("X22", "A [[grey]] merino throw from Cairnloch.", "accuracy.colour", "warn", "the listing gives no colour")
F("X22", "A throw in [[merino and cashmere]].", "accuracy.material", "block", "merino wool only")
F("X22", "A merino throw that is [[machine washable]].", "accuracy.care", "block", "no care given")
F("X22", "A throw in [[responsibly sourced]] merino wool.", "compliance.environmental", "warn",
  "an unconfirmable sourcing claim")

# X23 barbecue tools (grouped)
C("X23", "Three barbecue tools with 304 stainless steel heads and spotted gum handles turned in Tasmania. Pick "
  "the ones you need: 45 cm locking tongs (A$39), a slotted spatula with a bottle opener in the handle (A$35), "
  "and a brass-bristle grill brush (A$25) that won't scratch cast iron.\n\nHand wash and dry straight away; oil "
  "the handles now and then.")
C("X23", "Spotted gum and stainless steel barbecue tools, sold one by one; all three together come to A$99.\n\n"
  "They are not dishwasher safe: wash them by hand and dry them at once.")
C("X23", "Barbecue tongs, spatula and brass grill brush with Tasmanian-turned spotted gum handles, sold "
  "separately.", "s")
C("X23", "Locking tongs 45 cm long (about 17.7 in) with 304 stainless steel heads and a spotted gum handle.", "s")
C("X23", seo("Spotted Gum Barbecue Tool Set | Emberline",
             "Tongs, spatula and grill brush with 304 stainless heads and spotted gum handles, sold piece by "
             "piece. The brass brush is safe on cast iron."), "seo")
F("X23", "Buy the [[whole set for A$89]].", "accuracy.price", "block",
  "no set price; the pieces are A$39, A$35 and A$25")
F("X23", "Handles turned from [[Tasmanian oak]].", "accuracy.material", "block", "spotted gum")
F("X23", "[[Made in Tasmania, from heads to handles]].", "accuracy.origin", "block",
  "only the handles are turned in Tasmania")
F("X23", "[[Dishwasher safe]], so cleaning up is quick.", "accuracy.care", "block", "not dishwasher safe")
F("X23", "A grill brush with [[stainless steel bristles]].", "accuracy.material", "block", "brass bristles")
F("X23", "[[40 cm]] locking tongs with a spotted gum handle.", "accuracy.size", "block", "45 cm")
# X24 marmalade
C("X24", "A bitter, thick-cut marmalade boiled in small copper pans in Perthshire, from Seville oranges grown in "
  "Andalusia, cane sugar and lemon juice. There is 45 g of fruit in every 100 g and no added pectin.\n\n- 340 g "
  "jar\n- Keep in the fridge once open and use within 6 weeks")
C("X24", "Made in Scotland with Spanish Seville oranges, this marmalade is cut thick and kept bitter.\n\nThree "
  "ingredients only: oranges, cane sugar and lemon juice.")
C("X24", "Thick-cut Seville orange marmalade from Perthshire, 45 % fruit, no added pectin.", "s")
C("X24", "A 340 g (12 oz) jar of bitter Seville marmalade, made in small copper pans.", "s")
C("X24", qa(("Does it contain pectin?", "No pectin is added: just Seville oranges, cane sugar and lemon juice."),
            ("How long does it keep once opened?", "Refrigerate it after opening and use it within six weeks.")),
  "faq")
F("X24", "A thick-cut marmalade of [[Sicilian]] oranges.", "accuracy.origin", "block",
  "Seville oranges grown in Andalusia, Spain")
F("X24", "Boiled in small copper pans [[in Dundee]].", "accuracy.origin", "block", "made in Perthshire")
F("X24", "[[No need to refrigerate]] after opening.", "accuracy.care", "block", "refrigerate after opening")
F("X24", "A [[450 g]] jar of thick-cut marmalade.", "accuracy.size", "block", "340 g")
F("X24", "Seville oranges, cane sugar, lemon juice and [[a dash of whisky]].", "accuracy.material", "block",
  "three ingredients; no whisky")
F("X24", "A bitter marmalade [[suitable for diabetics]].", "compliance.health", "block",
  "made with cane sugar; a health claim the listing does not make")

# X25 solar panel
C("X25", "A four-fold 100 W solar panel with monocrystalline cells at 23 % efficiency. USB-C (60 W PD), USB-A "
  "(18 W) and an 18 V DC output let you charge a phone directly or top up a portable power station.\n\n- Folded: "
  "52 x 36 x 4 cm, 4.1 kg\n- Panels IP65; the junction box and ports are not waterproof\n- Battery not included\n"
  "- 2-year warranty")
C("X25", "Rated at 100 W under standard test conditions (1,000 W/m² at 25 °C); on a real day you will see less, "
  "depending on the sun.\n\nFolded, it is about 20.5 x 14 x 1.6 in and weighs around 9 lb.")
C("X25", "A foldable 100 W monocrystalline panel with USB-C, USB-A and DC outputs; no battery included.", "s")
C("X25", "Four panels fold down to 52 x 36 x 4 cm, with a 2-year warranty.", "s")
C("X25", seo("Foldable Solar Panel 100 W | Sunroam",
             "Four-fold 100 W monocrystalline panel with USB-C PD 60 W, USB-A and 18 V DC outputs. IP65 panels; "
             "4.1 kg folded; 2-year warranty."), "seo")
F("X25", "[[Fully waterproof]], junction box and ports included.", "accuracy.feature", "block",
  "IP65 panels only; the junction box and ports are not waterproof")
F("X25", "A USB-C port with [[100 W]] Power Delivery.", "accuracy.number", "block", "USB-C PD 60 W")
F("X25", "A [[built-in battery]] stores power for the evening.", "accuracy.feature", "block",
  "battery not included")
F("X25", "[[Polycrystalline]] cells in four folding panels.", "accuracy.material", "block", "monocrystalline")
F("X25", "Backed by a [[5-year]] warranty.", "accuracy.warranty", "block", "2 years")
F("X25", "[[The most efficient folding panel on the market]].", "compliance.absolute", "warn",
  "a superlative the listing does not make")

# X26 snowshoes
C("X26", "Snowshoes for rolling and steep ground: an aluminium 7075 frame, a polyethylene deck and hardened steel "
  "crampons under the toe and along the sides. Flip up the heel lift on long climbs.\n\n- Size 21: up to 80 kg "
  "with your pack\n- Size 25: up to 110 kg\n- Ratchet straps for boots EU 36 to 47\n- Made in Savoie, France; sold "
  "as a pair")
C("X26", "Raquettes à neige pour terrains vallonnés et pentus, avec cadre en aluminium 7075, plateau en "
  "polyéthylène et crampons en acier trempé.\n\nLa cale de montée se relève pour les longues montées (deux "
  "positions). Fabriquées en Savoie.")
C("X26", "French-made snowshoes with an aluminium frame, steel crampons and a two-position heel lift.", "s")
C("X26", "Size 25 carries walkers up to 110 kg (about 240 lb) with their pack.", "s")
C("X26", qa(("Which size do I need?", "Size 21 for up to 80 kg with your pack, size 25 for up to 110 kg."),
            ("Will they fit my boots?", "The ratchet straps fit boots from EU 36 to 47.")), "faq")
F("X26", "A [[carbon fibre]] frame with a polyethylene deck.", "accuracy.material", "block",
  "aluminium 7075 frame")
F("X26", "Size 25 takes walkers up to [[130 kg]].", "accuracy.number", "block", "up to 110 kg")
F("X26", "A heel lift with [[three]] positions.", "accuracy.number", "block", "2 positions")
F("X26", "Fabriquées [[à Chamonix]].", "accuracy.origin", "block", "Savoie; Chamonix is in Haute-Savoie")
F("X26", "Ratchet straps fit boots from EU 36 to [[50]].", "accuracy.size", "block", "EU 36 to 47")
F("X26", "[[Sold singly]], so buy two.", "accuracy.number", "block", "sold as a pair")
# X27 arrows
C("X27", "Six carbon arrows for target and field practice, straight to ±0.003 in and fitted with 2 in plastic "
  "vanes, push-in nocks and 100-grain screw-in field points.\n\n- Spine 500, 600 or 700, to suit your bow's draw "
  "weight\n- 32 in long, uncut: have them cut to your draw length\n- 6.2 mm outer diameter")
C("X27", "Carbon target arrows, sold in sixes. They come uncut at 32 in (about 81 cm), so they can be cut to your "
  "draw length.\n\nThey are for targets, not hunting; flex each one and look for cracks before you shoot.")
C("X27", "Six carbon arrows with plastic vanes and 100-grain field points, in spines 500, 600 and 700.", "s")
C("X27", "Target arrows straight to ±0.003 in, uncut at 32 inches.", "s")
C("X27", seo("Carbon Target Arrows, Pack of 6 | Yewline Archery",
             "Six carbon target arrows, straight to ±0.003 in, with 2 in vanes, push-in nocks and 100-grain field "
             "points. Spines 500, 600, 700."), "seo")
F("X27", "Straight to [[±0.001 in]], with 2 in plastic vanes.", "accuracy.number", "block", "±0.003 in")
F("X27", "Fletched with [[turkey feathers]].", "accuracy.material", "block", "2 in plastic vanes")
F("X27", "Carbon arrows [[for target practice and hunting]].", "accuracy.feature", "block",
  "for target shooting, not hunting")
F("X27", "[[Aluminium]] shafts with push-in nocks.", "accuracy.material", "block", "carbon shafts")
F("X27", "Shafts come pre-cut to [[30 in]].", "accuracy.size", "block", "uncut at 32 in")
F("X27", "Carbon target arrows [[made in the USA]].", "accuracy.origin", "block", "no origin given")

# X28 shower head
C("X28", "Alcachofa de ducha tipo lluvia de 25 cm, hecha en España en latón macizo. Su caudal de 8 L/min ahorra "
  "agua y mantiene la sensación de lluvia.\n\n- Acabado cromo o negro mate\n- Rosca G 1/2\n- Boquillas de "
  "silicona que se limpian con el dedo\n- Brazo de ducha no incluido")
C("X28", "A 25 cm (about 10 in) rain shower head in solid brass, made in Spain. It limits flow to 8 litres a "
  "minute (about 2.1 US gallons), so you use less water.\n\nRub the silicone nozzles with a finger to clear "
  "limescale. Standard G 1/2 thread; the shower arm is not included.")
C("X28", "Spanish-made brass rain shower head, 25 cm, limited to 8 L/min.", "s")
C("X28", "Alcachofa de lluvia en cromo (89 €) o negro mate (95 €), con boquillas antical.", "s")
C("X28", qa(("Does it come with a shower arm?", "No, the arm is not included. It fits a standard G 1/2 thread."),
            ("How do I remove limescale?", "Rub the silicone nozzles with your finger.")), "faq")
F("X28", "Alcachofa de ducha de lluvia en [[acero inoxidable]].", "accuracy.material", "block", "latón macizo")
F("X28", "[[30 cm]] de diámetro para una lluvia amplia.", "accuracy.size", "block", "25 cm")
F("X28", "Brazo de ducha [[incluido]].", "accuracy.feature", "block", "brazo de ducha no incluido")
F("X28", "Available in chrome, matt black and [[brushed gold]].", "accuracy.colour", "block",
  "Cromo or Negro mate only")
F("X28", "Fabricada en [[Italia]] en latón macizo.", "accuracy.origin", "block", "hecho en España")
F("X28", "It fits [[G 3/4]] shower arms.", "accuracy.compatibility", "block", "G 1/2 thread")
F("X28", "Una [[columna de ducha completa]] con alcachofa de 25 cm.", "accuracy.category", "block",
  "a shower head only; the arm is not included")

# X29 silk tie
C("X29", "An open-weave grenadine tie in pure silk, with a texture that catches the light. It is unlined, so the "
  "knot sits neat and light.\n\n- 8 cm wide, 148 cm long\n- Navy, Burgundy or Black\n- Silk woven in Como, Italy; "
  "cut and sewn by hand in London\n- Dry clean only")
C("X29", "Woven in Como and made up by hand in London, this grenadine tie is 8 cm (about 3.1 in) wide and 148 cm "
  "(about 58 in) long.\n\nHang it between wears and dry clean it when needed.")
C("X29", "A hand-sewn London tie in Como-woven silk grenadine, unlined.", "s")
C("X29", "Pure silk grenadine tie, 8 cm wide, in navy, burgundy or black.", "s")
C("X29", seo("Silk Grenadine Tie | Ferraro Reed",
             "Unlined tie in 100 % silk grenadine woven in Como and sewn by hand in London. 8 cm wide; navy, "
             "burgundy or black."), "seo")
F("X29", "A grenadine tie [[made in Italy]] from Como silk.", "accuracy.origin", "block",
  "the silk is woven in Como; the tie is made in London")
F("X29", "A [[7 cm]] silk grenadine tie.", "accuracy.size", "block", "8 cm wide")
F("X29", "Woven from [[silk and wool]] grenadine.", "accuracy.material", "block", "100 % silk")
F("X29", "Choose navy, burgundy, black or [[forest green]].", "accuracy.colour", "block",
  "Navy, Burgundy or Black")
F("X29", "A silk tie you can [[machine wash]].", "accuracy.care", "block", "dry clean only")
F("X29", "[[A favourite of Savile Row tailors]], in pure silk grenadine.", "compliance.social_proof", "warn",
  "an endorsement the listing does not make")

# X30 batteries
C("X30", "Eight AA NiMH batteries, pre-charged so they work straight out of the pack. Each holds 2,450 mAh "
  "(2,300 mAh at minimum), and low self-discharge means they still have 70 % of their charge after a year in a "
  "drawer.\n\n- 1.2 V\n- Up to 500 recharges\n- Made in Japan\n- Charger not included: use a NiMH charger")
C("X30", "Japanese-made rechargeable AA cells that you can recharge up to 500 times.\n\nThere's no charger in the "
  "pack, so use one made for NiMH batteries.")
C("X30", "An 8-pack of pre-charged AA NiMH batteries, 2,450 mAh, rechargeable up to 500 times.", "s")
C("X30", "Akumulatory AA NiMH, 8 sztuk, 2450 mAh, wyprodukowane w Japonii.", "s")
C("X30", qa(("Is a charger included?", "No. Use a NiMH charger."),
            ("How long do they hold a charge?", "They keep 70 % of their charge after a year unused.")), "faq")
F("X30", "Each cell holds [[2,800 mAh]].", "accuracy.number", "block", "2,450 mAh")
F("X30", "Recharge them up to [[2,100]] times.", "accuracy.number", "block", "up to 500 cycles")
F("X30", "Eight AA cells at [[1.5 V]].", "accuracy.number", "block", "1.2 V")
F("X30", "Rechargeable AA batteries with [[lithium-ion]] cells.", "accuracy.material", "block", "NiMH")
F("X30", "[[A charger is included]] in the pack.", "accuracy.feature", "block", "charger not included")
F("X30", "Pre-charged AA batteries [[made in China]].", "accuracy.origin", "block", "made in Japan")
F("X30", "An [[eco-friendly]] choice over throwaway cells.", "compliance.environmental", "warn",
  "a vague environmental claim")

# One more true sentence per listing, put after a planted claim when it is recast as a description.
TRUE = {
    "X01": "It is aged for eight months in a natural cellar.",
    "X02": "The 38 cm shaft has an adjustable side gusset with a buckle.",
    "X03": "É um tinto do Dão com 13,5 % vol.",
    "X04": "Each panel measures 140 cm across.",
    "X05": "The fencing-style veil zips on and off.",
    "X06": "Each tube holds twelve shuttles.",
    "X07": "It works with Amazon Alexa and Google Home.",
    "X08": "The brisa weave lets air through on hot days.",
    "X09": "Four double spinner wheels roll it upright beside you.",
    "X10": "Sitz- und Fußbrett lassen sich in der Höhe verstellen.",
    "X11": "It is milled to order.",
    "X12": "It contains sulphites.",
    "X13": "It has a shawl collar and two patch pockets.",
    "X14": "A corduroy collar and a two-way brass zip finish it.",
    "X15": "The five shelves get deeper towards the floor.",
    "X16": "Each tile is 20 x 20 cm.",
    "X17": "It is water-based, with under 1 g/L VOC.",
    "X18": "It has 212 pages, in English.",
    "X19": "It is sold and shipped by our partner store, HomeGear Direct.",
    "X20": "Choose a half sole or a full sole and heel.",
    "X21": "It is made of heavy canvas.",
    "X22": "It is made by Cairnloch.",
    "X23": "Each piece is sold on its own.",
    "X24": "It contains 45 % Seville oranges.",
    "X25": "It folds into four.",
    "X26": "The heel lift flips up for long climbs.",
    "X27": "The spines are 500, 600 and 700.",
    "X28": "Las boquillas son de silicona antical.",
    "X29": "It is unlined.",
    "X30": "They can be recharged up to 500 times.",
}

FAQ_QUESTIONS = ("What should I know about it?", "Tell me more about it.", "What is special about it?")
PATTERN = ("d", "s", "seo", "d", "faq", "d", "s", "seo")


def _recast():
    """Spread each listing's one-sentence faulty drafts over the four kinds, in turn."""
    titles = {k: v["title"] + (f" | {v['vendor']}" if v.get("vendor") else "") for k, v in make_listings.L.items()}
    count = {}
    out = []
    for listing, _, sentence, rule, severity, why in FAULTY:
        n = count.get(listing, 0)
        count[listing] = n + 1
        offset = int(listing[1:])
        kind = PATTERN[(n + offset) % len(PATTERN)]
        if kind == "d":
            draft = sentence + "\n\n" + TRUE[listing]
        elif kind == "s":
            draft = sentence
        elif kind == "seo":
            draft = seo(titles[listing], sentence)
        else:
            draft = qa((FAQ_QUESTIONS[(n + offset) % len(FAQ_QUESTIONS)], sentence))
        out.append((listing, kind, draft, rule, severity, why))
    return out


def build():
    clean = []
    for listing, kind, draft in CLEAN:
        text = _serialise(KIND[kind], draft)
        assert "[[" not in text, f"mark in a clean draft of {listing}"
        clean.append({"listing": listing, "kind": KIND[kind], "text": text, "labels": []})
    faulty = []
    for listing, kind, draft, rule, severity, why in _recast():
        marked = _serialise(KIND[kind], draft)
        text, spans = _strip_marks(marked)
        assert len(spans) == 1, f"{listing}: want exactly one marked claim in {marked!r}"
        start, end = spans[0]
        faulty.append({"listing": listing, "kind": KIND[kind], "text": text,
                       "labels": [{"rule": rule, "start": start, "end": end, "claim": text[start:end],
                                   "severity": severity, "why": why}]})
    return clean, faulty


if __name__ == "__main__":
    c, f = build()
    print(len(c), "clean", len(f), "faulty")
