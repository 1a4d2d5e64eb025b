"""Which shop names we accept: a ``*.myshopify.com`` hostname and nothing else."""

from __future__ import annotations

import re

_SHOP_RE = re.compile(r"^[a-z0-9][a-z0-9-]*\.myshopify\.com$")


def is_valid_shop_domain(shop: str | None) -> bool:
    """True for ``example.myshopify.com``; false for URLs, paths, ports and other hosts."""
    return bool(shop) and len(shop or "") <= 255 and bool(_SHOP_RE.match(shop or ""))


def normalize_shop_domain(shop: str | None) -> str | None:
    """The lower-cased shop hostname, or None when it is not a valid ``*.myshopify.com`` name."""
    if not shop:
        return None
    candidate = shop.strip().lower()
    return candidate if is_valid_shop_domain(candidate) else None
