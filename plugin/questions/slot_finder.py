"""Which slot answers: the order in which the kinds of slot are tried."""

from __future__ import annotations

from collections.abc import Callable

from plugin.questions.choices import matching_variants
from plugin.questions.slot_answer import WEAK_PRICE_CUES, SlotAnswer
from plugin.questions.slot_blocks import _inclusion
from plugin.questions.slot_measures import _MeasureSlots
from plugin.questions.slot_prices import _PriceSlots
from plugin.questions.slot_sales import _SaleSlots
from plugin.questions.slot_values import _LENGTH, _MASS_VALUE


class _Finder(_PriceSlots, _MeasureSlots, _SaleSlots):
    def answer(self, accept: Callable[[SlotAnswer], bool] | None = None) -> SlotAnswer | None:
        cues = self.cues
        strong_price = [c for c in cues["price"] if c not in WEAK_PRICE_CUES]
        load = any(c.concept == "capacity" for c in self.named)
        measured = cues["weight"] or cues["dimensions"] or load
        part = self._part_of_asked()
        mass = self._mass_asked()
        # "how much are the size 10s?": a weak price cue with a variant named is a price.
        variant_price = (
            cues["price"]
            and not measured
            and bool(matching_variants(self.listing.variants, self.mentions))
        )
        if (strong_price or variant_price) and _inclusion(self.question):
            # "is the clay included in the price?" asks what the price covers
            strong_price, variant_price = [], False
        for found in (
            self._combination(),
            self._regular_price() if cues["regular_price"] else None,
            self._price() if strong_price or variant_price else None,
            self._named() if load else None,
            self._size_and_weight() if cues["weight"] and cues["dimensions"] and not load else None,
            self._weight() if cues["weight"] else None,
            self._delivery() if cues["download"] else None,
            self._external() if cues["external"] and self.listing.kind == "external" else None,
            self._grouped() if cues["grouped"] and self.listing.children else None,
            self._count() if not measured and not cues["price"] and not self.named else None,
            # "a 1000 lumen version?" names no attribute but a value the options lack: what
            # they offer, before an attribute that merely shares the unit ("Rear light: 40 lumens")
            self._availability() if self._absent() and self._only_by_value() else None,
            # "is the organic tee also available in white?": an attribute named on the way
            # ("organic" → Certifications) is not what is asked, the colour or size is
            self._availability()
            if self._absent()
            and self.cues["availability"]
            and not any(c.is_option for c in self.named)
            else None,
            self._named() if self.named else None,
            self._dimensions() if cues["dimensions"] or self._size_as_measure() else None,
            self._variant_stock() if cues["stock"] and self.mentions else None,
            self._stock() if cues["stock"] and not self.mentions and not self._absent() else None,
            self._category() if cues["category"] or self._under_category() else None,
            self._price() if cues["price"] and not _inclusion(self.question) else None,
            self._availability(),
            self._stock() if self._asks_availability() and self._only_the_product() else None,
        ):
            if found is not None and part and not any(_LENGTH.search(x) for x in found.lines):
                continue  # a part's length is not "Power: 2200 W"
            if found is not None and mass and not any(_MASS_VALUE.search(x) for x in found.lines):
                continue  # "what does it weigh?" is not "Sizes: S, M, L" (round 41)
            if found is not None and (not found.weak or accept is None or accept(found)):
                return found
        return None
