"""Hand-written drafts for guardrails holdout v6: clean copy and copy with one planted error each.

In a faulty draft the one unsupported claim is marked [[like this]]; `build()` strips the marks and
records the span. SEO and FAQ drafts are written as Python objects and serialised with json.dumps, so
their spans are offsets into the JSON text. Short descriptions are HTML, like descriptions.
"""
import json

CLEAN = []
FAULTY = []
SD = "short_description"


def C(listing, draft, kind="description"):
    CLEAN.append((listing, kind, draft))


def F(listing, draft, rule, severity, why, kind="description"):
    FAULTY.append((listing, kind, draft, rule, severity, why))


def qa(*pairs):
    """FAQ draft from (question, answer) pairs."""
    return [{"question": q, "answer": a} for q, a in pairs]


def seo(title, description):
    return {"title": title, "description": description}


def _serialise(kind, draft):
    if kind in ("description", SD):
        return draft
    return json.dumps(draft, ensure_ascii=False)


def _strip_marks(marked):
    assert marked.count("[[") == 1 and marked.count("]]") == 1, marked
    start = marked.index("[[")
    end = marked.index("]]", start)
    text = marked[:start] + marked[start + 2:end] + marked[end + 2:]
    return text, start, end - 2


def build():
    """Return (clean rows, faulty rows) without ids; each row has listing, kind, text, labels."""
    clean = []
    for listing, kind, draft in CLEAN:
        text = _serialise(kind, draft)
        assert "[[" not in text and "]]" not in text, text
        clean.append({"listing": listing, "kind": kind, "text": text, "labels": []})
    faulty = []
    for listing, kind, draft, rule, severity, why in FAULTY:
        text, start, end = _strip_marks(_serialise(kind, draft))
        faulty.append({"listing": listing, "kind": kind, "text": text, "labels": [
            {"rule": rule, "start": start, "end": end, "claim": text[start:end], "severity": severity,
             "why": why}]})
    return clean, faulty


NUM, PRICE, MAT, COL = "accuracy.number", "accuracy.price", "accuracy.material", "accuracy.colour"
CERT, ORIG, SIZE, CAT = "accuracy.certification", "accuracy.origin", "accuracy.size", "accuracy.category"
FEAT, CARE, WARR, BRAND = "accuracy.feature", "accuracy.care", "accuracy.warranty", "accuracy.brand"
COMPAT, SHIP, HEALTH = "accuracy.compatibility", "compliance.shipping", "compliance.health"
ABS, ENV, SOCIAL = "compliance.absolute", "compliance.environmental", "compliance.social_proof"

# W01 e-bike frame battery: 36 V, 13,4 Ah = 482 Wh, roughly 60-110 km, 5,5 h with the 2 A charger (sold
# separately), store 10-25 C half charged, Voltra DX mount, 21700 Li-ion cells, 2 years / 500 cycles, UN 38.3,
# 2,9 kg, 449,00 EUR
C("W01", "<p>A 36 V frame battery for e-bikes with the Voltra DX mount. With 13,4 Ah (482 Wh) on board you can "
         "expect roughly 60 to 110 km of assisted riding, depending on the mode, the load and the hills.</p>"
         "<ul><li>Cells: lithium-ion 21700</li><li>Charging: about 5,5 hours with the 2 A charger, which is sold "
         "separately</li><li>Warranty: 2 years / 500 charge cycles</li><li>Tested to UN 38.3</li></ul>")
C("W01", "<p>Replacement 36 V, 482 Wh frame battery for Voltra DX e-bikes: roughly 37 to 68 miles of assist per "
         "charge.</p>", SD)
C("W01", qa(("Is the charger included?", "No, it is sold separately. With the 2 A charger a full charge takes "
                                         "about five and a half hours."),
            ("How should I store it over winter?", "Half charged, somewhere between 10 and 25 °C.")), "faq")
C("W01", seo("36 V 13,4 Ah E-Bike Frame Battery for Voltra DX | Stromrad",
             "482 Wh lithium-ion frame battery with about 60–110 km of assist per charge and a 2-year / "
             "500-cycle warranty. 449,00 €."), "seo")
C("W01", "<p>At 2,9 kg it is a straight swap for the battery on a Voltra DX mount, and it is covered for "
         "2 years or 500 charge cycles.</p>")
F("W01", "<p>Up to [[150 km]] of assisted riding on one charge.</p>", NUM, "block", "roughly 60-110 km")
F("W01", "<p>A full charge takes about 5,5 hours, and [[the 2 A charger is in the box]].</p>", FEAT, "block",
  "the charger is sold separately")
F("W01", "<p>Fits [[Bosch PowerTube frames]] as well as the Voltra DX mount.</p>", COMPAT, "block",
  "compatible with the Voltra DX frame mount only")
F("W01", "<p>A 36 V frame battery built on [[Samsung]] 21700 cells.</p>", BRAND, "block",
  "the listing names no cell maker")
F("W01", seo("E-Bike Frame Battery 36 V 482 Wh | Stromrad",
             "Replacement battery for the Voltra DX mount, [[certified to UL 2849]]."), CERT, "block",
  "the listing's certification is UN 38.3", "seo")
F("W01", "<p>A lithium-ion frame battery with [[482 Wh at 48 V]].</p>", NUM, "block", "36 V", SD)
F("W01", qa(("What does it cost?", "[[429,00 €]] including VAT."),), PRICE, "block", "449,00 €", "faq")

# W02 bee smoker: stainless chamber 4 in diameter x 7 in tall, hinged nozzle lid, wire heat shield, bellows of faux
# leather over pine, fuel pine needles / burlap / pellets, empty and cool before storing, Vermont, USD 42.50, 1.3 lb
C("W02", "<p>A stainless steel smoker for hive inspections. The fire chamber is 4 in across and 7 in tall, "
         "and a wire heat shield keeps your fingers off the hot can.</p><p>Fuel it with pine needles, burlap or "
         "wood pellets. When you are done, empty it and let it cool completely before you put it away.</p>"
         "<ul><li>Bellows: faux leather over pine boards</li><li>Fabricated in Vermont, USA</li></ul>")
C("W02", "<p>A Vermont-made stainless bee smoker with a 4 x 7 in chamber, a hinged nozzle lid and a wire heat "
         "shield.</p>", SD)
C("W02", seo("Stainless Bee Smoker with Heat Shield, 4 x 7 in | Clover Hollow",
             "Stainless steel bee smoker with a wire heat shield, a hinged lid and pine and faux-leather bellows. "
             "Fabricated in Vermont."), "seo")
C("W02", qa(("What fuel can I use?", "Pine needles, burlap or wood pellets."),
            ("How big is the chamber?", "About 10 cm across and 18 cm tall (4 x 7 in).")), "faq")
C("W02", "<p>The chamber measures 4 x 7 in and the whole smoker weighs about 590 g (1.3 lb).</p>")
F("W02", "<p>Bellows of [[genuine leather]] over pine boards.</p>", MAT, "block", "faux leather")
F("W02", "<p>A roomy chamber, [[4 in tall and 7 in across]].</p>", SIZE, "block",
  "4 in diameter and 7 in tall: the axes are swapped")
F("W02", "<p>Made in [[Maine]] from stainless steel.</p>", ORIG, "block", "fabricated in Vermont, USA")
F("W02", "<p>Cool smoke that [[calms bees and prevents stings]].</p>", ABS, "block",
  "absolute safety promise the listing does not make", SD)
F("W02", seo("Bee Smoker 4 x 7 in | Clover Hollow", "Stainless bee smoker with heat shield, [[dishwasher safe]]."),
  CARE, "block", "care: empty and let it cool; no dishwasher claim", "seo")

# W03 aquarium heater: titanium tube, external controller (not waterproof), 18-34 C in 0.5 C steps, 50 W <=60 l
# GBP 39, 100 W <=150 l GBP 45, 200 W <=300 l GBP 54, freshwater and marine, 1.8 m cable, 3-year warranty
C("W03", "<p>A heater for freshwater or marine tanks that keeps the controls dry: the titanium tube goes in the "
         "water and the controller sits outside, where you can read and set it from 18 to 34 &deg;C in "
         "half-degree steps.</p><ul><li>50 W for tanks up to 60 l (&pound;39)</li><li>100 W up to 150 l "
         "(&pound;45)</li><li>200 W up to 300 l (&pound;54)</li><li>Cable: 1.8 m</li><li>Warranty: 3 years</li>"
         "</ul>")
