"""Hand-written drafts for guardrails holdout v25: clean drafts and faulty drafts with one planted claim.

A faulty sentence marks its one unsupported claim with [[...]]; `build()` recasts it into a draft kind and
computes the label's exact offsets in the stored text. Imported by assemble.py.
"""
import html
import json
import re

import make_listings

CLEAN = []
FAULTY = []
ROTATION = ("description", "short_description", "seo", "description", "faq", "short_description", "seo")
KIND = {"d": "description", "s": "short_description", "seo": "seo", "faq": "faq"}


def C(listing, draft, kind="d"):
    CLEAN.append({"listing": listing, "kind": KIND[kind], "draft": draft})


def F(listing, draft, rule, severity, why, kind=None, native=False, more=None):
    FAULTY.append({"listing": listing, "draft": draft, "rule": rule, "severity": severity, "why": why,
                   "kind": kind, "native": native, "more": more})


def qa(*pairs):
    return [{"question": q, "answer": a} for q, a in pairs]


def seo(title, description):
    return {"title": title, "description": description}


# A true sentence to sit beside a faulty one in a description, and the FAQ question for a faulty answer:
# (English sentence, native sentence or None, native question or None).
PAD = {
    "X01": ("It is made for freshwater tanks of 100 to 250 litres.", None, None),
    "X02": ("It has 116 links and a reusable quick link.", None, None),
    "X03": ("One end is a flat scraper, the other a J-hook.", None, None),
    "X04": ("Each 100 g skein knits up on 4 mm needles.", None, None),
    "X05": ("It is made for babies from 3 months.", None, None),
    "X06": ("The rope is 10 mm thick, with a padded handle.", None, None),
    "X07": ("It takes 5- and 6-weight lines.", None, None),
    "X08": ("A smooth buff stoneware for the wheel or for hand-building.", None, None),
    "X09": ("It has a drawstring and a brush holder.", None, None),
    "X10": ("It is certified to EN 1078.", None, None),
    "X11": ("It holds 0.8 litres.", "Der Kessel fasst 0,8 Liter.", "Was sollte ich noch wissen?"),
    "X12": ("It is 100 % lambswool.", "Plaidet er i 100 % lammeuld.", "Hvad skal jeg ellers vide?"),
    "X13": ("It holds 350 ml.", "Kubek ma pojemność 350 ml.", "Co jeszcze warto wiedzieć?"),
    "X14": ("The blade is stainless steel.", "Bladet er i rustfritt stål.", "Hva bør jeg vite?"),
    "X15": ("It is 9 cm tall.", "Ozdoba je vysoká 9 cm.", "Co bych měl ještě vědět?"),
    "X16": ("It measures 90 x 35 cm.", None, None),
    "X17": ("The bucket holds 4 litres.", "Kiuluun mahtuu 4 litraa.", "Mitä muuta minun pitää tietää?"),
    "X18": ("It is 20 cm across and comes with its tejolote.", "Mide 20 cm de diámetro.", "¿Qué más debo saber?"),
    "X19": ("We fit a new battery and a new case gasket.", None, None),
    "X20": ("A beeswax food wrap.", None, None),
    "X21": ("A 25 mm enamel pin of a heron.", None, None),
    "X22": ("Each piece is sold on its own.", None, None),
    "X23": ("It is 320 cm long.", None, None),
    "X24": ("It is rated 13 A.", None, None),
    "X25": ("It fits Kelda KF-200 and KF-210 pitchers.", None, None),
    "X26": ("It is broad spectrum SPF 30.", None, None),
    "X27": ("Pure maple syrup from the Beauce.", "Un sirop d'érable pur de la Beauce.", "Que faut-il savoir d'autre ?"),
    "X28": ("It is made for ages 12 months and up.", None, None),
    "X29": ("The body is anodised aluminium.", None, None),
    "X30": ("It weighs 82 g.", None, None),
}
QUESTIONS = ("What else should I know?", "Anything to know before buying?", "Tell me more.",
             "What are the details?", "What sets it apart?")

# ---------------------------------------------------------------- clean drafts
C("X01", "Reedbank's canister filter runs freshwater tanks from 100 to 250 litres, moving up to 800 litres an "
  "hour on 15 W.\nFour media baskets stack inside, filled from the box with sponge and ceramic rings.")
C("X01", "Made for tanks of about 26 to 66 US gallons.\nIt takes 16/22 mm hose and stands "
  "38 cm tall. Freshwater only: not for reef or marine tanks. The motor carries a two-year warranty.")
C("X01", "Freshwater canister filter, 800 l/h, four media baskets.", "s")
C("X01", "For 100 to 250 litre freshwater aquariums; sponge and ceramic media included.", "s")
C("X01", qa(("Can I use it on a reef tank?", "No. It is for freshwater aquariums only."),
            ("What power does it use?", "15 W."),
            ("How heavy is it?", "About 4.2 kg, a little over 9 lb.")), "faq")

C("X02", "An 11-speed chain, nickel-plated, with 116 links and a quick link you can use again.\nHollow pins "
  "keep the weight to 257 g, about 9 oz.")
C("X02", "For 11-speed drivetrains only; it will not run on a 10- or 12-speed cassette. You will need your "
  "own chain tool to cut it to length. £34.")
C("X02", "Nickel-plated 11-speed chain, 116 links, reusable quick link.", "s")
C("X02", "Light 11-speed chain with hollow pins: 257 g.", "s")
C("X02", seo("11-Speed Bicycle Chain | Cogwell Cycle Works",
             "A nickel-plated 11-speed chain with 116 links and a reusable quick link. £34."), "seo")

C("X03", "A stainless hive tool, 27 cm long and 2 mm thick, with a scraper at one end and a J-hook for lifting "
  "frames at the other.\nThe orange paint makes it easy to spot when it drops into the grass.")
