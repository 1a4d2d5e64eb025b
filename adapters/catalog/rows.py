"""Reading cells by column name, and the small value parsers both CSV formats share."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation


@dataclass(frozen=True)
class RowError:
    """A row that was not imported, numbered as a spreadsheet shows it (the header is row 1)."""

    row: int
    reason: str

    def __str__(self) -> str:
        return f"row {self.row}: {self.reason}"


class BadRow(Exception):
    """Raised while reading one row; becomes a :class:`RowError` and the row is skipped."""


class Header:
    """Column positions by name, case- and space-insensitive, first occurrence wins."""

    def __init__(self, names: list[str]) -> None:
        self.names = names
        self._index: dict[str, int] = {}
        for i, name in enumerate(names):
            self._index.setdefault(_key(name), i)
        # Every row asks for the same few columns: each set of aliases is looked up once.
        self._found: dict[tuple[str, ...], int | None] = {}

    def find(self, *names: str) -> int | None:
        """Index of the first of ``names`` (aliases) that the header has."""
        if names not in self._found:
            keys = (self._index.get(_key(name)) for name in names)
            self._found[names] = next((index for index in keys if index is not None), None)
        return self._found[names]

    def has(self, *names: str) -> bool:
        return self.find(*names) is not None

    def matching(self, pattern: re.Pattern[str]) -> list[tuple[int, re.Match[str]]]:
        """Every column whose name matches ``pattern``, in header order."""
        found = []
        for i, name in enumerate(self.names):
            match = pattern.fullmatch(name.strip())
            if match:
                found.append((i, match))
        return found


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


class Row:
    """One data record seen through the header. ``number`` is the spreadsheet row number."""

    def __init__(self, header: Header, values: list[str], number: int) -> None:
        self.header = header
        self.values = values
        self.number = number

    def raw(self, *names: str) -> str:
        """The cell's text exactly as stored ('' when the column or the cell is missing)."""
        index = self.header.find(*names)
        return self.at(index) if index is not None else ""

    def get(self, *names: str) -> str:
        return self.raw(*names).strip()

    def at(self, index: int) -> str:
        return self.values[index] if index < len(self.values) else ""

    def is_empty(self) -> bool:
        return not any(value.strip() for value in self.values)


def parse_price(text: str, column: str) -> str | None:
    """A price cell as a plain decimal string, None when empty, BadRow when not a number."""
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise BadRow(f"{column} {text!r} is not a number") from None
    if not value.is_finite() or value < 0:
        raise BadRow(f"{column} {text!r} is not a price")
    return text


def parse_number(text: str, column: str) -> float | None:
    """A measurement cell as a float, None when empty, BadRow when not a number."""
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise BadRow(f"{column} {text!r} is not a number") from None
    if not value.is_finite() or value < 0:
        raise BadRow(f"{column} {text!r} is not a measurement")
    return float(value)


def lowest_price(prices: list[str | None]) -> str | None:
    known = [p for p in prices if p is not None]
    return min(known, key=Decimal) if known else None


def split_list(text: str) -> list[str]:
    """A comma-separated cell; WooCommerce writes a comma inside a value as ``\\,``."""
    if "\\," not in text:
        return [part for part in (p.strip() for p in text.split(",")) if part]
    parts = text.replace("\\,", "\x00").split(",")
    return [p.replace("\x00", ",").strip() for p in parts if p.strip()]


def split_values(text: str) -> list[str]:
    """An attribute's values: comma-separated as the CSV exporter writes them, or separated by
    "|" as WooCommerce's own admin screen and its database write them ("2 kg | 5 kg"), which
    some exports carry through unchanged. A cell with a "|" is split on it alone: a comma
    there belongs to a value ("Red, matt | Blue, gloss").
    A comma inside brackets belongs to its value too ("Tall (40 cm, lidded), Short"), where the
    exporter left it unescaped; brackets that do not pair up split on every comma as before."""
    if "|" in text:
        return [part for part in (p.strip() for p in text.split("|")) if part]
    if "\\," not in text and ("(" in text or "[" in text):
        bracketed = _split_outside_brackets(text)
        if bracketed is not None:
            return bracketed
    return split_list(text)


def _split_outside_brackets(text: str) -> list[str] | None:
    """``text`` split on the commas outside round and square brackets; None when its brackets
    do not pair up (then no comma can be told to belong to a value)."""
    parts: list[str] = []
    depth = 0
    start = 0
    for index, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
            if depth < 0:
                return None
        elif char == "," and depth == 0:
            parts.append(text[start:index])
            start = index + 1
    if depth:
        return None
    parts.append(text[start:])
    return [part for part in (p.strip() for p in parts) if part]
