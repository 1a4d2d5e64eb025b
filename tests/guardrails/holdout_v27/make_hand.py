"""Hand-written drafts for guardrails holdout v27: clean drafts and faulty drafts with one planted claim each.

A faulty sentence marks its one unsupported claim as [[...]]. `build()` recasts each listing's faulty sentences
in turn as a description, short description, SEO pair, description, FAQ, short description, SEO pair, and
returns (clean, faulty) rows with labels whose offsets point into the stored text.
"""
import html
import json
import re

import make_listings

B, W = "block", "warn"
CLEAN = []
FAULTY = []
PAD = {}
ORDER = ("description", "short_description", "seo", "description", "faq", "short_description", "seo")
KINDS = {"d": "description", "s": "short_description", "seo": "seo", "faq": "faq"}


def C(listing, draft, kind="d"):
    """A clean draft: a string (d, s), a (title, description) pair (seo) or a list of pairs (faq)."""
    CLEAN.append({"listing": listing, "kind": KINDS[kind], "draft": draft})


def F(listing, draft, rule, severity, why, kind=None, native=False, more=None):
    FAULTY.append({"listing": listing, "sentence": draft, "rule": rule, "severity": severity, "why": why,
                   "kind": kind, "native": native, "more": more})


def qa(*pairs):
    return [{"question": q, "answer": a} for q, a in pairs]


def seo(title, description):
    return {"title": title, "description": description}


def pad(key, en, q="What should I know about it?", native=None, q_native=None):
    PAD[key] = {"en": en, "q": q, "native": native, "q_native": q_native}


# ---------------------------------------------------------------- X01 spindle gouge
pad("X01", "The handle is ash, finished with Danish oil.")
C("X01", "A 3/8-inch spindle gouge in M2 high-speed steel, hardened to 63 HRC, for beads, coves and fine detail. "
  "It is about 15¾ inches long overall.")
C("X01", "Made in Sheffield, this gouge arrives ground to a 40° fingernail profile: hone it and turn. After "
  "grinding, let the steel cool in the air rather than dipping it in water.")
C("X01", "An M2 spindle gouge, 10 mm, with an ash handle and a brass ferrule. £34.", "s")
C("X01", "Sheffield-made 3/8\" gouge, about 11 oz.", "s")
C("X01", qa(("How long is the steel?", "160 mm, about 6¼ inches, of a 400 mm tool."),
            ("Can I quench it?", "No. Let it cool in air after grinding.")), "faq")
F("X01", "The handle is turned from [[solid walnut]].", "accuracy.material", B, "the handle is ash")
F("X01", "[[At 450 mm long]], it gives plenty of leverage.", "accuracy.number", B, "400 mm overall")
F("X01", "[[Forged in Solingen]] from M2 steel.", "accuracy.origin", B, "made in Sheffield")
F("X01", "[[Quench it in water after grinding]] to keep the edge hard.", "accuracy.care", B,
  "the listing says not to quench: let it cool in air")
F("X01", "Hardened to [[60 HRC]].", "accuracy.number", B, "63 HRC")
F("X01", "[[Made for us by Robert Sorby]].", "accuracy.brand", B, "the vendor is the only brand")
F("X01", "[[Supplied with a sharpening jig]].", "accuracy.feature", B, "no jig in the listing")

# ---------------------------------------------------------------- X02 tailor's shears
pad("X02", "The bent handles keep the lower blade flat on the table.")
C("X02", "Forged carbon-steel tailor's shears, 10 inches long with a blade of about 4¾ inches. The bent handles "
  "let the lower blade run flat along the table as you cut.")
C("X02", "Set the tension with the brass screw and keep the joint smooth with a drop of sewing-machine oil. Keep "
  "them for fabric, never paper or wire.")
C("X02", "Right-handed 25 cm fabric shears in forged carbon steel, black handles, $48.", "s")
C("X02", "Tailor's shears, just under 10 oz.", "s")
C("X02", seo("Tailor's Shears 25 cm | Merrow & Lane", "Forged carbon-steel fabric shears with bent black handles "
             "and an adjustable brass screw. Right-handed. Wipe dry after use."), "seo")
F("X02", "Forged from [[stainless steel]] for clean cuts through cloth.", "accuracy.material", B,
  "carbon steel, which rusts")
F("X02", "Sharp enough for [[cardboard and craft wire]] too.", "accuracy.compatibility", B,
  "fabric only, not paper or wire")
F("X02", "[[Equally comfortable for left-handed sewers]].", "accuracy.compatibility", B, "right-handed only")
F("X02", "[[Rinse them under the tap and leave them to drip dry]].", "accuracy.care", B,
  "wipe dry: carbon steel rusts if left wet")
F("X02", "The handles are [[enamelled in bright red]].", "accuracy.colour", B, "black lacquered handles")
F("X02", "[[Backed by a lifetime warranty]].", "accuracy.warranty", B, "no warranty given")

# ---------------------------------------------------------------- X03 garden kneeler
pad("X03", "The core is closed-cell foam, so it does not soak up water.")
C("X03", "Kneel in comfort while you weed: a pad about 18 by 12 inches and an inch and a half thick, with a "
  "closed-cell EVA core that won't take on water.")
C("X03", "The waxed cotton canvas cover wipes clean or can be hosed down; keep it out of the washing machine. "
  "Choose Moss or Clay.")
C("X03", "A 45 x 30 cm garden kneeler with a carry handle. £22.", "s")
C("X03", "Waxed canvas kneeling pad in two colours.", "s")
C("X03", qa(("Can I wash the cover?", "Not in the machine. Hose it down or wipe it."),
            ("How heavy is it?", "420 g, a little under a pound.")), "faq")
F("X03", "The core is [[recycled memory foam]].", "accuracy.material", B, "closed-cell EVA foam")
F("X03", "[[A full 6 cm of padding]] under each knee.", "accuracy.number", B, "4 cm thick")
F("X03", "[[Machine wash the cover at 40 °C]].", "accuracy.care", B, "do not machine wash the cover")
F("X03", "In Moss, Clay or [[Slate blue]].", "accuracy.colour", B, "Moss or Clay only")
F("X03", "[[Made from 100% recycled materials]].", "compliance.environmental", B, "no recycled content stated")
F("X03", "It [[protects against arthritis in the knees]].", "compliance.health", B, "a medical claim")