C("X03", "About 10½ inches of stainless steel for prising boxes apart and lifting frames. Boil it or pass it "
  "through a flame between hives. $14.")
C("X03", "Stainless steel J-hook hive tool, 27 cm, painted orange.", "s")
C("X03", "Scraper at one end, frame-lifting hook at the other.", "s")
C("X03", qa(("How do I clean it between hives?", "Boil it or flame it."),
            ("What is it made of?", "Stainless steel, 2 mm thick.")), "faq")

C("X04", "Double-knit yarn from Corriedale wool grown in Canterbury, New Zealand: 225 m in every 100 g "
  "skein.\nKnit it on 4 mm needles for 22 stitches to 10 cm.")
C("X04", "Undyed and left in its natural shades: Ecru, Fawn and Moorit. It is not superwash, so wash it by "
  "hand in cool water and dry it flat. NZ$11.50 a skein.")
C("X04", "Corriedale DK yarn, 100 g and about 246 yards a skein.", "s")
C("X04", "Natural, undyed wool in three shades.", "s")
C("X04", seo("Corriedale DK Yarn | Tolland Wool Co",
             "100% Corriedale wool from Canterbury, New Zealand. DK, 225 m, 4 mm needles."), "seo")

C("X05", "A soft teething ring in food-grade silicone, 7 cm across, for babies from three months.\nChill it "
  "in the fridge for a cool bite; keep it out of the freezer.")
C("X05", "Wash it in warm soapy water or on the top rack of the dishwasher. Look it over before each use and "
  "throw it away at the first sign of wear. Always supervise your baby. In Sage or Clay.")
C("X05", "Food-grade silicone teething ring, about 2¾ inches across.", "s")
C("X05", "BPA-free silicone teether for babies 3 months and up. A$12.", "s")
C("X05", qa(("Can it go in the freezer?", "No, chill it in the fridge instead."),
            ("Can it go in the dishwasher?", "Yes, on the top rack.")), "faq")

C("X06", "A braided polyester rope lead, 10 mm thick, with a solid brass trigger snap and a padded "
  "handle.\nChoose 1.2 m for $24 or 1.8 m for $28.")
C("X06", "For dogs up to 35 kg, about 77 lb. It is a walking lead, not a tie-out: never leave your dog tied "
  "up with it.")
C("X06", "Brass-snap rope lead in two lengths, about 4 or 6 feet.", "s")
C("X06", "Padded handle, 10 mm polyester rope, for dogs up to 35 kg.", "s")
C("X06", seo("Rope Dog Lead | Hollowfield Hound",
             "Braided polyester rope lead with a brass snap. 1.2 m or 1.8 m, from $24."), "seo")

C("X07", "A large-arbor reel for 5- and 6-weight lines, machined from 6061 aluminium and weighing 98 g, "
  "about 3.5 oz.\nThe sealed disc drag adjusts, and the retrieve switches from left to right hand.")
C("X07", "Room for a WF5 line over 100 m of 20 lb backing, roughly 109 yards. After a day in salt water, "
  "rinse it in fresh. C$145.")
C("X07", "6061 aluminium 5/6 fly reel with a sealed drag, 98 g.", "s")
C("X07", "Convertible left or right retrieve; holds a WF5 line and 100 m of backing.", "s")
C("X07", qa(("Can I switch it to left-hand retrieve?", "Yes, it converts from left to right."),
            ("Can I fish it in salt water?", "Yes, but rinse it in fresh water afterwards.")), "faq")

C("X08", "A smooth buff stoneware for the wheel and for hand-building, fired from cone 5 to cone 7, 1185 "
  "to 1240 °C.\nExpect about 12 % shrinkage from wet to fired.")
C("X08", "A 10 kg bag, about 22 lb. It is not a raku clay. Keep the bag sealed and away from frost. £21.")
C("X08", "Mid-fire buff stoneware, cone 5-7, 10 kg.", "s")
C("X08", "Throws smoothly; shrinks about 12 %.", "s")
C("X08", seo("Mid-Fire Stoneware Clay 10 kg | Kilnworth Ceramics",
             "Buff stoneware for throwing and hand-building, cone 5-7. £21 a 10 kg bag."), "seo")

C("X09", "A wide chalk bucket to stand at the foot of the wall: 18 cm across, 20 cm deep, in cotton canvas "
  "lined with fleece.\nA drawstring closes it; a brush holder and two zip pockets sit on the side.")
C("X09", "Roughly 7 inches wide and 8 inches deep. Chalk is not included. It is not a safety device, so "
  "never clip it into your harness. Mustard or Slate, 38 €.")
C("X09", "Fleece-lined canvas chalk bucket with two zip pockets.", "s")
C("X09", "Bring your own chalk; this bucket holds it at the wall.", "s")
C("X09", qa(("Is chalk included?", "No, the bucket comes empty."),
            ("Can I clip it to my harness?", "No. It is not a safety device.")), "faq")

C("X10", "An in-mould helmet certified to EN 1078, with 14 vents and a rear LED light.\nThe light runs on a "
  "CR2032 coin cell, which is in the box.")
C("X10", "Size M fits heads of 54 to 58 cm, size L 58 to 62 cm; an M weighs 310 g, about 11 oz. Replace it "
  "after any crash. Not for motorcycles or e-scooters faster than 25 km/h. €69.")
C("X10", "EN 1078 commuter helmet with a rear light and fourteen vents.", "s")
C("X10", "M (54-58 cm) or L (58-62 cm), €69.", "s")
C("X10", seo("Commuter Bike Helmet | Lanternway",
             "EN 1078 in-mould helmet, 14 vents, rear LED with CR2032 cell included. €69."), "seo")

C("X11", "A cast-iron tetsubin from Morioka in Iwate Prefecture that holds 0.8 litres, a little over 27 fl "
  "oz.\nThe inside is bare iron: empty it after use and let it dry on a warm hob. It does not work on "
  "induction, and no strainer comes with it.")