C("W03", "<p>Titanium aquarium heater with an outside controller, 18-34 °C, in three powers for tanks up to "
         "300 l.</p>", SD)
C("W03", qa(("Can the controller get wet?", "No. The tube is fully submersible, but the controller is not "
                                            "waterproof and stays outside the tank."),
            ("Which size for an 80 litre tank?", "The 100 W heater, rated for tanks up to 150 l.")), "faq")
C("W03", seo("Titanium Aquarium Heater, External Controller | Reefline",
             "Set 18–34 °C in 0.5 °C steps from a controller outside the tank. 50, 100 or 200 W, for tanks up "
             "to 300 litres."), "seo")
C("W03", "<p>The 200 W model heats tanks of up to about 80 US gallons (300 litres).</p>")
F("W03", "<p>The 100 W heater suits tanks up to [[200 l]].</p>", NUM, "block", "100 W is for tanks up to 150 l")
F("W03", "<p>Both the tube and the controller are [[fully waterproof]].</p>", FEAT, "block",
  "the controller is not waterproof")
F("W03", "<p>A [[glass]] heater tube with an external controller.</p>", MAT, "block", "the tube is titanium")
F("W03", "<p>Backed by a [[5-year warranty]].</p>", WARR, "block", "3 years")
F("W03", "<p>The 200 W heater is [[&pound;49]].</p>", PRICE, "block", "£54", SD)
F("W03", qa(("Is it safe for my fish?", "[[Yes, it can never overheat your tank.]]"),), ABS, "block",
  "absolute safety promise the listing does not make", "faq")

# W04 overlock thread: 4 cones of one colour, 5000 m each, 100% spun polyester tex 27 (120 wt), White / Black /
# Navy / Natural, SEK 189 a set, no origin
C("W04", "<p>Four matching cones for a four-thread overlocker, so every looper and needle runs the same colour. "
         "Each cone holds 5000 m of spun polyester, tex 27 (120 weight): 20 km in the set.</p><ul><li>Colours: "
         "White, Black, Navy or Natural, one colour per set</li><li>Material: 100% spun polyester</li></ul>")
C("W04", "<p>Four cones of tex 27 spun polyester, 5000 m each, for four-thread overlockers. 189 kr a set.</p>", SD)
C("W04", seo("Overlock Thread Cones, 4 x 5000 m | Trådverket",
             "Four same-colour cones of spun polyester thread for four-thread overlockers. Choose white, black, "
             "navy or natural."), "seo")
C("W04", qa(("Are the cones different colours?", "No, every set is four cones of one colour."),
            ("How long is each cone?", "5000 metres, roughly 5,470 yards.")), "faq")
C("W04", "<p>Pick one of four colours: White, Black, Navy or Natural.</p>")
F("W04", "<p>Sets come in [[White, Black, Navy, Natural and Red]].</p>", COL, "block",
  "four colours: White, Black, Navy, Natural")
F("W04", "<p>A set of [[five]] cones for your overlocker.</p>", NUM, "block", "four cones")
F("W04", "<p>Strong [[cotton-wrapped]] polyester thread.</p>", MAT, "block", "100% spun polyester")
F("W04", "<p>Each set has [[one cone in each colour]].</p>", COL, "block", "every set is one colour")
F("W04", seo("Overlock Thread 4 x 5000 m | Trådverket", "Four cones of tex 27 thread, [[made in Sweden]]."),
  ORIG, "block", "the listing gives no origin", "seo")
F("W04", "<p>Four cones for overlockers, [[199 kr]] a set.</p>", PRICE, "block", "189 kr", SD)

# W05 tetsubin: Morioka, arare pattern, 1.2 L, gas / coil / induction, bare iron inside, rinse with hot water,
# no soap, dry over low heat, not dishwasher safe, black lacquer outside, JPY 24800, 1.9 kg
C("W05", "<p>A cast iron kettle from Morioka, Iwate, covered in the raised hailstone (arare) pattern. It holds "
         "1.2 L and goes on gas, electric coil and induction hobs.</p><p>Inside it is bare iron, not enamel, so "
         "the care is simple but strict: rinse with hot water only, never soap, and dry it over a low heat after "
         "every use. Keep it out of the dishwasher.</p>")
C("W05", "<p>A 1.2 L Nambu tetsubin cast in Morioka with the arare pattern, for gas, coil and induction "
         "hobs.</p>", SD)
C("W05", seo("Nambu Cast Iron Tetsubin Kettle 1.2 L | Kanaya Ironworks",
             "Arare-pattern cast iron kettle made in Morioka, Japan. Bare iron inside, black lacquer outside; "
             "works on induction. ¥24,800."), "seo")
C("W05", qa(("Can I use it on induction?", "Yes, as well as on gas and electric coil hobs."),
            ("How much does it hold?", "1.2 litres, about 40 fl oz.")), "faq")
C("W05", "<p>24.800 &yen; for 1,9 kg of Japanese cast iron with a black lacquer finish.</p>")
F("W05", "<p>The inside is [[enamelled]] for easy cleaning.</p>", MAT, "block", "bare iron inside, not enamelled")
F("W05", "<p>Cast in [[Kyoto]] in the hailstone pattern.</p>", ORIG, "block", "Morioka, Iwate")
F("W05", "<p>When you are done, clean it [[in the dishwasher]].</p>", CARE, "block", "not dishwasher safe")
F("W05", "<p>Finished in [[red]] lacquer outside.</p>", COL, "block", "black lacquer")
F("W05", qa(("Does it work on induction?", "[[No, only on gas and electric coil.]]"),), COMPAT, "block",
  "it works on induction", "faq")
F("W05", "<p>A tetsubin that [[adds iron to your diet]] with every cup.</p>", HEALTH, "block",
  "nutritional claim the listing does not make", SD)

# W06 VHF radio: floats, strobe, 6 W / 1 W, international and NZ channels, dual watch ch 16, IPX7 (1 m 30 min),
# 1500 mAh ~11 h at 5/5/90, 3-5 nautical miles, operator certificate needed, yellow, 2-year warranty, NZD 249, 265 g
C("W06", "<p>A handheld VHF that floats and lights a strobe if it goes over the side, so you can find it again. "
         "Transmit at 6 W or 1 W, keep a dual watch on channel 16, and reach all international and NZ channels."
         "</p><ul><li>Waterproof: IPX7 (1 m for 30 minutes)</li><li>Battery: 1500 mAh Li-ion, about 11 hours at "
         "5/5/90</li><li>Range: typically 3-5 nautical miles boat to boat</li><li>Colour: yellow</li></ul>"
         "<p>You need an operator certificate to transmit in New Zealand.</p>")
C("W06", "<p>Floating 6 W handheld VHF with a strobe, IPX7 and dual watch on channel 16. NZ$249.</p>", SD)
C("W06", qa(("How far will it reach?", "Typically 3-5 nautical miles boat to boat, roughly 5.5-9 km."),
            ("Do I need a licence?", "You need an operator certificate to transmit in New Zealand.")), "faq")
C("W06", seo("Floating Handheld VHF Marine Radio 6 W | Tasman Marine",
             "Yellow floating VHF with a strobe, IPX7 waterproofing and about 11 hours of battery at a 5/5/90 "
             "duty cycle."), "seo")
C("W06", "<p>At 265 g, just over 9 oz, with a two-year warranty.</p>")
F("W06", "<p>Waterproof to [[IPX8]], with a strobe if it goes overboard.</p>", CERT, "block", "IPX7")
F("W06", "<p>A range of [[3-5 km]] boat to boat.</p>", NUM, "block", "3-5 nautical miles")
F("W06", "<p>[[Built-in GPS]] and dual watch on channel 16.</p>", FEAT, "block", "no GPS in the listing")
F("W06", "<p>A floating handheld VHF from [[Tasman Electronics]].</p>", BRAND, "block",
  "the vendor is Tasman Marine Electronics")
F("W06", "<p>A floating VHF in [[yellow or orange]].</p>", COL, "block", "yellow only", SD)
F("W06", seo("[[The most powerful]] Handheld VHF | Tasman Marine", "Floating 6 W VHF with strobe and IPX7."),
  ABS, "warn", "superlative the listing does not support", "seo")
