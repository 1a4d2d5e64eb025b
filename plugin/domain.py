"""The language Copydesk speaks inside: listings, drafts, findings and generation requests.

Plain dataclasses with no Flask, SQLAlchemy or torch import, so every layer can use them.
Platform JSON is turned into these at the adapter boundary and never crosses a layer as a dict.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any


class Platform(StrEnum):
    SHOPIFY = "shopify"
    WOOCOMMERCE = "woocommerce"
    CATALOG = "catalog"


class DraftKind(StrEnum):
    DESCRIPTION = "description"
    SHORT_DESCRIPTION = "short_description"
    SEO = "seo"
    FAQ = "faq"
    REPLY = "reply"

    @property
    def is_html(self) -> bool:
        """Stored and pushed as sanitised HTML (the rest is JSON or plain text)."""
        return self in (DraftKind.DESCRIPTION, DraftKind.SHORT_DESCRIPTION)

    @property
    def is_json(self) -> bool:
        return self in (DraftKind.SEO, DraftKind.FAQ)


# The kinds of copy written for a listing (a reply answers a customer's question instead).
COPY_KINDS = (DraftKind.DESCRIPTION, DraftKind.SHORT_DESCRIPTION, DraftKind.SEO, DraftKind.FAQ)


def copy_kinds_for(platform: Platform | str) -> tuple[DraftKind, ...]:
    """The copy a platform's products can take: Shopify has no short description. A catalogue
    may be in either platform's CSV format, so it is offered everything and its Shopify-format
    files refuse a short description when it is pushed."""
    if Platform(platform) is Platform.SHOPIFY:
        return tuple(k for k in COPY_KINDS if k is not DraftKind.SHORT_DESCRIPTION)
    return COPY_KINDS


class DraftStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    PUBLISHED = "published"
    REJECTED = "rejected"
    SUPERSEDED = "superseded"
    CONFLICT = "conflict"
    FAILED = "failed"
    REVERTED = "reverted"


class Verdict(StrEnum):
    """A finding's severity, and a draft's verdict (the worst of its findings)."""

    PASS = "pass"
    WARN = "warn"
    BLOCK = "block"

    @property
    def rank(self) -> int:
        return _VERDICT_RANK[self]


_VERDICT_RANK = {Verdict.PASS: 0, Verdict.WARN: 1, Verdict.BLOCK: 2}


@dataclass(frozen=True)
class Measure:
    """A quantity with its unit as the store states it, e.g. ``Measure(2, "lbs")``."""

    value: float
    unit: str


@dataclass(frozen=True)
class Dimensions:
    length: float | None
    width: float | None
    height: float | None
    unit: str


@dataclass(frozen=True)
class Variant:
    """One purchasable variant: its option values (``{"Color": "Blue"}``), price and SKU."""

    sku: str = ""
    title: str = ""
    price: str | None = None
    compare_at_price: str | None = None
    options: dict[str, str] = field(default_factory=dict)
    weight: Measure | None = None
    external_id: str = ""
    in_stock: bool | None = None
    stock_quantity: int | None = None


@dataclass(frozen=True)
class FaqItem:
    question: str
    answer: str


@dataclass(frozen=True)
class SeoCopy:
    title: str
    description: str


@dataclass
class Listing:
    """The canonical copy of one product, whatever platform it came from.

    ``kind`` is how it is sold: ``simple``, ``variable`` (variants), ``grouped`` (``children``
    are the titles of the products it groups) or ``external`` (sold elsewhere, through
    ``external_url`` behind a button reading ``button_text``); ``virtual`` and ``downloadable``
    qualify it (``downloads`` are the files' names). ``compare_at_price`` is the regular price
    while ``price`` is a sale price; ``in_stock`` / ``stock_quantity`` are the store's stock when
    read (None: not stated)."""

    external_id: str
    title: str
    description_html: str = ""
    short_description_html: str = ""
    vendor: str = ""
    product_type: str = ""
    sku: str = ""
    tags: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    options: dict[str, list[str]] = field(default_factory=dict)
    attributes: dict[str, list[str]] = field(default_factory=dict)
    variants: list[Variant] = field(default_factory=list)
    price: str | None = None
    currency: str = ""
    weight: Measure | None = None
    dimensions: Dimensions | None = None
    seo: SeoCopy | None = None
    faq: list[FaqItem] = field(default_factory=list)
    image_alts: list[str] = field(default_factory=list)
    updated_at: datetime | None = None
    deleted: bool = False
    kind: str = "simple"
    virtual: bool = False
    downloadable: bool = False
    downloads: list[str] = field(default_factory=list)
    download_limit: int | None = None
    download_expiry_days: int | None = None
    external_url: str = ""
    button_text: str = ""
    children: list[str] = field(default_factory=list)
    compare_at_price: str | None = None
    in_stock: bool | None = None
    stock_quantity: int | None = None

    def text_for(self, kind: DraftKind) -> str:
        """The store's current text for a kind, in the same form a draft's content takes."""
        if kind is DraftKind.DESCRIPTION:
            return self.description_html
        if kind is DraftKind.SHORT_DESCRIPTION:
            return self.short_description_html
        if kind is DraftKind.SEO:
            return seo_to_text(self.seo) if self.seo else ""
        if kind is DraftKind.FAQ:
            return faq_to_text(self.faq) if self.faq else ""
        return ""

    def content_hash(self) -> str:
        """A stable hash of everything the copy is generated from, to notice real changes."""
        return content_hash_of(self.to_dict())

    def to_dict(self) -> dict:
        data = _plain(self)
        data["updated_at"] = self.updated_at.isoformat() if self.updated_at else None
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Listing:
        """Rebuild a listing from :meth:`to_dict` output (the ``copydesk check`` JSON format)."""
        raw = dict(data)
        weight = raw.get("weight")
        dims = raw.get("dimensions")
        seo = raw.get("seo")
        updated = raw.get("updated_at")
        return cls(
            external_id=str(raw.get("external_id", "")),
            title=raw.get("title", ""),
            description_html=raw.get("description_html", "") or "",
            short_description_html=raw.get("short_description_html", "") or "",
            vendor=raw.get("vendor", "") or "",
            product_type=raw.get("product_type", "") or "",
            sku=raw.get("sku", "") or "",
            tags=list(raw.get("tags") or []),
            categories=list(raw.get("categories") or []),
            options={k: list(v) for k, v in (raw.get("options") or {}).items()},
            attributes={k: list(v) for k, v in (raw.get("attributes") or {}).items()},
            variants=[
                Variant(
                    sku=v.get("sku", ""),
                    title=v.get("title", ""),
                    price=v.get("price"),
                    compare_at_price=v.get("compare_at_price"),
                    options=dict(v.get("options") or {}),
                    weight=Measure(**v["weight"]) if v.get("weight") else None,
                    external_id=str(v.get("external_id", "")),
                    in_stock=v.get("in_stock"),
                    stock_quantity=v.get("stock_quantity"),
                )
                for v in raw.get("variants") or []
            ],
            price=raw.get("price"),
            currency=raw.get("currency", "") or "",
            weight=Measure(**weight) if weight else None,
            dimensions=Dimensions(**dims) if dims else None,
            seo=SeoCopy(**seo) if seo else None,
            faq=[FaqItem(**item) for item in raw.get("faq") or []],
            image_alts=list(raw.get("image_alts") or []),
            updated_at=datetime.fromisoformat(updated) if updated else None,
            deleted=bool(raw.get("deleted", False)),
            kind=str(raw.get("kind") or "simple"),
            virtual=bool(raw.get("virtual", False)),
            downloadable=bool(raw.get("downloadable", False)),
            downloads=[str(d) for d in raw.get("downloads") or []],
            download_limit=raw.get("download_limit"),
            download_expiry_days=raw.get("download_expiry_days"),
            external_url=str(raw.get("external_url") or ""),
            button_text=str(raw.get("button_text") or ""),
            children=[str(c) for c in raw.get("children") or []],
            compare_at_price=raw.get("compare_at_price"),
            in_stock=raw.get("in_stock"),
            stock_quantity=raw.get("stock_quantity"),
        )


# Listing fields that change without the copy having to (see ``Listing.content_hash``).
LIVE_FIELDS = ("in_stock", "stock_quantity")
VARIANT_LIVE_FIELDS = ("in_stock", "stock_quantity")
# Fields added to ``Listing`` after content hashes were first stored, with their defaults.
LATER_FIELDS: dict[str, object] = {
    "kind": "simple",
    "virtual": False,
    "downloadable": False,
    "downloads": [],
    "download_limit": None,
    "download_expiry_days": None,
    "external_url": "",
    "button_text": "",
    "children": [],
    "compare_at_price": None,
}


def content_hash_of(data: dict) -> str:
    """:meth:`Listing.content_hash` of the listing whose :meth:`Listing.to_dict` is ``data``."""
    # Stock moves all the time and no copy is written from it: a stock change is stored
    # (``sync.apply_listing``) without counting as a change. Fields added after hashes were
    # first stored count only when set, so an upgrade does not make every listing look new.
    hashed = {k: v for k, v in data.items() if k != "updated_at" and k not in LIVE_FIELDS}
    hashed["variants"] = [
        {k: v for k, v in variant.items() if k not in VARIANT_LIVE_FIELDS}
        for variant in data.get("variants") or []
    ]
    for name, default in LATER_FIELDS.items():
        if hashed.get(name, default) == default:
            hashed.pop(name, None)
    payload = json.dumps(hashed, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()


def live_hash_of(data: dict) -> str:
    """A hash of the live fields (stock) that :func:`content_hash_of` leaves out, listing and
    variants, so that a bulk sync sees a stock change without reading what it stored."""
    live = [
        [data.get(name) for name in LIVE_FIELDS],
        [[v.get(name) for name in VARIANT_LIVE_FIELDS] for v in data.get("variants") or []],
    ]
    return hashlib.sha256(json.dumps(live, default=str).encode()).hexdigest()


def _plain(value: Any) -> Any:
    """What ``dataclasses.asdict`` gives, without its deep copy of every value: a catalogue
    import converts tens of thousands of listings."""
    kind = type(value)
    if kind is str or value is None:
        return value
    # Most values are text, lists of text and dicts of lists of text: no call for a string.
    if kind is list:
        return [item if type(item) is str else _plain(item) for item in value]
    if kind is dict:
        return {key: item if type(item) is str else _plain(item) for key, item in value.items()}
    names = _FIELD_NAMES.get(kind)
    if names is None:
        names = tuple(f.name for f in fields(value)) if is_dataclass(value) else ()
        _FIELD_NAMES[kind] = names
    return {name: _plain(getattr(value, name)) for name in names} if names else value


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def seo_to_text(seo: SeoCopy) -> str:
    return json.dumps({"title": seo.title, "description": seo.description}, ensure_ascii=False)


def seo_from_text(text: str) -> SeoCopy:
    data = json.loads(text)
    return SeoCopy(title=str(data["title"]), description=str(data["description"]))


def faq_to_text(items: Iterable[FaqItem]) -> str:
    return json.dumps(
        [{"question": i.question, "answer": i.answer} for i in items], ensure_ascii=False
    )


def faq_from_text(text: str) -> list[FaqItem]:
    return [FaqItem(question=str(i["question"]), answer=str(i["answer"])) for i in json.loads(text)]


def text_hash(text: str) -> str:
    """Hash of a store text, used for the concurrency check and for echo suppression."""
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass(frozen=True)
class Finding:
    """One problem a guardrail found in a draft, with the span it covers (character offsets)."""

    rule: str
    category: str
    severity: Verdict
    start: int
    end: int
    message: str
    suggestion: str = ""
    fact: str = ""

    def to_dict(self) -> dict:
        data = asdict(self)
        data["severity"] = str(self.severity)
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Finding:
        return cls(**{**data, "severity": Verdict(data["severity"])})


def verdict_of(findings: Sequence[Finding]) -> Verdict:
    """A draft's verdict is its worst finding."""
    return max((f.severity for f in findings), key=lambda v: v.rank, default=Verdict.PASS)


@dataclass(frozen=True)
class ShopVoice:
    """How a shop wants its copy written."""

    language: str = "en"
    tone: str = "friendly"
    brand_voice: str = ""
    banned_words: tuple[str, ...] = ()


@dataclass(frozen=True)
class GenerationRequest:
    """One piece of copy to write. ``question`` and ``facts`` are for the ``reply`` kind."""

    listing: Listing
    kind: DraftKind
    voice: ShopVoice = ShopVoice()
    feedback: tuple[str, ...] = ()
    seed: int | None = None
    question: str | None = None
    facts: tuple[str, ...] = ()


@dataclass(frozen=True)
class GenerationResult:
    text: str
    tokens_in: int
    tokens_out: int
    seconds: float
    model_id: str
    prompt_version: str


@dataclass(frozen=True)
class ShopConnection:
    """What an adapter needs to talk to one store: where it is and its decrypted credentials."""

    id: int
    platform: Platform
    name: str
    url: str
    credentials: dict[str, str] = field(default_factory=dict)
    # The shop's settings as stored; an adapter reads them through ShopSettings.from_stored.
    settings: dict = field(default_factory=dict)
