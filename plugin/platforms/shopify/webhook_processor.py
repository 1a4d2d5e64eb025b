"""What each Shopify webhook topic does, run by the ``process_webhook`` job (never in the request).

Product topics are hints: the product is re-read through the API. ``bulk_operations/finish``
queues the import of the shop's bulk export (which reads the operation again). ``app/uninstalled``
stops all work; the compliance topics erase or export what we hold.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from sqlalchemy.orm import Session

from adapters.shopify.mapping import product_gid
from plugin.services.shops import erase_shop_data, uninstall_shop
from plugin.services.sync import mark_deleted, refresh_listing
from plugin.storage.db import db
from plugin.storage.models import Shop, WebhookEvent

log = logging.getLogger(__name__)

PRODUCT_CHANGES = ("products/create", "products/update")


def process_shopify_event(event: WebhookEvent, shop: Shop | None) -> None:
    session = db.session
    payload: dict[str, Any] = json.loads(event.body or "{}")
    topic = event.topic
    if shop is None:
        event.result = {"ignored": "no such shop"}
        return
    if topic in PRODUCT_CHANGES or topic == "products/delete":
        if not shop.active:
            event.result = {"ignored": "shop uninstalled"}
            return
        gid = str(payload.get("admin_graphql_api_id") or product_gid(str(payload["id"])))
        if topic == "products/delete":
            mark_deleted(session, shop, gid)
        else:
            refresh_listing(session, shop, gid)
    elif topic == "bulk_operations/finish":
        from plugin.platforms.shopify.bulk_sync import bulk_operation_finished

        operation_id = str(payload.get("admin_graphql_api_id") or "")
        if not shop.active or not bulk_operation_finished(shop, operation_id):
            event.result = {"ignored": f"{operation_id or 'no operation'} is not running here"}
    elif topic == "app/uninstalled":
        uninstall_shop(session, shop)
    elif topic == "shop/redact":
        erase_shop_data(session, shop)
    elif topic == "customers/redact":
        event.result = {"erased_questions": erase_customer(session, shop, payload)}
    elif topic == "customers/data_request":
        event.result = export_customer(session, shop, payload)
        log.info(
            "customers/data_request for %s: %d questions exported as data request %s; "
            "copydesk shop data-requests --shop %s prints it",
            shop.name,
            len(event.result["questions"]),
            event.id,
            shop.name,
        )
    else:
        event.result = {"ignored": f"topic {topic} is not handled"}


def customer_refs(payload: dict[str, Any]) -> set[str]:
    """Every way a question may name the customer: id, its GID, email and phone."""
    customer = payload.get("customer") or {}
    refs = {str(customer.get(k) or "") for k in ("id", "email", "phone")}
    if customer.get("id"):
        refs.add(f"gid://shopify/Customer/{customer['id']}")
    refs.discard("")
    return refs


def erase_customer(session: Session, shop: Shop, payload: dict[str, Any]) -> int:
    """Delete the customer's questions with everything hanging off them; return how many."""
    from plugin.services import questions  # heavy (retrieval); only compliance needs it

    return sum(
        questions.erase_customer(session, shop, ref) for ref in sorted(customer_refs(payload))
    )


def export_customer(session: Session, shop: Shop, payload: dict[str, Any]) -> dict[str, Any]:
    """Everything we hold about the customer, under any of the references Shopify gives."""
    from plugin.services import questions

    exported: dict[int, dict[str, Any]] = {}
    for ref in sorted(customer_refs(payload)):
        for item in questions.export_customer(session, shop, ref)["questions"]:
            exported[item["id"]] = item
    return {
        "shop": shop.name,
        "customer": payload.get("customer") or {},
        "data_request": (payload.get("data_request") or {}).get("id"),
        "questions": [exported[k] for k in sorted(exported)],
    }
