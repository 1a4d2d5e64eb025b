"""Hand-written clean and faulty drafts of guardrails holdout set v46 (written for this set, blind).

Each listing has a true `pad` sentence, clean copy for the four kinds, and faulty sentences with one
planted claim marked [[...]]: (kind, sentence, category, severity, why). Kinds: d description,
s short description, o SEO pair, f one-answer FAQ.
"""

import html
import json
from typing import Any

import make_listings

GENERAL_Q = "What should I know about it?"
KINDS = {"d": "description", "s": "short_description", "o": "seo", "f": "faq"}
COMPLIANCE = {"absolute", "environmental", "health", "shipping", "social_proof"}

H: dict[str, dict[str, Any]] = {}

H["T01"] = dict(
    pad="Milk is not included in the kit.",
    desc=[
        "The kit makes two cheddars of about 2.2 lb each, with a mesophilic culture, vegetable "
        "rennet and calcium chloride.",
        "Keep the culture and rennet frozen and they last a year.",
    ],
    short="A beginner's cheddar kit with five culture sachets, 50 ml of vegetable rennet "
    "and a 1 kg "
    "mould, for $44.",
    seo="Make two 1 kg cheddars at home with vegetarian rennet, culture and a mould with follower.",
    faq=("Is the rennet vegetarian?", "Yes, it is a vegetable rennet."),
    faulty=[
        (
            "d",
            "The mould is [[stainless steel]] with a matching follower.",
            "material",
            "block",
            "the mould is food-grade plastic",
        ),
        (
            "o",
            "Cheddar kit with [[animal rennet]] and culture.",
            "material",
            "block",
            "the rennet is vegetable",
        ),
        (
            "f",
            "The culture keeps [[two years at room temperature]].",
            "care",
            "block",
            "12 months in the freezer",
        ),
        ("s", "A cheddar kit for [[$39]].", "price", "block", "the price is $44"),
        (
            "f",
            "[[Free shipping anywhere in the US]] on this kit.",
            "shipping",
            "block",
            "no shipping terms given",
        ),
        (
            "d",
            "[[Over 5,000 home cheesemakers]] started with this kit.",
            "social_proof",
            "warn",
            "unconfirmable social proof",
        ),
    ],
)
H["T02"] = dict(
    pad="The retrieve can be switched between left and right hand.",
    desc=[
        "A 90 mm large-arbour reel machined from 6061 aluminium for 5 and 6 weight lines, about "
        "5 oz in the hand.",
        "It takes a WF6 line over 100 yards of 20 lb backing.",
    ],
    short="A sealed-drag fly reel for #5-6 lines in gunmetal or olive, £89.",
    seo="Large-arbour 5/6 weight fly reel in 6061 aluminium with a sealed carbon disc drag.",
    faq=("Can I buy a spare spool?", "Yes, spare spools cost £35 and are sold separately."),
    faulty=[
        (
            "d",
            "It is machined from [[titanium]] for a lighter reel.",
            "material",
            "block",
            "6061 aluminium",
        ),
        ("s", "A reel for [[7 and 8 weight lines]].", "size", "block", "5 and 6 weight only"),
        (
            "o",
            "Fly reel in gunmetal, olive or [[silver]].",
            "colour",
            "block",
            "finishes are Gunmetal and Olive",
        ),
        ("d", "[[Built in Scotland]] by our reel makers.", "origin", "block", "no origin given"),
        (
            "s",
            "With a [[click-and-pawl drag]].",
            "feature",
            "block",
            "the drag is a sealed carbon disc",
        ),
        (
            "f",
            "It has [[a warranty that never expires]].",
            "warranty",
            "block",
            "no warranty given",
        ),
    ],
)
H["T03"] = dict(
    pad="Two colours: tan and forest green.",
    desc=[
        "An 11 litre saddle bag sewn in Vancouver from waxed cotton canvas, with a nylon-coated "
        "base.",
        "It straps to saddles that have bag loops and weighs about 1.1 lb.",
    ],
    short="Waxed canvas saddle bag, 11 L, sewn in Canada, C$129.",
    seo="An 11 L waxed cotton saddle bag for long rides, splash resistant and sewn in Vancouver.",
    faq=(
        "Does it come with a seatpost clamp?",
        "No, it hangs from your saddle's bag loops; no clamp is included.",
    ),
    faulty=[
        (
            "d",
            "It stays [[watertight in a downpour]].",
            "feature",
            "block",
            "splash resistant, not waterproof",
        ),
        (
            "s",
            "Includes a [[quick-release seatpost clamp]].",
            "feature",
            "block",
            "no seatpost clamp is included",
        ),
        ("o", "Saddle bag, [[15 litres]], waxed canvas.", "number", "block", "11 L"),
        ("f", "The bag is [[sewn in Portland, Oregon]].", "origin", "block", "sewn in Vancouver"),
        ("s", "Also available in [[mustard yellow]].", "colour", "block", "Tan and Forest Green"),
        (
            "d",
            "[[Throw the canvas in the washer]] when it gets dirty.",
            "care",
            "block",
            "no care given; invented washing instruction",
        ),
        (
            "f",
            "[[Trusted by thousands of randonneurs]] across Canada.",
            "social_proof",
            "warn",
            "unconfirmable social proof",
        ),
    ],
)
H["T04"] = dict(
    pad="Replacement blades and springs are available.",
    desc=[
        "Bypass secateurs with a hardened carbon steel blade that cut green stems up to 2 cm "
        "thick.",
        "At 210 mm long (about 8.3 inches) they weigh 240 g.",
    ],
    short="Right-handed bypass secateurs with aluminium handles and a thumb lock, NZ$62.",
    seo="Bypass pruning secateurs, 20 mm cut, carbon steel blade, sap groove and thumb lock.",
    faq=("Can I replace the blade?", "Yes, replacement blades and springs are sold."),
    faulty=[
        (
            "f",
            "They are [[suitable for left-handed gardeners]].",
            "feature",
            "block",
            "tagged right-handed",
        ),
        (
            "d",
            "The blade is [[stainless steel]] and keeps its edge.",
            "material",
            "block",
            "hardened carbon steel",
        ),
        ("s", "Cuts branches up to [[35 mm]] thick.", "number", "block", "20 mm"),
        (
            "o",
            "[[Anvil]] secateurs with aluminium handles.",
            "category",
            "block",
            "bypass secateurs",
        ),
        ("f", "[[Forged in Solingen, Germany]].", "origin", "block", "no origin given"),
        ("d", "Backed by a [[25-year guarantee]].", "warranty", "block", "no warranty given"),
    ],
)
H["T05"] = dict(
    pad="The webbing is recycled polyester with reflective trim.",
    desc=[
        "A padded Y-front harness with two lead rings, one at the chest and one on the back.",
        "Five points adjust the fit; sizes run from 40 cm chests (S) to 100 cm (L).",
    ],
    short="Reflective dog harness in coral or slate, A$54.95 (L A$59.95).",
    seo="Padded Y-front dog harness with front and back lead rings, five adjustment points, "
    "S to L.",
    faq=("How should I wash it?", "By hand in cool water; dry it flat."),
    faulty=[
        (
            "s",
            "[[Stops pulling and protects your dog's spine]].",
            "health",
            "block",
            "invented health claim",
        ),
        (
            "d",
            "[[Wash it on a 60-degree cycle]] after muddy walks.",
            "care",
            "block",
            "hand wash in cool water",
        ),
        ("s", "In sizes [[XS to XL]].", "size", "block", "S, M and L"),
        ("o", "Dog harness in [[navy]] or slate.", "colour", "block", "Coral and Slate"),
        ("f", "The L size costs [[A$54.95]].", "price", "block", "L is A$59.95"),
        (
            "f",
            "It is [[vet-approved]] for all breeds.",
            "certification",
            "block",
            "no endorsement given",
        ),
    ],
)
H["T06"] = dict(
    pad="The tea comes in a resealable foil pouch.",
    desc=[
        "A single-garden first-flush Darjeeling from near Kurseong, picked in March 2026.",
        "Brew 2 g in 200 ml of water at 90 °C (194 °F) for three minutes.",
    ],
    short="First-flush black tea from Kurseong, ₹1,450 for 100 g or ₹3,300 for 250 g.",
    seo="Spring 2026 first-flush Darjeeling black tea from a single garden near Kurseong.",
    faq=("How do I brew it?", "Use 2 g per 200 ml at 90 °C and steep for 3 minutes."),
    faulty=[
        (
            "f",
            "[[Brew at 100 °C for 6 minutes]] for the best cup.",
            "number",
            "block",
            "90 °C for 3 minutes",
        ),
        ("d", "It is a [[green tea]] picked in spring.", "category", "block", "black tea"),
        (
            "s",
            "[[Organic-certified]] Darjeeling.",
            "certification",
            "block",
            "no certification given",
        ),
        ("o", "First-flush tea from [[Assam]], 2026.", "origin", "block", "Kurseong, Darjeeling"),
        ("d", "A daily cup [[lowers blood pressure]].", "health", "block", "invented health claim"),
        ("f", "The 250 g pouch costs [[₹2,900]].", "price", "block", "250 g is ₹3,300"),
    ],
)
H["T07"] = dict(
    pad="Each bar is wrapped in paper.",
    desc=[
        "A cold-process bar of olive oil, coconut oil and shea butter with colloidal oats and "
        "calendula petals.",
        "It weighs about 110 g (just under 4 oz) and is cured for six weeks.",
    ],
    short="Unscented, palm-oil-free oat and calendula soap, £7.50 a bar.",
    seo="Cold-process oat and calendula soap with shea butter; unscented and palm oil free.",
    faq=("Does it have a scent?", "No, it is unscented."),
    faulty=[
        (
            "d",
            "Scented with [[lavender essential oil]].",
            "material",
            "block",
            "unscented; no such ingredient",
        ),
        ("s", "It [[cures eczema]] and dry skin.", "health", "block", "invented health claim"),
        ("o", "Oat soap, [[150 g]] bar, cured six weeks.", "number", "block", "about 110 g"),
        (
            "f",
            "It is [[certified by the Vegan Society]].",
            "certification",
            "block",
            "no certification given",
        ),
        ("s", "A [[carbon-neutral]] soap.", "environmental", "block", "no such claim given"),
        ("d", "[[The gentlest soap in Britain]].", "absolute", "warn", "superlative"),
        ("f", "Each bar is [[cured for three months]].", "number", "block", "six weeks"),
    ],
)
H["T08"] = dict(
    pad="Chalk and brush are sold separately.",
    desc=[
        "A cylinder chalk bag in Cordura nylon with a fleece lining and a drawcord to close it.",
        "It is about 13 cm wide and 17 cm tall (roughly 5 by 6.7 inches), with a brush holder and "
        "a waist belt.",
    ],
    short="Fleece-lined chalk bag in mustard, black or teal, $34.",
    seo="Cordura chalk bag with fleece lining, drawcord closure, brush holder and waist belt.",
    faq=("Is chalk included?", "No, chalk and the brush are not included."),
    faulty=[
        (
            "f",
            "It [[comes with a bag of chalk and a brush]].",
            "feature",
            "block",
            "chalk and brush are not included",
        ),
        ("s", "In [[red]], black or teal.", "colour", "block", "Mustard, Black and Teal"),
        ("o", "Chalk bag with a [[magnetic closure]].", "feature", "block", "drawcord closure"),
        ("f", "The outer is [[hemp canvas]].", "material", "block", "Cordura nylon"),
        ("s", "[[Ships free worldwide]].", "shipping", "block", "no shipping terms given"),
        ("d", "[[The best chalk bag ever made]].", "absolute", "warn", "superlative"),
        ("d", "It holds [[500 g of chalk]].", "number", "block", "no capacity figure given"),
    ],
)
H["T09"] = dict(
    pad="The strings are for concert scale only.",
    desc=[
        "Four fluorocarbon strings for a concert ukulele tuned GCEA with a high G.",
        "They suit a scale of about 38 cm.",
    ],
    short="Concert ukulele strings, set of 4, fluorocarbon, $14.",
    seo="Fluorocarbon concert ukulele strings, high-G GCEA, bright and clear.",
    faq=("Will they fit my soprano?", "No, they are made for concert scale only."),
    faulty=[
        (
            "d",
            "The set also fits [[tenor and baritone ukuleles]].",
            "compatibility",
            "block",
            "concert scale only",
        ),
        ("s", "A [[low G]] set.", "feature", "block", "high G tuning"),
        ("o", "Ukulele strings made of [[nylgut]].", "material", "block", "fluorocarbon"),
        ("f", "A set of [[six strings]].", "number", "block", "four strings"),
        ("s", "[[Wound in Hawaii]].", "origin", "block", "no origin given"),
        (
            "d",
            "[[Chosen by more players than any other string]].",
            "social_proof",
            "warn",
            "unconfirmable social proof",
        ),
        ("f", "Strings by [[Aquila]].", "brand", "block", "the vendor is Kaimana Strings"),
    ],
)
H["T10"] = dict(
    pad="A storage box for the pieces is included.",
    desc=[
        "Hand-turned boxwood and ebonised boxwood pieces with a 95 mm king, weighted and felted.",
        "The folding walnut and maple board has 55 mm squares and is 50 cm (about 19.7 inches) "
        "square.",
    ],
    short="Tournament-size chess set in walnut, maple and boxwood, CHF 240.",
    seo="Tournament chess set: 95 mm king, weighted boxwood pieces, folding walnut and "
    "maple board.",
    faq=("How big are the squares?", "Each square is 55 mm (about 2.2 inches)."),
    faulty=[
        ("d", "Priced at [[CHF 210]].", "price", "block", "CHF 240"),
        ("d", "The pieces are turned from [[rosewood]].", "material", "block", "boxwood"),
        ("s", "King height [[105 mm]].", "number", "block", "95 mm"),
        (
            "o",
            "Chess set with a [[magnetic]] folding board.",
            "feature",
            "block",
            "no magnetic board given",
        ),
        ("f", "The board is [[handmade in India]].", "origin", "block", "no origin given"),
        (
            "s",
            "A [[FIDE-approved]] tournament set.",
            "certification",
            "block",
            "no certification given",
        ),
    ],
)
H["T11"] = dict(
    pad="The handle is brass and the tip is iron.",
    desc=[
        "A classic makila of medlar wood, hand-carved in Ezpeleta in Lapurdi.",
        "It comes in 85, 90 and 95 cm, from €360 to €400.",
    ],
    short="Mizpira-egurrezko makila, Ezpeletan eskuz egina, 380 €.",
    seo="Makila klasikoa mizpira-egurrez, letoizko eskulekuarekin, 85-95 cm.",
    faq=("How long is it?", "It is made in 85, 90 and 95 cm; the 90 cm costs €380."),
    faulty=[
        ("d", "It is carved from [[chestnut wood]].", "material", "block", "medlar (mizpira)"),
        ("s", "[[Zilarrezko]] eskulekua.", "material", "block", "brass (letoia) handle"),
        ("o", "Makila, [[Baionan]] egina.", "origin", "block", "Ezpeleta"),
        ("f", "The 95 cm makila costs [[€380]].", "price", "block", "95 cm is €400"),
        ("s", "Luzera: [[110 cm]].", "size", "block", "85, 90 or 95 cm"),
        ("d", "It [[folds in two for travel]].", "feature", "block", "no such feature given"),
        (
            "f",
            "[[Every Basque family owns one from our workshop]].",
            "social_proof",
            "warn",
            "unconfirmable social proof",
        ),
    ],
)
H["T12"] = dict(
    pad="A sliotar is not included.",
    desc=[
        "A handmade hurley of Irish ash, made in Kilkenny, with a steel band on the flat end.",
        "It comes in 32, 34 and 36 inch lengths (about 81, 86 and 91 cm).",
    ],
    short="Camán fuinseoige lámhdhéanta ó Chill Chainnigh, €75.",
    seo="Camán iomána as fuinseog Éireannach le banda cruach, 32-36 orlach.",
    faq=("Which lengths are there?", "32 and 34 inch hurleys cost €75; the 36 inch costs €80."),
    faulty=[
        ("d", "It is made from [[bamboo]] laminate.", "material", "block", "Irish ash"),
        ("s", "Déanta i [[gCorcaigh]].", "origin", "block", "Kilkenny"),
        ("o", "Camán [[30 orlach]] ar fáil.", "size", "block", "32, 34 or 36 inch"),
        (
            "f",
            "A [[sliotar is included]] with every hurley.",
            "feature",
            "block",
            "a sliotar is not included",
        ),
        ("s", "[[Seoladh saor in aisce]].", "shipping", "block", "no shipping terms given"),
        (
            "d",
            "Each hurley is [[GAA-certified]] for senior matches.",
            "certification",
            "block",
            "no certification given",
        ),
        (
            "f",
            "It [[never cracks]], even in wet weather.",
            "feature",
            "block",
            "invented durability claim",
        ),
    ],
)
H["T13"] = dict(
    pad="It arrives in a gift box.",
    desc=[
        "A Maltese-cross pendant in 925 sterling silver, handmade in Birgu, Malta.",
        "A 45 cm (about 17.7 inch) chain is included, and the cross is 2.5 cm across.",
    ],
    short="Salib Malti tal-filugranu f'fidda 925, €95.",
    seo="Pendent tal-filugranu magħmul bl-idejn fil-Birgu, b'katina ta' 45 cm.",
    faq=("Is the chain included?", "Yes, a 45 cm chain comes with it."),
    faulty=[
        ("d", "[[The finest filigree in the Mediterranean]].", "absolute", "warn", "superlative"),
        ("d", "It is made of [[18k gold]] filigree.", "material", "block", "925 silver"),
        ("s", "Katina ta' [[60 cm]] inkluża.", "number", "block", "45 cm chain"),
        ("o", "Pendent magħmul [[f'Għawdex]].", "origin", "block", "Birgu, Malta"),
        (
            "f",
            "The silver is [[hypoallergenic]] for sensitive skin.",
            "health",
            "block",
            "invented health claim",
        ),
        (
            "s",
            "[[Ċertifikat ta' awtentiċità]] inkluż.",
            "certification",
            "block",
            "no certificate given",
        ),
    ],
)
H["T14"] = dict(
    pad="It is vacuum-packed.",
    desc=[
        "Beef biltong from the Karoo, cured with only salt, black pepper and coriander and "
        "air-dried.",
        "Once opened, keep it in the fridge and finish it within five days.",
    ],
    short="Karoo-biltong van beesvleis, R99 vir 250 g of R189 vir 500 g.",
    seo="Lugdroë beesbiltong uit die Karoo met sout, swartpeper en koljander.",
    faq=("Is it gluten-free?", "Yes, it is gluten-free."),
    faulty=[
        ("d", "It is made from [[kudu]] meat.", "material", "block", "beef"),
        ("o", "Biltong uit [[Namibië]].", "origin", "block", "the Karoo, South Africa"),
        (
            "f",
            "Unopened, it [[keeps for six months without refrigeration]].",
            "care",
            "block",
            "no unopened keeping time given",
        ),
        ("s", "[[1 kg]] pak.", "size", "block", "250 g or 500 g"),
        (
            "d",
            "Eating it [[keeps your heart healthy]].",
            "health",
            "block",
            "invented health claim",
        ),
        ("f", "The 500 g pack costs [[R209]].", "price", "block", "500 g is R189"),
    ],
)
H["T15"] = dict(
    pad="Each one is painted by hand with cobalt.",
    desc=[
        "A porcelain cup made in Sargadelos, Cervo, that can go in the dishwasher but not the "
        "microwave.",
        "It holds 250 ml (about 8.5 fl oz): €28 in cobalt blue or €24 in white.",
    ],
    short="Cunca de porcelana de Sargadelos, 250 ml, en azul cobalto ou branco.",
    seo="Cunca de porcelana pintada a man con cobalto, feita en Cervo, Galicia.",
    faq=("Can it go in the microwave?", "No, not the microwave; it can go in the dishwasher."),
    faulty=[
        ("d", "It is [[microwave safe]] for reheating.", "care", "block", "not microwave safe"),
        ("s", "Cunca de [[gres]].", "material", "block", "porcelain"),
        ("o", "Cunca feita en [[Portugal]].", "origin", "block", "Cervo, Galicia"),
        ("f", "It holds [[400 ml]].", "number", "block", "250 ml"),
        ("s", "Dispoñible en [[verde]].", "colour", "block", "cobalt blue and white"),
        ("d", "The white cup costs [[€28]].", "price", "block", "white is €24"),
        ("f", "It is [[safe for babies]].", "health", "block", "invented health claim"),
    ],
)
H["T16"] = dict(
    pad="A lid with a wooden handle is included.",
    desc=[
        "A copper pot hammered by hand in Lahıc, Azerbaijan, lined inside with tin.",
        "It holds 3 litres, is 22 cm (about 8.7 inches) across and weighs 1.9 kg.",
    ],
    short="Lahıc ustalarının əl işi mis qazan, 3 litr, 120 AZN.",
    seo="Qalay örtüklü mis qazan, 3 litr, taxta dəstəkli qapaqla.",
    faq=("Can it go in the dishwasher?", "No, wash it by hand only."),
    faulty=[
        ("d", "It [[can go in the dishwasher]].", "care", "block", "hand wash only"),
        ("s", "[[5 litr]] həcmli qazan.", "number", "block", "3 L"),
        ("o", "[[Şəkidə]] hazırlanmış mis qazan.", "origin", "block", "Lahıc"),
        ("f", "The lining is [[stainless steel]].", "material", "block", "tin lining"),
        ("s", "[[Pulsuz çatdırılma]].", "shipping", "block", "no shipping terms given"),
        (
            "d",
            "It works on [[induction hobs]].",
            "compatibility",
            "block",
            "no hob compatibility given",
        ),
        (
            "f",
            "A [[UNESCO-certified]] craft piece.",
            "certification",
            "block",
            "no certification given",
        ),
    ],
)
H["T17"] = dict(
    pad="A non-slip rubber base is included.",
    desc=[
        "A two-sided water stone with 1000 grit for sharpening and 6000 grit for polishing.",
        "It measures 180 x 60 x 28 mm (about 7 x 2.4 x 1.1 inches).",
    ],
    short="Combination 1000/6000 whetstone with non-slip base, $48.",
    seo="1000/6000 grit combination water stone for sharpening and polishing kitchen knives.",
    faq=("Do I soak it?", "Soak the 1000 side for 10 minutes; just splash the 6000 side."),
    faulty=[
        ("d", "It is a [[natural Arkansas stone]].", "category", "block", "synthetic water stone"),
        ("s", "A [[400/1000]] grit combination stone.", "number", "block", "1000/6000"),
        ("o", "Whetstone, [[use with honing oil]].", "care", "block", "a water stone"),
        (
            "f",
            "It [[sharpens ceramic knives]] as well as steel.",
            "compatibility",
            "block",
            "no such use given",
        ),
        ("s", "[[No soaking needed]].", "feature", "block", "soak the 1000 side 10 minutes"),
        ("d", "It comes with a [[bamboo holder]].", "feature", "block", "a rubber base"),
        ("f", "[[Japan's top-selling whetstone]].", "absolute", "warn", "superlative"),
    ],
)
H["T18"] = dict(
    pad="Patch test before use.",
    desc=[
        "A solid perfume of fig leaf and cedarwood with a little bergamot, in a beeswax and "
        "jojoba oil base.",
        "It comes as 15 g (about half an ounce) in a brass tin you can refill.",
    ],
    short="Fig leaf solid perfume, 15 g in a brass tin, £22.",
    seo="Fig leaf, cedarwood and bergamot solid perfume in beeswax, in a refillable brass tin.",
    faq=("Is the tin refillable?", "Yes, the brass tin can be refilled."),
    faulty=[
        ("s", "A [[vegan]] solid perfume.", "material", "block", "the base is beeswax"),
        (
            "d",
            "Its notes are fig leaf, cedarwood and [[vanilla]].",
            "material",
            "block",
            "fig leaf, cedarwood, bergamot",
        ),
        ("f", "The tin holds [[30 g]].", "number", "block", "15 g"),
        ("s", "By [[Jo Malone]].", "brand", "block", "the vendor is Orris & Ash"),
        (
            "d",
            "It is [[hypoallergenic]] for every skin type.",
            "health",
            "block",
            "the listing asks for a patch test",
        ),
        ("f", "It [[lasts 12 hours on skin]].", "feature", "block", "no wear time given"),
    ],
)
H["T19"] = dict(
    pad="A storage bag is included.",
    desc=[
        "A delta kite with a 1.5 m wingspan, a ripstop polyester sail and fibreglass spars.",
        "It flies in winds of 8 to 30 km/h (about 5 to 19 mph) and comes with 30 m of line on a "
        "winder.",
    ],
    short="Beginner delta kite in rainbow or sunset colours, €39.",
    seo="150 cm delta kite in ripstop polyester with 30 m line and winder, for 8-30 km/h winds.",
    faq=("Is the line included?", "Yes, 30 m of line on a winder."),
    faulty=[
        ("o", "Delta kite that flies in [[winds up to 50 km/h]].", "number", "block", "8-30 km/h"),
        ("d", "The spars are [[carbon fibre]].", "material", "block", "fibreglass spars"),
        ("s", "Wingspan [[180 cm]].", "number", "block", "150 cm"),
        ("s", "A [[dual-line stunt kite]].", "category", "block", "a single-line delta"),
        (
            "d",
            "[[Flown by over 10,000 families]].",
            "social_proof",
            "warn",
            "unconfirmable social proof",
        ),
        (
            "f",
            "Colours: rainbow, sunset and [[ocean blue]].",
            "colour",
            "block",
            "Rainbow and Sunset",
        ),
    ],
)
H["T20"] = dict(
    pad="Suction cups are included.",
    desc=[
        "A 100 W submersible heater in shatterproof quartz glass for tanks of 60 to 120 litres "
        "(about 16 to 32 US gallons).",
        "You set it from 18 to 32 °C, and it turns itself off if it is taken out of the water.",
    ],
    short="100 W aquarium heater for freshwater or marine tanks, $29.99.",
    seo="Submersible 100 W quartz aquarium heater for 60-120 L tanks, adjustable 18-32 °C.",
    faq=("Can I use it in a marine tank?", "Yes, it is for freshwater and marine tanks."),
    faulty=[
        ("d", "Covered by a [[three-year warranty]].", "warranty", "block", "no warranty given"),
        ("d", "Suitable for tanks up to [[200 litres]].", "number", "block", "60-120 L"),
        ("s", "For [[freshwater only]].", "compatibility", "block", "freshwater and marine"),
        ("o", "Aquarium heater, [[150 W]].", "number", "block", "100 W"),
        ("f", "It has a [[built-in digital display]].", "feature", "block", "no display given"),
        ("s", "A [[UL-listed]] heater.", "certification", "block", "no certification given"),
    ],
)
H["T21"] = dict(
    pad="Raised edges protect the camera.",
    desc=[
        "A slim cork-backed case on a recycled TPU frame, made for the Google Pixel 9.",
        "It weighs about 32 g and you can charge wirelessly without taking it off.",
    ],
    short="Vegan cork case for Pixel 9, €32.",
    seo="Slim cork phone case for Google Pixel 9 with a recycled TPU frame; "
    "wireless charging works.",
    faq=("Does wireless charging work through it?", "Yes, it works with wireless charging."),
    faulty=[
        (
            "d",
            "A case that [[breaks down in a home compost heap]].",
            "environmental",
            "block",
            "TPU frame; no such claim given",
        ),
        ("d", "It also fits the [[Pixel 9 Pro XL]].", "compatibility", "block", "Pixel 9 only"),
        ("s", "Cork case for [[iPhone 16]].", "compatibility", "block", "Google Pixel 9"),
        ("o", "Cork case with [[MagSafe magnets]].", "feature", "block", "no magnets given"),
        ("f", "The cork is [[harvested in Sardinia]].", "origin", "block", "no origin given"),
        ("s", "[[Military-grade drop protection]].", "feature", "block", "no drop rating given"),
    ],
)
H["T22"] = dict(
    pad="Propane cylinders are not included.",
    desc=[
        "A folding camp stove with two 10,000 BTU propane burners, wind shields and piezo "
        "ignition.",
        "It weighs 5.2 kg (about 11.5 lb) and folds to 56 x 33 x 10 cm.",
    ],
    short="Two-burner propane camp stove, 20,000 BTU in all, $119.",
    seo="Folding two-burner propane camp stove, 2 x 10,000 BTU, piezo ignition and wind shields.",
    faq=("Can I run it from a large tank?", "Yes, with an adapter hose that is sold separately."),
    faulty=[
        ("d", "It [[runs on butane or propane]].", "compatibility", "block", "propane only"),
        ("o", "Camp stove with [[two 15,000 BTU burners]].", "number", "block", "2 x 10,000 BTU"),
        (
            "f",
            "The [[adapter hose is included]].",
            "feature",
            "block",
            "the hose is sold separately",
        ),
        ("s", "Two-burner stove, [[$99]].", "price", "block", "$119"),
        ("d", "It [[ships in 24 hours]].", "shipping", "block", "no shipping terms given"),
        ("f", "A [[Coleman]] two-burner stove.", "brand", "block", "the vendor is Ridgefire"),
    ],
)
H["T23"] = dict(
    pad="Bearings are not included.",
    desc=[
        "A set of four 60 mm cruiser wheels poured in soft 78A urethane for rough streets.",
        "They come in clear orange or white.",
    ],
    short="60 mm 78A cruiser wheels, four to a set, $45.",
    seo="Soft 78A urethane cruiser wheels, 60 mm, set of 4, in clear orange or white.",
    faq=("Do they come with bearings?", "No, bearings are not included."),
    faulty=[
        ("f", "The wheels are [[made in California]].", "origin", "block", "no origin given"),
        (
            "f",
            "They [[come with ABEC-7 bearings]].",
            "feature",
            "block",
            "bearings are not included",
        ),
        ("s", "[[99A]] street wheels.", "number", "block", "78A"),
        ("o", "Cruiser wheels, [[54 mm]].", "size", "block", "60 mm only"),
        (
            "d",
            "In clear orange, white or [[glow-in-the-dark green]].",
            "colour",
            "block",
            "Clear Orange and White",
        ),
        ("d", "Price: [[$40]] a set.", "price", "block", "$45"),
    ],
)
H["T24"] = dict(
    pad="It holds 25 g of beans.",
    desc=[
        "A hand grinder with a 38 mm stainless steel conical burr, set in steps from espresso to "
        "French press.",
        "The body is aluminium and it weighs 540 g (about 1.2 lb).",
    ],
    short="Hand coffee grinder with 38 mm conical burr, A$139.",
    seo="Conical burr hand grinder, 38 mm stainless steel burr, espresso to French press, 25 g.",
    faq=("Can I wash the burrs?", "No, brush them clean; do not wash them in water."),
    faulty=[
        ("d", "The burrs are [[ceramic]].", "material", "block", "stainless steel burr"),
        ("o", "Hand grinder that holds [[40 g]] of beans.", "number", "block", "25 g"),
        (
            "f",
            "[[Rinse the burrs under the tap]] after each use.",
            "care",
            "block",
            "do not wash in water",
        ),
        ("s", "[[Electric]] burr grinder.", "category", "block", "a hand grinder"),
        (
            "d",
            "It [[grinds for Turkish coffee]] too.",
            "feature",
            "warn",
            "range is espresso to French press; invented use",
        ),
        ("f", "Made by [[Comandante]].", "brand", "block", "the vendor is Ninebar Roasters"),
    ],
)
H["T25"] = dict(
    pad="Wipe it clean.",
    desc=[
        "Seven beech wood rings on a round base, painted with water-based paints.",
        "It is for children from one year old and is tested to EN 71.",
    ],
    short="Wooden rainbow stacking rings for toddlers, NZ$36.",
    seo="Beech wood rainbow stacking toy, 7 rings, water-based paint, tested to EN 71, 12 months+.",
    faq=("What age is it for?", "From 12 months."),
    faulty=[
        ("d", "It has [[ten rings]].", "number", "block", "seven rings"),
        ("o", "Stacking rings in [[pine]].", "material", "block", "beech wood"),
        ("f", "You can [[run it through the dishwasher]].", "care", "block", "wipe clean"),
        (
            "s",
            "A [[Montessori-certified]] toy.",
            "certification",
            "block",
            "no certification given",
        ),
        (
            "d",
            "It [[boosts brain development]] in babies.",
            "health",
            "block",
            "invented health claim",
        ),
        (
            "f",
            "The rings are in [[pastel]] shades.",
            "colour",
            "warn",
            "no colours given beyond 'rainbow'",
        ),
        ("s", "[[Shipped without any plastic]].", "environmental", "block", "no packaging given"),
    ],
)
H["T26"] = dict(
    pad="Choose a serif or a sans font.",
    desc=[
        "We engrave your pet's name and your phone number on a 25 mm round brass tag.",
        "There is room for up to four lines on the back, and it is posted within three working "
        "days.",
    ],
    short="Pet tag engraving on a brass tag, £15.",
    seo="Engraved brass pet tag, 25 mm round, up to 4 lines, posted within 3 working days.",
    faq=("How is it sent?", "By Royal Mail second class, within 3 working days."),
    faulty=[
        ("d", "The tag is [[stainless steel]].", "material", "block", "brass tag"),
        ("s", "Up to [[six lines]] of text.", "number", "block", "up to 4 lines"),
        (
            "o",
            "Pet tag engraving, [[sent first class the same day]].",
            "shipping",
            "block",
            "second class within 3 working days",
        ),
        ("f", "The tag is [[30 mm]] across.", "number", "block", "25 mm"),
        ("s", "A [[heart-shaped]] brass tag.", "feature", "block", "a round tag"),
        (
            "d",
            "[[Loved by 20,000 pet owners]].",
            "social_proof",
            "warn",
            "unconfirmable social proof",
        ),
        ("f", "Every tag is [[guaranteed for life]].", "warranty", "block", "no warranty given"),
    ],
)
H["T27"] = dict(
    pad="It costs $18.",
    desc=["A canvas tote bag."],
    short="Canvas tote bag, $18.",
    seo="A canvas tote bag for $18.",
    faq=("What is it made of?", "Canvas."),
    faulty=[
        ("d", "An [[organic]] canvas tote.", "certification", "block", "no certification given"),
        ("s", "A [[navy]] canvas tote.", "colour", "warn", "no colour given"),
        ("o", "Canvas tote with a [[zip-top closure]].", "feature", "block", "no closure given"),
        ("f", "It holds [[up to 15 kg]].", "number", "block", "no load given"),
        ("s", "[[Made in Bangladesh]].", "origin", "block", "no origin given"),
        (
            "d",
            "It [[returns to the soil when thrown away]].",
            "environmental",
            "block",
            "no such claim given",
        ),
    ],
)
H["T28"] = dict(
    pad="It is sold by Pinwheel Press.",
    desc=["An enamel pin of a heron."],
    short="Heron enamel pin, £9.",
    seo="A heron enamel pin from Pinwheel Press.",
    faq=("How much is it?", "£9."),
    faulty=[
        ("d", "It has [[two rubber clutches]].", "feature", "block", "no backing given"),
        ("s", "[[Hard enamel]] heron pin.", "material", "block", "enamel type not given"),
        ("o", "Heron pin, [[40 mm]] tall.", "number", "block", "no size given"),
        ("f", "The heron is [[grey and blue]].", "colour", "warn", "no colour given"),
        ("s", "[[Gold-plated]] heron pin.", "material", "block", "no plating given"),
        ("d", "A [[limited edition of 100]].", "number", "block", "no edition given"),
    ],
)
H["T29"] = dict(
    pad="The tools are sold separately.",
    desc=[
        "Three stainless steel bar tools: a 700 ml cobbler shaker, a 30/60 ml Japanese jigger and "
        "a Hawthorne strainer.",
        "They cost $38, $16 and $14, which comes to $68 for all three.",
    ],
    short="Shaker, jigger and strainer in stainless steel, from $14.",
    seo="Home bar set: 700 ml cobbler shaker, 30/60 ml jigger and Hawthorne strainer in steel.",
    faq=("How much is the shaker?", "The cobbler shaker is $38."),
    faulty=[
        ("d", "The three come to [[$58]].", "price", "block", "$38 + $16 + $14 = $68"),
        ("s", "Shaker, jigger and strainer [[in copper]].", "material", "block", "stainless steel"),
        ("o", "Bar set with a [[1 litre]] shaker.", "size", "block", "700 ml shaker"),
        (
            "f",
            "The set also includes [[a muddler]].",
            "feature",
            "block",
            "three tools: shaker, jigger, strainer",
        ),
        ("s", "The jigger is [[$14]].", "price", "block", "the jigger is $16"),
        ("d", "All three [[survive the dishwasher]].", "care", "block", "no care given"),
        (
            "f",
            "[[The bartender's choice in over 40 countries]].",
            "social_proof",
            "warn",
            "unconfirmable social proof",
        ),
    ],
)
H["T30"] = dict(
    pad="It is sold and shipped by our partner Emberstone.",
    desc=[
        "A propane pizza oven for pizzas up to 16 inches (about 40 cm), with a cordierite stone.",
        "It reaches 500 °C (932 °F) in about 20 minutes, and Emberstone gives a three-year "
        "warranty.",
    ],
    short="Emberstone 16 inch gas pizza oven, $599.",
    seo="Gas-fired 16 inch outdoor pizza oven with a cordierite stone, reaching 500 °C.",
    faq=(
        "How long does delivery take?",
        "It ships from Emberstone's warehouse in 7-10 working days.",
    ),
    faulty=[
        ("d", "It [[also burns wood pellets]].", "compatibility", "block", "propane only"),
        ("s", "[[Five-year warranty]].", "warranty", "block", "three-year warranty"),
        ("o", "Pizza oven that reaches [[600 °C]].", "number", "block", "500 °C"),
        ("f", "It [[ships within 48 hours]].", "shipping", "block", "7-10 working days"),
        ("s", "[[Made in Italy]].", "origin", "block", "no origin given"),
        ("d", "The stone is [[cast iron]].", "material", "block", "cordierite stone"),
        ("f", "An [[Ooni]] pizza oven.", "brand", "block", "the vendor is Emberstone"),
    ],
)


