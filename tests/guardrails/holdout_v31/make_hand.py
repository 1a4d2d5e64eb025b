"""Hand-written clean and faulty drafts for guardrails holdout v31.

Each listing's entry in H: `pad` (one true sentence from the listing, added to faulty descriptions), `clean`
(true sentences, recast in turn as description, short description, SEO pair and FAQ; three-sentence listings
skip the SEO pair) and `faulty` (sentence with the one unsupported claim marked [[...]], rule, reason). A
sentence starting with `~` is in the listing's language. Severity is warn for social proof, absolutes and the
entries that name "warn" as a fourth item; block otherwise.
"""
import html
import json
import re

import make_listings

Q = "What should I know about it?"
WARN_RULES = {"compliance.social_proof", "compliance.absolute"}
R = {"N": "accuracy.number", "PR": "accuracy.price", "M": "accuracy.material", "C": "accuracy.colour",
     "CE": "accuracy.certification", "O": "accuracy.origin", "S": "accuracy.size", "CA": "accuracy.category",
     "F": "accuracy.feature", "CR": "accuracy.care", "W": "accuracy.warranty", "B": "accuracy.brand",
     "CO": "accuracy.compatibility", "SH": "compliance.shipping", "HE": "compliance.health",
     "AB": "compliance.absolute", "EN": "compliance.environmental", "SP": "compliance.social_proof"}

