"""Grounding of named things: brands, warranties, compatibility, ranges and care claims, and the
family modules for materials, colours, certifications and origins."""

from __future__ import annotations

import re

from plugin.domain import Finding
from plugin.guardrails.ages import check_ages
from plugin.guardrails.care import check_care
from plugin.guardrails.care_steps import check_care_steps
from plugin.guardrails.certifications import check_certifications
from plugin.guardrails.colours import check_colours
from plugin.guardrails.denials import check_denials
from plugin.guardrails.designations import check_designations
from plugin.guardrails.feature_opposites import check_feature_opposites
from plugin.guardrails.features import check_features
from plugin.guardrails.findings import BLOCK, WARN, finding
from plugin.guardrails.handedness import check_handedness
from plugin.guardrails.indoor_outdoor import check_indoor_outdoor
from plugin.guardrails.ingredients import check_ingredients
from plugin.guardrails.kind_modifiers import check_kind_modifiers
from plugin.guardrails.listed_values import check_listed_values
from plugin.guardrails.listing_facts import ListingFacts, normalise
from plugin.guardrails.making import check_making
from plugin.guardrails.materials import check_materials
from plugin.guardrails.option_colours import check_option_colours
from plugin.guardrails.origins import check_origins
from plugin.guardrails.paper_sizes import check_paper_sizes
from plugin.guardrails.places import place_named
from plugin.guardrails.plant_parts import check_plant_parts
from plugin.guardrails.quantities import find_quantities
from plugin.guardrails.romanise import latin_letters, romanised
from plugin.guardrails.ruled_out_uses import check_ruled_out_uses
from plugin.guardrails.script_towns import check_script_towns
from plugin.guardrails.second_uses import check_second_uses
from plugin.guardrails.towns import other_names, towns_in_case, towns_named
from plugin.guardrails.treatments import check_treatments
from plugin.guardrails.value_slots import check_value_slots

# "made in", "woven in": the place after it is an origin. "made by <Name>" names who made it, a
# maker (round 39): only after another verb ("loved by", "trusted by") is a name not a brand.
_ORIGIN_BEFORE = re.compile(
    r"\b(?:made|crafted|produced|designed|built|[a-z]+ed)\s+in\b|"
    r"\b(?!(?:crafted|produced|designed|manufactured|engineered|developed|created)\b)[a-z]+ed"
    r"\s+by\b",
    re.I,
)
# "made by Amish woodworkers": a name before a common noun describes the people who made it
_PEOPLE_AFTER = re.compile(r"[ \t]+(?!(?:in|of|and|or|for|at|on|with|since|from|to)\b)[a-z]{3,}")
_WARRANTY = re.compile(
    r"\b(?P<term>lifetime|limited|money[\s-]back|satisfaction|\w+[\s-](?:year|month|day))?[\s-]*"
    r"(?P<noun>warranty|guarantee)\b",
    re.I,
)
# A warranty said with a verb and its length (round 28): "the motor is covered for five years",
# "guaranteed for 3 years"; judged as "a five-year warranty" is.
_COVERED = re.compile(
    r"\b(?:covered|guaranteed|warrant(?:i)?ed)\s+(?:for\s+)?(?:up\s+to\s+)?"
    r"(?P<term>(?:\d+|one|two|three|four|five|six|seven|eight|ten|twelve|twenty|a|an)[\s-]+"
    r"(?:years?|months?))\b(?P<noun>)",
    re.I,
)
_PROMISES = frozenset({"lifetime", "money back", "satisfaction"})
# The listing's own word for it, in the shop's language ("Garantie: 2 Jahre").
_WARRANTY_WORDS = (
    "warranty guarantee garantie garanti garanzia garantía garantia gwarancja záruka takuu"
).split()
# The noun in scripts and languages the words above miss (round 60), the start of a word, as
# general dictionaries give it: Russian, Ukrainian, Bulgarian and Serbian, Kazakh, Azerbaijani,
# Greek, Urdu, Persian, Arabic, Hindi, Bengali, Amharic, Japanese, Chinese, Korean, Thai,
# Vietnamese, Indonesian, Hungarian and Serbian in Latin letters, Romanian. A draft that names
# it promises a warranty; a listing that names it gives one.
_WARRANTY_ABROAD = re.compile(
    r"(?P<term>)(?P<noun>(?:гарант|гаранц|гаранциј|кепілдік|zəmanət|εγγύησ|وارنٹی|گارانتی|"
    r"ضمان|वारंटी|ওয়ারেন্টি|ዋስትና|保証|保修|保固|보증|รับประกัน|bảo hành|garansi|garanci|garanți|"
    r"garanţi)\w*)",
    re.IGNORECASE,
)
_COMPATIBLE = re.compile(
    r"\b(?i:compatible with|works with|designed for|fits?)\s+(?:the\s+|all\s+|most\s+)?"
    r"(?P<target>(?:[A-Z]|[a-z]{1,2}[A-Z])[\w-]*(?:\s+[A-Z0-9][\w-]*){0,3})"
)
# "works with any phone", "fits all 18V batteries": a universal claim, true only if the
# listing makes it, even when it names the device ("tablets with a USB-C port").
_COMPATIBLE_ANY = re.compile(
    r"\b(?:compatible with|works with|work with|designed for|fits?)\s+(?P<every>any|every|all)\s+"
    r"(?P<target>[\w-]+(?:\s+(?!with\b|and\b|or\b)[\w-]+){0,2}(?:\s+(?:or|and)\s+[\w-]+)?)",
    re.IGNORECASE,
)
_BY_NAME = re.compile(
    r"\b(?:by|from)\s+(?P<name>[A-Z][\w&'-]+(?:[ \t]+(?:&[ \t]+)?[A-Z][\w'-]+){0,3})"
)
_MARKED = re.compile(r"(?P<name>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,2})[ \t]?[®™]")
KNOWN_BRANDS = re.compile(
    r"\b(?:Apple|iPhone|iPad|AirPods|Samsung|Galaxy|Google|Pixel|Sony|Bose|Beats|JBL|Dyson|Shark|"
    r"Bissell|Hoover|KitchenAid|Cuisinart|Le Creuset|Lodge|Staub|Yeti|Stanley|Hydro Flask|Nalgene|"
    r"Contigo|Patagonia|The North Face|Columbia|Nike|Adidas|Puma|Hoka|Brooks|Asics|New Balance|"
    r"Salomon|Merrell|Levi's|Gucci|Prada|Chanel|Pandora|Tiffany|IKEA|Wayfair|Pottery Barn|"
    r"West Elm|Casper|Tempur-Pedic|Purple|Brooklinen|Parachute|Lululemon|Manduka|Anker|Belkin|"
    r"Logitech|Philips|Braun|Keurig|Nespresso|Bodum|Chemex|Wüsthof|Zwilling|Shun|Victorinox|"
    r"Amazon|Etsy|eBay|Walmart|Target|Costco|Lego|LEGO|Melissa & Doug|Kong|Chuckit|"
    r"CeraVe|Neutrogena|Olay|The Ordinary|Yankee Candle|Bath & Body Works|Microsoft|Dell|HP|Lenovo)"
    r"\b"
)


