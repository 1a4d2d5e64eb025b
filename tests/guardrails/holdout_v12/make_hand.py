"""Hand-written drafts for guardrails holdout v12: clean drafts and faulty drafts with one planted claim.

A planted claim is marked [[...]] in the draft; build() strips the marks and records the span. Kinds: "d"
description, "s" short description, "seo" (seo(title, description)), "faq" (qa((question, answer), ...)).
"""
import json
import re

KINDS = {"d": "description", "s": "short_description", "seo": "seo", "faq": "faq"}
CLEAN = []
FAULTY = []


def C(listing, draft, kind="d"):
    CLEAN.append((listing, kind, draft))


def F(listing, draft, rule, severity, why, kind="d"):
    FAULTY.append((listing, kind, draft, rule, severity, why))


def qa(*pairs):
    return [{"question": q, "answer": a} for q, a in pairs]


def seo(title, description):
    return {"title": title, "description": description}


def _serialise(kind, draft):
    if kind in ("seo", "faq"):
        return json.dumps(draft, ensure_ascii=False)
    return draft


def _strip_marks(marked):
    """Text without [[ ]] and the (start, end, claim) of the one marked span, or None."""
    m = re.search(r"\[\[(.+?)\]\]", marked)
    if not m:
        assert "[[" not in marked and "]]" not in marked, marked
        return marked, None
    text = marked[:m.start()] + m.group(1) + marked[m.end():]
    assert "[[" not in text and "]]" not in text, f"more than one mark: {marked}"
    return text, (m.start(), m.start() + len(m.group(1)), m.group(1))


# W01 sencha (JPY)
C("W01", "<p>This is a steamed Japanese green tea from the first spring picking, grown and rolled on a single "
         "family farm in Shizuoka. Brew it at 70 °C for a minute; the same leaves give three infusions.</p>"
         "<ul><li>Net weight: 100 g (about 3.5 oz)</li><li>Origin: Shizuoka, Japan</li><li>Contains caffeine</li>"
         "</ul>")
C("W01", "<p>Ichibancha, the year's first flush, picked in spring and steamed. The farm in Shizuoka both grows "
         "and rolls the leaf. Use water at about 158 °F and a one-minute steep, then pour again, twice more.</p>"
         "<p>Keep it cool and dry, and finish it within six months once open.</p>")
C("W01", "<p>First-flush sencha from a Shizuoka family farm: 100 g of steamed loose leaf that brews three times "
         "at 70 °C.</p>", "s")
C("W01", "<p>100 g of Shizuoka-grown ichibancha for ¥2,400. It contains caffeine.</p>", "s")
C("W01", seo("Shizuoka First Flush Sencha 100 g | Hoshizora Tea",
             "Steamed first-flush green tea grown and rolled on one Shizuoka farm. Brew at 70 °C for one minute; "
             "the leaves give three infusions."), "seo")
F("W01", "<p>First-flush sencha [[grown in Uji]], 100 g of loose leaf to brew at 70 °C.</p>",
  "accuracy.origin", "block", "grown in Shizuoka, not Uji", "s")
F("W01", "<p>Sencha from the first spring picking, [[blended in Kyoto]] from Shizuoka leaf.</p>",
  "accuracy.origin", "block", "grown and rolled on one Shizuoka farm; no blending in Kyoto", "s")
F("W01", "<p>Brew at 70 °C for one minute; the leaves give [[five infusions]] before they are spent.</p>",
  "accuracy.number", "block", "three infusions")
F("W01", "<p>A first-flush sencha from Shizuoka. Keep it cool and dry and use it within [[two years]] of "
         "opening.</p>", "accuracy.care", "block", "use within six months of opening")
F("W01", "<p>[[JAS-certified organic]] first-flush sencha, grown and rolled in Shizuoka.</p>",
  "accuracy.certification", "block", "no organic certification in the listing", "s")
F("W01", seo("First Flush Sencha 100 g | Hoshizora Tea",
             "Steamed Shizuoka green tea that [[boosts your metabolism]]. Brew at 70 °C for one minute."),
  "compliance.health", "block", "a health claim the listing does not make", "seo")
F("W01", "<p>Our Shizuoka ichibancha, 100 g, is yours for [[¥1,800]].</p>",
  "accuracy.price", "block", "the price is ¥2,400", "s")

# W02 leather dog collar (GBP)
C("W02", "<p>A flat dog collar in vegetable-tanned bridle leather, hand-stitched with waxed linen thread and "
         "fitted with a solid brass buckle and D-ring. It is made in Walsall, England, and is 25 mm wide.</p>"
         "<ul><li>S: 30–38 cm neck, £28</li><li>M: 38–46 cm, £32</li><li>L: 46–56 cm, £36</li>"
         "<li>Chestnut or black</li></ul><p>Wipe clean with a damp cloth and feed it with leather balm from time "
         "to time.</p>")
C("W02", "<p>Cut from bridle leather tanned with vegetable tannins and sewn by hand in Walsall, this collar is "
         "about an inch wide, with brass fittings that are solid rather than plated. Take it off before your dog "
         "goes in the crate.</p>")
C("W02", "<p>An English-made bridle leather collar with solid brass hardware, in chestnut or black.</p>", "s")
C("W02", "<p>Hand-stitched, veg-tanned leather dog collar from Walsall, in three sizes for necks from 30 to "
         "56 cm.</p>", "s")
C("W02", qa(("What is the buckle made of?", "Solid brass, like the D-ring."),
            ("How do I look after it?", "Wipe it with a damp cloth and condition it with leather balm now and "
                                        "then.")), "faq")
F("W02", "<p>A bridle leather collar with a [[stainless steel]] buckle and D-ring, 25 mm wide.</p>",
  "accuracy.material", "block", "the buckle and D-ring are solid brass", "s")
F("W02", "<p>Vegetable-tanned bridle leather, hand-stitched with [[waxed nylon thread]], with a solid brass "
         "buckle.</p>", "accuracy.material", "block", "the thread is waxed linen")
F("W02", "<p>A flat collar in [[chrome-tanned]] bridle leather with solid brass fittings.</p>",
  "accuracy.material", "block", "the leather is vegetable-tanned", "s")
F("W02", "<p>[[Handcrafted in Northampton]], this bridle leather collar has a solid brass buckle.</p>",
  "accuracy.origin", "block", "made in Walsall")
F("W02", "<p>Sewn in Walsall from [[Italian leather]], with a solid brass buckle and D-ring.</p>",
  "accuracy.origin", "block", "the listing does not say where the leather comes from", "s")
F("W02", "<p>Three sizes fit necks from 30 to [[60 cm]]; choose chestnut or black.</p>",
  "accuracy.size", "block", "the large size fits necks up to 56 cm", "s")
F("W02", "<p>A bridle leather collar in chestnut, black or [[tan]], with solid brass hardware.</p>",
  "accuracy.colour", "block", "chestnut and black only", "s")
F("W02", qa(("Can my dog wear it in the crate?", "[[Yes, it is safe to leave on in the crate.]]")),
  "accuracy.feature", "block", "the listing says to take it off before crating", "faq")

# W03 celadon vase (EUR, French)
C("W03", "<p>Un vase en grès émaillé, tourné à la main à La Borne. Son émail céladon varie légèrement d'une "
         "pièce à l'autre : aucun vase n'est identique. L'intérieur est émaillé, il tient l'eau et reçoit vos "
         "fleurs fraîches.</p><ul><li>Hauteur : 22 cm</li><li>Diamètre : 11 cm</li><li>Lavage à la main</li>"
         "</ul>")
C("W03", "<p>A hand-thrown stoneware vase in a celadon glaze, made in La Borne, France. It stands about 8.7 in "
         "tall and 4.3 in across, and the glazed inside holds water for fresh flowers.</p><p>Wash by hand.</p>")
C("W03", "<p>Glazed stoneware vase, thrown by hand in a French pottery atelier; 22 cm tall.</p>", "s")
C("W03", "<p>Vase en grès céladon de 22 cm, façonné à la main à La Borne, pour fleurs fraîches.</p>", "s")
C("W03", seo("Hand-Thrown Celadon Stoneware Vase, 22 cm | Atelier Grès",
             "A celadon-glazed stoneware vase thrown by hand in La Borne, France. Watertight inside, so it holds "
             "fresh flowers. Hand wash."), "seo")
F("W03", "<p>Vase en [[porcelaine]] émaillée céladon, tourné à la main à La Borne.</p>",
  "accuracy.material", "block", "grès (stoneware), not porcelain", "s")
F("W03", "<p>A [[raku-fired]] stoneware vase with a celadon glaze, 22 cm tall.</p>",
  "accuracy.material", "block", "no raku firing in the listing", "s")
F("W03", "<p>[[Tourné à Vallauris]], ce vase en grès céladon mesure 22 cm.</p>",
  "accuracy.origin", "block", "façonné à La Borne, pas à Vallauris", "s")
F("W03", "<p>A celadon stoneware vase, thrown by hand [[in Portugal]] and glazed inside for fresh flowers.</p>",
  "accuracy.origin", "block", "made in La Borne, France")
