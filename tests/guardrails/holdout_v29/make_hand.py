"""Hand-written clean and faulty drafts for guardrails holdout v29, written for this set.

Claims in faulty sentences are marked [[...]]; build() strips the marks and stores their offsets in the serialised
text. Run through assemble.py.
"""
import html
import json
import re

import make_listings

RECAST = ("d", "s", "seo", "d", "faq", "s", "seo")
KIND = {"d": "description", "s": "short_description", "seo": "seo", "faq": "faq"}
DATA = {}
PADS = {}


def C(listing, draft, kind="d"):
    """A clean draft: kind d/s take a string or a list of paragraphs, seo a pair, faq a list of pairs."""
    DATA.setdefault(listing, {"clean": [], "faulty": []})["clean"].append((kind, draft))


def F(listing, draft, rule, severity, why, kind=None, native=False, more=None):
    """A faulty sentence with one [[claim]]; recast into a kind in turn unless kind is given."""
    DATA.setdefault(listing, {"clean": [], "faulty": []})["faulty"].append(
        {"sentence": draft, "rule": rule, "severity": severity, "why": why, "kind": kind, "native": native})


def qa(*pairs):
    return [{"question": q, "answer": a} for q, a in pairs]


def seo(title, description):
    return {"title": title, "description": description}


def pad(key, en, q="What should I know about it?", native=None, q_native=None):
    """The true sentence put next to a faulty sentence in descriptions, and the FAQ question."""
    PADS[key] = {"en": en, "q": q, "native": native, "q_native": q_native}


A, M, CO, CE, O, SZ, CA, FE, CR, W, B, CP = (
    "accuracy.number", "accuracy.material", "accuracy.colour", "accuracy.certification", "accuracy.origin",
    "accuracy.size", "accuracy.category", "accuracy.feature", "accuracy.care", "accuracy.warranty",
    "accuracy.brand", "accuracy.compatibility")
PR, SH, HE, AB, EN, SP = ("accuracy.price", "compliance.shipping", "compliance.health", "compliance.absolute",
                          "compliance.environmental", "compliance.social_proof")
BL, WA = "block", "warn"

# X01 embroidery kit
pad("X01", "The kit teaches back stitch, satin stitch, French knot and stem stitch.")
C("X01", "Stitch a fern in four stitches: back stitch, satin stitch, French knots and stem stitch. The kit holds a "
         "15 cm beech hoop, a printed cotton panel, six skeins of cotton floss, two needles and an illustrated guide.")
C("X01", ["A hoop about 6 inches across, in beech, frames the printed fern.",
          "Designed and packed in Leeds, and the finished piece washes by hand in cool water. £22."])
C("X01", "Everything for one fern: hoop, panel, six skeins of floss, a pair of needles and a guide.", "s")
C("X01", "A beginner kit from Threadbare Studio that teaches four stitches, packed in Leeds, England.", "s")
C("X01", qa(("What stitches will I learn?", "Back stitch, satin stitch, French knot and stem stitch."),
            ("How do I wash it?", "By hand, in cool water.")), "faq")
F("X01", "The floss is [[pure silk]], soft and glossy.", M, BL, "the floss is 100 % cotton")
F("X01", "[[The cotton panel is screen-printed in Lancashire]].", O, BL, "only designed and packed in Leeds is given")
F("X01", "It includes [[twelve skeins]] of floss.", A, BL, "six skeins")
F("X01", "The finished hoop is [[machine washable at 40 °C]].", CR, BL, "wash by hand in cool water")
F("X01", "[[A pair of embroidery scissors]] is in the box too.", FE, BL, "scissors are not among the contents")
F("X01", "[[Loved by more than 10,000 stitchers]].", SP, WA, "unverifiable social proof")
# X02 block plane
pad("X02", "The body is ductile cast iron with an adjustable mouth.")
C("X02", "A 6¼-inch low-angle block plane: the blade sits bevel up at 25° on a 12° bed, which suits end grain and "
         "chamfers. The mouth adjusts.")
C("X02", "The body is ductile cast iron and the blade A2 steel, about 35 mm wide. At roughly 725 g it sits easily in "
         "one hand.")
C("X02", "Low-angle block plane with an A2 blade, $129.", "s")
C("X02", "Ships honed, not polished; a wipe of camellia oil keeps rust off the iron.", "s")
C("X02", seo("Low-Angle Block Plane | Marrow & Pike",
             "A 12° bed, a 25° bevel-up A2 blade and an adjustable mouth for end grain."), "seo")
F("X02", "The blade is [[O1 tool steel]], easy to sharpen.", M, BL, "the blade is A2 steel")
F("X02", "[[Cast in Sheffield, England]].", O, BL, "no origin is given")
F("X02", "A [[7 in]] plane for end grain and chamfers.", A, BL, "the plane is 6¼ in long")
F("X02", "The blade arrives [[polished to a mirror finish]].", FE, BL, "honed but not polished")
F("X02", "[[Guaranteed for life]] against breakage.", W, BL, "no warranty is given")
F("X02", "[[The finest block plane money can buy]].", AB, WA, "unverifiable superlative")
# X03 planisphere
pad("X03", "Set the date against the hour and it shows the sky above you.")
C("X03", "Turn the wheel until the date meets the hour and the chart shows tonight's sky, for anywhere between 40° "
         "and 50° north.")
