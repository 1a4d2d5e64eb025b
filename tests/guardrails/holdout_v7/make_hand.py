"""Hand-written drafts for guardrails holdout v7: clean copy and copy with one planted error each.

In a faulty draft the one unsupported claim is marked [[like this]]; `build()` strips the marks and
records the span. SEO and FAQ drafts are written as Python objects and serialised with json.dumps, so
their spans are offsets into the JSON text. Short descriptions are HTML, like descriptions.
"""
import json

CLEAN = []
FAULTY = []
SD = "short_description"

NUM, PRICE, MAT, COL, CERT = ("accuracy.number", "accuracy.price", "accuracy.material", "accuracy.colour",
                              "accuracy.certification")
ORIG, SIZE, CAT, FEAT, CARE = ("accuracy.origin", "accuracy.size", "accuracy.category", "accuracy.feature",
                               "accuracy.care")
WARR, BRAND, COMPAT = "accuracy.warranty", "accuracy.brand", "accuracy.compatibility"
SHIP, HEALTH, ABS, ENV, SOCIAL = ("compliance.shipping", "compliance.health", "compliance.absolute",
                                  "compliance.environmental", "compliance.social_proof")


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


# X01 climbing chalk
C("X01", "<p>A 250 g pouch of finely ground magnesium carbonate, about 8.8 oz, with no drying agents added. "
         "Enough to refill a chalk bag roughly five times. Made in Switzerland; CHF 14.90.</p><p>Seal the pouch "
         "again after each session and store it somewhere dry.</p>")
C("X01", "<p>Swiss loose chalk: magnesium carbonate and nothing else, 250 g.</p>", SD)
C("X01", seo("Loose Climbing Chalk 250 g | Griffwerk",
             "Fine magnesium carbonate from Switzerland, about five chalk-bag refills a pouch. CHF 14.90."), "seo")
C("X01", qa(("How many refills is that?", "About five refills of a chalk bag."),
            ("How should I store it?", "Reseal the pouch after use and keep it dry.")), "faq")
F("X01", "<p>A [[500 g]] pouch of fine climbing chalk.</p>", NUM, "block", "250 g")
F("X01", "<p>Magnesium carbonate [[with added drying agents]] for sweaty hands.</p>", FEAT, "block",
  "the listing says no drying agents are added")
F("X01", "<p>Fine chalk, [[made in Austria]].</p>", ORIG, "block", "made in Switzerland")
F("X01", "<p>Loose chalk, [[CHF 19.90]] a pouch.</p>", PRICE, "block", "CHF 14.90", SD)

# X02 bookbinding kit
C("X02", "<p>Start binding books with a cow bone folder, a sewing awl with a 2 in (about 5 cm) steel point, two "
         "curved needles and 25 yards (about 23 m) of waxed Irish linen thread. Choose natural, black or oxblood "
         "thread.</p><p>Bring your own paper: it is not included.</p>")
C("X02", "<p>Five pieces for pamphlet and Coptic-stitch bindings, $28.</p>", SD)
C("X02", qa(("Does it include paper?", "No, paper is not included."),
            ("How much thread is there?", "A 25 yd spool of 4-ply waxed linen.")), "faq")
C("X02", "<p>The thread comes in three colours: natural, black and oxblood.</p>")
F("X02", "<p>Comes with [[three]] curved needles.</p>", NUM, "block", "two curved needles")
F("X02", "<p>A [[wooden]] folder, an awl and waxed linen thread.</p>", MAT, "block", "cow bone folder")
F("X02", "<p>Thread in natural, black, oxblood or [[forest green]].</p>", COL, "block",
  "three thread colours, no green")
F("X02", "<p>Includes [[a pad of A5 paper]] to get you started.</p>", FEAT, "block", "paper is not included")
F("X02", seo("Bookbinding Kit | Quire & Kettle", "Waxed [[Italian]] linen thread, bone folder and awl."), ORIG,
  "block", "Irish linen", "seo")

# X03 ukulele strings
C("X03", "<p>Four clear fluorocarbon strings for a concert ukulele in standard GCEA tuning, with a high, "
         "re-entrant G. Gauges run from .0240 in on the A to .0330 in on the C.</p><p>Give them a few days to "
         "stretch before they hold their pitch. NZ$12.50 a set.</p>")
C("X03", "<p>A set of four concert-scale fluorocarbon strings, tuned GCEA.</p>", SD)
C("X03", seo("Concert Ukulele Strings, Fluorocarbon GCEA | Nui Strings",
             "Four clear fluorocarbon strings with a high G for concert ukuleles. NZ$12.50."), "seo")
C("X03", "<p>The G string is .0280 in and the E .0290 in, so the G is a touch thinner than the E.</p>")
F("X03", "<p>Fluorocarbon strings that also fit [[baritone ukuleles]].</p>", COMPAT, "block",
  "concert scale only")
F("X03", "<p>The C string is [[.0360 in]].</p>", SIZE, "block", ".0330 in")
F("X03", "<p>Strings with a [[low G]] for a fuller bass.</p>", FEAT, "block", "high (re-entrant) G")
F("X03", "<p>[[Nylon]] strings for concert ukulele.</p>", MAT, "block", "fluorocarbon", SD)
F("X03", "<p>The concert set from [[Kanaloa Strings]].</p>", BRAND, "block", "vendor is Nui Strings")

# X04 fly mask
C("X04", "<p>A polyester mesh fly mask with ear covers and a soft fleece edge. It screens out roughly 70 % of UV "
         "light and fastens under the jaw with a double hook-and-loop strap.</p><p>Wash it by hand in cold water "
         "and let it air dry. Pony, cob or full size, grey or navy: £24.95, or £26.95 for full.</p>")
C("X04", "<p>Mesh fly mask with ears, in grey or navy, from £24.95.</p>", SD)
C("X04", qa(("Which sizes are there?", "Pony, cob and full."),
            ("Can I machine wash it?", "Please hand wash it in cold water and air dry it.")), "faq")
