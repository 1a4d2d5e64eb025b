"""Few-shot prompts for the two things the model adds to a planned sentence.

- a **hook**: after "The Waxed Canvas Backpack is", what the product is and what it is for;
- a **reason**: after a stated fact, what it means for the buyer ("so your papers stay dry").

Examples are grouped by product family and rotated, so a shop's drafts do not all borrow one
example's wording. Every example is about a product made up for this file.
"""

from __future__ import annotations

from dataclasses import dataclass

from plugin.generation.prompts.common import one_line

HOOK_MAX_TOKENS = 26
REASON_MAX_TOKENS = 22
STOP = ("\n",)

_HOOK_HEAD = (
    "Product copy. Each line names a product and says in a few plain words what it is and "
    "what it is for, using only its facts.\n\n"
)
_REASON_HEAD = (
    "Product copy. Each line states one fact about a product, then says in a few words what "
    "that fact means for the buyer.\n\n"
)


@dataclass(frozen=True)
class Example:
    facts: str
    line: str


# (facts, hook line) per family. The hook line's start mirrors the planner's openers.
HOOKS: dict[str, tuple[tuple[str, str], ...]] = {
    "drink": (
        (
            "Porcelain Teapot; Kitchen > Tea; tea, loose leaf",
            "The Porcelain Teapot is a classic pot for brewing loose-leaf tea for the table.",
        ),
        (
            "Glass Cold Brew Jar; Kitchen > Coffee; coffee, cold brew",
            "Made of borosilicate glass, the Glass Cold Brew Jar is an easy way to make smooth "
            "coffee overnight.",
        ),
    ),
    "kitchen": (
        (
            "Olive Wood Salad Servers; Kitchen > Serving; olive wood, salad",
            "The Olive Wood Salad Servers are a pair of hand-finished servers for tossing and "
            "dishing up salads.",
        ),
        (
            "Stoneware Mixing Bowl; Kitchen > Baking; baking, bowl",
            "This Stoneware Mixing Bowl is a sturdy bowl for whisking, mixing and proving dough.",
        ),
    ),
    "apparel": (
        (
            "Waffle Knit Henley; Clothing > Tops; cotton, casual",
            "The Waffle Knit Henley is a textured long-sleeve top for easy weekend layering.",
        ),
        (
            "Corduroy Bucket Hat; Clothing > Hats; corduroy",
            "In olive, the Corduroy Bucket Hat is a soft, packable hat for cool days out.",
        ),
    ),
    "outdoor": (
        (
            "Ultralight Camp Towel; Outdoor > Camping; camping, travel",
            "The Ultralight Camp Towel is a quick-drying towel that packs down for trips away.",
        ),
        (
            "Trekking Sit Pad; Outdoor > Hiking; hiking",
            "Here is the Trekking Sit Pad: a light foam pad that gives you a dry seat on a break.",
        ),
    ),
    "home": (
        (
            "Waffle Bath Towel; Home > Bath; cotton, bath",
            "The Waffle Bath Towel is a light, absorbent towel that dries quickly between uses.",
        ),
        (
            "Rattan Storage Basket; Home > Storage; storage, rattan",
            "From Willow & Reed, the Rattan Storage Basket is a woven basket that tidies away "
            "throws and toys.",
        ),
    ),
    "tech": (
        (
            "Wireless Charging Pad; Electronics > Chargers; wireless, charging",
            "The Wireless Charging Pad is a flat pad that charges your phone when you set it down.",
        ),
    ),
    "care": (
        (
            "Oat Milk Hand Wash; Beauty > Bath & Body; hand wash, oat",
            "The Oat Milk Hand Wash is a gentle, everyday soap for the sink by the kitchen.",
        ),
    ),
    "kids": (
        (
            "Wooden Shape Sorter; Toys > Early Learning; wooden, toddler",
            "The Wooden Shape Sorter is a first puzzle that teaches little hands their shapes.",
        ),
    ),
    "pets": (
        (
            "Rope Tug Toy; Pets > Dog Toys; dog, tug",
            "The Rope Tug Toy is a sturdy toy for games of tug and fetch with your dog.",
        ),
    ),
    "jewellery": (
        (
            "Twisted Hoop Earrings; Jewellery > Earrings; hoops, gold",
            "The Twisted Hoop Earrings are small everyday hoops with a little twist of texture.",
        ),
    ),
    "paper": (
        (
            "Linen Bound Sketchbook; Stationery > Sketchbooks; sketching, art",
            "The Linen Bound Sketchbook is a hardback book of plain pages for sketching on the go.",
        ),
    ),
    "music": (
        ("Night Drive; Music; album", "Night Drive is an album to play from start to finish."),
    ),
    "garden": (
        (
            "Herb Pot Trio; Garden > Planters; herbs, planters",
            "The Herb Pot Trio is a set of three small planters for a windowsill herb garden.",
        ),
    ),
    "experience": (
        (
            "Pasta Making Workshop; Experiences; cooking, class",
            "The Pasta Making Workshop is a hands-on class where you make pasta from scratch.",
        ),
    ),
    "general": (
        (
            "Brass Bottle Opener; Home > Bar; bar, brass",
            "The Brass Bottle Opener is a solid, pocket-sized opener for the bar cart.",
        ),
        (
            "Cotton Tea Towels, Set of 2; Home > Kitchen; cotton",
            "The Cotton Tea Towels, Set of 2 are absorbent towels for drying dishes and hands.",
        ),
    ),
}