C("X03", "About 10 inches across (26 cm), on half-millimetre laminated card, it shows stars down to magnitude 5.")
C("X03", "A star finder for 40-50° N, readable under a red torch.", "s")
C("X03", "Laminated card planisphere, $18. Not for the southern hemisphere.", "s")
C("X03", qa(("Does it work in Australia?", "No. It is made for 40° to 50° north, not the southern hemisphere."),
            ("Which constellations are on it?", "Every constellation visible from 40° to 50° north.")), "faq")
F("X03", "The stars are [[printed in glow-in-the-dark ink]].", FE, BL, "readable under a red torch; no glow")
F("X03", "It works [[anywhere in the world]].", CP, BL, "40° to 50° north only, not the southern hemisphere")
F("X03", "It shows stars to [[magnitude 6]].", A, BL, "magnitude 5")
F("X03", "Printed on [[anodised aluminium]].", M, BL, "laminated card")
F("X03", "[[A favourite of 40,000 backyard astronomers]].", SP, WA, "unverifiable social proof")
F("X03", "[[It ships the same day]].", SH, BL, "no shipping promise is given")
F("X03", "[[Printed on FSC-certified card]].", CE, BL, "no certification is given")
# X04 scratching post
pad("X04", "Assembly takes one bolt, included.")
C("X04", "A tall sisal post, 70 cm, on a 40 cm square base that stays put when a cat leans in.")
C("X04", "The base is MDF under grey carpet, and the post is wrapped in natural sisal rope. It goes together with a "
         "single bolt, which is in the box.")
C("X04", "Sisal scratching post, about 28 inches tall, £34.", "s")
C("X04", "Vacuum the carpet; leave the sisal dry. Spare posts are sold on their own.", "s")
C("X04", qa(("Can I wash the rope?", "No, do not wash the sisal. Vacuum the base instead."),
            ("How heavy is it?", "4.2 kg, heavy enough not to tip.")), "faq")
F("X04", "The post is wrapped in [[jute]].", M, BL, "natural sisal rope")
F("X04", "A [[90 cm]] post for full stretches.", A, BL, "the post is 70 cm")
F("X04", "[[A spare post is included]].", FE, BL, "a replacement post is sold separately")
F("X04", "The base carpet comes in [[beige or charcoal]].", CO, BL, "the carpet is grey")
F("X04", "[[It calms anxious cats and eases arthritis]].", HE, BL, "invented health claim")
F("X04", "[[Free next-day delivery]] on every post.", SH, BL, "no shipping promise is given")
# X05 running vest
pad("X05", "Ripstop nylon with mesh sides and reflective trim.")
C("X05", "A 5-litre vest that carries a litre of water up front in two 500 ml soft flasks, with a zipped pocket at "
         "the back.")
C("X05", "Ripstop nylon with mesh at the sides, reflective trim on both faces and two sternum straps to snug the fit.")
C("X05", "Two sizes by chest: S/M for 81-97 cm, L/XL for 97-112 cm.", "s")
C("X05", "Hand wash and hang it up to dry. $89.", "s")
C("X05", seo("Trail Running Vest 5 L | Ridgeback Run",
             "Five litres, two 500 ml flasks, reflective trim, about 9 oz."), "seo")
F("X05", "It comes with two [[750 ml]] soft flasks.", A, BL, "the flasks are 500 ml")
F("X05", "[[Fully waterproof]] ripstop keeps your kit dry.", FE, BL, "no waterproofing is stated; mesh sides")
F("X05", "Made in sizes [[XS to XXL]].", SZ, BL, "S/M and L/XL only")
F("X05", "[[Machine wash and tumble dry]].", CR, BL, "hand wash, line dry")
F("X05", "[[Made from recycled ocean plastic]].", EN, BL, "no recycled content is stated")
F("X05", "[[Built for 100-mile ultramarathons]].", CP, WA, "an invented use")
F("X05", "Designed with [[Salomon]].", B, BL, "the vendor is the only brand")
# X06 secateurs
pad("X06", "The blade and spring can be replaced.")
C("X06", "Bypass secateurs for live growth up to 20 mm thick, about three-quarters of an inch.")
C("X06", "Non-stick coated carbon steel blades, aluminium handles and a thumb lock, eight inches long.")
C("X06", "A$59 bypass secateurs with a replaceable blade and spring.", "s")
C("X06", "Keep them for live stems: not dead wood, not wire.", "s")
C("X06", qa(("Can I replace the blade?", "Yes, the blade and spring can be replaced; spares are sold separately."),
            ("How do I care for them?", "Wipe them clean and oil the pivot after use.")), "faq")
F("X06", "The blades are [[stainless steel]].", M, BL, "carbon steel with a non-stick coating")
F("X06", "They cut branches up to [[35 mm]] thick.", A, BL, "up to 20 mm")
F("X06", "[[Handles dead wood and fencing wire]] too.", CP, BL, "not for dead wood or wire")
F("X06", "[[Forged in Seki, Japan]].", O, BL, "no origin is given")
F("X06", "[[Anvil secateurs]] with a thumb lock.", CA, BL, "they are bypass secateurs")
F("X06", "[[Ten-year warranty]].", W, BL, "no warranty is given")
# X07 tulips (Dutch)
pad("X07", "Ten bulbs, size 12/+.", native="Bloeit in mei, 60 cm hoog.", q_native="Wat moet ik weten?")
C("X07", "Tien bollen van 'Koningin van de Nacht', een bijna zwarte tulp, maat 12/+, geteeld in Lisse.")
C("X07", ["Ten 'Queen of Night' tulip bulbs, near-black, grown in Lisse in the Netherlands.",
          "Plant them in October or November, about 6 inches deep and 4 inches apart."])
