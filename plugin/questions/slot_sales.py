"""How it is sold: download, external, grouped, category, stock and combinations of options."""

from __future__ import annotations

import re

from plugin.questions.choices import matching_variants
from plugin.questions.lexicon import STOPWORDS, fold, has_cue
from plugin.questions.lexicon import words as folded_words
from plugin.questions.slot_answer import MAX_VARIANT_PRICES, Part, SlotAnswer
from plugin.questions.slot_blocks import _CHOICE_CUES, _FILED_WORDS, _SHIPPING_CUES
from plugin.questions.slot_options import _OptionSlots
from plugin.questions.slot_values import _HOW_MANY_OF, _plain, _position, _stock_parts

# "does the set come with a carry bag?", "does it include spare blades?": a yes-or-no about one
# thing, which the list of grouped products answers only when it names that thing (round 40)
_THING_ASKED = re.compile(
    r"\b(?:come|comes) with (?P<a>[^?.!,;]+)|\binclude[sd]? (?:an?|any|some) (?P<b>[^?.!,;]+)",
    re.IGNORECASE,
)


def _thing_asked_not_grouped(question: str, grouped: str) -> bool:
    """Whether the question asks for one thing that no grouped product's name mentions."""
    asked = _THING_ASKED.search(question)
    if asked is None:
        return False
    thing = [w for w in folded_words(asked["a"] or asked["b"]) if len(w) > 3 and w not in STOPWORDS]
    named = {w[:5] for w in folded_words(grouped)}
    return bool(thing) and not any(w[:5] in named for w in thing)


# category cues that also name a piece of the thing ("the top section")
_PART_WORDS = frozenset({"section", "sections"})
# asking where the shop files it: "which section is it in?", "in the sale section"
_SHOP_SECTION = re.compile(
    r"\b(?:which|what)\s+(?:\w+\s+)?sections?\b|\b(?:in|under|from|listed)\s+(?:the|your|a)?"
    r"\s*(?:\w+\s+){0,2}sections?\b(?!\s+of\b)"
)