C("X04", "<p>The edge of the mask is lined with fleece.</p>")
F("X04", "<p>Blocks [[up to 95 %]] of UV light.</p>", NUM, "block", "about 70 %")
F("X04", "<p>[[Machine wash at 40 °C]].</p>", CARE, "block", "hand wash in cold water")
F("X04", "<p>In grey, navy or [[pink]].</p>", COL, "block", "grey or navy only", SD)
F("X04", "<p>Available in pony, cob, full and [[extra full]] sizes.</p>", SIZE, "block", "three sizes")
F("X04", "<p>A mesh mask that [[prevents sweet itch]].</p>", HEALTH, "block", "no medical claim in the listing")

# X05 embroidery designs (download)
C("X05", "<p>Twelve alpine wildflower designs to download straight away, sized for a 5x7 in (130 x 180 mm) "
         "hoop. You get PES, DST, JEF and EXP files and a PDF colour chart.</p><p>Nothing arrives by post. You "
         "may sell small runs of what you stitch, but not the files themselves.</p>")
C("X05", "<p>12 wildflower designs for a 130 x 180 mm hoop, as an instant download.</p>", SD)
C("X05", qa(("Will anything be posted?", "No, these are files only."),
            ("Which formats are included?", "PES, DST, JEF and EXP, plus a PDF colour chart.")), "faq")
C("X05", seo("Alpine Wildflowers Embroidery Designs, 5x7 Hoop | Stichfeld Digital",
             "Twelve downloadable machine embroidery designs in PES, DST, JEF and EXP. $19."), "seo")
F("X05", "<p>Files for a [[4x4 in]] hoop.</p>", SIZE, "block", "5x7 in hoop")
F("X05", "<p>Formats: PES, DST and [[VP3]].</p>", COMPAT, "block", "PES, DST, JEF and EXP only")
F("X05", "<p>[[Ships on a USB stick]] within two days.</p>", SHIP, "block", "a download; nothing is posted")
F("X05", "<p>Buy once and [[resell the files]] in your own shop.</p>", FEAT, "block",
  "not for resale as files")
F("X05", "<p>[[Twenty]] alpine flower designs.</p>", NUM, "block", "twelve designs", SD)

# X06 font family
C("X06", "<p>Harbourline Sans comes in eight weights, from Thin to Black, each with an italic: 16 OTF files for "
         "the desktop and 16 WOFF2 files for the web. It covers Latin Extended-A.</p><p>A desktop licence is "
         "89,00 € for one or two users or 240,00 € for up to ten; the web licence, 120,00 €, covers up to 50,000 "
         "page views a month.</p>")
C("X06", "<p>A geometric sans in eight weights with italics, from €89.</p>", SD)
C("X06", seo("Harbourline Sans Font Family | Mareotype",
             "Eight weights plus italics, 32 font files in OTF and WOFF2. Desktop and web licences."), "seo")
C("X06", qa(("How many people can use the cheapest licence?", "One or two, on the desktop."),
            ("What does the web licence allow?", "Up to 50,000 page views a month.")), "faq")
F("X06", "<p>[[Twelve]] weights from Thin to Black.</p>", NUM, "block", "eight weights")
F("X06", "<p>The web licence covers [[500,000]] page views a month.</p>", NUM, "block", "50,000")
F("X06", "<p>Supports Latin, [[Cyrillic and Greek]].</p>", FEAT, "block", "Latin Extended-A only")
F("X06", "<p>Desktop licence for up to 10 users: [[€189]].</p>", PRICE, "block", "240,00 €")
F("X06", seo("Harbourline Sans | Mareotype", "A geometric sans in eight weights, [[free for commercial use]]."),
  PRICE, "block", "licences are sold from 89 €", "seo")

# X07 external delay pedal
C("X07", "<p>An analog bucket-brigade delay with 20 to 600 ms of delay time, a modulation switch and true "
         "bypass. It needs a 9 V centre-negative DC supply, sold separately, and draws only 45 mA.</p><p>Brackwater "
         "Audio sell and ship this pedal themselves; the button takes you to their shop. CA$229.</p>")
C("X07", "<p>Brackwater's true-bypass analog delay, up to 600 ms, CA$229 from the maker.</p>", SD)
C("X07", qa(("Is a power supply included?", "No, you need a 9 V DC centre-negative supply."),
            ("Who ships it?", "Brackwater Audio, from their own shop.")), "faq")
C("X07", "<p>Delay times from 20 ms up to 600 ms, a little over half a second.</p>")
F("X07", "<p>Up to [[1,000 ms]] of delay.</p>", NUM, "block", "20-600 ms")
F("X07", "<p>Comes with a [[9 V battery]] in the box.</p>", FEAT, "block", "power supply not included")
F("X07", "<p>[[Ships from our warehouse]] in 24 hours.</p>", SHIP, "block", "sold and shipped by Brackwater Audio")
F("X07", "<p>A [[digital]] delay with modulation.</p>", CAT, "block", "analog (bucket-brigade) delay", SD)
F("X07", "<p>Backed by a [[five-year warranty]].</p>", WARR, "block", "no warranty in the listing")

# X08 grouped nibs
C("X08", "<p>Three pointed nibs and an oblique holder for copperplate and Spencerian, sold one by one: the fine "
         "flex nib (2,40 €), the extra-fine flex (2,90 €), a vintage-style school nib (1,80 €) and a beech oblique "
         "holder (16,50 €).</p><p>Dry each nib after writing so it does not rust.</p>")
C("X08", "<p>Pointed nibs from 1,80 € and a beech oblique holder, each sold separately.</p>", SD)
C("X08", qa(("What would all four cost?", "23,60 € if you buy each piece."),
            ("How do I stop the nibs rusting?", "Wipe them dry after each session.")), "faq")
C("X08", seo("Pointed Pen Nib Sampler | Federkiel & Co.",
             "Fine flex, extra-fine flex and school nibs plus an oblique beech holder, sold individually."), "seo")
F("X08", "<p>All four pieces [[as a set for 19,90 €]].</p>", PRICE, "block", "sold individually, no set price")
F("X08", "<p>An oblique holder in [[walnut]].</p>", MAT, "block", "beech")
F("X08", "<p>Nibs for [[broad-edge italic]] lettering.</p>", CAT, "block", "pointed nibs")
F("X08", "<p>Flex nibs that [[never rust]].</p>", ABS, "block", "wipe dry to stop rust")
F("X08", "<p>[[Five]] nibs and a holder.</p>", NUM, "block", "three nibs", SD)