H = {
    "X01": dict(
        pad="The ash handle is hooped in steel so it can take a mallet.",
        clean=["A 19 mm bevel-edge chisel (about ¾ inch) with a chrome-vanadium blade hardened to 60 HRC.",
               "Bench chisel, 19 mm, ash handle, $38.",
               "A 3/4 in bevel-edge bench chisel, 260 mm overall (just over 10 inches), sharpened to 25° out of the box.",
               "It arrives sharpened to a 25-degree bevel, so give it a hone before first use and wipe it with oil to keep rust away."],
        faulty=[("[[An oak handle]] hooped in steel takes the mallet's blows.", "M", "the handle is ash"),
                ("The blade is [[hardened to 64 HRC]].", "N", "the listing gives 60 HRC"),
                ("[[Also available in 6, 12 and 25 mm widths]].", "S", "only the 19 mm width is offered"),
                ("[[Dishwasher safe]], so cleaning up after a session is quick.", "CR", "care is oil against rust; no dishwasher"),
                ("Every chisel is [[forged in Sheffield]].", "O", "no origin in the listing")]),
    "X02": dict(
        pad="The safety catch works with your thumb.",
        clean=["Bypass secateurs with a hard-chromed SK5 blade that cut green stems up to 20 mm (about ¾ in) thick.",
               "Secateurs in Moss Green or Charcoal, £29.",
               "Lightweight aluminium-handled bypass pruners for right-handed gardeners; a spare blade and spring are available separately.",
               "They are made for the right hand only."],
        faulty=[("They cut [[branches up to 30 mm]] thick.", "N", "cutting capacity is 20 mm green stems"),
                ("[[Suitable for left- and right-handed gardeners]].", "F", "right-handed use only"),
                ("[[RHS-endorsed]] bypass secateurs.", "CE", "no endorsement in the listing"),
                ("Available in [[Moss Green, Charcoal and Poppy Red]].", "C", "two colours: Moss Green and Charcoal"),
                ("[[A favourite of over 10,000 gardeners]].", "SP", "invented social proof")]),
    "X03": dict(
        pad="Pour at 60 to 65 °C.",
        clean=["A kilo (about 2.2 lb) of pure soy wax flakes for container candles, melting at around 52 °C (roughly 126 °F).",
               "Soy wax flakes, 1 kg resealable bag, $16.",
               "Soy container wax that holds up to 10% fragrance oil by weight; wicks, jars and fragrance are not in the bag.",
               "No, it is only wax: you will need your own wicks, jars and fragrance oil."],
        faulty=[("Holds up to [[15% fragrance oil]] by weight.", "N", "up to 10% fragrance oil"),
                ("[[Pre-scented with vanilla]] for an easy first pour.", "M", "wax only; no fragrance"),
                ("[[Certified vegan]] soy wax.", "CE", "no certification in the listing"),
                ("[[Wicks included]] so you can start straight away.", "F", "wicks are not included"),
                ("Made from [[sustainably farmed, non-GMO soy beans]].", "EN", "no farming or sourcing claim in the listing")]),
    "X04": dict(
        pad="The board folds into its own storage box with a brass clasp.",
        clean=["A folding walnut and maple board, 40 cm (just under 16 inches) square, with 40 mm squares.",
               "Folding chess set with 32 weighted boxwood pieces, $89.",
               "Staunton pieces in boxwood and ebonised boxwood, felted and weighted; the king stands 76 mm (3 in) tall.",
               "Yes, the board folds and the pieces store inside it, closed with a brass clasp."],
        faulty=[("The king stands [[95 mm]] tall.", "N", "king height 76 mm"),
                ("Pieces in [[rosewood]] and boxwood, felted underneath.", "M", "boxwood and ebonised boxwood"),
                ("[[Tournament approved by FIDE]].", "CE", "no approval in the listing"),
                ("[[Hand-carved in India]].", "O", "no origin in the listing"),
                ("The [[magnetic]] pieces stay put on the move.", "F", "weighted, not magnetic")]),
    "X05": dict(
        pad="A reference poster comes in the box.",
        clean=["A thousand-piece puzzle of a lighthouse at dusk that finishes at 68 x 48 cm, about 27 x 19 inches.",
               "1000-piece lighthouse jigsaw, $24.",
               "Pieces cut from 2 mm recycled board; for ages 12 and up.",
               "It finishes at 68 by 48 cm, so clear a table a little larger than that."],
        faulty=[("Finished size [[70 x 50 cm]].", "N", "68 x 48 cm"),
                ("Pieces cut from [[solid wood]].", "M", "2 mm recycled board"),
                ("[[Printed with soy inks]].", "EN", "no ink claim in the listing"),
                ("[[Voted puzzle of the year by our customers]].", "SP", "invented social proof"),
                ("[[Only $19]] this week.", "PR", "the price is $24")]),
    "X06": dict(
        pad="Machine wash at 30 °C and skip the tumble dryer.",
        clean=["Quarter-length running socks in a 58% merino blend with a cushioned heel and toe.",
               "One pair of merino running socks, $18.",
               "Merino-blend running socks with an arch support band, sizes S, M and L, in Slate or Coral.",
               "Yes, wash them in the machine at 30 °C (86 °F), but keep them out of the tumble dryer."],
        faulty=[("[[100% merino]] running socks.", "M", "58% merino, 39% nylon, 3% elastane"),
                ("[[Three pairs]] in every pack.", "N", "one pair"),
                ("Sizes [[XS to XL]].", "S", "sizes S, M and L"),
                ("[[Tumble dry]] on low.", "CR", "do not tumble dry"),
                ("[[Prevents blisters]] on long runs.", "HE", "an unsupported health claim")]),
    "X07": dict(
        pad="Hanging rope and S-hooks are included.",
        clean=["A cotton rope hammock with hardwood spreader bars and a 200 cm bed, roughly 6 ft 7 in.",
               "Cotton rope hammock for one, up to 150 kg, $75.",
               "A 140 cm wide rope hammock in Natural or Sage; tree straps are sold separately.",
               "Bring it indoors when it rains, and supervise children under 6 in it."],
        faulty=[("Room for [[two people]] to stretch out.", "N", "one person"),
                ("[[Weatherproof]], so it can stay out all year.", "F", "bring it indoors in rain"),
                ("Spreader bars in [[teak]].", "M", "hardwood, no species given"),
                ("[[Handwoven in Brazil]].", "O", "no origin in the listing"),
                ("[[Free shipping]] on every hammock.", "SH", "no shipping terms in the listing")]),
    "X08": dict(
        pad="It sits on a rubber base.",
        clean=["A combination stone, 1000 grit to sharpen and 6000 grit to polish, 180 x 60 mm (roughly 7 by 2⅓ inches).",
               "1000/6000 whetstone on a rubber base, $42.",
               "Soak the 1000 side for ten minutes; just splash the 6000 side before polishing.",
               "No. It is not for serrated knives."],
        faulty=[("Soak the stone [[for 30 minutes]] before use.", "N", "soak the 1000 side for 10 minutes"),
                ("[[Sharpens serrated knives]] too.", "CO", "not for serrated knives"),
                ("[[Never needs flattening]].", "CR", "flatten the stone regularly"),
                ("[[Made in Japan]].", "O", "no origin in the listing; only the vendor name sounds Japanese"),
                ("Comes on a [[bamboo]] base.", "M", "a rubber base")]),
    "X09": dict(
        pad="Bronze-die paccheri made from durum wheat semolina and water.",
        clean=["Paccheri from Gragnano, near Naples, bronze-drawn and slowly dried.",
               "~Paccheri di Gragnano IGP, 500 g, 3,90 €.",
               "Durum wheat paccheri, 500 g (about 1.1 lb) in a paper pack; cook for 13 minutes.",
               "It may contain traces of soy and mustard."],
        faulty=[("~Cottura [[9 minuti]].", "N", "cooking time 13 minutes"),
                ("Made with [[egg]] and durum wheat semolina.", "M", "semolina and water only"),
                ("[[Gluten-free]] paccheri.", "HE", "durum wheat pasta; a false dietary claim"),
                ("[[Made in Parma]].", "O", "made in Gragnano"),
                ("~[[Spaghetti]] di Gragnano trafilati al bronzo.", "CA", "the product is paccheri")]),
    "X10": dict(
        pad="A 300 g cube for laundry, the house and hands.",
        clean=["A cauldron-cooked Marseille soap with 72% vegetable oils, olive oil among them.",
               "~Savon de Marseille, 300 g, 7,50 €.",
               "Unscented and uncoloured: a 300 g (10.6 oz) cube for laundry, the house and your hands.",
               "It is made in Marseille, France."],
        faulty=[("~Cube de [[400 g]].", "N", "a 300 g cube"),
                ("[[Lavender-scented]] Marseille soap.", "M", "no fragrance"),
                ("[[Safe for eczema-prone skin]].", "HE", "an unsupported health claim"),
                ("[[Certified organic]].", "CE", "no certification in the listing"),
                ("Made in [[Lyon]].", "O", "made in Marseille")]),
    "X11": dict(
        pad="A hand-thrown stoneware stein with a pewter lid.",
        clean=["A half-litre stein, about 17 fl oz, in salt-glazed stoneware.",
               "~Bierkrug mit Zinndeckel, 0,5 l, 34 €.",
               "Made in Kelheim, Bavaria, Germany; wash it by hand and keep it out of the microwave.",
               "No, it stays out of the microwave; wash it by hand."],
        faulty=[("~Inhalt [[1 Liter]].", "N", "0.5 litre"),
                ("With a [[silver]] lid.", "M", "a pewter lid"),
                ("[[Dishwasher safe]].", "CR", "hand wash only"),
                ("~[[Hergestellt in Franken]].", "O", "made in Kelheim, Lower Bavaria, not Franconia"),
                ("[[Keeps beer cold for hours]].", "F", "no insulation claim in the listing")]),
    "X12": dict(
        pad="Hand-painted with a tulip motif.",
        clean=["Traditional poplar-wood clogs from Marken, North Holland.",
               "~Klompen van populierenhout, maat 36-46, € 39.",
               "Klompen for the garden, hand-painted with tulips, in EU sizes 36 to 46.",
               "No, they are not lacquered to be waterproof."],
        faulty=[("Sizes [[34 to 48]].", "S", "sizes 36 to 46"),
                ("[[Willow]] wood clogs.", "M", "poplar wood"),
                ("A [[waterproof lacquer]] keeps your feet dry.", "F", "not waterproof lacquered"),
                ("~[[Gemaakt in Volendam]].", "O", "made in Marken"),
                ("Painted in [[Delft blue]].", "C", "no colour in the listing", "warn")]),
    "X13": dict(
        pad="Traditional red with kurbits painting.",
        clean=["A hand-carved, hand-painted Dala horse in pine, 13 cm (about 5 in) tall.",
               "~Dalahäst av furu, 13 cm, 495 kr.",
               "Made in Nusnäs, Dalarna, Sweden: a decorative piece, not a toy.",
               "No. It is an ornament, not a toy."],
        faulty=[("A [[blue]] Dala horse with kurbits.", "C", "traditional red"),
                ("Carved from [[birch]].", "M", "pine (furu)"),
                ("[[A safe toy for toddlers]].", "HE", "the listing says it is not a toy"),
                ("~[[20 cm]] hög.", "N", "13 cm high"),
                ("~[[Tillverkad i Mora]].", "O", "made in Nusnäs")]),
    "X14": dict(
        pad="Finished with fringes.",
        clean=["A woven throw in 100% lambswool, 130 x 180 cm, about 51 x 71 inches.",
               "~Plaid i lammeuld, 130 x 180 cm, 899 kr.",
               "Woven on Fanø, Denmark, in grey or ochre.",
               "Skip the washing machine: dry-clean it or simply air it."],
        faulty=[("[[Machine washable]] at 30 °C.", "CR", "no machine wash"),
                ("[[Alpaca]] and lambswool.", "M", "100% lambswool"),
                ("~Mål [[150 x 200 cm]].", "N", "130 x 180 cm"),
                ("In [[grey, ochre and navy]].", "C", "grey and ochre only"),
                ("[[The warmest throw you will ever own]].", "AB", "an unprovable superlative")]),
    "X15": dict(
        pad="Fragile, so keep it away from small children.",
        clean=["A mouth-blown glass bauble, 8 cm (about 3 in) across, painted by hand.",
               "~Skleněná koule, 8 cm, 290 Kč.",
               "A hand-painted Christmas bauble from Poniklá in the Krkonoše (Giant Mountains), Czech Republic, in blue or gold.",
               "No. It is fragile glass and not suitable for small children."],
        faulty=[("[[Shatterproof]] glass.", "F", "the listing says fragile"),
                ("~[[Vyrobeno v Jablonci]].", "O", "made in Poniklá"),
                ("A [[set of six]] baubles.", "N", "one bauble"),
                ("In [[silver]] or gold.", "C", "blue or gold"),
                ("[[Sold out every Christmas]].", "SP", "invented social proof")]),
    "X16": dict(
        pad="Hand-hammered copper with a brass handle.",
        clean=["A hand-hammered copper cezve, tin-lined, that holds 250 ml (about 8½ fl oz), enough for two cups.",
               "~Bakır cezve, 250 ml, 650 TL.",
               "Made in Gaziantep, Türkiye. Wash it by hand; it does not go in the dishwasher.",
               "No, it cannot be used on induction hobs."],
        faulty=[("[[Works on induction]] hobs.", "CO", "not for induction"),
                ("A [[wooden]] handle.", "M", "a brass handle"),
                ("Makes [[four cups]] at a time.", "N", "two cups"),
                ("~[[İstanbul'da üretilmiştir]].", "O", "made in Gaziantep"),
                ("[[Only $650]].", "PR", "the price is 650 TRY, not dollars")]),
    "X17": dict(
        pad="Harvested in November 2026.",
        clean=["Extra virgin olive oil from Koroneiki olives, cold-extracted in Kalamata, Messinia.",
               "~Ελαιόλαδο Κορωνέικη, 750 ml, 14,50 €.",
               "A 750 ml glass bottle (about 25 fl oz) of Greek extra virgin oil with acidity under 0.3%.",
               "It comes from Kalamata in Messinia, Greece, from the November 2026 harvest."],
        faulty=[("Acidity [[below 0.1%]].", "N", "below 0.3%"),
                ("From [[Crete]].", "O", "from Kalamata, Messinia"),
                ("[[Lowers cholesterol]].", "HE", "an unsupported health claim"),
                ("Sold in a [[tin]].", "M", "a glass bottle"),
                ("[[€12.50]] a bottle.", "PR", "the price is €14.50")]),
    "X18": dict(
        pad="The glaze has a fine crackle.",
        clean=["A celadon tea cup made in Icheon, Gyeonggi Province, holding 150 ml (about 5 fl oz).",
               "~이천 청자 찻잔, 150 ml, 38,000원.",
               "A celadon cup with a crackled glaze; wash it by hand and keep it out of the microwave.",
               "No, please do not put it in the microwave."],
        faulty=[("[[Microwave safe]].", "CO", "no microwave"),
                ("~용량 [[200 ml]].", "N", "150 ml"),
                ("[[Fired in Gangjin]].", "O", "made in Icheon"),
                ("A [[crackle-free]] glaze.", "F", "the glaze has crackle"),
                ("[[Ships the next day]].", "SH", "no shipping terms in the listing")]),
    "X19": dict(
        pad="It comes with its tejolote (pestle).",
        clean=["A hand-carved basalt molcajete, 20 cm (about 8 in) across, with its pestle.",
               "~Molcajete de basalto de 20 cm, $650 MXN.",
               "Made in San Lucas Evangelista, Jalisco, Mexico. Season it with rice before first use.",
               "Skip the soap: rinse it with water only."],
        faulty=[("Wash with [[soap and hot water]].", "CR", "no soap"),
                ("A [[granite]] mortar.", "M", "basalt"),
                ("~[[Hecho en Oaxaca]].", "O", "made in Jalisco"),
                ("[[Pre-seasoned]], ready to use.", "F", "cure it with rice before first use"),
                ("[[25 cm]] across.", "N", "20 cm diameter")]),
    "X20": dict(
        pad="It has a quilted cotton lining.",
        clean=["A flat cap in pure new wool Donegal tweed, woven in Ardara, Ireland.",
               "Donegal tweed flat cap, €65.",
               "Sizes 56, 58 and 60; dry clean only.",
               "Have it dry cleaned rather than washing it."],
        faulty=[("A [[silk]] lining.", "M", "a cotton lining"),
                ("Sizes [[54 to 62]].", "S", "sizes 56, 58 and 60"),
                ("[[Hand-washable]].", "CR", "dry clean only"),
                ("[[Woven in Scotland]].", "O", "woven in Ardara, County Donegal"),
                ("[[Waterproof]] tweed.", "F", "no waterproofing in the listing")]),
    "X21": dict(
        pad="It has two brightness levels.",
        clean=["A red LED torch that protects your night vision while you read star charts.",
               "Red astronomy torch, 14 cm, $22.",
               "An aluminium red-light torch, about 5½ in long, powered by two AA batteries you supply.",
               "No, the two AA batteries are not included."],
        faulty=[("[[Batteries included]].", "F", "batteries not included"),
                ("[[Three]] brightness levels.", "N", "two brightness levels"),
                ("A [[titanium]] body.", "M", "aluminium"),
                ("Switches to [[white light]] for setting up.", "F", "red LED only"),
                ("A [[Celestron]] red torch.", "B", "the vendor is Darksky Gear")]),
    "X22": dict(
        pad="Self-assembly, with the screws included.",
        clean=["An 80 cm (about 31½ in) post wrapped in natural sisal on a 40 x 40 cm carpeted base.",
               "Sisal scratching post in Beige or Grey, $45.",
               "A sisal scratching post with a hanging pom-pom toy; screws for assembly included.",
               "It comes flat and goes together with the screws in the box."],
        faulty=[("Stands [[1 m]] tall.", "N", "80 cm"),
                ("[[Catnip-infused]] sisal.", "M", "natural sisal rope"),
                ("[[Arrives fully assembled]].", "F", "self-assembly"),
                ("In [[beige, grey or pink]].", "C", "Beige or Grey"),
                ("[[Plastic-free]] from top to bottom.", "EN", "carpet base and a toy; no such claim")]),
    "X23": dict(
        pad="They come with three interchangeable nose bridges.",
        clean=["Anti-fog polycarbonate lenses with UV protection, silicone seals and a split strap.",
               "Swim goggles, $19; Mirror Blue $24.",
               "Adult swim goggles with Clear, Smoke or Mirror Blue lenses.",
               "Rinse them in fresh water after each swim."],
        faulty=[("[[Prescription lenses]] available.", "F", "no prescription option"),
                ("[[Kids' sizes]] too.", "S", "adult fit only"),
                ("[[All lenses $19]].", "PR", "Mirror Blue is $24"),
                ("[[Latex]] seals.", "M", "silicone seals"),
                ("They [[never fog]].", "AB", "an absolute; anti-fog does not promise never")]),
    "X24": dict(
        pad="It comes with a zip cover.",
        clean=["A five-ply blade with 1.8 mm sponge under pimples-in rubber, red on one side and black on the other.",
               "Table tennis bat, £32.",
               "ITTF-approved rubbers on a 5-ply blade with a flared handle.",
               "Yes, the rubbers are ITTF approved."],
        faulty=[("A [[2.2 mm]] sponge.", "N", "1.8 mm sponge"),
                ("A [[carbon]] blade.", "M", "five-ply wood"),
                ("A [[straight handle]].", "F", "a flared handle"),
                ("[[Butterfly]] rubbers.", "B", "no rubber brand in the listing"),
                ("[[Used by Olympic players]].", "SP", "invented social proof")]),
    "X25": dict(
        pad="Rail joiners are included.",
        clean=["Six 91 cm lengths (about 3 ft each) of N gauge flexible track, 1:160 scale.",
               "N gauge flex track, pack of six, $27.",
               "Code 55 nickel silver rail on brown wood-effect sleepers; not for OO or HO layouts.",
               "No, it is N scale only, so it won't suit OO or HO."],
        faulty=[("[[Works with HO layouts]].", "CO", "not for OO or HO"),
                ("[[Brass]] rail.", "M", "nickel silver rail"),
                ("[[Code 80]] rail.", "N", "code 55"),
                ("[[Rigid sectional track]] for quick layouts.", "CA", "flexible track"),
                ("[[Concrete-effect]] sleepers.", "F", "wooden-effect sleepers")]),
    "X26": dict(
        pad="Quick-release spring bars make swapping it easy.",
        clean=["A soft silicone strap for 20 mm lugs with a stainless steel buckle.",
               "Silicone strap in Black, Navy or Orange, $15.",
               "Fits wrists from 140 to 200 mm, about 5½ to 7¾ inches; waterproof.",
               "Yes, it is waterproof."],
        faulty=[("[[Fits Apple Watch]].", "CO", "a 20 mm lug strap; no such fit stated"),
                ("For [[22 mm]] lugs.", "S", "20 mm lugs only"),
                ("A [[titanium]] buckle.", "M", "stainless steel"),
                ("[[A genuine Garmin strap]].", "B", "the vendor is Loopline"),
                ("[[Two-year warranty]].", "W", "no warranty in the listing")]),
    "X27": dict(
        pad="It has a US plug and takes 100-240 V.",
        clean=["A 65 W GaN charger with two USB-C ports and one USB-A port, using USB Power Delivery 3.0.",
               "65 W USB-C charger, $39.",
               "Charges USB-C laptops, tablets and phones; the full 65 W comes from one port and is shared when two are in use.",
               "No cable is included, and it is covered by an 18-month warranty."],
        faulty=[("[[65 W from every port at once]].", "F", "65 W from one port, shared when two are used"),
                ("[[Two-year warranty]].", "W", "18-month warranty"),
                ("A [[100 W]] charger.", "N", "65 W"),
                ("[[MFi certified]].", "CE", "no certification in the listing"),
                ("[[Ships free the same day]].", "SH", "no shipping terms in the listing")]),
    "X28": dict(
        pad="It is calibrated at 20 °C (68 °F).",
        clean=["A glass hydrometer with three scales: specific gravity from 0.990 to 1.170, potential alcohol and Brix.",
               "Triple-scale hydrometer, $9.",
               "A 28 cm (11 in) hydrometer whose plastic storage tube doubles as a test jar.",
               "It reads specific gravity, potential alcohol and Brix."],
        faulty=[("Calibrated at [[15 °C]].", "N", "calibrated at 20 °C"),
                ("[[Shatterproof plastic]] hydrometer.", "M", "glass"),
                ("Comes with [[a glass test jar]].", "F", "the plastic tube doubles as the test jar"),
                ("This [[refractometer]] reads sugar in a drop.", "CA", "a hydrometer"),
                ("[[The most accurate hydrometer on the market]].", "AB", "an unprovable superlative")]),
    "X29": dict(
        pad="It is polished by hand.",
        clean=["A genuine cow bone folder, 15 cm (about 6 in) long, with one pointed end and one rounded.",
               "Bone folder, $12.",
               "Test it on dark papers first, as bone can leave a shine.",
               "It is real cow bone, 15 cm long."],
        faulty=[("A [[Teflon]] folder.", "M", "cow bone"),
                ("It [[never leaves a shine]].", "F", "bone can leave a shine on dark papers"),
                ("[[20 cm]] long.", "N", "15 cm"),
                ("[[Made in France]].", "O", "no origin in the listing"),
                ("A [[vegan]] bone folder.", "CE", "made of cow bone")]),
    "X30": dict(
        pad="We sharpen by hand on water stones.",
        clean=["Hand sharpening on water stones at £6 a knife, or £4 each when you bring five or more.",
               "Knife sharpening in Bath from £4 a knife.",
               "Drop your kitchen knives at our Bath workshop and collect them three working days later.",
               "No, we don't sharpen serrated or ceramic knives."],
        faulty=[("[[£4 a knife, any quantity]].", "PR", "£6 a knife; £4 only for five or more"),
                ("[[Ready in 24 hours]].", "SH", "ready in three working days"),
                ("[[Ceramic knives welcome]].", "CO", "no ceramic knives"),
                ("[[Machine-ground]] edges.", "F", "sharpened by hand"),
                ("[[Sharpness guaranteed for a year]].", "W", "no guarantee in the listing")]),
    "X31": dict(
        pad="Priced at $68.",
        clean=["A wicker picnic hamper from Willowby.", "Wicker picnic hamper, $68.",
               "It is a wicker picnic hamper, priced at $68."],
        faulty=[("Set for [[four]] people.", "N", "the listing gives only title, vendor and price"),
                ("[[Handwoven in Somerset]].", "O", "no origin in the listing"),
                ("[[Plates and cutlery included]].", "F", "no contents in the listing"),
                ("[[Leather]] straps.", "M", "no straps or materials beyond wicker")]),
    "X32": dict(
        pad="It measures 18 cm across.",
        clean=["A glazed plant pot, 18 cm (about 7 in) across.", "Glazed plant pot, $21.",
               "An 18 cm glazed pot from Terrafold.", "It is 18 cm in diameter."],
        faulty=[("[[Frost-proof]].", "F", "no such property in the listing"),
                ("[[18 cm tall]].", "N", "18 cm is the diameter"),
                ("[[Terracotta]] pot.", "M", "no material beyond glazed"),
                ("Glazed in [[sage green]].", "C", "no colour in the listing", "warn")]),
    "X33": dict(
        pad="Each item is also sold on its own.",
        clean=["A watercolour starter set: 12 pan colours, a size 6 round brush, an A5 cold-pressed pad and a ceramic palette.",
               "All four items come to $45.",
               "Yes, each item is also sold on its own: the pans $18, the brush $7, the pad $11 and the palette $9."],
        faulty=[("[[24 colours]] in pans.", "N", "12 colours"),
                ("A [[Kolinsky sable]] brush.", "M", "synthetic sable"),
                ("[[The whole set for $35]].", "PR", "the items total $45"),
                ("An [[oil painting]] starter set.", "CA", "a watercolour set")]),
    "X34": dict(
        pad="Roof felt is included; the base is not.",
        clean=["An overlap-clad pent shed, 6 x 4 ft (about 1.8 x 1.2 m), in pressure-treated spruce.",
               "Pent shed, 6 x 4 ft, £499.",
               "Delivery, assembly booking, returns and the warranty are all handled by Larchbrook Sheds, who sell and ship it."],
        faulty=[("[[We deliver and assemble it free]].", "SH", "the partner handles delivery and assembly booking"),
                ("[[Our 10-year warranty]].", "W", "the partner handles the warranty; no term given"),
                ("[[Cedar]] cladding.", "M", "pressure-treated spruce"),
                ("[[Double doors]].", "F", "a single door")]),
    "X35": dict(
        pad="Made in Asheville, North Carolina.",
        clean=["A rich hand cream with 15% shea butter and sweet almond oil, lightly scented with lavender.",
               "Shea hand cream, 75 ml (2.5 fl oz), $14.",
               "Yes, it contains nuts: sweet almond oil."],
        faulty=[("[[Nut-free]] formula.", "HE", "contains nuts (almond)"),
                ("[[Unscented]].", "F", "lightly scented with lavender"),
                ("With [[30% shea butter]].", "N", "15% shea butter"),
                ("[[Dermatologist approved]].", "CE", "no approval in the listing")]),
    "X36": dict(
        pad="Wipe it clean with a damp cloth.",
        clean=["Seven nesting arches of solid beech in water-based paint; the largest is 28 cm (11 in) wide.",
               "Wooden stacking rainbow, $34.",
               "It suits children from 12 months."],
        faulty=[("[[Nine]] arches.", "N", "seven arches"),
                ("[[Safe from birth]].", "HE", "for ages 12 months and up"),
                ("[[FSC-certified]] beech.", "CE", "no certification in the listing"),
                ("[[Plastic-free packaging]].", "EN", "no packaging claim in the listing")]),
    "X37": dict(
        pad="They can be re-sharpened.",
        clean=["Drop-forged steel shears, 25 cm (about 10 in) long, with a bent handle that keeps the fabric flat.",
               "Dressmaking shears, £36.",
               "Keep them for fabric; paper dulls the blades."],
        faulty=[("[[For left- or right-handed use]].", "F", "right-handed"),
                ("[[Cuts paper and card too]].", "CO", "fabric only"),
                ("They [[stay sharp forever]].", "AB", "an absolute; they are re-sharpenable"),
                ("[[Pinking shears]] for zigzag edges.", "CA", "straight dressmaking shears")]),
    "X38": dict(
        pad="It all packs into a zip pouch.",
        clean=["A five-piece kit: blower, lens pen, 30 ml (1 fl oz) of alcohol-free fluid, 20 tissues and a microfibre cloth.",
               "Lens cleaning kit in a zip pouch, $17.",
               "Safe for coated camera lenses and filters; not for cleaning sensors.",
               "No, it is not for sensors."],
        faulty=[("[[Sensor swabs]] included.", "F", "not for sensors; no swabs"),
                ("[[50 ml]] of cleaning fluid.", "N", "30 ml"),
                ("[[Alcohol-based]] fluid.", "M", "alcohol-free"),
                ("[[Made by Nikon]].", "B", "the vendor is Clearframe")]),
    "X39": dict(
        pad="It is cast in Tennessee.",
        clean=["A 26 cm (about 10¼ in) cast iron skillet, pre-seasoned with vegetable oil.",
               "Cast iron skillet, 26 cm, $49.",
               "Yes, it works on induction, as well as gas, electric, in the oven and over a campfire."],
        faulty=[("[[Dishwasher safe]].", "CR", "hand wash, dry and oil"),
                ("Weighs [[1.6 kg]].", "N", "2.4 kg"),
                ("An [[enamelled]] interior.", "F", "pre-seasoned bare cast iron"),
                ("[[Cast in Ohio]].", "O", "cast in Tennessee")]),
    "X40": dict(
        pad="Rubber feet and snow baskets are included.",
        clean=["A pair of three-section carbon fibre poles that adjust from 100 to 135 cm.",
               "Carbon trekking poles, pair, $95.",
               "Each pole weighs 230 g, about 8 oz."],
        faulty=[("[[Foam]] grips.", "M", "cork grips"),
                ("[[Folding four-section]] poles.", "F", "three-section, flick-lock"),
                ("[[$95 each]].", "PR", "$95 for the pair"),
                ("[[Reduces knee strain by 25%]].", "HE", "an unsupported health claim")]),
}