F("W03", seo("Celadon Stoneware Vase, [[30 cm]] | Atelier Grès",
             "Hand-thrown in La Borne, France, with a watertight glazed inside."),
  "accuracy.size", "block", "22 cm tall", "seo")
F("W03", "<p>Glazed stoneware, thrown by hand, and [[dishwasher safe]] for easy cleaning.</p>",
  "accuracy.care", "block", "hand wash only", "s")
F("W03", "<p>A hand-thrown celadon vase; [[every vase matches the photo exactly]].</p>",
  "accuracy.feature", "block", "the glaze varies from piece to piece", "s")

# W04 linen duvet cover (SEK, Swedish keys)
C("W04", "<p>A duvet cover in stonewashed pure linen, woven in Lithuania and sewn in Borås, Sweden. It softens "
         "with every wash and closes with wooden buttons.</p><ul><li>150 x 210 cm: 1 190 kr</li>"
         "<li>220 x 220 cm: 1 490 kr</li><li>Sand, sage or white</li><li>OEKO-TEX Standard 100</li>"
         "<li>Wash at 40 °C; tumble dry on low</li></ul><p>Pillowcases are sold separately.</p>")
C("W04", "<p>Påslakan i stentvättat linne, vävt i Litauen och sytt i vår verkstad i Borås. Det blir mjukare för "
         "varje tvätt och stängs med träknappar. Tvätta i 40 °C och torktumla på låg värme.</p>")
C("W04", "<p>Pure linen duvet cover, Lithuanian-woven and Swedish-sewn, in two sizes and three colours.</p>", "s")
C("W04", "<p>Stonewashed linen cover with wooden buttons, certified to OEKO-TEX Standard 100.</p>", "s")
C("W04", qa(("Are pillowcases included?", "No, they are sold separately."),
            ("Can I tumble dry it?", "Yes, on low heat, after a 40 °C wash.")), "faq")
F("W04", "<p>A stonewashed linen duvet cover, [[woven and sewn in Sweden]], with wooden buttons.</p>",
  "accuracy.origin", "block", "woven in Lithuania, sewn in Sweden", "s")
F("W04", "<p>Made from [[Belgian linen]] and sewn in our Borås workshop.</p>",
  "accuracy.origin", "block", "the linen is woven in Lithuania; no Belgian linen", "s")
F("W04", "<p>A soft [[linen-cotton blend]] duvet cover, stonewashed, in sand, sage or white.</p>",
  "accuracy.material", "block", "100 % linen")
F("W04", "<p>Stonewashed linen cover that closes with [[mother-of-pearl]] buttons.</p>",
  "accuracy.material", "block", "the buttons are wooden", "s")
F("W04", "<p>A linen duvet cover in two sizes, [[with two matching pillowcases]].</p>",
  "accuracy.feature", "block", "pillowcases are sold separately", "s")
F("W04", "<p>Pure linen that softens with every wash; machine wash at [[60 °C]].</p>",
  "accuracy.care", "block", "wash at 40 °C", "s")
F("W04", seo("Stonewashed Linen Duvet Cover | Lina Hem",
             "Pure linen in sand, sage, white or [[charcoal]], woven in Lithuania and sewn in Sweden."),
  "accuracy.colour", "block", "Sand, Salvia and Vit only", "seo")
F("W04", "<p>Woven in Lithuania from [[GOTS-certified]] linen and sewn in Borås.</p>",
  "accuracy.certification", "block", "the certification is OEKO-TEX Standard 100, not GOTS", "s")

# W05 hand-knotted rug (INR)
C("W05", "<p>A hand-knotted rug in indigo and ivory, made by weavers in Jaipur. The 12 mm pile is New Zealand "
         "wool, knotted at about 100 knots per square inch onto a cotton warp.</p><ul><li>160 x 230 cm (about "
         "5 ft 3 in x 7 ft 7 in)</li><li>Weight: 14 kg</li><li>Vacuum without the beater bar; professional "
         "cleaning only</li></ul>")
C("W05", "<p>Knotted by hand in Jaipur, India, this wool rug sits on a cotton foundation and measures 160 by "
         "230 cm. Lay it on a rug pad over hard floors, and leave deep cleaning to a professional.</p>")
C("W05", "<p>Indian-made, hand-knotted rug: New Zealand wool on cotton, 160 x 230 cm.</p>", "s")
C("W05", "<p>A 12 mm wool pile in indigo and ivory, hand-knotted in Jaipur.</p>", "s")
C("W05", seo("Hand-Knotted Wool Rug 160 x 230 cm, Indigo & Ivory",
             "New Zealand wool on a cotton warp, hand-knotted in Jaipur at about 100 knots per square inch. "
             "Vacuum without the beater bar."), "seo")
F("W05", "<p>A wool rug hand-knotted [[in Kashmir]], 160 x 230 cm.</p>",
  "accuracy.origin", "block", "made in Jaipur", "s")
F("W05", "<p>Knotted in Jaipur from [[Indian-grown wool]] on a cotton warp.</p>",
  "accuracy.origin", "block", "the wool is from New Zealand", "s")
F("W05", "<p>New Zealand wool pile [[with silk highlights]], hand-knotted in Jaipur.</p>",
  "accuracy.material", "block", "no silk in the listing", "s")
F("W05", "<p>A 12 mm wool pile knotted onto a [[jute]] warp, about 100 knots per square inch.</p>",
  "accuracy.material", "block", "the warp is cotton")
F("W05", seo("Hand-Knotted Wool Rug [[200 x 300 cm]] | Jharokha Weaves",
             "New Zealand wool on cotton, knotted by hand in Jaipur."),
  "accuracy.size", "block", "160 x 230 cm", "seo")
F("W05", "<p>A dense rug of [[150 knots]] per square inch, hand-knotted in Jaipur.</p>",
  "accuracy.number", "block", "about 100 knots per square inch", "s")
F("W05", "<p>An indigo and ivory rug, [[hand-tufted]] in Jaipur from New Zealand wool.</p>",
  "accuracy.feature", "block", "hand-knotted, not tufted", "s")

# W06 drop earrings (EUR, Portuguese keys)
C("W06", "<p>Sterling silver drop earrings, rhodium-plated and finished by hand in Porto. Choose a blue topaz "
         "(€59) or a freshwater pearl (€65); either way they hang 18 mm from simple hooks and come as a pair.</p>"
         "<p>Nickel-free. Take them off before a swim or a shower.</p>")
C("W06", "<p>Brincos em prata 925 com banho de ródio, acabados à mão no Porto. Com topázio azul ou pérola de "
         "água doce, 18 mm de comprimento e fecho de gancho. Sem níquel; vendidos aos pares.</p>")
C("W06", "<p>Portuguese-made silver drops with a blue topaz or a freshwater pearl, 18 mm long.</p>", "s")
C("W06", "<p>A pair of rhodium-finished sterling drops, nickel-free, hand-finished in Porto.</p>", "s")
C("W06", qa(("Are they nickel-free?", "Yes."),
            ("Can I wear them in the shower?", "Better not: take them off before swimming or showering.")), "faq")
F("W06", "<p>[[Gold-plated]] sterling silver drops with a blue topaz or a freshwater pearl.</p>",
  "accuracy.material", "block", "the plating is rhodium", "s")
F("W06", "<p>Sterling silver drops set with a [[sapphire]] or a freshwater pearl.</p>",
  "accuracy.material", "block", "the stones are blue topaz or freshwater pearl", "s")
F("W06", "<p>[[Designed in Lisbon]] and hand-finished in Porto, in rhodium-plated sterling silver.</p>",
  "accuracy.origin", "block", "the listing names Porto only")
F("W06", "<p>[[Italian-made]] silver drops with a rhodium finish.</p>",
  "accuracy.origin", "block", "feito em Porto, Portugal", "s")
F("W06", "<p>Sterling silver drops, 18 mm long, [[sold singly]] so you can mix stones.</p>",
  "accuracy.number", "block", "sold as a pair", "s")
F("W06", "<p>Rhodium-plated silver drops that hang [[25 mm]] from the hook.</p>",
  "accuracy.size", "block", "18 mm long", "s")
F("W06", "<p>The freshwater pearl pair is [[€59]], hand-finished in Porto.</p>",
  "accuracy.price", "block", "the pearl is €65; €59 is the blue topaz", "s")
F("W06", qa(("Will they irritate my ears?", "No: they are [[hypoallergenic and safe for all skin]].")),
  "compliance.health", "block", "the listing says nickel-free only, not hypoallergenic for all skin", "faq")

# W07 card game (CAD)
C("W07", "<p>Lamplighters is a quick trick-taking card game in which two to five players compete as rival "
         "lighthouse keepers. A game lasts 20 to 30 minutes, and the rules come in English and French.</p>"
         "<ul><li>110 linen-finish cards (310 gsm), a score pad and a rulebook</li><li>Ages 10 and up</li>"
         "<li>Designed in Montréal, printed in Germany</li></ul>")
C("W07", "<p>Rival lighthouse keepers, one deck of 110 cards and half an hour at most: Lamplighters is a "
         "trick-taker for ages 10+. It was designed in Montréal, Canada, and printed in Germany on 310 gsm card "
         "with a linen finish.</p>")