# X09 grouped bonsai tools
C("X09", "<p>Three bonsai tools, bought separately: a 205 mm concave branch cutter for 649 kr, 100 g of 1.5 mm "
         "aluminium training wire for 79 kr and a 180 mm root rake for 189 kr.</p><p>The cutter and rake are "
         "carbon steel, so oil them after each use.</p>")
C("X09", "<p>Concave cutter, aluminium wire and root rake for bonsai, from 79 kr.</p>", SD)
C("X09", seo("Bonsai Tools: Concave Cutter, Wire, Root Rake | Lilla Trädet",
             "A 205 mm concave cutter, 1,5 mm aluminium wire and a 180 mm root rake, sold separately."), "seo")
C("X09", "<p>The cutter is about 8 in long and the rake about 7 in.</p>")
F("X09", "<p>A [[stainless steel]] concave cutter.</p>", MAT, "block", "carbon steel")
F("X09", "<p>Training wire, [[2,5 mm]] thick.</p>", SIZE, "block", "1,5 mm")
F("X09", "<p>A 205 mm cutter, [[made in Japan]].</p>", ORIG, "block", "no origin in the listing")
F("X09", "<p>All three tools for [[899 kr]].</p>", PRICE, "block", "sold separately: 917 kr in all, no set price")
F("X09", "<p>Carbon steel tools [[that need no oiling]].</p>", CARE, "block", "oil them after use", SD)

# X10 dog treats
C("X10", "<p>Soft training treats made with 60 % lamb and 25 % sweet potato, plus tapioca starch, glycerine and "
         "rosemary extract. Grain-free, with 28 % protein.</p><p>A 10 kg dog can have up to 30 a day. Store them "
         "cool and dry and finish the bag within four weeks of opening. Made in Norway.</p>")
C("X10", "<p>Norwegian grain-free lamb training treats, 200 g, kr 149,00.</p>", SD)
C("X10", qa(("How many can my dog have?", "Up to 30 a day for a 10 kg dog."),
            ("How long do they keep once open?", "Use them within four weeks.")), "faq")
C("X10", "<p>Small enough for training: each treat is about the size of a pea.</p>")
F("X10", "<p>Made with [[80 %]] lamb.</p>", NUM, "block", "60 % lamb")
F("X10", "<p>Lamb, sweet potato and [[chicken]].</p>", MAT, "block", "no chicken in the ingredients")
F("X10", "<p>Lamb treats that [[support healthy joints]].</p>", HEALTH, "block", "no health claim in the listing")
F("X10", "<p>They keep [[for six months]] once opened.</p>", CARE, "block", "use within 4 weeks of opening")
F("X10", "<p>Lamb treats made in [[New Zealand]].</p>", ORIG, "block", "made in Norway", SD)
F("X10", "<p>[[Vets' number one choice]] for training.</p>", SOCIAL, "warn", "no endorsement in the listing")

# X11 hot sauce
C("X11", "<p>Habaneros roasted over fire in Mérida, Yucatán, blended with cider vinegar, roasted onion, garlic, "
         "lime juice and salt. Around 8,000 Scoville heat units.</p><p>Vegan and gluten-free. 150 ml (about 5 fl "
         "oz); keep it in the fridge once open. $145.00 MXN.</p>")
C("X11", "<p>A fire-roasted habanero sauce from Yucatán, about 8.000 SHU.</p>", SD)
C("X11", seo("Salsa de Chile Habanero Tatemado 150 ml | Casa Xcalak",
             "Fire-roasted habanero, cider vinegar, lime and garlic from Mérida. Vegan, gluten-free."), "seo")
C("X11", qa(("Is it vegan?", "Yes, and gluten-free."),
            ("Does it need the fridge?", "Yes, after opening.")), "faq")
F("X11", "<p>About [[80,000]] Scoville heat units.</p>", NUM, "block", "about 8,000 SHU")
F("X11", "<p>Habanero, vinegar and [[cane sugar]].</p>", MAT, "block", "no sugar in the ingredients")
F("X11", "<p>[[No need to refrigerate]] after opening.</p>", CARE, "block", "refrigerate after opening")
F("X11", "<p>[[Certified organic]] habanero sauce.</p>", CERT, "block", "no certification in the listing", SD)
F("X11", "<p>Habanero sauce that [[boosts your metabolism]].</p>", HEALTH, "block", "no health claim")
F("X11", "<p>[[Our best-selling sauce]], roasted in Mérida.</p>", SOCIAL, "warn", "no sales claim in the listing")

# X12 hand cream
C("X12", "<p>A rich hand cream for dry, hard-working hands, made in Poland with rapeseed oil (Brassica "
         "Campestris Seed Oil), glycerin and shea butter. It has no scent.</p><p>Vegan and not tested on "
         "animals. 75 ml for 39,90 zł.</p>")
C("X12", "<p>Unscented rapeseed oil hand cream, 75 ml, vegan.</p>", SD)
C("X12", qa(("Does it contain vitamin E?", "Yes, as tocopherol."),
            ("Is it scented?", "No, it is unscented.")), "faq")
C("X12", seo("Rapeseed Oil Hand Cream 75 ml | Pole Rzepaku",
             "Unscented, vegan hand cream for dry working hands, made in Poland. 39,90 zł."), "seo")
F("X12", "<p>A [[lavender-scented]] hand cream.</p>", FEAT, "block", "unscented")
F("X12", "<p>With [[almond oil]] and shea butter.</p>", MAT, "block", "rapeseed oil, no almond oil")
F("X12", "<p>A cream that [[heals eczema]].</p>", HEALTH, "block", "medical claim not in the listing")
F("X12", "<p>A [[preservative-free]] formula.</p>", FEAT, "block", "contains sodium benzoate")
F("X12", "<p>75 ml, [[49,90 zł]].</p>", PRICE, "block", "39,90 zł", SD)
F("X12", seo("Hand Cream | Pole Rzepaku", "[[Dermatologist-approved]] unscented hand cream."), CERT, "block",
  "no such approval in the listing", "seo")