F("W06", qa(("Is there a warranty?", "Yes, [[3 years]]."),), WARR, "block", "2 years", "faq")

# W07 dry flies: 24 flies, 4 each of six patterns, foam box, hooks 14-18 barbless, tied in Kenya, CAD 34.95
C("W07", "<p>Two dozen dry flies for trout, four each of six patterns: Adams, Elk Hair Caddis, Royal Wulff, "
         "Griffith's Gnat, Parachute Hare's Ear and Blue Winged Olive.</p><p>All are tied on barbless hooks, "
         "sizes 14 to 18, and come in a slim foam box.</p>")
C("W07", "<p>24 barbless dry flies, sizes 14-18, tied in Kenya and packed in a foam box.</p>", SD)
C("W07", seo("Dry Fly Assortment, 24 Barbless Flies | Riffle & Run",
             "Six classic trout dry-fly patterns, four of each, on barbless hooks in sizes 14 to 18, in a slim "
             "foam box."), "seo")
C("W07", qa(("Are the hooks barbed?", "No, every fly is barbless."),
            ("How many patterns are there?", "Six, with four flies of each.")), "faq")
C("W07", "<p>Kenyan-tied, CA$34.95 for the box of 24: about CA$1.46 a fly.</p>")
F("W07", "<p>[[Thirty-six]] dry flies in a foam box.</p>", NUM, "block", "24 flies")
F("W07", "<p>Barbless hooks in sizes [[12]] to 18.</p>", SIZE, "block", "hook sizes 14-18")
F("W07", "<p>Every fly is tied in [[Montana]].</p>", ORIG, "block", "tied in Kenya")
F("W07", "<p>Includes [[nymphs and streamers]] as well as dry flies.</p>", CAT, "block", "dry flies only")
F("W07", qa(("How many of each pattern?", "[[Six]] of each."),), NUM, "block", "four of each", "faq")

# W08 demijohn: 5 L clear soda-lime glass, wine / cider / mead, bored rubber bung, twin-bubble plastic airlock,
# hand wash in warm water, not for boiling liquids, DKK 129, neck 34 mm, 2.1 kg, 19 x 34 cm
C("W08", "<p>A 5 litre demijohn in clear glass for your wine, cider or mead, so you can watch the ferment. It "
         "comes ready to go with a bored rubber bung and a twin-bubble airlock.</p><ul><li>Glass: soda-lime"
         "</li><li>Neck: 34 mm</li><li>Wash by hand in warm water; do not fill with boiling liquid</li></ul>")
C("W08", "<p>Clear 5 L glass demijohn with a rubber bung and airlock included. 129,00 kr.</p>", SD)
C("W08", seo("Glass Demijohn 5 L with Bung and Airlock | Gærkælderen",
             "Clear soda-lime glass fermenter for wine, cider or mead, with a bored rubber bung and a "
             "twin-bubble airlock in the box."), "seo")
C("W08", qa(("Is the airlock included?", "Yes, a plastic twin-bubble airlock and a bored rubber bung come with "
                                         "it."),
            ("Can I pour in hot must?", "Not boiling liquids, no.")), "faq")
C("W08", "<p>About 1.3 US gallons, 34 cm tall and 19 cm wide.</p>")
F("W08", "<p>Comes with a [[silicone]] bung and an airlock.</p>", MAT, "block", "a rubber bung")
F("W08", "<p>Safe for [[boiling wort]] straight from the pan.</p>", FEAT, "block", "not for boiling liquids")
F("W08", "<p>A 5 L demijohn [[in green glass]].</p>", COL, "block", "clear glass", SD)
F("W08", seo("Glass Demijohn 5 L | Gærkælderen", "Fermenter for wine and mead; [[airlock sold separately]]."),
  FEAT, "block", "the airlock is included", "seo")

# W09 eyepiece: 25 mm, 68 deg, 17 mm eye relief, 7 elements / 4 groups, fully multi-coated, 1.25 in barrel
# threaded for filters, 48x in a 1200 mm telescope, AUD 119, 210 g
C("W09", "<p>A 25 mm wide-field eyepiece with a 68&deg; apparent field, so more sky fits in each view, and 17 mm "
         "of eye relief that keeps it comfortable if you observe in glasses.</p><ul><li>Optics: 7 elements in 4 "
         "groups, fully multi-coated</li><li>Barrel: 1.25 in, threaded for standard filters</li>"
         "<li>Magnification: 48x in a 1200 mm telescope</li></ul>")
C("W09", "<p>A 25 mm, 68&deg; eyepiece with 17 mm eye relief in a filter-threaded 1.25 in barrel.</p>", SD)
C("W09", seo("25 mm 68° Wide-Field Eyepiece 1.25\" | Nightjar Optics",
             "Seven-element, fully multi-coated eyepiece with 17 mm eye relief for glasses wearers. Gives 48x "
             "in a 1200 mm telescope."), "seo")
C("W09", qa(("What magnification will I get?", "Divide your telescope's focal length by 25: a 1200 mm "
                                               "telescope gives 48x."),
            ("What barrel size is it?", "1.25 in, threaded for standard filters.")), "faq")
C("W09", "<p>In a 1000 mm telescope it gives 40x.</p>")
F("W09", "<p>[[20 mm]] of eye relief for glasses wearers.</p>", SIZE, "block", "17 mm eye relief")
F("W09", "<p>In a 1200 mm telescope it gives [[60x]].</p>", NUM, "block", "48x")
F("W09", "<p>A [[2 in]] barrel threaded for filters.</p>", SIZE, "block", "1.25 in barrel")
F("W09", "<p>A 25 mm [[zoom]] eyepiece.</p>", CAT, "block", "a fixed 25 mm eyepiece", SD)
F("W09", seo("25 mm Eyepiece | Nightjar Optics", "[[Waterproof and nitrogen-purged]] 68° eyepiece."), FEAT,
  "block", "the listing makes no waterproofing claim", "seo")

# W10 knitting pattern PDF: top-down raglan, folded collar, in the round, no seams, written + charted yoke,
# XS-3XL chest 86-152 cm, DK 1100-1900 m, 3.5 and 4 mm circulars, 9-page PDF in English and Norwegian, no yarn,
# NOK 75
C("W10", "<p>A pattern for a top-down raglan pullover with a folded collar, knitted in the round so there is "
         "nothing to sew up at the end. The yoke is charted, and every step is also written out.</p><ul><li>"
         "Sizes: XS to 3XL, chest 86 to 152 cm</li><li>Yarn: DK weight, 1100-1900 m by size</li><li>Needles: "
         "3.5 mm and 4 mm circulars</li><li>A 9-page PDF in English and Norwegian</li></ul><p>This is a "
         "download only: no yarn is sent.</p>")
C("W10", "<p>Seamless top-down raglan sweater pattern, sizes XS-3XL, as a 9-page PDF download. 75 kr.</p>", SD)
C("W10", seo("Fjordline Raglan Sweater Knitting Pattern (PDF) | Maske & Mose",
             "Top-down, seamless raglan pullover in DK yarn with a charted yoke. Sizes XS to 3XL; a PDF in "
             "English and Norwegian."), "seo")
C("W10", qa(("Is yarn included?", "No, this is a PDF pattern only; no yarn is sent."),
            ("What chest sizes does it cover?", "86 to 152 cm, about 34 to 60 inches.")), "faq")
C("W10", "<p>You will need roughly 1,200 to 2,080 yards of DK yarn, depending on the size.</p>")
F("W10", "<p>Sizes XS to [[5XL]].</p>", SIZE, "block", "XS to 3XL")
F("W10", "<p>Knitted [[bottom-up]] in the round.</p>", FEAT, "block", "top-down")
F("W10", "<p>The pattern is [[posted to you within 2 days]].</p>", SHIP, "block",
  "a digital download; nothing is sent")
F("W10", "<p>A [[kit with yarn and pattern]] for a raglan sweater.</p>", CAT, "block",
  "a PDF pattern; no yarn is sent")
F("W10", "<p>Needles: [[4.5 mm]] and 4 mm circulars.</p>", SIZE, "block", "3.5 mm and 4 mm")
F("W10", "<p>A [[12-page]] PDF in English and Norwegian.</p>", NUM, "block", "9 pages", SD)