def check_terms(text: str, facts: ListingFacts) -> list[Finding]:
    findings: list[Finding] = []
    findings += check_materials(text, facts)
    findings += check_colours(text, facts)
    findings += check_option_colours(text, facts, findings)
    findings += check_certifications(text, facts)
    findings += check_origins(text, facts)
    findings += check_script_towns(text, facts)
    findings += _brands(text, facts)
    findings += _warranties(text, facts)
    findings += _compatibility(text, facts)
    findings += check_ruled_out_uses(text, facts)
    findings += check_handedness(text, facts)
    findings += check_indoor_outdoor(text, facts)
    findings += check_second_uses(text, facts)
    findings += check_kind_modifiers(text, facts)
    findings += check_designations(text, facts)
    findings += check_ages(text, facts)
    findings += check_care(text, facts)
    findings += _apart(check_care_steps(text, facts), findings)
    findings += check_features(text, facts)
    findings += check_making(text, facts)
    findings += check_feature_opposites(text, facts)
    findings += check_denials(text, facts)
    findings += check_listed_values(text, facts)
    findings += check_ingredients(text, facts)
    findings += check_plant_parts(text, facts, findings)
    findings += check_paper_sizes(text, facts)
    findings += check_treatments(text, facts)
    findings += check_value_slots(text, facts)
    return findings


def _apart(new: list[Finding], found: list[Finding]) -> list[Finding]:
    """The new care findings that no care or feature finding already covers."""
    taken = [(f.start, f.end) for f in found if f.rule in ("accuracy.care", "accuracy.feature")]
    return [f for f in new if not any(a < f.end and f.start < b for a, b in taken)]


_NOT_LATIN = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")  # Greek, Cyrillic


def _romanised_in(name: str, facts: ListingFacts) -> bool:
    """ "Naxou" of a listing in Greek ("Νάξου", round 30): the name in Latin letters
    starts a word of the listing romanised, a case ending of up to two letters aside."""
    if not _NOT_LATIN.search(facts.normal):
        return False
    said = re.escape(latin_letters(name))
    return bool(re.search(rf"\b{said}[a-z]{{0,2}}\b", romanised(facts.normal)))