# X13 ski goggles
C("X13", "<p>Cylindrical goggles with a double polycarbonate lens, anti-fog coated, in filter category 2 "
         "(18-43 % of light let through) for changing light. Tested to EN ISO 18527-1, and they fit over most "
         "glasses.</p><p>Clean the lens only with the microfibre bag. Matt black or glacier white frame, 79 €.</p>")
C("X13", "<p>S2 double-lens ski goggles that fit over most glasses, 79 €.</p>", SD)
C("X13", seo("Cylindrical Ski Goggles S2 | Firnlicht",
             "Anti-fog double lens, filter category 2, EN ISO 18527-1. Matt Black or Glacier White."), "seo")
C("X13", "<p>A category 2 lens suits days that swing between sun and cloud.</p>")
F("X13", "<p>A category [[3]] lens for bright sun.</p>", NUM, "block", "filter category 2")
F("X13", "<p>A [[polarised]] double lens.</p>", FEAT, "block", "no polarisation in the listing")
F("X13", "<p>Tested to [[EN 174]].</p>", CERT, "block", "EN ISO 18527-1", SD)
F("X13", "<p>Wipe the lens with [[any soft cloth]].</p>", CARE, "block", "microfibre bag only")
F("X13", "<p>[[Fits every helmet]] on the market.</p>", COMPAT, "block", "no helmet fit in the listing")
F("X13", "<p>Goggles by [[Schneeblick]].</p>", BRAND, "block", "vendor is Firnlicht")

# X14 welding gauntlets
C("X14", "<p>Cowhide split leather gauntlets, 35 cm (about 14 in) long, cotton-lined and stitched with Kevlar "
         "thread. Rated EN 12477 Type A and EN 407 for heat.</p><p>Made for MIG and stick welding; for TIG, pick a "
         "glove with more finger feel. Sizes L (9) and XL (10), A$22.50.</p>")
C("X14", "<p>Long cowhide welding gauntlets to EN 12477 Type A, A$22.50.</p>", SD)
C("X14", qa(("Can I use them for TIG?", "No, they are for MIG and stick; TIG needs more finger feel."),
            ("Which sizes are there?", "L (9) and XL (10).")), "faq")
C("X14", "<p>The seams are sewn with Kevlar thread.</p>")
F("X14", "<p>[[Goatskin]] welding gauntlets.</p>", MAT, "block", "cowhide split leather")
F("X14", "<p>[[Ideal for TIG welding]].</p>", FEAT, "block", "not for TIG work")
F("X14", "<p>[[45 cm]] gauntlets for MIG.</p>", SIZE, "block", "35 cm long")
F("X14", "<p>Sizes L, XL and [[XXL]].</p>", SIZE, "block", "L and XL only", SD)
F("X14", "<p>Rated [[EN 12477 Type B]].</p>", CERT, "block", "Type A")

# X15 smoke alarm
C("X15", "<p>An optical smoke alarm certified to EN 14604, with a sealed lithium battery that lasts ten years and "
         "an 85 dB siren. One button tests it and hushes it.</p><p>Keep it out of kitchens and bathrooms, where "
         "steam can set it off, and replace the whole alarm after ten years.</p>")
C("X15", "<p>EN 14604 optical smoke alarm with a sealed 10-year battery, £21.99.</p>", SD)
C("X15", seo("Optical Smoke Alarm, 10-Year Sealed Battery | Vakta",
             "Photoelectric alarm to EN 14604 with an 85 dB siren and test/hush button."), "seo")
C("X15", qa(("Can I change the battery?", "No, it is sealed; replace the whole unit after 10 years."),
            ("Can it go in the kitchen?", "No, steam can set it off.")), "faq")
F("X15", "<p>Perfect [[for kitchens]] and hallways.</p>", FEAT, "block", "not for kitchens")
F("X15", "<p>A [[replaceable]] lithium battery.</p>", FEAT, "block", "sealed battery")
F("X15", "<p>It [[also detects carbon monoxide]].</p>", CAT, "block", "a smoke alarm only")
F("X15", "<p>A [[95 dB]] siren.</p>", NUM, "block", "85 dB", SD)
F("X15", "<p>An alarm [[guaranteed to save lives]].</p>", ABS, "block", "absolute safety promise")
F("X15", "<p>Comes with a [[ten-year warranty]].</p>", WARR, "block", "battery life, not a warranty")

# X16 garden hose
C("X16", "<p>Fifty feet (about 15 m) of natural rubber hose with a 5/8 in (about 16 mm) bore and solid brass "
         "couplings. Burst-rated to 200 PSI, it stays flexible down to -20 &deg;F (about -29 &deg;C).</p><p>Made in "
         "Ohio. Drain it and coil it up before a frost.</p>")
C("X16", "<p>A 50 ft black rubber hose with brass fittings, made in the USA.</p>", SD)
C("X16", qa(("What is it made of?", "Natural rubber, with solid brass couplings."),
            ("What do I do in winter?", "Drain and coil it before a frost.")), "faq")
C("X16", "<p>$64 for the 50-foot length.</p>")
F("X16", "<p>A [[100 ft]] rubber hose.</p>", SIZE, "block", "50 ft")
F("X16", "<p>A [[3/4 in]] inner diameter.</p>", SIZE, "block", "5/8 in")
F("X16", "<p>A [[lead-free, drinking-water safe]] hose.</p>", HEALTH, "block", "no drinking-water claim", SD)
F("X16", "<p>Made in [[Texas]].</p>", ORIG, "block", "Ohio")
F("X16", "<p>[[PVC]] hose with brass couplings.</p>", MAT, "block", "natural rubber")
F("X16", "<p>Burst-rated to [[400 PSI]].</p>", NUM, "block", "200 PSI")

# X17 rain gauge
C("X17", "<p>Screw it to a wall or post (screws are included) and read rainfall up to 150 mm, or 6 in, on scales "
         "on both sides of a magnifying acrylic tube that resists UV.</p><p>Empty it after each reading. About 28 "
         "cm tall.</p>")
C("X17", "<p>A clear acrylic rain gauge with millimetre and inch scales, A$16.95.</p>", SD)
C("X17", seo("Clear Rain Gauge, mm and in | Drizzle & Co",
             "Reads to 150 mm (6 in) with scales both sides. UV-stable acrylic, screws included."), "seo")