C("W07", "<p>A bilingual trick-taking game for 2–5 players aged 10+, about 20–30 minutes a game.</p>", "s")
C("W07", "<p>Canadian-designed, German-printed card game about lighthouse keepers, with 110 cards and a score "
         "pad.</p>", "s")
C("W07", seo("Lamplighters Trick-Taking Card Game, 2–5 Players",
             "A quick card game of rival lighthouse keepers for ages 10+. 110 linen-finish cards, a score pad and "
             "rules in English and French. C$29.99."), "seo")
F("W07", "<p>Lamplighters, a trick-taking game for 2–5 players, is [[made in Canada]].</p>",
  "accuracy.origin", "block", "designed in Canada but printed in Germany", "s")
F("W07", "<p>110 linen-finish cards, [[printed in Montréal]] on 310 gsm stock.</p>",
  "accuracy.origin", "block", "printed in Germany", "s")
F("W07", "<p>A trick-taking game of rival lighthouse keepers for [[2–6 players]].</p>",
  "accuracy.number", "block", "2–5 players", "s")
F("W07", "<p>Inside: [[120 cards]], a score pad and a rulebook in English and French.</p>",
  "accuracy.number", "block", "110 cards", "s")
F("W07", "<p>A quick trick-taker with rules in English, French [[and Spanish]].</p>",
  "accuracy.feature", "block", "rules in English and French only", "s")
F("W07", "<p>Lighthouse-keeper trick-taking, on [[waterproof plastic]] cards.</p>",
  "accuracy.material", "block", "310 gsm linen-finish card, not plastic", "s")
F("W07", seo("Lamplighters Card Game | Tallowmere Games",
             "[[The game every family in Montréal is playing]]: rival lighthouse keepers, 20–30 minutes."),
  "compliance.social_proof", "warn", "popularity the listing does not give", "seo")

# W08 muslin swaddles (NZD)
C("W08", "<p>Three double-layer muslin squares in GOTS-certified organic cotton, each 120 cm square (about "
         "47 in). Use them to swaddle, as a light cover or at feeds.</p><ul><li>Meadow: sage, oat and cloud</li>"
         "<li>Shore: sea blue, sand and cloud</li><li>Made in India</li><li>Machine wash warm, tumble dry low</li>"
         "</ul>")
C("W08", "<p>A pack of three large muslins in organic cotton, certified to GOTS. They are two layers thick, "
         "120 x 120 cm, and softer each time they go through the wash.</p>")
C("W08", "<p>Three organic cotton muslin swaddles, 120 x 120 cm, in Meadow or Shore colours.</p>", "s")
C("W08", "<p>Double-layer GOTS organic muslin squares, made in India; NZ$49 for three.</p>", "s")
C("W08", seo("Organic Muslin Swaddles, Pack of 3 | Little Fern",
             "Three GOTS-certified organic cotton muslin squares, 120 x 120 cm, for swaddling, covering and "
             "feeds. Machine wash warm."), "seo")
F("W08", "<p>Three double-layer swaddles in organic [[bamboo-cotton]] muslin.</p>",
  "accuracy.material", "block", "100% organic cotton muslin", "s")
F("W08", "<p>GOTS organic cotton muslins, [[made in New Zealand]].</p>",
  "accuracy.origin", "block", "made in India", "s")
F("W08", "<p>[[Sewn in Auckland]] from organic cotton muslin, three to a pack.</p>",
  "accuracy.origin", "block", "made in India; no Auckland sewing", "s")
F("W08", "<p>Organic cotton muslin that helps [[reduce the risk of SIDS]].</p>",
  "compliance.health", "block", "a medical safety claim the listing does not make", "s")
F("W08", "<p>A pack of [[four]] organic cotton muslin squares, 120 x 120 cm.</p>",
  "accuracy.number", "block", "a pack of three", "s")
F("W08", "<p>Three GOTS organic muslins, each [[100 x 100 cm]].</p>",
  "accuracy.size", "block", "120 x 120 cm", "s")
F("W08", "<p>Machine wash warm, [[line dry only: never tumble dry]].</p>",
  "accuracy.care", "block", "the listing allows tumble drying on low", "s")

# W09 saffron (AED)
C("W09", "<p>Two grams of Sargol saffron: only the red stigmas, picked by hand in Khorasan, Iran, and dried on "
         "the day they were picked. It grades ISO 3632 category I and comes from the 2026 harvest.</p><ul>"
         "<li>Packed in a tin; keep it out of the light</li><li>Best used within two years</li>"
         "<li>Vegan and halal</li></ul>")
C("W09", "<p>Iranian saffron from Khorasan, hand-picked and dried the same day. Sargol grade, category I under "
         "ISO 3632. The 2 g come in a tin; store it away from light.</p>")
C("W09", "<p>2 g of hand-picked Sargol saffron threads from the 2026 Khorasan harvest.</p>", "s")
C("W09", "<p>Category I saffron from Iran, red stigmas only, in a 2 g tin.</p>", "s")
C("W09", qa(("Where is it grown?", "In Khorasan, Iran."),
            ("How long does it keep?", "It is best used within two years; store the tin away from light.")), "faq")
F("W09", "<p>2 g of [[La Mancha]] saffron, Sargol grade, hand-picked.</p>",
  "accuracy.origin", "block", "from Khorasan, Iran", "s")
F("W09", "<p>Khorasan saffron, [[packed in Dubai]] in a 2 g tin.</p>",
  "accuracy.origin", "block", "the listing says nothing of packing in Dubai", "s")
F("W09", "<p>Red Sargol stigmas [[blended with safflower]], 2 g.</p>",
  "accuracy.material", "block", "red stigmas only; no safflower", "s")
F("W09", "<p>Sargol saffron from the [[2025]] harvest, dried on the day of picking.</p>",
  "accuracy.number", "block", "the 2026 harvest", "s")
F("W09", "<p>Hand-picked saffron graded [[ISO 3632 category II]].</p>",
  "accuracy.certification", "block", "category I", "s")
F("W09", seo("Sargol Saffron Threads 2 g | Zafaran Bazaar",
             "Hand-picked Khorasan saffron that [[lifts your mood]]. Sargol grade, 2 g."),
  "compliance.health", "block", "a health claim the listing does not make", "seo")

# W10 eau de parfum (EUR, Italian keys, made in Grasse)
C("W10", "<p>Iris Nocturne is an eau de parfum at 18% concentration, built on powdery iris. Bergamot and pink "
         "pepper open it; cedar and musk carry the base. It is made in Grasse, France, to a vegan formula that is "
         "not tested on animals.</p><ul><li>30 ml: €68</li><li>50 ml: €95</li><li>Contains alcohol; keep away "
         "from flames</li></ul>")
C("W10", "<p>Un eau de parfum all'iris, con note di testa di bergamotto e pepe rosa e un fondo di cedro e "
         "muschio. Prodotto a Grasse, in Francia; formula vegana, non testata sugli animali.</p>")
C("W10", "<p>A powdery iris eau de parfum from Grasse, in 30 ml or 50 ml.</p>", "s")
C("W10", "<p>Bergamot, pink pepper, iris, cedar and musk: a vegan, French-made eau de parfum.</p>", "s")
C("W10", qa(("Is it vegan?", "Yes, and it is not tested on animals."),
            ("What sizes are there?", "30 ml for €68 and 50 ml for €95.")), "faq")
F("W10", "<p>Iris Nocturne, an eau de parfum [[made in Florence]].</p>",
  "accuracy.origin", "block", "prodotto in Grasse, Francia", "s")
F("W10", "<p>A French-made eau de parfum built on [[Italian iris]].</p>",
  "accuracy.origin", "block", "the listing does not say where the iris comes from", "s")
F("W10", "<p>Powdery iris over cedar, musk and [[vanilla]].</p>",
  "accuracy.material", "block", "no vanilla among the notes", "s")
F("W10", "<p>A vegan, [[alcohol-free]] eau de parfum with iris at its heart.</p>",
  "accuracy.material", "block", "the listing says it contains alcohol", "s")
F("W10", "<p>An iris eau de parfum at [[25%]] concentration, made in Grasse.</p>",
  "accuracy.number", "block", "18% concentration", "s")
F("W10", "<p>Choose 30 ml or [[100 ml]] of this Grasse-made iris scent.</p>",
  "accuracy.size", "block", "30 ml or 50 ml", "s")
F("W10", "<p>Iris Nocturne, a light [[eau de toilette]] made in Grasse.</p>",
  "accuracy.category", "block", "an eau de parfum (18%), not an eau de toilette", "s")

# W11 walking umbrella (GBP)
C("W11", "<p>A full-length walking umbrella with a solid ash shaft, a chestnut crook handle and eight fibreglass "
         "ribs under a polyester pongee canopy. The frames are made in Italy and the umbrellas are assembled in "
         "London.</p><ul><li>Canopy: 105 cm across (about 41 in)</li><li>Closed: 88 cm</li><li>Weight: 620 g</li>"
         "<li>Wind-tested to 55 km/h (about 34 mph)</li></ul><p>Open it to dry; never store it wet and rolled "
         "up.</p>")