def _html(sentences):
    return "<p>" + html.escape(" ".join(sentences), quote=False) + "</p>"


def _serialise(kind, sentences, key, question=GENERAL_Q):
    listing = make_listings.build()[key]
    if kind in ("description", "short_description"):
        return _html(sentences)
    if kind == "seo":
        vendor = listing.get("vendor") or ""
        title = f"{listing['title']} | {vendor}" if vendor else listing["title"]
        return json.dumps({"title": title, "description": " ".join(sentences)}, ensure_ascii=False)
    return json.dumps([{"question": question, "answer": " ".join(sentences)}], ensure_ascii=False)


def _strip_marks(marked):
    start = marked.index("[[")
    end = marked.index("]]")
    claim = marked[start + 2 : end]
    assert "[[" not in marked[end:]
    return marked.replace("[[", "").replace("]]", ""), claim


def _locate(kind, text, claim):
    assert html.escape(claim, quote=False) == claim, claim
    assert json.dumps(claim, ensure_ascii=False)[1:-1] == claim, claim
    assert text.count(claim) == 1, (text, claim)
    start = text.index(claim)
    return start, start + len(claim)


def build():
    clean: list[dict[str, Any]] = []
    faulty: list[dict[str, Any]] = []
    for key, h in H.items():
        rows = [
            ("description", h["desc"] + [h["pad"]], GENERAL_Q),
            ("short_description", [h["short"]], GENERAL_Q),
            ("seo", [h["seo"]], GENERAL_Q),
            ("faq", [h["faq"][1]], h["faq"][0]),
            ("faq", [h["pad"]], GENERAL_Q),
        ]
        for kind, sentences, question in rows:
            clean.append(
                {
                    "listing": key,
                    "kind": kind,
                    "source": "clean",
                    "text": _serialise(kind, sentences, key, question),
                    "labels": [],
                }
            )
        for code, marked, category, severity, why in h["faulty"]:
            kind = KINDS[code]
            sentence, claim = _strip_marks(marked)
            sentences = [sentence, h["pad"]] if kind == "description" else [sentence]
            text = _serialise(kind, sentences, key)
            start, end = _locate(kind, text, claim)
            group = "compliance" if category in COMPLIANCE else "accuracy"
            label = {
                "rule": f"{group}.{category}",
                "start": start,
                "end": end,
                "claim": claim,
                "severity": severity,
                "why": why,
            }
            faulty.append(
                {"listing": key, "kind": kind, "source": "faulty", "text": text, "labels": [label]}
            )
    return clean, faulty


if __name__ == "__main__":
    c, f = build()
    print(len(c), len(f))
