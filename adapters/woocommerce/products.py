"""Product JSON (read with ``context=edit``) into our ``Listing``, and our copy back into a product.

Platform dicts stop here: the store hands out ``Listing`` objects and takes update bodies built by
:func:`update_body_for`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from plugin.domain import (
    Dimensions,
    DraftKind,
    FaqItem,
    Listing,
    Measure,
    SeoCopy,
    Variant,
    faq_from_text,
    faq_to_text,
    seo_from_text,
    seo_to_text,
)
from plugin.shop_settings import SeoPlugin

FAQ_META_KEY = "copydesk_faq"
SEO_META_KEY = "copydesk_seo"

SEO_PLUGIN_KEYS: dict[SeoPlugin, tuple[str, str]] = {
    SeoPlugin.RANK_MATH: ("rank_math_title", "rank_math_description"),
    SeoPlugin.YOAST: ("_yoast_wpseo_title", "_yoast_wpseo_metadesc"),
}

DEFAULT_WEIGHT_UNIT = "kg"
DEFAULT_DIMENSION_UNIT = "cm"


@dataclass(frozen=True)
class StoreUnits:
    """The store's units (``/settings/products``) and currency (``/settings/general``)."""

    weight: str = DEFAULT_WEIGHT_UNIT
    dimension: str = DEFAULT_DIMENSION_UNIT
    currency: str = ""


def seo_plugin_keys(seo_plugin: str | None) -> tuple[str, str] | None:
    """The (title, description) meta keys of a shop's SEO plugin setting, or None for ours."""
    return SEO_PLUGIN_KEYS.get(SeoPlugin.parse(seo_plugin))


def listing_from_product(
    product: Mapping[str, Any],
    variations: Sequence[Mapping[str, Any]] = (),
    *,
    units: StoreUnits = StoreUnits(),
    seo_plugin: str | None = None,
    children: Sequence[str] = (),
) -> Listing:
    """The canonical listing of one product and its variations; ``children``: the titles of the
    products a grouped product groups (its ``grouped_products`` are ids only)."""
    meta = _meta_by_key(product.get("meta_data") or [])
    attributes: dict[str, list[str]] = {}
    options: dict[str, list[str]] = {}
    for attribute in product.get("attributes") or []:
        name = str(attribute.get("name") or "").strip()
        values = [str(v) for v in attribute.get("options") or [] if str(v).strip()]
        if not name or not values:
            continue
        (options if attribute.get("variation") else attributes)[name] = values
    kind = str(product.get("type") or "simple")
    if kind not in PRODUCT_KINDS:
        kind = "simple"
    return Listing(
        external_id=str(product["id"]),
        title=str(product.get("name") or ""),
        description_html=str(product.get("description") or ""),
        short_description_html=str(product.get("short_description") or ""),
        sku=str(product.get("sku") or ""),
        tags=_names(product.get("tags")),
        categories=_names(product.get("categories")),
        options=options,
        attributes=attributes,
        variants=[_variant(v, units) for v in variations],
        price=_price(product.get("price")),
        currency=units.currency,
        weight=_measure(product.get("weight"), units.weight),
        dimensions=_dimensions(product.get("dimensions"), units.dimension),
        seo=_seo(meta, seo_plugin),
        faq=_faq(meta),
        image_alts=[str(i["alt"]) for i in product.get("images") or [] if i.get("alt")],
        updated_at=parse_gmt(product.get("date_modified_gmt")),
        kind=kind,
        virtual=bool(product.get("virtual")),
        downloadable=bool(product.get("downloadable")),
        downloads=[str(d["name"]) for d in product.get("downloads") or [] if d.get("name")],
        download_limit=_count(product.get("download_limit")),
        download_expiry_days=_count(product.get("download_expiry")),
        external_url=str(product.get("external_url") or "") if kind == "external" else "",
        button_text=str(product.get("button_text") or "") if kind == "external" else "",
        children=list(children),
        compare_at_price=_regular_if_on_sale(product),
        in_stock=_stock_status(product.get("stock_status")),
        stock_quantity=_count(product.get("stock_quantity")),
    )


def update_body_for(
    kind: DraftKind, content: str, *, seo_plugin: str | None = None
) -> dict[str, Any]:
    """The product update that writes one kind of copy, touching only fields and meta keys we own.

    ``meta_data`` entries without an ``id`` make WooCommerce update the meta with that key and
    leave every other key alone.
    """
    if kind is DraftKind.DESCRIPTION:
        return {"description": content}
    if kind is DraftKind.SHORT_DESCRIPTION:
        return {"short_description": content}
    if not content.strip():
        # Reverting to "there was none": empty our keys rather than invent a value.
        return {"meta_data": [{"key": key, "value": ""} for key in _meta_keys(kind, seo_plugin)]}
    if kind is DraftKind.FAQ:
        items = faq_from_text(content)
        return {"meta_data": [{"key": FAQ_META_KEY, "value": faq_to_text(items)}]}
    if kind is DraftKind.SEO:
        seo = seo_from_text(content)
        keys = seo_plugin_keys(seo_plugin)
        if keys is None:
            return {"meta_data": [{"key": SEO_META_KEY, "value": seo_to_text(seo)}]}
        return {
            "meta_data": [
                {"key": keys[0], "value": seo.title},
                {"key": keys[1], "value": seo.description},
            ]
        }
    raise ValueError(f"WooCommerce products take no {kind} copy")