C("W11", "<p>Assembled in London on an Italian-made frame, this umbrella pairs an ash shaft with a crook handle "
         "of chestnut. Eight fibreglass ribs hold a 105 cm canopy, tested in winds of 55 km/h.</p>")
C("W11", "<p>Solid ash walking umbrella with a chestnut crook, in navy, bottle green or black.</p>", "s")
C("W11", "<p>An 8-rib fibreglass umbrella, assembled in London, weighing about 1.4 lb.</p>", "s")
C("W11", seo("Solid Ash Walking Umbrella | Rainmaker & Sons",
             "A chestnut-crook umbrella with an ash shaft and eight fibreglass ribs, wind-tested to 55 km/h. "
             "Assembled in London."), "seo")
F("W11", "<p>An ash-shafted walking umbrella, [[made in Italy]].</p>",
  "accuracy.origin", "block", "only the frame is made in Italy; it is assembled in London", "s")
F("W11", "<p>[[Handmade in London from frame to canopy]], with a solid ash shaft.</p>",
  "accuracy.origin", "block", "assembled in London on frames made in Italy")
F("W11", "<p>Eight [[steel]] ribs and a solid ash shaft hold up a pongee canopy.</p>",
  "accuracy.material", "block", "the ribs are fibreglass", "s")
F("W11", "<p>A full-length umbrella with a [[bamboo]] crook handle and an ash shaft.</p>",
  "accuracy.material", "block", "the crook is chestnut", "s")
F("W11", "<p>[[Ten]] fibreglass ribs and a 105 cm canopy, wind-tested to 55 km/h.</p>",
  "accuracy.number", "block", "eight ribs", "s")
F("W11", "<p>Solid ash and fibreglass, so you can [[fold it away wet]] after a walk.</p>",
  "accuracy.care", "block", "the listing says never to store it wet and furled", "s")

# W12 wooden train set (EUR, German)
C("W12", "<p>Ein Startset aus Buchenholz: Lok, zwei Waggons, eine Brücke und Schienen, 42 Teile insgesamt, "
         "lackiert mit Farben auf Wasserbasis und hergestellt im Erzgebirge. Es passt zu gängigen "
         "Holzeisenbahnen, die Strecke lässt sich also später erweitern.</p><p>Ab 3 Jahren (kleine Teile). Nur "
         "feucht abwischen.</p>")
C("W12", "<p>A 42-piece wooden railway starter set, made in Germany's Erzgebirge from beech and finished with "
         "water-based paints. It has an engine, two wagons, a bridge and track, and fits the common wooden "
         "railway systems.</p><p>For ages 3 and up; small parts. Wipe with a damp cloth rather than soaking "
         "it.</p>")
C("W12", "<p>Beechwood train starter set, 42 pieces, made in the Erzgebirge.</p>", "s")
C("W12", "<p>Holzeisenbahn-Startset mit Lok, Brücke und zwei Waggons, ab 3 Jahren.</p>", "s")
C("W12", qa(("Does it fit other wooden railways?", "Yes, it fits the common wooden railway systems."),
            ("Can it be washed?", "Wipe it with a damp cloth; do not put it in water.")), "faq")
F("W12", "<p>Ein Startset aus [[Ahornholz]], 42 Teile, ab 3 Jahren.</p>",
  "accuracy.material", "block", "Buchenholz (beech), nicht Ahorn", "s")
F("W12", "<p>Beech engine and wagons finished with [[natural beeswax]].</p>",
  "accuracy.material", "block", "finished with water-based paints", "s")
F("W12", "<p>Holzeisenbahn, [[hergestellt in Thüringen]], mit Lok und zwei Waggons.</p>",
  "accuracy.origin", "block", "hergestellt im Erzgebirge", "s")
F("W12", "<p>[[Crafted in the Black Forest]] from beech, with an engine, wagons and a bridge.</p>",
  "accuracy.origin", "block", "made in the Erzgebirge", "s")
F("W12", "<p>A [[56-piece]] beechwood railway with a bridge and two wagons.</p>",
  "accuracy.number", "block", "42 pieces", "s")
F("W12", "<p>Smooth beech pieces, [[safe for babies from 12 months]].</p>",
  "compliance.health", "block", "not for children under 3: small parts", "s")
F("W12", "<p>Fits common wooden railways [[and plastic brick tracks]].</p>",
  "accuracy.compatibility", "block", "the listing names common wooden railways only", "s")

# W13 wetsuit (AUD)
C("W13", "<p>The Southerly is a 4/3 mm chest-zip full suit for winter surfing, made for water between 12 and "
         "17 °C (about 54 to 63 °F). It is cut from limestone-based neoprene, with glued and blind-stitched "
         "seams.</p><ul><li>Sizes S, M, L and XL</li><li>Black</li><li>Now A$349, down from A$399</li></ul>"
         "<p>Rinse it in fresh water after every surf and dry it inside out in the shade; no tumble dryer.</p>")
C("W13", "<p>A black 4/3 mm winter wetsuit with a chest zip and glued, blind-stitched seams, made from "
         "limestone-based neoprene for water from 12 to 17 °C.</p>")
C("W13", "<p>4/3 mm chest-zip wetsuit in limestone neoprene, for 12–17 °C water.</p>", "s")
C("W13", "<p>A winter full suit with blind-stitched seams, now A$349.</p>", "s")
C("W13", qa(("What water temperature is it for?", "12 to 17 °C."),
            ("Can I put it in the dryer?", "No. Dry it inside out in the shade.")), "faq")
F("W13", "<p>A 4/3 mm chest-zip suit made from [[plant-based natural rubber]].</p>",
  "accuracy.material", "block", "limestone-based neoprene", "s")
F("W13", "<p>A [[5/4 mm]] chest-zip full suit for winter surfing.</p>",
  "accuracy.size", "block", "4/3 mm", "s")
F("W13", "<p>Limestone neoprene, blind-stitched seams and [[back-zip entry]].</p>",
  "accuracy.feature", "block", "chest-zip entry", "s")
F("W13", "<p>The Southerly comes in black or [[blue]], sizes S to XL.</p>",
  "accuracy.colour", "block", "black only", "s")
F("W13", "<p>A 4/3 mm winter suit, now [[A$299]].</p>",
  "accuracy.price", "block", "A$349 (was A$399)", "s")
F("W13", seo("Southerly 4/3 Chest-Zip Wetsuit | Kelp Line",
             "A winter full suit [[made in Torquay, Victoria]], for water from 12 to 17 °C."),
  "accuracy.origin", "block", "the listing gives no origin", "seo")
F("W13", "<p>A [[carbon-neutral]] 4/3 mm wetsuit in limestone-based neoprene.</p>",
  "compliance.environmental", "block", "no carbon claim in the listing", "s")

# W14 leather folio phone case (USD)
C("W14", "<p>A folio case for iPhone 16 and iPhone 16 Pro: full-grain leather over a polycarbonate shell, with a "
         "microfibre lining and two card slots. It works with Qi2 magnetic chargers and has been drop-tested "
         "from 1.8 m (about 6 ft).</p><ul><li>Tan or espresso</li><li>$39</li></ul>")
C("W14", "<p>Leather on the outside, a polycarbonate shell within and a microfibre lining. Keep two cards in it "
         "and charge on a Qi2 magnetic charger without taking the case off.</p>")
C("W14", "<p>Full-grain leather folio for iPhone 16 or 16 Pro, in tan or espresso.</p>", "s")
C("W14", "<p>A Qi2-ready leather folio case that holds two cards and is drop-tested from 1.8 m.</p>", "s")
C("W14", qa(("Which phones does it fit?", "iPhone 16 and iPhone 16 Pro."),
            ("Can I charge it wirelessly?", "Yes, with Qi2 magnetic chargers.")), "faq")
F("W14", "<p>A leather folio that fits iPhone 16, 16 Pro [[and 16 Pro Max]].</p>",
  "accuracy.compatibility", "block", "iPhone 16 and 16 Pro only", "s")
F("W14", "<p>A [[vegan leather]] folio over a polycarbonate shell.</p>",
  "accuracy.material", "block", "full-grain leather", "s")
F("W14", "<p>Full-grain leather over a [[silicone]] shell, lined with microfibre.</p>",
  "accuracy.material", "block", "the shell is polycarbonate", "s")
F("W14", "<p>[[Handmade in Florence]], this leather folio holds two cards.</p>",
  "accuracy.origin", "block", "the listing gives no origin", "s")
F("W14", "<p>A leather folio case, drop-tested from [[3 m]].</p>",
  "accuracy.number", "block", "drop-tested from 1.8 m", "s")
F("W14", seo("Leather Folio Case for iPhone 16 | Fold & Field",
             "[[The most protective folio you can buy]]: full-grain leather, two card slots, Qi2."),
  "compliance.absolute", "warn", "a superlative the listing does not support", "seo")