# ---------------------------------------------------------------- X04 planisphere
pad("X04", "Turn the disc to the date and hour to see the stars above the horizon.")
C("X04", "Set for 51° north, this planisphere works from London, Amsterdam or Calgary and anywhere within about "
  "five degrees of that latitude. All 88 constellations are on it, with stars down to magnitude 5.")
C("X04", "The 30 cm disc, just under a foot across, is printed on half-millimetre plastic card without PVC, and "
  "the horizon ring glows in the dark.")
C("X04", "A 51°N star chart, $19.50.", "s")
C("X04", "Planisphere for northern skies around 51°, 150 g.", "s")
C("X04", qa(("Does it work in Australia?", "No. It is set for 51° north and is not for the southern "
             "hemisphere."), ("How many constellations?", "88.")), "faq")
F("X04", "[[Works anywhere in the world, north or south]].", "accuracy.compatibility", B,
  "51° N; not for the southern hemisphere")
F("X04", "Shows [[over 1,000 named stars]].", "accuracy.number", B, "no star count; stars to magnitude 5")
F("X04", "[[A built-in red torch]] for reading it at night.", "accuracy.feature", B, "no torch")
F("X04", "Printed on [[sturdy aluminium]].", "accuracy.material", B, "0.5 mm plastic card")
F("X04", "[[At 40 cm across]], it is easy to read.", "accuracy.number", B, "30 cm across")
F("X04", "[[Used by thousands of amateur astronomers]].", "compliance.social_proof", W, "unverifiable")

# ---------------------------------------------------------------- X05 scratching post
pad("X05", "Four screws and an Allen key are in the box.")
C("X05", "A 70 cm post wrapped in natural sisal, tall enough for a full stretch, on a 40 x 40 cm plywood base "
  "covered in grey carpet.")
C("X05", "Made in Portugal. When the rope wears out you can rewrap the post; replacement sisal is sold "
  "separately.")
C("X05", "Sisal scratching post, about 27½ inches tall, €39.", "s")
C("X05", "A cat scratching post weighing 4.2 kg, with screws and an Allen key included.", "s")
C("X05", seo("Sisal Scratching Post 70 cm | Whiskerwood", "A 70 cm sisal post on a carpeted 40 x 40 cm base, "
             "made in Portugal. Rewrappable with sisal sold separately."), "seo")
F("X05", "[[A dangling toy mouse]] hangs from the top.", "accuracy.feature", B, "no toy")
F("X05", "[[Handmade in Spain]] from natural sisal.", "accuracy.origin", B, "made in Portugal")
F("X05", "The post is [[12 cm thick]].", "accuracy.number", B, "9 cm across")
F("X05", "[[Great for rabbits and ferrets too]].", "accuracy.compatibility", B, "for cats only")
F("X05", "[[Spare sisal rope is included]].", "accuracy.feature", B, "replacement sisal is sold separately")
F("X05", "The base is covered in [[beige carpet]].", "accuracy.colour", B, "grey carpet")

# ---------------------------------------------------------------- X06 dandy brush
pad("X06", "A leather strap across the back holds it in the hand.")
C("X06", "A stiff dandy brush that lifts dried mud and dust from the coat and legs. The union-fibre bristles, "
  "tampico mixed with PVC, stand 5 cm (about 2 inches) proud of a beech block.")
C("X06", "Keep it off the face and off a clipped coat: that is what a soft body brush is for. Wash it in warm, "
  "slightly soapy water and dry it bristles down.")
C("X06", "Stiff dandy brush on a 22 x 7 cm beech block. £14.", "s")
C("X06", "A dandy brush with a leather hand strap, 230 g.", "s")
C("X06", qa(("Can I use it on my horse's face?", "No. Use a soft body brush on the face and on a clipped coat."),
            ("What are the bristles?", "Union fibre: natural tampico and PVC.")), "faq")
F("X06", "Bristles of [[pure horsehair]].", "accuracy.material", B, "tampico and PVC union fibre")
F("X06", "[[Gentle enough for the face]].", "accuracy.compatibility", B, "not for the face")
F("X06", "A [[nylon]] hand strap.", "accuracy.material", B, "the strap is leather")
F("X06", "Bristles [[8 cm long]].", "accuracy.number", B, "5 cm bristles")
F("X06", "[[Dishwasher safe]] for easy cleaning.", "accuracy.care", B, "rinse in warm soapy water")
F("X06", "A [[soft body brush]] for a polished finish.", "accuracy.category", B, "a stiff dandy brush")

# ---------------------------------------------------------------- X07 surf wax
pad("X07", "Rub it on a clean deck in crosshatches, then circles.")
C("X07", "Cool-water surf wax for 14 to 20 °C, roughly 57 to 68 °F. It is made from beeswax, coconut oil and pine "
  "resin, with nothing from petroleum.")
C("X07", "Poured by hand in Byron Bay, one 85 g bar (about 3 oz) wrapped in paper. Keep it out of the sun and out "
  "of a hot car; above 30 °C it goes soft.")
C("X07", "Cool Water surf wax, A$4.50 a bar.", "s")
C("X07", "Petroleum-free surf wax for cool water. Warm and Tropical sold separately.", "s")
C("X07", seo("Surf Wax, Cool Water | Salt Bloom", "Beeswax, coconut oil and pine resin wax for 14-20 °C water, "
             "poured by hand in Byron Bay. 85 g bar."), "seo")
F("X07", "For water from [[20 to 26 °C]].", "accuracy.number", B, "14-20 °C")
F("X07", "Made with [[soy wax and paraffin]].", "accuracy.material", B, "beeswax, coconut oil, pine resin")
F("X07", "[[Poured in Bali]].", "accuracy.origin", B, "Byron Bay")
F("X07", "A [[generous 120 g bar]].", "accuracy.number", B, "85 g")
F("X07", "[[Reef-safe and fully biodegradable]].", "compliance.environmental", B, "not stated")
F("X07", "[[Comes with a base-coat bar and a wax comb]].", "accuracy.feature", B, "one bar only")

