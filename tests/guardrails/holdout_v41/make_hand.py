"""Hand-written drafts for guardrails holdout v41: clean drafts and faulty drafts.

One table, H: per listing a true pad sentence, the clean drafts, and the faulty sentences with the
planted claim marked [[...]]. Faulty sentences are recast in turn as description, short description,
SEO, description, FAQ, short description, FAQ (six on R11-R30, seven on R01-R10). On R12-R17 the
short-description and SEO sentences are in the listing's language.
"""

import html
import json
from typing import Any

import make_listings

GENERAL_Q = "What should I know about it?"
ORDER = (
    "description",
    "short_description",
    "seo",
    "description",
    "faq",
    "short_description",
    "faq",
)
B, W = "block", "warn"

H: dict[str, dict[str, Any]] = {
    "R01": dict(
        pad="It weighs 310 g.",
        desc=[
            "Switchback's Ridgeline 8 carries 8 litres on the trail and is sewn in Taichung, "
            "Taiwan.",
            "Two 500 ml soft flasks sit up front, and the back sleeve takes a 1.5 litre bladder "
            "if you bring your own.",
        ],
        short="An 8-litre running vest of recycled polyester mesh, with two soft flasks and a "
        "whistle, in S/M or L/XL.",
        seo="8-litre trail running vest, sewn in Taiwan, with two 500 ml flasks. $85.",
        gen="It holds 8 litres, comes with two 500 ml soft flasks and a whistle, and weighs "
        "about 11 oz. The bladder is sold separately.",
        q=("How do I wash it?", "Hand wash it in cool water and hang it up to dry."),
        f=[
            (
                "The vest holds [[12 litres]] of kit.",
                "accuracy.number",
                B,
                "The listing gives a capacity of 8 litres.",
            ),
            (
                "A running vest with [[a 1.5 litre bladder included]].",
                "accuracy.feature",
                B,
                "The listing says the bladder is not included.",
            ),
            (
                "Trail running vest [[made in Vietnam]] from recycled mesh.",
                "accuracy.origin",
                B,
                "The vest is sewn in Taichung, Taiwan.",
            ),
            (
                "The vest is made of [[merino wool mesh]].",
                "accuracy.material",
                B,
                "The listing gives recycled polyester mesh.",
            ),
            (
                "It is [[machine washable at 40 °C]].",
                "accuracy.care",
                B,
                "The listing says hand wash in cool water.",
            ),
            (
                "Comes in sizes [[XS to XXL]].",
                "accuracy.size",
                B,
                "The listing offers S/M and L/XL only.",
            ),
            (
                "It is [[the lightest vest on the market]].",
                "compliance.absolute",
                W,
                "An unconfirmable superlative.",
            ),
        ],
    ),
    "R02": dict(
        pad="Three nose bridges come in the box.",
        desc=[
            "Laneline's Clearwater goggles have polycarbonate lenses with an anti-fog coating "
            "and UV protection.",
            "The silicone gaskets seal softly, and the split strap adjusts at the back of the "
            "head.",
        ],
        short="Anti-fog swim goggles with clear or smoke lenses, from $22.",
        seo="Clearwater swim goggles with anti-fog polycarbonate lenses and three nose bridges.",
        gen="They have UV-protected, anti-fog lenses, silicone seals, three nose bridges and a "
        "hard case. Clear is $22 and Smoke is $24.",
        q=(
            "How should I care for them?",
            "Rinse them in fresh water after swimming and let them dry out of the sun.",
        ),
        f=[
            (
                "The goggles [[take prescription lens inserts]].",
                "accuracy.compatibility",
                B,
                "The listing says nothing about prescription inserts.",
            ),
            (
                "Swim goggles in [[Clear, Smoke or Blue]].",
                "accuracy.colour",
                B,
                "The lenses come in Clear and Smoke only.",
            ),
            (
                "Swim goggles with [[tempered glass]] lenses.",
                "accuracy.material",
                B,
                "The lenses are polycarbonate.",
            ),
            ("Each pair [[weighs 80 g]].", "accuracy.number", B, "The listing gives 45 g."),
            (
                "They [[come with a pair of ear plugs]].",
                "accuracy.feature",
                B,
                "The box holds three nose bridges and a hard case; no ear plugs.",
            ),
            (
                "Goggles [[approved by FINA for racing]].",
                "accuracy.certification",
                B,
                "The listing names no approval.",
            ),
            (
                "[[Over 10,000 swimmers]] wear them every week.",
                "compliance.social_proof",
                W,
                "Unconfirmable social proof.",
            ),
        ],
    ),
    "R03": dict(
        pad="It comes with a cover.",
        desc=[
            "Courtside's Baseline 100 is a graphite racket with a 100 square inch head and a "
            "16x19 pattern.",
            "It weighs 300 g unstrung, about 10.6 oz, and is 27 inches long.",
        ],
        short="A 300 g graphite racket, 100 sq in head, grip sizes 2 to 4, $149.",
        seo="Graphite tennis racket, 100 sq in head, 16x19, sold unstrung with a cover.",
        gen="It is a 100 square inch graphite frame, 27 inches (about 69 cm) long, that "
        "balances at 32 cm. It ships unstrung.",
        q=(
            "Is it strung?",
            "No. It comes unstrung, so you can choose your own string and tension.",
        ),
        f=[
            ("The frame is [[aluminium]].", "accuracy.material", B, "The frame is graphite."),
            (
                "A tennis racket [[strung with polyester at 24 kg]].",
                "accuracy.feature",
                B,
                "The racket comes unstrung.",
            ),
            (
                "Tennis racket with a [[98 sq in]] head.",
                "accuracy.number",
                B,
                "The head is 100 sq in.",
            ),
            (
                "It [[suits juniors aged 8 to 10]].",
                "accuracy.compatibility",
                B,
                "A full 27 inch racket; the listing names no age range.",
            ),
            (
                "It comes in grip sizes [[1 to 5]].",
                "accuracy.size",
                B,
                "Grip sizes 2, 3 and 4 only.",
            ),
            (
                "Racket with [[an 18x20 pattern]].",
                "accuracy.number",
                B,
                "The string pattern is 16x19.",
            ),
            (
                "It [[prevents tennis elbow]].",
                "compliance.health",
                B,
                "An unsupported health claim.",
            ),
        ],
    ),
    "R04": dict(
        pad="One end is a hook for lifting frames.",
        desc=[
            "This 25 cm hive tool is made in Ontario, Canada, from hardened stainless steel.",
            "The flat end scrapes off propolis; the hooked end lifts frames out of the box.",
        ],
        short="A Canadian-made stainless steel hive tool, about 10 inches long, $16.",
        seo="Stainless steel hive tool, 25 cm, with scraper and frame-lifting hook, made in "
        "Canada.",
        gen="It is 25 cm long, weighs 170 g (about 6 oz) and is hardened stainless steel, so "
        "you can flame it or wash it between hives.",
        q=("How do I clean it between hives?", "Scrub off the propolis, then flame it or wash it."),
        f=[
            ("It is [[forged in Germany]].", "accuracy.origin", B, "Made in Ontario, Canada."),
            (
                "Hive tool with [[a beechwood grip]].",
                "accuracy.material",
                B,
                "The tool is all stainless steel; no wooden grip.",
            ),
            (
                "Hive tool [[with a built-in bottle opener]].",
                "accuracy.feature",
                B,
                "The ends are a scraper and a hook.",
            ),
            (
                "It [[fits every Langstroth and top-bar hive]].",
                "accuracy.compatibility",
                B,
                "The listing names no hive types.",
            ),
            (
                "It [[carries a lifetime guarantee]].",
                "accuracy.warranty",
                B,
                "The listing gives no guarantee.",
            ),
            ("A [[set of three]] hive tools.", "accuracy.number", B, "One hive tool."),
            (
                "It is [[made from 100% recycled steel]].",
                "compliance.environmental",
                B,
                "The listing says nothing about recycled steel.",
            ),
        ],
    ),
    "R05": dict(
        pad="A linen liner is included.",
        desc=[
            "This round banneton is woven by hand from rattan cane in Java, Indonesia.",
            "At 22 cm across and 8 cm deep, about 8.7 by 3 inches, it proves up to 1 kg of dough.",
        ],
        short="A 22 cm rattan proofing basket from Java, with a linen liner, $27.",
        seo="Round rattan banneton, 22 cm, handwoven in Indonesia, linen liner included.",
        gen="It is hand-woven rattan, 22 cm across, for loaves of up to 1 kg of dough, and "
        "comes with a linen liner.",
        q=("How do I clean it?", "Brush the flour out after use and let it dry. Do not use soap."),
        f=[
            ("It is woven from [[bamboo]].", "accuracy.material", B, "It is rattan cane."),
            ("An [[oval]] proofing basket.", "accuracy.feature", B, "The basket is round."),
            (
                "Rattan banneton, [[25 cm]], handwoven in Indonesia.",
                "accuracy.number",
                B,
                "It is 22 cm across.",
            ),
            ("It is [[dishwasher safe]].", "accuracy.care", B, "Brush out and dry; no soap."),
            ("It [[holds up to 2 kg of dough]].", "accuracy.number", B, "Up to 1 kg."),
            (
                "Proofing basket [[handwoven in Thailand]].",
                "accuracy.origin",
                B,
                "Woven in Java, Indonesia.",
            ),
            (
                "It [[comes in three sizes]]: 18, 22 and 26 cm.",
                "accuracy.size",
                B,
                "One size, 22 cm.",
            ),
        ],
    ),
    "R06": dict(
        pad="The handle is hornbeam with a brass ferrule.",
        desc=[
            "Kelham Tools forge this 19 mm bevel edge chisel in Sheffield, England.",
            "Its chrome vanadium blade is hardened to 60 HRC and ground at 25 degrees, ready "
            "to hone before first use.",
        ],
        short="A 19 mm (about 3/4 inch) Sheffield chisel with a hornbeam handle, £38.",
        seo="19 mm bevel edge chisel forged in Sheffield, chrome vanadium steel, hornbeam handle.",
        gen="The blade is chrome vanadium steel at 60 HRC, 19 mm wide, with a hornbeam handle. "
        "It needs honing before first use.",
        q=("How do I stop it rusting?", "Wipe a little oil on the blade after use."),
        f=[
            ("The handle is [[ash]].", "accuracy.material", B, "The handle is hornbeam."),
            (
                "A chisel [[sharpened and ready to use out of the box]].",
                "accuracy.feature",
                B,
                "It needs honing before first use.",
            ),
            ("Chisel hardened to [[64 HRC]].", "accuracy.number", B, "Hardened to 60 HRC."),
            (
                "It is [[made in Japan]] to a Sheffield pattern.",
                "accuracy.origin",
                B,
                "Forged in Sheffield, England.",
            ),
            ("It comes in widths [[from 6 to 32 mm]].", "accuracy.size", B, "One width, 19 mm."),
            ("Sheffield chisel, [[£29]].", "accuracy.price", B, "The price is £38."),
            (
                "[[Every joiner in Britain]] swears by it.",
                "compliance.social_proof",
                W,
                "Unconfirmable social proof.",
            ),
        ],
    ),
    "R07": dict(
        pad="A padded gig bag is included.",
        desc=[
            "Palm Lane's soprano ukulele has a laminated mahogany body and a walnut fingerboard.",
            "It has 12 frets on a 35 cm scale (about 13.8 inches), nylon strings and open "
            "gear tuners.",
        ],
        short="Soprano ukulele in Natural ($69) or Sunburst ($74), with a gig bag.",
        seo="Soprano ukulele, laminated mahogany, 12 frets, padded gig bag included.",
        gen="It is a soprano with a laminated mahogany body, walnut fingerboard, 12 frets and "
        "nylon strings, and it comes in a padded gig bag.",
        q=("Which finishes are there?", "Natural, at $69, and Sunburst, at $74."),
        f=[
            (
                "The top is [[solid spruce]].",
                "accuracy.material",
                B,
                "The body is laminated mahogany.",
            ),
            ("A [[concert]] ukulele with a gig bag.", "accuracy.size", B, "It is a soprano."),
            (
                "Soprano ukulele [[handmade in Hawaii]].",
                "accuracy.origin",
                B,
                "The listing gives no origin.",
            ),
            ("It has [[18 frets]].", "accuracy.number", B, "It has 12 frets."),
            (
                "It [[has a built-in tuner and pickup]].",
                "accuracy.feature",
                B,
                "The listing names no tuner or pickup.",
            ),
            (
                "Soprano ukulele in Natural, Sunburst or [[Ocean Blue]].",
                "accuracy.colour",
                B,
                "Natural and Sunburst only.",
            ),
            (
                "The Sunburst finish costs [[$69]].",
                "accuracy.price",
                B,
                "Sunburst is $74; $69 is the Natural price.",
            ),
        ],
    ),
    "R08": dict(
        pad="A pom-pom toy hangs from the top.",
        desc=[
            "Whiskerwood's post stands 80 cm tall, about 31 inches, wrapped in natural sisal rope.",
            "Its 40 x 40 cm plush base keeps it steady, and it goes together in about five "
            "minutes with the Allen key in the box.",
        ],
        short="An 80 cm sisal scratching post in Beige or Grey, $45.",
        seo="80 cm sisal cat scratching post with plush base and pom-pom toy.",
        gen="It is 80 cm tall with sisal rope on the post and a plush 40 x 40 cm base, weighs "
        "4.2 kg and comes with screws and an Allen key.",
        q=(
            "Is it hard to put together?",
            "No. Screws and an Allen key are in the box, and it takes about five minutes.",
        ),
        f=[
            (
                "The post is wrapped in [[jute]].",
                "accuracy.material",
                B,
                "The post is wrapped in sisal rope.",
            ),
            ("Scratching post, [[120 cm]] tall.", "accuracy.number", B, "It is 80 cm tall."),
            (
                "Scratching post with [[a sleeping hammock]].",
                "accuracy.feature",
                B,
                "The listing names a pom-pom toy only.",
            ),
            (
                "It is [[vet-recommended]] for anxious cats.",
                "accuracy.certification",
                B,
                "The listing names no endorsement.",
            ),
            (
                "It [[arrives fully assembled]].",
                "accuracy.feature",
                B,
                "It needs assembling with the screws and Allen key.",
            ),
            (
                "Scratching post in Beige, Grey or [[Black]].",
                "accuracy.colour",
                B,
                "Beige and Grey only.",
            ),
            (
                "It [[ships free within 24 hours]].",
                "compliance.shipping",
                B,
                "The listing gives no shipping terms.",
            ),
        ],
    ),
    "R09": dict(
        pad="A carry bag is included.",
        desc=[
            "The Traveller is an aluminium tripod with five leg sections and an arca-swiss "
            "ball head.",
            "It reaches 160 cm, folds to 42 cm and holds up to 8 kg of camera and lens.",
        ],
        short="Five-section travel tripod, 160 cm tall, 1.4 kg, with a monopod leg. $119.",
        seo="Aluminium travel tripod, 160 cm, holds 8 kg, doubles as a monopod.",
        gen="It extends to 160 cm (about 63 inches), folds to 42 cm, holds 8 kg and weighs "
        "about 3 lb.",
        q=("Can it be a monopod?", "Yes. One leg unscrews and works as a monopod."),
        f=[
            ("The legs are [[carbon fibre]].", "accuracy.material", B, "The tripod is aluminium."),
            ("Travel tripod that [[reaches 190 cm]].", "accuracy.number", B, "It reaches 160 cm."),
            (
                "Travel tripod, [[four-section]] legs, ball head.",
                "accuracy.number",
                B,
                "Five leg sections.",
            ),
            (
                "The head is [[a three-way pan-and-tilt head]].",
                "accuracy.feature",
                B,
                "It has a ball head.",
            ),
            (
                "It [[takes Manfrotto RC2 plates]].",
                "accuracy.compatibility",
                B,
                "The head is arca-swiss; no other plate system is named.",
            ),
            (
                "Tripod with [[a 10-year warranty]].",
                "accuracy.warranty",
                B,
                "The listing gives no warranty.",
            ),
            ("It [[is made by Gitzo]].", "accuracy.brand", B, "The vendor is Northlight Optics."),
        ],
    ),
    "R10": dict(
        pad="Two of them pair for stereo.",
        desc=[
            "Soundfold's Pebble Mini is a pocket Bluetooth 5.3 speaker rated IP67 against "
            "dust and water.",
            "It plays for up to twelve hours and recharges over USB-C in about three hours.",
        ],
        short="IP67 pocket speaker, 12 hours a charge, in Sand, Charcoal or Sage. $59.",
        seo="Pocket Bluetooth 5.3 speaker, IP67, up to 12 hours, USB-C charging.",
        gen="It has a 5 W driver, Bluetooth 5.3, an IP67 rating and up to 12 hours of play, and "
        "weighs 260 g, about 9 oz.",
        q=("Can I use two together?", "Yes. Two Pebble Minis pair for stereo."),
        f=[
            ("It plays for [[up to 24 hours]].", "accuracy.number", B, "Up to 12 hours."),
            (
                "Pocket speaker with [[a built-in microphone for calls]].",
                "accuracy.feature",
                B,
                "The listing names no microphone.",
            ),
            (
                "Pocket speaker, [[IPX4]] splash resistant.",
                "accuracy.feature",
                B,
                "It is rated IP67.",
            ),
            (
                "Its shell is [[made from ocean-bound plastic]].",
                "compliance.environmental",
                B,
                "The listing says nothing of recycled or ocean plastic.",
            ),
            (
                "It [[works with Alexa]].",
                "accuracy.compatibility",
                B,
                "The listing names no voice assistant.",
            ),
            ("Speaker [[made in Denmark]].", "accuracy.origin", B, "The listing gives no origin."),
            ("It costs [[$49]].", "accuracy.price", B, "The price is $59."),
        ],
    ),
    "R11": dict(
        pad="It measures 70 x 140 cm.",
        desc=[
            "This bath towel is woven in Lima, Peru, from 100% Pima cotton at 600 gsm.",
            "It comes in White, Stone or Terracotta.",
        ],
        short="Peruvian Pima cotton bath towel, 70 x 140 cm (about 28 x 55 inches), $34.",
        seo="Pima cotton bath towel, 600 gsm, woven in Peru. White, Stone or Terracotta.",
        gen="It is 100% Pima cotton at 600 gsm, 70 x 140 cm, woven in Lima.",
        q=(
            "How do I wash it?",
            "Machine wash at 40 °C and tumble dry low. Leave out fabric softener.",
        ),
        f=[
            ("It is [[Egyptian cotton]].", "accuracy.material", B, "It is Pima cotton."),
            ("Bath towel, [[800 gsm]].", "accuracy.number", B, "It is 600 gsm."),
            ("Pima cotton towel [[woven in Cusco]].", "accuracy.origin", B, "Woven in Lima, Peru."),
            (
                "It is [[OEKO-TEX certified]].",
                "accuracy.certification",
                B,
                "The listing names no certification.",
            ),
            (
                "It [[is the softest towel you will ever own]].",
                "compliance.absolute",
                W,
                "An unconfirmable superlative.",
            ),
            ("Bath towel, [[90 x 160 cm]].", "accuracy.number", B, "It measures 70 x 140 cm."),
        ],
    ),
    "R12": dict(
        pad="It comes in a 500 g glass jar.",
        desc=[
            "Méhes Kert's acacia honey comes from their own hives in Somogy county, Hungary.",
            "It is filtered but not heat-treated.",
        ],
        short="Hőkezeletlen somogyi akácméz, 500 g, 3490 Ft.",
        seo="Termelői akácméz Somogyból, hőkezeletlen, 500 g üvegben.",
        gen="It is unheated, filtered acacia honey from Somogy, 500 g (about 17.6 oz) in glass. "
        "Do not give it to babies under one year.",
        q=("How should I store it?", "At room temperature, out of the light."),
        f=[
            (
                "It is [[certified organic]].",
                "accuracy.certification",
                B,
                "The listing names no certification.",
            ),
            (
                "Akácméz [[Tokajból]], 500 g.",
                "accuracy.origin",
                B,
                "The honey is from Somogy county.",
            ),
            ("Akácméz [[1 kg-os]] üvegben.", "accuracy.number", B, "A 500 g jar."),
            (
                "It is [[safe for babies from six months]].",
                "compliance.health",
                B,
                "The listing says not for children under one year.",
            ),
            (
                "It [[has been heated to keep it runny]].",
                "accuracy.feature",
                B,
                "The listing says it is not heat-treated.",
            ),
            ("Akácméz, [[2990 Ft]].", "accuracy.price", B, "The price is 3490 Ft."),
        ],
    ),
    "R13": dict(
        pad="It holds 350 ml.",
        desc=[
            "This stoneware mug is stamped by hand in Bolesławiec, Poland, with a blue dot "
            "pattern.",
            "It can go in the dishwasher and the microwave.",
        ],
        short="Kubek z kamionki z Bolesławca, 350 ml, ręcznie stemplowany.",
        seo="Ręcznie stemplowany kubek z Bolesławca, 350 ml, w niebieskie kropki.",
        gen="It is hand-stamped stoneware from Bolesławiec, holds 350 ml (about 12 fl oz) and "
        "is dishwasher and microwave safe. It costs 89 zł.",
        q=("Can it go in the microwave?", "Yes, and in the dishwasher too."),
        f=[
            ("It is made of [[fine bone china]].", "accuracy.material", B, "It is stoneware."),
            ("Kubek [[450 ml]] z Bolesławca.", "accuracy.number", B, "It holds 350 ml."),
            (
                "Kubek w [[zielone paski]] z Bolesławca.",
                "accuracy.colour",
                B,
                "The pattern is blue dots.",
            ),
            ("It is [[made in Kraków]].", "accuracy.origin", B, "Stamped by hand in Bolesławiec."),
            (
                "It is [[oven safe up to 250 °C]].",
                "accuracy.care",
                B,
                "The listing names the dishwasher and microwave only.",
            ),
            ("Kubek z Bolesławca, [[zestaw 4 sztuk]].", "accuracy.number", B, "One mug."),
        ],
    ),
    "R14": dict(
        pad="It measures 140 x 220 cm.",
        desc=[
            "This tablecloth is woven in Panevėžys, Lithuania, from 100% linen.",
            "It comes in natural linen or white.",
        ],
        short="Lininė staltiesė iš Panevėžio, 140 x 220 cm, 49 €.",
        seo="100 % lino staltiesė, austa Panevėžyje, natūrali arba balta.",
        gen="It is 100% linen, 140 x 220 cm (about 55 x 87 inches), woven in Panevėžys. Wash "
        "it at 40 °C and iron it while damp.",
        q=("How do I iron it?", "Iron it while it is still damp."),
        f=[
            ("It is [[a linen and cotton blend]].", "accuracy.material", B, "It is 100% linen."),
            ("Staltiesė, [[austa Vilniuje]].", "accuracy.origin", B, "Woven in Panevėžys."),
            (
                "Lininė staltiesė [[160 x 300 cm]].",
                "accuracy.number",
                B,
                "It measures 140 x 220 cm.",
            ),
            (
                "It comes in [[three sizes]] for round and long tables.",
                "accuracy.size",
                B,
                "One size, 140 x 220 cm.",
            ),
            ("Wash it [[at 90 °C]] to keep it bright.", "accuracy.care", B, "Wash at 40 °C."),
            ("Staltiesė [[žalios]] spalvos.", "accuracy.colour", B, "Natural or white only."),
        ],
    ),
    "R15": dict(
        pad="It is 12 cm across.",
        desc=[
            "This coaster is Idrija bobbin lace, made by hand in Idrija, Slovenia.",
            "It is white cotton thread, about 4.7 inches across.",
        ],
        short="Ročno klekljan podstavek iz Idrije, 12 cm, 24 €.",
        seo="Podstavek iz idrijske čipke, bela bombažna nit, premer 12 cm.",
        gen="It is white cotton bobbin lace made by hand in Idrija, 12 cm across. Hand wash it "
        "in lukewarm water and dry it flat.",
        q=("How do I wash it?", "By hand in lukewarm water; dry it flat."),
        f=[
            ("It is worked in [[linen thread]].", "accuracy.material", B, "It is cotton thread."),
            (
                "Čipka, [[strojno izdelana]].",
                "accuracy.feature",
                B,
                "It is made by hand, not by machine.",
            ),
            ("Podstavek iz čipke [[iz Ljubljane]].", "accuracy.origin", B, "Made in Idrija."),
            ("It is [[a set of six]] coasters.", "accuracy.number", B, "One coaster."),
            ("It is [[a lace bookmark]].", "accuracy.category", B, "It is a coaster."),
            ("Podstavek, [[18 €]].", "accuracy.price", B, "The price is 24 €."),
        ],
    ),
    "R16": dict(
        pad="It is 20 cm tall.",
        desc=[
            "Klint Keramik throw this stoneware vase in their workshop on Bornholm, Denmark.",
            "It is glazed inside, so it holds water, and each one is unique.",
        ],
        short="Drejet stentøjsvase fra Bornholm, 20 cm, i havblå eller askegrå.",
        seo="Håndlavet vase fra Bornholm i stentøj, 20 cm, 450 kr.",
        gen="It is wheel-thrown stoneware, 20 cm (about 8 inches) tall, glazed inside so it "
        "holds water. Sea blue or ash grey.",
        q=("Does it hold water?", "Yes. It is glazed on the inside."),
        f=[
            ("It is [[porcelain]].", "accuracy.material", B, "It is stoneware."),
            ("Vase [[fra Aarhus]], 20 cm.", "accuracy.origin", B, "Made on Bornholm."),
            ("Stentøjsvase, [[30 cm]] høj.", "accuracy.number", B, "It is 20 cm tall."),
            (
                "It is [[cast in a mould]] so each one is identical.",
                "accuracy.feature",
                B,
                "It is thrown, and each one is unique.",
            ),
            ("It is [[dishwasher safe]].", "accuracy.care", B, "The listing gives no care terms."),
            (
                "Vase i havblå, askegrå eller [[sort]].",
                "accuracy.colour",
                B,
                "Two glazes only: Havblå and Askegrå.",
            ),
        ],
    ),
    "R17": dict(
        pad="It comes in a 500 ml dark glass bottle.",
        desc=[
            "Uljara Brajde press this extra virgin olive oil cold from their own groves in "
            "Istria, Croatia.",
            "It is a blend of istarska bjelica and leccino from the 2026 harvest.",
        ],
        short="Hladno prešano istarsko maslinovo ulje, berba 2026, 500 ml.",
        seo="Ekstra djevičansko maslinovo ulje iz Istre, bjelica i leccino, 18 €.",
        gen="It is cold-pressed extra virgin olive oil from Istria, 2026 harvest, 500 ml (about "
        "17 fl oz). Keep it somewhere dark and cool.",
        q=("Which olives are in it?", "Istarska bjelica and leccino."),
        f=[
            (
                "It is [[100% leccino]].",
                "accuracy.material",
                B,
                "A blend of istarska bjelica and leccino.",
            ),
            ("Maslinovo ulje [[s Korčule]].", "accuracy.origin", B, "The oil is from Istria."),
            ("Maslinovo ulje, [[berba 2025]].", "accuracy.number", B, "The harvest is 2026."),
            (
                "It [[lowers blood pressure]].",
                "compliance.health",
                B,
                "An unsupported health claim.",
            ),
            (
                "It is [[certified organic]].",
                "accuracy.certification",
                B,
                "The listing names no certification.",
            ),
            ("Maslinovo ulje, [[1 l]].", "accuracy.number", B, "A 500 ml bottle."),
        ],
    ),
    "R18": dict(
        pad="Refrigerate it after opening.",
        desc=[
            "Sucrerie Morin make this pure maple syrup on their family sugar bush in Beauce, "
            "Quebec.",
            "It is Grade A Amber with a rich taste, with nothing added.",
        ],
        short="Pure Quebec maple syrup, Grade A Amber, 500 ml glass bottle, C$19.",
        seo="Pure maple syrup from Beauce, Quebec, Grade A Amber, 500 ml.",
        gen="It is 100% maple syrup, Grade A Amber with a rich taste, in a 500 ml (about 17 fl "
        "oz) glass bottle, from Beauce, Quebec.",
        q=("Does it need to go in the fridge?", "Once it is open, yes."),
        f=[
            (
                "It is [[Grade A Dark]] with a robust taste.",
                "accuracy.feature",
                B,
                "It is Grade A Amber.",
            ),
            (
                "Maple syrup from [[Vermont]], 500 ml.",
                "accuracy.origin",
                B,
                "Made in Beauce, Quebec, Canada.",
            ),
            ("Pure maple syrup in a [[1 litre]] bottle.", "accuracy.number", B, "A 500 ml bottle."),
            (
                "It is [[sweetened with a little cane sugar]].",
                "accuracy.material",
                B,
                "Nothing is added; 100% maple syrup.",
            ),
            ("It costs [[C$15]].", "accuracy.price", B, "The price is C$19."),
            (
                "Maple syrup, [[certified organic]].",
                "accuracy.certification",
                B,
                "The listing names no certification.",
            ),
        ],
    ),
    "R19": dict(
        pad="The cable is 15 cm long.",
        desc=[
            "Portwise's 7-in-1 hub puts HDMI at 4K and 60 Hz, two USB-A 3.0 ports, SD and "
            "microSD readers and Gigabit Ethernet on one USB-C plug.",
            "Power delivery passes through up to 100 W.",
        ],
        short="7-in-1 USB-C hub in Space Grey aluminium, 100 W pass-through, $49.",
        seo="7-in-1 USB-C hub: HDMI 4K 60 Hz, Ethernet, SD, 100 W PD.",
        gen="It has seven connections: HDMI up to 4K at 60 Hz, two USB-A 3.0, USB-C power "
        "pass-through to 100 W, SD, microSD and Gigabit Ethernet.",
        q=("What is the housing made of?", "Aluminium, in Space Grey."),
        f=[
            ("It drives [[two 4K monitors]].", "accuracy.number", B, "One HDMI port."),
            ("USB-C hub with [[three USB-A ports]].", "accuracy.number", B, "Two USB-A ports."),
            (
                "USB-C hub with [[2.5 Gigabit Ethernet]].",
                "accuracy.feature",
                B,
                "Gigabit Ethernet.",
            ),
            (
                "It is [[certified by Apple]] for MacBooks.",
                "accuracy.certification",
                B,
                "The listing names no certification.",
            ),
            (
                "It [[works with the Nintendo Switch in dock mode]].",
                "accuracy.compatibility",
                B,
                "The listing names no device compatibility.",
            ),
            ("USB-C hub in [[Silver or Space Grey]].", "accuracy.colour", B, "Space Grey only."),
        ],
    ),
    "R20": dict(
        pad="It has a two-way zip.",
        desc=[
            "This 2.5 TOG sleeping bag is made in Sri Lanka from GOTS-certified organic cotton.",
            "It suits nurseries at 16-20 °C.",
        ],
        short="2.5 TOG organic cotton baby sleeping bag, 0-6 months ($42) or 6-18 months ($46).",
        seo="Baby sleeping bag, 2.5 TOG, GOTS organic cotton, made in Sri Lanka.",
        gen="It is 2.5 TOG, sleeveless, 100% organic cotton with GOTS certification, for rooms "
        "at 16 to 20 °C.",
        q=("Can it go in the washing machine?", "Yes, at 40 °C."),
        f=[
            ("It is [[3.5 TOG]] for cold rooms.", "accuracy.number", B, "It is 2.5 TOG."),
            (
                "Sleeping bag with [[detachable sleeves]].",
                "accuracy.feature",
                B,
                "It has no sleeves.",
            ),
            (
                "Baby sleeping bag, sizes [[0-36 months]].",
                "accuracy.size",
                B,
                "0-6 and 6-18 months only.",
            ),
            ("It [[prevents SIDS]].", "compliance.health", B, "An unsupported health claim."),
            ("It is [[bamboo viscose]].", "accuracy.material", B, "It is 100% organic cotton."),
            ("Sleeping bag made in [[India]].", "accuracy.origin", B, "Made in Sri Lanka."),
        ],
    ),
    "R21": dict(
        pad="It measures 70 x 180 cm.",
        desc=[
            "This cotton mulmul scarf is block-printed by hand in Jaipur, India, with natural "
            "indigo.",
            "Wash it by hand in cold water on its own at first, as the indigo may bleed.",
        ],
        short="Hand block-printed indigo cotton scarf from Jaipur, ₹1,450.",
        seo="Indigo block-printed cotton mulmul scarf, 70 x 180 cm, made in Jaipur.",
        gen="It is cotton mulmul printed by hand with natural indigo in Jaipur, about 28 x 71 "
        "inches.",
        q=(
            "Will the colour run?",
            "The indigo may bleed in the first few washes, so wash it separately in cold water.",
        ),
        f=[
            ("It is [[pure silk]].", "accuracy.material", B, "It is cotton mulmul."),
            (
                "Scarf [[printed by machine]].",
                "accuracy.feature",
                B,
                "It is block-printed by hand.",
            ),
            ("Block-printed scarf [[from Bagru]].", "accuracy.origin", B, "Printed in Jaipur."),
            (
                "The indigo [[is colourfast]] from the first wash.",
                "accuracy.feature",
                B,
                "The listing says the indigo may bleed.",
            ),
            ("It costs [[₹1,200]].", "accuracy.price", B, "The price is ₹1,450."),
            ("Block-printed scarf, [[madder red]].", "accuracy.colour", B, "The scarf is indigo."),
        ],
    ),
    "R22": dict(
        pad="It is sold unstuffed.",
        desc=[
            "Riad Atlas make this pouf cover by hand in Marrakesh, Morocco, from goat leather.",
            "Filled with old textiles or foam, it stands 30 cm high and 50 cm across.",
        ],
        short="Handmade Moroccan goat leather pouf in Tan or Black, sold unstuffed, $129.",
        seo="Goat leather pouf handmade in Marrakesh, 50 x 30 cm, unstuffed.",
        gen="It is a hand-stitched goat leather pouf cover from Marrakesh, about 20 inches "
        "across and 12 inches high when filled. Filling is not included.",
        q=("How do I clean it?", "Wipe it with a dry cloth."),
        f=[
            ("It is [[cowhide]].", "accuracy.material", B, "It is goat leather."),
            (
                "Leather pouf, [[filled and ready to use]].",
                "accuracy.feature",
                B,
                "It is sold unstuffed.",
            ),
            ("Leather pouf [[made in Fez]].", "accuracy.origin", B, "Made in Marrakesh."),
            (
                "It [[can be cleaned with soap and water]].",
                "accuracy.care",
                B,
                "Wipe with a dry cloth.",
            ),
            ("It is [[60 cm across]].", "accuracy.number", B, "It is 50 cm across."),
            (
                "Leather pouf, [[fully eco-friendly]].",
                "compliance.environmental",
                B,
                "The listing makes no environmental claim.",
            ),
        ],
    ),
    "R23": dict(
        pad="The finish is hammered.",
        desc=[
            "This 2 mm stacking ring is made by hand in Taxco, Mexico, from 925 sterling silver.",
            "It comes in sizes 5 to 9.",
        ],
        short="Hammered sterling silver stacking ring from Taxco, sizes 5-9, $35.",
        seo="925 sterling silver stacking ring, 2 mm, handmade in Mexico.",
        gen="It is a 2 mm band of 925 sterling silver with a hammered finish, made in Taxco. "
        "Polish it with a soft cloth when it tarnishes.",
        q=("Will it tarnish?", "Silver does tarnish; a soft cloth brings it back."),
        f=[
            ("It is [[solid 14k gold]].", "accuracy.material", B, "It is 925 sterling silver."),
            ("Silver ring, [[4 mm]] band.", "accuracy.number", B, "The band is 2 mm."),
            ("Silver stacking ring, sizes [[3 to 12]].", "accuracy.size", B, "Sizes 5 to 9 only."),
            (
                "It [[never tarnishes]].",
                "accuracy.feature",
                B,
                "The listing says silver tarnishes.",
            ),
            (
                "It is [[approved by dermatologists]].",
                "accuracy.certification",
                B,
                "The listing names no approval.",
            ),
            ("Sterling ring [[from Guadalajara]].", "accuracy.origin", B, "Made in Taxco."),
        ],
    ),
    "R24": dict(
        pad="The bar weighs 80 g.",
        desc=[
            "Cacao Mitad make this 70% bar from bean to bar in Quito, Ecuador, with Nacional "
            "cacao.",
            "It has two ingredients: cacao beans and cane sugar.",
        ],
        short="70% dark chocolate from Quito, Ecuador, 80 g, $9.",
        seo="70% dark chocolate bar, bean to bar in Ecuador, Nacional cacao, 80 g.",
        gen="It is 70% dark chocolate of cacao beans and cane sugar, 80 g (about 2.8 oz). It "
        "may contain traces of milk and nuts.",
        q=("How should I store it?", "Below 20 °C."),
        f=[
            ("It is [[85%]] dark chocolate.", "accuracy.number", B, "It is 70%."),
            (
                "Dark chocolate [[with no added sugar]].",
                "accuracy.feature",
                B,
                "It contains cane sugar.",
            ),
            (
                "Dark chocolate made from [[Criollo]] cacao.",
                "accuracy.category",
                B,
                "The cacao is Nacional.",
            ),
            (
                "It is [[safe for anyone with a nut allergy]].",
                "compliance.health",
                B,
                "The listing warns of traces of nuts.",
            ),
            (
                "It is [[made in Belgium]] from Ecuadorian beans.",
                "accuracy.origin",
                B,
                "Made in Quito, Ecuador.",
            ),
            ("Dark chocolate, [[pack of three bars]].", "accuracy.number", B, "One 80 g bar."),
        ],
    ),
    "R25": dict(
        pad="Colours vary from basket to basket.",
        desc=[
            "This kiondo is handwoven from sisal in Machakos, Kenya, and finished with "
            "leather handles.",
            "It is about 30 cm across and 28 cm high.",
        ],
        short="Handwoven sisal kiondo basket from Kenya with leather handles, $48.",
        seo="Sisal kiondo basket handwoven in Machakos, Kenya, leather handles.",
        gen="It is sisal, handwoven in Machakos, about 12 inches across, with leather handles. "
        "Dip it in water and let it dry to reshape it.",
        q=("What if it loses its shape?", "Dip it in water, shape it, and leave it to dry."),
        f=[
            ("It is woven from [[palm leaf]].", "accuracy.material", B, "It is sisal."),
            (
                "Kiondo basket [[with a zipped lining]].",
                "accuracy.feature",
                B,
                "The listing names no lining.",
            ),
            (
                "Sisal basket handwoven [[in Tanzania]].",
                "accuracy.origin",
                B,
                "Woven in Machakos, Kenya.",
            ),
            (
                "It is [[waterproof]], so it works as a beach bag in the rain.",
                "accuracy.feature",
                B,
                "The listing makes no such claim; sisal takes up water.",
            ),
            (
                "[[Thousands of happy customers]] carry one.",
                "compliance.social_proof",
                W,
                "Unconfirmable social proof.",
            ),
            ("Kiondo basket, [[$38]].", "accuracy.price", B, "The price is $48."),
        ],
    ),
    "R26": dict(
        pad="Parts are charged extra.",
        desc=[
            "Spokes on Call send a mechanic to homes within 10 km of Christchurch Central to "
            "service bikes on the spot.",
            "The standard service, NZ$95, adjusts gears and brakes, cleans the drivetrain and "
            "checks tyres in about an hour.",
        ],
        short="Bike servicing at your home in Christchurch: Standard NZ$95, Full NZ$160.",
        seo="Mobile bike service in Christchurch, standard NZ$95 or full NZ$160, at your home.",
        gen="A mechanic comes to you within 10 km of Christchurch Central. The full service, "
        "NZ$160, adds wheel truing and a bearing check and takes about two hours. Parts "
        "cost extra.",
        q=("How far ahead should I book?", "At least two days ahead."),
        f=[
            (
                "We cover [[anywhere within 30 km]] of the city.",
                "accuracy.number",
                B,
                "The area is within 10 km of Christchurch Central.",
            ),
            (
                "Home bike service, [[parts included]].",
                "accuracy.feature",
                B,
                "Parts are charged extra.",
            ),
            (
                "Mobile bike service with [[same-day bookings]].",
                "compliance.shipping",
                B,
                "Book at least two days ahead.",
            ),
            (
                "We also [[repair e-bike motors]].",
                "accuracy.feature",
                B,
                "The listing says e-bike motors are not serviced.",
            ),
            (
                "The full service costs [[NZ$120]].",
                "accuracy.price",
                B,
                "The full service is NZ$160.",
            ),
            (
                "Bike service with a [[12-month guarantee on all work]].",
                "accuracy.warranty",
                B,
                "The listing gives no guarantee.",
            ),
        ],
    ),
    "R27": dict(
        pad="It is $32.",
        desc=["This is Hearthside's linen apron."],
        short="Hearthside linen apron, $32.",
        seo="Linen apron by Hearthside, $32.",
        gen="It is a linen apron from Hearthside, priced at $32.",
        q=("What is it made of?", "Linen."),
        f=[
            (
                "It has [[two front pockets]].",
                "accuracy.number",
                B,
                "The listing gives no pockets.",
            ),
            (
                "Linen apron [[in sage green]].",
                "accuracy.colour",
                W,
                "The listing gives no colour.",
            ),
            (
                "Linen apron, [[one size fits all]].",
                "accuracy.size",
                B,
                "The listing gives no size.",
            ),
            ("It is [[made in Lithuania]].", "accuracy.origin", B, "The listing gives no origin."),
            (
                "It is [[machine washable at 60 °C]].",
                "accuracy.care",
                B,
                "The listing gives no care terms.",
            ),
            (
                "Linen apron with [[leather straps]].",
                "accuracy.material",
                B,
                "The listing names linen only.",
            ),
        ],
    ),
    "R28": dict(
        pad="It measures 12 x 9 cm.",
        desc=["This is a ceramic soap dish."],
        short="Ceramic soap dish, 12 x 9 cm (about 4.7 x 3.5 inches), $14.",
        seo="Ceramic soap dish, 12 x 9 cm.",
        gen="It is a ceramic soap dish, 12 x 9 cm, for $14.",
        q=("How big is it?", "12 x 9 cm, about 4.7 x 3.5 inches."),
        f=[
            (
                "It sits on [[a bamboo tray]].",
                "accuracy.material",
                B,
                "The listing names ceramic only.",
            ),
            (
                "Ceramic soap dish, [[speckled white]].",
                "accuracy.colour",
                W,
                "The listing gives no colour.",
            ),
            (
                "Ceramic soap dish [[by Hearthside]].",
                "accuracy.brand",
                B,
                "The listing has no vendor.",
            ),
            (
                "It is [[handmade in Portugal]].",
                "accuracy.origin",
                B,
                "The listing gives no origin.",
            ),
            (
                "It [[is the best soap dish money can buy]].",
                "compliance.absolute",
                W,
                "An unconfirmable superlative.",
            ),
            ("Ceramic soap dish, [[set of two]].", "accuracy.number", B, "One dish."),
        ],
    ),
    "R29": dict(
        pad="Each item is sold on its own.",
        desc=[
            "The set gathers an oblique pen holder ($18), a pack of five pointed nibs ($12), "
            "30 ml of black walnut ink ($9) and an A5 practice pad ($11).",
            "All four together come to $50.",
        ],
        short="Calligraphy starter set: holder, nibs, ink and pad, $50 for all four.",
        seo="Calligraphy starter set: oblique holder, five nibs, walnut ink, A5 pad.",
        gen="The holder is beech wood with a brass flange, the five nibs are steel, the ink is "
        "30 ml and the pad has 50 sheets of 100 gsm A5 paper.",
        q=(
            "Can I buy the nibs alone?",
            "Yes. Each item is sold on its own; the nibs are $12 for five.",
        ),
        f=[
            (
                "The pen holder is [[ebony]].",
                "accuracy.material",
                B,
                "The holder is beech wood with a brass flange.",
            ),
            (
                "Calligraphy set, all four for [[$40]].",
                "accuracy.price",
                B,
                "The four items total $50.",
            ),
            (
                "Calligraphy set with [[ten pointed nibs]].",
                "accuracy.number",
                B,
                "A pack of five nibs.",
            ),
            ("The ink is [[iron gall ink]].", "accuracy.category", B, "It is black walnut ink."),
            ("The practice pad is [[A4]].", "accuracy.size", B, "The pad is A5."),
            (
                "Calligraphy set with [[Speedball]] nibs.",
                "accuracy.brand",
                B,
                "The vendor is Inkwell & Quill; no other brand is named.",
            ),
        ],
    ),
    "R30": dict(
        pad="Bluewater Leisure handle delivery, returns and the warranty.",
        desc=[
            "The Lagoon 4 is an inflatable hot tub for up to four people that holds 800 litres.",
            "Its pump heats the water to at most 40 °C, about 1.5 °C an hour, and runs 120 air "
            "jets.",
        ],
        short="Inflatable hot tub for four, 800 litres, $649, sold by Bluewater Leisure.",
        seo="Lagoon 4 inflatable hot tub, 4 people, 800 L, 120 jets, delivered in 5-7 working "
        "days.",
        gen="It seats up to four, holds 800 litres and is 180 cm across and 70 cm high. A "
        "cover, filter cartridges and a hand pump are included.",
        q=(
            "Who handles the warranty?",
            "Bluewater Leisure give a two-year warranty and handle returns.",
        ),
        f=[
            ("It seats [[up to six people]].", "accuracy.number", B, "Up to four people."),
            (
                "Hot tub [[delivered next day]].",
                "compliance.shipping",
                B,
                "Delivered in 5-7 working days.",
            ),
            ("Inflatable hot tub that [[heats to 42 °C]].", "accuracy.number", B, "At most 40 °C."),
            (
                "It comes with a [[five-year warranty]].",
                "accuracy.warranty",
                B,
                "Bluewater Leisure give two years.",
            ),
            (
                "It [[relieves arthritis pain]].",
                "compliance.health",
                B,
                "An unsupported health claim.",
            ),
            (
                "Hot tub by [[Intex]].",
                "accuracy.brand",
                B,
                "Sold by Bluewater Leisure; no other brand.",
            ),
        ],
    ),
}