C("X17", "<p>The magnifying tube makes small amounts easy to read.</p>")
F("X17", "<p>Measures up to [[250 mm]] of rain.</p>", NUM, "block", "150 mm")
F("X17", "<p>A [[glass]] measuring tube.</p>", MAT, "block", "acrylic")
F("X17", "<p>A [[ground stake]] is included.</p>", FEAT, "block", "screws for wall or post only")
F("X17", "<p>[[Frost-proof]]: leave it out all winter.</p>", FEAT, "block", "no frost claim in the listing", SD)
F("X17", seo("Rain Gauge | Drizzle & Co", "A [[digital]] rain gauge in mm and inches."), CAT, "block",
  "a manual acrylic gauge", "seo")

# X18 knife sharpening service
C("X18", "<p>Post us your kitchen knives and we sharpen each one on water stones, sending it back within five "
         "working days of it reaching us. Return postage within the UK is included.</p><p>£8 a knife up to 15 "
         "cm, £11 for longer blades. We cannot take serrated knives, scissors or ceramic blades, and chips over "
         "2 mm are quoted separately.</p>")
C("X18", "<p>Water-stone sharpening by post, from £8 a knife.</p>", SD)
C("X18", qa(("Do you sharpen scissors?", "No, nor serrated or ceramic blades."),
            ("How quickly do I get them back?", "Within 5 working days of arrival.")), "faq")
C("X18", "<p>A blade over 15 cm, such as a chef's knife of about 8 in, is £11.</p>")
F("X18", "<p>We [[also sharpen scissors]].</p>", FEAT, "block", "no scissors")
F("X18", "<p>Back [[within 48 hours]].</p>", SHIP, "block", "within 5 working days of arrival")
F("X18", "<p>Chip repairs are [[included in the price]].</p>", PRICE, "block", "chips over 2 mm quoted separately")
F("X18", "<p>[[Free return postage worldwide]].</p>", SHIP, "block", "UK return postage only", SD)
F("X18", "<p>£8 a knife, [[any length]].</p>", PRICE, "block", "£11 over 15 cm")
F("X18", "<p>Sharp again, or [[your money back]].</p>", WARR, "block", "no guarantee in the listing")

# X19 pottery evening ticket
C("X19", "<p>Two hours at the wheel for complete beginners, 18 and over, in a group of no more than eight. "
         "Clay, aprons and tools are all provided.</p><p>We fire and glaze your two best pieces, ready to collect "
         "about three weeks later. Evenings start at 6:30 pm at the Fitzroy studio on Thursday 14 or 28 January "
         "or 11 February. A$95.</p>")
C("X19", "<p>A two-hour wheel-throwing taster for adult beginners, A$95.</p>", SD)
C("X19", qa(("Do I need to bring anything?", "No, clay, aprons and tools are provided."),
            ("When do I get my pots?", "About three weeks later, fired and glazed.")), "faq")
C("X19", "<p>Three dates to choose from, all Thursdays at half past six.</p>")
F("X19", "<p>A [[three-hour]] taster.</p>", NUM, "block", "two hours")
F("X19", "<p>Open to [[ages 12 and up]].</p>", NUM, "block", "18+ only")
F("X19", "<p>Take home [[everything you make]].</p>", FEAT, "block", "two best pieces fired and glazed")
F("X19", "<p>Starts at [[7 pm]].</p>", NUM, "block", "6:30 pm", SD)
F("X19", "<p>[[Sells out every week]], so book early.</p>", SOCIAL, "warn", "no sales claim in the listing")

# X20 thin: brass hose nozzle
C("X20", "<p>A brass twist hose nozzle, $9.50.</p>")
C("X20", "<p>A twist nozzle in brass for your hose.</p>", SD)
C("X20", seo("Brass Twist Hose Nozzle", "A brass twist nozzle for the garden hose, $9.50."), "seo")
F("X20", "<p>[[Fits every hose size]].</p>", COMPAT, "block", "no fit given in the listing")
F("X20", "<p>A brass twist nozzle [[with five spray patterns]].</p>", FEAT, "block", "no spray patterns listed")
F("X20", "<p>A [[copper]] hose nozzle.</p>", MAT, "block", "brass", SD)
F("X20", "<p>A brass twist nozzle for [[$7.50]].</p>", PRICE, "block", "$9.50")

# X21 thin: felt chair pads
C("X21", "<p>Sixteen felt pads for chair legs from Stillfot, 59 kr.</p>")
C("X21", "<p>A pack of 16 felt chair pads.</p>", SD)
C("X21", seo("Felt Chair Pads, 16 | Stillfot", "Sixteen felt pads for chairs, 59 kr."), "seo")
F("X21", "<p>A pack of [[24]] felt pads.</p>", NUM, "block", "16 pads")
F("X21", "<p>[[Self-adhesive]] felt pads.</p>", FEAT, "block", "no fixing given in the listing")
F("X21", "<p>Felt pads that [[protect floors for life]].</p>", ABS, "warn", "unqualified promise", SD)
F("X21", "<p>[[Wool]] felt pads.</p>", MAT, "block", "no material given")
F("X21", "<p>Sent in [[plastic-free packaging]].</p>", ENV, "warn", "no packaging claim in the listing")

# X22 chess clock
C("X22", "<p>A digital chess clock with 25 preset time controls, Fischer increment and Bronstein delay among "
         "them. It also counts moves and warns you when time runs low.</p><p>Needs two AA batteries, not "
         "included. Works for Go and Scrabble too. $39.</p>")
C("X22", "<p>Tournament chess clock with increment and delay, $39.</p>", SD)
C("X22", seo("Digital Chess Clock with Increment | Zugzwang Gear",
             "25 presets, Fischer increment, Bronstein delay, move counter. Runs on 2 AA batteries."), "seo")
C("X22", qa(("Are batteries included?", "No, it needs two AA batteries."),
            ("Can I use it for Go?", "Yes, and for Scrabble.")), "faq")
