"""Hand-written drafts for guardrails holdout v57: clean and faulty, written for this set by gset57.

Each faulty sentence marks its one planted claim with [[...]]; beside it stand the draft's kind
(d description, s short description, e SEO, q FAQ), the label family and the reason.
On T11-T16 the short-description and SEO sentences are in the shop's language.
"""

import html
import json
from typing import Any

import make_listings

GENERAL_Q = "What should I check before I buy?"

KIND = {"d": "description", "s": "short_description", "e": "seo", "q": "faq"}

FAMILY = {
    "n": "accuracy.number",
    "p": "accuracy.price",
    "m": "accuracy.material",
    "co": "accuracy.colour",
    "ce": "accuracy.certification",
    "o": "accuracy.origin",
    "si": "accuracy.size",
    "ca": "accuracy.category",
    "f": "accuracy.feature",
    "cr": "accuracy.care",
    "w": "accuracy.warranty",
    "b": "accuracy.brand",
    "cm": "accuracy.compatibility",
    "sh": "compliance.shipping",
    "h": "compliance.health",
    "a": "compliance.absolute",
    "e": "compliance.environmental",
    "sp": "compliance.social_proof",
}
# families whose claims are soft by nature; a code ending in "!w" is a warn as well
WARN = {"a", "sp"}

