"""What the two product CSV formats share: the parse result and the interface each format fills."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from adapters.catalog.csv_text import CsvDocument
from adapters.catalog.rows import BadRow, Header, RowError
from plugin.domain import (
    DraftKind,
    FaqItem,
    Listing,
    SeoCopy,
    faq_from_text,
    faq_to_text,
    seo_from_text,
)
from plugin.errors import ValidationError


@dataclass
class CatalogFile:
    """A parsed product CSV: its format, the listings it holds and the rows that were left out.

    ``document`` (the file with every cell's place, made when first asked for) and
    ``product_rows`` (external id → record index of the row that carries the product's copy)
    are what :class:`~adapters.catalog.store.CatalogStore` needs to write back.
    """

    format: str
    listings: list[Listing]
    errors: list[RowError]
    data: bytes = field(repr=False, compare=False)
    product_rows: dict[str, int] = field(default_factory=dict, repr=False, compare=False)

    @cached_property
    def document(self) -> CsvDocument:
        return CsvDocument.from_bytes(self.data)

    def listing(self, external_id: str) -> Listing | None:
        return next((item for item in self.listings if item.external_id == external_id), None)


@dataclass
class FormatResult:
    listings: list[Listing] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    product_rows: dict[str, int] = field(default_factory=dict)


class CatalogFormat(ABC):
    """One product CSV dialect: how to recognise it, read it, and where each kind of copy goes."""

    name: str
    #: Quote new cells that contain a space, as the platform's own exporter does.
    quote_spaces: bool = False

    @abstractmethod
    def recognises(self, header: Header) -> bool: ...

    @abstractmethod
    def read(self, records: Iterable[list[str]], header: Header) -> FormatResult:
        """Listings from the records after the header (record 1 onwards, blank ones too)."""

    @abstractmethod
    def cells_for(self, header: Header, kind: DraftKind, content: str) -> list[tuple[str, str]]:
        """(column name, new cell text) pairs that store ``content``; absent columns get added."""


def parse_faq_cell(text: str, column: str) -> list[FaqItem]:
    if not text.strip():
        return []
    try:
        return faq_from_text(text)
    except (ValueError, KeyError, TypeError) as exc:
        raise BadRow(f"{column} is not a JSON list of questions and answers") from exc


def seo_copy(title: str, description: str) -> SeoCopy | None:
    return SeoCopy(title=title, description=description) if title or description else None


def seo_cells(content: str) -> tuple[str, str]:
    """The title and description cells for SEO content (``''`` clears both)."""
    if not content.strip():
        return "", ""
    try:
        seo = seo_from_text(content)
    except (ValueError, KeyError, TypeError) as exc:
        message = 'SEO content must be JSON {"title": ..., "description": ...}'
        raise ValidationError(message) from exc
    return seo.title, seo.description


def faq_cell(content: str) -> str:
    """The FAQ cell for FAQ content, in the canonical form ``Listing.text_for`` gives back."""
    if not content.strip():
        return ""
    try:
        items = faq_from_text(content)
    except (ValueError, KeyError, TypeError) as exc:
        raise ValidationError(
            'FAQ content must be a JSON list of {"question": ..., "answer": ...}'
        ) from exc
    return faq_to_text(items) if items else ""


def unsupported_kind(format_name: str, kind: DraftKind) -> ValidationError:
    return ValidationError(
        f"A catalogue in {format_name} CSV format has no column for {kind} copy",
        code="unsupported_kind",
    )
