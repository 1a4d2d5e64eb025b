"""``WooCommerceStore``: the StoreAdapter for one WooCommerce store, over the REST API v3."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from adapters.woocommerce.client import WooCommerceClient
from adapters.woocommerce.errors import WooCommerceApiError, is_retryable_status
from adapters.woocommerce.products import (
    DEFAULT_DIMENSION_UNIT,
    DEFAULT_WEIGHT_UNIT,
    StoreUnits,
    grouped_ids,
    listing_from_product,
    merge_update_bodies,
    update_body_for,
)
from plugin.domain import DraftKind, Listing, Platform
from plugin.errors import StoreError
from plugin.ports import BatchPush, PushItem, PushOutcome, StoreAdapter

log = logging.getLogger(__name__)

BATCH_CHUNK = 25
# Pull a little before the last sync: the store's clock and ours need not agree, and re-reading
# an unchanged product costs nothing (its content hash matches).
PULL_OVERLAP = timedelta(minutes=5)
GONE_CODES = {"woocommerce_rest_product_invalid_id", "woocommerce_rest_invalid_id"}


class WooCommerceStore(StoreAdapter, BatchPush):
    platform = Platform.WOOCOMMERCE

    def __init__(self, client: WooCommerceClient, *, seo_plugin: str | None = None) -> None:
        self.client = client
        self.seo_plugin = seo_plugin or None
        self._units: StoreUnits | None = None

    def fetch(self, external_id: str) -> Listing | None:
        try:
            product = self.client.get(f"products/{int(external_id)}", {"context": "edit"}).data
        except ValueError:
            return None
        except WooCommerceApiError as exc:
            if exc.status_code == 404 or exc.wc_code in GONE_CODES:
                return None
            raise
        if not isinstance(product, dict) or product.get("status") == "trash":
            return None
        return self._listing(product)

    def pull(self, updated_since: datetime | None = None) -> Iterator[Listing]:
        params: dict[str, Any] = {"context": "edit", "orderby": "id", "order": "asc"}
        if updated_since is None:
            yield from self._pull(params)
            return
        since = (updated_since.astimezone(UTC) - PULL_OVERLAP).strftime("%Y-%m-%dT%H:%M:%S")
        changed = {**params, "modified_after": since, "dates_are_gmt": True}
        try:
            products = list(self.client.paginate("products", changed))
        except WooCommerceApiError as exc:
            if exc.status_code != 400:
                raise
            log.info("store refuses modified_after (%s); pulling everything", exc.wc_code)
            yield from self._pull(params)
            return
        for product in products:
            yield self._listing(product)
        # The default status ("any") leaves the trash out; trashing a product stamps its
        # date_modified, so the products trashed since are asked for on their own.
        for product in self.client.paginate("products", {**changed, "status": "trash"}):
            yield Listing(
                external_id=str(product["id"]), title=str(product.get("name")), deleted=True
            )

    def push(self, external_id: str, kind: DraftKind, content: str) -> None:
        body = update_body_for(kind, content, seo_plugin=self.seo_plugin)
        self.client.put(f"products/{int(external_id)}", body)

    def push_many(self, items: Sequence[PushItem]) -> list[PushOutcome]:
        """Push many approvals through ``POST /products/batch``, 25 products a call.

        WooCommerce answers 200 for a batch even when single items fail, so each item's own
        ``error`` is checked; one bad product never hides the others' results.
        """
        by_product: dict[str, list[PushItem]] = {}
        for item in items:
            by_product.setdefault(item.external_id, []).append(item)
        outcomes: list[PushOutcome] = []
        product_ids = list(by_product)
        for start in range(0, len(product_ids), BATCH_CHUNK):
            chunk = product_ids[start : start + BATCH_CHUNK]
            outcomes.extend(self._push_chunk({pid: by_product[pid] for pid in chunk}))
        return outcomes

    def _push_chunk(self, chunk: Mapping[str, list[PushItem]]) -> list[PushOutcome]:
        updates = []
        for product_id, items in chunk.items():
            bodies = [update_body_for(i.kind, i.content, seo_plugin=self.seo_plugin) for i in items]
            updates.append({"id": int(product_id), **merge_update_bodies(bodies)})
        try:
            response = self.client.post("products/batch", {"update": updates}, idempotent=True)
        except StoreError as exc:
            return [PushOutcome(item, exc) for items in chunk.values() for item in items]
        results = response.data.get("update", []) if isinstance(response.data, dict) else []
        outcomes: list[PushOutcome] = []
        for index, (product_id, items) in enumerate(chunk.items()):
            result = results[index] if index < len(results) else None
            error = _item_error(product_id, result)
            outcomes.extend(PushOutcome(item, error) for item in items)
        return outcomes

    def store_language(self) -> str | None:
        """WordPress's site language, ``environment.language`` of ``GET system_status`` (the
        locale WordPress runs in, ``de_DE``; ``en_US`` when none was chosen). The route needs the
        key's user to manage WooCommerce, as the key that publishes copy does; ``_fields`` keeps
        the store from working out the other sections."""
        data = self.client.get("system_status", {"_fields": "environment"}).data
        environment = data.get("environment") if isinstance(data, dict) else None
        language = environment.get("language") if isinstance(environment, dict) else None
        return str(language) if isinstance(language, str) and language else None

    def units(self) -> StoreUnits:
        """The store's weight and dimension units and currency, read once per adapter."""
        if self._units is None:
            products = self._settings("settings/products")
            general = self._settings("settings/general")
            self._units = StoreUnits(
                weight=products.get("woocommerce_weight_unit") or DEFAULT_WEIGHT_UNIT,
                dimension=products.get("woocommerce_dimension_unit") or DEFAULT_DIMENSION_UNIT,
                currency=general.get("woocommerce_currency", ""),
            )
        return self._units

    def _settings(self, path: str) -> dict[str, str]:
        try:
            data = self.client.get(path).data
        except WooCommerceApiError as exc:
            if exc.retryable:
                raise
            log.info("cannot read %s (%s); using defaults", path, exc.wc_code or exc.status_code)
            return {}
        if not isinstance(data, list):
            return {}
        return {str(s.get("id")): str(s.get("value") or "") for s in data if isinstance(s, dict)}

    def _pull(self, params: Mapping[str, Any]) -> Iterator[Listing]:
        for product in self.client.paginate("products", params):
            yield self._listing(product)

    def _listing(self, product: Mapping[str, Any]) -> Listing:
        variations: list[Mapping[str, Any]] = []
        if product.get("type") == "variable" or product.get("variations"):
            variations = list(
                self.client.paginate(f"products/{product['id']}/variations", {"context": "edit"})
            )
        return listing_from_product(
            product,
            variations,
            units=self.units(),
            seo_plugin=self.seo_plugin,
            children=self._child_titles(grouped_ids(product)),
        )

    def _child_titles(self, ids: Sequence[int]) -> list[str]:
        """The titles of a grouped product's children; one that is gone is left out."""
        titles = []
        for child_id in ids:
            try:
                child = self.client.get(f"products/{child_id}", {"context": "edit"}).data
            except WooCommerceApiError as exc:
                if exc.status_code == 404 or exc.wc_code in GONE_CODES:
                    continue
                raise
            if isinstance(child, dict) and child.get("name") and child.get("status") != "trash":
                titles.append(str(child["name"]))
        return titles


def _item_error(product_id: str, result: Any) -> StoreError | None:
    if not isinstance(result, dict):
        return StoreError(f"WooCommerce batch answered nothing for product {product_id}")
    error = result.get("error")
    if not error:
        return None
    status = error.get("data", {}).get("status") if isinstance(error.get("data"), dict) else None
    return WooCommerceApiError(
        f"WooCommerce could not update product {product_id}: "
        f"{error.get('code', '')}: {error.get('message', '')}",
        wc_code=str(error.get("code") or ""),
        status_code=status if isinstance(status, int) else None,
        retryable=is_retryable_status(status if isinstance(status, int) else None),
    )