# W15 camera strap (KRW, Korean keys)
C("W15", "<p>A camera strap of cotton webbing with cowhide leather ends, made in Korea. It adjusts from 100 to "
         "140 cm, is 38 mm wide and holds up to 5 kg. Two split rings are included for cameras with strap "
         "lugs.</p><ul><li>Charcoal or olive</li><li>₩69,000</li></ul>")
C("W15", "<p>Korean-made and about 1.5 in wide, this webbing strap lengthens from roughly 39 to 55 in, so you can "
         "set it short or long.</p>")
C("W15", "<p>Cotton webbing camera strap with leather ends, 38 mm wide, in charcoal or olive.</p>", "s")
C("W15", "<p>카메라 스트랩: 면 웨빙과 소가죽 끝단, 대한민국 제조.</p>", "s")
C("W15", seo("Webbing Camera Strap, 100–140 cm | Strapwright",
             "Cotton webbing with cowhide leather ends, 38 mm wide and rated to 5 kg. Made in Korea; two split "
             "rings included."), "seo")
F("W15", "<p>A [[nylon]] webbing camera strap with cowhide ends.</p>",
  "accuracy.material", "block", "cotton webbing", "s")
F("W15", "<p>Cotton webbing with [[lambskin]] ends, 38 mm wide.</p>",
  "accuracy.material", "block", "cowhide leather ends", "s")
F("W15", "<p>A cotton webbing strap [[made in Japan]], in charcoal or olive.</p>",
  "accuracy.origin", "block", "made in Korea (대한민국)", "s")
F("W15", "<p>Cotton webbing [[woven in Japan]] and finished with cowhide ends.</p>",
  "accuracy.origin", "block", "the listing gives Korea as the origin; no Japanese weaving", "s")
F("W15", "<p>38 mm webbing rated to [[10 kg]], for cameras with strap lugs.</p>",
  "accuracy.number", "block", "maximum load 5 kg", "s")
F("W15", "<p>Adjusts from 100 to [[160 cm]], with two split rings.</p>",
  "accuracy.size", "block", "100–140 cm", "s")
F("W15", "<p>A webbing strap that [[clips onto any quick-release plate]].</p>",
  "accuracy.compatibility", "block", "for cameras with strap lugs, with split rings", "s")

# W16 football (ARS, Spanish)
C("W16", "<p>Pelota de entrenamiento talle 5 para césped natural o sintético. Tiene cubierta de poliuretano "
         "termosellada de 12 paneles y cámara de butilo, y pesa entre 410 y 450 g. Hecha en Sialkot, Pakistán, "
         "en blanco y celeste.</p><p>Inflala a 0,8 bar. No la uses sobre asfalto ni cemento.</p>")
C("W16", "<p>A size 5 training ball for natural and artificial grass, with a thermo-bonded polyurethane cover in "
         "12 panels and a butyl bladder. It weighs 410 to 450 g (about 14.5 to 16 oz) and is made in Sialkot, "
         "Pakistan.</p><p>Pump it to 0.8 bar (about 11.6 psi); keep it off asphalt and concrete.</p>")
C("W16", "<p>Size 5 thermo-bonded training ball in white and sky blue, for grass pitches.</p>", "s")
C("W16", "<p>Pelota N.º 5 de 12 paneles, hecha en Pakistán, para césped natural y sintético.</p>", "s")
C("W16", seo("Pelota de Fútbol Entrenamiento N.º 5 | Pampa Fútbol",
             "Cubierta de poliuretano termosellada, 12 paneles y cámara de butilo. Para césped natural y "
             "sintético; hecha en Sialkot."), "seo")
F("W16", "<p>Pelota talle 5 con cubierta de [[PVC]] y cámara de butilo.</p>",
  "accuracy.material", "block", "cubierta de poliuretano", "s")
F("W16", "<p>A thermo-bonded size 5 ball with a [[latex]] bladder.</p>",
  "accuracy.material", "block", "butyl bladder", "s")
F("W16", "<p>Pelota de entrenamiento N.º 5, [[hecha en Argentina]].</p>",
  "accuracy.origin", "block", "hecha en Sialkot, Pakistán", "s")
F("W16", "<p>Made in Sialkot and [[stitched by hand]], with a polyurethane cover.</p>",
  "accuracy.feature", "block", "the cover is thermo-bonded, not stitched", "s")
F("W16", "<p>Pelota de [[32 paneles]] para césped natural y sintético.</p>",
  "accuracy.number", "block", "12 paneles", "s")
F("W16", "<p>Sirve para césped, sintético [[y también asfalto]].</p>",
  "accuracy.feature", "block", "no apta para asfalto ni cemento", "s")
F("W16", "<p>Una [[pelota de futsal]] con cubierta de poliuretano, hecha en Sialkot.</p>",
  "accuracy.category", "block", "una pelota de fútbol talle 5 para césped, no de futsal", "s")

# W17 watercolour half pans (USD)
C("W17", "<p>A set of twelve watercolour half pans, mulled by hand with gum arabic and honey in a studio in "
         "Asheville, North Carolina. Every colour is rated ASTM I or II for lightfastness, and the aluminium tin "
         "can be refilled.</p><p>The honey means the paints are not vegan. Not a toy: for artists aged 14 and "
         "up.</p>")
C("W17", "<p>Handmade in Asheville, these 12 half pans use a binder of gum arabic with honey. All twelve colours "
         "carry an ASTM lightfastness rating of I or II, so finished paintings resist fading.</p>")
C("W17", "<p>Twelve hand-mulled watercolour half pans in a refillable aluminium tin.</p>", "s")
C("W17", "<p>North Carolina-made watercolours bound with gum arabic and honey, ASTM I–II.</p>", "s")
C("W17", seo("Handmade Watercolour Half Pan Set of 12 | Pigment & Pine",
             "Twelve half pans hand-mulled with gum arabic and honey in Asheville, NC. ASTM I or II "
             "lightfastness, refillable aluminium tin."), "seo")
F("W17", "<p>Twelve hand-mulled, [[vegan]] watercolour half pans.</p>",
  "accuracy.material", "block", "the binder contains honey; the listing says not vegan", "s")
F("W17", "<p>Half pans bound with gum arabic and [[glycerin]], made in Asheville.</p>",
  "accuracy.material", "block", "the binder is gum arabic and honey", "s")
F("W17", "<p>Mulled by hand in Asheville from [[Italian pigments]], twelve half pans.</p>",
  "accuracy.origin", "block", "the listing does not say where the pigments come from", "s")
F("W17", "<p>Handmade watercolours in a tin, [[non-toxic and safe for children]].</p>",
  "compliance.health", "block", "not a toy; for artists 14 and up", "s")
F("W17", "<p>Twelve half pans hand-mulled [[by Fernhollow Paints]] in North Carolina.</p>",
  "accuracy.brand", "block", "the maker is Pigment & Pine", "s")

# W18 font family (EUR, download)
C("W18", "<p>Kerbstone Sans is a sturdy grotesque in four styles (Regular, Italic, Bold and Bold Italic), with "
         "620 glyphs covering more than 200 languages written in Latin script.</p><ul><li>Formats: OTF and "
         "WOFF2</li><li>Desktop licence, 1–3 users: €45</li><li>Web licence, up to 10,000 monthly views: €60</li>"
         "</ul><p>You download it as a ZIP after payment; nothing is posted. The licence never expires, minor "
         "updates are free, and the files may not be passed on.</p>")
C("W18", "<p>Four styles, 620 glyphs and support for over 200 Latin-script languages, under a perpetual licence "
         "for desktop or web use.</p>")
C("W18", "<p>A four-style grotesque font family in OTF and WOFF2, delivered as a ZIP download.</p>", "s")
C("W18", "<p>Kerbstone Sans: 620 glyphs, 200+ Latin languages, from €45 for a desktop licence.</p>", "s")
C("W18", seo("Kerbstone Sans Font Family | Kernwerk Type",
             "A sturdy grotesque in four styles with 620 glyphs for over 200 Latin-script languages. OTF and "
             "WOFF2, perpetual licence."), "seo")
F("W18", "<p>Kerbstone Sans in four styles; [[ships on a USB stick within 3 days]].</p>",
  "compliance.shipping", "block", "a ZIP download; nothing is posted", "s")
F("W18", "<p>620 glyphs covering Latin, [[Cyrillic and Greek]].</p>",
  "accuracy.feature", "block", "Latin script only", "s")
F("W18", "<p>A perpetual licence, [[free to share with your team and your clients]].</p>",
  "accuracy.feature", "block", "the licence does not allow redistribution", "s")
F("W18", "<p>Kerbstone Sans comes in OTF, WOFF2 [[and TTF]].</p>",
  "accuracy.compatibility", "block", "OTF and WOFF2 only", "s")
F("W18", "<p>The web licence, for up to 10,000 monthly views, costs [[€45]].</p>",
  "accuracy.price", "block", "the web licence is €60; €45 is the desktop licence", "s")

# W19 3D printer (external product, USD)
C("W19", "<p>The K2 Core is a CoreXY 3D printer with a 256 x 256 x 256 mm build volume (about 10 in each way) and "
         "print speeds up to 500 mm/s. Its 0.4 mm nozzle is hardened steel, and it prints PLA, PETG and TPU.</p>"
         "<p>Sold and shipped by our partner store, Voxel Depot, which also handles warranty and returns.</p>")