C("X07", "Plant in oktober of november; bloei in mei, zo'n 60 cm hoog.", "s")
C("X07", "A bag of ten near-black tulip bulbs for €8.50. Not edible, and poisonous to cats.", "s")
C("X07", qa(("Wanneer bloeien ze?", "In mei."), ("Are they safe around cats?", "No, they are toxic to cats.")), "faq")
F("X07", "[[Twintig bollen]] in één zak.", A, BL, "ten bulbs", native=True)
F("X07", "[[Geteeld bij Alkmaar]].", O, BL, "grown in Lisse", native=True)
F("X07", "[[Safe to plant where pets play]].", HE, BL, "toxic to cats")
F("X07", "[[SKAL-gecertificeerd biologisch]].", CE, BL, "no certification is given", native=True)
F("X07", "The flowers are [[deep purple with white edges]].", CO, BL, "near-black")
F("X07", "Plant them [[in spring]] for flowers in May.", CR, BL, "plant in October or November")
# X08 sujeo (Korean / English)
pad("X08", "The spoon is 21 cm and the chopsticks 22 cm long.")
C("X08", "A Korean sujeo set: one spoon and a pair of flat chopsticks in 18/10 stainless steel, with a cotton pouch "
         "to carry them.")
C("X08", "숟가락 하나와 젓가락 한 벌. Made in Gimhae, South Korea, and dishwasher safe.")
C("X08", "Spoon 21 cm, chopsticks 22 cm: about 8¼ and 8⅔ inches.", "s")
C("X08", "₩28,000 for the set, in a cotton pouch.", "s")
C("X08", seo("수저 세트 Stainless Sujeo Set | Hanok Table",
             "A spoon and flat chopsticks in 18/10 stainless steel, made in Gimhae."), "seo")
F("X08", "The chopsticks are [[titanium]].", M, BL, "18/10 stainless steel")
F("X08", "[[Made in Seoul]].", O, BL, "made in Gimhae")
F("X08", "[[Hand wash only]].", CR, BL, "dishwasher safe")
F("X08", "[[Four place settings]] in the box.", A, BL, "one spoon and one pair of chopsticks")
F("X08", "A soft [[rose-gold finish]].", CO, WA, "no colour is given")
F("X08", "[[The steel kills 99.9 % of germs]].", HE, BL, "invented health claim")
# X09 Dala horse (Swedish)
pad("X09", "Hand-carved and hand-painted in Nusnäs, Dalarna.", native="Handmålad i Nusnäs.",
    q_native="Vad bör jag veta?")
C("X09", "En dalahäst i furu, snidad och målad för hand i Nusnäs i Dalarna, 13 cm hög.")
C("X09", "A red Dala horse, about 5 inches tall, hand-carved from pine in Nusnäs, Sweden, and painted with kurbits "
         "in white, green and yellow.")
C("X09", "Röd dalahäst med kurbitsmålning, 450 kr.", "s")
C("X09", "A decoration, not a toy for under-threes. Wipe with a dry cloth.", "s")
C("X09", qa(("Är den handmålad?", "Ja, snidad och målad för hand i Nusnäs."),
            ("Can children play with it?", "It is a decoration, not a toy for children under 3.")), "faq")
F("X09", "[[Snidad i björk]].", M, BL, "pine (furu)", native=True)
F("X09", "[[Made in Småland]].", O, BL, "carved and painted in Nusnäs, Dalarna")
F("X09", "Also painted in [[blue and black]].", CO, BL, "red only")
F("X09", "[[25 cm]] hög.", A, BL, "13 cm", native=True)
F("X09", "[[Safe for babies to chew]].", HE, BL, "not a toy for children under 3")
F("X09", "[[Sweden's best-loved gift]].", AB, WA, "unverifiable superlative")
# X10 chess
pad("X10", "The pieces store in the board's two drawers.")
C("X10", "A folding 25 cm board in walnut and maple veneer, with 32 magnetic pieces that stay on their squares on a "
         "bus or train.")
C("X10", "The weighted pieces tuck into two drawers in the board; the king stands 5 cm, about 2 inches.")
C("X10", "Magnetic travel chess, designed in Winnipeg, MB. C$39.", "s")
C("X10", "Sixteen pieces a side, and small parts: not for under-threes.", "s")
C("X10", qa(("Are the pieces wood?", "No, they are weighted magnetic plastic; the board is walnut and maple veneer."),
            ("Where do the pieces go?", "Into the board's two drawers.")), "faq")
F("X10", "A board of [[solid walnut]].", M, BL, "walnut and maple veneer")
F("X10", "Also sold in a [[40 cm tournament size]].", SZ, BL, "one 25 cm board")
F("X10", "A [[30 cm]] board that folds in half.", A, BL, "a 25 cm board")
F("X10", "[[Made in Winnipeg]].", O, BL, "designed in Winnipeg only")
F("X10", "[[Fine for children of any age]].", HE, BL, "small parts, not for children under 3")
F("X10", "A [[chess clock]] comes with it.", FE, BL, "no clock is included")
F("X10", "[[Approved by FIDE]] for tournaments.", CE, BL, "no certification is given")
# X11 olive oil (Greek)
pad("X11", "Cold-extracted Koroneiki oil from Messinia.", native="Σοδειά Νοεμβρίου 2025.",
    q_native="Τι πρέπει να ξέρω;")