# ---------------------------------------------------------------- X08 chess set
pad("X08", "Each piece is weighted and felted.")
C("X08", "Thirty-two Staunton pieces in walnut and boxwood, with two extra queens, and a folding walnut-and-maple "
  "board that doubles as their box.")
C("X08", "The king stands 7.6 cm tall on a 1.2-inch base. The board is about 41 cm square, with squares of 1.75 "
  "inches.")
C("X08", "Walnut and boxwood chess set, 3\" king, C$129.", "s")
C("X08", "Staunton chess set on a 16-inch folding board, about 4.6 lb.", "s")
C("X08", qa(("Where is it made?", "The pieces are turned in India and finished in Montréal."),
            ("Is it suitable for young children?", "No: small parts, not for children under 3.")), "faq")
F("X08", "Pieces in [[ebony and boxwood]].", "accuracy.material", B, "walnut and boxwood")
F("X08", "The king stands [[4 inches tall]].", "accuracy.number", B, "3 in king")
F("X08", "[[Carved in Montréal]] from walnut.", "accuracy.origin", B, "turned in India, finished in Montréal")
F("X08", "[[A magnetic board]] keeps the pieces in place when travelling.", "accuracy.feature", B,
  "felted, not magnetic")
F("X08", "[[FIDE approved]] for tournament play.", "accuracy.certification", B, "no approval stated")
F("X08", "[[Yours for C$99]].", "accuracy.price", B, "C$129")
F("X08", "[[The finest chess set you will ever own]].", "compliance.absolute", W, "a superlative")

# ---------------------------------------------------------------- X09 Darjeeling
pad("X09", "Store it cool and dry, away from strong smells.")
C("X09", "A single-estate second-flush Darjeeling from near Kurseong, picked in June 2026. Expect muscatel and a "
  "touch of malt without bitterness.")
C("X09", "Brew 3 g to 250 ml of water at 95 °C, just off the boil, for three to four minutes. 100 g is enough for "
  "about 33 cups.")
C("X09", "Second-flush Darjeeling, 100 g loose leaf, $16.", "s")
C("X09", "Loose-leaf black tea from Darjeeling, India, in a resealable pouch of about 3½ oz.", "s")
C("X09", seo("Darjeeling Second Flush, Loose Leaf | Kettle & Canister", "June 2026 second-flush Darjeeling from "
             "a single estate near Kurseong. Muscatel and malt. 100 g pouch."), "seo")
F("X09", "[[Caffeine-free]], so you can drink it at bedtime.", "compliance.health", B, "contains caffeine")
F("X09", "[[Grown in Assam]] on a single estate.", "accuracy.origin", B, "Kurseong, Darjeeling")
F("X09", "[[Certified organic]] leaves.", "accuracy.certification", B, "no certification")
F("X09", "Brew for [[7 to 8 minutes]].", "accuracy.number", B, "3 to 4 minutes")
F("X09", "A [[first-flush]] Darjeeling, light and floral.", "accuracy.category", B, "second flush")
F("X09", "[[Rich in antioxidants that lower cholesterol]].", "compliance.health", B, "a health claim")

# ---------------------------------------------------------------- X10 hairbrush
pad("X10", "A cleaning tool comes in the box.")
C("X10", "A paddle brush with pure boar bristles in a rubber cushion, for smoothing fine to normal hair. The "
  "handle is pear wood.")
C("X10", "Two sizes: Travel at 17 cm for $26 and Full at 23 cm for $32. Clean the bristles with the tool in the "
  "box and a little shampoo, and keep the wood dry.")
C("X10", "Boar bristle paddle brush, about 9 inches, $32.", "s")
C("X10", "A pear-wood hairbrush in two sizes.", "s")
C("X10", qa(("Will it detangle wet curly hair?", "It is not made for detangling thick or curly hair when wet."),
            ("How do I clean it?", "Use the cleaning tool in the box and a little shampoo; keep the wood out of "
             "water.")), "faq")
F("X10", "A handle of [[polished bamboo]].", "accuracy.material", B, "pear wood")
F("X10", "[[Perfect for detangling thick curls straight out of the shower]].", "accuracy.compatibility", B,
  "not for detangling thick or curly hair when wet")
F("X10", "[[Both sizes are $26]].", "accuracy.price", B, "Full is $32")
F("X10", "[[Also in a Mini 12 cm size]].", "accuracy.size", B, "Travel and Full only")
F("X10", "[[A built-in mirror]] on the back.", "accuracy.feature", B, "no mirror")
F("X10", "It [[stimulates hair growth]].", "compliance.health", B, "a health claim")

# ---------------------------------------------------------------- X11 Delft tile (Dutch)
pad("X11", "Each tile differs slightly: it is handwork.", native="Elke tegel is iets anders, want hij is met de "
    "hand beschilderd.", q_native="Wat moet ik weten?")
C("X11", "A hand-painted Delft blue tile of a windmill, cobalt on a white tin glaze, painted in Gouda. It "
  "measures 13 cm square, about 5 inches, and 7 mm thick.")
C("X11", "Een tegel van 13 x 13 cm met een molen in kobaltblauw, met de hand beschilderd in Gouda en gebakken op "
  "1050 °C.")
C("X11", "Delft blue windmill tile with a hanging eye, for the wall. €18.50.", "s")
C("X11", "Handbeschilderde wandtegel, niet voor de vloer. 18,50 €.", "s")
C("X11", qa(("Kan ik hem op de vloer leggen?", "Nee, de tegel is voor de muur; er zit een ophangoog op de "
             "achterkant."), ("Hoe zwaar is hij?", "260 gram.")), "faq")
F("X11", "[[Gemaakt in Delft]].", "accuracy.origin", B, "beschilderd in Gouda", native=True)
F("X11", "[[20 x 20 cm]], a statement piece.", "accuracy.number", B, "13 x 13 cm")
F("X11", "[[Geschikt voor de vloer]] in keuken en badkamer.", "accuracy.compatibility", B,
  "voor de muur, niet voor de vloer", native=True)