C("X11", "Ein Teekessel aus Gusseisen aus Morioka mit 0,8 Liter Inhalt.\nInnen unbeschichtet; nach dem "
  "Gebrauch leeren und trocknen lassen. Nicht für Induktion. 89 €.")
C("X11", "Cast-iron Nambu kettle, 0.8 L, from Morioka.", "s")
C("X11", "Gusseiserner Teekessel aus Iwate, ohne Sieb.", "s")
C("X11", qa(("Does it work on induction?", "No."),
            ("Wie pflege ich den Kessel?", "Nach dem Gebrauch leeren und auf der warmen Platte trocknen "
             "lassen.")), "faq")

C("X12", "A lambswool throw woven in Herning, 130 x 180 cm, roughly 51 by 71 inches, with fringes at both "
  "ends.\nHand wash it in cold water or have it dry-cleaned; keep it out of the tumble dryer.")
C("X12", "Et plaid i 100 % lammeuld, vævet i Herning.\nHåndvask i koldt vand eller rens. 749 kr.")
C("X12", "100 % lambswool throw in Havblå or Lyng.", "s")
C("X12", "Lammeuldsplaid, 130 x 180 cm, med frynser.", "s")
C("X12", seo("Lammeuldsplaid | Vesterhav Væveri",
             "Plaid i 100 % lammeuld, 130 x 180 cm, vævet i Herning. 749 kr."), "seo")

C("X13", "A 350 ml stoneware mug, hand-stamped in Bolesławiec.\nIt goes in the dishwasher and the "
  "microwave, but not the oven.")
C("X13", "Kubek z kamionki o pojemności 350 ml, ręcznie stemplowany w Bolesławcu.\nMożna myć w zmywarce. "
  "Cena: 79 zł.")
C("X13", "Hand-stamped stoneware mug, about 12 fl oz.", "s")
C("X13", "Kubek 350 ml we wzorze Pawie oko lub Kropki.", "s")
C("X13", qa(("Is it microwave safe?", "Yes."),
            ("Czy mogę wstawić go do piekarnika?", "Nie, kubek nie nadaje się do piekarnika.")), "faq")

C("X14", "A cheese slicer with a stainless steel blade and an oiled oak handle, 23 cm long, about 9 inches."
  "\nMade in Bryne. The blade can go in the dishwasher; wash the handle by hand.")
C("X14", "En ostehøvel med blad i rustfritt stål og skaft i eik.\nLaget i Bryne. 259 kr.")
C("X14", "Oak-handled cheese slicer from Bryne, 85 g.", "s")
C("X14", "Ostehøvel i eik og rustfritt stål, 23 cm.", "s")
C("X14", seo("Ostehøvel i eik | Fjordlys Kjøkken",
             "Ostehøvel med skaft i eik, laget i Bryne. Vask skaftet for hånd."), "seo")

C("X15", "A mouth-blown glass owl, 9 cm tall, painted by hand in Jablonec nad Nisou.\nIt is fragile and "
  "not for children under three. It comes in a gift box.")
C("X15", "Foukaná skleněná sova, 9 cm vysoká, ručně malovaná v Jablonci nad Nisou. Cena 290 Kč.")
C("X15", "Hand-painted blown-glass owl ornament, about 3½ inches tall.", "s")
C("X15", "Skleněná ozdoba v dárkové krabičce.", "s")
C("X15", qa(("Is it suitable for small children?", "No, it is fragile and not for children under 3."),
            ("Jak je velká?", "Je vysoká 9 cm.")), "faq")

C("X16", "A cotton tenugui, 90 x 35 cm, dyed with indigo waves on white by the chusen method in Hamamatsu."
  "\nThe ends are left cut, not hemmed, so expect a little fraying at first.")
C("X16", "About 35 by 14 inches. The dye runs for the first few washes, so wash it by hand and on its own. "
  "¥1,800.")
C("X16", "Chusen-dyed cotton tenugui from Hamamatsu.", "s")
C("X16", "Indigo and white waves on a 90 x 35 cm cloth.", "s")
C("X16", seo("Tenugui Hand Towel, Wave | Asanoha Dye Works",
             "Cotton tenugui dyed in Hamamatsu, 90 x 35 cm, indigo on white. 1800 yen."), "seo")

C("X17", "A 4-litre sauna bucket in aspen with a plastic inner, and a 40 cm ladle.\nMade in Kuopio. Dry "
  "the bucket after each sauna and never leave water standing in it.")
C("X17", "Haapainen saunakiulu, 4 litraa, ja 40 cm kauha.\nValmistettu Kuopiossa. 69 €.")
C("X17", "Aspen sauna bucket and ladle from Kuopio.", "s")
C("X17", "Saunakiulu muovisella sisäastialla, 4 l.", "s")
C("X17", qa(("Can I leave water in the bucket?", "No, empty it and let it dry after the sauna."),
            ("Kuinka pitkä kauha on?", "40 cm.")), "faq")

C("X18", "A volcanic-stone molcajete, 20 cm across, about 8 inches, carved by hand in Puebla and sold with "
  "its tejolote.\nBefore the first use, cure it by grinding raw rice until the rice comes out white.")
C("X18", "Molcajete de basalto tallado a mano en Puebla, de 20 cm.\nLávelo solo con agua, sin jabón. "
  "$850 MXN.")
C("X18", "Hand-carved basalt molcajete with tejolote, 3.5 kg.", "s")
C("X18", "Molcajete de piedra volcánica de Puebla.", "s")
C("X18", seo("Molcajete de basalto | Casa Tezontle",
             "Molcajete de basalto de 20 cm, tallado a mano en Puebla. Cúrelo con arroz antes de usarlo."), "seo")

C("X19", "Post us your quartz watch: we fit a new battery and a new case gasket and send it back within "
  "three working days.\nIt is C$15 a watch, or C$25 with a pressure test for water resistance.")