def _html(sentences):
    return "<p>" + html.escape(" ".join(sentences), quote=False) + "</p>"


def _serialise(kind, sentences, key):
    text = " ".join(sentences)
    if kind in ("description", "short_description"):
        return _html(sentences)
    lst = make_listings.LISTINGS[key]
    if kind == "seo":
        return json.dumps({"title": f"{lst['title']} | {lst['vendor']}", "description": text}, ensure_ascii=False)
    return json.dumps([{"question": Q, "answer": text}], ensure_ascii=False)


def _strip_marks(marked):
    m = re.search(r"\[\[(.+?)\]\]", marked)
    return marked.replace("[[", "").replace("]]", ""), m.group(1)


def _locate(kind, text, claim):
    needle = claim
    if kind in ("description", "short_description"):
        needle = html.escape(claim, quote=False)
    else:
        needle = json.dumps(claim, ensure_ascii=False)[1:-1]
    assert text.count(needle) == 1, (text, needle)
    start = text.index(needle)
    return start, start + len(needle), needle


def build():
    clean, faulty = [], []
    for key, entry in H.items():
        cl = entry["clean"]
        kinds = ["description", "short_description", "seo", "faq"] if len(cl) == 4 else \
            ["description", "short_description", "faq"]
        for kind, sentence in zip(kinds, cl, strict=True):
            sentence = sentence.lstrip("~")
            parts = [sentence, entry["pad"]] if kind == "description" and sentence != entry["pad"] else [sentence]
            clean.append({"listing": key, "kind": kind, "text": _serialise(kind, parts, key), "labels": []})
        fl = entry["faulty"]
        kinds = ["description", "short_description", "seo", "description", "faq"] if len(fl) == 5 else \
            ["description", "short_description", "seo", "faq"]
        for kind, item in zip(kinds, fl, strict=True):
            marked, code, why = item[:3]
            rule = R[code]
            severity = item[3] if len(item) > 3 else ("warn" if rule in WARN_RULES else "block")
            sentence, claim = _strip_marks(marked.lstrip("~"))
            parts = [sentence, entry["pad"]] if kind == "description" else [sentence]
            text = _serialise(kind, parts, key)
            start, end, needle = _locate(kind, text, claim)
            faulty.append({"listing": key, "kind": kind, "text": text, "labels": [
                {"rule": rule, "start": start, "end": end, "claim": needle, "severity": severity, "why": why}]})
    return clean, faulty