F("X11", "The windmill is [[printed by transfer]] for a perfect line.", "accuracy.feature", B, "hand-painted")
F("X11", "Beschilderd in [[mangaanpaars]].", "accuracy.colour", B, "kobaltblauw", native=True)
F("X11", "Fired at [[1250 °C]].", "accuracy.number", B, "1050 °C")

# ---------------------------------------------------------------- X12 linen dish cloths (Swedish)
pad("X12", "They grow softer with every wash.", native="De blir mjukare för varje tvätt.",
    q_native="Vad bör jag veta?")
C("X12", "Three woven linen dish cloths, 25 x 30 cm each, about 10 by 12 inches, with a hanging loop in one "
  "corner.")
C("X12", "Lin från Belgien, vävt i Borås. Tvätta i 60 grader och låt bli att torktumla.")
C("X12", "A pack of three linen dish cloths, 149 kr.", "s")
C("X12", "Tre disktrasor i lin: naturvit, grå och blå.", "s")
C("X12", qa(("How do I wash them?", "At 60 °C. Do not tumble dry; iron them damp if you like."),
            ("What colours come in the pack?", "Natural white, grey and blue.")), "faq")
F("X12", "[[Fem disktrasor]] i varje paket.", "accuracy.number", B, "tre disktrasor", native=True)
F("X12", "Av [[lin och bomull]].", "accuracy.material", B, "100 % lin", native=True)
F("X12", "[[Tumble dry on high]] to keep them soft.", "accuracy.care", B, "do not tumble dry")
F("X12", "[[Woven in Belgium]] from Belgian flax.", "accuracy.origin", B, "linen from Belgium, woven in Borås")
F("X12", "[[Plastic-free and fully compostable packaging]].", "compliance.environmental", B, "not stated")
F("X12", "Färger: naturvit, grå och [[gul]].", "accuracy.colour", B, "naturvit, grå och blå", native=True)

# ---------------------------------------------------------------- X13 olive oil (Greek)
pad("X13", "Keep it away from light and heat.", native="Φυλάξτε το μακριά από φως και ζέστη.",
    q_native="Τι πρέπει να ξέρω;")
C("X13", "Extra virgin olive oil from Koroneiki olives grown in Messinia, Greece, cold pressed from the November "
  "2025 harvest, with acidity under 0.3 %.")
C("X13", "Ελαιόλαδο από Κορωνέικη ελιά της Μεσσηνίας, σε σκούρο πράσινο γυάλινο μπουκάλι των 500 ml.")
C("X13", "Koroneiki extra virgin olive oil, 500 ml (about 17 fl oz), €14.", "s")
C("X13", "Ψυχρής έκθλιψης, από τη Μεσσηνία. 14 €.", "s")
C("X13", seo("Εξαιρετικό παρθένο ελαιόλαδο Κορωνέικη 500 ml | Ελαιώνας Μεσσηνίας", "Cold-pressed Koroneiki oil "
             "from Messinia, November 2025 harvest. Best within 18 months."), "seo")
F("X13", "[[Από την Κρήτη]].", "accuracy.origin", B, "Μεσσηνία", native=True)
F("X13", "Acidity [[below 0.1 %]].", "accuracy.number", B, "below 0.3 %")
F("X13", "[[PDO Kalamata certified]].", "accuracy.certification", B, "no PDO stated")
F("X13", "[[Μειώνει την αρτηριακή πίεση]].", "compliance.health", B, "a health claim", native=True)
F("X13", "A [[one-litre tin]].", "accuracy.number", B, "500 ml glass bottle")
F("X13", "A [[blend of Koroneiki and Manaki]] olives.", "accuracy.category", B, "Koroneiki only")

# ---------------------------------------------------------------- X14 glass bauble (Czech)
pad("X14", "Each bauble comes in its own box.", native="Ozdoba je zabalená v krabičce.",
    q_native="Co bych měl vědět?")
C("X14", "A blown glass bauble, 8 cm across, painted by hand with a white star and silvered inside. Made in "
  "Poniklá in the Krkonoše mountains.")
C("X14", "Ručně malovaná skleněná koule o průměru 8 cm, z Poniklé. Vyberte tmavě modrou nebo červenou.")
C("X14", "Hand-painted glass bauble, about 3 inches, 290 Kč.", "s")
C("X14", "Křehká skleněná ozdoba, není pro děti.", "s")
C("X14", qa(("Is it safe for children?", "No. It is fragile glass and not for children."),
            ("How many are in the box?", "One bauble.")), "faq")
F("X14", "Made of [[shatterproof acrylic]].", "accuracy.material", B, "blown glass")
F("X14", "Balení obsahuje [[šest ozdob]].", "accuracy.number", B, "jedna ozdoba", native=True)
F("X14", "In dark blue, red or [[gold]].", "accuracy.colour", B, "dark blue or red")
F("X14", "[[Blown in Jablonec nad Nisou]].", "accuracy.origin", B, "Poniklá")
F("X14", "[[A machine-printed star]].", "accuracy.feature", B, "hand-painted")
F("X14", "[[Safe for toddlers to handle]].", "compliance.health", B, "fragile, not for children")

# ---------------------------------------------------------------- X15 brass candlestick (Danish)
pad("X15", "Never leave burning candles unattended.", native="Efterlad aldrig brændende lys uden opsyn.",
    q_native="Hvad skal jeg vide?")
C("X15", "A three-armed candlestick in solid brass for ordinary 2.2 cm candles, 24 cm tall and 30 cm wide (about "
  "9½ by 12 inches).")
C("X15", "Drejet og samlet i Aarhus af massiv messing. Puds den med messingpuds, eller lad den få patina.")
C("X15", "Solid brass three-arm candlestick, DKK 695.", "s")
C("X15", "Lysestage i massiv messing, 1,1 kg. Tåler ikke opvaskemaskine.", "s")
C("X15", seo("Lysestage i messing, 3 arme | Kobberkanten", "Three-arm candlestick in solid brass, turned and "
             "assembled in Aarhus. Takes standard 2.2 cm candles."), "seo")