# key -> pad (a true closing sentence), clean sentences, short, seo, faq, faulty rows
R: dict[str, dict[str, Any]] = {
    "T01": dict(
        pad="Wash the wax off with hot water and dry the tool before you put it away.",
        clean=(
            "This flat hive tool prises frames apart and scrapes propolis off the boxes.",
            "It is forged from spring steel in Asheville, North Carolina, and is 26 cm long, "
            "about 10 in.",
        ),
        short=("A 26 cm spring steel hive tool with a yellow grip you can spot in the grass."),
        seo="Flat hive tool of spring steel, forged in North Carolina, for $18.",
        faq=("How long is the hive tool?", "It is 26 cm long, roughly 10.2 in, and weighs 140 g."),
        bad=[
            (
                "d",
                "It is forged from [[stainless steel]] and has a yellow grip.",
                "m",
                "listing gives spring steel",
            ),
            (
                "s",
                "A flat hive tool [[forged in Savannah, Georgia]].",
                "o",
                "forged in Asheville, North Carolina",
            ),
            (
                "d",
                "The tool is [[32 cm]] long, so it reaches deep into the box.",
                "n",
                "length is 26 cm",
            ),
            ("e", "Flat hive tool with a [[lifetime guarantee]].", "w", "no guarantee is given"),
            ("q", "[[Beekeepers everywhere swear by it]].", "sp", "invented following"),
            ("s", "The painted grip comes in [[yellow or red]].", "co", "the grip is yellow only"),
            (
                "q",
                "The tool [[has a hooked end for lifting frames]].",
                "f",
                "a flat tool; no hook is listed",
            ),
        ],
    ),
    "T02": dict(
        pad="Wipe the jaws dry after each use and oil them from time to time, as carbon steel "
        "can rust.",
        clean=(
            "This concave cutter leaves a shallow hollow where a branch comes off, so the cut "
            "heals flat against the trunk.",
            "It is 21 cm long, about 8.3 in, and cuts branches up to 8 mm thick.",
        ),
        short="A 21 cm carbon steel concave cutter with a black oxide finish.",
        seo="Concave bonsai cutter in black oxide carbon steel, 21 cm, for branches to 8 mm. £46.",
        faq=(
            "Can I cut wire with it?",
            "No. It is made for branches up to 8 mm thick, not for wire or for roots with soil "
            "on them.",
        ),
        bad=[
            ("d", "This is [[a knob cutter]] for removing stubs.", "ca", "a concave branch cutter"),
            ("s", "Cuts branches up to [[15 mm]] thick.", "n", "capacity is 8 mm"),
            (
                "s",
                "[[The jaws never rust]], so there is no need to oil them.",
                "f",
                "listing warns carbon steel can rust",
            ),
            ("d", "It is [[hand-forged in Sakai, Japan]].", "o", "no origin is given"),
            (
                "e",
                "Concave cutter for bonsai, [[the sharpest cutter on the market]].",
                "a",
                "superlative nobody can check",
            ),
            (
                "q",
                "It [[cuts through copper wire]] as well as branches.",
                "cm",
                "listing rules out wire",
            ),
        ],
    ),
    "T03": dict(
        pad="Cutting oil is not included; the reservoir takes about 5 ml.",
        clean=(
            "An oil-fed pistol-grip cutter for stained glass, with a tungsten carbide wheel.",
            "It scores art glass from 2 to 6 mm thick, about 0.08 to 0.24 in.",
        ),
        short="Oil-fed glass cutter with a tungsten carbide wheel and a refillable handle.",
        seo="Pistol-grip glass cutter with a carbide wheel and a 5 ml oil reservoir, C$32.",
        faq=("Does it come with oil?", "No, oil is not included. The handle holds about 5 ml."),
        bad=[
            (
                "d",
                "The wheel is [[diamond-tipped]] for a cleaner score.",
                "m",
                "wheel is tungsten carbide",
            ),
            ("s", "It [[comes with a bottle of cutting oil]].", "f", "oil is not included"),
            ("d", "It scores glass up to [[12 mm]] thick.", "n", "glass 2 to 6 mm"),
            (
                "e",
                "Glass cutter [[with free shipping across Canada]].",
                "sh",
                "no shipping terms are given",
            ),
            ("q", "It is [[approved by the Canadian Glass Guild]].", "ce", "invented approval"),
            ("d", "It [[also cuts ceramic tiles]].", "cm!w", "only art glass is named"),
        ],
    ),
    "T04": dict(
        pad="Store it flat and away from heat, as it warps above 40 °C.",
        clean=(
            "This three-layer self-healing mat is made for rotary cutters.",
            "It is A2, 60 x 45 cm (about 23.6 x 17.7 in) and 3 mm thick, with an inch grid on "
            "one side and a centimetre grid on the other.",
        ),
        short="A2 self-healing cutting mat, 60 x 45 cm, in green or grey.",
        seo="A2 self-healing mat for rotary cutting, 3 mm thick, inch and cm grids. €39.",
        faq=("Which colours can I choose?", "Green or grey, both at €39."),
        bad=[
            ("d", "The mat is [[made of natural rubber]].", "m", "material is PVC"),
            ("s", "A2 mat in green, grey or [[pink]].", "co", "green and grey only"),
            ("d", "Made by [[Quiltmark]].", "b", "vendor is Patchwell"),
            (
                "s",
                "[[Safe to iron on]], so you can press fabric on it.",
                "cm",
                "it warps above 40 °C",
            ),
            (
                "e",
                "Self-healing cutting mat A2, [[loved by over 10,000 quilters]].",
                "sp",
                "invented crowd",
            ),
            ("q", "It [[also comes in A1 and A3]].", "si", "A2 is the only size"),
        ],
    ),
    "T05": dict(
        pad="Rinse it in fresh water after a paddle in the sea.",
        clean=(
            "A coiled leash that keeps your paddle tied to the kayak's deck line if you let go.",
            "It stretches from 60 to 150 cm, roughly 2 to 5 ft, and comes in orange or black.",
        ),
        short="Coiled paddle leash with a hook-and-loop cuff and a stainless steel clip.",
        seo="Coiled kayak paddle leash, 60 to 150 cm, orange or black, NZ$29.",
        faq=(
            "How does it attach?",
            "A hook-and-loop cuff goes round the paddle shaft and a stainless steel clip goes "
            "on the deck line.",
        ),
        bad=[
            ("d", "The cord is [[made from plant-based plastic]].", "e", "no such claim given"),
            ("s", "Stretches to [[2.5 metres]].", "n", "stretches to 150 cm"),
            ("d", "It [[floats if it falls in]].", "f", "buoyancy is never claimed"),
            ("e", "Paddle leash [[made in Nelson, New Zealand]].", "o", "no origin is given"),
            ("q", "It [[fits every paddle ever made]].", "a", "sweeping absolute"),
            ("s", "It [[doubles as a surfboard leash]].", "cm!w", "only kayak paddles are named"),
            ("q", "Orders [[ship free and arrive next day]].", "sh", "no delivery terms given"),
        ],
    ),
    "T06": dict(
        pad="It takes two AAA batteries, which are not included.",
        clean=(
            "A small red-light torch for reading star charts without spoiling your night vision.",
            "A dial turns the brightness down, and a set of batteries lasts about 30 hours.",
        ),
        short="Red LED astronomy torch with a brightness dial, about 30 hours on two AAA cells.",
        seo="Red light torch for stargazing, dimmable, runs on 2 x AAA. A$34.",
        faq=("How heavy is it?", "It weighs 60 g, about 2 oz."),
        bad=[
            (
                "d",
                "The torch is [[made from recycled ocean plastic]].",
                "e",
                "no recycled content given",
            ),
            ("s", "Runs for [[100 hours]] on one set of batteries.", "n", "about 30 hours"),
            ("d", "It [[switches to white light]] at the press of a button.", "f", "red LED only"),
            ("s", "Yours for [[A$24]].", "p", "price is A$34"),
            (
                "e",
                "Red torch that [[protects your eyes from macular damage]].",
                "h",
                "medical claim",
            ),
            ("q", "[[Rated number one by Australian astronomers]].", "sp", "invented rating"),
        ],
    ),
    "T07": dict(
        pad="Fix it 2 to 4 metres up, facing between north and east and out of strong sun.",
        clean=(
            "A nest box of untreated western red cedar, made in Shropshire.",
            "Its 28 mm entrance hole suits blue tits and coal tits, and the roof lifts off for "
            "cleaning in autumn.",
        ),
        short="Cedar nest box with a 28 mm hole for blue tits and coal tits.",
        seo="Untreated cedar nest box for small birds, 28 mm hole, made in Shropshire. £27.50.",
        faq=("How big is it?", "15 x 14 x 24 cm, roughly 6 x 5.5 x 9.5 in, and it weighs 1.1 kg."),
        bad=[
            ("d", "The box is cut from [[English oak]].", "m", "western red cedar"),
            ("s", "Made in [[Cornwall]].", "o", "made in Shropshire"),
            ("d", "The entrance hole is [[32 mm]] across.", "n", "hole is 28 mm"),
            (
                "e",
                "Cedar nest box [[treated with a weatherproof stain]].",
                "f",
                "the cedar is untreated",
            ),
            (
                "q",
                "It [[attracts robins and sparrows]] too.",
                "cm!w",
                "only blue tits and coal tits are named",
            ),
            ("d", "The design is [[approved by the RSPB]].", "ce", "invented approval"),
        ],
    ),
    "T08": dict(
        pad="Rinse it without soap and let it dry on a stand, which is sold separately.",
        clean=(
            "A matcha whisk cut from a single piece of bamboo.",
            "Its 100 fine prongs whisk the tea to a foam; soak it in warm water for a minute "
            "first.",
        ),
        short="One-piece bamboo matcha whisk with 100 prongs.",
        seo="Bamboo matcha whisk, 100 prongs, cut from one piece. $21.",
        faq=("Is a stand included?", "No, the stand is sold separately."),
        bad=[
            ("s", "[[Dishwasher safe]] for easy cleaning.", "cr", "rinse only, without soap"),
            ("d", "This [[electric frother]] whisks matcha in seconds.", "ca", "a bamboo whisk"),
            ("e", "Matcha whisk [[handmade in Nara, Japan]].", "o", "no origin is given"),
            ("s", "[[Comes with a ceramic stand]].", "f", "the stand is sold separately"),
            ("q", "The bamboo is [[certified organic]].", "ce", "no certification given"),
            ("d", "Made by [[Takeyama Craft]].", "b", "vendor is Steep Hollow Tea"),
        ],
    ),
    "T09": dict(
        pad="It is glass, so handle it with care, and cool the sample before you test it.",
        clean=(
            "A glass hydrometer and a plastic trial jar to float it in.",
            "It reads specific gravity from 0.990 to 1.170 and is calibrated at 20 °C, "
            "about 68 °F.",
        ),
        short="Glass hydrometer reading 0.990 to 1.170, with a trial jar.",
        seo="Hydrometer and trial jar for beer, cider and wine, calibrated at 20 °C. $16.",
        faq=(
            "What can I measure with it?",
            "The specific gravity of beer, cider or wine, to work out its strength.",
        ),
        bad=[
            ("d", "The trial jar is [[made of glass too]].", "m", "the jar is plastic"),
            ("s", "Reads from [[0.980 to 1.200]].", "n", "range 0.990 to 1.170"),
            (
                "d",
                "It is [[a digital refractometer]] with a backlit screen.",
                "ca",
                "a glass hydrometer",
            ),
            ("e", "Hydrometer set [[now $12, down from $16]].", "p", "no sale price"),
            ("q", "You can [[drop it straight into boiling wort]].", "cm", "not for hot wort"),
            ("s", "[[Unbreakable]] hydrometer.", "f", "it is glass"),
            (
                "q",
                "A low reading means [[a beer that will not raise blood sugar]].",
                "h",
                "health claim",
            ),
        ],
    ),
    "T10": dict(
        pad="Each ball is 65 mm across and weighs 120 g.",
        clean=(
            "Three soft juggling balls filled with millet, so they stay where they land.",
            "The covers are faux suede, in red, yellow or blue.",
        ),
        short="Set of three millet-filled juggling balls, 65 mm, about 2.5 in, across.",
        seo="Juggling balls, set of 3, millet-filled, faux suede cover. €19.",
        faq=(
            "How heavy are they?",
            "Each ball weighs 120 g, so the set is 360 g, roughly 12.7 oz.",
        ),
        bad=[
            ("d", "The covers are [[real leather]].", "m", "faux suede"),
            (
                "s",
                "Set of three in red, yellow, blue or [[green]].",
                "co",
                "red, yellow and blue only",
            ),
            ("d", "They [[bounce back]] when dropped.", "f", "they stay where they land"),
            ("e", "Juggling balls, [[set of 5]], millet-filled.", "n", "set of 3"),
            (
                "q",
                "They are [[recommended by the European Juggling Association]].",
                "ce",
                "invented endorsement",
            ),
            ("s", "Also sold [[in a 75 mm size]].", "si", "65 mm only"),
        ],
    ),
    "T11": dict(
        pad="After you fit new strings, retune them for a few days while they settle.",
        clean=(
            "A set of two nylon strings for the two-string dombra.",
            "They are 110 cm long, about 43 in, and are wound in Almaty.",
        ),
        short="Домбыраға арналған екі нейлон ішек, ұзындығы 110 см.",
        seo="Алматыда оралған нейлон домбыра ішектері, 2 дана. 4500 теңге.",
        faq=("How many strings are in the set?", "Two, enough to restring a dombra."),
        bad=[
            ("d", "The strings are [[silk]].", "m", "nylon strings"),
            ("s", "Ұзындығы [[150 см]] ішектер.", "n", "length is 110 cm"),
            ("d", "They are [[wound in Shymkent]].", "o", "wound in Almaty"),
            ("s", "[[Гитараға да]] жарайды.", "cm!w", "only the dombra is named"),
            ("e", "Домбыра ішектері, [[5 жыл кепілдік]].", "w", "no guarantee is given"),
            ("q", "They [[never go out of tune]].", "f", "listing says to retune for days"),
        ],
    ),
    "T12": dict(
        pad="The spool comes without string.",
        clean=(
            "A hand-turned kite spool of teak.",
            "It is made in Khambhat and weighs 400 g, about 14 oz.",
        ),
        short="સાગના લાકડાની હાથથી બનેલી પતંગની ફીરકી.",
        seo="ખંભાતમાં બનેલી સાગની ફીરકી, ₹350.",
        faq=("Is string included?", "No, the spool comes without string."),
        bad=[
            ("d", "This is [[a complete kite and spool set]].", "ca", "a spool alone"),
            ("s", "[[સુરતમાં]] બનેલી ફીરકી.", "o", "made in Khambhat"),
            ("s", "[[1000 મીટર દોરી સાથે]] આવે છે.", "f", "string is not included"),
            ("e", "સાગની ફીરકી, માત્ર [[₹250]].", "p", "price is ₹350"),
            (
                "q",
                "It is [[certified by the Gujarat Handicrafts Board]].",
                "ce",
                "invented certificate",
            ),
            ("d", "[[Thousands of kite flyers]] use it every Uttarayan.", "sp", "invented crowd"),
        ],
    ),
    "T13": dict(
        pad="It is made for hanging on a wall only.",
        clean=(
            "A small Kolam mask, carved by hand from kaduru wood in Ambalangoda.",
            "It stands 20 cm high, about 8 in, and weighs 300 g.",
        ),
        short="අතින් කැටයම් කළ කදුරු ලී කොළම් වෙස් මුහුණ.",
        seo="අම්බලන්ගොඩ දී සාදන ලද කුඩා කොළම් වෙස් මුහුණ, රු. 8500.",
        faq=("Can it be worn?", "No, it is made for hanging on a wall only."),
        bad=[
            ("d", "It is carved from [[teak]].", "m", "kaduru wood"),
            ("s", "[[ගාල්ලේ]] සාදන ලදී.", "o", "made in Ambalangoda"),
            ("d", "It is [[40 cm]] tall.", "n", "20 cm high"),
            ("e", "කොළම් වෙස් මුහුණ, [[රජයේ සහතිකය]] සමඟ.", "ce", "invented certificate"),
            ("q", "[[Children can wear it]] in a parade.", "cm", "for a wall only"),
            ("s", "[[රෝග දුරු කර සෞඛ්‍යය රකී]].", "h", "health claim"),
        ],
    ),
    "T14": dict(
        pad="Keep it in a dry place.",
        clean=(
            "Natural palm sugar made from palm sap in Kampong Speu.",
            "The bag holds 500 g, about 1.1 lb.",
        ),
        short="ស្ករត្នោតធម្មជាតិពីកំពង់ស្ពឺ ៥០០ ក្រាម។",
        seo="ស្ករត្នោតកំពង់ស្ពឺ ៥០០ ក្រាម តម្លៃ ៤.៥០ ដុល្លារ។",
        faq=("Where is it made?", "In Kampong Speu province, from the sap of palm trees."),
        bad=[
            ("d", "It is made in [[Siem Reap]].", "o", "made in Kampong Speu"),
            ("s", "ទម្ងន់ [[១ គីឡូក្រាម]]។", "n", "weight is 500 g"),
            ("d", "It is [[certified organic]].", "ce", "no certification given"),
            ("e", "ស្ករត្នោត [[ល្អសម្រាប់អ្នកជំងឺទឹកនោមផ្អែម]]។", "h", "health claim for diabetics"),
            ("q", "It [[keeps for ten years]] unopened.", "f", "no shelf life is given"),
            ("s", "[[ដឹកជញ្ជូនឥតគិតថ្លៃ]]។", "sh", "free delivery is never offered"),
        ],
    ),
    "T15": dict(
        pad="Warm it slowly over the fire.",
        clean=(
            "A handmade clay jebena for brewing coffee.",
            "It holds 1 litre, about 34 fl oz, and is made in Gojjam.",
        ),
        short="በእጅ የተሰራ 1 ሊትር የሸክላ ጀበና።",
        seo="በጎጃም የተሰራ የሸክላ ጀበና፣ 650 ብር።",
        faq=("How much does it hold?", "1 litre, roughly 4 cups."),
        bad=[
            ("d", "It is made of [[cast iron]].", "m", "clay"),
            ("s", "[[2 ሊትር]] ይይዛል።", "n", "holds 1 litre"),
            ("d", "It is made in [[Harar]].", "o", "made in Gojjam"),
            ("e", "የሸክላ ጀበና [[ከ10 ዓመት ዋስትና ጋር]]።", "w", "no guarantee is given"),
            (
                "q",
                "It is [[safe on an electric hob at full heat]].",
                "cm",
                "listing says warm it slowly",
            ),
            ("s", "[[ከስድስት ስኒዎች ጋር]] ይመጣል።", "f", "no cups come with it"),
        ],
    ),
    "T16": dict(
        pad="Keep it in the fridge once opened.",
        clean=(
            "Ajvar made from roasted red peppers and aubergine, with no preservatives.",
            "Each jar holds 350 g, about 12.3 oz, and is made in Leskovac.",
        ),
        short="Ајвар од печене црвене паприке и плавог патлиџана, без конзерванса.",
        seo="Домаћи ајвар из Лесковца, тегла 350 г, 690 динара.",
        faq=("Does it contain preservatives?", "No, it is made without preservatives."),
        bad=[
            ("d", "It is made with [[tomatoes and chilli]].", "m", "red pepper and aubergine only"),
            ("s", "Тегла од [[500 г]].", "n", "jar of 350 g"),
            ("d", "Made in [[Novi Sad]].", "o", "made in Leskovac"),
            ("e", "Ајвар [[са органским сертификатом]].", "ce", "no certification given"),
            (
                "q",
                "It [[keeps for a month at room temperature]] after opening.",
                "cr",
                "fridge once opened",
            ),
            ("s", "[[Најбољи ајвар у Србији]].", "a", "superlative"),
        ],
    ),
    "T17": dict(
        pad="They are for bristle boards only, not for electronic soft-tip boards.",
        clean=(
            "Three steel-tip darts with 90% tungsten barrels.",
            "Each weighs 22 g, about 0.78 oz, and the set comes with nylon shafts, standard "
            "flights and a zip case.",
        ),
        short="Set of three 22 g steel-tip darts with 90% tungsten barrels and a zip case.",
        seo="Steel-tip darts, 22 g, 90% tungsten, set of 3 with case. $44.",
        faq=("What comes with the darts?", "Nylon shafts, standard flights and a zip case."),
        bad=[
            ("d", "The barrels are [[97% tungsten]].", "m", "90% tungsten"),
            ("s", "Each dart weighs [[24 g]].", "n", "22 g each"),
            ("d", "They are [[used by world champions]].", "sp", "invented users"),
            (
                "e",
                "Steel-tip darts [[approved by the World Darts Federation]].",
                "ce",
                "invented approval",
            ),
            ("q", "They [[work on electronic boards]] too.", "cm", "bristle boards only"),
            ("s", "Darts by [[Bullseye Forge]].", "b", "vendor is Oche Line"),
            ("q", "Orders [[ship the same day]].", "sh", "no dispatch terms given"),
        ],
    ),
    "T18": dict(
        pad="Hang it 15 cm off the ground.",
        clean=(
            "A hanging poultry feeder of galvanised steel with a rain "
            "hood that keeps the feed dry.",
            "It holds 6 kg of pellets, about 13 lb, enough for six hens for about a week.",
        ),
        short="Galvanised steel hanging feeder, 6 kg, with a rain hood.",
        seo="Galvanised poultry feeder holding 6 kg of pellets, with a rain hood. £38.",
        faq=("Can I put whole corn in it?", "No, it is for pellets and mash, not whole corn."),
        bad=[
            ("d", "It is [[made with zero-carbon steel]].", "e", "no such claim given"),
            ("s", "Holds [[10 kg]] of feed.", "n", "holds 6 kg"),
            ("d", "It is [[fully rat-proof]].", "f", "never claimed"),
            ("e", "Poultry feeder that [[prevents bird flu]].", "h", "disease claim"),
            ("q", "It [[takes whole corn]] as well as pellets.", "cm", "not for whole corn"),
            ("s", "[[Made in Wales]].", "o", "no origin is given"),
        ],
    ),
    "T19": dict(
        pad="Each sheet is coloured on one side.",
        clean=(
            "200 square sheets of kami for origami, in 20 colours.",
            "Each is 15 x 15 cm, roughly 5.9 x 5.9 in, and the paper is 70 gsm.",
        ),
        short="200 sheets of 15 cm origami paper in 20 colours.",
        seo="Origami paper, 15 x 15 cm, 200 sheets in 20 colours. $12.",
        faq=("How thick is the paper?", "It is 70 gsm kami."),
        bad=[
            ("s", "[[Double-sided]] colour on every sheet.", "f", "coloured on one side"),
            ("d", "There are [[300 sheets]] in each pack.", "n", "200 sheets"),
            ("d", "The paper comes from [[Washi Kobo]].", "b", "vendor is Foldhouse"),
            (
                "e",
                "Origami paper [[made from 100% recycled fibre]].",
                "e",
                "no recycled content given",
            ),
            ("q", "The paper is [[FSC certified]].", "ce", "no certification given"),
            ("s", "Includes [[metallic gold and silver]] sheets.", "co", "not among the colours"),
        ],
    ),
    "T20": dict(
        pad="Do not use it on code 40 or finer rail.",
        clean=(
            "An abrasive rubber block that lifts dirt and oxide from model railway rails.",
            "It suits OO and HO gauge track and measures 8 x 3 x 2 cm, about 3.1 x 1.2 x 0.8 in.",
        ),
        short="Abrasive rubber track cleaner for OO and HO gauge.",
        seo="Track cleaning block for OO and HO model railways. £7.50.",
        faq=(
            "Will it work on my layout?",
            "It is made for OO and HO gauge track, and should not be used on code 40 or finer "
            "rail.",
        ),
        bad=[
            ("d", "The block is [[cork]] faced with grit.", "m", "abrasive rubber"),
            ("s", "Works on [[every gauge from Z to G]].", "cm", "OO and HO only"),
            ("d", "It [[lasts a lifetime]].", "a", "absolute"),
            ("e", "Track cleaning block, [[£5.50]].", "p", "price is £7.50"),
            ("q", "It is made by [[Railcraft Works]].", "b", "vendor is Branchline Models"),
            ("s", "[[Best seller]] with model railway clubs.", "sp", "invented sales"),
        ],
    ),
    "T21": dict(
        pad="Spacers are not included.",
        clean=(
            "Eight ABEC 7 skateboard bearings, enough for both trucks.",
            "They are 608 size, with chrome steel balls and rubber shields you can remove.",
        ),
        short="Set of 8 ABEC 7 bearings, 608 size, chrome steel balls.",
        seo="ABEC 7 skateboard bearings, set of 8, removable shields. A$24.",
        faq=("How do I clean them?", "Use a citrus cleaner, never water."),
        bad=[
            ("d", "The balls are [[ceramic]].", "m", "chrome steel balls"),
            ("s", "[[ABEC 9]] precision bearings.", "n", "ABEC 7"),
            ("s", "[[Spacers included]].", "f", "spacers are not included"),
            ("e", "Skateboard bearings, set of 8, [[2-year warranty]].", "w", "no warranty given"),
            ("q", "[[Rinse them under the tap]] to clean them.", "cr", "never water"),
            ("d", "Made by [[Rollforge]].", "b", "vendor is Kerbline Skate Co."),
            (
                "q",
                "They [[fit inline skates and scooters]] too.",
                "cm!w",
                "only skateboard trucks are named",
            ),
        ],
    ),
    "T22": dict(
        pad="Do not use it on the camera sensor.",
        clean=(
            "A lens cleaning kit with a blower, a soft brush, a microfibre cloth and a zip pouch.",
            "The 30 ml of cleaning fluid, about 1 fl oz, is alcohol-free.",
        ),
        short="Blower, brush, microfibre cloth and alcohol-free fluid in a zip pouch.",
        seo="Lens cleaning kit for lenses, filters and viewfinders. R650.",
        faq=("What can I clean with it?", "Camera lenses, filters and viewfinders."),
        bad=[
            ("d", "The fluid is [[alcohol-based]] for faster drying.", "m", "alcohol-free"),
            ("s", "Includes [[100 ml]] of fluid.", "n", "30 ml"),
            ("s", "[[Safe for camera sensors]].", "cm", "not for the sensor"),
            (
                "e",
                "Lens cleaning kit [[recommended by Canon]].",
                "b",
                "a brand other than the vendor",
            ),
            ("q", "The pouch is [[fully waterproof]].", "f", "never claimed"),
            ("d", "It [[ships free anywhere in South Africa]].", "sh", "no shipping terms given"),
        ],
    ),
    "T23": dict(
        pad="Soft flasks are not included.",
        clean=(
            "A close-fitting trail running vest with 8 litres of storage.",
            "Two front pockets take soft flasks, and the sternum straps adjust with a slider.",
        ),
        short="8 L nylon mesh running vest in S, M or L.",
        seo="Trail running vest, 8 L, two flask pockets, sizes S to L. $89.",
        faq=("How do I wash it?", "Hand wash it in cold water and hang it to dry."),
        bad=[
            ("d", "It holds [[12 litres]].", "n", "8 L"),
            ("s", "Sizes S, M, L and [[XL]].", "si", "S, M and L only"),
            ("s", "[[Two 500 ml flasks included]].", "f", "flasks are not included"),
            ("e", "Running vest, [[machine washable]].", "cr", "hand wash cold"),
            ("q", "It [[eases back pain]] on long runs.", "h", "health claim"),
            ("d", "The mesh is [[recycled polyester]].", "m", "nylon mesh"),
            ("q", "[[Chosen by nine in ten ultra runners]].", "sp", "invented crowd"),
        ],
    ),
    "T24": dict(
        pad="Take them off before you store the skates so the blades can dry.",
        clean=(
            "A pair of hard plastic guards for figure skate blades, for walking off the ice.",
            "They are spring-loaded to fit blades from 23 to 30 cm, about 9 to 12 in.",
        ),
        short="Spring-loaded blade guards in purple, white or black.",
        seo="Figure skate blade guards, fit 23 to 30 cm blades. C$22.",
        faq=("What colours are there?", "Purple, white and black."),
        bad=[
            ("d", "There is also [[a junior size]] for smaller blades.", "si", "one size only"),
            ("s", "In purple, white, black or [[pink]].", "co", "three colours only"),
            (
                "s",
                "[[Leave them on]] while the skates are stored.",
                "cr",
                "listing says take them off",
            ),
            (
                "e",
                "Blade guards that [[fit hockey skates]] too.",
                "cm!w",
                "only figure skates are named",
            ),
            ("q", "They are [[made of silicone]].", "m", "hard plastic"),
            ("d", "The price is [[for one guard]].", "p", "the price is for a pair"),
        ],
    ),
    "T25": dict(
        pad="Keep it in its cover and away from direct sun.",
        clean=(
            "A table tennis bat with a five-ply wooden blade and a flared handle.",
            "Both rubbers, red on one side and black on the other, sit on 2.0 mm sponge.",
        ),
        short="Five-ply table tennis bat with 2.0 mm sponge.",
        seo="5-ply table tennis bat, flared handle, 2.0 mm sponge. €58.",
        faq=("How heavy is it?", "It weighs 175 g, about 6.2 oz."),
        bad=[
            ("d", "The blade has [[seven plies]].", "n", "five-ply"),
            ("s", "[[Carbon fibre]] blade.", "m", "wooden blade"),
            ("d", "The rubbers are [[ITTF approved]].", "ce", "no approval given"),
            ("e", "Table tennis bat with [[three balls included]].", "f", "no balls listed"),
            ("q", "[[Every pro player]] uses this blade.", "a", "absolute"),
            ("s", "Also sold with a [[straight handle]].", "si", "flared handle only"),
            ("q", "It is [[20% off this week]].", "p", "no sale given"),
        ],
    ),
    "T26": dict(
        pad="Cracked or warped records come back uncleaned.",
        clean=(
            "Send us your vinyl and we clean each record on an ultrasonic machine, dry it and "
            "put it in a new inner sleeve.",
            "It costs £4 per LP, with a minimum of 10 records, and return postage is £7 for up "
            "to 30.",
        ),
        short="Ultrasonic record cleaning by post, £4 per LP, back within 10 working days.",
        seo="Vinyl record cleaning by post, ultrasonic, £4 per LP.",
        faq=("How long does it take?", "Records come back within 10 working days."),
        bad=[
            ("d", "We return them within [[3 working days]].", "n", "10 working days"),
            ("s", "We [[post them back free of charge]].", "sh", "return postage is £7"),
            (
                "s",
                "[[We flatten warped records]] as well.",
                "f",
                "warped records come back uncleaned",
            ),
            ("e", "Record cleaning by post, [[£3 per LP]].", "p", "£4 per LP"),
            ("q", "Every record is [[insured up to £100]] in transit.", "w", "no cover given"),
            ("s", "[[Restores every record to mint condition]].", "a", "absolute"),
            ("q", "[[Over 50,000 records cleaned]] so far.", "sp", "invented count"),
        ],
    ),
    "T27": dict(
        pad="There are two brushes in the pack.",
        clean=("A pack of dish brushes for $9.",),
        short="Two dish brushes in one pack.",
        seo="A pack of two dish brushes, $9.",
        faq=("How much does the pack weigh?", "The pack weighs 90 g, about 3.2 oz."),
        bad=[
            ("d", "The bristles are [[natural tampico fibre]].", "m", "no material is given"),
            ("s", "[[Pack of 4]] dish brushes.", "n", "pack of 2"),
            ("s", "Dish brushes in [[bright green]].", "co!w", "no colour is given"),
            (
                "e",
                "Dish brushes, [[compostable]] at end of life.",
                "e",
                "no environmental claim given",
            ),
            ("q", "They are [[made in Sweden]].", "o", "no origin is given"),
            ("d", "They are [[dishwasher safe]].", "cr", "no care is given"),
        ],
    ),
    "T28": dict(
        pad="It measures 30 cm across.",
        clean=("A wall clock from Tidemark Home for €45.",),
        short="A 30 cm wall clock, about 12 in across.",
        seo="Wall clock, 30 cm, by Tidemark Home. €45.",
        faq=("How heavy is it?", "It weighs 800 g, about 1.8 lb."),
        bad=[
            ("d", "It has a [[silent sweep movement]].", "f", "movement is never described"),
            ("s", "[[Oak]] frame wall clock.", "m", "no material is given"),
            ("e", "Wall clock [[in matt black]].", "co!w", "no colour is given"),
            ("q", "It comes with a [[two-year warranty]].", "w", "no warranty given"),
            ("d", "It is [[made in Germany]].", "o", "no origin is given"),
            ("s", "[[40 cm]] wall clock.", "n", "30 cm"),
        ],
    ),
    "T29": dict(
        pad="Brush the basket out after use; do not wash it.",
        clean=(
            "Three sourdough tools, each sold separately: a rattan proofing basket, a bread lame "
            "and a steel dough scraper.",
            "The basket is $31, the lame $15 with five spare blades and the scraper $12, "
            "$58 for all three.",
        ),
        short="A 23 cm rattan proofing basket, a lame and a dough scraper, each sold separately.",
        seo="Sourdough tools: rattan proofing basket, bread lame and dough scraper, from $12.",
        faq=("What flour should I use in the basket?", "Dust it with rice flour before use."),
        bad=[
            ("d", "The basket is [[30 cm]] across.", "n", "23 cm basket"),
            ("s", "All three [[for $45]].", "p", "$58 together, each sold separately"),
            ("d", "The basket is woven from [[willow]].", "m", "rattan"),
            (
                "e",
                "Sourdough tools with [[free shipping on all orders]].",
                "sh",
                "no shipping terms given",
            ),
            ("q", "The basket [[goes in the dishwasher]].", "cr", "brush it out, do not wash"),
            ("s", "Includes a [[cast iron Dutch oven]].", "ca", "not one of the three tools"),
            (
                "d",
                "The basket is [[carbon neutral]] from cane to kitchen.",
                "e",
                "no such claim given",
            ),
        ],
    ),
    "T30": dict(
        pad="It is sold, shipped and supported by our partner Kiuas Works.",
        clean=(
            "A 16 kW wood-fired stove for saunas of 8 to 16 cubic metres.",
            "It holds 60 kg of stones, about 132 lb, which are not included, and Kiuas Works "
            "give a 5-year warranty on the firebox.",
        ),
        short=(
            "16 kW wood-fired sauna stove from our partner Kiuas Works, delivered in 3 to 5 weeks."
        ),
        seo="Wood-fired sauna stove, 16 kW, for 8 to 16 m³ saunas. €2190.",
        faq=(
            "Are stones included?",
            "No, the stove takes 60 kg of stones, which are not included.",
        ),
        bad=[
            ("d", "It heats saunas up to [[25 cubic metres]].", "n", "8 to 16 m³"),
            ("s", "[[Stones included]].", "f", "stones are not included"),
            ("d", "Kiuas Works give a [[10-year warranty]] on the firebox.", "w", "5 years"),
            ("e", "Sauna stove, [[delivered within a week]].", "sh", "3 to 5 weeks"),
            ("q", "This is [[an electric sauna heater]].", "ca", "a wood-fired stove"),
            ("s", "[[Shipped and supported by us]].", "sh", "the partner ships and supports"),
            ("q", "It is [[made in Finland]].", "o", "no origin is given"),
        ],
    ),
}