# W11 external board game: cooperative, 1-4 players, 10+, 45-60 min, fishing boats and fog, sold and shipped by
# the publisher Brightwick Games, USD 49.99
C("W11", "<p>A cooperative board game in which you steer fishing boats home through the fog before the tide "
         "turns, so everyone wins or loses together.</p><p>For 1 to 4 players aged 10 and up; a game takes about "
         "45 to 60 minutes.</p><p>Lantern Harbour is sold and shipped by its publisher, Brightwick Games: the "
         "button takes you to their shop.</p>")
C("W11", "<p>Cooperative harbour game for 1-4 players, ages 10+, up to an hour a game. Sold by Brightwick "
         "Games.</p>", SD)
C("W11", seo("Lantern Harbour Cooperative Board Game | Brightwick Games",
             "Bring the fishing fleet home through the fog before the tide turns. 1–4 players, ages 10+, 45–60 "
             "minutes."), "seo")
C("W11", qa(("Can I play it alone?", "Yes, it plays with 1 to 4."),
            ("Who ships it?", "The publisher, Brightwick Games; you buy it in their shop.")), "faq")
C("W11", "<p>$49.99 in the publisher's own shop.</p>")
F("W11", "<p>For [[2 to 6]] players.</p>", NUM, "block", "1-4 players")
F("W11", "<p>A [[competitive]] race of fishing boats.</p>", FEAT, "block", "a cooperative game")
F("W11", "<p>[[Ships from our warehouse within 24 hours]].</p>", SHIP, "block",
  "sold and shipped by the publisher")
F("W11", "<p>[[Loved by thousands of families]].</p>", SOCIAL, "warn", "social proof the listing does not give")
F("W11", seo("Lantern Harbour Board Game | [[Brightwick Studios]]", "A cooperative game for 1-4 players."),
  BRAND, "block", "the publisher is Brightwick Games", "seo")

# W12 grouped masalas: ground in Kochi, sold individually; garam masala 100 g INR 240, sambar 200 g INR 180,
# Kashmiri chilli 100 g INR 150; 1 tbsp garam masala for a curry for four; airtight jar away from light
C("W12", "<p>Three spice blends, ground in small batches in Kochi and sold one by one, so you can start with the "
         "one you cook with most.</p><ul><li>Garam masala, 100 g: &#8377;240</li><li>Sambar powder, 200 g: "
         "&#8377;180</li><li>Kashmiri chilli powder, 100 g: &#8377;150</li></ul><p>About a tablespoon of garam "
         "masala seasons a curry for four. Keep each blend in an airtight jar, out of the light.</p>")
C("W12", "<p>Garam masala, sambar powder and Kashmiri chilli powder from Kochi, each sold separately, from "
         "₹150.</p>", SD)
C("W12", seo("Regional Masala Set: Garam, Sambar, Kashmiri Chilli | Malabar Grindhouse",
             "Small-batch spice blends ground in Kochi, Kerala, and sold individually: garam masala, sambar "
             "powder and Kashmiri chilli powder."), "seo")
C("W12", qa(("How much garam masala should I use?", "About 1 tbsp (15 ml) for a curry that serves four."),
            ("Can I buy just one?", "Yes, each blend is sold on its own.")), "faq")
C("W12", "<p>All three blends together come to ₹570.</p>")
F("W12", "<p>Buy [[the set of three for ₹500]].</p>", PRICE, "block",
  "sold individually; together ₹570 and no set price")
F("W12", "<p>Use about [[3 tbsp]] of garam masala for a curry that serves four.</p>", NUM, "block", "about 1 tbsp")
F("W12", "<p>Ground in small batches in [[Chennai]].</p>", ORIG, "block", "Kochi, Kerala")
F("W12", "<p>[[Certified organic]] spice blends from Kerala.</p>", CERT, "block", "no certification in the listing")
F("W12", "<p>Kashmiri chilli powder [[that lowers blood pressure]].</p>", HEALTH, "block",
  "medical claim the listing does not make", SD)

# W13 e-scooter: 15.5 mph (25 km/h), up to 18 miles (29 km), 280 Wh, 8.5 in solid tyres, front drum + electronic
# rear brake, folds in 3 s, 13.2 kg, max 100 kg, IPX4 light rain not puddles, private land only in the UK,
# Graphite, GBP 349 (was 399)
C("W13", "<p>A folding e-scooter for private land, limited to 15.5 mph (25 km/h), with up to 18 miles (29 km) "
         "from its 280 Wh battery.</p><p>Solid 8.5 in tyres mean no punctures, and you stop with a front drum "
         "brake and an electronic rear brake. It folds in 3 seconds and weighs 13.2 kg.</p><ul><li>Max rider "
         "weight: 100 kg</li><li>IPX4: fine in light rain, but keep out of puddles</li><li>Colour: Graphite"
         "</li></ul><p>In the UK, e-scooters may only be ridden on private land.</p>")
C("W13", "<p>Graphite folding e-scooter, 15.5 mph, up to 18 miles a charge. Now &pound;349, was &pound;399.</p>",
  SD)
C("W13", seo("Folding Electric Scooter 15.5 mph | Kerbside",
             "Puncture-free solid tyres, a 280 Wh battery for up to 18 miles and a 3-second fold. For private "
             "land in the UK."), "seo")
C("W13", qa(("How heavy is it?", "13.2 kg, about 29 lb."),
            ("Can I ride it in the rain?", "Light rain is fine (IPX4), but do not ride through puddles.")), "faq")
C("W13", "<p>Save &pound;50 on a scooter rated for riders up to 100 kg, about 15 st 10 lb.</p>")
F("W13", "<p>Up to [[18 km]] on a charge.</p>", NUM, "block", "up to 18 miles (29 km)")
F("W13", "<p>[[Road legal in the UK]] and folds in 3 seconds.</p>", FEAT, "block",
  "private land only in the UK")
F("W13", "<p>Rides on [[10 in pneumatic]] tyres.</p>", SIZE, "block", "8.5 in solid tyres")
F("W13", "<p>[[Over 10,000 riders]] have switched to it.</p>", SOCIAL, "warn",
  "social proof the listing does not give")
F("W13", "<p>In Graphite [[or Arctic White]].</p>", COL, "block", "Graphite only", SD)
F("W13", qa(("Is it on sale?", "Yes, [[&pound;299]] instead of &pound;399."),), PRICE, "block", "£349, was £399",
  "faq")

# W14 cheese kit: 10 microbial rennet tablets (each sets 10 l), mesophilic culture x5, calcium chloride 30 ml,
# dial thermometer, cheese cloth, 1 kg polypropylene mould with follower, milk not included, culture in the freezer
# and rennet in the fridge, Netherlands, EUR 24,95
C("W14", "<p>A starter kit for farmhouse gouda-style cheese with everything but the milk. Each of the 10 "
         "vegetarian rennet tablets sets 10 litres.</p><ul><li>10 microbial rennet tablets</li><li>Mesophilic "
         "starter culture, 5 sachets</li><li>Calcium chloride, 30 ml</li><li>Dial thermometer and cheese cloth"
         "</li><li>1 kg mould with follower, food-grade polypropylene</li></ul><p>Keep the culture in the "
         "freezer and the rennet in the fridge.</p>")
C("W14", "<p>Dutch gouda-style cheese making kit with vegetarian rennet, culture and a 1 kg mould. Milk not "
         "included.</p>", SD)
C("W14", seo("Gouda-Style Cheese Making Kit | Kaasmakerij Wiltink",
             "Vegetarian rennet, mesophilic culture, a thermometer, cloth and a 1 kg mould for farmhouse cheese. "
             "Add your own milk. € 24,95."), "seo")
C("W14", qa(("How much milk does one tablet set?", "10 litres, about 2.6 US gallons."),
            ("Is the rennet vegetarian?", "Yes, it is microbial.")), "faq")
C("W14", "<p>Between them, the tablets set up to 100 litres of milk.</p>")
F("W14", "<p>Each tablet sets [[20 litres]] of milk.</p>", NUM, "block", "10 litres a tablet")
F("W14", "<p>A 1 kg mould in [[stainless steel]].</p>", MAT, "block", "food-grade polypropylene")
F("W14", "<p>Made in [[Belgium]] for home cheesemakers.</p>", ORIG, "block", "Netherlands")
F("W14", "<p>Gouda-style cheese kit, [[&euro; 19,95]].</p>", PRICE, "block", "€ 24,95", SD)
F("W14", qa(("How should I store the culture?", "[[In a cool cupboard.]]"),), CARE, "block",
  "keep the culture in the freezer", "faq")