F("X22", "<p>[[40]] preset modes.</p>", NUM, "block", "25 presets")
F("X22", "<p>[[Batteries included]].</p>", FEAT, "block", "batteries not included", SD)
F("X22", "<p>A [[FIDE-approved]] chess clock.</p>", CERT, "block", "no approval in the listing")
F("X22", "<p>Charges from [[a USB-C cable]].</p>", FEAT, "block", "runs on 2 AA batteries")
F("X22", "<p>In [[black or walnut]].</p>", COL, "warn", "the listing gives no colour")
F("X22", "<p>Covered by a [[two-year warranty]].</p>", WARR, "block", "no warranty in the listing")

# X23 hamster wheel
C("X23", "<p>A 21 cm wheel, about 8¼ in, big enough for a Syrian hamster. It turns on a ball-bearing axle and "
         "runs almost silently, on a solid track without rungs.</p><p>Stand it on the floor or screw it to the "
         "cage wall. BPA-free polypropylene in sand or mint; clean it with warm water only.</p>")
C("X23", "<p>A near-silent 21 cm wheel for Syrian hamsters, 18,99 €.</p>", SD)
C("X23", seo("Silent Hamster Wheel 21 cm | Nagerheim",
             "Ball-bearing wheel with a solid running surface for Syrian hamsters. Sand or Mint."), "seo")
C("X23", "<p>The running surface is solid, with no rungs.</p>")
F("X23", "<p>A [[28 cm]] wheel.</p>", SIZE, "block", "21 cm")
F("X23", "<p>A [[completely silent]] wheel.</p>", ABS, "block", "almost silent")
F("X23", "<p>Also for [[rats and chinchillas]].</p>", COMPAT, "block", "for Syrian hamsters")
F("X23", "<p>Wash it [[in the dishwasher]].</p>", CARE, "block", "warm water only", SD)
F("X23", "<p>In sand, mint or [[lilac]].</p>", COL, "block", "sand or mint")
F("X23", "<p>Made from [[recycled plastic]].</p>", ENV, "block", "BPA-free polypropylene, nothing about recycling")

# X24 heat mat
C("X24", "<p>A slim 14 W heat mat, 28 x 28 cm (about 11 in square), that sticks under a glass terrarium of 40 to "
         "80 litres.</p><p>Always run it through a thermostat, which is sold separately, and do not use it under "
         "a wooden vivarium. Fitted with a UK plug.</p>")
C("X24", "<p>A 14 W under-tank heat mat for glass terrariums, £17.49.</p>", SD)
C("X24", qa(("Do I need a thermostat?", "Yes, always; it is sold separately."),
            ("What tank size does it suit?", "Glass terrariums of 40-80 litres.")), "faq")
C("X24", "<p>Suits glass tanks of roughly 10 to 21 US gallons.</p>")
F("X24", "<p>Draws [[25 W]].</p>", NUM, "block", "14 W")
F("X24", "<p>[[Thermostat included]].</p>", FEAT, "block", "thermostat sold separately", SD)
F("X24", "<p>Works under [[wooden vivariums]] too.</p>", COMPAT, "block", "not for wooden vivariums")
F("X24", "<p>For tanks up to [[120 litres]].</p>", NUM, "block", "40-80 litres")
F("X24", "<p>An [[energy-saving]] heat mat.</p>", ENV, "warn", "no energy claim")
F("X24", "<p>With a [[European two-pin plug]].</p>", COMPAT, "block", "UK 3-pin plug")

# X25 lye
C("X25", "<p>One kilogram (about 2.2 lb) of 99 % pure sodium hydroxide microbeads for cold-process soap, in a "
         "resealable, child-resistant tub.</p><p>Lye is corrosive: wear gloves and eye protection, and add the "
         "lye to the water, never the other way round. Not for use in food.</p>")
C("X25", "<p>99 % sodium hydroxide for cold-process soap, 1 kg, $11.95.</p>", SD)
C("X25", seo("Sodium Hydroxide Lye Microbeads 1 kg | Saponaria Supply",
             "99 % pure NaOH microbeads for cold-process soap in a child-resistant tub."), "seo")
C("X25", qa(("Can I use it for pretzels?", "No, it is not for food use."),
            ("Water into lye or lye into water?", "Always add the lye to the water.")), "faq")
F("X25", "<p>[[Food-grade]] lye.</p>", HEALTH, "block", "not for food use")
F("X25", "<p>[[Pour the water onto the lye]] and stir.</p>", CARE, "block", "add lye to water, never water to lye")
F("X25", "<p>[[99.9 %]] pure.</p>", NUM, "block", "99 %", SD)
F("X25", "<p>[[Potassium hydroxide]] microbeads.</p>", CAT, "block", "sodium hydroxide")
F("X25", "<p>In a [[glass jar]].</p>", MAT, "block", "a tub; no glass")
F("X25", "<p>[[Ships free by air]].</p>", SHIP, "block", "no delivery terms in the listing")

# X26 notebook
C("X26", "<p>An A5 dot-grid notebook with 160 numbered pages of ivory 100 gsm paper, the dots 5 mm apart. The "
         "sewn binding lies flat and the cover is linen.</p><p>FSC-certified paper, made in Florence. Sage, "
         "terracotta or ink; 14,50 €.</p>")
C("X26", "<p>A Florentine A5 dot-grid notebook, 160 pages, 14,50 €.</p>", SD)
C("X26", seo("Quaderno A5 Dot Grid Notebook | Carta Lenta",
             "160 numbered pages of 100 g/m² FSC paper, lay-flat binding, linen cover. Made in Italy."), "seo")
C("X26", qa(("How many pages?", "160, all numbered."), ("Where is it made?", "In Florence, Italy.")), "faq")
F("X26", "<p>[[192]] numbered pages.</p>", NUM, "block", "160 pages")
F("X26", "<p>Printed on [[120 g/m²]] paper.</p>", NUM, "block", "100 g/m²")
F("X26", "<p>A [[leather]] cover.</p>", MAT, "block", "linen cover")
F("X26", "<p>Made in [[Milan]].</p>", ORIG, "block", "Florence", SD)
F("X26", "<p>An [[A4]] dot-grid notebook.</p>", SIZE, "block", "A5")
F("X26", "<p>[[Recycled]], FSC-certified paper.</p>", ENV, "block", "FSC, not recycled")
F("X26", seo("A5 Notebook | Carta Lenta", "[[Loved by 5,000 journal keepers]]. 160 pages, dot grid."), SOCIAL,
  "warn", "no social proof in the listing", "seo")

