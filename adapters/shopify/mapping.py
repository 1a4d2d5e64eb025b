"""Admin GraphQL product JSON → our ``Listing``. Platform JSON stops here."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from plugin.domain import FaqItem, Listing, Measure, SeoCopy, Variant

log = logging.getLogger(__name__)

FAQ_NAMESPACE = "copydesk"
FAQ_KEY = "faq"

_WEIGHT_UNITS = {"KILOGRAMS": "kg", "GRAMS": "g", "POUNDS": "lb", "OUNCES": "oz"}
# What Shopify shows for a product without options; it says nothing about the product.
_DEFAULT_OPTION = ("Title", "Default Title")


@dataclass(frozen=True)
class ProductRead:
    """A listing and the FAQ metafield's ``compareDigest`` (None when it does not exist)."""

    listing: Listing
    faq_digest: str | None


def product_gid(external_id: str) -> str:
    """Accept a GID or a bare numeric id; return the GID."""
    if external_id.startswith("gid://"):
        return external_id
    return f"gid://shopify/Product/{int(external_id)}"


def _weight(variant: dict[str, Any]) -> Measure | None:
    weight = (((variant.get("inventoryItem") or {}).get("measurement") or {}).get("weight")) or {}
    value, unit = weight.get("value"), weight.get("unit")
    if value is None or unit not in _WEIGHT_UNITS or float(value) <= 0:
        return None
    return Measure(float(value), _WEIGHT_UNITS[unit])


def _variant(node: dict[str, Any]) -> Variant:
    options = {
        str(o["name"]): str(o["value"])
        for o in node.get("selectedOptions") or []
        if (o.get("name"), o.get("value")) != _DEFAULT_OPTION
    }
    title = str(node.get("title") or "")
    return Variant(
        sku=str(node.get("sku") or ""),
        title="" if title == _DEFAULT_OPTION[1] else title,
        price=_money(node.get("price")),
        compare_at_price=_money(node.get("compareAtPrice")),
        options=options,
        weight=_weight(node),
        external_id=str(node.get("id") or ""),
        in_stock=node.get("availableForSale") if "availableForSale" in node else None,
    )


def _money(value: Any) -> str | None:
    return None if value is None else str(value)


def _lowest_price(variants: list[Variant]) -> str | None:
    prices: list[tuple[Decimal, str]] = []
    for v in variants:
        if v.price is None:
            continue
        try:
            prices.append((Decimal(v.price), v.price))
        except InvalidOperation:
            continue
    return min(prices)[1] if prices else None


def _faq(metafield: dict[str, Any] | None) -> list[FaqItem]:
    if not metafield:
        return []
    value = metafield.get("jsonValue")
    if not isinstance(value, list):
        log.warning("copydesk.faq metafield is not a list; ignoring it")
        return []
    return [
        FaqItem(question=str(item["question"]), answer=str(item["answer"]))
        for item in value
        if isinstance(item, dict) and "question" in item and "answer" in item
    ]


def _seo(seo: dict[str, Any] | None) -> SeoCopy | None:
    title, description = (seo or {}).get("title") or "", (seo or {}).get("description") or ""
    return SeoCopy(title=title, description=description) if title or description else None


def _shared(values: list[Any]) -> Any:
    """The value every variant shares, or None when they differ."""
    distinct = {v for v in values}
    return values[0] if values and len(distinct) == 1 else None


def product_to_listing(
    product: dict[str, Any], variant_nodes: list[dict[str, Any]], currency: str = ""
) -> ProductRead:
    """Map one ``CopydeskProduct`` fragment plus all its variant nodes."""
    variants = [_variant(n) for n in variant_nodes]
    options = {
        str(o["name"]): [str(v) for v in o.get("values") or []]
        for o in product.get("options") or []
        if not (o.get("name") == _DEFAULT_OPTION[0] and o.get("values") == [_DEFAULT_OPTION[1]])
    }
    updated = product.get("updatedAt")
    metafield = product.get("faq")
    shipping = [
        (n.get("inventoryItem") or {}).get("requiresShipping")
        for n in variant_nodes
        if "requiresShipping" in (n.get("inventoryItem") or {})
    ]
    stocked = [v.in_stock for v in variants if v.in_stock is not None]
    single = variants[0] if len(variants) == 1 else None
    listing = Listing(
        external_id=str(product["id"]),
        title=str(product.get("title") or ""),
        description_html=str(product.get("descriptionHtml") or ""),
        vendor=str(product.get("vendor") or ""),
        product_type=str(product.get("productType") or ""),
        sku=variants[0].sku if len(variants) == 1 else "",
        tags=[str(t) for t in product.get("tags") or []],
        options=options,
        variants=variants,
        price=_lowest_price(variants),
        currency=currency,
        weight=_shared([v.weight for v in variants]),
        seo=_seo(product.get("seo")),
        faq=_faq(metafield),
        updated_at=datetime.fromisoformat(updated) if updated else None,
        kind="variable" if options else "simple",
        # A product none of whose variants ships is a service or a download (a gift card …).
        virtual=bool(shipping) and not any(shipping),
        compare_at_price=single.compare_at_price if single else None,
        in_stock=any(stocked) if stocked else None,
    )
    return ProductRead(listing=listing, faq_digest=(metafield or {}).get("compareDigest"))
