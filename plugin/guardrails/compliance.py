"""Claims that need evidence or break store rules, each rule with the regulation behind it.

A claim the listing itself makes (its tags say "hypoallergenic") passes: the merchant stated it
and is answerable for it. Everything else is flagged where it stands in the draft.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from plugin.domain import Finding, Verdict
from plugin.guardrails.findings import BLOCK, WARN, finding
from plugin.guardrails.listing_facts import ListingFacts, normalise
from plugin.guardrails.policy import GuardrailPolicy
from plugin.guardrails.vocabulary import MATERIALS

FTC_SUBSTANTIATION = "FTC Policy Statement Regarding Advertising Substantiation (1984)"
FTC_HEALTH = "FTC Health Products Compliance Guidance (2022); FTC Act ss. 5 and 12"
FTC_GREEN = "FTC Green Guides, 16 CFR Part 260"
FTC_REVIEWS = "FTC Rule on Consumer Reviews and Testimonials, 16 CFR Part 465 (2024)"
FTC_MAIL_ORDER = "FTC Mail, Internet, or Telephone Order Merchandise Rule, 16 CFR Part 435"
MARKETPLACE = (
    "Marketplace listing rules (Amazon product detail page rules; Google Merchant Center "
    "editorial requirements): no contact details, links or promotions in product copy"
)
SHOP_SETTINGS = "The shop's own settings"


@dataclass(frozen=True)
class ClaimRule:
    rule: str
    severity: Verdict
    pattern: re.Pattern[str]
    message: str
    suggestion: str
    source: str


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_CONDITIONS = (
    r"(?:acne|eczema|psoriasis|rosacea|arthritis|insomnia|anxiety|depression|pain|headaches?|"
    r"migraines?|inflammation|allerg(?:y|ies)|asthma|cancer|diabetes|colds?|flu|infections?|"
    r"wrinkles|snoring|sleep apnea|hair loss|cellulite|scarring|disease|illness|fatigue|"
    r"back pain|joint pain|muscle pain|blood pressure|cholesterol|viruses|bacteria|germs|"
    r"rheumatism|gout|sciatica|"
    # ailments of the gut, the blood and the joints (round 44)
    r"ulcers?|deficienc(?:y|ies)|ana?emia|heartburn|acid reflux|constipation|bloating|nausea|"
    r"tendon?itis|(?:tennis|golfer['’]s) elbow|varicose veins|dandruff|warts)"
)
# People named by a condition (round 29): "for diabetics", "safe for coeliacs".
_PATIENTS = r"(?:diabetics|coeliacs|celiacs|asthmatics|arthritics|epileptics)"

# "the best hoodie", "our best": a superlative claim. Idioms and advice are left alone ("the best
# way to", "for the best results", "looking its best", "best before"), and "our best-selling" is
# social proof.
_THE_BEST = (
    r"(?:the|our) (?:very )?best(?![\s-]?sell)(?! (?:before|by|of|way|ways|part|thing|things|"
    r"results?|time|times|place|practice|bet|friends?|wishes|to|if|when|suited)\b)"
)
# A superlative over everything of its kind (round 31): "the brightest torch on the market",
# "the quietest fan at any price", "the last pan you will ever buy", "Norway's favourite sock".
_OF_ALL = (
    r"the (?:[a-z]{2,}est|most [a-z]+) (?:[\w-]+ ){1,3}?(?:on the (?:market|planet|trail|road|"
    r"slopes?|shelves|water)|at any price|anywhere|in the world|(?:that )?(?:you|money) can buy)|"
    r"the last [\w-]+(?: [\w-]+)? (?:you(?:['’]ll| will)|you['’]d|anyone will) ever "
    r"(?:need|buy|own)|"
    # round 60: a superlative over all ever made or owned ("the keenest blade you will ever
    # hold", "the lightest rod ever made")
    r"the (?:[a-z]{2,}est|most [a-z]+) (?:[\w-]+ ){0,3}?(?:(?:you(?:['’]ll| will| can)|you['’]d|"
    r"anyone will) ever (?:need|buy|own|use|hold)|ever (?:made|built|sold))|"
    r"(?:(?-i:[A-Z][a-z]+)|the (?:nation|world|country))['’]s (?:favou?rite|best[\s-]loved|"
    r"most (?:popular|loved))"
)
# Praise from a crowd of users (round 31): "chosen by over 5,000 florists", "recommended by
# gardeners everywhere", "potters across Wales swear by it".
_CROWD = (
    r"(?:used|chosen|recommended|preferred|trusted|loved) (?:by|in) (?:over |more than )?"
    r"(?:\d{1,3}(?:,\d{3})+|\d{2,})\+? (?:[\w-]+ ){0,2}?[\w-]+s|"
    r"(?:used|chosen|recommended|preferred|loved) by (?:[\w-]+ ){0,2}?[\w-]+s (?:everywhere|"
    r"worldwide|nationwide|around the world|across the (?:country|world))|"
    r"[\w-]+s (?:(?:across|around|all over|throughout) (?:the )?[A-Z]?[a-z]+ |everywhere |"
    r"worldwide )?swear by(?: (?:it|them|this|these))?|"
    # round 60: the crowd named by its standing ("worn by the nation's leading jockeys"), by a
    # share of it ("picked by eight in ten ..."), by a rating it gave ("rated five stars by
    # 800 surveyors") or by what so many of it do ("thousands of bakers bake with it", "every
    # cobbler in Portugal uses one")
    r"(?:used|chosen|recommended|preferred|loved|played|worn|picked|trusted|favou?red|rated "
    r"(?:the )?(?:best|number one|(?:five|5|top) stars?)) by (?:the (?:world|nation|country)['’]s "
    r"|the (?!most))?(?:top|leading|elite|professional|pro|world|olympic|champion|most|"
    r"\d{1,3}(?:,\d{3})+|\d{2,}|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|\d) (?:in|out of) (?:ten|10))"
    r"(?: [\w-]+){0,3}?(?: [\w-]+s)|"
    r"(?:thousands|millions|hundreds|\d{1,3}(?:,\d{3})+) of [\w-]+s (?:use|love|cook|bake|"
    r"play|choose|trust|rely|swear)|"
    r"(?:over |more than )?\d{1,3}(?:,\d{3})+ [\w-]+s (?:use|love|own|trust|choose) (?:it|them|"
    r"one|this|these)|"
    r"the (?:choice|favou?rite|go-to) of (?:most|many|top|leading|professional) [\w-]+(?: [\w-]+)?|"
    r"every [\w-]+ (?:in|across) (?-i:[A-Z])[\w-]+ (?:uses|owns|trusts|swears by)"
)

# A delivery time: "2 days", "24 hours", "one business day", "a few days". "Ships in a gift box"
# is packaging, not a promise (``care`` reads it).
_PERIOD = (
    r"(?:\d+(?:\s*(?:-|–|to)\s*\d+)?|one|two|three|four|five|seven|ten|a few|a couple of|a)"
    r"\s+(?:business |working )?(?:days?|hours?|weeks?)"
)

ABSOLUTE_MESSAGE = "is an absolute claim; it must be substantiated before it is made."
ABSOLUTE_SUGGESTION = "Use a measurable, listing-backed statement instead."
_HUNDRED = re.compile(
    r"(?<![\w.])100\s?(?:%|percent\b|per cent\b)(?:\s+(?P<word>[A-Za-z][\w-]*))?", re.IGNORECASE
)

# What the body does: a product said to aid one of these makes a structure/function claim.
_BODY_FUNCTIONS = (
    r"(?:digestion|digestive (?:health|system)|gut health|sleep|metabolism|circulation|"
    r"immunity|(?:the |your )?immune (?:system|health)|blood (?:pressure|sugar|flow)|cholesterol|"
    r"heart health|liver function|hormon(?:e|al) balance|weight loss|fat burning|detoxification|"
    r"(?:hair|nail) growth|collagen production)"  # round 30: "stimulates nail growth"
)

RULES: tuple[ClaimRule, ...] = (
    ClaimRule(
        "compliance.health",
        BLOCK,
        _rx(
            r"\b(?:aids?|aiding|supports?|supporting|promotes?|promoting|improves?|improving|"
            r"boosts?|boosting|regulates?|restores?|encourages?|stimulates?|stimulating|"
            r"helps?(?: you| your body)?"
            r"(?: to)?)\s+(?:(?:healthy|better|good|restful|deeper|natural|a|your)\s+){0,2}"
            + _BODY_FUNCTIONS
            + r"\b"
        ),
        "is a claim about what the product does for the body; it needs evidence the listing "
        "does not give.",
        "Describe what the product is, not what it does for the body.",
        FTC_HEALTH,
    ),
    ClaimRule(
        "compliance.health",
        BLOCK,
        _rx(
            r"\b(?:cures?|cured|heals?|treats?|treating|prevents?|relieves?|eases?|reduces?|fights?|"
            r"eliminates?|kills?|protects? against|clears?|clearing|stops?|stopping|calms?|"
            r"soothes?|banish(?:es)?|reverses?|ends?|gets? rid of|lowers?|lowering|"
            r"removes?|removing|filters? out|good for)\b(?:,?\s+[\w-]+){0,3}?,?\s+"
            + _CONDITIONS
            + r"\b"
        ),
        "is a health or disease claim; it needs competent and reliable scientific evidence.",
        "Describe what the product is and does, not what it treats or prevents.",
        FTC_HEALTH,
    ),
    ClaimRule(
        # the same in the shop languages: a verb of lowering or "good for", then a condition
        # ("goed voor de bloeddruk", "senkt den Cholesterinspiegel", "bon pour la digestion")
        "compliance.health",
        BLOCK,
        _rx(
            r"\b(?:goed voor|gut für|gut gegen|bon pour|bonne pour|bueno para|buena para|buono per|"
            r"buona per|bom para|boa para|bra för|bra mot|godt for|godt mod|dobr[ye] na|verlaagt|"
            r"senkt|abaisse|baisse|reduce|riduce|sänker|sænker|senker|obniża|"
            r"μειώνει|ρίχνει|ελαττώνει|ρυθμίζει)\b(?:\s+[\w-]+){0,2}?"
            r"\s+(?:bloeddruk|blutdruck|tension artérielle|pression artérielle|presión arterial|"
            r"pressione|pressão arterial|blodtryck|blodtryk|blodtrykk|ciśnienie|cholesterol\w*|"
            r"cholesterin\w*|cholestérol|colesterol\w*|kolesterol\w*|spijsvertering|verdauung|"
            r"digestion|digestión|digestione|digestão|matsmältning|fordøjelse\w*|"
            r"πίεση|χοληστερίνη|χοληστερόλη|σάκχαρο|πέψη)"  # Greek (round 30)
        ),
        "is a health or disease claim; it needs competent and reliable scientific evidence.",
        "Describe what the product is and does, not what it treats or prevents.",
        FTC_HEALTH,
    ),
    ClaimRule(
        "compliance.health",
        BLOCK,
        _rx(
            r"\b(?:anti[\s-]?bacterial|anti[\s-]?microbial|anti[\s-]?viral|anti[\s-]?fungal|"
            r"anti[\s-]?inflammatory|non[\s-]?toxic|toxin[\s-]free|chemical[\s-]free|hypoallergenic|"
            r"clinically (?:proven|tested|shown)|doctor[\s-]recommended|"
            r"dermatologist[\s-](?:recommended|approved)|medical[\s-]grade|therapeutic|detox\w*|"
            r"immune[\s-]boosting|boosts? (?:your )?immun\w+|kills? 99(?:\.9+)?%|germ[\s-]free)\b"
        ),
        "is a health or safety claim that needs evidence the listing does not give.",
        "Remove it, or add the test or certificate behind it to the listing.",
        FTC_HEALTH,
    ),
    ClaimRule(
        # who the product is safe for by a condition ("for knitters with a nut allergy", "for
        # people who have eczema"), and harm it promises away ("you will never be burned")
        "compliance.health",
        BLOCK,
        _rx(
            r"(?<!not )(?<!never )\b(?:for|suits?|suitable for|safe for|enough for)\s+"
            r"(?:[\w-]+\s+){0,3}?"
            r"(?:with|who have|who suffer from)\s+(?:an?\s+|sensitive\s+)?(?:[\w-]+\s+)?"
            r"(?:allerg(?:y|ies)|eczema|asthma|intolerances?)\b|"
            r"\b(?:will never|won['’]t ever|can never|never)\s+(?:be|get)\s+"
            r"(?:stung|bitten|burn(?:ed|t)|scalded|hurt|injured|electrocuted|poisoned)\b|"
            # a food said to be healthy, or a product for people with a condition (round 29)
            r"\b(?:a\s+)?(?:healthy|healthier|guilt[\s-]free)\s+(?:[\w-]+\s+)?(?:substitute|"
            r"alternative|swap|sweetener|replacement)\b(?:\s+for\s+" + _PATIENTS + r")?|"
            r"(?<!not )(?<!never )\b(?:for|suits?|suitable for|safe for|ideal for)\s+"
            + _PATIENTS
            + r"\b|"
            # round 30: kind to an organ, energy the body burns, safe for the youngest
            r"\b(?:gentle|easy|kind)\s+on\s+(?:the\s+|your\s+)?(?:stomach|tummy|gut|digestion|"
            r"liver|kidneys|joints)\b|"
            r"\bburns?\s+(?:up\s+to\s+|over\s+|about\s+)?[\d,.]+\s*(?:k?cal(?:ories)?|kcal)\b|"
            r"(?<!not )(?<!never )\b(?:safe|suitable)\s+for\s+(?:babies|toddlers|infants|"
            r"newborns|young\s+children|under[\s-]threes)\b(?![^.!\n]*\?)"  # asked, not said
        ),
        "is a health or safety claim that needs evidence the listing does not give.",
        "Remove it, or say only what the listing says about safety.",
        FTC_HEALTH,
    ),
    ClaimRule(
        "compliance.absolute",
        WARN,
        _rx(
            r"(?:\b(?:guaranteed|world'?s best|best[\s-]in[\s-]class|number (?:one|1)|no\. ?1|"
            r"completely safe|totally safe|perfectly safe|risk[\s-]free|unbreakable|indestructible|"
            r"lasts? (?:forever|a lifetime)|never (?:breaks?|fails?|fades?|wears? out|rusts?|"
            r"tears?|snaps?|cracks|splits|warps|wears? (?:through|thin)|"
            r"needs? (?:cleaning|sharpening|replacing|oiling))"
            # and the words that stretch it over all times ("…, even in a gale", "…, ever")
            r"(?:,? (?:even|ever|no matter)\b[^.;:!?<\n]{0,60})?|"
            r"unbeatable|unmatched|unrivall?ed|highest[\s-]quality|finest|proven to|"
            r"best[\s-](?:ever|quality|value|available|possible|on the market|you can buy|"
            r"money can buy|in the (?:world|market|business|industry))|"
            + _THE_BEST
            + r"|"
            + _OF_ALL
            + r")"
            # "#" is not a word character, so "#1" sits outside the \b group.
            r"|(?<![\w#])#\s?1)(?!\w)"
        ),
        ABSOLUTE_MESSAGE,
        ABSOLUTE_SUGGESTION,
        FTC_SUBSTANTIATION,
    ),
    ClaimRule(
        "compliance.environmental",
        WARN,
        _rx(
            r"\b(?:eco[\s-]?friendly|environmentally[\s-]friendly|earth[\s-]friendly|"
            r"planet[\s-]friendly|ocean[\s-]friendly|sustainabl[ey](?:\s+(?:sourced|made))?|"
            r"biodegradable|compostable|carbon[\s-](?:neutral|negative)|climate[\s-]neutral|"
            r"net[\s-]zero|zero[\s-]waste|recyclable|recycled|non[\s-]polluting|"
            r"all[\s-]natural|100% natural|green(?:er)? (?:choice|option|alternative))\b"
        ),
        "is an environmental claim; unqualified green claims are deceptive without proof.",
        "Name the specific, listing-backed attribute (e.g. the recycled material) instead.",
        FTC_GREEN,
    ),
    ClaimRule(
        "compliance.social_proof",
        BLOCK,
        _rx(
            r"\b(?:loved by (?:thousands|millions|hundreds|over|more than|\d[\d,]*)[\w\s,+]{0,20}|"
            r"(?:thousands|millions|hundreds) of (?:happy |satisfied |loyal )?"
            r"(?:customers|buyers|shoppers|users|fans|people|families|owners)|"
            r"\d[\d,]*\+? (?:happy |satisfied |five[\s-]star |5[\s-]star )"
            r"(?:customers|buyers|reviews|ratings)|"
            r"(?:five|5)[\s-]star (?:reviews?|rated|ratings?)|"
            r"rated \d(?:\.\d)?(?: out of 5| stars)|"
            r"\d(?:\.\d)?/5 stars|customers (?:say|rave|love|agree|swear)|reviewers (?:say|love)|"
            r"as seen (?:on|in)|award[\s-]winning|best[\s-]?sell(?:er|ing)|top[\s-]rated|"
            r"(?:fan|cult|customer) favou?rite|trusted by|" + _CROWD + r")\b|★{3,}"
        ),
        "is social proof (reviews, ratings, popularity) the listing does not document.",
        "Remove it; only real, documented reviews may be cited.",
        FTC_REVIEWS,
    ),
    ClaimRule(
        "compliance.social_proof",
        BLOCK,
        re.compile(r"[\"“][^\"”]{12,200}[\"”]\s*[-–—]\s*[A-Z][a-z]+(?:\s[A-Z]\.?)?"),
        "reads as a customer testimonial the listing does not document.",
        "Remove the quote; invented reviews and testimonials are prohibited.",
        FTC_REVIEWS,
    ),
    ClaimRule(
        "compliance.contact",
        BLOCK,
        re.compile(
            r"[\w.+-]+@[\w-]+\.[\w.-]+|(?<![\w.])(?:\+\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b|"
            r"\b(?:call|text|email|e-mail|message|dm|whatsapp) us\b|"
            r"\bcontact us (?:at|on|via)\b",
            re.IGNORECASE,
        ),
        "is contact information the listing does not give.",
        "Remove contact details from product copy.",
        MARKETPLACE,
    ),
    ClaimRule(
        "compliance.url",
        BLOCK,
        _rx(
            r"\bhttps?://\S+|\bwww\.[\w-]+\.\S+|\b[\w-]+\.(?:com|net|org|shop|store|io|co\.uk|co)\b"
        ),
        "is a link or web address the listing does not give.",
        "Remove links from product copy.",
        MARKETPLACE,
    ),
    ClaimRule(
        "compliance.shipping",
        BLOCK,
        _rx(
            r"\b(?:free (?:shipping|delivery|returns?)|ships? (?:the same day|same[\s-]day|today|"
            r"free|next[\s-]day|fast|quickly|immediately|worldwide)\b|"
            r"(?:ships?|shipped|arrives?|delivered|dispatched|dispatches) (?:in|within) "
            r"(?:just |only )?" + _PERIOD + r"|"
            r"(?:arrives|delivered|dispatched) (?:by|before) (?:tomorrow|christmas|the weekend|"
            r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
            r"(?:next|same|two|2)[\s-]day (?:delivery|shipping|dispatch)|"
            r"(?:fast|express|expedited|quick|speedy) (?:shipping|delivery|dispatch)|"
            r"\d+[\s-]day (?:returns?|money[\s-]back)|hassle[\s-]free returns?|in stock now|"
            r"return (?:it |them |the (?:item|product) )?within \d+ \w+|return policy|"
            r"(?:full |cash )?refund(?:s|ed)?|return shipping|shipped (?:to you|free|within|in)|"
            r"only \d+ left|limited stock|while (?:stocks|supplies) last)\b"
        ),
        "is a shipping, returns or stock promise the listing does not make.",
        "Leave delivery and returns to the store's policies pages.",
        FTC_MAIL_ORDER,
    ),
)


# "delivered in 3-5 days": the verb of a delivery promise and its period, apart
_PROMISE = re.compile(
    r"^(?:ships?|shipped|arrives?|delivered|dispatched|dispatches) (?P<period>(?:in|within) .+)$",
    re.IGNORECASE,
)
_DELIVERY_WORDS = re.compile(r"\b(?:ship|deliver|dispatch|arriv)\w*", re.IGNORECASE)


def _listed_period(claim: str, facts: ListingFacts) -> bool:
    """A delivery promise the listing makes in other words: its period in so many words and a
    line that ships or delivers ("Delivered to your door in 3-5 days" of "delivered in 3-5
    days", round 43)."""
    match = _PROMISE.match(claim)
    if not match:
        return False
    period = f" {normalise(match.group('period'))} "
    return any(
        period in f" {normalise(line)} " and _DELIVERY_WORDS.search(line) for line in facts.lines
    )


def check_compliance(text: str, facts: ListingFacts, policy: GuardrailPolicy) -> list[Finding]:
    out: list[Finding] = []
    for rule in RULES:
        for match in rule.pattern.finditer(text):
            claim = match.group().strip()
            if facts.supports(claim) or _a_listed_material_says(claim, facts):
                continue
            if rule.rule == "compliance.shipping" and _listed_period(claim, facts):
                continue
            out.append(
                finding(
                    rule.rule,
                    rule.severity,
                    match.start(),
                    match.start() + len(claim),
                    claim,
                    rule.message,
                    rule.suggestion,
                    "",
                )
            )
    out += _hundred_percent(text, facts)
    out += _listed_words(text, policy.competitors, "compliance.competitor", facts)
    out += _listed_words(text, policy.banned_words, "compliance.banned_word", facts)
    return out


def _a_listed_material_says(claim: str, facts: ListingFacts) -> bool:
    """ "recycled" when a material the listing gives is called so ("recycled glass"), whatever
    language the listing names it in ("återvunnet glas")."""
    word = claim.lower()
    if word == "recycled" and any(
        re.search(r"(?<!\w)(?:" + _RECYCLED_ABROAD + r")", line.lower())
        for line in facts.materials.values()
    ):
        return True  # "recycled card" of "Karton: recycelt" (round 29)
    return any(word in name.split() for name in facts.materials)


_RECYCLED_ABROAD = "|".join(
    re.escape(stem)
    for stem in json.loads((Path(__file__).parent / "data" / "materials_abroad.json").read_text())[
        "recycled"
    ]["stems"]
)


def _whole_material(word: str, facts: ListingFacts) -> bool:
    """Whether the listing gives the material ``word`` names (in any of its languages) on a
    line that says 100 % of it."""
    return any("100" in facts.materials.get(term.name, "") for _, _, term in MATERIALS.find(word))


# the word just before "100%" (round 46)
_WORD_BEFORE = re.compile(r"([^\W\d_][\w-]*)\s*$")
_PHRASE_AFTER = re.compile(r"(?:['’]s)?(?:[\s-]+[A-Za-z][\w'’]*){1,3}")


def _noun_phrase(text: str, start: int) -> str:
    """The words after "100% WORD" up to three, within the clause: a material said after the
    words that say of which kind or place it is ("Welsh", "goat's")."""
    after = _PHRASE_AFTER.match(text, start)
    return after.group() if after else ""


def _hundred_percent(text: str, facts: ListingFacts) -> list[Finding]:
    """ "100% cotton" passes when the listing says it (either way round: "Cotton 100%");
    "100% waterproof", "100% satisfaction" and a 100% the listing never gives warn."""
    listing_has_100 = any(
        reading == ("percent", 100.0)
        for fact in facts.quantities
        for reading in fact.quantity.readings
    )
    out = []
    for match in _HUNDRED.finditer(text):
        claim = match.group()
        word = match.group("word")
        if facts.supports(claim) or (listing_has_100 and (word is None or facts.supports(word))):
            continue
        if listing_has_100 and word and _whole_material(word, facts):
            continue  # "100% cotton" of "Material: 100 % Baumwolle"
        if listing_has_100 and word and _whole_material(_noun_phrase(text, match.end()), facts):
            continue  # "100% Welsh lambswool", "100% goat's hair": the material after its kind
        before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if listing_has_100 and before and _whole_material(before.group(1), facts):
            continue  # "Baumwolle 100% aus Ägypten": the material said before its share
        out.append(
            finding(
                "compliance.absolute",
                WARN,
                match.start(),
                match.end(),
                claim,
                ABSOLUTE_MESSAGE,
                ABSOLUTE_SUGGESTION,
            )
        )
    return out


def _listed_words(
    text: str, words: tuple[str, ...], rule: str, facts: ListingFacts
) -> list[Finding]:
    out = []
    for word in words:
        if not word.strip():
            continue
        pattern = re.compile(r"(?<!\w)" + re.escape(word.strip()) + r"(?!\w)", re.IGNORECASE)
        for match in pattern.finditer(text):
            if rule == "compliance.competitor":
                message = "names a competitor the shop does not want mentioned."
                suggestion = "Remove the competitor's name."
            else:
                message = "is on the shop's list of banned words."
                suggestion = "Rephrase without this word."
            if rule == "compliance.competitor" and facts.supports(word):
                continue
            out.append(
                finding(rule, BLOCK, match.start(), match.end(), match.group(), message, suggestion)
            )
    return out


RULE_SOURCES: dict[str, str] = {r.rule: r.source for r in RULES} | {
    "compliance.competitor": SHOP_SETTINGS,
    "compliance.banned_word": SHOP_SETTINGS,
}