F("X15", "Made of [[brass-plated steel]].", "accuracy.material", B, "solid brass")
F("X15", "[[Tåler opvaskemaskine]].", "accuracy.care", B, "ikke til opvaskemaskine", native=True)
F("X15", "[[Lacquered so it never tarnishes]].", "accuracy.feature", B, "brass tarnishes")
F("X15", "[[Five arms]] for a fuller light.", "accuracy.number", B, "three arms")
F("X15", "[[Takes tea lights and pillar candles]].", "accuracy.compatibility", B, "2.2 cm candles")
F("X15", "[[Fremstillet i Sverige]].", "accuracy.origin", B, "Aarhus", native=True)

# ---------------------------------------------------------------- X16 sauna ladle (Finnish)
pad("X16", "Every ladle is one of a kind.", native="Jokainen kauha on yksilö.", q_native="Mitä minun pitää tietää?")
C("X16", "A sauna ladle with a curly birch handle and an aspen cup, handmade in Kuopio. It is 42 cm long and the "
  "cup holds 1 dl, 100 ml.")
C("X16", "Visakoivuvartinen saunakauha, kuppi haapaa. Anna kuivua saunomisen jälkeen.")
C("X16", "Curly birch sauna ladle, about 16½ inches, €42.", "s")
C("X16", "Käsin tehty saunakauha Kuopiosta, 42 €.", "s")
C("X16", qa(("Can it go in the dishwasher?", "No. Let it dry after the sauna and oil it now and then with "
             "paraffin oil."), ("What wood is it?", "Curly birch for the handle, aspen for the cup.")), "faq")
F("X16", "Kuppi on [[kuparia]].", "accuracy.material", B, "kuppi on haapaa", native=True)
F("X16", "[[Voi pestä astianpesukoneessa]].", "accuracy.care", B, "ei astianpesukoneeseen", native=True)
F("X16", "Holds [[half a litre]] of water a throw.", "accuracy.number", B, "1 dl cup")
F("X16", "[[Made in Estonia]].", "accuracy.origin", B, "Kuopio")
F("X16", "[[Designed by Iittala]].", "accuracy.brand", B, "the vendor is the only brand")
F("X16", "[[Ten-year guarantee]] on the wood.", "accuracy.warranty", B, "no guarantee given")

# ---------------------------------------------------------------- X17 playing cards
pad("X17", "Standard indices sit in two corners.")
C("X17", "Fifty-two cards and two jokers, poker size at 63 x 88 mm (about 2½ by 3½ inches), on 310 gsm card with a "
  "linen-embossed finish.")
C("X17", "Printed in Birmingham with vegetable-based inks and packed in a 350 gsm tuck box. Pick blue or red "
  "backs.")
C("X17", "A linen-finish deck of 54 cards, £9.", "s")
C("X17", "Poker-size playing cards, Blue or Red backs.", "s")
C("X17", qa(("How many cards?", "52 plus two jokers."), ("Where are they printed?", "In Birmingham, England.")),
  "faq")
F("X17", "[[Also in a jumbo-index bridge size]].", "accuracy.size", B, "poker size only")
F("X17", "[[Plastic-coated to survive a spilled drink]].", "accuracy.feature", B, "linen-embossed card")
F("X17", "[[Printed in Belgium]].", "accuracy.origin", B, "Birmingham")
F("X17", "Blue, Red or [[Green backs]].", "accuracy.colour", B, "Blue or Red")
F("X17", "[[Four jokers]] in every deck.", "accuracy.number", B, "two jokers")
F("X17", "[[The deck magicians swear by]].", "compliance.social_proof", W, "unverifiable")

# ---------------------------------------------------------------- X18 camera strap
pad("X18", "It adjusts from 90 to 140 cm.")
C("X18", "A shoulder strap of waxed cotton canvas, 38 mm wide (about 1½ inches), with vegetable-tanned leather "
  "ends and 10 mm split rings, for cameras up to 2 kg.")
C("X18", "Adjust it anywhere from 90 to 140 cm, roughly 35 to 55 inches. Rewax the canvas once a year and keep it "
  "out of the wash.")
C("X18", "Waxed canvas camera strap in Olive or Charcoal, $45.", "s")
C("X18", "A strap for cameras with strap lugs, up to 4.4 lb.", "s")
C("X18", seo("Camera Strap, Waxed Canvas | Halide Goods", "Waxed cotton canvas strap with vegetable-tanned "
             "leather ends, 38 mm wide, for mirrorless and DSLR cameras up to 2 kg."), "seo")
F("X18", "[[Screws into the tripod socket]] of any camera.", "accuracy.compatibility", B,
  "not for tripod-socket mounts")
F("X18", "[[Machine washable]] on a gentle cycle.", "accuracy.care", B, "do not wash")
F("X18", "Holds cameras up to [[5 kg]].", "accuracy.number", B, "up to 2 kg")
F("X18", "Ends of [[chrome-tanned suede]].", "accuracy.material", B, "vegetable-tanned leather")
F("X18", "In Olive, Charcoal or [[Tan]].", "accuracy.colour", B, "Olive or Charcoal")
F("X18", "[[Quick-release buckles]] for swapping cameras.", "accuracy.feature", B, "split rings")
F("X18", "[[Free express shipping]] worldwide.", "compliance.shipping", B, "no shipping terms given")

# ---------------------------------------------------------------- X19 sharpening service
pad("X19", "We sharpen by hand on Japanese waterstones.")
C("X19", "Send your kitchen knives and we sharpen each one by hand on Japanese waterstones: $6 for blades up to "
  "20 cm, about 8 inches, and $9 for longer ones.")
C("X19", "We post them back, insured, within 10 working days of arrival, to addresses in the US. A chipped blade "
  "is reground for $4 more.")
C("X19", "Hand sharpening by post from $6 a knife.", "s")
C("X19", "A chipped 25 cm chef's knife: $9 plus $4, $13.", "s")
C("X19", qa(("Do you sharpen serrated knives?", "No, serrated knives are not sharpened."),
            ("Do you ship to Canada?", "No. We return knives to US addresses only.")), "faq")
