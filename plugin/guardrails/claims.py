"""The claim model: what a draft asserts about the product, as typed claims.

Each family module extracts its claims from the draft's plain text and matches them against
the listing's facts, which ``listing_facts`` structures the same way (a quantity with its kind
and axis, a count with the thing counted, a material with its part, a country …):

| kind | ``value`` | ``about`` | module |
| --- | --- | --- | --- |
| ``quantity`` | ``Quantity`` (kind, value, hedge) | axis or part: "height" | ``measures`` |
| ``count`` | the number | the thing counted: "pocket" | ``counts`` |
| ``comparison`` | the factor ("2x", "half") | what is compared: "faster" | ``counts`` |
| ``price`` | ``Decimal`` | currency code | ``money`` |
| ``material`` | canonical material | the part: "handle" | ``materials`` |
| ``colour`` / ``colour_range`` | canonical colour / "" | — | ``colours`` |
| ``origin`` | ``Place`` or None (a place no library knows) | the verb: "cast" | ``origins`` |
| ``certification`` | the mark or standard | the body: "certified by …" | ``certifications`` |
| ``product_type`` | the noun the draft calls the product | — | ``identity`` |
| ``use`` | what the draft says it can be used as | — | ``identity`` |

A claim the listing makes passes. One it contradicts, or an invented fact, blocks; one the
listing can neither confirm nor contradict (a colour on a listing that names none, an invented
use) warns and says which fact is missing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Claim:
    kind: str
    start: int
    end: int
    text: str
    value: Any = None
    about: str = ""
