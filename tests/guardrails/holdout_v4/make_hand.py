"""Hand-written drafts for guardrails holdout v4: clean copy and copy with one planted error each.

In a faulty draft the one unsupported claim is marked [[like this]]; `build()` strips the marks and
records the span. SEO and FAQ drafts are written as Python objects and serialised with json.dumps, so
their spans are offsets into the JSON text.
"""
import json

CLEAN = []
FAULTY = []


def C(listing, draft, kind="description"):
    CLEAN.append((listing, kind, draft))


def F(listing, draft, rule, severity, why, kind="description"):
    FAULTY.append((listing, kind, draft, rule, severity, why))


def _serialise(kind, draft):
    if kind == "description":
        return draft
    return json.dumps(draft, ensure_ascii=False)


def _strip_marks(marked):
    start = marked.index("[[")
    end = marked.index("]]", start)
    assert marked.count("[[") == 1 and marked.count("]]") == 1, marked
    text = marked[:start] + marked[start + 2:end] + marked[end + 2:]
    return text, start, end - 2


def build():
    """Return (clean rows, faulty rows) without ids; each row has listing, kind, text, labels."""
    clean = []
    for listing, kind, draft in CLEAN:
        text = _serialise(kind, draft)
        assert "[[" not in text, text
        clean.append({"listing": listing, "kind": kind, "text": text, "labels": []})
    faulty = []
    for listing, kind, draft, rule, severity, why in FAULTY:
        text, start, end = _strip_marks(_serialise(kind, draft))
        faulty.append({"listing": listing, "kind": kind, "text": text, "labels": [
            {"rule": rule, "start": start, "end": end, "claim": text[start:end], "severity": severity,
             "why": why}]})
    return clean, faulty


# W01 espresso tamper: 58.5 mm, 15 kg click, AISI 304 base, walnut handle, made in Italy, not dishwasher safe
C("W01", "<p>Tamp the same way every time. This Bracco &amp; Figli tamper clicks once you reach 15 kg, so the "
         "puck is just as even on the last shot of the day as on the first.</p><p>The 58.5 mm stainless base "
         "suits most 58 mm baskets, and the walnut handle sits warm in the hand. Made in Italy.</p>")
C("W01", "<p>An Italian-made calibrated tamper: a 304 stainless steel base and a turned walnut handle. About "
         "15 oz in the hand and 9 cm tall. Wipe it with a dry cloth and keep it out of the dishwasher.</p>")
C("W01", "<p>A spring-loaded espresso tamper that gives a click at 15 kg (roughly 33 lb) of force. €49.</p>")
C("W01", {"title": "58.5 mm Calibrated Tamper, Walnut & Steel | Bracco & Figli",
          "description": "Spring-loaded tamper that clicks at 15 kg. AISI 304 stainless base, walnut handle, "
                         "made in Italy."}, "seo")
F("W01", "<p>Set at [[30 lb of pressure]], the spring gives way with a clear click. "
         "Walnut handle, 58.5 mm stainless base.</p>",
  "accuracy.number", "block", "the listing's click is 15 kg, about 33 lb; 30 lb is 13.6 kg")
F("W01", "<p>A weighty tamper with a [[solid brass base]] and a turned walnut handle that clicks at 15 kg.</p>",
  "accuracy.material", "block", "the base is AISI 304 stainless steel")
F("W01", "<p>Walnut and stainless steel, 58.5 mm across. [[Dishwasher safe]], so clean-up after a busy "
         "morning takes seconds.</p>",
  "accuracy.care", "block", "the listing says not dishwasher safe; wipe with a dry cloth")
F("W01", "<p>[[Turned and assembled by hand in a small workshop in Florence]], this calibrated tamper clicks at "
         "15 kg.</p>",
  "accuracy.origin", "block", "the listing says made in Italy only; Florence, the workshop and handwork are invented")
F("W01", "<p>The 58.5 mm base [[fits every portafilter]], so it will work with whatever machine you own.</p>",
  "accuracy.compatibility", "block", "the listing says it suits most 58 mm commercial baskets")
F("W01", "<p>Consistent 15 kg tamping, walnut handle, stainless base: [[the last tamper you will ever "
         "need]].</p>",
  "compliance.absolute", "warn", "absolute promise with no support in the listing")

# W02 merino socks: 2 pairs per pack, 70/27/3, 3 sizes, 3 colours, knitted in Portugal, 30 C, no tumble dry, GBP 24
C("W02", "<p>Two pairs of cushioned crew socks in a 70% merino blend, knitted in Portugal. Reinforced heel and "
         "toe, and a flat toe seam.</p><p>Charcoal, rust or moss; sizes S to L (UK 3-11).</p>")
C("W02", "<p>Merino-rich hiking socks, £24 for a pack of two pairs. Machine wash at 30 °C inside out and let them "
         "dry naturally: no tumble dryer.</p>")
C("W02", "<p>Portuguese-knitted crew socks with medium cushioning. Three colours and three sizes; each pack "
         "holds two pairs of the same colour.</p>")
C("W02", "<p>Fellwalk's hiking socks come in S (UK 3-5), M (UK 6-8) and L (UK 9-11). The blend is 70% merino "
         "wool with 27% nylon and 3% elastane for stretch.</p>")
F("W02", "<p>A [[three-pair pack]] of cushioned merino crew socks for long days on the fells.</p>",
  "accuracy.number", "block", "packs hold two pairs")
F("W02", "<p>Knitted from a soft [[85% merino]] blend with a touch of nylon, these crew socks have a reinforced "
         "heel and toe.</p>",
  "accuracy.material", "block", "composition is 70% merino wool, 27% nylon, 3% elastane")
F("W02", "<p>Merino hiking socks [[knitted in the Scottish Borders]], with medium cushioning and a flat toe "
         "seam.</p>",
  "accuracy.origin", "block", "knitted in Portugal")
F("W02", "<p>Wash at 30 °C inside out, then [[tumble dry on low]] and they are ready for the next hike.</p>",
  "accuracy.care", "block", "the listing says do not tumble dry")
F("W02", "<p>Three sizes cover [[UK 3 to 13]], in charcoal, rust or moss.</p>",
  "accuracy.size", "block", "sizes run UK 3-11 (L is UK 9-11)")
F("W02", {"title": "Merino Hiking Socks, 2 Pairs | Fellwalk",
          "description": "Cushioned merino crew socks in charcoal, rust, moss or [[navy]]. Knitted in Portugal."},
  "accuracy.colour", "block", "colours are Charcoal, Rust and Moss only", "seo")

# W03 yoga mat: Moss only, rubber base + PU top, 183 x 68 cm, 4.5 mm, 2.5 kg, Taiwan, USD 88 (was 110), latex
C("W03", "<p>Now $88, down from $110: that's 20% off.</p><p>A moss-green mat with a natural rubber base and a "
         "polyurethane top that grips even with damp hands. 183 x 68 cm and 4.5 mm thick.</p>")
C("W03", "<p>At roughly 72 x 27 inches there is room to stretch out, and it weighs about 5.5 lb. Made in Taiwan. "
         "Contains natural latex.</p>")
C("W03", "<p>Wipe it down with a damp cloth after practice and store it out of direct sunlight. Stillpoint's "
         "Grounded mat, in Moss.</p>")
C("W03", {"title": "Grounded 4.5 mm Yoga Mat in Moss | Stillpoint",
          "description": "Non-slip natural rubber yoga mat with a grippy PU top. 183 x 68 cm, made in Taiwan. "
                         "Save $22."}, "seo")
F("W03", "<p>Choose from [[five earthy shades, from moss to clay]], to suit your practice space.</p>",
  "accuracy.colour", "block", "the mat comes in Moss only")
F("W03", "<p>[[Save 25%]] on the Grounded mat this week: $88 instead of $110.</p>",
  "accuracy.price", "block", "$88 from $110 is 20% off")