F("X19", "[[Serrated bread knives welcome]].", "accuracy.compatibility", B, "serrated knives are not sharpened")
F("X19", "[[Back to you within 48 hours]].", "compliance.shipping", B, "within 10 working days")
F("X19", "[[Every knife is $6]], whatever its length.", "accuracy.price", B, "$9 over 20 cm")
F("X19", "[[We return knives anywhere in the world]].", "compliance.shipping", B, "US addresses only")
F("X19", "[[Sharpened on a powered belt grinder]].", "accuracy.feature", B, "by hand on waterstones")
F("X19", "[[Edge guaranteed for a year]].", "accuracy.warranty", B, "no guarantee given")

# ---------------------------------------------------------------- X20 thin: postcard
pad("X20", "This is the Harbour at Dusk postcard from Ink & Anchor.")
C("X20", "The Harbour at Dusk postcard from Ink & Anchor.")
C("X20", "A postcard: Harbour at Dusk. £2.50.")
C("X20", "Harbour at Dusk, a postcard.", "s")
C("X20", "Postcard, £2.50.", "s")
C("X20", seo("Postcard \"Harbour at Dusk\" | Ink & Anchor", "The Harbour at Dusk postcard by Ink & Anchor."), "seo")
F("X20", "[[A6, 105 x 148 mm]].", "accuracy.number", B, "no size given")
F("X20", "Printed in [[deep indigo and orange]].", "accuracy.colour", W, "no colour given")
F("X20", "On [[recycled card]].", "accuracy.material", B, "no material given")
F("X20", "[[Free UK postage]].", "compliance.shipping", B, "no shipping terms")
F("X20", "[[A pack of ten]].", "accuracy.number", B, "one postcard")
F("X20", "[[Printed in Cornwall]].", "accuracy.origin", B, "no origin given")

# ---------------------------------------------------------------- X21 thin: cork coaster
pad("X21", "The coaster is 10 cm across.")
C("X21", "A cork coaster, 10 cm across.")
C("X21", "Bark & Bottle's cork coaster, about 4 inches in diameter, €3.")
C("X21", "Cork coaster, 10 cm.", "s")
C("X21", "A round cork coaster for €3.", "s")
C("X21", qa(("How big is it?", "10 cm in diameter.")), "faq")
F("X21", "[[12 cm across]].", "accuracy.number", B, "10 cm")
F("X21", "[[A set of four]] for €3.", "accuracy.number", B, "one coaster")
F("X21", "[[Cork from Portugal]].", "accuracy.origin", B, "no origin given")
F("X21", "[[Dishwasher safe]].", "accuracy.care", B, "no care given")
F("X21", "[[Carbon-negative]] cork.", "compliance.environmental", B, "not stated")
F("X21", "[[The best coaster money can buy]].", "compliance.absolute", W, "a superlative")

# ---------------------------------------------------------------- X22 grouped: sourdough kit
pad("X22", "Each piece is sold on its own.")
C("X22", "A one-litre glass jar with a clamp lid ($18), 20 g of dried rye starter ($7) and a stainless dough "
  "scraper ($5): everything to start and keep a sourdough starter.")
C("X22", "Buy the three pieces together for $30, or any one on its own.")
C("X22", "Sourdough starter kit: jar, rye starter and scraper.", "s")
C("X22", "A 1 l clamp-lid jar for $18.", "s")
C("X22", seo("Sourdough Starter Kit | Crumb Collective", "Glass starter jar, dried rye starter and stainless dough "
             "scraper, each sold on its own."), "seo")
F("X22", "[[The whole kit is $25]].", "accuracy.price", B, "$18 + $7 + $5 = $30")
F("X22", "A [[plastic]] starter jar.", "accuracy.material", B, "glass")
F("X22", "[[50 g]] of dried rye starter.", "accuracy.number", B, "20 g")
F("X22", "Dried [[wheat]] starter.", "accuracy.category", B, "rye starter")
F("X22", "[[A digital thermometer]] is included.", "accuracy.feature", B, "not in the kit")
F("X22", "[[Gluten-free]] sourdough from day one.", "compliance.health", B, "rye contains gluten; not stated")

# ---------------------------------------------------------------- X23 external: rowing machine
pad("X23", "It folds upright for storage.")
C("X23", "An air rower with a ten-setting damper and an LCD monitor that shows time, distance, stroke rate and "
  "watts. It is sold and shipped by our partner Oarsmith Fitness, who look after delivery, returns and the "
  "warranty.")
C("X23", "Unfolded it takes up 240 x 61 cm, about 7'10\" by 2 feet, and it folds upright. For rowers up to 150 kg "
  "(about 330 lb).")
C("X23", "Air rowing machine, £899, sold by Oarsmith Fitness.", "s")
C("X23", "A 36 kg folding air rower; two AA batteries included.", "s")
C("X23", qa(("Who handles returns?", "Our partner Oarsmith Fitness handles delivery, returns and the warranty."),
            ("What is the maximum user weight?", "150 kg.")), "faq")
F("X23", "[[Our five-year warranty]] covers the frame.", "accuracy.warranty", B,
  "the partner handles the warranty; no term given")
F("X23", "[[We deliver it free next day]].", "compliance.shipping", B, "the partner handles delivery")
F("X23", "[[Bluetooth to pair with rowing apps]].", "accuracy.feature", B, "LCD monitor only")
F("X23", "Maximum user weight [[180 kg]].", "accuracy.number", B, "150 kg")
F("X23", "A [[steel]] rail.", "accuracy.material", B, "aluminium rail")
F("X23", "A [[magnetic-resistance]] rower.", "accuracy.category", B, "air resistance")
F("X23", "[[Burns 1,000 calories an hour]].", "compliance.health", B, "a health claim")

# ---------------------------------------------------------------- X24 peshtemal (Turkish)
pad("X24", "It softens with every wash.", native="Her yıkamada yumuşar.", q_native="Ne bilmeliyim?")
C("X24", "A traditional hand-woven peshtemal of 70 % cotton and 30 % linen, 100 x 180 cm (about 39 by 71 inches) "
  "with tasselled ends, woven in Denizli.")
C("X24", "%70 pamuk ve %30 keten, Denizli'de elde dokundu. Lacivert ya da zeytin.")
C("X24", "Cotton-linen peshtemal in navy or olive, 650 TL.", "s")
C("X24", "30 °C'de yıkanır, ağartıcı kullanmayın.", "s")
C("X24", qa(("How do I wash it?", "At 30 °C, without bleach. It softens with every wash."),
            ("How big is it?", "100 x 180 cm, with tasselled ends.")), "faq")
