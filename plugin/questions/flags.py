"""Why a question goes to the merchant unanswered: the screens (``screening``, ``demands``,
``hostile_forms``) return one of these, and the fixed replies are keyed by it."""

from enum import StrEnum


class Flag(StrEnum):
    INJECTION = "injection"
    OTHER_CUSTOMER = "other_customer"
    DISCOUNT = "discount"
    ABUSE = "abuse"