# X27 snow chains
C("X27", "<p>Diamond-pattern snow chains with 9 mm manganese steel links, approved to ÖNORM V 5117. The "
         "self-tensioning system gets them on in about five minutes.</p><p>Keep under 50 km/h (about 31 mph) with "
         "them fitted. Sold as a pair: 69,90 € for 195/65 R15 and 205/55 R16 tyres, 79,90 € for 225/45 R17.</p>")
C("X27", "<p>9 mm ÖNORM snow chains, a pair from 69,90 €.</p>", SD)
C("X27", seo("Snow Chains 9 mm ÖNORM V 5117 | Bergkette",
             "Self-tensioning diamond-pattern chains for 15, 16 and 17 inch tyres. Max 50 km/h."), "seo")
C("X27", qa(("How fast can I drive?", "No more than 50 km/h."), ("Is it one chain or two?", "A pair.")), "faq")
F("X27", "<p>Safe up to [[80 km/h]].</p>", NUM, "block", "50 km/h")
F("X27", "<p>[[12 mm]] manganese steel links.</p>", SIZE, "block", "9 mm")
F("X27", "<p>For 15, 16, 17 and [[18 inch]] tyres.</p>", SIZE, "block", "up to R17")
F("X27", "<p>Approved to [[ÖNORM V 5119]].</p>", CERT, "block", "ÖNORM V 5117", SD)
F("X27", "<p>All sizes [[69,90 €]] a pair.</p>", PRICE, "block", "79,90 € for 225/45 R17")
F("X27", "<p>[[Made in Austria]].</p>", ORIG, "block", "no origin in the listing")
F("X27", "<p>Backed by a [[lifetime guarantee]].</p>", WARR, "block", "no warranty in the listing")

# X28 arrows
C("X28", "<p>Six carbon target arrows, cut to 30 in (76 cm), spine 500, straight to within .006 in. Each has a "
         "100-grain screw-in field point and 2 in vanes.</p><p>For recurve and compound bows drawing 35 to 45 lb; "
         "not for crossbows. Orange and white or green and black vanes, $54 a pack.</p>")
C("X28", "<p>Six 30 in carbon target arrows, spine 500, $54.</p>", SD)
C("X28", seo("Carbon Target Arrows, Spine 500, 6-Pack | Fletchmoor",
             "30 in carbon shafts with 100 gr field points for 35-45 lb recurve and compound bows."), "seo")
C("X28", qa(("Can I shoot them from a crossbow?", "No, they are for recurve and compound bows."),
            ("How many in a pack?", "Six.")), "faq")
F("X28", "<p>A pack of [[twelve]].</p>", NUM, "block", "six arrows")
F("X28", "<p>For bows of [[50-60 lb]].</p>", COMPAT, "block", "35-45 lb draw weight")
F("X28", "<p>[[125-grain]] field points.</p>", NUM, "block", "100-grain", SD)
F("X28", "<p>[[Aluminium]] target arrows.</p>", MAT, "block", "carbon")
F("X28", "<p>[[Crossbow bolts]] for the range.</p>", CAT, "block", "arrows, not for crossbows")
F("X28", "<p>[[Fletched in the USA]].</p>", ORIG, "block", "no origin in the listing")

# X29 harmonica
C("X29", "<p>A ten-hole diatonic harmonica in Richter tuning, with a pearwood comb, brass reed plates and "
         "stainless steel covers, made by hand in Klingenthal.</p><p>Tap out the moisture after you play and "
         "never wash the comb. In C, G or A; 34,90 €.</p>")
C("X29", "<p>German-made 10-hole harmonica with a pearwood comb, in three keys.</p>", SD)
C("X29", seo("Diatonic Harmonica, 10 Holes | Vogtland Zungen",
             "Pearwood comb, brass reeds, stainless covers. Handmade in Germany, keys C, G and A."), "seo")
C("X29", qa(("Can I wash it?", "Do not wash the comb; tap out moisture after playing."),
            ("Which keys?", "C, G and A.")), "faq")
F("X29", "<p>A [[plastic]] comb.</p>", MAT, "block", "pearwood")
F("X29", "<p>In C, G, A and [[D]].</p>", FEAT, "block", "keys C, G and A only")
F("X29", "<p>[[Rinse the comb]] under the tap.</p>", CARE, "block", "do not wash the comb")
F("X29", "<p>A [[chromatic]] harmonica.</p>", CAT, "block", "diatonic", SD)
F("X29", "<p>Handmade in [[Trossingen]].</p>", ORIG, "block", "Klingenthal")
F("X29", "<p>A harmonica from [[Sachsenklang]].</p>", BRAND, "block", "vendor is Vogtland Zungen")

# X30 dried sourdough starter
C("X30", "<p>Flakes of our 40-year-old rye starter, from our Aarhus bakery. Just organic rye flour and water. "
         "Feed it flour and water and it comes back to life in three to five days.</p><p>Instructions in Danish "
         "and English. Unopened, it keeps for a year. 15 g, 65,00 kr.</p>")
C("X30", "<p>A dried Danish rye sourdough starter, 15 g, 65 kr.</p>", SD)
C("X30", seo("Dried Rye Sourdough Starter 15 g | Surdejshuset",
             "A 40-year-old organic rye starter from Aarhus, dried. Revives in 3-5 days."), "seo")
C("X30", qa(("How long does it take to revive?", "Three to five days."),
            ("How long does it keep?", "12 months unopened.")), "faq")