def _meta_keys(kind: DraftKind, seo_plugin: str | None) -> tuple[str, ...]:
    if kind is DraftKind.FAQ:
        return (FAQ_META_KEY,)
    if kind is DraftKind.SEO:
        return seo_plugin_keys(seo_plugin) or (SEO_META_KEY,)
    raise ValueError(f"WooCommerce products take no {kind} copy")


def merge_update_bodies(bodies: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """One update carrying several kinds of copy for the same product."""
    merged: dict[str, Any] = {}
    for body in bodies:
        for key, value in body.items():
            if key == "meta_data":
                merged.setdefault("meta_data", []).extend(value)
            else:
                merged[key] = value
    return merged


def parse_gmt(value: Any) -> datetime | None:
    """A ``*_gmt`` date (``2017-03-23T20:01:14``, no zone) as an aware UTC datetime."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _variant(variation: Mapping[str, Any], units: StoreUnits) -> Variant:
    options = {
        str(a.get("name") or ""): str(a.get("option") or "")
        for a in variation.get("attributes") or []
        if a.get("name")
    }
    sale = _price(variation.get("sale_price"))
    regular = _price(variation.get("regular_price"))
    return Variant(
        sku=str(variation.get("sku") or ""),
        title=" / ".join(v for v in options.values() if v),
        price=_price(variation.get("price")) or sale or regular,
        compare_at_price=regular if sale and regular and sale != regular else None,
        options=options,
        weight=_measure(variation.get("weight"), units.weight),
        external_id=str(variation.get("id") or ""),
        in_stock=_stock_status(variation.get("stock_status")),
        stock_quantity=_count(variation.get("stock_quantity")),
    )


PRODUCT_KINDS = ("simple", "variable", "grouped", "external")


def grouped_ids(product: Mapping[str, Any]) -> list[int]:
    """The ids of the products a grouped product groups."""
    if product.get("type") != "grouped":
        return []
    return [int(i) for i in product.get("grouped_products") or [] if str(i).isdigit()]


def _regular_if_on_sale(product: Mapping[str, Any]) -> str | None:
    sale = _price(product.get("sale_price"))
    regular = _price(product.get("regular_price"))
    return regular if sale and regular and sale != regular else None


def _stock_status(value: Any) -> bool | None:
    """``instock`` and ``onbackorder`` can be bought; ``outofstock`` cannot."""
    if value in ("instock", "onbackorder"):
        return True
    if value == "outofstock":
        return False
    return None


def _count(value: Any) -> int | None:
    """A stock quantity or a download limit; None when unset (WooCommerce: null or -1)."""
    number = _number(value)
    return int(number) if number is not None and number >= 0 else None


def _names(terms: Any) -> list[str]:
    return [str(t["name"]) for t in terms or [] if t.get("name")]


def _price(value: Any) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


def _number(value: Any) -> float | None:
    try:
        return float(str(value).strip()) if str(value or "").strip() else None
    except ValueError:
        return None


def _measure(value: Any, unit: str) -> Measure | None:
    number = _number(value)
    return Measure(number, unit) if number is not None else None


def _dimensions(value: Any, unit: str) -> Dimensions | None:
    if not isinstance(value, Mapping):
        return None
    length, width, height = (_number(value.get(k)) for k in ("length", "width", "height"))
    if length is None and width is None and height is None:
        return None
    return Dimensions(length=length, width=width, height=height, unit=unit)


def _meta_by_key(meta_data: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    return {str(m.get("key")): m.get("value") for m in meta_data if m.get("key")}


def _seo(meta: Mapping[str, Any], seo_plugin: str | None) -> SeoCopy | None:
    keys = seo_plugin_keys(seo_plugin)
    if keys is not None:
        title, description = (str(meta.get(k) or "") for k in keys)
        return SeoCopy(title=title, description=description) if title or description else None
    raw = meta.get(SEO_META_KEY)
    if not raw:
        return None
    try:
        return seo_from_text(str(raw))
    except (ValueError, KeyError, TypeError):
        return None


def _faq(meta: Mapping[str, Any]) -> list[FaqItem]:
    raw = meta.get(FAQ_META_KEY)
    if not raw:
        return []
    try:
        return faq_from_text(raw if isinstance(raw, str) else json.dumps(raw))
    except (ValueError, KeyError, TypeError):
        return []
