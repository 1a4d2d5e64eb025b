"""Prices: a currency (symbol before or after, or an ISO code) with an amount, in any of the
usual number formats ("$1,250", "$1250", "129,00 €", "1.250,00 €", "£95", "EUR 40").

Currency symbols and codes come from babel's CLDR data; the amount is read by price-parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.languages import get_official_languages
from babel.numbers import get_currency_name, get_territory_currencies
from price_parser import Price

from plugin.guardrails.product_nouns import senses
from plugin.guardrails.quantities import decimal_of, unit_kinds

_CODES = (
    "USD EUR GBP CAD AUD NZD CHF SEK NOK DKK PLN CZK HUF ISK JPY CNY INR MXN BRL ZAR SGD HKD"
    " KRW TRY TWD THB ILS RON IDR PHP KES MYR VND UAH BGN NGN TZS UGX ALL"
).split()
# Codes that are everyday words in capitals ("ALL 3 SIZES"): read as their names and symbols,
# never as the code before an amount.
_NOT_AS_CODE = frozenset({"ALL"})
# The codes as a set, for the checks that must not read a price as another number.
CURRENCY_CODES = frozenset(_CODES)


@cache
def codes_abroad() -> tuple[str, ...]:
    """The codes of every currency a territory CLDR lists tenders today, beyond ``_CODES``
    (round 50: "QAR 250", "BHD 12"), read as a code before or after an amount of a listing in
    that currency (``find_prices``'s ``own``); not the X codes
    (gold, test, units of account) nor a code that is a thing's name in capitals ("CUP", "PEN",
    "TOP", WordNet's nouns), which ``_CODES`` leaves out as it leaves out "ALL"."""
    codes: set[str] = set()
    for territory in get_global("territory_currencies"):
        codes |= set(get_territory_currencies(territory, tender=True))
    return tuple(
        sorted(
            c for c in codes if c not in _CODES and not c.startswith("X") and not senses(c.lower())
        )
    )


@cache
def _abroad() -> frozenset[str]:
    return frozenset(codes_abroad())


# Currency words that are not also units ("pounds" is a weight unless "pounds sterling").
_WORDS = {
    "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds sterling": "GBP",
    "quid": "GBP", "bucks": "USD", "peso": "", "pesos": "",
}  # fmt: skip
# ("pesos" are Mexican or Philippine alike since round 47 reads PHP: still a currency word, its
# amount checked, not its currency, as before)


# A currency's hundredth said in words after an amount: "75 cents", "50 pence".
_MINOR = {"cents": "", "cent": "", "pence": "GBP", "centavos": "", "centimes": "", "öre": ""}


@cache
def _currency_words() -> dict[str, str]:
    """Currency names in English words (CLDR's, through babel) for the codes read here, singular
    and plural ("149 pesos", "20 francs", "500 rupees"), beside ``_WORDS``; their amount is
    checked, not their currency. A name that more than one code shares ("krone"), that is a unit
    ("pound") or an everyday word ("real") is left out."""
    named: dict[str, set[str]] = {}
    for code in _CODES:
        for count in (1, 2):
            word = get_currency_name(code, count=count, locale="en").split()[-1].lower()
            if word.isalpha():
                named.setdefault(word, set()).add(code)
    # read as no one currency: "pesos" are Mexican, Chilean or Colombian alike
    out = {w: "" for w, codes in named.items() if len(codes) == 1}
    for word in list(out):
        units = {kind for kind in unit_kinds(word) if not kind.startswith("named:")}
        if units or word in _NOT_CURRENCY_WORDS:
            del out[word]
    return {**out, **_WORDS, **_MINOR}


_NOT_CURRENCY_WORDS = frozenset("real reals reais mark marks rand won dong".split())


@cache
def _symbols() -> dict[str, str]:
    """symbol -> ISO code: "€" EUR, "£" GBP, "CA$" CAD, "$" USD (and any dollar), "kr" …"""
    english = Locale("en")
    out = {code: code for code in _CODES}
    for code in _CODES:
        symbol = english.currency_symbols.get(code, code)
        if symbol != code:
            out.setdefault(symbol, code)
        for locale in ("de", "fr", "sv", "da", "pl", "ja", "en_IN", "tr", "ko", "th", "he"):
            narrow = Locale.parse(locale).currency_symbols.get(code, "")
            if narrow and not narrow.isalpha() and narrow != code:
                out.setdefault(narrow, code)
    for code in codes_abroad():
        out.setdefault(code, code)
    out["US$"] = "USD"
    out["C$"] = "CAD"  # as Canadian shops write it, beside CLDR's "CA$"
    return out


@cache
def _local_symbols() -> dict[str, str]:
    """Symbols in letters that a currency's own country writes after the amount: "349 Kč",
    "6 900 Ft", "189 kr", "49 zł". Read only after an amount, in their own case."""
    out: dict[str, str] = {}
    for code in _CODES:
        for language in get_official_languages(code[:2]):
            try:
                symbol = Locale.parse(f"{language}_{code[:2]}").currency_symbols.get(code, "")
            except (ValueError, UnknownLocaleError):
                continue
            if len(symbol.rstrip(".")) > 1 and symbol.rstrip(".").isalpha() and symbol != code:
                out.setdefault(symbol, code)
    for code in codes_abroad():
        for symbol in _symbols_at_home(code):
            # three letters or more: two ("KM", "DA", "Le") are a unit or a word in capitals
            if len(symbol.rstrip(".")) >= 3 and symbol.rstrip(".").isalpha():
                out.setdefault(symbol, code)
                # a modifier letter (U+02BB) is typed as a plain apostrophe
                out.setdefault(symbol.translate(_APOSTROPHES), code)
    return {**out, **_UNIT_CHARACTERS}


_APOSTROPHES = str.maketrans({"\u02bb": "'", "\u02bc": "'", "\u2019": "'"})


def _symbols_at_home(code: str) -> set[str]:
    """The symbols a currency's own country writes it by, in each of its official languages."""
    out = set()
    for language in get_official_languages(code[:2]):
        try:
            symbol = Locale.parse(f"{language}_{code[:2]}").currency_symbols.get(code, "")
        except (ValueError, UnknownLocaleError):
            continue
        if symbol and symbol != code:
            out.add(symbol)
    return out


@cache
def _local_symbols_before() -> dict[str, str]:
    """The symbols in letters of ``_local_symbols`` that their country writes before the amount,
    as CLDR's own currency pattern there has it (round 47): "Rp 125.000", "Ksh 1,800", "RM 45";
    not "349 Kč" or "189 kr", written after."""
    out: dict[str, str] = {}
    for code in _CODES:
        for language in get_official_languages(code[:2]):
            try:
                locale = Locale.parse(f"{language}_{code[:2]}")
            except (ValueError, UnknownLocaleError):
                continue
            symbol = locale.currency_symbols.get(code, "")
            pattern = locale.currency_formats["standard"].pattern
            if symbol in _local_symbols() and pattern.startswith("\u00a4"):
                out.setdefault(symbol, code)
    return out


# The character a currency's own script writes after the amount, no space between (round 34):
# "38,000원", "1,200円", "45元".
_UNIT_CHARACTERS = {"원": "KRW", "円": "JPY", "元": "CNY"}


_AMOUNT = r"\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d{1,2})?(?![\d])"


@cache
def _pattern() -> re.Pattern[str]:
    symbols = sorted(_symbols(), key=len, reverse=True)
    symbol = "|".join(re.escape(s) for s in symbols if not s.isalpha())
    codes = "|".join(c for c in (*_CODES, *codes_abroad()) if c not in _NOT_AS_CODE)
    before = "|".join(re.escape(s) for s in sorted(_local_symbols_before(), key=len, reverse=True))
    words = "|".join(re.escape(w) for w in sorted(_currency_words(), key=len, reverse=True))
    local = "|".join(re.escape(s) for s in sorted(_local_symbols(), key=len, reverse=True))
    return re.compile(
        r"(?<![\w.,])(?P<a3>\d{1,5})(?P<mid>€)(?P<c3>\d{2})(?!\d)|"  # "24€90", as France writes it
        rf"(?P<pre>{symbol}|\b(?:{codes})\b|\b(?-i:[Kk]r\.?|S?Fr\.|{before})(?=\s?\d))"
        rf"\s?(?P<a1>{_AMOUNT})"
        rf"|(?<![\w.,])(?P<a2>{_AMOUNT})(?:[.,:][-–])?\s?(?P<post>{symbol}|\b(?:{codes}|{words})\b"
        rf"|(?-i:(?:{local}))(?!\w))"
    )


@dataclass(frozen=True)
class PriceClaim:
    start: int
    end: int
    text: str
    amount: Decimal
    currency: str  # ISO code; "$" reads as USD but matches any dollar
    exact: bool = False  # named one currency ("US$", "CA$", "USD"), not a bare shared symbol
    unit_like: bool = False  # its symbol is also a unit ("10 Ft" may be ten feet)
    symbol: str = ""  # as written: "¥", "$", "kr", "EUR"


def find_prices(text: str, own: str = "") -> list[PriceClaim]:
    """The prices ``text`` names. A currency of ``codes_abroad`` is read only when it is
    ``own``, the listing's currency (round 50): its code may be a name in capitals elsewhere
    ("DOP", a protected origin; "SAR", a phone's absorption rate)."""
    out = []
    for match in _pattern().finditer(text):
        symbol = match.group("pre") or match.group("post") or match.group("mid")
        if symbol in ("Kr", "Kr."):
            symbol = symbol.lower()  # "Kr 399,-" at a sentence's start is any crown
        if symbol in ("Fr.", "SFr."):
            symbol = "CHF"  # "Fr. 14.90": Swiss francs
        raw = match.group("a1") or match.group("a2") or f"{match.group('a3')}.{match.group('c3')}"
        amount = to_amount(raw)
        if amount is None:
            continue
        if symbol.lower() in _MINOR:
            amount = (amount / 100).quantize(Decimal("0.01"))  # "75 cents": 0.75
        code = (
            _symbols().get(symbol)
            or _local_symbols().get(symbol)
            or _currency_words().get(symbol.lower(), "")
        )
        if code in _abroad() and code != own.upper():
            continue
        end = match.end()
        exact = symbol not in _SHARED
        unit_like = any(not kind.startswith("named:") for kind in unit_kinds(symbol))
        out.append(PriceClaim(match.start(), end, text[match.start() : end], amount, code, exact,
                              unit_like, symbol))  # fmt: skip
    return out


def to_amount(raw: str | None) -> Decimal | None:
    """A price amount in any usual format, to the cent."""
    if not raw:
        return None
    parsed = Price.fromstring(str(raw)).amount
    try:
        value = parsed if parsed is not None else decimal_of(str(raw))
        return Decimal(value).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        return None


DOLLARS = frozenset({"USD", "CAD", "AUD", "NZD", "HKD", "SGD", "MXN"})


# Symbols several currencies share: "$" is read as USD but stands for any dollar, "kr" any crown.
_SHARED = frozenset({"$", "kr", "kr."})
# "kr" and "kr." are the Danish, Norwegian, Swedish and Icelandic crowns alike.
KRONER = frozenset({"DKK", "NOK", "SEK", "ISK"})


def same_currency(claimed: str, listed: str, exact: bool = False, symbol: str = "") -> bool:
    """An unknown side agrees; a bare "$" (read as USD) agrees with any dollar, while "US$" or
    "USD" names the US dollar alone; a bare "kr" agrees with any crown; a symbol agrees with the
    listed currency when the currency's own country writes it so ("¥" in China, "$" in Jamaica)."""
    if not claimed or not listed or claimed == listed or symbol in home_symbols(listed):
        return True
    if exact:
        return False
    return (claimed == "USD" and listed in DOLLARS) or (claimed in KRONER and listed in KRONER)


@cache
def home_symbols(code: str) -> frozenset[str]:
    """The symbols CLDR gives a currency in the languages of the country it is named for (the
    code's first two letters): "¥" for CNY, "$" for JMD or ARS, "kr" for SEK."""
    out = set()
    for language in get_official_languages(code[:2]):
        try:
            out.add(Locale.parse(f"{language}_{code[:2]}").currency_symbols.get(code, ""))
        except (ValueError, UnknownLocaleError):
            continue
    return frozenset(out - {"", code})