C("X11", "Εξαιρετικό παρθένο ελαιόλαδο Κορωνέικη από τη Μεσσηνία, ψυχρής έκθλιψης, σε σκούρο γυάλινο μπουκάλι 500 ml.")
C("X11", "Extra virgin Koroneiki olive oil from Messinia, Greece: cold-extracted, from the November 2025 harvest.")
C("X11", "Half a litre of extra virgin olive oil, acidity under 0.3 %, €14.90.", "s")
C("X11", "Φυλάξτε το μακριά από φως και ζέστη.", "s")
C("X11", seo("Εξαιρετικό παρθένο ελαιόλαδο Κορωνέικη, 500 ml | Elaiona Kalamatas",
             "Koroneiki extra virgin olive oil from Messinia, in a dark glass bottle of about 17 fl oz."), "seo")
F("X11", "[[Πιστοποιημένο ΠΟΠ Καλαμάτα]].", CE, BL, "no PDO is given", native=True)
F("X11", "[[Pressed on Crete]].", O, BL, "from Messinia")
F("X11", "[[It lowers cholesterol]].", HE, BL, "invented health claim")
F("X11", "Acidity [[under 0.1 %]].", A, BL, "under 0.3 %")
F("X11", "[[Flavoured with lemon and oregano]].", M, BL, "plain olive oil")
F("X11", "From the [[2024 harvest]].", A, BL, "November 2025 harvest")
# X12 glass ornament (Czech)
pad("X12", "Blown glass, 12 cm long.", native="Balená v krabičce.", q_native="Co bych měl vědět?")
C("X12", "Foukaný skleněný ptáček, 12 cm dlouhý, s klipem na větev, ručně malovaný v Krkonoších.")
C("X12", "A blown-glass bird in blue and silver, about 4¾ inches long, that clips onto a branch. Blown, then painted "
         "by hand, in the Giant Mountains of the Czech Republic.")
C("X12", "Boxed glass bird ornament, 290 Kč.", "s")
C("X12", "Křehká ozdoba, není pro děti.", "s")
C("X12", qa(("Jak se věší?", "Má kovový klip na větev."), ("Is it plastic?", "No, it is blown glass.")), "faq")
F("X12", "[[Shatterproof]] and light.", FE, BL, "fragile glass")
F("X12", "[[Vyrobeno v Jablonci nad Nisou]].", O, BL, "blown and painted in the Krkonoše", native=True)
F("X12", "It [[hangs from a satin ribbon]].", FE, BL, "a metal clip")
F("X12", "Painted in [[red and gold]].", CO, BL, "blue and silver")
F("X12", "A set of [[six birds]].", A, BL, "one ornament")
F("X12", "[[Z recyklovaného skla]].", EN, BL, "no recycled content is stated", native=True)
# X13 molcajete (Spanish)
pad("X13", "It comes with its tejolote.", native="Incluye su tejolote.", q_native="¿Qué debo saber?")
C("X13", "Molcajete de basalto tallado a mano en Comonfort, Guanajuato, de 20 cm, con su tejolote.")
C("X13", "A hand-carved basalt molcajete with its pestle (tejolote), about 8 inches across and around 9 lb.")
C("X13", "Volcanic stone mortar from Comonfort, Mexico, $890 MXN.", "s")
C("X13", "Cúrelo con arroz crudo antes de usarlo y lávelo solo con agua.", "s")
C("X13", qa(("Can I use dish soap?", "No. Wash it with water only."),
            ("¿Cómo se cura?", "Moliendo arroz crudo hasta que salga blanco.")), "faq")
F("X13", "Tallado en [[granito]].", M, BL, "basalt", native=True)
F("X13", "[[Dishwasher safe]].", CR, BL, "water only, no soap")
F("X13", "[[30 cm]] de diámetro.", A, BL, "20 cm", native=True)
F("X13", "[[Hecho en Oaxaca]].", O, BL, "made in Comonfort, Guanajuato", native=True)
F("X13", "Ahora [[solo $690]].", PR, BL, "$890 MXN", native=True)
F("X13", "Es un [[metate para moler maíz]].", CA, BL, "a molcajete, a mortar", native=True)
# X14 candles (Danish)
pad("X14", "Four 100 % stearin candles.", native="Fire lys pr. pakke.", q_native="Hvad skal jeg vide?")
C("X14", "Fire kronelys i 100 % stearin, 25 cm høje, støbt i Aarhus.")
C("X14", "Four stearin dinner candles, about 10 inches tall and under an inch across, each burning for roughly nine "
         "hours.")
C("X14", "Dripless out of a draught. In white or dusty pink, 79 kr.", "s")
C("X14", "Ca. 9 timers brændetid pr. lys.", "s")
C("X14", seo("Stearinlys, 4 stk., 25 cm | Lysstøberiet Aarhus",
             "Four 25 cm stearin candles cast in Aarhus, Denmark, in two colours."), "seo")
F("X14", "Made from [[soy wax]].", M, BL, "100 % stearin")
F("X14", "[[Brændetid 15 timer]] pr. lys.", A, BL, "about 9 hours", native=True)
F("X14", "Fås også i [[mørkeblå]].", CO, BL, "white and dusty pink only", native=True)
F("X14", "[[Carbon neutral]] from wick to wax.", EN, BL, "no environmental claim is given")
F("X14", "[[Støbt i København]].", O, BL, "cast in Aarhus", native=True)
F("X14", "[[Over 50,000 packs sold]].", SP, WA, "unverifiable social proof")
# X15 cezve (Turkish)
pad("X15", "A hand-hammered copper cezve with a brass handle.", native="Pirinç saplı.", q_native="Ne bilmeliyim?")
C("X15", "Elde dövülmüş, içi kalaylı bakır cezve; pirinç saplı, 250 ml.")
C("X15", "A hand-hammered copper cezve lined with tin, with a brass handle. It holds 250 ml, enough for two or three "
         "small cups.")