# W15 measuring spoons: six on a detachable ring, 1/8 / 1/4 / 1/2 / 1 tsp, 1/2 / 1 tbsp, US and metric marks,
# 1 tbsp = 15 ml, fit most spice jars, dishwasher safe, 18/8 stainless, USD 18
C("W15", "<p>Six stainless steel measuring spoons on a ring you can unclip: 1/8, 1/4, 1/2 and 1 teaspoon, plus "
         "1/2 and 1 tablespoon. Each is stamped in US and metric units, so recipes written either way "
         "work.</p><p>They are narrow enough for most spice jars and go in the dishwasher.</p>")
C("W15", "<p>Six 18/8 stainless steel measuring spoons, 1/8 tsp to 1 tbsp (15 ml), with US and metric "
         "marks.</p>", SD)
C("W15", seo("Stainless Steel Measuring Spoons, Set of 6 | Tallow & Thyme",
             "Narrow 18/8 steel spoons that fit most spice jars, marked in US and metric from 1/8 tsp to 1 "
             "tbsp. Dishwasher safe."), "seo")
C("W15", qa(("How much is the tablespoon?", "15 ml, as stamped on the spoon."),
            ("Can they go in the dishwasher?", "Yes.")), "faq")
F("W15", "<p>A set of [[eight]] spoons on one ring.</p>", NUM, "block", "six spoons")
F("W15", "<p>Made of [[copper-plated]] stainless steel.</p>", MAT, "block", "18/8 stainless steel")
F("W15", "<p>[[Hand wash only]] to keep the marks sharp.</p>", CARE, "block", "dishwasher safe")
F("W15", "<p>Measuring spoons in [[rose gold, black and silver]].</p>", COL, "warn",
  "the listing gives no colours")
F("W15", seo("Measuring Spoons, Set of 6 | Tallow & Thyme", "Stainless spoons with a [[lifetime guarantee]]."),
  WARR, "block", "the listing gives no warranty", "seo")
F("W15", "<p>[[Sheffield-made]] stainless measuring spoons.</p>", ORIG, "block", "the listing gives no origin", SD)

# W16 stamp tongs and loupe: spade-tip tongs 120 mm nickel-plated steel, folding 10x loupe 21 mm glass lens,
# CZK 390, no colour
C("W16", "<p>The two tools a stamp collector reaches for first. The spade-tip tongs, 120 mm long in "
         "nickel-plated steel, let you lift stamps without touching them, because fingers leave oils on the "
         "gum. The folding loupe magnifies 10x through a 21 mm glass lens.</p>")
C("W16", "<p>Spade-tip stamp tongs and a folding 10x glass loupe, for 390 Kč.</p>", SD)
C("W16", seo("Stamp Tongs and 10x Loupe Starter Pair | Filatelie Hrubý",
             "120 mm nickel-plated spade-tip tongs and a folding 10x loupe with a 21 mm glass lens for "
             "handling and checking stamps."), "seo")
C("W16", qa(("Why use tongs?", "Fingers leave oils on the gum; tongs keep them off your stamps."),
            ("How strong is the loupe?", "10x, with a 21 mm glass lens.")), "faq")
C("W16", "<p>Tongs about 4.7 in long and a loupe that folds away.</p>")
F("W16", "<p>A folding [[15x]] loupe.</p>", NUM, "block", "10x")
F("W16", "<p>A loupe with an [[acrylic]] lens.</p>", MAT, "block", "glass lens")
F("W16", "<p>Tongs [[150 mm]] long.</p>", SIZE, "block", "120 mm")
F("W16", "<p>Tongs and loupe, [[349 Kč]].</p>", PRICE, "block", "390 Kč", SD)
F("W16", seo("Stamp Tongs and Loupe | Filatelie Hrubý", "[[Gold-plated]] tongs and a 10x loupe."), MAT, "block",
  "nickel-plated steel", "seo")

# W17 chlorine floater: 3 in (76 mm) tablets, up to 5, flow 1-10 by collar, tablets not included, keep from
# children, remove before swimming, UV-stabilised ABS, white and blue, AUD 19.99
C("W17", "<p>A floating dispenser that feeds chlorine into your pool between visits. It takes up to five 3 in "
         "(76 mm) tablets, and you set the flow from 1 to 10 by turning the collar.</p><p>Tablets are not "
         "included. Keep it out of reach of children, and take it out of the pool before anyone swims.</p>")
C("W17", "<p>White and blue floating chlorinator for up to five 3 in tablets, with a 1-10 flow collar. "
         "A$19.99.</p>", SD)
C("W17", seo("Adjustable Chlorine Floater for 3\" Tablets | Bluewater Pool Co.",
             "Holds up to 5 chlorine tablets, flow settings 1–10, in UV-stabilised ABS. Remove before "
             "swimming."), "seo")
C("W17", qa(("Are tablets included?", "No, buy 3 in (76 mm) chlorine tablets separately."),
            ("Can it stay in while we swim?", "No. Take the floater out of the pool before swimming.")), "faq")
C("W17", "<p>Made of UV-stabilised ABS, in white and blue.</p>")
F("W17", "<p>Holds up to [[10]] tablets at a time.</p>", NUM, "block", "up to 5")
F("W17", "<p>For [[1 in]] chlorine tablets.</p>", SIZE, "block", "3 in (76 mm) tablets")
F("W17", "<p>[[Safe to leave in while you swim]].</p>", HEALTH, "block", "remove before swimming")
F("W17", "<p>[[12 tablets included]] to get you started.</p>", FEAT, "block", "tablets not included")
F("W17", "<p>A floater in [[white, blue or yellow]].</p>", COL, "block", "white and blue", SD)
F("W17", seo("Chlorine Floater | Bluewater Pool Co.",
             "A floater [[that keeps your pool algae-free for a month]]."), FEAT, "block",
  "performance claim the listing does not make", "seo")

# W18 titanium stove: five grade 1 titanium plates, pouch 13 x 12 cm, 8 mm thick, 145 g, pots up to 2 L, fuel
# tablets on the included tray, cool before packing, designed in Switzerland, made in Taiwan, CHF 89.-
C("W18", "<p>A wood stove that packs flat: five grade 1 titanium plates slot together over twigs and pine "
         "cones, then go back into a 13 x 12 cm pouch just 8 mm thick. It weighs 145 g and takes pots of up to "
         "2 L.</p><p>When there is no dry wood, burn solid fuel tablets on the tray that comes with it. Let the "
         "stove cool before you pack it.</p>")
C("W18", "<p>Flat-pack 145 g titanium twig stove, designed in Switzerland and made in Taiwan. CHF 89.&ndash;"
         "</p>", SD)
C("W18", seo("Folding Titanium Wood Stove, 145 g | Gratwanderer",
             "Five-plate grade 1 titanium stove for twigs and pine cones, with a tray for fuel tablets. Packs "
             "flat to 13 x 12 cm."), "seo")
C("W18", qa(("How heavy is it?", "145 g, about 5 oz."),
            ("Where is it made?", "It is designed in Switzerland and made in Taiwan.")), "faq")
C("W18", "<p>Less than a centimetre thick when packed, and it takes pots up to two litres.</p>")
F("W18", "<p>A [[Swiss-made]] titanium stove.</p>", ORIG, "block", "designed in Switzerland, made in Taiwan")
F("W18", "<p>Slots together from [[four]] titanium plates.</p>", NUM, "block", "five plates")
F("W18", "<p>Packs into a [[13 x 12 x 3 cm]] pouch.</p>", SIZE, "block", "8 mm thick (13 x 12 x 0.8 cm)")
F("W18", "<p>Also runs on [[gas canisters]].</p>", COMPAT, "block", "wood and solid fuel tablets only")
F("W18", "<p>Titanium twig stove, [[CHF 98.&ndash;]]</p>", PRICE, "block", "CHF 89.–", SD)
F("W18", seo("Titanium Wood Stove | Gratwanderer", "Packs flat and [[boils a litre in 4 minutes]]."), FEAT,
  "block", "the listing gives no boil time", "seo")