C("X19", "For Canadian addresses only. We do not take smartwatches or mechanical watches.")
C("X19", "Quartz watch battery and gasket, C$15, back in 3 working days.", "s")
C("X19", "Add a water-resistance pressure test for C$10 more.", "s")
C("X19", qa(("Can you do my automatic watch?", "No, quartz watches only."),
            ("How long does it take?", "Three working days.")), "faq")

C("X20", "A beeswax food wrap from Comb & Cloth, US$16.")
C("X20", "Comb & Cloth's beeswax food wrap.")
C("X20", "Beeswax food wrap, $16.", "s")
C("X20", "A beeswax wrap for the kitchen.", "s")
C("X20", seo("Beeswax Food Wrap | Comb & Cloth", "A beeswax food wrap. $16."), "seo")

C("X21", "A heron enamel pin, 25 mm, for £9.")
C("X21", "A small enamel heron for a jacket or a bag, about an inch across.")
C("X21", "Heron enamel pin, 25 mm.", "s")
C("X21", "£9 enamel pin from Pinfeather Press.", "s")
C("X21", qa(("How big is it?", "25 mm, about one inch."),
            ("How much is it?", "£9.")), "faq")

C("X22", "Everything for pour-over coffee, each piece sold on its own: a porcelain size 02 dripper for $24, "
  "a pack of 100 paper filters for $6 and a 600 ml borosilicate glass server for $28.")
C("X22", "Buy all three for $58.\nThe glass server holds 600 ml, about 20 fl oz.")
C("X22", "Pour-over pieces: porcelain dripper, filters and a glass server.", "s")
C("X22", "Dripper $24, filters $6, server $28.", "s")
C("X22", seo("Pour-Over Coffee Set | Drip & Dram",
             "A size 02 porcelain dripper, 100 paper filters and a 600 ml glass server, each sold on its own."),
  "seo")

C("X23", "Sold and shipped by our partner Brightwater Boards, who look after delivery, returns and "
  "warranty.\nAn inflatable paddle board, 320 x 81 x 15 cm, for riders up to 110 kg.")
C("X23", "About 10 feet 6 inches long and 32 inches wide. Pump it to 15 psi. A pump, a fin and a "
  "three-piece paddle come with it. A$549.")
C("X23", "Inflatable 10'6 paddle board with pump, fin and paddle.", "s")
C("X23", "For riders up to 110 kg, about 242 lb.", "s")
C("X23", qa(("Who handles returns?", "Our partner Brightwater Boards handles delivery, returns and "
             "warranty."),
            ("What pressure does it need?", "15 psi.")), "faq")

C("X24", "A UK smart plug for 2.4 GHz Wi-Fi, rated 13 A and 3120 W.\nIt works with Amazon Alexa and Google "
  "Home, and shows your energy use in the Hearthlink app.")
C("X24", "It does not connect to 5 GHz networks or to Apple HomeKit. For indoor use only. Twelve-month "
  "warranty; £19.")
C("X24", "2.4 GHz UK smart plug with energy monitoring.", "s")
C("X24", "Works with Alexa and Google Home. 13 A, £19.", "s")
C("X24", seo("Wi-Fi Smart Plug | Hearthlink",
             "UK smart plug, 13 A, 2.4 GHz Wi-Fi, works with Alexa and Google Home. 12-month warranty."), "seo")

C("X25", "Three replacement cartridges for Kelda KF-200 and KF-210 pitchers. They do not fit the "
  "KF-300.\nEach one lasts about two months or 150 litres, close to 40 US gallons.")
C("X25", "Activated carbon and ion-exchange resin reduce chlorine and limescale. Soak a new cartridge for 15 "
  "minutes before you use it. $22 for the pack.")
C("X25", "KF-2 cartridges, pack of three, for KF-200 and KF-210.", "s")
C("X25", "Each cartridge: about two months or 150 litres.", "s")
C("X25", qa(("Will they fit my KF-300?", "No, only the KF-200 and KF-210."),
            ("Do I need to soak them?", "Yes, for 15 minutes before first use.")), "faq")

C("X26", "A mineral sunscreen with 20 % non-nano zinc oxide, broad spectrum SPF 30, in a 75 ml tube, about "
  "2.5 fl oz.\nIt is water resistant for 40 minutes; reapply after swimming or towelling.")
C("X26", "Unscented. Not for babies under six months: ask a doctor first. $18.")
C("X26", "Unscented zinc oxide sunscreen, SPF 30, 75 ml.", "s")
C("X26", "Water resistant for 40 minutes.", "s")
C("X26", seo("Mineral Sunscreen SPF 30 | Saltmarsh Skin",
             "Broad spectrum SPF 30 with 20% non-nano zinc oxide. Unscented, 75 ml, $18."), "seo")

C("X27", "Pure Grade A dark maple syrup with a robust taste, from the Beauce in Quebec.\nRefrigerate it "
  "once opened. C$12 for 250 ml or C$19 for 500 ml.")
C("X27", "Sirop d'érable pur, catégorie A, foncé au goût robuste, de la Beauce.\nÀ réfrigérer après "
  "ouverture.")
C("X27", "Dark, robust maple syrup from the Beauce.", "s")
C("X27", "Sirop d'érable foncé, 250 ml ou 500 ml.", "s")
C("X27", qa(("Do I keep it in the fridge?", "Yes, once it is opened."),
            ("Quels formats ?", "250 ml à 12 $ ou 500 ml à 19 $.")), "faq")

C("X28", "Seven nesting arches in lime wood with water-based paint, 28 cm wide, about 11 inches.\nTested to "
  "EN 71-1, -2 and -3, for ages 12 months and up.")
C("X28", "Wipe it clean with a damp cloth and never leave it to soak. £42.")
C("X28", "Lime wood stacking rainbow, seven arches.", "s")
C("X28", "For ages one year and up, tested to EN 71.", "s")
C("X28", qa(("How do I clean it?", "Wipe it with a damp cloth; do not soak it."),
            ("How many pieces?", "Seven arches.")), "faq")