F("W03", "<p>A natural rubber mat that is [[latex-free]], with a grippy polyurethane top.</p>",
  "accuracy.material", "block", "the listing says it contains natural latex")
F("W03", "<p>Generously cushioned at [[6 mm thick]], with a tree rubber base that stays put on wooden "
         "floors.</p>",
  "accuracy.size", "block", "the mat is 4.5 mm thick")
F("W03", "<p>Light enough to carry to class at just [[2.5 lb]], yet 183 cm long.</p>",
  "accuracy.number", "block", "the mat weighs 2.5 kg, about 5.5 lb")
F("W03", "<p>Grippy enough for flowing practice, and it [[doubles as a sleeping pad on camping trips]].</p>",
  "accuracy.feature", "warn", "invented use")

# W04 watercolour bundle: 12 half pans in tin, 3 synthetic rounds (2, 6, 10), A5 300 gsm cotton pad 20 sheets,
# packed in Australia, AUD 45 (AU$58 separately)
C("W04", "<p>A complete beginner's box: twelve half pans in a metal tin, three synthetic round brushes (sizes 2, "
         "6 and 10) and an A5 pad of 20 sheets of 300 gsm cotton paper.</p><p>AU$45, a saving of AU$13 on buying "
         "them separately.</p>")
C("W04", "<p>Paper: A5, cold-press, 300 gsm, 100% cotton. Packed in Australia by Paperbark Studio.</p>")
C("W04", "<p>Three brushes, twelve colours, twenty sheets. Everything you need to start painting arrives in one "
         "box.</p>")
C("W04", [{"question": "What is in the bundle?",
           "answer": "A 12-colour half-pan set in a metal tin, three synthetic round brushes and an A5 cotton "
                     "watercolour pad."},
          {"question": "How heavy is the paper?", "answer": "300 gsm."}], "faq")
F("W04", "<p>A full palette of [[two dozen colours]] in a metal tin, plus three brushes and a cotton pad.</p>",
  "accuracy.number", "block", "the set has 12 colours")
F("W04", "<p>Three soft [[sable]] round brushes in sizes 2, 6 and 10 come with the paints and paper.</p>",
  "accuracy.material", "block", "the brushes are synthetic")
F("W04", "<p>[[Made in Australia]] by Paperbark Studio: paints, brushes and a 300 gsm cotton pad.</p>",
  "accuracy.origin", "block", "the listing says packed in Australia, not made there")
F("W04", "<p>Everything to start painting for AU$45, so you [[save AU$18]] on buying the pieces one by "
         "one.</p>",
  "accuracy.price", "block", "separately AU$58, so the saving is AU$13")
F("W04", "<p>Twelve half pans, three rounds and a generous [[A4]] cotton pad of 20 sheets.</p>",
  "accuracy.size", "block", "the pad is A5")

# W05 PDF pattern: digital, nothing shipped, A4/Letter/A0, 42-page booklet, US 0-30, advanced beginner, USD 14
C("W05", "<p>A digital sewing pattern for a tie-waist wrap dress with kimono sleeves and a midi skirt. Download "
         "the files straight after checkout; nothing is posted.</p>")
C("W05", "<p>Sizes US 0 to 30. Print at home on A4 or US Letter, or send the A0 file to a copy shop. The 42-page "
         "illustrated booklet takes an advanced beginner through every step.</p>")
C("W05", "<p>Sew it in rayon challis, linen or crepe. You'll need 2.6 to 3.4 m of fabric (roughly 2.8 to 3.7 "
         "yards), depending on size.</p>")
C("W05", [{"question": "Will I receive a paper pattern?",
           "answer": "No. This is a PDF pattern you download after checkout; no physical product is shipped."},
          {"question": "Which sizes are included?", "answer": "US 0-30."}], "faq")
F("W05", "<p>Our [[printed tissue-paper pattern]] arrives folded in an envelope with a 42-page booklet.</p>",
  "accuracy.category", "block", "it is a downloadable PDF; no physical product is shipped")
F("W05", "<p>The Linden wrap dress pattern, sizes US 0-30. [[Ships within two business days]].</p>",
  "compliance.shipping", "block", "digital download; nothing ships")
F("W05", "<p>A wrap dress pattern graded in [[sizes US 0 to 20]], with A4, Letter and A0 files.</p>",
  "accuracy.size", "block", "sizes are US 0-30")
F("W05", "<p>Print-at-home and copy-shop files plus a [[60-page]] illustrated booklet.</p>",
  "accuracy.number", "block", "the booklet has 42 pages")
F("W05", "<p>A PDF pattern for an advanced beginner, [[with step-by-step video lessons for every stage]].</p>",
  "accuracy.feature", "block", "the listing names PDF files and a booklet, no videos")

# W06 gift card: CAD 25/50/100/200, email + printable PDF, never expires, online only, no cash
C("W06", "<p>Not sure what to pick? A Fernhollow gift card arrives by email with a PDF you can print, usually "
         "within minutes. Choose $25, $50, $100 or $200.</p>")
C("W06", "<p>It never expires and can be spent over several orders at fernhollow.ca. Online only, and it can't be "
         "swapped for cash.</p>")
C("W06", {"title": "Fernhollow Gift Card | CA$25 to CA$200",
          "description": "Email gift card with a printable PDF. Never expires; spend it online in one go or over "
                         "several orders."}, "seo")
C("W06", "<p>Four amounts, from CA$25 to CA$200, delivered to their inbox.</p>")
F("W06", "<p>Sent by email within minutes. [[Valid for 12 months from purchase]].</p>",
  "accuracy.feature", "block", "the card never expires")
F("W06", "<p>Spend it on anything [[online or at our Toronto shop]].</p>",
  "accuracy.feature", "block", "redeemable online only")
F("W06", "<p>Choose $25, $50, $100, [[$150]] or $200 and we'll email it right away.</p>",
  "accuracy.price", "block", "amounts are $25, $50, $100 and $200")
F("W06", "<p>Every Fernhollow gift card [[arrives in a linen pouch with a handwritten tag]].</p>",
  "accuracy.feature", "block", "sent by email with a printable PDF; no physical packaging")
F("W06", "<p>A gift card from [[US$25]], never expiring and usable over several orders.</p>",
  "accuracy.price", "block", "the store sells in Canadian dollars")

# W07 kayak paddle (external, sold by Riverbend): carbon shaft, FR nylon blades, 4 pieces, 220-240 cm, 795 g
C("W07", "<p>Sold and shipped by our partner Riverbend Outfitters; the Buy button takes you to their store.</p>"
         "<p>A four-piece touring paddle with a carbon-fibre shaft and fibreglass-reinforced nylon blades, "
         "adjustable from 220 to 240 cm.</p>")
C("W07", "<p>At 795 g (about 1.75 lb), it breaks down into four pieces for travel.</p>")
C("W07", "<p>Feather it at 0, 15, 30, 45 or 60 degrees. Blades in sunset orange or slate, $229.</p>")
C("W07", "<p>The length adjusts in 5 cm steps (about 2 in), from roughly 7 ft 3 in to 7 ft 10 in.</p>")
F("W07", "<p>Four-piece touring paddle with a carbon shaft. [[Free shipping from our warehouse]] on every order.</p>",
  "compliance.shipping", "block", "sold and shipped by the partner store")
F("W07", "<p>Stiff and light thanks to a carbon shaft and [[full-carbon blades]].</p>",
  "accuracy.material", "block", "blades are fibreglass-reinforced nylon")
F("W07", "<p>The [[three-piece]] shaft packs down small for flights and road trips.</p>",
  "accuracy.number", "block", "the paddle breaks down into four pieces")
F("W07", "<p>A travel touring paddle that's also [[built for whitewater runs]].</p>",
  "accuracy.feature", "warn", "invented use; the listing says touring")
F("W07", "<p>Adjustable [[from 210 to 230 cm]] in 5 cm steps, with five feather angles.</p>",
  "accuracy.size", "block", "length is 220-240 cm")