def _brands(text: str, facts: ListingFacts) -> list[Finding]:
    out = []
    seen: set[tuple[int, int]] = set()
    candidates = [(m.start(), m.end(), m.group()) for m in KNOWN_BRANDS.finditer(text)]
    candidates += [
        (m.start("name"), m.end("name"), m.group("name")) for m in _MARKED.finditer(text)
    ]
    for match in _BY_NAME.finditer(text):
        name = match.group("name")
        if place_named(name) or _ORIGIN_BEFORE.search(
            text, max(0, match.start() - 30), match.end()
        ):
            continue
        if (
            match.group().startswith("by")
            and " " not in name
            and _PEOPLE_AFTER.match(text, match.end("name"))
        ):
            continue  # "by Amish woodworkers": a word that describes the makers
        first, _, rest = name.partition(" ")
        owner = re.sub(r"['’]s$", "", first)
        if rest and owner != first and (place := place_named(owner)):
            if place.countries <= set(facts.countries):
                continue  # "from Hungary's Tisza valley": a place in the listing's country
        country = place_named(first) if rest else None
        if (
            country
            and country.countries <= set(facts.countries)
            and (place_named(rest) or facts.supports(f"{rest}, {country.name}"))
        ):
            continue  # "from Chilean Patagonia" of "Patagonia, Chile": a region in its country
        if facts.countries and any(facts.supports(other) for other in other_names(name)):
            continue  # "from Munich" of "Made in: München": the listing's town, in English
        if _a_town_in_case(name, facts):
            continue  # "from Kraków" of "w Krakowie": the listing's town, in a case of its own
        candidates.append((match.start("name"), match.end("name"), name))
    for start, end, name in candidates:
        if (start, end) in seen or facts.supports(name) or _romanised_in(name, facts):
            continue
        seen.add((start, end))
        vendor = f"Vendor: {facts.vendor}" if facts.vendor else ""
        out.append(
            finding(
                "accuracy.brand",
                WARN,
                start,
                end,
                name,
                "is a brand or name the listing does not mention"
                + (f" (the vendor is {facts.vendor})." if facts.vendor else "."),
                "Name only the listing's own brand.",
                vendor,
            )
        )
    return out


_CAPITALISED = re.compile(r"\b(?=[^\W\d_])[^\W\d_a-zß-ÿ]\w{3,}")


def _a_town_in_case(name: str, facts: ListingFacts) -> bool:
    """A town the listing names in a case of its language ("z Ostrowca", "Oulussa"): a
    capitalised word of the listing whose stem is the town's (round 39)."""
    ids = towns_named(name)
    return bool(ids) and any(
        towns_in_case(word) & ids for word in _CAPITALISED.findall("\n".join(facts.lines))
    )


def _warranties(text: str, facts: ListingFacts) -> list[Finding]:
    out = []
    matches = [*_WARRANTY.finditer(text), *_COVERED.finditer(text)]
    matches += _WARRANTY_ABROAD.finditer(text)
    covered = _covered_line(facts) or _abroad_line(facts)
    for match in matches:
        term = normalise(match.group("term") or "")
        listed = any(facts.supports(word) for word in _WARRANTY_WORDS) or bool(covered)
        line = next((found for word in _WARRANTY_WORDS if (found := facts.line_with(word))), "")
        line = line or covered
        claimed, given = _duration(term), _duration(_warranty_sentence(line))
        if listed and claimed and given:
            if claimed == given:
                continue  # "a two-year warranty" of "Warranty: 2 years"
        # Otherwise only a different kind of promise ("lifetime", "money-back") is a new claim.
        elif listed and (term not in _PROMISES or facts.supports(f"{term} {match.group('noun')}")):
            continue
        out.append(
            finding(
                "accuracy.warranty",
                BLOCK if line else WARN,
                match.start(),
                match.end(),
                match.group().strip(),
                "promises a warranty or guarantee the listing does not offer"
                + (f" (it says: {line})." if line else "."),
                "State the warranty exactly as the listing does, or leave it out.",
                line,
            )
        )
    return out


def _covered_line(facts: ListingFacts) -> str:
    """The listing's line that gives a warranty with a verb and its length ("Repairs are
    guaranteed for 6 months", round 57): its warranty, though no line has the noun."""
    return next((line for line in facts.lines if _COVERED.search(line)), "")


def _abroad_line(facts: ListingFacts) -> str:
    """The listing's line that names its warranty in one of ``_WARRANTY_ABROAD``'s languages
    (round 60)."""
    return next((line for line in facts.lines if _WARRANTY_ABROAD.search(line)), "")


def _warranty_sentence(line: str) -> str:
    """The sentences of a line that name the warranty: a description's "The battery lasts three
    years. Two-year warranty." gives the warranty two years, not three."""
    sentences = [s for s in _SENTENCE_END.split(line) if _WARRANTY_WORD.search(s)]
    return " ".join(sentences) or line


_WARRANTY_WORD = re.compile(r"\b(?:" + "|".join(_WARRANTY_WORDS) + r")", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9\W])")