# (product, fact with its connector comma, reason) per family.
REASONS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "drink": (
        ("Porcelain Teapot", "It holds 1 litre,", "so there is enough for everyone at the table."),
        (
            "Glass Cold Brew Jar",
            "Its filter is fine stainless steel mesh,",
            "so the grounds stay out of your glass.",
        ),
    ),
    "kitchen": (
        (
            "Olive Wood Salad Servers",
            "They are cut from olive wood,",
            "which is hard-wearing and kind to your bowls.",
        ),
        ("Stoneware Mixing Bowl", "It is dishwasher safe,", "so clearing up takes no time."),
    ),
    "apparel": (
        (
            "Waffle Knit Henley",
            "It is made of 100% cotton,",
            "so it feels soft and breathes on warmer days.",
        ),
        (
            "Corduroy Bucket Hat",
            "It comes in olive or sand,",
            "so it goes with most of what you wear.",
        ),
    ),
    "outdoor": (
        (
            "Ultralight Camp Towel",
            "It packs into its own pouch,",
            "so it takes up little room in your bag.",
        ),
        (
            "Trekking Sit Pad",
            "It weighs next to nothing,",
            "so you will not notice it on a long day.",
        ),
    ),
    "home": (
        (
            "Waffle Bath Towel",
            "It is woven from long-staple cotton,",
            "which stays soft wash after wash.",
        ),
        (
            "Rattan Storage Basket",
            "It has two woven handles,",
            "so it is easy to carry from room to room.",
        ),
    ),
    "tech": (
        ("Wireless Charging Pad", "Its cable is braided,", "so it holds up to daily bending."),
    ),
    "care": (
        ("Oat Milk Hand Wash", "It is free from parabens,", "so it suits a simple daily routine."),
    ),
    "kids": (
        (
            "Wooden Shape Sorter",
            "It is finished with water-based paint,",
            "so it is made to be handled by small hands.",
        ),
    ),
    "pets": (
        (
            "Rope Tug Toy",
            "It is braided from cotton rope,",
            "which is tough enough for a good game of tug.",
        ),
    ),
    "jewellery": (
        (
            "Twisted Hoop Earrings",
            "They are made of sterling silver,",
            "so they keep their shine with a quick polish.",
        ),
    ),
    "paper": (
        (
            "Linen Bound Sketchbook",
            "Its paper is heavy and acid-free,",
            "so your drawings stay crisp for years.",
        ),
    ),
    "music": (
        ("Night Drive", "It comes as a download,", "so you can play it the moment you buy it."),
    ),
    "garden": (
        ("Herb Pot Trio", "Each pot has a drainage hole,", "so the roots never sit in water."),
    ),
    "experience": (
        (
            "Pasta Making Workshop",
            "It is taught in small groups,",
            "which leaves time to cook and taste what you make.",
        ),
    ),
    "general": (
        (
            "Brass Bottle Opener",
            "It is made of solid brass,",
            "which gains a warm patina over the years.",
        ),
        (
            "Travel Pillow",
            "Its memory foam shapes itself to your neck,",
            "so you can rest on a long journey.",
        ),
        ("Linen Apron", "It has a deep front pocket,", "so your tools stay within reach."),
    ),
}

CONNECTORS = ("so", "which", "making", "meaning", "letting", "keeping")


def example_texts() -> list[str]:
    """Every example line, so an ending that copies one can be recognised."""
    return [line for items in HOOKS.values() for _, line in items] + [
        f"{fact} {why}" for items in REASONS.values() for _, fact, why in items
    ]


def _examples(bank: dict, family: str, turn: int, count: int) -> list:
    """``count`` examples: the family's own first, then the general ones, rotated by ``turn``."""
    own = list(bank.get(family, ()))
    rest = [e for f, items in bank.items() if f != family for e in items]
    start = turn % max(len(rest), 1)
    rest = rest[start:] + rest[:start]
    picked = (own + rest)[:count]
    return picked[::-1] if turn % 2 else picked


# The prompts of the tuned adapter (``training/``): the task line and the facts, no examples.
TUNED_HOOK_TASK = "Say what the product is and what it is for, from its facts only."
TUNED_REASON_TASK = "Say what this fact means for the buyer."


def tuned_hook_prompt(title: str, context: str, opener: str) -> str:
    return f"{TUNED_HOOK_TASK}\nFacts: {one_line(title, 120)}; {one_line(context, 200)}\n{opener}"


def tuned_reason_prompt(title: str, lead: str) -> str:
    return f"{TUNED_REASON_TASK}\nProduct: {one_line(title, 120)}\n{lead},"


def hook_prompt(title: str, context: str, opener: str, family: str, turn: int) -> str:
    lines = [f"Facts: {f}\nLine: {line}\n" for f, line in _examples(HOOKS, family, turn, 3)]
    return (
        _HOOK_HEAD
        + "\n".join(lines)
        + f"\nFacts: {one_line(title, 120)}; {one_line(context, 200)}\nLine: {opener}"
    )


def reason_prompt(title: str, lead: str, family: str, turn: int) -> str:
    lines = [f"{p}: {fact} {why}" for p, fact, why in _examples(REASONS, family, turn, 4)]
    return _REASON_HEAD + "\n".join(lines) + f"\n{one_line(title, 120)}: {lead},"