F("W07", "<p>The Ashfall paddle, [[designed and built by Riverbend Outfitters]], weighs 795 g.</p>",
  "accuracy.brand", "block", "the maker is Ashfall Paddle Co.; Riverbend only sells it")

# W08 office chair: 17-21 in seat, 275 lb, 41 lb, 4 tilt positions, BIFMA tested, 5y/2y warranty, Oregon design,
# Vietnam manufacture, Black / Fog Gray, $349 / $399 with headrest, 26 x 27 x 44 in
C("W08", "<p>Seat height adjusts from 17 to 21 inches (about 43 to 53 cm), and the chair is rated for up to "
         "275 lb.</p>")
C("W08", "<p>$349, or $399 with the headrest. Black or Fog Gray.</p>")
C("W08", "<p>Designed in Portland, Oregon and manufactured in Vietnam. Tested to ANSI/BIFMA X5.1, with five years "
         "of warranty on the frame and mechanism and two on the mesh and upholstery.</p>")
C("W08", "<p>Some assembly: attach the base, casters and back, about 20 minutes. The synchro-tilt locks in four "
         "positions.</p>")
C("W08", "<p>A mesh-back task chair of 41 lb (roughly 18.6 kg), on a polished aluminum base with 60 mm casters for "
         "hard floors.</p>")
F("W08", "<p>[[Built in Portland, Oregon]], the Ridgeline has adjustable lumbar support and 3D armrests.</p>",
  "accuracy.origin", "block", "designed in Portland; manufactured in Vietnam")
F("W08", "<p>Backed by a [[10-year warranty]] on the frame and mechanism.</p>",
  "accuracy.warranty", "block", "5 years on frame and mechanism, 2 on mesh and upholstery")
F("W08", "<p>Rated for up to [[300 lb]], with a seat that rises from 17 to 21 in.</p>",
  "accuracy.number", "block", "weight capacity is 275 lb")
F("W08", "<p>[[GREENGUARD Gold certified]] for low emissions in your home office.</p>",
  "accuracy.certification", "block", "the listing names only ANSI/BIFMA X5.1 testing")
F("W08", "<p>Pick black, fog gray or [[navy]], with or without a headrest.</p>",
  "accuracy.colour", "block", "colours are Black and Fog Gray")
F("W08", "<p>The elastomeric mesh back is [[twice as breathable as a foam back]].</p>",
  "accuracy.feature", "block", "invented comparison")
F("W08", "<p>A roomy chair, [[44 in wide]] with a 20 in seat.</p>",
  "accuracy.size", "block", "44 in is the height; the chair is 27 in wide")

# W09 thin listing: title "Ribbed Ceramic Planter 15 cm", EUR 19.50, nothing else
C("W09", "<p>A ribbed ceramic planter, 15 cm. €19.50.</p>")
C("W09", "<p>Fine ribs run around this ceramic pot, a simple home for a houseplant.</p>")
C("W09", {"title": "Ribbed Ceramic Planter 15 cm",
          "description": "A 15 cm ribbed ceramic planter for €19.50."}, "seo")
C("W09", "<p>Ribbed ceramic planter, about 6 inches.</p>")
F("W09", "<p>A ribbed ceramic planter [[with a drainage hole and matching saucer]].</p>",
  "accuracy.feature", "block", "the listing gives no drainage hole or saucer")
F("W09", "<p>A 15 cm ribbed ceramic planter, [[glazed in sage green]].</p>",
  "accuracy.colour", "warn", "the listing gives no colour")
F("W09", "<p>[[Hand-thrown in Portugal]], this ribbed planter measures 15 cm.</p>",
  "accuracy.origin", "block", "no origin in the listing")
F("W09", "<p>A ribbed ceramic pot, [[20 cm]] across, for €19.50.</p>",
  "accuracy.size", "block", "the planter is 15 cm")
F("W09", "<p>Ribbed ceramic, [[frost-proof, so it can stay outside all winter]].</p>",
  "accuracy.feature", "block", "invented spec")
F("W09", "<p>An [[eco-friendly]] ribbed ceramic planter, 15 cm.</p>",
  "compliance.environmental", "warn", "vague eco claim with no support")

# W10 dog harness: XS-L chest girths, SEK 349/349/399/449, Fjord Blue / Heather Pink, recycled polyester webbing,
# neoprene padding, aluminium D-ring, made in Estonia, hand wash, reflective stitching, two leash points
C("W10", "<p>Two places to clip a lead: an aluminium D-ring on the back and a front clip for dogs that pull. "
         "Reflective stitching runs along both straps.</p>")
C("W10", "<p>Sizes by chest girth: XS 35-45 cm, S 45-58 cm, M 58-75 cm, L 75-95 cm. From 349 SEK (M 399 SEK, "
         "L 449 SEK).</p>")
C("W10", "<p>Estonian-made, with recycled polyester webbing and neoprene padding. Hand wash and let it air dry. "
         "Fjord Blue or Heather Pink.</p>")
C("W10", "<p>The Y-front leaves your dog's shoulders free to move. Four sizes cover chest girths from about 14 to "
         "37 inches.</p>")
F("W10", "<p>Padded Y-front harness with a [[stainless steel]] D-ring on the back and a front clip.</p>",
  "accuracy.material", "block", "the D-ring is aluminium")
F("W10", "<p>Muddy after a walk? [[Just pop it in the washing machine]].</p>",
  "accuracy.care", "block", "hand wash, air dry")
F("W10", "<p>Size XS fits [[chest girths from 30 cm]], right up to L at 95 cm.</p>",
  "accuracy.size", "block", "XS starts at 35 cm")
F("W10", "<p>[[Every size is 349 SEK]], in Fjord Blue or Heather Pink.</p>",
  "accuracy.price", "block", "M is 399 SEK and L is 449 SEK")
F("W10", "<p>[[Crash-tested so it can double as a car restraint]] on road trips.</p>",
  "accuracy.certification", "block", "no crash test or standard in the listing")
F("W10", "<p>Webbing [[made from plastic recovered from the ocean]], neoprene padding and reflective "
         "stitching.</p>",
  "compliance.environmental", "block", "the listing says recycled polyester, with no ocean source")

# W11 speaker: IP67 (1 m, 30 min), floats, 10 W, 12 h at 50%, 2,600 mAh, USB-C ~3 h, BT 5.3, 3 colours, 1 yr,
# 270 g, stereo pair, no mic, 9.5 x 4.2 cm, USD 59.99
C("W11", "<p>Up to 12 hours of music at half volume, and a full charge over USB-C in about three hours.</p>")
C("W11", "<p>IP67: dust-tight, and fine after a dunk in the pool (up to 1 m for 30 minutes). It floats, too.</p>")
C("W11", "<p>Pair two Pebble Go speakers for left-and-right stereo. In the box: the speaker, a USB-C cable and a "
         "carry strap. Black, Sand or Lagoon for $59.99.</p>")
C("W11", "<p>About 9.5 oz, with 10 W of output, Bluetooth 5.3 and a one-year warranty.</p>")
C("W11", [{"question": "Does it have a mic for calls?", "answer": "No. The Pebble Go is a speaker only."},
          {"question": "What warranty does it have?", "answer": "One year."}], "faq")
F("W11", "<p>Play for [[up to 20 hours]] at half volume, then top up over USB-C.</p>",
  "accuracy.number", "block", "12 hours at 50% volume")
F("W11", "<p>Take calls hands-free with the [[built-in microphone]].</p>",
  "accuracy.feature", "block", "the listing says it has no microphone")
F("W11", "<p>Small but mighty: [[twice as loud as other speakers its size]].</p>",
  "accuracy.feature", "block", "invented comparison")
F("W11", "<p>Rated [[IP68]], so rain, sand and the odd swim are no problem.</p>",
  "accuracy.certification", "block", "the rating is IP67")