def _duration(text: str) -> float:
    """A warranty's length in months ("2-year", "Warranty: 24 months", "2 Jahre"), or 0."""
    for quantity in find_quantities(text):
        seconds = dict(quantity.readings).get("time")
        if seconds:
            return round(seconds / _MONTH, 1)
    return 0.0


_MONTH = 2629800.0  # seconds: a twelfth of a year, as the unit table has it


# More models after the first: "fits the Buds 3 and 3 Pro" is Buds 3 and Buds 3 Pro.
_MORE_MODELS = re.compile(r"\s+(?:and|or|&)\s+(?P<more>[A-Z0-9][\w-]*(?:\s+[A-Z0-9][\w-]*){0,3})")
# "fits round handlebars" on a listing that says what it fits: every word must be the listing's.
# A quantifier names nothing fitted ("fits more than one of your instruments").
_FITS_THINGS = re.compile(
    r"\b(?i:fits)\s+(?P<target>(?!(?:in|into|on|onto|under|over|through|inside|around|between|for|"
    r"most|more|many|several|all|any|every|snugly|neatly|well|perfectly|right|comfortably|easily|securely|like|"
    r"a|an|the|your|you|it|them|my|our|his|her|their|true|small|large|big)\b)[a-z][\w-]*(?:\s+(?:and\s+)?"
    r"[a-z][\w-]*){0,4})"
)
# Words that name nothing fitted: "fits wrists of roughly 15 to 21 cm" fits wrists.
_FIT_STOP = frozenset(
    "and or of with most all any every the a an about roughly around approximately nearly "
    "almost from up to between".split()
)
_FIT_LINE = re.compile(r"\b(?:fits|fitting|compatib\w*|mounts? on)\b", re.IGNORECASE)


def _compatibility_targets(
    text: str, facts: ListingFacts
) -> list[tuple[int, int, tuple[str, ...]]]:
    """What a draft says the product fits: (start, end, the phrases that would support it)."""
    out: list[tuple[int, int, tuple[str, ...]]] = []
    for match in [*_COMPATIBLE.finditer(text), *_COMPATIBLE_ANY.finditer(text)]:
        target = match.group("target")
        said: tuple[str, ...]
        if match.re is _COMPATIBLE_ANY:
            said = (target, f"{match.group('every')} {target}")
        else:
            said = (target,)
        out.append((match.start("target"), match.end("target"), said))
        if match.re is _COMPATIBLE:
            out += _more_models(text, match.end("target"), target.split()[0])
    if any(_FIT_LINE.search(line) for line in facts.lines):
        for match in _FITS_THINGS.finditer(text):
            words = [w for w in re.findall(r"[a-z]+", match.group("target")) if w not in _FIT_STOP]
            if not all(facts.supports(w) or _ends_a_word(w, facts) for w in words):
                out.append((match.start("target"), match.end("target"), (match.group("target"),)))
    return out


def _ends_a_word(word: str, facts: ListingFacts) -> bool:
    """ "bars" of the listing's "handlebars", "board" of "fretboard": the compound's own noun."""
    return len(word) >= 4 and any(w.endswith(word) and w != word for w in facts.words)


def _more_models(text: str, pos: int, family: str) -> list[tuple[int, int, tuple[str, ...]]]:
    out: list[tuple[int, int, tuple[str, ...]]] = []
    while more := _MORE_MODELS.match(text, pos):
        item = more.group("more")
        model = f"{family} {item}" if item[0].isdigit() else item
        out.append((more.start("more"), more.end("more"), (model,)))
        pos = more.end()
    return out


_FITS_BEFORE = re.compile(r"\bfits?\s+(?:the\s+|all\s+|most\s+)?$", re.IGNORECASE)


def _compatibility(text: str, facts: ListingFacts) -> list[Finding]:
    """A compatibility the listing does not make blocks when the listing says what the product
    fits (then it contradicts it) and warns when the listing says nothing of it."""
    out = []
    stated = next((line for line in facts.lines if _FIT_LINE.search(line)), "")
    for start, end, said in _compatibility_targets(text, facts):
        if any(facts.supports(target) for target in said):
            continue
        if (
            KNOWN_BRANDS.match(said[0])
            and not facts.supports(said[0].split()[0])
            and not _FITS_BEFORE.search(text, max(0, start - 20), start)
        ):
            continue  # "works with Alexa": a platform, unless the listing names models of it
            # (round 34: "fits" a branded device is a physical fit, checked as any other)
        if not facts.words:
            continue
        out.append(
            finding(
                "accuracy.compatibility",
                BLOCK if stated else WARN,
                start,
                end,
                text[start:end],
                "is a compatibility claim the listing does not make"
                + (f" (it says: {stated})." if stated else "."),
                "Name only devices or products the listing says it fits.",
                stated,
            )
        )
    return out