F("X24", "[[%100 pamuk]].", "accuracy.material", B, "%70 pamuk, %30 keten", native=True)
F("X24", "[[Also in a 150 x 200 cm beach size]].", "accuracy.size", B, "one size, 100 x 180 cm")
F("X24", "[[Bleach it to keep it bright]].", "accuracy.care", B, "no bleach")
F("X24", "[[Woven in Bursa]].", "accuracy.origin", B, "Denizli")
F("X24", "[[Makinede dokunmuştur]].", "accuracy.feature", B, "elde dokunmuş (hand-woven)", native=True)
F("X24", "In navy, olive or [[coral]].", "accuracy.colour", B, "Lacivert or Zeytin")

# ---------------------------------------------------------------- X25 swim goggles
pad("X25", "The strap is split silicone.")
C("X25", "Wide-view open-water goggles with curved polycarbonate lenses, an anti-fog coating, UV protection and a "
  "soft silicone seal. Clear lenses for grey days at £28, Smoke for bright sun at £30.")
C("X25", "Rinse them in fresh water after every swim and dry them out of direct sun. Leave the inside of the "
  "lenses alone: wiping it strips the anti-fog coating.")
C("X25", "Open-water goggles, one adult size, from £28.", "s")
C("X25", "Anti-fog goggles with UV protection in Clear or Smoke.", "s")
C("X25", seo("Swim Goggles, Open Water | Tidemark Swim", "Curved polycarbonate lenses with anti-fog and UV "
             "protection, a silicone seal and a split strap. Clear or Smoke."), "seo")
F("X25", "[[Both lenses are £28]].", "accuracy.price", B, "Smoke is £30")
F("X25", "[[Wipe the inside of the lenses]] after each swim to keep them clear.", "accuracy.care", B,
  "wiping the inside removes the anti-fog coating")
F("X25", "[[Prescription lenses available]].", "accuracy.feature", B, "not offered")
F("X25", "[[Also in a junior size]].", "accuracy.size", B, "one size, adult")
F("X25", "[[Tempered glass lenses]].", "accuracy.material", B, "polycarbonate")
F("X25", "[[Chosen by Channel swimmers]].", "compliance.social_proof", W, "unverifiable")

# ---------------------------------------------------------------- X26 coffee
pad("X26", "It is roasted within a week of shipping.")
C("X26", "A washed coffee from Yirgacheffe in Ethiopia, grown by smallholders at 1,900 to 2,100 metres, roughly "
  "6,200 to 6,900 feet. Light roast, with bergamot, peach and black tea.")
C("X26", "Roasted in Portland, OR, within a week of shipping, and packed as 250 g of whole beans (about 8.8 oz) "
  "in a valve bag. Best within six weeks of the roast date.")
C("X26", "Yirgacheffe whole beans, 250 g, $13.", "s")
C("X26", "A light-roast washed Ethiopian coffee.", "s")
C("X26", qa(("Is it ground?", "No, it is whole bean."),
            ("How fresh is it?", "Roasted within a week of shipping; best within 6 weeks of the roast date.")),
  "faq")
F("X26", "A [[natural-process]] coffee.", "accuracy.category", B, "washed")
F("X26", "[[Roasted in Seattle]].", "accuracy.origin", B, "Portland, Oregon")
F("X26", "Grown at [[2,400 metres]].", "accuracy.number", B, "1,900-2,100 m")
F("X26", "A [[dark roast]] for espresso.", "accuracy.category", B, "light roast")
F("X26", "[[Fairtrade certified]].", "accuracy.certification", B, "no certification")
F("X26", "[[Low acid, gentle on the stomach]].", "compliance.health", B, "a health claim")

# ---------------------------------------------------------------- X27 guitar strings
pad("X27", "Each set comes sealed in an anti-tarnish pack.")
C("X27", "Six light-gauge strings for steel-string acoustics, .012 to .053. The wound strings are phosphor bronze "
  "over a hex steel core; the plain ones are tin-plated steel.")
C("X27", "Ball-end phosphor bronze strings in a sealed anti-tarnish pack, $11 a set. They are not for "
  "nylon-string classical guitars.")
C("X27", "Light 12-53 acoustic strings, six to a set.", "s")
C("X27", "Phosphor bronze strings, $11.", "s")
C("X27", qa(("Will they fit my classical guitar?", "No, they are for steel-string acoustics, not nylon-string "
             "classical guitars."), ("What gauges?", ".012, .016, .024, .032, .042, .053.")), "faq")
F("X27", "[[Ideal for classical guitars]].", "accuracy.compatibility", B, "not for classical guitars")
F("X27", "[[80/20 bronze]] wound.", "accuracy.material", B, "phosphor bronze")
F("X27", "Gauges [[10-47]].", "accuracy.number", B, "12-53")
F("X27", "[[Coated to last five times longer]].", "accuracy.feature", B, "no coating stated")
F("X27", "[[Two sets]] in each pack.", "accuracy.number", B, "one set of six")
F("X27", "[[Made by D'Addario]].", "accuracy.brand", B, "the vendor is the only brand")

# ---------------------------------------------------------------- X28 power bank
pad("X28", "Four LEDs show how much charge is left.")
C("X28", "A 10,000 mAh power bank with a USB-C port for 20 W Power Delivery in and out, and a USB-A port at 12 W. "
  "It recharges in about three hours from a 20 W charger.")
C("X28", "At 105 x 63 x 16 mm, about 4 by 2½ by ⅝ inches, it weighs 195 g. The 30 cm USB-C cable is in the box; "
  "bring your own wall charger.")
C("X28", "10,000 mAh USB-C power bank, $39, in White or Graphite.", "s")
C("X28", "Power bank with an 18-month warranty; fine in cabin baggage.", "s")
C("X28", seo("Power Bank 10,000 mAh USB-C | Voltcraft Row", "20 W USB-C PD and 12 W USB-A, recharged in about 3 "
             "hours. 195 g. Cable included, charger not. 18-month warranty."), "seo")