C("X29", "An anodised aluminium fountain pen, 13.5 cm capped, with a fine or medium steel nib.\nIt takes "
  "standard international short cartridges; a converter and two blue cartridges come with it.")
C("X29", "About 5⅓ inches long with the cap on. Three-year warranty. €48.")
C("X29", "Aluminium fountain pen, steel nib, fine or medium.", "s")
C("X29", "Converter and two cartridges included; 48 €.", "s")
C("X29", qa(("Which cartridges does it take?", "Standard international short cartridges."),
            ("Is there a warranty?", "Yes, three years.")), "faq")

C("X30", "A 3000 W stove that screws onto threaded EN 417 gas canisters. The canister is sold "
  "separately.\nIt weighs 82 g, under 3 oz, and folds into its own case.")
C("X30", "It boils a litre of water in about three and a half minutes, with a piezo igniter. Outdoors only: "
  "never in a tent or another closed space. $45.")
C("X30", "82 g screw-on camping stove, 3000 W.", "s")
C("X30", "For EN 417 threaded canisters; canister not included.", "s")
C("X30", qa(("Can I cook in my tent?", "No. Use it outdoors only, never in a tent or closed space."),
            ("Does it come with gas?", "No, the canister is not included.")), "faq")

# ---------------------------------------------------------------- faulty drafts
B, W = "block", "warn"
N, PR, MA, CO, CE, OR, SZ, CA, FE, CR, WA, BR, CM = (
    "accuracy.number", "accuracy.price", "accuracy.material", "accuracy.colour", "accuracy.certification",
    "accuracy.origin", "accuracy.size", "accuracy.category", "accuracy.feature", "accuracy.care",
    "accuracy.warranty", "accuracy.brand", "accuracy.compatibility")
SH, HE, AB, EN, SP = ("compliance.shipping", "compliance.health", "compliance.absolute",
                      "compliance.environmental", "compliance.social_proof")

F("X01", "It is [[safe for reef and marine tanks]] too.", CM, B, "The listing says not for marine or reef tanks.")
F("X01", "[[Five media baskets]] stack inside the canister.", N, B, "Four media baskets.")
F("X01", "The pump moves 800 litres an hour [[on just 9 W]].", N, B, "It draws 15 W.")
F("X01", "The outlets [[fit standard 12/16 mm hose]].", CM, B, "The hoses are 16/22 mm.")
F("X01", "[[The motor is covered for five years]].", WA, B, "A two-year warranty on the motor.")
F("X01", "[[Bio-balls and a UV clarifier come in the box]].", FE, B, "Only sponge and ceramic rings are included.")
F("X01", "The canister is [[38 cm wide]].", N, B, "Wrong axis: 38 cm is the height; it is 21 cm wide.")

F("X02", "It [[drops straight onto a 12-speed cassette]].", CM, B, "11-speed only; not for 12-speed.")
F("X02", "[[A chain tool comes in the box]].", FE, B, "The chain tool is not included.")
F("X02", "[[Plated and assembled in Taipei]].", OR, B, "No origin given.")
F("X02", "[[Titanium pins]] keep it light.", MA, B, "The pins are hollow; no titanium is stated.")
F("X02", "It has [[one hundred and twenty links]].", N, B, "116 links.")
F("X02", "Yours for [[€34]].", PR, B, "The price is £34, not euros.")

F("X03", "[[A beech handle]] keeps your grip sure.", MA, B, "The tool is stainless steel; no wooden handle.")
F("X03", "[[Approved by the National Beekeepers Guild]].", CE, B, "No approval or certification stated.")
F("X03", "It is painted [[bright yellow]].", CO, B, "It is painted orange.")
F("X03", "Clean it [[in the dishwasher]] between hives.", CR, B, "The listing says boil or flame it.")
F("X03", "Work fast and [[you will never be stung]].", HE, B, "An invented safety promise.")
F("X03", "It measures [[30 cm]] end to end.", N, B, "It is 27 cm long.")

F("X04", "[[Machine wash it at 40 °C]].", CR, B, "Not superwash: hand wash cool.")
F("X04", "[[Spun and plied in Peru]] from Corriedale fleece.", OR, B, "The wool is from Canterbury, NZ; no spinning place.")
F("X04", "Soft [[merino]] wool for jumpers.", MA, B, "100% Corriedale wool, not merino.")
F("X04", "Each skein runs to [[250 m]].", N, B, "225 m a skein.")
F("X04", "Also in [[forest green]].", CO, B, "Undyed: Ecru, Fawn, Moorit only.")
F("X04", "[[Gentle enough for knitters with a wool allergy]].", HE, B, "An invented health claim.")

F("X05", "[[Pop it in the freezer]] for extra relief.", CR, B, "Fridge, never the freezer.")
F("X05", "It [[eases teething pain and brings down a fever]].", HE, B, "An unsupported medical claim.")
F("X05", "[[Safe from birth]] and for toddlers.", HE, B, "For babies from 3 months.")
F("X05", "[[Sterilise it in the microwave]] after each use.", CR, B, "Warm soapy water or the dishwasher top rack only.")
F("X05", "[[Recommended by paediatric dentists]].", CE, B, "No endorsement stated.")
F("X05", "Made of [[natural rubber]].", MA, B, "Food-grade silicone.")

F("X06", "A [[stainless steel snap]] clips on fast.", MA, B, "The snap is solid brass.")
F("X06", "[[Strong enough to tie your dog up outside a shop]].", FE, B, "The listing says it is not a tie-out.")
F("X06", "It holds [[dogs up to 50 kg]].", N, B, "For dogs up to 35 kg.")
F("X06", "The 1.8 m lead is [[$24]].", PR, B, "The 1.8 m lead is $28; $24 is the 1.2 m.")
F("X06", "[[Reflective threads]] run through the rope.", FE, B, "No reflective feature stated.")
F("X06", "[[Endorsed by the Kennel Club]].", CE, B, "No endorsement stated.")