F("W11", "<p>Covered by a [[two-year warranty]], in Black, Sand or Lagoon.</p>",
  "accuracy.warranty", "block", "1-year warranty")
F("W11", "<p>[[Over 10,000 five-star reviews]] can't be wrong.</p>",
  "compliance.social_proof", "warn", "invented reviews")
F("W11", "<p>Compact at [[9.5 cm tall]] and just 270 g.</p>",
  "accuracy.size", "block", "9.5 cm is the width; the height is 4.2 cm")

# W12 olive oil: Koroneiki, Kalamata/Messinia, cold extracted, filtered, <=0.3%, EU Organic, product of Greece,
# 500 ml EUR 18.90 / 3 l EUR 79, harvest Oct-Nov 2025, grassy peppery bitter
C("W12", "<p>Early-harvest Koroneiki oil from groves near Kalamata. Cold extracted within hours of picking, then "
         "filtered. Acidity 0.3% or lower.</p>")
C("W12", "<p>Certified EU organic (GR-BIO-01). A product of Greece, in a 500 ml tin (€18.90) or a 3 litre tin "
         "(€79).</p>")
C("W12", "<p>Grassy and peppery with a bitter edge, as young oil should be. Keep it somewhere cool and dark.</p>")
C("W12", "<p>Greek extra virgin olive oil from the October-November 2025 harvest. About 17 fl oz in the small "
         "tin.</p>")
C("W12", {"title": "Organic Koroneiki Extra Virgin Olive Oil | Kalyva Groves",
          "description": "Early-harvest, cold-extracted Greek olive oil from Messinia. EU organic. 500 ml or "
                         "3 l."}, "seo")
F("W12", "<p>Koroneiki olives from Messinia, [[bottled in Tuscany]] for freshness.</p>",
  "accuracy.origin", "block", "product of Greece; no Italian bottling in the listing")
F("W12", "<p>A [[PDO Kalamata]] extra virgin oil, cold extracted within hours.</p>",
  "accuracy.certification", "block", "only EU Organic is stated")
F("W12", "<p>Exceptionally low acidity, [[below 0.1%]].</p>",
  "accuracy.number", "block", "acidity is 0.3% or lower")
F("W12", "<p>Cold extracted and left [[unfiltered]] for a fuller body.</p>",
  "accuracy.feature", "block", "the oil is filtered")
F("W12", "<p>Early-harvest Koroneiki oil, [[rich in polyphenols that help lower cholesterol]].</p>",
  "compliance.health", "block", "health claim")
F("W12", "<p>Available in a 500 ml tin or a [[1 litre tin]].</p>",
  "accuracy.number", "block", "sizes are 500 ml and 3 l")
F("W12", "<p>Our early-harvest oil, just [[€16.90]] for the 500 ml tin.</p>",
  "accuracy.price", "block", "the 500 ml tin is €18.90")
F("W12", "<p>Peppery organic oil in a handy [[500 g]] tin.</p>",
  "accuracy.number", "block", "500 ml, a volume, not a weight")

# W13 gyuto: 210 mm, 345 overall, VG-10 + 33 layers, HRC 60-61, magnolia + buffalo horn, 50/50, Seki, 180 g, JPY 28600
C("W13", "<p>A 210 mm gyuto (about 8.3 inches) with a VG-10 core clad in 33 layers of stainless Damascus, hardened "
         "to HRC 60-61.</p>")
C("W13", "<p>Made in Seki, Japan. Octagonal magnolia handle, buffalo horn ferrule and a 50/50 double-bevel edge "
         "that suits left- and right-handed cooks alike.</p>")
C("W13", "<p>¥28,600. It weighs 180 g, roughly 6.3 oz. Hand wash and dry it straight away; never in the "
         "dishwasher.</p>")
C("W13", {"title": "Kasumi 210 mm Gyuto | Hamon Hamono, Seki",
          "description": "VG-10 Japanese chef's knife with 33-layer Damascus cladding and a magnolia handle. "
                         "HRC 60-61."}, "seo")
F("W13", "<p>A VG-10 core wrapped in [[sixty-seven layers]] of stainless Damascus.</p>",
  "accuracy.number", "block", "33 layers")
F("W13", "<p>The octagonal [[ebony]] handle is finished with a buffalo horn ferrule.</p>",
  "accuracy.material", "block", "the handle is magnolia wood")
F("W13", "<p>[[Forged in Sakai]] by Hamon Hamono, this gyuto is built for daily prep.</p>",
  "accuracy.origin", "block", "made in Seki, Gifu")
F("W13", "<p>A VG-10 core hardened to [[HRC 63]] for an edge that lasts.</p>",
  "accuracy.number", "block", "HRC 60-61")
F("W13", "<p>This 210 mm [[santoku]] has a VG-10 core and a magnolia handle.</p>",
  "accuracy.category", "block", "it is a gyuto (chef's knife), not a santoku")
F("W13", "<p>A long [[240 mm blade]] for slicing through large cuts.</p>",
  "accuracy.size", "block", "blade length is 210 mm")
F("W13", "<p>Sharpened to a traditional [[single-bevel edge]].</p>",
  "accuracy.feature", "block", "double bevel, 50/50")

# W14 picture book: hardback, 32 pages, ages 3-6, 25 x 25 cm, Holt / Okafor, printed in Latvia, FSC, GBP 12.99
C("W14", "<p>A warm picture book about patience: each night the fox climbs the lighthouse to count the boats "
         "home, until one stormy night a boat is missing.</p>")
C("W14", "<p>Written by Maren Holt and illustrated by Ide Okafor. 32 pages, hardback, for ages 3 to 6.</p>")
C("W14", "<p>A square 25 cm hardback (just under 10 inches), printed in Latvia on FSC-certified paper. "
         "£12.99.</p>")
C("W14", [{"question": "What age is it for?", "answer": "Ages 3 to 6."},
          {"question": "Is it a paperback?", "answer": "No, it is a 32-page hardback."}], "faq")
F("W14", "<p>[[48 pages]] of stormy seas and a patient fox, in hardback.</p>",
  "accuracy.number", "block", "32 pages")
F("W14", "<p>A sturdy [[board book that small hands can't tear]], by Maren Holt and Ide Okafor.</p>",
  "accuracy.category", "block", "it is a hardback picture book, not a board book")
F("W14", "<p>Written for [[ages 5 to 8]], this hardback tells a story of keeping watch.</p>",
  "accuracy.number", "block", "ages 3-6")
F("W14", "<p>The [[award-winning]] story of a fox who keeps watch over the harbour.</p>",
  "compliance.social_proof", "warn", "no award in the listing")
F("W14", "<p>[[Printed in Britain]] on FSC-certified paper, 25 x 25 cm.</p>",
  "accuracy.origin", "block", "printed in Latvia")
F("W14", "<p>[[Written and illustrated by Maren Holt]], a gentle book for little ones.</p>",
  "accuracy.brand", "block", "illustrated by Ide Okafor")
F("W14", "<p>A 32-page hardback for just [[£9.99]].</p>",
  "accuracy.price", "block", "price is £12.99")

# W15 shampoo bar: 80 g, up to 60 washes, normal-oily, Sodium Coco Sulfate, vegan, palm oil free, plastic-free
# kraft wrap, Leaping Bunny, handmade in Wales, GBP 9.50
C("W15", "<p>A firm rosemary and nettle shampoo bar for normal to oily hair. One 80 g bar lasts up to 60 "
         "washes.</p>")
C("W15", "<p>Vegan, palm-oil free and Leaping Bunny approved. Handmade in Wales and wrapped in recycled kraft "
         "paper, with no plastic.</p>")
C("W15", "<p>Rub it between wet hands or straight onto wet hair, lather and rinse. £9.50.</p>")
C("W15", "<p>About 2.8 oz of Welsh-made shampoo bar with nettle leaf powder and rosemary oil.</p>")
F("W15", "<p>A gentle, [[sulfate-free]] bar with nettle and rosemary.</p>",
  "accuracy.material", "block", "the first ingredient is Sodium Coco Sulfate")
