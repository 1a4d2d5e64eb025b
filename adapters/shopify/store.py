"""``ShopifyStore``: the ``StoreAdapter`` for one Shopify shop, over the Admin GraphQL API."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from adapters.shopify.documents import load_document
from adapters.shopify.graphql_client import AdminGraphQL, graphql_endpoint
from adapters.shopify.mapping import (
    FAQ_KEY,
    FAQ_NAMESPACE,
    ProductRead,
    product_gid,
    product_to_listing,
)
from adapters.shopify.oauth import refresh_access_token, shop_origin
from adapters.shopify.tokens import CredentialStore, ShopTokens
from plugin.domain import (
    DraftKind,
    Listing,
    Platform,
    ShopConnection,
    faq_from_text,
    seo_from_text,
)
from plugin.errors import StoreError
from plugin.ports import StoreAdapter

SINCE_OVERLAP = timedelta(minutes=1)
WEBHOOK_TOPICS = (
    "PRODUCTS_CREATE",
    "PRODUCTS_UPDATE",
    "PRODUCTS_DELETE",
    "APP_UNINSTALLED",
    "BULK_OPERATIONS_FINISH",
)


class ShopifyStore(StoreAdapter):
    platform = Platform.SHOPIFY

    def __init__(self, shop: str, client: AdminGraphQL) -> None:
        self.shop = shop
        self.client = client
        # compareDigest of the FAQ metafield as last read, so a push is a compare-and-set
        # against the text the publish check just compared with the draft's base.
        self._faq_digests: dict[str, str | None] = {}

    def fetch(self, external_id: str) -> Listing | None:
        read = self._read(product_gid(external_id))
        return read.listing if read else None

    def pull(self, updated_since: datetime | None = None) -> Iterator[Listing]:
        query = None
        if updated_since is not None:
            since = updated_since.astimezone(UTC) if updated_since.tzinfo else updated_since
            # updatedAt has one-second resolution and a change can land while we pull: overlap
            # a little; re-reading an unchanged product costs nothing (its hash is the same).
            since -= SINCE_OVERLAP
            query = f"updated_at:>'{since.strftime('%Y-%m-%dT%H:%M:%SZ')}'"
        after: str | None = None
        while True:
            data = self.client.execute(
                load_document("products_page"), {"after": after, "query": query}
            )
            currency = str((data.get("shop") or {}).get("currencyCode") or "")
            page = data["products"]
            for node in page["nodes"]:
                variants = node["variants"]
                nodes = list(variants["nodes"])
                if variants["pageInfo"]["hasNextPage"]:
                    nodes += self._more_variants(node["id"], variants["pageInfo"]["endCursor"])
                read = product_to_listing(node, nodes, currency)
                self._faq_digests[read.listing.external_id] = read.faq_digest
                yield read.listing
            if not page["pageInfo"]["hasNextPage"]:
                return
            after = page["pageInfo"]["endCursor"]

    def push(self, external_id: str, kind: DraftKind, content: str) -> None:
        gid = product_gid(external_id)
        if kind is DraftKind.DESCRIPTION:
            self._update_product({"id": gid, "descriptionHtml": content})
        elif kind is DraftKind.SEO:
            seo = seo_from_text(content)
            self._update_product(
                {"id": gid, "seo": {"title": seo.title, "description": seo.description}}
            )
        elif kind is DraftKind.FAQ:
            self._set_faq(gid, content)
        else:
            raise StoreError(
                f"Shopify products have no place for {kind} copy",
                retryable=False,
                code="unsupported_kind",
            )

    def register_webhooks(self, callback_url: str) -> list[str]:
        """Subscribe every topic we handle to ``callback_url``; return the topics created."""
        existing = self.client.execute(
            load_document("webhook_subscriptions"), {"uri": callback_url}
        )
        have = {n["topic"] for n in existing["webhookSubscriptions"]["nodes"]}
        created = []
        for topic in WEBHOOK_TOPICS:
            if topic in have:
                continue
            self.client.execute(
                load_document("webhook_subscription_create"),
                {"topic": topic, "uri": callback_url},
            )
            created.append(topic)
        return created

    def store_language(self) -> str | None:
        """The ``locale`` of the shop's primary ``shopLocales`` entry (needs ``read_locales``)."""
        data = self.client.execute(load_document("shop_locales"))
        for locale in data.get("shopLocales") or ():
            if isinstance(locale, dict) and locale.get("primary"):
                return str(locale.get("locale") or "") or None
        return None

    def _read(self, gid: str) -> ProductRead | None:
        data = self.client.execute(load_document("product"), {"id": gid, "variantsAfter": None})
        product = data.get("product")
        if product is None:
            return None
        variants = product["variants"]
        nodes = list(variants["nodes"])
        if variants["pageInfo"]["hasNextPage"]:
            nodes += self._more_variants(gid, variants["pageInfo"]["endCursor"])
        currency = str((data.get("shop") or {}).get("currencyCode") or "")
        read = product_to_listing(product, nodes, currency)
        self._faq_digests[gid] = read.faq_digest
        return read

    def _more_variants(self, gid: str, cursor: str | None) -> list[dict[str, Any]]:
        nodes: list[dict[str, Any]] = []
        while cursor:
            data = self.client.execute(
                load_document("product"), {"id": gid, "variantsAfter": cursor}
            )
            product = data.get("product")
            if product is None:
                break
            nodes += product["variants"]["nodes"]
            info = product["variants"]["pageInfo"]
            cursor = info["endCursor"] if info["hasNextPage"] else None
        return nodes

    def _update_product(self, product: dict[str, Any]) -> None:
        data = self.client.execute(load_document("product_update"), {"product": product})
        if not (data.get("productUpdate") or {}).get("product"):
            raise StoreError(f"{product['id']} no longer exists on {self.shop}", retryable=False)

    def _set_faq(self, gid: str, content: str) -> None:
        if gid not in self._faq_digests and self._read(gid) is None:
            raise StoreError(f"{gid} no longer exists on {self.shop}", retryable=False)
        items = [{"question": i.question, "answer": i.answer} for i in faq_from_text(content)]
        self.client.execute(
            load_document("metafields_set"),
            {
                "metafields": [
                    {
                        "ownerId": gid,
                        "namespace": FAQ_NAMESPACE,
                        "key": FAQ_KEY,
                        "type": "json",
                        "value": json.dumps(items, ensure_ascii=False),
                        "compareDigest": self._faq_digests[gid],
                    }
                ]
            },
        )
        self._faq_digests.pop(gid, None)


def build_shopify_store(
    conn: ShopConnection,
    config: Mapping[str, Any],
    credentials: CredentialStore,
) -> ShopifyStore:
    """The store factory registered with ``plugin.services.stores``; ``credentials`` is where a
    refresh re-reads and saves the shop's tokens, under a lock shared by every process."""
    origin = shop_origin(conn.name, config)
    api_key = str(config.get("SHOPIFY_API_KEY") or "")
    api_secret = str(config.get("SHOPIFY_API_SECRET") or "")
    tokens = ShopTokens(
        conn.name,
        conn.credentials,
        refresh=lambda refresh_token: refresh_access_token(
            origin, api_key=api_key, api_secret=api_secret, refresh_token=refresh_token
        ),
        store=credentials,
    )
    client = AdminGraphQL(
        graphql_endpoint(origin),
        tokens,
        timeout=float(config.get("SHOPIFY_TIMEOUT_SECONDS", 15.0)),
    )
    return ShopifyStore(conn.name, client)