F("X07", "[[Ready for 8-weight salmon lines]].", CM, B, "For 5- and 6-weight lines.")
F("X07", "A [[carbon fibre frame]] keeps it at 98 g.", MA, B, "Machined from 6061 aluminium.")
F("X07", "[[Right-hand retrieve only]].", CM, B, "The retrieve converts from left to right.")
F("X07", "It holds [[150 m]] of backing.", N, B, "100 m of 20 lb backing.")
F("X07", "[[Built by Hardy]] for anglers.", BR, B, "The vendor, Stillwater Line & Reel, is the only brand.")
F("X07", "[[Never needs rinsing, even after salt water]].", CR, B, "Rinse in fresh water after saltwater use.")

F("X08", "[[Food safe straight from the kiln, even unglazed]].", HE, B, "An invented food-safety claim.")
F("X08", "[[Great for raku firings]].", CM, B, "Not for raku.")
F("X08", "It fires at [[cone 10]].", N, B, "Cone 5-7.")
F("X08", "[[Dug and pugged in Stoke-on-Trent]].", OR, B, "No origin given.")
F("X08", "[[An earthenware clay]] for the wheel.", CA, B, "A stoneware clay.")
F("X08", "[[Fine to store outside through the winter]].", CR, B, "Keep it out of frost.")

F("X09", "[[Clip it into your harness on lead routes]].", HE, B, "Not a safety device; never clip it into a harness.")
F("X09", "[[A 200 g block of chalk is included]].", FE, B, "Chalk not included.")
F("X09", "It is [[20 cm across]].", N, B, "Wrong axis: 20 cm is the depth; it is 18 cm across.")
F("X09", "The lining is [[recycled polyester]].", MA, B, "A fleece lining; no recycled polyester.")
F("X09", "Just [[$38]].", PR, B, "The price is €38.")
F("X09", "[[Three zip pockets]] on the side.", N, B, "Two zip pockets.")

F("X10", "[[Certified for speed pedelecs to NTA 8776]].", CE, B, "Certified to EN 1078 only.")
F("X10", "[[Also suitable for motorbike riding]].", CM, B, "Not for motorcycles.")
F("X10", "[[Still safe to wear after a minor crash]].", HE, B, "Replace it after any crash.")
F("X10", "Size L fits [[60-64 cm]] heads.", SZ, B, "Size L fits 58-62 cm.")
F("X10", "The rear light is [[rechargeable over USB-C]].", FE, B, "It runs on a CR2032 coin cell.")
F("X10", "[[Eighteen vents]] keep you cool.", N, B, "14 vents.")
F("X10", "[[Free shipping across Europe]].", SH, B, "No shipping terms stated.")

F("X11", "[[Ideal für Induktionsherde]].", CM, B, "Nicht für Induktion geeignet.", native=True)
F("X11", "[[A stainless strainer is included]].", FE, B, "No strainer included.")
F("X11", "[[Innen emailliert]].", MA, B, "Innen unbeschichtet.", native=True)
F("X11", "It holds [[1.2 litres]].", N, B, "0.8 litres.")
F("X11", "[[Cast in Kyoto]].", OR, B, "It is from Morioka, Iwate.")
F("X11", "[[It can go in the dishwasher]].", CR, B, "Empty it and dry it on a warm hob.")

F("X12", "[[Kan vaskes i maskine ved 60 grader]].", CR, B, "Håndvask i koldt vand eller rens.", native=True)
F("X12", "A soft [[cashmere blend]].", MA, B, "100% lambswool.")
F("X12", "It measures [[150 x 200 cm]].", N, B, "130 x 180 cm.")
F("X12", "[[Vævet i Skotland]].", OR, B, "Vævet i Herning.", native=True)
F("X12", "[[Our best-selling throw, with over 2,000 five-star reviews]].", SP, W, "Unverifiable social proof.")
F("X12", "[[Keeps dust mites away and eases asthma]].", HE, B, "An invented health claim.")

F("X13", "[[Oven safe up to 250 °C]].", CM, B, "Not for the oven.")
F("X13", "It holds [[half a litre]].", N, B, "350 ml.")
F("X13", "Fine [[porcelain]].", MA, B, "Stoneware.")
F("X13", "[[Malowany maszynowo]].", FE, B, "Ręcznie stemplowany.", native=True)
F("X13", "[[Lead-free glaze certified to FDA standards]].", CE, B, "No certification stated.")
F("X13", "Only [[79 €]].", PR, B, "79 zł, not euros.")

F("X14", "[[Skaftet tåler oppvaskmaskin]].", CR, B, "Vask skaftet for hånd.", native=True)
F("X14", "A [[walnut handle]].", MA, B, "The handle is oak.")
F("X14", "[[Forged in Gnosjö]].", OR, B, "Made in Bryne.")
F("X14", "The blade alone is [[23 cm]] long.", N, B, "23 cm is the whole slicer.")
F("X14", "It [[doubles as a vegetable peeler]].", CM, W, "An invented use.")
F("X14", "[[Lifetime guarantee]].", WA, B, "No warranty stated.")

F("X15", "[[Nerozbitná]] ozdoba na stromeček.", AB, W, "Unbreakable: an absolute, and it is fragile.", native=True)
F("X15", "[[A safe toy for toddlers]].", HE, B, "Not for children under 3.")
F("X15", "Made of [[acrylic]].", MA, B, "Blown glass.")
F("X15", "It is [[nine centimetres wide]].", N, B, "Wrong axis: 9 cm is the height.")
F("X15", "[[Hand-painted in Nový Bor]].", OR, B, "Painted in Jablonec nad Nisou.")
F("X15", "[[Free delivery across Europe]].", SH, B, "No shipping terms stated.")