# W19 soap nuts: Sapindus mukorossi, hand-harvested in Himalayan foothills, origin Nepal, 4-5 shells a bag, ~4
# washes a bag at 40 C, 500 g = 80-100 washes, unscented, not for silk or wool, cotton bag, plastic-free, vegan
C("W19", "<p>Dried soapberry shells (Sapindus mukorossi), hand-harvested in the Himalayan foothills of Nepal, "
         "that wash your laundry with no added scent. Put 4-5 shells in the cotton bag and run your usual "
         "wash; one bagful lasts about 4 washes at 40 &deg;C.</p><p>The 500 g pack does roughly 80-100 washes. "
         "Not for silk or wool.</p>")
C("W19", "<p>500 g of unscented, plastic-free soap nuts from Nepal, with a cotton wash bag: roughly 80-100 "
         "washes.</p>", SD)
C("W19", seo("Soap Nuts for Laundry 500 g | Quiet Laundry",
             "Unscented, vegan soapberry shells from Nepal with a cotton wash bag. About 80–100 washes a pack; "
             "not for silk or wool."), "seo")
C("W19", qa(("Can I wash wool with them?", "No, they are not for silk or wool."),
            ("How many washes per bag?", "About four at 40 °C (104 °F), with 4-5 shells.")), "faq")
F("W19", "<p>Hand-harvested in [[India]].</p>", ORIG, "block", "Nepal")
F("W19", "<p>Lightly [[lavender-scented]] soap nuts.</p>", MAT, "block", "unscented")
F("W19", "<p>Gentle enough for [[silk and wool]].</p>", CARE, "block", "not for silk or wool")
F("W19", "<p>[[Kills 99.9% of bacteria]] in every wash.</p>", HEALTH, "block", "antibacterial claim")
F("W19", "<p>[[Carbon-neutral]] laundry from the Himalayas.</p>", ENV, "block",
  "environmental claim the listing does not make")
F("W19", seo("Soap Nuts 500 g | Quiet Laundry", "Soap nuts for laundry, [[dermatologist tested]]."), CERT,
  "block", "no testing claim in the listing", "seo")

# W20 piano tuning: upright or grand, at home, A440, action and pedals checked, ~90 min, within 25 km of Leeds
# city centre, pitch raises (>20 cents flat) and repairs quoted separately, GBP 85 upright, 110 grand
C("W20", "<p>A piano tuner comes to you and tunes your upright or grand to A440, then checks the action and the "
         "pedals. Allow about an hour and a half.</p><p>We cover addresses within 25 km (about 15 miles) of "
         "Leeds city centre. A piano more than 20 cents flat needs a pitch raise, which we quote separately, "
         "as we do any repairs.</p><ul><li>Upright: &pound;85</li><li>Grand: &pound;110</li></ul>")
C("W20", "<p>At-home piano tuning to A440 within 25 km of Leeds, about 90 minutes. Repairs quoted "
         "separately.</p>", SD)
C("W20", seo("Piano Tuning Home Visit, Leeds | Fairfax Piano Care",
             "Your upright or grand tuned to A440 at home, with a check of the action and pedals. About 90 "
             "minutes, within 25 km of Leeds."), "seo")
C("W20", qa(("Do you tune grands?", "Yes: a grand is £110, an upright £85."),
            ("What if my piano is very flat?", "Pitch raises for pianos more than 20 cents flat are quoted "
                                               "separately.")), "faq")
C("W20", "<p>Tuning a grand costs &pound;25 more than an upright.</p>")
F("W20", "<p>We cover addresses within 25 [[miles]] of Leeds.</p>", NUM, "block", "25 km")
F("W20", "<p>[[Pitch raises included]] at no extra cost.</p>", FEAT, "block", "pitch raises are quoted separately")
F("W20", "<p>Tuned by a [[PTG-certified]] technician.</p>", CERT, "block", "no certification in the listing")
F("W20", "<p>Grand piano tuning, [[&pound;95]].</p>", PRICE, "block", "£110 for a grand")
F("W20", "<p>We tune [[uprights, grands and digital pianos]].</p>", CAT, "block", "upright or grand", SD)
F("W20", qa(("Do you come to Manchester?", "[[Yes, anywhere in the North of England.]]"),), SHIP, "block",
  "within 25 km of Leeds only", "faq")

# W21 audio course: 30 lessons ~20 min, 10 h, 64-page PDF, European Portuguese, A1-A2, MP3 download to keep,
# licence for one household, EUR 39
C("W21", "<p>Thirty audio lessons of European Portuguese for beginners, about 20 minutes each. "
         "Ten hours in all take you through levels A1 to A2, with a 64-page PDF workbook "
         "alongside.</p><p>The MP3s are a download that is yours to keep, licensed for one household.</p>")
C("W21", "<p>30 MP3 lessons and a 64-page PDF workbook in European Portuguese, A1-A2. &euro;39.</p>", SD)
C("W21", seo("Portuguese for Travellers Audio Course (MP3) | Falar Bem",
             "Learn European Portuguese from the start: 30 lessons, 10 hours of audio and a 64-page PDF "
             "workbook, levels A1–A2."), "seo")
C("W21", qa(("Is it Brazilian Portuguese?", "No, it teaches European Portuguese."),
            ("Can my family use it?", "Yes, the licence covers one household.")), "faq")
F("W21", "<p>Takes you from beginner to [[B1]].</p>", FEAT, "block", "levels A1-A2")
F("W21", "<p>Teaches [[Brazilian]] Portuguese for travellers.</p>", FEAT, "block", "European Portuguese")
F("W21", "<p>With a [[printed]] 64-page workbook.</p>", CAT, "block", "a PDF workbook")
F("W21", "<p>30 lessons, about [[15 hours]] of audio.</p>", NUM, "block", "10 hours", SD)
F("W21", seo("Portuguese Audio Course | Falar Bem", "30 lessons [[sent on 3 CDs]]."), SHIP, "block",
  "an MP3 download; nothing is posted", "seo")
F("W21", qa(("Is there a refund?", "[[Yes, a 30-day money-back guarantee.]]"),), WARR, "block",
  "the listing gives no guarantee", "faq")

# W22 foraging walk: 5 km, woodland and hedgerow, wild garlic / nettles / hawthorn, lookalikes, 10:00 Hollins Wood
# car park, up to 12, 12+, under-16s with an adult, bring boots and a bag, tea and soup included, no mushrooms,
# 3 h, 11 Apr / 25 Apr / 9 May 2027, GBP 35
C("W22", "<p>Three hours with a forager on a slow 5 km walk through woodland and hedgerow, learning to tell wild "
         "garlic, nettles, hawthorn and other spring greens from the plants that look like them.</p><p>Meet at "
         "10:00 at the Hollins Wood car park. Groups are up to 12; ages 12 and over, with under-16s accompanied "
         "by an adult. Bring boots and a bag. We finish with tea and a wild-greens soup, included. This walk "
         "does not pick mushrooms.</p>")
C("W22", "<p>A 3-hour, 5 km spring foraging walk on three Sundays in April and May 2027. &pound;35.</p>", SD)
C("W22", seo("Spring Foraging Walk, 3 Hours | Hedgerow Table",
             "Learn to identify wild garlic, nettles and hawthorn on a guided 5 km woodland walk, with tea and "
             "wild-greens soup at the end."), "seo")
C("W22", qa(("How far do we walk?", "About 5 km, roughly 3 miles, at a slow pace."),
            ("Do we pick mushrooms?", "Not on this walk.")), "faq")
F("W22", "<p>Groups of up to [[20]].</p>", NUM, "block", "up to 12")
F("W22", "<p>[[Learn to pick wild mushrooms]] on the way.</p>", FEAT, "block", "no mushrooms on this walk")
F("W22", "<p>Open to [[all ages]].</p>", NUM, "block", "ages 12+")
F("W22", "<p>Meet at [[9:00]] at Hollins Wood.</p>", NUM, "block", "meet at 10:00", SD)
F("W22", seo("Spring Foraging Walk | Hedgerow Table", "[[Every plant we find is safe to eat]]."), HEALTH, "block",
  "safety claim; the walk teaches lookalikes", "seo")