C("X15", "Made in Gaziantep, Türkiye. For gas and electric hobs, not induction.", "s")
C("X15", "Elde yıkayın; bulaşık makinesine girmez. 750 TL.", "s")
C("X15", qa(("Does it work on induction?", "No. Use it on gas or electric hobs."),
            ("How much does it hold?", "250 ml, about 8½ fl oz: two to three cups.")), "faq")
F("X15", "[[İndüksiyon ocaklarla uyumludur]].", CP, BL, "not for induction", native=True)
F("X15", "[[Hammered in Istanbul's Grand Bazaar]].", O, BL, "made in Gaziantep")
F("X15", "The inside has a [[stainless steel lining]].", M, BL, "tin-lined")
F("X15", "[[Bulaşık makinesinde yıkanabilir]].", CR, BL, "hand wash, no dishwasher", native=True)
F("X15", "It holds [[400 ml]].", A, BL, "250 ml")
F("X15", "[[A lifetime guarantee on the tin lining]].", W, BL, "no warranty is given")
# X16 pumpkin seed oil (German)
pad("X16", "Made from 100 % Styrian pumpkin seeds.", native="Für Salate und Suppen.", q_native="Was sollte ich wissen?")
C("X16", "Steirisches Kürbiskernöl g.g.A., aus gerösteten Kernen in Hartberg gepresst, 250 ml.")
C("X16", "Styrian pumpkin seed oil, PGI, pressed in Hartberg, Austria, from roasted Styrian seeds. Use it on salads "
         "and soups, not for frying.")
C("X16", "A quarter litre of Styrian pumpkin seed oil, €12.40.", "s")
C("X16", "Nach dem Öffnen innerhalb von drei Monaten verbrauchen.", "s")
C("X16", qa(("Can I fry with it?", "No, it is not for frying; use it on salads and soups."),
            ("Wie lange hält es offen?", "Nach dem Öffnen innerhalb von 3 Monaten verbrauchen.")), "faq")
F("X16", "[[Kaltgepresst aus rohen Kernen]].", CA, BL, "pressed from roasted seeds", native=True)
F("X16", "[[Ideal zum scharfen Anbraten]].", CP, BL, "not for frying", native=True)
F("X16", "[[Bio-zertifiziert]].", CE, BL, "the only certification is the PGI", native=True)
F("X16", "[[Pressed in Graz]].", O, BL, "pressed in Hartberg")
F("X16", "[[Keeps for a year once opened]].", CR, BL, "use within 3 months of opening")
F("X16", "A [[500 ml]] bottle.", A, BL, "250 ml")
# X17 camera strap
pad("X17", "Two steel split rings and leather lug covers are included.")
C("X17", "A vegetable-tanned leather strap, 38 mm (about 1½ in) wide, adjustable from 100 to 130 cm.")
C("X17", "Two steel split rings and leather lug covers come with it, for cameras with split-ring lugs up to 2 kg. "
         "Made in León, Mexico.")
C("X17", "Tan or Dark Brown, $45.", "s")
C("X17", "Fits split-ring lugs; carries cameras up to about 4.4 lb.", "s")
C("X17", qa(("What colours?", "Tan and Dark Brown."),
            ("How long is it?", "It adjusts from 100 to 130 cm, roughly 39 to 51 inches.")), "faq")
F("X17", "[[Chrome-tanned]] for softness.", M, BL, "vegetable-tanned")
F("X17", "[[Made in Florence, Italy]].", O, BL, "made in León, Mexico")
F("X17", "[[It fits any camera, whatever its lugs]].", CP, BL, "split-ring lugs only")
F("X17", "A [[50 mm]] wide strap.", A, BL, "38 mm")
F("X17", "Also in [[Black]].", CO, BL, "Tan and Dark Brown only")
F("X17", "[[Quick-release buckles]] at both ends.", FE, BL, "split rings, no buckles")
# X18 goggles
pad("X18", "Three nose bridges are included.")
C("X18", "Polycarbonate lenses with an anti-fog coating and UV protection, sealed with silicone and held by a split "
         "silicone strap.")
C("X18", "Three nose bridges, small, medium and large, come in the box so the fit can be set. Choose Smoke or Clear "
         "lenses.")
C("X18", "Anti-fog goggles, £16. Rinse in fresh water after each swim.", "s")
C("X18", "Let them dry out of the sun, and never wipe the inside of the lenses.", "s")
C("X18", qa(("Can I wipe the lenses?", "Do not wipe the inside of the lenses."),
            ("Which lenses are there?", "Smoke and Clear.")), "faq")
F("X18", "[[Available with prescription lenses]].", FE, BL, "no prescription option")
F("X18", "Also in [[Mirrored Gold]].", CO, BL, "Smoke or Clear")
F("X18", "A [[latex]] strap.", M, BL, "split silicone strap")
F("X18", "[[Fog-free for life, guaranteed]].", W, BL, "no warranty is given")
F("X18", "[[Approved by British Swimming]].", CE, BL, "no approval is given")
F("X18", "[[They prevent eye infections]].", HE, BL, "invented health claim")
# X19 chimney sweep
pad("X19", "The visit takes about an hour.")
C("X19", "One visit to sweep a chimney or stove flue, about an hour, with a certificate for your insurer afterwards.")
C("X19", "We cover Sheffield and up to 15 miles from the city centre, roughly 24 km. Please book three days or more "
         "ahead.")
