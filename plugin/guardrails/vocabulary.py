"""Word lists for grounding: materials, colours and certifications, with their synonyms
(places come from pycountry and babel, in ``places``).

Each entry maps the words a draft may use to one canonical name, and says what broader names it
implies ("merino" implies "wool"), so a listing that says "merino wool" supports "wool" but a
listing that says "wool" does not support "merino".
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from plugin.guardrails.quantities import UNSPACED
from plugin.guardrails.trie import trie_pattern

_UNSPACED = re.compile(f"[{UNSPACED}]")
_POLISH = re.compile("[ąćęłńóśźż]|(?:ony|ski|owy|ały|ary|ny)$")


@dataclass(frozen=True)
class Term:
    name: str
    kind: str  # the material class, colour family, or "cert" / "place"
    broader: tuple[str, ...] = ()


class Vocabulary:
    """Canonical terms and one compiled pattern that finds their spellings in text."""

    def __init__(self, entries: dict[str, tuple[Term, tuple[str, ...]]], case_sensitive=()):
        self.terms = {name: term for name, (term, _) in entries.items()}
        self._by_spelling: dict[str, str] = {}
        for name, (_, spellings) in entries.items():
            for spelling in (name, *spellings):
                self._by_spelling[_normal(spelling)] = name
        exact = sorted(case_sensitive, key=len, reverse=True)
        lowered = {_normal(s) for s in exact}
        folded = sorted((s for s in self._by_spelling if s not in lowered), key=len, reverse=True)
        spaced = [s for s in folded if not _UNSPACED.search(s)]
        # the words of a name are on one line: "235 g</li><li>10-year" names no G10
        parts = [r"(?i:" + trie_pattern(spaced, separator=r"[ \t\u00a0\u202f\-]+") + ")"]
        if exact:
            parts.append("|".join(re.escape(s) for s in exact))
        self._spaced = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w])")
        # Japanese and Chinese put no space between words: a name written in kana or kanji
        # ("紙", "ガラス") is found beside the words around it as well ("ガラス瓶"), looked for
        # only in a text that has such letters.
        unspaced = [s for s in folded if _UNSPACED.search(s)]
        self._unspaced = re.compile(trie_pattern(unspaced)) if unspaced else None
        pattern = self._spaced.pattern
        if self._unspaced:
            pattern += "|" + self._unspaced.pattern
        self.pattern = re.compile(pattern)

    def find(self, text: str) -> list[tuple[int, int, Term]]:
        out = []
        matches = list(self._spaced.finditer(text))
        if self._unspaced and _UNSPACED.search(text):
            matches = sorted(
                [*matches, *self._unspaced.finditer(text)], key=lambda m: (m.start(), -m.end())
            )
        for match in matches:
            key = _normal(match.group())
            name = self._by_spelling.get(key)
            if name:
                out.append((match.start(), match.end(), self.terms[name]))
        return out

    def knows(self, spelling: str) -> bool:
        return _normal(spelling) in self._by_spelling

    def name_of(self, spelling: str) -> str:
        """The canonical name a spelling stands for, or ""."""
        return self._by_spelling.get(_normal(spelling), "")

    def closure(self, names: set[str]) -> set[str]:
        """The names and every broader name they imply."""
        out = set(names)
        todo = list(names)
        while todo:
            term = self.terms.get(todo.pop())
            for broader in term.broader if term else ():
                if broader not in out:
                    out.add(broader)
                    todo.append(broader)
        return out


def _normal(spelling: str) -> str:
    # Turkish capital dotted I lowers to "i" and a combining dot, which names no spelling: the
    # pattern (case-blind) finds "İpek", the table has "ipek" (round 45)
    return re.sub(r"[\s\-]+", " ", spelling.replace("İ", "i").lower())


def _entries(rows: list[tuple[str, str, str, str]]) -> dict[str, tuple[Term, tuple[str, ...]]]:
    """Rows of (name, kind, broader names, other spellings), the last two comma-separated."""
    out = {}
    for name, kind, broader, spellings in rows:
        out[name] = (
            Term(name, kind, tuple(b for b in broader.split(",") if b)),
            tuple(s for s in spellings.split(",") if s),
        )
    return out


def _soft_mutation(radical: str, rules: list[list[str]]) -> str:
    """A Welsh word's soft mutation by the first rule whose letters begin it ("cotwm" →
    "gotwm", "melyn" → "felyn", "pinc" → "binc")."""
    for before, after in rules:
        if radical.startswith(before):
            return after + radical[len(before) :]
    return radical


def _abroad(entries: dict[str, tuple[Term, tuple[str, ...]]], table: str = "materials") -> dict:
    """The entries with their names in the shop languages (``data/<table>_abroad.json``)."""
    names = json.loads((Path(__file__).parent / "data" / f"{table}_abroad.json").read_text())
    # a shade's word compounded the same way ("Hellblau", "Naturweiß", "mørkegrøn"'s "mørk")
    prefixes = [*names.get("finish_prefixes", ()), *names.get("shade_prefixes", ())]
    prefixes += names.get("likeness_prefixes", ())  # "havblå", "Himmelblau" (round 43)
    # a word that is also English ("rot", "sort") is unambiguous after a shade or a finish
    # ("Hellrot", "mattsort", round 29): those compounds are spellings of their colour
    compounds = {
        name: [prefix + spelling for prefix in prefixes for spelling in spellings]
        for name, spellings in names.get("label_only", {}).items()
    }
    for name, spellings in names["names"].items():
        spellings = spellings + compounds.get(name, [])
        term, own = entries[name]
        # German and the Nordic languages write a finish and its colour as one word
        # ("Mattschwarz", "mattsvart"): the colour is the word after the finish.
        spellings = spellings + [
            prefix + spelling
            for prefix in prefixes
            for spelling in spellings
            if spelling.isalpha() and not _UNSPACED.search(spelling)
        ]
        # Polish adjectives, listed masculine, and Czech and Slovak ones in -ý (round 52), in their
        # other cases and genders
        spellings = spellings + [
            spelling[: -len(ending)] + other
            for spelling in spellings
            if _POLISH.search(spelling) or spelling.endswith(("owy", "ý"))
            for ending, others in names.get("inflections", {}).items()
            if spelling.endswith(ending) and " " not in spelling
            for other in others
        ]
        # Latvian adjectives in every gender, number, case and definite form, from the stem
        # (round 52: "zaļš", "zaļā", "zaļajai")
        # and Lithuanian ones the same way, each language's stems with its own endings (round 53:
        # "žalias", "žaliąja")
        stems = names.get("stems", [])
        spellings = spellings + [
            stem + ending
            for table in (stems if isinstance(stems, list) else [stems])
            for stem in table.get("names", {}).get(name, ())
            for ending in table.get("endings", ())
        ]
        # Welsh words, listed in their radical form, and their soft mutation, which a word takes
        # after many others ("yn felyn" of "melyn", "o gotwm" of "cotwm"; round 53)
        mutation = names.get("soft_mutation", {})
        radicals = mutation.get("names", {}).get(name, [])
        spellings = (
            spellings
            + radicals
            + [
                mutated
                for radical in radicals
                if (mutated := _soft_mutation(radical, mutation.get("rules", []))) != radical
            ]
        )
        entries[name] = (term, own + tuple(s for s in spellings if s not in own))
    return entries


MATERIALS = Vocabulary(
    _abroad(
        _entries(
            [
                # A class name on its own ("fabric", "metal") is supported by any material of its
                # class in the listing (plugin/guardrails/material_judges.py).
                ("fabric", "fabric", "", "fabrics,textile,textiles,cloth"),
                ("metal", "metal", "", "metals"),
                ("cotton", "fabric", "", "cottons"),
                ("organic cotton", "fabric", "cotton", ""),
                ("egyptian cotton", "fabric", "cotton", ""),
                ("turkish cotton", "fabric", "cotton", ""),
                ("pima cotton", "fabric", "cotton", "supima,supima cotton"),
                ("linen", "fabric", "", "flax"),
                ("wool", "fabric", "", "wool felt,woolen,woollen,lambswool,lambs wool,lamb's wool"),
                ("merino", "fabric", "wool", "merino wool,merino wool felt"),
                ("cashmere", "fabric", "wool", ""),
                ("alpaca", "fabric", "wool", ""),
                ("mohair", "fabric", "wool", ""),
                ("silk", "fabric", "", ""),
                ("mulberry silk", "fabric", "silk", ""),
                ("polyester", "fabric", "", "poly"),
                ("recycled polyester", "fabric", "polyester", "rpet"),
                ("nylon", "fabric", "", "polyamide"),
                ("elastane", "fabric", "", "spandex,lycra"),
                ("viscose", "fabric", "", "rayon"),
                ("modal", "fabric", "", ""),
                ("lyocell", "fabric", "", "tencel"),
                ("hemp", "fabric", "", ""),
                ("acrylic", "fabric", "", ""),
                ("fleece", "fabric", "", ""),
                ("denim", "fabric", "cotton", ""),
                ("canvas", "fabric", "", ""),
                ("velvet", "fabric", "", ""),
                ("jute", "fabric", "", "burlap"),
                ("soy fibre", "fabric", "", "soy fiber,soya fibre,soya fiber,soybean fibre"),
                ("microfiber", "fabric", "polyester", "microfibre"),
                ("down fill", "fill", "", "goose down,duck down,down filling"),
                # a bird's feathers by the bird: goose is not duck (round 35)
                ("goose feather", "fill", "", "goose feathers"),
                ("duck feather", "fill", "", "duck feathers"),
                ("memory foam", "fill", "foam", ""),
                ("foam", "fill", "", ""),
                ("latex", "fill", "rubber", ""),
                ("leather", "leather", "", "leathers"),
                ("full-grain leather", "leather", "leather", "full grain leather"),
                ("top-grain leather", "leather", "leather", "top grain leather"),
                ("suede", "leather", "leather", ""),
                # Imitations by their qualifier: "synthetic leather" is no leather a hide gives.
                (
                    "faux leather",
                    "leather",
                    "",
                    "vegan leather,pu leather,leatherette,synthetic leather,artificial leather,"
                    "imitation leather,man-made leather,faux-leather,faux suede,synthetic suede",
                ),
                ("stainless steel", "metal", "steel", "18/8 stainless steel,stainless"),
                ("steel", "metal", "", ""),
                ("tungsten carbide", "metal", "", "carbide"),
                ("carbon steel", "metal", "steel", "high carbon steel"),  # round 45
                # tool steels a maker names by grade: one is not the other
                ("high-speed steel", "metal", "steel", "high speed steel,HSS steel"),
                ("chrome-vanadium steel", "metal", "steel", "chrome vanadium,Cr-V steel,Cr-V"),
                ("cast iron", "metal", "", ""),
                ("wrought iron", "metal", "", ""),
                ("aluminum", "metal", "", "aluminium"),
                ("titanium", "metal", "", ""),
                ("copper", "metal", "", ""),
                ("brass", "metal", "", ""),
                ("bronze", "metal", "", ""),
                # Sterling is silver of 925 parts in 1000: a fineness of 925 names it, before or
                # after.
                (
                    "sterling silver",
                    "metal",
                    "silver",
                    "925 sterling silver,925 silver,.925 silver,.925 sterling silver,silver 925,"
                    "silver .925,sterling silver 925,sterling silver .925",
                ),
                # Other finenesses of silver, each its own alloy: "950 silver" is not sterling.
                ("fine silver", "metal", "silver", "999 silver,.999 silver,silver 999"),
                ("britannia silver", "metal", "silver", "958 silver,.958 silver,silver 958"),
                ("950 silver", "metal", "silver", ".950 silver,silver 950,silver .950"),
                ("800 silver", "metal", "silver", ".800 silver,silver 800,silver .800"),
                ("silver", "metal", "", ""),
                ("gold", "metal", "", "solid gold"),
                ("gold plated", "metal", "", "gold-plated,18k gold plated,14k gold plated"),
                ("platinum", "metal", "", ""),
                ("zinc alloy", "metal", "", "zinc"),
                ("chrome", "metal", "", "chrome-plated,chrome plated,chromed"),
                ("pewter", "metal", "", ""),
                ("glass", "glass", "", ""),
                ("borosilicate glass", "glass", "glass", "borosilicate"),
                ("recycled glass", "glass", "glass", ""),
                ("tempered glass", "glass", "glass", ""),
                ("lead crystal", "glass", "glass", "crystal glass"),
                ("ceramic", "ceramic", "", "ceramics"),
                ("stoneware", "ceramic", "ceramic", ""),
                ("porcelain", "ceramic", "ceramic", "bone china,fine china"),
                ("earthenware", "ceramic", "ceramic", "terracotta"),
                ("wood", "wood", "", "wooden,timber,hardwood,solid wood"),
                ("oak", "wood", "wood", ""),
                ("walnut", "wood", "wood", ""),
                ("maple", "wood", "wood", ""),
                ("teak", "wood", "wood", ""),
                ("acacia", "wood", "wood", "acacia wood"),
                ("beech", "wood", "wood", "beech wood,beechwood"),
                ("birch", "wood", "wood", "birch wood"),
                ("aspen", "wood", "wood", "aspen wood"),
                ("pine", "wood", "wood", ""),
                ("cherry wood", "wood", "wood", ""),
                ("mango wood", "wood", "wood", ""),
                ("olive wood", "wood", "wood", ""),
                ("chestnut wood", "wood", "wood", "sweet chestnut wood"),
                ("pakkawood", "wood", "wood", "pakka wood"),
                # Hardwoods, softwoods and boards that handles, frames and furniture are made of.
                ("rosewood", "wood", "wood", ""),
                ("ebony", "wood", "wood", ""),
                ("mahogany", "wood", "wood", ""),
                ("hickory", "wood", "wood", ""),
                ("elm", "wood", "wood", "elm wood"),
                ("spruce", "wood", "wood", ""),
                ("redwood", "wood", "wood", ""),
                ("boxwood", "wood", "wood", ""),
                ("ironwood", "wood", "wood", ""),
                ("zebrawood", "wood", "wood", ""),
                ("wenge", "wood", "wood", ""),
                ("sapele", "wood", "wood", ""),
                ("padauk", "wood", "wood", ""),
                ("rubberwood", "wood", "wood", "hevea"),
                ("paulownia", "wood", "wood", ""),
                # Fruit and nut woods turned into small things (round 36).
                ("pearwood", "wood", "wood", "pear wood"),
                ("applewood", "wood", "wood", "apple wood"),
                ("plum wood", "wood", "wood", "plumwood"),
                ("plywood", "wood", "wood", "birch plywood"),
                ("mdf", "wood", "", "fibreboard,fiberboard,particleboard,chipboard"),
                ("bamboo", "wood", "", ""),
                ("cork", "wood", "", ""),
                # Wicker is a weave, not a stem: a basket of willow, rattan, seagrass or water
                # hyacinth is wicker, and "wicker" names none of them over another.
                ("wicker", "wood", "", "wickerwork"),
                ("rattan", "wood", "wicker", ""),
                # The other plant stems a basket is woven of (a basket maker's usual list)
                ("willow", "wood", "wood,wicker", "osier"),
                ("seagrass", "wood", "wicker", "sea grass"),
                ("water hyacinth", "wood", "wicker", ""),
                ("raffia", "wood", "", ""),
                ("sisal", "fabric", "", ""),
                ("plastic", "plastic", "", "plastics"),
                ("abs", "plastic", "plastic", "abs plastic"),
                ("polypropylene", "plastic", "plastic", ""),
                ("polycarbonate", "plastic", "plastic", ""),
                ("pvc", "plastic", "plastic", "vinyl"),
                ("polyurethane", "plastic", "", "pu"),
                ("tritan", "plastic", "plastic", ""),
                ("melamine", "plastic", "plastic", ""),
                ("foil", "plastic", "", "mylar"),
                ("silicone", "plastic", "", "food-grade silicone"),
                ("rubber", "rubber", "", ""),
                ("natural rubber", "rubber", "rubber", "natural tree rubber,tree rubber"),
                ("neoprene", "rubber", "", ""),
                ("marble", "stone", "", ""),
                ("granite", "stone", "", ""),
                ("basalt", "stone", "", ""),
                ("slate", "stone", "", ""),
                ("concrete", "stone", "", "cement"),
                ("resin", "other", "", "epoxy"),
                # Composites.
                ("carbon fibre", "composite", "", "carbon fiber,carbon-fibre,carbon-fiber,carbon"),
                ("fibreglass", "composite", "", "fiberglass,glass fibre,glass fiber,glass-fibre"),
                ("aramid", "composite", "", "kevlar"),
                ("g10", "composite", "", "g-10"),
                ("micarta", "composite", "", ""),
                # Animal and plant materials of buttons, handles, combs and inlays.
                ("horn", "natural", "", "buffalo horn,ox horn,buffalo-horn"),
                ("bone", "natural", "", "bovine bone"),
                ("antler", "natural", "", "stag antler,deer antler"),
                ("mother of pearl", "natural", "", "mother-of-pearl,nacre"),
                ("tagua", "natural", "", "corozo,tagua nut,corozo nut"),
                ("coconut shell", "natural", "", ""),
                # Hair and bristle of brushes.
                ("sable", "hair", "", "kolinsky,kolinsky sable,sable hair"),
                ("squirrel hair", "hair", "", "squirrel"),
                ("hog bristle", "hair", "", "hog hair,boar bristle,boar bristles,hog bristles"),
                ("goat hair", "hair", "", ""),
                ("horsehair", "hair", "", "horse hair"),
                ("paper", "other", "", "cardboard,kraft paper"),
                ("soy wax", "wax", "wax", "soy"),
                ("beeswax", "wax", "wax", ""),
                ("paraffin", "wax", "wax", "paraffin wax"),
                ("coconut wax", "wax", "wax", ""),
                ("candelilla wax", "wax", "wax", "candelilla"),
                ("carnauba wax", "wax", "wax", "carnauba"),
                ("wax", "wax", "", ""),
                # The species a coffee is of, which shop copy gives as what the beans are.
                ("arabica", "coffee", "", "arábica,arabica coffee"),
                ("robusta", "coffee", "", "robusta coffee"),
                ("liberica", "coffee", "", "libérica"),
                # More leathers, furs, plastics, stones, metals and fills shop copy names.
                ("sheepskin", "leather", "leather", "lambskin,shearling,sheep hide"),
                ("cowhide", "leather", "leather", "calfskin,cow leather,cow hide,calf hide"),
                ("goatskin", "leather", "leather", "goat leather,kidskin,goat hide"),
                ("cabretta leather", "leather", "leather", "cabretta"),
                ("kangaroo leather", "leather", "leather", "kangaroo skin"),
                ("pigskin", "leather", "leather", "pig leather,pigsuede,pig hide"),
                ("deerskin", "leather", "leather", "deer leather,buckskin,deer hide"),
                ("buffalo leather", "leather", "leather", "buffalo hide"),
                ("nubuck", "leather", "leather", ""),
                ("patent leather", "leather", "leather", ""),
                ("faux fur", "fabric", "", "fake fur,synthetic fur,artificial fur,imitation fur"),
                ("felt", "fabric", "", "felted"),
                ("cupro", "fabric", "", ""),
                ("eva", "plastic", "foam", "eva foam"),
                ("tpu", "plastic", "plastic", "thermoplastic polyurethane"),
                ("ptfe", "plastic", "plastic", "teflon"),
                ("polyethylene", "plastic", "plastic", "hdpe,ldpe"),
                ("acrylic glass", "plastic", "plastic", "plexiglass,perspex,plexiglas"),
                ("cellulose acetate", "plastic", "plastic", "acetate"),
                ("nitrile", "rubber", "", "nitrile rubber"),
                ("quartz", "stone", "", ""),
                ("quartz glass", "glass", "glass,quartz", "fused quartz,fused silica"),
                ("soapstone", "stone", "", ""),
                ("onyx", "stone", "", ""),
                ("travertine", "stone", "", ""),
                ("terrazzo", "stone", "", ""),
                ("clay", "ceramic", "", ""),
                ("enamel", "ceramic", "", "enamelled,enameled,vitreous enamel"),
                ("nickel", "metal", "", ""),
                ("mineral glass", "glass", "glass", "mineral crystal,hardlex"),
                ("sapphire crystal", "glass", "", "sapphire glass,sapphire"),
                ("diamond", "gem", "", "diamonds"),
                ("cubic zirconia", "gem", "", "cz"),
                ("kapok", "fill", "", ""),
                ("buckwheat hulls", "fill", "", "buckwheat"),
                # Classes of dye a maker chooses between: a yarn or cloth "dyed with plant dyes"
                # is a material claim the listing's dye (or its silence) answers.
                ("natural dye", "dye", "", "natural dyes"),
                (
                    "plant dye",
                    "dye",
                    "",
                    "plant dyes,plant-based dye,plant-based dyes,botanical dye,botanical dyes,"
                    "vegetable dye,vegetable dyes",
                ),
                ("acid dye", "dye", "", "acid dyes"),
                ("reactive dye", "dye", "", "reactive dyes,fibre-reactive dye,fiber-reactive dye"),
                ("synthetic dye", "dye", "", "synthetic dyes"),
                # Grains and their flours: what a bread, starter or pasta is made from.
                ("wheat", "grain", "", "wheat flour,whole wheat,wholewheat"),
                ("rye", "grain", "", "rye flour,wholegrain rye"),
                ("spelt", "grain", "", "spelt flour"),
                ("barley", "grain", "", "barley flour"),
                # Woods the list lacked.
                ("cedar", "wood", "wood", "cedarwood,cedar wood"),
                ("alder", "wood", "wood", "alder wood"),
                ("larch", "wood", "wood", "larch wood"),
                ("poplar", "wood", "wood", "poplar wood"),
                ("sandalwood", "wood", "wood", "sandal wood"),
                # The lime tree's wood (linden, basswood): "lime wood" is no green (round 45).
                ("linden", "wood", "wood", "lime wood,limewood,linden wood,lindenwood,basswood"),
                ("cypress", "wood", "wood", "cypress wood,hinoki,hinoki cypress"),
                # A light metal of camera, binocular and bike bodies, and a branded nylon.
                ("magnesium", "metal", "", "magnesium alloy"),
                ("cordura", "fabric", "nylon", "cordura nylon"),
                # Kinds of a material that a maker chooses between: a pin's enamel, a yarn's
                # weight class, a finishing oil. Each is narrower than its material, so the
                # listing's "enamel" does not support "hard enamel".
                ("hard enamel", "ceramic", "enamel", ""),
                ("soft enamel", "ceramic", "enamel", ""),
                ("cloisonne", "ceramic", "enamel", "cloisonné"),
                ("lace weight", "yarn weight", "", "lace-weight,laceweight"),
                ("fingering weight", "yarn weight", "", "fingering-weight"),
                ("sport weight", "yarn weight", "", "sport-weight"),
                ("dk weight", "yarn weight", "", "dk-weight,dk yarn,double knit"),
                ("worsted weight", "yarn weight", "", "worsted-weight,worsted yarn"),
                ("aran weight", "yarn weight", "", "aran-weight,aran yarn"),
                (
                    "chunky weight",
                    "yarn weight",
                    "",
                    "chunky-weight,bulky weight,bulky-weight,chunky yarn",
                ),
                ("super chunky", "yarn weight", "", "super bulky,super-bulky,super-chunky"),
                ("linseed oil", "oil", "", "flaxseed oil,boiled linseed oil"),
                ("tung oil", "oil", "", ""),
                ("danish oil", "oil", "", ""),
                ("mineral oil", "oil", "", "food-safe mineral oil"),
                ("iron gall ink", "ink", "", "iron-gall ink"),
                ("walnut ink", "ink", "", ""),
                ("india ink", "ink", "", "indian ink"),
                ("sumi ink", "ink", "", "sumi-e ink"),
                ("acrylic ink", "ink", "", ""),
            ]
        )
    )
)

_MATERIALS_ABROAD = json.loads(
    (Path(__file__).parent / "data" / "materials_abroad.json").read_text()
)
# Material spellings never read as the end of a compound ("piel" in "Brettspiel"):
# data/materials_abroad.json's ``not_compound_tails``.
NOT_COMPOUND_TAILS = frozenset(_MATERIALS_ABROAD.get("not_compound_tails", ()))
# The words shop languages label a material attribute with ("Materiale", "Matériau"): its
# ``labels``.
MATERIAL_LABELS_ABROAD = frozenset(_MATERIALS_ABROAD.get("labels", ()))


COLOURS = Vocabulary(
    _abroad(
        _entries(
            [
                ("black", "black", "", "jet black,matte black"),
                ("white", "white", "", "off-white,off white,snow white"),
                ("cream", "white", "white", "creme,eggshell,alabaster"),
                ("bone", "white", "white", ""),
                ("pearl", "white", "white", "pearl white"),
                ("ivory", "white", "white", ""),
                ("grey", "grey", "", "gray"),
                ("charcoal", "grey", "grey", ""),
                ("anthracite", "grey", "grey", ""),
                ("silver grey", "grey", "grey", "silver gray"),
                ("graphite", "grey", "grey", "gunmetal,pewter grey,pewter gray"),
                ("stone", "grey", "grey", "stone grey,stone gray,dove grey,dove gray,pebble"),
                ("heather grey", "grey", "grey", "heather gray,grey marl,gray marl"),
                ("smoke", "grey", "grey", "smoke grey,smoke gray,smoky grey"),
                ("red", "red", "", ""),
                ("burgundy", "red", "red", "wine red,oxblood"),
                ("maroon", "red", "red", ""),
                ("crimson", "red", "red", ""),
                ("scarlet", "red", "red", ""),
                ("cherry", "red", "red", "cherry red"),
                ("ruby", "red", "red", "ruby red"),
                ("brick", "red", "red", "brick red"),
                ("pink", "pink", "", ""),
                ("blush", "pink", "pink", "blush pink"),
                ("dusty rose", "pink", "pink", ""),
                ("fuchsia", "pink", "pink", "magenta,hot pink"),
                ("rose", "pink", "pink", "rose pink,old rose"),
                ("salmon", "pink", "pink", "salmon pink"),
                ("mauve", "purple", "purple", ""),
                ("coral", "orange", "orange", ""),
                ("orange", "orange", "", ""),
                ("rust", "orange", "orange", ""),
                ("amber", "orange", "orange", ""),
                ("peach", "orange", "orange", "apricot"),
                ("terracotta", "orange", "orange", "burnt orange"),
                ("ochre", "yellow", "yellow", "ocher"),
                ("tangerine", "orange", "orange", ""),
                ("yellow", "yellow", "", ""),
                ("mustard", "yellow", "yellow", ""),
                ("lemon", "yellow", "yellow", "lemon yellow"),
                ("saffron", "yellow", "yellow", ""),
                ("green", "green", "", ""),
                ("olive", "green", "green", "olive green"),
                ("sage", "green", "green", "sage green"),
                ("forest green", "green", "green", ""),
                ("emerald", "green", "green", "emerald green"),
                ("khaki", "green", "green", ""),
                ("mint", "green", "green", "mint green"),
                ("lime", "green", "green", "lime green,chartreuse"),
                ("jade", "green", "green", "jade green"),
                ("bottle green", "green", "green", "hunter green,racing green,pine green"),
                ("moss", "green", "green", "moss green"),
                ("blue", "blue", "", ""),
                ("navy", "blue", "blue", "navy blue"),
                ("light blue", "blue", "blue", "sky blue,baby blue,pale blue"),
                ("slate blue", "blue", "blue", ""),
                ("ocean blue", "blue", "blue", ""),
                ("cobalt", "blue", "blue", "cobalt blue,royal blue"),
                ("indigo", "blue", "blue", ""),
                ("teal", "blue", "blue", ""),
                ("turquoise", "blue", "blue", "aqua,aquamarine"),
                ("powder blue", "blue", "blue", "periwinkle,cornflower blue,cornflower"),
                ("petrol", "blue", "blue", "petrol blue"),
                ("denim blue", "blue", "blue", "denim"),
                ("midnight blue", "blue", "blue", "midnight"),
                ("sapphire", "blue", "blue", "sapphire blue"),
                ("purple", "purple", "", ""),
                ("plum", "purple", "purple", ""),
                ("lavender", "purple", "purple", "lilac"),
                ("violet", "purple", "purple", ""),
                ("aubergine", "purple", "purple", "eggplant"),
                ("brown", "brown", "", "dark brown"),
                ("tan", "brown", "brown", ""),
                ("camel", "brown", "brown", ""),
                ("chestnut", "brown", "brown", ""),
                ("chocolate brown", "brown", "brown", "cocoa brown"),
                ("cognac", "brown", "brown", "caramel,toffee,tobacco"),
                ("mocha", "brown", "brown", "coffee brown,espresso brown"),
                ("beige", "beige", "", "taupe,sand,ecru"),
                ("oatmeal", "beige", "beige", ""),
                ("champagne", "beige", "beige", ""),
            ]
        ),
        "colours",
    )
)
# What shops abroad label a colour option with ("Farbe", "Couleur", "Kolor").
_COLOURS_ABROAD = json.loads((Path(__file__).parent / "data" / "colours_abroad.json").read_text())
COLOUR_LABELS = frozenset(_COLOURS_ABROAD["labels"])
# Colour names abroad that are English words too ("Rot", "Sort"): a colour only as a whole
# value of a colour option.
COLOUR_VALUES = {
    spelling: name
    for name, spellings in _COLOURS_ABROAD["label_only"].items()
    for spelling in spellings
}
# Every colour name in a shop's language: the hue of a value written abroad ("Verde foresta").
COLOUR_SPELLINGS_ABROAD = frozenset(
    spelling for spellings in _COLOURS_ABROAD["names"].values() for spelling in spellings
)


def compound_hue(value: str, abroad: bool = False) -> str:
    """The colour a one-word value of a colour option ends in, written the German or Nordic way
    after a word of its own ("Havblå", "Mosgrøn", "Waldgrün"): that colour's name, or "".
    The value itself must be no colour the table knows, and the word before the colour at
    least three letters (not an ending). ``abroad``: the option is labelled in a shop's
    language ("Färg", "Farve"), so a colour that is read only as a whole value elsewhere, being
    an English word too ("vit", "rot"), ends a compound as well ("Snövit" is a white); under an
    English label "Primrose" is not a pink."""
    word = value.strip().lower()
    if not word.isalpha() or COLOURS.knows(word):
        return ""
    for cut in range(3, len(word) - 2):
        tail = word[cut:]
        if tail in COLOUR_SPELLINGS_ABROAD or tail in COLOURS.terms:
            return COLOURS.name_of(tail)
        if abroad and tail in COLOUR_VALUES:
            return COLOUR_VALUES[tail]
    return ""


CERTIFICATIONS = Vocabulary(
    _abroad(
        _entries(
            [
                ("organic", "cert", "", "certified organic,organically grown"),
                ("usda organic", "cert", "organic", ""),
                ("gots", "cert", "organic", "gots certified,global organic textile standard"),
                ("oeko-tex", "cert", "", "oeko tex,oekotex,oeko-tex standard 100"),
                ("fair trade", "cert", "", "fairtrade,fair-trade certified,fair trade certified"),
                ("fsc", "cert", "", "fsc certified,fsc-certified"),
                ("vegan", "cert", "", "100% vegan"),
                ("cruelty-free", "cert", "", "cruelty free,leaping bunny"),
                ("non-gmo", "cert", "", "non gmo,gmo-free,gmo free"),
                ("kosher", "cert", "", ""),
                # EU and national marks of a protected origin (olive oil, cheese, wine).
                ("pdo", "cert", "", "protected designation of origin,dop,aop,aoc,docg"),
                ("pgi", "cert", "", "protected geographical indication,igp"),
                ("halal", "cert", "", ""),
                ("ce", "cert", "", "ce marked,ce certified,ce-certified"),
                ("fcc", "cert", "", "fcc certified"),
                ("ul", "cert", "", "ul listed,ul certified,ul-listed"),
                ("etl", "cert", "", "etl listed,etl certified"),
                ("rohs", "cert", "", "rohs compliant"),
                ("fda", "cert", "", "fda approved,fda-approved,fda cleared,fda registered"),
                ("energy star", "cert", "", ""),
                ("certipur-us", "cert", "", "certipur us,certipur"),
                ("bluesign", "cert", "", ""),
                ("b corp", "cert", "", "b corporation,certified b corp"),
                ("en 71", "cert", "", "en71,en-71"),
                ("astm", "cert", "", "astm f963"),
                ("iso 9001", "cert", "", ""),
                ("dermatologically tested", "cert", "", "dermatologist tested"),
                ("food grade", "cert", "", "food-grade,food safe,food-safe"),
                ("ipx4", "cert", "", ""),
                ("ipx5", "cert", "", ""),
                ("ipx6", "cert", "", ""),
                ("ipx7", "cert", "", ""),
                ("ipx8", "cert", "", ""),
                ("ip67", "cert", "", ""),
                ("ip68", "cert", "", ""),
                ("rainforest alliance", "cert", "", "rainforest alliance certified"),
                ("soil association", "cert", "organic", "soil association organic"),
                ("demeter", "cert", "organic", "biodynamic"),
                ("msc", "cert", "", "marine stewardship council"),
                ("grs", "cert", "", "global recycled standard"),
                ("rws", "cert", "", "responsible wool standard"),
                ("rds", "cert", "", "responsible down standard"),
                ("cradle to cradle", "cert", "", "cradle-to-cradle"),
                ("eu ecolabel", "cert", "", "nordic swan,blue angel"),
                ("cosmos", "cert", "organic", "cosmos organic,ecocert,natrue"),
                ("vegan society", "cert", "vegan", "vegan society approved"),
                ("certified humane", "cert", "", "red tractor"),
                ("greenguard", "cert", "", "greenguard gold"),
                ("ukca", "cert", "", "ukca marked"),
                ("kitemark", "cert", "", "bsi kitemark"),
                ("mfi", "cert", "", "made for iphone"),
                ("fair wear", "cert", "", "fair wear foundation,sa8000,bsci,sedex"),
                ("certified", "cert", "", "certification,certifications"),
            ]
        ),
        "certifications",
    ),
    case_sensitive=("CE", "UL", "FCC", "ETL", "FDA", "FSC", "RoHS", "GOTS", "ASTM"),
)

# Colour words that are also scents, foods or verbs: a colour only in a colour context.
AMBIGUOUS_COLOURS = frozenset(
    "sage olive plum orange lavender champagne rust camel chestnut coral mustard tan slate rose "
    "amber violet emerald cream bone pearl stone smoke cherry ruby brick salmon peach lemon lime "
    "mint jade moss petrol denim midnight sapphire caramel toffee tobacco cognac saffron pebble "
    "graphite terracotta".split()
)
# Words after a colour that make it something else ("white wine", "blue light", "red tape").
NOT_A_COLOUR_AFTER = frozenset(
    "wine wines light noise friday tea pepper sugar chocolate belt collar list board sauce onion "
    "tape carpet zone gold choice living lifestyle alternative energy credentials scent scents "
    "fragrance notes note aroma "
    # a fruit's or plant's part or product: "orange peel", "lemon zest", "cherry juice"
    "peel peels zest juice rind pith blossom blossoms extract marmalade liqueur curd essence "
    "segments oil oils".split()
)

# Substances whose "-free" claim is a certification-like promise ("BPA-free", "nickel-free").
FREE_OF = frozenset(
    "bpa phthalate phthalates paraben parabens sulfate sulfates sulphate gluten lead nickel latex "
    "plastic fragrance cruelty dairy nut gmo pfas pfoa pfos pvc formaldehyde alcohol silicone "
    "toxin chemical chlorine azo dye cadmium mercury sugar lactose allergen soy palm "
    "caffeine".split()
)
