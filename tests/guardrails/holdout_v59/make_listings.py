"""Write listings.json for guardrails holdout v59: 30 invented listings, T01..T30.

Run from this folder:  python make_listings.py
"""

import json
import os
from typing import Any

Obj = dict[str, Any]
HERE = os.path.dirname(os.path.abspath(__file__))


def variants(key: str, option: str, rows: list[tuple[str, str]]) -> list[Obj]:
    """One variant a (option value, price) pair."""
    return [
        {
            "sku": f"{key}-{n}",
            "title": value,
            "price": price,
            "compare_at_price": None,
            "options": {option: value},
            "external_id": f"{key}-v{n}",
        }
        for n, (value, price) in enumerate(rows, 1)
    ]


def single(key: str, price: str) -> list[Obj]:
    """The one variant of a simple product."""
    return [
        {"sku": key, "title": "Default", "price": price, "options": {}, "external_id": f"{key}-v1"}
    ]


def g(value: float, unit: str = "g") -> Obj:
    return {"value": value, "unit": unit}


def P(*paras: str) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


def dims(length: float | None, width: float | None, height: float | None, unit: str = "cm") -> Obj:
    return {"length": length, "width": width, "height": height, "unit": unit}


def L(key: str, title: str, price: str, currency: str, **rest: Any) -> Obj:
    """A listing with the common keys filled in; `rest` overrides or adds keys."""
    lst: Obj = {
        "external_id": key,
        "title": title,
        "description_html": "",
        "vendor": "",
        "product_type": "",
        "tags": [],
        "categories": [],
        "options": {},
        "attributes": {},
        "variants": single(key, price),
        "price": price,
        "currency": currency,
    }
    lst.update(rest)
    return lst