C("X19", "Open fire £75, wood stove £85.", "s")
C("X19", "Sweeping only; cowls and repairs are quoted on their own.", "s")
C("X19", seo("Chimney Sweep Visit | Soot & Sons",
             "A chimney or stove flue swept in about an hour in Sheffield, from £75, certificate included."), "seo")
F("X19", "[[Every flue is £75]].", PR, BL, "a wood stove is £85")
F("X19", "We cover [[all of South Yorkshire]].", SH, BL, "Sheffield and 15 miles only")
F("X19", "[[We can come the same day]].", SH, BL, "book at least three days ahead")
F("X19", "[[Cowl fitting is included]].", FE, BL, "cowl fitting is quoted separately")
F("X19", "A [[HETAS-approved]] sweep.", CE, BL, "no approval is given")
F("X19", "We sweep [[up to two chimneys]] in one visit.", A, BL, "one chimney or flue a visit")
# X20 thin vase
pad("X20", "A hand-thrown bud vase from Kiln Lane.")
C("X20", "A hand-thrown bud vase from Kiln Lane.")
C("X20", "Kiln Lane's hand-thrown bud vase, $42.")
C("X20", "Hand-thrown bud vase, $42.", "s")
C("X20", "A bud vase, thrown by hand.", "s")
C("X20", qa(("Who makes it?", "Kiln Lane."), ("What does it cost?", "$42.")), "faq")
F("X20", "Thrown in [[porcelain]].", M, BL, "no material is given")
F("X20", "A [[celadon green]] glaze.", CO, WA, "no colour is given")
F("X20", "It stands [[15 cm tall]].", A, BL, "no size is given")
F("X20", "[[Made in Vermont]].", O, BL, "no origin is given")
F("X20", "It is [[dishwasher safe]].", CR, BL, "no care is given")
F("X20", "[[Free shipping]] anywhere in the US.", SH, BL, "no shipping promise is given")
# X21 thin tea towel
pad("X21", "A linen tea towel, 50 x 70 cm.")
C("X21", "A linen tea towel, 50 by 70 cm, from Karoo Linen Co.")
C("X21", "Linen tea towel, about 20 by 27½ inches, R180.")
C("X21", "Linen tea towel, 50 x 70 cm.", "s")
C("X21", "From Karoo Linen Co., R180.", "s")
C("X21", qa(("How big is it?", "50 x 70 cm."), ("What is it made of?", "Linen.")), "faq")
F("X21", "[[Woven in the Karoo]].", O, BL, "Karoo is in the vendor's name only")
F("X21", "[[Half linen, half cotton]].", M, BL, "linen")
F("X21", "A [[set of two]] towels.", A, BL, "one towel")
F("X21", "[[Stonewashed charcoal grey]].", CO, WA, "no colour is given")
F("X21", "[[Machine wash hot and tumble dry]].", CR, BL, "no care is given")
F("X21", "[[The most absorbent towel you will ever own]].", AB, WA, "unverifiable superlative")
# X22 grouped fermentation kit
pad("X22", "The 1 litre glass jar is $18.")
C("X22", "Three pieces for a first jar of sauerkraut or kimchi: a 1 litre glass jar, a glass weight and an airlock lid.")
C("X22", "Each piece is sold on its own too: the jar $18, the weight $8, the silicone airlock lid $6, $32 for all three.")
C("X22", "A litre jar, a soda-lime glass weight and a silicone airlock lid.", "s")
C("X22", "Jar $18, weight $8, lid $6.", "s")
C("X22", seo("Fermentation Starter Kit | Crock & Culture",
             "A 1 l jar, glass weight and silicone airlock lid for your first sauerkraut or kimchi."), "seo")
F("X22", "All three for [[$28]].", PR, BL, "the pieces add up to $32")
F("X22", "A [[2 litre]] jar.", A, BL, "1 litre")
F("X22", "The airlock lid is [[stainless steel]].", M, BL, "silicone")
F("X22", "[[Probiotic ferments that heal the gut]].", HE, BL, "invented health claim")
F("X22", "[[A recipe book is included]].", FE, BL, "no book among the pieces")
F("X22", "A genuine [[Kilner]] jar.", B, BL, "no brand but the vendor")
# X23 external rowing machine
pad("X23", "Sold and shipped by our partner Oarhouse Fitness.")
C("X23", "An air rower with a ten-level damper and a monitor for time, distance, stroke rate and watts. The aluminium "
         "rail folds upright to store.")
C("X23", "Sold and shipped by our partner Oarhouse Fitness, who look after delivery, returns and the warranty.")
C("X23", "240 x 60 cm in use, 38 kg, for rowers up to 135 kg. £699.", "s")
C("X23", "No mains power needed: two AA batteries run the monitor.", "s")
C("X23", seo("Air Rower Pro | Strokeline", "Air rower, 10 damper levels, folds upright, users up to about 21 stone."),
  "seo")
F("X23", "A [[water rower]] for the home.", CA, BL, "an air rower")
F("X23", "For users up to [[150 kg]].", A, BL, "up to 135 kg")
F("X23", "[[We deliver it free within 48 hours]].", SH, BL, "the partner handles delivery")
F("X23", "[[A Bluetooth heart-rate strap is included]].", FE, BL, "no strap is included")
F("X23", "[[Our five-year frame warranty]].", W, BL, "the partner handles the warranty; no term is given")
F("X23", "Rowing on it [[fixes back pain]].", HE, BL, "invented health claim")
F("X23", "Built to the same design as the [[Concept2]].", B, BL, "no brand but the vendor")
# X24 mariniere (French)
pad("X24", "100 % cotton jersey, 21 stripes.", native="Col bateau, manches longues.", q_native="Que faut-il savoir ?")
C("X24", "Marinière en jersey 100 % coton, 21 rayures, col bateau et manches longues, tricotée et confectionnée à "
         "Quimper.")