F("W15", "<p>One 80 g bar lasts [[up to 100 washes]].</p>",
  "accuracy.number", "block", "up to 60 washes")
F("W15", "<p>Rosemary oil and nettle [[help stop hair loss]].</p>",
  "compliance.health", "block", "medical claim")
F("W15", "<p>Vegan, palm-oil free, [[certified organic]] and Leaping Bunny approved.</p>",
  "accuracy.certification", "block", "only Leaping Bunny is stated")
F("W15", "<p>[[Handmade in Cornwall]] and wrapped in recycled kraft paper.</p>",
  "accuracy.origin", "block", "handmade in Wales")
F("W15", "<p>Plastic-free, palm-oil free and [[carbon neutral]].</p>",
  "compliance.environmental", "block", "no carbon claim in the listing")
F("W15", "<p>A nourishing bar [[for dry, damaged hair]].</p>",
  "accuracy.feature", "block", "for normal to oily hair")

# W16 trail shoe: men's US 7-13, Lichen/Black or Ember, 10.2 oz (US 9), 6 mm drop, 28/22 stack, 4 mm lugs,
# rock plate, engineered mesh, sticky rubber, not waterproof, vegan, USD 139
C("W16", "<p>A cushioned trail shoe with 4 mm lugs, a flexible rock plate and a 6 mm drop (28 mm heel, 22 mm "
         "forefoot).</p>")
C("W16", "<p>Men's US sizes 7 to 13. About 290 g in a US 9.</p>")
C("W16", "<p>The engineered mesh upper isn't waterproof: it drains and dries quickly after a stream crossing. "
         "Vegan.</p>")
C("W16", "<p>Lichen/Black or Ember, $139.</p>")
C("W16", {"title": "Switchback Men's Trail Running Shoe",
          "description": "Cushioned men's trail runner with 4 mm lugs, a rock plate and a 6 mm drop. US 7-13."},
  "seo")
F("W16", "<p>A [[waterproof membrane]] keeps feet dry through bogs and puddles.</p>",
  "accuracy.feature", "block", "the listing says not waterproof")
F("W16", "<p>A balanced [[8 mm drop]] and 4 mm lugs for rough ground.</p>",
  "accuracy.number", "block", "6 mm drop")
F("W16", "<p>[[Now in women's sizes too]], from US 7 to 13.</p>",
  "accuracy.size", "block", "men's sizes only")
F("W16", "<p>Feather-light at [[just 8.5 oz]] in a US 9.</p>",
  "accuracy.number", "block", "10.2 oz in US 9")
F("W16", "<p>Choose [[all-black]] or Ember.</p>",
  "accuracy.colour", "block", "colours are Lichen/Black and Ember")
F("W16", "<p>Sticky rubber and 4 mm lugs make it [[the grippiest trail shoe on the market]].</p>",
  "compliance.absolute", "warn", "unsupported superlative")
F("W16", "<p>The new Switchback is [[30% lighter than the last version]].</p>",
  "accuracy.feature", "block", "invented comparison")

# W17 tent: 2-person, 3-season, 2 doors/vestibules, 1.65 / 1.48 kg, 215 x 130 x 100 cm, 20D fly 3000 mm,
# 30D floor 4000 mm, aluminium poles, Olive, 46 x 15 cm packed, NZD 499, freestanding
C("W17", "<p>A freestanding two-person tent for three-season trips, with two doors and two vestibules.</p>")
C("W17", "<p>1.65 kg packed and 1.48 kg minimum trail weight: roughly 3.6 lb and 3.3 lb.</p>")
C("W17", "<p>Floor 215 x 130 cm with 100 cm (about 39 in) at the peak. The fly is 20D silicone-coated ripstop "
         "rated to 3000 mm; the 30D floor to 4000 mm.</p>")
C("W17", "<p>Aluminium poles, an olive fly and a packed size of 46 x 15 cm. NZ$499.</p>")
F("W17", "<p>A [[four-season]] shelter with two doors and two vestibules.</p>",
  "accuracy.feature", "block", "3-season tent")
F("W17", "<p>Roomy enough that it [[sleeps three]] at a pinch.</p>",
  "accuracy.number", "block", "2-person tent")
F("W17", "<p>Light [[carbon poles]] keep the packed weight to 1.65 kg.</p>",
  "accuracy.material", "block", "aluminium poles")
F("W17", "<p>Plenty of headroom: the peak is [[130 cm tall]].</p>",
  "accuracy.size", "block", "peak height is 100 cm; 130 cm is the floor width")
F("W17", "<p>The silicone-coated 20D fly is rated to [[5000 mm]].</p>",
  "accuracy.number", "block", "fly 3000 mm")
F("W17", "<p>Olive or [[sand]] fly, aluminium poles, NZ$499.</p>",
  "accuracy.colour", "block", "Olive only")
F("W17", "<p>At [[half the weight of a typical two-person tent]], it is made for long trails.</p>",
  "accuracy.feature", "block", "invented comparison")
F("W17", "<p>[[Guaranteed to keep you dry in any storm]], with a 3000 mm fly.</p>",
  "compliance.absolute", "block", "absolute guarantee")

# W18 wall clock: 30 cm dia, 4.5 cm deep, FSC oak veneer on MDF, brass-coloured hands, mineral glass, silent sweep,
# 1 AA not included, designed Copenhagen made Poland, Natural Oak only, DKK 449
C("W18", "<p>No ticking: a silent sweep movement glides the second hand round, so it suits a bedroom or "
         "study.</p>")
C("W18", "<p>30 cm across (just under 12 inches) and 4.5 cm deep. Oak veneer face on an MDF core, brass-coloured "
         "hands, mineral glass front.</p>")
C("W18", "<p>Takes one AA battery, not included. Designed in Copenhagen, made in Poland. 449 kr.</p>")
C("W18", "<p>Natural oak finish; the veneer is FSC-certified.</p>")
F("W18", "<p>A [[solid oak]] face with brass-coloured hands.</p>",
  "accuracy.material", "block", "oak veneer on MDF")
F("W18", "<p>Ready to hang straight out of the box, [[battery included]].</p>",
  "accuracy.feature", "block", "battery not included")
F("W18", "<p>[[Danish-made]] and designed for quiet rooms.</p>",
  "accuracy.origin", "block", "designed in Copenhagen, made in Poland")
F("W18", "<p>Available in [[three finishes: oak, walnut and white]].</p>",
  "accuracy.colour", "block", "Natural Oak only")
F("W18", "<p>A generous [[40 cm]] face that reads from across the room.</p>",
  "accuracy.size", "block", "30 cm diameter")

# W19 helmet: EN 1078, 11 vents, rear LED (USB-C, 3 modes), magnetic buckle, PC shell + EPS, 340 g (M),
# S 52-56 / M 55-59 / L 58-62 cm, Matte Black / Chalk White / Signal Red, EUR 79.95
C("W19", "<p>Certified to EN 1078, with an in-mould polycarbonate shell over EPS foam. 340 g in size M, about "
         "12 oz.</p>")
C("W19", "<p>The rear LED charges over USB-C and has three modes. The magnetic buckle closes even with gloves "
         "on.</p>")
C("W19", "<p>Three sizes: S (52-56 cm), M (55-59 cm), L (58-62 cm). Matte Black, Chalk White or Signal Red; "
         "€79.95.</p>")
C("W19", "<p>Eleven vents for the ride in.</p>")
F("W19", "<p>[[CPSC certified]], with an in-mould polycarbonate shell and a magnetic buckle.</p>",
  "accuracy.certification", "block", "certified to EN 1078 only")
F("W19", "<p>[[Fourteen vents]] keep air moving, and the rear LED keeps you seen.</p>",
  "accuracy.number", "block", "11 vents")
F("W19", "<p>Be seen with [[front and rear LED lights]], USB-C rechargeable.</p>",
  "accuracy.feature", "block", "rear LED only")