C("W19", "<p>A fast CoreXY printer: up to 500 mm/s, a 256 mm cube of build space and a 0.4 mm hardened steel "
         "nozzle, for PLA, PETG and TPU.</p>")
C("W19", "<p>CoreXY 3D printer with a 256 mm cubed build volume and speeds up to 500 mm/s.</p>", "s")
C("W19", "<p>Prints PLA, PETG and TPU; sold and shipped by Voxel Depot.</p>", "s")
C("W19", qa(("Who handles warranty and returns?", "Our partner store, Voxel Depot, which sells and ships the "
                                                 "printer."),
            ("What can it print?", "PLA, PETG and TPU.")), "faq")
F("W19", "<p>The K2 Core CoreXY printer, covered by [[our own two-year warranty]].</p>",
  "accuracy.warranty", "block", "warranty is handled by the partner store; no term given", "s")
F("W19", "<p>Up to 500 mm/s, and it [[ships free from our warehouse]].</p>",
  "compliance.shipping", "block", "sold and shipped by the partner store", "s")
F("W19", "<p>The hardened steel nozzle prints PLA, PETG, TPU [[and nylon]].</p>",
  "accuracy.compatibility", "block", "PLA, PETG and TPU only", "s")
F("W19", "<p>A CoreXY printer that reaches [[600 mm/s]].</p>",
  "accuracy.number", "block", "up to 500 mm/s", "s")
F("W19", "<p>A 0.4 mm [[brass]] nozzle on a CoreXY frame.</p>",
  "accuracy.material", "block", "hardened steel nozzle", "s")
F("W19", "<p>The K2 Core, [[made by Voxel Depot]], prints at up to 500 mm/s.</p>",
  "accuracy.brand", "block", "Layerforge makes it; Voxel Depot is the partner store", "s")

# W20 photo and slide scanning service (EUR)
C("W20", "<p>Send us your prints and 35 mm slides by post; we scan them in our studio in Cork, Ireland, and "
         "return them by tracked post. Prints are scanned at 600 dpi and slides at 3000 dpi, colour correction "
         "included. You get a download link and a USB stick.</p><ul><li>Up to 100 items: €49</li><li>Up to 250 "
         "items: €99</li><li>Turnaround: 15 working days</li></ul><p>We cannot scan glass plates or negatives "
         "larger than 35 mm, and we do not repair tears or scratches.</p>")
C("W20", "<p>An Irish scanning service for prints and slides: 3000 dpi for slides, 600 dpi for prints, and your "
         "files as a download and on a USB stick within 15 working days.</p>")
C("W20", "<p>Prints and slides scanned in Cork, from €49 for up to 100 items.</p>", "s")
C("W20", "<p>Posted prints scanned at 600 dpi, colour-corrected and returned by tracked post.</p>", "s")
C("W20", qa(("Can you scan medium-format negatives?", "No. We scan negatives up to 35 mm only, and no glass "
                                                      "plates."),
            ("Do you fix torn photos?", "No, we do not repair tears or scratches; colour correction is "
                                        "included.")), "faq")
F("W20", "<p>Colour correction included, and [[we repair tears and scratches]] too.</p>",
  "accuracy.feature", "block", "tears and scratches are not repaired", "s")
F("W20", "<p>Prints, slides and [[medium-format negatives]] scanned in Cork.</p>",
  "accuracy.compatibility", "block", "no negatives larger than 35 mm", "s")
F("W20", "<p>Originals come back with [[free return postage worldwide]].</p>",
  "compliance.shipping", "block", "tracked return post; nothing about free or worldwide", "s")
F("W20", "<p>Scanned in our [[Dublin]] studio at 600 dpi for prints.</p>",
  "accuracy.origin", "block", "the studio is in Cork", "s")
F("W20", qa(("Is the work guaranteed?", "[[Every scan is guaranteed for life.]]")),
  "accuracy.warranty", "block", "no guarantee in the listing", "faq")

# W21 thin listing: title and price only
C("W21", "<p>A waffle hand towel, $12.</p>")
C("W21", "<p>The Waffle Hand Towel: a hand towel with a waffle weave.</p>")
C("W21", "<p>A waffle-textured hand towel.</p>", "s")
C("W21", "<p>Waffle hand towel for $12.</p>", "s")
C("W21", seo("Waffle Hand Towel", "A waffle hand towel for $12."), "seo")
F("W21", "<p>A [[100% cotton]] waffle hand towel.</p>",
  "accuracy.material", "block", "the listing gives no material", "s")
F("W21", "<p>A waffle hand towel, [[woven in Portugal]].</p>",
  "accuracy.origin", "block", "the listing gives no origin", "s")
F("W21", "<p>A waffle hand towel [[in white]].</p>",
  "accuracy.colour", "warn", "the listing gives no colour", "s")
F("W21", "<p>A waffle hand towel, [[50 x 90 cm]].</p>",
  "accuracy.size", "block", "the listing gives no size", "s")
F("W21", "<p>[[Our best-selling]] waffle hand towel.</p>",
  "compliance.social_proof", "warn", "sales claims the listing does not give", "s")

# W22 thin listing: title, vendor, one attribute, price (PEN)
C("W22", "<p>A baby alpaca scarf from Andes Loom.</p>")
C("W22", "<p>Andes Loom's Alpaca Scarf, in baby alpaca, S/ 289.</p>")
C("W22", "<p>Scarf in baby alpaca by Andes Loom.</p>", "s")
C("W22", "<p>A soft baby alpaca scarf.</p>", "s")
C("W22", qa(("What is it made of?", "Baby alpaca.")), "faq")
F("W22", "<p>A baby alpaca scarf, [[handwoven in Cusco]].</p>",
  "accuracy.origin", "block", "the listing gives no origin; the vendor's name is not one", "s")
F("W22", "<p>Baby alpaca [[blended with silk]], by Andes Loom.</p>",
  "accuracy.material", "block", "baby alpaca only", "s")
F("W22", "<p>A baby alpaca scarf in [[charcoal grey]].</p>",
  "accuracy.colour", "warn", "the listing gives no colour", "s")
F("W22", "<p>[[Sustainably sourced]] baby alpaca, by Andes Loom.</p>",
  "compliance.environmental", "warn", "a vague eco claim the listing does not make", "s")
F("W22", "<p>An alpaca scarf [[by Inca Threads]].</p>",
  "accuracy.brand", "block", "the vendor is Andes Loom", "s")

# W23 grouped skincare set (GBP, no product price)
C("W23", "<p>A three-step routine for dry and sensitive skin, built around colloidal oat and made in Cornwall, "
         "England.</p><ul><li>Oat Cream Cleanser, 150 ml: £18</li><li>Oat Barrier Serum, 30 ml: £26</li><li>Oat "
         "Night Cream, 50 ml: £24</li></ul><p>Each is sold on its own. All three are fragrance-free and vegan, "
         "and not tested on animals. Patch test before first use.</p>")
C("W23", "<p>Cleanse, then serum, then night cream: three Cornish-made colloidal oat products for dry, sensitive "
         "skin, £68 if you buy all three pieces.</p>")
C("W23", "<p>Fragrance-free colloidal oat cleanser, serum and night cream for dry, sensitive skin.</p>", "s")
C("W23", "<p>A vegan oat skincare routine from Cornwall, pieces from £18.</p>", "s")
C("W23", qa(("Is it suitable for sensitive skin?", "It is made for dry and sensitive skin; patch test before "
                                                   "first use."),
            ("Does it contain fragrance?", "No, every piece is fragrance-free.")), "faq")
F("W23", "<p>A colloidal oat routine that [[clears eczema]].</p>",
  "compliance.health", "block", "a medical claim the listing does not make", "s")
F("W23", "<p>Cleanser, serum and night cream: [[the whole set for £60]].</p>",
  "accuracy.price", "block", "a grouped product with no set price; the pieces are £18, £26 and £24", "s")
F("W23", "<p>Fragrance-free oat skincare, [[made in Devon]].</p>",
  "accuracy.origin", "block", "made in Cornwall", "s")
F("W23", "<p>Colloidal oat [[and shea butter]] in every step.</p>",
  "accuracy.material", "block", "the listing names colloidal oat only", "s")
F("W23", "<p>The Oat Barrier Serum comes in a [[50 ml]] bottle.</p>",
  "accuracy.number", "block", "the serum is 30 ml", "s")
F("W23", "<p>Vegan oat skincare in [[plastic-free packaging]].</p>",
  "compliance.environmental", "block", "no packaging claim in the listing", "s")

# W24 hot sauce (JMD)
C("W24", "<p>A fruity, fierce pepper sauce of Scotch bonnets, ripe mango and lime, made in small batches in "
         "St. Elizabeth, Jamaica. It rates 8 out of 10 for heat, with no added sugar and no preservatives.</p>"
         "<ul><li>Ingredients: Scotch bonnet peppers, cane vinegar, mango, lime, garlic, salt</li><li>150 ml "
         "(about 5 fl oz)</li></ul><p>Keep it in the fridge once opened and finish it within three months.</p>")