def build() -> dict[str, Obj]:
    out: list[Obj] = [
        L(
            "T01",
            "Stainless Hive Tool 10 in",
            "18.00",
            "USD",
            vendor="Combwright",
            product_type="Hive tool",
            categories=["Beekeeping > Tools"],
            tags=["beekeeping"],
            description_html=P(
                "A flat pry bar for lifting frames and scraping propolis, 10 in long.",
                "Forged in Pennsylvania from 420 stainless steel.",
                "Wipe clean after each inspection.",
            ),
        ),
        L(
            "T02",
            "Beech Drop Spindle 32 g",
            "24.00",
            "GBP",
            vendor="Fleecewheel",
            product_type="Drop spindle",
            categories=["Crafts > Spinning"],
            tags=["top whorl"],
            attributes={"Material": ["beech"], "Weight": ["32 g"]},
            weight=g(32),
            description_html=P(
                "A top-whorl spindle for spinning fine to medium yarn.",
                "Turned from beech in Cumbria, with a brass hook.",
                "Fibre not included.",
            ),
        ),
        L(
            "T03",
            "Rattan Basket Weaving Kit",
            "42.00",
            "CAD",
            vendor="Wickerbay",
            product_type="Craft kit",
            categories=["Crafts > Basketry"],
            attributes={"Contents": ["500 g rattan cane", "plywood base", "instruction booklet"]},
            description_html=P(
                "Everything to weave one round basket about 20 cm across.",
                "Soak the cane in warm water for 10 minutes before weaving.",
                "Scissors not included.",
            ),
        ),
        L(
            "T04",
            "Red Light Astronomy Torch",
            "21.00",
            "USD",
            vendor="Nightlens",
            product_type="Flashlight",
            categories=["Outdoors > Stargazing"],
            attributes={"Battery": ["2 x AAA"], "Brightness": ["3 levels"]},
            description_html=P(
                "A red LED torch that keeps your eyes adapted to the dark.",
                "Runs about 40 hours on two AAA batteries, not included.",
                "Aluminium body, 12 cm long.",
            ),
        ),
        L(
            "T05",
            "Rock Tumbler Grit Set 1.2 kg",
            "36.00",
            "NZD",
            vendor="Stonewhirl",
            product_type="Tumbling grit",
            categories=["Hobbies > Lapidary"],
            attributes={"Stages": ["coarse", "medium", "pre-polish", "polish"]},
            weight=g(1.2, "kg"),
            description_html=P(
                "Four stages of silicon carbide and aluminium oxide grit, 300 g each.",
                "Enough for about six loads in a 1.5 kg barrel.",
                "Do not pour used grit down the sink.",
            ),
        ),
        L(
            "T06",
            "Pickleball Paddle Graphite Face",
            "89.00",
            "AUD",
            vendor="Dinkworks",
            product_type="Pickleball paddle",
            categories=["Sports > Pickleball"],
            options={"Grip": ["Small", "Medium"]},
            variants=variants("T06", "Grip", [("Small", "89.00"), ("Medium", "89.00")]),
            attributes={"Face": ["graphite"], "Core": ["polypropylene honeycomb"]},
            weight=g(230),
            description_html=P(
                "A graphite face over a polypropylene honeycomb core, 230 g.",
                "Grip circumference: small 10.8 cm, medium 11.4 cm.",
                "Cover sold separately.",
            ),
        ),
        L(
            "T07",
            "Goat Milk Melt and Pour Soap Base 1 kg",
            "14.50",
            "GBP",
            vendor="Lathercraft",
            product_type="Soap base",
            categories=["Crafts > Soap making"],
            tags=["palm-free"],
            weight=g(1, "kg"),
            description_html=P(
                "A ready soap base: melt, add scent and colour, pour into moulds.",
                "Melts at about 60 °C. Made in Yorkshire.",
                "Not for cold process soap.",
            ),
        ),
        L(
            "T08",
            "Reptile Hide Cave Medium",
            "19.00",
            "EUR",
            vendor="Scalehaven",
            product_type="Hide",
            categories=["Pets > Reptiles"],
            attributes={"Material": ["resin"], "Colour": ["sandstone"]},
            dimensions=dims(22, 15, 9),
            description_html=P(
                "A resin cave for geckos and small lizards, 22 x 15 x 9 cm.",
                "Rinse with warm water; no soap.",
                "Not for water dragons or other large lizards.",
            ),
        ),
        L(
            "T09",
            "Walnut Backgammon Set 15 in",
            "129.00",
            "USD",
            vendor="Doublecube",
            product_type="Board game",
            categories=["Games > Backgammon"],
            attributes={"Wood": ["walnut", "maple"], "Checkers": ["30"]},
            dimensions=dims(15, 9.5, 2.5, "in"),
            description_html=P(
                "A folding board with walnut and maple points, 15 in wide when closed.",
                "Comes with 30 checkers, two pairs of dice and a doubling cube.",
                "Made in Ohio.",
            ),
        ),
        L(
            "T10",
            "Kombucha Brewing Jar 1 gal",
            "34.00",
            "USD",
            vendor="Scobyhouse",
            product_type="Fermentation jar",
            categories=["Kitchen > Fermenting"],
            attributes={"Material": ["glass"], "Capacity": ["1 gal"]},
            description_html=P(
                "A wide-mouth glass jar with a plastic spigot and a cotton cover.",
                "Holds 1 gallon. SCOBY not included.",
                "Hand wash only.",
            ),
        ),
        L(
            "T11",
            "Bakarna džezva 3 šoljice",
            "38.00",
            "BAM",
            vendor="Baščarija Bakar",
            product_type="Džezva",
            categories=["Kuhinja > Kafa"],
            tags=["ručni rad"],
            attributes={"Materijal": ["bakar", "kalaj iznutra"], "Zapremina": ["300 ml"]},
            description_html=P(
                "Džezva za bosansku kafu, za tri šoljice.",
                "Ručno kovana u Sarajevu, iznutra kalajisana.",
                "Prati samo ručno.",
            ),
        ),
        L(
            "T12",
            "Riesling-Karaff 1 Liter",
            "45.00",
            "EUR",
            vendor="Musel Glas",
            product_type="Karaff",
            categories=["Kichen > Wäin"],
            attributes={"Material": ["Kristallglas"], "Inhalt": ["1 l"]},
            description_html=P(
                "Eng Karaff fir Wäisswäin, 1 Liter.",
                "Mondgeblosen zu Wormeldange.",
                "Net an d'Spullmaschinn.",
            ),
        ),
        L(
            "T13",
            "लढाईचा पतंग ३ नग",
            "450.00",
            "INR",
            vendor="आकाशदोरा",
            product_type="पतंग",
            categories=["खेळ > पतंग"],
            attributes={"साहित्य": ["कागद", "बांबू"], "संख्या": ["३"]},
            description_html=P(
                "तीन कागदी पतंग, बांबूच्या काड्यांसह.", "अहमदाबादमध्ये हाताने बनवलेले.", "मांजा सोबत नाही."
            ),
        ),
        L(
            "T14",
            "Aṣọ Àdìrẹ Indigo 2 yards",
            "15000.00",
            "NGN",
            vendor="Ọ̀ṣun Àdìrẹ",
            product_type="Aṣọ àdìrẹ",
            categories=["Aṣọ > Àdìrẹ"],
            attributes={"Ohun èlò": ["kọ́tìnnì"], "Àwọ̀": ["indigo"]},
            description_html=P(
                "Aṣọ kọ́tìnnì tí a fi indigo pa láró, yards méjì.",
                "A ṣe é ní Abẹ́òkúta.",
                "Fọ̀ ọ́ pẹ̀lú omi tútù.",
            ),
        ),
        L(
            "T15",
            "Маҷмӯаи пиёлаҳо 6 адад",
            "320.00",
            "TJS",
            vendor="Чойхонаи Ҳисор",
            product_type="Пиёла",
            categories=["Ошхона > Чой"],
            attributes={"Мавод": ["сафол"], "Ҳаҷм": ["150 мл"]},
            description_html=P(
                "Шаш пиёлаи сафолӣ, ҳар кадом 150 мл.",
                "Дар Истаравшан сохта шудааст.",
                "Дар мошини зарфшӯӣ шустан мумкин нест.",
            ),
        ),
        L(
            "T16",
            "Seyðaskinn Gólvfeldur",
            "1200.00",
            "DKK",
            vendor="Ullarhúsið",
            product_type="Gólvfeldur",
            categories=["Heim > Feldir"],
            attributes={"Tilfar": ["seyðaskinn"], "Litur": ["ljósgrár"]},
            description_html=P(
                "Ein ljósgráur gólvfeldur úr føroyskum seyðaskinni.",
                "Garvaður í Klaksvík.",
                "Rist hann úti; ikki vaska í maskinu.",
            ),
        ),
        L(
            "T17",
            "Anti-Fog Swim Goggles",
            "16.00",
            "USD",
            vendor="Laneline",
            product_type="Swim goggles",
            categories=["Sports > Swimming"],
            options={"Lens": ["Clear", "Smoke"]},
            variants=variants("T17", "Lens", [("Clear", "16.00"), ("Smoke", "18.00")]),
            attributes={"Strap": ["silicone"], "Lens": ["polycarbonate"]},
            description_html=P(
                "Polycarbonate lenses with an anti-fog coating and a split silicone strap.",
                "Clear lenses for pools, smoke for bright days.",
                "Rinse in fresh water after use; do not rub the inside of the lenses.",
            ),
        ),
        L(
            "T18",
            "Silent Hamster Wheel 21 cm",
            "22.00",
            "GBP",
            vendor="Burrowbright",
            product_type="Exercise wheel",
            categories=["Pets > Small animals"],
            attributes={"Material": ["ABS plastic"], "Diameter": ["21 cm"]},
            description_html=P(
                "A solid running surface with a ball-bearing axle, 21 cm across.",
                "For Syrian hamsters; too small for rats.",
                "Free-standing or screwed to a cage wall.",
            ),
        ),
        L(
            "T19",
            "Fountain Pen Ink Iron Gall 50 ml",
            "13.00",
            "GBP",
            vendor="Quillmere",
            product_type="Fountain pen ink",
            categories=["Stationery > Ink"],
            attributes={"Colour": ["blue-black"], "Volume": ["50 ml"]},
            description_html=P(
                "A blue-black iron gall ink that darkens as it dries.",
                "Bottled in Bath, England.",
                "Flush your pen every few weeks; not for vintage pens with steel nibs.",
            ),
        ),
        L(
            "T20",
            "Pear Wood Wide Tooth Comb",
            "12.00",
            "USD",
            vendor="Grainline Goods",
            product_type="Comb",
            categories=["Beauty > Hair"],
            attributes={"Material": ["pear wood"], "Length": ["7 in"]},
            description_html=P(
                "A wide-tooth comb for detangling curly and thick hair.",
                "Cut from pear wood and finished with linseed oil, 7 in long.",
                "Keep out of water for long.",
            ),
        ),
        L(
            "T21",
            "Squash Balls Double Yellow Dot 3 Pack",
            "15.00",
            "AUD",
            vendor="Glasscourt",
            product_type="Squash balls",
            categories=["Sports > Squash"],
            attributes={"Speed": ["double yellow dot"], "Count": ["3"]},
            description_html=P(
                "Three double yellow dot balls, the slowest bounce, for club and league play.",
                "Warm them up for a few minutes before a match.",
            ),
        ),
        L(
            "T22",
            "Nylon Camping Hammock with Straps",
            "59.00",
            "CAD",
            vendor="Treeline Loft",
            product_type="Hammock",
            categories=["Outdoors > Camping"],
            options={"Color": ["Forest", "Slate"]},
            variants=variants("T22", "Color", [("Forest", "59.00"), ("Slate", "59.00")]),
            attributes={"Material": ["ripstop nylon"], "Load": ["150 kg"]},
            weight=g(620),
            description_html=P(
                "A ripstop nylon hammock, 290 x 140 cm, with two tree straps.",
                "Holds up to 150 kg. Packs into its own pouch, 620 g in all.",
                "Rain tarp and bug net sold separately.",
            ),
        ),
        L(
            "T23",
            "Hydroponic Net Pots 3 in 50 Pack",
            "14.00",
            "USD",
            vendor="Rootwell",
            product_type="Net pots",
            categories=["Garden > Hydroponics"],
            attributes={"Material": ["polypropylene"], "Count": ["50"], "Size": ["3 in"]},
            description_html=P(
                "Fifty black slotted net pots, 3 in across the rim.",
                "For clay pebbles or rockwool in deep water and NFT systems.",
                "Reusable; rinse between crops.",
            ),
        ),
        L(
            "T24",
            "Soft Rubber Brayer 4 in",
            "17.00",
            "EUR",
            vendor="Inkroller",
            product_type="Brayer",
            categories=["Art > Printmaking"],
            attributes={"Roller": ["soft rubber"], "Width": ["4 in"]},
            description_html=P(
                "A 4 in soft rubber roller for block printing inks.",
                "Works with water-based and oil-based inks.",
                "Clean with soapy water or vegetable oil, never with solvents.",
            ),
        ),
        L(
            "T25",
            "Sisal Cat Scratching Post 70 cm",
            "65.00",
            "NZD",
            vendor="Pawtree",
            product_type="Scratching post",
            categories=["Pets > Cats"],
            attributes={"Material": ["sisal rope", "MDF base"], "Height": ["70 cm"]},
            dimensions=dims(40, 40, 70),
            description_html=P(
                "A sisal rope post on a 40 x 40 cm base, 70 cm tall.",
                "Tall enough for most adult cats to stretch full length.",
                "Made in Christchurch. Some assembly needed.",
            ),
        ),
        L(
            "T26",
            "Jewellery Engraving by Post",
            "30.00",
            "GBP",
            vendor="Lettercut Studio",
            product_type="Service",
            categories=["Services > Engraving"],
            virtual=True,
            description_html=P(
                "Send us a ring, bangle or pendant and we hand engrave up to 20 letters.",
                "Back to you in 7 to 10 working days by tracked post, £4.50 return.",
                "Gold, silver and platinum only; no plated pieces.",
            ),
        ),
        L("T27", "Cotton Pillowcases Pair", "25.00", "USD"),
        L(
            "T28",
            "Glass Plant Mister",
            "11.00",
            "EUR",
            vendor="Fernhouse",
            description_html=P("Coming soon"),
        ),
        L(
            "T29",
            "Sushi Making Set",
            "7.00",
            "USD",
            vendor="Makisu & Co",
            kind="grouped",
            product_type="Kitchen set",
            categories=["Kitchen > Sushi"],
            children=[
                {"title": "Bamboo Rolling Mat", "price": "9.00"},
                {"title": "Rice Paddle", "price": "7.00"},
                {"title": "Rice Cooling Tub 30 cm", "price": "28.00"},
            ],
            description_html=P(
                "A bamboo rolling mat, a rice paddle and a 30 cm cedar cooling tub.",
                "Each item is sold on its own as well.",
                "Dry the mat fully after use.",
            ),
        ),
        L(
            "T30",
            "Cedar Barrel Sauna 4 Person",
            "6900.00",
            "USD",
            vendor="Steamgrove",
            product_type="Sauna",
            categories=["Outdoors > Sauna"],
            kind="external",
            external_url="https://example.com/steamgrove-barrel-sauna",
            button_text="Buy at Steamgrove",
            attributes={"Wood": ["western red cedar"], "Seats": ["4"]},
            description_html=P(
                "A western red cedar barrel sauna for four, sold by our partner Steamgrove.",
                "Heater sold separately. Delivered flat-packed in 3 to 5 weeks.",
                "Steamgrove gives a 5-year warranty on the shell.",
            ),
        ),
    ]
    return {lst["external_id"]: lst for lst in out}


def main() -> None:
    with open(os.path.join(HERE, "listings.json"), "w", encoding="utf-8") as f:
        json.dump(build(), f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