F("W19", "<p>Three sizes; [[M fits 56-60 cm]] heads.</p>",
  "accuracy.size", "block", "M is 55-59 cm")
F("W19", "<p>A [[carbon-fibre]] shell keeps it to 340 g.</p>",
  "accuracy.material", "block", "polycarbonate shell")
F("W19", "<p>An everyday helmet that [[prevents head injuries]] on the commute.</p>",
  "compliance.health", "block", "safety claim beyond the listing")
F("W19", "<p>Crashed? [[Our two-year crash replacement]] has you covered.</p>",
  "accuracy.warranty", "block", "no warranty or crash replacement in the listing")

# W20 kettle: 1.7 l, 3 kW, 5 presets 70/80/85/90/100 C, keep warm 30 min, double-wall steel, UK plug, 2 yr,
# Brushed Steel / Matte Black, GBP 64
C("W20", "<p>Five presets, from 70 °C for green tea up to a full 100 °C boil, and a keep-warm mode that holds "
         "your chosen temperature for half an hour.</p>")
C("W20", "<p>1.7 litres (about 3.6 US pints) and a 3 kW element for a fast boil.</p>")
C("W20", "<p>The double-wall stainless steel body stays cooler to the touch. UK plug. Two-year warranty.</p>")
C("W20", "<p>Brushed Steel or Matte Black, £64.</p>")
C("W20", {"title": "Tempo 1.7 L Variable Temperature Kettle | Tempo Home",
          "description": "Five presets from 70 to 100 °C, 30-minute keep warm, 3 kW fast boil. UK plug."}, "seo")
F("W20", "<p>A [[1.5 litre]] kettle with five temperature presets.</p>",
  "accuracy.number", "block", "1.7 litres")
F("W20", "<p>Keep-warm mode [[holds the temperature for up to two hours]].</p>",
  "accuracy.number", "block", "30 minutes")
F("W20", "<p>[[Six presets]] cover every tea and coffee, plus a 30-minute keep-warm.</p>",
  "accuracy.number", "block", "five presets")
F("W20", "<p>A [[borosilicate glass]] body so you can watch it boil.</p>",
  "accuracy.material", "block", "double-wall stainless steel")
F("W20", "<p>From [[60 °C]] for delicate white tea up to a rolling boil.</p>",
  "accuracy.number", "block", "the lowest preset is 70 °C")
F("W20", "<p>3 kW, 1.7 litres, and it [[works anywhere in the world on 110-240 V]].</p>",
  "accuracy.compatibility", "block", "UK plug; no voltage range stated")
F("W20", "<p>Double-wall stainless steel body; the lid is [[dishwasher-safe]].</p>",
  "accuracy.care", "block", "no care instruction in the listing")
F("W20", "<p>A powerful [[3 kWh]] element boils water fast.</p>",
  "accuracy.number", "block", "3 kW (power), not kWh (energy)")

# W21 fountain pen: piston 1.4 ml (~2 cartridges), cellulose acetate, rhodium trim, steel EF/F/M EUR 145,
# 14k gold F EUR 255, Ink Blue / Bordeaux / Smoke, Heidelberg, 137 mm capped, 24 g
C("W21", "<p>A piston filler that draws 1.4 ml of bottled ink, roughly two cartridges' worth.</p>")
C("W21", "<p>Steel nib in EF, F or M for €145, or a 14k gold F nib for €255.</p>")
C("W21", "<p>Cellulose acetate body with rhodium-plated trim, made in Heidelberg. 137 mm capped, 24 g.</p>")
C("W21", "<p>A German-made fountain pen in Ink Blue, Bordeaux or Smoke.</p>")
C("W21", [{"question": "Does it take cartridges?", "answer": "It fills from bottled ink with its piston."},
          {"question": "How much ink does it hold?", "answer": "1.4 ml."}], "faq")
F("W21", "<p>Fill it from a bottle or [[use standard international cartridges]].</p>",
  "accuracy.compatibility", "block", "piston filler; no cartridge use stated")
F("W21", "<p>Upgrade to an [[18k gold]] F nib for €255.</p>",
  "accuracy.material", "block", "14k gold nib")
F("W21", "<p>Steel nibs at €145; the 14k gold F nib is [[€199]].</p>",
  "accuracy.price", "block", "the gold nib costs €255")
F("W21", "<p>[[Crafted in Kyoto]] from cellulose acetate, with rhodium-plated trim.</p>",
  "accuracy.origin", "block", "made in Heidelberg, Germany")
F("W21", "<p>Holds [[three times]] the ink of a standard cartridge.</p>",
  "accuracy.feature", "block", "the listing says about twice")
F("W21", "<p>Every Meridian piston filler comes with a [[lifetime warranty]].</p>",
  "accuracy.warranty", "block", "no warranty stated")
F("W21", "<p>Steel nibs in EF, F, M or [[B]], or a 14k gold F.</p>",
  "accuracy.size", "block", "steel nibs in EF, F and M only")

# W22 coffee: Huila, La Plata, washed, Caturra & Castillo, 1,750-1,900 masl, medium-light, apple/panela/cocoa
# nib, roasted Portland, direct trade, whole bean, 12 oz $19 / 2 lb $46
C("W22", "<p>Washed Caturra and Castillo from smallholders around La Plata, Huila, grown at 1,750 to 1,900 "
         "metres.</p>")
C("W22", "<p>Roasted medium-light in Portland, Oregon. Red apple, panela and cocoa nib in the cup.</p>")
C("W22", "<p>$19 for a 12 oz bag or $46 for 2 lb (about 907 g). Whole bean only.</p>")
C("W22", "<p>A Colombian single origin, bought through our direct trade partner.</p>")
F("W22", "<p>[[Fair Trade certified]] beans from Huila smallholders, roasted medium-light in Portland.</p>",
  "accuracy.certification", "block", "direct trade; no certification")
F("W22", "<p>A bold [[dark roast]] with notes of red apple and cocoa nib.</p>",
  "accuracy.feature", "block", "medium-light roast")
F("W22", "<p>A washed Huila coffee, [[roasted at origin in Colombia]], close to the farms.</p>",
  "accuracy.origin", "block", "roasted in Portland, Oregon")
F("W22", "<p>Try it in a [[1 lb]] bag for $19, or go big with 2 lb.</p>",
  "accuracy.number", "block", "the $19 bag is 12 oz")
F("W22", "<p>Roasted medium-light in Portland and sent out [[pre-ground for filter]], ready to brew.</p>",
  "accuracy.category", "block", "whole bean only")
F("W22", "<p>Washed Caturra and Castillo, grown at [[1,750-1,900 ft]] around La Plata.</p>",
  "accuracy.number", "block", "1,750-1,900 metres above sea level")
F("W22", "<p>A washed Huila coffee with [[blueberry and jasmine]] in the cup.</p>",
  "accuracy.feature", "warn", "tasting notes are red apple, panela and cocoa nib")

# W23 rug: hand-knotted in Nepal, NZ wool pile, cotton foundation, ~100 kpsi, 0.4 in pile, indigo & ivory,
# GoodWeave, 5x8 $1,290 / 6x9 $1,690 / 8x10 $2,450, vacuum w/o beater bar, professional cleaning only
C("W23", "<p>Hand-knotted in Nepal's Kathmandu Valley from New Zealand wool on a cotton foundation, at about 100 "
         "knots per square inch.</p>")
C("W23", "<p>An indigo field with a soft abrash and an ivory border. GoodWeave certified.</p>")
C("W23", "<p>5 x 8 ft ($1,290), 6 x 9 ft ($1,690) or 8 x 10 ft ($2,450). The pile is 0.4 in, roughly "
         "1 cm.</p>")
C("W23", "<p>Vacuum without the beater bar and leave deep cleaning to a professional. The 5 x 8 is about 152 x "
         "244 cm.</p>")