class _SaleSlots(_OptionSlots):
    def _delivery(self) -> SlotAnswer | None:
        listing = self.listing
        title = {"title": self.title}
        if listing.downloadable:
            parts = [Part("download", title)]
            lines = ["Downloadable: yes", "Virtual: yes" if listing.virtual else ""]
            if listing.downloads:
                files = ", ".join(listing.downloads)
                parts.append(Part("files", {"files": files}))
                lines.append(f"Downloads: {files}")
            if listing.download_limit:
                parts.append(Part("download_limit", {"limit": str(listing.download_limit)}))
                lines.append(f"Download limit: {listing.download_limit}")
            if listing.download_expiry_days:
                days = str(listing.download_expiry_days)
                parts.append(Part("download_expiry", {"days": days}))
                lines.append(f"Download expiry: {days} days")
            return SlotAnswer("download", tuple(parts), tuple(x for x in lines if x))
        if listing.virtual:
            return SlotAnswer("download", (Part("virtual", title),), ("Virtual: yes",))
        form = [c for c in self.cues["download"] if c not in _SHIPPING_CUES]
        if (
            form
            and listing.kind in ("simple", "variable")
            and (listing.weight or listing.dimensions)
        ):
            return SlotAnswer("download", (Part("physical", title),), ("Downloadable: no",))
        return None

    def _external(self) -> SlotAnswer | None:
        listing = self.listing
        if not listing.external_url and not listing.button_text:
            return None
        values = {
            "title": self.title,
            "button": listing.button_text or listing.external_url,
            "url": listing.external_url,
        }
        key = "external" if listing.external_url and listing.button_text else "external_short"
        lines = (f"Sold on: {listing.external_url}", f"Button: {listing.button_text}")
        return SlotAnswer("external", (Part(key, values),), lines)

    def _grouped(self) -> SlotAnswer | None:
        children = ", ".join(self.listing.children)
        if _thing_asked_not_grouped(self.question, f"{self.title} {children}"):
            return None
        return SlotAnswer(
            "grouped",
            (Part("grouped", {"title": self.title, "children": children}),),
            (f"Includes: {children}",),
        )

    def _category(self) -> SlotAnswer | None:
        categories = [c for c in self.listing.categories if c]
        if not categories or has_cue(fold(self.question), _HOW_MANY_OF):
            # "how many sections does it break down into?" counts parts, not shop sections
            return None
        if (
            self.cues["category"]
            and set(self.cues["category"]) <= _PART_WORDS
            and not (_SHOP_SECTION.search(fold(self.question)))
        ):
            # "will the cracked section be swapped?" names a piece of the thing, not where the
            # shop files it (round 41)
            return None
        text = "; ".join(categories)
        return SlotAnswer(
            "category",
            (Part("category", {"title": self.title, "categories": text}),),
            tuple(f"Category: {c}" for c in categories),
        )

    def _stock(self) -> SlotAnswer | None:
        listing = self.listing
        if listing.in_stock is None:
            return None
        if not listing.in_stock:
            return SlotAnswer(
                "stock", (Part("out_of_stock", {"title": self.title}),), ("Stock: out of stock",)
            )
        if listing.stock_quantity == 0:
            # Purchasable with none in stock: WooCommerce's backorder, Shopify's selling on.
            return SlotAnswer(
                "stock", (Part("backorder", {"title": self.title}),), ("Stock: on backorder",)
            )
        if listing.stock_quantity:
            values = {"title": self.title, "count": str(listing.stock_quantity)}
            return SlotAnswer(
                "stock",
                (Part("in_stock_count", values),),
                (f"Stock: in stock, {listing.stock_quantity}",),
            )
        return SlotAnswer("stock", (Part("in_stock", {"title": self.title}),), ("Stock: in stock",))

    def _variant_stock(self) -> SlotAnswer | None:
        """Stock of the variants the question names ("the blue one in M"), when stated."""
        chosen = matching_variants(self.listing.variants, self.mentions)
        known = [v for v in chosen if v.in_stock is not None][:MAX_VARIANT_PRICES]
        if not known:
            return None
        parts, lines = _stock_parts(known)
        return SlotAnswer("stock", tuple(parts), tuple(lines))

    def _asks_availability(self) -> bool:
        """Whether it asks if the product can be had now, not what it comes in."""
        return bool(set(self.cues["availability"]) - _CHOICE_CUES) and not self.cues["grouped"]

    def _only_the_product(self) -> bool:
        """A question about the product as a whole: no value named, none missing, nothing
        else asked ("is the chef knife available?")."""
        return (
            not self.mentions
            and not self._absent()
            and not self.named
            and not (self._leftover_words())
        )

    def _under_category(self) -> bool:
        """ "is it listed with the tea?", "under bags or tech?": a word of the product's shop
        category after a word that asks where it is filed."""
        path = set(folded_words(" ".join(self.listing.categories)))
        folded = folded_words(self.question)
        for i, word in enumerate(folded):
            if word in _FILED_WORDS and path & {_plain(w) for w in folded[i + 1 : i + 5]}:
                return True
        return False

    def _combination(self) -> SlotAnswer | None:
        """Values of two options that no variant combines ("the large one in charcoal" when
        Large comes in White only): what the first value named comes with."""
        by_option: dict[str, str] = {}
        for mention in sorted(self.mentions, key=lambda m: _position(m.value, self.question)):
            if mention.choice.is_option:
                by_option.setdefault(mention.choice.name, mention.value)
        variants = self.listing.variants
        if len(by_option) < 2 or not variants or matching_variants(variants, self.mentions):
            return None
        (anchor_name, anchor), *others = list(by_option.items())
        with_anchor = [v for v in variants if v.options.get(anchor_name) == anchor]
        other_name = others[0][0]
        offered = list(
            dict.fromkeys(v.options[other_name] for v in with_anchor if v.options.get(other_name))
        )
        if not offered:
            return None
        asked = " / ".join(by_option.values())
        values = {
            "title": self.title,
            "asked": asked,
            "value": anchor,
            "name": other_name,
            "values": ", ".join(offered),
        }
        lines = tuple(
            f"Variant: {' / '.join(x for x in v.options.values() if x)}" for v in with_anchor
        )[:MAX_VARIANT_PRICES]
        parts = [Part("combination", values)]
        # And what the other value named comes with: "not in Rust / XL" is answered for the
        # shopper who wants the XL too ("in XL it comes in Oat, Charcoal").
        other = others[0][1]
        with_other = [v for v in variants if v.options.get(other_name) == other]
        anchors = list(
            dict.fromkeys(v.options[anchor_name] for v in with_other if v.options.get(anchor_name))
        )
        if anchors:
            parts.append(
                Part(
                    "combination_also",
                    {"value": other, "name": anchor_name, "values": ", ".join(anchors)},
                )
            )
            lines += tuple(
                f"Variant: {' / '.join(x for x in v.options.values() if x)}" for v in with_other
            )[:MAX_VARIANT_PRICES]
        return SlotAnswer("option", tuple(parts), lines)