F("X16", "[[Colourfast from the very first wash]].", CR, B, "The dye bleeds for the first few washes.")
F("X16", "[[Hemmed edges that never fray]].", FE, B, "The ends are cut, not hemmed.")
F("X16", "Pure [[linen]].", MA, B, "Cotton.")
F("X16", "[[Dyed in Kyoto]].", OR, B, "Dyed in Hamamatsu.")
F("X16", "[[Fairtrade certified cotton]].", CE, B, "No certification stated.")
F("X16", "A [[furoshiki wrapping cloth]] in indigo and white.", CA, B, "A tenugui hand towel, one piece.")

F("X17", "[[Kiulu on valmistettu männystä]].", MA, B, "Haapa (aspen), ei mänty.", native=True)
F("X17", "[[Leave it full of water so the wood stays tight]].", CR, B, "Dry it; never leave water in it.")
F("X17", "It holds [[five litres]].", N, B, "4 litres.")
F("X17", "[[Crafted in Estonia]].", OR, B, "Made in Kuopio, Finland.")
F("X17", "The ladle is [[60 cm]] long.", N, B, "The ladle is 40 cm.")
F("X17", "[[A sauna thermometer comes with it]].", FE, B, "Bucket and ladle only.")

F("X18", "[[Listo para usar, sin curar]].", FE, B, "Hay que curarlo con arroz antes del primer uso.", native=True)
F("X18", "[[Wash it with dish soap]].", CR, B, "Water only, no soap.")
F("X18", "Cut from [[granite]].", MA, B, "Basalt.")
F("X18", "[[Carved in Oaxaca]].", OR, B, "Carved in Puebla.")
F("X18", "It is [[25 cm]] across.", N, B, "20 cm.")
F("X18", "It [[doubles as a pizza stone in the oven]].", CM, W, "An invented use.")

F("X19", "[[Smartwatches welcome too]].", CM, B, "No smartwatches.")
F("X19", "[[The pressure test is included in the C$15]].", PR, B, "The pressure test is C$10 more.")
F("X19", "[[We take watches from the US and Canada]].", SH, B, "Canadian addresses only.")
F("X19", "[[Back to you within 24 hours]].", N, B, "3 working days.")
F("X19", "[[We service automatic watches as well]].", CM, B, "No mechanical watches.")
F("X19", "[[Every battery is guaranteed for five years]].", WA, B, "No warranty stated.")

F("X20", "[[A set of three]] wraps.", N, B, "No count given: one wrap.")
F("X20", "Beeswax on [[organic cotton]].", MA, B, "No material beyond beeswax stated.")
F("X20", "[[Made in Vermont]].", OR, B, "No origin given.")
F("X20", "It [[keeps food fresh twice as long as cling film]].", AB, W, "An unverifiable promise.")
F("X20", "[[Compostable and plastic-free]].", EN, B, "No environmental claim in the listing.")
F("X20", "[[Wash it in hot water]].", CR, B, "No care given; an invented instruction.")

F("X21", "A [[40 mm]] pin.", N, B, "25 mm.")
F("X21", "[[Hard enamel on a gold-plated base]].", MA, B, "No material stated beyond enamel.")
F("X21", "[[Two rubber clutches]] on the back.", FE, B, "No fastening stated.")
F("X21", "[[Loved by over 5,000 customers]].", SP, W, "Unverifiable social proof.")
F("X21", "[[Free UK delivery]].", SH, B, "No shipping terms stated.")
F("X21", "Only [[$9]].", PR, B, "£9.")

F("X22", "[[The whole set is $50]].", PR, B, "The pieces add up to $58; there is no set price.")
F("X22", "A [[stainless steel dripper]].", MA, B, "Porcelain dripper.")
F("X22", "A [[1-litre server]].", N, B, "The server is 600 ml.")
F("X22", "The dripper [[takes size 01 filters]].", CM, B, "A size 02 dripper.")
F("X22", "[[Two hundred filters]] in the pack.", N, B, "100 filters.")
F("X22", "[[A Hario dripper]].", BR, B, "No brand named beyond the vendor.")

F("X23", "[[We give a two-year warranty on every board]].", WA, B, "The partner handles warranty.")
F("X23", "It carries [[riders up to 140 kg]].", N, B, "Up to 110 kg.")
F("X23", "[[A waterproof phone case is included]].", FE, B, "Pump, fin and paddle only.")
F("X23", "It is [[81 cm thick]].", N, B, "Wrong axis: 81 cm is the width; 15 cm thick.")
F("X23", "[[Free 60-day returns from our store]].", SH, B, "The partner handles returns.")
F("X23", "[[The most stable board on the water]].", AB, W, "An unverifiable superlative.")

F("X24", "It [[works with Apple HomeKit]].", CM, B, "Not with Apple HomeKit.")
F("X24", "It [[connects on 5 GHz networks]].", CM, B, "2.4 GHz only.")
F("X24", "[[Rated for 16 A]].", N, B, "Rated 13 A.")
F("X24", "[[Weatherproof for garden lights]].", FE, B, "Indoor use only.")
F("X24", "[[Two-year warranty]].", WA, B, "12-month warranty.")
F("X24", "[[Carbon neutral, and it cuts household emissions]].", EN, B, "No environmental claim stated.")
F("X24", "It [[fits EU and US sockets]].", CM, B, "A UK plug.")

F("X25", "They [[fit the KF-300 as well]].", CM, B, "They do not fit the KF-300.")
F("X25", "They [[replace Brita Maxtra cartridges]].", CM, B, "For Kelda KF-200 and KF-210 only.")
F("X25", "It [[removes lead, bacteria and viruses]].", HE, B, "Reduces chlorine and limescale only.")
F("X25", "[[Certified to NSF/ANSI 53]].", CE, B, "No certification stated.")
F("X25", "[[A pack of four]] cartridges.", N, B, "Three cartridges.")
F("X25", "Each lasts [[six months]].", N, B, "About two months.")
F("X25", "[[No soaking needed]] before use.", CR, B, "Soak for 15 minutes before first use.")