C("W23", {"title": "Tidewater Hand-Knotted Wool Rug, Indigo | Loomhouse",
          "description": "Nepalese hand-knotted rug in New Zealand wool, indigo and ivory. GoodWeave certified. "
                         "From $1,290."}, "seo")
F("W23", "<p>A lustrous blend of [[wool and silk]] on a cotton foundation.</p>",
  "accuracy.material", "block", "100% New Zealand wool pile")
F("W23", "<p>[[Hand-tufted]] in the Kathmandu Valley.</p>",
  "accuracy.category", "block", "hand-knotted")
F("W23", "<p>[[Woven in India]] from New Zealand wool.</p>",
  "accuracy.origin", "block", "hand-knotted in Nepal")
F("W23", "<p>New Zealand wool pile, 0.4 in deep, and [[safe to shampoo at home]].</p>",
  "accuracy.care", "block", "professional cleaning only")
F("W23", "<p>Three sizes, up to [[9 x 12 ft]].</p>",
  "accuracy.size", "block", "largest size is 8 x 10 ft")
F("W23", "<p>Hand-knotted wool rugs [[from $1,190]].</p>",
  "accuracy.price", "block", "from $1,290")
F("W23", "<p>A dense [[150 knots per square inch]].</p>",
  "accuracy.number", "block", "about 100 knots per square inch")
F("W23", "<p>[[Free delivery and returns within 30 days]].</p>",
  "compliance.shipping", "block", "no delivery or returns terms in the listing")

# W24 heater: 100 W, 20-30 gal (75-115 l), 68-93 F (20-34 C), freshwater + marine, submersible, quartz glass,
# auto shut-off, 10.6 in, 6 ft cable, ETL listed, USD 34.99
C("W24", "<p>A 100 W submersible heater for freshwater or marine tanks of 20 to 30 gallons (75-115 litres).</p>")
C("W24", "<p>Dial in anything from 68 to 93 °F (20-34 °C). The shatter-resistant quartz tube switches itself off "
         "if the water level falls below the heater.</p>")
C("W24", "<p>10.6 in long (about 27 cm), with a 6 ft cable (about 1.8 m). ETL listed. $34.99.</p>")
C("W24", [{"question": "Can I use it in a reef tank?", "answer": "Yes, it is made for freshwater and marine "
                                                              "aquariums."},
          {"question": "What size tank is it for?", "answer": "20 to 30 US gallons."}], "faq")
F("W24", "<p>One 100 W heater covers freshwater and marine tanks [[up to 55 gallons]].</p>",
  "accuracy.number", "block", "20-30 gallons")
F("W24", "<p>A 100 W heater with a [[titanium]] heating tube, for tanks of 20-30 gallons.</p>",
  "accuracy.material", "block", "quartz glass tube")
F("W24", "<p>Quartz glass tube, automatic shut-off, and [[UL listed]] for peace of mind.</p>",
  "accuracy.certification", "block", "ETL listed")
F("W24", "<p>Read the water temperature at a glance on the [[LED display]].</p>",
  "accuracy.feature", "block", "set by a dial; no display")
F("W24", "<p>The dial on top sets anything from 68 [[to 95 °F]].</p>",
  "accuracy.number", "block", "68-93 °F")
F("W24", "<p>A 100 W dial heater [[for freshwater tanks only]], 20-30 gallons.</p>",
  "accuracy.compatibility", "block", "freshwater and marine")
F("W24", "<p>Also [[works as a pond heater]] through the winter.</p>",
  "accuracy.feature", "warn", "invented use")
F("W24", "<p>A [[sleek black]] heater that hides behind plants.</p>",
  "accuracy.colour", "warn", "the listing gives no colour")

# W25 seeds: 25 untreated seeds, 80 days, indeterminate, 10-12 oz fruit, heirloom, OP, non-GMO, grown in Vermont,
# sow indoors 6-8 weeks before last frost, transplant above 50 F, USD 3.95
C("W25", "<p>A packet of 25 untreated, open-pollinated seeds of this smoky-sweet heirloom beefsteak.</p>")
C("W25", "<p>Fruits of 10 to 12 oz (roughly 280-340 g), about 80 days to maturity.</p>")
C("W25", "<p>Indeterminate vines: give them a stake. Start indoors 6-8 weeks before your last frost and plant out "
         "once nights stay above 50 °F (10 °C).</p>")
C("W25", "<p>Vermont-grown, non-GMO heirloom seed. $3.95 a packet.</p>")
F("W25", "<p>Cherokee Purple, the smoky-sweet beefsteak, as [[USDA Organic]] heirloom seed: 25 to a packet.</p>",
  "accuracy.certification", "block", "no organic certification")
F("W25", "<p>Each $3.95 packet holds [[fifty seeds]] of this dusky purple-red heirloom.</p>",
  "accuracy.number", "block", "25 seeds")
F("W25", "<p>Smoky-sweet beefsteaks on [[compact determinate plants that need no staking]].</p>",
  "accuracy.feature", "block", "indeterminate vines that need staking")
F("W25", "<p>A vigorous [[F1 hybrid]] with dusky purple-red, smoky-sweet fruit of 10-12 oz.</p>",
  "accuracy.category", "block", "heirloom, open-pollinated")
F("W25", "<p>Start indoors 6-8 weeks before the last frost and pick ripe fruit in [[just 65 days]].</p>",
  "accuracy.number", "block", "80 days to maturity")
F("W25", "<p>Untreated, non-GMO seed, [[grown on our farm in Oregon]].</p>",
  "accuracy.origin", "block", "grown in Vermont")
F("W25", "<p>Smoky-sweet beefsteaks [[packed with lycopene to protect your heart]].</p>",
  "compliance.health", "block", "health claim")

# W26 puzzle: 1000 pieces, 68 x 48 cm, 2 mm recycled board, linen finish, poster, 12+, made in NL, de Wit gouache,
# box 37 x 27 x 6 cm, EUR 24.95
C("W26", "<p>A thousand pieces of fishing boats, lamplit quays and violet evening sky, from a gouache by Anneke de "
         "Wit.</p>")
C("W26", "<p>The finished puzzle is 68 x 48 cm (about 27 x 19 in). Pieces are cut from 2 mm recycled board with a "
         "linen-effect finish.</p>")
C("W26", "<p>Reference poster in the box. Made in the Netherlands; ages 12 and up. €24.95.</p>")
C("W26", {"title": "Harbour at Dusk 1000-Piece Jigsaw | Puzzelhuis",
          "description": "Dutch-made 1000-piece puzzle on recycled board, 68 x 48 cm, with a reference "
                         "poster."}, "seo")
F("W26", "<p>[[500 pieces]] of harbour lights and boats, 68 x 48 cm when finished.</p>",
  "accuracy.number", "block", "1000 pieces")
F("W26", "<p>Chunky [[wooden pieces]] with a linen-effect finish.</p>",
  "accuracy.material", "block", "2 mm recycled board")
F("W26", "<p>[[Finished size 37 x 27 cm]], so it fits on a coffee table.</p>",
  "accuracy.size", "block", "finished size is 68 x 48 cm; 37 x 27 cm is the box")
F("W26", "<p>[[Printed in Belgium]] on recycled board.</p>",
  "accuracy.origin", "block", "made in the Netherlands")
F("W26", "<p>A calm evening puzzle for [[ages 8 and up]], with a reference poster.</p>",
  "accuracy.number", "block", "ages 12+")
F("W26", "<p>[[Completely plastic-free packaging]], with a poster inside.</p>",
  "compliance.environmental", "block", "no packaging claim in the listing")
F("W26", "<p>Glue it when done: it [[makes a ready-to-frame wall print]].</p>",
  "accuracy.feature", "warn", "invented use")


# More clean drafts: other notations, conversions, FAQ and SEO kinds
C("W01", "<p>Bracco &amp; Figli's walnut-handled tamper, 49,00 €.</p>")
C("W02", "<p>Sizing: S fits UK 3-5, M fits UK 6-8 and L fits UK 9-11. A merino, nylon and elastane blend for "
         "stretch and wear.</p>")