# W23 mushroom kit: 2 kg straw block, pink oyster (Pleurotus djamor), cut an X, mist twice a day, 10-14 days,
# two or three flushes, 400-600 g, 20-30 C, start within 2 weeks, Soil Association organic, Bristol, GBP 22
C("W23", "<p>A 2 kg straw block already colonised with pink oyster mushroom (Pleurotus djamor). Cut an X in the "
         "bag, mist it twice a day, and your first mushrooms are ready in 10 to 14 days.</p><p>Expect two or "
         "three flushes, about 400-600 g in all. It likes 20-30 &deg;C, so a warm kitchen suits it. Start it "
         "within two weeks of delivery.</p>")
C("W23", "<p>Soil Association organic pink oyster mushroom kit from Bristol: about 400-600 g over two or three "
         "flushes.</p>", SD)
C("W23", seo("Pink Oyster Mushroom Grow Kit | Sporeline",
             "A 2 kg organic straw block that fruits in 10–14 days in a warm kitchen. Two or three flushes, "
             "around 400–600 g."), "seo")
C("W23", qa(("How long until I can pick?", "About 10-14 days after you cut the bag."),
            ("What temperature does it like?", "20-30 °C, roughly 68-86 °F.")), "faq")
C("W23", "<p>Roughly 14 to 21 oz of mushrooms from one 2 kg block.</p>")
F("W23", "<p>A grow kit for [[king oyster]] mushrooms.</p>", CAT, "block", "pink oyster (Pleurotus djamor)")
F("W23", "<p>A colonised [[hardwood sawdust]] block.</p>", MAT, "block", "a straw block")
F("W23", "<p>Grown in [[Devon]] on straw.</p>", ORIG, "block", "grown in Bristol")
F("W23", "<p>[[Mist it once a week]] and wait.</p>", CARE, "block", "mist twice a day")
F("W23", "<p>[[Rated 4.9 stars by home growers]].</p>", SOCIAL, "warn", "social proof the listing does not give",
  SD)
F("W23", seo("Pink Oyster Grow Kit | Sporeline", "Pink oyster kit, [[EU organic certified]]."), CERT, "block",
  "certified by the Soil Association", "seo")

# W24 pellets: spruce and pine sawdust, no binders, 6 mm, 4,9 kWh/kg, ash < 0,7 %, store dry, pallet 66 bags
# 990 kg kerbside by lorry, EUR 7,49 a 15 kg bag, pallet EUR 459, ENplus A1, Austria
C("W24", "<p>Softwood pellets pressed from spruce and pine sawdust with no binders, certified ENplus A1 and made "
         "in Austria. Diameter 6 mm, heating value 4,9 kWh/kg, ash under 0,7 %.</p><p>Keep them dry: damp "
         "pellets swell and crumble. Buy a 15 kg bag for 7,49 &euro;, or a pallet of 66 bags (990 kg) for "
         "459 &euro;, delivered to the kerb by lorry.</p>")
C("W24", "<p>ENplus A1 spruce and pine pellets from Austria, 6 mm, 4,9 kWh/kg. 7,49 &euro; a 15 kg bag.</p>", SD)
C("W24", seo("ENplus A1 Wood Pellets 6 mm, 15 kg | Waldwärme",
             "Binder-free Austrian softwood pellets with 4,9 kWh/kg and under 0,7 % ash. By the bag or on a "
             "66-bag pallet."), "seo")
C("W24", qa(("How much heat is in a bag?", "About 73,5 kWh: 15 kg at 4,9 kWh/kg."),
            ("How is a pallet delivered?", "Kerbside, by lorry: 66 bags, 990 kg.")), "faq")
C("W24", "<p>On a pallet each bag works out at about 6,95 &euro;.</p>")
F("W24", "<p>[[8 mm]] softwood pellets.</p>", SIZE, "block", "6 mm diameter")
F("W24", "<p>Pressed from [[beech]] sawdust.</p>", MAT, "block", "spruce and pine")
F("W24", "<p>A pallet of [[72]] bags.</p>", NUM, "block", "66 bags")
F("W24", "<p>[[ENplus A2]] certified pellets.</p>", CERT, "block", "ENplus A1")
F("W24", "<p>A pallet of 66 bags, [[delivered free to your door]].</p>", SHIP, "block",
  "kerbside by lorry; nothing says free", SD)
F("W24", seo("Wood Pellets 15 kg | Waldwärme", "Austrian pellets [[with zero CO2 emissions]]."), ENV, "block",
  "environmental claim the listing does not make", "seo")
F("W24", qa(("What does a pallet cost?", "[[494,34 &euro;]]."),), PRICE, "block",
  "a pallet is 459 €; 494,34 € is 66 bags at the single-bag price", "faq")

# W25 sauna bucket: 4 l heat-treated aspen staves, removable plastic liner, 42 cm ladle, Finland, empty after use
# and let dry, never on the stove, EUR 59,90
C("W25", "<p>A 4 litre sauna bucket of heat-treated aspen staves with a plastic liner you can lift out, and a "
         "42 cm ladle to match. Made in Finland.</p><p>Empty the bucket after each sauna and let it dry, and "
         "never leave it on the stove.</p>")
C("W25", "<p>Finnish thermo-aspen sauna bucket, 4 l, with a removable liner and a 42 cm ladle. 59,90 &euro;.</p>",
  SD)
C("W25", seo("Sauna Bucket and Ladle, Thermo-Aspen 4 l | Löyly Käsityö",
             "Heat-treated aspen sauna bucket with a removable plastic liner and a matching 42 cm ladle, made "
             "in Finland."), "seo")
C("W25", qa(("Is the liner removable?", "Yes, the plastic liner lifts out."),
            ("How long is the ladle?", "42 cm, about 16.5 inches.")), "faq")
C("W25", "<p>Holds about a gallon of water (4 litres).</p>")
F("W25", "<p>Staves of [[cedar]], heat-treated.</p>", MAT, "block", "thermo-aspen")
F("W25", "<p>A ladle [[60 cm]] long.</p>", SIZE, "block", "42 cm")
F("W25", "<p>A bucket with a [[copper]] liner.</p>", MAT, "block", "a plastic liner")
F("W25", "<p>Made in [[Estonia]].</p>", ORIG, "block", "made in Finland")
F("W25", "<p>[[Safe to leave on the stove]] between rounds.</p>", CARE, "block", "do not leave it on the stove")
F("W25", "<p>Made from [[sustainably sourced]] aspen.</p>", ENV, "warn", "vague eco claim", SD)
F("W25", seo("Sauna Bucket 4 l | Löyly Käsityö", "Thermo-aspen sauna bucket, [[59,00 €]]."), PRICE, "block",
  "59,90 €", "seo")

# W26 anchor: one-piece claw, hot-dip galvanised, sand and mud; 6 kg <= 7 m (23 ft) CAD 79, 10 kg <= 10 m
# (33 ft) CAD 115, 16 kg <= 13 m (43 ft) CAD 169; rinse with fresh water
C("W26", "<p>A one-piece claw anchor in hot-dip galvanised steel that sets quickly in sand and mud. Choose the "
         "weight by the length of your boat:</p><ul><li>6 kg: boats up to 7 m (23 ft), CA$79</li><li>10 kg: up "
         "to 10 m (33 ft), CA$115</li><li>16 kg: up to 13 m (43 ft), CA$169</li></ul><p>Rinse it with fresh "
         "water after use.</p>")
C("W26", "<p>Galvanised one-piece claw anchor for sand and mud, in 6, 10 and 16 kg for boats up to 13 m.</p>", SD)
C("W26", seo("Galvanised Claw Anchor 6–16 kg | Harbourline Chandlery",
             "Hot-dip galvanised one-piece claw anchor that sets fast in sand and mud. Three weights for boats "
             "up to 43 ft."), "seo")
C("W26", qa(("Which size for a 30 ft boat?", "The 10 kg anchor, rated for boats up to 33 ft (10 m)."),
            ("How do I care for it?", "Rinse it with fresh water after use.")), "faq")