C("X24", "A men's Breton top in pure cotton jersey, in ecru and navy, with 21 stripes across the body. Knitted and "
         "sewn in Quimper, Brittany.")
C("X24", "Straight cut, boat neck, long sleeves. S to XL, €65.", "s")
C("X24", "Lavage en machine à 30 °C, séchage à plat.", "s")
C("X24", qa(("How do I wash it?", "Machine wash at 30 °C (86 °F) and dry flat."),
            ("Quelles tailles ?", "S, M, L et XL.")), "faq")
F("X24", "[[Certifiée Oeko-Tex]].", CE, BL, "no certification is given", native=True)
F("X24", "[[Fabriquée à Saint-Malo]].", O, BL, "made in Quimper", native=True)
F("X24", "Disponible en [[rouge et blanc]].", CO, BL, "ecru and navy", native=True)
F("X24", "Sizes [[XS to XXL]].", SZ, BL, "S to XL")
F("X24", "[[Passe au sèche-linge]].", CR, BL, "dry flat", native=True)
F("X24", "A [[cotton and linen blend]].", M, BL, "100 % cotton")
# X25 golf glove
pad("X25", "Perforated fingers and an elastic wrist.")
C("X25", "A cabretta leather glove for the left hand, the one a right-handed golfer wears.")
C("X25", "Perforated fingers, an elastic wrist and a hook-and-loop tab that carries a removable ball marker.")
C("X25", "Left-hand cabretta glove in S, M, L and XL, $24.", "s")
C("X25", "Let it air dry after a round; keep it out of the washing machine.", "s")
C("X25", qa(("I play left-handed. Is this for me?", "No: it is a left-hand glove, worn by right-handed golfers."),
            ("Does it come with a ball marker?", "Yes, a removable one on the closure.")), "faq")
F("X25", "Made for [[left-handed golfers]].", CP, BL, "worn by right-handed golfers")
F("X25", "[[Synthetic microfibre]] palm.", M, BL, "cabretta leather")
F("X25", "Also in [[cadet sizes]].", SZ, BL, "S, M, L, XL only")
F("X25", "[[Machine washable]].", CR, BL, "do not machine wash")
F("X25", "The same leather as [[FootJoy]] tour gloves.", B, BL, "no brand but the vendor")
F("X25", "A [[pack of three]] gloves.", A, BL, "one glove")
# X26 strings (Italian title, English text)
pad("X26", "Made in Cremona, Italy.")
C("X26", "A set of six classical guitar strings in normal tension: clear nylon trebles and silver-plated copper basses "
         "wound on a nylon core.")
C("X26", "Corde per chitarra classica from Liuteria Ferri in Cremona: six strings, normal tension, €13.50.")
C("X26", "Six nylon and silver-plated copper strings, made in Cremona.", "s")
C("X26", "For classical guitars only, not steel-string acoustics or electrics.", "s")
C("X26", seo("Corde per chitarra classica, tensione normale | Liuteria Ferri",
             "Six classical guitar strings, normal tension, made in Cremona, Italy."), "seo")
F("X26", "A [[high tension]] set for a bigger sound.", FE, BL, "normal tension")
F("X26", "[[They fit electric and acoustic guitars]].", CP, BL, "not for steel-string or electric guitars")
F("X26", "Basses wound in [[gold-plated bronze]].", M, BL, "silver-plated copper")
F("X26", "[[Two full sets]] in the pack.", A, BL, "one set of six")
F("X26", "[[Made in Germany]].", O, BL, "made in Cremona")
F("X26", "[[Played by the world's top concert guitarists]].", SP, WA, "unverifiable social proof")
# X27 planter
pad("X27", "The reservoir holds 400 ml.")
C("X27", "A glazed stoneware outer pot with a terracotta inner pot that draws water up from a 400 ml reservoir, "
         "enough for about a week.")
C("X27", "About 7 inches across and just over 6 inches tall, glazed in Moss or Chalk.")
C("X27", "Self-watering planter, 18 cm, $32.", "s")
C("X27", "For indoors only: frost can crack it.", "s")
C("X27", qa(("How often do I refill it?", "The 400 ml reservoir lasts about a week."),
            ("Can it go outside?", "No, indoor use only; frost can crack it.")), "faq")
F("X27", "[[Frost-proof, for patios all year]].", CP, BL, "indoor use only")
F("X27", "The reservoir holds [[1 litre]].", A, BL, "400 ml")
F("X27", "Glazed in [[Terracotta Red]].", CO, BL, "Moss or Chalk")
F("X27", "[[Made from recycled clay]].", EN, BL, "no recycled content is stated")
F("X27", "[[You will never lose a plant again]].", AB, WA, "unverifiable absolute")
F("X27", "[[Handmade in Portugal]].", O, BL, "no origin is given")
# X28 USB-C hub
pad("X28", "No driver is needed.")
C("X28", "Seven ports from one USB-C plug: HDMI at 4K 30 Hz, two USB-A 3.0, a USB-C data port, SD and microSD "
         "readers and 100 W power pass-through.")
C("X28", "An aluminium shell on a 15 cm braided cable, about 6 inches. No driver needed on Windows, macOS or iPadOS.")
C("X28", "7-in-1 USB-C hub, $49, one-year warranty.", "s")
C("X28", "It does not support DisplayPort Alt Mode on a second screen.", "s")
C("X28", seo("7-in-1 USB-C Hub | Portway",
             "HDMI 4K at 30 Hz, two USB-A 3.0, SD and microSD, 100 W pass-through, seven ports in all."), "seo")