C("W03", "<p>Stillpoint's Grounded Yoga Mat, 4.5 mm, in Moss: a grippy mat for flowing practice.</p>")
C("W04", "<p>Twenty sheets of A5 cold-press paper, 300 g/m², made from 100% cotton.</p>")
C("W05", "<p>$14 for the Linden pattern files. Skill level: advanced beginner.</p>")
C("W06", [{"question": "Does the gift card expire?", "answer": "No, never."},
          {"question": "Can I use it in a shop?",
           "answer": "No, gift cards are redeemable online only, at fernhollow.ca."}], "faq")
C("W07", [{"question": "Who ships this paddle?", "answer": "Our partner Riverbend Outfitters sells and ships it."},
          {"question": "How many pieces does it break into?", "answer": "Four."}], "faq")
C("W08", "<p>Overall about 26 x 27 x 44 in. The seat is 20 in wide, roughly 51 cm.</p>")
C("W09", "<p>€19.50 for a ribbed ceramic planter measuring 15 cm.</p>")
C("W10", [{"question": "Where is it made?", "answer": "In Estonia."},
          {"question": "How do I clean it?", "answer": "Hand wash and air dry."}], "faq")
C("W10", "<p>A padded dog harness by Nordtass, made in Estonia, in XS, S, M or L.</p>")
C("W11", {"title": "Pebble Go IP67 Bluetooth Speaker | Tinkerbird Audio",
          "description": "10 W floating speaker, 12 h playback at 50% volume, Bluetooth 5.3. Black, Sand or "
                         "Lagoon."}, "seo")
C("W12", "<p>18,90 € for half a litre.</p>")
C("W12", "<p>Early harvest, Koroneiki, cold extracted: the oil is grassy and peppery, a little bitter.</p>")
C("W13", "<p>The overall length is 345 mm, about 13.6 in, with a 210 mm blade.</p>")
C("W14", {"title": "The Lighthouse Fox, Hardback Picture Book | Little Tern Press",
          "description": "A 32-page picture book for ages 3-6 by Maren Holt, illustrated by Ide Okafor."}, "seo")
C("W15", [{"question": "Is it vegan?", "answer": "Yes. It is also palm-oil free."},
          {"question": "How long does a bar last?", "answer": "Up to 60 washes."}], "faq")
C("W16", "<p>Stack height is 28 mm at the heel and 22 mm at the forefoot, roughly 1.1 and 0.9 in.</p>")
C("W16", "<p>Switchback's men's trail shoe: sticky rubber outsole, engineered mesh upper, US 7-13.</p>")
C("W17", {"title": "Kestrel 2 Freestanding Backpacking Tent | Kestrel Outdoor",
          "description": "Two-person, three-season tent: 1.65 kg packed, two doors, two vestibules, aluminium "
                         "poles."}, "seo")
C("W18", [{"question": "Does it tick?", "answer": "No. The silent sweep movement glides instead of ticking."},
          {"question": "Is a battery included?", "answer": "No, it takes one AA battery, sold separately."}], "faq")
C("W19", {"title": "Urban Commuter Helmet with Rear Light | Veloce Lane",
          "description": "EN 1078 city helmet with a USB-C rear LED, magnetic buckle and 11 vents. 340 g (M)."},
  "seo")
C("W19", "<p>In size M it weighs 340 g; the shell is polycarbonate and the liner EPS.</p>")
C("W20", [{"question": "What plug does it have?", "answer": "A UK 3-pin plug."},
          {"question": "How long does keep-warm last?", "answer": "30 minutes."}], "faq")
C("W20", "<p>Tempo's 3000 W kettle holds 1.7 L.</p>")
C("W21", {"title": "Meridian Piston Fountain Pen | Made in Germany",
          "description": "Cellulose acetate piston filler, 1.4 ml ink capacity, steel or 14k gold nib."}, "seo")
C("W22", {"title": "Huila Las Flores Whole Bean Coffee | Eastbank Roasters",
          "description": "Washed Colombian single origin, medium-light roast. Red apple, panela, cocoa nib."}, "seo")
C("W23", [{"question": "Where is it made?", "answer": "It is hand-knotted in Nepal."},
          {"question": "How do I clean it?",
           "answer": "Vacuum without the beater bar; professional cleaning only."}], "faq")
C("W23", "<p>Roughly 1.8 x 2.7 m in the 6 x 9 ft size.</p>")
C("W24", {"title": "ClearTemp 100 W Submersible Aquarium Heater",
          "description": "For 20-30 gallon freshwater and marine tanks. 68-93 °F, auto shut-off, ETL listed."},
  "seo")
C("W25", [{"question": "Are the seeds treated?", "answer": "No, they are untreated."},
          {"question": "When should I sow?", "answer": "Indoors, 6-8 weeks before your last frost."}], "faq")
C("W26", [{"question": "How big is the finished puzzle?", "answer": "68 x 48 cm."},
          {"question": "Is there a picture to work from?", "answer": "Yes, a reference poster is in the box."}],
  "faq")

# Faulty SEO and FAQ drafts
F("W03", {"title": "Grounded Yoga Mat 4.5 mm | Stillpoint",
          "description": "Non-slip natural rubber mat with a PU top, 183 x 68 cm, [[made in Indonesia]]."},
  "accuracy.origin", "block", "made in Taiwan", "seo")
F("W06", [{"question": "How will the gift card arrive?",
           "answer": "[[By post, as a printed card, within 3-5 business days]]."},
          {"question": "Does it expire?", "answer": "No, it never expires."}],
  "compliance.shipping", "block", "sent by email with a printable PDF", "faq")
F("W12", [{"question": "Is it organic?", "answer": "Yes, EU Organic (GR-BIO-01)."},
          {"question": "Where is it from?", "answer": "[[Crete]], Greece."}],
  "accuracy.origin", "block", "from near Kalamata, in Messinia", "faq")
F("W13", [{"question": "Can it go in the dishwasher?",
           "answer": "[[Yes, blade and handle are both dishwasher safe]]."},
          {"question": "How long is the blade?", "answer": "210 mm."}],
  "accuracy.care", "block", "hand wash only; not dishwasher safe", "faq")
F("W17", [{"question": "How many people does it sleep?", "answer": "Two."},
          {"question": "How much does it weigh packed?", "answer": "[[1.45 kg]]."}],
  "accuracy.number", "block", "1.65 kg packed (1.48 kg minimum trail weight)", "faq")
F("W19", {"title": "Veloce Lane Urban Commuter Helmet | [[Best-selling helmet of 2026]]",
          "description": "EN 1078 city helmet with a rear LED and magnetic buckle."},
  "compliance.social_proof", "warn", "no sales claim in the listing", "seo")
F("W20", {"title": "Tempo Temperature Control Kettle [[1.8 L]] | Tempo Home",
          "description": "Five presets from 70 to 100 °C and a 30-minute keep warm. UK plug."},
  "accuracy.number", "block", "1.7 litres", "seo")
F("W22", [{"question": "Is it decaf?", "answer": "[[Yes, it is decaffeinated with a water process]]."},
          {"question": "Is it whole bean?", "answer": "Yes."}],
  "accuracy.feature", "block", "no decaffeination in the listing", "faq")
F("W23", {"title": "Tidewater Hand-Knotted Rug | Loomhouse",
          "description": "New Zealand wool rug in indigo and ivory, [[OEKO-TEX certified]]."},
  "accuracy.certification", "block", "the listing names GoodWeave only", "seo")
F("W26", {"title": "Harbour at Dusk 1000-Piece Jigsaw | [[Ravensworth Puzzles]]",
          "description": "1000 pieces on 2 mm recycled board, 68 x 48 cm, made in the Netherlands."},
  "accuracy.brand", "block", "the vendor is Puzzelhuis", "seo")
