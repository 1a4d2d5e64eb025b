"""Prices: the product's, its regular price, and its variants' grouped by price."""

from __future__ import annotations

from plugin.domain import Variant
from plugin.generation.facts import format_price
from plugin.questions.choices import matching_variants
from plugin.questions.slot_answer import MAX_VARIANT_PRICES, Part, SlotAnswer
from plugin.questions.slot_options import _OptionSlots


class _PriceSlots(_OptionSlots):
    def _money(self, amount: str) -> str:
        return format_price(amount, self.listing.currency)

    def _variants_asked(self) -> list[Variant]:
        chosen = matching_variants(self.listing.variants, self.mentions)
        return chosen or list(self.listing.variants)

    def _price(self, regular: bool = False) -> SlotAnswer | None:
        listing = self.listing
        priced = [v for v in self._variants_asked() if v.price]
        narrowed = bool(matching_variants(listing.variants, self.mentions))
        if priced and (narrowed or len({(v.price, v.compare_at_price) for v in priced}) > 1):
            return self._variant_prices(priced, narrowed)
        price = priced[0].price if priced else listing.price
        was = (priced[0].compare_at_price if priced else None) or listing.compare_at_price
        if not price:
            return None
        values = {"title": self.title, "price": self._money(price)}
        line = f"Price: {self._money(price)}"
        if was:
            values["regular"] = self._money(was)
            line += f", regular price {self._money(was)}"
            return SlotAnswer("price", (Part("price_sale", values),), (line,))
        if regular:
            return SlotAnswer("price", (Part("price", values), Part("no_sale", values)), (line,))
        return SlotAnswer("price", (Part("price", values),), (line,))

    def _variant_prices(self, priced: list[Variant], narrowed: bool) -> SlotAnswer:
        parts: list[Part] = []
        lines: list[str] = []
        if not narrowed:
            amounts = sorted({float(v.price or 0) for v in priced})
            low = next(v.price for v in priced if float(v.price or 0) == amounts[0])
            high = next(v.price for v in priced if float(v.price or 0) == amounts[-1])
            assert low is not None and high is not None
            parts.append(
                Part(
                    "price_range",
                    {"title": self.title, "low": self._money(low), "high": self._money(high)},
                )
            )
        # Variants at the same price are named together: one sentence per price, not a list
        # that says "69.00 on sale" eight times.
        groups: dict[tuple[str, str], list[str]] = {}
        for variant in priced:
            name = " / ".join(v for v in variant.options.values() if v) or variant.title
            assert variant.price is not None
            groups.setdefault((variant.price, variant.compare_at_price or ""), []).append(name)
        for (price, regular), names in list(groups.items())[:MAX_VARIANT_PRICES]:
            name = ", ".join(names)
            values = {"variant": name, "price": self._money(price)}
            line = f"Variant: {name}, {self._money(price)}"
            if regular:
                values["regular"] = self._money(regular)
                line += f", regular price {self._money(regular)}"
                parts.append(Part("variant_price_sale", values))
            else:
                parts.append(Part("variant_price", values))
            lines.append(line)
        return SlotAnswer("variant_price", tuple(parts), tuple(lines))

    def _regular_price(self) -> SlotAnswer | None:
        return self._price(regular=True)