F("X30", "<p>A [[100-year-old]] starter.</p>", NUM, "block", "40 years old")
F("X30", "<p>Ready to bake in [[24 hours]].</p>", NUM, "block", "revives in 3-5 days")
F("X30", "<p>A [[wheat]] starter.</p>", MAT, "block", "rye", SD)
F("X30", "<p>From our [[Copenhagen]] bakery.</p>", ORIG, "block", "Aarhus")
F("X30", "<p>Keeps [[two years]] unopened.</p>", CARE, "block", "12 months")
F("X30", "<p>A [[gluten-free]] starter.</p>", HEALTH, "block", "rye flour contains gluten")
F("X30", "<p>Instructions in [[German]] and English.</p>", FEAT, "block", "Danish and English")
# More clean drafts: computed figures, conversions, counts in words
C("X01", "<p>At CHF 14.90 for about five refills, each bag-full costs roughly CHF 3.</p>")
C("X02", "<p>The spool holds 75 feet of four-ply waxed linen.</p>")
C("X03", "<p>NZ$12.50 for four strings: just over NZ$3 a string.</p>", SD)
C("X04", seo("Fly Mask with Ears, Pony to Full | Paddock & Pine",
             "Polyester mesh with fleece edging and about 70 % UV protection. Grey or Navy, £24.95-£26.95."), "seo")
C("X05", "<p>The designs fill a hoop area of about 13 by 18 cm.</p>")
C("X06", "<p>Ten desktop users cost 240,00 €, which is 24 € a seat.</p>")
C("X07", "<p>At 45 mA it needs very little from a 9 V supply, which you buy separately.</p>")
C("X08", "<p>The holder is 16,50 €; the nibs cost 1,80 € to 2,90 € each.</p>")
C("X09", "<p>All three together come to 917 kr.</p>")
C("X10", "<p>A 200 g bag, about 7 oz of treats.</p>", SD)
C("X11", "<p>Six ingredients: habanero, cider vinegar, roasted onion, garlic, lime juice and salt.</p>")
C("X12", "<p>Seven ingredients, led by water and rapeseed oil.</p>")
C("X13", "<p>Roomy enough to wear over most prescription glasses.</p>")
C("X14", "<p>Gauntlets that reach about 14 inches up the arm, in L or XL.</p>", SD)
C("X15", "<p>A decade on one sealed battery, then a new alarm.</p>")
C("X16", "<p>The whole hose weighs about 9¼ lb.</p>")
C("X17", "<p>It holds 6 inches of rain before it needs emptying.</p>")
C("X18", seo("Knife Sharpening by Post | Whetstone Row",
             "Water-stone sharpening, back within 5 working days. £8 a knife, £11 over 15 cm."), "seo")
C("X19", "<p>A$95 buys two hours on the wheel and your two best pieces, fired and glazed.</p>")
C("X20", qa(("What is it made of?", "Brass."),), "faq")
C("X21", qa(("How many pads are in a pack?", "16."),), "faq")
C("X22", "<p>Choose from 25 presets, with Fischer or Bronstein timing.</p>")
C("X23", qa(("Which hamsters is it for?", "Syrian hamsters."), ("How do I clean it?", "With warm water only.")),
  "faq")
C("X24", "<p>The mat is about 11 x 11 in.</p>")
C("X25", "<p>Microbeads, not flakes, of 99 % sodium hydroxide.</p>")
C("X26", "<p>160 numbered pages, which is 80 leaves.</p>")
C("X27", "<p>Fits 195/65 R15, 205/55 R16 and 225/45 R17 tyres.</p>")
C("X28", "<p>At $54 for six, that is $9 an arrow.</p>")
C("X29", "<p>Ten holes, Richter tuned, in the key of C, G or A.</p>")
C("X30", "<p>About half an ounce of dried starter.</p>", SD)


# Faulty FAQ and SEO drafts
F("X01", qa(("Is anything added?", "A little [[rosin]] for grip."),), MAT, "block", "no drying agents or additives",
  "faq")
F("X04", qa(("How much UV does it block?", "About [[90 %]]."),), NUM, "block", "about 70 %", "faq")
F("X07", qa(("What power does it need?", "9 V DC, [[centre positive]]."),), COMPAT, "block", "centre negative",
  "faq")
F("X10", qa(("How many can I give?", "Up to [[50]] a day for a 10 kg dog."),), NUM, "block", "30 a day", "faq")
F("X14", qa(("How long are they?", "[[40 cm]], to protect the forearm."),), SIZE, "block", "35 cm", "faq")
F("X19", qa(("How many people per class?", "Up to [[12]]."),), NUM, "block", "up to 8", "faq")
F("X22", qa(("Does it come with batteries?", "[[Yes, two AA batteries are in the box]]."),), FEAT, "block",
  "batteries not included", "faq")
F("X24", qa(("Is it safe without a thermostat?", "[[Yes, it regulates itself]]."),), FEAT, "block",
  "always use with a thermostat", "faq")
F("X26", qa(("What colours are there?", "Sage, terracotta, ink and [[cream]]."),), COL, "block",
  "three cover colours", "faq")
F("X30", qa(("Is the flour organic?", "Yes, [[EU organic certified]] rye."),), CERT, "block",
  "organic flour, no certification named", "faq")
F("X15", seo("Smoke Alarm | Vakta", "Optical alarm with a [[120 dB]] siren."), NUM, "block", "85 dB", "seo")
F("X23", seo("Hamster Wheel | Nagerheim", "A 21 cm wheel with a [[lifetime warranty]]."), WARR, "block",
  "no warranty in the listing", "seo")
F("X28", seo("Carbon Arrows | Fletchmoor", "Six arrows with [[3 in]] vanes."), SIZE, "block", "2 in vanes", "seo")
F("X16", seo("Garden Hose | Orchard Row", "[[Free next-day delivery]] on this 50 ft hose."), SHIP, "block",
  "no delivery terms", "seo")
F("X11", seo("Habanero Sauce | Casa Xcalak", "Habanero sauce [[from Oaxaca]]."), ORIG, "block", "Mérida, Yucatán",
  "seo")


def build():
    clean = [{"listing": lst, "kind": kind, "text": _serialise(kind, d), "labels": []} for lst, kind, d in CLEAN]
    faulty = []
    for lst, kind, marked, rule, severity, why in FAULTY:
        text, start, end = _strip_marks(_serialise(kind, marked))
        faulty.append({"listing": lst, "kind": kind, "text": text, "labels": [
            {"rule": rule, "start": start, "end": end, "claim": text[start:end], "severity": severity, "why": why}]})
    return clean, faulty