F("X28", "[[20,000 mAh]] in your pocket.", "accuracy.number", B, "10,000 mAh")
F("X28", "[[A wireless charging pad]] on top.", "accuracy.feature", B, "no wireless charging")
F("X28", "[[Two-year warranty]].", "accuracy.warranty", B, "18 months")
F("X28", "[[Wall charger included]].", "accuracy.feature", B, "the wall charger is not included")
F("X28", "[[Safe to pack in checked luggage]].", "accuracy.compatibility", B, "not in checked luggage")
F("X28", "[[Charges laptops at 65 W]].", "accuracy.number", B, "20 W USB-C")
F("X28", "[[UL 2056 certified]] cells.", "accuracy.certification", B, "no certification")

# ---------------------------------------------------------------- X29 hot sauce
pad("X29", "Shake well before use.")
C("X29", "Habanero and roasted carrot hot sauce from Austin, Texas: habanero peppers, carrot, apple cider "
  "vinegar, onion, garlic, lime juice and salt, with no sugar added.")
C("X29", "A 150 ml bottle, about 5 fl oz, of glass. Keep it in the fridge once opened and finish it within three "
  "months.")
C("X29", "Hot habanero sauce, 5 of 6 on the heat scale, $9.50.", "s")
C("X29", "Vegan, gluten-free hot sauce made in Austin, TX.", "s")
C("X29", qa(("How hot is it?", "Hot: about 5 of 6 on our scale."),
            ("Does it need refrigerating?", "Yes, after opening. Use it within 3 months.")), "faq")
F("X29", "Heat: [[6 of 6]] on our scale.", "accuracy.number", B, "5 of 6")
F("X29", "Sweetened with [[agave syrup]].", "accuracy.material", B, "no sugar added; not an ingredient")
F("X29", "[[No need to refrigerate]] after opening.", "accuracy.care", B, "refrigerate after opening")
F("X29", "[[Made in New Mexico]].", "accuracy.origin", B, "Austin, Texas")
F("X29", "A [[250 ml]] bottle.", "accuracy.number", B, "150 ml")
F("X29", "[[USDA Organic]] habaneros.", "accuracy.certification", B, "no certification")

# ---------------------------------------------------------------- X30 headlamp
pad("X30", "The elastic band is reflective.")
C("X30", "A 400-lumen running headlamp with a 1,500 mAh battery you charge over USB-C. Modes: 400 lumens for two "
  "hours, 150 for six, 20 for forty, and a red light.")
C("X30", "Rated IPX4, it shrugs off rain and splashes but is not for swimming. It weighs 78 g, under 3 oz, "
  "battery included, and carries a two-year warranty.")
C("X30", "400-lumen USB-C headlamp, $49.", "s")
C("X30", "A 78 g headlamp in black, with four light modes.", "s")
C("X30", seo("Running Headlamp 400 | Trailcraft", "400-lumen headlamp for trail running, 1,500 mAh USB-C "
             "battery, IPX4, 78 g, reflective band. Two-year warranty."), "seo")
F("X30", "Up to [[600 lumens]].", "accuracy.number", B, "400 lumens")
F("X30", "[[40 hours on full beam]].", "accuracy.number", B, "2 hours at 400 lumens; 40 hours at 20")
F("X30", "Rated [[IPX7]].", "accuracy.certification", B, "IPX4")
F("X30", "[[Fine for night swims]].", "accuracy.compatibility", B, "not for swimming")
F("X30", "In Black or [[Hi-vis yellow]].", "accuracy.colour", B, "Black only")
F("X30", "[[A motion sensor]] switches modes with a wave.", "accuracy.feature", B, "no sensor")
F("X30", "[[The brightest headlamp on the trail]].", "compliance.absolute", W, "a superlative")


def _html(paragraphs):
    return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)


def _serialise(kind, draft):
    if kind in ("description", "short_description"):
        return _html([draft] if isinstance(draft, str) else draft)
    return json.dumps(draft, ensure_ascii=False)


def _strip_marks(marked):
    m = re.search(r"\[\[(.+?)\]\]", marked)
    assert m and marked.count("[[") == 1, marked
    return marked.replace("[[", "").replace("]]", ""), m.group(1), m.start()


def _locate(kind, text, sentence, claim):
    """Offsets of the claim inside the stored text (HTML-escaped or JSON-escaped)."""
    if kind in ("description", "short_description"):
        esc = lambda s: html.escape(s, quote=False)  # noqa: E731
    else:
        esc = lambda s: json.dumps(s, ensure_ascii=False)[1:-1]  # noqa: E731
    plain, claim_text, at = sentence
    base = text.index(esc(plain))
    start = base + len(esc(plain[:at]))
    end = start + len(esc(claim_text))
    assert text[start:end] == esc(claim_text), (text, claim)
    return start, end, text[start:end]


def _recast():
    listings = make_listings.build()
    seen = {}
    rows = []
    for f in FAULTY:
        key = f["listing"]
        n = seen.get(key, 0)
        seen[key] = n + 1
        kind = f["kind"] or ORDER[n % len(ORDER)]
        plain, claim, at = _strip_marks(f["sentence"])
        p = PAD[key]
        padding = p["native"] if f["native"] else p["en"]
        question = p["q_native"] if f["native"] else p["q"]
        if kind == "description":
            draft = [padding, plain] if n % 2 == 0 else [plain, padding]
        elif kind == "short_description":
            draft = plain
        elif kind == "seo":
            lst = listings[key]
            draft = seo(f"{lst['title']} | {lst['vendor']}", plain)
        else:
            draft = qa((question, plain))
        text = _serialise(kind, draft)
        start, end, stored = _locate(kind, text, (plain, claim, at), claim)
        rows.append({"listing": key, "kind": kind, "text": text,
                     "labels": [{"rule": f["rule"], "start": start, "end": end, "claim": stored,
                                 "severity": f["severity"], "why": f["why"]}]})
    return rows


def build():
    clean = [{"listing": c["listing"], "kind": c["kind"], "text": _serialise(c["kind"], c["draft"]), "labels": []}
             for c in CLEAN]
    return clean, _recast()