C("W24", "<p>Jamaican-made, small-batch Scotch bonnet sauce with mango, lime and garlic on a cane vinegar base. "
         "Heat: 8/10.</p>")
C("W24", "<p>Scotch bonnet and mango pepper sauce from St. Elizabeth, Jamaica; 150 ml.</p>", "s")
C("W24", "<p>Hot (8/10) mango pepper sauce with no added sugar or preservatives.</p>", "s")
C("W24", seo("Scotch Bonnet & Mango Pepper Sauce 150 ml",
             "Small-batch pepper sauce from St. Elizabeth, Jamaica: Scotch bonnets, mango and lime, heat 8/10, "
             "no added sugar."), "seo")
F("W24", "<p>A Scotch bonnet and mango sauce [[made in Trinidad]].</p>",
  "accuracy.origin", "block", "made in St. Elizabeth, Jamaica", "s")
F("W24", "<p>Made with [[Trinidad Scorpion]] peppers, mango and lime.</p>",
  "accuracy.material", "block", "Scotch bonnet peppers", "s")
F("W24", "<p>Scotch bonnets, mango and [[pineapple]] in a cane vinegar base.</p>",
  "accuracy.material", "block", "no pineapple among the ingredients", "s")
F("W24", "<p>No preservatives, and [[no need to refrigerate]] after opening.</p>",
  "accuracy.care", "block", "refrigerate after opening", "s")
F("W24", "<p>Scotch bonnet heat that [[boosts your immune system]].</p>",
  "compliance.health", "block", "a health claim the listing does not make", "s")
F("W24", seo("Scotch Bonnet & Mango Pepper Sauce | Pepperhill Kitchen",
             "[[Jamaica's favourite pepper sauce]], made in small batches in St. Elizabeth."),
  "compliance.social_proof", "warn", "popularity the listing does not give", "seo")

# W25 aquarium heater (USD)
C("W25", "<p>A fully submersible aquarium heater in a shatter-resistant quartz tube, adjustable from 18 to "
         "34 °C, for freshwater and marine tanks.</p><ul><li>50 W: tanks up to 60 L, $34.99</li><li>100 W: up to "
         "120 L, $39.99</li><li>200 W: up to 250 L, $49.99</li><li>1.8 m cable; 3-year warranty</li></ul><p>Unplug "
         "it and wait 30 minutes before lifting it out of the water.</p>")
C("W25", "<p>Set anywhere from about 64 to 93 °F, this quartz heater sits fully under water in fresh or salt "
         "water tanks. Pick 50, 100 or 200 W for tanks of up to 60, 120 or 250 litres.</p>")
C("W25", "<p>Submersible quartz aquarium heater, 18–34 °C, with a 3-year warranty.</p>", "s")
C("W25", "<p>A 50 to 200 W heater for freshwater or marine tanks up to 250 L.</p>", "s")
C("W25", qa(("How do I take it out of the tank?", "Unplug it, wait 30 minutes, then lift it out."),
            ("Which size do I need?", "50 W for up to 60 L, 100 W for up to 120 L, 200 W for up to 250 L.")),
  "faq")
F("W25", "<p>A submersible quartz heater with a [[5-year warranty]].</p>",
  "accuracy.warranty", "block", "3-year warranty", "s")
F("W25", "<p>A heater in a [[borosilicate glass]] tube, 18–34 °C.</p>",
  "accuracy.material", "block", "shatter-resistant quartz", "s")
F("W25", "<p>The 100 W heater suits tanks of up to [[200 L]].</p>",
  "accuracy.number", "block", "100 W is for tanks up to 120 L", "s")
F("W25", "<p>Unplug it and [[lift it out straight away]].</p>",
  "accuracy.care", "block", "wait 30 minutes after unplugging", "s")
F("W25", "<p>A quartz heater for [[freshwater tanks only]].</p>",
  "accuracy.compatibility", "block", "for freshwater and marine tanks", "s")

# W26 felted wool slippers (EUR, Finnish keys)
C("W26", "<p>Felted by hand from pure wool in a workshop in Jyväskylä, Finland, these slippers sit on a natural "
         "rubber sole. They are made for indoors only.</p><ul><li>Sizes 36–37 to 44–45</li><li>Grey or natural "
         "white</li><li>Hand wash</li></ul>")
C("W26", "<p>Finnish-made felt slippers in 100% wool, with soles of natural rubber. Wash them by hand.</p>")
C("W26", "<p>Hand-felted wool slippers from Jyväskylä, in grey or natural white.</p>", "s")
C("W26", "<p>Villatossut luonnonkumipohjalla, valmistettu Suomessa.</p>", "s")
C("W26", seo("Huopa Felted Wool Slippers | Villapuu",
             "Slippers hand-felted from pure wool in Jyväskylä, Finland, on a natural rubber sole. For indoor "
             "wear; hand wash."), "seo")
F("W26", "<p>Hand-felted wool slippers [[made in Estonia]].</p>",
  "accuracy.origin", "block", "valmistettu Suomessa (made in Finland)", "s")
F("W26", "<p>Felted from [[Finnish sheep's wool]] on a natural rubber sole.</p>",
  "accuracy.origin", "block", "the listing does not say where the wool comes from", "s")
F("W26", "<p>Wool felt slippers on a [[leather]] sole.</p>",
  "accuracy.material", "block", "natural rubber sole", "s")
F("W26", "<p>Slippers in hand-felted [[wool-acrylic]] felt.</p>",
  "accuracy.material", "block", "100 % wool", "s")
F("W26", "<p>A natural rubber sole that is [[ready for the garden path]].</p>",
  "accuracy.feature", "block", "for indoor use only", "s")

# W27 Muay Thai gloves (THB)
C("W27", "<p>Muay Thai training gloves made by hand in Bangkok from genuine cowhide leather, with triple-layer "
         "foam padding and a hook-and-loop closure.</p><ul><li>10, 12, 14 or 16 oz</li><li>Red or black</li>"
         "<li>฿2,890</li></ul><p>Let them air-dry after training; never put them in the washing machine.</p>")
C("W27", "<p>Thai-made cowhide gloves with three layers of foam and a hook-and-loop closure, in four weights "
         "from 10 to 16 oz.</p>")
C("W27", "<p>Handmade Bangkok training gloves in cowhide, 10–16 oz, red or black.</p>", "s")
C("W27", "<p>Cowhide Muay Thai gloves with triple-layer foam and a hook-and-loop closure.</p>", "s")
C("W27", seo("Muay Thai Training Gloves 10–16 oz | Chalerm Fightwear",
             "Handmade in Bangkok from genuine cowhide, with triple-layer foam and a hook-and-loop closure. Red "
             "or black."), "seo")
F("W27", "<p>Muay Thai gloves in [[synthetic leather]] with triple-layer foam.</p>",
  "accuracy.material", "block", "genuine cowhide leather", "s")
F("W27", "<p>Cowhide gloves packed with [[horsehair]] padding.</p>",
  "accuracy.material", "block", "triple-layer foam padding", "s")
F("W27", "<p>Training gloves [[made in Pakistan]] from cowhide.</p>",
  "accuracy.origin", "block", "made in Bangkok, Thailand", "s")
F("W27", "<p>Cowhide gloves [[stitched in Chiang Mai]].</p>",
  "accuracy.origin", "block", "made by hand in Bangkok", "s")
F("W27", "<p>Choose from [[8 oz]] up to 16 oz, in red or black.</p>",
  "accuracy.size", "block", "10, 12, 14 and 16 oz", "s")
F("W27", "<p>Cowhide and foam, and [[machine washable]] after training.</p>",
  "accuracy.care", "block", "do not put them in the washing machine", "s")
F("W27", "<p>[[The toughest gloves in any gym]], made by hand in Bangkok.</p>",
  "compliance.absolute", "warn", "a superlative the listing does not support", "s")

# W28 dressage saddle pad (EUR, Dutch)
C("W28", "<p>Een gewatteerd dressuurzadeldek met een katoenen buitenkant, een voering van bamboeviscose en 15 mm "
         "polyester vulling. Met singellussen. In marine of bordeaux, in pony- en full-maat.</p><p>Wassen op "
         "30 °C, niet in de droger. Gemaakt in Portugal.</p>")
C("W28", "<p>A quilted dressage saddle pad with a cotton outer, a bamboo viscose lining and 15 mm of polyester "
         "filling, made in Portugal. Girth loops hold it in place.</p><ul><li>Pony: €54.95</li><li>Full: "
         "€59.95</li></ul>")
C("W28", "<p>Portuguese-made dressage pad in navy or burgundy: cotton with a bamboo viscose lining.</p>", "s")
C("W28", "<p>Dressuurzadeldek met 15 mm vulling, pony of full, vanaf €54,95.</p>", "s")
C("W28", seo("Dressuur Zadeldek Classic | Hoefslag",
             "Quilted dressage saddle pad: cotton outer, bamboo viscose lining, 15 mm filling, girth loops. Made "
             "in Portugal; wash at 30 °C."), "seo")