C("W26", "<p>The 16 kg anchor weighs about 35 lb.</p>")
F("W26", "<p>The 10 kg anchor suits boats up to [[12 m]].</p>", SIZE, "block", "up to 10 m (33 ft)")
F("W26", "<p>A claw anchor in [[stainless]] steel.</p>", MAT, "block", "hot-dip galvanised steel")
F("W26", "<p>Sets fast in sand, mud [[and rock]].</p>", FEAT, "block", "sand and mud")
F("W26", "<p>Available in 6, 10, 16 [[and 20 kg]].</p>", SIZE, "block", "6, 10 and 16 kg")
F("W26", "<p>The 16 kg anchor is [[CA$159]].</p>", PRICE, "block", "CA$169")
F("W26", "<p>Holds [[twice as well as a plough anchor]].</p>", FEAT, "block",
  "comparison the listing does not make", SD)
F("W26", seo("Claw Anchor | Harbourline", "Galvanised claw anchor, [[Lloyd's Register approved]]."), CERT,
  "block", "no approval in the listing", "seo")

# W27 watch strap: single-pass, 1.2 mm woven nylon, brushed stainless buckle and keepers, 28 cm, wrists 15-21 cm,
# hand wash with mild soap and air dry; 18 / 20 / 22 mm; Olive, Navy and red; USD 22
C("W27", "<p>A single-pass strap in 1.2 mm woven nylon, with a brushed stainless steel buckle and keepers. At "
         "28 cm long it fits wrists of roughly 15 to 21 cm.</p><ul><li>Widths: 18, 20 or 22 mm</li><li>"
         "Colours: Olive, or Navy and red</li></ul><p>Hand wash with mild soap and let it air dry.</p>")
C("W27", "<p>Woven nylon single-pass strap in 18, 20 or 22 mm, olive or navy and red. $22.</p>", SD)
C("W27", seo("Single-Pass Nylon Watch Strap 18–22 mm | Lugwell",
             "1.2 mm woven nylon with brushed steel hardware, in olive or navy and red. Fits wrists of about "
             "15–21 cm."), "seo")
C("W27", qa(("Will it fit my 20 mm lugs?", "Yes, it comes in 18, 20 and 22 mm widths."),
            ("How do I clean it?", "Hand wash with mild soap and let it air dry.")), "faq")
C("W27", "<p>Fits wrists from about 6 to 8.25 inches.</p>")
F("W27", "<p>In [[16]], 18, 20 or 22 mm.</p>", SIZE, "block", "18, 20 or 22 mm")
F("W27", "<p>A 1.2 mm nylon strap, [[26 cm]] long.</p>", SIZE, "block", "28 cm")
F("W27", "<p>Buckle and keepers in [[titanium]].</p>", MAT, "block", "stainless steel hardware")
F("W27", "<p>Colours: Olive, Navy and red, [[and Black]].</p>", COL, "block", "Olive or Navy and red")
F("W27", "<p>[[Machine washable]] woven nylon.</p>", CARE, "block", "hand wash")
F("W27", "<p>A [[two-piece]] nylon strap with a steel buckle.</p>", CAT, "block", "a single-pass strap", SD)
F("W27", qa(("Does it fit an Apple Watch?", "[[Yes, with the included adapters.]]"),), COMPAT, "block",
  "no adapters or Apple Watch fit in the listing", "faq")

# W28 thin: title and price only (tapered cork stoppers, size 9, pack of 25, GBP 8.50)
C("W28", "<p>A pack of 25 tapered cork stoppers in size 9.</p>")
C("W28", "<p>Twenty-five size 9 tapered corks for &pound;8.50.</p>", SD)
C("W28", seo("Tapered Cork Stoppers, Size 9, Pack of 25", "Tapered cork stoppers in size 9, sold in packs of 25."),
  "seo")
C("W28", qa(("How many are in a pack?", "25."), ("What size are they?", "Size 9, tapered.")), "faq")
F("W28", "<p>A pack of [[50]] tapered corks.</p>", NUM, "block", "pack of 25")
F("W28", "<p>Size 9 corks, [[29 mm across the top]].</p>", SIZE, "block", "the listing gives no dimensions")
F("W28", "<p>[[Portuguese]] cork stoppers, size 9.</p>", ORIG, "block", "the listing gives no origin")
F("W28", "<p>Size 9 stoppers [[for 750 ml wine bottles]].</p>", COMPAT, "block", "the listing names no bottle")
F("W28", "<p>Tapered [[rubber]] stoppers, size 9.</p>", MAT, "block", "cork stoppers", SD)
F("W28", seo("Cork Stoppers Size 9", "[[FDA-approved]] cork stoppers, size 9, pack of 25."), CERT, "block",
  "no approval in the listing", "seo")

# W29 thin: hand-carved wooden spoon, vendor Faragó Műhely, wood cherry, HUF 6900
C("W29", "<p>A hand-carved wooden spoon in cherry, from Faragó Műhely.</p>")
C("W29", "<p>Hand-carved cherry wood spoon. 6 900 Ft.</p>", SD)
C("W29", seo("Hand-Carved Cherry Wooden Spoon | Faragó Műhely", "A hand-carved spoon in cherry wood by Faragó "
                                                                 "Műhely."), "seo")
C("W29", qa(("What wood is it?", "Cherry."),), "faq")
F("W29", "<p>A hand-carved spoon in [[walnut]].</p>", MAT, "block", "cherry")
F("W29", "<p>Hand-carved [[in Transylvania]].</p>", ORIG, "block", "the listing gives no origin")
F("W29", "<p>A [[30 cm]] cherry spoon.</p>", SIZE, "block", "the listing gives no length")
F("W29", "<p>[[Dishwasher safe]] cherry spoon.</p>", CARE, "block", "no care claim in the listing")
F("W29", "<p>A hand-carved [[salad server set]] in cherry.</p>", CAT, "block", "one wooden spoon", SD)
F("W29", qa(("Is it oiled?", "Yes, [[finished with linseed oil]]."),), MAT, "block",
  "the listing gives no finish", "faq")

# W30 grouped matcha pieces: chasen 80 tines JPY 3,200; chashaku JPY 900; stoneware chawan 370 ml JPY 4,800;
# ceremonial matcha 30 g tin from Uji, Kyoto JPY 2,600; rinse the whisk in warm water, no soap, stand to dry
C("W30", "<p>What you need to whisk matcha at home, sold piece by piece so you can add to what you already "
         "have.</p><ul><li>Bamboo whisk (chasen), 80 tines: &yen;3,200</li><li>Bamboo scoop (chashaku): "
         "&yen;900</li><li>Stoneware tea bowl (chawan), 370 ml: &yen;4,800</li><li>Ceremonial-grade matcha from "
         "Uji, Kyoto, 30 g tin: &yen;2,600</li></ul><p>After use, rinse the whisk in warm water, without soap, "
         "and stand it up to dry.</p>")
C("W30", "<p>Whisk, scoop, stoneware bowl and Uji matcha, each sold separately, from ¥900.</p>", SD)
C("W30", seo("Matcha Starter Pieces: Whisk, Scoop, Bowl, Matcha | Chaya Tools",
             "An 80-tine bamboo chasen, a chashaku, a 370 ml stoneware chawan and 30 g of ceremonial Uji matcha, "
             "sold individually."), "seo")
C("W30", qa(("How do I clean the whisk?", "Rinse it in warm water, no soap, and stand it to dry."),
            ("How much do all four cost?", "¥11,500 if you buy every piece.")), "faq")
C("W30", "<p>The bowl holds 370 ml, about 12.5 fl oz.</p>")
F("W30", "<p>Buy all four [[as a set for ¥10,000]].</p>", PRICE, "block",
  "sold individually; together ¥11,500 and no set price")
F("W30", "<p>A bamboo whisk with [[100]] tines.</p>", NUM, "block", "80 tines")
F("W30", "<p>A [[porcelain]] tea bowl, 370 ml.</p>", MAT, "block", "stoneware")
F("W30", "<p>Ceremonial matcha from [[Shizuoka]].</p>", ORIG, "block", "Uji, Kyoto")
F("W30", "<p>Wash the whisk [[with mild soap]] after use.</p>", CARE, "block", "rinse in warm water, no soap")
F("W30", "<p>A [[cast iron teapot]], whisk and scoop, sold separately.</p>", CAT, "block",
  "a stoneware bowl, not a teapot", SD)
F("W30", seo("Matcha Tools | Chaya Tools", "[[Organic JAS-certified]] matcha and bamboo tools."), CERT, "block",
  "no certification in the listing", "seo")