F("X26", "Rated [[SPF 50]].", CE, B, "SPF 30.")
F("X26", "[[Safe for newborns]].", HE, B, "Not for babies under 6 months.")
F("X26", "[[Water resistant for 80 minutes]].", N, B, "40 minutes.")
F("X26", "[[Kind to coral reefs]].", EN, B, "No environmental claim stated.")
F("X26", "[[Lightly scented with coconut]].", FE, B, "Unscented.")
F("X26", "[[Titanium dioxide]] and zinc protect your skin.", MA, B, "Zinc oxide only.")
F("X26", "It [[prevents skin cancer]].", HE, B, "An unsupported medical claim.")

F("X27", "[[Se conserve au garde-manger après ouverture]].", CR, B, "Réfrigérer après ouverture.", native=True)
F("X27", "[[Certifié biologique]].", CE, B, "Aucune certification.", native=True)
F("X27", "[[Tapped in Vermont]].", OR, B, "From the Beauce, Quebec.")
F("X27", "A [[golden syrup with a delicate taste]].", CO, B, "Dark colour, robust taste.")
F("X27", "The 500 ml bottle is [[C$24]].", PR, B, "C$19.")
F("X27", "[[A birch syrup]] for pancakes.", CA, B, "Maple syrup.")

F("X28", "[[Nine arches]] nest together.", N, B, "Seven arches.")
F("X28", "Made of [[beech wood]].", MA, B, "Lime wood.")
F("X28", "[[Safe for babies from birth]].", HE, B, "Ages 12 months and up.")
F("X28", "[[Fine to wash in the bath]].", CR, B, "Wipe clean; do not soak.")
F("X28", "[[Also in a 40 cm version]].", SZ, B, "One size, 28 cm wide.")
F("X28", "[[A Grimm's rainbow]].", BR, B, "The vendor, Little Orchard Toys, is the only brand.")

F("X29", "A [[14k gold nib]].", MA, B, "A steel nib.")
F("X29", "It [[takes Parker cartridges]].", CM, B, "Standard international short cartridges.")
F("X29", "[[Five blue cartridges]] included.", N, B, "Two blue cartridges.")
F("X29", "[[Also with a broad nib]].", SZ, B, "Fine or medium only.")
F("X29", "[[Ten-year warranty]].", WA, B, "Three-year warranty.")
F("X29", "[[Chosen by thousands of calligraphers]].", SP, W, "Unverifiable social proof.")

F("X30", "[[Safe to use inside your tent]].", HE, B, "Outdoor use only, never in a tent.")
F("X30", "[[A gas canister comes with it]].", FE, B, "Canister not included.")
F("X30", "It [[fits Campingaz click-on canisters]].", CM, B, "Threaded EN 417 canisters only.")
F("X30", "It boils a litre in [[two minutes]].", N, B, "About 3.5 minutes.")
F("X30", "It [[weighs 120 g]].", N, B, "82 g.")
F("X30", "[[CE and UL certified]].", CE, B, "No certification stated beyond the EN 417 canister thread.")
F("X30", "Just [[£45]].", PR, B, "$45.")


def _html(paragraphs):
    return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)


def _serialise(kind, draft):
    if kind in ("description", "short_description"):
        return _html(draft.split("\n") if isinstance(draft, str) else draft)
    return json.dumps(draft, ensure_ascii=False)


def _strip_marks(marked):
    m = re.fullmatch(r"(.*)\[\[(.+?)\]\](.*)", marked, re.S)
    assert m, f"no [[claim]] in {marked!r}"
    return m.group(1) + m.group(2) + m.group(3), m.group(2)


def _locate(kind, text, sentence, claim):
    """Offsets of the claim inside the sentence inside the stored text."""
    shown = html.escape(sentence, quote=False) if kind in ("description", "short_description") else \
        json.dumps(sentence, ensure_ascii=False)[1:-1]
    at = text.find(shown)
    assert at != -1, f"sentence not found in {text!r}"
    c_shown = html.escape(claim, quote=False) if kind in ("description", "short_description") else \
        json.dumps(claim, ensure_ascii=False)[1:-1]
    inner = shown.find(c_shown)
    assert inner != -1
    return at + inner, at + inner + len(c_shown), c_shown


def _recast():
    listings = make_listings.build()
    seen = {}
    out = []
    for row in FAULTY:
        key = row["listing"]
        n = seen.get(key, 0)
        seen[key] = n + 1
        kind = row["kind"] or ROTATION[n % len(ROTATION)]
        sentence, claim = _strip_marks(row["draft"])
        en_pad, native_pad, native_q = PAD[key]
        pad = native_pad if row["native"] else en_pad
        question = native_q if row["native"] else QUESTIONS[int(key[1:]) % len(QUESTIONS)]
        if kind == "description":
            paras = [pad, sentence] if n % 2 == 0 else [sentence, pad]
            draft = paras
        elif kind == "short_description":
            draft = [sentence]
        elif kind == "seo":
            lst = listings[key]
            draft = seo(f"{lst['title']} | {lst['vendor']}", sentence)
        else:
            draft = qa((question, sentence))
        text = _serialise(kind, draft)
        start, end, shown = _locate(kind, text, sentence, claim)
        assert text[start:end] == shown
        out.append({"listing": key, "kind": kind, "text": text,
                    "labels": [{"rule": row["rule"], "start": start, "end": end, "claim": shown,
                                "severity": row["severity"], "why": row["why"]}]})
    return out


def build():
    clean = [{"listing": r["listing"], "kind": r["kind"], "text": _serialise(r["kind"], r["draft"]), "labels": []}
             for r in CLEAN]
    return clean, _recast()