F("W28", "<p>A dressage pad in [[bamboo viscose throughout]].</p>",
  "accuracy.material", "block", "bamboo viscose is the lining only; the outer is cotton", "s")
F("W28", "<p>Cotton outer, bamboo lining and a [[memory foam]] filling.</p>",
  "accuracy.material", "block", "15 mm polyester filling", "s")
F("W28", "<p>Dressuurzadeldek, [[gemaakt in Nederland]].</p>",
  "accuracy.origin", "block", "gemaakt in Portugal", "s")
F("W28", "<p>A quilted pad with [[20 mm]] of filling.</p>",
  "accuracy.size", "block", "15 mm filling", "s")
F("W28", "<p>Wash at 30 °C and [[tumble dry on low]].</p>",
  "accuracy.care", "block", "niet in de droger (no tumble drying)", "s")
F("W28", "<p>A quilted [[jumping saddle pad]] with girth loops.</p>",
  "accuracy.category", "block", "a dressage saddle pad", "s")

# W29 multimeter (CNY)
C("W29", "<p>A true RMS digital multimeter with a 6000-count display, rated CAT III 600 V. It measures voltage, "
         "current up to 10 A, resistance, capacitance and frequency, and tests continuity and diodes.</p><ul>"
         "<li>Two AA batteries included</li><li>Switches itself off after 15 minutes</li><li>2-year warranty</li>"
         "</ul><p>Not for circuits above 600 V.</p>")
C("W29", "<p>True RMS readings on a 6000-count display, current up to 10 A and a CAT III 600 V rating, with the "
         "two AA batteries already in the box.</p>")
C("W29", "<p>CAT III 600 V true RMS multimeter with 6000 counts and a 2-year warranty.</p>", "s")
C("W29", "<p>Measures volts, amps up to 10 A, ohms, capacitance and frequency; ¥399.</p>", "s")
C("W29", qa(("Are batteries included?", "Yes, two AA batteries."),
            ("Can I use it on 1000 V circuits?", "No. It is rated CAT III 600 V and is not for circuits above "
                                                 "600 V.")), "faq")
F("W29", "<p>A true RMS multimeter rated [[CAT IV 1000 V]].</p>",
  "accuracy.certification", "block", "rated CAT III 600 V", "s")
F("W29", "<p>Measures current up to [[20 A]] on a 6000-count display.</p>",
  "accuracy.number", "block", "up to 10 A", "s")
F("W29", "<p>A 6000-count true RMS meter; [[batteries sold separately]].</p>",
  "accuracy.feature", "block", "two AA batteries included", "s")
F("W29", "<p>CAT III 600 V, true RMS, with a [[3-year warranty]].</p>",
  "accuracy.warranty", "block", "2-year warranty", "s")
F("W29", "<p>A true RMS multimeter [[made in Shenzhen]].</p>",
  "accuracy.origin", "block", "the listing gives no origin", "s")

# W30 paccheri (EUR, Italian)
C("W30", "<p>Paccheri di Gragnano IGP, trafilati al bronzo ed essiccati lentamente per 48 ore. Solo semola di "
         "grano duro 100% italiano e acqua; 13 minuti di cottura.</p><p>Contiene glutine; può contenere tracce "
         "di soia e senape.</p>")
C("W30", "<p>Bronze-die paccheri from Gragnano, slow-dried for 48 hours and made only from Italian durum wheat "
         "semolina and water. Cook them for 13 minutes.</p><ul><li>500 g (about 1.1 lb)</li><li>Pasta di "
         "Gragnano IGP</li><li>Contains gluten; may contain traces of soy and mustard</li></ul>")
C("W30", "<p>500 g of bronze-cut Gragnano paccheri, dried slowly over two days.</p>", "s")
C("W30", "<p>Vegan paccheri made in Gragnano from Italian durum wheat; €4.50.</p>", "s")
C("W30", seo("Paccheri di Gragnano IGP 500 g | Pastificio Valle Rossa",
             "Bronze-die paccheri, slow-dried for 48 hours, from 100% Italian durum wheat semolina. Ready in 13 "
             "minutes."), "seo")
F("W30", "<p>Bronze-die paccheri [[made in Naples]].</p>",
  "accuracy.origin", "block", "prodotto a Gragnano", "s")
F("W30", "<p>Paccheri made in Gragnano from [[Canadian durum wheat]].</p>",
  "accuracy.origin", "block", "100% Italian durum wheat", "s")
F("W30", "<p>Paccheri [[all'uovo]], trafilati al bronzo.</p>",
  "accuracy.material", "block", "solo semola e acqua, senza uovo", "s")
F("W30", "<p>Slow-dried Gragnano paccheri, [[gluten-free]].</p>",
  "compliance.health", "block", "contiene glutine", "s")
F("W30", "<p>Paccheri essiccati per [[72 ore]].</p>",
  "accuracy.number", "block", "48 ore", "s")
F("W30", "<p>Pasta di Gragnano [[DOP]], bronze-die paccheri.</p>",
  "accuracy.certification", "block", "IGP, not DOP", "s")
F("W30", "<p>[[The best paccheri in Italy]], bronze-cut in Gragnano.</p>",
  "compliance.absolute", "warn", "a superlative the listing does not support", "s")


# Most planted claims above were written as one-sentence short descriptions. To spread them over the four kinds,
# each listing's short faulty drafts are recast in turn (pattern below): as a description with one more true
# sentence from the listing after it (TAIL), as an SEO pair under the listing's own title, or as a one-answer FAQ.
TAIL = {
    "W01": "<p>Net weight 100 g, from Hoshizora Tea.</p>",
    "W02": "<p>Wipe it with a damp cloth and condition it with leather balm now and then.</p>",
    "W03": "<p>The glazed inside holds water, so it takes fresh flowers.</p>",
    "W04": "<p>Available in 150 x 210 cm and 220 x 220 cm.</p>",
    "W05": "<p>Use a rug pad on hard floors.</p>",
    "W06": "<p>Take them off before swimming or showering.</p>",
    "W07": "<p>A game takes 20 to 30 minutes, for ages 10 and up.</p>",
    "W08": "<p>Use them for swaddling, as a light cover or at feeds.</p>",
    "W09": "<p>Store the tin away from light.</p>",
    "W10": "<p>Vegan, and not tested on animals.</p>",
    "W11": "<p>Available in navy, bottle green and black.</p>",
    "W12": "<p>Mit einem feuchten Tuch abwischen.</p>",
    "W13": "<p>Rinse it in fresh water after every surf.</p>",
    "W14": "<p>Available in tan and espresso.</p>",
    "W15": "<p>Two split rings are included.</p>",
    "W16": "<p>Inflar a 0,8 bar.</p>",
    "W17": "<p>The aluminium tin can be refilled.</p>",
    "W18": "<p>Minor updates are free.</p>",
    "W19": "<p>Build volume: 256 x 256 x 256 mm.</p>",
    "W20": "<p>Turnaround is 15 working days.</p>",
    "W21": "",
    "W22": "",
    "W23": "<p>Patch test before first use.</p>",
    "W24": "<p>Heat: 8/10. 150 ml.</p>",
    "W25": "<p>The cable is 1.8 m long.</p>",
    "W26": "<p>Hand wash only.</p>",
    "W27": "<p>Let them air-dry after training.</p>",
    "W28": "<p>With girth loops.</p>",
    "W29": "<p>It switches itself off after 15 minutes.</p>",
    "W30": "<p>Cottura: 13 minuti.</p>",
}
PATTERN = ("d", "s", "d", "seo", "d", "faq", "s", "d")
QUESTIONS = ("What should I know about it?", "What is it?", "Tell me about this product.")


def _recast():
    from make_listings import L
    seen = {}
    out = []
    for listing, kind, draft, rule, severity, why in FAULTY:
        if kind != "s":
            out.append((listing, kind, draft, rule, severity, why))
            continue
        n = seen.get(listing, 0)
        seen[listing] = n + 1
        target = PATTERN[n % len(PATTERN)]
        sentence = re.sub(r"</?p>", "", draft)
        if target == "d":
            draft = draft + TAIL[listing]
        elif target == "seo":
            draft = seo(L[listing]["title"], sentence)
        elif target == "faq":
            draft = qa((QUESTIONS[len(out) % len(QUESTIONS)], sentence))
        out.append((listing, target, draft, rule, severity, why))
    FAULTY[:] = out


_recast()


def build():
    clean, faulty = [], []
    for listing, kind, draft in CLEAN:
        text, mark = _strip_marks(_serialise(kind, draft))
        assert mark is None, f"clean draft with a mark: {text}"
        clean.append({"listing": listing, "kind": KINDS[kind], "text": text, "labels": []})
    for listing, kind, draft, rule, severity, why in FAULTY:
        text, mark = _strip_marks(_serialise(kind, draft))
        assert mark is not None, f"faulty draft without a mark: {text}"
        start, end, claim = mark
        assert text[start:end] == claim
        faulty.append({"listing": listing, "kind": KINDS[kind], "text": text,
                       "labels": [{"rule": rule, "start": start, "end": end, "claim": claim,
                                   "severity": severity, "why": why}]})
    return clean, faulty