F("X28", "HDMI at [[4K 60 Hz]].", A, BL, "4K at 30 Hz")
F("X28", "[[It drives two monitors]].", FE, BL, "not more than one screen")
F("X28", "[[Works with Lightning iPhones]].", CP, BL, "USB-C laptops and tablets")
F("X28", "[[Thunderbolt 4 certified]].", CE, BL, "no certification is given")
F("X28", "[[Two-year warranty]].", W, BL, "one-year warranty")
F("X28", "Yours for [[$39]].", PR, BL, "$49")
F("X28", "[[Made in Taiwan]].", O, BL, "no origin is given")
# X29 shampoo bar
pad("X29", "80 g, about 60 washes.")
C("X29", "A solid shampoo bar made with colloidal oat, nettle extract and coconut-derived cleansers, lightly scented "
         "with rosemary oil.")
C("X29", "80 g, just under 3 oz, lasts about 60 washes. Vegan, plastic-free, made in Asheville, NC.")
C("X29", "Oat and nettle shampoo bar, $12.", "s")
C("X29", "Keep it dry between washes and away from your eyes.", "s")
C("X29", qa(("Is it vegan?", "Yes."), ("Does it have a scent?", "A light one, from rosemary essential oil.")), "faq")
F("X29", "[[It stops hair loss]].", HE, BL, "invented health claim")
F("X29", "[[Completely fragrance-free]].", FE, BL, "lightly scented with rosemary")
F("X29", "About [[120 washes]] a bar.", A, BL, "about 60 washes")
F("X29", "[[Made in Portland, Oregon]].", O, BL, "made in Asheville")
F("X29", "[[Certified by the National Eczema Association]].", CE, BL, "no certification is given")
F("X29", "[[Wrapped in compostable seaweed film]].", EN, BL, "plastic-free only; no such wrap")
# X30 trekking poles
pad("X30", "Cork grips with foam extensions.")
C("X30", "A pair of three-section carbon fibre poles with flick locks, adjustable from 105 to 135 cm.")
C("X30", "Cork grips run into foam extensions; the tips are tungsten carbide, with rubber feet and snow baskets in the "
         "box.")
C("X30", "460 g the pair, 230 g a pole. $119.", "s")
C("X30", "They pack down to 62 cm, about 24 inches.", "s")
C("X30", seo("Carbon Trekking Poles, Pair | Scree Line",
             "Three-section carbon poles, 105-135 cm, cork grips, about 8 oz each, two-year warranty."), "seo")
F("X30", "[[Aluminium]] shafts.", M, BL, "carbon fibre")
F("X30", "[[Twist locks]] on each section.", FE, BL, "flick locks")
F("X30", "Each pole weighs [[180 g]].", A, BL, "230 g")
F("X30", "[[Lifetime warranty]].", W, BL, "two-year warranty")
F("X30", "[[The lightest poles on the market]].", AB, WA, "unverifiable superlative")
F("X30", "They pack down to [[40 cm]].", A, BL, "62 cm")
F("X30", "[[Leki]]-made tips.", B, BL, "no brand but the vendor")


def _html(paragraphs):
    return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)


def _serialise(kind, draft):
    if kind == "seo":
        return json.dumps(draft, ensure_ascii=False)
    if kind == "faq":
        return json.dumps(draft, ensure_ascii=False)
    return _html([draft] if isinstance(draft, str) else draft)


def _strip_marks(marked):
    m = re.search(r"\[\[(.+?)\]\]", marked)
    assert m and marked.count("[[") == 1, marked
    return marked.replace("[[", "").replace("]]", ""), m.group(1)


def _locate(kind, text, sentence, claim):
    if kind in ("seo", "faq"):
        esc = lambda s: json.dumps(s, ensure_ascii=False)[1:-1]  # noqa: E731
    else:
        esc = lambda s: html.escape(s, quote=False)  # noqa: E731
    where = text.find(esc(sentence))
    assert where != -1, (text, sentence)
    start = text.find(esc(claim), where)
    assert start != -1, (text, claim)
    return start, start + len(esc(claim)), esc(claim)


def _recast():
    listings = make_listings.build()
    out = []
    for key, data in DATA.items():
        lst, p = listings[key], PADS[key]
        n_desc = 0
        for i, f in enumerate(data["faulty"]):
            k = f["kind"] or RECAST[i]
            sentence, claim = _strip_marks(f["sentence"])
            padding = p["native"] if f["native"] and p["native"] else p["en"]
            question = p["q_native"] if f["native"] and p["q_native"] else p["q"]
            if k == "d":
                draft = [f"{sentence} {padding}"] if n_desc % 2 == 0 else [f"{padding} {sentence}"]
                n_desc += 1
            elif k == "s":
                draft = sentence
            elif k == "seo":
                draft = seo(f"{lst['title']} | {lst['vendor']}", sentence)
            else:
                draft = qa((question, sentence))
            text = _serialise(k, draft)
            start, end, stored = _locate(k, text, sentence, claim)
            out.append({"listing": key, "kind": KIND[k], "text": text, "labels": [
                {"rule": f["rule"], "start": start, "end": end, "claim": stored, "severity": f["severity"],
                 "why": f["why"]}]})
    return out


def build():
    clean = []
    for key, data in DATA.items():
        for k, draft in data["clean"]:
            clean.append({"listing": key, "kind": KIND[k], "text": _serialise(k, draft), "labels": []})
    return clean, _recast()