def _html(sentences):
    return "<p>" + html.escape(" ".join(sentences), quote=False) + "</p>"


def _serialise(kind, sentences, key, question=GENERAL_Q):
    if kind in ("description", "short_description"):
        return _html(sentences)
    text = " ".join(sentences)
    if kind == "seo":
        listing = make_listings.LISTINGS[key]
        title = listing["title"] + (f" | {listing['vendor']}" if listing["vendor"] else "")
        return json.dumps({"title": title, "description": text}, ensure_ascii=False)
    return json.dumps([{"question": question, "answer": text}], ensure_ascii=False)


def _strip_marks(marked):
    start = marked.index("[[")
    end = marked.index("]]")
    return marked.replace("[[", "").replace("]]", ""), marked[start + 2 : end]


def _locate(kind, text, claim):
    if kind in ("description", "short_description"):
        shown = html.escape(claim, quote=False)
    else:
        shown = json.dumps(claim, ensure_ascii=False)[1:-1]
    start = text.find(shown)
    assert start != -1, f"claim not found: {claim!r}"
    assert text.find(shown, start + 1) == -1, f"claim found twice: {claim!r}"
    return start, start + len(shown), shown


def build():
    clean: list[dict[str, Any]] = []
    faulty: list[dict[str, Any]] = []
    for key, h in H.items():

        def row(kind, text, labels, key=key):
            return {"listing": key, "kind": kind, "text": text, "labels": labels}

        clean.append(row("description", _html(h["desc"] + [h["pad"]]), []))
        clean.append(row("short_description", _html([h["short"]]), []))
        clean.append(row("seo", _serialise("seo", [h["seo"]], key), []))
        clean.append(row("faq", _serialise("faq", [h["gen"]], key), []))
        clean.append(row("faq", _serialise("faq", [h["q"][1]], key, h["q"][0]), []))
        for kind, (marked, rule, severity, why) in zip(ORDER, h["f"], strict=False):
            sentence, claim = _strip_marks(marked)
            parts = [sentence, h["pad"]] if kind == "description" else [sentence]
            text = _serialise(kind, parts, key)
            start, end, shown = _locate(kind, text, claim)
            faulty.append(
                row(
                    kind,
                    text,
                    [
                        {
                            "rule": rule,
                            "start": start,
                            "end": end,
                            "claim": shown,
                            "severity": severity,
                            "why": why,
                        }
                    ],
                )
            )
    return clean, faulty


if __name__ == "__main__":
    c, f = build()
    print(len(c), "clean", len(f), "faulty")