def _html(sentences):
    return "<p>" + " ".join(html.escape(s, quote=False) for s in sentences) + "</p>"


def _serialise(kind, sentences, key, question=GENERAL_Q):
    if kind in ("description", "short_description"):
        return _html(sentences)
    text = " ".join(sentences)
    if kind == "seo":
        return json.dumps({"title": _seo_title(key), "description": text}, ensure_ascii=False)
    return json.dumps([{"question": question, "answer": text}], ensure_ascii=False)


def _seo_title(key):
    lst = LISTINGS[key]
    return f"{lst['title']} | {lst['vendor']}" if lst["vendor"] else lst["title"]


def _strip_marks(marked):
    assert marked.count("[[") == 1 and marked.count("]]") == 1, marked
    claim = marked[marked.index("[[") + 2 : marked.index("]]")]
    return marked.replace("[[", "").replace("]]", ""), claim


def _locate(kind, text, claim):
    assert html.escape(claim, quote=False) == claim, claim
    assert json.dumps(claim, ensure_ascii=False)[1:-1] == claim, claim
    assert text.count(claim) == 1, (text, claim)
    start = text.index(claim)
    return start, start + len(claim)


LISTINGS = make_listings.build()


def build():
    clean: list[dict[str, Any]] = []
    faulty: list[dict[str, Any]] = []
    for key, r in R.items():
        rows = [
            ("description", _serialise("description", [*r["clean"], r["pad"]], key)),
            ("short_description", _serialise("short_description", [r["short"]], key)),
            ("seo", _serialise("seo", [r["seo"]], key)),
            ("faq", _serialise("faq", [r["faq"][1]], key, r["faq"][0])),
            ("faq", _serialise("faq", [r["pad"]], key)),
        ]
        for kind, text in rows:
            clean.append({"listing": key, "kind": kind, "text": text, "labels": []})
        for code, marked, fam, why in r["bad"]:
            kind = KIND[code]
            sentence, claim = _strip_marks(marked)
            sentences = [sentence, r["pad"]] if kind == "description" else [sentence]
            text = _serialise(kind, sentences, key)
            start, end = _locate(kind, text, claim)
            base = fam.removesuffix("!w")
            severity = "warn" if fam.endswith("!w") or base in WARN else "block"
            label = {
                "rule": FAMILY[base],
                "start": start,
                "end": end,
                "claim": claim,
                "severity": severity,
                "why": why,
            }
            faulty.append({"listing": key, "kind": kind, "text": text, "labels": [label]})
    return clean, faulty


if __name__ == "__main__":
    c, f = build()
    print(len(c), "clean", len(f), "faulty")
